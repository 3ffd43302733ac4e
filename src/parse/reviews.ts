/**
 * A review site's page copied as text (Trustpilot, Google, Tripadvisor): each review a card, its
 * author's name alone on the card's first line, a rating line under it ("Rated 1 out of 5 stars",
 * "4/5", "★★★★☆"), then perhaps a date, the review's title and its words; a business's answer
 * under a card, "Reply from NAME" / "Response from the owner", a date, its words. The review's
 * title and words are its author's quotes, the answer's words the business's (the owner is the
 * page's subject, its title); each dated by its card's date. The card's other lines (where the
 * author is from, the rating, "Date of experience: …") stay the claims they are.
 *
 * A shop's page (Amazon) sets the rating and the title on one line ("5.0 out of 5 stars  Finally a
 * kettle …"), the date under it ("Reviewed in the United Kingdom on 12 January 2024"), then the
 * product's fields with "Verified Purchase", the words, and "41 people found this helpful" / "Helpful |
 * Report"; under the cards, customers' answered questions ("Question:", "Answer:", "By Thomas on
 * …"), each a qa of its answerer's.
 */
import type { DocBuilder } from './builder.js';
import { isDateLine } from './chrome.js';
import { isNameShaped } from './labels.js';
import { endsLikeSentence, normalizeSpace, wordCount } from './text.js';
import { lazy } from '../model/regexp.js';

/** "Rated 1 out of 5 stars", "5 out of 5", "4/5", "★★★★☆", and Yelp's stars with the card's date after them, "★★★★★ Oct 6, 2024". */
const RATING = lazy(() => /^\s*(?:(?:Rated\s+)?[0-5](?:[.,]\d)?\s*(?:out of|\/)\s*5(?:\s+stars?)?|[★☆]{5}(?=\s*$|\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{4})\s*$)(?:\s+\S.*)?)\s*$/i);
/**
 * A shop's rating with the review's title after it on the same line, set apart by wide space:
 * "5.0 out of 5 stars  Finally a kettle that doesn't sound like a jet engine". The line is the
 * author's, as a title on a line of its own is.
 */
const RATING_THEN_TITLE = lazy(() => /^\s*[0-5](?:[.,]\d)?\s+out of\s+5\s+stars?(?:\s{2,}|\t)\S/i);
/** A shop's line of when and where: "Reviewed in the United Kingdom on 12 January 2024", "Reviewed in Canada on March 3, 2024". */
const REVIEWED_ON = lazy(() => /^\s*Reviewed\s+(?:in\s+[^\n]{2,40}?\s+)?on\s+\S/i);
/**
 * A shop card's fields and buttons, nobody's words: "Colour: Slate Grey | Verified Purchase",
 * "Size: 1.7 L", "Verified Purchase", "41 people found this helpful", "One person found this
 * helpful", "Helpful | Report".
 */
const CARD_FURNITURE = lazy(() => /^\s*(?:(?:[\p{L} ]{2,20}:\s*[^|:]{1,40}?\s*\|\s*)*Verified Purchase|(?:\d[\d,]*|One)\s+(?:people|person)\s+found\s+this\s+helpful|Helpful(?:\s*[|·]\s*(?:Report(?: abuse)?|Share))+)\s*$/iu);
/**
 * "Reply from Binance", "Response from the owner", "Response from Anna K, General Manager", Yelp's
 * "Comment from Luca C. of Castellan's Bakery" (the business after "of" is no part of the name).
 */
const REPLY_HEAD = lazy(() => /^\s*(?:Reply|Response|Answer|Comment)\s+from\s+(?:(the\s+(?:owner|business|company|seller|host|management))|(\S.{0,60}?))\s*$/i);
/** Whether a line heads a business's reply under a review ("Comment from Luca C. of …", "Response from the owner"): the name line under it is the replier's office, no byline. */
export function isReplyHeadLine(raw: string): boolean {
  return REPLY_HEAD().test(raw);
}
/** A reply's author's office on its own line under the head, before the date: Yelp's "Business Owner", "Manager". */
const REPLY_ROLE = lazy(() => /^\s*(?:Business\s+)?(?:Owner|Manager|General\s+Manager|Customer\s+Service)\s*$/i);
/** The lines between a Yelp card's name and its stars: where the reviewer lives and their tallies ("12 friends", "48 reviews", "3 photos"). */
const REVIEWER_TALLY = lazy(() => /^\s*\d[\d,]*\s+(?:friends?|reviews?|photos?|check-ins?)\s*$/i);
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
      if (k + 1 <= end && REPLY_ROLE().test(lines[k]!) && isDateLine(lines[k + 1]!)) k++;
      if (k <= end && isDateLine(lines[k]!)) year = Number(YEAR().exec(lines[k++]!)?.[1] ?? '') || null;
      const who = reply[1] ? subject : (normalizeSpace(reply[2]!).split(',')[0]!.replace(/\s+of\s+\S.*$/, '') || null);
      const words: number[] = [];
      for (; k <= end; k++) words.push(k);
      if (words.length) parts.push({ who, lines: words, year });
      i = end;
      continue;
    }
    // The card's head: a name alone (Yelp's a first name and an initial, "Priya N."), the rating
    // within the three lines under it, or under where the reviewer lives and their tallies.
    const name = normalizeSpace(raw).replace(/(?<=\s\p{Lu})\.$/u, '');
    if (wordCount(raw) > 4 || !isNameShaped(name)) continue;
    let rating = -1;
    let reach = i + 3;
    while (reach < end && REVIEWER_TALLY().test(lines[reach]!)) reach++;
    for (let k = i + 1; k <= Math.min(end, reach); k++) if (RATING().test(lines[k]!) || RATING_THEN_TITLE().test(lines[k]!)) rating = k;
    if (rating < 0) continue;
    const words: number[] = [];
    if (RATING_THEN_TITLE().test(lines[rating]!)) words.push(rating);
    let k = rating + 1;
    let year: number | null = /\d{4}\s*$/.test(lines[rating]!) ? Number(YEAR().exec(lines[rating]!)?.[1] ?? '') || null : null;
    if (k <= end && (isDateLine(lines[k]!) || REVIEWED_ON().test(lines[k]!))) year = Number(YEAR().exec(lines[k++]!)?.[1] ?? '') || null;
    for (; k <= end; k++) if (!DATE_FIELD().test(lines[k]!) && !CARD_FURNITURE().test(lines[k]!)) words.push(k);
    if (words.length) {
      parts.push({ who: normalizeSpace(raw), lines: words, year });
      cards++;
    }
    i = end;
  }
  return cards >= 2 ? parts : [];
}

