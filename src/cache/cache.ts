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
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listCorpusFiles, type CorpusFile } from '../corpus/files.js';
import type { SearchIndex } from '../index/index.js';
import { STEMMER } from '../index/stem.js';
import type { LoadOptions } from '../load/load.js';
import type { Corpus, DocumentInfo, Problem } from '../model/corpus.js';
import { documentWordsOf } from '../index/words.js';
import type { QuarryRecord } from '../model/record.js';
import { recordsArrayText } from '../model/record-json.js';
import { lastAtOrBelow } from '../model/sorted.js';
import { SpeakerRegistry, declaredEntries, withDeclaredSpeakers, type SpeakerEntry } from '../model/speakers.js';
import type { RecordSource } from './compact-index.js';
import { setColumns, SPEAKER_BASE, SPEAKER_CODES, type CorpusColumns, type DocColumns, type SpeakerColumn } from './columns.js';
import { asciiJson, CacheCorruptError, CacheReader, CacheWriter, checksum, FileSource, sha1, typedArrayOf, type HeaderBase, type SectionReader } from './format.js';
import { cacheFileName, cacheRoot, CACHE_EXTENSION } from './location.js';

/**
 * Bump when what the cache stores, or how, changes. (5: a head's record columns follow it, a line each, each parsed only when read.
 * 6: records are stored as `--format json` prints them, UTF-8, so `list` re-emits their bytes.
 * 7: the index holds its lookup tree's arrays ("index.flat"), so opening does not walk the tree.
 * 8: records carry `role`, and the index a `role` field.
 * 9: the manifest's entries in two sections, a table of numbers and lists of strings, not JSON objects in its
 *    header, each with its document's id, year, status and whether it has problems, so a warm search reads no head.
 * 10: the index's term labels as one string and a table of where each ends ("index.labels", "index.labelEnds"),
 *    not a JSON list: a warm search no longer parses every label to look up a few.
 * 11: a head's record column s (each record's speaker number) as a string of one code unit a record (the
 *    number + SPEAKER_BASE), not a JSON list of numbers: `list --speaker` parsed 2,000 such lists at 1,000×.
 * 12: the index has a `title` field: each record holds its document's title, so a word only the title has is found.
 * 13: a document's head holds the lines no record holds (DocumentInfo.nearby), and the index a `nearby` field: the
 *    record nearest each such line holds its words, so a word only a byline, roster or heading has is found.)
 */
export const CACHE_SCHEMA = 13;
/** A file modified this close to being stamped is checked by content every time (coarse file-system clocks). */
export const RACY_MS = 3000;
/** Corpus caches (manifests) kept in the cache folder; the least recently written go first, with their packs. */
export const MAX_ENTRIES = 16;
/** Packs (each with its index segment) kept before the small ones are merged into one (each costs a little at every run). */
export const MAX_SEGMENTS = 8;
/**
 * A pack no manifest names is removed only once it is this old: a concurrent
 * writer may have written it and not yet renamed the manifest that names it.
 */
export const PACK_GRACE_MS = 120_000;
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

/** One document's entry: its file's stamp, and where its head and records are (a pack). */
export interface DocEntry extends Stamp {
  /** the id of the pack holding it (its head, its records, and the index segment over them) */
  pack: number;
  /** in the pack's "docs.head": {info, problems} as JSON, then each record column as JSON on a line of its own (headBytes: a column is parsed only when a filter reads it) */
  head: Extent;
  /**
   * its records, one JSON array in the pack's "records": exactly the text
   * `--format json` prints for them (pretty-printed, UTF-8, without the final
   * newline), each record's element at its offset in "records.offsets"
   */
  recs: Extent;
  count: number;
  /** the place of its first record in the pack's "records.offsets" */
  first: number;
  /**
   * of its head: info.id, info.meta.year, info.ok, and whether it has no
   * problems: what a warm run reads of every document, so that a search
   * reads no head at all (schema 9)
   */
  id: string;
  year: number | null;
  ok: boolean;
  clean: boolean;
}

/**
 * A pack: an immutable file in the cache folder holding some documents'
 * heads and records and, when the cache has an index, the index segment
 * over them. `docs`: the documents it was written with, in its order, with
 * their record counts (the segment's short ids follow them); a document
 * that changed or went since is dead in it.
 */
export interface PackRef {
  id: number;
  /** its file name in the cache folder */
  file: string;
  /** its size in bytes */
  size: number;
  /**
   * its file's modification time and inode when its entries were last
   * verified: while they hold, nothing has written to it since, and its
   * entries' records are not read again to check them (absent: check them)
   */
  mtimeMs?: number;
  ino?: number;
  docs: [string, number][];
}

/** The manifest's header: what the corpus is made of. */
export interface CacheHeader extends HeaderBase {
  schema: number;
  quarry: string;
  code: string;
  dir: string;
  /**
   * the documents (duplicates of an earlier id excepted), in corpus order;
   * in the file, not in the header's JSON but in its sections "docs.text"
   * and "docs.table" (encodeDocs)
   */
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
  /** the packs the documents are in */
  packs: PackRef[];
  /** whether every pack holds an index segment over its documents */
  index: boolean;
  /** the index's average field lengths over the whole corpus (segmentAverages) */
  avg: number[] | null;
}

/** A pack file's header. */
interface PackHeader extends HeaderBase {
  pack: number;
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
  /** how many records the document has */
  count: number;
  /** a record column (read from the cache only when first asked for) */
  column<K extends ColumnKey>(k: K): RecordColumns[K];
}

type ColumnKey = keyof RecordColumns;
/** The order of the columns' lines in a head's bytes. */
const COLUMN_KEYS: readonly ColumnKey[] = ['t', 'S', 's', 'P', 'p', 'y'];

/** A document just loaded: its columns made from its records. */
function freshHead(info: DocumentInfo, problems: Problem[], records: readonly QuarryRecord[]): DocHead {
  const cols = recordColumns(records);
  return { info, problems, count: records.length, column: (k) => cols[k] };
}

/**
 * The fields filters read, per record of a document, so that `list` and a
 * filtered search pick records without parsing any (`year`, `date` and
 * `doc` are the document's own). t: type letters; s: speaker number in S
 * (-1: none), see speakerColumn; p: topic numbers in P; y: mentioned years.
 */
export interface RecordColumns {
  t: string;
  S: string[];
  s: SpeakerColumn;
  P: string[];
  p: number[][];
  y: number[][];
}

interface CorpusPart {
  /** speakers.yml's speakers */
  registry: SpeakerEntry[];
  /** each document's front matter speakers written with aliases (file name, entries), in corpus order: the registry holds them too */
  declared?: [string, SpeakerEntry[]][];
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
    return { corpus, ...(opts.index ? { index: await freshIndex(corpus) } : {}), cache: 'off' };
  }
  const root = cacheRoot(opts.env, opts.cwd);
  const file = join(root, cacheFileName(dir));
  const code = codeFingerprint();

  const examined = stopwatch(debug);
  let old = examine(file, root, dir, opts, code, debug);
  if (old.kind === 'old' && old.missing) {
    // A pack the manifest names is gone: a concurrent writer replaced the manifest (and removed
    // what it no longer names) between our reading it and opening its packs. Read the new one.
    closePacks(old.packs);
    debug('cache pack missing: reading the manifest again');
    old = examine(file, root, dir, opts, code, debug);
  }
  if (old.kind === 'old' && old.reload.length === 0 && old.removed === 0) {
    const { header, packs } = old;
    const heads = header.docs.map((e) => old.kept.get(e.name)!.head);
    // each head's file is its entry's name (both the listing's name of the document): read off the manifest, not the heads
    const corpus = buildCorpus(dir, old.listing, old.part, heads, null, old.listing.files.length === 0 ? await noDocuments(dir) : null, header.docs.map((e) => e.name));
    const index = await serveFromPacks(corpus, packs, header, heads, opts, debug, (why) => `cache index unusable (${why}): building it`);
    if (!old.restamped && (index || !opts.index)) {
      // The packs stay open: records (and postings) are read from them as they are asked for.
      debug(`cache hit${index ? ' (with index)' : ''}: ${file}, examined and opened in ${examined()}`);
      return { corpus, ...(index ? { index } : {}), cache: 'hit', file };
    }
    // Restamp (same content, new times: the next run need not read the files again; the manifest alone is written), or add the index.
    const plan: PlanItem[] = header.docs.map((e) => ({ kind: 'kept', entry: old.kept.get(e.name)!.entry, head: old.kept.get(e.name)!.head }));
    const addIndex = opts.index && !index;
    const done = await commit(file, root, dir, opts, code, debug, old, plan, old.part, corpus.problems, { fullIndex: addIndex }, addIndex ? 'index added' : 'restamped');
    debug(`cache hit: ${file}`);
    return { ...done, cache: 'hit', file };
  }
  if (old.kind === 'none') debug(`cache miss: ${old.reason}`);
  else debug(`cache examined in ${examined()}`);

  // Update or miss: stamp the files to read first (before the loader reads
  // them: an edit made while loading then shows as a change next time),
  // load them, and write a pack of them and a new manifest.
  const clock = stopwatch(debug);
  const lap = (what: string) => debug(`cache ${old.kind === 'old' ? 'update' : 'miss'}: ${what} in ${clock()} (${memoryText()})`);
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
  if (old.kind === 'none' && toLoad.length) {
    const cold = await coldBuild(file, root, dir, opts, code, debug, { listing, toLoad, stamps, speakers, extensions });
    if (cold) {
      lap(`loaded ${toLoad.length} documents into a pack`);
      return { ...cold, cache: 'miss', file, reloaded: toLoad.map((f) => f.name) };
    }
  }
  const loaded = toLoad.length || old.kind !== 'old' ? await loadSome(dir, toLoad, loadOptions(opts)) : null;
  lap(`loaded ${toLoad.length} documents`);
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
  // the registry's front-matter speakers, again from every document now in the corpus
  const oldDeclared = new Map(old.kind === 'old' ? (old.part.declared ?? []) : []);
  const declared = plan.flatMap((p): [string, SpeakerEntry[]][] => {
    const name = p.kind === 'kept' ? p.entry.name : p.doc.info.file;
    const entries = p.kind === 'kept' ? (oldDeclared.get(name) ?? []) : declaredEntries(p.doc.info.meta.aliases);
    return entries.length ? [[name, entries]] : [];
  });
  const part: CorpusPart = {
    ...(old.kind === 'old' ? old.part : { registry: registryEntries(loaded!.registry), problems: loaded!.problems.filter((p) => !loaded!.byName.has(p.file)) }),
    declared,
  };
  const problemsByName = new Map(plan.map((p) => (p.kind === 'kept' ? [p.entry.name, p.head.problems] : [p.doc.info.file, p.doc.problems])));
  const problems = assembleProblems(listing, part, (name) => problemsByName.get(name) ?? [], listing.files.length === 0 ? await noDocuments(dir) : null);
  const header0 = { extensions, speakers, ignoreFiles: opts.ignoreFiles !== false };
  const done = await commit(file, root, dir, opts, code, debug, old.kind === 'old' ? old : null, plan, part, problems, { fullIndex: opts.index && !(old.kind === 'old' && old.header.index), header: header0 }, 'written');
  lap('wrote the cache');
  return { ...done, cache: old.kind === 'old' ? 'update' : 'miss', file, reloaded: toLoad.map((f) => f.name) };
}

