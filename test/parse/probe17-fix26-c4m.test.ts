/**
 * Long-form narrative nonfiction, its metadata and its book furniture (test/fixtures/probe17/c4,
 * findings 19, 20, 23, 27): each rule is also tested on a small text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const c4 = fixtureCorpus(join(FIXTURES, 'probe17', 'c4'));
const meta = (id: string) => c4.documents.find((d) => d.id === id)!.meta;

describe('a dateline under a byline that carries credits (probe17 c4 finding 20)', () => {
  it('"By NAME | Photographs by NAME" over "Published March 14, 2023" dates the document', () => {
    const m = meta('profile-the-quiet-auditor');
    expect([m.date, m.year]).toEqual(['2023-03-14', 2023]);
    expect(recordsOf(c4, 'profile-the-quiet-auditor').find((r) => r.line === 10)?.year).toBe(2023);
  });

  it('in other words: a byline with an illustrator, "Posted June 9, 2024" under it', () => {
    const text = [
      'Harbour Notes',
      '',
      'A ferry crew of six keeps the island supplied with food, fuel and post through the worst winter anyone there can remember.',
      '',
      'By Kerstin Albrecht · Illustrations by Paulo Matos',
      'Posted June 9, 2024',
      '',
      'The first boat leaves before dawn, and the captain, who has done the run for twenty years, says the sea has never been this rough.',
      '',
    ].join('\n');
    const m = loadCorpus(tempCorpus({ 'ferry.txt': text })).documents[0]!.meta;
    expect([m.date, m.author]).toEqual(['2024-06-09', 'Kerstin Albrecht']);
  });
});

describe('a section kicker in capitals over the headline (probe17 c4 finding 19)', () => {
  it('the headline under "THE LONG READ", "INVESTIGATIONS", "OBITUARIES" is the title', () => {
    expect(meta('profile-the-quiet-auditor').title).toBe('The Quiet Auditor');
    expect(meta('investigation-the-offshore-years').title).toBe('The Offshore Years: How Binance Outran Its Regulators');
    expect(meta('obituary-walter-prentiss').title).toMatch(/^Walter Prentiss, Who Taught .* Dies at 88$/);
    // The headline is the title, not a section heading nor a claim of the article.
    const profile = recordsOf(c4, 'profile-the-quiet-auditor');
    expect(profile.every((r) => r.section === null)).toBe(true);
    expect(recordsOf(c4, 'investigation-the-offshore-years').some((r) => r.text.startsWith('The Offshore Years'))).toBe(false);
  });

  it('in other words: "FEATURES" over a headline and its standfirst; a title in capitals over capitals stays', () => {
    const text = [
      'FEATURES',
      '',
      'The Last Lighthouse Keeper on the North Coast',
      'After forty years, the lamp is automatic and the keeper is moving inland',
      '',
      'By Ruth Ansel',
      '',
      'Tomas Berg climbs the ninety steps every evening, though the light no longer needs him. He has kept the log since 1984.',
      '',
    ].join('\n');
    const m = loadCorpus(tempCorpus({ 'keeper.txt': text })).documents[0]!.meta;
    expect(m.title).toBe('The Last Lighthouse Keeper on the North Coast');
    const cover = ['ANNUAL REPORT', '', 'NORTHERN FERRY COMPANY', '', 'The company carried more passengers in 2023 than in any year before. Its fleet grew by two boats.', ''].join('\n');
    expect(loadCorpus(tempCorpus({ 'report.txt': cover })).documents[0]!.meta.title).toBe('ANNUAL REPORT');
  });
});

describe("an excerpt's credit line (probe17 c4 findings 19, 20, 23, 27)", () => {
  it('gives the author and the year, is no claim, and titles a kicker-headed excerpt by its book', () => {
    const memoir = meta('memoir-ch3-the-night-bus');
    expect([memoir.title, memoir.author, memoir.year]).toEqual(['Chapter Three: The Night Bus', 'Anna Kowalczyk', 2022]);
    const book = meta('book-excerpt-paper-money');
    expect([book.title, book.author, book.year]).toEqual(['Paper Money, Glass Walls: The Rise and Fall of Meridian Pay', 'Theodora Vance', 2024]);
    expect(recordsOf(c4, 'memoir-ch3-the-night-bus').some((r) => r.line === 3)).toBe(false);
    expect(recordsOf(c4, 'book-excerpt-paper-money').some((r) => r.line === 3)).toBe(false);
    // The narrative is the author's.
    expect(recordsOf(c4, 'memoir-ch3-the-night-bus').find((r) => r.line === 7)?.speaker).toBe('Anna Kowalczyk');
  });

  it('in other words: "_from_ The Salt Road, _by Idris Mensah (Lowland Press, 2019)_"', () => {
    const text = [
      '## Part One: The Caravan',
      '',
      '_from_ The Salt Road, _by Idris Mensah (Lowland Press, 2019)_',
      '',
      'We left the oasis before sunrise. My grandfather walked at the front, and nobody spoke until the dunes had swallowed the palms behind us.',
      '',
    ].join('\n');
    const corpus = loadCorpus(tempCorpus({ 'salt.md': text }));
    const m = corpus.documents[0]!.meta;
    expect([m.title, m.author, m.year]).toEqual(['Part One: The Caravan', 'Idris Mensah', 2019]);
    expect(corpus.records.some((r) => r.text.includes('Lowland Press'))).toBe(false);
    // A sentence that opens with "From" is the text's own.
    const prose = 'From the harbour by the old mill, the boats set out at dawn. The fishermen say the catch is smaller every year.\n';
    expect(loadCorpus(tempCorpus({ 'harbour.txt': prose })).records.some((r) => r.text.startsWith('From the harbour'))).toBe(true);
  });
});

describe('book furniture (probe17 c4 finding 27)', () => {
  it('"CHAPTER 7" and the page number "— 118 —" are no claims; the chapter title heads its section', () => {
    const recs = recordsOf(c4, 'book-excerpt-paper-money');
    expect(recs.some((r) => r.text === 'CHAPTER 7' || r.text === '— 118 —')).toBe(false);
    expect(recs.find((r) => r.line === 8)?.section).toBe('The Two Okonkwos');
    // The footnotes are the author's text still.
    expect(recs.some((r) => r.text.startsWith('¹ Nwosu'))).toBe(true);
  });

  it('in other words: "Chapter Twelve" over its title, "- 204 -" at the foot', () => {
    const text = [
      'Chapter Twelve',
      'The Winter Fair',
      '',
      'The fair came to the valley every January, and the whole village walked down to see it. Nobody ever admitted to enjoying it.',
      '',
      'By evening the stalls were packed away again and the road was quiet.',
      '',
      '- 204 -',
      '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'fair.txt': text })).records;
    expect(recs.some((r) => /Chapter Twelve|204/.test(r.text))).toBe(false);
    expect(recs.some((r) => r.text.startsWith('By evening'))).toBe(true);
  });
});

describe('a co-authored byline (probe17 c4 finding 23)', () => {
  it('lists both authors on the document; the narrative claims are neither one\'s alone', () => {
    expect(meta('investigation-the-offshore-years').author).toBe('Harriet Lin and Tomasz Brandt');
    const claim = recordsOf(c4, 'investigation-the-offshore-years').find((r) => r.line === 9)!;
    expect(claim.type).toBe('claim');
    expect(claim.speaker).toBeNull();
  });
});

describe('the year the sentence before a quotation gives its saying (probe17 c4 finding 21)', () => {
  it('"She laughed when asked … in a 2022 podcast. "…," she said." is 2022, not the article\'s 2023', () => {
    const q = recordsOf(c4, 'investigation-the-offshore-years').find((r) => r.type === 'quote' && r.line === 29)!;
    expect([q.speaker, q.year]).toEqual(['He Yi', 2022]);
    // Already right before: the year inside the frame ("sent in 2019", "in 2009", "Asked in 2018").
    expect(recordsOf(c4, 'investigation-the-offshore-years').find((r) => r.type === 'quote' && r.line === 43)?.year).toBe(2019);
  });

  it('in other words, and a sentence that says no saying leaves the document\'s year', () => {
    const text = [
      'The Mill Reopens',
      '',
      'By Oskar Lind',
      'June 3, 2024',
      '',
      'Greta Holm, who runs the mill, talked about the flood in an interview in 2021. "We lost the wheel and most of the stones," she said.',
      '',
      'Holm rebuilt the wheel in 2022. "It turns slower now," she said.',
      '',
    ].join('\n');
    const quotes = loadCorpus(tempCorpus({ 'mill.txt': text })).records.filter((r) => r.type === 'quote');
    expect(quotes.find((r) => r.text.startsWith('We lost'))?.year).toBe(2021);
    expect(quotes.find((r) => r.text.startsWith('It turns'))?.year).toBe(2024);
  });
});

describe('more excerpt and chapter shapes (probe11 c5, probe14 c5)', () => {
  it('"Excerpt from TITLE by NAME, published by …, March 2024. Reprinted with permission." credits the excerpt', () => {
    const text = [
      'Excerpt from THE ORCHARD YEARS by Selma Varga, published by Linden House, May 2021. Reprinted with permission.',
      '',
      'Chapter Two',
      '',
      'The frost came early that year, and my aunt stood at the window counting the trees she expected to lose.',
      '',
    ].join('\n');
    const corpus = loadCorpus(tempCorpus({ 'orchard-excerpt.txt': text }));
    const m = corpus.documents[0]!.meta;
    expect([m.title, m.author, m.year]).toEqual(['THE ORCHARD YEARS', 'Selma Varga', 2021]);
    // A chapter's number with no title under it still heads its chapter.
    expect(corpus.records.find((r) => r.text.startsWith('The frost'))?.section).toBe('Chapter Two');
  });

  it('"CHAPTER 4" over its title after a blank line: the title, not the number, names the document', () => {
    const text = ['CHAPTER 4', '', 'The River Crossing', '', 'By the spring of 1921 the ferry had stopped running, and the village had to build its own bridge.', ''].join('\n');
    expect(loadCorpus(tempCorpus({ 'river.txt': text })).documents[0]!.meta.title).toBe('The River Crossing');
  });
});
