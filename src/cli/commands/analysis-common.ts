/**
 * What the analysis commands (kwic, timeline, related, compare, conflicts)
 * share: the corpus with the record filters of `search`/`list` applied,
 * whole-number options, and finding a record by id with "did you mean" on a miss.
 *
 * Filters and the corpus-wide commands: timeline, related and conflicts
 * weigh what they find against the WHOLE corpus (which sources agree, how
 * rare a shared word is, which other document disagrees), and the filters
 * choose what is shown: timeline events and related records whose record is
 * selected, conflicts with at least one side selected. kwic and compare work
 * record by record, so they simply read the selected records.
 */
import type { QuarryRecord } from '../../model/record.js';
import type { Store } from '../../store/store.js';
import { escapeControls } from '../../render/safe.js';
import { UsageError } from '../context.js';
import type { FilterOptionValues } from './filtering.js';

export interface AnalysisOptions extends FilterOptionValues {
  format: string;
}

/** A whole number in [min, max], or a usage error naming the flag. */
export function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const v = value.trim();
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${flag}: '${escapeControls(value)}' is not a whole number from ${min} to ${max}`);
  }
  return n;
}

/** A four-digit year, or a usage error naming the flag. */
export function yearOption(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (!/^\d{4}$/.test(v)) throw new UsageError(`${flag}: '${escapeControls(value)}' is not a year (accepts a four-digit year such as 2017)`);
  return Number(v);
}

/** Words joined into one query, refusing an empty or overlong one. */
export function queryText(command: string, words: readonly string[], what: string, example: string): string {
  const text = words.join(' ').trim();
  if (!text) throw new UsageError(`${command}: needs ${what} (for example: ${example})`);
  if (text.length > 1000) throw new UsageError(`${command}: ${text.length} characters is too long (accepts up to 1000)`);
  return text;
}

/** A short, escaped form of user input for a message. */
export function preview(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return escapeControls(t.length > 40 ? `${t.slice(0, 39)}…` : t);
}

/**
 * The record with this id: exactly, in any case, or by the part after the
 * document ("qa-0c1d2e3f", or the hash alone) when only one record has it.
 * Unknown → a usage error listing close ids.
 */
export async function findRecord(command: string, store: Store, input: string): Promise<QuarryRecord> {
  const id = input.trim();
  const found = await store.findRecord(id);
  if (found.kind === 'found') return found.record;
  if (found.kind === 'ambiguous') throw new UsageError(`${command}: '${escapeControls(id)}' is the id of ${found.ids.length} records: ${found.ids.join(', ')}`);
  const { closeMatches } = await import('../../query/distance.js');
  const close = closeMatches(
    id.toLowerCase(),
    found.ids.flatMap((r) => [
      { key: r.toLowerCase(), label: r },
      { key: r.slice(r.lastIndexOf('/') + 1).toLowerCase(), label: r },
    ]),
  );
  const hint = close.length ? ` (did you mean: ${close.join(', ')}?)` : ' (ids are printed by quarry list and quarry search)';
  throw new UsageError(`${command}: no record '${escapeControls(id)}'${hint}`);
}
