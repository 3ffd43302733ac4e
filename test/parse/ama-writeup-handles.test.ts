/**
 * An AMA's write-up: each question in bold under the asker's handle ("**u/tramfan88 asked:** …",
 * "**u/skeptic_sam:** …"), the guest's answer in the "> " block under it. Before, the questions
 * were speakerless claims and the answers speakerless quotes: the readers' questions rule took
 * "**From X:**" and "**X asks:**" only. Found on an unseen write-up, December 5
 * (test/fixtures/unseen/ama-writeup.md); the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  '# The best of Mira Castellanos\'s AMA on sourdough',
  '',
  'The baker answered readers for an hour on Sunday.',
  '',
  '**@crumbshot asked:** How old is your starter?',
  '',
  '> Eleven years. It came from my grandmother\'s kitchen in 2013.',
  '',
  '**@wholewheatwill:** Why do my loaves spread flat?',
  '',
  '> Usually the dough is overproofed. Try shaping an hour earlier.',
  '',
].join('\n');

describe("an AMA write-up's questions under their askers' handles", () => {
  it('pairs each handle\'s question with the guest\'s answer (test/fixtures/unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['ama-writeup.md']);
    const qa = c.records.filter((r) => r.doc === 'ama-writeup' && r.type === 'qa');
    expect(qa.map((r) => r.asker)).toEqual(['u/tramfan88', 'u/civic_nerd', 'u/skeptic_sam']);
    for (const r of qa) expect(r.speaker).toBe('Yusuf Demir');
    expect(qa[2]!.question).toContain('gentrification with better PR?');
    expect(qa[2]!.text).toContain('roughly 30% between 2015 and 2019');
  });

  it('reads "@handle asked:" and a bare "@handle:" the same way', async () => {
    const c = await loadCorpus(tempCorpus({ 'bread.md': SECOND }));
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker])).toEqual([
      ['@crumbshot', 'Mira Castellanos'],
      ['@wholewheatwill', 'Mira Castellanos'],
    ]);
    expect(qa[1]!.text).toBe('Usually the dough is overproofed. Try shaping an hour earlier.');
  });
});
