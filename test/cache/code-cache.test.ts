/**
 * bin/quarry.js keeps V8's code cache of the bundled CLI in the cache folder:
 * written once (after a warm run: one that parsed documents would fill it
 * with the parsers' code, which every later run would deserialize) and then
 * read, not rewritten, named by the bundle's hash and the V8 flags,
 * checksummed, never with --no-cache, and a damaged one costs nothing but
 * its rewrite.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../helpers.js';
import { smallCorpus, tempDir } from './helpers.js';

const codeCaches = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('code-') && n.endsWith('.v8cache'));
const stageCaches = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('parse-') && n.endsWith('.v8cache'));

// The code cache is the CLI's, whatever the corpus: the small one (six documents) makes a cold run
// (and a --no-cache one) cost a fraction of the shipped corpus's seconds of parsing.
let corpus: string | undefined;
const docs = () => ['--corpus', (corpus ??= smallCorpus()), 'docs', '--format', 'json'];

/**
 * The cache folder a cold `docs` run leaves (the corpus cache and the parse stage's code cache,
 * no CLI code cache yet), made once: three tests start from that state, and each cold run is a
 * process that parses the corpus. Each test gets a copy, timestamps kept, since each writes to it.
 */
let cold: { cache: string; stdout: string } | undefined;
function afterColdRun(): string {
  if (!cold) {
    const cache = tempDir('quarry-code-cache-');
    const r = runCliProcess(docs(), { env: { QUARRY_CACHE_DIR: cache } });
    expect(r.code, r.stderr).toBe(0);
    cold = { cache, stdout: r.stdout };
  }
  const copy = tempDir('quarry-code-cache-');
  cpSync(cold.cache, copy, { recursive: true, preserveTimestamps: true });
  return copy;
}

