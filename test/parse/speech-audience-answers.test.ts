/**
 * A speech's transcript with the audience's questions after it: the header gives the speaker on a
 * line of their own under the title ("Ngozi Adeyemi, Founder and CEO, Paystack Labs"), and the
 * questions and answers are labelled "Q:" / "A:", with the moderator and the askers who give their
 * names as the only named voices. Before, every answer was nobody's: the one person the answers
 * could be was sought among the named voices, and there were three. Found on an unseen keynote
 * (test/fixtures/unseen/keynote-ngozi-adeyemi-fintech-week-2025.txt), December 5.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { type: string; speaker: string | null; asker: string | null; text: string };
const answers = (records: readonly Rec[]) => records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.text.split(/(?<=[.!?])\s/)[0]]);

describe("a speech's audience questions, answered by the speaker its header names", () => {
  it('gives every "A:" to the keynote speaker (unseen keynote)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['keynote-ngozi-adeyemi-fintech-week-2025.txt']);
    expect(answers(c.records.filter((r) => r.doc === 'keynote-ngozi-adeyemi-fintech-week-2025') as Rec[])).toEqual([
      ['Halima Sule', 'Ngozi Adeyemi', 'Start with a problem you can see from your window.'],
      ['Chidi Okoro', 'Ngozi Adeyemi', 'Not in 2026.'],
      [null, 'Ngozi Adeyemi', 'No.'],
    ]);
  });

  it('in other words: a commencement address and its questions', () => {
    const text = [
      'Commencement Address: "Build Slowly"',
      'Dr. Kofi Mensah, President, Accra Technical University',
      'Great Hall, Accra, 2 June 2024',
      '',
      'Graduates, families, friends: good afternoon.',
      '',
      'When this university opened in 1999 it had 300 students. Today you are 11,000.',
      '',
      'Thank you.',
      '',
      'QUESTIONS',
      '',
      'CHAIR (Abena Owusu): We have a few minutes for questions.',
      '',
      'Q: Ama Boateng, School of Engineering. What do you regret most?',
      '',
      'A: Waiting too long to build the library. We built it in 2015; it should have been 2005.',
      '',
      'Q: Will fees rise next year?',
      '',
      'A: Not by more than inflation.',
      '',
    ].join('\n');
    expect(answers(loadCorpus(tempCorpus({ 'address.txt': text })).records as Rec[])).toEqual([
      ['Ama Boateng', 'Kofi Mensah', 'Waiting too long to build the library.'],
      [null, 'Kofi Mensah', 'Not by more than inflation.'],
    ]);
  });
});

/**
 * A speech titled `Keynote: "Boring Infrastructure" — Malik Osei, CTO, Quayline` over the event's
 * line ("FinInfra Summit, Accra, 14 November 2024"): the title names the speaker. Before, the
 * event's line was read as the speaker line, and every sentence was "FinInfra Summit"'s.
 */
describe('a speech whose title names the speaker after the talk\'s own title', () => {
  it('gives the speech to the person the title names, not to the event line under it (unseen keynote)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['keynote-malik-osei-fininfra-2024.txt']);
    const records = c.records.filter((r) => r.doc === 'keynote-malik-osei-fininfra-2024');
    expect(new Set(records.map((r) => r.speaker))).toEqual(new Set(['Malik Osei']));
    expect(c.documents.find((d) => d.id === 'keynote-malik-osei-fininfra-2024')!.meta.author).toBe('Malik Osei');
  });

  it('in other words: a lecture, a hyphen for the dash, a title before the name', () => {
    const text = 'Lecture: "Why Bridges Fall" - Prof. Hana Ruiz, Delft\nEngineering Week, Rotterdam, 3 March 2023\n\nGood evening. I have studied bridge failures for twenty years.\n';
    const records = loadCorpus(tempCorpus({ 'lecture.txt': text })).records;
    expect(records.length).toBeGreaterThan(0);
    expect(new Set(records.map((r) => r.speaker))).toEqual(new Set(['Hana Ruiz']));
  });
});

/**
 * A line right under the title that says whose remarks the document is: "Sentencing remarks of
 * His Honour Judge Catherine Aldous" under "R v Daniel Whitmore", over the court's name and the
 * date. Before, the court's name above the date line was read as a byline: every sentence the
 * judge spoke was "Southwark Crown Court"'s.
 */
describe('a remarks line under the title', () => {
  it("gives the sentencing remarks to the judge (unseen remarks)", () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['sentencing-remarks-whitmore-2024.txt']);
    const records = c.records.filter((r) => r.doc === 'sentencing-remarks-whitmore-2024');
    expect(records.find((r) => r.text.startsWith('I must now sentence you'))?.speaker).toBe('Catherine Aldous');
    expect(records.find((r) => r.text.startsWith('I lost my late husband'))?.speaker).toBe('Eileen Barker');
    expect(records.some((r) => r.speaker === 'Southwark Crown Court')).toBe(false);
  });

  it('in other words: prepared testimony under a hearing\'s name, a governor\'s statement', () => {
    const hearing = 'Oversight of Rail Safety\nPrepared testimony of Dana Whitlock, Inspector General\nSenate Commerce Committee\nApril 2, 2025\n\nThank you, Chair. In 2024 we found 41 unreported incidents.\n';
    const statement = 'Flood Response Update\nStatement from Governor Alana Reyes\nState Capitol\nMay 9, 2024\n\nI have asked for federal help. We lost 12 homes this week.\n';
    const c = loadCorpus(tempCorpus({ 'hearing.txt': hearing, 'statement.txt': statement }));
    expect(new Set(c.records.filter((r) => r.doc === 'hearing' && r.line > 5).map((r) => r.speaker))).toEqual(new Set(['Dana Whitlock']));
    expect(new Set(c.records.filter((r) => r.doc === 'statement' && r.line > 5).map((r) => r.speaker))).toEqual(new Set(['Alana Reyes']));
  });
});
