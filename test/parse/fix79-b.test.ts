/**
 * fix79-b: a lettered Q&A ("Q:"/"A:", "Q."/"A.") with no byline whose host's introduction presents
 * one guest ("our guest, Dr Amaka Obi, …", "Joining me is …", "We're talking to …", "I'm joined by
 * …") is answered by that guest, asked by the host it names ("I'm Jon Reed") or nobody known; and a
 * press release's contact written as one line ("Media contact: NAME, e-mail") is furniture, no claim.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker?: string | null; text: string };
const DIR = join(FIXTURES, 'fix79', 'b');
const qas = (records: Rec[], doc: string) => records.filter((r) => r.doc === doc && r.type === 'qa');

describe('a byline-less Q&A whose introduction presents its guest', () => {
  it('reads the guest the introduction names as answering every A:', () => {
    const records = fixtureCorpus(join(FIXTURES, 'fix77', 'a'), ['guest-radio.txt']).records as Rec[];
    const answers = qas(records, 'guest-radio');
    expect(answers.map((r) => r.line)).toEqual([5, 8, 11]);
    for (const r of answers) expect(r).toMatchObject({ speaker: 'Amaka Obi', asker: null });
  });

  const records = fixtureCorpus(DIR, ['podcast-page.md', 'radio-letters.txt', 'talking-to.txt', 'joined-by.md', 'two-guests.txt', 'host-only.txt', 'alongside.txt', 'i-am-host.txt']).records as Rec[];

  it('the host who names themself asks ("I\'m Jon Reed, and my guest today is …")', () => {
    const answers = qas(records, 'podcast-page');
    expect(answers.map((r) => r.line)).toEqual([7, 11, 15]);
    for (const r of answers) expect(r).toMatchObject({ speaker: 'Lena Hart', asker: 'Jon Reed' });
    for (const r of qas(records, 'joined-by')) expect(r).toMatchObject({ speaker: 'Tom Ellery', asker: 'Priya Nair' });
    expect(qas(records, 'joined-by')).toHaveLength(2);
    // "Hello and welcome to Tech Talk. I am Sara Cole. My guest today is Professor Ian Moss, …"
    expect(qas(records, 'i-am-host')).toHaveLength(2);
    for (const r of qas(records, 'i-am-host')) expect(r).toMatchObject({ speaker: 'Ian Moss', asker: 'Sara Cole' });
  });

  it('"Joining me in the studio is …" under Q./A., and "We\'re talking to …"', () => {
    const radio = qas(records, 'radio-letters');
    expect(radio.map((r) => r.line)).toEqual([5, 8, 11]);
    for (const r of radio) expect(r).toMatchObject({ speaker: 'Samir Haddad', asker: null });
    const desk = qas(records, 'talking-to');
    expect(desk).toHaveLength(2);
    for (const r of desk) expect(r).toMatchObject({ speaker: 'Marta Kowalski', asker: null });
  });

  it('keeps null where the introduction presents two guests, or only the host', () => {
    expect(qas(records, 'two-guests')).toHaveLength(2);
    for (const r of qas(records, 'two-guests')) expect(r).toMatchObject({ speaker: null, asker: null });
    // a second guest beside the first: "Joining us today is Dr Rita Oduya …, alongside Mark Lowe …"
    expect(qas(records, 'alongside')).toHaveLength(2);
    for (const r of qas(records, 'alongside')) expect(r).toMatchObject({ speaker: null, asker: null });
    expect(qas(records, 'host-only')).toHaveLength(2);
    for (const r of qas(records, 'host-only')) expect(r).toMatchObject({ speaker: null, asker: null });
  });
});

describe('a press release\'s contact written as a line of its own', () => {
  const records = fixtureCorpus(DIR, ['release-contact.txt']).records as Rec[];
  it('is furniture, no claim; the release\'s own sentences stay its claims', () => {
    expect(records.filter((r) => r.line === 15 || r.line === 17)).toEqual([]);
    expect(records.find((r) => r.line === 13)).toMatchObject({ type: 'claim', speaker: 'Northwind Ferries' });
  });
  it('the contact line of fix76-b\'s release too', () => {
    const other = fixtureCorpus(join(FIXTURES, 'fix76', 'b'), ['release-brightwave-2025.txt']).records as Rec[];
    expect(other.filter((r) => r.line === 15)).toEqual([]);
    expect(other.some((r) => r.line === 13 && r.type === 'claim')).toBe(true);
  });
});