describe('code cache', () => {
  it('is written by a warm run, not by one that parsed documents, and a damaged one is replaced without a word', () => {
    const cache = afterColdRun();
    expect(codeCaches(cache)).toEqual([]);
    const first = runCliProcess(docs(), { env: { QUARRY_CACHE_DIR: cache } });
    expect(first).toMatchObject({ code: 0, stdout: cold!.stdout });
    const [name] = codeCaches(cache);
    expect(name).toMatch(/^code-[0-9a-f]{16}\.v8cache$/);
    const file = join(cache, name!);
    expect(readFileSync(file).length).toBeGreaterThan(1000);
    // a good one is used, not rewritten: V8's data differs from run to run, so a rewrite shows
    const written = readFileSync(file);
    expect(runCliProcess(docs(), { env: { QUARRY_CACHE_DIR: cache } }).code).toBe(0);
    expect(readFileSync(file).equals(written)).toBe(true);
    // same length, other bytes: V8 rejects it, the run is unchanged, and a good one is written again
    const good = readFileSync(file);
    writeFileSync(file, Buffer.alloc(good.length, 7));
    const second = runCliProcess(docs(), { env: { QUARRY_CACHE_DIR: cache } });
    expect(second).toMatchObject({ code: 0, stdout: first.stdout, stderr: '' });
    expect(readFileSync(file).equals(Buffer.alloc(good.length, 7))).toBe(false);
    expect(codeCaches(cache)).toEqual([name]);
    // damage inside data V8 would accept (it checks no checksum): once, this aborted every run
    const rewritten = readFileSync(file);
    const at = Math.floor(rewritten.length * 0.75);
    for (let i = at; i < at + 256; i++) rewritten[i] = rewritten[i]! ^ 0xff;
    writeFileSync(file, rewritten);
    const third = runCliProcess(docs(), { env: { QUARRY_CACHE_DIR: cache } });
    expect(third).toMatchObject({ code: 0, stdout: first.stdout, stderr: '' });
    expect(readFileSync(file).equals(rewritten)).toBe(false);
  });

  it('is not written by a warm run that loaded the parse stage (timeline reads figures with it), whose V8 flags the next run would reject', () => {
    const cache = afterColdRun();
    const c = corpus!;
    // warm, no CLI code cache yet: a timeline loads the stage and must leave none behind
    const timeline = runCliProcess(['--corpus', c, 'timeline', '--format', 'json'], { env: { QUARRY_CACHE_DIR: cache } });
    expect(timeline.code, timeline.stderr).toBe(0);
    expect(codeCaches(cache)).toEqual([]);
    // a warm docs run still writes it
    expect(runCliProcess(['--corpus', c, 'docs', '--format', 'json'], { env: { QUARRY_CACHE_DIR: cache } }).code).toBe(0);
    expect(codeCaches(cache)).toHaveLength(1);
  });

  it('is kept apart for other V8 flags, so runs with other flags do not rewrite each other\'s', () => {
    const cache = afterColdRun();
    expect(runCliProcess(docs(), { env: { QUARRY_CACHE_DIR: cache } }).code).toBe(0);
    expect(codeCaches(cache)).toHaveLength(1);
    const flagged = runCliProcess(docs(), { env: { QUARRY_CACHE_DIR: cache, NODE_OPTIONS: '--max-old-space-size=512' } });
    expect(flagged.code, flagged.stderr).toBe(0);
    expect(codeCaches(cache)).toHaveLength(2);
  });

  it('of the parse stage is written by a run that parsed documents, used (not rewritten) by the next one, and a damaged one is replaced', () => {
    const cache = tempDir('quarry-code-cache-');
    const corpus = smallCorpus();
    const args = ['--corpus', corpus, 'docs', '--format', 'json'];
    const cold = runCliProcess(args, { env: { QUARRY_CACHE_DIR: cache } });
    expect(cold.code, cold.stderr).toBe(0);
    const [name] = stageCaches(cache);
    expect(name).toMatch(/^parse-[0-9a-f]{16}\.v8cache$/);
    const file = join(cache, name!);
    const written = readFileSync(file);
    expect(written.length).toBeGreaterThan(1000);
    // a warm run does not load the stage; a run that parses again uses its cache as it is (V8 would
    // reject one written under other flags: src/load/load.ts sets one, bin/quarry.js sets it first)
    expect(runCliProcess(args, { env: { QUARRY_CACHE_DIR: cache } }).stdout).toBe(cold.stdout);
    const doc = join(corpus, readdirSync(corpus).find((n) => n.endsWith('.md') || n.endsWith('.txt'))!);
    writeFileSync(doc, `${readFileSync(doc, 'utf8')}\nOne more sentence for the code cache.\n`);
    const changed = runCliProcess(args, { env: { QUARRY_CACHE_DIR: cache } });
    expect(changed.code, changed.stderr).toBe(0);
    expect(readFileSync(file).equals(written)).toBe(true);
    // damaged: not handed to V8, the run is unchanged, and a good one is written again
    writeFileSync(file, Buffer.alloc(written.length, 7));
    writeFileSync(doc, `${readFileSync(doc, 'utf8')}\nAnd another.\n`);
    const again = runCliProcess(args, { env: { QUARRY_CACHE_DIR: cache } });
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(file).equals(Buffer.alloc(written.length, 7))).toBe(false);
    expect(stageCaches(cache)).toEqual([name]);
  });

  it('of the parse stage, written by a cold build that parsed in parallel, is used by the next update, not rewritten', () => {
    // A parallel load sets --heap-growing-percent (src/load/parallel.ts) and V8 stamps a code
    // cache with the flags of the moment: the cold build's cache was rejected by the update after
    // it and compiled again (≈ 100 ms of one changed document at 100×). Eight documents and 1 MB
    // make a load parallel (on a machine with two cores or more); plain long paragraphs parse fast.
    const cache = tempDir('quarry-code-cache-');
    const dir = tempDir('quarry-code-cache-parallel-');
    const paragraph = (d: number, i: number) =>
      `${Array.from({ length: 40 }, (_, k) => `Sentence ${k} of paragraph ${i} in document ${d} is plain`).join(' ')}.\n\n`;
    for (let d = 0; d < 8; d++) {
      let text = '';
      for (let i = 0; text.length < 132_000; i++) text += paragraph(d, i);
      writeFileSync(join(dir, `doc-${d}.txt`), text);
    }
    const args = ['--corpus', dir, 'docs', '--format', 'json'];
    const cold = runCliProcess(args, { env: { QUARRY_CACHE_DIR: cache } });
    expect(cold.code, cold.stderr).toBe(0);
    const [name] = stageCaches(cache);
    const written = readFileSync(join(cache, name!));
    writeFileSync(join(dir, 'doc-3.txt'), `${readFileSync(join(dir, 'doc-3.txt'), 'utf8')}One more sentence.\n`);
    const update = runCliProcess(args, { env: { QUARRY_CACHE_DIR: cache } });
    expect(update.code, update.stderr).toBe(0);
    expect(stageCaches(cache)).toEqual([name]);
    expect(readFileSync(join(cache, name!)).equals(written)).toBe(true);
  });

  it('is not written with --no-cache', () => {
    const cache = tempDir('quarry-code-cache-');
    const r = runCliProcess(['--no-cache', ...docs()], { env: { QUARRY_CACHE_DIR: cache } });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(cache)).toEqual([]);
  });
});
