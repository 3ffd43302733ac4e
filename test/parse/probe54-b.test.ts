/**
 * News attribution, probe54-b: a person "of" an institution whose own name holds "of" ("Melissa
 * Tarrant of the Australian Institute of Marine Science") is that person, never the name's last
 * words; whom an opening phrase addresses ("In an email to the Courier, he said") is never the
 * "he" after it; "the prosecution" and "the defence" speak as parties, as "the company" does.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const DIR = join(FIXTURES, 'probe54', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));
const story = (body: string[]) => ['Test story', '', 'By Ann Reporter', '', 'August 15, 2023', '', ...body].join('\n');

describe('a person of an institution whose name holds "of"', () => {
  const records = fixtureCorpus(DIR, ['science-coral-heat-2024.txt']).records as Rec[];

  it('credits the co-author, not "Marine Science"', () => {
    expect(at(records, 15, 'quote')).toMatchObject({ speaker: 'Melissa Tarrant', text: expect.stringMatching(/^come at a cost/) });
    expect(records.some((r) => r.speaker === 'Marine Science')).toBe(false);
    // unchanged: the rest of the study's people
    expect(at(records, 11, 'quote')?.speaker).toBe('Ravi Chandrasekar');
    expect(at(records, 23, 'quote')?.speaker).toBe('Jonas Feldmann');
  });

  it('in other words: other institutions and verbs', () => {
    const got = loadCorpus(tempCorpus({ 'inst-2023.txt': story([
      'Omar Haddad of the London School of Hygiene and Tropical Medicine said the vaccine was "safe for almost everyone."',
      '',
      'The report\'s author, Lena Fisk of the Institute for Fiscal Studies, wrote that the cuts "fall hardest on the poorest."',
    ]) })).records as Rec[];
    expect(at(got, 7, 'quote')?.speaker).toBe('Omar Haddad');
    expect(at(got, 9, 'quote')?.speaker).toBe('Lena Fisk');
  });
});

describe('whom an opening phrase addresses', () => {
  const records = fixtureCorpus(DIR, ['local-dog-park-2023.txt']).records as Rec[];

  it('is not the "he" who speaks after it', () => {
    expect(at(records, 16, 'quote')?.speaker).toBe('Gordon Pell');
    expect(records.find((r) => r.line === 16 && r.type === 'claim' && r.text.startsWith('In an email'))?.speaker).toBe('Gordon Pell');
    expect(records.some((r) => r.speaker === 'the Courier')).toBe(false);
  });

  it('in other words: "speaking to", "in a letter to"', () => {
    const got = loadCorpus(tempCorpus({ 'addressed-2023.txt': story([
      'Ruth Nolan posted on Facebook that the plan was bad.',
      '',
      'Speaking to the Courier, she said the lawn would be lost.',
      '',
      'In a letter to the Observer on Monday, she said the council "had not listened to anyone at all."',
    ]) })).records as Rec[];
    expect(at(got, 9, 'claim')?.speaker).toBe('Ruth Nolan');
    expect(at(got, 11, 'quote')?.speaker).toBe('Ruth Nolan');
  });
});

describe('the prosecution and the defence', () => {
  const records = fixtureCorpus(DIR, ['court-harbour-fraud-2023.txt']).records as Rec[];

  it('speak as parties, never the court reporter', () => {
    expect(records.find((r) => r.line === 14 && r.text.startsWith('In a filing'))?.speaker).toBe('the prosecution');
    expect(at(records, 12, 'quote')?.speaker).toBe('Aoife Whelan');
    expect(at(records, 24, 'quote')?.speaker).toBe('Aoife Whelan');
  });

  it('in other words', () => {
    const got = loadCorpus(tempCorpus({ 'court-2023.txt': story(['"It was a loan, not a theft," the defence said.', '', 'The defense said the money had been repaid in full.']) })).records as Rec[];
    expect(at(got, 7, 'quote')?.speaker).toBe('the defence');
    expect(at(got, 9, 'claim')?.speaker).toBe('the defense');
  });
});

describe('an organisation saying "it" and a verb', () => {
  it('reports its own clause ("said it still expects", "says it plans"); "said it twice" stays narration', () => {
    const got = loadCorpus(tempCorpus({ 'org-2025.txt': story([
      'Veltrix Semiconductor said it still expects full-year revenue to grow.',
      '',
      'Halvard Terminals says it plans to reopen the quay on Friday.',
      '',
      'Ruth Ellis met the board. She said it twice.',
    ]) })).records as Rec[];
    expect(at(got, 7, 'claim')?.speaker).toBe('Veltrix Semiconductor');
    expect(at(got, 9, 'claim')?.speaker).toBe('Halvard Terminals');
    expect(got.filter((r) => r.line === 11).every((r) => r.speaker !== 'Ruth Ellis' || !r.text.startsWith('She said it twice'))).toBe(true);
  });
});
