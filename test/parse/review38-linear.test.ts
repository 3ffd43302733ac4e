/**
 * review38: the regular expressions of the day's changes, on inputs that never match in the way
 * they look for (a long run of one character), asserted by what they read, not how fast: each of
 * these once rescanned the run from every start. Inputs also in bench/pathological.mjs.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { withoutInlineMarkup } from '../../src/parse/text.js';
import { tempCorpus } from '../helpers.js';

describe('a Markdown link after a long run of "["', () => {
  // The link text held any "[": from each "[" of the run the pattern scanned on to the "](" at its end.
  it('opens the link at the nearest "[" and keeps the run as written', () => {
    const run = '['.repeat(100000);
    expect(withoutInlineMarkup(`${run}roadmap](https://lumen.io/r) next`)).toBe(`${'['.repeat(99999)}roadmap (https://lumen.io/r) next`);
  });
  it('still reads an ordinary link and an image as their words', () => {
    expect(withoutInlineMarkup('See [the Harbour budget](https://harbour.gov/b) and ![a map](/img/map.png).')).toBe(
      'See the Harbour budget (https://harbour.gov/b) and a map (/img/map.png).',
    );
  });
  it('loads a note whose line is that run, every word findable', () => {
    const c = loadCorpus(tempCorpus({ 'notes.md': `Intro line.\n\nShe wrote ${'['.repeat(20000)}plan](https://k.io/p) and left.\n` }));
    const texts = c.records.map((r) => r.text).join('\n');
    expect(texts).toContain('plan (https://k.io/p) and left.');
  });
});
