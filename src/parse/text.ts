
import { caselessRegExp, lazy } from '../model/regexp.js';
import { isTtmlHead } from '../corpus/files.js';
/**
 * Text primitives shared by every shape parser: line splitting, quote spans,
 * quote-aware sentence splitting and the small lexical tests (first person,
 * question, title case) the parsers combine into structural rules.
 *
 * Nothing here knows about a particular document; everything is a rule about
 * English interview and article text in general.
 */

/** Split a body into lines on \r\n, \n or a lone \r, so line numbers match what an editor shows. */
export function splitLines(body: string): string[] {
  return body.split(/\r\n|\n|\r/);
}

const LETTER_OR_NUMBER = lazy(() => /[\p{L}\p{N}]/u);
const INDIC_MARK = lazy(() => /\p{M}/u);

/**
 * Whether `text` between `from` and `to` holds no word (wordCount of it is 0: no letter or number;
 * marks and joiners start none). Read backwards from `to`, so a quotation's check of the words
 * before it in its sentence stops at the nearest one: a sentence of a thousand quotations,
 * each checked over all of it, was quadratic.
 */
export function noWordIn(text: string, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c < 0x80) {
      const lower = c | 0x20;
      if ((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39)) return false;
      continue;
    }
    // (a low surrogate is read with the high one before it, as the u flag reads the pair)
    const at = c >= 0xdc00 && c <= 0xdfff && k > from ? k - 1 : k;
    if (LETTER_OR_NUMBER().test(text.slice(at, k + 1))) return false;
    k = at;
  }
  return true;
}

/**
 * How many words: matches of /[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu (an Indic vowel sign
 * continuing one too), counted in
 * one pass without building them (this runs on every line and sentence).
 * Code points are read as the `u` flag reads them: a surrogate pair is one.
 */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let word: boolean; // a letter or a number: starts or continues a word
    let joiner: boolean; // continues a word only
    if (c < 0x80) {
      const lower = c | 0x20;
      word = (c >= 0x30 && c <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
      joiner = c === 0x27 || c === 0x2e || c === 0x2d; // ' . -
    } else if (c >= 0x2000 && c <= 0x206f) {
      // General Punctuation (spaces, dashes, curly quotes, "…"): no letter or number in the block.
      word = false;
      joiner = c === 0x2019; // ’
    } else {
      let cp = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
          i++;
        }
      }
      const ch = String.fromCodePoint(cp);
      word = LETTER_OR_NUMBER().test(ch);
      // ’, and the vowel signs and viramas of the Indic scripts ("मार्च", "கேள்வி"): they belong to the
      // letter before them, so they split no word. (Thai's split none either, but Thai sets no space
      // between words: its syllables stand for its words here, as Khmer's and Myanmar's do.)
      joiner = c === 0x2019 || (c >= 0x0900 && c <= 0x0dff && INDIC_MARK().test(ch));
    }
    if (inWord) inWord = word || joiner;
    else if (word) {
      count++;
      inWord = true;
    }
  }
  return count;
}

/**
 * How long a short line is, in words: Khmer and Myanmar set no space between words and wordCount
 * counts their syllables, so a line of theirs counts its space-separated phrases instead (a menu's
 * item "ព័ត៌មានជាតិ" is one, not five). Other text: wordCount.
 */
export function lineWordCount(text: string): number {
  if (!ABBREVIATING_SCRIPT_LETTER().test(text)) return wordCount(text);
  return text.split(/\s+/).filter((w) => LETTER_OR_NUMBER().test(w)).length;
}

/** Whether `c` is a JavaScript whitespace character (what \s matches), for one UTF-16 unit. */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Whitespace other than a single inner space: the only text normalizeSpace
 * changes. What /[^\S ]| {2}|^ | $/ finds, read in one pass without the regex
 * (its alternation tried at every position was a few percent of a cold build).
 */
export function needsSpaceWork(text: string): boolean {
  const n = text.length;
  if (n && (isZeroWidthSpace(text.charCodeAt(0)) || isZeroWidthSpace(text.charCodeAt(n - 1)))) return true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === n - 1 || text.charCodeAt(i + 1) === 0x20) return true;
    } else if (c < 0x80 ? c >= 0x09 && c <= 0x0d : isSpaceCode(c)) return true;
  }
  return false;
}

/**
 * A Markdown heading's closing hashes and the space before them removed ("## Early life ##"), as
 * `replace(/\s+#+\s*$/, '')` does, by hand: that pattern backtracks over every space of a long
 * run of them (a line of 400 KB of spaces took minutes).
 */
export function withoutClosingHashes(text: string): string {
  const end = text.trimEnd();
  let k = end.length;
  while (k > 0 && end.charCodeAt(k - 1) === 0x23) k--;
  if (k === end.length || k === 0 || !isSpaceCode(end.charCodeAt(k - 1))) return text;
  return end.slice(0, k).trimEnd();
}

/**
 * Emphasis marks at either end removed ("**Title**", "_By Ana_"), as `replace(/^[*_]+|[*_]+$/g, '')`
 * does. The closing run is matched only from its first mark (same matches: a later start reaches
 * the same end), so a line of 40 KB of asterisks is read once, not once per asterisk.
 */
export function withoutEmphasisEnds(text: string): string {
  return text.replace(EMPHASIS_ENDS(), '');
}
const EMPHASIS_ENDS = lazy(() => /^[*_]+|(?<![*_])[*_]+$/g);

/**
 * Emphasis marks closing a line removed, with any space after them ("Published in 2019.**"), as
 * `replace(/[*_]+\s*$/, '')` does, by hand: that pattern, tried from every mark of a run that
 * does not end the line, ran the run to its end each time (a heading wrapped in 40 KB of
 * asterisks took 5 s).
 */
export function withoutClosingEmphasis(text: string): string {
  const end = text.trimEnd();
  let k = end.length;
  while (k > 0 && (end.charCodeAt(k - 1) === 0x2a || end.charCodeAt(k - 1) === 0x5f)) k--;
  return k === end.length ? text : text.slice(0, k);
}

/**
 * What `(?:--+|[—–]|…|\.\.\.)\s*$` matches, by hand: a talk turn broken off with a dash or
 * an ellipsis. The offset where its leftmost match starts (the text from there is the mark and
 * the space after it), or -1. The pattern tried `--+` and `\s*$` at every dash and space of a
 * long run of them.
 */
