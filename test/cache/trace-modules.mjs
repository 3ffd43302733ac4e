// Preloaded with `node --import` by test/cache/cli.test.ts: registers a
// resolve hook that appends every module URL the process loads to the file
// named by QUARRY_TRACE_MODULES, one per line.
import { register } from 'node:module';

register(new URL('./trace-hooks.mjs', import.meta.url), { data: { out: process.env.QUARRY_TRACE_MODULES } });
