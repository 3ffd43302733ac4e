/**
 * The corpus folder: which files are documents. Every file in the folder
 * tree whose extension a document shape claims (the parse stage's list of
 * shapes passes them in: `.md`, `.txt`, `.vtt`, `.srt`, `.org`, …), in path order; hidden files and folders, `node_modules`,
 * editor backups and what `.quarryignore` / `.gitignore` exclude are skipped
 * silently; links that lead out of the folder or cannot be followed (a loop,
 * a missing target) are skipped with a warning; every other file (a PDF, a
 * photo: a type quarry does not read) is named in one notice for the tree.
 *
 * Only the folder itself can make this throw (CorpusFolderError); anything
 * odd about one entry is a problem in the list, never an exception.
 */
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, sep } from 'node:path';
import { createRequire } from 'node:module';
import type { Ignore } from 'ignore';

/** The gitignore matcher, loaded only when a folder has an ignore file (most corpora have none). */
let makeIgnore: typeof import('ignore') | undefined;
function newMatcher(): Ignore {
  makeIgnore ??= createRequire(import.meta.url)('ignore') as typeof import('ignore');
  return makeIgnore();
}

/** The extensions every shape list has had; callers pass the shape list's own. */
export const DEFAULT_DOCUMENT_EXTENSIONS: readonly string[] = ['.md', '.txt'];

export interface CorpusFile {
  /** document id: the path inside the corpus folder without its extension (with it, where two documents differ only in extension), '/'-separated */
  id: string;
  /** path inside the corpus folder, '/'-separated */
  name: string;
  /** absolute path */
  path: string;
  /** the bytes, when they do not come from `path` (a document read from stdin) */
  bytes?: Buffer;
}

export interface FolderProblem {
  file: string;
  /** the line the problem is on, where it is a file's (a subfolder's speakers.yml: line 1) */
  line?: number;
  message: string;
  severity: 'error' | 'warning';
}

export class CorpusFolderError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'CorpusFolderError';
  }
}

/**
 * Names an editor or the OS leaves behind: ".#x.md", "x.md~", "#x.md#", ".DS_Store". An Emacs
 * autosave is "#" on both sides: a name that only opens with one ("#channel.log", irssi's log of
 * a channel) is a file of its own, read or named as skipped like any other.
 */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || (name.startsWith('#') && name.endsWith('#')) || name.endsWith('~') || name.endsWith('.swp') || name.endsWith('.bak');
}

const errCode = (err: unknown): string => (err as NodeJS.ErrnoException | null)?.code ?? String(err);

/** Why a link cannot be followed, in words. */
function linkFailure(err: unknown): string {
  switch ((err as NodeJS.ErrnoException | null)?.code) {
    case 'ELOOP':
      return 'skipped: link cannot be followed (it loops)';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'skipped: link cannot be followed (its target does not exist)';
    case 'EACCES':
    case 'EPERM':
      return 'skipped: link cannot be followed (permission denied)';
    default:
      return `skipped: link cannot be followed (${errCode(err)})`;
  }
}

type Kind = 'file' | 'dir' | 'link' | 'other';

/** The entry's type; some file systems do not report it in readdir, so ask lstat then. */
function kindOf(dir: string, e: Dirent): Kind {
  if (e.isFile()) return 'file';
  if (e.isSymbolicLink()) return 'link';
  if (e.isDirectory()) return 'dir';
  if (e.isFIFO() || e.isSocket() || e.isBlockDevice() || e.isCharacterDevice()) return 'other';
  try {
    const st = lstatSync(join(dir, e.name));
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'link' : 'other';
  } catch {
    return 'other';
  }
}

export interface ListOptions {
  /** honour `.quarryignore` and `.gitignore` files (default true; false is --no-ignore) */
  ignoreFiles?: boolean;
  /** absolute folders never read (the cache folder, when it lies inside the corpus) */
  exclude?: readonly string[];
}

/** Folders never descended into, whatever the ignore files say. */
const NEVER_READ = new Set(['node_modules']);
export const IGNORE_FILES = ['.gitignore', '.quarryignore'] as const;

