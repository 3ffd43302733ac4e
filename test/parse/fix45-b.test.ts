/**
 * Leftovers of probe35-a (fix45-b): quote collections about a person. A question opening on an
 * auxiliary verb ("Did NAME say "…"?") asks whether someone said the words: the auxiliary is no part
 * of a name (c2). Each shape is read in the probe's document and in a text of our own in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const PROBE = join(FIXTURES, 'probe35', 'a');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const at = (c: Corpus, doc: string, line: number) => recs(c, doc).filter((r) => r.line <= line && r.endLine >= line);
const speakersAt = (c: Corpus, doc: string, line: number) => at(c, doc, line).map((r) => `${r.type}:${r.speaker ?? null}`);

describe('a question opening on an auxiliary verb before a quotation (probe35-a c2)', () => {
  it("gives the quotation no speaker named by the auxiliary and the name after it", () => {
    const doc = 'quote-log-helix-grid';
    const c = fixtureCorpus(PROBE, [`${doc}.md`]);
    const got = speakersAt(c, doc, 43);
    expect(got.length).toBeGreaterThan(0);
    expect(got.some((s) => /Did /.test(s))).toBe(false);
    expect(got.some((s) => /^quote:/.test(s))).toBe(false);
  });

  it('reads questions in other words the same, and keeps a name that only looks like an auxiliary', () => {
    const dir = tempCorpus({
      'notes.md': [
        '# Research notes on the Ferreira profile',
        '',
        '## Open questions',
        '',
        'Ana Ferreira, CEO of Lumen, says her clients never leave: "zero churn" is the line.',
        '',
        '1. Does Ferreira say "zero churn" about 2023, or only about the fourth quarter?',
        '2. Would Ferreira tell investors "zero churn" again after the March outage?',
        '3. Will Okonjo told the board "the audit is finished and clean" in March 2022.',
        '',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    const doc = 'notes';
    for (const line of [7, 8]) {
      const got = speakersAt(c, doc, line);
      expect(got.length).toBeGreaterThan(0);
      expect(got.some((s) => /(?:Does|Would) /.test(s))).toBe(false);
      expect(got.some((s) => /^quote:/.test(s))).toBe(false);
    }
    expect(speakersAt(c, doc, 9)).toContain('quote:Will Okonjo');
  });
});

const LISTICLE = 'listicle-okafor-leadership';
const quoteAt = (c: Corpus, doc: string, line: number) => recs(c, doc).find((r) => r.type === 'quote' && r.line === line);

/** A listicle of another person's sayings, in other words: items over source lines, over a paragraph, and an aside quoting someone else. */
const OTHER_LISTICLE = [
  'Seven of Lena Marsh\'s sharpest quotes on running a newsroom',
  'By Tomas Ibsen | March 4, 2025',
  '',
  'Lena Marsh ran the Harbour Ledger for eleven years. These are the lines her reporters still repeat.',
  '',
  '1. "Print the correction bigger than the mistake."',
  '— on accuracy, in a 2015 interview with Nieman Lab',
  '',
  '2. "A newsroom that never loses a lawsuit is not trying."',
  'Marsh wrote this in a memo to editors in June 2017, after the paper settled its first libel case. It was later framed in the lobby.',
  '',
  '3. "Deadlines are the only honest editors."',
  '— on deadlines, speaking at a journalism school, 2019',
  '',
  '4. "Nobody reads the fourth paragraph."',
  'Marsh says this to every intern. Her former deputy, Oskar Lind, recalled at a conference in 2022: "She would cut the fourth paragraph of her own obituary."',
  '',
  '5. "The story is never where the press release says it is."',
  '— on sources, Twitter, 2020',
  '',
].join('\n');

describe('a listicle item\'s aside quoting someone else, named between commas before an adverb (probe35-a b7)', () => {
  it('credits the aside to the name between the commas, dated by its frame', () => {
    const c = fixtureCorpus(PROBE, [`${LISTICLE}.txt`]);
    const aside = quoteAt(c, LISTICLE, 40)!;
    expect(aside.speaker).toBe('Bisi Adeyemi');
    expect(aside.year).toBe(2021);
  });

  it('reads the same shape in other words', () => {
    const c = loadCorpus(tempCorpus({ 'newsroom.txt': OTHER_LISTICLE }));
    const aside = recs(c, 'newsroom').find((r) => r.type === 'quote' && /obituary/.test(r.text))!;
    expect(aside.speaker).toBe('Oskar Lind');
    expect(aside.year).toBe(2022);
  });
});

describe("a listicle item whose source is the paragraph under it (probe35-a b5, b6)", () => {
  it("gives the item to the page's person and dates it by the paragraph that says when it was said", () => {
    const c = fixtureCorpus(PROBE, [`${LISTICLE}.txt`]);
    const item3 = quoteAt(c, LISTICLE, 17)!;
    expect([item3.speaker, item3.year]).toEqual(['Chidi Okafor', 2020]);
    expect(quoteAt(c, LISTICLE, 39)!.speaker).toBe('Chidi Okafor');
  });

  it('reads the same shape in other words', () => {
    const c = loadCorpus(tempCorpus({ 'newsroom.txt': OTHER_LISTICLE }));
    const item = (w: RegExp) => recs(c, 'newsroom').find((r) => r.type === 'quote' && w.test(r.text))!;
    expect([item(/lawsuit/).speaker, item(/lawsuit/).year]).toEqual(['Lena Marsh', 2017]);
    expect(item(/fourth paragraph\.$/).speaker).toBe('Lena Marsh');
    expect(item(/correction/).year).toBe(2015);
  });
});

describe("a quote site's entry furniture under the name line (probe35-a d3)", () => {
  const claimsOf = (c: Corpus, doc: string) => recs(c, doc).filter((r) => r.type === 'claim').map((r) => r.text);
  it('reads the tags and the share buttons as no claims', () => {
    const doc = 'brainyquote-teodor-hale';
    const claims = claimsOf(fixtureCorpus(PROBE, [`${doc}.txt`]), doc);
    expect(claims.filter((t) => /^Share Copy$|^Motivational Running Perseverance$|^Sports Discipline$/.test(t))).toEqual([]);
  });

  it('reads the same entries in other words', () => {
    const page = ['QuoteHall', '', 'Ines Moreau Quotes', '', 'The sea does not care how tired you are.', 'Ines Moreau', 'Sailing   Courage', 'Copy link   Share', '', 'Every storm ends at a harbour.', 'Ines Moreau', 'Hope   Sailing   Patience', 'Share  Copy', ''].join('\n');
    const c = loadCorpus(tempCorpus({ 'moreau.txt': page }));
    expect(recs(c, 'moreau').filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['Ines Moreau', 'Ines Moreau']);
    expect(claimsOf(c, 'moreau').filter((t) => /Sailing|Share|Copy/.test(t))).toEqual([]);
  });
});
