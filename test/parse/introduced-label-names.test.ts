/**
 * A broadcast transcript labels its guest by a first name or a surname alone ("SAMUEL:",
 * "OKAFOR:") and gives the full name only in the presenter's opening turn ("My guest tonight is
 * Samuel Adjei, who runs …"). Before, the guest's every answer was "Samuel"'s, a person no
 * search by the guest's name finds; a caption file's voices were already resolved so from its
 * first cues (captions.ts fullVoiceNames). The first two turns now introduce, as a header does.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('one-word labels named in full by the opening turns', () => {
  it('gives a first-name label the full name the presenter introduces, in the unseen radio transcript', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['money-hour-radio-2024-05-12.txt']);
    const records = c.records.filter((r) => r.doc === 'money-hour-radio-2024-05-12');
    expect(records.filter((r) => r.speaker === 'Samuel Adjei').map((r) => r.line)).toEqual([6, 8, 12, 16, 22]);
    expect(records.find((r) => r.line === 8)).toMatchObject({ type: 'qa', asker: 'Host', question: 'How many startups are in the hub now?' });
    expect(records.filter((r) => r.speaker === 'Samuel')).toEqual([]);
  });

  it('in other words: a surname label, a title in the introduction, a co-host named later left alone', async () => {
    const text = [
      'Morning Briefing, 3 February 2025',
      '',
      'PRESENTER: Joining me from Lagos is Dr Ngozi Okafor, an economist at the Ikeja Policy Institute.',
      '',
      'OKAFOR: Good morning.',
      '',
      'PRESENTER: Will the naira hold?',
      '',
      'OKAFOR: Not at this rate. Reserves fell by 4 billion dollars in 2024.',
      '',
      'PRESENTER: Let me bring in my colleague. Bola Tinubu Jr is not here, but Femi is.',
      '',
      'FEMI: Thanks. Dr Okafor, what about fuel prices?',
      '',
      'OKAFOR: They will rise again by June.',
    ].join('\n');
    const c = await loadCorpus(tempCorpus({ 'briefing.txt': text }));
    const by = (line: number) => c.records.find((r) => r.line === line);
    expect(by(5)?.speaker).toBe('Ngozi Okafor');
    expect(by(7)).toMatchObject({ type: 'qa', speaker: 'Ngozi Okafor', asker: 'Presenter', question: 'Will the naira hold?' });
    // A name given after the opening turns introduces no one: "FEMI" stays as written.
    expect(by(13)).toMatchObject({ type: 'qa', speaker: 'Ngozi Okafor', asker: 'Femi' });
  });

  it('names three one-word labels from one introduction, and reads no greeting as a first name ("Hi Maya")', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['signal-and-noise-ep204.txt']);
    const records = c.records.filter((r) => r.doc === 'signal-and-noise-ep204');
    expect(records.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [3, 'Maya Lindgren', null],
      [5, 'Ana Ruiz', null],
      [7, 'Tom Keller', null],
      [9, 'Ana Ruiz', 'Maya Lindgren'],
      [13, 'Tom Keller', 'Maya Lindgren'],
      [17, 'Ana Ruiz', 'Maya Lindgren'],
    ]);
  });

  it('reads no contraction as a first name: "I\'m Jess" in the opening turn is the label\'s own introduction', async () => {
    const text = [
      'LATE SHIFT — Episode 12',
      '',
      "JESS: Welcome back. I'm Jess, and today's guest runs a night bakery.",
      '',
      'ROSA: Thanks, Jess.',
      '',
      'JESS: When do you start?',
      '',
      'ROSA: At two in the morning, every day since 2017.',
    ].join('\n');
    const c = await loadCorpus(tempCorpus({ 'late.txt': text }));
    expect(c.records.find((r) => r.line === 7)).toMatchObject({ type: 'qa', speaker: 'Rosa', asker: 'Jess' });
  });
});
