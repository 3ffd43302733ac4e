/**
 * Military, veterans' and oral-history archive documents, probe100-b: a press briefing's spokesperson
 * labelled with a two-word rank and a full name with a middle initial ("MAJ. GEN. ANDREA K. WHITFIELD:");
 * a veterans' history interview labelled by initials ("CA:", "RT:") under a summary table naming each
 * person with a middle initial; a place named like a person ("near Ben Tre.") taken for the "he" who
 * speaks in the sentences after it; a briefer's credit under the title ("Maj. Gen. Andrea K. Whitfield,
 * Director of Operations, U.S. Southern Command") read as a sentence, hiding the "Date:" line below it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe100', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a press briefing whose spokesperson is labelled "MAJ. GEN. ANDREA K. WHITFIELD:"', () => {
  const records = fixtureCorpus(DIR, ['press-briefing.txt']).records as Rec[];

  it('reads the ranked label as a label: the opening statement is hers, the label out of its words', () => {
    expect(at(records, 8)).toMatchObject({ type: 'quote', speaker: 'Andrea K. Whitfield', text: expect.stringMatching(/^Good afternoon, everyone\./) });
    expect(records.some((r) => /MAJ\. GEN\./.test(r.text))).toBe(false);
    // the later "GEN. WHITFIELD:" turns are the same person, named in full
    expect(at(records, 41, 'qa')?.speaker).toBe('Andrea K. Whitfield');
    expect(records.some((r) => r.speaker === 'Gen. Whitfield')).toBe(false);
  });

  it('in other words: "Brig. Gen." and "Lt. Col." before a name with an initial', () => {
    const doc = [
      'Briefing',
      '',
      'BRIG. GEN. TOMAS R. ECHEVERRIA: Good morning. I will take a few questions.',
      '',
      'Q: How many aircraft are flying?',
      '',
      'GEN. ECHEVERRIA: Eleven, as of this morning.',
      '',
      'LT. COL. HANNA J. MARKOVIC: Thank you, sir. That is all the time we have today.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'briefing.txt': doc })).records as Rec[];
    expect(at(got, 3)).toMatchObject({ type: 'quote', speaker: 'Tomas R. Echeverria', text: 'Good morning. I will take a few questions.' });
    expect(got.find((r) => r.text === 'Eleven, as of this morning.')).toMatchObject({ type: 'qa', speaker: 'Tomas R. Echeverria' });
    expect(got.find((r) => /^Thank you, sir\./.test(r.text))?.speaker).toBe('Hanna J. Markovic');
    expect(got.some((r) => /GEN\.|COL\./.test(r.text))).toBe(false);
  });
});

describe('a veterans history interview labelled "CA:" / "RT:" under a table of its people', () => {
  const records = fixtureCorpus(DIR, ['vhp-interview.txt']).records as Rec[];

  it("gives the initials the table's names with their middle initials", () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas.length).toBeGreaterThanOrEqual(8);
    for (const r of qas) expect(r).toMatchObject({ speaker: 'Reginald A. Thibodeaux', asker: 'Colleen M. Ashby' });
    expect(at(records, 63)).toMatchObject({ type: 'quote', speaker: 'Reginald A. Thibodeaux', text: 'Thank you for listening.' });
    expect(records.some((r) => r.speaker === 'RT' || r.asker === 'CA' || r.speaker === 'CA')).toBe(false);
  });

  it('in other words: "Dolores F. Quintanilla in conversation with Peter J. Haskins" over "PH:" / "DQ:"', () => {
    const doc = [
      "Women's Army Corps Oral History Collection",
      'Dolores F. Quintanilla in conversation with Peter J. Haskins, 2 May 2015',
      '',
      'PH: When did you join?',
      '',
      "DQ: I joined the Women's Army Corps in 1951.",
      '',
      'PH: Why?',
      '',
      'DQ: My sister had joined the year before.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'quintanilla.txt': doc })).records as Rec[];
    expect(got.map((r) => [r.type, r.speaker, r.asker])).toEqual([
      ['qa', 'Dolores F. Quintanilla', 'Peter J. Haskins'],
      ['qa', 'Dolores F. Quintanilla', 'Peter J. Haskins'],
    ]);
  });
});

describe('a place after "near" that reads as a given name and a surname: "near Ben Tre."', () => {
  it("is no person: the veteran's quoting of his boat captain is never Ben Tre's", () => {
    const records = fixtureCorpus(DIR, ['vhp-interview.txt']).records as Rec[];
    expect(records.some((r) => r.speaker === 'Ben Tre')).toBe(false);
    expect(records.find((r) => /Reggie, you get on that gun/.test(r.text))).toMatchObject({ type: 'qa', speaker: 'Reginald A. Thibodeaux' });
  });

  it('in other words: a story, the place then the person named; "he told me" is the person\'s', () => {
    const story = [
      'Ambush at Dak To',
      '',
      'The convoy was stopped two miles outside Kim Son. Our lieutenant, Tom Delacroix, ran back along the trucks under fire. He told me, "Get the wounded into the ditch and stay with them." I did.',
      '',
      'We were pinned down near Ben Tre. He said to us, "Nobody moves until the gunships come."',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'ambush.txt': story })).records as Rec[];
    expect(got.find((r) => /^Get the wounded/.test(r.text))).toMatchObject({ type: 'quote', speaker: 'Tom Delacroix' });
    expect(got.some((r) => r.speaker === 'Ben Tre' || r.speaker === 'Kim Son')).toBe(false);
  });
});

describe('a briefing\'s credit line of a name and its offices over the "Date:" field', () => {
  it('dates the briefing by the field below the credit, its initials\' stops no sentence', () => {
    const records = fixtureCorpus(DIR, ['press-briefing.txt']).records as Rec[];
    expect(records.length).toBeGreaterThan(10);
    for (const r of records) expect(r.year).toBe(2024);
  });

  it('in other words: "Col. Colin Ferris, Commander, U.S. Naval Forces Europe" over "Date: March 3, 2022"', () => {
    const doc = [
      'NEWS TRANSCRIPT',
      '',
      'Press Briefing on Exercise Northern Shield',
      'Col. Colin Ferris, Commander, U.S. Naval Forces Europe',
      'Date: March 3, 2022',
      '',
      'COL. FERRIS: Good morning. We have twelve ships at sea this week and more arriving.',
      '',
      'Q: How many sailors are taking part?',
      '',
      'COL. FERRIS: About four thousand.',
      '',
      'Q: When does the exercise end?',
      '',
      'COL. FERRIS: On the nineteenth.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'northern-shield.txt': doc })).records as Rec[];
    expect(got.map((r) => [r.type, r.speaker, r.year])).toEqual([
      ['quote', 'Colin Ferris', 2022],
      ['qa', 'Colin Ferris', 2022],
      ['qa', 'Colin Ferris', 2022],
    ]);
  });
});
