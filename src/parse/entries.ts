import { readDateText } from '../corpus/meta.js';
import { lazy } from '../model/regexp.js';
import type { DraftRecord } from './builder.js';

/**
 * Dated entries (a diary, a journal, a log kept by day): a line that is a day's date and at most
 * a place after it ("2 Jan 2018", "20 Feb 2018 — Tokyo", "Monday, 3 March 2019", "## 2 Jan 2018"),
 * standing alone after a blank line, opens an entry. Each entry is written on its own day: the
 * records under it take that date's year, not the document's (the first entry's).
 */

/**
 * An entry line: a heading's hashes or emphasis, a weekday, a day's date ("2 Jan 2018", "March 3,
 * 2019"), then at most a place of a few words after a dash or a comma, or in brackets.
 */
const ENTRY_LINE = lazy(() => /^(?:#{1,6}\s+)?[*_]{0,2}(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})[*_]{0,2}(?:\s?(?:[—–-]|,)\s?[\p{L}][\p{L}.'’ -]{0,40}|\s?\([\p{L}][\p{L}.'’ ,-]{0,40}\))?[*_]{0,2}$/iu);

/** The year of an entry line, or null when the line is no entry's date. */
function entryYear(raw: string): number | null {
  const s = raw.trim();
  if (s.length > 60 || !/\d{4}/.test(s)) return null;
  const m = ENTRY_LINE().exec(s);
  const day = m ? readDateText(m[1]!.replace(/,$/, '')) : null;
  return day?.date ? day.year : null;
}

/**
 * The entry lines of a document and each one's year, by body line: two entries at least (one
 * date line alone is a dateline), each after a blank line (or the first line) with text right below it or after one blank line.
 * Empty for any other document.
 */
export function datedEntries(lines: readonly string[], end: number): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < end; i++) {
    const raw = lines[i]!;
    // Cheap gate: short, with a digit.
    if (raw.length > 64 || !raw.trim() || (i > 0 && lines[i - 1]!.trim())) continue;
    if (!lines[i + 1]?.trim() && !(i + 2 < end && lines[i + 2]!.trim())) continue;
    const year = entryYear(raw);
    if (year !== null) out.set(i, year);
  }
  return out.size >= 2 ? out : new Map();
}

/** A live blog's entry stamp: a time alone, with its zone or am/pm perhaps ("21.10 BST", "14:05", "9.32am GMT"). */
const STAMP_LINE = lazy(() => /^\s*[*_]{0,2}(?:[01]?\d|2[0-3])[.:][0-5]\d ?(?:[ap]\.?m\.?)?(?: [A-Z]{2,5})?[*_]{0,2}\s*$/i);

/**
 * The entry stamps of a live blog, by body line: a time alone on its line after a blank line, text
 * right below it, three of them at least (two times alone may be a schedule's or a list's). Each
 * heads the entry under it; the day is the page's dateline's. Empty for any other document.
 * A page copied as Markdown sets every block apart, so the text may stand one blank line below.
 */
export function stampedEntries(lines: readonly string[], end: number): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < end; i++) {
    const raw = lines[i]!;
    // Cheap gate: short, with a digit.
    if (raw.length > 24 || !raw.trim() || (i > 0 && lines[i - 1]!.trim()) || !/\d/.test(raw)) continue;
    if (!lines[i + 1]?.trim() && !(lines[i + 1] !== undefined && lines[i + 2]?.trim())) continue;
    if (STAMP_LINE().test(raw)) out.add(i);
  }
  return out.size >= 3 ? out : new Set();
}

/** Each record under an entry line takes that entry's year (a record that has its own year keeps it). */
export function dateRecordsByEntry(records: DraftRecord[], entries: Map<number, number>, fileLine: (idx: number) => number): void {
  if (!entries.size) return;
  const starts = [...entries.keys()].sort((a, b) => a - b).map((k) => ({ line: fileLine(k), year: entries.get(k)! }));
  for (const r of records) {
    if (r.year !== undefined) continue;
    let year: number | null = null;
    for (const s of starts) if (s.line <= r.line) year = s.year;
    if (year !== null) r.year = year;
  }
}

