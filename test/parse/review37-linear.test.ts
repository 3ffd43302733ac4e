/**
 * Today's label and header patterns on long lines that match nothing (review, December 5): a
 * deposition caption's name in one long word of capitals ("\s?" inside a repeated group split it
 * every way: 500 capitals took 10 s), a bold label's opening followed by a long run of spaces
 * ("\s*([:：])?\s*": two runs side by side, quadratic), and a long subhead line of stops and
 * spaces under a title. Each document must still be read, and read the same: the inputs are also in
 * bench/pathological.mjs (deposition-caps, bold-then-spaces, stops-spaced), which times them.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { findWitness } from '../../src/parse/labels.js';
import { tempCorpus } from '../helpers.js';

const load = (files: Record<string, string>) => loadCorpus(tempCorpus(files));

describe('long lines no pattern of today’s changes matches', () => {
  it('a deposition caption with a 20 KB word in capitals names no witness; a real caption still does', () => {
    expect(findWitness([`VIDEOTAPED DEPOSITION OF ${'A'.repeat(20_000)}!`, '', 'Q. Your name?', 'A. Ana.'])).toBeNull();
    expect(findWitness(['REMOTE DEPOSITION OF TOMASZ WIERZBICKI, VOLUME III', '', 'Q. Your name?'])?.name).toBe('TOMASZ WIERZBICKI');
    expect(findWitness(['Deposition of Kwame Asante-Boateng', '', 'Q. Your name?'])?.name).toBe('Kwame Asante-Boateng');
  });

  it('a bold opening over 20 KB of spaces is no label; bold labels around it still are', () => {
    const c = load({ 'talk.md': `# Talk\n\n**Ana Ruiz:** Hello there. Where did you start?\n\n**Ben Ode:** In a garage in 2019.\n\n**a${' '.repeat(20_000)}x\n\n**Ana Ruiz:** And then what happened?\n\n**Ben Ode:** We hired our first engineer.\n` });
    const speakers = c.records.flatMap((r) => [r.speaker, (r as { asker?: string | null }).asker]);
    expect(speakers).toContain('Ana Ruiz');
    expect(speakers).toContain('Ben Ode');
  });

  it('a 200 KB line of stops and spaces under a title is kept as text', () => {
    const c = load({ 'release.txt': `A Headline About Harbour Grids\n\n${'. '.repeat(100_000)}a\n\nLONDON, 3 May 2024 — The grid operator said it would add storage.\n` });
    expect(c.records.some((r) => r.text.includes('grid operator said'))).toBe(true);
  });
});
