/**
 * Opening a corpus: the one door the CLI and Node scripts share. Everything
 * behind it is imported when it is called, so the CLI pays for nothing it
 * does not use (a warm cache loads no parser).
 */
import { resolve } from 'node:path';
import type { CacheOutcome } from '../cache/cache.js';
import type { SearchIndex } from '../index/index.js';
import type { Corpus } from '../model/corpus.js';
import type { LoadProgress } from '../load/load.js';

export interface OpenCorpusOptions {
  /**
   * Keep the loaded corpus and its search index on disk, and answer from
   * there while no file changed. `true`: the usual place ($QUARRY_CACHE_DIR,
   * else $XDG_CACHE_HOME/quarry, else ~/.cache/quarry, read from `env`); a
   * string: that folder. Default false: read and parse every document, write
   * nothing.
   */
  cache?: boolean | string;
  /** honour .quarryignore and .gitignore (default true) */
  ignoreFiles?: boolean;
  /** also open the search index now (else `search` builds or opens it on first use) */
  index?: boolean;
  /** let a bug in quarry escape with its stack instead of becoming a document's problem (default false) */
  debug?: boolean;
  /** the environment the cache location and QUARRY_DEBUG=cache are read from (default: none) */
  env?: NodeJS.ProcessEnv;
  /** what relative paths are resolved against (default: the process's working folder) */
  cwd?: string;
  /** the quarry version written into cache files (default: this package's) */
  version?: string;
  /** where cache debug lines go (with env QUARRY_DEBUG=cache) */
  log?: (line: string) => void;
  /** called after each document a load parses (none when the cache answers) */
  onProgress?: (progress: LoadProgress) => void;
}

export interface OpenedCorpus {
  corpus: Corpus;
  /** present when asked for with `index: true` */
  index?: SearchIndex;
  /** hit: read from the cache; update: the changed documents read again, the rest from the cache; miss: loaded (and cached); off: no cache */
  cache: CacheOutcome;
}

/** Indexes opened with a corpus, for `search` to use instead of building one. */
export const openedIndexes = new WeakMap<Corpus, SearchIndex>();

/**
 * The corpus in `dir` with everything `open` says. Throws CorpusFolderError
 * when the folder cannot be read; a bad document is a problem in
 * `corpus.problems`, never an exception.
 */
export async function openCorpusWith(dir: string, opts: OpenCorpusOptions = {}): Promise<OpenedCorpus> {
  const cwd = opts.cwd ?? process.cwd();
  const abs = resolve(cwd, dir);
  const env: NodeJS.ProcessEnv = { ...(opts.env ?? {}) };
  if (typeof opts.cache === 'string') env.QUARRY_CACHE_DIR = resolve(cwd, opts.cache);
  const { openCachedCorpus } = await import('../cache/cache.js');
  const opened = await openCachedCorpus(abs, {
    env,
    cwd,
    useCache: !!opts.cache,
    index: !!opts.index,
    version: opts.version ?? (await ownVersion()),
    ignoreFiles: opts.ignoreFiles !== false,
    debug: !!opts.debug,
    ...(opts.log ? { log: opts.log } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  if (opened.index) openedIndexes.set(opened.corpus, opened.index);
  return { corpus: opened.corpus, cache: opened.cache, ...(opened.index ? { index: opened.index } : {}) };
}

let version: string | undefined;

async function ownVersion(): Promise<string> {
  if (version !== undefined) return version;
  const { readFileSync } = await import('node:fs');
  try {
    version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    version = '0.0.0';
  }
  return version;
}
