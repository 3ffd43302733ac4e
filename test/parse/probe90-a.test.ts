/**
 * Health, medicine and science documents, probe90-a: a phone-in's header naming its presenter and its
 * "Studio guest:" on one line of sentences.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe90', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a phone-in\'s header: "Presenter: NAME. Studio guest: Dr NAME, GP, …" on one line', () => {
  const records = fixtureCorpus(DIR, ['phone-in.txt']).records as Rec[];

  it('reads the line as the cast, no PRESENTER turn, and the bare PRESENTER label as the presenter it names', () => {
    expect(records.some((r) => r.line === 3)).toBe(false);
    expect(at(records, 5, 'qa')).toMatchObject({ speaker: 'Anil Bhattacharya', asker: 'Claire Mottram', question: expect.stringMatching(/^Good afternoon and welcome/) });
    expect(records.filter((r) => r.speaker === 'Presenter' || r.asker === 'Presenter')).toEqual([]);
    expect(at(records, 9, 'quote')?.speaker).toBe('Claire Mottram');
  });

  it('in other words: "Host: NAME. Special guest: NAME, role." over HOST:/GUEST: turns, and such a field alone on its line', () => {
    const show = [
      'Host: Naledi Mokoena. Special guest: Dr. Pieter van Wyk, veterinarian.',
      '',
      'HOST: Welcome to the show. Pieter, what does a vet do all day?',
      '',
      'GUEST: Mostly vaccinations, and a lot of paperwork.',
      '',
      'HOST: And the hardest part?',
      '',
      'GUEST: Telling a family their dog is dying.',
      '',
    ].join('\n');
    const alone = ['Presenter: Dana Cole', 'Studio guest: Marcus Obi, a pharmacist in Leeds', '', 'PRESENTER: Marcus, is the flu jab free?', '', 'MARCUS OBI: For over-65s, yes.', '', 'PRESENTER: And for children?', '', 'MARCUS OBI: A nasal spray, free from age two.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'vet-show.txt': show, 'pharmacy-hour.txt': alone })).records as Rec[];
    const vet = got.filter((r) => r.doc === 'vet-show');
    // the qualified part is the guest all the same: "GUEST:" is the one it names
    expect(vet.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [3, 'qa', 'Pieter van Wyk', 'Naledi Mokoena'],
      [7, 'qa', 'Pieter van Wyk', 'Naledi Mokoena'],
    ]);
    // the field names who is on: a header's, no claim
    expect(got.filter((r) => r.doc === 'pharmacy-hour').map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [4, 'qa', 'Marcus Obi', 'Dana Cole'],
      [8, 'qa', 'Marcus Obi', 'Dana Cole'],
    ]);
  });
});

describe('an "Ask the expert" column: readers\' questions signed on the line under them, the expert in the note at its foot', () => {
  const records = fixtureCorpus(DIR, ['ask-the-expert.md']).records as Rec[];

  it('asks each question by the reader who signed it, the signature closing the question, not opening the answer', () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas.map((r) => [r.line, r.asker])).toEqual([
      [10, 'Linda'],
      [17, 'Daniel'],
      [24, 'Margaret'],
      [29, null],
      [36, 'Ravi'],
    ]);
    expect(at(records, 10, 'qa')).toMatchObject({ question: expect.stringMatching(/Is it\? — Linda, Swindon$/), text: expect.stringMatching(/^Not always\./) });
    expect(at(records, 29, 'qa')?.question).toMatch(/— Anonymous, by email$/);
  });

  it('answers by the expert the foot note describes ("*Professor Gwen Talbot is a consultant …*")', () => {
    for (const r of records.filter((x) => x.type === 'qa')) expect(r.speaker).toBe('Gwen Talbot');
  });

  it('in other words: bold questions signed "– NAME, via email", a plain note at the foot', () => {
    const doc = [
      '# Your pet questions',
      '',
      'Every week our vet answers the questions you send in.',
      '',
      '**Why does my cat eat grass?**',
      '– Tom, via email',
      '',
      'Nobody is quite sure. It may help them bring up fur balls.',
      '',
      '**Should I brush my dog\'s teeth?**',
      '– Aisha, Cork',
      '',
      'Yes, a few times a week, with a toothpaste made for dogs.',
      '',
      'Dr Ana Ruiz is a vet in Cork. Send questions to pets@example.ie.',
      '',
    ].join('\n');
    const got = (loadCorpus(tempCorpus({ 'pets.md': doc })).records as Rec[]).filter((r) => r.type === 'qa');
    expect(got.map((r) => [r.line, r.speaker, r.asker, r.question])).toEqual([
      [5, 'Ana Ruiz', 'Tom', 'Why does my cat eat grass? – Tom, via email'],
      [10, 'Ana Ruiz', 'Aisha', "Should I brush my dog's teeth? – Aisha, Cork"],
    ]);
  });
});

describe('an oral history labelled by the initials of the narrator\'s nickname: "Margaret (Peggy) Ainsworth" over "PA:"', () => {
  const records = fixtureCorpus(DIR, ['oral-history-midwife.txt']).records as Rec[];

  it('gives every PA turn to Margaret Ainsworth, as her name is written, the nickname in brackets set aside', () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(9);
    for (const r of qas) expect(r).toMatchObject({ speaker: 'Margaret Ainsworth', asker: 'Susan Holroyd' });
    expect(records.some((r) => r.speaker === 'PA')).toBe(false);
  });

  it('in other words: a quoted nickname ("Elizabeth "Betty" Moran") over "BM:", one in brackets over "BK:"', () => {
    const doc = (who: string, initials: string) =>
      [`Interview with ${who}, retired porter`, 'Interviewer: Ann Cole', '', 'AC: When did you start at the hospital?', '', `${initials}: In 1958, on the night shift.`, '', 'AC: What was it like?', '', `${initials}: Cold. The boiler broke every winter.`, ''].join('\n');
    const got = (loadCorpus(tempCorpus({ 'moran.txt': doc('Elizabeth "Betty" Moran', 'BM'), 'kerr.txt': doc('Robert (Bob) Kerr', 'BK') })).records as Rec[]).filter((r) => r.type === 'qa');
    expect(got.map((r) => [r.doc, r.line, r.speaker, r.asker])).toEqual([
      ['kerr', 4, 'Robert Kerr', 'Ann Cole'],
      ['kerr', 8, 'Robert Kerr', 'Ann Cole'],
      ['moran', 4, 'Elizabeth Moran', 'Ann Cole'],
      ['moran', 8, 'Elizabeth Moran', 'Ann Cole'],
    ]);
  });
});

describe('a question read out for someone else: "a question online from Dr NAME in PLACE." then "She asks: …?"; "an email from Sue in Tewkesbury, who says: "…?""', () => {
  const records = fixtureCorpus(DIR, ['grand-rounds.vtt', 'phone-in.txt']).records as Rec[];
  const of = (doc: string, line: number) => records.find((r) => r.doc === doc && r.line === line && r.type === 'qa');

  it('asks by the sender the moderator reads out, the title before the name set aside, across two cues', () => {
    expect(of('grand-rounds', 49)).toMatchObject({ speaker: 'Marcus Lindqvist', asker: 'Tamsin Yeo', question: expect.stringMatching(/She asks: how did you fund/) });
    // the floor's own questions stay the floor's
    expect(of('grand-rounds', 43)?.asker).toBe('Audience Member');
  });

  it("asks by a first name the presenter reads out with the sender's town, and the presenter's own next question is the presenter's", () => {
    expect(of('phone-in', 31)).toMatchObject({ speaker: 'Anil Bhattacharya', asker: 'Sue' });
    expect(of('phone-in', 35)?.asker).toBe('Claire Mottram');
  });

  it('in other words: a turn of two paragraphs, the sender named in the first; a text from a first name and a town', () => {
    const doc = [
      'HOST: Welcome back. Dr Osei is with us.',
      '',
      'DR OSEI: Good to be here.',
      '',
      'HOST: There is a question in the chat from Prof. Lena Ortiz in Lyon.',
      'She asks: when will the data be public?',
      '',
      'DR OSEI: Next spring, we hope.',
      '',
      'HOST: And we had a text from Joe in Derby, who asks: "Is the clinic open at weekends?"',
      '',
      'DR OSEI: On Saturdays, yes.',
      '',
    ].join('\n');
    const got = (loadCorpus(tempCorpus({ 'clinic-hour.txt': doc })).records as Rec[]).filter((r) => r.type === 'qa');
    expect(got.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [5, 'Dr Osei', 'Lena Ortiz'],
      [10, 'Dr Osei', 'Joe'],
    ]);
  });
});

describe('a specialist named once with her line of work ("Dr Aoife Kinsella, a cardiologist at …"), later "the cardiologist said"', () => {
  const records = fixtureCorpus(DIR, ['patient-story.md']).records as Rec[];

  it('credits "the cardiologist" with the words, as "the surgeon" would be', () => {
    expect(at(records, 40, 'quote')).toMatchObject({ speaker: 'Aoife Kinsella', text: expect.stringMatching(/^Her ejection fraction is 60 per cent/) });
  });

  it('in other words: a paediatrician and a radiologist, each "the …" later', () => {
    const doc = [
      '# Scans for children',
      '',
      'By Tom Hale',
      '',
      '"We scan too many children," said Dr Priya Menon, a paediatrician at Northgate Hospital.',
      '',
      'Professor Owen Pratt, a radiologist in Leeds, agreed. "The dose adds up," he said.',
      '',
      'The hospital began a review in 2023.',
      '',
      '"Most of those scans change nothing," the paediatrician said.',
      '',
      '"We can do better with ultrasound," the radiologist added.',
      '',
    ].join('\n');
    const got = (loadCorpus(tempCorpus({ 'scans.md': doc })).records as Rec[]).filter((r) => r.type === 'quote');
    expect(got.map((r) => [r.line, r.speaker])).toEqual([
      [5, 'Priya Menon'],
      [7, 'Owen Pratt'],
      [11, 'Priya Menon'],
      [13, 'Owen Pratt'],
    ]);
  });
});

describe('a briefing\'s "Q: Can I follow up? …" right after the answer to a reporter who gave her name', () => {
  const records = fixtureCorpus(DIR, ['briefing.txt']).records as Rec[];

  it('asks by that reporter; a bare "Q:" that does not say it follows up stays nobody\'s', () => {
    expect(at(records, 17, 'qa')?.asker).toBe('Sarah Okonkwo');
    expect(at(records, 21, 'qa')).toMatchObject({ asker: 'Sarah Okonkwo', question: expect.stringMatching(/^Can I follow up\?/) });
    const bare = records.filter((r) => r.type === 'qa' && /^Dr Marsh, what would you say/.test(r.question ?? ''));
    expect(bare.length).toBeGreaterThan(0);
    for (const r of bare) expect(r.asker).toBe(null);
  });

  it('in other words: "Q: A follow-up: …" after another reporter\'s named question, and a bare "Q:" after it', () => {
    const doc = [
      'MAYOR LINDA PAGE: Good morning. The bridge reopens on Monday.',
      '',
      'Q: Tom Reyes, KTVU News. How much did the repairs cost?',
      '',
      'MAYOR LINDA PAGE: About four million dollars.',
      '',
      'Q: A follow-up: who paid for it?',
      '',
      'MAYOR LINDA PAGE: The state paid half.',
      '',
      'Q: Will there be tolls?',
      '',
      'MAYOR LINDA PAGE: No tolls.',
      '',
    ].join('\n');
    const got = (loadCorpus(tempCorpus({ 'bridge-briefing.txt': doc })).records as Rec[]).filter((r) => r.type === 'qa');
    expect(got.map((r) => [r.line, r.asker])).toEqual([
      [3, 'Tom Reyes'],
      [7, 'Tom Reyes'],
      [11, null],
    ]);
  });
});
