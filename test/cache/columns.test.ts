/**
 * The cache's record columns answer filters and facet values as the
 * records do: the same selection, in the same order, for every filter, and
 * `list --speaker` parses only the records it selects.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { columnsOf } from '../../src/cache/columns.js';
import { matchesFilters, type Filters } from '../../src/query/filters.js';
import { localStore } from '../../src/store/local.js';
import { open, shippedCopy, tempDir } from './helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/**
 * A copy of the shipped corpus and its cache, built once (a cold open) for the tests below, which
 * only read it: each built its own, a cold load of the whole corpus each.
 */
let shared: Promise<{ corpus: string; cache: string }> | undefined;
function built(): Promise<{ corpus: string; cache: string }> {
  shared ??= (async () => {
    const corpus = shippedCopy();
    const cache = tempDir('quarry-columns-cache-');
    made.push(corpus, cache);
    await open(corpus, cache);
    return { corpus, cache };
  })();
  return shared;
}

const QUERIES: Filters[] = [
  { types: ['qa'] },
  { types: ['quote', 'claim'], speakers: ['He Yi'] },
  { speakers: ['Changpeng Zhao', 'He Yi'], years: [{ from: 2021, to: 2025 }] },
  { years: [{ from: null, to: 2022 }], mentions: [{ from: 2017, to: 2017 }] },
  { docs: ['life-at-binance'], types: ['quote'] },
  { topics: ['ai', ' GROWTH '] },
  { mentions: [{ from: 2020, to: null }], types: ['claim', 'quote'] },
];

describe('record columns', () => {
  it('select exactly the records the filters select, in corpus order, parsing only them', async () => {
    const { corpus, cache } = await built();
    const all = (await open(corpus, cache)).corpus.records;
    for (const q of QUERIES) {
      const warm = await open(corpus, cache);
      expect(warm.cache).toBe('hit');
      expect(columnsOf(warm.corpus)).toBeDefined();
      const store = localStore({ corpus: warm.corpus });
      const got = await store.select(q, (r) => matchesFilters(r, q));
      expect(got.map((r) => r.id), JSON.stringify(q)).toEqual(all.filter((r) => matchesFilters(r, q)).map((r) => r.id));
      expect(got.length, JSON.stringify(q)).toBeGreaterThan(0);
    }
    // facet values as Store derives them from records
    const warm = await open(corpus, cache);
    const store = localStore({ corpus: warm.corpus });
    const speakers = [...new Set(all.map((r) => r.speaker).filter((s): s is string => !!s))];
    const topics = [...new Set(all.flatMap((r) => r.topics.map((t) => t.trim())).filter(Boolean))];
    expect(await store.facetValues('speaker')).toEqual(speakers);
    expect(await store.facetValues('topic')).toEqual(topics);
    // a selective filter reads few records: corpus.records was never parsed whole
    const parsed: unknown[] = [];
    const original = JSON.parse;
    JSON.parse = ((text: string, ...rest: unknown[]) => {
      const v = original(text, ...(rest as []));
      if (Array.isArray(v) && v.length && (v[0] as { figures?: unknown }).figures) parsed.push(v);
      return v;
    }) as typeof JSON.parse;
    try {
      await store.select({ docs: ['life-at-binance'], types: ['quote'] }, () => true);
    } finally {
      JSON.parse = original;
    }
    expect(parsed).toEqual([]); // records parsed one by one, never a document's block, let alone all
  });

  it('answer a filtered search\'s checks exactly, reading no record (passes asks no predicate)', async () => {
    const { corpus, cache } = await built();
    const all = (await open(corpus, cache)).corpus.records;
    const keys = all.map((_, i) => i);
    for (const q of QUERIES) {
      const store = localStore({ corpus: (await open(corpus, cache)).corpus });
      const never = (): boolean => {
        throw new Error('a record was read to check a filter the columns answer');
      };
      expect(await store.passes(keys, q, never), JSON.stringify(q)).toEqual(all.map((r) => matchesFilters(r, q)));
    }
  });

  it('stream the same records as they select (list reads them as it prints them)', async () => {
    const { corpus, cache } = await built();
    for (const q of QUERIES) {
      const keep = (r: Parameters<typeof matchesFilters>[0]) => matchesFilters(r, q);
      const selected = await localStore({ corpus: (await open(corpus, cache)).corpus }).select(q, keep);
      const each = localStore({ corpus: (await open(corpus, cache)).corpus }).selectEach(q, keep);
      expect(each, JSON.stringify(q)).not.toBeNull();
      expect(JSON.stringify([...each!]), JSON.stringify(q)).toBe(JSON.stringify(selected));
    }
  });

  it('parse no column of a document its id or year rules out', async () => {
    const { corpus, cache } = await built();
    const store = localStore({ corpus: (await open(corpus, cache)).corpus });
    const calls: string[] = [];
    const original = JSON.parse;
    JSON.parse = ((text: string, ...rest: unknown[]) => {
      calls.push(text.slice(0, 40));
      return original(text, ...(rest as []));
    }) as typeof JSON.parse;
    let got: unknown[];
    try {
      got = [...store.selectEach({ years: [{ from: 1900, to: 1900 }], speakers: ['He Yi'], types: ['qa'] }, () => true)!];
      got.push(...store.selectEach({ docs: ['no-such-document'], topics: ['ai'] }, () => true)!);
    } finally {
      JSON.parse = original;
    }
    expect(got).toEqual([]);
    // a document's info (its id and year) is parsed when first read: its columns are what must not be
    expect(calls.filter((c) => !c.startsWith('{"info":'))).toEqual([]);
    expect(calls.length).toBeLessThanOrEqual(5);
  });
});
