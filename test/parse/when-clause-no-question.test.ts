/**
 * "When it is your turn you take the whole pot." opens on "when" and speaks to "you", so it was
 * read as a question put without its mark, and the next respondent's words were paired as its
 * answer. "When" or "where" with no verb before its subject, ending on a full stop, opens a clause
 * of time or place; "When did you …" still asks.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { isQuestionSentence } from '../../src/parse/text.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a sentence opening on a clause of time or place', () => {
  it('asks nothing, so the next voice answers no question of it', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['savings-group-kisumu-codes.txt']);
    const records = c.records.filter((r) => r.doc === 'savings-group-kisumu-codes' && r.line >= 7);
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [7, 'qa', 'R1', 'Achieng Odhiambo'],
      [11, 'qa', 'R2', 'Achieng Odhiambo'],
      [15, 'quote', 'R1', null],
      [17, 'qa', 'R2', 'Achieng Odhiambo'],
    ]);
  });

  it('in other words: a focus group where one member adds to another', () => {
    const text = [
      'MODERATOR: What do you do when the bus is late?',
      'P1: I walk. Where you live near the centre you can walk anywhere in twenty minutes.',
      'P2: I call my brother. He drives a taxi.',
      'MODERATOR: How often is it late?',
      'P1: Twice a week, maybe.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'fg.txt': text })).records;
    // P2 answers the moderator's question put to the room, as P1 does, not P1's words.
    expect(records.map((r) => [r.line, r.type, r.speaker, r.question])).toEqual([
      [1, 'qa', 'P1', 'What do you do when the bus is late?'],
      [1, 'qa', 'P2', 'What do you do when the bus is late?'],
      [4, 'qa', 'P1', 'How often is it late?'],
    ]);
  });

  it('keeps questions that put the verb first, and marked ones', () => {
    expect(isQuestionSentence('When did you start the group.')).toBe(true);
    expect(isQuestionSentence('Where do you keep the money.')).toBe(true);
    expect(isQuestionSentence('When it is your turn you take the whole pot?')).toBe(true);
    expect(isQuestionSentence('When it is your turn you take the whole pot.')).toBe(false);
  });
});
