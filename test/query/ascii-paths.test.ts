/**
 * ASCII input is decided by character code where the Unicode expressions
 * would cost a compile in every process (trimPunctuation, nameKey): the
 * results must be the expressions' own, on ASCII and on everything else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/model/speakers.js';
import { trimPunctuation } from '../../src/query/syntax.js';

const byExpression = {
  trim: (s: string) => s.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}\p{M}]+$/u, ''),
  nameKey: (s: string) =>
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
};

const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), maxLength: 30 });
const mixed = fc.array(fc.constantFrom('a', 'Z', '9', ' ', '-', "'", '.', '(', '"', '\t', 'é', '’', '何', '\u0301', 'Ａ', '²', '—'), { maxLength: 20 }).map((a) => a.join(''));

describe('ASCII decided by code', () => {
  it('trimPunctuation strips what the Unicode expressions strip', () => {
    fc.assert(fc.property(fc.oneof(ascii, mixed), (s) => {
      expect(trimPunctuation(s)).toBe(byExpression.trim(s));
    }), { numRuns: 3000 });
  });

  it('nameKey gives the key the Unicode expression gives', () => {
    fc.assert(fc.property(fc.oneof(ascii, mixed), (s) => {
      expect(nameKey(s)).toBe(byExpression.nameKey(s));
    }), { numRuns: 3000 });
  });
});
