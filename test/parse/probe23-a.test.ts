/**
 * probe23 a: official proceedings (depositions, hearings, Hansard, regulators' minutes). Each rule
 * on the probe's fixture and on a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const a = loadCorpus(join(FIXTURES, 'probe23', 'a'));
const load = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const one = (name: string, text: string) => recordsOf(load(name, text), name.replace(/\.txt$/, ''));

describe('a deposition whose caption sets the deponent on the line under "DEPOSITION OF"', () => {
  it('credits A. and THE WITNESS: to the deponent (fixture)', () => {
    const recs = recordsOf(a, 'deposition-okafor-condensed');
    const answer = recs.find((r) => r.text.startsWith('In February of 2021'))!;
    expect(answer.speaker).toBe('Adaora Okafor');
    expect(recs.find((r) => r.text.startsWith('I saw it in April'))!.speaker).toBe('Adaora Okafor');
    expect(recs.find((r) => r.text.startsWith('I just did'))!.speaker).toBe('Adaora Okafor');
  });
  it('reads another caption the same way', () => {
    const recs = one(
      'dep.txt',
      `            IN THE CIRCUIT COURT OF COOK COUNTY

              REMOTE DEPOSITION OF
                 TOMASZ WIERZBICKI
              Chicago, Illinois
              Monday, May 6, 2024

BY MR. ALVAREZ:
     Q.   Where did you work in 2019?
     A.   At the grain terminal in Joliet.
     Q.   For how long?
          MS. DUNN: Objection. Vague.
          THE WITNESS: Four years, until the terminal closed.
`,
    );
    expect(recs.find((r) => r.text.startsWith('At the grain'))!.speaker).toBe('Tomasz Wierzbicki');
    expect(recs.find((r) => r.text.startsWith('Four years'))!.speaker).toBe('Tomasz Wierzbicki');
  });
});

describe('a meeting\'s record keys ("MOTION:", "VOTE:") are no speakers', () => {
  it('keeps the staff report and the remarks out of a "Vote" turn (fixture)', () => {
    const recs = recordsOf(a, 'regulator-board-minutes-2024-06');
    expect(recs.filter((r) => r.speaker === 'Vote' || r.speaker === 'Motion')).toEqual([]);
    // (the minutes' "Staff: Gregory Tan, Deputy Commissioner …" line names him in full: c33bbc9)
    expect(recs.find((r) => r.text.startsWith('Roughly half of applicants'))!.speaker).toBe('Gregory Tan');
    expect(recs.find((r) => r.text.startsWith('A cap protects'))!.speaker).toBe('Commissioner Park');
    expect(recs.find((r) => r.text.includes('At this rate we will not finish'))!.endLine).toBeLessThan(40);
  });
  it('reads another board\'s minutes the same way', () => {
    const recs = one(
      'board.txt',
      `RIVERTON SCHOOL BOARD — REGULAR MEETING MINUTES
March 4, 2025

1. CONSENT AGENDA
MOTION: Trustee Gallo moved to approve the consent agenda; Trustee Imrie seconded.
VOTE: 5-0. Motion carried.

2. BUDGET UPDATE
Finance Director Ruth Oyelaran said the district expects a shortfall of $2.1 million in 2026.
"We will not cut classroom staff," Oyelaran told the board.
Trustee Imrie asked whether bus routes would change.
MOTION: Trustee Imrie moved to hold a budget workshop in April; Trustee Gallo seconded.
VOTE: 4-1 (Delacroix opposed). Motion carried.
`,
    );
    expect(recs.filter((r) => r.speaker === 'Vote' || r.speaker === 'Motion')).toEqual([]);
    expect(recs.find((r) => r.text.startsWith('We will not cut'))!.speaker).toBe('Ruth Oyelaran');
  });
});

describe('an official named by titles and a surname ("Vice Chair Echeverría said …") is the "he" of the quote after', () => {
  it('credits the quote to that official, not an earlier one (fixture)', () => {
    const recs = recordsOf(a, 'regulator-board-minutes-2024-06');
    expect(recs.find((r) => r.text.startsWith('At this rate we will not finish'))!.speaker).toMatch(/Echeverría$/);
  });
  it('reads another text the same way', () => {
    const recs = one(
      'council.txt',
      `CITY COUNCIL — SUMMARY OF PROCEEDINGS
February 3, 2025

Mayor Pro Tem Ishikawa opened the hearing on the transit levy.

Deputy Mayor Lindgren said he would vote against it. "The levy asks renters to pay twice," he said.
`,
    );
    expect(recs.find((r) => r.text.startsWith('The levy asks'))!.speaker).toMatch(/Lindgren$/);
  });
});

describe('a Hansard division ("Question put …", the Ayes and Noes lists) is no member\'s words', () => {
  it('ends the last speech before the division (fixture)', () => {
    const recs = recordsOf(a, 'hansard-wa-assembly-2024-08-21');
    const vance = recs.find((r) => r.text.startsWith('The opposition will not oppose'))!;
    expect(vance.speaker).toBe('R.P. VANCE');
    expect(vance.text).not.toMatch(/division|Ayes|HALLORAN/);
    expect(recs.filter((r) => r.speaker && /Ayes \(33\)|Question thus passed/.test(r.text))).toEqual([]);
  });
  it('reads another chamber\'s division the same way', () => {
    const recs = one(
      'hansard.txt',
      `House of Assembly
Thursday, 6 March 2025

Ms T. OKONJO (Elizabeth) (16:10): I will support the amendment. Families in my electorate have waited since 2019 for this.

Mr B.K. FARRUGIA (Unley) (16:14): The government cannot support it, and I urge members to vote it down.

The house divided on the amendment:

AYES (11)
Okonjo, T.            Pettigrew, A.R.       Sandhu, H.
Walcott, J.M. (teller)

NOES (24)
Farrugia, B.K.        Lindqvist, E.         Marchetti, D.
Question thus negatived.
`,
    );
    const farrugia = recs.find((r) => r.text.startsWith('The government cannot support'))!;
    expect(farrugia.text).not.toMatch(/divided|AYES|Okonjo/);
    expect(recs.filter((r) => r.speaker && /AYES|negatived/.test(r.text))).toEqual([]);
  });
});

describe('two headings stacked over a Hansard speech (bill, then stage) are no words of the speech above', () => {
  it('keeps the bill heading out of the minister\'s answer (fixture)', () => {
    const recs = recordsOf(a, 'hansard-wa-assembly-2024-08-21');
    const last = recs.find((r) => r.text.startsWith('Those investigators start in October'))!;
    expect(last.text).not.toMatch(/AMENDMENT BILL/);
  });
  it('reads another debate the same way', () => {
    const recs = one(
      'council-hansard.txt',
      `Legislative Council
Tuesday, 11 March 2025

Hon K.L. ADEYEMI (South Metropolitan) (14:20): The member will have an answer in writing by Friday.

RESIDENTIAL TENANCIES AMENDMENT BILL 2025

Second Reading

Hon P.J. CARRUTHERS (North Metropolitan) (14:31): I move that the bill be now read a second time.
`,
    );
    expect(recs.find((r) => r.text.startsWith('The member will have'))!.text).not.toMatch(/TENANCIES/);
    expect(recs.find((r) => r.text.startsWith('I move that'))!.section).toBe('Second Reading');
  });
});

describe('a hearing\'s "[The prepared statement of Ms. X follows:]" prints the witness\'s own words', () => {
  it('credits the prepared statement to the witness (fixture)', () => {
    const recs = recordsOf(a, 'senate-hearing-stablecoin-gpo');
    const statement = recs.find((r) => r.text.includes('Parity Dollar was founded in 2019'))!;
    expect(statement.speaker).toBe('Dana Ferreira');
    expect(statement.text).not.toMatch(/PREPARED STATEMENT|General Counsel/);
  });
  it('reads another hearing the same way', () => {
    const recs = one(
      'house-hearing.txt',
      `    Chairman BRODEUR. Mr. Achterberg, you are recognized for 5 minutes.

        STATEMENT OF NIELS ACHTERBERG, CHIEF EXECUTIVE, NORDWIND RAIL

    Mr. ACHTERBERG. Thank you, Mr. Chairman. I will summarize my written testimony.
    [The prepared statement of Mr. Achterberg follows:]

              PREPARED STATEMENT OF NIELS ACHTERBERG
                  Chief Executive, Nordwind Rail

    Nordwind Rail carried 41 million passengers in 2023. We replaced 212 bridges since 2015.

    Chairman BRODEUR. Thank you. Ms. Varga, you are recognized.
    Ms. VARGA. Mr. Achterberg, when will the northern line reopen?
    Mr. ACHTERBERG. In September.
`,
    );
    const statement = recs.find((r) => r.text.includes('41 million passengers'))!;
    expect(statement.speaker).toMatch(/Achterberg/i);
    expect(statement.text).not.toMatch(/PREPARED STATEMENT/);
  });
});
