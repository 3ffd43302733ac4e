/**
 * News attribution, fix85-b: a capitalised phrase that is no person is never a speaker (a work's
 * title made in the passive: "Harbour Lights was written, Okonkwo has said, …"; a chronology's
 * entry opening on its verb: "1991 — Leaves Croatia for Vienna."; the paper after "Tells": the
 * page's person speaks); a claim's speaker is the appositive's person ("His daughter, NAME, said he
 * kept …"), and "NAME, she added, …" is the other woman's, never NAME's; "The minister's office
 * said" is the office, and "a senior carer who worked at … and asked not to be named" the carer.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const P84A = join(FIXTURES, 'probe84', 'a');
const P84B = join(FIXTURES, 'probe84', 'b');
const OWN = join(FIXTURES, 'fix85', 'b');
const at = (records: Rec[], line: number, type?: string, start?: string) =>
  records.find((r) => r.line === line && (!type || r.type === type) && (!start || r.text.startsWith(start)));

describe('a capitalised phrase that is no person', () => {
  it('an album made in the passive ("Harbour Lights was written, Okonkwo has said,")', () => {
    const records = fixtureCorpus(P84B, ['review-harbour-lights-album-2023.md']).records as Rec[];
    expect(at(records, 11, 'quote')).toMatchObject({ speaker: 'Maya Okonkwo', text: expect.stringMatching(/^I kept finding things/) });
    // knock-on: the producer's "he said", the singer's "she said"
    expect(at(records, 17, 'quote')).toMatchObject({ speaker: 'Declan Rourke', text: expect.stringMatching(/^Maya does not need wallpaper/) });
    expect(at(records, 23, 'quote')).toMatchObject({ speaker: 'Maya Okonkwo', text: expect.stringMatching(/^I wrote it in a day/) });
  });

  it('a chronology: the entry\'s opening verb and the paper after "Tells" are nobody', () => {
    const records = fixtureCorpus(P84A, ['timeline-kovac.txt']).records as Rec[];
    expect(at(records, 7, 'quote')).toMatchObject({ speaker: 'Milan Kovac', text: expect.stringMatching(/^I packed two brushes/) });
    expect(at(records, 9, 'quote')).toMatchObject({ speaker: 'Milan Kovac', text: 'A prize is a loan from the future.' });
  });

  it('in other words: a novel written on a ferry, a timeline titled "NAME: A Timeline"', () => {
    const review = fixtureCorpus(OWN, ['review-night-ferry-novel-2024.txt']).records as Rec[];
    expect(at(review, 9, 'quote')).toMatchObject({ speaker: 'Ruth Adebayo', text: expect.stringMatching(/^I bought the cheapest cabin/) });
    expect(at(review, 11, 'quote')?.speaker).toBe('Callum Greaves');
    const timeline = fixtureCorpus(OWN, ['chronology-irene-salo.txt']).records as Rec[];
    expect(at(timeline, 7, 'quote')).toMatchObject({ speaker: 'Irene Salo', text: expect.stringMatching(/^I married a man/) });
    expect(at(timeline, 8, 'quote')).toMatchObject({ speaker: 'Irene Salo', text: expect.stringMatching(/^I took one suitcase/) });
  });
});

describe('claims whose speaker is an appositive\'s person', () => {
  it('"His daughter, Claire Ferrand-Osei, said he kept working …"', () => {
    const records = fixtureCorpus(P84A, ['obituary-ferrand.txt']).records as Rec[];
    expect(at(records, 16, 'claim', 'His daughter')?.speaker).toBe('Claire Ferrand-Osei');
    expect(at(records, 16, 'quote')?.speaker).toBe('Claire Ferrand-Osei');
  });

  it('"Priya, she added, once refused …" is her mother\'s', () => {
    const records = fixtureCorpus(P84B, ['feature-beekeeper-teenager-2022.txt']).records as Rec[];
    expect(at(records, 20, 'claim', 'Priya, she added')?.speaker).toBe('Anita Raman');
    expect(at(records, 20, 'claim', 'Her mother said')?.speaker).toBe('Anita Raman');
  });

  it('in other words: "His son, NAME, said he worked …", "Ruth, she added, once threw …"', () => {
    const obituary = fixtureCorpus(OWN, ['obituary-halloran.txt']).records as Rec[];
    expect(at(obituary, 9, 'claim', 'His son')?.speaker).toBe('Eoin Halloran');
    const review = fixtureCorpus(OWN, ['review-night-ferry-novel-2024.txt']).records as Rec[];
    expect(at(review, 13, 'claim', 'Ruth, she added')?.speaker).toBe('Selma Yusuf');
  });
});

describe('an office and an unnamed source', () => {
  it('"The minister\'s office said she would “…”" and "said a senior carer who worked at … and asked not to be named"', () => {
    const sketch = fixtureCorpus(P84B, ['sketch-committee-hearing-2025.txt']).records as Rec[];
    expect(at(sketch, 33, 'quote')).toMatchObject({ speaker: "the minister's office", text: "reflect on the committee's views" });
    const care = fixtureCorpus(P84B, ['investigation-care-homes-2025.txt']).records as Rec[];
    expect(at(care, 9, 'quote')).toMatchObject({ speaker: 'a senior carer', text: expect.stringMatching(/^We were told to write two names/) });
  });

  it('in other words: "The publisher\'s office said", "said a veteran bookseller who has worked … and asked not to be named"', () => {
    const review = fixtureCorpus(OWN, ['review-night-ferry-novel-2024.txt']).records as Rec[];
    expect(at(review, 15, 'quote')?.speaker).toBe("the publisher's office");
    expect(at(review, 17, 'quote')?.speaker).toBe('a veteran bookseller');
  });
});

describe('"they said in a joint statement" after a counted group', () => {
  it('"the three MPs issued … "…," they said in a joint statement"', () => {
    const sketch = fixtureCorpus(P84B, ['sketch-committee-hearing-2025.txt']).records as Rec[];
    expect(at(sketch, 31, 'quote')).toMatchObject({ speaker: 'the three MPs', text: expect.stringMatching(/^We do not agree on much/) });
  });

  it('in other words: "the four crew members stood together … they said in a joint statement"', () => {
    const news = fixtureCorpus(OWN, ['news-lifeboat-crew-2025.txt']).records as Rec[];
    expect(at(news, 9, 'quote')?.speaker).toBe('the four crew members');
    expect(at(news, 11, 'quote')?.speaker).toBe("the station's office");
  });
});
