/**
 * Generality: small documents of our own (test/fixtures/shapes), one per
 * variation of a shape the seeds show only one way. Each asserts the records a
 * reader expects: counts, speakers, questions, sections and topics.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const SHAPES = join(FIXTURES, 'shapes');
const corpus = loadCorpus(SHAPES);
const doc = (id: string) => corpus.documents.find((d) => d.id === id)!;
const typed = (id: string, type: 'qa' | 'quote' | 'claim') => recordsOf(corpus, id).filter((r) => r.type === type);

describe('the shape fixtures', () => {
  it('load without errors or warnings, every line accounted for', async () => {
    expect(corpus.problems).toEqual([]);
    for (const d of corpus.documents) {
      expect(d.ok).toBe(true);
      expect(d.lines.unparsed).toEqual([]);
    }
  });
});

describe('transcript labelled Interviewer: / CZ:', () => {
  const qa = typed('interviewer-cz', 'qa');

  it('is a transcript whose role label resolves to the interviewer the front matter names', async () => {
    expect(doc('interviewer-cz').shape).toBe('transcript');
    expect(qa).toHaveLength(4);
    for (const r of qa) {
      expect(r.speaker).toBe('CZ');
      expect(r.asker).toBe('Maya Ortiz');
    }
  });

  it('keeps the greeting exchange as two quotes, no qa, and joins an answer over the interviewer’s “Right.”', async () => {
    expect(qa.some((r) => /Thank you for joining|Thanks for having me/.test(`${r.question} ${r.text}`))).toBe(false);
    expect(typed('interviewer-cz', 'quote').map((r) => [r.speaker, r.text])).toEqual(
      expect.arrayContaining([
        ['Maya Ortiz', 'Thank you for joining us today.'],
        ['CZ', 'Thanks for having me.'],
      ]),
    );
    expect(qa[0]!.question).toBe("Let's start with the market. Prices have fallen by more than half this year, and many teams are cutting staff.");
    expect(qa[0]!.text).toBe(
      'We are still hiring. A bear market is the best time to build, because the noise goes away and you can focus on users.\n' +
        'We also keep a large reserve, so we never have to make decisions under pressure.',
    );
  });

  it('keeps an unlabelled second paragraph in the answer and files answers under the heading', async () => {
    expect(qa.map((r) => r.section)).toEqual([null, 'On Regulation', 'On Regulation', 'On Regulation']);
    expect(qa[1]!.text.split('\n')).toHaveLength(2);
    expect(qa[1]!.text).toMatch(/It takes months to get a license, and sometimes longer\.$/);
    expect(qa.map((r) => r.question)).toEqual([
      expect.stringMatching(/^Let's start with the market\./),
      'How do you think about regulators in different countries?',
      'Is that frustrating?',
      'What would you tell someone starting a company today?',
    ]);
  });
});

describe('transcript labelled Q: / A:', () => {
  const qa = typed('qa-labels', 'qa');

  it('resolves A to the single guest and Q to the interviewer', async () => {
    expect(doc('qa-labels').shape).toBe('transcript');
    expect(qa).toHaveLength(3);
    for (const r of qa) {
      expect(r.speaker).toBe('Richard Teng');
      expect(r.asker).toBe('Lena Ford');
    }
  });

  it('pairs a statement prompt, keeps a wrapped answer line, and keeps the closing thanks as quotes', async () => {
    expect(qa.map((r) => r.question)).toEqual([
      'What are your priorities for this year?',
      'You have hired a lot of former regulators.',
      'Do you still trade yourself?',
    ]);
    expect(qa[0]!.text).toBe(
      'Compliance comes first. We want every market we serve to have a clear license.\nWe also want to simplify the product so new users are not overwhelmed.',
    );
    expect(qa.some((r) => r.text === 'Thank you.')).toBe(false);
    expect(typed('qa-labels', 'quote').map((r) => [r.speaker, r.text])).toEqual(
      expect.arrayContaining([
        ['Lena Ford', 'Thank you for your time.'],
        ['Richard Teng', 'Thank you.'],
      ]),
    );
  });

  it('reads the standfirst as the publisher’s claims', async () => {
    const claims = typed('qa-labels', 'claim');
    expect(claims.map((r) => r.text)).toEqual([
      'Richard Teng took over as chief executive in November.',
      'We spoke to him about compliance, hiring and what comes next.',
    ]);
    for (const r of claims) expect(r.speaker).toBe('Example Weekly');
  });
});

describe('TSV AMA with inline “Richard Teng” answer markers', () => {
  const qa = typed('ama-marker', 'qa');

  it('is a TSV whose answers start at the answerer’s name', async () => {
    expect(doc('ama-marker').shape).toBe('tsv');
    expect(qa).toHaveLength(4);
    for (const r of qa) {
      expect(r.speaker).toBe('Richard Teng');
      expect(r.asker).toBeNull();
      expect(r.text).not.toMatch(/Richard Teng/);
      expect(r.question ?? '').not.toMatch(/Richard Teng/);
    }
  });

  it('pairs the questions, wherever they sit', async () => {
    expect(qa.map((r) => r.question)).toEqual([
      // the opening statement answers nothing
      null,
      // left at the end of the previous answer’s row
      'How do you see the regulatory outlook in Asia?',
      // before the name, in the answer’s own row
      'What is your advice for new traders?',
      // opening a row that has no name at all
      'How will the exchange use AI in customer support?',
    ]);
    expect(qa[0]!.text).toMatch(/Each one took months of work with local regulators\.$/);
    expect(qa[0]!.text).not.toMatch(/outlook in Asia/);
    expect(qa[1]!.text).toBe(
      'Asia is very diverse. Some markets are opening up quickly, while others remain cautious.\nHong Kong and Japan have clear rules, which helps both users and businesses.',
    );
    expect(qa[3]!.text).toMatch(/^Today most routine questions/);
  });

  it('collects topics from every row the record spans', async () => {
    expect(qa[1]!.topics).toEqual(['licenses', 'regulation', 'Asia', 'Hong Kong', 'Japan']);
    expect(qa[2]!.topics).toEqual(['trading', 'education', 'risk']);
  });
});

describe('TSV interview with Keywords and Text columns', () => {
  const qa = typed('interview-text-keywords', 'qa');

  it('finds the content in the Text column, wherever it stands', async () => {
    expect(doc('interview-text-keywords').shape).toBe('tsv');
    expect(qa).toHaveLength(3);
    for (const r of qa) {
      expect(r.speaker).toBe('Mina Park');
      expect(r.asker).toBe('Dana Lee');
    }
  });

  it('pairs questions in rows of their own with the rows after them, lead-in included', async () => {
    expect(qa.map((r) => r.question)).toEqual([
      'Please tell us about your background.',
      'What was the hardest part of growing the company?',
      'Looking ahead Where do you see the industry in five years?',
    ]);
    expect(qa[0]!.text.split('\n')).toHaveLength(2);
    expect(qa[1]!.text).toBe('Hiring. We doubled in size every year, and keeping the culture was hard.');
  });

  it('reads the Keywords column into topics and the header rows as page chrome', async () => {
    expect(qa[0]!.topics).toEqual(['background', 'engineering', 'banking', 'payments', 'crypto']);
    expect(qa[2]!.topics).toEqual(['future', 'regulation', 'infrastructure']);
    const claims = typed('interview-text-keywords', 'claim');
    expect(claims.map((r) => r.text)).toEqual(['Mina Park started Example Exchange in 2019 after six years as a software engineer at a bank.']);
    expect(claims[0]!.topics).toEqual(['startups', 'founders']);
    expect(doc('interview-text-keywords').lines.classified).toEqual({ markup: 1, heading: 1, metadata: 2 });
  });
});

describe('prose article with page chrome, a byline, captioned tables and teasers', () => {
  const recs = recordsOf(corpus, 'prose-chrome-table');
  // The tables' rows; each table's column names are a claim of their own, searchable too.
  const COLUMN_NAMES = ['Date — Milestone — Users', 'Round — Date — Amount'];
  const rows = recs.filter((r) => r.text.includes(' — ') && !COLUMN_NAMES.includes(r.text));

  it('turns each row of a flattened 3-column table into one dated claim under its caption', async () => {
    // Caption "Milestones", header Date / Milestone / Users, the date in the first column.
    expect(rows.filter((r) => r.section === 'Milestones').map((r) => r.text)).toEqual([
      'March 2019 — Spot market opens — 1,000',
      'June 2020 — Mobile app launched — 50,000',
      'January 2022 — Derivatives added — 400,000',
    ]);
    for (const r of rows) expect(r.type).toBe('claim');
    expect(recs.some((r) => ['Date', 'Milestone', 'Users', 'Milestones'].includes(r.text))).toBe(false);
    expect(recs.filter((r) => COLUMN_NAMES.includes(r.text)).map((r) => r.section)).toEqual(['Milestones', 'Funding']);
  });

  it('finds the date column in the middle, past a caption above and a source note below', async () => {
    // Caption "Funding", header Round / Date / Amount, then "Source: company filings".
    expect(rows.filter((r) => r.section === 'Funding').map((r) => r.text)).toEqual([
      'Seed — March 2018 — $2 million',
      'Series A — June 2019 — $15 million',
    ]);
    expect(rows).toHaveLength(5);
    expect(recs.some((r) => /Source: company filings|^Round$|^Amount$/.test(r.text))).toBe(false);
  });

  it('attributes the split quote to its speaker and the other sentences to the author', async () => {
    const quotes = recs.filter((r) => r.type === 'quote');
    // “…,” said Mina Park, the company’s co-founder. “…”: one quotation, interrupted by its attribution, is one record.
    expect(quotes.map((r) => [r.speaker, r.text])).toEqual([['Mina Park', 'We had no idea how many people would sign up in the first week. By Friday we had to turn new accounts off.']]);
    const claims = recs.filter((r) => r.type === 'claim');
    // five sentences, five table rows and the two tables' column names
    expect(claims).toHaveLength(12);
    // "Park says the team now has more than 200 people": reported speech, hers; the rest the author's
    for (const r of claims) expect(r.speaker).toBe(r.text.startsWith('Park says') ? 'Mina Park' : 'Dana Lee');
    expect(claims.filter((r) => r.speaker === 'Mina Park')).toHaveLength(1);
  });

  it('classifies the byline, date, share and subscribe lines and the Read more teasers, and records none', async () => {
    expect(recs.some((r) => /Example News|By Dana Lee|min read|Share|Subscribe|Follow us|Read more|trading fees|first coin/.test(r.text))).toBe(false);
    // navigation: "Share on X", the subscribe, follow and share lines, "Read more";
    // heading: the title and two captions (the six header cells are the column-name claims); metadata: the
    // site name (no menu nor link by its form), byline, date, reading time, source note.
    expect(doc('prose-chrome-table').lines.classified).toEqual({ navigation: 5, heading: 3, metadata: 5, teaser: 2 });
  });
});

describe('front matter format: prose', () => {
  it('forces prose on a document whose recurring "Update:" labels would read as a transcript', async () => {
    const text = readFileSync(join(SHAPES, 'forced-prose.txt'), 'utf8');
    const unforced = loadCorpus(tempCorpus({ 'forced-prose.txt': text.replace(/^format: prose\n/m, '') }));
    expect(unforced.documents[0]!.shape).toBe('transcript');

    expect(doc('forced-prose').shape).toBe('prose');
    const recs = recordsOf(corpus, 'forced-prose');
    expect(recs.filter((r) => r.type !== 'claim')).toEqual([]);
    expect(recs.map((r) => r.text)).toEqual([
      'Example Exchange paused withdrawals for several hours on Monday after a routine wallet upgrade went wrong.',
      'Update: The exchange paused withdrawals on Monday morning after a failed wallet upgrade.',
      'Update: Withdrawals resumed six hours later for all major networks.',
      'Update: The company said that no customer funds were lost during the outage.',
      'Customers who had pending withdrawals did not need to submit them again.',
    ]);
    for (const r of recs) expect(r.speaker).toBe('Example News');
  });
});

describe('short documents a new user writes (found by trying the CLI as a new user)', () => {
  it('reads a short exchange between a host and two named guests as a transcript', async () => {
    const dir = tempCorpus({
      'speakers.yml': 'He Yi:\n  aliases: [Yi He]\nCZ:\n  aliases: [Changpeng Zhao]\n',
      'a.md': '---\ntitle: Short exchange\nspeakers: [He Yi, CZ]\nhost: Bo\n---\nHost: Welcome both. He Yi, when did you join Binance?\nHe Yi: I joined in 2017.\nHost: What is next?\nCZ: More hiring.\n',
    });
    const c = loadCorpus(dir);
    expect(c.documents[0]!.shape).toBe('transcript');
    expect(c.records.map((r) => [r.type, r.speaker, r.asker, r.question])).toEqual([
      ['qa', 'He Yi', 'Bo', 'Welcome both. He Yi, when did you join Binance?'],
      ['qa', 'CZ', 'Bo', 'What is next?'],
    ]);
  });

  it('takes a person’s name used once as a label as that person’s turn', async () => {
    const dir = tempCorpus({
      'b.md': '---\ntitle: Named once\nspeakers: [He Yi]\nhost: Bo\n---\nHost: When did you join?\nHe Yi: In 2017, after the ICO.\nHost: And you, Richard?\nRichard Teng: I joined in 2021.\nHost: Why?\nHe Yi: Because we grow.\n',
    });
    const c = loadCorpus(dir);
    expect(c.records.map((r) => [r.speaker, r.question])).toEqual([
      ['He Yi', 'When did you join?'],
      ['Richard Teng', 'And you, Richard?'],
      ['He Yi', 'Why?'],
    ]);
    // Not in speakers.yml nor the front matter: warned about, by line.
    expect(c.problems.some((p) => p.severity === 'warning' && p.line === 9 && /Richard Teng/.test(p.message))).toBe(true);
  });

  it('does not take a short first question of a TSV interview for page chrome', async () => {
    const dir = tempCorpus({
      'c.md': '---\ntitle: TSV\nspeakers: [He Yi]\n---\nText\tTopics\nWhen did Binance launch?\tlaunch\nIt launched in July 2017 after an ICO.\tlaunch, ICO\nWhat came next for you?\tgrowth\nWe grew faster than anyone expected that year.\tgrowth\n',
    });
    const c = loadCorpus(dir);
    expect(c.records.map((r) => [r.type, r.question, r.text])).toEqual([
      ['qa', 'When did Binance launch?', 'It launched in July 2017 after an ICO.'],
      ['qa', 'What came next for you?', 'We grew faster than anyone expected that year.'],
    ]);
  });
});
