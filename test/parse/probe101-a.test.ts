/**
 * Human-rights and justice testimony, probe101-a: an asylum interview record's numbered questions and
 * answers ("Q4. Why …?" / "A4. Because …").
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; role: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe101', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('an interview record numbering its questions and answers "Q4." / "A4."', () => {
  const records = fixtureCorpus(DIR, ['asylum-interview-record.txt']).records as Rec[];

  it('pairs each numbered answer with the question of its number, the number no speaker', () => {
    expect(at(records, 24)).toMatchObject({ type: 'qa', speaker: null, asker: null, question: 'Why are you claiming asylum in the United Kingdom?', text: expect.stringMatching(/^Because if I go back to Eritrea/) });
    expect(at(records, 47)).toMatchObject({ type: 'qa', question: expect.stringMatching(/^Why did you not claim asylum in Ethiopia/), text: expect.stringMatching(/^In Ethiopia there was war/) });
    expect(records.some((r) => /^[QA]\d/.test(`${r.text}`) || /^[QA]\d/.test(`${r.speaker}${r.asker}`))).toBe(false);
  });

  it('in other words: "Q3:" / "A3:" with a colon are sides too, and a lone "A4 paper" line no turn', () => {
    const colon = loadCorpus(tempCorpus({ 'record.txt': 'Q1: Do you understand the interpreter?\nA1: Yes.\n\nQ2: Where were you born?\nA2: In Keren, in 1990.\n' })).records as Rec[];
    expect(colon.filter((r) => r.type === 'qa').map((r) => [r.question, r.text, r.speaker, r.asker])).toEqual([
      ['Do you understand the interpreter?', 'Yes.', null, null],
      ['Where were you born?', 'In Keren, in 1990.', null, null],
    ]);
    const lone = loadCorpus(tempCorpus({ 'memo.txt': 'Print the forms on both sides.\n\nA4. Paper is in the cupboard by the door.\n\nQ3. Results will be published on Friday.\n' })).records as Rec[];
    expect(lone.every((r) => r.type === 'claim')).toBe(true);
  });
});
