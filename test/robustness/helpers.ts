/**
 * Shared pieces of the robustness suite: a good document to sit next to each
 * bad one, and the checks every bad-input case makes through the CLI.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT, runCli, type CliResult } from '../helpers.js';

/** A transcript that always parses into two qa records (lines 6-7 and 8-9). */
export const GOOD =
  '---\ntitle: A small interview\nspeakers: [Ann Lee]\nhost: Bo\n---\n' +
  'Host: What do you do all day at the exchange?\n' +
  'Ann Lee: I run the listings team and read every application myself.\n' +
  'Host: Why does that matter so much?\n' +
  'Ann Lee: Because one bad listing costs users more than a hundred good ones earn.\n';

/** The records `good.md` yields, as list --format json prints them: [type, line, endLine]. */
export const GOOD_RECORDS = [
  ['qa', 6, 7],
  ['qa', 8, 9],
];

/** A stack trace line as Node prints it. */
export const STACK = /\n\s+at /;

interface JsonRecord {
  id: string;
  type: string;
  doc: string;
  text: string;
  question: string | null;
  line: number;
  endLine: number;
}

/** `quarry list --corpus DIR --format json`, parsed (through runCliWithin: its output can pass runCli's 1 MB pipe buffer). */
export function listJson(dir: string): { code: number; records: JsonRecord[]; stderr: string } {
  const r = runCliWithin(120_000, ['list', '--corpus', dir, '--format', 'json']);
  expect(r.stderr).not.toMatch(STACK);
  return { code: r.code, records: JSON.parse(r.stdout) as JsonRecord[], stderr: r.stderr };
}

/** good.md's records are all listed, and nothing else unless `others` says so. */
export function expectGoodListed(dir: string, others: string[] = []): JsonRecord[] {
  const l = listJson(dir);
  expect(l.code).toBe(0);
  const good = l.records.filter((r) => r.doc === 'good');
  expect(good.map((r) => [r.type, r.line, r.endLine])).toEqual(GOOD_RECORDS);
  for (const r of l.records) expect(['good', ...others]).toContain(r.doc);
  return l.records;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The contract for one bad file next to good.md: `check` exits 1 with exactly
 * one line on stderr, `<path>:<line>: error: …` (or `<path>: error: …` when
 * `line` is null), no stack trace; good.md still parses and is still listed.
 * Returns the message after "error: ".
 */
export function expectRefused(dir: string, file: string, line: number | null, message?: RegExp | string): string {
  const r = runCli(['check', '--corpus', dir]);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.code).toBe(1);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines, r.stderr).toHaveLength(1);
  const where = line === null ? join(dir, file) : `${join(dir, file)}:${line}`;
  expect(lines[0]).toMatch(new RegExp(`^${escapeRe(where)}: error: `));
  const msg = lines[0]!.slice(`${where}: error: `.length);
  if (message !== undefined) expect(msg).toMatch(typeof message === 'string' ? new RegExp(escapeRe(message)) : message);
  expect(r.stdout).toMatch(/\bok\s+│\s+good\s/);
  expectGoodListed(dir);
  return msg;
}

/** `check` passes: exit 0, nothing on stderr (or only what `stderr` allows). */
export function expectClean(dir: string, args: string[] = []): CliResult {
  const r = runCli(['check', '--corpus', dir, ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

/**
 * runCli with a watchdog and room for big output (runCli keeps spawnSync's
 * 1 MB default and cuts longer output short). For cases that could hang
 * (link loops) spawnSync kills the run after `ms`, and a killed run has no
 * exit status. Not a timing assertion: the limit is far above what a working
 * run needs.
 */
export function runCliWithin(ms: number, args: string[], extraEnv: Record<string, string> = {}): CliResult & { killed: boolean } {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'QUARRY_CORPUS']) if (!(k in extraEnv)) delete env[k];
  const res = spawnSync(process.execPath, [join(ROOT, 'bin', 'quarry.js'), ...args], {
    cwd: ROOT,
    env,
    input: '',
    encoding: 'utf8',
    timeout: ms,
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (res.error && (res.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw res.error;
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr, killed: res.status === null };
}

/** Names, sizes, mtimes and modes of everything under `dir`, links not followed. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    const abs = join(dir, rel);
    for (const name of readdirSync(abs).sort()) {
      const p = join(abs, name);
      const st = lstatSync(p);
      const key = rel ? `${rel}/${name}` : name;
      out[key] = `${st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'link' : 'file'} ${st.size} ${st.mtimeMs} ${st.mode.toString(8)}`;
      if (st.isDirectory()) walk(key);
    }
  };
  walk('');
  return out;
}
