import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, isAbsolute, join } from 'node:path';

/** What the user's own quarry cache folder (where quarry writes without QUARRY_CACHE_DIR) holds: names, sizes and times. */
export function userCacheState(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  const dirs = [xdg && isAbsolute(xdg) ? join(xdg, 'quarry') : join(process.env.HOME || homedir(), '.cache', 'quarry')];
  const lines: string[] = [];
  for (const dir of new Set(dirs)) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      lines.push(`${dir}: absent`);
      continue;
    }
    for (const name of names.sort()) {
      const st = statSync(join(dir, name), { throwIfNoEntry: false });
      lines.push(`${dir}/${name} ${st?.size} ${st?.mtimeMs}`);
    }
  }
  return lines.join('\n');
}

/**
 * Compile src/ to dist/ so that the few tests that start `node bin/quarry.js`
 * run current code; and hold the suite to its promise that no test writes to
 * the user's cache: the state of ~/.cache/quarry is taken here, and every test
 * file compares it after its tests (test/no-user-cache.ts): a change fails
 * the run. (A global teardown's error would not change vitest's exit code.)
 */
export default function setup(project: TestProject): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json')], {
    stdio: 'inherit',
  });
  // bin/quarry.js runs the bundle built from that output (scripts/bundle.mjs)
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], { stdio: 'inherit' });
  project.provide('userCacheState', userCacheState());
}

declare module 'vitest' {
  export interface ProvidedContext {
    userCacheState: string;
  }
}
