/**
 * Research, personal and records documents a reviewer wrote (probe10 findings 18, 22, 27, 29, 34,
 * 35, 36): each read by its shape, checked on the reviewer's document and on a text of our own.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c6 = loadCorpus(join(FIXTURES, 'probe10', 'c6'));

describe('dated diary entries: each entry line dates the records under it', () => {
  it('entries of 2018 are 2018, though the first entry (the document\'s date) is 2017', () => {
    const recs = recordsOf(c6, 'journal_2017_2018_excerpts');
    const at = (text: string) => recs.find((r) => r.text.startsWith(text))!;
    expect(at('Binance went live today').year).toBe(2017);
    // "Sept 15" names no year: it stays in the 2017 entry above it.
    expect(at('Everyone at the office').year).toBe(2017);
    expect([at('Is it gambling?').year, at('Is it gambling?').section]).toEqual([2018, '2 Jan 2018']);
    expect([at('New year.').year, at('Heard Binance').year, at('Heard Binance').section]).toEqual([2018, 2018, '20 Feb 2018 — Tokyo']);
  });
  it('the same shape in Markdown headings, with a weekday and a place in brackets', () => {
    const dir = tempCorpus({
      'field-log.md':
        '# Field log — river survey\n\n## Monday, 3 March 2019\n\nWater was high at the weir.\n\n## 4 April 2020 (Lisbon)\n\nThe conference moved online.\n\n## 9 May 2021\n\nWe finally went back to the river.\n',
    });
    const rs = loadCorpus(dir).records;
    expect(rs.map((r) => [r.text, r.year, r.section])).toEqual([
      ['Water was high at the weir.', 2019, 'Monday, 3 March 2019'],
      ['The conference moved online.', 2020, '4 April 2020 (Lisbon)'],
      ['We finally went back to the river.', 2021, '9 May 2021'],
    ]);
  });
  it('one dateline alone is no entry: an article under its date keeps the document\'s year', () => {
    const dir = tempCorpus({
      'article.txt': 'Harbour reopens\n\n3 March 2019\n\nThe harbour reopened on Monday after the storm.\n\nCrews were back at work within a week, and the ferry to the island ran again from 2020.\n',
    });
    const rs = loadCorpus(dir).records;
    expect(rs.every((r) => r.year === 2019 && r.section === null)).toBe(true);
  });
});

describe('a speech whose header names the speaker: the body is the speaker\'s, the audience\'s reactions directions', () => {
  it('the commencement address is Lena Ortiz\'s; "(Applause.)", "[Cheers and applause]" are in no record; the header is no section', () => {
    const recs = recordsOf(c6, 'Commencement Address - Dr. Lena Ortiz - Pacific Coast University - 2025');
    const claims = recs.filter((r) => r.type === 'claim');
    expect(claims.length).toBeGreaterThan(8);
    expect(claims.every((r) => r.speaker === 'Lena Ortiz')).toBe(true);
    expect(recs.some((r) => /applause|laughter|cheers/i.test(r.text))).toBe(false);
    expect(recs.every((r) => r.section === null && r.year === 2025)).toBe(true);
    expect(recs.some((r) => r.text.includes('CEO of Meridian'))).toBe(false);
    expect(claims.map((r) => r.text)).toContain('Class of 2025 — you made it!');
  });
  it('the same shape in other words: a lecture titled by its kind alone', () => {
    const dir = tempCorpus({
      'tides.txt':
        'Lecture\nProf. Ada Lind, Harbour University\nHarbour Hall, 2 June 2024\n\nGood evening, and thank you for coming out in this weather. (Laughter.)\n\n' +
        'I have measured the tides of this harbour for thirty years, and they are not what they were. [Murmurs]\n\nThank you. (Standing ovation)\n',
    });
    const rs = loadCorpus(dir).records;
    expect(rs.map((r) => [r.text, r.speaker, r.section])).toEqual([
      ['Good evening, and thank you for coming out in this weather.', 'Ada Lind', null],
      ['I have measured the tides of this harbour for thirty years, and they are not what they were.', 'Ada Lind', null],
      ['Thank you.', 'Ada Lind', null],
    ]);
  });
});
