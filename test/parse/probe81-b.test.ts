/**
 * News attribution, probe81-b: a saying its owner's pronoun introduces with what it is about before
 * the colon ("Her verdict on the council: “…”") is that person's; a reported sentence closing on a
 * quoted word with its full stop inside the marks ('… said staff had been "devastated."') is the
 * subject's claim, not the byline's; "Dr Pell" where the story named Raymond Pell and Dr Colin Pell
 * is the one it wrote with that honorific; a short quoted sentence after the speaker's beat in the
 * same paragraph ("…, he laughed. “Ask him yourself.”") is that person's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const DIR = join(FIXTURES, 'probe81', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));
const story = (lines: string[]) => ['A headline', '', 'By Nora Quint', '3 March 2024', '', ...lines].join('\n');

describe('an owned saying with what it is about before the colon', () => {
  it('credits the pronoun\'s person (a local paper, a trade weekly)', () => {
    const library = fixtureCorpus(DIR, ['local-library-closure-2024.md']).records as Rec[];
    expect(at(library, 19, 'quote')).toMatchObject({ speaker: 'Edith Marlow', text: 'Cowards, every one of them.' });
    const trade = fixtureCorpus(DIR, ['trade-weekly-packaging-2023.txt']).records as Rec[];
    expect(at(trade, 28, 'quote')).toMatchObject({ speaker: 'Anjali Deshmukh', text: expect.stringMatching(/^Start with the easy lines/) });
  });

  it('in other words: "his advice to", "her message for"', () => {
    const text = story([
      'Tom Hale, who runs the bakery, said sales had doubled.',
      '',
      'His advice to new owners: "Never buy an oven you cannot lift."',
      '',
      'Mara Lind, the landlord, said the rent would stay the same. Her message for the council: "Fix the road first."',
    ]);
    const got = loadCorpus(tempCorpus({ 'bakery-2024.txt': text })).records as Rec[];
    expect(at(got, 8, 'quote')?.speaker).toBe('Tom Hale');
    expect(at(got, 10, 'quote')?.speaker).toBe('Mara Lind');
  });
});

describe('two people with one surname, a quoted last word', () => {
  const records = fixtureCorpus(DIR, ['court-fraud-sentencing-2024.txt']).records as Rec[];

  it('credits the hospice chair, not the byline nor the defendant', () => {
    expect(at(records, 20, 'claim')?.speaker).toBe('Colin Pell');
    expect(at(records, 22, 'quote')).toMatchObject({ speaker: 'Colin Pell', text: expect.stringMatching(/^For years we thought/) });
    // unchanged: the defendant in the writer's sentences, the judge, the prosecutor
    expect(at(records, 8, 'claim')?.speaker).toBe('Helen Oduya');
    expect(at(records, 12, 'quote')?.speaker).toBe('Miriam Castell');
    expect(at(records, 14, 'claim')?.speaker).toBe('Alan Breck');
  });

  it('in other words: "Mr" is the one not written "Dr"; the stop inside the marks', () => {
    const text = story([
      'Raymond Pell, 57, admitted fraud at an earlier hearing.',
      '',
      'The hospice chair, Dr Colin Pell, said staff had been "devastated."',
      '',
      '"He was our friend," Dr Pell said.',
      '',
      '"I am sorry," Mr Pell told the court.',
      '',
      'Anne Kolb said the accounts were "chaotic."',
    ]);
    const got = loadCorpus(tempCorpus({ 'pell-2024.txt': text })).records as Rec[];
    expect(at(got, 8, 'claim')?.speaker).toBe('Colin Pell');
    expect(at(got, 10, 'quote')?.speaker).toBe('Colin Pell');
    expect(at(got, 12, 'quote')?.speaker).toBe('Raymond Pell');
    expect(at(got, 14, 'claim')?.speaker).toBe('Anne Kolb');
  });
});

describe("a short quoted sentence after the speaker's beat", () => {
  it('is the speaker\'s, and the beat stays the writer\'s', () => {
    const records = fixtureCorpus(DIR, ['magazine-glassblower-2022.txt']).records as Rec[];
    expect(at(records, 34, 'quote')).toMatchObject({ speaker: 'Daniel Rusk', text: 'Ask him yourself.' });
    expect(at(records, 34, 'claim')).toMatchObject({ speaker: 'Imogen Thale', text: expect.stringMatching(/he laughed\.$/) });
  });

  it('in other words: "She shrugged." before two words', () => {
    const text = story([
      'Lena Ortiz, who owns the shop, said trade had been slow.',
      '',
      'Would she sell? She shrugged. "Not yet."',
    ]);
    const got = loadCorpus(tempCorpus({ 'shop-2024.txt': text })).records as Rec[];
    expect(at(got, 8, 'quote')).toMatchObject({ speaker: 'Lena Ortiz', text: 'Not yet.' });
  });
});

describe('a described source after a phrase of occasion', () => {
  it('is the subject, never the publication the phrase names', () => {
    const text = story([
      'In a 2019 interview with The Lawyer, a senior partner at a Magic Circle firm, speaking anonymously, complained that her hearings were "longer than some trials."',
      '',
      'In an interview with The Lawyer, Tom Hale complained that her hearings were long.',
    ]);
    const got = loadCorpus(tempCorpus({ 'hearings-2024.txt': text })).records as Rec[];
    expect(at(got, 6, 'claim')?.speaker).toBe('a senior partner at a Magic Circle firm');
    expect(at(got, 8, 'claim')?.speaker).toBe('Tom Hale');
  });
});

describe("a newsroom's desk over the date", () => {
  it('is no byline: the "By" line under the score is the writer', () => {
    const records = fixtureCorpus(DIR, ['sports-derby-2025.txt']).records as Rec[];
    expect(at(records, 10, 'claim')?.speaker).toBe('Liam Garrow');
    expect(at(records, 14, 'quote')?.speaker).toBe('Jane Roe');
    expect(records.some((r) => r.speaker === 'Sports Desk')).toBe(false);
  });
});
