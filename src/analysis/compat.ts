/**
 * compat.ts: when do two figures of the same kind disagree?
 *
 * Every figure becomes an interval of what it allows, and two figures
 * disagree only when their intervals do not meet:
 *
 *   - a date covers its precision: "2017" is the whole year, "July 2017" the
 *     month, so "2017" never contradicts "2017-07"; "early"/"late"/a season
 *     narrows the year (a season generously, a month either side); "before",
 *     "by", "pre-" make it an upper bound, "after", "post-" a lower bound;
 *   - a date without a year ("--07-14") meets any date whose month it cannot
 *     rule out: it contradicts "October 2017" (wrong month whatever the year)
 *     but not "2018";
 *   - a number allows ±10% (durations) or ±2% (counts, amounts, percents,
 *     ranks), ±25% with "about", "around", "nearly"…; "within", "under",
 *     "up to" make it an upper bound, "over", "more than" a lower bound, and
 *     a "top three" rank is 1..3.
 *
 * Counts, amounts, percents and ranks change over time, so they are compared
 * only when both statements are anchored to the same year; dates and
 * durations of an event do not change.
 */
import type { Figure, FigureKind } from '../model/figures.js';

export interface Interval {
  lo: number;
  hi: number;
}

const DAY = 86_400_000;

function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / DAY;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Months a date qualifier narrows a year to (inclusive), generous on purpose. */
const QUALIFIER_MONTHS: Record<string, [number, number]> = {
  early: [1, 5], beginning: [1, 4], start: [1, 4], mid: [4, 9], middle: [4, 9], late: [8, 12], end: [9, 12],
  spring: [2, 6], summer: [5, 10], autumn: [8, 12], fall: [8, 12],
  Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12], H1: [1, 6], H2: [7, 12],
};

const UPPER_BOUND_BEFORE = /(?:\bbefore|\bby|\buntil|\bprior to|\bno later than|\bpre-?)\s*(?:the\s+)?(?:end\s+of\s+)?$/i;
const LOWER_BOUND_BEFORE = /(?:\bafter|\bpost-?|\bno earlier than)\s*(?:the\s+)?$/i;

/** The interval of days a date figure allows, or null for a yearless date. `before` is the text right before it. */
export function dateInterval(f: Figure, before = ''): Interval | null {
  const v = String(f.value);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return null;
  const y = Number(m[1]);
  let lo: number;
  let hi: number;
  if (m[3]) lo = hi = dayNumber(y, Number(m[2]), Number(m[3]));
  else if (m[2]) {
    const mo = Number(m[2]);
    lo = dayNumber(y, mo, 1);
    hi = dayNumber(y, mo, lastDay(y, mo));
  } else {
    const q = f.qualifier ? QUALIFIER_MONTHS[f.qualifier] : undefined;
    const [a, b] = q ?? [1, 12];
    lo = dayNumber(y, a, 1);
    hi = dayNumber(y, b, lastDay(y, b));
  }
  const tail = before.slice(-24);
  if (f.qualifier === 'pre' || UPPER_BOUND_BEFORE.test(tail)) return { lo: -Infinity, hi };
  if (f.qualifier === 'post' || LOWER_BOUND_BEFORE.test(tail)) return { lo, hi: Infinity };
  return { lo, hi };
}

/** Month (1–12) of a yearless date "--07-14", else null. */
export function yearlessMonth(f: Figure): number | null {
  const m = /^--(\d{2})-(\d{2})$/.exec(String(f.value));
  return m ? Number(m[1]) : null;
}

