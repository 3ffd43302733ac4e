import type { Command } from 'commander';
import type { QuarryRecord } from '../../model/record.js';
import type { RenderEnv } from '../../render/check.js';
import { RECORD_CSV_HEADER, recordCsvRow } from '../../render/csv.js';
import type { Output } from '../../render/formats/index.js';
import { recordJson } from '../../render/json.js';
import { renderEnv, type Io } from '../context.js';
import { writeOutput } from '../shared.js';
import { selectRecords, type FilterOptionValues } from './filtering.js';

interface ListOptions extends FilterOptionValues {
  format: string;
}

/** `quarry list`, run: the action registered in ../registry.ts. */
export async function action(io: Io, opts: ListOptions, command: Command): Promise<number> {
  const sel = await selectRecords(opts, command, io);
  const { g, dir } = sel;
  let records = sel.records;
  if (sel.limit !== undefined) records = records.slice(0, sel.limit);
  return writeOutput(io, opts.format, recordsOutput(records, async () => renderEnv(g, io, dir)));
}

/** Records as an Output; only a table loads the table code. */
export function recordsOutput(records: readonly QuarryRecord[], env: () => Promise<RenderEnv>): Output {
  return {
    count: records.length,
    none: 'no records match',
    values: () => records.map(recordJson),
    *each() {
      for (const r of records) yield recordJson(r);
    },
    csv: () => ({
      header: RECORD_CSV_HEADER,
      rows: (function* () {
        for (const r of records) yield recordCsvRow(r);
      })(),
    }),
    table: async () => (await import('../../render/records.js')).renderRecordsTable([...records], await env()),
  };
}
