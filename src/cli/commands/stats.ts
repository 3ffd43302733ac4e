import type { Command } from 'commander';
import { renderEnv, type GlobalOptions, type Io } from '../context.js';
import { asUsage, selectRecords, type FilterOptionValues } from './filtering.js';

interface StatsOptions extends FilterOptionValues {
  by?: string[];
  format: string;
}

/** `quarry stats`, run: the action registered in ../registry.ts. */
export async function action(io: Io, opts: StatsOptions, command: Command): Promise<number> {
  const g = command.optsWithGlobals<GlobalOptions>();
  const { parseFacets, countFacets } = await import('../../query/stats.js');
  const by = asUsage(() => parseFacets('--by', opts.by ?? []));
  const { dir, corpus, records } = await selectRecords(opts, command, io);
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
}
