/**
 * The full-text index over records (MiniSearch 7).
 *
 * Every searchable field is indexed twice:
 * - stemmed (`text`, `question`, `context`, `speaker`, `asker`, `section`, `topics`, `role`, `title`, `nearby`): stop words
 *   out, then the stemmer, so "delisted" finds "delisting";
 * - surface (`text_surface`, …): stop words out, no stemming. Prefix and fuzzy
 *   matching run here, on the words as written, because a typo is a typo of
 *   the written word ("securty" is one edit from "security", but Porter makes
 *   them "securti" and "secur", two apart); and the baseline searches only
 *   these fields.
 *
 * Records are kept beside the index; the index stores no fields, so a
 * serialized index holds only the postings. Search works on the engine's
 * short ids (0 … size − 1, the kept records in corpus order) and asks for a
 * record only when it needs one (`record()`): an index opened from the cache
 * parses just those records. `indexOptions()` is the exact
 * option set: `MiniSearch.loadJSON` needs it unchanged to load a saved index.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { QuarryRecord } from '../model/record.js';
import { stemTerm, surfaceTerm } from './terms.js';
import { tokenize } from './tokenize.js';

/** The record fields that are searched, stemmed. */
export const STEM_FIELDS = ['text', 'question', 'context', 'speaker', 'asker', 'section', 'topics', 'role', 'title', 'nearby'] as const;
export type SearchField = (typeof STEM_FIELDS)[number];

export { documentWordsOf, type DocumentWords, type WordsDocument } from './words.js';
import type { DocumentWords } from './words.js';

const SURFACE_SUFFIX = '_surface';
/** The same fields, unstemmed: where prefix, fuzzy and the baseline search. */
export const SURFACE_FIELDS: readonly string[] = STEM_FIELDS.map((f) => `${f}${SURFACE_SUFFIX}`);

export function surfaceField(field: SearchField): string {
  return `${field}${SURFACE_SUFFIX}`;
}

export interface SearchIndex {
  /** The MiniSearch instance (no stored fields). */
  readonly engine: MiniSearch<QuarryRecord>;
  /** How many records the index holds: short ids 0 … size − 1, in corpus order. */
  readonly size: number;
  /** The short id of an id in the engine's results (undefined: not a record of this index). */
  shortId(engineId: unknown): number | undefined;
  /** The record of a short id (read on demand when the index comes from the cache). */
  record(shortId: number): QuarryRecord;
  /**
   * One processed term's hits, as `engine.search(term, options)` finds them
   * (short id as key, score, index terms, fields matched, in its order),
   * without its result objects; null when these options need `search`. The
   * compact index has it (src/cache/term-lookup.ts). `ordered` false: the
   * same hits in any order (the caller reads none of it).
   */
  lookup?(term: string, options: SearchOptions, ordered?: boolean): { key: number; score: number; terms: string[]; fields: string[] }[] | null;
}

/** An index built in memory over records it holds: also every record, by id. */
export interface MemorySearchIndex extends SearchIndex {
  /** Records in corpus order. */
  readonly records: readonly QuarryRecord[];
  readonly byId: ReadonlyMap<string, QuarryRecord>;
}

function fieldValue(r: QuarryRecord, field: string, words: DocumentWords | undefined): string | null {
  const base = field.endsWith(SURFACE_SUFFIX) ? field.slice(0, -SURFACE_SUFFIX.length) : field;
  switch (base) {
    case 'id':
      return r.id;
    case 'text':
      return r.text;
    case 'question':
      return r.question || null;
    case 'context':
      return r.context || null;
    case 'speaker':
      return r.speaker || null;
    // who asked a qa's question: a host or interviewer named nowhere else in the record is still found
    case 'asker':
      return r.asker || null;
    case 'section':
      return r.section || null;
    case 'topics':
      return r.topics.length ? r.topics.join('\n') : null;
    // the title a label or header gives the speaker, or a qa's asker ("CNN ANCHOR"): grep finds it on the label line
    case 'role':
      return r.role && r.askerRole ? `${r.role}\n${r.askerRole}` : r.role || r.askerRole || null;
    case 'title':
      return words?.title(r.doc) || null;
    case 'nearby':
      return words?.nearby(r) || null;
    default:
      return null;
  }
}

/**
 * Which term processor a field's terms go through (`indexOptions().processTerm`
 * depends on the field only through this): fields with the same one give the
 * same term for the same token, so an index builder may remember its results
 * across them.
 */
export function termProcessorOf(field: string): 'surface' | 'stem' {
  return field.endsWith(SURFACE_SUFFIX) ? 'surface' : 'stem';
}

/**
 * The exact MiniSearch options the index is built with (and must be loaded
 * with: loading reads no field, so `words` matter only to a build).
 */
export function indexOptions(words?: DocumentWords): Options<QuarryRecord> {
  return {
    idField: 'id',
    fields: [...STEM_FIELDS, ...SURFACE_FIELDS],
    storeFields: [],
    extractField: (doc, field) => fieldValue(doc, field, words),
    tokenize: (text) => tokenize(text),
    processTerm: (term, field) => (field !== undefined && termProcessorOf(field) === 'surface' ? surfaceTerm(term) : stemTerm(term)),
    autoVacuum: false,
  };
}

function recordMap(records: readonly QuarryRecord[]): { kept: QuarryRecord[]; byId: Map<string, QuarryRecord> } {
  const byId = new Map<string, QuarryRecord>();
  const kept: QuarryRecord[] = [];
  for (const r of records) {
    if (byId.has(r.id)) continue; // ids are unique by construction; never let a duplicate break the index
    byId.set(r.id, r);
    kept.push(r);
  }
  return { kept, byId };
}

function memorySearchIndex(engine: MiniSearch<QuarryRecord>, kept: QuarryRecord[], byId: Map<string, QuarryRecord>): MemorySearchIndex {
  const order = new Map<string, number>();
  kept.forEach((r, i) => order.set(r.id, i));
  return {
    engine,
    records: kept,
    byId,
    size: kept.length,
    shortId: (id) => (typeof id === 'string' ? order.get(id) : undefined),
    record: (shortId) => kept[shortId]!,
  };
}

export function buildIndex(records: QuarryRecord[], words?: DocumentWords): MemorySearchIndex {
  const { kept, byId } = recordMap(records);
  const engine = new MiniSearch<QuarryRecord>(indexOptions(words));
  engine.addAll(kept);
  return memorySearchIndex(engine, kept, byId);
}

/** Load an index saved with `JSON.stringify(index.engine)`, beside the records it was built from. */
export function restoreIndex(json: string, records: QuarryRecord[]): MemorySearchIndex {
  const { kept, byId } = recordMap(records);
  const engine = MiniSearch.loadJSON<QuarryRecord>(json, indexOptions());
  return memorySearchIndex(engine, kept, byId);
}
