/**
 * Comma-separated exports (RFC 4180, and the semicolon-separated files a
 * spreadsheet writes where the comma is the decimal mark) read as the TSV
 * shape reads tab-separated ones.
 *
 * The table parser works on lines, one row per line, and cites records by
 * line. A CSV row can span lines (a quoted cell with line breaks in it), so
 * the reader gives a *view* with the same number of lines as the file: each
 * row's cells joined by tabs on the row's first line, and its other lines
 * blank. `spans` says which file lines each row covered, so the records a row
 * gives can cite all of them.
 */

export interface CsvView {
  /** one entry per line of the body: a row's cells tab-joined on its first line, '' on its other lines */
  lines: string[];
  /** first line index → last line index, for rows that run over more than one line */
  spans: Map<number, number>;
  /** the file's delimiter */
  delimiter: ',' | ';';
  /**
   * Rows a stray quote broke: a quoted cell still open at the file's end, or one that ran over a
   * line break and then closed on a quote standing inside a cell (`…,"In 12 states now",…`): the
   * lines from `line` to `last` were read as one row where the quote never closed; where it closed
   * inside a cell, line `line` was read alone, its quote as text. Line indexes of the body.
   */
  broken: { line: number; last: number; closed: boolean }[];
}

/** The delimiter the header row uses: the comma, unless the row has more semicolons outside quotes. */
function delimiterOf(lines: readonly string[]): ',' | ';' {
  const first = lines.find((l) => l.trim()) ?? '';
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * The view of a CSV body. A quote opens a quoted cell only at the start of a
 * cell; inside one, "" is a quote and a line break is part of the cell. A
 * quote left open at the end of the file closes there: the cell keeps every
 * word rather than losing the row. Tabs inside cells become spaces, so the
 * view's tabs are exactly the cell boundaries.
 */
export function csvView(lines: readonly string[]): CsvView {
  const delimiter = delimiterOf(lines);
  const out: string[] = new Array<string>(lines.length).fill('');
  const spans = new Map<number, number>();
  const broken: CsvView['broken'] = [];
  for (let i = 0; i < lines.length; i++) {
    let row = readRow(lines, i, lines.length - 1, delimiter);
    if (!row.closed || (row.last > i && row.strayClose)) {
      broken.push({ line: i, last: row.last, closed: row.closed });
      // A stray quote (`…,"Granted on 19 February.,Dr. Ola Fashola,41,` with no closing mark) that a
      // later row's quote "closes" inside a cell would swallow the rows between into one cell, their
      // people into its words: the line is read alone, its quote as text, the rows below stay rows.
      // (A quote still open at the file's end keeps running there: a last answer cut short.)
      if (row.closed && row.last > i) row = readRow(lines, i, i, delimiter, true);
    }
    out[i] = row.cells.map((c) => c.trim()).join('\t');
    if (row.last > i) spans.set(i, row.last);
    i = row.last;
  }
  return { lines: out, spans, delimiter, broken };
}

/**
 * A tab-separated cell as a spreadsheet writes it (Excel, LibreOffice and hand-made exports
 * quote cells the RFC 4180 way in TSV too): a cell wrapped in double quotes, every quote
 * inside it doubled, is the words inside, its `""` one quote. The wrapping marks are the
 * format's, not the text's. A cell with a lone quote inside (`"Yes," she said. "Go."`) is not
 * wrapped: its marks are the text's and stay.
 */
export function unquoteCell(cell: string): string {
  const t = cell.trim();
  if (t.length < 2 || t[0] !== '"' || t[t.length - 1] !== '"') return cell;
  const inner = t.slice(1, -1);
  let out = '';
  for (let k = 0; k < inner.length; k++) {
    if (inner[k] !== '"') out += inner[k];
    else if (inner[k + 1] === '"') {
      out += '"';
      k++;
    } else return cell;
  }
  return out;
}

/**
 * The view of a TSV body, as csvView gives a CSV's: a spreadsheet exporting tab-separated
 * text quotes a cell that holds line breaks the RFC 4180 way, so a row runs on over lines
 * until the quote that opened its cell closes. Only such a row is joined, and only when the
 * joined row has the header row's number of cells where its first line alone has fewer: a
 * stray opening quote in one cell (`"Yes, she said` with no closing mark) never swallows the
 * rows below it. Every other line is the line, each cell unquoted (unquoteTsvLine).
 */
export function tsvView(lines: readonly string[]): { lines: string[]; spans: Map<number, number> } {
  const out = lines.map(unquoteTsvLine);
  const spans = new Map<number, number>();
  const head = lines.findIndex((l) => l.trim());
  if (head < 0 || !lines[head]!.includes('\t')) return { lines: out, spans };
  const width = lines[head]!.split('\t').length;
  for (let i = head + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('"')) continue;
    const tabs = line.split('\t').length;
    if (tabs > width) {
      // A quoted cell with a tab inside it (`"About 2% on show.<TAB>The rest is in store."`), as a
      // spreadsheet writes it: the row has the header's width read the quoted way, one cell more
      // split at every tab. Its tab becomes a space.
      const row = readRow(lines, i, i, '\t');
      if (row.closed && row.cells.length === width) out[i] = row.cells.map((c) => c.trim()).join('\t');
      if (row.closed) continue;
    }
    // (a row whose last cell is the quoted one has all its cells on its first line, and a quote left open there)
    if (tabs >= width && readRow(lines, i, i, '\t').closed) continue;
    // a quoted cell that runs past the line's end, closed within 200 lines
    const row = readRow(lines, i, Math.min(lines.length - 1, i + 200), '\t');
    if (!row.closed || row.last === i || row.cells.length !== width) continue;
    out[i] = row.cells.map((c) => c.trim()).join('\t');
    for (let k = i + 1; k <= row.last; k++) out[k] = '';
    spans.set(i, row.last);
    i = row.last;
  }
  return { lines: out, spans };
}

