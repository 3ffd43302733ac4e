/** `--format ndjson`: one compact JSON value per line, nothing for no results. */
import { ndjsonChunks, toNdjson } from '../json.js';
import type { Output, Printed } from './output.js';

export function print(out: Output): Printed {
  if (out.each) return { stdout: '', stderr: '', chunks: ndjsonChunks(out.each()) };
  return { stdout: toNdjson(out.values()), stderr: '' };
}
