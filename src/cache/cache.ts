/**
 * The cache stage: a loaded corpus (documents, problems, speakers, records)
 * and its search index, kept in one file per corpus folder so that a later
 * run answers without reading, parsing or indexing anything.
 *
 * Valid means: same cache schema, same quarry version, same compiled code
 * (sizes and times of the modules that decide what a corpus loads to), same
 * corpus path, the same document files in the same order with the same
 * folder warnings, and for each file (and speakers.yml) the same size and
 * modification time, or, when the time differs but the size does not, the
 * same content (SHA-1). A file modified within RACY_MS of being stamped is
 * always checked by content: a second edit inside one clock tick keeps its
 * time. Anything else rebuilds; so does a file that fails to verify (see
 * format.ts). A cache that cannot be read or written is never an error: the
 * corpus is loaded as if there were none.
 *
 * When the cache is valid, nothing here loads the front matter reader, YAML
 * or the parsers: they are imported on a miss only. The index sections are
 * read only when a command asks for the index, and then lazily; so are the
 * records then: verified at once, parsed one by one as the search asks for
 * them (by their place, through "records.offsets"), all of them only when
 * something reads `corpus.records`.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listCorpusFiles, type ListOptions } from '../corpus/files.js';
import type { SearchIndex } from '../index/index.js';
import { STEMMER } from '../index/stem.js';
import type { LoadOptions } from '../load/load.js';
import type { Corpus } from '../model/corpus.js';
import type { QuarryRecord } from '../model/record.js';
import { SpeakerRegistry, type SpeakerEntry } from '../model/speakers.js';
import type { RecordSource } from './compact-index.js';
import { asciiJson, CacheCorruptError, CacheReader, CacheWriter, Checksum, checksum, FileSource, INDEX_SECTIONS, sha1, type HeaderBase } from './format.js';
import { cacheFileName, cacheRoot, CACHE_EXTENSION } from './location.js';

/** Bump when what the cache stores, or how, changes. */
export const CACHE_SCHEMA = 2;
/** A file modified this close to being stamped is checked by content every time (coarse file-system clocks). */
export const RACY_MS = 3000;
/** Cache files kept in the cache folder; the least recently written go first. */
export const MAX_ENTRIES = 16;
const SPEAKERS_FILE = 'speakers.yml';

export interface Stamp {
  name: string;
  size: number;
  mtimeMs: number;
  sha1: string;
  /** when the stamp was taken (ms since the epoch) */
  checked: number;
}

export interface CacheHeader extends HeaderBase {
  schema: number;
  quarry: string;
  code: string;
  dir: string;
  files: Stamp[];
  speakers: Stamp | null;
  /** the folder listing's own warnings (skipped links), as JSON */
  folder: string;
  /**
   * the file extensions that were documents when the cache was built (the
   * parse stage's shape list): a warm run lists the folder with them without
   * loading any parser
   */
  extensions: string[];
  /** whether .quarryignore / .gitignore were honoured (absent: yes) */
  ignoreFiles?: boolean;
}

export interface CacheOptions {
  /** the environment (QUARRY_CACHE_DIR, XDG_CACHE_HOME, HOME, QUARRY_DEBUG) */
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** false: read and parse everything, write nothing (--no-cache) */
  useCache: boolean;
  /** build or load the search index too */
  index: boolean;
  /** the quarry version (package.json) */
  version: string;
  /** where debug lines go (QUARRY_DEBUG=cache) */
  log?: (line: string) => void;
  /** false: read every document, whatever .quarryignore and .gitignore say (--no-ignore) */
  ignoreFiles?: boolean;
  /** let a bug in quarry escape with its stack (default: QUARRY_DEBUG=1 in env) */
  debug?: boolean;
}

export type CacheOutcome = 'hit' | 'miss' | 'off';

