/**
 * fix89-a: quotations inside labelled answers and speech turns read as the prose reader reads them
 * ("Afterwards he said to me, "…"", "I remember him saying to me, "…"", "my friend Margaret … she
 * said, "…""), a school's office in capitals before a full name in a label is the role
 * ("DEAN MARISOL ECHEVERRÍA:"), and a turn that is one quotation under a surname label is the one
 * quote of the full name the text gives ("MERRIMAN (read by actor): "…"").
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; role: string | null; text: string };
const B = join(FIXTURES, 'probe89', 'b');
const A = join(FIXTURES, 'probe89', 'a');
const quotesAt = (records: Rec[], line: number) => records.filter((r) => r.line === line && r.type === 'quote');

describe('quotations inside an oral history\'s answers', () => {
  const records = fixtureCorpus(B, ['oral-history-millworkers.txt']).records as Rec[];

  it('"I remember him saying to me …, "…"": the husband named by first name in the same sentence', () => {
    expect(quotesAt(records, 40).map((r) => [r.speaker, r.text])).toEqual([['Len', 'If we go back now we go back with nothing.']]);
  });

  it('"my friend Margaret did. … she said, "…"": the friend named by first name the sentence before', () => {
    expect(quotesAt(records, 52).map((r) => [r.speaker, r.text])).toEqual([['Margaret', "They can take the looms but they can't take the years."]]);
  });

  it('in other words: a "him" heard with no relative named stays nobody\'s, and one named by an earlier paragraph is theirs', () => {
    const doc = [
      'Kitchen table memories',
      '',
      'I remember him saying to me at the table, "If we go back now we go back with nothing."',
      '',
      'My brother, Tom, was on the committee with me. At the end I remember him saying, "We will be back in the spring, you watch."',
      '',
      'My sister Ruth, she ran the canteen, and I can still hear her saying, "Nobody leaves this room hungry."',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'memories.txt': doc })).records as Rec[];
    expect(quotesAt(got, 3).map((r) => r.speaker)).toEqual([null]);
    expect(quotesAt(got, 5).map((r) => r.speaker)).toEqual(['Tom']);
    expect(quotesAt(got, 7).map((r) => r.speaker)).toEqual(['Ruth']);
  });
});

describe('a commencement transcript', () => {
  const records = fixtureCorpus(B, ['commencement-2024.txt']).records as Rec[];

  it('"DEAN MARISOL ECHEVERRÍA:": the dean is the role, the name is Marisol Echeverría', () => {
    for (const line of [7, 37]) expect(quotesAt(records, line).map((r) => [r.speaker, r.role])).toEqual([['Marisol Echeverría', 'DEAN']]);
  });

  it('"Afterwards he said to me, "…"" inside the speech is the student it names', () => {
    expect(quotesAt(records, 25).map((r) => [r.speaker, r.text])).toEqual([['Elias Varga', "I've been driving past words my whole life."]]);
  });

  it('in other words: a provost and a headmistress in capitals are roles; "DEAN MARTIN:" is a name', () => {
    const doc = [
      'Prize Day, 2023',
      '',
      'PROVOST ANIL RAO: Welcome, everyone, to this year\'s prize day. We have a long list to get through.',
      '',
      'HEADMISTRESS JOAN PIKE: Thank you, Provost. Our first prize goes to the lower sixth.',
      '',
      'DEAN MARTIN: Thank you both. It is a pleasure to be here.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'prize-day.txt': doc })).records as Rec[];
    expect(got.find((r) => r.line === 3)).toMatchObject({ speaker: 'Anil Rao', role: 'PROVOST' });
    expect(got.find((r) => r.line === 5)).toMatchObject({ speaker: 'Joan Pike', role: 'HEADMISTRESS' });
    expect(got.find((r) => r.line === 7)?.speaker).toBe('Dean Martin');
  });
});

describe('an audio guide\'s reading of a notebook under a surname label', () => {
  const records = fixtureCorpus(B, ['museum-wall-text.txt']).records as Rec[];

  it('"MERRIMAN (read by actor): "…"" is one quote, Josiah Merriman\'s, without its marks', () => {
    const got = quotesAt(records, 27);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ speaker: 'Josiah Merriman', text: expect.stringMatching(/^Tested the third retort/) });
  });
});

describe('a profile\'s reported words after an adverb of time', () => {
  it('"Today she says the company is "getting pretty boring,"": her quote', () => {
    const records = fixtureCorpus(A, ['founder-profile.md']).records as Rec[];
    expect(quotesAt(records, 32).map((r) => [r.speaker, r.text])).toContainEqual(['Adaeze Okonjo-Reyes', 'getting pretty boring']);
  });
});
