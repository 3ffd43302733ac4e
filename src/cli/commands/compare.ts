/**
 * `quarry compare <query…>`: the records about one subject, grouped by source
 * document, with the figures each source gives side by side
 * (src/analysis/compare.ts).
 *
 * The subject is `subjectMatcher` (every content word of the query, by stem,
 * in a record's text or question; a rank word such as "largest" also met by
 * "#1" or "number one"), not the search engine: search ranks by coverage and
 * returns every record sharing ANY query word (for "largest exchange", 32
 * records across all five documents, most of them only saying "exchange"),
 * which buries the few records that are about the subject; cutting its
 * ranking at some score would be arbitrary. Requiring every word keeps each
 * group to records about the subject, which is what a side-by-side view needs.
 */
import type { Command } from 'commander';
import { UsageError, type Io } from '../context.js';
import {preview, queryText, type AnalysisOptions } from './analysis-common.js';
import { writeOutput } from '../shared.js';
import { selectRecords } from './filtering.js';

/** `quarry compare`, run: the action registered in ../registry.ts. */
export async function action(io: Io, words: string[], opts: AnalysisOptions, command: Command): Promise<number> {
  const query = queryText('compare', words, 'words naming a subject', 'quarry compare largest exchange');
  const { subjectMatcher, compare } = await import('../../analysis/compare.js');
  const { contentStems, words: wordsOf } = await import('../../analysis/text.js');
  // only stop words ("the of") would match nearly every record: that names no subject
  if (!contentStems(query).length && !wordsOf(query).some((w) => /^\d/.test(w.lower))) {
    throw new UsageError(`compare: '${preview(query)}' names no subject: only stop words or punctuation (for example: quarry compare largest exchange)`);
  }
  const sel = await selectRecords(opts, command, io);
  let groups = compare(sel.records, subjectMatcher(query));
  if (sel.limit !== undefined) groups = groups.map((g) => ({ doc: g.doc, records: g.records.slice(0, sel.limit) }));
  const data = await import('../../render/analysis-data.js');
  return writeOutput(io, opts.format, {
    count: groups.length,
    values: () => groups.map(data.compareJson),
    csv: () => ({ header: data.compareCsvHeader, rows: data.compareCsvRows(groups) }),
    table: async () => (await import('../../render/analysis.js')).renderCompare(groups, await sel.env()),
    none: `no record ${sel.records.length === sel.total ? '' : 'of the selected ones '}has every word of '${preview(query)}'`,
  });
}
