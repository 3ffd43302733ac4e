/**
 * The analysis commands for people: a concordance, a timeline, related
 * records, sources side by side, and candidate contradictions. Corpus text is
 * escaped before it is painted (safe.ts) and everything is fitted to the
 * terminal width. The machine formats live in analysis-data.ts.
 */
import type { CompareGroup, Conflict, ConflictSide, KwicLine, Related, TimelineEvent } from '../analysis/index.js';
import type { Figure, FigureKind } from '../model/figures.js';
import type { QuarryRecord } from '../model/record.js';
import { displayDate, figureLabel, figureValue, FIGURE_KINDS, KIND_HEADS } from './analysis-data.js';
import type { RenderEnv } from './check.js';
import { cutAt, highlightSpan, type HighlightEnv } from './highlight.js';
import { escapeControls, truncate } from './safe.js';
import { Painted, renderSpannedTable, renderTable, type Cell } from './table.js';
import { displayWidth } from './width.js';

// ---------------------------------------------------------------- kwic

/** At most `width` terminal columns of `s`, keeping its end. */
function keepEnd(s: string, width: number): string {
  let w = 0;
  let i = s.length;
  for (const ch of [...s].reverse()) {
    const cw = displayWidth(ch);
    if (w + cw > width) break;
    w += cw;
    i -= ch.length;
  }
  return s.slice(i);
}

/** At most `width` terminal columns of `s`, keeping its start. */
function keepStart(s: string, width: number): string {
  let w = 0;
  let out = '';
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width) break;
    w += cw;
    out += ch;
  }
  return out;
}

