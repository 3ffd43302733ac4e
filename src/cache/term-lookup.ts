/**
 * One term looked up in a compact index without MiniSearch's objects: what
 * `MiniSearch.search(term, options)` finds for a single processed term
 * (BM25+ over the chosen fields with their boosts, prefix and fuzzy
 * expansions weighted as MiniSearch weights them), as hits with the same
 * ids, the same scores to the bit and in the same order.
 *
 * Why: at 1,000× one lookup matches tens of thousands of records, and
 * MiniSearch builds a result object, a terms array, a match object and a
 * field array for each (then `search` builds another object each, and
 * sorts), and its term tree is a Map per node, all built at open. Here:
 * - the term tree stays in its stored form (labels in pre-order, entry
 *   counts and term numbers), indexed into typed arrays once (FlatTree);
 *   exact, prefix and fuzzy walks visit entries in the stored Map order,
 *   which is MiniSearch's (a prefix walk in its iterator's order: the last
 *   entry of a node first; a fuzzy walk first to last, with its Levenshtein
 *   matrix code as it is), so expansions come out in MiniSearch's order;
 * - a term's postings are decoded only for the fields asked, straight into
 *   the score accumulator (a Float64Array by record);
 * - each record's scores are added in MiniSearch's order (the term, then
 *   its prefix expansions, then the fuzzy ones; per term, fields in the
 *   order of the options' field list; per field, records ascending), with
 *   its arithmetic written the same way, so every sum is the same double;
 * - which index terms and fields a record matched is a state of a small
 *   automaton over (expansion, field) steps, so records that matched alike
 *   share one `terms` and one `fields` array.
 * test/cache/term-lookup.test.ts compares every part with MiniSearch's own.
 */
import type { SearchOptions } from 'minisearch';
import { CacheCorruptError } from './format.js';

/** A lookup's hits, best first (ties in the order MiniSearch first met them): see LeanLookup. */
export interface LeanHit {
  key: number;
  score: number;
  /** the index terms that matched (MiniSearch's `Object.keys(match)`) */
  terms: string[];
  /** the index fields any of them matched, each once */
  fields: string[];
}

// ------------------------------------------------------------------ the term tree

/** What a lookup asks of a term tree (FlatTree, or several segments' trees as one: compact-index.ts). */
export interface TermTree {
  /** SearchableMap.get: the term number of `key`, or −1 */
  get(key: string): number;
  /** every term starting with `prefix`, with its number */
  prefix(prefix: string, visit: (term: string, t: number) => void): void;
  /** every term within `maxDistance` edits of `query`, with its number and distance */
  fuzzy(query: string, maxDistance: number): { terms: string[]; numbers: number[]; distances: number[] };
}

/**
 * A term tree's entry labels in slot order, as one string and where each
 * label ends in it ("index.labels" and "index.labelEnds", schema 10). Why not
 * a JSON list of strings: at 1,000× it holds ≈ 158,000 labels, and every
 * warm search parsed them all (≈ 52 M instructions, and 158,000 strings of
 * garbage) to look up a few terms; here opening reads the two sections, and
 * a lookup makes a label's string only where it needs one (a prefix or fuzzy
 * walk's key), comparing the others in place.
 */
export class LabelTable {
  constructor(
    /** every label, joined */
    readonly text: string,
    /** ends[s]: where slot s's label ends in `text` (it starts where s − 1's ends) */
    readonly ends: Int32Array,
  ) {}

  static of(labels: readonly string[]): LabelTable {
    const ends = new Int32Array(labels.length);
    let at = 0;
    for (let s = 0; s < labels.length; s++) ends[s] = at += labels[s]!.length;
    return new LabelTable(labels.join(''), ends);
  }

  get length(): number {
    return this.ends.length;
  }

  private start(s: number): number {
    return s === 0 ? 0 : this.ends[s - 1]!;
  }

  /** slot s's label */
  at(s: number): string {
    return this.text.slice(this.start(s), this.ends[s]);
  }

