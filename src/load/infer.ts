/**
 * What a document without front matter says about its date: the file name
 * ("cnn-2022-12-13", "jane-2020"), else a dateline in its header. Here, not
 * in parse/, because reading a dateline's date is the figures stage's work.
 */
import { extractFigures } from '../figures/extract.js';
import { caselessRegExp } from '../model/regexp.js';
import { AMBIGUOUS_NUMERIC_DATE, barredBylineUnderHeadline, bylineUnderStandfirst, datelineUnderName, excerptCreditLine, foreignDay, headerDatelines, isDateline, closingCreditOf, INTERVIEW_CREDIT, isWhenLine, leadDateline, letterSignature, monthYearOf, publishedInIssueYear, TALK_DATE_KEY, TIME_AFTER_DATE, topYear, type Inferred } from '../parse/header.js';
import { withoutEmphasisEnds } from '../parse/text.js';
import { isMediaFileLine, isNameShaped } from '../parse/labels.js';
import { isPostHandleLine, printedSenderAt } from '../parse/threads.js';
import { bylineName, classifyChrome, FILING_STAMP, PAGE_EDITED } from '../parse/chrome.js';

const FILE_DATE = /(?:^|\D)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/;
const FILE_YEAR = /(?:^|\D)((?:19|20)\d{2})(?!\d)(?![-_](?!(?:19|20)\d{2}(?!\d))\d{4,})/;
/** A year standing apart in a name; not one that opens a case or request number ("FOIA_2024-00317"); a range's first year ("2017-2024") stays one. */
const FILE_YEAR_APART = /(?:^|[^\p{L}\d])((?:19|20)\d{2})(?![\p{L}\d])(?![-_](?!(?:19|20)\d{2}(?!\d))\d{4,})/u;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A header field that says it is the date: "Date: …", "Date of interview: …", "Interview date: …". */
const DATE_KEY = caselessRegExp(String.raw`^\s*(?:\p{L}+\s+){0,2}date(?:\s+of\s+(?:\p{L}+\s*){1,2})?\s*:`, 'iu');

/** A page property saying when the page was made or last changed: "Created:", "Last edited time:", "updated::". */
const MADE_KEY = /^\s*(?:created|created time|date created|last edited(?: time)?|updated|last updated|modified|last modified)\s*::?/i;

/** "cnn-2022-12-13" → 2022-12-13; "jane-2020" → the year 2020. */
export function dateFromFileName(id: string): { date: string | null; year: number; glued?: boolean } | null {
  const d = FILE_DATE.exec(id);
  if (d) {
    const iso = `${d[1]}-${d[2]}-${d[3]}`;
    const t = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(t.getTime()) && t.toISOString().startsWith(iso)) return { date: iso, year: Number(d[1]) };
  }
  // "token2049-singapore-2024-agenda": a year standing apart is the date's; one glued to a word
  // is part of a name, used only when the name has no other.
  const apart = FILE_YEAR_APART.exec(id);
  if (apart) return { date: null, year: Number(apart[1]) };
  const y = FILE_YEAR.exec(id);
  return y ? { date: null, year: Number(y[1]), glued: true } : null;
}

/**
 * The date a document gives in its header, on a dateline above the first
 * paragraph. A day and month without a year take the year only when the
 * text allows it: a year elsewhere in the header (or the file name's), and
 * the weekday, if the line names one, falls on that date in that year.
 * Returns the date, or a note saying what the text gave when no year fits.
 */
