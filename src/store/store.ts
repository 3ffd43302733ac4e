/**
 * What a store is: where a loaded corpus lives and how its records and terms
 * are read. Two backends implement it: the local store (the cache file and
 * its compact index, ./local.ts) and PostgreSQL (./postgres/). Everything
 * above this stage (query/, analysis/, cli/) reads records and terms only
 * through a `Store`, so both backends filter, plan, rank, check phrases and
 * build snippets with the same code.
 *
 * Like ripgrep's Matcher trait, a backend implements few methods
 * (`StoreBackend`): the corpus head, how many records, records by key, every
 * key, and one term lookup. `Store` derives the rest (every record, a
 * filtered selection, a record by id with "did you mean", facet values), and
 * a backend may override a derived method where it has a faster way
 * (PostgreSQL pushes filters and id lookups into SQL).
 *
 * Keys: every record has a numeric key, and keys sort in corpus order
 * (document order, then order in the document). The local store's key is
 * the record's position; PostgreSQL's is built from the document's place and
 * the record's place in it. Ranking breaks ties by key, so both backends
 * order equal scores the same way.
 */
import type { DocumentInfo, Problem } from '../model/corpus.js';
import type { QuarryRecord, RecordType } from '../model/record.js';
import type { SpeakerRegistry } from '../model/speakers.js';

/** The corpus without its records: documents, problems, the speaker registry. */
export interface CorpusHead {
  /** the corpus folder (for PostgreSQL: the folder that was synced) */
  dir: string;
  documents: DocumentInfo[];
  problems: Problem[];
  registry: SpeakerRegistry;
  /**
   * Each document's file and whether it loaded (`documents`' `file` and
   * `ok`), where a head can give them without reading every document's info
   * (the cache parses an info only when `documents` is read).
   */
  documentStatus?(): { file: string; ok: boolean }[];
}

/**
 * One term looked up as MiniSearch's `search(term, options)` does it for a
 * single already-processed term: BM25+ over the given fields with their
 * boosts, plus prefix and fuzzy expansions weighted as MiniSearch weights them.
 */
export interface TermLookup {
  term: string;
  /** index fields (see src/index/index.ts), in the order scores are summed */
  fields: readonly string[];
  boost: Readonly<Record<string, number>>;
  prefix: boolean;
  /** maximum edit distance (0: none) */
  fuzzy: number;
  weights: { fuzzy: number; prefix: number };
  /** false: the hits may come in any order (default: MiniSearch's, best first) */
  ordered?: boolean;
}

export interface TermHit {
  key: number;
  score: number;
  /** the index terms that matched (the term itself, or its prefix and fuzzy expansions) */
  terms: string[];
  /** the index fields any of them matched in ("text", "question_surface", …), each once */
  fields: string[];
}

export interface YearSpan {
  from: number | null;
  to: number | null;
}

/** A record filter as plain data (the shape of query/filters.ts's Filters), for backends that can push it down. */
export interface RecordQuery {
  types?: RecordType[];
  speakers?: string[];
  years?: YearSpan[];
  mentions?: YearSpan[];
  docs?: string[];
  topics?: string[];
}

export type Facet = 'speaker' | 'topic';

/** The methods a backend must implement. */
export interface StoreBackend {
  readonly kind: 'local' | 'postgres';
  readonly head: CorpusHead;
  /** how many records (searchable ones: the index's documents) */
  count(): number;
  /** records by key, in the order asked; an unknown key throws */
  read(keys: readonly number[]): Promise<QuarryRecord[]>;
  /** every record's key, in corpus order */
  keys(): Promise<number[]>;
  /** one term (already tokenized and processed), scored per record */
  lookup(q: TermLookup): Promise<TermHit[]>;
  /** the document's text as it was loaded (for `show`'s context lines), or null when it cannot be read */
  documentText(doc: DocumentInfo): Promise<string | null>;
  close(): Promise<void>;

  // Optional faster paths for what Store derives.
  all?(): Promise<QuarryRecord[]>;
  /** at least the records matching `q` (a superset is fine: the predicate runs after), in corpus order */
  select?(q: RecordQuery): Promise<QuarryRecord[]>;
  /** the same as `select`, read as they are iterated and not kept (null: this store cannot) */
  selectEach?(q: RecordQuery): Iterable<QuarryRecord> | null;
  /**
   * exactly the records matching `q` (no predicate runs after), the first
   * `limit`, as their JSON array elements unparsed (src/model/record-json.ts);
   * null: this store cannot
   */
  selectElements?(q: RecordQuery, limit?: number): { count: number; elements: () => Iterable<Uint8Array> } | null;
  /** records whose id, id in any case, or the part after the document equals one of these (lower case) */
  byId?(id: string): Promise<QuarryRecord[]>;
  /** every record id (for "did you mean") */
  ids?(): Promise<string[]>;
  facetValues?(facet: Facet): Promise<string[]>;
  /** for each key, whether its record may match `q` (false only when it cannot), without reading records */
  mayMatch?(keys: readonly number[], q: RecordQuery): Promise<boolean[]>;
  /**
   * for each key, whether its record matches `q`, exactly (as
   * query/filters.ts's matchesFilters would say), without reading records;
   * null: this store cannot tell without them
   */
  matches?(keys: readonly number[], q: RecordQuery): boolean[] | null;
}

/** A store: a backend plus everything derived from it. */
export class Store {
  private allRecords: Promise<QuarryRecord[]> | null = null;

