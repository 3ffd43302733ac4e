/**
 * The lines of a document that no record holds, and which record carries
 * their words into the index.
 *
 * A record holds a document's sentences, but a document says more than its
 * records: its title, byline and dateline, a roster of who attended, a
 * section heading, a photo credit, a caption file's cue timings, front
 * matter's publisher. grep finds every word of those lines, so search must
 * too ("whatever grep finds, search finds"). The loader files each such line
 * (DocumentInfo.nearby) and the index gives its words to one record, the one
 * nearest to it: the record whose span holds the line, else the first record
 * below it (a header's words go to the document's first record, a heading's
 * to the record under it), else the last record above it (a footer's). They
 * (a block right under a record's last line and not right over the next
 * record is that record's tail: a link line or a signature ending a turn)
 * are that record's `nearby` index field: they find the record, and rank
 * nothing (src/query/search.ts, SearchConfig.titleFinds), since they are not
 * what the record says.
 */
import { lastAtOrBelow } from './sorted.js';

/** A line no record holds: its file line (1-based) and its text. */
export type NearbyLine = readonly [line: number, text: string];

/**
 * The nearby text of each record of one document, in the records' order ('' for
 * a record that carries none). `records` are the document's, `lines` its
 * DocumentInfo.nearby.
 */
export function nearbyTexts(records: readonly { line: number; endLine: number }[], lines: readonly NearbyLine[] | undefined): string[] {
  const texts: string[][] = records.map(() => []);
  if (!lines?.length || records.length === 0) return texts.map(() => '');
  // the records by first line (a qa may come out of line order), then by place
  const order = records.map((_, i) => i).sort((a, b) => records[a]!.line - records[b]!.line || a - b);
  const starts = order.map((i) => records[i]!.line);
  // the longest reach of the records starting at or above each place of `order`, and whose it is:
  // a record holding a line may start well above the last record that starts above it
  const reach: number[] = [];
  const reacher: number[] = [];
  order.forEach((r, k) => {
    const end = records[r]!.endLine;
    const prev = k > 0 ? reach[k - 1]! : -Infinity;
    reach.push(end >= prev ? end : prev);
    reacher.push(end >= prev ? r : reacher[k - 1]!);
  });
  // lines are in file order: a run of consecutive lines (a block with no blank line in it) is read as one
  let runStart = -1;
  let runEnd = -1;
  for (let j = 0; j < lines.length; j++) {
    const [line, text] = lines[j]!;
    if (line > runEnd) {
      runStart = runEnd = line;
      for (let n = j + 1; n < lines.length && lines[n]![0] === runEnd + 1; n++) runEnd++;
    }
    const k = lastAtOrBelow(starts, line);
    // the last record starting at or above the line, and the first starting below it
    const above = starts[k]! <= line ? order[k]! : -1;
    const below = starts[k]! <= line ? order[k + 1] : order[0];
    texts[holderOf(line, k, above, below)]!.push(text);
  }
  /** The record a line goes to (k: its place in `order`, or 0 when no record starts at or above it). */
  function holderOf(line: number, k: number, above: number, below: number | undefined): number {
    if (above >= 0 && reach[k]! >= line) {
      // the innermost record holding it: the nearest one starting above it (a few steps back), else the widest
      for (let b = k; b >= 0 && b > k - 16; b--) if (records[order[b]!]!.endLine >= line) return order[b]!;
      return reacher[k]!;
    }
    // a block right under a record's last line, not right over the next record's first: the
    // record's own tail (a link line a turn ends with, a signature)
    if (above >= 0 && records[above]!.endLine === runStart - 1 && (below === undefined || records[below]!.line !== runEnd + 1)) return above;
    return below !== undefined ? below : above;
  }
  return texts.map((t) => t.join('\n'));
}
