/**
 * News attribution, probe57-b: English-language wire and local news. A sentence whose subject
 * names its speaker and which ends on ", according to LSEG data." is the speaker's, not the
 * byline's (a source that credits nobody backs a figure, it does not take the sentence over); an
 * organisation's name longer than a person's four words, ended by an organisation's word ("The
 * Nigerian National Petroleum Company Limited (NNPCL), in a statement on Friday, said …") speaks
 * for itself, as a shorter one does.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe57', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('", according to DATA." after a named speaker\'s "said"', () => {
  const records = fixtureCorpus(DIR, ['biz-chipmaker-earnings-2024.txt']).records as Rec[];

  it('credits the one who said it, not the byline', () => {
    expect(at(records, 22, 'claim')).toMatchObject({ speaker: 'Priya Raman', year: 2024 });
    // unchanged: the company, the analysts, the correction
    expect(at(records, 8, 'claim')?.speaker).toBe('the company');
    expect(at(records, 14, 'quote')?.speaker).toBe('Marcus Lindqvist');
    expect(at(records, 14, 'claim')?.speaker).toBe('Marcus Lindqvist');
    expect(at(records, 16, 'claim')?.speaker).toBe('Rebecca Tan');
    expect(at(records, 20, 'quote')?.speaker).toBe('Carl Jennings');
  });

  it('in other words', () => {
    const text = [
      'Harbour traffic falls',
      '',
      'By Ivo Brandt',
      'May 2, 2022',
      '',
      'Port director Elena Markovic said container volumes fell 9% in April, the steepest drop since 2020, according to figures from the port authority.',
      '',
      'Container volumes fell 9% in April, according to port data.',
      '',
      'Volumes will recover by June, according to Elena Markovic.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'harbour-2022.txt': text })).records as Rec[];
    expect(at(got, 6, 'claim')?.speaker).toBe('Elena Markovic');
    expect(at(got, 8, 'claim')?.speaker).toBe('Ivo Brandt');
    expect(at(got, 10, 'claim')?.speaker).toBe('Elena Markovic');
  });
});

describe("an organisation's name of five words or more", () => {
  const records = fixtureCorpus(DIR, ['ng-fuel-subsidy-2023.txt']).records as Rec[];

  it('speaks for itself, its partial quotation too', () => {
    expect(at(records, 20, 'quote')).toMatchObject({ speaker: 'the Nigerian National Petroleum Company Limited', text: 'prevailing market realities.' });
    expect(at(records, 8, 'claim')?.speaker).toBe('Musa Danjuma');
    expect(at(records, 16, 'claim')?.speaker).toBe('Femi Adeyemi');
  });

  it('in other words; a person\'s name stays a person\'s', () => {
    const text = [
      'Rates on hold',
      '',
      'By Ada Obi',
      'June 3, 2023',
      '',
      'Kenya National Power Transmission Company Limited said the outage would last until Sunday.',
      '',
      'The West African Gas Pipeline Company Limited, in a statement, said repairs had begun.',
      '',
      'Mary Anne Wanjiru Kamau said the outage would last until Sunday.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'rates-2023.txt': text })).records as Rec[];
    expect(at(got, 6, 'claim')?.speaker).toMatch(/^Kenya National Power Transmission Company Limited$/i);
    expect(at(got, 8, 'claim')?.speaker).toMatch(/^the West African Gas Pipeline Company Limited$/i);
    expect(at(got, 10, 'claim')?.speaker).toBe('Mary Anne Wanjiru Kamau');
  });
});

describe('a dateline with its clock and time zone under the byline', () => {
  const records = fixtureCorpus(DIR, ['uk-hospital-parking-2022.txt']).records as Rec[];

  it('is the header\'s date, no claim of the writer\'s', () => {
    expect(at(records, 5)).toBeUndefined();
    expect(at(records, 7, 'claim')).toMatchObject({ speaker: 'Oliver Pembridge', year: 2022 });
    expect(at(records, 17, 'quote')?.speaker).toBe('Derek');
  });

  it('in other words', () => {
    const text = (stamp: string) => ['Bus fares frozen', '', 'By Ruth Calder, Transport Editor', '', stamp, '', 'Bus fares in the county will be frozen until April.'].join('\n');
    const got = loadCorpus(tempCorpus({ 'a-2021.txt': text('Posted: 18:05 GMT, 9 March 2021'), 'b-2021.txt': text('Published: 7:15 p.m. EST, March 9, 2021') })).records as Rec[];
    for (const doc of ['a-2021', 'b-2021']) {
      const mine = got.filter((r) => r.doc === doc);
      expect(mine.map((r) => r.line)).toEqual([7]);
      expect(mine[0]).toMatchObject({ speaker: 'Ruth Calder', year: 2021 });
    }
  });
});
