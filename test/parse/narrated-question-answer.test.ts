/**
 * A profile's writer asks the subject a question in narration, and her answer follows as a bare
 * quotation: 'Does she still answer customer emails? "Every Sunday. About two hundred of them."'.
 * Before, the answer was nobody's: a sentence about "she" right before a quotation gave it to her
 * only when it ended on a full stop. Found on an unseen "Lunch with" column
 * (test/fixtures/unseen/ft-lunch-with-okafor.txt), December 5.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("a writer's question about her, answered by a quotation", () => {
  it('gives the answer to the woman the question is about', () => {
    const corpus = fixtureCorpus(join(FIXTURES, 'unseen'), ['ft-lunch-with-okafor.txt']);
    const answer = corpus.records.find((r) => r.text.startsWith('Every Sunday'));
    expect(answer).toMatchObject({ type: 'quote', speaker: 'Adaeze Okafor' });
  });

  it('in other words: "What did he make of it?" in a profile of a man, his sister named since', () => {
    const text = [
      'The Quiet Builder',
      '',
      'By Lena Marsh',
      '',
      'Samuel Idowu founded the bridge firm Arclight in 2009 and sold it in 2021 for £300m.',
      '',
      'His sister, Grace Idowu, ran the firm\'s books for a decade. She left in 2019.',
      '',
      'The buyer kept the name. What did he make of the sale? "Relief, mostly. Then nothing for a month."',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'profile.txt': text })).records;
    expect(records.find((r) => r.text.startsWith('Relief, mostly'))).toMatchObject({ type: 'quote', speaker: 'Samuel Idowu' });
  });

  it('leaves a question about a pronoun nobody can stand for as it was', () => {
    const text = 'Notes\n\nThe council met in March 2024.\n\nDoes she still answer emails? "Every Sunday."\n';
    const records = loadCorpus(tempCorpus({ 'notes.txt': text })).records;
    const answer = records.find((r) => r.text.includes('Every Sunday'));
    expect(answer?.speaker ?? null).toBeNull();
  });
});
