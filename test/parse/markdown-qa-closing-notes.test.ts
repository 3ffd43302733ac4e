/**
 * A Markdown Q&A (bold questions, plain answers) whose page adds its notes in italics under the last
 * answer: the series the interview belongs to, a correction, the next installment. They are the
 * publisher's words, not the guest's, whatever the answers' lengths. Found on an unseen Q&A page,
 * December 5 (test/fixtures/unseen/qa-alvarez.md); the second text says it in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  '# Ten minutes with a lighthouse keeper',
  '',
  '*By Ruth Obi · 2 June 2024*',
  '',
  '**How long have you kept the light?**',
  '',
  'Since 1998. My mother kept it before me, from 1971.',
  '',
  '**What changed when it was automated?**',
  '',
  'The silence. You stop hearing the clockwork.',
  '',
  '> "A light that nobody tends is still a light, but it is lonelier."',
  '',
  '**Will you stay?**',
  '',
  'Until they sell the cottage. I think that will be next spring.',
  '',
  '_Our coastal series continues next week with a ferry pilot in Orkney._',
  '',
  '_Clarification, 4 June 2024: the light was automated in 2011, not 2010._',
  '',
].join('\n');

describe('italic notes under the last answer of a Markdown Q&A are the page\'s', () => {
  it('ends the last answer before the series note and the correction (test/fixtures/unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['qa-alvarez.md']);
    const last = c.records.find((r) => r.doc === 'qa-alvarez' && r.question === 'Any regrets?')!;
    expect(last).toMatchObject({ type: 'qa', speaker: 'Inés Alvarez' });
    expect(last.text).toContain('41% of residents');
    expect(last.text).not.toContain('series');
    expect(last.text).not.toContain('Correction');
    for (const words of ['part of our series', 'misstated the number of freezers']) {
      const note = c.records.find((r) => r.doc === 'qa-alvarez' && r.text.includes(words))!;
      expect(note).toMatchObject({ type: 'claim' });
      expect(note.speaker).not.toBe('Inés Alvarez');
    }
  });

  it('reads underscores as italics too, and keeps an answer that is not in italics whole', async () => {
    const c = await loadCorpus(tempCorpus({ 'keeper.md': SECOND }));
    const last = c.records.find((r) => r.question === 'Will you stay?')!;
    expect(last.text).toBe('Until they sell the cottage. I think that will be next spring.');
    for (const words of ['ferry pilot in Orkney', 'automated in 2011']) {
      expect(c.records.find((r) => r.text.includes(words))).toMatchObject({ type: 'claim' });
    }
  });
});
