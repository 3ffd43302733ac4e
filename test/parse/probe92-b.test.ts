/**
 * Business, property and consumer documents, probe92-b: a support chat whose supervisor opens "Hi
 * Daniel, Marcus here"; a shop's review export (reviewer, rating, review, seller_reply).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; topics: string[] };
const DIR = join(FIXTURES, 'probe92', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a support chat: "[09:55:44] Marcus (Supervisor): Hi Daniel, Marcus here, …"', () => {
  const records = fixtureCorpus(DIR, ['support-chat-88213.txt']).records as Rec[];

  it('gives the agent his own words, never a person called "Hi Daniel"', () => {
    expect(records.some((r) => /Hi Daniel/.test(`${r.speaker} ${r.asker}`))).toBe(false);
    expect(at(records, 26)).toMatchObject({ speaker: 'Marcus', text: expect.stringMatching(/^Hi Daniel, Marcus here/) });
    expect(at(records, 30, 'qa')).toMatchObject({ speaker: 'Marcus', asker: 'Daniel Szabo', text: expect.stringMatching(/^Yes, your complaint reference/) });
  });

  it('in other words: "Hello Priya, Tom here." in a stamped chat is Tom\'s', () => {
    const chat = [
      'Chat transcript',
      '',
      '[14:02:10] Priya Shah: hi, my parcel has not arrived',
      '[14:02:40] Tom: Hello Priya, Tom here. Can I take your order number?',
      '[14:03:05] Priya Shah: 55120',
      '[14:03:30] Tom: Thanks. It left the depot this morning.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'chat-55120.txt': chat })).records as Rec[];
    expect(got.some((r) => r.speaker === 'Hello Priya')).toBe(false);
    expect(got.find((r) => r.text.startsWith('Thanks. It left'))?.speaker).toBe('Tom');
  });
});

describe("a shop's review export: reviewer, rating, date, title, review, seller_reply", () => {
  const records = fixtureCorpus(DIR, ['reviews-kettle.csv']).records as Rec[];

  it("reads each review as its reviewer's, the reply as the seller's", () => {
    expect(records).toHaveLength(6);
    expect(at(records, 2)).toMatchObject({ type: 'qa', asker: 'Janet P.', speaker: 'the seller', question: expect.stringMatching(/^Boils fast/), text: expect.stringMatching(/^Thank you Janet!/), topics: ['5'] });
    // a review nobody answered is its reviewer's own words
    expect(at(records, 4)).toMatchObject({ type: 'quote', speaker: 'A. Lindqvist', text: expect.stringMatching(/^Great kettle/) });
    expect(records.every((r) => r.speaker !== null)).toBe(true);
  });
});

describe('a consumer article: "said in a statement that customer claims would be handled “…”"', () => {
  const records = fixtureCorpus(DIR, ['refund-row.md']).records as Rec[];

  it('credits the administrators, never "that customer" (claims is a noun there)', () => {
    expect(records.some((r) => /that customer/.test(`${r.speaker}`))).toBe(false);
    expect(at(records, 28, 'quote')).toMatchObject({ speaker: 'Pellow Carr Restructuring', text: 'in the normal order of creditors' });
  });

  it('in other words: "the comments were" after "said" keeps the earlier speaker', () => {
    const doc = ['---', 'title: Bus fares', 'author: Ana Ruiz', 'date: 2024-05-02', '---', '', 'Tom Hale said the passenger comments were "mostly about the price".', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'fares.md': doc })).records as Rec[];
    expect(got.find((r) => r.type === 'quote')).toMatchObject({ speaker: 'Tom Hale', text: 'mostly about the price' });
  });
});