export function inferDate(
  lines: readonly string[],
  bodyLine: number,
  knownYear: number | null,
): { date: Inferred<string> | null; note: string | null; year?: Inferred<number>; keyed?: boolean } {
  const { datelines, years: headerYears, monthYear } = headerDatelines(lines);
  // A notes app's page properties ("Created: September 4, 2024 3:12 PM" over "Date: September 9,
  // 2024"): the day the page was made gives way to the date the page gives.
  const keyedDate = datelines.length > 1 && datelines.some((d) => DATE_KEY.test(d.text));
  // A dateline that gives no year ("Chat ID: 48213-2024-08-19") gives way to a later one that gives a day ("Started: 19 Aug 2024 10:31:52").
  let noYear: string | null = null;
  for (const { text: line, idx: i } of datelines) {
    if (keyedDate && MADE_KEY.test(line)) continue;
    // "Publié le 5 juin 2024", "14 de marzo de 2025", "12. März 2024": a dateline in another language.
    const foreign = foreignDay(line);
    if (foreign) return { date: { value: foreign, from: `a dateline (line ${bodyLine + i})` }, note: null };
    // A cable's date-time group ("P 161422Z OCT 18": the 16th, 14:22 Zulu, October 2018).
    const dtg = line.includes('Z ') ? dtgDate(line) : null;
    if (dtg) return { date: { value: dtg, from: `a date-time group (line ${bodyLine + i})` }, note: null };
    // "JUNE 7, 2023": a dateline in capitals (a hearing's cover page) read as the month is written elsewhere;
    // "Posted On: 09 SEP 2023 9:45PM": a month in capitals in a line that has lowercase.
    const s = /\p{Ll}/u.test(line) ? line.replace(CAPS_MONTH, (w) => w[0] + w.slice(1).toLowerCase()) : line.toLowerCase().replace(/(?<!\p{L})\p{L}/gu, (c) => c.toUpperCase());
    const full = extractFigures(s, { year: null }).find((f) => f.kind === 'date' && f.precision === 'day');
    if (full) return { date: { value: String(full.value), from: `a dateline (line ${bodyLine + i})` }, note: null, keyed: DATE_KEY.test(line) };
    const weekday = WEEKDAYS.findIndex((w) => new RegExp(`\\b${w}\\b`, 'i').test(s));
    for (const y of [...new Set([...headerYears, ...(knownYear ? [knownYear] : [])])]) {
      const f = extractFigures(s, { year: y }).find((g) => g.kind === 'date' && g.precision === 'day');
      if (!f) continue;
      if (weekday >= 0 && new Date(`${String(f.value)}T00:00:00Z`).getUTCDay() !== weekday) continue;
      return { date: { value: String(f.value), from: `a dateline (line ${bodyLine + i}) and the year ${y}` }, note: null };
    }
    const dm = extractFigures(s, { year: 2000 }).find((g) => g.kind === 'date');
    noYear ??= `${dm?.text ?? s} (line ${bodyLine + i}; the text gives no year)`;
  }
  if (noYear) return { date: null, note: noYear };
  // "Date: 03/10/2022", "**Date:** 12/02/2024": a header's date field in figures whose day and month
  // could be read either way round; the year is certain, the day is not.
  const numeric = numericDateField(lines);
  if (numeric) return { date: null, note: null, year: { value: numeric.year, from: `a date field (line ${bodyLine + numeric.idx})` } };
  // A news dateline opening the first paragraph ("CARROW VALLEY, Ore. (Nov. 3, 2022) —").
  const lead = leadDateline(lines);
  const leadDay = lead ? extractFigures(lead.text, { year: null }).find((f) => f.kind === 'date' && f.precision === 'day') : undefined;
  if (lead && leadDay) return { date: { value: String(leadDay.value), from: `a dateline (line ${bodyLine + lead.idx})` }, note: null };
  // A byline that carries the date after a separator ("By Tom Reddaway | March 3, 2024"), under a
  // standfirst the header scan stops at.
  const byline = bylineDate(lines) ?? deliveryDate(lines);
  if (byline) return { date: { value: byline.value, from: `a byline (line ${bodyLine + byline.idx})` }, note: null };
  // A news lede that dates its own report: "Binance said on December 3, 2025 that …".
  const lede = ledeDate(lines);
  if (lede) return { date: { value: lede.value, from: `the first sentence (line ${bodyLine + lede.idx})` }, note: null };
  // No day, but a month and year ("March 2024"): the year, without a date.
  if (monthYear) return { date: null, note: null, year: { value: monthYear.year, from: `a month and year (line ${bodyLine + monthYear.idx})` } };
  const issue = bylineMonthYear(lines);
  // (a "Published in …" line the top's own reading reaches is that reading's: "a header line")
  if (issue && !(issue.published && topYear(lines))) return { date: null, note: null, year: { value: issue.year, from: `a month and year ${issue.on ? 'on' : 'under'} the byline (line ${bodyLine + issue.idx})` } };
  // An excerpt's credit gives its book's year ("(Harbor & Finch, 2022)", "Copyright © 2024 by …").
  const credit = excerptCreditLine(lines);
  if (credit?.year) return { date: null, note: null, year: { value: credit.year, from: `the excerpt's credit (line ${bodyLine + credit.idx})` } };
  // An interview's credit under its last answer, with the month: "… Interview by Leon Achterberg, October 2023."
  const foot = footCreditYear(lines);
  if (foot) return { date: null, note: null, year: { value: foot.year, from: `the interviewer's credit (line ${bodyLine + foot.idx})` } };
  // No date at all: a year the title or a line under it gives ("(2021 edition)", "Published in …, Spring 2019").
  const top = topYear(lines);
  // "Recorded at the Lisbon Web Summit, 12 November 2024.": a header line saying when, with the day.
  const topDay = top?.when ? extractFigures(lines[top.idx]!, { year: null }).find((f) => f.kind === 'date' && f.precision === 'day' && String(f.value).startsWith(String(top.year))) : undefined;
  if (top && topDay) return { date: { value: String(topDay.value), from: `a header line (line ${bodyLine + top.idx})` }, note: null };
  // "*Held at the Civic Centre, Ardmore, on 22 May 2025. Moderated by …*": an italic note under the
  // title saying when the event the text records was held.
  const held = heldOnDay(lines) ?? standfirstDay(lines) ?? fieldsDayLead(lines);
  if (held) return { date: { value: held.value, from: `the note under the title (line ${bodyLine + held.idx})` }, note: null };
  const heldIn = heldInMonthYear(lines);
  if (heldIn && !top) return { date: null, note: null, year: { value: heldIn.year, from: `the note under the title (line ${bodyLine + heldIn.idx})` } };
  // "AMA Recap: Fathom Labs x Binance Square (March 14, 2024)": the one day the title gives in brackets
  // is the day of what the document records (a range, "(March 3, 1941 – May 2, 2024)", gives none).
  const titleDay = top && !top.when ? bracketedDay(lines[top.idx]!) : null;
  if (top && titleDay) return { date: { value: titleDay, from: `the title (line ${bodyLine + top.idx})` }, note: null };
  if (top) return { date: null, note: null, year: { value: top.year, from: `${top.when ? 'a header line' : 'the title'} (line ${bodyLine + top.idx})` } };
  // Nothing above the text says when: a page's stamp of its last change, at its foot ("This page was
  // last edited on 2 November 2025, at 09:14 (UTC)."), says when its words last stood so.
  const edited = editedStamp(lines);
  if (edited) return { date: { value: edited.value, from: `the page's last-edited stamp (line ${bodyLine + edited.idx})` }, note: null };
  return { date: null, note: null };
}

/** The month and year an interview's credit gives on one of the last three lines, whole or as the line's last sentence. */
function footCreditYear(lines: readonly string[]): { year: number; idx: number } | null {
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const line = lines[i]!.trim();
    if (!line) continue;
    seen++;
    const credit = / by /i.test(line) ? (INTERVIEW_CREDIT.test(withoutEmphasisEnds(line)) ? withoutEmphasisEnds(line).replace(/\.$/, '') : closingCreditOf(line)) : null;
    const year = credit ? monthYearOf(credit) : null;
    if (year !== null) return { year, idx: i };
  }
  return null;
}

/** The day of a page's last-edited stamp among its last 20 lines. */
function editedStamp(lines: readonly string[]): { value: string; idx: number } | null {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 20); i--) {
    const m = lines[i]!.includes('ast ') ? PAGE_EDITED().exec(lines[i]!.trim()) : null;
    const day = m ? extractFigures(m[1]!, { year: null }).find((f) => f.kind === 'date' && f.precision === 'day') : undefined;
    if (day) return { value: String(day.value), idx: i };
  }
  return null;
}

/**
 * A magazine's byline block under its standfirst, which the header scan stops at: "By Martin Ashdown"
 * / "Photographs by Lena Farouk" / "September 2023 issue". The month and year on a line of that block
 * (the byline's credits, no sentence, between) is the issue's, and so is a credit line's naming the
 * outlet first ("*Published in Horizon Science Monthly, June 2023*").
 */
