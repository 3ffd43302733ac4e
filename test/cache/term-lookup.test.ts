/**
 * The lean term lookup (src/cache/term-lookup.ts) gives exactly what
 * MiniSearch gives for one term: the same records, the same scores to the
 * bit, in the same order, with the same matched index terms and fields. It
 * is compared with MiniSearch's own query over the same index (the compact
 * engine's termHits, MiniSearch's executeQuery) and with a MiniSearch index
 * built from the records (search()), on the shipped corpus, on a segmented
 * index with dead records, and on generated terms: every kind of option
 * search.ts passes (exact, prefix, fuzzy one and two edits), typos,
 * prefixes, unknown and non-ASCII terms. The parts are checked alone too:
 * the stored tree's walks against SearchableMap's, the score order against a
 * stable sort, the partly sorted list against a whole sort.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { expectEqual, expectSame } from '../expect-equal.js';
import { arraySource, buildCompactIndex, memoryIndex, openCompactIndex, openSegmentedIndex, segmentAverages, storedForm, type SegmentInput } from '../../src/cache/compact-index.js';
import { sectionsReader } from '../../src/cache/format.js';
import { FlatTree, orderByScore } from '../../src/cache/term-lookup.js';
import { buildIndex, STEM_FIELDS, SURFACE_FIELDS, type SearchIndex } from '../../src/index/index.js';
import type { QuarryRecord } from '../../src/model/record.js';
import { Ranked } from '../../src/query/ranked.js';
import { seededRandom } from '../random.js';
import { shippedRecords, shippedReference } from './compare.js';

const IDENTITY = { tokenize: (s: string) => [s], processTerm: (t: string) => t };
const BOOSTS = [2, 1.5, 1, 1, 0.5, 0.5, 0.5];
const boost = (fields: readonly string[]) => Object.fromEntries(fields.map((f, i) => [f, BOOSTS[i % BOOSTS.length]!]));
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };

/** The option sets search.ts (src/store/local.ts) passes, and a few it could. */
const OPTION_SETS = [
  { ...IDENTITY, fields: [...STEM_FIELDS], boost: boost(STEM_FIELDS), prefix: false, fuzzy: 0, maxFuzzy: 2, weights: WEIGHTS },
  { ...IDENTITY, fields: [...SURFACE_FIELDS], boost: boost(SURFACE_FIELDS), prefix: true, fuzzy: 1, maxFuzzy: 2, weights: WEIGHTS },
  { ...IDENTITY, fields: [...SURFACE_FIELDS], boost: boost(SURFACE_FIELDS), prefix: true, fuzzy: 2, maxFuzzy: 2, weights: WEIGHTS },
  { ...IDENTITY, fields: ['text_surface', 'question_surface', 'context_surface'], boost: { text_surface: 2 }, prefix: false, fuzzy: 2, maxFuzzy: 2, weights: { fuzzy: 0.3, prefix: 0.5 } },
  { ...IDENTITY, fields: ['question', 'text', 'no_such_field', 'text'], boost: { text: 3, question: 0 }, prefix: true, fuzzy: 0.3, maxFuzzy: 1, weights: WEIGHTS },
] as const;

type Row = [number, number, string[], string[]];

function lean(index: SearchIndex, term: string, options: (typeof OPTION_SETS)[number]): Row[] {
  const hits = index.lookup!(term, options as never);
  if (hits === null) expect(hits, term).not.toBeNull();
  return hits!.map((h) => [h.key, h.score, h.terms, h.fields]);
}

/** Hits by record, each with its index terms and fields as sets (scores apart): what does not depend on the order expansions are visited in. */
function canonical(rows: Row[]): [number, string[], string[]][] {
  return rows.map(([key, , terms, fields]): [number, string[], string[]] => [key, [...terms].sort(), [...fields].sort()]).sort((a, b) => a[0] - b[0]);
}

/** MiniSearch's own query over the same index (CompactMiniSearch.termHits: executeQuery, then search's arithmetic and sort). */
function miniSearchOwn(index: SearchIndex, term: string, options: (typeof OPTION_SETS)[number]): Row[] {
  const engine = index.engine as unknown as { termHits(t: string, o: unknown): { id: number; score: number; terms: string[]; fields: string[] }[] };
  return engine.termHits(term, options).map((h) => [h.id, h.score, h.terms, h.fields]);
}

