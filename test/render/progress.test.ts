/**
 * The progress line, drawn on a fake terminal with a fake clock: nothing
 * before the delay, one line rewritten in place, throttled, cleared at the end.
 */
import { describe, expect, it } from 'vitest';
import { describeProgress, progressLine } from '../../src/render/progress.js';

function fakeTerminal(columns = 80) {
  const writes: string[] = [];
  return { writes, stream: { columns, write: (s: string) => writes.push(s) } };
}

const MB = 1_000_000;

describe('progress line', () => {
  it('stays silent for a quick load', () => {
    const { writes, stream } = fakeTerminal();
    let t = 0;
    const line = progressLine(stream, { now: () => t });
    t = 500;
    line.update({ done: 1, total: 2, bytesDone: MB, bytesTotal: 2 * MB });
    t = 900;
    line.update({ done: 2, total: 2, bytesDone: 2 * MB, bytesTotal: 2 * MB });
    line.end();
    expect(writes).toEqual([]);
  });

  it('rewrites one line in place after the delay, at most once per interval, and clears it at the end', () => {
    const { writes, stream } = fakeTerminal();
    let t = 0;
    const line = progressLine(stream, { now: () => t });
    t = 2000;
    line.update({ done: 10, total: 40, bytesDone: 4 * MB, bytesTotal: 16 * MB });
    t = 2050; // within the interval: not redrawn
    line.update({ done: 11, total: 40, bytesDone: 4.4 * MB, bytesTotal: 16 * MB });
    t = 4000;
    line.update({ done: 20, total: 40, bytesDone: 8 * MB, bytesTotal: 16 * MB });
    t = 4010; // the last document is always drawn
    line.update({ done: 40, total: 40, bytesDone: 16 * MB, bytesTotal: 16 * MB });
    line.end();
    expect(writes).toEqual([
      '\r\x1b[Kquarry: parsing 10/40 documents, 2.0 MB/s, 6 s left',
      '\r\x1b[Kquarry: parsing 20/40 documents, 2.0 MB/s, 4 s left',
      '\r\x1b[Kquarry: parsed 40 documents, 4.0 MB/s; indexing',
      '\r\x1b[K',
    ]);
    // no newline anywhere: the line never scrolls the terminal
    expect(writes.join('')).not.toContain('\n');
  });

  it('fits the terminal width', () => {
    const { writes, stream } = fakeTerminal(30);
    let t = 0;
    const line = progressLine(stream, { now: () => t });
    t = 1500;
    line.update({ done: 1, total: 5000, bytesDone: MB, bytesTotal: 132 * MB });
    expect(writes[0]!.replace('\r\x1b[K', '')).toHaveLength(29);
    expect(writes[0]).toMatch(/…$/);
  });

  it('says minutes for a long wait and nothing it cannot know', () => {
    expect(describeProgress({ done: 100, total: 5000, bytesDone: 2 * MB, bytesTotal: 132 * MB }, 1)).toBe('quarry: parsing 100/5000 documents, 2.0 MB/s, 1 min 05 s left');
    expect(describeProgress({ done: 0, total: 5000, bytesDone: 0, bytesTotal: 132 * MB }, 1)).toBe('quarry: parsing 0/5000 documents, 0.0 MB/s, time left unknown');
  });
});
