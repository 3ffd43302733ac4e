import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig, type Plugin } from 'vitest/config';
import LongestFirst from './test/sequencer.js';

const ROOT = dirname(fileURLToPath(import.meta.url));
const SRC = resolve(ROOT, 'src') + sep;
const DIST = resolve(ROOT, 'dist') + sep;

/**
 * The shared files run the compiled JavaScript quarry ships (dist/, which
 * test/global-setup.ts compiles when a source is newer), not src/ through
 * vite's transform: a test's `import … from '../../src/load/load.js'` (kept
 * so that the tests type-check against the sources) is resolved to
 * dist/load/load.js, and dist/ is loaded by Node itself, as the CLI loads it.
 * Transforming the 3 MB of src/ (and running it through vite's module
 * runner) was a sixth of the suite's time: measured on 2 cores, quiet, 429
 * files, 129–131 s from src/ against 110 s from dist/.
 */
const compiledSources: Plugin = {
  name: 'quarry:compiled-sources',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
    const path = resolve(dirname(importer), source);
    return path.startsWith(SRC) ? DIST + path.slice(SRC.length) : null;
  },
};

// Files that replace a module with vi.mock need a module graph of their own;
// every other file shares its worker's modules (see `isolate` below).
const NEEDS_ISOLATION = ['test/robustness/internal-error.test.ts', 'test/load/heap-growth.test.ts', 'test/figures/caseless.test.ts', 'test/cache/trusted-pack.test.ts'];

// Node reads and parses every certificate in NODE_EXTRA_CA_CERTS when it
// starts, TLS or not: with a system bundle (220 KB here) that is 0.2 s of
// every `node` the suite starts (`node -e 0`: 0.28 s against 0.08 s), and the
// suite starts a few hundred (CLI processes, vitest's own workers). Nothing
// under test opens a TLS connection (PostgreSQL is reached on loopback
// without TLS), so the workers and every process they start go without it.
delete process.env.NODE_EXTRA_CA_CERTS;

// The tests make their folders in the OS temp folder (corpora, caches, the
// PostgreSQL server's data), and most leave them there: one run left about
// 3,000 folders and 90 MB in /tmp. Rather than hold every test to its own
// clean-up, the run gets one folder of its own, made here before any worker
// starts: TMPDIR names it, so os.tmpdir() returns it in the workers and in
// every process they start, and it goes, whole, when vitest exits. Its mode is
// /tmp's own (world-writable, sticky): some tests run quarry as `nobody`.
const SUITE_TMP = mkdtempSync(resolve(tmpdir(), 'quarry-suite-'));
chmodSync(SUITE_TMP, 0o1777);
process.env.TMPDIR = SUITE_TMP;
process.on('exit', () => rmSync(SUITE_TMP, { recursive: true, force: true }));

export default defineConfig({
  test: {
    setupFiles: ['test/no-user-cache.ts'],
    // the tests import dist/, which no file's module graph shows: in watch
    // mode an edited source reruns everything, once the setup has compiled it
    forceRerunTriggers: [...configDefaults.forceRerunTriggers, '**/src/**'],
    // the longest files first, in a fresh clone too (test/sequencer.ts)
    sequence: { sequencer: LongestFirst },
    // vitest leaves one core free by default: on a two-core machine that is one
    // test file at a time. Most files wait on I/O or child processes part of
    // the time (a CLI run, the PostgreSQL server), so every core runs a file
    // and one more waits on its children meanwhile. Measured on 2 cores, quiet,
    // 316 files: 112.6 s with 2 workers, 99.7 s with 3, 99.0 s with 4.
    maxWorkers: availableParallelism() + 1,
    // Node 20's V8 (11.3) can crash a worker with SIGSEGV in a regular
    // expression: its native matcher, told to retry a match because the
    // subject changed representation (one-byte/two-byte) meanwhile, runs the
    // other representation's code without compiling it, and with tier-up
    // that code can be the bytecode interpreter's trampoline. Seen in CI and
    // here on a loaded machine in 3 of 6 suite runs, always in
    // test/figures/prechecks.test.ts (60,000 generated strings per pattern),
    // the core's stack Builtins_RegExpInterpreterTrampoline ←
    // NativeRegExpMacroAssembler::Execute; with tier-up off, 0 of 4 runs
    // under the same load. Without tier-up a pattern is compiled to native
    // code at its first use, so no trampoline is ever installed.
    execArgv: ['--no-regexp-tier-up'],
    // Far above what any test needs on an idle machine (the slowest take a few
    // seconds), so a busy one (CI beside other jobs, two suites at once) never
    // brings a test near its limit.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        plugins: [compiledSources],
        test: {
          name: 'shared',
          // dist/ is imported by Node, never transformed (see compiledSources
          // above); a string here would name a package under node_modules/
          server: { deps: { external: [new RegExp(`^${DIST.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`)] } },
          include: ['test/**/*.test.ts'],
          exclude: NEEDS_ISOLATION,
          // The CLI tests that spawn `node bin/quarry.js` run the compiled dist/:
          // test/global-setup.ts builds it once, so they never test stale JavaScript.
          globalSetup: ['test/global-setup.ts', 'test/store/global-setup.ts'],
          // Importing src/ and its dependencies afresh for every file cost more
          // CPU than the tests themselves (measured: 57 s against 25 s for the
          // parser, query, figure, analysis, corpus, load and render files).
          // No file here mocks a module, stubs globals or env, or changes
          // module state that another file reads, so they share one module
          // graph per worker.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: NEEDS_ISOLATION,
          globalSetup: ['test/cache-state-setup.ts'],
        },
      },
    ],
  },
});
