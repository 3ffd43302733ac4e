/** `--format ndjson`: one compact JSON value per line, nothing for no results. */
import { ndjsonChunks, ndjsonFromElements, toNdjson } from '../json.js';
import type { Output, Printed } from './output.js';

export function print(out: Output): Printed {
  if (out.elements) return { stdout: '', stderr: '', chunks: ndjsonFromElements(out.elements()) };
  if (out.each) return { stdout: '', stderr: '', chunks: ndjsonChunks(out.each()) };
  return { stdout: toNdjson(out.values()), stderr: '' };
}
