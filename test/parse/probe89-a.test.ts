/**
 * Business and finance documents, probe89-a: a deposition's "EXAMINATION BY MS. LIAO:" heading and
 * its "(BY MS. LIAO) You can answer." after an objection; a trade Q&A whose standfirst names the guest
 * mid-sentence and whose intro opens on her name; a call transcript's closing "Duration" and
 * participants list set one to a paragraph; a profile's "Speaking to … in 2019," and "in a 2020 blog post".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe89', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a deposition examined "EXAMINATION BY MS. LIAO:", resumed "Q. (BY MS. LIAO)"', () => {
  const records = fixtureCorpus(DIR, ['deposition.txt']).records as Rec[];

  it('asks by the examiner the heading names, never a person called "Examination By Ms. Liao"', () => {
    expect(records.some((r) => /Examination/.test(`${r.speaker} ${r.asker}`))).toBe(false);
    expect(at(records, 23, 'qa')).toMatchObject({ speaker: 'Ronald A. Pettigrew', asker: 'Ms. Liao', text: 'Ronald Alan Pettigrew.' });
    expect(at(records, 52, 'quote')?.speaker).toBe('Ms. Liao');
  });

  it('answers the question put before the objection, "(BY MS. LIAO) You can answer." between', () => {
    expect(at(records, 38, 'qa')).toMatchObject({ speaker: 'Ronald A. Pettigrew', question: expect.stringMatching(/^Did you know at the time/), text: expect.stringMatching(/^No\. We had a reserve/) });
    expect(at(records, 40)).toMatchObject({ type: 'quote', speaker: 'Mr. Osei-Bonsu' });
    // the marker names the examiner: no words of hers
    expect(at(records, 41)).toMatchObject({ type: 'quote', speaker: 'Ms. Liao', text: 'You can answer.' });
    expect(at(records, 56, 'qa')).toMatchObject({ asker: 'Ms. Liao', question: expect.stringMatching(/^Mr\. Pettigrew, before the break/) });
  });

  it('in other words: "Q. (BY MR. HALE)" hands the examination to the counsel it names', () => {
    const dep = [
      'EXAMINATION BY MS. PRICE:',
      '     Q.   Where were you on March 3?',
      '     A.   At the plant.',
      '               MS. PRICE: I pass the witness.',
      '     Q.   (BY MR. HALE) Who else was at the plant?',
      '     A.   The night shift.',
      '     Q.   How many people?',
      '     A.   About forty.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'deposition-ruiz.txt': dep })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.asker, r.question])).toEqual([
      ['Ms. Price', 'Where were you on March 3?'],
      ['Mr. Hale', 'Who else was at the plant?'],
      ['Mr. Hale', 'How many people?'],
    ]);
  });
});

describe('a trade Q&A: bold questions, a standfirst naming the guest mid-sentence', () => {
  const records = fixtureCorpus(DIR, ['trade-qa.md']).records as Rec[];

  it("gives the answers to the guest the intro opens on, asked by the byline's writer", () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(7);
    for (const r of qas) expect(r).toMatchObject({ speaker: 'Ingrid Vasquez-Holm', asker: 'Colm Adeyemi' });
  });

  it('in other words: a publication talking with its guest, her intro right above the first question', () => {
    const doc = [
      '# Why small exporters are hedging again',
      '',
      '*Harbour Trade Monthly talked with Rosalind Achebe, finance director of Kettle Foods, about currency risk.*',
      '',
      'By Tom Ferris | May 2, 2024',
      '',
      'Rosalind Achebe has run the finance team at Kettle Foods, a Leeds snack maker, since 2018.',
      '',
      '**When did you start hedging?**',
      '',
      'In 2022, after sterling fell. We lost a month of margin in a week.',
      '',
      '**Do you hedge everything now?**',
      '',
      'About two thirds of our dollar costs. The rest we leave open on purpose.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'hedging-qa.md': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.asker])).toEqual([
      ['Rosalind Achebe', 'Tom Ferris'],
      ['Rosalind Achebe', 'Tom Ferris'],
    ]);
    // a standfirst that names nobody: the intro right above the first question opens on the guest
    const plain = doc.replace(/^\*Harbour Trade Monthly talked with [^\n]*/m, '*A finance director on currency risk, and why she hedges two thirds of her dollars.*');
    const again = loadCorpus(tempCorpus({ 'hedging-qa.md': plain })).records as Rec[];
    expect(again.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Rosalind Achebe', 'Rosalind Achebe']);
  });
});

