/**
 * The local store: the corpus from the cache file (or loaded afresh), and its
 * compact index. A record's key is its position in the corpus (the index's
 * short id). The index is opened only when a term is first looked up, so
 * `list` and `stats` never read the postings.
 */
import { readDocumentText } from '../corpus/read.js';
import type { SearchIndex } from '../index/index.js';
import type { Corpus, DocumentInfo } from '../model/corpus.js';
import type { QuarryRecord } from '../model/record.js';
import { columnsOf, elementsByColumns, facetByColumns, placeMatcher, selectByColumns, streamByColumns } from '../cache/columns.js';
import { Store, type Facet, type RecordQuery, type StoreBackend, type TermHit, type TermLookup } from './store.js';

const IDENTITY = { tokenize: (s: string) => [s], processTerm: (t: string) => t };

export interface LocalSource {
  corpus: Corpus;
  /** the index, when it was opened with the corpus */
  index?: SearchIndex;
}

/** A store over a corpus and (optionally) its index; without one, the first lookup builds it in memory. */
export function localStore(source: LocalSource): Store {
  return new Store(new LocalBackend(source.corpus, source.index));
}

/** The search-facing part of a store over an index alone (tests and benches that hold a SearchIndex). */
export function indexStore(index: SearchIndex, corpus?: Corpus): Store {
  const head: Corpus = corpus ?? ({ dir: '', documents: [], problems: [], registry: undefined, records: [] } as unknown as Corpus);
  return new Store(new LocalBackend(head, index));
}

class LocalBackend implements StoreBackend {
  readonly kind = 'local' as const;
  private index: SearchIndex | undefined;

  constructor(
    private readonly corpus: Corpus,
    index: SearchIndex | undefined,
  ) {
    this.index = index;
  }

  get head(): Corpus {
    return this.corpus;
  }

  private async searchIndex(): Promise<SearchIndex> {
    if (!this.index) {
      const { memoryIndex } = await import('../cache/compact-index.js');
      const { documentWordsOf } = await import('../index/words.js');
      this.index = memoryIndex(this.corpus.records, documentWordsOf(this.corpus.documents, this.corpus.records));
    }
    return this.index;
  }

  count(): number {
    return this.index ? this.index.size : (columnsOf(this.corpus)?.records.size ?? this.corpus.records.length);
  }

  async read(keys: readonly number[]): Promise<QuarryRecord[]> {
    if (this.index) {
      const index = this.index;
      return keys.map((k) => index.record(k));
    }
    const records = this.corpus.records;
    return keys.map((k) => {
      const r = records[k];
      if (!r) throw new Error(`store: no record ${k}`);
      return r;
    });
  }

  async keys(): Promise<number[]> {
    return Array.from({ length: this.count() }, (_, i) => i);
  }

  async all(): Promise<QuarryRecord[]> {
    return this.corpus.records;
  }

  /** With the cache's record columns: only the records that pass are parsed. */
  async select(q: RecordQuery): Promise<QuarryRecord[]> {
    const columns = columnsOf(this.corpus);
    return columns ? selectByColumns(columns, q) : this.corpus.records;
  }

  selectEach(q: RecordQuery): Iterable<QuarryRecord> | null {
    const columns = columnsOf(this.corpus);
    return columns ? streamByColumns(columns, q) : null;
  }

  selectElements(q: RecordQuery, limit?: number): { count: number; elements: () => Iterable<Uint8Array> } | null {
    const columns = columnsOf(this.corpus);
    return columns ? elementsByColumns(columns, q, limit) : null;
  }

  async facetValues(facet: Facet): Promise<string[]> {
    const columns = columnsOf(this.corpus);
    if (columns) return facetByColumns(columns, facet);
    return this.facetFromRecords(facet);
  }

  async mayMatch(keys: readonly number[], q: RecordQuery): Promise<boolean[]> {
    return this.matches(keys, q) ?? keys.map(() => true);
  }

  /** The cache's columns hold exactly what the filters read (src/cache/columns.ts), so their answer is the records'. */
  matches(keys: readonly number[], q: RecordQuery): boolean[] | null {
    const columns = columnsOf(this.corpus);
    // the index's short ids are places in the corpus only when every record has its own id (always, by construction of ids)
    if (!columns || (this.index && this.index.size !== columns.records.size)) return null;
    return keys.map(placeMatcher(columns, q));
  }

  private facetFromRecords(facet: Facet): string[] {
    const seen = new Set<string>();
    for (const r of this.corpus.records) {
      if (facet === 'speaker') {
        if (r.speaker) seen.add(r.speaker);
      } else for (const t of r.topics) if (t.trim()) seen.add(t.trim());
    }
    return [...seen];
  }

  async lookup(q: TermLookup): Promise<TermHit[]> {
    const index = await this.searchIndex();
    const out: TermHit[] = [];
    const options = {
      ...IDENTITY,
      fields: [...q.fields],
      boost: { ...q.boost },
      prefix: q.prefix,
      fuzzy: q.fuzzy,
      maxFuzzy: 2,
      weights: q.weights,
    };
    // The compact index's hits without MiniSearch's result objects (the same hits, in the same order; keys are short ids)
    const lean = index.lookup?.(q.term, options, q.ordered !== false);
    if (lean) return lean;
    const results = index.engine.search(q.term, options);
    for (const r of results) {
      const key = index.shortId(r.id);
      if (key !== undefined) out.push({ key, score: r.score, terms: r.terms, fields: [...new Set(Object.values(r.match).flat())] });
    }
    return out;
  }

  async documentText(doc: DocumentInfo): Promise<string | null> {
    const source = readDocumentText(doc.path);
    return 'text' in source ? source.text : null;
  }

  async close(): Promise<void> {}
}
