/**
 * Quantities given without a number (answer.ts `vagueQuantities`, search.ts `vagueFigures`): "how
 * many" is answered by a round count in words ("thousands of new messages"), "how long" by a span in
 * words ("a few weeks"), near the subject as any figure. Tiny records built here; each case is also
 * run with the rule off to show it is what moves the ranking.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/index.js';
import { extractFigures } from '../../src/figures/extract.js';
import type { QuarryRecord } from '../../src/model/record.js';
import { vagueQuantities } from '../../src/query/answer.js';
import { search, searchWith, TUNED } from '../../src/query/search.js';
import { rec } from './records.js';

const claim = (text: string, extra: Partial<QuarryRecord> = {}) => rec({ text, figures: extractFigures(text), ...extra });
const others = () => Array.from({ length: 12 }, (_, i) => claim(`Filler record number ${i} about gardening.`));
const OFF = { ...TUNED, vagueFigures: false };

describe('quantities given in words', () => {
  it('reads round counts with their noun and spans of time in days', () => {
    expect(vagueQuantities('Each time he would see thousands of new messages pouring in.')).toEqual([
      { kind: 'count', text: 'thousands of new messages', start: 23, end: 48, value: 1000, unit: 'messages' },
    ]);
    expect(vagueQuantities('Dozens of exchanges listed it within a couple of years.')).toEqual([
      { kind: 'count', text: 'Dozens of exchanges', start: 0, end: 19, value: 12, unit: 'exchanges' },
      { kind: 'duration', text: 'a couple of years', start: 37, end: 54, value: 730, unit: 'days' },
    ]);
    expect(vagueQuantities('It was only after a few weeks that she felt at home.')[0]).toMatchObject({ kind: 'duration', text: 'a few weeks', value: 21 });
    // a number is src/figures' to read; "many" before a plain noun is no span of time
    expect(vagueQuantities('After 3 weeks, many people came.')).toEqual([]);
  });

  it('answers "how long" with a span in words', async () => {
    const answer = claim('Only after a few weeks on the rota did the new nurse feel confident.');
    const other = claim('The new nurse would take every shift on the rota, yet did not feel confident at first.');
    const index = buildIndex([other, answer, ...others()]);
    const q = 'how long did the new nurse take to feel confident';
    const hits = await search(index, q);
    expect(hits[0]!.record).toBe(answer);
    expect(hits[0]!.answer).toMatchObject({ kind: 'duration', text: 'a few weeks', value: 21, unit: 'days' });
    expect((await searchWith(index, q, OFF))[0]!.record).toBe(other);
  });

  it('in other words: "how many" with a round count of the noun asked', async () => {
    const answer = claim('Every morning the clerk found hundreds of unread letters on her desk.');
    const other = claim('The clerk kept the unread letters in a drawer by her desk.');
    const index = buildIndex([other, answer, ...others()]);
    const q = 'how many unread letters did the clerk find';
    const hits = await search(index, q);
    expect(hits[0]!.record).toBe(answer);
    expect(hits[0]!.answer).toMatchObject({ kind: 'count', value: 100, unit: 'letters' });
    expect((await searchWith(index, q, OFF))[0]!.record).toBe(other);
  });
});
