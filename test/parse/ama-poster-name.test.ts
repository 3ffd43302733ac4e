/**
 * A Reddit AMA's title introduces its poster ("I'm Marguerite Olawale, operations director at
 * Tidewater Ferries. … AMA!") and the page says who posted it ("Posted by u/TidewaterMarguerite",
 * a comment header's "(OP)"): the handle's answers are that person's, by the name the title gives.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("an AMA's poster", () => {
  it('answers by the name the title introduces, whatever the handle', () => {
    const records = fixtureCorpus(join(FIXTURES, 'probe50', 'b'), ['reddit-ama-tidewater-ferries-2023.md']).records;
    const answers = records.filter((r) => r.type === 'qa');
    expect(answers.length).toBeGreaterThanOrEqual(5);
    expect(new Set(answers.map((r) => r.speaker))).toEqual(new Set(['Marguerite Olawale']));
    // the other commenters keep their handles
    expect(records.find((r) => r.line === 49)?.speaker).toBe('u/bilge_rat_ops');
  });

  it('in other words: an old-Reddit copy, "submitted … by" a handle sharing no word with the name', () => {
    const text = [
      '# Hi Reddit, I am Tomasz Wierzbicki, I build bridges in the Tatra mountains. Ask me anything!',
      '',
      'submitted 4 years ago by kladka_builder',
      '',
      'Proof in the sidebar. I have been building footbridges since 2009.',
      '',
      '### u/hill_walker_77 · 312 points',
      '',
      'What was the longest bridge you built?',
      '',
      '> **u/kladka_builder** (OP) · 280 points',
      '>',
      '> A 64-metre suspension footbridge over the Dunajec in 2017. It took nine months.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'tatra-ama.md': text })).records;
    expect(got.find((r) => r.type === 'qa')).toMatchObject({ speaker: 'Tomasz Wierzbicki', asker: 'u/hill_walker_77', text: expect.stringMatching(/^A 64-metre suspension footbridge/) });
  });
});
