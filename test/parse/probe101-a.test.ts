/**
 * Human-rights and justice testimony, probe101-a: an asylum interview record's numbered questions and
 * answers ("Q4. Why …?" / "A4. Because …"); a radio documentary's "NARRATOR (LUCÍA BARROS):" beside a
 * later "NARRATOR (V/O):"; a press conference's "SPECIAL RAPPORTEUR (Mariam Okonjo-Lévesque):".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; role: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe101', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('an interview record numbering its questions and answers "Q4." / "A4."', () => {
  const records = fixtureCorpus(DIR, ['asylum-interview-record.txt']).records as Rec[];

  it('pairs each numbered answer with the question of its number, the number no speaker', () => {
    expect(at(records, 24)).toMatchObject({ type: 'qa', speaker: null, asker: null, question: 'Why are you claiming asylum in the United Kingdom?', text: expect.stringMatching(/^Because if I go back to Eritrea/) });
    expect(at(records, 47)).toMatchObject({ type: 'qa', question: expect.stringMatching(/^Why did you not claim asylum in Ethiopia/), text: expect.stringMatching(/^In Ethiopia there was war/) });
    expect(records.some((r) => /^[QA]\d/.test(`${r.text}`) || /^[QA]\d/.test(`${r.speaker}${r.asker}`))).toBe(false);
  });

  it('in other words: "Q3:" / "A3:" with a colon are sides too, and a lone "A4 paper" line no turn', () => {
    const colon = loadCorpus(tempCorpus({ 'record.txt': 'Q1: Do you understand the interpreter?\nA1: Yes.\n\nQ2: Where were you born?\nA2: In Keren, in 1990.\n' })).records as Rec[];
    expect(colon.filter((r) => r.type === 'qa').map((r) => [r.question, r.text, r.speaker, r.asker])).toEqual([
      ['Do you understand the interpreter?', 'Yes.', null, null],
      ['Where were you born?', 'In Keren, in 1990.', null, null],
    ]);
    const lone = loadCorpus(tempCorpus({ 'memo.txt': 'Print the forms on both sides.\n\nA4. Paper is in the cupboard by the door.\n\nQ3. Results will be published on Friday.\n' })).records as Rec[];
    expect(lone.every((r) => r.type === 'claim')).toBe(true);
  });
});

describe('a part named in its note once, then given "(V/O)" or nothing', () => {
  const records = fixtureCorpus(DIR, ['radio-doc-survivor-voices.txt']).records as Rec[];

  it('is the holder the first note names throughout, the voice-over note naming no second holder', () => {
    expect(at(records, 10)).toMatchObject({ type: 'quote', speaker: 'Lucía Barros', role: 'narrator', text: expect.stringMatching(/^On the eleventh of September 1973/) });
    expect(at(records, 16)?.speaker).toBe('Lucía Barros');
    expect(at(records, 26)).toMatchObject({ type: 'qa', speaker: 'Gladys Pizarro', asker: 'Lucía Barros', question: 'How long were you held?' });
    expect(at(records, 38)).toMatchObject({ type: 'quote', speaker: 'Lucía Barros' });
    expect(records.some((r) => r.speaker === 'Narrator' || /NARRATOR/.test(r.text))).toBe(false);
  });
});

describe('an office of two words, its holder in the note: "SPECIAL RAPPORTEUR (Mariam Okonjo-Lévesque):"', () => {
  const records = fixtureCorpus(DIR, ['rapporteur-press-conference.txt']).records as Rec[];

  it('is the holder, the office her role, and the bare "SPECIAL RAPPORTEUR:" answers as her', () => {
    expect(at(records, 12)).toMatchObject({ type: 'quote', speaker: 'Mariam Okonjo-Lévesque', role: 'special rapporteur' });
    expect(at(records, 26)).toMatchObject({ type: 'qa', speaker: 'Mariam Okonjo-Lévesque', asker: 'Rui Matos' });
    expect(at(records, 46)).toMatchObject({ type: 'qa', speaker: 'Mariam Okonjo-Lévesque', asker: 'Tom Ashby', text: expect.stringMatching(/^I hope to, yes/) });
    expect(records.some((r) => r.speaker === 'Special Rapporteur')).toBe(false);
  });
});
