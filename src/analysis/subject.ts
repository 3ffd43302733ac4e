/**
 * subject.ts: what is a figure about, and are two figures about the same thing?
 *
 * A figure's subject is read from the words around it, weighted by nearness:
 *
 *   weight 1.0  words of its own clause within 3 words of it; in a table row,
 *               the first cell that is not the date (it names the row)
 *          0.8  words of its own clause within 8 words
 *          0.6  the rest of its clause
 *          0.5  the other cells of its table row
 *          0.35 other clauses of its sentence
 *          0.25 the sentence before (it often names what "it" or "the
 *               exchange" is)
 *
 * A sentence dated by its paragraph's opening adverbial ("In 2013, …. That
 * was my entry into the crypto space.", see discourse.ts) is read as if it
 * opened with that date.
 *
 * Terms are content-word stems, plus concept tokens (~launch, ~enter: see
 * text.ts) and rank tokens ("largest", "#1", "number one" are all rank:1).
 * Similarity is the cosine of the two weighted vectors with IDF over
 * statements, so "Binance" (in most statements) counts little and "BNB" or
 * "OKCoin" a lot. It is then discounted when the evidence says the subjects
 * differ even though the words overlap:
 *
 *   ×0.15 both are about people, and not the same people (CZ's 2013 vs
 *         He Yi's 2014)
 *   ×0.3  a named entity on one side only partly appears on the other:
 *         "Binance TR launched in 2020" is not "Binance launched in July 2017"
 *   ×0.5  each side names something the other never mentions ("Campus
 *         Tour" vs "Binance")
 *   ×0.4  one side names one thing more, and that name is the rarer one
 *         ("Binance launched BNB" vs "Binance launched")
 *   ×0.4  nothing in common near both figures but the event verb ("launch
 *         a feature" vs "launched BNB"), or only one word that is not a
 *         name ("a flight to catch in 3 hours" vs "two hours catching up")
 *   ×0.3  both clauses carry ranks that differ ("top three within 180
 *         days" is not "number one in nine months")
 *   ×0.5  a number that describes a routine ("two hours each morning")
 *   dates only:
 *   ×0    no event verb (~launch, ~enter) near either date: states at two
 *         dates ("in 2019, 72% …", "as of January 2021, …") are two facts,
 *         not one fact dated twice
 *   ×0.5  the two dates sit near different event verbs
 */
import type { Figure } from '../model/figures.js';
import { previousStatement, type Discourse, type Statement } from './discourse.js';
import { conceptOf, isStopWord, START_MARKERS, stem, type Word } from './text.js';

/** Words that make a duration or count a routine ("one hour every day"), not a fact about an event. */
const HABITUAL = /\b(?:every|each|per|daily|weekly|monthly|usually|normally|routinely|typically|often|regularly)\b/i;

export interface SubjectContext {
  statement: Statement;
  figure: Figure;
  /** term → nearness weight (0..1), before IDF */
  terms: Map<string, number>;
  /** people the figure's statement is about */
  persons: Set<string>;
  /** named entities of the figure's clause, as stems */
  entities: string[][];
  /** the other rank figures of the figure's clause, as rank terms ("rank:1", "rank:top") */
  ranks: Set<string>;
  /** the clause describes a routine ("two hours each morning") */
  habitual: boolean;
}

export interface TermStats {
  /** number of statements */
  n: number;
  /** statements containing each term */
  df: Map<string, number>;
  /** the most frequent written form of each stem, for explanations */
  surface: Map<string, string>;
}

/** Term of a rank figure: "largest", "#1", "number one" → rank:1; "top three" → rank:top. */
function rankTerm(f: Figure): string {
  return f.qualifier === 'top' && Number(f.value) > 1 ? 'rank:top' : `rank:${f.value}`;
}

/** Words that sit inside a date or duration figure ("months", "July") say nothing about the subject. */
function inTimeFigure(st: Statement, w: Word): boolean {
  return st.figures.some((f) => (f.kind === 'date' || f.kind === 'duration') && w.start >= f.start && w.end <= f.end);
}

