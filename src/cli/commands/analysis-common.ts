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

/** The record with this id (query/lookup.ts), or a usage error naming the command, with close ids. */
export async function findRecord(command: string, records: readonly QuarryRecord[], input: string): Promise<QuarryRecord> {
  const { lookupRecord } = await import('../../query/lookup.js');
  const found = lookupRecord(records, input);
  if (found.kind === 'found') return found.record;
  const id = escapeControls(input.trim());
  if (found.kind === 'ambiguous') throw new UsageError(`${command}: '${id}' is the id of ${found.records.length} records: ${found.records.map((r) => r.id).join(', ')}`);
  const hint = found.close.length ? ` (did you mean: ${found.close.join(', ')}?)` : ' (ids are printed by quarry list and quarry search)';
  throw new UsageError(`${command}: no record '${id}'${hint}`);
}
