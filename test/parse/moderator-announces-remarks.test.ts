/**
 * A press conference whose moderator opens by announcing the remarks ("The Secretary will make brief
 * remarks and then take four questions."): the announcement was the question the Secretary's
 * statement "answered". It is the moderator's quote and the remarks the Secretary's; the reporters'
 * questions after it are still answered.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("a moderator's announcement of the remarks", () => {
  it('is no question, and the remarks answer nothing', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['trade-secretary-press-availability.txt']);
    const recs = c.records.filter((r) => r.doc === 'trade-secretary-press-availability');
    expect(recs.filter((r) => r.line <= 9).map((r) => [r.line, r.type, r.speaker])).toEqual([
      [7, 'quote', 'Moderator'],
      [9, 'quote', 'Harlan Pike'],
    ]);
    expect(recs.filter((r) => r.type === 'qa').map((r) => r.line)).toEqual([13, 19, 23, 29]);
  });

  it('reads the shape in other words', () => {
    const c = loadCorpus(tempCorpus({
      'briefing.txt': [
        'Minister Ada Brandt: Briefing on the Flood Fund', 'Berlin, 2 September 2024', '',
        'MODERATOR: Welcome. The Minister is going to deliver a short statement first, and then we will take questions.', '',
        'MINISTER BRANDT: Thank you. The fund will pay out 2 billion euros by December, starting with the Ahr valley.', '',
        'QUESTION: Minister, why start with the Ahr valley?', '',
        'MINISTER BRANDT: Because the damage there is the oldest and the claims are ready.', '',
        'MODERATOR: Tell us how the claims will be checked.', '',
        'MINISTER BRANDT: By the state banks, within six weeks of each claim.', '',
      ].join('\n'),
    }));
    expect(c.records.filter((r) => r.line > 3).map((r) => [r.type, r.speaker, r.asker])).toEqual([
      ['quote', 'Moderator', null],
      ['quote', 'Ada Brandt', null],
      ['qa', 'Ada Brandt', null],
      // a moderator's prompt without a question mark still asks
      ['qa', 'Ada Brandt', 'Moderator'],
    ]);
  });
});
