/** `--format table`: for people; an empty result is a message, not an empty table. */
import type { Output, Printed } from './output.js';

export async function print(out: Output): Promise<Printed> {
  if (!out.count) return { stdout: '', stderr: `quarry: ${out.none}\n` };
  return { stdout: await out.table(), stderr: '' };
}
