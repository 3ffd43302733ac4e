/**
 * The document header, for every shape: the lines above the first real
 * paragraph (title, site name, menus, bylines, datelines), and what a
 * document without front matter says about itself there: its title and date.
 */
import { BOARD_HEAD, BOARD_VOTES } from './asked.js';
import type { DocBuilder } from './builder.js';
import { bylineName, classifyChrome, interviewerCredit, isStoryEndMark, isAsToldToCredit, isPersonCreditName, isShortCredit, isNewsroomRole, EXCERPT_OPENING, excerptCredit, isChapterNumberOverTitle, isPublisherNote, TITLE_FIELD, isDateLine, isHeadingLike, isKeyValueLine, isMenuLine, isShortNonSentence, joinNames, MEDIA_EXTENSION, placedBylineNames, titleKey } from './chrome.js';
import { SELF_INTRODUCTION, isBoilerplate, isCaptionBoxRow, isCastLine, isDirection, isProceedingsNote, isStampedDirection, isListingField, isLoneTime, isNameShaped, isPageHeader, displayName, participantsListed, readLabel, stampedSenderLines, withoutLineNumbers } from './labels.js';
import { hasOrganisationSuffix, isPersonNounWord, isSpeechSpan, TITLE_BEFORE_NAME } from './quotes.js';
import { dayOfEmailDate, FORWARD_RULE, isChatStatusLine } from './threads.js';
import { ABBREVIATING_SCRIPT_LETTER, continuesOnNextLine, endsLikeSentence, lineWordCount, findQuoteSpans, isQuestionSentence, normalizeSpace, withoutClosingHashes, withoutEmphasisEnds, withoutPandocAttributes, wordCount } from './text.js';
import { narratorOf } from './text.js';
import { asciiDigits, EASTERN_DIGIT } from '../model/digits.js';
import { escapeRegExp, lazy } from '../model/regexp.js';
import { printedRunningLines } from './pdftext.js';
import { isReplyHeadLine } from './reviews.js';
import { BUDDHIST_ERA_OFFSET } from '../figures/months.js';
import { readDateText } from '../corpus/meta.js';

/** A Markdown line in emphasis ("*Interview by Leo Marsh, March 2021.*") read as its words. */
export function withoutEmphasis(raw: string): string {
  const m = /^(\s*)(\*\*|__|\*|_)(\S(?:.*\S)?)\2\s*$/.exec(raw);
  return m ? m[1]! + m[3]! : raw;
}

/**
 * A cable network's headline line over its transcript: the segments' headlines, then when the
 * hour aired ("Port Strike Enters Third Week; Shipping CEO Faces Lawmakers. Aired 9-10p ET").
 * The programme's title, no paragraph. Returns the headlines without the air time, else null.
 */
const AIRED_HEADLINE = lazy(() => /^(\S[^\n]{4,400}?)[.;,]?\s+Aired\s+\d{1,2}(?::\d{2})?(?:\s?[ap]\.?m?\.?)?\s?[-–]\s?\d{1,2}(?::\d{2})?\s?[ap]\.?m?\.?\s+[A-Z]{1,2}T$/);
export function airedHeadline(raw: string): string | null {
  if (!raw.includes('Aired')) return null;
  const m = AIRED_HEADLINE().exec(normalizeSpace(raw));
  return m ? m[1]! : null;
}

