/**
 * The search index in a form that is cheap to build, to store and to open.
 *
 * MiniSearch keeps every posting in nested Maps (≈ 300 MB while indexing a
 * 13 MB corpus) and serializes them as one JSON document that `loadJSON`
 * rebuilds whole before the first query (2 s for that corpus). Here the same index is built as MiniSearch would build it, term by
 * term and document by document, but each term's postings go into a compact
 * byte string (varints), and the index is opened lazily: a real MiniSearch
 * instance whose term tree holds every term, each term's postings decoded
 * only when a query reaches it, read from the cache file by offset.
 *
 * Search results are identical to `buildIndex()`'s (src/index): the same
 * options (`indexOptions()`), the same short ids, field lengths and averages
 * computed with the same arithmetic, terms inserted into the tree in the same
 * order (so prefix and fuzzy expansions come out in the same order), postings
 * in document order. test/cache/index.test.ts compares the two on many queries.
 *
 * The opened engine answers `search()` (all that src/query uses); it is not
 * meant for adding or removing documents.
 */
import MiniSearch, { type Options, type Query, type SearchOptions, type SearchResult } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { indexOptions, termProcessorOf, type DocumentWords, type SearchIndex } from '../index/index.js';

import type { QuarryRecord } from '../model/record.js';
import { CacheCorruptError, sectionsReader, typedArrayOf, type INDEX_SECTIONS, type SectionReader } from './format.js';
import { ensurePostings, FlatTree, LabelTable, leanLookup, postingsBuffer, type FieldPostings, type LeanHit, type LookupIndex, type PostingsSource, type TermTree as LookupTree } from './term-lookup.js';

export type { SectionReader } from './format.js';


export interface IndexMeta {
  fields: string[];
  documentCount: number;
  /** every record had its own id: the index's documents are the records, in order */
  unique: boolean;
  termCount: number;
  avgFieldLength: number[];
  /** bytes per field length: 2 or 4 */
  lengthWidth: 2 | 4;
  /** bytes per code unit of "index.labels": 1 (latin1: every label's code units below 256) or 2 (UTF-16LE) */
  labelWidth: 1 | 2;
}

/*
 * The term tree (MiniSearch's SearchableMap, a radix tree of Maps) is stored
 * as it is, not rebuilt key by key: inserting 100,000 terms costs more than
 * all the rest of opening. A node is its entries in Map order (the order
 * prefix and fuzzy lookups walk). serializeTree walks it: every entry's key in
 * pre-order ('' marks the leaf entry that holds a term), and for each node its
 * entry count and, for each leaf entry, the term's number. The index stores
 * that walk's result, the lookup tree's arrays (term-lookup.ts FlatTree):
 * "index.labels" every entry's key in slot order, "index.flat" where each
 * node's entries start and each entry's child node or term.
 */
type TreeNode = Map<string, TreeNode | number>;

function serializeTree(root: TreeNode): { labels: string[]; shape: Int32Array } {
  const labels: string[] = [];
  const shape: number[] = [];
  const walk = (node: TreeNode): void => {
    shape.push(node.size);
    for (const [label, child] of node) {
      labels.push(label);
      if (label === '') shape.push(child as number);
      else walk(child as TreeNode);
    }
  };
  walk(root);
  return { labels, shape: Int32Array.from(shape) };
}

// ------------------------------------------------------------------ bytes

