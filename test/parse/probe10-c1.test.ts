/**
 * Edge files a reviewer wrote (test/fixtures/probe10/c1): a burned-in caption OCR whose label
 * holds one person's name in two scripts (`何一 He Yi:`), each an alias in speakers.yml.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf } from '../helpers.js';

const corpus = loadCorpus(join(FIXTURES, 'probe10', 'c1'));

describe('a label holding two names of one person', () => {
  it('`CJK name + Latin name:` resolves to the canonical speaker', () => {
    const recs = recordsOf(corpus, 'binance_square_live_he_yi_burnedin_OCR');
    expect(recs.map((r) => [r.type, r.speaker, r.year])).toEqual([
      ['quote', 'He Yi', 2024],
      ['qa', 'He Yi', 2024],
      ['qa', 'He Yi', 2024],
    ]);
    expect(recs.filter((r) => r.type === 'qa').map((r) => r.asker)).toEqual(['Moderator', 'Moderator']);
  });
});
