/**
 * The performance rewrites made for the cache stage's cold build (issue 5)
 * change no output. Each fast path is checked against its plain definition
 * on every line of the shipped corpus and fixtures and on random text:
 * - wordCount: one pass instead of collecting regex matches;
 * - normalizeSpace: returns already-normal text untouched;
 * - mentionedYears: years of the date figures extractFigures finds (it skips
 *   the count pass and texts without a digit);
 * - extractFigures after mentionedYears on the same text reuses that run
 *   (only when the context year cannot matter): same result as a fresh call.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures, mentionedYears } from '../../src/figures/extract.js';
import { normalizeSpace, noWordIn, wordCount } from '../../src/parse/text.js';
import { CORPUS, FIXTURES } from '../helpers.js';

// (a mark of the Indic scripts, U+0900–U+0DFF, continues the word it follows: "मार्च" is one word)
const plainWordCount = (t: string) => (t.match(/[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]|(?=[\u0900-\u0dff])\p{M})*/gu) ?? []).length;
// (and a zero-width space or word joiner at either end goes, with the spaces beside it: src/parse/text.ts trimZeroWidth)
const plainNormalizeSpace = (t: string) => t.replace(/\s+/g, ' ').trim().replace(/^[\u200b\u2060 ]+|[\u200b\u2060 ]+$/g, '');
function plainMentionedYears(text: string): number[] {
  const years = new Set<number>();
  for (const f of extractFigures(text)) {
    if (f.kind !== 'date' || typeof f.value !== 'string') continue;
    const y = Number(f.value.slice(0, 4));
    if (y >= 1900 && y <= 2099) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

const lines: string[] = [];
for (const dir of [CORPUS, join(FIXTURES, 'extra'), join(FIXTURES, 'shapes')]) {
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name), 'utf8');
    lines.push(text, ...text.split(/\r\n|\n|\r/), ...text.split(/\n\s*\n/));
  }
}

const PIECES = [' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u200b', '\u2060', 'a', 'Z', '0', '7', "'", '’', '.', '-', 'é', '何', '😀', '\ud800', 'ſ', 'K', '2017', 'July', '14', '$', '5M', 'BTC', 'one', 'twenty-five', 'hundred', 'million', 'users', 'years', 'old', 'week', 'times', 'once', '%', 'percent', 'No.', 'top', '3rd', 'largest', 'the', 'first', 'ranked', '#1', 'aged', 'summer of', '1990s', '24/7', '9 a.m.', '5x', 'every', 'half', 'an hour', 'Q1', '2018-19', 'century', 'one-on-one'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((p) => p.join(''));
const anyText = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 40 }));

describe('fast paths give what their plain definitions give', () => {
  it('noWordIn (read backwards from the end) is wordCount of the span being 0, on random text and spans', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (t, a, b) => {
        const [from, to] = [Math.min(a, b) % (t.length + 1), Math.max(a, b) % (t.length + 1)];
        const [lo, hi] = from <= to ? [from, to] : [to, from];
        return noWordIn(t, lo, hi) === (wordCount(t.slice(lo, hi)) === 0);
      }),
      { numRuns: 20000 },
    );
    expect(noWordIn('“x” — Ann “y”', 0, 10)).toBe(false);
    expect(noWordIn('** > “', 0, 6)).toBe(true);
    expect(noWordIn('a 𝐀 b', 2, 4)).toBe(false);
  });

  it('wordCount and normalizeSpace, on the corpus and on random text', async () => {
    for (const l of lines) {
      expect(wordCount(l)).toBe(plainWordCount(l));
      expect(normalizeSpace(l)).toBe(plainNormalizeSpace(l));
    }
    fc.assert(
      fc.property(anyText, (t) => wordCount(t) === plainWordCount(t) && normalizeSpace(t) === plainNormalizeSpace(t)),
      { numRuns: 20000 },
    );
    // a random string once met it: a letter, an Indic mark, a letter (fast-check draws other strings each run)
    expect(wordCount('㐀ऀª')).toBe(plainWordCount('㐀ऀª'));
  });

  it('mentionedYears, and extractFigures right after it, on the corpus and on random text', async () => {
    const same = (t: string, year: number | null): boolean => {
      const fresh = JSON.stringify(extractFigures(t, { year }));
      const years = mentionedYears(t);
      if (JSON.stringify(years) !== JSON.stringify(plainMentionedYears(t))) return false;
      return JSON.stringify(extractFigures(t, { year })) === fresh; // continues the mentionedYears run
    };
    for (const l of lines) {
      const y = plainMentionedYears(l);
      expect(same(l, y.length === 1 ? y[0]! : null)).toBe(true);
      expect(same(l, 2019)).toBe(true);
    }
    fc.assert(
      fc.property(text, fc.constantFrom(null, 2017, 2021), (t, year) => same(t, year)),
      { numRuns: 2000 },
    );
  });
});