function bylineMonthYear(lines: readonly string[]): { year: number; idx: number; on?: boolean; published?: boolean } | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 8; i++) {
    if (!lines[i]!.trim()) continue;
    seen++;
    // A standfirst may end on the credit as a sentence of its own: "*The founder of Kessel Bikes on
    // …. Interview by Joe Farrant, March 2024.*".
    const closing = lines[i]!.includes(' by ') ? closingCreditOf(lines[i]!) : null;
    const closingYear = closing ? monthYearOf(closing) : null;
    if (closingYear !== null) return { year: closingYear, idx: i, on: true };
    if (bylineName(lines[i]!) === null && bylineName(lines[i]!.replace(INTERVIEW_CREDIT, 'By ')) === null) continue;
    // Or the byline gives it after a bar or a comma itself: "Interview by Pete Armitage | May 2025".
    const own = monthYearOf(lines[i]!);
    if (own !== null) return { year: own, idx: i, on: true };
    // The issue line may stand a blank line under the byline's block ("By …" / "Photographs by …" /
    // "" / "June 2024 issue"), as a page copied from the web sets each apart; two blank lines end the block.
    for (let k = i + 1; k < lines.length && k <= i + 4 && (lines[k]!.trim() || lines[k + 1]?.trim()); k++) {
      if (!lines[k]!.trim()) continue;
      const year = monthYearOf(lines[k]!);
      if (year !== null) return { year, idx: k };
      const published = publishedInIssueYear(lines[k]!);
      if (published !== null) return { year: published, idx: k, published: true };
      if (classifyChrome(lines[k]!) !== 'metadata') return null;
    }
    return null;
  }
  return null;
}

/**
 * An italic note among the first lines whose sentence says the event was held, recorded or taken on a day,
 * or the interview made ("_Interviewed by Claire Dubois for Gridline, 2 April 2025._", under a summary
 * box and a list of contents): that day.
 */
// (not "taken": a picture's note, "*Photo taken in Lisbon on 3 May 2019.*", dates the picture)
// (the day may follow the verb straight away: "Call held 9 October 2023")
const HELD_ON = /\b(?:held|recorded|filmed|taped|conducted|interviewed|took place|(?:we|I)\s+(?:talked|spoke|met|sat down))\b(?:[^.!?]{0,80}?\b(?:on|,)\s|\s+(?=\d{1,2}\s+[A-Za-z]{3}))/i;
/** The same note giving a month and a year only: "*… We talked over video in November 2024.*". */
const HELD_IN = /\b(?:held|recorded|filmed|taped|conducted|interviewed|took place|(?:we|I)\s+(?:talked|spoke|met|sat down))\b[^.!?]{0,80}?\bin\s/i;
const PICTURE_NOTE = /\b(?:photo|photograph|picture|image|pictured)\b/i;
/**
 * The italic notes among the first ten lines that are not blank (`*…*`, `_…_`), a picture's note left
 * out: each one's words inside its marks (read there: "_" is a word character, so "\b" finds no edge
 * after "_Interviewed"), and its line.
 */
function italicNotes(lines: readonly string[]): { inner: string; idx: number }[] {
  const out: { inner: string; idx: number }[] = [];
  for (let i = 0, seen = 0; i < lines.length && seen < 10; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    seen++;
    if (/^([*_])[^*_].*[^*_]\1$/.test(line) && !PICTURE_NOTE.test(line)) out.push({ inner: line.slice(1, -1), idx: i });
  }
  return out;
}
/** The one figure of a precision the note's sentence saying when (`when`) gives. */
function heldWhen(lines: readonly string[], when: RegExp, precision: 'day' | 'month'): { value: string; idx: number } | null {
  for (const { inner, idx } of italicNotes(lines)) {
    if (!when.test(inner)) continue;
    const sentence = inner.split(/(?<=[.!?])\s+/).find((t) => when.test(t)) ?? '';
    const found = extractFigures(sentence, { year: null }).filter((f) => f.kind === 'date' && f.precision === precision);
    if (found.length === 1) return { value: String(found[0]!.value), idx };
  }
  return null;
}
function heldOnDay(lines: readonly string[]): { value: string; idx: number } | null {
  return heldWhen(lines, HELD_ON, 'day');
}

/** The year of an italic note among the first lines that says in which month the interview was made or the event held (HELD_IN). */
function heldInMonthYear(lines: readonly string[]): { year: number; idx: number } | null {
  const month = heldWhen(lines, HELD_IN, 'month');
  return month ? { year: Number(month.value.slice(0, 4)), idx: month.idx } : null;
}

/**
 * "*A fortnightly newsletter on coastal cities and climate adaptation. 9 October 2024.*", "*… We went
 * through a decade of podcasts. Published 4 March 2025.*": an italic standfirst under the title whose
 * last sentence is a day's date alone, or "Published"/"Posted"/"Sent"/"Issued"/"Dated" and the date:
 * the day the issue or the page came out. ("Last updated …" says when it was changed, not published.)
 */
const STANDFIRST_DATE_SENTENCE = /^(?:(?:Published|Posted|Sent|Issued|Dated)(?:\s+on)?:?\s+)?[\p{L}\d ,.]{6,30}$/u;
/**
 * Meeting notes opening, under the title, on a sentence of fields parted by commas, what and where,
 * the last the day: "Town hall, Depot B canteen, 8 November 2022. Notes by the staff council …",
 * "Open day, Hall 3, Riverside campus, March 4, 2021.". Each field is short and holds no stop, so
 * no sentence of the text that merely mentions a date reads so. The day may be named before the
 * date ("Riverside University Hospital, Thursday 7 March 2024."): group 1, which the date must fit.
 */
const FIELDS_DAY_LEAD = /^[*_]{0,2}\p{Lu}[^.,!?;:]{0,40}(?:,\s[^.,!?;:]{1,40}){0,3},\s(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?((?:\d{1,2}\s+\p{Lu}\p{Ll}{2,8}|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},)\s+(?:19|20)\d{2})[*_]{0,2}\.(?:\s|$)/u;
/**
 * That day, on the second or third line that is not blank (the title the first), or in an italic note
 * among the first lines (a case conference's "*Riverside University Hospital, Thursday 7 March 2024.
 * De-identified case; …*" under its roster of presenters); else null.
 */
