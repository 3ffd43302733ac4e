/**
 * The analysis commands' results as data (JSON, NDJSON, CSV), and the words a
 * figure is shown with. No table code and no chalk here. The shapes below
 * are what `--format json` prints (one array; NDJSON one element per line):
 *
 * kwic, one object per occurrence:
 *   { id, doc, speaker, year, line, left, match, right, start, end }
 *   `left + match + right` is a stretch of the record's text with whitespace
 *   collapsed; `left`/`right` hold at most `--width` characters; `line` is the
 *   record's first line in its file; `start`/`end` are the match's UTF-16
 *   offsets in the record's `text`.
 *
 * timeline, one object per event, in date order:
 *   { date, precision, what, id, doc, speaker, year, line, sources, conflict, conflictWith }
 *   `date` is "2017", "2017-07" or "2017-07-14" (`precision` year, month or
 *   day); `sources` the documents that date this event compatibly, its own
 *   first; `conflict` true when another document dates it differently,
 *   `conflictWith` those dates, ascending.
 *
 * related, one object per record, most similar first:
 *   the record's documented fields (docs/records.md), then `score` (cosine
 *   similarity, 0..1) and `shared` (the terms, entities and years that
 *   explain it, strongest first).
 *
 * compare, one object per source document:
 *   { doc, records: [ { id, type, speaker, year, line, text, question, figures, questionFigures } ] }
 *   `figures` as in docs/records.md (offsets into `text`); `questionFigures`
 *   those of a qa record's question (offsets into `question`), [] when none.
 *
 * conflicts, one object per candidate contradiction, most confident first:
 *   { rank, confidence, kind, subject, values, why, a, b }
 *   `values` the two normalised values (["2017-09-01", "2017-07"], [180, 90]); `a`/`b`:
 *   { id, doc, speaker, year, line, field, sentence, figure }, where `field`
 *   is "text" or "question" (the figure's offsets are into that field) and
 *   `sentence` the sentence or table row holding the figure. `a` and `b`
 *   always come from different documents.
 */
import type { CompareGroup, Conflict, ConflictSide, KwicLine, Related, TimelineEvent } from '../analysis/index.js';
import type { Figure, FigureKind } from '../model/figures.js';
import { CSV_LIST_SEPARATOR, type CsvCell } from './csv.js';
import { recordJson } from './json.js';

// ---------------------------------------------------------------- figures as words

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A normalised date as shown: "2017", "2017-07", "2017-07-14"; a date without a year ("--07-14") as "July 14 (year not given)". */
export function displayDate(value: string): string {
  const m = /^--(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const month = MONTHS[Number(m[1]) - 1];
  if (!month) return value;
  return `${month}${m[2] ? ` ${Number(m[2])}` : ''} (year not given)`;
}

const number = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 1 }));

/** The normalised value alone, as the comparison sees it: "2017-07", "270 days", "5,000,000 USD", "#1". */
export function figureValue(f: Figure): string {
  switch (f.kind) {
    case 'date':
      return displayDate(String(f.value));
    case 'duration':
      return duration(Number(f.value));
    case 'amount':
      return `${number(Number(f.value))}${f.unit ? ` ${f.unit}` : ''}`;
    case 'count':
      return number(Number(f.value));
    case 'percent':
      return `${number(Number(f.value))}%`;
    case 'rank':
      return `${f.qualifier === 'top' ? 'top ' : '#'}${number(Number(f.value))}`;
  }
}

/** Days as read: "270 days", "1 day"; under a day in hours or minutes ("15 minutes"). */
function duration(days: number): string {
  const unit = (n: number, word: string) => `${number(n)} ${word}${n === 1 ? '' : 's'}`;
  if (days >= 1 || days === 0) return unit(days, 'day');
  const hours = days * 24;
  if (hours >= 1) return unit(Math.round(hours * 10) / 10, 'hour');
  return unit(Math.round(hours * 60), 'minute');
}

/**
 * A figure as written, with its normalised value when the words alone do not
 * make it plain: "nine months (270 days)", "$54B (54,000,000,000 USD)",
 * "the largest (#1)"; a date as its normalised value ("2017-07"), since that
 * is what sorts and compares.
 */
export function figureLabel(f: Figure): string {
  const text = f.text.replace(/\s+/g, ' ').trim();
  if (f.kind === 'date') return displayDate(String(f.value));
  if (f.kind === 'percent') return text;
  const value = figureValue(f);
  const digits = (s: string) => s.replace(/[^\d.]/g, '');
  // "180 days", "#1", "300 employees": the words already say the value
  // "180 days", "one day", "15 minutes": already in the unit the value is shown in
  if (f.kind === 'duration' && new RegExp(`\\b${value.replace(/^.* /, '').replace(/s$/, '')}s?$`, 'i').test(text)) return text;
  if ((f.kind === 'count' || f.kind === 'rank') && /\d/.test(text) && digits(text) === digits(value)) return text;
  return `${text} (${value})`;
}

export const FIGURE_KINDS: readonly FigureKind[] = ['date', 'duration', 'amount', 'count', 'percent', 'rank'];