/** The rules of one folder's ignore files, for paths relative to that folder. */
interface Rules {
  /** the folder's path relative to the corpus root ('' for the root) */
  base: string;
  matcher: Ignore;
}

/**
 * Whether `rel` (relative to the root, '/'-separated, a trailing '/' for a
 * folder) is ignored: the deepest folder whose rules say anything decides,
 * as in git, where a deeper file's `!pattern` overrides a shallower one.
 */
function ignoredBy(stack: readonly Rules[], rel: string): boolean {
  for (let i = stack.length - 1; i >= 0; i--) {
    const r = stack[i]!;
    const local = r.base ? rel.slice(r.base.length + 1) : rel;
    const t = r.matcher.test(local);
    if (t.ignored) return true;
    if (t.unignored) return false;
  }
  return false;
}

function readRules(dir: string, base: string, problems: FolderProblem[]): Rules | null {
  let matcher: Ignore | null = null;
  for (const name of IGNORE_FILES) {
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch (err) {
      const code = errCode(err);
      if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') {
        problems.push({ file: base ? `${base}/${name}` : name, severity: 'warning', message: `cannot read this ignore file (${code}): its rules are not applied` });
      }
      continue;
    }
    matcher ??= newMatcher();
    matcher.add(text);
  }
  return matcher ? { base, matcher } : null;
}

/**
 * Every document of the corpus tree: files of the given extensions at any depth,
 * in path order. A document's id is its path relative to the root without
 * its extension (`2021/cnn/ftx-arrest`), so ids stay the same as the tree
 * grows. Hidden files and folders, `node_modules`, editor backups and the
 * folders in `exclude` are never read; `.quarryignore` and `.gitignore`
 * files (in any folder, gitignore syntax) exclude more unless
 * `ignoreFiles: false`. Links to files inside the tree are followed; links
 * to folders are not (their documents are read where they are, and a link
 * loop cannot hang the walk); links leading out of the tree, or that cannot
 * be followed, are skipped with a warning.
 */
