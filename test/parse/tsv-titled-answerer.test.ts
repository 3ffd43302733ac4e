/**
 * An AMA exported as a table names its answerer in a column, and a row may give the name with a
 * title before it ("Dr. Marina Okafor") where the others do not: one answerer, as a label's
 * "SEN. GRANT HOLLOWAY" is Grant Holloway. A handle, or a name with its part in brackets, is read
 * as before.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const SHEET = [
  'timestamp\tuser\tquestion\tanswered_by\tanswer\tupvotes',
  '2024-02-11 18:02\tu/tidepool\tWhen did you first start diving?\tMarina Okafor\tI was eleven. My uncle took me off the pier at Falmouth in 1998.\t412',
  '2024-02-11 18:05\tu/kelpforest\tHow many wrecks have you surveyed?\tMarina Okafor\tAbout 230 since 2010, most of them in the Channel.\t388',
  '2024-02-11 18:09\tu/bends_b_gone\tWhat scares you most down there?\tDr. Marina Okafor\tHonestly? Fishing nets. We lost a colleague to one in 2019.\t301',
  '2024-02-11 18:12\tu/kelpforest\tAnd the best dive?\tProf. Marina Okafor\tThe Mohegan, in 2016, on a flat calm day.\t250',
  '2024-02-11 18:15\tu/tidepool\tWhat happened to the funding cut?\tTom Ebdon (moderator)\tWe will ask the trust and come back to this thread.\t57',
  '',
].join('\n');

describe('a table whose answerer column gives a title in some rows', () => {
  const records = loadCorpus(tempCorpus({ 'ama-diver.tsv': SHEET }), { parallel: false }).records;

  it('reads one answerer, by the name without the title', () => {
    const answers = records.filter((r) => r.type === 'qa' && r.line >= 2 && r.line <= 5);
    expect(answers.map((r) => r.speaker)).toEqual(['Marina Okafor', 'Marina Okafor', 'Marina Okafor', 'Marina Okafor']);
  });

  it('keeps the handles and the moderator as they were', () => {
    expect(records.find((r) => r.line === 4)?.asker).toBe('u/bends_b_gone');
    const moderator = records.find((r) => r.line === 6);
    expect([moderator?.speaker, moderator?.role]).toEqual(['Tom Ebdon', 'moderator']);
  });
});
