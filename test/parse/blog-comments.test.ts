/**
 * A blog post's reader comments under it, as WordPress prints them: "Mikael B. says: June 12, 2024
 * at 8:14 am" over the comment. The comment was the post author's claim. The header is now metadata
 * and the paragraphs under it are the commenter's, up to the next such header. Found by probe27-a
 * (test/fixtures/probe27/a/wp-export-qa-lindqvist-ferries.md, finding W2), December 5; the second
 * text is in other words, in Markdown.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  '# Why the night bus matters',
  '',
  '*By Ana Ruiz · March 3, 2025*',
  '',
  'The night bus carried 1.2 million riders in 2024, up 18% on 2023.',
  '',
  '## 2 Comments',
  '',
  '**Tomasz W.** says: *March 3, 2025 at 10:02 pm*',
  '',
  'I drive route N4. Most of my riders are hospital staff.',
  '',
  '**Grace Obi** says: *March 4, 2025 at 7:15 am*',
  '',
  'Please bring back the 3 a.m. run on the N2.',
  '',
].join('\n');

describe("a blog's reader comments", () => {
  it("are the commenters' words, not the author's (probe27-a W2)", () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe27', 'a'));
    expect(c.records.find((r) => r.text.startsWith('Great interview.'))!.speaker).toBe('Mikael B.');
  });

  it('reads the same in other words, a comment each', async () => {
    const c = await loadCorpus(tempCorpus({ 'bus.md': SECOND }));
    const by = (words: string) => c.records.find((r) => r.text.includes(words))!.speaker;
    expect(by('route N4')).toBe('Tomasz W.');
    expect(by('3 a.m. run')).toBe('Grace Obi');
    expect(by('1.2 million riders')).toBe('Ana Ruiz');
    expect(c.records.some((r) => r.text.includes(' says:'))).toBe(false);
  });
});