const APPROX = new Set(['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'close to', 'just over', 'just under']);
const UPPER = new Set(['within', 'under', 'less than', 'fewer than', 'up to', 'at most', 'no more than', 'below']);
const LOWER = new Set(['over', 'more than', 'greater than', 'at least', 'no less than', 'upwards of', 'above']);

/** The interval a numeric figure allows. */
export function numberInterval(f: Figure): Interval | null {
  const v = typeof f.value === 'number' ? f.value : Number(f.value);
  if (!Number.isFinite(v)) return null;
  if (f.kind === 'rank' && f.qualifier === 'top') return { lo: 1, hi: v };
  const q = f.qualifier;
  if (q && UPPER.has(q)) return { lo: 0, hi: v };
  if (q && LOWER.has(q)) return { lo: v, hi: Infinity };
  const tol = q && APPROX.has(q) ? 0.25 : f.kind === 'duration' ? 0.1 : 0.02;
  return { lo: v * (1 - tol), hi: v * (1 + tol) };
}

export interface Disagreement {
  /** 0..1: how clearly the values differ (1 = different years, durations apart) */
  strength: number;
  /** "2017-07 vs 2017-09-01", "270 days vs 90 days" */
  values: string;
}

/** The kinds `conflicts` compares. */
export const COMPARABLE: readonly FigureKind[] = ['date', 'duration', 'count', 'amount', 'percent', 'rank'];

/** Kinds whose values change over time: only compared when anchored to the same year. */
export const TIME_VARYING: ReadonlySet<FigureKind> = new Set(['count', 'amount', 'percent', 'rank']);

/**
 * Do two figures of the same kind disagree? null when they agree or cannot
 * be compared (different kinds, units, a yearless date against a year).
 */
export function disagree(a: Figure, b: Figure, beforeA = '', beforeB = ''): Disagreement | null {
  if (a.kind !== b.kind) return null;
  if (a.kind === 'date') return disagreeDates(a, b, beforeA, beforeB);
  if (a.kind === 'count' && (a.unit === undefined || a.unit !== b.unit)) return null;
  if (a.kind === 'amount' && a.unit !== b.unit) return null;
  const ia = numberInterval(a);
  const ib = numberInterval(b);
  if (!ia || !ib || meets(ia, ib)) return null;
  const va = Number(a.value);
  const vb = Number(b.value);
  const ratio = Math.max(va, vb) / Math.max(1e-9, Math.min(va, vb));
  // Clearly apart (×1.5 or more) is full strength and a near miss weaker; but values orders of
  // magnitude apart ("a full day" vs "one hour") are far more often two different things measured
  // than two estimates of one thing.
  const apart = Math.min(1, 0.6 + (ratio - 1) * 0.8);
  const strength = apart * (ratio <= 4 ? 1 : ratio <= 10 ? 0.6 : 0.25);
  const unit = a.kind === 'duration' ? ' days' : '';
  return { strength, values: `${fmt(va)}${unit} vs ${fmt(vb)}${unit}` };
}

function disagreeDates(a: Figure, b: Figure, beforeA: string, beforeB: string): Disagreement | null {
  const ma = yearlessMonth(a);
  const mb = yearlessMonth(b);
  if (ma !== null || mb !== null) {
    if (ma !== null && mb !== null) return ma !== mb ? { strength: 0.7, values: `${a.value} vs ${b.value}` } : null;
    // a yearless date against a dated one: only a month-or-finer date can be ruled out
    const dated = ma !== null ? b : a;
    const month = ma ?? mb!;
    const dm = /^\d{4}-(\d{2})/.exec(String(dated.value));
    if (!dm || dated.qualifier) return null;
    return Number(dm[1]) !== month ? { strength: 0.8, values: `${a.value} vs ${b.value}` } : null;
  }
  const ia = dateInterval(a, beforeA);
  const ib = dateInterval(b, beforeB);
  if (!ia || !ib || meets(ia, ib)) return null;
  const ya = String(a.value).slice(0, 4);
  const yb = String(b.value).slice(0, 4);
  const bounded = !Number.isFinite(ia.lo) || !Number.isFinite(ia.hi) || !Number.isFinite(ib.lo) || !Number.isFinite(ib.hi);
  // Sources that misdate one event are usually a year or two apart; dates years apart are more
  // often two events (Binance's launch, Binance.US's launch) than one event misdated.
  const gap = Math.max(0, ib.lo - ia.hi, ia.lo - ib.hi);
  const near = gap <= 400 ? 1 : gap <= 800 ? 0.7 : gap <= 1500 ? 0.4 : 0.2;
  const strength = (ya !== yb ? 1 : 0.9) * (bounded ? 0.7 : 1) * near;
  return { strength, values: `${a.value} vs ${b.value}` };
}

function meets(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** Do two dates agree (their intervals meet)? Yearless dates agree with anything they cannot rule out. */
export function datesAgree(a: Figure, b: Figure): boolean {
  return disagreeDates(a, b, '', '') === null;
}

function fmt(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toFixed(2)));
}
