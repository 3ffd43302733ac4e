/**
 * figures/extract.ts: find the figures a sentence asserts (dates, durations, amounts,
 * counts, percents, ranks), normalised so later analysis can compare them
 * across sources. Pure and dependency-free. It never throws.
 *
 * How double counting is prevented: a ledger marks every character that a
 * figure (or a piece of "noise") has claimed. The passes run in a fixed order,
 * and a candidate is kept only if none of its characters were claimed by an
 * earlier pass. A digit therefore belongs to at most one figure. The order,
 * most specific first:
 *
 *   0. noise      times of day ("9 a.m."), centuries ("19th century"), decades
 *                 ("1990s"), "1 on 1", "24/7", list markers ("1. "), ages
 *                 ("at 18,", "90 years old"), multipliers and frequencies ("5x",
 *                 "200 times", "three times a week", "every 1-2 months").
 *                 These are claimed but never reported.
 *   1. dates      ISO, numeric, month-name dates and qualified years
 *                 ("summer of 2017", "early 2021"). "July 2017" is one figure.
 *   2. amounts    a number tied to a currency ("$54B", "1000 BTC"). Runs before
 *                 the bare years, so "2017 BTC" is money and not a year.
 *   3. percents   "20%", "15 percent".
 *   4. durations  a number with a time unit ("nine months", "8-hour").
 *   5. ranks      "#1", "number one", "top three", "2nd largest", "the largest".
 *   6. bare years 1900–2099 on their own. They come after 2–5, so "2000 hours"
 *                 is a duration, not a year.
 *   7. counts     every number left over, with the counted noun if one follows.
 *
 * Conventions: a month is 30 days, a year 365, so "a year and a half" is 547.5
 * (not rounded). Hours, minutes and seconds become fractions of a day.
 * A figure's text includes its qualifier ("over 13 million active users")
 * and, for counts, the words up to the counted noun.
 */

import type { Figure } from '../model/figures.js';
import { asciiDigits, EASTERN_DIGIT } from '../model/digits.js';
import { allMatches, caselessRegExp, lazy } from '../model/regexp.js';
import { BUDDHIST_ERA_OFFSET, MONTHS } from './months.js';

export type { Figure, FigureKind } from '../model/figures.js';

// ---------------------------------------------------------------------------
// Lexical building blocks (regex source strings)
// ---------------------------------------------------------------------------

/** Horizontal whitespace only: a figure never spans a line break. */
const H = '[ \\t\\u00A0\\u202F]';
/** 1,500 · 1.4 · 99.99 · 2017 */
const NUMERAL = '(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';

const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};
/** Longest first, so "seventeen" is tried before "seven". */
const SMALL_WORDS = Object.keys(WORD_VALUES).sort((a, b) => b.length - a.length).join('|');
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
/** "nine", "twenty-five", "twenty five", "two hundred", "a" is NOT included (callers add it where it makes sense). */
const WORD_NUM = `(?:(?:${TENS})[- ](?:${ONES})|${SMALL_WORDS})(?:${H}+(?:hundred|dozen))?`;
const YEAR = '(?:19|20)\\d{2}';
const UNIT = '(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|fortnights?)';
const UNIT_SINGLE = '(?:year|month|week|day|hour|minute|second|decade|fortnight)';
const SCALE_WORD = '(?:thousand|million|billion|trillion)';

/** Capitalised month names only, so the verbs "may" and "march" are never dates. Longest first. */
const MONTH = `(?:${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.charAt(0).toUpperCase() + m.slice(1))
  .join('|')})`;
/** Day of month 1–31, not followed by another digit. */
const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?!\\d)';

const QUALIFIERS = [
  'more than', 'less than', 'fewer than', 'greater than', 'no more than', 'no less than', 'upwards of',
  'up to', 'at least', 'at most', 'close to', 'just over', 'just under', 'nearly', 'almost', 'about',
  'around', 'approximately', 'roughly', 'over', 'under', 'within', 'above', 'below',
].sort((a, b) => b.length - a.length);
const QUALIFIER_TAIL = lazy(() => caselessRegExp(
  `(?<![\\p{L}\\p{N}])(${QUALIFIERS.map((q) => q.replace(/ /g, `${H}+`)).join('|')})${H}+(?:(?:just|only)${H}+)?$`,
  'iu',
));
/** A number and a list separator right before another number: "200,000 or ", "8-", "one or ". */
const LIST_PREFIX_TAIL = lazy(() => caselessRegExp(`(?<![\\p{L}\\p{N}.,$#])(${NUMERAL}|${WORD_NUM})(${H}*(?:-|–|—)${H}*|${H}+(?:to|or|and)${H}+)$`, 'iu'));

/** Words that end a search for the counted noun. */
const STOP_WORDS = new Set(
  ('of in on at by for to from with and or but nor the a an per than as is are was were be been being became become ' +
    'becomes has have had will would can could should may might must do does did who whom whose that which this these ' +
    'those it its their our his her we they he she you i me us them there here when where while if so not no yes more ' +
    'less each every all some any into onto over under after before during since until within without about around ' +
    'across through between among against times ago later earlier via worth plus including like just only also still ' +
    'already now then too very such both either neither').split(' '),
);
const IRREGULAR_PLURALS: Record<string, string> = {
  people: 'person', children: 'child', men: 'man', women: 'woman', staff: 'staff', personnel: 'personnel',
};
const IES_EXCEPTIONS = new Set(['movies', 'cookies', 'rookies', 'selfies', 'calories', 'zombies', 'pies', 'ties', 'lies']);

// ---------------------------------------------------------------------------
// The ledger: which characters already belong to a figure
// ---------------------------------------------------------------------------

interface State {
  text: string;
  /** made on the first claim: most texts claim nothing, and a typed array off the heap costs microseconds */
  taken: Uint8Array | null;
  out: Figure[];
  /** context year for month-day dates without a year */
  year: number | null;
  /** a month-day mention without a year was seen: the only place `year` is read */
  dayOnly: boolean;
  /** the text has an ASCII digit (every numeral pattern needs one) */
  digit: boolean;
  /** the text lower-cased, for the cheap word tests below (made on first use) */
  lower: string | null;
  /** which of KEYWORDS `lower` contains (made with it) */
  present: Uint8Array | null;
  /** the text as given, where `text` writes its Arabic-Indic or Persian digits as ASCII ones (figures quote this) */
  original?: string;
}

// ---------------------------------------------------------------------------
// Cheap pre-checks (performance only). Most sentences hold no figure, and
// every pattern needs a digit or a particular word: a pattern runs only when
// the text has what each of its matches must contain. A check is a necessary
// condition, never a sufficient one, so skipping a pattern never changes the
// result. Word checks look for lower-case ASCII substrings in the lower-cased
// text; the only characters that case-insensitive (`iu`) matching folds to an
// ASCII letter are the ASCII letters, the Kelvin sign (lower-cases to "k")
// and the long s "ſ" (folds to "s", so it is mapped to "s" here).
// ---------------------------------------------------------------------------

function has(st: State, ...words: string[]): boolean {
  if (st.lower === null) {
    const lower = st.text.toLowerCase();
    st.lower = lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
    st.present = KEYWORD_SCANNER.scan(st.lower);
  }
  for (const w of words) if (contains(st, w)) return true;
  return false;
}

/**
 * One of the words (already known to be in `st.lower`: `has` first) followed by a run of H (" ", tab,
 * no-break, narrow no-break) or a dash within such a run, then a numeral or a number word: what the
 * patterns need that read `(?:every|per|each)${H}+(?:${NUMERAL}|${WORD_NUM})` ("every 2 weeks", "per
 * twenty"), `top(?:${H}+|${H}*-${H}*)(\d{1,3}|${WORD_NUM})` ("top-10", "top three") or "aged 12": not
 * "personal", "every project", "each cycle", "laptop" or "manage". Lower-casing changes no digit, dash
 * or H character, and `lower` has its long s mapped to "s", as a case-insensitive match folds it.
 * (Linear: each run of H is crossed for the one word occurrence it follows.)
 */
function beforeNumber(st: State, ...words: string[]): boolean {
  const lower = st.lower!;
  for (const w of words) {
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
      const start = i + w.length;
      let j = start;
      while (j < lower.length && isHorizontalSpace(lower.charCodeAt(j))) j++;
      if (lower.charCodeAt(j) === 0x2d) {
        j++;
        while (j < lower.length && isHorizontalSpace(lower.charCodeAt(j))) j++;
      }
      if (j === start) continue;
      const c = lower.charCodeAt(j);
      if ((c >= 0x30 && c <= 0x39) || NUMBER_WORDS.some((n) => lower.startsWith(n, j))) return true;
    }
  }
  return false;
}
const NUMBER_WORDS = Object.keys(WORD_VALUES);

/**
 * "am", "pm", "a.m" or "p.m" after a digit and a run of H, as the times-of-day pattern needs ("9 a.m.",
 * "12pm"): not "I am" or "team". (Linear: each backward run of H is the one before its occurrence.)
 */
function digitThenMeridiem(st: State): boolean {
  if (!has(st, 'am', 'pm', 'a.m', 'p.m')) return false;
  const lower = st.lower!;
  for (const w of ['am', 'pm', 'a.m', 'p.m']) {
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
      let j = i - 1;
      while (j >= 0 && isHorizontalSpace(lower.charCodeAt(j))) j--;
      const c = lower.charCodeAt(j);
      if (c >= 0x30 && c <= 0x39) return true;
    }
  }
  return false;
}

