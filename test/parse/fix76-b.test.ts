/**
 * News attribution, fix76-b: a source named with the institution described before its name
 * ("Analyst Beatriz Montes of Santiago-based brokerage Valor said …") is that person, never the
 * byline; a lone surname the story never gives a first name to, but credits a quotation to
 * ("“…,” Smith said."), is that person in a claim too ("Smith said the system would …"); a question
 * read out under its sender ("From a resident of Mill Row: “…?”") is that described sender's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const DIR = join(FIXTURES, 'fix76', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a source of a described institution', () => {
  const records = fixtureCorpus(DIR, ['wire-copper-mine-2025.txt']).records as Rec[];

  it('credits the analyst, never the byline', () => {
    expect(at(records, 11, 'claim')?.speaker).toBe('Beatriz Montes');
    expect(at(records, 13, 'quote')?.speaker).toBe('Beatriz Montes');
    expect(at(records, 7, 'quote')?.speaker).toBe('Ramon Fuentes');
  });

  it('in other words', () => {
    const text = [
      'Rates hold',
      '',
      'By Owen Tarr',
      'May 2, 2024',
      '',
      'Ana Ruiz at the asset manager Norvik said rates would stay on hold until autumn.',
      '',
      'Jon Pell of London-based consultancy Greyfield said the decision had been expected.',
      '',
      'The bank said its forecasts were unchanged.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'rates-2024.txt': text })).records as Rec[];
    expect(at(got, 6, 'claim')?.speaker).toBe('Ana Ruiz');
    expect(at(got, 8, 'claim')?.speaker).toBe('Jon Pell');
  });
});

describe('a surname the story never gives a first name', () => {
  const records = fixtureCorpus(DIR, ['hauliers-port-delays-2024.txt']).records as Rec[];

  it('is the speaker of its claim as of its quotation, never the byline', () => {
    expect(at(records, 18, 'claim')).toMatchObject({ speaker: 'Smith', text: expect.stringMatching(/^Smith said the system/) });
    expect(at(records, 18, 'quote')?.speaker).toBe('Smith');
    // fix77-b: a place speaking of itself as "its" is that body speaking ("Dover said its own checks …"), not the byline
    expect(at(records, 10, 'claim')?.speaker).toBe('Dover');
    expect(at(records, 14, 'quote')?.speaker).toBe('Tomasz Kowal');
  });

  it('in other words: the quotation first, the verb before the name', () => {
    const text = [
      'Mill to close',
      '',
      'By Dana Hurst',
      'June 9, 2023',
      '',
      '"We did everything we could," said Okonkwo.',
      '',
      'Okonkwo said the mill would shut in March.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'mill-2023.txt': text })).records as Rec[];
    expect(at(got, 6, 'quote')?.speaker).toBe('Okonkwo');
    expect(at(got, 8, 'claim')?.speaker).toBe('Okonkwo');
  });
});

describe("a question read out under its described sender", () => {
  const records = fixtureCorpus(DIR, ['council-pool-questions-2023.txt']).records as Rec[];

  it('is the sender\'s, as "asked NAME" after the question is the name\'s', () => {
    expect(at(records, 8, 'quote')).toMatchObject({ speaker: 'a resident of Mill Row', text: expect.stringMatching(/^Who decided/) });
    expect(at(records, 16, 'quote')?.speaker).toBe('a parent at Elm Primary School');
    expect(at(records, 12, 'quote')?.speaker).toBe('Ruth Abara');
    expect(at(records, 18, 'quote')?.speaker).toBe('Jane Whitby');
  });
});
