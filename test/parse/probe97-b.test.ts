/**
 * Transport, aviation, maritime and defence documents, probe97-b: a cockpit voice recorder's rows
 * ("17:42:20 CAPT  Okay …") under a legend of its codes; an archive's "Copyright:" field under an
 * oral history; a briefing's reporters "Sanne de Wit, De Telegraaf." and "Pieter Hoogland again.";
 * a notice's "Q. (Name, role) …?" and its numbered paragraphs after the answers; minutes' and a
 * report's "3.2 He said:" after their paragraph numbers; a carrier's name ("… Container Line") as a company.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; role: string | null; asker: string | null; question: string | null; text: string; section: string | null };
const DIR = join(FIXTURES, 'probe97', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a cockpit voice recorder extract: time, code column, words; a legend of the codes above', () => {
  const records = fixtureCorpus(DIR, ['aaib-cvr.txt']).records as Rec[];

  it('reads each row as the words of the voice the legend gives its code, the bracket its role', () => {
    expect(at(records, 46)).toMatchObject({ type: 'quote', speaker: 'Carrickfergus Tower', text: expect.stringMatching(/^Romeo X-ray, wind two four zero/) });
    expect(at(records, 48)).toMatchObject({ type: 'quote', speaker: 'Commander', role: 'pilot flying', text: 'Okay, gusting forty-two. Add ten to the bug.' });
    expect(at(records, 49)).toMatchObject({ type: 'quote', speaker: 'First officer', role: 'pilot monitoring', text: 'Ten added. Speed one three eight.' });
    expect(at(records, 55)).toMatchObject({ type: 'quote', speaker: 'Automated aircraft callout' });
    // one row, one record: no row runs into the next
    expect(records.filter((r) => r.line >= 46 && r.line <= 66).every((r) => r.endLine === r.line && !/\d\d:\d\d:\d\d/.test(r.text))).toBe(true);
  });

  it('keeps the legend out of the records and the sections; the next numbered section ends the last row', () => {
    expect(records.some((r) => /^(?:Legend:|F\/O First officer|ATC Carrickfergus|\( \) Words)/.test(r.text))).toBe(false);
    expect(at(records, 47)?.section).toBe('1.15 Cockpit voice recorder');
    expect(at(records, 66)).toMatchObject({ endLine: 66, speaker: 'First officer' });
    // "He said:" under "1.15.1 Commander's interview" is nobody named above that heading (not the fire officer of 1.14)
    const interview = records.filter((r) => r.line === 70);
    expect(interview.every((r) => r.section === "1.15.1 Commander's interview" && r.speaker !== 'Declan Ferris')).toBe(true);
  });

  it('in other words: a tab after the code in the rows, "HOT-1" codes', () => {
    const cvr = ['Legend:', 'HOT-1   Captain', 'HOT-2   First officer', 'CTR     Centre controller', '', '14:02:11 HOT-1\tGear up.', '14:02:15 HOT-2\tGear is up.', '14:02:20 CTR\tClimb flight level one two zero.', '14:02:25 HOT-1\tThanks.', '14:02:29 HOT-2\tOne two zero.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'cvr-note.txt': cvr })).records as Rec[];
    expect(got.filter((r) => r.type === 'quote').map((r) => [r.speaker, r.text])).toEqual([
      ['Captain', 'Gear up.'],
      ['First officer', 'Gear is up.'],
      ['Centre controller', 'Climb flight level one two zero.'],
      ['Captain', 'Thanks.'],
      ['First officer', 'One two zero.'],
    ]);
  });
});

describe("an oral history's archive foot: 'Copyright: HOLDER. Not to be reproduced without permission.'", () => {
  const records = fixtureCorpus(DIR, ['oral-history.txt']).records as Rec[];

  it('is no speaker answering the last question, and no record', () => {
    expect(records.some((r) => r.speaker === 'Copyright')).toBe(false);
    expect(at(records, 52)).toMatchObject({ type: 'quote', speaker: 'Margaret Oyelaran', text: 'Thank you, Harry.' });
    expect(records.some((r) => /Not to be reproduced/.test(r.text))).toBe(false);
  });
});

describe('a defence press briefing: reporters give name and outlet, then ask on', () => {
  const records = fixtureCorpus(DIR, ['mod-briefing.txt']).records as Rec[];

  it('"Sanne de Wit, De Telegraaf." names her with her particle; "But …" pushes back as her follow-up', () => {
    expect(at(records, 25, 'qa')).toMatchObject({ asker: 'Sanne de Wit', speaker: 'Anneliese Vantongeren' });
    expect(at(records, 29, 'qa')).toMatchObject({ asker: 'Sanne de Wit', question: expect.stringMatching(/^But the original estimate/) });
  });

  it('"Pieter Hoogland again." is the reporter asking again', () => {
    expect(at(records, 45, 'qa')).toMatchObject({ asker: 'Pieter Hoogland' });
  });
});

describe("a harbour master's notice: numbered paragraphs, a Q. and A. section", () => {
  const records = fixtureCorpus(DIR, ['harbour-notice.txt']).records as Rec[];

  it('asks by the person named in brackets after "Q.", never by a club', () => {
    expect(at(records, 28, 'qa')).toMatchObject({ asker: 'Ewan MacAulay', question: expect.stringMatching(/^Will the fishing fleet/) });
    expect(at(records, 37, 'qa')).toMatchObject({ asker: 'Alasdair Reid' });
    expect(at(records, 33, 'qa')?.asker).toBeNull();
  });

  it("ends the last answer where the notice's numbering goes on (\"6. The Harbour Master … said:\")", () => {
    expect(at(records, 41, 'qa')).toMatchObject({ endLine: 43, text: expect.not.stringMatching(/Harbour Master|in force/) });
    expect(at(records, 45)).toMatchObject({ type: 'quote', speaker: 'Morven Sinclair' });
    expect(at(records, 49)).toMatchObject({ type: 'claim', text: 'This notice will remain in force until cancelled.' });
  });

  it('in other words: an answer\'s own numbered list (its "1." under the notice\'s "2.") goes on in it', () => {
    const doc = ['1. Scope', '', 'Permits are checked at the gate.', '', '2. Questions', '', 'Q. What must we bring?', 'A. Two things.', '', '1. Your permit.', '', '2. Your logbook.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'notice-faq.txt': doc })).records as Rec[];
    const qa = got.find((r) => r.type === 'qa')!;
    expect(qa.text).toMatch(/^Two things\.[\s\S]*Your permit\.[\s\S]*Your logbook\./);
  });
});

describe('a paragraph number before the subject: "3.2 He said: “…”", "4.12 Mr Daniel Abara … told"', () => {
  it("gives minutes' quotation to the person the paragraph above named", () => {
    const records = fixtureCorpus(DIR, ['rail-board-minutes.txt']).records as Rec[];
    expect(at(records, 27)).toMatchObject({ type: 'quote', speaker: 'Graham Keel', text: expect.stringMatching(/^We are not where we want to be/) });
  });

  it('in other words: a numbered report paragraph', () => {
    const doc = ['Report', '', '4.11 Rents rose again.', '', '4.12 Ms Ada Oduya, chair of the trust, told the Committee that landlords were “walking away from the market in numbers”.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'report.txt': doc })).records as Rec[];
    expect(got.find((r) => r.type === 'quote')).toMatchObject({ speaker: 'Ada Oduya', text: 'walking away from the market in numbers' });
  });
});

describe('a trade profile: "she says" after a sentence about the company "Nordvik Container Line"', () => {
  it('is the executive, never the shipping line', () => {
    const records = fixtureCorpus(DIR, ['shipping-profile.md']).records as Rec[];
    expect(records.some((r) => r.speaker === 'Nordvik Container Line')).toBe(false);
    expect(at(records, 20, 'quote')).toMatchObject({ speaker: 'Ingrid Solheim', text: expect.stringMatching(/^We'll cut fuel burn/) });
  });
});
