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
