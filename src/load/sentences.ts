/**
 * Sentence accounting: the check that nothing a reader can grep is lost to
 * search. Line coverage says every line was claimed by a record or
 * classified; it cannot see a sentence dropped from a line that a record
 * spans. This check is independent of the parsers: it splits each body line
 * that is not page chrome into sentences and asks, for each, whether every
 * word of it is in a searchable field (text, question, context, speaker,
 * section) of a record whose lines include it. A sentence that is not is
 * "missed", and `check` names its file and line.
 *
 * What is not a sentence here: lines classified as page chrome (headings,
 * metadata, navigation, teasers, markup), lines that are
 * chrome by their form wherever they stand (links, "Join our channel"), lines
 * the parser judged back-channel filler inside a turn it joined up (within a
 * record's lines: a filler line outside every record is counted, so a turn
 * dropped as filler shows as missed), stage directions
 * ("(BEGIN VIDEO CLIP)"), lone time stamps and transcript boilerplate, a speaker label
 * at the start of a line ("Host:", "MARY ELLIS, ANCHOR:") or a call transcript's name line
 * above the words (its title too: "Priya Raman, Chief Financial Officer"), bracketed notes
 * ("[laughs]", "[00:01:46]"), and tokens without letters (time stamps, cue
 * numbers) or of one letter ("Q", "A").
 */
import { allMatches, lazy } from '../model/regexp.js';
import type { SentenceAccount } from '../model/corpus.js';
import type { LineKind } from '../model/record.js';
import { classifyChrome } from '../parse/chrome.js';
import { withoutAudienceReactions } from '../parse/speech.js';
import { UNNAMED_VOICE } from '../parse/conversation.js';
import { afterHearingLabel, isBoilerplate, withoutProfileTag, isDirection, isForumHandleLine, isLoneTime, isPostedAtHeader, isStampedSender, LEADING_HONORIFIC, NUMBERED_VOICE, timedSenderName, withoutCueBeforeLabel } from '../parse/labels.js';
import { endsLikeSentence, splitLines, splitSentences, wordCount } from '../parse/text.js';
import { withoutAskedLabel } from '../parse/prose.js';
import { isAppBracketNote, isChatFromLine, isMediaPlaceholder, isMessageAppNote, isTapbackLine, isPostChrome, isReactionLine, isThreadFurniture, isThreadHeaderLine } from '../parse/threads.js';

/** Line kinds that are page chrome: their sentences are not content. */
export const CHROME_KINDS: ReadonlySet<LineKind> = new Set<LineKind>(['heading', 'metadata', 'navigation', 'teaser', 'markup']);

export type { SentenceAccount } from '../model/corpus.js';

/** The record fields search reads, for one record. */
export interface SearchableRecord {
  line: number;
  endLine: number;
  text: string;
  question: string | null;
  context: string | null;
  speaker: string | null;
  asker: string | null;
  /** the roles the labels give the speaker and the asker ("CNN ANCHOR") */
  role?: string | null;
  askerRole?: string | null;
  section: string | null;
  topics: readonly string[];
}

/** A relayed question's opening, "Q from @…", "Question 2 by u/…". */
const RELAY_OPENING = lazy(() => /^\s*(?:Q|Question)\s?\d{0,3}\s+(?:from|by)\s+[@u]/);
/** A relay's whole label at a line's start: "From @lumi.exe: ", "Q4 from @annelie.k: ", "Question 2 by u/sam: ". */
const RELAY_AT_START = lazy(() => /^\s*(?:(?:Q|Question)\s?\d{0,3}\s+(?:from|by)|From)\s+(?:@[\p{L}\p{N}_.]{1,31}|u\/[\p{L}\p{N}_-]{2,30})\s*:\s+/u);
const WORD = lazy(() => /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu);

/** A transcript page's line number before the line's words: "  6   ". */
const NUMBERED_LINE = lazy(() => /^\s*\d{1,2}\s+(?=\S)/);

/** Digits only (a time stamp's parts, a cue number): not a word a reader searches for here. */
const DIGITS = lazy(() => /^[0-9]+$/);

/** Characters that need NFKC before matching (anything but ASCII and the curly quotes and dashes of ordinary English). */
// eslint-disable-next-line no-control-regex
const NEEDS_NFKC = lazy(() => /[^\x00-\x7f‘’“”–—]/);

