/**
 * What bin/quarry.js costs a run of Node's own modules: it is a CommonJS
 * script, so Node's ESM loader never starts; it checksums its code cache with
 * CRC-32 through WebAssembly (neither node:zlib nor node:crypto); and nothing
 * reads stdin that a command does not use.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { smallCorpus, tempDir } from '../cache/helpers.js';
import { ROOT } from '../helpers.js';

/**
 * Node's own modules a run of the CLI loaded (process.moduleLoadList, written
 * at exit by a preloaded script); `withoutCrc32` takes WebAssembly and
 * zlib.crc32 away first, as `node --jitless` on a Node before 20.15.
 */
function builtinsLoaded(args: string[], cache: string, withoutCrc32 = false): string[] {
  const dir = tempDir('quarry-startup-');
  const preload = join(dir, 'preload.cjs');
  const out = join(dir, 'modules.txt');
  writeFileSync(
    preload,
    `${withoutCrc32 ? "delete globalThis.WebAssembly;\nrequire('node:zlib').crc32 = undefined;\n" : ''}process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, process.moduleLoadList.join('\\n')));\n`,
  );
  const res = spawnSync(process.execPath, ['--require', preload, join(ROOT, 'bin', 'quarry.js'), ...args], {
    env: { ...process.env, QUARRY_CACHE_DIR: cache, NO_COLOR: '1' },
    encoding: 'utf8',
    input: '',
  });
  expect(res.status, res.stderr).toBe(0);
  return readFileSync(out, 'utf8').split('\n');
}

describe('start-up', () => {
  it('loads neither the ESM loader nor crypto, readline or fs/promises for --version and --help', () => {
    const cache = tempDir('quarry-startup-cache-');
    for (const args of [['--version'], ['search', '--help']]) {
      const mods = builtinsLoaded(args, cache);
      expect(mods).toContain('NativeModule vm');
      expect(mods.filter((m) => /esm\/(translators|module_job)|^NativeModule crypto$|readline|fs\/promises/.test(m)), args.join(' ')).toEqual([]);
    }
  });

  it('a warm search printing JSON to a pipe loads no crypto, zlib, os, perf_hooks or socket code', () => {
    const cache = tempDir('quarry-startup-cache-');
    // the small corpus: what a warm run loads does not depend on the corpus, and the cold run
    // before it parsed the whole shipped corpus in a process
    const args = ['--corpus', smallCorpus(), 'search', 'compliance', 'listing', '--format', 'json'];
    // cold: stamping the documents hashes them (node:crypto)
    expect(builtinsLoaded(args, cache)).toContain('NativeModule crypto');
    const warm = builtinsLoaded(args, cache);
    // perf_hooks: the cache's debug timings (the global \`performance\` loads it) only when debug lines are on
    // zlib: the checksums of the code cache and of the cache's sections (≈ 34 M instructions with its stream modules)
    expect(warm.filter((m) => /^NativeModule (crypto|zlib|stream|os|net|tty|readline|perf_hooks)$|^Internal Binding (pipe_wrap|tcp_wrap|tty_wrap)$/.test(m))).toEqual([]);
  });

  it('names the code cache by the CRC-32 the bundle carries, and checksums it with CRC-32', () => {
    const cache = tempDir('quarry-startup-cache-');
    builtinsLoaded(['--version'], cache);
    builtinsLoaded(['--version'], cache);
    const [name] = readdirSync(cache).filter((n) => n.endsWith('.v8cache'));
    const file = readFileSync(join(cache, name!));
    const crc32 = (zlib as unknown as { crc32: (d: Uint8Array) => number }).crc32;
    const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
    expect(file.subarray(0, 4).toString()).toBe('QVC2');
    expect(file.readUInt32BE(4)).toBe(crc32(file.subarray(8)) >>> 0);
    // the bundle's last line is the CRC-32 of the bytes before it (scripts/bundle.mjs)
    const bundle = readFileSync(join(ROOT, 'dist', 'bundle', 'quarry.cjs'));
    const last = bundle.lastIndexOf('\n// quarry-bundle-crc32=') + 1;
    expect(bundle.subarray(last).toString()).toBe(`// quarry-bundle-crc32=${hex(crc32(bundle.subarray(0, last)))}\n`);
    expect(name!.slice(5, 13)).toBe(hex(crc32(bundle.subarray(0, last))));
  });

  it('falls back to SHA-1 without WebAssembly and zlib.crc32: its own magic, and read, not rewritten', () => {
    const cache = tempDir('quarry-startup-cache-');
    builtinsLoaded(['--version'], cache, true);
    const [name] = readdirSync(cache).filter((n) => n.endsWith('.v8cache'));
    expect(name).toMatch(/^code-[0-9a-f]{16}\.v8cache$/);
    const written = readFileSync(join(cache, name!));
    expect(written.subarray(0, 4).toString()).toBe('QVC1');
    builtinsLoaded(['--version'], cache, true);
    expect(readFileSync(join(cache, name!)).equals(written)).toBe(true);
  });
});
