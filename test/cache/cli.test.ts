/**
 * The cache as a user meets it, through the built CLI: the same output cold,
 * warm and with --no-cache; QUARRY_DEBUG=cache says hit or miss; several
 * processes starting at once on a cold cache all succeed with the same
 * output and leave a valid cache; a cache folder that cannot be written
 * changes nothing but speed; and a warm run loads only what it needs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, runCliProcess, type CliResult } from '../helpers.js';
import { cacheFiles, shippedCopy, smallCorpus, tempDir } from './helpers.js';

const made: string[] = [];
function dir(make: () => string): string {
  const d = make();
  made.push(d);
  return d;
}
afterAll(async () => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

async function quarry(args: string[], cache: string, env: Record<string, string | undefined> = {}): Promise<CliResult> {
  return (await runCli(args, { env: { QUARRY_CACHE_DIR: cache, QUARRY_DEBUG: undefined, ...env } }));
}

const COMMANDS = [
  ['list', '--format', 'json'],
  ['check', '--format', 'json'],
  ['docs', '--format', 'json'],
  ['search', 'security', 'listing', '--format', 'json'],
  ['list', '--speaker', 'He Yi', '--year', '2021', '--format', 'json'],
];

describe('cold, warm and --no-cache give the same output', () => {
  it('for list, check, docs and search on the shipped corpus', async () => {
    const corpus = dir(shippedCopy);
    const cache = dir(() => tempDir('quarry-cli-cache-'));
    for (const args of COMMANDS) {
      const off = (await quarry(['--no-cache', '--corpus', corpus, ...args], cache));
      const cold = (await quarry(['--corpus', corpus, ...args], cache, { QUARRY_DEBUG: 'cache' }));
      const warm = (await quarry(['--corpus', corpus, ...args], cache, { QUARRY_DEBUG: 'cache' }));
      expect(off.code, args.join(' ')).toBe(0);
      expect(cold.code).toBe(off.code);
      expect(warm.code).toBe(off.code);
      expect(cold.stdout).toBe(off.stdout);
      expect(warm.stdout).toBe(off.stdout);
      expect(warm.stderr).toMatch(/quarry: cache hit/);
      expect(off.stderr).toBe('');
    }
    expect((await quarry(['--corpus', corpus, 'list', '--format', 'json'], cache)).stderr).toBe('');
  });

  it('QUARRY_DEBUG=cache says miss, then hit; --no-cache writes nothing', async () => {
    const corpus = dir(smallCorpus);
    const cache = dir(() => tempDir('quarry-cli-cache-'));
    const off = (await quarry(['--no-cache', '--corpus', corpus, 'list'], cache, { QUARRY_DEBUG: 'cache' }));
    expect(off.code).toBe(0);
    expect(cacheFiles(cache)).toEqual([]);
    const first = (await quarry(['--corpus', corpus, 'list'], cache, { QUARRY_DEBUG: 'cache' }));
    expect(first.stderr).toMatch(/quarry: cache miss: no cache file/);
    expect(first.stderr).toMatch(/quarry: cache written: /);
    const second = (await quarry(['--corpus', corpus, 'list'], cache, { QUARRY_DEBUG: 'cache' }));
    expect(second.stderr).toMatch(/quarry: cache hit: /);
    expect(second.stdout).toBe(first.stdout);
  });

  it('an edited document shows in the next run', async () => {
    const corpus = dir(smallCorpus);
    const cache = dir(() => tempDir('quarry-cli-cache-'));
    const before = (await quarry(['--corpus', corpus, 'search', 'compliance', '--format', 'json'], cache));
    expect(before.code).toBe(0);
    const file = join(corpus, 'qa-labels.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Compliance comes first.', 'Compliance comes first, always, everywhere.'));
    const after = (await quarry(['--corpus', corpus, 'search', 'everywhere', '--format', 'json'], cache, { QUARRY_DEBUG: 'cache' }));
    expect(after.code).toBe(0);
    expect(after.stderr).toMatch(/cache update: 1 document to read \(qa-labels\.txt\)/);
    expect(after.stdout).toContain('always, everywhere');
  });
});

describe('concurrent runs on a cold cache', () => {
  // Separate processes, since the race is between processes; the small corpus
  // keeps four cold builds cheap on a busy two-core machine (on two cores, four already overlap).
  function spawned(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, args, { env, cwd: ROOT });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  it('all succeed with identical output and leave a valid cache, cold and after an edit', { timeout: 90_000 }, async () => {
    const corpus = dir(smallCorpus);
    const cache = dir(() => tempDir('quarry-cli-cache-'));
    const args = [join(ROOT, 'bin', 'quarry.js'), '--corpus', corpus, 'search', 'compliance', 'listing', '--format', 'json'];
    const env = { ...process.env, QUARRY_CACHE_DIR: cache, NO_COLOR: undefined, FORCE_COLOR: undefined };
    const runs = await Promise.all(Array.from({ length: 4 }, () => spawned(args, env)));
    for (const r of runs) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(runs[0]!.stdout);
    }
    expect(cacheFiles(cache)).toHaveLength(1);
    const after = runCliProcess(args.slice(1), { env: { QUARRY_CACHE_DIR: cache, QUARRY_DEBUG: 'cache' } });
    expect(after.stderr).toMatch(/cache hit \(with index\)/);
    expect(after.stdout).toBe(runs[0]!.stdout);
    // no temporary files left behind
    expect(readdirSync(cache).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    // then one document edited, and three processes update the cache at once
    const file = join(corpus, 'qa-labels.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Compliance comes first.', 'Compliance comes first, and listing second.'));
    const updates = await Promise.all(Array.from({ length: 3 }, () => spawned(args, env)));
    // the output to expect, in this process (a reference of output only: the race is the
    // processes' above; a --no-cache process would parse the corpus once more at start-up's cost)
    const fresh = await quarry([...args.slice(1), '--no-cache'], cache);
    expect(fresh.stdout).toContain('listing second');
    for (const r of updates) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(fresh.stdout);
    }
    const settled = runCliProcess(args.slice(1), { env: { QUARRY_CACHE_DIR: cache, QUARRY_DEBUG: 'cache' } });
    expect(settled.stderr).toMatch(/cache hit \(with index\)|restamped/);
    expect(settled.stdout).toBe(fresh.stdout);
    expect(readdirSync(cache).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('a cache folder that cannot be written', () => {
  it('under a regular file: same output, same exit codes, nothing on stderr', async () => {
    const corpus = dir(smallCorpus);
    const parent = dir(() => tempDir('quarry-cli-cache-'));
    writeFileSync(join(parent, 'file'), 'not a folder');
    const cache = join(parent, 'file', 'quarry');
    const reference = (await quarry(['--no-cache', '--corpus', corpus, 'list', '--format', 'json'], cache));
    const r = (await quarry(['--corpus', corpus, 'list', '--format', 'json'], cache));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(reference.stdout);
    const none = (await quarry(['--corpus', corpus, 'search', 'zzzqqq'], cache));
    expect(none.code).toBe(1);
    const usage = (await quarry(['--corpus', corpus, 'list', '--type', 'nope'], cache));
    expect(usage.code).toBe(2);
  });

  // Node 20's recursive mkdirSync retries forever where a missing parent cannot be made (procfs
  // answers ENOENT each time): a bad QUARRY_CACHE_DIR once hung every command. In a child process
  // with a time limit, so a return of the hang fails this test instead of hanging the suite.
  it.runIf(existsSync('/proc/self/status'))('under /proc (nothing can be made there): finishes with the same output', async () => {
    const corpus = dir(smallCorpus);
    const reference = (await quarry(['--no-cache', '--corpus', corpus, 'list', '--format', 'json'], '/tmp/unused'));
    const r = runCliProcess(['--corpus', corpus, 'list', '--format', 'json'], { env: { QUARRY_CACHE_DIR: '/proc/quarry-no-such/cache' }, timeoutMs: 30_000 });
    expect(r.killed).toBe(false);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(reference.stdout);
  });

  it.skipIf(typeof process.getuid === 'function' && process.getuid() === 0)('read-only (chmod 555): same output, nothing on stderr', async () => {
    const corpus = dir(smallCorpus);
    const cache = dir(() => tempDir('quarry-cli-cache-'));
    chmodSync(cache, 0o555);
    const r = (await quarry(['--corpus', corpus, 'list', '--format', 'json'], cache));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    chmodSync(cache, 0o755);
  });
});

describe('a warm run loads only what it needs', () => {
  /** The module URLs a run resolves (test/cache/trace-modules.mjs); node's own flag comes first, so spawn directly. */
  function traced(args: string[], cache: string, env: Record<string, string> = {}, stderr: string[] = []): string[] {
    const out = join(dir(() => tempDir('quarry-trace-')), 'modules.txt');
    writeFileSync(out, '');
    const res = spawnSync(process.execPath, ['--import', join(ROOT, 'test', 'cache', 'trace-modules.mjs'), join(ROOT, 'bin', 'quarry.js'), ...args], {
      env: { ...process.env, QUARRY_CACHE_DIR: cache, QUARRY_TRACE_MODULES: out, NO_COLOR: '1', ...env },
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect(res.status).toBe(0);
    stderr.push(res.stderr);
    return readFileSync(out, 'utf8').split('\n').filter(Boolean);
  }

  /**
   * What a run loaded. The CLI is one bundled file (dist/bundle/quarry.cjs,
   * scripts/bundle.mjs) whose modules are evaluated lazily: with
   * QUARRY_TRACE_MODULES, bin/quarry.js writes the bundle's path and then
   * each module the run evaluated, by its path in the package (dist/…,
   * node_modules/…); the module hook adds every URL Node resolved. Both as
   * file paths here. The modules main.js imports statically are evaluated
   * with the bundle and not listed.
   */
  function loadedModules(args: string[], cache: string): string[] {
    return asPaths(traced(args, cache));
  }
  function asPaths(trace: string[]): string[] {
    return trace.map((m) => (/^(dist|node_modules)\//.test(m) ? join(ROOT, m) : m.startsWith('file:') ? fileURLToPath(m) : m));
  }

  const PARSING = /gray-matter|js-yaml|\/dist\/parse\/|\/dist\/load\/|\/dist\/corpus\/frontmatter/;
  const TABLES = /cli-table3|chalk|\/dist\/render\/table\.js/;
  const BUNDLE = join(ROOT, 'dist', 'bundle', 'quarry.cjs');

  /**
   * One cold run, traced, that the tests below share: a search on a copy of the shipped corpus
   * with an empty cache (it parses, indexes and writes the cache), under NODE_DEBUG=module so that
   * Node's own module log is on its stderr. A cold process run costs seconds; each test used to
   * start its own (three of them, and a fourth only to fill the cache for the warm runs).
   */
  let cold: { corpus: string; cache: string; trace: string[]; stderr: string } | undefined;
  function coldRun(): NonNullable<typeof cold> {
    if (cold) return cold;
    const corpus = dir(shippedCopy);
    const cache = dir(() => tempDir('quarry-cli-cache-'));
    const stderr: string[] = [];
    const trace = traced(['--corpus', corpus, 'search', 'security', '--format', 'json'], cache, { NODE_DEBUG: 'module' }, stderr);
    return (cold = { corpus, cache, trace, stderr: stderr[0]! });
  }

  it('runs from the bundle: no module of tsc\'s output or of the packages every run needs is resolved on its own', () => {
    const { trace } = coldRun();
    const mods = asPaths(trace);
    expect(mods).toContain(BUNDLE);
    const resolved = trace.filter((m) => m.startsWith('file:'));
    expect(resolved.filter((u) => u.includes('/dist/') || /node_modules\/(commander|minisearch|porter2|chalk)\//.test(u))).toEqual([]);
    // the lazily evaluated modules are seen: the search ran the cache, the index and the query
    for (const m of ['dist/cache/cache.js', 'dist/query/search.js', 'node_modules/minisearch/']) expect(mods.some((x) => x.startsWith(join(ROOT, m))), m).toBe(true);
  });

  it('--version and --help load no loader, parser, cache or index', async () => {
    const cache = dir(() => tempDir('quarry-cli-cache-'));
    for (const args of [['--version'], ['--help'], ['search', '--help']]) {
      const mods = loadedModules(args, cache);
      expect(mods).toContain(BUNDLE);
      expect(mods.filter((m) => PARSING.test(m) || /minisearch|\/dist\/cache\//.test(m))).toEqual([]);
    }
  });

  it('a warm list or search loads no front matter reader, YAML or parser; JSON loads no table or colour code', async () => {
    // cold, as a process of the built code: the cache is keyed on the code that wrote it
    const { corpus, cache, trace, stderr } = coldRun();
    for (const args of [
      ['--corpus', corpus, 'list', '--format', 'json'],
      ['--corpus', corpus, 'search', 'security', '--format', 'json'],
      ['--corpus', corpus, 'list', '--speaker', 'He Yi', '--year', '2021', '--format', 'ndjson'],
    ]) {
      const mods = loadedModules(args, cache);
      expect(mods.some((m) => m.includes('/dist/cache/cache.js'))).toBe(true);
      expect(mods.filter((m) => PARSING.test(m) || TABLES.test(m))).toEqual([]);
    }
    // and a cold one does load the parsers (the trace sees them)
    expect(asPaths(trace).some((m) => PARSING.test(m))).toBe(true);
    // but not esprima, which js-yaml requires for a schema quarry never reads (scripts/bundle.mjs):
    // Node's own module log names every module it loads, bundled or not
    expect(stderr).toMatch(/MODULE/);
    expect(stderr).not.toMatch(/esprima/);
  });
});
