/**
 * News attribution, fix77-b: a lone capitalised subject of a verb of saying in a sentence without
 * quotation marks. Speaking of itself as "it"/"its" it is a body speaking as one ("Hutchison said it
 * had made a fair offer.", "Dover said its own checks …", a dateline's town too), as "Network Rail
 * said" is; on a past verb of saying it is that word's statement though the story never traces it
 * ("Unite said the strike would go on."); a word ending in a single "s" is a surname only where the
 * story traces it ("“…,” Jones said.") or it speaks of itself as "he"/"she" ("Williams said he …"),
 * never a plural of people ("Residents", "Critics", "Parents", "Witnesses"); pronouns and
 * quantifiers ("Everyone", "Some", "Both", "Others", "Many") and words the story writes in lowercase
 * credit the word nothing, as before. "X told drivers to …" is X's word, as "X told drivers that …" is.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const DIR = join(FIXTURES, 'fix77', 'b');
const claim = (records: Rec[], line: number, opening: string) => records.find((r) => r.line === line && r.type === 'claim' && r.text.startsWith(opening));

describe('a port strike under a dateline', () => {
  const records = fixtureCorpus(DIR, ['port-strike-felixstowe-2025.txt']).records as Rec[];
  it('credits each one-word body its statement, never the byline', () => {
    expect(claim(records, 8, 'Unite said')?.speaker).toBe('Unite');
    expect(claim(records, 8, 'Hutchison said')?.speaker).toBe('Hutchison');
    expect(claim(records, 8, 'Dover said')?.speaker).toBe('Dover');
    expect(claim(records, 8, 'Washington said')?.speaker).toBe('Washington');
    expect(claim(records, 8, 'Network Rail said')?.speaker).toBe('Network Rail');
    expect(claim(records, 8, 'Harwich told')?.speaker).toBe('Harwich');
    expect(claim(records, 10, 'Felixstowe said')?.speaker).toBe('Felixstowe');
  });
  it('credits a surname in -s the story credits a quotation to', () => {
    expect(claim(records, 18, 'Jones said')?.speaker).toBe('Jones');
  });
  it('leaves unnamed groups, pronouns and quantifiers as before', () => {
    expect(claim(records, 12, 'Officials')?.speaker).toBeNull();
    expect(claim(records, 14, 'Residents')?.speaker).toBeNull();
    expect(claim(records, 20, 'Critics')?.speaker).toBeNull();
    expect(claim(records, 16, 'Everyone')?.speaker).toBe('Tom Hale');
    expect(claim(records, 24, 'Some')?.speaker).toBe('Tom Hale');
  });
});

describe('an aircraft order', () => {
  const records = fixtureCorpus(DIR, ['aircraft-order-2024.txt']).records as Rec[];
  it('credits companies and a town speaking as one', () => {
    expect(claim(records, 6, 'Ryanair')?.speaker).toBe('Ryanair');
    expect(claim(records, 6, 'Boeing')?.speaker).toBe('Boeing');
    expect(claim(records, 6, 'Airbus')?.speaker).toBe('Airbus');
    expect(claim(records, 18, 'Toulouse')?.speaker).toBe('Toulouse');
  });
  it('credits a surname in -s speaking of himself, and the full name of a traced surname', () => {
    expect(claim(records, 20, 'Williams')?.speaker).toBe('Williams');
    expect(claim(records, 16, 'Hartnett')?.speaker).toBe('Michael Hartnett');
  });
  it('leaves plurals of people and "Both" as before', () => {
    expect(claim(records, 8, 'Investors')?.speaker).toBeNull();
    expect(claim(records, 10, 'Analysts')?.speaker).toBeNull();
    expect(claim(records, 22, 'Witnesses')?.speaker).toBe('Priya Nair');
    expect(claim(records, 12, 'Both')?.speaker).toBe('Priya Nair');
  });
});

describe('a school report', () => {
  const records = fixtureCorpus(DIR, ['school-report-2023.txt']).records as Rec[];
  it('credits the inspectorate and the council', () => {
    expect(claim(records, 6, 'Ofsted')?.speaker).toBe('Ofsted');
    expect(claim(records, 6, 'Sandwell')?.speaker).toBe('Sandwell');
  });
  it('leaves a word the story writes in lowercase, an untraced word in -s, and groups as before', () => {
    expect(claim(records, 16, 'Security')?.speaker).toBe('Dan Okoro');
    expect(claim(records, 14, 'Davies')?.speaker).toBe('Dan Okoro');
    expect(claim(records, 8, 'Parents')?.speaker).toBeNull();
    expect(claim(records, 10, 'Sources')?.speaker).toBeNull();
    expect(claim(records, 12, 'Experts')?.speaker).toBeNull();
    expect(claim(records, 18, 'Others')?.speaker).toBe('Dan Okoro');
    expect(claim(records, 20, 'Many')?.speaker).toBe('Dan Okoro');
  });
});

describe('in other words', () => {
  const text = [
    'Airport expansion',
    '',
    'By Lena Ward',
    'Feb 3, 2025',
    '',
    'Heathrow said it would submit plans by the summer. Gatwick told residents to expect more night flights.',
    '',
    'Hounslow said the noise would harm thousands of homes.',
    '',
    'Tradition says the first runway was laid by hand.',
    '',
    'Unions said it would take years. Families said they had not been consulted.',
    '',
    'Greaves said she would fight the plan. Holmes said the plan was sound.',
    '',
    'Councillor Amy Greaves chairs the group.',
  ].join('\n');
  const got = loadCorpus(tempCorpus({ 'airport-2025.txt': text })).records as Rec[];
  it('credits a body speaking as "it", a council on "said", a surname in -s on "she"', () => {
    expect(claim(got, 6, 'Heathrow')?.speaker).toBe('Heathrow');
    expect(claim(got, 6, 'Gatwick')?.speaker).toBe('Gatwick');
    expect(claim(got, 8, 'Hounslow')?.speaker).toBe('Hounslow');
    expect(claim(got, 14, 'Greaves')?.speaker).toBe('Amy Greaves');
  });
  it('leaves a saying on "says", a plural on a dummy "it" and an untraced -s word the writer\'s', () => {
    expect(claim(got, 10, 'Tradition')?.speaker).toBe('Lena Ward');
    expect(claim(got, 12, 'Unions')?.speaker).toBe('Lena Ward');
    expect(claim(got, 14, 'Holmes')?.speaker).toBe('Lena Ward');
  });
});
