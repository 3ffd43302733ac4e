/**
 * Misreads reviewer probe15 found in its news and interviews in German, Danish, Ukrainian, Urdu
 * and Finnish (c3), copied into test/fixtures/probe15/c3, and beside each a text of our own in
 * other words, so each test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const C3 = join(FIXTURES, 'probe15', 'c3');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const find = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.text.includes(words));

describe('paragraph-initial dash quotations closed by ", siger NAME." / ", NAME sanoo." (probe15 finding 25)', () => {
  it('reads the Danish and Finnish fixtures: one quote per dash paragraph, its speaker named by the incise', () => {
    const c = fixtureCorpus(C3);
    const dr = 'dr-kryptosvindel-aarhus';
    const first = find(c, dr, 'Han ringede hver morgen');
    expect(first).toMatchObject({ type: 'quote', speaker: 'Mette Lund' });
    // the quote and its second sentence are one record, the incise is not the speaker's words
    expect(first!.text).toContain('Jeg følte mig så dum');
    expect(first!.text).not.toContain('siger');
    // a word in quotation marks inside the dash line does not break it
    expect(find(c, dr, 'Så vidste jeg det')).toMatchObject({ type: 'quote', speaker: 'Mette Lund' });
    expect(find(c, dr, 'Svindlerne er blevet')).toMatchObject({ type: 'quote', speaker: 'Henrik Dahl' });
    const yle = 'yle-saunayrittaja';
    expect(find(c, yle, 'Se oli virhe')).toMatchObject({ type: 'quote', speaker: 'Aino Virtanen' });
    expect(find(c, yle, 'Vastuu on minun')).toMatchObject({ type: 'quote', speaker: 'Aino Virtanen' });
    expect(find(c, yle, 'Kryptot eivät sovi')).toMatchObject({ type: 'quote', speaker: 'Petri Laakso' });
  });

  it('reads the same shapes in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'da.txt': [
          'Nyheder',
          '',
          'Karen Holm, 44 år og lærer fra Odense, mistede sin opsparing.',
          '',
          '- Det var en fejl. Jeg stolede på ham, fortæller hun.',
          '',
          '- Banken skulle have "stoppet" overførslen, siger advokat Niels Berg.',
          '',
        ].join('\n'),
        'fi.txt': [
          'Uutiset',
          '',
          'Turkulainen leipuri Maria Koskinen avasi kahvilan vuonna 2019.',
          '',
          '– Asiakkaita on ollut enemmän kuin odotin, Koskinen kertoo.',
          '',
          'Kahvila työllistää neljä ihmistä.',
          '',
          '– Ensi vuonna avaamme toisen, hän sanoo.',
          '',
        ].join('\n'),
      }),
    );
    expect(find(c, 'da', 'Det var en fejl')).toMatchObject({ type: 'quote', speaker: 'Karen Holm' });
    expect(find(c, 'da', 'Banken skulle have')).toMatchObject({ type: 'quote', speaker: 'Niels Berg' });
    expect(find(c, 'fi', 'Asiakkaita on ollut')).toMatchObject({ type: 'quote', speaker: 'Maria Koskinen' });
    expect(find(c, 'fi', 'Ensi vuonna')).toMatchObject({ type: 'quote', speaker: 'Maria Koskinen' });
  });

  it('leaves a hyphen list with no speech verb closing its items alone (a bullet, no quotation)', () => {
    const c = loadCorpus(
      tempCorpus({
        'list.txt': ['Notes', '', 'What changed this year:', '', '- Sales rose in every region, helped by the new shop.', '', '- Confirmed the depot will close as part of the plan, announced 3 Mar.', ''].join('\n'),
      }),
    );
    const sales = find(c, 'list', 'Sales rose');
    expect(sales).toMatchObject({ type: 'claim', speaker: null });
    expect(sales!.text.startsWith('Sales')).toBe(true);
    // a note's verb with a date after it names no speaker: the bullet stays a claim
    expect(find(c, 'list', 'depot will close')).toMatchObject({ type: 'claim' });
  });
});