/** A heading that is a year alone: "## 2017", "### **2019**". Groups: the hashes, the year. */
const YEAR_HEADING = lazy(() => /^(#{1,6})\s+[*_]{0,2}((?:19|20)\d{2})[*_]{0,2}\s*$/);
/** Any Markdown heading, for its level. */
const ANY_HEADING = lazy(() => /^(#{1,6})\s/);
/**
 * A timeline item led by its date, then a dash or a colon: "- **June 2014** — …", "- March 2017 — …",
 * "- 2019: …", "Autumn 2021 – …". A month's or a season's name only before the year ("Since 2019:"
 * is a sentence). Groups: the year.
 */
const LED_ITEM = lazy(
  () =>
    /^\s{0,3}(?:[-*+]\s+)?[*_]{0,2}(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Autumn|Fall|Winter)\.?\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d{2})[*_]{0,2}\s*(?:[—–]|-\s|:\s)/u,
);

/** Whether years run one way: never down, or never up. */
function runsOneWay(years: readonly number[]): boolean {
  let up = true;
  let down = true;
  for (let k = 1; k < years.length; k++) {
    if (years[k]! < years[k - 1]!) up = false;
    if (years[k]! > years[k - 1]!) down = false;
  }
  return up || down;
}

/**
 * A timeline's entries, by body line: headings that are a year alone ("## 2017") and items led by
 * their date ("- **June 2014** — Mayor … proposes …", "- 2019: The plant opens …"), two of a kind
 * at least, their years running one way (a timeline goes forward or back in time). A year heading
 * dates the records under it, down to the next heading of its level or above; a led item the
 * records of its own line (a quote in it, "(Bloomberg, 2019)", was said then). One pass over the
 * lines; each test is anchored at the line's start.
 */
export function timelineYears(lines: readonly string[], end: number): { spans: { from: number; to: number; year: number }[]; items: Map<number, number> } {
  const spans: { from: number; to: number; year: number; level: number }[] = [];
  const items = new Map<number, number>();
  let open: { from: number; to: number; year: number; level: number } | null = null;
  for (let i = 0; i < end; i++) {
    const raw = lines[i]!;
    const c = raw.charCodeAt(0);
    // Cheap gate: a heading, a list item, a digit, a letter or spaces first.
    if (!raw || c === 62 /* > */ || c === 124 /* | */) continue;
    const heading = c === 35 /* # */ ? ANY_HEADING().exec(raw) : null;
    if (heading) {
      const level = heading[1]!.length;
      if (open && level <= open.level) {
        open.to = i;
        open = null;
      }
      const y = YEAR_HEADING().exec(raw);
      if (y) {
        open = { from: i, to: end, year: Number(y[2]), level };
        spans.push(open);
      }
      continue;
    }
    const led = LED_ITEM().exec(raw);
    if (led) items.set(i, Number(led[1]));
  }
  const ordered = (ys: number[]) => ys.length >= 2 && runsOneWay(ys);
  return {
    spans: ordered(spans.map((s) => s.year)) ? spans.map(({ from, to, year }) => ({ from, to, year })) : [],
    items: ordered([...items.values()]) ? items : new Map(),
  };
}

/** Each record of a timeline takes its led item's year, else its year heading's (a record that has its own year keeps it). */
export function dateRecordsByTimeline(records: DraftRecord[], timeline: ReturnType<typeof timelineYears>, fileLine: (idx: number) => number): void {
  if (!timeline.spans.length && !timeline.items.size) return;
  const items = new Map<number, number>();
  for (const [k, y] of timeline.items) items.set(fileLine(k), y);
  const spans = timeline.spans.map((s) => ({ from: fileLine(s.from), to: fileLine(s.to), year: s.year }));
  for (const r of records) {
    if (r.year !== undefined) continue;
    const own = items.get(r.line);
    if (own !== undefined) {
      r.year = own;
      continue;
    }
    // the last span opening at or above the record's line (a binary search), or one it nests in
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.from <= r.line) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) {
      if (r.line < spans[k]!.to) {
        r.year = spans[k]!.year;
        break;
      }
    }
  }
}
