/**
 * News attribution, fix82-a: a reported sentence with two predicates, the second a verb of saying
 * ("Harbour chief Anil Deshmukh acknowledged the premium but said it was worth paying.", "Deshmukh
 * denied that the deal had been rushed and said …") is the subject's claim, never the byline's; a
 * quotation inside a recollection ("… from his uncle, Jerzy Sowa, who told him, he recalls, “…”") is
 * the one who told it, not the one who recalls it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a verb with its object, then "but said"/"and said"', () => {
  const records = fixtureCorpus(join(FIXTURES, 'fix82', 'a'), ['harbour-dredging-2024.txt']).records as Rec[];

  it('credits the subject of both predicates', () => {
    expect(at(records, 8, 'claim')?.speaker).toBe('Anil Deshmukh');
    expect(at(records, 10, 'claim')?.speaker).toBe('Anil Deshmukh');
    expect(at(records, 12, 'claim')?.speaker).toBe('Ruth Kowalczyk');
    // a pronoun subject, resolved to the one named before
    expect(at(records, 14, 'claim')?.speaker).toBe('Ruth Kowalczyk');
    // a body speaks as "The company said …" does
    expect(at(records, 16, 'claim')?.speaker).toBe('the company');
  });

  it('leaves a plural of people, and a second predicate that says nothing, as they were', () => {
    expect(at(records, 18, 'claim')?.speaker).toBe('Marguerite Ollis');
    expect(at(records, 20, 'claim')?.speaker).toBe('Marguerite Ollis');
    expect(at(records, 6, 'claim')?.speaker).toBe('Marguerite Ollis');
  });

  it('so in a trade weekly: "Deshmukh acknowledged the premium but said it was worth paying."', () => {
    const trade = fixtureCorpus(join(FIXTURES, 'probe81', 'b'), ['trade-weekly-packaging-2023.txt']).records as Rec[];
    expect(at(trade, 28, 'claim')?.speaker).toBe('Anjali Deshmukh');
    expect(at(trade, 28, 'quote')?.speaker).toBe('Anjali Deshmukh');
  });
});

describe('words recalled inside a recollection', () => {
  it('credits the uncle the text names, and the recollecting subject stays "he"', () => {
    const records = fixtureCorpus(join(FIXTURES, 'fix82', 'a'), ['glassworks-uncle-2021.txt']).records as Rec[];
    expect(at(records, 10, 'quote')).toMatchObject({ speaker: 'Jerzy Sowa', text: 'A steady hand is worth more than a fast one.' });
    expect(at(records, 10, 'claim')?.speaker).toBe('Marek Sowa');
    expect(at(records, 14, 'claim')?.speaker).toBe('Marek Sowa');
  });

  it('an uncle the text does not name is his uncle, never the nephew', () => {
    const records = fixtureCorpus(join(FIXTURES, 'probe81', 'b'), ['magazine-glassblower-2022.txt']).records as Rec[];
    expect(at(records, 12, 'quote')).toMatchObject({ speaker: 'his uncle', text: "You'll never be rich, but you'll never be bored." });
    expect(at(records, 12, 'claim')?.speaker).toBe('Abel Rusk');
  });
});
