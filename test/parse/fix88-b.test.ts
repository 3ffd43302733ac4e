/**
 * News attribution, fix88-b: a sentence crediting its source ("According to NAME, …", "…, according
 * to NAME.") makes that person one a later "he"/"she" means, so "He warned that … “…” and that …" is
 * the source's partial quote, not the byline's claim; in an obituary or profile, "In her memoir (2009),
 * she wrote: “…”" is the subject's own writing (not the last woman named), dated by the work's year.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string; year: number | null };
const at = (records: Rec[], doc: string, line: number, type?: string) => records.find((r) => r.doc === doc && r.line === line && (!type || r.type === type));

describe('a pronoun after "according to NAME" and a partial quotation', () => {
  const probe = fixtureCorpus(join(FIXTURES, 'probe88', 'b'), ['trade.txt']).records as Rec[];
  const mine = fixtureCorpus(join(FIXTURES, 'fix88', 'b'), ['haulage.txt']).records as Rec[];

  it('credits the quoted fragment to the person named as the source', () => {
    expect(at(probe, 'trade', 13, 'quote')).toMatchObject({ speaker: 'Martin Quayle', text: 'are running out of road' });
    expect(at(probe, 'trade', 13, 'claim')?.speaker).toBe('Martin Quayle');
  });

  it('in other words: "cautioned", "predicted", the source at the sentence\'s end', () => {
    expect(at(mine, 'haulage', 11, 'quote')).toMatchObject({ speaker: 'Gareth Lomax', text: 'cannot keep paying agency rates' });
    expect(at(mine, 'haulage', 13, 'quote')).toMatchObject({ speaker: 'Ruth Ainsley', text: 'will have to climb again' });
    // unchanged: the byline's own sentence, and a later quote by surname
    expect(at(mine, 'haulage', 9, 'claim')?.speaker).toBe('Nadia Kerr');
    expect(at(mine, 'haulage', 17, 'quote')?.speaker).toBe('Gareth Lomax');
  });
});

describe('"her memoir … she wrote" in an obituary or profile', () => {
  const probe = fixtureCorpus(join(FIXTURES, 'probe88', 'b'), ['obituary.txt']).records as Rec[];
  const mine = fixtureCorpus(join(FIXTURES, 'fix88', 'b'), ['boatbuilder.txt', 'potter.txt']).records as Rec[];

  it('is the subject\'s, dated by the year in brackets', () => {
    expect(at(probe, 'obituary', 24, 'quote')).toMatchObject({ speaker: 'Eleanor Vance', year: 2009 });
    // unchanged: the niece's own quote just before
    expect(at(probe, 'obituary', 20, 'quote')?.speaker).toBe('Fiona Dunnet');
  });

  it('in other words: a diary and an autobiography, a man and a woman, the year after "in" or in brackets', () => {
    expect(at(mine, 'boatbuilder', 16, 'quote')).toMatchObject({ speaker: 'Walter Pryce', year: 1961 });
    expect(at(mine, 'boatbuilder', 18, 'quote')).toMatchObject({ speaker: 'Walter Pryce', year: 1999 });
    expect(at(mine, 'potter', 12, 'quote')).toMatchObject({ speaker: 'Marguerite Osei', year: 2015 });
    // another man named in the paragraph owns "his book": his words, not the subject's
    expect(at(mine, 'boatbuilder', 20, 'quote')?.speaker).toBe('Owen Rees');
    expect(at(mine, 'boatbuilder', 14, 'quote')?.speaker).toBe('Colin Fry');
  });
});
