/**
 * The cache over a corpus tree: nested paths are stamped and checked, a file
 * added anywhere in the tree (or excluded by an ignore file) rebuilds, ids
 * stay stable, and a cache folder inside the corpus is never read as part of it.
 */
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCachedCorpus } from '../../src/cache/cache.js';
import { interviewDoc, tempCorpus } from '../helpers.js';
import { open, plain, tempDir } from './helpers.js';

const DOC = interviewDoc;

function aged(files: Record<string, string>): string {
  const dir = tempCorpus(files);
  const t = Date.now() / 1000 - 3600;
  for (const name of Object.keys(files)) utimesSync(join(dir, name), t, t);
  return dir;
}

describe('the cache of a nested corpus', () => {
  it('hits with the same documents and ids; a file added deep in the tree rebuilds and keeps the old ids', async () => {
    const dir = aged({ '2021/cnn/a.md': DOC('A'), '2024/b.md': DOC('B'), 'c.md': DOC('C') });
    const cache = tempDir('quarry-tree-cache-');
    const cold = await open(dir, cache, { index: true });
    expect(cold.cache).toBe('miss');
    expect(cold.corpus.documents.map((d) => d.id)).toEqual(['2021/cnn/a', '2024/b', 'c']);
    const warm = await open(dir, cache, { index: true });
    expect(warm.cache).toBe('hit');
    expect(plain(warm.corpus)).toEqual(plain(cold.corpus));

    mkdirSync(join(dir, '2021/cnn/deeper'));
    writeFileSync(join(dir, '2021/cnn/deeper/d.md'), DOC('D'));
    const grown = await open(dir, cache);
    expect(grown.cache).toBe('update');
    expect(grown.log.join('\n')).toMatch(/cache update: 1 document to read/);
    const before = cold.corpus.records.map((r) => r.id);
    const after = grown.corpus.records.map((r) => r.id);
    for (const id of before) expect(after).toContain(id);
    expect(after.filter((id) => id.startsWith('2021/cnn/deeper/d/'))).toHaveLength(2);
  });

  it('an ignore file that changes the listing rebuilds; --no-ignore and ignore files do not share a stale cache', async () => {
    const dir = aged({ 'a.md': DOC('A'), 'drafts/b.md': DOC('B') });
    const cache = tempDir('quarry-tree-cache-');
    expect((await open(dir, cache)).corpus.documents.map((d) => d.id)).toEqual(['a', 'drafts/b']);
    writeFileSync(join(dir, '.quarryignore'), 'drafts/\n');
    const ignoring = await open(dir, cache);
    expect(ignoring.cache).toBe('update');
    expect(ignoring.corpus.documents.map((d) => d.id)).toEqual(['a']);
    const all = await openCachedCorpus(dir, { env: { QUARRY_CACHE_DIR: cache }, cwd: dir, useCache: true, index: false, version: '0.0.0-test', ignoreFiles: false });
    expect(all.corpus.documents.map((d) => d.id)).toEqual(['a', 'drafts/b']);
    expect((await open(dir, cache)).corpus.documents.map((d) => d.id)).toEqual(['a']);
  });

  it('a cache folder inside the corpus is never read as documents', async () => {
    const dir = aged({ 'a.md': DOC('A') });
    const cache = join(dir, 'cache');
    mkdirSync(cache);
    writeFileSync(join(cache, 'stray.md'), DOC('Stray'));
    const first = await open(dir, cache);
    expect(first.corpus.documents.map((d) => d.id)).toEqual(['a']);
    expect((await open(dir, cache)).cache).toBe('hit');
  });
});