function mayHaveTimeOfDay(st: State): boolean {
  return st.digit && digitThenMeridiem(st);
}
function mayHaveDecade(st: State): boolean {
  return st.digit && decadeEnding(st);
}
function mayHaveAge(st: State): boolean {
  return has(st, 'age') && beforeNumber(st, 'aged', 'ages', 'age');
}
function mayHaveRecurringPeriod(st: State): boolean {
  return has(st, 'every', 'per', 'each') && beforeNumber(st, 'every', 'per', 'each');
}
function mayHaveTopN(st: State): boolean {
  return has(st, 'top') && beforeNumber(st, 'top');
}

/** "0s", "0's" or "0’s", which the decades pattern needs ("1990s", "the '90s"; `lower` has its long s as "s"). */
function decadeEnding(st: State): boolean {
  return has(st, '0s', "0's", '0’s');
}

/** "19" or "20" before two more ASCII digits: what BARE_YEAR (and BARE_YEAR_CJK) need before their \p{…} boundaries are compiled. */
function hasYearDigits(text: string): boolean {
  for (const lead of ['19', '20']) {
    for (let i = text.indexOf(lead); i >= 0; i = text.indexOf(lead, i + 1)) {
      const a = text.charCodeAt(i + 2);
      const b = text.charCodeAt(i + 3);
      if (a >= 0x30 && a <= 0x39 && b >= 0x30 && b <= 0x39) return true;
    }
  }
  return false;
}

/** `st.lower.includes(w)`: read from the one scan for a keyword, else searched. */
function contains(st: State, w: string): boolean {
  const id = KEYWORD_SCANNER.ids.get(w);
  return id === undefined ? st.lower!.includes(w) : st.present![id] === 1;
}

/**
 * Which of a fixed set of strings a text contains, all found in one pass
 * (Aho–Corasick: a trie of the strings whose every state knows where each
 * character leads, failures included). The pre-checks asked `includes` for
 * some sixty words, each a scan of the whole text: a few percent of a cold
 * build, on record texts most of which hold none of them.
 */
export class KeywordScanner {
  /** keyword → its number */
  readonly ids = new Map<string, number>();
  /** code unit → its column in `next` (0: in no keyword) */
  private readonly column = new Uint8Array(0x10000);
  private readonly columns: number;
  /** state × column → state */
  private readonly next: Int32Array;
  /** per state, the keywords that end there: out[outStart[s] … outStart[s + 1]) */
  private readonly outStart: Int32Array;
  private readonly out: Int32Array;

  constructor(keywords: readonly string[]) {
    for (const w of keywords) if (w.length > 0 && !this.ids.has(w)) this.ids.set(w, this.ids.size);
    let columns = 1;
    for (const w of this.ids.keys()) for (let i = 0; i < w.length; i++) if (this.column[w.charCodeAt(i)] === 0) this.column[w.charCodeAt(i)] = columns++;
    this.columns = columns;
    // The trie: goto[state] maps column → state; ends[state] the keywords ending there.
    const goto: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    for (const [w, id] of this.ids) {
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const c = this.column[w.charCodeAt(i)]!;
        let t = goto[s]!.get(c);
        if (t === undefined) {
          t = goto.length;
          goto.push(new Map());
          ends.push([]);
          goto[s]!.set(c, t);
        }
        s = t;
      }
      ends[s]!.push(id);
    }
    // Breadth first: each state's failure (the longest proper suffix that is a trie state), its
    // transitions completed through it, and its outputs joined with the failure's.
    const n = goto.length;
    const next = new Int32Array(n * columns);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (const [c, t] of goto[0]!) {
      next[c] = t;
      queue.push(t);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      ends[s]!.push(...ends[fail[s]!]!);
      for (let c = 1; c < columns; c++) {
        const t = goto[s]!.get(c);
        if (t === undefined) next[s * columns + c] = next[fail[s]! * columns + c]!;
        else {
          next[s * columns + c] = t;
          fail[t] = next[fail[s]! * columns + c]!;
          queue.push(t);
        }
      }
    }
    this.next = next;
    this.outStart = new Int32Array(n + 1);
    const out: number[] = [];
    for (let s = 0; s < n; s++) {
      this.outStart[s] = out.length;
      out.push(...new Set(ends[s]));
    }
    this.outStart[n] = out.length;
    this.out = Int32Array.from(out);
  }

  /** Per keyword number, 1 where `text` contains the keyword. */
  scan(text: string): Uint8Array {
    const found = new Uint8Array(this.ids.size);
    const { column, columns, next, outStart, out } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = next[s * columns + column[text.charCodeAt(i)]!]!;
      for (let k = outStart[s]!; k < outStart[s + 1]!; k++) found[out[k]!] = 1;
    }
    return found;
  }
}

/** Horizontal space, or a hyphen or en dash: what stands right before a time unit in a duration. */
function isSpaceOrDash(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || c === 0x2d || c === 0x2013;
}

function isHorizontalSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f;
}

const LETTER_OR_DIGIT_CP = lazy(() => /[\p{L}\p{N}]/u);

/** `(?![\p{L}\p{N}])` at `i` of `text`: the end, or a character that is neither a letter nor a digit. */
function endsWord(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (c < 0x80) return !((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39));
  return !LETTER_OR_DIGIT_CP().test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * Whether the lower-cased text has one of `words`, or it with an "s" after it,
 * as a word that ends there (`endsWord`) and stands right after a character
 * `before` accepts: a tighter necessary condition than `has` for patterns that
 * end a word with one of them. Lower-casing keeps a character's being a
 * letter or digit or neither (the one character it lengthens, "İ", becomes a
 * letter and a mark), so what the pattern sees around the word in the text is
 * what this sees in the lower-cased text.
 */
function hasWordAfter(st: State, before: (c: number, lower: string, at: number) => boolean, words: readonly string[]): boolean {
  has(st); // makes st.lower
  const lower = st.lower!;
  for (const w of words) {
    if (!contains(st, w)) continue;
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
      if (i === 0 || !before(lower.charCodeAt(i - 1), lower, i)) continue;
      const end = i + w.length;
      if (endsWord(lower, end) || (lower.charCodeAt(end) === 0x73 && endsWord(lower, end + 1))) return true;
    }
  }
  return false;
}

/** The time units DURATION reads, each also with an "s". */
const UNIT_WORDS = ['year', 'yr', 'month', 'week', 'day', 'hour', 'hr', 'minute', 'min', 'second', 'sec', 'decade', 'fortnight'];

const HAS_DIGIT = lazy(() => /[0-9]/);
/** What a skipped pattern matches. */
const NONE: RegExpExecArray[] = [];

function newState(text: string, year: number | null): State {
  // Arabic-Indic (٢٠٢٤) and Persian (۲۰۲۴) digits are read as the digits they are: one code unit
  // each, so every figure's offsets stay the text's, and its words are cut from the text as given.
  if (EASTERN_DIGIT().test(text)) {
    return { text: asciiDigits(text), original: text, taken: null, out: [], year, dayOnly: false, digit: true, lower: null, present: null };
  }
  return { text, taken: null, out: [], year, dayOnly: false, digit: HAS_DIGIT().test(text), lower: null, present: null };
}

function isFree(st: State, start: number, end: number): boolean {
  if (start < 0 || end > st.text.length || start >= end) return false;
  const { taken } = st;
  if (taken !== null) for (let i = start; i < end; i++) if (taken[i]) return false;
  return true;
}

function claim(st: State, start: number, end: number): void {
  if (start < end) (st.taken ??= new Uint8Array(st.text.length)).fill(1, Math.max(0, start), Math.min(st.text.length, end));
}

/** A figure before its `text` is cut from the input. */
type Draft = Omit<Figure, 'text'>;

/**
 * Record a figure if its characters are still free. Unless told otherwise,
 * a qualifier right before it ("over", "more than"…) joins the figure.
 */
function emit(st: State, d: Draft, qualify = true): boolean {
  if (typeof d.value === 'number' && !Number.isFinite(d.value)) return false;
  let start = d.start;
  let qualifier = d.qualifier;
  if (qualify && qualifier === undefined) {
    const q = qualifierBefore(st.text, d.start);
    if (q && isFree(st, q.start, d.start)) {
      start = q.start;
      qualifier = q.qualifier;
    }
  }
  if (!isFree(st, start, d.end)) return false;
  claim(st, start, d.end);
  const fig: Figure = { kind: d.kind, text: (st.original ?? st.text).slice(start, d.end), start, end: d.end, value: d.value };
  if (d.unit !== undefined) fig.unit = d.unit;
  if (d.precision !== undefined) fig.precision = d.precision;
  if (qualifier !== undefined) fig.qualifier = qualifier;
  st.out.push(fig);
  return true;
}

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

const LETTER = lazy(() => /\p{L}/u);
const LETTER_OR_DIGIT = lazy(() => /[\p{L}\p{N}]/u);

function charAt(text: string, i: number): string {
  return i >= 0 && i < text.length ? (text[i] ?? '') : '';
}

