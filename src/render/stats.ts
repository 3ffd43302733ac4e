/**
 * `quarry stats` for people. One facet: value, count, share of the records.
 * Two facets: a cross table (first facet down, second across, totals on the
 * right and at the bottom) when it fits the width; otherwise, and for three
 * or more facets, the combinations as nested rows (a value shown once for the
 * rows under it).
 */
import type { FacetCounts, FacetValue } from '../query/stats.js';
import type { RenderEnv } from './check.js';
import { Painted, renderTable, type Cell } from './table.js';

export { statsCsvHeader, statsCsvRows, statsJson, statsRowsJson } from './stats-data.js';

const NONE = '(none)';
const label = (v: FacetValue | undefined) => (v === null || v === undefined ? NONE : String(v));
const pct = (n: number, total: number) => (total ? `${((100 * n) / total).toFixed(1)}%` : '-');
/** Header of a cross-table column, kept short. */
const CROSS_HEAD_MAX = 14;

function table(env: RenderEnv, head: string[], rows: Cell[][], flex: Record<number, number>): string {
  return renderTable({ head, rows, flex, width: env.width, paint: env.paint, colored: env.colored, compact: true });
}

function summary(c: FacetCounts, env: RenderEnv): string {
  const multi = c.by.some((f) => f === 'topic' || f === 'mentions');
  return env.paint.dim(`${c.total} record${c.total === 1 ? '' : 's'}${multi ? ' (a record with several topics or mentioned years counts under each)' : ''}`);
}

function single(c: FacetCounts, env: RenderEnv): string {
  const values = c.values[0] ?? [];
  const rows: Cell[][] = values.map((v) => [label(v.value), String(v.count), pct(v.count, c.total)]);
  return table(env, [c.by[0]!, 'records', 'share'], rows, { 0: 1 });
}

function shortHead(s: string): string {
  return s.length > CROSS_HEAD_MAX ? s.slice(0, CROSS_HEAD_MAX - 1) + '…' : s;
}

/** The cross table, or null when it would not fit the width. */
function cross(c: FacetCounts, env: RenderEnv): string | null {
  const rowsV = c.values[0] ?? [];
  const colsV = c.values[1] ?? [];
  const heads = colsV.map((v) => shortHead(label(v.value)));
  const firstWidth = Math.min(30, Math.max(c.by[0]!.length, ...rowsV.map((v) => label(v.value).length))) + 2;
  const colWidths = heads.map((h, i) => Math.max(h.length, String(colsV[i]!.count).length) + 2);
  const totalWidth = firstWidth + colWidths.reduce((a, b) => a + b, 0) + Math.max(7, String(c.total).length + 2) + colWidths.length + 3;
  if (totalWidth > env.width) return null;
  const cell = new Map<string, number>();
  const key = (a: FacetValue, b: FacetValue) => `${typeof a}:${a}\u0001${typeof b}:${b}`;
  for (const r of c.rows) cell.set(key(r.values[0]!, r.values[1]!), r.count);
  const rows: Cell[][] = rowsV.map((rv) => [
    label(rv.value),
    ...colsV.map((cv) => String(cell.get(key(rv.value, cv.value)) ?? '·')),
    new Painted(env.paint.bold(String(rv.count))),
  ]);
  rows.push([
    new Painted(env.paint.bold('total')),
    ...colsV.map((cv) => new Painted(env.paint.bold(String(cv.count)))),
    new Painted(env.paint.bold(String(c.total))),
  ]);
  return table(env, [`${c.by[0]} \\ ${c.by[1]}`, ...heads, 'total'], rows, { 0: 1 });
}

function nested(c: FacetCounts, env: RenderEnv): string {
  let prev: string[] = [];
  const rows: Cell[][] = c.rows.map((r) => {
    const labels = r.values.map(label);
    // show a value only where it changes, like an outline
    let same = true;
    const shown = labels.map((l, i) => {
      same = same && prev[i] === l;
      return same ? '' : l;
    });
    prev = labels;
    return [...shown, String(r.count)];
  });
  const flex: Record<number, number> = {};
  c.by.forEach((_, i) => (flex[i] = 1));
  return table(env, [...c.by, 'records'], rows, flex);
}

export function renderStatsTable(c: FacetCounts, env: RenderEnv): string {
  const body = c.by.length === 1 ? single(c, env) : (c.by.length === 2 ? cross(c, env) : null) ?? nested(c, env);
  return `${body}\n${summary(c, env)}\n`;
}
