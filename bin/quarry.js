#!/usr/bin/env node
// quarry's entry point, a CommonJS script (bin/package.json): an ES module
// entry would start Node's ESM loader, ~30 of Node's own modules (fs/promises
// and readline with it) that a warm run otherwise never needs.
//
// It runs the CLI bundled into one file (dist/bundle/quarry.cjs, built by npm
// install: scripts/bundle.mjs) as a vm.Script with V8's code cache, kept in
// quarry's cache folder beside the corpus caches: a warm run then neither
// resolves modules one by one nor compiles the functions it runs. Without the
// bundle it imports tsc's output. This file reads the environment only for
// where the cache folder is, as src/cache/location.ts does, and honours
// --no-cache (it writes nothing then).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** src/cache/crc32.ts's module (its `crc32Module()`, base64): the CRC of memory [p, p + n) from c, slice-by-4. */
const CRC32_WASM =
  'AGFzbQEAAAABCAFgA39/fwF/AwIBAAUDAQACBwkCAW0CAAFjAAAKsQEBrgEBAn8gAkF/cyECIAAgAWohBCAAIAFBfHFqIQMCQANAIAAgA08NASACIAAoAgBzIQIgAkH/AXFBAnQoAoAYIAJBCHZB/wFxQQJ0KAKAEHMgAkEQdkH/AXFBAnQoAoAIcyACQRh2QQJ0KAIAcyECIABBBGohAAwACwsCQANAIAAgBE8NASACIAAtAABzQf8BcUECdCgCACACQQh2cyECIABBAWohAAwACwsgAkF/cws=';

/**
 * A code cache file is MAGIC, a checksum of the data, then V8's data. V8 does
 * not checksum the data in release builds: damaged data it accepts aborts the
 * process (every run, --help included, until the file goes). Data whose
 * checksum does not match is not handed to V8, and the run writes a new file.
 * The checksum is CRC-32, computed by a small WebAssembly function (the one
 * src/cache/crc32.ts builds, there byte by byte): zlib's crc32 made every run
 * load node:zlib and its ~20 stream modules (≈ 34 M instructions), and CRC-32
 * in JavaScript costs as much in V8's compilers. Without WebAssembly (`node
 * --jitless`) zlib's, or SHA-1 on a Node without zlib.crc32 (before 20.15):
 * node:crypto costs a run ~30 of Node's own modules. Each is named in MAGIC,
 * so neither is misread as the other.
 */
const crc32 = wasmCrc32() || require('node:zlib').crc32;
const MAGIC = Buffer.from(crc32 ? 'QVC2' : 'QVC1');
const SUM = crc32 ? 4 : 20;
const HEADER = MAGIC.length + SUM;
/** The bundle's last line, written by scripts/bundle.mjs: the CRC-32 of the bytes before it, which names its code caches. */
const BUNDLE_SUM = /\n\/\/ quarry-bundle-crc32=([0-9a-f]{8})\n$/;

const bundle = path.join(__dirname, '..', 'dist', 'bundle', 'quarry.cjs');
/** The bundle's module of every document parser: a run that evaluated it parsed documents. */
const PARSERS = 'dist/parse/shapes.js';

load().then(({ main }) =>
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
  ),
);

