/**
 * CSV (RFC 4180): a header row, then one row per value; records end with
 * CRLF as the RFC says; a field is quoted when it holds a comma, a double
 * quote, CR or LF, and a double quote inside is doubled. Line breaks inside a
 * quoted field are kept as they are in the text (LF).
 *
 * Cells: null → empty; numbers as written by JavaScript; `years` and
 * `topics` joined with ";" (a topic that itself contains ";" is not split
 * back exactly: use JSON for that); `figures` (and a search hit's `matches`)
 * as compact JSON in one cell. Text is written exactly as the corpus has it:
 * CSV is data, like JSON; a terminal view is `--format table`.
 *
 * No table code and no chalk here.
 */
import type { DocumentInfo } from '../model/corpus.js';
import type { QuarryRecord, RecordType } from '../model/record.js';
import { RECORD_FIELDS } from './json.js';

export type CsvCell = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_EOL = '\r\n';

/** The header row and the rows, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',') + CSV_EOL).join('');
}

/** The same text as toCsv, a row at a time. */
export function* csvChunks(header: readonly string[], rows: Iterable<readonly CsvCell[]>): Generator<string> {
  yield header.map(csvField).join(',') + CSV_EOL;
  for (const r of rows) yield r.map(csvField).join(',') + CSV_EOL;
}

/** The list separator inside one cell (`years`, `topics`, a hit's `terms`). */
export const CSV_LIST_SEPARATOR = ';';

export const RECORD_CSV_HEADER: readonly string[] = RECORD_FIELDS;

export function recordCsvRow(r: QuarryRecord): CsvCell[] {
  return RECORD_FIELDS.map((f): CsvCell => {
    switch (f) {
      case 'years':
        return r.years.join(CSV_LIST_SEPARATOR);
      case 'topics':
        return r.topics.join(CSV_LIST_SEPARATOR);
      case 'figures':
        return JSON.stringify(r.figures);
      default:
        return r[f];
    }
  });
}

/** `docs --format csv`: the fields of `docs --format json`, with `speakers` joined by ";" and the counts as qa, quote, claim. */
export const docCsvHeader: readonly string[] = [
  'id', 'file', 'title', 'publisher', 'url', 'date', 'year', 'dateNote', 'host', 'interviewer', 'author', 'speakers', 'shape', 'qa', 'quote', 'claim',
];

export function docCsvRow(d: DocumentInfo, counts: Record<RecordType, number> = d.counts): CsvCell[] {
  const m = d.meta;
  return [
    d.id, d.file, m.title, m.publisher, m.url, m.date, m.year, m.dateNote, m.host, m.interviewer, m.author,
    m.speakers.join(CSV_LIST_SEPARATOR), d.shape, counts.qa, counts.quote, counts.claim,
  ];
}
