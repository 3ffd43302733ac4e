/**
 * Search: query syntax (syntax.ts) → clauses → term lookups in the store
 * (src/store: the local index or PostgreSQL, scored alike) → combined,
 * filtered, ranked hits, each with the query terms that matched, every match
 * position in the record's text and question (a second pass over the stored
 * text: MiniSearch has no positions) and a snippet.
 *
 * How a plain term is looked up (tuned):
 * - its stem in the stemmed fields ("delisted" finds "delisting"), and
 * - the word as typed in the surface fields, with prefix matching from four
 *   characters ("decentral" → "decentralised") and fuzzy matching, one edit
 *   from five characters and two from ten ("Meerkat" → "Meercat", "securty"
 *   → "security"); short words are never fuzzed ("ai" must not find "as").
 * The clause scores a record by the better of the two (BM25+ with field
 * boosts: text 2, question 1.5, speaker 1, asker, section and topics 0.5).
 *
 * A record that has the word itself (its stem, or as typed) is scored on
 * that alone: the prefix and fuzzy expansions it also holds ("Launchpad" for
 * "launch") add nothing, and are not matched in it. An irregular verb's
 * other forms are the word itself ("rise" finds "rose"; irregular.ts).
 *
 * Plain terms combine as OR, ranked first by how many of the query's terms
 * and groups a record matches ("coverage"; a term matched only by prefix or
 * fuzz, or found in over a quarter of the records, counts half), then by
 * score, where the score of records with two or more terms is raised when the
 * terms stand close together in the text or question (proximity). A quoted
 * phrase and an OR group are required; exclusions remove records.
 *
 * A question ("when did binance launch", question.ts) searches for its
 * subject words only, and a record holding a figure of the asked kind near
 * them (answer.ts) matches one clause more and has its score raised; the
 * figure is the hit's `answer`, and the snippet shows it. In a qa record the
 * question's subject words stand just before the answer; a subject word
 * matched only as the speaker counts half (the record is by them, not about
 * them). The question-intent lexicon (intent.ts) gives a subject word
 * stand-ins ("staff" → "employees", "headcount") that count, worth a
 * half of it, only in a record without the word. A figure counts a
 * quarter clause more for each subject word near it beyond the first; a
 * figure near only "after" or "before" is not near the subject (question.ts).
 * A claim that opens with a pronoun ("She has been …") counts, at 3/4, the
 * subject words the record before it in its document has; any other claim
 * counts them at 1/4, and so does any claim for the sentence before that in
 * its paragraph (contextClauses). A light verb of a question ("get",
 * "going", "happen") counts half, as a common word does.
 * `explain: true` gives
 * every hit the reasons for its place (explain.ts).
 * bench/relevance.mjs has the figures behind each choice (AND, OR,
 * AND-then-OR, fuzz lengths, boosts, proximity, the question knobs).
 *
 * `baseline: true` is the plain comparison: terms ANDed, looked up exactly as
 * written (surface fields: no stemming), no prefix, no fuzzy, no field boosts,
 * no proximity.
 */
import type { QuarryRecord } from '../model/record.js';
import { STEM_FIELDS, surfaceField, type SearchField, type SearchIndex } from '../index/index.js';
import { indexStore } from '../store/local.js';
import { Store, type TermHit, type TermLookup } from '../store/store.js';
import { stemTerm, surfaceTerm } from '../index/terms.js';
import { atomicTokens, scanTokens, type Token } from '../index/tokenize.js';
import { findAnswer, figureFactor, type Answer, type FoundFigure, type KnownNames } from './answer.js';
import { clauseExplain, type ClauseHow, type HitExplain } from './explain.js';
import { hasFilters, matchesFilters, type Filters } from './filters.js';
import { intentExpansions } from './intent.js';
import { irregularStems } from './irregular.js';
import { readQuestion, type Question } from './question.js';
import { Ranked } from './ranked.js';
import { buildSnippet, type LabelledMatch, type Match, type Snippet } from './snippet.js';
import { parseQuery, QuerySyntaxError, type ParsedQuery } from './syntax.js';

export { parseQuery, QuerySyntaxError, type ParsedQuery } from './syntax.js';
export type { Match, Snippet } from './snippet.js';
export type { Answer } from './answer.js';
export type { HitExplain } from './explain.js';
export type { Question } from './question.js';

export interface Hit {
  record: QuarryRecord;
  score: number;
  /** the query terms that matched, as the user typed them (a phrase as its words joined by a space) */
  terms: string[];
  /** every occurrence in text/question of a matched term or phrase, question first, in order */
  matches: Match[];
  snippet: Snippet;
  /** the query asks for a figure ("when", "how many", …) and this record holds one near the subject: that figure */
  answer: Answer | null;
  /** why the hit ranked where it did (only when the search was asked to explain) */
  explain?: HitExplain;
}

export interface SearchOptions {
  filters?: Filters;
  limit?: number;
  baseline?: boolean;
  /** give every hit an `explain` */
  explain?: boolean;
}

// ---------------------------------------------------------------- configuration

/** The knobs tuned on bench/relevance.json. Internal: the public switch is `baseline`. */
export interface SearchConfig {
  /** how plain terms combine: see the header */
  combine: 'or' | 'and' | 'and-or' | 'coverage';
  /** look terms up by stem as well as as written */
  stemming: boolean;
  /** field boosts (stemmed and surface alike) */
  boosts: Record<SearchField, number>;
  /** shortest term (in characters) that is prefix-matched; Infinity: never */
  prefixFrom: number;
  /** shortest term fuzzed by one edit, and by two; Infinity: never */
  fuzzyOneFrom: number;
  fuzzyTwoFrom: number;
  /** fuzz every term, or only a term the index does not know (no exact, stem or prefix match) */
  fuzzyWhen: 'always' | 'unknown';
  /** MiniSearch's relative weights of prefix and fuzzy matches */
  weights: { fuzzy: number; prefix: number };
  /** how a term's stem score and its as-written score combine */
  termScore: 'max' | 'sum';
  /** weight of the proximity bonus for terms found close together (0: off) */
  proximity: number;
  /** read question words ("when", "how many") and rank records holding the asked figure near the subject first */
  questions: boolean;
  /** weight of the figure bonus, and how many words from a subject word a figure still counts as near */
  figureWeight: number;
  figureWindow: number;
  /** a date answer's factor grows by this much for a month, twice that for a day */
  datePrecision: number;
  /** no precision bonus when the question asks for the year only ("what year") */
  yearOnly: boolean;
  /** "who": the speaker registry's people answer even as one word ("CZ") */
  knownNames: boolean;
  /** "who": a capitalised span opening with a quantifier ("Many VCs") is no name */
  quantifierNames: boolean;
  /** "how many": a count of something else answers when it is a rate of a subject word ("… per second") */
  rateCounts: boolean;
  /** more coverage for a figure, for each subject word near it beyond the first */
  figureNearWorth: number;
  /** score a record that has the word itself (stem or as typed) on that alone, not on the prefix and fuzzy expansions it also holds */
  wholeWordScore: boolean;
  /**
   * what a record holding the word only in another form of its stem scores (of that match's score):
   * "listing" typed finds "list" and "listed" (one Snowball stem), and a record holding "listing"
   * itself outranks them at equal coverage (1: stem and typed form alike)
   */
  stemOnlyScore: number;
  /** a term found in more than this share of the records counts `commonWeight` of a clause in the coverage ranking */
  commonShare: number;
  commonWeight: number;
  /** what a term matched only by a prefix or fuzzy match is worth in the coverage count (1: as a whole word) */
  partialWorth: number;
  /** an irregular verb's other forms count as the word itself ("rise" finds "rose"; irregular.ts) */
  irregular: boolean;
  /**
   * a question's expansion terms (intent.ts) stand in for the typed word they expand, in a
   * record without that word: worth `intentWorth` of that word in the coverage count, adding
   * `intentScore` × the best one's score (0 and 0: no expansion)
   */
  intentWorth: number;
  intentScore: number;
  /** a stand-in takes its word's place for proximity and for the figure's nearness (and names the thing a count counts) */
  intentNear: boolean;
  /** what a figure of the asked kind near the subject is worth in the coverage count (twice that for a count of the thing asked) */
  figureWorth: number;
  /** in a qa record, subject words in the question count as standing just before the answer's text, for the figure's nearness */
  qaQuestionNear: boolean;
  /** in a question, what a subject word matched only in the speaker field is worth (of its worth): the record is by them, not about them */
  speakerOnlyWorth: number;
  /**
   * a word of the query found in a document's title (the index's `title` field) finds that document's
   * records, and one found on a line no record holds (a byline, a roster, a heading: the `nearby`
   * field) finds the record nearest that line (grep finds the word in the file); after every record
   * that holds a word of the query itself, in corpus order; it ranks nothing: a record says nothing
   * of what only its title or the lines around it say.
   * Off: neither is searched (the baseline's plain keyword search over the records).
   */
  titleFinds: boolean;
  /** a figure near the question's unanchored words ("after", "before") is not near the subject for them */
  unanchoredWords: boolean;
  /** for a plain "who", what an organisation's name is worth as the answer (of a person's); 1: as a person's, and "which executive" takes organisations too */
  organisationWorth: number;
  /** "since when": a date after "since" in the text answers outright (counts as a count of the thing asked does) */
  sinceDates: boolean;
  /** in a question, what a subject word counts (of its worth) in a claim opening with a pronoun when the record before it has the word (0: off) */
  antecedentWorth: number;
  /** in a question, what a light verb ("get", "go", "happen", "put", "keep", "come") is worth in the coverage count: it says little of the subject (1: as any word) */
  lightVerbWorth: number;
  /** the same for a claim opening any other way (0: off) */
  neighbourWorth: number;
  /** how many records back, within the paragraph, a claim takes subject words from at `neighbourWorth` (1: only the record before) */
  paragraphDepth: number;
  /** a subject word the record before has stands just before the record's text for the figure's nearness (as for a pronoun opening) */
  neighbourNear: boolean;
  /** "which/what + a noun" (a thing): what the noun is worth in the coverage count (1: as any word), and how near it a name must stand to answer (0: no name answers) */
  thingHeadWorth: number;
  thingWindow: number;
  /** "which company / exchange …": a one-word name inside a sentence answers too */
  singleOrgNames: boolean;
  /** a one-word name in the record's document title is its topic, no answer to "which/what + a noun" or "which company" */
  titleTopic: boolean;
  /** a name given as an instance of the noun asked about ("exchanges like Huobi") counts as a count of the thing asked does */
  instanceNames: boolean;
  /** in a question, a figure near only a light verb is not near the subject (as for "after"/"before") */
  lightVerbsUnanchored: boolean;
  /** in a question, a verb of regarding before "as" ("see … as", "count … as") is a light verb (question.ts `framing`) */
  framingVerbs: boolean;
  /** "what jobs / what was X's job title": a which/what question holding a role noun asks for a role (a job word in the text answers; question.ts) */
  roleAnswers: boolean;
  /** "who is X's N", "what is X's N": the possessive's noun is the question's head, and counts `thingHeadWorth` (question.ts) */
  possessedHeads: boolean;
  /** a query opening with an auxiliary ("does he yi …") is read as a yes-no question (question.ts) */
  yesNoQuestions: boolean;
  /** "who did cz promise …": a name near only the words of a person the inverted question names as who acts is no answer (question.ts `inverted`) */
  invertedNames: boolean;
  /** "why", "how come": a question asking for a reason, answered by the words that give one ("because", "due to", "in response to"; answer.ts) */
  reasons: boolean;
  /** a question's verb the stop list holds ("own"; question.ts `stopVerbs`) is looked for in the stored text of the head records, and counts one clause there */
  stopVerbs: boolean;
  /** a question no figure answers reads the sentence before a claim as a figure question does (antecedentWorth, neighbourWorth) */
  contextWithoutFigures: boolean;
  /** "how much did X grow": a multiple ("fivefold", "5x", "6000 times", "doubled") answers as an amount or a percentage does */
  multiples: boolean;
  /** a figure inside an if-clause ("If BNB's price jumps tenfold, …") is no answer: it states no fact */
  conditions: boolean;
  /** "how many N …": only a count of N (or of a stand-in for it) counts the thing asked, not a count of another subject word (question.ts `counted`) */
  countedNoun: boolean;
  /** "how many", "how long": a round count or a span in words ("thousands of messages", "a few weeks"; answer.ts `vagueQuantities`) answers too */
  vagueFigures: boolean;
}

