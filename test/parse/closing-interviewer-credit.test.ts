/**
 * A printed interview that names who asked only in its closing credit ("*Ana Ruiz was speaking to
 * Tom Keller.*"): the questions were nobody's. The credit's second name asks every question; a
 * credit naming no full name ("She spoke to reporters.") names no one.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("an interview's closing credit", () => {
  it('names who asked', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['fennel-pay-md-interview.md']);
    const qa = c.records.filter((r) => r.doc === 'fennel-pay-md-interview' && r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [7, 'Ana Ruiz', 'Tom Keller'],
      [13, 'Ana Ruiz', 'Tom Keller'],
      [23, 'Ana Ruiz', 'Tom Keller'],
      [27, 'Ana Ruiz', 'Tom Keller'],
    ]);
  });

  it('reads the shape in other words', () => {
    const body = (credit: string) =>
      ['Harbour lights: ten minutes with Olu Bello', '', 'Olu Bello has kept the Nab Point lighthouse since 2009.', '',
        'Q. Do you ever sleep?', '', 'In short shifts. Four hours, then the lamp check, then four more.', '',
        'Q. What changed when the lamp went electric in 2016?', '', 'Less oil on my hands, more paperwork on my desk.', '', credit, ''].join('\n');
    const c = loadCorpus(tempCorpus({
      'keeper.txt': body('Olu Bello spoke to Mara Quinn for The Ledger.'),
      'keeper-2.txt': body('She spoke to reporters.'),
    }));
    const askers = (doc: string) => c.records.filter((r) => r.doc === doc && r.type === 'qa').map((r) => [r.speaker, r.asker]);
    expect(askers('keeper')).toEqual([['Olu Bello', 'Mara Quinn'], ['Olu Bello', 'Mara Quinn']]);
    expect(askers('keeper-2').map(([, asker]) => asker)).toEqual([null, null]);
  });
});
