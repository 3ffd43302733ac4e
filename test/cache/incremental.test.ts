/**
 * The cache per document: a run reads and parses only the documents that
 * changed, appeared, or whose entry in the cache is damaged; documents that
 * went are dropped; the search index gets a segment for the documents read
 * and keeps the others. Whatever the history, the corpus and every search
 * are exactly what a cold build of the same files gives.
 */
import { appendFileSync, cpSync, readdirSync, readFileSync, renameSync, rmSync, truncateSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_SCHEMA, manifestDocs, PACK_GRACE_MS, type CacheHeader } from '../../src/cache/cache.js';
import { CacheReader, CacheWriter, FileSource } from '../../src/cache/format.js';
import { search } from '../../src/query/search.js';
import { ageFiles, cacheFiles, open, packFiles, plain, smallCorpus, tempDir, type Opened } from './helpers.js';

const made: string[] = [];
const mk = (d: string) => (made.push(d), d);
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const NEW_DOC = '---\ntitle: A new one\nspeakers: [Ann Lee]\nhost: Bo\n---\nHost: What changed this year at the exchange?\nAnn Lee: We doubled the compliance team and audited every wallet twice.\n';
const QUERIES = ['compliance', 'complian', 'securty', 'hiring team', 'exchange wallet', '"compliance team"', 'regulators -license'];

function header(cache: string): CacheHeader {
  const [file] = cacheFiles(cache);
  const source = new FileSource(file!);
  const reader = CacheReader.open<CacheHeader>(source, source.size);
  const h = { ...reader.header, docs: manifestDocs(reader) };
  reader.close();
  return h;
}

/** The corpus and the searches of `r` are those of a cold build of the same folder. */
async function sameAsCold(r: Opened, corpus: string): Promise<void> {
  const coldCache = mk(tempDir('quarry-inc-cold-'));
  const cold = await open(corpus, coldCache, { index: true });
  expect(cold.cache).toBe('miss');
  // the corpus-wide average field lengths BM25 reads, to the last bit, whenever the updated cache was written with an index
  const written = r.file && cacheFiles(dirname(r.file)).length ? header(dirname(r.file)) : null;
  if (written?.index && written.avg) expect(written.avg).toEqual(header(coldCache).avg);
  expect(plain(r.corpus)).toEqual(plain(cold.corpus));
  for (const q of QUERIES) expect(JSON.stringify(await search(r.index!, q)), q).toBe(JSON.stringify(await search(cold.index!, q)));
}

async function warmed(): Promise<{ corpus: string; cache: string }> {
  const corpus = mk(smallCorpus());
  const cache = mk(tempDir('quarry-inc-cache-'));
  const first = await open(corpus, cache, { index: true });
  expect(first.cache).toBe('miss');
  expect(first.reloaded).toHaveLength(6);
  return { corpus, cache };
}

