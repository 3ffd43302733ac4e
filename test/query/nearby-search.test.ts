/**
 * A line no record holds is searched: a byline, a dateline's place, a roster of who attended, a
 * heading, a photo credit, front matter's publisher. grep finds their words, so search must too.
 * The loader files those lines (DocumentInfo.nearby) and the index gives each line's words to the
 * record nearest it (src/model/nearby.ts), as its `nearby` field: a word found only there finds
 * that record, after every record that holds a word of the query, and ranks nothing.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndex, documentWordsOf } from '../../src/index/index.js';
import { loadCorpus } from '../../src/load/load.js';
import { nearbyTexts } from '../../src/model/nearby.js';
import { search } from '../../src/query/search.js';
import { ROOT, runCli, shippedCorpus, tempCorpus } from '../helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function corpusOf(files: Record<string, string>): string {
  const dir = tempCorpus(files);
  made.push(dir);
  return dir;
}

describe('which record carries a line', () => {
  const records = [
    { line: 5, endLine: 7 },
    { line: 9, endLine: 9 },
    // a qa whose question sits above the answer before it: out of line order
    { line: 3, endLine: 3 },
    { line: 12, endLine: 20 },
  ];
  it('the record holding the line, else the first below it, else the last above it', () => {
    const texts = nearbyTexts(records, [
      [1, 'header'],
      [4, 'between'],
      [6, 'inside'],
      [15, 'inside the long one'],
      [24, 'footer'],
    ]);
    expect(texts).toEqual(['between\ninside', '', 'header', 'inside the long one\nfooter']);
  });
  it("a block right under a record's last line, not right over the next record, is the record's tail", () => {
    const turns = [
      { line: 3, endLine: 3 },
      { line: 7, endLine: 8 },
    ];
    // 4–5 hang under the first turn (a link line, a signature); 6 sits right over the second
    expect(nearbyTexts(turns, [[4, 'Receipts: https://example.com'], [5, '— sent from my phone']])).toEqual(['Receipts: https://example.com\n— sent from my phone', '']);
    expect(nearbyTexts(turns, [[5, 'a heading'], [6, 'over the second']])).toEqual(['', 'a heading\nover the second']);
    expect(nearbyTexts(turns, [[4, 'touching both'], [5, 'x'], [6, 'y']])).toEqual(['', 'touching both\nx\ny']);
  });

  it('a line inside a long record that holds a shorter one goes to the long one, not to a record below', () => {
    // a quotation spanning lines 5–20 with another inside it at line 10
    expect(nearbyTexts([{ line: 5, endLine: 20 }, { line: 10, endLine: 10 }, { line: 30, endLine: 30 }], [[15, 'lost words']])).toEqual(['lost words', '', '']);
    // inside both: the innermost
    expect(nearbyTexts([{ line: 5, endLine: 20 }, { line: 10, endLine: 12 }], [[11, 'x']])).toEqual(['', 'x']);
  });

  it('no lines, or no records: nothing', () => {
    expect(nearbyTexts(records, undefined)).toEqual(['', '', '', '']);
    expect(nearbyTexts([], [[1, 'x']])).toEqual([]);
  });
});

const MINUTES = `---
title: Board meeting, 14 May 2024
---

Held at Strandkaien 12, Bergen

Present:
Thomas Ekeland (Chief Executive Officer)
Ragnhild Solberg (Chair)

1. The Chair opened the meeting at 10:00 and noted that 61 per cent of the shares were represented.

2. The meeting approved the accounts and a dividend of NOK 4.10 per share.
`;
const NEWS = `Quillfeather mill reopens after the winter floods

By Dana Ortiz | Photo: Kasimir Vantongeren

The paper mill on the river restarted its second line on Monday, with 140 workers back on shift.

"We lost eleven weeks," said Marta Lind, the plant manager.

Related: Tannery closures across the valley
`;
const OTHER = `A note on dividends

Shipping companies raised their dividend payments in 2023, the survey found, and Bergen led them.
`;

describe('a word only a line outside the records has finds the record next to it', () => {
  const dir = corpusOf({ 'minutes.txt': MINUTES, 'news.txt': NEWS, 'other.txt': OTHER });
  const corpus = loadCorpus(dir);
  const index = buildIndex(corpus.records, documentWordsOf(corpus.documents, corpus.records));
  const bare = buildIndex(corpus.records);
  const first = (doc: string) => corpus.records.find((r) => r.doc === doc)!;
  const last = (doc: string) => corpus.records.filter((r) => r.doc === doc).at(-1)!;

  // words the records do not hold, each on a line the parser did not file as a record's
  const cases: [word: string, doc: string, which: 'first' | 'last'][] = [
    ['strandkaien', 'minutes', 'first'], // a place line over the minutes
    ['ekeland', 'minutes', 'first'], // the roster
    ['vantongeren', 'news', 'first'], // a photo credit in the byline
    ['tannery', 'news', 'last'], // a related link under the article: the last record above it
  ];
  for (const [word, doc, which] of cases) {
    it(`${word}: not in any record, found in ${doc}`, async () => {
      expect(corpus.records.some((r) => r.text.toLowerCase().includes(word))).toBe(false);
      expect(await search(bare, word)).toEqual([]);
      const hits = await search(index, word);
      expect(hits.map((h) => h.record.id)).toEqual([(which === 'first' ? first : last)(doc).id]);
      expect(hits[0]!.score).toBe(0);
    });
  }

  it('after every record that holds a word of the query, whose order is unchanged', async () => {
    const withNearby = await search(index, 'bergen dividend');
    const without = await search(bare, 'bergen dividend');
    expect(without.length).toBeGreaterThan(0);
    expect(withNearby.slice(0, without.length).map((h) => [h.record.id, h.score])).toEqual(without.map((h) => [h.record.id, h.score]));
    const rest = withNearby.slice(without.length);
    expect(rest.map((h) => h.record.id)).toContain(first('minutes').id);
    expect(rest.every((h) => h.score === 0)).toBe(true);
  });

  it('a phrase must be in the record itself', async () => {
    expect(await search(index, '"Strandkaien 12"')).toEqual([]);
  });

  it('a filter still applies', async () => {
    expect(await search(index, 'strandkaien', { filters: { types: ['quote'] } })).toEqual([]);
  });
});

describe('one typed word of several tokens ("Rev.com", "co-chair") on a line outside the records', () => {
  // grep -i finds "Rev.com" in the service's header line; the word is a phrase of its tokens to
  // search, and a phrase was looked for in the records alone
  const dir = corpusOf({
    'call.txt': ['Transcript by Rev.com', '', 'ANA RUIZ: We opened the depot in 2020.', 'TOM HALE: And it paid off by 2022.', ''].join('\n'),
    'board.txt': ['Harbour board minutes', 'Present: Ines Caldera (co-chair), Ola Berg', '', 'The board approved the dredging budget of $4 million.', ''].join('\n'),
    'other.txt': ['Notes', '', 'A rev counter and a .com address are not the word.', 'Chair of the club, Ada Eze, spoke.', ''].join('\n'),
  });
  const corpus = loadCorpus(dir);
  const index = buildIndex(corpus.records, documentWordsOf(corpus.documents, corpus.records));
  const firstOf = (doc: string) => corpus.records.find((r) => r.doc === doc)!.id;

  it('finds the record nearest the line, scoring nothing, after the records that hold it', async () => {
    expect(corpus.records.filter((r) => r.doc === 'call').some((r) => /rev\.com/i.test(r.text))).toBe(false);
    const rev = await search(index, 'Rev.com');
    expect(rev.map((h) => h.record.id)).toContain(firstOf('call'));
    expect(rev.find((h) => h.record.id === firstOf('call'))!.score).toBe(0);
    // other words: a hyphenated word on a roster line
    const co = await search(index, 'co-chair');
    expect(co.map((h) => h.record.id)).toEqual([firstOf('board')]);
  });

  it('every one of its tokens must be on the lines near the one record', async () => {
    expect(await search(index, 'rev.org')).toEqual([]);
    expect(await search(index, 'co-owner')).toEqual([]);
  });

  it('through the CLI with a cache, cold and warm', async () => {
    for (let run = 0; run < 2; run++) {
      const r = await runCli(['--corpus', dir, 'search', 'rev.com', '--format', 'json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).map((h: { id: string }) => h.id)).toContain(firstOf('call'));
    }
  });
});

describe('the shipped corpus', () => {
  const corpus = shippedCorpus();
  const words = documentWordsOf(corpus.documents, corpus.records);
  const index = buildIndex(corpus.records, words);
  const bare = buildIndex(corpus.records);

  it('ranks as it did on words the records hold', async () => {
    for (const q of ['maternity leave', 'when did binance launch', 'how many employees does binance have', 'security listings']) {
      const a = await search(bare, q);
      const b = await search(index, q);
      expect(b.slice(0, a.length).map((h) => [h.record.id, h.score]), q).toEqual(a.map((h) => [h.record.id, h.score]));
    }
  });

  it("finds a front matter value, the outlet an article says it first appeared on, a related link under it", async () => {
    // the dateNote of an undated document
    expect(await search(bare, 'descriptive')).toEqual([]);
    expect((await search(index, 'descriptive')).map((h) => h.record.doc)).toContain('binance-rise-cz-he-yi');
    expect(await search(bare, 'wechat')).toEqual([]);
    expect((await search(index, 'wechat')).map((h) => h.record.doc)).toEqual(['life-at-binance']);
    expect((await search(index, 'okhotnikov')).map((h) => h.record.doc)).toEqual(['btcpeers-he-yi-2021']);
  });
});

describe('through the CLI: without a cache, cold, warm, and after one document changed', () => {
  it('finds a roster name the same way each time', async () => {
    const dir = corpusOf({ 'minutes.txt': MINUTES, 'news.txt': NEWS, 'other.txt': OTHER });
    const ids = async (args: string[], word = 'ekeland') => {
      const r = await runCli(['--corpus', dir, ...args, 'search', word, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { id: string }[]).map((h) => h.id);
    };
    const fresh = await ids(['--no-cache']);
    expect(fresh).toHaveLength(1);
    expect(await ids([])).toEqual(fresh); // cold build
    expect(await ids([])).toEqual(fresh); // warm
    // another document changes: the minutes' index segment is kept, or rebuilt from the cached head
    writeFileSync(`${dir}/other.txt`, `${OTHER}\nA second paragraph on dividends was added later.\n`);
    expect(await ids([])).toEqual(fresh);
    // the minutes change above the roster: still found, in the same record
    writeFileSync(`${dir}/minutes.txt`, MINUTES.replace('Present:', 'Present at the meeting:'));
    expect(await ids([])).toEqual(fresh);
    expect(await ids([], 'vantongeren')).toHaveLength(1);
  });
});

describe('a line a record spans but whose words it lost', () => {
  it("a link line under a transcript's turn is found in that turn", async () => {
    const dir = corpusOf({ 't.txt': 'HOST: What did you ship this quarter?\n\nGUEST: Instant refunds for every merchant.\nReceipts: https://example.com/refunds\n\nHOST: And next?\n\nGUEST: Payouts in a day.\n' });
    const corpus = loadCorpus(dir);
    const index = buildIndex(corpus.records, documentWordsOf(corpus.documents, corpus.records));
    expect(await search(buildIndex(corpus.records), 'receipts')).toEqual([]);
    expect((await search(index, 'receipts')).map((h) => h.record.text)).toEqual(['Instant refunds for every merchant.']);
  });
});

describe("check's word on a sentence in no record", () => {
  it('on a line filed as no record\'s: says search finds it through the record nearest its line, and finds it', async () => {
    // the page's own prose filed as related links (they outweigh the one paragraph kept)
    const page = [
      'Mill news',
      '',
      'The mill restarted its second line on Monday, with 140 workers back on shift.',
      '',
      'Related stories',
      '',
      'The tannery on the east bank closed its doors after ninety years of trading in the valley.',
      '',
      'A new bridge over the river will open in the spring, the county engineers said on Friday.',
      '',
      'The school board approved a budget that adds four teachers and a second bus route.',
      '',
    ].join('\n');
    const dir = corpusOf({ 'a.txt': page });
    const corpus = loadCorpus(dir);
    const warnings = corpus.problems.filter((p) => p.message.startsWith('sentence in no record'));
    expect(warnings.map((p) => p.line)).toEqual([7, 9, 11]);
    expect(warnings.every((p) => p.message.startsWith('sentence in no record, search finds it only through the record nearest its line: “'))).toBe(true);
    const index = buildIndex(corpus.records, documentWordsOf(corpus.documents, corpus.records));
    expect((await search(index, 'tannery')).map((h) => h.record.line)).toEqual([3]);
  });

  it('on a record\'s own line whose words the record lost: its line is a nearby line too', async () => {
    // a LinkedIn copy's author lines with their connection mark ("Priya Raman • 1st"): the name is
    // the speaker, the mark in no record
    const dir = corpusOf({ 'post.txt': readFileSync(join(ROOT, 'test/fixtures/probe20/b/linkedin-raman.txt'), 'utf8') });
    const corpus = loadCorpus(dir);
    const doc = corpus.documents[0]!;
    const recordLines = new Set(corpus.records.flatMap((r) => Array.from({ length: r.endLine - r.line + 1 }, (_, k) => r.line + k)));
    const onRecordLines = doc.sentences.missed.filter((m) => recordLines.has(m.line));
    expect(onRecordLines.map((m) => m.text)).toContain('Priya Raman • 1st');
    for (const m of onRecordLines) expect(doc.nearby!.map(([l]) => l)).toContain(m.line);
    const index = buildIndex(corpus.records, documentWordsOf(corpus.documents, corpus.records));
    expect(await search(buildIndex(corpus.records), '1st')).toEqual([]);
    expect(new Set((await search(index, '1st')).map((h) => h.record.doc))).toEqual(new Set(['post']));
  });
});
