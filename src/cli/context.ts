/**
 * What every command needs from the outside world: where the corpus is, how
 * wide and colourful the output may be, and where data and messages go. The
 * commands get these from here and never reach for process.* themselves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RenderEnv } from '../render/check.js';

/** A usage error: bad flag value, unknown document, …: one line on stderr, exit 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface GlobalOptions {
  corpus?: string;
  color?: boolean;
  /** false with --no-cache: read and parse every document, write no cache */
  cache?: boolean;
  /** false with --no-ignore: .quarryignore and .gitignore exclude nothing */
  ignore?: boolean;
  /** --db URL: read records from PostgreSQL (also QUARRY_DB) */
  db?: string;
  /** --quiet: no progress line on stderr */
  quiet?: boolean;
}

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** what `-` reads */
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * The process's own streams. stdin is looked up only when a command reads it:
 * Node creates process.stdin on first access, and for a file or a pipe that
 * loads its file-stream and socket code (fs/promises and readline with it),
 * which only `check -` needs.
 */
export const defaultIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  get stdin() {
    return process.stdin;
  },
  env: process.env,
  cwd: process.cwd(),
});

/** The corpus shipped with the package: <package>/corpus, found from dist/cli/. */
export function shippedCorpus(): string {
  return fileURLToPath(new URL('../../corpus', import.meta.url));
}

export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** --corpus, else QUARRY_CORPUS, else the shipped corpus. */
export function corpusDir(opts: GlobalOptions, io: Io): string {
  return chosenCorpusDir(opts, io) ?? shippedCorpus();
}

/** The corpus folder the user named (--corpus, else QUARRY_CORPUS), absolute; undefined when none. */
export function chosenCorpusDir(opts: GlobalOptions, io: Io): string | undefined {
  const chosen = opts.corpus ?? (io.env.QUARRY_CORPUS || undefined);
  if (!chosen) return undefined;
  return isAbsolute(chosen) ? chosen : resolve(io.cwd, chosen);
}

export async function renderEnv(opts: GlobalOptions, io: Io, dir: string): Promise<RenderEnv> {
  const { colorLevel, painter } = await import('../render/color.js');
  const { terminalWidth } = await import('../render/width.js');
  const level = colorLevel({ flag: opts.color, env: io.env, isTTY: !!io.stdout.isTTY });
  return {
    width: terminalWidth(io.stdout, io.env),
    paint: await painter(level),
    colored: level > 0,
    displayPath: (file: string) => {
      const abs = join(dir, file);
      const rel = relative(io.cwd, abs);
      // Inside the working folder: the short relative path; elsewhere: the absolute one
      // (a "../" path depends on where the command ran, and is no shorter to read).
      return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
    },
  };
}

/** A painter for stderr messages, decided for stderr's own terminal. */
export async function stderrPaint(opts: GlobalOptions, io: Io) {
  const { colorLevel, painter } = await import('../render/color.js');
  return painter(colorLevel({ flag: opts.color, env: io.env, isTTY: !!io.stderr.isTTY }));
}

export function fileExists(path: string): boolean {
  return existsSync(path);
}
