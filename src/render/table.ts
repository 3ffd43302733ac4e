/**
 * Tables for people: cli-table3 with widths computed from the terminal (it
 * does not fit the terminal by itself), header and border colours off unless
 * colour is on (it colours them even under NO_COLOR otherwise).
 */
import Table from 'cli-table3';
import type { Painter } from './color.js';
import { cellText } from './safe.js';

export { terminalWidth } from './width.js';

export interface TableSpec {
  head: string[];
  rows: string[][];
  /** columns that take the width left over, in proportion to their weight */
  flex?: Record<number, number>;
  /** total width available */
  width: number;
  paint: Painter;
  colored: boolean;
}

const visibleLength = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '').length;

export function renderTable(spec: TableSpec): string {
  const n = spec.head.length;
  const rows = spec.rows.map((r) => r.map((c) => cellText(c)));
  const flex = spec.flex ?? {};
  // Natural widths (content + 2 padding), fixed columns capped so flexible ones keep room.
  const natural = spec.head.map((h, c) => Math.max(visibleLength(h), ...rows.map((r) => visibleLength(r[c] ?? ''))) + 2);
  const borders = n + 1;
  const widths = natural.map((w, c) => (flex[c] ? 0 : Math.min(w, 34)));
  const fixed = widths.reduce((a, b) => a + b, 0);
  const flexCols = Object.keys(flex).map(Number);
  const totalWeight = flexCols.reduce((a, c) => a + (flex[c] ?? 0), 0) || 1;
  let left = Math.max(flexCols.length * 12, spec.width - borders - fixed);
  for (const c of flexCols) {
    const share = Math.max(12, Math.floor((left * (flex[c] ?? 0)) / totalWeight));
    widths[c] = Math.min(natural[c]!, share);
  }
  // Give unused flex width back to fixed columns that were capped.
  const used = widths.reduce((a, b) => a + b, 0) + borders;
  left = spec.width - used;
  for (let c = 0; c < n && left > 0; c++) {
    if (flex[c]) continue;
    const extra = Math.min(left, natural[c]! - widths[c]!);
    if (extra > 0) {
      widths[c]! += extra;
      left -= extra;
    }
  }
  const table = new Table({
    head: spec.head.map((h) => spec.paint.bold(h)),
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: spec.colored ? { head: [], border: ['grey'] } : { head: [], border: [] },
  });
  for (const r of rows) table.push(r);
  return table.toString();
}

/**
 * Rows of short cells, each followed by one full-width cell (a record's text).
 * Short columns take their natural width, capped; the last short column takes
 * what is left, so the full-width cell spans the whole table.
 */
export function renderSpannedTable(head: string[], rows: string[][], bodies: string[], env: { width: number; paint: Painter; colored: boolean }): string {
  const n = head.length;
  const clean = rows.map((r) => r.map((c) => cellText(c)));
  const natural = head.map((h, c) => Math.max(visibleLength(h), ...clean.map((r) => visibleLength(r[c] ?? ''))) + 2);
  const width = Math.max(40, env.width);
  const widths = natural.map((w) => Math.min(w, 40));
  const borders = n + 1;
  let total = widths.reduce((a, b) => a + b, 0) + borders;
  // Shrink the widest columns until the table fits.
  while (total > width) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= 8) break;
    widths[widest]!--;
    total--;
  }
  // Let the last column absorb the remaining width, so the text cell below spans the terminal.
  widths[n - 1]! += Math.max(0, width - total);
  const table = new Table({
    head: head.map((h) => env.paint.bold(h)),
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: env.colored ? { head: [], border: ['grey'] } : { head: [], border: [] },
  });
  clean.forEach((r, i) => {
    table.push(r);
    const body = (bodies[i] ?? '').split('\n').map((l) => escapeControlsKeepAnsi(l)).join('\n');
    table.push([{ colSpan: n, content: body }]);
  });
  return table.toString();
}

/** Escape control characters but keep the SGR colour codes a painter added. */
function escapeControlsKeepAnsi(text: string): string {
  return text
    .split(/(\u001b\[[0-9;]*m)/)
    .map((part) => (/^\u001b\[[0-9;]*m$/.test(part) ? part : cellText(part)))
    .join('');
}
