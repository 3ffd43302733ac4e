/**
 * SHA-1 of a short text (a folder path, the code fingerprint's few kB), in
 * plain JavaScript: every warm run names its cache file and checks the code
 * fingerprint with one, and node:crypto costs a run ~30 of Node's own modules
 * (≈ 14 M instructions, more than hashing these texts here). Long inputs (a
 * document's bytes) still go to node:crypto (format.ts `sha1`). The digest is
 * SHA-1's, byte for byte (test/cache/sha1.test.ts checks it against
 * node:crypto), so cache file names and fingerprints are unchanged.
 */

/** Lowercase hex SHA-1 of the UTF-8 bytes of `text`. */
export function sha1Text(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  const n = bytes.length;
  // message + 0x80 + zeros + 64-bit length, a multiple of 64 bytes
  const total = (((n + 8) >> 6) + 1) << 6;
  const words = new Int32Array(total >> 2);
  for (let i = 0; i < n; i++) words[i >> 2]! |= bytes[i]! << (24 - (i & 3) * 8);
  words[n >> 2]! |= 0x80 << (24 - (n & 3) * 8);
  // the length in bits, big-endian: high word then low word
  words[words.length - 2] = Math.floor(n / 0x20000000);
  words[words.length - 1] = (n * 8) | 0;
  let h0 = 0x67452301;
  let h1 = 0xefcdab89 | 0;
  let h2 = 0x98badcfe | 0;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0 | 0;
  const w = new Int32Array(80);
  for (let block = 0; block < words.length; block += 16) {
    for (let t = 0; t < 16; t++) w[t] = words[block + t]!;
    for (let t = 16; t < 80; t++) {
      const x = w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!;
      w[t] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let t = 0; t < 80; t++) {
      let f: number;
      let k: number;
      if (t < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (t < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (t < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc | 0;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6 | 0;
      }
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + w[t]!) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  return [h0, h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}