export function listCorpusFiles(
  dir: string,
  extensions: readonly string[] = DEFAULT_DOCUMENT_EXTENSIONS,
  opts: ListOptions = {},
): { files: CorpusFile[]; problems: FolderProblem[] } {
  const wanted = new Set(extensions.map((e) => e.toLowerCase()));
  let stat;
  try {
    stat = statSync(dir);
  } catch (err) {
    const code = errCode(err);
    throw new CorpusFolderError(
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `corpus folder not found: ${dir}`
        : code === 'EACCES' || code === 'EPERM'
          ? `cannot read corpus folder ${dir}: permission denied`
          : `cannot read corpus folder ${dir}: ${code}`,
      dir,
    );
  }
  if (!stat.isDirectory()) throw new CorpusFolderError(`corpus path is not a folder: ${dir}`, dir);
  let realDir: string;
  // the root's entries, read once: here to say the folder cannot be read, then walked
  let rootEntries: Dirent[];
  try {
    rootEntries = readdirSync(dir, { withFileTypes: true });
    realDir = realpathSync(dir);
  } catch (err) {
    const code = errCode(err);
    throw new CorpusFolderError(`cannot read corpus folder ${dir}: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code}`, dir);
  }
  const useIgnoreFiles = opts.ignoreFiles !== false;
  const excluded = new Set<string>();
  for (const x of opts.exclude ?? []) {
    try {
      excluded.add(realpathSync(x));
    } catch {
      // a folder that does not exist holds nothing to skip
    }
  }
  const files: CorpusFile[] = [];
  const problems: FolderProblem[] = [];
  const skipped: string[] = [];
  const outside = (target: string) => {
    const rel = relative(realDir, target);
    return rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel);
  };

  // A link to a folder is never followed; one that leads out of the tree is worth a word (its documents are not read).
  const warnFolderLinkOutside = (path: string, rel: string) => {
    try {
      const target = realpathSync(path);
      if (outside(target) && statSync(target).isDirectory()) {
        problems.push({ file: rel, severity: 'warning', message: `skipped: link leads outside the corpus folder (to ${target})` });
      }
    } catch {
      // not a folder we could read anyway
    }
  };

  // Depth first, entries in name order: the listing is in path order without a sort of the whole.
  const walk = (abs: string, base: string, rules: Rules[], listed?: Dirent[]) => {
    let entries: Dirent[];
    try {
      entries = listed ?? readdirSync(abs, { withFileTypes: true });
    } catch (err) {
      const code = errCode(err);
      problems.push({ file: base, severity: 'warning', message: `skipped: cannot read this folder (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code})` });
      return;
    }
    if (useIgnoreFiles) {
      const own = readRules(abs, base, problems);
      if (own) rules = [...rules, own];
    }
    // by name, in UTF-16 code unit order (what `<` compares): the native sort without a comparator
    // orders strings so, and calls no function per comparison (5,000 names at 1,000×)
    const byName = new Map<string, Dirent>();
    for (const e of entries) byName.set(e.name, e);
    const names = [...byName.keys()].sort();
    // join(abs, name) once per folder: abs normalized, then a name (never a separator, '.' or '..') appended to it is what join gives
    const prefix = join(abs, '_').slice(0, -1);
    for (const name of names) {
      if (isIgnoredName(name)) continue;
      const e = byName.get(name)!;
      const rel = base ? `${base}/${name}` : name;
      const path = prefix + name;
      const kind = kindOf(abs, e);
      if (kind === 'dir') {
        if (NEVER_READ.has(e.name) || excluded.has(path) || ignoredBy(rules, rel + '/')) continue;
        walk(path, rel, rules);
        continue;
      }
      const ext = extname(e.name).toLowerCase();
      if (!wanted.has(ext)) {
        if (kind === 'link') warnFolderLinkOutside(path, rel);
        // a file of a type quarry does not read is said (once, all of them in one notice), never skipped in silence;
        // quarry's own files, and what the ignore files exclude, are skipped on purpose
        else if (kind === 'file' && !OWN_FILES.has(name) && !ignoredBy(rules, rel)) skipped.push(rel);
        // Only the corpus folder's speakers.yml is read: one in a subfolder would name speakers for
        // nothing, in silence. Said where it is, so its entries can be moved up.
        else if (kind === 'file' && base && name === SPEAKERS_YML && !ignoredBy(rules, rel)) problems.push({ file: rel, line: 1, severity: 'warning', message: NESTED_SPEAKERS_NOT_READ });
        continue;
      }
      if (kind === 'other') continue; // a pipe, a device: never a document, never opened
      if (ignoredBy(rules, rel)) continue;
      if (kind === 'link') {
        let target: string;
        try {
          target = realpathSync(path);
        } catch (err) {
          problems.push({ file: rel, severity: 'warning', message: linkFailure(err) });
          continue;
        }
        if (outside(target)) {
          problems.push({ file: rel, severity: 'warning', message: `skipped: link leads outside the corpus folder (to ${target})` });
          continue;
        }
        try {
          if (!statSync(target).isFile()) continue;
        } catch (err) {
          problems.push({ file: rel, severity: 'warning', message: linkFailure(err) });
          continue;
        }
      }
      // a .json file is a document when it is a transcript (Whisper, Deepgram, AWS Transcribe), an .xml
      // file when it is TTML captions; any other is said as skipped
      const gate = CONTENT_GATED.get(ext);
      if (gate && !headPasses(path, gate.bytes, gate.test)) {
        skipped.push(rel);
        continue;
      }
      files.push({ id: rel.slice(0, rel.length - ext.length), name: rel, path });
    }
  };
  walk(dir, '', [], rootEntries);
  settleIds(files);
  if (skipped.length) problems.push({ file: '.', severity: 'warning', message: skippedNotice(skipped) });
  return { files, problems };
}

/**
 * The first bytes of a speech-to-text service's JSON: an object naming Whisper's `segments`,
 * Deepgram's `results` with `channels` or `utterances`, or AWS Transcribe's `results` with
 * `transcripts`. Whisper writes the whole `text` before its segments, so the head read is large.
 */
