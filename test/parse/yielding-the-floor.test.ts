/**
 * Two voices start at once and one yields the floor: "Sorry, go ahead.", "No, please.", "Go on.". The
 * yield was paired as a question with the other voice's next words, or answered a question itself,
 * and the real answer lost its question. A yield is back-channel now: the turns on either side of it
 * join as a continuer's do, and the question keeps its answer.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a turn that yields the floor', () => {
  it('joins the answer around it to its question', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['rev-crosstalk-okafor.txt']);
    const qa = c.records.filter((r) => r.doc === 'rev-crosstalk-okafor' && r.type === 'qa');
    expect(qa.map((r) => r.question)).not.toContain('Sorry, go ahead.');
    const trucks = qa.find((r) => r.question === 'And how many trucks do you run now?')!;
    expect(trucks.text).toContain('Forty-two.');
    expect(trucks.text).toContain('most of the growth came after 2020');
  });

  it('reads the shape in other words', () => {
    const c = loadCorpus(tempCorpus({
      'ferry.txt': [
        'HOST: And the new ferry, when does it arrive?', '',
        'GUEST: [crosstalk] Oh, sorry, go on.', '',
        'HOST: No, please.', '',
        'GUEST: It arrives in May 2026, from the yard in Gdansk.', '',
      ].join('\n'),
    }));
    const qa = c.records.filter((r) => r.type === 'qa');
    // one question, answered by the guest's words around the host's yield (the guest's own yield opens them)
    expect(qa.map((r) => [r.question, r.speaker])).toEqual([['And the new ferry, when does it arrive?', 'Guest']]);
    expect(qa[0]!.text).toMatch(/It arrives in May 2026, from the yard in Gdansk\.$/);
    expect(c.records.some((r) => r.type === 'qa' && r.question === 'No, please.')).toBe(false);
  });
});