  /** slot s's label's length */
  lengthOf(s: number): number {
    return this.ends[s]! - this.start(s);
  }

  /** whether slot s's label is '' (the entry holding a term) */
  isLeaf(s: number): boolean {
    return this.ends[s] === this.start(s);
  }

  /** whether slot s's label is not '' and `key` holds it at `pos` (key.startsWith(label, pos)) */
  inKeyAt(s: number, key: string, pos: number): boolean {
    const from = this.start(s);
    const length = this.ends[s]! - from;
    if (length === 0 || pos + length > key.length) return false;
    const text = this.text;
    for (let i = 0; i < length; i++) if (text.charCodeAt(from + i) !== key.charCodeAt(pos + i)) return false;
    return true;
  }

  /** every label, in slot order */
  all(): string[] {
    const out = new Array<string>(this.ends.length);
    for (let s = 0; s < out.length; s++) out[s] = this.at(s);
    return out;
  }
}

/**
 * MiniSearch's radix tree (SearchableMap) as typed arrays: node n's entries
 * are slots nodeStart[n] … nodeStart[n + 1] − 1, in Map order; a slot's label
 * is labels[slot] ('' for the entry holding a term); slotChild[slot] is the
 * child node, or −1 − term for a term's entry. A node is numbered after its
 * parent, so no walk down the children can loop.
 *
 * Made from the tree's walk (`labels` in pre-order, `shape` each node's entry
 * count and, after each '' entry, its term number), checking it, when an
 * index is built; the index stores the result ("index.labels" in slot order,
 * "index.flat": `arrays()`), and opening takes it back as it is (`stored`):
 * the walk and its checks cost a warm search ≈ 28 M instructions at 1× (of
 * ≈ 300 M), more with the corpus.
 */
export class FlatTree implements TermTree {
  private readonly labels: LabelTable;
  private readonly nodeStart: Int32Array;
  private readonly slotChild: Int32Array;

  /**
   * The tree from what `slotLabels` and `arrays()` gave, without walking it:
   * the section's checksum stands for the walk's checks against damage; what
   * is checked here is that the arrays fit the labels.
   */
  static stored(slotLabels: LabelTable | readonly string[], flat: Int32Array): FlatTree {
    const labels = slotLabels instanceof LabelTable ? slotLabels : LabelTable.of(slotLabels);
    const slots = labels.length;
    const nodes = flat.length - 1 - slots;
    if (nodes < 1 || flat[0] !== 0 || flat[nodes] !== slots) throw new CacheCorruptError('index tree is malformed');
    return new FlatTree(labels, null, 0, flat.subarray(0, nodes + 1), flat.subarray(nodes + 1));
  }

  /** Every entry's label, in slot order: the index's "index.labels". */
  get slotLabels(): readonly string[] {
    return this.labels.all();
  }

  /** Every entry's label, in slot order, as one string and ends: "index.labels" and "index.labelEnds". */
  get labelTable(): LabelTable {
    return this.labels;
  }

  /** nodeStart then slotChild: the index's "index.flat". */
  arrays(): Int32Array {
    const out = new Int32Array(this.nodeStart.length + this.slotChild.length);
    out.set(this.nodeStart, 0);
    out.set(this.slotChild, this.nodeStart.length);
    return out;
  }

