/**
 * Every command's output from a cache updated document by document is
 * byte for byte the output from a cold build of the same files (the
 * shipped corpus, one document changed, one added, one removed). The same
 * check on a 100× corpus and every format is a script run by hand: see
 * docs/architecture.md (cache).
 */
import { appendFileSync, cpSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, runCli } from '../helpers.js';
import { ageFiles, tempDir } from './helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const COMMANDS = [
  ['list', '--format', 'json'],
  ['list', '--speaker', 'He Yi', '--year', '2021..2025', '--type', 'qa,quote', '--format', 'ndjson'],
  ['list', '--topic', 'airdrops', '--format', 'csv'],
  ['docs', '--format', 'json'],
  ['stats', '--by', 'speaker,type', '--format', 'json'],
  ['search', 'security', 'listing', '--format', 'json'],
  ['search', 'decentral', '--format', 'json', '--limit', '30'],
  ['search', 'Binanse', 'securty', '--format', 'json'],
  ['search', 'hiring', '--speaker', 'cz', '--format', 'json'],
  ['search', 'when', 'did', 'binance', 'launch', '--format', 'json', '--explain'],
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
  it('after a change, an addition and a removal on the shipped corpus', async () => {
    const corpus = tempDir('quarry-identity-corpus-');
    const updated = tempDir('quarry-identity-cache-');
    const cold = tempDir('quarry-identity-cold-');
    made.push(corpus, updated, cold);
    cpSync(CORPUS, corpus, { recursive: true });
    ageFiles(corpus);
    await outputs(corpus, updated); // warm the cache (with its index)
    appendFileSync(join(corpus, 'he-yi-ama-2024.txt'), '\nHe Yi: We also review every listing for security twice now, and hiring for compliance doubled.\n');
    writeFileSync(join(corpus, 'aa-copy.txt'), readFileSync(join(corpus, 'life-at-binance.txt'), 'utf8').replace(/Binance/g, 'Binanse'));
    unlinkSync(join(corpus, 'btcpeers-he-yi-2021.txt'));
    ageFiles(corpus, 100);
    const after = await outputs(corpus, updated);
    const first = await outputs(corpus, cold);
    expect(after).toEqual(first);
    expect(after.join('\n')).toContain('Binanse'); // the added document is searched
  });
});
