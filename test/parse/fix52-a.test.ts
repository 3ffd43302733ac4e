/**
 * News attribution leftovers of probe40-b (fix52-a):
 * - "X quoted Y as saying that …" / "… as saying: "…"": Y's reported speech and Y's quote, not the writer's;
 * - partial quotes after "termed/branded … [as]" and "accused … of" are the subject's words;
 * - "PLACE MP NAME": the letters before a name are a title ("Soy MP Caleb Rotich" is Caleb Rotich);
 * - "NAME's mum FIRSTNAME …" and the "she said" after it are the relative's, not the owner's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Corpus = ReturnType<typeof loadCorpus>;
const rows = (c: Corpus, doc: string, line: number) =>
  c.records.filter((r) => r.doc === doc && r.line === line).map((r) => ({ type: r.type, speaker: r.speaker, text: r.text }));

describe('news attribution leftovers (fix52/a fixture and probe40-b)', () => {
  const c = fixtureCorpus(join(FIXTURES, 'fix52', 'a'));
  const doc = 'wire-port-levy-2024';

  it('credits "quoted Y as saying" to Y', () => {
    expect(rows(c, doc, 7)).toEqual([{ type: 'claim', speaker: 'the minister', text: 'Reuters quoted the minister as saying that the levy would fund dredging at the eastern berths.' }]);
    expect(rows(c, doc, 9)).toEqual([{ type: 'quote', speaker: 'Tunde Bamidele', text: 'We have not fixed a rate and we will consult the shippers first.' }]);
  });

  it('reads partial quotes after "accused … of" and "termed …" as the subject\'s', () => {
    expect(rows(c, doc, 11)).toEqual([{ type: 'quote', speaker: 'Kemi Adeyemi', text: 'taxing the same box twice' }]);
    expect(rows(c, doc, 13)).toEqual([{ type: 'quote', speaker: 'Femi Oduya', text: 'a disaster for small traders.' }]);
  });

  it('gives the relative named after a possessive her own words', () => {
    expect(rows(c, doc, 19)).toEqual([{ type: 'quote', speaker: 'Grace', text: 'would never leave the port' }]);
    expect(rows(c, doc, 21)).toEqual([{ type: 'quote', speaker: 'Grace', text: 'It is our living' }]);
  });

  it('fixes the probe40-b leftovers', () => {
    const p = fixtureCorpus(join(FIXTURES, 'probe40', 'b'));
    const sp = (d: string, line: number, type: string) => p.records.filter((r) => r.doc === d && r.line === line && r.type === type).map((r) => r.speaker);
    expect(sp('nigeria-ceo-media-aide-2020', 31, 'claim')).toEqual(['a NERC official']);
    expect(sp('philippines-senate-hearing-2019', 31, 'claim')).toEqual(['Celeste Aguinaldo']);
    expect(sp('india-minister-press-meet-2022', 17, 'quote')).toEqual(['Imtiaz Shaikh']);
    expect(sp('kenya-colon-attribution-2024', 25, 'quote')).toEqual(['Caleb Rotich']);
    expect(sp('tabloid-star-split-2018', 27, 'quote')).toEqual(['Pauline']);
    expect(sp('tabloid-star-split-2018', 29, 'quote')).toEqual(['Pauline']);
  });
});

describe('the same in other words', () => {
  const c = loadCorpus(tempCorpus({
    'mill-closure-2022.txt': [
      'Paper mill to close in autumn',
      '',
      'By Oskar Lindqvist',
      '',
      'The Courier quoted plant manager Ruth Ellery as telling staff that 240 jobs would go by October.',
      '',
      'A regional radio station quoted Ellery as saying "We fought for this mill for eleven years."',
      '',
      'Councillor Ivan Petrosyan branded the decision as "a betrayal of the whole valley".',
      '',
      'Kendal MP Nadia Farrow accused the owners of "walking away from their own promises".',
      '',
      "Marco's dad Luigi, 71, who worked at the mill for forty years, told the Courier that he \"never expected to see the gates shut\".",
      '',
      '"Three generations of us made paper here," he said at the time.',
    ].join('\n'),
  }));
  const doc = 'mill-closure-2022';

  it('reads each attribution by its wording', () => {
    expect(rows(c, doc, 5)).toEqual([{ type: 'claim', speaker: 'Ruth Ellery', text: 'The Courier quoted plant manager Ruth Ellery as telling staff that 240 jobs would go by October.' }]);
    expect(rows(c, doc, 7)).toEqual([{ type: 'quote', speaker: 'Ruth Ellery', text: 'We fought for this mill for eleven years.' }]);
    expect(rows(c, doc, 9)).toEqual([{ type: 'quote', speaker: 'Ivan Petrosyan', text: 'a betrayal of the whole valley' }]);
    expect(rows(c, doc, 11)).toEqual([{ type: 'quote', speaker: 'Nadia Farrow', text: 'walking away from their own promises' }]);
    expect(rows(c, doc, 13)).toEqual([{ type: 'quote', speaker: 'Luigi', text: 'never expected to see the gates shut' }]);
    expect(rows(c, doc, 15)).toEqual([{ type: 'quote', speaker: 'Luigi', text: 'Three generations of us made paper here' }]);
  });
});
