/**
 * Whether a query names anything that can be looked for. A query made only of
 * stop words, single letters or punctuation (".*(", "the of") can never
 * match: the caller says so instead of printing an empty result. A query of
 * real words that nobody used is a search that finds nothing, which is
 * different.
 */
import { atomicTokens } from '../index/tokenize.js';
import { surfaceTerm } from '../index/terms.js';
import { parseQuery } from './syntax.js';

/** Longer than this is not a query but a pasted text: refused rather than silently cut. */
export const MAX_QUERY_LENGTH = 1000;

export type QueryVerdict =
  | 'searchable'
  /** nothing but whitespace */
  | 'empty'
  | 'too-long'
  /** only -excluded terms: the search itself explains that */
  | 'only-excludes'
  /** only stop words, single letters or punctuation */
  | 'nothing-to-search';

export function judgeQuery(query: string): QueryVerdict {
  if (!query.trim()) return 'empty';
  if (query.length > MAX_QUERY_LENGTH) return 'too-long';
  const parsed = parseQuery(query);
  const searchable = (s: string) => atomicTokens(s).some((t) => surfaceTerm(t.norm) !== null);
  const positive = [...parsed.terms, ...parsed.phrases.map((p) => p.join(' ')), ...parsed.anyOf.flat()];
  if (positive.length === 0 && parsed.excluded.length > 0) return 'only-excludes';
  return positive.some(searchable) ? 'searchable' : 'nothing-to-search';
}
