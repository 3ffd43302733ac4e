/**
 * timeline.ts: dated events, in time order, with which sources agree and
 * which disagree.
 *
 * An event is a statement (a sentence of a record's text or of a qa
 * question, or a table row) with a date figure in it: one event per date, at
 * the precision the text gives ("2017", "2017-07", "2017-07-14"). `what` is
 * the row's other cells, or the clause holding the date when a sentence
 * dates several things ("in 2019, it laid out derivative trading; in 2020,
 * …"), or the question and the reply when an answer opens on the date it
 * gives ("What was your best year? 2022, without a doubt."), else the sentence; an opening or closing date phrase ("In 2013, …",
 * "… in 2017.") is taken out when its preposition only places the event in time (in,
 * on, during, as of, around, about; never "since 1989", which the sentence needs). Dates without a year ("July 14") cannot be
 * placed and are left out; so is the end of a range ("from 2018 to 2022"
 * is one event, at 2018).
 *
 * Events of different documents are the same event when their subjects
 * match (subject.ts, the same measure `conflicts` uses): those whose dates
 * agree are listed in each other's `sources`; those whose dates disagree with
 * a confidence `conflicts` would report mark each other `conflict`, with the
 * other dates in `conflictWith`. Differences inside one document are not
 * conflicts between sources.
 *
 * A sentence dated only by its paragraph's opening adverbial ("In 2013, …
 * That was my entry into the crypto space.") is listed when another document
 * dates the same event, agreeing or not: that is where it matters, and
 * listing every such sentence would bury the timeline in narrative.
 * A document that states one dated thing twice (a highlight and the answer
 * it was taken from) shows it once.
 */
import type { Figure } from '../model/figures.js';
import { escapeRegExp } from '../model/regexp.js';
import { splitSentences } from '../parse/text.js';
import type { QuarryRecord } from '../model/record.js';
import type { SpeakerRegistry } from '../model/speakers.js';
import { disagree } from './compat.js';
import { INHERITED_WEIGHT, MIN_CONFIDENCE } from './conflicts.js';
import { buildDiscourse, type Statement } from './discourse.js';
import { buildStats, figureContext, forEachCandidatePair, subjectSimilarity, type SubjectContext } from './subject.js';
import { collapse, contentStems, upperFirst } from './text.js';

export interface TimelineEvent {
  /** "2017", "2017-07" or "2017-07-14" */
  date: string;
  precision: 'year' | 'month' | 'day';
  /** what happened, without the date phrase where that is easy */
  what: string;
  record: QuarryRecord;
  /** document ids that give this event a compatible date, this event's own first */
  sources: string[];
  /** another document dates the same event differently */
  conflict: boolean;
  /** the dates other documents give for the same event, ascending */
  conflictWith: string[];
}

export interface TimelineOptions {
  /** first year to include */
  from?: number;
  /** last year to include */
  to?: number;
  /** speaker names and aliases, to tell whose story a sentence tells */
  registry?: SpeakerRegistry;
}

/** Subject similarity at which two agreeing events are one event. */
export const SAME_EVENT = 0.2;

interface Draft {
  st: Statement;
  fig: Figure;
  ctx: SubjectContext;
  event: TimelineEvent;
  /** dated by its paragraph's opening adverbial, not by its own words */
  inherited: boolean;
  /** another document dates the same event (agreeing or not) */
  related: boolean;
}

export function timeline(records: QuarryRecord[], opts: TimelineOptions = {}): TimelineEvent[] {
  const d = buildDiscourse(records, opts.registry);
  const stats = buildStats(d);
  const drafts: Draft[] = [];
  const draft = (st: Statement, fig: Figure, what: string, inherited: boolean): Draft => ({
    st,
    fig,
    ctx: figureContext(d, st, fig),
    event: {
      date: String(fig.value),
      precision: fig.precision ?? 'year',
      what,
      record: st.record,
      sources: [st.record.doc],
      conflict: false,
      conflictWith: [],
    },
    inherited,
    related: false,
  });
  for (const st of d.statements) {
    if (st.question) continue;
    for (const fig of st.figures) {
      if (fig.kind !== 'date' || !/^\d{4}/.test(String(fig.value)) || isRangeEnd(st, fig)) continue;
      drafts.push(draft(st, fig, whatOf(st, fig), false));
    }
    if (st.inherited) drafts.push(draft(st, st.inherited.figure, collapse(st.text), true));
  }

  // same event across documents: agreement or conflict
  forEachCandidatePair(
    drafts.map((x) => x.ctx),
    (i, j) => {
      const x = drafts[i]!;
      const y = drafts[j]!;
      if (x.st.record.doc === y.st.record.doc) return;
      const dis = disagree(x.fig, y.fig, before(x), before(y));
      const sim = subjectSimilarity(stats, x.ctx, y.ctx);
      const weight = (x.inherited ? INHERITED_WEIGHT : 1) * (y.inherited ? INHERITED_WEIGHT : 1);
      if (dis) {
        if (sim.score * dis.strength * weight < MIN_CONFIDENCE) return;
        mark(x.event, y.event.date);
        mark(y.event, x.event.date);
      } else if (sim.score * weight >= SAME_EVENT) {
        addSource(x.event, y.st.record.doc);
        addSource(y.event, x.st.record.doc);
      } else return;
      x.related = true;
      y.related = true;
    },
  );

  const inRange = (e: TimelineEvent) => {
    const y = Number(e.date.slice(0, 4));
    return (opts.from === undefined || y >= opts.from) && (opts.to === undefined || y <= opts.to);
  };
  const kept = dedupeWithinDocs(drafts.filter((x) => !x.inherited || x.related));
  return kept
    .map((x) => x.event)
    .filter(inRange)
    .sort(
      (a, b) =>
        (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
        (a.record.doc < b.record.doc ? -1 : a.record.doc > b.record.doc ? 1 : 0) ||
        a.record.line - b.record.line,
    );
}

/**
 * A document that states one dated thing twice (a highlight above an
 * interview and the answer it was taken from) shows it once: same date, and
 * most of the shorter statement's words in the longer one.
 */
function dedupeWithinDocs(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const x of drafts) {
    const twin = out.find((y) => y.st.record.doc === x.st.record.doc && y.event.date === x.event.date && overlap(x.event.what, y.event.what) >= 0.7);
    if (!twin) out.push(x);
    else {
      for (const s of x.event.sources) addSource(twin.event, s);
      for (const dt of x.event.conflictWith) mark(twin.event, dt);
    }
  }
  return out;
}

