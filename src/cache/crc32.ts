/**
 * CRC-32 (the zlib/PNG polynomial), the same value as `zlib.crc32`, without
 * loading node:zlib for short inputs.
 *
 * Why: requiring node:zlib makes Node compile zlib.js and the ~20 stream
 * modules it requires, ≈ 34 M instructions, about a ninth of a warm search
 * at 1× (which checksums ≈ 200 kB of cache sections). CRC-32 in JavaScript
 * costs more than that: ≈ 40 instructions a byte in the interpreter, and
 * V8's optimizing compiler spends ≈ 15 M instructions on the loop before it
 * runs fast. So the loop is a 218-byte WebAssembly function (below, byte by
 * byte), which V8 compiles in microseconds and runs at ≈ 11 instructions a
 * byte, copying into its memory included. zlib's loop takes ≈ 3.7, so once a
 * run has checksummed BUDGET bytes (a larger corpus's sections) the rest goes
 * to zlib (Node ≥ 20.15), loaded then: by then it pays for its loading.
 * Without WebAssembly (`node --jitless`) the loop runs in JavaScript.
 *
 * bin/quarry.js carries the same function for the code cache (it runs
 * before this bundle is loaded).
 */
import { createRequire } from 'node:module';

/**
 * Bytes a run checksums through WebAssembly before it loads zlib: loading it
 * (≈ 34 M instructions) costs what ≈ 7 instructions a byte saved on 4 MB do.
 */
const BUDGET = 4 << 20;
let taken = 0;

/**
 * (func (param $p i32) (param $n i32) (param $c i32) (result i32)): the CRC
 * of memory [$p, $p + $n) continuing from $c, four bytes a step through the
 * four tables at 0, 1024, 2048 and 3072 (slice-by-4), then a byte a step.
 * Exported as "c", with its memory (two pages) as "m".
 */
const CODE = [
  0x01, 0x02, 0x7f, // locals: $e4 (3), $e (4)
  0x20, 2, 0x41, 0x7f, 0x73, 0x21, 2, // c = ~c
  0x20, 0, 0x20, 1, 0x6a, 0x21, 4, // e = p + n
  0x20, 0, 0x20, 1, 0x41, 0x7c, 0x71, 0x6a, 0x21, 3, // e4 = p + (n & -4)
  0x02, 0x40, 0x03, 0x40, // block loop
  0x20, 0, 0x20, 3, 0x4f, 0x0d, 1, //   p >= e4: out
  0x20, 2, 0x20, 0, 0x28, 2, 0, 0x73, 0x21, 2, //   c ^= the word at p
  0x20, 2, 0x41, 0xff, 0x01, 0x71, 0x41, 2, 0x74, 0x28, 2, 0x80, 0x18, //   T3[c & 255]
  0x20, 2, 0x41, 8, 0x76, 0x41, 0xff, 0x01, 0x71, 0x41, 2, 0x74, 0x28, 2, 0x80, 0x10, 0x73, //   ^ T2[c >>> 8 & 255]
  0x20, 2, 0x41, 16, 0x76, 0x41, 0xff, 0x01, 0x71, 0x41, 2, 0x74, 0x28, 2, 0x80, 0x08, 0x73, //   ^ T1[c >>> 16 & 255]
  0x20, 2, 0x41, 24, 0x76, 0x41, 2, 0x74, 0x28, 2, 0, 0x73, //   ^ T0[c >>> 24]
  0x21, 2, //   -> c
  0x20, 0, 0x41, 4, 0x6a, 0x21, 0, 0x0c, 0, //   p += 4, again
  0x0b, 0x0b,
  0x02, 0x40, 0x03, 0x40, // block loop
  0x20, 0, 0x20, 4, 0x4f, 0x0d, 1, //   p >= e: out
  0x20, 2, 0x20, 0, 0x2d, 0, 0, 0x73, 0x41, 0xff, 0x01, 0x71, 0x41, 2, 0x74, 0x28, 2, 0, //   T0[(c ^ the byte at p) & 255]
  0x20, 2, 0x41, 8, 0x76, 0x73, 0x21, 2, //   ^ c >>> 8 -> c
  0x20, 0, 0x41, 1, 0x6a, 0x21, 0, 0x0c, 0, //   p += 1, again
  0x0b, 0x0b,
  0x20, 2, 0x41, 0x7f, 0x73, // ~c
  0x0b,
];
/** Where the data goes in the module's memory (after the tables), and how much fits. */
const DATA = 4096;
const CHUNK = 2 * 65536 - DATA;

function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 127;
    n >>>= 7;
    if (n) b |= 128;
    out.push(b);
  } while (n);
  return out;
}

/** The module: type (i32 i32 i32) -> i32, one function, two pages of memory, exports "m" and "c". */
export function crc32Module(): Uint8Array {
  const body = [1, ...leb(CODE.length), ...CODE];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    1, 8, 1, 0x60, 3, 0x7f, 0x7f, 0x7f, 1, 0x7f,
    3, 2, 1, 0,
    5, 3, 1, 0, 2,
    7, 9, 2, 1, 0x6d, 2, 0, 1, 0x63, 0, 0,
    10, ...leb(body.length), ...body,
  ]);
}

/** Slice-by-4 tables: entry k·256 + n is the CRC of byte n followed by k zero bytes. */
function fillTables(t: Int32Array): Int32Array {
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n]!;
    for (let k = 256; k < 1024; k += 256) {
      c = t[c & 0xff]! ^ (c >>> 8);
      t[k + n] = c;
    }
  }
  return t;
}

interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: { m: { buffer: ArrayBuffer }; c: (p: number, n: number, c: number) => number } };
}

type Crc32 = (data: Uint8Array, value?: number) => number;
let zlibCrc32: Crc32 | null | undefined;
function zlib(): Crc32 | null {
  if (zlibCrc32 === undefined) zlibCrc32 = (createRequire(import.meta.url)('node:zlib') as { crc32?: Crc32 }).crc32 ?? null;
  return zlibCrc32;
}

let engine: ((data: Uint8Array, c: number) => number) | undefined;
function makeEngine(): (data: Uint8Array, c: number) => number {
  const wasm = (globalThis as { WebAssembly?: Wasm }).WebAssembly;
  if (!wasm) {
    const t = fillTables(new Int32Array(1024));
    return (data, c) => {
      c = ~c;
      for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
      return ~c;
    };
  }
  const { exports } = new wasm.Instance(new wasm.Module(crc32Module()));
  fillTables(new Int32Array(exports.m.buffer, 0, 1024));
  const memory = new Uint8Array(exports.m.buffer);
  const run = exports.c;
  return (data, c) => {
    for (let at = 0; at < data.length; at += CHUNK) {
      const n = Math.min(CHUNK, data.length - at);
      memory.set(at === 0 && n === data.length ? data : data.subarray(at, at + n), DATA);
      c = run(DATA, n, c);
    }
    return c;
  };
}

/** CRC-32 of `data`, continuing from `value` (the CRC of what came before), as zlib.crc32(data, value). */
export function crc32(data: Uint8Array, value = 0): number {
  if ((taken += data.length) > BUDGET) {
    const z = zlib();
    if (z) return z(data, value >>> 0) >>> 0;
  }
  return (engine ??= makeEngine())(data, value | 0) >>> 0;
}
