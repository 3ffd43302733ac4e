/**
 * Pieces every command shares: opening the corpus, turning core errors into
 * one-line usage errors, and the wrapper that maps a command's outcome to an
 * exit code (the --format option is in ./registry.ts).
 */
import { FdWriter, UsageError } from './context.js';
import { escapeControls } from '../render/safe.js';
import type { Output } from '../render/formats/index.js';

/** The corpus's speaker registry file (corpus/speakers-file.ts; repeated so this module loads no corpus code). */
const SPEAKERS_FILE = 'speakers.yml';

export type Run = (body: () => Promise<number>) => Promise<void>;

/**
 * Print a command's output in the chosen format (render/formats): data on
 * stdout, messages on stderr. 0 when there were results, else 1 (json still
 * prints [], csv its header), grep's convention.
 */
export async function writeOutput(io: Io, format: string, out: Output): Promise<number> {
  const { printOutput } = await import('../render/formats/index.js');
  const printed = await printOutput(format, out);
  if (printed.stdout) io.stdout.write(printed.stdout);
  if (printed.chunks) {
    // written in pieces of about 64 kB: neither one giant string nor a write per record. A byte
    // chunk is valid only until the next is asked for (Printed.chunks): each is copied as it comes,
    // into one buffer reused between writes where the writer is done with it when write returns
    // (FdWriter), else into a fresh one per write (a stream may keep it queued).
    const STEP = 1 << 16;
    const reuse = io.stdout instanceof FdWriter;
    let pending = '';
    let out: Buffer | null = null;
    let size = 0;
    const flushBytes = () => {
      if (size) io.stdout.write(out!.subarray(0, size));
      if (!reuse) out = null;
      size = 0;
    };
    for (const chunk of printed.chunks) {
      if (typeof chunk !== 'string') {
        if (pending) io.stdout.write(pending);
        pending = '';
        out ??= Buffer.allocUnsafe(Math.max(STEP * 2, chunk.length));
        if (size + chunk.length > out.length) {
          flushBytes();
          if (!out || chunk.length > out.length) out = Buffer.allocUnsafe(Math.max(STEP * 2, chunk.length));
        }
        out.set(chunk, size);
        size += chunk.length;
        if (size >= STEP) flushBytes();
        continue;
      }
      flushBytes();
      pending += chunk;
      if (pending.length >= 1 << 16) {
        io.stdout.write(pending);
        pending = '';
      }
    }
    flushBytes();
    if (pending) io.stdout.write(pending);
  }
  if (printed.stderr) {
    // "no match" in the shipped corpus, when the user named none, says which corpus it searched:
    // someone who ran quarry inside their own notes folder would otherwise read it as "not in mine".
    const note = !out.count && searchedShippedByDefault ? ` in the shipped corpus (name yours with --corpus DIR or QUARRY_CORPUS)` : '';
    searchedShippedByDefault = false;
    io.stderr.write(note && printed.stderr.endsWith('\n') ? printed.stderr.slice(0, -1) + note + '\n' : printed.stderr);
  }
  return out.count ? 0 : 1;
}

/** Run a loader call, turning an unreadable corpus folder into a usage error (exit 2). */
export function loadOrFail<T>(load: () => T): T {
  try {
    return load();
  } catch (err) {
    if (err instanceof Error && err.name === 'CorpusFolderError') throw new UsageError(err.message);
    throw err;
  }
}

import type { SearchIndex } from '../index/index.js';
import type { ProgressCounts, ProgressLine } from '../render/progress.js';
import type { Corpus } from '../model/corpus.js';
import type { CorpusHead, Store } from '../store/store.js';
import { chosenCorpusDir, corpusDir, packageVersion, type GlobalOptions, type Io } from './context.js';

/** Set by openCorpus: this run reads the shipped corpus because no corpus was named (writeOutput says so on "no match"). */
let searchedShippedByDefault = false;

export interface OpenOptions {
  /** also give the search index (from the cache when it has one, else built) */
  index?: boolean;
}

export interface OpenedCorpus {
  dir: string;
  corpus: Corpus;
  /** present when asked for with { index: true } */
  index?: SearchIndex;
}

/**
 * The one way a command gets its corpus: the folder from --corpus /
 * QUARRY_CORPUS / the shipped corpus, from the cache when it is valid, else
 * loaded (and cached), through the API's door (src/api/open.ts): the CLI
 * is one consumer of it. Everything is imported lazily so that --help never
 * pays for the loader, and a valid cache never loads the parsers.
 * `--no-cache` reads and parses every document and writes nothing.
 * With `{ index: true }` the search index comes too.
 */
export async function openCorpus(g: GlobalOptions, io: Io, opts: { index: true }): Promise<OpenedCorpus & { index: SearchIndex }>;
export async function openCorpus(g: GlobalOptions, io: Io, opts?: OpenOptions): Promise<OpenedCorpus>;
export async function openCorpus(g: GlobalOptions, io: Io, opts: OpenOptions = {}): Promise<OpenedCorpus> {
  const dir = corpusDir(g, io);
  searchedShippedByDefault = chosenCorpusDir(g, io) === undefined;
  const { openCorpusWith } = await import('../api/open.js');
  const progress = await progressFor(g, io);
  const opened = await loadOrFailAsync(() =>
    openCorpusWith(dir, {
      ...(progress ? { onProgress: (p: ProgressCounts) => progress.update(p) } : {}),
      env: io.env,
      cwd: io.cwd,
      cache: g.cache !== false,
      index: !!opts.index,
      version: packageVersion(),
      ignoreFiles: g.ignore !== false,
      debug: io.env.QUARRY_DEBUG === '1',
      log: (line) => io.stderr.write(line + '\n'),
    }),
  ).finally(() => progress?.end());
  return { dir, corpus: opened.corpus, ...(opened.index ? { index: opened.index } : {}) };
}