describe('the cache is kept per document', () => {
  it('a changed document is the only one read again; the index gains a segment; all as a cold build', async () => {
    const { corpus, cache } = await warmed();
    appendFileSync(join(corpus, 'forced-prose.txt'), '\nThe compliance team grew to forty people, and hiring went on through the year.\n');
    ageFiles(corpus, 100);
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('update');
    expect(r.reloaded).toEqual(['forced-prose.txt']);
    expect(header(cache).packs).toHaveLength(2);
    await sameAsCold(r, corpus);
    const again = await open(corpus, cache, { index: true });
    expect(again.cache).toBe('hit');
    expect(again.reloaded).toBeUndefined();
    await sameAsCold(again, corpus); // the segmented index, opened from the file
  });

  it('an added document is read alone, and found', async () => {
    const { corpus, cache } = await warmed();
    writeFileSync(join(corpus, 'aa-new.md'), NEW_DOC);
    ageFiles(corpus);
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('update');
    expect(r.reloaded).toEqual(['aa-new.md']);
    expect(r.corpus.documents.map((d) => d.id)[0]).toBe('aa-new'); // in corpus order, not at the end
    await sameAsCold(r, corpus);
  });

  it('a removed document disappears without reading any other', async () => {
    const { corpus, cache } = await warmed();
    unlinkSync(join(corpus, 'interviewer-cz.txt'));
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('update');
    expect(r.reloaded).toEqual([]);
    expect(r.corpus.documents.map((d) => d.id)).not.toContain('interviewer-cz');
    expect(r.corpus.records.some((x) => x.doc === 'interviewer-cz')).toBe(false);
    await sameAsCold(r, corpus);
  });

  it('a renamed document is a removal and an addition: only it is read', async () => {
    const { corpus, cache } = await warmed();
    renameSync(join(corpus, 'ama-marker.txt'), join(corpus, 'zz-ama.txt'));
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('update');
    expect(r.reloaded).toEqual(['zz-ama.txt']);
    expect(r.corpus.documents.map((d) => d.id)).toContain('zz-ama');
    expect(r.corpus.documents.map((d) => d.id)).not.toContain('ama-marker');
    await sameAsCold(r, corpus);
  });

  it('a file of the same name and another extension, added then removed: the first is read again under its new id each time', async () => {
    const { corpus, cache } = await warmed();
    writeFileSync(join(corpus, 'ama-marker.md'), NEW_DOC);
    ageFiles(corpus);
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('update');
    expect([...r.reloaded!].sort()).toEqual(['ama-marker.md', 'ama-marker.txt']);
    expect(r.corpus.documents.map((d) => d.id)).toEqual(expect.arrayContaining(['ama-marker.md', 'ama-marker.txt']));
    expect(r.corpus.documents.map((d) => d.id)).not.toContain('ama-marker');
    await sameAsCold(r, corpus);
    unlinkSync(join(corpus, 'ama-marker.md'));
    const back = await open(corpus, cache, { index: true });
    expect(back.reloaded).toEqual(['ama-marker.txt']);
    expect(back.corpus.documents.map((d) => d.id)).toContain('ama-marker');
    await sameAsCold(back, corpus);
  });

  it("damage to one document's entry costs that document: it alone is read again", async () => {
    const { corpus, cache } = await warmed();
    const h = header(cache);
    const victim = h.docs.find((e) => e.name === 'qa-labels.txt')!;
    const file = join(cache, h.packs.find((p) => p.id === victim.pack)!.file);
    const source = new FileSource(file);
    const records = CacheReader.open<CacheHeader>(source, source.size).header.sections.records!;
    source.close();
    const bytes = readFileSync(file);
    const at = records.offset + victim.recs[0] + Math.floor(victim.recs[1] / 2);
    bytes[at] = bytes[at]! ^ 0x20;
    writeFileSync(file, bytes);
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('update');
    expect(r.reloaded).toEqual(['qa-labels.txt']);
    expect(r.log.join('\n')).toMatch(/cache entry of qa-labels\.txt is damaged/);
    await sameAsCold(r, corpus);
    expect((await open(corpus, cache, { index: true })).cache).toBe('hit');
  });

  it("damage to one document's head costs that document", async () => {
    const { corpus, cache } = await warmed();
    const h = header(cache);
    const victim = h.docs.find((e) => e.name === 'interviewer-cz.txt')!;
    const file = join(cache, h.packs.find((p) => p.id === victim.pack)!.file);
    const source = new FileSource(file);
    const heads = CacheReader.open<CacheHeader>(source, source.size).header.sections['docs.head']!;
    source.close();
    const bytes = readFileSync(file);
    const at = heads.offset + victim.head[0] + Math.floor(victim.head[1] / 2);
    bytes[at] = bytes[at]! ^ 0x01;
    writeFileSync(file, bytes);
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('update');
    expect(r.reloaded).toEqual(['interviewer-cz.txt']);
    await sameAsCold(r, corpus);
  });

  it('many updates in a row stay exact, and the segments are merged before they pile up', async () => {
    const { corpus, cache } = await warmed();
    for (let i = 0; i < 10; i++) {
      writeFileSync(join(corpus, `n${i}.md`), NEW_DOC.replace('A new one', `Number ${i}`).replace('twice', `${i + 3} times`));
      if (i % 3 === 2) unlinkSync(join(corpus, `n${i - 1}.md`));
      ageFiles(corpus);
      const r = await open(corpus, cache, { index: true });
      expect(r.cache).toBe('update');
      expect(header(cache).packs.length).toBeLessThanOrEqual(8);
    }
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('hit');
    await sameAsCold(r, corpus);
  });

  it('a list (no index) after an edit updates the records; the next search still finds the edit', async () => {
    const { corpus, cache } = await warmed();
    const file = join(corpus, 'qa-labels.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Compliance comes first.', 'Compliance comes first, always, everywhere.'));
    ageFiles(corpus, 100);
    const listed = await open(corpus, cache);
    expect(listed.cache).toBe('update');
    expect(listed.reloaded).toEqual(['qa-labels.txt']);
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('hit');
    expect(JSON.stringify(await search(r.index!, 'everywhere'))).toContain('always, everywhere');
    await sameAsCold(r, corpus);
  });
});

/** Date every pack in the cache folder back past the grace a pack no manifest names gets. */
function agePacks(cache: string): void {
  const t = (Date.now() - PACK_GRACE_MS - 60_000) / 1000;
  for (const f of packFiles(cache)) utimesSync(f, t, t);
}