  constructor(readonly backend: StoreBackend) {}

  get kind(): StoreBackend['kind'] {
    return this.backend.kind;
  }

  get head(): CorpusHead {
    return this.backend.head;
  }

  count(): number {
    return this.backend.count();
  }

  read(keys: readonly number[]): Promise<QuarryRecord[]> {
    return this.backend.read(keys);
  }

  async record(key: number): Promise<QuarryRecord> {
    return (await this.backend.read([key]))[0]!;
  }

  keys(): Promise<number[]> {
    return this.backend.keys();
  }

  lookup(q: TermLookup): Promise<TermHit[]> {
    return this.backend.lookup(q);
  }

  documentText(doc: DocumentInfo): Promise<string | null> {
    return this.backend.documentText(doc);
  }

  /** Every record, in corpus order (read once). */
  all(): Promise<QuarryRecord[]> {
    return (this.allRecords ??= this.backend.all ? this.backend.all() : this.backend.keys().then((k) => this.backend.read(k)));
  }

  /** The records `keep` accepts, in corpus order; `q` lets a backend narrow them first. */
  async select(q: RecordQuery, keep: (r: QuarryRecord) => boolean): Promise<QuarryRecord[]> {
    const narrowed = this.backend.select && !this.allRecords && hasQuery(q) ? await this.backend.select(q) : await this.all();
    return narrowed.filter(keep);
  }

  /**
   * The records `keep` accepts, in corpus order, read one at a time as they
   * are iterated and not kept (a long `list` never holds them all); null
   * when the backend cannot, or when every record is already in memory.
   */
  selectEach(q: RecordQuery, keep: (r: QuarryRecord) => boolean): Iterable<QuarryRecord> | null {
    const each = this.backend.selectEach && !this.allRecords && hasQuery(q) ? this.backend.selectEach(q) : null;
    if (!each) return null;
    return (function* () {
      for (const r of each) if (keep(r)) yield r;
    })();
  }

  /**
   * The records matching `q`, the first `limit`, as their JSON array
   * elements, read without parsing a record (`list --format json|ndjson`);
   * null when the backend cannot, or when every record is already in memory.
   */
  selectElements(q: RecordQuery, limit?: number): { count: number; elements: () => Iterable<Uint8Array> } | null {
    return this.backend.selectElements && !this.allRecords ? this.backend.selectElements(q, limit) : null;
  }

  /**
   * For each key, whether its record passes `keep`; `q` (the same filter as
   * data) lets a backend rule records out before reading them.
   */
  async passes(keys: readonly number[], q: RecordQuery, keep: (r: QuarryRecord) => boolean): Promise<boolean[]> {
    // a backend that answers exactly reads no record: a filtered search then parses only the records it shows or re-ranks
    const exact = this.backend.matches && !this.allRecords ? this.backend.matches(keys, q) : null;
    if (exact) return exact;
    const maybe = this.backend.mayMatch && !this.allRecords ? await this.backend.mayMatch(keys, q) : keys.map(() => true);
    const wanted = keys.filter((_, i) => maybe[i]);
    const records = await this.backend.read(wanted);
    let k = 0;
    return maybe.map((m) => m && keep(records[k++]!));
  }

  /** Distinct speakers or topics (trimmed, first spelling seen), in corpus order. */
  async facetValues(facet: Facet): Promise<string[]> {
    if (this.backend.facetValues && !this.allRecords) return this.backend.facetValues(facet);
    const seen = new Set<string>();
    for (const r of await this.all()) {
      if (facet === 'speaker') {
        if (r.speaker) seen.add(r.speaker);
      } else for (const t of r.topics) if (t.trim()) seen.add(t.trim());
    }
    return [...seen];
  }

  /**
   * The record with this id: exactly, in any case, or by the part after the
   * document ("qa-0c1d2e3f", or the hash alone) when only one record has it.
   * `found` one record; `ambiguous` several; else the ids close to it.
   */
  async findRecord(input: string): Promise<RecordLookup> {
    const id = input.trim();
    const lower = id.toLowerCase();
    // document ids may hold slashes; a record's own part never does
    const local = (r: QuarryRecord) => r.id.slice(r.id.lastIndexOf('/') + 1).toLowerCase();
    const candidates = this.backend.byId ? await this.backend.byId(id) : await this.all();
    const exact = candidates.find((r) => r.id === id) ?? candidates.find((r) => r.id.toLowerCase() === lower);
    if (exact) return { kind: 'found', record: exact };
    if (id && !id.includes('/')) {
      const found = candidates.filter((r) => local(r) === lower || local(r).replace(/^[a-z]+-/, '') === lower);
      if (found.length === 1) return { kind: 'found', record: found[0]! };
      if (found.length > 1) return { kind: 'ambiguous', ids: found.map((r) => r.id) };
    }
    const ids = this.backend.ids && !this.allRecords ? await this.backend.ids() : (await this.all()).map((r) => r.id);
    return { kind: 'missing', ids };
  }

  close(): Promise<void> {
    return this.backend.close();
  }
}

export type RecordLookup = { kind: 'found'; record: QuarryRecord } | { kind: 'ambiguous'; ids: string[] } | { kind: 'missing'; ids: string[] };

function hasQuery(q: RecordQuery): boolean {
  return !!(q.types?.length || q.speakers?.length || q.years?.length || q.mentions?.length || q.docs?.length || q.topics?.length);
}
