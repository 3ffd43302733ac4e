/**
 * Records for people (a table) and for scripts (JSON: one array; NDJSON: one
 * record per line). The JSON shape is exactly the QuarryRecord of
 * docs/records.md: fields in a fixed order, nothing added, nothing dropped.
 */
import type { QuarryRecord } from '../model/record.js';
import type { RenderEnv } from './check.js';
import { truncate } from './safe.js';
import { renderSpannedTable } from './table.js';

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

export interface RecordRow {
  record: QuarryRecord;
  /** what to show under the row: the record text, or a search snippet with highlights already painted */
  body?: string;
  /** extra cell shown after the source (a search score) */
  extra?: string;
}

/**
 * Each record takes two table rows: a header row (id, type, speaker, year,
 * source file:line) and the text across the full width beneath it, so the
 * words get the terminal's width instead of a squeezed last column.
 */
export function renderRecordsTable(rows: RecordRow[] | QuarryRecord[], env: RenderEnv, extraHead?: string): string {
  const items: RecordRow[] = rows.map((r) => ('record' in r ? r : { record: r }));
  const head = ['id', 'type', 'speaker', 'year', 'source', ...(extraHead ? [extraHead] : [])];
  const cells = items.map(({ record: r, extra }) => [
    r.id,
    r.type,
    r.speaker ?? '-',
    r.year ? String(r.year) : '-',
    `${r.doc}:${r.line}`,
    ...(extraHead ? [extra ?? ''] : []),
  ]);
  const bodies = items.map(({ record: r, body }) => body ?? truncate((r.type === 'qa' && r.question ? `Q: ${r.question}\nA: ` : '') + r.text, 400));
  return renderSpannedTable(head, cells, bodies, env) + '\n';
}