async function load() {
  let bytes;
  try {
    bytes = fs.readFileSync(bundle);
  } catch {
    return import('../dist/cli/main.js');
  }
  const vm = require('node:vm');
  // V8 checks a code cache against the source's length and its own flags only,
  // and rejects a changed flag by throwing the cache away: the file is named by
  // the source's checksum and by what sets V8's flags, so runs with other flags
  // (NODE_OPTIONS, node --…) keep their own file instead of rewriting one.
  const flags = checksum(Buffer.from(`${process.version}\0${process.execArgv.join(' ')}\0${process.env.NODE_OPTIONS ?? ''}`)).toString('hex', 0, 4);
  const folder = codeCacheFolder();
  // every lazily evaluated module of the bundle records its path here (scripts/bundle.mjs)
  const trace = [bundle];
  let stageLoaded = false;
  const main = compiled(vm, bytes, bundle, 'code', flags, folder, ', __quarryStage');
  const module = { exports: {} };
  main.script.runInThisContext()(module.exports, require('node:module').createRequire(bundle), module, bundle, path.dirname(bundle), trace, stage);
  if (process.env.QUARRY_TRACE_MODULES) process.on('exit', () => fs.appendFileSync(process.env.QUARRY_TRACE_MODULES, trace.map((m) => `${m}\n`).join('')));
  // Written after the run, so that it holds the functions the run compiled; but
  // not by a run that parsed documents (a cold build, an update, check): V8
  // deserializes the whole file on every run, and the parsers' code made it
  // half again as large, a cost every warm run paid (~50 M instructions of a
  // warm search at 1×). A warm run with no code cache writes one.
  // Nor by a run that loaded the parse stage at all (`compare`, `timeline` read figures with its
  // modules): the stage sets V8 flags as it loads, and a code cache made under other flags than
  // the next run's is rejected by it, so every such run would write the file anew.
  if (main.save) process.on('beforeExit', () => {
    if (!stageLoaded && !trace.includes(PARSERS)) main.save();
  });
  return module.exports;

  /**
   * The parse stage (dist/bundle/parse.cjs: the loader, the parsers, the figure
   * passes), which the bundle runs when it first needs one of those modules,
   * with a code cache of its own: only runs that read documents load it, so
   * its cache holds the parsers' functions at no cost to a warm run. Written
   * after the first run that loaded it (a cold build's main thread parses too).
   */
  function stage(file, shared) {
    stageLoaded = true;
    const v8 = require('node:v8');
    // src/load/load.ts sets this flag when the stage evaluates it; V8 checks a
    // code cache against the flags at compile time and writes the flags of the
    // moment into a new one, so without it here the stage's cache, written
    // with the flag set, would be rejected (and rewritten) by every run. (The
    // tier-up count, not --no-regexp-tier-up: why, in src/load/load.ts.)
    v8.setFlagsFromString('--regexp-tier-up-ticks=0');
    // V8 drops the bytecode of functions that have not run for a while: the
    // cache a cold build wrote at its end (its first run) had lost much of the
    // parsers' (611 KB, against 784 KB kept), and one changed document at 100×
    // then cost more instructions than with no cache at all (1,734 M against
    // 1,630 M; with the flag, 1,516 M). What is kept is the code the process
    // compiled, a few MB at most.
    v8.setFlagsFromString('--no-flush-bytecode');
    const part = compiled(vm, fs.readFileSync(file), file, 'parse', flags, folder, ', __quarryShared');
    const m = { exports: {} };
    part.script.runInThisContext()(m.exports, require('node:module').createRequire(file), m, file, path.dirname(file), trace, shared);
    if (part.save) {
      process.on('beforeExit', () => {
        // A cold build's parallel load raises --heap-growing-percent for the rest of
        // its process (src/load/parallel.ts), and V8 stamps a code cache with a hash
        // of the flags set when it is made: the cache a cold build wrote was then
        // rejected by the next run (an update, which sets no such flag) and compiled
        // again, ≈ 100 ms of the first changed document after every cold build. The
        // work is done by now; the default (0) takes the flag out of the hash.
        v8.setFlagsFromString('--heap-growing-percent=0');
        part.save();
      });
    }
    return m.exports;
  }
}

/**
 * A bundle file as a vm.Script with its code cache, `<prefix>-<CRC-32 of the
 * file><flags>.v8cache` in `folder`, and `save` (once) when there was none or
 * V8 rejected it.
 */