/**
 * The progress line of a long load, when it may be shown: stderr is a
 * terminal, not in CI (CI=true, as CI services set it) and no --quiet. A pipe
 * or a log never gets it. Loaded only then.
 */
export async function progressFor(g: GlobalOptions, io: Io): Promise<ProgressLine | null> {
  const ci = io.env.CI;
  if (g.quiet || !io.stderr.isTTY || (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0')) return null;
  const { progressLine } = await import('../render/progress.js');
  return progressLine(io.stderr);
}

/** The database URL: --db, else QUARRY_DB; undefined for the local store. */
export function databaseUrl(g: GlobalOptions, io: Io): string | undefined {
  const url = g.db ?? (io.env.QUARRY_DB || undefined);
  if (url !== undefined && !url.trim()) throw new UsageError('--db: needs a PostgreSQL URL (for example: postgres://user@host/db)');
  return url;
}

/**
 * The one way a record command gets its records: a store. With --db URL (or
 * QUARRY_DB) the PostgreSQL store that `quarry sync` filled; else the local
 * store (the cache, else the corpus loaded). `{ index: true }` opens the
 * local index with the corpus (a search will need it). The caller closes it.
 */
export async function openStore(g: GlobalOptions, io: Io, opts: OpenOptions = {}): Promise<{ dir: string; store: Store }> {
  searchedShippedByDefault = false;
  const url = databaseUrl(g, io);
  if (url !== undefined) {
    const { openPostgresStore } = await import('../store/postgres/store.js');
    const store = await asUsageAsync(() => openPostgresStore(url, { version: packageVersion() }));
    opened.push(store);
    return { dir: store.head.dir, store };
  }
  const { dir, corpus, index } = await openCorpus(g, io, opts);
  const { localStore } = await import('../store/local.js');
  return { dir, store: localStore({ corpus, ...(index ? { index } : {}) }) };
}

const opened: Store[] = [];

/** Close the stores a command opened (a database connection keeps the process alive). */
export async function closeStores(): Promise<void> {
  for (const s of opened.splice(0)) await s.close().catch(() => {});
}

/** Store errors (StoreError: a bad URL, a refused connection, a schema of another version) are usage errors: one line, exit 2. */
export async function asUsageAsync<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof Error && err.name === 'StoreError') throw new UsageError(err.message);
    throw err;
  }
}

async function loadOrFailAsync<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof Error && err.name === 'CorpusFolderError') throw new UsageError(err.message);
    throw err;
  }
}

/**
 * A file name or message for a one-line message on stderr: control characters escaped, and line
 * breaks too (a file name may hold one), so each problem stays one line, as scripts read them.
 */
export function oneLine(text: string): string {
  return escapeControls(text).replace(/[\r\n]/g, (ch) => (ch === '\n' ? '\\x0a' : '\\x0d'));
}

/**
 * The check command that gives the details of a load problem: with the --corpus the user typed,
 * since a bare `quarry check` checks QUARRY_CORPUS or the shipped corpus, which may well parse.
 */
function checkCommand(g: GlobalOptions | undefined): string {
  if (g?.corpus === undefined) return 'quarry check';
  const dir = oneLine(g.corpus);
  return `quarry check --corpus ${/^[\w@%+=:,./-]+$/.test(dir) ? dir : `"${dir.replace(/(["\\$`])/g, '\\$1')}"`}`;
}

/**
 * Commands that print records say on stderr when a document failed to load,
 * so a broken file never silently shrinks a result (`quarry check` has the details).
 */
export function warnLoadErrors(corpus: CorpusHead, io: Io, g?: GlobalOptions): void {
  const check = checkCommand(g);
  const status = corpus.documentStatus ? corpus.documentStatus() : corpus.documents;
  const failed = status.filter((d) => !d.ok).map((d) => d.file);
  const otherErrors = corpus.problems.filter((p) => p.severity === 'error' && !status.some((d) => d.file === p.file));
  // a problem of the folder itself ("no documents in …") is said as it is
  for (const p of otherErrors.filter((p) => p.file === '.')) io.stderr.write(`quarry: ${oneLine(p.message)}\n`);
  const files = [...new Set(failed)].map(oneLine);
  if (files.length) io.stderr.write(`quarry: ${files.length} document${files.length === 1 ? '' : 's'} could not be loaded (${files.join(', ')}); run '${check}' for details\n`);
  // A file that is not a document (speakers.yml) is not "a document that could not be loaded":
  // every document did load, only without what that file would have given them.
  for (const file of new Set(otherErrors.filter((p) => p.file !== '.' && !failed.includes(p.file)).map((p) => p.file))) {
    // (invalid YAML loses the whole file, one bad entry only that person: the words fit both)
    const said = file === SPEAKERS_FILE || file.endsWith(`/${SPEAKERS_FILE}`) ? 'has errors: the names and aliases in error are not applied' : 'could not be read';
    io.stderr.write(`quarry: ${oneLine(file)} ${said}; run '${check}' for details\n`);
  }
}
