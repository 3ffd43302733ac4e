/**
 * A news story citing "two people familiar with the matter", then quoting "one of the people" or
 * "one of the executives". The first became a quote of nobody, the second the writer's claim; the
 * one cited is who speaks, described as the story describes them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('one of a cited group', () => {
  it('speaks, described as one of the people', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['news-attribution-mix.txt']);
    const q = c.records.find((r) => r.doc === 'news-attribution-mix' && r.line === 14)!;
    expect(q).toMatchObject({ type: 'quote', speaker: 'one of the people' });
    expect(q.text).toMatch(/^Marcus wanted to go fast\./);
  });

  it('reads the shape in other words', () => {
    const c = loadCorpus(tempCorpus({
      'talks.txt': 'Talks stall\n\nBy Ana Ruiz\n\nThe talks stalled on Friday, according to three union officials.\n\n"We are not moving," one of the senior officials said, asking not to be named.\n\nA deal could come next week, said another of the officials.\n',
    }));
    expect(c.records.find((r) => r.type === 'quote')).toMatchObject({ speaker: 'one of the senior officials', text: 'We are not moving' });
    expect(c.records.find((r) => r.text.startsWith('A deal'))).toMatchObject({ type: 'claim', speaker: 'another of the officials' });
  });
});
