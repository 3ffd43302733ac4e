import type { Command } from 'commander';
import type { QuarryRecord } from '../../model/record.js';
import { renderEnv, type GlobalOptions, type Io } from '../context.js';
import { formatOption, openCorpus, warnLoadErrors, type Run } from '../shared.js';
import { addFilterOptions, addLimitOption, parseStaticFilters, resolveCorpusFilters, type FilterOptionValues } from './filtering.js';

interface ListOptions extends FilterOptionValues {
  format: string;
}

export function registerList(program: Command, io: Io, run: Run): void {
  const cmd = program.command('list').description('print the records the filters select, in document order');
  addFilterOptions(cmd);
  addLimitOption(cmd);
  cmd
    .addOption(formatOption(['table', 'json', 'ndjson', 'csv']))
    .addHelpText(
      'after',
      `
Examples:
  $ quarry list --type quote
  $ quarry list --doc btcpeers-he-yi-2021 --type qa
  $ quarry list --speaker "yi he" --year 2021 --limit 5
  $ quarry list --mentions 2017..2019 --type claim
  $ quarry list --topic airdrops --format csv > airdrops.csv
  $ quarry list --format ndjson | jq -r 'select(.figures | length > 0) | .id'
  $ quarry list --format json | jq '[.[] | select(.years | index(2017))] | length'

Exit status: 0 records printed, 1 none matched (still valid output: [] for json, a header for csv), 2 usage error.`,
    )
    .action(async (opts: ListOptions, command: Command) =>
      run(async () => {
        const g = command.optsWithGlobals<GlobalOptions>();
        const base = await parseStaticFilters(opts);
        const { dir, corpus } = await openCorpus(g, io);
        warnLoadErrors(corpus, io);
        const filters = await resolveCorpusFilters(opts, base.filters, corpus);
        const { matchesFilters } = await import('../../query/filters.js');
        let records = corpus.records.filter((r) => matchesFilters(r, filters));
        if (base.limit !== undefined) records = records.slice(0, base.limit);
        await writeRecords(records, opts.format, io, async () => renderEnv(g, io, dir));
        return records.length ? 0 : 1;
      }),
    );
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
