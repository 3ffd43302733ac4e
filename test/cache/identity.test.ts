/**
 * Every command's output from a cache updated document by document is
 * byte for byte the output from a cold build of the same files (a small
 * corpus of every shape, one document changed, one added, one removed).
 * The same check on any corpus, every command and format, is
 * bench/incremental-same.sh.
 */
import { appendFileSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { ageFiles, smallCorpus, tempDir } from './helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const COMMANDS = [
  ['list', '--format', 'json'],
  ['list', '--speaker', 'CZ', '--type', 'qa,quote', '--format', 'ndjson'],
  ['list', '--topic', 'regulation', '--year', '2023..2024', '--format', 'csv'],
  ['docs', '--format', 'json'],
  ['check', '--format', 'json'],
  ['stats', '--by', 'speaker,type', '--format', 'json'],
  ['search', 'compliance', 'license', '--format', 'json'],
  ['search', 'complian', 'regulatrs', '--format', 'json', '--explain'],
  ['search', 'hiring', '--speaker', 'CZ', '--format', 'json'],
  ['timeline', '--format', 'json'],
];

async function outputs(corpus: string, cache: string): Promise<string[]> {
  const out: string[] = [];
  for (const args of COMMANDS) {
    const r = await runCli(['--corpus', corpus, ...args], { env: { QUARRY_CACHE_DIR: cache } });
    out.push(`${args.join(' ')}\nexit ${r.code}\n${r.stdout}\n--- stderr\n${r.stderr}`);
  }
  return out;
}

describe('an updated cache answers as a cold one', () => {
  it('after a change, an addition and a removal', async () => {
    const corpus = smallCorpus();
    const updated = tempDir('quarry-identity-cache-');
    const cold = tempDir('quarry-identity-cold-');
    made.push(corpus, updated, cold);
    await outputs(corpus, updated); // warm the cache (with its index)
    appendFileSync(join(corpus, 'qa-labels.txt'), '\nCZ: Compliance reviews every license twice now, and hiring for it doubled.\n');
    writeFileSync(join(corpus, 'aa-copy.txt'), readFileSync(join(corpus, 'interviewer-cz.txt'), 'utf8').replace(/compliance/gi, 'complianse'));
    unlinkSync(join(corpus, 'forced-prose.txt'));
    ageFiles(corpus, 100);
    const after = await outputs(corpus, updated);
    const first = await outputs(corpus, cold);
    expect(after).toEqual(first);
    expect(after.join('\n')).toContain('reviews every license twice'); // the changed document is searched
    expect(after.join('\n')).toContain('aa-copy'); // so is the added one
    expect(after.filter((o) => o.includes('\nexit 0\n')).length).toBeGreaterThanOrEqual(COMMANDS.length - 1); // answers, not usage errors
  });
});
