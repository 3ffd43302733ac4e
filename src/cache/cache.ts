/**
 * The cache stage: a loaded corpus (documents, problems, speakers, records)
 * and its search index, kept in one file per corpus folder, one entry per
 * document, so that a later run answers without reading, parsing or
 * indexing what did not change.
 *
 * The whole file is valid for a corpus when it has the same cache schema,
 * quarry version, compiled code (sizes and times of the modules that decide
 * what a corpus loads to), corpus path, ignore-file setting and speakers.yml
 * (what every document depends on); else every document is read again. A
 * document's entry is valid when its file has the same size and
 * modification time, or, when the time differs but the size does not, the
 * same content (SHA-1), and its bytes verify. A file modified within
 * RACY_MS of being stamped is always checked by content: a second edit
 * inside one clock tick keeps its time. Documents with no valid entry are
 * read and parsed again (and nothing else); entries of files that went are
 * dropped; the index gains a segment over the re-read documents (see
 * compact-index.ts, segments). A cache that cannot be read or written is
 * never an error: the corpus is loaded as if there were none.
 *
 * When every entry is valid, nothing here loads the front matter reader,
 * YAML or the parsers: they are imported for documents to read only. The
 * index sections are read only when a command asks for the index, and then
 * lazily; so are the records: verified at once, parsed one by one as a
 * search or a filter (through the record columns) asks for them (by their
 * place, through "records.offsets"), all of them only when something reads
 * `corpus.records`.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listCorpusFiles, type CorpusFile } from '../corpus/files.js';
import type { SearchIndex } from '../index/index.js';
import { STEMMER } from '../index/stem.js';
import type { LoadOptions } from '../load/load.js';
import type { Corpus, DocumentInfo, Problem } from '../model/corpus.js';
import type { QuarryRecord } from '../model/record.js';
import { SpeakerRegistry, type SpeakerEntry } from '../model/speakers.js';
import type { RecordSource } from './compact-index.js';
import { setColumns, type CorpusColumns, type DocColumns } from './columns.js';
import { asciiJson, CacheCorruptError, CacheReader, CacheWriter, Checksum, checksum, FileSource, INDEX_SECTIONS, sectionsReader, sha1, type HeaderBase, type SectionReader } from './format.js';
import { cacheFileName, cacheRoot, CACHE_EXTENSION } from './location.js';

/** Bump when what the cache stores, or how, changes. */
export const CACHE_SCHEMA = 3;
/** A file modified this close to being stamped is checked by content every time (coarse file-system clocks). */
export const RACY_MS = 3000;
/** Cache files kept in the cache folder; the least recently written go first. */
export const MAX_ENTRIES = 16;
/** Index segments kept before they are merged into one (each costs a little at every search). */
export const MAX_SEGMENTS = 8;
const SPEAKERS_FILE = 'speakers.yml';

export interface Stamp {
  name: string;
  size: number;
  mtimeMs: number;
  sha1: string;
  /** when the stamp was taken (ms since the epoch) */
  checked: number;
}

/** Where a part of a document's entry is: offset and length in its section, and its checksum. */
export type Extent = [number, number, string];

/** One document's entry: its file's stamp, where its head and records are, and the index segment holding them. */
export interface DocEntry extends Stamp {
  /** {info, problems, cols} as JSON, in "docs.head" (each column itself a JSON string: parsed only by a filter that reads it) */
  head: Extent;
  /** its records, one JSON array, in "records" */
  recs: Extent;
  count: number;
  /** the id of the index segment that holds its records (absent: no index) */
  seg?: number;
}

/** An index segment: its sections (prefix + "index.…") and the documents it was built over, in its own order, with their record counts. */
export interface SegmentRef {
  id: number;
  prefix: string;
  docs: [string, number][];
}

export interface CacheHeader extends HeaderBase {
  schema: number;
  quarry: string;
  code: string;
  dir: string;
  /** the documents (duplicates of an earlier id excepted), in corpus order */
  docs: DocEntry[];
  speakers: Stamp | null;
  /**
   * the file extensions that were documents when the cache was built (the
   * parse stage's shape list): a warm run lists the folder with them without
   * loading any parser
   */
  extensions: string[];
  /** whether .quarryignore / .gitignore were honoured (absent: yes) */
  ignoreFiles?: boolean;
  /** the index segments (null: no index yet) */
  segments: SegmentRef[] | null;
  /** the index's average field lengths over the whole corpus (segmentAverages) */
  avg: number[] | null;
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
  /** told the name of every document the run reads and parses (tests prove the others were left alone) */
  onReload?: (name: string) => void;
  /** passed to the loader: called after each document it parses */
  onProgress?: LoadOptions['onProgress'];
}

/** hit: read from the cache; update: the changed documents re-read, the rest from the cache; miss: every document loaded; off: --no-cache */
export type CacheOutcome = 'hit' | 'update' | 'miss' | 'off';

export interface CachedCorpus {
  corpus: Corpus;
  index?: SearchIndex;
  cache: CacheOutcome;
  /** the cache file, when there is one */
  file?: string;
  /** the documents read and parsed by this run (file names) */
  reloaded?: string[];
}

