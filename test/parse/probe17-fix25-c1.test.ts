/**
 * Encodings and line structure (test/fixtures/probe17/c1): each rule is also tested on a small
 * text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const c1 = fixtureCorpus(join(FIXTURES, 'probe17', 'c1'));

describe('a TSV cell quoted over several lines (probe17 c1 finding 4)', () => {
  it('is one cell: the row is one qa citing all its lines, the wrapping quotes dropped', () => {
    const qa = recordsOf(c1, 'ama_export_2023-11-02').filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(6);
    const trust = qa.find((r) => r.question?.includes('still trust'))!;
    expect(trust.text).toMatch(/^Two things\. First, .* you can check\.$/);
    expect([trust.line, trust.endLine, trust.speaker]).toEqual([3, 5, 'He Yi']);
    expect(recordsOf(c1, 'ama_export_2023-11-02').filter((r) => r.type !== 'qa')).toEqual([]);
  });

  it('in other words, and a lone stray quote does not swallow the rows below it', () => {
    const tsv = [
      'question\tasker\tresponse\tresponder',
      'Where do the boats winter?\tpetra\t"In the north shed.',
      'The small ones go to the barn."\tHugo Lind',
      'How long is the season?\tnils\t"About five months\tHugo Lind',
      'Do you race?\tkari\tNo, never.\tHugo Lind',
      '',
    ].join('\n');
    const recs = recordsOf(loadCorpus(tempCorpus({ 'club.tsv': tsv })), 'club');
    const winter = recs.find((r) => r.question === 'Where do the boats winter?')!;
    expect(winter.text).toBe('In the north shed. The small ones go to the barn.');
    expect([winter.line, winter.endLine, winter.speaker]).toEqual([2, 3, 'Hugo Lind']);
    expect(recs.find((r) => r.question === 'Do you race?')?.text).toBe('No, never.');
    expect(recs.some((r) => r.text.includes('About five months'))).toBe(true);
  });
});
