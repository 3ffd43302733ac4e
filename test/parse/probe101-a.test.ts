/**
 * Human-rights and justice testimony, probe101-a: an asylum interview record's numbered questions and
 * answers ("Q4. Why …?" / "A4. Because …"); a radio documentary's "NARRATOR (LUCÍA BARROS):" beside a
 * later "NARRATOR (V/O):"; a press conference's "SPECIAL RAPPORTEUR (Mariam Okonjo-Lévesque):"; a witness
 * statement's "I, CHINEDU OKAFOR, of …, WILL SAY as follows:"; a report's quotation closed by a Markdown
 * footnote reference ("…no record of him."[^42]); a commission hearing's "INTERPRETER: The witness is
 * crying, Chairperson." after a witness the record gives "(through interpreter)".
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

describe('a witness statement opening "I, CHINEDU OKAFOR, of …, WILL SAY as follows:" in capitals', () => {
  const records = fixtureCorpus(DIR, ['witness-statement-okafor.txt']).records as Rec[];

  it("is its maker's, the name written as names are", () => {
    expect(at(records, 25)).toMatchObject({ type: 'claim', speaker: 'Chinedu Okafor', text: 'I am the Claimant in these proceedings.' });
    expect(at(records, 53)).toMatchObject({ type: 'claim', speaker: 'Chinedu Okafor', text: expect.stringMatching(/^I believe that the facts stated/) });
    // the officer's words he reports stay the officer's
    expect(at(records, 37, 'quote')?.speaker).toBe('one officer');
  });

  it("in other words: an affidavit's \"MAKE OATH AND SAY\" is its deponent's", () => {
    const doc = 'AFFIDAVIT\n\nI, MARIA ESTHER LOPES, of 12 Rua Nova, Faro, Portugal, MAKE OATH AND SAY as follows:\n\n1. I am the mother of the deceased, Joao Lopes.\n\n2. I was not told of his arrest until four days after it took place.\n';
    const got = loadCorpus(tempCorpus({ 'affidavit.txt': doc })).records as Rec[];
    expect(got.filter((r) => /^I (?:am|was)/.test(r.text)).map((r) => r.speaker)).toEqual(['Maria Esther Lopes', 'Maria Esther Lopes']);
  });
});

describe('a quotation standing alone, closed by a Markdown footnote reference "[^42]"', () => {
  const records = fixtureCorpus(DIR, ['report-chapter-detention.md']).records as Rec[];

  it('is the words of the person the paragraph before names, as it is without the reference', () => {
    expect(at(records, 9)).toMatchObject({ type: 'quote', speaker: 'a 27-year-old teacher', text: expect.stringMatching(/^The soldiers looked at everyone's ID card\..*no record of him\.$/) });
    expect(at(records, 13, 'quote')).toMatchObject({ speaker: 'a lawyer', text: expect.stringMatching(/^The courts accept the word of the security services\./) });
  });

  it('in other words: a named source, and the reference kept in no quote', () => {
    const doc = 'Hana Sato, who runs the shelter, described the night of the raid.\n\n"They came at two in the morning and took every man they could find."[^3]\n\n[^3]: Interview, 4 May 2023.\n';
    const got = loadCorpus(tempCorpus({ 'chapter.md': doc })).records as Rec[];
    expect(got.find((r) => r.line === 3)).toMatchObject({ type: 'quote', speaker: 'Hana Sato', text: 'They came at two in the morning and took every man they could find.' });
  });
});

describe('an interpreter\'s remark after a witness the record once marks "(through interpreter)"', () => {
  const records = fixtureCorpus(DIR, ['trc-hearing-umhlanga.txt']).records as Rec[];

  it('is the interpreter\'s own words, no part of the witness\'s answer before it', () => {
    expect(at(records, 31)).toMatchObject({ type: 'qa', speaker: 'Nomvula Maqhubela', endLine: 35, text: expect.stringMatching(/That was the last time I saw my son\.$/) });
    expect(at(records, 37)).toMatchObject({ type: 'quote', speaker: 'Interpreter', text: 'The witness is crying, Chairperson.' });
  });

  it('in other words: without the note, the interpreter still renders the witness', () => {
    const doc = 'CHAIRPERSON: Please tell us what happened.\n\nMR DUBE: Ngaboshwa ngo-1986.\n\nINTERPRETER: I was arrested in 1986.\n\nCHAIRPERSON: Where were you taken?\n\nMR DUBE: Ngayiswa eJohn Vorster Square.\n\nINTERPRETER: I was taken to John Vorster Square.\n';
    const got = loadCorpus(tempCorpus({ 'hearing.txt': doc })).records as Rec[];
    expect(got.filter((r) => /\nI was/.test(r.text)).map((r) => [r.type, r.speaker])).toEqual([['qa', 'Mr Dube'], ['qa', 'Mr Dube']]);
  });

  it('but a voice marked turn by turn ("[through interpreter]" here, "[in Spanish]" there) is rendered where unmarked', () => {
    const doc = 'Q: Minister, when is the vote?\n\nMINISTER RUIZ: [through interpreter] In June, I hope.\n\nQ: And the farmers?\n\nMINISTER RUIZ: [in Spanish] Los hemos escuchado durante dos años.\n\nINTERPRETER: We have listened to them for two years.\n';
    const got = loadCorpus(tempCorpus({ 'presser.txt': doc })).records as Rec[];
    expect(got.find((r) => /listened to them/.test(r.text))?.speaker).toBe('Minister Ruiz');
  });
});
