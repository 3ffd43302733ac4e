/**
 * Academic and scholarly documents, probe98-a: a response to reviewers numbering each comment under
 * its reviewer in the label ("Reviewer 2, comment 3:") below a "RESPONSE TO REVIEWERS" heading; an
 * archive's oral history whose catalogue header gives "Professor Emeritus NAME (HBP)".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe98', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a response to reviewers: "Reviewer 2, comment 3:" asks, "Response:" answers', () => {
  const records = fixtureCorpus(DIR, ['peer-review.txt']).records as Rec[];

  it("answers each reviewer's comment by the signing author, asked by that reviewer", () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas.map((r) => [r.line, r.asker, r.speaker])).toEqual([
      [12, 'Reviewer 1', 'Signe Halvorsen'],
      [16, 'Reviewer 1', 'Signe Halvorsen'],
      [22, 'Reviewer 2', 'Signe Halvorsen'],
      [26, 'Reviewer 2', 'Signe Halvorsen'],
      [30, 'Reviewer 2', 'Signe Halvorsen'],
      [34, 'Reviewer 2', 'Signe Halvorsen'],
    ]);
    expect(at(records, 30, 'qa')?.question).toMatch(/^On p\. 11 the authors state/);
    // the heading in capitals names no one: no "Response To"
    expect(records.some((r) => /Response/.test(`${r.speaker} ${r.asker}`))).toBe(false);
  });

  it('in other words: "Referee #1, Comment #2:" under a journal\'s title, no heading in capitals', () => {
    const doc = [
      'Journal of Coastal Economics',
      'Response to the referees',
      '',
      'Referee #1, Comment #1: The sample ends in 2019 and misses the pandemic years.',
      '',
      'Response: We have extended the sample to 2023; the main estimate is unchanged.',
      '',
      'Referee #1, Comment #2: Table 3 reports no standard errors.',
      '',
      'Response: Standard errors are now given in brackets.',
      '',
      'Sincerely,',
      'Tomas Lindqvist, on behalf of the authors',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'referee-response.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.question])).toEqual([
      ['Referee 1', 'Tomas Lindqvist', 'The sample ends in 2019 and misses the pandemic years.'],
      ['Referee 1', 'Tomas Lindqvist', 'Table 3 reports no standard errors.'],
    ]);
  });
});

describe('an oral history: "Interviewee: Professor Emeritus Harold Bramwell-Pike (HBP)", then "HBP:"', () => {
  const records = fixtureCorpus(DIR, ['oral-history.txt']).records as Rec[];

  it('gives the initials\' turns to the name the catalogue writes after the title', () => {
    expect(records.some((r) => r.speaker === 'HBP')).toBe(false);
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(7);
    for (const r of qas) expect(r).toMatchObject({ speaker: 'Harold Bramwell-Pike', asker: 'Ruth Okonkwo-Doyle', year: 2019 });
    expect(at(records, 43)).toMatchObject({ type: 'quote', speaker: 'Harold Bramwell-Pike' });
    // the catalogue's interviewee field is its cast, as the interviewer's is: no claim
    expect(at(records, 5)).toBeUndefined();
  });

  it('in other words: "Professor Amaka Obi (AO)" in a header\'s sentence over "AO:" turns', () => {
    const doc = [
      'Faculty of Law oral history project',
      'Recorded with Professor Amaka Obi (AO) by Sam Reyes (SR) in March 2021.',
      '',
      'SR: When did you join the faculty?',
      'AO: In 1979, as a temporary lecturer.',
      'SR: And what did you teach?',
      'AO: Land law, for twenty years.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'obi-oral-history.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker])).toEqual([
      ['Sam Reyes', 'Amaka Obi'],
      ['Sam Reyes', 'Amaka Obi'],
    ]);
  });
});
