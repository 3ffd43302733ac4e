/**
 * The library API (src/api/index.ts, package.json `exports`): every function
 * on a small corpus, and the package imported BY NAME from another folder,
 * as `npm install <path>` lays it out (node_modules/quarry → the package),
 * in JavaScript and in TypeScript against the shipped .d.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as q from '../../src/api/index.js';
import { CORPUS, ROOT, tempCorpus } from '../helpers.js';

const DOC = (title: string, date: string, said: string) =>
  `---\ntitle: ${title}\ndate: ${date}\nspeakers: [Ann Lee]\nhost: Bo\n---\n` +
  'Host: When did the exchange open its first office?\n' +
  `Ann Lee: ${said}\n` +
  'Host: Why does that matter so much?\n' +
  'Ann Lee: Because one bad listing costs users more than a hundred good ones earn.\n';

function corpusDir(): string {
  return tempCorpus({
    'speakers.yml': 'Ann Lee:\n  aliases: [Ann]\n',
    '2021/cnn/first.md': DOC('First', '2021-03-01', 'The exchange opened its first office in July 2017 with nine people.'),
    '2024/second.md': DOC('Second', '2024-05-02', 'The exchange opened its first office in September 2017 with nine people.'),
  });
}

describe('the API, called in process', () => {
  it('openCorpus reads the tree; listRecords filters as the CLI does', async () => {
    const corpus = await q.openCorpus(corpusDir());
    expect(corpus.documents.map((d) => d.id)).toEqual(['2021/cnn/first', '2024/second']);
    expect(q.listRecords(corpus).length).toBe(4);
    expect(q.listRecords(corpus, { doc: '2021/', speaker: 'ann' }).map((r) => r.doc)).toEqual(['2021/cnn/first', '2021/cnn/first']);
    expect(q.listRecords(corpus, { year: '2024..', mentions: 2017 }).map((r) => r.doc)).toEqual(['2024/second']);
    expect(() => q.listRecords(corpus, { speaker: 'Bob Nobody' })).toThrow(q.FilterError);
    await expect(q.openCorpus(join(corpusDir(), 'missing'))).rejects.toThrow(q.CorpusFolderError);
  });

  it('openCorpus with a cache folder: the second open answers from it', async () => {
    const dir = corpusDir();
    const cache = join(tempCorpus({}), 'cache');
    const a = await q.openCorpus(dir, { cache });
    const b = await q.openCorpus(dir, { cache });
    expect(b.records.map((r) => r.id)).toEqual(a.records.map((r) => r.id));
    expect(readFileSync(join(cache, (await import('node:fs')).readdirSync(cache)[0]!)).length).toBeGreaterThan(0);
  });

  it('search ranks, with filters and limit; a query of exclusions only throws QuerySyntaxError', async () => {
    const corpus = await q.openCorpus(corpusDir());
    const hits = await q.search(corpus, 'first office september', { limit: 1 });
    expect(hits.map((h) => h.record.doc)).toEqual(['2024/second']);
    expect(hits[0]!.terms).toContain('september');
    expect((await q.search(corpus, 'office', { doc: '2021/**' })).every((h) => h.record.doc === '2021/cnn/first')).toBe(true);
    await expect(q.search(corpus, '-office')).rejects.toThrow(q.QuerySyntaxError);
  });

  it('stats, checkCorpus and checkFiles', async () => {
    const dir = corpusDir();
    const corpus = await q.openCorpus(dir);
    const counts = q.stats(corpus, 'doc');
    expect(counts.rows.map((r) => [r.values[0], r.count])).toEqual([
      ['2021/cnn/first', 2],
      ['2024/second', 2],
    ]);
    expect(q.checkCorpus(corpus).ok).toBe(true);
    const one = q.checkFiles([join(dir, '2024/second.md')]);
    expect(one.documents.map((d) => d.id)).toEqual(['2024/second']);
    expect(one.problems).toEqual([]); // 'Ann' resolves through the corpus's speakers.yml
  });

  it('kwic, timeline, related, compare and conflicts', async () => {
    const corpus = await q.openCorpus(corpusDir());
    expect(q.kwic(corpus, 'office', { width: 10 }).map((l) => l.match)).toEqual(['office', 'office']);
    const events = q.timeline(corpus, { from: 2017, to: 2017 });
    expect(events.map((e) => e.record.doc).sort()).toEqual(['2021/cnn/first', '2024/second']);
    const [firstQa] = q.listRecords(corpus, { doc: '2021/cnn/first' });
    expect(q.related(corpus, firstQa!.id, { limit: 1 }).map((r) => r.record.doc)).toEqual(['2024/second']);
    expect(q.compare(corpus, 'first office').map((g) => g.doc)).toEqual(['2021/cnn/first', '2024/second']);
    // the shipped corpus disagrees with itself in known places (README, "Across sources")
    const shipped = await q.openCorpus(CORPUS);
    const found = q.conflicts(shipped, { limit: 2 });
    expect(found).toHaveLength(2);
    for (const c of found) expect(c.a.record.doc).not.toBe(c.b.record.doc);
    const ofDoc = q.conflicts(shipped, { doc: 'btcpeers-he-yi-2021' });
    expect(ofDoc.length).toBeGreaterThan(0);
    for (const c of ofDoc) expect([c.a.record.doc, c.b.record.doc]).toContain('btcpeers-he-yi-2021');
  });

  it('splitRecordId splits at the last slash', () => {
    expect(q.splitRecordId('2021/cnn/first/qa-0123abcd')).toEqual({ doc: '2021/cnn/first', local: 'qa-0123abcd' });
  });
});

describe('the package imported by name', () => {
  /** A project folder outside the repository whose node_modules/quarry is the package, as `npm install <path>` links it. */
  function project(): string {
    const dir = tempCorpus({ 'package.json': '{ "name": "uses-quarry", "private": true, "type": "module" }\n' });
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'quarry'), 'dir');
    return dir;
  }

  it("node -e \"import('quarry').then(q => …)\" works from another folder", () => {
    const dir = project();
    // the small corpus: the import is under test, and the shipped one cost the process seconds of parsing and indexing
    const script = `import('quarry').then(async (q) => {
      const corpus = await q.openCorpus(${JSON.stringify(corpusDir())});
      const hit = (await q.search(corpus, 'first office september', { limit: 1 }))[0];
      console.log(JSON.stringify({ docs: corpus.documents.length, hit: hit.record.id, fns: Object.keys(q).filter((k) => typeof q[k] === 'function').sort() }));
    })`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { docs: number; hit: string; fns: string[] };
    expect(out.docs).toBe(2);
    expect(out.hit).toMatch(/^2024\/second\//);
    expect(out.fns).toEqual(expect.arrayContaining(['openCorpus', 'listRecords', 'search', 'stats', 'checkCorpus', 'checkFiles', 'kwic', 'timeline', 'related', 'compare', 'conflicts']));
    // only the entry is exported: deep imports are not part of the API
    const deep = spawnSync(process.execPath, ['-e', "import('quarry/dist/load/load.js').catch((e) => { console.log(e.code); })"], { cwd: dir, encoding: 'utf8' });
    expect(deep.stdout.trim()).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  it('TypeScript finds the types through exports', { timeout: 120_000 }, () => {
    const dir = project();
    writeFileSync(
      join(dir, 'use.ts'),
      `import { openCorpus, search, type Hit, type QuarryRecord } from 'quarry';
const corpus = await openCorpus('corpus');
const hits: Hit[] = await search(corpus, 'listing', { speaker: 'He Yi', limit: 3 });
const first: QuarryRecord | undefined = hits[0]?.record;
export const line: number | undefined = first?.line;
// @ts-expect-error: a record type that does not exist
await search(corpus, 'x', { type: 'essay' });
`,
    );
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['use.ts'] }));
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
