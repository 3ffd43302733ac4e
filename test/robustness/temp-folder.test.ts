/**
 * The suite's temporary folders live in one folder of the OS temp folder that vitest.config.ts
 * makes for the run and removes when it ends: these tests hold a test and the processes it starts
 * to it, so that no run leaves corpora and caches behind in /tmp.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempCorpus } from '../helpers.js';

describe("the suite's temp folder", () => {
  it('is one folder of its own, which a test and the processes it starts both use', () => {
    const suite = tmpdir();
    expect(basename(suite)).toMatch(/^quarry-suite-/);
    // sticky and world-writable, as /tmp is
    expect(statSync(suite).mode & 0o7777).toBe(0o1777);
    expect(dirname(tempCorpus({ 'a.txt': 'x\n' }))).toBe(suite);
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'], { encoding: 'utf8' });
    expect(child.stdout).toBe(suite);
  });
});
