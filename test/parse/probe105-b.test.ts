/**
 * Academic and professional events, probe105-b: an investor day whose every turn is "Name, Role:"
 * ("Ravindra Kulkarni, Chief Financial Officer: …"), no turn by the name alone; a viva whose header
 * gives each part's holder ("Internal examiner: Dr. Barnaby Quist") over turns in capitals whose
 * questions wrap; a conference talk under "Speaker: NAME" and its slide cues, then its Q&A; AGM
 * minutes' "Q. Mr. Lindqvist: …?" / "A. The Secretary: …"; a launch whose author quotes a question.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe105', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a capital markets day whose turns are all "Name, Role: words"', () => {
  const records = fixtureCorpus(DIR, ['investor-day.txt']).records as Rec[];

  it("gives each executive's remarks to that executive, never to the operator who handed over", () => {
    expect(at(records, 16)).toMatchObject({ type: 'quote', speaker: 'Operator', endLine: 18 });
    expect(at(records, 20)).toMatchObject({ type: 'quote', speaker: 'Fenella Strickland-Boyd', text: expect.stringMatching(/^Thank you, operator/) });
    expect(at(records, 25)).toMatchObject({ type: 'quote', speaker: 'Ravindra Kulkarni', text: expect.stringMatching(/^Thank you, Fenella/) });
    expect(at(records, 29)).toMatchObject({ type: 'quote', speaker: 'Gustav Oyelaran' });
  });

  it("asks by the analyst who speaks, a one-question analyst too, and answers by the executive", () => {
    expect(at(records, 36, 'qa')).toMatchObject({ asker: 'Imogen Tallis', speaker: 'Ravindra Kulkarni', question: expect.stringMatching(/^Thanks for taking my question/) });
    expect(at(records, 42, 'qa')).toMatchObject({ asker: 'Imogen Tallis', speaker: 'Fenella Strickland-Boyd' });
    expect(at(records, 49, 'qa')).toMatchObject({ asker: 'Declan Ferreira-Quinn', speaker: 'Gustav Oyelaran', question: expect.stringMatching(/^Good morning\. Gustav, is the consumables/) });
  });

  it('in other words: a board briefing labelled "Name, Title:" throughout', () => {
    const doc = [
      'Board briefing, 4 June 2024',
      '',
      'Clara Mbeki, Head of Operations: The new line opened on time. Output is at 80 percent.',
      '',
      'Jonah Velasquez, Finance Director: And the cost came in under budget by a small margin.',
      '',
      'Clara Mbeki, Head of Operations: We expect full output by August.',
      '',
      'Jonah Velasquez, Finance Director: Which leaves the reserve untouched.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'briefing.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type !== 'claim').map((r) => [r.line, r.speaker])).toEqual([
      [3, 'Clara Mbeki'],
      [5, 'Jonah Velasquez'],
      [7, 'Clara Mbeki'],
      [9, 'Jonah Velasquez'],
    ]);
  });
});

describe('a viva: "Internal examiner: Dr. Barnaby Quist" over "INTERNAL EXAMINER:" turns', () => {
  const records = fixtureCorpus(DIR, ['viva.txt']).records as Rec[];

  it("gives each part's turns to the name the header gives it, the chair's too", () => {
    expect(records.some((r) => /Examiner|Candidate|chair/i.test(`${r.speaker} ${r.asker}`))).toBe(false);
    expect(at(records, 9)).toMatchObject({ type: 'quote', speaker: 'Lorcan McAuliffe' });
    expect(at(records, 12, 'qa')).toMatchObject({ asker: 'Yewande Olatunji', speaker: 'Sunniva Thorkildsen', question: expect.stringMatching(/^Thank you\. Sunniva/) });
    expect(at(records, 25, 'qa')).toMatchObject({ asker: 'Barnaby Quist', speaker: 'Sunniva Thorkildsen', text: 'Eleven, over the two years.' });
    expect(at(records, 52, 'qa')).toMatchObject({ asker: 'Lorcan McAuliffe', speaker: 'Barnaby Quist' });
  });

  it('keeps the header lines of those who speak out of the claims', () => {
    expect(at(records, 2)).toBeUndefined();
    expect(at(records, 4)).toBeUndefined();
  });

  it('in other words: "Panel member: Dr. Ines Varga" over "PANEL MEMBER:" questions wrapped onto a second line', () => {
    const doc = [
      'Interview panel record',
      'Panel member: Dr. Ines Varga',
      'Applicant: Tomas Reinholt',
      '',
      'PANEL MEMBER: Thank you for coming in. Could you tell us why you applied for',
      'this post?',
      '',
      'APPLICANT: I have worked on flood models for six years and I want to lead a team.',
      '',
      'PANEL MEMBER: What was the hardest project you ran, and what went',
      'wrong in it?',
      '',
      'APPLICANT: A river model in 2021. I underestimated the data cleaning by months.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'panel.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.line, r.asker, r.speaker])).toEqual([
      [5, 'Ines Varga', 'Tomas Reinholt'],
      [10, 'Ines Varga', 'Tomas Reinholt'],
    ]);
  });
});

describe('a conference talk under "Speaker: NAME, role" with slide cues, its Q&A labelled below', () => {
  const records = fixtureCorpus(DIR, ['devconf-talk.txt']).records as Rec[];

  it("gives the talk's paragraphs between the slide cues to the speaker, none a claim", () => {
    for (const line of [8, 13, 19, 25, 31, 37, 40]) expect(at(records, line)).toMatchObject({ type: 'quote', speaker: 'Marisol Kettleborough' });
    expect(records.filter((r) => r.line > 8 && r.line < 44 && r.type === 'claim')).toEqual([]);
    expect(at(records, 48, 'qa')).toMatchObject({ asker: 'Audience Member 1', speaker: 'Marisol Kettleborough' });
  });

  it('in other words: "Presenter: Jun Okafor" over a lecture under slide cues, then "AUDIENCE MEMBER:" / "OKAFOR:"', () => {
    const doc = [
      'Evening lecture series',
      'Presenter: Jun Okafor, curator',
      '',
      'Good evening. I want to show you three objects tonight.',
      '',
      '[Slide 2]',
      '',
      'The first is a compass made in Lisbon around 1580. Its needle still points north.',
      '',
      '[Slide 3]',
      '',
      'The second is a chart drawn on vellum. The coastline is wrong in a dozen places.',
      '',
      'HOST: Thank you, Jun. Questions, please.',
      '',
      'AUDIENCE MEMBER: Where did the museum find the chart?',
      '',
      'OKAFOR: At an auction in 1961. Nobody else bid.',
      '',
      'AUDIENCE MEMBER: Is the compass still accurate?',
      '',
      'OKAFOR: Within a few degrees, yes.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'lecture.txt': doc })).records as Rec[];
    for (const line of [4, 8, 12]) expect(at(got, line)).toMatchObject({ type: 'quote', speaker: 'Jun Okafor' });
  });
});

describe('AGM minutes: "Q. Mr. Lindqvist: …?" answered "A. The Secretary: …"', () => {
  const records = fixtureCorpus(DIR, ['agm-minutes.txt']).records as Rec[];

  it('asks by the member the question names and answers by the officer the minutes name', () => {
    expect(at(records, 41, 'qa')).toMatchObject({ asker: 'Lindqvist', speaker: 'Rhiannon Tebbutt' });
    expect(at(records, 43, 'qa')).toMatchObject({ asker: 'Bhattacharya', speaker: 'Anselm Dukakis' });
  });

  it('in other words: a rowing club\'s "Q. Mrs. Halloway: …?" / "A. The Chairman: …"', () => {
    const doc = [
      'RIVERSIDE ROWING CLUB',
      'MINUTES OF THE ANNUAL GENERAL MEETING, 3 March 2024',
      '',
      'Present: 31 members. In the chair: Mr. Felix Arnaud (Chairman).',
      '',
      '1. ANY OTHER BUSINESS',
      'Q. Mrs. Halloway: Will the boathouse roof be repaired before the summer?',
      'A. The Chairman: Yes. A contractor starts in April.',
      'Q. Mr. Petrov: Can juniors use the new ergometers?',
      'A. Ms. Kimani: From May, once the insurance is extended.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'minutes.txt': doc })).records as Rec[];
    // (each side named by the label the minutes give it; the chairman is not yet read as Felix Arnaud)
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.line, r.asker, r.speaker])).toEqual([
      [7, 'Halloway', 'the Chairman'],
      [9, 'Petrov', 'Kimani'],
    ]);
  });
});

describe("a book launch: the author quotes her editor's question in her answer", () => {
  const records = fixtureCorpus(DIR, ['book-launch.txt']).records as Rec[];

  it("reads the host's next turn as his, no answer to a question the author only told of", () => {
    expect(at(records, 20, 'qa')).toMatchObject({ asker: 'Dominic Achterberg', speaker: 'Ingeborg Malkovich-Reyes' });
    expect(records.filter((r) => r.type === 'qa' && r.asker === 'Ingeborg Malkovich-Reyes')).toEqual([]);
    expect(at(records, 26)).toMatchObject({ type: 'quote', speaker: 'Dominic Achterberg' });
  });

  it('in other words: a coach quoting her mentor\'s question, then a chair reading one out to a panellist', () => {
    const doc = [
      'HOST: You changed how the team trains. What started that?',
      '',
      'GUEST: A bad season. My old mentor asked me one thing after it: "What are you measuring?" I had no answer, so I started keeping numbers.',
      '',
      'HOST: And the players went along with it.',
      '',
      'GUEST: Most of them. Two left.',
      '',
      'HOST: A listener writes: "Do you ever ignore the numbers?" Guest, you first.',
      '',
      'GUEST: Every week, when a player tells me how she feels.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'coach.txt': doc })).records as Rec[];
    // (the guest's told question asks the host nothing; the read-out one is put to the guest)
    expect(got.filter((r) => r.type === 'qa' && r.asker === 'Guest')).toEqual([]);
    expect(at(got, 9, 'qa')).toMatchObject({ asker: 'Host', speaker: 'Guest', text: expect.stringMatching(/^Every week/) });
  });
});

describe('a case conference dated in an italic note under its roster: "*Riverside University Hospital, Thursday 7 March 2024. …*"', () => {
  const records = fixtureCorpus(DIR, ['grand-rounds.md']).records as Rec[];

  it('gives every record the year the note gives', () => {
    expect(records.length).toBeGreaterThan(5);
    for (const r of records) expect(r.year).toBe(2024);
    expect(at(records, 26, 'qa')).toMatchObject({ asker: 'Wendell Fairbairn', speaker: 'Rosalind Hartigan' });
  });

  it('in other words: a weekday the date does not fall on dates nothing', () => {
    const note = (when: string) => ['# Journal club', '', 'Presenter: Dr. Anna Holm', 'Chair: Dr. Piet Laar', '', `*Eastfield Medical School, ${when}. Slides on request.*`, '', '**Dr. Holm:** The trial enrolled 400 patients.', '', '**Dr. Laar:** Any questions?', ''].join('\n');
    expect((loadCorpus(tempCorpus({ 'club.md': note('Monday 14 October 2019') })).records as Rec[])[0]?.year).toBe(2019);
    expect((loadCorpus(tempCorpus({ 'club.md': note('Friday 14 October 2019') })).records as Rec[])[0]?.year).toBeNull();
  });
});
