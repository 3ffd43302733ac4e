/**
 * Helpers for the cache tests: corpora and cache folders in the OS temp
 * folder, and the cache API called the way openCorpus calls it.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCachedCorpus, type CachedCorpus } from '../../src/cache/cache.js';
import type { Corpus } from '../../src/load/load.js';
import { CORPUS, FIXTURES } from '../helpers.js';

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A small corpus (the shape fixtures plus the shipped speakers.yml), files dated an hour ago so that their stamps are not "racy". */
export function smallCorpus(): string {
  const dir = tempDir('quarry-cache-corpus-');
  cpSync(join(FIXTURES, 'shapes'), dir, { recursive: true });
  cpSync(join(CORPUS, 'speakers.yml'), join(dir, 'speakers.yml'));
  ageFiles(dir);
  return dir;
}

/** A copy of the shipped corpus, files dated an hour ago. */
export function shippedCopy(): string {
  const dir = tempDir('quarry-cache-shipped-');
  cpSync(CORPUS, dir, { recursive: true });
  ageFiles(dir);
  return dir;
}

export function ageFiles(dir: string, secondsAgo = 3600): void {
  const t = Date.now() / 1000 - secondsAgo;
  for (const name of readdirSync(dir)) utimesSync(join(dir, name), t, t);
}

export interface Opened extends CachedCorpus {
  log: string[];
}

export async function open(dir: string, cacheDir: string, opts: { index?: boolean; useCache?: boolean; version?: string } = {}): Promise<Opened> {
  const log: string[] = [];
  const r = await openCachedCorpus(dir, {
    env: { QUARRY_CACHE_DIR: cacheDir, QUARRY_DEBUG: 'cache' },
    cwd: dir,
    useCache: opts.useCache ?? true,
    index: opts.index ?? false,
    version: opts.version ?? '0.0.0-test',
    log: (line) => log.push(line),
  });
  return { ...r, log };
}

/** The cache manifests in a cache folder (there is one per corpus). */
export const cacheFiles = (cacheDir: string): string[] => filesEnding(cacheDir, '.qcache');

/** The packs in a cache folder (the documents' records and index segments: the manifest names them). */
export const packFiles = (cacheDir: string): string[] => filesEnding(cacheDir, '.qpack');

function filesEnding(dir: string, extension: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith(extension))
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
}

/** Everything a command can see of a corpus, as plain data (the registry by its names and aliases). */
export function plain(c: Corpus): unknown {
  const { registry, ...rest } = c;
  return JSON.parse(
    JSON.stringify({ ...rest, registry: registry.names().map((n) => ({ name: n, aliases: registry.aliasesOf(n), forms: registry.forms() })) }),
  );
}

/** Replace one byte of a file with another, keeping its size; returns the old mtime. */
export function editSameSize(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(from);
  if (at < 0 || Buffer.byteLength(from) !== Buffer.byteLength(to)) throw new Error(`cannot edit ${path}`);
  writeFileSync(path, text.slice(0, at) + to + text.slice(at + from.length));
}

export function mtimeOf(path: string): number {
  return statSync(path).mtimeMs;
}
