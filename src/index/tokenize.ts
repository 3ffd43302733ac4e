/**
 * The tokenizer for interview text, used alike to index records and to read
 * queries (MiniSearch's default splits on every punctuation mark: "don't"
 * becomes "don" + "t" and "crypto-to-crypto" three terms).
 *
 * - A word is a run of letters, marks and digits. An apostrophe between two
 *   letters stays inside the word ("don't", "Binance's"), with ’ ʼ ＇ read as '.
 * - A hyphenated word ("crypto-to-crypto", "co-founder") is kept whole AND
 *   its parts are tokens of their own, so either finds it.
 * - Digits joined by "," or "." stay one number ("1,000" → "1000", "1.5x").
 * - Han, hiragana and katakana have no spaces between words: each character
 *   is a token, so a CJK query matches as a phrase of characters.
 * - Thai, Lao, Myanmar and Khmer set no spaces between words either: a run of
 *   several words is kept whole AND its words (ICU's dictionary, Intl.Segmenter)
 *   are tokens of their own, as a compound's parts are.
 * - A soft hyphen (U+00AD, a web page's or a PDF's hint where a long word may
 *   break: "regu\u00ADlators") before a letter is inside the word and no part
 *   of it: the word is "regulators", as a reader sees it and types it.
 * - NFKC (full-width letters and digits, ligatures) and lowercase.
 *
 * `scanTokens` keeps UTF-16 offsets into the original string, which is what
 * the second pass (match positions, snippets, phrase checks) works from.
 */

export type TokenKind = 'word' | 'compound' | 'part' | 'cjk';

export interface Token {
  /** normalized form: NFKC, lowercase, ' for every apostrophe, no soft hyphen, numbers without thousands separators */
  norm: string;
  /** UTF-16 offsets into the scanned string */
  start: number;
  end: number;
  /**
   * word: a plain word or number; compound: a hyphenated word as a whole;
   * part: one part of a compound (follows its compound); cjk: one CJK character.
   */
  kind: TokenKind;
}

/*
 * The tokens are what this regular expression matches, scanning left to right
 * (test/query/tokenize.test.ts keeps it and checks the scanner below against
 * it on random text):
 *
 *   CJK  = [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]
 *   CH   = (?:(?!CJK)[\p{L}\p{M}\p{N}])           one letter, mark or digit that is not CJK
 *   SEG  = CH+(?:(?:['’ʼ＇\u00AD](?=\p{L})|(?<=\p{N})[.,](?=\p{N}))CH+)*
 *   TOKEN = (CJK) | SEG(?:[-‐‑]SEG)*              with the u flag
 *
 * It is scanned by hand: V8 spends tens of milliseconds compiling that
 * expression (its Unicode classes and lookarounds), on every run, before the
 * first token, which is most of what a warm search costs beyond Node itself.
 * Every quantifier is greedy and whatever follows it is optional, so the
 * expression never backtracks: the scanner takes the longest run at each step
 * and gets the same tokens. ASCII is classified by its code; other characters
 * by small Unicode-class expressions, compiled on first use, and remembered.
 */

/** Character classes, as bits. */
const LETTER = 1; // \p{L}
const MARK = 2; // \p{M}
const NUMBER = 4; // \p{N}
const CJK_CHAR = 8; // Han, Hiragana or Katakana
const WORD = LETTER | MARK | NUMBER;