export const TUNED: SearchConfig = {
  combine: 'coverage',
  stemming: true,
  boosts: { text: 2, question: 1.5, context: 1, speaker: 1, asker: 0.5, section: 0.5, topics: 0.5, role: 0.5, title: 0.25, nearby: 0.25 },
  prefixFrom: 4,
  fuzzyOneFrom: 5,
  fuzzyTwoFrom: 10,
  fuzzyWhen: 'always',
  weights: { fuzzy: 0.45, prefix: 0.375 },
  termScore: 'max',
  proximity: 2,
  questions: true,
  figureWeight: 2,
  figureWindow: 12,
  datePrecision: 0.8,
  yearOnly: true,
  knownNames: true,
  quantifierNames: true,
  rateCounts: true,
  figureNearWorth: 0.25,
  wholeWordScore: true,
  stemOnlyScore: 0.7,
  commonShare: 0.25,
  commonWeight: 0.5,
  partialWorth: 0.5,
  irregular: true,
  intentWorth: 0.5,
  intentScore: 0.5,
  intentNear: true,
  figureWorth: 1,
  qaQuestionNear: true,
  speakerOnlyWorth: 0.5,
  titleFinds: true,
  unanchoredWords: true,
  organisationWorth: 0.5,
  sinceDates: true,
  antecedentWorth: 0.75,
  lightVerbWorth: 0.5,
  neighbourWorth: 0.25,
  paragraphDepth: 2,
  neighbourNear: true,
  thingHeadWorth: 2,
  thingWindow: 4,
  singleOrgNames: true,
  titleTopic: true,
  instanceNames: true,
  lightVerbsUnanchored: true,
  framingVerbs: true,
  roleAnswers: true,
  possessedHeads: true,
  yesNoQuestions: true,
  invertedNames: true,
  reasons: true,
  stopVerbs: true,
  contextWithoutFigures: true,
  multiples: true,
  conditions: true,
  countedNoun: true,
  vagueFigures: true,
};

export const BASELINE: SearchConfig = {
  combine: 'and',
  stemming: false,
  boosts: { text: 1, question: 1, context: 1, speaker: 1, asker: 1, section: 1, topics: 1, role: 1, title: 1, nearby: 1 },
  prefixFrom: Infinity,
  fuzzyOneFrom: Infinity,
  fuzzyTwoFrom: Infinity,
  fuzzyWhen: 'always',
  weights: { fuzzy: 0.45, prefix: 0.375 },
  termScore: 'max',
  proximity: 0,
  questions: false,
  figureWeight: 0,
  figureWindow: 0,
  datePrecision: 0,
  yearOnly: false,
  knownNames: false,
  quantifierNames: false,
  rateCounts: false,
  figureNearWorth: 0,
  wholeWordScore: false,
  stemOnlyScore: 1,
  commonShare: 1,
  commonWeight: 1,
  partialWorth: 1,
  irregular: false,
  intentWorth: 0,
  intentScore: 0,
  intentNear: false,
  figureWorth: 0,
  qaQuestionNear: false,
  speakerOnlyWorth: 1,
  titleFinds: false,
  unanchoredWords: false,
  organisationWorth: 1,
  sinceDates: false,
  antecedentWorth: 0,
  lightVerbWorth: 1,
  neighbourWorth: 0,
  paragraphDepth: 1,
  neighbourNear: false,
  thingHeadWorth: 1,
  thingWindow: 0,
  singleOrgNames: false,
  titleTopic: false,
  instanceNames: false,
  lightVerbsUnanchored: false,
  framingVerbs: false,
  roleAnswers: false,
  possessedHeads: false,
  yesNoQuestions: false,
  invertedNames: false,
  reasons: false,
  stopVerbs: false,
  contextWithoutFigures: false,
  multiples: false,
  conditions: false,
  countedNoun: false,
  vagueFigures: false,
};

// ---------------------------------------------------------------- clauses

interface TermClause {
  kind: 'term';
  raw: string;
  surface: string;
  stem: string;
  /** the stems of the word's other forms when it is an irregular verb ("rise" → "rose", "risen"; irregular.ts) */
  alts: string[];
  /** an expansion term of the question-intent lexicon (intent.ts): the user's word it expands */
  expands?: string;
  /** an expansion term: the index of the clause of the word it expands */
  standsFor?: number;
}

interface PhraseClause {
  kind: 'phrase';
  raw: string;
  /** phrase-normalized words, stop words included */
  words: string[];
  /** compare words by stem (a hyphenated or multi-token term), or exactly (a quoted phrase) */
  stemmed: boolean;
  /** a hyphenated expansion of the question-intent lexicon ("sub-brand"): as TermClause's */
  expands?: string;
  standsFor?: number;
}

type Clause = TermClause | PhraseClause;

/** Per record: the clause's score and the index terms it matched (for the second pass). */
interface ClauseHit {
  score: number;
  indexTerms: Set<string>;
  /** matched as a whole word: by its stem, or exactly as typed (not only by a prefix or a fuzzy match) */
  exact: boolean;
  /** how it matched, and in which fields (for --explain) */
  how: Set<ClauseHow>;
  fields: Set<string>;
  /** phrase occurrences found while verifying */
  spans?: Match[];
  /** its three sets are shared with other hits of one lookup (Readings): never changed, a merge makes another (Readings.union) */
  shared?: boolean;
}

/** short id (corpus order) → the clause's hit */
type ClauseHits = Map<number, ClauseHit>;

/** The word a phrase compares: normalized, without a possessive 's. */
function phraseWord(norm: string): string {
  return norm.length > 2 && norm.endsWith("'s") ? norm.slice(0, -2) : norm;
}

/**
 * A term as typed → a clause: one word is a term; a hyphenated word, or
 * anything that tokenizes to several words ("U.S.", "24/7", "币安"), is a
 * phrase of its parts. Stop words and punctuation → null.
 */
function termClause(raw: string): Clause | null {
  const toks = atomicTokens(raw);
  if (toks.length === 0) return null;
  if (toks.length === 1) {
    const norm = toks[0]!.norm;
    const surface = surfaceTerm(norm);
    if (surface === null) return null;
    const stem = stemTerm(norm) ?? surface;
    return { kind: 'term', raw, surface, stem, alts: irregularStems(stem) };
  }
  const words = toks.map((t) => phraseWord(t.norm));
  if (!words.some((w) => surfaceTerm(w) !== null)) return null;
  return { kind: 'phrase', raw, words, stemmed: true };
}

function phraseClause(words: string[]): Clause | null {
  const raw = words.join(' ');
  const toks = atomicTokens(raw);
  if (!toks.length) return null;
  const norms = toks.map((t) => phraseWord(t.norm));
  if (norms.length === 1) {
    // a quoted single word: the word exactly, no stemming, prefix or fuzz
    const surface = surfaceTerm(toks[0]!.norm);
    return surface === null ? null : { kind: 'phrase', raw, words: norms, stemmed: false };
  }
  return { kind: 'phrase', raw, words: norms, stemmed: false };
}

/** A member of an OR group or an excluded item: a phrase when it has a space. */
function itemClause(item: string): Clause | null {
  return item.includes(' ') ? phraseClause(item.split(' ')) : termClause(item);
}

// ---------------------------------------------------------------- lookups

function fieldBoosts(cfg: SearchConfig, surface: boolean): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of STEM_FIELDS) out[surface ? surfaceField(f) : f] = cfg.boosts[f];
  return out;
}

