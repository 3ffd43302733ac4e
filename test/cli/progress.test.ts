/**
 * When the CLI may show the progress line of a long load: on a terminal only,
 * never in CI or with --quiet (the line itself: test/render/progress.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/context.js';
import { progressFor } from '../../src/cli/shared.js';
import { runCli } from '../helpers.js';

function io(isTTY: boolean, env: Record<string, string> = {}): Io {
  const stream = { isTTY, columns: 80, write: () => true } as unknown as NodeJS.WriteStream;
  return { stdout: stream, stderr: stream, stdin: process.stdin, env, cwd: process.cwd() };
}

describe('progress decision', () => {
  it('shows on a terminal', async () => {
    expect(await progressFor({}, io(true))).not.toBeNull();
    expect(await progressFor({}, io(true, { CI: 'false' }))).not.toBeNull();
  });

  it('never on a pipe, in CI or with --quiet', async () => {
    expect(await progressFor({}, io(false))).toBeNull();
    expect(await progressFor({}, io(true, { CI: 'true' }))).toBeNull();
    expect(await progressFor({}, io(true, { CI: '1' }))).toBeNull();
    expect(await progressFor({ quiet: true }, io(true))).toBeNull();
  });

  it('--quiet is a global option, accepted before and after the command', async () => {
    for (const args of [['--quiet', 'docs', '--format', 'json'], ['docs', '-q', '--format', 'json']]) {
      const r = await runCli(args);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).length).toBeGreaterThan(0);
    }
  });
});
