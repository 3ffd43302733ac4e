#!/usr/bin/env node
// The CLI as one bundled file, built from tsc's output by `npm run build`
// (and so by `npm install`, through `prepare`): dist/bundle/quarry.cjs, and
// the loader's worker thread as dist/bundle/worker.js.
//
// Why one CommonJS file: a warm run used to resolve ~76 modules one by one
// through Node's ESM loader, plus commander's CommonJS through the export
// lexer; and only a script (vm.Script), not an ES module, can use V8's code
// cache on Node 20, which bin/quarry.js keeps beside the corpus caches.
// Later stages stay lazy: esbuild evaluates a dynamically imported module
// only when the import runs (its __esm wrapper), so a warm run still
// evaluates no parser. The packages every run needs (commander, minisearch,
// porter2) are inside, and so is chalk (ES module only: an import() from a
// vm.Script would need a loader callback), and so are gray-matter and js-yaml:
// every run that reads a changed document needs them, and from node_modules
// they cost ~60 ms of resolving and compiling without the code cache (one
// changed document at 100×: 0.72 → 0.66 s, warm search unchanged, medians of
// alternating runs); bundled, they are evaluated only when required. The
// ones only some commands load are required from node_modules when they are.
//
// bin/quarry.js passes the bundle a list (QUARRY_TRACE_MODULES set) in which
// every lazily evaluated module records its path: test/cache/cli.test.ts
// checks what a run evaluated through it.
import { build, transform } from 'esbuild';
import { asciiOnly } from './ascii.mjs';
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bundle');
rmSync(out, { recursive: true, force: true });
const external = ['cli-table3', 'ignore', 'pg', 'pg-copy-streams'];
const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', external, logLevel: 'warning' };

// commander loads node:child_process (and with it node:net) up front, for
// subcommands that are separate programs, which quarry has none of: ~5 ms of
// every run. It gets the module when it first uses it instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

// The cache's code fingerprint (src/cache/cache.ts codeFingerprint): what decides how a corpus
// loads, the stemmer and the modules of the stages up to the cache, here by content. tsc's output
// computes it at run time from those modules' sizes and times (listing and stating ~100 files
// on every run); the bundle carries it.
const { STEMMER } = await import(pathToFileURL(join(root, 'dist', 'index', 'stem.js')).href);
const fingerprint = createHash('sha1').update(`bundle\tstemmer\t${STEMMER}`);
for (const stage of ['corpus', 'parse', 'figures', 'load', 'model', 'index', 'cache']) {
  for (const name of readdirSync(join(root, 'dist', stage)).sort()) {
    if (!name.endsWith('.js')) continue;
    fingerprint.update(`\n${stage}/${name}\n`).update(readFileSync(join(root, 'dist', stage, name)));
  }
}

await build({
  ...common,
  plugins: [lazyChildProcess],
  entryPoints: ['dist/cli/main.js'],
  outfile: join(out, 'quarry.cjs'),
  format: 'cjs',
  // the sources find the package's files (corpus/, package.json) and the worker from their own URL
  define: { 'import.meta.url': '__quarry_url', __QUARRY_CODE_FINGERPRINT__: JSON.stringify(fingerprint.digest('hex')) },
  // 'use strict': quarry's modules are ES modules, strict in the sources the tests import; esbuild's
  // CommonJS output drops that, so the shipped CLI would run them in sloppy mode (a property set on
  // a string is silently lost there and a TypeError in the tests). The bundled packages are strict-safe.
  banner: { js: "'use strict';const __quarry_url = require('node:url').pathToFileURL(__filename).href;" },
});
// Record each lazily evaluated module (an __esm or __commonJS wrapper's key is its path).
const file = join(out, 'quarry.cjs');
let code = readFileSync(file, 'utf8');
const hooks = [
  ['return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;', 'return fn && (__quarryTrace && __quarryTrace.push(__getOwnPropNames(fn)[0]), res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;'],
  ['return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;', 'return mod || (__quarryTrace && __quarryTrace.push(__getOwnPropNames(cb)[0]), (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod)), mod.exports;'],
];
for (const [from, to] of hooks) {
  if (!code.includes(from)) throw new Error(`scripts/bundle.mjs: esbuild's module wrapper changed; update the trace hook (${from})`);
  code = code.replace(from, to);
}
// js-yaml 3 requires esprima (283 kB, from node_modules: esbuild cannot see the
// require) when it is evaluated, for the `!!js/function` type of its full
// schema. quarry reads front matter with `safeLoad` and a schema built on the
// safe one only, so esprima is never used; loading it cost every run that
// reads a document ~11 ms of CPU. Without it the full schema's type reads no
// function (js-yaml's own fallback when esprima is missing).
const esprima = 'esprima = _require("esprima");';
if (!code.includes(esprima)) throw new Error(`scripts/bundle.mjs: js-yaml no longer requires esprima as expected; update the stub (${esprima})`);
code = code.replace(esprima, 'throw new Error("esprima is not bundled");');
// Whitespace and syntax minified (names kept, so stack traces under QUARRY_DEBUG=1 still read):
// every run reads and hashes the file, and V8 parses it.
code = (await transform(code, { minifyWhitespace: true, minifySyntax: true, format: 'cjs', platform: 'node', target: 'node20' })).code;
// ASCII only (scripts/ascii.mjs): V8 then holds the source as one byte a character, not two.
code = asciiOnly(code, 'quarry.cjs');
// The last line is the CRC-32 of the bytes before it: bin/quarry.js names the code cache by it
// instead of hashing 0.9 MB on every run (which needed node:zlib, ≈ 34 M instructions a run).
if (!code.endsWith('\n')) code += '\n';
writeFileSync(file, `${code}// quarry-bundle-crc32=${(crc32(Buffer.from(code, 'latin1')) >>> 0).toString(16).padStart(8, '0')}\n`);

await build({
  ...common,
  entryPoints: ['dist/load/worker.js'],
  outfile: join(out, 'worker.js'),
  format: 'esm',
  // bundled CommonJS requires Node's own modules
  banner: { js: "import { createRequire as __quarryRequire } from 'node:module'; const require = __quarryRequire(import.meta.url);" },
});
