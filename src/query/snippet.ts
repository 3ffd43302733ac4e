/**
 * The snippet: the best window of a record's text (or of its question, when
 * only the question matched) around the matches, cut on word boundaries, with
 * highlight ranges relative to the window. No markup and no ellipses: the
 * renderer sees `start` and the window's length and decides how to show a cut.
 */
import type { QuarryRecord } from '../model/record.js';

export interface Match {
  field: 'text' | 'question' | 'context';
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  field: 'text' | 'question';
  /** offset of `text` in the field */
  start: number;
  /** [start, end) ranges relative to `text` */
  highlights: Array<[number, number]>;
}

/** A match with the query clause it belongs to (for choosing the window). */
export interface LabelledMatch extends Match {
  clause: number;
}

export const SNIPPET_LENGTH = 200;
/** A field up to this long is shown whole rather than cut to a 200-character window. */
const WHOLE_UP_TO = 240;
/** How far a cut may move to reach a word boundary. */
const BOUNDARY_REACH = 30;

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** Move `i` back to the start of the word it falls in (within reach). */
function wordStart(s: string, i: number): number {
  if (i <= 0) return 0;
  let k = i;
  while (k > 0 && !isSpace(s[k - 1]) && i - k < BOUNDARY_REACH) k--;
  return k > 0 && !isSpace(s[k - 1]) ? i : k;
}

/** Move `i` forward to the end of the word it falls in (within reach). */
function wordEnd(s: string, i: number): number {
  if (i >= s.length) return s.length;
  let k = i;
  while (k < s.length && !isSpace(s[k]) && k - i < BOUNDARY_REACH) k++;
  return k < s.length && !isSpace(s[k]) ? i : k;
}

/** The start of the sentence that contains `i`, if one begins in [from, i]. */
function sentenceStartBetween(s: string, from: number, i: number): number | null {
  for (let k = i; k > from; k--) {
    if (s[k - 1] === '\n') return k;
    if (isSpace(s[k - 1]) && /[.!?…]["'”’)\]]?$/.test(s.slice(Math.max(0, k - 3), k - 1))) return k;
  }
  return null;
}

export function buildSnippet(record: QuarryRecord, matches: readonly LabelledMatch[], length = SNIPPET_LENGTH): Snippet {
  const inText = matches.filter((m) => m.field === 'text');
  const inQuestion = matches.filter((m) => m.field === 'question');
  const field: 'text' | 'question' = inText.length || !inQuestion.length || !record.question ? 'text' : 'question';
  const source = field === 'text' ? record.text : (record.question ?? '');
  const ms = (field === 'text' ? inText : inQuestion).slice().sort((a, b) => a.start - b.start);

  let start = 0;
  let end = source.length;
  if (source.length > Math.max(length, WHOLE_UP_TO)) {
    if (!ms.length) {
      end = wordEnd(source, length);
    } else {
      // The window that covers the most distinct clauses, then the most matches.
      let best = { i: 0, last: 0, clauses: -1, count: -1 };
      for (let i = 0; i < ms.length; i++) {
        const a = ms[i]!;
        const clauses = new Set<number>();
        let last = i;
        for (let j = i; j < ms.length && ms[j]!.end <= a.start + length; j++) {
          clauses.add(ms[j]!.clause);
          last = j;
        }
        const count = last - i + 1;
        if (clauses.size > best.clauses || (clauses.size === best.clauses && count > best.count)) best = { i, last, clauses: clauses.size, count };
      }
      const first = ms[best.i]!;
      const lastM = ms[best.last]!;
      const span = lastM.end - first.start;
      const slack = Math.max(0, length - span);
      // a little more context before the first match than after the last
      start = Math.max(0, Math.min(first.start - Math.floor(slack * 0.4), source.length - length));
      const sentence = sentenceStartBetween(source, start, first.start);
      start = sentence ?? wordStart(source, start);
      if (start > first.start) start = first.start;
      end = wordEnd(source, Math.min(source.length, start + length));
      if (end < lastM.end) end = Math.min(source.length, lastM.end);
    }
  }
  // trim whitespace at the cut
  while (start < end && isSpace(source[start])) start++;
  while (end > start && isSpace(source[end - 1])) end--;

  const text = source.slice(start, end);
  const highlights: Array<[number, number]> = [];
  for (const m of ms) {
    if (m.start >= start && m.end <= end) highlights.push([m.start - start, m.end - start]);
  }
  return { text, field, start, highlights };
}
