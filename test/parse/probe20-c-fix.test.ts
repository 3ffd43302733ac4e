/**
 * The findings probe20/c left open (/work/wt/probe20/FINDINGS-c.md), each read on its fixture and
 * on a text of its own in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const c = fixtureCorpus(join(FIXTURES, 'probe20', 'c'));
const one = (name: string, text: string) => recordsOf(loadCorpus(tempCorpus({ [`${name}.txt`]: text })), name);

/** An order quoting a deposition (Q./A.) and then reasoning in hard-wrapped prose, in other words. */
const orderWithExcerpt = [
  '        At her deposition, Okonjo described the March inspection of the warehouse floor.',
  '',
  '               Q. Did anyone from facilities walk the floor with you that day?',
  '               A. Only Pruitt. He ran the night shift.',
  '               Q. Desmond Pruitt?',
  '               A. Yes.',
  '',
  '        (Okonjo Dep. 61:4–9.) The standard for a hostile environment is settled. Harris, Inc.',
  '        v. Forklift Systems Group, Ltd., 510 U.S. 17, 21 (1993). The plaintiff relies on two',
  '        remarks Pruitt made at the shift meeting of June 2, 2022, in front of the crew. First,',
  '        Pruitt said, "Some people are not built for nights." (Compl. ¶ 14.) Second, he stated',
  '        that "the new hire will not last the month." (Id. ¶ 15.) Neither remark is severe.',
  '',
].join('\n');

describe('c7: an opinion\'s hard-wrapped paragraph around a Q./A. excerpt is read whole, as prose', () => {
  it('"Second, he stated that …" is Venn\'s, not a party to the case cited above it', () => {
    const second = recordsOf(c, 'opinion-order-venn').find((r) => r.text.startsWith('we have no reason'))!;
    expect(second.speaker).toBe('Venn');
  });
  it('in other words: a line stopping on "Inc." or a period does not end the paragraph', () => {
    const recs = one('order', orderWithExcerpt);
    expect(recs.find((r) => r.text.startsWith('the new hire'))?.speaker).toBe('Pruitt');
    expect(recs.find((r) => r.text.startsWith('Some people'))?.speaker).toBe('Pruitt');
    expect(recs.some((r) => r.speaker === 'Forklift Systems Group' || r.speaker === 'Harris')).toBe(false);
    // One paragraph from the citation to its last sentence, as prose reads it.
    expect(recs.find((r) => r.text.startsWith('The plaintiff relies'))?.line).toBe(recs.find((r) => r.text.startsWith('Neither remark'))?.line);
  });
});

/** A letter of support in other words: a woman, a short form of her first name, another woman quoted. */
const supportLetter = [
  '                                        Tomasz Wilk',
  '                                        14 Orchard Row',
  '                                        Bexley, OH 43209',
  '',
  'The Honorable Ruth A. Delacroix',
  'United States District Court',
  '',
  'RE: Sentencing of Alexandra Mirek, Case No. 2:24-cr-0118',
  '',
  'Dear Judge Delacroix:',
  '',
  'I have worked beside Alexandra Mirek at the county food bank for eleven years. I know',
  'Alex has admitted to taking money from the grant accounts, and I do not excuse it. But I',
  'also know the woman who drove the delivery van through the 2019 ice storm. When I asked',
  'her why, she told me, "Somebody has to, Tomasz. People are hungry tonight."',
  '',
  'Our volunteer coordinator, Greta Vance, said to me last winter, "I have never seen anyone',
  'work harder than that." I believe it still.',
  '',
  'Since her arrest, Alex has paid back $38,000. She told me in March, "I will pay back every',
  'cent of it." I have never known her to break a promise.',
  '',
  'Sincerely,',
  '',
  'Tomasz Wilk',
  '',
].join('\n');

