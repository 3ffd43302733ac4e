/** `--format ndjson`: one compact JSON value per line, nothing for no results. */
import { toNdjson } from '../json.js';
import type { Output, Printed } from './output.js';

export function print(out: Output): Printed {
  return { stdout: toNdjson(out.values()), stderr: '' };
}
