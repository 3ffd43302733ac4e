/**
 * The compact index (src/cache/compact-index.ts) answers every query exactly
 * as the MiniSearch index of src/index does: same hits, same scores, same
 * order, same snippets. Checked on the shipped corpus, the fixtures, and the
 * relevance bench's queries, in memory (opened from a cache file:
 * index-file.test.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCompactIndex, memoryIndex } from '../../src/cache/compact-index.js';
import { buildIndex } from '../../src/index/index.js';
import { loadCorpus } from '../../src/load/load.js';
import { CORPUS, FIXTURES } from '../helpers.js';
import { expectSame, QUERIES, results, SAMPLE, shippedRecords, shippedReference } from './compare.js';

describe('the compact index', () => {
  for (const [name, dir] of [
    ['the shipped corpus', CORPUS],
    ['the extra fixtures', join(FIXTURES, 'extra')],
    ['the shape fixtures', join(FIXTURES, 'shapes')],
  ] as const) {
    it(`answers as MiniSearch does: ${name}, in memory`, async () => {
      const records = dir === CORPUS ? shippedRecords() : loadCorpus(dir).records;
      await expectSame(dir === CORPUS ? shippedReference() : buildIndex(records), memoryIndex(records), dir === CORPUS ? QUERIES : SAMPLE);
    });
  }

  it('keeps the first of two records with one id, as buildIndex does', async () => {
    const records = shippedRecords();
    const doubled = [...records, { ...records[0]!, text: 'a different text under the same id' }];
    const reference = buildIndex(doubled);
    const compact = memoryIndex(doubled);
    expect(compact.size).toBe(reference.records.length);
    expect(await results(compact, 'different text', {})).toBe(await results(reference, 'different text', {}));
  });

  it('is smaller than the MiniSearch JSON it replaces', async () => {
    const records = shippedRecords();
    const built = buildCompactIndex(records);
    const bytes = Object.values(built.sections)
      .flat()
      .reduce((n, b) => n + b.length, 0);
    expect(bytes).toBeLessThan(JSON.stringify(shippedReference().engine).length);
  });
});
