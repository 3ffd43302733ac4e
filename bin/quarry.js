#!/usr/bin/env node
// quarry's entry point: compiled JavaScript only (npm install builds dist/),
// bundled into a few files (dist/bundle/, scripts/bundle.mjs) so that start-up
// resolves a handful of modules rather than a hundred; tsc's own output is
// the fallback when the bundle was not built.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/main.js', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/cli/main.js');

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
