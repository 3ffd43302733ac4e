/**
 * Reviewer probe7's articles and layouts (profile, wire story, op-ed, obituary, press release,
 * quote listicle, a Windows-1252 feature, odd front matter, a one-paragraph news item), copied
 * into test/fixtures/probe7/prose with their speakers.yml, and, beside each, a small text of
 * our own in other words, so each test proves the shape and not the sentence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe7', 'prose');
const SPEAKERS = readFileSync(join(DIR, 'speakers.yml'), 'utf8');

const probeCorpus = (): Corpus => fixtureCorpus(DIR);
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const quoteOf = (c: Corpus, doc: string, words: string) => {
  const q = recs(c, doc).find((r) => r.type === 'quote' && r.text.includes(words));
  expect(q, words).toBeDefined();
  return q!;
};
const own = (files: Record<string, string>) => loadCorpus(tempCorpus({ 'speakers.yml': SPEAKERS, ...files }));

describe('front matter: a person written as a mapping', () => {
  it('reads the nested author name and loads the document (probe7 frontmatter-odd-fields)', () => {
    const c = probeCorpus();
    const d = c.documents.find((x) => x.id === 'frontmatter-odd-fields')!;
    expect(d.meta.author).toBe('Priya Raman');
    expect(d.meta.year).toBe(2025);
    expect(quoteOf(c, 'frontmatter-odd-fields', 'The market likes certainty').speaker).toBe('Ola Berntsen');
    expect(quoteOf(c, 'frontmatter-odd-fields', 'utility token').speaker).toBe('He Yi');
    expect(c.problems.filter((p) => p.severity === 'error' && p.file.includes('frontmatter-odd'))).toEqual([]);
  });

  it('takes `name` from a host or publisher mapping too, in other words', () => {
    const c = own({ 'a.md': '---\ntitle: Harbour notes\npublisher:\n  name: Tidewater Gazette\n  url: https://example.org\n---\n\nThe ferry runs twice a day now.\n' });
    expect(c.documents[0]!.meta.publisher).toBe('Tidewater Gazette');
    expect(c.records[0]!.speaker).toBe('Tidewater Gazette');
  });
});

describe('a byline resolves through speakers.yml', () => {
  it('gives the op-ed by "Yi He" to He Yi (probe7 oped)', () => {
    const rs = recs(probeCorpus(), 'oped-yi-he-women-in-crypto');
    expect(rs.length).toBeGreaterThan(10);
    for (const r of rs) expect(r.speaker, r.text).toBe('He Yi');
  });

  it('resolves a front-matter author by an alias, in other words', () => {
    const c = own({ 'b.md': '---\ntitle: Why I still code\nauthor: Zhao Changpeng\n---\n\nI wrote my first program at twelve. I still write one most weekends.\n' });
    expect(c.records.length).toBeGreaterThan(0);
    for (const r of c.records) expect(r.speaker).toBe('CZ');
  });
});

describe('who "she says" is in a feature', () => {
  it('never takes a street after its preposition for a person (probe7 profile)', () => {
    const c = probeCorpus();
    const doc = 'profile-ines-carvalho-baker';
    expect(quoteOf(c, doc, 'being stubborn').speaker).toBe('Inês Carvalho');
    expect(quoteOf(c, doc, 'terrible oven').speaker).toBe('Inês Carvalho');
    expect(recs(c, doc).some((r) => r.speaker === 'Rua da Rosa')).toBe(false);
  });

  it('a street with a particle, in other words', () => {
    const c = own({ 'c.txt': 'The tailor of the old town\n\nBy Ana Lopes\n\nAt dawn, Marta Sousa is already at her bench. Her workshop on Calle de Toledo has not changed in thirty years.\n\n"I cut every suit by hand," she says.\n' });
    expect(c.records.find((r) => r.type === 'quote')!.speaker).toBe('Marta Sousa');
  });

  it('remembers a name inside an opening "When NAME …," clause (probe7 cp1252 feature)', () => {
    const c = probeCorpus();
    expect(quoteOf(c, 'cp1252-tokyo-fish-market', 'The price was the price').speaker).toBe('Takeshi Ando');
    expect(quoteOf(c, 'cp1252-tokyo-fish-market', 'smell the sea').speaker).toBe('Takeshi Ando');
  });

  it('an opening "After NAME …," clause, in other words', () => {
    const c = own({ 'd.txt': 'Night shift\n\nAfter Piotr Zielinski closed the bakery in 2015, the street went quiet. "Nobody buys bread at night any more," he says.\n' });
    expect(c.records.find((r) => r.type === 'quote')!.speaker).toBe('Piotr Zielinski');
  });

  it('reads the surname "He" with an age after it as the name, not the pronoun (probe7 one paragraph)', () => {
    expect(quoteOf(probeCorpus(), 'title-one-paragraph', 'bigger title').speaker).toBe('He Yi');
  });

  it('the last clause of a long sentence has its own subject, in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'speakers.yml': 'He Lan:\n  aliases: [Lan He]\n',
        'e.txt': 'Bank names new chair\n\nTidewater Bank said on March 4, 2024 that its deputy He Lan will take over from Tomas Berg, who has led the lender since 2019; the bank, which has 2 million customers, gave no reason, and He, 52, wrote in a memo that she would "keep the branches open and the fees low for as long as I can."\n',
      }),
    );
    expect(c.records.find((r) => r.type === 'quote')!.speaker).toBe('He Lan');
  });

  it('gives "she said" with no woman near to the person the obituary is about (probe7 obituary)', () => {
    expect(quoteOf(probeCorpus(), 'obituary-margit-halvorsen', 'does not come to Oslo').speaker).toBe('Margit Halvorsen');
  });

  it('the subject of a title and first paragraph, in other words', () => {
    const text = [
      'Tomasz Wrona, violin maker to three orchestras, dies at 80',
      '',
      'Tomasz Wrona, who built violins for three national orchestras, died on Friday in Krakow. He was 80.',
      '',
      'He opened his workshop in 1968.',
      '',
      'His first instrument went to a student in Lodz.',
      '',
      'He trained eleven apprentices.',
      '',
      'His daughter, Ewa Wrona-Lis, runs the workshop now. She plans to keep its name.',
      '',
      'Asked once why he never used machines, he said: "A machine cannot hear the wood."',
      '',
    ].join('\n');
    const c = own({ 'f.txt': text });
    expect(c.records.find((r) => r.type === 'quote')!.speaker).toBe('Tomasz Wrona');
  });
});

describe('a set-off quotation and the dash line under it', () => {
  it('credits each listicle quote to CZ, whatever name the dash line gives (probe7 listicle)', () => {
    const c = probeCorpus();
    const doc = 'listicle-cz-quotes';
    expect(quoteOf(c, doc, '4.').speaker).toBe('CZ');
    expect(quoteOf(c, doc, 'I failed here').speaker).toBe('CZ');
    expect(quoteOf(c, doc, "I'm not the CEO anymore").speaker).toBe('CZ');
    expect(quoteOf(c, doc, 'right one').section).toBe('1. On starting small');
    // the dash lines are the quotes' context, not quotes or claims of their own
    expect(recs(c, doc).some((r) => r.text.startsWith('—') || r.text.includes('> —'))).toBe(false);
    expect(recs(c, doc).filter((r) => r.type === 'claim').map((r) => r.text)).not.toContain('5. On failure');
  });

  it('a handle, a surname with where it was said, a name without capitals, in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'speakers.yml': 'Ana Ruiz:\n  aliases: [ana]\nLi Wei:\n  aliases: [李伟]\n',
        'g.md': [
          '---', 'title: Five lines from two founders', 'publisher: Ledger Weekly', 'date: 2024-02-01', '---', '',
          '## One', '', '> "Ship."', '> — @ana_builds, May 3, 2022', '',
          '## Two', '', '> "We hire slowly and fire never."', '> — Ruiz before the committee in Madrid, June 2023', '',
          '## Three', '', '> "The market will come back."', '> — 李伟, post on Weibo, 2021', '',
        ].join('\n'),
      }),
    );
    const q = (w: string) => c.records.find((r) => r.type === 'quote' && r.text.includes(w))!;
    expect(q('Ship.').speaker).toBe('Ana Ruiz');
    expect(q('hire slowly').speaker).toBe('Ana Ruiz');
    expect(q('come back').speaker).toBe('Li Wei');
    expect(q('come back').section).toBe('Three');
  });
});

describe('the date of an article without front matter', () => {
  const dateOf = (c: Corpus, doc: string) => c.documents.find((d) => d.id === doc)!.meta.date;

  it('reads a press release dateline whose region has three words (probe7 press release)', () => {
    expect(dateOf(probeCorpus(), 'press-release-binance-pay-merchants')).toBe('2024-06-18');
  });

  it('a wire dateline with a three-word region, in other words', () => {
    const c = own({ 'h.txt': 'FOR IMMEDIATE RELEASE\n\nTidewater Opens Second Port\n\nABU DHABI, United Arab Emirates, March 9, 2023 /PRNewswire/ -- Tidewater Logistics today opened its second port terminal.\n' });
    expect(dateOf(c, 'h')).toBe('2023-03-09');
  });

  it('reads the date a byline carries after a separator (probe7 profile)', () => {
    expect(dateOf(probeCorpus(), 'profile-ines-carvalho-baker')).toBe('2024-03-03');
  });

  it('a byline with a date, under a standfirst, in other words', () => {
    const c = own({ 'i.txt': 'The last lighthouse keeper\nHe has climbed the same stairs for forty years. He is not done.\nBy Mara Lindqvist · 14 October 2021\n\nEvery evening at six, Jonas Berg climbs 112 steps.\n' });
    expect(dateOf(c, 'i')).toBe('2021-10-14');
  });

  it('reads the date a news lede gives its report (probe7 one paragraph)', () => {
    expect(dateOf(probeCorpus(), 'title-one-paragraph')).toBe('2025-12-03');
  });

  it('a lede that dates its report, in other words', () => {
    const c = own({ 'j.txt': 'Harbour board picks new chair\n\nThe Tidewater harbour board announced on Tuesday, 4 June 2024 that its deputy, Ana Ruiz, will chair it from July.\n' });
    expect(dateOf(c, 'j')).toBe('2024-06-04');
  });
});

describe('a byline in italics', () => {
  it('is the byline, not the section of every paragraph (probe7 oped)', () => {
    for (const r of recs(probeCorpus(), 'oped-yi-he-women-in-crypto')) expect(r.section).toBeNull();
  });

  it('in other words', () => {
    const c = own({ 'k.md': '# Money is not a game. It is a promise we keep.\n\n_By Tomas Berg_\n\n_Tomas Berg runs a small fund in Oslo. The opinions here are his alone._\n\nI have never sold a share in a falling market. It is the one rule I keep.\n' });
    expect(c.records.length).toBeGreaterThan(0);
    for (const r of c.records) expect(r.section).toBeNull();
  });
});

describe('the year a quotation was said', () => {
  it('is the year its epigraph line or its attribution gives (probe7 listicle, obituary)', () => {
    const c = probeCorpus();
    expect(quoteOf(c, 'listicle-cz-quotes', 'right one').year).toBe(2018);
    expect(quoteOf(c, 'listicle-cz-quotes', 'honest and average').year).toBe(2019);
    expect(quoteOf(c, 'listicle-cz-quotes', 'I failed here').year).toBe(2024);
    expect(quoteOf(c, 'obituary-margit-halvorsen', 'see a mountain').year).toBe(2019);
    // no year in the frame: the document's
    expect(quoteOf(c, 'obituary-margit-halvorsen', 'does not come to Oslo').year).toBe(2025);
  });

  it('in other words; a year the quotation itself names, or one after the document, is not when it was said', () => {
    const text = [
      'Harbour voices', '', 'By Ana Lopes', 'Published June 2, 2023', '',
      '"The tide decides," said Jonas Berg, the harbour master, in a 2016 speech.', '',
      '"We will dredge in 2030," said Mira Sato, the engineer.', '',
      '"Nothing changes," said Per Holm, a pilot, in an interview in 2027.', '',
    ].join('\n');
    const c = own({ 'l.txt': text });
    const q = (w: string) => c.records.find((r) => r.type === 'quote' && r.text.includes(w))!;
    expect(q('tide decides').year).toBe(2016);
    expect(q('dredge').year).toBe(2023);
    expect(q('Nothing changes').year).toBe(2023);
  });
});
