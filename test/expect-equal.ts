/**
 * Assertions for loops that compare thousands of values: the comparison is
 * made first with node:util's isDeepStrictEqual (or ===), and vitest's
 * expect, with its message, only runs when that finds a difference. expect's
 * own machinery (an assertion object, the message, a diff-ready deep
 * equality) cost more than the code under test in the property tests that
 * compare an implementation against a reference on generated input. Strict
 * equality implies toEqual's, so a pass here is a pass there, and a failure
 * is reported by toEqual/toBe exactly as before.
 */
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';

/** expect(got, what()).toEqual(want), checked by isDeepStrictEqual first. */
export function expectEqual(got: unknown, want: unknown, what: () => string): void {
  if (!isDeepStrictEqual(got, want)) expect(got, what()).toEqual(want);
}

/** expect(got, what()).toBe(want), checked by Object.is first. */
export function expectSame(got: unknown, want: unknown, what: () => string): void {
  if (!Object.is(got, want)) expect(got, what()).toBe(want);
}
