/**
 * How `check`, `docs` and problems look: a table for people, JSON for scripts.
 */
import type { CheckReport } from '../load/check.js';
import type { DocumentInfo } from '../model/corpus.js';
import type { Painter } from './color.js';
import { escapeControls } from './safe.js';
import { Painted, renderTable } from './table.js';

export { checkJson, formatProblem } from './report.js';
export { docJson } from './json.js';

export interface RenderEnv {
  width: number;
  paint: Painter;
  colored: boolean;
  /** how a corpus file name is shown (a path relative to the working folder) */
  displayPath(file: string): string;
}

const pct = (x: number) => `${(Math.floor(x * 1000) / 10).toFixed(1)}%`;

export function renderCheckTable(report: CheckReport, env: RenderEnv): string {
  const rows = report.documents.map((d) => {
    // A document that failed before any line was read has nothing covered: its 0 of 0 lines is
    // no "100.0%" beside a FAIL.
    const read = d.ok || d.lines.total > 0;
    return [
      new Painted(d.ok ? env.paint.green('ok') : env.paint.red('FAIL')),
      d.id,
      d.shape ?? '-',
      String(d.records.qa),
      String(d.records.quote),
      String(d.records.claim),
      read ? pct(d.coverage) : '-',
      read ? pct(d.sentenceCoverage) : '-',
      String(d.lines.unparsed.length),
    ];
  });
  const table = renderTable({
    head: ['', 'document', 'shape', 'qa', 'quote', 'claim', 'coverage', 'sentences', 'unparsed'],
    rows,
    // the document's id is what a reader needs from a row (and copies into --doc): it gives way last
    keep: [1],
    width: env.width,
    paint: env.paint,
    colored: env.colored,
  });
  const total = report.documents.reduce((a, d) => a + d.records.qa + d.records.quote + d.records.claim, 0);
  const parsed = report.documents.filter((d) => d.ok).length;
  const summary =
    `${report.documents.length} document${report.documents.length === 1 ? '' : 's'}, ${parsed} parsed, ${total} record${total === 1 ? '' : 's'}; ` +
    `${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}`;
  // no documents: a table of headers alone says nothing the summary does not
  return `${report.documents.length ? `${table}\n` : ''}${report.ok ? env.paint.green(summary) : env.paint.red(summary)}\n`;
}

/**
 * What no rule could place, as `FILE:LINE: text`: lines no rule accounted
 * for, then sentences that ended in no record, then quotations nobody could
 * be named for (each of these two says which it is).
 */
export function renderUnparsed(report: CheckReport, lineText: (file: string, line: number) => string, env: RenderEnv): string {
  const out: string[] = [];
  for (const d of report.documents) {
    const file = escapeControls(env.displayPath(d.file));
    for (const l of d.lines.unparsed) out.push(`${file}:${l}: ${escapeControls(lineText(d.file, l))}`);
    const listed = new Set(d.lines.unparsed);
    for (const m of d.sentences.missed) if (!listed.has(m.line)) out.push(`${file}:${m.line}: ${escapeControls(m.text)}  [sentence in no record]`);
    const seen = new Set<number>();
    for (const q of d.unattributed) {
      if (seen.has(q.line)) continue;
      seen.add(q.line);
      out.push(`${file}:${q.line}: ${escapeControls(lineText(d.file, q.line))}  [quote with no speaker]`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

export function renderDocsTable(docs: DocumentInfo[], env: RenderEnv): string {
  const rows = docs.map((d) => [
    d.id,
    d.meta.title,
    d.meta.publisher ?? '-',
    d.meta.date ?? (d.meta.year ? String(d.meta.year) : '-'),
    String(d.counts.qa),
    String(d.counts.quote),
    String(d.counts.claim),
  ]);
  return (
    renderTable({
      head: ['id', 'title', 'publisher', 'date', 'qa', 'quote', 'claim'],
      rows,
      flex: { 1: 1 },
      keep: [0],
      width: env.width,
      paint: env.paint,
      colored: env.colored,
    }) + '\n'
  );
}
