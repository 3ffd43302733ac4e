/**
 * A trade paper's printed Q&A, found unseen (test/fixtures/unseen/freight-weekly-interview-okeke.txt),
 * December 5:
 * - Its introduction names both sides ("Adaeze Okeke took over as chief executive … She spoke to
 *   Martin Hale about …") and its turns are bare "Q:" / "A:": every qa had no speaker and no asker.
 *   A paragraph above the first question that opens on a full name and says whom they spoke to
 *   names the guest (who answers) and the interviewer (who asks).
 * - A "FACT FILE" sidebar between two answers ("Name: …" / "Born: 1979, Enugu" / "Staff: 1,150")
 *   ran on into the answer above it: a heading in capitals over a block of fields ends the answer.
 * The second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'THE GROWER | Q&A',
  '',
  'Lucía Ferreira runs the largest organic dairy in Galicia, with 1,400 cows. She talked with Tom Reyes before the regional elections.',
  '',
  'Q: How did the drought of 2023 hit you?',
  'A: We bought feed for five months. It cost us €300,000.',
  '',
  'AT A GLANCE',
  'Farm: Granxa Ferreira',
  'Founded: 1988',
  'Cows: 1,400',
  '',
  'Q: Would you expand again?',
  'A: Only if the milk price holds above 45 cents.',
  '',
].join('\n');

type Rec = { type: string; text: string; speaker: string | null; asker: string | null; line: number; endLine: number };
const rows = (records: readonly Rec[]) => records.map((r) => [r.line, r.endLine, r.type, r.asker, r.speaker]);

describe('a printed Q&A introduced by name, with a sidebar of fields', () => {
  it('gives the answers to the guest and the questions to the interviewer, and ends an answer at the sidebar (unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['freight-weekly-interview-okeke.txt']);
    expect(c.documents[0]!.meta.interviewer).toBe('Martin Hale');
    const qa = (c.records as Rec[]).filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker])).toEqual(Array(5).fill(['Martin Hale', 'Adaeze Okeke']));
    expect(rows(qa)[2]).toEqual([15, 16, 'qa', 'Martin Hale', 'Adaeze Okeke']);
    expect((c.records as Rec[]).filter((r) => r.type === 'claim' && r.line >= 18 && r.line <= 22).map((r) => r.text)).toEqual([
      'FACT FILE',
      'Name: Adaeze Okeke',
      'Born: 1979, Enugu, Nigeria',
      'Career: Port of Felixstowe (2012–2023); Northline Rail Freight CEO (2024–)',
      'Staff: 1,150',
    ]);
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'grower-qa.txt': SECOND }));
    const qa = (c.records as Rec[]).filter((r) => r.type === 'qa');
    expect(rows(qa)).toEqual([
      [5, 6, 'qa', 'Tom Reyes', 'Lucía Ferreira'],
      [13, 14, 'qa', 'Tom Reyes', 'Lucía Ferreira'],
    ]);
  });
});
