/**
 * A company blog's staff profile in Markdown: the title names the person after the series
 * ("People of Harbourline: Ama Öztürk, Head of Risk"), a picture with a relative address and its
 * caption stand under the post's line, and the first paragraph names her mid-sentence ("When Ama
 * Öztürk joined …"). Before, a "she says" in a later list item or section was nobody's (the
 * subject was sought only in a name opening the first paragraph, and the picture block was taken
 * for that paragraph), and the picture's line was a claim holding its Markdown. Found on an unseen
 * profile (test/fixtures/unseen/people-of-harbourline-ama-ozturk.md), December 5; the second text
 * is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  '# Meet the team: Tobias Lindqvist, Chief Engineer',
  '',
  '![Tobias in the workshop](images/tobias.png)',
  '',
  'Since Tobias Lindqvist arrived at Nordlys Rail in 2015, the fleet has doubled. He now runs a team of 60.',
  '',
  '## On safety',
  '',
  'Every Friday he walks the depot. "A train tells you what is wrong if you listen," he says.',
  '',
].join('\n');

type Rec = { type: string; text: string; speaker: string | null; line: number };

describe('a staff profile that names its subject in the title', () => {
  it('gives a later "she says" to her, and reads the picture as its words (unseen profile)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['people-of-harbourline-ama-ozturk.md']);
    const records = c.records.filter((r) => r.doc === 'people-of-harbourline-ama-ozturk') as Rec[];
    expect(records.filter((r) => r.line === 24).map((r) => [r.type, r.speaker])).toEqual([['quote', 'Ama Öztürk']]);
    expect(records.filter((r) => r.line === 5).map((r) => r.text)).toEqual(['Ama at her desk in the Istanbul office (ama-desk.jpg)']);
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'tobias.md': SECOND }));
    const records = c.records as Rec[];
    expect(records.filter((r) => r.type === 'quote').map((r) => [r.line, r.speaker, r.text])).toEqual([[9, 'Tobias Lindqvist', 'A train tells you what is wrong if you listen']]);
  });
});