let classRes: { l: RegExp; m: RegExp; n: RegExp; cjk: RegExp } | null = null;
const classMemo = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 0x80) {
    if (cp >= 0x61 ? cp <= 0x7a : cp >= 0x41 ? cp <= 0x5a : false) return LETTER;
    return cp >= 0x30 && cp <= 0x39 ? NUMBER : 0;
  }
  // Latin-1: letters but for × and ÷, the ordinals ª º and µ; ² ³ ¹ ¼ ½ ¾ are numbers
  if (cp < 0x100) {
    if (cp >= 0xc0) return cp === 0xd7 || cp === 0xf7 ? 0 : LETTER;
    if (cp === 0xaa || cp === 0xb5 || cp === 0xba) return LETTER;
    return cp === 0xb2 || cp === 0xb3 || cp === 0xb9 || (cp >= 0xbc && cp <= 0xbe) ? NUMBER : 0;
  }
  // Latin Extended-A and -B: letters only
  if (cp < 0x250) return LETTER;
  // General Punctuation (dashes, quotes, ellipsis, spaces, format characters) and Currency Symbols hold no letter, mark, digit or CJK
  if ((cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x20a0 && cp <= 0x20cf)) return 0;
  let c = classMemo.get(cp);
  if (c === undefined) {
    classRes ??= { l: /\p{L}/u, m: /\p{M}/u, n: /\p{N}/u, cjk: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u };
    const ch = String.fromCodePoint(cp);
    c = (classRes.l.test(ch) ? LETTER : 0) | (classRes.m.test(ch) ? MARK : 0) | (classRes.n.test(ch) ? NUMBER : 0) | (classRes.cjk.test(ch) ? CJK_CHAR : 0);
    classMemo.set(cp, c);
  }
  return c;
}

/** classOf for ASCII, by code. */
const ASCII_CLASS = Uint8Array.from({ length: 0x80 }, (_, cp) => classOf(cp));

/** CH: a letter, mark or digit that is not CJK. */
const isWordChar = (c: number) => (c & WORD) !== 0 && (c & CJK_CHAR) === 0;

/** The code point at i (a lone surrogate is itself, as the u flag reads it). */
function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? -1;
}

const isApostrophe = (cp: number) => cp === 0x27 || cp === 0x2019 || cp === 0x2bc || cp === 0xff07;
const isHyphen = (cp: number) => cp === 0x2d || cp === 0x2010 || cp === 0x2011;
const HYPHEN_SPLIT_RE = /[-‐‑]/u;

/** Normalize one token's surface form. */
export function normalizeWord(raw: string): string {
  let s = raw.normalize('NFKC').toLowerCase();
  s = s.replace(/[’ʼ＇]/g, "'").replace(/[‐‑]/g, '-');
  if (s.includes('\u00ad')) s = s.replace(/\u00ad/g, '');
  // 1,000 → 1000 (thousands separators only: a comma followed by exactly three digits)
  if (/\d,\d{3}/.test(s)) s = s.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  return s;
}

/** normalizeWord for a token of ASCII only: NFKC and the apostrophe and hyphen variants change nothing there. */
function normalizeAscii(raw: string): string {
  const s = raw.toLowerCase();
  return s.includes(',') && /\d,\d{3}/.test(s) ? s.replace(/(\d),(?=\d{3}(?!\d))/g, '$1') : s;
}

/**
 * SEG from i, where a word character starts: its end, and whether it holds a
 * character outside ASCII (ascii[0] cleared then).
 */
function scanSegment(text: string, i: number, ascii: boolean[]): number {
  const n = text.length;
  let last = -1; // the last word character's code point
  for (;;) {
    // CH+ (ASCII inline: a CLI run executes this cold, where every call costs)
    while (i < n) {
      const u = text.charCodeAt(i);
      if (u < 0x80) {
        if (ASCII_CLASS[u] === 0) break;
        last = u;
        i++;
        continue;
      }
      const cp = codePointAt(text, i);
      if (!isWordChar(classOf(cp))) break;
      ascii[0] = false;
      last = cp;
      i += cp > 0xffff ? 2 : 1;
    }
    if (i >= n) return i;
    // an apostrophe or a soft hyphen before a letter, or . , between digits, joins another run of CH
    const cp = codePointAt(text, i);
    const width = cp > 0xffff ? 2 : 1;
    if (i + width >= n) return i;
    const next = classOf(codePointAt(text, i + width));
    const joins = isApostrophe(cp) || cp === 0xad ? (next & LETTER) !== 0 : (cp === 0x2e || cp === 0x2c) && (classOf(last) & NUMBER) !== 0 && (next & NUMBER) !== 0;
    if (!joins || !isWordChar(next)) return i;
    if (cp >= 0x80) ascii[0] = false;
    i += width;
  }
}

