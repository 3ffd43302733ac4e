/**
 * Test helpers: load the shipped corpus once, build documents in temp folders.
 * Nothing here reads ../shared: everything the tests need lives in the repo.
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, type Corpus } from '../src/load/load.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = join(ROOT, 'corpus');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

let shipped: Corpus | undefined;
export function shippedCorpus(): Corpus {
  shipped ??= loadCorpus(CORPUS);
  return shipped;
}

/** A corpus folder in the OS temp dir holding the given files. */
export function tempCorpus(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'quarry-test-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

const fixtureCorpora = new Map<string, Corpus>();
/**
 * The corpus of a fixture folder's files (speakers.yml included), loaded once per folder from a
 * copy in the OS temp dir: the tests read the documents as a user's folder, never the repo's.
 */
export function fixtureCorpus(dir: string, only?: readonly string[]): Corpus {
  // `only`: the folder's documents a test reads (speakers.yml always comes too). A folder of
  // unrelated documents (test/fixtures/unseen) is then not parsed whole by every test file that
  // reads one of them: each file runs in its own worker, so the memo below does not carry over.
  const key = only ? `${dir}\0${[...only].sort().join('\0')}` : dir;
  let corpus = fixtureCorpora.get(key);
  if (!corpus) {
    const files: Record<string, Buffer> = {};
    for (const f of readdirSync(dir)) if (!only || only.includes(f) || f === 'speakers.yml') files[f] = readFileSync(join(dir, f));
    if (only) for (const f of only) if (!(f in files)) throw new Error(`fixtureCorpus: no ${f} in ${dir}`);
    corpus = loadCorpus(tempCorpus(files));
    fixtureCorpora.set(key, corpus);
  }
  return corpus;
}

export function recordsOf(corpus: Corpus, doc: string) {
  return corpus.records.filter((r) => r.doc === doc);
}

/** A record's place, type, people and words, the fields a parser test compares whole (asker and question null where absent). */
export const recordBrief = (r: { line: number; type: string; speaker: string | null; asker?: string | null; question?: string | null; text: string }) => ({
  line: r.line,
  type: r.type,
  speaker: r.speaker,
  asker: r.asker ?? null,
  question: r.question ?? null,
  text: r.text,
});

import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/context.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** variables added to (or, when undefined, removed from) the test process's environment */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** what the command reads on stdin */
  input?: string;
}

/**
 * The environment a quarry run sees: the test process's, without colour
 * settings or a corpus choice, and with a cache folder of the test file's own,
 * so tests never read or write the user's ~/.cache.
 */
function cliEnv(opts: CliOptions): Record<string, string> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    QUARRY_CORPUS: undefined,
    QUARRY_CACHE_DIR: testCacheDir(),
    ...opts.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return env as Record<string, string>;
}

/** A stdout or stderr that keeps what is written, and is no terminal (as a pipe is not). */
class CapturedStream {
  text = '';
  readonly isTTY = false;
  write(chunk: string | Uint8Array): boolean {
    this.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }
  on(): this {
    return this;
  }
}

/**
 * Run quarry in this process, as `quarry ARGS…` would run from a shell with
 * stdout and stderr piped: main() with captured streams. Tens of times faster
 * than starting node, so CLI behaviour can be tested at every call site; the
 * few tests about the process itself (bin/, EPIPE, the modules a run loads,
 * concurrent writers, watchdogs) use runCliProcess.
 */
export async function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const stdout = new CapturedStream();
  const stderr = new CapturedStream();
  const io: Io = {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    stdin: Readable.from([Buffer.from(opts.input ?? '', 'utf8')]),
    env: cliEnv(opts),
    cwd: opts.cwd ?? ROOT,
  };
  let code: number;
  try {
    code = await main([process.execPath, join(ROOT, 'bin', 'quarry.js'), ...args], io);
  } catch (err) {
    // what bin/quarry.js does with an error that escapes main
    stderr.write(`quarry: internal error: ${err instanceof Error ? err.message : String(err)} (set QUARRY_DEBUG=1 for details)\n`);
    code = 2;
  }
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Run the built CLI as a separate process, `node bin/quarry.js …`, no terminal, colour env cleared. */
export function runCliProcess(args: string[], opts: CliOptions & { timeoutMs?: number } = {}): CliResult & { killed: boolean } {
  const res = spawnSync(process.execPath, [join(ROOT, 'bin', 'quarry.js'), ...args], {
    cwd: opts.cwd ?? ROOT,
    env: cliEnv(opts),
    input: opts.input ?? '',
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    ...(opts.timeoutMs ? { timeout: opts.timeoutMs } : {}),
  });
  if (res.error && (res.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw res.error;
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr, killed: res.status === null };
}

let cacheDir: string | undefined;
/** One temporary cache folder per worker process (test files share their worker's modules: vitest.config.ts). */
export function testCacheDir(): string {
  cacheDir ??= mkdtempSync(join(tmpdir(), 'quarry-cache-'));
  return cacheDir;
}

/** A transcript of two questions and two answers that always parses into two qa records (lines 6-7 and 8-9). */
export const interviewDoc = (title: string): string =>
  `---\ntitle: ${title}\nspeakers: [Ann Lee]\nhost: Bo\n---\n` +
  'Host: What do you do all day at the exchange?\n' +
  'Ann Lee: I run the listings team and read every application myself.\n' +
  'Host: Why does that matter so much?\n' +
  'Ann Lee: Because one bad listing costs users more than a hundred good ones earn.\n';
