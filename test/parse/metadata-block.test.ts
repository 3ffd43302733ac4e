/**
 * A metadata block opening the file, MultiMarkdown's way and as note apps and CMS exports write their
 * header: "Title: …" / "Author: …" / "Date: …" up to the first blank line. Before, only the date was
 * read: the title came from the file name, the author was unknown, and a long title's line and the
 * author's line were claims of the article.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a metadata block opening the file', () => {
  it('titles, signs and dates a CMS export, its fields no claims', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['cms-export-okafor.txt']);
    const doc = c.documents.find((d) => d.id === 'cms-export-okafor')!;
    expect(doc.meta).toMatchObject({ title: 'Chidi Okafor on building payments for the next billion', author: 'Leah Moreno', date: '2022-08-14', year: 2022 });
    const records = c.records.filter((r) => r.doc === 'cms-export-okafor');
    expect(records.filter((r) => r.line <= 3)).toEqual([]);
    // The writer narrates the article's own sentences; the quotations stay their speakers'.
    expect(records.map((r) => [r.line, r.type, r.speaker])).toEqual([
      [5, 'claim', 'Leah Moreno'],
      [6, 'quote', 'Chidi Okafor'],
      [7, 'claim', 'Leah Moreno'],
      [8, 'quote', 'Funmi Adeyemi'],
      [9, 'claim', 'Leah Moreno'],
    ]);
  });

  it('in other words: lower-case keys, a wrapped value, a key the block repeats', () => {
    const text = [
      'title: Night trains are back, and so is the sleeper',
      '  car on the Vienna line',
      'author: Pieter de Wit',
      'tags: rail, europe',
      'tags: travel',
      'date: 3 March 2023',
      '',
      'The first sleeper left Amsterdam at 20:02 on a Sunday in 2021.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'night-trains.md': text }));
    expect(c.documents[0]!.meta).toMatchObject({ title: 'Night trains are back, and so is the sleeper car on the Vienna line', author: 'Pieter de Wit', date: '2023-03-03' });
    expect(c.records.map((r) => [r.line, r.type, r.speaker])).toEqual([[8, 'claim', 'Pieter de Wit']]);
  });

  it('leaves a transcript whose first lines are labels, and a block with a key it does not know, as they were read', () => {
    const labels = ['HOST: Welcome back to the show.', 'GUEST: Thanks for having me.', '', 'HOST: Where did it start?', 'GUEST: In Leeds, in 2014.', ''].join('\n');
    const c = loadCorpus(tempCorpus({ 'show.txt': labels }));
    expect(c.documents[0]!.meta.title).toBe('show');
    expect(c.records.some((r) => r.speaker === 'Guest' && r.text === 'In Leeds, in 2014.')).toBe(true);
    const mixed = ['Title: Harbour notes', 'Weather: rain all day', '', 'We met the harbour master at nine.', ''].join('\n');
    const m = loadCorpus(tempCorpus({ 'notes.txt': mixed }));
    expect(m.documents[0]!.meta.inferred.title ?? '').not.toContain('metadata block');
  });
});
