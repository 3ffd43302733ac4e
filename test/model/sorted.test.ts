/** lastAtOrBelow against a linear scan on seeded random sorted arrays. */
import { describe, expect, it } from 'vitest';
import { lastAtOrBelow } from '../../src/model/sorted.js';
import { seededRandom } from '../random.js';

describe('lastAtOrBelow', () => {
  it('finds the last index at or below x, within the first count items, as a linear scan does', () => {
    const rnd = seededRandom(7);
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(rnd() * 20);
      const sorted: number[] = [];
      for (let i = 0, v = 0; i < n; i++) sorted.push((v += Math.floor(rnd() * 4)));
      const count = 1 + Math.floor(rnd() * n);
      const x = Math.floor(rnd() * (sorted[n - 1]! + 3)) - 1;
      let want = 0;
      for (let i = 0; i < count; i++) if (sorted[i]! <= x) want = i;
      expect(lastAtOrBelow(sorted, x, count), `${sorted} ${x} ${count}`).toBe(want);
    }
  });
});
