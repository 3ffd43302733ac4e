/**
 * hasWholeWord answers what a pattern built per word answered before it
 * (`(?<![EDGE])WORD(?![EDGE])` with the `u` flag), for the two edges the
 * parsers use, on random text with letters of several scripts, apostrophes,
 * hyphens, astral letters, emoji and lone surrogates on either side.
 */
import { describe, expect, it } from 'vitest';
import { expectSame } from '../expect-equal.js';
import { randomRuns } from '../random.js';
import { escapeRegExp, hasWholeWord, LETTER } from '../../src/model/regexp.js';

const JOINER = /^[\p{L}'’-]$/u;
const PIECES = ['Ana', 'Ruiz', 'an', ' ', ',', "'", '’', '-', 'é', 'Ж', '𝐀', '🚀', '\uD835', '\uDC00', '\uD83D', 'x', '.', '\n', 'Zh'];
const WORDS = ['', 'Ana', 'Ruiz', 'an', 'a', 'Ana Ruiz', 'é', '𝐀', 'x𝐀', '\uDC00', 'Zh\uD835', "O'Ruiz", 'Ana-Ruiz', 'Ж'];

// one pattern per word and edge, made once: 1,500 texts × 14 words would otherwise compile 60,000
const PATTERNS = new Map<string, RegExp>();
function byPattern(text: string, word: string, edge: string): boolean {
  const key = `${edge}\u0000${word}`;
  let re = PATTERNS.get(key);
  if (!re) PATTERNS.set(key, (re = new RegExp(`(?<![${edge}])${escapeRegExp(word)}(?![${edge}])`, 'u')));
  return re.test(text);
}

describe('hasWholeWord', () => {
  it('says what the pattern per word said, with letters as the edge and with apostrophes and hyphens too', () => {
    const texts = randomRuns(0x3e11, PIECES, 1500);
    let found = 0;
    for (const text of texts)
      for (const word of WORDS) {
        const letters = byPattern(text, word, String.raw`\p{L}`);
        const what = () => `${JSON.stringify(word)} in ${JSON.stringify(text)}`;
        expectSame(hasWholeWord(text, word), letters, what);
        expectSame(hasWholeWord(text, word, LETTER()), letters, what);
        expectSame(hasWholeWord(text, word, JOINER), byPattern(text, word, String.raw`\p{L}'’-`), () => `${what()}, joiners`);
        if (letters) found++;
      }
    // the random texts hold the words both ways: not a test that only ever says false
    expect(found).toBeGreaterThan(1000);
  });

  it('reads a surrogate pair beside the word as one letter, and a lone surrogate as none', () => {
    expect(hasWholeWord('𝐀Ana', 'Ana')).toBe(false);
    expect(hasWholeWord('Ana𝐀', 'Ana')).toBe(false);
    expect(hasWholeWord('\uDC00Ana\uD835', 'Ana')).toBe(true);
    expect(hasWholeWord("O'Ruiz said", 'Ruiz')).toBe(true);
    expect(hasWholeWord("O'Ruiz said", 'Ruiz', JOINER)).toBe(false);
  });
});
