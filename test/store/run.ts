/**
 * Run the CLI in this process (src/cli/main.ts with a captured Io): the
 * PostgreSQL tests compare dozens of commands through both stores, and a
 * spawned node per command would cost a second each.
 */
import { main } from '../../src/cli/main.js';
import { ROOT, testCacheDir, type CliResult } from '../helpers.js';

function sink(): { stream: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const stream = {
    isTTY: false,
    columns: undefined,
    write(chunk: string | Uint8Array) {
      text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    },
    on() {
      return stream;
    },
  } as unknown as NodeJS.WriteStream;
  return { stream, text: () => text };
}

export async function run(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  const out = sink();
  const err = sink();
  const full: Record<string, string | undefined> = { PATH: process.env.PATH, HOME: process.env.HOME, QUARRY_CACHE_DIR: testCacheDir(), ...env };
  for (const k of Object.keys(full)) if (full[k] === undefined) delete full[k];
  const code = await main(['node', 'quarry', ...args], { stdout: out.stream, stderr: err.stream, env: full as NodeJS.ProcessEnv, cwd: ROOT });
  return { code, stdout: out.text(), stderr: err.text() };
}
