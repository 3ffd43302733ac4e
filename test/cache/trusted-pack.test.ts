/**
 * A pack not written since its entries were verified (its mtime and inode are
 * the ones the manifest recorded) is trusted whole, as its records always
 * were: a warm open reads its heads and index sections without checksumming
 * them (at 1,000× that was ≈ 31 MB of CRC-32 and node:zlib loaded by every
 * run). A pack written since (here: the cache folder copied, new inodes) still
 * has every section it reads checked, and a damaged one is still rebuilt
 * (test/cache/cache.test.ts damages sections by writing them). Its heads are
 * read when first asked for, so a pack closed by a later write (merged, or
 * replaced by one of everything) has them read before it is closed.
 */
import { cpSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';

/** The length of every input a checksum was computed over, in order. */
const summed: number[] = [];
vi.mock('../../src/cache/crc32.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/cache/crc32.js')>();
  return {
    ...m,
    crc32: (data: Uint8Array, value?: number) => {
      summed.push(data.length);
      return m.crc32(data, value);
    },
  };
});

import { CacheReader, FileSource } from '../../src/cache/format.js';
import { search } from '../../src/query/search.js';
import { localStore } from '../../src/store/local.js';
import { open, packFiles, shippedCopy, tempDir } from './helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** The sections a warm search reads whole: the heads, the record offsets and the index's. */
const READ_WHOLE = ['docs.head', 'records.offsets', 'index.meta', 'index.labels', 'index.labelEnds', 'index.flat', 'index.dict', 'index.lengths'];

function sectionLengths(pack: string): Map<string, number> {
  const source = new FileSource(pack);
  try {
    const { sections } = CacheReader.open(source, source.size).header;
    return new Map(READ_WHOLE.map((name) => [name, sections[name]!.length]));
  } finally {
    source.close();
  }
}

/** Bytes checksummed while opening the cache with its index and searching it. */
async function checksummedBySearch(corpus: string, cache: string): Promise<{ bytes: number; hits: string }> {
  summed.length = 0;
  const warm = await open(corpus, cache, { index: true });
  expect(warm.cache).toBe('hit');
  const hits = await search(localStore(warm), 'security listing', { limit: 20 });
  const bytes = summed.reduce((a, b) => a + b, 0);
  return { bytes, hits: JSON.stringify(hits) };
}

describe('a pack untouched since it was verified', () => {
  it('has none of its sections checksummed by a warm search; a copied one has them all checked, with the same hits', async () => {
    const corpus = shippedCopy();
    const cache = tempDir('quarry-trusted-');
    const copy = tempDir('quarry-trusted-copy-');
    made.push(corpus, cache, copy);
    await open(corpus, cache, { index: true });
    const [pack] = packFiles(cache);
    const lengths = sectionLengths(pack!);
    const whole = [...lengths.values()].reduce((a, b) => a + b, 0);
    expect(lengths.get('docs.head')).toBeGreaterThan(10_000);

    const trusted = await checksummedBySearch(corpus, cache);
    // what is left: the manifest's and the pack's headers, and the postings of the terms looked up
    expect(trusted.bytes).toBeLessThan(lengths.get('docs.head')!);

    cpSync(cache, copy, { recursive: true });
    const copied = await checksummedBySearch(corpus, copy);
    expect(copied.bytes).toBeGreaterThan(whole);
    expect(copied.hits).toBe(trusted.hits);
    // its new times recorded, the copy is trusted from then on
    expect((await checksummedBySearch(corpus, copy)).bytes).toBeLessThan(lengths.get('docs.head')!);
  });

  it('serves every document info after its pack was replaced (an index added: one pack of everything again)', async () => {
    const corpus = shippedCopy();
    const cache = tempDir('quarry-trusted-');
    made.push(corpus, cache);
    await open(corpus, cache);
    await open(corpus, cache); // warm, no index: its heads are not read
    const added = await open(corpus, cache, { index: true });
    expect(added.log.join('\n')).toMatch(/index added/);
    const fresh = (await open(corpus, cache, { useCache: false })).corpus;
    expect(JSON.stringify(added.corpus.documents)).toBe(JSON.stringify(fresh.documents));
    expect(added.corpus.problems).toEqual(fresh.problems);
  });
});
