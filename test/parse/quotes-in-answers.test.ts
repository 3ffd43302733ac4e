/**
 * An answer that quotes someone else ("Tunde Bakare, our first investor. He told me: "Charge for
 * the thing they cannot live without."") gives that person a quote record beside the qa, whatever
 * reader paired the question and the answer; the answerer's own words quoted stay the answer's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('quotations inside answers', () => {
  const records = fixtureCorpus(join(FIXTURES, 'unseen'), ['founder-qa-okoro-2023.md']).records;

  it("give the person an answer quotes a quote of their own, on the quotation's line", () => {
    const quote = records.find((r) => r.type === 'quote' && r.speaker === 'Tunde Bakare');
    expect(quote).toMatchObject({ line: 26, text: 'Charge for the thing they cannot live without.' });
    // the answer keeps every word
    expect(records.find((r) => r.type === 'qa' && r.line === 24)?.text).toContain('"Charge for the thing they cannot live without."');
  });

  it("leave the answerer's own words, quoted back, to the answer", () => {
    expect(records.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['Tunde Bakare']);
  });

  it('in other words: a reply under a heading question quoting a named regulator and a described colleague', () => {
    const text = [
      '# Five questions for Marta Lindqvist',
      '',
      '### What did the regulator tell you in 2022?',
      '',
      'We met the inspector, Paul Ekwueme, in March. He said: “Your audit trail is the best we have seen this year.”',
      '',
      '### And your own team?',
      '',
      'I told them “we ship when it is safe”, and I still do.',
      '',
      '### Any regrets?',
      '',
      'Only one. My co-founder Ravi Shah warned me, “Do not grow faster than your support desk.” He was right.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'lindqvist-qa.md': text })).records;
    expect(got.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Marta Lindqvist', 'Marta Lindqvist', 'Marta Lindqvist']);
    const quotes = got.filter((r) => r.type === 'quote').map((r) => ({ line: r.line, speaker: r.speaker, text: r.text }));
    expect(quotes).toEqual([
      { line: 5, speaker: 'Paul Ekwueme', text: 'Your audit trail is the best we have seen this year.' },
      { line: 13, speaker: 'Ravi Shah', text: 'Do not grow faster than your support desk.' },
    ]);
  });
});
