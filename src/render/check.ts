/**
 * How `check`, `docs` and problems look: a table for people, JSON for scripts.
 */
import type { CheckReport } from '../load/check.js';
import type { DocumentInfo, Problem } from '../load/load.js';
import type { Painter } from './color.js';
import { escapeControls } from './safe.js';
import { renderTable } from './table.js';

export interface RenderEnv {
  width: number;
  paint: Painter;
  colored: boolean;
  /** how a corpus file name is shown (a path relative to the working folder) */
  displayPath(file: string): string;
}

/** `FILE:LINE: error: message`, one per line, for stderr. */
export function formatProblem(p: Problem, env: Pick<RenderEnv, 'paint' | 'displayPath'>): string {
  const where = p.line ? `${env.displayPath(p.file)}:${p.line}` : env.displayPath(p.file);
  const sev = p.severity === 'error' ? env.paint.red('error') : env.paint.yellow('warning');
  return `${where}: ${sev}: ${escapeControls(p.message)}`;
}

const pct = (x: number) => `${(Math.floor(x * 1000) / 10).toFixed(1)}%`;

export function renderCheckTable(report: CheckReport, env: RenderEnv): string {
  const rows = report.documents.map((d) => [
    d.ok ? env.paint.green('ok') : env.paint.red('FAIL'),
    d.id,
    d.shape ?? '-',
    String(d.records.qa),
    String(d.records.quote),
    String(d.records.claim),
    pct(d.coverage),
    String(d.lines.unparsed.length),
  ]);
  const table = renderTable({
    head: ['', 'document', 'shape', 'qa', 'quote', 'claim', 'coverage', 'unparsed'],
    rows,
    flex: { 1: 1 },
    width: env.width,
    paint: env.paint,
    colored: env.colored,
  });
  const total = report.documents.reduce((a, d) => a + d.records.qa + d.records.quote + d.records.claim, 0);
  const parsed = report.documents.filter((d) => d.ok).length;
  const summary =
    `${report.documents.length} documents, ${parsed} parsed, ${total} records; ` +
    `${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}`;
  return `${table}\n${report.ok ? env.paint.green(summary) : env.paint.red(summary)}\n`;
}

/** The lines no rule accounted for, as `FILE:LINE: text`. */
export function renderUnparsed(report: CheckReport, lineText: (file: string, line: number) => string, env: RenderEnv): string {
  const out: string[] = [];
  for (const d of report.documents) for (const l of d.lines.unparsed) out.push(`${env.displayPath(d.file)}:${l}: ${escapeControls(lineText(d.file, l))}`);
  return out.length ? out.join('\n') + '\n' : '';
}

export function checkJson(report: CheckReport): unknown {
  return {
    ok: report.ok,
    errors: report.errors,
    warnings: report.warnings,
    documents: report.documents,
    problems: report.problems,
  };
}

export function docJson(d: DocumentInfo): Record<string, unknown> {
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
    records: { ...d.counts },
  };
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
      width: env.width,
      paint: env.paint,
      colored: env.colored,
    }) + '\n'
  );
}
