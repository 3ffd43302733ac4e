/**
 * conflicts.ts: candidate contradictions between sources.
 *
 * A conflict is a pair of statements from DIFFERENT documents, each with a
 * figure of the same kind, where
 *   1. the figures disagree (compat.ts: their intervals do not meet, so
 *      "2017" never contradicts "July 2017" and "within 180 days" never
 *      contradicts "3 months"), and
 *   2. the statements are about the same subject (subject.ts: the words
 *      around each figure overlap, weighted by nearness and rarity, and
 *      nothing says the people, entities or ranks differ).
 *
 * confidence = subject similarity × strength of the disagreement × a weight
 * per kind (dates and durations of an event are stable facts: 1; counts,
 * amounts, percents and ranks move with time, so they are compared only when
 * both statements are anchored to the same year, and weigh 0.7). Pairs under
 * MIN_CONFIDENCE are dropped: the list favours precision over recall.
 *
 * Deduplication: a pair is reported once whichever side comes first; one
 * conflict per pair of records and kind (the strongest); and one per pair of
 * documents and values ("2013 vs 2014" said by a quote and again by the
 * answer it was taken from is one conflict, shown with the stronger pair).
 *
 * Figures in a qa record's question count: "Binance became #1 crypto exchange
 * after 180 days of its launch in 2017." is the interviewer's claim. Such a
 * side has `field: 'question'` and its figure's offsets are into
 * `record.question`.
 */
import type { Figure, FigureKind } from '../model/figures.js';
import type { QuarryRecord } from '../model/record.js';
import type { SpeakerRegistry } from '../model/speakers.js';
import { COMPARABLE, disagree, TIME_VARYING } from './compat.js';
import { buildDiscourse, type Statement } from './discourse.js';
import { buildStats, figureContext, forEachCandidatePair, subjectSimilarity, surfaceOf, type SubjectContext, type TermStats } from './subject.js';

export interface ConflictSide {
  record: QuarryRecord;
  figure: Figure;
  /** where the figure is: the record's text, or a qa record's question */
  field: 'text' | 'question';
  /** the sentence (or table row) holding the figure */
  sentence: string;
}

export interface Conflict {
  kind: FigureKind;
  /** the words both sides share about the subject, e.g. "BNB · launch" */
  subject: string;
  a: ConflictSide;
  b: ConflictSide;
  /** 0..1 */
  confidence: number;
  /** one line: the differing values and why the two are taken to be about the same thing */
  why: string;
}

export interface ConflictOptions {
  /** at most this many, best first (default: all above the confidence floor) */
  limit?: number;
  /** speaker names and aliases, to tell whose story a sentence tells */
  registry?: SpeakerRegistry;
  /** confidence floor (default MIN_CONFIDENCE) */
  minConfidence?: number;
}

/** Pairs below this are not reported. */
export const MIN_CONFIDENCE = 0.1;

const KIND_WEIGHT: Record<FigureKind, number> = { date: 1, duration: 1, count: 0.7, amount: 0.7, percent: 0.7, rank: 0.7 };

interface Item {
  st: Statement;
  fig: Figure;
  ctx: SubjectContext;
  /** the year the statement speaks of, for figures that change with time */
  anchor: string | null;
  /** the date comes from the paragraph's opening adverbial, not the sentence itself */
  inherited: boolean;
}

/** An inherited date is a reading of the narrative, not a sentence's own words: it counts a little less. */
export const INHERITED_WEIGHT = 0.8;

/** The year a statement speaks of: a date in it, else the document's year. */
function anchorYear(st: Statement, except: Figure): string | null {
  const dates = st.figures.filter((f) => f !== except && f.kind === 'date' && /^\d{4}/.test(String(f.value)));
  const years = new Set(dates.map((f) => String(f.value).slice(0, 4)));
  if (years.size === 1) return [...years][0]!;
  if (years.size > 1) return null;
  return st.record.year === null ? null : String(st.record.year);
}

