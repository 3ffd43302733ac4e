/**
 * An interview's italic note under its title says in which month it was made, no day: "*… We
 * talked in Madrid in February 2025.*", "_Recorded in Lagos in June 2022._". The note with a day
 * already dated the document (infer.ts heldOnDay); with a month only, nothing did, and every
 * record had no year.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("an interview note's month and year", () => {
  it('dates the unseen Markdown interview by "We talked in Madrid in February 2025"', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['fennel-pay-md-interview.md']);
    const records = c.records.filter((r) => r.doc === 'fennel-pay-md-interview');
    expect(records.length).toBeGreaterThan(5);
    expect(new Set(records.map((r) => r.year))).toEqual(new Set([2025]));
  });

  it('in other words: "Recorded … in June 2022"; a photo note dates nothing; a year in the title wins', async () => {
    const qa = ['', '**Why tea?**', '', 'Because my grandmother grew it.', ''].join('\n');
    const c = await loadCorpus(
      tempCorpus({
        'recorded.md': `# Tea with Amaka Obi\n\n_Amaka Obi runs Highland Leaf. Recorded in Lagos in June 2022._\n${qa}`,
        'photo.md': `# Tea with Amaka Obi\n\n_Photo taken in Lagos in June 2022._\n${qa}`,
        'titled.md': `# Tea with Amaka Obi (2019)\n\n_We spoke in June 2022._\n${qa}`,
      }),
    );
    const years = (doc: string) => [...new Set(c.records.filter((r) => r.doc === doc).map((r) => r.year))];
    expect(years('recorded')).toEqual([2022]);
    expect(years('photo')).toEqual([null]);
    expect(years('titled')).toEqual([2019]);
  });
});
