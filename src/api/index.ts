/**
 * quarry as a library: `import { openCorpus, search } from 'quarry'`.
 *
 * Open a corpus, select its records with the same filters the CLI has, search
 * them, check them, and run the analysis functions. Nothing here prints,
 * exits or reads process.env; errors a caller can cause are thrown as
 * `FilterError` or `QuerySyntaxError` (one-line messages) and an unreadable
 * folder as `CorpusFolderError`. The CLI opens its corpus through the same
 * door (./open.ts). Documented with one example per function in docs/api.md.
 */
import { compare as compareRecords, subjectMatcher, type CompareGroup } from '../analysis/compare.js';
import { conflicts as findConflicts, type Conflict } from '../analysis/conflicts.js';
import { kwic as kwicLines, type KwicLine, type KwicOptions } from '../analysis/kwic.js';
import { related as relatedRecords, type Related } from '../analysis/related.js';
import { timeline as timelineEvents, type TimelineEvent } from '../analysis/timeline.js';
import { memoryIndex } from '../cache/compact-index.js';
import { corpusFileAt, corpusRootOf } from '../corpus/files.js';
import type { SearchIndex } from '../index/index.js';
import { documentWordsOf } from '../index/words.js';
import { checkCorpus as checkLoaded, type CheckReport } from '../load/check.js';
import { loadFiles } from '../load/load.js';
import { DOCUMENT_EXTENSIONS } from '../parse/shapes.js';
import type { Corpus } from '../model/corpus.js';
import type { QuarryRecord, RecordType } from '../model/record.js';
import { matchesFilters, parseTypes, parseYearRange, resolveDocs, resolveSpeakers, FilterError, type Filters } from '../query/filters.js';
import { search as searchIndex, type Hit } from '../query/search.js';
import { countFacets, parseFacets, type Facet, type FacetCounts } from '../query/stats.js';
import { openCorpusWith, openedIndexes, type OpenCorpusOptions } from './open.js';
import { resolve } from 'node:path';

export type { OpenCorpusOptions } from './open.js';
export type { Corpus, DocumentInfo, DocumentMeta, Problem, LineAccount } from '../model/corpus.js';
export type { QuarryRecord, RecordType } from '../model/record.js';
export type { Figure, FigureKind } from '../model/figures.js';
export type { Hit, Match, Snippet } from '../query/search.js';
export type { Filters, YearRange } from '../query/filters.js';
export type { CheckReport, CheckedDocument } from '../load/check.js';
export type { Facet, FacetCounts } from '../query/stats.js';
export type { KwicLine, KwicOptions } from '../analysis/kwic.js';
export type { TimelineEvent } from '../analysis/timeline.js';
export type { Related } from '../analysis/related.js';
export type { CompareGroup, CompareEntry } from '../analysis/compare.js';
export type { Conflict, ConflictSide } from '../analysis/conflicts.js';
export { CorpusFolderError } from '../corpus/files.js';
export { FilterError } from '../query/filters.js';
export { QuerySyntaxError } from '../query/search.js';
export { SpeakerRegistry } from '../model/speakers.js';
export { splitRecordId } from '../model/record.js';

/**
 * Which records: the CLI's filters as values. Within one filter any value
 * may match, across filters all must. Names and ids are resolved as the CLI
 * resolves them (any alias of a speaker; a document id, folder or glob) and
 * an unknown one throws FilterError.
 */
export interface RecordQuery {
  type?: RecordType | RecordType[];
  /** said by: any name or alias, any case */
  speaker?: string | string[];
  /** said or published in: 2021, '2017..2019', '2020..' */
  year?: number | string | (number | string)[];
  /** the text mentions a year in: same forms as `year` */
  mentions?: number | string | (number | string)[];
  /** document id (`2021/cnn/ftx`), folder (`2021/`) or glob (`2021/**`) */
  doc?: string | string[];
  /** tagged with this topic, any case */
  topic?: string | string[];
}

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The `Filters` a query means against this corpus (throws FilterError for an unknown name). */
export function resolveQuery(corpus: Corpus, q: RecordQuery = {}): Filters {
  const f: Filters = {};
  const types = list(q.type);
  if (types.length) f.types = parseTypes('type', types);
  const speakers = list(q.speaker);
  if (speakers.length) f.speakers = resolveSpeakers('speaker', speakers, corpus.registry, corpus.records);
  const years = list(q.year);
  if (years.length) f.years = years.map((y) => parseYearRange('year', String(y)));
  const mentions = list(q.mentions);
  if (mentions.length) f.mentions = mentions.map((y) => parseYearRange('mentions', String(y)));
  const docs = list(q.doc);
  if (docs.length) f.docs = resolveDocs('doc', docs, corpus.documents.map((d) => d.id));
  const topics = list(q.topic).map((t) => t.trim().toLowerCase());
  if (topics.some((t) => !t)) throw new FilterError('topic', 'topic: needs a topic');
  if (topics.length) f.topics = topics;
  return f;
}

/**
 * Open the corpus in `dir`: every document of the folder tree, parsed into
 * records. By default nothing is cached; `{ cache: true }` uses quarry's
 * cache (as the CLI does), `{ cache: '/some/folder' }` a folder of your own.
 */
