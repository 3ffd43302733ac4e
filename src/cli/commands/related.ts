/**
 * `quarry related <id>`: the records of OTHER documents most like one record
 * (src/analysis/related.ts), with the shared terms that explain each score.
 * Similarity is weighed over the whole corpus; the record filters choose
 * which related records are shown.
 */
import type { Command } from 'commander';
import type { Io } from '../context.js';
import type { Run } from '../shared.js';
import { addAnalysisOptions, findRecord, select, writeOutput, type AnalysisOptions } from './analysis-common.js';

export const DEFAULT_RELATED_LIMIT = 10;

export function registerRelated(program: Command, io: Io, run: Run): void {
  const cmd = program
    .command('related')
    .description('the records of other documents most like one record, with what they share')
    .argument('<id>', 'record id, as list and search print it (the part after "/" is enough when it is unique)');
  addAnalysisOptions(cmd, DEFAULT_RELATED_LIMIT);
  cmd.addHelpText(
    'after',
    `
Similarity is TF-IDF over the records' words, names and years (cosine, 0 to
1): words that are everywhere in the corpus ("Binance", "crypto") count for
little, so two records are related by what is particular to them. "shared"
lists the terms that contribute most. Only records of other documents are
listed: the point is what the other sources say.

Examples:
  $ quarry search launched july 2017 --limit 1        # find an id
  $ quarry related btcpeers-he-yi-2021/c-343b80d2
  $ quarry related c-343b80d2 --limit 3
  $ quarry related btcpeers-he-yi-2021/c-343b80d2 --type claim --doc life-at-binance
  $ quarry related c-343b80d2 --format json | jq -r '.[] | "\\(.score)\\t\\(.id)\\t\\(.shared | join(", "))"'

JSON: the record's documented fields, then score and shared (strongest first).

Exit status: 0 related records printed, 1 none, 2 unknown id or usage error.`,
  );
  cmd.action(async (id: string, opts: AnalysisOptions, command: Command) =>
    run(async () => {
      const sel = await select(opts, command, io, DEFAULT_RELATED_LIMIT);
      const target = await findRecord('related', sel.corpus.records, id);
      const { related } = await import('../../analysis/related.js');
      let list = related(sel.corpus.records, target.id, { registry: sel.corpus.registry, limit: sel.corpus.records.length }).filter((x) => sel.selected(x.record));
      if (sel.limit !== undefined) list = list.slice(0, sel.limit);
      const data = await import('../../render/analysis-data.js');
      return writeOutput(io, opts.format, {
        count: list.length,
        values: () => list.map(data.relatedJson),
        csv: () => ({ header: data.relatedCsvHeader, rows: list.map(data.relatedCsvRow) }),
        table: async () => (await import('../../render/analysis.js')).renderRelated(target, list, await sel.env()),
        none: `no record of another document shares terms with ${target.id}${sel.records.length === sel.corpus.records.length ? '' : ' among the selected records'}`,
      });
    }),
  );
}