function fieldsDayLead(lines: readonly string[]): { value: string; idx: number } | null {
  const dayOf = (text: string, note = false): string | null => {
    const m = text.length <= 400 ? FIELDS_DAY_LEAD.exec(text) : null;
    // (In a note further down, a sentence may end on a place and a date, "She founded the firm in
    // Oslo, 3 May 2015.": there the line is a dateline only with its weekday or two fields before it.)
    if (note && m && !m[1] && (text.slice(0, m.index + m[0].indexOf(m[2]!)).match(/,/g) ?? []).length < 2) return null;
    const day = m ? extractFigures(m[2]!, { year: null }).find((f) => f.kind === 'date' && f.precision === 'day') : undefined;
    if (!day) return null;
    // (a weekday the date does not fall on makes the line no dateline)
    return m![1] && new Date(`${String(day.value)}T00:00:00Z`).getUTCDay() !== WEEKDAYS.findIndex((w) => w.toLowerCase() === m![1]!.toLowerCase()) ? null : String(day.value);
  };
  for (let i = 0, seen = 0; i < lines.length && seen < 3; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    if (++seen === 1) continue;
    const day = dayOf(line);
    if (day) return { value: day, idx: i };
  }
  for (const { inner, idx } of italicNotes(lines)) {
    const day = dayOf(inner, true);
    if (day) return { value: day, idx };
  }
  return null;
}

function standfirstDay(lines: readonly string[]): { value: string; idx: number } | null {
  for (const { inner, idx } of italicNotes(lines)) {
    if (inner.length > 1998) continue;
    const sentences = inner.trim().split(/(?<=[.!?])\s+/);
    const last = sentences[sentences.length - 1]!.replace(/\.$/, '');
    if (!STANDFIRST_DATE_SENTENCE.test(last)) continue;
    const days = extractFigures(last, { year: null }).filter((f) => f.kind === 'date' && f.precision === 'day');
    if (days.length === 1) return { value: String(days[0]!.value), idx };
  }
  return null;
}

/** The one whole date a line gives in brackets, as ISO, and no other date in it; else null. */
function bracketedDay(line: string): string | null {
  const inside = /\(([^()]{6,40})\)/.exec(line);
  if (!inside) return null;
  const dates = extractFigures(line, { year: null }).filter((f) => f.kind === 'date');
  const days = extractFigures(inside[1]!, { year: null }).filter((f) => f.kind === 'date' && f.precision === 'day');
  return dates.length === 1 && days.length === 1 ? String(days[0]!.value) : null;
}

/** A month in capitals: "SEP", "SEPT", "SEPTEMBER". */
const CAPS_MONTH = /(?<![\p{L}])(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)(?![\p{L}])/gu;
const DTG_MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** A message's date-time group alone on its line, a precedence letter before it: "P 161422Z OCT 18", "O 021530Z MAR 09". */
const DTG_LINE = /^(?:[A-Z]{1,2}\s+)?(\d{2})\d{4}Z\s+([A-Z]{3})\s+(\d{2})$/;
function dtgDate(line: string): string | null {
  const m = DTG_LINE.exec(line.trim());
  const month = m ? DTG_MONTHS.indexOf(m[2]!) + 1 : 0;
  if (!m || !month) return null;
  const yy = Number(m[3]);
  const s = `${yy < 70 ? 2000 + yy : 1900 + yy}-${String(month).padStart(2, '0')}-${m[1]}`;
  const t = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(s) ? s : null;
}