/** Value of "1,500", "1.4", "nine", "twenty-five", "a", "two hundred", "a dozen". */
function numberValue(raw: string): number | null {
  if (/\d/.test(raw)) {
    const n = Number(raw.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  let total = 0;
  let seen = false;
  for (const part of raw.toLowerCase().split(/[\s\u00A0\u202F-]+/)) {
    if (!part) continue;
    if (part === 'a' || part === 'an') total += 1;
    else if (part === 'hundred') total = (seen ? total : 1) * 100;
    else if (part === 'dozen') total = (seen ? total : 1) * 12;
    else {
      const v = WORD_VALUES[part];
      if (v === undefined) return null;
      total += v;
    }
    seen = true;
  }
  return seen ? total : null;
}

/** Powers of ten for scale words and letters. */
function scaleExponent(scale: string | undefined): number {
  if (!scale) return 0;
  const s = scale.toLowerCase();
  if (s === 'k' || s === 'thousand') return 3;
  if (s === 'm' || s === 'mn' || s === 'mm' || s === 'million') return 6;
  if (s === 'b' || s === 'bn' || s === 'billion') return 9;
  if (s === 't' || s === 'tn' || s === 'trillion') return 12;
  if (s === 'hundred') return 2;
  return 0;
}

/** "1.5" with exponent 6 → 1500000, done in decimal so 1.1 million is exactly 1100000. */
function scaled(raw: string, scale: string | undefined): number | null {
  const exp = scaleExponent(scale);
  if (/\d/.test(raw)) {
    const n = Number(`${raw.replace(/,/g, '')}e${exp}`);
    return Number.isFinite(n) ? n : null;
  }
  if (scale && scale.toLowerCase() === 'dozen') {
    const v = numberValue(raw);
    return v === null ? null : v * 12;
  }
  const v = numberValue(raw);
  return v === null ? null : v * 10 ** exp;
}

/** A qualifier phrase ending right before `idx` (allowing "just"/"only" in between). */
function qualifierBefore(text: string, idx: number): { start: number; qualifier: string } | null {
  const from = Math.max(0, idx - 48);
  const m = QUALIFIER_TAIL().exec(text.slice(from, idx));
  if (!m) return null;
  const start = from + m.index;
  // the window may have cut a word in half: the lookbehind could not see the character before it
  if (m.index === 0 && LETTER_OR_DIGIT().test(charAt(text, start - 1))) return null;
  return { start, qualifier: (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ') };
}

/** The number heading a list or range that ends right before `idx`: "200,000 or |800,000 bitcoins". */
function listPrefix(text: string, idx: number): { start: number; end: number; raw: string; hyphen: boolean } | null {
  const from = Math.max(0, idx - 48);
  const m = LIST_PREFIX_TAIL().exec(text.slice(from, idx));
  if (!m) return null;
  const start = from + m.index;
  if (m.index === 0 && /[\p{L}\p{N}.,$#]/u.test(charAt(text, start - 1))) return null;
  const raw = m[1] ?? '';
  // "COVID-19" style: a letter then hyphen before the first number means it is not a list
  if (charAt(text, start - 1) === '-' && LETTER().test(charAt(text, start - 2))) return null;
  return { start, end: start + raw.length, raw, hyphen: /[-–—]/.test(m[2] ?? '') };
}

/** The word (or number-ish token) right before `idx`, lower-cased, separated by spaces. */
function previousWord(text: string, idx: number): string {
  const from = Math.max(0, idx - 40);
  const m = /([\p{L}\p{N}$%.,'’]+)[ \t\u00A0\u202F]+$/u.exec(text.slice(from, idx));
  return m ? (m[1] ?? '').toLowerCase() : '';
}

/** The word right after `idx` (after spaces), lower-cased. */
function nextWord(text: string, idx: number): string {
  const m = /^[ \t\u00A0\u202F]+(\p{L}[\p{L}'’]*)/u.exec(text.slice(idx, idx + 40));
  return m ? (m[1] ?? '').toLowerCase() : '';
}

/** A function word, unless written as an acronym ("US" the country is not "us"). */
function isStopWord(word: string): boolean {
  if (word.length > 1 && word === word.toUpperCase()) return false;
  return STOP_WORDS.has(word.toLowerCase());
}

function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS[w] !== undefined) return true;
  if (STOP_WORDS.has(w) || w.length < 4) return false;
  return /s$/.test(w) && !/(?:ss|us|is|ous|['’]s)$/.test(w);
}

/** users → user, countries → country, businesses → business, DApps → DApp. */
function lemma(word: string): string {
  const irregular = IRREGULAR_PLURALS[word.toLowerCase()];
  if (irregular !== undefined) return irregular;
  // lower-case ordinary and sentence-case words, keep acronyms (NFTs → NFT, DApps → DApp)
  const w = word === word.toLowerCase() || /^\p{Lu}\p{Ll}+$/u.test(word) ? word.toLowerCase() : word;
  if (/ies$/i.test(w) && !IES_EXCEPTIONS.has(w.toLowerCase())) return w.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z)es$/i.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/**
 * The counted noun after a number: up to three words, skipping modifiers
 * ("13 million active users", "12 major business sectors"), stopping at
 * punctuation or a function word. Returns the lemma and where the noun ends.
 */
function nounAfter(text: string, idx: number): { unit: string; end: number } | null {
  const re = /^[ \t\u00A0\u202F]+(\p{L}[\p{L}'’-]*)/u;
  let pos = idx;
  for (let words = 0; words < 3; words++) {
    const m = re.exec(text.slice(pos, pos + 60));
    if (!m) return null;
    const word = m[1] ?? '';
    if (isStopWord(word)) return null;
    pos += m[0].length;
    if (isPluralNoun(word)) return { unit: lemma(word), end: pos };
  }
  return null;
}

/** Does a plural noun follow within the next few words (before a stop word or punctuation)? */
function pluralAhead(text: string, idx: number): boolean {
  return nounAfter(text, idx) !== null;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

function validYear(y: number): boolean {
  return Number.isInteger(y) && y >= 1900 && y <= 2099;
}

// ---------------------------------------------------------------------------
// 0. Noise: claimed, never reported
// ---------------------------------------------------------------------------

const SHORT_NUMBER_AFTER_SPACE = lazy(() => /[ \t\u00A0\u202F]\d{1,2}(?!\d)/);

/** A number of one or two digits after horizontal space ("at 18,"): what the age pattern below needs ("in 2017" has none). */
function mayHaveShortNumberAfterSpace(st: State): boolean {
  return st.digit && SHORT_NUMBER_AFTER_SPACE().test(st.text);
}

/** Each pattern with its pre-check. */
const NOISE: Array<[(st: State) => boolean, () => RegExp]> = [
  // times of day: "9 a.m.", "12pm", "10:30", and ratios "1:1"
  [mayHaveTimeOfDay, lazy(() => caselessRegExp(`(?<![\\p{L}\\p{N}.,])\\d{1,2}(?::\\d{2})?${H}*(?:[ap]\\.m\\.?|[ap]m)(?![\\p{L}\\p{N}])`, 'giu'))],
  [(st) => st.digit, lazy(() => new RegExp(`(?<![\\p{N}.,:])\\d{1,2}:\\d{1,2}(?::\\d{2})?(?![\\p{N}:])`, 'gu'))],
  // centuries: "late 19th century", "the twenty-first century"
  [
    (st) => has(st, 'centur'),
    lazy(() =>
      caselessRegExp(
        `(?<![\\p{L}\\p{N}])(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)${H}*-?${H}*centur(?:y|ies)`,
        'giu',
      ),
    ),
  ],
  // decades: "1990s", "the '90s"
  [mayHaveDecade, lazy(() => caselessRegExp(String.raw`(?<![\p{L}\p{N}])(?:['’]?\d0['’]?s|(?:19|20)\d0['’]?s)(?![\p{L}\p{N}])`, 'giu'))],
  // "1 on 1", "one-on-one", "one to one"
  [(st) => st.digit || has(st, 'one'), lazy(() => caselessRegExp(`(?<![\\p{L}\\p{N}])(?:1|one)(?:${H}*-${H}*|${H}+)(?:on|to)(?:${H}*-${H}*|${H}+)(?:1|one)(?![\\p{L}\\p{N}])`, 'giu'))],
  // short fractions and slashes: "24/7", "1/3" (not full dates: those have two slashes)
  [(st) => st.digit, lazy(() => /(?<![\p{N}/.,])\d{1,2}\/\d{1,2}(?![/\p{N}])/gu)],
  // list markers at the start of a line: "1. Expansion Phase", "2) ..."
  [(st) => st.digit, lazy(() => new RegExp(`^${H}*\\d{1,2}[.)](?=${H}|$)`, 'gmu'))],
  // ages: "at age four and a half", "aged 25", "90 or 100 years old", "a 30-year-old"
  [mayHaveAge, lazy(() => caselessRegExp(`(?<![\\p{L}])(?:aged?|ages)${H}+(?:${NUMERAL}|${WORD_NUM})(?:${H}+and${H}+a${H}+half)?`, 'giu'))],
  [
    (st) => has(st, 'old') && has(st, 'year'),
    lazy(() =>
      caselessRegExp(
        `(?<![\\p{L}\\p{N}.,])(?:${NUMERAL}|${WORD_NUM})(?:${H}*(?:or|to|-|–)${H}*(?:${NUMERAL}|${WORD_NUM}))?(?:${H}+|${H}*-${H}*)years?(?:${H}+|${H}*-${H}*)old(?![\\p{L}])`,
        'giu',
      ),
    ),
  ],
  // "At 18, when…", "I'm 25, not…", "I was 18 but…"
  [
    mayHaveShortNumberAfterSpace,
    lazy(() =>
      caselessRegExp(
        `(?<![\\p{L}])(?:at|I['’]m|I${H}+am|I${H}+was|(?:he|she)${H}+was|turned|turning)${H}+\\d{1,2}(?=${H}*(?:[,;:.!?)]|$)|${H}+(?:but|and|when|then|so)(?![\\p{L}]))`,
        'giu',
      ),
    ),
  ],
  // multipliers: "1.5x", "5x", "2×"
  [(st) => st.digit, lazy(() => caselessRegExp(`(?<![\\p{L}\\p{N}.,])${NUMERAL}${H}?[x×](?![\\p{L}\\p{N}])`, 'giu'))],
  // frequencies: "over 200 times", "three times a week", "once a month", "twice a year"
  [
    (st) => has(st, 'times', 'once', 'twice', 'thrice'),
    lazy(() =>
      caselessRegExp(
        `(?<![\\p{L}\\p{N}.,])(?:(?:${NUMERAL}|${WORD_NUM})${H}+times|once|twice|thrice)(?:${H}+(?:a|an|per|each|every)${H}+${UNIT_SINGLE})?(?![\\p{L}])`,
        'giu',
      ),
    ),
  ],
  // recurring periods: "every 1-2 months", "every two weeks", "per 24 hours"
  [
    mayHaveRecurringPeriod,
    lazy(() =>
      caselessRegExp(
        `(?<![\\p{L}])(?:every|per|each)${H}+(?:${NUMERAL}|${WORD_NUM})(?:${H}*(?:-|–|to|or)${H}*(?:${NUMERAL}|${WORD_NUM}))?(?:${H}+|${H}*-${H}*)${UNIT}(?![\\p{L}])`,
        'giu',
      ),
    ),
  ],
];

/** Claim spans that contain digits or number words but assert no figure. */
const AGE_NOISE = NOISE.find(([gate]) => gate === mayHaveShortNumberAfterSpace)![1];

function findNoise(st: State): void {
  for (const [gate, re] of NOISE) {
    if (!gate(st)) continue;
    for (const m of allMatches(re(), st.text)) claim(st, m.index, m.index + m[0].length);
  }
}

// ---------------------------------------------------------------------------
// 1. Dates
// ---------------------------------------------------------------------------

const ISO_DATE = lazy(() => new RegExp(`(?<![\\p{N}.,/-])(${YEAR})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\p{N})`, 'gu'));
const NUMERIC_DATE = lazy(() => new RegExp(`(?<![\\p{N}.,/-])(\\d{1,2})([-/.])(\\d{1,2})\\2(${YEAR})(?!\\p{N})`, 'gu'));
const MONTH_DAY_YEAR = lazy(() => new RegExp(
  `(?<!\\p{L})(${MONTH})\\.?${H}+(${DAY})(?:st|nd|rd|th)?,?${H}+(${YEAR})(?![\\p{L}\\p{N}])`,
  'gu',
));
const DAY_MONTH_YEAR = lazy(() => new RegExp(
  `(?<![\\p{L}\\p{N}])(${DAY})(?:st|nd|rd|th)?${H}+(?:of${H}+)?(${MONTH})\\.?,?${H}+(${YEAR})(?![\\p{L}\\p{N}])`,
  'gu',
));
const CJK_DATE = lazy(() => new RegExp(`(?<![\\p{N}.,/-])(${YEAR})年(\\d{1,2})月(?:(\\d{1,2})日)?`, 'gu'));
const MONTH_YEAR = lazy(() => new RegExp(`(?<!\\p{L})(${MONTH})\\.?,?${H}+(${YEAR})(?![\\p{L}\\p{N}])`, 'gu'));
const MONTH_DAY = lazy(() => new RegExp(
  `(?<!\\p{L})(${MONTH})\\.?${H}+(${DAY})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[.,:]\\p{N})`,
  'gu',
));
const DAY_MONTH = lazy(() => new RegExp(`(?<![\\p{L}\\p{N}])(${DAY})(?:st|nd|rd|th)?${H}+(?:of${H}+)?(${MONTH})(?!\\p{L})`, 'gu'));
/** "summer of 2017", "early 2021", "mid-2019", "the end of 2020", "Q1 2021", "pre-2019". */
const QUALIFIED_YEAR = lazy(() => caselessRegExp(
  `(?<!\\p{L})(early|mid|late|end${H}+of|beginning${H}+of|start${H}+of|middle${H}+of|first${H}+half${H}+of|second${H}+half${H}+of|` +
    `(?:spring|summer|autumn|winter)(?:${H}+of)?|fall${H}+of|pre|post|Q[1-4]|H[12])(?:${H}+|${H}*-${H}*)(${YEAR})(?![\\p{L}\\p{N}]|[.,]\\p{N})`,
  'giu',
));
const DATE_QUALIFIER_TAIL = lazy(() => caselessRegExp(
  `(?<!\\p{L})(early|mid|late|end${H}+of|beginning${H}+of|start${H}+of|middle${H}+of)(?:${H}+|${H}*-${H}*)$`,
  'iu',
));

/** What every capitalised month name and abbreviation MONTH reads starts with (case-sensitive, as the patterns are). */
const MONTH_STARTS = [...new Set(Object.keys(MONTHS).map((m) => m.charAt(0).toUpperCase() + m.slice(1, 3)))];

/** A month name: what the five month patterns need ("July 14", "14 July 2017", "July 2017"). */
function mayHaveMonth(st: State): boolean {
  return MONTH_STARTS.some((m) => st.text.includes(m));
}

/** A year after horizontal space or a hyphen: what QUALIFIED_YEAR needs ("summer of 2017", "mid-2019"). */
const YEAR_AFTER_SPACE_OR_HYPHEN = lazy(() => new RegExp(`[ \\t\\u00A0\\u202F-]${YEAR}`));

/** "early July 2017" → qualifier "early". */
function dateQualifierBefore(text: string, idx: number): { start: number; qualifier: string } | null {
  const from = Math.max(0, idx - 24);
  const m = DATE_QUALIFIER_TAIL().exec(text.slice(from, idx));
  if (!m) return null;
  const start = from + m.index;
  if (m.index === 0 && LETTER().test(charAt(text, start - 1))) return null;
  return { start, qualifier: normaliseDateQualifier(m[1] ?? '') };
}

/** "end of" → "end", "Summer" → "summer", "q1" → "Q1". */
function normaliseDateQualifier(raw: string): string {
  const q = raw.replace(/\s+/g, ' ').replace(/ of$/i, '');
  return /^[qh][1-4]$/i.test(q) ? q.toUpperCase() : q.toLowerCase();
}

function emitDate(st: State, start: number, end: number, y: number, m?: number, d?: number, qualifier?: string): boolean {
  if (!validYear(y)) return false;
  let value = String(y);
  let precision: 'year' | 'month' | 'day' = 'year';
  if (m !== undefined) {
    if (m < 1 || m > 12) return false;
    value += `-${pad2(m)}`;
    precision = 'month';
    if (d !== undefined) {
      if (!validDay(y, m, d)) return false;
      value += `-${pad2(d)}`;
      precision = 'day';
    }
  }
  let s = start;
  let q = qualifier;
  if (q === undefined && m !== undefined) {
    const dq = dateQualifierBefore(st.text, start);
    if (dq && isFree(st, dq.start, start)) {
      s = dq.start;
      q = dq.qualifier;
    }
  }
  return emit(st, { kind: 'date', start: s, end, value, precision, ...(q !== undefined ? { qualifier: q } : {}) }, false);
}

/**
 * Dates, most specific first: ISO ("2023-09-04"), numeric ("04/09/2023", read
 * as day/month when the first part exceeds 12, month/day when the second does,
 * year only when ambiguous), "September 1, 2017", "1 September 2017",
 * "July 2017", qualified years ("summer of 2017"), then month-day without a
 * year ("July 14"), which needs the context year; without it the span is
 * claimed and skipped. Bare years come later (findBareYears).
 */
function findDates(st: State): void {
  if (!st.digit) return; // every date pattern has a year or a day in digits
  const { text } = st;
  for (const m of allMatches(ISO_DATE(), text)) {
    emitDate(st, m.index, m.index + m[0].length, Number(m[1]), Number(m[3]), Number(m[4]));
  }
  for (const m of allMatches(NUMERIC_DATE(), text)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    const end = m.index + m[0].length;
    if (a > 12 && b <= 12) emitDate(st, m.index, end, y, b, a);
    else if (b > 12 && a <= 12) emitDate(st, m.index, end, y, a, b);
    else if (a <= 12 && b <= 12 && !emitDate(st, m.index, end, y)) claim(st, m.index, end);
    else claim(st, m.index, end);
  }
  // "2023年11月22日", "2022年11月": Chinese and Japanese dates, year, month and day each with its character.
  for (const m of text.includes('年') ? allMatches(CJK_DATE(), text) : NONE) {
    emitDate(st, m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  }
  const month = mayHaveMonth(st);
  for (const m of month ? allMatches(MONTH_DAY_YEAR(), text) : NONE) {
    emitDate(st, m.index, m.index + m[0].length, Number(m[3]), MONTHS[(m[1] ?? '').toLowerCase()], Number(m[2]));
  }
  for (const m of month ? allMatches(DAY_MONTH_YEAR(), text) : NONE) {
    emitDate(st, m.index, m.index + m[0].length, Number(m[3]), MONTHS[(m[2] ?? '').toLowerCase()], Number(m[1]));
  }
  for (const m of month ? allMatches(MONTH_YEAR(), text) : NONE) {
    emitDate(st, m.index, m.index + m[0].length, Number(m[2]), MONTHS[(m[1] ?? '').toLowerCase()]);
  }
  for (const m of YEAR_AFTER_SPACE_OR_HYPHEN().test(text) ? allMatches(QUALIFIED_YEAR(), text) : NONE) {
    emitDate(st, m.index, m.index + m[0].length, Number(m[2]), undefined, undefined, normaliseDateQualifier(m[1] ?? ''));
  }
  // month and day without a year: only with a context year, otherwise never a count either
  const dayOnly = (start: number, end: number, month: number | undefined, day: number): void => {
    if (month === undefined) return;
    st.dayOnly = true;
    if (st.year === null || !emitDate(st, start, end, st.year, month, day)) claim(st, start, end);
  };
  for (const m of month ? allMatches(MONTH_DAY(), text) : NONE) {
    dayOnly(m.index, m.index + m[0].length, MONTHS[(m[1] ?? '').toLowerCase()], Number(m[2]));
  }
  for (const m of month ? allMatches(DAY_MONTH(), text) : NONE) {
    dayOnly(m.index, m.index + m[0].length, MONTHS[(m[2] ?? '').toLowerCase()], Number(m[1]));
  }
}

// ---------------------------------------------------------------------------
// 2. Amounts
// ---------------------------------------------------------------------------

const PREFIX_CURRENCIES: Record<string, string> = {
  $: 'USD', US$: 'USD', HK$: 'HKD', A$: 'AUD', C$: 'CAD', S$: 'SGD', '€': 'EUR', '£': 'GBP', '¥': 'CNY', '￥': 'CNY',
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', CNY: 'CNY', RMB: 'CNY', JPY: 'JPY', HKD: 'HKD',
};
const SUFFIX_CURRENCIES: Record<string, string> = {
  usd: 'USD', 'us dollar': 'USD', 'us dollars': 'USD', dollar: 'USD', dollars: 'USD',
  btc: 'BTC', bitcoin: 'BTC', bitcoins: 'BTC', eth: 'ETH', ether: 'ETH', ethers: 'ETH', bnb: 'BNB',
  usdt: 'USDT', usdc: 'USDC', busd: 'BUSD', doge: 'DOGE', sol: 'SOL',
  yuan: 'CNY', rmb: 'CNY', cny: 'CNY', euro: 'EUR', euros: 'EUR', eur: 'EUR', gbp: 'GBP', yen: 'JPY', jpy: 'JPY', hkd: 'HKD',
};
const LETTER_SCALE = '(?:bn|mn|tn|[kKmMbBT])';
const SCALE_WORD_CI = '(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion)';
/** "$54B", "$1.5M USD", "USD 5 million", "€20", "$2 billion". */
const PREFIX_AMOUNT = lazy(() => new RegExp(
  `(?<![\\p{L}\\p{N}])(US\\$|HK\\$|A\\$|C\\$|S\\$|\\$|€|£|¥|￥|USD|EUR|GBP|CNY|RMB|JPY|HKD)${H}?(${NUMERAL})` +
    `(?:(${LETTER_SCALE})(?![\\p{L}\\p{N}])|${H}+(${SCALE_WORD_CI})(?!\\p{L}))?` +
    `(?:${H}+(USD|US${H}+[Dd]ollars?|[Dd]ollars?)(?!\\p{L}))?(?![\\p{N}]|[.,]\\p{N})`,
  'gu',
));
/** "$5-10 million": the scale after the second number applies to the first. */
const AMOUNT_RANGE_TAIL = lazy(() => new RegExp(
  `^(${H}*(?:-|–|to)${H}*)(\\$?)(${NUMERAL})(?:(${LETTER_SCALE})(?![\\p{L}\\p{N}])|${H}+(${SCALE_WORD_CI})(?!\\p{L}))`,
  'u',
));
/** "1000 BTC", "200,000 bitcoins", "5 million yuan", "a billion dollars". */
const SUFFIX_AMOUNT = lazy(() => caselessRegExp(
  `(?<![\\p{L}\\p{N}.,$#])(?:(${NUMERAL})(?:(bn|mn|[kmb])(?![\\p{L}\\p{N}])|${H}+(${SCALE_WORD}))?|(an?|${WORD_NUM})(?:${H}+(${SCALE_WORD}))?(?=${H}))` +
    `${H}*(us${H}+dollars?|dollars?|usdt|usdc|usd|busd|btc|bitcoins?|eth|ethers?|bnb|doge|sol|yuan|rmb|cny|euros?|eur|gbp|yen|jpy|hkd)(?![\\p{L}\\p{N}])`,
  'giu',
));

/** SUFFIX_AMOUNT's currencies ("dollars", "bitcoins", "ethers", "euros": with an "s"; "us dollars" ends in "dollars"). */
const SUFFIX_CURRENCY_WORDS = ['dollar', 'usdt', 'usdc', 'usd', 'busd', 'btc', 'bitcoin', 'eth', 'ether', 'bnb', 'doge', 'sol', 'yuan', 'rmb', 'cny', 'euro', 'eur', 'gbp', 'yen', 'jpy', 'hkd'];
const SCALE_WORDS = ['thousand', 'million', 'billion', 'trillion'];

/**
 * What stands right before SUFFIX_AMOUNT's currency: horizontal space ("5 btc",
 * "a million dollars"), the number's last digit ("100btc") or a scale word
 * with no space ("5 millionusd": its scale word has no lookahead). A scale
 * letter ("5k") must be followed by a non-letter, so a space comes before the currency.
 */
function beforeCurrency(c: number, lower: string, at: number): boolean {
  if (isHorizontalSpace(c) || (c >= 0x30 && c <= 0x39)) return true;
  for (const w of SCALE_WORDS) if (lower.startsWith(w, at - w.length)) return true;
  return false;
}

/** What PREFIX_AMOUNT's matches start with (case-sensitive: the pattern has no `i`). */
const PREFIX_CURRENCY_MARKS = ['$', '€', '£', '¥', '￥', 'USD', 'EUR', 'GBP', 'CNY', 'RMB', 'JPY', 'HKD'];

/** A digit and a currency mark: what every PREFIX_AMOUNT match has. */
function mayHavePrefixAmount(st: State): boolean {
  return st.digit && PREFIX_CURRENCY_MARKS.some((c) => st.text.includes(c));
}

/** A currency word where SUFFIX_AMOUNT can end one ("whether", "solution" and "entrepreneur" are no "eth", "sol", "eur"). */
function mayHaveSuffixAmount(st: State): boolean {
  return hasWordAfter(st, beforeCurrency, SUFFIX_CURRENCY_WORDS);
}

/**
 * Money: a number tied to a currency symbol, code or word. A currency named
 * twice ("$1.5M USD") is one amount. "200,000 or 800,000 bitcoins" gives two
 * amounts. "600 million followers" has no currency, so it is left for counts.
 */
function findAmounts(st: State): void {
  const { text } = st;
  for (const m of mayHavePrefixAmount(st) ? allMatches(PREFIX_AMOUNT(), text) : NONE) {
    const unit = PREFIX_CURRENCIES[m[1] ?? ''] ?? 'USD';
    let end = m.index + m[0].length;
    let scale = m[3] ?? m[4];
    if (scale === undefined) {
      // "$5-10 million": emit the second number here too, sharing the scale
      const r = AMOUNT_RANGE_TAIL().exec(text.slice(end, end + 40));
      if (r) {
        scale = r[4] ?? r[5];
        const secondStart = end + (r[1] ?? '').length;
        const secondValue = scaled(r[3] ?? '', scale);
        const first = scaled(m[2] ?? '', scale);
        if (first !== null && secondValue !== null && emit(st, { kind: 'amount', start: m.index, end, value: first, unit })) {
          emit(st, { kind: 'amount', start: secondStart, end: end + r[0].length, value: secondValue, unit }, false);
        }
        continue;
      }
    }
    const value = scaled(m[2] ?? '', scale);
    if (value !== null) emit(st, { kind: 'amount', start: m.index, end, value, unit });
  }
  for (const m of mayHaveSuffixAmount(st) ? allMatches(SUFFIX_AMOUNT(), text) : NONE) {
    const numeric = m[1] !== undefined;
    const raw = numeric ? (m[1] ?? '') : (m[4] ?? '');
    const scale = numeric ? (m[2] ?? m[3]) : m[5];
    if (!numeric && /^an?$/i.test(raw) && scale === undefined) continue; // "a dollar" is not a figure worth keeping
    const unit = SUFFIX_CURRENCIES[(m[6] ?? '').toLowerCase().replace(/\s+/g, ' ')];
    const value = scaled(raw, scale);
    if (unit === undefined || value === null) continue;
    if (!emit(st, { kind: 'amount', start: m.index, end: m.index + m[0].length, value, unit })) continue;
    // "200,000 or 800,000 bitcoins", "3 or 4 million yuan": the head shares the currency and the scale
    const p = listPrefix(text, m.index);
    const pv = p ? scaled(p.raw, scale) : null;
    if (p && pv !== null) emit(st, { kind: 'amount', start: p.start, end: p.end, value: pv, unit });
  }
}

// ---------------------------------------------------------------------------
// 3. Percents
// ---------------------------------------------------------------------------

const PERCENT = lazy(() => caselessRegExp(
  `(?<![\\p{L}\\p{N}.,])(${NUMERAL}|${WORD_NUM})(?:${H}?[%％]|${H}+(?:percent|per${H}?cent|pct)(?!\\p{L}))`,
  'giu',
));

/** A percent sign or word ("recent" and "centre" are neither). */
function mayHavePercent(st: State): boolean {
  return st.text.includes('%') || st.text.includes('％') || has(st, 'percent', 'pct', 'per cent', 'per\tcent', 'per\u00a0cent', 'per\u202fcent');
}

/** "20%", "more than 20%", "99.99%", "300%", "15 percent"; "10-20%" gives two. */
function findPercents(st: State): void {
  // "%", "％", "percent", "per cent", "pct"
  if (!mayHavePercent(st)) return;
  for (const m of allMatches(PERCENT(), st.text)) {
    const value = numberValue(m[1] ?? '');
    if (value === null) continue;
    if (!emit(st, { kind: 'percent', start: m.index, end: m.index + m[0].length, value })) continue;
    const p = listPrefix(st.text, m.index);
    const pv = p ? numberValue(p.raw) : null;
    if (p && pv !== null) emit(st, { kind: 'percent', start: p.start, end: p.end, value: pv });
  }
}

// ---------------------------------------------------------------------------
// 4. Durations
// ---------------------------------------------------------------------------

const DURATION = lazy(() => caselessRegExp(
  `(?<![\\p{L}\\p{N}.,$#])` +
    `(?:(?<half>half${H}+an?)|(?<n>${NUMERAL}|${WORD_NUM}|an?)(?<halfBefore>${H}+and${H}+a${H}+half)?)` +
    `(?:${H}*[-–]${H}*|${H}+)` +
    `(?:(?:consecutive|straight|full|whole|more|long|additional|extra|working|business|calendar)${H}+)?` +
    `(?<unit>${UNIT})(?![\\p{L}\\p{N}])` +
    `(?<halfAfter>${H}+and${H}+a${H}+half(?!\\p{L}))?`,
  'giu',
));
/** A time unit as a word after a space or a dash ("nine months", "8-hour"): "today", "three" and "security" have none. */
function mayHaveDuration(st: State): boolean {
  return hasWordAfter(st, isSpaceOrDash, UNIT_WORDS);
}

/** Days per unit, as a fraction [numerator, denominator] to keep 48 hours = exactly 2. */
const DAYS_PER_UNIT: Record<string, [number, number]> = {
  year: [365, 1], yr: [365, 1], decade: [3650, 1], month: [30, 1], fortnight: [14, 1], week: [7, 1], day: [1, 1],
  hour: [1, 24], hr: [1, 24], minute: [1, 1440], min: [1, 1440], second: [1, 86400], sec: [1, 86400],
};
/** Words after which "a week" is a rate, not a length ("three times a week", "20 hours a week"), or an exclamation ("what a day"). */
const RATE_WORDS = new Set(['times', 'once', 'twice', 'thrice', 'per', 'each', 'every', 'hours', 'hour', 'minutes', 'days', 'dollars', 'what']);
/** "one day" is a length only after these words ("just one day after…"), else it is "some day". */
const ONE_DAY_BEFORE = new Set([
  'for', 'within', 'in', 'just', 'only', 'after', 'about', 'over', 'than', 'under', 'of', 'by', 'least', 'nearly',
  'almost', 'take', 'takes', 'took', 'taking', 'spend', 'spent', 'last', 'lasted', 'lasts', 'first', 'extra',
]);
const ONE_DAY_AFTER = new Set(['after', 'before', 'later', 'ago', 'earlier', 'long']);

/**
 * Lengths of time, in days: "nine months" (270), "180 days", "within 24 hours"
 * (1), "48 consecutive hours" (2), "a week" (7), "a year and a half" (547.5),
 * "half a year" (182.5), "8-hour shifts" (1/3). Rates ("three times a week",
 * "every 1-2 months") are noise; "one day" as in "some day" is skipped; ages
 * ("90 years old") are noise.
 */
function findDurations(st: State): void {
  if (!mayHaveDuration(st)) return;
  const { text } = st;
  for (const m of allMatches(DURATION(), text)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const n = g.n;
    const unitWord = (g.unit ?? '').toLowerCase();
    const stem = unitWord.endsWith('s') && unitWord !== 's' ? unitWord.slice(0, -1) : unitWord;
    const factor = DAYS_PER_UNIT[stem];
    if (!factor) continue;
    if (/^[ \t\u00A0\u202F]*-?[ \t\u00A0\u202F]*old(?!\p{L})/u.test(text.slice(end, end + 12))) continue; // age
    const isArticle = n !== undefined && /^an?$/i.test(n);
    const prev = previousWord(text, start);
    if (isArticle) {
      // "a second growth curve" is an ordinal; "three times a week", "$5 a day" are rates
      if (stem === 'second' || stem === 'sec') continue;
      if (RATE_WORDS.has(prev) || /\d/.test(prev)) {
        claim(st, start, end);
        continue;
      }
    }
    if (n !== undefined && n.toLowerCase() === 'one' && stem === 'day' && !g.halfBefore && !g.halfAfter) {
      if (!ONE_DAY_BEFORE.has(prev) && !ONE_DAY_AFTER.has(nextWord(text, end))) continue;
    }
    let qty: number | null = g.half !== undefined ? 0.5 : numberValue(n ?? '');
    if (qty === null) continue;
    if (g.halfBefore || g.halfAfter) qty += 0.5;
    const value = (qty * factor[0]) / factor[1];
    if (!emit(st, { kind: 'duration', start, end, value, unit: 'days' })) continue;
    const p = isArticle || g.half !== undefined ? null : listPrefix(text, start);
    const pv = p ? numberValue(p.raw) : null;
    if (p && pv !== null) emit(st, { kind: 'duration', start: p.start, end: p.end, value: (pv * factor[0]) / factor[1], unit: 'days' });
  }
}

// ---------------------------------------------------------------------------
// 5. Ranks
// ---------------------------------------------------------------------------

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const RANK_NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred';
const RANK_HASH = lazy(() => /(?<![\p{L}\p{N}&])#[ \t]?(\d{1,3})(?![\p{L}\p{N}]|[.,]\p{N})/gu);
const RANK_NUMBER = lazy(() => caselessRegExp(`(?<!\\p{L})(?:number|No\\.)${H}*(\\d{1,3}|${RANK_NUMBER_WORDS})(?![\\p{L}\\p{N}]|[.,]\\p{N})`, 'giu'));
const RANK_TOP_N = lazy(() => caselessRegExp(
  `(?<!\\p{L})top(?:${H}+|${H}*-${H}*)(\\d{1,3}|${WORD_NUM})(?![\\p{L}\\p{N}%]|[.,]\\p{N}|${H}*%|${H}+percent)`,
  'giu',
));
const RANK_ORDINAL = lazy(() => caselessRegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,3}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join('|')})(?:${H}+|${H}*-${H}*)(largest|biggest|place|prize|spot|position)(?!\\p{L})`,
  'giu',
));
const RANK_RANKED = lazy(() => caselessRegExp(
  `(?<!\\p{L})ranked${H}+(?:(?:No\\.|number|#)${H}*)?(\\d{1,3}(?:st|nd|rd|th)?)(?![\\p{L}\\p{N}]|[.,]\\p{N}|${H}*[-–]${H}*\\d)`,
  'giu',
));
const RANK_SUPERLATIVE = lazy(() => caselessRegExp(
  `(?<!\\p{L})the${H}+(?:(?:world|industry|country|market|globe|nation|sector)['’]s${H}+)?(largest|biggest|top)(?![\\p{L}\\p{N}-])`,
  'giu',
));
const RANK_FIRST = lazy(() => caselessRegExp(`(?<!\\p{L})the${H}+(first)(?=${H}+(\\p{L}[\\p{L}'’]*)(?![\\p{L}'’-]))`, 'giu'));
/** "the first …" followed by these is not a ranking: "the first time", "the first two rounds". */
const FIRST_NOT_RANK = new Set(
  ('time times day days week weeks month months year years half quarter step steps version versions round rounds ' +
    'thing things stage phase part chapter page line sentence showing glance sight place few ever one ones hour ' +
    'minute episode season edition draft impression moment two three four five six seven eight nine ten').split(' '),
);
/** "one of the largest exchanges" is not a rank. */
const AMONG_TAIL = lazy(() => caselessRegExp(String.raw`(?:(?<!\p{L})(?:one|some|two|three|four|five|several|many|any|each|all|none|most)\s+of|among|amongst)\s+$`, 'iu'));

function ordinalValue(raw: string): number | null {
  const w = ORDINAL_WORDS[raw.toLowerCase()];
  if (w !== undefined) return w;
  const n = parseInt(raw, 10);
  return Number.isFinite(n) ? n : null;
}

/**
 * Ranks: "#1" (1), "number one spot" (1), "top three" (3, qualifier "top"),
 * "2nd largest" (2), "first place" (1), "ranked 3rd" (3), "the largest
 * cryptocurrency exchange" (1), "the top global team" (1), "the first US bank"
 * (1). Not ranks: "one of the largest exchanges", "the top companies" (plural:
 * a group, not a position), "the first time", "in the first place".
 */
function findRanks(st: State): void {
  const { text } = st;
  for (const m of st.digit && text.includes('#') ? allMatches(RANK_HASH(), text) : NONE) {
    emit(st, { kind: 'rank', start: m.index, end: m.index + m[0].length, value: Number(m[1]) }, false);
  }
  for (const m of has(st, 'number', 'no.') ? allMatches(RANK_NUMBER(), text) : NONE) {
    if (m[0].startsWith('no.')) continue; // "the answer was no. 2 people agreed": only "No." abbreviates number
    const v = numberValue(m[1] ?? '');
    if (v !== null) emit(st, { kind: 'rank', start: m.index, end: m.index + m[0].length, value: v }, false);
  }
  for (const m of mayHaveTopN(st) ? allMatches(RANK_TOP_N(), text) : NONE) {
    const v = numberValue(m[1] ?? '');
    if (v !== null) emit(st, { kind: 'rank', start: m.index, end: m.index + m[0].length, value: v, qualifier: 'top' }, false);
  }
  for (const m of has(st, 'largest', 'biggest', 'place', 'prize', 'spot', 'position') ? allMatches(RANK_ORDINAL(), text) : NONE) {
    if (/in\s+the\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) && /place/i.test(m[2] ?? '')) continue;
    const v = ordinalValue(m[1] ?? '');
    if (v !== null) emit(st, { kind: 'rank', start: m.index, end: m.index + m[0].length, value: v }, false);
  }
  for (const m of st.digit && has(st, 'ranked') ? allMatches(RANK_RANKED(), text) : NONE) {
    const raw = m[1] ?? '';
    const start = m.index + m[0].length - raw.length;
    const v = ordinalValue(raw.replace(/(?:st|nd|rd|th)$/i, ''));
    if (v !== null) emit(st, { kind: 'rank', start, end: m.index + m[0].length, value: v }, false);
  }
  for (const m of has(st, 'the') && has(st, 'largest', 'biggest', 'top') ? allMatches(RANK_SUPERLATIVE(), text) : NONE) {
    const word = m[1] ?? '';
    const end = m.index + m[0].length;
    const start = end - word.length;
    if (AMONG_TAIL().test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (pluralAhead(text, end)) continue;
    if (/^\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)(?!\p{L}))/iu.test(text.slice(end, end + 8))) continue;
    emit(st, { kind: 'rank', start, end, value: 1 }, false);
  }
  for (const m of has(st, 'first') ? allMatches(RANK_FIRST(), text) : NONE) {
    const next = (m[2] ?? '').toLowerCase();
    if (!next || FIRST_NOT_RANK.has(next) || isStopWord(m[2] ?? '') || /ly$/.test(next) || WORD_VALUES[next] !== undefined) continue;
    const end = m.index + m[0].length;
    emit(st, { kind: 'rank', start: end - (m[1] ?? '').length, end, value: 1 }, false);
  }
}

// ---------------------------------------------------------------------------
// 6. Bare years
// ---------------------------------------------------------------------------

const BARE_YEAR = lazy(() => /(?<![\p{L}\p{N}_$€£¥#.,])(?:19|20)\d{2}(?![\p{L}\p{N}_%]|[.,]\p{N})/gu);
// Chinese and Japanese set a year between characters with no space, 年 ("year") after it: "在2017年成立"
// (a Han letter before it is no word it is glued to; "2000人" is a count). Tried only where 年 is.
const BARE_YEAR_CJK = lazy(() => /(?<![\p{L}\p{N}_$€£¥#.,])(?:19|20)\d{2}(?![\p{L}\p{N}_%]|[.,]\p{N})|(?<![\p{N}_$€£¥#.,]|[A-Za-z])(?:19|20)\d{2}(?=年)/gu);
/**
 * A fiscal year written on its prefix, as companies and governments write them: "FY2021", "FY24",
 * "FY'27" (two digits: 2000 and after below 70, the 1900s above). "FY 2019" is a bare year already.
 */
const FISCAL_YEAR = lazy(() => /(?<![\p{L}\p{N}_])FY['’]?((?:19|20)\d{2}|\d{2})(?![\p{L}\p{N}_%]|[.,]\p{N})/gu);
const ETHIOPIC = lazy(() => /[\u1200-\u137f]/u);
/** An Ethiopian month's name and a day, then "/" or a space, before the year. */
const ETHIOPIAN_DAY_BEFORE = lazy(() => /(?:መስከረም|ጥቅምት|ኅዳር|ህዳር|ታኅሣሥ|ታህሳስ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|ሐምሌ|ነሐሴ|ጳጉሜ)\s*\d{1,2}\s*[/,፣]?\s*$/u);
const SHORT_YEAR_TAIL = lazy(() => /^[ \t]*[-–—/][ \t]*(\d{2})(?![\p{L}\p{N}])/u);
/** Words after which a 4-digit number is a year even before a plural noun: "in 2020 users…". */
const YEAR_CONTEXT_WORDS = new Set([
  'in', 'of', 'since', 'by', 'from', 'until', 'till', 'to', 'during', 'before', 'after', 'between', 'through', 'the',
  'and', 'or', 'year', 'fy', 'circa', 'as', 'for', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'winter', 'fall',
]);

const THAI_LETTER = lazy(() => /[\u0e01-\u0e4e]/u);
/**
 * A year of the Buddhist era, as Thai writes its years: after "พ.ศ." (the era's name), "ปี" ("year") or
 * a month's name ("ภายในปี ๒๕๗๐", "๑ มกราคม ๒๕๖๘"). 2443–2642 are the Gregorian 1900–2099; a
 * Gregorian year after "ปี" ("ปี ๒๐๒๔") is a bare year as any other.
 */
const BUDDHIST_ERA_YEAR = lazy(() =>
  /(?:พ\.\s?ศ\.|ปี|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)[ \t]*(2[4-6]\d{2})(?![\p{L}\p{N}_%]|[.,]\p{N})/gu);

/** Thai years of the Buddhist era, read as the Gregorian years they are (พ.ศ. ๒๕๖๗ is 2024). */
function findBuddhistEraYears(st: State): void {
  for (const m of allMatches(BUDDHIST_ERA_YEAR(), st.text)) {
    const y = Number(m[1]) - BUDDHIST_ERA_OFFSET;
    if (!validYear(y)) continue;
    const end = m.index + m[0].length;
    emit(st, { kind: 'date', start: end - 4, end, value: String(y), precision: 'year' }, false);
  }
}

/**
 * Years 1900–2099 standing alone: "in 2013", "2018 to 2022" (two), "2018-19"
 * (two). A 4-digit number before a plural noun is a count ("had 2000
 * employees") unless a word like "in"/"the" shows it is a year ("the 2020
 * recommendations list").
 */
function findBareYears(st: State): void {
  if (!st.digit) return;
  const { text } = st;
  if (THAI_LETTER().test(text)) findBuddhistEraYears(st);
  if (text.includes('FY')) {
    for (const m of allMatches(FISCAL_YEAR(), text)) {
      const digits = m[1]!;
      const y = digits.length === 4 ? Number(digits) : Number(digits) + (Number(digits) < 70 ? 2000 : 1900);
      if (validYear(y)) emit(st, { kind: 'date', start: m.index, end: m.index + m[0].length, value: String(y), precision: 'year' }, false);
    }
  }
  if (!hasYearDigits(text)) return;
  for (const m of allMatches(text.includes('年') ? BARE_YEAR_CJK() : BARE_YEAR(), text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = charAt(text, start - 1);
    if ((before === '-' || before === '–') && LETTER().test(charAt(text, start - 2))) continue; // "BEP-2020"
    // "ሚያዝያ 25/2016", "2014 ዓ.ም": a year of the Ethiopian calendar (seven or eight behind the
    // Gregorian), no year a Gregorian reader can take: none is better than a wrong one.
    if (ETHIOPIC().test(text) && (ETHIOPIAN_DAY_BEFORE().test(text.slice(Math.max(0, start - 16), start)) || /^\s*ዓ\.?\s?ም/u.test(text.slice(end, end + 6)))) continue;
    const y = Number(m[0]);
    if (!validYear(y)) continue;
    if (pluralAhead(text, end) && !YEAR_CONTEXT_WORDS.has(previousWord(text, start))) continue; // a count
    if (!emit(st, { kind: 'date', start, end, value: String(y), precision: 'year' }, false)) continue;
    const short = SHORT_YEAR_TAIL().exec(text.slice(end, end + 8));
    if (short) {
      const yy = Number(short[1]);
      if (yy > y % 100) {
        const s2 = end + short[0].length - 2;
        emit(st, { kind: 'date', start: s2, end: s2 + 2, value: String(y - (y % 100) + yy), precision: 'year' }, false);
      }
    }
  }
}

// ---------------------------------------------------------------------------
// 7. Counts
// ---------------------------------------------------------------------------

const COUNT = lazy(() => caselessRegExp(
  `(?<![\\p{L}\\p{N}_.,$€£¥#/])` +
    `(?:(?<num>${NUMERAL})(?:(?<k>[kK])(?![\\p{L}\\p{N}])|${H}+(?<scale>${SCALE_WORD})(?!\\p{L}))?` +
    `|(?<word>an?|${SMALL_WORDS})${H}+(?<wscale>hundred|thousand|million|billion|trillion|dozen)(?!\\p{L}))`,
  'giu',
));
/** A number after one of these is a label, not a count: "Chapter 3", "Season 2". */
const LABEL_WORDS = new Set([
  'chapter', 'section', 'page', 'step', 'level', 'episode', 'season', 'version', 'phase', 'part', 'article', 'room',
  'grade', 'gen', 'vol', 'volume', 'figure', 'table', 'no', 'no.', 'item', 'stage', 'round', 'tier', 'layer', 'web',
]);
const HYPHEN_AHEAD = lazy(() => new RegExp(`^${H}*[-–—]${H}*\\d`, 'u'));

/**
 * Whatever numbers are left: "over 13 million active users" (13000000,
 * "user", "over"), "300 employees", "headcount surpassed 1,500" (no unit),
 * "12 countries and 30 universities" (two), "8-10 cases" (two). Word numbers
 * count only with a scale and a noun ("over a million users"): "two choices"
 * is too noisy to be worth it. Skipped: ordinals ("3rd"), numbers glued to
 * letters ("F1", "4,000m", "L2"), "COVID-19", labels ("Chapter 3"), a bare
 * "3-4".
 */
function findCounts(st: State): void {
  if (!st.digit && !has(st, 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen')) return;
  const { text } = st;
  for (const m of allMatches(COUNT(), text)) {
    const g = m.groups ?? {};
    const start = m.index;
    let end = start + m[0].length;
    let value: number | null;
    if (g.num !== undefined) {
      const after = text.slice(end, end + 3);
      if (!g.k && !g.scale) {
        if (/^\p{L}/u.test(after) || /^[:/.,]\p{N}/u.test(after) || /^-\p{L}/u.test(after)) continue; // 3rd, 4,000m, 24/7, 1,2,3, 30-person
      }
      if (HYPHEN_AHEAD().test(text.slice(end, end + 8)) && !g.scale && !g.k) continue; // head of "8-10 cases": the tail emits it
      const before = charAt(text, start - 1);
      if ((before === '-' || before === '–') && LETTER().test(charAt(text, start - 2))) continue; // COVID-19
      if (LABEL_WORDS.has(previousWord(text, start))) continue;
      value = scaled(g.num, g.k ?? g.scale);
    } else {
      value = scaled(g.word ?? '', g.wscale);
    }
    if (value === null) continue;
    let qualifier: string | undefined;
    let nounFrom = end;
    if (charAt(text, end) === '+') {
      qualifier = 'over'; // "1000+ projects"
      nounFrom = end + 1;
    }
    const noun = nounAfter(text, nounFrom);
    if (g.word !== undefined && !noun) continue; // "one to a thousand": no noun, not a count
    if (noun) end = noun.end;
    else if (qualifier) end = nounFrom;
    const draft: Draft = { kind: 'count', start, end, value };
    if (noun) draft.unit = noun.unit;
    if (qualifier) draft.qualifier = qualifier;
    const p = g.num !== undefined ? listPrefix(text, start) : null;
    if (p && p.hyphen && !noun) continue; // "ranked at 3-4": a range of nothing
    if (!emit(st, draft)) continue;
    // "8-10 cases", "3 or 4 million users": the head of the list shares the noun and the scale
    const pv = p && /\d/.test(p.raw) ? scaled(p.raw, g.k ?? g.scale) : null;
    if (!p || pv === null) continue;
    const head = st.out.find((f) => f.kind === 'count' && f.end === p.end && f.unit === undefined);
    if (head) {
      // already emitted on its own ("3 or 4 million users" saw "3" first): complete it
      head.value = pv;
      if (noun) head.unit = noun.unit;
    } else {
      emit(st, { kind: 'count', start: p.start, end: p.end, value: pv, ...(noun ? { unit: noun.unit } : {}) });
    }
  }
}

/**
 * The words the pre-checks ask `has` and `hasWordAfter` about, found in one
 * scan of a text (a word missing here is searched for on its own: slower,
 * never wrong).
 */
const PRECHECK_WORDS = [
  'centur', 'one', 'age', 'old', 'year', 'times', 'once', 'twice', 'thrice', 'every', 'per', 'each',
  'percent', 'pct', 'per cent', 'per\tcent', 'per\u00a0cent', 'per\u202fcent',
  'number', 'no.', 'top', 'largest', 'biggest', 'place', 'prize', 'spot', 'position', 'ranked', 'the', 'first',
  'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen',
  ...UNIT_WORDS,
  ...SUFFIX_CURRENCY_WORDS,
];
const KEYWORD_SCANNER = new KeywordScanner(PRECHECK_WORDS);

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/**
 * A text read for figures. Its years and its figures share the work of
 * passes 0–6: callers ask for the years first (the figures of "July 14" take
 * a year only when the text names exactly one) and then for the figures, and
 * the second question reuses the first one's passes when the year cannot
 * change their outcome. The state lives in this object, not in the module.
 */
export class FigureReader {
  readonly text: string;
  /** passes 0–6 at the year they ran with, once run */
  private passes: State | null = null;

  constructor(text: string) {
    this.text = typeof text === 'string' ? text : '';
  }

  /** Years (1900..2099) the text mentions, from any date figure or bare year, ascending, unique. */
  years(): number[] {
    // Every date pattern needs a digit; counts (pass 7) never make or change a date.
    if (!HAS_DIGIT().test(this.text) && !EASTERN_DIGIT().test(this.text)) return [];
    this.passes ??= throughBareYears(this.text, null);
    const years = new Set<number>();
    for (const f of this.passes.out) {
      if (f.kind !== 'date' || typeof f.value !== 'string') continue;
      const y = Number(f.value.slice(0, 4));
      if (validYear(y)) years.add(y);
    }
    return [...years].sort((a, b) => a - b);
  }

  /**
   * The figures the text asserts, sorted by start, never overlapping, with
   * `text.slice(f.start, f.end) === f.text`. `context.year` dates month-day
   * mentions that lack a year ("July 14"). Call once: it finishes the passes.
   */
  figures(context?: { year?: number | null }): Figure[] {
    if (this.text.length === 0) return [];
    const y = context?.year;
    const year = typeof y === 'number' && validYear(y) ? y : null;
    let st = this.passes;
    this.passes = null;
    if (st === null || (st.dayOnly && st.year !== year)) st = throughBareYears(this.text, year);
    findCounts(st);
    return st.out.sort((a, b) => a.start - b.start);
  }
}

/** The figures a text asserts (see FigureReader.figures). */
export function extractFigures(text: string, context?: { year?: number | null }): Figure[] {
  return new FigureReader(text).figures(context);
}

/** Years (1900..2099) a text mentions (see FigureReader.years). */
export function mentionedYears(text: string): number[] {
  return new FigureReader(text).years();
}

/**
 * `mentionedYears(`${first}\n${second}`)` from the two texts' own years, so a
 * caller that reads `second` anyway (a record's answer, after its question)
 * reads it once. The same years: no pattern of passes 0–6 matches or looks
 * across a line break (they match horizontal space only, their lookarounds
 * exclude line breaks, and a `$` or `^` at the break sees what it sees at the
 * end or start of either text), so each text's figures are what they are on
 * their own (test/figures/extract.test.ts compares both on random text).
 */
export function yearsOfLines(first: FigureReader, second: FigureReader): number[] {
  const a = first.years();
  const b = second.years();
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/** Passes 0–6: everything but the counts, which come last and only ever add counts. */
function throughBareYears(text: string, year: number | null): State {
  const st = newState(text, year);
  findNoise(st);
  findDates(st);
  findAmounts(st);
  findPercents(st);
  findDurations(st);
  findRanks(st);
  findBareYears(st);
  return st;
}

/** For tests: the words the pre-checks scan for. */
export const PRECHECK_WORDS_FOR_TESTS: readonly string[] = PRECHECK_WORDS;

/**
 * For tests: the pre-checks of the patterns whose matches they must allow
 * (test/figures/prechecks.test.ts holds each to its pattern on generated text).
 */
export const PRECHECKS_FOR_TESTS = lazy((): ReadonlyArray<{ name: string; pattern: RegExp; check: (text: string) => boolean }> => [
  { name: 'prefix amount', pattern: PREFIX_AMOUNT(), check: (t) => mayHavePrefixAmount(newState(t, null)) },
  { name: 'suffix amount', pattern: SUFFIX_AMOUNT(), check: (t) => mayHaveSuffixAmount(newState(t, null)) },
  { name: 'percent', pattern: PERCENT(), check: (t) => mayHavePercent(newState(t, null)) },
  { name: 'duration', pattern: DURATION(), check: (t) => mayHaveDuration(newState(t, null)) },
  { name: 'qualified year', pattern: QUALIFIED_YEAR(), check: (t) => YEAR_AFTER_SPACE_OR_HYPHEN().test(t) },
  { name: 'age noise', pattern: AGE_NOISE(), check: (t) => mayHaveShortNumberAfterSpace(newState(t, null)) },
  ...[MONTH_DAY_YEAR(), DAY_MONTH_YEAR(), MONTH_YEAR(), MONTH_DAY(), DAY_MONTH()].map((pattern, k) => ({ name: `month pattern ${k + 1}`, pattern, check: (t: string) => mayHaveMonth(newState(t, null)) })),
]);

/** The pre-checks perf43 added (test/parse/perf43.test.ts holds each to its pattern on generated text). */
export const PERF43_PRECHECKS_FOR_TESTS = lazy((): ReadonlyArray<{ name: string; pattern: RegExp; check: (text: string) => boolean }> => {
  const noise = (gate: (st: State) => boolean) => NOISE.find(([g]) => g === gate)![1]();
  return [
    { name: 'times of day', pattern: noise(mayHaveTimeOfDay), check: (t) => mayHaveTimeOfDay(newState(t, null)) },
    { name: 'decades', pattern: noise(mayHaveDecade), check: (t) => mayHaveDecade(newState(t, null)) },
    { name: 'ages', pattern: noise(mayHaveAge), check: (t) => mayHaveAge(newState(t, null)) },
    { name: 'recurring periods', pattern: noise(mayHaveRecurringPeriod), check: (t) => mayHaveRecurringPeriod(newState(t, null)) },
    { name: 'top n', pattern: RANK_TOP_N(), check: (t) => mayHaveTopN(newState(t, null)) },
    { name: 'bare year', pattern: BARE_YEAR(), check: (t) => { const st = newState(t, null); return st.digit && hasYearDigits(st.text); } },
    { name: 'bare year (CJK)', pattern: BARE_YEAR_CJK(), check: (t) => { const st = newState(t, null); return st.digit && hasYearDigits(st.text); } },
  ];
});