/** The terms of a whole statement, each once: what IDF counts and what related() compares. */
export function statementTerms(st: Statement): Set<string> {
  const out = new Set<string>();
  for (const w of st.words) {
    if (!w.stem || inTimeFigure(st, w)) continue;
    out.add(w.stem);
    const c = conceptOf(w.stem);
    if (c) out.add(c);
    if (w.lower.includes('-')) for (const part of w.lower.split('-')) if (part.length > 2 && !isStopWord(part)) out.add(stem(part));
  }
  for (const f of st.figures) if (f.kind === 'rank') out.add(rankTerm(f));
  return out;
}

export function buildStats(d: Discourse): TermStats {
  const df = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const st of d.statements) {
    for (const t of statementTerms(st)) df.set(t, (df.get(t) ?? 0) + 1);
    for (const w of st.words) {
      if (!w.stem) continue;
      const m = forms.get(w.stem) ?? new Map<string, number>();
      if (!forms.has(w.stem)) forms.set(w.stem, m);
      const form = d.nameWords.has(w.lower) || /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w.raw) ? w.raw.replace(/['’]s$/, '') : w.lower;
      m.set(form, (m.get(form) ?? 0) + 1);
    }
  }
  const surface = new Map<string, string>();
  for (const [s, m] of forms) {
    let best = s;
    let n = -1;
    for (const [form, c] of m) if (c > n || (c === n && form.length < best.length)) [best, n] = [form, c];
    surface.set(s, best);
  }
  return { n: d.statements.length, df, surface };
}

export function idf(stats: TermStats, term: string): number {
  return Math.log(1 + stats.n / (stats.df.get(term) ?? 1));
}

/** How a term reads in an explanation: "launch", "BNB", "number one/largest" for rank:1. */
export function surfaceOf(stats: TermStats, term: string): string {
  if (term === 'rank:1') return '#1/largest';
  if (term === 'rank:top') return 'top N';
  if (term.startsWith('rank:')) return `#${term.slice(5)}`;
  if (term.startsWith('~')) return `(${term.slice(1)})`;
  return stats.surface.get(term) ?? term;
}

function put(terms: Map<string, number>, t: string, w: number): void {
  if ((terms.get(t) ?? 0) < w) terms.set(t, w);
}

function addWords(terms: Map<string, number>, st: Statement, weightOf: (w: Word, i: number) => number): void {
  st.words.forEach((w, i) => {
    if (!w.stem || inTimeFigure(st, w)) return;
    const weight = weightOf(w, i);
    if (weight <= 0) return;
    put(terms, w.stem, weight);
    const c = conceptOf(w.stem);
    if (c) put(terms, c, weight);
  });
}

/** The subject context of figure `f` of statement `st`. */
export function figureContext(d: Discourse, st: Statement, f: Figure): SubjectContext {
  const terms = new Map<string, number>();
  const clauseIdx = (pos: number) => st.clauses.findIndex((c) => pos >= c.start && pos < c.end);
  // an inherited date lies before the statement: read the statement as if it opened with it
  const own = Math.max(0, clauseIdx(f.start));
  const figWord = st.words.findIndex((w) => w.start >= f.start);
  const at = figWord < 0 ? st.words.length : figWord;

  // a table row is named by its first cell that is not the date ("Binance Exchange officially
  // launched", "Platform Token Economic Model"); the other cells describe it
  const subjectCell = st.row ? st.clauses.findIndex((_c, i) => i !== own) : -1;
  addWords(terms, st, (w, i) => {
    if (w.start >= f.start && w.end <= f.end) return 0;
    const c = clauseIdx(w.start);
    if (st.row) return c === own ? 0 : c === subjectCell ? 1 : 0.5;
    if (c !== own) return 0.35;
    const dist = Math.abs(i - at);
    return dist <= 3 ? 1 : dist <= 8 ? 0.8 : 0.6;
  });
  // "since 2014": the start of a period
  const lead = st.source.slice(Math.max(st.start, f.start - 12), f.start).toLowerCase();
  for (const m of START_MARKERS) if (new RegExp(`\\b${m}\\s+$`).test(lead)) put(terms, '~enter', 1);

  const ranks = new Set<string>();
  for (const g of st.figures) {
    if (g === f || g.kind !== 'rank') continue;
    const c = clauseIdx(g.start);
    const weight = st.row ? (c === subjectCell ? 1 : 0.5) : c === own ? 1 : 0.35;
    put(terms, rankTerm(g), weight);
    if (c === own || st.row) ranks.add(rankTerm(g));
  }

  const persons = new Set(st.persons);
  // a table row is an event of its own: the row above says nothing about it
  const prev = st.row ? undefined : previousStatement(d, st);
  if (prev) addWords(terms, prev, () => 0.25);

  const ownClause = st.clauses[own];
  const entities = st.entities
    .filter((e) => !ownClause || st.row || (e.start < ownClause.end && e.end > ownClause.start))
    .map((e) => st.words.filter((w) => w.start >= e.start && w.end <= e.end).map((w) => w.stem || w.lower));
  const habitual = !!ownClause && HABITUAL.test(st.source.slice(ownClause.start, ownClause.end));
  return { statement: st, figure: f, terms, persons, entities, ranks, habitual };
}

