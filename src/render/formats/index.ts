/**
 * Every output format, by name: the one table the option choices, the help
 * text and the printing are derived from. A format is a file in this folder
 * exporting `print(out: Output)`, plus an entry here (ripgrep's printer crate
 * has the same shape: standard, json, summary, one file each). Its module is
 * imported only when it prints, so `--format json` never loads table code.
 */
import type { Output, Printed } from './output.js';

export type { Output, Printed } from './output.js';

/** Which commands a format serves: the record-like results, or check's verdict. */
export type OutputKind = 'results' | 'check';

interface FormatEntry {
  kinds: readonly OutputKind[];
  load: () => Promise<{ print(out: Output): Printed | Promise<Printed> }>;
}

export const FORMATS = {
  table: { kinds: ['results', 'check'], load: () => import('./table.js') },
  json: { kinds: ['results', 'check'], load: () => import('./json.js') },
  ndjson: { kinds: ['results'], load: () => import('./ndjson.js') },
  csv: { kinds: ['results'], load: () => import('./csv.js') },
  github: { kinds: ['check'], load: () => import('./github.js') },
} as const satisfies Record<string, FormatEntry>;

export type FormatName = keyof typeof FORMATS;

/** The formats a kind of command offers, in the table's order (the first is the default). */
export function formatNames(kind: OutputKind): FormatName[] {
  return (Object.keys(FORMATS) as FormatName[]).filter((name) => (FORMATS[name].kinds as readonly OutputKind[]).includes(kind));
}

/** The output in the named format. */
export async function printOutput(format: string, out: Output): Promise<Printed> {
  const entry = (FORMATS as Record<string, FormatEntry>)[format];
  if (!entry) throw new Error(`unknown format '${format}'`);
  return (await entry.load()).print(out);
}
