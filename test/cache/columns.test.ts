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

describe('column S read in place (speakerPlaces) and column s as one code unit a record (schema 11)', () => {
  it('finds exactly the places JSON.parse would, for names with quotes, commas, brackets, escapes and non-ASCII', async () => {
    const { speakerPlaces } = await import('../../src/cache/cache.js');
    const { asciiJson } = await import('../../src/cache/format.js');
    const lists: string[][] = [
      ['He Yi', 'Changpeng Zhao', 'He Yin', 'Zhang He Yi'],
      ['Zhang He Yi', 'He Yi,', '"He Yi"', 'He Yi'],
      ['a","He Yi', 'x\\', 'He Yi\\"', '[He Yi]', 'He Yi'],
      ['Zoë Brandt', 'Zoe Brandt', '李娜', 'Ana Silva Costa', 'Ana Silva', '\u0000x\u001f', '\ud800lone'],
      [],
      ['He Yi'],
      ['a,', 'He Yi', ',', 'x', 'He Yi,', ' He Yi'],
      [',', '"', 'He', 'Yi', 'He Yi'],
    ];
    const asks: string[][] = [['He Yi'], ['Ana Silva'], ['Zoë Brandt', '李娜'], ['a","He Yi'], ['x\\'], ['"He Yi"'], ['He Yi,'], ['\ud800lone'], ['\u0000x\u001f'], ['nobody'], ['[He Yi]'], [','], ['"'], ['He'], ['']];
    for (const S of lists) {
      for (const names of asks) {
        const want = S.map((x) => names.includes(x));
        const got = speakerPlaces(asciiJson(S), names);
        expect(S.map((_, k) => got[k] === true), `${JSON.stringify(S)} ${JSON.stringify(names)}`).toEqual(want);
        expect(got.length, 'nothing past S').toBeLessThanOrEqual(S.length);
      }
    }
  });

  it('`--speaker` parses no speaker column of a warm cache, and selects what the records select', async () => {
    const { corpus, cache } = await built();
    const all = (await open(corpus, cache)).corpus.records;
    const store = localStore({ corpus: (await open(corpus, cache)).corpus });
    const lists: string[] = [];
    const original = JSON.parse;
    JSON.parse = ((text: string, ...rest: unknown[]) => {
      if (text.startsWith('[') || text.startsWith('"')) lists.push(text.slice(0, 40));
      return original(text, ...(rest as []));
    }) as typeof JSON.parse;
    const q: Filters = { speakers: ['He Yi', 'Changpeng Zhao'], years: [{ from: 2021, to: 2025 }] };
    let got: string[];
    try {
      got = [...store.selectEach(q, () => true)!].map((r) => r.id);
    } finally {
      JSON.parse = original;
    }
    expect(got).toEqual(all.filter((r) => matchesFilters(r, q)).map((r) => r.id));
    expect(got.length).toBeGreaterThan(0);
    // the records read are objects ({…}); S is searched in place; s is one JSON string per document
    expect(lists.filter((t) => t.startsWith('['))).toEqual([]);
  });

  it('other words: a transcript folder\'s speakers, none and every one, select as the records do', async () => {
    const corpus = tempDir('quarry-columns-other-');
    const cacheDir = tempDir('quarry-columns-other-cache-');
    made.push(corpus, cacheDir);
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    writeFileSync(
      join(corpus, 'harbour-board-2019.md'),
      '---\ntitle: Harbour board hearing\ndate: 2019-05-02\n---\n\nMarta Quist: The harbour fees rose twice last winter, and the ferries paid both times.\n\nDev Raman: We kept the night crossings because the islands asked for them.\n\nMarta Quist: Then the board should publish the ledger before June.\n',
    );
    writeFileSync(
      join(corpus, 'orchard-cooperative-2022.md'),
      '---\ntitle: Orchard cooperative notes\ndate: 2022-09-14\n---\n\nIlse Varga: Our pears went to the cannery in crates we built ourselves.\n\nTomas Ek: The frost in April cost us a third of the apples.\n',
    );
    await open(corpus, cacheDir);
    const warm = await open(corpus, cacheDir);
    expect(warm.cache).toBe('hit');
    const all = warm.corpus.records;
    const names = [...new Set(all.map((r) => r.speaker).filter((s): s is string => !!s))];
    expect(names.length).toBeGreaterThan(1);
    for (const speakers of [...names.map((n) => [n]), names, ['Nobody Here']]) {
      const q: Filters = { speakers };
      const store = localStore({ corpus: (await open(corpus, cacheDir)).corpus });
      const got = await store.select(q, (r) => matchesFilters(r, q));
      expect(got.map((r) => r.id), speakers.join()).toEqual(all.filter((r) => matchesFilters(r, q)).map((r) => r.id));
    }
  });
});

describe('column s as a string (schema 11)', () => {
  it('round-trips every speaker number through a head\'s JSON, printable for the first ones, a list past SPEAKER_CODES', async () => {
    const { speakerColumn } = await import('../../src/cache/cache.js');
    const { speakerAt, SPEAKER_BASE, SPEAKER_CODES } = await import('../../src/cache/columns.js');
    const { asciiJson } = await import('../../src/cache/format.js');
    const numbers = [-1, 0, 1, 55, 56, 57, 90, 91, 200, 0xd800 - SPEAKER_BASE, 0xdc00 - SPEAKER_BASE, 0xdbff - SPEAKER_BASE, 0xdfff - SPEAKER_BASE, SPEAKER_CODES - 1, -1];
    const s = speakerColumn(numbers, SPEAKER_CODES);
    expect(typeof s).toBe('string');
    const back = JSON.parse(asciiJson(s)) as string;
    expect(numbers.map((_, k) => speakerAt(back, k))).toEqual(numbers);
    // none and the first 56 speakers are one printable character each, no escape
    const small = speakerColumn([-1, 0, 1, 2, 55, -1], 56);
    expect(asciiJson(small)).toBe(`"${String.fromCharCode(...[-1, 0, 1, 2, 55, -1].map((k) => k + SPEAKER_BASE))}"`);
    expect(asciiJson(small)).not.toMatch(/\\/);
    // more speakers than a code unit numbers: a list, read as one
    const many = speakerColumn([0, SPEAKER_CODES, -1], SPEAKER_CODES + 1);
    expect(many).toEqual([0, SPEAKER_CODES, -1]);
    expect([0, 1, 2].map((k) => speakerAt(JSON.parse(asciiJson(many)) as number[], k))).toEqual([0, SPEAKER_CODES, -1]);
  });
});