function fuzziness(term: string, cfg: SearchConfig): number {
  if (hasDigit(term) || term.length > 40) return 0;
  const n = [...term].length;
  if (n >= cfg.fuzzyTwoFrom) return 2;
  if (n >= cfg.fuzzyOneFrom) return 1;
  return 0;
}

// ASCII is decided by code: a Unicode expression costs a compile in every process that meets it.
const NON_ASCII = /[^\x00-\x7f]/;
const hasDigit = (s: string): boolean => (NON_ASCII.test(s) ? /\p{N}/u.test(s) : /[0-9]/.test(s));
const allDigits = (s: string): boolean => (NON_ASCII.test(s) ? /^\p{N}+$/u.test(s) : /^[0-9]+$/.test(s));

/** The record field an index field name stands for ("text_surface" → "text"). */
function baseField(f: string): string {
  return f.endsWith('_surface') ? f.slice(0, -'_surface'.length) : f;
}

/** Whether a word's stem is the clause's: its own, or (an irregular verb) one of its other forms'. */
function isStemOf(s: string | null | undefined, c: TermClause, cfg: SearchConfig): boolean {
  return s === c.stem || (cfg.irregular && s != null && c.alts.includes(s));
}

/** How an index term reached by a surface lookup relates to the typed word. */
function surfaceHow(t: string, c: TermClause, cfg: SearchConfig): ClauseHow {
  if (t === c.surface) return 'exact';
  if (cfg.stemming && isStemOf(stemTerm(t), c, cfg)) return 'stem';
  return t.startsWith(c.surface) ? 'prefix' : 'fuzzy';
}

/**
 * What addHit reads off a lookup's hit, by its terms and fields arrays: a
 * store may hand many hits the same arrays (the local one does, for records
 * that matched alike), and then they share the readings, sets included;
 * hits merged alike share the merged sets too (union). A lookup at 1,000×
 * has tens of thousands of hits and a few distinct readings.
 */
class Readings {
  private readonly byTerms = new Map<readonly string[], { indexTerms: Set<string>; how: Set<ClauseHow>; exact: boolean }>();
  private readonly byFields = new Map<readonly string[], Set<string>>();
  private readonly byWhole = new Map<readonly string[], string[]>();
  private stem: { indexTerms: Set<string>; how: Set<ClauseHow>; exact: boolean } | null = null;
  constructor(
    private readonly c: TermClause,
    private readonly cfg: SearchConfig,
  ) {}
  terms(r: TermHit, stemmed: boolean): { indexTerms: Set<string>; how: Set<ClauseHow>; exact: boolean } {
    // the surface lookup's own index terms: its matches are what positions are found from
    if (stemmed) return (this.stem ??= { indexTerms: new Set(), how: new Set<ClauseHow>(['stem']), exact: true });
    let known = this.byTerms.get(r.terms);
    if (!known) {
      const how = new Set<ClauseHow>(r.terms.map((t) => surfaceHow(t, this.c, this.cfg)));
      known = { indexTerms: new Set(r.terms), how, exact: how.has('stem') || how.has('exact') };
      this.byTerms.set(r.terms, known);
    }
    return known;
  }
  /** the hit's index terms that are the word itself (its stem, or as typed), not an expansion */
  whole(r: TermHit): string[] {
    let known = this.byWhole.get(r.terms);
    if (!known) {
      known = r.terms.filter((t) => {
        const how = surfaceHow(t, this.c, this.cfg);
        return how === 'exact' || how === 'stem';
      });
      this.byWhole.set(r.terms, known);
    }
    return known;
  }
  fields(r: TermHit): Set<string> {
    let known = this.byFields.get(r.fields);
    if (!known) this.byFields.set(r.fields, (known = new Set(r.fields.map(baseField))));
    return known;
  }
  /**
   * `a` with `b`'s members added after its own, as a set shared like the
   * readings: what copying `a` and adding `b` gives, made once for each pair
   * met (shared sets are never changed, so a pair always gives the same set).
   * Merging two lookups' hits of one record is then no copy per record.
   */
  union<T>(a: Set<T>, b: Set<T> | readonly T[]): Set<T> {
    let row = this.unions.get(a) as Map<object, Set<T>> | undefined;
    if (!row) this.unions.set(a, (row = new Map()));
    let u = row.get(b);
    if (!u) {
      u = new Set(a);
      for (const x of b) u.add(x);
      row.set(b, u);
    }
    return u;
  }
  private readonly unions = new Map<Set<unknown>, Map<object, Set<unknown>>>();
}

function addHit(hits: ClauseHits, r: TermHit, readings: Readings, stemmed: boolean, cfg: SearchConfig, worth = 1): void {
  const id = r.key;
  const { indexTerms, how, exact } = readings.terms(r, stemmed);
  const fields = readings.fields(r);
  const score = r.score * worth;
  const h = hits.get(id);
  if (!h) {
    hits.set(id, { score, indexTerms, exact, how, fields, shared: true });
    return;
  }
  h.score = cfg.termScore === 'max' ? Math.max(h.score, score) : h.score + score;
  if (h.shared) {
    h.indexTerms = readings.union(h.indexTerms, indexTerms);
    h.how = readings.union(h.how, how);
    h.fields = readings.union(h.fields, fields);
  } else {
    for (const t of indexTerms) h.indexTerms.add(t);
    for (const x of how) h.how.add(x);
    for (const f of fields) h.fields.add(f);
  }
  h.exact ||= exact;
}

/** An exact lookup (no prefix, no fuzz) of an index term in some fields. */
function exactLookup(term: string, fields: readonly string[], boost: Record<string, number>): TermLookup {
  return { term, fields, boost, prefix: false, fuzzy: 0, weights: TUNED.weights, ordered: false };
}

async function lookupTerm(store: Store, c: TermClause, cfg: SearchConfig, fields: 'all' | 'body' | 'document'): Promise<ClauseHits> {
  const hits: ClauseHits = new Map();
  const readings = new Readings(c, cfg);
  const stemFields = fields === 'all' ? [...RANKED_FIELDS] : fields === 'document' ? [...DOCUMENT_FIELDS] : [...BODY_FIELDS];
  const surfFields = (fields === 'all' ? RANKED_FIELDS : fields === 'document' ? DOCUMENT_FIELDS : BODY_FIELDS).map(surfaceField);
  if (cfg.stemming) {
    for (const s of cfg.irregular ? [c.stem, ...c.alts] : [c.stem]) {
      // the typed form's own match (the surface lookups below) scores in full, and takes the max
      for (const r of await store.lookup(exactLookup(s, stemFields, fieldBoosts(cfg, false)))) addHit(hits, r, readings, true, cfg, cfg.stemOnlyScore);
    }
  }
  const numeric = allDigits(c.surface);
  const surfaceSearch = (fuzzy: number) =>
    store.lookup({
      term: c.surface,
      fields: surfFields,
      boost: fieldBoosts(cfg, true),
      prefix: !numeric && [...c.surface].length >= cfg.prefixFrom,
      fuzzy,
      weights: cfg.weights,
      // hits are merged by record, and ranking orders them totally: no lookup's order is read
      ordered: false,
    });
  const fuzz = fuzziness(c.surface, cfg);
  let results = await surfaceSearch(cfg.fuzzyWhen === 'always' ? fuzz : 0);
  if (cfg.fuzzyWhen === 'unknown' && fuzz > 0 && results.length === 0 && hits.size === 0) results = await surfaceSearch(fuzz);
  if (!cfg.wholeWordScore) {
    for (const r of results) addHit(hits, r, readings, false, cfg);
    return hits;
  }
  // A record that has the word itself (its stem, or as typed) is scored on that alone: the
  // prefix and fuzzy expansions it also holds ("launchpad" for "launch") add nothing to it.
  // Only records without the word are scored on the expansions.
  for (const r of await store.lookup(exactLookup(c.surface, surfFields, fieldBoosts(cfg, true)))) addHit(hits, r, readings, false, cfg);
  for (const r of results) {
    const whole = readings.whole(r);
    const h = hits.get(r.key);
    if (h) {
      // keep the whole-word index terms for positions ("launched" reached by prefix is still the word)
      if (whole.length && h.shared) h.indexTerms = readings.union(h.indexTerms, whole);
      else for (const t of whole) h.indexTerms.add(t);
      continue;
    }
    addHit(hits, r, readings, false, cfg);
  }
  return hits;
}

/** Exact lookup of one word (for phrase candidates): its stem, or as written. */
async function lookupExact(store: Store, word: string, stemmed: boolean, cfg: SearchConfig, all = false): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  const term = stemmed ? stemTerm(word) : surfaceTerm(word);
  if (term === null) return out;
  const base: readonly string[] = all ? RANKED_FIELDS : BODY_FIELDS;
  const fields = stemmed ? [...base] : base.map((f) => surfaceField(f as SearchField));
  for (const r of await store.lookup(exactLookup(term, fields, fieldBoosts(cfg, !stemmed)))) out.set(r.key, r.score);
  return out;
}

// ---------------------------------------------------------------- the second pass over stored text

/** The fields that hold words of a record's document, not of the record (src/index/words.ts): they find, never rank (SearchConfig.titleFinds). */
const DOCUMENT_FIELDS: readonly SearchField[] = ['title', 'nearby'];
/** The fields a record ranks by: all but DOCUMENT_FIELDS. */
const RANKED_FIELDS: readonly SearchField[] = STEM_FIELDS.filter((f) => !DOCUMENT_FIELDS.includes(f));

/** The fields that hold a record's words (as opposed to who said them and where): phrases and match positions come from these. */
const BODY_FIELDS: readonly ('text' | 'question' | 'context')[] = ['text', 'question', 'context'];

interface RecordTokens {
  question: Token[];
  text: Token[];
  context: Token[];
}

const tokenCache = new WeakMap<QuarryRecord, RecordTokens>();

