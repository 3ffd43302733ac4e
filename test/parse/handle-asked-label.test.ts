/**
 * A write-up's question by handle with the verb saying so, bold or not ("u/gridnerd asked: How long
 * …?"): the handle asks. Before, the line was read as part of the question's text, with no asker.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a handle that "asked:" a question', () => {
  it('asks it, in a Reddit AMA write-up', () => {
    const records = fixtureCorpus(join(FIXTURES, 'unseen'), ['reddit-ama-writeup-tidal-2023.txt']).records;
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker])).toEqual([
      ['u/gridnerd', 'Grace Ndlovu'],
      ['u/salty_sailor', 'Pieter Vos'],
      ['u/curious_cat', 'Grace Ndlovu'],
    ]);
    expect(qa[0]!.question).toBe('How long until your tidal turbines are cheaper than offshore wind?');
  });

  it('asks it with "asks", by @handle (read so before too: a guard)', () => {
    const records = loadCorpus(
      tempCorpus({
        'recap.txt': ['AMA recap with Lena Ortiz', '', '@mira_eth asks: Are you audited?', '', 'Lena: Yes, twice, in 2023.', '', '@dex_dan asks: Will there be a token?', '', 'Lena: No plans for one.', ''].join('\n'),
      }),
    ).records;
    expect(records.filter((r) => r.type === 'qa').map((r) => r.asker)).toEqual(['@mira_eth', '@dex_dan']);
  });
});
