/**
 * allMatches is matchAll without the copy of the regex: the same matches, in
 * the same order, for every global regex, including ones that match empty,
 * on random text with astral characters and lone surrogates.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../random.js';
import { allMatches } from '../../src/model/regexp.js';

const sig = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, [...m], m.groups ?? null]);

describe('allMatches', () => {
  it('finds what matchAll finds, and leaves lastIndex as it was', () => {
    const rand = random(0xa11);
    const pieces = ['a', 'B', 'ab', ' ', '  ', '1', '12', '🚀', '\uD83D', 'é', 'x', '-', '.', '\n', 'Ana Ruiz', 'said'];
    const regexes = [/a/g, /\d+/g, /x*/g, /(?:)/gu, /\p{L}*/gu, /(?<![\p{L}])(\p{Lu}\p{Ll}+)/gu, /.?/gsu, /(?<n>\d)|(?<l>[a-z])/g, /^/gm, /$/gmu];
    for (let i = 0; i < 150; i++) {
      let text = '';
      const n = Math.floor(rand() * 20);
      for (let j = 0; j < n; j++) text += pieces[Math.floor(rand() * pieces.length)];
      for (const re of regexes) {
        re.lastIndex = i % 3 === 0 ? Math.floor(rand() * 4) : 0;
        const before = re.lastIndex;
        const expected = sig([...text.matchAll(re)]);
        expect(sig(allMatches(re, text)), `${re} on ${JSON.stringify(text)}`).toEqual(expected);
        expect(re.lastIndex).toBe(before);
      }
    }
  });

  it('refuses a regex without the g flag, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
});