/** A paragraph with the weight of body text: enough words and sentence punctuation. */
export function isContentLine(raw: string): boolean {
  const line = normalizeSpace(withoutEmphasis(raw));
  if (wordCount(line) < 8 || airedHeadline(line) !== null) return false;
  // A title's "Dr." or "St." ends no sentence ("Reader Q&A: Dr. Helen Park on sleep"), nor does
  // a company's "Inc." or "Ltd." before more words ("Northwind Logistics, Inc. (NWLG) Q3 2025 Earnings Call").
  // Nor does a title's ellipsis before more words ("Five Questions With ... Yi He").
  const unabbreviated = line.replace(/(?<![\p{L}])(Dr|Mr|Mrs|Ms|Prof|St|Sen|Rep|Gov|Hon|Rev|Jr|Sr|Lt|Col|Gen|Capt|No|Ep|Vol|vs|Inc|Ltd|Co|Corp|Bros|Plc|Pty|pp)\.(?=\s)/gu, '$1').replace(/\s(?:\.{3}|…)(?=\s\p{Lu})/gu, ' ')
    // A month's abbreviation before its day ("on "Face the Nation," Nov. 9, 2025") ends no sentence.
    .replace(/(?<![\p{L}])(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(?=\s\d)/gu, '$1')
    // "ព.ស. ២៥៦៨", "พ.ศ. ๒๕๖๗": a full stop after a Khmer, Myanmar or Thai letter abbreviates (Khmer's and
    // Myanmar's stops are ។ and ။; Thai ends a sentence with a space).
    .replace(/(?<=[\u0e00-\u0e7f\u1000-\u109f\u1780-\u17ff])\./gu, '')
    // "Eldmouth Civic Hall, 9 October 2025, 6:30 p.m.": a dateline's clock time ends no sentence (only
    // where the line gives a whole date: "We left at 6:30 p.m." is a sentence).
    .replace(/(\d[:.]\d{2}\s?[ap])\.m\.$/i, (m, clock: string) => (DAY_DATE().test(line) ? `${clock}m` : m));
  // Urdu's full stop (۔), Ethiopic's (።, ፧ its question mark), the Arabic question mark, Armenian's,
  // Myanmar's and Khmer's stops (։ ။ ។ ៕) and the danda (। ॥) end a sentence as "." does.
  // Khmer and Myanmar set no space between words, so their lines count syllables, not words: a
  // headline or dateline of theirs has twenty; their body text has its stops (។ ။).
  if (/[.!?…۔።፧؟։။។៕।॥]["”’)»]?(\s|$)/.test(unabbreviated)) return true;
  // A long row of fields, one the date, one who takes part ("Interview 2 of 3 · 2 December 2026 ·
  // Panel: …, …, …"): a dateline however many names it lists. So is a minutes' line naming the meeting,
  // its venue and its day and clock ("MINUTES of the meeting held at the Council Offices, Market Street, … on 14 March 2024 at 6.30 pm").
  return wordCount(line) >= 20 && !ABBREVIATING_SCRIPT_LETTER().test(line) && !((/\s[·•|]\s/.test(line) || MEETING_RECORD_HELD().test(line)) && datelineKind(line) === 'whole');
}

/** A publisher's note opening a page: "Editor's note: …", "Correction (9 May): …", "Update — …". */
export const TOP_NOTE = lazy(() => /^\s*[*_]{0,2}(?:editor['’]?s['’]?\s+note|update|correction|clarification)(?:\s*\([^()]{0,40}\))?\s*(?:[*_]{0,2}\s*:|\s[—–]\s)/i);

/**
 * The line under a publisher's note that opens the page over its headline (the note's paragraph,
 * eight lines at most, something under it): 0 where the page opens otherwise.
 */
export function topNoteEnd(lines: readonly string[], end = lines.length): number {
  let i = 0;
  while (i < end && i < 5 && !lines[i]!.trim()) i++;
  if (i >= end || !TOP_NOTE().test(lines[i]!)) return 0;
  let k = i;
  while (k < end && lines[k]!.trim() && k - i < 8) k++;
  while (k < end && !lines[k]!.trim()) k++;
  return k < end ? k : 0;
}

/**
 * The header block: lines above the first real paragraph. The title (and its
 * repeats), the site name, menus, bylines and dates live there. Returns the
 * index of the first content line. `keep` spares lines the shape reads
 * itself (a transcript's speaker label standing above the first turn).
 */
export function markHeader(b: DocBuilder, end: number, keep: (idx: number) => boolean = () => false): number {
  const title = titleKey(b.input.meta.title);
  // A publisher's note over the headline ("Editor's note: This article was updated on 9 May 2024 …"):
  // the page's words, kept as its claim below; the header starts under it.
  const noteEnd = topNoteEnd(b.lines, end);
  let first = noteEnd;
  // The headline is no paragraph however it is punctuated ("… вышел на свободу. Что это значит для …"):
  // where it reads as a sentence, the header goes on under it (its byline, date and reading time).
  // A Markdown heading under the byline ("## Why are drivers striking?", "## Background") opens the body's
  // first section: the header ends above it, and the heading is the section's, neither a paragraph nor the
  // header's (its marks were read into a section "## Background", a question heading a claim).
  // Whether a byline stands above line `to`, read once per line as `first` moves down (a file of
  // thousands of headings read every line above each heading again: 40 KB of them took 13 s).
  let bylineRead = 0;
  let bylineSeen = false;
  const bylineAbove = (to: number): boolean => {
    for (; bylineRead < to && !bylineSeen; bylineRead++) bylineSeen = bylineName(withoutEmphasis(b.lines[bylineRead]!)) !== null;
    return bylineSeen;
  };
  while (first < end && (!isContentLine(b.lines[first]!) || (title && titleKey(b.lines[first]!) === title && isHeadlineAt(b.lines, first)))) {
    if (first > 0 && MARKDOWN_SECTION_HEADING().test(b.lines[first]!) && titleKey(b.lines[first]!) !== title && bylineAbove(first)) break;
    first++;
  }
  if (first >= end) return 0; // no body text at all: let the caller classify line by line
  // A press release's subhead under its headline is content, and its header goes on under it ("NEWS
  // PROVIDED BY" / the issuer / the release's time stamp): the subhead is kept as a claim below.
  let subhead = subheadUnderTitle(b.lines, first) && !keep(first) ? first : -1;
  if (subhead >= 0) {
    let next = first + 1;
    while (next < end && !isContentLine(b.lines[next]!)) next++;
    // (no text under it: the line is the text, as before)
    if (next < end) first = next;
    else subhead = -1;
  }
  first = cardHeaderStart(b.lines, first);
  // The byline a name alone makes above its date line ("Ellie Brandon" / "Fri 27 Sep 2024 14.02 BST"),
  // under a standfirst the loop below may stop at: who wrote the page and when, its metadata.
  // A standfirst is content, so the byline under it lies past `first`: a few lines further are looked
  // at, by the rule inferAuthor reads the author with (bylineUnderStandfirst).
  for (let i = 1; i < Math.min(end - 1, first + 6); i++) {
    // So does a byline naming where each writer is ("Nadia Fenwick in Seattle and Oliver Stroud (earlier)") over its dateline.
    const placed = !keep(i) && !keep(i + 1) && !b.lines[i - 1]!.trim() && isPlacedByline(b.lines[i]!, b) && isDateline(b.lines[i + 1] ?? '');
    // A barred byline in a block of its own under the headline and standfirst ("Name | Saturday, 14
    // September 2024"): one line of metadata.
    if (!keep(i) && barredBylineUnderHeadline(b.lines, i)) {
      b.mark(i, 'metadata');
      continue;
    }
    if (placed || (!keep(i) && !keep(i + 1) && isPersonName(b.lines[i]!, b) && (i < first ? nameAboveDateline(b.lines, i) : bylineUnderStandfirst(b.lines, i)))) {
      // (its role line too, between the name and the date: "Social affairs correspondent")
      const dateAt = placed ? i + 1 : datelineUnderName(b.lines, i);
      for (let k = i; k <= dateAt; k++) if (!keep(k)) b.mark(k, 'metadata');
    }
  }
  const inferred = b.input.meta.inferred;
  const fromEmailHeader = !!(inferred.author?.startsWith('the From header') || inferred.title?.startsWith('the Subject header') || inferred.title?.startsWith('the Re header'));
  for (let i = 0; i < first; i++) {
    const raw = b.lines[i]!;
    if (!raw.trim() || keep(i)) continue;
    // A note of the proceedings above the first turn ("(Witness sworn.)", "(The hearing was called to
    // order at 9:30 a.m.)"): the record's direction, no heading and no one's claim.
    if (isProceedingsNote(raw)) {
      b.mark(i, 'direction');
      continue;
    }
    if (i < noteEnd) {
      // the publication's, not the writer's: nobody's claim
      let last = noteEnd - 1;
      while (last > i && !b.lines[last]!.trim()) last--;
      b.add({ type: 'claim', text: normalizeSpace(b.lines.slice(i, last + 1).join(' ')), speaker: null, section: null }, i, last);
      i = noteEnd - 1;
      continue;
    }
    if (i === subhead) {
      b.add({ type: 'claim', text: normalizeSpace(raw.replace(ATX_MARKS(), '')), speaker: narratorOf(b.input.meta, b.input.registry), section: null }, i);
      continue;
    }
    // The title wrapped over centred lines in capitals: each line is the title's, no words to go on from.
    // So is a cover's name wrapped at its commas there (the committee's, "SUBCOMMITTEE ON DIGITAL
    // ASSETS," / "FINANCIAL TECHNOLOGY, AND" / "INCLUSION"): the cover's, as its one-line names are,
    // no caption's parties (set at the margin, each over its part) read on at their commas.
    const from = blockStart(b.lines, i);
    const cover = centredCapitalBlock(b.lines, from);
    if (cover !== null && title && titleKey(cover) === title) {
      b.mark(i, 'heading');
      continue;
    }
    if (cover !== null && /,\s*$/.test(raw)) {
      let k = from;
      for (; b.lines[k]?.trim(); k++) b.mark(k, 'metadata');
      i = k - 1;
      continue;
    }
    // "NEWS PROVIDED BY" / "Tidewater Grid, Inc.": the key and the issuer it names.
    const credit = issuerCredit(withoutEmphasis(raw));
    if (credit) {
      b.mark(i, 'metadata');
      const k = credit.issuer ? -1 : issuerLine(b.lines, i);
      if (k >= 0 && k < first && !keep(k)) b.mark((i = k), 'metadata');
      continue;
    }
    // An email's own header block, which the header reading took the sender, the subject and the day
    // from ("From: Joanna Pike <…>", "Date: …", "Subject: Fwd: …", "To: …"), and a forward's rule
    // above it: the message's metadata (the subject its title), no one's claim.
    if (fromEmailHeader && (EMAIL_FIELD().test(raw.trim()) || FORWARD_RULE().test(raw))) {
      b.mark(i, 'metadata');
      continue;
    }
    const chrome = classifyChrome(raw);
    const fact = chrome ? null : headerFactEnd(b, i, first);
    if (chrome) b.mark(i, chrome);
    // The programme's headlines and air time: its title, which search finds, and when it aired.
    else if (title && airedHeadline(raw) !== null && titleKey(airedHeadline(raw)!) === title) b.mark(i, 'metadata');
    else if (fact !== null) {
      b.add({ type: 'claim', text: factText(b.lines.slice(i, fact + 1)), speaker: null, section: null }, i, fact);
      i = fact;
    }
    // The publication's note under the byline ("Quotes translated from Portuguese."): the page's, nobody's claim.
    else if (isPublisherNote(raw)) b.add({ type: 'claim', text: normalizeSpace(raw), speaker: null, section: null }, i);
    // "Thu, Jun 15, 2023 6:31PM • 41:12", "Volume 836: debated on Tuesday 5 March 2024": the document's date.
    // "The Long Read, April 2023": a publication's line whose point is its month and year, too.
    else if (isWhenLine(raw)) b.mark(i, 'metadata');
    // "By Hollis Grant, The Craft Review, October 2018": who wrote it, where and when, as metadata however long.
    else if (bylineName(withoutEmphasis(raw)) !== null || isAsToldToCredit(raw) || namesAuthorInField(raw, b)) b.mark(i, 'metadata');
    // A speech's speaker line and the venue and date under it ("Dr. Lena Ortiz, CEO of …" / "…
    // University, May 17, 2025"): who speaks, where and when, as a byline is.
    else if (isSpeechHeaderLine(b, i)) b.mark(i, 'metadata');
    else if (title && titleKey(raw) === title) b.mark(i, 'heading');
    // A meeting app's tab line, the meeting's name (the title) before its stamp and "- Transcript"
    // ("Career chat with Ann Lee (2023-09-14 16:00 GMT+1) - Transcript"): the export's furniture naming
    // the title, as inferTitle reads it, metadata as a shorter one ("Grants review (…) - Transcript") is.
    else if (title && i === 0 && titleKey(namedTranscriptTab(raw) ?? '') === title) b.mark(i, 'metadata');
    // "Marie Dubois in Paris" under the headline: a byline without its "By".
    else if (i > 0 && isPlacedByline(raw, b)) b.mark(i, 'metadata');
    // A pull quote above the text: a quotation nobody is named for, kept as one. The line is the
    // quotation, a stop or a signature's dash after it at most: an episode's title in quote marks
    // and who it is with ("\"Selling socks to VCs\" with Priya Raman of Loomline") is no quotation.
    else if (/^\s*[“"«‘]/.test(raw) && isPullQuoteLine(normalizeSpace(raw)))
      b.add({ type: 'quote', text: normalizeSpace(raw).replace(/^[“"«‘]|[”"»’]$/g, ''), speaker: null, section: null }, i);
    // A question above the text (a standfirst that asks) is the narrator's, and findable.
    else if (isQuestionSentence(normalizeSpace(raw)) && wordCount(raw) >= 4)
      b.add({ type: 'claim', text: normalizeSpace(raw.replace(ATX_MARKS(), '')), speaker: narratorOf(b.input.meta, b.input.registry), section: null }, i);
    // "Dr. Lena Varga, a geologist at …, said" / "aftershocks could…": the body's first sentence.
    else if (i + 1 < b.lines.length && continuesOnNextLine(raw, b.lines[i + 1]!) && b.lines[i + 1]!.trim()) return i;
    // A short line that is no sentence: a menu by its form is navigation; a site's name, a
    // tagline, a docket number or a programme's name says what the page is: its metadata.
    // "Speaker: Jonathan Ng, Co-Founder, TOKEN2049": who a programme lists is a fact to find.
    else if (isListingField(raw)) b.add({ type: 'claim', text: normalizeSpace(raw), speaker: null, section: null }, i);
    else if (isShortNonSentence(raw)) b.mark(i, isMenuLine(raw) && !isPersonName(raw, b) ? 'navigation' : 'metadata');
    else if (isHeadingLike(raw)) b.mark(i, 'heading');
    // A headline under a masthead and its section ("The Harbour Echo" / "TRANSPORT"), a byline block
    // right under it ("By Owen Pask, Staff Reporter" / "Published … | Updated …"): the writer's words,
    // kept as a claim, and the header goes on to that byline and its date.
    else if (!b.isMarked(i) && headlineOverByline(b.lines, i, first)) b.add({ type: 'claim', text: normalizeSpace(raw), speaker: narratorOf(b.input.meta, b.input.registry), section: null }, i);
    // Text that is none of these: a short sentence ("Tom Hale joined the board in May.") or a
    // standfirst without its full stop. The body starts here, so its words are read, never lost.
    else if (!b.isMarked(i)) return i;
  }
  return first;
}

/** "**Prepared by:** Naomi Ferreira, UX Research Lead": the header's field naming the document's author (inferAuthor's AUTHOR_FIELD), metadata as a byline is. */
function namesAuthorInField(raw: string, b: DocBuilder): boolean {
  const author = b.input.meta.author;
  const field = author && raw.includes(':') ? AUTHOR_FIELD().exec(raw) : null;
  return !!field && normalizeSpace(field[1]!.replace(/\[\[|\]\]|\*\*|__/g, '')).startsWith(author!);
}

/** Line `i` is no sentence, of 20 words at most, and the next line after a blank is a "By NAME …" byline above the body. */
function headlineOverByline(lines: readonly string[], i: number, first: number): boolean {
  const line = lines[i]!;
  if (endsLikeSentence(line.trim()) || wordCount(line) > 20 || lines[i + 1]?.trim()) return false;
  let k = i + 1;
  while (k < first && !lines[k]!.trim()) k++;
  return k < first && /^[*_]*[Bb]y\s/.test(lines[k]!.trim()) && bylineName(withoutEmphasis(lines[k]!)) !== null;
}

/**
 * The title's line near the top, short, its last words no sentence ("… вышел на свободу. Что это
 * значит для российских пользователей") and not wrapped onto the next (which opens in lower case):
 * a headline, never a paragraph's first line. (A thread's title that ends as a sentence, "… Ask me
 * anything!", is the poster's words, read as a claim.)
 */
function isHeadlineAt(lines: readonly string[], i: number): boolean {
  // (Its last words a question in quotation marks after a colon name an episode: 'Episode 14: "Should you …?"'.
  // A pull quote's full stop, 'Lunch with Adaeze Kwan: "… I failed at that."', still ends a sentence: its quote.)
  const t = lines[i]!.trim();
  return i < 12 && wordCount(t) <= 30 && (!endsLikeSentence(t) || /:\s*["“][^"“”]{3,150}\?["”]$/.test(t) || EPISODE_QUESTION().test(t)) && !/^\s*\p{Ll}/u.test(lines[i + 1] ?? '');
}

/**
 * A card's own header run into its body: under the page's top ("Binance" / "Rating distribution"
 * / "1-star 75%"), after a blank line, four short lines or more with no blank line between them
 * and the first paragraph ("Mark Jensen" / "DK · 3 reviews" / "Rated 1 out of 5 stars" / "Nov 28,
 * 2026" / "Account frozen for 6 weeks" / the review): the first review's author, rating and title,
 * the words the next cards keep in the body. The body starts at that block, so they are read as the
 * next cards' are, never lost as the page's header. A byline and a date above the first paragraph
 * are two lines, a standfirst one.
 */
function cardHeaderStart(lines: readonly string[], first: number): number {
  let k = first;
  while (k > 0 && lines[k - 1]!.trim()) k--;
  if (first - k < 4 || k < 2) return first;
  for (let i = k; i < first; i++) if (wordCount(lines[i]!) > 8) return first;
  return k;
}

/** An infobox's `Key<TAB>value` line ("Known for\tGlacier mass-balance modelling"): a key of a few words, a tab, a value. */
// (`\t\s*` is `\t+\s*` without the second way to read a run of tabs, which made a line ending in one quadratic.)
/** A person's dates as a profile page gives them ("Born: August 9, 1991", "Died: 3 May 2020", "Date of birth: …"): facts about its subject, not when the page was written. */
// An infobox copied from an encyclopedia page sets its key apart by a tab or a run of spaces instead
// ("Born  12 May 1991 (age 33)", "Died\t3 March 2020 (aged 71)"), and marks a life date by the age in
// brackets after it wherever the key went (its own line under "Born\tMaria Oyelaran"): the same facts.
// A player's or a member's card gives the day the person joined the club or signed ("Joined: July 2022
// from Lydford Ladies", "Signed: 2021", "Member since: 2019"): the person's history, as a birth date is.
const LIFE_DATE_FIELD = lazy(() => /^\s*(?:Born|Died|Date of (?:birth|death)|Birth ?date|Birthday|DOB)(?:\s*:|\t|  )|^\s*(?:Joined|Signed|Since|Debut|Member since)\s*:|\((?:age|aged) \d{1,3}\)/i);
/** A person's birth or death date as a profile or an infobox gives it: never the day the page was written. */
export function isLifeDateLine(raw: string): boolean {
  return raw.length <= 300 && LIFE_DATE_FIELD().test(raw);
}
export const TAB_FACT = lazy(() => /^\s*\p{L}[^\t:]{0,40}?\t\s*\S/u);

/**
 * Facts in the header, which are the document's words and must be found:
 * an infobox's `Key<TAB>value` line, with the lines under it that continue
 * its value ("Born<TAB>Henrietta Maria Vásquez" / "14 April 1948" /
 * "Valparaíso, Chile"), and a phrase broken over lines at its commas, as a
 * court caption is ("STATE OF MONTANA," / "Plaintiff and Appellee," / "v." /
 * "RICHARD ALLEN TOBIN," / "Defendant and Appellant."). Returns the index
 * of the fact's last line, or null when line `i` starts none.
 */
function headerFactEnd(b: DocBuilder, i: number, end: number): number | null {
  const lines = b.lines;
  // The next line of the same block, unless it is chrome (a date alone on its line may go on a value: "Born<TAB>…" / "14 April 1948").
  const next = (k: number) => (k + 1 < end && lines[k + 1]!.trim() && !b.isMarked(k + 1) && (!classifyChrome(lines[k + 1]!) || isDateLine(lines[k + 1]!)) ? k + 1 : null);
  if (TAB_FACT().test(lines[i]!)) {
    // A block of them: two or more keyed lines, so a lone tab in a title is no infobox.
    let keyed = 0;
    for (let k = i; k < end && lines[k]!.trim(); k++) if (TAB_FACT().test(lines[k]!)) keyed++;
    for (let k = i - 1; k >= 0 && lines[k]!.trim(); k--) if (TAB_FACT().test(lines[k]!)) keyed++;
    if (keyed < 2) return null;
    let k = i;
    for (let n = next(k); n !== null && !TAB_FACT().test(lines[n]!) && isShortNonSentence(lines[n]!); n = next(k)) k = n;
    return k;
  }
  // "Plaintiff and Appellee,": a line that ends at a comma goes on below; so does a lone "v.".
  const goesOn = (raw: string) => /,\s*$/.test(raw) || /^\s*(?:v|vs)\.?\s*$/i.test(raw);
  if (!goesOn(lines[i]!) || isPersonName(lines[i]!, b)) return null;
  let k = i;
  for (let n = next(k); n !== null && goesOn(lines[k]!) && wordCount(lines[n]!) <= 12 && !TAB_FACT().test(lines[n]!); n = next(k)) k = n;
  return k > i ? k : null;
}

/** The words of a header fact, one line: "Born: Henrietta Maria Vásquez, 14 April 1948, Valparaíso, Chile". */
function factText(lines: readonly string[]): string {
  const [head, ...rest] = lines.map((l) => normalizeSpace(l.replace(/\t+/, ': ')));
  if (!/:/.test(head!) || rest.length === 0) return normalizeSpace([head, ...rest].join(' '));
  return [head!.replace(/,$/, ''), ...rest.map((r) => r.replace(/,$/, ''))].join(', ');
}

/** A caption box's row holding only its bracket: "                )". */
const EMPTY_BOX_ROW = lazy(() => /^\s*\)\s*$/);
/** "(9.30 am)", "(10:04 a.m.)", "[14.07]": a clock time alone in brackets. */
const BRACKETED_CLOCK = lazy(() => /^\s*[([]\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*[)\]]\s*$/i);

/**
 * The heading right above the first paragraph ("Main Takeaways" over a list of
 * bullets): the first section's name. markHeader may have taken a short line
 * for navigation; a heading-like line that is neither chrome, nor the title,
 * nor a name, nor a `Key: value` pair, and has something above it (a site name
 * alone at the top is not a section), is re-marked a heading.
 */
export function headerSection(b: DocBuilder, first: number): string | null {
  let k = first - 1;
  while (k >= 0 && !b.lines[k]!.trim()) k--;
  if (k <= 0) return null;
  const raw = b.lines[k]!;
  // A transcriber's note in brackets ("[START OF RECORDING]", "[background noise]") is a direction, never a
  // heading. One with a number names a part of the recording ("[Tape 1, Side A]"): that may head the talk under it.
  // A clock time in brackets ("(9.30 am)", a UK hearing transcript's note of when it sat) says when, it names no part.
  if ((isDirection(raw) && (!/\p{N}/u.test(raw) || BRACKETED_CLOCK().test(raw))) || isStampedDirection(raw)) return null;
  if (classifyChrome(raw) || isKeyValueLine(raw) || isCastLine(raw) || isPersonName(raw, b) || isMenuLine(raw) || TOOL_LINE().test(raw.trim())) return null;
  // A court caption's last row ("Defendant.      )") closes the caption; it heads nothing under it.
  if (raw.includes(')') && isCaptionBoxRow(b.lines, k) && !isCaptionBoxRow(b.lines, k + 1)) return null;
  // A byline names who wrote the page, no part of it ("By Hollis Grant, The Craft Review, October 2018");
  // a dateline or a publication's line says when ("Recorded July 18, 2024", "The Long Read, April 2023").
  // (A title that ends with its date, "Transcript of Trial, Day 3 - June 6, 2024", may still head a part.)
  if (bylineName(withoutEmphasis(raw)) !== null || isAsToldToCredit(raw) || isWhenLine(raw) || isPlacedByline(raw, b) || isSpeechHeaderLine(b, k)) return null;
  // The writer's newsroom title on the line under the byline ("By Odile Brathwaite" / "Sports Editor"): the byline's.
  if (k > 0 && raw.length <= 60 && isNewsroomRole(normalizeSpace(raw).replace(/\.$/, '')) && bylineName(withoutEmphasis(b.lines[k - 1]!)) !== null) return null;
  // A translation's credit ("Translated from the Japanese by Daniel Okafor") names who put the page
  // into English, as a byline names who wrote it: no part of the text.
  if (TRANSLATOR_CREDIT().test(raw)) return null;
  // (A Markdown heading read without its marks: "## 2. Presentation of the scheme" is numbered as "2. …" is.)
  if (titleKey(raw) === titleKey(b.input.meta.title) || !isHeadingLike(raw.replace(ATX_MARKS(), ''))) return null;
  // A note's callout box opening on its title ("> [!info] Context" over "> Spoke with …"): the title
  // is the box's, it heads nothing under the box.
  if (raw.charCodeAt(raw.search(/\S/)) === 0x3e && /^\s{0,3}>\s*\[![A-Za-z-]{1,30}\]/.test(raw)) return null;
  let above = k - 1;
  while (above >= 0 && !b.lines[above]!.trim()) above--;
  if (above < 0) return null;
  b.mark(k, 'heading');
  // (a Markdown heading's name without its marks: "## Meeting Purpose" heads "Meeting Purpose")
  return normalizeSpace(raw.replace(ATX_MARKS(), ''));
}

/** "Translated from the Japanese by …", "Translation by …", "English translation by …": a translator's credit. */
const TRANSLATOR_CREDIT = lazy(() => /^\s*[*_]{0,2}(?:\p{L}+\s+)?(?:translated|translation)\s+(?:from\s+(?:the\s+)?\p{L}+\s+)?(?:(?:in)?to\s+(?:the\s+)?\p{L}+\s+)?by\s+\p{Lu}/iu);

/** "Marie Dubois in Paris": the byline without its "By" that named the document's author. */
function isPlacedByline(raw: string, b: DocBuilder): boolean {
  const names = raw.includes(' in ') && b.input.meta.author ? placedBylineNames(normalizeSpace(withoutEmphasis(raw))) : null;
  return !!names && titleKey(joinNames(names)) === titleKey(b.input.meta.author!);
}

/**
 * The speaker line of a speech's header: where the speaker is inferred from it, a line that opens
 * with the speaker's name (a title before it or not) and goes on after a comma or a dash.
 */
function isSpeakerLine(raw: string, b: DocBuilder): boolean {
  const author = b.input.meta.author;
  if (!author || !b.input.meta.inferred?.author?.startsWith('the speaker line') || raw.length > 200) return false;
  const line = normalizeSpace(withoutEmphasis(raw)).replace(/^(?:Dr|Prof|Rev|Mr|Mrs|Ms|Hon)\.?\s+/i, '');
  return line.startsWith(author) && /^\s*(?:,|[—–-]\s)/.test(line.slice(author.length));
}

/** A speech header's speaker line, or the line under it that ends with the day (its venue and date). */
function isSpeechHeaderLine(b: DocBuilder, i: number): boolean {
  const raw = b.lines[i]!;
  return isSpeakerLine(raw, b) || (i > 0 && isSpeakerLine(b.lines[i - 1]!, b) && endsWithDay(raw));
}

/** A short line that ends with a day's date ("Pacific Coast University, May 17, 2025"). */
function endsWithDay(raw: string): boolean {
  const s = raw.trim();
  if (s.length > 120 || !/\d{4}$/.test(s)) return false;
  const m = ENDING_DAY().exec(s);
  return !!m && !!readDateText(m[1]!)?.date;
}
const ENDING_DAY = lazy(() => /(?:^|[\s,—–-])(\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})$/u);

function isPersonName(raw: string, b: DocBuilder): boolean {
  const line = normalizeSpace(raw);
  const m = b.input.meta;
  return [m.author, m.interviewer, m.host].some((n) => n && titleKey(n) === titleKey(line));
}

/** Keys of page metadata lines, when such a line stands alone ("Compiled & Translated: TechFlow"). */
export const METADATA_KEYS =
  lazy(() => /^(source|sources|compiled|translated|compiled & translated|compiled and translated|author|authors|editor|edited by|date|release date|published|updated|original title|original|podcast|podcast source|episode|duration|location|transcript|photo|credit|credits|via|guest|guests|host|hosts|interviewer|music|theme music|music by|artwork|cover art|sound design|mixed by|produced by)$/i);

/** A line a caption file or a transcript service adds that says nothing about the document: "WEBVTT", "1", "00:00:01,000 --> …". */
function isCaptionScaffolding(raw: string): boolean {
  const s = raw.trim();
  return /^WEBVTT\b/.test(s) || /^\d+$/.test(s) || /-->/.test(s) || isLoneTime(s) || isBoilerplate(s) || isDirection(s);
}

export interface Inferred<T> {
  value: T;
  /** where it came from, in words: "the first heading (line 3)", "the file name", "a dateline (line 5)" */
  from: string;
}

/**
 * A Markdown heading on a document's first line ("# I run a dairy farm in
 * Vermont. AMA!"): the title, however much it reads like a sentence, and the
 * header (byline, date) goes on below it.
 */
function isTopHeading(lines: readonly string[], i: number): boolean {
  return /^\s{0,3}#{1,6}\s+\S/.test(lines[i]!) && lines.slice(0, i).every((l) => !l.trim());
}

/** A line that is a quotation: it opens on a quote mark, a spoken span ends at its end or before a stop or a signature's dash. */
function isPullQuoteLine(line: string): boolean {
  const spans = findQuoteSpans(line);
  const last = spans[spans.length - 1];
  return !!last && spans.some(isSpeechSpan) && /^(?:[\s.,!?…]*|\s*[—–-].*)$/u.test(line.slice(last.end));
}

/**
 * A rule of dashes, equals signs or underscores, a caption box's corner letter perhaps at its end
 * ("------x"), or set with a space between its dashes as a court reporter types it ("- - - - - x").
 * Each repeat takes one mark, so nothing backtracks.
 */
const RULE_LINE = lazy(() => /^\s*[-=_~*](?: ?[-=_~*]){2,}\s?\p{L}?\s*$/u);
/** A header's field naming the writer, a list item's or in bold or not: "Author: …", "- **Written by:** …". */
const AUTHOR_FIELD = lazy(() => /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:author|authors|written by|prepared by|byline|writer)(?:\s*:\s*(?:\*\*|__)|(?:\*\*|__)?\s*:)\s*(\S.{0,80})$/i);

/** The keys of a metadata block: MultiMarkdown's, and those note apps and CMS exports write the same way. */
const METADATA_BLOCK_KEY = lazy(() =>
  /^(?:title|subtitle|author|authors|by|date|published|updated|created|modified|last modified|source|publication|publisher|outlet|url|link|tags|keywords|category|categories|summary|description|language|copyright|affiliation|email|status|slug|type|format|base header level|css|quotes language|section|length|word count|words)$/i,
);
const METADATA_BLOCK_LINE = lazy(() => /^([A-Za-z][A-Za-z ]{0,23}?)\s*:\s+(\S.*)$/);

/**
 * A metadata block opening the file, MultiMarkdown's way ("Title: …" / "Author: …" / "Date: …", up
 * to the first blank line, a value going on on indented lines), as note apps and CMS exports write
 * their header: two keys or more, every one a metadata key, one of them the title or the author.
 * Its lines, and the title, author and day it gives; null for any other opening.
 */
export function metadataBlock(lines: readonly string[], bodyLine: number): { lines: number[]; title: Inferred<string> | null; author: Inferred<string> | null; date: Inferred<string> | null } | null {
  let i = 0;
  while (i < lines.length && i < 3 && !lines[i]!.trim()) i++;
  const found: number[] = [];
  const values = new Map<string, { value: string; line: number }>();
  // the value the last key line opened (null for a key given twice: its first value stands)
  let open: { value: string; line: number } | null = null;
  for (; i < lines.length && lines[i]!.trim(); i++) {
    const raw = lines[i]!;
    const m = METADATA_BLOCK_LINE().exec(raw);
    if (m && METADATA_BLOCK_KEY().test(m[1]!.trim())) {
      const key = m[1]!.trim().toLowerCase();
      open = values.has(key) ? null : { value: normalizeSpace(m[2]!), line: i };
      if (open) values.set(key, open);
    } else if (found.length && /^(?:\t|\s{2,})\S/.test(raw)) {
      if (open) open.value = `${open.value} ${normalizeSpace(raw)}`;
    } else return null;
    found.push(i);
    if (found.length > 30) return null;
  }
  const keys = [...values.keys()];
  if (keys.length < 2 || !keys.some((k) => k === 'title' || k === 'author' || k === 'authors' || k === 'by')) return null;
  const at = (k: string, what: string) => ({ from: `the ${what} field (line ${bodyLine + values.get(k)!.line})` });
  const titleKeyed = values.get('title');
  const authorKey = ['author', 'authors', 'by'].find((k) => values.has(k));
  const dateKey = ['date', 'published', 'created'].find((k) => values.has(k) && readDateText(values.get(k)!.value)?.date);
  return {
    lines: found,
    title: titleKeyed ? { value: titleKeyed.value, ...at('title', 'metadata block\'s title') } : null,
    author: authorKey ? { value: values.get(authorKey)!.value.replace(/^by\s+/i, ''), ...at(authorKey, 'metadata block\'s author') } : null,
    date: dateKey ? { value: readDateText(values.get(dateKey)!.value)!.date!, ...at(dateKey, 'metadata block\'s date') } : null,
  };
}

/** A menu of three items or more, each one or two words ("Markets | Companies | Tech | Opinion"): isMenuLine's form, narrower. */
function isSectionMenu(line: string): boolean {
  if (!isMenuLine(line)) return false;
  const items = normalizeSpace(line).split(/\s*[|·•»›]\s*/).filter((x) => x.trim());
  return items.length >= 3 && items.every((x) => wordCount(x) <= 2);
}
/**
 * "Headteacher interview – Transcript" → "Headteacher interview"; a stamp in brackets after the name
 * ("Grants review (2025-01-22 10:00 GMT) - Transcript") is the dateline's, not the title's.
 */
const NAMED_TRANSCRIPT_TAB = lazy(() => /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?([^.!?:()]{2,80}?)(?:\s*\(([^()]{1,40})\))?\s[-–—]\s(?:meeting\s+)?transcript:?$/iu);
function namedTranscriptTab(line: string): string | null {
  const s = line.trim();
  const m = s.length <= 140 && /transcript:?$/i.test(s) ? NAMED_TRANSCRIPT_TAB().exec(s) : null;
  if (!m || (m[2] !== undefined && !/\d/.test(m[2]))) return null;
  const name = normalizeSpace(m[1]!);
  return /\p{L}/u.test(name) ? name : null;
}
/** An episode's number, then its name, a question: "Bricks & Mortar Podcast, Episode 47: Is the Spring Market Back?". */
const EPISODE_QUESTION = lazy(() => /(?<![\p{L}])(?:Episode|Ep\.?|EPISODE|EP\.?)\s*#?\d{1,4}\s*[:—–-]\s*["“]?\p{Lu}[^.!?"“”]{2,120}\?["”]?$/u);
/** A header's field naming one of the cast: "Interviewer: Ruth Pendle", "Narrator: Joan Hasty (b. 1941)", "Interviewee: …". */
const CAST_FIELD = lazy(() => /^(?:[Ii]nterviewer|[Ii]nterviewee|[Nn]arrator|[Rr]espondent|[Ii]nformant|[Hh]ost|[Pp]resenter|[Cc]hair|[Mm]oderator|INTERVIEWER|INTERVIEWEE|NARRATOR|HOST|PRESENTER|CHAIR|MODERATOR)\s*:\s*(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s*\([^()]{1,40}\))?$/u);
/** A field's value wholly in one pair of quotation marks: a name given, an episode's, whatever its last mark ('"Should you ever pay a deposit?"'). */
const QUOTED_NAME = lazy(() => /^["“][^"“”]{3,150}["”]$/);
/**
 * The title a document without one in front matter gives itself, from the
 * header (the lines above the first paragraph or speaker turn): a Markdown
 * heading; else a line the header repeats (pages print the title twice);
 * else the first heading-like line, or a first line that stands alone
 * above a blank line and is not a sentence. Null when the text opens
 * straight into talk or prose.
 */
export function inferTitle(raw: readonly string[], bodyLine: number): Inferred<string> | null {
  const lines = withoutLineNumbers([...raw]);
  // A PDF's running head over the first page ("ADAORA NWANKWO-BELL      3", "Kestrel Quarterly —
  // Winter 2021      Page 1 of 6"), printed again on the later pages, names the publication or the
  // subject, never the piece: read past it.
  for (const k of printedRunningLines(lines)) lines[k] = '';
  const top = lines.find((l) => l.trim());
  // A caption file's header says how to show the captions ("Kind: captions"), never what they are.
  if (top && /^(?:\uFEFF)?WEBVTT\b/.test(top.trim())) return null;
  // Nor does an SRT file's first cue (a number, then a timing): its text is the first words said.
  const second = lines.slice(lines.indexOf(top!) + 1).find((l) => l.trim());
  if (top && /^\uFEFF?\d+\s*$/.test(top.trim()) && second && /-->/.test(second)) return null;
  // A meeting app's transcript names the meeting on its first line, over the turns' part
  // ("Headteacher interview – Transcript", "Grants review (2025-01-22 10:00 GMT) - Transcript"): the
  // line is the transcript's label, which the header skips, and the meeting before the dash its title
  // (never the attendee list under it).
  const tab = top ? namedTranscriptTab(top) : null;
  if (tab) return { value: tab, from: `the first heading (line ${bodyLine + lines.indexOf(top!)})` };
  const header: number[] = [];
  // A messaging app's export opens with its first message: a dated stamp, the sender alone below it.
  const senders = stampedSenderLines(lines.slice(0, 200));
  const firstSender = senders.length >= 2 ? senders[0]! : lines.length;
  // A publisher's note over the headline ("Editor's note: …") titles nothing.
  for (let i = topNoteEnd(lines); i < lines.length && header.length < 30; i++) {
    const line = lines[i]!;
    if (i >= firstSender) break;
    if (!line.trim() || isCaptionScaffolding(line) || line.includes('\t')) continue;
    // A chat log's status line ("--- Log opened …", "[…] *** Joins: nick (~u@host)") names no document.
    if (isChatStatusLine(line)) continue;
    // (A first line naming its show and, in quotation marks, its episode is a title, whatever mark ends
    // it: 'Lease Lines — Episode 14: "Should you ever pay a holding deposit?"'.)
    if (isContentLine(line) && !isTopHeading(lines, i) && !(line === top && ((/:\s*["“]/.test(line) && isHeadingLike(line)) || EPISODE_QUESTION().test(line.trim())))) break;
    const label = readLabel(line);
    // Talk starts: a label followed by speech, not a "Series: Title Of The Episode" heading,
    // nor a "Reader Q&A: Dr. Helen Park on sleep" whose label opens no other line and whose
    // words end no sentence.
    // (Nor an episode named in quotation marks, a question perhaps: 'Episode 14: "Should you ever pay a deposit?"'.)
    const once = !!label && label.style === 'colon' && !!label.name && (!/[.!?…]["”’)]?$/.test(label.rest.trim()) || QUOTED_NAME().test(label.rest.trim()) || EPISODE_QUESTION().test(line.trim())) && !opensAnotherLine(lines, i, label.name);
    if (label && !once && (label.style !== 'colon' || !label.rest.trim() || (wordCount(label.rest) > 3 && !isHeadingLike(label.rest, 20)))) break;
    // Or a name with its time on the next line (Riverside, Descript): "Anna Berg" / "00:00:03 - 00:00:15".
    if (isLoneTime(lines[i + 1] ?? '') && wordCount(line) <= 4 && isNameShaped(line)) break;
    header.push(i);
  }
  const found = (i: number): Inferred<string> => ({
    // "Meeting Title: Q3 Partner Review": a field naming the title gives its value.
    // "Ledger Lines Ep 47 - Halvorsen interview (final mix).mp3": an export headed by its recording's file name is titled without the extension.
    value: normalizeSpace(withoutEmphasisEnds(withoutClosingHashes(withoutPandocAttributes(lines[i]!).replace(ATX_MARKS(), '')))).replace(TITLE_FIELD(), '').replace(MEDIA_EXTENSION(), ''),
    from: `the first heading (line ${bodyLine + i})`,
  });
  const md = header.find((i) => /^\s{0,3}#{1,6}\s+\S/.test(lines[i]!));
  if (md !== undefined) return found(md);
  // A clip tool's export: its name alone on the first line, over the clip's own title as a field
  // ("Grain" / "Highlight: "We priced too low for two years""): the clip is what the document is,
  // the tool names no title. Only where every header line above the field is one word.
  const clip = header.find((i) => i <= 4 && CLIP_TITLE_FIELD().test(lines[i]!));
  if (clip !== undefined && header.slice(0, header.indexOf(clip)).every((h) => wordCount(lines[h]!) === 1)) {
    const value = normalizeSpace(lines[clip]!.replace(CLIP_TITLE_FIELD(), '')).replace(/^["“](.+)["”]$/, '$1');
    if (value) return { value, from: `the clip's title field (line ${bodyLine + clip})` };
  }
  // A cable network's headlines and air time ("…; Interview With Rep. Dolores Vance. Aired 9-10p ET"): the
  // programme's title is its headlines, under the site's links and the show's name.
  const aired = header.find((i) => airedHeadline(lines[i]!) !== null);
  if (aired !== undefined) return { value: airedHeadline(lines[aired]!)!, from: `the programme's headline (line ${bodyLine + aired})` };
  // A transcription service's export: its name alone on the first line, over the kind of transcript it
  // made ("Verbatim Transcript", "Audio/Video Transcription"), and a field naming the recording
  // ("File Name: interview_part2.m4a"). The recording is what the document is; the service names no title.
  const recording = serviceRecording(lines, header);
  if (recording) return { value: recording.value, from: `the recording's file name (line ${bodyLine + recording.line})` };
  // The cast at the top of a press conference's page ("Dana Whitcombe" / "Tessa Marlowe"), each name
  // a label of the turns below ("DANA WHITCOMBE:"): who speaks, no title of what they say.
  // A label opens its line, words said after it (a running head "THE NIGHT SHIFT: A MEMOIR" is no turn).
  const labelsBelow = (name: string) => {
    const labels = [`${name.toUpperCase()}:`, `${name}:`];
    return lines.some((l) => {
      const t = l.trimStart();
      const label = labels.find((k) => t.startsWith(k));
      return !!label && /\p{Ll}/u.test(t.slice(label.length));
    });
  };
  const castName = (line: string) => wordCount(line) >= 2 && wordCount(line) <= 4 && !/^(?:the|a|an)\s/i.test(line.trim()) && isNameShaped(line.trim()) && labelsBelow(line.trim());
  const titleLike = (i: number) => {
    const line = lines[i]!;
    if (castName(line)) return false;
    // A rule across the page, a caption box's corner perhaps at its end ("-----------x"): no words to title anything.
    // Nor does a printed page's number ("Page 41") over a numbered transcript's first page.
    if (RULE_LINE().test(line) || isPageHeader(line)) return false;
    // Nor a caption box's row, its column's ":" or ")" closing the line ("Respondent.   :"): a party's part.
    if (/\S\s+[:)]\s*$/.test(line) && !/\(/.test(line)) return false;
    // A site's section menu over the story ("Markets | Companies | Tech | Opinion | Subscribe"): three
    // links or more of a word or two each, the site's and no title ("Episode 12 | The Longest Night" is one).
    if (isSectionMenu(line)) return false;
    if (classifyChrome(line) || datelineKind(line) === 'whole' || TOOL_LINE().test(line.trim()) || isChapterNumberOverTitle(lines, i)) return false;
    // A meeting's roster field ("Attendees: Leonie Vasquez; Callum Breen", "Speakers: Ana Li, Ben Cho"):
    // who takes part, metadata, never what the document is called.
    if (line.includes(':') && (participantsListed(line) !== null || CAST_FIELD().test(line.trim()))) return false;
    const kv = isKeyValueLine(line);
    // "Episode 41: Repairing Old Radios" is a title; "Guest: He Yi" is metadata.
    // "Reader Q&A: Dr. Helen Park on sleep" is one too: a key no other line opens with, words that end no sentence.
    if (kv && ((METADATA_KEYS().test(kv.key.trim()) && !TITLE_FIELD().test(line.trim())) || (!isHeadingLike(kv.value, 20) && ((/[.!?…]["”’)]?$/.test(kv.value.trim()) && !QUOTED_NAME().test(kv.value.trim()) && !EPISODE_QUESTION().test(line.trim())) || opensAnotherLine(lines, i, kv.key.trim()))))) return false;
    return true;
  };
  // A help page's own name for itself ("Frequently Asked Questions: the 2024 Meter Replacement
  // Programme") under the organisation's name and its help centre's: the page's title.
  const faq = header.find((i) => i <= 12 && FAQ_TITLE().test(lines[i]!.trim()) && wordCount(lines[i]!) <= 16 && titleLike(i));
  if (faq !== undefined) return found(faq);
  // A news page's masthead block over the headline ("Valley Courier" / "Home | Farming | Weather" /
  // "Tuesday 4 March 2025, 09:10", or a breadcrumb alone, "Home / Farming / Cooperatives"): the
  // outlet and its sections are the site's, the headline is the document's title.
  // A publication's name over its section ("The Millbrook Courier" / "LOCAL NEWS"), or a show's name
  // under the breadcrumb that ends with it: the outlet's, and the headline under it is the title.
  const underPublication = publicationOverHeadline(lines);
  if (underPublication >= 0 && titleLike(underPublication)) return found(underPublication);
  // A web page copied whole: the site's name among its skip link, menu, sign-in and cookie lines over
  // the article ("FreightPulse" / "Home  News  Analysis  Subscribe" / "We use cookies …"), then the
  // article's block, a kicker perhaps over the headline and the byline under it: the headline.
  const underNavigation = headlineUnderNavigation(lines);
  if (underNavigation >= 0 && titleLike(underNavigation)) return found(underNavigation);
  const headline = mastheadHeadline(lines);
  if (headline >= 0 && (header.includes(headline) || namedQuoteHeadline(lines[headline]!)) && titleLike(headline)) return found(headline);
  // A section's one word over the headline ("Економіка" / the headline / "Олена Гнатюк" / "16 березня
  // 2022"): with the byline's and date's block under the headline, the word is the site's rubric.
  const underSection = sectionWordHeadline(lines);
  if (underSection >= 0 && header.includes(underSection) && titleLike(underSection)) return found(underSection);
  // A barred byline under the headline and its standfirst ("Name | Saturday, 14 September 2024"), a
  // section's line with a bar perhaps above them: the headline is the title, however it ends (a
  // headline quoting its subject, `Lunch with …: "… I failed at that."`, ends as a sentence does).
  const overBarredByline = headlineOverBarredByline(lines);
  if (overBarredByline >= 0 && titleLike(overBarredByline)) return found(overBarredByline);
  const keys = header.map((i) => titleKey(lines[i]!));
  const repeated = header.find((i, n) => keys[n] && keys.indexOf(keys[n]!, n + 1) > n && wordCount(lines[i]!) <= 30 && !/[.!?]$/.test(lines[i]!.trim()) && titleLike(i));
  if (repeated !== undefined) return found(repeated);
  for (const i of header) {
    // A site's rubric over the headline ("Yle Uutiset | Talous", "Wirtschaft › Krypto-Start-ups",
    // "Економіка"): the headline under it is the title. Looked for before the rubric is ruled out
    // as a title: a breadcrumb ("Крипто.Вести > Рынки > Биржи") is navigation, and still a rubric.
    if ((i === header[0] || header.slice(0, header.indexOf(i)).every((h) => classifyChrome(lines[h]!) || isSectionMenu(lines[h]!))) && isKicker(lines, i)) {
      const k = kickerHeadline(lines, i);
      // The headline whole on its line (a blank line or the next block under it), not wrapped over two.
      const wrapped = !!(lines[k + 1] ?? '').trim() && !!(lines[k + 2] ?? '').trim() && /^\p{Ll}/u.test(lines[k + 1]!.trim());
      if (titleLike(k) && !wrapped && wordCount(lines[k]!) <= 20 && !/[.!?:;,]["”’«»]?$/.test(lines[k]!.trim())) return found(k);
    }
    // A section's kicker in capitals alone over the headline ("THE LONG READ", "OBITUARIES",
    // "EXCERPT"): the headline under it is the title, or the work an excerpt's credit names.
    // (under the magazine's running head, "THE LEDGER REVIEW   MARCH 2025", furniture, the same kicker)
    const kicker = i === header[0] || header.slice(0, header.indexOf(i)).every((h) => classifyChrome(lines[h]!) || isSectionMenu(lines[h]!)) ? capsKickerHeadline(lines, i) : null;
    if (kicker !== null) {
      const credit = excerptCredit(lines[kicker]!);
      if (credit) return { value: credit.title, from: `the excerpt's credit (line ${bodyLine + kicker})` };
      if (header.includes(kicker) && titleLike(kicker)) return found(kicker);
    }
    if (!titleLike(i)) continue;
    // A rubric set straight over the headline and its standfirst ("Business live" / the headline /
    // the standfirst), with the byline's and dateline's block under them: the headline is the title.
    if (i === header[0] && rubricOverHeadline(lines, i) && titleLike(i + 1)) return found(i + 1);
    // A channel's or a publication's name right above the programme's own title line ("Bloomberg
    // Television" / "\"The China Show\" - Interview with …"): the title is the line under it.
    if (namesOutletAbove(lines, i) && header.includes(i + 1) && titleLike(i + 1)) return found(i + 1);
    // A podcast app's copy: the show's name over the episode's title, and the episode's row under them
    // naming the show again ("Second Serve" / "Ep. 212 — …" / "Second Serve with … · Mar 12, 2024 · 58 min").
    // The document is the episode: its title is the line under the show's name.
    if (showOverEpisode(lines, i, header) && titleLike(i + 1)) return found(i + 1);
    if (isHeadingLike(lines[i]!)) {
      // A cover's title set centred in capitals and wrapped over lines of its own ("STABLECOIN
      // RESERVES AND CONSUMER" / "PROTECTION: A REVIEW"): all its lines are the title.
      const wrapped = centredCapitalBlock(lines, i);
      return wrapped ? { ...found(i), value: wrapped } : found(i);
    }
    // Alone above a blank line, or above its byline or dateline ("Conducted by Piotr Lis, 4 April 2024").
    const next = lines[i + 1] ?? '';
    // A tool's line about its export ("Transcript exported from Descript") under it, or a standfirst
    // sentence with the byline under that ("By Tom Reddaway | March 3, 2024"), sets it apart as well.
    // A dateline in another language ("۱۲ ژوئن ۲۰۲۴") is one too; so is a place's short line over the
    // dateline ("Scranton, Pennsylvania" / "October 22, 2026"): the place is where, not what.
    const isByline = (l: string) => !!l.trim() && (bylineName(withoutEmphasis(l)) !== null || isDateline(l) || foreignDay(l) !== null);
    const placeOverDate = wordCount(next) <= 4 && /^\p{Lu}[^.!?:;]*,\s\p{Lu}[^.!?:;,]*$/u.test(next.trim()) && isByline(lines[i + 2] ?? '');
    // So does a meeting's roster field under it ("Attendees: Leonie Vasquez; Callum Breen"), as a byline does,
    // and an oral history's or an interview's cast field ("Interviewer: Ruth Pendle", "Narrator: Joan Hasty").
    const roster = next.includes(':') && (participantsListed(next) !== null || CAST_FIELD().test(next.trim()));
    const byline = isByline(next) || placeOverDate || roster || TOOL_LINE().test(next.trim()) || (/[.!?]["”’]?$/.test(next.trim()) && wordCount(next) <= 40 && isByline(lines[i + 2] ?? ''));
    // Or the document's first line over its standfirst, set straight under it with no blank line:
    // one line of sentences that ends its paragraph ("Island council ends the winter ferry" / "The
    // crossing has lost money for nine years, …" / ""), not the rest of a sentence the line began.
    const standfirst =
      i === lines.findIndex((l) => l.trim()) && /^\s*[\p{Lu}"“‘'«]/u.test(next) && /[.!?]["”’»]?$/.test(next.trim()) && wordCount(next) <= 40 && !(lines[i + 2] ?? '').trim() && !continuesOnNextLine(lines[i]!, next);
    // The first line that could be a title: "FOR IMMEDIATE RELEASE" above it is the release's furniture.
    const standsAlone = i === header.find((h) => titleLike(h)) && (!next.trim() || byline || standfirst) && wordCount(lines[i]!) <= 16 && (!/[.!?:,;]$/.test(lines[i]!.trim()) || EPISODE_QUESTION().test(lines[i]!.trim()));
    if (standsAlone) return found(i);
  }
  // A tool export's first line names the meeting and its date ("APAC community sync - 2023/05/09
  // 15:00 - Transcript", "OnChain Weekly — recording 2024-11-20") over the tool's own lines: with
  // no other title, it is the title.
  const first = header[0];
  if (first !== undefined && first === lines.findIndex((l) => l.trim()) && datelineKind(lines[first]!) === 'whole' && header.slice(1, 3).some((h) => TOOL_LINE().test(lines[h]!.trim()))) {
    const words = lines[first]!.replace(/\d[\d/:.-]*|\b(?:GMT|UTC)[+-]?[\d:]*/g, ' ');
    if (wordCount(words.replace(/[^\p{L}\s]/gu, ' ')) >= 2) return found(first);
  }
  // An excerpt with no heading of its own is titled by the work its credit names ("Excerpt from THE
  // LIGHTHOUSE KEEPER'S DAUGHTER by Nora Halvorsen, …").
  const credit = excerptCreditLine(lines);
  if (credit) return { value: credit.title, from: `the excerpt's credit (line ${bodyLine + credit.idx})` };
  return null;
}

/**
 * A block of two lines to four set centred in capitals, no blank line between them and blank lines
 * around it (a hearing record's cover: "STABLECOIN RESERVES AND CONSUMER" / "PROTECTION: A REVIEW",
 * "SUBCOMMITTEE ON DIGITAL ASSETS," / "FINANCIAL TECHNOLOGY, AND" / "INCLUSION"): one title or
 * name wrapped over its lines, given joined, or null when line `i` opens no such block. Each line
 * is set in far past a paragraph's indent, has no lowercase letter, is no rule and no caption's
 * "V." between parties.
 */
function centredCapitalBlock(lines: readonly string[], i: number): string | null {
  const centredCaps = (l: string | undefined) =>
    !!l && /^ {8,}\S/.test(l) && /\p{Lu}/u.test(l) && !/\p{Ll}/u.test(l) && !RULE_LINE().test(l) && !/^\s*VS?\.?\s*$/.test(l) && wordCount(l) <= 12;
  if (lines[i - 1]?.trim() || !centredCaps(lines[i])) return null;
  let k = i + 1;
  while (k < i + 4 && centredCaps(lines[k]) && !/[.!?;]$/.test(lines[k - 1]!.trim())) k++;
  if (k === i + 1 || (lines[k] ?? '').trim()) return null;
  return normalizeSpace(lines.slice(i, k).join(' '));
}
/** The first line of the block of lines with no blank line between them that holds line `i`. */
function blockStart(lines: readonly string[], i: number): number {
  let k = i;
  while (k > 0 && lines[k - 1]!.trim() && i - k < 4) k--;
  return k;
}

/**
 * Line `i`, the page's first, is a section's kicker set in capitals ("THE LONG READ", "INVESTIGATIONS"):
 * four words at most, no lowercase letter, no sentence, no digit, alone in its block; the line heading the
 * next block is a headline in mixed case of three words or more (no sentence's end after it) or an
 * excerpt's credit. The index of that line, else null. (A title in capitals over a subtitle in capitals,
 * a cover's lines, is no kicker: the line under it has no lowercase.)
 */
function capsKickerHeadline(lines: readonly string[], i: number): number | null {
  const line = normalizeSpace(withoutEmphasisEnds(lines[i]!));
  if (!/\p{Lu}/u.test(line) || /\p{Ll}/u.test(line) || wordCount(line) > 4 || /[.!?:;,]$/.test(line) || /\d/.test(line)) return null;
  if (lines.slice(0, i).some((l) => l.trim() && !classifyChrome(l) && !isSectionMenu(l)) || (lines[i + 1] ?? '').trim()) return null;
  const k = lines.findIndex((l, j) => j > i && !!l.trim());
  if (k < 0) return null;
  const next = normalizeSpace(withoutEmphasisEnds(lines[k]!));
  if (EXCERPT_OPENING().test(next) && excerptCredit(next)) return k;
  // A tabloid sets its headline in capitals too ("EXCLUSIVE" / "STRIKER'S SECRET TORMENT" / the
  // standfirst / "By …"): a kicker of one or two words over it is still the kicker where a byline
  // or a dateline opens one of the next two blocks under the headline (a cover's title over its
  // subtitle has none).
  const capsHeadline = !/\p{Ll}/u.test(next) && wordCount(line) <= 2 && wordCount(next) >= 3 && wordCount(next) <= 12 && !/[.!?:;,]["”’]?$/.test(next) && creditWithinBlocks(lines, k, 2);
  if (!capsHeadline && (!/\p{Ll}/u.test(next) || wordCount(next) < 3 || wordCount(next) > 25 || /[.!?:;,]["”’]?$/.test(next))) return null;
  // The headline is whole on its line: the line under it is blank or opens a standfirst.
  const under = (lines[k + 1] ?? '').trim();
  if (under && /^\p{Ll}/u.test(under)) return null;
  return k;
}

/**
 * A byline or a dateline opens one of the `n` blocks of lines under line `k` (its own block first):
 * a headline's credits, a standfirst perhaps between. Reads at most 40 lines.
 */
function creditWithinBlocks(lines: readonly string[], k: number, n: number): boolean {
  let j = k;
  while (j < lines.length && j < k + 40 && lines[j]!.trim()) j++;
  for (let seen = 0; seen < n && j < lines.length && j < k + 40; seen++) {
    while (j < lines.length && j < k + 40 && !lines[j]!.trim()) j++;
    if (j >= lines.length || j >= k + 40) return false;
    const credits = (l: string | undefined) => !!l && !!l.trim() && (bylineName(withoutEmphasis(l)) !== null || isDateline(l));
    if (credits(lines[j]) || credits(lines[j + 1])) return true;
    while (j < lines.length && j < k + 40 && lines[j]!.trim()) j++;
  }
  return false;
}

/**
 * The page's first block is a masthead: the outlet's name, a menu or a breadcrumb of sections, a
 * date line, a section's name ("Valley Courier" / "Home | Farming | Weather" / "Tuesday 4 March
 * 2025, 09:10"), or a breadcrumb alone ("Home / Farming / Cooperatives"); the next block opens with
 * a headline whole on its line. The headline's index, else -1. One line of the block at least is a
 * trail of sections with no digit (a menu, a breadcrumb, navigation): an outlet's name over a date,
 * or a title over its subtitle, is no masthead.
 */
function mastheadHeadline(lines: readonly string[]): number {
  const start = lines.findIndex((l) => l.trim());
  if (start < 0) return -1;
  let end = start;
  while (end < lines.length && lines[end]!.trim()) end++;
  const block = lines.slice(start, end);
  if (block.length > 4) return -1;
  const trails = block.filter((l) => isSectionTrail(l) && !/\p{N}/u.test(l));
  if (!trails.length) return -1;
  const first = normalizeSpace(block[0]!);
  const fewWords = (l: string, n: number) => spacedWords(l) <= n && normalizeSpace(l).length <= n * 15;
  const nameLine = (l: string) => fewWords(l, 5) && !/[.!?:;,]$/.test(l) && !/\p{N}/u.test(l);
  // A bilingual outlet's name in both its languages ("Revista Puente / Puente Magazine — Edición
  // bilingüe"): each side of the slash a name by itself.
  const sides = first.split(' / ');
  const firstIsName = nameLine(first) || (sides.length === 2 && sides.every(nameLine));
  if (!isSectionTrail(block[0]!) && !firstIsName) return -1;
  const furniture = (l: string) => isSectionTrail(l) || (fewWords(l, 1) && !/\p{N}/u.test(l)) || (/\p{N}/u.test(l) && normalizeSpace(l).length <= 100 && !/[.!?]["”’»]?$/.test(l.trim()));
  if (!block.slice(1).every(furniture)) return -1;
  const k = lines.findIndex((l, j) => j > end && !!l.trim());
  if (k < 0) return -1;
  const headline = normalizeSpace(lines[k]!);
  // Khmer and Myanmar count each syllable a word: their headline is held to its length instead.
  const long = ABBREVIATING_SCRIPT_LETTER().test(headline) ? headline.length > 120 : wordCount(headline) > 25;
  if (wordCount(headline) < 3 || long || /[.:;,]$/.test(headline)) return -1;
  // Whole on its line: a blank line under it, or a line that opens no lowercase continuation.
  const under = (lines[k + 1] ?? '').trim();
  return under && /^\p{Ll}/u.test(under) ? -1 : k;
}
/**
 * A web page pasted with its chrome: its first lines (40 at most) are navigation (a skip link, a menu,
 * "Sign in", a cookie banner and its buttons, a breadcrumb) and short names with no sentence in them
 * (the site's name, a section's), at least one line of navigation among them and one blank line; the
 * first block with other lines holds the headline, a kicker in capitals perhaps over it, and a
 * byline or a dateline ("By Ada Obi | 12 May 2022", "Ada Obi · May 12, 2022 · 6 min read") under it,
 * in the block or opening the next one. The headline's index, else -1. (A site name over the
 * headline with no menu between is mastheadHeadline's or the first heading's.)
 */
function headlineUnderNavigation(lines: readonly string[]): number {
  let navigation = false;
  let blank = false;
  let i = 0;
  for (; i < lines.length && i < 40; i++) {
    const line = lines[i]!;
    if (!line.trim()) { blank = true; continue; }
    if (classifyChrome(line) === 'navigation' || isSectionMenu(line)) { navigation = true; continue; }
    const t = normalizeSpace(withoutEmphasisEnds(line));
    // The site's name or a section's: a few words, no digit, no sentence's stop.
    if (spacedWords(t) <= 4 && !/\p{N}/u.test(t) && !/[.!?:;,"”»]$/u.test(t)) {
      // A short line opening the article's own block (a kicker over the headline) ends the chrome.
      if (navigation && blank && !lines[i - 1]!.trim() && (lines[i + 1] ?? '').trim()) break;
      continue;
    }
    break;
  }
  if (!navigation || !blank || i >= lines.length || i >= 40) return -1;
  let k = i;
  const kicker = normalizeSpace(lines[k]!);
  // A kicker in capitals over the headline ("INTERVIEWS", "THE LONG READ").
  if (!/\p{Ll}/u.test(kicker) && spacedWords(kicker) <= 4 && (lines[k + 1] ?? '').trim()) k++;
  const headline = normalizeSpace(lines[k]!);
  if (wordCount(headline) < 3 || wordCount(headline) > 25 || /[:;,]$/.test(headline) || classifyChrome(lines[k]!)) return -1;
  const credits = (l: string | undefined) => !!l && !!l.trim() && (bylineName(withoutEmphasis(l)) !== null || isDateline(l));
  // The byline within the headline's block (under a standfirst at most), or opening the next block.
  let j = k + 1;
  while (j < lines.length && j <= k + 3 && lines[j]!.trim()) {
    if (credits(lines[j])) return k;
    j++;
  }
  while (j < lines.length && j <= k + 5 && !lines[j]!.trim()) j++;
  return j > k + 1 && !lines[j - 1]!.trim() && credits(lines[j]) ? k : -1;
}
/**
 * The page's first line is one word with no digit and no sentence ("Економіка", "Sport"), the next line
 * with words (under it or after a blank line) a headline of four words or more, whole on its line, and
 * the next block under the headline gives a date in its first two lines (a reporter over a dateline, a
 * place and a date): the word is a section's. The headline's index, else -1. (A one-word title,
 * "Minutes", "Lecture", has no dated block right under the line below it, or is kept.)
 */
function sectionWordHeadline(lines: readonly string[]): number {
  const start = lines.findIndex((l) => l.trim());
  if (start < 0 || spacedWords(lines[start]!) !== 1 || !/^\p{L}+$/u.test(lines[start]!.trim())) return -1;
  const k = lines.findIndex((l, j) => j > start && !!l.trim());
  if (k < 0 || k > start + 2) return -1;
  const headline = normalizeSpace(lines[k]!);
  if (wordCount(headline) < 4 || wordCount(headline) > 25 || /[.!?:;,]$/.test(headline) || (lines[k + 1] ?? '').trim()) return -1;
  const next = lines.findIndex((l, j) => j > k && !!l.trim());
  if (next < 0) return -1;
  const dated = (l: string) => !!l.trim() && (isDateline(l) || foreignDay(l) !== null);
  return dated(lines[next]!) || dated(lines[next + 1] ?? '') ? k : -1;
}
/**
 * The page opens with a publication's name set over its section, the two lines a block of their own
 * ("The Millbrook Courier" / "LOCAL NEWS", "RUNNING NORTH MAGAZINE - ONLINE EDITION" / "Interviews /
 * Road Racing"), or with a breadcrumb alone whose last item the next block names again, a show's or
 * an outlet's name ("Transcripts > Shows > The Evening Ledger" / "THE EVENING LEDGER"). Under it, a
 * headline whole on its line, and the block under the headline opens with a byline or a dateline
 * (in its first two lines): the name is the outlet's, the headline is the document's title. The
 * headline's index, else -1. (A title over its subtitle has no byline's block under a third line.)
 */
function publicationOverHeadline(lines: readonly string[]): number {
  const blocks: Array<[number, number]> = [];
  for (let i = 0; i < lines.length && blocks.length < 6; ) {
    if (!lines[i]!.trim()) { i++; continue; }
    let end = i;
    while (end < lines.length && lines[end]!.trim()) end++;
    blocks.push([i, end]);
    i = end;
  }
  if (blocks.length < 3) return -1;
  const text = (i: number) => normalizeSpace(withoutEmphasisEnds(lines[i]!));
  const noSentence = (t: string) => !/\p{N}/u.test(t) && !/[.!?:;,]["”’]?$/.test(t);
  // Every word capitalised, or a joining word ("of", "the", a dash): a name, no sentence.
  const nameLine = (t: string) => spacedWords(t) <= 7 && noSentence(t) && t.split(' ').every((w) => /^[\p{Lu}"“‘'&]/u.test(w) || /^(?:of|the|and|for|on|in|de|la|le|-|–|—|&)$/u.test(w));
  // A section's name in capitals ("LOCAL NEWS"), or a short trail of sections ("Interviews / Road Racing").
  const sectionLine = (t: string) => {
    if (!noSentence(t)) return false;
    if (/\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t) && spacedWords(t) <= 4) return true;
    const items = t.split(/\s(?:\/|\||›|»|>)\s/);
    return items.length >= 2 && items.length <= 4 && items.every((x) => spacedWords(x) <= 3 && /^\p{Lu}/u.test(x));
  };
  const [first, second] = blocks;
  let headlineBlock = -1;
  if (first![1] - first![0] === 2 && nameLine(text(first![0])) && sectionLine(text(first![0] + 1))) headlineBlock = 1;
  // "THE WESTBROOK GAZETTE" / "Thursday, June 22, 2023", then "LOCAL NEWS" alone: the paper's name over
  // its date line, its section a block of its own under them.
  else if (first![1] - first![0] === 2 && nameLine(text(first![0])) && isDateline(lines[first![0] + 1]!) && second![1] - second![0] === 1 && sectionLine(text(second![0]))) headlineBlock = 2;
  else if (first![1] - first![0] === 1 && second![1] - second![0] === 1 && isSectionTrail(lines[first![0]]!)) {
    const trail = text(first![0]).split(KICKER_SEPARATOR());
    const last = trail[trail.length - 1]!;
    if (trail.length >= 2 && titleKey(last) && titleKey(last) === titleKey(text(second![0])) && nameLine(text(second![0]))) headlineBlock = 2;
  }
  if (headlineBlock < 0 || headlineBlock + 1 >= blocks.length) return -1;
  const [k, kEnd] = blocks[headlineBlock]!;
  const headline = text(k);
  if (kEnd - k !== 1 || wordCount(headline) < 3 || wordCount(headline) > 25 || /[.:;,]$/.test(headline)) return -1;
  const [b, bEnd] = blocks[headlineBlock + 1]!;
  const credits = (i: number, end: number) => i < end && (bylineName(withoutEmphasis(lines[i]!)) !== null || isDateline(lines[i]!));
  if (credits(b, bEnd) || credits(b + 1, bEnd)) return k;
  // A standfirst of one line between ("Council blames $1.4m repair bill; families plan protest"), then the byline's block.
  const after = blocks[headlineBlock + 2];
  return after && bEnd - b === 1 && (credits(after[0], after[1]) || credits(after[0] + 1, after[1])) ? k : -1;
}
/**
 * A headline that is a person's name, a full stop, and their words in quotation marks ("Aram
 * Petrosyan. «There is no shortage of programmers»"): its full stop ends the name, no sentence, so the
 * line reads as a paragraph's; under a masthead it is the headline.
 */
function namedQuoteHeadline(raw: string): boolean {
  const m = /^([^.]{3,60})\.\s+(["“«„‘'].*["”»“’'])$/u.exec(normalizeSpace(raw));
  return !!m && wordCount(m[1]!) <= 3 && isNameShaped(m[1]!) && wordCount(m[2]!) <= 22;
}
/**
 * Words as the spaces between them count them: Bengali's vowel signs and Khmer's and Myanmar's
 * syllables split no word here (wordCount counts those scripts' syllables, a short line as a long one).
 */
function spacedWords(raw: string): number {
  const line = raw.trim();
  return line ? line.split(/\s+/).length : 0;
}
/**
 * A trail of a site's sections: a menu ("Home | News | Sport"), navigation, a breadcrumb by slashes of
 * three sections or more ("Anasayfa / Ekonomi / Kripto Para"), or four items or more set apart by wide
 * spaces ("Home  Politics  Economy  Culture"), each a few words and no sentence.
 */
function isSectionTrail(raw: string): boolean {
  if (isMenuLine(raw) || classifyChrome(raw) === 'navigation') return true;
  const item = (x: string) => !!x.trim() && spacedWords(x) <= 3 && !/[.!?:;,]["”’]?$/.test(x.trim());
  const barred = normalizeSpace(raw).split(KICKER_SEPARATOR());
  if (barred.length >= 2 && barred.every(item)) return true;
  const slashed = normalizeSpace(raw).split(' / ');
  if (slashed.length >= 3 && slashed.every(item)) return true;
  const spaced = raw.trim().split(/\s{2,}/);
  return spaced.length >= 4 && spaced.every(item);
}

/** A header field naming the recorded file: "File Name: x.m4a", "File: x.mp3", "Audio file: x.wav". */
const RECORDING_FIELD = lazy(() => /^\s*(?:file(?:\s?name)?|recording|audio(?:\s+file)?|media(?:\s+file)?)\s*:\s+(\S[^:]{0,120}\.(?:mp3|m4a|wav|mp4|mov|aac|ogg|oga|opus|flac|wma|webm|m4v|avi|mkv))\s*$/i);
const TRANSCRIPT_KIND = lazy(() => /\btranscri(?:pt|ption)\b/i);
function serviceRecording(lines: readonly string[], header: readonly number[]): { value: string; line: number } | null {
  const first = header[0];
  if (first === undefined || header[1] !== first + 1 || wordCount(lines[first]!) !== 1) return null;
  const kind = lines[first + 1]!;
  if (wordCount(kind) > 4 || !TRANSCRIPT_KIND().test(kind)) return null;
  for (const i of header) {
    if (!lines[i]!.includes(':')) continue;
    const m = RECORDING_FIELD().exec(lines[i]!);
    if (m) return { value: m[1]!.trim(), line: i };
  }
  return null;
}

/** A clip's title as a highlight tool's export gives it: "Highlight: "We priced too low"", "Clip title: …". */
const CLIP_TITLE_FIELD = lazy(() => /^\s*(?:highlight|clip(?: title)?)\s*:\s+(?=\S)/i);

/** A title naming an FAQ page: "Frequently Asked Questions: …", "FAQ – …", "FAQs". */
const FAQ_TITLE = lazy(() => /^(?:frequently asked questions|FAQs?)(?![\p{L}])/iu);

/** A tool's line about its own export, never a title: "Riverside transcript", "Transcript exported from Descript", "Attendees". */
// (a recording app's line too, its name one word: "Recorded on Riverside.fm", "Transcribed with Podcastle")
const TOOL_LINE = lazy(() => /^(?:(?:[\p{L}.]+\s)?transcript|transcript (?:exported|generated|created) (?:from|by|with) .{1,30}|(?:recorded|transcribed) (?:on|with|using|via) [\p{Lu}][\p{L}]*(?:\.[\p{L}]{2,4})?|attendees|participants|transcript as delivered)$/iu);

/** Words a programme's or a record's own title holds: what kind of text it is. */
const PROGRAMME_TITLE = lazy(() => /\b(?:interview|transcript|episode|podcast|show|AMA|Q ?& ?A|conversation|debate|remarks|briefing)\b/i);

/**
 * Line `i` is a show's name over its episode's title (line `i + 1`, in the header), and a header line
 * below them is the episode's row of fields that opens on the show's name and gives its length
 * ("Second Serve with Ollie Dunmore · Mar 12, 2024 · 58 min").
 */
function showOverEpisode(lines: readonly string[], i: number, header: readonly number[]): boolean {
  const show = titleKey(lines[i]!);
  const episode = (lines[i + 1] ?? '').trim();
  if (!show || !episode || !header.includes(i + 1) || wordCount(lines[i]!) > 8 || /[.!?,;:]$/.test(lines[i]!.trim()) || wordCount(episode) > 20) return false;
  return header.some((k) => {
    if (k <= i + 1 || !/[·•|]/.test(lines[k]!)) return false;
    const fields = normalizeSpace(lines[k]!).split(/\s+[·•|]\s+/);
    return fields.length >= 3 && titleKey(fields[0]!).startsWith(show) && fields.slice(1).some((f) => EPISODE_LENGTH().test(f)) && datelineKind(lines[k]!) === 'whole';
  });
}

/**
 * Line `i` is a short name (three words at most) set right above a longer line, with no blank
 * between, that names a programme or what kind of text this is and ends no sentence: the name is
 * the outlet's ("Bloomberg Television", "BBC Radio 4"), the line under it the title.
 */
function namesOutletAbove(lines: readonly string[], i: number): boolean {
  const name = lines[i]!.trim();
  const under = (lines[i + 1] ?? '').trim();
  const words = wordCount(name);
  return words <= 3 && !!under && wordCount(under) > words && wordCount(under) <= 20 && !/[.!?,;:]$/.test(under) && !/[.!?,;:]$/.test(name) && PROGRAMME_TITLE().test(under);
}

/**
 * The person whose words a speech or statement is, from its title: "Remarks
 * by Governor Alana Reyes at the opening of…", "Prepared testimony of Dana
 * Whitlock", "Statement from Mayor Linda Crane". The document's sentences are
 * that person's, so they are its author. Null for any other title.
 */
export function speakerOfSpeechTitle(title: Inferred<string>): Inferred<string> | null {
  const m = SPEECH_TITLE().exec(title.value);
  if (!m) return speakerOfSpeechTitlePart(title) ?? speakerOfTalkVideoTitle(title);
  // "Speech by the Minister for Digital Affairs, Hon. Kalani Makoa": the office, then the name after its comma.
  const who = /^the\s/i.test(m[1]!) && m[1]!.includes(',') ? m[1]!.slice(m[1]!.lastIndexOf(',') + 1).trim() : m[1]!;
  const words = who.split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && (TITLE_BEFORE_NAME().test(words[k]!.replace(/\.$/, '')) || /^(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Hon)\.?$/.test(words[k]!))) k++;
  const name: string[] = [];
  for (; k < words.length && name.length < 4 && /^\p{Lu}[\p{L}'’.-]*,?$/u.test(words[k]!); k++) {
    name.push(words[k]!.replace(/,$/, ''));
    if (words[k]!.endsWith(',')) break;
  }
  if (name.length < 2) return null;
  return { value: name.join(' '), from: title.from.replace('the first heading', 'the title') };
}
/**
 * A web page's title that names the talk first and the kind of speech after a separator:
 * `Transcript: "The Boring Middle" - Keynote by Ingrid Solvang, Day 2 Main Stage`, `Full text:
 * "…" — commencement address by Dr. Oren Makepeace at Lakeview College`. The page is that talk's
 * text, so its sentences are the speaker's. The part must end at the name (or go on with a comma, a
 * separator, or where and when it was given): a headline's part that goes on into a sentence
 * ("speech by Jerome Hallworth lifts bank shares") reports on a speech, and names no author.
 */
function speakerOfSpeechTitlePart(title: Inferred<string>): Inferred<string> | null {
  const part = SPEECH_TITLE_PART().exec(title.value);
  if (!part) return null;
  // "Recap: Keynote by Sarah Lindqvist at DevConf": a page that reports on the talk, its
  // sentences the reporter's ("Lindqvist spoke for forty minutes"). The talk's own title, in
  // quotes, may hold any word.
  if (REPORT_LEAD_IN().test(title.value.slice(0, part.index).replace(/["“][^"“”]*["”]/g, ' '))) return null;
  const m = SPEAKER_ENDING_PART().exec(part[1]!);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && (TITLE_BEFORE_NAME().test(words[k]!.replace(/\.$/, '')) || /^(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Hon)\.?$/.test(words[k]!))) k++;
  const name = words.slice(k);
  if (name.length < 2 || name.length > 4) return null;
  return { value: name.join(' '), from: title.from.replace('the first heading', 'the title') };
}
/**
 * A talk's video title as a transcript copied from the video page keeps it: the talk's title, a bar,
 * the speaker, a bar and the talks' series ("Why we sleep | Matt Walker | TEDxVienna"). The text
 * under it is that person's talk. Null for any other title: a headline whose bar names a section or
 * an outlet ("Why rents rose | The Courier"), and a channel's video titled in its guest's voice ("How
 * I Built a Snack Brand | Ngozi Kessler"), whose page (the channel, its description) is no talk of hers.
 */
function speakerOfTalkVideoTitle(title: Inferred<string>): Inferred<string> | null {
  // Or the talk's title in quotation marks, a dash, the speaker and the series after a comma:
  // `"Why your city needs more trees than parking" — Lucia Fernández, TEDxValencia, March 2024`.
  const quoted = QUOTED_TALK_TITLE().exec(title.value.trim());
  if (quoted && TALK_SERIES().test(quoted[2]!.trim()) && TALK_SPEAKER().test(quoted[1]!) && !hasOrganisationSuffix(quoted[1]!)) return { value: quoted[1]!, from: title.from.replace('the first heading', 'the title') };
  if (!title.value.includes(' | ')) return null;
  const parts = title.value.split(' | ').map((p) => p.trim());
  if (parts.length !== 3 || !TALK_SERIES().test(parts[2]!)) return null;
  const who = parts[1]!;
  if (!TALK_SPEAKER().test(who) || hasOrganisationSuffix(who)) return null;
  return { value: who, from: title.from.replace('the first heading', 'the title') };
}
/** A talk's title in quotation marks, a dash, the speaker (1), a comma and the series (2), the date perhaps after it. */
const QUOTED_TALK_TITLE = lazy(() => /^["“][^"“”]{3,120}["”]\s+[—–-]\s+([^,]{3,60}),\s+([^,]{2,50})(?:,\s+[^,]{2,40})?$/u);
/** A talks' series after the speaker: "TEDxVienna", "TED", "TEDxYouth@Leeds", "TEDMED". */
const TALK_SERIES = lazy(() => /^TED(?:x[\p{L}\p{N}@ .'’-]{0,40}|MED|Talks?|Global|Women)?$/u);
/** A speaker's name as a video title gives it: two or three capitalised words, nothing else. */
const TALK_SPEAKER = lazy(() => /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$/u);
/** A title's words before the speech that say the page reports on it: "Recap:", "Highlights |", "Live blog -". */
const REPORT_LEAD_IN = lazy(() => /\b(?:recap|review|highlights|summary|notes|takeaways|analysis|report|reaction|live ?blog|as it happened|what we learned)\b/i);
/** A title's part after a separator (" - ", " — ", ": ", " | ") naming a kind of speech, and the words after its "by". */
const SPEECH_TITLE_PART = lazy(() => /(?:\s[-–—|]\s|:\s)(?:(?:opening|closing|keynote|commencement|inaugural|guest|full|prepared)\s+)?(?:keynote|remarks|speech|address|lecture|talk|eulogy)(?:\s+address|\s+speech)?\s+(?:by|from)\s+(.+)$/i);
/**
 * The speaker's name opening those words (capitalised words, a title's abbreviation among them),
 * ending the title or standing before a comma, a further separator, or "at"/"on"/"to"/"before" and
 * the occasion. Case-sensitive, so a lower-case word ends the name.
 */
const SPEAKER_ENDING_PART = lazy(() => /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,5}\p{Lu}[\p{L}'’-]*)(?:,|\s[-–—|]\s|\s+(?:at|on|to|before)\s|\s*$)/u);

/**
 * The speaker a speech's header names on the line under its title: `Keynote: "Building Through
 * the Cycle"` / `Changpeng Zhao, Binance — Binance Blockchain Week Paris`, `Lecture 4: …` /
 * `Prof. Ada Lind — Harbour University`. The title names a kind of speech (keynote, remarks,
 * lecture, sermon, address, talk) before a colon or a dash; the next line opens with a person's
 * name (two to four capitalised words) ended by a comma or a dash. The speech is that person's.
 * The title may be the kind of speech alone (`Commencement Address` / `Dr. Lena Ortiz, CEO of …`).
 */
export function speakerOfSpeechHeader(raw: readonly string[], bodyLine: number, title: Inferred<string>): Inferred<string> | null {
  if (!SPEECH_KIND_TITLE().test(title.value)) return speakerUnderSpeechLine(raw, bodyLine, title);
  // The title may name the speaker itself, after the talk's title and a dash (`Keynote: "Boring
  // Infrastructure" — Malik Osei, CTO, Quayline`): the line under it is then the event's.
  const named = SPEAKER_AFTER_TALK_TITLE().exec(title.value);
  const speaker = named ? named[1]!.replace(/^(?:Dr|Prof|Rev|Mr|Mrs|Ms|Hon)\.?\s+/i, '') : null;
  if (speaker && wordCount(speaker) >= 2 && isNameShaped(speaker)) return { value: speaker, from: title.from.replace('the first heading', 'the title') };
  const at = raw.findIndex((l) => l.trim() && normalizeSpace(l).replace(/[#*_]/g, '').trim() === title.value.trim());
  if (at < 0 || at > 6) return null;
  let k = at + 1;
  while (k < raw.length && k <= at + 2 && !raw[k]!.trim()) k++;
  return speakerLineAt(raw, bodyLine, k);
}
/** The speaker a line names at its opening, as the line under a speech's title does ("Dr. Lena Ortiz, CEO of …", "Fr. Declan Moloney"); null for any other line. */
function speakerLineAt(raw: readonly string[], bodyLine: number, k: number): Inferred<string> | null {
  const line = withoutEmphasisEnds(normalizeSpace(raw[k] ?? ''));
  const m = /^(?:(?:delivered|presented|given)\s+by\s+)?((?:(?:Dr|Prof|Rev|Revd|Fr|Mr|Mrs|Ms|Hon)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*(?:,|\s[—–-]\s|$)/iu.exec(line);
  if (!m || /[.!?]$/.test(line) || wordCount(line) > 16) return null;
  const name = m[1]!.replace(/^(?:Dr|Prof|Rev|Revd|Fr|Mr|Mrs|Ms|Hon)\.?\s+/i, '');
  if (!isNameShaped(name)) return null;
  return { value: name, from: `the speaker line (line ${bodyLine + k})` };
}
/** A line under a title saying what kind of speech follows and for what occasion: "Homily for the Third Sunday of Advent, 15 December 2024", "Address to the graduating class of 2024". */
const SPEECH_KIND_LINE = lazy(() => /^(?:(?:opening|closing|keynote|commencement|inaugural|guest|sunday)\s+)?(?:remarks|speech|address|lecture|sermon|homily)\s+(?:for|at|on|to|given|delivered)\s+[^.!?]{3,100}$/i);
/**
 * A speech's speaker under a title naming the place or the series, not the speech: "St Brendan's
 * Parish, Galway" / "Homily for the Third Sunday of Advent, 15 December 2024" / "Fr. Declan
 * Moloney". The line under the title says what kind of speech it is and for what occasion; the
 * line under that names the speaker alone or with a role. Null for any other header.
 */
function speakerUnderSpeechLine(raw: readonly string[], bodyLine: number, title: Inferred<string>): Inferred<string> | null {
  const at = raw.findIndex((l) => l.trim() && normalizeSpace(l).replace(/[#*_]/g, '').trim() === title.value.trim());
  if (at < 0 || at > 6) return null;
  let k = at + 1;
  while (k < raw.length && k <= at + 2 && !raw[k]!.trim()) k++;
  if (!SPEECH_KIND_LINE().test(withoutEmphasisEnds(normalizeSpace(raw[k] ?? '')))) return null;
  const kind = k;
  k++;
  while (k < raw.length && k <= kind + 2 && !raw[k]!.trim()) k++;
  return speakerLineAt(raw, bodyLine, k);
}
/**
 * A talk's own words under a title that names its speaker, the speaker saying who they are as they
 * start: `How we put solar on 400 council houses (Full talk) - Marisol Quintero | Greener Towns
 * 2024` over a video's transcript opening "Thanks for having me. My name is Marisol Quintero and I
 * run …". The first self-introduction among the first lines must give the name the title gives: a
 * host introducing themself under a title naming their guest ("I'm your host Marcus Webb") names
 * no author.
 */
export function speakerIntroducedUnderTitle(raw: readonly string[], bodyLine: number, title: Inferred<string>): Inferred<string> | null {
  for (let i = 0, seen = 0; i < raw.length && seen < 25; i++) {
    const line = raw[i]!.trim();
    if (!line || isLoneTime(line)) continue;
    seen++;
    const m = line.length <= 400 ? SELF_INTRODUCTION().exec(line) : null;
    if (!m) continue;
    const name = m[1]!;
    const named = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(title.value);
    return named && isNameShaped(name) ? { value: name, from: `a self-introduction the title names (line ${bodyLine + i})` } : null;
  }
  return null;
}
/**
 * Who answers a document of written answers, from its line saying so: "Responses of Elena Ruiz,
 * Chief Executive Officer, Keystone Custody Inc.", "Written answers from Dr. Tom Hale to questions
 * for the record", "Replies by Ana Li". Each "Response:" below is that person's (conversation.ts
 * reads a response's label as the document's own voice). Among the first lines only; null for
 * any other document.
 */
export function respondentOfAnswers(raw: readonly string[], bodyLine: number): Inferred<string> | null {
  return nameOfFirstLines(raw, bodyLine, 15, RESPONSES_OF(), "the responses' line");
}

/** The name a line among the first `lines` non-blank ones gives in `pattern`'s first group, noted as from `what`. */
function nameOfFirstLines(raw: readonly string[], bodyLine: number, lines: number, pattern: RegExp, what: string, capitals = false): Inferred<string> | null {
  for (let i = 0, seen = 0; i < raw.length && seen < lines; i++) {
    const line = raw[i]!.trim();
    if (!line) continue;
    seen++;
    const plain = normalizeSpace(withoutEmphasis(line));
    const text = capitals && !/\p{Ll}/u.test(plain) ? titledCapitals(plain) : plain;
    const m = line.length <= 200 ? pattern.exec(text) : null;
    if (m && isNameShaped(m[1]!) && !runsOnAsSentence(text.slice(m.index + m[0].length))) return { value: m[1]!, from: `${what} (line ${bodyLine + i})` };
  }
  return null;
}
/**
 * Whether the words after a "Responses of NAME" / "Remarks by NAME" opening make the line a sentence
 * of prose ("… Federal Agencies to the 2019 flooding were slow.", "… President Lincoln, delivered in
 * 1863, are carved on the wall."): lowercase words and a closing stop. Such a line is no heading, and
 * the names in it are its subject, not the document's speaker.
 */
function runsOnAsSentence(rest: string): boolean {
  return /[.!?]["”’)]*$/u.test(rest) && /(?:^|\s)\p{Ll}/u.test(rest);
}
const RESPONSES_OF = lazy(() => /^(?:(?:[Ww]ritten|[Ss]upplemental|[Aa]dditional)\s+)?(?:[Rr]esponses?|[Aa]nswers?|[Rr]eplies)\s+(?:of|from|by)\s+(?:(?:Mr|Ms|Mrs|Dr|Prof|Hon)\.?\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:,\s|\s+to\s|\s*$)/u);

/**
 * Whose remarks a document is, from a line right under its title that says so: "Sentencing remarks
 * of His Honour Judge Catherine Aldous" under "R v Daniel Whitmore", "Prepared testimony of Dana
 * Whitlock" under a hearing's name, "Remarks by Governor Alana Reyes". (speakerOfSpeechTitle reads
 * the same words as the title itself.) Among the first three lines; null for any other document.
 */
export function speakerOfRemarksLine(raw: readonly string[], bodyLine: number): Inferred<string> | null {
  return nameOfFirstLines(raw, bodyLine, 3, REMARKS_LINE(), "the remarks' line", true);
}
/** The small words a heading in capitals keeps in lower case once titled: "OF", "BY", "THE". */
const SMALL_HEADING_WORDS = new Set(['of', 'by', 'from', 'the', 'and', 'to', 'in', 'at', 'on', 'for']);
/**
 * A heading in capitals as a title is written ("SENTENCING REMARKS OF HIS HONOUR JUDGE MARTIN
 * ASHWORTH" → "Sentencing Remarks of His Honour Judge Martin Ashworth"): a court's page sets the
 * remarks' line so, and the name in it is the speaker all the same.
 */
function titledCapitals(text: string): string {
  return text.split(' ').map((w, k) => (k > 0 && SMALL_HEADING_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase())).join(' ');
}
// A sermon's line is written so too, with the verb of the pulpit and the preacher's style, titles
// stacked: "Sermon preached by the Revd Canon Judith Amankwah", "Homily given by Fr. Tomás Ruiz".
const REMARKS_LINE = lazy(() => /^(?:(?:[Ss]entencing|[Cc]losing|[Oo]pening|[Pp]repared|[Ww]ritten|[Ff]ull)\s+)?(?:[Rr]emarks|[Ss]tatement|[Ss]peech|[Aa]ddress|[Tt]estimony|[Jj]udgment|[Rr]uling|[Ss]ermon|[Hh]omily)\s+(?:(?:preached|delivered|given)\s+)?(?:of|by|from)\s+(?:(?:His|Her)\s+Honou?r\s+)?(?:(?:the|The)\s+(?=(?:Revd|Rev\.?|Reverend|Rt\.?\s+Revd|Very\s+Revd|Most\s+Revd)\s))?(?:(?:Revd|Rev\.?|Reverend|Rt\.?\s+Revd|Very\s+Revd|Most\s+Revd|Canon|Archdeacon|Bishop|Archbishop|Fr\.?|Father|Pastor|Rabbi|Imam)\s+){0,3}(?:(?:Judge|Justice|Mr\.?\s+Justice|Mrs\.?\s+Justice|Lord\s+Justice|Lady\s+Justice|District\s+Judge|Sir|Dame|Governor|Mayor|Senator|Minister|President|Chancellor|Commissioner|Chief\s+Executive|the\s+Hon\.?|Hon\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Prof\.?)\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:,\s|\s*$)/u);

/**
 * The judge whose judgment a document is, from the line alone that opens the reasons under a
 * judgment's heading block: "MR JUSTICE ADEBAYO:", "LADY JUSTICE ACHTERBERG:", "HIS HONOUR JUDGE
 * KERR:", "Mrs Justice Okafor:". Only below a line that calls the document a judgment ("Approved
 * Judgment", "Judgment date: …", "Neutral Citation Number"): a hearing's transcript sets the same
 * label over the judge's turns.
 */
export function judgeOfJudgment(raw: readonly string[], bodyLine: number): Inferred<string> | null {
  let judgment = false;
  for (let i = 0; i < Math.min(raw.length, 60); i++) {
    const line = raw[i]!.trim();
    if (line.length > 120) continue;
    if (JUDGMENT_WORD().test(line)) judgment = true;
    const m = judgment ? JUDGE_OPENING().exec(line) : null;
    if (!m) continue;
    return { value: judgeAsWritten(m), from: `the judge's line (line ${bodyLine + i})` };
  }
  // No line opens the reasons with the judge: the one judge the caption's "Before:" names ("Before:" /
  // "MRS JUSTICE OKAFOR"), where the heading block calls the document a judgment. A panel (two judges
  // or more) writes in one voice no name gives.
  if (!judgment || !raw.slice(0, 60).some((l) => JUDGMENT_HEADING().test(l))) return null;
  const before = raw.slice(0, 40).findIndex((l) => BEFORE_KEY().test(l));
  if (before < 0) return null;
  const own = BEFORE_KEY().exec(raw[before]!)![1]!.trim();
  const block: { line: string; i: number }[] = own ? [{ line: own, i: before }] : [];
  for (let k = before + 1; !own && k < Math.min(raw.length, before + 5); k++) {
    if (!raw[k]!.trim()) {
      if (block.length) break;
      continue;
    }
    block.push({ line: raw[k]!.trim(), i: k });
  }
  const judges = block.map((b) => ({ m: JUDGE_OPENING().exec(`${b.line.replace(/\s*:\s*$/, '')}:`), i: b.i })).filter((j) => j.m);
  if (judges.length !== 1 || block.length !== 1) return null;
  return { value: judgeAsWritten(judges[0]!.m!), from: `the caption's "Before:" (line ${bodyLine + judges[0]!.i})` };
}
/** A line that heads the document as a judgment, no word of a transcript's: "APPROVED JUDGMENT", "Judgment date: …", "Neutral Citation Number: …". */
const JUDGMENT_HEADING = lazy(() => /^\s*(?:(?:approved\s+)?judgment|judgment\s+date\s*:.*|neutral\s+citation(?:\s+number)?\s*:.*)\s*$/i);
/** "Before:" opening a caption's line, the judge on it or on the lines under it (1). */
const BEFORE_KEY = lazy(() => /^\s*Before\s*:\s*(.*)$/i);
/** The judge JUDGE_OPENING matched, as a name is written: "MRS JUSTICE OKAFOR" is Mrs Justice Okafor. */
function judgeAsWritten(m: RegExpExecArray): string {
  const name = m[2]!.split(/\s+/).map((w) => (w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
  const office = m[1]!.split(/\s+/).map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join(' ');
  return `${office} ${name}`;
}
const JUDGMENT_WORD = lazy(() => /\b(?:JUDGMENT|[Jj]udgment|[Nn]eutral [Cc]itation|NEUTRAL CITATION)\b/);
const JUDGE_OPENING = lazy(() => /^(?:THE\s+HON(?:OU?RABLE)?\.?\s+|The\s+Hon(?:ou?rable)?\.?\s+)?((?:MR|MRS|MS|Mr|Mrs|Ms)\.?\s+(?:JUSTICE|Justice)|(?:LORD|LADY|Lord|Lady)\s+(?:JUSTICE|Justice)|(?:HIS|HER|His|Her)\s+(?:HONOU?R|Honou?r)\s+(?:JUDGE|Judge)|(?:DISTRICT\s+|DEPUTY\s+|District\s+|Deputy\s+)?(?:JUDGE|Judge))\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*:\s*$/u);

/** A talk's quoted title, a dash, then the speaker's name ending the title or followed by a comma: `"Boring Infrastructure" — Malik Osei, CTO`. */
const SPEAKER_AFTER_TALK_TITLE = lazy(() => /["”]\s+(?:[—–|]|--?)\s+((?:(?:Dr|Prof|Rev|Mr|Mrs|Ms|Hon)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*(?:,|$)/u);
const SPEECH_KIND_TITLE = lazy(() => /^(?:(?:opening|closing|keynote|commencement|inaugural|guest)\s+)?(?:keynote|remarks|speech|address|lecture|sermon|talk|homily)(?:\s+\d{1,3})?\s*(?::|\s[—–-]\s|$)/i);

const SPEECH_TITLE =
  lazy(() => /^(?:(?:full|prepared|opening|closing|keynote|written)\s+)?(?:remarks|speech|address|statement|testimony|keynote(?: address| speech)?|commencement address|eulogy)(?:\s+as\s+prepared(?:\s+for\s+delivery)?)?\s+(?:by|of|from)\s+(.+)$/i);

/**
 * A talk page's head: its first line names the speaker, then the talk's title, `NAME: TITLE`
 * ("Ana Ruiz: How harbours learned to float"), over the page's own lines (an event line, a
 * "Transcript (English)" line) and a talk that time stamps alone on their lines cut into
 * paragraphs. The talk is one voice, that line's; its title is the words after the colon. Null
 * where another line opens with a label (a transcript's first turn), where the words after the
 * colon end a sentence or open a quotation (a headline quoting someone), and for any other page.
 */
export function talkPageHead(raw: readonly string[], bodyLine: number): { speaker: Inferred<string>; title: Inferred<string> } | null {
  const at = raw.findIndex((l) => l.trim());
  if (at < 0 || !raw[at]!.includes(':')) return null;
  const label = readLabel(raw[at]!);
  if (!label || label.style !== 'colon' || label.role || !label.name) return null;
  const name = label.name.trim();
  const title = normalizeSpace(label.rest);
  if (wordCount(name) < 2 || wordCount(name) > 4 || !isNameShaped(name) || wordCount(title) < 3 || /^["“‘'«]|[.!?…:;,]["”’)]?$/.test(title)) return null;
  let stamps = 0;
  let transcriptLine = false;
  for (let k = at + 1, seen = 0; k < raw.length && k < at + 400; k++) {
    const line = raw[k]!.trim();
    if (!line) continue;
    seen++;
    if (TALK_STAMP().test(line)) stamps++;
    else if (seen <= 4 && TALK_TRANSCRIPT_LINE().test(line)) transcriptLine = true;
    else if (line.includes(':') && readLabel(line)?.style === 'colon') return null;
  }
  if (stamps < 3 && !(transcriptLine && stamps > 0)) return null;
  const from = `the talk's title line (line ${bodyLine + at})`;
  return { speaker: { value: name, from }, title: { value: title, from } };
}
/** "00:12", "1:02:15" alone on a line: a talk transcript's paragraph stamp. */
const TALK_STAMP = lazy(() => /^(?:\d{1,2}:)?\d{1,2}:\d{2}$/);
/** "Transcript", "Transcript (English)": a page's line over the transcript it shows. */
const TALK_TRANSCRIPT_LINE = lazy(() => /^transcript(?:\s*\(\p{L}[\p{L} -]{0,30}\))?$/iu);
export function isTranscriptLine(raw: string): boolean {
  return raw.length < 50 && TALK_TRANSCRIPT_LINE().test(raw.trim());
}

/** Whether any line but `at` opens with the label `name`. */
function opensAnotherLine(lines: readonly string[], at: number, name: string): boolean {
  for (let k = 0; k < lines.length; k++) if (k !== at && lines[k]!.includes(name) && readLabel(lines[k]!)?.name === name) return true;
  return false;
}

/**
 * An email saved as text opens with its headers ("From: Helen Marsh <helen@…>",
 * "Subject: …", "Date: Tue, 14 May 2024 09:12:44 +0100"): the subject is its
 * title, the sender its author, the date its date. Only a block of two or more
 * such headers at the top, one of them From: a label "From:" in a transcript
 * opens one line, not a block.
 */
export interface EmailHeader {
  subject: Inferred<string> | null;
  from: Inferred<string> | null;
  date: Inferred<string> | null;
}
const EMAIL_FIELD = lazy(() => /^(from|to|cc|bcc|date|sent|subject|reply-to|re)\s*:\s*(.*)$/i);
/** A memo's banner above its fields: "MEMORANDUM", "CONFIDENTIAL — INTERNAL USE ONLY" (a few words, no sentence). */
const MEMO_BANNER = lazy(() => /^[\p{Lu}\p{N} &/—–:-]{3,60}$/u);
/** An honorific opening a sender's full name of two words or more: "Dr. ", "Prof ", "Mrs ". */
const SENDER_HONORIFIC = lazy(() => /^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Miss)\.?\s+(?=\p{Lu}[\p{L}'’-]*\s+\p{Lu})/u);
export function emailHeader(raw: readonly string[], bodyLine: number): EmailHeader | null {
  let i = 0;
  while (i < raw.length && !raw[i]!.trim()) i++;
  // A forwarded message pasted from its rule down ("---------- Forwarded message ---------" /
  // "From: Joanna Pike <…>"): the block under the rule is the message's own header.
  if (i < raw.length && FORWARD_RULE().test(raw[i]!)) i++;
  // A memo's banner lines in capitals (two at most) may stand above its block of fields.
  let banner = 0;
  for (let k = i, n = 0; k < raw.length && n < 3; k++) {
    const line = raw[k]!.trim();
    if (!line) continue;
    if (EMAIL_FIELD().test(line)) {
      if (n > 0) banner = k;
      break;
    }
    if (!MEMO_BANNER().test(line) || n === 2) break;
    n++;
  }
  if (banner) i = banner;
  const fields = new Map<string, { value: string; line: number }>();
  for (; i < raw.length; i++) {
    const m = EMAIL_FIELD().exec(raw[i]!.trim());
    if (!m) break;
    const key = m[1]!.toLowerCase();
    if (!fields.has(key)) fields.set(key, { value: m[2]!.trim(), line: bodyLine + i });
  }
  if (fields.size < 2 || !fields.has('from') || (banner && !fields.has('to'))) return null;
  const from = fields.get('from')!;
  // "Helen Marsh <helen@…>", "\"Marsh, Helen\" <…>", or the address alone (no name to give).
  const named = nameBeforeAddress(from.value) ?? (/[@<]/.test(from.value) ? null : from.value || null);
  // "Marsh, Helen" is a name turned round; "He Yi, Co-Founder & CMO" (a memo's) a name and its title.
  const parts = named?.split(/\s*,\s*/) ?? [];
  const turned = named && parts.length > 1 ? (parts.length === 2 && parts.every((p) => /^\p{Lu}[\p{L}'’-]*$/u.test(p)) ? parts.reverse().join(' ') : parts[0]!) : named;
  // "Dr. Helen Achterberg <…>": the honorific before a full name is no part of it (as in a label or a byline).
  const sender = turned?.replace(SENDER_HONORIFIC(), '') ?? null;
  const subject = fields.get('subject') ?? fields.get('re');
  const dated = fields.get('date') ?? fields.get('sent');
  const day = dated ? dayOfEmailDate(dated.value) : null;
  return {
    subject: subject?.value ? { value: subject.value.replace(/^(?:re|fwd?|aw)\s*:\s*/i, '') || subject.value, from: `the ${subject === fields.get('re') ? 'Re' : 'Subject'} header (line ${subject.line})` } : null,
    from: sender ? { value: sender, from: `the From header (line ${from.line})` } : null,
    date: day ? { value: day, from: `the ${dated === fields.get('date') ? 'Date' : 'Sent'} header (line ${dated!.line})` } : null,
  };
}

/**
 * The one named person an email's headers at the top say it is to ("To: Sam Whitlock
 * <sam@…>"): null for several recipients, an address alone, or no header block.
 */
export function emailRecipient(raw: readonly string[]): string | null {
  let i = 0;
  while (i < raw.length && !raw[i]!.trim()) i++;
  for (; i < raw.length; i++) {
    const m = EMAIL_FIELD().exec(raw[i]!.trim());
    if (!m) return null;
    if (m[1]!.toLowerCase() !== 'to') continue;
    if (/[,;]/.test(m[2]!.replace(/"[^"]*"/g, ''))) return null;
    const named = nameBeforeAddress(m[2]!.trim());
    return named && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(named) ? named : null;
  }
  return null;
}
/**
 * The display name before an address that closes the field ('Sam Whitlock <sam@…>', '"Sam Whitlock"
 * <sam@…>'), quotes and spaces off, or null: what /^"?([^"<@]+?)"?\s*<[^>]*>$/ captured, read in one
 * pass. That pattern's lazy name and the "\s*" after it split a run of spaces every way before failing
 * where no address followed (a "To:" field of 40 KB took seconds).
 */
function nameBeforeAddress(value: string): string | null {
  const open = value.indexOf('<');
  if (open < 0 || !value.endsWith('>') || value.indexOf('>', open + 1) !== value.length - 1) return null;
  let name = value.slice(0, open).trimEnd();
  if (name.endsWith('"')) name = name.slice(0, -1);
  if (name.startsWith('"')) name = name.slice(1);
  return name && !/["<@]/.test(name) ? name.trim() || null : null;
}

/** Whether line i is a field of a question board's entry (asked.ts): a vote or status field within two lines below, or its head within five above. */
function questionBoardField(lines: readonly string[], i: number): boolean {
  for (let k = i + 1; k <= i + 2 && k < lines.length; k++) if (BOARD_VOTES().test(lines[k]!)) return true;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) if (BOARD_HEAD().test(lines[k]!)) return true;
  return false;
}

/**
 * A field's person and their role and organisation after commas ("Naomi Ferreira, UX Research Lead",
 * "Tom Hale, Senior Analyst, Harbour Group"): the name (two or three capitalised words), each part
 * after it capitalised and short, no sentence. Null for any other value.
 */
function nameBeforeRoles(value: string): string | null {
  const [name, ...roles] = value.split(/\s*,\s*/);
  if (!name || roles.length < 1 || roles.length > 3 || !isPersonCreditName(name) || !isNameShaped(name)) return null;
  return roles.every((r) => isShortCredit(r) && !/[;:]$/.test(r)) ? name : null;
}

/**
 * The author a document without front matter names in its header: the first
 * byline above the first paragraph ("By Leah Fontaine"). Null without one.
 */
export function inferAuthor(raw: readonly string[], bodyLine: number): Inferred<string> | null {
  const lines = withoutLineNumbers([...raw]);
  // A standfirst may stand between the headline and the byline: two paragraphs at most, in the first dozen lines.
  // A barred byline in a block of its own under a headline that reads as a sentence and its standfirst: looked at too.
  const barredBylineAt = lines.slice(0, 13).findIndex((_, k) => barredBylineUnderHeadline(lines, k));
  // "By Mara Lindqvist, as told to Joel Asante": the subject's own words, with no author (a note at
  // the foot naming the writer does not make one)
  let toldTo = false;
  for (let i = 0, seen = 0, paragraphs = 0; i < lines.length && seen < 30; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    if (isAsToldToCredit(line)) toldTo = true;
    // "Subscribe   Sign in   Search": a site's buttons above the headline name no author ("Sign in" is no "X in Paris").
    if (classifyChrome(line) === 'navigation') {
      seen++;
      continue;
    }
    // A dated byline is as long as a sentence ("Written by Jesse Powell on January 6, 2015."): read it first.
    // "Rozhovor | 12. února 2026 | Autor: Jan Dvořák": a field of a line of fields split by bars.
    // "Harriet Mbeki-Lowe | Saturday, 14 September 2024" in a block of its own under the headline and
    // its standfirst: a byline, whether or not the lines above read as paragraphs.
    const name = bylineName(withoutEmphasis(line)) ?? (line.includes(' | ') ? (barredByline(line) ?? ((seen > 0 && paragraphs === 0) || barredBylineUnderHeadline(lines, i) ? barredNameOutlet(normalizeSpace(line))?.name : null) ?? null) : null);
    // "By Staff Reporter", "By Our Correspondent": a byline naming the newsroom's role names no author.
    if (name) return isNewsroomRole(name) ? null : { value: name, from: `the byline (line ${bodyLine + i})` };
    // "Author: Leah Moreno", "- **Author:** [[Leah Moreno]]" (a notes app's metadata list): a field of
    // the header naming the writer, read as a byline is ("Leah Moreno, Staff Writer" is Leah Moreno).
    // Not a question board's "Author:" (Slido, Mentimeter: "Question 3" / the question / "Author:
    // Lena Vogt" / "Upvotes: 77"): that names who asked one question, not who wrote the page.
    const field = line.includes(':') && !questionBoardField(lines, i) ? AUTHOR_FIELD().exec(line) : null;
    const fieldValue = field ? field[1]!.replace(/\[\[|\]\]|\*\*|__/g, '').trim() : '';
    const fieldCredit = field ? (bylineName(`By ${fieldValue}`) ?? nameBeforeRoles(fieldValue)) : null;
    // "Prepared by:" credits a firm as often as a person ("Prepared by: Halden Post-Production Ltd."):
    // only a person's name there is the author.
    const fieldName = fieldCredit && /^[\s*+_-]*prepared\s+by/i.test(line) && !isPersonCreditName(fieldCredit) ? null : fieldCredit;
    // "**Authors:** Priyanka Venkataraman, Tomasz Wrobel": the plural field lists writers, not a name and
    // its role ("Staff Engineer"), when every item is a person's name; the document is theirs together.
    const listed = field && /authors/i.test(line.slice(0, line.indexOf(':') + 1)) ? fieldValue.split(/\s*(?:,|;|\band\b|&)\s*/).filter(Boolean) : [];
    if (listed.length >= 2 && listed.length <= 6 && listed.every((n) => isPersonCreditName(n) && !n.split(' ').some(isPersonNounWord))) return { value: joinNames(listed), from: `the author field (line ${bodyLine + i})` };
    if (fieldName) return { value: fieldName, from: `the author field (line ${bodyLine + i})` };
    // A name alone on its line, the date line right under it (the Guardian's layout): the byline.
    if (seen > 0 && ((paragraphs === 0 && nameAboveDateline(lines, i)) || bylineUnderStandfirst(lines, i)) && !(i > 0 && isReplyHeadLine(lines[i - 1]!))) return { value: normalizeSpace(withoutEmphasis(line)), from: `the byline (line ${bodyLine + i})` };
    // "Marie Dubois in Paris", "Kana Inagaki in Tokyo and Nikou Asgari in London" under the headline: a byline without its "By".
    const placed = seen > 0 && paragraphs === 0 && line.includes(' in ') ? placedBylineNames(normalizeSpace(withoutEmphasis(line))) : null;
    if (placed) return { value: joinNames(placed), from: `the byline (line ${bodyLine + i})` };
    // A paper's authors, each name marked for its affiliation below: "Sofia Lindqvist¹ and Rahul Mehta²".
    const marked = seen > 0 && paragraphs === 0 ? affiliatedAuthors(line) : null;
    if (marked) return { value: joinNames(marked), from: `the author line (line ${bodyLine + i})` };
    // "from Ledger Lines: A Memoir, by Anna Kowalczyk (…)": an excerpt names its book's author.
    const credit = seen < 6 && EXCERPT_OPENING().test(line.trim()) ? excerptCredit(line) : null;
    if (credit) return { value: credit.author, from: `the excerpt's credit (line ${bodyLine + i})` };
    if (isContentLine(line) && !isTopHeading(lines, i)) {
      const startsParagraph = i === 0 || !lines[i - 1]!.trim();
      if (startsParagraph) paragraphs++;
      if ((paragraphs > 1 && i > barredBylineAt) || seen >= 12) break;
    }
    seen++;
  }
  // No byline over the text: an excerpt's credit at its foot names its book's author.
  const foot = excerptCreditLine(lines);
  if (foot) return { value: foot.author, from: `the excerpt's credit (line ${bodyLine + foot.idx})` };
  // Nor a writer's note at its foot ("*Nadia Kourou is a contributing writer.*"): the writer it names.
  const note = toldTo ? null : footWriterNote(lines);
  return note ? { value: note.name, from: `the writer's note at the foot (line ${bodyLine + note.idx})` } : null;
}

/**
 * The writer's note a magazine or newsletter sets under an unsigned story or Q&A ("*Nadia Kourou is
 * a contributing writer. This interview first appeared …*", "Dana Whitcombe covers health for the
 * Courier."): the last paragraph but page furniture, one line, opening with a full name and what the
 * writer does for the page. A name and "is a founder" is the story's subject, no note: the
 * trade is a writer's ("former" is someone's past, no note of who wrote).
 */
function footWriterNote(lines: readonly string[]): { name: string; idx: number } | null {
  let i = lines.length - 1;
  for (; i >= 0 && (!lines[i]!.trim() || classifyChrome(lines[i]!)); i--);
  if (i <= 0 || lines[i - 1]!.trim()) return null;
  const line = withoutEmphasisEnds(normalizeSpace(lines[i]!));
  const m = wordCount(line) <= 60 ? FOOT_WRITER().exec(line) : null;
  return m ? { name: m[1]!, idx: i } : null;
}
const FOOT_WRITER = lazy(() => /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+(?:is\s+(?:a|an|the)\s+(?:(?:contributing|staff|senior|freelance|regular|features?|deputy|associate|guest|special|investigative|local|science|political|business|sports|culture|arts|health|data)\s+)*(?:writer|editor|reporter|journalist|correspondent|columnist|contributor|critic)\b|covers\s+\S+(?:\s+\S+){0,3}\s+for\s|writes\s+(?:about|on|for)\s|reports\s+(?:on|from)\s)/u);

/**
 * A byline of fields parted by bars under the headline, with no "By": the writer's name, the
 * outlet perhaps, and the date, in any order after the name ("Renée Oduya | Gulf Markets Weekly |
 * 9 November 2023"). The name is the first field that is not the date; the outlet the other.
 */
export function barredNameOutlet(line: string): { name: string; outlet: string | null } | null {
  if (line.length > 120) return null;
  const fields = line.split(' | ').map((f) => normalizeSpace(f));
  if (fields.length < 2 || fields.length > 3) return null;
  // "Saturday, 14 September 2024": the date field may name its weekday first.
  const dateAt = fields.findIndex((f) => isDateLine(f.replace(WEEKDAY_BEFORE_DATE(), '')));
  if (dateAt < 0) return null;
  const [name, outlet] = fields.filter((_, k) => k !== dateAt);
  if (!name || wordCount(name) < 2 || wordCount(name) > 4 || !isNameShaped(name)) return null;
  if (outlet !== undefined && (wordCount(outlet) > 6 || !/^[\p{Lu}\p{N}]/u.test(outlet) || /[.!?:;,]$/.test(outlet) || isDateLine(outlet))) return null;
  return { name, outlet: outlet ?? null };
}

/**
 * The headline over a barred byline (`barredBylineUnderHeadline`): the first of the one-line blocks
 * above it, or the second when the first is a section's line with a bar ("… Weekend | Life & Arts")
 * and a standfirst stands between the headline and the byline. Its index, else -1.
 */
function headlineOverBarredByline(lines: readonly string[]): number {
  const byline = lines.slice(0, 13).findIndex((_, k) => barredBylineUnderHeadline(lines, k));
  if (byline < 0) return -1;
  const blocks = lines.slice(0, byline).flatMap((l, k) => (l.trim() ? [k] : []));
  const section = normalizeSpace(lines[blocks[0]!]!);
  const rubric = blocks.length === 3 && KICKER_SEPARATOR().test(section) && spacedWords(section) <= 10 && !/[.!?:;,]["”’]?$/.test(section) ? 1 : 0;
  const k = blocks[rubric];
  return k !== undefined && wordCount(lines[k]!) <= 25 ? k : -1;
}

/**
 * Line `i` is a barred byline ("Harriet Mbeki-Lowe  |  Saturday, 14 September 2024": a name and a
 * date, an outlet perhaps) in a block of its own, under one to three blocks of one line each (a
 * section's line, the headline, its standfirst), in the first dozen lines: the page's byline, however
 * the headline and standfirst above it read (a headline quoting its subject ends as a sentence does).
 */
export function barredBylineUnderHeadline(lines: readonly string[], i: number): boolean {
  if (i === 0 || i > 12 || lines[i - 1]!.trim() || (lines[i + 1] ?? '').trim() || !lines[i]!.includes(' | ')) return false;
  if (!barredNameOutlet(normalizeSpace(withoutEmphasis(lines[i]!)))) return false;
  let blocks = 0;
  for (let k = 0; k < i; k++) {
    if (!lines[k]!.trim()) continue;
    // Each block above one line: a letter's or a report's paragraphs are no headline's.
    if (lines[k + 1]?.trim()) return false;
    blocks++;
  }
  return blocks >= 1 && blocks <= 3;
}

/** A weekday's name opening a date, with its comma: "Saturday, ", "Sat ". */
const WEEKDAY_BEFORE_DATE = lazy(() => /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+(?=\d|\p{Lu})/u);

/** A publication's name by its last word: "Northbridge Review", "The Firth Courier", "Gulf Markets Weekly". */
const PUBLICATION_NOUN = lazy(() => /\s(?:Review|Times|Weekly|Monthly|Quarterly|Journal|Magazine|Gazette|Herald|Courier|Tribune|Post|Daily|Chronicle|Observer|Bulletin|Newsletter|Digest|Record|Press|Telegraph|Standard|Mercury)$/);
/** "Spring 2024", "Issue 251": an issue's date or number. */
const ISSUE_OR_SEASON = lazy(() => /^(?:(?:Spring|Summer|Autumn|Fall|Winter)\s+(?:19|20)\d{2}|(?:Issue|No\.|Vol\.)\s*\d{1,4})$/i);
/** A staff byline: "Posted on 3 April 2025 by Coin Corridor staff", "By the Harbour Times staff". */
const STAFF_BYLINE = lazy(() => /(?:^|\s)[Bb]y\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,4})\s+(?:staff|editors|newsroom)\.?$/u);

/** The line an issuer credit's key alone at `i` names the issuer on: the next, or the one after a blank line; -1 where that is blank too. */
export function issuerLine(lines: readonly string[], i: number): number {
  const k = lines[i + 1]?.trim() ? i + 1 : i + 2;
  return lines[k]?.trim() ? k : -1;
}
/**
 * A wire service's issuer credit over a release: "News provided by" (the issuer on the line under
 * it), "NEWS PROVIDED BY", "News provided by Verdant Grid, Inc."; the issuer named on the line, or
 * null for a key alone. Null for any other line.
 */
export function issuerCredit(line: string): { issuer: string | null } | null {
  const text = line.trim();
  const key = /^(?:news|content|release)\s+provided\s+by:?/i.exec(text);
  if (!key) return null;
  const rest = text.slice(key[0].length);
  if (!rest) return { issuer: null };
  return /^\s+\p{Lu}[^.!?]{0,80}\.?$/u.test(rest) ? { issuer: rest.trim() } : null;
}
/** "By …", "Prepared by …", "Compiled by …": a credit names who made the text (the byline), never its publication. */
const CREDITED_BY = lazy(() => /^(?:\p{Lu}\p{Ll}+\s+)?[Bb]y\s/u);
/**
 * Who publishes a document without front matter, as its header says: the outlet of a barred
 * byline under the headline ("Renée Oduya | Gulf Markets Weekly | 9 November 2023"), the outlet
 * whose staff wrote it ("Posted on 3 April 2025 by Coin Corridor staff"). Among the lines above
 * the second paragraph only.
 */
export function inferPublisher(raw: readonly string[], bodyLine: number): Inferred<string> | null {
  for (let i = 0, seen = 0, paragraphs = 0; i < raw.length && seen < 12; i++) {
    const line = normalizeSpace(withoutEmphasis(raw[i]!));
    if (!line) continue;
    if (line.length <= 120) {
      const outlet = line.includes(' | ') && ((seen > 0 && paragraphs === 0) || barredBylineUnderHeadline(raw, i)) ? barredNameOutlet(line)?.outlet : null;
      if (outlet) return { value: outlet, from: `the byline (line ${bodyLine + i})` };
      const staff = /\b(?:staff|editors|newsroom)\.?$/.test(line) ? STAFF_BYLINE().exec(line) : null;
      if (staff) return { value: staff[1]!, from: `the staff byline (line ${bodyLine + i})` };
      // "Northbridge Review, April 2022" under the byline: a publication's name (its last word says
      // it is one: Review, Weekly, Times…) and the issue's date.
      const comma = seen > 0 && paragraphs === 0 ? line.lastIndexOf(', ') : -1;
      // "By Hana Mori – Nippon Weekly, 12 August 2022": the publication is what follows the writer.
      const paper = comma > 0 ? line.slice(0, comma).split(/ [–—-] /).at(-1)!.trim() : '';
      if (paper && wordCount(paper) <= 5 && /^\p{Lu}/u.test(paper) && !CREDITED_BY().test(paper) && PUBLICATION_NOUN().test(paper) && (isDateLine(line.slice(comma + 2)) || MONTH_YEAR().test(line.slice(comma + 2)) || ISSUE_OR_SEASON().test(line.slice(comma + 2))))
        return { value: paper, from: `the byline (line ${bodyLine + i})` };
    }
    if (isContentLine(raw[i]!) && !isTopHeading(raw, i)) {
      if (i === 0 || !raw[i - 1]!.trim()) paragraphs++;
      if (paragraphs > 1) break;
    }
    seen++;
  }
  return null;
}

/**
 * An excerpt's credit among the first lines of a document ("*from* Ledger Lines: A Memoir, *by Anna
 * Kowalczyk (Harbor & Finch, 2022)*", "From "Paper Money" by Theodora Vance. Copyright © 2024 …"):
 * the work it is from, its author, its year, and the line's index. Null without one.
 */
export function excerptCreditLine(raw: readonly string[]): { title: string; author: string; year: number | null; idx: number } | null {
  for (let i = 0, seen = 0; i < raw.length && seen < 6; i++) {
    const line = raw[i]!.trim();
    if (!line) continue;
    seen++;
    const credit = EXCERPT_OPENING().test(line) ? excerptCredit(line) : null;
    if (credit) return { ...credit, idx: i };
  }
  // A magazine prints a book's excerpt with its credit at the foot ("Excerpted from THE LEDGER by
  // Ruth Castellano. Copyright © 2023 …"): among the last lines, and only in the "excerpted" or
  // "adapted" form (a last paragraph opening "From …" is a sentence).
  for (let i = raw.length - 1, seen = 0; i >= 0 && seen < 6; i--) {
    const line = raw[i]!.trim();
    if (!line) continue;
    seen++;
    const credit = FOOT_EXCERPT_OPENING().test(line) ? excerptCredit(line) : null;
    if (credit) return { ...credit, idx: i };
  }
  return null;
}
const FOOT_EXCERPT_OPENING = lazy(() => /^[*_]*(?:(?:an\s+)?excerpt(?:ed)?\s+from|adapted\s+from)[*_]*\s/i);

/** The key of a header's field giving the day of the talk itself: "Date", "Interview date", "Date of interview" (never "Date of birth"). */
// (A chat export's "Started: 12/03/2025 09:41", "Start time: …" gives the day the chat began, as "Date:" does.)
export const TALK_DATE_KEY = lazy(() => /^(?:(?:(?:interview|session|recording|group|meeting)\s+)?date(?:\s+of\s+(?:the\s+)?(?:interview|recording|session|group|meeting|focus group))?|started(?:\s+at|\s+on)?|start\s+(?:time|date))$/i);
/** A clock time after a date in figures, as a chat export's or a recorder's field sets it: "12/03/2025 09:41", "03/10/2022, 2:15 PM". */
export const TIME_AFTER_DATE = lazy(() => /,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?$/);
/** A date in figures whose day and month are both 12 or under, so either way round: "03/10/2022", "07.03.2022"; the year (4) is certain. */
export const AMBIGUOUS_NUMERIC_DATE = lazy(() => /^(0?[1-9]|1[0-2])([/.-])(0?[1-9]|1[0-2])\2((?:19|20)\d{2})$/);

/** The byline among a line's fields split by " | ", when one field is one and the line is short. */
function barredByline(line: string): string | null {
  const fields = line.split(' | ');
  // Each field a label, a date or a name: "and others who wrote in" after the name is a sentence going on.
  if (fields.length > 5 || wordCount(line) > 16 || !fields.every((f) => /^\s*[\p{Lu}\p{N}]/u.test(f))) return null;
  for (const f of fields) {
    const name = bylineName(f.trim());
    if (name) return name;
  }
  return null;
}

/**
 * The same byline under a standfirst ("Ravi Menon says the web got worse…" / "Rowan Price" / "Sat 8
 * Feb 2025 09.00 GMT"): a block of its own, under two blocks at most (the headline, the standfirst),
 * so a letter's signer and their title above its date are no byline.
 */
export function bylineUnderStandfirst(lines: readonly string[], i: number): boolean {
  if (i === 0 || lines[i - 1]!.trim()) return false;
  let blocks = 0;
  for (let k = 0; k < i; k++) if (lines[k]!.trim() && (k === 0 || !lines[k - 1]!.trim())) blocks++;
  // A rubric line alone over the headline ("Yle Uutiset | Talous") is the site's, no block of the article.
  if (blocks === 3 && !(lines[1] ?? '').trim() && isKicker(lines, 0)) blocks--;
  return blocks <= 2 && nameAboveDateline(lines, i);
}

/**
 * Line `i` is the page's first line, alone in its block, and a rubric or kicker over the headline:
 * short, with a section path's separator ("Yle Uutiset | Talous", "Wirtschaft › Krypto-Start-ups"),
 * no sentence; a headline's block follows it.
 */
export function isKicker(lines: readonly string[], i: number): boolean {
  const line = normalizeSpace(lines[i] ?? '');
  // A masthead's bar right over the section's ("ኢዜአ | የኢትዮጵያ ዜና አገልግሎት" / "መነሻ > ኢኮኖሚ"): one rubric block;
  // so is a breadcrumb trail right under it ("Home > Markets > Interviews"), the same site furniture.
  const under = lines[i + 1] ?? '';
  if (!line || (under.trim() && wordCount(line) > 1 && !isBar(under) && classifyChrome(under) !== 'navigation')) return false;
  // Above it only blank lines or the page's own links ("Hopp til hovedinnhold": skip to main content).
  for (let k = 0; k < i; k++) if (lines[k]!.trim() && !classifyChrome(lines[k]!)) return false;
  if (wordCount(line) > 5 || /[.!?:;,]$/.test(line)) return false;
  const next = kickerHeadline(lines, i);
  // A rubric set in capitals ("SPORTS | LONG READ") stands over a headline of two words too ("Ansah's Way").
  const capitals = !/\p{Ll}/u.test(line);
  if (next < 0 || wordCount(lines[next]!) < (capitals ? 2 : 3)) return false;
  // A single word ("Економіка") is as often a document's own title ("Lecture", "Minutes"): not read as a rubric.
  // "ARA.cat · Economia · Entrevista": a middle dot between a site's sections is the same bar.
  return KICKER_SEPARATOR().test(line);
}
/**
 * The line the rubric at `i` stands over: the next one with words that is no other bar of sections,
 * nor the breadcrumb (navigation) right under the rubric.
 */
export function kickerHeadline(lines: readonly string[], i: number): number {
  return lines.findIndex((l, k) => k > i && !!l.trim() && !isBar(l) && !(k === i + 1 && classifyChrome(l) === 'navigation'));
}
/** A bar of a site's sections: a few words, no sentence, set apart by "|", "›", "»", "·", "•" or a breadcrumb's ">". */
function isBar(raw: string): boolean {
  const line = normalizeSpace(raw);
  return !!line && wordCount(line) <= 5 && !/[.!?:;,]$/.test(line) && KICKER_SEPARATOR().test(line);
}
// "Крипто.Вести > Рынки > Биржи", "Berita Harian > Bisnis > Kewangan": a breadcrumb's ">" between sections.
const KICKER_SEPARATOR = lazy(() => /\s(?:\||›|»|·|•|>)\s/);

/**
 * Line `i`, the page's first, is a rubric over the headline: a block of three lines, the first a few
 * words that are no sentence, the second a headline of several words more, the third a standfirst,
 * and under the block, after a blank line, a block whose first or second line is a dateline (the
 * byline's and date's: "Nadia Fenwick in Seattle" / "Tue 30 Apr 2024 21.10 BST").
 */
function rubricOverHeadline(lines: readonly string[], i: number): boolean {
  const [rubric, headline, standfirst, gap] = [lines[i]!, lines[i + 1] ?? '', lines[i + 2] ?? '', lines[i + 3] ?? ''];
  if (!headline.trim() || !standfirst.trim() || gap.trim()) return false;
  const n = wordCount(rubric);
  if (n > 3 || /[.!?:;,]["”’]?$/.test(rubric.trim()) || wordCount(headline) < n + 4 || wordCount(headline) > 25 || /[.:;,]$/.test(headline.trim()) || wordCount(standfirst) < 8) return false;
  let k = i + 3;
  while (k < lines.length && !lines[k]!.trim()) k++;
  return k < lines.length && (isDateline(lines[k]!) || (!!(lines[k + 1] ?? '').trim() && isDateline(lines[k + 1]!)));
}

/** "Ellie Brandon" / "Fri 27 Sep 2024 14.02 BST": line `i` is a name of two to four words alone, and the line under it a dateline. */
function nameAboveDateline(lines: readonly string[], i: number): boolean {
  return datelineUnderName(lines, i) >= 0;
}
/**
 * The dateline under a name alone at `i`: the next line ("Ellie Brandon" / "Fri 27 Sep 2024 14.02
 * BST"), or the one after the writer's role ("Priya Raman" / "Social affairs correspondent" / "Tue 11
 * Feb 2025 06.00 GMT") or after a byline box's widgets ("Follow" / "7 min read"); -1 where there is none.
 */
export function datelineUnderName(lines: readonly string[], i: number): number {
  // A newsletter sets the writer's name in bold over the day it went out ("**Oliver Strand**" / "Apr 17, 2023"): the same byline.
  const line = withoutEmphasis(lines[i]!).trim();
  if (line.length > 60 || !BARE_NAME().test(line) || INSTITUTION_LAST().test(line)) return -1;
  const dated = (k: number) => /\d/.test(lines[k] ?? '') && (isDateline(lines[k]!) || foreignDay(lines[k]!) !== null);
  if (dated(i + 1)) return i + 1;
  // A blogging platform's byline box copied as text sets its widgets one a line between the name and
  // the date ("Dana Whitlock" / "Follow" / "7 min read" / "·" / "Mar 4, 2024"): the same byline.
  let widget = i + 1;
  while (widget <= i + 3 && BYLINE_WIDGET().test(normalizeSpace(lines[widget] ?? ''))) widget++;
  if (widget > i + 1 && dated(widget)) return widget;
  if (!WRITER_ROLE().test(normalizeSpace(lines[i + 1] ?? ''))) return -1;
  // A blank line may set the date off from the name and role ("Ng Wei Ling" / "Property
  // Correspondent" / "" / "UPDATED Oct 1, 2024, 06:31 PM"): the same byline.
  return dated(i + 2) ? i + 2 : !(lines[i + 2] ?? '').trim() && dated(i + 3) ? i + 3 : -1;
}
/** A byline box's widget on a line of its own: a follow button, a reading time, a lone separator ("Follow", "7 min read", "·"). */
const BYLINE_WIDGET = lazy(() => /^(?:Follow|Following|Subscribe|\d{1,3}\s+min(?:ute)?s?\s+(?:read|listen)|[·•|])$/iu);
/** A writer's role on a line of its own: "Social affairs correspondent", "Senior Reporter", "Arts editor". */
const WRITER_ROLE = lazy(() => /^\p{Lu}[\p{L}&'’-]*(?:\s+[\p{L}&'’-]+){0,4}\s+(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Cc]ritic|[Cc]ontributor|[Jj]ournalist|[Pp]roducer)$|^(?:[Cc]orrespondent|[Rr]eporter|[Cc]olumnist|[Ss]taff [Ww]riter)$/u);
/**
 * A name ending on an institution's noun: "Public Affairs Network" / "May 7, 2019 - 7:00 a.m. ET" is a
 * transcript's channel over its air date, no writer's byline; nor is a newsroom's desk over the date
 * ("Sports Desk" / "Sunday, 9 November 2025"), with the writer's "By …" further down.
 */
const INSTITUTION_LAST = lazy(() => /\s(?:Network|Networks|Channel|Corporation|Broadcasting|Radio|Television|News|Media|Company|Institute|Service|Services|Group|Agency|Foundation|Association|Council|Committee|Commission|Desk|Newsroom|Bureau)$/u);
/** A name of two to four capitalised words, nothing else: "Ellie Brandon", "Lucía Ortega". */
const BARE_NAME = lazy(() => /^\p{Lu}[\p{Ll}'’.-]+(?: +\p{Lu}[\p{Ll}'’.-]+){1,3}$/u);

/** The months of French, Spanish, Portuguese, Italian and German datelines, by their names (and a few spellings without accents). */
const FOREIGN_MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['janvier enero janeiro gennaio januar jänner', 1],
    ['février fevrier febrero fevereiro febbraio februar', 2],
    ['mars marzo março marco märz maerz', 3],
    ['avril abril aprile april', 4],
    ['mai mayo maio maggio', 5],
    ['juin junio junho giugno juni', 6],
    ['juillet julio julho luglio juli', 7],
    ['août aout agosto august', 8],
    ['septembre septiembre setiembre setembro settembre september', 9],
    ['octobre octubre outubro ottobre oktober', 10],
    ['novembre noviembre novembro november', 11],
    ['décembre decembre diciembre dezembro dicembre dezember', 12],
    // Danish, Norwegian, Swedish and Dutch names and the Nordic abbreviations ("3. feb. 2024"), the
    // Finnish partitive ("14. maaliskuuta 2024"), the Ukrainian, Russian and Polish genitive
    // ("16 березня 2022") and the Urdu names ("7 اپریل 2025").
    ['januar januari jan tammikuuta січня января stycznia جنوری', 1],
    ['februar februari feb helmikuuta лютого февраля lutego فروری', 2],
    ['marts mar maart maaliskuuta березня марта marca مارچ', 3],
    ['apr huhtikuuta квітня апреля kwietnia اپریل', 4],
    ['maj mei toukokuuta травня мая maja مئی', 5],
    ['jun kesäkuuta червня июня czerwca جون', 6],
    ['jul heinäkuuta липня июля lipca جولائی', 7],
    ['aug augusti augustus elokuuta серпня августа sierpnia اگست', 8],
    ['sep sept syyskuuta вересня сентября września ستمبر', 9],
    ['okt oktober lokakuuta жовтня октября października اکتوبر', 10],
    ['nov marraskuuta листопада ноября listopada نومبر', 11],
    ['dec dez joulukuuta грудня декабря grudnia دسمبر', 12],
    // Malay and Indonesian names not spelled as above ("8 Mei 2024", "Mei 8, 2024", "12 Ogos 2023").
    ['mac maret', 3], ['julai', 7], ['ogos', 8], ['disember desember', 12],
    // Tagalog names not spelled as above ("Nai-post: Setyembre 3, 2024 - 6:45 PM").
    ['pebrero', 2], ['marso', 3], ['hunyo', 6], ['hulyo', 7], ['setyembre', 9], ['oktubre', 10], ['nobyembre', 11], ['disyembre', 12],
    // The Persian names of the Gregorian months ("۱۲ ژوئن ۲۰۲۴").
    ['ژانویه', 1], ['فوریه', 2], ['مارس', 3], ['آوریل', 4], ['مه', 5], ['ژوئن', 6], ['ژوئیه', 7], ['اوت', 8], ['سپتامبر', 9], ['اکتبر', 10], ['نوامبر', 11], ['دسامبر', 12],
    // Hungarian, whose dateline puts the year first ("2026. június 3."), and its abbreviations.
    ['január', 1], ['február febr', 2], ['március márc', 3], ['április ápr', 4], ['május máj', 5], ['június jún', 6],
    ['július júl', 7], ['augusztus', 8], ['szeptember szept', 9], ['október', 10], ['december', 12],
    // Georgian, the nominative and the genitive ("14 ოქტომბერი 2024", "14 ოქტომბრის 2024").
    ['იანვარი იანვრის', 1], ['თებერვალი თებერვლის', 2], ['მარტი მარტის', 3], ['აპრილი აპრილის', 4], ['მაისი მაისის', 5], ['ივნისი ივნისის', 6],
    ['ივლისი ივლისის', 7], ['აგვისტო აგვისტოს', 8], ['სექტემბერი სექტემბრის', 9], ['ოქტომბერი ოქტომბრის', 10], ['ნოემბერი ნოემბრის', 11], ['დეკემბერი დეკემბრის', 12],
  ].flatMap(([names, n]) => (names as string).split(' ').map((name) => [name, n as number] as const)),
);
/** "14 de marzo de 2025", "5 juin 2024", "1er mars 2024", "12. März 2024": a day, a month's name, a year. */
const FOREIGN_DAY_DATE = lazy(() => /(?<![\p{L}\d])(\d{1,2})(?:\.|er|º|°)?\s+(?:de\s+)?(\p{L}+)\.?\s+(?:de\s+|del\s+)?((?:19|20)\d{2})(?!\d)/u);

/**
 * The day a short dateline in French, Spanish, Portuguese, Italian, German, Dutch, the Nordic languages,
 * Finnish, Ukrainian, Russian, Polish or Urdu gives, as an ISO date: "Publié le 5 juin 2024 à 11h30",
 * "Madrid - 14 de marzo de 2025", "Berlin, 12. März 2024", "3. feb. 2024 kl. 06.12", "21.09.2023, 13.02 Uhr". Null for
 * any other line (a sentence, a line of more than twelve words, a month name no calendar has).
 */
export function foreignDay(raw: string): string | null {
  // "۱۲ ژوئن ۲۰۲۴", "١٢ يونيو ٢٠٢٤": Persian and Arabic-Indic digits are the digits they write.
  if (raw.length <= 200 && EASTERN_DIGIT().test(raw)) raw = asciiDigits(raw);
  if (!/\d{4}/.test(raw)) return null;
  // "۲۲ آبان ۱۴۰۳", "ថ្ងៃទី២១ ខែវិច្ឆិកា ឆ្នាំ២០២៤", "၂၀၂၄ ခုနှစ် နိုဝင်ဘာ ၁၂ ရက်": a date whose
  // words say which part is the day, the month and the year (a Khmer byline line that first gives
  // the lunar date runs longer than other datelines; its words are not split by spaces).
  const scripted = raw.length <= 200 ? scriptCalendarDay(raw) : null;
  if (scripted) return scripted;
  if (raw.length > 120) return null;
  // "አዲስ አበባ፣ ሚያዝያ 25/2016 (ኢዜአ)": a day of the Ethiopian calendar, its Gregorian day.
  const ethiopian = /[\u1200-\u137f]/u.test(raw) ? ETHIOPIAN_DATE().exec(raw) : null;
  if (ethiopian) return ethiopianToIso(ETHIOPIAN_MONTHS.indexOf(ethiopian[1]!) % 13 + 1, Number(ethiopian[2]), Number(ethiopian[3]));
  const s = normalizeSpace(raw);
  // "2026. június 3.", "Budapest, 2025. szept. 18. 14:05": the year, the month's name, the day, each
  // closed by a point (Hungarian), alone on the line or after a place.
  const first = s.includes('. ') && wordCount(s) <= 7 ? YEAR_FIRST_DATE().exec(s) : null;
  if (first) {
    const month = FOREIGN_MONTHS.get(first[2]!.toLowerCase());
    if (month !== undefined) return isoDay(first[1]!, month, first[3]!);
  }
  // An English date ("21 November 2023") is the English dateline's to read.
  if (wordCount(s) > 12) return fieldedForeignDay(s);
  if (/[.!?]$/.test(s) || DAY_DATE().test(s)) return null;
  const m = FOREIGN_DAY_DATE().exec(s);
  const month = m ? FOREIGN_MONTHS.get(m[2]!.toLowerCase()) : undefined;
  // "21.09.2023, 13.02 Uhr", "14.3.2024 08:15": the day, the month and the year in figures, set off by full stops.
  const dotted = !m || month === undefined ? DOTTED_DAY_DATE().exec(s) : null;
  if (dotted) return isoDay(dotted[3]!, Number(dotted[2]), dotted[1]!);
  // "입력 2023.11.08 06:00": the year, the month and the day in figures, set off by points (Korean news);
  // no calendar puts the day before the month after a leading year.
  const yearFirst = !m || month === undefined ? YEAR_FIRST_DOTTED().exec(s) : null;
  if (yearFirst) return isoDay(yearFirst[1]!, Number(yearFirst[2]), yearFirst[3]!);
  // "12.fev.2024 às 23h15": the day, the month's abbreviation and the year joined by points (Folha's stamp).
  const joined = !m || month === undefined ? DOTTED_NAMED_DATE().exec(s) : null;
  const joinedMonth = joined ? (FOREIGN_MONTHS.get(joined[2]!.toLowerCase()) ?? PORTUGUESE_MONTH_ABBREVIATIONS.get(joined[2]!.toLowerCase())) : undefined;
  if (joined && joinedMonth !== undefined) return isoDay(joined[3]!, joinedMonth, joined[1]!);
  // "Barcelona · 22/02/2024 · 06:00 h", "Posted 03/14/2024": a slashed date, read only where one of its
  // first two numbers cannot be a month (02/03/2024 is March in Madrid and February in Boston).
  const slashed = !m || month === undefined ? SLASHED_DATE().exec(s) : null;
  if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    if (a > 12 && b <= 12) return isoDay(slashed[3]!, b, slashed[1]!);
    if (b > 12 && a <= 12) return isoDay(slashed[3]!, a, slashed[2]!);
    return null;
  }
  if (!m || month === undefined) {
    // "Mei 8, 2024 @ 4:15pm": the month's name first, as an English dateline sets it (Malay sites).
    const first = MONTH_FIRST_DATE().exec(s);
    const named = first ? FOREIGN_MONTHS.get(first[1]!.toLowerCase()) : undefined;
    return first && named !== undefined ? isoDay(first[3]!, named, first[2]!) : null;
  }
  return isoDay(m[3]!, month, m[1]!);
}
/** Where a dateline's fields part: a slash, a bar, a middle dot, a bullet or a dash, spaced. */
const DATELINE_FIELD_SEPARATOR = lazy(() => / [/|·•—–-] /u);
/**
 * The day a dateline of several fields gives in its first dated field, as an ISO date: "3. Mai 2023,
 * 16:41 Uhr / Aktualisiert am 4. Mai 2023, 8:05 Uhr / 142 Kommentare", "Bilbao - 14 de marzo de 2024 -
 * 06:00 CET", "Propos recueillis par NAME — publié le 12 mars 2025 à 7h30, mis à jour le …". The line
 * runs longer than a dateline, but each field is short and none a sentence. Null otherwise.
 */
function fieldedForeignDay(s: string): string | null {
  if (s.length > 200) return null;
  const parts = s.replace(/^[*_]+|[*_]+$/g, '').split(DATELINE_FIELD_SEPARATOR());
  if (parts.length < 2 || parts.length > 5 || parts.some((p) => wordCount(p) > 16 || /[.!?]$/.test(p.trim()))) return null;
  for (const p of parts) {
    const first = /^(.*?(?:19|20)\d{2})(?!\d)/.exec(p.trim());
    if (first) return wordCount(first[1]!) <= 8 ? foreignDay(first[1]!) : null;
  }
  return null;
}
/** The Ethiopian months in order (Meskerem first, Pagume the thirteenth), then their other spellings in the same places. */
const ETHIOPIAN_MONTHS = ['መስከረም', 'ጥቅምት', 'ኅዳር', 'ታኅሣሥ', 'ጥር', 'የካቲት', 'መጋቢት', 'ሚያዝያ', 'ግንቦት', 'ሰኔ', 'ሐምሌ', 'ነሐሴ', 'ጳጉሜ', '-', '-', 'ህዳር', 'ታህሳስ'];
const ETHIOPIAN_DATE = lazy(() => new RegExp(`(${ETHIOPIAN_MONTHS.filter((m) => m !== '-').join('|')})\\s*(\\d{1,2})\\s*[/,፣]?\\s*((?:19|20)\\d{2})(?!\\d)`, 'u'));
/**
 * Day `d` of month `m` (1–13) of Ethiopian year `y` as a Gregorian ISO day, through the Julian day
 * number (the Ethiopian era's epoch is JDN 1724221; each year 365 days, a leap day every fourth):
 * Miyazia 25, 2016 is 2024-05-03.
 */
function ethiopianToIso(m: number, d: number, y: number): string | null {
  if (d < 1 || d > 30 || (m === 13 && d > 6)) return null;
  const jdn = 1724221 + 365 * (y - 1) + Math.floor(y / 4) + 30 * (m - 1) + d - 1;
  const t = new Date((jdn - 2440588) * 86400000);
  return t.toISOString().slice(0, 10);
}
/** The Solar Hijri months in order (Farvardin first), as Iran's papers date their pages. */
const SOLAR_HIJRI_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
/** "۲۲ آبان ۱۴۰۳" (digits already ASCII): the day, a Solar Hijri month, a year of the thirteenth or fourteenth century. */
const SOLAR_HIJRI_DATE = lazy(() => new RegExp(`(?<![\\d])(\\d{1,2})\\s*(${SOLAR_HIJRI_MONTHS.join('|')})(?!\\p{L})\\s*(?:ماه\\s*)?(1[34]\\d{2})(?!\\d)`, 'u'));
/** The Gregorian months as Khmer writes them (January first). */
const KHMER_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'];
/** "ថ្ងៃទី២១ ខែវិច្ឆិកា ឆ្នាំ២០២៤": "day" and its number, "month" and its name, "year" and its number. */
const KHMER_DATE = lazy(() => new RegExp(`(?<!\\d)(\\d{1,2})\\s*ខែ\\s*(${KHMER_MONTHS.join('|')})\\s*ឆ្នាំ\\s*((?:19|20)\\d{2})(?!\\d)`, 'u'));
/** The Gregorian months as Burmese writes them (January first), then other spellings in the same places. */
const BURMESE_MONTHS = ['ဇန်နဝါရီ', 'ဖေဖော်ဝါရီ', 'မတ်', 'ဧပြီ', 'မေ', 'ဇွန်', 'ဇူလိုင်', 'ဩဂုတ်', 'စက်တင်ဘာ', 'အောက်တိုဘာ', 'နိုဝင်ဘာ', 'ဒီဇင်ဘာ', '-', '-', '-', '-', '-', '-', '-', 'ဪဂုတ်'];
// The longer name first, so "မေ" never takes the start of a longer one; "လ" ("month") may follow the name.
const BURMESE_MONTH = `(${BURMESE_MONTHS.filter((m) => m !== '-').sort((a, b) => b.length - a.length).join('|')})(?:လ)?`;
/** "၂၀၂၄ ခုနှစ် နိုဝင်ဘာ ၁၂ ရက်": the year and "year", the month, the day and "day". */
const BURMESE_YEAR_FIRST = lazy(() => new RegExp(`(?<!\\d)((?:19|20)\\d{2})\\s*ခုနှစ်[၊,\\s]*${BURMESE_MONTH}\\s*(\\d{1,2})\\s*ရက်`, 'u'));
/** "နိုဝင်ဘာ ၁၂ ရက်၊ ၂၀၂၄": the month, the day and "day", then the year. */
const BURMESE_MONTH_FIRST = lazy(() => new RegExp(`${BURMESE_MONTH}\\s*(\\d{1,2})\\s*(?:ရက်)?\\s*[၊,]\\s*((?:19|20)\\d{2})(?!\\d)`, 'u'));

/** The months as Thai writes them (January first), then their abbreviations in the same places. */
const THAI_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
  'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
/**
 * "๑๔ พฤศจิกายน พ.ศ. ๒๕๖๗", "14 พ.ย. 67": the day, the month, then the year of the Buddhist era
 * ("พ.ศ.", 543 ahead of the Gregorian) or the Christian one ("ค.ศ."). Its last two figures only in the
 * short form a news stamp uses.
 */
const THAI_DATE = lazy(() => new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${THAI_MONTHS.map((m) => m.replace(/\./g, '\\.')).join('|')})\\s*(พ\\.\\s?ศ\\.|ค\\.\\s?ศ\\.)?\\s*(\\d{4}|\\d{2})(?!\\d)`, 'u'));
/** The Gregorian months as Hindi writes them (January first), then other spellings in the same places. */
const HINDI_MONTHS = ['जनवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर',
  '-', 'फरवरी', '-', '-', '-', '-', '-', '-', 'सितम्बर', 'अक्तूबर', 'नवम्बर', 'दिसम्बर'];
/** "१८ मार्च २०२५": the day, the month, the year (Hindi's letters carry vowel signs, which \\p{L} does not match). */
const HINDI_DATE = lazy(() => new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${HINDI_MONTHS.filter((m) => m !== '-').join('|')})(?![\\p{L}\\p{M}])\\s*,?\\s*((?:19|20)\\d{2})(?!\\d)`, 'u'));

/** Year `written` of a Thai date: the Buddhist era's (2443 onward, or "พ.ศ."), its two last figures (this century's), or the Gregorian. */
function thaiYear(written: string, era: string | undefined): number | null {
  const n = Number(written);
  if (written.length === 2) return era?.startsWith('ค') ? 2000 + n : 2500 + n - BUDDHIST_ERA_OFFSET;
  if (era?.startsWith('ค')) return n;
  return era || n >= 1900 + BUDDHIST_ERA_OFFSET ? n - BUDDHIST_ERA_OFFSET : n;
}

/**
 * The Gregorian day of a dateline whose words name the calendar's parts: Persian's Solar Hijri
 * ("سه‌شنبه ۲۲ آبان ۱۴۰۳"), Khmer's ("ថ្ងៃទី២១ ខែវិច្ឆិកា ឆ្នាំ២០២៤", after the lunar date and
 * "corresponds to") and Burmese ("၂၀၂၄ ခုနှစ် နိုဝင်ဘာ ၁၂ ရက်", after the Myanmar era's). Digits are ASCII here.
 */
function scriptCalendarDay(s: string): string | null {
  if (/[\u0600-\u06ff]/u.test(s)) {
    const m = SOLAR_HIJRI_DATE().exec(s);
    return m ? solarHijriToIso(Number(m[3]), SOLAR_HIJRI_MONTHS.indexOf(m[2]!) + 1, Number(m[1])) : null;
  }
  if (/\p{sc=Khmer}/u.test(s)) {
    const m = KHMER_DATE().exec(s);
    return m ? isoDay(m[3]!, KHMER_MONTHS.indexOf(m[2]!) + 1, m[1]!) : null;
  }
  if (/\p{sc=Thai}/u.test(s)) {
    const m = THAI_DATE().exec(s);
    const year = m ? thaiYear(m[4]!, m[3]) : null;
    return m && year ? isoDay(String(year), THAI_MONTHS.indexOf(m[2]!) % 12 + 1, m[1]!) : null;
  }
  if (/\p{sc=Devanagari}/u.test(s)) {
    const m = HINDI_DATE().exec(s);
    return m ? isoDay(m[3]!, HINDI_MONTHS.indexOf(m[2]!) % 12 + 1, m[1]!) : null;
  }
  if (/\p{sc=Myanmar}/u.test(s)) {
    const first = BURMESE_YEAR_FIRST().exec(s);
    if (first) return isoDay(first[1]!, BURMESE_MONTHS.indexOf(first[2]!) % 12 + 1, first[3]!);
    const m = BURMESE_MONTH_FIRST().exec(s);
    return m ? isoDay(m[3]!, BURMESE_MONTHS.indexOf(m[1]!) % 12 + 1, m[2]!) : null;
  }
  return null;
}
/**
 * Day `d` of month `m` of Solar Hijri year `y` as a Gregorian ISO day, by the 33-year arithmetic
 * (exact for the years 1178–1633): the first six months have 31 days, the next five 30.
 * 22 Aban 1403 is 2024-11-12; 1 Farvardin 1403 is 2024-03-20.
 */
function solarHijriToIso(y: number, m: number, d: number): string | null {
  if (m < 1 || d < 1 || d > (m <= 6 ? 31 : 30)) return null;
  // Esfand has a 30th day in leap years only: in a common year that day is the next year's 1 Farvardin.
  if (m === 12 && d === 30) {
    const iso = solarHijriDays(y, m, d);
    return iso === solarHijriDays(y + 1, 1, 1) ? null : iso;
  }
  return solarHijriDays(y, m, d);
}

/** The Gregorian day of a Solar Hijri one, by day count (the 33-year cycle's arithmetic). */
function solarHijriDays(y: number, m: number, d: number): string {
  const jy = y + 1595;
  let days = -355668 + 365 * jy + Math.floor(jy / 33) * 8 + Math.floor(((jy % 33) + 3) / 4) + d + (m < 7 ? (m - 1) * 31 : (m - 7) * 30 + 186);
  let gy = 400 * Math.floor(days / 146097);
  days %= 146097;
  if (days > 36524) {
    gy += 100 * Math.floor(--days / 36524);
    days %= 36524;
    if (days >= 365) days++;
  }
  gy += 4 * Math.floor(days / 1461);
  days %= 1461;
  if (days > 365) {
    gy += Math.floor((days - 1) / 365);
    days = (days - 1) % 365;
  }
  const t = new Date(Date.UTC(gy, 0, 1) + days * 86400000);
  return t.toISOString().slice(0, 10);
}
/** MONTH D, YYYY: a month's name, the day and a comma, the year. */
const MONTH_FIRST_DATE = lazy(() => /(?<![\p{L}\d])(\p{L}{3,})\.?\s+(\d{1,2}),\s+((?:19|20)\d{2})(?!\d)/u);
/** YYYY. month D., the year first (Hungarian usage), a place of a few words before it perhaps, a time after it. */
const YEAR_FIRST_DATE = lazy(() => /^(?:\p{L}[\p{L} -]{0,40},?\s)?((?:19|20)\d{2})\.\s(\p{L}+)\.?\s(\d{1,2})\.?(?:,?\s(?:[01]?\d|2[0-3])[:.][0-5]\d)?$/u);
/** D.M.YYYY, day first (German, Nordic, Slavic and Finnish usage), no other figures glued to it. */
const DOTTED_DAY_DATE = lazy(() => /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]\d)/);
/** YYYY.MM.DD, year first, no other figures glued to it. */
const YEAR_FIRST_DOTTED = lazy(() => /(?<![\d.])((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})(?![\d]|\.\d)/);
/** D.mon.YYYY: the day, a month's name or abbreviation and the year joined by points ("12.fev.2024"). */
const DOTTED_NAMED_DATE = lazy(() => /(?<![\p{L}\d.])(\d{1,2})\.(\p{L}{3,9})\.((?:19|20)\d{2})(?!\d)/u);
/** Portuguese abbreviations the month names above do not hold ("fev", "abr", "ago", "set", "out"), read only in a D.mon.YYYY stamp. */
const PORTUGUESE_MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([['fev', 2], ['abr', 4], ['ago', 8], ['set', 9], ['out', 10]]);
/** D/M/YYYY or M/D/YYYY, no other figures glued to it. */
const SLASHED_DATE = lazy(() => /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])/);
/** The ISO date of a year, month and day, or null where no calendar has that day. */
function isoDay(year: string, month: number, day: string): string | null {
  const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(iso) ? iso : null;
}

/** A letter's closing line: "Sincerely,", "With gratitude,", "Signed,". */
const SIGN_OFF = lazy(() => /^\s*(?:signed|sincerely(?:\s+yours)?|yours(?:\s+(?:sincerely|truly|faithfully))?|respectfully(?:\s+yours)?|cordially|warmly|regards|(?:best|kind|warm|warmest)\s+regards|with\s+(?:gratitude|thanks|love|respect|appreciation|best\s+wishes)|in\s+solidarity)\s*,\s*$/i);
/** A signer's name, before any comma: "Dr. Naomi Feldstein", `Margaret "Peg" Donnelly`. */
const SIGNER = lazy(() => /^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:["“]\p{Lu}[\p{L}'’.-]*["”]|\p{Lu}[\p{L}'’.-]*)){1,4}$/u);

/**
 * A letter's signature: a closing line ("Sincerely,", "Signed,") among the last lines, and under
 * it the signer's name (the first, where several sign), with the lines after it (their roles, a
 * date). The name is who writes the letter, as a byline's is who writes an article; `closing` is
 * the closing line's index (none where a salutation's name signs).
 */
export function letterSignature(raw: readonly string[], bodyLine: number): { signer: Inferred<string>; after: number[]; closing?: number; block?: number[] } | null {
  let last = raw.length - 1;
  while (last >= 0 && !raw[last]!.trim()) last--;
  // The closing stands within the last dozen lines (a signatory list may follow it).
  for (let i = last, seen = 0; i >= 0 && seen < 12; i--) {
    if (!raw[i]!.trim()) continue;
    seen++;
    if (!SIGN_OFF().test(raw[i]!)) continue;
    let k = i + 1;
    while (k <= last && !raw[k]!.trim()) k++;
    if (k > last) return null;
    // A record's turns go on under it ("The PRESIDING OFFICER. The Senator from Ohio." / "Mr. BRANDT.
    // …"): the letter was printed inside the record, its signer no author of the whole.
    if (turnsUnder(raw, k, last)) return null;
    const joint = jointSigners(raw[k]!);
    if (joint) return { signer: { value: joint, from: `the signature (line ${bodyLine + k})` }, after: linesUnder(raw, k, last), closing: i, block: signatureBlock(raw, k, last) };
    // A shareholder letter's signer set off by a dash, as an epigraph's source is ("— Marguerite
    // Ellison, Chief Executive Officer"): the dash is no part of the name.
    const written = normalizeSpace(raw[k]!).replace(/^[—–-]\s*(?=\p{Lu})/u, '').split(',')[0]!.trim();
    if (!SIGNER().test(written)) return null;
    // The person, as a label or a mention names them: no quoted nickname, no honorific.
    const name = written.replace(/\s+["“]\p{Lu}[\p{L}'’.-]*["”](?=\s)/u, '').replace(/^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev)\.?\s+/, '');
    const after: number[] = [];
    for (let j = k + 1; j <= last; j++) if (raw[j]!.trim()) after.push(j);
    return { signer: { value: name, from: `the signature (line ${bodyLine + k})` }, after, closing: i, block: signatureBlock(raw, k, last) };
  }
  return salutationSignature(raw, bodyLine);
}

/** Two lines or more under line `k` that open with a speaker's label and words after it. */
function turnsUnder(raw: readonly string[], k: number, last: number): boolean {
  let labelled = 0;
  for (let j = k + 1; j <= last && labelled < 2; j++) if (raw[j]!.trim() && readLabel(raw[j]!)?.rest) labelled++;
  return labelled >= 2;
}

/**
 * A signature block: the signer's name (line `k`) and the short lines under it that are no sentence
 * (a role, a company, a place, a date, a further signer and their role), blank lines between them
 * allowed. It ends at a rule ("-----") or at the first sentence or long line: what stands below it (a
 * forward-looking-statements notice, a registered office) is the publisher's boilerplate, not the
 * signer's letter.
 */
function signatureBlock(raw: readonly string[], k: number, last: number): number[] {
  const block = [k];
  for (let j = k + 1; j <= last; j++) {
    const t = raw[j]!.trim();
    if (!t) continue;
    if (/^[-–—_=*~]{3,}$/.test(t) || t.length > 80 || wordCount(t) > 8 || /[.!?:;]$/.test(t.replace(/\b(?:plc|Inc|Ltd|Co|Corp|LLC|LLP|S\.A|N\.V|AG|GmbH)\.$/, ''))) break;
    block.push(j);
  }
  return block;
}

function linesUnder(raw: readonly string[], k: number, last: number): number[] {
  const after: number[] = [];
  for (let j = k + 1; j <= last; j++) if (raw[j]!.trim()) after.push(j);
  return after;
}

/**
 * Two or three signatories set side by side in columns ("Elena Moreau        David Achterberg"):
 * each a signer's name, a run of three spaces or more (or a tab) between them. They sign together,
 * "Elena Moreau and David Achterberg", as a byline of two reads; never one person of four words.
 */
export function jointSigners(raw: string): string | null {
  const t = raw.trim();
  if (t.length > 120 || !(t.includes('   ') || t.includes('\t'))) return null;
  const names = t.split(/\s{3,}|\t+/).map((n) => n.trim().replace(/^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev)\.?\s+/, ''));
  if (names.length < 2 || names.length > 3 || !names.every((n) => SIGNER().test(n) && wordCount(n) <= 4)) return null;
  return names.length === 2 ? `${names[0]} and ${names[1]}` : `${names[0]}, ${names[1]} and ${names[2]}`;
}

/** A name and its affiliation marker: superscript digits, or a sign ("*", "†", "‡"). */
const MARKED_NAME = lazy(() => /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:[¹²³⁰⁴-⁹]|,?[*†‡])+$/u);
/**
 * A working paper's author line: two names or more, each followed by its affiliation's marker,
 * joined by commas, "and" or "&" ("Sofia Lindqvist¹ and Rahul Mehta²", "Ana Ruiz*, Tom Hale†"). The
 * markers say these are people the lines below place; null for any other line.
 */
function affiliatedAuthors(line: string): string[] | null {
  const t = line.trim();
  if (t.length > 160 || !/[¹²³⁴-⁹*†‡]/u.test(t)) return null;
  const parts = t.split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/).filter(Boolean);
  if (parts.length < 1 || parts.length > 8) return null;
  const names: string[] = [];
  for (const p of parts) {
    const m = MARKED_NAME().exec(p);
    if (!m) return null;
    names.push(m[1]!);
  }
  return names;
}

/** A letter's salutation: "Dear users, partners and colleagues,", "Dear Shareholders:". */
const SALUTATION = lazy(() => /^\s*Dear\s+\S[^.!?]{0,80}[,:]\s*$/);
/**
 * A letter opened by a salutation and signed without a closing line, its signature a block of
 * short lines after a blank line: the name, then the role, a place and a date ("Richard Teng" /
 * "Chief Executive Officer" / "Dubai, 31 March 2025"). A report may go on below the letter.
 */
function salutationSignature(raw: readonly string[], bodyLine: number): { signer: Inferred<string>; after: number[] } | null {
  let salutation = -1;
  for (let i = 0, seen = 0; i < raw.length && seen < 12; i++) {
    if (!raw[i]!.trim()) continue;
    seen++;
    if (SALUTATION().test(raw[i]!)) {
      salutation = i;
      break;
    }
  }
  if (salutation < 0) return null;
  for (let k = salutation + 1; k < raw.length; k++) {
    const line = normalizeSpace(raw[k]!);
    const joint = line && !raw[k - 1]!.trim() ? jointSigners(raw[k]!) : null;
    if (joint) {
      // The roles under the names, set in the same columns ("Managing Partner    Chief Investment Officer").
      const after: number[] = [];
      for (let j = k + 1; j < raw.length && raw[j]!.trim() && after.length < 3; j++) after.push(j);
      return { signer: { value: joint, from: `the signature (line ${bodyLine + k})` }, after };
    }
    if (!line || raw[k - 1]!.trim() || !SIGNER().test(line) || wordCount(line) > 4) continue;
    // The lines under the name, to the next blank line: short, no sentence (a role, a place, a date).
    const after: number[] = [];
    for (let j = k + 1; j < raw.length && raw[j]!.trim(); j++) after.push(j);
    if (after.length === 0 || after.length > 3 || !after.every((j) => wordCount(raw[j]!) <= 8 && !/[.!?]$/.test(raw[j]!.trim()))) continue;
    // A block right above another salutation is the next letter's head (a bundle of letters: the
    // house's name, the village, the day, then "Dear Jim,"), never a signature.
    let next = after[after.length - 1]! + 1;
    while (next < raw.length && !raw[next]!.trim()) next++;
    if (next < raw.length && SALUTATION().test(raw[next]!)) continue;
    return { signer: { value: line, from: `the signature (line ${bodyLine + k})` }, after };
  }
  return null;
}

/** A byline crediting who asked: "Interview by NAME", "Interviewed by NAME", "Questions by NAME", "Conducted by NAME". */
export const INTERVIEW_CREDIT = /^\W*(?:interview|interviewed|interviews|conducted|questions)\s+by\s+/i;
/**
 * The interviewer a byline names ("Interview by Ruth Evans", "Interviewed by …", "Questions by
 * …"): who asks a Q&A's questions when no front matter says. Null for any other byline.
 */
export function inferInterviewer(raw: readonly string[], bodyLine: number): Inferred<string> | null {
  const cast = castInterviewer(raw, bodyLine) ?? creditedInterviewer(raw, bodyLine);
  if (cast) return cast;
  const introduced = introducedInterview(raw);
  if (introduced) return { value: introduced.interviewer, from: `the introduction (line ${bodyLine + introduced.idx})` };
  const author = inferAuthor(raw, bodyLine);
  if (!author) return null;
  const line = raw[Number(/line (\d+)/.exec(author.from)?.[1] ?? 0) - bodyLine] ?? '';
  return INTERVIEW_CREDIT.test(withoutEmphasis(line).trim()) ? author : null;
}

/**
 * A printed Q&A's introduction above its first question: a paragraph that opens on the guest's full
 * name and says whom they spoke to ("Adaeze Okeke took over as chief executive … She spoke to Martin
 * Hale about electrification …"). The guest, the interviewer and the line; null without one. Only
 * above a "Q:" / "Q." / "Question:" line: a news story's "spoke to reporters" heads no Q&A.
 */
const SPOKE_TO = lazy(() => /(?:^|[.!?]\s+)(?:He|She|They|\p{Lu}[\p{L}'’-]+)\s+(?:spoke|talked)\s+(?:to|with)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s+(?:about|on|in|at|for|from|over|before|after|last|this)\b|\s*[,.])/u);
const OPENS_ON_FULL_NAME = lazy(() => /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,|\s+\p{Ll})/u);
export function introducedInterview(raw: readonly string[]): { guest: string; interviewer: string; idx: number } | null {
  // (or a question set as a Markdown heading or a bold line: "## Why night trains, and why now?")
  const firstQuestion = raw.findIndex((l, i) => i < 40 && (/^\s*(?:Q[.:]|Question:)\s/.test(l) || /^\s*(?:#{2,4}\s+|\*\*|__)\S.{0,200}\?\s*(?:\*\*|__)?\s*$/.test(l)));
  if (firstQuestion < 0) return null;
  for (let i = 0; i < firstQuestion; i++) {
    // (the standfirst in italics, the interviewer's name in bold: "*Lena Vogt has run … She spoke to **Ravi Menon** about …*")
    const line = withoutEmphasis(raw[i]!).replace(/\*\*|__/g, '').trim();
    if (line.length > 1200 || !/\b(?:spoke|talked)\b/.test(line)) continue;
    const to = SPOKE_TO().exec(line);
    const guest = to ? OPENS_ON_FULL_NAME().exec(line) : null;
    if (to && guest && guest[1] !== to[1]) return { guest: guest[1]!, interviewer: to[1]!, idx: i };
  }
  return null;
}

/** A Japanese interview's closing credit: "（聞き手・佐藤健一）", "(聞き手：佐藤健一)". */
const JA_INTERVIEWER_CREDIT = lazy(() => /^[（(]\s*聞き手\s*[・:：]\s*(\p{sc=Han}{2,5})\s*[）)]$/u);
/**
 * A printed interview's closing credit in English, a short line of its own: "*Ana Ruiz was speaking
 * to Tom Keller.*", "Olu Bello was talking to Mara Quinn for The Ledger.", "Olu Bello spoke to Mara
 * Quinn.": the second name asked. (Two full names: "She spoke to reporters" names no one.)
 */
const EN_INTERVIEWER_CREDIT = lazy(() => /^[*_]{0,2}\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\s(?:(?:was|were)\s(?:speaking|talking)|spoke|talked)\s(?:to|with)\s(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})(?:\s(?:for|of|at)\s[^.*_]{1,60})?\.?[*_]{0,2}$/u);
/** A line's last sentence crediting the interview: "… Interview by Joe Farrant, March 2024.*" (1: the credit, its full stop off). */
const CLOSING_CREDIT = lazy(() => /[.!?]\s+((?:Interview|Interviewed|Questions)\s+by\s+[^.!?]{3,80})\.?[*_]*\s*$/);
/** A credit's month and year after the name: ", October 2023". */
const CREDIT_MONTH_YEAR = lazy(() => new RegExp(String.raw`,\s*(?:${MONTH}|spring|summer|autumn|fall|winter)\s+(?:19|20)\d{2}\.?$`, 'i'));
/** The credit a line's last sentence gives, "Interview by Leon Achterberg, October 2023"; null where it gives none. */
export function closingCreditOf(line: string): string | null {
  return CLOSING_CREDIT().exec(line)?.[1] ?? null;
}

/**
 * The interviewer an interview credits on one of its last lines (Japanese "（聞き手・…）", English "…
 * was speaking to NAME.", or the credit a header would give, set under the last answer: "— Interview
 * by Owen Marsh", "*Interviewed by Ana Ruiz.*").
 */
function creditedInterviewer(raw: readonly string[], bodyLine: number): Inferred<string> | null {
  for (let i = raw.length - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const line = raw[i]!.trim();
    if (!line) continue;
    seen++;
    const m = line.includes('聞き手') ? JA_INTERVIEWER_CREDIT().exec(line) : line.length <= 160 && / (?:to|with) /.test(line) ? EN_INTERVIEWER_CREDIT().exec(line) : null;
    if (m) return { value: m[1]!, from: `the interviewer's credit (line ${bodyLine + i})` };
    // (or the line's last sentence, the month and year after the name set aside: "The Salt Year is
    // published by Harrow Books, £16.99. Interview by Leon Achterberg, October 2023.")
    const closing = line.length <= 240 && / by /i.test(line) ? closingCreditOf(line) : null;
    const credit = line.length <= 160 && / by /i.test(line) ? (interviewerCredit(line.replace(/^[*_]{0,2}\s*(?:—|–|--?)\s*/, ''), true) ?? (closing ? interviewerCredit(closing.replace(CREDIT_MONTH_YEAR(), ''), true) : null)) : null;
    if (credit && wordCount(credit) >= 2) return { value: credit, from: `the interviewer's credit (line ${bodyLine + i})` };
  }
  return null;
}

/**
 * What parts a header line's fields: " / ", " | " or an ideographic space run. The space before
 * the bar is matched only from its run's first character (same matches: a later start reaches the
 * same bar or none), so a long run of spaces is read once, not once per space.
 */
export const FIELD_DIVIDER = lazy(() => /(?<!\s)\s+[/|｜]\s+|\u3000+/);

/**
 * A header's field naming who asks, in one language or two on one line ("Interviewer: Chen Jing",
 * "采访：陈静 / Interviewer: Chen Jing"): the holder, in Latin letters where the line gives both.
 * Only among the first lines, before any blank-separated paragraph of talk. A "Presenter:" field
 * yields to a host's or an interviewer's further down: a webinar's or a lecture's presenter is the
 * one who talks ("Presenter: Dr Sunita Rao" over "Host: Ollie Grant"); only a broadcast's is its host.
 */
function castInterviewer(raw: readonly string[], bodyLine: number): Inferred<string> | null {
  let presenter: Inferred<string> | null = null;
  for (let i = 0, seen = 0; i < raw.length && seen < 8; i++) {
    const line = raw[i]!.trim();
    if (!line) continue;
    seen++;
    const holders: string[] = [];
    // Chinese and Japanese headers part their fields with an ideographic space ("2021年8月16日　来源：链闻　记者：王思远").
    for (const half of line.split(FIELD_DIVIDER())) {
      // (A meeting's chair asks its questions too: "Chaired by Canon Frances Lyle", "Moderator: Ines Barr".)
      const m = /^(?:(?:interviewer|interviewed by|host|presenter|anchor|chair|moderator|采访|采访者|记者|主持|主持人)\s*[:：]|(?:chaired|moderated) by\s)\s*(.+)$/i.exec(half.trim());
      // "Interviewer: Sofia Lindqvist (Community Team)": the note on the name is no part of it; nor
      // is a title before it ("Canon Frances Lyle" is Frances Lyle, as her label "CANON LYLE:" says).
      let name = m ? m[1]!.trim().replace(/^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+/, '').replace(/(?<!\s)\s+\([^()]{1,40}\)$/, '') : undefined;
      while (name && wordCount(name) > 2 && TITLE_BEFORE_NAME().test(name.split(/\s+/)[0]!)) name = name.replace(/^\S+\s+/, '');
      // "Interviewer: Claire Adebayo, HR Business Partner": what the holder does, after the comma, is no
      // part of the name. (Only an interviewer's: a panel's or a press conference's moderator, named so
      // with a role, hands the floor to others and asks none of their questions.)
      if (name?.includes(', ') && /^interview/i.test(half.trim())) name = name.slice(0, name.indexOf(', '));
      if (name && ((wordCount(name) >= 2 && wordCount(name) <= 4 && isNameShaped(name)) || /^\p{Script=Han}{2,4}$/u.test(name))) holders.push(name);
    }
    const latin = holders.find((h) => /^\p{Script=Latin}/u.test(h)) ?? holders[0];
    if (!latin) continue;
    const held = { value: latin, from: `the cast line (line ${bodyLine + i})` };
    if (!/^\s*presenter\s*:/i.test(line)) return held;
    presenter ??= held;
  }
  return presenter;
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/** A day-precision date: "December 13, 2022", "21st November", "13 December 2022", "2022-12-13". */
const DAY_DATE = lazy(() => new RegExp(
  // "2023年11月22日": the Chinese and Japanese date (no \b after 日: \b knows only ASCII letters).
  String.raw`\b(?:${MONTH}\s+${ORDINAL}(?:,?\s+(?:19|20)\d{2})?|${ORDINAL}\s+(?:of\s+)?${MONTH}(?:,?\s+(?:19|20)\d{2})?|(?:19|20)\d{2}-\d{2}-\d{2})\b|(?<!\d)(?:19|20)\d{2}年\d{1,2}月\d{1,2}日`,
  'i',
));

const MONTH_YEAR = lazy(() => new RegExp(String.raw`\b${MONTH}\s+((?:19|20)\d{2})\b`, 'i'));
/** A quarterly's season and year, as its masthead dates an issue: "Issue 251, Winter 2024", "Vol. 12, No. 3 (Spring 2019)". */
const SEASON_YEAR = lazy(() => /\b(?:Spring|Summer|Autumn|Fall|Winter)\s+((?:19|20)\d{2})\b/);

/** The year of a short line whose point is a month and year, as a dateline's is a day ("Interview by Tom Reyes, March 2024"). */
export function monthYearOf(raw: string): number | null {
  const s = normalizeSpace(raw);
  if (!s || wordCount(s) > 12 || /[.!?]$/.test(s)) return null;
  const m = MONTH_YEAR().exec(s) ?? SEASON_YEAR().exec(s);
  // Its other words are few, or a byline's ("By Hollis Grant, The Craft Review, October 2018").
  if (!m || (wordCount(s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length)) > 4 && bylineName(s) === null)) return null;
  return Number(m[1]);
}

// A magazine's credit line naming where the piece appeared and the issue's month (or season) and year,
// "*Published in Horizon Science Monthly, June 2023*": the outlet's name runs past monthYearOf's four words.
const PUBLISHED_IN_ISSUE = lazy(() => new RegExp(String.raw`^(?:first\s+|originally\s+)?published\s+in\s+\p{Lu}[^,.!?:;]{0,60},\s*(?:${MONTH}|spring|summer|autumn|fall|winter)\s+((?:19|20)\d{2})$`, 'iu'));
/** The year of a credit line "Published in OUTLET, Month YYYY" (emphasis marks around it dropped); null otherwise. */
export function publishedInIssueYear(raw: string): number | null {
  const m = PUBLISHED_IN_ISSUE().exec(normalizeSpace(withoutEmphasis(raw)));
  return m ? Number(m[1]) : null;
}

/** A dateline's time of day after its date, in a field of its own, its zone after it: " - 06:00 CET", ", 16:41 Uhr", " · 7h30". */
const TRAILING_CLOCK = lazy(() => /(?:\s[-–—|·]|,)\s?\d{1,2}[:.h]\d{2}(?:\s(?:Uhr|h|[A-Z]{2,5}))?$/);
/**
 * A line whose point is when: a whole dateline ("Recorded July 18, 2024", "Bosphorus Weekly — 3 June
 * 2022") or a publication's month and year ("The Long Read, April 2023"). It dates the page and
 * heads no part of it.
 */
export function isWhenLine(raw: string): boolean {
  // Every such line has a digit and is short: most lines are neither.
  if (raw.length > 200 || (!/\d/.test(raw) && !EASTERN_DIGIT().test(raw))) return false;
  if (raw.length > 160) return isScriptedDateline(raw);
  // "Publié le 5 juin 2024 à 11h30", "Madrid - 14 de marzo de 2025": a short dateline in another language.
  // A long one is such a line when it is made of short fields, the first dated one a day
  // ("3. Mai 2023, 16:41 Uhr / Aktualisiert am 4. Mai 2023, 8:05 Uhr / 142 Kommentare").
  return datelineKind(raw) === 'whole' || monthYearOf(withoutEmphasis(raw)) !== null || (lineWordCount(raw.replace(TRAILING_CLOCK(), '')) <= 8 && foreignDay(raw) !== null) || publishedAndUpdated(raw) || isScriptedDateline(raw) || (lineWordCount(raw) > 12 && DATELINE_FIELD_SEPARATOR().test(raw) && fieldedForeignDay(normalizeSpace(raw)) !== null);
}

/**
 * A header line whose point is a date its words name the parts of ("کد خبر: … | سه‌شنبه ۲۲ آبان ۱۴۰۳ - ۱۴:۳۵",
 * "ដោយ៖ NAME | ថ្ងៃព្រហស្បតិ៍ … ត្រូវនឹងថ្ងៃទី២១ ខែវិច្ឆិកា ឆ្នាំ២០២៤ ម៉ោង ១០:៣០", the Burmese weekday, the
 * Myanmar era's date and the Gregorian one in brackets): longer than other datelines, as it gives two
 * calendars or a byline and an article number beside the date, but no sentence. Also a Burmese place
 * and day without the year ("ရန်ကုန်၊ နိုဝင်ဘာ ၁၂").
 */
function isScriptedDateline(raw: string): boolean {
  const s = normalizeSpace(raw);
  if (s.length > 200 || lineWordCount(s) > 16 || endsLikeSentence(s) || /[.։။។؟]/u.test(s.replace(/(?<=[\u1000-\u109f\u1780-\u17ff])\./gu, ''))) return false;
  const ascii = EASTERN_DIGIT().test(s) ? asciiDigits(s) : s;
  return scriptCalendarDay(ascii) !== null || BURMESE_PLACE_DAY().test(ascii);
}
/** "ရန်ကုန်၊ နိုဝင်ဘာ ၁၂": a place, Burmese's comma, a month and the day, nothing else. */
const BURMESE_PLACE_DAY = lazy(() => new RegExp(`^[\\u1000-\\u109f]+(?:\\s[\\u1000-\\u109f]+)?၊\\s*${BURMESE_MONTH}\\s*\\d{1,2}(?:\\s*ရက်)?$`, 'u'));

/**
 * "Publiceret 3. feb. 2024 kl. 06.12 Opdateret 3. feb. 2024 kl. 09.40": two datelines on one line,
 * when the page was published and updated. Its words without figures or month names are a few
 * (the verbs, "kl."), and another language's dateline reads its first date.
 */
function publishedAndUpdated(raw: string): boolean {
  const s = normalizeSpace(raw);
  if (wordCount(s) > 16 || (s.match(/(?:19|20)\d{2}/g)?.length ?? 0) < 2) return false;
  const words = s.split(' ').filter((w) => !/\d/.test(w) && !FOREIGN_MONTHS.has(w.replace(/[.,]$/, '').toLowerCase()));
  if (words.length > 4) return false;
  // the first date alone, as the line's first dateline
  const first = /^(.*?(?:19|20)\d{2})/.exec(s);
  return !!first && foreignDay(first[1]!) !== null;
}

/** A short line whose point is a date: "Aired December 13, 2022 - 16:00 ET", "Release date: Monday 21st November". */
export function isDateline(raw: string): boolean {
  // "Born  12 May 1991 (age 33)": the subject's birth, no dateline of the page (a name over it is no byline).
  if (isLifeDateLine(raw)) return false;
  return datelineKind(raw) !== null || (raw.includes(' / ') && bilingualDateline(raw));
}

/**
 * A bilingual page's dateline, each language's words parted by a slash: "Publicado / Published: 14 de
 * marzo de 2025 / March 14, 2025". Every part is a short key ("Publicado") or a dateline by itself,
 * and one part at least gives a date.
 */
function bilingualDateline(raw: string): boolean {
  const parts = normalizeSpace(raw).split(' / ');
  if (parts.length < 2 || parts.length > 4 || raw.length > 160) return false;
  const key = (p: string) => wordCount(p) <= 2 && !/\d/.test(p) && !/[.!?]$/.test(p);
  return parts.every((p) => key(p) || isWhenLine(p)) && parts.some((p) => datelineKind(p) === 'whole' || (lineWordCount(p) <= 8 && foreignDay(p) !== null));
}

// A dateline's credit after a dash or a bar: "Lisbon Fintech Week, 14 November 2024 — write-up by the
// events team", "12 May 2025 | report by Ana Silva": who wrote the page up says nothing of when.
// (A newsletter's "Tuesday, 3 December 2024 · By the Morning Brief team": the credit capitalised, the same.)
const CREDIT_TAIL = lazy(() => /\s+[—–|·]\s+(?:[\p{L}-]+\s+){0,2}[Bb]y\s+[^—–|·.!?]{2,50}$/u);
/**
 * 'whole': the date is the line's point, a few words around it at most
 * ("Aired", "Release date: Monday", "- 16:00 ET"); 'trailing': a title line
 * that ends with its date after a separator ("Focus group 3 — commuters,
 * Leeds, 12 March 2025"), still the document's title; null: no dateline.
 */
function datelineKind(raw: string): 'whole' | 'trailing' | null {
  const s = normalizeSpace(raw);
  const credit = s.includes(' by ') || s.includes(' By ') ? CREDIT_TAIL().exec(s) : null;
  if (credit && credit.index > 0) return datelineKind(s.slice(0, credit.index));
  // YouTube's row under a video ("48,213 views  Premiered Oct 14, 2025  #energy #norway"): the count of
  // views before the date and the hashtags after it say nothing of when; the date is the row's point.
  const views = s.includes('views') ? VIDEO_VIEWS().exec(s) : null;
  if (views) return datelineKind(s.slice(views[0].length).replace(HASHTAGS_AT_END(), '')) === 'whole' ? 'whole' : null;
  // "Released: 2024-02-27 · 58 min · Host: Laura Shin": a row of short fields, one of them the date.
  // "Published Feb. 14, 2024, 6:02 a.m. ET | Updated Feb. 14, 2024, 4:45 p.m. ET": a field may be a whole dateline itself.
  const fields = s.split(/\s+[·•|]\s+/);
  // "Second Serve with Ollie Dunmore · Mar 12, 2024 · 58 min": a podcast app's episode row, the show's
  // name (of any few words) before the date and the episode's length, is the same row.
  // A field's clock may end on "p.m." ("PUBLISHED: April 8, 2025 at 9:41 p.m. | UPDATED: …"): no sentence's stop.
  // "Ashgate United v Harwood Rovers · Saturday 22 March 2025 · KO 3pm": a programme's or a listing's
  // row, the fixture's or the event's name first, the day in a field between, is the same row.
  const podcastRow = fields.length >= 3 && wordCount(fields[0]!) <= 8 && (fields.slice(1).some((f) => EPISODE_LENGTH().test(f)) || fields.slice(1, -1).some((f) => datelineKind(f) === 'whole'));
  // "Interview 2 of 3 · 2 December 2026 · Panel: Jonah Whitcombe (COO), …": a field listing who takes
  // part is one field of the row, however many its names' words.
  const cast = fields.length >= 3 ? fields.map((f) => f.includes(':') && participantsListed(f) !== null) : null;
  const rowWords = cast ? wordCount(fields.filter((_, k) => !cast[k]).join(' ')) : wordCount(s);
  if (fields.length >= 2 && fields.length <= 5 && rowWords <= 16 && fields.every((f, k) => cast?.[k] || ((wordCount(f) <= 4 || (k === 0 && podcastRow) || PAGE_META_FIELD().test(f) || datelineKind(f) === 'whole') && !/[.!?]$/.test(f.replace(/\b[ap]\.m\.$/i, '')))) && fields.some((f) => datelineKind(f) === 'whole'))
    return 'whole';
  // "Held at the Company's offices, Strandkaien 12, Bergen, on 14 May 2024 at 10:00 CET", "Posted 22
  // September 2025 by the Summit editorial team": a line opening with the verb of what happened that
  // day says where and by whom as well, in more words than a dateline's, but no sentence.
  // So does "Minutes of the Ordinary Meeting held on Tuesday 9 July 2024 at 7.00pm", "Notes of a
  // meeting of the board held at Unit 4 on 3 May 2023": the record's name, then the meeting it records, held that day.
  const opensOnTheDay = () => OPENING_DAY_VERB().test(s) || (/\bheld\b|\bconvened\b/i.test(s) && MEETING_RECORD_HELD().test(s));
  if (wordCount(s) <= 24 && opensOnTheDay() && DAY_DATE().test(s) && !/[.!?]$/.test(s.replace(/\b[ap]\.m\.$/i, '')) && !/[.!?]\s/.test(s)) return 'whole';
  // "Recorded 2 February 2024.": a full stop after the date ends no sentence.
  if (!s || wordCount(s) > 12 || /[.!?]$/.test(s.replace(/\b(?:a\.m|p\.m|ET|GMT|UTC)\.?$|(?<=\d)\.$/i, ''))) return null;
  // Chinese and Japanese words are not counted by spaces: a full stop (。) or many characters make a sentence.
  if (s.includes('。') || (s.match(/\p{sc=Han}|\p{sc=Hira}|\p{sc=Kana}/gu)?.length ?? 0) > 16) return null;
  const date = DAY_DATE().exec(s);
  if (!date) return null;
  const before = s.slice(0, date.index);
  const after = s.slice(date.index + date[0].length).trim();
  const separated = !after && /(?:[,—–|·•]|\s-)\s*$/.test(before);
  // "CAPITAL MARKETS HOUR — transcript, 4 April 2024": a name of three words or more before the
  // separated date is a title that ends with its date, however few its words.
  // A clock and the verb of the day before the date ("Published: 09:42 BST, 4 August 2022") are no
  // words of such a name: the line is the dateline, read with the header's other dates.
  const named = before.replace(DATELINE_VERB(), '$1').replace(DATELINE_CLOCK(), ' ').replace(/[\s,:;|—–-]+/g, ' ').trim();
  if (separated && wordCount(named) >= 3 && /\p{Lu}/u.test(named)) return 'trailing';
  // ("Published: 7:15 p.m. EST, March 9, 2021": only those before the date, however many their words.)
  if (wordCount(before + ' ' + after) <= 4 || (separated && !named)) return 'whole';
  // The clock and the length beside the date ("Tue, Mar 8, 2022 10:02AM • 18:47", "12 November 2022
  // 22:00-22:45") and the verb that says what happened that day ("debated on", "Recorded") are no
  // words of a title.
  if (!separated && wordCount(`${before.replace(DATELINE_VERB(), '$1')} ${after}`.replace(DATELINE_CLOCK(), ' ')) <= 4) return 'whole';
  // "Show transcript: Tuesday, October 8, 2024, hour two": a field's key, the weekday, the date and
  // a short qualifier after a comma say when, as a dateline does.
  if (!separated && KEYED_WEEKDAY().test(before) && /^(?:,\s*[\p{L}\d][\p{L}\d ]{0,30})?$/u.test(after) && wordCount(after) <= 3) return 'whole';
  // "Transcript, Tuesday 5 March 2024, 11:00, Service Headquarters, Cobden Street": a word naming the
  // record, the date, its clock and the venue in comma fields of capitalised words say when and where.
  if (!separated && /^(?:\p{Lu}\p{L}*,\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$/iu.test(before) && venueFields(after)) return 'whole';
  return separated ? 'trailing' : null;
}
/** A place's name in capitalised words, a street's number before it perhaps: "Service Headquarters", "12 Cobden Street". */
const VENUE_FIELD = lazy(() => /^(?:\d{1,4}\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|the|and|on|\p{Lu}[\p{L}'’.-]*)){0,4}$/u);
/**
 * After a dateline's date: its clock, then one to three venue fields, each after a comma. (The clock
 * is asked for: a date and a venue alone may sit under a title that asks, read with it otherwise.)
 */
function venueFields(after: string): boolean {
  if (!/^,\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*,/i.test(after)) return false;
  const fields = after.replace(DATELINE_CLOCK(), ' ').split(',').map((f) => f.trim());
  if (fields.shift() !== '') return false;
  const named = fields.filter((f) => f);
  return named.length >= 1 && named.length <= 3 && named.every((f) => VENUE_FIELD().test(f));
}
/** The verb of a minutes' or a post's dateline, opening its line (after emphasis marks): "Held at …", "held on …", "Posted …". */
// "Created by NAME, last modified by NAME on DATE": a wiki page's line of who made it and when.
// ("Posted Tue 18 Mar 2025 at 5:12am, updated …": the weekday may come before the day.)
const OPENING_DAY_VERB = lazy(() => /^[*_]*(?:(?:held|posted)\s+(?:at|on|in|to|by|\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+\d)|(?:created|last\s+(?:modified|updated|edited))\s+by\s)/i);
/** A meeting's record naming the meeting and its verb: "Minutes of the … Meeting held on", "Notes of a meeting convened at". */
const MEETING_RECORD_HELD = lazy(() => /^[*_#\s]*(?:(?:draft|approved|unconfirmed|confirmed|signed)\s+)?(?:minutes|notes|record|summary)\s+of\s+(?:the\s+|an?\s+)?[^!?:;]{0,120}?\b(?:held|convened)\s+(?:on|at|in|by|via|remotely|virtually|online)\b/i);
/** A video's count of views opening its row: "48,213 views ", "1.2M views ". */
const VIDEO_VIEWS = lazy(() => /^[\d.,]+\s*[KMB]?\s+views\s+/i);
/** Hashtags closing a video's row: " #energy #norway". */
const HASHTAGS_AT_END = lazy(() => /(?:\s+#[\p{L}\p{N}_]+)+$/u);
/**
 * A post's row of page facts beside its date, in more words than a field's four: "Reading time 12
 * minutes", "Translated from the Chinese original", "Adapted from a speech in Lagos".
 */
const PAGE_META_FIELD = lazy(() => /^(?:reading time:?\s*\d{1,3}\s*(?:min|mins|minutes?)|(?:translated|adapted|excerpted|condensed)\s+from\s+[^|·•]{2,40})$/iu);
/** An episode's length as a field of its row: "58 min", "1 hr 12 min", "1h 5m", "45 MINUTES". */
const EPISODE_LENGTH = lazy(() => /^(?:\d{1,2}\s*(?:h|hr|hrs|hours?)\.?\s*)?\d{1,3}\s*(?:m|min|mins|minutes?)\.?$|^\d{1,2}\s*(?:h|hr|hrs|hours?)\.?$/i);
/** A field's key, then perhaps the weekday, right before a dateline's date: "Show transcript: Tuesday, ". */
const KEYED_WEEKDAY = lazy(() => /^[^:,]{1,40}:\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$/i);
const DATELINE_CLOCK =
  lazy(() => /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[-–]\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?(?:\s*(?:ET|EST|EDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST)\b)?|[•·]/gi);
/** The verb opening a dateline, or its value after a key ("Volume 836: debated on"); not one after a title's words ("Deposition of …, taken"). */
const DATELINE_VERB = lazy(() => /^((?:[^:,]{0,40}:\s*)?)(?:debated|recorded|taken|filmed|taped|broadcast|aired|published|posted|updated|held|dated|exported|started)(?:\s+(?:on|in|at))?\b/i);

const YEAR_DATE = String.raw`(?:${MONTH}\s+${ORDINAL},?\s+(?:19|20)\d{2}|${ORDINAL}\s+(?:of\s+)?${MONTH},?\s+(?:19|20)\d{2})`;
/**
 * A news or press-release dateline opening the first paragraph: the place in
 * capitals (a region after it), the date, a wire's name, then a dash:
 * "CARROW VALLEY, Ore. (Nov. 3, 2022) —", "AUSTIN, Texas, Nov. 7, 2024
 * /PRNewswire/ --", "BOSTON and ZURICH, Oct. 15, 2024 (GLOBE NEWSWIRE) --",
 * "**MILWAUKEE, WI — September 12, 2023** —".
 */
// Each word of the place is one run of letters (never "two or more, then any more": with the
// flag below that let a long line of words split in exponentially many ways). "BOSTON and ZURICH"
// needs no "and" of its own: under the "i" flag "and" is a word of the place like any other (an
// optional "and " before each word let a line of "and and and …" split in exponentially many ways).
const DATELINE_PLACE = String.raw`[*_]*\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}){0,2}`;
const WHOLE_DATELINE_PLACE = lazy(() => new RegExp(String.raw`^${DATELINE_PLACE}$`, 'u'));
/**
 * Words that are only a news story's dateline place, in capitals, its state or country after a comma:
 * "MOBILE, Ala.", "NEW YORK, N.Y.", "ST. PAUL, Minn." (what stands before the dash of "MOBILE, Ala. — Walter
 * Harlan, the boatbuilder who …, died on …": the lede's opening, not a quotation signed by the name after it).
 */
export function isDatelinePlace(text: string): boolean {
  const t = text.trim();
  return t.length <= 60 && /^\p{Lu}{2}/u.test(t) && t.includes(',') && WHOLE_DATELINE_PLACE().test(t);
}
const LEAD_DATELINE = lazy(() => new RegExp(
  String.raw`^${DATELINE_PLACE}(?:\s*\(|,\s*|\s+[—–-]\s+)(${YEAR_DATE})\)?[*_]*\s*(?:\/[^/]{2,30}\/|\(\p{Lu}[\p{Lu} ]{2,30}\))?\s*(?:—|–|--|-)\s`,
  'iu',
));
/**
 * Business Wire's dateline: the wire's name in brackets between double dashes, before the date,
 * the first sentence right after the date's dashes: "AUSTIN, Texas--(BUSINESS WIRE)--June 10, 2025--LumenPath …".
 */
const WIRE_FIRST_DATELINE = lazy(() => new RegExp(
  String.raw`^${DATELINE_PLACE}\s*--\s*\(\p{Lu}[\p{Lu} ]{2,30}\)\s*--\s*(${YEAR_DATE})\s*--`,
  'iu',
));

// A press release's place and day may end on a spaced dash instead, "Edinburgh, 22 October 2024 — New …"
// (often in bold), as a wire's dateline in capitals does.
const PLACE_DAY_SENTENCE = lazy(() => /^\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2},\s+((?:\d{1,2}\s+\p{Lu}\p{Ll}{2,8}|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?)\s+(?:19|20)\d{2})(?:\.|\s+(?:—|–|--?))\s+\p{Lu}/u);

/** A span of emphasis opening a line, its marks dropped by "$2": "*Lisbon, 6 October 2023.* …", "**Oslo, 2 May 2021.** …". */
const LEADING_EMPHASIS_SPAN = lazy(() => /^([*_]{1,2})(?=\S)([^*_\n]{1,80}?)\1(?=\s)/);

/** The date of the dateline opening the first paragraph ("CARROW VALLEY, Ore. (Nov. 3, 2022) —"), with its line index; null without one. */
export function leadDateline(raw: readonly string[]): { text: string; idx: number } | null {
  const lines = withoutLineNumbers([...raw]);
  for (let i = 0; i < lines.length && i < 40; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const m = LEAD_DATELINE().exec(line.trim()) ?? (line.includes('--(') ? WIRE_FIRST_DATELINE().exec(line.trim()) : null);
    // The place is in capitals: the flag that lets the month be "Nov." or "NOV." must not let "Austin" pass.
    if (m && /^[*_]*\p{Lu}{2}/u.test(line.trim())) return { text: m[1]!, idx: i };
    // "Lisbon, 3 April 2024. Ines Duarte founded …": a magazine's place and day, a sentence of
    // their own opening the first paragraph.
    // (set in italics or bold too: "*Lisbon, 6 October 2023.* Ines Carvalho founded …")
    const placed = PLACE_DAY_SENTENCE().exec(line.trim()) ?? (/^[*_]/.test(line.trim()) ? PLACE_DAY_SENTENCE().exec(line.trim().replace(LEADING_EMPHASIS_SPAN(), '$2')) : null);
    if (placed) return { text: placed[1]!, idx: i };
    if (isContentLine(line) && !isTopHeading(lines, i) && !subheadUnderTitle(lines, i)) return null;
  }
  return null;
}

/**
 * A press release's or feature's subhead: the second line of the page, a paragraph of its own under
 * the title, closing on no full stop ("Funding led by … will add 600 MWh by 2027; … joins board").
 * The dateline opens the paragraph below it.
 */
function subheadUnderTitle(lines: readonly string[], i: number): boolean {
  const line = normalizeSpace(withoutEmphasis(lines[i]!));
  // One clause in sentence case, no quotation: not a headline in title case under a kicker, not a
  // note of sentences, not a paragraph of quoted speech. Its end is read past closing marks of any
  // kind („…“, «…», (…)), and the stops of other scripts end it as "." does.
  // (The closing marks taken off from their run's first mark only, and a sentence's end found run by
  // run of non-letters: "[…]+$" and "[.!?]\P{L}*\s+\p{Lu}" were tried from each mark of a long run, quadratic.)
  if (/^\p{Pi}|^\p{Ps}|^["'„«]/u.test(line) || /[.!?:;,…۔።፧؟։။។៕।॥]$/u.test(line.replace(/(?<![\p{Pf}\p{Pi}\p{Pe}"'»])[\p{Pf}\p{Pi}\p{Pe}"'»]+$/u, ''))) return false;
  if (wordCount(line) > 40 || endsSentenceBeforeCapital(line) || isHeadingLike(line)) return false;
  // ("FOR IMMEDIATE RELEASE" over the title is the release's furniture, no line of the page's head)
  const above = lines.slice(0, i).filter((l) => l.trim() && !RELEASE_NOTICE().test(l));
  return above.length === 1 && !lines[i - 1]!.trim() && !lines[i + 1]?.trim() && !isContentLine(above[0]!);
}

/** A press release's notice over its title: "FOR IMMEDIATE RELEASE", "PRESS RELEASE", "Embargoed until 9 April 2024, 00:01 BST". */
const RELEASE_NOTICE = lazy(() => /^\s*[*_]{0,2}(?:for immediate release|(?:press|news|media) release|media advisory|embargoed\b[^.!?]{0,60})[*_]{0,2}\s*:?\s*$/i);

/** A Markdown heading's marks before its words (a deck set as "## …" under the title is a claim without them). */
const ATX_MARKS = lazy(() => /^\s{0,3}#{1,6}\s+/);
/** A Markdown heading of a section (two to six marks): "## Background". */
const MARKDOWN_SECTION_HEADING = lazy(() => /^\s{0,3}#{2,6}\s+\S/);

/** A stop, then a space and a capital with no letter between: "… 600 MWh. Former …", "… board? (The …". */
function endsSentenceBeforeCapital(line: string): boolean {
  for (const run of line.matchAll(/(?<!\P{L})\P{L}+/gu)) {
    const after = line.codePointAt(run.index! + run[0].length);
    if (after === undefined || !/\p{Lu}/u.test(String.fromCodePoint(after))) continue;
    const stop = run[0].search(/[.!?]/);
    if (stop >= 0 && /\s/.test(run[0].slice(stop + 1))) return true;
  }
  return false;
}

/** A header line that says when the document was made: "Published in …, Spring 2019", "Trint transcript exported 12/09/2022". */
// "Transmission: 21 November 2024, BBC Four": a broadcast script's transmission date.
const WHEN_VERB = lazy(() => /\b(?:published|conducted|recorded|filmed|taped|broadcast|aired|transmitted|transmission|posted|updated|dated|exported|transcribed|interviewed|written|compiled)\b/i);
/** A credit line opening on its verb: "Recorded at …", "Delivered by …" (a eulogy's, a speech's), "Conducted by …". */
const WHEN_OPENING = lazy(() => /^(?:delivered|recorded|conducted|filmed|taped|transcribed|interviewed|compiled)\s+(?:by|at|in|on)\b/i);
/** A year standing as a word or closing a numeric date ("12/09/2022"), never inside a longer number. */
const HEADER_YEAR = lazy(() => /(?<!\d|\d[.,])((?:19|20)\d{2})(?!\d|[.,]\d)/g);
/** A paragraph wholly in italics: a standfirst. */
const STANDFIRST = lazy(() => /^\s*([*_])(?![*_\s])[^*_]+\1\s*$/);
/** Words of a credit: who interviewed, reported, translated or recorded. */
const CREDIT_WORD = lazy(() => /\b(?:[Ii]nterview(?:ed)?\s+by|[Rr]eported\s+by|[Tt]ranslated|[Rr]ecorded|[Cc]onducted)\b/);
/** A day closing a line after its last comma: ", 9 September 2022.", ", September 9, 2022". */
const CREDIT_CLOSING_DAY = lazy(() => new RegExp(String.raw`,\s*(\d{1,2}\s+${MONTH}\s+\d{4}|${MONTH}\s+\d{1,2},\s+\d{4})\.?\s*$`, 'i'));
/** A day date standing as a field of its own in a line of fields: "Venue, 7 November 2023, Room", "Main Stage | May 3, 2024". */
function dayAsField(line: string): boolean {
  const m = DAY_DATE().exec(line);
  if (!m) return false;
  const before = line.slice(0, m.index).trimEnd();
  const after = line.slice(m.index + m[0].length).trimStart();
  // The day's name may stand before its date in the same field ("Sunday 9 February 2025 — Fourth
  // Sunday before Lent", "Tuesday, 4 March 2025 | Parish Hall"): a service's or a meeting's day line.
  const field = before.replace(DAY_NAME_ENDING(), '').trimEnd();
  return (field === '' || /[,|·•—–]$/.test(field)) && (after === '' || /^[,|·•—–]/.test(after)) && (before !== '' || after !== '');
}

/** A day's name ending the words before a date, a comma after it or not: "Sunday", "… | Tuesday,". */
const DAY_NAME_ENDING = lazy(() => /(?:^|(?<=[,|·•—–]\s))(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?$/);

/** How many lines from the top the title and the lines under it may take. */
const TOP_LINES = 6;

/**
 * The year the top of a document gives without a day: a line under the title that says when the
 * document was made ("Published in Anatolian Crafts Quarterly, Spring 2019", "Conducted by …, June
 * 3, 1979, Gastonia", "exported 12/09/2022"), the topmost such line first, else the title itself
 * ("… (March 2024)", "(2021 edition)", "BINANCE 2019 YEAR IN REVIEW", "Keynote, Dubai 2025").
 * Only the title's block and the short lines right under it are read (no sentence of the text), and a
 * line naming two different years ("2019-2020") gives none.
 */
export function topYear(raw: readonly string[]): { year: number; idx: number; when: boolean } | null {
  let title: { year: number; idx: number; when: boolean } | null = null;
  let seen = 0;
  /** no blank line yet under the first line */
  let inTitleBlock = true;
  // WebVTT's own header block ("WEBVTT", "Kind: captions", "Language: en") and a NOTE block's
  // keyword are the file format's, not the document's: a recording note under them is its first line.
  let start = 0;
  if (/^WEBVTT\b/.test(raw[0] ?? '')) {
    while (start < raw.length && raw[start]!.trim()) start++;
    // So are its STYLE and REGION blocks ("STYLE" / "::cue { color: #fff; }"): a stylesheet's lines
    // would use up the lines read before the NOTE saying when the talk was recorded.
    for (;;) {
      let k = start;
      while (k < raw.length && !raw[k]!.trim()) k++;
      if (k >= raw.length || !/^(?:STYLE|REGION)[ \t]*$/.test(raw[k]!)) break;
      while (k < raw.length && raw[k]!.trim()) k++;
      start = k;
    }
  }
  for (let i = start; i < raw.length && seen < TOP_LINES; i++) {
    const written = normalizeSpace(withoutEmphasis(withoutLifeDates(raw[i]!).replace(ATX_MARKS(), '').replace(/^NOTE(?:\s+|$)/, '')));
    const line = EASTERN_DIGIT().test(written) ? asciiDigits(written) : written;
    if (!line) {
      if (seen > 0) inTitleBlock = false;
      continue;
    }
    seen++;
    // The text begins: a long line, a sentence wrapped onto the next line, a caption's timing, or
    // a speaker's label under the title opening the talk.
    if (wordCount(line) > 16 || line.includes('-->') || /^\s*(?!by\s)\p{Ll}/u.test(raw[i + 1] ?? '')) break;
    // Not a field whose key says when ("Transmission: 21 November 2024, BBC Four"): the header's date.
    if (seen > 1 && /^\[?\p{Lu}[\p{L}.' -]{0,40}\]?:\s/u.test(line) && !WHEN_VERB().test(line.slice(0, line.indexOf(':')))) break;
    if (!line.includes('19') && !line.includes('20')) continue;
    const years = new Set([...line.matchAll(HEADER_YEAR())].map((m) => Number(m[1])));
    if (years.size !== 1) continue;
    const year = [...years][0]!;
    if (WHEN_VERB().test(line) && wordCount(line) <= 12) return { year, idx: i, when: true };
    // A credit under the title opening on its verb may run longer, naming the place and who gave or
    // took the words ("Delivered by her son, NAME, at PLACE, 14 October 2023", "Recorded at …, by …").
    if (seen > 1 && WHEN_OPENING().test(line) && wordCount(line) <= 16 && !/[.!?]["”’)]?$/.test(line)) return { year, idx: i, when: true };
    // "Lisbon Climate Finance Forum, 7 November 2023, Main Stage": an event's line under the title,
    // its fields parted by commas or bars, one of them the day it was held.
    // Only in the title's own block: lower down, a place and a day under a name sign a letter.
    if (seen > 1 && inTitleBlock && wordCount(line) <= 12 && !/[.!?]["”’)]?$/.test(line) && dayAsField(line)) return { year, idx: i, when: true };
    // A first line that is a sentence ("The bakery opened in March 2019.") is text, no title.
    if (seen === 1 && !/[.!?]["”’)]?$/.test(line)) title = { year, idx: i, when: false };
  }
  return title;
}

/** A day written out with its year: "14 February 1940", "March 3, 1931", "Sunday 3rd May 1936". */
const DAY_WRITTEN = String.raw`(?:\p{L}+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}`;
/** Two days and a dash between them alone on a line, in brackets or not: "14 February 1940 – 3 November 2025", "(b. March 3, 1931 – d. June 9, 2023)". */
const LIFE_SPAN = lazy(() => new RegExp(String.raw`^\s*[*_]{0,2}[(\[]?\s*(?:b\.\s*)?${DAY_WRITTEN}\s*[–—-]{1,2}\s*(?:d\.\s*)?${DAY_WRITTEN}\s*[)\]]?[*_]{0,2}\s*$`, 'u'));
/**
 * The header's datelines (above the first paragraph), with their body line
 * index, and every year the header mentions: what the loader reads a
 * document's date from when front matter gives none.
 */
export function headerDatelines(raw: readonly string[]): {
  datelines: { text: string; idx: number }[];
  years: number[];
  /** the year of a short header line whose point is a month and year ("*Interview by Tom Reyes, March 2024*") */
  monthYear: { year: number; idx: number } | null;
} {
  const lines = withoutLineNumbers([...raw]);
  const header: { text: string; idx: number }[] = [];
  let inFacts = false;
  let nonBlank = 0;
  let headlineSentencePassed = false;
  for (let i = 0; i < lines.length && header.length < 15; i++) {
    const line = lines[i]!;
    // An infobox's lines are facts about its subject ("Born<TAB>…" / "14 April 1948"), not when the page was written.
    inFacts = !!line.trim() && (inFacts || TAB_FACT().test(line));
    // "Transcribed by Sonix.ai on 2024-02-14": the tool's line is no title or byline, but its date dates the transcript.
    if (!line.trim() || (isCaptionScaffolding(line) && !(isBoilerplate(line) && isDateline(line)))) continue;
    // A court caption's box rows with nothing but the box's ")" ("                )"), and the page's
    // number over it ("Page 1"), say nothing: they do not use up the header's lines before the
    // deposition's date under the caption ("Tuesday, February 11, 2020").
    if (EMPTY_BOX_ROW().test(line) || isPageHeader(line)) continue;
    nonBlank++;
    // "CFTC Charges … with Evading U.S. Law", "How do I import a … CSV? #412", "ARCP earnings call for
    // the period ending September 30, 2025.": a headline that reads as a sentence (an abbreviation's
    // point, a question) as the first or second line, short lines under it, is the title still, and
    // the header's dateline may stand below it. One such line only: a second is the text.
    // A press release's subhead under its headline runs longer ("Funding led by … will add 600 MWh
    // by 2027; former … executive joins board": 21 words and more) but closes on no full stop.
    if (isContentLine(line) && !isTopHeading(lines, i) && !headlineSentencePassed && nonBlank <= 2 && wordCount(normalizeSpace(line)) <= (/[.!?]["”’)]?$/.test(line.trim()) ? 20 : 40) && !STANDFIRST().test(line)) {
      const next = lines.findIndex((l, j) => j > i && !!l.trim());
      // A line closed by a full stop passes only with the dateline right under it: under a letter's
      // salutation its first sentence ends so, and the text runs on below it.
      if (next > 0 && !isContentLine(lines[next]!) && (!/[.!]["”’)]?$/.test(line.trim()) || isDateline(lines[next]!))) {
        headlineSentencePassed = true;
        continue;
      }
    }
    // A credit that closes on the day it was made, in italics or not ("*Translated from the Mandarin.
    // Interview by Daniel Park, Shanghai, 9 September 2022.*", "Reported by Anna Berg, Gloucester,
    // March 3, 2019."): the header's, its closing day a dateline, though it reads as a sentence.
    const credited = line.length <= 240 && CREDIT_WORD().test(line) ? CREDIT_CLOSING_DAY().exec(line.trim().replace(/^[*_]{1,2}|[*_]{1,2}$/g, '')) : null;
    if (credited) {
      header.push({ text: credited[1]!, idx: i });
      continue;
    }
    // "Maj. Gen. Andrea K. Whitfield, Director of Operations, U.S. Southern Command": a briefer's or a
    // speaker's credit under the title, a name and its offices, reads as content by its initials'
    // stops, but ends on none of its own: the dateline may stand below it.
    if (NAME_AND_OFFICE_LINE().test(line.trim()) && wordCount(line) <= 16) continue;
    // "Title: Building the Kelpie Bay harbour diorama — part 6 (water pour!)": a field giving the
    // title is the header's, whatever stop its title ends on; the "Streamed:" date below it still counts.
    if (TITLE_KEY().test(line) && line.length <= 200) continue;
    if (isContentLine(line) && !isTopHeading(lines, i)) {
      // A standfirst wholly in italics, then the date it was published on a line of its own
      // ("*Published 21 March 2025*"): the header's dateline still.
      if (STANDFIRST().test(line)) {
        let k = lines.findIndex((l, j) => j > i && !!l.trim());
        if (k > 0 && WHEN_VERB().test(lines[k]!) && datelineKind(withoutEmphasis(lines[k]!)) === 'whole') header.push({ text: normalizeSpace(withoutEmphasis(lines[k]!)), idx: k });
        // Or the byline under it, then the paper's name and the day in italics ("**By Callum Fairweather**" /
        // "*The Beacon, Thornbury's student newspaper — 18 January 2024*"): a student paper's or a
        // magazine's credit block, its last line the dateline.
        else if (k > 0 && bylineName(withoutEmphasis(lines[k]!)) !== null) {
          k = lines.findIndex((l, j) => j > k && !!l.trim());
          if (k > 0 && STANDFIRST().test(lines[k]!) && datelineKind(withoutEmphasis(lines[k]!)) !== null) header.push({ text: normalizeSpace(withoutEmphasis(lines[k]!)), idx: k });
        }
      }
      break;
    }
    if (inFacts || LIFE_DATE_FIELD().test(line)) continue;
    // "Date: 9 October 2024    Duration: 88 min    Moderator: …": a form's fields set side by side
    // by wide spaces are read one by one, so the date field is a dateline of its own.
    const fields = line.includes(':') ? (sideBySideFields(line) ?? pipedFields(line)) : null;
    // A life date set beside another field ("Person interviewed: NAME      DOB: 14/02/1996", a
    // police or clinic form) is the person's, never the document's, as it is alone on its line.
    if (fields) for (const f of fields) { if (!LIFE_DATE_FIELD().test(f)) header.push({ text: normalizeSpace(f), idx: i }); }
    // ("*From The Saltmarsh Letter, issue 88, 4 June 2025*": a line set in italics is read without its marks.)
    // A life's span under the name of the one remembered ("14 February 1940 – 3 November 2025" on a
    // memorial page or a condolence book) is when they lived, never when the page was made.
    else if (!LIFE_SPAN().test(line)) header.push({ text: normalizeSpace(/^\s*[*_]{1,2}\S.*\S[*_]{1,2}\s*$/.test(line) ? withoutEmphasisEnds(line.trim()) : line), idx: i });
  }
  const firstCue = lines.findIndex((l) => CUE_TIMING_LINE().test(l));
  return {
    datelines: header.filter((h) => isDateline(h.text) || foreignDay(h.text) !== null),
    // A cable's declassification date ("E.O. 13526: DECL: 10/16/2028") lies years ahead: no year of the document's.
    years: header.filter(({ text }) => !text.includes('DECL:')).flatMap(({ text }) => [...text.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]))),
    // A caption file's cue text is the talk, never its header: "took office in January 2024" in a
    // cue is no month the file was made in (a NOTE block above the first cue can say so).
    monthYear: header.filter(({ idx }) => firstCue < 0 || idx < firstCue).map(({ text, idx }) => ({ year: monthYearOf(withoutEmphasis(text)), idx })).find((h) => h.year !== null) as { year: number; idx: number } | undefined ?? null,
  };
}

/** A header's title field: "Title: …", "Episode title: …", "Stream title: …". */
const TITLE_KEY = lazy(() => /^\s*(?:(?:meeting|call|episode|video|stream|talk|session)\s+)?title\s*:\s+\S/i);
/**
 * A name with its ranks or titles (a middle initial perhaps), then its offices after a comma, ending on no
 * stop of a sentence: "Maj. Gen. Andrea K. Whitfield, Director of Operations, U.S. Southern Command".
 * No figure in it: "Great Hall, Wexbridge, 14 March 2023" is the dateline itself.
 */
const NAME_AND_OFFICE_LINE = lazy(() => /^(?:(?:Lt|Col|Gen|Maj|Brig|Capt|Sgt|Adm|Cmdr|Dr|Hon|Rear|Vice)\.?\s+){0,2}\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'’-]+,\s+\p{Lu}[^.!?\d]*?(?:\p{Lu}\.){0,2}[^.!?\d]*[\p{L})]$/u);
/** A caption cue's timing line: "00:00:03.480 --> 00:00:06.920 align:start", "00:00:03,200 --> 00:00:06,900". */
const CUE_TIMING_LINE = lazy(() => /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s+-->\s/);

/**
 * A form's line without the life dates set beside its other fields: "Person interviewed: NAME
 * DOB: 14/02/1996" (fields parted by wide spaces) is "Person interviewed: NAME". A birth date
 * is the person's, never the day the document records.
 */
function withoutLifeDates(line: string): string {
  if (!line.includes(':') || line.length > 300) return line;
  const fields = sideBySideFields(line);
  return fields ? fields.filter((f) => !LIFE_DATE_FIELD().test(f)).join('   ') : line;
}

/** A line of two or more `Key: value` fields set apart by three spaces or more (or tabs): the fields; else null. */
function sideBySideFields(line: string): string[] | null {
  const parts = line.trim().split(/\s{3,}|\t+/);
  return parts.length >= 2 && parts.every((p) => /^[\p{L}][\p{L}'’ ().-]{0,30}:\s+\S/u.test(p)) ? parts : null;
}

/** A date field opening on its key, maybe after an emoji: "🗓 Date: 3 February 2026", "Date: 3 Feb 2026". */
const DATE_FIELD = lazy(() => /^[^\p{L}\p{N}]{0,4}(?:Date|Day|When)\s*:\s*\S/iu);
/**
 * An AMA recap's info strip, its fields set apart by bars ("🗓 Date: 3 February 2026 | ⏰ 14:00 UTC |
 * 📍 AfriCrypto Hub Telegram (27,400 members)"): read field by field when one is the date, so the
 * place's figures beside it do not hide the date. Else null.
 */
function pipedFields(line: string): string[] | null {
  if (!line.includes(' | ')) return null;
  const parts = line.trim().split(' | ').map((p) => p.trim());
  return parts.length >= 2 && parts.some((p) => DATE_FIELD().test(p)) ? parts : null;
}

/** A party's role in a court filing, capitalised as the filing's defined term: "Defendant", "Plaintiff". */
const PARTY_ROLE = String.raw`(Defendant|Plaintiff|Petitioner|Respondent|Debtor|Movant|Appellant|Appellee|Claimant)`;
/** A person's name as a caption or an appositive writes it: "DARIUS OKAFOR", "Margaret J. Oyelaran". */
const PARTY_NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`;
/** "the Defendant, DARIUS OKAFOR, and his attorney": the role, then the name set off by commas. */
const PARTY_APPOSITIVE = lazy(() => new RegExp(String.raw`(?<![\p{L}])(?:the\s+)?${PARTY_ROLE},\s+${PARTY_NAME},`, 'gu'));
/** A caption's party row ("DARIUS OKAFOR,          )") and, a few rows under it, its role ("Defendant.      )"). */
const CAPTION_PARTY_ROW = lazy(() => new RegExp(String.raw`^\s*${PARTY_NAME},\s+\)`, 'u'));
const CAPTION_ROLE_ROW = lazy(() => new RegExp(String.raw`^\s*${PARTY_ROLE}s?[.,]\s+\)`, 'u'));

/**
 * A court filing's defined party terms: the role it capitalises ("Defendant wrote to a
 * co-conspirator, …", "Defendant acknowledged, …") names the one person its caption sets over that
 * role ("DARIUS OKAFOR, )" / "Defendant. )") or its opening names after it ("the Defendant, DARIUS
 * OKAFOR, and his attorney"). Term → the name, in title case; a role two names share is left out.
 */
export function definedPartyTerms(lines: readonly string[]): Map<string, string> {
  const found = new Map<string, Set<string>>();
  const note = (role: string, name: string) => {
    if (name.split(/\s+/).some((w) => /^(?:United|States|America|State|People|Commonwealth|Inc|LLC|Corp|Company)\b/i.test(w))) return;
    const set = found.get(role) ?? new Set<string>();
    set.add(displayName(name));
    found.set(role, set);
  };
  for (let i = 0; i < lines.length && i < 400; i++) {
    const line = lines[i]!;
    if (line.length > 400) continue;
    const row = line.includes(')') ? CAPTION_PARTY_ROW().exec(line) : null;
    if (row) {
      for (let k = i + 1; k < lines.length && k <= i + 4; k++) {
        const role = CAPTION_ROLE_ROW().exec(lines[k]!);
        if (role) {
          note(role[1]!, row[1]!);
          break;
        }
      }
    }
    if (line.includes(',')) for (const m of line.matchAll(PARTY_APPOSITIVE())) note(m[1]!, m[2]!);
  }
  const out = new Map<string, string>();
  for (const [role, names] of found) if (names.size === 1) out.set(role, [...names][0]!);
  return out;
}

/**
 * An AMA's title introduces its poster ("I'm Marguerite Olawale, operations director at …. AMA!",
 * "Hi Reddit, I am Ana Ruiz - ask me anything") and the page says who posted it ("Posted
 * by u/TidewaterMarguerite", "submitted 3 years ago by TidewaterMarguerite", or a comment header's
 * "u/TidewaterMarguerite (OP)"): that handle is the person the title names, so the answers under it
 * are theirs by name. Only a title (or the thread's first line) that says AMA or "ask me anything",
 * only one person introduced (there, or opening the post under it: Hacker News's "I'm Maya Lindqvist.
 * I built …" under "412 points by kestrel_dev"), and the handle from the first 40 lines or a header
 * marked OP. Returns the name and the handle.
 */
export function amaPoster(title: string | null, body: string): { name: string; handle: string } | null {
  const head = body.slice(0, 6000);
  // The thread's own first line may say AMA where the title was read from elsewhere (a file's name):
  // Hacker News's "Ask HN: I sold my SaaS for $2.1M after 6 years. AMA".
  const first = head.split('\n', 4).find((l) => l.trim()) ?? '';
  const asked = title && AMA_WORDS().test(title) ? title : AMA_WORDS().test(first) ? first : null;
  if (!asked) return null;
  // (the one introduced in the title, or in the post's opening under it: "I'm Maya Lindqvist. I built …")
  const intro = SELF_INTRODUCED().exec(asked) ?? postOpeningIntro(head);
  if (!intro || !isNameShaped(intro[1]!)) return null;
  const posted = POSTED_BY_HANDLE().exec(head.split('\n').slice(0, 40).join('\n')) ?? OP_HANDLE().exec(head);
  return posted ? { name: intro[1]!, handle: posted[1]! } : null;
}
/** A paragraph opening on its writer's name, "I'm NAME." / "Hi all, I am NAME and …", among the page's first twelve lines. */
function postOpeningIntro(head: string): RegExpExecArray | null {
  for (const line of head.split('\n', 12)) {
    const m = /^\s*(?:(?:Hi|Hello|Hey)(?:\s+\p{L}+)?[,!.]?\s+)?I(?:['’]m|\s+am)\s/u.test(line) ? SELF_INTRODUCED().exec(line) : null;
    if (m) return m;
  }
  return null;
}
/** "AMA", "AMAA", "Ask Me Anything", "ask us anything" in a title. */
export const AMA_WORDS = lazy(() => /(?<![\p{L}])(?:AMAA?|ask\s+(?:me|us)\s+anything)(?![\p{L}])/iu);
/** "I'm NAME," / "I am NAME and …" / "Hi Reddit, I'm NAME -": one person's name, two to four capitalised words (1). */
export const SELF_INTRODUCED = lazy(() => /(?:^|[\s,!.])I(?:['’]m|\s+am)\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+)(?=\s*[,.!—–-]|\s+(?:and|from|of|at|the|a|an)\s)/u);
/** "Posted by u/name", "submitted 3 years ago by name", "posted by name", Hacker News's "412 points by name": the poster's handle (1). */
const POSTED_BY_HANDLE = lazy(() => /(?:[Pp]osted|[Ss]ubmitted|\d[\d,]*\s+points?)(?:\s+[^\n]{0,40}?)?\s+by\s+\**((?:u\/)?[\p{L}\p{N}_-]{3,30})(?![\p{L}\p{N}_-])/u);
/** A comment header marked as the original poster's: "**u/name** (OP)", "u/name · OP". */
const OP_HANDLE = lazy(() => /(?:^|[\s*>])(u\/[\p{L}\p{N}_-]{3,30})\**\s*(?:\(OP\)|[·•]\s*OP(?![\p{L}]))/mu);

/** A wire service's tag in a release's dateline: "/PRNewswire/ --", "(GLOBE NEWSWIRE) --", "--(BUSINESS WIRE)--". */
const WIRE_TAG = lazy(() => /\/\s*\p{L}[\p{L}\p{N} .-]{1,28}\/\s*(?:--|—|–|-)|\(\s*(?:\p{Lu}[\p{Lu}\p{N} -]{0,24})?(?:WIRE|NEWSWIRE|PRWEB)\s*\)/u);
/** A release's "About X" heading over its boilerplate: "About Northwind Ferries", "## About the University of Eastmoor", "**About Hope Harbour**". */
const ABOUT_HEADING = lazy(() => /^\s{0,3}(?:#{1,6}\s+)?[*_]{0,2}About\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&'’.,-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.,-]*|of|and|&|for|the|de|du|la|von|van|in|on)){0,8})[*_]{0,2}\s*:?[*_]{0,2}\s*$/u);
/** A release's contact block or its notes' heading: "Media contact:", "Press enquiries", "Contact: …", "Notes to editors", "For more information, contact:". */
const RELEASE_FOOT = lazy(() => /^\s{0,3}(?:#{1,6}\s+)?[*_]{0,2}(?:(?:(?:media|press|news|investor|journalist)s?\s+)?(?:contacts?|enquiries|inquiries)\b|for\s+(?:media|press|more)\s+(?:enquiries|inquiries|information)\b|notes?\s+(?:to|for)\s+editors?\b|editors?['’]?s?\s+notes?\b)/i);
/** The lead's subject before the release's verb: "Northwind Ferries today announced", "LumenPath, a provider of …, today launched", "The University of Eastmoor has unveiled". */
const LEAD_SUBJECT = lazy(() => /^(?:The\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|and|&|for|the|de|du)){0,8})(?:\s*\([^()]{1,30}\))?(?:,[^,]{1,160},)?\s+(?:(?:today|this\s+week|has|have|on\s+\p{Lu}\p{Ll}+)\s+)?(?:announced|announces|launched|launches|unveiled|unveils|released|releases|published|publishes|revealed|reveals|introduced|introduces|opened|opens|welcomed|welcomes|completed|completes|signed|signs|appointed|appoints|reported|reports|confirmed|confirms|awarded|awards|received|receives|named|names|called|calls|urged|urges|warned|warns|marked|marks|secured|secures|celebrated|celebrates|expanded|expands|is\s+launching|is\s+calling)\b/u);

/** Where pressReleaseIssuer says it read the issuer: the opening of the author's `inferred` note, which the parsers read back. */
const RELEASE_ISSUER = "the press release's";
/** Whether the document's author is the issuer pressReleaseIssuer read (so the release's own sentences, and "the company", are the issuer's). */
export function authorIsReleaseIssuer(meta: { inferred?: { author?: string } }): boolean {
  return meta.inferred?.author?.startsWith(RELEASE_ISSUER) ?? false;
}

/**
 * Who issued a press release, when the page says it is one: at least two of a release's tells (a
 * wire's tag in the lead's dateline, a notice over the title, an "About X" heading, a contact block
 * or notes to editors, an end mark) and the issuer the release names: the first "About X" heading's X,
 * else the lead's subject before its verb ("Northwind Ferries today announced …"; of a partnership,
 * the company named first). Its sentences are the issuer's, as a bylined story's are its writer's.
 * Read after the byline: a story about a release, bylined, is its writer's.
 */
export function pressReleaseIssuer(raw: readonly string[], bodyLine: number): Inferred<string> | null {
  const lines = withoutLineNumbers([...raw]);
  const dateline = leadDateline(lines);
  const head = lines.flatMap((l, k) => (l.trim() ? [k] : [])).slice(0, 4);
  const notice = head.some((k) => RELEASE_NOTICE().test(lines[k]!) || issuerCredit(withoutEmphasis(lines[k]!)) !== null);
  const wire = dateline !== null && WIRE_TAG().test(lines[dateline.idx]!);
  const from = Math.floor(lines.length / 3);
  let about = -1;
  let foot = false;
  let end = false;
  for (let k = from; k < lines.length; k++) {
    const l = lines[k]!;
    if (!l.trim()) continue;
    if (about < 0 && l.length <= 90 && ABOUT_HEADING().test(l)) about = k;
    if (!foot && l.length <= 90 && RELEASE_FOOT().test(l)) foot = true;
    if (!end && isStoryEndMark(l.trim())) end = true;
  }
  const tells = [notice, wire, about >= 0, foot, end].filter(Boolean).length;
  // A byline anywhere ("By Corinne Stahl", a story set under the release): a writer's page, or two pages, no release alone.
  if (tells >= 2 && lines.some((l) => /^\s*[*_]{0,2}by\s/i.test(l) && bylineName(withoutEmphasis(l)) !== null)) return null;
  if (tells < 2) return null;
  if (about >= 0) {
    const name = ABOUT_HEADING().exec(lines[about]!)![1]!.replace(/[.,]+$/, '');
    return { value: name, from: `${RELEASE_ISSUER} About heading (line ${bodyLine + about})` };
  }
  // The lead: the dateline's paragraph after its dashes, else the first paragraph under the title.
  if (!dateline) return null;
  const line = normalizeSpace(withoutEmphasis(lines[dateline.idx]!));
  const dash = /(?:--|—|–|\s-\s)\s*(?=\p{Lu})/u.exec(line.slice(line.indexOf(dateline.text) + dateline.text.length));
  if (!dash) return null;
  const lead = line.slice(line.indexOf(dateline.text) + dateline.text.length + dash.index + dash[0].length);
  const subject = LEAD_SUBJECT().exec(lead);
  if (!subject) return null;
  const first = subject[1]!.split(/\s+and\s+/)[0]!.trim();
  return first && wordCount(first) <= 8 ? { value: first, from: `${RELEASE_ISSUER} lead (line ${bodyLine + dateline.idx})` } : null;
}
