/**
 * fix81-a: a hearing's, a deposition's and an episode's furniture is nobody's statement. The
 * caption's block (the parties each over "Plaintiff," / "v." / "Defendant." with the case number),
 * counsel's "For the Plaintiff: …" appearances, the names under "PRESENT:", an index of witnesses or
 * exhibits whose rows end on a page number, a reporter's certificate under the last turn ("I, NAME,
 * Certified Shorthand Reporter, … certify") and an episode's credits ("Hosted by NAME, with guest
 * NAME, …", "X is produced by Y. Transcript edited for readability.") are the page's metadata, kept
 * for search as nearby lines, never claims. Every Q./A. pair and answer is read as before, and a
 * witness's "For the plaintiff, I can only say …" stays the witness's answer.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; text: string };
const DIR = join(FIXTURES, 'fix81', 'a');
const at = (records: Rec[], line: number, type?: string) => records.filter((r) => r.line <= line && r.endLine >= line && (!type || r.type === type));

describe('a deposition with a caption, appearances, an index, exhibits and a certificate', () => {
  const records = fixtureCorpus(DIR, ['deposition-okonkwo-v-riverside-2023.txt']).records as Rec[];

  it('reads the caption, the appearances and the index tables as furniture', () => {
    for (const line of [3, 4, 5, 6, 7, 13, 14, 15, 16, 18, 19, 20, 21, 22, 24, 25, 26, 27, 28]) expect(at(records, line), `line ${line}`).toEqual([]);
  });

  it('reads the reporter\'s certificate under the last turn as furniture', () => {
    for (const line of [67, 69, 71, 73, 75]) expect(at(records, line), `line ${line}`).toEqual([]);
  });

  it('keeps every Q./A. pair, and the answer that opens "For the plaintiff," is the witness\'s', () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas.map((r) => r.line)).toEqual([35, 37, 39, 41, 43, 45, 51, 53, 59, 61]);
    expect(at(records, 43, 'qa')[0]).toMatchObject({ speaker: 'Tobias Wrenfield', asker: 'Hannah Pryce', text: expect.stringMatching(/For the plaintiff, I can only say/) });
    expect(at(records, 59, 'qa')[0]).toMatchObject({ speaker: 'Tobias Wrenfield', asker: 'Victor Salgado' });
  });
});

describe('an arbitration day with PRESENT: and counsel for each party', () => {
  const records = fixtureCorpus(DIR, ['arbitration-day3-kestrel-v-halden-2022.txt']).records as Rec[];

  it('reads who sat and who appeared as furniture', () => {
    for (const line of [15, 16, 17, 18, 20, 21]) expect(at(records, line), `line ${line}`).toEqual([]);
  });

  it('keeps the examination', () => {
    expect(at(records, 33, 'qa')[0]).toMatchObject({ speaker: 'Lars Eide', asker: 'Helena Vik' });
    expect(at(records, 59, 'qa')[0]).toMatchObject({ speaker: 'Lars Eide', asker: 'Rupert Hale' });
  });
});

describe('a committee hearing', () => {
  const records = fixtureCorpus(DIR, ['committee-hearing-water-safety-2024.txt']).records as Rec[];

  it('keeps a witness\'s "For the district, I can tell you …" as the witness\'s words', () => {
    expect(at(records, 37)[0]).toMatchObject({ type: 'quote', text: expect.stringMatching(/^Thank you\. For the district/) });
  });
});

describe('a podcast episode\'s credits', () => {
  const records = fixtureCorpus(DIR, ['podcast-night-shift-ep112-2025.md']).records as Rec[];

  it('reads the credits above and under the talk as furniture', () => {
    for (const line of [5, 7, 37]) expect(at(records, line), `line ${line}`).toEqual([]);
  });

  it('keeps the talk', () => {
    expect(at(records, 15, 'qa')[0]).toMatchObject({ speaker: 'Adele Quayson', asker: 'Tomasz Brennan' });
    expect(at(records, 33)[0]).toMatchObject({ type: 'quote', speaker: 'Adele Quayson' });
  });
});

describe('the probe80 hearing and podcast', () => {
  const records = fixtureCorpus(join(FIXTURES, 'probe80', 'b'), ['hearing-harlow-v-metro-transit-2021.txt', 'podcast-allotment-hour-ep58-2022.md']).records as Rec[];
  const hearing = records.filter((r) => r.doc.startsWith('hearing'));
  const podcast = records.filter((r) => r.doc.startsWith('podcast'));

  it('reads the caption and the appearances as furniture, the testimony as before', () => {
    for (const line of [3, 4, 5, 6, 7, 13, 14, 15]) expect(at(hearing, line), `line ${line}`).toEqual([]);
    expect(at(hearing, 28, 'qa')[0]).toMatchObject({ speaker: 'Gerald Fenn', asker: 'Celia Lane' });
  });

  it('reads the episode\'s credits as furniture', () => {
    for (const line of [5, 47]) expect(at(podcast, line), `line ${line}`).toEqual([]);
  });
});
