/**
 * `quarry kwic <term|"phrase">`: a keyword-in-context concordance of the
 * selected records (src/analysis/kwic.ts), one line per occurrence, aligned
 * on the match.
 */
import { Option, type Command } from 'commander';
import { UsageError, type Io } from '../context.js';
import type { Run } from '../shared.js';
import { addAnalysisOptions, preview, queryText, select, wholeNumber, writeOutput, type AnalysisOptions } from './analysis-common.js';

interface KwicCliOptions extends AnalysisOptions {
  width?: string;
  sort: 'doc' | 'left' | 'right';
  exact?: boolean;
}

export const DEFAULT_KWIC_WIDTH = 40;
const MAX_KWIC_WIDTH = 500;

export function registerKwic(program: Command, io: Io, run: Run): void {
  const cmd = program
    .command('kwic')
    .description('keyword in context: every occurrence of a word or phrase, aligned on the match')
    .argument('<term...>', 'a word, or several words as one phrase (quotes optional)')
    .option('-w, --width <n>', `characters of context on each side (default: ${DEFAULT_KWIC_WIDTH})`)
    .addOption(new Option('--sort <key>', 'doc: document order; left/right: by the words before/after the match').choices(['doc', 'left', 'right']).default('doc'))
    .option('--exact', 'the word only, not its -s/-es/-ed/-ing forms');
  addAnalysisOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Matching is whole words, any case; the last word also matches its -s, -es,
-ed, -ing and 's forms ("launch" finds "launched") unless --exact is given.
A phrase's words may be split across lines. Only a record's text is searched,
not a qa record's question. The table shrinks the context to fit the
terminal (COLUMNS); json, ndjson and csv always carry --width characters.

Examples:
  $ quarry kwic launched
  $ quarry kwic "trading volume" --sort right
  $ quarry kwic BNB --speaker "He Yi" --width 30
  $ quarry kwic launch --exact --doc binance-rise-cz-he-yi
  $ quarry kwic users --year 2021 --limit 5
  $ quarry kwic exchange --format json | jq -r '.[] | "\\(.left)[\\(.match)]\\(.right)"'

JSON: one object per occurrence: { id, doc, speaker, year, line, left, match,
right, start, end } (line: the record's first line; start/end: the match's
offsets in the record's text).

Exit status: 0 occurrences printed, 1 none found, 2 usage error.`,
  );
  cmd.action(async (words: string[], opts: KwicCliOptions, command: Command) =>
    run(async () => {
      const term = queryText('kwic', words, 'a word or phrase to find', 'quarry kwic launched');
      const width = opts.width === undefined ? DEFAULT_KWIC_WIDTH : wholeNumber('--width', opts.width, 0, MAX_KWIC_WIDTH);
      const { kwic, termPattern } = await import('../../analysis/kwic.js');
      if (!termPattern(term)) throw new UsageError(`kwic: '${preview(term)}' has no letters or digits to find`);
      const sel = await select(opts, command, io);
      let lines = kwic(sel.records, term, { width, sort: opts.sort, inflect: !opts.exact });
      if (sel.limit !== undefined) lines = lines.slice(0, sel.limit);
      const data = await import('../../render/analysis-data.js');
      return writeOutput(io, opts.format, {
        count: lines.length,
        values: () => lines.map(data.kwicJson),
        csv: () => ({ header: data.kwicCsvHeader, rows: lines.map(data.kwicCsvRow) }),
        table: async () => (await import('../../render/analysis.js')).renderKwic(lines, await sel.env(), width),
        none: `'${preview(term)}' does not occur in ${sel.records.length === sel.corpus.records.length ? 'the corpus' : 'the selected records'}`,
      });
    }),
  );
}
