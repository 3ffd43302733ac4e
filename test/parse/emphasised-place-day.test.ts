/**
 * A magazine interview's standfirst opening on its place and day in italics ("*Lisbon, 6 October
 * 2023.* Ines Carvalho founded …"): the same dateline as without the italics, which dated the page.
 * Before, the emphasis hid it and every record had no year.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a place and day in emphasis opening the standfirst', () => {
  it('dates the unseen footnoted interview', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['footnoted-interview-carvalho.md']);
    expect(c.documents.find((d) => d.id === 'footnoted-interview-carvalho')!.meta).toMatchObject({ date: '2023-10-06', year: 2023 });
    expect(c.records.filter((r) => r.doc === 'footnoted-interview-carvalho').every((r) => r.year === 2023)).toBe(true);
  });

  it('in other words: in bold, the month first', () => {
    const text = ['# Kopiec at ten', '', '**Krakow, March 11, 2019.** The brewery opened in a bus depot in 2009.', '', '**Why beer?**', '', 'My grandfather brewed it.', ''].join('\n');
    const c = loadCorpus(tempCorpus({ 'kopiec.md': text }));
    expect(c.documents[0]!.meta).toMatchObject({ date: '2019-03-11', year: 2019 });
  });
});
