/** `quarry speakers` as data (JSON, NDJSON, CSV): no table code, no chalk. Fields: see speakers.ts. */
import type { SpeakerSummary } from '../query/stats.js';
import { CSV_LIST_SEPARATOR, type CsvCell } from './csv.js';

export function speakerJson(s: SpeakerSummary): Record<string, unknown> {
  return { name: s.name, registered: s.registered, aliases: s.aliases, counts: { ...s.counts }, asked: s.asked, total: s.total, docs: s.docs };
}

export const speakerCsvHeader: readonly string[] = ['name', 'registered', 'aliases', 'qa', 'quote', 'claim', 'asked', 'total', 'docs'];

export function speakerCsvRow(s: SpeakerSummary): CsvCell[] {
  return [
    s.name, s.registered, s.aliases.join(CSV_LIST_SEPARATOR), s.counts.qa, s.counts.quote, s.counts.claim, s.asked, s.total, s.docs.join(CSV_LIST_SEPARATOR),
  ];
}

