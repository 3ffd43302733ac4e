import type { Command } from 'commander';
import { renderEnv, UsageError, type GlobalOptions, type Io } from '../context.js';
import { openCorpus, warnLoadErrors, writeOutput } from '../shared.js';
import { escapeControls } from '../../render/safe.js';
import { DEFAULT_SEARCH_LIMIT } from '../defaults.js';
import { asUsage, parseStaticFilters, resolveCorpusFilters, type FilterOptionValues } from './filtering.js';

/** Longer than this is not a query but a pasted text: refused rather than silently cut. */
export const MAX_QUERY_LENGTH = 1000;

interface SearchOptions extends FilterOptionValues {
  format: string;
}

/** `quarry search`, run: the action registered in ../registry.ts. */
export async function action(io: Io, words: string[], opts: SearchOptions, command: Command): Promise<number> {
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
  const data = await import('../../render/search-data.js');
  return writeOutput(io, opts.format, {
    count: hits.length,
    none: `no record matches '${preview(query)}'`,
    values: () => hits.map(data.hitJson),
    csv: () => ({ header: data.hitCsvHeader, rows: hits.map(data.hitCsvRow) }),
    table: async () => (await import('../../render/search.js')).renderSearchTable(hits, await renderEnv(g, io, dir)),
  });
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
