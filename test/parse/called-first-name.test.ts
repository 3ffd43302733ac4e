/**
 * A person described and named by a first name alone ("a porter called Frank", "a woman named
 * Grace") is that person: "he said" after it is Frank's, and so is "Frank" alone later, even after a
 * woman's quote in between.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const COLUMN = [
  'What the night shift taught me',
  'By Rachel Osei',
  '9 February 2023',
  '',
  'At 2am a porter called Frank, who has worked nights for nineteen years, handed me a coffee. "You\'ll want two of these," he said.',
  '',
  'A junior doctor, who asked me not to use her name, was blunter. "We\'re short of beds," she told me.',
  '',
  'On the ward I met a woman named Grace. "I come every night," she said.',
  '',
  'When I left on the Friday morning, Frank was still there. "Same time tomorrow?" he asked.',
  '',
  'A boat called Marigold was moored below the car park. "It never moves," a security guard said.',
  '',
].join('\n');

describe('a first name given after a description', () => {
  it('is a person the pronouns and the name alone later mean; a boat so named is not', () => {
    const quotes = loadCorpus(tempCorpus({ 'column.txt': COLUMN })).records.filter((r) => r.type === 'quote');
    expect(quotes.map((r) => [r.line, r.speaker])).toEqual([
      [5, 'Frank'],
      [7, 'a junior doctor'],
      [9, 'Grace'],
      [11, 'Frank'],
      [13, 'a security guard'],
    ]);
  });
});
