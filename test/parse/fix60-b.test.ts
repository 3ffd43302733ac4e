/**
 * Written pieces probe47-b left (fix60-b):
 *  - an interview log kept as a table (`| Date | Question | Answer |`, a CSV `date,interviewer,…`)
 *    whose rows differ in date: each row's date cell is its records' date and year (it was null, the
 *    cell a topic); the person the title names after its dash answers, a "Kept by:" field asks;
 *  - a timeline (`## 2017` headings, `- **June 2014** —` / `- 2019:` items): every record took the
 *    file name's first year; each entry's records now take the entry's year;
 *  - an obituary's `Dolores Ferry, who …, said he checked …. "…," she said`: the "he" of her reported
 *    clause (the man the paragraph named) made her a man, and the quote went to the woman named above;
 *  - a quote collection's capitalised nameless source (`— Ledgerline all-hands, leaked memo, 2016`);
 *  - `Oduya said the authority expects to …`: a reported clause whose verb is no auxiliary;
 *  - a newsletter's italic standfirst ending on its day (`*… climate adaptation. 9 October 2024.*`).
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

describe('a reported clause\'s pronoun that is someone else\'s', () => {
  it('leaves the speaker a woman, so her "she said" is hers (the obituary)', () => {
    const c = fixtureCorpus(PROBE, ['obituary-kestrel-brothers-harlan.txt']);
    const q = c.records.find((r) => r.line === 23 && r.type === 'quote')!;
    expect(q).toMatchObject({ speaker: 'Dolores Ferry', text: 'He knew what a board of cypress cost in 1965 and he knew what it cost last week' });
    // the brothers' quotes stay theirs
    expect(c.records.filter((r) => r.type === 'quote' && [13, 19, 29].includes(r.line)).map((r) => r.speaker)).toEqual(['Eugene Harlan', 'Walter Harlan', 'Eugene Harlan']);
  });

  it('in other words: a coach, a physio reporting on him, his niece named the paragraph before', () => {
    const text = [
      'KILLARNEY — Brendan Mullery, who coached Ashgrove Rovers for 31 seasons, died on Tuesday. He was 79.',
      '',
      'He took over the club in 1974. "We had eleven shirts and no ball," he said in 2004.',
      '',
      "The club grew through the 1990s. Mullery hired his niece, Niamh Mullery, as the first women's coach in 1996.",
      '',
      'Players remembered Mullery as strict. Aoife Brannock, the club physiotherapist from 1985 to 2012, said he weighed every player himself on Mondays. "He could tell you a midfielder\'s weight to the ounce," she said.',
      '',
    ].join('\n');
    const quotes = loadCorpus(tempCorpus({ 'mullery.txt': text })).records.filter((r) => r.type === 'quote');
    expect(quotes.map((r) => [r.line, r.speaker])).toEqual([
      [3, 'Brendan Mullery'],
      [7, 'Aoife Brannock'],
    ]);
    expect(quotes[1]!.text).toBe("He could tell you a midfielder's weight to the ounce");
  });
});

describe('smaller gaps', () => {
  it('a capitalised nameless source line is the collection\'s subject\'s (the listicle\'s item 5)', () => {
    const c = fixtureCorpus(PROBE, ['listicle-oyelaran-hiring-quotes.md']);
    const q = c.records.find((r) => r.line === 31)!;
    expect(q).toMatchObject({ type: 'quote', speaker: 'Dana Oyelaran', year: 2016, section: '5. On titles', text: 'Give people small titles and big jobs. It is much easier to grow a title than to shrink one.' });
    expect(c.records.filter((r) => r.line === 33)).toEqual([]);
    // in other words: a university's speech, under a title of another count
    const text = ['# 5 things Ruth Abernathy has said about failure', '', '### 1. On exams', '', '> "Nobody remembers your grades. They remember whether you came back."', '', '— Harvard commencement speech, 2021', '', '### 2. On money', '', '> "Run out of ideas before you run out of cash."', '', '— Mark Chen, her co-founder, 2019', ''].join('\n');
    const records = loadCorpus(tempCorpus({ 'abernathy.md': text })).records;
    expect(records.find((r) => r.line === 5)).toMatchObject({ type: 'quote', speaker: 'Ruth Abernathy', year: 2021, text: 'Nobody remembers your grades. They remember whether you came back.' });
    // a source that names someone else is no nameless source
    expect(records.find((r) => r.line === 11)!.speaker).not.toBe('Ruth Abernathy');
  });

  it('"NAME said the body expects to …" is NAME\'s claim (the press release)', () => {
    const c = fixtureCorpus(PROBE, ['press-release-verdance-grid-2025.txt']);
    expect(c.records.filter((r) => r.line === 20).map((r) => [r.type, r.speaker])).toEqual([
      ['claim', 'Marcus Oduya'],
      ['claim', 'Helena Voss'],
    ]);
    const text = ['Harbour board approves budget', '', '"We listened to the fishermen," said Ingrid Solberg, chair of the Harbour Board.', '', 'Solberg said the board plans to dredge the channel in spring. The work will take six weeks.', ''].join('\n');
    const records = loadCorpus(tempCorpus({ 'harbour.txt': text })).records;
    expect(records.find((r) => r.line === 5 && r.text.startsWith('Solberg said'))).toMatchObject({ type: 'claim', speaker: 'Ingrid Solberg' });
  });

  it('an italic standfirst ending on its day dates the newsletter', () => {
    const c = fixtureCorpus(PROBE, ['newsletter-the-tideline-issue-58.md', 'listicle-oyelaran-hiring-quotes.md']);
    const doc = (id: string) => c.documents.find((d) => d.id === id)!.meta;
    expect(doc('newsletter-the-tideline-issue-58')).toMatchObject({ date: '2024-10-09', year: 2024 });
    expect(doc('listicle-oyelaran-hiring-quotes')).toMatchObject({ date: '2025-03-04', year: 2025 });
    expect(c.records.find((r) => r.line === 13 && r.doc === 'newsletter-the-tideline-issue-58')).toMatchObject({ speaker: 'Pieter van Dalen', year: 2024 });
    const text = ['# Fieldnotes, No. 12', '', '_Letters from a hill farm in Powys. Sent 3 February 2022._', '', 'The lambs came early this year.', ''].join('\n');
    const records = loadCorpus(tempCorpus({ 'fieldnotes.md': text })).records;
    expect(records.find((r) => r.line === 5)).toMatchObject({ year: 2022, date: '2022-02-03' });
  });
});
