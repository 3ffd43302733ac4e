import type { Command } from 'commander';
import { renderEnv, UsageError, type GlobalOptions, type Io } from '../context.js';
import { writeOutput } from '../shared.js';
import { asUsage, selectRecords, type FilterOptionValues } from './filtering.js';

interface StatsOptions extends FilterOptionValues {
  by?: string[];
  format: string;
}

/** `quarry stats`, run: the action registered in ../registry.ts. */
export async function action(io: Io, opts: StatsOptions, command: Command): Promise<number> {
  const g = command.optsWithGlobals<GlobalOptions>();
  const { parseFacets, countFacets } = await import('../../query/stats.js');
  // `--by ''` (an unset variable) is a mistake, as an empty --type is: never a quiet default
  if (opts.by && opts.by.length === 0) throw new UsageError('--by: needs a value');
  const by = asUsage(() => parseFacets('--by', opts.by ?? []));
  const { dir, corpus, records } = await selectRecords(opts, command, io);
  const counts = countFacets(records, by, { docOrder: corpus.documents.map((d) => d.id) });
  const data = await import('../../render/stats-data.js');
  return writeOutput(io, opts.format, {
    count: records.length,
    none: 'no records match',
    values: () => data.statsRowsJson(counts),
    jsonValue: () => data.statsJson(counts),
    csv: () => ({ header: data.statsCsvHeader(counts), rows: data.statsCsvRows(counts) }),
    table: async () => (await import('../../render/stats.js')).renderStatsTable(counts, await renderEnv(g, io, dir)),
  });
}
