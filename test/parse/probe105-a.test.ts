/**
 * Broadcast transcripts, probe105-a: a local station's news script (bracketed "SOT: (NAME, TITLE)"
 * slugs over bites set in quotation marks, "VO:" and "TAG:" copy, a slug block's "WRITER: MT   RUNS: :45"
 * row), and a current-affairs package whose presenter hands the story to a reporter labelled
 * "NAME, REPORTER:" ("Tom Vasquez reports."), his narration between the bites asking them nothing.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; role: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe105', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a local news script: "SOT: (NAME, TITLE)" bites, "VO:" and "TAG:" copy', () => {
  const records = fixtureCorpus(DIR, ['local-news.txt']).records as Rec[];

  it('gives each bite to the person its bracketed slug names, and to nobody else', () => {
    expect(at(records, 12)).toMatchObject({ type: 'quote', speaker: 'Jim Holloway', role: 'CITY ENGINEER', text: expect.stringMatching(/^"We found corrosion/) });
    expect(at(records, 18)).toMatchObject({ type: 'quote', speaker: 'Karen Blake', role: 'COMMUTER' });
    expect(at(records, 42)).toMatchObject({ type: 'quote', speaker: 'Angela Reyes', role: 'PARENT' });
    // the reporter the anchor's hand-off names says none of the bites' words
    expect(records.filter((r) => r.speaker === 'Carlos Dominguez').map((r) => r.line)).toEqual([22]);
  });

  it("reads the desk's VO and TAG copy as nobody's, no more of the anchor's turn or the bite above it", () => {
    expect(at(records, 6)).toMatchObject({ type: 'quote', speaker: 'Michelle Tran', text: expect.stringMatching(/has the story\.$/) });
    for (const line of [9, 16, 28, 39]) {
      const here = records.filter((r) => r.line === line);
      expect(here.length).toBeGreaterThan(0);
      for (const r of here) expect(r).toMatchObject({ type: 'claim' });
      expect(here.some((r) => /^(?:VO|TAG):/.test(r.text))).toBe(false);
    }
    expect(at(records, 9)?.text).toMatch(/^The Elm Street bridge has carried traffic/);
    expect(records.some((r) => /city plans to replace/.test(r.text) && r.speaker === 'Jim Holloway')).toBe(false);
    expect(records.some((r) => r.speaker !== null && /^(?:tag|vo|writer)$/i.test(r.speaker))).toBe(false);
  });

  it("keeps the slug block's row of fields out of the records", () => {
    expect(records.some((r) => r.line === 34 || /RUNS: :45/.test(r.text))).toBe(false);
  });

  it('in other words: a VO/SOT read by the anchor, the name in brackets after the cue', () => {
    const script = [
      'ANCHOR (RUTH BELL): The county opened its new library branch today.',
      '',
      'VO: Hundreds of families lined up before the doors opened at ten.',
      '',
      'SOT: (OMAR SADIQ, LIBRARIAN)',
      '"We have never seen a line like that. Not once in twelve years."',
      '',
      'SOT: (LENA PARK, PARENT)',
      '"My kids wanted to stay all day."',
      '',
      'TAG: The branch is open every day but Monday.',
      '',
      'ANCHOR (RUTH BELL): Coming up, the weather.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'vo-sot.txt': script })).records as Rec[];
    expect(got.map((r) => [r.line, r.type, r.speaker])).toEqual([
      [1, 'quote', 'Ruth Bell'],
      [3, 'claim', null],
      [5, 'quote', 'Omar Sadiq'],
      [8, 'quote', 'Lena Park'],
      [11, 'claim', null],
      [13, 'quote', 'Ruth Bell'],
    ]);
  });
});

describe("a current-affairs package: the presenter's hand-off, then the reporter's narration between bites", () => {
  const records = fixtureCorpus(DIR, ['abc-730.txt']).records as Rec[];

  it("reads the reporter's statements as his, the bites after them as answers to nothing", () => {
    expect(at(records, 11)).toMatchObject({ type: 'quote', speaker: 'Tom Vasquez', role: 'REPORTER' });
    expect(at(records, 13)).toMatchObject({ type: 'quote', speaker: 'Peter Alcott', role: 'RICE GROWER' });
    expect(at(records, 24)).toMatchObject({ type: 'quote', speaker: 'Tom Vasquez', text: 'The Water Minister says the buybacks are voluntary.' });
    expect(at(records, 26)).toMatchObject({ type: 'quote', speaker: 'Tanya Brennan' });
    expect(records.filter((r) => r.type === 'qa' && r.asker === 'Tom Vasquez')).toEqual([]);
  });

  it("still pairs the presenter's own questions once she speaks again", () => {
    expect(at(records, 37, 'qa')).toMatchObject({ speaker: 'Ian Kowalczyk', asker: 'Sarah Ferguson' });
    expect(at(records, 43, 'qa')).toMatchObject({ speaker: 'Ian Kowalczyk', asker: 'Sarah Ferguson', question: 'Short by how much?' });
  });

  it('in other words: a question the reporter puts in the package is still answered', () => {
    const doc = [
      'ANNA LEE, PRESENTER: The last bank in Carrow closes on Friday. Joe Marsh reports.',
      '',
      'JOE MARSH, REPORTER: The branch has stood on the high street since 1921.',
      '',
      'MAY FORD, SHOPKEEPER: We will have to drive to Tilby for cash now.',
      '',
      'JOE MARSH: Will you keep taking cash in the shop?',
      '',
      'MAY FORD: For as long as I can, yes.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'bank.txt': doc })).records as Rec[];
    expect(got.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [1, 'quote', 'Anna Lee', null],
      [3, 'quote', 'Joe Marsh', null],
      [5, 'quote', 'May Ford', null],
      [7, 'qa', 'May Ford', 'Joe Marsh'],
    ]);
  });
});

describe("a panel's played tape: the host's \"Let's listen to …\" before it", () => {
  const records = fixtureCorpus(DIR, ['aj-panel.txt']).records as Rec[];

  it('reads the lead-in as the host\'s words and the tape as answering nothing', () => {
    expect(at(records, 25)).toMatchObject({ type: 'quote', speaker: 'Hashem Ahelbarra', text: "Let's listen to what the mediator said on Tuesday." });
    expect(at(records, 27)).toMatchObject({ type: 'quote', speaker: 'Mediator' });
    expect(at(records, 30, 'qa')).toMatchObject({ speaker: 'Fatou Ndiaye', asker: 'Hashem Ahelbarra' });
  });

  it('in other words: "Take a listen to what your opponent said." before the clip, the question after it answered', () => {
    const doc = [
      'DANA PRICE, HOST: Minister, is the budget fair?',
      '',
      'KEN OBI, FINANCE MINISTER: It is fair to every household.',
      '',
      'DANA PRICE: Take a listen to what your opponent said this morning.',
      '',
      'RAE LUND, OPPOSITION LEADER: This budget is a fraud on working families.',
      '',
      'DANA PRICE: Your response?',
      '',
      'KEN OBI: She is wrong, and she knows it.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'budget.txt': doc })).records as Rec[];
    expect(got.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [1, 'qa', 'Ken Obi', 'Dana Price'],
      [5, 'quote', 'Dana Price', null],
      [7, 'quote', 'Rae Lund', null],
      [9, 'qa', 'Ken Obi', 'Dana Price'],
    ]);
  });
});
