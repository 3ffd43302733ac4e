/**
 * Where the cache lives, and the name of a corpus's cache file in it.
 *
 * `$QUARRY_CACHE_DIR` (relative to the working folder), else
 * `$XDG_CACHE_HOME/quarry` (the XDG spec ignores a relative value), else
 * `~/.cache/quarry`.
 */
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { sha1Text } from './sha1.js';

export function cacheRoot(env: NodeJS.ProcessEnv, cwd: string): string {
  const own = env.QUARRY_CACHE_DIR;
  if (own) return resolve(cwd, own);
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'quarry');
  // node:os only without HOME: every warm run finds its cache here
  return join(env.HOME || (createRequire(import.meta.url)('node:os') as typeof import('node:os')).homedir(), '.cache', 'quarry');
}

export const CACHE_EXTENSION = '.qcache';

/** One file per corpus folder, named by a hash of the folder's path as given (messages quote it). */
export function cacheFileName(corpusDir: string): string {
  return sha1Text(corpusDir).slice(0, 24) + CACHE_EXTENSION;
}
