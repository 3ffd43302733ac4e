/**
 * fix75-b: a quotation credited to a capitalised word that names no person ('“…,” Police said.',
 * 'Government said', 'Officials said') is read as its lowercase would be ("the police", "the
 * government"; officials undescribed, nobody); a surname crediting a quotation on its first mention
 * ('“…,” Okafor said.' above 'Adaeze Okafor, a nurse …') is the full name the text gives later; a
 * clerk's written question 'From NAME[, place]: “…?”' is asked by its sender, not the clerk.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; text: string };
const DIR = join(FIXTURES, 'fix75', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a capitalised word that names no person, crediting a quotation', () => {
  const records = fixtureCorpus(DIR, ['ferry-terminal-collision-2024.md']).records as Rec[];

  it('reads "Police said" as "the police said", "Government", "Management" as bodies, and credits no one for "Officials"', () => {
    expect(at(records, 9, 'quote')?.speaker).toBe('the police');
    expect(at(records, 11, 'quote')?.speaker).toBe('the police');
    expect(at(records, 13, 'quote')?.speaker).toBe('the government');
    expect(at(records, 15, 'quote')?.speaker).toBe('the management');
    expect(at(records, 17, 'quote')?.speaker).toBeNull();
  });

  it('in other words', () => {
    const text = [
      'Bridge closed after crash',
      '',
      'By Nils Ekberg',
      'May 2, 2023',
      '',
      'A lorry hit the railing of the Steyning bridge late on Monday.',
      '',
      '"The driver was taken to hospital as a precaution," Police said.',
      '',
      '"Repairs to the railing will start next month," Government said on Tuesday.',
      '',
      '"We have asked the haulier for its logs," Regulators said.',
      '',
    ].join('\n');
    const corpus = loadCorpus(tempCorpus({ 'bridge.md': text }));
    const recs = corpus.records as Rec[];
    expect(at(recs, 8, 'quote')?.speaker).toBe('the police');
    expect(at(recs, 10, 'quote')?.speaker).toBe('the government');
    expect(at(recs, 12, 'quote')?.speaker).toBeNull();
  });
});

describe('a surname crediting a quotation on its first mention', () => {
  const records = fixtureCorpus(DIR, ['ferry-terminal-collision-2024.md']).records as Rec[];

  it('is the full name the text gives after it', () => {
    expect(at(records, 19, 'quote')?.speaker).toBe('Adaeze Okafor');
    expect(at(records, 23, 'quote')?.speaker).toBe('Adaeze Okafor');
    expect(at(records, 25, 'quote')?.speaker).toBe('Berit Lindqvist');
  });

  it('in other words, and a name the text never gives in full stays as written', () => {
    const text = [
      'Orchard reopens',
      '',
      'By Ruth Calloway',
      'June 9, 2022',
      '',
      '"We lost half the trees in the storm," Brannigan said.',
      '',
      'Declan Brannigan has farmed the orchard since 1994.',
      '',
      '"The cider will be late this year," Mercer said.',
      '',
      'Halloran objected. "The storm was not the only cause," she said.',
      '',
      'Ines Halloran runs the cider press in the next village.',
      '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'orchard.md': text })).records as Rec[];
    expect(at(recs, 6, 'quote')?.speaker).toBe('Declan Brannigan');
    expect(at(recs, 10, 'quote')?.speaker).toBe('Mercer');
    // "X objected. “…,” she said.": the reaction's surname, in full too
    expect(at(recs, 12, 'quote')?.speaker).toBe('Ines Halloran');
  });
});

describe("a clerk's written question from a named sender", () => {
  it('is asked by the sender, with or without where they live', () => {
    const records = fixtureCorpus(DIR, ['parish-meeting-footpaths-2022.md']).records as Rec[];
    expect(at(records, 19, 'qa')).toMatchObject({ speaker: 'Samir Qadri', asker: 'Gerald Pim' });
    expect(at(records, 23, 'qa')).toMatchObject({ speaker: 'Samir Qadri', asker: 'Rosa Hendry' });
    // unchanged: a sender the clerk does not name leaves the clerk reading it
    expect(at(records, 27, 'qa')).toMatchObject({ speaker: 'Owen Tranter', asker: 'Yvonne Slater' });
  });

  it('in the town hall of probe60-b', () => {
    const records = fixtureCorpus(join(FIXTURES, 'probe60', 'b'), ['town-hall-water-rates-2021.md']).records as Rec[];
    expect(at(records, 77, 'qa')).toMatchObject({ speaker: 'Raymond Oduya', asker: 'Marion Fitch' });
  });

  it('in other words', () => {
    const text = [
      '# Eastleigh Ward Forum',
      '',
      '*Transcript of the ward forum held at Eastleigh Library, March 3, 2020.*',
      '',
      '**CHAIR (Helen Gage):** Good evening. Our housing officer will take questions.',
      '',
      '**MS. ORMEROD:** Thank you. The new flats on Dane Street will open in the autumn.',
      '',
      '*Questions posted in advance, read out by the secretary:*',
      '',
      '**SECRETARY (Tom Avery):** From Priti Shah, Dane Street: "Will there be parking for the new flats?"',
      '',
      '**MS. ORMEROD:** Twenty spaces, and a bay for deliveries.',
      '',
      '**SECRETARY (Tom Avery):** From Colm Ward: "When does the lift in Block C get fixed?"',
      '',
      '**MS. ORMEROD:** The engineer is booked for the ninth.',
      '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'forum.md': text })).records as Rec[];
    const qa = recs.filter((r) => r.type === 'qa');
    expect(qa.find((r) => r.line === 11)?.asker).toBe('Priti Shah');
    expect(qa.find((r) => r.line === 15)?.asker).toBe('Colm Ward');
  });
});
