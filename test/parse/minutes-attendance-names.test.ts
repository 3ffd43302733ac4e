/**
 * A school board's minutes name everyone in full only in their attendance block ("STAFF:
 * Superintendent Dr. Helen Brandt; Chief Business Officer Tom Hale"), and by title and surname below
 * ("Mr. Hale reported…", "Dr. Brandt said…"). Those records were credited to "Hale" and "Brandt",
 * other people than the Tom Hale and Helen Brandt the same corpus knows. Found on unseen minutes
 * (test/fixtures/unseen/board-minutes-2025-02-18.txt), December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'RIVERBEND WATER BOARD',
  'MINUTES OF THE REGULAR MEETING, 9 APRIL 2024',
  '',
  'PRESENT: Chair Anita Lowe, Directors Sam Okafor and Ruth Bell',
  'STAFF: General Manager Peter Vance; District Engineer Maya Lin, Planning and Capital Works',
  '',
  '1. RATES',
  'Ms. Lin reported that 14% of the mains were older than 1960. She said the replacement would cost $9 million over ten years.',
  '',
  'Mr. Vance said the board could phase the work. "We cannot do it all at once," he said.',
  '',
  'MOTION: Director Okafor. SECOND: Director Bell.',
  'VOTE: 3-0. Motion carried.',
  '',
].join('\n');

describe("minutes' attendance block names the people the minutes call by title and surname", () => {
  it('credits the unseen minutes to the full names', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['board-minutes-2025-02-18.txt']);
    const own = c.records.filter((r) => r.doc === 'board-minutes-2025-02-18');
    expect(own.find((r) => r.text.startsWith('Mr. Hale reported'))!.speaker).toBe('Tom Hale');
    expect(own.find((r) => r.text.startsWith('Every option hurts'))!.speaker).toBe('Helen Brandt');
    expect(own.some((r) => r.speaker === 'Hale' || r.speaker === 'Brandt')).toBe(false);
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'riverbend.txt': SECOND }));
    const by = (words: string) => c.records.find((r) => r.text.includes(words))!.speaker;
    expect(by('older than 1960')).toBe('Maya Lin');
    expect(by('cannot do it all at once')).toBe('Peter Vance');
  });
});
