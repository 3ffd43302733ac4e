/** `--format json`: one pretty-printed JSON value (an array of results, or the command's one object). */
import { jsonArrayChunks, jsonArrayFromElements, toJson, toJsonValue } from '../json.js';
import type { Output, Printed } from './output.js';

export function print(out: Output): Printed {
  if (!out.jsonValue && out.elements) return { stdout: '', stderr: '', chunks: jsonArrayFromElements(out.elements()) };
  if (!out.jsonValue && out.each) return { stdout: '', stderr: '', chunks: jsonArrayChunks(out.each()) };
  return { stdout: out.jsonValue ? toJsonValue(out.jsonValue()) : toJson(out.values()), stderr: '' };
}