export interface Similarity {
  /** 0..1 after discounts */
  score: number;
  /** raw cosine before discounts */
  cosine: number;
  /** the terms that carry the overlap, strongest first */
  shared: string[];
  /** why the score was discounted, if it was */
  notes: string[];
}

/** IDF-weighted vectors, computed once per context and statistics (a context meets many others). */
const vectors = new WeakMap<SubjectContext, { stats: TermStats; v: Map<string, number>; norm: number }>();

function weighted(stats: TermStats, x: SubjectContext): { v: Map<string, number>; norm: number } {
  const cached = vectors.get(x);
  if (cached && cached.stats === stats) return cached;
  const v = new Map<string, number>();
  let sq = 0;
  for (const [t, w] of x.terms) {
    const y = w * idf(stats, t);
    v.set(t, y);
    sq += y * y;
  }
  const out = { stats, v, norm: Math.sqrt(sq) };
  vectors.set(x, out);
  return out;
}

/** Does an entity of one side appear only partly in the other side's context? ("Binance TR" vs "Binance") */
function siblingEntity(a: SubjectContext, b: SubjectContext): string | null {
  for (const e of a.entities) {
    if (e.length < 2) continue;
    const present = e.filter((w) => b.terms.has(w)).length;
    if (present > 0 && present < e.length) return e.join(' ');
  }
  return null;
}

/** Terms at least this near the figure are its core: its own clause, its row. */
const CORE = 0.5;

function inCore(x: SubjectContext, term: string): boolean {
  return (x.terms.get(term) ?? 0) >= CORE;
}

/** Each side names something in its clause that the other never mentions ("Campus Tour" vs "Binance"). */
function namesApart(a: SubjectContext, b: SubjectContext): boolean {
  const apart = (x: SubjectContext, y: SubjectContext) => x.entities.length > 0 && x.entities.every((e) => e.every((w) => !inCore(y, w)));
  return apart(a, b) && apart(b, a);
}

/**
 * Both clauses name things, and one names something more that the other never
 * mentions, and that extra name is at least as specific (as rare) as any name
 * they share: "Binance launched BNB on July 14" is not "Binance Exchange
 * officially launched" (BNB is rarer than the shared Binance), while "Binance
 * launched BNB" is still "BNB token, October 2017" (the shared BNB is the more
 * specific name; Binance is only the agent).
 */
function extraName(stats: TermStats, a: SubjectContext, b: SubjectContext): string | null {
  if (!a.entities.length || !b.entities.length) return null;
  if (!b.entities.every((e) => e.some((w) => inCore(a, w)))) return null;
  const sharedIdf = Math.max(0, ...b.entities.flatMap((e) => e.filter((w) => inCore(a, w)).map((w) => idf(stats, w))));
  const extra = a.entities.find((e) => e.every((w) => !inCore(b, w)) && Math.max(...e.map((w) => idf(stats, w))) >= sharedIdf);
  return extra ? extra.join(' ') : null;
}

/** The event concepts (~launch, ~enter) near the figure. */
function coreConcepts(x: SubjectContext): Set<string> {
  const out = new Set<string>();
  for (const [t, w] of x.terms) if (t.startsWith('~') && w >= CORE) out.add(t);
  return out;
}

