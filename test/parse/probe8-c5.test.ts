/**
 * Misreads reviewer probe8 found in its "semi-structured" folder (c5), and a UX reviewer's note
 * of the same shape, copied into test/fixtures/probe8/c5, and beside each a small text of our own
 * in other words, so each test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe8', 'c5');

const probeCorpus = (): Corpus => fixtureCorpus(DIR);
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);

describe('a title that opens on the one guest (probe8 finding 32, ux8 Tom Hale)', () => {
  it('credits the guest a title opens with as the answerer of label-less Q&A', () => {
    const c = probeCorpus();
    for (const [doc, guest] of [
      ['interview-em-dash-mira-solberg', 'Mira Solberg'], // `Name: "quote"` title, `— ` turns
      ['italic-questions-kofi-mensah', 'Kofi Mensah'], // `Name on …` title, italic questions
      ['interview-tom-hale', 'Tom Hale'], // `Name, role — …` title, Q:/A:
    ] as const) {
      const qa = recs(c, doc).filter((r) => r.type === 'qa');
      expect(qa.length, doc).toBeGreaterThanOrEqual(3);
      expect(qa.every((r) => r.speaker === guest), doc).toBe(true);
    }
  });

  it('reads the shape in other words, and names nobody from a title that opens on a place or a firm', () => {
    const qa = 'Q: What changed?\nA: Everything changed after the flood.\n\nQ: And now?\nA: We rebuild.\n';
    const c = loadCorpus(
      tempCorpus({
        'a.txt': `Greta Lindqvist, retired ferry pilot, at home in Visby\n\n${qa}`,
        'b.txt': `Kumasi Market, a place of traders — notes from March\n\n${qa}`,
        'c.txt': `Harlow Capital on the flood\n\n${qa}`,
      }),
    );
    const speakers = (doc: string) => [...new Set(recs(c, doc).filter((r) => r.type === 'qa').map((r) => r.speaker))];
    expect(speakers('a')).toEqual(['Greta Lindqvist']);
    expect(speakers('b')).toEqual([null]);
    expect(speakers('c')).toEqual([null]);
  });
});

describe('questions listed first, answers under the same numbers (probe8 finding 31)', () => {
  it("pairs question N with answer N, the header's interviewee answering and its interviewer asking", () => {
    const qa = recs(probeCorpus(), 'email-interview-cz-questions-then-answers').filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(5);
    expect(qa.every((r) => r.speaker === 'CZ' && r.asker === 'Asia Fintech Review')).toBe(true);
    expect(qa[1]!.question).toContain('How many people does Binance employ');
    expect(qa[1]!.text).toContain('8,000 people');
    expect(qa[4]!.text).toContain('I hope it looks boring');
  });

  it('reads the shape in other words, and leaves a numbered list of answers without questions alone', () => {
    const c = loadCorpus(
      tempCorpus({
        'q.txt': [
          'An interview with Ruth Okafor, head teacher',
          'Conducted by post by the Valley Gazette',
          '',
          '1) Why did you close the library?',
          '2) Will it reopen?',
          '',
          'Her replies',
          '',
          '1) We had no money for heating. The roof leaked in two places.',
          '',
          '2) Next spring, if the council keeps its word.',
        ].join('\n'),
        'list.txt': 'Steps we took\n\nWe did three things.\n\n1. Closed the library.\n\n2. Sold the bus.\n\n1. Opened the hall.\n\n2. Hired a cook.\n',
      }),
    );
    const qa = recs(c, 'q').filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.asker])).toEqual([
      ['Ruth Okafor', 'Valley Gazette'],
      ['Ruth Okafor', 'Valley Gazette'],
    ]);
    expect(qa[0]!.question).toBe('Why did you close the library?');
    expect(qa[1]!.text).toContain('Next spring');
    expect(recs(c, 'list').some((r) => r.type === 'qa')).toBe(false);
  });
});

describe('a survey export with coded questions (probe8 finding 33)', () => {
  it("reads each coded answer as a qa with the code's question, no code a speaker", () => {
    const doc = recs(probeCorpus(), 'survey-responses-binance-users-2022');
    expect(doc.some((r) => r.speaker !== null && /^Q\d$/.test(r.speaker))).toBe(false);
    const first = doc.find((r) => r.type === 'qa' && r.text === '2017, from the first month');
    expect(first?.question).toBe('How long have you used Binance?');
    expect(first?.section).toBe('Response #0512');
    expect(doc.some((r) => /Response #/.test(r.text))).toBe(false);
    expect(doc.some((r) => r.text === '-' || r.text === '(no answer)')).toBe(false);
    expect(doc.filter((r) => r.type === 'qa')).toHaveLength(16);
  });

  it('reads the shape in other words', () => {
    const text = [
      'Staff feedback 2021',
      '',
      'Q1. What should we keep?',
      'Q2. What should we stop?',
      '',
      'Respondent 4',
      'Q1: The Friday demos.',
      'Q2: n/a',
      '',
      'Respondent 9',
      'Q1: Remote Mondays.',
      'Q2: Meetings before ten.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'feedback.txt': text }));
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.question, r.text, r.speaker])).toEqual([
      ['What should we keep?', 'The Friday demos.', null],
      ['What should we keep?', 'Remote Mondays.', null],
      ['What should we stop?', 'Meetings before ten.', null],
    ]);
  });
});

describe('a quotes table with a date per row (probe8 findings 34, 35)', () => {
  it("dates each row by its date cell, keeps rows of one speaker apart, and keeps the speaker cell's words", () => {
    const doc = recs(probeCorpus(), 'binance-exec-quotes-2019-2024');
    expect(doc.map((r) => r.year)).toEqual([2019, 2019, 2020, 2021, 2022, 2023, 2024, 2024]);
    expect(doc.find((r) => r.text === 'Funds are SAFU.')?.speaker).toBe('CZ');
    expect(doc[0]!.topics).toContain('Changpeng Zhao');
  });

  it('reads the shape in other words', () => {
    const csv = 'Date,Name,Statement\n2011-03-02,Lena,"The bridge opens in May."\n2013-07-09,Lena,"The bridge is late."\n';
    const c = loadCorpus(tempCorpus({ 'speakers.yml': 'Lena Fischer:\n  aliases: [Lena]\n', 'bridge-quotes.csv': csv }));
    const q = c.records.filter((r) => r.doc === 'bridge-quotes');
    expect(q.map((r) => [r.speaker, r.year, r.text])).toEqual([
      ['Lena Fischer', 2011, 'The bridge opens in May.'],
      ['Lena Fischer', 2013, 'The bridge is late.'],
    ]);
    expect(q[0]!.topics).toContain('Lena');
  });
});

describe('a Markdown table of who said what (probe8 finding 36)', () => {
  it('reads each row as a quote by its Speaker cell, dated by its Date cell', () => {
    const q = recs(probeCorpus(), 'quotes-table-heyi').filter((r) => r.type === 'quote');
    expect(q.map((r) => [r.speaker, r.year])).toEqual([
      ['He Yi', 2018],
      ['He Yi', 2019],
      ['He Yi', 2021],
      ['He Yi', 2022],
      ['He Yi', 2023],
      ['CZ', 2024],
    ]);
    expect(q[0]!.text).toBe('We want to be the infrastructure of the crypto world.');
    expect(q[0]!.topics).toContain('Bloomberg');
  });

  it('reads the shape in other words, and leaves a table of other columns as rows', () => {
    const text = [
      '# Harbour voices',
      '',
      '| When | Who | Statement |',
      '|---|---|---|',
      '| 2016-05-01 | Ana Ruiz | "The cranes stay." |',
      '',
      '| Player | Notes |',
      '|---|---|',
      '| Ana Ruiz | Left-footed, fast. |',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'voices.md': text }));
    const q = c.records.filter((r) => r.type === 'quote');
    expect(q.map((r) => [r.speaker, r.text])).toEqual([['Ana Ruiz', 'The cranes stay.']]);
    expect(c.records.some((r) => r.type === 'claim' && r.text.includes('Left-footed'))).toBe(true);
  });
});

describe('a paragraph wholly in italics (probe8 finding 37)', () => {
  it('keeps no emphasis marks on the sentences of an italic standfirst', () => {
    const doc = recs(probeCorpus(), 'italic-questions-kofi-mensah');
    expect(doc.some((r) => r.text === 'We spoke in November 2023.')).toBe(true);
    expect(doc.some((r) => r.text.includes('*'))).toBe(false);
  });

  it('reads the shape in other words', () => {
    const c = loadCorpus(tempCorpus({ 'mill.md': '# The mill\n\n**The old mill closed its doors in 1990. A cooperative reopened it in 2004.**\n\nNobody expected that.\n' }));
    expect(c.records.map((r) => r.text)).toContain('A cooperative reopened it in 2004.');
    expect(c.records.some((r) => r.text.includes('*'))).toBe(false);
  });
});
