/**
 * What every command needs from the outside world: where the corpus is, how
 * wide and colourful the output may be, and where data and messages go. The
 * commands get these from here and never reach for process.* themselves.
 */
import { existsSync, fstatSync, readFileSync, writeSync } from 'node:fs';
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
export const defaultIo = (): Io => {
  let stdout: NodeJS.WriteStream | undefined;
  let stderr: NodeJS.WriteStream | undefined;
  return {
    get stdout() {
      return (stdout ??= outputStream(1, () => process.stdout));
    },
    get stderr() {
      return (stderr ??= outputStream(2, () => process.stderr));
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  };
};

/**
 * Where output to file descriptor `fd` goes. On a pipe, a socket (what a
 * parent process's spawn gives its child) or a file, writes go
 * straight to the descriptor (fs.writeSync): process.stdout there would load
 * Node's stream and socket modules (~20 of its own modules, a warm search's
 * single largest cost after the bundle), and its writes to pipes and files
 * are synchronous on Linux anyway (and a descriptor left blocking is written
 * whole by writeSync), so the bytes and their order are the same.
 * A terminal (or any other kind of file: /dev/null) gets Node's
 * own stream, which knows the terminal's width.
 */
function outputStream(fd: number, nodeStream: () => NodeJS.WriteStream): NodeJS.WriteStream {
  let kind: 'direct' | 'node';
  try {
    const st = fstatSync(fd);
    kind = st.isFIFO() || st.isFile() || st.isSocket() ? 'direct' : 'node';
  } catch {
    kind = 'node';
  }
  return kind === 'direct' ? (new FdWriter(fd, nodeStream) as unknown as NodeJS.WriteStream) : nodeStream();
}

/**
 * The part of a WriteStream the CLI uses (write, on('error'), isTTY), over a
 * descriptor. A reader that went away (EPIPE) is reported to the 'error'
 * listeners once, as Node's stream reports it, and later writes are dropped.
 * A descriptor another process left non-blocking (EAGAIN) hands over to
 * Node's stream, which waits for the reader, from the first unwritten byte.
 */
export class FdWriter {
  readonly isTTY = false;
  private node: NodeJS.WriteStream | null = null;
  private gone = false;
  private readonly errorListeners: ((err: Error) => void)[] = [];

  constructor(
    private readonly fd: number,
    private readonly nodeStream: () => NodeJS.WriteStream,
  ) {}

  /** Done with `chunk` when it returns (a stream handed the rest gets a copy): the caller may reuse it. */
  write(chunk: string | Uint8Array): boolean {
    if (this.node) return this.node.write(typeof chunk === 'string' ? chunk : Buffer.from(chunk));
    if (this.gone) return false;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') return this.handOver().write(Buffer.from(bytes.subarray(done)));
      if (code === 'EPIPE') this.gone = true;
      if (!this.errorListeners.length) throw err;
      for (const listener of this.errorListeners) listener(err as Error);
      return false;
    }
    return true;
  }

  on(event: string, listener: (...args: unknown[]) => void): this {
    if (event === 'error') this.errorListeners.push(listener);
    else this.handOver().on(event, listener);
    return this;
  }

  private handOver(): NodeJS.WriteStream {
    if (!this.node) {
      this.node = this.nodeStream();
      for (const listener of this.errorListeners) this.node.on('error', listener);
    }
    return this.node;
  }
}

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
  // An empty --corpus is a mistake (an unset variable in a CI job: `--corpus "$DIR"`), never a
  // request for the default: checking the shipped corpus instead would turn the job green. An
  // empty QUARRY_CORPUS is unset, as an empty QUARRY_DB is and as most tools read variables.
  if (opts.corpus !== undefined && !opts.corpus.trim()) throw new UsageError('--corpus: needs a folder (for example: --corpus ./notes)');
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
