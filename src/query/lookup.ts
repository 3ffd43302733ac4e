/**
 * Finding one record by what a person types for its id: exactly, in any
 * case, or by the part after the document ("qa-0c1d2e3f", or the hash alone)
 * when only one record has it. The caller words the answer: this returns
 * what was found, and close ids for a miss.
 */
import { splitRecordId, type QuarryRecord } from '../model/record.js';
import { closeMatches } from './distance.js';

export type RecordLookup =
  | { kind: 'found'; record: QuarryRecord }
  /** the short form names several records */
  | { kind: 'ambiguous'; records: QuarryRecord[] }
  /** nothing has that id; `close` are ids a typo away */
  | { kind: 'missing'; close: string[] };

/** A record id without its document: "qa-0c1d2e3f" (document ids may hold slashes, record ids' own part never does). */
function localId(r: QuarryRecord): string {
  return splitRecordId(r.id).local.toLowerCase();
}

export function lookupRecord(records: readonly QuarryRecord[], input: string): RecordLookup {
  const id = input.trim();
  const exact = records.find((r) => r.id === id) ?? records.find((r) => r.id.toLowerCase() === id.toLowerCase());
  if (exact) return { kind: 'found', record: exact };
  const lower = id.toLowerCase();
  if (id && !id.includes('/')) {
    const found = records.filter((r) => localId(r) === lower || localId(r).replace(/^[a-z]+-/, '') === lower);
    if (found.length === 1) return { kind: 'found', record: found[0]! };
    if (found.length > 1) return { kind: 'ambiguous', records: found };
  }
  const close = closeMatches(
    lower,
    records.flatMap((r) => [
      { key: r.id.toLowerCase(), label: r.id },
      { key: localId(r), label: r.id },
    ]),
  );
  return { kind: 'missing', close };
}
