/**
 * A press briefing copied from the White House's pages sets the reporter's letter with one space
 * ("Q Thank you, Marisol. Does …?"), not the wide space of the PDF. Before, such a "Q" was no
 * label: each question was read as an unlabelled paragraph, the letter kept in its words, and a
 * last "Q Thank you." with no answer under it was glued to the answer above.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a briefing whose reporters are "Q" and one space', () => {
  it('pairs each question, its letter no part of it, and keeps the last one apart', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['press-briefing-vance-2024.txt']);
    const records = c.records.filter((r) => r.doc === 'press-briefing-vance-2024');
    expect(records.map((r) => [r.line, r.type, r.speaker, r.question])).toEqual([
      [7, 'quote', 'Marisol Vance', null],
      [11, 'qa', 'Marisol Vance', 'Thank you, Marisol. Does the order cover freight cars built before 2010?'],
      [15, 'qa', 'Marisol Vance', 'And how many inspectors will that take?'],
      [19, 'qa', 'Marisol Vance', 'Marisol, on another topic —'],
      [23, 'qa', 'Marisol Vance', 'has the President spoken to the governor since the derailment?'],
      [27, 'quote', null, null],
    ]);
    expect(records[4]!.text).toBe('He spoke to her on Tuesday, for about twenty minutes.');
  });

  it('in other words: a ministry briefing, a quoted question', () => {
    const text = [
      'MR. HALLORAN: Morning. Two announcements, then questions.',
      '',
      'Q "Temporary" was the word used in 2019. Is it still temporary?',
      '',
      'MR. HALLORAN: It is, until the review ends in June.',
      '',
      'Q Thanks, Sean.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'briefing.txt': text })).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.question ?? null, r.text])).toEqual([
      [1, 'quote', 'Mr. Halloran', null, 'Morning. Two announcements, then questions.'],
      [3, 'qa', 'Mr. Halloran', '"Temporary" was the word used in 2019. Is it still temporary?', 'It is, until the review ends in June.'],
      [7, 'quote', null, null, 'Thanks, Sean.'],
    ]);
  });
});
