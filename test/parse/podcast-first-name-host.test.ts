/**
 * A podcast transcript whose labels are first names ("JESS:", "PRIYA:"), its header an episode
 * number over the episode's title in quote marks and whom it is with ("\"Selling socks to venture
 * capitalists\" with Priya Raman of Loomline"). Before, the host stayed "Jess" though her first turn
 * says "I'm Jess Okoro", and the header's title line was a quote of nobody, cut at its first mark.
 * Now a first name's label whose first turn gives that name in full is the full name, and a header
 * line is a pull quote only when the quotation is the line (a stop or a signature's dash after it
 * at most). Found on an unseen podcast transcript (test/fixtures/unseen/founders-at-dawn-ep-117.txt),
 * December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'THE LONG TABLE — Episode 9',
  '“Bread before banks” with chef Arno Dijkstra',
  '',
  'MARCO: Good evening. My name is Marco Bellini, and tonight my guest is Arno Dijkstra. Arno, welcome.',
  '',
  'ARNO: Thank you, Marco.',
  '',
  'MARCO: When did you open the first bakery?',
  '',
  'ARNO: In 2011, in Utrecht, with a loan of 20,000 euros.',
  '',
  '“Bread first, always.” — Arno Dijkstra',
  '',
].join('\n');

type Rec = { type: string; text: string; speaker: string | null; asker: string | null; line: number };

describe('a podcast labelled by first names', () => {
  it("names the host by the full name she gives, and keeps the episode's title line whole (unseen podcast)", () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['founders-at-dawn-ep-117.txt']);
    const records = c.records.filter((r) => r.doc === 'founders-at-dawn-ep-117') as Rec[];
    expect(records.filter((r) => r.line === 2).map((r) => [r.type, r.text])).toEqual([['claim', '"Selling socks to venture capitalists" with Priya Raman of Loomline']]);
    expect(new Set(records.flatMap((r) => [r.speaker, r.asker]).filter((n) => n?.startsWith('Jess')))).toEqual(new Set(['Jess Okoro']));
    expect(records.filter((r) => r.type === 'qa').every((r) => r.asker === 'Jess Okoro' && r.speaker === 'Priya Raman')).toBe(true);
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'long-table.txt': SECOND }));
    const records = c.records as Rec[];
    expect(records.filter((r) => r.line === 2).map((r) => [r.type, r.text])).toEqual([['claim', '“Bread before banks” with chef Arno Dijkstra']]);
    expect(records.filter((r) => r.line >= 4).map((r) => [r.line, r.type, r.asker, r.speaker])).toEqual([
      [4, 'quote', null, 'Marco Bellini'],
      [6, 'quote', null, 'Arno Dijkstra'],
      [8, 'qa', 'Marco Bellini', 'Arno Dijkstra'],
      [12, 'quote', null, 'Arno Dijkstra'],
    ]);
  });
});
