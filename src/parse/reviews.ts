/**
 * A review site's page copied as text (Trustpilot, Google, Tripadvisor): each review a card, its
 * author's name alone on the card's first line, a rating line under it ("Rated 1 out of 5 stars",
 * "4/5", "★★★★☆"), then perhaps a date, the review's title and its words; a business's answer
 * under a card, "Reply from NAME" / "Response from the owner", a date, its words. The review's
 * title and words are its author's quotes, the answer's words the business's (the owner is the
 * page's subject, its title); each dated by its card's date. The card's other lines (where the
 * author is from, the rating, "Date of experience: …") stay the claims they are.
 */
import type { DocBuilder } from './builder.js';
import { isDateLine } from './chrome.js';
import { isNameShaped } from './labels.js';
import { normalizeSpace, wordCount } from './text.js';
import { lazy } from '../model/regexp.js';

/** "Rated 1 out of 5 stars", "5 out of 5", "4/5", "★★★★☆". */
const RATING = lazy(() => /^\s*(?:(?:Rated\s+)?[0-5](?:[.,]\d)?\s*(?:out of|\/)\s*5(?:\s+stars?)?|[★☆]{5})\s*$/i);
/** "Reply from Binance", "Response from the owner", "Response from Anna K, General Manager". */
const REPLY_HEAD = lazy(() => /^\s*(?:Reply|Response|Answer|Comment)\s+from\s+(?:(the\s+(?:owner|business|company|seller|host|management))|(\S.{0,60}?))\s*$/i);
/** A card's field after the words: "Date of experience: October 15, 2026", "Date of stay: May 2026". */
const DATE_FIELD = lazy(() => /^\s*Date of [\p{L} ]{2,20}:/u);
const YEAR = lazy(() => /(?<!\d)((?:19|20)\d{2})(?!\d)/);

interface Part {
  who: string | null;
  /** the lines holding the words, in order */
  lines: number[];
  year: number | null;
}

/** Cheap test first: a rating line is on every card. */
export function mayBeReviewPage(body: string): boolean {
  return body.includes(' out of 5') || body.includes('/5') || body.includes('★');
}

function blockEnd(lines: readonly string[], from: number): number {
  let k = from;
  while (k + 1 < lines.length && lines[k + 1]!.trim()) k++;
  return k;
}

/** The cards and the answers to them, two cards or more; else none. */
function reviewParts(lines: readonly string[], subject: string | null): Part[] {
  const parts: Part[] = [];
  let cards = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!raw.trim() || (i > 0 && lines[i - 1]!.trim())) continue;
    const end = blockEnd(lines, i);
    const reply = REPLY_HEAD().exec(raw);
    if (reply) {
      let k = i + 1;
      let year: number | null = null;
      if (k <= end && isDateLine(lines[k]!)) year = Number(YEAR().exec(lines[k++]!)?.[1] ?? '') || null;
      const who = reply[1] ? subject : (normalizeSpace(reply[2]!).split(',')[0] ?? null);
      const words: number[] = [];
      for (; k <= end; k++) words.push(k);
      if (words.length) parts.push({ who, lines: words, year });
      i = end;
      continue;
    }
    // The card's head: a name alone, the rating within the three lines under it.
    if (wordCount(raw) > 4 || !isNameShaped(normalizeSpace(raw))) continue;
    let rating = -1;
    for (let k = i + 1; k <= Math.min(end, i + 3); k++) if (RATING().test(lines[k]!)) rating = k;
    if (rating < 0) continue;
    let k = rating + 1;
    let year: number | null = null;
    if (k <= end && isDateLine(lines[k]!)) year = Number(YEAR().exec(lines[k++]!)?.[1] ?? '') || null;
    const words: number[] = [];
    for (; k <= end; k++) if (!DATE_FIELD().test(lines[k]!)) words.push(k);
    if (words.length) {
      parts.push({ who: normalizeSpace(raw), lines: words, year });
      cards++;
    }
    i = end;
  }
  return cards >= 2 ? parts : [];
}

/** Each review's title and words its author's quotes, each answer's words the business's. */
export function creditReviews(b: DocBuilder, lines: readonly string[]): void {
  const title = b.input.meta.title;
  const subject = title && wordCount(title) <= 5 ? title : null;
  const parts = reviewParts(lines, subject);
  if (!parts.length) return;
  const taken = new Set<number>();
  for (const p of parts) for (const k of p.lines) taken.add(b.fileLine(k));
  // The claims the narrative made of these lines give way to the quotes.
  for (let n = b.records.length - 1; n >= 0; n--) {
    const r = b.records[n]!;
    if (r.line === r.endLine && taken.has(r.line)) b.records.splice(n, 1);
  }
  for (const p of parts) {
    const who = p.who ? (b.input.registry.resolve(p.who) ?? p.who) : null;
    for (const k of p.lines) {
      b.add({ type: 'quote', text: normalizeSpace(lines[k]!), speaker: who, section: null }, k);
      if (p.year) b.records[b.records.length - 1]!.year = p.year;
    }
  }
}
