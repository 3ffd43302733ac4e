/**
 * The tokenizer is scanned by hand (src/index/tokenize.ts); these check it
 * against the regular expression that defines it, on every BMP character and
 * on random text built from the characters where the rules turn.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanTokens, type Token } from '../../src/index/tokenize.js';
import { surfaceTerm } from '../../src/index/terms.js';
import { isStopWord } from '../../src/index/stopwords.js';

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
const CH = String.raw`(?:(?![${CJK}])[\p{L}\p{M}\p{N}])`;
const SEG = String.raw`${CH}+(?:(?:['’ʼ＇\u00AD](?=\p{L})|(?<=\p{N})[.,](?=\p{N}))${CH}+)*`;
const TOKEN_RE = new RegExp(String.raw`([${CJK}])|${SEG}(?:[-‐‑]${SEG})*`, 'gu');
const HYPHEN_RE = /[-‐‑]/u;

function normalizeWord(raw: string): string {
  let s = raw.normalize('NFKC').toLowerCase();
  s = s.replace(/[’ʼ＇]/g, "'").replace(/[‐‑]/g, '-').replace(/\u00ad/g, '');
  if (/\d,\d{3}/.test(s)) s = s.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  return s;
}

const THAI_WORDS = new Intl.Segmenter('th', { granularity: 'word' });

/** The tokenizer as it was written with the expression. */
function reference(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index ?? 0;
    if (m[1] !== undefined) {
      out.push({ norm: normalizeWord(raw), start, end: start + raw.length, kind: 'cjk' });
      continue;
    }
    if (!HYPHEN_RE.test(raw)) {
      // a run of Thai, Lao, Myanmar or Khmer words: the run, then its words by ICU's dictionary
      const words = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]/.test(raw) ? [...THAI_WORDS.segment(raw)].filter((w) => w.isWordLike) : [];
      out.push({ norm: normalizeWord(raw), start, end: start + raw.length, kind: words.length > 1 ? 'compound' : 'word' });
      if (words.length > 1) for (const w of words) out.push({ norm: normalizeWord(w.segment), start: start + w.index, end: start + w.index + w.segment.length, kind: 'part' });
      continue;
    }
    out.push({ norm: normalizeWord(raw), start, end: start + raw.length, kind: 'compound' });
    let offset = start;
    for (const part of raw.split(HYPHEN_RE)) {
      if (part) out.push({ norm: normalizeWord(part), start: offset, end: offset + part.length, kind: 'part' });
      offset += part.length + 1;
    }
  }
  return out;
}

/** Characters where the rules turn: apostrophes, hyphens, separators, marks, digits of other scripts, CJK, astral letters, lone surrogates. */
const PIECES = [
  'a', 'Z', 'é', 'ß', 'İ', 'ﬁ', 'Ａ', '1', '9', '٣', '²', '½', 'Ⅻ', '〇', '一', '何', 'の', 'カ', 'ー', '々', '⺀',
  "'", '’', 'ʼ', '＇', '‘', '\u00ad', '-', '‐', '‑', '–', '—', '.', ',', '，', '_', ' ', '\u00a0', '\u200b', '\n', '$', '%',
  '\u0301', '\u0308', '𝐀', '😀', '𝟙', '\ud800', '\udc00', 'Ⓐ', 'ǅ', 'x', 'I', 'don', 't', '1,000', '3.5', 'co',
];

/** Tokens as one string: comparing two strings is fast where a deep comparison of 100,000 objects is not. */
const flat = (toks: Token[]) => toks.map((t) => `${t.start},${t.end},${t.kind},${t.norm}`).join('\n');

describe('scanTokens', () => {
  it('gives the tokens the defining expression gives, on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(flat(scanTokens(text))).toBe(flat(reference(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every BMP character as the expression does, alone and between letters and digits', () => {
    const chars: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) chars.push(String.fromCharCode(cp));
    // one string per context, a space between characters so each is read on its own
    for (const [before, after] of [['', ''], ['a', 'b'], ['1', '2'], ["a'", ''], ['a-', '']]) {
      const text = chars.map((c) => `${before}${c}${after}`).join(' ');
      expect(flat(scanTokens(text))).toBe(flat(reference(text)));
    }
  });

  it('reads astral characters as the expression does', () => {
    const chars: string[] = [];
    for (let cp = 0x10000; cp <= 0x10ffff; cp += 53) chars.push(String.fromCodePoint(cp));
    const text = chars.map((c) => `a${c}1 ${c}`).join(' ');
    expect(flat(scanTokens(text))).toBe(flat(reference(text)));
  });

  it('keeps the shapes the index relies on', () => {
    const text = "Don’t co‑found 1,000.5 x-ray U.S. 何一 it's";
    expect(scanTokens(text)).toEqual(reference(text));
    expect(scanTokens(text).map((t) => t.norm)).toEqual(["don't", 'co-found', 'co', 'found', '1000.5', 'x-ray', 'x', 'ray', 'u', 's', '何', '一', "it's"]);
  });

  it('reads a word with soft hyphens in it as the word a reader sees ("regu\u00ADlators")', () => {
    const text = 'The regu\u00adlators met. Ver\u00adsicherungs\u00adgesellschaft; end\u00ad 2024\u00ad5';
    expect(scanTokens(text)).toEqual(reference(text));
    expect(scanTokens(text).map((t) => t.norm)).toEqual(['the', 'regulators', 'met', 'versicherungsgesellschaft', 'end', '2024', '5']);
  });
});

describe('surfaceTerm', () => {
  it('keeps a single character as the Unicode expression says: digits and CJK only', () => {
    const keeps = (c: string) => /\p{N}|\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(c);
    for (let cp = 0; cp <= 0x3100; cp++) {
      const c = String.fromCharCode(cp);
      if (isStopWord(c)) continue;
      expect(surfaceTerm(c) !== null, `U+${cp.toString(16)}`).toBe(keeps(c));
    }
  });
});
