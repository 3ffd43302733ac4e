/**
 * `quarry conflicts`: candidate contradictions between sources, most
 * confident first (src/analysis/conflicts.ts). Found over the whole corpus;
 * the record filters keep the conflicts with at least one side selected
 * ("what do other sources contradict in this document?").
 */
import type { Command } from 'commander';
import type { Io } from '../context.js';
import { DEFAULT_CONFLICTS_LIMIT } from '../defaults.js';
import {type AnalysisOptions } from './analysis-common.js';
import { writeOutput } from '../shared.js';
import { selectRecords } from './filtering.js';

/** `quarry conflicts`, run: the action registered in ../registry.ts. */
export async function action(io: Io, opts: AnalysisOptions, command: Command): Promise<number> {
  const sel = await selectRecords(opts, command, io, DEFAULT_CONFLICTS_LIMIT);
  const { conflicts } = await import('../../analysis/conflicts.js');
  let list = conflicts(await sel.store.all(), { registry: sel.corpus.registry }).filter((c) => sel.selected(c.a.record) || sel.selected(c.b.record));
  if (sel.limit !== undefined) list = list.slice(0, sel.limit);
  const data = await import('../../render/analysis-data.js');
  return writeOutput(io, opts.format, {
    count: list.length,
    values: () => list.map((c, i) => data.conflictJson(c, i + 1)),
    csv: () => ({ header: data.conflictCsvHeader, rows: list.map((c, i) => data.conflictCsvRow(c, i + 1)) }),
    table: async () => (await import('../../render/analysis.js')).renderConflicts(list, await sel.env()),
    none: `no conflicting figures found${sel.records.length === sel.total ? '' : ' for the selected records'}`,
  });
}