export function isTranscriptJsonHead(head: string): boolean {
  const h = head.length > JSON_HEAD_BYTES ? head.slice(0, JSON_HEAD_BYTES) : head;
  return /^\uFEFF?\s*\{/.test(h) && (/"segments"\s*:\s*\[/.test(h) || (/"results"\s*:\s*\{/.test(h) && /"(?:channels|utterances|transcripts|items|speaker_labels)"\s*:/.test(h)));
}
/** How much of a .json file is read to tell whether it is a transcript. */
export const JSON_HEAD_BYTES = 256 * 1024;

/**
 * A TTML (DFXP, EBU-TT) caption document: XML whose root element is `<tt>` or `<tt:tt>` (after an
 * XML declaration, a doctype and comments, if any) and names TTML's namespace
 * (`http://www.w3.org/ns/ttml`, or DFXP's `…/ttaf1`): HTML's `<tt>` (teletype) is no TTML.
 * A test of the first bytes.
 */
export function isTtmlHead(text: string): boolean {
  return TTML_ROOT.test(text.length > TTML_HEAD_BYTES ? text.slice(0, TTML_HEAD_BYTES) : text);
}
const TTML_HEAD_BYTES = 4000;
const TTML_ROOT = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:[A-Za-z][\w.-]*:)?tt\s[^>]*?(?:www\.w3\.org\/ns\/ttml|ttaf1)/;

/**
 * A chat's or an IRC channel's log: irssi's "--- Log opened …", messages "09:14 < kvass> …" or
 * "[09:14] <kvass> …" (a logger that keeps the day in the stamp: "[2023-06-06 09:14:02] <kvass> …"),
 * WeeChat's "2023-06-06 09:14:02<TAB>kvass<TAB>…". Two such lines in the
 * first ones; a program's log (stamps and levels, no nick in brackets) has none.
 */
export function isChatLogHead(text: string): boolean {
  const head = text.length > LOG_HEAD_BYTES ? text.slice(0, LOG_HEAD_BYTES) : text;
  let n = 0;
  for (const line of head.split('\n').slice(0, 40)) if (CHAT_LOG_LINE.test(line) && ++n >= 2) return true;
  return false;
}
const LOG_HEAD_BYTES = 4000;
const CHAT_LOG_LINE = /^\uFEFF?(?:--- Log opened |\[?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?\]?\s+<[ @+%&~]?[^<>\s]{1,30}>\s|\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?\t[^\t]{1,30}\t)/;

/** Extensions whose files are documents only when their first bytes say so (any JSON, any XML, any log is no document). */
const CONTENT_GATED = new Map<string, { bytes: number; test: (head: string) => boolean }>([
  ['.json', { bytes: JSON_HEAD_BYTES, test: isTranscriptJsonHead }],
  ['.xml', { bytes: TTML_HEAD_BYTES, test: isTtmlHead }],
  ['.log', { bytes: LOG_HEAD_BYTES, test: isChatLogHead }],
]);

/** Whether a file's first bytes pass a content test; true when it cannot be read (listed, so the loader says what is wrong). */
function headPasses(path: string, bytes: number, test: (head: string) => boolean): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return test(buf.subarray(0, n).toString('utf8'));
  } catch {
    return true; // unreadable: listed, so the loader names the file and what is wrong
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Files of the corpus folder that are quarry's own, never documents and never worth a notice. */
const OWN_FILES = new Set(['speakers.yml']);
const SPEAKERS_YML = 'speakers.yml';
/** A speakers.yml below the corpus folder: not read (only the corpus folder's names speakers). */
export const NESTED_SPEAKERS_NOT_READ = "not read: only the corpus folder's speakers.yml names speakers; move these entries into it (or give this folder as --corpus)";

/** How many skipped files the notice names before "and N more". */
const NAMED_SKIPPED = 5;

/** Formats that hold text quarry could read once exported as text (a PDF, an office document, an e-book). */
const EXPORT_FIRST = new Set(['.pdf', '.doc', '.docx', '.odt', '.rtf', '.pages', '.ppt', '.pptx', '.odp', '.key', '.xls', '.xlsx', '.ods', '.numbers', '.epub']);

/**
 * The one notice for the files of the tree that are not read because of their type
 * ("skipped 3 files quarry does not read: slides.pdf, photo.jpg, notes.docx (…)"): the first
 * few by path, then how many more. It is informational: `check --strict` does not fail on it
 * (see isSkippedNotice in model/corpus.ts).
 */
export function skippedNotice(names: readonly string[]): string {
  const shown = names.slice(0, NAMED_SKIPPED).join(', ');
  const more = names.length > NAMED_SKIPPED ? ` and ${names.length - NAMED_SKIPPED} more` : '';
  const exportable = names.some((n) => EXPORT_FIRST.has(extname(n).toLowerCase()));
  const hints: string[] = [];
  if (exportable) hints.push('PDF and office documents must be exported to text first');
  if (names.some((n) => extname(n).toLowerCase() === '.json')) hints.push('a .json file is read when it is a Whisper, Deepgram or AWS Transcribe transcript');
  if (names.some((n) => extname(n).toLowerCase() === '.xml')) hints.push('an .xml file is read when it is TTML captions');
  if (names.some((n) => extname(n).toLowerCase() === '.log')) hints.push('a .log file is read when it is a chat or IRC log');
  const hint = hints.length ? ` (${hints.join('; ')})` : '';
  return `skipped ${names.length} file${names.length === 1 ? '' : 's'} quarry does not read: ${shown}${more}${hint}`;
}

/**
 * A document's id is its path without its extension, except where two
 * documents differ only in extension (`talk.md` and `talk.txt`, `ep1.vtt`
 * and `ep1.txt`): each of those keeps its extension as its id (`talk.md`,
 * `talk.txt`), so both load, and neither id depends on which was listed
 * first. Repeated until no two ids are the same (`talk.md.txt`'s id
 * `talk.md` meets `talk.md`'s own): a path is unique, so it ends.
 */
function settleIds(files: CorpusFile[]): void {
  for (let changed = true; changed; ) {
    changed = false;
    const count = new Map<string, number>();
    for (const f of files) count.set(f.id, (count.get(f.id) ?? 0) + 1);
    for (const f of files) {
      if (count.get(f.id)! > 1 && f.id !== f.name) {
        f.id = f.name;
        changed = true;
      }
    }
  }
}

/** Files whose presence marks a folder as a corpus root. */
const ROOT_MARKERS = ['speakers.yml', '.quarryignore'];

const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel);
};