/** MiniSearch's search() over an index it built itself. */
function miniSearchBuilt(reference: ReturnType<typeof buildIndex>, term: string, options: (typeof OPTION_SETS)[number]): Row[] {
  return reference.engine.search(term, options as never).map((r) => [reference.shortId(r.id)!, r.score, r.terms, [...new Set(Object.values(r.match).flat())]]);
}

/** Index terms, and terms made from them: prefixes, one or two edits, unknown words, other scripts. */
function termsToTry(reference: SearchIndex, every: number, seed: number): string[] {
  const all = [...(reference.engine as unknown as { _index: SearchableMap<unknown> })._index.keys()].sort();
  const random = seededRandom(seed);
  const pick = () => all[Math.floor(random() * all.length)]!;
  const letters = 'abcdeilnorstuyé';
  const out = new Set<string>(all.filter((_, i) => i % every === 0));
  for (let i = 0; i < 60; i++) {
    const w = pick();
    out.add(w.slice(0, 3 + Math.floor(random() * 3)));
    const at = Math.floor(random() * w.length);
    const ch = letters[Math.floor(random() * letters.length)]!;
    out.add(w.slice(0, at) + ch + w.slice(at + 1)); // substitution
    out.add(w.slice(0, at) + w.slice(at + 1)); // deletion
    out.add(w.slice(0, at) + ch + ch + w.slice(at)); // two insertions
  }
  for (const t of ['secur', 'security', 'securty', 'binanse', 'decentral', 'zzzz', 'a', 'yi', '何一', 'café', '2021', '300', 'constructor', 'hasownproperty', 'toString']) out.add(t);
  out.delete('');
  return [...out];
}

/** MiniSearch's index of the shipped records, built once per worker (compare.ts): the tests below only query it (each built one, and one more for its terms). */
const reference = shippedReference;