describe('c4/c5: a letter of support: the person its "Re:" line names is who "he" or "she" is', () => {
  it('"He told me last month" and "he told me" are Nathaniel Brandt\'s ("Nate"), not the last man named', () => {
    const quotes = recordsOf(c, 'letter-support-teo').filter((r) => r.type === 'quote');
    expect(quotes.find((r) => r.text.startsWith('I want to finish'))?.speaker).toBe('Nathaniel Brandt');
    expect(quotes.find((r) => r.text.startsWith('They have rent too'))?.speaker).toBe('Nathaniel Brandt');
    expect(quotes.find((r) => r.text.startsWith("I don't know any"))?.speaker).toBe('Esteban Mora');
  });
  it('in other words: "RE: Sentencing of Alexandra Mirek", "Alex", "the woman who …", "She told me"', () => {
    const quotes = one('letter', supportLetter).filter((r) => r.type === 'quote');
    expect(quotes.find((r) => r.text.startsWith('Somebody has to'))?.speaker).toBe('Alexandra Mirek');
    expect(quotes.find((r) => r.text.startsWith('I will pay back'))?.speaker).toBe('Alexandra Mirek');
    expect(quotes.find((r) => r.text.startsWith('I have never seen'))?.speaker).toBe('Greta Vance');
  });
});

/** Two pages of a motion in other words, each with its footer block printed against the next page's stamp. */
const motionPages = [
  '     Case 3:25-cv-00412-JD Document 9 Filed 02/14/25 Page 1 of 3',
  '',
  '          Plaintiff Ilse Marquardt moves for a preliminary injunction against the county.',
  '     The county closed the north reading room on January 6, 2025, without notice.',
  '',
  '     MOTION FOR INJUNCTION - 1                     HOLLIS & RAINE PLLC',
  '     Marquardt v. Alder County, 3:25-cv-412     1200 FIFTH AVENUE, SUITE 300',
  '                                                 PORTLAND, OREGON 97204',
  '     Case 3:25-cv-00412-JD Document 9 Filed 02/14/25 Page 2 of 3',
  '',
  '          The reading room served 300 patrons a week. Its closing harms them daily.',
  '',
  '     MOTION FOR INJUNCTION - 2                     HOLLIS & RAINE PLLC',
  '     Marquardt v. Alder County, 3:25-cv-412     1200 FIFTH AVENUE, SUITE 300',
  '                                                 PORTLAND, OREGON 97204',
  '     Case 3:25-cv-00412-JD Document 9 Filed 02/14/25 Page 3 of 3',
  '',
  '          The Court should order the room reopened pending trial.',
  '',
].join('\n');

describe('c10: a filing\'s page footer, repeated against each page\'s stamp, is furniture', () => {
  it('"PLEA AGREEMENT - 1 UNITED STATES ATTORNEY United States v." is no claim', () => {
    const recs = recordsOf(c, 'plea-agreement-okafor');
    expect(recs.some((r) => /PLEA AGREEMENT - \d|STEWART STREET/.test(r.text))).toBe(false);
    expect(recs.find((r) => r.text.startsWith('The Penalties.'))?.text).toContain('Defendant understands that the statutory penalties');
  });
  it('in other words: "MOTION FOR INJUNCTION - 1 HOLLIS & RAINE PLLC" over two page breaks', () => {
    const recs = one('motion', motionPages);
    expect(recs.some((r) => /MOTION FOR INJUNCTION|FIFTH AVENUE|PORTLAND/.test(r.text))).toBe(false);
    expect(recs.some((r) => r.text.startsWith('The reading room served 300 patrons'))).toBe(true);
    expect(recs.some((r) => r.text.startsWith('The Court should order'))).toBe(true);
  });
});

/** A brief in other words: a man's statement set in under "he wrote:", no quotation marks. */
const briefWithBlock = [
  '       Tobias Engvall ran the Uppsala depot for nine years before the audit. He has since',
  'repaid the shortfall in full and resigned from the cooperative board.',
  '',
  '       Mr. Engvall does not minimize what happened. In his statement to the board, he wrote:',
  '',
  '              I moved the money between the accounts because I thought I could cover',
  '              the gap before the season ended. I was wrong, and I owe every member an',
  '              apology for it.',
  '',
  'Ex. 4 at 1. The board accepted his resignation the same week.',
  '',
].join('\n');

