/**
 * Lookups in sorted arrays, shared by the stages that keep offsets: where a
 * caption cue starts in the joined text, where a document's records start in
 * a pack.
 */

/**
 * The last index i < count with sorted[i] ≤ x, by binary search; 0 when none
 * is (the first item then holds x, as a run that starts at 0 does).
 * `sorted` ascends over its first `count` items.
 */
export function lastAtOrBelow(sorted: ArrayLike<number>, x: number, count: number = sorted.length): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * How many of the first `count` items lead with `before(i)` true, by binary search: `before` holds for
 * a prefix of the items and fails for the rest (the first index where it fails, or `count`).
 */
export function partitionPoint(count: number, before: (i: number) => boolean): number {
  let lo = 0;
  for (let hi = count; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
