import type { Command } from 'commander';
import type { QuarryRecord } from '../../model/record.js';
import { renderEnv, type Io } from '../context.js';
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
  await writeRecords(records, opts.format, io, async () => renderEnv(g, io, dir));
  return records.length ? 0 : 1;
}

/** Records in the chosen format; table only loads the table code. */
export async function writeRecords(
  records: readonly QuarryRecord[],
  format: string,
  io: Io,
  env: () => Promise<import('../../render/check.js').RenderEnv>,
): Promise<void> {
  if (format === 'json' || format === 'ndjson') {
    const j = await import('../../render/json.js');
    const values = records.map(j.recordJson);
    io.stdout.write(format === 'json' ? j.toJson(values) : j.toNdjson(values));
  } else if (format === 'csv') {
    const c = await import('../../render/csv.js');
    io.stdout.write(c.toCsv(c.RECORD_CSV_HEADER, records.map(c.recordCsvRow)));
  } else if (records.length) {
    const { renderRecordsTable } = await import('../../render/records.js');
    io.stdout.write(renderRecordsTable([...records], await env()));
  } else {
    io.stderr.write('quarry: no records match\n');
  }
}
