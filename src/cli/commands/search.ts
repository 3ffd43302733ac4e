import type { Command, Option } from 'commander';
import { renderEnv, UsageError, type GlobalOptions, type Io } from '../context.js';
import { formatOption, openCorpus, warnLoadErrors, type Run } from '../shared.js';
import { escapeControls } from '../../render/safe.js';
import { addFilterOptions, addLimitOption, asUsage, parseStaticFilters, resolveCorpusFilters, type FilterOptionValues } from './filtering.js';

/** Longer than this is not a query but a pasted text: refused rather than silently cut. */
export const MAX_QUERY_LENGTH = 1000;
export const DEFAULT_SEARCH_LIMIT = 10;

interface SearchOptions extends FilterOptionValues {
  format: string;
}

export function registerSearch(program: Command, io: Io, run: Run): void {
  const cmd = program
    .command('search')
    .description('rank records by how well they match a query, best first')
    .argument('[query...]', 'words to find: "an exact phrase", -word to exclude, a OR b');
  addFilterOptions(cmd);
  addLimitOption(cmd, DEFAULT_SEARCH_LIMIT);
  cmd
    .addOption(formatOption(['table', 'json', 'ndjson', 'csv']))
    .addHelpText(
      'after',
      `
Query syntax:
  plain words       ranked: records matching more of them first; typos, prefixes
                    and other forms of a word are found ("securty", "decentral", "delisted")
  "exact phrase"    the words adjacent and in order (quote it for the shell: '"maternity leave"')
  -word             leave out records containing the word (type it as is: quarry search bitcoin -binance)
  a OR b            at least one of them (OR in capitals)
  Queries are words, not regular expressions.

Examples:
  $ quarry search when did he yi get into bitcoin
  $ quarry search '"maternity leave"'
  $ quarry search Binanse securty                      # typos are forgiven
  $ quarry search listing --speaker "yi he" --year 2024
  $ quarry search meerkat OR meercat --type quote,claim
  $ quarry search bnb -airdrop --limit 3
  $ quarry search delisting --format json | jq -r '.[] | "\\(.score)\\t\\(.id)"'
  $ quarry search hiring --format csv > hiring.csv

Exit status: 0 something matched, 1 nothing matched (still valid output: [] for json, a header for csv), 2 usage error.`,
    )
    .action(async (words: string[], opts: SearchOptions, command: Command) =>
      run(async () => {
        const g = command.optsWithGlobals<GlobalOptions>();
        const query = words.join(' ');
        await checkQuery(query);
        const base = await parseStaticFilters(opts, DEFAULT_SEARCH_LIMIT);
        const { dir, corpus, index } = await openCorpus(g, io, { index: true });
        warnLoadErrors(corpus, io);
        const filters = await resolveCorpusFilters(opts, base.filters, corpus);
        const { search } = await import('../../query/search.js');
        const hits = asUsage(() => {
          try {
            return search(index, query, { filters, limit: base.limit });
          } catch (err) {
            if (err instanceof Error && err.name === 'QuerySyntaxError') throw new UsageError(`query: ${err.message}`);
            throw err;
          }
        });
        if (opts.format === 'json' || opts.format === 'ndjson') {
          const { hitJson } = await import('../../render/search-data.js');
          const { toJson, toNdjson } = await import('../../render/json.js');
          const values = hits.map(hitJson);
          io.stdout.write(opts.format === 'json' ? toJson(values) : toNdjson(values));
        } else if (opts.format === 'csv') {
          const { hitCsvHeader, hitCsvRow } = await import('../../render/search-data.js');
          const { toCsv } = await import('../../render/csv.js');
          io.stdout.write(toCsv(hitCsvHeader, hits.map(hitCsvRow)));
        } else if (hits.length) {
          const { renderSearchTable } = await import('../../render/search.js');
          io.stdout.write(renderSearchTable(hits, await renderEnv(g, io, dir)));
        } else {
          io.stderr.write(`quarry: no record matches '${preview(query)}'\n`);
        }
        return hits.length ? 0 : 1;
      }),
    );
}