function overlap(a: string, b: string): number {
  const sa = new Set(contentStems(a));
  const sb = new Set(contentStems(b));
  const small = sa.size <= sb.size ? sa : sb;
  const large = small === sa ? sb : sa;
  if (!small.size) return 0;
  let n = 0;
  for (const t of small) if (large.has(t)) n++;
  return n / small.size;
}

function before(x: Draft): string {
  return x.st.source.slice(Math.max(0, x.fig.start - 24), x.fig.start);
}

function mark(e: TimelineEvent, date: string): void {
  e.conflict = true;
  if (!e.conflictWith.includes(date)) e.conflictWith.push(date);
  e.conflictWith.sort();
}

function addSource(e: TimelineEvent, doc: string): void {
  if (!e.sources.includes(doc)) e.sources.push(doc);
}

/** "from 2018 to 2022": the second date ends a range that the first one dates. */
function isRangeEnd(st: Statement, fig: Figure): boolean {
  const before = st.source.slice(Math.max(st.start, fig.start - 12), fig.start);
  if (!/\b(?:to|until|through|and)\s+$/i.test(before)) return false;
  return st.figures.some((g) => g.kind === 'date' && g.end <= fig.start && fig.start - g.end < 16 && /\b(?:from|between)\s+$/i.test(st.source.slice(Math.max(st.start, g.start - 10), g.start)));
}

/** What the dated statement says happened. */
function whatOf(st: Statement, fig: Figure): string {
  if (st.row) {
    const cells = st.clauses
      .filter((c) => !(fig.start >= c.start && fig.end <= c.end))
      .map((c) => st.source.slice(c.start, c.end).trim())
      .filter(Boolean);
    return collapse(cells.join(' — '));
  }
  // An answer that opens on the date it gives ("What was your best year?" / "2022, without a doubt."):
  // what happened then is what the question asks about, and the reply alone says nothing of it.
  // (the question's last sentence: "Let's start easy. When did you first buy crypto?" asks the latter)
  if (st.field === 'text' && st.record.question && st.start === 0 && fig.start === 0 && saysLittleBeyond(st, fig)) {
    const asked = splitSentences(st.record.question.trim()).at(-1)?.text.trim() || st.record.question.trim();
    return collapse(`${asked} ${st.source.slice(st.start, st.end).trim()}`);
  }
  // a sentence that dates several things in several clauses: the clause of this date
  const datedClauses = st.clauses.filter((c) => st.figures.some((g) => g.kind === 'date' && g.start >= c.start && g.end <= c.end));
  const own = st.clauses.find((c) => fig.start >= c.start && fig.end <= c.end);
  const span = datedClauses.length > 1 && own ? own : { start: st.start, end: st.end };
  return upperFirst(stripDate(collapse(st.source.slice(span.start, span.end).trim()), fig.text));
}

/**
 * Whether the statement says little besides its date: four words at most ("2022, without a doubt."),
 * or in a script written without spaces ten characters ("2024年4月末時点で50銘柄です。"); a reply that
 * goes on to say what happened ("2019年成立，现在有八十六个人…") stands alone.
 */
function saysLittleBeyond(st: Statement, fig: Figure): boolean {
  const rest = (st.source.slice(st.start, fig.start) + st.source.slice(fig.end, st.end)).replace(/[\p{P}\s]+/gu, '');
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u.test(rest)) return rest.length <= 10;
  return st.words.filter((w) => w.start >= st.start && w.end <= st.end && !(w.start >= fig.start && w.end <= fig.end)).length <= 4;
}

// Only prepositions that merely place the event in time: without "since 1989", "by 2020", "from
// 2018" or "of April 2020" the sentence says something else ("the first since 1989" → "the first").
const PREP = '(?:in|on|during|as of|around|about)';

/** Take an opening ("In 2013, …") or closing ("… in 2017.") date phrase out of a sentence. */
export function stripDate(text: string, dateText: string): string {
  const esc = escapeRegExp(dateText);
  const opening = new RegExp(`^(?:${PREP}\\s+)?(?:the\\s+)?${esc}\\s*,\\s*`, 'i');
  const closing = new RegExp(`,?\\s+${PREP}\\s+(?:the\\s+)?${esc}(?=[.!?]?$)`, 'i');
  let out = text;
  if (opening.test(out)) out = upperFirst(out.replace(opening, ''));
  else if (closing.test(out)) out = out.replace(closing, '');
  return out.replace(/^[;,\s]+|[;,\s]+$/g, '') || text;
}
