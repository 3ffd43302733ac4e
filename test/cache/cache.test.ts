/**
 * The cache, through its API: a second open reads the cache; every kind of
 * change (content, files added or removed, speakers.yml, quarry's version)
 * rebuilds; a touched but unchanged file is verified by content and kept; a
 * corrupt or truncated cache file is rebuilt, never trusted; a cache folder
 * that cannot be written costs nothing but speed.
 */
import { appendFileSync, chmodSync, mkdirSync, readFileSync, renameSync, rmSync, truncateSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CacheCorruptError, CacheReader, CacheWriter, FileSource, type SectionRef } from '../../src/cache/format.js';
import { buildIndex, documentWordsOf } from '../../src/index/index.js';
import { SpeakerRegistry } from '../../src/model/speakers.js';
import { loadCorpus } from '../../src/load/load.js';
import { search } from '../../src/query/search.js';
import { ageFiles, cacheFiles, editSameSize, mtimeOf, open, packFiles, plain, shippedCopy, smallCorpus, tempDir } from './helpers.js';

const made: string[] = [];
const dirs = {
  corpus(): string {
    const d = smallCorpus();
    made.push(d);
    return d;
  },
  cache(): string {
    const d = tempDir('quarry-cache-');
    made.push(d);
    return d;
  },
};
afterAll(() => {
  for (const d of made) {
    try {
      chmodSync(d, 0o755);
    } catch {
      // ignore
    }
    rmSync(d, { recursive: true, force: true });
  }
});

const hitOf = (r: { cache: string }) => r.cache;

describe('hit and miss', () => {
  it('a second open reads the cache, and gives exactly what loading gives', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    const first = await open(corpus, cache);
    expect(first.cache).toBe('miss');
    expect(first.log.join('\n')).toMatch(/cache miss: no cache file/);
    expect(cacheFiles(cache)).toHaveLength(1);
    const second = await open(corpus, cache);
    expect(second.cache).toBe('hit');
    expect(second.log.join('\n')).toMatch(/cache hit/);
    const fresh = loadCorpus(corpus);
    expect(plain(second.corpus)).toEqual(plain(fresh));
    expect(plain(first.corpus)).toEqual(plain(fresh));
    // the registry works, not just looks, the same
    const text = 'Yi He met Changpeng Zhao and He Yi again; CZ said yes.';
    expect(second.corpus.registry.mentions(text)).toEqual(fresh.registry.mentions(text));
    expect(second.corpus.registry.resolve('yi he')).toBe(fresh.registry.resolve('yi he'));
  });

  it('a hit builds the speaker registry only when it is asked for', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    await open(corpus, cache);
    const add = vi.spyOn(SpeakerRegistry.prototype, 'add');
    try {
      const hit = await open(corpus, cache);
      expect(hit.cache).toBe('hit');
      // opening resolves no name (nor does a plain search): the aliases (何一) are not keyed yet
      expect(add).not.toHaveBeenCalled();
      expect(hit.corpus.registry.resolve('yi he')).toBe('He Yi');
      expect(add).toHaveBeenCalled();
      expect(hit.corpus.registry).toBe(hit.corpus.registry);
    } finally {
      add.mockRestore();
    }
  });

  it('gives the shipped corpus back unchanged, records and all', async () => {
    const corpus = shippedCopy();
    made.push(corpus);
    const cache = dirs.cache();
    await open(corpus, cache);
    const hit = await open(corpus, cache);
    expect(hit.cache).toBe('hit');
    expect(plain(hit.corpus)).toEqual(plain(loadCorpus(corpus)));
    expect(hit.corpus.records.length).toBeGreaterThan(300);
  });

  it('--no-cache (useCache: false) neither reads nor writes a cache', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    await open(corpus, cache);
    const off = await open(corpus, cache, { useCache: false });
    expect(off.cache).toBe('off');
    expect(plain(off.corpus)).toEqual(plain(loadCorpus(corpus)));
    const cache2 = join(dirs.cache(), 'never');
    await open(corpus, cache2, { useCache: false, index: true });
    expect(cacheFiles(cache2)).toEqual([]);
  });

  it('keeps one file per corpus folder', async () => {
    const cache = dirs.cache();
    const a = dirs.corpus();
    const b = dirs.corpus();
    await open(a, cache);
    await open(b, cache);
    expect(cacheFiles(cache)).toHaveLength(2);
    expect((await open(a, cache)).cache).toBe('hit');
    expect((await open(b, cache)).cache).toBe('hit');
  });
});