/** Same subject? Cosine over IDF-weighted context terms, discounted by the evidence that subjects differ. */
export function subjectSimilarity(stats: TermStats, a: SubjectContext, b: SubjectContext): Similarity {
  const wa = weighted(stats, a);
  const wb = weighted(stats, b);
  let dot = 0;
  const contrib: Array<[string, number]> = [];
  for (const [t, x] of wa.v) {
    const y = wb.v.get(t);
    if (y === undefined) continue;
    dot += x * y;
    contrib.push([t, x * y]);
  }
  const denom = wa.norm * wb.norm;
  const cosine = denom > 0 ? dot / denom : 0;
  contrib.sort((p, q) => q[1] - p[1]);
  const shared = contrib.filter(([t]) => !t.startsWith('~')).map(([t]) => t);

  let score = cosine;
  const notes: string[] = [];
  if (a.persons.size && b.persons.size && ![...a.persons].some((p) => b.persons.has(p))) {
    score *= 0.15;
    notes.push(`different people (${[...a.persons].join(', ')} / ${[...b.persons].join(', ')})`);
  }
  const sib = siblingEntity(a, b) ?? siblingEntity(b, a);
  if (sib) {
    score *= 0.3;
    notes.push(`different entity (${sib})`);
  }
  const common = [...a.terms.keys()].filter((t) => inCore(a, t) && inCore(b, t));
  const content = common.filter((t) => !t.startsWith('~') && conceptOf(t) === undefined);
  const names = new Set([...a.entities, ...b.entities].flat());
  if (common.length && !content.length) {
    score *= 0.4;
    notes.push('only the event verb in common');
  } else if (content.length === 1 && !names.has(content[0]!) && !content[0]!.startsWith('rank:')) {
    score *= 0.4;
    notes.push('one word in common');
  }
  if (namesApart(a, b)) {
    score *= 0.5;
    notes.push('different names');
  } else {
    const extra = extraName(stats, a, b) ?? extraName(stats, b, a);
    if (extra) {
      score *= 0.4;
      notes.push(`only one side names ${extra}`);
    }
  }
  if (a.figure.kind === 'date') {
    const ca = coreConcepts(a);
    const cb = coreConcepts(b);
    if (!ca.size && !cb.size) {
      // states at two dates ("in 2019, Binance had…", "in 2024, Binance had…") are two facts
      score = 0;
      notes.push('no event verb');
    } else if ([...ca].some((c) => !cb.has(c)) || [...cb].some((c) => !ca.has(c))) {
      score *= 0.5;
      notes.push('different events');
    }
  }
  if (a.figure.kind !== 'date' && (a.habitual || b.habitual)) {
    score *= 0.5;
    notes.push('a routine, not an event');
  }
  if (a.figure.kind !== 'rank' && a.ranks.size && b.ranks.size && ![...a.ranks].some((r) => b.ranks.has(r))) {
    score *= 0.3;
    notes.push('different ranks');
  }
  return { score, cosine, shared, notes };
}

/**
 * Pairs of contexts worth comparing: those sharing at least one term that is
 * not in more than half of them (and more than 50): a term that is
 * everywhere, like the corpus's main subject, weighs next to nothing by IDF
 * and cannot make two contexts alike on its own. The inverted index keeps
 * this far below all-pairs for real text. Calls `visit(i, j)` with i < j.
 */
export function forEachCandidatePair(contexts: readonly SubjectContext[], visit: (i: number, j: number) => void): void {
  const postings = new Map<string, number[]>();
  contexts.forEach((c, i) => {
    for (const t of c.terms.keys()) {
      const list = postings.get(t) ?? [];
      if (!postings.has(t)) postings.set(t, list);
      list.push(i);
    }
  });
  const cap = Math.max(50, Math.ceil(contexts.length / 2));
  contexts.forEach((c, i) => {
    const seen = new Set<number>();
    for (const t of c.terms.keys()) {
      const list = postings.get(t)!;
      if (list.length > cap) continue;
      for (const j of list) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        visit(i, j);
      }
    }
  });
}