export function words(text: string): string[] {
  // NFKC only where it can change something: ASCII and the curly quotes and dashes of ordinary
  // English text have no compatibility form and compose with nothing (NFKC was a tenth of a
  // cold build, on text whose only non-ASCII characters were these). Lowercase once for the whole text.
  return NEEDS_NFKC().test(text) ? wordsByRegex(text) : asciiWords(text.toLowerCase());
}

/** ASCII letter (lower case: the text is lower-cased) or digit. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/**
 * `words` for lower-cased text of ASCII and ‘’“”–— only, without a regex: there
 * WORD's \p{L} is a–z and \p{N} is 0–9, and none of ‘“”–— is either. The same
 * words as WORD's matches, filtered and with ’ written ' (test/load/sentences.test.ts).
 */
function asciiWords(lower: string): string[] {
  const out: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiWordChar(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digitsOnly = true;
    while (i < n) {
      const c = lower.charCodeAt(i);
      if (!isAsciiWordChar(c)) break;
      if (c > 0x39) digitsOnly = false;
      i++;
    }
    // ['’] followed by letters (letters only), any number of times: "don't", "rock'n'roll"
    let curly = false;
    while (i + 1 < n) {
      const c = lower.charCodeAt(i);
      if (c !== 0x27 && c !== 0x2019) break;
      const d = lower.charCodeAt(i + 1);
      if (!(d >= 0x61 && d <= 0x7a)) break;
      if (c === 0x2019) curly = true;
      digitsOnly = false;
      i += 2;
      while (i < n) {
        const e = lower.charCodeAt(i);
        if (!(e >= 0x61 && e <= 0x7a)) break;
        i++;
      }
    }
    if (i - start < 2 || digitsOnly) continue;
    const w = lower.slice(start, i);
    out.push(curly ? w.replace(/’/g, "'") : w);
  }
  return out;
}

/** The regex reading of `words`: what it does for text NFKC may change, and what tests hold its fast path to. */
export function wordsByRegex(text: string): string[] {
  const out: string[] = [];
  for (const m of allMatches(WORD(), text.normalize('NFKC').toLowerCase())) {
    const w = m[0];
    if (w.length < 2 || DIGITS().test(w)) continue;
    out.push(w.includes('’') ? w.replace(/’/g, "'") : w);
  }
  return out;
}

/** A chat line's stamp, the day and month in words: "Fri, Mar 1 2024, 09:01:12 - " (Element). */
const CHAT_DAY_STAMP = lazy(() => /^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2},? \d{4}, \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\s*[-–]\s+(?=\S)/u);
/**
 * A time stamp opening a line, before a label: "0:00:01.2 S1: …", "00:01:12 Host: …"; or a dialogue
 * list's broadcast time codes, in and out: "10:00:14:05  10:00:22:15  HE YI: …".
 */
