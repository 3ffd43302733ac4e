/**
 * Interpreted, translated and bilingual documents, probe99-a: a documentary's subtitles naming a voice
 * with its role in brackets ("[FATIMATA, salt trader]"); a tribunal's "Appellant: Mr NAME" field over
 * "A. (through interpreter)" answers, its interpreter speaking to the bench in their own voice; a
 * community research interview whose header gives the interpreter letters ("Interpreter (INT): …")
 * and whose title sets the project "in Riverside Ward"; a magazine byline with its publication in italics;
 * "MINISTER ECHEVARRÍA:" under "Minister of Foreign Trade Ramón Echevarría Solís".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; role: string | null };
const DIR = join(FIXTURES, 'probe99', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a documentary\'s subtitles: "[FATIMATA, salt trader]" names a voice and its role', () => {
  const records = fixtureCorpus(DIR, ['documentary-subs.srt']).records as Rec[];

  it("gives the trader's cues to her, never to the voice before", () => {
    expect(at(records, 45)).toMatchObject({ type: 'quote', speaker: 'Fatimata', role: 'salt trader', text: expect.stringMatching(/^In 2012 the road closed/) });
    expect(records.find((r) => r.speaker === 'Aghali' && /jewellery|FATIMATA/.test(r.text))).toBeUndefined();
    expect(at(records, 56)).toMatchObject({ speaker: 'Aghali', text: 'Look at the stars. That is our map.' });
  });

  it('in other words: a role after the comma is kept, a manner ("whispering") is not a role', () => {
    const srt = [
      '1', '00:00:01,000 --> 00:00:04,000', '[JONAS] The boats left at dawn.', '',
      '2', '00:00:05,000 --> 00:00:08,000', '[MARIT, harbour master] Nobody came back before noon.', '',
      '3', '00:00:09,000 --> 00:00:12,000', '[JONAS, whispering] Listen to the gulls.', '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'harbour.srt': srt })).records as Rec[];
    expect(got.map((r) => [r.speaker, r.role, r.text])).toEqual([
      ['Jonas', null, 'The boats left at dawn.'],
      ['Marit', 'harbour master', 'Nobody came back before noon.'],
      ['Jonas', null, 'Listen to the gulls.'],
    ]);
  });
});

describe('a tribunal hearing through an interpreter', () => {
  const records = fixtureCorpus(DIR, ['tribunal.txt']).records as Rec[];

  it('gives the "A. (through interpreter)" answers to the appellant the header names', () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(6);
    for (const r of qas) expect(r.speaker).toBe('Dawit Haile Gebremedhin');
    expect(at(records, 52, 'qa')).toMatchObject({ asker: 'Hamish Cairncross', text: expect.stringMatching(/In our calendar it was still 2012/) });
  });

  it("keeps the interpreter's own words to the bench the interpreter's, never the judge's or the witness's", () => {
    expect(at(records, 17)).toMatchObject({ speaker: 'the Judge', text: expect.not.stringMatching(/We have spoken/) });
    expect(at(records, 20)).toMatchObject({ speaker: 'the Interpreter', text: 'Yes, madam. We have spoken and we understand each other well.' });
    expect(at(records, 30, 'qa')?.text).not.toMatch(/translated it/);
    expect(at(records, 34)).toMatchObject({ speaker: 'the Interpreter', text: expect.stringMatching(/^Madam, the appellant used a word/) });
  });

  it('in other words: "Witness: Dr NAME" over Q./A., "THE COURT:" then "THE INTERPRETER:"', () => {
    const doc = [
      'CORONER\'S COURT — INQUEST TOUCHING THE DEATH OF A. N. OTHER',
      'Witness: Dr Ilse Marquardt',
      '',
      'THE COURT: Interpreter, is the witness comfortable continuing?',
      '',
      'THE INTERPRETER: Yes, sir, she is ready.',
      '',
      'Q. When did you first see the patient?',
      '',
      'A. (through interpreter) At nine in the morning.',
      '',
      'Q. What did you find?',
      '',
      'A. (through interpreter) A high fever and a rash.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'inquest.txt': doc })).records as Rec[];
    // (the court's question to the interpreter is answered by the interpreter)
    expect(got.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['the Interpreter', 'Ilse Marquardt', 'Ilse Marquardt']);
    expect(got.find((r) => r.text.startsWith('Yes, sir'))?.speaker).toBe('the Interpreter');
  });
});

describe('a community research interview through an interpreter ("I:", "R:", "INT:")', () => {
  const records = fixtureCorpus(DIR, ['community-research.txt']).records as Rec[];

  it("reads the interpreter's renderings as the respondent's answers to the interviewer's questions", () => {
    expect(at(records, 14, 'qa')).toMatchObject({ asker: 'Naomi Achterberg', question: expect.stringMatching(/how long you have lived/), text: expect.stringMatching(/^She says she has lived there for eleven years/) });
    expect(at(records, 23, 'qa')).toMatchObject({ asker: 'Naomi Achterberg', text: expect.stringMatching(/^She says it is damp/) });
    // an answer rendered before the respondent's own words in English is hers, not a rendering of the question
    expect(at(records, 33, 'qa')).toMatchObject({ question: 'What happened after the letter?', text: expect.stringMatching(/^A man came and painted over it/) });
    expect(records.some((r) => r.speaker === 'INT' || r.asker === 'INT')).toBe(false);
  });

  it('never takes the place in the title ("… in Riverside Ward") for the respondent', () => {
    expect(records.some((r) => r.speaker === 'Riverside Ward' || r.asker === 'Riverside Ward')).toBe(false);
  });

  it('in other words: "Translator (T): NAME" over "T:" renderings, a title "… across Harlow Fields"', () => {
    const doc = [
      'Allotment Gardeners across Harlow Fields',
      'Interviewer (I): Dr Peter Lund',
      'Respondent (R): gardener, 70s',
      'Translator (T): Ana Ribeiro',
      '',
      'I: How long have you kept the plot?',
      '',
      'R: [in Portuguese] (not transcribed)',
      '',
      'T: He says since 1998, when he retired.',
      '',
      'I: What do you grow?',
      '',
      'T: Mostly kale and beans, he says.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'allotment.txt': doc })).records as Rec[];
    const qas = got.filter((r) => r.type === 'qa');
    expect(qas.map((r) => [r.asker, r.speaker, r.text])).toEqual([
      ['Peter Lund', null, expect.stringMatching(/He says since 1998/)],
      ['Peter Lund', null, 'Mostly kale and beans, he says.'],
    ]);
    expect(got.some((r) => r.speaker === 'Harlow Fields')).toBe(false);
  });
});

describe('a translated magazine interview: "**By NAME** | *Publication*, Season YEAR"', () => {
  const records = fixtureCorpus(DIR, ['magazine-japanese.md']).records as Rec[];

  it("asks every question by the byline's writer, the publication in italics after the bar", () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(7);
    for (const r of qas) expect(r).toMatchObject({ speaker: 'Hiroshi Takemura', asker: 'Claire Donnelly' });
  });

  it('in other words: "By __Ravi Menon__ | *The Garden Review*, May 2023"', () => {
    const doc = [
      '# Growing in clay: ten minutes with Ilse Brandt',
      '',
      'By __Ravi Menon__ | *The Garden Review*, May 2023',
      '',
      '**How long have you gardened here?**',
      '',
      'Since 1987. The clay was awful then.',
      '',
      '**And now?**',
      '',
      'Still awful, but I love it.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'clay.md': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker])).toEqual([
      ['Ravi Menon', 'Ilse Brandt'],
      ['Ravi Menon', 'Ilse Brandt'],
    ]);
  });
});

describe('a press conference with consecutive interpretation, the minister named in full in the header', () => {
  const records = fixtureCorpus(DIR, ['press-conference.txt']).records as Rec[];

  it('"MINISTER ECHEVARRÍA:" is the "Minister of Foreign Trade Ramón Echevarría Solís" the header names', () => {
    expect(records.some((r) => r.speaker === 'Minister Echevarría')).toBe(false);
    expect(at(records, 12)).toMatchObject({ type: 'quote', speaker: 'Ramón Echevarría Solís' });
    expect(at(records, 32, 'qa')).toMatchObject({ speaker: 'Ramón Echevarría Solís', asker: 'Marta Igualada' });
    expect(at(records, 27, 'qa')).toMatchObject({ speaker: 'Helen Wardlaw', asker: 'Daniel Okafor' });
  });

  it('in other words: "the Secretary of Health Lucía Ferreira Gómez" over "SECRETARY FERREIRA:"; one surname stays one', () => {
    const doc = (header: string) => [
      header,
      '',
      'MODERATOR: Good morning. The secretary will take questions.',
      '',
      'Q: Carla Ruiz, Diario Norte. When will the clinics open?',
      '',
      'SECRETARY FERREIRA: In March, all twelve of them.',
      '',
      'Q: Pablo Medina, Radio Sur. And the staff?',
      '',
      'SECRETARY FERREIRA: We have hired four hundred nurses.',
      '',
    ].join('\n');
    const two = loadCorpus(tempCorpus({ 'a.txt': doc('Briefing by the Secretary of Health Lucía Ferreira Gómez, 3 February 2025') })).records as Rec[];
    expect(two.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Lucía Ferreira Gómez', 'Lucía Ferreira Gómez']);
    const one = loadCorpus(tempCorpus({ 'b.txt': doc('Briefing by the Secretary of Public Health Lucía Ferreira, Monday 3 February 2025') })).records as Rec[];
    expect(one.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Lucía Ferreira', 'Lucía Ferreira']);
  });
});
