/**
 * Written pieces probe47-b left (fix60-b):
 *  - an interview log kept as a table (`| Date | Question | Answer |`, a CSV `date,interviewer,…`)
 *    whose rows differ in date: each row's date cell is its records' date and year (it was null, the
 *    cell a topic); the person the title names after its dash answers, a "Kept by:" field asks.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const PROBE = join(FIXTURES, 'probe47', 'b');

describe('an interview log kept as a table', () => {
  it('dates each row by its date cell; the title\'s person answers, the keeper asks (Markdown)', () => {
    const c = fixtureCorpus(PROBE, ['interview-log-fire-chief-renshaw.md']);
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.line)).toEqual([9, 10, 11, 12, 13, 14, 15, 16]);
    expect(qa.map((r) => r.year)).toEqual([2022, 2022, 2022, 2023, 2023, 2024, 2024, 2024]);
    expect(qa[3]).toMatchObject({ date: '2023-06-02', speaker: 'Alan Renshaw', asker: 'Priya Nandakumar', topics: [] });
    expect(qa[3]!.question).toBe('The authority says the closures saved £2.1 million. Do you agree with that figure?');
    expect(qa[3]!.text).toMatch(/^It's the right figure for the buildings\./);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Alan Renshaw', asker: 'Priya Nandakumar' });
    expect(qa[7]).toMatchObject({ date: '2024-01-19', text: 'Count the minutes, not the buildings.' });
  });

  it('dates each CSV row by its date cell, not a topic', () => {
    const c = fixtureCorpus(PROBE, ['interview-log-fire-chief-renshaw.csv']);
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.year, r.date, r.asker])).toEqual([
      [2, 2022, '2022-03-14', 'Priya Nandakumar'],
      [3, 2022, '2022-03-14', 'Priya Nandakumar'],
      [4, 2023, '2023-06-02', 'Priya Nandakumar'],
      [5, 2023, '2023-06-02', 'Sam Whitcombe'],
      [6, 2024, '2024-01-19', 'Priya Nandakumar'],
      [7, 2024, '2024-01-19', 'Sam Whitcombe'],
    ]);
    expect(qa[0]!.topics).toEqual(['phone interview']);
  });

  it('in other words: a colon title with a doctor, an Interviewer field, dates in words', () => {
    const md = [
      '# Q&A record: Dr. Mina Osei (Harbour General)',
      '',
      '**Interviewer:** Tomas Oyelowo',
      '',
      '| Question | Answer | Date |',
      '|---|---|---|',
      '| Are the wards full? | Every night since March. | 3 May 2019 |',
      '| Did the new wing help? | It bought us twelve beds and a year. | 9 November 2021 |',
      '',
    ].join('\n');
    const csv = ['Date;Asked by;Q;A', '11/02/2018;Ines Varga;What changed?;The night shift doubled.', '07/30/2020;Ines Varga;And since?;We hired forty nurses.', ''].join('\n');
    const c = loadCorpus(tempCorpus({ 'osei.md': md, 'ward-log.csv': csv }));
    const md_qa = c.records.filter((r) => r.doc === 'osei' && r.type === 'qa');
    expect(md_qa.map((r) => [r.line, r.speaker, r.asker, r.year])).toEqual([
      [7, 'Mina Osei', 'Tomas Oyelowo', 2019],
      [8, 'Mina Osei', 'Tomas Oyelowo', 2021],
    ]);
    expect(md_qa[1]!.text).toBe('It bought us twelve beds and a year.');
    // an en dash, a rank before the name, "Kept by:" with a note in brackets
    const log = [
      '# Press log – Commissioner Ada Kwarteng, Lakeshore Transit',
      '',
      'Kept by: Bo Lindgren (metro desk)',
      '',
      '| Date | Question | Answer |',
      '|------|----------|--------|',
      '| 2021-08-30 | Will fares rise? | Not this year. |',
      '| 2022-02-11 | And next year? | By ten cents, on the buses only. |',
      '',
    ].join('\n');
    const l = loadCorpus(tempCorpus({ 'kwarteng.md': log })).records.filter((r) => r.type === 'qa');
    expect(l.map((r) => [r.line, r.speaker, r.asker, r.year, r.date, r.question])).toEqual([
      [7, 'Ada Kwarteng', 'Bo Lindgren', 2021, '2021-08-30', 'Will fares rise?'],
      [8, 'Ada Kwarteng', 'Bo Lindgren', 2022, '2022-02-11', 'And next year?'],
    ]);
    const csv_qa = c.records.filter((r) => r.doc.startsWith('ward-log') && r.type === 'qa');
    expect(csv_qa.map((r) => [r.line, r.asker, r.year, r.topics])).toEqual([
      [2, 'Ines Varga', 2018, []],
      [3, 'Ines Varga', 2020, []],
    ]);
  });
});
