/**
 * A figure pattern runs only where its pre-check says a match is possible, so
 * a pre-check must say yes wherever the pattern matches (it may say yes where
 * the pattern does not: then the pattern decides). Held here on generated text
 * built from the pieces these patterns and their near misses are made of.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../random.js';
import { precheckOver } from '../precheck.js';
import { KeywordScanner, PRECHECK_WORDS_FOR_TESTS, PRECHECKS_FOR_TESTS } from '../../src/figures/extract.js';

const PIECES = [
  '5', '12', '1,500', '2.5', '100', 'a', 'an', 'half', 'one', 'nine', 'twenty-five', 'two hundred', 'and a half',
  'year', 'years', 'YEARS', 'Year', 'yr', 'yrs', 'month', 'months', 'week', 'day', 'days', 'today', 'Monday', 'hour', 'hr', 'hrs', 'three',
  'minute', 'minutes', 'min', 'mins', 'mining', 'second', 'seconds', 'sec', 'secs', 'security', 'decade', 'fortnight', 'ſecs', 'yearſ', 'daysx', 'days2',
  'consecutive', 'long', 'old',
  'dollar', 'dollars', 'US dollars', 'usd', 'USDT', 'usdc', 'busd', 'btc', 'bitcoin', 'Bitcoins', 'eth', 'ether', 'ethers', 'whether', 'together',
  'bnb', 'doge', 'sol', 'solution', 'yuan', 'rmb', 'cny', 'euro', 'euros', 'eur', 'entrepreneur', 'gbp', 'yen', 'jpy', 'hkd',
  'thousand', 'million', 'billion', 'trillion', 'millionusd', 'thousandbtc', 'k', 'm', 'bn', '5k', '100btc', '3mn',
  '$', '€', '£', '¥', '￥', 'USD', 'EUR', 'GBP', 'CNY', 'RMB', 'JPY', 'HKD', 'US$', 'HK$',
  '%', '％', 'percent', 'per cent', 'per\tcent', 'pct', 'recent', 'centre', 'Percent',
  ' ', ' ', ' ', '  ', '\t', '\u00a0', '\u202f', '\n', '-', '–', '—', ',', '.', 'İ', 'K', 'é', '何', '🚀', 'x',
];

/** Dates and their near misses, for the month patterns. */
/** Qualified years and ages, and their near misses. */
const QUALIFIER_PIECES = [
  'early', 'mid', 'late', 'summer', 'of', 'Q1', 'h2', 'pre', 'end of', 'at', 'I’m', "I'm", 'I was', 'she was', 'turned', 'but', 'when', ')', '!',
  '2017', '1999', '18', '5', '123', ' ', ' ', '\t', '\u00a0', '-', ',', '.', 'x', 'é',
];

const DATE_PIECES = [
  'July', 'Jul', 'Sept', 'September', 'May', 'may', 'march', 'March', 'Dec', 'JULY', 'Julyx', 'xMay', '14', '2017', '1999', '1st', '31', '3rd', '09', '32',
  'of', ',', '.', ' ', ' ', ' ', '\t', '\u00a0', '-', 'x', '5', 'é',
];

function texts(seed: number, count: number, pieces: readonly string[]): string[] {
  const rand = random(seed);
  const out: string[] = ['', ' ', '5 years', '5-year', 'a day', 'today', '5 btc', '5 millionusd', '100btc', '20%', '15 per cent', '$5', 'July 14', '14 July 2017', 'July 2017', 'Sept. 3, 2021'];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = 1 + Math.floor(rand() * 12);
    for (let j = 0; j < n; j++) s += pieces[Math.floor(rand() * pieces.length)] + (rand() < 0.6 ? ' ' : '');
    out.push(s);
  }
  return out;
}

describe('figure pre-checks allow every match of their pattern', () => {
  const cases = [...texts(0xf16e, 20000, PIECES), ...texts(0xda7e, 20000, DATE_PIECES), ...texts(0xa9e5, 20000, QUALIFIER_PIECES)];
  for (const { name, pattern, check } of PRECHECKS_FOR_TESTS()) {
    it(name, () => {
      const { matched, refused, missed } = precheckOver(pattern, check, cases);
      expect(missed).toEqual([]);
      // the generated text reaches the pattern, and the check refuses text, often enough for the test to mean something
      expect(matched).toBeGreaterThan(50);
      expect(refused).toBeGreaterThan(1000);
    });
  }
});

describe('KeywordScanner: one pass finds what includes finds', () => {
  it('on generated text, for the pre-checks\' words and for overlapping ones', () => {
    // Words that are prefixes, suffixes and inner parts of one another, so failure links are exercised.
    const words = [...PRECHECK_WORDS_FOR_TESTS, 'a', 'ab', 'bab', 'abab', 'b', 'xx', 'é', 'per cent', 'cent', 'ent'];
    const scanner = new KeywordScanner(words);
    const rand = random(0x5ca4);
    const pieces = [...words, ...PIECES, 'ba', 'aba', 'pe', 'r ', 'centu', 'yea', 'mil'];
    let found = 0;
    for (let i = 0; i < 3000; i++) {
      let t = '';
      const n = 1 + Math.floor(rand() * 10);
      for (let j = 0; j < n; j++) t += pieces[Math.floor(rand() * pieces.length)]! + (rand() < 0.3 ? ' ' : '');
      const present = scanner.scan(t);
      const wrong: string[] = [];
      for (const [w, id] of scanner.ids) {
        if ((present[id] === 1) !== t.includes(w)) wrong.push(w);
        found += present[id]!;
      }
      if (wrong.length) expect(wrong, JSON.stringify(t)).toEqual([]);
    }
    expect(found).toBeGreaterThan(10000);
  });
});
