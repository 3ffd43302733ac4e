import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests spawn `node bin/quarry.js`, which runs the compiled dist/:
    // build once before the suite so they never test stale JavaScript.
    globalSetup: ['test/global-setup.ts', 'test/store/global-setup.ts'],
    setupFiles: ['test/no-user-cache.ts'],
    // Far above what any test needs on an idle machine (the slowest take a few
    // seconds), so a busy one (CI beside other jobs, two suites at once) never
    // brings a test near its limit.
    // vitest leaves one core free by default: on a two-core machine that is one
    // test file at a time. Most files wait on I/O or child processes part of
    // the time, so every core runs a file.
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