  constructor(labels: readonly string[], shape: Int32Array, termCount: number);
  constructor(labels: LabelTable, shape: null, termCount: number, nodeStart: Int32Array, slotChild: Int32Array);
  constructor(labels: LabelTable | readonly string[], shape: Int32Array | null, termCount: number, nodeStartGiven?: Int32Array, slotChildGiven?: Int32Array) {
    if (labels instanceof LabelTable) {
      this.labels = labels;
      this.nodeStart = nodeStartGiven!;
      this.slotChild = slotChildGiven!;
      return;
    }
    if (!shape) throw new TypeError('FlatTree: a walk needs its shape');
    const bad = (): never => {
      throw new CacheCorruptError('index tree is malformed');
    };
    const slots = labels.length;
    const nodes = shape.length - termCount;
    if (nodes < 1 || slots < 0) bad();
    const nodeStart = new Int32Array(nodes + 1);
    const slotLabels: string[] = new Array<string>(slots);
    const slotChild = new Int32Array(slots);
    // The stored walk, without recursion: a stack of (node, next entry, entries).
    const stackNode = new Int32Array(Math.min(nodes, 10001) + 1);
    const stackNext = new Int32Array(stackNode.length);
    let depth = 0;
    let si = 0;
    let li = 0;
    let nextNode = 0;
    let nextSlot = 0;
    let leaves = 0;
    const open = (): number => {
      if (si >= shape.length || nextNode >= nodes) bad();
      const count = shape[si++]!;
      if (count < 0 || nextSlot + count > slots) bad();
      const n = nextNode++;
      nodeStart[n] = nextSlot;
      nextSlot += count;
      nodeStart[n + 1] = nextSlot;
      return n;
    };
    stackNode[0] = open();
    stackNext[0] = 0;
    while (depth >= 0) {
      const n = stackNode[depth]!;
      const k = stackNext[depth]!;
      const slot = nodeStart[n]! + k;
      if (slot >= nodeStart[n + 1]!) {
        depth--;
        continue;
      }
      stackNext[depth] = k + 1;
      const label = labels[li++];
      if (typeof label !== 'string') bad();
      slotLabels[slot] = label!;
      if (label === '') {
        if (si >= shape.length) bad();
        const t = shape[si++]!;
        if (t < 0 || t >= termCount) bad();
        slotChild[slot] = -1 - t;
        leaves++;
      } else {
        if (depth + 1 >= stackNode.length || depth + 1 > 10000) bad();
        const child = open();
        slotChild[slot] = child;
        depth++;
        stackNode[depth] = child;
        stackNext[depth] = 0;
      }
    }
    if (li !== labels.length || si !== shape.length || leaves !== termCount || nextNode !== nodes) bad();
    this.labels = LabelTable.of(slotLabels);
    this.nodeStart = nodeStart;
    this.slotChild = slotChild;
  }

  /**
   * MiniSearch's own tree (a Map per node, in slot order; under '' the term's
   * data, from `leaf`), for the engine. Checked as it is built, as the walk
   * checked the stored form: every term exactly once, every child numbered
   * after its parent, every slot in a node.
   */
  mapTree(termCount: number, leaf: (term: number) => unknown): Map<string, unknown> {
    const bad = (): never => {
      throw new CacheCorruptError('index tree is malformed');
    };
    const nodes = this.nodeStart.length - 1;
    const seen = new Uint8Array(termCount);
    let leaves = 0;
    let visited = 0;
    const node = (n: number, depth: number): Map<string, unknown> => {
      if (depth > 10000) bad();
      visited++;
      const m = new Map<string, unknown>();
      const from = this.nodeStart[n]!;
      const end = this.nodeStart[n + 1]!;
      if (from > end || end > this.labels.length) bad();
      for (let s = from; s < end; s++) {
        const label = this.labels.at(s);
        const c = this.slotChild[s]!;
        if (label === '') {
          const t = -1 - c;
          if (t < 0 || t >= termCount || seen[t]) bad();
          seen[t] = 1;
          leaves++;
          m.set('', leaf(t));
        } else {
          if (c <= n || c >= nodes) bad();
          m.set(label, node(c, depth + 1));
        }
      }
      return m;
    };
    const root = node(0, 0);
    if (leaves !== termCount || visited !== nodes) bad();
    return root;
  }

  /** The node `key` leads to exactly (SearchableMap's `lookup`), or −1. */
  private nodeAt(key: string): number {
    let node = 0;
    let pos = 0;
    outer: while (pos < key.length) {
      for (let s = this.nodeStart[node]!, end = this.nodeStart[node + 1]!; s < end; s++) {
        if (this.labels.inKeyAt(s, key, pos)) {
          node = this.slotChild[s]!;
          pos += this.labels.lengthOf(s);
          continue outer;
        }
      }
      return -1;
    }
    return node;
  }