export interface CachedCorpus {
  corpus: Corpus;
  index?: SearchIndex;
  /** hit: read from the cache; miss: loaded (and written when possible); off: --no-cache */
  cache: CacheOutcome;
  /** the cache file, when there is one */
  file?: string;
}

// ------------------------------------------------------------------ public

/**
 * The corpus of `dir` (an absolute path), from the cache when it is valid,
 * else loaded (and the cache written). Throws only what loading throws
 * (CorpusFolderError for an unreadable folder).
 */
export async function openCachedCorpus(dir: string, opts: CacheOptions): Promise<CachedCorpus> {
  const debug = debugLogger(opts);
  if (!opts.useCache) {
    const corpus = await loadFresh(dir, loadOptions(opts));
    return { corpus, ...(opts.index ? { index: await freshIndex(corpus.records) } : {}), cache: 'off' };
  }
  const root = cacheRoot(opts.env, opts.cwd);
  const file = join(root, cacheFileName(dir));
  const code = codeFingerprint();

  const hit = tryHit(file, dir, opts, code, debug);
  if (hit.kind === 'hit') {
    const { reader, corpus, header, stale, source } = hit;
    const hasIndex = INDEX_SECTIONS.every((s) => reader.has(s));
    let index: SearchIndex | undefined;
    let readerInUse = false;
    if (opts.index && hasIndex) {
      try {
        index = await openIndex(reader, source, corpus, debug);
        readerInUse = true;
      } catch (err) {
        debug(`cache index unusable (${describe(err)}): building it`);
      }
    }
    if (opts.index && !index) {
      // Add the index to the file (copying the rest), and search it from there.
      const { buildCompactIndex, memoryIndex } = await import('./compact-index.js');
      const built = buildCompactIndex(corpus.records);
      const written = write(file, header, (w) => {
        copySections(w, reader, CORPUS_SECTIONS);
        writeSections(w, built.sections);
      }, debug, 'index added');
      if (written) {
        try {
          index = await openIndex(written, corpus.records, corpus, debug);
        } catch (err) {
          debug(`cache index just written is unusable (${describe(err)})`);
        }
      }
      index ??= memoryIndex(corpus.records, built);
    } else if (stale) {
      // Same content, new times: restamp, so that the next run need not read the files again.
      write(file, header, (w) => copySections(w, reader, hasIndex ? [...CORPUS_SECTIONS, ...INDEX_SECTIONS] : CORPUS_SECTIONS), debug, 'restamped')?.close();
    }
    if (!readerInUse) {
      void corpus.records; // read before the file closes (when they were left to be read on demand)
      reader.close();
    }
    debug(`cache hit${readerInUse ? ' (with index)' : ''}: ${file}`);
    return { corpus, ...(index ? { index } : {}), cache: 'hit', file };
  }
  debug(`cache miss: ${hit.reason}`);

  // Miss: stamp the files first (before the loader reads them: an edit made
  // while loading then shows as a change next time), load, index, write.
  let t = performance.now();
  const lap = (what: string) => {
    const now = performance.now();
    debug(`cache miss: ${what} in ${Math.round(now - t)} ms (rss ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MB)`);
    t = now;
  };
  const { DOCUMENT_EXTENSIONS } = await import('../parse/shapes.js');
  const stamps = stampCorpus(dir, DOCUMENT_EXTENSIONS, loadOptions(opts));
  lap('stamped the files');
  const corpus = await loadFresh(dir, loadOptions(opts));
  lap(`loaded ${corpus.documents.length} documents, ${corpus.records.length} records`);
  let built: import('./compact-index.js').BuiltIndex | undefined;
  if (opts.index) {
    const { buildCompactIndex } = await import('./compact-index.js');
    built = buildCompactIndex(corpus.records);
    lap('indexed');
  }
  let written: FileSource | null = null;
  if (stamps) {
    const header: Omit<CacheHeader, 'sections'> = { schema: CACHE_SCHEMA, quarry: opts.version, code, dir, ...stamps };
    written = write(file, header, (w) => {
      writeCorpus(w, corpus);
      if (built) writeSections(w, built.sections);
    }, debug, 'written');
    lap('wrote the cache');
  }
  let index: SearchIndex | undefined;
  if (built) {
    // Search the postings from the file just written (they need not stay in memory), else from memory.
    if (written) {
      try {
        index = await openIndex(written, corpus.records, corpus, debug);
      } catch (err) {
        debug(`cache index just written is unusable (${describe(err)})`);
      }
    }
    if (!index) {
      const { memoryIndex } = await import('./compact-index.js');
      index = memoryIndex(corpus.records, built);
    }
  } else written?.close();
  return { corpus, ...(index ? { index } : {}), cache: 'miss', file };
}