function recordTokens(r: QuarryRecord): RecordTokens {
  let t = tokenCache.get(r);
  if (!t) {
    t = { question: r.question ? scanTokens(r.question) : [], text: scanTokens(r.text), context: r.context ? scanTokens(r.context) : [] };
    tokenCache.set(r, t);
  }
  return t;
}

const FIELDS: Array<'question' | 'text' | 'context'> = ['question', 'text', 'context'];

/** A field's searchable words: each token's surface term (null: a stop word), its stem (found when first asked for: stemAt) and word position. */
interface FieldWords {
  tokens: Token[];
  surface: Array<string | null>;
  stems: Array<string | null | undefined>;
  pos: number[];
}

const wordsCache = new WeakMap<QuarryRecord, Record<'question' | 'text' | 'context', FieldWords>>();

/**
 * A normalized token's surface term and stem, by the token: the records a
 * search reads repeat the same few hundred words, and a warm run executes
 * this code cold (interpreted), where one lookup is much cheaper than the
 * stop-word, possessive and stemmer steps each time. Bounded like the
 * stemmer's own memo.
 */
const termsMemo = new Map<string, { surface: string | null; stem: string | null | undefined }>();
const TERMS_MEMO_MAX = 100_000;

function termsOf(norm: string): { surface: string | null; stem: string | null | undefined } {
  let t = termsMemo.get(norm);
  if (t === undefined) {
    // the stem is found when first asked for (stemAt): most words are never compared by stem
    t = { surface: surfaceTerm(norm), stem: undefined };
    if (termsMemo.size >= TERMS_MEMO_MAX) termsMemo.clear();
    termsMemo.set(norm, t);
  }
  return t;
}

/** The stem of a field's i-th word (stemTerm of its token), memoised with its surface term. */
function stemAt(w: FieldWords, i: number): string | null {
  let s = w.stems[i];
  if (s === undefined) {
    const t = termsOf(w.tokens[i]!.norm);
    // stemTerm(norm) is stem(surfaceTerm(norm))
    if (t.stem === undefined) t.stem = t.surface === null ? null : stemTerm(w.tokens[i]!.norm);
    s = w.stems[i] = t.stem;
  }
  return s;
}

/**
 * Whether a word (its surface term) can have the clause's stem or one of its
 * other forms' stems: English stems keep their word's first letter (the
 * Snowball English stemmer changes only suffixes, and words of one or two
 * letters not at all), so a word starting with a letter a–z can stem to a
 * stem only if it starts with that stem's letter. Words starting otherwise
 * are stemmed and compared. test/query/stem-first-letter.test.ts checks the
 * premise on every word of the shipped corpus and on generated words.
 */
function mayStemTo(surface: string, c: TermClause): boolean {
  const f = surface.charCodeAt(0);
  if (f < 97 || f > 122) return true;
  let firsts = clauseFirsts.get(c);
  if (firsts === undefined) {
    firsts = new Set<number>();
    for (const s of [c.stem, ...c.alts]) {
      if (!s) {
        firsts = null;
        break;
      }
      firsts.add(s.charCodeAt(0));
    }
    clauseFirsts.set(c, firsts);
  }
  return firsts === null || firsts.has(f);
}

/** Per clause: the first letters of its stems (null: compare every word by stem). */
const clauseFirsts = new WeakMap<TermClause, Set<number> | null>();

/** The record's words, term-processed once: every clause and every pass reads them. */
function recordWords(r: QuarryRecord): Record<'question' | 'text' | 'context', FieldWords> {
  let w = wordsCache.get(r);
  if (!w) {
    const toks = recordTokens(r);
    const make = (tokens: Token[]): FieldWords => {
      const surface: Array<string | null> = [];
      const stems: Array<string | null | undefined> = [];
      const pos: number[] = [];
      let p = 0;
      for (const t of tokens) {
        pos.push(p);
        if (t.kind !== 'compound') p++;
        const terms = termsOf(t.norm);
        surface.push(terms.surface);
        stems.push(terms.stem);
      }
      return { tokens, surface, stems, pos };
    };
    w = { question: make(toks.question), text: make(toks.text), context: make(toks.context) };
    wordsCache.set(r, w);
  }
  return w;
}

/** Occurrences of a phrase's words, adjacent and in order, in the record's question and text. */
function phraseSpans(r: QuarryRecord, c: PhraseClause): Match[] {
  const out: Match[] = [];
  const want = c.words.map((w) => phraseForm(w, c));
  const toks = recordTokens(r);
  for (const field of FIELDS) {
    const atoms = toks[field].filter((t) => t.kind !== 'compound');
    const words = atoms.map((t) => phraseForm(phraseWord(t.norm), c));
    for (const i of phraseStarts(words, want)) out.push({ field, start: atoms[i]!.start, end: atoms[i + want.length - 1]!.end });
  }
  return out;
}

/** A word as a phrase compares it: its stem for a stemmed phrase (one typed word of several tokens), else as written. */
function phraseForm(w: string, c: PhraseClause): string {
  return c.stemmed ? (stemTerm(w) ?? w) : w;
}

/** Where `want` stands in `words`, adjacent and in order: each start. */
function phraseStarts(words: readonly string[], want: readonly string[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i + want.length <= words.length; i++) if (want.every((w, k) => words[i + k] === w)) starts.push(i);
  return starts;
}

/**
 * A word in Chinese or Japanese is a run of characters, each its own token, so a query for one
 * ("老周") is a phrase; a name written so is found in the name fields too (speaker, asker,
 * section, topics), where a phrase of words is not looked for.
 */
const CJK_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
function cjkName(c: PhraseClause): string | null {
  return c.words.length >= 2 && c.words.every((w) => CJK_WORD.test(w)) ? c.words.join('') : null;
}
const NAME_FIELDS = ['speaker', 'asker', 'section', 'topics'] as const;
/** The fields besides what was said where one typed word of several tokens is found ("Okonkwo-Reyes" a speaker, "co-founder" a role). */
const WORD_FIELDS = ['speaker', 'asker', 'role', 'askerRole', 'section', 'topics'] as const;

/** Whether a field's value holds the phrase's words, adjacent and in order (as phraseSpans compares them). */
function fieldHoldsWords(value: string | null, c: PhraseClause): boolean {
  if (!value) return false;
  const words = atomicTokens(value).map((t) => phraseForm(phraseWord(t.norm), c));
  return phraseStarts(words, c.words.map((w) => phraseForm(w, c))).length > 0;
}

async function lookupPhrase(store: Store, c: PhraseClause, cfg: SearchConfig): Promise<ClauseHits> {
  const stemmed = c.stemmed && cfg.stemming;
  const clause: PhraseClause = { ...c, stemmed };
  const keys = [...new Set(c.words.filter((w) => surfaceTerm(w) !== null))];
  const name = cjkName(c);
  // a name written so may be a speaker's alias (何一 for He Yi): the records carry the canonical name
  const canonical = name ? (store.head.registry?.resolve(name) ?? null) : null; // (a store built without one: no aliases)
  let candidates: Map<number, number> | null = null;
  // one typed word of several tokens ("Okonkwo-Reyes", "co-founder") is a word of any field, names
  // and roles included, as a plain word is; a quoted phrase is looked for in what was said
  const anyField = name !== null || c.stemmed;
  for (const k of keys) {
    const found = await lookupExact(store, k, stemmed, cfg, anyField);
    if (candidates === null) candidates = found;
    else {
      const next = new Map<number, number>();
      for (const [id, s] of candidates) {
        const t = found.get(id);
        if (t !== undefined) next.set(id, s + t);
      }
      candidates = next;
    }
    if (candidates.size === 0) break;
  }
  if (candidates === null) {
    candidates = new Map();
    for (const id of await store.keys()) candidates.set(id, 1);
  }
  if (canonical !== null) {
    // the records that speaker said hold the name only as the canonical one: added at the weight of one word
    const all = await store.keys();
    const said = await store.passes(all, { speakers: [canonical] }, (r) => r.speaker === canonical);
    all.forEach((id, i) => {
      if (said[i] && !candidates!.has(id)) candidates!.set(id, 1);
    });
  }
  const hits: ClauseHits = new Map();
  const ids = [...candidates.keys()];
  for (let from = 0; from < ids.length; from += READ_BATCH) {
    const batch = ids.slice(from, from + READ_BATCH);
    const records = await store.read(batch);
    batch.forEach((id, k) => {
      const spans = phraseSpans(records[k]!, clause);
      if (spans.length) hits.set(id, { score: candidates.get(id)!, indexTerms: new Set(), spans, exact: true, how: new Set(['phrase']), fields: new Set(spans.map((m) => m.field)) });
      else if (c.stemmed && name === null) {
        const named = WORD_FIELDS.filter((f) => fieldHoldsWords(f === 'topics' ? records[k]!.topics.join('\n') : records[k]![f], clause));
        if (named.length) hits.set(id, { score: candidates.get(id)!, indexTerms: new Set(), spans: [], exact: true, how: new Set(['phrase']), fields: new Set(named) });
      } else if (name) {
        const r = records[k]!;
        const named = NAME_FIELDS.filter((f) => (f === 'topics' ? r.topics.join('\n') : (r[f] ?? '')).includes(name) || (canonical !== null && (f === 'speaker' || f === 'asker') && r[f] === canonical));
        if (named.length) hits.set(id, { score: candidates.get(id)!, indexTerms: new Set(), spans: [], exact: true, how: new Set(['phrase']), fields: new Set(named) });
      }
    });
  }
  return hits;
}

/** Records are read from the store this many at a time. */
const READ_BATCH = 500;

function lookup(store: Store, c: Clause, cfg: SearchConfig): Promise<ClauseHits> {
  return c.kind === 'term' ? lookupTerm(store, c, cfg, 'all') : lookupPhrase(store, c, cfg);
}