export function conflicts(records: QuarryRecord[], opts: ConflictOptions = {}): Conflict[] {
  const d = buildDiscourse(records, opts.registry);
  const stats = buildStats(d);
  const floor = opts.minConfidence ?? MIN_CONFIDENCE;

  // every comparable figure of every statement that states something
  const byKind = new Map<FigureKind, Item[]>();
  for (const st of d.statements) {
    if (st.question) continue;
    for (const fig of st.figures) {
      if (!COMPARABLE.includes(fig.kind)) continue;
      const items = byKind.get(fig.kind) ?? [];
      if (!byKind.has(fig.kind)) byKind.set(fig.kind, items);
      items.push({ st, fig, ctx: figureContext(d, st, fig), anchor: anchorYear(st, fig), inherited: false });
    }
    // a sentence dated by its paragraph's opening adverbial ("In 2013, …. That was my entry into crypto.")
    if (st.inherited) {
      const items = byKind.get('date') ?? [];
      if (!byKind.has('date')) byKind.set('date', items);
      items.push({ st, fig: st.inherited.figure, ctx: figureContext(d, st, st.inherited.figure), anchor: null, inherited: true });
    }
  }

  const found: Conflict[] = [];
  for (const [kind, items] of byKind) {
    forEachCandidatePair(
      items.map((it) => it.ctx),
      (i, j) => {
        const x = items[i]!;
        const y = items[j]!;
        if (x.st.record.doc === y.st.record.doc) return;
        const c = judge(kind, x, y, stats);
        if (c && c.confidence >= floor) found.push(c);
      },
    );
  }
  const out = dedupe(found).sort(byConfidence);
  return opts.limit !== undefined ? out.slice(0, Math.max(0, opts.limit)) : out;
}

function byConfidence(p: Conflict, q: Conflict): number {
  return q.confidence - p.confidence || (p.a.record.id < q.a.record.id ? -1 : p.a.record.id > q.a.record.id ? 1 : 0);
}

function judge(kind: FigureKind, x: Item, y: Item, stats: TermStats): Conflict | null {
  if (TIME_VARYING.has(kind) && (x.anchor === null || x.anchor !== y.anchor)) return null;
  const beforeX = x.st.source.slice(Math.max(0, x.fig.start - 24), x.fig.start);
  const beforeY = y.st.source.slice(Math.max(0, y.fig.start - 24), y.fig.start);
  const dis = disagree(x.fig, y.fig, beforeX, beforeY);
  if (!dis) return null;
  const sim = subjectSimilarity(stats, x.ctx, y.ctx);
  const confidence = sim.score * dis.strength * KIND_WEIGHT[kind] * (x.inherited ? INHERITED_WEIGHT : 1) * (y.inherited ? INHERITED_WEIGHT : 1);
  if (confidence <= 0) return null;
  const [a, b] = order(x, y);
  const subject = sim.shared.slice(0, 4).map((t) => surfaceOf(stats, t)).join(' · ');
  const why =
    `${kind}: "${a.fig.text}" (${a.st.record.doc}) vs "${b.fig.text}" (${b.st.record.doc}) → ${dis.values}; ` +
    `same subject: ${subject || '—'} (similarity ${sim.score.toFixed(2)})` +
    [a, b].filter((it) => it.inherited).map((it) => `; "${it.fig.text}" dates "${clip(it.st.text)}" from earlier in its paragraph`).join('') +
    (sim.notes.length ? `; discounted: ${sim.notes.join(', ')}` : '');
  return {
    kind,
    subject,
    a: side(a),
    b: side(b),
    confidence: Math.round(confidence * 1000) / 1000,
    why,
  };
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function order(x: Item, y: Item): [Item, Item] {
  const kx = `${x.st.record.doc}\u0000${String(x.st.record.line).padStart(8, '0')}`;
  const ky = `${y.st.record.doc}\u0000${String(y.st.record.line).padStart(8, '0')}`;
  return kx <= ky ? [x, y] : [y, x];
}

function side(it: Item): ConflictSide {
  return { record: it.st.record, figure: it.fig, field: it.st.field, sentence: it.st.text };
}

/** One conflict per record pair and kind, and one per document pair and pair of values. */
function dedupe(list: Conflict[]): Conflict[] {
  const best = new Map<string, Conflict>();
  const keep = (key: string, c: Conflict) => {
    const old = best.get(key);
    if (!old || c.confidence > old.confidence) best.set(key, c);
  };
  const byRecords = new Map<string, Conflict>();
  for (const c of list) {
    const key = `${c.kind}|${c.a.record.id}|${c.b.record.id}`;
    const old = byRecords.get(key);
    if (!old || c.confidence > old.confidence) byRecords.set(key, c);
  }
  for (const c of byRecords.values()) keep(`${c.kind}|${c.a.record.doc}=${String(c.a.figure.value)}|${c.b.record.doc}=${String(c.b.figure.value)}`, c);
  return [...best.values()];
}