/** A full day, a weekday perhaps before it: "Tuesday, 17 March 2026", "December 3, 2025", "12 Jan. 2025" (1: the day). */
const WEEKDAY_AND_DAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?([A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d{2})`;
/**
 * An announcement verb, "on" and a full date, in a lede's first sentence: "… said on December 3,
 * 2025 that", "Dr. Wen Li answered community questions on March 5, 2024." (a few words may stand
 * between the verb and "on"). Verbs of saying only: "the hearing was held on 4 May 2020" dates an
 * event the document reports, which a "Dated:" line under it outranks.
 */
const LEDE_DATE = new RegExp(String.raw`^(?:[^.!?]|(?<=(?<![\p{L}])(?:Dr|Mr|Mrs|Ms|Prof|St|Gov|Sen|Rep|Gen))\.){0,120}?(?<![\p{L}])(?:said|says|announced|confirmed|reported|disclosed|told|answered|spoke|talked|testified)\s+(?:[^.!?]{0,40}?\s)?on\s+${WEEKDAY_AND_DAY}(?![\d])`, 'u');

/**
 * A day in brackets glossing "last night", "yesterday", "today" in a lede: "Summary of Leila's IG Live
 * last night (Jan 12, 2025) since …". The writer dates what the text reports, in their own words.
 */
const GLOSSED_DAY = new RegExp(String.raw`(?<![\p{L}])(?:last night|last week|yesterday|today|tonight|this (?:morning|afternoon|evening|week)|earlier today)\s+\(${WEEKDAY_AND_DAY}\)`, 'iu');

/** The date the first paragraph's first sentence gives its news, in the first lines under the title. */
function ledeDate(lines: readonly string[]): { value: string; idx: number } | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 3; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    seen++;
    const m = LEDE_DATE.exec(line) ?? GLOSSED_DAY.exec(line);
    if (!m) continue;
    const day = extractFigures(m[1]!, { year: null }).find((f) => f.kind === 'date' && f.precision === 'day');
    if (day) return { value: String(day.value), idx: i };
  }
  return null;
}

/** "By NAME | DATE", "By NAME · DATE", "By NAME, DATE": a byline, a separator, a date and nothing else. */
// The date is what follows the separator up to closing emphasis marks: `([^|·•]+?)[*_]*$` read as
// "up to the last character that is no mark, or one mark when there is nothing else" (the same
// matches; the lazy group tried `[*_]*$` at every character of a long run of asterisks).
export const BYLINE_WITH_DATE = /^[*_]*[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}[*_]{0,2}\s*[|·•—–,]\s*([^|·•]*[^|·•*_]|[*_])[*_]*$/u;

/** Stops, commas and spaces at the end, matched from the run's first (a later start reaches the same end). */
export const TRAILING_STOPS = /(?<![.,\s])[.,\s]+$/;
// A first-person essay's credit says who wrote the words down: "As told to Jordan Pike".
const BYLINE_ALONE = /^[*_]*(?:[Bb]y|[Aa]s told to)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}[*_]*$/u;
function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** A credit line under a byline for the pictures or the reporting: "Photographs by Lise Nyhus", "Illustrations by Ana Gil", "Additional reporting by Tom Lee". */
const PICTURE_CREDIT = /^[*_]*(?:photo(?:graph)?s|photography|illustrations?|illustrated|images|video|graphics|additional reporting|research)\s+by\s+\p{Lu}[^.!?|]{0,60}$/iu;
/** A page's reading time after its date: " | 8 min read", " · 5 minute read". */
const READING_TIME = /\s*[|·•]\s*\d{1,3}\s*(?:min|mins|minute|minutes)\s+read\s*$/i;
/** The date of a byline in the first lines of a document ("By Tom Reddaway | March 3, 2024"). */
function bylineDate(lines: readonly string[]): { value: string; idx: number } | null {
  let seen = 0;
  for (let i = 0; i < lines.length && i < 60 && seen < 8; i++) {
    const line = lines[i]!.trim().replace(/\s+/g, ' ');
    if (!line) continue;
    // A web page's skip link, menu, sign-in and cookie lines over the headline ("Home  News  Subscribe",
    // "We use cookies …") are the site's chrome: they use up none of the header's lines.
    if (classifyChrome(line) === 'navigation') continue;
    seen++;
    // "Rowan Price" / "Sat 8 Feb 2025 09.00 GMT" under a standfirst: a name alone above its dateline
    // (the Guardian's layout), a block of its own under two blocks at most (headline, standfirst).
    if (bylineUnderStandfirst(lines, i)) {
      const day = extractFigures(lines[datelineUnderName(lines, i)]!, { year: null }).find((f) => f.kind === 'date' && f.precision === 'day');
      if (day) return { value: String(day.value), idx: datelineUnderName(lines, i) };
    }
    // "Harriet Mbeki-Lowe | Saturday, 14 September 2024" under the headline and standfirst: the date field's day.
    if (barredBylineUnderHeadline(lines, i)) {
      const day = extractFigures(line, { year: null }).find((f) => f.kind === 'date' && f.precision === 'day');
      if (day) return { value: String(day.value), idx: i };
    }
    // "3. feb. 2024 kl. 06.12", "21.09.2023, 13.02 Uhr • aus DER SPIEGEL 39/2023": a dateline in
    // another language on a line of its own under the byline, below the standfirst the header scan stops at.
    const foreign = /\d{4}/.test(line) && isWhenLine(line) ? foreignDay(line) : null;
    if (foreign) return { value: foreign, idx: i };
    // "By NAME | Published On : 24th September 2024 08:15 PM | Last Updated : …": a byline whose
    // fields after the name say when the page was published and updated; the first says when.
    const fielded = fieldedBylineDate(line);
    if (fielded) return { value: fielded, idx: i };
    // "By Martin Oyelaran" / "June 18, 2024": a byline alone, its date on the line under it.
    // ("By Tomas Berg" / "Photographs by Lise Nyhus" / "January 9, 2024": the pictures' credit between them.)
    let below = i + 1;
    if (BYLINE_ALONE.test(line)) while (below < i + 3 && PICTURE_CREDIT.test((lines[below] ?? '').trim())) below++;
    const under = BYLINE_ALONE.test(line) ? withoutEmphasisEnds((lines[below] ?? '').trim()).replace(READING_TIME, '') : '';
    const m = BYLINE_WITH_DATE.exec(line) ?? (under && wordCount(under) <= 6 ? [under, under] : null);
    // "By Daniel Okafor | Photographs by Ines Albuquerque" / "Published March 14, 2023": a byline with
    // its credits, and under it a line whose point is the day (a verb of publishing before it at most).
    const dated = datedLineUnderByline(lines, i, line);
    if (!m) {
      if (dated) return { value: dated, idx: i + 1 };
      continue;
    }
    // ("14 September 2023 | 8 min read": the reading time after the date is no part of it.)
    const rest = m[1]!.replace(READING_TIME, '').replace(TRAILING_STOPS, '');
    const day = extractFigures(rest, { year: null }).find((f) => f.kind === 'date' && f.precision === 'day');
    if (day && day.text.replace(TRAILING_STOPS, '').length >= rest.length - 1) return { value: String(day.value), idx: i };
    if (dated) return { value: dated, idx: i + 1 };
  }
  return null;
}

/**
 * The day of a byline's first dated field: "By NAME | Published On : DATE | Last Updated : DATE". The
 * name is any few words after "By" (a script without capitals names no one bylineName knows), each
 * field after it a short dateline of its own or no date at all.
 */
function fieldedBylineDate(line: string): string | null {
  const fields = line.split(/\s+[|·•]\s+/);
  // A blog's byline names the writer without "By", the day and the reading time after it ("Ada Obi ·
  // May 12, 2022 · 6 min read"): the name a person's, two words to four.
  const named = fields.length >= 2 && fields.length <= 4 && wordCount(fields[0]!) >= 2 && wordCount(fields[0]!) <= 4 && isNameShaped(fields[0]!.trim());
  if (!named && !/^[*_]*[Bb]y\s/.test(line)) return null;
  if (fields.length < (named ? 2 : 3) || fields.length > 5 || wordCount(fields[0]!) > 5) return null;
  for (const field of fields.slice(1)) {
    if (!/\d/.test(field) || !isDateline(field) || !isWhenLine(field)) continue;
    const day = extractFigures(field, { year: null }).find((f) => f.kind === 'date' && f.precision === 'day');
    return day ? String(day.value) : null;
  }
  return null;
}

/**
 * The day of the line under a byline (any byline bylineName reads, its credits after it), when
 * that line is a whole dateline ("Published March 14, 2023", "Updated 2 May 2024"): null otherwise.
 */
function datedLineUnderByline(lines: readonly string[], i: number, line: string): string | null {
  // (BYLINE_ALONE's form, opening on the as-told-to credit)
  const toldTo = /^[*_]*[Aa]s told to\s/.test(line) && BYLINE_ALONE.test(line);
  if (!toldTo && !/^[*_]*[Bb]y\s/.test(line)) return null;
  const row = withoutEmphasisEnds((lines[i + 1] ?? '').trim()).replace(READING_TIME, '');
  // "Published Feb. 14, 2024, 6:02 a.m. ET | Updated …": a row of datelines; its first says when the page was published.
  const next = row.length <= 200 && isDateline(row) ? row.split(/\s+[|·•]\s+/)[0]! : row;
  if (!next || !/\d/.test(next) || wordCount(next) > 8 || !isDateline(next) || !isWhenLine(next)) return null;
  // The byline's first field is a byline ("By Daniel Okafor | Photographs by Ines Albuquerque").
  const first = line.split(/\s+[|·•]\s+/)[0]!;
  if (!toldTo && bylineName(first) === null && bylineName(line) === null) return null;
  const day = extractFigures(next, { year: null }).find((f) => f.kind === 'date' && f.precision === 'day');
  return day ? String(day.value) : null;
}

/**
 * The day a speech's delivery line gives at its end: "Delivered by his daughter, Claire Moss, at
 * St. Anne's, Duluth, on Saturday, March 9, 2024" (a byline naming who spoke, then where and when).
 */
function deliveryDate(lines: readonly string[]): { value: string; idx: number } | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 8; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    seen++;
    const on = /^(?:delivered|spoken|read|presented)\s+by\s/i.test(line) && bylineName(line) !== null ? DELIVERED_ON.exec(line) : null;
    const day = on ? extractFigures(on[1]!, { year: null }).find((f) => f.kind === 'date' && f.precision === 'day') : undefined;
    if (day) return { value: String(day.value), idx: i };
  }
  return null;
}
const DELIVERED_ON = /,?\s+on\s+((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?[^,]{3,20},?\s+(?:19|20)\d{2})\.?$/;

/**
 * A letter dated under its signature ("With gratitude," / the name / "July 8, 2025"): a line
 * that is only a full date, among the lines under the signer's name.
 */
export function dateUnderSignature(lines: readonly string[], bodyLine: number): Inferred<string> | null {
  const signature = letterSignature(lines, bodyLine);
  for (const idx of signature?.after ?? []) {
    // "Dubai, 31 March 2025": the place the letter was signed, then the day.
    const line = lines[idx]!.trim().replace(/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},\s+(?=\d)/u, '');
    const day = extractFigures(line, { year: null }).find((f) => f.kind === 'date' && f.precision === 'day');
    if (day && day.text.length >= line.replace(/[.,]$/, '').length - 1) return { value: String(day.value), from: `a date under the signature (line ${bodyLine + idx})` };
  }
  return null;
}

/**
 * A line that says when the document was made, wherever it stands: a signature block's "Dated:
 * February 14, 2025", an award's "Rendered in Singapore on 30 September 2024 by …", a methods
 * note's "Interview conducted by the author via Zoom on 2 November 2023.", a podcast intro's "This
 * interview with …, was recorded on 9 November 2022" (wrapped over lines). The first such line's
 * full date; null when there is none.
 */
const STATED_DATE = /^\s*(?:(?:Dated|Signed|Issued|Rendered|Done|Decided|Entered|Executed)\b[^.;:]{0,80}?(?::|\bon\b|\bthis\b)|(?:[^.;]{0,40}\b)?(?:interview|interviews|focus group|session|conversation|episode)(?:\s+with\s[^.;]{0,120}?)?,?\s+(?:was\s+|were\s+)?(?:conducted|recorded|held|carried out)\b[^.;]{0,80}?\bon\b)\s*(.{6,40})/i;
export function statedDate(lines: readonly string[], bodyLine: number): Inferred<string> | null {
  for (let i = 0; i < lines.length && i < 400; i++) {
    let line = lines[i]!;
    // An intro wrapped at a fixed width: "This interview with …, co-founder of" / "Nordlys Payments, was
    // recorded on 9 November 2022 …" is one sentence over two lines (three at most).
    for (let next = i + 1; next <= i + 2 && next < lines.length && lines[next]!.trim() && !/[.!?:;]["'”’)]?\s*$/.test(line); next++) line = `${line.trimEnd()} ${lines[next]!.trim()}`;
    if (line.length > 600 || !/\d{4}/.test(line)) continue;
    const m = STATED_DATE.exec(line);
    if (!m) continue;
    const day = extractFigures(m[1]!, { year: null }).find((f) => f.kind === 'date' && f.precision === 'day');
    if (day && m[1]!.indexOf(day.text) <= 2) return { value: String(day.value), from: `a line saying when (line ${bodyLine + i})` };
  }
  return null;
}

/**
 * A court filing copied out of its PDF keeps the electronic filing stamp the court's system prints
 * atop every page: "Case 2:23-cr-00179-RSL Document 23 Filed 11/21/23 Page 3 of 17" (a bankruptcy
 * court's "Case 23-10063-shl Doc 12 Filed 01/20/23 Entered …"). The day it was filed is the
 * filing's date. The first such stamp (month first, as the US courts print it); null when none.
 */
export function filingStampDate(lines: readonly string[], bodyLine: number): Inferred<string> | null {
  for (let i = 0; i < lines.length && i < 400; i++) {
    const line = lines[i]!;
    if (line.length > 300 || !line.includes('Filed')) continue;
    const m = FILING_STAMP().exec(line);
    if (!m) continue;
    const [month, day] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { value, from: `the court's filing stamp (line ${bodyLine + i})` };
  }
  return null;
}

