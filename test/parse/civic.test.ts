/**
 * Civic documents: a by-election hustings transcribed with `NAME (PARTY):` labels under a header
 * naming its chair ("Chaired by Canon Frances Lyle"), who reads out questions handed in at the door.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'civic');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a hustings under "Chaired by Canon Frances Lyle", her turns labelled "CANON LYLE:"', () => {
  const records = fixtureCorpus(DIR, ['hustings.txt']).records as Rec[];

  it('names the chair by her name, the title off it', () => {
    expect(records.filter((r) => r.speaker === 'Canon Lyle' || r.asker === 'Canon Lyle')).toEqual([]);
    expect(records.find((r) => r.text.startsWith("Thank you. That's all we have time for"))).toMatchObject({ type: 'quote', speaker: 'Frances Lyle' });
  });

  it("pairs every candidate's answer with the question the chair put to the room", () => {
    const jess = records.filter((r) => r.type === 'qa' && r.question?.includes('Why should I vote'));
    expect(jess.map((r) => r.speaker)).toEqual(['Dominic Keyes', 'Priya Mandal']);
    const surgeries = records.filter((r) => r.type === 'qa' && r.question?.includes('hold surgeries'));
    expect(surgeries.map((r) => r.speaker)).toEqual(['Geoffrey Stott', 'Ruth Okafor']);
  });

  it('asks a question read out "from Harold Pike, who says he has voted …:" by Harold Pike', () => {
    expect(records.filter((r) => r.question?.includes('hold surgeries')).map((r) => r.asker)).toEqual(['Harold Pike', 'Harold Pike']);
  });

  it('in other words: a "Moderated by" line makes its holder the chair of every round', () => {
    const doc = [
      'Town Forum on Buses',
      'Moderated by Rev. Amos Tiller',
      '',
      'TILLER: Both of our guests are here. Should the 42 route be cut?',
      '',
      'MARA VOSS: No. It carries nine hundred people a day.',
      '',
      'OWEN BRAY: It loses money on every trip after seven.',
      '',
      'TILLER: Next, from a resident who signs only "K": "Who decided the timetable?"',
      '',
      'OWEN BRAY: The county did, in 2022.',
      '',
      'MARA VOSS: And nobody asked the riders.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'forum.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.asker])).toEqual([
      ['Mara Voss', 'Amos Tiller'],
      ['Owen Bray', 'Amos Tiller'],
      ['Owen Bray', 'Amos Tiller'],
      ['Mara Voss', 'Amos Tiller'],
    ]);
  });
});
