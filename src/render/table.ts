/**
 * Tables for people: cli-table3 with widths computed from the terminal (it
 * does not fit the terminal by itself), header and border colours off unless
 * colour is on (it colours them even under NO_COLOR otherwise).
 */
import Table from 'cli-table3';
import type { Painter } from './color.js';
import { cellText } from './safe.js';

import { displayWidth, sliceToWidth } from './width.js';

export { terminalWidth } from './width.js';

/**
 * A cell that is already terminal-safe: corpus text escaped first, then
 * painted. Shown as is (its colour codes kept). A plain string cell is
 * corpus text: its control characters are escaped and any escape sequence
 * in it is shown, never sent.
 */
export class Painted {
  constructor(readonly text: string) {}
}
export type Cell = string | Painted;

/** One line for a cell: a plain string escaped, a painted one with line breaks and tabs as spaces. */
function cellLine(c: Cell): string {
  return c instanceof Painted ? c.text.replace(/\r\n|\r|\n|\t/g, ' ') : cellText(c);
}

/** Several lines for a full-width cell: each line escaped (plain) or kept (painted). */
function cellLines(c: Cell): string {
  return c instanceof Painted ? c.text.replace(/\t/g, ' ') : c.split(/\r\n|\r|\n/).map((l) => cellText(l)).join('\n');
}

export interface TableSpec {
  head: string[];
  rows: Cell[][];
  /** columns that take the width left over, in proportion to their weight */
  flex?: Record<number, number>;
  /** total width available */
  width: number;
  paint: Painter;
  colored: boolean;
  /** columns shrunk only when nothing else can give (ids a reader copies) */
  keep?: number[];
  /** no separator line between rows (counts, lists of names) */
  compact?: boolean;
}

const visibleLength = (s: string) => Math.max(0, ...s.split('\n').map(displayWidth));

const FLEX_MIN = 12;
const FIXED_MAX = 34;
const FIXED_MIN = 6;
const FLEX_FLOOR = 8;
const KEEP_FLOOR = 14;

