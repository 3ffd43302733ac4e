/**
 * Term processing shared by the index and the query: what a token becomes
 * before it is looked up.
 *
 * - surface: the normalized word without stop words and without a possessive
 *   "'s" ("Binance's" → "binance"); single letters other than digits go too
 *   (the "e" of "e-commerce", the "x" of "1.5x" is kept as part of its token).
 * - stem: the surface term through the stemmer ("delisted" → "delist").
 */
import { stem } from './stem.js';
import { isStopWord } from './stopwords.js';

export function surfaceTerm(norm: string): string | null {
  if (!norm || isStopWord(norm)) return null;
  let t = norm;
  if (t.length > 2 && t.endsWith("'s")) {
    t = t.slice(0, -2);
    if (isStopWord(t)) return null;
  }
  // an ASCII character is decided by its code: the Unicode expression costs a compile on first use in every process
  if (t.length === 1 && !(t < '\x80' ? t >= '0' && t <= '9' : /\p{N}|\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(t))) return null;
  return t;
}

export function stemTerm(norm: string): string | null {
  const s = surfaceTerm(norm);
  return s === null ? null : stem(s);
}
