/**
 * When quoted words were said, and a biography's sources, fix89-b: a frame's year before 1900 ("told a
 * reporter in 1889") dates the words; words framed as written ("…," she wrote) take the year of the
 * dated written source ("A 1924 letter …", "In a letter of 12 June 1914") named before them; front
 * matter without a date leaves an excerpt's credit line to give its book's year.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; year: number | null; text: string };
const DIR = join(FIXTURES, 'probe89', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('the year quoted words were said, from their frame', () => {
  it('reads a year before 1900 in the frame ("told a reporter in 1889")', () => {
    const records = fixtureCorpus(DIR, ['museum-wall-text.txt']).records as Rec[];
    expect(at(records, 35, 'quote')).toMatchObject({ speaker: 'Thomas Breck', year: 1889 });
    // the document's own year stays with the unframed narration
    expect(at(records, 33)?.year).toBe(2022);
  });

  it('dates words framed as written by the written source the frame dates ("In a letter of 12 June 1914 he wrote")', () => {
    const records = fixtureCorpus(DIR, ['museum-wall-text.txt']).records as Rec[];
    expect(at(records, 49, 'quote')).toMatchObject({ speaker: 'Walter Ness', year: 1914 });
  });

  it('dates "…," she wrote. by the one dated letter or diary the sentence before it names', () => {
    const records = fixtureCorpus(DIR, ['newspaper-history-feature.txt']).records as Rec[];
    expect(at(records, 34, 'quote')).toMatchObject({ speaker: 'Ada Fenwick', year: 1924 });
    // "…," she said. after a sentence with no saying keeps the document's year
    expect(at(records, 38, 'quote')?.year).toBe(2024);
  });

  it('in other words: a diary dated by its year; spoken words and undated sources keep the document year', () => {
    const doc = [
      'Published March 3, 2020',
      '',
      'Her 1931 diary is kept at the county library. "Nothing grows in this dust," she wrote.',
      '',
      'A 1931 letter from the bank set out the terms. "We will not wait," the manager said.',
      '',
      'A letter from her brother arrived that spring. "Come home," he wrote.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'dust-bowl.txt': doc })).records as Rec[];
    expect(got.find((r) => r.type === 'quote' && r.text.startsWith('Nothing grows'))?.year).toBe(1931);
    expect(got.find((r) => r.type === 'quote' && r.text.startsWith('We will not'))?.year).toBe(2020);
    expect(got.find((r) => r.type === 'quote' && r.text.startsWith('Come home'))?.year).toBe(2020);
  });
});

describe("a book's excerpt whose front matter gives no date", () => {
  it("takes its book's year from the italic credit line under the title", () => {
    const corpus = fixtureCorpus(DIR, ['biography-excerpt.md']);
    expect(corpus.documents[0]!.meta.year).toBe(2021);
    expect(corpus.documents[0]!.meta.date).toBeNull();
    expect(at(corpus.records as Rec[], 10)?.year).toBe(2021);
  });

  it('front matter that gives a year keeps it', () => {
    const doc = ['---', 'title: "Chapter 2"', 'author: Ann Lee', 'year: 2023', '---', '', '*From* Salt Roads, *by Ann Lee (Heron Books, 2019)*', '', 'The boats left at dawn.', ''].join('\n');
    const corpus = loadCorpus(tempCorpus({ 'chapter.md': doc }));
    expect(corpus.documents[0]!.meta.year).toBe(2023);
  });
});

describe('an organisation named after a phrase of time', () => {
  it('speaks as itself: "In 1823 the Kelburn Courier complained that …" is the Kelburn Courier, not "courier"', () => {
    const records = fixtureCorpus(DIR, ['museum-wall-text.txt']).records as Rec[];
    expect(at(records, 21, 'quote')?.speaker).toBe('the Kelburn Courier');
  });

  it('"In 1823 … complained that "…"": the year opening the frame dates the words, as "In 2015 she said" does', () => {
    const records = fixtureCorpus(DIR, ['museum-wall-text.txt']).records as Rec[];
    expect(at(records, 21, 'quote')?.year).toBe(1823);
    // the sentence before it in the paragraph keeps the document's year
    expect(at(records, 21, 'claim')?.year).toBe(2022);
  });

  it('in other words: as the same sentence reads without the phrase', () => {
    const doc = [
      'Notes on the mill',
      '',
      'In 2021 the Financial Stability Board warned that banks "must prepare now."',
      '',
      'In 1901 the Dunmore Gazette complained that the mill "will close by spring."',
      '',
      'In 1999 the baker said "we close at noon."',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'mill-notes.txt': doc })).records as Rec[];
    expect(at(got, 3, 'quote')?.speaker).toBe('the Financial Stability Board');
    expect(at(got, 5, 'quote')?.speaker).toBe('the Dunmore Gazette');
    expect(at(got, 7, 'quote')?.speaker).toBe('the baker');
  });
});
