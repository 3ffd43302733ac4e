/**
 * A header's field naming the writer ("Author: Leah Moreno", "- **Author:** …", a notes app's
 * "- Author: [[Marcus Ellery]]" under "## Metadata") was never read: only a "By …" byline made an
 * author, so an article or a book's highlights headed so were nobody's. Read now as a byline is;
 * a reader's note or tags under a highlight stay nobody's, for the author did not write them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("a header's author field", () => {
  it('makes the book the author of its highlights, the reader of the notes under them (a Readwise export)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe12', 'c1'), ['Readwise - The Exchange.md']);
    const doc = c.documents.find((d) => d.id === 'Readwise - The Exchange')!;
    expect(doc.meta.author).toBe('Marcus Ellery');
    const byLine = (line: number) => c.records.filter((r) => r.doc === doc.id && r.line === line).map((r) => [r.type, r.speaker]);
    expect(byLine(13)[0]).toEqual(['claim', 'Marcus Ellery']);
    // The quotations in the highlights stay their speakers'.
    expect(byLine(14)).toEqual([['quote', 'He Yi']]);
    // The reader's note and tags, indented under a highlight, are nobody's.
    expect(byLine(15)).toEqual([['claim', null]]);
    expect(byLine(16)).toEqual([['claim', null]]);
    expect(byLine(19)).toEqual([['claim', null]]);
  });

  it('in other words: a field under the headline, in bold, with a role after the name', () => {
    const text = [
      '# The ferry that never sank',
      '',
      '**Author:** Ines Carvalho, Staff Writer',
      '**Published:** 2 May 2021',
      '',
      'The *Santa Luzia* has crossed the Tagus every day since 1968.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'ferry.md': text }));
    expect(c.documents[0]!.meta).toMatchObject({ author: 'Ines Carvalho', year: 2021 });
    expect(c.records.map((r) => [r.line, r.type, r.speaker])).toEqual([[6, 'claim', 'Ines Carvalho']]);
  });

  it('takes no field from under the second paragraph, and no author who is no one', () => {
    const late = ['# Harbour notes', '', 'We met the harbour master at nine, by the old fish market.', '', 'It rained all day and the boats stayed in the harbour until six.', '', 'Author: Sam Ortiz', ''].join('\n');
    expect(loadCorpus(tempCorpus({ 'late.md': late })).documents[0]!.meta.author).toBeNull();
    const nobody = ['# Harbour notes', '', 'Author: Rest of World', '', 'We met at nine.', ''].join('\n');
    expect(loadCorpus(tempCorpus({ 'nobody.md': nobody })).documents[0]!.meta.author).toBeNull();
  });
});
