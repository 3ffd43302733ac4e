/**
 * Line-numbered court transcripts (every line numbered 1–25 per page, a reporter's footer and the
 * page number under each page). Before: the footer ("Alderson Reporting Company") over the page
 * number read as a speaker label ("P R O C E E D I N G S" its quote) and its last copy ended the
 * last turn; a line wrapped under an open sentence ("…may it please the" / "Court: Ms. Markovic
 * drove …") opened a turn of "Supreme Court" with the lawyer's key words; the APPEARANCES lines
 * ("DAVID OSEI, ESQ., …; on behalf of the" / "Petitioner.") were labels quoting "Petitioner.";
 * the title was the caption box's rule "- - - - - x".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'fix47', 'b');

describe('a line-numbered Supreme Court oral argument', () => {
  const c = fixtureCorpus(DIR, ['oral-argument-24-117.txt']);
  const records = c.records.filter((r) => r.doc === 'oral-argument-24-117');

  it('reads the page footer as furniture: no voice, no words of the last turn', () => {
    expect(records.filter((r) => r.speaker === 'Alderson Reporting Company' || r.text.includes('Alderson'))).toEqual([]);
    expect(records.find((r) => r.line === 51)).toMatchObject({ type: 'quote', speaker: 'Chief Justice Halvorsen', text: 'Thank you. The case is submitted.' });
    expect(records.find((r) => r.line === 30)).toMatchObject({ speaker: 'Chief Justice Halvorsen', section: 'P R O C E E D I N G S' });
  });

  it('keeps a line wrapped under an open sentence in the turn it goes on', () => {
    expect(records.filter((r) => r.speaker === 'Supreme Court')).toEqual([]);
    expect(records.find((r) => r.line === 48)).toMatchObject({
      type: 'quote',
      speaker: 'Rachel Lind',
      text: 'Mr. Chief Justice, and may it please the Court: Ms. Markovic drove 61 hours in one week in 2021 because the app told her to.',
    });
  });

  it('reads the appearances as furniture and titles the document by its court', () => {
    expect(records.filter((r) => r.text === 'Petitioner.' || r.text === 'Respondent.')).toEqual([]);
    expect(records.filter((r) => r.line >= 15 && r.line <= 19)).toEqual([]);
    const doc = c.documents.find((d) => d.id === 'oral-argument-24-117')!;
    expect(doc.meta.title).toBe('IN THE SUPREME COURT OF THE UNITED STATES');
    expect(records.filter((r) => /- - -|\s:$/.test(r.text))).toEqual([]);
    expect([...new Set(records.map((r) => r.speaker))].sort()).toEqual(['Chief Justice Halvorsen', 'David Osei', 'Rachel Lind', null]);
    expect(records.find((r) => r.line === 40)).toMatchObject({ type: 'qa', speaker: 'David Osei', asker: 'Justice Abara' });
  });
});

/** A deposition in a state court, another reporter's footer with its telephone, in other words. */
function deposition(): string {
  const page1 = [
    'SUPERIOR COURT OF THE STATE OF OREGON',
    'FOR THE COUNTY OF LANE',
    '- - - - - - - - - - - - - - - x',
    'TOMAS BRANDT, :',
    'Plaintiff, : Case No. 23CV41876',
    'v. :',
    'WILLAMETTE GRAIN COOPERATIVE, :',
    'Defendant. :',
    '- - - - - - - - - - - - - - - x',
    'Eugene, Oregon',
    'Monday, March 3, 2025',
    'The deposition of Priya Naidoo was taken',
    'at the offices of counsel at 9:30 a.m.',
    'APPEARANCES:',
    'LUCIA FERRANTE, ESQ., Portland, Oregon; for the',
    'Plaintiff.',
    'OWEN BRANDIS, ESQ., Salem, Oregon; for the',
    'Defendant.',
  ];
  const page2 = [
    'EXAMINATION',
    'MS. FERRANTE: Ms. Naidoo, when did the grain',
    'dryer fail?',
    'MS. NAIDOO: In August of 2022, during the second',
    'harvest.',
    'MS. FERRANTE: And who did you tell about it first?',
    'MS. NAIDOO: I phoned the plant manager and the',
    'Office: they logged the call at 4:10 that afternoon.',
    'MS. FERRANTE: Was anyone hurt?',
    'MS. NAIDOO: No. Two workers left the building',
    'before the fire spread.',
    'MR. BRANDIS: Objection, form.',
    'MS. FERRANTE: Thank you, Ms. Naidoo.',
  ];
  const numbered = (ls: string[], n: number) => Array.from({ length: n }, (_, k) => `${k + 1} ${ls[k] ?? ''}`.trimEnd());
  const footer = 'Cascade Court Reporters, Inc. (541) 555-0187';
  return [...numbered(page1, 25), footer, '2', ...numbered(page2, page2.length), footer, ''].join('\n');
}

