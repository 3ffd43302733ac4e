/**
 * bin/quarry.js keeps V8's code cache of the bundled CLI in the cache folder:
 * written once (after a run), named by the bundle's hash, never with
 * --no-cache, and a damaged one costs nothing but its rewrite.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../helpers.js';
import { tempDir } from './helpers.js';

const codeCaches = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.v8cache'));

describe('code cache', () => {
  it('is written by a run, and a damaged one is replaced without a word', () => {
    const cache = tempDir('quarry-code-cache-');
    const first = runCliProcess(['docs', '--format', 'json'], { env: { QUARRY_CACHE_DIR: cache } });
    expect(first.code, first.stderr).toBe(0);
    const [name] = codeCaches(cache);
    expect(name).toMatch(/^code-[0-9a-f]{16}\.v8cache$/);
    const file = join(cache, name!);
    expect(readFileSync(file).length).toBeGreaterThan(1000);
    // same length, other bytes: V8 rejects it, the run is unchanged, and a good one is written again
    const good = readFileSync(file);
    writeFileSync(file, Buffer.alloc(good.length, 7));
    const second = runCliProcess(['docs', '--format', 'json'], { env: { QUARRY_CACHE_DIR: cache } });
    expect(second).toMatchObject({ code: 0, stdout: first.stdout, stderr: '' });
    expect(readFileSync(file).equals(Buffer.alloc(good.length, 7))).toBe(false);
    expect(codeCaches(cache)).toEqual([name]);
  });

  it('is not written with --no-cache', () => {
    const cache = tempDir('quarry-code-cache-');
    const r = runCliProcess(['--no-cache', 'docs', '--format', 'json'], { env: { QUARRY_CACHE_DIR: cache } });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(cache)).toEqual([]);
  });
});
