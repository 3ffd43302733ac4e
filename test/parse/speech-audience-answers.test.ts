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
