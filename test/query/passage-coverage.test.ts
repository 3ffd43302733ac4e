/**
 * A long record read as its best passage (search.ts `passageWindow`, `passageLoss`): in a question,
 * a subject word found only in a long text, outside the window of 40 words holding the most subject
 * words, counts no more in the coverage ranking. A long answer naming the subject words in different
 * stories no longer outranks a short record naming fewer of them together. Tiny records built here;
 * each case is also run with the rule off to show it is what moves the ranking.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/index.js';
import { extractFigures } from '../../src/figures/extract.js';
import type { QuarryRecord } from '../../src/model/record.js';
import { search, searchWith, TUNED } from '../../src/query/search.js';
import { rec } from './records.js';

const claim = (text: string, extra: Partial<QuarryRecord> = {}) => rec({ text, figures: extractFigures(text), ...extra });
/** n words of filler that share no word with the queries below */
const filler = (n: number, word = 'lorem') => Array.from({ length: n }, (_, i) => `${word}${String.fromCharCode(97 + (i % 26))}`).join(' ');
const OFF = { ...TUNED, passageWindow: 0 };
/** unrelated records, so that no subject word is in a quarter of the index (a common word keeps its count) */
const others = () => Array.from({ length: 12 }, (_, i) => claim(`Record ${i} talks about ${filler(6, 'other')} only.`));

describe('a long record read as its best passage', () => {
  it('ranks a short record naming the subject words together above a long one scattering more of them', async () => {
    const long = rec({
      type: 'qa',
      question: 'Tell us about your first year.',
      text: `We hired a security auditor in spring. ${filler(60)}. The holiday party was held in a small hall. ${filler(60, 'ipsum')}. An engineer from Lisbon joined later.`,
      speaker: 'Dana Kerr',
    });
    const short = claim('At the summer party, a quiet engineer sang karaoke for an hour.');
    const index = buildIndex([long, short, ...others()]);
    const q = 'what did the security engineer do at the party';
    const on = await search(index, q, { explain: true });
    expect(on[0]!.record).toBe(short);
    // the long record keeps one of its three words: the others stand 60 words apart
    expect(on.find((h) => h.record === long)!.explain!.matched).toBeLessThan(on[0]!.explain!.matched);
    const off = await searchWith(index, q, OFF);
    expect(off[0]!.record).toBe(long);
  });

  it('in other words: a question on a depot against a long memoir', async () => {
    const memoir = claim(`The courier firm began with two vans. ${filler(45, 'dolor')}. Its depot flooded once. ${filler(45, 'amet')}. Later the roof of the warehouse leaked, and the drivers' union grew.`);
    const answer = claim('Volunteers from the town patched the depot roof after the snow.');
    const index = buildIndex([memoir, answer, ...others()]);
    const q = 'who repaired the courier depot roof';
    expect((await search(index, q))[0]!.record).toBe(answer);
    expect((await searchWith(index, q, OFF))[0]!.record).toBe(memoir);
  });

  it('keeps every word of a long record that holds them in one passage, and words found in other fields', async () => {
    const together = rec({ type: 'qa', question: 'What about the security team?', text: `${filler(50)}. Our security engineer rapped at the party. ${filler(50, 'ipsum')}.`, speaker: 'Dana Kerr' });
    const index = buildIndex([together, ...others()]);
    const q = 'what did the security engineer do at the party';
    const on = (await search(index, q, { explain: true }))[0]!.explain!.matched;
    const off = (await searchWith(index, q, { ...OFF }, { explain: true }))[0]!.explain!.matched;
    expect(on).toBe(off);
  });
});
