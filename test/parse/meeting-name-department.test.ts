/**
 * A meeting app's transcript saved as text, each turn under its speaker's name and the time, the
 * name with the department or status the directory shows after it: Teams' "Okafor, Chidi
 * (Procurement)   0:03", or "Ingrid Halvorsen (Finance)  0:03". Those lines were read as nobody's
 * label, so the chair's words ran on into the turns of the people before him. The bracketed note is
 * now the turn's role, no part of the name, and the app's "… started transcription" / "… stopped
 * transcription" lines are furniture. Found on an unseen Teams export (test/fixtures/unseen/Quarterly
 * Supplier Review-20250312_150212-Meeting Transcript.txt), December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'Budget sync',
  '',
  'Ingrid Halvorsen (Finance)  0:03',
  'Thanks for joining. How much is left in the travel budget for 2025?',
  '',
  'Sam Ortiz (Guest)  0:15',
  'About 40%, roughly $18,000.',
  '',
  'Ingrid Halvorsen (Finance)  0:31',
  'Good. We can keep the Lisbon trip then.',
  '',
].join('\n');

type Rec = { type: string; text: string; speaker: string | null; role: string | null; asker: string | null; askerRole: string | null; line: number; endLine: number };
const rows = (records: readonly Rec[]) => records.map((r) => [r.line, r.endLine, r.type, r.asker, r.askerRole, r.speaker, r.role]);

describe('a meeting transcript whose names carry a department', () => {
  it('gives each turn its speaker, the department as the role (unseen Teams export)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['Quarterly Supplier Review-20250312_150212-Meeting Transcript.txt']);
    const records = c.records.filter((r) => r.doc === 'Quarterly Supplier Review-20250312_150212-Meeting Transcript') as Rec[];
    expect(rows(records)).toEqual([
      [7, 11, 'qa', 'Chidi Okafor', 'Procurement', 'Sara Lindqvist', null],
      [13, 18, 'qa', 'Chidi Okafor', 'Procurement', 'Sara Lindqvist', null],
      [20, 24, 'qa', 'Chidi Okafor', 'Procurement', 'Sara Lindqvist', null],
      [26, 27, 'quote', null, null, 'Arjun Mehta', null],
      [29, 33, 'qa', 'Chidi Okafor', 'Procurement', 'Arjun Mehta', null],
      [35, 36, 'quote', null, null, 'Sara Lindqvist', null],
      [38, 42, 'qa', 'Chidi Okafor', 'Procurement', 'Arjun Mehta', null],
      [44, 48, 'qa', 'Chidi Okafor', 'Procurement', 'Arjun Mehta', null],
    ]);
    expect(records.some((r) => /transcription/.test(r.text))).toBe(false);
  });

  it('reads the same in other words, the name first', async () => {
    const c = await loadCorpus(tempCorpus({ 'budget-sync.txt': SECOND }));
    expect(rows(c.records as Rec[])).toEqual([
      [3, 7, 'qa', 'Ingrid Halvorsen', 'Finance', 'Sam Ortiz', 'Guest'],
      [9, 10, 'quote', null, null, 'Ingrid Halvorsen', 'Finance'],
    ]);
  });
});
