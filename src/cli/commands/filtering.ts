/**
 * The record filters shared by `search`, `list`, `docs`, `stats` and
 * `speakers`: how they appear on the command line, and how their values
 * become a `Filters` value of src/query/filters.ts. Values that need no corpus
 * (types, years, limit) are checked before the corpus is loaded; speakers,
 * documents and topics are resolved against it. Every bad value is a
 * UsageError: one line naming the flag and what it accepts, exit 2.
 */
import type { Command } from 'commander';
import type { Corpus } from '../../load/load.js';
import type { Filters } from '../../query/filters.js';
import { UsageError } from '../context.js';
import { collect } from '../shared.js';

export type FilterName = 'type' | 'speaker' | 'year' | 'mentions' | 'doc' | 'topic';
export const ALL_FILTERS: readonly FilterName[] = ['type', 'speaker', 'year', 'mentions', 'doc', 'topic'];

export interface FilterOptionValues {
  type?: string[];
  speaker?: string[];
  year?: string[];
  mentions?: string[];
  doc?: string[];
  topic?: string[];
  limit?: string;
}

/** A speaker name may hold a comma ("Zhao, Changpeng"), so --speaker only repeats. */
function repeat(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function addFilterOptions(cmd: Command, which: readonly FilterName[] = ALL_FILTERS): Command {
  if (which.includes('type')) cmd.option('-t, --type <types>', 'record types: qa, quote, claim (comma list or repeated)', collect);
  if (which.includes('speaker')) cmd.option('-s, --speaker <name>', 'said by this speaker: any alias, any case (repeat for several)', repeat);
  if (which.includes('year')) cmd.option('-y, --year <years>', 'said or published in: 2021, 2017..2019, 2020.., ..2019 (comma list or repeated)', collect);
  if (which.includes('mentions')) cmd.option('-m, --mentions <years>', 'the text mentions a year in: same forms as --year', collect);
  if (which.includes('doc')) cmd.option('-d, --doc <id>', 'from these documents (comma list or repeated; see quarry docs)', collect);
  if (which.includes('topic')) cmd.option('--topic <topic>', 'tagged with this topic, any case (repeat for several)', repeat);
  return cmd;
}

export function addLimitOption(cmd: Command, fallback?: number): Command {
  return cmd.option('-n, --limit <n>', `print at most N results${fallback ? ` (default: ${fallback})` : ' (default: all)'}`);
}

/** Run core code, turning its one-line errors (FilterError, QuerySyntaxError) into usage errors. */
export function asUsage<T>(body: () => T): T {
  try {
    return body();
  } catch (err) {
    if (err instanceof Error && (err.name === 'FilterError' || err.name === 'QuerySyntaxError')) throw new UsageError(err.message);
    throw err;
  }
}

export interface StaticFilters {
  filters: Filters;
  limit: number | undefined;
}

/** The values that need no corpus: checked before anything is loaded. */
export async function parseStaticFilters(opts: FilterOptionValues, fallbackLimit?: number): Promise<StaticFilters> {
  const f = await import('../../query/filters.js');
  return asUsage(() => {
    const filters: Filters = {};
    if (opts.type?.length) filters.types = f.parseTypes('--type', opts.type);
    if (opts.year?.length) filters.years = opts.year.map((y) => f.parseYearRange('--year', y));
    if (opts.mentions?.length) filters.mentions = opts.mentions.map((y) => f.parseYearRange('--mentions', y));
    const limit = opts.limit !== undefined ? f.parseLimit('--limit', opts.limit) : fallbackLimit;
    // flags given with an empty value (--type "") are mistakes, not "no filter"
    for (const [flag, values] of [['--type', opts.type], ['--year', opts.year], ['--mentions', opts.mentions], ['--doc', opts.doc]] as const) {
      if (values && values.length === 0) throw new UsageError(`${flag}: needs a value`);
    }
    return { filters, limit };
  });
}

/** Speakers, documents and topics, resolved against the corpus (did-you-mean on a miss). */
export async function resolveCorpusFilters(opts: FilterOptionValues, base: Filters, corpus: Corpus): Promise<Filters> {
  const f = await import('../../query/filters.js');
  const { closeMatches } = await import('../../query/distance.js');
  return asUsage(() => {
    const filters: Filters = { ...base };
    if (opts.speaker?.length) filters.speakers = f.resolveSpeakers('--speaker', opts.speaker, corpus.registry, corpus.records);
    if (opts.doc?.length) filters.docs = f.resolveDocs('--doc', opts.doc, corpus.documents.map((d) => d.id));
    if (opts.topic?.length) {
      const known = new Map<string, string>();
      for (const r of corpus.records) for (const t of r.topics) if (t.trim() && !known.has(t.trim().toLowerCase())) known.set(t.trim().toLowerCase(), t.trim());
      const topics: string[] = [];
      for (const t of opts.topic) {
        const key = t.trim().toLowerCase();
        if (!key) throw new UsageError('--topic: needs a topic');
        if (!known.has(key)) {
          const close = closeMatches(key, [...known].map(([k, label]) => ({ key: k, label })));
          const hint = close.length ? ` (did you mean: ${close.join(', ')}?)` : known.size ? ' (see quarry stats --by topic)' : ' (the corpus has no topics)';
          throw new UsageError(`--topic: no topic '${t}'${hint}`);
        }
        if (!topics.includes(key)) topics.push(key);
      }
      filters.topics = topics;
    }
    return filters;
  });
}

export function hasFilters(f: Filters): boolean {
  return !!(f.types?.length || f.speakers?.length || f.years?.length || f.mentions?.length || f.docs?.length || f.topics?.length);
}