/**
 * A chat export dated only by its messages' stamps ("Ana Kovač, [02.03.2024 14:05]", "12.03.24, 18:40 - Name: …",
 * "2024-10-07 21:14:05 Name", "[12/03/2021, 14:15:40] Name: …"): the first message's year, and its
 * day where the form says which number is the day (ISO, or the day-first dotted form); a
 * slashed date may be either order, so it gives the year only. Two stamped lines or more: one
 * date and time in a sentence is no chat.
 */
const MESSAGE_STAMP = /(?:^|[\s,[(])(?:((?:19|20)\d{2})-(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2}|\d{2}(?=,|\s\d{1,2}:\d{2}(?::\d{2})?\]))|\d{1,2}\/\d{1,2}\/((?:19|20)\d{2}|\d{2}(?=,))|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? (\d{1,2}), ((?:19|20)\d{2}),|(\d{1,2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-((?:19|20)?\d{2}))(?:,?\s+|T)\d{1,2}:\d{2}/;
/** The date a printed message was sent, at the end of its sender line: "Mon, Mar 3, 2025 at 8:12 AM". */
const PRINTED_SENT = /((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, (?:19|20)\d{2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? (?:19|20)\d{2})(?:,| at)? \d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\s*$/;
/** A browser's running head on a printed page: the print's date and time, then the page's title ("12/5/26, 9:41 AM     Gmail - …"). */
const BROWSER_PRINT_HEAD = /^\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} [AP]M {2,}\S/;
const STAMP_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function dateOfFirstMessage(lines: readonly string[], bodyLine: number): { date: string | null; year: number; from: string } | null {
  let first: { m: RegExpExecArray; idx: number } | null = null;
  let stamped = 0;
  for (let i = 0; i < lines.length && i < 400; i++) {
    const line = lines[i]!;
    // A webmail thread printed from a browser: the message's sender line carries its date
    // ("Henrik Aalto <h@…>     Mon, Mar 3, 2025 at 8:12 AM"), the page's running head only the
    // day it was printed ("12/5/26, 9:41 AM     Gmail - Re: …"), never a message's stamp.
    if (line.includes('@') && printedSenderAt(lines, i)) {
      const sent = PRINTED_SENT.exec(line);
      const day = sent ? extractFigures(sent[1]!, { year: null }).find((f) => f.kind === 'date' && f.precision === 'day') : null;
      if (day) return { date: String(day.value), year: Number(String(day.value).slice(0, 4)), from: `the first message's sender line (line ${bodyLine + i})` };
    }
    if (line.length > 100 || !/\d[-./]\d|\d, (?:19|20)\d|\d-[A-Z][a-z]{2}-\d/.test(line) || BROWSER_PRINT_HEAD.test(line)) continue;
    const m = MESSAGE_STAMP.exec(line);
    if (!m || m.index > 40) continue;
    first ??= { m, idx: i };
    if (++stamped >= 2) break;
  }
  if (!first || stamped < 2) return null;
  const { m, idx } = first;
  const from = `the first message's stamp (line ${bodyLine + idx})`;
  return { ...stampDay(m, lines), from };
}

/** The day and year a message stamp (MESSAGE_STAMP's match) gives; the day null where its order is unknown. */
function stampDay(m: RegExpExecArray, lines: readonly string[], order?: () => 'month-first' | 'day-first' | null): { date: string | null; year: number } {
  const iso = (y: string, mo: string, d: string) => {
    const s = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
    const t = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(s) ? s : null;
  };
  if (m[1]) return { date: iso(m[1], m[2]!, m[3]!), year: Number(m[1]) };
  // The dotted form is day first, its year in full or, in a German or Dutch phone's WhatsApp export, in two
  // digits before the comma ("12.03.24, 18:40 - Name: …"): this century's. So is Telegram Desktop's
  // copy, whose stamp in brackets gives the year in two digits ("Elena, [12.03.24 22:00]"): the
  // time and the closing bracket right after the year tell it from a version or a section number.
  if (m[6]) {
    const y = m[6].length === 2 ? `20${m[6]}` : m[6];
    return { date: iso(y, m[5]!, m[4]!), year: Number(y) };
  }
  // Messenger's date line under each message: "Oct 30, 2024, 11:04 AM".
  if (m[10]) return { date: iso(m[10], String(STAMP_MONTHS.indexOf(m[8]!) + 1), m[9]!), year: Number(m[10]) };
  // DiscordChatExporter's "[03-Mar-25 06:00 PM]": the day, the month's short name, the year (two digits: this century's).
  if (m[13]) return { date: iso(m[13].length === 2 ? `20${m[13]}` : m[13], String(STAMP_MONTHS.indexOf(m[12]!) + 1), m[11]!), year: m[13].length === 2 ? 2000 + Number(m[13]) : Number(m[13]) };
  // WhatsApp's "[3/4/25, 9:12:44 PM]": a two-digit year, this century's. Its order (month first in
  // a US phone's export, day first elsewhere) is told by a stamp whose number is past 12 ("3/13/24"):
  // then the first message's day is known.
  const year = m[7]!.length === 2 ? 2000 + Number(m[7]) : Number(m[7]);
  const slashed = /^[\s,[(]?(\d{1,2})\/(\d{1,2})\//.exec(m[0]);
  const ordered = slashed ? (order ? order() : slashedDateOrder(lines)) : null;
  const date = slashed && ordered ? iso(String(year), ordered === 'month-first' ? slashed[1]! : slashed[2]!, ordered === 'month-first' ? slashed[2]! : slashed[1]!) : null;
  return { date, year };
}

/**
 * Each message stamp's day in a chat copy whose stamps carry the date ("Kestrel (Community) —
 * 03/15/2025 12:03 AM", "Elena | Mod, [13.03.24 00:05]"), with its body line index, in order: a
 * session that runs past midnight goes on into the next day, and the messages after the clock
 * wraps are that day's. Empty with fewer than two stamps. One pass, a cheap gate before the
 * stamp's pattern on each line.
 */
export function messageDays(lines: readonly string[]): { idx: number; date: string }[] {
  const stamps: { idx: number; m: RegExpExecArray }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 100 || !/\d[-./]\d|\d, (?:19|20)\d|\d-[A-Z][a-z]{2}-\d/.test(line) || BROWSER_PRINT_HEAD.test(line)) continue;
    const m = MESSAGE_STAMP.exec(line);
    if (m && m.index <= 40) stamps.push({ idx: i, m });
  }
  if (stamps.length < 2) return [];
  // A slashed stamp's order, where the chat's own stamps tell it (a number past 12 in one place):
  // "03/14/2025 9:02 PM" anywhere in the chat (Discord's header) says month first.
  let order: 'month-first' | 'day-first' | null | undefined;
  const orderOnce = () => {
    if (order !== undefined) return order;
    order = slashedDateOrder(lines);
    if (order) return order;
    let monthFirst = false;
    let dayFirst = false;
    for (const { m } of stamps) {
      const slashed = /^[\s,[(]?(\d{1,2})\/(\d{1,2})\//.exec(m[0]);
      if (!slashed) continue;
      if (Number(slashed[2]) > 12) monthFirst = true;
      if (Number(slashed[1]) > 12) dayFirst = true;
    }
    order = monthFirst !== dayFirst ? (monthFirst ? 'month-first' : 'day-first') : null;
    return order;
  };
  const out: { idx: number; date: string }[] = [];
  for (const { idx, m } of stamps) {
    const { date } = stampDay(m, lines, orderOnce);
    if (date) out.push({ idx, date });
  }
  return out;
}

/** A slashed stamp opening a chat line: "3/13/24, 8:02 AM - ", "[13/03/2024, 08:02:11]". */
const SLASHED_STAMP = /^\s*\[?(\d{1,2})\/(\d{1,2})\/\d{2,4}, \d{1,2}:\d{2}/;
/**
 * Which number of a chat's slashed stamps is the month: one past 12 in the second place says month
 * first, in the first place day first; both or neither, unknown.
 */
function slashedDateOrder(lines: readonly string[]): 'month-first' | 'day-first' | null {
  let monthFirst = false;
  let dayFirst = false;
  for (let i = 0; i < lines.length && i < 2000; i++) {
    const m = SLASHED_STAMP.exec(lines[i]!);
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  return monthFirst === dayFirst ? null : monthFirst ? 'month-first' : 'day-first';
}

/**
 * An X (Twitter) thread copied from its page: the focal post's stamp, a time then the whole date
 * ("8:14 AM · Mar 3, 2024", "· 412.3K Views" after it at times), alone on its line, a handle alone
 * ("@maralindq") on a line above it. The replies under it give only "Mar 3": this dates the page.
 * Bluesky stamps a post with the date first ("March 13, 2025 at 9:14 AM"), under the post, its
 * handle a domain ("@rosaimbert.bsky.social"), on a line of its own or in brackets after the name.
 */
const FOCAL_POST_STAMP = /^(?:\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\.? · ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, (?:19|20)\d{2})(?: · [\d.,]+[KkMm]? Views)?|((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6} \d{1,2}, (?:19|20)\d{2}) at \d{1,2}:\d{2}\s?[AaPp][Mm])$/;
export function dateOfFocalPost(lines: readonly string[], bodyLine: number): { date: string; year: number; from: string } | null {
  for (let i = 1; i < lines.length && i < 400; i++) {
    const line = lines[i]!.trim();
    if (line.length > 60 || !(line.includes(' · ') || line.includes(' at '))) continue;
    const m = FOCAL_POST_STAMP.exec(line);
    if (!m || !lines.slice(Math.max(0, i - 40), i).some((l) => isPostHandleLine(l))) continue;
    const day = extractFigures((m[1] ?? m[2])!, { year: null }).find((f) => f.kind === 'date' && f.precision === 'day');
    if (day) return { date: String(day.value), year: Number(String(day.value).slice(0, 4)), from: `the focal post's stamp (line ${bodyLine + i})` };
  }
  return null;
}

/** A Q&A site's user card's first line: "asked May 9, 2019 at 6:41", "answered Mar 3, 2021". */
const CARD_LINE = /^(asked|answered)\s+(\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{4})(?:\s+at\s+\d{1,2}:\d{2})?\s*$/u;
const CARD_REPUTATION = /^[\d.,]+[kKm]?(?:\s*[•·]\s*[\d.,]+[kKm]?){0,3}$/;

/**
 * A Q&A site's page copied as text (Stack Exchange): the question's user card ("asked May 9, 2019
 * at 6:41" / the name / "153 • 1 • 6") dates the page; without one, the first answer's card does.
 */
export function dateOfPostCard(lines: readonly string[], bodyLine: number): { date: string; year: number; from: string } | null {
  let found: { date: string; year: number; from: string } | null = null;
  for (let i = 0; i + 2 < lines.length; i++) {
    const line = lines[i]!;
    if (!(line.startsWith('asked ') || line.startsWith('answered '))) continue;
    const m = CARD_LINE.exec(line.trim());
    if (!m || !lines[i + 1]!.trim() || !CARD_REPUTATION.test(lines[i + 2]!.trim())) continue;
    const day = extractFigures(m[2]!, { year: null }).find((f) => f.kind === 'date' && f.precision === 'day');
    if (!day) continue;
    const here = { date: String(day.value), year: Number(String(day.value).slice(0, 4)), from: `the user card (line ${bodyLine + i})` };
    if (m[1] === 'asked') return here;
    found ??= here;
  }
  return found;
}

/**
 * A transcription service's page footer stamps the day it finished the job: "Interview - Final.mp3
 * (Completed 11/10/22)". That is when the transcript was made, not when the talk was recorded, and
 * the slashed day may be read month first or day first: a weak fallback that gives the year only,
 * for a transcript nothing else dates.
 */
// Rev sets the page count on the stamp's line, far right ("LumenPay_call (Completed 06/12/24)      Page 2 of 2").
const COMPLETION_STAMP = /\((?:completed|transcribed)\s+\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)?\d{2})\)(?:\s+page\s+\d{1,4}\s+of\s+\d{1,4})?$/i;
export function transcriptionStampYear(lines: readonly string[], bodyLine: number): Inferred<number> | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('(') || !isMediaFileLine(line)) continue;
    const m = COMPLETION_STAMP.exec(line.trim());
    if (!m) continue;
    // a two-digit year: "11/10/22" is 2022, "(Completed 06/02/99)" 1999
    const year = m[1]!.length === 2 ? (Number(m[1]) < 50 ? 2000 : 1900) + Number(m[1]) : Number(m[1]);
    return { value: year, from: `the transcription service's completion stamp (line ${bodyLine + i})` };
  }
  return null;
}

/** The year of a header's "Date:" field among the first lines whose value is such a date, and its line. */
function numericDateField(lines: readonly string[]): { year: number; idx: number } | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 15; i++) {
    const line = lines[i]!.replace(/[*_]/g, '').trim();
    if (!line) continue;
    seen++;
    // (The day of the talk, never "Date of birth: 03/11/1991".)
    const colon = line.indexOf(':');
    if (colon < 0 || !TALK_DATE_KEY().test(line.slice(0, colon).trim())) continue;
    const m = AMBIGUOUS_NUMERIC_DATE().exec(line.slice(colon + 1).trim().replace(TIME_AFTER_DATE(), ''));
    if (m) return { year: Number(m[4]), idx: i };
  }
  return null;
}
