import type { Command } from 'commander';
import { renderEnv, UsageError, type GlobalOptions, type Io } from '../context.js';
import { openStore, warnLoadErrors, writeOutput } from '../shared.js';
import { DEFAULT_SEARCH_LIMIT } from '../defaults.js';
import { preview } from './analysis-common.js';
import { parseStaticFilters, resolveCorpusFilters, type FilterOptionValues } from './filtering.js';

interface SearchOptions extends FilterOptionValues {
  format: string;
  explain?: boolean;
}

/** `quarry search`, run: the action registered in ../registry.ts. */
export async function action(io: Io, words: string[], opts: SearchOptions, command: Command): Promise<number> {
  const g = command.optsWithGlobals<GlobalOptions>();
  const query = words.join(' ');
  await checkQuery(query);
  const base = await parseStaticFilters(opts, DEFAULT_SEARCH_LIMIT);
  const { dir, store } = await openStore(g, io, { index: true });
  warnLoadErrors(store.head, io, g);
  const filters = await resolveCorpusFilters(opts, base.filters, store);
  const { search } = await import('../../query/search.js');
  let hits: Awaited<ReturnType<typeof search>>;
  try {
    hits = await search(store, query, { filters, limit: base.limit, explain: opts.explain === true });
  } catch (err) {
    if (err instanceof Error && err.name === 'QuerySyntaxError') throw new UsageError(`query: ${err.message}`);
    throw err;
  }
  const data = await import('../../render/search-data.js');
  return writeOutput(io, opts.format, {
    count: hits.length,
    none: `no record matches '${preview(query)}'`,
    values: () => hits.map(data.hitJson),
    csv: () => ({ header: opts.explain ? data.hitExplainCsvHeader : data.hitCsvHeader, rows: hits.map(data.hitCsvRow) }),
    table: async () => {
      const render = await import('../../render/search.js');
      const env = await renderEnv(g, io, dir);
      return opts.explain ? render.renderExplainTable(hits, env) : render.renderSearchTable(hits, env);
    },
  });
}


/** A query that can never match (query/searchable.ts) is a usage error, exit 2. */
export async function checkQuery(query: string): Promise<void> {
  const { judgeQuery, MAX_QUERY_LENGTH } = await import('../../query/searchable.js');
  const verdict = judgeQuery(query);
  if (verdict === 'empty') throw new UsageError('query: needs words to search for (for example: quarry search maternity leave)');
  if (verdict === 'too-long') throw new UsageError(`query: ${query.length} characters is too long for a query (accepts up to ${MAX_QUERY_LENGTH})`);
  if (verdict === 'nothing-to-search') {
    throw new UsageError(
      `query: nothing to search for in '${preview(query)}': only stop words, single letters or punctuation (search for words, "a phrase", -word to exclude, a OR b; not regular expressions)`,
    );
  }
}
