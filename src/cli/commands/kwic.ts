/**
 * `quarry kwic <term|"phrase">`: a keyword-in-context concordance of the
 * selected records (src/analysis/kwic.ts), one line per occurrence, aligned
 * on the match.
 */
import type { Command } from 'commander';
import { UsageError, type Io } from '../context.js';
import { DEFAULT_KWIC_WIDTH } from '../defaults.js';
import {preview, queryText, wholeNumber, type AnalysisOptions } from './analysis-common.js';
import { writeOutput } from '../shared.js';
import { selectRecords } from './filtering.js';

interface KwicCliOptions extends AnalysisOptions {
  width?: string;
  sort: 'doc' | 'left' | 'right';
  exact?: boolean;
}

const MAX_KWIC_WIDTH = 500;

/** `quarry kwic`, run: the action registered in ../registry.ts. */
export async function action(io: Io, words: string[], opts: KwicCliOptions, command: Command): Promise<number> {
  const term = queryText('kwic', words, 'a word or phrase to find', 'quarry kwic launched');
  const width = opts.width === undefined ? DEFAULT_KWIC_WIDTH : wholeNumber('--width', opts.width, 0, MAX_KWIC_WIDTH);
  const { kwic, termPattern } = await import('../../analysis/kwic.js');
  if (!termPattern(term)) throw new UsageError(`kwic: '${preview(term)}' has no letters or digits to find`);
  const sel = await selectRecords(opts, command, io);
  let lines = kwic(sel.records, term, { width, sort: opts.sort, inflect: !opts.exact });
  if (sel.limit !== undefined) lines = lines.slice(0, sel.limit);
  const data = await import('../../render/analysis-data.js');
  return writeOutput(io, opts.format, {
    count: lines.length,
    values: () => lines.map(data.kwicJson),
    csv: () => ({ header: data.kwicCsvHeader, rows: lines.map(data.kwicCsvRow) }),
    table: async () => (await import('../../render/analysis.js')).renderKwic(lines, await sel.env(), width),
    // kwic reads records, not files: a word grep finds in a line no record holds is "in no record",
    // never "not in the corpus" (probe16 finding 31).
    none: `'${preview(term)}' is in no record of ${sel.records.length === sel.total ? 'the corpus' : 'the selected records'}`,
  });
}