// ------------------------------------------------------------------ reading

type Hit =
  | {
      kind: 'hit';
      reader: CacheReader<CacheHeader>;
      corpus: Corpus;
      header: Omit<CacheHeader, 'sections'>;
      stale: boolean;
      /** the records by position, parsed on demand */
      source: RecordSource;
    }
  | { kind: 'miss'; reason: string };

function tryHit(file: string, dir: string, opts: CacheOptions, code: string, debug: (s: string) => void): Hit {
  let source: FileSource;
  try {
    source = new FileSource(file);
  } catch (err) {
    return { kind: 'miss', reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no cache file' : `cannot open ${file} (${describe(err)})` };
  }
  let reader: CacheReader<CacheHeader> | null = null;
  try {
    reader = CacheReader.open<CacheHeader>(source, source.size);
    const h = reader.header;
    if (h.schema !== CACHE_SCHEMA) return miss(reader, `cache schema ${h.schema}, now ${CACHE_SCHEMA}`);
    if (h.quarry !== opts.version) return miss(reader, `written by quarry ${h.quarry}, this is ${opts.version}`);
    if (h.code !== code) return miss(reader, 'quarry was rebuilt since');
    if (h.dir !== dir) return miss(reader, 'written for another folder');
    if ((h.ignoreFiles ?? true) !== (opts.ignoreFiles !== false)) return miss(reader, opts.ignoreFiles === false ? 'written with ignore files honoured' : 'written with --no-ignore');
    if (!Array.isArray(h.files)) throw new CacheCorruptError('cache header has no file list');
    const check = checkStamps(dir, h, loadOptions(opts));
    if (check.changed) return miss(reader, check.changed);
    const { corpus, source: records } = readCorpus(reader, dir, opts.index);
    const { sections: _sections, ...rest } = h;
    const header = check.restamped ? { ...rest, files: check.files, speakers: check.speakers } : rest;
    return { kind: 'hit', reader, corpus, header, stale: check.restamped, source: records };
  } catch (err) {
    reader?.close();
    source.close();
    if (err instanceof CacheCorruptError || err instanceof SyntaxError) {
      debug(`cache file unusable: ${err.message}`);
      return { kind: 'miss', reason: `corrupt cache file (${err.message})` };
    }
    if (err instanceof Error && err.name === 'CorpusFolderError') throw err;
    return { kind: 'miss', reason: `cannot read the cache (${describe(err)})` };
  }
}

function miss(reader: CacheReader<CacheHeader>, reason: string): Hit {
  reader.close();
  return { kind: 'miss', reason };
}

interface StampCheck {
  /** why the cache is out of date, or null */
  changed: string | null;
  /** some stamps were renewed (same content, new time, or no longer racy) */
  restamped: boolean;
  files: Stamp[];
  speakers: Stamp | null;
}

function checkStamps(dir: string, h: CacheHeader, listOptions: ListOptions): StampCheck {
  const out: StampCheck = { changed: null, restamped: false, files: [], speakers: null };
  if (!Array.isArray(h.extensions)) return { ...out, changed: 'the cache does not say which files are documents' };
  const listing = listCorpusFiles(dir, h.extensions, listOptions); // throws CorpusFolderError for an unreadable folder, as loading would
  if (JSON.stringify(listing.problems) !== h.folder) return { ...out, changed: 'the folder listing changed' };
  if (listing.files.length !== h.files.length) return { ...out, changed: `${listing.files.length} documents, the cache has ${h.files.length}` };
  const now = Date.now();
  for (let i = 0; i < listing.files.length; i++) {
    const f = listing.files[i]!;
    const stamp = h.files[i]!;
    if (!stamp || f.name !== stamp.name) return { ...out, changed: `document ${f.name} added or removed` };
    const r = recheck(f.path, stamp, now);
    if (r === 'changed') return { ...out, changed: `${f.name} changed` };
    if (r !== stamp) out.restamped = true;
    out.files.push(r);
  }
  const sp = speakersStat(dir);
  if (!sp !== !h.speakers) return { ...out, changed: `${SPEAKERS_FILE} added or removed` };
  if (sp && h.speakers) {
    const r = recheck(join(dir, SPEAKERS_FILE), h.speakers, now);
    if (r === 'changed') return { ...out, changed: `${SPEAKERS_FILE} changed` };
    if (r !== h.speakers) out.restamped = true;
    out.speakers = r;
  }
  return out;
}

/** The stamp still holds (itself), holds with new times (a new stamp), or 'changed'. */
function recheck(path: string, stamp: Stamp, now: number): Stamp | 'changed' {
  let st: Stats;
  try {
    st = statSync(path);
  } catch {
    return 'changed';
  }
  if (st.size !== stamp.size) return 'changed';
  const racy = stamp.mtimeMs + RACY_MS > stamp.checked;
  if (st.mtimeMs === stamp.mtimeMs && !racy) return stamp;
  let content: Buffer;
  try {
    content = readFileSync(path);
  } catch {
    return 'changed';
  }
  if (content.length !== stamp.size || sha1(content) !== stamp.sha1) return 'changed';
  // Unchanged. Renew the stamp once its time can be trusted again.
  if (st.mtimeMs === stamp.mtimeMs && st.mtimeMs + RACY_MS > now) return stamp;
  return { ...stamp, mtimeMs: st.mtimeMs, checked: now };
}

function speakersStat(dir: string): Stats | null {
  try {
    const st = statSync(join(dir, SPEAKERS_FILE));
    return st.isFile() ? st : null;
  } catch {
    return null;
  }
}

interface StoredCorpus extends Omit<Corpus, 'dir' | 'records' | 'registry'> {
  registry: SpeakerEntry[];
}

/**
 * Records are stored in blocks of about RECORD_BLOCK bytes of JSON, each with
 * its own checksum, and parsed one block at a time: reading a large corpus
 * never holds the whole text twice (bytes and one giant string) at once.
 * "records.offsets" holds each record's place in the records (offset and
 * length of its JSON, two 32-bit numbers), so that one record can be parsed
 * alone: a search parses only the records it ranks or shows.
 */
const RECORD_BLOCK = 1 << 20;
const CORPUS_SECTIONS = ['corpus', 'records', 'records.blocks', 'records.offsets'];

/**
 * The corpus, with every block of records verified. `lazy`: the records are
 * parsed when `corpus.records` is first read (a search may never read it),
 * and one by one through `source`; else at once.
 */
function readCorpus(reader: CacheReader<CacheHeader>, dir: string, lazy: boolean): { corpus: Corpus; source: RecordSource } {
  const stored = JSON.parse(reader.section('corpus').toString('utf8')) as StoredCorpus;
  const blocks = JSON.parse(reader.section('records.blocks').toString('utf8')) as [number, string][];
  if (!stored || !Array.isArray(stored.documents) || !Array.isArray(stored.problems) || !Array.isArray(stored.registry) || !Array.isArray(blocks)) {
    throw new CacheCorruptError('cache holds no corpus');
  }
  const offsetBytes = reader.section('records.offsets');
  if (offsetBytes.length % 8 !== 0) throw new CacheCorruptError('cache record offsets are malformed');
  const offsets = new Uint32Array(offsetBytes.length / 4);
  Buffer.from(offsets.buffer).set(offsetBytes);
  const count = offsets.length / 2;
  const total = reader.sectionLength('records');
  const parseAll = (): QuarryRecord[] => {
    const records: QuarryRecord[] = [];
    let at = 0;
    for (const [length, sum] of blocks) {
      const bytes = reader.slice('records', at, length);
      if (!lazy && checksum(bytes) !== sum) throw new CacheCorruptError('cache records checksum mismatch');
      const block = JSON.parse(bytes.toString('latin1')) as QuarryRecord[];
      if (!Array.isArray(block)) throw new CacheCorruptError('cache records are malformed');
      for (const r of block) records.push(r);
      at += length;
    }
    if (at !== total || records.length !== count) throw new CacheCorruptError('cache records are malformed');
    return records;
  };
  if (lazy) {
    // verified now (a damaged file is rebuilt, never trusted), parsed later
    let at = 0;
    for (const [length, sum] of blocks) {
      if (checksum(reader.slice('records', at, length)) !== sum) throw new CacheCorruptError('cache records checksum mismatch');
      at += length;
    }
    if (at !== total) throw new CacheCorruptError('cache records are malformed');
  }
  const { registry, ...rest } = stored;
  const corpus = { ...rest, dir, registry: new SpeakerRegistry(registry) } as Omit<Corpus, 'records'> as Corpus;
  let all: QuarryRecord[] | null = null;
  const records = (): QuarryRecord[] => (all ??= parseAll());
  if (lazy) {
    Object.defineProperty(corpus, 'records', {
      get: records,
      set: (v: QuarryRecord[]) => {
        all = v;
      },
      enumerable: true,
      configurable: true,
    });
  } else {
    corpus.records = records();
  }
  const one = new Map<number, QuarryRecord>();
  const source: RecordSource = {
    size: count,
    get(i) {
      if (all) return all[i]!;
      if (one.size > count / 8) {
        // a search that reads this many records (a phrase of stop words reads them all) reads them in blocks
        const every = records();
        for (const [k, r] of one) every[k] = r;
        return every[i]!;
      }
      let r = one.get(i);
      if (r === undefined) {
        if (!(Number.isInteger(i) && i >= 0 && i < count)) throw new CacheCorruptError(`no record ${i} in the cache`);
        r = JSON.parse(reader.slice('records', offsets[2 * i]!, offsets[2 * i + 1]!).toString('latin1')) as QuarryRecord;
        if (!r || typeof r !== 'object') throw new CacheCorruptError('cache records are malformed');
        one.set(i, r);
      }
      return r;
    },
    all: records,
  };
  return { corpus, source };
}

/** The corpus section, then the records streamed block by block, then the block list and the record offsets. */
function writeCorpus(w: CacheWriter, corpus: Corpus): void {
  const { dir: _dir, records, registry, ...rest } = corpus;
  const stored: StoredCorpus = { ...rest, registry: registry.names().map((name) => ({ name, aliases: registry.aliasesOf(name) })) };
  w.section('corpus', [Buffer.from(JSON.stringify(stored), 'utf8')]);
  const blocks: [number, string][] = [];
  const offsets = new Uint32Array(records.length * 2);
  w.begin('records');
  let from = 0;
  let at = 0; // bytes of the section written so far
  while (from < records.length) {
    // grow the block until its JSON is about RECORD_BLOCK bytes
    let to = from;
    let size = 0;
    while (to < records.length && (size < RECORD_BLOCK || to === from)) {
      size += records[to]!.text.length + 400;
      to++;
    }
    // the JSON array of the block's records, as asciiJson(records.slice(from, to)) writes it
    const parts: string[] = [];
    let pos = at + 1;
    for (let i = from; i < to; i++) {
      const json = asciiJson(records[i]);
      if (pos + json.length > 0xffffffff) throw new Error('cache: records past 4 GB');
      offsets[2 * i] = pos;
      offsets[2 * i + 1] = json.length;
      pos += json.length + 1;
      parts.push(json);
    }
    const bytes = Buffer.from(`[${parts.join(',')}]`, 'latin1');
    w.write(bytes);
    blocks.push([bytes.length, checksum(bytes)]);
    at += bytes.length;
    from = to;
  }
  w.end();
  w.section('records.blocks', [Buffer.from(JSON.stringify(blocks), 'utf8')]);
  w.section('records.offsets', [Buffer.from(offsets.buffer, offsets.byteOffset, offsets.byteLength)]);
}

function writeSections(w: CacheWriter, sections: Record<string, Uint8Array[]>): void {
  for (const [name, parts] of Object.entries(sections)) w.section(name, parts);
}

/** Copy sections from an opened cache file, verifying each against its checksum as it goes. */
function copySections(w: CacheWriter, reader: CacheReader<CacheHeader>, names: readonly string[]): void {
  const STEP = 4 << 20;
  for (const name of names) {
    const length = reader.sectionLength(name);
    const sum = new Checksum();
    w.begin(name);
    for (let at = 0; at < length; at += STEP) {
      const bytes = reader.slice(name, at, Math.min(STEP, length - at));
      sum.update(bytes);
      w.write(bytes);
    }
    w.end();
    if (sum.digest() !== reader.header.sections[name]!.sum) throw new CacheCorruptError(`cache section ${name} checksum mismatch`);
  }
}

async function openIndex(from: CacheReader<CacheHeader> | FileSource, records: QuarryRecord[] | RecordSource, corpus: Corpus, debug: (s: string) => void): Promise<SearchIndex> {
  const { openCompactIndex, memoryIndex } = await import('./compact-index.js');
  const own = from instanceof FileSource;
  let reader: CacheReader<CacheHeader>;
  try {
    reader = own ? CacheReader.open<CacheHeader>(from, from.size) : from;
  } catch (err) {
    if (own) from.close();
    throw err;
  }
  try {
    // The postings are read from the open file as queries reach them: it stays open.
    return openCompactIndex(reader, records, () => {
      debug('cache index postings unusable: searching an index built afresh');
      return memoryIndex(corpus.records);
    });
  } catch (err) {
    if (own) reader.close();
    throw err;
  }
}

// ------------------------------------------------------------------ writing

function stampCorpus(dir: string, extensions: readonly string[], listOptions: ListOptions): Pick<CacheHeader, 'files' | 'speakers' | 'folder' | 'extensions' | 'ignoreFiles'> | null {
  try {
    const now = Date.now();
    const listing = listCorpusFiles(dir, extensions, listOptions);
    const files = listing.files.map((f) => stampFile(f.path, f.name, now));
    const speakers = speakersStat(dir) ? stampFile(join(dir, SPEAKERS_FILE), SPEAKERS_FILE, now) : null;
    return { files, speakers, folder: JSON.stringify(listing.problems), extensions: [...extensions], ignoreFiles: listOptions.ignoreFiles !== false };
  } catch {
    return null; // the loader will report what is wrong; nothing is cached
  }
}

function stampFile(path: string, name: string, now: number): Stamp {
  const st = statSync(path);
  const content = readFileSync(path);
  return { name, size: st.size, mtimeMs: st.mtimeMs, sha1: sha1(content), checked: now };
}

/** Write a cache file; null (and a debug line) when it cannot be written. Returns the written bytes, open. */
function write(file: string, header: Omit<CacheHeader, 'sections'>, fill: (w: CacheWriter) => void, debug: (s: string) => void, what: string): FileSource | null {
  let w: CacheWriter | null = null;
  try {
    mkdirSync(dirname(file), { recursive: true });
    w = new CacheWriter(file);
    fill(w);
    const source = w.finish<CacheHeader>(header);
    debug(`cache ${what}: ${file}`);
    prune(dirname(file), file);
    return source;
  } catch (err) {
    w?.abort();
    debug(`cache not written (${describe(err)})`);
    return null;
  }
}

/** Keep the cache folder small: the MAX_ENTRIES most recently written files, and no leftover temporary files. */
function prune(root: string, keep: string): void {
  try {
    const now = Date.now();
    const entries: { path: string; mtimeMs: number }[] = [];
    for (const name of readdirSync(root)) {
      const path = join(root, name);
      if (name.endsWith('.tmp')) {
        try {
          if (now - statSync(path).mtimeMs > 3600_000) unlinkSync(path);
        } catch {
          // another process's, or gone
        }
        continue;
      }
      if (!name.endsWith(CACHE_EXTENSION) || path === keep) continue;
      try {
        entries.push({ path, mtimeMs: statSync(path).mtimeMs });
      } catch {
        // gone
      }
    }
    entries.sort((a, b) => b.mtimeMs - a.mtimeMs);
    for (const e of entries.slice(MAX_ENTRIES - 1)) {
      try {
        unlinkSync(e.path);
      } catch {
        // gone, or not ours to remove
      }
    }
  } catch {
    // a cache folder we cannot list is not worth a word
  }
}

// ------------------------------------------------------------------ helpers

async function loadFresh(dir: string, opts: LoadOptions): Promise<Corpus> {
  const { loadCorpus } = await import('../load/load.js');
  return loadCorpus(dir, opts);
}

/**
 * How the corpus is listed and loaded: ignore files as asked, the cache
 * folder never read (it may lie inside the corpus), and bugs escaping with
 * their stack under QUARRY_DEBUG=1.
 */
function loadOptions(opts: CacheOptions): LoadOptions {
  return {
    ignoreFiles: opts.ignoreFiles !== false,
    exclude: [cacheRoot(opts.env, opts.cwd)],
    debug: opts.debug ?? opts.env.QUARRY_DEBUG === '1',
  };
}

async function freshIndex(records: QuarryRecord[]): Promise<SearchIndex> {
  const { memoryIndex } = await import('./compact-index.js');
  return memoryIndex(records);
}

function debugLogger(opts: CacheOptions): (line: string) => void {
  const flags = (opts.env.QUARRY_DEBUG ?? '').split(',').map((s) => s.trim());
  if (!flags.includes('cache') || !opts.log) return () => {};
  const log = opts.log;
  return (line) => log(`quarry: ${line}`);
}

function describe(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof (err as { code: unknown }).code === 'string') return (err as { code: string }).code;
  return err instanceof Error ? err.message : String(err);
}

let fingerprint: string | undefined;

/**
 * The compiled code that decides what a corpus loads to: the modules of the
 * stages up to the index (and this one), by name, size and time. A rebuilt
 * quarry (`npm run build`) invalidates every cache; an installed one never
 * changes. The stemmer lives in a package, not in these modules, so its name
 * and version are part of the fingerprint too: another stemmer builds
 * another index.
 */
export function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const base = dirname(dirname(fileURLToPath(import.meta.url)));
  const lines: string[] = [`stemmer\t${STEMMER}`];
  for (const stage of ['corpus', 'parse', 'figures', 'load', 'model', 'index', 'cache']) {
    let names: string[];
    try {
      names = readdirSync(join(base, stage)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (!/\.(?:js|ts)$/.test(name)) continue;
      try {
        const st = statSync(join(base, stage, name));
        lines.push(`${stage}/${name}\t${st.size}\t${st.mtimeMs}`);
      } catch {
        // gone
      }
    }
  }
  fingerprint = sha1(lines.join('\n'));
  return fingerprint;
}
