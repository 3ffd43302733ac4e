/**
 * Stemming: Snowball English (Porter2), through the `porter2` package.
 *
 * Why Porter2: derived forms meet ("donations", "donating" and "donated" all
 * become "donat"; "recruitment" and "recruiting" "recruit"; "organization"
 * and "organize" "organ"), which the inflection stripper quarry had before
 * could not do. And it is the algorithm of PostgreSQL's `english` text search
 * configuration, so a PostgreSQL store stems words exactly as this index does.
 *
 * Measured on bench/relevance.json, everything else equal (success@5 / MRR /
 * recall@10):
 *
 *   set                  inflection stripper      Porter2 (this)
 *   original 65          0.985 / 0.961 / 0.946    0.985 / 0.961 / 0.947
 *   questions, tuning    0.879 / 0.762 / 0.914    0.879 / 0.762 / 0.914
 *   questions, held-out  0.897 / 0.770 / 0.937    0.897 / 0.764 / 0.937
 *   derived forms (4)    1.000 / 0.813 / 1.000    1.000 / 1.000 / 1.000
 *
 * Porter (v1, the `stemmer` package) scored as Porter2 but conflates more
 * ("general"/"generous" → "gener", "news" → "new"). `snowball-stemmers`
 * gives the same stems as `porter2` on every one of the corpus's 3,761
 * words, but ships every language (860 KB against 44 KB) and ran ten times
 * slower here.
 *
 * Only lowercase ASCII words are stemmed: numbers, names with digits
 * ("web3"), CJK and other scripts pass through as they are. The stemmer is
 * part of the index's identity: STEMMER goes into the cache's code
 * fingerprint, so changing it rebuilds every cached index.
 */
import { stem as porter2 } from 'porter2';

/** Which stemmer, and which version of it, built the index (part of the cache fingerprint). */
export const STEMMER = 'porter2@1.1.0';

/**
 * Stems already computed. A corpus has a few thousand distinct words and the
 * search stems every word of the records it ranks, again and again: the memo
 * turns that into a lookup. Bounded, so a huge vocabulary cannot grow it
 * without end.
 */
const memo = new Map<string, string>();
const MEMO_MAX = 100_000;

export function stem(word: string): string {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const out = /^[a-z]+$/.test(word) ? porter2(word) : word;
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(word, out);
  return out;
}
