/**
 * A live blog whose entries are one paragraph each under a time alone on its line reads as a
 * video transcript's stamped text by its shape; its stamps tell it apart where they go back in
 * time (its newest entry first, or the night running past midnight): a recording's offsets only
 * grow. The entries are then read as a news page's, each quotation credited.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
function load(text: string) {
  const dir = tempCorpus({ 'live.txt': text });
  made.push(dir);
  const corpus = loadCorpus(dir);
  return { shape: corpus.documents[0]!.shape, quotes: corpus.records.filter((r) => r.type === 'quote').map((r) => [r.line, r.speaker]) };
}

const entries = (stamps: string[]) => [
  'Election night live: results as they come in',
  'By the Politics Desk | 6 May 2022',
  '',
  stamps[0], 'Turnout in Harrow West is 41%, down from 47% in 2018.', '',
  stamps[1], 'Labour\'s Priya Chandra has held the seat. "People voted for bin collections, not slogans," she told us at the count.', '',
  stamps[2], 'The Conservative group leader, Martin Hale, conceded defeat in Oakley ward. He said: "We lost on potholes. Simple as that."', '',
  stamps[3], "That's it from us tonight. Thanks for following.", '',
].join('\n');

describe('a live blog of one-paragraph entries under clock times', () => {
  it('is prose when its times run past midnight', () => {
    const { shape, quotes } = load(entries(['23:58', '00:12', '00:31', '01:05']));
    expect(shape).toBe('prose');
    expect(quotes).toEqual([[8, 'Priya Chandra'], [11, 'Martin Hale']]);
  });

  it('is prose when its newest entry comes first', () => {
    expect(load(entries(['01:05', '00:31', '00:12', '23:58'])).shape).toBe('prose');
  });

  it('stays a video transcript when its stamps only grow', () => {
    const video = ['0:00', 'hello everyone and welcome back', '', '0:04', 'today we are at the harbour', '', '0:09', 'and the boats are coming in', ''].join('\n');
    expect(load(video).shape).toBe('captions');
  });
});
