#!/usr/bin/env node
// quarry's entry point. It runs the CLI bundled into one file
// (dist/bundle/quarry.cjs, built by npm install: scripts/bundle.mjs) as a
// vm.Script with V8's code cache, kept in quarry's cache folder beside the
// corpus caches: a warm run then neither resolves modules one by one nor
// compiles the functions it runs. Without the bundle it imports tsc's output.
// This file reads the environment only for where the cache folder is, as
// src/cache/location.ts does, and honours --no-cache (it writes nothing then).
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/**
 * A code cache file is MAGIC, the SHA-1 of the data, then V8's data. V8 does
 * not checksum the data in release builds: damaged data it accepts aborts the
 * process (every run, --help included, until the file goes). Data whose hash
 * does not match is not handed to V8, and the run writes a new file.
 */
const MAGIC = Buffer.from('QVC1');
// Declared before the top-level await below runs load(): a const declared
// after it is still in its temporal dead zone then, and reading it throws.
const HEADER = MAGIC.length + 20;

const bundle = fileURLToPath(new URL('../dist/bundle/quarry.cjs', import.meta.url));
const { main } = await load();

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // Anything that reaches here is a bug: say so in one line, unless asked for the trace.
    if (process.env.QUARRY_DEBUG === '1') console.error(err);
    else console.error(`quarry: internal error: ${err && err.message ? err.message : String(err)} (set QUARRY_DEBUG=1 for details)`);
    process.exitCode = 2;
  },
);

async function load() {
  let source;
  try {
    source = readFileSync(bundle, 'utf8');
  } catch {
    return import('../dist/cli/main.js');
  }
  // V8 checks a code cache against the source's length and its own flags only,
  // and rejects a changed flag by throwing the cache away: the file is named by
  // the source's hash and by what sets V8's flags, so runs with other flags
  // (NODE_OPTIONS, node --…) keep their own file instead of rewriting one.
  const hash = createHash('sha1')
    .update(source)
    .update(`\0${process.version}\0${process.execArgv.join(' ')}\0${process.env.NODE_OPTIONS ?? ''}`)
    .digest('hex')
    .slice(0, 16);
  const folder = codeCacheFolder();
  const cacheFile = folder && join(folder, `code-${hash}.v8cache`);
  let cachedData;
  try {
    if (cacheFile) cachedData = verifiedCodeCache(readFileSync(cacheFile));
  } catch {
    // none yet
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __quarryTrace) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const trace = process.env.QUARRY_TRACE_MODULES ? [bundle] : null;
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle), trace);
  if (trace) process.on('exit', () => appendFileSync(process.env.QUARRY_TRACE_MODULES, trace.map((m) => `${m}\n`).join('')));
  // Written after the run, so that it holds the functions the run compiled.
  if (cacheFile && (!cachedData || script.cachedDataRejected)) process.on('beforeExit', () => saveCodeCache(script, folder, cacheFile));
  return module.exports;
}

function verifiedCodeCache(file) {
  if (file.length <= HEADER || !file.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const data = file.subarray(HEADER);
  const sum = createHash('sha1').update(data).digest();
  return sum.equals(file.subarray(MAGIC.length, HEADER)) ? data : undefined;
}

/** Where the corpus caches go (src/cache/location.ts); null with --no-cache. */
function codeCacheFolder() {
  const args = process.argv.slice(2);
  const end = args.indexOf('--');
  if ((end < 0 ? args : args.slice(0, end)).includes('--no-cache')) return null;
  const env = process.env;
  if (env.QUARRY_CACHE_DIR) return resolve(env.QUARRY_CACHE_DIR);
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'quarry');
  return join(env.HOME || homedir(), '.cache', 'quarry');
}

/**
 * Atomically, once; an unwritable folder costs speed, never a failure. The
 * three most recent code caches stay (two installed versions sharing a cache
 * folder must not evict each other's on every run), older builds' go.
 */
function saveCodeCache(script, folder, cacheFile) {
  process.removeAllListeners('beforeExit');
  try {
    mkdirSync(folder, { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    const data = script.createCachedData();
    writeFileSync(tmp, Buffer.concat([MAGIC, createHash('sha1').update(data).digest(), data]));
    renameSync(tmp, cacheFile);
    const older = readdirSync(folder)
      .filter((name) => /^code-[0-9a-f]{16}\.v8cache$/.test(name) && join(folder, name) !== cacheFile)
      .map((name) => ({ path: join(folder, name), mtimeMs: statSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.mtimeMs - a.mtimeMs);
    for (const { path } of older.slice(2)) unlinkSync(path);
  } catch {
    // not writable, or another process's file went first
  }
}