  /** The term number of the node's '' entry (its first, as Map.get finds it), or −1. */
  private leafOf(node: number): number {
    for (let s = this.nodeStart[node]!, end = this.nodeStart[node + 1]!; s < end; s++) {
      if (this.labels.isLeaf(s)) return -1 - this.slotChild[s]!;
    }
    return -1;
  }

  /** SearchableMap.get: the term number of `key`, or −1. */
  get(key: string): number {
    const node = this.nodeAt(key);
    return node < 0 ? -1 : this.leafOf(node);
  }

  /**
   * SearchableMap.atPrefix(prefix), iterated: every term starting with
   * `prefix`, in the order MiniSearch's TreeIterator gives them (depth
   * first, each node's entries from the last to the first).
   */
  prefix(prefix: string, visit: (term: string, t: number) => void): void {
    // trackDown: whole labels while they fit
    let node = 0;
    let pos = 0;
    outer: while (pos < prefix.length) {
      for (let s = this.nodeStart[node]!, end = this.nodeStart[node + 1]!; s < end; s++) {
        if (this.labels.inKeyAt(s, prefix, pos)) {
          node = this.slotChild[s]!;
          pos += this.labels.lengthOf(s);
          continue outer;
        }
      }
      // the prefix ends inside a label: the first entry whose label starts with the rest, alone
      const rest = prefix.slice(pos);
      for (let s = this.nodeStart[node]!, end = this.nodeStart[node + 1]!; s < end; s++) {
        const label = this.labels.at(s);
        if (label !== '' && label.startsWith(rest)) {
          this.walkBack(this.slotChild[s]!, prefix + label.slice(rest.length), visit);
          return;
        }
      }
      return;
    }
    this.walkBack(node, prefix, visit);
  }

  private walkBack(node: number, key: string, visit: (term: string, t: number) => void): void {
    for (let s = this.nodeStart[node + 1]! - 1, first = this.nodeStart[node]!; s >= first; s--) {
      const child = this.slotChild[s]!;
      if (this.labels.isLeaf(s)) visit(key, -1 - child);
      else this.walkBack(child, key + this.labels.at(s), visit);
    }
  }

  /**
   * SearchableMap.fuzzyGet(query, maxDistance): every term within
   * `maxDistance` edits of `query`, in MiniSearch's order (its fuzzySearch,
   * the same matrix arithmetic over the same walk), with its distance.
   */
  fuzzy(query: string, maxDistance: number): { terms: string[]; numbers: number[]; distances: number[] } {
    const out = { terms: [] as string[], numbers: [] as number[], distances: [] as number[] };
    // Number of columns in the Levenshtein matrix; matching terms can never be longer than N + maxDistance.
    const n = query.length + 1;
    const m = n + maxDistance;
    const matrix = new Uint8Array(m * n).fill(maxDistance + 1);
    for (let j = 0; j < n; ++j) matrix[j] = j;
    for (let i = 1; i < m; ++i) matrix[i * n] = i;
    this.fuzzyWalk(0, query, maxDistance, out, matrix, 1, n, '');
    return out;
  }

