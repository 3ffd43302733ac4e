/**
 * Written pieces probe47-b left (fix60-b):
 *  - an interview log kept as a table (`| Date | Question | Answer |`, a CSV `date,interviewer,…`)
 *    whose rows differ in date: each row's date cell is its records' date and year (it was null, the
 *    cell a topic); the person the title names after its dash answers, a "Kept by:" field asks;
 *  - a timeline (`## 2017` headings, `- **June 2014** —` / `- 2019:` items): every record took the
 *    file name's first year; each entry's records now take the entry's year.
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

describe('a timeline', () => {
  it('dates each entry by its year heading and its led item, not the file name', () => {
    const c = fixtureCorpus(PROBE, ['timeline-harbour-desalination-2014-2024.md']);
    const at = (line: number) => c.records.filter((r) => r.line === line);
    expect(at(9).map((r) => r.year)).toEqual([2014, 2014, 2014]);
    expect(at(15).find((r) => r.type === 'quote')).toMatchObject({ speaker: 'Declan Moyle', year: 2015, text: 'Nobody asked the people who actually work the water' });
    expect(at(20).find((r) => r.type === 'quote')).toMatchObject({ speaker: 'Ruth Okafor', year: 2017 });
    expect(at(24).map((r) => r.year)).toEqual([2019, 2019]);
    expect(at(29).find((r) => r.type === 'quote')).toMatchObject({ speaker: 'Ruth Okafor', year: 2021, text: 'I said no more money, and I was wrong' });
    expect(at(40).find((r) => r.type === 'quote')).toMatchObject({ speaker: 'Colette Brannigan', year: 2024 });
    expect(at(39).find((r) => r.speaker === 'Tom Ashdown')).toMatchObject({ type: 'claim', year: 2024 });
    // the intro and the Sources section are no entry's: the document's year
    expect(at(5).map((r) => r.year)).toEqual([2014, 2014, 2014]);
    expect(at(44).every((r) => r.year === 2014)).toBe(true);
  });

  it('in other words: items led by their dates alone, newest first, under no year heading', () => {
    const text = [
      '# How the Brenner tunnel budget grew',
      '',
      'By Lotte Vermaas, 2024',
      '',
      '- **Autumn 2023** – The ministry puts the total at €11.2 billion. "This is the last revision," says transport minister Karel Dufek.',
      '- March 2016 – Tunnelling starts on the northern section.',
      '- 2008: The treaty is signed; the first estimate is €4.1 billion.',
      '',
      'Figures from the ministry.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'brenner-budget-2024.md': text })).records;
    const quote = records.find((r) => r.type === 'quote')!;
    expect(quote).toMatchObject({ line: 5, speaker: 'Karel Dufek', year: 2023, text: 'This is the last revision' });
    expect(records.filter((r) => r.line === 6).map((r) => [r.type, r.year])).toEqual([['claim', 2016]]);
    expect(records.filter((r) => r.line === 7).every((r) => r.year === 2008)).toBe(true);
    expect(records.find((r) => r.line === 9)!.year).toBe(2024);
    // year headings alone, oldest first, a subheading inside one
    const headed = ['# Club history', '', '## 1998', '', 'The club is founded in a pub.', '', '### Kit', '', 'Green and white hoops.', '', '## 2004', '', 'Promotion to the county league.', ''].join('\n');
    const h = loadCorpus(tempCorpus({ 'club.md': headed })).records;
    expect(h.map((r) => [r.line, r.year])).toEqual([[5, 1998], [9, 1998], [13, 2004]]);
  });
});
