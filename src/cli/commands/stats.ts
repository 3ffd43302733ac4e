import type { Command } from 'commander';
import { renderEnv, type GlobalOptions, type Io } from '../context.js';
import { collect, formatOption, openCorpus, warnLoadErrors, type Run } from '../shared.js';
import { addFilterOptions, asUsage, parseStaticFilters, resolveCorpusFilters, type FilterOptionValues } from './filtering.js';

interface StatsOptions extends FilterOptionValues {
  by?: string[];
  format: string;
}

export function registerStats(program: Command, io: Io, run: Run): void {
  const cmd = program
    .command('stats')
    .description('count the records the filters select, by type, speaker, year, document, topic or mentioned year');
  cmd.option('-b, --by <facets>', 'type, speaker, year, doc, topic, mentions; a comma list crosses them (default: type)', collect);
  addFilterOptions(cmd);
  cmd
    .addOption(formatOption(['table', 'json', 'ndjson', 'csv']))
    .addHelpText(
      'after',
      `
Two facets give a cross table (the first down, the second across); three or
more give nested counts. A record with several topics or mentioned years is
counted under each.

Examples:
  $ quarry stats                                  # records by type
  $ quarry stats --by speaker --type quote
  $ quarry stats --by type,year
  $ quarry stats --by doc,type --speaker "He Yi"
  $ quarry stats --by topic --format csv > topics.csv
  $ quarry stats --by year --format json | jq '.counts[] | select(.year != null)'

Exit status: 0 printed, 1 the filters selected no record (still valid output), 2 usage error.`,
    )
    .action(async (opts: StatsOptions, command: Command) =>
      run(async () => {
        const g = command.optsWithGlobals<GlobalOptions>();
        const { parseFacets, countFacets } = await import('../../query/stats.js');
        const by = asUsage(() => parseFacets('--by', opts.by ?? []));
        const base = await parseStaticFilters(opts);
        const { dir, corpus } = await openCorpus(g, io);
        warnLoadErrors(corpus, io);
        const filters = await resolveCorpusFilters(opts, base.filters, corpus);
        const { matchesFilters } = await import('../../query/filters.js');
        const records = corpus.records.filter((r) => matchesFilters(r, filters));
        const counts = countFacets(records, by, { docOrder: corpus.documents.map((d) => d.id) });
        if (opts.format === 'json' || opts.format === 'ndjson') {
          const s = await import('../../render/stats-data.js');
          const j = await import('../../render/json.js');
          io.stdout.write(opts.format === 'json' ? j.toJsonValue(s.statsJson(counts)) : j.toNdjson(s.statsRowsJson(counts)));
        } else if (opts.format === 'csv') {
          const s = await import('../../render/stats-data.js');
          const { toCsv } = await import('../../render/csv.js');
          io.stdout.write(toCsv(s.statsCsvHeader(counts), s.statsCsvRows(counts)));
        } else if (records.length) {
          const { renderStatsTable } = await import('../../render/stats.js');
          io.stdout.write(renderStatsTable(counts, await renderEnv(g, io, dir)));
        } else {
          io.stderr.write('quarry: no records match\n');
        }
        return records.length ? 0 : 1;
      }),
    );
}
