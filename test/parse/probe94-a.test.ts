/**
 * Law, courts, parliament and government, probe94-a: a planning committee's minutes whose roll
 * ("PRESENT:", "OFFICERS:", "ALSO PRESENT:") and decisions ("RESOLVED:") are the clerk's keys, no
 * voices, under a long "MINUTES of the meeting held at … on DATE at 6.30 pm" dateline; a lobby
 * briefing's '"…", adding that the Prime Minister … were "…"'; Hansard's "The Minister for Housing
 * (Ruth Calder):" opening the debate.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe94', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a planning committee\'s minutes: "PRESENT:" / "OFFICERS:" / "ALSO PRESENT:" and two "RESOLVED:"', () => {
  const records = fixtureCorpus(DIR, ['planning-minutes.txt']).records as Rec[];

  it('reads the roll and the decisions as the minutes\' text, no one\'s turns', () => {
    expect(records.some((r) => /Present|Resolved|Officers/i.test(`${r.speaker} ${r.asker}`))).toBe(false);
    expect(at(records, 7)).toMatchObject({ type: 'claim', speaker: null, text: expect.stringMatching(/^PRESENT: Councillor Jean Abara/) });
    expect(at(records, 47)).toMatchObject({ type: 'claim', text: expect.stringMatching(/^RESOLVED: That planning permission be GRANTED/) });
    // the objector's words stay hers
    expect(at(records, 31, 'quote')).toMatchObject({ speaker: 'Eileen Partridge', text: expect.stringMatching(/^Children walk to school/) });
  });

  it('dates the minutes by "MINUTES of the meeting held at <venue> on Thursday 14 March 2024 at 6.30 pm"', () => {
    expect(records.every((r) => r.year === 2024)).toBe(true);
  });

  it('in other words: a parish meeting\'s "Present:" / "Officers:" roll and "Resolved:" twice', () => {
    const minutes = [
      'ELMSWORTH PARISH COUNCIL',
      '',
      'Minutes of the meeting held in the Village Hall, Church Lane, Elmsworth on Monday 3 June 2024 at 7.30 pm',
      '',
      'Present: Cllr Anne Platt (Chair), Cllr Dev Rana, Cllr Sue Oakes.',
      '',
      'Officers: Mrs Lyn Carver (Clerk).',
      '',
      '1. Play area',
      '',
      'The Clerk reported that the swings had failed their annual inspection.',
      '',
      'Resolved: That the swings be replaced at a cost of up to £4,000.',
      '',
      '2. Grass cutting',
      '',
      'Cllr Rana said the contractor had missed two cuts in May.',
      '',
      'Resolved: That the Clerk write to the contractor.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'elmsworth-minutes.txt': minutes })).records as Rec[];
    expect(got.some((r) => /Resolved|Present|Officers/.test(`${r.speaker}`))).toBe(false);
    expect(got.filter((r) => /^Resolved:/.test(r.text)).map((r) => r.type)).toEqual(['claim', 'claim']);
    expect(got.every((r) => r.year === 2024)).toBe(true);
  });
});

describe('a lobby briefing: \'the spokesperson said they would "…", adding that the Prime Minister and the Chancellor were "…"\'', () => {
  const records = fixtureCorpus(DIR, ['lobby-briefing.md']).records as Rec[];

  it('gives both quotations to the spokesperson, never to "that the Prime Minister and the Chancellor were"', () => {
    expect(records.some((r) => /^that /.test(`${r.speaker}`))).toBe(false);
    expect(records.filter((r) => r.line === 13 && r.type === 'quote').map((r) => [r.speaker, r.text])).toEqual([
      ['the spokesperson', 'not get into cabinet discussions'],
      ['the spokesperson', 'in lockstep on the public finances'],
    ]);
  });

  it('in other words: "Ms Hart said the talks had gone "…", adding that Prime Minister Jones was "…""', () => {
    const doc = '# Talks resume\n\nBy Jo Bloggs\n\nThe union met ministers on Tuesday.\n\nMs Hart said the talks had gone "better than anyone expected", adding that Prime Minister Jones was "personally involved".\n';
    const got = loadCorpus(tempCorpus({ 'talks.md': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['Hart', 'Hart']);
  });
});

describe('Hansard: "The Minister for Housing (Ruth Calder): I beg to move …" opens the debate', () => {
  const records = fixtureCorpus(DIR, ['hansard-housing-2024.txt']).records as Rec[];

  it('gives the office-holder the speech, as "The Shadow Minister for Housing (Tomasz Lenart):" is read', () => {
    expect(at(records, 10)).toMatchObject({ type: 'quote', speaker: 'Ruth Calder', text: expect.stringMatching(/^I beg to move, That the Bill/) });
    expect(records.some((r) => r.line >= 10 && r.line <= 12 && r.speaker !== 'Ruth Calder')).toBe(false);
    expect(records.some((r) => /Minister for Housing/.test(`${r.speaker}`))).toBe(false);
    expect(at(records, 44, 'qa')?.asker).toBe('Tomasz Lenart');
  });
});
