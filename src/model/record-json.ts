/**
 * The record's JSON text: the one definition of what `--format json` and
 * `--format ndjson` print for a record, shared by the renderers (src/render/
 * json.ts) and the cache, which stores every record in exactly this form
 * (src/cache/cache.ts), so that `list` re-emits the stored bytes without
 * parsing or stringifying a record again.
 *
 * JSON.stringify escapes U+0000–U+001F itself but leaves DEL, the C1 controls
 * (U+0080–U+009F: U+009B is a one-byte CSI on some terminals), the line and
 * paragraph separators and the bidirectional overrides raw. They are written
 * as \uXXXX escapes here, so JSON printed to a terminal can't drive it either.
 * The escaped text parses back to exactly the same string.
 */
import type { QuarryRecord } from './record.js';

/** Field order of the JSON record: the documented contract (docs/records.md). */
export const RECORD_FIELDS = [
  'id', 'type', 'text', 'speaker', 'role', 'question', 'asker', 'askerRole', 'context', 'year', 'years', 'date', 'doc', 'section', 'topics', 'line', 'endLine', 'figures',
] as const;

export function recordJson(r: QuarryRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of RECORD_FIELDS) out[f] = r[f];
  return out;
}

const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with the characters above escaped as \uXXXX. */
export function escapeUnsafeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A record as an element of a pretty-printed JSON array (indent 2): the text
 * `--format json` prints for it between "[\n" or ",\n" and ",\n" or "\n]",
 * starting with its two spaces of indent and ending with its "}". The
 * elements of several records joined by ",\n" are exactly their part of the
 * array's text, and the whole array parses back to the records.
 */
export function recordElementText(r: QuarryRecord): string {
  // "[\n  {…}\n]" → "  {…}"
  return escapeUnsafeJson(JSON.stringify([recordJson(r)], null, 2)).slice(2, -2);
}

/** Records as `--format json` prints them, without the final newline: "[\n" + their elements joined by ",\n" + "\n]", or "[]". */
export function recordsArrayText(records: readonly QuarryRecord[]): string {
  return escapeUnsafeJson(JSON.stringify(records.map(recordJson), null, 2));
}

/**
 * Element texts (runs of them joined by ",\n", as recordElementText makes
 * them) as NDJSON lines: the whitespace JSON.stringify's indent added taken
 * out again, each record on a line of its own, each line ending in "\n".
 * Works on the text's bytes read as latin1 as well as on the text itself:
 * it touches only ASCII whitespace, commas and braces.
 *
 * Why this is exact: a pretty-printed value differs from the compact one only
 * by a newline and indent before each member, element and closing bracket
 * (raw newlines never occur inside JSON strings: they are escaped), and a
 * space after each key's colon. Every member starts a line, so a key is
 * found only right after an indent; a string element there is followed by
 * "," or a newline, never by `": ` (its closing quote ends it). A record's
 * own lines are indented at least four spaces; only its "{" and "}" are at
 * two. Two passes of V8's regular expressions, and nothing parsed.
 */
export function elementsToNdjson(run: string): string {
  return (
    run
      .replace(/\n {3,}(?:("[\w$]+":) )?|\n {2}(?=\})/g, '$1')
      .replace(/,\n {2}\{/g, '\n{')
      .slice(2) + '\n'
  );
}