describe('c8: a block quotation set in under "… she writes:" is a quote of the person the clause means', () => {
  it('Ms. Haldane\'s letter, set in under "In her letter to the Court, she writes:"', () => {
    const block = recordsOf(c, 'sentencing-memo-haldane').filter((r) => r.line === 12);
    expect(block.map((r) => [r.type, r.speaker])).toEqual([['quote', 'Marisol Haldane']]);
  });
  it('in other words: "In his statement to the board, he wrote:"', () => {
    const recs = one('brief', briefWithBlock);
    const block = recs.filter((r) => r.text.includes('I moved the money'));
    expect(block.map((r) => [r.type, r.speaker])).toEqual([['quote', 'Tobias Engvall']]);
    expect(recs.find((r) => r.text.includes('The board accepted'))?.type).toBe('claim');
  });
});

/** A complaint in other words: the caption sets the plaintiff over her role; the text calls her "Plaintiff". */
const complaintCaption = [
  '     Case 4:24-cv-02210-HSG Document 1 Filed 04/09/24 Page 2 of 9',
  '',
  '     MARGARET OYELARAN,                    )',
  '                                           )   Case No. 24-cv-2210',
  '                 Plaintiff,                )',
  '            v.                             )   COMPLAINT FOR DAMAGES',
  '     HOLLOWAY FREIGHT SYSTEMS, INC.,       )',
  '                 Defendant.                )',
  '',
  '          1.   Plaintiff worked as a dispatcher at the Oakland terminal from 2016 until',
  '     her dismissal on January 5, 2023. On December 13, 2022, Plaintiff wrote to the terminal',
  '     manager, "I was told that people my age slow the floor down, and I want it on record."',
  '',
].join('\n');

describe('c11: a filing\'s defined party term names the person its caption or opening sets over it', () => {
  it('"Defendant wrote to a co-conspirator, …", "Defendant responded, …", "Defendant acknowledged, …" are Darius Okafor\'s', () => {
    const quotes = recordsOf(c, 'plea-agreement-okafor').filter((r) => r.type === 'quote');
    expect(quotes.map((r) => r.speaker)).toEqual(['Darius Okafor', 'Darius Okafor', 'Darius Okafor']);
  });
  it('in other words: "MARGARET OYELARAN, )" over "Plaintiff, )": "Plaintiff wrote to the terminal manager, …"', () => {
    const quote = one('complaint', complaintCaption).find((r) => r.type === 'quote');
    expect(quote?.speaker).toBe('Margaret Oyelaran');
  });
});

/** A brief's paragraph in other words: a citation wrapped before its docket number. */
const citedParagraph = [
  '       The warehouse lease ran through 2027, and the landlord never served a notice of default on',
  'the tenant. The court said as much on nearly the same facts. Harlow Leasing Co. v. Orrin,',
  'No. 19-cv-2201, slip op. at 4 (N.D. Ill. May 3, 2021). The tenant therefore owed no penalty.',
  '',
].join('\n');

describe('c12: a citation wrapped before its "No. 24-cr-413" stays one sentence', () => {
  it('"United States v. Yarrow," / "No. 24-cr-413, Tr. 22:9–11 …" is one record', () => {
    const recs = recordsOf(c, 'sentencing-memo-haldane');
    expect(recs.some((r) => r.text.trim() === 'United States v. Yarrow,')).toBe(false);
    expect(recs.some((r) => r.text.includes('United States v. Yarrow, No. 24-cr-413'))).toBe(true);
  });
  it('in other words: "Harlow Leasing Co. v. Orrin," / "No. 19-cv-2201, slip op. at 4 …"', () => {
    const recs = one('brief', citedParagraph);
    expect(recs.some((r) => r.text.startsWith('No. 19-cv-2201'))).toBe(false);
    expect(recs.some((r) => r.text.includes('Orrin, No. 19-cv-2201'))).toBe(true);
  });
});
