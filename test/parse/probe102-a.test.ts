/**
 * Local radio, community broadcasting and science communication, probe102-a: a public lecture's
 * questions from the floor, each questioner described in the label's note ("Q (woman in the third
 * row):", "AUDIENCE MEMBER (man by the door):", "AUDIENCE MEMBER (child, approximately ten years old):");
 * an audio guide's key of voices ("NARRATOR — Bella Ferris (actor)"); a readers' column put as **Q:** /
 * **A:**, each letter signed under its question; a reference's title in quotation marks.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; role?: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe102', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a lecture\'s questions from the floor, each questioner described in the note', () => {
  const records = fixtureCorpus(DIR, ['lecture-qa-deep-ocean.txt']).records as Rec[];

  it('asks by the person the note describes, however many words place them in the room', () => {
    expect(at(records, 16, 'qa')).toMatchObject({ speaker: 'Imogen Tallis', asker: 'woman in the third row' });
    expect(at(records, 20, 'qa')).toMatchObject({ speaker: 'Imogen Tallis', asker: 'woman in the third row' });
    expect(at(records, 44, 'qa')).toMatchObject({ speaker: 'Imogen Tallis', asker: 'man at the back' });
  });

  it('reads an audience member\'s note as its description, as a question label\'s', () => {
    expect(at(records, 28, 'qa')).toMatchObject({ speaker: 'Imogen Tallis', asker: 'child' });
    expect(at(records, 32)).toMatchObject({ type: 'quote', speaker: 'child', text: 'Cool.' });
    expect(at(records, 36, 'qa')).toMatchObject({ speaker: 'Imogen Tallis', asker: 'man by the door' });
    // a bare label stays the part
    expect(at(records, 10, 'qa')?.asker).toBe('Audience Member');
  });

  it('in other words: a note of how the words came describes nobody', () => {
    const doc = [
      'MODERATOR: We have time for questions.',
      '',
      'AUDIENCE MEMBER (inaudible): … the budget for next year?',
      '',
      'DR PAULA REYES: We expect it to stay flat.',
      '',
      'AUDIENCE MEMBER (gentleman near the aisle on the left): Will the site reopen?',
      '',
      'DR PAULA REYES: Not before the spring.',
      '',
      'Q (lady in the front row): Who pays for the survey?',
      '',
      'DR PAULA REYES: The county does.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'panel-reyes.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => r.asker)).toEqual(['Audience Member', 'gentleman near the aisle on the left', 'lady in the front row']);
  });
});

describe("an audio guide's key of its voices, 'NARRATOR — Bella Ferris (actor)'", () => {
  const records = fixtureCorpus(DIR, ['audio-guide-ceramics.txt']).records as Rec[];

  it('gives each part\'s turns to the holder its key line names', () => {
    expect(at(records, 16)).toMatchObject({ type: 'quote', speaker: 'Bella Ferris' });
    expect(at(records, 24)).toMatchObject({ type: 'quote', speaker: 'Yumiko Hall', role: 'ceramicist' });
    expect(at(records, 40)?.speaker).toBe('Yumiko Hall');
    expect(at(records, 32)?.speaker).toBe('Oliver Pemberton-Shah');
    expect(records.some((r) => r.speaker === 'Narrator' || r.speaker === 'Artist')).toBe(false);
  });

  it('in other words: a key line whose part opens no turn names no one; a heading with a dash is no key', () => {
    const doc = [
      'VOICES',
      'GUIDE — Marta Quill, education officer',
      'PRODUCER — Ken Abara',
      '',
      'STOP 1 — THE HALL',
      '',
      'GUIDE: This hall was built in 1871.',
      '',
      'KEEPER: And it still leaks.',
      '',
      'GUIDE: Follow the arrows to stop two.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'guide.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type !== 'claim').map((r) => [r.line, r.speaker])).toEqual([
      [7, 'Marta Quill'],
      [9, 'Keeper'],
      [11, 'Marta Quill'],
    ]);
  });
});

describe("a readers' column put as **Q:** / **A:**, each letter signed under its question", () => {
  const records = fixtureCorpus(DIR, ['ask-a-scientist-column.md']).records as Rec[];

  it('asks by the signer, answered by the scientist the standfirst says answers', () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas.map((r) => [r.line, r.asker, r.speaker])).toEqual([
      [9, 'Morag Kerr', 'Ruth Abernethy'],
      [19, 'Alasdair Buchanan', 'Ruth Abernethy'],
      [29, 'Priya Sandhu', 'Ruth Abernethy'],
    ]);
    // the signature closes the question, as under a question in emphasis
    expect(at(records, 9, 'qa')).toMatchObject({ question: expect.stringMatching(/What is it\? — Morag Kerr, Perth$/), text: expect.stringMatching(/^Thanks, Morag/) });
    expect(at(records, 29, 'qa')?.question).toMatch(/— Priya Sandhu \(age 11\), Aberdeen$/);
  });

  it('in other words: "— Anonymous, by email" asks as nobody; "– June, Wrexham" asks as June; the standfirst names who answers', () => {
    const doc = [
      'Each week Professor Dan Ilori answers readers\' gardening questions.',
      '',
      'Q: Why are my tomato leaves curling? They were fine last week.',
      '',
      '— Anonymous, by email',
      '',
      'A: Heat, most likely. Water in the morning.',
      '',
      'Q: Should I prune roses in March?',
      '',
      '– June, Wrexham',
      '',
      'A: Yes, once the hard frosts are over.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'garden-column.md': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.line, r.asker, r.speaker])).toEqual([
      [3, null, 'Dan Ilori'],
      [9, 'June', 'Dan Ilori'],
    ]);
  });
});

describe("a reference list's entry: a title in quotation marks after its authors", () => {
  it("is no quote of the author's, in a press release's notes to editors", () => {
    const records = fixtureCorpus(DIR, ['press-release-sleep-study.txt']).records as Rec[];
    const at31 = records.filter((r) => r.line === 31);
    expect(at31.every((r) => r.type === 'claim' && r.speaker === null)).toBe(true);
    expect(at31.map((r) => r.text).join(' ')).toContain('"Sleep duration and working memory in adolescents: a three-year cohort study."');
    // the lead author's own quotes above stay hers
    expect(at(records, 15)).toMatchObject({ type: 'quote', speaker: 'Fiona Marchetti' });
  });

  it('nor in show notes ("Yoshida et al. (2016), …"); a named speaker\'s quoted words with a year stay a quote', () => {
    const records = fixtureCorpus(DIR, ['podcast-deep-signal-ep47.md']).records as Rec[];
    expect(records.filter((r) => r.line >= 54 && r.line <= 55).map((r) => r.type)).toEqual(['claim', 'claim']);
    const doc = [
      '# Sleep and memory',
      '',
      'Pupils slept less in 2022 than in 2019 (2023 survey). "It was a real surprise," said Dr Ana Ruiz, who led the work.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'sleep-news.md': doc })).records as Rec[];
    expect(got.find((r) => r.type === 'quote')).toMatchObject({ speaker: 'Ana Ruiz', text: 'It was a real surprise' });
  });
});
