#!/usr/bin/env node
// quarry's entry point: compiled JavaScript only (npm install builds dist/), so start-up stays fast.
import { main } from '../dist/cli/main.js';

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
