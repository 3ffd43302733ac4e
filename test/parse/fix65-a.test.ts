/**
 * News attribution, fix65-a (what probe53-a left): a reported clause without "that" whose own
 * clause holds an appositive ("said a £12 million scheme for …, first proposed in 2016, would …")
 * or a trailing clause ("…, though the allocation was yet to be confirmed.") is the subject's, not
 * the byline's; a second reference by role or age ("said the captain", "The 34-year-old, who …,
 * said") is the one person the text gave that role or age; words of unnamed parties ("Defense
 * counsel argued that …", "Senate Majority Leader aides said no …") are nobody's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const DIR = join(FIXTURES, 'probe53', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a reported clause with an appositive or a trailing clause inside it', () => {
  it('is the subject\'s, not the byline\'s', () => {
    const feature = fixtureCorpus(DIR, ['feature-split-quotes-flood-2022.txt']).records as Rec[];
    expect(at(feature, 42, 'claim')).toMatchObject({ speaker: 'the Environment Agency', text: expect.stringMatching(/^The Environment Agency said a £12 million flood defence scheme for Ashworth Mill, first proposed in 2016, would go/) });
    const sports = fixtureCorpus(DIR, ['sports-cup-quarterfinal-2024.txt']).records as Rec[];
    expect(at(sports, 36, 'claim')).toMatchObject({ speaker: 'Keith Lomas', text: expect.stringMatching(/^Dunmore chairman Keith Lomas said the club had sold .*, though the allocation was yet to be confirmed\.$/) });
    // unchanged: the writer's own sentences stay the byline's
    expect(at(sports, 8, 'claim')?.speaker).toBe('Sam Prentice');
  });

  it('in other words: other bodies, figures and clauses', () => {
    const text = [
      'Harbour works delayed',
      '',
      'By Nell Artois',
      '12 March 2023',
      '',
      'The Port Authority said a $40 million breakwater for the north quay, approved by the board in 2019, would not open before 2026.',
      '',
      'Harbour master Ines Okonjo said the marina had taken 300 bookings for the summer season, although the final figure had still to be confirmed.',
      '',
      'Ines Okonjo said 300 bookings were taken, and the figure had been confirmed.',
      '',
      'The old breakwater, which was built in 1911, has been patched every winter since.',
      '',
      'Our adviser, Mr Colm Tierney, has said all that could be said on the matter.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'harbour-2023.txt': text })).records as Rec[];
    expect(at(got, 6, 'claim')).toMatchObject({ speaker: 'the Port Authority', text: expect.stringContaining('approved by the board in 2019') });
    expect(at(got, 8, 'claim')).toMatchObject({ speaker: 'Ines Okonjo', text: expect.stringContaining('although the final figure') });
    expect(at(got, 10, 'claim')?.speaker).toBe('Ines Okonjo');
    // the writer's sentence about a thing, an appositive before its own verb: still the byline's
    expect(at(got, 12, 'claim')?.speaker).toBe('Nell Artois');
    // a closing "… could be said on the matter." whose part holds a "said" of its own credits no one new
    expect(at(got, 14, 'claim')?.speaker).toBe('Nell Artois');
  });
});

describe('a second reference by role or age', () => {
  it('"said the captain, whose goal …" is the captain the report named', () => {
    const sports = fixtureCorpus(DIR, ['sports-cup-quarterfinal-2024.txt']).records as Rec[];
    expect(at(sports, 12, 'quote')).toMatchObject({ speaker: 'Chidi Okafor', text: expect.stringMatching(/^I've waited my whole career/) });
  });

  it('in other words: a goalkeeper and two ages', () => {
    const text = [
      'Harbour City 2-0 Leyton',
      '',
      'By Jo Reed',
      '4 May 2024',
      '',
      'Harbour City won the derby as winger Tom Reilly, 29, scored twice and the 31-year-old Dean Marsh kept a clean sheet, with goalkeeper Ola Brandt also praised.',
      '',
      'The 29-year-old, who arrived from Leyton in January, said he had told the bench at the break that "we have them now".',
      '',
      '"Nobody gave us a chance," said the 31-year-old, who has kept four clean sheets in a row.',
      '',
      '"The back four did the work," said the goalkeeper, whose last outing was in March.',
      '',
      '"It is a special day," said the 40-year-old, who was not named above.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'derby-2024.txt': text })).records as Rec[];
    expect(at(got, 8, 'quote')).toMatchObject({ speaker: 'Tom Reilly', text: 'we have them now' });
    expect(at(got, 10, 'quote')).toMatchObject({ speaker: 'Dean Marsh', text: 'Nobody gave us a chance' });
    expect(at(got, 12, 'quote')).toMatchObject({ speaker: 'Ola Brandt', text: 'The back four did the work' });
    // an age the text gave no one stays no one's
    expect(at(got, 14, 'quote')?.speaker).toBeNull();
  });
});

describe('unnamed parties', () => {
  it('"Defense counsel argued that …" and "… aides said no …" are nobody\'s, not the byline\'s', () => {
    const court = fixtureCorpus(DIR, ['court-contractor-bribery-2022.txt']).records as Rec[];
    expect(at(court, 25, 'claim')).toMatchObject({ speaker: null, text: expect.stringMatching(/^Defense counsel argued that Stanhope/) });
    const senate = fixtureCorpus(DIR, ['us-senate-wildfire-bill-2021.txt']).records as Rec[];
    expect(at(senate, 39, 'claim')).toMatchObject({ speaker: null, text: 'Senate Majority Leader aides said no floor time had been scheduled.' });
  });

  it('in other words: prosecution counsel and White House officials', () => {
    const text = [
      'Appeal heard',
      '',
      'By Ruth Abara',
      'June 2, 2022',
      '',
      'Prosecution counsel told the court that the ledger had been altered after the audit in 2020.',
      '',
      'White House officials said no decision had been taken on the pardon.',
      '',
      'The hearing ran for six hours and ended shortly before midnight.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'appeal-2022.txt': text })).records as Rec[];
    expect(at(got, 6, 'claim')?.speaker).toBeNull();
    expect(at(got, 8, 'claim')?.speaker).toBeNull();
    expect(at(got, 10, 'claim')?.speaker).toBe('Ruth Abara');
  });
});