  private fuzzyWalk(node: number, query: string, maxDistance: number, out: { terms: string[]; numbers: number[]; distances: number[] }, matrix: Uint8Array, m: number, n: number, prefix: string): void {
    const offset = m * n;
    key: for (let s = this.nodeStart[node]!, end = this.nodeStart[node + 1]!; s < end; s++) {
      const key = this.labels.at(s);
      if (key === '') {
        // MiniSearch reads this cell whatever the row (past the matrix: undefined, no match)
        const distance = matrix[offset - 1] as number;
        if (distance <= maxDistance) {
          out.terms.push(prefix);
          out.numbers.push(-1 - this.slotChild[s]!);
          out.distances.push(distance);
        }
      } else {
        let i = m;
        for (let pos = 0; pos < key.length; ++pos, ++i) {
          const char = key[pos];
          const thisRowOffset = n * i;
          const prevRowOffset = thisRowOffset - n;
          let minDistance = matrix[thisRowOffset] as number;
          const jmin = Math.max(0, i - maxDistance - 1);
          const jmax = Math.min(n - 1, i + maxDistance);
          for (let j = jmin; j < jmax; ++j) {
            const different = char !== query[j];
            const rpl = (matrix[prevRowOffset + j] as number) + +different;
            const del = (matrix[prevRowOffset + j + 1] as number) + 1;
            const ins = (matrix[thisRowOffset + j] as number) + 1;
            const dist = (matrix[thisRowOffset + j + 1] = Math.min(rpl, del, ins));
            if (dist < minDistance) minDistance = dist;
          }
          if (minDistance > maxDistance) continue key;
        }
        this.fuzzyWalk(this.slotChild[s]!, query, maxDistance, out, matrix, i, n, prefix + key);
      }
    }
  }
}

// ------------------------------------------------------------------ postings

/** One field's postings of a term: `n` records ascending (docs[0 … n−1]) and their term frequencies. */
export interface FieldPostings {
  docs: Int32Array;
  tfs: Int32Array;
  n: number;
}

/**
 * Where a lookup reads postings: `open` a term (MiniSearch's
 * `_index.get(term)` data), then read its fields. What `field` returns is
 * the source's own, valid until its next call.
 */
export interface PostingsSource {
  /** the term's record count per field id into `counts` (−1: no postings in that field; MiniSearch's `fieldTermFreqs.size`) */
  open(t: number, counts: Int32Array): void;
  /** the opened term's postings in `fieldId` */
  field(fieldId: number): FieldPostings;
}

/** A growable pair of arrays for decoded postings. */
export function postingsBuffer(): FieldPostings {
  return { docs: new Int32Array(256), tfs: new Int32Array(256), n: 0 };
}

/** `buf` with room for `n` postings (contents not kept). */
export function ensurePostings(buf: FieldPostings, n: number): FieldPostings {
  if (buf.docs.length < n) {
    let cap = buf.docs.length * 2;
    while (cap < n) cap *= 2;
    buf.docs = new Int32Array(cap);
    buf.tfs = new Int32Array(cap);
  }
  return buf;
}

// ------------------------------------------------------------------ scoring

/** What a lookup needs of the index besides the tree and the postings. */
export interface LookupIndex {
  tree: TermTree;
  postings: PostingsSource;
  /** MiniSearch's _fieldIds: field name → field id */
  fieldIds: Readonly<Record<string, number>>;
  fieldCount: number;
  documentCount: number;
  /** a record's length in a field (MiniSearch's `_fieldLength.get(doc)[fieldId]`) */
  fieldLength(doc: number, fieldId: number): number;
  /** the same, when it is `lengths[doc × fieldCount + fieldId]` (read inline, not through a call per posting) */
  lengths?: Uint16Array | Uint32Array;
  avgFieldLength: readonly number[];
  /** the index's own search options (MiniSearch's `_options.searchOptions`) */
  searchOptions?: SearchOptions;
}

const DEFAULT_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const DEFAULT_BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const DEFAULT_MAX_FUZZY = 6;

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * The scorer's working memory, kept between lookups of one index: per
 * record its score so far and its match state (0: not matched), and the
 * records in the order first matched.
 */
class Scratch {
  scores: Float64Array;
  state: Int32Array;
  order: Int32Array;
  constructor(size: number) {
    this.scores = new Float64Array(size);
    this.state = new Int32Array(size);
    this.order = new Int32Array(Math.min(size, 1024));
  }
}

const scratchOf = new WeakMap<LookupIndex, Scratch>();

/**
 * MiniSearch's `search(term, options)` for one processed term (its
 * executeQuery → executeQuerySpec → termResults, then search's
 * `score * quality` and stable sort by score), as hits. Null when the
 * options ask for what this does not do (a filter, a document or term
 * boost, a tokenizer or term processor that changes the term, a
 * combination other than a single term's): the caller asks MiniSearch.
 */