describe("an earnings call's closing Duration and participants, one to a paragraph", () => {
  const records = fixtureCorpus(DIR, ['earnings-call.txt']).records as Rec[];

  it("keeps the page's trailer out of the operator's sign-off and out of every record's words", () => {
    expect(records.some((r) => /Duration: 41 minutes|Analyst$/.test(r.text))).toBe(false);
    expect(records.filter((r) => r.line > 88).map((r) => r.text)).toEqual(['Call participants:']);
    expect(at(records, 49, 'qa')).toMatchObject({ speaker: 'Marisol Ekwueme', asker: 'Raj Subramanian' });
  });
});

describe("a profile's dated quotations", () => {
  const records = fixtureCorpus(DIR, ['founder-profile.md']).records as Rec[];

  it('dates "Speaking to the Houston Chronicle in 2019, she called …" and "she wrote in a 2020 blog post"', () => {
    expect(at(records, 24, 'quote')).toMatchObject({ speaker: 'Adaeze Okonjo-Reyes', year: 2019 });
    expect(at(records, 26, 'quote')).toMatchObject({ speaker: 'Adaeze Okonjo-Reyes', year: 2020 });
    // the undated ones keep the article's year
    expect(at(records, 34, 'quote')?.year).toBe(2025);
  });
});

describe("a press release's contacts under a \"Media Contacts\" standing alone, one block per company", () => {
  const records = fixtureCorpus(DIR, ['press-release.txt']).records as Rec[];

  it('keeps each block (company, name, e-mail, telephone) out of the claims', () => {
    expect(records.filter((r) => r.line >= 31)).toEqual([]);
    expect(at(records, 9, 'quote')?.speaker).toBe('Priyanka Desrosiers');
    expect(at(records, 13, 'quote')?.speaker).toBe('Harlan J. Meeks');
  });

  it('in other words: blocks with no address, or not under a contact label, stay the text they are', () => {
    const release = (label: string, block: string) =>
      `Northwind Ferries adds a winter route\n\nBERGEN, Norway, Jan. 8, 2025 /PRNewswire/ -- Northwind Ferries said today it will run a winter route to Stavanger from February, carrying up to 400 passengers a crossing.\n\n${label}\n\n${block}\n`;
    const contacts = loadCorpus(tempCorpus({ 'ferries.txt': release('Press enquiries', 'Northwind Ferries\nIngrid Solberg\npress@northwind.example') })).records as Rec[];
    expect(contacts.filter((r) => r.line >= 5)).toEqual([]);
    const list = loadCorpus(tempCorpus({ 'ferries.txt': release('Crossings', 'Bergen to Stavanger\nStavanger to Haugesund\nHaugesund to Bergen') })).records as Rec[];
    expect(list.some((r) => r.line >= 7)).toBe(true);
  });
});

describe('a letter signed "Sincerely," over the name, the title and the company', () => {
  it("reads the signer's title as the signature's, no claim", () => {
    const records = fixtureCorpus(DIR, ['shareholder-letter.md']).records as Rec[];
    expect(records.some((r) => /Chief Executive Officer/.test(r.text))).toBe(false);
    expect(records.every((r) => r.type !== 'claim' || r.speaker === 'Eamon R. Castellanos')).toBe(true);
    const letter = 'Dear friends,\n\nWe had a good year. Sales rose and costs fell in every region we serve.\n\nSincerely,\n\nJane Q. Doe\nPresident and Chief Executive Officer\nAcme Holdings, Inc.\nMarch 3, 2025\n';
    const got = loadCorpus(tempCorpus({ 'letter.txt': letter })).records as Rec[];
    expect(got.map((r) => r.text)).toEqual(['We had a good year.', 'Sales rose and costs fell in every region we serve.']);
  });
});
