/**
 * Chat exports: leftovers of probe43-a (fix56-a).
 *
 * - One sender's consecutive messages were joined into one turn however far apart they were sent:
 *   a sign-off, then a new question six days later, made one question; a correction sent hours
 *   after an answer went into the answer. A message sent on another day, or an hour or more after
 *   its sender's last, is a turn of its own.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'fix56', 'a');

describe("a sender's messages days or hours apart are turns of their own", () => {
  it('splits a sign-off from the question sent days later, and a late correction from the answer', () => {
    const c = fixtureCorpus(DIR, ['WhatsApp Chat with Amara Obi.txt']);
    const rs = c.records.filter((r) => r.doc === 'WhatsApp Chat with Amara Obi');
    expect(rs.map((r) => [r.line, r.type, r.speaker, r.asker ?? null])).toEqual([
      [1, 'quote', 'Tomasz Wilk', null],
      [2, 'quote', 'Amara Obi', null],
      [3, 'qa', 'Amara Obi', 'Tomasz Wilk'],
      [7, 'qa', 'Amara Obi', 'Tomasz Wilk'],
      [9, 'quote', 'Amara Obi', null],
      [10, 'quote', 'Tomasz Wilk', null],
      [11, 'qa', 'Amara Obi', 'Tomasz Wilk'],
      [13, 'quote', 'Tomasz Wilk', null],
    ]);
    // Minutes apart, one answer sent in pieces.
    expect(rs.find((r) => r.line === 3)!.text).toBe('March 2016, in a rented garage in Salford.\nWe had one oven and a market stall on Saturdays\nMy brother still has the first till receipt framed');
    expect(rs.find((r) => r.line === 7)!.text).toBe('Forty-one across the three shops');
    expect(rs.find((r) => r.line === 9)!.text).toBe("Correction, it's forty-three since Monday, two new bakers in Stockport");
    expect(rs.find((r) => r.line === 11)!.question).toBe('Sorry, one more from my editor. Are you planning a fourth shop?');
  });

  it('in other words: a Signal export in ISO stamps, with the clock in the afternoon', () => {
    const c = loadCorpus(tempCorpus({
      'signal-chat-rhea.md': [
        '# Signal chat with Rhea Castillo',
        '',
        '[2023-11-02 16:40] Me: Rhea, can you confirm the depot closes in January?',
        '[2023-11-02 16:52] Rhea Castillo: It closes on 19 January. 58 drivers move to the Northfield site.',
        '[2023-11-02 16:53] Rhea Castillo: The rest take the redundancy package.',
        '[2023-11-02 16:55] Me: Thanks, that is very helpful. Speak soon',
        '[2023-11-05 08:10] Me: Morning. Who made the final call on the closure?',
        '[2023-11-05 09:02] Rhea Castillo: The regional board, on 28 October.',
        '[2023-11-05 21:30] Rhea Castillo: And for the record, the union was told the same day.',
        '',
      ].join('\n'),
    }));
    const rs = c.records.filter((r) => r.doc === 'signal-chat-rhea');
    expect(rs.map((r) => [r.line, r.type, r.speaker, r.asker ?? null, r.text])).toEqual([
      [3, 'qa', 'Rhea Castillo', 'Me', 'It closes on 19 January. 58 drivers move to the Northfield site.\nThe rest take the redundancy package.'],
      [6, 'quote', 'Me', null, 'Thanks, that is very helpful. Speak soon'],
      [7, 'qa', 'Rhea Castillo', 'Me', 'The regional board, on 28 October.'],
      [9, 'quote', 'Rhea Castillo', null, 'And for the record, the union was told the same day.'],
    ]);
    expect(rs.find((r) => r.line === 7)!.question).toBe('Morning. Who made the final call on the closure?');
  });
});