export function leanLookup(index: LookupIndex, term: string, options: SearchOptions, ordered = true): LeanHit[] | null {
  const opts: SearchOptions = { ...index.searchOptions, ...options };
  if (opts.filter || opts.boostDocument || opts.boostTerm || typeof opts.fuzzy === 'function' || typeof opts.prefix === 'function') return null;
  // the caller's term goes through as it is: MiniSearch would tokenize and process it with these
  if (!opts.tokenize || !opts.processTerm || opts.tokenize(term).length !== 1 || opts.tokenize(term)[0] !== term || opts.processTerm(term) !== term) return null;
  if (!term) return [];

  const fields = opts.fields || Object.keys(index.fieldIds);
  // executeQuerySpec's boosts object: its key order is the order fields are scored in
  const boosts = fields.reduce<Record<string, number>>((b, field) => ({ ...b, [field]: (opts.boost && hasOwn(opts.boost, field) ? opts.boost[field] : undefined) || 1 }), {});
  const fieldNames = Object.keys(boosts);
  const fieldBoost = fieldNames.map((f) => boosts[f]!);
  const fieldId = fieldNames.map((f) => (hasOwn(index.fieldIds, f) ? index.fieldIds[f]! : -1));
  const { fuzzy: fuzzyWeight, prefix: prefixWeight } = { ...DEFAULT_WEIGHTS, ...opts.weights };
  const bm25 = opts.bm25 ?? DEFAULT_BM25;
  const maxFuzzy = opts.maxFuzzy ?? DEFAULT_MAX_FUZZY;

  // The expansions, in executeQuerySpec's order: the term itself, its prefix matches, its fuzzy matches.
  const expTerms: string[] = [term];
  const expNumbers: number[] = [index.tree.get(term)];
  const expWeights: number[] = [1];
  const fuzzyQ = opts.fuzzy || false;
  let fuzzy: ReturnType<TermTree['fuzzy']> | null = null;
  if (fuzzyQ) {
    const f = fuzzyQ === true ? 0.2 : fuzzyQ;
    const maxDistance = f < 1 ? Math.min(maxFuzzy, Math.round(term.length * f)) : f;
    if (maxDistance) fuzzy = index.tree.fuzzy(term, maxDistance);
  }
  const fuzzyDropped = new Set<string>();
  if (opts.prefix === true) {
    index.tree.prefix(term, (t, number) => {
      const distance = t.length - term.length;
      if (!distance) return;
      // a term that is both is scored as a prefix match only
      if (fuzzy) fuzzyDropped.add(t);
      expTerms.push(t);
      expNumbers.push(number);
      expWeights.push((prefixWeight * t.length) / (t.length + 0.3 * distance));
    });
  }
  if (fuzzy) {
    for (let i = 0; i < fuzzy.terms.length; i++) {
      const t = fuzzy.terms[i]!;
      const distance = fuzzy.distances[i]!;
      if (!distance || fuzzyDropped.has(t)) continue;
      expTerms.push(t);
      expNumbers.push(fuzzy.numbers[i]!);
      expWeights.push((fuzzyWeight * t.length) / (t.length + distance));
    }
  }

  let known = scratchOf.get(index);
  if (!known || known.scores.length !== index.documentCount) scratchOf.set(index, (known = new Scratch(index.documentCount)));
  const scratch = known;
  const { scores, state } = scratch;
  let order = scratch.order;
  let matched = 0;
  // match states: 0 none; state s > 0 came from parent[s] by step[s] (expansion × fields + field place)
  const F = fieldNames.length;
  const parent: number[] = [0, 0];
  const step: number[] = [0, -1];
  const next: Map<number, number>[] = [new Map(), new Map()];
  const ROOT = 1;
  const fieldCount = index.fieldCount;
  const counts = new Int32Array(fieldCount);
  const { documentCount } = index;
  const avgFieldLength = index.avgFieldLength;

  try {
    for (let e = 0; e < expTerms.length; e++) {
      const t = expNumbers[e]!;
      if (t < 0) continue; // termResults: no data for the term
      const termWeight = expWeights[e]!;
      index.postings.open(t, counts);
      for (let fi = 0; fi < F; fi++) {
        const fid = fieldId[fi]!;
        if (fid < 0 || fid >= counts.length) continue;
        const matchingFields = counts[fid]!;
        if (matchingFields < 0) continue;
        const boost = fieldBoost[fi]!;
        const avg = avgFieldLength[fid]!;
        const code = e * F + fi;
        // calcBM25Score's inverse document frequency, as MiniSearch computes it for every record
        const invDocFreq = Math.log(1 + (documentCount - matchingFields + 0.5) / (matchingFields + 0.5));
        const { docs, tfs, n } = index.postings.field(fid);
        const lengths = index.lengths;
        if (matched + n > order.length) {
          let size = order.length * 2;
          while (size < matched + n) size *= 2;
          const grown = new Int32Array(Math.min(documentCount, size));
          grown.set(order.subarray(0, matched));
          order = scratch.order = grown;
        }
        // the scores first (a small function of its own: V8 optimizes it while this lookup still runs), then the states
        matched = lengths
          ? scorePostings(docs, tfs, n, lengths, fieldCount, fid, avg, invDocFreq, termWeight, boost, bm25, scores, state, order, matched)
          : scorePostingsBy(docs, tfs, n, (doc) => index.fieldLength(doc, fid), avg, invDocFreq, termWeight, boost, bm25, scores, state, order, matched);
        // the state records move to from each state this step (few distinct ones): the last one met
        let fromCache = -1;
        let toCache = -1;
        for (let p = 0; p < n; p++) {
          const doc = docs[p]!;
          const s = state[doc]!;
          const from = s === 0 ? ROOT : s;
          if (from !== fromCache) {
            fromCache = from;
            toCache = transition(from);
          }
          state[doc] = toCache;
        }
        function transition(from: number): number {
          const map = next[from]!;
          let to = map.get(code);
          if (to === undefined) {
            to = parent.length;
            parent.push(from);
            step.push(code);
            next.push(new Map());
            map.set(code, to);
          }
          return to;
        }
      }
    }

    // What each state stands for: MiniSearch's match object ({ index term: fields }) and its readings in termHits.
    const described: ({ terms: string[]; fields: string[] } | undefined)[] = [];
    const describe = (s: number): { terms: string[]; fields: string[] } => {
      let known = described[s];
      if (known) return known;
      const steps: number[] = [];
      for (let x = s; x !== ROOT; x = parent[x]!) steps.push(step[x]!);
      steps.reverse();
      const match: Record<string, string[]> = {};
      for (const c of steps) {
        const derived = expTerms[Math.floor(c / F)]!;
        const field = fieldNames[c % F]!;
        const have = hasOwn(match, derived) ? match[derived] : undefined;
        if (have) have.push(field);
        else match[derived] = [field];
      }
      let fields: string[] | undefined;
      let several = false;
      for (const key in match) {
        if (fields === undefined) fields = match[key]!;
        else several = true;
      }
      known = { terms: Object.keys(match), fields: several ? [...new Set(Object.values(match).flat())] : (fields ?? []) };
      described[s] = known;
      return known;
    };

    // search(): score × quality (1: one query term), stable sort by score, best first
    // unordered: in the order first matched (a caller that reads no order need not pay for sorting)
    const places = ordered ? orderByScore(scores, order, matched) : null;
    const out = new Array<LeanHit>(matched);
    for (let i = 0; i < matched; i++) {
      const doc = order[places ? places[i]! : i]!;
      const { terms, fields } = describe(state[doc]!);
      out[i] = { key: doc, score: scores[doc]! * 1, terms, fields };
    }
    return out;
  } finally {
    for (let i = 0; i < matched; i++) state[order[i]!] = 0;
  }
}

