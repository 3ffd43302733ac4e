/**
 * Profiles, probe60-a: "She says Okafor is the most stubborn person …" after a sentence about
 * Adebayo is Adebayo speaking of Okafor (the pronoun opening a sentence that reports a clause about
 * someone it names is someone before it, and the sentence's subject, so the next "she says" is hers
 * too); a surname two people of the text share ("Kwame and Abena Mensah … Mensah laughs at this, but
 * he does not argue.") is the one of them the sentence's pronoun says, so the "he says" after it is his.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const DIR = join(FIXTURES, 'probe60', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));
const claim = (records: Rec[], line: number, opening: string) => records.find((r) => r.line === line && r.type === 'claim' && r.text.startsWith(opening));

describe('a pronoun reporting a clause about someone it names', () => {
  const records = fixtureCorpus(DIR, ['okafor-kitchen-profile-2023.txt']).records as Rec[];

  it('is the person before that sentence, and the next "she says" is theirs', () => {
    expect(claim(records, 33, 'She says Okafor is the most stubborn')?.speaker).toBe('Funmi Adebayo');
    expect(claim(records, 33, 'Adebayo, a blunt woman')?.speaker).toBe('Tolu Fashola');
    expect(at(records, 35, 'quote')).toMatchObject({ speaker: 'Funmi Adebayo', text: expect.stringMatching(/^She will not change a recipe/) });
    // unchanged around it: the subject, her sister (first name), her head baker, her mother
    expect(at(records, 39, 'quote')?.speaker).toBe('Adaeze Okafor');
    expect(at(records, 25, 'quote')?.speaker).toBe('Nkechi Okafor');
    expect(at(records, 47, 'quote')?.speaker).toBe('Blessing Eze');
    expect(at(records, 51, 'quote')?.speaker).toBe('Grace Okafor');
  });

  it('in other words: a man speaking of another man, past tense', () => {
    const text = [
      'The coach',
      '',
      'By Ruth Pell',
      'March 3, 2021',
      '',
      'Tom Varga has coached the club for twenty years. "I never wanted another job," he said.',
      '',
      'Dev Malik, his assistant since 2015, is a quiet man. He said Varga was the hardest worker in the league.',
      '',
      '"He is here before the groundsman," he said.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'coach-2021.txt': text })).records as Rec[];
    expect(claim(got, 8, 'He said Varga')?.speaker).toBe('Dev Malik');
    expect(at(got, 10, 'quote')?.speaker).toBe('Dev Malik');
    expect(at(got, 6, 'quote')?.speaker).toBe('Tom Varga');
  });
});

describe('a surname two people share', () => {
  const records = fixtureCorpus(DIR, ['mensah-farm-couple-2022.txt']).records as Rec[];

  it('is the one the pronoun after it says', () => {
    expect(at(records, 21, 'quote')).toMatchObject({ speaker: 'Kwame Mensah', text: expect.stringMatching(/^Somebody has to count/) });
    // unchanged: the two alternating
    expect(at(records, 11, 'quote')?.speaker).toBe('Kwame Mensah');
    expect(at(records, 13, 'quote')?.speaker).toBe('Abena Mensah');
    expect(at(records, 17, 'quote')?.speaker).toBe('Abena Mensah');
    expect(at(records, 65, 'quote')?.speaker).toBe('Kwame Mensah');
    expect(at(records, 67, 'quote')?.speaker).toBe('Abena Mensah');
  });

  it('in other words: a brother and a sister, the sister named in full first', () => {
    const text = [
      'The Lindqvist bakery',
      '',
      'Jonas and Maria Lindqvist run the bakery their father opened.',
      '',
      'By Per Holm',
      'June 1, 2019',
      '',
      'Jonas Lindqvist, 52, bakes. "I start at four," he says.',
      '',
      'His sister, Maria Lindqvist, keeps the books. "Somebody has to," she says.',
      '',
      'The shop has stood on the square since 1961. Customers come from three villages.',
      '',
      'The bakery nearly closed in 2009. Nobody wanted to buy it, and the ovens were failing.',
      '',
      'Lindqvist shrugs at the memory, but he does not pretend it was easy.',
      '',
      '"We borrowed from everyone we knew," he says.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'bakery-2019.txt': text })).records as Rec[];
    expect(at(got, 18, 'quote')?.speaker).toBe('Jonas Lindqvist');
    expect(at(got, 8, 'quote')?.speaker).toBe('Jonas Lindqvist');
    expect(at(got, 10, 'quote')?.speaker).toBe('Maria Lindqvist');
  });
});
