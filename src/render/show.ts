/**
 * One record in full (`quarry show`): its fields, its citation, and the
 * source lines around it with line numbers, the record's own lines marked.
 *
 * JSON: `{ record, citation, context }` (docs/records.md, "show"):
 * - `record`: the record, exactly as `list` prints it;
 * - `citation`: `{ text, title, publisher, author, date, year, url, file, line, endLine }`,
 *   `file` relative to the corpus folder, `text` the citation as one line;
 * - `context`: `[{ line, text }]`, the file's lines from `line - N` to
 *   `endLine + N` (N = --context, default 2), as they are in the file.
 */
import type { DocumentInfo } from '../model/corpus.js';
import type { QuarryRecord } from '../model/record.js';
import type { RenderEnv } from './check.js';
import { recordJson } from './json.js';
import { escapeControls } from './safe.js';
import { displayWidth, sliceToWidth } from './width.js';

export interface Citation {
  text: string;
  title: string;
  publisher: string | null;
  author: string | null;
  date: string | null;
  year: number | null;
  url: string | null;
  file: string;
  line: number;
  endLine: number;
}

export interface ContextLine {
  line: number;
  text: string;
}

export function lineRange(r: Pick<QuarryRecord, 'line' | 'endLine'>): string {
  return r.endLine > r.line ? `${r.line}-${r.endLine}` : String(r.line);
}

/** Title, author, publisher and date: where the words were said or published. */
function sourceParts(r: QuarryRecord, doc: DocumentInfo): string[] {
  const m = doc.meta;
  const when = m.date ?? (m.year !== null ? String(m.year) : r.year !== null ? String(r.year) : 'undated');
  return [`“${m.title}”`, m.author && m.author !== r.speaker ? `by ${m.author}` : null, m.publisher, when].filter((x): x is string => !!x);
}

export function citationOf(r: QuarryRecord, doc: DocumentInfo): Citation {
  const m = doc.meta;
  const source = sourceParts(r, doc).join(', ');
  return {
    text: `${r.speaker ? `${r.speaker}, in ` : ''}${source}, ${doc.file}:${lineRange(r)}`,
    title: m.title,
    publisher: m.publisher,
    author: m.author,
    date: m.date,
    year: m.year ?? r.year,
    url: m.url,
    file: doc.file,
    line: r.line,
    endLine: r.endLine,
  };
}

/** The file's lines `line - n` … `endLine + n` (1-based, clipped to the file). */
export function contextLines(fileLines: readonly string[], r: Pick<QuarryRecord, 'line' | 'endLine'>, n: number): ContextLine[] {
  const from = Math.max(1, r.line - n);
  const to = Math.min(fileLines.length, r.endLine + n);
  const out: ContextLine[] = [];
  for (let l = from; l <= to; l++) out.push({ line: l, text: fileLines[l - 1] ?? '' });
  return out;
}

export function showJson(r: QuarryRecord, citation: Citation, context: ContextLine[]): Record<string, unknown> {
  return { record: recordJson(r), citation, context };
}

/** Greedy word wrap of each paragraph to `width` columns; a word wider than that is cut. */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(10, width);
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (let word of para.split(/ +/)) {
      while (displayWidth(word) > w) {
        if (line) {
          out.push(line);
          line = '';
          lineWidth = 0;
        }
        const head = sliceToWidth(word, w) || [...word][0]!;
        out.push(head);
        word = word.slice(head.length);
      }
      const ww = displayWidth(word);
      if (!line) {
        line = word;
        lineWidth = ww;
      } else if (lineWidth + 1 + ww <= w) {
        line += ' ' + word;
        lineWidth += 1 + ww;
      } else {
        out.push(line);
        line = word;
        lineWidth = ww;
      }
    }
    out.push(line);
  }
  return out;
}

/** One line for the terminal: escaped, tabs as spaces, cut to `max` with an ellipsis. */
function oneLine(text: string, max: number): string {
  const flat = escapeControls(text.replace(/\t/g, '    '));
  return displayWidth(flat) > max ? sliceToWidth(flat, Math.max(1, max - 1)) + '…' : flat;
}

export function renderShow(r: QuarryRecord, doc: DocumentInfo, citation: Citation, context: ContextLine[], env: RenderEnv): string {
  const p = env.paint;
  const width = Math.max(40, env.width);
  const out: string[] = [];
  const field = (label: string, value: string) => {
    const lines = wrap(escapeControls(value.replace(/\t/g, ' ')), width - 10);
    out.push(`${p.dim(label.padEnd(9))} ${lines[0] ?? ''}`);
    for (const l of lines.slice(1)) out.push(`${' '.repeat(10)}${l}`);
  };
  out.push(p.bold(escapeControls(r.id)));
  field('type', r.type);
  // The role the label or header gives the speaker, beside the name: "Merrick Garland (U.S. ATTORNEY GENERAL)".
  field('speaker', r.role ? `${r.speaker ?? '-'} (${r.role})` : (r.speaker ?? '-'));
  if (r.type === 'qa') field('asker', r.askerRole ? `${r.asker ?? '-'} (${r.askerRole})` : (r.asker ?? '-'));
  if (r.context) field('context', r.context);
  field('year', r.year === null ? '-' : r.date ? `${r.year} (${r.date})` : String(r.year));
  if (r.section) field('section', r.section);
  if (r.topics.length) field('topics', r.topics.join(', '));
  if (r.years.length) field('mentions', r.years.join(', '));
  if (r.figures.length) field('figures', r.figures.map((f) => `${f.text} (${f.kind}: ${f.value}${f.unit ? ` ${f.unit}` : ''})`).join('; '));
  out.push('');
  const body = (prefix: string, text: string) => {
    const lines = wrap(escapeControls(text.replace(/\t/g, ' ')), width - prefix.length);
    lines.forEach((l, i) => out.push(i === 0 ? `${p.bold(prefix)}${l}` : `${' '.repeat(prefix.length)}${l}`));
  };
  if (r.type === 'qa' && r.question !== null) {
    body('Q: ', r.question);
    body('A: ', r.text);
  } else body('', r.type === 'quote' ? `“${r.text}”` : r.text);
  out.push('');
  body('Source: ', sourceParts(r, doc).join(', '));
  out.push(`${' '.repeat(8)}${p.cyan(escapeControls(`${env.displayPath(citation.file)}:${lineRange(r)}`))}`);
  if (citation.url) out.push(`${' '.repeat(8)}${escapeControls(citation.url)}`);
  if (context.length) {
    out.push('');
    const numWidth = String(context[context.length - 1]!.line).length;
    for (const c of context) {
      const own = c.line >= r.line && c.line <= r.endLine;
      const gutter = `${own ? '>' : ' '} ${String(c.line).padStart(numWidth)} │ `;
      if (!own) {
        out.push(p.dim(gutter) + oneLine(c.text, width - gutter.length));
        continue;
      }
      // the cited lines are read in full, wrapped under their gutter; the lines around them are a glance
      const more = `${' '.repeat(gutter.length - 2)}│ `;
      // (up to 8 lines: one line of a file can be a whole 2 MB document)
      const flat = escapeControls(c.text.slice(0, 8 * width).replace(/\t/g, '    '));
      const lines = wrap(flat, width - gutter.length);
      if (lines.length > 8 || flat.length < c.text.length) lines.splice(7, Infinity, oneLine(lines.slice(7).join(' ') + ' …', width - gutter.length));
      lines.forEach((l, i) => out.push(i === 0 ? `${p.yellow(gutter)}${l}` : `${p.yellow(more)}${l}`));
    }
  }
  return out.join('\n') + '\n';
}
