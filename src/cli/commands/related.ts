/**
 * `quarry related <id>`: the records of OTHER documents most like one record
 * (src/analysis/related.ts), with the shared terms that explain each score.
 * Similarity is weighed over the whole corpus; the record filters choose
 * which related records are shown.
 */
import type { Command } from 'commander';
import type { Io } from '../context.js';
import { DEFAULT_RELATED_LIMIT } from '../defaults.js';
import {findRecord, type AnalysisOptions } from './analysis-common.js';
import { writeOutput } from '../shared.js';
import { selectRecords } from './filtering.js';

/** `quarry related`, run: the action registered in ../registry.ts. */
export async function action(io: Io, id: string, opts: AnalysisOptions, command: Command): Promise<number> {
  const sel = await selectRecords(opts, command, io, DEFAULT_RELATED_LIMIT);
  const target = await findRecord('related', sel.store, id);
  const all = await sel.store.all();
  const { related } = await import('../../analysis/related.js');
  let list = related(all, target.id, { registry: sel.corpus.registry, limit: all.length }).filter((x) => sel.selected(x.record));
  if (sel.limit !== undefined) list = list.slice(0, sel.limit);
  const data = await import('../../render/analysis-data.js');
  return writeOutput(io, opts.format, {
    count: list.length,
    values: () => list.map(data.relatedJson),
    csv: () => ({ header: data.relatedCsvHeader, rows: list.map(data.relatedCsvRow) }),
    table: async () => (await import('../../render/analysis.js')).renderRelated(target, list, await sel.env()),
    none: `no record of another document shares terms with ${target.id}${sel.records.length === sel.total ? '' : ' among the selected records'}`,
  });
}
