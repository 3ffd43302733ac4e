#!/usr/bin/env node
// The CLI as one bundled file, built from tsc's output by `npm run build`
// (and so by `npm install`, through `prepare`): dist/bundle/quarry.cjs, the
// parse stage it loads when it reads documents as dist/bundle/parse.cjs, and
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
/** The files under a folder of dist/, as paths relative to it, at any depth, sorted (a stage may grow subfolders). */
function filesUnder(folder, prefix = '') {
  return readdirSync(join(root, 'dist', folder, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(folder, join(prefix, e.name)) : [join(prefix, e.name).split('\\').join('/')]))
    .sort();
}
for (const stage of ['corpus', 'parse', 'figures', 'load', 'model', 'index', 'cache']) {
  for (const name of filesUnder(stage)) {
    if (!name.endsWith('.js')) continue;
    fingerprint.update(`\n${stage}/${name}\n`).update(readFileSync(join(root, 'dist', stage, name)));
  }
}

// The parse stage (the loader, the parsers, the figure passes, front matter and YAML: what a run
// evaluates only when it reads documents) is a second script, dist/bundle/parse.cjs, with its own
// V8 code cache (bin/quarry.js). The CLI's code cache is written by a warm run and holds none of
// the parse stage's functions (every run deserializes the whole file), so a run that read one
// changed document compiled the loader's and parsers' functions lazily, one by one (≈ 160 M
// instructions of an update at 100×); the stage's own cache serves those runs and costs a warm
// run nothing, since a warm run never loads the stage. Modules are not duplicated: the stage's
// imports of the CLI's modules (the model, corpus/files, corpus/read) are the CLI's own module
// objects (`__quarryShared`), and the CLI's imports of stage modules are the stage's, evaluated
// when first asked for.
const STAGE = /^dist\/(load\/(?!worker\.js$)|parse\/|figures\/|corpus\/(frontmatter|meta|speakers-file)\.js$)/;
const rel = (abs) => abs.slice(root.length + 1).split('\\').join('/');
const stageModules = ['load', 'parse', 'figures', 'corpus']
  .flatMap((d) => filesUnder(d).map((n) => `dist/${d}/${n}`))
  .filter((m) => m.endsWith('.js') && STAGE.test(m))
  .sort();
