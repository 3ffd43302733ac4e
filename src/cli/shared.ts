/**
 * Pieces every command shares: the --format option, turning core errors into
 * one-line usage errors, and the wrapper that maps a command's outcome to an
 * exit code.
 */
import { Option } from 'commander';
import { UsageError } from './context.js';

export type Run = (body: () => Promise<number>) => Promise<void>;

export function formatOption(formats: string[], fallback = 'table'): Option {
  return new Option('-f, --format <format>', `output format: ${formats.join(', ')}`).choices(formats).default(fallback);
}

/** Run a loader call, turning an unreadable corpus folder into a usage error (exit 2). */
export function loadOrFail<T>(load: () => T): T {
  try {
    return load();
  } catch (err) {
    if (err instanceof Error && err.name === 'CorpusFolderError') throw new UsageError(err.message);
    throw err;
  }
}

/** Comma lists and repeated flags alike: --type qa,quote --type claim. */
export function collect(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}

import type { Corpus } from '../load/load.js';
import { corpusDir, type GlobalOptions, type Io } from './context.js';

/**
 * The one way a command gets its corpus: the folder from --corpus /
 * QUARRY_CORPUS / the shipped corpus, loaded (lazily imported so that --help
 * never pays for the loader). Every command goes through here, so a cache can
 * be put behind it in one place.
 */
export async function openCorpus(g: GlobalOptions, io: Io): Promise<{ dir: string; corpus: Corpus }> {
  const dir = corpusDir(g, io);
  const { loadCorpus } = await import('../load/load.js');
  return { dir, corpus: loadOrFail(() => loadCorpus(dir)) };
}

/**
 * Commands that print records say on stderr when a document failed to load,
 * so a broken file never silently shrinks a result (`quarry check` has the details).
 */
export function warnLoadErrors(corpus: Corpus, io: Io): void {
  const failed = corpus.documents.filter((d) => !d.ok).map((d) => d.file);
  const folderErrors = corpus.problems.filter((p) => p.severity === 'error' && !corpus.documents.some((d) => d.file === p.file));
  const files = [...new Set([...failed, ...folderErrors.map((p) => p.file)])];
  if (files.length) io.stderr.write(`quarry: ${files.length} document${files.length === 1 ? '' : 's'} could not be loaded (${files.join(', ')}); run 'quarry check' for details\n`);
}
