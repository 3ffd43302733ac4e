/**
 * Formal records and Q&A write-ups (test/fixtures/probe7/formal, from reviewer probe7): an earnings
 * call's section headings and participants list, a deposition excerpt whose caption names the
 * deponent, an objection between a question and its answer, a Hansard oral question with its
 * number, a magazine Q&A under initials, a show's dateline among other fields. Each rule is also
 * checked on a small text of its own in other words, so the shape is tested, not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const corpus = loadCorpus(join(FIXTURES, 'probe7', 'formal'));
const flat = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const qas = (c: ReturnType<typeof loadCorpus>, id: string) =>
  recordsOf(c, id)
    .filter((r) => r.type === 'qa')
    .map((r) => ({ asker: r.asker, speaker: r.speaker, q: flat(r.question), a: flat(r.text), line: r.line, year: r.year }));
const one = (files: Record<string, string>) => loadCorpus(tempCorpus(files));

describe('an earnings call: section headings and the participants list', () => {
  const id = 'arcadia-payments-q3-2025-earnings-call';
  it('a contents line is no speaker, and no turn holds a heading or the participants', () => {
    const recs = recordsOf(corpus, id);
    expect(recs.map((r) => r.speaker)).not.toContain('Prepared Remarks');
    for (const r of recs.filter((x) => x.speaker)) {
      expect(r.text).not.toContain('Questions & Answers:');
      expect(r.text).not.toContain('Call participants');
      expect(r.text).not.toContain('-- Analyst');
    }
    const lutz = recs.find((r) => r.speaker === 'Hannah Lutz' && r.type === 'quote')!;
    expect([lutz.line, lutz.endLine]).toEqual([24, 26]);
    const closing = recs.filter((r) => r.speaker === 'Operator').pop()!;
    expect(flat(closing.text)).toBe("This concludes today's question-and-answer session. Thank you for participating.");
    expect(recs.some((r) => r.type === 'claim' && r.text.includes('Priya Anand -- Morgan Stanley'))).toBe(false);
    expect(lutz.section).toBe('Prepared Remarks');
    expect(qas(corpus, id).map((p) => [p.asker, p.speaker])).toEqual([
      ['Ben Kaufman', 'Rafael Okoye'],
      ['Priya Anand', 'Hannah Lutz'],
    ]);
  });

  it('the same shape in other words', () => {
    const c = one({
      'call.txt': [
        'Harbor Tools Q1 2024 Earnings Call',
        '',
        'Agenda:',
        'Opening Statement',
        'Analyst Session',
        '',
        'Opening Statement:',
        '',
        'Operator',
        '',
        'Welcome to the call. I will now hand over to Dev Mallory.',
        '',
        'Dev Mallory -- Chief Executive Officer',
        '',
        'Thanks. Sales rose 12% to $80 million in the quarter.',
        '',
        'Analyst Session:',
        '',
        'Operator',
        '',
        'The first question is from Lin Cho with Baird.',
        '',
        'Lin Cho -- Baird -- Analyst',
        '',
        'How much of that growth came from price?',
        '',
        'Dev Mallory -- Chief Executive Officer',
        '',
        'About half of it came from price, the rest from volume.',
        '',
        'Operator',
        '',
        'That ends the call.',
        '',
        'Speakers on the call:',
        'Dev Mallory -- Chief Executive Officer',
        'Lin Cho -- Baird -- Analyst',
        '',
      ].join('\n'),
    });
    const recs = recordsOf(c, 'call');
    expect(recs.map((r) => r.speaker)).not.toContain('Opening Statement');
    for (const r of recs.filter((x) => x.speaker)) expect(r.text).not.toMatch(/Analyst Session|Speakers on the call|-- Baird/);
    expect(qas(c, 'call').map((p) => [p.asker, p.speaker])).toEqual([['Lin Cho', 'Dev Mallory']]);
  });
});

describe('a deposition excerpt', () => {
  const id = 'deposition-markova-excerpt';
  it("the caption's DEPOSITION OF NAME answers; an objection and 'You can answer.' stand between a question and its answer", () => {
    const got = qas(corpus, id);
    expect(got.map((p) => p.speaker)).toEqual(Array(got.length).fill('Elena Markova'));
    const reconciliation = got.find((p) => p.q.includes('cold wallet reconciliation'))!;
    expect(reconciliation.a).toContain('212 bitcoin');
    expect(reconciliation.asker).toBe('Mr. Kessler');
    expect(got.some((p) => p.a.includes('Objection'))).toBe(false);
    expect(got.some((p) => p.q === 'You can answer.')).toBe(false);
    const quotes = recordsOf(corpus, id).filter((r) => r.type === 'quote');
    expect(quotes.find((r) => r.text.includes('Objection. Form.'))?.speaker).toBe('Ms. Ortiz');
    expect(quotes.find((r) => r.text === 'You can answer.')?.speaker).toBe('Mr. Kessler');
  });

  it("a time the line above stops for ('off the record at' / '11:42 a.m.') is the sentence's end", () => {
    const off = recordsOf(corpus, id).find((r) => r.text.includes('off the record'))!;
    expect(flat(off.text)).toBe('We are going off the record at 11:42 a.m.');
    expect(off.speaker).toBe('the Videographer');
  });

  it('the same shape in other words', () => {
    const c = one({
      'depo.txt': [
        '                 DEPOSITION OF TOMAS HALLORAN',
        '                    Austin, Texas',
        '',
        'BY MS. REYES:',
        '     Q.   Where were you on the night of the audit?',
        '     A.   At home, with my family.',
        '     Q.   Did anyone else have the vault keys?',
        '          MR. BLAKE: Objection. Calls for speculation.',
        '     Q.   Go ahead.',
        '     A.   Only the branch manager had a second set.',
        '          THE REPORTER: We are off the record at',
        '4:05 p.m.',
        '',
      ].join('\n'),
    });
    const got = qas(c, 'depo');
    expect(got.map((p) => p.speaker)).toEqual(['Tomas Halloran', 'Tomas Halloran']);
    expect(got[1]!.q).toContain('vault keys');
    expect(got[1]!.a).toContain('second set');
    expect(recordsOf(c, 'depo').find((r) => r.text.includes('off the record'))!.text).toContain('4:05 p.m.');
  });
});

describe('a Hansard oral question', () => {
  const id = 'hansard-cryptoassets-2024-05-14';
  it("'1. Name (Seat) (Party)' is the member who asks, answered by the minister", () => {
    const got = qas(corpus, id);
    expect(got[0]).toMatchObject({ asker: 'Sarah Ellison', speaker: 'Tom Harlow', year: 2024 });
    expect(got[0]!.q).toContain('What steps the Government are taking');
    expect(got.map((p) => [p.asker, p.speaker])).toEqual([
      ['Sarah Ellison', 'Tom Harlow'],
      ['Sarah Ellison', 'Tom Harlow'],
      ['Alan Whitcombe', 'Tom Harlow'],
    ]);
  });

  it('the same shape in other words', () => {
    const c = one({
      'oral.txt': [
        'Rail Fares',
        '',
        '3. Owen Pryce (Cardiff Central) (Lab)',
        'Whether she will review the cap on regulated rail fares. [771204]',
        '',
        'The Minister of State, Department for Transport (Helen Marsh)',
        'The cap is reviewed every year, and we will publish the review in March.',
        '',
        'Owen Pryce',
        'Will the Minister meet commuters in Cardiff to hear how fares hurt them?',
        '',
        'Helen Marsh',
        'I would be glad to meet them.',
        '',
      ].join('\n'),
    });
    expect(qas(c, 'oral').map((p) => [p.asker, p.speaker])).toEqual([
      ['Owen Pryce', 'Helen Marsh'],
      ['Owen Pryce', 'Helen Marsh'],
    ]);
  });
});

describe('a magazine Q&A under initials', () => {
  const id = 'magazine-qa-he-yi';
  it('the initials are the people the header names, and the italic dateline dates it', () => {
    const got = qas(corpus, id);
    expect(got).toHaveLength(5);
    for (const p of got) expect(p).toMatchObject({ asker: 'Fiona Tremaine', speaker: 'He Yi', year: 2025 });
  });

  it('the same shape in other words', () => {
    const c = one({
      'chat.md': [
        '# Ten Minutes With Nadia Okafor',
        '',
        '*The architect on cheap housing and why she still draws by hand. Questions from Tom Baxter, edited for space.*',
        '',
        '*Published 4 June 2023*',
        '',
        '**TB:** Why do you still draw by hand?',
        '',
        '**NO:** Because the pencil is slower than I am, and that is the point.',
        '',
        '**TB:** What would you build with unlimited money?',
        '',
        '**NO:** Nothing unlimited. A school, on a budget, in a hurry.',
        '',
      ].join('\n'),
    });
    const got = qas(c, 'chat');
    expect(got).toHaveLength(2);
    for (const p of got) expect(p).toMatchObject({ asker: 'Tom Baxter', speaker: 'Nadia Okafor', year: 2023 });
  });
});

describe('show notes', () => {
  it("a dateline among '·'-separated fields dates the episode", () => {
    expect(recordsOf(corpus, 'podcast-shownotes-unchained-ep').every((r) => r.year === 2024)).toBe(true);
    const c = one({ 'ep.md': ['# Ep. 12: Soil and Rain', '', 'Aired: 2022-09-14 · 44 min · Host: Ana Ruiz', '', 'This week we talk to a farmer about rain.', ''].join('\n') });
    expect(recordsOf(c, 'ep').every((r) => r.year === 2022)).toBe(true);
  });
});
