/**
 * Transcripts with more than two voices, probe60-b: a press briefing's bare "QUESTION:" / "Q:" is a
 * reporter the label leaves unnamed, never the outlet of another reporter's "QUESTION (Reuters):";
 * a town hall's "RESIDENT (Frank Moretti, Elm Street):" is Frank Moretti, who asks; its "MR. ODUYA:"
 * is the "Town Engineer Raymond Oduya" of the header's "Present:" roster; a debate's "CHAIR:" is the
 * chair who opens the programme with "I'm Margaret Hollis."
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; role: string | null; text: string };
const DIR = join(FIXTURES, 'probe60', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a press briefing: bare QUESTION and Q beside "QUESTION (Reuters)" and "Q (Al Hurra)"', () => {
  const records = fixtureCorpus(DIR, ['state-department-briefing-2022.txt']).records as Rec[];

  it('reads the bare labels as unnamed reporters, not the outlet another label gives', () => {
    // (fix72-a: "Marcus – sorry – can I just –" / "Go ahead." is leave asked and given: the reporter's
    // question at 67 runs on to 71's and Ellery's answer is its answer.)
    for (const line of [17, 21, 25, 37, 41, 45, 67]) expect(at(records, line, 'qa')).toMatchObject({ speaker: 'Marcus Ellery', asker: null });
    expect(at(records, 87)?.speaker).toBeNull();
    // unchanged: the labels that carry the outlet
    expect(at(records, 29, 'qa')?.asker).toBe('Reuters');
    expect(at(records, 79, 'qa')?.asker).toBe('Al Hurra');
  });

  it('in other words: "Q:" before "Q (Kyodo News):"', () => {
    const text = [
      'PRESS BRIEFING BY THE SPOKESPERSON',
      'April 2, 2021',
      '',
      'SPOKESPERSON LENA FARR: Good morning. I will take your questions.',
      '',
      'Q: Is the minister resigning?',
      '',
      'SPOKESPERSON LENA FARR: No. She has the full confidence of the president.',
      '',
      'Q (Kyodo News): When will she speak publicly?',
      '',
      'SPOKESPERSON LENA FARR: On Thursday, at the press club.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'briefing-2021.txt': text })).records as Rec[];
    expect(at(got, 6, 'qa')?.asker).not.toBe('Kyodo News');
    expect(at(got, 10, 'qa')?.asker).toBe('Kyodo News');
  });
});

describe('a town hall: residents named in brackets, officials by honorific and surname', () => {
  const records = fixtureCorpus(DIR, ['town-hall-water-rates-2021.md']).records as Rec[];

  it('names each resident from the label\'s brackets, on every turn of theirs', () => {
    expect(at(records, 41, 'qa')).toMatchObject({ asker: 'Tom Becker', speaker: 'Raymond Oduya' });
    expect(at(records, 51, 'qa')).toMatchObject({ asker: 'Sandra Whitfield', speaker: 'Deborah Castellanos' });
    expect(at(records, 55, 'qa')?.asker).toBe('Sandra Whitfield');
    expect(at(records, 65, 'qa')).toMatchObject({ asker: 'Dev Patel', speaker: 'Raymond Oduya' });
    expect(records.some((r) => r.speaker === 'Resident' && r.line !== 37)).toBe(false);
  });

  it('gives "MR. ODUYA:" and "MS. BRANDT:" the full names the "Present:" roster gives', () => {
    expect(at(records, 13)?.speaker).toBe('Raymond Oduya');
    expect(at(records, 17, 'qa')).toMatchObject({ speaker: 'Lucille Brandt', asker: 'Deborah Castellanos' });
    expect(at(records, 59)?.speaker).toBe('Lucille Brandt');
    expect(records.some((r) => r.speaker === 'Mr. Oduya' || r.speaker === 'Ms. Brandt')).toBe(false);
  });
});

describe("a radio debate's chair who introduces herself", () => {
  const records = fixtureCorpus(DIR, ['radio-debate-housing-2019.txt']).records as Rec[];

  it('reads "CHAIR:" as Margaret Hollis, the chair the role', () => {
    expect(at(records, 5)).toMatchObject({ speaker: 'Margaret Hollis', role: 'chair' });
    expect(at(records, 23, 'qa')).toMatchObject({ speaker: 'James Oyelaran', asker: 'Margaret Hollis' });
    expect(at(records, 49, 'qa')).toMatchObject({ speaker: 'Fiona Gallacher', asker: 'Margaret Hollis' });
    expect(records.some((r) => r.speaker === 'Chair' || r.asker === 'Chair')).toBe(false);
  });
});

describe('a question the chair reads out from the app, its sender named', () => {
  it('credits the sender, not the moderator who reads it', () => {
    const panel = fixtureCorpus(DIR, ['climate-finance-panel-2023.txt']).records as Rec[];
    expect(at(panel, 81, 'qa')).toMatchObject({ speaker: 'Priya Desai-Morgan', asker: 'Joanna Pike' });
    // an anonymous one is asked by nobody, as a question board's "Anonymous" is (never the moderator
    // reading it out); her own questions are hers
    expect(at(panel, 85, 'qa')).toMatchObject({ speaker: 'Tomas Reinholt', asker: null });
    expect(at(panel, 61, 'qa')?.asker).toBe('Elaine Okafor');
    const allHands = fixtureCorpus(DIR, ['all-hands-q3-2024.vtt']).records as Rec[];
    expect(at(allHands, 46, 'qa')).toMatchObject({ speaker: 'Daniel Abernathy', asker: 'Marco Bellini' });
    expect(at(allHands, 74, 'qa')).toMatchObject({ speaker: 'Daniel Abernathy', asker: 'Aisha Rahman' });
    // "Next one's anonymous: “…?”": nobody's, not the moderator's
    expect(at(allHands, 54, 'qa')?.asker).toBeNull();
  });
});
