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
  for (const [line, text] of lines) {
    const k = lastAtOrBelow(starts, line);
    // the last record starting at or above the line, and the first starting below it
    const above = starts[k]! <= line ? order[k]! : -1;
    const below = starts[k]! <= line ? order[k + 1] : order[0];
    const holder = above >= 0 && records[above]!.endLine >= line ? above : below !== undefined ? below : above;
    texts[holder]!.push(text);
  }
  return texts.map((t) => t.join('\n'));
}
