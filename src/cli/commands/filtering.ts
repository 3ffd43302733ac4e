/**
 * The record filters shared by `search`, `list`, `docs`, `stats` and
 * `speakers` (their options are in ../registry.ts): how their values become a `Filters` value of src/query/filters.ts. Values that need no corpus
 * (types, years, limit) are checked before the corpus is loaded; speakers,
 * documents and topics are resolved against it. Every bad value is a
 * UsageError: one line naming the flag and what it accepts, exit 2.
 */
import type { Command } from 'commander';
import type { QuarryRecord } from '../../model/record.js';
import type { Filters } from '../../query/filters.js';
import type { RenderEnv } from '../../render/check.js';
import type { CorpusHead, Store } from '../../store/store.js';
import { renderEnv, UsageError, type GlobalOptions, type Io } from '../context.js';
import { openStore, warnLoadErrors, type OpenOptions } from '../shared.js';

export interface FilterOptionValues {
  type?: string[];
  speaker?: string[];
  year?: string[];
  mentions?: string[];
  doc?: string[];
  topic?: string[];
  limit?: string;
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

/** Speakers, documents and topics, resolved against the store's corpus (did-you-mean on a miss). */
export async function resolveCorpusFilters(opts: FilterOptionValues, base: Filters, store: Store): Promise<Filters> {
  const f = await import('../../query/filters.js');
  const { closeMatches } = await import('../../query/distance.js');
  const head = store.head;
  // The corpus's speaker values are read (every document's speaker column, from the cache) only
  // for a name the registry does not resolve: resolveSpeakers reads them for nothing else.
  const speakers = opts.speaker?.some((name) => !head.registry.resolve(name)) ? await store.facetValues('speaker') : [];
  const topicValues = opts.topic?.length ? await store.facetValues('topic') : [];
  return asUsage(() => {
    const filters: Filters = { ...base };
    if (opts.speaker?.length) filters.speakers = f.resolveSpeakers('--speaker', opts.speaker, head.registry, speakers.map((speaker) => ({ speaker })));
    if (opts.doc?.length) filters.docs = f.resolveDocs('--doc', opts.doc, head.documents.map((d) => d.id));
    if (opts.topic?.length) {
      const known = new Map<string, string>();
      for (const t of topicValues) if (t.trim() && !known.has(t.trim().toLowerCase())) known.set(t.trim().toLowerCase(), t.trim());
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

export interface Selection {
  dir: string;
  /** the corpus without its records (documents, problems, registry) */
  corpus: CorpusHead;
  store: Store;
  /** does the record pass the filters? */
  selected: (r: QuarryRecord) => boolean;
  /** the records that pass, in corpus order */
  records: QuarryRecord[];
  /** how many records the corpus has (to say "the corpus" or "the selected records") */
  total: number;
  limit: number | undefined;
  /** the filters, resolved */
  filters: Filters;
  /** the global options (--corpus, --color, --no-cache, --db) */
  g: GlobalOptions;
  /** the renderer's environment, decided on first use */
  env: () => Promise<RenderEnv>;
}

/**
 * What every record command starts with: check the flag values that need no
 * corpus, open the store, resolve speakers, documents and topics against it,
 * and select the records. Any bad value is a usage error before anything is
 * computed.
 */
export async function selectRecords(opts: FilterOptionValues, command: Command, io: Io, limitFallback?: number, open: OpenOptions = {}): Promise<Selection> {
  const sel = await openSelection(opts, command, io, limitFallback, open);
  return { ...sel, records: await sel.store.select(sel.filters, sel.selected) };
}

/**
 * selectRecords, with the records read as they are iterated and not kept,
 * where the store can (the local store with the cache's record columns, and
 * a filter): `list` prints each as it is read. `records` is null otherwise.
 * `asElements` (json and ndjson): the selection, limit applied, as the
 * records' JSON array elements where the store keeps them so (the cache),
 * none of them parsed; then `each` and `records` are null.
 */
export async function streamRecords(
  opts: FilterOptionValues,
  command: Command,
  io: Io,
  asElements = false,
): Promise<Omit<Selection, 'records'> & { records: QuarryRecord[] | null; each: Iterable<QuarryRecord> | null; elements: SelectedElements | null }> {
  const sel = await openSelection(opts, command, io);
  const elements = asElements ? sel.store.selectElements(sel.filters, sel.limit) : null;
  if (elements) return { ...sel, elements, each: null, records: null };
  const each = sel.store.selectEach(sel.filters, sel.selected);
  return { ...sel, elements: null, each, records: each ? null : await sel.store.select(sel.filters, sel.selected) };
}

export interface SelectedElements {
  count: number;
  elements: () => Iterable<Uint8Array>;
}

async function openSelection(opts: FilterOptionValues, command: Command, io: Io, limitFallback?: number, open: OpenOptions = {}): Promise<Omit<Selection, 'records'>> {
  const g = command.optsWithGlobals<GlobalOptions>();
  const base = await parseStaticFilters(opts, limitFallback);
  const { dir, store } = await openStore(g, io, open);
  warnLoadErrors(store.head, io, g);
  const filters = await resolveCorpusFilters(opts, base.filters, store);
  const { matchesFilters } = await import('../../query/filters.js');
  const selected = (r: QuarryRecord) => matchesFilters(r, filters);
  let env: Promise<RenderEnv> | undefined;
  return {
    dir,
    corpus: store.head,
    store,
    selected,
    total: store.count(),
    limit: base.limit,
    filters,
    g,
    env: () => (env ??= renderEnv(g, io, dir)),
  };
}
