/**
 * The odd documents analysts paste, probe61-a: a parliament's written-question page printed with
 * the member's party and seat after the name ("Asked by NAME (Seat, Party)") and the date before the
 * answerer ("Answered on DATE by NAME (Office)"), several questions on one page under topic titles
 * ("School Transport: Rural Areas") that are no speaker labels; a blog's credit with its verb and the
 * writer's role between name and date ("Posted by NAME · Head of Product, Firm · DATE") names the
 * author, whose first-person sentences are theirs; a research synthesis's set-off quotation opening on
 * a participant's code ("> P7: I'd rather …") is that participant's, not the last one cited's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker?: string | null; role?: string | null; text: string; question?: string };
const DIR = join(FIXTURES, 'probe61', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe("a written question's page, names and roles on one line", () => {
  const c = fixtureCorpus(DIR, ['written-question-school-transport-2022.txt']);
  const records = c.records as Rec[];

  it('is no transcript: its topic titles are no speakers', () => {
    expect(c.documents[0]!.shape).toBe('prose');
    expect(records.some((r) => r.speaker === 'School Transport')).toBe(false);
  });

  it('reads each question as a qa, the member asking, the minister answering', () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(2);
    expect(at(records, 8, 'qa')).toMatchObject({ speaker: 'Nicholas Ashworth', asker: 'Fiona Calloway', role: 'Minister for School Standards, Conservative', question: expect.stringMatching(/^To ask the Secretary of State for Education, what assessment/) });
    expect(at(records, 8, 'qa')!.text).toContain('£1.1 billion');
    // the first answer ends before the next question's title
    expect(at(records, 8, 'qa')!.endLine).toBeLessThan(33);
    expect(at(records, 38, 'qa')).toMatchObject({ speaker: 'Nicholas Ashworth', asker: 'Fiona Calloway', question: expect.stringContaining('students aged 16 to 18') });
    expect(at(records, 38, 'qa')!.text).toContain('16 to 19 Bursary Fund');
  });

  it('in other words: another parliament, the date and name on one line, one question', () => {
    const text = [
      'Bus Services: Coastal Towns',
      '',
      'Asked by Maeve Dunleavy (North Strand, Labour)',
      '',
      'To ask the Minister for Transport, how many bus routes serving coastal towns were withdrawn in 2023.',
      '',
      'Answered on 2 February 2024 by Colm Farrelly (Minister of State for Transport)',
      '',
      'Fourteen routes were withdrawn in 2023. Eleven of them have since been replaced by demand-responsive services.',
      '',
      'Rail Services: Fares',
      '',
      'Asked by Maeve Dunleavy (North Strand, Labour)',
      '',
      'To ask the Minister for Transport, whether rail fares will rise in 2024.',
      '',
      'Answered on 3 February 2024 by Colm Farrelly (Minister of State for Transport)',
      '',
      'Fares will be frozen until the end of 2024.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'pq-bus-services-2024.txt': text })).records as Rec[];
    expect(at(got, 3, 'qa')).toMatchObject({ speaker: 'Colm Farrelly', asker: 'Maeve Dunleavy', text: expect.stringMatching(/^Fourteen routes/) });
    expect(at(got, 3, 'qa')!.text).not.toContain('Rail Services');
    expect(at(got, 13, 'qa')).toMatchObject({ speaker: 'Colm Farrelly', asker: 'Maeve Dunleavy', text: 'Fares will be frozen until the end of 2024.' });
    expect(got.some((r) => r.speaker === 'Rail Services' || r.speaker === 'Bus Services')).toBe(false);
  });
});

describe('a blog\'s "Posted by NAME · ROLE · DATE" credit', () => {
  const c = fixtureCorpus(DIR, ['blog-what-our-support-team-taught-me-2021.md']);
  const records = c.records as Rec[];

  it('names the author: the writer\'s own sentences are theirs, the colleagues\' quotes stay theirs', () => {
    expect(c.documents[0]!.meta.author).toBe('Gareth Pennington');
    expect(at(records, 9, 'claim')?.speaker).toBe('Gareth Pennington');
    expect(at(records, 33, 'claim')?.speaker).toBe('Gareth Pennington');
    expect(at(records, 19, 'quote')?.speaker).toBe('Aisha Karimi');
    expect(at(records, 30, 'quote')?.speaker).toBe('Ben Thorley');
  });

  it('in other words: "Written by", no reading time', () => {
    const text = ['# Why we moved our office to the canal', '', 'Written by Lena Vos · Operations Director, Tideway · 12 June 2023', '', 'We signed the lease in March and moved in May.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'canal-office-2023.md': text })).records as Rec[];
    expect(at(got, 5, 'claim')?.speaker).toBe('Lena Vos');
  });
});

describe('a set-off quotation opening on a participant\'s code', () => {
  const records = fixtureCorpus(DIR, ['clinic-app-research-synthesis-2025.md']).records as Rec[];

  it('is that participant\'s, the code no part of the words', () => {
    expect(at(records, 24, 'quote')).toMatchObject({ speaker: 'P7', text: expect.stringMatching(/^I'd rather it just reminded me/) });
    // the signed block above keeps its signer
    expect(at(records, 21, 'quote')?.speaker).toBe('P3');
    expect(at(records, 39, 'quote')?.speaker).toBe('P9');
  });

  it('in other words: "Participant 12:" alone in the section', () => {
    const text = ['# Interview notes', '', 'Prepared by: Ann Lee', '', 'Most people liked the new form.', '', '> Participant 12: The second page asks for the same things as the first.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'form-notes-2024.md': text })).records as Rec[];
    expect(at(got, 7, 'quote')).toMatchObject({ speaker: 'P12', text: 'The second page asks for the same things as the first.' });
  });
});
