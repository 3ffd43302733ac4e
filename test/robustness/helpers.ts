/**
 * Shared pieces of the robustness suite: a good document to sit next to each
 * bad one, and the checks every bad-input case makes through the CLI.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { interviewDoc, runCli, runCliProcess, type CliResult } from '../helpers.js';

/** A transcript that always parses into two qa records (lines 6-7 and 8-9). */
export const GOOD = interviewDoc('A small interview');

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

/** `quarry list --corpus DIR --format json`, parsed. */
export async function listJson(dir: string): Promise<{ code: number; records: JsonRecord[]; stderr: string }> {
  const r = await runCli(['list', '--corpus', dir, '--format', 'json']);
  expect(r.stderr).not.toMatch(STACK);
  return { code: r.code, records: JSON.parse(r.stdout) as JsonRecord[], stderr: r.stderr };
}

/** good.md's records are all listed, and nothing else unless `others` says so. */
export async function expectGoodListed(dir: string, others: string[] = []): Promise<JsonRecord[]> {
  const l = await listJson(dir);
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
export async function expectRefused(dir: string, file: string, line: number | null, message?: RegExp | string): Promise<string> {
  const r = await runCli(['check', '--corpus', dir]);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.code).toBe(1);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines, r.stderr).toHaveLength(1);
  const where = line === null ? join(dir, file) : `${join(dir, file)}:${line}`;
  expect(lines[0]).toMatch(new RegExp(`^${escapeRe(where)}: error: `));
  const msg = lines[0]!.slice(`${where}: error: `.length);
  if (message !== undefined) expect(msg).toMatch(typeof message === 'string' ? new RegExp(escapeRe(message)) : message);
  expect(r.stdout).toMatch(/\bok\s+│\s+good\s/);
  await expectGoodListed(dir);
  return msg;
}

/** `check` passes: exit 0, nothing on stderr (or only what `stderr` allows). */
export async function expectClean(dir: string, args: string[] = []): Promise<CliResult> {
  const r = await runCli(['check', '--corpus', dir, ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

/**
 * quarry as a process of its own, killed after `ms`, for cases that could
 * hang (link loops): a hung in-process run would hang the test runner. Not a
 * timing assertion: the limit is far above what a working run needs.
 */
export function runCliWithin(ms: number, args: string[], extraEnv: Record<string, string> = {}): CliResult & { killed: boolean } {
  return runCliProcess(args, { env: extraEnv, timeoutMs: ms });
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
