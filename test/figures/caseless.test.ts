/**
 * The figure passes build their `iu` patterns with caselessRegExp() (a `u`
 * pattern from caseless(), without the `i` flag's compile cost). Every such
 * pattern is recorded as extract.ts creates it, and each is held to its `iu`
 * form on random text made of its own words (in three casings), numbers,
 * spaces and the letters case folding treats specially (KELVIN SIGN, LONG S,
 * U+0345).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { expectEqual } from '../expect-equal.js';
import { seededRandom as random } from '../random.js';
import { recase } from '../recase.js';

const made = vi.hoisted(() => new Map<string, string>());
vi.mock('../../src/model/regexp.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/model/regexp.js')>();
  return {
    ...m,
    caselessRegExp: (source: string, flags: string) => {
      made.set(source, flags);
      return m.caselessRegExp(source, flags);
    },
  };
});

import { allMatches, caseless } from '../../src/model/regexp.js';
import { extractFigures } from '../../src/figures/extract.js';

/** Text that reaches every figure pass and its tails (list prefixes, qualifiers, "one of the"). */
const SAMPLES = [
  'At 9 a.m. on 14 July 2017, more than 200,000 or 300,000 users, about 15 percent, joined in the late 19th century style.',
  'In the 1990s we met one-on-one; aged 25 and a half, she was 90 years old, and I was 18, when it began.',
  'We grew 5x, three times a week, every 2-3 months; in early 2021 and the summer of 2019, by the end of 2020.',
  'He paid $54B, 1000 BTC and 5 million yuan, 20-30% of it, for nine months, ranked No. 3, number one, top 10.',
  'It was the 2nd largest exchange, the world’s largest, one of the largest, the first exchange, among the top five.',
  'Revenue rose to 1.5 billion; 5k users, two hundred people, a dozen staff in the middle of 2018.',
];

/** More of what the patterns match, and near misses. */
const MORE = [
  'the first exchange', 'the First time', 'ranked 3rd', 'ranked No. 12', 'ranked number 4', 'one to one', '1 on 1', 'every 2 weeks', 'per 24 hours',
  'each 1-2 months', 'the industry’s biggest', "the market's top", 'twenty-first century', '5th-century', 'once a month', 'twice per year',
  'I’m 25, not', "I'm 30 but", 'turned 40 and', 'at 18.', 'aged 7', 'ages twenty-five and a half', 'a 30-year-old', '90 or 100 years old',
  '10:30 pm', '12PM', '3 P.M.', "'90s", '1980’s', 'top-3', 'top five', 'number one', 'No. 7', 'upwards of', 'just under', 'no less than 9',
  '8 - ', 'one or ', '200,000 to ', '$5k', '5 mn', '1.5 bn usdt', 'a million dollars', 'us dollars', 'ninety percent', '7 pct', 'half an hour',
  'an additional working day', 'six straight years and a half', 'mid-2019', 'Q3 2020', 'h1 2021', 'pre-2019', 'middle of ', 'beginning of ',
  'spring of 2018', 'fall of 2016', 'among ', 'several of ', 'amongst  ', '1.5x', '2×', 'three times a week', 'a dozen', 'two hundred thousand',
  'late ', 'mid-', 'start of ', 'end of  ', 'more than ', 'about just ', 'close to only ', 'approximately ', '2nd largest', 'third place', 'first prize', '10th spot',
];


describe('caselessRegExp in the figure passes', () => {
  it('matches as the iu form of each pattern does', () => {
    for (const text of SAMPLES) extractFigures(text, { year: 2024 });
    const expected = (readFileSync(join(__dirname, '../../src/figures/extract.ts'), 'utf8').match(/caselessRegExp\(/g) ?? []).length;
    expect(made.size).toBe(expected);
    const bases = [...SAMPLES, ...MORE];
    let seed = 0xf16;
    for (const [source, flags] of made) {
      const iu = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
      const u = new RegExp(caseless(source), iu.flags.replace('i', ''));
      const rand = random(seed++);
      let found = 0;
      for (let i = 0; i < 2000; i++) {
        let text = '';
        const n = 1 + Math.floor(rand() * 3);
        for (let j = 0; j < n; j++) {
          const base = bases[Math.floor(rand() * bases.length)]!;
          const from = rand() < 0.5 ? 0 : Math.floor(rand() * base.length);
          const to = rand() < 0.5 ? base.length : from + Math.floor(rand() * (base.length - from + 1));
          text += (j ? ' ' : '') + recase(base.slice(from, to), rand, { accent: 'é', spaces: true });
        }
        const a = allMatches(iu, text).map((m) => [m.index, ...m]);
        found += a.length;
        expectEqual(allMatches(u, text).map((m) => [m.index, ...m]), a, () => `${source} on ${JSON.stringify(text)}`);
      }
      expect(found, source).toBeGreaterThan(10);
    }
  }, 120_000);
});
