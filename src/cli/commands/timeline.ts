/**
 * `quarry timeline [--from YEAR] [--to YEAR]`: dated events in date order,
 * which sources agree and which date the same event differently
 * (src/analysis/timeline.ts). Agreement and conflict are judged over the
 * whole corpus; the record filters choose which events are shown.
 */
import type { Command } from 'commander';
import { UsageError, type Io } from '../context.js';
import type { Run } from '../shared.js';
import { addAnalysisOptions, select, writeOutput, yearOption, type AnalysisOptions } from './analysis-common.js';

interface TimelineCliOptions extends AnalysisOptions {
  from?: string;
  to?: string;
}

export function registerTimeline(program: Command, io: Io, run: Run): void {
  const cmd = program
    .command('timeline')
    .description('dated events in date order: what happened, who says so, which sources agree or disagree')
    .option('--from <year>', 'first year of events to show')
    .option('--to <year>', 'last year of events to show');
  addAnalysisOptions(cmd);
  cmd.addHelpText(
    'after',
    `
An event is a sentence, a table row or a clause that dates what it states:
"Launched in July 2017, Binance …", "September 1, 2017 — Binance Exchange
officially launched", "In 2013, Bitcoin broke $1,000". The date is shown at
the precision the text gives (2017, 2017-07, 2017-07-14). "agrees" lists the
other documents that date the same event compatibly; "≠" marks an event
another document dates differently, with that document's dates. Dates with
no year ("on July 14") cannot be placed in time and are left out.

--from/--to select events by their date; --year selects by when the record
was said or published. Agreement and conflicts are always judged against the
whole corpus: the filters choose which events are shown.

Examples:
  $ quarry timeline --from 2017 --to 2018
  $ quarry timeline --doc binance-rise-cz-he-yi
  $ quarry timeline --speaker "He Yi" --format csv > he-yi-timeline.csv
  $ quarry timeline --format json | jq -r '.[] | select(.conflict) | "\\(.date)\\t\\(.conflictWith | join(","))\\t\\(.what)"'

JSON: one object per event: { date, precision, what, id, doc, speaker, year,
line, sources, conflict, conflictWith } (sources: documents that agree, this
event's own first; conflictWith: the dates other documents give, ascending).

Exit status: 0 events printed, 1 none in range, 2 usage error.`,
  );
  cmd.action(async (opts: TimelineCliOptions, command: Command) =>
    run(async () => {
      const from = yearOption('--from', opts.from);
      const to = yearOption('--to', opts.to);
      if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
      const sel = await select(opts, command, io);
      const { timeline } = await import('../../analysis/timeline.js');
      let events = timeline(sel.corpus.records, { from, to, registry: sel.corpus.registry }).filter((e) => sel.selected(e.record));
      if (sel.limit !== undefined) events = events.slice(0, sel.limit);
      const data = await import('../../render/analysis-data.js');
      const range = from !== undefined || to !== undefined ? ` from ${from ?? 'the start'} to ${to ?? 'the end'}` : '';
      return writeOutput(io, opts.format, {
        count: events.length,
        values: () => events.map(data.timelineJson),
        csv: () => ({ header: data.timelineCsvHeader, rows: events.map(data.timelineCsvRow) }),
        table: async () => (await import('../../render/analysis.js')).renderTimeline(events, await sel.env()),
        none: `no dated events${range}${sel.records.length === sel.corpus.records.length ? '' : ' in the selected records'}`,
      });
    }),
  );
}
