#!/usr/bin/env node
// The CLI as a few bundled files (dist/bundle/), built from tsc's output by
// `npm run build` (and so by `npm install`, through `prepare`). A run of
// node bin/quarry.js then resolves a handful of files instead of one per
// module: the later stages stay lazily loaded, as esbuild chunks
// (splitting, ESM), so a warm run loads no parser and --help no loader.
// The packages a warm run needs (commander, minisearch, porter2) are bundled
// too: commander is CommonJS, which Node otherwise loads through its CJS
// loader and export lexer. The ones only some commands load stay outside and
// are resolved from node_modules as before.
// dist/bundle/meta.json (esbuild's metafile) says which modules each chunk
// holds: test/cache/cli.test.ts reads it to see what a run loaded.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bundle');
rmSync(out, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'dist/cli/main.js', worker: 'dist/load/worker.js' },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['chalk', 'cli-table3', 'gray-matter', 'ignore', 'js-yaml', 'pg', 'pg-copy-streams'],
  // bundled CommonJS (commander) requires Node's own modules
  banner: { js: "import { createRequire as __quarryRequire } from 'node:module'; const require = __quarryRequire(import.meta.url);" },
  chunkNames: 'chunk-[hash]',
  metafile: true,
  logLevel: 'warning',
});
writeFileSync(join(out, 'meta.json'), JSON.stringify(result.metafile));
