/**
 * A recorder's outline whose chapters carry bullets ("Regulation (10:12-25:40)" / "  • Daniel asks
 * about the 2021 licensing rules."): the bullets broke the run of chapter lines, so the outline was
 * read as a section heading over the whole talk ("OUTLINE" the section of every turn) and its
 * chapters and bullets became nobody's claims. The chapters and their bullets are the recorder's
 * index, above the first turn; the turns head no section.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("an outline's chapters with bullets under them", () => {
  it('are the index of the talk, no claims and no section', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['otter-outline-bullets.txt']);
    const recs = c.records.filter((r) => r.doc === 'otter-outline-bullets');
    expect(recs.filter((r) => r.type === 'claim')).toEqual([]);
    expect(new Set(recs.map((r) => r.section))).toEqual(new Set([null]));
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [23, 'Priya Raman', 'Daniel Osei'],
      [29, 'Priya Raman', 'Daniel Osei'],
      [35, 'Priya Raman', 'Daniel Osei'],
      [41, 'Priya Raman', 'Daniel Osei'],
    ]);
  });

  it('reads the shape in other words', () => {
    const c = loadCorpus(tempCorpus({
      'harbour-call.txt': [
        'Harbour board call with Mirela Voss', 'Thu, Oct 3, 2024 9:30AM • 22:10', '',
        'Outline', 'Dredging budget (0:00 - 08:40)', '  - Mirela says the 2025 budget is 14 million euros.', '  - Jonas asks about delays.',
        'Cruise berths (08:40 - 22:10)', '  - The second berth opens in 2026.', '',
        'Jonas Held  0:02', 'Mirela, where does the dredging budget stand?', '',
        'Mirela Voss  0:09', 'We have 14 million euros for 2025, which covers the inner channel only.', '',
        'Jonas Held  1:15', 'And the cruise berths?', '',
        'Mirela Voss  1:19', 'The second one opens in 2026 if the permits come through.', '',
      ].join('\n'),
    }));
    expect(c.records.filter((r) => r.type === 'claim')).toEqual([]);
    expect(c.records.map((r) => [r.type, r.speaker, r.asker, r.section])).toEqual([
      ['qa', 'Mirela Voss', 'Jonas Held', null],
      ['qa', 'Mirela Voss', 'Jonas Held', null],
    ]);
  });
});