/**
 * The cells of the row that starts at line `first`, read the RFC 4180 way with `delimiter`
 * between cells: a quote opens a quoted cell only at the start of a cell; inside one, "" is a
 * quote and a line break is part of the cell (one space in it), up to line `max`. Tabs inside
 * cells become spaces. `last` is the row's last line; `closed` false: a quote still open at `max`;
 * `strayClose`: a quoted cell that ran over a line break closed on a quote followed by more of
 * the cell (`"In 12 states`), not by the delimiter, a space or the line's end, as no spreadsheet
 * writes it: the quote that opened it was a stray one.
 */
function readRow(lines: readonly string[], first: number, max: number, delimiter: string, quotesAsText = false): { cells: string[]; last: number; closed: boolean; strayClose: boolean } {
  const cells: string[] = [];
  let strayClose = false;
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  let at = first;
  for (;;) {
    const line = lines[at]!;
    for (let k = 0; k < line.length; k++) {
      const ch = line[k]!;
      if (quoted) {
        if (ch === '"') {
          if (line[k + 1] === '"') {
            cell += '"';
            k++;
          } else {
            quoted = false;
            const next = line[k + 1];
            if (at > first && next !== undefined && next !== delimiter && next !== ' ' && next !== '\r') strayClose = true;
          }
        } else cell += ch === '\t' ? ' ' : ch;
      } else if (ch === '"' && atCellStart && !quotesAsText) {
        quoted = true;
        atCellStart = false;
      } else if (ch === delimiter) {
        cells.push(cell);
        cell = '';
        atCellStart = true;
      } else {
        cell += ch === '\t' ? ' ' : ch;
        if (ch !== ' ') atCellStart = false;
      }
    }
    if (!quoted || at >= max) break;
    cell += ' ';
    at++;
  }
  cells.push(cell);
  return { cells, last: at, closed: !quoted, strayClose };
}

/** A TSV line with each of its cells unquoted (unquoteCell); a line without a tab is one cell of free text and stays. */
export function unquoteTsvLine(line: string): string {
  return line.includes('\t') ? line.split('\t').map(unquoteCell).join('\t') : line;
}
