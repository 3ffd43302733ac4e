/**
 * What a command hands to the printers: its results once, in every shape a
 * format may want. A command builds one Output; the format the user chose
 * (./index.ts) turns it into text. Every shape is a thunk, so only the one
 * printed is computed, and printing JSON never loads table or colour code.
 */
import type { CsvCell } from '../csv.js';

export interface Output {
  /** how many results there are: 0 → exit 1, and a table says `none` on stderr instead */
  count: number;
  /** said on stderr when a table would be empty, without the "quarry: " prefix */
  none: string;
  /** the results as JSON values: `json` prints them as one array, `ndjson` one per line */
  values: () => unknown[];
  /** the same values one at a time, for a long list: the formats then print it in pieces (Printed.chunks) */
  each?: () => Iterable<unknown>;
  /**
   * the same values as their JSON array elements, already made: runs of
   * record element texts (src/model/record-json.ts) joined by ",\n", as
   * UTF-8 bytes. `json` and `ndjson` then print them without parsing a value
   * (the cache stores records in this form). A run is valid only until the
   * iteration goes on (the cache reads them into one reused buffer).
   */
  elements?: () => Iterable<Uint8Array>;
  /** what `json` prints instead of the array, for commands whose result is one object (check, stats, show) */
  jsonValue?: () => unknown;
  csv?: () => { header: readonly string[]; rows: Iterable<CsvCell[]> };
  table: () => Promise<string>;
  /** GitHub Actions workflow commands, one per line (check only) */
  github?: () => string;
}

/** What a format prints: data on stdout, messages on stderr. */
export interface Printed {
  stdout: string;
  stderr: string;
  /** more of stdout, after `stdout`, made as it is written (a long list is never one string); a byte chunk is valid only until the next is asked for (Output.elements) */
  chunks?: Iterable<string | Uint8Array>;
}
