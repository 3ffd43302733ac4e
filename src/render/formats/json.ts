/** `--format json`: one pretty-printed JSON value (an array of results, or the command's one object). */
import { toJson, toJsonValue } from '../json.js';
import type { Output, Printed } from './output.js';

export function print(out: Output): Printed {
  return { stdout: out.jsonValue ? toJsonValue(out.jsonValue()) : toJson(out.values()), stderr: '' };
}