export function trailingDashAt(text: string): number {
  const end = text.trimEnd().length;
  const last = text.charCodeAt(end - 1);
  if (last === 0x2014 || last === 0x2013 || last === 0x2026) return end - 1; // — – …
  if (last === 0x2d) {
    let k = end - 1;
    while (k > 0 && text.charCodeAt(k - 1) === 0x2d) k--;
    return end - k >= 2 ? k : -1;
  }
  if (last === 0x2e && end >= 3 && text.charCodeAt(end - 2) === 0x2e && text.charCodeAt(end - 3) === 0x2e) return end - 3;
  return -1;
}

export function normalizeSpace(text: string): string {
  if (!needsSpaceWork(text)) return text;
  return trimZeroWidth(text.replace(/\s+/g, ' ').trim());
}

/**
 * A zero-width space or word joiner: no width, no letter, so at a line's ends it is as good as
 * none. A line copied from a web page may end "Nothing else.\u200b": read with the mark kept, it
 * ended in no sentence's stop and was taken for a heading, its words cut from the turn above.
 * (Inside a line it stays: between letters it is the writer's, as JavaScript's trim leaves it.)
 */
function isZeroWidthSpace(c: number): boolean {
  return c === 0x200b || c === 0x2060;
}
/** `text` (its spaces collapsed and trimmed) without zero-width spaces or joiners, and the spaces they held, at its ends; by hand, linear. */
function trimZeroWidth(text: string): string {
  let a = 0;
  let z = text.length;
  while (a < z && (isZeroWidthSpace(text.charCodeAt(a)) || text.charCodeAt(a) === 0x20)) a++;
  while (z > a && (isZeroWidthSpace(text.charCodeAt(z - 1)) || text.charCodeAt(z - 1) === 0x20)) z--;
  return a === 0 && z === text.length ? text : text.slice(a, z);
}

// ---------------------------------------------------------------- quotes

export interface QuoteSpan {
  /** offset of the opening mark */
  start: number;
  /** offset just past the closing mark */
  end: number;
  /** the words between the marks */
  inner: string;
  open: string;
  close: string;
}

const PAIRS: Record<string, string> = {
  '“': '”',
  '„': '“',
  '«': '»',
  // »…« (German and Danish print, Der Spiegel's »Wir…«, sagte …): set tight against the words, never
  // spaced as French « … » is, so a French paragraph's "» … «" (a quotation running on) opens nothing.
  '»': '«',
  '「': '」',
  '『': '』',
  '‘': '’',
};

/** Every character findQuoteSpans may open a quote at: the straight and single marks and PAIRS' keys. */
const OPENING_MARK = lazy(() => new RegExp(`["'‘${Object.keys(PAIRS).join('')}]`, 'g'));

/**
 * Find quoted spans. Curly, guillemet and CJK marks pair unambiguously.
 * Straight `"` pairs in order. A straight or curly single mark opens only
 * after a space or opening punctuation and closes only before a space or
 * punctuation, so apostrophes in "Binance's" or "don't" never open a quote.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const marks = new MarkFinder(text);
  let i = 0;
  while (i < text.length) {
    // Jump to the next mark that may open a quote: most characters are none (the profile's
    // hottest line was a table lookup per character).
    OPENING_MARK().lastIndex = i;
    const next = OPENING_MARK().exec(text);
    if (!next) break;
    i = next.index;
    const ch = text[i]!;
    let close: string | undefined;
    if (ch === '"' && isGershayim(text, i)) close = undefined;
    else if (ch === '"') close = '"';
    else if (ch === "'" || ch === '‘') {
      const prev = i === 0 ? ' ' : text[i - 1]!;
      if (/[\s([{“"—–:-]/.test(prev)) close = ch === "'" ? "'" : '’';
    } else close = PAIRS[ch];
    if (ch === '»' && (i + 1 >= text.length || /\s/.test(text[i + 1]!))) close = undefined;
    if (close === undefined) {
      i++;
      continue;
    }
    // ‘‘…’’: Tamil (and Indian English) press doubles the single marks as its double quotation
    // marks. The pair of marks opens and closes the quotation, none of them a word of it.
    if (ch === '‘' && text[i + 1] === '‘' && /[\s([{“"—–:-]/.test(i === 0 ? ' ' : text[i - 1]!)) {
      const closing = text.indexOf('’’', i + 2);
      if (closing > i + 2) {
        spans.push({ start: i, end: closing + 2, inner: text.slice(i + 2, closing), open: '‘‘', close: '’’' });
        i = closing + 2;
        continue;
      }
    }
    let end = findClose(text, marks, i + 1, close, ch === "'" || ch === '‘');
    // Copy-paste mixes curly and straight marks: “…running," / "…consulted,” said. Where the
    // other kind of double mark closes first, and stands where a closing mark does (after the
    // words, before a space or punctuation), it closes this quotation, unless this kind of
    // mark opens again before it.
    if (ch === '“' || ch === '"') {
      const other = marks.next(ch === '“' ? '"' : '”', i + 1);
      if (other > i + 1 && (end < 0 || other < end) && isClosingPlace(text, other)) {
        const again = marks.next(ch, i + 1);
        if (again < 0 || again >= other) end = other;
      }
    }
    // „…” (Romanian, Polish, Hungarian) and „…" typed: a low opening mark closes with the high
    // one German uses, or with ” or " where one of them, standing where a closing mark does, comes first.
    if (ch === '„') {
      for (const other of ['”', '"']) {
        const at = marks.next(other, i + 1);
        if (at > i + 1 && (end < 0 || at < end) && isClosingPlace(text, at)) {
          end = at;
          close = other;
        }
      }
    }
    if (end < 0 || (ch === '»' && /\s/.test(text[end - 1]!))) {
      i++;
      continue;
    }
    spans.push({ start: i, end: end + 1, inner: text.slice(i + 1, end), open: ch, close });
    i = end + 1;
  }
  return spans;
}

/**
 * Quotations marked another way (a dialogue's dashes) among the marked ones, in order; one that
 * overlaps a marked one only in part is left out. One that holds marked ones whole takes their
 * place: the marks quote a word inside the line of dialogue ('- … betale 15 procent i "skat" først, fortæller hun.').
 */
export function withExtraSpans(spans: QuoteSpan[], extra: readonly QuoteSpan[]): QuoteSpan[] {
  const within = (q: QuoteSpan, e: QuoteSpan) => e.start <= q.start && q.end <= e.end;
  const kept = extra.filter((e) => !spans.some((q) => q.start < e.end && e.start < q.end && !within(q, e)));
  if (!kept.length) return spans;
  return [...spans.filter((q) => !kept.some((e) => within(q, e))), ...kept].sort((a, b) => a.start - b.start);
}

