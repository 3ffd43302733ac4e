/**
 * Court filings copied out of their PDFs (test/fixtures/probe20/c): a plea agreement on pleading
 * paper (line numbers 1–28 down each page, a caption box, the court's filing stamp atop every page),
 * a sentencing memorandum, an opinion, a letter of support. Each shape is also tested on a small
 * text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const c = fixtureCorpus(join(FIXTURES, 'probe20', 'c'));
const docOf = (corpus: ReturnType<typeof loadCorpus>, id: string) => corpus.documents.find((d) => d.id === id)!;

/** A page of pleading paper in other words: a civil complaint's caption and its first paragraphs. */
const complaintPage = [
  '     Case 4:24-cv-02210-HSG Document 1 Filed 04/09/24 Page 2 of 9',
  '',
  ' 1',
  ' 2',
  ' 3    MARGARET OYELARAN,                    )',
  '                                            )   Case No. 24-cv-2210',
  ' 4                  Plaintiff,              )',
  '                                            )   COMPLAINT FOR DAMAGES',
  ' 5            v.                            )',
  '                                            )',
  ' 6    HOLLOWAY FREIGHT SYSTEMS, INC.,       )',
  '                                            )',
  ' 7                  Defendant.              )',
  ' 8',
  ' 9           Plaintiff Margaret Oyelaran, through her counsel of record, Tobias Renn of the',
  '10    Renn Law Group, alleges on information and belief the facts set forth below:',
  '11           1.   Plaintiff worked as a dispatcher at the Oakland terminal from 2016 until',
  '12    her dismissal on January 5, 2023. She was paid $31 per hour.',
  '13           2.   On December 12, 2022, her supervisor, Carl Dunmore, told her that',
  '14    "people your age slow the whole floor down." She reported the remark the next day.',
  '15           3.   Defendant did not investigate the complaint. Within three weeks she was',
  '16    dismissed for what Defendant called "attendance concerns."',
  '17',
  '18',
  '19',
  '20',
].join('\n');

describe('pleading paper: the line numbers down the margin are the page\'s, no words of the text', () => {
  it('the plea agreement\'s paragraphs read whole, without "19", "20" … inside them', () => {
    const recs = recordsOf(c, 'plea-agreement-okafor');
    // "… the right to have 20 this matter tried", "26 persons to commit …": the margin's numbers in the words.
    expect(recs.some((r) => /\b(?:have 20 this|26 persons|28 accomplish)\b/.test(r.text))).toBe(false);
    expect(recs.some((r) => /^\d{1,2}$/.test(r.text.trim()))).toBe(false);
    const charge = recs.find((r) => r.text.startsWith('The Charge.'))!;
    expect(charge.text).toContain('have this matter tried before a jury');
    expect(recs.find((r) => r.text.includes('knew the numbers on the dashboard'))?.text).toBe('I knew the numbers on the dashboard were made up after the first year.');
  });
  it('the same page in other words: a complaint\'s numbered lines', () => {
    const recs = recordsOf(loadCorpus(tempCorpus({ 'complaint.txt': complaintPage })), 'complaint');
    expect(recs.some((r) => /\b1[0-6]\s+\p{Ll}/u.test(r.text))).toBe(false);
    expect(recs.find((r) => r.text.startsWith('Plaintiff worked'))?.text).toBe('Plaintiff worked as a dispatcher at the Oakland terminal from 2016 until her dismissal on January 5, 2023.');
    expect(recs.find((r) => r.type === 'quote')?.text).toBe('people your age slow the whole floor down.');
  });
});

describe('a paragraph\'s first line set in from the margin is no heading, however many capitals it has', () => {
  it('"The United States of America, by and through Tessa M. Gorman, United" opens the paragraph under it', () => {
    const recs = recordsOf(c, 'plea-agreement-okafor');
    const opening = recs.find((r) => r.text.startsWith('The United States of America, by and through'))!;
    expect(opening.text).toContain('States Attorney for the Western District of Washington');
    expect(recs.some((r) => r.section?.includes('by and through'))).toBe(false);
  });
  it('the same in other words: the complaint\'s opening line names its counsel in capitals', () => {
    const recs = recordsOf(loadCorpus(tempCorpus({ 'complaint.txt': complaintPage })), 'complaint');
    expect(recs.find((r) => r.text.startsWith('Plaintiff Margaret Oyelaran'))?.text).toContain('Renn Law Group, alleges');
    expect(recs.some((r) => r.section?.includes('Tobias Renn'))).toBe(false);
  });
});

describe('a court caption\'s last row ("Defendant.   )") closes the caption and heads no section', () => {
  it('in the plea agreement', () => {
    const recs = recordsOf(c, 'plea-agreement-okafor');
    expect(recs.some((r) => r.text.includes(')') && /Defendant\.\s*\)/.test(r.text))).toBe(false);
    expect(recs.some((r) => r.section !== null && /\)$/.test(r.section))).toBe(false);
  });
  it('in the complaint', () => {
    const recs = recordsOf(loadCorpus(tempCorpus({ 'complaint.txt': complaintPage })), 'complaint');
    expect(recs.some((r) => /Defendant\.\s*\)/.test(r.text) || (r.section !== null && /\)$/.test(r.section)))).toBe(false);
  });
});

