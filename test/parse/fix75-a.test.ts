/**
 * Broadcast captions, fix75-a: in a news package's captions (`>>` at each change of voice), the
 * reporter's line that ends by naming one person ("COUNCIL MEMBER DANA REEVES VOTED NO.", "THE
 * UTILITY'S DIRECTOR, SAM OKORO, SAYS …") names the unlabelled voice right after it; the reporter's
 * sign-off ("IN NORTHEAST PORTLAND, JENNA LIU, KGW NEWS.") names the reporter. A sentence that
 * names no one, or two people, names no voice.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; role?: string | null; text: string };
const DIR = join(FIXTURES, 'fix75', 'a');
const at = (records: Rec[], line: number) => records.find((r) => r.line === line);

describe('a broadcast package in capitals (SRT)', () => {
  const records = fixtureCorpus(DIR, ['kgw-council-vote-package.srt']).records as Rec[];

  it('gives each bite to the person the reporter\'s lead-in names', () => {
    expect(at(records, 15)).toMatchObject({ type: 'quote', speaker: 'Dana Reeves', text: expect.stringMatching(/^WE ARE ASKING FAMILIES/) });
    expect(at(records, 31)).toMatchObject({ type: 'quote', speaker: 'Sam Okoro', text: expect.stringMatching(/^WE HAD 41 MAIN BREAKS/) });
  });

  it('reads the reporter as the person the sign-off names, the label her role', () => {
    for (const line of [11, 23, 35]) expect(at(records, line)).toMatchObject({ speaker: 'Jenna Liu', role: 'Reporter' });
    // the anchor's unlabelled opening names nobody
    expect(at(records, 3)?.speaker).toBeNull();
  });
});

describe('a broadcast package in mixed case (VTT)', () => {
  const records = fixtureCorpus(DIR, ['wkrn-library-hours-package.vtt']).records as Rec[];

  it('names the bites by role-then-name and by "NAME, a ROLE," lead-ins', () => {
    expect(at(records, 15)?.speaker).toBe('Priya Natarajan');
    expect(at(records, 29)?.speaker).toBe('Mark Ellison');
  });

  it('leaves the bite after a lead-in that names no one unnamed', () => {
    expect(at(records, 22)).toMatchObject({ speaker: null, text: 'My kids do their homework there every Sunday.' });
  });

  it('reads "Reporting from Riverside, I\'m Carla Mendes, WKRN News 2." as the reporter\'s sign-off, the anchor untouched', () => {
    for (const line of [8, 18, 25, 32]) expect(at(records, line)).toMatchObject({ speaker: 'Carla Mendes', role: 'Reporter' });
    expect(at(records, 4)?.speaker).toBe('Anchor');
  });
});

describe('a sign-off with the place after the outlet', () => {
  const srt = [
    '1', '00:00:00,000 --> 00:00:03,000', '>> REPORTER: THE PLAN HAS CRITICS, SAYS MAYOR TED WHEELER.', '',
    '2', '00:00:03,000 --> 00:00:06,000', '>> WE WILL GET THIS DONE.', '',
    '3', '00:00:06,000 --> 00:00:09,000', '>> REPORTER: THE VOTE IS IN MAY. JENNA LIU, KGW NEWS, PORTLAND.', '',
  ].join('\n');
  const records = loadCorpus(tempCorpus({ 'signoff.srt': srt })).records as Rec[];

  it('names the reporter, and the bite after "…, SAYS MAYOR TED WHEELER."', () => {
    expect(at(records, 7)?.speaker).toBe('Ted Wheeler');
    expect(at(records, 3)).toMatchObject({ speaker: 'Jenna Liu', role: 'Reporter' });
    expect(at(records, 11)).toMatchObject({ speaker: 'Jenna Liu', role: 'Reporter' });
  });
});

describe('lead-ins that name no single person', () => {
  const srt = [
    '1', '00:00:00,000 --> 00:00:03,000', '>> REPORTER: AFTER THE VOTE THE MAYOR MET PARENTS.', '',
    '2', '00:00:03,000 --> 00:00:06,000', '>> WE JUST WANT OUR KIDS SAFE.', '',
    '3', '00:00:06,000 --> 00:00:09,000', '>> REPORTER: SCHOOL BOARD PRESIDENT ANA RUIZ AND PRINCIPAL TOM BECK DISAGREE.', '',
    '4', '00:00:09,000 --> 00:00:12,000', '>> IT IS A HARD CALL.', '',
    '5', '00:00:12,000 --> 00:00:15,000', '>> THANK YOU, COUNCIL MEMBER DANA REEVES.', '',
    '6', '00:00:15,000 --> 00:00:18,000', '>> NEXT ON THE AGENDA IS THE PARKS LEVY.', '',
  ].join('\n');
  const records = loadCorpus(tempCorpus({ 'guard.srt': srt })).records as Rec[];

  it('gives the bite after them to nobody', () => {
    expect(at(records, 7)).toMatchObject({ speaker: null, text: 'WE JUST WANT OUR KIDS SAFE.' });
    expect(at(records, 15)).toMatchObject({ speaker: null, text: 'IT IS A HARD CALL.' });
    expect(at(records, 3)?.speaker).toBe('Reporter');
    // a chair thanking the one who spoke names nobody after it
    expect(at(records, 23)).toMatchObject({ speaker: null, text: 'NEXT ON THE AGENDA IS THE PARKS LEVY.' });
  });
});