const padStartTo = (s: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
const padEndTo = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

/** Plain (already escaped) text wrapped at spaces to lines of at most `width` columns; a longer word is cut. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (displayWidth(next) <= width) line = next;
    else {
      if (line) lines.push(line);
      line = displayWidth(word) <= width ? word : cut(word, width);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** between columns; the match column has a single space each side, as concordancers print it */
const GAP = '  ';
const MATCH_GAP = ' ';
const MIN_CONTEXT = 12;
const SPEAKER_MAX = 20;
const SPEAKER_MIN = 7;
const MATCH_MAX = 30;

/** a cut speaker or id ends with this */
const cut = (s: string, w: number) => (displayWidth(s) <= w ? s : keepStart(s, Math.max(0, w - 1)) + '…');

/**
 * One line per occurrence: the left context right-aligned to a fixed width,
 * the match (highlighted on a colour terminal) in a column of its own, the
 * right context, then record id, speaker and year. To fit the terminal
 * (COLUMNS), in this order: the context shrinks from `width` to 12
 * characters a side, the speaker column to 7, then speaker and year are left
 * out (json has them), then the context shrinks further and, last, the id is
 * cut.
 */
export function renderKwic(lines: readonly KwicLine[], env: RenderEnv, width: number): string {
  const rows = lines.map((k) => ({
    // the gap around the match column stands for the space beside the match
    left: escapeControls(k.left).trimEnd(),
    match: keepStart(escapeControls(k.match), MATCH_MAX),
    right: escapeControls(k.right).trimStart(),
    id: escapeControls(k.record.id),
    speaker: escapeControls(k.record.speaker ?? '-'),
    year: k.record.year === null ? '-' : String(k.record.year),
  }));
  const widest = (pick: (r: (typeof rows)[number]) => string, head: string) => Math.max(displayWidth(head), ...rows.map((r) => displayWidth(pick(r))));
  const matchW = widest((r) => r.match, 'match');
  const fullIdW = widest((r) => r.id, 'id');
  const fullSpeakerW = Math.min(SPEAKER_MAX, widest((r) => r.speaker, 'speaker'));
  const yearW = widest((r) => r.year, 'year');
  const minCtx = Math.min(width, MIN_CONTEXT);
  // context columns are never narrower than their heads
  const ctxCols = (ctx: number) => Math.max(ctx, displayWidth('left')) + Math.max(ctx, displayWidth('right'));
  const fixedOf = (idW: number, speakerW: number | null) => matchW + MATCH_GAP.length * 2 + GAP.length + idW + (speakerW === null ? 0 : GAP.length * 2 + speakerW + yearW);
  const ctxFor = (fixed: number) => Math.min(width, Math.floor((env.width - fixed) / 2));
  let layout: { ctx: number; idW: number; speakerW: number | null } | undefined;
  for (const speakerW of [fullSpeakerW, Math.min(fullSpeakerW, SPEAKER_MIN), null]) {
    const ctx = ctxFor(fixedOf(fullIdW, speakerW));
    if (ctx >= minCtx) {
      layout = { ctx, idW: fullIdW, speakerW };
      break;
    }
  }
  if (!layout) {
    // a very narrow terminal: no speaker or year, a little context, the id cut to what is left
    const ctx = Math.min(width, 6);
    const idW = Math.max(6, env.width - ctxCols(ctx) - fixedOf(0, null));
    layout = { ctx, idW: Math.min(fullIdW, idW), speakerW: null };
  }
  const { ctx, idW, speakerW } = layout;
  const leftW = Math.max(ctx, displayWidth('left'));
  const rightW = Math.max(ctx, displayWidth('right'));
  const p = env.paint;
  const meta = (id: string, speaker: string, year: string, style: (s: string) => string) =>
    GAP + padEndTo(cut(id, idW), idW) + (speakerW === null ? '' : GAP + style(padEndTo(cut(speaker, speakerW), speakerW)) + GAP + style(year));
  const head =
    p.bold(padStartTo('left', leftW)) + MATCH_GAP + p.bold(padEndTo('match', matchW)) + MATCH_GAP + p.bold(padEndTo('right', rightW)) +
    meta(p.bold('id') + ' '.repeat(Math.max(0, idW - 2)), 'speaker', 'year', p.bold);
  const body = rows.map((r) => {
    const shown = env.colored ? p.bold(p.yellow(r.match)) + ' '.repeat(matchW - displayWidth(r.match)) : padEndTo(r.match, matchW);
    return (padStartTo(keepEnd(r.left, ctx), leftW) + MATCH_GAP + shown + MATCH_GAP + padEndTo(keepStart(r.right, ctx), rightW) + meta(r.id, r.speaker, r.year, p.dim)).trimEnd();
  });
  return [head.trimEnd(), ...body].join('\n') + '\n';
}

// ---------------------------------------------------------------- timeline

/** Longest "what happened" in the table (json and csv carry all of it). */
const WHAT_MAX = 240;

/**
 * Each event takes two rows, as records do in `list`: the date at the
 * precision the text gives (marked ≠ and painted red when another document
 * dates the same event differently), who says so (document:line, speaker),
 * the other documents that agree and the dates that disagree; beneath it,
 * across the full width, what happened.
 */
export function renderTimeline(events: readonly TimelineEvent[], env: RenderEnv): string {
  const p = env.paint;
  const rows: Cell[][] = events.map((e) => [
    new Painted(e.conflict ? p.red(`${displayDate(e.date)} ≠`) : displayDate(e.date)),
    `${e.record.doc}:${e.record.line}`,
    e.record.speaker ?? '-',
    e.sources.filter((s) => s !== e.record.doc).join(', ') || '-',
    new Painted(e.conflictWith.length ? p.red(e.conflictWith.map(displayDate).join(', ')) : '-'),
  ]);
  const bodies: Cell[] = events.map((e) => truncate(e.what, WHAT_MAX));
  const table = renderSpannedTable(['date', 'source', 'speaker', 'agrees', '≠ other dates'], rows, bodies, env);
  const marked = events.filter((e) => e.conflict).length;
  const note = marked ? `\n${wrap(`${marked} event${marked === 1 ? '' : 's'} dated differently by another source (≠).`, env.width).join('\n')}` : '';
  return `${table}${note}\n`;
}

// ---------------------------------------------------------------- related

/**
 * A line naming the record the others are like (cut to the terminal width),
 * then one block per related record, most similar first: id, type, speaker,
 * year, line and score, and beneath them the record's text and the terms it
 * shares with the target.
 */
export function renderRelated(target: QuarryRecord, list: readonly Related[], env: RenderEnv): string {
  const p = env.paint;
  const lead = wrap(escapeControls(`Records like ${target.id}${target.speaker ? ` (${target.speaker})` : ''}:`), env.width).map(p.bold);
  const text = wrap(escapeControls(target.text.replace(/\s+/g, ' ')), env.width);
  const shown = text.length > 2 ? [...text.slice(0, 1), cut(`${text[1]!} …`, env.width)] : text;
  const head = [...lead, ...shown].join('\n') + '\n';
  const rows: Cell[][] = list.map((x) => [x.record.id, x.record.type, x.record.speaker ?? '-', x.record.year ? String(x.record.year) : '-', String(x.record.line), x.score.toFixed(3)]);
  const bodies: Cell[] = list.map((x) => {
    const r = x.record;
    const body = truncate((r.type === 'qa' && r.question ? `Q: ${r.question}\nA: ` : '') + r.text, 400);
    const why = `${p.dim('shared:')} ${x.shared.map((t) => p.cyan(escapeControls(t))).join(p.dim(' · '))}`;
    return new Painted(`${body.split(/\r\n|\r|\n/).map(escapeControls).join('\n')}\n${why}`);
  });
  return head + renderSpannedTable(['id', 'type', 'speaker', 'year', 'line', 'score'], rows, bodies, env) + '\n';
}

// ---------------------------------------------------------------- compare

/** Longest stretch of a record's text, and of its question, shown under it. */
const TEXT_MAX = 500;
const QUESTION_MAX = 200;

/** A date value that sorts in time order; a date without a year sorts last. */
const dateKey = (f: Figure) => (String(f.value).startsWith('--') ? `9999${String(f.value)}` : String(f.value));

type Tagged = { field: 'text' | 'question'; figure: Figure };

function taggedFigures(e: CompareGroup['records'][number]): Tagged[] {
  return [...e.figures.map((figure): Tagged => ({ field: 'text', figure })), ...(e.questionFigures ?? []).map((figure): Tagged => ({ field: 'question', figure }))];
}

/**
 * Two tables. First the sources side by side: one row per document, one
 * column per kind of figure (dates, durations, amounts, counts, percents,
 * ranks) that at least two of them give, so "nine months (270 days)" in one
 * row and "3 months (90 days)" in the next can be read at a glance; a figure
 * from an interviewer's question is marked "Q:"; a line under the table
 * names the kinds only one source gives. Then each matching record, grouped
 * by source, with all its figures marked in its text.
 */
export function renderCompare(groups: readonly CompareGroup[], env: RenderEnv): string {
  // Side by side are the kinds at least two sources give (only those can disagree); with a
  // single source, every kind it gives. The others are still marked in the records below.
  const sourcesGiving = (k: FigureKind) => groups.filter((g) => g.records.some((e) => taggedFigures(e).some((t) => t.figure.kind === k))).length;
  const given = FIGURE_KINDS.filter((k) => sourcesGiving(k) > 0);
  const kinds = groups.length > 1 ? given.filter((k) => sourcesGiving(k) > 1) : given;
  const single = given.filter((k) => !kinds.includes(k));
  const cellFor = (g: CompareGroup, kind: FigureKind): string => {
    const labels: string[] = [];
    const figs = g.records.flatMap(taggedFigures).filter((t) => t.figure.kind === kind);
    // dates in time order; other kinds as the records give them
    if (kind === 'date') figs.sort((a, b) => dateKey(a.figure).localeCompare(dateKey(b.figure)));
    for (const t of figs) {
      const label = (t.field === 'question' ? 'Q: ' : '') + figureLabel(t.figure);
      if (!labels.includes(label)) labels.push(label);
    }
    return labels.join('; ') || '-';
  };
  const rows: Cell[][] = groups.map((g) => [g.doc, String(g.records.length), ...kinds.map((k) => cellFor(g, k))]);
  const flex: Record<number, number> = {};
  kinds.forEach((_, i) => (flex[i + 2] = 1));
  const summary = renderTable({
    head: ['source', 'records', ...kinds.map((k) => KIND_HEADS[k])],
    rows,
    flex,
    width: env.width,
    paint: env.paint,
    colored: env.colored,
    keep: [0],
  });
  const hl: HighlightEnv = { paint: env.paint, colored: env.colored };
  const ranges = (figs: readonly Figure[]) => figs.map((f) => [f.start, f.end] as const);
  const records = groups.flatMap((g) =>
    g.records.map((e) => {
      const r = e.record;
      const text = highlightSpan(r.text, 0, cutAt(r.text, TEXT_MAX), ranges(e.figures), hl);
      const q = r.type === 'qa' && r.question ? `Q: ${highlightSpan(r.question, 0, cutAt(r.question, QUESTION_MAX), ranges(e.questionFigures ?? []), hl)}\nA: ` : '';
      return { record: r, body: new Painted(q + text) };
    }),
  );
  const sources =
    `${groups.length} source${groups.length === 1 ? '' : 's'}, ${records.length} record${records.length === 1 ? '' : 's'}` +
    (single.length ? `; ${single.map((k) => KIND_HEADS[k]).join(', ')} given by one source only (marked below)` : '');
  const rows2: Cell[][] = records.map(({ record: r }) => [r.id, r.type, r.speaker ?? '-', r.year ? String(r.year) : '-', String(r.line)]);
  const details = renderSpannedTable(['id', 'type', 'speaker', 'year', 'line'], rows2, records.map((x) => x.body), env);
  return `${summary}\n${wrap(sources, env.width).map(env.paint.dim).join('\n')}\n\n${details}\n`;
}

// ---------------------------------------------------------------- conflicts

/**
 * One block per conflict: a header row (rank, confidence, kind, the two
 * values, the shared subject), then both sides (id, speaker, year, and the
 * sentence with its figure highlighted) and why the two are taken to be
 * about the same thing.
 */
export function renderConflicts(list: readonly Conflict[], env: RenderEnv, firstRank = 1): string {
  const p = env.paint;
  const hl: HighlightEnv = { paint: env.paint, colored: env.colored };
  const head = ['#', 'confidence', 'kind', 'values', 'subject'];
  const rows: Cell[][] = list.map((c, i) => [
    String(firstRank + i),
    c.confidence.toFixed(2),
    c.kind,
    new Painted(`${p.red(escapeControls(figureValue(c.a.figure)))} ≠ ${p.red(escapeControls(figureValue(c.b.figure)))}`),
    c.subject || '-',
  ]);
  const sideText = (tag: string, s: ConflictSide) => {
    const r = s.record;
    const about = [r.speaker, r.year, s.field === 'question' ? 'in the question' : null].filter((x) => x !== null && x !== '');
    const meta = `${p.bold(tag)} ${escapeControls(r.id)}${about.length ? ` ${p.dim(`· ${escapeControls(about.join(' · '))}`)}` : ''}`;
    const flat = s.sentence.replace(/\s+/g, ' ');
    const at = flat.indexOf(s.figure.text);
    const sentence = at >= 0 ? highlightSpan(flat, 0, flat.length, [[at, at + s.figure.text.length]], hl) : escapeControls(flat);
    return `${meta}\n${sentence}`;
  };
  const bodies: Cell[] = list.map((c) => new Painted(`${sideText('A', c.a)}\n${sideText('B', c.b)}\n${p.dim('why:')} ${escapeControls(c.why)}`));
  return renderSpannedTable(head, rows, bodies, env) + '\n';
}
