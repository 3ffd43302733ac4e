/**
 * Closed captions of a hearing, ">>" marking each change of voice, most turns labelled: the chair's
 * unlabelled welcome ends on whom it addresses ("CHAIRMAN BEHNAM, THANK YOU FOR BEING HERE."), and
 * the unlabelled turn after it ("THANK YOU, MR. CHAIRMAN.") was nobody's. It is the reply of the
 * person addressed, whom a later label names ("CHAIRMAN BEHNAM: …").
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('an anonymous caption turn after one addressing a labelled voice', () => {
  it("is the addressed person's reply", () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['senate-hearing-captions.txt']);
    const recs = c.records.filter((r) => r.doc === 'senate-hearing-captions');
    expect(recs.slice(0, 3).map((r) => [r.line, r.type, r.speaker])).toEqual([
      [4, 'quote', null],
      [5, 'quote', 'Chairman Behnam'],
      [6, 'qa', 'Chairman Behnam'],
    ]);
  });

  it('reads the shape in other words, and a vocative naming no label gives no one', () => {
    const doc = (address: string) =>
      [
        'City council budget session, captions', '',
        `>> WE ARE BACK IN SESSION. ${address} THE FLOOR IS YOURS.`,
        '>> THANK YOU. THE DEFICIT IS 12 MILLION DOLLARS THIS YEAR.',
        '>> COUNCILMEMBER DIAZ: HOW DID IT GROW SO FAST?',
        '>> BUDGET DIRECTOR OKAFOR: PENSION COSTS ROSE 9% IN 2023.',
      ].join('\n');
    const c = loadCorpus(tempCorpus({ 'named.txt': doc('BUDGET DIRECTOR OKAFOR,'), 'unnamed.txt': doc('DIRECTOR,') }));
    const second = (d: string) => c.records.find((r) => r.doc === d && r.line === 4)?.speaker;
    expect(second('named')).toBe('Budget Director Okafor');
    expect(second('unnamed')).toBeNull();
  });
});
