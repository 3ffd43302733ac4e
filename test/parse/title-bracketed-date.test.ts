/**
 * A title that gives the day of what it records in brackets ("AMA Recap: Fathom Labs x Binance Square
 * (March 14, 2024)", "Highlights from Yusuf Demir's AMA (r/urbanplanning, 14 Feb 2024)", the
 * Congressional Record's "[… Number 38 (Wednesday, March 5, 2025)]") dated the document only by its
 * year. The one whole date in brackets is the document's date; a title with two dates (a life's
 * span) gives none. Found on an unseen recap (test/fixtures/unseen/fathom-labs-ama-recap.md),
 * December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const body = '\n\nThe panel met at the library. "We need the money by June," said Tom Hale.\n';

describe('a day in brackets in the title', () => {
  it('dates the document (unseen recaps)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['ama-writeup.md', 'fathom-labs-ama-recap.md']);
    const date = (id: string) => c.documents.find((d) => d.id === id)!.meta.date;
    expect([date('fathom-labs-ama-recap'), date('ama-writeup')]).toEqual(['2024-03-14', '2024-02-14']);
  });

  it('reads the same in other words; a span of two dates gives none', async () => {
    const c = await loadCorpus(
      tempCorpus({
        'budget.md': `# Town hall on the library budget (Tuesday, 9 September 2025)${body}`,
        'obituary.md': `# Remembering Ada Lind (March 3, 1941 – May 2, 2024)${body}`,
      }),
    );
    const date = (id: string) => c.documents.find((d) => d.id === id)!.meta.date;
    expect([date('budget'), date('obituary')]).toEqual(['2025-09-09', null]);
  });
});
