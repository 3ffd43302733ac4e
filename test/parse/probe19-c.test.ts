/**
 * Official verbatim records (test/fixtures/probe19/c): a UN Security Council record's cover page in
 * spaced dot leaders, a Congressional Record's printed letter, a Supreme Court argument's line-numbered
 * headings. Each shape is also tested on a small text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c = loadCorpus(join(FIXTURES, 'probe19', 'c'));
type Recs = ReturnType<typeof recordsOf>;
const at = (recs: Recs, line: number) => recs.filter((r) => r.line === line);

describe('a UN verbatim record: a cover page set in spaced dot leaders', () => {
  it('the cast "President: Mr. X . . . . (Panama)" is no turn', () => {
    const recs = recordsOf(c, 'unsc-verbatim');
    expect(recs.some((r) => r.speaker && /Members|\. \. \.|called to order/.test(r.text))).toBe(false);
    expect(recs.find((r) => r.speaker === 'The President')?.line).toBe(35);
  });
  it('the same cover in other words', () => {
    const dir = tempCorpus({
      'pv.txt': 'Security Council\n\nPresident:   Ms. Lind  . . . . . . . . . . . .  (Norway)\n\nMembers:     Chile . . . . . . . . . . . . .  Mr. Soto\n             Japan . . . . . . . . . . . . .  Mr. Ito\n\nThe meeting was called to order at 3 p.m.\n\nThe President: I open the meeting.\n\nMr. Soto (Chile): Thank you. We support the text.\n',
    });
    const recs = recordsOf(loadCorpus(dir), 'pv');
    expect(recs.filter((r) => r.speaker).map((r) => [r.speaker, r.line])).toEqual([
      ['The President', 10],
      ['Mr. Soto', 12],
    ]);
  });
});
