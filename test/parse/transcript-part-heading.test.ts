/**
 * "Transcript" over a page's turns is the part's label however it is set ("## Transcript",
 * "**Full transcript**"): no one's claim and no section; and a transcript's notice in italics
 * ("*This transcript was generated automatically …*") is the notice, as it is without them.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const EPISODE = (heading: string) => [
  '# Episode 112: The bakery that refused to grow',
  '',
  'In this episode, host Dana Whitfield talks to Ollie Brennan, who has run a bakery in Margate since 2009.',
  '',
  heading,
  '',
  '*This transcript was generated automatically and may contain errors.*',
  '',
  '**Dana:** Ollie, you have said no to franchising three times. Why?',
  '',
  '**Ollie:** Because the bread would stop being mine.',
  '',
  '**Dana:** Was there ever a moment you nearly said yes?',
  '',
  '**Ollie:** In 2016. The money was silly.',
  '',
].join('\n');

describe('a transcript part under its heading', () => {
  for (const heading of ['## Transcript', '**Full transcript**']) {
    it(`reads ${heading} and the notice under it as the page's`, () => {
      const records = loadCorpus(tempCorpus({ 'ep112.md': EPISODE(heading) })).records;
      expect(records.map((r) => [r.line, r.type, r.speaker, r.section])).toEqual([
        [3, 'claim', null, null],
        [9, 'qa', 'Ollie Brennan', null],
        [13, 'qa', 'Ollie Brennan', null],
      ]);
    });
  }
});
