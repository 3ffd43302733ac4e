/**
 * What a warm run skips stays what it stood for (issue 11 §4):
 * - a cache hit takes each document's file from its manifest entry, not
 *   from its head: the same files, statuses and problems as the documents;
 *   so does an update, for the documents it kept;
 * - an unfiltered search (an empty filter, as the CLI passes it) parses no
 *   document's info and gives the hits a filtered-through search gives;
 * - a --doc or --year filter reads each document's id and year off the start
 *   of its head without parsing it: the same id and year as its info;
 * - an unfiltered search reads no document head: each document's id, year,
 *   status and whether it has problems are its manifest entry's, the same as
 *   a fresh load's (a filter on the record columns reads the heads);
 * - an unordered lookup (what search asks for) gives the ordered one's hits;
 * - the folder listing sorts names natively and builds paths without a join
 *   per file: code-unit order and join's paths, whatever the folder's spelling.
 */
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { manifestDocs, type CacheHeader } from '../../src/cache/cache.js';
import { columnsOf } from '../../src/cache/columns.js';
import { CacheReader, FileSource } from '../../src/cache/format.js';
import { listCorpusFiles } from '../../src/corpus/files.js';
import { search } from '../../src/query/search.js';
import { localStore } from '../../src/store/local.js';
import { interviewDoc, tempCorpus } from '../helpers.js';
import { ageFiles, cacheFiles, open, shippedCopy, tempDir } from './helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/**
 * A copy of the shipped corpus and its cache with the index, built once (a cold open) for the
 * two tests that only read it: each built its own, a cold load and index of the whole corpus each.
 */
let withIndex: Promise<{ corpus: string; cache: string }> | undefined;
function builtWithIndex(): Promise<{ corpus: string; cache: string }> {
  withIndex ??= (async () => {
    const corpus = shippedCopy();
    const cache = tempDir('quarry-warm-open-');
    made.push(corpus, cache);
    await open(corpus, cache, { index: true });
    return { corpus, cache };
  })();
  return withIndex;
}

describe('a warm open', () => {
  it('gives each document the file, status and problems of its head', async () => {
    const corpus = shippedCopy();
    const cache = tempDir('quarry-warm-open-');
    made.push(corpus, cache);
    const cold = await open(corpus, cache);
    const warm = await open(corpus, cache);
    expect(warm.cache).toBe('hit');
    const status = (warm.corpus as unknown as { documentStatus(): { file: string; ok: boolean }[] }).documentStatus();
    const fresh = await open(corpus, cache, { useCache: false });
    expect(status).toEqual(fresh.corpus.documents.map((d) => ({ file: d.file, ok: d.ok })));
    expect(warm.corpus.problems).toEqual(fresh.corpus.problems);
    expect(warm.corpus.problems).toEqual(cold.corpus.problems);
    expect(warm.corpus.documents.map((d) => d.file)).toEqual(status.map((s) => s.file));
  });

  it('searches without filters reading no document info, with the hits of a search that checks every filter', async () => {
    const { corpus, cache } = await builtWithIndex();
    const infos: string[] = [];
    const original = JSON.parse;
    const warm = await open(corpus, cache, { index: true });
    expect(warm.cache).toBe('hit');
    let empty: Awaited<ReturnType<typeof search>>;
    JSON.parse = ((text: string, ...rest: unknown[]) => {
      if (typeof text === 'string' && text.startsWith('{"info":')) infos.push(text.slice(0, 60));
      return original(text, ...(rest as []));
    }) as typeof JSON.parse;
    try {
      empty = await search(localStore(warm), 'security listing', { filters: {}, limit: 20 });
    } finally {
      JSON.parse = original;
    }
    expect(infos).toEqual([]);
    expect(empty.length).toBeGreaterThan(0);
    const plain = await search(localStore(await open(corpus, cache, { index: true })), 'security listing', { limit: 20 });
    // a filter every record passes goes through the filtering path: the same hits, scores and order
    const passing = await search(localStore(await open(corpus, cache, { index: true })), 'security listing', { filters: { types: ['qa', 'quote', 'claim'] }, limit: 20 });
    expect(JSON.stringify(empty)).toBe(JSON.stringify(plain));
    expect(JSON.stringify(empty)).toBe(JSON.stringify(passing));
  });
});