const STAMP_BEFORE_LABEL = lazy(() => /^\s*(?:\d{1,2}:\d{2}:\d{2}[:;]\d{2}(?:\s*(?:-->|-|–)?\s*\d{1,2}:\d{2}:\d{2}[:;]\d{2})?|\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\s+(?=[\p{Lu}\p{Lo}][^:.?!]{0,50}:\s)/u);
/**
 * A chat export's numeric date and clock before the sender ("3/12/24, 7:00 PM - ", "12/03/2024, 19:00 - "):
 * when, no one's words (a 12-hour clock's "PM" is no word of the sender's).
 */
const CHAT_DATE_STAMP = lazy(() => /^\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\s*[-–]\s+(?=\S)/u);
// (A wiki's copy of a discussion labels by handle and verb: "**@nadia-oduya answered:**", "**@jpereira asked:**".)
/**
 * A leading speaker label: up to four words (or a role after a comma; a section's
 * number "Comment 1.2") and a colon, after an abbreviated title ("SEN.", "Dr.") or a member's
 * initials ("Ms M. QUIRKE (Bunbury) (14:03):", "Hon S.J. PETRAKIS:") whose full stops are no
 * sentence end; or a name in Chinese characters and a full-width colon ("何一："), or in a
 * script without capitals (Hangul, Han, kana) and a colon ("허이: …", "기자: …"), or in one whose letters
 * take vowel signs (Bengali, Devanagari, Hebrew: "ইয়ি হে: …"); or such a name in Han, Hangul or kana
 * before its romanisation, a translation's bilingual label ("林薇 Lin Wei: …").
 */
const LABEL = lazy(() => /^\s*(?:\*\*)?(?:\[[^\]]*\]\s*)?(?:@[\p{L}\p{N}_.-]{1,40}\s(?:asked|asks|answered|answers|replied|replies|responded|responds)|@[\p{L}\p{N}_.]{1,31}(?::[\p{L}\p{N}-]{1,40}(?:\.[\p{L}\p{N}-]{1,40}){1,4})?|(?:(?:\p{Lu}{2,12}\s+)?\p{Lu}\p{L}{0,3}\.\s+(?:\p{Lu}\p{L}{0,3}\.\s+)?|(?:\p{Lu}\p{L}{0,3}\.?\s+)?(?:\p{Lu}\.){1,3}\s*)?[\p{Lu}\p{N}][^:.?!]{0,50}?(?:\s\d{1,3}\.\d{1,3})?(?:\s*\([^)]*\))?):(?:\*\*)?(?:\s+|$)|^\s*\p{Script=Han}{1,4}：\s*|^\s*[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,8}[:：](?:\s+|$)|^\s*\p{Lo}[\p{Lo}\p{M}]*(?: [\p{Lo}\p{M}]+){0,3}:(?:\s+|$)|^\s*[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,8}\s+\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,3}:(?:\s+|$)/u);

/**
 * A call transcript's name line: a name, then a title after a comma or a dash, alone on the line
 * ("Priya Raman, Chief Financial Officer", "Tom Hallorann -- Barclays"). Bounded, anchored
 * quantifiers: no long line backtracks.
 */
const NAME_THEN_TITLE = lazy(() => /^\s*([^,!?]{2,60}?)(?:,\s+|\s+(?:--|[—–-])\s+)(\p{Lu}[^!?]{0,100}?)\s*$/u);

/**
 * The line is the label of a turn a record holds: its name is that record's speaker or asker
 * (an honorific before it aside), the rest a title of a few words. Returns the title, the
 * label's role, as "CNN ANCHOR" is in "MARY ELLIS, CNN ANCHOR:" (a record's `role` or
 * `askerRole` holds it, so it is checked like any words); null when the line is no name line.
 */
