/**
 * News attribution as Nigerian, Indian, Kenyan and Philippine copy writes it (probe40-b):
 * - an inverted "said" that opens a reported clause ("…, said the panel would summon the
 *   contractor, NAME, …") names no speaker after it: the subject before the verb spoke;
 * - "countered that", "alleged that" report as "said that" does;
 * - a long opening participle phrase ("Speaking to journalists after …, NAME said …");
 * - "said the Federal Government had …", "said the rehabilitation of the line's coaches would …";
 * - a relative clause's object ("NAME, who was represented by ROLE, Mrs. OTHER, said") is not who spoke;
 * - forms of address ("Dr", "Engr.", "Comrade", "Alhaji", "Undersecretary") are no part of the name;
 * - "the Minister of Power, Alhaji NAME": a later "the minister" (and "he") is that person;
 * - "BY NAME" in capitals and "By Name, City" are bylines, so the narration is the writer's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe40', 'b');
const at = (c: ReturnType<typeof loadCorpus>, doc: string, line: number, type = 'claim') =>
  c.records.filter((r) => r.doc === doc && r.line === line && r.type === type).map((r) => r.speaker);

describe('news attribution (probe40-b fixtures)', () => {
  const c = fixtureCorpus(DIR);

  it('reads the subject, not a name inside the reported clause, and the verbs that need "that"', () => {
    expect(at(c, 'philippines-senate-hearing-2019', 25)).toEqual(['Teresita Lacson-Uy']);
    expect(at(c, 'ap-same-surname-court-2021', 20)).toEqual(['Dwight Okafor']);
    expect(at(c, 'nigeria-ceo-media-aide-2020', 25)).toEqual(['Tunde Bakare']);
  });

  it('reads past a long opening phrase, a capitalised body and an "of" phrase', () => {
    expect(at(c, 'india-minister-press-meet-2022', 7)).toEqual(['Prakash Deshmukh']);
    expect(at(c, 'nigeria-ceo-media-aide-2020', 15)).toEqual(['Musa Danladi']);
    expect(at(c, 'philippines-senate-hearing-2019', 9)).toEqual(['Celeste Aguinaldo']);
    // "Danladi, who was represented by the Permanent Secretary, Mrs. Ngozi Eze, said …": Danladi's.
    expect(at(c, 'nigeria-ceo-media-aide-2020', 19)).toEqual(['Musa Danladi']);
    // "The company's Managing Director, Engr. NAME, who spoke through his media aide, Mr. OTHER, said …": one sentence, NAME's.
    expect(at(c, 'nigeria-ceo-media-aide-2020', 9)).toEqual(['Adewale Ogunleye']);
    expect(c.records.find((r) => r.doc === 'nigeria-ceo-media-aide-2020' && r.line === 9)!.text).toMatch(/^The company's Managing Director, Engr\. Adewale Ogunleye, who spoke/);
  });

  it('gives one canonical name whatever title is written before it', () => {
    const speakers = (doc: string) => new Set(c.records.filter((r) => r.doc === doc).map((r) => r.speaker));
    expect(speakers('philippines-senate-hearing-2019')).toContain('Celeste Aguinaldo');
    expect([...speakers('philippines-senate-hearing-2019')].filter((s) => s?.includes('Aguinaldo'))).toEqual(['Celeste Aguinaldo']);
    expect([...speakers('kenya-colon-attribution-2024')].filter((s) => s?.includes('Mutua'))).toEqual(['Samuel Mutua']);
    expect([...speakers('nigeria-ceo-media-aide-2020')].filter((s) => s?.includes('Bakare'))).toEqual(['Tunde Bakare']);
    expect(at(c, 'philippines-senate-hearing-2019', 11, 'quote')).toEqual(['Celeste Aguinaldo']);
  });

  it('resolves "the minister" and the "he" after it to the person named with that role', () => {
    expect(at(c, 'india-minister-press-meet-2022', 9)).toEqual(['Prakash Deshmukh', 'Prakash Deshmukh']);
    expect(at(c, 'nigeria-ceo-media-aide-2020', 17, 'quote')).toEqual(['Musa Danladi']);
  });

  it('reads a byline in capitals and one naming the city', () => {
    const author = (doc: string) => c.documents.find((d) => d.id === doc)!.meta.author;
    expect(author('kenya-colon-attribution-2024')).toBe('Brian Kiprotich');
    expect(author('nigeria-ceo-media-aide-2020')).toBe('Chinedu Okonkwo');
    expect(at(c, 'kenya-colon-attribution-2024', 7)).toEqual(['Brian Kiprotich']);
  });
});

describe('in other words: a Lagos port story', () => {
  const text = [
    'Port congestion: Shippers demand action as backlog hits 40 days',
    '',
    'BY ADAOBI NWANKWO-ELEBE',
    '',
    'Friday, 14 June 2019',
    '',
    'Importers in Lagos on Thursday said the backlog of containers at Apapa had grown to 40 days.',
    '',
    'The Managing Director of the Lagos Port Terminal, Engr. Kunle Badmus, who spoke through his special assistant, Mr. Tayo Ajayi, said the terminal had cleared 9,000 boxes in May.',
    '',
    "Addressing a stakeholders' meeting at the Eko Hotel on the traffic gridlock along the Apapa corridor, Badmus said the terminal had ordered six new cranes.",
    '',
    'Speaking at the meeting, the Minister of Transportation, Alhaji Sani Bello, said the Federal Government would open a truck park in Orile by August.',
    '',
    'According to the minister, "Nobody will park on the bridges again."',
    '',
    'Bello, who was represented by the Director of Maritime Services, Mrs. Funmi Adeyemi, said the second lane of the bridge would reopen in July.',
    '',
    'The President of the Shippers Council, Chief Emeka Obi, countered that similar promises were made in 2017.',
    '',
    'Obi alleged that officials were collecting bribes from truck drivers.',
    '',
    'Rep. Aurora Santos-Reyes, who heads the House panel, said the panel would invite the operator, Pacific Gateway Holdings, at its next sitting.',
    '',
    'Deputy Commissioner Dr Lwazi Ndlovu said the proposal would be tabled in July.',
    '',
    'BY THE NUMBERS',
    '',
    '12 — terminals run by the authority since 2011',
    '',
  ].join('\n');
  const c = loadCorpus(tempCorpus({ 'lagos.txt': text }));

  it('reads each attribution as the same rules do', () => {
    const rows = c.records.map((r) => [r.line, r.type, r.speaker]);
    expect(rows).toEqual([
      // ("Importers in Lagos … said …": unnamed people a plural describes are nobody, as "Officials said"; fix66-a)
      [7, 'claim', null],
      [9, 'claim', 'Kunle Badmus'],
      [11, 'claim', 'Kunle Badmus'],
      [13, 'claim', 'Sani Bello'],
      [15, 'quote', 'Sani Bello'],
      [17, 'claim', 'Sani Bello'],
      [19, 'claim', 'Emeka Obi'],
      [21, 'claim', 'Emeka Obi'],
      [23, 'claim', 'Aurora Santos-Reyes'],
      [25, 'claim', 'Lwazi Ndlovu'],
      // The box's heading in capitals is no byline: its line is the writer's, as the story's are.
      [29, 'claim', 'Adaobi Nwankwo-Elebe'],
    ]);
    expect(c.documents[0]!.meta.author).toBe('Adaobi Nwankwo-Elebe');
    expect(c.records.find((r) => r.type === 'quote')!.text).toBe('Nobody will park on the bridges again.');
  });
});
