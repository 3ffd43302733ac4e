/**
 * A title that reads as a label ("Lunch with the FT: Daniela Ferreira") over an interview labelled
 * "FT:" and "Ferreira:". The title's last word was taken for a surname that "FT:" shortens, so
 * every question was asked by "Lunch with the FT", and the first one took in the deck and the
 * opening scene. A phrase with "with", "the", "of" … in it has no surname.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a title read as a label, its last word an outlet that labels the questions', () => {
  it('keeps the outlet label apart from the title', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['lunch-with-outlet-labels.txt']);
    const records = c.records.filter((r) => r.doc === 'lunch-with-outlet-labels');
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [10, 'Daniela Ferreira', 'FT'],
      [14, 'Daniela Ferreira', 'FT'],
      [18, 'Daniela Ferreira', 'FT'],
      [24, 'Daniela Ferreira', 'FT'],
    ]);
    expect(records[0]!.question ?? null).toBeNull();
    // The scene above the first question is the writer's, no part of the question.
    expect(records.find((r) => r.text === 'We meet at a fish restaurant in Lisbon.')?.speaker).toBe('Owen Hartley');
    expect(records.find((r) => r.type === 'qa')!.question).toBe('You grew up above a pharmacy. What did that teach you?');
  });

  it('in other words: dinner with the WSJ', () => {
    const text = [
      'Dinner with the WSJ: Karin Holt',
      '',
      'By Marcus Lee',
      '',
      'Holt arrives ten minutes early and has already ordered.',
      '',
      'WSJ: When did you first fly a plane?',
      '',
      'Holt: At 16, in a glider over Bavaria. I was terrified.',
      '',
      'WSJ: And now you run an airline with 90 aircraft. How big will it get?',
      '',
      'Holt: Ninety-two since March, and 120 by 2027.',
      '',
    ].join('\n');
    const qa = loadCorpus(tempCorpus({ 'dinner.txt': text })).records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.asker, r.question])).toEqual([
      [7, 'Karin Holt', 'WSJ', 'When did you first fly a plane?'],
      [11, 'Karin Holt', 'WSJ', 'And now you run an airline with 90 aircraft. How big will it get?'],
    ]);
  });
});