describe('a warm search', () => {
  it('reads no document head when unfiltered; a filter on the record columns reads them', async () => {
    const { corpus, cache } = await builtWithIndex();
    const slice = vi.spyOn(CacheReader.prototype, 'slice');
    try {
      const warm = await open(corpus, cache, { index: true });
      expect(warm.cache).toBe('hit');
      const hits = await search(localStore(warm), 'security listing', { filters: {}, limit: 20 });
      expect(hits.length).toBeGreaterThan(0);
      expect(warm.corpus.problems.length).toBeGreaterThanOrEqual(0);
      expect(slice.mock.calls.map((c) => c[0])).not.toContain('docs.head');
      await search(localStore(warm), 'security listing', { filters: { types: ['qa'] }, limit: 20 });
      expect(slice.mock.calls.map((c) => c[0])).toContain('docs.head');
    } finally {
      slice.mockRestore();
    }
  });

  it('gives each document the id, year, status and problems of a fresh load, from its manifest entry', async () => {
    const corpus = tempCorpus({
      'a.md': '---\ntitle: A\ndate: 2021-01-01\n---\nHost: Hi?\nZed Quux: Hello there, friends.\n',
      'empty.md': '',
      'bad.md': '---\ntitle: [unclosed\n---\nText here.\n',
      'undated.md': interviewDoc('undated'),
    });
    ageFiles(corpus);
    const cache = tempDir('quarry-warm-open-');
    made.push(corpus, cache);
    await open(corpus, cache, { index: true });
    const warm = await open(corpus, cache, { index: true });
    expect(warm.cache).toBe('hit');
    const fresh = (await open(corpus, cache, { useCache: false })).corpus;
    const status = (warm.corpus as unknown as { documentStatus(): { file: string; ok: boolean }[] }).documentStatus();
    expect(status).toEqual(fresh.documents.map((d) => ({ file: d.file, ok: d.ok })));
    expect(status.filter((d) => !d.ok).length).toBe(2);
    expect(warm.corpus.problems).toEqual(fresh.problems);
    expect(columnsOf(warm.corpus)!.docs.map((d) => ({ id: d.id, year: d.year }))).toEqual(fresh.documents.map((d) => ({ id: d.id, year: d.meta.year })));
    const [manifest] = cacheFiles(cache);
    const source = new FileSource(manifest!);
    const entries = manifestDocs(CacheReader.open<CacheHeader>(source, source.size));
    source.close();
    expect(entries.map((e) => ({ id: e.id, year: e.year, ok: e.ok, clean: e.clean }))).toEqual(
      fresh.documents.map((d) => ({ id: d.id, year: d.meta.year, ok: d.ok, clean: !fresh.problems.some((p) => p.file === d.file) })),
    );
  });
});

describe('the search after an update', () => {
  // warnLoadErrors asks every document's file and status: after an update, as after a hit, they are
  // the manifest entries', so the kept documents' heads (a trusted pack's docs.head, 2.3 MB at 100×)
  // are not read for them (perf41).
  it('reads no kept document head for the documents\' files and statuses, which are a fresh load\'s', async () => {
    const corpus = shippedCopy();
    const cache = tempDir('quarry-warm-open-');
    made.push(corpus, cache);
    await open(corpus, cache, { index: true });
    const [first] = listCorpusFiles(corpus, ['.txt', '.md']).files;
    appendFileSync(first!.path, '\nOne more paragraph about security reviews of every listing.\n');
    const section = vi.spyOn(CacheReader.prototype, 'section');
    const slice = vi.spyOn(CacheReader.prototype, 'slice');
    let status: { file: string; ok: boolean }[];
    try {
      const updated = await open(corpus, cache, { index: true });
      expect(updated.cache).toBe('update');
      status = (updated.corpus as unknown as { documentStatus(): { file: string; ok: boolean }[] }).documentStatus();
      const hits = await search(localStore(updated), 'security listing', { filters: {}, limit: 20 });
      expect(hits.length).toBeGreaterThan(0);
      expect([...section.mock.calls, ...slice.mock.calls].map((c) => c[0])).not.toContain('docs.head');
    } finally {
      section.mockRestore();
      slice.mockRestore();
    }
    const fresh = (await open(corpus, cache, { useCache: false })).corpus;
    expect(status).toEqual(fresh.documents.map((d) => ({ file: d.file, ok: d.ok })));
  });
});

