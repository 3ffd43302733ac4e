/**
 * Search hits for people (the records table, a snippet with the matched words
 * highlighted beneath each row, and the score) and for scripts: the record's
 * documented fields, in order, then `score`, `terms` and `matches`
 * (docs/records.md, "Search results"). No markers and no colour codes ever
 * reach the machine formats: they carry positions instead.
 */
import type { Hit } from '../query/search.js';
import type { RenderEnv } from './check.js';
import { cutAt, highlightSpan, type HighlightEnv } from './highlight.js';
import { renderRecordsTable, type RecordRow } from './records.js';
import { Painted } from './table.js';

export { hitCsvHeader, hitCsvRow, hitJson } from './search-data.js';

/** Longest question shown above an answer's snippet. */
const QUESTION_MAX = 160;
/** Longest stretch of a field shown when the snippet is in the other field. */
const OTHER_MAX = 200;

/** The snippet (and, for a qa, its question or answer beside it) with the matches highlighted. */
export function hitBody(hit: Hit, env: HighlightEnv): string {
  const { record: r, snippet, matches } = hit;
  const ranges = (field: 'text' | 'question') => matches.filter((m) => m.field === field).map((m) => [m.start, m.end] as const);
  const textPart =
    snippet.field === 'text'
      ? highlightSpan(r.text, snippet.start, snippet.start + snippet.text.length, ranges('text'), env)
      : highlightSpan(r.text, 0, cutAt(r.text, OTHER_MAX), ranges('text'), env);
  if (r.type !== 'qa' || !r.question) return textPart;
  const q = r.question;
  const questionPart =
    snippet.field === 'question'
      ? highlightSpan(q, snippet.start, snippet.start + snippet.text.length, ranges('question'), env)
      : highlightSpan(q, 0, cutAt(q, QUESTION_MAX), ranges('question'), env);
  return `Q: ${questionPart}\nA: ${textPart}`;
}

export function formatScore(score: number): string {
  return score >= 100 ? score.toFixed(0) : score.toFixed(2);
}

export function renderSearchTable(hits: readonly Hit[], env: RenderEnv): string {
  const rows: RecordRow[] = hits.map((h) => ({ record: h.record, body: new Painted(hitBody(h, env)), extra: formatScore(h.score) }));
  return renderRecordsTable(rows, env, 'score');
}