class ByteWriter {
  buf: Uint8Array;
  len = 0;
  constructor(capacity = 16) {
    this.buf = new Uint8Array(capacity);
  }
  private grow(need: number): void {
    let cap = this.buf.length * 2;
    while (cap < this.len + need) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  varint(v: number): void {
    if (this.len + 5 > this.buf.length) this.grow(5);
    while (v >= 0x80) {
      this.buf[this.len++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.len++] = v;
  }
  bytes(b: Uint8Array): void {
    if (this.len + b.length > this.buf.length) this.grow(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  result(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}

/** FNV-1a, 32 bits: the per-term checksum of a postings blob. */
function fnv1a(b: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < b.length; i++) {
    h ^= b[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// ------------------------------------------------------------------ building

/** Bytes per chunk of the postings pool (a slice never crosses one). */
const POOL_CHUNK = 1 << 16;
/**
 * Slice sizes by level: a posting's bytes are a chain of slices in the pool,
 * each larger than the one before (up to the last size), and a full slice's
 * last 4 bytes hold the address of the next. Most postings (a term in one
 * record) fit the first.
 */
const SLICE = [8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192];

/**
 * Every posting's bytes (doc-id deltas and frequencies, as varints) while an
 * index is built: one pool of 64 kB chunks, a posting a chain of slices in
 * it (as Lucene's byte block pool), its state in typed arrays indexed by
 * posting number. A posting as an object with a growable buffer of its own
 * cost ≈ 300 bytes before its first byte (object, typed array, array buffer,
 * backing store): at 1,000× most of a cold build's heap.
 */
class PostingPool {
  private chunks: Uint8Array[] = [];
  /** the next free address in the last chunk */
  private free = 0;
  private n = 0;
  private head = new Uint32Array(1024);
  private cur = new Uint32Array(1024);
  /** where the current slice's bytes end (its last 4 are for the next slice's address) */
  private lim = new Uint32Array(1024);
  private level = new Uint8Array(1024);
  /** per posting: bytes written, documents, the last document */
  private len = new Uint32Array(1024);
  private cnt = new Uint32Array(1024);
  private prev = new Int32Array(1024);

  get size(): number {
    return this.n;
  }

  private alloc(size: number): number {
    if (this.chunks.length === 0 || this.free + size > this.chunks.length * POOL_CHUNK) {
      this.chunks.push(new Uint8Array(POOL_CHUNK));
      this.free = (this.chunks.length - 1) * POOL_CHUNK;
    }
    const at = this.free;
    this.free += size;
    return at;
  }

  private grow(): void {
    const cap = this.head.length * 2;
    const up = <T extends Uint32Array | Int32Array | Uint8Array>(a: T): T => {
      const next = new (a.constructor as new (n: number) => T)(cap);
      next.set(a);
      return next;
    };
    this.head = up(this.head);
    this.cur = up(this.cur);
    this.lim = up(this.lim);
    this.level = up(this.level);
    this.len = up(this.len);
    this.cnt = up(this.cnt);
    this.prev = up(this.prev);
  }

  /** A new, empty posting: its number. */
  create(): number {
    if (this.n === this.head.length) this.grow();
    const p = this.n++;
    const at = this.alloc(SLICE[0]!);
    this.head[p] = at;
    this.cur[p] = at;
    this.lim[p] = at + SLICE[0]! - 4;
    return p;
  }

  private byte(p: number, b: number): void {
    let at = this.cur[p]!;
    if (at === this.lim[p]) {
      const level = Math.min(this.level[p]! + 1, SLICE.length - 1);
      const size = SLICE[level]!;
      const next = this.alloc(size);
      const chunk = this.chunks[at >>> 16]!;
      let o = at & 0xffff;
      chunk[o++] = next & 0xff;
      chunk[o++] = (next >>> 8) & 0xff;
      chunk[o++] = (next >>> 16) & 0xff;
      chunk[o] = next >>> 24;
      this.level[p] = level;
      this.lim[p] = next + size - 4;
      at = next;
    }
    this.chunks[at >>> 16]![at & 0xffff] = b;
    this.cur[p] = at + 1;
    this.len[p] = this.len[p]! + 1;
  }

  private varint(p: number, v: number): void {
    while (v >= 0x80) {
      this.byte(p, (v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.byte(p, v);
  }

  /** `doc` (after every document this posting has) holds the term `tf` times. */
  add(p: number, doc: number, tf: number): void {
    this.varint(p, doc - this.prev[p]!);
    this.varint(p, tf);
    this.prev[p] = doc;
    this.cnt[p] = this.cnt[p]! + 1;
  }

  count(p: number): number {
    return this.cnt[p]!;
  }

  byteLength(p: number): number {
    return this.len[p]!;
  }

  /** Append posting p's bytes to `w`. */
  copyTo(p: number, w: ByteWriter): void {
    let left = this.len[p]!;
    let at = this.head[p]!;
    let level = 0;
    while (left > 0) {
      const size = SLICE[Math.min(level, SLICE.length - 1)]!;
      const take = Math.min(size - 4, left);
      const chunk = this.chunks[at >>> 16]!;
      const o = at & 0xffff;
      w.bytes(chunk.subarray(o, o + take));
      left -= take;
      if (left > 0) {
        const q = o + size - 4;
        at = (chunk[q]! | (chunk[q + 1]! << 8) | (chunk[q + 2]! << 16)) + chunk[q + 3]! * 0x1000000;
        level++;
      }
    }
  }

  /** Let go of everything. */
  clear(): void {
    this.chunks = [];
    this.free = 0;
    this.n = 0;
    this.head = this.cur = this.lim = this.len = this.cnt = new Uint32Array(0);
    this.prev = new Int32Array(0);
    this.level = new Uint8Array(0);
  }
}

export interface BuiltIndex {
  meta: IndexMeta;
  /** section name → bytes */
  sections: Record<(typeof INDEX_SECTIONS)[number] | 'index.present', Uint8Array[]>;
}

function stringifyFn(opts: Options<QuarryRecord>): (value: unknown, field: string) => string {
  return (opts.stringifyField as ((v: unknown, f: string) => string) | undefined) ?? ((v: unknown) => String((v as { toString(): string }).toString()));
}

/** Records kept by the index: the first of each id, as buildIndex keeps them. */
export function keptRecords(records: readonly QuarryRecord[]): QuarryRecord[] {
  const seen = new Set<string>();
  const kept: QuarryRecord[] = [];
  for (const r of records) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    kept.push(r);
  }
  return kept;
}

/**
 * Build the index of `records` (MiniSearch.addAll, step for step) into
 * compact sections. Throws if the index options ask for something this
 * format does not keep (stored fields).
 */
export function buildCompactIndex(records: readonly QuarryRecord[], words?: DocumentWords): BuiltIndex {
  const builder = new CompactIndexBuilder(words);
  builder.add(records);
  return builder.finish();
}

/**
 * buildCompactIndex over records given in batches (a document at a time):
 * the same index, step for step, as over all of them at once, without
 * holding them: what it keeps is the postings (varints), the field lengths
 * and the record ids (only the first record of an id is indexed, as
 * buildIndex keeps them). A cold build streams the corpus through it.
 */
export class CompactIndexBuilder {
  private readonly fields: string[];
  private readonly F: number;
  private readonly extract: (doc: QuarryRecord, field: string) => unknown;
  private readonly stringify: (value: unknown, field: string) => string;
  private readonly tokenize: (text: string, field?: string) => string[];
  private readonly processTerm: (term: string, field?: string) => string | string[] | null | undefined | false;
  /** term → its number; Map order is the order MiniSearch first meets each term */
  private readonly terms = new Map<string, number>();
  /** per term and field, its posting's number + 1 (0: none yet) */
  private slots = new Int32Array(1024);
  private readonly pool = new PostingPool();
  /** one field of one record: its terms (in the order first met) and how often each came */
  private readonly tf = new Map<string, number>();
  /**
   * field lengths and which fields had a value (MiniSearch's running average
   * skips the others, so merging segments needs it), in chunks of
   * LENGTH_CHUNK records: they grow without copying what is there
   */
  private lengths: (Uint16Array | Uint32Array)[] = [];
  private readonly present: Uint8Array[] = [];
  private maxLength = 0;
  private readonly avg: number[] = [];
  /** records indexed (documents, to MiniSearch), and records given */
  private N = 0;
  private given = 0;
  /** the ids indexed (only those of the current batch when every batch is a whole document of its own) */
  private readonly seen = new Set<string>();
  private readonly tokensIgnoreField: boolean;
  /** processed terms, remembered per term processor (fields sharing one share it) */
  private readonly processed: Map<string, string | string[] | null | undefined | false>[];

  /** the words of the document `add` is indexing, when it was given them (a whole document) */
  private batchWords: DocumentWords | undefined = undefined;

  /** `words`: the title and nearby lines of the records' documents (src/index DocumentWords), unless each `add` gives its own. */
  constructor(words?: DocumentWords) {
    const opts = indexOptions({
      title: (id) => (this.batchWords ?? words)?.title(id),
      nearby: (r) => (this.batchWords ?? words)?.nearby(r),
    });
    if (opts.storeFields && opts.storeFields.length) throw new Error('compact index: stored fields are not supported');
    this.fields = [...opts.fields];
    this.F = this.fields.length;
    this.extract = (opts.extractField ?? ((doc: QuarryRecord, f: string) => (doc as unknown as Record<string, unknown>)[f])) as (doc: QuarryRecord, field: string) => unknown;
    this.stringify = stringifyFn(opts);
    this.tokenize = opts.tokenize!;
    this.processTerm = opts.processTerm! as CompactIndexBuilder['processTerm'];
    // Two shortcuts that change nothing in the result. Every field is indexed twice (stemmed
    // and as written) from the same text: a tokenizer that takes no field argument gives the
    // same tokens for it, so they are reused within a record. Term processing is a pure
    // function of (term, field), and of the field only through termProcessorOf: its results
    // are remembered per processor.
    this.tokensIgnoreField = this.tokenize.length <= 1;
    const memos = new Map<string, Map<string, string | string[] | null | undefined | false>>();
    this.processed = this.fields.map((f) => {
      const key = termProcessorOf(f);
      let m = memos.get(key);
      if (!m) memos.set(key, (m = new Map()));
      return m;
    });
  }

  /** A field of record `doc` done: its terms' postings gain the record (terms numbered in the order first met). */
  private flushField(fieldId: number, doc: number): void {
    const { F, terms, pool } = this;
    for (const [term, count] of this.tf) {
      let t = terms.get(term);
      if (t === undefined) {
        t = terms.size;
        terms.set(term, t);
        if ((t + 1) * F > this.slots.length) {
          const next = new Int32Array(this.slots.length * 2);
          next.set(this.slots);
          this.slots = next;
        }
      }
      let p = this.slots[t * F + fieldId]! - 1;
      if (p < 0) {
        p = pool.create();
        this.slots[t * F + fieldId] = p + 1;
      }
      pool.add(p, doc, count);
    }
    this.tf.clear();
  }

  /**
   * Index these records, after those given before. `wholeDocument`: they
   * are all of one document's records and no other batch holds any of that
   * document's (a record's id begins with its document's id and a "/", after
   * which it has none, so two documents' records never share an id): only
   * ids repeated within the batch are left out, and no id is kept past it.
   * `words`: that document's title and nearby lines, for this batch alone.
   */
  add(records: readonly QuarryRecord[], wholeDocument = false, words?: DocumentWords): void {
    const { F, fields, avg, seen } = this;
    if (wholeDocument) seen.clear();
    this.batchWords = wholeDocument ? words : undefined;
    this.given += records.length;
    for (const record of records) {
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      const doc = this.N++;
      const chunk = Math.floor(doc / LENGTH_CHUNK);
      if (chunk === this.lengths.length) {
        // two bytes a length, as the segment stores them, until one needs four (then every chunk gets four)
        this.lengths.push(this.maxLength < 0x10000 ? new Uint16Array(LENGTH_CHUNK * F) : new Uint32Array(LENGTH_CHUNK * F));
        this.present.push(new Uint8Array(LENGTH_CHUNK * F));
      }
      let lengths = this.lengths[chunk]!;
      const present = this.present[chunk]!;
      const row = (doc - chunk * LENGTH_CHUNK) * F;
      const tokenized = new Map<string, string[]>();
      for (let fieldId = 0; fieldId < F; fieldId++) {
        const field = fields[fieldId]!;
        const value = this.extract(record, field);
        if (value == null) continue;
        const text = this.stringify(value, field);
        let tokens = this.tokensIgnoreField ? tokenized.get(text) : undefined;
        if (!tokens) {
          tokens = this.tokenize(text, field);
          if (this.tokensIgnoreField) tokenized.set(text, tokens);
        }
        const unique = new Set(tokens).size;
        if (unique >= 0x10000 && lengths instanceof Uint16Array) {
          this.lengths = this.lengths.map((c) => Uint32Array.from(c));
          lengths = this.lengths[chunk]!;
        }
        lengths[row + fieldId] = unique;
        present[row + fieldId] = 1;
        if (unique > this.maxLength) this.maxLength = unique;
        // MiniSearch.addFieldLength, with its arithmetic: the running average over `doc` earlier documents
        avg[fieldId] = ((avg[fieldId] || 0) * doc + unique) / (doc + 1);
        const memo = this.processed[fieldId]!;
        const tf = this.tf;
        for (const token of tokens) {
          let p = memo.get(token);
          if (p === undefined && !memo.has(token)) {
            p = this.processTerm(token, field);
            memo.set(token, p);
          }
          if (Array.isArray(p)) for (const t of p) tf.set(t, (tf.get(t) ?? 0) + 1);
          else if (p) tf.set(p, (tf.get(p) ?? 0) + 1);
        }
        this.flushField(fieldId, doc);
      }
    }
    if (wholeDocument) seen.clear();
  }

  /**
   * The index's sections (the builder is spent: what it held is released as
   * it is written out). `postingsTo`: the postings, the largest section, go
   * there a chunk at a time as they are made (and the sections returned have
   * none), so they are never all in memory beside the pool they come from.
   */
  finish(postingsTo?: (chunk: Uint8Array) => void): BuiltIndex {
    const { F, N, terms, pool, slots } = this;
    this.seen.clear();
    for (const m of this.processed) m.clear();
    // Postings: per term, per field present: fieldId, count, byte length, bytes; in
    // chunks (no copy of the whole on growth).
    const postings: Uint8Array[] = [];
    let out = new ByteWriter(Math.min(POSTINGS_CHUNK, 64 + pool.size * 16));
    let offset = 0;
    const termCount = terms.size;
    const dict = new Uint32Array(termCount * 3); // offset, length, checksum
    const blob = new ByteWriter(64);
    for (let t = 0; t < termCount; t++) {
      blob.len = 0;
      for (let f = 0; f < F; f++) {
        const p = slots[t * F + f]! - 1;
        if (p < 0) continue;
        blob.varint(f);
        blob.varint(pool.count(p));
        blob.varint(pool.byteLength(p));
        pool.copyTo(p, blob);
      }
      const b = blob.result();
      if (offset + b.length > 0xffffffff) throw new Error('compact index: postings past 4 GB');
      dict[t * 3] = offset;
      dict[t * 3 + 1] = b.length;
      dict[t * 3 + 2] = fnv1a(b);
      if (out.len + b.length > POSTINGS_CHUNK && out.len > 0) {
        if (postingsTo) {
          postingsTo(out.result());
          out.len = 0;
        } else {
          postings.push(out.result());
          out = new ByteWriter(Math.max(POSTINGS_CHUNK, b.length));
        }
      }
      out.bytes(b);
      offset += b.length;
    }
    if (postingsTo) postingsTo(out.result());
    else postings.push(out.result());
    pool.clear();
    this.slots = new Int32Array(0);

    const lengthWidth: 2 | 4 = this.maxLength < 0x10000 ? 2 : 4;
    const rows = (i: number) => Math.min(LENGTH_CHUNK, N - i * LENGTH_CHUNK) * F;
    const lengthParts = this.lengths.map((chunk, i) => {
      const used = chunk.subarray(0, rows(i));
      return lengthWidth === 2 && used instanceof Uint32Array ? Buffer.from(Uint16Array.from(used).buffer) : Buffer.from(used.buffer, 0, used.byteLength);
    });
    const presentParts = this.present.map((chunk, i) => chunk.subarray(0, rows(i)));
    // The tree MiniSearch would have built: terms inserted in the order it first met them.
    const tree = new SearchableMap<number>();
    let n = 0;
    for (const term of terms.keys()) tree.set(term, n++);
    terms.clear();
    const { labels, shape } = serializeTree((tree as unknown as { _tree: TreeNode })._tree);
    // stored as the lookup tree's arrays (FlatTree.stored), the walk checked here once
    const lookupTree = new FlatTree(labels, shape, termCount);
    const flat = lookupTree.arrays();
    const { text, ends } = lookupTree.labelTable;
    // code units, not characters: a radix tree may split a surrogate pair between two labels
    const labelWidth: 1 | 2 = /[^\u0000-\u00ff]/.test(text) ? 2 : 1;
    const meta: IndexMeta = { fields: this.fields, documentCount: N, unique: N === this.given, termCount, avgFieldLength: this.avg, lengthWidth, labelWidth };
    return {
      meta,
      sections: {
        'index.meta': [Buffer.from(JSON.stringify(meta), 'utf8')],
        'index.labels': [Buffer.from(text, labelWidth === 1 ? 'latin1' : 'utf16le')],
        'index.labelEnds': [Buffer.from(ends.buffer, ends.byteOffset, ends.byteLength)],
        'index.flat': [Buffer.from(flat.buffer, flat.byteOffset, flat.byteLength)],
        'index.dict': [Buffer.from(dict.buffer, dict.byteOffset, dict.byteLength)],
        'index.lengths': N ? lengthParts : [Buffer.alloc(0)],
        'index.postings': postings,
        'index.present': N ? presentParts : [new Uint8Array(0)],
      },
    };
  }
}

/** Records per chunk of the builder's field lengths. */
const LENGTH_CHUNK = 16384;
/** Bytes per chunk of the postings written out. */
const POSTINGS_CHUNK = 1 << 20;

// ------------------------------------------------------------------ opening


function readVarint(b: Uint8Array, pos: { i: number }): number {
  let v = 0;
  let shift = 0;
  for (;;) {
    if (pos.i >= b.length) throw new CacheCorruptError('index postings end inside a number');
    const byte = b[pos.i++]!;
    v += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return v;
    shift += 7;
    if (shift > 35) throw new CacheCorruptError('index postings hold a malformed number');
  }
}

/** MiniSearch's postings of one term: field id → document short id → term frequency. */
type FieldTermData = Map<number, Map<number, number>>;
/** MiniSearch's term tree (a radix tree of Maps; its node type is not exported). */
type TermTree = NonNullable<ConstructorParameters<typeof SearchableMap<FieldTermData>>[0]>;

/**
 * A term's postings as MiniSearch holds them (FieldTermData), decoded on
 * first use. A Map to the type checker and to MiniSearch, which reads only
 * `get` and `size`.
 */
class LazyTermData extends Map<number, Map<number, number>> {
  private decoded: FieldTermData | null = null;
  constructor(
    private readonly index: number,
    private readonly store: LazyStore,
  ) {
    super();
  }
  override get(fieldId: number): Map<number, number> | undefined {
    if (this.decoded === null) this.decoded = this.store.decode(this.index);
    return this.decoded.get(fieldId);
  }
  override get size(): number {
    if (this.decoded === null) this.decoded = this.store.decode(this.index);
    return this.decoded.size;
  }
}

/**
 * A segment's postings, read from its pack by term number. As a
 * PostingsSource (the lean lookup) a term's blob is read and checked once
 * and only the fields asked for are decoded, into one reused buffer; as
 * MiniSearch's FieldTermData (`decode`) the whole term, into Maps.
 */
class LazyStore implements PostingsSource {
  /** the opened term's blob, and per field id: where its postings start and end in it (−1: none) */
  private blob: Uint8Array = new Uint8Array(0);
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly counts: Int32Array;
  private readonly buf = postingsBuffer();
  constructor(
    private readonly reader: SectionReader,
    private readonly dict: Uint32Array,
    private readonly documentCount: number,
    private readonly fieldCount: number,
  ) {
    this.starts = new Int32Array(fieldCount);
    this.ends = new Int32Array(fieldCount);
    this.counts = new Int32Array(fieldCount);
  }

  /** A term's blob, checked against its checksum. */
  private read(t: number): Buffer {
    const offset = this.dict[t * 3]!;
    const length = this.dict[t * 3 + 1]!;
    const sum = this.dict[t * 3 + 2]!;
    const b = this.reader.slice('index.postings', offset, length);
    if (fnv1a(b) !== sum) throw new CacheCorruptError('index postings checksum mismatch');
    return b;
  }

  /** A field's header in a term's postings blob: its id, its count of postings, where its bytes end. */
  private fieldHeader(b: Uint8Array, pos: { i: number }): { fieldId: number; count: number; end: number } {
    const fieldId = readVarint(b, pos);
    const count = readVarint(b, pos);
    const bytes = readVarint(b, pos);
    const end = pos.i + bytes;
    if (fieldId >= this.fieldCount || end > b.length || count > bytes) throw new CacheCorruptError('index postings are malformed');
    return { fieldId, count, end };
  }

  open(t: number, counts: Int32Array): void {
    const b = (this.blob = this.read(t));
    counts.fill(-1);
    this.starts.fill(-1);
    const pos = { i: 0 };
    while (pos.i < b.length) {
      const { fieldId, count, end } = this.fieldHeader(b, pos);
      counts[fieldId] = count;
      this.counts[fieldId] = count;
      this.starts[fieldId] = pos.i;
      this.ends[fieldId] = end;
      pos.i = end;
    }
  }

  field(fieldId: number): FieldPostings {
    const start = this.starts[fieldId]!;
    const out = this.buf;
    out.n = 0;
    if (start < 0) return out;
    const end = this.ends[fieldId]!;
    const count = this.counts[fieldId]!;
    ensurePostings(out, count);
    const { docs, tfs } = out;
    const b = this.blob;
    const limit = this.documentCount;
    // varints decoded inline: this loop runs once per posting, mostly before V8 has optimized it
    let i = start;
    let doc = 0;
    for (let k = 0; k < count; k++) {
      let delta = 0;
      for (let shift = 0; ; shift += 7) {
        if (i >= end || shift > 28) throw new CacheCorruptError('index postings are malformed');
        const byte = b[i++]!;
        delta += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) break;
      }
      let tf = 0;
      for (let shift = 0; ; shift += 7) {
        if (i >= end || shift > 28) throw new CacheCorruptError('index postings are malformed');
        const byte = b[i++]!;
        tf += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) break;
      }
      doc += delta;
      if ((k > 0 && delta === 0) || doc >= limit || tf > 0x7fffffff) throw new CacheCorruptError('index postings name a document that does not exist');
      docs[k] = doc;
      tfs[k] = tf;
    }
    if (i !== end) throw new CacheCorruptError('index postings are malformed');
    out.n = count;
    return out;
  }

  decode(t: number): Map<number, Map<number, number>> {
    return this.decodeAs(t, null);
  }

  /**
   * A term's postings with each short id renumbered through `toGlobal` (a
   * segment's places in the corpus: ascending, -1 for a dead record, which
   * is dropped; a field left with none is dropped too), or as stored (null).
   */
  decodeAs(t: number, toGlobal: Int32Array | null): Map<number, Map<number, number>> {
    const out = new Map<number, Map<number, number>>();
    for (const [fieldId, p] of this.decodeArrays(t, toGlobal)) {
      const docs = new Map<number, number>();
      for (let k = 0; k < p.n; k++) docs.set(p.docs[k]!, p.tfs[k]!);
      out.set(fieldId, docs);
    }
    return out;
  }

  /** decodeAs, as arrays: (field id, its postings) in stored field order. */
  decodeArrays(t: number, toGlobal: Int32Array | null): [number, FieldPostings][] {
    const b = this.read(t);
    const out: [number, FieldPostings][] = [];
    const pos = { i: 0 };
    while (pos.i < b.length) {
      const { fieldId, count, end } = this.fieldHeader(b, pos);
      const docs = new Int32Array(count);
      const tfs = new Int32Array(count);
      let doc = 0;
      let n = 0;
      for (let k = 0; k < count; k++) {
        const delta = readVarint(b, pos);
        doc += delta;
        const tf = readVarint(b, pos);
        if ((k > 0 && delta === 0) || doc >= this.documentCount) throw new CacheCorruptError('index postings name a document that does not exist');
        const g = toGlobal === null ? doc : toGlobal[doc]!;
        if (g < 0) continue;
        docs[n] = g;
        tfs[n] = tf;
        n++;
      }
      if (pos.i !== end) throw new CacheCorruptError('index postings are malformed');
      if (toGlobal === null || n) {
        // a field id twice keeps the last, as a Map.set would
        const at = out.findIndex(([f]) => f === fieldId);
        if (at >= 0) out.splice(at, 1);
        out.push([fieldId, { docs, tfs, n }]);
      }
    }
    return out;
  }
}

/**
 * MiniSearch's _documentIds, for search. The engine's "id" of a document is
 * its short id itself: search works on short ids (corpus order) and reads a
 * record only when it needs one (SearchIndex.record), so no table of every
 * record's id is built.
 */
class DocumentIds extends Map<number, number> {
  constructor(private readonly count: number) {
    super();
  }
  override get size(): number {
    return this.count;
  }
  override has(shortId: number): boolean {
    return Number.isInteger(shortId) && shortId >= 0 && shortId < this.count;
  }
  override get(shortId: number): number | undefined {
    return this.has(shortId) ? shortId : undefined;
  }
  override *entries(): MapIterator<[number, number]> {
    for (let i = 0; i < this.count; i++) yield [i, i];
  }
  override *keys(): MapIterator<number> {
    for (let i = 0; i < this.count; i++) yield i;
  }
  override [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }
}

/**
 * MiniSearch's _fieldLength, for search: `get(shortId)[fieldId]`. MiniSearch
 * reads the row at once, so one row object is reused for every lookup.
 */
class FieldLengths extends Map<number, number[]> {
  /** the row handed out: MiniSearch reads it at once, so one array serves every lookup */
  private readonly row: number[];
  constructor(
    private readonly data: Uint16Array | Uint32Array,
    private readonly fieldCount: number,
  ) {
    super();
    this.row = new Array<number>(fieldCount).fill(0);
  }
  override get(shortId: number): number[] | undefined {
    if (!Number.isInteger(shortId) || shortId < 0 || (shortId + 1) * this.fieldCount > this.data.length) return undefined;
    const base = shortId * this.fieldCount;
    for (let f = 0; f < this.fieldCount; f++) this.row[f] = this.data[base + f]!;
    return this.row;
  }
}

/**
 * The index built afresh that answers instead once a postings blob of the
 * stored one fails its checksum (it surfaces in the middle of a lookup):
 * that lookup and every later one, MiniSearch's and the lean ones alike.
 */
class Fallback {
  private index: SearchIndex | null = null;
  constructor(private readonly make: () => SearchIndex) {}
  get current(): SearchIndex | null {
    return this.index;
  }
  take(): SearchIndex {
    return (this.index ??= this.make());
  }
}

/** The lean lookup (term-lookup.ts) over `own`, or over the fallback index once there is one. */
function lookupWithFallback(own: LookupIndex, fallback: Fallback, term: string, options: SearchOptions, ordered = true): LeanHit[] | null {
  const other = fallback.current;
  if (other) return other.lookup ? other.lookup(term, options, ordered) : null;
  try {
    return leanLookup(own, term, options, ordered);
  } catch (err) {
    if (!(err instanceof CacheCorruptError)) throw err;
    const replacement = fallback.take();
    return replacement.lookup ? replacement.lookup(term, options, ordered) : null;
  }
}

/** MiniSearch's _fieldIds for the index options' fields. */
function fieldIdsOf(fields: readonly string[]): Record<string, number> {
  const ids: Record<string, number> = {};
  fields.forEach((f, i) => (ids[f] = i));
  return ids;
}

/**
 * MiniSearch answering from the compact index: its term tree, document ids
 * and field lengths are the lazy structures above, set through the protected
 * fields a subclass may use (minisearch is pinned to ~7.2, whose fields these
 * are). `search` is MiniSearch's own; a postings blob that fails its checksum
 * surfaces in the middle of one, and that search and every later one are
 * answered by an index built afresh instead. quarry's own lookups do not go
 * through it (SearchIndex.lookup, term-lookup.ts): it serves options those do
 * not take, and tests, and its Map tree is built only when it first searches.
 */
class CompactMiniSearch extends MiniSearch<QuarryRecord> {
  constructor(
    options: Options<QuarryRecord>,
    parts: { tree: () => Map<string, unknown>; documentCount: number; fieldLengths: Map<number, number[]>; avgFieldLength: number[] },
    private readonly fallback: Fallback,
  ) {
    super(options);
    // The one cast: MiniSearch's radix tree node type brands its leaf key ('') and is
    // not exported, so a tree built outside it cannot be typed as one; FlatTree.mapTree
    // checks the tree's shape instead.
    let index: CompactMiniSearch['_index'] | null = null;
    Object.defineProperty(this, '_index', {
      get: () => (index ??= new SearchableMap<FieldTermData>(parts.tree() as TermTree) as unknown as CompactMiniSearch['_index']),
      set: (v: CompactMiniSearch['_index']) => {
        index = v;
      },
      configurable: true,
    });
    this._documentCount = parts.documentCount;
    this._nextId = parts.documentCount;
    this._documentIds = new DocumentIds(parts.documentCount);
    this._fieldLength = parts.fieldLengths;
    this._avgFieldLength = parts.avgFieldLength;
  }

  override search(query: Query, options?: SearchOptions): SearchResult[] {
    const other = this.fallback.current;
    if (other) return other.engine.search(query, options);
    try {
      return super.search(query, options);
    } catch (err) {
      if (!(err instanceof CacheCorruptError)) throw err;
      return this.fallback.take().engine.search(query, options);
    }
  }

  /**
   * What `search(term, options)` finds, as (short id, score, matched terms,
   * fields matched) in `search`'s order, without `search`'s result objects:
   * MiniSearch's own query (executeQuery), then `search`'s arithmetic and
   * its stable sort by score. Null when options filter, which `search` must
   * do itself. The reference the lean lookup is tested against.
   */
  termHits(term: string, options: SearchOptions): TermHits | null {
    if (options.filter || this._options.searchOptions?.filter) return null;
    const raw = (engine: MiniSearch<QuarryRecord>) => (engine as unknown as { executeQuery(q: Query, o: SearchOptions): RawResults }).executeQuery(term, options);
    let results: RawResults;
    const other = this.fallback.current;
    if (other) results = raw(other.engine);
    else {
      try {
        results = raw(this);
      } catch (err) {
        if (!(err instanceof CacheCorruptError)) throw err;
        results = raw(this.fallback.take().engine);
      }
    }
    const out: TermHits = [];
    for (const [id, { score, terms, match }] of results) {
      let fields: string[] | undefined;
      let several = false;
      for (const k in match) {
        if (fields === undefined) fields = match[k]!;
        else several = true;
      }
      // one matched term: its fields are each there once already (MiniSearch adds a field to a term once)
      out.push({ id, score: score * (terms.length || 1), terms: Object.keys(match), fields: several ? [...new Set(Object.values(match).flat())] : (fields ?? []) });
    }
    return out.sort((a, b) => b.score - a.score);
  }
}

/** MiniSearch's raw results (executeQuery): short id → score, query terms, matched terms and their fields. */
type RawResults = Map<number, { score: number; terms: string[]; match: Record<string, string[]> }>;

/** A lookup's hits: see CompactMiniSearch.termHits. */
export type TermHits = { id: number; score: number; terms: string[]; fields: string[] }[];

/**
 * Records by position, as the cache reads them on demand: `get(i)` is the
 * corpus's i-th record (the same object each time), `all()` every record.
 */
export interface RecordSource {
  readonly size: number;
  /**
   * The records at these places (ascending), one at a time and not kept: a
   * long `list` never holds them all. Absent: `get` each.
   */
  stream?(places: readonly number[]): Iterable<QuarryRecord>;
  /**
   * The same records as their JSON array elements, unparsed (src/model/
   * record-json.ts): runs of places that follow each other, each one buffer.
   * A run is valid only until the iteration goes on (the bytes are read into
   * one reused buffer: fresh buffers for 22 MB of output cost page faults and
   * garbage): a consumer copies what it keeps. Absent: the source holds
   * records, not their text.
   */
  elements?(places: readonly number[]): Iterable<Uint8Array>;
  get(position: number): QuarryRecord;
  all(): QuarryRecord[];
}

export function arraySource(records: QuarryRecord[]): RecordSource {
  return { size: records.length, get: (i) => records[i]!, all: () => records };
}

/** An index's meta and term labels, the sections every opening reads first. */
function readIndexHead(reader: SectionReader): { meta: IndexMeta; labels: LabelTable } {
  let meta: IndexMeta;
  try {
    meta = JSON.parse(reader.section('index.meta').toString('utf8')) as IndexMeta;
  } catch (err) {
    if (err instanceof CacheCorruptError) throw err;
    throw new CacheCorruptError('index sections are not JSON');
  }
  if (!meta || typeof meta !== 'object' || (meta.labelWidth !== 1 && meta.labelWidth !== 2)) throw new CacheCorruptError('index meta is malformed');
  const textBytes = reader.section('index.labels');
  const endBytes = reader.section('index.labelEnds');
  if (textBytes.length % meta.labelWidth !== 0 || endBytes.length % 4 !== 0) throw new CacheCorruptError('index labels are malformed');
  const text = textBytes.toString(meta.labelWidth === 1 ? 'latin1' : 'utf16le');
  const ends = typedArrayOf(endBytes, Int32Array);
  // the ends themselves are the section's (checksummed, or a trusted pack's): the last must close the text
  if ((ends.length ? ends[ends.length - 1]! : 0) !== text.length) throw new CacheCorruptError('index labels are malformed');
  return { meta, labels: new LabelTable(text, ends) };
}

/**
 * Open the index stored in `reader` over `records` (the corpus's records, in
 * order, all in memory or read on demand). Throws CacheCorruptError when a section does not verify or does not
 * fit the records; postings are verified as they are read, and a search that
 * meets a bad one falls back to a fresh in-memory index (`fallback`).
 */
export function openCompactIndex(reader: SectionReader, source: QuarryRecord[] | RecordSource, fallback: () => SearchIndex): SearchIndex {
  const opts = indexOptions();
  const { meta, labels } = readIndexHead(reader);
  let records: RecordSource = Array.isArray(source) ? arraySource(source) : source;
  // Every record its own id (the usual case): short id = position. Else the kept ones, in memory.
  if (!(meta.unique && meta.documentCount === records.size)) records = arraySource(keptRecords(records.all()));
  const kept = records;
  const F = opts.fields.length;
  const termCount = meta.termCount;
  if (
    !Array.isArray(meta.fields) ||
    meta.fields.join('\u0000') !== opts.fields.join('\u0000') ||
    meta.documentCount !== kept.size ||
    !Number.isSafeInteger(termCount) ||
    termCount < 0 ||
    !Array.isArray(meta.avgFieldLength) ||
    (meta.lengthWidth !== 2 && meta.lengthWidth !== 4)
  ) {
    throw new CacheCorruptError('index does not fit the records or the index options');
  }
  const dictBytes = reader.section('index.dict');
  if (dictBytes.length !== termCount * 12) throw new CacheCorruptError('index dictionary has the wrong length');
  const dict = typedArrayOf(dictBytes, Uint32Array);
  const lengthBytes = reader.section('index.lengths');
  if (lengthBytes.length !== kept.size * F * meta.lengthWidth) throw new CacheCorruptError('index field lengths have the wrong length');
  const lengths = meta.lengthWidth === 2 ? typedArrayOf(lengthBytes, Uint16Array) : typedArrayOf(lengthBytes, Uint32Array);

  const store = new LazyStore(reader, dict, kept.size, F);
  const tree = storedTree(reader, labels);
  const size = kept.size;
  const avgFieldLength = meta.avgFieldLength;
  const lookupIndex: LookupIndex = {
    tree,
    postings: store,
    fieldIds: fieldIdsOf(opts.fields),
    fieldCount: F,
    documentCount: size,
    fieldLength: (doc, fieldId) => lengths[doc * F + fieldId]!,
    lengths,
    avgFieldLength,
  };
  const fb = new Fallback(fallback);
  let engine: CompactMiniSearch | null = null;
  return {
    get engine(): MiniSearch<QuarryRecord> {
      return (engine ??= new CompactMiniSearch(
        opts,
        { tree: () => tree.mapTree(termCount, (t) => new LazyTermData(t, store)), documentCount: size, fieldLengths: new FieldLengths(lengths, F), avgFieldLength },
        fb,
      ));
    },
    size,
    shortId: (id) => (typeof id === 'number' && Number.isInteger(id) && id >= 0 && id < size ? id : undefined),
    record: (shortId) => kept.get(shortId),
    lookup: (term, options, ordered) => lookupWithFallback(lookupIndex, fb, term, options, ordered),
  };
}

/**
 * The lookup tree as the index stores it: computed and checked by the walk when written, and
 * verified by the sections' checksums here (a damaged section is a cache to rebuild, as before).
 */
function storedTree(reader: SectionReader, slotLabels: LabelTable): FlatTree {
  const flatBytes = reader.section('index.flat');
  if (flatBytes.length % 4 !== 0) throw new CacheCorruptError('index tree is malformed');
  return FlatTree.stored(slotLabels, typedArrayOf(flatBytes, Int32Array));
}

/** Build in memory and open at once (no cache file): the same engine, for --no-cache and a cache that cannot be written. */
export function memoryIndex(records: QuarryRecord[], words?: DocumentWords, built: BuiltIndex = buildCompactIndex(records, words)): SearchIndex {
  const reader = sectionsReader(built.sections);
  return openCompactIndex(reader, records, () => {
    throw new Error('compact index: in-memory postings failed to decode');
  });
}

// ------------------------------------------------------------------ segments

/**
 * A segmented index: several compact indexes (segments), each over the
 * records of some documents, searched as one. The cache adds a segment for
 * the documents a run re-read and leaves the others as they were on disk; a
 * record that is no longer in the corpus (its document changed or went) is
 * dead in its old segment. MiniSearch searches the merged view: one term
 * tree (the largest segment's, as stored, with the other segments' terms
 * inserted), postings merged from every segment and renumbered to the
 * records' places in the corpus (dead ones dropped, so document
 * frequencies count live records only), field lengths looked up in the
 * segment that holds the record, and the average field lengths and record
 * count of the whole corpus. BM25 then gives every record the score a
 * single index of the same corpus would give it; the one difference is
 * the order in which prefix and fuzzy expansions of a term are visited
 * (the tree's insertion order), which changes no result (search.ts reads a
 * hit's terms as a set, and ties break by place).
 */
export interface SegmentInput {
  reader: SectionReader;
  /** local short id → the record's place in the corpus, or -1 for a dead record */
  toGlobal: Int32Array;
}

interface OpenedSegment {
  meta: IndexMeta;
  fieldCount: number;
  store: LazyStore;
  lengths: Uint16Array | Uint32Array;
  tree: FlatTree;
  toGlobal: Int32Array;
}

function openSegment(input: SegmentInput, fieldCount: number, fields: readonly string[]): OpenedSegment {
  const { reader, toGlobal } = input;
  const { meta, labels } = readIndexHead(reader);
  const n = toGlobal.length;
  if (
    !meta ||
    typeof meta !== 'object' ||
    !Array.isArray(meta.fields) ||
    meta.fields.join('\u0000') !== fields.join('\u0000') ||
    meta.documentCount !== n ||
    !meta.unique ||
    !Number.isSafeInteger(meta.termCount) ||
    meta.termCount < 0 ||
    (meta.lengthWidth !== 2 && meta.lengthWidth !== 4)
  ) {
    throw new CacheCorruptError('index segment does not fit the records or the index options');
  }
  const dictBytes = reader.section('index.dict');
  if (dictBytes.length !== meta.termCount * 12) throw new CacheCorruptError('index dictionary has the wrong length');
  const dict = typedArrayOf(dictBytes, Uint32Array);
  const lengthBytes = reader.kept ? reader.kept('index.lengths') : reader.section('index.lengths');
  if (lengthBytes.length !== n * fieldCount * meta.lengthWidth) throw new CacheCorruptError('index field lengths have the wrong length');
  const lengths = meta.lengthWidth === 2 ? typedArrayOf(lengthBytes, Uint16Array) : typedArrayOf(lengthBytes, Uint32Array);
  return { meta, fieldCount, store: new LazyStore(reader, dict, n, fieldCount), lengths, tree: storedTree(reader, labels), toGlobal };
}

/** A term's postings merged from every segment that has the term, renumbered to places in the corpus. */
class MergedTermData extends Map<number, Map<number, number>> {
  private decoded: FieldTermData | null = null;
  /** per field id: the merged postings (undefined: none); decoded on first use */
  private merged: (FieldPostings | undefined)[] | null = null;
  /** the other segments' (segment, term number) pairs, flat: most terms are in one segment only */
  private more: number[] | null = null;
  constructor(
    private readonly segments: OpenedSegment[],
    private readonly s0: number,
    private readonly t0: number,
  ) {
    super();
  }
  add(s: number, t: number): void {
    (this.more ??= []).push(s, t);
  }
  /** The postings per field id, in corpus order (as one index would hold them). */
  arrays(fieldCount: number): (FieldPostings | undefined)[] {
    if (this.merged) return this.merged;
    const first = this.segments[this.s0]!;
    const parts: [number, FieldPostings][][] = [first.store.decodeArrays(this.t0, first.toGlobal)];
    for (let i = 0; this.more && i < this.more.length; i += 2) {
      const seg = this.segments[this.more[i]!]!;
      parts.push(seg.store.decodeArrays(this.more[i + 1]!, seg.toGlobal));
    }
    return (this.merged = mergeFields(parts, fieldCount));
  }
  private data(): FieldTermData {
    if (this.decoded) return this.decoded;
    const out: FieldTermData = new Map();
    this.arrays(this.segments[this.s0]!.fieldCount).forEach((p, f) => {
      if (!p) return;
      const docs = new Map<number, number>();
      for (let k = 0; k < p.n; k++) docs.set(p.docs[k]!, p.tfs[k]!);
      out.set(f, docs);
    });
    return (this.decoded = out);
  }
  override get(fieldId: number): Map<number, number> | undefined {
    return this.data().get(fieldId);
  }
  override get size(): number {
    return this.data().size;
  }
}

/** A Map tree's stored form (serializeTree's), its leaves numbered by `number`. */
export function storedForm(root: Map<string, unknown>, number: (leaf: unknown) => number): { labels: string[]; shape: Int32Array } {
  const labels: string[] = [];
  const shape: number[] = [];
  const walk = (node: Map<string, unknown>): void => {
    shape.push(node.size);
    for (const [label, child] of node) {
      labels.push(label);
      if (label === '') shape.push(number(child));
      else walk(child as Map<string, unknown>);
    }
  };
  walk(root);
  return { labels, shape: Int32Array.from(shape) };
}

/** Several segments' postings of one term (each renumbered to places), per field id in corpus order. */
function mergeFields(parts: readonly [number, FieldPostings][][], fieldCount: number): (FieldPostings | undefined)[] {
  const out = new Array<FieldPostings | undefined>(fieldCount);
  for (let f = 0; f < fieldCount; f++) {
    // each segment's places ascend (renumbered as decoded); several are merged into one ascending list
    const lists: FieldPostings[] = [];
    for (const p of parts) for (const [fieldId, list] of p) if (fieldId === f) lists.push(list);
    out[f] = lists.length <= 1 ? lists[0] : mergeAscending(lists);
  }
  return out;
}

/** Postings lists whose records each ascend (and are disjoint), as one list in ascending order. */
function mergeAscending(lists: readonly FieldPostings[]): FieldPostings {
  const n = lists.reduce((k, l) => k + l.n, 0);
  const docs = new Int32Array(n);
  const tfs = new Int32Array(n);
  const at = new Int32Array(lists.length);
  for (let k = 0; k < n; k++) {
    let min = -1;
    for (let i = 0; i < lists.length; i++) {
      if (at[i]! < lists[i]!.n && (min < 0 || lists[i]!.docs[at[i]!]! < lists[min]!.docs[at[min]!]!)) min = i;
    }
    const l = lists[min]!;
    docs[k] = l.docs[at[min]!]!;
    tfs[k] = l.tfs[at[min]!]!;
    at[min]!++;
  }
  return { docs, tfs, n };
}

/** Field lengths by place in the corpus, read from the segment that holds the record. */
class MergedFieldLengths extends Map<number, number[]> {
  private readonly row: number[];
  constructor(
    private readonly segOf: Int32Array,
    private readonly localOf: Int32Array,
    private readonly segments: OpenedSegment[],
    private readonly fieldCount: number,
  ) {
    super();
    this.row = new Array<number>(fieldCount).fill(0);
  }
  override get(g: number): number[] | undefined {
    if (!Number.isInteger(g) || g < 0 || g >= this.segOf.length) return undefined;
    const lengths = this.segments[this.segOf[g]!]!.lengths;
    const base = this.localOf[g]! * this.fieldCount;
    for (let f = 0; f < this.fieldCount; f++) this.row[f] = lengths[base + f]!;
    return this.row;
  }
}

/** For each place in the corpus, its segment and its short id there; every place covered exactly once. */
function placeTable(toGlobals: readonly Int32Array[], total: number): { segOf: Int32Array; localOf: Int32Array } {
  const segOf = new Int32Array(total).fill(-1);
  const localOf = new Int32Array(total);
  toGlobals.forEach((map, s) => {
    for (let local = 0; local < map.length; local++) {
      const g = map[local]!;
      if (g < 0) continue;
      if (g >= total || segOf[g] !== -1) throw new CacheCorruptError('index segments do not fit the records');
      segOf[g] = s;
      localOf[g] = local;
    }
  });
  if (segOf.includes(-1)) throw new CacheCorruptError('index segments do not cover the records');
  return { segOf, localOf };
}

/**
 * MiniSearch's average field lengths over the corpus, in corpus order and
 * with its arithmetic (buildCompactIndex's running average, exact: so scores
 * equal a cold build's), from the segments' stored field lengths and which
 * fields had a value. `runs`: the corpus's live records in order, as
 * (segment, first short id there, count) triples, one per document: the
 * replay walks them straight through, with no table of every place.
 */
export function segmentAverages(readers: readonly SectionReader[], runs: Int32Array, total: number): number[] {
  const F = indexOptions().fields.length;
  const parts = readers.map((reader) => {
    const meta = JSON.parse(reader.section('index.meta').toString('utf8')) as IndexMeta;
    // the same bytes the index opened after this reads (kept by the reader), as a view where aligned
    const bytes = reader.kept ? reader.kept('index.lengths') : reader.section('index.lengths');
    if (bytes.length % meta.lengthWidth !== 0) throw new CacheCorruptError('index field lengths have the wrong length');
    const lengths = meta.lengthWidth === 2 ? typedArrayOf(bytes, Uint16Array) : typedArrayOf(bytes, Uint32Array);
    const present = reader.section('index.present');
    if (present.length !== meta.documentCount * F || lengths.length !== present.length) throw new CacheCorruptError('index field lengths have the wrong length');
    return { lengths, present };
  });
  // the same arithmetic as buildCompactIndex's `((avg[f] || 0) * doc + unique) / (doc + 1)`, on
  // doubles in a typed array; a field never present stays a hole in the result, as there
  const acc = new Float64Array(F);
  const seen = new Uint8Array(F);
  let g = 0;
  for (let i = 0; i + 2 < runs.length; i += 3) {
    const part = parts[runs[i]!];
    const first = runs[i + 1]!;
    const count = runs[i + 2]!;
    if (!part || first < 0 || count < 0 || (first + count) * F > part.present.length) throw new CacheCorruptError('index segments do not fit the records');
    const { lengths, present } = part;
    for (let base = first * F, end = (first + count) * F; base < end; base += F, g++) {
      for (let f = 0; f < F; f++) {
        if (!present[base + f]) continue;
        acc[f] = (acc[f]! * g + lengths[base + f]!) / (g + 1);
        seen[f] = 1;
      }
    }
  }
  if (g !== total) throw new CacheCorruptError('index segments do not cover the records');
  const avg: number[] = [];
  for (let f = 0; f < F; f++) if (seen[f]) avg[f] = acc[f]!;
  return avg;
}

/**
 * Open several segments as one index of `total` records (`records` gives
 * them by place). `avgFieldLength`: segmentAverages() of the same segments,
 * as stored when they were written.
 */
export function openSegmentedIndex(inputs: readonly SegmentInput[], total: number, avgFieldLength: number[], records: RecordSource, fallback: () => SearchIndex): SearchIndex {
  const opts = indexOptions();
  const F = opts.fields.length;
  if (records.size !== total || !Array.isArray(avgFieldLength) || avgFieldLength.length > F) throw new CacheCorruptError('index segments do not fit the records');
  const segments = inputs.map((input) => openSegment(input, F, opts.fields));
  const { segOf, localOf } = placeTable(
    segments.map((s) => s.toGlobal),
    total,
  );
  // The largest segment's tree as stored (the base); the others' terms joined to it.
  let base = 0;
  segments.forEach((s, i) => {
    if (s.meta.termCount > segments[base]!.meta.termCount) base = i;
  });
  const trees = new SegmentTrees(segments, base);
  const lookupIndex: LookupIndex = {
    tree: trees,
    postings: new SegmentedPostings(segments, trees, F),
    fieldIds: fieldIdsOf(opts.fields),
    fieldCount: F,
    documentCount: total,
    fieldLength: (g, fieldId) => segments[segOf[g]!]!.lengths[localOf[g]! * F + fieldId]!,
    avgFieldLength,
  };
  const fb = new Fallback(fallback);
  let engine: CompactMiniSearch | null = null;
  return {
    get engine(): MiniSearch<QuarryRecord> {
      return (engine ??= new CompactMiniSearch(opts, { tree: () => mergedMapTree(segments, base), documentCount: total, fieldLengths: new MergedFieldLengths(segOf, localOf, segments, F), avgFieldLength }, fb));
    },
    size: total,
    shortId: (id) => (typeof id === 'number' && Number.isInteger(id) && id >= 0 && id < total ? id : undefined),
    record: (shortId) => records.get(shortId),
    lookup: (term, options, ordered) => lookupWithFallback(lookupIndex, fb, term, options, ordered),
  };
}

/**
 * MiniSearch's view of the segments, for its own search (the engine; the
 * lean lookup does not use it): the base segment's Map tree as stored, the
 * others' terms inserted into it. Built when the engine first searches.
 */
function mergedMapTree(segments: OpenedSegment[], base: number): Map<string, unknown> {
  const leaf = (s: number, t: number): MergedTermData => new MergedTermData(segments, s, t);
  const tree = segments[base]!.tree.mapTree(segments[base]!.meta.termCount, (t) => leaf(base, t));
  const map = new SearchableMap<MergedTermData>(tree as TermTree as unknown as ConstructorParameters<typeof SearchableMap<MergedTermData>>[0]);
  segments.forEach((seg, s) => {
    if (s === base) return;
    const own = seg.tree.mapTree(seg.meta.termCount, (t) => t);
    const walk = (node: Map<string, unknown>, prefix: string): void => {
      for (const [label, child] of node) {
        if (label === '') {
          const t = child as number;
          const existing = map.get(prefix);
          if (existing) existing.add(s, t);
          else map.set(prefix, leaf(s, t));
        } else walk(child as Map<string, unknown>, prefix + label);
      }
    };
    walk(own, '');
  });
  return tree;
}

/**
 * The segments' term trees searched as one, for the lean lookup, without
 * building a merged tree (rebuilding the base's Map tree, inserting the
 * others' terms and flattening the result cost ≈ 150 ms of CPU at 100×, where
 * one document changed, against ≈ 15 ms for the base's stored tree alone):
 * the base segment's stored tree keeps its terms' numbers; each other
 * segment's term is the base's term of the same text where there is one,
 * else a number after the base's, one per distinct text. A walk visits the
 * base tree's terms first, in its stored order, then each other segment's
 * own new terms (those it is the first to hold), in its order: every term
 * once. The expansions are those of one merged tree, visited in another
 * order (as a merged Map tree also visits them in an order of its own, not
 * a cold build's): search.ts reads a hit's terms as a set and ranks by a
 * total order of its own, so no result depends on it.
 */
class SegmentTrees implements LookupTree {
  readonly baseTree: FlatTree;
  readonly baseCount: number;
  /** per base term number handed out: the other segments' (segment, term) pairs of the same text, flat */
  private readonly extra = new Map<number, number[]>();
  /** per number past the base's handed out: its (segment, term) pairs, flat */
  private readonly added: number[][] = [];
  private readonly addedNumber = new Map<string, number>();
  private readonly others: { s: number; tree: FlatTree }[] = [];

  /**
   * Which terms the segments share is found as terms are asked for (every
   * number goes out through get, prefix or fuzzy, with its text), not by
   * walking every term of the other segments at open: a lookup touches a
   * few terms, and the walk (one base lookup per term of the new segment,
   * in code running for the first time) cost ≈ 12 ms of an update's search.
   * Numbers past the base's are given in the order terms are first met;
   * they are handles to postings only (no result reads them).
   */
  constructor(
    segments: readonly OpenedSegment[],
    readonly base: number,
  ) {
    const b = segments[base]!;
    this.baseTree = b.tree;
    this.baseCount = b.meta.termCount;
    segments.forEach((seg, s) => {
      if (s !== base) this.others.push({ s, tree: seg.tree });
    });
  }

  /** The (segment, term) pairs of the other segments holding `term`, flat, from other segment `from` on. */
  private othersHolding(term: string, from = 0): number[] {
    const pairs: number[] = [];
    for (let i = from; i < this.others.length; i++) {
      const t = this.others[i]!.tree.get(term);
      if (t >= 0) pairs.push(this.others[i]!.s, t);
    }
    return pairs;
  }

  /** Base term `bt` (of text `term`) handed out: its pairs in the other segments are known from then on. */
  private baseNumber(term: string, bt: number): number {
    if (!this.extra.has(bt)) this.extra.set(bt, this.othersHolding(term));
    return bt;
  }

  /** The number of a term the base does not hold, or −1 when no segment does. */
  private addedOf(term: string): number {
    let n = this.addedNumber.get(term);
    if (n === undefined) {
      const pairs = this.othersHolding(term);
      if (!pairs.length) return -1;
      n = this.baseCount + this.added.length;
      this.added.push(pairs);
      this.addedNumber.set(term, n);
    }
    return n;
  }

  /** Whether other segment `i` is the first to hold `term` (the base and the others before it do not). */
  private owns(i: number, term: string): boolean {
    if (this.baseTree.get(term) >= 0) return false;
    for (let j = 0; j < i; j++) if (this.others[j]!.tree.get(term) >= 0) return false;
    return true;
  }

  /** A term's (segment, term) pairs in every segment holding it, flat; `t` as handed out. */
  pairs(t: number): number[] | undefined {
    if (t < this.baseCount) {
      const more = this.extra.get(t);
      return more === undefined ? undefined : [this.base, t, ...more];
    }
    return this.added[t - this.baseCount];
  }

  get(key: string): number {
    const t = this.baseTree.get(key);
    return t >= 0 ? this.baseNumber(key, t) : this.addedOf(key);
  }

  prefix(prefix: string, visit: (term: string, t: number) => void): void {
    this.baseTree.prefix(prefix, (term, t) => visit(term, this.baseNumber(term, t)));
    this.others.forEach((o, i) => {
      o.tree.prefix(prefix, (term) => {
        if (this.owns(i, term)) visit(term, this.addedOf(term));
      });
    });
  }

  fuzzy(query: string, maxDistance: number): { terms: string[]; numbers: number[]; distances: number[] } {
    const out = this.baseTree.fuzzy(query, maxDistance);
    for (let k = 0; k < out.terms.length; k++) this.baseNumber(out.terms[k]!, out.numbers[k]!);
    this.others.forEach((o, i) => {
      const more = o.tree.fuzzy(query, maxDistance);
      for (let k = 0; k < more.terms.length; k++) {
        const term = more.terms[k]!;
        if (!this.owns(i, term)) continue;
        out.terms.push(term);
        out.numbers.push(this.addedOf(term));
        out.distances.push(more.distances[k]!);
      }
    });
    return out;
  }
}

/** The terms of SegmentTrees as a PostingsSource: a term's postings from every segment holding it, renumbered and merged. */
class SegmentedPostings implements PostingsSource {
  private current: (FieldPostings | undefined)[] = [];
  private readonly merged = new Map<number, (FieldPostings | undefined)[]>();
  private readonly none: FieldPostings = { docs: new Int32Array(0), tfs: new Int32Array(0), n: 0 };
  constructor(
    private readonly segments: readonly OpenedSegment[],
    private readonly trees: SegmentTrees,
    private readonly fieldCount: number,
  ) {}
  private arrays(t: number): (FieldPostings | undefined)[] {
    let out = this.merged.get(t);
    if (out) return out;
    const pairs = this.trees.pairs(t);
    if (!pairs) throw new CacheCorruptError('index term out of range');
    const parts: [number, FieldPostings][][] = [];
    for (let i = 0; i < pairs.length; i += 2) {
      const seg = this.segments[pairs[i]!]!;
      parts.push(seg.store.decodeArrays(pairs[i + 1]!, seg.toGlobal));
    }
    out = mergeFields(parts, this.fieldCount);
    this.merged.set(t, out);
    return out;
  }
  open(t: number, counts: Int32Array): void {
    this.current = this.arrays(t);
    for (let f = 0; f < counts.length; f++) counts[f] = this.current[f]?.n ?? -1;
  }
  field(fieldId: number): FieldPostings {
    return this.current[fieldId] ?? this.none;
  }
}
