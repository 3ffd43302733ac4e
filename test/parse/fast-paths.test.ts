/**
 * The parser's fast paths must give what the plain code they replace gives:
 * each is compared with that plain code on pseudo-random text (letters of
 * several scripts, quotation marks, sentence ends, whitespace of every kind,
 * astral characters and lone surrogates).
 */
import { describe, expect, it } from 'vitest';
import { expectEqual, expectSame } from '../expect-equal.js';
import { seededRandom as random } from '../random.js';
import { words, wordsByRegex } from '../../src/load/sentences.js';
import { CAPITALISED_WORD, FULL_NAME, KIN_FIRST_NAME, KIN_FIRST_NAME_HINT, hasLaterCapital, hasPersonNoun, HONORIFIC_NAME, MID_SENTENCE_CAPITAL, ORG_AFTER_PREPOSITION, PERSON_NOUN_ANY } from '../../src/parse/quotes.js';
import { findQuoteSpans, needsSpaceWork, splitSentences, withoutClosingHashes, type Sentence } from '../../src/parse/text.js';
import { FURNITURE_LINE, HEADER_LINE, isThreadFurniture, mayBeFurnitureLine, mayBeHeaderLine } from '../../src/parse/threads.js';

const PIECES = [
  'the', 'at', 'of', 'for', 'from', 'with', 'by', 'joined', 'joins', 'left', 'leaves', 'Cat', 'Loft', 'Birch Partners', '&', 'Ana', 'Ruiz', 'said', 'He Yi', 'CZ', 'Dr.', 'Mr.', 'U.S.', 'J.', 'e.g.', 'don’t', "it's", "rock'n'roll", '’90s', '2017', '1,500', '42',
  '.', '.', '!', '?', '…', '。', '！', '？', ',', ';', ':', '“', '”', '"', "'", '‘', '’', '«', '»', '「', '」', '(', ')', '[', ']', '—', '–', '-',
  ' ', ' ', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', 'É', 'été', 'Ł', 'ﬁ', 'Ⅻ', '①', '何一', '🚀', '\uD800', 'X',
];

function texts(seed: number, count: number): string[] {
  const rand = random(seed);
  const out: string[] = ['', ' ', 'a', ' a', 'a ', 'a  b', '.', '“”', '"'];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = Math.floor(rand() * 40);
    for (let j = 0; j < n; j++) s += PIECES[Math.floor(rand() * PIECES.length)] + (rand() < 0.5 ? ' ' : '');
    out.push(s);
  }
  for (let i = 0; i < 50; i++) {
    let s = '';
    const n = Math.floor(rand() * 120);
    for (let j = 0; j < n; j++) s += String.fromCharCode(rand() < 0.7 ? 32 + Math.floor(rand() * 95) : Math.floor(rand() * 0x10000));
    out.push(s);
  }
  return out;
}

