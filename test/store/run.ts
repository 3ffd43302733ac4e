/** The CLI in-process (test/helpers.ts), with QUARRY_DB cleared unless a test sets it. */
import { runCli, type CliResult } from '../helpers.js';

export function run(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  return runCli(args, { env: { QUARRY_DB: undefined, ...env } });
}