function preview(query: string): string {
  const q = query.replace(/\s+/g, ' ').trim();
  return escapeControls(q.length > 40 ? `${q.slice(0, 39)}…` : q);
}

/**
 * A query must name something to look for. Empty, too long, or made only of
 * stop words and punctuation (".*(", "the of") → a usage error (exit 2): it
 * can never match, and saying so beats an empty result. A query that names
 * words nobody used is a search that found nothing (exit 1).
 */
export async function checkQuery(query: string): Promise<void> {
  if (!query.trim()) throw new UsageError('query: needs words to search for (for example: quarry search maternity leave)');
  if (query.length > MAX_QUERY_LENGTH) {
    throw new UsageError(`query: ${query.length} characters is too long for a query (accepts up to ${MAX_QUERY_LENGTH})`);
  }
  const { parseQuery } = await import('../../query/syntax.js');
  const { atomicTokens } = await import('../../index/tokenize.js');
  const { surfaceTerm } = await import('../../index/terms.js');
  const parsed = parseQuery(query);
  const searchable = (s: string) => atomicTokens(s).some((t) => surfaceTerm(t.norm) !== null);
  const positive = [...parsed.terms, ...parsed.phrases.map((p) => p.join(' ')), ...parsed.anyOf.flat()];
  if (positive.length === 0 && parsed.excluded.length > 0) return; // the core explains "only excludes"
  if (!positive.some(searchable)) {
    throw new UsageError(
      `query: nothing to search for in '${preview(query)}': only stop words, single letters or punctuation (search for words, "a phrase", -word to exclude, a OR b; not regular expressions)`,
    );
  }
}

// ---------------------------------------------------------------- argv

type OptionLike = Pick<Option, 'short' | 'long' | 'required' | 'optional'>;

function findOption(cmd: Command, flag: string): OptionLike | undefined {
  return (cmd.options as readonly OptionLike[]).find((o) => o.short === flag || o.long === flag);
}

const takesValue = (o: OptionLike | undefined) => !!o && (o.required || o.optional);

/**
 * `quarry search bitcoin -binance`: "-binance" is an exclusion, not an
 * option. Before commander sees the arguments of `search`, every one that is
 * not one of its options (or their values) is moved after `--`, in order, so
 * commander takes it as a query word: options parse as usual, and words that
 * start with a dash reach the query. Only a known option's exact spelling is
 * an option ("-n 5", "--limit=5"); "-nft" is a word. An unknown `--long`
 * option stays an option, so commander reports it with a suggestion.
 */
export function rewriteSearchArgv(program: Command, argv: readonly string[]): string[] {
  const search = program.commands.find((c) => c.name() === 'search');
  if (!search) return [...argv];
  let i = 2;
  // the program's own options before the command name
  while (i < argv.length) {
    const a = argv[i]!;
    if (!a.startsWith('-') || a === '-') break;
    const opt = findOption(program, a.split('=')[0]!);
    if (!opt) return [...argv];
    i += takesValue(opt) && !a.includes('=') ? 2 : 1;
  }
  if (argv[i] !== 'search') return [...argv];
  const options: string[] = [];
  const words: string[] = [];
  for (let k = i + 1; k < argv.length; k++) {
    const a = argv[k]!;
    if (a === '--') {
      words.push(...argv.slice(k + 1));
      break;
    }
    const isLong = a.startsWith('--');
    const flag = isLong ? a.split('=')[0]! : a;
    const opt = findOption(search, flag) ?? findOption(program, flag);
    if (isLong || a === '-h' || (opt && /^-[^-]$/.test(a))) {
      options.push(a);
      if (takesValue(opt) && !a.includes('=') && k + 1 < argv.length) options.push(argv[++k]!);
      continue;
    }
    words.push(a);
  }
  return [...argv.slice(0, i + 1), ...options, '--', ...words];
}
