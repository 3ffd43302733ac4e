/**
 * A webinar platform's Q&A report saved as CSV: the report's own summary on top ("Question & Answer
 * Report", "Report Generated:,…", the topic's row), then "Question Details" over the table's header
 * row ("#,Question,Asker Name,Asker Email,Answer(s)"). The first line was taken for the header, which
 * names no text column, so every row was a claim of its cells and no question had its answer. The
 * answer cells name who answered ("Priya Shah: 4.1% fixed…") or say it was answered aloud ("Priya Shah
 * - live answered"). Found on an unseen report (test/fixtures/unseen/Webinar Q&A Report - Solar Co-op
 * Finance.csv), December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'Town Hall Questions',
  'Exported\t2024-11-02',
  'Event\tLibrary budget town hall',
  '',
  'No.\tQuestion\tAsked by\tAnswer',
  '1\tWhen will the Eastside branch reopen on Sundays?\tNora Quinn\tSamuel Park: On January 12, with the same hours as before.',
  '2\tHow many e-books did we buy this year?\tJamal Reyes\tlive answered',
  '',
].join('\n');

const rows = (records: readonly { type: string; asker: string | null; speaker: string | null; question: string | null; text: string }[]) =>
  records.filter((r) => r.type !== 'claim').map((r) => [r.type, r.asker ?? r.speaker, r.type === 'qa' ? r.speaker : null, r.question ?? r.text]);

describe("a report's table under the report's own summary", () => {
  it('finds the header row under the summary and reads each row as a question and its answer (unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['Webinar Q&A Report - Solar Co-op Finance.csv']);
    const own = c.records.filter((r) => r.doc.startsWith('Webinar Q&A Report'));
    expect(rows(own)).toEqual([
      ['quote', 'Peter Lindqvist', null, 'How much did the co-op borrow in 2024?'],
      ['qa', 'Priya Shah', 'Priya Shah', 'What interest rate are we paying on the green bond?'], // 'Anonymous Attendee' asked: nobody named (the column shows the asker, else the speaker)
      ['qa', 'Grace Obi', 'Priya Shah', 'Will member dividends be paid this year?'],
      ['qa', 'Tom Reyes', 'Marcus Hale', 'Why did the installation cost per panel go up?'],
      ['quote', 'Grace Obi', null, 'Is the recording going to be shared?'],
    ]);
    expect(own.find((r) => r.question === 'Will member dividends be paid this year?')!.text).toMatch(/^Yes, the board approved/);
    // (fix68-b: the report's summary rows above the header, its topic row among them, are the export's metadata, no claims)
    expect(own.some((r) => r.type === 'claim' && r.text.includes('Solar Co-op Finance: Ask the Treasurer'))).toBe(false);
  });

  it('reads the same in other words, as TSV', async () => {
    const c = await loadCorpus(tempCorpus({ 'town-hall.tsv': SECOND }));
    expect(rows(c.records)).toEqual([
      ['qa', 'Nora Quinn', 'Samuel Park', 'When will the Eastside branch reopen on Sundays?'],
      ['quote', 'Jamal Reyes', null, 'How many e-books did we buy this year?'],
    ]);
    expect(c.records.find((r) => r.type === 'qa')!.text).toBe('On January 12, with the same hours as before.');
  });

  it('leaves a text file with tab rows under a title as it was: read from its first line only', async () => {
    const c = await loadCorpus(tempCorpus({ 'notes.txt': SECOND }));
    expect(c.records.some((r) => r.type === 'qa')).toBe(false);
  });
});
