/**
 * The corpus folder: which files are documents. Every `*.md` and `*.txt` at
 * the folder's top level, in name order; hidden files, editor backups and
 * links that lead out of the folder are skipped (the last with a warning).
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, relative, isAbsolute } from 'node:path';

export const DOCUMENT_EXTENSIONS = new Set(['.md', '.txt']);

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

export function listCorpusFiles(dir: string): { files: CorpusFile[]; problems: FolderProblem[] } {
  let stat;
  try {
    stat = statSync(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CorpusFolderError(code === 'ENOENT' ? `corpus folder not found: ${dir}` : `cannot read corpus folder ${dir}: ${code ?? String(err)}`, dir);
  }
  if (!stat.isDirectory()) throw new CorpusFolderError(`corpus path is not a folder: ${dir}`, dir);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    throw new CorpusFolderError(`cannot read corpus folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, dir);
  }
  const realDir = realpathSync(dir);
  const files: CorpusFile[] = [];
  const problems: FolderProblem[] = [];
  for (const e of entries) {
    if (isIgnoredName(e.name)) continue;
    const ext = extname(e.name).toLowerCase();
    if (!DOCUMENT_EXTENSIONS.has(ext)) continue;
    const path = join(dir, e.name);
    if (e.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch (err) {
        problems.push({ file: e.name, severity: 'warning', message: `skipped: link cannot be followed (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
        continue;
      }
      const rel = relative(realDir, target);
      if (rel.startsWith('..') || isAbsolute(rel)) {
        problems.push({ file: e.name, severity: 'warning', message: 'skipped: link leads outside the corpus folder' });
        continue;
      }
      try {
        if (!statSync(target).isFile()) continue;
      } catch {
        continue;
      }
    } else if (!e.isFile()) continue;
    files.push({ id: basename(e.name, extname(e.name)), name: e.name, path });
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, problems };
}
