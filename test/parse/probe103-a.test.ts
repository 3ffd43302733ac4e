/**
 * Publishing and literary documents, probe103-a: an oral history whose voices are set in bold with
 * their part in lower case ("**Brenda Kerr, co-founder:**"); a prize ceremony's transcript whose
 * acceptance speech stands under its part in capitals and the winner's name ("ACCEPTANCE SPEECH" /
 * "Niamh Carrick"), the header crediting the jury's chair who reads the citation.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; section?: string | null };
const DIR = join(FIXTURES, 'probe103', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('an oral history\'s voices in bold, "**Brenda Kerr, co-founder:**", the part in lower case', () => {
  const records = fixtureCorpus(DIR, ['oral-history.txt']).records as Rec[];

  it('gives each first turn to the name before its part, the label no words of it', () => {
    expect(at(records, 7)).toMatchObject({ type: 'quote', speaker: 'Brenda Kerr', text: expect.stringMatching(/^We started it in my kitchen/) });
    expect(at(records, 9)).toMatchObject({ type: 'quote', speaker: 'Alec Forsyth', text: expect.stringMatching(/^Brenda says half a ton/) });
    expect(records.some((r) => /co-founder:/.test(r.text))).toBe(false);
  });

  it('ends the turn above at the next voice: the poet, the editor and the shop manager speak for themselves', () => {
    expect(at(records, 11)).toMatchObject({ speaker: 'Brenda Kerr', endLine: 11 });
    expect(at(records, 15)).toMatchObject({ type: 'quote', speaker: 'Sorley Macrae' });
    expect(at(records, 17)).toMatchObject({ type: 'quote', speaker: 'Ishbel Grant', text: expect.stringMatching(/^I came to Gannet in 1991/) });
    expect(at(records, 23)).toMatchObject({ type: 'quote', speaker: 'Farah Siddiqui', text: expect.stringMatching(/^The shop came out of the press/) });
  });

  it('in other words: a bookshop\'s history, a part with its years and one of three words', () => {
    const dir = tempCorpus({
      'shop.txt': [
        'Night Trains: An Oral History of the Kestrel Bookshop',
        '',
        'The shop opened in 1972 above a launderette and closed in 2015.',
        '',
        '**Joan Petty, founder:** I had four hundred books and a kettle.',
        '',
        '**Dev Anand, bookseller, 1980–1994:** Joan hired me because I could carry boxes.',
        '',
        '**Maria Lund, customer and later owner:** I came in for a map and stayed thirty years.',
        '',
        '**Joan Petty:** We never had a till. We had a biscuit tin.',
        '',
        '**Dev Anand:** The tin was stolen twice.',
        '',
        '**Maria Lund:** When Joan retired she sold it to me for a pound.',
        '',
      ].join('\n'),
    });
    const recs = loadCorpus(dir).records as Rec[];
    expect(at(recs, 5)).toMatchObject({ type: 'quote', speaker: 'Joan Petty', text: 'I had four hundred books and a kettle.' });
    expect(at(recs, 7)).toMatchObject({ type: 'quote', speaker: 'Dev Anand' });
    expect(at(recs, 9)).toMatchObject({ type: 'quote', speaker: 'Maria Lund', text: 'I came in for a map and stayed thirty years.' });
  });
});