export async function openCorpus(dir: string, opts: OpenCorpusOptions = {}): Promise<Corpus> {
  return (await openCorpusWith(dir, opts)).corpus;
}

/** The records that match the query, in corpus order (document by document, line by line). */
export function listRecords(corpus: Corpus, query: RecordQuery = {}): QuarryRecord[] {
  const filters = resolveQuery(corpus, query);
  return corpus.records.filter((r) => matchesFilters(r, filters));
}

export interface SearchOptions extends RecordQuery {
  /** at most this many hits (default: all) */
  limit?: number;
}

function indexOf(corpus: Corpus): SearchIndex {
  let index = openedIndexes.get(corpus);
  if (!index) {
    index = memoryIndex(corpus.records, documentWordsOf(corpus.documents, corpus.records));
    openedIndexes.set(corpus, index);
  }
  return index;
}

/**
 * Ranked records for a query in quarry's syntax (`"a phrase"`, `-exclude`,
 * `a OR b`), best first, each with its score, matched terms, match positions
 * and a snippet. The index is built on first use and kept with the corpus.
 * Asynchronous, as search reads records through a store (src/store) that may
 * be a database; a bad query or filter rejects the promise.
 */
export async function search(corpus: Corpus, query: string, opts: SearchOptions = {}): Promise<Hit[]> {
  const { limit, ...q } = opts;
  return searchIndex(indexOf(corpus), query, { filters: resolveQuery(corpus, q), ...(limit !== undefined ? { limit } : {}) });
}

/** Counts of the selected records by one to three facets (type, speaker, year, doc, topic, mentions). */
export function stats(corpus: Corpus, by: Facet | Facet[], query: RecordQuery = {}): FacetCounts {
  return countFacets(listRecords(corpus, query), parseFacets('by', list(by)));
}

/** `quarry check`'s verdict on an opened corpus: per document shape, counts and coverage; `ok` overall. */
export function checkCorpus(corpus: Corpus, opts: { strict?: boolean } = {}): CheckReport {
  return checkLoaded(corpus, opts);
}

/**
 * Check the named documents alone, against the corpus they belong to: the
 * corpus folder `opts.corpus` when they lie in it, else the nearest folder
 * above them holding speakers.yml or .quarryignore, else their own folder.
 * All files must belong to one corpus.
 */
export function checkFiles(files: string[], opts: { corpus?: string; strict?: boolean; cwd?: string } = {}): CheckReport {
  const cwd = opts.cwd ?? process.cwd();
  const paths = files.map((f) => resolve(cwd, f));
  const given = opts.corpus === undefined ? undefined : resolve(cwd, opts.corpus);
  const roots = [...new Set(paths.map((p) => corpusRootOf(p, given)))];
  if (roots.length !== 1) throw new Error(roots.length ? `checkFiles: the files belong to different corpora (${roots.join(', ')})` : 'checkFiles: no files named');
  const root = roots[0]!;
  return checkLoaded(loadFiles(root, paths.map((p) => corpusFileAt(root, p, DOCUMENT_EXTENSIONS))), opts);
}

/** Keyword in context: every occurrence of a term or phrase in the selected records, aligned on it. */
export function kwic(corpus: Corpus, term: string, opts: KwicOptions & RecordQuery = {}): KwicLine[] {
  const { width, sort, inflect, ...q } = opts;
  return kwicLines(listRecords(corpus, q), term, { ...(width !== undefined ? { width } : {}), ...(sort ? { sort } : {}), ...(inflect !== undefined ? { inflect } : {}) });
}

/** Dated events in time order, from the selected records; events sources date differently are marked. */
export function timeline(corpus: Corpus, opts: { from?: number; to?: number } & RecordQuery = {}): TimelineEvent[] {
  const { from, to, ...q } = opts;
  const filters = resolveQuery(corpus, q);
  return timelineEvents(corpus.records, { registry: corpus.registry, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }).filter((e) =>
    matchesFilters(e.record, filters),
  );
}

/** The records most like record `id` in other documents, best first, with the terms they share. */
export function related(corpus: Corpus, id: string, opts: { limit?: number } & RecordQuery = {}): Related[] {
  const { limit, ...q } = opts;
  const filters = resolveQuery(corpus, q);
  const all = relatedRecords(corpus.records, id, { registry: corpus.registry, limit: corpus.records.length }).filter((x) => matchesFilters(x.record, filters));
  return limit === undefined ? all : all.slice(0, Math.max(0, limit));
}

/** The selected records about a subject (every content word of it), grouped by document, with their figures. */
export function compare(corpus: Corpus, subject: string, query: RecordQuery = {}): CompareGroup[] {
  return compareRecords(listRecords(corpus, query), subjectMatcher(subject));
}

/** Candidate contradictions between sources, most confident first; a pair is kept when either side is selected. */
export function conflicts(corpus: Corpus, opts: { limit?: number; minConfidence?: number } & RecordQuery = {}): Conflict[] {
  const { limit, minConfidence, ...q } = opts;
  const filters = resolveQuery(corpus, q);
  const all = findConflicts(corpus.records, { registry: corpus.registry, ...(minConfidence !== undefined ? { minConfidence } : {}) }).filter(
    (c) => matchesFilters(c.a.record, filters) || matchesFilters(c.b.record, filters),
  );
  return limit === undefined ? all : all.slice(0, Math.max(0, limit));
}
