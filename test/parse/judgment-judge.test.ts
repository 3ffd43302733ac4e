/**
 * A judgment's reasons open on the judge's line under its heading block ("MR JUSTICE ADEBAYO:",
 * "Mrs Justice Hargreave:"). Nobody was its narrator: "I found her a careful and honest witness"
 * was nobody's claim. The judge now writes the reasons; the court's name, the citation and
 * counsel's appearances above that line stay nobody's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("a judgment's judge", () => {
  it('writes the reasons below the judge line, and nothing above it', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['judgment-extract.txt']);
    const doc = c.documents.find((d) => d.id === 'judgment-extract')!;
    expect(doc.meta.author).toBe('Mr Justice Adebayo');
    const claims = c.records.filter((r) => r.doc === 'judgment-extract' && r.type === 'claim');
    expect(claims.filter((r) => r.line < 12).map((r) => r.speaker)).toEqual([null, null]);
    expect(claims.find((r) => r.text === 'I found her a careful and honest witness.')?.speaker).toBe('Mr Justice Adebayo');
    // The witnesses it quotes keep their words.
    expect(c.records.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['Fiona Kerr', 'Oliver Grant', 'Oliver Grant']);
  });

  it('in other words: a Lady Justice in title case', () => {
    const text = [
      'Approved Judgment',
      'Neutral Citation Number: [2021] EWCA Civ 88',
      'Case No: A2/2020/0417',
      '',
      'Lady Justice Okonedo:',
      '',
      '1. The appellant appeals against an order of 12 March 2020.',
      '',
      '2. I would allow the appeal. The judge was wrong to find that the notice was served in 2019.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'appeal.txt': text }));
    expect(c.records.map((r) => [r.line, r.speaker])).toEqual([
      [2, null],
      [7, 'Lady Justice Okonedo'],
      [9, 'Lady Justice Okonedo'],
      [9, 'Lady Justice Okonedo'],
    ]);
  });

  it('leaves a hearing transcript whose judge speaks under the same label to its labels', () => {
    const text = [
      'TRANSCRIPT OF PROCEEDINGS',
      '',
      'MR JUSTICE ADEBAYO:',
      'Yes, Ms Kerr, you may begin.',
      '',
      'MS KERR:',
      'Thank you, my Lord. The claim is for £14 million.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'hearing.txt': text }));
    expect(c.documents[0]!.meta.author).toBeNull();
  });
});
