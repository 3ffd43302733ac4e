/**
 * The record columns a cached corpus carries (per document: type, speaker,
 * topics and mentioned years of each record; year and id are the
 * document's), so that filters and facet values are answered without
 * parsing a record: `list --speaker X` parses only X's records, a filtered
 * search only the hits that pass. The store (src/store/local.ts) asks for
 * them by corpus; a corpus that did not come from the cache has none.
 */
import type { Corpus } from '../model/corpus.js';
import type { QuarryRecord, RecordType } from '../model/record.js';
import type { RecordSource } from './compact-index.js';

/**
 * Column s: each record's speaker number in S (-1: none), as a string of one
 * UTF-16 code unit a record, the number + SPEAKER_BASE, which a head stores
 * as one JSON string: as a JSON list of numbers, the 2,000 that `list
 * --speaker "He Yi" --year 2021` reads at 1,000× cost ≈ 60 M instructions to
 * parse (≈ 125 a byte). The base keeps the first 56 numbers (and none) printable
 * ASCII, which JSON writes as they are ('#' none, '$' the first speaker). A
 * list of numbers only in a document with more speakers than a code unit
 * can number (SPEAKER_CODES).
 */
export type SpeakerColumn = string | number[];

/** Column s's code of speaker number 0 (none: one less, '#'). */
export const SPEAKER_BASE = 0x24;
/** The most speakers a document's column s holds as a string. */
export const SPEAKER_CODES = 0x10000 - SPEAKER_BASE;

/** The speaker number of record k in column s (-1: none). */
export function speakerAt(s: SpeakerColumn, k: number): number {
  return typeof s === 'string' ? s.charCodeAt(k) - SPEAKER_BASE : s[k]!;
}

/** One document's columns: see RecordColumns in cache.ts (t: type letters; s: speaker numbers in S, -1 none (SpeakerColumn); p: topic numbers in P; y: mentioned years). */
export interface DocColumns {
  readonly id: string;
  readonly year: number | null;
  /** place of its first record in the corpus */
  readonly start: number;
  /** how many records it has (known without reading its columns) */
  readonly count: number;
  readonly t: string;
  readonly S: string[];
  readonly s: SpeakerColumn;
  /** which places of S hold one of `names` (true at each; S.map(n => names.includes(n)), read without parsing S where it can) */
  speakersIn?(names: readonly string[]): boolean[];
  readonly P: string[];
  readonly p: number[][];
  readonly y: number[][];
}

export interface CorpusColumns {
  docs: DocColumns[];
  records: RecordSource;
}

interface YearSpan {
  from: number | null;
  to: number | null;
}

/** The filters columns can answer (the shape of src/store's RecordQuery). */
export interface ColumnQuery {
  types?: readonly RecordType[];
  speakers?: readonly string[];
  years?: readonly YearSpan[];
  mentions?: readonly YearSpan[];
  docs?: readonly string[];
  topics?: readonly string[];
}

const opened = new WeakMap<Corpus, CorpusColumns>();

export function setColumns(corpus: Corpus, columns: CorpusColumns): void {
  opened.set(corpus, columns);
}

export function columnsOf(corpus: Corpus): CorpusColumns | undefined {
  return opened.get(corpus);
}

const TYPE_LETTER: Record<RecordType, string> = { qa: 'a', quote: 'q', claim: 'c' };

function inRanges(year: number, ranges: readonly YearSpan[]): boolean {
  return ranges.some((g) => (g.from === null || year >= g.from) && (g.to === null || year <= g.to));
}

/**
 * Whether a document can hold a match at all (its id and year), and the
 * matcher of its records by their columns: a document ruled out by id or
 * year never has its columns parsed.
 */
