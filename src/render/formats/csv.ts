/** `--format csv`: RFC 4180, a header row even when there are no results. */
import { csvChunks } from '../csv.js';
import type { Output, Printed } from './output.js';

export function print(out: Output): Printed {
  if (!out.csv) throw new Error('this output has no CSV form');
  const { header, rows } = out.csv();
  return { stdout: '', stderr: '', chunks: csvChunks(header, rows) };
}
