/**
 * The cold build is streamed: the loader hands documents over in corpus
 * order, each one's records go to the pack file and through the index
 * builder, and nothing holds the corpus's records. These tests check that
 * the result is the one a build of everything at once gives (records,
 * documents, problems, index statistics, search results), that the index
 * builder fed a document (or a record) at a time writes the very bytes it
 * writes when fed everything at once, and that a build interrupted half way
 * leaves nothing in the cache folder.
 */
import { readdirSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openCachedCorpus } from '../../src/cache/cache.js';
import { buildCompactIndex, CompactIndexBuilder } from '../../src/cache/compact-index.js';
import { loadFilesInOrder } from '../../src/load/load.js';
import { listCorpusFiles } from '../../src/corpus/files.js';
import { DOCUMENT_EXTENSIONS } from '../../src/parse/shapes.js';
import type { Problem } from '../../src/model/corpus.js';
import type { QuarryRecord } from '../../src/model/record.js';
import { results, SAMPLE, shippedRecords } from './compare.js';
import { open, packFiles, shippedCopy, smallCorpus, tempDir } from './helpers.js';

const sectionsOf = (built: ReturnType<typeof buildCompactIndex>) =>
  Object.fromEntries(Object.entries(built.sections).map(([name, parts]) => [name, Buffer.concat(parts.map((p) => Buffer.from(p))).toString('base64')]));

/** The records in batches: one document at a time (as a cold build feeds them), or `size` records at a time. */
function batches(records: readonly QuarryRecord[], size: number | 'document'): QuarryRecord[][] {
  const out: QuarryRecord[][] = [];
  for (const r of records) {
    const last = out[out.length - 1];
    if (last && (size === 'document' ? last[0]!.doc === r.doc : last.length < size)) last.push(r);
    else out.push([r]);
  }
  return out;
}

describe('the index builder, fed in batches', () => {
  it('writes the sections buildCompactIndex writes at once (batches: a document, 1 record, 7 records)', () => {
    const records = shippedRecords();
    const whole = buildCompactIndex(records);
    for (const size of ['document', 1, 7] as const) {
      const parts = batches(records, size);
      expect(parts.length).toBeGreaterThan(4);
      const builder = new CompactIndexBuilder();
      for (const part of parts) builder.add(part, size === 'document');
      const streamed = builder.finish();
      expect(streamed.meta, String(size)).toEqual(whole.meta);
      expect(sectionsOf(streamed), String(size)).toEqual(sectionsOf(whole));
    }
  });

  it('keeps the first record of an id seen in an earlier batch, as buildIndex does', () => {
    const records = shippedRecords().slice(0, 50);
    const doubled = [...records, { ...records[3]!, text: 'a different text under the same id' }];
    const builder = new CompactIndexBuilder();
    builder.add(records);
    builder.add(doubled.slice(records.length));
    const streamed = builder.finish();
    expect(streamed.meta.unique).toBe(false);
    expect(streamed.meta.documentCount).toBe(records.length);
    expect(sectionsOf(streamed)).toEqual(sectionsOf(buildCompactIndex(doubled)));
  });
});

describe('the loader, in order', () => {
  it('hands over every document (and a duplicate id\'s problem) in the order of the files, keeping none', () => {
    const dir = shippedCopy();
    const { files } = listCorpusFiles(dir, DOCUMENT_EXTENSIONS, {});
    const doubled = [...files, { ...files[0]!, name: `${files[0]!.name}.again` }];
    const seen: string[] = [];
    const problems: Problem[] = [];
    loadFilesInOrder(dir, doubled, {}, problems, (one) => seen.push('message' in one ? `problem ${one.file}` : one.info.file));
    expect(seen).toEqual([...files.map((f) => f.name), `problem ${files[0]!.name}.again`]);
  });
});

describe('a cold build, streamed into a pack', () => {
  it('gives the records, documents, problems, index and search results of a load in memory', async () => {
    const dir = shippedCopy();
    const cache = tempDir('quarry-stream-cache-');
    const streamed = await open(dir, cache, { index: true });
    expect(streamed.cache).toBe('miss');
    expect(packFiles(cache)).toHaveLength(1);
    const memory = await open(dir, cache, { index: true, useCache: false });
    expect(memory.cache).toBe('off');
    const { corpus: a, index: ia } = streamed;
    const { corpus: b, index: ib } = memory;
    expect(JSON.stringify(a.records)).toBe(JSON.stringify(b.records));
    expect(JSON.stringify(a.documents)).toBe(JSON.stringify(b.documents));
    expect(a.problems).toEqual(b.problems);
    expect(a.registry.names()).toEqual(b.registry.names());
    expect(ia!.size).toBe(ib!.size);
    const stats = (e: NonNullable<typeof ia>['engine']) => ({ documents: e.documentCount, terms: e.termCount, avg: (e as unknown as { _avgFieldLength: number[] })._avgFieldLength });
    expect(stats(ia!.engine)).toEqual(stats(ib!.engine));
    for (const q of SAMPLE) expect(await results(ia!, q, {}), q).toBe(await results(ib!, q, {}));
    // and the next run reads it back as it was written
    const warm = await open(dir, cache, { index: true });
    expect(warm.cache).toBe('hit');
    expect(JSON.stringify(warm.corpus.records)).toBe(JSON.stringify(b.records));
  });

  it('interrupted half way leaves nothing in the cache folder, and the next run builds it whole', async () => {
    const dir = smallCorpus();
    const cache = tempDir('quarry-stream-cache-');
    let loaded = 0;
    const interrupted = openCachedCorpus(dir, {
      env: { QUARRY_CACHE_DIR: cache },
      cwd: dir,
      useCache: true,
      index: true,
      version: '0.0.0-test',
      onProgress: () => {
        if (++loaded === 2) throw new Error('interrupted');
      },
    });
    await expect(interrupted).rejects.toThrow('interrupted');
    expect(loaded).toBe(2);
    expect(readdirSync(cache)).toEqual([]);
    const next = await open(dir, cache, { index: true });
    expect(next.cache).toBe('miss');
    expect(next.corpus.documents.length).toBeGreaterThan(2);
    expect(readdirSync(cache).sort().map((n) => n.slice(n.lastIndexOf('.'))).sort()).toEqual(['.qcache', '.qpack']);
    rmSync(cache, { recursive: true, force: true });
  });
});

