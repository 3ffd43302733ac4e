/**
 * Page chrome is classified on every line of a document, paragraphs of hundreds of words
 * included: the rules for other languages' furniture want a line of at most twelve words,
 * and count its spaces rather than split a long line into an array of words.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seededRandom as random } from '../random.js';
import { classifyChrome, piecesUpTo } from '../../src/parse/chrome.js';

afterEach(() => vi.restoreAllMocks());

/** How often classifyChrome splits a string on ' ' while it reads one line. */
function spaceSplitsWhileClassifying(line: string): number {
  const split = String.prototype.split;
  let count = 0;
  vi.spyOn(String.prototype, 'split').mockImplementation(function (this: string, ...args: Parameters<typeof split>) {
    if ((args[0] as unknown) === ' ') count++;
    return split.apply(this, args);
  });
  classifyChrome(line);
  return count;
}

describe('chrome: a long line is not split into words', () => {
  it('a paragraph of a profile', () => {
    const paragraph = 'When the exchange opened its first office in the city, the co-founder spent most of her evenings answering support tickets herself, because, as she put it later, nobody else yet knew what the customers were asking for. '.repeat(3);
    expect(spaceSplitsWhileClassifying(paragraph)).toBe(0);
  });

  it('an answer in a transcript, other words', () => {
    const answer = 'We tried three different suppliers for the cooling pumps before the winter, and only the last of them delivered on time, which is why the harbour project slipped by a month and the council asked us to explain ourselves. '.repeat(2);
    expect(spaceSplitsWhileClassifying(answer)).toBe(0);
  });

  it('still reads the short lines the count is for', () => {
    expect(classifyChrome('x.com facebook e-mail')).toBe('navigation');
    expect(classifyChrome('Twitter WhatsApp LinkedIn Telegram')).toBe('navigation');
  });
});

describe('piecesUpTo', () => {
  it("is split(' ').length up to its limit, on pseudo-random text", () => {
    const rand = random(19);
    const pieces = ['a', 'bc', ' ', '  ', '\t', 'é', '何', '\u00a0'];
    for (let i = 0; i < 2000; i++) {
      let s = '';
      const n = Math.floor(rand() * 40);
      for (let j = 0; j < n; j++) s += pieces[Math.floor(rand() * pieces.length)];
      for (const limit of [1, 4, 13]) expect(piecesUpTo(s, ' ', limit)).toBe(Math.min(s.split(' ').length, limit));
    }
  });
});