describe('what makes it rebuild', () => {
  it('a file touched but unchanged: verified by content, still a hit, and restamped', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    await open(corpus, cache);
    const file = join(corpus, 'qa-labels.txt');
    const t = Date.now() / 1000 - 600;
    utimesSync(file, t, t); // a new time, the same bytes
    const second = await open(corpus, cache);
    expect(second.cache).toBe('hit');
    expect(second.log.join('\n')).toMatch(/restamped/);
    const third = await open(corpus, cache);
    expect(third.cache).toBe('hit');
    expect(third.log.join('\n')).not.toMatch(/restamped/);
  });

  it('the same size, other bytes, a new time: rebuilt, with the edit', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    await open(corpus, cache);
    const file = join(corpus, 'qa-labels.txt');
    editSameSize(file, 'Compliance comes first.', 'Compliance comes LAST!!');
    const t = Date.now() / 1000 - 300;
    utimesSync(file, t, t);
    const r = await open(corpus, cache);
    expect(r.cache).toBe('update');
    expect(r.log.join('\n')).toMatch(/1 document to read \(qa-labels\.txt\)/);
    expect(r.corpus.records.some((x) => x.text.includes('Compliance comes LAST!!'))).toBe(true);
    expect((await open(corpus, cache)).cache).toBe('hit');
  });

  it('a file edited within a clock tick of being cached is checked by content even when its time is put back', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    const file = join(corpus, 'qa-labels.txt');
    writeFileSync(file, readFileSync(file)); // modified just now: its stamp is "racy"
    await open(corpus, cache);
    const before = mtimeOf(file);
    editSameSize(file, 'Compliance comes first.', 'Compliance comes LAST!!');
    utimesSync(file, before / 1000, before / 1000); // same size, same time
    const r = await open(corpus, cache);
    expect(r.cache).toBe('update');
    expect(r.corpus.records.some((x) => x.text.includes('Compliance comes LAST!!'))).toBe(true);
  });

  it('a changed size: rebuilt', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    await open(corpus, cache);
    appendFileSync(join(corpus, 'forced-prose.txt'), '\nOne more sentence that is long enough to be a claim of its own.\n');
    ageFiles(corpus, 100);
    const r = await open(corpus, cache);
    expect(r.cache).toBe('update');
    expect(plain(r.corpus)).toEqual(plain(loadCorpus(corpus)));
  });

  it('an added document: rebuilt, and it is there', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    await open(corpus, cache);
    writeFileSync(
      join(corpus, 'zz-new.md'),
      '---\ntitle: A new one\nspeakers: [Ann Lee]\nhost: Bo\n---\nHost: What changed this year at the exchange?\nAnn Lee: We doubled the security team and audited every wallet twice.\n',
    );
    ageFiles(corpus);
    const r = await open(corpus, cache);
    expect(r.cache).toBe('update');
    expect(r.log.join('\n')).toMatch(/1 document to read \(zz-new\.md\)/);
    expect(r.corpus.documents.map((d) => d.id)).toContain('zz-new');
    expect((await open(corpus, cache)).cache).toBe('hit');
  });

  it('a removed document: rebuilt, and it is gone', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    await open(corpus, cache);
    unlinkSync(join(corpus, 'ama-marker.txt'));
    const r = await open(corpus, cache);
    expect(r.cache).toBe('update');
    expect(r.corpus.documents.map((d) => d.id)).not.toContain('ama-marker');
  });

  it('a renamed document (same count): rebuilt', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    await open(corpus, cache);
    renameSync(join(corpus, 'ama-marker.txt'), join(corpus, 'ama-renamed.txt'));
    const r = await open(corpus, cache);
    expect(r.cache).toBe('update');
    expect(r.corpus.documents.map((d) => d.id)).toContain('ama-renamed');
  });

  it('speakers.yml changed, added or removed: rebuilt, with the new names', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    await open(corpus, cache);
    const sp = join(corpus, 'speakers.yml');
    appendFileSync(sp, 'Richard Teng:\n  aliases: [Teng]\n');
    ageFiles(corpus, 100);
    const changed = await open(corpus, cache);
    expect(changed.cache).toBe('miss');
    expect(changed.log.join('\n')).toMatch(/speakers\.yml changed/);
    expect(changed.corpus.registry.resolve('Teng')).toBe('Richard Teng');
    unlinkSync(sp);
    const removed = await open(corpus, cache);
    expect(removed.cache).toBe('miss');
    expect(removed.log.join('\n')).toMatch(/speakers\.yml added or removed/);
    expect(removed.corpus.registry.resolve('Teng')).toBeNull();
    expect((await open(corpus, cache)).cache).toBe('hit');
    writeFileSync(sp, 'Lena Ford:\n  aliases: [Lena]\n');
    ageFiles(corpus, 50);
    const added = await open(corpus, cache);
    expect(added.cache).toBe('miss');
    expect(added.corpus.registry.resolve('Lena')).toBe('Lena Ford');
  });

  it("front matter speakers' aliases are the corpus registry's, cold, warm and after an edit, as loading gives them", async () => {
    // an interview whose front matter names its two people as { name, aliases } entries
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    const doc = join(corpus, 'potter-talk.md');
    const fm = (alias: string) =>
      `---\ntitle: Talking clay\nspeakers:\n  - name: Marguerite Oyelaran\n    aliases: [${alias}, Maggie]\n  - name: Teodor Vass\n    aliases: [TV]\n---\n` +
      'TV: When did you first throw a pot?\n\nMO: At nine, in my aunt\'s shed in Ibadan.\n\nTV: And the kiln?\n\nMO: We borrowed one from the school until 1994.\n';
    writeFileSync(doc, fm('MO'));
    ageFiles(corpus, 100);
    const cold = await open(corpus, cache);
    expect(cold.cache).toBe('miss');
    const fresh = loadCorpus(corpus);
    for (const c of [cold.corpus, fresh]) {
      expect(c.registry.resolve('Maggie')).toBe('Marguerite Oyelaran');
      expect(c.registry.resolve('tv')).toBe('Teodor Vass');
      expect(c.registry.aliasesOf('Marguerite Oyelaran')).toEqual(['MO', 'Maggie']);
    }
    const warm = await open(corpus, cache);
    expect(warm.cache).toBe('hit');
    expect(warm.corpus.registry.resolve('MO')).toBe('Marguerite Oyelaran');
    // the alias edited: the updated cache forgets the old one and knows the new
    writeFileSync(doc, fm('MaO'));
    ageFiles(corpus, 50);
    const updated = await open(corpus, cache);
    expect(updated.cache).toBe('update');
    expect(updated.corpus.registry.resolve('MaO')).toBe('Marguerite Oyelaran');
    expect(updated.corpus.registry.resolve('MO')).toBeNull();
    expect(updated.corpus.registry.resolve('yi he')).toBe(fresh.registry.resolve('yi he')); // speakers.yml's still
    // the document gone: so are its aliases
    unlinkSync(doc);
    const removed = await open(corpus, cache);
    expect(removed.corpus.registry.resolve('Maggie')).toBeNull();
  });

  it('another quarry version: rebuilt', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    await open(corpus, cache, { version: '1.0.0' });
    const r = await open(corpus, cache, { version: '1.0.1' });
    expect(r.cache).toBe('miss');
    expect(r.log.join('\n')).toMatch(/written by quarry 1\.0\.0, this is 1\.0\.1/);
    expect((await open(corpus, cache, { version: '1.0.1' })).cache).toBe('hit');
  });
});

