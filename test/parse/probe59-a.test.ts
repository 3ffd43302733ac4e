/**
 * Pasted clippings, probe59-a: several articles pasted one after another into one .txt, each with its
 * own headline, byline (or none) and day (a line of its own, or the first paragraph's dateline),
 * a rule or nothing between them. Each article's records take its own day and its own byline.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';
import { loadCorpus } from '../../src/load/load.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe59', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('clippings pasted into one file', () => {
  it('dates and credits each article by its own header, over "-----" rules', () => {
    const records = fixtureCorpus(DIR, ['harbour-clippings-2021.txt']).records as Rec[];
    expect(at(records, 6, 'claim')).toMatchObject({ speaker: 'Tom Reyes', year: 2021 });
    expect(at(records, 19, 'claim')).toMatchObject({ speaker: 'Anna Petrov', year: 2021 });
    // the last article's "By Lena Marsh / April 12, 2022": byline and day on one line; its headline is no claim
    expect(at(records, 27)).toBeUndefined();
    expect(at(records, 32, 'claim')).toMatchObject({ speaker: 'the board', year: 2022 });
    expect(at(records, 34, 'claim')).toMatchObject({ speaker: 'Lena Marsh', year: 2022 });
    expect(at(records, 36, 'quote')).toMatchObject({ speaker: 'Petra Halden', year: 2022 });
  });

  it('with nothing between the articles', () => {
    const records = fixtureCorpus(DIR, ['transit-clippings-2020.txt']).records as Rec[];
    expect(at(records, 10, 'claim')).toMatchObject({ speaker: 'Julia Brandt', year: 2020 });
    expect(at(records, 16, 'claim')).toMatchObject({ speaker: 'Omar Haddad', year: 2021 });
  });

  it('an article without a byline is nobody\'s; its headline is no claim', () => {
    const records = fixtureCorpus(DIR, ['mining-clippings-2016.txt']).records as Rec[];
    expect(at(records, 12)).toBeUndefined();
    expect(at(records, 16, 'claim')).toMatchObject({ speaker: null, year: 2016 });
    expect(at(records, 29, 'claim')).toMatchObject({ speaker: 'Helen Ward', year: 2017 });
  });

  it('a dateline dates its article; the next headline is no claim', () => {
    const records = fixtureCorpus(DIR, ['storm-datelines-2018.txt']).records as Rec[];
    expect(at(records, 11)).toBeUndefined();
    expect(at(records, 23, 'claim')).toMatchObject({ year: 2019 });
    expect(at(records, 27, 'quote')).toMatchObject({ speaker: 'Dan Price', year: 2019 });
    expect(at(records, 7, 'quote')).toMatchObject({ speaker: 'Mark Toomey', year: 2018 });
  });
});

describe('a dated box inside one article', () => {
  it('is no article of its own: no rule or gap above it, no byline, no dateline', () => {
    const text = ['Port expansion approved', '', 'By Lena Marsh', 'March 3, 2021', '', 'The harbour board approved the £40 million expansion on Tuesday, after three years of hearings.', '', 'Key dates', '', 'April 12, 2022', '', 'Halden Marine will start building the new quay, the board said in its plan.', ''].join('\n');
    const records = loadCorpus(tempCorpus({ 'port.txt': text })).records;
    expect(records.map((r) => r.year)).toEqual([2021, 2021]);
    expect(records[0]).toMatchObject({ speaker: 'Lena Marsh' });
  });
});
