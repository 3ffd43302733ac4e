/**
 * Business, property and consumer documents, probe92-b: a support chat whose supervisor opens "Hi
 * Daniel, Marcus here"; a shop's review export (reviewer, rating, review, seller_reply).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; role: string | null; asker: string | null; question: string | null; text: string; year: number | null; topics: string[] };
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

describe('an auction\'s live stream: "AUCTIONEER (Richard Calloway):", "PHONE CLERK (Sarah Dunmore):"', () => {
  const records = fixtureCorpus(DIR, ['auction-lot-sale.txt']).records as Rec[];

  it('gives a two-word part the holder its note names, as the one-word part\'s', () => {
    expect(at(records, 6)).toMatchObject({ speaker: 'Richard Calloway', role: 'auctioneer' });
    expect(at(records, 20)).toMatchObject({ speaker: 'Sarah Dunmore', role: 'phone clerk' });
    // the bare "PHONE CLERK:" later is the same clerk
    expect(at(records, 24)).toMatchObject({ speaker: 'Sarah Dunmore', text: "He's out." });
    expect(records.some((r) => r.speaker === 'Phone Clerk')).toBe(false);
  });
});

describe('a small-claims hearing: "MR BOLT: Kieran Bolt, sir, I\'m the director …"', () => {
  const records = fixtureCorpus(DIR, ['tribunal-hearing.txt']).records as Rec[];

  it('names a titled surname by the full name its own turn gives', () => {
    expect(at(records, 19, 'qa')).toMatchObject({ speaker: 'Kieran Bolt', question: 'And for the respondent?' });
    expect(at(records, 45, 'qa')).toMatchObject({ speaker: 'Tobi Adeyemi', question: 'Thank you. Your full name?' });
    expect(at(records, 55, 'qa')).toMatchObject({ speaker: 'Tobi Adeyemi', asker: 'Kieran Bolt' });
    expect(records.some((r) => r.speaker === 'Mr Bolt' || r.speaker === 'Mr Adeyemi')).toBe(false);
  });

  it('in other words: a witness who gives a first name and another surname stays "Mr Hale"', () => {
    const hearing = [
      'JUDGE: Good morning. Mr Hale, you are the claimant?',
      '',
      'MR HALE: Yes. My brother Tom Hale lent the money.',
      '',
      'JUDGE: And the respondent?',
      '',
      'MS ORTIZ: Ana Ortiz, madam. I run the garage.',
      '',
      'JUDGE: Mr Hale, what happened?',
      '',
      'MR HALE: The car broke down twice.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'hearing.txt': hearing })).records as Rec[];
    expect(got.find((r) => r.text.startsWith('The car broke'))?.speaker).toBe('Mr Hale');
    expect(got.find((r) => r.text.startsWith('Ana Ortiz'))?.speaker).toBe('Ana Ortiz');
  });
});

describe('a consumer programme: "PRESENTER: … Our reporter Neil Ashdown has been investigating."', () => {
  const records = fixtureCorpus(DIR, ['watchdog-ep12.txt']).records as Rec[];

  it('gives REPORTER the holder the presenter introduces by the part', () => {
    expect(at(records, 8)).toMatchObject({ speaker: 'Neil Ashdown', role: 'reporter' });
    expect(at(records, 30, 'qa')).toMatchObject({ speaker: 'Craig Haddon', asker: 'Neil Ashdown', text: 'No comment.' });
    expect(records.some((r) => r.speaker === 'Reporter' || r.asker === 'Reporter')).toBe(false);
  });

  it('in other words: two reporters introduced so leave the part unnamed', () => {
    const script = [
      'NEWSDESK',
      '',
      'PRESENTER: Our reporter Ana Ruiz is at the port, and our reporter Tom Hale is in court.',
      '',
      'REPORTER: The ships are still waiting.',
      '',
      'PRESENTER: Thank you.',
      '',
      'REPORTER: The hearing resumes at two.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'newsdesk.txt': script })).records as Rec[];
    expect(got.find((r) => r.text.startsWith('The ships'))?.speaker).toBe('Reporter');
  });
});

describe('a founder profile: bold questions, a follow-up remark, narration between answers', () => {
  const records = fixtureCorpus(DIR, ['founder-profile.md']).records as Rec[];
  const qas = records.filter((r) => r.type === 'qa');

  it('reads "**And it didn\'t fail.**" as the interviewer\'s prompt, not words of the answer', () => {
    expect(at(records, 20, 'qa')).toMatchObject({ speaker: 'Nell Okonkwo-Reid', question: "And it didn't fail.", text: expect.stringMatching(/^It nearly did\./) });
    expect(qas.some((r) => r.text.includes("And it didn't fail."))).toBe(false);
  });

  it("keeps the writer's paragraph about her director out of her answer", () => {
    expect(qas.some((r) => r.text.includes('Gary Lomax'))).toBe(false);
    expect(at(records, 40, 'quote')).toMatchObject({ speaker: 'Gary Lomax' });
    expect(records.find((r) => r.line === 40 && r.type === 'claim')?.speaker).toBe('Gary Lomax');
  });
});

describe('a property podcast from Rev: "What I\'d say to Priya is work out what you can afford …"', () => {
  const records = fixtureCorpus(DIR, ['bricks-and-mortar-ep47.txt']).records as Rec[];

  it('reads a pseudo-cleft in an answer as a statement: the host\'s next turn answers nothing', () => {
    // (the listener's question the host reads out is the listener's: fix92-a)
    expect(at(records, 28, 'qa')).toMatchObject({ speaker: 'Moira Fenwick', asker: 'Priya' });
    expect(records.some((r) => r.type === 'qa' && r.speaker === 'Dana Whitlock' && r.asker === 'Moira Fenwick')).toBe(false);
    expect(at(records, 34, 'qa')).toMatchObject({ speaker: 'Moira Fenwick', asker: 'Tom', question: expect.stringMatching(/Is that a real discount\?"$/) });
  });
});

describe('an all-hands in Teams captions: a question read out whole, a remark inside its quotation marks', () => {
  const records = fixtureCorpus(DIR, ['allhands-q3.vtt']).records as Rec[];

  it('pairs the answer with the read-out question', () => {
    expect(at(records, 69, 'qa')).toMatchObject({ speaker: 'Fiona Castellan', asker: 'Lauren Mbeki', question: expect.stringMatching(/"Is the hybrid policy changing\? Rumour is three days in the office\."$/), text: expect.stringMatching(/^The rumour is wrong\./) });
  });
});
