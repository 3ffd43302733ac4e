/**
 * Election and campaign documents, probe101-b: a campaign press release's "said Local 1127 President
 * Marcus Delgado" (a numbered unit's office before the name) and its "Paid for by …" disclaimer; a
 * stump speech's crowd under "AUDIENCE:" cheering or jeering, which asks the candidate nothing.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe101', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a campaign press release', () => {
  const corpus = fixtureCorpus(DIR, ['press-release.txt']);
  const records = corpus.records as Rec[];

  it('credits "said Local 1127 President Marcus Delgado" to the name after the numbered local\'s office', () => {
    expect(at(records, 17)).toMatchObject({ type: 'quote', speaker: 'Marcus Delgado', text: expect.stringMatching(/^Julian has been with us/) });
  });

  it('keeps the "Paid for by …" disclaimer out of the claims', () => {
    expect(records.some((r) => /Paid for by|Not authorized/.test(r.text))).toBe(false);
  });

  it('in other words: a district\'s or a ward\'s office before the name, and disclaimers that are not', () => {
    const doc = [
      '"We will fix the bridge," said District 9 Supervisor Ana Ruiz.',
      '',
      '"Not this year," said Ward 3 Alderman Tom Hale.',
      '',
      'Paid for by the city\'s taxpayers, the new bridge opened in 1994.',
      '',
      'PAID FOR BY FRIENDS OF ANA RUIZ',
      '',
      'Paid for by Ruiz for Supervisor. Not authorized by any candidate or candidate\'s committee.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'release.txt': doc })).records as Rec[];
    expect(got.map((r) => [r.line, r.type, r.speaker])).toEqual([
      [1, 'quote', 'Ana Ruiz'],
      [3, 'quote', 'Tom Hale'],
      [5, 'claim', null],
    ]);
  });
});

describe('a stump speech with the crowd under "AUDIENCE:"', () => {
  const records = fixtureCorpus(DIR, ['stump-speech.txt']).records as Rec[];

  it("reads the crowd's jeer and chant as its own reactions, no question the candidate answers", () => {
    expect(at(records, 24)).toMatchObject({ type: 'quote', text: 'Boo!' });
    expect(at(records, 26)).toMatchObject({ type: 'quote', speaker: 'Rosalind Achterberg', asker: null });
    expect(at(records, 46)).toMatchObject({ type: 'quote', speaker: 'Rosalind Achterberg', asker: null });
    expect(records.some((r) => r.type === 'qa' && /^(?:Boo!|\(Chanting\))/.test(r.question ?? ''))).toBe(false);
  });

  it('still answers a question someone in the crowd asks', () => {
    expect(at(records, 36, 'qa')).toMatchObject({ speaker: 'Rosalind Achterberg', asker: 'Audience Member', question: 'What about farmers?' });
  });

  it('in other words: a rally\'s "CROWD:" cheer, then a question from the crowd', () => {
    const doc = [
      'MAYOR LINDA PARK: Are we going to win this thing?',
      '',
      'CROWD: Yes!',
      '',
      'MAYOR LINDA PARK: I can\'t hear you!',
      '',
      'CROWD: What about the buses?',
      '',
      'MAYOR LINDA PARK: Buses run every ten minutes from January.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'rally.txt': doc })).records as Rec[];
    expect(got.find((r) => r.line === 5)).toMatchObject({ type: 'quote', asker: null });
    expect(got.find((r) => r.line === 7)).toMatchObject({ type: 'qa', speaker: 'Linda Park', question: 'What about the buses?' });
  });
});