/** Thai, Lao, Myanmar and Khmer: scripts that set no space between words. */
const UNSPACED_SCRIPT = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]/;
let unspacedSegmenter: Intl.Segmenter | null | undefined;

/**
 * The words of a run of letters in a script written without spaces ("ที่เชียงใหม่และขอนแก่น":
 * ที่, เชียงใหม่, และ, ขอนแก่น), by ICU's dictionary (Intl.Segmenter); null for a run of one
 * word, of no such script, or without Intl.Segmenter. The run stays a token of its own, as a
 * hyphenated compound does, and its words are its parts: a word a reader finds by grep
 * inside the run is found by search, and a query of several glued words matches as they stand.
 */
export function unspacedWords(raw: string): Intl.SegmentData[] | null {
  if (!UNSPACED_SCRIPT.test(raw)) return null;
  if (unspacedSegmenter === undefined) unspacedSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'word' }) : null;
  if (!unspacedSegmenter) return null;
  const words: Intl.SegmentData[] = [];
  for (const seg of unspacedSegmenter.segment(raw)) if (seg.isWordLike) words.push(seg);
  return words.length > 1 ? words : null;
}

/**
 * Tokens of `text` with their offsets, in order. A compound comes first, then
 * its parts; `atomicTokens` leaves compounds out (for phrase checks).
 */
export function scanTokens(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  const ascii = [true];
  let i = 0;
  while (i < n) {
    const u = text.charCodeAt(i);
    // ASCII other than letters and digits: nothing starts here
    if (u < 0x80 && ASCII_CLASS[u] === 0) {
      i++;
      continue;
    }
    const cp = codePointAt(text, i);
    const width = cp > 0xffff ? 2 : 1;
    const c = classOf(cp);
    if (c & CJK_CHAR) {
      const raw = text.slice(i, i + width);
      out.push({ norm: normalizeWord(raw), start: i, end: i + width, kind: 'cjk' });
      i += width;
      continue;
    }
    if (!isWordChar(c)) {
      i += width;
      continue;
    }
    const start = i;
    ascii[0] = true;
    let end = scanSegment(text, i, ascii);
    let compound = false;
    // a hyphen followed by another segment
    while (end + 1 < n && isHyphen(text.charCodeAt(end)) && isWordChar(classOf(codePointAt(text, end + 1)))) {
      if (text.charCodeAt(end) >= 0x80) ascii[0] = false;
      compound = true;
      end = scanSegment(text, end + 1, ascii);
    }
    const raw = text.slice(start, end);
    const normalize = ascii[0] ? normalizeAscii : normalizeWord;
    i = end;
    if (!compound) {
      const words = ascii[0] ? null : unspacedWords(raw);
      if (!words) {
        out.push({ norm: normalize(raw), start, end, kind: 'word' });
        continue;
      }
      out.push({ norm: normalize(raw), start, end, kind: 'compound' });
      for (const w of words) out.push({ norm: normalize(w.segment), start: start + w.index, end: start + w.index + w.segment.length, kind: 'part' });
      continue;
    }
    out.push({ norm: normalize(raw), start, end, kind: 'compound' });
    let offset = start;
    for (const part of raw.split(HYPHEN_SPLIT_RE)) {
      if (part) out.push({ norm: normalize(part), start: offset, end: offset + part.length, kind: 'part' });
      offset += part.length + 1; // every hyphen variant is one UTF-16 unit
    }
  }
  return out;
}

/** Tokens without compounds: the word sequence a phrase is matched against. */
export function atomicTokens(text: string): Token[] {
  return scanTokens(text).filter((t) => t.kind !== 'compound');
}

/** The MiniSearch `tokenize` option: normalized tokens, compounds and their parts. */
export function tokenize(text: string): string[] {
  return scanTokens(text).map((t) => t.norm);
}