function docMatcher(q: ColumnQuery): (d: DocColumns) => ((k: number) => boolean) | null {
  const letters = q.types?.length ? new Set(q.types.map((t) => TYPE_LETTER[t])) : null;
  const speakers = q.speakers?.length ? new Set(q.speakers) : null;
  const speakerList = speakers ? [...speakers] : [];
  const topics = q.topics?.length ? new Set(q.topics.map((t) => t.trim().toLowerCase())) : null;
  const docs = q.docs?.length ? new Set(q.docs) : null;
  return (d) => {
    if (docs && !docs.has(d.id)) return null;
    if (q.years?.length && !(d.year !== null && inRanges(d.year, q.years))) return null;
    // its speakers and topics that match
    const s = speakers ? (d.speakersIn ? d.speakersIn(speakerList) : d.S.map((x) => speakers.has(x))) : null;
    if (s && !s.includes(true)) return null;
    const p = topics ? d.P.map((x) => topics.has(x.trim().toLowerCase())) : null;
    if (p && !p.includes(true)) return null;
    const t = letters ? d.t : '';
    // each column read once per document (a getter each), when a record first needs it
    let ds: SpeakerColumn | undefined;
    let dp: number[][] | undefined;
    let dy: number[][] | undefined;
    const mentions = q.mentions?.length ? q.mentions : null;
    return (k) => {
      if (letters && !letters.has(t[k]!)) return false;
      if (s) {
        const sk = speakerAt((ds ??= d.s), k);
        if (!(sk >= 0 && s[sk])) return false;
      }
      if (p && !(dp ??= d.p)[k]!.some((x) => p[x])) return false;
      if (mentions && !(dy ??= d.y)[k]!.some((y) => inRanges(y, mentions))) return false;
      return true;
    };
  };
}

/** A matcher of places by the query, reading columns only (as matchesFilters reads records). */
export function placeMatcher(columns: CorpusColumns, q: ColumnQuery): (place: number) => boolean {
  const matcherOf = docMatcher(q);
  const perDoc = new Map<DocColumns, ((k: number) => boolean) | null>();
  const docOf = docFinder(columns.docs);
  return (place) => {
    const d = docOf(place);
    if (!d) return false;
    let m = perDoc.get(d);
    if (m === undefined) perDoc.set(d, (m = matcherOf(d)));
    return m !== null && m(place - d.start);
  };
}

function docFinder(docs: readonly DocColumns[]): (place: number) => DocColumns | undefined {
  let last = 0;
  return (place) => {
    const at = docs[last];
    if (at && place >= at.start && place < at.start + at.count) return at;
    let lo = 0;
    let hi = docs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = docs[mid]!;
      if (place < d.start) hi = mid - 1;
      else if (place >= d.start + d.count) lo = mid + 1;
      else {
        last = mid;
        return d;
      }
    }
    return undefined;
  };
}

/** The records the query selects, in corpus order: only they are parsed. */
export function selectByColumns(columns: CorpusColumns, q: ColumnQuery): QuarryRecord[] {
  const out: QuarryRecord[] = [];
  for (const place of selectPlaces(columns, q)) out.push(columns.records.get(place));
  return out;
}

/** The records the query selects, in corpus order, read as they are iterated and not kept. */
export function streamByColumns(columns: CorpusColumns, q: ColumnQuery): Iterable<QuarryRecord> {
  const places = selectPlaces(columns, q);
  const source = columns.records;
  if (source.stream) return source.stream(places);
  return (function* () {
    for (const place of places) yield source.get(place);
  })();
}

/**
 * The records the query selects (every record for an empty query), the first
 * `limit` of them, as their JSON array elements read from the cache without
 * parsing one (RecordSource.elements); null when the source has no text.
 * The columns decide alone: they hold exactly what matchesFilters reads
 * (type, speaker, topics, mentioned years; year and doc are the document's).
 */
export function elementsByColumns(columns: CorpusColumns, q: ColumnQuery, limit?: number): { count: number; elements: () => Iterable<Uint8Array> } | null {
  const source = columns.records;
  if (!source.elements) return null;
  let places = selectPlaces(columns, q);
  if (limit !== undefined && places.length > limit) places = places.slice(0, limit);
  return { count: places.length, elements: () => source.elements!(places) };
}

/** The places of the records the query selects, in corpus order, reading no record. */
export function selectPlaces(columns: CorpusColumns, q: ColumnQuery): number[] {
  const matcherOf = docMatcher(q);
  const out: number[] = [];
  for (const d of columns.docs) {
    const m = matcherOf(d);
    if (m) for (let k = 0; k < d.count; k++) if (m(k)) out.push(d.start + k);
  }
  return out;
}

/** Distinct speakers or topics (trimmed), first spelling seen in corpus order: Store.facetValues without records. */
export function facetByColumns(columns: CorpusColumns, facet: 'speaker' | 'topic'): string[] {
  const seen = new Set<string>();
  for (const d of columns.docs) {
    if (facet === 'speaker') {
      for (const s of d.S) if (s) seen.add(s);
    } else for (const t of d.P) if (t.trim()) seen.add(t.trim());
  }
  return [...seen];
}
