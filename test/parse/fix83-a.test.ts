/**
 * Transcripts, fix83-a: a court reporter's or clerk's note of the proceedings alone on its line in
 * parentheses ("(Recess taken at 10:31 a.m.)", "(Witness sworn.)", "(Exhibit 7 marked for
 * identification.)", "(Whereupon, at 10:48 a.m., the hearing was recessed.)", "(Off the record.)")
 * is a direction of the record, no claim; its words are still searched through the record nearest
 * it. A sentence someone says in parentheses ("(I said no.)") stays a record, and an aside inside an
 * answer stays the answer's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDirection, isProceedingsNote } from '../../src/parse/labels.js';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; text: string };
const DIR = join(FIXTURES, 'fix83', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('notes of the proceedings in a deposition', () => {
  const records = fixtureCorpus(DIR, ['deposition-marsh-v-tallow-freight-2022.txt']).records as Rec[];

  it('makes no claim of a note of the proceedings, above the first question or between turns', () => {
    for (const line of [11, 28, 31, 35]) expect(records.filter((r) => r.line <= line && r.endLine >= line)).toEqual([]);
    expect(records.some((r) => /sworn|marked for|Recess taken|held off|concluded/.test(r.text))).toBe(false);
  });

  it('keeps the answers around the notes their witness\'s, an aside inside one included', () => {
    expect(at(records, 17, 'qa')).toMatchObject({ speaker: 'Helena Marsh', asker: 'Duncan Reeve', text: expect.stringContaining('(the one on Pier Road)') });
    expect(at(records, 29, 'qa')).toMatchObject({ speaker: 'Helena Marsh', asker: 'Duncan Reeve', text: 'The night clerk wrote most of them.' });
    expect(at(records, 32, 'qa')).toMatchObject({ speaker: 'Helena Marsh', text: 'Somebody crossed out the departure time.' });
  });

  it('keeps a sentence someone says in parentheses a record', () => {
    expect(records.some((r) => r.line <= 21 && r.endLine >= 21 && r.text.includes('(I said no.)'))).toBe(true);
  });
});

describe('notes of the proceedings in a committee hearing', () => {
  const records = fixtureCorpus(DIR, ['hearing-county-roads-committee-2023.txt']).records as Rec[];

  it('reads "Whereupon, …", "called to order" and "Off the record" as directions, the turns as before', () => {
    expect(records.some((r) => /Whereupon|called to order|Off the record/.test(r.text))).toBe(false);
    expect(at(records, 13, 'qa')).toMatchObject({ speaker: 'Mr. Farrow', asker: 'Chair Lindqvist' });
    expect(at(records, 21, 'qa')).toMatchObject({ speaker: 'Ms. Abara', asker: 'Chair Lindqvist' });
    expect(at(records, 27, 'quote')).toMatchObject({ speaker: 'Chair Lindqvist', text: 'Thank you all. We stand adjourned.' });
  });
});

describe('isProceedingsNote: by its form', () => {
  it('takes the passive or past of the proceedings and the record\'s "Whereupon"', () => {
    for (const s of ['(Recess taken at 11:42 a.m.)', '(Whereupon, at 11:52 a.m., the hearing was recessed.)', '(Exhibit 2 marked for identification.)', '(Deposition concluded at 12:14 p.m.)', '(Witness sworn.)', '(Off the record.)', '(Discussion held off the record.)', '(The witness was excused.)', '(Brief recess taken.)', '(The briefing was concluded at 1:49 p.m.)']) {
      expect(isProceedingsNote(s), s).toBe(true);
      expect(isDirection(s), s).toBe(true);
    }
  });
  it('leaves a sentence someone says, a writer\'s aside and an aside in lower case', () => {
    for (const s of ['(I said no.)', '(We recessed at noon.)', '(The firm declined to comment.)', '(Prices rose 4% in March.)', '(the one on Pier Road)', '(You were sworn in.)', 'Recess taken at 11:42 a.m.']) expect(isProceedingsNote(s), s).toBe(false);
  });
});
