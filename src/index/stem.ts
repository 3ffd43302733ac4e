/**
 * Stemming: a hand-written, inflection-only suffix stripper.
 *
 * Removed: plurals and third-person -s/-es/-ies, past -ed/-ied and -ing (with
 * a doubled consonant undone: "running" → "run"), then a final silent -e, so
 * "delisted", "delisting" and "delists" all become "delist" and "make",
 * "making", "makes" all "mak". Derivational suffixes (-ation, -ity, -al,
 * -ment) are kept: Porter's conflations of them change meaning ("general" and
 * "generous" → "gener", "audit" and "audition" → "audit", "universe" and
 * "university" → "univers").
 *
 * Why not the `stemmer` npm package (Porter; ESM, no dependencies, no engines
 * field, so fine on Node 20)? Measured on bench/relevance.json (65 queries)
 * with everything else equal, Porter and this stripper tie: success@1 0.938 /
 * 0.938, success@5 0.985 / 0.985, MRR 0.961 / 0.961, recall@10 0.947 / 0.946.
 * Porter does not clearly win, so quarry keeps the 40 lines it can read over
 * a dependency. Inflections matter less than they seem because the surface
 * fields add prefix and fuzzy matching (see index.ts); stemming is what makes
 * "delisted" find "delisting", which neither of those reaches.
 *
 * Only lowercase ASCII words of more than three letters are touched: numbers,
 * names with digits ("web3"), CJK and short words pass through as they are.
 */

const VOWEL = /[aeiouy]/;

function hasVowel(s: string): boolean {
  return VOWEL.test(s);
}

/** Undo a doubled final consonant left by -ed/-ing ("stopp" → "stop"), except l, s, z ("fall", "miss", "buzz"). */
function undouble(s: string): string {
  const n = s.length;
  if (n >= 3 && s[n - 1] === s[n - 2] && !/[aeioulsz]/.test(s[n - 1]!)) return s.slice(0, -1);
  return s;
}

export function lightStem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;

  // plurals and third person
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  // past tense and participles
  if (w.endsWith('eed')) {
    // "need", "speed", "agreed": keep
  } else if (w.endsWith('ied') && w.length > 4) {
    w = `${w.slice(0, -3)}y`;
  } else if (w.endsWith('ed') && w.length - 2 >= 3 && hasVowel(w.slice(0, -2))) {
    w = undouble(w.slice(0, -2));
  } else if (w.endsWith('ing') && w.length - 3 >= 3 && hasVowel(w.slice(0, -3))) {
    w = undouble(w.slice(0, -3));
  }

  // a final silent e, so that "make" and "making" meet at "mak"
  if (w.endsWith('e') && w.length > 3 && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

export const stem: (word: string) => string = lightStem;
