/**
 * Written answers whose header names the one who answers ("Written answers from Sofia Marchetti,
 * founder of …"): the header made her the document's author, and the author was taken as who
 * asked the numbered questions, so she asked herself. Nobody asks their own questions.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const UNSEEN = join(FIXTURES, 'unseen');

describe('written answers whose header names the one who answers', () => {
  it('gives no asker rather than the guest asking herself', () => {
    const c = fixtureCorpus(UNSEEN, ['written-answers-marchetti.txt']);
    const records = c.records.filter((r) => r.doc === 'written-answers-marchetti');
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [4, 'qa', 'Sofia Marchetti', null],
      [7, 'qa', 'Sofia Marchetti', null],
      [10, 'qa', 'Sofia Marchetti', null],
    ]);
    expect(records[1]!.question).toBe('What was the hardest year?');
  });

  it('in other words: answers by post, questions under a numbered list', () => {
    const text = [
      'Answers from Tomasz Wierzbicki, head brewer at Kopiec',
      'Sent by post, 9 April 2019',
      '',
      '1. When did you open?',
      '   In 2012, in a former bus depot.',
      '',
      '2. How much beer do you make?',
      '   About 900,000 litres a year.',
      '',
    ].join('\n');
    // (The title line, no sentence, stays a claim of the page, as before.)
    const records = loadCorpus(tempCorpus({ 'answers.txt': text })).records.filter((r) => r.type === 'qa');
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [4, 'qa', 'Tomasz Wierzbicki', null],
      [7, 'qa', 'Tomasz Wierzbicki', null],
    ]);
  });
});