describe('the court\'s filing stamp atop each page ("Case … Document 23 Filed 11/21/23 Page 3 of 17")', () => {
  it('dates a filing nothing else dates, and is the page\'s furniture, never a section', () => {
    expect(docOf(c, 'plea-agreement-okafor').meta.date).toBe('2023-11-21');
    expect(docOf(c, 'sentencing-memo-haldane').meta.date).toBe('2025-06-03');
    for (const id of ['plea-agreement-okafor', 'sentencing-memo-haldane', 'opinion-order-venn', 'letter-support-teo']) {
      expect(recordsOf(c, id).some((r) => /Filed \d/.test(r.section ?? '') || /Filed \d/.test(r.text))).toBe(false);
    }
    expect(recordsOf(c, 'plea-agreement-okafor').every((r) => r.year === 2023)).toBe(true);
  });
  it('a bankruptcy court\'s stamp, with its "Doc" and "Entered", in other words', () => {
    const text = [
      'Case 23-10063-shl    Doc 412    Filed 06/14/23    Entered 06/14/23 16:02:11    Main Document',
      '                                 Pg 3 of 11',
      '',
      'The Debtors retained Halvorsen Advisory in 2022. Its managing director, Ines Carvalho, told the',
      'committee that "the estate can pay unsecured creditors in full within two years."',
      '',
      'Case 23-10063-shl    Doc 412    Filed 06/14/23    Entered 06/14/23 16:02:11    Main Document',
      '                                 Pg 4 of 11',
      '',
      'The committee objects to the fee of $1.4 million.',
    ].join('\n');
    const corpus = loadCorpus(tempCorpus({ 'objection.txt': text }));
    expect(docOf(corpus, 'objection').meta.date).toBe('2023-06-14');
    expect(recordsOf(corpus, 'objection').some((r) => /Doc 412/.test(r.text) || /Doc 412/.test(r.section ?? ''))).toBe(false);
  });
});

describe('a "Q." / "A." excerpt set in inside an opinion whose every line keeps the PDF\'s left margin', () => {
  it('the last answer ends where the text goes back to the page\'s margin', () => {
    const recs = recordsOf(c, 'opinion-order-venn');
    const answers = recs.filter((r) => r.type === 'qa');
    expect(answers.map((r) => r.text)).toEqual(['No. I assumed Martin had.', 'Yes. He was the CFO.']);
    expect(recs.find((r) => r.text.startsWith('The Court finds'))?.type).toBe('claim');
    expect(recs.find((r) => r.text.startsWith('Not in any way'))?.speaker).toBe('Venn');
  });
  it('the same in other words: an arbitral award quoting a cross-examination', () => {
    const text = [
      '    Page 12 of 40',
      '',
      '    The Tribunal heard Ms. Okonjo on the second day. Under cross-examination she said:',
      '',
      '              Q. Were the shipments inspected at Lagos?',
      '              A. Only the first two of them.',
      '              Q. And the rest?',
      '              A. They went straight to the warehouse in 2021.',
      '',
      '    (Hearing Tr. Day 2, 88:4–11.) The Tribunal accepts that evidence. The Respondent\'s own',
      '    logistics manager, Pieter Vos, wrote on 3 May 2021 that "nobody checked the later loads."',
      '    The claim for the cost of inspection, $84,000, therefore fails.',
    ].join('\n');
    const recs = recordsOf(loadCorpus(tempCorpus({ 'award.txt': text })), 'award');
    expect(recs.filter((r) => r.type === 'qa').at(-1)?.text).toBe('They went straight to the warehouse in 2021.');
    expect(recs.find((r) => r.text.includes('nobody checked the later loads'))?.speaker).toBe('Pieter Vos');
    expect(recs.some((r) => r.type === 'claim' && r.text.includes('therefore fails'))).toBe(true);
  });
});

describe('a case\'s name in a citation ("United States v. Corsey, 723 F.3d 366") names no speaker', () => {
  it('the memorandum\'s quotation of the Court of Appeals is not "United States"\'s', () => {
    const recs = recordsOf(c, 'sentencing-memo-haldane');
    expect(recs.find((r) => r.text.startsWith('the loss table'))?.speaker ?? '').not.toMatch(/United/);
    expect(recs.find((r) => r.text.startsWith('Marisol didn'))?.speaker).toBe('Dennis Yarrow');
  });
  it('in other words: a brief quoting a ruling, then "she" after a case cut at "Inc."', () => {
    const text = [
      'The Ninth Circuit has warned that "a forecast is not a promise of results." Kowalski v. Brightline Holdings, 88 F.4th 210, 219 (9th Cir. 2023).',
      '',
      'Ms. Adeyemi spoke twice on the call. Greenfield Capital, Inc. v. Oduya Partners, LLC, 402 F.3d 77 (2019). First, she said that "the pipeline has never been stronger."',
    ].join('\n');
    const recs = recordsOf(loadCorpus(tempCorpus({ 'brief.md': text })), 'brief');
    expect(recs.find((r) => r.text.startsWith('a forecast'))?.speaker ?? null).toBeNull();
    expect(recs.find((r) => r.text.startsWith('the pipeline'))?.speaker).toBe('Adeyemi');
  });
});