/** Plural column heads for figure kinds. */
export const KIND_HEADS: Record<FigureKind, string> = {
  date: 'dates',
  duration: 'durations',
  amount: 'amounts',
  count: 'counts',
  percent: 'percents',
  rank: 'ranks',
};

// ---------------------------------------------------------------- kwic

export function kwicJson(k: KwicLine): Record<string, unknown> {
  const r = k.record;
  return { id: r.id, doc: r.doc, speaker: r.speaker, year: r.year, line: r.line, left: k.left, match: k.match, right: k.right, start: k.start, end: k.end };
}

export const kwicCsvHeader: readonly string[] = ['id', 'doc', 'speaker', 'year', 'line', 'left', 'match', 'right', 'start', 'end'];

export function kwicCsvRow(k: KwicLine): CsvCell[] {
  const r = k.record;
  return [r.id, r.doc, r.speaker, r.year, r.line, k.left, k.match, k.right, k.start, k.end];
}

// ---------------------------------------------------------------- timeline

export function timelineJson(e: TimelineEvent): Record<string, unknown> {
  const r = e.record;
  return {
    date: e.date,
    precision: e.precision,
    what: e.what,
    id: r.id,
    doc: r.doc,
    speaker: r.speaker,
    year: r.year,
    line: r.line,
    sources: [...e.sources],
    conflict: e.conflict,
    conflictWith: [...e.conflictWith],
  };
}

export const timelineCsvHeader: readonly string[] = ['date', 'precision', 'what', 'id', 'doc', 'speaker', 'year', 'line', 'sources', 'conflict', 'conflictWith'];

export function timelineCsvRow(e: TimelineEvent): CsvCell[] {
  const r = e.record;
  return [e.date, e.precision, e.what, r.id, r.doc, r.speaker, r.year, r.line, e.sources.join(CSV_LIST_SEPARATOR), e.conflict, e.conflictWith.join(CSV_LIST_SEPARATOR)];
}

// ---------------------------------------------------------------- related

export function relatedJson(x: Related): Record<string, unknown> {
  return { ...recordJson(x.record), score: x.score, shared: [...x.shared] };
}

export const relatedCsvHeader: readonly string[] = ['id', 'type', 'doc', 'speaker', 'year', 'line', 'score', 'shared', 'text'];

export function relatedCsvRow(x: Related): CsvCell[] {
  const r = x.record;
  return [r.id, r.type, r.doc, r.speaker, r.year, r.line, x.score, x.shared.join(CSV_LIST_SEPARATOR), r.text];
}

// ---------------------------------------------------------------- compare

export function compareJson(g: CompareGroup): Record<string, unknown> {
  return {
    doc: g.doc,
    records: g.records.map((e) => ({
      id: e.record.id,
      type: e.record.type,
      speaker: e.record.speaker,
      year: e.record.year,
      line: e.record.line,
      text: e.record.text,
      question: e.record.question,
      figures: e.figures,
      questionFigures: e.questionFigures ?? [],
    })),
  };
}

export const compareCsvHeader: readonly string[] = ['doc', 'id', 'speaker', 'year', 'line', 'field', 'kind', 'figure', 'value', 'unit', 'text'];

/** One row per figure; a record without figures gets one row with the figure cells empty. */
export function compareCsvRows(groups: readonly CompareGroup[]): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const g of groups) {
    for (const e of g.records) {
      const r = e.record;
      const figs: Array<[string, Figure]> = [...e.figures.map((f): [string, Figure] => ['text', f]), ...(e.questionFigures ?? []).map((f): [string, Figure] => ['question', f])];
      if (!figs.length) rows.push([g.doc, r.id, r.speaker, r.year, r.line, '', '', '', '', '', r.text]);
      for (const [field, f] of figs) rows.push([g.doc, r.id, r.speaker, r.year, r.line, field, f.kind, f.text, f.value, f.unit ?? '', r.text]);
    }
  }
  return rows;
}

// ---------------------------------------------------------------- conflicts

function sideJson(s: ConflictSide): Record<string, unknown> {
  const r = s.record;
  return { id: r.id, doc: r.doc, speaker: r.speaker, year: r.year, line: r.line, field: s.field, sentence: s.sentence, figure: s.figure };
}

export function conflictJson(c: Conflict, rank: number): Record<string, unknown> {
  return {
    rank,
    confidence: c.confidence,
    kind: c.kind,
    subject: c.subject,
    values: [c.a.figure.value, c.b.figure.value],
    why: c.why,
    a: sideJson(c.a),
    b: sideJson(c.b),
  };
}

export const conflictCsvHeader: readonly string[] = [
  'rank', 'confidence', 'kind', 'subject', 'a_id', 'a_speaker', 'a_value', 'a_text', 'a_sentence', 'b_id', 'b_speaker', 'b_value', 'b_text', 'b_sentence', 'why',
];

export function conflictCsvRow(c: Conflict, rank: number): CsvCell[] {
  const side = (s: ConflictSide): CsvCell[] => [s.record.id, s.record.speaker, String(s.figure.value), s.figure.text, s.sentence];
  return [rank, c.confidence, c.kind, c.subject, ...side(c.a), ...side(c.b), c.why];
}