/**
 * Whether the page is review cards, two at least: no transcript, whatever its field lines look like
 * ("Colour: Slate Grey | Verified Purchase" is no speaker's label, nor "Question:" in the shop's Q&A).
 */
export function isReviewPage(body: string, lines: readonly string[]): boolean {
  return mayBeReviewPage(body) && reviewParts(lines, null).length > 0;
}

/** A shop's answered question, three lines: "Question: …", "Answer: …", "By Thomas on 15 February 2024". */
const SHOP_QUESTION = lazy(() => /^\s*Question:\s+(\S.*)$/);
const SHOP_ANSWER = lazy(() => /^\s*Answer:\s+(\S.*)$/);
const SHOP_ANSWERED_BY = lazy(() => /^\s*By\s+(\S.{0,40}?)\s+on\s+(\S.*)$/);
/** The shop's own answerer ("By Seller on …"): a part, no one's name; the page seldom says whose. */
const SHOP_SELF = lazy(() => /^(?:the\s+)?(?:seller|manufacturer|brand|store)$/i);

interface ShopAnswer {
  question: number;
  answer: number;
  by: number | null;
  who: string | null;
  year: number | null;
}

/** The page's answered questions, each a question line, its answer line and perhaps who answered and when. */
function shopAnswers(lines: readonly string[]): ShopAnswer[] {
  const out: ShopAnswer[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!SHOP_QUESTION().test(lines[i]!) || !SHOP_ANSWER().test(lines[i + 1]!)) continue;
    const by = SHOP_ANSWERED_BY().exec(lines[i + 2] ?? '');
    const name = by ? normalizeSpace(by[1]!) : null;
    const who = name && SHOP_SELF().test(name) ? null : name;
    out.push({ question: i, answer: i + 1, by: by ? i + 2 : null, who, year: by ? Number(YEAR().exec(by[2]!)?.[1] ?? '') || null : null });
    i += by ? 2 : 1;
  }
  return out;
}

/**
 * Each review's title and words its author's quotes, each answer's words the business's; a shop's
 * answered questions qa, answered by whom their line names.
 */
export function creditReviews(b: DocBuilder, lines: readonly string[]): void {
  const title = b.input.meta.title;
  const subject = title && wordCount(title) <= 5 ? title : null;
  const parts = reviewParts(lines, subject);
  if (!parts.length) return;
  const answers = shopAnswers(lines);
  const taken = new Set<number>();
  for (const p of parts) for (const k of p.lines) taken.add(k);
  for (const a of answers) taken.add(a.question).add(a.answer);
  // The records the narrative made of these lines give way. One that ran on over a card's other
  // lines too (the title's line and the date's under it) leaves those lines claims of their own.
  const offset = b.fileLine(0);
  const rest = new Set<number>();
  for (let n = b.records.length - 1; n >= 0; n--) {
    const r = b.records[n]!;
    let hit = false;
    for (let line = r.line; line <= r.endLine && !hit; line++) hit = taken.has(line - offset);
    if (!hit) continue;
    b.records.splice(n, 1);
    for (let line = r.line; line <= r.endLine; line++) if (!taken.has(line - offset) && lines[line - offset]?.trim()) rest.add(line - offset);
  }
  for (const k of [...rest].sort((x, y) => x - y)) b.add({ type: 'claim', text: normalizeSpace(lines[k]!), speaker: null, section: null }, k);
  for (const p of parts) {
    const who = p.who ? (b.input.registry.resolve(p.who) ?? p.who) : null;
    // A line the site wrapped mid-sentence goes on in the next ("The line was" / "out the door at
    // 9am"): one quote of the sentence, never two halves. A line ending like a sentence ends one, and
    // so does a review's title over its words ("Account frozen for 6 weeks" / "My account was …").
    for (let n = 0; n < p.lines.length; n++) {
      const first = p.lines[n]!;
      while (n + 1 < p.lines.length && p.lines[n + 1] === p.lines[n]! + 1 && !endsLikeSentence(lines[p.lines[n]!]!) && /^\s*\p{Ll}/u.test(lines[p.lines[n + 1]!]!)) n++;
      const last = p.lines[n]!;
      b.add({ type: 'quote', text: normalizeSpace(lines.slice(first, last + 1).join(' ')), speaker: who, section: null }, first, last);
      if (p.year) b.records[b.records.length - 1]!.year = p.year;
    }
  }
  for (const a of answers) {
    const who = a.who ? (b.input.registry.resolve(a.who) ?? a.who) : null;
    b.add({ type: 'qa', text: SHOP_ANSWER().exec(lines[a.answer]!)![1]!, question: SHOP_QUESTION().exec(lines[a.question]!)![1]!.trim(), speaker: who, section: null }, a.question, a.answer);
    if (a.year) b.records[b.records.length - 1]!.year = a.year;
  }
}