/**
 * One field's postings of one expansion scored into `scores` (a record met
 * for the first time, state 0, is set and appended to `order`), as
 * MiniSearch's calcBM25Score and termResults compute them: the same
 * arithmetic in the same order, so every score is the same double. Returns
 * the new count of matched records. A record appears once in a field's
 * postings, so the states read here are those from before this step.
 */
function scorePostings(
  docs: Int32Array,
  tfs: Int32Array,
  n: number,
  lengths: Uint16Array | Uint32Array,
  fieldCount: number,
  fid: number,
  avg: number,
  invDocFreq: number,
  termWeight: number,
  boost: number,
  bm25: { k: number; b: number; d: number },
  scores: Float64Array,
  state: Int32Array,
  order: Int32Array,
  matched: number,
): number {
  const { k, b, d } = bm25;
  for (let p = 0; p < n; p++) {
    const doc = docs[p]!;
    const termFreq = tfs[p]!;
    const fieldLength = lengths[doc * fieldCount + fid]!;
    // calcBM25Score, written as MiniSearch writes it
    const rawScore = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avg)));
    // termWeight * termBoost * fieldBoost * docBoost * rawScore, the two boosts being 1
    const weightedScore = termWeight * 1 * boost * 1 * rawScore;
    if (state[doc] === 0) {
      scores[doc] = weightedScore;
      order[matched++] = doc;
    } else scores[doc]! += weightedScore;
  }
  return matched;
}

