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
 * - NFKC (full-width letters and digits, ligatures) and lowercase.
 *
 * `scanTokens` keeps UTF-16 offsets into the original string, which is what
 * the second pass (match positions, snippets, phrase checks) works from.
 */

export type TokenKind = 'word' | 'compound' | 'part' | 'cjk';

export interface Token {
  /** normalized form: NFKC, lowercase, ' for every apostrophe, numbers without thousands separators */
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

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
/** One letter, mark or digit that is not CJK. */
const CH = String.raw`(?:(?![${CJK}])[\p{L}\p{M}\p{N}])`;
const APOS = `['’ʼ＇]`;
const HYPHEN = `[-‐‑]`;
/** A run of CH, with apostrophes between letters and , . between digits. */
const SEG = String.raw`${CH}+(?:(?:${APOS}(?=\p{L})|(?<=\p{N})[.,](?=\p{N}))${CH}+)*`;
const TOKEN_RE = new RegExp(String.raw`([${CJK}])|${SEG}(?:${HYPHEN}${SEG})*`, 'gu');
const HYPHEN_SPLIT_RE = new RegExp(HYPHEN, 'u');

/** Normalize one token's surface form. */
export function normalizeWord(raw: string): string {
  let s = raw.normalize('NFKC').toLowerCase();
  s = s.replace(/[’ʼ＇]/g, "'").replace(/[‐‑]/g, '-');
  // 1,000 → 1000 (thousands separators only: a comma followed by exactly three digits)
  if (/\d,\d{3}/.test(s)) s = s.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  return s;
}

/**
 * Tokens of `text` with their offsets, in order. A compound comes first, then
 * its parts; `atomicTokens` leaves compounds out (for phrase checks).
 */
export function scanTokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index ?? 0;
    if (m[1] !== undefined) {
      out.push({ norm: normalizeWord(raw), start, end: start + raw.length, kind: 'cjk' });
      continue;
    }
    if (!HYPHEN_SPLIT_RE.test(raw)) {
      out.push({ norm: normalizeWord(raw), start, end: start + raw.length, kind: 'word' });
      continue;
    }
    out.push({ norm: normalizeWord(raw), start, end: start + raw.length, kind: 'compound' });
    let offset = start;
    for (const part of raw.split(HYPHEN_SPLIT_RE)) {
      if (part) out.push({ norm: normalizeWord(part), start: offset, end: offset + part.length, kind: 'part' });
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