function compiled(vm, bytes, file, prefix, flags, folder, params) {
  const source = bytes.toString('utf8');
  // the bundle's checksum is taken when it is built (here it cost ≈ 5 M instructions a run)
  const built = BUNDLE_SUM.exec(source.slice(-40));
  const cacheFile = folder && path.join(folder, `${prefix}-${built ? built[1] : checksum(bytes).toString('hex', 0, 4)}${flags}.v8cache`);
  let cachedData;
  try {
    if (cacheFile) cachedData = verifiedCodeCache(fs.readFileSync(cacheFile));
  } catch {
    // none yet
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __quarryTrace${params}) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  let saved = false;
  const save =
    cacheFile && (!cachedData || script.cachedDataRejected)
      ? () => {
          if (saved) return;
          saved = true;
          saveCodeCache(script, folder, cacheFile, prefix);
        }
      : null;
  return { script, save };
}

/** CRC-32 (4 bytes), or SHA-1 (20) where there is neither WebAssembly nor zlib.crc32. */
function checksum(data) {
  if (!crc32) return require('node:crypto').createHash('sha1').update(data).digest();
  const out = Buffer.alloc(4);
  out.writeUInt32BE(crc32(data) >>> 0);
  return out;
}

/** CRC-32 of bytes through CRC32_WASM, or undefined without WebAssembly. */
function wasmCrc32() {
  if (typeof WebAssembly !== 'object') return undefined;
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(CRC32_WASM, 'base64')));
  const t = new Int32Array(exports.m.buffer, 0, 1024);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) for (let k = 256, c = t[n]; k < 1024; k += 256) t[k + n] = c = t[c & 0xff] ^ (c >>> 8);
  const memory = new Uint8Array(exports.m.buffer);
  const DATA = 4096;
  const CHUNK = memory.length - DATA;
  return (data) => {
    let c = 0;
    for (let at = 0; at < data.length; at += CHUNK) {
      const n = Math.min(CHUNK, data.length - at);
      memory.set(data.subarray(at, at + n), DATA);
      c = exports.c(DATA, n, c);
    }
    return c >>> 0;
  };
}

function verifiedCodeCache(file) {
  if (file.length <= HEADER || !file.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const data = file.subarray(HEADER);
  return checksum(data).equals(file.subarray(MAGIC.length, HEADER)) ? data : undefined;
}

/** Where the corpus caches go (src/cache/location.ts); null with --no-cache. */
function codeCacheFolder() {
  const args = process.argv.slice(2);
  const end = args.indexOf('--');
  if ((end < 0 ? args : args.slice(0, end)).includes('--no-cache')) return null;
  const env = process.env;
  if (env.QUARRY_CACHE_DIR) return path.resolve(env.QUARRY_CACHE_DIR);
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, 'quarry');
  return path.join(env.HOME || require('node:os').homedir(), '.cache', 'quarry');
}

/**
 * Atomically, once; an unwritable folder costs speed, never a failure. The
 * three most recent code caches of each script (the CLI's, the parse stage's) stay (two installed versions sharing a cache
 * folder must not evict each other's on every run), older builds' go.
 */
function saveCodeCache(script, folder, cacheFile, prefix) {
  try {
    // into the folder the corpus cache made, never a new one: Node 20's recursive mkdirSync retries
    // forever where a parent cannot be made (under /proc), and only runs with a cache get here
    if (!fs.statSync(folder).isDirectory()) return;
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    const data = script.createCachedData();
    fs.writeFileSync(tmp, Buffer.concat([MAGIC, checksum(data), data]));
    fs.renameSync(tmp, cacheFile);
    const older = fs
      .readdirSync(folder)
      .filter((name) => name.startsWith(`${prefix}-`) && /^[a-z]+-[0-9a-f]{16}\.v8cache$/.test(name) && path.join(folder, name) !== cacheFile)
      .map((name) => ({ path: path.join(folder, name), mtimeMs: fs.statSync(path.join(folder, name)).mtimeMs }))
      .sort((a, b) => b.mtimeMs - a.mtimeMs);
    for (const { path: p } of older.slice(2)) fs.unlinkSync(p);
  } catch {
    // not writable, or another process's file went first
  }
}
