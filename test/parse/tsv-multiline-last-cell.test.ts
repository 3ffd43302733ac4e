/**
 * A TSV export (a spreadsheet of an AMA's questions) whose answer cell, the row's last, holds line
 * breaks inside its quotes. A row whose quoted cell runs over lines was read whole only when its
 * first line was short of cells; with the quoted cell last, the first line has them all, so the
 * answer stopped at its first line break, its opening quote mark kept, and the lines below were no
 * record's. Now a quote left open at a row's end joins the lines to its close. Found on an unseen
 * export (test/fixtures/unseen/nordics-ama-2024-11-05.tsv), December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = 'Asked by\tQuestion\tAnswer\nmo_k\tWhen does the bridge reopen?\t"In March 2026.\nThe deck is being replaced, all 420 metres of it."\nzara\tWill tolls rise?\tNo.\n';

type Rec = { type: string; text: string; line: number; endLine: number };
const rows = (records: readonly Rec[]) => records.map((r) => [r.line, r.endLine, r.type, r.text]);

describe('a TSV row whose last cell holds line breaks in its quotes', () => {
  it('reads the whole cell (unseen AMA export)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['nordics-ama-2024-11-05.tsv']);
    expect(rows(c.records as Rec[])).toEqual([
      [2, 3, 'qa', 'We are waiting for the FSA. Our application went in on 12 August 2024. If it is approved, staking goes live within 30 days.'],
      [4, 4, 'qa', 'Zero for bank transfers. Card deposits cost 1.8%.'],
      [5, 5, 'quote', 'Will you sponsor the Oslo marathon again?'],
      [6, 8, 'qa', 'About 210,000, up from 150,000 in 2023. Most of them joined through the app.'],
    ]);
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'bridge-ama.tsv': SECOND }));
    expect(rows(c.records as Rec[])).toEqual([
      [2, 3, 'qa', 'In March 2026. The deck is being replaced, all 420 metres of it.'],
      [4, 4, 'qa', 'No.'],
    ]);
  });
});
