/**
 * An italic credit under the title that closes on the day the interview was made ("*Translated from
 * the Mandarin. Interview by Daniel Park, Shanghai, 9 September 2022.*"): only a month and year
 * ("*Interview by Tom Reyes, March 2024*") or a dateline on the line below was read, so every
 * record had no year.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("an italic credit's closing day", () => {
  it('dates the document', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['lin-mei-bilingual-interview.md']);
    const doc = c.documents.find((d) => d.id === 'lin-mei-bilingual-interview')!;
    expect(doc.meta.date).toBe('2022-09-09');
    expect(new Set(c.records.map((r) => r.year))).toEqual(new Set([2022]));
  });

  it('in other words: a plain credit line, reported by, the month first', () => {
    const text = [
      '# Ten minutes with a lock keeper',
      '',
      'Reported by Anna Berg, Gloucester, March 3, 2019.',
      '',
      '**Anna Berg:** How many boats pass in a day?',
      '',
      '**Tom Hale:** In summer, about 60. In winter, two or three.',
      '',
      '**Anna Berg:** And the worst weather you have seen?',
      '',
      '**Tom Hale:** The floods of 2007.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'lock.md': text }));
    expect(c.documents[0]!.meta.date).toBe('2019-03-03');
    // A day inside the standfirst's sentence, not closing a credit, dates nothing.
    const other = loadCorpus(tempCorpus({ 'x.md': '# A founder\n\n*She founded the firm in Oslo, 3 May 2015.*\n\nShe says the first year was hard.\n' }));
    expect(other.documents[0]!.meta.date).toBeNull();
  });
});
