/**
 * News attribution, probe60-c: a live page's "Live reporting by A and B" is its byline; "told
 * councillors the charges would …" reports what the audience was told, as "told reporters" does; a
 * relative clause's person characterising a thing in quoted words (", which he described as “…”")
 * says them; "“…,” it said." after "The port authority said …" in the same paragraph is the
 * authority's; "…, she cautioned." reports; "Professor NAME, a … who was not involved …, called the
 * study “…”" is that professor's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const DIR = join(FIXTURES, 'probe60', 'c');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a live page credited "Live reporting by A and B"', () => {
  const c = fixtureCorpus(DIR, ['liveblog-storm-2024.txt']);
  it('reads the credit as the byline, no claim of the page', () => {
    expect(c.documents[0]!.meta.author).toBe('Kirsty Hammond and Owen Bray');
    expect(at(c.records as Rec[], 3)).toBeUndefined();
  });
});

describe('a council report', () => {
  const records = fixtureCorpus(DIR, ['council-harbour-parking-2023.txt']).records as Rec[];
  it('credits "He told councillors the charges would …" to the speaker of the sentence before', () => {
    expect(at(records, 22, 'claim')).toMatchObject({ speaker: 'Dev Anand', text: expect.stringMatching(/^He told councillors/) });
    expect(at(records, 22, 'quote')?.speaker).toBe('Dev Anand');
  });
  it('credits the words after ", which he described as" to him', () => {
    expect(at(records, 18, 'quote')).toMatchObject({ speaker: 'Gareth Penhale', text: 'a tax on the high street.' });
  });

  it('in other words: other audiences, a name in the relative clause, a thing named stays a phrase', () => {
    const text = [
      'Budget row',
      '',
      'By Marcus Hale',
      'March 3, 2023',
      '',
      'Finance chief Ruth Okoro said the deficit had grown.',
      '',
      'She told investors the margin had recovered in the spring.',
      '',
      'Tom Bryce said he had signed the petition, which Okoro called "a stunt by the opposition."',
      '',
      'The council launched an app, which it called "the future of parking in the town."',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'budget-2023.txt': text })).records as Rec[];
    expect(at(got, 8, 'claim')?.speaker).toBe('Ruth Okoro');
    expect(at(got, 10, 'quote')).toMatchObject({ speaker: 'Ruth Okoro', text: 'a stunt by the opposition.' });
    expect(got.some((r) => r.line === 12 && r.type === 'quote' && r.speaker !== null)).toBe(false);
  });
});

describe('a wire story', () => {
  const records = fixtureCorpus(DIR, ['wire-port-strike-2024.txt']).records as Rec[];
  it('credits "“…,” it said." to the organisation the paragraph opened on', () => {
    expect(at(records, 11, 'quote')).toMatchObject({ speaker: 'the port authority', text: expect.stringMatching(/^The union has rejected/) });
    expect(at(records, 11, 'claim')?.speaker).toBe('the port authority');
  });
});

describe('a science story', () => {
  const records = fixtureCorpus(DIR, ['science-coral-heat-2025.txt']).records as Rec[];
  it('reads "…, she cautioned." as reported, and a professor under a long appositive as the speaker', () => {
    expect(at(records, 18, 'claim')).toMatchObject({ speaker: 'Imogen Starling', text: expect.stringMatching(/she cautioned\.$/) });
    expect(at(records, 20, 'quote')).toMatchObject({ speaker: 'Kwame Asante', text: 'impressive and important' });
    // unchanged: the two Starlings
    expect(at(records, 28, 'quote')?.speaker).toBe('Ben Starling');
    expect(at(records, 30, 'quote')?.speaker).toBe('Imogen Starling');
  });
});
