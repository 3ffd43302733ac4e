/**
 * Records for people (a table) and for scripts (JSON: one array; NDJSON: one
 * record per line). The JSON shape is exactly the QuarryRecord of
 * docs/records.md: fields in a fixed order, nothing added, nothing dropped.
 */
import type { QuarryRecord } from '../model/record.js';
import type { RenderEnv } from './check.js';
import { truncate } from './safe.js';
import { renderTable } from './table.js';

/** Field order of the JSON record: the documented contract. */
export const RECORD_FIELDS = [
  'id', 'type', 'text', 'speaker', 'question', 'asker', 'year', 'years', 'date', 'doc', 'section', 'topics', 'line', 'endLine', 'figures',
] as const;

export function recordJson(r: QuarryRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of RECORD_FIELDS) out[f] = r[f];
  return out;
}

export function toJson(values: unknown[]): string {
  return JSON.stringify(values, null, 2) + '\n';
}

export function toNdjson(values: unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join('\n') + (values.length ? '\n' : '');
}

export function renderRecordsTable(records: QuarryRecord[], env: RenderEnv): string {
  // The id is the source (document and record) and what `quarry show` takes; the line finds it in the file.
  const rows = records.map((r) => [
    r.id,
    r.type,
    r.speaker ?? '-',
    r.year ? String(r.year) : '-',
    String(r.line),
    truncate((r.type === 'qa' && r.question ? `Q: ${r.question} A: ` : '') + r.text, 280),
  ]);
  return (
    renderTable({
      head: ['id', 'type', 'speaker', 'year', 'line', 'text'],
      rows,
      flex: { 5: 1 },
      width: env.width,
      paint: env.paint,
      colored: env.colored,
    }) + '\n'
  );
}