describe('CacheReader.kept', () => {
  it('verifies a section once and hands the same bytes to every later reader of it; a damaged one throws', () => {
    const file = join(tempDir('quarry-kept-'), 'x.qpack');
    const w = new CacheWriter(file);
    w.section('a', [Buffer.from('field lengths')]);
    w.section('b', [Buffer.from('other')]);
    w.finish({}).close();
    const source = new FileSource(file);
    const reader = CacheReader.open<{ sections: Record<string, SectionRef> }>(source, source.size);
    const once = reader.kept('a');
    expect(once.toString()).toBe('field lengths');
    expect(reader.kept('a')).toBe(once); // read and checked once, not per caller
    expect(reader.section('a')).not.toBe(once); // section() still reads afresh
    reader.close();
    const s = reader.header.sections['a']!;
    const b = readFileSync(file);
    b[s.offset] = b[s.offset]! ^ 0x20;
    writeFileSync(file, b);
    const source2 = new FileSource(file);
    const damaged = CacheReader.open<{ sections: Record<string, SectionRef> }>(source2, source2.size);
    expect(() => damaged.kept('a')).toThrow(CacheCorruptError);
    damaged.close();
  });
});

describe('a damaged cache file is rebuilt, never trusted', () => {
  async function damaged(damage: (file: string) => void): Promise<void> {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    await open(corpus, cache, { index: true });
    const [file] = cacheFiles(cache);
    damage(file!);
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('miss');
    expect(r.log.join('\n')).toMatch(/corrupt cache file|cache file unusable/);
    expect(plain(r.corpus)).toEqual(plain(loadCorpus(corpus)));
    const again = await open(corpus, cache, { index: true });
    expect(again.cache).toBe('hit'); // rewritten whole
  }

  /** Offset and length of a section of a cache file. */
  function section(file: string, name: string): { offset: number; length: number } {
    const source = new FileSource(file);
    const reader = CacheReader.open<{ sections: Record<string, SectionRef> }>(source, source.size);
    const s = reader.header.sections[name]!;
    reader.close();
    return s;
  }

  function flipByte(file: string, at: number): void {
    const b = readFileSync(file);
    b[at] = b[at]! ^ 0x20;
    writeFileSync(file, b);
  }

  it('a changed byte in the records costs one document, read again (test/cache/incremental.test.ts)', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    await open(corpus, cache, { index: true });
    const [file] = packFiles(cache);
    const s = section(file!, 'records');
    flipByte(file!, s.offset + Math.floor(s.length / 2));
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('update');
    expect(r.reloaded).toHaveLength(1);
    expect(plain(r.corpus)).toEqual(plain(loadCorpus(corpus)));
    expect((await open(corpus, cache, { index: true })).cache).toBe('hit');
  });

  it('a changed byte in the header (at the end of the file)', async () =>
    damaged((file) => {
      const b = readFileSync(file);
      const headerLength = b.readUInt32LE(b.length - 36);
      flipByte(file, b.length - 36 - Math.floor(headerLength / 2));
    }));

  it('a changed byte in the trailer', async () => damaged((file) => flipByte(file, readFileSync(file).length - 3)));

  it('a changed byte in the corpus section', async () =>
    damaged((file) => {
      const s = section(file, 'corpus');
      flipByte(file, s.offset + 5);
    }));

  it('a changed byte in the index field lengths: the index is rebuilt (the records are good) and rewritten', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    await open(corpus, cache, { index: true });
    const [file] = packFiles(cache);
    const s = section(file!, 'index.lengths');
    flipByte(file!, s.offset + 1);
    const r = await open(corpus, cache, { index: true });
    expect(r.log.join('\n')).toMatch(/index unusable \(cache section index\.lengths checksum mismatch\)/);
    expect(r.log.join('\n')).toMatch(/index added/);
    const reference = buildIndex(r.corpus.records, documentWordsOf(r.corpus.documents, r.corpus.records));
    expect(JSON.stringify((await search(r.index!, 'compliance hiring')))).toBe(JSON.stringify((await search(reference, 'compliance hiring'))));
    const again = await open(corpus, cache, { index: true });
    expect(again.cache).toBe('hit');
    expect(again.log.join('\n')).toMatch(/hit \(with index\)/);
  });

  for (const name of ['index.labels', 'index.labelEnds']) {
    it(`a changed byte in the index's term labels (${name}, schema 10): the index is rebuilt and rewritten`, async () => {
      const corpus = dirs.corpus();
      const cache = dirs.cache();
      await open(corpus, cache, { index: true });
      const [file] = packFiles(cache);
      const s = section(file!, name);
      flipByte(file!, s.offset + Math.floor(s.length / 2));
      const r = await open(corpus, cache, { index: true });
      expect(r.log.join('\n')).toMatch(new RegExp(`index unusable \\(cache section ${name.replace('.', '\\.')} checksum mismatch\\)`));
      const reference = buildIndex(r.corpus.records, documentWordsOf(r.corpus.documents, r.corpus.records));
      expect(JSON.stringify(await search(r.index!, 'compliance hiring'))).toBe(JSON.stringify(await search(reference, 'compliance hiring')));
      expect((await open(corpus, cache, { index: true })).log.join('\n')).toMatch(/hit \(with index\)/);
    });
  }

  it('truncated to half', async () => damaged((file) => truncateSync(file, Math.floor(readFileSync(file).length / 2))));

  it('truncated by one byte', async () => damaged((file) => truncateSync(file, readFileSync(file).length - 1)));

  it('with bytes appended', async () => damaged((file) => appendFileSync(file, 'x')));

  it('empty', async () => damaged((file) => writeFileSync(file, '')));

  it('not a cache file at all', async () => damaged((file) => writeFileSync(file, '{"this": "is json, not a cache"}')));

  it('a changed byte in the postings: the search falls back to a fresh index, with the same results', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    await open(corpus, cache, { index: true });
    const [file] = packFiles(cache);
    const s = section(file!, 'index.postings');
    const b = readFileSync(file!);
    for (let i = s.offset; i < s.offset + s.length; i += 7) b[i] = b[i]! ^ 0x55; // damage many terms
    writeFileSync(file!, b);
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('hit'); // the damage is found only when a query reads the postings
    const reference = buildIndex(r.corpus.records, documentWordsOf(r.corpus.documents, r.corpus.records));
    for (const q of ['compliance license', 'regulators', 'trade prices', 'hiring']) {
      expect(JSON.stringify((await search(r.index!, q)))).toBe(JSON.stringify((await search(reference, q))));
    }
    expect(r.log.join('\n')).toMatch(/postings unusable/);
  });
});

