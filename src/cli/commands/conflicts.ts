/**
 * `quarry conflicts`: candidate contradictions between sources, most
 * confident first (src/analysis/conflicts.ts). Found over the whole corpus;
 * the record filters keep the conflicts with at least one side selected
 * ("what do other sources contradict in this document?").
 */
import type { Command } from 'commander';
import type { Io } from '../context.js';
import type { Run } from '../shared.js';
import { addAnalysisOptions, select, writeOutput, type AnalysisOptions } from './analysis-common.js';

export const DEFAULT_CONFLICTS_LIMIT = 10;

export function registerConflicts(program: Command, io: Io, run: Run): void {
  const cmd = program
    .command('conflicts')
    .description('candidate contradictions: records of different sources whose figures about one subject disagree');
  addAnalysisOptions(cmd, DEFAULT_CONFLICTS_LIMIT);
  cmd.addHelpText(
    'after',
    `
A conflict is two records of DIFFERENT documents, each with a figure of the
same kind (a date, duration, amount, count, percent or rank), where the
figures cannot both be true ("2017" never contradicts "July 2017"; "within
180 days" never contradicts "3 months") and the words around them say they
are about the same thing. Confidence (0 to 1) is how alike the two subjects
are times how clearly the values differ; below 0.10 nothing is listed, so
the top of the list can be trusted more than its length. "why" names the
values and the shared words. Counts, amounts, percents and ranks change over
time, so they are compared only when both records speak of the same year.

The filters keep conflicts with at least one side selected: --doc X lists
what other sources contradict in X.

Examples:
  $ quarry conflicts
  $ quarry conflicts --limit 3
  $ quarry conflicts --doc life-at-binance
  $ quarry conflicts --format json | jq -r '.[] | "\\(.confidence)\\t\\(.kind)\\t\\(.values | join(" vs "))"'

JSON: one object per conflict: { rank, confidence, kind, subject, values, why,
a, b }, where a and b are { id, doc, speaker, year, line, field, sentence,
figure } (field: "text" or "question", where the figure's offsets point).

Exit status: 0 conflicts printed, 1 none found, 2 usage error.`,
  );
  cmd.action(async (opts: AnalysisOptions, command: Command) =>
    run(async () => {
      const sel = await select(opts, command, io, DEFAULT_CONFLICTS_LIMIT);
      const { conflicts } = await import('../../analysis/conflicts.js');
      let list = conflicts(sel.corpus.records, { registry: sel.corpus.registry }).filter((c) => sel.selected(c.a.record) || sel.selected(c.b.record));
      if (sel.limit !== undefined) list = list.slice(0, sel.limit);
      const data = await import('../../render/analysis-data.js');
      return writeOutput(io, opts.format, {
        count: list.length,
        values: () => list.map((c, i) => data.conflictJson(c, i + 1)),
        csv: () => ({ header: data.conflictCsvHeader, rows: list.map((c, i) => data.conflictCsvRow(c, i + 1)) }),
        table: async () => (await import('../../render/analysis.js')).renderConflicts(list, await sel.env()),
        none: `no conflicting figures found${sel.records.length === sel.corpus.records.length ? '' : ' for the selected records'}`,
      });
    }),
  );
}
