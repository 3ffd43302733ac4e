import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha1Text } from '../../src/cache/sha1.js';
import { sha1 } from '../../src/cache/format.js';

const reference = (s: string) => createHash('sha1').update(s, 'utf8').digest('hex');

describe('sha1Text', () => {
  it("gives node:crypto's digest at every length around the block and padding edges", () => {
    for (let n = 0; n <= 200; n++) {
      const s = Array.from({ length: n }, (_, i) => String.fromCharCode(97 + ((i * 7 + n) % 26))).join('');
      expect(sha1Text(s), `length ${n}`).toBe(reference(s));
    }
  });

  it('hashes the UTF-8 bytes of non-ASCII text', () => {
    for (const s of ['/tmp/corpus-é', 'He Yi 何一', '😀 emoji', 'a\u0000b', 'x'.repeat(70_000)]) expect(sha1Text(s)).toBe(reference(s));
  });

  it('format.sha1 agrees for strings and bytes', () => {
    expect(sha1('/some/corpus')).toBe(reference('/some/corpus'));
    const bytes = Buffer.from('bytes of a document\n'.repeat(1000));
    expect(sha1(bytes)).toBe(createHash('sha1').update(bytes).digest('hex'));
  });
});
