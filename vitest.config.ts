import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests spawn `node bin/quarry.js`, which runs the compiled dist/:
    // build once before the suite so they never test stale JavaScript.
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/no-user-cache.ts'],
    testTimeout: 20000,
  },
});
