/**
 * Shapes read this session: an undated interview whose standfirst tells when the writer met or talked
 * to its subject ("We met her in the reading room in March 2023.", "Jonas Storvik talked to her in
 * Bergen in October 2024."), and a contributor's note at the foot whose second sentence says where
 * the interview first appeared; an AMA sheet whose columns are named as a database names them
 * ("answered_at"); a Markdown Q&A whose front matter titles it, its body opening on the intro; a
 * paper passing on a quotation ("The Herald quotes the governor:"); an e-mail quoting the reply that
 * answers its numbered questions; a speech under one heading naming its kind and its speaker; a
 * newsletter interview whose writer labels their questions "Me:".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';
import { loadCorpus } from '../../src/load/load.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'lead101');
const yearsOf = (text: string): (number | null)[] => [...new Set((loadCorpus(tempCorpus({ 'a.md': text })).records as Rec[]).filter((r) => r.type === 'qa').map((r) => r.year))];

describe('an undated interview dated by when the writer met or talked to its subject', () => {
  it('"We met her in the reading room in March 2023.": its answers were said in 2023', () => {
    const records = fixtureCorpus(DIR, ['caps-questions.txt']).records as Rec[];
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(4);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Rosalind Mbeki', year: 2023 });
  });

  const interview = (standfirst: string, byline = 'By Jonas Storvik') =>
    `# A conversation with Ingrid Solberg\n\n${byline}\n\n*Ingrid Solberg founded Brulag in 2012. ${standfirst}*\n\n**Q:** When did timber come into it?\n\n**A:** Late. I was forty.\n\n**Q:** And now?\n\n**A:** We are 46 people.\n`;

  it('"Jonas Storvik talked to her in Bergen in October 2024.", under his byline: 2024', () => {
    expect(yearsOf(interview('Jonas Storvik talked to her in Bergen in October 2024.'))).toEqual([2024]);
    expect(yearsOf(interview('I met her at her studio in May 2022.'))).toEqual([2022]);
    expect(yearsOf(interview('This interview was conducted in Oslo on 3 May 2021.'))).toEqual([2021]);
  });

  it('a year of the story dates nothing: her husband, another person talking to her, "we met" with no one met', () => {
    expect(yearsOf(interview('She met her husband in 2001.'))).toEqual([null]);
    expect(yearsOf(interview('Erik Lund talked to her in Bergen in October 2019.'))).toEqual([null]);
    expect(yearsOf(interview('We met in 2019, and she built it in 2020.', 'By Nobody Here'))).toEqual([null]);
  });
});

describe("a contributor's note at the foot, its second sentence where the interview first appeared", () => {
  it('"*Jonas Storvik is a contributing editor. This interview first appeared in the November 2024 issue.*": 2024', () => {
    const records = fixtureCorpus(DIR, ['md-initials.md']).records as Rec[];
    const doc = records.filter((r) => r.type === 'qa');
    expect(doc).toHaveLength(5);
    for (const r of doc) expect(r).toMatchObject({ speaker: 'Ingrid Solberg', asker: 'Jonas Storvik' });
    // without the standfirst's "talked to her … in October 2024", the foot alone dates it
    const foot = `# A conversation with Ingrid Solberg\n\n**JS:** When did timber come into it?\n\n**IS:** Late. I was forty.\n\n**JS:** And now?\n\n**IS:** We are 46 people.\n\n*Jonas Storvik is a contributing editor. This interview first appeared in the November 2024 issue.*\n`;
    expect(yearsOf(foot)).toEqual([2024]);
    expect(yearsOf(foot.replace('first appeared in', 'is about'))).toEqual([null]);
  });
});

describe('an AMA export whose columns are named as a database names them ("asked_by", "answered_at")', () => {
  it('"answered_at" cells of one year date the answers: 2025', () => {
    const records = fixtureCorpus(DIR, ['ama-export.tsv']).records as Rec[];
    expect(records.map((r) => [r.type, r.speaker, r.asker, r.year])).toEqual([
      ['qa', 'Desmond Achterberg', 'u/harbourfan', 2025],
      ['qa', 'Desmond Achterberg', 'u/kestrel_k', 2025],
      ['qa', 'Priya Anand', 'u/mod_team', 2025],
      ['qa', 'Desmond Achterberg', 'u/dockside', 2025],
    ]);
  });

  it('(guard) "posted_at" cells of different years still date each row by its own', () => {
    const tsv = 'question\tanswer\tposted_at\nWhen did you leave?\tIn the spring, after the audit.\t2019-04-02 10:15\nWhy?\tThe board changed.\t2021-06-30 08:00\n';
    expect(loadCorpus(tempCorpus({ 'a.tsv': tsv })).records.map((r) => r.year)).toEqual([2019, 2021]);
  });
});

describe("a Markdown Q&A under front matter's title, its questions headings, its intro the body's first paragraph", () => {
  it('"Captain Noor Haddad took over as … We put five questions to her.": she answers each heading\'s question', () => {
    const records = fixtureCorpus(DIR, ['md-h2-qa.md']).records as Rec[];
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(5);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Noor Haddad', year: 2025 });
    // the pull quote set off under an answer stays in that answer
    expect(qa[2]!.text).toContain('We lost a generation of crane drivers.');
  });
});

describe('a paper passing on words: "The Herald quotes the governor: “…”"', () => {
  it('the one quoted said them, never the paper that quotes them', () => {
    const text = 'Morning Brief\n\nThe central bank kept rates on hold on Monday. The Herald quotes the governor: "Patience is a policy too."\n\nLater, the Ledger quoted a trader: "Nobody expected a cut."\n\nThe Courier quotes Elin Strand: "We will look again in March."\n';
    const quotes = loadCorpus(tempCorpus({ 'brief.txt': text })).records.filter((r) => r.type === 'quote');
    expect(quotes.map((r) => [r.speaker, r.text])).toEqual([
      ['the governor', 'Patience is a policy too.'],
      ['a trader', 'Nobody expected a cut.'],
      ['Elin Strand', 'We will look again in March.'],
    ]);
  });
});

describe("an e-mail quoting the reply that answers its numbered questions (\"On …, NAME wrote:\" / \"> 1. …?\")", () => {
  it("the reply's writer answers, the sender who sent the questions asks; the reply's greeting is his, its sign-off no record", () => {
    const records = fixtureCorpus(DIR, ['email-qa.txt']).records as Rec[];
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(3);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Desmond Achterberg', asker: 'Hannah Ortiz', year: 2025 });
    expect(qa[2]!.text).toBe('I went home and slept for fourteen hours.');
    expect(records.find((r) => r.text === 'Answers below, in order.')).toMatchObject({ type: 'claim', speaker: 'Desmond Achterberg' });
    expect(records.find((r) => r.text.startsWith('Thanks, Desmond'))).toMatchObject({ type: 'claim', speaker: 'Hannah Ortiz' });
    expect(records.some((r) => r.text.includes('Best'))).toBe(false);
  });
});

describe('a speech under one heading naming its kind and its speaker ("## Commencement Address — NAME")', () => {
  const page = (heading: string, opening: string) =>
    ['# Ashcombe College Commencement, 2022', '', `## ${heading}`, '', opening, '', 'I was asked to give you advice, and I will give you three pieces.', '', 'The first: learn to love maintenance. Almost nobody wants to repair the old one.', ''].join('\n');
  const speakers = (text: string) => [...new Set(loadCorpus(tempCorpus({ 'speech.md': text })).records.filter((r) => r.text.includes('maintenance') || r.text.includes('advice')).map((r) => r.speaker))];

  it('is the speaker\'s, though its first paragraph thanks the room before saying "I"', () => {
    expect(speakers(page('Commencement Address — Cornelius Abernathy-Ojo', 'Thank you, Provost Vanterpool, and thank you to the class of 2022.'))).toEqual(['Cornelius Abernathy-Ojo']);
    expect(speakers(page('Keynote – Ana Ruiz', 'Good morning, everyone.'))).toEqual(['Ana Ruiz']);
  });

  it('(guard) a speech told in the third person, or one whose first two paragraphs never say "I", is still the page\'s', () => {
    const late = ['# Commencement, 2022', '', '## Commencement Address — Cornelius Abernathy-Ojo', '', 'Thank you, Provost Vanterpool.', '', 'Graduates, the advice of the day is to love maintenance.', '', 'I have little else to say.', ''].join('\n');
    expect(loadCorpus(tempCorpus({ 'speech.md': late })).records.filter((r) => r.text.includes('maintenance')).map((r) => r.speaker)).toEqual([null]);
    const told = ['# Commencement, 2022', '', '## Commencement Address — Cornelius Abernathy-Ojo', '', 'Abernathy-Ojo thanked the provost.', '', 'He said the first piece of advice was to love maintenance.', ''].join('\n');
    expect(loadCorpus(tempCorpus({ 'speech.md': told })).records.filter((r) => r.text.includes('maintenance')).map((r) => r.speaker)).toEqual([null]);
  });
});

describe('a newsletter interview whose writer labels their own questions "Me:" under a byline', () => {
  it('"*Posted on the Letterpress Notes newsletter, 14 October 2025, by Tom Hale*" credits Tom Hale; "Me:" is he, and the intro "I visited Ines at her foundry …" his, not the guest\'s', () => {
    const records = fixtureCorpus(DIR, ['substack-me.md']).records as Rec[];
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(3);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Ines Varga', asker: 'Tom Hale', year: 2025 });
    expect(records.find((r) => r.text.startsWith('I visited Ines'))).toMatchObject({ type: 'claim', speaker: 'Tom Hale' });
  });
});
