/**
 * Test helpers: load the shipped corpus once, build documents in temp folders.
 * Nothing here reads ../shared: everything the tests need lives in the repo.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, type Corpus } from '../src/load/load.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = join(ROOT, 'corpus');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

let shipped: Corpus | undefined;
export function shippedCorpus(): Corpus {
  shipped ??= loadCorpus(CORPUS);
  return shipped;
}

/** A corpus folder in the OS temp dir holding the given files. */
export function tempCorpus(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'quarry-test-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

export function recordsOf(corpus: Corpus, doc: string) {
  return corpus.records.filter((r) => r.doc === doc);
}

import { spawnSync } from 'node:child_process';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would: `node bin/quarry.js …`, no terminal, colour env cleared. */
export function runCli(args: string[], opts: { env?: Record<string, string | undefined>; cwd?: string; input?: string } = {}): CliResult {
  // A cache folder of the test run's own, so tests never read or write the user's ~/.cache.
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    QUARRY_CORPUS: undefined,
    QUARRY_CACHE_DIR: testCacheDir(),
    ...opts.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const res = spawnSync(process.execPath, [join(ROOT, 'bin', 'quarry.js'), ...args], {
    cwd: opts.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    input: opts.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}

let cacheDir: string | undefined;
/** One temporary cache folder per test file process. */
export function testCacheDir(): string {
  cacheDir ??= mkdtempSync(join(tmpdir(), 'quarry-cache-'));
  return cacheDir;
}