describe('an unordered lookup', () => {
  it('gives the hits, scores, terms and fields of the ordered one', async () => {
    const { corpus, cache } = await builtWithIndex();
    const { index } = await open(corpus, cache, { index: true });
    const fields = ['text_surface', 'question_surface', 'speaker_surface'];
    let compared = 0;
    for (const [term, prefix, fuzzy] of [['binance', true, 1], ['listing', true, 1], ['secur', false, 0], ['he', true, 0], ['zzzz', true, 2]] as const) {
      const options = { fields, boost: { text_surface: 2 }, prefix, fuzzy, tokenize: (s: string) => [s], processTerm: (t: string) => t };
      const ordered = index!.lookup!(term, options)!;
      const unordered = index!.lookup!(term, options, false)!;
      const byKey = (hits: typeof ordered) => JSON.stringify([...hits].sort((a, b) => a.key - b.key));
      expect(byKey(unordered), term).toBe(byKey(ordered));
      compared += ordered.length;
    }
    expect(compared).toBeGreaterThan(20);
  });
});

describe('record columns of a warm cache', () => {
  it('give each document the id and year of its info, whatever its title holds', async () => {
    const doc = (front: string) => `---\n${front}\nspeakers: [Ann Lee]\nhost: Bo\n---\nHost: What do you do?\nAnn Lee: I run the listings team.\n`;
    const corpus = tempCorpus({
      'plain.md': doc('title: Plain\ndate: 2021-03-04'),
      'tricky.md': doc('title: \'He said "year":1999, "meta":{} and \\\\ too\'\ndate: 2019-01-02'),
      'undated.md': doc('title: Undated'),
      'nested/ünï "quoted".md': doc('title: Ünïcode — title\ndate: 2024-12-31'),
    });
    ageFiles(corpus);
    const cache = tempDir('quarry-warm-open-');
    made.push(corpus, cache);
    await open(corpus, cache);
    const warm = await open(corpus, cache);
    expect(warm.cache).toBe('hit');
    const columns = columnsOf(warm.corpus)!;
    const infos: string[] = [];
    const original = JSON.parse;
    JSON.parse = ((text: string, ...rest: unknown[]) => {
      if (typeof text === 'string' && text.startsWith('{"info":')) infos.push(text.slice(0, 60));
      return original(text, ...(rest as []));
    }) as typeof JSON.parse;
    let got: { id: string; year: number | null }[];
    try {
      got = columns.docs.map((d) => ({ id: d.id, year: d.year }));
    } finally {
      JSON.parse = original;
    }
    expect(infos).toEqual([]); // read off the heads' start, none parsed
    const fresh = (await open(corpus, cache, { useCache: false })).corpus.documents.map((d) => ({ id: d.id, year: d.meta.year }));
    expect(got).toEqual(fresh);
    expect(new Set(fresh.map((d) => d.year))).toEqual(new Set([2021, 2019, null, 2024]));
  });
});

describe('the folder listing', () => {
  it('orders names by code unit and gives the paths join gives, whatever the folder is spelled', () => {
    const names = ['b.md', 'B.md', '_x.md', 'a.md', 'é.md', 'Z.md', 'a-b.md', 'a.b.md', '10.md', '9.md'];
    const dir = tempCorpus(Object.fromEntries(names.map((n) => [n, interviewDoc(n)])));
    made.push(dir);
    const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const spelled of [dir, `${dir}/`, `${dir}/./`, join(dir, '..', dir.split('/').pop()!)]) {
      const files = listCorpusFiles(spelled).files;
      expect(files.map((f) => f.name)).toEqual(sorted);
      expect(files.map((f) => f.path)).toEqual(sorted.map((n) => join(spelled, n)));
    }
  });
});
