/**
 * The machine formats' building blocks, kept apart from the table code so
 * that printing JSON, NDJSON or CSV never loads cli-table3 or chalk.
 *
 * JSON.stringify escapes U+0000–U+001F itself but leaves DEL, the C1 controls
 * (U+0080–U+009F: U+009B is a one-byte CSI on some terminals), the line and
 * paragraph separators and the bidirectional overrides raw. They are written
 * as \uXXXX escapes here, so JSON printed to a terminal can't drive it either.
 * The escaped text parses back to exactly the same string.
 */
import type { DocumentInfo } from '../model/corpus.js';
import type { QuarryRecord } from '../model/record.js';

/** Field order of the JSON record: the documented contract (docs/records.md). */
export const RECORD_FIELDS = [
  'id', 'type', 'text', 'speaker', 'question', 'asker', 'context', 'year', 'years', 'date', 'doc', 'section', 'topics', 'line', 'endLine', 'figures',
] as const;

export function recordJson(r: QuarryRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of RECORD_FIELDS) out[f] = r[f];
  return out;
}

const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON.stringify, with the characters above escaped as \uXXXX. */
export function safeStringify(value: unknown, indent?: number): string {
  return escapeUnsafe(JSON.stringify(value, null, indent));
}

function escapeUnsafe(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One JSON array, pretty-printed, with a final newline. */
export function toJson(values: unknown[]): string {
  return safeStringify(values, 2) + '\n';
}

/** One JSON object, pretty-printed, with a final newline. */
export function toJsonValue(value: unknown): string {
  return safeStringify(value, 2) + '\n';
}

/** One compact JSON value per line; nothing at all for no values. */
export function toNdjson(values: unknown[]): string {
  return values.map((v) => safeStringify(v)).join('\n') + (values.length ? '\n' : '');
}

/** Values are stringified this many at a time: one native call and one escaping pass per batch, not per value. */
const BATCH = 64;

/**
 * The text of toJson(values), a batch of values at a time: a batch is
 * stringified as an array and its brackets dropped, which is exactly the
 * batch's part of the whole array's text (every element on its own lines,
 * indented one level).
 */
export function* jsonArrayChunks(values: Iterable<unknown>): Generator<string> {
  let first = true;
  let batch: unknown[] = [];
  const flush = (): string => {
    // "[\n  a,\n  b\n]" → "  a,\n  b"
    const inner = safeStringify(batch, 2).slice(2, -2);
    batch = [];
    const out = (first ? '[\n' : ',\n') + inner;
    first = false;
    return out;
  };
  for (const v of values) {
    batch.push(v);
    if (batch.length === BATCH) yield flush();
  }
  if (batch.length) yield flush();
  yield first ? '[]\n' : '\n]\n';
}

/** The text of toNdjson(values), a batch of lines at a time. */
export function* ndjsonChunks(values: Iterable<unknown>): Generator<string> {
  let batch: string[] = [];
  for (const v of values) {
    batch.push(JSON.stringify(v));
    if (batch.length === BATCH) {
      yield escapeUnsafe(batch.join('\n') + '\n');
      batch = [];
    }
  }
  if (batch.length) yield escapeUnsafe(batch.join('\n') + '\n');
}

export function docJson(d: DocumentInfo, counts: Record<string, number> = d.counts): Record<string, unknown> {
  return {
    id: d.id,
    file: d.file,
    title: d.meta.title,
    publisher: d.meta.publisher,
    url: d.meta.url,
    date: d.meta.date,
    year: d.meta.year,
    dateNote: d.meta.dateNote,
    host: d.meta.host,
    interviewer: d.meta.interviewer,
    author: d.meta.author,
    speakers: d.meta.speakers,
    shape: d.shape,
    inferred: { ...(d.meta.inferred ?? {}) },
    records: { ...counts },
  };
}