/** Records that an excluded item rules out: the term (or its stem) or phrase in the text or question. */
async function excludedIds(store: Store, c: Clause, cfg: SearchConfig): Promise<Set<number>> {
  if (c.kind === 'phrase') return new Set((await lookupPhrase(store, c, cfg)).keys());
  const exact: SearchConfig = { ...cfg, prefixFrom: Infinity, fuzzyOneFrom: Infinity, fuzzyTwoFrom: Infinity };
  return new Set((await lookupTerm(store, c, exact, 'body')).keys());
}

interface PositionedMatch extends Match {
  /** index of the word in its field, counting words (a compound counts as its first part) */
  pos: number;
}

/**
 * Matches of a term clause in one record: tokens whose stem is the clause's
 * or that are the word as typed; only when the record has none of those, the
 * index terms a prefix or fuzzy lookup reached. So in a record that says
 * "launched" and "Launchpad", "launch" matches "launched" only.
 */
function termMatches(r: QuarryRecord, c: TermClause, hit: ClauseHit, cfg: SearchConfig): PositionedMatch[] {
  const whole: PositionedMatch[] = [];
  const partial: PositionedMatch[] = [];
  const words = recordWords(r);
  for (const field of FIELDS) {
    const w = words[field];
    for (let i = 0; i < w.tokens.length; i++) {
      const surface = w.surface[i];
      if (surface === null || surface === undefined) continue;
      const t = w.tokens[i]!;
      if (surface === c.surface || (cfg.stemming && mayStemTo(surface, c) && isStemOf(stemAt(w, i), c, cfg))) whole.push({ field, start: t.start, end: t.end, pos: w.pos[i]! });
      else if (hit.indexTerms.has(surface)) partial.push({ field, start: t.start, end: t.end, pos: w.pos[i]! });
    }
  }
  return whole.length ? whole : partial;
}

/**
 * Proximity: 1 + weight × (k − 1) / (1 + gap), where k is the number of the
 * query's terms found together in the smallest window of one field (question
 * or text) that holds every term that field has, and gap the number of other
 * words inside that window. Adjacent terms ("psychology background") earn the
 * most; terms scattered over a long answer almost nothing.
 */
function proximityFactor(all: ReadonlyArray<PositionedMatch & { clause: number }>, cfg: SearchConfig): number {
  let best = 1;
  for (const field of FIELDS) {
    const ms = all.filter((m) => m.field === field).sort((a, b) => a.pos - b.pos);
    const k = new Set(ms.map((m) => m.clause)).size;
    if (k < 2) continue;
    // smallest window holding all k clauses
    const count = new Map<number, number>();
    let have = 0;
    let lo = 0;
    let span = Infinity;
    for (let hi = 0; hi < ms.length; hi++) {
      const ch = ms[hi]!.clause;
      count.set(ch, (count.get(ch) ?? 0) + 1);
      if (count.get(ch) === 1) have++;
      while (have === k) {
        span = Math.min(span, ms[hi]!.pos - ms[lo]!.pos + 1);
        const cl = ms[lo]!.clause;
        count.set(cl, count.get(cl)! - 1);
        if (count.get(cl) === 0) have--;
        lo++;
      }
    }
    const gap = Math.max(0, span - k);
    best = Math.max(best, 1 + (cfg.proximity * (k - 1)) / (1 + gap));
  }
  return best;
}

/** Drop matches that lie inside another match of the same field; question first, then by position. */
function tidy(ms: LabelledMatch[]): LabelledMatch[] {
  const order = (f: string) => (f === 'question' ? 0 : f === 'text' ? 1 : 2);
  const sorted = ms.slice().sort((a, b) => order(a.field) - order(b.field) || a.start - b.start || b.end - a.end);
  const out: LabelledMatch[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && last.field === m.field && m.start >= last.start && m.end <= last.end) continue;
    out.push(m);
  }
  return out;
}

// ---------------------------------------------------------------- search

/**
 * The records whose document fields (title, nearby lines) hold every word of one typed word that
 * tokenizes to several ("Rev.com", "co-founder", "U.S."): grep finds "Transcript by Rev.com" in a
 * header line, so search must. The fields keep words, not their order, so the words are each
 * looked up and the records holding all of them kept; like any title or nearby find, they come
 * after the ranked records and score nothing. A quoted phrase never comes here (it is required).
 */
async function documentWordsOfPhrase(store: Store, c: PhraseClause, cfg: SearchConfig): Promise<Iterable<number>> {
  let common: number[] | null = null;
  for (const w of c.words) {
    const word = termClause(w);
    if (word === null || word.kind !== 'term') continue; // a stop word, or nothing to look up
    const holding = await lookupTerm(store, word, cfg, 'document');
    common = common === null ? [...holding.keys()] : common.filter((id) => holding.has(id));
    if (common.length === 0) break;
  }
  return common ?? [];
}

interface Plan {
  terms: Clause[];
  required: Array<{ members: Clause[] }>;
  excluded: Clause[];
}

function plan(parsed: ParsedQuery): Plan {
  const terms: Clause[] = [];
  const required: Array<{ members: Clause[] }> = [];
  for (const t of parsed.terms) {
    // a term that is really a phrase ("crypto-to-crypto") stays optional like any plain term
    const c = termClause(t);
    if (c) terms.push(c);
  }
  for (const p of parsed.phrases) {
    const c = phraseClause(p);
    if (c) required.push({ members: [c] });
  }
  for (const g of parsed.anyOf) {
    const members = g.map(itemClause).filter((c): c is Clause => c !== null);
    if (members.length) required.push({ members });
  }
  const excluded = parsed.excluded.map(itemClause).filter((c): c is Clause => c !== null);
  return { terms, required, excluded };
}

/** A subject word a claim counts from the record before it. */
interface Inherited {
  clause: number;
  /** of the word's worth */
  worth: number;
  /** it stands just before the record's text for the figure's nearness */
  near: boolean;
}

/**
 * A claim is read with the record before it in its document: per head record, the subject's
 * term clauses it lacks as whole words that the record before it has. A claim opening with a
 * pronoun or a demonstrative ("She has been in the space since 2014", "This strategy attracted
 * …") is about what that record names (`antecedentWorth`); any other claim often is too, less
 * surely ("There's also time at the end for CZ to field 10-20 questions" after "CZ hosts
 * company-wide meetings …"; `neighbourWorth`), and so is a claim about what the sentence
 * before that names, in the same paragraph (`paragraphDepth`). Only records before that match
 * a subject word are read (so their keys exist in every store).
 */
async function contextClauses(store: Store, head: readonly Scored[], records: readonly QuarryRecord[], termCount: number, hitsByClause: readonly ClauseHits[], cfg: SearchConfig): Promise<Map<number, Inherited[]>> {
  // per head record: the records before it that may lend words, with what each would lend
  const offers = new Map<number, Array<{ from: number; clause: number; worth: number; near: boolean }>>();
  const line = new Map<number, QuarryRecord>();
  for (const [k, s] of head.entries()) {
    const r = records[k]!;
    if (r.type !== 'claim') continue;
    const pronoun = PRONOUN_OPENING.test(r.text);
    const list: Array<{ from: number; clause: number; worth: number; near: boolean }> = [];
    for (let d = 1; d <= Math.max(1, cfg.paragraphDepth); d++) {
      // the sentence right before, whatever its paragraph; further back, only within the paragraph
      const worth = d === 1 && pronoun ? cfg.antecedentWorth : cfg.neighbourWorth;
      if (worth <= 0 || s.id - d < 0) continue;
      for (let i = 0; i < termCount; i++) if (!s.hits.get(i)?.exact && hitsByClause[i]!.get(s.id - d)?.exact) list.push({ from: s.id - d, clause: i, worth, near: (d === 1 && pronoun) || cfg.neighbourNear });
    }
    if (list.length) {
      offers.set(s.id, list);
      line.set(s.id, r);
    }
  }
  const wanted = new Map<number, Inherited[]>();
  if (!offers.size) return wanted;
  const fromIds = [...new Set([...offers.values()].flatMap((l) => l.map((o) => o.from)))];
  const before = new Map((await store.read(fromIds)).map((r, k) => [fromIds[k]!, r] as const));
  for (const [id, list] of offers) {
    const r = line.get(id)!;
    const best = new Map<number, Inherited>();
    for (const o of list) {
      const b = before.get(o.from)!;
      if (b.doc !== r.doc || (o.from < id - 1 && b.endLine < r.line)) continue;
      const had = best.get(o.clause);
      if (!had || o.worth > had.worth) best.set(o.clause, { clause: o.clause, worth: o.worth, near: o.near });
    }
    if (best.size) wanted.set(id, [...best.values()].sort((x, y) => x.clause - y.clause));
  }
  return wanted;
}

/**
 * A sentence opening that points back: a personal pronoun, or a demonstrative; not when a
 * capitalised word follows, which makes it part of a name ("He Yi began …").
 */
