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
 */
export function stampedEntries(lines: readonly string[], end: number): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < end; i++) {
    const raw = lines[i]!;
    // Cheap gate: short, with a digit.
    if (raw.length > 24 || !raw.trim() || (i > 0 && lines[i - 1]!.trim()) || !lines[i + 1]?.trim() || !/\d/.test(raw)) continue;
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