/** What the cache keeps of a document besides its records: what `check` and `docs` show, and the record columns filters read. */
export interface DocHead {
  info: DocumentInfo;
  problems: Problem[];
  /** the record columns, each but `t` as JSON */
  cols: StoredColumns;
}

/**
 * The fields filters read, per record of a document, so that `list` and a
 * filtered search pick records without parsing any (`year`, `date` and
 * `doc` are the document's own). t: type letters; s: speaker number in S
 * (-1: none); p: topic numbers in P; y: mentioned years.
 */
export interface RecordColumns {
  t: string;
  S: string[];
  s: number[];
  P: string[];
  p: number[][];
  y: number[][];
}

interface CorpusPart {
  registry: SpeakerEntry[];
  /** speakers.yml's problems (it is read whole for every document: a change to it rebuilds everything) */
  problems: Problem[];
}

// ------------------------------------------------------------------ public

/**
 * The corpus of `dir` (an absolute path), from the cache where it is valid:
 * documents whose file changed, appeared, or whose entry is damaged are read
 * and parsed again, the others come from the cache. Throws only what
 * loading throws (CorpusFolderError for an unreadable folder).
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

  const old = examine(file, dir, opts, code, debug);
  if (old.kind === 'old' && old.reload.length === 0 && old.removed === 0) {
    const { reader, header } = old;
    const heads = header.docs.map((e) => old.kept.get(e.name)!.head);
    const corpus = buildCorpus(dir, old.listing, old.part, heads, null, old.listing.files.length === 0 ? await noDocuments(dir) : null);
    const source = recordSource(reader, header.docs);
    attachRecords(corpus, source);
    setColumns(corpus, columnTable(heads, source));
    let index: SearchIndex | undefined;
    if (opts.index && header.segments && !old.restamped) {
      try {
        index = await openIndex(reader, header, source, corpus, debug);
      } catch (err) {
        debug(`cache index unusable (${describe(err)}): building it`);
      }
    }
    if (index || !(opts.index || old.restamped)) {
      // The file stays open: records (and postings) are read from it as they are asked for.
      debug(`cache hit${index ? ' (with index)' : ''}: ${file}`);
      return { corpus, ...(index ? { index } : {}), cache: 'hit', file };
    }
    // Restamp (same content, new times: the next run need not read the files again), or add the index.
    const plan: PlanItem[] = header.docs.map((e) => ({ kind: 'kept', entry: old.kept.get(e.name)!.entry, head: old.kept.get(e.name)!.head }));
    const addIndex = opts.index && !old.restamped;
    const done = await commit(file, dir, opts, code, debug, old, plan, old.part, corpus.problems, { fullIndex: addIndex || (opts.index && !header.segments) }, addIndex ? 'index added' : 'restamped');
    debug(`cache hit: ${file}`);
    return { ...done.result, cache: 'hit', file };
  }
  if (old.kind === 'none') debug(`cache miss: ${old.reason}`);

  // Update or miss: stamp the files to read first (before the loader reads
  // them: an edit made while loading then shows as a change next time),
  // load them, and write the cache with the rest copied as it was.
  let t = performance.now();
  const lap = (what: string) => {
    const now = performance.now();
    debug(`cache ${old.kind === 'old' ? 'update' : 'miss'}: ${what} in ${Math.round(now - t)} ms (rss ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MB)`);
    t = now;
  };
  let listing: Listing;
  let toLoad: CorpusFile[];
  let extensions: string[];
  if (old.kind === 'old') {
    listing = old.listing;
    toLoad = old.reload;
    extensions = old.header.extensions;
    debug(`cache update: ${toLoad.length} document${toLoad.length === 1 ? '' : 's'} to read (${toLoad.map((f) => f.name).join(', ')}), ${old.removed} gone`);
  } else {
    const { DOCUMENT_EXTENSIONS } = await import('../parse/shapes.js');
    extensions = [...DOCUMENT_EXTENSIONS];
    listing = listCorpusFiles(dir, extensions, loadOptions(opts)); // throws CorpusFolderError as loading would
    toLoad = primaryFiles(listing.files);
  }
  const now = Date.now();
  const stamps = new Map<string, Stamp | null>();
  for (const f of toLoad) {
    try {
      stamps.set(f.name, stampFile(f.path, f.name, now));
    } catch {
      stamps.set(f.name, null); // the loader will say what is wrong; this document is read again next time
    }
  }
  const speakers = old.kind === 'old' ? old.speakers : stampSpeakers(dir, now);
  lap('stamped the files');
  for (const f of toLoad) opts.onReload?.(f.name);
  const loaded = toLoad.length || old.kind !== 'old' ? await loadSome(dir, toLoad, loadOptions(opts)) : null;
  lap(`loaded ${toLoad.length} documents`);
  const part: CorpusPart = old.kind === 'old' ? old.part : { registry: registryEntries(loaded!.registry), problems: loaded!.problems.filter((p) => !loaded!.byName.has(p.file)) };
  const fresh = new Map<string, NewDoc>();
  for (const f of toLoad) {
    const doc = loaded!.byName.get(f.name);
    if (doc) fresh.set(f.name, { ...doc, stamp: stamps.get(f.name) ?? null });
  }
  const plan: PlanItem[] = [];
  for (const f of primaryFiles(listing.files)) {
    const kept = old.kind === 'old' ? old.kept.get(f.name) : undefined;
    if (kept) plan.push({ kind: 'kept', entry: kept.entry, head: kept.head });
    else plan.push({ kind: 'new', doc: fresh.get(f.name)! });
  }
  const problemsByName = new Map(plan.map((p) => (p.kind === 'kept' ? [p.entry.name, p.head.problems] : [p.doc.info.file, p.doc.problems])));
  const problems = assembleProblems(listing, part, (name) => problemsByName.get(name) ?? [], listing.files.length === 0 ? await noDocuments(dir) : null);
  const header0 = { extensions, speakers, ignoreFiles: opts.ignoreFiles !== false };
  const done = await commit(file, dir, opts, code, debug, old.kind === 'old' ? old : null, plan, part, problems, { fullIndex: opts.index && !(old.kind === 'old' && old.header.segments), header: header0 }, 'written');
  lap('wrote the cache');
  return { ...done.result, cache: old.kind === 'old' ? 'update' : 'miss', file, reloaded: toLoad.map((f) => f.name) };
}

// ------------------------------------------------------------------ reading

type Listing = ReturnType<typeof listCorpusFiles>;

type Old =
  | {
      kind: 'old';
      reader: CacheReader<CacheHeader>;
      header: CacheHeader;
      listing: Listing;
      part: CorpusPart;
      speakers: Stamp | null;
      /** the documents whose entries hold (stamp renewed where it was) */
      kept: Map<string, { entry: DocEntry; head: DocHead }>;
      /** documents to read: changed, added, or with a damaged entry */
      reload: CorpusFile[];
      /** entries of documents no longer in the corpus */
      removed: number;
      restamped: boolean;
    }
  | { kind: 'none'; reason: string };

