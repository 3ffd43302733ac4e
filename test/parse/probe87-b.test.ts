/**
 * probe87-b, a blind sweep of documents about people in science, health and local government:
 * a university Q&A whose intro opens on an academic rank ("Associate Professor Ingrid Halvorsen
 * joined …") is with that person, not its byline's writer; an oral history's initials labels ("MT:")
 * are the name its header gives with a quoted nickname inside it ("Margaret "Peggy" Thornbury");
 * minutes: "Councillor Szabo disagreed: "…"" is Szabo's; a reply given as "Dr. Achterberg: …" under
 * "Councillor Baptiste asked how much …" answers it; a plural title before an attendance list
 * ("Councillors R. Baptiste, …") is no part of the first name; a numbered heading naming a person
 * ("3.2 Dr. Ian Achterberg, Medical Officer of Health") gives the full name the surname below means;
 * "Staff: Gareth Pell, Town Planner; …" gives the office its holder; a town-hall sheet's "Nurse
 * Manager Colleen Tate" is Colleen Tate and "Frank DeLuca (Ward 4)" Frank DeLuca; an explainer's
 * unlabelled opening narration introduces the surname its labels use.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; role?: string | null; askerRole?: string | null; text: string };
const DIR = join(FIXTURES, 'probe87', 'b');
const read = (file: string) => fixtureCorpus(DIR, [file]).records as Rec[];
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a university Q&A whose intro opens on an academic rank', () => {
  const records = read('05-qa-glacier-researcher.md');
  it('answers are the researcher\'s, asked by the byline\'s writer', () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(5);
    for (const r of qas) expect(r).toMatchObject({ speaker: 'Ingrid Halvorsen', asker: 'Sam Whitfield' });
    expect(at(records, 20, 'qa')?.text).toMatch(/^It's a vertical diary\./);
  });
});

describe('a byline giving the publication and then the date after a bar', () => {
  it('"*By NAME, University News | November 14, 2023*" credits NAME, who asks the Q&A', () => {
    const text = [
      '# Q&A: Why a glaciologist spends her winters in a freezer',
      '',
      '*By Sam Whitfield, University News | November 14, 2023*',
      '',
      'Associate Professor **Ingrid Halvorsen** joined the Department of Earth Sciences in 2018. We spoke with her about the ice.',
      '',
      '### What is an ice core, in one sentence?',
      '',
      "It's a vertical diary.",
      '',
      '### How far back can you read?',
      '',
      'Our longest core goes back roughly 40,000 years.',
      '',
      '### Do you still go into the field?',
      '',
      'Every second year.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'qa.md': text }));
    expect(c.documents[0]!.meta.author).toBe('Sam Whitfield');
    expect((c.records as Rec[]).find((r) => r.type === 'qa')).toMatchObject({ speaker: 'Ingrid Halvorsen', asker: 'Sam Whitfield' });
  });
});

describe('an oral history labelled by initials, the header\'s name holding a nickname', () => {
  const records = read('06-oral-history-nurse.txt');
  it('MT is Margaret Thornbury', () => {
    expect(at(records, 8, 'qa')).toMatchObject({ speaker: 'Margaret Thornbury', asker: 'Alan Desrosiers' });
    expect(at(records, 41, 'qa')).toMatchObject({ speaker: 'Margaret Thornbury', asker: 'Alan Desrosiers' });
    expect(records.some((r) => r.speaker === 'MT')).toBe(false);
  });
});

describe('a council\'s minutes', () => {
  const records = read('01-council-minutes-harwick-2024.txt');
  it('"Councillor Szabo disagreed: "…"" is Szabo\'s', () => {
    expect(at(records, 42, 'quote')).toMatchObject({ speaker: 'P. Szabo', text: expect.stringMatching(/^We commissioned one study\./) });
  });
  it('a reply under its giver\'s title and surname and a colon answers the question reported above it', () => {
    expect(at(records, 32, 'qa')).toMatchObject({ speaker: 'Ian Achterberg', asker: 'R. Baptiste', text: expect.stringMatching(/^Dr\. Achterberg: Roughly four hundred/) });
  });
  it('the person a numbered heading names in full is whom the surname under it means', () => {
    expect(at(records, 30, 'quote')?.speaker).toBe('Ian Achterberg');
    expect(records.some((r) => r.speaker === 'Achterberg')).toBe(false);
  });
  it('unchanged: the other reported exchanges', () => {
    expect(at(records, 24, 'qa')).toMatchObject({ speaker: 'Gareth Pell', asker: 'T. Moreau' });
    expect(at(records, 53, 'qa')).toMatchObject({ speaker: 'Denise Okafor', asker: 'Daniel Yusuf' });
  });
});

describe('minutes naming staff by office', () => {
  it('"Staff: NAME, OFFICE; …" makes "the OFFICE" below that person, and the office no person', () => {
    const text = [
      'HARWICK TOWN COUNCIL',
      'MINUTES OF THE REGULAR MEETING',
      'Tuesday, March 12, 2024',
      '',
      'PRESENT: Mayor Denise Okafor (Chair); Councillors R. Baptiste, H. Lindqvist',
      'STAFF: Gareth Pell, Town Planner; Amira Nasser, Clerk',
      '',
      '1. REPORT',
      'The Town Planner said the proposed density was "modest and manageable."',
      'Councillor Baptiste asked whether the study was recent.',
      'Dr. Pell: It was finished in May.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'minutes-2024.txt': text })).records as Rec[];
    expect(at(got, 9, 'quote')).toMatchObject({ speaker: 'Gareth Pell', text: 'modest and manageable.' });
    expect(at(got, 10, 'qa')).toMatchObject({ speaker: 'Gareth Pell', asker: 'R. Baptiste' });
    expect(got.some((r) => r.speaker === 'Town Planner')).toBe(false);
  });
});

describe('a town hall\'s questions as CSV', () => {
  const records = read('09-townhall-covid-boosters.csv');
  it('the office before the answerer\'s name and the ward after the asker\'s are no part of them', () => {
    expect(at(records, 3, 'qa')).toMatchObject({ speaker: 'Colleen Tate', role: 'Nurse Manager' });
    expect(at(records, 2, 'qa')).toMatchObject({ speaker: 'Sunita Rao', asker: 'Frank DeLuca', askerRole: 'Ward 4' });
  });
});

describe('an explainer\'s SRT, the interviewee labelled by surname', () => {
  const records = read('03-explainer-soil-carbon.srt');
  it('the opening narration\'s full name is the label\'s', () => {
    expect(at(records, 22, 'quote')?.speaker).toBe('Lucía Fernández-Ortega');
    expect(at(records, 60, 'qa')).toMatchObject({ speaker: 'Lucía Fernández-Ortega', asker: 'Narrator' });
  });
});
