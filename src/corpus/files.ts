/**
 * The corpus folder: which files are documents. Every file at the folder's
 * top level whose extension a document shape claims (the parse stage's list
 * of shapes passes them in: `.md`, `.txt`, `.vtt`, `.srt`), in name order; hidden files and editor backups are
 * skipped silently, links that lead out of the folder or cannot be followed
 * (a loop, a missing target) are skipped with a warning.
 *
 * Only the folder itself can make this throw (CorpusFolderError); anything
 * odd about one entry is a problem in the list, never an exception.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join, relative, isAbsolute } from 'node:path';

/** The extensions every shape list has had; callers pass the shape list's own. */
export const DEFAULT_DOCUMENT_EXTENSIONS: readonly string[] = ['.md', '.txt'];

export interface CorpusFile {
  /** document id: the file name without its extension */
  id: string;
  /** file name inside the corpus folder */
  name: string;
  /** absolute path */
  path: string;
}

export interface FolderProblem {
  file: string;
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

/** Names an editor or the OS leaves behind: ".#x.md", "x.md~", "#x.md#", ".DS_Store". */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('#') || name.endsWith('~') || name.endsWith('.swp') || name.endsWith('.bak');
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

type Kind = 'file' | 'link' | 'other';

/** The entry's type; some file systems do not report it in readdir, so ask lstat then. */
function kindOf(dir: string, e: Dirent): Kind {
  if (e.isFile()) return 'file';
  if (e.isSymbolicLink()) return 'link';
  if (e.isDirectory() || e.isFIFO() || e.isSocket() || e.isBlockDevice() || e.isCharacterDevice()) return 'other';
  try {
    const st = lstatSync(join(dir, e.name));
    return st.isFile() ? 'file' : st.isSymbolicLink() ? 'link' : 'other';
  } catch {
    return 'other';
  }
}

export function listCorpusFiles(
  dir: string,
  extensions: readonly string[] = DEFAULT_DOCUMENT_EXTENSIONS,
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
  let entries: Dirent[];
  let realDir: string;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
    realDir = realpathSync(dir);
  } catch (err) {
    const code = errCode(err);
    throw new CorpusFolderError(`cannot read corpus folder ${dir}: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code}`, dir);
  }
  const files: CorpusFile[] = [];
  const problems: FolderProblem[] = [];
  for (const e of entries) {
    if (isIgnoredName(e.name)) continue;
    const ext = extname(e.name).toLowerCase();
    if (!wanted.has(ext)) continue;
    const path = join(dir, e.name);
    const kind = kindOf(dir, e);
    if (kind === 'other') continue; // a folder, a pipe, a device: never a document, never opened
    if (kind === 'link') {
      let target: string;
      try {
        target = realpathSync(path);
      } catch (err) {
        problems.push({ file: e.name, severity: 'warning', message: linkFailure(err) });
        continue;
      }
      const rel = relative(realDir, target);
      if (rel === '..' || rel.startsWith('..' + '/') || rel.startsWith('..\\') || isAbsolute(rel)) {
        problems.push({ file: e.name, severity: 'warning', message: `skipped: link leads outside the corpus folder (to ${target})` });
        continue;
      }
      try {
        if (!statSync(target).isFile()) continue;
      } catch (err) {
        problems.push({ file: e.name, severity: 'warning', message: linkFailure(err) });
        continue;
      }
    }
    files.push({ id: basename(e.name, extname(e.name)), name: e.name, path });
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, problems };
}
