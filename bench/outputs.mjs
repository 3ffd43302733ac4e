#!/usr/bin/env node
/**
 * Every command in every format, run on a corpus, its stdout, stderr and exit
 * code written to a folder, one file per run: compare two builds with
 * `diff -r`. Refactors of the pipeline promise byte-identical output; this is
 * how the promise is checked.
 *
 *   node bench/outputs.mjs OUT_DIR [--quarry path/to/bin/quarry.js] [--corpus DIR] [--cache DIR]
 *
 * --cache: the cache folder to use (default: a new empty one), e.g. one an
 * earlier run filled before the corpus changed (bench/incremental-same.sh).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const out = args[0];
if (!out) {
  console.error('usage: node bench/outputs.mjs OUT_DIR [--quarry BIN] [--corpus DIR] [--cache DIR]');
  process.exit(2);
}
const opt = (name) => {
  const i = args.indexOf(name);
  return i > 0 ? args[i + 1] : undefined;
};
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = resolve(opt('--quarry') ?? join(root, 'bin', 'quarry.js'));
const corpus = opt('--corpus');

const FORMATS = ['table', 'json', 'ndjson', 'csv'];
const RUNS = [
  ...['check', 'check --unparsed', 'check --strict'].flatMap((c) => [c, `${c} --format json`]),
  'check --format github',
  ...[
    'docs',
    'docs --speaker cz',
    'list',
    'list --type quote --doc life-at-binance',
    'list --speaker "He Yi" --year 2021..2025 --type qa,quote',
    'list --topic airdrops --limit 3',
    'search security listing',
    'search bitcoin -binance',
    'search "maternity leave"',
    'search when did binance launch',
    'search how many employees does binance have',
    'search hiring --speaker cz --limit 20',
    'search zzyzxquux',
    'speakers',
    'speakers --doc life-at-binance --type quote',
    'stats',
    'stats --by speaker,type',
    'stats --by topic',
    'kwic launched',
    'timeline',
    'timeline --speaker "He Yi"',
    'compare employees',
    'conflicts',
  ].flatMap((c) => FORMATS.map((f) => `${c} --format ${f}`)),
  'show techflow-he-yi-2025/q-d7725310',
  'show techflow-he-yi-2025/q-d7725310 --format json',
  'show techflow-he-yi-2025/q-d7725310 --format csv',
  'show q-d7725310 --context 0',
  'show nothing-like-it',
  'list --type nope',
  '--help',
  'search --help',
];

/** Words of a command line, honouring double quotes. */
const words = (line) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);

mkdirSync(out, { recursive: true });
const cache = opt('--cache') ? resolve(opt('--cache')) : mkdtempSync(join(tmpdir(), 'quarry-outputs-cache-'));
const env = { ...process.env, QUARRY_CACHE_DIR: cache, COLUMNS: '100' };
for (const k of ['NO_COLOR', 'FORCE_COLOR', 'QUARRY_CORPUS']) delete env[k];
for (const line of RUNS) {
  const argv = [...(corpus ? ['--corpus', corpus] : []), ...words(line)];
  const r = spawnSync(process.execPath, [bin, ...argv], { env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const name = line.replace(/[^\w.-]+/g, '_');
  writeFileSync(join(out, name), `exit ${r.status}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`);
}
console.error(`${RUNS.length} runs written to ${out}`);
