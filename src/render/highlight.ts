/**
 * Matched words in a stretch of corpus text, for a terminal: the text is
 * escaped first (control characters shown, never sent), then the matches are
 * painted (bold yellow) when colour is on, or wrapped in `[[…]]` when it is
 * off, so a reader of an uncoloured terminal or a pager still sees them.
 * Never used for JSON or CSV, which give match positions instead.
 */
import type { Painter } from './color.js';
import { escapeControls } from './safe.js';

export const MARK_OPEN = '[[';
export const MARK_CLOSE = ']]';

export interface HighlightEnv {
  paint: Painter;
  colored: boolean;
}

/**
 * `source.slice(start, end)` with the [from, to) ranges of `source` that fall
 * inside highlighted, and an ellipsis where the stretch cuts the source.
 */
export function highlightSpan(source: string, start: number, end: number, ranges: ReadonlyArray<readonly [number, number]>, env: HighlightEnv): string {
  const inside = ranges
    .filter(([a, b]) => a >= start && b <= end && b > a)
    .slice()
    .sort((x, y) => x[0] - y[0]);
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [a, b] of inside) {
    if (a < at) continue; // overlapping range: the first one wins
    out += escapeControls(source.slice(at, a));
    const word = escapeControls(source.slice(a, b));
    out += env.colored ? env.paint.bold(env.paint.yellow(word)) : `${MARK_OPEN}${word}${MARK_CLOSE}`;
    at = b;
  }
  out += escapeControls(source.slice(at, end));
  if (end < source.length) out += '…';
  return out;
}

/** Where to cut a field of more than `max` characters: on a word boundary, never mid-word when avoidable. */
export function cutAt(source: string, max: number): number {
  if (source.length <= max) return source.length;
  const space = source.lastIndexOf(' ', max);
  return space > max * 0.6 ? space : max;
}