const PRONOUN_OPENING = /^(?:She|He|It|They|Its|Her|His|Their|This|These|That|Those)\b(?!['’])(?![ \t]+[A-Z])/;

/**
 * Verbs that say little of what a question is about ("how long did it take bsc to get its
 * ecosystem going", "how soon does the meeting happen"): the text states the same thing with
 * other verbs, so matching them says little. Stemmed on first use.
 */
const LIGHT_VERBS = 'get gets got getting go goes going gone went happen happens happened come comes came coming put puts keep keeps kept like likes liked take takes took taken taking';
let lightVerbSet: Set<string> | undefined;
const lightVerbs = (): Set<string> => (lightVerbSet ??= new Set(LIGHT_VERBS.split(' ').map((w) => stemTerm(w) ?? w)));

/** Whether a term clause is a light verb of the question: one of LIGHT_VERBS, or a verb framing it ("see … as"). */
function isLight(c: Clause, question: Question | null, cfg: SearchConfig): boolean {
  if (question === null || c.kind !== 'term') return false;
  return lightVerbs().has(c.stem) || (cfg.framingVerbs && question.framing !== undefined && question.framing.includes(c.raw));
}

/** How many of the best-ranked records the proximity and figure passes look at. */
const PROXIMITY_DEPTH = 200;

/** Placeholders of a candidate not (yet) in the head: never read, never changed (searchWith's withHits). */
const PENDING_HITS: Map<number, ClauseHit> = new Map();
const NO_INHERITED: Inherited[] = [];
const NO_STOP_VERBS: Array<{ verb: string; field: 'text' | 'question' }> = [];

interface Scored {
  /** short id: the record's place in corpus order */
  id: number;
  score: number;
  /** how many of the query's clauses (terms, phrases, groups; and the question's figure) the record matches */
  matched: number;
  /** how many of the matched term clauses matched as whole words */
  exact: number;
  /** per clause index (terms first, then required members flattened): the hit */
  hits: Map<number, ClauseHit>;
  /** the summed clause scores, before any bonus */
  base: number;
  /** the proximity factor applied (1: none) */
  proximity: number;
  /** the figure of the asked kind found near the subject, and the factor it earned */
  figure: FoundFigure | null;
  figureFactor: number;
  /** term clauses the record counts from the sentence before it (contextClauses) */
  inherited: Inherited[];
  /** the question's stop-list verbs ("own") found in the record's stored text, with the field */
  stopVerbs: Array<{ verb: string; field: 'text' | 'question' }>;
}

/** The query with a question's own words taken out of its terms, and the question it asks (if any). */
function understand(parsed: ParsedQuery, cfg: SearchConfig): { parsed: ParsedQuery; question: Question | null } {
  if (!cfg.questions) return { parsed, question: null };
  const read = readQuestion(parsed.terms, { yesNo: cfg.yesNoQuestions, reasons: cfg.reasons, multiples: cfg.multiples, roles: cfg.roleAnswers, possessed: cfg.possessedHeads });
  return { parsed: { ...parsed, terms: read.terms }, question: read.question };
}

/** The subject's term clauses near which a figure is no answer ("after", "before"; question.ts). */
function unanchoredClauses(question: Question, clauses: readonly Clause[], termCount: number): Set<number> {
  const words = new Set(question.unanchored);
  const out = new Set<number>();
  for (let i = 0; i < termCount; i++) if (words.has(clauses[i]!.raw)) out.add(i);
  return out;
}

/** The stems of the subject's term clauses, by clause index (for a count's counted noun). */
function subjectStems(clauses: readonly Clause[], termCount: number): Map<number, string> {
  const out = new Map<number, string>();
  for (let i = 0; i < termCount; i++) {
    const c = clauses[i]!;
    if (c.kind === 'term') out.set(i, c.stem);
  }
  return out;
}

/** The positions of every term clause's whole-word (or, failing that, partial) matches in a record. */
function positionedMatches(r: QuarryRecord, hits: ReadonlyMap<number, ClauseHit>, clauses: readonly Clause[], cfg: SearchConfig) {
  const all: Array<PositionedMatch & { clause: number }> = [];
  for (const [i, h] of hits) {
    const c = clauses[i]!;
    if (c.kind !== 'term') continue;
    if (c.standsFor !== undefined) {
      // a stand-in (intent.ts) takes the place of the word it stands for, which the record lacks
      if (cfg.intentNear) for (const m of termMatches(r, c, h, cfg)) all.push({ ...m, clause: c.standsFor });
      continue;
    }
    for (const m of termMatches(r, c, h, cfg)) all.push({ ...m, clause: i });
  }
  return all;
}

/**
 * The second pass over the head of the ranking: the proximity bonus, and for
 * a question the figure bonus. A record holding a figure of the asked kind
 * within the window of a subject word matches one clause more (the question
 * itself), and its score is raised the more subject words stand near the
 * figure and the closer they stand (answer.ts).
 */
async function rescoreHead(
  store: Store,
  head: Scored[],
  clauses: readonly Clause[],
  termCount: number,
  question: Question | null,
  cfg: SearchConfig,
  terms: { hitsByClause: readonly ClauseHits[]; worth: readonly number[]; actors: ReadonlySet<number> },
): Promise<void> {
  const proximity = cfg.proximity > 0 && termCount >= 2;
  const figures = question !== null && question.figureKinds.length > 0 && cfg.figureWeight > 0 && (question.asked !== 'thing' || cfg.thingWindow > 0);
  const verbs = cfg.stopVerbs && question?.stopVerbs ? question.stopVerbs : [];
  const context = cfg.antecedentWorth > 0 || cfg.neighbourWorth > 0;
  // a question no figure answers ("what do staff need to bring …", "does he yi …") reads the sentence before too
  const allContext = context && cfg.contextWithoutFigures && question !== null;
  const wanted = head.filter((s) => figures || allContext || verbs.length > 0 || (proximity && s.hits.size >= 2));
  const records = await store.read(wanted.map((s) => s.id));
  const inherited = (figures || allContext) && context ? await contextClauses(store, wanted, records, termCount, terms.hitsByClause, cfg) : new Map<number, Inherited[]>();
  // "how many N …": the clauses (and stems) of what is counted
  const counted = cfg.countedNoun && question?.counted ? countedClauses(question.counted, clauses, termCount) : undefined;
  // each document's title words, read once per search (titleWords)
  const titles = new Map<string, ReadonlySet<string> | undefined>();
  for (const [k, s] of wanted.entries()) {
    const wantProximity = proximity && s.hits.size >= 2;
    const r = records[k]!;
    const ms = positionedMatches(r, s.hits, clauses, cfg);
    // subject words the sentence before names: they count part of their worth, and stand just
    // before the text for the figure's nearness
    for (const inh of inherited.get(s.id) ?? []) {
      const i = inh.clause;
      const had = s.hits.has(i) ? terms.worth[i]! * cfg.partialWorth : 0;
      s.matched += Math.max(0, terms.worth[i]! * inh.worth - had);
      s.inherited.push(inh);
      if (inh.near) ms.push({ field: 'text', start: 0, end: 0, pos: -1, clause: i });
    }
    // "what crypto does he yi own": the verb the index lacks, looked for in the stored text (not "my own")
    for (const verb of verbs) {
      const field = (['text', 'question'] as const).find((f) => stopVerbRe(verb).test(r[f] ?? ''));
      if (field === undefined) continue;
      s.matched += 1;
      s.stopVerbs.push({ verb, field });
    }
    if (wantProximity) {
      s.proximity = proximityFactor(ms, cfg);
      s.score *= s.proximity;
    }
    if (figures) {
      const near = ms.filter((m) => m.field === 'text');
      // an answer is about its question: subject words in a qa record's question stand just before its text
      if (cfg.qaQuestionNear && r.type === 'qa') for (const m of ms) if (m.field === 'question') near.push({ ...m, field: 'text', pos: -1 });
      // a count of what a stand-in names ("300 employees" for "how many staff") answers too
      // ("how many coins could users trade": only what stands in for the counted noun)
      const standIns = cfg.intentNear ? new Set([...s.hits.keys()].flatMap((i) => (clauses[i]!.kind === 'term' && (clauses[i] as TermClause).standsFor !== undefined && (counted === undefined || counted.clauses.has((clauses[i] as TermClause).standsFor!)) ? [(clauses[i] as TermClause).stem] : []))) : undefined;
      const known = cfg.knownNames ? store.head?.registry : undefined;
      const weak = cfg.unanchoredWords ? unanchoredClauses(question, clauses, termCount) : undefined;
      // a light verb says little of the subject: a figure near only it ("like Ethereum") is near nothing asked
      if (weak && cfg.lightVerbsUnanchored) for (let i = 0; i < termCount; i++) if (isLight(clauses[i]!, question, cfg)) weak.add(i);
      // "who does he yi count as her mentors": she acts; a name by hers is not who is asked for
      if (weak && cfg.invertedNames && question.inverted) for (const i of terms.actors) weak.add(i);
      const found = findAnswer(r, recordTokens(r).text, question.figureKinds, near, cfg.figureWindow, subjectStems(clauses, termCount), standIns, { known, quantifiers: cfg.quantifierNames, rates: cfg.rateCounts, weak, organisations: cfg.organisationWorth < 1 ? question.organisations : 'too', since: question.since === true && cfg.sinceDates, head: headClause(question, clauses, termCount, cfg), singleNames: cfg.singleOrgNames, topic: cfg.titleTopic && (question.asked === 'thing' || question.asked === 'person') ? titleWords(store, r.doc, titles) : undefined, instances: cfg.instanceNames, conditions: cfg.conditions, vague: cfg.vagueFigures, ...(counted ? { counted: counted.stems } : {}) });
      if (found) {
        s.figure = found;
        // "what year" is answered as well by "2017" as by "September 1, 2017"
        const precision = question.yearOnly && cfg.yearOnly ? 0 : cfg.datePrecision;
        s.figureFactor = figureFactor(found, termCount, cfg.figureWeight, precision);
        s.score *= s.figureFactor;
        // the question is one more clause matched; a count of the very thing asked about ("how many
        // speakers" → "165 speakers") answers it outright, and counts as two; a quarter more for each
        // subject word near it beyond the first; for a plain "who", an organisation's name less
        const worth = found.organisation && question.organisations === 'after people' ? cfg.organisationWorth : 1;
        s.matched += worth * ((found.unitMatch ? 2 * cfg.figureWorth : cfg.figureWorth) + Math.max(0, found.near.length - 1) * cfg.figureNearWorth);
      }
    }
  }
}

/** The term clauses (and their stems) of the noun a "how many" question counts (question.ts `counted`). */
function countedClauses(words: readonly string[], clauses: readonly Clause[], termCount: number): { clauses: Set<number>; stems: Set<string> } | undefined {
  const out = { clauses: new Set<number>(), stems: new Set<string>() };
  for (let i = 0; i < termCount; i++) {
    const c = clauses[i]!;
    if (c.kind === 'term' && words.includes(c.raw)) {
      out.clauses.add(i);
      out.stems.add(c.stem);
    }
  }
  return out.clauses.size ? out : undefined;
}

/** A stop-list verb as a verb: the word or its -s/-ed/-ing forms, not after a possessive ("their own"). */
const stopVerbRes = new Map<string, RegExp>();
function stopVerbRe(verb: string): RegExp {
  let re = stopVerbRes.get(verb);
  if (!re) stopVerbRes.set(verb, (re = new RegExp(`(?<!\\b(?:my|your|his|her|its|our|their|one's)\\s+)\\b${verb}(?:s|ed|ing)?\\b`, 'i')));
  return re;
}

/** A document's title words, lower-cased (a one-word name among them is the document's topic; answer.ts). */
function titleWords(store: Store, doc: string, seen: Map<string, ReadonlySet<string> | undefined>): ReadonlySet<string> | undefined {
  if (seen.has(doc)) return seen.get(doc);
  const title = store.head?.documents.find((d) => d.id === doc)?.meta.title;
  const words = title ? new Set(title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)) : undefined;
  seen.set(doc, words);
  return words;
}

/** For a thing question ("which coin"), the noun's term clause and how near it a name must stand. */
function headClause(question: Question, clauses: readonly Clause[], termCount: number, cfg: SearchConfig): { clause: number; window: number; possessed?: boolean } | undefined {
  if (question.head === undefined) return undefined;
  for (let i = 0; i < termCount; i++) if (clauses[i]!.raw === question.head) return { clause: i, window: cfg.thingWindow, ...(question.possessed ? { possessed: true } : {}) };
  return undefined;
}

/** The query's terms (by clause index) that are words of a person's name the corpus knows. */
function personNameClauses(query: string, clauses: readonly Clause[], termCount: number, known: KnownNames | undefined): Set<number> {
  const out = new Set<number>();
  if (!known) return out;
  // names are matched as written in running text, capitalised; queries are typed in any case
  const capitalised = query.replace(/(?<![\p{L}\p{N}])\p{Ll}/gu, (c) => c.toUpperCase());
  const words = new Set(known.mentions(capitalised).flatMap((m) => m.name.toLowerCase().split(/\s+/)));
  for (let i = 0; i < termCount; i++) if (words.has(clauses[i]!.raw.toLowerCase())) out.add(i);
  return out;
}

/**
 * The term clauses of the person an inverted "who" question names as who acts ("who did cz
 * promise …"): the registry's names among the words after the auxiliary, typed in any case
 * ("cz" is "CZ": tried capitalised and in capitals).
 */
function invertedActors(words: readonly string[], clauses: readonly Clause[], termCount: number, known: KnownNames | undefined): Set<number> {
  const out = new Set<number>();
  if (!known) return out;
  const typed = words.join(' ');
  const capitalised = typed.replace(/(?<![\p{L}\p{N}])\p{Ll}/gu, (c) => c.toUpperCase());
  // the words as typed ("zhao" in "changpeng zhao"), not only the registry's canonical name's
  const upper = typed.toUpperCase();
  const names = new Set([...known.mentions(capitalised).map((m) => capitalised.slice(m.start, m.end)), ...known.mentions(upper).map((m) => upper.slice(m.start, m.end))].flatMap((n) => n.toLowerCase().split(/\s+/)));
  const inverted = new Set(words);
  for (let i = 0; i < termCount; i++) if (inverted.has(clauses[i]!.raw) && names.has(clauses[i]!.raw.toLowerCase())) out.add(i);
  return out;
}

/** search() with an explicit configuration (the bench compares configurations with it). */
export async function searchWith(source: Store | SearchIndex, query: string, cfg: SearchConfig, opts: { filters?: Filters; limit?: number; explain?: boolean } = {}): Promise<Hit[]> {
  const store = source instanceof Store ? source : indexStore(source);
  const typed = parseQuery(query);
  const { parsed, question } = understand(typed, cfg);
  const p = plan(parsed);
  if (!p.terms.length && !p.required.length) {
    const positive = parsed.terms.length + parsed.phrases.length + parsed.anyOf.length;
    if (positive === 0 && p.excluded.length > 0) {
      throw new QuerySyntaxError(`nothing to search for: '-${parsed.excluded[0]}' only excludes; add a term to search for`);
    }
    return [];
  }

  // Every clause, numbered: plain terms first, then the members of required groups.
  const clauses: Clause[] = [...p.terms];
  const groupMembers: number[][] = [];
  for (const g of p.required) {
    groupMembers.push(g.members.map((m) => clauses.push(m) - 1));
  }
  // A question's expansion terms (intent.ts): looked up as whole words only.
  const intentIdx: number[] = [];
  if (question !== null && (cfg.intentWorth > 0 || cfg.intentScore > 0)) {
    const stemsOf = (w: string) => {
      const c = termClause(w);
      return c?.kind === 'term' ? [c.stem, ...(cfg.irregular ? c.alts : [])] : [];
    };
    for (const e of intentExpansions(question.subject, stemsOf)) {
      const c = termClause(e.word);
      const standsFor = clauses.findIndex((x, i) => i < p.terms.length && x.raw === e.of);
      // a hyphenated stand-in ("sub-brand") is a phrase of its parts; it counts, but takes no place near a figure
      if (c !== null && standsFor >= 0) intentIdx.push(clauses.push({ ...c, expands: e.of, standsFor }) - 1);
    }
  }
  const wholeOnly: SearchConfig = { ...cfg, prefixFrom: Infinity, fuzzyOneFrom: Infinity, fuzzyTwoFrom: Infinity };
  const hitsByClause: ClauseHits[] = [];
  for (const c of clauses) hitsByClause.push(c.kind === 'term' && c.expands !== undefined ? await lookupTerm(store, c, wholeOnly, 'all') : await lookup(store, c, cfg));

  // Candidate records.
  let candidates: Set<number> | null = null;
  const intersect = (ids: Iterable<number>) => {
    const s = new Set(ids);
    candidates = candidates === null ? s : new Set([...candidates].filter((id) => s.has(id)));
  };
  for (const members of groupMembers) intersect(members.flatMap((i) => [...hitsByClause[i]!.keys()]));
  const termIdx = p.terms.map((_, i) => i);
  // what matching a term is worth in the coverage count: less for a term most records have
  // (the noun a thing question asks about names what the answer is: it counts more)
  const worth = clauses.map((c, i) => Math.min(hitsByClause[i]!.size > cfg.commonShare * store.count() ? cfg.commonWeight : 1, isLight(c, question, cfg) ? cfg.lightVerbWorth : 1) * (i < p.terms.length && (question?.asked === 'thing' || question?.possessed === true) && question.head === c.raw ? cfg.thingHeadWorth : 1));
  // a record holding a stand-in only is a candidate too, when stand-ins count
  const termUnion = () => new Set([...termIdx, ...(cfg.intentWorth > 0 ? intentIdx : [])].flatMap((i) => [...hitsByClause[i]!.keys()]));
  if (termIdx.length) {
    const mode = cfg.combine;
    if (mode === 'and' || mode === 'and-or') {
      const before: Set<number> | null = candidates;
      for (const i of termIdx) intersect(hitsByClause[i]!.keys());
      if (mode === 'and-or' && (candidates as Set<number> | null)?.size === 0) {
        candidates = before;
        if (candidates === null) candidates = termUnion();
      }
    } else if (candidates === null) {
      candidates = termUnion();
    }
  }
  const ids: Set<number> = candidates ?? new Set<number>();

  // Exclusions.
  const excluded = new Set<number>();
  for (const c of p.excluded) {
    for (const id of await excludedIds(store, c, cfg)) {
      ids.delete(id);
      excluded.add(id);
    }
  }

  // Score every candidate (no record is read for this). A candidate's hits by clause, and
  // the lists the second pass fills, are made only for the records that reach the head
  // (withHits below): at 1,000× a search has tens of thousands of candidates and keeps a few
  // hundred, and a Map and two arrays for each of them were most of its garbage.
  // A candidate's sums over the typed terms and the phrase groups, in one order for both paths;
  // `hits` (when given) also collects the clause hits the head's explanation reads.
  const termSums = (id: number, hits: Map<number, ClauseHit> | null): { score: number; matched: number; exact: number } => {
    let score = 0;
    let matched = 0;
    let exact = 0;
    for (const i of termIdx) {
      const h = hitsByClause[i]!.get(id);
      if (h) {
        hits?.set(i, h);
        score += h.score;
        const speakerOnly = question !== null && h.fields.size === 1 && h.fields.has('speaker');
        matched += worth[i]! * (h.exact ? 1 : cfg.partialWorth) * (speakerOnly ? cfg.speakerOnlyWorth : 1);
        if (h.exact) exact++;
      }
    }
    for (const members of groupMembers) {
      let any = false;
      for (const i of members) {
        const h = hitsByClause[i]!.get(id);
        if (h) {
          hits?.set(i, h);
          score += h.score;
          any = true;
        }
      }
      if (any) matched++;
    }
    return { score, matched, exact };
  };
  const hitsOf = (id: number): { hits: Map<number, ClauseHit>; score: number; matched: number; exact: number } => {
    const hits = new Map<number, ClauseHit>();
    let { score, matched, exact } = termSums(id, hits);
    // An expansion stands in for the word it expands, only in a record without that word (as a
    // whole word), worth less than the word: a record with the typed word is never outranked by
    // one with its stand-in. A prefix or fuzzy match of the word and a stand-in: the better counts.
    const best = new Map<number, number>();
    for (const i of intentIdx) {
      const h = hitsByClause[i]!.get(id);
      const of = clauses[i]!.standsFor!;
      if (!h || hits.get(of)?.exact) continue;
      hits.set(i, h);
      best.set(of, Math.max(best.get(of) ?? 0, h.score));
    }
    for (const [of, b] of best) {
      const had = hits.has(of) ? worth[of]! * cfg.partialWorth : 0;
      matched += Math.max(0, worth[of]! * cfg.intentWorth - had);
      score += cfg.intentScore * b;
    }
    return { hits, score, matched, exact };
  };
  // The same sums, in the same order, without the Map: a candidate's rank needs only these.
  // (A question's stand-ins read the hits met so far: those candidates take the path above.)
  const termHitsOnly = intentIdx.length === 0;
  let scored: Scored[] = [];
  for (const id of ids) {
    if (!termHitsOnly) {
      const { hits, score, matched, exact } = hitsOf(id);
      scored.push({ id, score, matched, exact, hits, base: score, proximity: 1, figure: null, figureFactor: 1, inherited: [], stopVerbs: [] });
      continue;
    }
    const { score, matched, exact } = termSums(id, null);
    scored.push({ id, score, matched, exact, hits: PENDING_HITS, base: score, proximity: 1, figure: null, figureFactor: 1, inherited: NO_INHERITED, stopVerbs: NO_STOP_VERBS });
  }
  /** The head's candidates given their hits and lists of their own (what the loop above left out). */
  const withHits = (list: Scored[]): Scored[] => {
    for (const s of list) {
      if (s.hits !== PENDING_HITS) continue;
      s.hits = hitsOf(s.id).hits;
      s.inherited = [];
      s.stopVerbs = [];
    }
    return list;
  };

  const byOrder = (a: Scored, b: Scored) => a.id - b.id;
  const order =
    cfg.combine === 'coverage'
      ? (a: Scored, b: Scored) => b.matched - a.matched || b.score - a.score || byOrder(a, b)
      : cfg.combine === 'or'
        ? // MiniSearch's own OR: the summed score times the number of terms matched
          (a: Scored, b: Scored) => b.score * b.matched - a.score * a.matched || byOrder(a, b)
        : (a: Scored, b: Scored) => b.score - a.score || byOrder(a, b);
  const rank = (list: Scored[]) => list.sort(order);
  // The order is total (ties go by corpus order), so ranking every candidate and then
  // filtering keeps the order that filtering first would give: filters read records,
  // so they run on the ranked list, only as far down as the results need. The list is
  // sorted only as far as it is read (Ranked: the same head as sorting it all).
  const ranked = new Ranked(scored, order);
  const secondPass = (cfg.contextWithoutFigures && question !== null) || (cfg.stopVerbs && question?.stopVerbs !== undefined) || (cfg.proximity > 0 && termIdx.length >= 2) || (question !== null && question.figureKinds.length > 0 && cfg.figureWeight > 0 && (question.asked !== 'thing' || cfg.thingWindow > 0));
  const limit = opts.limit !== undefined && opts.limit > 0 ? opts.limit : Infinity;
  // How many of the head are needed: the results, and the records the second pass re-ranks.
  const need = Math.max(limit, secondPass ? PROXIMITY_DEPTH : 0);
  // an empty filter passes every record: the ranked head as it is, without reading records (or every document's head) to check them
  if (opts.filters && hasFilters(opts.filters)) {
    const filters = opts.filters;
    const kept: Scored[] = [];
    for (let from = 0; from < ranked.length && kept.length < need; from += READ_BATCH) {
      const batch = ranked.slice(from, from + READ_BATCH);
      // the store may rule records out without reading them (the cache's record columns)
      const pass = await store.passes(
        batch.map((s) => s.id),
        filters,
        (r) => matchesFilters(r, filters),
      );
      for (let k = 0; k < batch.length && kept.length < need; k++) if (pass[k]) kept.push(batch[k]!);
    }
    scored = withHits(kept);
  } else {
    scored = withHits(ranked.head(need));
  }
  const nameClauses = question !== null ? personNameClauses(query, clauses, termIdx.length, store.head?.registry) : new Set<number>();
  const actors = question?.inverted ? invertedActors(question.inverted, clauses, termIdx.length, store.head?.registry) : new Set<number>();
  if (secondPass) {
    // Only the head of the list is worth the second pass; the bonuses only raise scores.
    const head = scored.slice(0, PROXIMITY_DEPTH);
    await rescoreHead(store, head, clauses, termIdx.length, question, cfg, { hitsByClause, worth, actors });
    rank(head);
    scored.splice(0, head.length, ...head);
  }
  // Records found only by their document's title or their nearby lines come after every ranked record, in corpus order,
  // scoring nothing: looked up only when the results reach them (a title word of many documents
  // would otherwise cost every search that names it thousands of hits it never shows).
  // A quoted phrase, a required word or an OR group must be matched in the record itself: a title or a nearby line meets none.
  if (cfg.titleFinds && cfg.combine === 'coverage' && groupMembers.length === 0 && scored.length < limit) {
    const byTitle = new Set<number>();
    for (const i of termIdx) {
      const c = clauses[i]!;
      // whole words only (stem or as typed): a fallback that finds, not a second fuzzy walk of every term
      const found = c.kind === 'term' ? (await lookupTerm(store, c, wholeOnly, 'document')).keys() : await documentWordsOfPhrase(store, c, wholeOnly);
      for (const id of found) if (!ids.has(id) && !excluded.has(id)) byTitle.add(id);
    }
    const found = [...byTitle].sort((a, b) => a - b);
    const filters = opts.filters && hasFilters(opts.filters) ? opts.filters : null;
    for (let from = 0; from < found.length && scored.length < limit; from += READ_BATCH) {
      const batch = found.slice(from, from + READ_BATCH);
      const pass = filters ? await store.passes(batch, filters, (r) => matchesFilters(r, filters)) : null;
      for (let k = 0; k < batch.length && scored.length < limit; k++) {
        if (pass && !pass[k]) continue;
        scored.push({ id: batch[k]!, score: 0, matched: 0, exact: 0, hits: new Map(), base: 0, proximity: 1, figure: null, figureFactor: 1, inherited: [], stopVerbs: [] });
      }
    }
  }
  const limited = scored.length > limit ? scored.slice(0, limit) : scored;
  // the most a record can match: every term at its worth, every group, the question's figure
  const figureWorth = question !== null && question.figureKinds.length > 0 && cfg.figureWeight > 0 && (question.asked !== 'thing' || cfg.thingWindow > 0) ? (question.figureKinds.includes('count') || (question.since && cfg.sinceDates) || (question.head !== undefined && cfg.instanceNames) ? 2 : 1) * cfg.figureWorth + Math.max(0, termIdx.length - 1) * cfg.figureNearWorth : 0;
  const clauseCount = termIdx.reduce((a, i) => a + worth[i]!, 0) + groupMembers.length + figureWorth + (cfg.stopVerbs ? (question?.stopVerbs?.length ?? 0) : 0);

  const shown = await store.read(limited.map((s) => s.id));
  return limited.map((s, place) => {
    const record = shown[place]!;
    const terms: string[] = [];
    const labelled: LabelledMatch[] = [];
    for (const [i, h] of [...s.hits].sort((a, b) => a[0] - b[0])) {
      const c = clauses[i]!;
      // the user's terms only: an expansion is no word they typed (--explain shows it)
      if (c.expands !== undefined) continue;
      if (!terms.includes(c.raw)) terms.push(c.raw);
      const ms = c.kind === 'term' ? termMatches(record, c, h, cfg) : (h.spans ?? []);
      for (const m of ms) labelled.push({ ...m, clause: i });
    }
    const tidied = tidy(labelled);
    // A figure near only the words of a person's name says nothing about what was asked of
    // them: it still ranks the record up, but is no answer ("what year was he yi born" must
    // not answer "2018" from "He Yi led the brand upgrade in 2018").
    const answer = s.figure && (s.figure.unitMatch || s.figure.near.some((i) => !nameClauses.has(i))) ? s.figure.answer : null;
    // the snippet's window must show the answer: it counts as one more clause there
    const forSnippet = answer ? [...tidied, { field: 'text' as const, start: answer.start, end: answer.end, clause: clauses.length }] : tidied;
    const score = cfg.combine === 'or' ? s.score * s.matched : s.score;
    const hit: Hit = {
      record,
      score,
      terms,
      matches: tidied.map(({ field, start, end }) => ({ field, start, end })),
      snippet: buildSnippet(record, forSnippet),
      answer,
    };
    if (opts.explain) {
      hit.explain = {
        rank: place + 1,
        score,
        question: question ? { asked: question.asked, cue: question.cue, subject: [...question.subject], ...(question.head !== undefined ? { head: question.head } : {}) } : null,
        matched: s.matched,
        of: clauseCount,
        wholeWords: s.exact,
        terms: [...s.hits]
          .sort((a, b) => a[0] - b[0])
          .map(([i, h]) => {
            const c = clauses[i]!;
            const expands = c.expands ?? null;
            return clauseExplain(c.raw, expands === null ? h.score : cfg.intentScore * h.score, h.how, h.fields, h.indexTerms, expands);
          })
          // subject words counted from the sentence before (it adds no score)
          .concat(s.inherited.map((inh) => clauseExplain(clauses[inh.clause]!.raw, 0, new Set(['antecedent']), new Set(), new Set())))
          // a stop-list verb found in the stored text (it adds no score)
          .concat(s.stopVerbs.map((v) => clauseExplain(v.verb, 0, new Set(['stop-verb']), new Set([v.field]), new Set()))),
        base: s.base,
        proximity: s.proximity,
        figure: s.figure ? { ...s.figure.answer, gap: s.figure.gap, near: s.figure.near.map((i) => clauses[i]!.raw), factor: s.figureFactor, ...(s.figure.instance ? { instance: true as const } : {}) } : null,
      };
    }
    return hit;
  });
}

/**
 * Search the index. Never throws for odd input: an empty query, or one of
 * stop words and punctuation only, returns []. A query made only of
 * exclusions ("-bitcoin") throws QuerySyntaxError: it names nothing to find.
 */
export function search(source: Store | SearchIndex, query: string, opts: SearchOptions = {}): Promise<Hit[]> {
  return searchWith(source, query, opts.baseline ? BASELINE : TUNED, { filters: opts.filters, limit: opts.limit, explain: opts.explain });
}