describe('the manifest and its packs', () => {
  it('an update writes one small pack and the manifest; the old pack is left as it was', async () => {
    const { corpus, cache } = await warmed();
    const [base] = packFiles(cache);
    const before = readFileSync(base!);
    appendFileSync(join(corpus, 'forced-prose.txt'), '\nOne more sentence about the audit.\n');
    ageFiles(corpus, 100);
    expect((await open(corpus, cache, { index: true })).cache).toBe('update');
    const packs = packFiles(cache);
    expect(packs).toHaveLength(2);
    expect(readFileSync(base!).equals(before)).toBe(true);
    const added = packs.find((f) => f !== base)!;
    expect(readFileSync(added).length).toBeLessThan(before.length / 2);
    expect(header(cache).packs.map((p) => join(cache, p.file)).sort()).toEqual([...packs].sort());
  });

  it('a pack cut short costs its documents only: they are read again, the rest kept', async () => {
    const { corpus, cache } = await warmed();
    appendFileSync(join(corpus, 'forced-prose.txt'), '\nThe auditors came back in March.\n');
    ageFiles(corpus, 100);
    await open(corpus, cache, { index: true });
    const h = header(cache);
    const small = h.packs.find((p) => p.docs.length === 1)!;
    truncateSync(join(cache, small.file), 100);
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('update');
    expect(r.reloaded).toEqual(['forced-prose.txt']);
    expect(r.log.join('\n')).toMatch(/cache pack .* unusable/);
    await sameAsCold(r, corpus);
    expect((await open(corpus, cache, { index: true })).cache).toBe('hit');
  });

  it('a pack rewritten since it was verified (here: the cache folder copied) is verified again, and its new times recorded', async () => {
    const { corpus, cache } = await warmed();
    const copy = mk(tempDir('quarry-inc-copy-'));
    cpSync(cache, copy, { recursive: true });
    const first = await open(corpus, copy, { index: true });
    expect(first.cache).toBe('hit');
    expect(first.log.join('\n')).toMatch(/cache restamped/);
    await sameAsCold(first, corpus);
    const again = await open(corpus, copy, { index: true });
    expect(again.cache).toBe('hit');
    expect(again.log.join('\n')).not.toMatch(/restamped/);
  });

  it('a document with no records gets a pack of its own and changes nothing else', async () => {
    const { corpus, cache } = await warmed();
    writeFileSync(join(corpus, 'empty.md'), '---\ntitle: Nothing yet\n---\n');
    ageFiles(corpus);
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('update');
    expect(r.reloaded).toEqual(['empty.md']);
    await sameAsCold(r, corpus);
    const again = await open(corpus, cache, { index: true });
    expect(again.cache).toBe('hit');
    await sameAsCold(again, corpus);
  });

  it('a pack gone costs its documents only', async () => {
    const { corpus, cache } = await warmed();
    for (const f of packFiles(cache)) unlinkSync(f);
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('update');
    expect(r.reloaded).toHaveLength(6);
    await sameAsCold(r, corpus);
    expect((await open(corpus, cache, { index: true })).cache).toBe('hit');
  });

  it('packs no manifest names are removed once past their grace, never younger ones; a reader keeps the packs it opened', async () => {
    const { corpus, cache } = await warmed();
    const reader = await open(corpus, cache); // holds the first pack open; its records are read later
    const stray = join(cache, `${cacheFiles(cache)[0]!.slice(cache.length + 1, -'.qcache'.length)}.strayyoung.qpack`);
    writeFileSync(stray, 'a concurrent writer\'s pack, its manifest not renamed yet');
    agePacks(cache);
    utimesSync(stray, new Date(), new Date());
    const [first] = packFiles(cache).filter((f) => f !== stray);
    // every document but one removed: more dead records than live ones, so one pack of everything is written
    for (const name of readdirSync(corpus)) if (name !== 'qa-labels.txt' && name !== 'speakers.yml') unlinkSync(join(corpus, name));
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('update');
    expect(packFiles(cache)).not.toContain(first);
    expect(packFiles(cache)).toContain(stray);
    expect(header(cache).packs).toHaveLength(1);
    await sameAsCold(r, corpus);
    expect(reader.corpus.records.length).toBeGreaterThan(r.corpus.records.length); // read from the removed pack, still open
  });

  it('two updates at once both answer as a cold build, and leave a cache that does', async () => {
    const { corpus, cache } = await warmed();
    writeFileSync(join(corpus, 'aa-new.md'), NEW_DOC);
    ageFiles(corpus);
    const [a, b] = await Promise.all([open(corpus, cache, { index: true }), open(corpus, cache, { index: true })]);
    expect(a.cache).toBe('update');
    expect(b.cache).toBe('update');
    await sameAsCold(a, corpus);
    await sameAsCold(b, corpus);
    const after = await open(corpus, cache, { index: true });
    expect(after.cache).toBe('hit');
    await sameAsCold(after, corpus);
  });

  it('a cache file of the older one-file layout is replaced, not read', async () => {
    const corpus = mk(smallCorpus());
    const cache = mk(tempDir('quarry-inc-cache-'));
    await open(corpus, cache, { index: true });
    const [file] = cacheFiles(cache);
    for (const f of packFiles(cache)) unlinkSync(f);
    const w = new CacheWriter(file!);
    w.section('records', [Buffer.from('[]')]);
    w.finish({ schema: CACHE_SCHEMA - 1, docs: [], segments: null }).close();
    const r = await open(corpus, cache, { index: true });
    expect(r.cache).toBe('miss');
    expect(r.log.join('\n')).toMatch(new RegExp(`cache schema ${CACHE_SCHEMA - 1}`));
    await sameAsCold(r, corpus);
    expect((await open(corpus, cache, { index: true })).cache).toBe('hit');
  });
});