describe('in other words: a line-numbered state deposition', () => {
  const records = loadCorpus(tempCorpus({ 'naidoo.txt': deposition() })).records;

  it('reads footer, appearances and wrapped label by structure', () => {
    expect(records.filter((r) => r.speaker === 'Office' || /Cascade|555-0187/.test(r.text))).toEqual([]);
    expect(records.filter((r) => r.text === 'Plaintiff.' || r.text === 'Defendant.')).toEqual([]);
    expect(records.find((r) => r.line === 33)).toMatchObject({
      type: 'qa',
      speaker: 'Ms. Naidoo',
      asker: 'Lucia Ferrante',
      text: 'I phoned the plant manager and the Office: they logged the call at 4:10 that afternoon.',
    });
    expect(records.find((r) => r.line === 40)).toMatchObject({ type: 'quote', speaker: 'Lucia Ferrante', text: 'Thank you, Ms. Naidoo.', section: 'EXAMINATION' });
    expect(records.find((r) => r.line === 39)).toMatchObject({ type: 'quote', speaker: 'Owen Brandis', text: 'Objection, form.' });
  });

  it('titles it by its court, not the caption box', () => {
    const c = loadCorpus(tempCorpus({ 'naidoo.txt': deposition() }));
    expect(c.documents[0]!.meta.title).toBe('SUPERIOR COURT OF THE STATE OF OREGON');
    expect(c.records.filter((r) => /- - -|\s:$/.test(r.text))).toEqual([]);
  });
});

/** The leftovers of probe37-a's documents (test/fixtures/probe37/a). */
describe('probe37-a leftovers', () => {
  const c = fixtureCorpus(join(FIXTURES, 'probe37', 'a'), ['deposition-halvorsen.txt', 'police-interview.txt', 'arbitration-day2.txt']);
  const of = (doc: string) => c.records.filter((r) => r.doc === doc);

  it("resolves a deposition's examiner to the full name her label has", () => {
    const records = of('deposition-halvorsen');
    expect(records.find((r) => r.line === 99)).toMatchObject({ type: 'qa', speaker: 'Dana M. Halvorsen', asker: 'Caroline Wren' });
    expect(records.find((r) => r.line === 108)).toMatchObject({ type: 'quote', speaker: 'Caroline Wren', text: 'Nothing further.' });
    expect(records.filter((r) => r.asker === 'Ms. Wren' || r.speaker === 'Ms. Wren')).toEqual([]);
    // The appearances are furniture: no claims of counsel's names and addresses, no section of a city.
    expect(records.filter((r) => r.text === 'MS. CAROLINE WREN' || r.section === 'Chicago, Illinois 60606')).toEqual([]);
  });

  it("keeps a record's signature field out of the last quote", () => {
    expect(of('police-interview').find((r) => r.line === 56)).toMatchObject({ type: 'quote', speaker: 'DC Shah', text: "Okay. The time is 14:41 and I'm stopping the recording." });
  });

  it("keeps a break's time and note out of the last turn", () => {
    // (fix64-a: counsel's "No further questions." asks nothing: the President's words are a quote of their own, line 55.)
    expect(of('arbitration-day2').find((r) => r.line === 55)).toMatchObject({ type: 'quote', speaker: 'the President', text: "Thank you. We'll take fifteen minutes." });
  });

  it('in other words: an examiner, a break and a signed form', () => {
    const depo = [
      'APPEARANCES:',
      '',
      'For the Claimant:',
      '     MR. ANSELM KORHONEN',
      '',
      'For the Respondent:',
      '     MS. BEATRIZ OYELOWO',
      '',
      'BY MR. KORHONEN:',
      'Q. Where were you on the night of the 4th?',
      'A. At the depot until 11.',
      'MS. OYELOWO: Objection, leading.',
      'BY MS. OYELOWO:',
      'Q. Who else was at the depot?',
      'A. Nobody but the night porter.',
      'MR. KORHONEN: Nothing more from me.',
      '   [2.15 pm]   [Luncheon adjournment]',
      '',
      'Certified by shorthand writer: R. Tilley 0093',
      'Page 7 of 7',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'korhonen.txt': depo })).records;
    expect(records.find((r) => r.line === 10)).toMatchObject({ type: 'qa', asker: 'Anselm Korhonen', text: 'At the depot until 11.' });
    expect(records.find((r) => r.line === 14)).toMatchObject({ type: 'qa', asker: 'Beatriz Oyelowo', text: 'Nobody but the night porter.' });
    expect(records.find((r) => r.line === 12)).toMatchObject({ type: 'quote', speaker: 'Beatriz Oyelowo' });
    expect(records.find((r) => r.line === 16)).toMatchObject({ type: 'quote', speaker: 'Anselm Korhonen', text: 'Nothing more from me.' });
    expect(records.filter((r) => /Luncheon|Tilley|KORHONEN|OYELOWO/.test(r.text))).toEqual([]);
  });
});