/** splitSentences as it was written before it learnt to skip to the positions that matter: one step per character. */
function splitSentencesByCharacter(text: string): Sentence[] {
  const spans = findQuoteSpans(text);
  const inQuote = new Uint8Array(text.length);
  for (const s of spans) for (let k = s.start; k < s.end - 1; k++) inQuote[k] = 1;
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, start: start + lead, end: start + lead + t.length });
    start = end;
  };
  const closers = new Map(spans.map((s) => [s.end - 1, s]));
  const abbreviations = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'inc', 'ltd', 'co', 'jr', 'sr', 'no', 'approx', 'fig', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
  const isAbbreviation = (dot: number) => {
    let s = dot - 1;
    while (s >= 0 && /[\p{L}.]/u.test(text[s]!)) s--;
    const word = text.slice(s + 1, dot).toLowerCase();
    if (!word) return false;
    if (abbreviations.has(word)) return true;
    if ((word === 'p' || word === 'pp') && /^\s\d/.test(text.slice(dot + 1, dot + 3))) return true;
    return /^\p{L}$/u.test(word) && /\p{Lu}/u.test(text[dot - 1]!);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuote[i]) continue;
    const closed = closers.get(i);
    if (closed) {
      // An endnote's number after it (`…speed."6 She`) ends with it.
      const note = /[.!?…]\s*$/.test(closed.inner) ? /^\d{1,3}(?=\s+[\p{Lu}“"‘]|$)(?!\d)/u.exec(text.slice(i + 1))?.[0].length ?? 0 : 0;
      if (/[.!?…]\s*$/.test(closed.inner) && /^\s+[\p{Lu}“"‘„]/u.test(text.slice(i + 1 + note))) push(i + 1 + note);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…' && ch !== '。' && ch !== '！' && ch !== '？') continue;
    let j = i + 1;
    while (j < text.length && /[.!?…”’"')\]]/.test(text[j]!)) j++;
    // An endnote's number after a word's stop ("companies.1 He").
    if (j > i + 1 || /\p{Ll}/u.test(text[i - 1] ?? '')) j += /^\d{1,3}(?=\s+[\p{Lu}“"‘]|$)(?!\d)/u.exec(text.slice(j))?.[0].length ?? 0;
    if (j >= text.length) continue;
    if (!/\s/.test(text[j]!)) {
      if (ch === '。' || ch === '！' || ch === '？') push(j);
      continue;
    }
    let k = j;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    if (k >= text.length) continue;
    if (!/[\p{Lu}\p{N}“"‘'(«「„\p{Lo}#$]/u.test(text[k]!)) continue;
    // A capital's full stop right before an opening quote mark is no initial's.
    if (ch === '.' && isAbbreviation(i) && !(/[“"‘«]/.test(text[k]!) && j === i + 1 && /^\p{Lu}$/u.test(text[i - 1]!) && !/[\p{L}.]/u.test(text[i - 2] ?? ' '))) continue;
    push(j);
  }
  push(text.length);
  return out;
}

/** findQuoteSpans as it was before it remembered where each mark next occurs: a fresh search per quotation. */
function findQuoteSpansSearchingAfresh(text: string): { start: number; end: number; inner: string }[] {
  const pairs: Record<string, string> = { '“': '”', '„': '“', '«': '»', '»': '«', '「': '」', '『': '』', '‘': '’' };
  const closingPlace = (at: number) =>
    /[\p{L}\p{N}.,!?…;:—–-]/u.test(text[at - 1]!) && /[\s.,;:!?)\]—–-]/u.test(at + 1 < text.length ? text[at + 1]! : ' ');
  const findClose = (from: number, close: string, single: boolean) => {
    for (let j = text.indexOf(close, from); j >= 0; j = text.indexOf(close, j + 1)) {
      if (!single) return j;
      if (/[\p{L}\p{N}]/u.test(j + 1 < text.length ? text[j + 1]! : ' ')) continue;
      if (j === from) continue;
      return j;
    }
    return -1;
  };
  const spans: { start: number; end: number; inner: string }[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    let close: string | undefined;
    // ‘‘…’’ (Tamil's doubled marks): one quotation, the marks in pairs
    if (ch === '‘' && text[i + 1] === '‘' && /[\s([{“"—–:-]/.test(i === 0 ? ' ' : text[i - 1]!)) {
      const closing = text.indexOf('’’', i + 2);
      if (closing > i + 2) {
        spans.push({ start: i, end: closing + 2, inner: text.slice(i + 2, closing) });
        i = closing + 2;
        continue;
      }
    }
    if (ch === '"') close = '"';
    else if (ch === "'" || ch === '‘') {
      if (/[\s([{“"—–:-]/.test(i === 0 ? ' ' : text[i - 1]!)) close = ch === "'" ? "'" : '’';
    } else close = pairs[ch];
    // »…« only set tight against its words
    if (ch === '»' && (i + 1 >= text.length || /\s/.test(text[i + 1]!))) close = undefined;
    if (close === undefined) {
      i++;
      continue;
    }
    let end = findClose(i + 1, close, ch === "'" || ch === '‘');
    if (ch === '»' && end >= 0 && /\s/.test(text[end - 1]!)) end = -1;
    if (ch === '“' || ch === '"') {
      const other = text.indexOf(ch === '“' ? '"' : '”', i + 1);
      if (other > i + 1 && (end < 0 || other < end) && closingPlace(other) && !text.slice(i + 1, other).includes(ch)) end = other;
    }
    if (end < 0) {
      i++;
      continue;
    }
    spans.push({ start: i, end: end + 1, inner: text.slice(i + 1, end) });
    i = end + 1;
  }
  return spans;
}

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);

describe('fast paths give what the plain code gives', () => {
  const cases = texts(0x5e47, 2000);

  it('splitSentences: the same sentences as the one-character-at-a-time loop', () => {
    for (const t of cases) expectEqual(splitSentences(t), splitSentencesByCharacter(t), () => JSON.stringify(t));
  });

  it('splitSentences: the same sentences on runs of stops and closers (each stop of a run reuses the first one’s scan; no citation marks, which the loop does not know)', () => {
    const rand = random(0x5707);
    const pieces = ['.', '.', '!', '?', '…', '”', '’', '"', "'", ')', ']', ' ', ' ', '\n', 'A', 'a', 'Mr', 'U', '“', '。'];
    for (let i = 0; i < 1500; i++) {
      let s = '';
      for (let n = Math.floor(rand() * 16); n > 0; n--) s += pieces[Math.floor(rand() * pieces.length)]!.repeat(1 + Math.floor(rand() * 5));
      expectEqual(splitSentences(s), splitSentencesByCharacter(s), () => JSON.stringify(s));
    }
  });

  it('findQuoteSpans: the spans a fresh search per quotation finds', () => {
    // marks dense and mixed, so remembered positions are reused, passed and searched again
    const rand = random(0x9a07);
    const marked = Array.from({ length: 400 }, () => {
      let s = '';
      for (let j = Math.floor(rand() * 60); j > 0; j--) s += ['“', '”', '"', "'", '‘', '’', '«', '»', 'a', 'b.', ' ', ', ', '—'][Math.floor(rand() * 13)];
      return s;
    });
    for (const t of [...cases, ...marked]) {
      const spans = findQuoteSpans(t).map(({ start, end, inner }) => ({ start, end, inner }));
      expectEqual(spans, findQuoteSpansSearchingAfresh(t), () => JSON.stringify(t));
    }
  });

  it('needsSpaceWork: true exactly where /[^\\S ]| {2}|^ | $/ matches', () => {
    for (const t of cases) expectSame(needsSpaceWork(t), /[^\S ]| {2}|^ | $/.test(t), () => JSON.stringify(t));
  });

  it('words: the ASCII scanner reads the words the regex reads', () => {
    for (const t of cases) expectEqual(words(t), wordsByRegex(t), () => JSON.stringify(t));
    // and on text that takes the scanner (ASCII and curly quotes only)
    for (const t of cases) {
      // eslint-disable-next-line no-control-regex
      const ascii = t.replace(/[^\x00-\x7f‘’“”–—]/g, 'q');
      expectEqual(words(ascii), wordsByRegex(ascii), () => JSON.stringify(ascii));
    }
  });

  it('name patterns: the capital before the lookbehind matches what the lookbehind first matched', () => {
    const before = {
      mid: /(?<=[\p{Ll},;]\s+)(\p{Lu}\p{Ll}+)(?![\p{L}])/gu,
      // (later parts, and a capitalised word, may open with "O’" or "D'" before their capital)
      full: /(?<![\p{L}])(\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Lu}\.)(?:\s+(\p{Lu}\.|\p{Lu}(?:['’]\p{Lu})?\p{Ll}[\p{L}'’-]*))?(?:\s+(\p{Lu}(?:['’]\p{Lu})?\p{Ll}[\p{L}'’-]*))?\s+(\p{Lu}(?:['’]\p{Lu})?\p{Ll}[\p{L}'’-]*)(?![\p{L}])/gu,
      cap: /(?<![\p{L}])(\p{Lu}(?:['’]\p{Lu})?\p{Ll}[\p{L}'’-]*)(?![\p{L}])/gu,
      org: /(?<![\p{L}])(?:at|of|for|from|with|by|joined|joins|left|leaves)\s+((?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’.-]*){0,4})/gu,
    };
    for (const t of cases) {
      expectEqual(matches(MID_SENTENCE_CAPITAL(), t), matches(before.mid, t), () => JSON.stringify(t));
      expectEqual(matches(FULL_NAME(), t), matches(before.full, t), () => JSON.stringify(t));
      expectEqual(matches(CAPITALISED_WORD(), t), matches(before.cap, t), () => JSON.stringify(t));
      expectEqual(matches(ORG_AFTER_PREPOSITION(), t), matches(before.org, t), () => JSON.stringify(t));
    }
  });

  it('hasPersonNoun: true exactly where PERSON_NOUN_ANY matches', () => {
    const nouns = ['founder', 'Co-Founder', 'CEO', 'vp', 'VPs', 'woman', 'chairman', 'Congresswomen', 'man', 'men', 'xman', 'human', 'manager', 'managers', 'Managerial', 'head', 'ahead', 'host', 'co-host', 'locals', 'ſource', 'K', 'é', 'fané', 'éfan', 'fan’s', 'fan’', '’fan'];
    const rand = random(0x7e11);
    const mixed = cases.map((t) => {
      let s = '';
      for (const piece of t.split(' ')) s += piece + (rand() < 0.3 ? ` ${nouns[Math.floor(rand() * nouns.length)]}` : '') + ' ';
      return s;
    });
    for (const t of [...cases, ...mixed, ...nouns]) expectSame(hasPersonNoun(t), PERSON_NOUN_ANY().test(t), () => JSON.stringify(t));
  });

  it('hasLaterCapital: true wherever a name pattern that needs a second capital matches', () => {
    let matched = 0;
    let refused = 0;
    const extra = ['at Birch', ' Ana Ruiz', 'Mr. Hale', 'the Ledger', ', Ruiz', '  \u2003Ana', 'É', 'éÉ', 'a𝐀', '𝐀b', 'ab', 'At', ' A b'];
    for (const t of [...cases, ...extra]) {
      const gate = hasLaterCapital(t);
      if (!gate) refused++;
      for (const re of [ORG_AFTER_PREPOSITION(), HONORIFIC_NAME(), MID_SENTENCE_CAPITAL(), FULL_NAME()]) {
        if (matches(re, t).length === 0) continue;
        matched++;
        expectSame(gate, true, () => `${re.source} on ${JSON.stringify(t)}`);
      }
    }
    expect(matched).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });
  it('kinship pre-check: every sentence KIN_FIRST_NAME finds a relative in passes KIN_FIRST_NAME_HINT', () => {
    const kin = ['His daughter, Lise, runs', 'her brother Per said', "Rhys's wife, Bethan,", 'Rhys’ son Aled.', 'my cousin Ana;', 'Our aunt, Maud:', 'his son', 'HIS SON Tom,', 'her\u00a0sister\u2003Kim, ', 'Le-Roy’s widow Ida and'];
    const rand = random(0x4b1d);
    let found = 0;
    for (const t of cases) {
      let s = '';
      for (const piece of t.split(' ')) s += piece + (rand() < 0.2 ? ` ${kin[Math.floor(rand() * kin.length)]}` : '') + ' ';
      for (const x of [t, s]) {
        if (matches(KIN_FIRST_NAME(), x).length === 0) continue;
        found++;
        expectSame(KIN_FIRST_NAME_HINT().test(x), true, () => JSON.stringify(x));
      }
    }
    expect(found).toBeGreaterThan(50);
  });

  it('furniture without the pattern: a date, a month and year, a heading, a cue line or a number gets the answer FURNITURE_LINE gives', () => {
    // The lines articles and transcripts put through isThreadFurniture, and furniture's own pieces
    // (free text after "·", "|", "@", "by"; letters case folding maps to ASCII: "ſ", the Kelvin sign).
    const pieces = [
      'Mar 29, 2021', 'July 2017', 'Mar.', 'May', 'Sept', 'December', '2021', '29', '1.', '3.', 'CZ', 'and', 'He Yi:', 'Decentralized', 'Exchange', '(DEX)', 'Marta', 'Ruiz', '0:00', '1:02:15',
      '00:00:01,000', '-->', '[16:00:03]', '[laughs]', '12 Aug 2022', '2024-01-20', '20.01.2024', 'at', '10:02', 'pm', 'a.m.', '3', 'yr.', 'years', 'ago', 'ſecs', 'K', '1.2k', 'points',
      'comments', 'OP', '(OP)', '[S]', '[–]', 'level', 'reply', 'Reply', '#3', 'on:', 'by', 'bob', '@ana', '·', '•', '|', ',', '—', '–', '-', '/', '+', ' ', '  ', 'é', '何一',
    ];
    const rand = random(0xda7e);
    let furniture = 0;
    let other = 0;
    for (let i = 0; i < 8000; i++) {
      let s = '';
      const n = 1 + Math.floor(rand() * 5);
      for (let j = 0; j < n; j++) s += pieces[Math.floor(rand() * pieces.length)] + (rand() < 0.75 ? ' ' : '');
      const t = s.trim();
      const want = t.length > 0 && t.length <= 80 && FURNITURE_LINE().test(t);
      expectSame(isThreadFurniture(s), want, () => JSON.stringify(s));
      if (want) furniture++;
      else other++;
    }
    expect(furniture).toBeGreaterThan(100);
    expect(other).toBeGreaterThan(100);
  });

  it('thread pre-checks: a line the header or furniture pattern matches always passes its pre-check', () => {
    // Pieces of comment headers and their furniture, in both cases, with the letters case folding
    // maps to ASCII ("ſ", the Kelvin sign), mixed with ordinary words and punctuation.
    const pieces = [
      '[–]', '[-]', '[+]', '[S]', '[M]', '(OP)', 'OP', 'op', '@ana_epi', '@x', '**', '__', 'u/crumb_lord', 'Dr.', 'Ana', 'Ruiz', 'QuietRiverBaker', 'Mum', 'level', 'reply', 'Reply',
      'Replying to', 'In reply to', 'Re', 'Comment', '#3', '812', '1,044', '1.2k', '3', '18', '2021', 'points', 'point', 'pts', 'votes', 'upvote', 'comments', 'replies', 'likes',
      'retweets', 'quote tweets', 'views', 'by', 'years', 'yr.', 'yrs', 'mo', 'd', 'h', 'm', 'ſecs', 'ago', 'AGO', 'an', 'a', 'year', 'hour', 'just now', 'Today at', 'yesterday at',
      '10:02', '9:15:33', 'AM', 'p.m.', 'Mar', 'Sept.', 'june', 'Dec', 'December', '18 Aug 2022', '2024-01-20', '20.01.2024', '[20.01.2024 18:03]', '·', '•', '|', ',', '—', '–', ' ', '  ',
      'the', 'said', 'It was.', 'K', 'ago.', '?', '"', ':', '-',
    ];
    const rand = random(0x7ead);
    const lines: string[] = [];
    for (let i = 0; i < 6000; i++) {
      let s = '';
      const n = 1 + Math.floor(rand() * 8);
      for (let j = 0; j < n; j++) s += pieces[Math.floor(rand() * pieces.length)] + (rand() < 0.75 ? ' ' : '');
      lines.push(s.trim());
    }
    let headers = 0;
    let furniture = 0;
    for (const s of lines) {
      if (HEADER_LINE().test(s)) {
        headers++;
        expectSame(mayBeHeaderLine(s), true, () => JSON.stringify(s));
      }
      if (FURNITURE_LINE().test(s)) {
        furniture++;
        expectSame(mayBeFurnitureLine(s), true, () => JSON.stringify(s));
      }
    }
    expect(headers).toBeGreaterThan(100);
    expect(furniture).toBeGreaterThan(100);
    // and the pre-checks turn ordinary lines away
    for (const s of ['He said it was fine.', 'Speaker 1: Well, yes.', '00:01:02', 'In 2019 we raised $4 million.']) {
      expectSame(mayBeHeaderLine(s) && mayBeFurnitureLine(s), false, () => s);
    }
  });
});

describe('withoutClosingHashes', () => {
  it("gives what replace(/\\s+#+\\s*$/, '') gives", () => {
    const extra = ['## Early life ##', 'Title #', 'Title#', '#', '# ', ' #', 'a #  ', 'a \u00a0## \t', 'C# ', 'a # b #', '\u3000#', '##'];
    for (const t of [...texts(7, 400), ...extra, ...texts(8, 200).map((x) => `${x} ##`), ...texts(9, 200).map((x) => `${x}#\t `)]) {
      expectSame(withoutClosingHashes(t), t.replace(/\s+#+\s*$/, ''), () => JSON.stringify(t));
    }
  });
});
