/**
 * probe32-b: corporate communications saved as text: wire releases, a CEO's shareholder letter, a
 * company blog post, an investor-update e-mail carrying an earnings call's prepared remarks. The
 * shapes read wrong before: prepared remarks under all-capitals "NAME, TITLE" headings were the
 * e-mail sender's (or nobody's) claims; a Business Wire dateline ("CITY--(BUSINESS WIRE)--DATE--")
 * dated nothing; a single letter signed "— NAME, Chief Executive Officer" was nobody's. Each rule
 * on the fixture's shape and on a text in other words.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const corpusOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const recordOf = (c: ReturnType<typeof corpusOf>, words: RegExp) => c.records.find((r) => words.test(r.text));

describe('prepared remarks under "NAME, TITLE" headings', () => {
  it('gives each heading\'s paragraphs to its person, not to the e-mail\'s sender', () => {
    const c = corpusOf('remarks.txt', [
      'From: Investor Relations <ir@quillstone.io>',
      'Date: Thu, 30 Oct 2025 16:12:44 -0400',
      'Subject: Q3 2025 Prepared Remarks',
      '',
      'Dear investors, the prepared remarks from today\'s call are below.',
      '',
      'BEATRIZ SALGADO, VICE PRESIDENT, INVESTOR RELATIONS',
      '',
      'Good afternoon, and thank you for joining us. With me today are our CEO and our CFO.',
      '',
      'OWEN LATIMER, CHIEF EXECUTIVE OFFICER',
      '',
      'Thanks, Beatriz. Q3 was our strongest quarter since we went public in 2022.',
      '',
      'Revenue was $182.4 million, up 27% year over year.',
      '',
      'PRIYANKA RAO, CHIEF FINANCIAL OFFICER',
      '',
      'Thank you, Owen. Gross margin was 78.1%, compared with 75.6% in Q3 2024.',
      '',
      '----------------------------------------',
      '',
      'Quillstone, Inc. | 500 Harrison Street, San Francisco, CA 94107',
      '',
    ].join('\n'));
    expect(recordOf(c, /Good afternoon/)?.speaker).toBe('Beatriz Salgado');
    expect(recordOf(c, /Revenue was \$182\.4 million/)?.speaker).toBe('Owen Latimer');
    expect(recordOf(c, /Revenue was \$182\.4 million/)?.role).toBe('Chief Executive Officer');
    expect(recordOf(c, /Gross margin/)?.speaker).toBe('Priyanka Rao');
    // The rule under the last part ends it: the e-mail's footer is no one's words.
    expect(recordOf(c, /Harrison Street/)?.speaker).not.toBe('Priyanka Rao');
  });
  it('reads the same layout in other words, names in ordinary case', () => {
    const c = corpusOf('call.txt', [
      'HARBORLINE FOODS',
      'FISCAL 2024 FOURTH QUARTER RESULTS - SCRIPTED REMARKS',
      '',
      'Tomas Ekdahl, Chief Executive Officer',
      '',
      'We closed fiscal 2024 with 412 restaurants, 38 more than a year earlier.',
      '',
      'Same-store sales rose 5.2%, led by our breakfast menu.',
      '',
      'Ingrid Molnar, Chief Financial Officer',
      '',
      'Thanks, Tomas. Net income was $48 million, or $1.12 per share.',
      '',
    ].join('\n'));
    expect(recordOf(c, /412 restaurants/)?.speaker).toBe('Tomas Ekdahl');
    expect(recordOf(c, /Same-store sales/)?.speaker).toBe('Tomas Ekdahl');
    expect(recordOf(c, /Net income was \$48 million/)?.speaker).toBe('Ingrid Molnar');
  });
});

describe('a Business Wire dateline, the wire before the date ("CITY--(BUSINESS WIRE)--DATE--")', () => {
  it('dates the release', () => {
    const c = corpusOf('release.txt', [
      'FOR IMMEDIATE RELEASE',
      '',
      'LumenPath Logistics to Acquire Carrow Freight Analytics for $215 Million',
      '',
      'AUSTIN, Texas--(BUSINESS WIRE)--June 10, 2025--LumenPath Logistics, Inc. (NYSE: LMPH) today announced that it will acquire Carrow Freight Analytics.',
      '',
      '"Carrow answers that question better than anyone we have met," said Renata Oduya, Chief Executive Officer of LumenPath.',
      '',
    ].join('\n'));
    expect(recordOf(c, /Carrow answers/)?.date).toBe('2025-06-10');
    expect(recordOf(c, /Carrow answers/)?.year).toBe(2025);
  });
  it('reads the same form with a spelled-out wire and an abbreviated month, in other words', () => {
    const c = corpusOf('wire.txt', [
      'Harborline Foods Names Ingrid Molnar Chief Financial Officer',
      '',
      'MINNEAPOLIS--(BUSINESS WIRE)--Sept. 3, 2024--Harborline Foods (NASDAQ: HBLF) today named Ingrid Molnar its chief financial officer, effective October 1.',
      '',
      '"Ingrid knows our business cold," said Tomas Ekdahl, the company\'s chief executive.',
      '',
    ].join('\n'));
    expect(recordOf(c, /knows our business/)?.date).toBe('2024-09-03');
  });
});

describe('a letter signed "— NAME, TITLE" under its sign-off, the dash before the name', () => {
  it('is its signer\'s: the first-person claims are the chief executive\'s', () => {
    const c = corpusOf('letter.md', [
      '# Letter to Our Shareholders',
      '',
      '*Brightwell Pharmacy Group — 2024 Annual Report*',
      '',
      'Dear Fellow Shareholders,',
      '',
      'When I became Chief Executive Officer in March 2022, Brightwell operated 612 pharmacies.',
      '',
      'In 2024, revenue grew 6.8% to $4.9 billion. I apologize to the patients who waited too long.',
      '',
      'Sincerely,',
      '',
      '— Marguerite Ellison, Chief Executive Officer',
      '',
      'April 2, 2025',
      '',
      '---',
      '',
      'Brightwell Pharmacy Group | 2024 Annual Report | 3',
      '',
    ].join('\n'));
    expect(recordOf(c, /612 pharmacies/)?.speaker).toBe('Marguerite Ellison');
    expect(recordOf(c, /revenue grew 6\.8%/)?.speaker).toBe('Marguerite Ellison');
  });
  it('reads a letter "To our shareowners:" signed with an en dash, in other words', () => {
    const c = corpusOf('founder.txt', [
      'To our shareowners:',
      '',
      'Twelve years ago I started Harborline Foods with one kitchen and 14 employees.',
      '',
      'This year we served 31 million meals, and I am prouder of our cooks than of any number.',
      '',
      'Best regards,',
      '–Priya Anand, Founder and Chief Executive Officer',
      '',
    ].join('\n'));
    expect(recordOf(c, /31 million meals/)?.speaker).toBe('Priya Anand');
  });
});

describe('a printed report\'s running footer, its fields set off by bars and the page number last', () => {
  it('is page furniture, no claim (and no claim of the letter\'s signer)', () => {
    const c = corpusOf('letter.txt', [
      'Dear Fellow Shareholders,',
      '',
      'In 2024, revenue grew 6.8% to $4.9 billion, and we opened 19 stores.',
      '',
      'We plan to open 25 clinics in 2025.',
      '',
      'Sincerely,',
      '',
      'Marguerite Ellison',
      '',
      '---',
      '',
      'Brightwell Pharmacy Group | 2024 Annual Report | 3',
      '',
    ].join('\n'));
    expect(recordOf(c, /Annual Report \| 3/)).toBeUndefined();
    expect(recordOf(c, /25 clinics/)?.speaker).toBe('Marguerite Ellison');
  });
  it('reads a footer in other words: a fund\'s quarterly letter, page 12', () => {
    const c = corpusOf('fund.txt', [
      'Our fund returned 4.1% in the quarter, against 3.2% for the index.',
      '',
      'We added two positions in June.',
      '',
      'Okonjo Capital Partners | Q2 2025 Investor Letter | Confidential | 12',
      '',
    ].join('\n'));
    expect(recordOf(c, /Investor Letter/)).toBeUndefined();
    expect(recordOf(c, /two positions/)).toBeDefined();
  });
});
