/**
 * Academic and scholarly documents, probe98-a: a response to reviewers numbering each comment under
 * its reviewer in the label ("Reviewer 2, comment 3:") below a "RESPONSE TO REVIEWERS" heading; an
 * archive's oral history whose catalogue header gives "Professor Emeritus NAME (HBP)".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe98', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a response to reviewers: "Reviewer 2, comment 3:" asks, "Response:" answers', () => {
  const records = fixtureCorpus(DIR, ['peer-review.txt']).records as Rec[];

  it("answers each reviewer's comment by the signing author, asked by that reviewer", () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas.map((r) => [r.line, r.asker, r.speaker])).toEqual([
      [12, 'Reviewer 1', 'Signe Halvorsen'],
      [16, 'Reviewer 1', 'Signe Halvorsen'],
      [22, 'Reviewer 2', 'Signe Halvorsen'],
      [26, 'Reviewer 2', 'Signe Halvorsen'],
      [30, 'Reviewer 2', 'Signe Halvorsen'],
      [34, 'Reviewer 2', 'Signe Halvorsen'],
    ]);
    expect(at(records, 30, 'qa')?.question).toMatch(/^On p\. 11 the authors state/);
    // the heading in capitals names no one: no "Response To"
    expect(records.some((r) => /Response/.test(`${r.speaker} ${r.asker}`))).toBe(false);
  });

  it('in other words: "Referee #1, Comment #2:" under a journal\'s title, no heading in capitals', () => {
    const doc = [
      'Journal of Coastal Economics',
      'Response to the referees',
      '',
      'Referee #1, Comment #1: The sample ends in 2019 and misses the pandemic years.',
      '',
      'Response: We have extended the sample to 2023; the main estimate is unchanged.',
      '',
      'Referee #1, Comment #2: Table 3 reports no standard errors.',
      '',
      'Response: Standard errors are now given in brackets.',
      '',
      'Sincerely,',
      'Tomas Lindqvist, on behalf of the authors',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'referee-response.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.question])).toEqual([
      ['Referee 1', 'Tomas Lindqvist', 'The sample ends in 2019 and misses the pandemic years.'],
      ['Referee 1', 'Tomas Lindqvist', 'Table 3 reports no standard errors.'],
    ]);
  });
});

describe('an oral history: "Interviewee: Professor Emeritus Harold Bramwell-Pike (HBP)", then "HBP:"', () => {
  const records = fixtureCorpus(DIR, ['oral-history.txt']).records as Rec[];

  it('gives the initials\' turns to the name the catalogue writes after the title', () => {
    expect(records.some((r) => r.speaker === 'HBP')).toBe(false);
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(7);
    for (const r of qas) expect(r).toMatchObject({ speaker: 'Harold Bramwell-Pike', asker: 'Ruth Okonkwo-Doyle', year: 2019 });
    expect(at(records, 43)).toMatchObject({ type: 'quote', speaker: 'Harold Bramwell-Pike' });
    // the catalogue's interviewee field is its cast, as the interviewer's is: no claim
    expect(at(records, 5)).toBeUndefined();
  });

  it('in other words: "Professor Amaka Obi (AO)" in a header\'s sentence over "AO:" turns', () => {
    const doc = [
      'Faculty of Law oral history project',
      'Recorded with Professor Amaka Obi (AO) by Sam Reyes (SR) in March 2021.',
      '',
      'SR: When did you join the faculty?',
      'AO: In 1979, as a temporary lecturer.',
      'SR: And what did you teach?',
      'AO: Land law, for twenty years.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'obi-oral-history.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker])).toEqual([
      ['Sam Reyes', 'Amaka Obi'],
      ['Sam Reyes', 'Amaka Obi'],
    ]);
  });
});

describe('a viva\'s record: "Candidate: Tomasz Wierzbicki" over "Candidate:" turns answering the examiners', () => {
  const records = fixtureCorpus(DIR, ['viva.txt']).records as Rec[];

  it('gives the candidate\'s answers to the name the header gives the part', () => {
    expect(records.some((r) => r.speaker === 'Candidate')).toBe(false);
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.line, r.asker, r.speaker])).toEqual([
      [22, 'Ruud van der Linde', 'Tomasz Wierzbicki'],
      [26, 'Ruud van der Linde', 'Tomasz Wierzbicki'],
      [30, 'Ruud van der Linde', 'Tomasz Wierzbicki'],
      [36, 'Helen Ashworth', 'Tomasz Wierzbicki'],
      [40, 'Helen Ashworth', 'Tomasz Wierzbicki'],
      [44, 'Helen Ashworth', 'Tomasz Wierzbicki'],
    ]);
  });

  it('in other words: "Applicant: NAME" over a panel interview\'s "Applicant:" answers', () => {
    const doc = [
      'Fellowship interview record',
      'Applicant: Grace Mbeki',
      'Panel chair: Dr Owen Price',
      '',
      'Dr Price: Why this project, and why now?',
      'Applicant: Because I can use the archive when it opens next year.',
      'Dr Price: What will you do if it does not?',
      'Applicant: I would work from the published catalogue.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'fellowship-interview.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Grace Mbeki', 'Grace Mbeki']);
  });

  it('a scorecard\'s "Candidate:" notes under its questions, written about the candidate, name no one', () => {
    const doc = ['Interview notes', 'Candidate: Ravi Menon', '', 'Q1: Why this role?', 'Candidate: Wants to lead a team. Spoke well about his last project.', 'Q2: What went wrong last year?', 'Candidate: Missed a deadline; said it taught him to plan.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'notes.txt': doc })).records as Rec[];
    expect(got.some((r) => r.speaker === 'Ravi Menon')).toBe(false);
  });
});

describe('a student paper\'s interview: standfirst in italics, the byline, then "*The Beacon, … — 18 January 2024*"', () => {
  const records = fixtureCorpus(DIR, ['student-paper.md']).records as Rec[];

  it('dates every record by the credit block\'s last line', () => {
    expect(records.length).toBeGreaterThan(10);
    for (const r of records) expect(r.year).toBe(2024);
    expect(records.filter((r) => r.type === 'qa').every((r) => r.speaker === 'Ayesha Rahman-Clarke' && r.asker === 'Callum Fairweather')).toBe(true);
  });

  it('in other words: a magazine\'s standfirst, "**By NAME, Role**", "*Harbour Quarterly, the trust\'s magazine — 3 April 2019*"', () => {
    const doc = [
      '# The Last Ferryman',
      '',
      '*Forty years on the crossing, and one question he still cannot answer.*',
      '',
      '**By Nell Carver, Features Editor**',
      '',
      "*Harbour Quarterly, the river trust's magazine — 3 April 2019*",
      '',
      'Tom Ashby has crossed the estuary more than 20,000 times since 1979. He retired last month.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'ferryman.md': doc })).records as Rec[];
    expect(got.find((r) => r.text.startsWith('Tom Ashby has crossed'))?.year).toBe(2019);
  });
});

describe('a Festschrift\'s tributes, each under "Dr NAME, Institution" over first-person paragraphs', () => {
  const records = fixtureCorpus(DIR, ['festschrift.txt']).records as Rec[];

  it('gives each tribute\'s claims to its writer, the quotations inside still hers, the editors\' note no one\'s', () => {
    const claimsBy = (line: number) => records.filter((r) => r.line === line && r.type === 'claim').map((r) => r.speaker);
    expect(claimsBy(11)).toEqual(['Gordon Lysaght', 'Gordon Lysaght']);
    expect(claimsBy(15)).toEqual(['Mei-Lin Chao', 'Mei-Lin Chao']);
    expect(claimsBy(19).every((s) => s === 'Tunde Adeyemi')).toBe(true);
    expect(claimsBy(23).every((s) => s === 'Joan Pettifer')).toBe(true);
    expect(claimsBy(27).every((s) => s === 'Ravi Subramanian')).toBe(true);
    expect(claimsBy(31).every((s) => s === 'Ingrid Fasshauer')).toBe(true);
    expect(at(records, 11, 'quote')?.speaker).toBe('Margarethe Olsson');
    expect(at(records, 23, 'quote')?.speaker).toBe('Margarethe Olsson');
    // after "A note from the editors", a heading alone: the editors' words, no tribute's
    expect(claimsBy(35)).toEqual([null]);
  });

  it('in other words: a newsletter\'s farewells, "Ms NAME, Role" over "I" paragraphs', () => {
    const doc = [
      'Farewell to Dr Ellen Marsh',
      '',
      'Colleagues wrote to mark her retirement after 31 years in the department.',
      '',
      'Mr Paul Denby, Denby Lab Services',
      '',
      'I started here in 1998 and Ellen was the first person to learn my name.',
      '',
      'Dr Amira Haddad, School of Chemistry',
      '',
      'She taught me to mark fairly and quickly. I still use her rubric.',
      '',
      'Events',
      '',
      'The retirement lunch is on 12 July in the staff club.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'farewells.txt': doc })).records as Rec[];
    expect(got.find((r) => r.text.startsWith('I started here'))?.speaker).toBe('Paul Denby');
    expect(got.find((r) => r.text.startsWith('I still use'))?.speaker).toBe('Amira Haddad');
    expect(got.find((r) => r.text.startsWith('The retirement lunch'))?.speaker).toBeNull();
  });
});

describe('an alumni magazine\'s profile: "By Oliver Trask ’09", the writer\'s class year after the name', () => {
  const records = fixtureCorpus(DIR, ['alumni-profile.txt']).records as Rec[];

  it('reads the byline as the writer\'s, the claims the profile\'s own telling', () => {
    expect(records.find((r) => r.text.startsWith('Quintero-Hayes is now chief engineer'))).toMatchObject({ type: 'claim', speaker: 'Oliver Trask', year: 2024 });
    expect(records.some((r) => /’09/.test(r.text))).toBe(false);
    expect(at(records, 31, 'quote')?.speaker).toBe('Marisol Quintero-Hayes');
  });

  it("in other words: \"By Priya Nandakumar '12, Contributing Editor\" over a profile", () => {
    const doc = [
      'Building Bridges, Literally',
      '',
      "By Priya Nandakumar '12, Contributing Editor",
      '',
      'Civil engineer Tomas Reyes has designed eleven footbridges since leaving campus in 2001.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'reyes-profile.txt': doc })).records as Rec[];
    expect(got.find((r) => r.text.startsWith('Civil engineer'))?.speaker).toBe('Priya Nandakumar');
  });
});
