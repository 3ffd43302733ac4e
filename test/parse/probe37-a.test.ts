/**
 * Research and legal transcripts (probe37-a): a police record of taped interview, a tribunal's and an
 * arbitration's hearing transcript. Before:
 * - the record of taped interview's rows ("0102   DC SHAH:   words", the tape counter, the label and
 *   the words in columns) were no labels: the whole record was prose, every turn a claim of nobody's;
 * - its form's "DOB: 14/02/1996", set beside "Person interviewed: NAME", dated the interview 1996;
 * - "Examination-in-chief by MR X" and "Direct examination by MR X" headed a section, but the
 *   "Cross-examination by MS Y" under it did not (an examiner line, no heading): the
 *   cross-examination's records kept the examination-in-chief's section;
 * - a hearing's "(9.30 am)" above the first turn headed the first section.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe37', 'a');

describe('a record of taped interview in columns', () => {
  it('reads the counter, label and words columns as turns, in the police interview', () => {
    const c = fixtureCorpus(DIR, ['police-interview.txt']);
    const records = c.records.filter((r) => r.doc === 'police-interview');
    expect(c.documents.find((d) => d.id === 'police-interview')!.shape).toBe('transcript');
    expect(records.find((r) => r.line === 15)).toMatchObject({ type: 'quote', speaker: 'DC Shah' });
    expect(records.find((r) => r.line === 15)!.text).toContain("I'm Detective Constable Priya Shah, collar number 4471, based at Lowfield Road.");
    expect(records.find((r) => r.line === 35)).toMatchObject({
      type: 'qa',
      speaker: 'Ashby',
      asker: 'DC Shah',
      question: 'On the night of the 21st of September, where were you?',
      text: 'I was at the Anchor, the pub on Quay Street, with my cousin till about eleven.',
    });
    // "DC DOYLE:" names himself "DC Mark Doyle, 2290.": a rank's initials before a full name, his name.
    expect(records.find((r) => r.line === 39)).toMatchObject({ type: 'qa', speaker: 'Ashby', asker: 'Mark Doyle', question: 'And after eleven?' });
    // No counter in any record's words.
    expect(records.filter((r) => /\b0\d{3}\b/.test(r.text))).toEqual([]);
    // The person's date of birth beside their name is no date of the interview.
    expect(records.filter((r) => r.year === 1996)).toEqual([]);
  });

  it('in other words: a regulator\'s interview, its counter, ranks and a birth date in the form', () => {
    const text = [
      'Harrow Road Police - Record of Interview',
      '',
      'Person interviewed: Tobias WRENFIELD          Date of birth: 02/11/1979',
      'Place: Harrow Road custody suite',
      'Officers: DS 812 OKORO, PC 5530 LINDQVIST',
      '',
      'Counter    Speaker         Words',
      '',
      '0000       DS OKORO:       This interview is recorded. State your name',
      '                           for the tape please.',
      '0006       WRENFIELD:      Tobias Wrenfield.',
      '0011       PC LINDQVIST:   Where did you park the van on Friday night?',
      '0017       WRENFIELD:      Behind the bakery on Dunmore Street, same as',
      '                           every week.',
      '0025       DS OKORO:       Who else has a key to that van?',
      '0031       WRENFIELD:      Only my brother, and he was in Leeds.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'rec.txt': text }));
    const records = c.records.filter((r) => r.doc === 'rec');
    expect(records.find((r) => r.line === 9)).toMatchObject({ type: 'quote', speaker: 'DS Okoro', text: 'This interview is recorded. State your name for the tape please.' });
    expect(records.find((r) => r.line === 11)).toMatchObject({ speaker: 'Wrenfield', text: 'Tobias Wrenfield.' });
    expect(records.find((r) => r.line === 12)).toMatchObject({
      type: 'qa',
      speaker: 'Wrenfield',
      asker: 'PC Lindqvist',
      question: 'Where did you park the van on Friday night?',
      text: 'Behind the bakery on Dunmore Street, same as every week.',
    });
    expect(records.find((r) => r.line === 15)).toMatchObject({ type: 'qa', speaker: 'Wrenfield', asker: 'DS Okoro', text: 'Only my brother, and he was in Leeds.' });
    expect(records.filter((r) => r.year === 1979)).toEqual([]);
  });

  it('leaves a list of counts and a year before a capitalised word as it was', () => {
    const text = [
      'Results by year',
      '',
      '2019     RESULTS: the ledger balanced for the third year running.',
      '1200  units were shipped that spring, a record for the plant.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'tally.txt': text }));
    expect(c.records.filter((r) => r.speaker !== null)).toEqual([]);
  });
});

describe('a hearing\'s examinations as sections', () => {
  it('heads the cross-examination\'s records with its own line, in the tribunal hearing', () => {
    const c = fixtureCorpus(DIR, ['tribunal-hearing.txt']);
    const records = c.records.filter((r) => r.doc === 'tribunal-hearing');
    expect(records.find((r) => r.line === 47)).toMatchObject({ type: 'qa', speaker: 'Amara Mbeki', asker: 'Mr Otieno', section: 'Examination-in-chief by MR OTIENO' });
    expect(records.find((r) => r.line === 55)).toMatchObject({
      type: 'qa',
      speaker: 'Amara Mbeki',
      asker: 'Ms Farrant',
      question: 'Ms Mbeki, you started with Corvane in April 2019, correct?',
      section: 'Cross-examination by MS FARRANT',
    });
    expect(records.filter((r) => r.line >= 55 && r.section !== 'Cross-examination by MS FARRANT')).toEqual([]);
  });

  it('and in the arbitration: direct, then cross-examination, no clock as a section', () => {
    const c = fixtureCorpus(DIR, ['arbitration-day2.txt']);
    const records = c.records.filter((r) => r.doc === 'arbitration-day2');
    expect(records.find((r) => r.line === 7)).toMatchObject({ type: 'qa', speaker: 'Mr Castellanos', asker: 'the President', section: null });
    expect(records.find((r) => r.line === 14)).toMatchObject({ type: 'qa', speaker: 'Ilse Brandt', asker: 'Mr Castellanos', section: 'Direct examination by MR CASTELLANOS' });
    expect(records.find((r) => r.line === 26)).toMatchObject({ type: 'qa', speaker: 'Ilse Brandt', asker: 'Ms Adeyemi', question: 'Good morning, Dr Brandt. You joined the Ministry of Energy in 2014, is that right?', section: 'Cross-examination by MS ADEYEMI' });
  });

  it('in other words: a Q. and A. hearing with re-direct and further cross-examination', () => {
    const text = [
      'IN THE MATTER OF AN ARBITRATION',
      'Hearing transcript, Day 4',
      '',
      '(2.05 pm)',
      '',
      '                 MR HENRIK SOLBERG (sworn)',
      '',
      '              Direct examination by MS PATEL',
      '',
      'Q. Mr Solberg, where were you working in 2015?',
      'A. At the shipyard in Bergen, as a planner.',
      '',
      '              Cross-examination by MR OYELARAN',
      '',
      'Q. You signed the delivery note on 3 May?',
      'A. I did, but I had not seen the hull.',
      '',
      '              Re-direct examination by MS PATEL',
      '',
      'Q. Why had you not seen the hull?',
      'A. It was still in the dry dock at Haugesund.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'day4.txt': text }));
    const records = c.records.filter((r) => r.doc === 'day4');
    expect(records.find((r) => r.line === 10)).toMatchObject({ type: 'qa', speaker: 'Henrik Solberg', asker: 'Ms Patel', section: 'Direct examination by MS PATEL' });
    expect(records.find((r) => r.line === 15)).toMatchObject({ type: 'qa', speaker: 'Henrik Solberg', asker: 'Mr Oyelaran', question: 'You signed the delivery note on 3 May?', section: 'Cross-examination by MR OYELARAN' });
    expect(records.find((r) => r.line === 20)).toMatchObject({ type: 'qa', speaker: 'Henrik Solberg', asker: 'Ms Patel', text: 'It was still in the dry dock at Haugesund.', section: 'Re-direct examination by MS PATEL' });
    expect(records.filter((r) => r.section?.includes('2.05'))).toEqual([]);
  });
});

describe('a deposition dated under a tall caption box', () => {
  it('reads the date under the caption, in the Halvorsen deposition', () => {
    const c = fixtureCorpus(DIR, ['deposition-halvorsen.txt']);
    const records = c.records.filter((r) => r.doc === 'deposition-halvorsen');
    expect(records.find((r) => r.line === 56)).toMatchObject({ type: 'qa', speaker: 'Dana M. Halvorsen', asker: 'Mr. Nwosu', text: 'Dana Marie Halvorsen.', date: '2020-02-11', year: 2020 });
  });

  it('in other words: a state court caption with its own page number above it', () => {
    const box = '                                    )';
    const text = [
      '                                                         Page 1',
      '           SUPERIOR COURT OF THE STATE OF WASHINGTON',
      '                    FOR KING COUNTY',
      '',
      '  ORCHARD VALE HOMEOWNERS',
      '  ASSOCIATION,                       )',
      box,
      '              Plaintiff,            )',
      box,
      '        v.                          )   No. 21-2-08841-7 SEA',
      box,
      '  TALLIS ROOFING CO.,                )',
      box,
      '              Defendant.            )',
      box,
      '',
      '             DEPOSITION OF MARCUS J. BELLWEATHER',
      '                   Seattle, Washington',
      '                 Monday, October 17, 2022',
      '',
      'BY MS. TRAN:',
      '     Q.   When did you inspect the roof?',
      '     A.   In the first week of March 2021.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'bellweather.txt': text }));
    const records = c.records.filter((r) => r.doc === 'bellweather');
    expect(records.find((r) => r.line === 22)).toMatchObject({ type: 'qa', asker: 'Ms. Tran', text: 'In the first week of March 2021.', date: '2022-10-17' });
  });
});

describe('a tape counter before a label in capitals, only where the rows read as a taped interview', () => {
  it('leaves a table of years and regions as text (review48)', () => {
    const text = ['Regional outlook', '', '2019   UK:   Growth slowed to 1.4 percent as investment stalled.', '2020   EU:   Output fell by 6 percent in the pandemic.', '2021   US:   The recovery was the fastest since 1984.', ''].join('\n');
    const records = loadCorpus(tempCorpus({ 'years.txt': text })).records;
    expect(records.map((r) => [r.line, r.type, r.speaker])).toEqual([
      [3, 'claim', null],
      [4, 'claim', null],
      [5, 'claim', null],
    ]);
  });
});
