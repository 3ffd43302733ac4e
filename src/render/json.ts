/**
 * The machine formats' building blocks, kept apart from the table code so
 * that printing JSON, NDJSON or CSV never loads cli-table3 or chalk. What a
 * record's JSON is, and the escaping of characters that could drive a
 * terminal, are src/model/record-json.ts's (the cache stores records in that
 * form).
 */
import type { DocumentInfo } from '../model/corpus.js';
import { elementsToNdjson, escapeUnsafeJson as escapeUnsafe } from '../model/record-json.js';

export { RECORD_FIELDS, recordJson } from '../model/record-json.js';

/** JSON.stringify, with the characters that could drive a terminal escaped as \uXXXX. */
export function safeStringify(value: unknown, indent?: number): string {
  return escapeUnsafe(JSON.stringify(value, null, indent));
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

const OPEN = Buffer.from('[\n');
const BETWEEN = Buffer.from(',\n');
const CLOSE = Buffer.from('\n]\n');

/**
 * The text of toJson(values) from the values' element texts, already made
 * (runs of recordElementText joined by ",\n", as UTF-8 bytes; the cache
 * stores records so): the runs joined, in brackets. Nothing is parsed. The
 * runs are passed on as they come (each valid until the next is asked for).
 */
export function* jsonArrayFromElements(runs: Iterable<Uint8Array>): Generator<Uint8Array> {
  let first = true;
  for (const run of runs) {
    yield first ? OPEN : BETWEEN;
    yield run;
    first = false;
  }
  yield first ? Buffer.from('[]\n') : CLOSE;
}

/** The text of toNdjson(values) from the same runs: their indent taken out (elementsToNdjson), about 64 kB at a time. */
export function* ndjsonFromElements(runs: Iterable<Uint8Array>): Generator<Uint8Array> {
  // each run copied as it comes (it is valid only until the next is asked for)
  let acc = Buffer.allocUnsafe(1 << 17);
  let size = 0;
  const put = (b: Uint8Array) => {
    if (size + b.length > acc.length) {
      const grown = Buffer.allocUnsafe(Math.max(size + b.length, acc.length * 2));
      acc.copy(grown, 0, 0, size);
      acc = grown;
    }
    acc.set(b, size);
    size += b.length;
  };
  // the bytes read as latin1 are exactly the bytes back: the rewrite touches ASCII only, and latin1 decodes far faster than UTF-8
  const flush = () => Buffer.from(elementsToNdjson(acc.toString('latin1', 0, size)), 'latin1');
  let first = true;
  for (const run of runs) {
    if (!first) put(BETWEEN);
    first = false;
    put(run);
    if (size >= 1 << 16) {
      yield flush();
      size = 0;
      first = true;
    }
  }
  if (size) yield flush();
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