function nameLineTitle(raw: string, people: readonly (string | null | undefined)[]): string | null {
  // Most lines are longer, or name nobody a record speaks for.
  if (raw.length > 170 || !people.some(Boolean)) return null;
  const m = NAME_THEN_TITLE().exec(raw);
  if (!m || /[.!?]["”’]?\s*$/.test(m[2]!.replace(/\b(?:Inc|Ltd|Co|Corp|Jr|Sr|LLC|plc)\.$/, '')) || m[2]!.split(/\s+/).length > 10) return null;
  const name = words(m[1]!.replace(LEADING_HONORIFIC(), '')).join(' ');
  return name.length > 0 && people.some((p) => !!p && words(p).join(' ') === name) ? m[2]! : null;
}

/** A label's words, its notes in brackets and a lone comma no words of it. */
function labelWordCount(label: string): number {
  return label.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A label's role: what follows its first comma, its notes in brackets left out ("CNN ANCHOR" in "MARY ELLIS, CNN ANCHOR:"). */
function labelRole(label: string): string {
  const bare = label.replace(/\([^)]*\)/g, ' ');
  const comma = bare.indexOf(',');
  return comma < 0 ? '' : bare.slice(comma + 1).replace(/[:*]+\s*$/, '').trim();
}

/** A question's or an answer's letter and number opening a line: "Q1. ", "A 12) ", "R3: ". */
const NUMBERED_SIDE_LETTER = lazy(() => /^\s*(?:\*\*)?[QARP]\s?\d{1,3}[.):](?:\*\*)?\s+/);
/** A title before a name, as `words` gives it ("dr", "mr"). */
const HONORIFIC_WORD = lazy(() => /^(?:dr|mr|mrs|ms|mx|prof)$/);
/**
 * The line is a title and a name alone ("Dr. Farah Siddiqui", "Prof Ann Lusk"), the name a speaker or
 * asker of the records over it: a speaker line a recorder sets over each turn. (Without the title its
 * words are the record's own and need no rule.)
 */
function titledSpeakerLine(raw: string, people: readonly (string | null | undefined)[]): boolean {
  const line = raw.trim();
  if (line.length > 60 || !LEADING_HONORIFIC().test(line)) return false;
  const key = words(line.replace(LEADING_HONORIFIC(), '')).join(' ');
  return key.includes(' ') && people.some((p) => !!p && words(p).join(' ') === key);
}

/** The line is a chat message header naming, with its time, a speaker or asker of the records over it. */
function isSenderLine(raw: string, people: readonly (string | null | undefined)[], resolve?: (name: string) => string | null): boolean {
  const name = timedSenderName(raw);
  if (!name) return false;
  // "10:01:40:21  DR. ANITA MOYO (INTERVIEW)" over a turn of Anita Moyo: the title is no part of the name.
  const named = words(name);
  if (named.length > 2 && HONORIFIC_WORD().test(named[0]!)) named.shift();
  const key = named.sort().join(' ');
  if (key.length > 0 && people.some((p) => !!p && words(p).sort().join(' ') === key)) return true;
  // "Speaker 1  0:02" over a turn its speaker named ("This is Gil Navarro …"): the recorder's
  // numbered voice, the record's speaker under the name they gave, no one's words.
  if (NUMBERED_VOICE().test(name) && people.some((p) => !!p)) return true;
  // "[00:00:04] Unknown Speaker" over a turn: the voice the recorder could not name, which names
  // nobody (the record's speaker is null, or the name the turn gives itself), no one's words.
  if (UNNAMED_VOICE().test(name)) return true;
  // "00:00:31  Changpeng Zhao" over a turn of speaker CZ: the name is an alias of the record's speaker.
  const canonical = resolve?.(name);
  return !!canonical && canonical !== name && people.includes(canonical);
}

/** "(LAUGHTER)", "(CROSSTALK)": a direction in capitals inside a line (as stripInlineNotes reads it). */
const CAPS_DIRECTION = lazy(() => /\((?=[^()]*\p{Lu})[\p{Lu}\s'’-]{3,40}\)/gu);

/** A WebVTT voice or styling tag: "<v Name>", "<v.loud Name>", "</v>", "<i>", "</c>". */
const CUE_TAG = lazy(() => /<\/?(?:v|i|b|u|c|lang|ruby|rt)(?:[.\s][^<>]*)?>/g);
/** An SSA override block in a subtitle line ("{\an8}", "{\pos(10,20)}"): holds no brace, so one pass. */
const SSA_OVERRIDE = lazy(() => /\{\\[^{}]*\}/g);

/** A caption cue's timing line, with its settings ("00:00:02.869 --> 00:00:05.829 align:start position:0%"): no sentence. */
const CUE_TIMING = lazy(() => /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->/);

/** ASCII space, tab or line break, or past either end of the text: where no WORD match can start, end or continue across. */
function isSpaceOrEnd(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * `part` stands whole in `text`, with an ASCII space, tab or line break (or
 * the text's end) on each side. Then every word of `part` is a word of `text`
 * (`words`): those characters are starters that compose with nothing, so
 * NFKC normalises the part as it does on its own; they are neither cased nor
 * case-ignorable, so lower-casing (a final sigma's context included) reads
 * the part as it does on its own; and no WORD match crosses them. So a
 * sentence a record's text holds whole needs no word-by-word look-up
 * (test/load/sentences.test.ts holds `words` to this on random text).
 */
export function standsWholeIn(text: string, part: string): boolean {
  if (part.length === 0) return false;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
    if (isSpaceOrEnd(text, i - 1) && isSpaceOrEnd(text, i + part.length)) return true;
  }
  return false;
}

/**
 * Every "[…]" replaced by a space, as `replace(/\[[^\]]*\]/g, ' ')` does, by hand: the pattern
 * read on to the line's end from every "[" of a run with no "]" after it.
 */
export function withoutBracketed(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', from)) {
    const close = text.indexOf(']', open + 1);
    if (close < 0) break; // no "]" after this "[", so none after any later one
    out += `${text.slice(from, open)} `;
    from = close + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Body prose a parser classed as a list of other pages or as navigation, where such lines
 * outnumber the body prose it kept: a "Recommended" or "Read more" taken for the page's foot that
 * swallowed the page. Their sentences are counted (and missed, being in no record). A foot's
 * teasers may quote another article's opening; they never outweigh the page above them.
 */
function swallowedProse(lines: readonly string[], kinds: readonly (LineKind | null)[]): Set<number> {
  const chrome: number[] = [];
  for (let idx = 0; idx < lines.length; idx++) {
    const kind = kinds[idx];
    if ((kind === 'teaser' || kind === 'navigation') && isSentenceLine(lines[idx]!)) chrome.push(idx);
  }
  if (chrome.length === 0) return new Set();
  let kept = 0;
  for (let idx = 0; idx < lines.length && kept < chrome.length; idx++) {
    const kind = kinds[idx] ?? null;
    if (!(kind && CHROME_KINDS.has(kind)) && isSentenceLine(lines[idx]!)) kept++;
  }
  return kept < chrome.length ? new Set(chrome) : new Set();
}

/** A line that is a sentence of ten words or more (a headline or a link has no full stop). */
function isSentenceLine(raw: string): boolean {
  return raw.length >= 40 && endsLikeSentence(raw.trimEnd()) && wordCount(raw) >= 10;
}

/** For each body line (0-based), the places in `records` of the records whose span includes it. */
function coveringRecords(records: readonly SearchableRecord[], bodyLine: number, lineCount: number): Map<number, number[]> {
  const covering = new Map<number, number[]>();
  records.forEach((r, k) => {
    for (let n = Math.max(r.line, bodyLine); n <= r.endLine && n - bodyLine < lineCount; n++) {
      const list = covering.get(n - bodyLine);
      if (list) list.push(k);
      else covering.set(n - bodyLine, [k]);
    }
  });
  return covering;
}

/** The words of some fields of a record, by its place in `records`, made when first asked for. */
function wordsOfRecords(records: readonly SearchableRecord[], fields: (r: SearchableRecord) => (string | null | undefined)[]): (k: number) => Set<string> {
  const made = new Map<number, Set<string>>();
  return (k) => {
    let v = made.get(k);
    if (!v) made.set(k, (v = new Set(words(fields(records[k]!).filter(Boolean).join('\n')))));
    return v;
  };
}

/**
 * The body lines a record's span runs over (`kinds` 'record') that hold a word none of the
 * records spanning them holds (0-based indexes): a link line a turn dropped ("Proof:
 * https://…"), a stage direction, a label's words no record names. Unlike the sentence account,
 * nothing is set aside by its form: whatever grep finds on the line, search must, so these lines
 * are the document's nearby lines too (src/model/nearby.ts).
 */
export function linesWithLostWords(body: string, bodyLine: number, kinds: readonly (LineKind | null)[], records: readonly SearchableRecord[]): number[] {
  const lines = splitLines(body);
  const covering = coveringRecords(records, bodyLine, lines.length);
  const vocabOf = wordsOfRecords(records, (r) => [r.text, r.question, r.context, r.speaker, r.asker, r.role, r.askerRole, r.section, ...r.topics]);
  // a record's names and headings (a label's words are its speaker's or asker's): looked at before all of its words
  const namesOf = wordsOfRecords(records, (r) => [r.speaker, r.asker, r.role, r.askerRole, r.section]);
  // A record's text is its lines in order: each line is looked for from where the last one was
  // found, so a record of many lines is read once, not once a line. Where that fails, the whole
  // text is searched only when short (the words are checked below either way).
  const cursor = new Map<number, number>();
  const standsInOrder = (k: number, line: string): boolean => {
    const r = records[k]!;
    const from = cursor.get(k) ?? 0;
    const ahead = r.text.slice(from, from + WHOLE_SCAN + line.length);
    for (let at = ahead.indexOf(line); at >= 0; at = ahead.indexOf(line, at + 1)) {
      if (isSpaceOrEnd(r.text, from + at - 1) && isSpaceOrEnd(r.text, from + at + line.length)) {
        cursor.set(k, from + at + line.length);
        return true;
      }
    }
    return (r.text.length <= WHOLE_SCAN && standsWholeIn(r.text, line)) || (r.question !== null && r.question.length <= WHOLE_SCAN && standsWholeIn(r.question, line));
  };
  const lost: number[] = [];
  lines.forEach((raw, idx) => {
    if (kinds[idx] !== 'record') return;
    const line = raw.trim();
    if (!line) return;
    const recs = covering.get(idx) ?? [];
    // Most lines are their records' words: part of one (a wrapped line, a table's cell), or a
    // sentence or several (a paragraph's claims) with a label before them. What is left once the
    // records' texts and questions are taken out is checked word by word.
    if (recs.some((k) => standsInOrder(k, line))) return;
    let rest = line;
    // Many records on one long line (a one-line paragraph of hundreds of quotations) would copy and
    // search the whole line once a record: there each text is cut where it stands in order, looked
    // for a bounded way past the last cut, and the rest's words are looked up in one set.
    const many = recs.length * line.length > LINE_CUT_BUDGET;
    if (many) rest = cutInOrder(line, recs.flatMap((k) => [records[k]!.question, records[k]!.text]));
    else {
      for (const k of recs) {
        const r = records[k]!;
        for (const f of [r.question, r.text]) {
          if (!f || f.length > rest.length) continue;
          const at = rest.indexOf(f);
          if (at >= 0) rest = `${rest.slice(0, at)} ${rest.slice(at + f.length)}`;
        }
      }
    }
    if (rest.length > 0 && rest !== line && !/[\p{L}\p{N}]/u.test(rest)) return;
    const held = many ? new Set(recs.flatMap((k) => [...namesOf(k), ...vocabOf(k)])) : null;
    for (const w of words(rest)) {
      if (held ? !held.has(w) : !recs.some((k) => namesOf(k).has(w)) && !recs.some((k) => vocabOf(k).has(w))) {
        lost.push(idx);
        return;
      }
    }
  });
  return lost;
}

/** How far past its cursor a record's text is searched for a line, and the longest text searched whole (linesWithLostWords). */
const WHOLE_SCAN = 4096;

/** Records times line length over which a line's record texts are cut in order (cutInOrder), not searched for whole each time. */
const LINE_CUT_BUDGET = 2_000_000;

/**
 * `line` with each of `texts` cut out where it stands after the last cut (looked for within
 * WHOLE_SCAN characters of it, a text not found there left in), joined by spaces: one pass.
 */
function cutInOrder(line: string, texts: readonly (string | null | undefined)[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (const f of texts) {
    if (!f) continue;
    const at = line.slice(pos, pos + WHOLE_SCAN + f.length).indexOf(f);
    if (at < 0) continue;
    parts.push(line.slice(pos, pos + at));
    pos += at + f.length;
  }
  parts.push(line.slice(pos));
  return parts.join(' ');
}

export function accountSentences(
  body: string,
  bodyLine: number,
  kinds: readonly (LineKind | null)[],
  records: readonly SearchableRecord[],
  fillerLines: readonly number[] = [],
  resolve?: (name: string) => string | null,
): SentenceAccount {
  const lines = splitLines(body);
  const filler = new Set(fillerLines);
  const covering = coveringRecords(records, bodyLine, lines.length);
  const vocabOf = wordsOfRecords(records, (r) => [r.text, r.question, r.context, r.speaker, r.asker, r.role, r.askerRole, r.section, ...r.topics]);

  const acc: SentenceAccount = { total: 0, inRecords: 0, missed: [] };
  const swallowed = swallowedProse(lines, kinds);
  lines.forEach((line, idx) => {
    if (!line.trim()) return;
    const kind = kinds[idx] ?? null;
    if (kind && CHROME_KINDS.has(kind) && !swallowed.has(idx)) return;
    // Bloomberg's profile link after a label ("Ilse Montrose {BIO 20553190 <GO>}"): a terminal command, no one's words.
    const raw = withoutProfileTag(line);
    const recs = covering.get(idx) ?? [];
    // Back-channel is left out only inside the turn it was joined across ("Uh-huh." within an
    // answer): a filler line no record spans is a turn whose words search would not find.
    if (filler.has(idx) && recs.length > 0) return;
    // Chrome by its form (a link, "Join our channel", a stage direction, a time stamp, transcript
    // boilerplate) even where a record's span runs over it.
    if (classifyChrome(raw) || isDirection(raw) || isLoneTime(raw) || isBoilerplate(raw) || CUE_TIMING().test(raw) || isForumHandleLine(raw)) return;
    // A numbered transcript line the parser read as a direction ("6   (11.15 am)", "7   (A short
    // break)"): the page's line number is no word of it, the note in brackets is the form.
    if (kind === 'direction' && NUMBERED_LINE().test(raw)) {
      const bare = raw.replace(NUMBERED_LINE(), '');
      if (isDirection(bare) || isLoneTime(bare)) return;
    }
    // A thread's comment header and its furniture ("[–]name 812 points 4 years ago", "· 3 yr. ago").
    // Quoted as a reply to a reply: "> **u/name** OP · 903 points · 3 years ago".
    const unquoted = raw.includes('>') ? raw.replace(/^\s*(?:>\s*)+/, '') : raw;
    if (isThreadHeaderLine(unquoted) || isThreadFurniture(raw) || isPostChrome(raw) || isMediaPlaceholder(raw) || isReactionLine(raw) || isChatFromLine(raw) || isMessageAppNote(raw) || isAppBracketNote(raw) || isTapbackLine(raw)) return;
    // (nameLineTitle reads no line longer than 170 characters: most lines are, so the names are gathered only for the rest.)
    // A name line's name is the speaker's; its title is the record's role, checked as words of its own.
    const title = recs.length && raw.length <= 170 ? nameLineTitle(raw, recs.flatMap((k) => [records[k]!.speaker, records[k]!.asker])) : null;
    // A chat export's message header, a dated stamp and the sender alone ("2024-10-07 21:14:05 何一"):
    // the sender is the record's speaker, perhaps under its canonical name.
    if (recs.length && /^\s*\[?\d/.test(raw) && isStampedSender(raw)) return;
    // A chat app's header, the sender then the time ("Kestrel (Community) — 03/14/2025 9:09 PM"): furniture.
    if (recs.length && raw.includes(':') && isPostedAtHeader(raw)) return;
    // A channel post's "Forwarded from NAME" line: NAME is the record's speaker, the words the channel's furniture.
    if (recs.length && raw.startsWith('Forwarded from ') && recs.some((k) => !!records[k]!.speaker && raw.includes(records[k]!.speaker!))) return;
    // Or the sender first, then the time ("Hale, Tom 10:02 AM"): the name is a record's speaker
    // (re-ordered), the time's "AM" no word of anyone's.
    if (title === null && recs.length && isSenderLine(raw, recs.flatMap((k) => [records[k]!.speaker, records[k]!.asker]), resolve)) return;
    // A recorder's speaker line, the name alone with its title ("Dr. Farah Siddiqui" over her turn,
    // Descript's and Otter's): the record's speaker, the title no sentence of anyone's.
    if (title === null && recs.length && titledSpeakerLine(raw, recs.flatMap((k) => [records[k]!.speaker, records[k]!.asker]))) return;
    let text = title ?? (raw.includes('[') ? withoutBracketed(raw) : raw);
    // A chat line's stamp with the day and month in words ("Fri, Mar 1 2024, 09:01:12 - "): when, no one's words.
    if (recs.length && /^\s*\p{Lu}\p{Ll}{2}/u.test(text)) text = text.replace(CHAT_DAY_STAMP(), '');
    // A caption's voice and styling tags ("<v Halvorsen, Ingrid (Finance)>", "</i>"): markup, the voice the speaker.
    if (text.includes('<')) text = text.replace(CUE_TAG(), ' ');
    // An SRT's SSA override codes ("{\an8}Produced by …", "{\i1}"): where the cue is set, no word of it.
    if (text.includes('{\\')) text = text.replace(SSA_OVERRIDE(), ' ');
    // A hearing's run-in label ("    Ms. Ruiz. Yes, Senator."): a name, like a label's before a colon.
    const runIn = afterHearingLabel(text);
    if (runIn !== null) text = runIn;
    // A time stamp before the label ("0:00:01.2 S1: …", Scribie's): when, no one's words; the label after it is read as one.
    if (recs.length && /^\s*\d/.test(text)) text = text.replace(CHAT_DATE_STAMP(), '').replace(STAMP_BEFORE_LABEL(), '');
    // A soundbite's cue before the label ("(SOUNDBITE) MAYOR JIM RUSSO, City of Arlington: …"): the
    // transcriber's, in no record; the label after it is read as one (labels.ts readLabel).
    if (recs.length && text.charCodeAt(0) === 0x28) text = withoutCueBeforeLabel(text);
    // (every label ends in a colon, ASCII or full-width: LABEL is not made for lines without one)
    const label = title === null && (text.includes(':') || text.includes('：')) ? LABEL().exec(text) : null;
    // A note in the label ("HNATIUK, MAYOR OF CHERNIHIV (through translator):") adds no words of a name.
    // Its role ("MAYOR OF CHERNIHIV") is words a record holds (its `role`): checked as a sentence of its own.
    let role = '';
    // A broadcast label in capitals runs longer, a two-part title and an office after the comma
    // ("STATE SEN. CURTIS VANE (R), BILL SPONSOR:", "REP. LENA MOROS (D-CA), HOUSE BUDGET COMMITTEE CHAIR:").
    if (label && labelWordCount(label[0]) <= (/\p{Ll}/u.test(label[0]) ? 6 : 10)) {
      role = labelRole(label[0]);
      text = text.slice(label[0].length);
      // A host relaying a question under the host's label ("Host: Q from @lusaka_lady: What …?"): the
      // handle is the record's asker, its relay label no word of the question (transcript.ts).
      const relayed = RELAY_OPENING().test(text) ? LABEL().exec(text.trimStart()) : null;
      if (relayed && labelWordCount(relayed[0]) <= 6) text = text.trimStart().slice(relayed[0].length);
    }
    // A relay opening the line, no label before it ("From @lumi.exe: how …?", "Q4 from @annelie.k: …"):
    // the handle is the record's asker, the relay's words its label (transcript.ts).
    if (!label && recs.length && RELAY_AT_START().test(text)) text = text.replace(RELAY_AT_START(), '');
    // A recap's question under who asked it ("**1. @tobi asked: What happened?**", "**When…?** (asked by
    // Piet Janssens, Depot A)"): the handle or name is the record's asker, the note's role its
    // askerRole, and "asked" the label's word (prose.ts), no word of the question.
    if (!label && recs.length && text.includes('asked')) text = withoutAskedLabel(text);
    // A numbered side's letter opening the turn ("Q1. Verdeluce started in 2019…", "A12. About 40%."):
    // the label's, no sentence of its own.
    if (!label && recs.length && NUMBERED_SIDE_LETTER().test(text)) text = text.replace(NUMBERED_SIDE_LETTER(), '');
    // A direction in capitals inside the words ("(LAUGHS) No."): the transcriber's, in no record.
    if (text.includes('(')) text = text.replace(CAPS_DIRECTION(), ' ');
    // An audience's reaction noted in the words ("… two feet away. (Laughter)"): the transcript's
    // note, blanked by the parsers (speech.ts), so no sentence anyone must find.
    text = withoutAudienceReactions(text);
    // "HNATIUK: (speaking foreign language)": a label whose only words are a direction.
    if (label && isDirection(text)) return;
    const sentences = splitSentences(text);
    if (role) sentences.unshift({ text: role, start: 0, end: role.length });
    for (const s of sentences) {
      const ws = words(s.text);
      if (ws.length === 0) continue;
      acc.total++;
      // Most sentences stand whole in a record's text: their words are its words (standsWholeIn),
      // and no record's words need collecting.
      if (recs.some((k) => standsWholeIn(records[k]!.text, s.text))) {
        acc.inRecords++;
        continue;
      }
      let found = true;
      for (const w of ws) {
        let inOne = false;
        for (const k of recs) {
          if (vocabOf(k).has(w)) {
            inOne = true;
            break;
          }
        }
        if (!inOne) {
          found = false;
          break;
        }
      }
      if (found) acc.inRecords++;
      else acc.missed.push({ line: bodyLine + idx, text: s.text });
    }
  });
  return acc;
}
