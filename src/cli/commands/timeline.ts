/**
 * `quarry timeline [--from YEAR] [--to YEAR]`: dated events in date order,
 * which sources agree and which date the same event differently
 * (src/analysis/timeline.ts). Agreement and conflict are judged over the
 * whole corpus; the record filters choose which events are shown.
 */
import type { Command } from 'commander';
import { UsageError, type Io } from '../context.js';
import {yearOption, type AnalysisOptions } from './analysis-common.js';
import { writeOutput } from '../shared.js';
import { selectRecords } from './filtering.js';

interface TimelineCliOptions extends AnalysisOptions {
  from?: string;
  to?: string;
}

/** `quarry timeline`, run: the action registered in ../registry.ts. */
export async function action(io: Io, opts: TimelineCliOptions, command: Command): Promise<number> {
  const from = yearOption('--from', opts.from);
  const to = yearOption('--to', opts.to);
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const sel = await selectRecords(opts, command, io);
  const { timeline } = await import('../../analysis/timeline.js');
  let events = timeline(await sel.store.all(), { from, to, registry: sel.corpus.registry }).filter((e) => sel.selected(e.record));
  if (sel.limit !== undefined) events = events.slice(0, sel.limit);
  const data = await import('../../render/analysis-data.js');
  const range = from !== undefined || to !== undefined ? ` from ${from ?? 'the start'} to ${to ?? 'the end'}` : '';
  return writeOutput(io, opts.format, {
    count: events.length,
    values: () => events.map(data.timelineJson),
    csv: () => ({ header: data.timelineCsvHeader, rows: events.map(data.timelineCsvRow) }),
    table: async () => (await import('../../render/analysis.js')).renderTimeline(events, await sel.env()),
    none: `no dated events${range}${sel.records.length === sel.total ? '' : ' in the selected records'}`,
  });
}