// ------------------------------------------------------------------ reading

type Listing = ReturnType<typeof listCorpusFiles>;
type Packs = Map<number, CacheReader<PackHeader>>;

type Old =
  | {
      kind: 'old';
      header: CacheHeader;
      /** the packs that could be opened, by id */
      packs: Packs;
      /** the packs' files as opened */
      packFiles: Map<number, PackFile>;
      /** a pack the manifest names is not there */
      missing: boolean;
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

function closePacks(packs: Packs): void {
  for (const r of packs.values()) r.close();
  packs.clear();
}

/** A pack's file name: the corpus's cache file name, a unique part, the pack extension (never a path). */
const PACK_NAME = /^([0-9a-f]{24})\.[0-9a-z]{1,40}\.qpack$/;
export const PACK_EXTENSION = '.qpack';

/** A pack's file as opened: whether it is untouched since its entries were verified, and its times to record. */
interface PackFile {
  untouched: boolean;
  mtimeMs: number;
  ino: number;
}

/** Open a pack the manifest names; a reason when it cannot be used. */
function openPack(root: string, p: PackRef): { reader: CacheReader<PackHeader>; file: PackFile } | { reason: string; missing: boolean } {
  let source: FileSource;
  try {
    source = new FileSource(join(root, p.file));
  } catch (err) {
    return { reason: describe(err), missing: (err as NodeJS.ErrnoException).code === 'ENOENT' };
  }
  try {
    if (source.size !== p.size) throw new CacheCorruptError(`${source.size} bytes, the manifest says ${p.size}`);
    const reader = CacheReader.open<PackHeader>(source, source.size);
    if (reader.header.pack !== CACHE_SCHEMA) throw new CacheCorruptError(`pack schema ${reader.header.pack}`);
    const untouched = p.mtimeMs === source.mtimeMs && p.ino === source.ino;
    // a pack not written since its entries were verified: its sections are trusted as its records are
    if (untouched) reader.trust();
    return { reader, file: { untouched, mtimeMs: source.mtimeMs, ino: source.ino } };
  } catch (err) {
    source.close();
    return { reason: describe(err), missing: false };
  }
}

/** Open the manifest and the packs, and sort the corpus's documents into kept (entry valid) and to read again. */
function examine(file: string, root: string, dir: string, opts: CacheOptions, code: string, debug: (s: string) => void): Old {
  let source: FileSource;
  try {
    source = new FileSource(file);
  } catch (err) {
    return { kind: 'none', reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no cache file' : `cannot open ${file} (${describe(err)})` };
  }
  let manifest: CacheReader<CacheHeader> | null = null;
  const packs: Packs = new Map();
  const none = (reason: string): Old => {
    manifest?.close();
    closePacks(packs);
    return { kind: 'none', reason };
  };
  try {
    manifest = CacheReader.open<CacheHeader>(source, source.size);
    const h = manifest.header;
    if (h.schema !== CACHE_SCHEMA) return none(`cache schema ${h.schema}, now ${CACHE_SCHEMA}`);
    if (h.quarry !== opts.version) return none(`written by quarry ${h.quarry}, this is ${opts.version}`);
    if (h.code !== code) return none('quarry was rebuilt since');
    if (h.dir !== dir) return none('written for another folder');
    if ((h.ignoreFiles ?? true) !== (opts.ignoreFiles !== false)) return none(opts.ignoreFiles === false ? 'written with ignore files honoured' : 'written with --no-ignore');
    h.docs = manifestDocs(manifest);
    if (!Array.isArray(h.extensions) || !Array.isArray(h.packs) || typeof h.index !== 'boolean') throw new CacheCorruptError('cache header has no document list');
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
    const part = JSON.parse(manifest.section('corpus').toString('utf8')) as CorpusPart;
    if (!part || !Array.isArray(part.registry) || !Array.isArray(part.problems) || (part.declared !== undefined && !Array.isArray(part.declared))) throw new CacheCorruptError('cache holds no corpus');
    manifest.close();
    manifest = null;
    let missing = false;
    const packFiles = new Map<number, PackFile>();
    const ids = new Set<number>();
    for (const p of h.packs) {
      if (!p || !Number.isSafeInteger(p.id) || ids.has(p.id) || typeof p.file !== 'string' || !PACK_NAME.test(p.file) || !Number.isSafeInteger(p.size) || !Array.isArray(p.docs)) {
        throw new CacheCorruptError('cache pack list is malformed');
      }
      ids.add(p.id);
      const r = openPack(root, p);
      if ('reader' in r) {
        packs.set(p.id, r.reader);
        packFiles.set(p.id, r.file);
      } else {
        missing ||= r.missing;
        debug(`cache pack ${p.file} unusable (${r.reason}): its documents are read again`);
      }
    }
    const entries = new Map<string, DocEntry>();
    for (const e of h.docs) entries.set(e.name, e);
    const kept = new Map<string, { entry: DocEntry; head: DocHead }>();
    const reload: CorpusFile[] = [];
    const candidates: { f: CorpusFile; e: DocEntry; r: Stamp }[] = [];
    for (const f of primaryFiles(listing.files)) {
      const e = entries.get(f.name);
      const r = e ? recheck(f.path, e, now) : 'changed';
      if (r === 'changed') reload.push(f);
      else candidates.push({ f, e: e!, r });
    }
    // A pack untouched since its entries were verified is not read whole again to verify them
    // (its frame and each head still are); one that was (copied, touched, damaged) is, and its
    // new times go in the manifest once its live entries verify.
    const toVerify = candidates.filter((c) => packFiles.get(c.e.pack)?.untouched === false);
    const recordSums = verifyRecords(packs, toVerify.map((c) => c.e));
    // each pack's heads in one read (a read per document cost more than parsing them at 1,000×),
    // verified whole by the section's checksum when it holds (one CRC instead of one per document);
    // when it does not, each entry is checked alone, so damage costs only the documents it hits
    const headSections = new Map<number, HeadSection | null>();
    // an untouched pack's heads are read when a head is first read (a filter's columns, `docs`),
    // not at open: a warm search reads of each document only what its entry holds
    const lazyHeads = new Map<number, LazyHeads>();
    const lazyOf = (id: number): LazyHeads => {
      let heads = lazyHeads.get(id);
      if (!heads) lazyHeads.set(id, (heads = new LazyHeads(packs.get(id)!)));
      return heads;
    };
    const headsOf = (id: number): HeadSection | null => {
      if (!headSections.has(id)) {
        const reader = packs.get(id);
        let heads: HeadSection | null = null;
        try {
          if (reader) {
            const bytes = reader.slice('docs.head', 0, reader.sectionLength('docs.head'));
            heads = headSection(bytes, reader.verifies('docs.head', bytes));
          }
        } catch {
          // no heads section: every entry of the pack fails alone
        }
        headSections.set(id, heads);
      }
      return headSections.get(id)!;
    };
    for (const { f, e, r } of candidates) {
      const pack = packs.get(e.pack);
      let head: DocHead | null = null;
      if (pack && packFiles.get(e.pack)!.untouched) head = lazyHead(lazyOf(e.pack), e);
      else {
        const heads = pack && recordSums.get(e) !== false ? headsOf(e.pack) : null;
        head = heads ? readHead(heads, e) : null;
      }
      if (!head) {
        if (pack) debug(`cache entry of ${f.name} is damaged: reading it again`);
        reload.push(f);
        continue;
      }
      // its id changed (a file of the same name and another extension came or went, so it keeps
      // its extension now, or no longer): its records carry the old id, so it is read again
      if (e.id !== f.id) {
        reload.push(f);
        continue;
      }
      if (r !== e || !packFiles.get(e.pack)!.untouched) restamped = true;
      kept.set(f.name, { entry: r === e ? e : { ...e, mtimeMs: r.mtimeMs, checked: r.checked }, head });
    }
    // in the listing's order, as the plan reads them
    if (candidates.length && reload.length) {
      const order = new Map(listing.files.map((f, i) => [f.name, i]));
      reload.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
    }
    let removed = h.docs.length - kept.size - reload.filter((f) => entries.has(f.name)).length;
    // the entries are in the listing's order; should that order ever change, the entries are rewritten in the new one
    const primaries = primaryFiles(listing.files);
    if (!removed && !reload.length && primaries.some((f, i) => h.docs[i]?.name !== f.name)) removed = 1;
    return { kind: 'old', header: h, packs, packFiles, missing, listing, part, speakers, kept, reload, removed, restamped };
  } catch (err) {
    manifest?.close();
    source.close();
    closePacks(packs);
    if (err instanceof CacheCorruptError || err instanceof SyntaxError) {
      debug(`cache file unusable: ${err.message}`);
      return { kind: 'none', reason: `corrupt cache file (${err.message})` };
    }
    if (err instanceof Error && err.name === 'CorpusFolderError') throw err;
    return { kind: 'none', reason: `cannot read the cache (${describe(err)})` };
  }
}

/**
 * Whether each entry's records verify (their checksum), read pack by pack in
 * file order through one reused buffer. An entry whose extent is malformed
 * or whose pack is not open does not.
 */
function verifyRecords(packs: Packs, entries: readonly DocEntry[]): Map<DocEntry, boolean> {
  const ok = new Map<DocEntry, boolean>();
  const byPack = new Map<number, DocEntry[]>();
  for (const e of entries) {
    ok.set(e, false);
    if (!packs.has(e.pack) || !validExtent(e.recs)) continue;
    let list = byPack.get(e.pack);
    if (!list) byPack.set(e.pack, (list = []));
    list.push(e);
  }
  for (const [id, list] of byPack) {
    list.sort((a, b) => a.recs[0] - b.recs[0]);
    const reader = packs.get(id)!;
    try {
      const sums = reader.sums('records', list.map((e) => [e.recs[0], e.recs[1]] as const));
      list.forEach((e, i) => ok.set(e, sums[i] === e.recs[2]));
    } catch {
      // an extent past the section: try each alone, so only the bad ones are lost
      for (const e of list) {
        try {
          ok.set(e, reader.sums('records', [[e.recs[0], e.recs[1]]])[0] === e.recs[2]);
        } catch {
          // stays false
        }
      }
    }
  }
  return ok;
}

/**
 * A pack's "docs.head" section: its bytes, and the same as text (latin1: the
 * heads are ASCII JSON, asciiJson), in which each head is found and read.
 * `verified`: the bytes were checked whole against the section's checksum,
 * so an entry's own checksum need not be computed again.
 */
interface HeadSection {
  bytes: Buffer;
  text: string;
  verified: boolean;
}

function headSection(bytes: Buffer, verified: boolean): HeadSection {
  // One string of the section: a head is then found and checked with the string's own
  // builtins (indexOf, startsWith), not a Buffer subarray and method calls per head
  // (5,000 heads at 1,000×: ≈ 30 ms of a warm run, most of it those calls' argument checks).
  return { bytes, text: bytes.toString('latin1'), verified };
}

/** Whether an entry's parts are well formed (what its head and records are read with). */
function validEntry(e: DocEntry): boolean {
  return (
    validExtent(e.head) &&
    validExtent(e.recs) &&
    Number.isSafeInteger(e.count) &&
    Number.isSafeInteger(e.first) &&
    typeof e.id === 'string' &&
    (e.year === null || typeof e.year === 'number') &&
    typeof e.ok === 'boolean' &&
    typeof e.clean === 'boolean'
  );
}

/**
 * A document's head, from its pack's "docs.head" (its records verified apart:
 * verifyRecords); null when it does not verify (the document is read again).
 */
function readHead(heads: HeadSection, e: DocEntry): DocHead | null {
  try {
    if (!validEntry(e)) return null;
    const start = e.head[0];
    const end = start + e.head[1];
    if (start < 0 || e.head[1] < 0 || end > heads.bytes.length) return null;
    if (!heads.verified && checksum(heads.bytes.subarray(start, end)) !== e.head[2]) return null;
    const head = new CachedHead(e, heads);
    return head.wellFormed() ? head : null;
  } catch {
    return null;
  }
}

/**
 * A document's head in a pack that is trusted (untouched since it was
 * verified), its bytes not read yet; null when its entry is malformed. A head
 * whose bytes turn out malformed when first read throws CacheCorruptError,
 * as a record of such a pack does.
 */
function lazyHead(heads: LazyHeads, e: DocEntry): DocHead | null {
  if (!validEntry(e) || e.head[0] < 0 || e.head[1] < 0 || e.head[0] + e.head[1] > heads.length) return null;
  return new CachedHead(e, heads);
}

/** A trusted pack's "docs.head", read whole (as latin1 text, HeadSection) when a head is first read. */
class LazyHeads {
  readonly length: number;
  private read: string | null = null;
  constructor(private readonly reader: CacheReader<PackHeader>) {
    this.length = reader.sectionLength('docs.head');
  }
  get text(): string {
    return (this.read ??= this.reader.slice('docs.head', 0, this.length).toString('latin1'));
  }
}

/** CachedHead.speakersIn's names as JSON, per list of names (one list per query). */
const NEEDLES = new WeakMap<readonly string[], string[]>();

/** The start of a head's JSON, up to its file name: {"info":{"id":"…","file":"…" */
const HEAD_FILE = /^\{"info":\{"id":"(?:[^"\\]|\\.)*","file":("(?:[^"\\]|\\.)*")/;

/**
 * A head read from the cache. Nothing of it is parsed until asked for, and
 * what a search or `list` needs of every document (its id, year, status and
 * whether it has problems) is its manifest entry's, so its bytes are not even
 * read until a filter reads its record columns or something its info (in
 * a pack untouched since it was verified: LazyHeads). Its record columns
 * (most of a head's bytes: 70 % at 1,000×) are parsed one by one when first
 * read: `list` and filters read the ones they filter by, an unfiltered
 * search or `docs` none. The bytes were verified with the head (or belong to
 * a trusted pack), so a column that does not fit its document is a bug or
 * damage the pack's times did not show: it throws.
 */
class CachedHead implements DocHead {
  readonly count: number;
  private readonly parsed: Partial<RecordColumns> = {};
  private whole: Pick<DocHead, 'info' | 'problems'> | null = null;
  private readonly start: number;
  private readonly end: number;
  /** where the head's JSON ends (the line break before the first column), once found */
  private split = -1;
  private noProblems: Problem[] | null = null;
  constructor(
    private readonly entry: Pick<DocEntry, 'head' | 'count' | 'id' | 'year' | 'ok' | 'clean'>,
    /** the pack's heads as text; this head is text[start … end) */
    private readonly heads: { readonly text: string },
  ) {
    this.count = entry.count;
    this.start = entry.head[0];
    this.end = entry.head[0] + entry.head[1];
  }
  /** Whether the bytes have a head's shape: its JSON on the first line, opening with "{" and closing with "}". */
  wellFormed(): boolean {
    const text = this.heads.text;
    const split = text.indexOf('\n', this.start);
    if (this.end > text.length || split <= this.start || split >= this.end || text.charCodeAt(this.start) !== 0x7b || text.charCodeAt(split - 1) !== 0x7d) return false;
    this.split = split;
    return true;
  }
  /** Read its pack's heads now, if they are not yet (before the pack is closed); damage shows when the head is used. */
  read(): void {
    try {
      void this.heads.text;
    } catch {
      // the head is then unreadable, as it would have been
    }
  }
  /** The heads' text, this head checked to be well formed. */
  private text(): string {
    if (this.split < 0 && !this.wellFormed()) throw new CacheCorruptError('a cached document head is malformed');
    return this.heads.text;
  }
  private head(): Pick<DocHead, 'info' | 'problems'> {
    if (this.whole) return this.whole;
    const text = this.text();
    const head = JSON.parse(text.slice(this.start, this.split)) as Pick<DocHead, 'info' | 'problems'>;
    if (!head || typeof head !== 'object' || !head.info || !Array.isArray(head.problems)) throw new CacheCorruptError('a cached document head is malformed');
    return (this.whole = head);
  }
  get info(): DocumentInfo {
    return this.head().info;
  }
  get problems(): Problem[] {
    if (this.whole) return this.whole.problems;
    return this.entry.clean ? (this.noProblems ??= []) : this.head().problems;
  }
  /** info.ok */
  get ok(): boolean {
    return this.whole ? this.whole.info.ok : this.entry.ok;
  }
  /** info.file */
  get file(): string {
    if (this.whole) return this.whole.info.file;
    const text = this.text();
    // a short prefix first: the id and file are the head's first keys (a string of 4 kB per head cost more than parsing it)
    for (const end of [Math.min(this.split, this.start + 512), this.split]) {
      const m = HEAD_FILE.exec(text.slice(this.start, end));
      if (m) return JSON.parse(m[1]!) as string;
    }
    return this.head().info.file;
  }
  /** info.id and info.meta.year (a --doc or --year filter reads them of every document): the entry's */
  idAndYear(): { id: string; year: number | null } {
    return { id: this.entry.id, year: this.entry.year };
  }
  /** A column's JSON, unparsed: its line of the heads' text. */
  private columnText(k: ColumnKey): string {
    const text = this.text();
    let from = this.split + 1;
    for (let i = 0; i < COLUMN_KEYS.indexOf(k); i++) {
      const nl = text.indexOf('\n', from);
      if (nl < 0 || nl >= this.end) throw new CacheCorruptError(`cache record columns of ${this.file} are cut short`);
      from = nl + 1;
    }
    let to = text.indexOf('\n', from);
    if (to < 0 || to > this.end) to = this.end;
    return text.slice(from, to);
  }
  column<K extends ColumnKey>(k: K): RecordColumns[K] {
    const known = this.parsed[k];
    if (known !== undefined) return known as RecordColumns[K];
    const value = JSON.parse(this.columnText(k)) as RecordColumns[K];
    const length = typeof value === 'string' || Array.isArray(value) ? value.length : -1;
    if (length < 0 || (k !== 'S' && k !== 'P' && length !== this.count)) throw new CacheCorruptError(`cache record column ${k} of ${this.file} does not fit its records`);
    this.parsed[k] = value;
    return value;
  }
  /**
   * Which speaker numbers (places in column S) name one of `names`: true at
   * each, found in S's JSON without parsing it where it holds no escape
   * (speakerPlaces; `list --speaker` at 1,000× parsed the S of 2,000
   * documents). Exact: S is written by asciiJson, which encodes a value as
   * asciiJson(value) encodes it alone.
   */
  speakersIn(names: readonly string[]): boolean[] {
    const known = this.parsed.S;
    if (known !== undefined) return known.map((x) => names.includes(x));
    const line = this.columnText('S');
    if (line.charCodeAt(0) !== 0x5b || line.charCodeAt(line.length - 1) !== 0x5d) throw new CacheCorruptError(`cache record column S of ${this.file} is malformed`);
    return speakerPlaces(line, names);
  }
}

/**
 * Which places of a list of strings, as asciiJson wrote it (`S`), hold one of
 * `names`: true at each (CachedHead.speakersIn). A list with no backslash has
 * no escape, so every '"' in it delimits a string: a name's JSON found where
 * an even number of '"' precede it is the whole element (that number / 2);
 * a list with a backslash is parsed.
 */
export function speakerPlaces(line: string, names: readonly string[]): boolean[] {
  if (line.includes('\\')) {
    const list = JSON.parse(line) as string[];
    return list.map((x) => names.includes(x));
  }
  const out: boolean[] = [];
  let needles = NEEDLES.get(names);
  if (!needles) NEEDLES.set(names, (needles = names.map(asciiJson)));
  for (const needle of needles) {
    for (let at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, at + 1)) {
      let quotes = 0;
      for (let i = line.indexOf('"'); i >= 0 && i < at; i = line.indexOf('"', i + 1)) quotes++;
      if (quotes % 2 === 0) out[quotes / 2] = true;
    }
  }
  return out;
}

/** A document's bytes in "docs.head": its head's JSON, then each column's JSON, a line each (JSON holds no raw line break). */
function headBytes(head: DocHead): Buffer {
  const lines = [asciiJson({ info: head.info, problems: head.problems })];
  for (const k of COLUMN_KEYS) lines.push(asciiJson(head.column(k)));
  return Buffer.from(lines.join('\n'), 'latin1');
}

function validExtent(x: unknown): x is Extent {
  return Array.isArray(x) && x.length === 3 && Number.isSafeInteger(x[0]) && Number.isSafeInteger(x[1]) && typeof x[2] === 'string';
}

/** The corpus's problems in the order loading gives them: the folder's, speakers.yml's, then each file's. */
function assembleProblems(listing: Listing, part: CorpusPart, problemsOf: (name: string) => Problem[], noDocs: Problem | null): Problem[] {
  const problems: Problem[] = listing.problems.map((p) => ({ file: p.file, line: p.line ?? null, severity: p.severity, message: p.message }));
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

/** The corpus without its records (attachRecords gives it them). Its documents are parsed when first read. */
function buildCorpus(dir: string, listing: Listing, part: CorpusPart, heads: DocHead[], problems: Problem[] | null, noDocs: Problem | null = null, names?: readonly string[]): Corpus {
  const fileOf = (h: DocHead, i: number): string => names?.[i] ?? headFile(h);
  let all = problems;
  if (!all) {
    const byName = new Map(heads.map((h, i) => [fileOf(h, i), h]));
    all = assembleProblems(listing, part, (name) => byName.get(name)?.problems ?? [], noDocs);
  }
  const corpus = { dir, problems: all } as Omit<Corpus, 'records' | 'documents' | 'registry'> as Corpus;
  // Built when first asked (--speaker, the analyses): a plain search never resolves a name, and
  // a non-ASCII alias (何一) costs nameKey's Unicode pattern a compile in every process. The
  // documents' own front-matter aliases join speakers.yml's then.
  let registry: SpeakerRegistry | null = null;
  Object.defineProperty(corpus, 'registry', {
    get: () =>
      (registry ??= withDeclaredSpeakers(
        new SpeakerRegistry(part.registry),
        (part.declared ?? []).map(([, entries]) => entries),
      )),
    set: (v: SpeakerRegistry) => {
      registry = v;
    },
    enumerable: true,
    configurable: true,
  });
  let documents: DocumentInfo[] | null = null;
  Object.defineProperty(corpus, 'documents', {
    get: () => (documents ??= heads.map((h) => h.info)),
    set: (v: DocumentInfo[]) => {
      documents = v;
    },
    enumerable: true,
    configurable: true,
  });
  // what warnLoadErrors asks of every document, without parsing their infos (CorpusHead.documentStatus)
  Object.defineProperty(corpus, 'documentStatus', {
    value: (): { file: string; ok: boolean }[] => (documents ? documents.map((d) => ({ file: d.file, ok: d.ok })) : heads.map((h, i) => ({ file: fileOf(h, i), ok: headOk(h) }))),
    enumerable: false,
    configurable: true,
  });
  return corpus;
}

/** A head's info.file and info.ok, read without parsing its info where it can be. */
function headFile(h: DocHead): string {
  return h instanceof CachedHead ? h.file : h.info.file;
}
function headOk(h: DocHead): boolean {
  return h instanceof CachedHead ? h.ok : h.info.ok;
}

/**
 * The records by place, parsed on demand: one record alone through its
 * pack's "records.offsets" (a search parses only what it ranks or shows),
 * all of them a document at a time.
 */
function recordSource(packs: Packs, docs: readonly DocEntry[]): RecordSource {
  const tables = new Map<number, Uint32Array>();
  const starts = new Float64Array(docs.length + 1);
  docs.forEach((e, d) => {
    let table = tables.get(e.pack);
    if (!table) {
      const reader = packs.get(e.pack);
      if (!reader) throw new CacheCorruptError(`cache pack ${e.pack} is not open`);
      const bytes = reader.section('records.offsets');
      if (bytes.length % 8) throw new CacheCorruptError('cache record offsets are malformed');
      table = typedArrayOf(bytes, Uint32Array);
      tables.set(e.pack, table);
    }
    if (e.first < 0 || (e.first + e.count) * 2 > table.length) throw new CacheCorruptError('cache record offsets are malformed');
    starts[d + 1] = starts[d]! + e.count;
  });
  const count = starts[docs.length]!;
  /** the document holding the record at place i */
  const docOf = (i: number): number => lastAtOrBelow(starts, i, docs.length);
  let all: QuarryRecord[] | null = null;
  const parseAll = (): QuarryRecord[] => {
    const records: QuarryRecord[] = [];
    for (const e of docs) {
      const block = JSON.parse(packs.get(e.pack)!.slice('records', e.recs[0], e.recs[1]).toString('utf8')) as QuarryRecord[];
      if (!Array.isArray(block) || block.length !== e.count) throw new CacheCorruptError('cache records are malformed');
      append(records, block);
    }
    return records;
  };
  const one = new Map<number, QuarryRecord>();
  const records = (): QuarryRecord[] => (all ??= parseAll());
  /** the record at `k` in its pack's table, from `block` (the pack's "records" bytes from `base`) */
  const parseFrom = (block: Buffer, base: number, table: Uint32Array, k: number): QuarryRecord => {
    const from = table[2 * k]! - base;
    const to = from + table[2 * k + 1]!;
    if (from < 0 || to > block.length) throw new CacheCorruptError('cache record offsets are malformed');
    const r = JSON.parse(block.toString('utf8', from, to)) as QuarryRecord;
    if (!r || typeof r !== 'object') throw new CacheCorruptError('cache records are malformed');
    return r;
  };
  /** The places from `at` on that are in one document, in increasing order: its index, entry, last place and offsets table. */
  const runInDocument = (places: readonly number[], at: number) => {
    const i = places[at]!;
    if (!(Number.isInteger(i) && i >= 0 && i < count)) throw new CacheCorruptError(`no record ${i} in the cache`);
    const d = docOf(i);
    const e = docs[d]!;
    const end = starts[d + 1]!;
    let last = at;
    while (last + 1 < places.length && places[last + 1]! < end && places[last + 1]! > places[last]!) last++;
    return { d, e, last, table: tables.get(e.pack)! };
  };
  return {
    size: count,
    *stream(places) {
      // a document's selected records in one read (from its first to its last), parsed one at a time
      let at = 0;
      while (at < places.length) {
        const i = places[at]!;
        if (all || one.has(i)) {
          yield all ? all[i]! : one.get(i)!;
          at++;
          continue;
        }
        const { d, e, last, table } = runInDocument(places, at);
        const k0 = e.first + (i - starts[d]!);
        const k1 = e.first + (places[last]! - starts[d]!);
        const base = table[2 * k0]!;
        const length = table[2 * k1]! + table[2 * k1 + 1]! - base;
        if (length < 0) throw new CacheCorruptError('cache record offsets are malformed');
        const block = packs.get(e.pack)!.slice('records', base, length);
        for (; at <= last; at++) {
          const p = places[at]!;
          yield one.get(p) ?? parseFrom(block, base, table, e.first + (p - starts[d]!));
        }
      }
    },
    *elements(places) {
      // runs of places that follow each other in one document, each its elements' bytes with the ",\n" between them;
      // runs close together in the pack are read at once
      let at = 0;
      const runs: number[] = []; // [from, to) in the records section, per run
      let scratch = Buffer.allocUnsafe(READ_GAP * 4);
      while (at < places.length) {
        const { d, e, last, table } = runInDocument(places, at);
        runs.length = 0;
        for (let a = at; a <= last; ) {
          let b = a;
          while (b < last && places[b + 1] === places[b]! + 1) b++;
          const k0 = e.first + (places[a]! - starts[d]!);
          const k1 = e.first + (places[b]! - starts[d]!);
          const from = table[2 * k0]!;
          const to = table[2 * k1]! + table[2 * k1 + 1]!;
          // within the document's block, past its "[\n", in order
          if (from < e.recs[0] + 2 || to > e.recs[0] + e.recs[1] || from > to || (runs.length && from < runs[runs.length - 1]!)) throw new CacheCorruptError('cache record offsets are malformed');
          runs.push(from, to);
          a = b + 1;
        }
        const reader = packs.get(e.pack)!;
        for (let r = 0; r < runs.length; ) {
          let q = r + 2;
          while (q < runs.length && runs[q]! - runs[q - 1]! <= READ_GAP) q += 2;
          const base = runs[r]!;
          const length = runs[q - 1]! - base;
          if (length > scratch.length) scratch = Buffer.allocUnsafe(Math.max(length, scratch.length * 2));
          // read into the one buffer: the runs yielded are valid until the iteration goes on (RecordSource.elements)
          const bytes = reader.sliceInto(scratch, 'records', base, length);
          for (; r < q; r += 2) {
            const run = bytes.subarray(runs[r]! - base, runs[r + 1]! - base);
            // the bytes are printed unparsed: a run that is not whole elements is damage (the pack's checksums are checked when it was written since)
            if (run[0] !== SPACE || run[1] !== SPACE || run[2] !== OPEN_BRACE || run[run.length - 1] !== CLOSE_BRACE) throw new CacheCorruptError('cache records are malformed');
            yield run;
          }
        }
        at = last + 1;
      }
    },
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
        const d = docOf(i);
        const e = docs[d]!;
        const table = tables.get(e.pack)!;
        const k = e.first + (i - starts[d]!);
        r = JSON.parse(packs.get(e.pack)!.slice('records', table[2 * k]!, table[2 * k + 1]!).toString('utf8')) as QuarryRecord;
        if (!r || typeof r !== 'object') throw new CacheCorruptError('cache records are malformed');
        one.set(i, r);
      }
      return r;
    },
    all: records,
  };
}

/** Where each record's element starts in a document's array text: a line opening with two spaces and "{". */
const ELEMENT_START = Buffer.from('\n  {');
/** Selected records less than this far apart in a pack are read in one piece (skipping the gap costs a read). */
const READ_GAP = 16 << 10;
const SPACE = 0x20;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

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

/** Each pack's short ids (its index segment's) → places in the corpus (-1: the record's document changed or went). */
function segmentMaps(docs: readonly DocEntry[], packs: readonly PackRef[]): Int32Array[] {
  const start = new Map<string, { e: DocEntry; at: number }>();
  let at = 0;
  for (const e of docs) {
    start.set(e.name, { e, at });
    at += e.count;
  }
  return packs.map((pack) => {
    const n = pack.docs.reduce((k, [, c]) => k + c, 0);
    const map = new Int32Array(n);
    let local = 0;
    for (const [name, c] of pack.docs) {
      const live = start.get(name);
      const ok = live && live.e.pack === pack.id && live.e.count === c;
      for (let k = 0; k < c; k++) map[local++] = ok ? live.at + k : -1;
    }
    return map;
  });
}

/**
 * The corpus's records in order as runs of its packs' segments: per document,
 * (pack's place in `packs`, its first short id in that pack's segment, count).
 */
function segmentRuns(docs: readonly DocEntry[], packs: readonly PackRef[]): Int32Array {
  const where = new Map<number, { s: number; start: Map<string, [number, number]> }>();
  packs.forEach((pack, s) => {
    const start = new Map<string, [number, number]>();
    let local = 0;
    for (const [name, c] of pack.docs) {
      start.set(name, [local, c]);
      local += c;
    }
    where.set(pack.id, { s, start });
  });
  const runs = new Int32Array(docs.length * 3);
  docs.forEach((e, d) => {
    const w = where.get(e.pack);
    const at = w?.start.get(e.name);
    if (!w || !at || at[1] !== e.count) throw new CacheCorruptError(`cache entry of ${e.name} names no pack holding it`);
    runs[3 * d] = w.s;
    runs[3 * d + 1] = at[0];
    runs[3 * d + 2] = e.count;
  });
  return runs;
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

function isIdentity(maps: readonly Int32Array[], total: number): boolean {
  if (maps.length !== 1 || maps[0]!.length !== total) return false;
  const m = maps[0]!;
  for (let i = 0; i < m.length; i++) if (m[i] !== i) return false;
  return true;
}

/** Whether the corpus is one pack's documents exactly, in its order: its segment's short ids are the corpus's places. */
function onePack(header: Pick<CacheHeader, 'docs' | 'packs'>): boolean {
  if (header.packs.length !== 1) return false;
  const p = header.packs[0]!;
  if (p.docs.length !== header.docs.length) return false;
  return header.docs.every((e, i) => e.pack === p.id && p.docs[i]![0] === e.name && p.docs[i]![1] === e.count);
}

async function openIndex(packs: Packs, header: Omit<CacheHeader, 'sections'>, source: RecordSource, corpus: Corpus, debug: (s: string) => void): Promise<SearchIndex> {
  const { openCompactIndex, openSegmentedIndex, memoryIndex } = await import('./compact-index.js');
  const readerOf = (p: PackRef): SectionReader => {
    const r = packs.get(p.id);
    if (!r) throw new CacheCorruptError(`cache pack ${p.file} is not open`);
    return r;
  };
  const fallback = () => {
    debug('cache index postings unusable: searching an index built afresh');
    return memoryIndex(corpus.records, documentWordsOf(corpus.documents, corpus.records));
  };
  // One pack holding every document, all live (a cold build): its index is the corpus's, read as it is.
  if (onePack(header)) return openCompactIndex(readerOf(header.packs[0]!), source, fallback);
  const maps = segmentMaps(header.docs, header.packs);
  if (!ascending(maps)) throw new CacheCorruptError('cache index segments are out of order');
  // The postings are read from the open packs as queries reach them: they stay open.
  if (isIdentity(maps, source.size)) return openCompactIndex(readerOf(header.packs[0]!), source, fallback);
  if (!Array.isArray(header.avg)) throw new CacheCorruptError('cache index has no average field lengths');
  return openSegmentedIndex(
    header.packs.map((p, i) => ({ reader: readerOf(p), toGlobal: maps[i]! })),
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
  const { loadFilesInOrder } = await import('../load/load.js');
  const byName = new Map<string, Omit<NewDoc, 'stamp'>>();
  const all: Problem[] = [];
  // speakers.yml's registry alone: the documents' declared speakers are the part's `declared`
  const { registry } = loadFilesInOrder(dir, files, opts, all, (one) => {
    if ('message' in one) all.push(one);
    else byName.set(one.info.file, { info: one.info, problems: [], records: one.records });
    if (!('message' in one)) for (const p of one.problems) all.push(p);
  });
  const others: Problem[] = [];
  for (const p of all) {
    const doc = byName.get(p.file);
    if (doc) doc.problems.push(p);
    else others.push(p);
  }
  return { registry, problems: others, byName };
}

function registryEntries(registry: SpeakerRegistry): SpeakerEntry[] {
  return registry.names().map((name) => ({ name, aliases: registry.aliasesOf(name) }));
}

/** Column s of a document's speaker numbers (SpeakerColumn). */
export function speakerColumn(numbers: number[], speakers: number): SpeakerColumn {
  if (speakers > SPEAKER_CODES) return numbers;
  let out = '';
  for (let i = 0; i < numbers.length; i += 4096) out += String.fromCharCode(...numbers.slice(i, i + 4096).map((k) => k + SPEAKER_BASE));
  return out;
}

function recordColumns(records: readonly QuarryRecord[]): RecordColumns {
  const s: number[] = [];
  const cols: RecordColumns = { t: '', S: [], s: '', P: [], p: [], y: [] };
  const speakers = new Map<string, number>();
  const topics = new Map<string, number>();
  for (const r of records) {
    cols.t += TYPE_LETTER[r.type];
    if (r.speaker === null) s.push(-1);
    else {
      let k = speakers.get(r.speaker);
      if (k === undefined) speakers.set(r.speaker, (k = cols.S.push(r.speaker) - 1));
      s.push(k);
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
  cols.s = speakerColumn(s, cols.S.length);
  return cols;
}

/** A document's columns, each parsed when a filter first reads it (--mentions alone reads the years). */
class StoredDocColumns implements DocColumns {
  constructor(
    readonly start: number,
    readonly count: number,
    private readonly head: DocHead,
  ) {}
  private known: { id: string; year: number | null } | null = null;
  /** only a --doc or --year filter reads them; of a cached head, without parsing its info (5,000 infos cost ≈ 65 ms at 1,000×) */
  get id(): string {
    return this.idAndYear().id;
  }
  get year(): number | null {
    return this.idAndYear().year;
  }
  private idAndYear(): { id: string; year: number | null } {
    const h = this.head;
    return (this.known ??= h instanceof CachedHead ? h.idAndYear() : { id: h.info.id, year: h.info.meta.year });
  }
  get t(): string {
    return this.head.column('t');
  }
  get S(): string[] {
    return this.head.column('S');
  }
  get s(): SpeakerColumn {
    return this.head.column('s');
  }
  speakersIn(names: readonly string[]): boolean[] {
    const h = this.head;
    return h instanceof CachedHead ? h.speakersIn(names) : h.column('S').map((x) => names.includes(x));
  }
  get P(): string[] {
    return this.head.column('P');
  }
  get p(): number[][] {
    return this.head.column('p');
  }
  get y(): number[][] {
    return this.head.column('y');
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
        const d = new StoredDocColumns(start, h.count, h);
        start += h.count;
        return d;
      });
      if (start !== records.size) throw new CacheCorruptError('cache record columns do not fit the records');
      return docs;
    },
    records,
  };
}

/** Copies byte ranges of a section of packs to `sink`, joining ranges that follow each other in one pack into one read. */
class RangeCopier {
  private reader: CacheReader<PackHeader> | null = null;
  private from = -1;
  private length = 0;
  constructor(
    private readonly sink: (bytes: Buffer) => void,
    private readonly section: string,
  ) {}
  add(reader: CacheReader<PackHeader>, offset: number, length: number): void {
    if (this.reader === reader && this.from + this.length === offset) {
      this.length += length;
      return;
    }
    this.flush();
    this.reader = reader;
    this.from = offset;
    this.length = length;
  }
  flush(): void {
    const STEP = 4 << 20;
    for (let at = 0; at < this.length; at += STEP) this.sink(this.reader!.slice(this.section, this.from + at, Math.min(STEP, this.length - at)));
    this.reader = null;
    this.from = -1;
    this.length = 0;
  }
}

type Compact = typeof import('./compact-index.js');
type IndexBuilder = InstanceType<Compact['CompactIndexBuilder']>;
type BuiltIndex = ReturnType<Compact['buildCompactIndex']>;

/** A pack just written: its reference for the manifest, the entries of its documents (in the order given), and the pack open. */
interface WrittenPack {
  ref: PackRef;
  reader: CacheReader<PackHeader>;
  entries: DocEntry[];
  /** the average field lengths of its index (that of the whole corpus when it holds every document) */
  avg: number[] | null;
}

/**
 * Writes a pack, a document at a time in corpus order: a kept document's
 * bytes copied from its pack, a new one's encoded as it comes. Records
 * stream to the file ("records" first, so nothing of them stays in memory);
 * the heads (a tenth of the bytes), the per-record offset table and the index
 * segment follow at `finish`. With an index builder, each document's records
 * go through it as they are added (one pass, nothing held); without one,
 * `finish` takes the segment built beforehand, if any. Nothing is renamed
 * into place before `finish`; `abort` leaves nothing behind.
 */
class PackWriter {
  private readonly w: CacheWriter;
  private readonly heads: Buffer[] = [];
  private headAt = 0;
  private readonly headCopy: RangeCopier;
  private readonly recordCopy: RangeCopier;
  private at = 0;
  private offsets = new Uint32Array(1024);
  private k = 0;
  private readonly oldTables = new Map<number, Uint32Array>();
  private readonly entries: DocEntry[] = [];
  private readonly docs: [string, number][] = [];

  constructor(
    private readonly path: string,
    private readonly id: number,
    private readonly oldPacks: Packs,
    private index: IndexBuilder | null,
  ) {
    this.w = new CacheWriter(path);
    this.headCopy = new RangeCopier((b) => this.heads.push(b), 'docs.head');
    this.recordCopy = new RangeCopier((b) => this.w.write(b), 'records');
    try {
      this.w.begin('records');
    } catch (err) {
      this.w.abort();
      throw err;
    }
  }

  private room(n: number): void {
    if (this.offsets.length >= n * 2) return;
    let cap = this.offsets.length * 2;
    while (cap < n * 2) cap *= 2;
    const next = new Uint32Array(cap);
    next.set(this.offsets.subarray(0, this.k * 2));
    this.offsets = next;
  }

  private oldTable(pack: number): Uint32Array {
    let t = this.oldTables.get(pack);
    if (!t) {
      const bytes = this.oldPacks.get(pack)!.section('records.offsets');
      t = new Uint32Array(bytes.length / 4);
      Buffer.from(t.buffer).set(bytes);
      this.oldTables.set(pack, t);
    }
    return t;
  }

  /** A kept document: its bytes copied. `records`: its records, when the pack's index is built here. */
  addKept(e: DocEntry, records?: () => QuarryRecord[], info?: DocumentInfo): void {
    if (this.index) {
      const recs = records!();
      this.index.add(recs, true, documentWordsOf(info ? [info] : [], recs)); // whole documents, each once (the plan's are of distinct ids)
    }
    this.headCopy.add(this.oldPacks.get(e.pack)!, e.head[0], e.head[1]);
    const head: Extent = [this.headAt, e.head[1], e.head[2]];
    this.headAt += e.head[1];
    this.recordCopy.add(this.oldPacks.get(e.pack)!, e.recs[0], e.recs[1]);
    const table = this.oldTable(e.pack);
    this.room(this.k + e.count);
    const offsets = this.offsets;
    for (let j = 0; j < e.count; j++) {
      offsets[2 * this.k] = table[2 * (e.first + j)]! - e.recs[0] + this.at;
      offsets[2 * this.k + 1] = table[2 * (e.first + j) + 1]!;
      this.k++;
    }
    this.entries.push({ ...e, pack: this.id, head, recs: [this.at, e.recs[1], e.recs[2]], first: this.k - e.count });
    this.docs.push([e.name, e.count]);
    this.at += e.recs[1];
  }

  /** A document read by this run: its head (given, or made here) and records encoded. Returns the head. */
  addNew(doc: NewDoc, given?: DocHead): DocHead {
    const head = given ?? freshHead(doc.info, doc.problems, doc.records);
    if (this.index) this.index.add(doc.records, true, documentWordsOf([doc.info], doc.records));
    this.headCopy.flush();
    const encoded = headBytes(head);
    this.heads.push(encoded);
    const headExtent: Extent = [this.headAt, encoded.length, checksum(encoded)];
    this.headAt += encoded.length;
    this.recordCopy.flush();
    const first = this.k;
    this.room(this.k + doc.records.length);
    const offsets = this.offsets;
    // the document's records as `--format json` prints them: "[\n" + elements joined by ",\n" + "\n]" (or "[]"),
    // UTF-8, stringified in one call (a string per record cost a cold build garbage); each record's offset and
    // length are its element's, found where a line opens with "  {" (a record's own lines are indented deeper)
    const bytes = Buffer.from(recordsArrayText(doc.records), 'utf8');
    let from = bytes.indexOf(ELEMENT_START);
    for (let j = 0; j < doc.records.length; j++) {
      const next = j + 1 < doc.records.length ? bytes.indexOf(ELEMENT_START, from + 1) : -1;
      const end = next >= 0 ? next - 1 : bytes.length - 2; // before ",\n  {" / before "\n]"
      if (from < 0 || (j + 1 < doc.records.length && next < 0)) throw new Error('cache: a record element not where expected');
      if (this.at + end > 0xffffffff) throw new Error('cache: records past 4 GB');
      offsets[2 * this.k] = this.at + from + 1;
      offsets[2 * this.k + 1] = end - from - 1;
      this.k++;
      from = next;
    }
    this.w.write(bytes);
    // A document that could not be stamped (unreadable) gets a stamp no file matches: the next run reads it again.
    const stamp = doc.stamp ?? { name: doc.info.file, size: -1, mtimeMs: -1, sha1: '', checked: 0 };
    this.entries.push({
      ...stamp,
      pack: this.id,
      head: headExtent,
      recs: [this.at, bytes.length, checksum(bytes)],
      count: doc.records.length,
      first,
      id: doc.info.id,
      year: doc.info.meta.year,
      ok: doc.info.ok,
      clean: doc.problems.length === 0,
    });
    this.docs.push([doc.info.file, doc.records.length]);
    this.at += bytes.length;
    return head;
  }

  /** Write the rest and rename the pack into place; `built`: the segment built beforehand (without a builder). */
  finish(built: BuiltIndex | null = null): WrittenPack {
    try {
      this.recordCopy.flush();
      this.headCopy.flush();
      this.w.end();
      this.w.section('records.offsets', [Buffer.from(this.offsets.buffer, 0, this.k * 8)]);
      this.w.section('docs.head', this.heads);
      this.heads.length = 0;
      let index = built;
      if (this.index) {
        // the postings straight to the file as they are made (a cold build's largest section)
        this.w.begin('index.postings');
        index = this.index.finish((chunk) => this.w.write(chunk));
        this.w.end();
      }
      if (index) for (const [name, parts] of Object.entries(index.sections)) if (!(this.index && name === 'index.postings')) this.w.section(name, parts);
      // written: what was held for it goes before the pack is opened and served (a cold build's peak is then)
      this.index = null;
      this.offsets = new Uint32Array(0);
      this.oldTables.clear();
      const source = this.w.finish<PackHeader>({ pack: CACHE_SCHEMA });
      const reader = CacheReader.open<PackHeader>(source, source.size);
      const ref: PackRef = { id: this.id, file: basename(this.path), size: source.size, mtimeMs: source.mtimeMs, ino: source.ino, docs: this.docs };
      return { ref, reader, entries: this.entries, avg: index ? index.meta.avgFieldLength : null };
    } catch (err) {
      this.w.abort();
      throw err;
    }
  }

  abort(): void {
    this.w.abort();
  }
}

/**
 * Write the cache for `plan` (the corpus's documents in order): a new pack
 * of the documents read (with the index segment over them, when the cache
 * has an index) and a new manifest naming it and the old packs that still
 * hold a document; the old packs are left as they are. Too many packs: all
 * but the largest are merged into the new one (their documents' bytes
 * copied, their records indexed again). More dead records than live ones,
 * an index to add (`fullIndex`), or no cache before: one pack of
 * everything. Then open what was written (or, when nothing can be written,
 * the same corpus in memory).
 */
async function commit(
  file: string,
  root: string,
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
): Promise<{ corpus: Corpus; index?: SearchIndex }> {
  const oldPacks: Packs = old?.packs ?? new Map();
  const recordsOf = (item: PlanItem): QuarryRecord[] => {
    if (item.kind === 'new') return item.doc.records;
    const block = JSON.parse(oldPacks.get(item.entry.pack)!.slice('records', item.entry.recs[0], item.entry.recs[1]).toString('utf8')) as QuarryRecord[];
    if (!Array.isArray(block) || block.length !== item.entry.count) throw new CacheCorruptError('cache records are malformed');
    return block;
  };
  const countOf = (item: PlanItem): number => (item.kind === 'kept' ? item.entry.count : item.doc.records.length);
  const infoOf = (p: (typeof plan)[number]): DocumentInfo => (p.kind === 'kept' ? p.head.info : p.doc.info);
  const total = plan.reduce((n, p) => n + countOf(p), 0);
  const withIndex = how.fullIndex || (old?.header.index ?? false);
  const compact: Compact | null = withIndex || opts.index ? await import('./compact-index.js') : null;
  const clock = stopwatch(debug);

  // Which packs stay as they are, and which documents go into the new pack.
  const held = (p: PackRef) => p.docs.reduce((k, [, c]) => k + c, 0);
  let keep: PackRef[] = [];
  let toWrite: PlanItem[] = plan;
  let all = !old || how.fullIndex;
  if (old && !all) {
    const live = new Set(plan.map((p) => (p.kind === 'kept' ? p.entry.pack : -1)));
    keep = old.header.packs.filter((p) => live.has(p.id));
    toWrite = plan.filter((p) => p.kind === 'new');
    if (keep.length + (toWrite.length ? 1 : 0) > MAX_SEGMENTS) {
      // Too many: the small ones are merged into the new one; the largest stays as it is.
      const base = keep.reduce((a, b) => (held(b) > held(a) ? b : a));
      const merged = new Set(keep.filter((p) => p !== base).map((p) => p.id));
      keep = [base];
      toWrite = plan.filter((p) => p.kind === 'new' || merged.has(p.entry.pack));
    }
    // more dead records than live ones: one pack of everything again
    if (keep.reduce((n, p) => n + held(p), 0) + toWrite.reduce((n, p) => n + countOf(p), 0) - total > total) all = true;
  }
  let built: BuiltIndex | null = null;
  if (!all && withIndex && toWrite.length) {
    const records = toWrite.flatMap(recordsOf);
    built = compact!.buildCompactIndex(records, documentWordsOf(toWrite.map(infoOf), records));
    if (!built.meta.unique) all = true; // a segment needs unique record ids; one index of everything keeps the first of each, as buildIndex does
  }
  if (all) {
    keep = [];
    toWrite = plan;
    built = null; // built as the pack is written, a document at a time
  }
  debug(`cache index: ${withIndex ? `${keep.length + (toWrite.length ? 1 : 0)} segment(s)` : 'none'}, ${toWrite.length} document(s) to write in ${clock()}`);

  const heads = new Map<PlanItem, DocHead>();
  for (const item of plan) heads.set(item, item.kind === 'kept' ? item.head : freshHead(item.doc.info, item.doc.problems, item.doc.records));
  const headList = plan.map((p) => heads.get(p)!);
  // Each document's file as a hit takes it, from its entry (the listing name its head holds): what
  // warnLoadErrors asks of every document would otherwise read and check the kept packs' heads
  // (a trusted pack's are read only when first asked for: ≈ 30 ms of an update at 100×).
  const fileNames = plan.map((p) => (p.kind === 'kept' ? p.entry.name : p.doc.info.file));
  const header: Omit<CacheHeader, 'sections'> = {
    schema: CACHE_SCHEMA,
    quarry: opts.version,
    code,
    dir,
    docs: [],
    speakers: old ? old.speakers : (how.header?.speakers ?? null),
    extensions: old ? old.header.extensions : how.header!.extensions,
    ignoreFiles: opts.ignoreFiles !== false,
    packs: [],
    index: withIndex,
    avg: null,
  };
  let written: WrittenPack | null = null;
  let ok = false;
  try {
    makeFolder(root);
    if (toWrite.length) {
      const id = Math.max(-1, ...(old?.header.packs ?? []).map((p) => p.id)) + 1;
      const pw = new PackWriter(join(root, packFileName(file)), id, oldPacks, all && withIndex ? new compact!.CompactIndexBuilder() : null);
      try {
        for (const item of toWrite) {
          if (item.kind === 'kept') pw.addKept(item.entry, () => recordsOf(item), item.head.info);
          else pw.addNew(item.doc, heads.get(item));
        }
      } catch (err) {
        pw.abort();
        throw err;
      }
      written = pw.finish(built);
    }
    const newEntries = new Map<PlanItem, DocEntry>();
    toWrite.forEach((item, i) => newEntries.set(item, written!.entries[i]!));
    header.docs = plan.map((p) => newEntries.get(p) ?? (p as Extract<PlanItem, { kind: 'kept' }>).entry);
    // every live entry of a kept pack verified (or its pack was untouched): its file's times are recorded as verified
    const verified = (p: PackRef): PackRef => {
      const f = old?.packFiles.get(p.id);
      return f ? { ...p, mtimeMs: f.mtimeMs, ino: f.ino } : p;
    };
    header.packs = [...keep.map(verified), ...(written ? [written.ref] : [])];
    if (withIndex) {
      const unchanged = !written && old && keep.length === old.header.packs.length && plan.length === old.header.docs.length;
      if (all) header.avg = written!.avg;
      else if (unchanged) header.avg = old!.header.avg;
      else {
        const readers = new Map(oldPacks);
        if (written) readers.set(written.ref.id, written.reader);
        header.avg = compact!.segmentAverages(
          header.packs.map((p) => readers.get(p.id)!),
          segmentRuns(header.docs, header.packs),
          total,
        );
      }
    }
    writeManifest(file, part, header);
    ok = true;
    debug(`cache ${what}: ${file}`);
  } catch (err) {
    debug(`cache not written (${describe(err)})`);
    if (written) {
      written.reader.close();
      removeFile(join(root, written.ref.file));
      written = null;
    }
  }
  debug(`cache written in ${clock()}`);
  if (ok) {
    prune(root, file, new Set(header.packs.map((p) => p.file)));
    const packs: Packs = new Map();
    for (const p of keep) packs.set(p.id, oldPacks.get(p.id)!);
    readHeadsBeforeClosing(plan, (pack) => !packs.has(pack));
    for (const [id, r] of oldPacks) if (!packs.has(id)) r.close();
    if (written) packs.set(written.ref.id, written.reader);
    const corpus = buildCorpus(dir, old?.listing ?? { files: [], problems: [] }, part, headList, problems, null, fileNames);
    let index = await serveFromPacks(corpus, packs, header, headList, opts, debug, (why) => `cache index just written is unusable (${why})`);
    if (opts.index && !index) index = compact!.memoryIndex(corpus.records, documentWordsOf(corpus.documents, corpus.records));
    debug(`cache opened in ${clock()}`);
    return { corpus, ...(index ? { index } : {}) };
  }
  // Nothing written: the same corpus, in memory.
  const records = plan.flatMap(recordsOf);
  const corpus = buildCorpus(dir, old?.listing ?? { files: [], problems: [] }, part, headList, problems, null, fileNames);
  corpus.records = records;
  readHeadsBeforeClosing(plan, () => true);
  closePacks(oldPacks);
  return { corpus, ...(opts.index ? { index: compact!.memoryIndex(records, documentWordsOf(corpus.documents, records)) } : {}) };
}

/**
 * Read now the heads of kept documents whose pack is about to be closed (a
 * pack merged into the new one, or every pack when an index was added or
 * nothing could be written): the corpus served keeps those heads, and a head
 * of a trusted pack is read from it only when first asked for (LazyHeads).
 */
function readHeadsBeforeClosing(plan: readonly PlanItem[], closing: (pack: number) => boolean): void {
  for (const p of plan) if (p.kind === 'kept' && closing(p.entry.pack) && p.head instanceof CachedHead) p.head.read();
}

/** Write a manifest (renamed into place). */
function writeManifest(file: string, part: CorpusPart, header: Omit<CacheHeader, 'sections'>): void {
  const w = new CacheWriter(file);
  try {
    w.section('corpus', [Buffer.from(JSON.stringify(part), 'utf8')]);
    const { docs, ...rest } = header;
    const { text, table } = encodeDocs(docs);
    w.section('docs.text', [text]);
    w.section('docs.table', [table]);
    w.finish<Omit<CacheHeader, 'docs'>>(rest).close();
  } catch (err) {
    w.abort();
    throw err;
  }
}

/**
 * A manifest's entries as two sections, "docs.text" (their strings, JSON: a
 * list each of names, ids, SHA-1s and head and records checksums) and
 * "docs.table" (their numbers, TABLE_COLUMNS doubles a row, DocEntry's order:
 * a null year is NaN, a boolean 0 or 1). Why: as a JSON list of objects in
 * the header (1.5 MB at 1,000×) they cost every warm run ≈ 110 M instructions
 * to parse (5,000 objects, 10,000 arrays, every number and string made one by
 * one) and the garbage after it.
 */
function encodeDocs(docs: readonly DocEntry[]): { text: Buffer; table: Buffer } {
  const table = new Float64Array(docs.length * TABLE_COLUMNS);
  const text: DocStrings = { name: [], id: [], sha1: [], head: [], recs: [] };
  docs.forEach((e, i) => {
    text.name.push(e.name);
    text.id.push(e.id);
    text.sha1.push(e.sha1);
    text.head.push(e.head[2]);
    text.recs.push(e.recs[2]);
    table.set([e.size, e.mtimeMs, e.checked, e.pack, e.head[0], e.head[1], e.recs[0], e.recs[1], e.count, e.first, e.year ?? NaN, e.ok ? 1 : 0, e.clean ? 1 : 0], i * TABLE_COLUMNS);
  });
  return { text: Buffer.from(JSON.stringify(text), 'utf8'), table: Buffer.from(table.buffer) };
}

/** The numbers of an entry in "docs.table", a row of doubles per document (encodeDocs). */
const TABLE_COLUMNS = 13;

interface DocStrings {
  name: string[];
  id: string[];
  sha1: string[];
  head: string[];
  recs: string[];
}

/** A manifest's entries, read from its open file (for tools and tests: a run reads them in `examine`). */
export function manifestDocs(manifest: CacheReader<CacheHeader>): DocEntry[] {
  return decodeDocs(manifest.section('docs.text'), manifest.section('docs.table'));
}

/** The entries of encodeDocs's sections; throws CacheCorruptError when they do not fit each other. */
function decodeDocs(textBytes: Buffer, tableBytes: Buffer): DocEntry[] {
  const text = JSON.parse(textBytes.toString('utf8')) as DocStrings;
  const n = tableBytes.length / (8 * TABLE_COLUMNS);
  if (!text || typeof text !== 'object' || !Number.isInteger(n) || ![text.name, text.id, text.sha1, text.head, text.recs].every((a) => Array.isArray(a) && a.length === n)) {
    throw new CacheCorruptError('cache document list is malformed');
  }
  const t = typedArrayOf(tableBytes, Float64Array);
  const docs = new Array<DocEntry>(n);
  for (let i = 0, r = 0; i < n; i++, r += TABLE_COLUMNS) {
    const year = t[r + 10]!;
    docs[i] = {
      name: text.name[i]!,
      size: t[r]!,
      mtimeMs: t[r + 1]!,
      sha1: text.sha1[i]!,
      checked: t[r + 2]!,
      pack: t[r + 3]!,
      head: [t[r + 4]!, t[r + 5]!, text.head[i]!],
      recs: [t[r + 6]!, t[r + 7]!, text.recs[i]!],
      count: t[r + 8]!,
      first: t[r + 9]!,
      id: text.id[i]!,
      year: Number.isNaN(year) ? null : year,
      ok: t[r + 11] === 1,
      clean: t[r + 12] === 1,
    };
    if (typeof docs[i]!.name !== 'string' || typeof docs[i]!.sha1 !== 'string') throw new CacheCorruptError('cache document list is malformed');
  }
  return docs;
}

/** A pack that could not be written (as opposed to a document that could not be loaded). */
class PackWriteError extends Error {
  constructor(readonly failure: unknown) {
    super(describe(failure));
  }
}

/**
 * A cold build, streamed: each document goes into one new pack (its records
 * to the file, its records through the index builder) as the loader hands
 * it over in corpus order, and is dropped, so memory holds the postings, the
 * heads and the few documents between parsed and written, never the
 * corpus's records. The pack is renamed into place only when complete, the
 * manifest after it: a build that is interrupted (a bug escaping under
 * QUARRY_DEBUG=1, a signal) leaves at most a temporary file, which a later
 * run removes. Null when the pack cannot be written: the caller loads the
 * corpus in memory instead (an unwritable cache folder costs speed only).
 */
async function coldBuild(
  file: string,
  root: string,
  dir: string,
  opts: CacheOptions,
  code: string,
  debug: (s: string) => void,
  what: { listing: Listing; toLoad: CorpusFile[]; stamps: Map<string, Stamp | null>; speakers: Stamp | null; extensions: string[] },
): Promise<{ corpus: Corpus; index?: SearchIndex } | null> {
  const compact: Compact | null = opts.index ? await import('./compact-index.js') : null;
  const { loadFilesInOrder } = await import('../load/load.js');
  let pw: PackWriter;
  try {
    makeFolder(root);
    pw = new PackWriter(join(root, packFileName(file)), 0, new Map(), compact ? new compact.CompactIndexBuilder() : null);
  } catch (err) {
    debug(`cache not written (${describe(err)})`);
    return null;
  }
  const nonDocument: Problem[] = [];
  let written = 0;
  const declared: [string, SpeakerEntry[]][] = [];
  let pack: WrittenPack;
  let registry: SpeakerRegistry;
  try {
    ({ registry } = loadFilesInOrder(dir, what.toLoad, loadOptions(opts), nonDocument, (one) => {
      // the documents to load are the first of each id: no duplicate's problem comes
      if ('message' in one) throw new Error(`cache: unexpected problem while loading (${one.message})`);
      const entries = declaredEntries(one.info.meta.aliases);
      if (entries.length) declared.push([one.info.file, entries]);
      try {
        pw.addNew({ ...one, stamp: what.stamps.get(one.info.file) ?? null });
      } catch (err) {
        throw new PackWriteError(err);
      }
      if (++written % 500 === 0) debug(`cache miss: ${written} documents written (${memoryText()})`);
    }));
    try {
      pack = pw.finish();
    } catch (err) {
      throw new PackWriteError(err);
    }
  } catch (err) {
    pw.abort();
    if (!(err instanceof PackWriteError)) throw err;
    debug(`cache not written (${describe(err.failure)}): loading the corpus in memory`);
    return null;
  }
  // The heads, read back from the pack now that the index builder has let go of its postings
  // (held as objects through the build, they would have added to its peak).
  let heads: DocHead[];
  try {
    const section = headSection(pack.reader.section('docs.head'), false);
    heads = pack.entries.map((e) => {
      const head = readHead(section, e);
      if (!head) throw new CacheCorruptError(`the head of ${e.name} does not read back`);
      return head;
    });
  } catch (err) {
    pack.reader.close();
    removeFile(join(root, pack.ref.file));
    debug(`cache not written (${describe(err)}): loading the corpus in memory`);
    return null;
  }
  const part: CorpusPart = { registry: registryEntries(registry), problems: nonDocument, declared };
  const header: Omit<CacheHeader, 'sections'> = {
    schema: CACHE_SCHEMA,
    quarry: opts.version,
    code,
    dir,
    docs: pack.entries,
    speakers: what.speakers,
    extensions: what.extensions,
    ignoreFiles: opts.ignoreFiles !== false,
    packs: [pack.ref],
    index: compact !== null,
    avg: pack.avg,
  };
  try {
    writeManifest(file, part, header);
    debug(`cache written: ${file}`);
    prune(root, file, new Set([pack.ref.file]));
  } catch (err) {
    // no manifest names the pack: it goes (the corpus is served from it while it is open)
    debug(`cache not written (${describe(err)})`);
    removeFile(join(root, pack.ref.file));
  }
  const byName = new Map(heads.map((h) => [h.info.file, h]));
  const problems = assembleProblems(what.listing, part, (name) => byName.get(name)?.problems ?? [], null);
  const corpus = buildCorpus(dir, what.listing, part, heads, problems);
  const packs: Packs = new Map([[pack.ref.id, pack.reader]]);
  let index = await serveFromPacks(corpus, packs, header, heads, opts, debug, (why) => `cache index just written is unusable (${why})`);
  if (opts.index && !index) index = compact!.memoryIndex(corpus.records, documentWordsOf(corpus.documents, corpus.records));
  return { corpus, ...(index ? { index } : {}) };
}

/**
 * Serve a corpus from open packs: its records and filter columns are read from
 * them as they are asked for, and its index is opened over them when asked
 * for. Returns the index, or undefined when none was asked for or the stored
 * one is unusable (said through `unusable`: the caller builds one or goes on).
 */
async function serveFromPacks(
  corpus: Corpus,
  packs: Packs,
  header: Omit<CacheHeader, 'sections'>,
  heads: readonly DocHead[],
  opts: CacheOptions,
  debug: (s: string) => void,
  unusable: (why: string) => string,
): Promise<SearchIndex | undefined> {
  const source = recordSource(packs, header.docs);
  attachRecords(corpus, source);
  setColumns(corpus, columnTable(heads, source));
  if (!opts.index || !header.index) return undefined;
  try {
    return await openIndex(packs, header, source, corpus, debug);
  } catch (err) {
    debug(unusable(describe(err)));
    return undefined;
  }
}

/** A new pack's file name: the manifest's, a unique part, the pack extension. */
function packFileName(manifest: string): string {
  const base = basename(manifest).slice(0, -CACHE_EXTENSION.length);
  return `${base}.${Date.now().toString(36)}${process.pid.toString(36)}${Math.random().toString(36).slice(2, 10)}${PACK_EXTENSION}`;
}

function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // gone, or not ours to remove
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

/**
 * Keep the cache folder small: the MAX_ENTRIES most recently written
 * manifests, the packs they name, and no leftover temporary files. A pack no
 * manifest names goes once it is PACK_GRACE_MS old (younger, it may be a
 * concurrent writer's, whose manifest is not renamed into place yet); a
 * reader that had the manifest naming it open keeps reading it (POSIX), or
 * finds it gone and reads the new manifest.
 */
function prune(root: string, keep: string, keepPacks: ReadonlySet<string>): void {
  try {
    const now = Date.now();
    const manifests: { path: string; mtimeMs: number }[] = [];
    const packs: string[] = [];
    const mtime = (path: string): number | null => {
      try {
        return statSync(path).mtimeMs;
      } catch {
        return null; // gone
      }
    };
    for (const name of readdirSync(root)) {
      const path = join(root, name);
      if (name.endsWith('.tmp')) {
        const m = mtime(path);
        if (m !== null && now - m > 3600_000) removeFile(path); // else another process's, still being written
      } else if (name.endsWith(PACK_EXTENSION)) packs.push(name);
      else if (name.endsWith(CACHE_EXTENSION) && path !== keep) {
        const m = mtime(path);
        if (m !== null) manifests.push({ path, mtimeMs: m });
      }
    }
    manifests.sort((a, b) => b.mtimeMs - a.mtimeMs);
    for (const e of manifests.slice(MAX_ENTRIES - 1)) removeFile(e.path);
    const bases = new Set([keep, ...manifests.slice(0, MAX_ENTRIES - 1).map((e) => e.path)].map((p) => basename(p).slice(0, -CACHE_EXTENSION.length)));
    const own = basename(keep).slice(0, -CACHE_EXTENSION.length);
    for (const name of packs) {
      const base = PACK_NAME.exec(name)?.[1];
      if (!base || keepPacks.has(name)) continue;
      // this corpus's packs the new manifest does not name, and the packs of corpora whose manifest went
      if (base !== own && bases.has(base)) continue;
      const m = mtime(join(root, name));
      if (m !== null && now - m > PACK_GRACE_MS) removeFile(join(root, name));
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

async function freshIndex(corpus: Corpus): Promise<SearchIndex> {
  const { memoryIndex } = await import('./compact-index.js');
  return memoryIndex(corpus.records, documentWordsOf(corpus.documents, corpus.records));
}


/** Memory for debug lines: the process's resident set, this thread's heap used and held. */
function memoryText(): string {
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round(n / 2 ** 20);
  return `rss ${mb(m.rss)} MB, heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} MB, buffers ${mb(m.arrayBuffers)} MB`;
}

/**
 * Time since the last call (or since made): wall and CPU (this process's, user + system), for debug
 * lines. Nothing when debug lines are off: the global `performance` loads perf_hooks (≈ 10 of Node's
 * own modules) on first use, a cost every warm run paid for lines it never printed.
 */
function stopwatch(debug: (line: string) => void): () => string {
  if (debug === QUIET) return () => '';
  let wall = performance.now();
  let cpu = process.cpuUsage();
  return () => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    const text = `${Math.round(now - wall)} ms (cpu ${Math.round((used.user + used.system) / 1000)} ms)`;
    wall = now;
    cpu = process.cpuUsage();
    return text;
  };
}

/** The debug logger when debug lines are off. */
const QUIET = (_line: string): void => {};

function debugLogger(opts: CacheOptions): (line: string) => void {
  const flags = (opts.env.QUARRY_DEBUG ?? '').split(',').map((s) => s.trim());
  if (!flags.includes('cache') || !opts.log) return QUIET;
  const log = opts.log;
  return (line) => log(`quarry: ${line}`);
}

function describe(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof (err as { code: unknown }).code === 'string') return (err as { code: string }).code;
  return err instanceof Error ? err.message : String(err);
}

let fingerprint: string | undefined;

/** Set by scripts/bundle.mjs in the bundled CLI: the fingerprint of the code bundled, computed when it was built. */
declare const __QUARRY_CODE_FINGERPRINT__: string | undefined;

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
  // The bundle's is fixed when it is built (of the same modules' contents): a warm run lists and stats no module folder.
  if (typeof __QUARRY_CODE_FINGERPRINT__ === 'string') return (fingerprint = __QUARRY_CODE_FINGERPRINT__);
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

/**
 * mkdir -p, one level at a time. Node 20's recursive mkdirSync loops forever where a parent
 * cannot be made and does not exist (under /proc: ENOENT, again and again), so a bad
 * QUARRY_CACHE_DIR would hang every command; here each missing level is made once, and the
 * first failure throws (the caller then runs without writing the cache).
 */
function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); ; ) {
    try {
      if (statSync(at).isDirectory()) break;
      throw Object.assign(new Error(`not a folder: ${at}`), { code: 'ENOTDIR' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    missing.push(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err; // another process made it meanwhile
    }
  }
}
