/**
 * A document's title is searched: its words are in the file, so grep finds them, though no
 * record holds them ("HALVORSEN MARINE HOLDINGS ASA" over a meeting's minutes, a headline whose
 * words the article never repeats, a front-matter title). The index holds the title as a field
 * of each of the document's records (src/index DocumentWords). A word found only there finds the
 * document's records after every record that holds a word of the query, and ranks nothing:
 * the order of the records that hold the words is what it was without titles.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndex, documentWordsOf } from '../../src/index/index.js';
import { loadCorpus } from '../../src/load/load.js';
import { search } from '../../src/query/search.js';
import { runCli, shippedCorpus, tempCorpus } from '../helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function corpusOf(files: Record<string, string>): string {
  const dir = tempCorpus(files);
  made.push(dir);
  return dir;
}

const MINUTES = `HALVORSEN MARINE HOLDINGS ASA

MINUTES OF THE ANNUAL GENERAL MEETING

1. The Chair opened the meeting at 10:00 and noted that 61 per cent of the shares were represented.

2. The meeting approved the accounts and a dividend of NOK 4.10 per share.
`;
const NEWS = `Quillfeather mill reopens after the winter floods

By Dana Ortiz, March 3, 2024

The paper mill on the river restarted its second line on Monday, with 140 workers back on shift.

"We lost eleven weeks," said Marta Lind, the plant manager.
`;
const OTHER = `A note on dividends

Shipping companies raised their dividend payments in 2023, the survey found.
`;

describe('a word only the title has finds the document', () => {
  const dir = corpusOf({ 'minutes.txt': MINUTES, 'news.txt': NEWS, 'other.txt': OTHER });
  const corpus = loadCorpus(dir);
  const index = buildIndex(corpus.records, documentWordsOf(corpus.documents, corpus.records));

  it('the company a meeting is of, and a headline word the article never repeats', async () => {
    expect(corpus.documents.find((d) => d.id === 'minutes')?.meta.title).toBe('HALVORSEN MARINE HOLDINGS ASA');
    const company = await search(index, 'halvorsen');
    expect(company.length).toBeGreaterThan(0);
    expect(company.every((h) => h.record.doc === 'minutes')).toBe(true);
    const headline = await search(index, 'quillfeather');
    expect(headline.map((h) => h.record.doc)).toContain('news');
    // a word of the title the body also has is found where the body has it, first
    expect((await search(index, 'floods')).map((h) => h.record.doc)).toEqual(expect.arrayContaining(['news']));
  });

  it('after every record that holds a word of the query, and the order of those is unchanged', async () => {
    const untitled = buildIndex(corpus.records);
    const withTitles = await search(index, 'halvorsen dividend');
    const without = await search(untitled, 'halvorsen dividend');
    // the records holding "dividend" come first, in the order they had without titles
    expect(withTitles.slice(0, without.length).map((h) => h.record.id)).toEqual(without.map((h) => h.record.id));
    // then the rest of the minutes, found by their title only, scoring nothing
    const rest = withTitles.slice(without.length);
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((h) => h.record.doc === 'minutes' && h.score === 0)).toBe(true);
  });

  it('a phrase must be in the record itself: the title finds nothing beside it', async () => {
    const hits = await search(index, '"dividend payments" halvorsen');
    expect(hits.map((h) => h.record.doc)).toEqual(['other']);
  });

  it('by its stem, in any case ("holding" finds "HOLDINGS"); a title is looked up by whole words only', async () => {
    expect((await search(index, 'holding')).some((h) => h.record.doc === 'minutes')).toBe(true);
    expect((await search(index, 'halvorsem')).some((h) => h.record.doc === 'minutes')).toBe(false);
  });
});

describe('the shipped corpus ranks as it did', () => {
  const corpus = shippedCorpus();
  const withTitles = buildIndex(corpus.records, documentWordsOf(corpus.documents, corpus.records));
  const without = buildIndex(corpus.records);
  for (const q of ['maternity leave', 'when did binance launch', 'how many employees does binance have', 'He Yi interview', 'security listings']) {
    it(q, async () => {
      const a = await search(without, q);
      const b = await search(withTitles, q);
      expect(b.slice(0, a.length).map((h) => [h.record.id, h.score])).toEqual(a.map((h) => [h.record.id, h.score]));
    });
  }

  it('a front-matter title word no record has ("untitled post")', async () => {
    expect(await search(without, 'untitled')).toEqual([]);
    const hits = await search(withTitles, 'untitled');
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.record.doc))).toEqual(new Set(['binance-rise-cz-he-yi']));
  });
});

describe('through the CLI: without a cache, from a cold cache, and after one document changed', () => {
  it('finds the title word the same way each time', async () => {
    const dir = corpusOf({ 'minutes.txt': MINUTES, 'news.txt': NEWS, 'other.txt': OTHER });
    const ids = async (args: string[]) => {
      const r = await runCli(['--corpus', dir, ...args, 'search', 'quillfeather', '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { record?: { id: string }; id?: string }[]).map((h) => h.id ?? h.record?.id);
    };
    const fresh = await ids(['--no-cache']);
    expect(fresh.length).toBeGreaterThan(0);
    expect(await ids([])).toEqual(fresh); // cold build: the cache's own index
    expect(await ids([])).toEqual(fresh); // warm
    // another document changes: the news document's index segment is kept as it was
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/other.txt`, `${OTHER}\nA second paragraph on dividends was added later.\n`);
    expect(await ids([])).toEqual(fresh);
    // the news document itself changes: its segment is rebuilt, with its title
    writeFileSync(`${dir}/news.txt`, `${NEWS}\nThe mill expects a third line by June.\n`);
    const after = await ids([]);
    expect(after.length).toBe(fresh.length + 1);
  });
});
