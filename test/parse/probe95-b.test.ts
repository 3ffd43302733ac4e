/**
 * World English-language news house styles, probe95-b: a Nigerian daily's '"…," he averred.' and a
 * Kenyan paper's '"…?" Prof Oduya posed.' (a quote closed by any past tense after its subject); a
 * Pakistani paper's "Finance Minister Muhammad Qasim Durrani", a title before a three-part name.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe95', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a quotation closed by a subject and any past tense: "…," he averred.', () => {
  it('gives the Nigerian daily\'s "he averred" to the minister just quoted', () => {
    const records = fixtureCorpus(DIR, ['nigeria-punch.txt']).records as Rec[];
    expect(at(records, 14)).toMatchObject({ type: 'quote', speaker: 'Tunde Alaba-Ogundipe', text: expect.stringMatching(/^Nobody wants our children at home again/) });
  });

  it('gives the Kenyan paper\'s "Prof Oduya posed." to the senator it names', () => {
    const records = fixtureCorpus(DIR, ['kenya-nation.txt']).records as Rec[];
    expect(at(records, 23)).toMatchObject({ type: 'quote', speaker: 'Tom Oduya', text: expect.stringMatching(/^Why were some counties left out\?/) });
  });

  it('in other words: "she fumed", "Chief Okoro thundered" frame; "she looked relieved" does not', () => {
    const doc = [
      'Traders protest new market levy',
      '',
      'Mrs Ngozi Eze, a trader at the Ariaria market, said the levy was unfair.',
      '',
      '"We pay for everything and get nothing in return," she fumed.',
      '',
      'The chairman of the market union, Chief Emeka Okoro, said the union would meet the council.',
      '',
      '"Nobody consulted us before the levy was announced," Chief Okoro thundered.',
      '',
      '"That is the end of it," she looked relieved.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'levy.txt': doc })).records as Rec[];
    expect(at(got, 5)).toMatchObject({ type: 'quote', speaker: 'Ngozi Eze' });
    expect(at(got, 9)).toMatchObject({ type: 'quote', speaker: 'Emeka Okoro' });
    expect(at(got, 11)?.speaker).not.toBe('Ngozi Eze');
  });
});

describe('a title before a three-part name: "Finance Minister Muhammad Qasim Durrani"', () => {
  const records = fixtureCorpus(DIR, ['pakistan-dawn.txt']).records as Rec[];

  it('names the minister in full, and "Mr Durrani" is the same man', () => {
    expect(records.some((r) => r.speaker === 'Muhammad Qasim' || r.speaker === 'Durrani')).toBe(false);
    expect(at(records, 10)).toMatchObject({ type: 'quote', speaker: 'Muhammad Qasim Durrani' });
    expect(at(records, 14)).toMatchObject({ type: 'claim', speaker: 'Muhammad Qasim Durrani' });
    expect(at(records, 16)).toMatchObject({ type: 'quote', speaker: 'Muhammad Qasim Durrani' });
  });

  it('in other words: "Foreign Secretary Maria Luisa Santos" and the "she said" after her', () => {
    const doc = ['Talks resume', '', 'Foreign Secretary Maria Luisa Santos said the talks would resume in May.', '', '"We are ready to listen," she said.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'talks.txt': doc })).records as Rec[];
    expect(at(got, 3)?.speaker).toBe('Maria Luisa Santos');
    expect(at(got, 5)).toMatchObject({ type: 'quote', speaker: 'Maria Luisa Santos' });
  });
});
