/**
 * Three ways of writing common in American news and web Q&As: a claim reported with the day bare
 * after the verb ("…, Mayor Dana Whitfield announced Monday."), a byline whose desk is in lower
 * case or is the paper ("By Hannah Okoye, City Hall reporter", "By Hannah Okoye, The Tribune"), and
 * a Q&A whose questions are Markdown headings under a standfirst naming who asked ("She spoke to
 * **Ravi Menon** about …").
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; text: string };
const DIR = join(FIXTURES, 'unseen');

describe('a news story with the day after the verb and the desk in lower case', () => {
  const corpus = fixtureCorpus(DIR, ['tram-depot-sale-2022.txt']);
  const records = corpus.records as Rec[];

  it('reads the byline and the date under it', () => {
    const meta = corpus.documents.find((d) => d.id === 'tram-depot-sale-2022')!.meta;
    expect([meta.author, meta.date]).toEqual(['Hannah Okoye', '2022-10-03']);
  });

  it('credits the claim reported "…, Mayor Dana Whitfield announced Monday." to her', () => {
    expect(records.find((r) => r.line === 6)).toMatchObject({ type: 'claim', speaker: 'Dana Whitfield' });
    expect(records.find((r) => r.line === 20)).toMatchObject({ type: 'claim', speaker: 'Hannah Okoye' });
  });

  const story = (byline: string, sentence: string) =>
    loadCorpus(tempCorpus({ 'depot.txt': ['Depot sale', '', byline, 'March 3, 2021', '', sentence, '', 'The council votes in April.', ''].join('\n') }));

  it('in other words: other days and parts of the day; unnamed officials stay nobody\'s', () => {
    expect(story('By Sam Hale', 'The depot will be sold by June, Whitfield said Tuesday night.').records[0]).toMatchObject({ speaker: 'Whitfield' });
    expect(story('By Sam Hale', 'The depot will be sold by June, Councilmember Ray Esposito said Friday.').records[0]).toMatchObject({ speaker: 'Ray Esposito' });
    expect(story('By Sam Hale', 'The depot will be sold by June, officials said Monday.').records[0]!.speaker).toBeNull();
    expect(story('By Sam Hale', 'The depot will be sold on Monday.').records[0]!.speaker).toBe('Sam Hale');
  });

  it('in other words: bylines with a desk in lower case or the paper', () => {
    expect(story('By Sam Hale, staff writer', 'The depot will be sold by June.').documents[0]!.meta.author).toBe('Sam Hale');
    expect(story('By Sam Hale, senior business reporter', 'The depot will be sold by June.').documents[0]!.meta.author).toBe('Sam Hale');
    expect(story('By Sam Hale, The Tribune', 'The depot will be sold by June.').documents[0]!.meta.author).toBe('Sam Hale');
    // two writers, the second no desk: no one author
    expect(story('By Sam Hale, Ray Pike', 'The depot will be sold by June.').documents[0]!.meta.author).not.toBe('Sam Hale');
  });
});

describe('a Markdown Q&A: questions as headings, the asker in the standfirst', () => {
  const records = fixtureCorpus(DIR, ['night-trains-vogt-qa.md']).records as Rec[];

  it('gives every answer to the guest, asked by the interviewer the standfirst names', () => {
    const answers = records.filter((r) => r.type === 'qa');
    expect(answers).toHaveLength(3);
    for (const a of answers) expect(a).toMatchObject({ speaker: 'Lena Vogt', asker: 'Ravi Menon' });
  });

  it('in other words: bold questions, a plain standfirst; a news story\'s "spoke to reporters" names no asker', () => {
    const qa = (intro: string, question: string) =>
      loadCorpus(tempCorpus({ 'qa.txt': ['Ten minutes with a baker', '', intro, '', question, '', 'Since 2009, when I bought the ovens.', '', '**What comes next?**', '', 'A second shop, in 2025.', ''].join('\n') })).records.filter((r) => r.type === 'qa');
    expect(qa('Mina Castell runs Crumb & Co. She talked with Owen Pryce about ovens.', '**How long have you baked here?**')[0]).toMatchObject({ speaker: 'Mina Castell', asker: 'Owen Pryce' });
    expect(qa('Mina Castell runs Crumb & Co. She spoke to reporters about ovens.', '**How long have you baked here?**')[0]?.asker ?? null).not.toBe('Owen Pryce');
  });
});

describe('a press release: its notice over the title, its subhead, then the dateline', () => {
  it('reads the day from the dateline under the subhead ("AUSTIN, Texas, April 9, 2024 /PRNewswire/ --")', () => {
    const corpus = fixtureCorpus(DIR, ['brightwater-series-b-release-2024.txt']);
    expect(corpus.documents[0]!.meta.date).toBe('2024-04-09');
    expect(new Set(corpus.records.map((r) => r.year))).toEqual(new Set([2024]));
  });
});

describe('a Markdown section heading right under the byline', () => {
  it('heads its section, without its marks, and is nobody\'s claim', () => {
    const text = ['# Northern Rail strike', '', 'By Owen Pryce, transport correspondent, 3 March 2025', '', '## Background', '', 'The union says pay has fallen 9% behind inflation since 2021.', '', '## Why now?', '', 'Talks broke down last week.', ''].join('\n');
    const records = loadCorpus(tempCorpus({ 'rail.md': text })).records;
    expect(records.map((r) => [r.line, r.section])).toEqual([[7, 'Background'], [11, 'Why now?']]);
    expect(records.some((r) => r.text.includes('##'))).toBe(false);
  });
});

describe('a wire byline: the name in capitals, then the outlet', () => {
  it('names the writer alone ("By JESSE BEDAYN Associated Press" is Jesse Bedayn)', () => {
    const corpus = fixtureCorpus(DIR, ['ap-wolf-releases-2024.txt']);
    expect(corpus.documents[0]!.meta.author).toBe('Jesse Bedayn');
    expect(corpus.records.find((r) => r.line === 4)).toMatchObject({ type: 'claim', speaker: 'Jesse Bedayn' });
    expect(corpus.records.find((r) => r.line === 6)).toMatchObject({ type: 'quote', speaker: 'Jeff Davis' });
  });

  it('in other words; a name in capitals alone, or a byline in title case, is read as before', () => {
    const story = (byline: string) => loadCorpus(tempCorpus({ 'w.txt': ['Wolves released', '', byline, 'March 3, 2024', '', 'Five wolves were released on Friday, officials confirmed.', ''].join('\n') })).documents[0]!.meta.author;
    expect(story('By MARIA OLSEN Reuters')).toBe('Maria Olsen');
    expect(story('By KERRY MALONE')).toBe('Kerry Malone');
    expect(story('By Sam Hale')).toBe('Sam Hale');
  });
});