describe('a cache folder that cannot be written', () => {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

  it.skipIf(isRoot)('read-only (chmod 555): loads, writes nothing, no error', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    chmodSync(cache, 0o555);
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('miss');
    expect(r.log.join('\n')).toMatch(/cache not written/);
    expect(plain(r.corpus)).toEqual(plain(loadCorpus(corpus)));
    expect(cacheFiles(cache)).toEqual([]);
    expect((await open(corpus, cache, { index: true })).cache).toBe('miss');
  });

  it('under a regular file (mkdir fails even for root): loads, writes nothing, no error', async () => {
    const corpus = dirs.corpus();
    const parent = dirs.cache();
    const blocker = join(parent, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const cache = join(blocker, 'quarry');
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('miss');
    expect(r.log.join('\n')).toMatch(/cache not written \((ENOTDIR|EEXIST)\)/);
    expect(plain(r.corpus)).toEqual(plain(loadCorpus(corpus)));
    expect(r.index).toBeDefined();
    expect((await search(r.index!, 'compliance')).length).toBeGreaterThan(0);
  });

  it('a cache path that is a folder where the file should be: no error', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    await open(corpus, cache);
    const [file] = cacheFiles(cache);
    unlinkSync(file!);
    mkdirSync(file!);
    const r = await open(corpus, cache);
    expect(r.cache).toBe('miss');
    expect(plain(r.corpus)).toEqual(plain(loadCorpus(corpus)));
  });
});

describe('the corpus folder itself', () => {
  it('an unreadable or missing folder throws as loading does (the CLI makes it a usage error)', async () => {
    const cache = dirs.cache();
    await expect(open(join(cache, 'no-such-folder'), cache)).rejects.toMatchObject({ name: 'CorpusFolderError' });
  });

  it('outcomes are reported as hit, miss and off', async () => {
    const corpus = dirs.corpus();
    const cache = dirs.cache();
    expect(hitOf(await open(corpus, cache))).toBe('miss');
    expect(hitOf(await open(corpus, cache))).toBe('hit');
    expect(hitOf(await open(corpus, cache, { useCache: false }))).toBe('off');
  });
});
