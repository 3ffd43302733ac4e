/**
 * A search hit as data (JSON, NDJSON, CSV): no table code, no chalk.
 *
 * JSON: the record's fields in their documented order, then
 * - `score`: the relevance score, rounded to 4 decimals; hits come ranked by
 *   how many query terms they match, then by score (so the array order, not
 *   the score alone, is the ranking);
 * - `terms`: the query terms that matched, as typed (a phrase as its words);
 * - `matches`: `{ field, start, end }` for every occurrence of a matched term
 *   in `text` or `question` (UTF-16 offsets, end exclusive), question first.
 * CSV: the record's columns, then `score`, `terms` (joined with ";") and
 * `matches` (compact JSON).
 */
import type { Hit } from '../query/search.js';
import { CSV_LIST_SEPARATOR, RECORD_CSV_HEADER, recordCsvRow, type CsvCell } from './csv.js';
import { recordJson } from './json.js';

export const HIT_FIELDS = ['score', 'terms', 'matches'] as const;

export function roundScore(score: number): number {
  return Math.round(score * 10000) / 10000;
}

export function hitJson(hit: Hit): Record<string, unknown> {
  return {
    ...recordJson(hit.record),
    score: roundScore(hit.score),
    terms: [...hit.terms],
    matches: hit.matches.map((m) => ({ field: m.field, start: m.start, end: m.end })),
  };
}

export const hitCsvHeader: readonly string[] = [...RECORD_CSV_HEADER, ...HIT_FIELDS];

export function hitCsvRow(hit: Hit): CsvCell[] {
  return [
    ...recordCsvRow(hit.record),
    roundScore(hit.score),
    hit.terms.join(CSV_LIST_SEPARATOR),
    JSON.stringify(hit.matches.map((m) => ({ field: m.field, start: m.start, end: m.end }))),
  ];
}