/** What a module's import resolves to, as a path in the package, or null (a package, a builtin). */
function distPath(args) {
  if (!args.path.startsWith('.') || !args.importer) return null;
  const abs = join(dirname(args.importer), args.path);
  return abs.startsWith(join(root, 'dist') + '/') ? rel(abs) : null;
}
/** The modules of the CLI the stage imports, found as the stage is built. */
const shared = new Set();
const stageSide = {
  name: 'quarry-stage-side',
  setup(b) {
    b.onResolve({ filter: /^quarry-stage-entry$/ }, () => ({ path: 'entry', namespace: 'quarry-stage-entry' }));
    b.onLoad({ filter: /.*/, namespace: 'quarry-stage-entry' }, () => ({
      // every stage module by its path, evaluated when first asked for
      contents: `const m = {};\n${stageModules.map((m) => `Object.defineProperty(m, ${JSON.stringify(m)}, { enumerable: true, get: () => require(${JSON.stringify(`./${m}`)}) });`).join('\n')}\nmodule.exports = m;\n`,
      resolveDir: root,
      loader: 'js',
    }));
    b.onResolve({ filter: /^\./ }, (args) => {
      const m = distPath(args);
      if (!m || STAGE.test(m)) return undefined;
      shared.add(m);
      return { path: m, namespace: 'quarry-shared' };
    });
    b.onLoad({ filter: /.*/, namespace: 'quarry-shared' }, (args) => ({ contents: `module.exports = __quarryShared(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};
const cliSide = {
  name: 'quarry-cli-side',
  setup(b) {
    b.onResolve({ filter: /^quarry-stage-loader$/ }, () => ({ path: 'loader', namespace: 'quarry-stage-loader' }));
    b.onLoad({ filter: /.*/, namespace: 'quarry-stage-loader' }, () => ({
      contents: `const shared = {\n${[...shared].sort().map((m) => `  ${JSON.stringify(m)}: () => require(${JSON.stringify(`./${m}`)}),`).join('\n')}\n};
let stage;
/** The parse stage's module \`name\` (dist/bundle/parse.cjs: bin/quarry.js runs it with its code cache). */
module.exports = (name) => (stage ??= (typeof __quarryStage === 'function' ? __quarryStage : runStage)(require('node:path').join(__dirname, 'parse.cjs'), (m) => shared[m]()))[name];
/** Without bin/quarry.js: the stage without a code cache. */
function runStage(file, shared) {
  const fs = require('node:fs');
  const m = { exports: {} };
  const source = fs.readFileSync(file, 'utf8');
  new (require('node:vm').Script)(\`(function (exports, require, module, __filename, __dirname, __quarryTrace, __quarryShared) {\${source}\\n})\`, { filename: file })
    .runInThisContext()(m.exports, require, m, file, require('node:path').dirname(file), typeof __quarryTrace === 'undefined' ? null : __quarryTrace, shared);
  return m.exports;
}
`,
      resolveDir: root,
      loader: 'js',
    }));
    b.onResolve({ filter: /^\./ }, (args) => {
      const m = distPath(args);
      return m && STAGE.test(m) ? { path: m, namespace: 'quarry-stage' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'quarry-stage' }, (args) => ({ contents: `module.exports = require('quarry-stage-loader')(${JSON.stringify(args.path)});`, resolveDir: root, loader: 'js' }));
  },
};

const define = { 'import.meta.url': '__quarry_url', __QUARRY_CODE_FINGERPRINT__: JSON.stringify(fingerprint.digest('hex')) };
// 'use strict': quarry's modules are ES modules, strict in the sources the tests import; esbuild's
// CommonJS output drops that, so the shipped CLI would run them in sloppy mode (a property set on
// a string is silently lost there and a TypeError in the tests). The bundled packages are strict-safe.
const banner = { js: "'use strict';const __quarry_url = require('node:url').pathToFileURL(__filename).href;" };

await build({
  ...common,
  plugins: [stageSide],
  entryPoints: ['quarry-stage-entry'],
  outfile: join(out, 'parse.cjs'),
  format: 'cjs',
  // the sources find the package's files (corpus/, package.json) and the worker from their own URL
  define,
  banner,
});
await build({
  ...common,
  plugins: [lazyChildProcess, cliSide],
  entryPoints: ['dist/cli/main.js'],
  outfile: join(out, 'quarry.cjs'),
  format: 'cjs',
  define,
  banner,
});

/** The bundle's text as shipped: module trace hooks, no esprima, minified, ASCII, its CRC-32 on its last line. */
async function finish(name, { esprima: stub }) {
  const file = join(out, name);
  let code = readFileSync(file, 'utf8');
  // Record each lazily evaluated module (an __esm or __commonJS wrapper's key is its path).
  const hooks = [
    ['return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;', 'return fn && (__quarryTrace && __quarryTrace.push(__getOwnPropNames(fn)[0]), res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;'],
    ['return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;', 'return mod || (__quarryTrace && __quarryTrace.push(__getOwnPropNames(cb)[0]), (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod)), mod.exports;'],
  ];
  for (const [from, to] of hooks) {
    if (!code.includes(from)) throw new Error(`scripts/bundle.mjs: esbuild's module wrapper changed; update the trace hook (${from})`);
    code = code.replace(from, to);
  }
  // js-yaml 3 requires esprima (283 kB, from node_modules: esbuild cannot see the
  // require) when it is evaluated, for the \`!!js/function\` type of its full
  // schema. quarry reads front matter with \`safeLoad\` and a schema built on the
  // safe one only, so esprima is never used; loading it cost every run that
  // reads a document ~11 ms of CPU. Without it the full schema's type reads no
  // function (js-yaml's own fallback when esprima is missing).
  const esprima = 'esprima = _require("esprima");';
  if (stub) {
    if (!code.includes(esprima)) throw new Error(`scripts/bundle.mjs: js-yaml no longer requires esprima as expected; update the stub (${esprima})`);
    code = code.replace(esprima, 'throw new Error("esprima is not bundled");');
  } else if (code.includes(esprima)) throw new Error(`scripts/bundle.mjs: js-yaml is in ${name}; its esprima stub is not`);
  // Whitespace and syntax minified (names kept, so stack traces under QUARRY_DEBUG=1 still read):
  // every run reads and hashes the file, and V8 parses it.
  code = (await transform(code, { minifyWhitespace: true, minifySyntax: true, format: 'cjs', platform: 'node', target: 'node20' })).code;
  // ASCII only (scripts/ascii.mjs): V8 then holds the source as one byte a character, not two.
  code = asciiOnly(code, name);
  // The last line is the CRC-32 of the bytes before it: bin/quarry.js names the code cache by it
  // instead of hashing 0.9 MB on every run (which needed node:zlib, ≈ 34 M instructions a run).
  if (!code.endsWith('\n')) code += '\n';
  writeFileSync(file, `${code}// quarry-bundle-crc32=${(crc32(Buffer.from(code, 'latin1')) >>> 0).toString(16).padStart(8, '0')}\n`);
}
await finish('quarry.cjs', { esprima: false });
await finish('parse.cjs', { esprima: true });

await build({
  ...common,
  entryPoints: ['dist/load/worker.js'],
  outfile: join(out, 'worker.js'),
  format: 'esm',
  // bundled CommonJS requires Node's own modules
  banner: { js: "import { createRequire as __quarryRequire } from 'node:module'; const require = __quarryRequire(import.meta.url);" },
});
