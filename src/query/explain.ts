/**
 * Why a hit ranked where it did (`quarry search --explain`): what the ranking
 * in search.ts computed for it, as data. Hits are ordered by `matched` (the
 * query's clauses the record matches, the question's figure counting as one),
 * then by `score` = `base` × `proximity` × the figure's `factor`.
 */
import type { Answer } from './answer.js';
import type { AskedKind } from './question.js';

/**
 * How a clause matched: by its stem, exactly as typed, by a prefix, by a fuzzy match, as a
 * phrase, or (in a question) from the sentence before a claim, or as a verb the stop list holds
 * ("own"), found in the stored text.
 */
export type ClauseHow = 'stem' | 'exact' | 'prefix' | 'fuzzy' | 'phrase' | 'antecedent' | 'stop-verb';

export interface ClauseExplain {
  /** the term as typed (a phrase as its words) */
  term: string;
  /** its score in this record (BM25+ with field boosts) */
  score: number;
  how: ClauseHow[];
  /** the record fields it matched in: text, question, speaker, section, topics */
  fields: string[];
  /** the index words a prefix or fuzzy match reached ("launchpad" for "launch") */
  via: string[];
  /** null for a word the user typed; for an expansion term of the question-intent lexicon, the typed word it expands (its `score` is then weighted down) */
  expands: string | null;
}

export interface HitExplain {
  /** place in the results, from 1 */
  rank: number;
  score: number;
  /** what the query asks, when it is a question ("when" → date); null otherwise */
  question: { asked: AskedKind; cue: string; subject: string[]; head?: string } | null;
  /** clauses matched, of how many: terms, phrases and OR groups, plus one for a question's figure */
  matched: number;
  of: number;
  /** how many terms matched as whole words (stem or as typed) rather than only by prefix or fuzz */
  wholeWords: number;
  terms: ClauseExplain[];
  /** the summed term scores, before the proximity and figure factors */
  base: number;
  /** the proximity factor (1: none): terms close together in one field */
  proximity: number;
  /** the figure of the asked kind near the subject words, with its factor; null: none */
  figure: (Answer & { gap: number; near: string[]; factor: number; instance?: true }) | null;
}

const HOW_ORDER: ClauseHow[] = ['phrase', 'stem', 'exact', 'prefix', 'fuzzy', 'antecedent', 'stop-verb'];
const FIELD_ORDER = ['text', 'question', 'context', 'speaker', 'asker', 'role', 'section', 'topics'];

export function clauseExplain(
  term: string,
  score: number,
  how: ReadonlySet<ClauseHow>,
  fields: ReadonlySet<string>,
  indexTerms: ReadonlySet<string>,
  expands: string | null = null,
): ClauseExplain {
  const hows = HOW_ORDER.filter((h) => how.has(h));
  const whole = how.has('stem') || how.has('exact') || how.has('phrase');
  return {
    term,
    score,
    how: hows,
    fields: FIELD_ORDER.filter((f) => fields.has(f)),
    // a prefix or fuzzy reach is worth naming; the typed word itself is not
    via: whole && !how.has('prefix') && !how.has('fuzzy') ? [] : [...indexTerms].filter((t) => t !== term.toLowerCase()).sort(),
    expands,
  };
}
