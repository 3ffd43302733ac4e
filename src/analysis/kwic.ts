/**
 * kwic.ts: keyword in context, the corpus linguist's concordance.
 *
 * One line per occurrence of a word or phrase in the records' text:
 * `left | match | right`, with `width` characters of context on each side
 * (whitespace, line breaks included, collapsed to single spaces first), so a
 * renderer can right-align `left` and the matches line up in one column.
 * `left + match + right` is always a stretch of the record's text with its
 * whitespace collapsed; `start`/`end` are the match's offsets in
 * `record.text` itself.
 *
 * Matching: case-insensitive, whole words only ("BNB" never matches inside
 * "BNBChain"), a phrase's words separated by any whitespace. With `inflect`
 * (the default) the last word also matches its simple inflections: -s, -es,
 * -ed, -ing, 's ("launch" finds "launched", "launches", "launching").
 * Only the record's text is searched, not a qa record's question.
 *
 * Sorting:
 *   doc    document order: doc id, then line, then position in the record
 *   left   by the words left of the match, read right to left (nearest word
 *          first), as concordancers sort to show what precedes a word
 *   right  by the words right of the match, nearest first
 * Ties fall back to document order, so output is stable.
 */
import { escapeRegExp } from '../model/regexp.js';
import type { QuarryRecord } from '../model/record.js';
import { collapse } from './text.js';

export interface KwicLine {
  record: QuarryRecord;
  /** context before the match, at most `width` characters, whitespace collapsed */
  left: string;
  /** the matched text, whitespace collapsed */
  match: string;
  /** context after the match, at most `width` characters, whitespace collapsed */
  right: string;
  /** offsets of the match in `record.text` */
  start: number;
  end: number;
}

export interface KwicOptions {
  /** context characters on each side (default 40) */
  width?: number;
  sort?: 'doc' | 'left' | 'right';
  /** also match -s/-es/-ed/-ing/'s forms of the last word (default true) */
  inflect?: boolean;
}

const SORT_WORDS = 5;

/** The term as a whole-word, case-insensitive pattern; null when it has no letters or digits. */
export function termPattern(term: string, inflect = true): RegExp | null {
  const parts = term
    .trim()
    .replace(/^["“”']+|["“”']+$/g, '')
    .split(/\s+/)
    .filter(Boolean);
  if (!parts.length || !parts.some((p) => /[\p{L}\p{N}]/u.test(p))) return null;
  const esc = parts.map((p) => escapeRegExp(p).replace(/['’]/g, "['’]"));
  const last = esc.length - 1;
  if (inflect && /\p{L}$/u.test(parts[last]!)) {
    // "launch" → launch(es|ed|ing|s|'s)?; a final -e drops before -ed/-ing ("create" → "created", "creating")
    const word = parts[last]!;
    const stemE = /[^aeiou]e$/i.test(word) ? esc[last]!.slice(0, -1) : null;
    esc[last] = stemE ? `(?:${esc[last]}(?:s|d|['’]s)?|${stemE}(?:ed|ing))` : `${esc[last]}(?:es|ed|ing|s|['’]s)?`;
  }
  return new RegExp(`(?<![\\p{L}\\p{N}])${esc.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
}

export function kwic(records: QuarryRecord[], term: string, opts: KwicOptions = {}): KwicLine[] {
  const width = Number.isFinite(opts.width) ? Math.max(0, Math.floor(opts.width!)) : 40;
  const re = termPattern(term, opts.inflect ?? true);
  if (!re) return [];
  const lines: Array<KwicLine & { leftKey: string[]; rightKey: string[]; order: number }> = [];
  records.forEach((record, order) => {
    const text = record.text;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = collapse(text.slice(0, start));
      const after = collapse(text.slice(end));
      lines.push({
        record,
        left: before.slice(Math.max(0, before.length - width)),
        match: collapse(m[0]),
        right: after.slice(0, width),
        start,
        end,
        leftKey: sortWords(text.slice(Math.max(0, start - 200), start)).reverse().slice(0, SORT_WORDS),
        rightKey: sortWords(text.slice(end, end + 200)).slice(0, SORT_WORDS),
        order,
      });
    }
  });
  const docCmp = (a: (typeof lines)[number], b: (typeof lines)[number]) =>
    (a.record.doc < b.record.doc ? -1 : a.record.doc > b.record.doc ? 1 : 0) || a.record.line - b.record.line || a.order - b.order || a.start - b.start;
  const sort = opts.sort ?? 'doc';
  lines.sort((a, b) => {
    if (sort === 'left') return compareWords(a.leftKey, b.leftKey) || docCmp(a, b);
    if (sort === 'right') return compareWords(a.rightKey, b.rightKey) || docCmp(a, b);
    return docCmp(a, b);
  });
  return lines.map(({ record, left, match, right, start, end }) => ({ record, left, match, right, start, end }));
}

/** Lower-cased words of a stretch of text, for sorting. */
function sortWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Word by word; a line with no words on that side sorts first. */
function compareWords(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return y === undefined ? 0 : -1;
    if (y === undefined) return 1;
    const c = collator.compare(x, y);
    if (c) return c;
  }
  return 0;
}
