/**
 * Research transcripts, probe85-a: a qualitative interview's header gives the one person interviewed
 * only by a participant code ("Interview 7 – Participant P07 (female, 40s, cleaner)", "Interview with
 * participant V21 (…)"): that code answers the "R:" / "A:" turns, never a name guessed from the
 * project's title ("Project: Precarious Work and Health …"). "Int:" / "Resp:" are the interviewer's
 * and the respondent's parts as "I:" / "R:" are, and "Interviewer: RK" (initials alone) names who asks.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';
import { loadCorpus } from '../../src/load/load.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; text: string; year: number | null; date: string | null };
const DIR = join(FIXTURES, 'probe85', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a research interview whose header gives the participant by code', () => {
  it('"I:" / "R:" under "Interview 7 – Participant P07 (…)" and "Interviewer: RK": P07 answers, RK asks', () => {
    const records = fixtureCorpus(DIR, ['interview-p07-cleaners.txt']).records as Rec[];
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas.length).toBe(10);
    for (const r of qas) expect(r).toMatchObject({ speaker: 'P07', asker: 'RK' });
    // the interviewer's field is a credit, no claim
    expect(at(records, 3)).toBeUndefined();
  });

  it('"Int:" / "Resp:" are the interviewer and the respondent: the header\'s interviewer asks, the code answers', () => {
    const records = fixtureCorpus(DIR, ['int-resp-teachers.txt']).records as Rec[];
    expect(at(records, 8, 'qa')).toMatchObject({ speaker: 'T12', asker: 'Helen Marsh' });
    expect(at(records, 32, 'qa')).toMatchObject({ speaker: 'T12', asker: 'Helen Marsh' });
  });

  it('"Q:" / "A:" under "Interview with participant V21 (…)": V21 answers, not words of the title', () => {
    const records = fixtureCorpus(DIR, ['qa-volunteers.txt']).records as Rec[];
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas.length).toBe(7);
    for (const r of qas) expect(r).toMatchObject({ speaker: 'V21', asker: 'Tom Okafor' });
  });

  it('in other words: "Respondent: R12" in the header, "Interviewer: JT"', () => {
    const dir = tempCorpus({
      'r12.txt': [
        'Housing Pathways Research Programme',
        'Respondent: R12',
        'Interviewer: JT',
        'Date: 02/09/2022',
        '',
        'I: Where were you living before you moved here?',
        'R: With my mum, in a two-bed flat, me and my two kids.',
        '',
        'I: How long were you on the waiting list?',
        'R: Nearly three years. They kept changing the points.',
        '',
      ].join('\n'),
    });
    const records = loadCorpus(dir).records as Rec[];
    expect(at(records, 6, 'qa')).toMatchObject({ speaker: 'R12', asker: 'JT' });
    expect(at(records, 9, 'qa')).toMatchObject({ speaker: 'R12', asker: 'JT' });
  });
});

describe('a header\'s date in figures whose day and month read either way round', () => {
  it('"Date: 07/03/2022", "**Date:** 03/10/2022": the year is the document\'s; the field is no claim', () => {
    const corpus = fixtureCorpus(DIR, ['numbered-nurse-interview.txt', 'fg2-commuters.md', 'market-research-snacks.txt']);
    const records = corpus.records as (Rec & { year: number | null })[];
    const year = (doc: string) => new Set(records.filter((r) => r.doc === doc).map((r) => r.year));
    expect(year('numbered-nurse-interview')).toEqual(new Set([2022]));
    expect(year('fg2-commuters')).toEqual(new Set([2022]));
    expect(year('market-research-snacks')).toEqual(new Set([2023]));
    expect(records.find((r) => r.doc === 'numbered-nurse-interview' && r.line === 4)).toBeUndefined();
    expect(records.find((r) => r.doc === 'market-research-snacks' && r.line === 5)).toBeUndefined();
  });

  it('a day past 12 still gives the whole date', () => {
    const records = fixtureCorpus(DIR, ['interview-p07-cleaners.txt']).records as (Rec & { date: string | null })[];
    expect(at(records, 8, 'qa')?.date).toBe('2023-06-14');
  });
});

describe('a focus group\'s numbered participants in brackets', () => {
  it('"[Participant 3] Waiting lists." under "PN:" / "GH:": each participant answers, never the facilitator', () => {
    const records = fixtureCorpus(DIR, ['fg-students-bracket.txt']).records as Rec[];
    expect(records.find((r) => r.text === 'Waiting lists. Long waiting lists.')).toMatchObject({ type: 'qa', speaker: 'Participant 3', asker: 'Priya Nair' });
    expect(records.find((r) => r.line === 12)?.speaker).toBe('Participant 1');
    expect(records.find((r) => r.line === 30)?.speaker).toBe('Participant 4');
    // the facilitator's words stay hers, and no participant's words are
    expect(records.find((r) => r.line === 28)).toMatchObject({ speaker: 'Priya Nair', text: 'Sorry, one at a time, Participant 4 first.' });
    for (const r of records.filter((r) => r.speaker === 'Priya Nair' || r.speaker === 'GH')) expect(r.text).not.toMatch(/\[Participant \d\]/);
  });
});

describe('an anonymised name set off by commas', () => {
  it('"my supervisor, [name], and she said" keeps its placeholder; "[pause]" still goes', () => {
    const records = fixtureCorpus(DIR, ['interview-p07-cleaners.txt', 'numbered-nurse-interview.txt']).records as Rec[];
    expect(records.find((r) => r.doc === 'interview-p07-cleaners' && r.line === 20)?.text).toMatch(/^I told my supervisor, \[name\], and she said/);
    expect(records.find((r) => r.doc === 'numbered-nurse-interview' && r.line === 19)?.text).toMatch(/a colleague, \[colleague\], she made/);
    expect(records.find((r) => r.doc === 'interview-p07-cleaners' && r.line === 17)?.text).not.toMatch(/\[pause\]/);
  });
});

describe('a date field that is no day of the talk', () => {
  it('"Date of birth: 03/11/1991" gives no year and stays a claim', () => {
    const dir = tempCorpus({
      'dob.txt': [
        'Community Health Study',
        'Respondent: R04',
        'Date of birth: 03/11/1991',
        '',
        'I: How often do you see your GP?',
        'R: Maybe twice a year, if that.',
        '',
        'I: And the pharmacy?',
        'R: Every month, for my inhaler.',
        '',
      ].join('\n'),
    });
    const records = loadCorpus(dir).records as Rec[];
    expect(records.find((r) => r.line === 3)).toMatchObject({ type: 'claim', text: 'Date of birth: 03/11/1991' });
    expect(records.every((r) => r.year !== 1991)).toBe(true);
  });
});
