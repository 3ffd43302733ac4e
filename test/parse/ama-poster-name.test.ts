/**
 * A Reddit AMA's title introduces its poster ("I'm Marguerite Olawale, operations director at
 * Tidewater Ferries. … AMA!") and the page says who posted it ("Posted by u/TidewaterMarguerite",
 * a comment header's "(OP)"): the handle's answers are that person's, by the name the title gives.
 * A thread exported as a table (author, body, parent id) says it in its opening row: the row's
 * author cell is the handle, its body the introduction.
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

  it("in a table export: the opening row's author is the person its body introduces", () => {
    const records = fixtureCorpus(join(FIXTURES, 'unseen'), ['greenhouse-ama-thread-2024.tsv']).records;
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [3, 'Grace Liang', 'lettucepray'],
      [5, 'Grace Liang', 'soilpurist'],
      [7, 'Grace Liang', 'soilpurist'],
    ]);
    expect(records.find((r) => r.line === 2)).toMatchObject({ type: 'quote', speaker: 'Grace Liang' });
  });

  it('in a CSV export too; not when the opening row asks nothing of anyone', () => {
    const csv = [
      'author,created,body,parent',
      'DrFernVega,2023-02-01,"Hello! I am Fernanda Vega, a volcanologist. AMA about Etna, ash and lava.",',
      'ashcloud,2023-02-01,"How often does Etna erupt, really?",DrFernVega',
      'DrFernVega,2023-02-01,"Small eruptions happen most years; the big ones, like 2021, are rarer.",ashcloud',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'etna.csv': csv })).records;
    expect(got.filter((r) => r.speaker === 'Fernanda Vega').length).toBeGreaterThanOrEqual(2);
    expect(got.some((r) => r.speaker === 'DrFernVega')).toBe(false);
    // no AMA words: the handle stays a handle
    const plain = loadCorpus(tempCorpus({ 'etna.csv': csv.replace('AMA about', 'Here is a note on') })).records;
    expect(plain.some((r) => r.speaker === 'DrFernVega')).toBe(true);
    expect(plain.some((r) => r.speaker === 'Fernanda Vega')).toBe(false);
  });
});
