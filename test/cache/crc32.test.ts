/**
 * src/cache/crc32.ts: CRC-32 through a small WebAssembly function (zlib's only
 * for long inputs), so a warm run never loads node:zlib. Its values must be
 * zlib's, or every cache written before would read as damaged; and
 * bin/quarry.js carries the same module for the code cache.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Module } from '../../src/cache/crc32.js';
import { Checksum, checksum } from '../../src/cache/format.js';
import { ROOT } from '../helpers.js';

const zcrc = (zlib as unknown as { crc32: (d: Uint8Array, v?: number) => number }).crc32;

/** Bytes from a small linear congruential generator: the same every run. */
function bytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('crc32', () => {
  it("gives zlib's value at every short length, every alignment, and across the module's memory (chunks of 126,976 bytes)", () => {
    const data = bytes(300_000, 7);
    for (let n = 0; n <= 70; n++) for (const at of [0, 1, 2, 3]) expect(crc32(data.subarray(at, at + n)), `${at}+${n}`).toBe(zcrc(data.subarray(at, at + n)));
    for (const n of [126_975, 126_976, 126_977, 253_952, 253_953, 299_999]) expect(crc32(data.subarray(1, 1 + n)), String(n)).toBe(zcrc(data.subarray(1, 1 + n)));
  });

  it('continues from a previous value, as zlib.crc32(data, value) does, short or long', () => {
    const data = bytes((1 << 20) + 9, 3);
    for (const cut of [1, 5, 4096, 130_000, 1 << 19]) {
      const head = data.subarray(0, cut);
      const tail = data.subarray(cut);
      expect(crc32(tail, crc32(head))).toBe(zcrc(data));
      expect(crc32(head.subarray(1), 0xdeadbeef)).toBe(zcrc(head.subarray(1), 0xdeadbeef));
    }
  });

  it('a flipped bit anywhere changes a section checksum', () => {
    const data = bytes(5000, 11);
    const sum = checksum(data);
    expect(sum).toBe(`crc32:${zcrc(data).toString(16).padStart(8, '0')}`);
    for (const at of [0, 1, 2499, 4999]) {
      const bad = Buffer.from(data);
      bad[at]! ^= 0x10;
      expect(checksum(bad)).not.toBe(sum);
    }
    expect(new Checksum().update(data.subarray(0, 17)).update(data.subarray(17)).digest()).toBe(sum);
  });

  it('bin/quarry.js carries the same module', () => {
    const bin = readFileSync(join(ROOT, 'bin', 'quarry.js'), 'utf8');
    const m = /const CRC32_WASM =\s*'([A-Za-z0-9+/=]+)'/.exec(bin);
    expect(m).not.toBeNull();
    expect(Buffer.from(m![1]!, 'base64').equals(Buffer.from(crc32Module()))).toBe(true);
  });
});
