/**
 * Markdown's inline marks are no part of a record's words: bold, italics and
 * links read as a reader sees them, the link's address kept after its text.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { withoutInlineMarkup } from '../../src/parse/text.js';
import { tempCorpus } from '../helpers.js';

describe('inline Markdown in record text', () => {
  it('drops paired emphasis marks and keeps a link as its text and address', () => {
    expect(withoutInlineMarkup('I talked with **Tomás Ibarra**, who keeps *Lumen* and __Kiln__.')).toBe('I talked with Tomás Ibarra, who keeps Lumen and Kiln.');
    expect(withoutInlineMarkup('See the [roadmap](https://example.org/roadmap) now.')).toBe('See the roadmap (https://example.org/roadmap) now.');
  });

  it('leaves marks that pair nothing: a lone star, arithmetic, snake_case', () => {
    for (const t of ['Prices rose 5%* in May.', 'It costs 2*3 dollars.', 'Set max_retries to 3.', '* a footnote']) expect(withoutInlineMarkup(t)).toBe(t);
  });

  it('reads a Markdown newsletter without its marks, and every word stays findable', () => {
    const corpus = loadCorpus(tempCorpus({ 'issue.md': '# Issue 87\n\nThis week I talked with **Tomás Ibarra** about *Lumen*.\n\n- [Lumen v3 roadmap](https://example.org/lumen/roadmap)\n' }));
    expect(corpus.records.map((r) => r.text)).toEqual(['This week I talked with Tomás Ibarra about Lumen.', 'Lumen v3 roadmap (https://example.org/lumen/roadmap)']);
    expect(corpus.documents[0]!.sentences.inRecords).toBe(corpus.documents[0]!.sentences.total);
  });
});
