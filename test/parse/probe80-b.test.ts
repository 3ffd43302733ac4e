/**
 * probe80-b: exports and Q&As of shapes the fixtures had not had. An FAQ's question set as a Markdown
 * heading asks by its markup even in the first person ("### Question: Can I work from another
 * country …?"), so it is no more of the answer above it; a panellist who answers the question put to
 * her and then asks back by name ("Honestly, I don't know. … Graham, you've looked at the numbers.
 * What do they say?") answers it as well as asking; a listener's letter read out under its signature
 * ("Sam from Leeds writes: “…?”") is the listener's question; "Local MSP Derek Haig said …" credits
 * Derek Haig, the post's letters no part of his name.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string };
const DIR = join(FIXTURES, 'probe80', 'b');
const at = (records: Rec[], line: number, type?: string) => records.filter((r) => r.line === line && (!type || r.type === type));

describe('an FAQ whose questions are Markdown headings', () => {
  const records = fixtureCorpus(DIR, ['qa-remote-work-policy-2024.md']).records as Rec[];

  it('reads a first-person question heading as the question, never as the last words of the answer above', () => {
    const abroad = at(records, 11, 'qa');
    expect(abroad.map((r) => r.speaker)).toEqual(['Tom Ashgrove', 'Nadia Brenner']);
    for (const r of abroad) expect(r).toMatchObject({ asker: null, question: 'Question: Can I work from another country for part of the year?' });
    expect(at(records, 29, 'qa')[0]).toMatchObject({ speaker: 'Nadia Brenner', asker: null, question: expect.stringMatching(/Who do I ask/) });
    expect(at(records, 33, 'qa')[0]).toMatchObject({ speaker: 'Tom Ashgrove', asker: null });
    // the answer above ends where its heading begins
    expect(at(records, 7, 'qa')[0]!.text).not.toMatch(/Can I work/);
    // nobody answers as asker of another's answer
    expect(records.filter((r) => r.type === 'qa').every((r) => r.asker === null)).toBe(true);
  });
});

describe('a panel whose panellists answer each other', () => {
  const records = fixtureCorpus(DIR, ['panel-future-of-local-news-2023.txt']).records as Rec[];

  it('a turn that answers, then asks back by name, answers the question above it', () => {
    expect(at(records, 15, 'qa')[0]).toMatchObject({ speaker: 'Aisha Musa', asker: 'Graham Pike', text: expect.stringMatching(/^Honestly, I don't know\./) });
    expect(at(records, 17, 'qa')[0]).toMatchObject({ speaker: 'Graham Pike', asker: 'Aisha Musa' });
    // unchanged: a reply that only asks back, and the moderator's questions
    expect(at(records, 23, 'qa')[0]).toMatchObject({ speaker: 'Rob Tennant', asker: 'Graham Pike' });
    expect(at(records, 7, 'qa')[0]).toMatchObject({ speaker: 'Rob Tennant', asker: 'Ines Carvalho' });
  });
});

describe('a mailbag podcast', () => {
  const records = fixtureCorpus(DIR, ['podcast-allotment-hour-ep58-2022.md']).records as Rec[];

  it('a letter read out under "NAME from TOWN writes:" is the listener\'s question', () => {
    expect(at(records, 13, 'qa')[0]).toMatchObject({ speaker: 'Colin Drury', asker: 'Sam' });
    expect(at(records, 19, 'qa')[0]).toMatchObject({ speaker: 'Colin Drury', asker: 'Priya' });
    // introduced by a clause before the quoted letter: "This one's from Declan, who gardens in Cork. He says: “…?”"
    expect(at(records, 27, 'qa')[0]).toMatchObject({ speaker: 'Colin Drury', asker: 'Declan' });
    // the host's own follow-up stays the host's
    expect(at(records, 23, 'qa')[0]).toMatchObject({ speaker: 'Colin Drury', asker: 'Fern Adeyemi' });
  });
});

describe('a news story', () => {
  const records = fixtureCorpus(DIR, ['news-ferry-cuts-islanders-2022.txt']).records as Rec[];

  it('"Local MSP NAME said" credits the name, and a quote left open across paragraphs stays its speaker\'s', () => {
    expect(at(records, 28)[0]).toMatchObject({ type: 'claim', speaker: 'Derek Haig' });
    expect(at(records, 10, 'quote')[0]).toMatchObject({ speaker: 'Ailsa Munro' });
    expect(at(records, 22, 'quote')[0]).toMatchObject({ speaker: 'Fiona Lachlan' });
  });
});
