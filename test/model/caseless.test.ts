/**
 * caseless() turns an `iu` pattern into a `u` one with the same matches (V8
 * compiles the `i` flag's case closure of a `\p{L}` class slowly). Each piece
 * is held to the `iu` reading over every code point; the person-description
 * pattern in quotes.ts is held to its `giu` form on random text.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../random.js';
import { allMatches, caseless } from '../../src/model/regexp.js';
import { DESCRIPTION_SOURCE } from '../../src/parse/quotes.js';

/** Every code point but the surrogates, one after another. */
function everyCodePoint(): string {
  const out: string[] = [];
  for (let c = 0; c < 0x110000; c++) if (c < 0xd800 || c > 0xdfff) out.push(String.fromCodePoint(c));
  return out.join('');
}

/**
 * What a one-character pattern matches in that text, or what it leaves: the
 * code points are in order, so two patterns give the same string exactly when
 * they match the same code points. The side kept is the small one (matches of
 * a class, what a negated class leaves): comparing two 4 MB strings that
 * replace() built as ropes flattens both, 60 ms a pattern, while a letter's
 * few matches compare at once.
 */
const readingOf = (re: RegExp, text: string, negated: boolean) => (negated ? text.replace(re, '') : (text.match(re) ?? []).join(''));

describe('caseless', () => {
  it('reads each ASCII letter, \\p{L} and \\p{N}, in a class and out, as the i flag does, over every code point', () => {
    const all = everyCodePoint();
    const letters = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    const pieces = [...letters, '[k]', '[S]', '[^s]', '\\p{L}', '[^\\p{L}]', '\\p{N}', '[\\p{L}\\d]'];
    for (const p of pieces) {
      const negated = p.startsWith('[^');
      const a = readingOf(new RegExp(p, 'giu'), all, negated);
      expect(a.length, p).toBeGreaterThan(0);
      expect(a.length, p).toBeLessThan(all.length);
      expect(readingOf(new RegExp(caseless(p), 'gu'), all, negated) === a, p).toBe(true);
    }
  }, 180_000);

  it('keeps groups, lookarounds, escapes and quantifiers as written', () => {
    expect(caseless('(?<half>ab)(?<!x)(?<=y)(?:z)(?=\\s)(?!\\d){0,5}?\\u00A0[ \\t\\u202F]')).toBe('(?<half>[aA][bB])(?<![xX])(?<=[yY])(?:[zZ])(?=\\s)(?!\\d){0,5}?\\u00A0[ \\t\\u202F]');
  });

  it('refuses what it cannot read the same', () => {
    for (const p of ['\\w', '\\b', '\\p{Lu}', 'é', '[a-z]', '\\u00E9', 'Σ']) expect(() => caseless(p), p).toThrow();
  });

  it("quotes.ts's person description: the same matches as its giu form", () => {
    const iu = new RegExp(DESCRIPTION_SOURCE, 'giu');
    const u = new RegExp(caseless(DESCRIPTION_SOURCE), 'gu');
    const rand = random(0xde5c);
    const pieces = ['a ', 'A ', 'an ', 'The ', 'THE ', 'one ', 'two ', 'every ', 'senior ', 'Senior ', 'analyst', 'ANALYST', 'Analyst', 'spokeswoman', 'SPOKESWOMAN', 'co-founder',
      'chairman', 'fireman', 'Firemen', 'Kelvin', '\u212Aeeper', 'ban\u212Aer', '\u017Fpokesman', 'ſource', 'source', 'ceo', 'CEO', 'vp', 'VP', 'woman', 'WOMAN', ' who ', ' WHO ', ' at ', ' of ',
      ' for ', ' to ', ' and ', 'Binance', ', ', '. ', '“', '”', '"', 'é', 'É', '\u0345', 'x\u0345', '\u0345a ', ' ', '  ', '\n', '1', '’s ', "'", '-', '&', 'Ana Ruiz', 'said'];
    let found = 0;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const n = 3 + Math.floor(rand() * 14);
      for (let j = 0; j < n; j++) text += pieces[Math.floor(rand() * pieces.length)];
      const a = allMatches(iu, text).map((m) => [m.index, ...m]);
      found += a.length;
      expect(allMatches(u, text).map((m) => [m.index, ...m]), JSON.stringify(text)).toEqual(a);
    }
    expect(found).toBeGreaterThan(300);
  });
});
