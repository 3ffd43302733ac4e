/**
 * Writing about and by a person, as analysts paste it (probe43-b): an encyclopedia biography,
 * an obituary, a memoir and an oral history, a commencement speech and a keynote, an open letter,
 * a profile and a newsletter issue. Before:
 * - an infobox's birth line ("Born  12 May 1991 (age 33)", "Born<TAB>14 June 1971 (age 53)") was
 *   read as the page's dateline, so every record of the biography was dated to the subject's
 *   birth year, and the name above it was read as the page's byline (the subject its author);
 * - a wiki section named by its years ("2014–2019[edit]") was no heading: a claim of its own, and
 *   the section of the text under it kept the edit link;
 * - a speaker counting off points in a speech transcript ("First: you will be wrong…") opened a
 *   turn of a voice called "First", which took the rest of the speech;
 * - a newsletter's writer named in bold over the day it went out ("**Oliver Strand**" / "Apr 17,
 *   2023") was no byline, so the writer's first-person words were nobody's; its subheads in bold
 *   kept their marks as the section's name ("**On the first price**");
 * - a post signed with its writer's first name ("— Ifeoma") was a voice "Ifeoma", not the writer.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe43', 'b');

describe("an infobox's birth date is the subject's, never the page's", () => {
  it('leaves the pasted biography undated, each record dated by its own years', () => {
    const c = fixtureCorpus(DIR, ['wiki-mobile-hana-kovalenko-athlete.txt']);
    const doc = c.documents.find((d) => d.id === 'wiki-mobile-hana-kovalenko-athlete')!;
    expect(doc.meta.date ?? null).toBeNull();
    const records = c.records.filter((r) => r.doc === doc.id);
    expect(records.filter((r) => r.year === 1991)).toEqual([]);
    expect(records.find((r) => r.line === 31 && r.type === 'quote')).toMatchObject({ speaker: 'Hana Kovalenko', year: 2019 });
  });

  it('in other words: a tab after the key, a death date, a name over the birth line', () => {
    const text = [
      'Edmund Achterberg-Lowe',
      '',
      'Edmund Achterberg-Lowe',
      'Born\t2 February 1948 (age 76)',
      'Utrecht, Netherlands',
      'Occupation\tArchitect',
      '',
      'Edmund Achterberg-Lowe (born 2 February 1948) is a Dutch architect known for the Dordrecht floating school, completed in 2009.[1]',
      '',
      'Career[edit]',
      'He opened his own practice in 1979 and designed more than forty schools.[2] In 2015 he said the floating school was "the only building I would live in".[3]',
      '',
      'Wilhelmina Sarpong',
      '',
      'Wilhelmina Sarpong',
      'Died    30 June 2021 (aged 88)',
      'Kumasi, Ghana',
      '',
      'Wilhelmina Sarpong (1933 – 30 June 2021) was a Ghanaian textile designer.',
    ].join('\n');
    const dir = tempCorpus({ 'achterberg.txt': text.split('\nWilhelmina')[0]!, 'sarpong.txt': 'Wilhelmina' + text.split('\nWilhelmina').slice(1).join('\nWilhelmina') });
    const c = loadCorpus(dir);
    for (const d of c.documents) {
      expect(d.meta.date ?? null).toBeNull();
      expect(d.meta.author ?? null).toBeNull();
    }
    // Nobody wrote the page: its narration is nobody's, not the subject's (the name over the birth line is no byline).
    const narration = c.records.find((r) => r.doc === 'achterberg' && r.text.startsWith('He opened his own practice'))!;
    expect(narration).toMatchObject({ type: 'claim', speaker: null, section: 'Career', line: 11 });
    // (the words "he said" quotes are the subject's own: the page is about him, and no one else is near)
    expect(c.records.find((r) => r.doc === 'achterberg' && r.type === 'quote')).toMatchObject({ speaker: 'Edmund Achterberg-Lowe', text: 'the only building I would live in', line: 11 });
    expect(c.records.filter((r) => r.year === 1948 || r.year === 2021)).toEqual([]);
  });
});

describe('a wiki section named by its years', () => {
  it('heads the text under it, its edit link no part of the section', () => {
    const c = fixtureCorpus(DIR, ['wiki-mobile-hana-kovalenko-athlete.txt']);
    const records = c.records.filter((r) => r.doc === 'wiki-mobile-hana-kovalenko-athlete');
    expect(records.filter((r) => r.line === 29).map((r) => r.section)).toEqual(['2014–2019', '2014–2019']);
    expect(records.filter((r) => r.line === 34).map((r) => r.section)).toEqual(['2020–present', '2020–present']);
    expect(records.filter((r) => r.text === '2014–2019' || r.section?.includes('[edit]'))).toEqual([]);
  });

  it('in other words: a single year and a span with a slash', () => {
    const text = [
      'Rosalind Fairweather',
      'From Wikipedia, the free encyclopedia',
      '',
      'Rosalind Fairweather (born 1972) is a Scottish sailor.[1]',
      '',
      'Racing career[edit]',
      '2008[edit]',
      'Fairweather finished fourth in the Fastnet race in 2008, her first ocean race.[2]',
      '',
      '2011/12[edit]',
      'She skippered the yacht Kittiwake around the world in the 2011 season and won two legs.[3]',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'fairweather.txt': text }));
    const section = (words: string) => c.records.find((r) => r.text.includes(words))?.section;
    expect(section('Fastnet race')).toBe('2008');
    expect(section('Kittiwake')).toBe('2011/12');
    expect(c.records.filter((r) => r.text === '2008' || r.text === '2011/12')).toEqual([]);
  });
});

describe("a speech's ordinal before a colon is no voice", () => {
  it('keeps the commencement speech its speaker’s, from "First:" to the end', () => {
    const c = fixtureCorpus(DIR, ['commencement-dr-ruth-abernathy-2023.txt']);
    const records = c.records.filter((r) => r.doc === 'commencement-dr-ruth-abernathy-2023');
    expect(records.filter((r) => r.speaker === 'First')).toEqual([]);
    for (const line of [34, 36, 38, 42, 46, 48]) expect(records.filter((r) => r.line === line).map((r) => r.speaker)).toContain('Ruth Abernathy');
    expect(records.find((r) => r.line === 34)!.text).toMatch(/^First: you will be wrong/);
    const doc = c.documents.find((d) => d.id === 'commencement-dr-ruth-abernathy-2023')!;
    expect(doc.ok).toBe(true);
  });

  it('in other words: "Secondly:" and "Finally:" inside a keynote in capitals labels', () => {
    const text = [
      'Opening keynote — Harbourline Logistics Summit',
      'Rotterdam, 4 June 2024',
      '',
      'CHAIR KOEN VISSER: Our first speaker needs no introduction. Ingrid Solheim-Barre.',
      '',
      'INGRID SOLHEIM-BARRE: Thank you, Koen. I have two points and a confession.',
      '',
      'Firstly: ports are software companies now, whether they like it or not. We cut berth waiting times by a third in 2023.',
      '',
      'Secondly: nobody has solved the night shift. Our crane operators still quit at twice the daytime rate.',
      '',
      'Finally: the confession. I have never driven a straddle carrier, and I am not allowed to.',
      '',
      'CHAIR KOEN VISSER: Thank you, Ingrid.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'keynote.txt': text }));
    const speakerOf = (words: string) => c.records.find((r) => r.text.includes(words))?.speaker;
    expect(speakerOf('ports are software companies')).toBe('Ingrid Solheim-Barre');
    expect(speakerOf('nobody has solved the night shift')).toBe('Ingrid Solheim-Barre');
    expect(speakerOf('never driven a straddle carrier')).toBe('Ingrid Solheim-Barre');
    expect(c.records.filter((r) => /^(?:Firstly|Secondly|Finally)$/.test(r.speaker ?? ''))).toEqual([]);
  });
});

describe("a newsletter's writer in bold over the day, its bold subheads, a first-name sign-off", () => {
  it('gives the issue its writer, the subheads their words, the sign-off the writer', () => {
    const c = fixtureCorpus(DIR, ['newsletter-the-margin-issue-112.md', 'open-letter-kestrel-founder-blog.md']);
    const doc = c.documents.find((d) => d.id === 'newsletter-the-margin-issue-112')!;
    expect(doc.meta.author).toBe('Oliver Strand');
    const records = c.records.filter((r) => r.doc === doc.id);
    expect(records.find((r) => r.text.startsWith("I'm still answering your emails"))).toMatchObject({ type: 'claim', speaker: 'Oliver Strand', line: 14 });
    expect(records.filter((r) => r.line === 24).map((r) => [r.type, r.speaker, r.section])).toEqual([['quote', 'Priya Raman', 'On the first price']]);
    expect(records.filter((r) => r.section?.includes('**'))).toEqual([]);
    expect(records.find((r) => r.line === 50)).toMatchObject({ type: 'quote', speaker: 'Oliver Strand' });
    const letter = c.records.find((r) => r.doc === 'open-letter-kestrel-founder-blog' && r.line === 35)!;
    expect(letter).toMatchObject({ speaker: 'Ifeoma Adaralegbe', text: "I'll see you at the depot." });
  });

  it('in other words: another issue, another writer and sign-off', () => {
    const text = [
      '# Tidewater Notes — No. 41: the ferry timetable nobody reads',
      '',
      '[Subscribe](https://tidewater.example.com/subscribe)',
      '',
      '**Marguerite Lindqvist**',
      'Nov 3, 2021',
      '',
      'Hello again,',
      '',
      'I spent last Tuesday on the 6:40 ferry to Brannock with a stopwatch. It left nine minutes late, as it has on 31 of the last 40 mornings.',
      '',
      '**What the operator says**',
      '',
      'The operator told me the delays were "within the contractual window", which runs to fifteen minutes.',
      '',
      'See you on the water.',
      '',
      '— Marguerite',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'tidewater-41.md': text }));
    expect(c.documents[0]!.meta.author).toBe('Marguerite Lindqvist');
    const speakerOf = (words: string) => c.records.find((r) => r.text.includes(words));
    expect(speakerOf('with a stopwatch')).toMatchObject({ speaker: 'Marguerite Lindqvist', line: 10 });
    expect(speakerOf('contractual window')?.section).toBe('What the operator says');
    expect(speakerOf('See you on the water')?.speaker).toBe('Marguerite Lindqvist');
    expect(c.records.filter((r) => r.speaker === 'Marguerite' || r.section?.includes('**'))).toEqual([]);
  });
});
