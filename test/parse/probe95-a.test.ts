/**
 * Workplace, HR and user-research documents, probe95-a: a call-centre transcript and a research
 * session whose headers name who plays the part their turns go under ("Agent: Chloe Barnes (ID
 * 20417)", "Researcher: Hannah Okafor", "Note-taker: Dev Raman"); an all-hands Q&A written up with
 * each question a heading crediting its sender and votes ("### "…?" — Anonymous (142 upvotes)"); an
 * exit-interview write-up's "Comment from Tomasz Wierzbicki, Engineering Manager:" over his words; a
 * 360 summary titled with its subject's full name quoting him by first name ("Jamal wrote: …").
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; askerRole?: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe95', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a header naming the holder of a part its turns go under', () => {
  it('a call transcript: "Agent: Chloe Barnes (ID 20417)" is who "Agent:" is', () => {
    const records = fixtureCorpus(DIR, ['support-call.txt']).records as Rec[];
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas.length).toBe(8);
    for (const r of qas) expect(r).toMatchObject({ asker: 'Chloe Barnes', speaker: 'Customer' });
    expect(at(records, 25)).toMatchObject({ type: 'quote', speaker: 'Chloe Barnes' });
    expect(records.some((r) => r.speaker === 'Agent' || r.asker === 'Agent')).toBe(false);
  });

  it('a research session: "Researcher:" and "Note-taker:" are the people the header names', () => {
    const records = fixtureCorpus(DIR, ['ux-interview-p4.txt']).records as Rec[];
    expect(at(records, 15, 'qa')).toMatchObject({ asker: 'Hannah Okafor', speaker: 'P4', question: expect.stringMatching(/^Great\. Can you walk me through/) });
    expect(at(records, 43, 'qa')).toMatchObject({ asker: 'Dev Raman', speaker: 'P4' });
    expect(at(records, 51)).toMatchObject({ type: 'quote', speaker: 'Hannah Okafor' });
    // the header's fields are no turns
    expect(records.some((r) => /Researcher|Note-taker/.test(`${r.speaker} ${r.asker}`))).toBe(false);
  });

  it('in other words: a part no list knows, its header line above the turns', () => {
    const doc = [
      'Support chat log #5521',
      'Advisor: Tomás Ibarra',
      '',
      'Advisor: Hi, thanks for waiting. What seems to be the problem?',
      'Caller: My router keeps dropping the connection.',
      'Advisor: Have you restarted it today?',
      'Caller: Twice already.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'chat-5521.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker])).toEqual([
      ['Tomás Ibarra', 'Caller'],
      ['Tomás Ibarra', 'Caller'],
    ]);
  });

  it('a form\'s "Candidate: NAME" over notes that never ask is no conversation part, and a first turn naming someone is a turn', () => {
    const card = [
      'Candidate: Ola Nordmann',
      '',
      'Q1: Tell us about a launch that went wrong?',
      'Candidate: Described a delayed rollout in 2023.',
      'Q2: Why this role?',
      'Candidate: Wants a larger merchant base.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'card.txt': card })).records as Rec[];
    expect(got.some((r) => r.speaker === 'Ola Nordmann')).toBe(false);
    const intro = [
      'Dana: Kwame Asante.',
      'Kwame: Thanks, Dana. Shall we start?',
      'Dana: Yes. What were the numbers?',
      'Kwame: We beat plan.',
      '',
    ].join('\n');
    const got2 = loadCorpus(tempCorpus({ 'intro.txt': intro })).records as Rec[];
    expect(got2.find((r) => r.line === 1)).toMatchObject({ speaker: 'Dana', text: 'Kwame Asante.' });
  });
});

describe('an all-hands Q&A: each question a heading with its sender and votes, the answers labelled', () => {
  const records = fixtureCorpus(DIR, ['all-hands-qa.md']).records as Rec[];

  it('asks each heading\'s question of the answers under it, by its sender', () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [16, 'Dana Whitlock', null],
      [16, 'Kwame Asante', null],
      [25, 'Dana Whitlock', 'Jorge Medina'],
      [30, 'Kwame Asante', null],
      [36, 'Dana Whitlock', 'Inês Carvalho'],
      [41, 'Dana Whitlock', null],
    ]);
    expect(at(records, 25, 'qa')).toMatchObject({ question: 'When will the new parental leave policy take effect?', askerRole: 'Customer Success (96 upvotes)' });
    expect(at(records, 16, 'qa')).toMatchObject({ question: 'Are there any plans for layoffs in 2026?', askerRole: 'Anonymous (142 upvotes)' });
  });

  it('no heading is an answer\'s words or its sender\'s quote', () => {
    expect(records.some((r) => r.speaker === 'Jorge Medina' || r.speaker === 'Anonymous')).toBe(false);
    expect(records.some((r) => /upvotes/.test(r.text))).toBe(false);
  });

  it('in other words: a town hall page, its votes as "votes", a question without quotation marks', () => {
    const page = [
      '# Town hall questions, March',
      '',
      '## Will the Leeds office reopen? – Sam Ortiz, Sales (12 votes)',
      '',
      '**Priya:** Yes, in June. The lease is signed.',
      '',
      '**Tom:** And the car park reopens with it.',
      '',
      '## Are salaries being reviewed this year? – Anonymous (31 votes)',
      '',
      '**Priya:** Yes. Every salary is reviewed in April.',
      '',
      '**Tom:** The budget for it is set.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'town-hall.md': page })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.asker, r.question])).toEqual([
      ['Priya', 'Sam Ortiz', 'Will the Leeds office reopen?'],
      ['Tom', 'Sam Ortiz', 'Will the Leeds office reopen?'],
      ['Priya', null, 'Are salaries being reviewed this year?'],
      ['Tom', null, 'Are salaries being reviewed this year?'],
    ]);
  });
});

describe('a write-up\'s "Comment from NAME, ROLE:" over the quoted comment', () => {
  it('gives the comment to the name, never to the role after its comma', () => {
    const records = fixtureCorpus(DIR, ['exit-interview.md']).records as Rec[];
    expect(at(records, 46)).toMatchObject({ type: 'quote', speaker: 'Tomasz Wierzbicki', text: expect.stringMatching(/^Marcus is one of the strongest engineers/) });
    expect(records.some((r) => r.speaker === 'Engineering Manager')).toBe(false);
  });

  it('in other words: "Feedback from NAME, ROLE:", "A note from the chair, NAME:", no role at all', () => {
    const page = [
      '# Quarterly review notes',
      '',
      'The review covered three teams and their targets for the year.',
      '',
      'Feedback from Anika Rao, Team Lead, Payments:',
      '',
      '"The team hit every deadline this quarter and I am proud of them."',
      '',
      'A note from the chair, Bernard Oyelaran:',
      '',
      '"We will revisit the hiring plan in June."',
      '',
      'Comment from Lucia Ferreira:',
      '',
      '"I agree with the plan."',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'review-notes.md': page })).records as Rec[];
    expect(got.filter((r) => r.type === 'quote').map((r) => [r.line, r.speaker])).toEqual([
      [7, 'Anika Rao'],
      [11, 'Bernard Oyelaran'],
      [15, 'Lucia Ferreira'],
    ]);
  });
});

describe('a summary about one person, titled with the full name, quoting them by first name', () => {
  it('gives "Jamal wrote:" to the title\'s Jamal Reyes', () => {
    const records = fixtureCorpus(DIR, ['pulse-360.md']).records as Rec[];
    expect(at(records, 39)).toMatchObject({ type: 'quote', speaker: 'Jamal Reyes', text: expect.stringMatching(/^I know I move fast/) });
    expect(at(records, 25)?.speaker).toBe('Helen Cartwright');
  });

  it('in other words: a profile titled with its subject; a first name two title names share stays', () => {
    const one = [
      '# Meet the team: Odile Marchetti, Head of Procurement',
      '',
      'We asked our new head of procurement about her first month.',
      '',
      'Odile said: "The suppliers have been wonderful, and the team even more so."',
      '',
    ].join('\n');
    const two = [
      '# Odile Marchetti and Odile Brun on the merger',
      '',
      'Two colleagues looked back at the year.',
      '',
      'Odile said: "The suppliers have been wonderful, and the team even more so."',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'meet-the-team.md': one, 'two-odiles.md': two })).records as Rec[];
    expect(got.find((r) => r.doc === 'meet-the-team' && r.type === 'quote')?.speaker).toBe('Odile Marchetti');
    expect(got.find((r) => r.doc === 'two-odiles' && r.type === 'quote')?.speaker).toBe('Odile');
  });
});
