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
 * Compile src/ to dist/ (unless it is current) so that the tests, which
 * import dist/, and those that start `node bin/quarry.js` run current code; and hold the suite to its promise that no test writes to
 * the user's cache: the state of ~/.cache/quarry is taken here, and every test
 * file compares it after its tests (test/no-user-cache.ts): a change fails
 * the run. (A global teardown's error would not change vitest's exit code.)
 */
export default function setup(project: TestProject): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  buildUnlessCurrent(root);
  // watch mode: a rerun (an edited source reruns every file: vitest.config.ts) runs what was saved
  project.onTestsRerun(() => buildUnlessCurrent(root));
  project.provide('userCacheState', userCacheState());
}

/** The tests import dist/ (vitest.config.ts), and bin/quarry.js runs the bundle built from it. */
function buildUnlessCurrent(root: string): void {
  if (builtIsCurrent(root)) return;
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json')], {
    stdio: 'inherit',
  });
  // bin/quarry.js runs the bundle built from that output (scripts/bundle.mjs)
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], { stdio: 'inherit' });
}

/**
 * The bundle is newer than everything it is built from (src/, the build
 * scripts and settings, the installed packages as package-lock.json records
 * them), as make decides: then the build is skipped. `npm ci` and
 * `npm install` have just built it (`prepare`), and a no-op tsc and bundle
 * still cost 6 s of every run. An edit, a checkout or an install makes a
 * source newer and the build runs.
 */
function builtIsCurrent(root: string): boolean {
  const outputs = ['quarry.cjs', 'parse.cjs', 'worker.js'].map((f) => statSync(join(root, 'dist', 'bundle', f), { throwIfNoEntry: false })?.mtimeMs);
  if (outputs.some((t) => t === undefined)) return false;
  const built = Math.min(...(outputs as number[]));
  const inputs = ['tsconfig.json', 'package.json', 'package-lock.json', 'scripts/bundle.mjs', 'scripts/ascii.mjs'].map((f) => join(root, f));
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else inputs.push(p);
    }
  };
  walk(join(root, 'src'));
  return inputs.every((f) => (statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < built);
}

declare module 'vitest' {
  export interface ProvidedContext {
    userCacheState: string;
  }
}
