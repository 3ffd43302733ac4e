/**
 * A government press briefing's transcript: the clock it opened and closed at stands alone on its
 * line ("1:47 P.M. EDT" under the header, "2:31 P.M. EDT" or "END 2:31 P.M. EDT" under the last
 * turn). The closing one was a claim of nobody. Found on an unseen briefing
 * (test/fixtures/unseen/press-briefing-2024-05-14.txt), December 5.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const CLOCK = /^(?:END\s+)?\d{1,2}[:.]\d{2}\s*[AP]\.?M\.?/i;

describe("a press briefing's opening and closing clock", () => {
  it('is no claim, and the turns around it are read as before', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['press-briefing-2024-05-14.txt']);
    const records = c.records.filter((r) => r.doc === 'press-briefing-2024-05-14');
    expect(records.filter((r) => CLOCK.test(r.text))).toEqual([]);
    expect(records.at(-1)).toMatchObject({ type: 'qa', speaker: 'Dana Whitfield', text: 'I have to go -- we have a hard out. Thanks, everybody.' });
    expect(records.find((r) => r.question?.startsWith('And what happens'))).toMatchObject({ speaker: 'Omar Castellanos' });
  });

  it('in other words: a ministry briefing closed by "END 11:02 A.M. CET"', () => {
    const text = [
      'Briefing by Minister Lotte Verbeek on the Rail Budget',
      '',
      'June 3, 2025',
      '',
      '10:15 A.M. CET',
      '',
      'MINISTER VERBEEK:  Good morning.  The budget for 2026 is €4.1 billion, 12 percent more than this year.',
      '',
      'Q    Minister, how much of that goes to night trains?',
      '',
      'MINISTER VERBEEK:  About €300 million.',
      '',
      'END                11:02 A.M. CET',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'briefing.txt': text })).records;
    expect(records.filter((r) => CLOCK.test(r.text))).toEqual([]);
    expect(records.at(-1)).toMatchObject({ type: 'qa', text: 'About €300 million.' });
  });

  it('keeps a sentence that opens on a time, and a turn wrapped before its time', () => {
    const records = loadCorpus(tempCorpus({ 'diary.txt': 'Diary\n\n7:30 a.m. The first ferry left late.\n\n9:15 a.m.\n\nWe reached the island in 2024 for the first time.\n' })).records;
    expect(records.map((r) => r.text)).toContain('7:30 a.m. The first ferry left late.');
    const deposition = ['DEPOSITION OF ANA RUIZ', '', 'March 7, 2024', '', 'Q. Where were you in 2019?', '', 'A. In Porto.', '', 'THE VIDEOGRAPHER: We are going off the record at', '11:42 a.m.', ''].join('\n');
    const texts = loadCorpus(tempCorpus({ 'deposition.txt': deposition })).records.map((r) => r.text);
    expect(texts).toContain('We are going off the record at 11:42 a.m.');
    const memo = loadCorpus(tempCorpus({ 'memo.txt': 'Memo\n\nThe board call is moved to\n2:30 p.m. EST\nand will run an hour in 2025.\n' })).records.map((r) => r.text);
    expect(memo).toContain('The board call is moved to 2:30 p.m. EST and will run an hour in 2025.');
  });
});
