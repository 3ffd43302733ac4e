/**
 * Law, courts, parliament and government, probe94-a: a planning committee's minutes whose roll
 * ("PRESENT:", "OFFICERS:", "ALSO PRESENT:") and decisions ("RESOLVED:") are the clerk's keys, no
 * voices, under a long "MINUTES of the meeting held at … on DATE at 6.30 pm" dateline; a lobby
 * briefing's '"…", adding that the Prime Minister … were "…"'; Hansard's "The Minister for Housing
 * (Ruth Calder):" opening the debate; a witness statement's "I, Dana Pruitt, of <address>, say as
 * follows:"; a judgment's "Mr Hussain's evidence was that … He said …".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe94', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a planning committee\'s minutes: "PRESENT:" / "OFFICERS:" / "ALSO PRESENT:" and two "RESOLVED:"', () => {
  const records = fixtureCorpus(DIR, ['planning-minutes.txt']).records as Rec[];

  it('reads the roll and the decisions as the minutes\' text, no one\'s turns', () => {
    expect(records.some((r) => /Present|Resolved|Officers/i.test(`${r.speaker} ${r.asker}`))).toBe(false);
    expect(at(records, 7)).toMatchObject({ type: 'claim', speaker: null, text: expect.stringMatching(/^PRESENT: Councillor Jean Abara/) });
    expect(at(records, 47)).toMatchObject({ type: 'claim', text: expect.stringMatching(/^RESOLVED: That planning permission be GRANTED/) });
    // the objector's words stay hers
    expect(at(records, 31, 'quote')).toMatchObject({ speaker: 'Eileen Partridge', text: expect.stringMatching(/^Children walk to school/) });
  });

  it('dates the minutes by "MINUTES of the meeting held at <venue> on Thursday 14 March 2024 at 6.30 pm"', () => {
    expect(records.every((r) => r.year === 2024)).toBe(true);
  });

  it('in other words: a parish meeting\'s "Present:" / "Officers:" roll and "Resolved:" twice', () => {
    const minutes = [
      'ELMSWORTH PARISH COUNCIL',
      '',
      'Minutes of the meeting held in the Village Hall, Church Lane, Elmsworth on Monday 3 June 2024 at 7.30 pm',
      '',
      'Present: Cllr Anne Platt (Chair), Cllr Dev Rana, Cllr Sue Oakes.',
      '',
      'Officers: Mrs Lyn Carver (Clerk).',
      '',
      '1. Play area',
      '',
      'The Clerk reported that the swings had failed their annual inspection.',
      '',
      'Resolved: That the swings be replaced at a cost of up to £4,000.',
      '',
      '2. Grass cutting',
      '',
      'Cllr Rana said the contractor had missed two cuts in May.',
      '',
      'Resolved: That the Clerk write to the contractor.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'elmsworth-minutes.txt': minutes })).records as Rec[];
    expect(got.some((r) => /Resolved|Present|Officers/.test(`${r.speaker}`))).toBe(false);
    expect(got.filter((r) => /^Resolved:/.test(r.text)).map((r) => r.type)).toEqual(['claim', 'claim']);
    expect(got.every((r) => r.year === 2024)).toBe(true);
  });
});

describe('a lobby briefing: \'the spokesperson said they would "…", adding that the Prime Minister and the Chancellor were "…"\'', () => {
  const records = fixtureCorpus(DIR, ['lobby-briefing.md']).records as Rec[];

  it('gives both quotations to the spokesperson, never to "that the Prime Minister and the Chancellor were"', () => {
    expect(records.some((r) => /^that /.test(`${r.speaker}`))).toBe(false);
    expect(records.filter((r) => r.line === 13 && r.type === 'quote').map((r) => [r.speaker, r.text])).toEqual([
      ['the spokesperson', 'not get into cabinet discussions'],
      ['the spokesperson', 'in lockstep on the public finances'],
    ]);
  });

  it('in other words: "Ms Hart said the talks had gone "…", adding that Prime Minister Jones was "…""', () => {
    const doc = '# Talks resume\n\nBy Jo Bloggs\n\nThe union met ministers on Tuesday.\n\nMs Hart said the talks had gone "better than anyone expected", adding that Prime Minister Jones was "personally involved".\n';
    const got = loadCorpus(tempCorpus({ 'talks.md': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['Hart', 'Hart']);
  });
});

describe('Hansard: "The Minister for Housing (Ruth Calder): I beg to move …" opens the debate', () => {
  const records = fixtureCorpus(DIR, ['hansard-housing-2024.txt']).records as Rec[];

  it('gives the office-holder the speech, as "The Shadow Minister for Housing (Tomasz Lenart):" is read', () => {
    expect(at(records, 10)).toMatchObject({ type: 'quote', speaker: 'Ruth Calder', text: expect.stringMatching(/^I beg to move, That the Bill/) });
    expect(records.some((r) => r.line >= 10 && r.line <= 12 && r.speaker !== 'Ruth Calder')).toBe(false);
    expect(records.some((r) => /Minister for Housing/.test(`${r.speaker}`))).toBe(false);
    expect(at(records, 44, 'qa')?.asker).toBe('Tomasz Lenart');
  });
});

describe('an employment tribunal witness statement: "I, Dana Pruitt, of <address>, say as follows:"', () => {
  const records = fixtureCorpus(DIR, ['tribunal-statement-pruitt.txt']).records as Rec[];

  it("gives the maker her numbered first-person paragraphs, the people she quotes their words", () => {
    expect(at(records, 21)).toMatchObject({ type: 'claim', speaker: 'Dana Pruitt', text: 'I am the Claimant in these proceedings.' });
    expect(records.filter((r) => r.line === 33).map((r) => r.speaker)).toEqual(['Dana Pruitt', 'Dana Pruitt']);
    expect(at(records, 45)).toMatchObject({ speaker: 'Dana Pruitt', text: expect.stringMatching(/^I believe that the facts stated/) });
    expect(at(records, 27, 'quote')).toMatchObject({ speaker: 'Colette Barnes', text: expect.stringMatching(/^We can't have a deputy/) });
  });

  it('in other words: "I, Owen Price, of <address>, will say as follows:", and an "I, …," of a story', () => {
    const statement = [
      'WITNESS STATEMENT OF OWEN PRICE',
      '',
      'I, Owen Price, of 3 Mill Lane, Bristol BS1 4AB, will say as follows:',
      '',
      '1. I have been the site foreman at the Temple Quay development since 2019.',
      '',
      '2. On 4 March 2023 I inspected the loading dock and found the guard rail loose.',
      '',
      'I believe that the facts stated in this witness statement are true.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'price-statement.txt': statement })).records as Rec[];
    expect(got.filter((r) => r.line >= 5).map((r) => r.speaker)).toEqual(['Owen Price', 'Owen Price', 'Owen Price']);
    // an "I, …," that opens a sentence of a story is no statement's formula
    const story = '# A winter walk\n\nI, for one, never liked the cold, but we walked to the lake anyway.\n\nThe ice was thick enough to stand on by noon.\n';
    const plain = loadCorpus(tempCorpus({ 'walk.md': story })).records as Rec[];
    expect(plain.every((r) => r.speaker === null)).toBe(true);
  });
});

describe('a judgment: "[6] Mr Hussain\'s evidence was that … He said in his witness statement that "…""', () => {
  const records = fixtureCorpus(DIR, ['judgment-varley.txt']).records as Rec[];

  it('gives the quotation to Tariq Hussain, never to "Hussain\'s"', () => {
    expect(records.some((r) => /['’]s$/.test(`${r.speaker}`))).toBe(false);
    expect(at(records, 47, 'quote')).toMatchObject({ speaker: 'Tariq Hussain', text: 'everyone knew cage 14 was dodgy.' });
    expect(at(records, 49, 'quote')?.speaker).toBe('Leanne Groves');
  });

  it('in other words: "Ms Lee\'s account was different. She said that "…""', () => {
    const doc = 'JUDGMENT\n\n[1] I heard from Mr Tariq Hussain and Ms Ann Lee.\n\n[2] Ms Lee\'s account was different. She said that "nobody ever tagged anything in that depot."\n';
    const got = loadCorpus(tempCorpus({ 'lee.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['Ann Lee']);
    // the possessive names Mr Grant, but "The email said" after "an email … from the customer" is not his
    const email = 'JUDGMENT\n\nMr Justice Adebayo:\n\n1. Mr Oliver Grant accepted that he had seen an email of 28 April 2019 from the customer.\n\n2. I do not accept Mr Grant\'s evidence on this point. The email said, in terms, that the customer "will not be renewing on the current basis".\n';
    const judged = loadCorpus(tempCorpus({ 'grant.txt': email })).records as Rec[];
    expect(judged.filter((r) => r.type === 'quote')).toEqual([]);
  });
});