export function renderTable(spec: TableSpec): string {
  const n = spec.head.length;
  const rows = spec.rows.map((r) => r.map(cellLine));
  const flex = spec.flex ?? {};
  // Natural widths (content + 2 padding), fixed columns capped so flexible ones keep room.
  const natural = spec.head.map((h, c) => Math.max(visibleLength(h), ...rows.map((r) => visibleLength(r[c] ?? ''))) + 2);
  const borders = n + 1;
  const flexCols = Object.keys(flex).map(Number).filter((c) => c < n);
  // Fixed columns at their natural width (capped); flexible ones at 12 (or their natural width).
  const widths = natural.map((w, c) => (flex[c] ? Math.min(w, FLEX_MIN) : Math.min(w, FIXED_MAX)));
  const sum = () => widths.reduce((a, b) => a + b, 0) + borders;
  // Too wide even so: shrink one column at a time, the widest of the first group that can give:
  // fixed columns down to their longest word (they wrap cleanly), then down to their cells' longest
  // word (the header is cut), then flexible ones down to 8,
  // then kept ones (ids) down to 14, then fixed ones down to 6 (cut mid-word), then the kept ones last.
  const keep = new Set(spec.keep ?? []);
  const longestCellWord = natural.map((_, c) => Math.max(0, ...rows.map((r) => Math.max(0, ...(r[c] ?? '').split(/\s+/).map(displayWidth)))) + 2);
  const longestWord = longestCellWord.map((w, c) => Math.max(w, displayWidth(spec.head[c] ?? '') + 2));
  const phases: Array<(c: number) => number | null> = [
    (c) => (flex[c] || keep.has(c) ? null : Math.max(FIXED_MIN, longestWord[c]!)),
    // a header wider than every cell below it ("sentences" over "100.0%") gives way before any
    // content does: it is cut ("sente…"), the values stay whole
    (c) => (flex[c] || keep.has(c) ? null : Math.max(FIXED_MIN, longestCellWord[c]!)),
    (c) => (flex[c] ? FLEX_FLOOR : null),
    // a kept column (an id) is cut to 12 before any value is cut mid-word: "binance-rise…" still
    // names its row, "100.…" names nothing
    (c) => (keep.has(c) ? KEEP_FLOOR : null),
    (c) => (flex[c] || keep.has(c) ? null : FIXED_MIN),
    (c) => (keep.has(c) ? FIXED_MIN : null),
  ];
  for (const floor of phases) {
    while (sum() > spec.width) {
      let widest = -1;
      for (let c = 0; c < n; c++) {
        const f = floor(c);
        if (f !== null && widths[c]! > f && (widest < 0 || widths[c]! > widths[widest]!)) widest = c;
      }
      if (widest < 0) break;
      widths[widest]!--;
    }
  }
  // What is left goes to the flexible columns by weight (never past their natural width),
  let left = spec.width - sum();
  const totalWeight = flexCols.reduce((a, c) => a + (flex[c] ?? 0), 0) || 1;
  for (const c of flexCols) {
    const share = Math.floor((Math.max(0, left) * (flex[c] ?? 0)) / totalWeight);
    const extra = Math.max(0, Math.min(share, natural[c]! - widths[c]!));
    widths[c]! += extra;
  }
  // then back to fixed columns that were capped, then to flexible ones still short of their natural width.
  left = spec.width - sum();
  for (const pass of [false, true]) {
    for (let c = 0; c < n && left > 0; c++) {
      if (!!flex[c] !== pass) continue;
      const extra = Math.min(left, natural[c]! - widths[c]!);
      if (extra > 0) {
        widths[c]! += extra;
        left -= extra;
      }
    }
  }
  const table = new Table({
    head: spec.head.map((h) => spec.paint.bold(h)),
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: spec.colored ? ['grey'] : [], compact: !!spec.compact },
  });
  for (const r of rows) table.push(r);
  return table.toString();
}

/**
 * Rows of short cells, each followed by one full-width cell (a record's text;
 * a Painted body keeps its line breaks and colours).
 * Short columns take their natural width, capped; the last short column takes
 * what is left, so the full-width cell spans the whole table.
 */
