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
import type { HitExplain } from '../query/explain.js';
import { renderRecordsTable, type RecordRow } from './records.js';
import { escapeControls } from './safe.js';
import { Painted, renderTable, type Cell } from './table.js';

export { hitCsvHeader, hitCsvRow, hitJson } from './search-data.js';

/** Longest question shown above an answer's snippet. */
const QUESTION_MAX = 160;
/** Longest stretch of a field shown when the snippet is in the other field. */
const OTHER_MAX = 200;

/** The snippet (and, for a qa, its question or answer beside it) with the matches, and the answer, highlighted. */
export function hitBody(hit: Hit, env: HighlightEnv): string {
  const { record: r, snippet, matches, answer } = hit;
  const ranges = (field: 'text' | 'question' | 'context') => {
    const out = matches.filter((m) => m.field === field).map((m) => [m.start, m.end] as [number, number]);
    if (answer && answer.field === field) {
      // the answer is highlighted whole; matches inside it are part of it
      const kept = out.filter(([a, b]) => b <= answer.start || a >= answer.end);
      kept.push([answer.start, answer.end]);
      return kept.sort((x, y) => x[0] - y[0]);
    }
    return out;
  };
  const textPart =
    snippet.field === 'text'
      ? highlightSpan(r.text, snippet.start, snippet.start + snippet.text.length, ranges('text'), env)
      : highlightSpan(r.text, 0, cutAt(r.text, OTHER_MAX), ranges('text'), env);
  if (r.context && matches.some((m) => m.field === 'context')) {
    // The words that introduce the quote matched: show them under it.
    return `${textPart}\n— ${highlightSpan(r.context, 0, cutAt(r.context, OTHER_MAX), ranges('context'), env)}`;
  }
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
  const table = renderRecordsTable(rows, env, 'score');
  // Hits rank by how many of the query's terms they match (and a question's answer) before score:
  // a reader seeing 28.84 above 80.76 is told why, once, under the table.
  const outOfOrder = hits.some((h, i) => i > 0 && h.score > hits[i - 1]!.score);
  return outOfOrder ? `${table}${table.endsWith('\n') ? '' : '\n'}${env.paint.dim('ranked by terms matched (and a question\'s answer found) first, then by score; --explain shows why')}\n` : table;
}

const factor = (x: number) => (x === 1 ? '-' : `×${x.toFixed(2)}`);

/** One term's line in the explain table: "launch stem text 9.32", with what a prefix or fuzzy match reached. */
function termLine(t: HitExplain['terms'][number]): string {
  const via = t.via.length ? ` (${t.via.slice(0, 3).join(', ')}${t.via.length > 3 ? ', …' : ''})` : '';
  const name = t.expands === null ? t.term : `${t.term} (for ${t.expands})`;
  return `${name}: ${t.how.join('+')}${via} in ${t.fields.join(', ') || '-'} ${t.score.toFixed(2)}`;
}

/**
 * `quarry search --explain` for people: one row per hit with what ranked it:
 * clauses matched, each term (how, in which fields, its score), the summed
 * score, the proximity factor, the figure found for a question and its factor.
 */
export function renderExplainTable(hits: readonly Hit[], env: RenderEnv): string {
  const rows: Cell[][] = hits.map((h, i) => {
    const e = h.explain;
    if (!e) return [String(i + 1), h.record.id, formatScore(h.score), '-', '-', '-', '-', '-'];
    const fig = e.figure ? `${e.figure.kind} "${e.figure.text}" near ${e.figure.near.join(', ')} (gap ${e.figure.gap.toFixed(1)})${e.figure.instance ? ' instance' : ''} ${factor(e.figure.factor)}` : '-';
    return [
      String(e.rank),
      h.record.id,
      formatScore(e.score),
      `${Number(e.matched.toFixed(2))}/${e.of}`,
      e.terms.map(termLine).join('\n') || '-',
      e.base.toFixed(2),
      factor(e.proximity),
      fig,
    ];
  });
  const table = renderTable({
    head: ['#', 'id', 'score', 'matched', 'terms', 'base', 'proximity', 'figure'],
    rows,
    flex: { 4: 2, 7: 1 },
    width: env.width,
    paint: env.paint,
    colored: env.colored,
    keep: [1],
  });
  const q = hits.find((h) => h.explain)?.explain?.question;
  const head = q
    ? `question: "${q.cue}" asks for ${q.asked === 'percent' ? 'a percentage' : q.asked === 'age' ? 'an age' : `a ${q.asked}`}; subject: ${q.subject.join(' ')}\n`
    : 'not read as a question: ranked on the terms alone\n';
  const note =
    'ranked by clauses matched (a term matched only by prefix or fuzz, or found in over a quarter of the records, counts half; ' +
    'a word matched only as the speaker counts half in a question; a "(for …)" word stands in for a question word the record lacks and counts half; ' +
    "a question's figure near the subject counts one, a count of the very thing asked two), then by score = base × proximity × figure\n";
  return `${escapeControls(head)}${table}\n${note}`;
}
