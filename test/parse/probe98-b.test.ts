/**
 * Fashion, lifestyle, retail and motoring documents, probe98-b: a motor-racing press conference's
 * "Luca FERRANTE:" labels and "Q: (Rob Hensley, Motor Week) …" questions from the floor.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe98', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a post-race press conference: "Luca FERRANTE:", "Q: (Rob Hensley, Motor Week) …"', () => {
  const records = fixtureCorpus(DIR, ['race-presser.txt']).records as Rec[];

  it('names each driver as written with the surname title-cased, never "Luca FERRANTE"', () => {
    expect(records.some((r) => /[A-Z]{3}/.test(`${r.speaker}`))).toBe(false);
    expect(at(records, 9, 'qa')).toMatchObject({ speaker: 'Luca Ferrante', asker: 'Moderator' });
    expect(at(records, 22, 'qa')).toMatchObject({ speaker: 'Amara Diallo', asker: 'Moderator' });
  });

  it('asks by the reporter the brackets name, the outlet out of the question', () => {
    expect(at(records, 29, 'qa')).toMatchObject({ speaker: 'Luca Ferrante', asker: 'Rob Hensley', question: expect.stringMatching(/^Luca, you're now 14 points/) });
    expect(at(records, 35, 'qa')).toMatchObject({ speaker: 'Jonas Virtanen', asker: 'Sofia Lindqvist', question: expect.stringMatching(/^Jonas, you were on the radio/) });
    expect(at(records, 43, 'qa')).toMatchObject({ speaker: 'Amara Diallo', asker: 'Kenji Mori' });
  });

  it('in other words: a dash between reporter and outlet, a hyphenated given name', () => {
    const doc = [
      'PRESS CONFERENCE',
      '',
      'Jean-Éric VERGNE: It was a good day for us.',
      '',
      'Q: (Hanna Kowalski – Speed Weekly) Jean-Éric, what changed after the safety car?',
      '',
      'Jean-Éric VERGNE: We switched the energy mode.',
      '',
      'Q: (Piet de Groot, Racing Today) And the tyres?',
      '',
      'Jean-Éric VERGNE: They held on well.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'presser.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.asker, r.question])).toEqual([
      ['Jean-Éric Vergne', 'Hanna Kowalski', 'Jean-Éric, what changed after the safety car?'],
      ['Jean-Éric Vergne', 'Piet de Groot', 'And the tyres?'],
    ]);
  });
});

describe('an advice column: "Ask Clara", letters signed "— Tired in Leeds", an italic footer over two lines', () => {
  const records = fixtureCorpus(DIR, ['ask-clara.md']).records as Rec[];

  it("answers each letter by the columnist the intro names in full, asked by the letter's signer", () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [7, 'Clara Whitfield', 'Fleeced in Fulham'],
      [28, 'Clara Whitfield', 'Tired in Leeds'],
      [50, 'Clara Whitfield', 'Wondering in Worthing'],
    ]);
  });

  it('reads a one-line letter as a letter, never a quotation by "Wondering"', () => {
    expect(records.some((r) => r.speaker === 'Wondering')).toBe(false);
    expect(at(records, 50, 'qa')).toMatchObject({ question: "Dear Clara, Is it rude to wear white to a friend's second wedding?" });
  });

  it("ends the last reply before the column's footer in italics, the footer no word of hers", () => {
    expect(at(records, 50, 'qa')).toMatchObject({ endLine: 58, text: expect.stringMatching(/Wear the blue\.$/) });
    expect(records.filter((r) => /Got a problem|regrets she cannot/.test(r.text)).every((r) => r.speaker === null)).toBe(true);
  });

  it('in other words: a named agony uncle, a short letter, a two-line footer', () => {
    const doc = [
      '# Dear Tom',
      '',
      'Our columnist Tom Ashdown tackles your dilemmas.',
      '',
      '**Dear Tom,**',
      '',
      'Can I skip my cousin\'s hen do?',
      '',
      '— Skint in Swindon',
      '',
      'Dear Skint,',
      '',
      'Yes, if you say so early and send a present.',
      '',
      '*Write to Tom at the usual address.',
      'He cannot reply to letters personally.*',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'dear-tom.md': doc })).records as Rec[];
    expect(got.filter((r) => r.type !== 'claim').map((r) => [r.type, r.speaker, r.asker, r.text])).toEqual([
      ['qa', 'Tom Ashdown', 'Skint in Swindon', 'Dear Skint,\nYes, if you say so early and send a present.'],
    ]);
  });
});

describe('a trade show floor interview: "Retail Tech Expo 2024: "…"", "we caught up with NAME"', () => {
  const records = fixtureCorpus(DIR, ['trade-show.md']).records as Rec[];

  it('answers by the guest the standfirst caught up with, never an event called "Tech Expo"', () => {
    expect(records.some((r) => /Expo/.test(`${r.speaker}`))).toBe(false);
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(5);
    for (const r of qas) expect(r.speaker).toBe('Daniel Okafor');
    expect(at(records, 1)).toMatchObject({ type: 'quote', speaker: 'Daniel Okafor' });
  });

  it('in other words: "Paris Fashion Week 2025: …", "I sat down with NAME"', () => {
    const doc = [
      '# Paris Fashion Week 2025: "Buyers want fewer, better pieces"',
      '',
      'Backstage at the shows, I sat down with Noor Haddad, founder of the label Sable Row.',
      '',
      '**How was the week for you?**',
      '',
      'Busy. We sold out the outerwear on day two.',
      '',
      '**What are buyers asking for?**',
      '',
      'Fewer, better pieces, and nothing that only lasts a season.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'pfw.md': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Noor Haddad', 'Noor Haddad']);
    expect(got.some((r) => /Fashion Week/.test(`${r.speaker}`))).toBe(false);
  });
});