/** The documents of a listing that are loaded: the first file of each id (a later one is a "duplicate document id" problem). */
function primaryFiles(files: readonly CorpusFile[]): CorpusFile[] {
  const seen = new Set<string>();
  return files.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}

/** Open the cache file and sort the corpus's documents into kept (entry valid) and to read again. */
function examine(file: string, dir: string, opts: CacheOptions, code: string, debug: (s: string) => void): Old {
  let source: FileSource;
  try {
    source = new FileSource(file);
  } catch (err) {
    return { kind: 'none', reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no cache file' : `cannot open ${file} (${describe(err)})` };
  }
  let reader: CacheReader<CacheHeader> | null = null;
  const none = (reason: string): Old => {
    reader?.close();
    return { kind: 'none', reason };
  };
  try {
    reader = CacheReader.open<CacheHeader>(source, source.size);
    const h = reader.header;
    if (h.schema !== CACHE_SCHEMA) return none(`cache schema ${h.schema}, now ${CACHE_SCHEMA}`);
    if (h.quarry !== opts.version) return none(`written by quarry ${h.quarry}, this is ${opts.version}`);
    if (h.code !== code) return none('quarry was rebuilt since');
    if (h.dir !== dir) return none('written for another folder');
    if ((h.ignoreFiles ?? true) !== (opts.ignoreFiles !== false)) return none(opts.ignoreFiles === false ? 'written with ignore files honoured' : 'written with --no-ignore');
    if (!Array.isArray(h.docs) || !Array.isArray(h.extensions) || (h.segments !== null && !Array.isArray(h.segments))) throw new CacheCorruptError('cache header has no document list');
    const listing = listCorpusFiles(dir, h.extensions, loadOptions(opts)); // throws CorpusFolderError for an unreadable folder, as loading would
    const now = Date.now();
    // speakers.yml is read for every document: a change to it reads every document again
    const sp = speakersStat(dir);
    if (!sp !== !h.speakers) return none(`${SPEAKERS_FILE} added or removed`);
    let speakers: Stamp | null = null;
    let restamped = false;
    if (sp && h.speakers) {
      const r = recheck(join(dir, SPEAKERS_FILE), h.speakers, now);
      if (r === 'changed') return none(`${SPEAKERS_FILE} changed`);
      if (r !== h.speakers) restamped = true;
      speakers = r;
    }
    const part = JSON.parse(reader.section('corpus').toString('utf8')) as CorpusPart;
    if (!part || !Array.isArray(part.registry) || !Array.isArray(part.problems)) throw new CacheCorruptError('cache holds no corpus');
    const entries = new Map<string, DocEntry>();
    for (const e of h.docs) entries.set(e.name, e);
    const kept = new Map<string, { entry: DocEntry; head: DocHead }>();
    const reload: CorpusFile[] = [];
    for (const f of primaryFiles(listing.files)) {
      const e = entries.get(f.name);
      if (!e) {
        reload.push(f);
        continue;
      }
      const r = recheck(f.path, e, now);
      if (r === 'changed') {
        reload.push(f);
        continue;
      }
      const head = readHead(reader, e);
      if (!head) {
        debug(`cache entry of ${f.name} is damaged: reading it again`);
        reload.push(f);
        continue;
      }
      if (r !== e) restamped = true;
      kept.set(f.name, { entry: r === e ? e : { ...e, mtimeMs: r.mtimeMs, checked: r.checked }, head });
    }
    let removed = h.docs.length - kept.size - reload.filter((f) => entries.has(f.name)).length;
    // the entries are in the listing's order; should that order ever change, the entries are rewritten in the new one
    const primaries = primaryFiles(listing.files);
    if (!removed && !reload.length && primaries.some((f, i) => h.docs[i]?.name !== f.name)) removed = 1;
    return { kind: 'old', reader, header: h, listing, part, speakers, kept, reload, removed, restamped };
  } catch (err) {
    reader?.close();
    source.close();
    if (err instanceof CacheCorruptError || err instanceof SyntaxError) {
      debug(`cache file unusable: ${err.message}`);
      return { kind: 'none', reason: `corrupt cache file (${err.message})` };
    }
    if (err instanceof Error && err.name === 'CorpusFolderError') throw err;
    return { kind: 'none', reason: `cannot read the cache (${describe(err)})` };
  }
}

/** A document's head, with its records verified; null when either does not verify (the document is read again). */
function readHead(reader: CacheReader<CacheHeader>, e: DocEntry): DocHead | null {
  try {
    if (!validExtent(e.head) || !validExtent(e.recs) || !Number.isSafeInteger(e.count)) return null;
    const bytes = reader.slice('docs.head', e.head[0], e.head[1]);
    if (checksum(bytes) !== e.head[2]) return null;
    if (checksum(reader.slice('records', e.recs[0], e.recs[1])) !== e.recs[2]) return null;
    const head = JSON.parse(bytes.toString('latin1')) as DocHead;
    if (!head || typeof head !== 'object' || !head.info || !Array.isArray(head.problems) || !head.cols || typeof head.cols.t !== 'string' || head.cols.t.length !== e.count) return null;
    return head;
  } catch {
    return null;
  }
}

function validExtent(x: unknown): x is Extent {
  return Array.isArray(x) && x.length === 3 && Number.isSafeInteger(x[0]) && Number.isSafeInteger(x[1]) && typeof x[2] === 'string';
}

/** The corpus's problems in the order loading gives them: the folder's, speakers.yml's, then each file's. */
function assembleProblems(listing: Listing, part: CorpusPart, problemsOf: (name: string) => Problem[], noDocs: Problem | null): Problem[] {
  const problems: Problem[] = listing.problems.map((p) => ({ file: p.file, line: null, severity: p.severity, message: p.message }));
  if (noDocs) problems.push(noDocs);
  append(problems, part.problems);
  const seen = new Map<string, string>();
  for (const f of listing.files) {
    const earlier = seen.get(f.id);
    if (earlier) {
      problems.push({ file: f.name, line: null, severity: 'error', message: `duplicate document id '${f.id}' (also ${earlier})` });
      continue;
    }
    seen.set(f.id, f.name);
    append(problems, problemsOf(f.name));
  }
  return problems;
}

async function noDocuments(dir: string): Promise<Problem> {
  const { documentKinds } = await import('../load/load.js');
  return { file: '.', line: null, severity: 'error', message: `no documents in ${dir} (${documentKinds()})` };
}

/** The corpus without its records (attachRecords gives it them). */
function buildCorpus(dir: string, listing: Listing, part: CorpusPart, heads: DocHead[], problems: Problem[] | null, noDocs: Problem | null = null): Corpus {
  const byName = new Map(heads.map((h) => [h.info.file, h]));
  const all = problems ?? assembleProblems(listing, part, (name) => byName.get(name)?.problems ?? [], noDocs);
  return { dir, documents: heads.map((h) => h.info), problems: all, registry: new SpeakerRegistry(part.registry) } as Omit<Corpus, 'records'> as Corpus;
}

/**
 * The records by place, parsed on demand: one record alone through
 * "records.offsets" (a search parses only what it ranks or shows), all of
 * them a document at a time.
 */
function recordSource(reader: CacheReader<CacheHeader>, docs: readonly DocEntry[]): RecordSource {
  const offsetBytes = reader.section('records.offsets');
  const count = docs.reduce((n, e) => n + e.count, 0);
  if (offsetBytes.length !== count * 8) throw new CacheCorruptError('cache record offsets are malformed');
  const offsets = new Uint32Array(count * 2);
  Buffer.from(offsets.buffer).set(offsetBytes);
  let all: QuarryRecord[] | null = null;
  const parseAll = (): QuarryRecord[] => {
    const records: QuarryRecord[] = [];
    for (const e of docs) {
      const block = JSON.parse(reader.slice('records', e.recs[0], e.recs[1]).toString('latin1')) as QuarryRecord[];
      if (!Array.isArray(block) || block.length !== e.count) throw new CacheCorruptError('cache records are malformed');
      append(records, block);
    }
    return records;
  };
  const one = new Map<number, QuarryRecord>();
  const records = (): QuarryRecord[] => (all ??= parseAll());
  return {
    size: count,
    get(i) {
      if (all) return all[i]!;
      if (one.size > count / 8) {
        // a search that reads this many records (a phrase of stop words reads them all) reads them a document at a time
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
}

/** `corpus.records`, parsed when first read (a search may never read it). */
function attachRecords(corpus: Corpus, source: RecordSource): void {
  let all: QuarryRecord[] | null = null;
  Object.defineProperty(corpus, 'records', {
    get: () => (all ??= source.all()),
    set: (v: QuarryRecord[]) => {
      all = v;
    },
    enumerable: true,
    configurable: true,
  });
}

/** Each segment's short ids → places in the corpus (-1: the record's document changed or went). */
function segmentMaps(docs: readonly DocEntry[], segments: readonly SegmentRef[]): Int32Array[] {
  const start = new Map<string, { e: DocEntry; at: number }>();
  let at = 0;
  for (const e of docs) {
    start.set(e.name, { e, at });
    at += e.count;
  }
  return segments.map((seg) => {
    const n = seg.docs.reduce((k, [, c]) => k + c, 0);
    const map = new Int32Array(n);
    let local = 0;
    for (const [name, c] of seg.docs) {
      const live = start.get(name);
      const ok = live && live.e.seg === seg.id && live.e.count === c;
      for (let k = 0; k < c; k++) map[local++] = ok ? live.at + k : -1;
    }
    return map;
  });
}

/** Whether each segment's live records keep their order (so its postings stay in corpus order): the listing order is stable, so they do. */
function ascending(maps: readonly Int32Array[]): boolean {
  for (const m of maps) {
    let last = -1;
    for (let i = 0; i < m.length; i++) {
      if (m[i]! < 0) continue;
      if (m[i]! <= last) return false;
      last = m[i]!;
    }
  }
  return true;
}

function prefixed(reader: SectionReader, prefix: string): SectionReader {
  if (!prefix) return reader;
  return { section: (n) => reader.section(prefix + n), slice: (n, o, l) => reader.slice(prefix + n, o, l) };
}

function isIdentity(maps: readonly Int32Array[], total: number): boolean {
  if (maps.length !== 1 || maps[0]!.length !== total) return false;
  const m = maps[0]!;
  for (let i = 0; i < m.length; i++) if (m[i] !== i) return false;
  return true;
}

async function openIndex(reader: CacheReader<CacheHeader>, header: CacheHeader, source: RecordSource, corpus: Corpus, debug: (s: string) => void): Promise<SearchIndex> {
  const { openCompactIndex, openSegmentedIndex, memoryIndex } = await import('./compact-index.js');
  const segments = header.segments!;
  const maps = segmentMaps(header.docs, segments);
  if (!ascending(maps)) throw new CacheCorruptError('cache index segments are out of order');
  const fallback = () => {
    debug('cache index postings unusable: searching an index built afresh');
    return memoryIndex(corpus.records);
  };
  // The postings are read from the open file as queries reach them: it stays open.
  if (isIdentity(maps, source.size)) return openCompactIndex(prefixed(reader, segments[0]!.prefix), source, fallback);
  if (!Array.isArray(header.avg)) throw new CacheCorruptError('cache index has no average field lengths');
  return openSegmentedIndex(
    segments.map((s, i) => ({ reader: prefixed(reader, s.prefix), toGlobal: maps[i]! })),
    source.size,
    header.avg,
    source,
    fallback,
  );
}

// ------------------------------------------------------------------ writing

interface NewDoc {
  info: DocumentInfo;
  problems: Problem[];
  records: QuarryRecord[];
  stamp: Stamp | null;
}

type PlanItem = { kind: 'kept'; entry: DocEntry; head: DocHead } | { kind: 'new'; doc: NewDoc };

interface Loaded {
  registry: SpeakerRegistry;
  /** problems not of a document (speakers.yml's) */
  problems: Problem[];
  byName: Map<string, Omit<NewDoc, 'stamp'>>;
}

/** Load some documents (loadFiles: the per-document unit), and split what it gives by document. */
async function loadSome(dir: string, files: CorpusFile[], opts: LoadOptions): Promise<Loaded> {
  const { loadFiles } = await import('../load/load.js');
  const corpus = await loadFiles(dir, files, opts);
  const byName = new Map<string, Omit<NewDoc, 'stamp'>>();
  const byId = new Map<string, Omit<NewDoc, 'stamp'>>();
  for (const info of corpus.documents) {
    const doc = { info, problems: [] as Problem[], records: [] as QuarryRecord[] };
    byName.set(info.file, doc);
    byId.set(info.id, doc);
  }
  const others: Problem[] = [];
  for (const p of corpus.problems) {
    const doc = byName.get(p.file);
    if (doc) doc.problems.push(p);
    else others.push(p);
  }
  for (const r of corpus.records) byId.get(r.doc)!.records.push(r);
  return { registry: corpus.registry, problems: others, byName };
}

function registryEntries(registry: SpeakerRegistry): SpeakerEntry[] {
  return registry.names().map((name) => ({ name, aliases: registry.aliasesOf(name) }));
}

function recordColumns(records: readonly QuarryRecord[]): RecordColumns {
  const cols: RecordColumns = { t: '', S: [], s: [], P: [], p: [], y: [] };
  const speakers = new Map<string, number>();
  const topics = new Map<string, number>();
  for (const r of records) {
    cols.t += TYPE_LETTER[r.type];
    if (r.speaker === null) cols.s.push(-1);
    else {
      let k = speakers.get(r.speaker);
      if (k === undefined) speakers.set(r.speaker, (k = cols.S.push(r.speaker) - 1));
      cols.s.push(k);
    }
    cols.p.push(
      r.topics.map((t) => {
        let k = topics.get(t);
        if (k === undefined) topics.set(t, (k = cols.P.push(t) - 1));
        return k;
      }),
    );
    cols.y.push(r.years);
  }
  return cols;
}

type StoredColumns = { t: string } & Record<'S' | 's' | 'P' | 'p' | 'y', string>;

function storedColumns(c: RecordColumns): StoredColumns {
  return { t: c.t, S: JSON.stringify(c.S), s: JSON.stringify(c.s), P: JSON.stringify(c.P), p: JSON.stringify(c.p), y: JSON.stringify(c.y) };
}

/** A document's columns, each parsed when a filter first reads it (--mentions alone reads the years). */
class StoredDocColumns implements DocColumns {
  private parsed: Partial<Omit<RecordColumns, 't'>> = {};
  readonly t: string;
  constructor(
    readonly id: string,
    readonly year: number | null,
    readonly start: number,
    private readonly stored: StoredColumns,
  ) {
    this.t = stored.t;
  }
  private col<K extends keyof Omit<RecordColumns, 't'>>(k: K): RecordColumns[K] {
    return (this.parsed[k] ??= JSON.parse(this.stored[k]) as RecordColumns[K]) as RecordColumns[K];
  }
  get S(): string[] {
    return this.col('S');
  }
  get s(): number[] {
    return this.col('s');
  }
  get P(): string[] {
    return this.col('P');
  }
  get p(): number[][] {
    return this.col('p');
  }
  get y(): number[][] {
    return this.col('y');
  }
}

export const TYPE_LETTER = { qa: 'a', quote: 'q', claim: 'c' } as const;

/** The corpus's columns, for filters that read no record (./columns.ts). */
function columnTable(heads: readonly DocHead[], records: RecordSource): CorpusColumns {
  let docs: DocColumns[] | null = null;
  return {
    get docs(): DocColumns[] {
      if (docs) return docs;
      let start = 0;
      docs = heads.map((h) => {
        const d = new StoredDocColumns(h.info.id, h.info.meta.year, start, h.cols);
        start += h.cols.t.length;
        return d;
      });
      if (start !== records.size) throw new CacheCorruptError('cache record columns do not fit the records');
      return docs;
    },
    records,
  };
}

/** Copies byte ranges of a section, joining ranges that follow each other into one read. */
class RangeCopier {
  private from = -1;
  private length = 0;
  constructor(
    private readonly w: CacheWriter,
    private readonly reader: CacheReader<CacheHeader>,
    private readonly section: string,
  ) {}
  add(offset: number, length: number): void {
    if (this.from >= 0 && this.from + this.length === offset) {
      this.length += length;
      return;
    }
    this.flush();
    this.from = offset;
    this.length = length;
  }
  flush(): void {
    const STEP = 4 << 20;
    for (let at = 0; at < this.length; at += STEP) this.w.write(this.reader.slice(this.section, this.from + at, Math.min(STEP, this.length - at)));
    this.from = -1;
    this.length = 0;
  }
}

/**
 * Write the cache file for `plan` (the corpus's documents in order: kept
 * entries are copied as they are, new ones written), with the index: the
 * old segments whose documents are still there, plus one over the new
 * documents; or one index over everything (`fullIndex`, or when the
 * segments would be too many or too dead). Then open what was written (or,
 * when nothing can be written, the same corpus in memory).
 */
async function commit(
  file: string,
  dir: string,
  opts: CacheOptions,
  code: string,
  debug: (s: string) => void,
  old: Extract<Old, { kind: 'old' }> | null,
  plan: PlanItem[],
  part: CorpusPart,
  problems: Problem[],
  how: { fullIndex: boolean; header?: Pick<CacheHeader, 'extensions' | 'speakers' | 'ignoreFiles'> },
  what: string,
): Promise<{ result: { corpus: Corpus; index?: SearchIndex }; reader?: CacheReader<CacheHeader> }> {
  const reader = old?.reader ?? null;
  // the records of every document, in memory (an index over everything, or no cache file)
  const recordsOf = (item: PlanItem): QuarryRecord[] => {
    if (item.kind === 'new') return item.doc.records;
    const block = JSON.parse(reader!.slice('records', item.entry.recs[0], item.entry.recs[1]).toString('latin1')) as QuarryRecord[];
    if (!Array.isArray(block) || block.length !== item.entry.count) throw new CacheCorruptError('cache records are malformed');
    return block;
  };
  const newDocs = plan.filter((p): p is Extract<PlanItem, { kind: 'new' }> => p.kind === 'new');
  const oldSegments = old?.header.segments ?? null;
  const compact = await import('./compact-index.js');
  type Seg = { ref: SegmentRef; sections: Record<string, Uint8Array[]> | null; avg?: number[] };
  let segments: Seg[] | null = null;
  const total = plan.reduce((n, p) => n + (p.kind === 'kept' ? p.entry.count : p.doc.records.length), 0);
  const everything = (): Seg[] => {
    const built = compact.buildCompactIndex(plan.flatMap(recordsOf));
    const docs = plan.map((p): [string, number] => (p.kind === 'kept' ? [p.entry.name, p.entry.count] : [p.doc.info.file, p.doc.records.length]));
    return [{ ref: { id: 0, prefix: '', docs }, sections: built.sections, avg: built.meta.avgFieldLength }];
  };
  // the segment each document's records are indexed in, where it is not the entry's own (new, or merged)
  const segFor = new Map<PlanItem, number>();
  let t = performance.now();
  if (how.fullIndex) segments = everything();
  else if (oldSegments) {
    let nextId = Math.max(-1, ...oldSegments.map((s) => s.id)) + 1;
    const live = new Set(plan.filter((p) => p.kind === 'kept').map((p) => `${(p as { entry: DocEntry }).entry.seg}\u0000${(p as { entry: DocEntry }).entry.name}`));
    segments = oldSegments.filter((s) => s.docs.some(([name]) => live.has(`${s.id}\u0000${name}`))).map((ref) => ({ ref, sections: null }));
    /** A segment over these documents' records (in corpus order), or null when their ids are not unique. */
    const segmentOver = (items: PlanItem[]): Seg | null => {
      const built = compact.buildCompactIndex(items.flatMap(recordsOf));
      if (!built.meta.unique) return null;
      const id = nextId++;
      for (const item of items) segFor.set(item, id);
      return { ref: { id, prefix: `s${id}.`, docs: items.map((p): [string, number] => (p.kind === 'kept' ? [p.entry.name, p.entry.count] : [p.doc.info.file, p.doc.records.length])) }, sections: built.sections };
    };
    if (newDocs.some((p) => p.doc.records.length)) {
      const seg = segmentOver(newDocs);
      if (seg) segments.push(seg);
      else segments = null;
    }
    if (segments && segments.length > MAX_SEGMENTS) {
      // Too many: the small ones are merged into one (their documents indexed again); the largest stays as it is.
      const size = (s: Seg) => s.ref.docs.reduce((k, [, c]) => k + c, 0);
      const base = segments.reduce((a, b) => (size(b) > size(a) ? b : a));
      const merged = new Set(segments.filter((s) => s !== base).map((s) => s.ref.id));
      const items = plan.filter((p) => (p.kind === 'kept' ? merged.has(segFor.get(p) ?? p.entry.seg!) : merged.has(segFor.get(p)!)));
      const seg = segmentOver(items);
      segments = seg ? [base, seg] : null;
    }
    const held = segments ? segments.reduce((n, s) => n + s.ref.docs.reduce((k, [, c]) => k + c, 0), 0) : 0;
    // more dead records than live ones: one index over everything again
    if (!segments || held - total > total) {
      segFor.clear();
      segments = everything();
    }
  }
  debug(`cache index: ${segments ? `${segments.length} segment${segments.length === 1 ? '' : 's'}` : 'none'} in ${Math.round(performance.now() - t)} ms`);
  t = performance.now();

  // The entries as they will be written: new offsets, and the segment holding each document.
  const fresh = segments?.length === 1 && segments[0]!.sections !== null && segments[0]!.ref.id === 0 && segments[0]!.ref.prefix === '';
  const header: Omit<CacheHeader, 'sections'> = {
    schema: CACHE_SCHEMA,
    quarry: opts.version,
    code,
    dir,
    docs: [],
    speakers: old ? old.speakers : (how.header?.speakers ?? null),
    extensions: old ? old.header.extensions : how.header!.extensions,
    ignoreFiles: opts.ignoreFiles !== false,
    segments: segments ? segments.map((s) => s.ref) : null,
    avg: null,
  };
  const newHeadObjects = new Map<PlanItem, DocHead>();
  for (const item of newDocs) newHeadObjects.set(item, { info: item.doc.info, problems: item.doc.problems, cols: storedColumns(recordColumns(item.doc.records)) });
  const segOf = (item: PlanItem): { seg?: number } => {
    if (!segments) return {};
    if (fresh) return { seg: 0 };
    const seg = segFor.get(item) ?? (item.kind === 'kept' ? item.entry.seg : undefined);
    return seg === undefined ? {} : { seg };
  };

  // The sections are streamed (a new document's JSON is made as it is written, never all at once);
  // the entries, with their new offsets and checksums, are filled in on the way: the header goes last.
  const written = write(file, header, (w) => {
    w.section('corpus', [Buffer.from(JSON.stringify(part), 'utf8')]);
    const heads: Extent[] = [];
    w.begin('docs.head');
    let copy = reader ? new RangeCopier(w, reader, 'docs.head') : null;
    let at = 0;
    for (const item of plan) {
      if (item.kind === 'kept') {
        copy!.add(item.entry.head[0], item.entry.head[1]);
        heads.push([at, item.entry.head[1], item.entry.head[2]]);
        at += item.entry.head[1];
      } else {
        copy?.flush();
        const bytes = Buffer.from(asciiJson(newHeadObjects.get(item)!), 'latin1');
        w.write(bytes);
        heads.push([at, bytes.length, checksum(bytes)]);
        at += bytes.length;
      }
    }
    copy?.flush();
    w.end();
    // every record's offset and length in "records": the old ones moved with their document, the new ones as written
    const offsets = new Uint32Array(total * 2);
    let k = 0;
    let oldOffsets: Uint32Array | null = null;
    const oldStart = new Map<string, number>();
    if (old && plan.some((p) => p.kind === 'kept')) {
      const bytes = reader!.section('records.offsets');
      oldOffsets = new Uint32Array(bytes.length / 4);
      Buffer.from(oldOffsets.buffer).set(bytes);
      let from = 0;
      for (const e of old.header.docs) {
        oldStart.set(e.name, from);
        from += e.count;
      }
    }
    w.begin('records');
    copy = reader ? new RangeCopier(w, reader, 'records') : null;
    at = 0;
    plan.forEach((item, i) => {
      if (item.kind === 'kept') {
        const e = item.entry;
        copy!.add(e.recs[0], e.recs[1]);
        const from = oldStart.get(e.name)!;
        for (let j = 0; j < e.count; j++) {
          offsets[2 * k] = oldOffsets![2 * (from + j)]! - e.recs[0] + at;
          offsets[2 * k + 1] = oldOffsets![2 * (from + j) + 1]!;
          k++;
        }
        header.docs.push({ ...e, head: heads[i]!, recs: [at, e.recs[1], e.recs[2]], ...segOf(item) });
        at += e.recs[1];
      } else {
        copy?.flush();
        const parts: string[] = [];
        let pos = at + 1;
        for (const r of item.doc.records) {
          const json = asciiJson(r);
          if (pos + json.length > 0xffffffff) throw new Error('cache: records past 4 GB');
          offsets[2 * k] = pos;
          offsets[2 * k + 1] = json.length;
          k++;
          pos += json.length + 1;
          parts.push(json);
        }
        const bytes = Buffer.from(`[${parts.join(',')}]`, 'latin1');
        w.write(bytes);
        // A document that could not be stamped (unreadable) gets a stamp no file matches: the next run reads it again.
        const stamp = item.doc.stamp ?? { name: item.doc.info.file, size: -1, mtimeMs: -1, sha1: '', checked: 0 };
        header.docs.push({ ...stamp, head: heads[i]!, recs: [at, bytes.length, checksum(bytes)], count: item.doc.records.length, ...segOf(item) });
        at += bytes.length;
      }
    });
    copy?.flush();
    w.end();
    w.section('records.offsets', [Buffer.from(offsets.buffer, offsets.byteOffset, offsets.byteLength)]);
    if (segments && !fresh) {
      const maps = segmentMaps(header.docs, header.segments!);
      const inputs = segments.map((s, i) => ({
        reader: s.sections ? sectionsReader(s.sections) : prefixed(reader!, s.ref.prefix),
        toGlobal: maps[i]!,
      }));
      header.avg = compact.segmentAverages(inputs, total);
    } else if (segments) header.avg = segments[0]!.avg!;
    for (const s of segments ?? []) {
      if (s.sections) for (const [name, parts] of Object.entries(s.sections)) w.section(s.ref.prefix + name, parts);
      else copySections(w, reader!, [...INDEX_SECTIONS, 'index.present'].map((n) => s.ref.prefix + n));
    }
  }, debug, what);
  debug(`cache written in ${Math.round(performance.now() - t)} ms`);
  // header.docs lines up with the plan only while every new document was stamped
  if (written) {
    old?.reader.close();
    const r = CacheReader.open<CacheHeader>(written, written.size);
    try {
      const heads = plan.map((p) => (p.kind === 'kept' ? p.head : newHeadObjects.get(p)!));
      const corpus = buildCorpus(dir, old?.listing ?? { files: [], problems: [] }, part, heads, problems);
      const source = recordSource(r, r.header.docs);
      attachRecords(corpus, source);
      setColumns(corpus, columnTable(heads, source));
      let index: SearchIndex | undefined;
      if (opts.index && r.header.segments) {
        try {
          index = await openIndex(r, r.header, source, corpus, debug);
        } catch (err) {
          debug(`cache index just written is unusable (${describe(err)})`);
        }
      }
      if (opts.index && !index) index = compact.memoryIndex(corpus.records);
      return { result: { corpus, ...(index ? { index } : {}) } };
    } catch (err) {
      r.close();
      throw err;
    }
  }
  // Nothing written: the same corpus, in memory.
  const records = plan.flatMap(recordsOf);
  const heads = plan.map((p) => (p.kind === 'kept' ? p.head : newHeadObjects.get(p)!));
  const corpus = buildCorpus(dir, old?.listing ?? { files: [], problems: [] }, part, heads, problems);
  corpus.records = records;
  old?.reader.close();
  return { result: { corpus, ...(opts.index ? { index: compact.memoryIndex(records) } : {}) } };
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

/** `push(...xs)` passes xs as arguments and overflows the stack past ~100k items. */
function append<T>(into: T[], from: readonly T[]): void {
  for (const x of from) into.push(x);
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

function stampSpeakers(dir: string, now: number): Stamp | null {
  try {
    return speakersStat(dir) ? stampFile(join(dir, SPEAKERS_FILE), SPEAKERS_FILE, now) : null;
  } catch {
    return null;
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
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
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