/**
 * The corpus a file belongs to, for checking it alone: `given` (the corpus
 * folder named with --corpus) when the file lies in it; else the nearest
 * folder above the file holding a `speakers.yml` or `.quarryignore`; else
 * the file's own folder. Paths are absolute.
 */
export function corpusRootOf(file: string, given?: string): string {
  if (given && inside(given, file)) return given;
  let dir = dirname(file);
  for (;;) {
    if (ROOT_MARKERS.some((m) => existsSync(join(dir, m)))) return dir;
    const up = dirname(dir);
    if (up === dir) return dirname(file);
    dir = up;
  }
}

/**
 * The corpus entry of one named file under `root` (see corpusRootOf), its id
 * as the listing gives it: a file beside another document of the same name
 * and another of `extensions` (`talk.md` beside `talk.txt`) keeps its
 * extension.
 */
export function corpusFileAt(root: string, file: string, extensions: readonly string[] = DEFAULT_DOCUMENT_EXTENSIONS): CorpusFile {
  const rel = relative(root, file).split(sep).join('/');
  const ext = extname(rel);
  if (!ext) return { id: rel, name: rel, path: file };
  const own = basename(file);
  const stem = own.slice(0, own.length - ext.length);
  const wanted = new Set(extensions.map((e) => e.toLowerCase()));
  let siblings: Dirent[] = [];
  try {
    siblings = readdirSync(dirname(file), { withFileTypes: true });
  } catch {
    // a folder we cannot list has no sibling to collide with
  }
  const collides = siblings.some((e) => {
    if (e.name === own || isIgnoredName(e.name) || e.isDirectory()) return false;
    const x = extname(e.name);
    return wanted.has(x.toLowerCase()) && e.name.slice(0, e.name.length - x.length) === stem;
  });
  return { id: collides ? rel : rel.slice(0, rel.length - ext.length), name: rel, path: file };
}