/** scorePostings with field lengths read through a call (an index that keeps them otherwise). */
function scorePostingsBy(
  docs: Int32Array,
  tfs: Int32Array,
  n: number,
  fieldLength: (doc: number) => number,
  avg: number,
  invDocFreq: number,
  termWeight: number,
  boost: number,
  bm25: { k: number; b: number; d: number },
  scores: Float64Array,
  state: Int32Array,
  order: Int32Array,
  matched: number,
): number {
  const { k, b, d } = bm25;
  for (let p = 0; p < n; p++) {
    const doc = docs[p]!;
    const termFreq = tfs[p]!;
    const rawScore = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength(doc)) / avg)));
    const weightedScore = termWeight * 1 * boost * 1 * rawScore;
    if (state[doc] === 0) {
      scores[doc] = weightedScore;
      order[matched++] = doc;
    } else scores[doc]! += weightedScore;
  }
  return matched;
}

/**
 * The places 0 … n − 1 of `order` (records in the order first matched) by
 * their records' scores, highest first, equal scores in place order: what
 * MiniSearch's stable `sort(byScore)` gives. Without a comparator called
 * n log n times (a lookup runs once per process, mostly before V8 has
 * optimized anything): the distinct scores sorted natively, then a stable
 * counting sort of the places by their score's rank.
 */
export function orderByScore(scores: Float64Array, order: Int32Array, n: number): Int32Array {
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = scores[order[i]!]!;
  const sorted = values.slice().sort();
  if (n > 0 && Number.isNaN(sorted[n - 1])) {
    // byScore compares NaN equal to everything: no total order to count with, so sort as it does
    const places = Array.from({ length: n }, (_, i) => i).sort((x, y) => values[y]! - values[x]! || x - y);
    return Int32Array.from(places);
  }
  // rank of each distinct score, highest first (±0 are one score, as byScore has them)
  const rank = new Map<number, number>();
  let ranks = 0;
  for (let i = n - 1; i >= 0; i--) if (i === n - 1 || sorted[i] !== sorted[i + 1]) rank.set(sorted[i]!, ranks++);
  const start = new Int32Array(ranks + 1);
  const rankOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = rank.get(values[i]!)!;
    rankOf[i] = r;
    start[r + 1]!++;
  }
  for (let r = 0; r < ranks; r++) start[r + 1]! += start[r]!;
  const places = new Int32Array(n);
  for (let i = 0; i < n; i++) places[start[rankOf[i]!]!++] = i;
  return places;
}