/**
 * Where each quotation mark next occurs at or after an offset, remembered while
 * findQuoteSpans moves forward: a mark is searched for again only once the scan
 * has passed where it was last found. Searching afresh for every quotation read
 * the rest of the paragraph each time the mark sought was far off or absent: a
 * 2 MB paragraph of 6,000 quotations with no straight mark in it read 12 GB.
 */
class MarkFinder {
  /** per mark: the offset last searched from and what was found there (-1: none to the end) */
  private readonly last = new Map<string, { from: number; at: number }>();
  constructor(private readonly text: string) {}

  /** text.indexOf(mark, from) */
  next(mark: string, from: number): number {
    const last = this.last.get(mark);
    // indexOf from anywhere in [last.from, last.at] finds last.at; past a miss, nothing
    if (last && from >= last.from && (last.at < 0 || from <= last.at)) return last.at;
    const at = this.text.indexOf(mark, from);
    if (last) {
      last.from = from;
      last.at = at;
    } else this.last.set(mark, { from, at });
    return at;
  }
}

/** The mark that closes the quotation a paragraph leaves open. */
export function closingMarkFor(paragraph: string): string {
  const pairs: [string, string][] = [['“', '”'], ['«', '»'], ['「', '」'], ['『', '』']];
  let best: [number, string] = [-1, '"'];
  for (const [open, close] of pairs) {
    const o = paragraph.lastIndexOf(open);
    if (o > best[0] && o > paragraph.lastIndexOf(close)) best = [o, close];
  }
  return best[1];
}

/**
 * The text leaves a quotation open: an opening mark after the last closing
 * one (curly, guillemet, CJK), or an odd number of straight double marks. News
 * copy does this when a quotation runs on into the next paragraph, which
 * opens with a mark again.
 */
export function leavesQuoteOpen(text: string): boolean {
  // After the last quotation the text closes (a mixed pair, “…," included, is closed). A
  // single-quoted one ("say 'No, no.'") may sit inside the open quotation: look after the
  // last double-marked one.
  const spans = findQuoteSpans(text);
  let last = spans.length - 1;
  while (last >= 0 && (spans[last]!.open === "'" || spans[last]!.open === '‘')) last--;
  const tail = last >= 0 ? text.slice(spans[last]!.end) : text;
  for (const [open, close] of [['“', '”'], ['«', '»'], ['「', '」'], ['『', '』']] as const) {
    const o = tail.lastIndexOf(open);
    if (o >= 0 && o > tail.lastIndexOf(close)) return true;
  }
  let straight = 0;
  for (let k = 0; k < tail.length; k++) if (tail.charCodeAt(k) === 0x22 && !isGershayim(tail, k)) straight++;
  return straight % 2 === 1;
}

/** A double mark right after a word or punctuation and before a space, punctuation or the end: where a quotation closes. */
function isClosingPlace(text: string, at: number): boolean {
  const before = text[at - 1]!;
  const after = at + 1 < text.length ? text[at + 1]! : ' ';
  return /[\p{L}\p{N}.,!?…;:—–-]/u.test(before) && /[\s.,;:!?)\]—–-]/u.test(after);
}

/**
 * A straight double mark between two Hebrew letters: gershayim typed as `"`, the mark of an
 * abbreviation or acronym inside a word (עו"ד "advocate", מנכ"ל "CEO"), no quotation mark.
 */
function isGershayim(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return before >= 0x5d0 && before <= 0x5ea && after >= 0x5d0 && after <= 0x5ea;
}

function findClose(text: string, marks: MarkFinder, from: number, close: string, single: boolean): number {
  for (let j = marks.next(close, from); j >= 0; j = marks.next(close, j + 1)) {
    if (close === '"' && isGershayim(text, j)) continue;
    if (!single) return j;
    // A single closing mark must not sit between two letters (an apostrophe).
    const next = j + 1 < text.length ? text[j + 1]! : ' ';
    if (/[\p{L}\p{N}]/u.test(next)) continue;
    if (j === from) continue;
    return j;
  }
  return -1;
}

// ---------------------------------------------------------------- sentences

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations whose final period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'inc', 'ltd', 'co', 'jr', 'sr', 'no', 'approx', 'fig', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // Titles written before a name in news copy ("with Gov. Jay Inslee", "Rep. Ana Diaz said").
  'sen', 'rep', 'reps', 'gov', 'lt', 'col', 'capt', 'sgt', 'cpl', 'maj', 'adm', 'cmdr', 'supt', 'insp', 'det', 'cllr', 'hon', 'rev', 'fr', 'atty', 'amb', 'messrs', 'mme',
  // Nigerian news's engineer's and barrister's ranks ("Engr. Adewale Ogunleye", "Barr. Ada Nwosu").
  'engr', 'barr',
]);

/**
 * Split text into sentences without ever splitting inside a quotation: the
 * quote spans are treated as opaque, so `“Think. Then act,” she said.` stays
 * one sentence.
 */
