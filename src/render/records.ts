/**
 * Records for people: a table. The machine formats live in json.ts and
 * csv.ts (re-exported here for older imports), so that they load no table code.
 */
import type { QuarryRecord } from '../model/record.js';
import type { RenderEnv } from './check.js';
import { truncate } from './safe.js';
import { Painted, renderSpannedTable, type Cell } from './table.js';

export { RECORD_FIELDS, recordJson, toJson, toNdjson } from './json.js';

export interface RecordRow {
  record: QuarryRecord;
  /** what to show under the row instead of the record text: a search snippet, escaped and then painted */
  body?: Painted;
  /** extra cell shown before the source (a search score) */
  extra?: string;
}

/**
 * Each record takes two table rows: a header row (id, type, speaker, year,
 * the extra column if any, source doc:line) and the text across the full width beneath it, so the
 * words get the terminal's width instead of a squeezed last column.
 */
export function renderRecordsTable(rows: RecordRow[] | QuarryRecord[], env: RenderEnv, extraHead?: string): string {
  const items: RecordRow[] = rows.map((r) => ('record' in r ? r : { record: r }));
  const head = ['id', 'type', 'speaker', 'year', ...(extraHead ? [extraHead] : []), 'source'];
  const cells = items.map(({ record: r, extra }) => [
    r.id,
    r.type,
    r.speaker ?? '-',
    r.year ? String(r.year) : '-',
    ...(extraHead ? [extra ?? ''] : []),
    `${r.doc}:${r.line}`,
  ]);
  // The default body is corpus text (escaped by the table); a given one is already safe and painted.
  const bodies: Cell[] = items.map(({ record: r, body }) => body ?? truncate((r.type === 'qa' && r.question ? `Q: ${r.question}\nA: ` : '') + r.text, 400));
  return renderSpannedTable(head, cells, bodies, env, { cutLastFromStart: true }) + '\n';
}
