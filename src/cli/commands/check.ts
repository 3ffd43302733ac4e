import type { Command } from 'commander';
import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { CorpusFile } from '../../corpus/files.js';
import type { Corpus } from '../../model/corpus.js';
import { chosenCorpusDir, renderEnv, shippedCorpus, stderrPaint, UsageError, type GlobalOptions, type Io } from '../context.js';
import { oneLine, openCorpus, progressFor, writeOutput } from '../shared.js';

/** How a document read from stdin is named in messages. */
const STDIN_NAME = '<stdin>';

interface CheckOptions {
  format: string;
  unparsed?: boolean;
  strict?: boolean;
}

/** `quarry check [FILE…]`, run: the action registered in ../registry.ts. */
export async function action(io: Io, files: string[], opts: CheckOptions, cmd: Command): Promise<number> {
  const g = cmd.optsWithGlobals<GlobalOptions>();
  const named = files.length ? await namedDocuments(files, g, io) : null;
  let dir: string;
  let corpus: Corpus;
  if (named) {
    const { loadFiles } = await import('../../load/load.js');
    dir = named.root;
    const progress = await progressFor(g, io);
    try {
      corpus = loadFiles(dir, named.files, { debug: io.env.QUARRY_DEBUG === '1', ...(progress ? { onProgress: (p) => progress.update(p) } : {}) });
    } finally {
      progress?.end();
    }
  } else {
    ({ dir, corpus } = await openCorpus(g, io));
    // `quarry check` run in an analyst's own folder, no corpus named, checks the shipped one: say so,
    // or its "0 errors" reads as the verdict on their folder (and a CI job goes green on the wrong one)
    if (chosenCorpusDir(g, io) === undefined && relative(dirname(shippedCorpus()), io.cwd).startsWith('..')) {
      io.stderr.write(`quarry: checked the shipped corpus (${oneLine(dir)}), not this folder: name yours with --corpus DIR or QUARRY_CORPUS\n`);
    }
  }
  const { checkCorpus } = await import('../../load/check.js');
  const report = checkCorpus(corpus, { strict: !!opts.strict });
  const forPeople = opts.format === 'table';
  // Machine formats load no colour code for stdout (colour is off in their env) and no table code.
  const base = await renderEnv(forPeople ? g : { ...g, color: false }, io, dir);
  const env = { ...base, displayPath: (file: string) => (file === STDIN_NAME ? file : base.displayPath(file)) };
  const rep = await import('../../render/report.js');
  // Problems are messages, on stderr, one line each; the github format prints them as annotations instead.
  if (report.problems.length && opts.format !== 'github') {
    const errPaint = await stderrPaint(g, io);
    // one line each, whatever line breaks a file's name (and so its inferred title) holds
    for (const p of report.problems) io.stderr.write(rep.formatProblem({ ...p, message: oneLine(p.message) }, { paint: errPaint, displayPath: (f) => oneLine(env.displayPath(f)) }) + '\n');
  }
  const lineText = await sourceLines(dir, named?.files ?? []);
  await writeOutput(io, opts.format, {
    count: 1,
    none: '',
    values: () => [rep.checkJson(report)],
    jsonValue: () => rep.checkJson(report),
    github: () => rep.checkAnnotations(report, env.displayPath),
    table: async () => {
      const r = await import('../../render/check.js');
      return opts.unparsed ? r.renderUnparsed(report, lineText, env) : r.renderCheckTable(report, env);
    },
  });
  return report.ok ? 0 : 1;
}

/**
 * A document's body line, for `--unparsed` (each file read once), decoded as
 * the loader decoded it (UTF-16, Windows-1252): the lines are the record's lines.
 */
async function sourceLines(dir: string, named: readonly CorpusFile[]): Promise<(file: string, line: number) => string> {
  const { decodeDocument, readDocumentText } = await import('../../corpus/read.js');
  const byName = new Map(named.map((f) => [f.name, f]));
  const cache = new Map<string, string[]>();
  return (file, line) => {
    let lines = cache.get(file);
    if (!lines) {
      const given = byName.get(file);
      const decoded = given?.bytes ? decodeDocument(given.bytes) : readDocumentText(given?.path ?? resolve(dir, file));
      lines = 'text' in decoded ? decoded.text.split(/\r\n|\n|\r/) : [];
      cache.set(file, lines);
    }
    return lines[line - 1] ?? '';
  };
}

/**
 * The documents named on the command line (`-` is one read from stdin), and
 * the corpus they belong to: its speakers.yml is the registry they are
 * checked against. Names are checked as given, whatever the ignore files say.
 */
async function namedDocuments(names: string[], g: GlobalOptions, io: Io): Promise<{ root: string; files: CorpusFile[] }> {
  const { corpusFileAt, corpusRootOf } = await import('../../corpus/files.js');
  const { DOCUMENT_EXTENSIONS } = await import('../../parse/shapes.js');
  const given = chosenCorpusDir(g, io);
  if (names.filter((n) => n === '-').length > 1) throw new UsageError('check: - (stdin) can be named once');
  const roots = new Map<string, string[]>();
  const paths: { name: string; path: string }[] = [];
  for (const name of names) {
    const path = name === '-' ? resolve(io.cwd, STDIN_NAME) : resolve(io.cwd, name);
    if (name !== '-') {
      let isFolder = false;
      try {
        isFolder = statSync(path).isDirectory();
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new UsageError(`check: ${code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : `cannot read ${code ?? err}`}: ${oneLine(name)}`);
      }
      if (isFolder) throw new UsageError(`check: ${oneLine(name)} is a folder (to check a whole corpus: quarry check --corpus ${oneLine(name)})`);
    }
    // stdin has no path to place it: it is a document of the corpus --corpus (or QUARRY_CORPUS)
    // names, else of the one the working folder is in
    const root = name === '-' && given ? given : corpusRootOf(path, given);
    roots.set(root, [...(roots.get(root) ?? []), name]);
    paths.push({ name, path });
  }
  if (roots.size > 1) {
    const which = [...roots].map(([root, n]) => `${oneLine(root)}: ${n.map(oneLine).join(', ')}`).join('; ');
    throw new UsageError(`check: the files belong to different corpora (${which}): check one corpus at a time`);
  }
  const root = [...roots.keys()][0]!;
  const files: CorpusFile[] = [];
  for (const { name, path } of paths) {
    if (name === '-') files.push({ id: 'stdin', name: STDIN_NAME, path: STDIN_NAME, bytes: await readStdin(io) });
    else files.push(corpusFileAt(root, path, DOCUMENT_EXTENSIONS));
  }
  return { root, files };
}

async function readStdin(io: Io): Promise<Buffer> {
  if (!io.stdin) throw new UsageError('check: no standard input to read');
  const { MAX_FILE_BYTES } = await import('../../corpus/read.js');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    chunks.push(b);
    size += b.length;
    // past the limit the loader refuses it; stop reading what would be thrown away
    if (size > MAX_FILE_BYTES) break;
  }
  return Buffer.concat(chunks);
}
