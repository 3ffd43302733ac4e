/**
 * The compact index (src/cache/compact-index.ts) answers every query exactly
 * as the MiniSearch index of src/index does: same hits, same scores, same
 * order, same snippets. Checked on the shipped corpus, the fixtures, and the
 * relevance bench's queries, opened from a cache file and from memory.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCompactIndex, memoryIndex } from '../../src/cache/compact-index.js';
import { buildIndex, type SearchIndex } from '../../src/index/index.js';
import { loadCorpus } from '../../src/load/load.js';
import { search, searchWith, BASELINE, type SearchOptions } from '../../src/query/search.js';
import { CORPUS, FIXTURES, ROOT } from '../helpers.js';
import type { QuarryRecord } from '../../src/model/record.js';
import { open, tempDir } from './helpers.js';
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const relevance = JSON.parse(readFileSync(join(ROOT, 'bench', 'relevance.json'), 'utf8')) as { queries: { query: string }[] };
const QUERIES = [
  ...relevance.queries.map((q) => q.query),
  'security',
  'securty',
  'decentral',
  '"maternity leave"',
  'bnb -airdrop',
  'meerkat OR meercat',
  'crypto-to-crypto',
  'U.S.',
  '何一',
  '2021',
  '1000 employees',
  'yi',
  'the',
  'zzzz-nothing-matches',
];
const OPTIONS: SearchOptions[] = [{}, { limit: 3 }, { filters: { types: ['qa'] } }, { filters: { speakers: ['He Yi'], years: [{ from: 2021, to: 2021 }] } }];

async function results(index: SearchIndex, q: string, opts: SearchOptions): Promise<string> {
  try {
    return JSON.stringify((await search(index, q, opts)));
  } catch (err) {
    return `threw ${(err as Error).name}: ${(err as Error).message}`;
  }
}

/**
 * Every query on the shipped corpus in memory, where the engine's algorithm is
 * compared; elsewhere (fixtures, cache files, many blocks) the same engine is
 * fed other data or read another way, so a third of the judged queries, and
 * every hand-written one, show a difference. The option sets (a limit, a type,
 * speaker and year filters) run on that sample: they select among the same
 * scored hits.
 */
const SAMPLE = QUERIES.filter((_, i) => i % 3 === 0 || i >= relevance.queries.length);

async function expectSame(reference: SearchIndex, compact: SearchIndex, queries: readonly string[] = SAMPLE): Promise<void> {
  const sampled = new Set(SAMPLE);
  let compared = 0;
  for (const q of queries) {
    for (const o of sampled.has(q) ? OPTIONS : [{}]) {
      expect(await results(compact, q, o), `${q} ${JSON.stringify(o)}`).toBe(await results(reference, q, o));
      compared++;
    }
    expect(JSON.stringify(await searchWith(compact, q, BASELINE))).toBe(JSON.stringify(await searchWith(reference, q, BASELINE)));
  }
  expect(compared).toBeGreaterThan(queries.length);
  expect(queries.length).toBeGreaterThan(50);
}

/** The shipped corpus's records, loaded once for the tests that only read them. */
let shipped: QuarryRecord[] | undefined;
const shippedRecords = (): QuarryRecord[] => (shipped ??= loadCorpus(CORPUS).records);

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

describe('the compact index', () => {
  for (const [name, dir] of [
    ['the shipped corpus', CORPUS],
    ['the extra fixtures', join(FIXTURES, 'extra')],
    ['the shape fixtures', join(FIXTURES, 'shapes')],
  ] as const) {
    it(`answers as MiniSearch does: ${name}, in memory`, async () => {
      const records = dir === CORPUS ? shippedRecords() : loadCorpus(dir).records;
      await expectSame(buildIndex(records), memoryIndex(records), dir === CORPUS ? QUERIES : SAMPLE);
    });
  }

  it('answers as MiniSearch does when opened from a cache file', async () => {
    const cache = tempDir('quarry-cache-index-');
    made.push(cache);
    await open(CORPUS, cache, { index: true });
    const hit = await open(CORPUS, cache, { index: true });
    expect(hit.cache).toBe('hit');
    expect(hit.log.join('\n')).toMatch(/with index/);
    // the index reads records one by one, by their place in the cache: every one as loading gives it
    const records = shippedRecords();
    expect(hit.index!.size).toBe(records.length);
    for (let i = 0; i < records.length; i++) expect(hit.index!.record(i)).toEqual(records[i]);
    await expectSame(buildIndex(records), hit.index!);
    expect(JSON.stringify(hit.corpus.records)).toBe(JSON.stringify(records)); // and all of them when asked for
  });

  it('answers as MiniSearch does from a cache file of a corpus with many blocks of records', async () => {
    const cache = tempDir('quarry-cache-index-');
    made.push(cache);
    // six copies of the shipped corpus: about 1.6 MB of records, past the 1 MB block size, so they span blocks
    const dir = tempDir('quarry-corpus-6x-');
    made.push(dir);
    execFileSync(process.execPath, [join(ROOT, 'bench', 'gen-corpus.mjs'), dir, '6']);
    // the cold open loads the corpus: its records are the reference
    const { corpus: cold } = await open(dir, cache, { index: true });
    const hit = await open(dir, cache, { index: true });
    expect(hit.cache).toBe('hit');
    const records = cold.records;
    const reference = buildIndex(records);
    // every kind of query (the hand-written ones) and a sample of the judged ones: the full set runs on the shipped corpus above
    for (const q of SAMPLE.filter((_, i) => i % 2 === 0)) {
      for (const o of OPTIONS) expect(await results(hit.index!, q, o), `${q} ${JSON.stringify(o)}`).toBe(await results(reference, q, o));
    }
    expect(hit.index!.size).toBe(records.length);
    for (let i = 0; i < records.length; i += 97) expect(hit.index!.record(i)).toEqual(records[i]);
  }, 120_000);

  it('keeps the first of two records with one id, as buildIndex does', async () => {
    const records = shippedRecords();
    const doubled = [...records, { ...records[0]!, text: 'a different text under the same id' }];
    const reference = buildIndex(doubled);
    const compact = memoryIndex(doubled);
    expect(compact.size).toBe(reference.records.length);
    expect(await results(compact, 'different text', {})).toBe(await results(reference, 'different text', {}));
  });

  it('is smaller than the MiniSearch JSON it replaces', async () => {
    const records = shippedRecords();
    const built = buildCompactIndex(records);
    const bytes = Object.values(built.sections)
      .flat()
      .reduce((n, b) => n + b.length, 0);
    expect(bytes).toBeLessThan(JSON.stringify(buildIndex(records).engine).length);
  });
});
