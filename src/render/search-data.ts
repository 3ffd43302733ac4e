/**
 * A search hit as data (JSON, NDJSON, CSV): no table code, no chalk.
 *
 * JSON: the record's fields in their documented order, then
 * - `score`: the relevance score, rounded to 4 decimals; hits come ranked by
 *   how many query terms they match, then by score (so the array order, not
 *   the score alone, is the ranking);
 * - `terms`: the query terms that matched, as typed (a phrase as its words);
 * - `matches`: `{ field, start, end }` for every occurrence of a matched term
 *   in `text` or `question` (UTF-16 offsets, end exclusive), question first;
 * - `answer`: for a question-form query ("when did …", "how many …"), the
 *   figure of the asked kind found near the subject words, else null;
 * - `explain` (with --explain only): why the hit ranked where it did.
 * CSV: the record's columns, then `score`, `terms` (joined with ";"),
 * `matches` and `answer` (compact JSON; empty when there is none), and with
 * --explain `explain` (compact JSON).
 */
import type { Answer, Hit, HitExplain } from '../query/search.js';
import { CSV_LIST_SEPARATOR, RECORD_CSV_HEADER, recordCsvRow, type CsvCell } from './csv.js';
import { recordJson } from './json.js';

export const HIT_FIELDS = ['score', 'terms', 'matches', 'answer'] as const;

export function roundScore(score: number): number {
  return Math.round(score * 10000) / 10000;
}

export function hitJson(hit: Hit): Record<string, unknown> {
  return {
    ...recordJson(hit.record),
    score: roundScore(hit.score),
    terms: [...hit.terms],
    matches: hit.matches.map((m) => ({ field: m.field, start: m.start, end: m.end })),
    answer: hit.answer ? answerJson(hit.answer) : null,
    ...(hit.explain ? { explain: explainJson(hit.explain) } : {}),
  };
}

/** The answer's fields in a fixed order; optional ones only when present. */
function answerJson(a: Answer): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: a.kind, text: a.text, value: a.value };
  if (a.unit !== undefined) out.unit = a.unit;
  if (a.precision !== undefined) out.precision = a.precision;
  if (a.qualifier !== undefined) out.qualifier = a.qualifier;
  out.field = a.field;
  out.start = a.start;
  out.end = a.end;
  return out;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

function explainJson(e: HitExplain): Record<string, unknown> {
  return {
    rank: e.rank,
    score: round(e.score),
    question: e.question,
    matched: round(e.matched),
    of: e.of,
    wholeWords: e.wholeWords,
    terms: e.terms.map((t) => ({ term: t.term, score: round(t.score), how: t.how, fields: t.fields, via: t.via, expands: t.expands })),
    base: round(e.base),
    proximity: round(e.proximity),
    figure: e.figure ? { ...answerJson(e.figure), gap: round(e.figure.gap), near: e.figure.near, factor: round(e.figure.factor), ...(e.figure.instance ? { instance: true } : {}) } : null,
  };
}

export const hitCsvHeader: readonly string[] = [...RECORD_CSV_HEADER, ...HIT_FIELDS];
/** With --explain, CSV has one more column. */
export const hitExplainCsvHeader: readonly string[] = [...hitCsvHeader, 'explain'];

export function hitCsvRow(hit: Hit): CsvCell[] {
  return [
    ...recordCsvRow(hit.record),
    roundScore(hit.score),
    hit.terms.join(CSV_LIST_SEPARATOR),
    JSON.stringify(hit.matches.map((m) => ({ field: m.field, start: m.start, end: m.end }))),
    hit.answer ? JSON.stringify(answerJson(hit.answer)) : '',
    ...(hit.explain ? [JSON.stringify(explainJson(hit.explain))] : []),
  ];
}
