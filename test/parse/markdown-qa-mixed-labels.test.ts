/**
 * A Markdown Q&A that labels most turns in bold ("**The Dispatch:** …?" / "**Carvalho:** …") and sets
 * a follow-up question in bold with no label ("**Was that the turning point?**" / "Partly. …"). The
 * unlabelled question and its answer ran on into the answer above, so one qa held two questions and
 * two answers. And a "**Related:** [link] · [link]" line under the piece was the author's claim: the
 * key in bold hid the link list it opens. Found on an unseen magazine Q&A
 * (test/fixtures/unseen/five-minutes-with-ines-carvalho.md), December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  '# Ten questions for Ruth Abiodun, who runs the Lagos food bank',
  '',
  '*By Kemi Adeyemi · 2 February 2024*',
  '',
  'The Lagos Food Bank served 41,000 families in 2023, twice as many as in 2020.',
  '',
  '**Ledger:** Where does the food come from?',
  '',
  '**Ruth Abiodun:** Mostly from three supermarket chains. They give us what they cannot sell by Friday.',
  '',
  '**And the rest?**',
  '',
  'Farmers, when the harvest is good. In 2022 it was not, and we bought rice for the first time.',
  '',
  'It cost us 18 million naira.',
  '',
  '**Ledger:** Who volunteers?',
  '',
  '**Abiodun:** Students, retired teachers, and a lot of bankers on Saturdays.',
  '',
  '__Why bankers?__',
  '',
  'They like to count things.',
  '',
  '**Read more:** [The price of rice](https://example.com/rice) · [Who feeds Lagos](https://example.com/lagos)',
  '',
].join('\n');

const qas = (records: readonly { type: string; question: string | null; speaker: string | null; asker: string | null; text: string }[]) =>
  records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.question, r.speaker, r.text.slice(0, 20)]);

describe('a bold question with no label in a labelled Markdown Q&A', () => {
  it('is a question of its own, put by the asking side and answered by the voice that answered last (unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['five-minutes-with-ines-carvalho.md']);
    const own = c.records.filter((r) => r.doc === 'five-minutes-with-ines-carvalho');
    expect(qas(own).map((q) => q[1])).toEqual([
      "The old system dated from 1995. How bad was it?",
      'Was that the turning point?',
      "You came in under budget. People don't believe that about public projects.",
      'What would you tell a city starting now?',
      "What's next for you?",
    ]);
    const turning = own.find((r) => r.question === 'Was that the turning point?')!;
    expect(turning).toMatchObject({ asker: 'the Dispatch', speaker: 'Inês Carvalho' });
    expect(turning.text).toMatch(/^Partly\./);
    expect(own.find((r) => r.text.includes('How Vienna kept its trams'))).toBeUndefined();
  });

  it('reads the same in other words, over two answering paragraphs and in "__…__"', async () => {
    const c = await loadCorpus(tempCorpus({ 'food-bank.md': SECOND }));
    expect(qas(c.records)).toEqual([
      ['Ledger', 'Where does the food come from?', 'Ruth Abiodun', 'Mostly from three su'],
      ['Ledger', 'And the rest?', 'Ruth Abiodun', 'Farmers, when the ha'],
      ['Ledger', 'Who volunteers?', 'Ruth Abiodun', 'Students, retired te'],
      ['Ledger', 'Why bankers?', 'Ruth Abiodun', 'They like to count t'],
    ]);
    expect(c.records.find((r) => r.question === 'And the rest?')!.text).toContain('18 million naira');
    expect(c.records.some((r) => r.text.includes('The price of rice'))).toBe(false);
  });

  it('is left in the answer where three voices speak and no label asks', async () => {
    const panel = '# Panel\n\n**Ana Ruiz:** We grew fast.\n\n**Ben Cho:** We did not.\n\n**Cora Diaz:** I agree with Ben.\n\n**Why not?**\n\nBecause the money ran out in 2021.\n';
    const c = await loadCorpus(tempCorpus({ 'panel.md': panel }));
    expect(c.records.some((r) => r.question === 'Why not?')).toBe(false);
    expect(c.records.find((r) => r.text.includes('money ran out'))!.speaker).toBe('Cora Diaz');
  });
});