export function splitSentences(text: string, extra?: readonly QuoteSpan[]): Sentence[] {
  const spans = extra?.length ? withExtraSpans(findQuoteSpans(text), extra) : findQuoteSpans(text);
  const inQuote = spans.length > 0 ? new Uint8Array(text.length) : null;
  if (inQuote) for (const s of spans) inQuote.fill(1, s.start, Math.max(s.start, s.end - 1));
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, start: start + lead, end: start + lead + t.length });
    start = end;
  };
  // Only two kinds of position can end a sentence: a sentence-ending mark outside a
  // quotation, and a quotation's closing mark. The loop visits those alone, in order
  // (spans are sorted and never overlap, and no closing mark is inside a quotation).
  let spanIdx = 0;
  let nextEnd = -1; // the next sentence-ending mark at or after i, or text.length when none is left
  let trailEnd = -1; // where the last stop's trailing marks ended
  const seenStop = { dot: -1, start: -1 }; // isAbbreviation's memory of the word before the last stop
  for (let i = 0; i < text.length; i++) {
    if (nextEnd < i) {
      SENTENCE_END().lastIndex = i;
      const m = SENTENCE_END().exec(text);
      nextEnd = m ? m.index : text.length;
    }
    while (spanIdx < spans.length && spans[spanIdx]!.end - 1 < i) spanIdx++;
    const closerAt = spanIdx < spans.length ? spans[spanIdx]!.end - 1 : text.length;
    i = Math.min(nextEnd, closerAt);
    if (i >= text.length) break;
    if (inQuote && inQuote[i]) continue;
    // A quotation that itself ends the sentence: `… she said: “I agree.” Then …`
    if (i === closerAt) {
      const closed = spans[spanIdx]!;
      // A note's number after it (`… at sprint speed."6 She …`) ends with it.
      // (its stop may stand inside a quotation of its own: `"He'd say, 'Paying you for goats?'" She …`)
      const stopped = INNER_STOP_AT_END().test(closed.inner);
      const note = stopped ? endnoteLength(text, i + 1) : 0;
      NEXT_SENTENCE_START().lastIndex = i + 1 + note;
      if (stopped && NEXT_SENTENCE_START().test(text)) push(i + 1 + note);
      // Chinese sets no space after a quotation closed by its own stop ("“…投资。”他表示，新工厂…"): the
      // next sentence starts right after the mark, unless that is the quotation's own attribution ("“…。”何一说。").
      else if (/[。！？]$/.test(closed.inner) && /\p{sc=Han}/u.test(text[i + 1] ?? '') && !CJK_SAYS_AFTER().test(text.slice(i + 1, i + 40))) push(i + 1);
      continue;
    }
    const ch = text[i]!;
    // "ព.ស. ២៥៦៨" (Buddhist era): Khmer and Myanmar end sentences with their own stops (។ ။), so a
    // full stop right after one of their letters closes an abbreviation.
    if (ch === '.' && ABBREVIATING_SCRIPT_LETTER().test(text[i - 1] ?? '')) continue;
    // "พ.ศ. ๒๕๖๗", "ดร.": Thai ends a sentence with a space, never a full stop: one after a Thai letter abbreviates.
    // "ஆர். ராமநாதன்", "ரூ. 1 கோடி", "செப். 24": Tamil, which has no capitals to tell an initial,
    // abbreviates with one syllable and a stop (a sentence ends on a longer word, its verb).
    if (ch === '.' && (THAI_LETTER().test(text[i - 1] ?? '') || isTamilSyllableStop(text, i))) continue;
    // The marks and closers after the stop ("?!", "…”)"): in a run of them every stop's scan
    // ends where the first one's did (a line of 40 KB of dots was scanned once per dot).
    let j = i + 1;
    if (i < trailEnd) j = trailEnd;
    else while (j < text.length && TRAILING_MARKS.test(text[j]!)) j++;
    trailEnd = j;
    // A reference's citation marks after the stop ("… in 2017.[2][5] She …") end the sentence with it.
    while (text[j] === '[' && FOOTNOTE_MARK().test(text.slice(j, j + 20))) j = text.indexOf(']', j) + 1;
    // So does an endnote's number set as plain digits after a word's stop ("… left two companies.1
    // He had …"): a word's stop, never a number's ("2.5 Million").
    if (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39 && (j > i + 1 || /\p{Ll}/u.test(text[i - 1] ?? ''))) j += endnoteLength(text, j);
    // And a note's marker set as superscript digits ("… of the collapse.¹ The gain …", "…".³ Exchange …").
    else while (j < text.length && j - trailEnd < 3 && isSuperscriptDigit(text.charCodeAt(j))) j++;
    if (j >= text.length) continue;
    if (!/\s/.test(text[j]!)) {
      // Chinese and Japanese set no space after a stop; Myanmar and Khmer often set none either.
      if (ch === '。' || ch === '！' || ch === '？' || ch === '။' || ch === '។' || ch === '।') push(j);
      continue;
    }
    let k = j;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    if (k >= text.length) continue;
    const next = text[k]!;
    if (!/[\p{Lu}\p{N}“"‘'(«「„\p{Lo}#$]/u.test(next)) continue;
    // "posted on X. “I'm honored…”": a capital's full stop before a quotation ends the sentence;
    // an initial is followed by the rest of a name, never by an opening quote mark.
    if (ch === '.' && isAbbreviation(text, i, seenStop) && !(/[“"‘«]/.test(next) && j === i + 1 && /^\p{Lu}$/u.test(text[i - 1]!) && !/[\p{L}.]/u.test(text[i - 2] ?? ' '))) continue;
    // "meets at 6 p.m. Tuesday in the chambers", "at 3 p.m. ET": the clock's day or time zone goes on
    // with the time; "at 11 p.m. Officials left" ends there.
    if (ch === '.' && j === i + 1 && next !== undefined && CLOCK_SUFFIX_END().test(text.slice(Math.max(0, i - 5), i + 1)) && DAY_OR_ZONE_AFTER_CLOCK().test(text.slice(k, k + 12))) continue;
    push(j);
  }
  push(text.length);
  return out;
}

/** A quotation's words ending on a stop, perhaps inside the closing mark of a quotation within it ("…the goats?'"). */
const INNER_STOP_AT_END = lazy(() => /[.!?…](?:\s*['’‘"”])?\s*$/);
/** A clock's "a.m." / "p.m." ending at a stop, after the time's digits: "6 p.m.", "10:30 a.m.". */
const CLOCK_SUFFIX_END = lazy(() => /\d\s?[ap]\.m\.$/);
/** A weekday or a time zone right after a clock's "p.m.": the same sentence's "Tuesday", "ET". */
const DAY_OR_ZONE_AFTER_CLOCK = lazy(() => /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST)(?![\p{L}]))/u);

/** ¹ ² ³ and ⁰, ⁴–⁹: a footnote's marker written as superscript. */
function isSuperscriptDigit(c: number): boolean {
  return c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079 && c !== 0x2071 && c !== 0x2072 && c !== 0x2073);
}

/**
 * An endnote's number at `at`, set as plain digits after a sentence's stop or closing quotation
 * mark: one to three digits, then a space and a capital (the next sentence) or the end. Its length, or 0.
 */
function endnoteLength(text: string, at: number): number {
  let k = at;
  while (k < text.length && k - at < 4 && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x39) k++;
  if (k === at || k - at > 3) return 0;
  if (k === text.length) return k - at;
  ENDNOTE_NEXT().lastIndex = k;
  return ENDNOTE_NEXT().test(text) ? k - at : 0;
}
const ENDNOTE_NEXT = lazy(() => /\s+[\p{Lu}“"‘]/uy);
const THAI_LETTER = lazy(() => /[\u0e01-\u0e4e]/u);
/** One Tamil syllable: a vowel, or a consonant with its vowel sign, then perhaps a consonant with its virama (ஆர், கே, ரூ, செப், எஸ்). */
const TAMIL_SYLLABLE = lazy(() => /^(?:[\u0b85-\u0b94]|[\u0b95-\u0bb9][\u0bbe-\u0bcc]?)(?:[\u0b95-\u0bb9]\u0bcd)?$/u);
/** The word before the stop at `dot` is one Tamil syllable, a word of its own (a space or an opening mark before it). */
function isTamilSyllableStop(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && dot - s < 5 && /[\u0b80-\u0bff]/u.test(text[s - 1]!)) s--;
  if (s === dot || /[\u0b80-\u0bff]/u.test(text[s - 1] ?? '')) return false;
  return TAMIL_SYLLABLE().test(text.slice(s, dot));
}
/** A letter of a script whose full stop is its own (Khmer, Myanmar): a "." after it abbreviates. */
export const ABBREVIATING_SCRIPT_LETTER = lazy(() => /[\u1000-\u109f\u1780-\u17ff]/u);
// Ethiopic's full stop (።) and question mark (፧) end a sentence as "." and "?" do (Amharic, Tigrinya),
// as do the Arabic question mark (؟: Persian, Arabic, Urdu), Armenian's full stop (։), Myanmar's
// (။), Khmer's (។, and ៕ that closes a text) and the danda of Hindi, Marathi, Nepali and Bengali
// (।, and ॥ that closes a verse).
const SENTENCE_END = lazy(() => /[.!?…。！？።፧؟։။។៕।॥]/g);
const TRAILING_MARKS = /[.!?…”’"')\]]/;
/** A citation mark: "[2]", "[a]", "[citation needed]", and Markdown's footnote reference "[^42]". */
const FOOTNOTE_MARK = lazy(() => /^\[(?:\^?(?:\d{1,3}|[a-z])|citation needed)\]/);
const NEXT_SENTENCE_START = lazy(() => /\s+[\p{Lu}“"‘„]/uy);
/** After a Chinese quotation, its speaker and a verb of saying ending the sentence: "”何一说。", "”，他补充道。". */
export const CJK_SAYS_AFTER = lazy(() => /^\s*[，,]?\s*(\p{Script=Han}{1,16}?(?:说|表示|称|写道|指出|强调|透露|坦言|补充说|补充道|说道))\s*[。！；]/u);

/** /[\p{L}.]/u on one UTF-16 unit, without the regex for ASCII. */
function isLetterOrDot(code: number, unit: string): boolean {
  if (code < 0x80) return code === 0x2e || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return LETTER_OR_DOT().test(unit);
}
const LETTER_OR_DOT = lazy(() => /[\p{L}.]/u);

/** The longest word ABBREVIATIONS holds: a longer word before a stop is none, nor an initial. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/**
 * `seen` remembers the last stop looked at and where its word began: a later stop whose scan back
 * reaches it (a run of stops, "U.S.A.") goes on from there instead of reading the run again.
 */
function isAbbreviation(text: string, dot: number, seen: { dot: number; start: number } = { dot: -1, start: -1 }): boolean {
  let s = dot - 1;
  while (s >= 0 && s !== seen.dot && isLetterOrDot(text.charCodeAt(s), text[s]!)) s--;
  if (s >= 0 && s === seen.dot) s = seen.start;
  seen.dot = dot;
  seen.start = s;
  if (dot - s - 1 > LONGEST_ABBREVIATION) return false;
  const word = text.slice(s + 1, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A page reference: "(p. 241)", "pp. 12-14".
  if ((word === 'p' || word === 'pp') && /^\s\d/.test(text.slice(dot + 1, dot + 3))) return true;
  // Initials: "J. Smith", "U.S.", and an initialism's last: "the E.U. Commission", "U.N. envoys".
  // ("5 P.M. The vote" ends its sentence: a time's letters are no initialism.)
  return /^\p{L}(?:\.\p{L})*$/u.test(word) && word !== 'a.m' && word !== 'p.m' && /\p{Lu}/u.test(text[dot - 1]!);
}

// ---------------------------------------------------------------- lexical tests

const FIRST_SINGULAR = lazy(() => /(?<![\p{L}'’])(I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|myself)(?![\p{L}'’])/u);
const FIRST_PLURAL = lazy(() => /(?<![\p{L}'’])(we|we're|we’re|we've|we’ve|our|ours|us|ourselves)(?![\p{L}'’])/iu);
const SECOND_PERSON = lazy(() => caselessRegExp(String.raw`(?<![\p{L}'’])(you|your|yours|yourself|yourselves|you're|you’re|you've|you’ve|you'd|you’d)(?![\p{L}'’])`, 'iu'));
/** me, my, mine, myself in any case (caselessRegExp: the `iu` matches without the i flag's compile cost). */
const FIRST_SINGULAR_OBJECT = lazy(() => caselessRegExp(String.raw`(?<![\p{L}'’])(me|my|mine|myself)(?![\p{L}'’])`, 'iu'));

/** Text in the first person singular ("I", "my"): the voice of someone answering, never of an interviewer's question. */
export function isFirstPersonSingular(text: string): boolean {
  // Case-sensitive "I" so the Roman numeral in "World War I" at least needs a capital; "me/my" any case.
  return FIRST_SINGULAR().test(text) || FIRST_SINGULAR_OBJECT().test(text);
}

export function isFirstPersonPlural(text: string): boolean {
  return FIRST_PLURAL().test(text);
}

export function hasSecondPerson(text: string): boolean {
  return SECOND_PERSON().test(text);
}

const INTERROGATIVE_OPENERS =
  lazy(() => /^(how|what|what's|what’s|which|why|when|where|who|whom|whose|do|does|did|is|are|was|were|can|could|will|would|should|shall|have|has|had|may|might)\b/i);
const SUBORDINATE_OPENING = lazy(() => /^(?:when|where)\s+(?!(?:do|does|did|is|are|was|were|can|could|will|would|should|shall|have|has|had|may|might|must|am)\b)\S/i);
/**
 * A pseudo-cleft: "What I'd say to Priya is …", "What you need is a survey.", "What we found was …":
 * "what", a subject, its clause, then "is"/"was" (a stop ends it): a statement, the "what" no question's.
 */
const PSEUDO_CLEFT = lazy(() => /^what\s+(?:I|I['’]d|I['’]ve|we|we['’]d|we['’]ve|you|you['’]d|you['’]ve|he|she|they|they['’]d|people|everyone)\s(?:[^,;?]{0,80}?\s)?(?:is|was|are|were)\s[^?]*\.$/i);
const IMPERATIVE_PROMPTS = lazy(() => /^(please|tell|describe|share|walk us|talk|explain|introduce|give us|let's talk|let’s talk)\b/i);

/**
 * A sentence that asks: it ends with a question mark, or it opens with an
 * interrogative word and puts it to "you" ("How do you spend your day.").
 * `loose` drops the "you" test, for places where the structure already says a
 * question is due (right before an answer marker): "What impact does … have."
 * Without it, "When we make such decisions, …" or "What Binance is doing may…"
 * would read as questions.
 */
export function isQuestionSentence(sentence: string, loose = false): boolean {
  const s = sentence.trim();
  if (/[?？؟]["”’')\]»]*$/.test(s)) return true;
  // Armenian sets its question mark (՞) on the word asked about, mid-sentence ("Ինչո՞ւ որոշեցիք …։"),
  // and ends the question with the full stop: the mark outside any quotation makes the sentence ask.
  if (s.includes('\u055E') && /\u055E/.test(s.replace(/«[^«»]*»/g, ''))) return true;
  if (CJK_ASKS().test(s) && asksInChinese(s)) return true;
  if (KANA().test(s) && JAPANESE_ASKS().test(s)) return true;
  if (!INTERROGATIVE_OPENERS().test(s) || /[!]$/.test(s) || /,/.test(s.split(/\s+/).slice(0, 2).join(' '))) return false;
  // "When it is your turn you take the whole pot.": "when" or "where" with no verb put before its
  // subject opens a clause of time or place, no question ("When did you …", "Where is …" ask).
  if (/\.$/.test(s) && SUBORDINATE_OPENING().test(s)) return false;
  if (PSEUDO_CLEFT().test(s)) return false;
  return loose || hasSecondPerson(s);
}

/**
 * A turn that asks by its marks alone: it ends on a question mark (?, ？, the Arabic script's ؟),
 * or its last sentence holds Armenian's question mark (՞), which sits on the word asked about
 * ("Ինչպե՞ս ազդեց դա ձեր բիզնեսի վրա։"), outside any quotation.
 */
export function asksByMark(text: string): boolean {
  const s = text.trim();
  if (/[?？؟]["”»’)]*$/u.test(s)) return true;
  if (!s.includes('\u055E')) return false;
  const sentences = splitSentences(s);
  return isQuestionSentence(sentences[sentences.length - 1]?.text ?? s);
}

/**
 * A Chinese question written without its question mark, as chat messages are: it ends on a
 * question particle ("…能追回来吗", "…呢"), or, short and with no closing punctuation at all, it
 * holds a question word ("CZ 什么时候回来发推啊": "when"). A sentence closed by "。" or "！" states.
 */
const CJK_ASKS = lazy(() => /[吗嗎呢么麼嘛谁誰哪几幾多怎为為什是能会會有]/u);
const CJK_PARTICLE_END = lazy(() => /(?:吗|嗎|呢)[\s"”’)）」』]*$/u);
const CJK_QUESTION_WORD = lazy(() => /什么|什麼|为什么|為什麼|怎么|怎麼|怎样|怎樣|哪里|哪裡|哪儿|哪个|哪個|谁|誰|几时|幾時|多少|是否|是不是|能不能|会不会|會不會|有没有|有沒有/u);
function asksInChinese(s: string): boolean {
  if (!/\p{Script=Han}/u.test(s)) return false;
  if (CJK_PARTICLE_END().test(s)) return true;
  return s.length <= 40 && !/[。．.！!；;…]["”’)）」』]*$/u.test(s) && CJK_QUESTION_WORD().test(s);
}

/**
 * A Japanese question, written as the press writes it, closed by a full stop and no "？": it ends
 * on the question particle か ("…いかがですか。", "…でしょうか。", "…ありますか。"), on a topic
 * left open with は ("日本の利用者への影響は。", "現在の取扱銘柄数は。": "and the …?"), or asks to
 * be told ("…を教えてください。", "…お聞かせください。"). Only in text with kana: a Chinese
 * sentence never ends so.
 */
const KANA = lazy(() => /[\p{Script=Hiragana}\p{Script=Katakana}]/u);
const JAPANESE_ASKS = lazy(() => /(?:か(?:ね|な)?|は|(?:教えて|聞かせて|話して|伺わせて)(?:ください|下さい))[」』）)]*[。．.]?$/u);

/** "Please share…", "Tell us about…": a prompt that asks without a question mark. */
export function isImperativePrompt(sentence: string): boolean {
  return IMPERATIVE_PROMPTS().test(sentence.trim()) && hasSecondPerson(sentence);
}

const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'as', 'vs', 'via', 'into', 'onto', 'per', 'over', 'up', 'its', 'is',
]);

/**
 * A word in capitals as names are written: "KIPROTICH" Kiprotich, "O'NEILL" O'Neill, "MBEKI-LOWE"
 * Mbeki-Lowe, "McILROY" McIlroy, "MCRAE" McRae (a label's or a byline's name set in capitals).
 */
export function titleCase(word: string): string {
  const mc = /^(Ma?c)(\p{Lu}{2}[\p{Lu}'’-]*)$/u.exec(word);
  if (mc) return mc[1]! + titleCase(mc[2]!);
  // "MCRAE" McRae, "MCGREGOR" McGregor: "Mc" is the prefix of the name after it (not so "Mac":
  // "MACK", "MACHADO"; a document writing "MacLeod" gives it, first-names.ts nameCaseAsWritten)
  const allCapsMc = /^MC(\p{Lu}{3}[\p{Lu}'’-]*)$/u.exec(word);
  if (allCapsMc) return 'Mc' + titleCase(allCapsMc[1]!);
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

/** A name set in capitals as names are written, word by word and across initials: "KERRY MALONE" Kerry Malone, "J.R. SMITH" J.R. Smith. */
export function titleCaseName(name: string): string {
  return name.split(' ').map((w) => w.split('.').map(titleCase).join('.')).join(' ');
}

/** Most words capitalised, as in a heading: "How He Yi Entered Crypto", "Why Become a Co-Founder?" */
export function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  if (content.length === 0) return false;
  const caps = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / content.length >= 0.75;
}

/** Ends like a sentence: period, question or exclamation mark, ellipsis, optionally followed by closing quotes. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…。！？።፧؟։။។៕।॥]["”’')\]»]*\s*$/.test(text);
}

export function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** Lowercase the first letter of a description that began a sentence ("One team member" → "one team member"). */
export function lowerFirst(text: string): string {
  return text.replace(/^(A|An|One|Another|The|This|That|Some|Most|Many|Several|Two|Three|Every|Each)\b/, (w) => w.toLowerCase());
}

/**
 * The sentences of a paragraph that ask (a question, or a "Please share…"
 * prompt), with all its sentences; null for text in the first person
 * singular, which is an answerer's voice, never an interviewer's. Transcript
 * and TSV question rules both start here.
 */
export function askingSentences(raw: string): { text: string; sentences: Sentence[]; asking: Sentence[] } | null {
  const text = normalizeSpace(raw);
  if (isFirstPersonSingular(text)) return null;
  const sentences = splitSentences(text);
  return { text, sentences, asking: sentences.filter((s) => isQuestionSentence(s.text) || isImperativePrompt(s.text)) };
}

// ---------------------------------------------------------------- HTML entities

const NAMED_ENTITIES: Record<string, string> = {
  quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', hellip: '…', laquo: '«', raquo: '»', bull: '•', middot: '·',
  eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â', iacute: 'í', oacute: 'ó', uacute: 'ú',
  ntilde: 'ñ', ccedil: 'ç', auml: 'ä', ouml: 'ö', uuml: 'ü', szlig: 'ß', Eacute: 'É', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü',
  euro: '€', pound: '£', yen: '¥', cent: '¢', copy: '©', reg: '®', trade: '™', deg: '°', times: '×', frac12: '½',
  shy: '', zwj: '', zwnj: '',
};
const ENTITY = lazy(() => /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,7}));/g);

/**
 * Text exported from a CMS or a feed keeps HTML's escapes (`&quot;We&#8217;re…&quot; said
 * Lyle Benson`): decoded, its quotations, apostrophes and dashes read as a reader sees them.
 * An unknown name stays as written; a code that would break a line (`&#10;`) becomes a space,
 * so every line keeps its number. Text without an `&` is returned as it is.
 */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY(), (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return ' ';
    return String.fromCodePoint(code);
  });
}

/** A line that opens on an HTML block element: `<p>`, `<p class="byline">`, `<h1>`, `<blockquote>`. */
const HTML_BLOCK_LINE = lazy(() => /^\s*<(?:p|h[1-6]|blockquote|div|li|ul|ol|article|section|figure|figcaption)(?:\s[^>]*)?>/i);
const HTML_HEADING = lazy(() => /^(\s*)<h([1-6])(?:\s[^>]*)?>(.*?)<\/h\2>\s*$/i);
const HTML_RULE = lazy(() => /^(\s*)<hr(?:\s[^<>]*)?\/?>\s*$/i);
const HTML_BLOCKQUOTE_OPEN = lazy(() => /^(\s*)<blockquote(?:\s[^>]*)?>/i);
const HTML_TAG = lazy(() => /<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>/g);

/**
 * Text pasted from a web page's source, its tags left in (`<p>…</p>`, `<h1>…</h1>`,
 * `<blockquote>“…”<br>&mdash; Name</blockquote>`): read as the page reads. A heading becomes a
 * Markdown heading, a block quotation a `> ` block, a line break a space, every other tag
 * nothing, so each line keeps its number. Only where at least two lines open on a block element
 * (a caption file's `<v Name>` and `<i>` stay, as does a stray tag in prose).
 */
export function withoutHtmlTags(text: string): string {
  if (!text.includes('</')) return text;
  const lines = text.split('\n');
  let blocks = 0;
  for (const l of lines) if (HTML_BLOCK_LINE().test(l) && ++blocks >= 2) break;
  if (blocks < 2 || /^\uFEFF?WEBVTT\b/.test(text) || isTtmlText(text)) return text;
  return lines
    .map((l) => {
      // A rule (`<hr />`) parts the page as Markdown's "---" does: what follows it (share buttons,
      // tags, the comments) is no more of the answer or paragraph above.
      if (HTML_RULE().test(l)) return l.replace(HTML_RULE(), '$1---');
      const h = HTML_HEADING().exec(l);
      if (h) return `${h[1]}${'#'.repeat(Number(h[2]))} ${h[3]!.replace(HTML_TAG(), '').trim()}`;
      const bq = HTML_BLOCKQUOTE_OPEN().exec(l);
      const rest = bq ? l.slice(bq[0].length) : l;
      const plain = rest.replace(/<br\s*\/?>/gi, ' ').replace(HTML_TAG(), '');
      return bq ? `${bq[1]}> ${plain.trim()}` : plain.trimEnd();
    })
    .join('\n');
}

/** A TTML (DFXP) caption document (XML whose root is `<tt>`): its tags are the caption reader's to read. */
export const isTtmlText = isTtmlHead;

/** Words a sentence does not end on: a line that stops on one was cut by the line width. */
const OPEN_ENDING = lazy(() => /\b(?:the|a|an|of|in|on|at|to|for|and|or|but|with|from|by|as|is|was|are|were|that|my|our|your|their|his|her|its|this|these|those|into|than|then|when|if|because)$/i);

/** The text stops on a word no sentence ends on ("…reported a deficit of"): the line was cut there. */
export function endsOnOpenWord(text: string): boolean {
  return OPEN_ENDING().test(text.trimEnd());
}

/** A line that stops on a speech verb: its quotation or its reported words are on the next line. */
const SPEECH_VERB_AT_END = lazy(() => /(?<![\p{L}])(?:said|says|told|added|explained|noted|wrote|writes|asked|replied|warned|argued)\s*$/iu);

/**
 * A line whose sentence goes on in the line under it, however short or
 * title-like it is (so it heads nothing): it stops on a word no sentence ends
 * on or on a speech verb, or the next line starts in lowercase. Not a line in
 * capitals: a cover's lines break between the words of its title.
 */
export function continuesOnNextLine(line: string, next: string): boolean {
  // A cover set in capitals ("HEARING" / "BEFORE THE" / "SUBCOMMITTEE ON …") is a title block.
  if (!/\p{Ll}/u.test(line)) return false;
  return endsOnOpenWord(line) || SPEECH_VERB_AT_END().test(line) || /^\s*\p{Ll}/u.test(next);
}

/** A list item's number before a line set in bold or italics ("1. **Is the dividend safe?**"): prose and transcripts read the question without it. */
export const LIST_NUMBER_BEFORE_EMPHASIS = lazy(() => /^\s*\d{1,2}[.)]\s+(?=[*_])/);

/** An author line naming several people: "Owen Tracy and Mira Solano", "Ana Ruiz, Tom Hale & Li Wei". */
const SEVERAL_PEOPLE = lazy(() => /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*)*,? (?:and|&) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*$/u);

/**
 * Whose voice a document's own sentences (its claims) are: its author, else its publisher.
 * An article by two reporters is neither one's words alone, and "A and B" is no one person:
 * its claims have no speaker (the document's author still lists both).
 */
export function narratorOf(meta: { author: string | null; publisher: string | null }, registry?: { resolve(name: string): string | null }): string | null {
  // The test before the pattern: most authors are one person, and a Unicode pattern costs a compile.
  if (meta.author && / (?:and|&) |,/.test(meta.author) && SEVERAL_PEOPLE().test(normalizeSpace(meta.author))) return null;
  const narrator = meta.author ?? meta.publisher ?? null;
  // A byline names the author as the text spells it ("By Yi He"): the speaker is who that name is.
  return narrator && registry ? (registry.resolve(narrator) ?? narrator) : narrator;
}

/**
 * Pandoc's attribute syntax, kept in Markdown converted from a .docx: a span's words without it
 * ("[about 40% of staff]{.mark}" reads "about 40% of staff") and a heading's "{#id .unnumbered}"
 * gone. Only a brace block of ids, classes and key=value pairs is markup; other braces stay.
 */
export function withoutPandocAttributes(text: string): string {
  if (!text.includes('{#') && !text.includes('{.')) return text;
  return text.replace(PANDOC_SPAN(), '$1').replace(PANDOC_ATTRIBUTES(), '');
}
const PANDOC_ATTRIBUTE_BLOCK = String.raw`\{[#.][\p{L}\p{N}_:-]+(?:\s+(?:[#.][\p{L}\p{N}_:-]+|[\w-]+=(?:"[^"\n]*"|[\w-]+)))*\}`;
const PANDOC_SPAN = lazy(() => new RegExp(String.raw`\[([^\[\]\n]*)\]` + PANDOC_ATTRIBUTE_BLOCK, 'gu'));
const PANDOC_ATTRIBUTES = lazy(() => new RegExp(' ?' + PANDOC_ATTRIBUTE_BLOCK, 'gu'));

/**
 * A line without the edit link a wiki page copied from the browser keeps after each section's
 * title ("Career[edit]", "Early life [edit source]" → "Career", "Early life"); the line itself when
 * it has none. (Read without a pattern that starts at every space: a long run of spaces stays linear.)
 */
export function withoutEditLink(raw: string): string {
  const line = raw.trimEnd();
  if (!line.endsWith(']')) return raw;
  const open = line.lastIndexOf('[');
  return open > 0 && /^\s*edit(?:\s+source)?\s*$/i.test(line.slice(open + 1, -1)) ? line.slice(0, open).trimEnd() : raw;
}

/**
 * A record's words without Markdown's inline marks: `**Tomás Ibarra**` and `*Lumen*` read as
 * their words, `[Lumen v3 roadmap](https://…)` as its link text with the address after it in
 * brackets (grep finds the address; so must search), an image `![alt](…)` as its alt text so. Only paired marks around
 * words go (a lone `*` or `2*3` stays), and a text with no `*`, `_` or `](` is returned as it is.
 */
export function withoutInlineMarkup(text: string): string {
  if (text.includes('{')) text = withoutPandocAttributes(text);
  if (!text.includes('*') && !text.includes('_') && !text.includes('](')) return text;
  return text
    .replace(MARKDOWN_LINK, '$1 ($2)')
    .replace(STRONG, '$2')
    .replace(EMPHASIS, '$2');
}
// The address: absolute, rooted or anchored, or a relative file or path ("ama-desk.jpg", "img/map.png",
// "careers.html#open"), its parts set apart by "." or "/" (one way to split it: linear).
// (The link text holds no "[": with `[^\]\n]+` each "[" of a long run scanned on to the one "](" at
// its end, 90 s for 200 KB of "[". A "[" before the link stays as written, the nearest one opens it.)
const MARKDOWN_LINK = /!?\[([^[\]\n]+)\]\(((?:https?:\/\/|mailto:|\/|#|\.\.?\/)[^)\s]*|[\w-]+(?:[./][\w-]+)+(?:[?#][^)\s]*)?)\)/g;
const STRONG = /(\*\*|__)(?=\S)([^*_\n]*?\S)\1/g;
const EMPHASIS = /(?<![\p{L}\p{N}*_])([*_])(?=[^\s*_])([^*_\n]*?[^\s*_])\1(?![\p{L}\p{N}*_])/gu;

/**
 * A wiki link as the words it shows: "[[Solveig Halvorsen]]" is "Solveig Halvorsen", a link to a
 * heading "[[Annual report 2022#Sales]]" is "Annual report 2022#Sales" (its words all kept), one with
 * its own text "[[Solveig Halvorsen|Solveig]]" is "Solveig (Solveig Halvorsen)" as a Markdown link
 * keeps its address after its text, and an embed "![[map.png]]" is "map.png". A link of two bars or
 * more ("[[File:x.jpg|thumb|caption]]") is left as written. No "[" or "]" or line break inside, so
 * each "[[" is scanned only to the next bracket: linear.
 */
export function withoutWikiLinks(text: string): string {
  if (!text.includes('[[')) return text;
  // A line of links and nothing else ("Related: [[CZ]], [[Yi He]], [[Runway]]") stays as written:
  // its brackets tell the note's own links from a site's "Related:" menu (src/parse/chrome.ts).
  if (text.includes('\n')) return text.split('\n').map((line) => (LINKS_ONLY_LINE.test(line) ? line : withoutWikiLinks(line))).join('\n');
  return text.replace(WIKI_LINK, (_all, target: string, shown: string | undefined) => (shown && shown.trim() && shown.trim() !== target.trim() ? `${shown.trim()} (${target.trim()})` : target.trim()));
}
const LINKS_ONLY_LINE = /^\s*(?:[-*]\s+)?(?:[\p{L} ]{1,30}:\s*)?(?:!?\[\[[^[\]\n]{1,200}\]\][\s,;·|]*){2,}$/u;
const WIKI_LINK = /!?\[\[([^[\]|\n]{1,200})(?:\|([^[\]|\n]{0,200}))?\]\]/g;

/**
 * "Transcript" alone on its line ("Full transcript", "Transcript:"): the label of the part that holds
 * the turns. Metadata (boilerplate), and no section: the headings above it head the notes, not the turns.
 */
// Google Meet's transcript document opens its tab with an emoji and names it after the meeting
// ("📖 Transcript", "Library Board Capital Planning - Transcript"): the same label.
export const TRANSCRIPT_PART_LABEL = lazy(() => /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:(?:full|episode|show|meeting)\s+|[^.!?:]{2,80}?\s[-–—]\s)?transcript:?$/iu);
/** A transcript part's label (TRANSCRIPT_PART_LABEL), also as a Markdown heading or in bold or italics: "## Transcript", "**Full transcript**". */
export function isTranscriptPartLabel(raw: string): boolean {
  const s = raw.trim();
  if (s.length > 120 || !/transcript/i.test(s)) return false;
  return TRANSCRIPT_PART_LABEL().test(s.replace(/^#{1,6}\s+/, '').replace(/^([*_]{1,2})(.+)\1$/, '$2').trim());
}