describe('the lean term lookup', () => {
  it('finds what MiniSearch finds, on the shipped corpus: ids, scores to the bit, order, index terms, fields', () => {
    const records = shippedRecords();
    const index = memoryIndex(records);
    // every 18th index term and 240 near-misses of random ones: a sample, reseeded below with other terms
    const terms = termsToTry(reference(), 18, 11);
    expect(terms.length).toBeGreaterThan(300);
    let compared = 0;
    let nonEmpty = 0;
    for (const term of terms) {
      for (const options of OPTION_SETS) {
        const got = lean(index, term, options);
        expectEqual(got, miniSearchOwn(index, term, options), () => `${term} ${JSON.stringify(options.fields)} prefix ${options.prefix} fuzzy ${options.fuzzy}`);
        // against an index MiniSearch built itself: a sample (its fuzzy walk is slow)
        if (compared % 5 === 0) expectEqual(got, miniSearchBuilt(reference(), term, options), () => term);
        compared++;
        if (got.length) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(compared / 3);
  });

  it('finds what MiniSearch finds over segments merged at query time, with dead records (expansions in their own order)', () => {
    const records = shippedRecords();
    const n = records.length;
    // the corpus: every record; segment 0 holds the first half with a stretch of it dead (a changed
    // document) and two records no longer in the corpus; segment 1 the new versions of that stretch;
    // segment 2 the rest
    const half = Math.floor(n / 2);
    const from = Math.floor(n / 5);
    const to = from + 25;
    const gone = [{ ...records[3]!, id: 'gone/q-1', text: 'a removed record about security listings' }, { ...records[4]!, id: 'gone/q-2' }];
    const seg0 = [...records.slice(0, half), ...gone];
    const map0 = Int32Array.from(seg0.map((_, i) => (i >= half || (i >= from && i < to) ? -1 : i)));
    const seg1 = records.slice(from, to);
    const map1 = Int32Array.from(seg1.map((_, i) => from + i));
    const seg2 = records.slice(half);
    const map2 = Int32Array.from(seg2.map((_, i) => half + i));
    const inputs: SegmentInput[] = [
      { reader: sectionsReader(buildCompactIndex(seg0).sections), toGlobal: map0 },
      { reader: sectionsReader(buildCompactIndex(seg1).sections), toGlobal: map1 },
      { reader: sectionsReader(buildCompactIndex(seg2).sections), toGlobal: map2 },
    ];
    // The live records in corpus order as (segment, first short id, count) runs, as the cache keeps them.
    const runs: number[] = [];
    for (let g = 0; g < n; g++) {
      const s = inputs.findIndex((x) => x.toGlobal.includes(g));
      const local = inputs[s]!.toGlobal.indexOf(g);
      const last = runs.length - 3;
      if (last >= 0 && runs[last] === s && runs[last + 1]! + runs[last + 2]! === local) runs[last + 2] = runs[last + 2]! + 1;
      else runs.push(s, local, 1);
    }
    const averages = segmentAverages(
      inputs.map((x) => x.reader),
      Int32Array.from(runs),
      n,
    );
    const index = openSegmentedIndex(inputs, n, averages, arraySource([...records]), () => memoryIndex([...records]));
    const terms = termsToTry(reference(), 23, 12);
    let nonEmpty = 0;
    let inexact = 0;
    for (const term of terms) {
      for (const options of OPTION_SETS.slice(0, 3)) {
        const got = lean(index, term, options);
        const want = miniSearchOwn(index, term, options);
        const what = `${term} prefix ${options.prefix} fuzzy ${options.fuzzy}`;
        // The segments' trees are walked one after the other, not as one merged Map tree: the same
        // expansions in another order. So the same records, index terms and fields, each record's
        // score the same sum taken in another order (equal to the last bits), ordered by score.
        expectEqual(canonical(got), canonical(want), () => what);
        const scores = new Map(want.map((r) => [r[0], r[1]]));
        for (const [key, score] of got) {
          if (!(Math.abs(score - scores.get(key)!) <= Math.abs(score) * 1e-12)) expect(Math.abs(score - scores.get(key)!), what).toBeLessThanOrEqual(Math.abs(score) * 1e-12);
          if (score !== scores.get(key)) inexact++;
        }
        for (let i = 1; i < got.length; i++) if (!(got[i - 1]![1] >= got[i]![1])) expect(got[i - 1]![1], what).toBeGreaterThanOrEqual(got[i]![1]);
        if (got.length) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(100);
    expect(inexact).toBeLessThan(nonEmpty);
    // the removed records are found by nothing
    expect(canonical(lean(index, 'removed', OPTION_SETS[1]))).toEqual(canonical(miniSearchOwn(index, 'removed', OPTION_SETS[1])));
    expect(lean(index, 'removed', OPTION_SETS[1]).some(([key]) => key >= n)).toBe(false);
    // words only one of the two large segments holds (one of them is the base tree, the other's are numbered after it)
    const words = (rs: readonly QuarryRecord[]) => new Set(rs.flatMap((r) => r.text.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length > 5));
    const [w0, w2] = [words(seg0), words(seg2)];
    const only = [...[...w0].filter((w) => !w2.has(w)).slice(0, 4), ...[...w2].filter((w) => !w0.has(w)).slice(0, 4)];
    expect(only.length).toBe(8);
    for (const w of only) {
      for (const options of OPTION_SETS.slice(0, 3)) {
        const got = lean(index, w, options);
        expectEqual(canonical(got), canonical(miniSearchOwn(index, w, options)), () => w);
        if (options.prefix) expect(got.length, w).toBeGreaterThan(0);
      }
    }
  });

  it('answers from the rebuilt index once a postings blob fails its checksum, as MiniSearch then does', () => {
    const records = shippedRecords();
    const built = buildCompactIndex(records);
    // damage every postings byte: the first lookup that reads one falls back
    const postings = Buffer.concat(built.sections['index.postings']).map((b) => b ^ 0xff);
    const damaged = sectionsReader({ ...built.sections, 'index.postings': [postings] });
    let rebuilt = 0;
    const index = openCompactIndex(damaged, records, () => {
      rebuilt++;
      return memoryIndex(records);
    });
    const healthy = memoryIndex(records);
    expect(lean(index, 'security', OPTION_SETS[1])).toEqual(lean(healthy, 'security', OPTION_SETS[1]));
    expect(lean(index, 'binance', OPTION_SETS[0])).toEqual(lean(healthy, 'binance', OPTION_SETS[0]));
    expect(rebuilt).toBe(1);
  });

  it('reads back labels past latin1 as stored, a surrogate pair split between two (labels as one UTF-16 string, schema 10)', () => {
    // astral ideographs sharing their high surrogate: the radix tree splits the pair between a parent's label and its children's
    const words = ['何一', '何以', '𠀀', '𠀁', '𠀁𠀀', 'café', 'cafe'];
    const records = shippedRecords()
      .slice(0, 30)
      .map((r, i) => ({ ...r, text: `${r.text} ${words[i % words.length]}` }));
    const built = buildCompactIndex(records);
    expect(built.meta.labelWidth).toBe(2);
    const text = Buffer.concat(built.sections['index.labels']).toString('utf16le');
    expect(text).toMatch(/^[^]*[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // a high surrogate alone: a split pair
    const index = openCompactIndex(sectionsReader(built.sections), records, () => memoryIndex(records));
    const ref = buildIndex(records);
    const keys = [...(ref.engine as unknown as { _index: SearchableMap<unknown> })._index.keys()];
    const terms = [...keys.filter((k) => /[^\u0000-\u007f]/.test(k)), '\uD840', '𠀂', 'caf', 'cafè', 'security'];
    for (const term of terms) for (const options of OPTION_SETS) expectEqual(lean(index, term, options), miniSearchBuilt(ref, term, options), () => term);
    // an all-latin1 index stores a byte a code unit
    expect(buildCompactIndex(records.slice(0, 5).map((r) => ({ ...r, text: 'café au lait' }))).meta.labelWidth).toBe(1);
  });

  it('leaves to MiniSearch the options it does not take', () => {
    const index = memoryIndex(shippedRecords());
    const base = { ...OPTION_SETS[0], fields: [...OPTION_SETS[0].fields] };
    expect(index.lookup!('security', { ...base, filter: () => true })).toBeNull();
    expect(index.lookup!('security', { ...base, boostDocument: () => 2 })).toBeNull();
    expect(index.lookup!('security', { ...base, fuzzy: () => 1 })).toBeNull();
    // MiniSearch would tokenize and process the term with the index's own functions
    expect(index.lookup!('security', { fields: ['text'] })).toBeNull();
    expect(index.lookup!('Security Listing', { ...base, tokenize: (s: string) => s.split(' ') })).toBeNull();
  });
});

describe("the stored term tree's walks", () => {
  /** The stored form (compact-index.ts serializeTree): labels in pre-order, entry counts and term numbers (by `number`). */
  function stored(map: SearchableMap<number>, number: (t: number) => number = (t) => t): { labels: string[]; shape: Int32Array } {
    return storedForm((map as unknown as { _tree: Map<string, unknown> })._tree, (leaf) => number(leaf as number));
  }

  for (const seed of [1, 2, 3, 4]) {
    it(`visits terms as SearchableMap does: get, atPrefix, fuzzyGet (seed ${seed})`, () => {
      const random = seededRandom(seed);
      const alphabet = seed % 2 ? 'ab' : 'abcdé';
      const word = () => Array.from({ length: 1 + Math.floor(random() * 7) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const map = new SearchableMap<number>();
      const words: string[] = [];
      for (let i = 0; i < 300; i++) {
        const w = word();
        if (!map.has(w)) {
          map.set(w, words.length);
          words.push(w);
        }
      }
      // deletions merge nodes: Map orders that insertion alone does not make
      for (let i = 0; i < 20; i++) map.delete(words[Math.floor(random() * words.length)]!);
      // the tree's terms numbered densely, as a stored tree's are
      const live = words.filter((w) => map.has(w));
      const dense = new Map(live.map((w, i) => [w, i]));
      const { labels, shape } = stored(map, (t) => dense.get(words[t]!)!);
      const walked = new FlatTree(labels, shape, live.length);
      // what the index stores and opening takes back, and MiniSearch's own tree made from it
      const flat = FlatTree.stored([...walked.slotLabels], walked.arrays());
      const numbered = (node: Map<string, unknown>): Map<string, unknown> =>
        new Map([...node].map(([k, v]) => [k, k === '' ? dense.get(words[v as number]!) : numbered(v as Map<string, unknown>)]));
      expect(flat.mapTree(live.length, (t) => t)).toEqual(numbered((map as unknown as { _tree: Map<string, unknown> })._tree));
      const probes = new Set<string>([...live.slice(0, 60), '', 'a', 'b', 'é', 'zz', ...Array.from({ length: 80 }, word)]);
      for (const q of probes) {
        const expectGet = map.get(q);
        expectSame(flat.get(q), expectGet === undefined ? -1 : dense.get(q)!, () => `get ${q}`);
        const got: string[] = [];
        flat.prefix(q, (t, number) => {
          got.push(t);
          expectSame(live[number], t, () => t);
        });
        expectEqual(got, [...map.atPrefix(q).keys()], () => `prefix ${q}`);
        if (!q) continue;
        for (const d of [1, 2, 3]) {
          const fz = flat.fuzzy(q, d);
          const ref = [...map.fuzzyGet(q, d)].map(([t, [, dist]]) => [t, dist]);
          expectEqual(
            fz.terms.map((t, i) => [t, fz.distances[i]]),
            ref,
            () => `fuzzy ${q} ${d}`,
          );
          fz.terms.forEach((t, i) => expectSame(live[fz.numbers[i]!], t, () => t));
        }
      }
    });
  }

  it('refuses a malformed stored tree', () => {
    const map = new SearchableMap<number>();
    ['security', 'secure', 'list'].forEach((w, i) => map.set(w, i));
    const { labels, shape } = stored(map);
    expect(() => new FlatTree(labels, shape, 3)).not.toThrow();
    expect(() => new FlatTree(labels.slice(1), shape, 3)).toThrow(/malformed/);
    expect(() => new FlatTree(labels, shape.slice(0, -1), 3)).toThrow(/malformed/);
    expect(() => new FlatTree(labels, Int32Array.from(shape, (v, i) => (i === shape.length - 1 ? 7 : v)), 3)).toThrow(/malformed/);
    expect(() => new FlatTree(labels, shape, 4)).toThrow(/malformed/);
    // stored arrays that do not fit the labels, or whose children loop or skip a term
    const walked = new FlatTree(labels, shape, 3);
    const arrays = walked.arrays();
    expect(() => FlatTree.stored([...walked.slotLabels], arrays).mapTree(3, (t) => t)).not.toThrow();
    expect(() => FlatTree.stored([...walked.slotLabels].slice(1), arrays)).toThrow(/malformed/);
    expect(() => FlatTree.stored([...walked.slotLabels], arrays.slice(1))).toThrow(/malformed/);
    const nodes = arrays.length - 1 - walked.slotLabels.length;
    const child = walked.slotLabels.findIndex((l) => l !== '');
    const looped = Int32Array.from(arrays, (v, i) => (i === nodes + 1 + child ? 0 : v));
    expect(() => FlatTree.stored([...walked.slotLabels], looped).mapTree(3, (t) => t)).toThrow(/malformed/);
    expect(() => FlatTree.stored([...walked.slotLabels], arrays).mapTree(4, (t) => t)).toThrow(/malformed/);
  });
});

describe('the score order', () => {
  it('is the stable sort by score, highest first, for scores with many ties', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 50; round++) {
      const n = Math.floor(random() * 300);
      const size = n + 10;
      const scores = new Float64Array(size);
      const order = new Int32Array(n);
      const docs = Array.from({ length: size }, (_, i) => i).sort(() => random() - 0.5);
      const distinct = [0, -0, 1.5, 2.25, 1e-300, 7, 7.000000000000001];
      for (let i = 0; i < n; i++) {
        order[i] = docs[i]!;
        scores[docs[i]!] = random() < 0.6 ? distinct[Math.floor(random() * distinct.length)]! : random() * 10;
      }
      const expected = Array.from({ length: n }, (_, i) => i).sort((x, y) => scores[order[y]!]! - scores[order[x]!]!);
      expect([...orderByScore(scores, order, n)]).toEqual(expected);
    }
  });
});

describe('a list sorted as far as it is read', () => {
  it('gives the head a whole sort gives, in any reading order', () => {
    const random = seededRandom(5);
    for (let round = 0; round < 40; round++) {
      const n = Math.floor(random() * 2000);
      const items = Array.from({ length: n }, (_, id) => ({ id, a: Math.floor(random() * 4), b: Math.floor(random() * 50) / 4 }));
      const cmp = (x: (typeof items)[number], y: (typeof items)[number]) => y.a - x.a || y.b - x.b || x.id - y.id;
      const whole = [...items].sort(cmp);
      const ranked = new Ranked([...items], cmp);
      const k = Math.floor(random() * 300);
      expect(ranked.head(k)).toEqual(whole.slice(0, k));
      for (let from = 0; from < n; from += 170) expect(ranked.slice(from, from + 170)).toEqual(whole.slice(from, from + 170));
      expect(ranked.head(n + 5)).toEqual(whole);
    }
  });
});