export function renderSpannedTable(
  head: string[],
  rows: Cell[][],
  bodies: Cell[],
  env: { width: number; paint: Painter; colored: boolean },
  /** the last column keeps its end when cut ("…yi-2025:45"): a file:line is read from the right */
  opts: { cutLastFromStart?: boolean } = {},
): string {
  const n = head.length;
  const clean = rows.map((r) => r.map(cellLine));
  const natural = head.map((h, c) => Math.max(visibleLength(h), ...clean.map((r) => visibleLength(r[c] ?? ''))) + 2);
  const width = Math.max(40, env.width);
  const widths = natural.map((w) => Math.min(w, 40));
  const borders = n + 1;
  let total = widths.reduce((a, b) => a + b, 0) + borders;
  // Shrink the widest columns until the table fits: the first column (the id a reader
  // copies into `quarry show`) only when the others are down to 8.
  for (const from of [1, 0]) {
    while (total > width) {
      let widest = -1;
      for (let c = from; c < n; c++) if (widest < 0 || widths[c]! > widths[widest]!) widest = c;
      if (widest < 0 || widths[widest]! <= 8) break;
      widths[widest]!--;
      total--;
    }
  }
  // Let the last column absorb the remaining width, so the text cell below spans the terminal.
  widths[n - 1]! += Math.max(0, width - total);
  // the full-width cell: every column and the borders between them, less its padding
  const inner = widths.reduce((a, b) => a + b, 0) + (n - 1) - 2;
  const cells = clean.map((r) => {
    const last = r[n - 1] ?? '';
    const room = widths[n - 1]! - 2;
    if (opts.cutLastFromStart && displayWidth(last) > room && !last.includes('\u001b')) {
      const chars = [...last];
      let tail = '';
      while (chars.length && displayWidth(chars[chars.length - 1]! + tail) <= room - 1) tail = chars.pop()! + tail;
      return [...r.slice(0, n - 1), '…' + tail];
    }
    return r;
  });
  // Drawn here rather than by cli-table3: the same box characters and padding, but
  // cli-table3 measures every cell's width again and again (a 395-record list took
  // 1.8 s, almost all of it in its string-width calls); this is one pass.
  const line = (l: string, m: string, r: string, cols: number[]) => border(l + cols.map((w) => '─'.repeat(w)).join(m) + r);
  const border = (t: string) => (env.colored ? env.paint.dim(t) : t);
  const bar = border('│');
  const rowLines = (r: string[]): string[] => {
    const wrapped = r.map((c, k) => c.split('\n').flatMap((l) => wrapLine(l, widths[k]! - 2)));
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    const out: string[] = [];
    for (let y = 0; y < height; y++) out.push(bar + wrapped.map((w, k) => ' ' + padTo(w[y] ?? '', widths[k]! - 2) + ' ').join(bar) + bar);
    return out;
  };
  const out: string[] = [line('┌', '┬', '┐', widths), ...rowLines(head.map((h) => env.paint.bold(h)))];
  cells.forEach((r, i) => {
    // below the header the columns continue (┼); below a full-width text row they start again (┬)
    out.push(line('├', i === 0 ? '┼' : '┬', '┤', widths), ...rowLines(r));
    out.push(line('├', '┴', '┤', widths));
    // wrapped here, by display width and around colour codes
    for (const l of cellLines(bodies[i] ?? '')
      .split('\n')
      .flatMap((x) => wrapLine(x, inner)))
      out.push(bar + ' ' + padTo(l, inner) + ' ' + bar);
    if (i === cells.length - 1) out.push(line('└', '─', '┘', widths));
  });
  if (cells.length === 0) out.push(line('└', '┴', '┘', widths));
  return out.join('\n');
}

/** `s` followed by spaces up to `width` display columns. */
function padTo(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

const SGR_PART = /(\u001b\[[0-9;]*m)/;
const isSgr = (part: string) => /^\u001b\[[0-9;]*m$/.test(part);

/** `s` cut after `width` columns, colour codes kept with the part they precede. */
function splitAtWidth(s: string, width: number): [string, string] {
  let head = '';
  let w = 0;
  const parts = s.split(SGR_PART);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (isSgr(part)) {
      head += part;
      continue;
    }
    const fit = sliceToWidth(part, width - w);
    head += fit;
    w += displayWidth(fit);
    if (fit.length < part.length) return [head, part.slice(fit.length) + parts.slice(i + 1).join('')];
  }
  return [head, ''];
}

/** One line wrapped to `width` columns on spaces; a word wider than the line is split. */
export function wrapLine(line: string, width: number): string[] {
  const w = Math.max(1, width);
  const out: string[] = [];
  let cur: string | null = null;
  let curWidth = 0;
  for (const raw of line.split(' ')) {
    let word = raw;
    let ww = displayWidth(word);
    while (ww > w) {
      if (cur !== null && curWidth > 0) {
        out.push(cur);
        cur = null;
        curWidth = 0;
      }
      const [head, rest] = splitAtWidth(word, cur === null ? w : w - curWidth - 1);
      out.push(cur === null ? head : `${cur} ${head}`);
      cur = null;
      curWidth = 0;
      word = rest;
      ww = displayWidth(word);
      if (!head) break; // nothing fits (a double-width character in a one-column cell)
    }
    if (cur === null) {
      cur = word;
      curWidth = ww;
    } else if (curWidth + 1 + ww <= w) {
      cur += ' ' + word;
      curWidth += 1 + ww;
    } else {
      out.push(cur);
      cur = word;
      curWidth = ww;
    }
  }
  out.push(cur ?? '');
  return out;
}
