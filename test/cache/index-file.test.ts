/**
 * The compact index read from a cache file (its term tree as stored, postings
 * and records read when a query reaches them) answers as the MiniSearch index
 * of src/index does, on the shipped corpus and on a generated one.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndex, documentWordsOf } from '../../src/index/index.js';
import { CORPUS, ROOT } from '../helpers.js';
import { expectSame, OPTIONS, results, SAMPLE, shippedRecords } from './compare.js';
import { open, tempDir } from './helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

describe('the compact index from a cache file', () => {
  it('answers as MiniSearch does when opened from a cache file', async () => {
    const cache = tempDir('quarry-cache-index-');
    made.push(cache);
    await open(CORPUS, cache, { index: true });
    const hit = await open(CORPUS, cache, { index: true });
    expect(hit.cache).toBe('hit');
    expect(hit.log.join('\n')).toMatch(/with index/);
    // the index reads records one by one, by their place in the cache: every one as loading gives it
    const records = shippedRecords();
    expect(hit.index!.size).toBe(records.length);
    for (let i = 0; i < records.length; i++) expect(hit.index!.record(i)).toEqual(records[i]);
    await expectSame(buildIndex(records, documentWordsOf(hit.corpus.documents, hit.corpus.records)), hit.index!);
    expect(JSON.stringify(hit.corpus.records)).toBe(JSON.stringify(records)); // and all of them when asked for
  });

  it('answers as MiniSearch does from a cache file of a corpus of many documents', async () => {
    const cache = tempDir('quarry-cache-index-');
    made.push(cache);
    // two varied copies of the shipped corpus: ten documents' entries, each record read at its own offset
    const dir = tempDir('quarry-corpus-2x-');
    made.push(dir);
    execFileSync(process.execPath, [join(ROOT, 'bench', 'gen-corpus.mjs'), dir, '2']);
    // the cold open loads the corpus: its records are the reference
    const { corpus: cold } = await open(dir, cache, { index: true });
    const hit = await open(dir, cache, { index: true });
    expect(hit.cache).toBe('hit');
    const records = cold.records;
    const reference = buildIndex(records, documentWordsOf(cold.documents, cold.records));
    // every kind of query (the hand-written ones) and a sample of the judged ones: the full set runs on the shipped corpus above
    for (const q of SAMPLE.filter((_, i) => i % 2 === 0)) {
      for (const o of OPTIONS) expect(await results(hit.index!, q, o), `${q} ${JSON.stringify(o)}`).toBe(await results(reference, q, o));
    }
    expect(hit.index!.size).toBe(records.length);
    for (let i = 0; i < records.length; i += 7) expect(hit.index!.record(i)).toEqual(records[i]);
  }, 120_000);
});
