#!/usr/bin/env node
/**
 * Every command in every format, run on a corpus, its stdout, stderr and exit
 * code written to a folder, one file per run: compare two builds (or a cold
 * and an incrementally updated cache) with `diff -r`. Refactors of the
 * pipeline promise byte-identical output; this is how the promise is checked.
 * bench/same-output.sh drives it (two builds, the shipped and a 100× corpus,
 * cold vs incremental cache).
 *
 *   node bench/outputs.mjs OUT_DIR [--quarry path/to/bin/quarry.js] [--corpus DIR] [--cache DIR] [--db URL] [--light]
 *
 * --light leaves out the analysis commands that take minutes on a 100×
 * corpus today (timeline and conflicts: they compare every record of every
 * document; related and compare run in JSON only): same-output.sh passes it
 * above 1× unless told --full.
 * --cache DIR uses (and keeps) that cache folder instead of a fresh one, so
 * the runs read a cache that something else built or updated. --db URL passes
 * --db to the record commands (check, completion and help read no records).
 * Ids for show and related are taken from the corpus: the first document
 * whose name starts with techflow-he-yi-2025 (the shipped one, or copy 00 of
 * a generated corpus).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const out = args[0];
if (!out || out.startsWith('--')) {
  console.error('usage: node bench/outputs.mjs OUT_DIR [--quarry BIN] [--corpus DIR] [--cache DIR] [--db URL] [--light]');
  process.exit(2);
}
const opt = (name) => {
  const i = args.indexOf(name);
  return i > 0 ? args[i + 1] : undefined;
};
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = resolve(opt('--quarry') ?? join(root, 'bin', 'quarry.js'));
const corpus = opt('--corpus') ? resolve(opt('--corpus')) : undefined;
const db = opt('--db');

// the document the id-taking commands read: the shipped name, or copy 00 of a generated corpus
const corpusDir = corpus ?? join(dirname(bin), '..', 'corpus');
const docFile = existsSync(corpusDir) ? readdirSync(corpusDir).sort().find((n) => n.startsWith('techflow-he-yi-2025')) : undefined;
const DOC = docFile ? docFile.replace(/\.(txt|md)$/, '') : 'techflow-he-yi-2025';
const ID = `${DOC}/q-d7725310`;

const FORMATS = ['table', 'json', 'ndjson', 'csv'];
const COMMANDS = ['check', 'docs', 'list', 'search', 'show', 'speakers', 'stats', 'sync', 'kwic', 'timeline', 'related', 'compare', 'conflicts', 'completion'];
const RUNS = [
  ...['check', 'check --unparsed', 'check --strict'].flatMap((c) => [c, `${c} --format json`]),
  'check --format github',
  ...[
    'docs',
    'docs --speaker cz',
    'docs --type qa',
    'list',
    'list --type quote --doc life-at-binance',
    'list --type quote,claim',
    'list --speaker "He Yi" --year 2021..2025 --type qa,quote',
    'list --speaker "yi he" --year 2021',
    'list --year 2017..2019 --mentions 2017',
    'list --doc btcpeers-he-yi-2021 --topic nft',
    'list --topic airdrops --limit 3',
    'list --limit 20',
    'search security listing',
    'search security listing --speaker "He Yi" --year 2021..2025 --type qa,quote',
    'search bitcoin -binance',
    'search "maternity leave"',
    'search maternity leave --limit 3',
    'search meerkat OR meercat',
    'search Binanse securty',
    'search decentral --limit 30',
    'search delisted --type qa',
    'search listing --speaker "yi he" --year 2021',
    'search when did binance launch --explain',
    'search how many employees does binance have --explain',
    'search launch --explain --limit 40',
    'search hiring --speaker cz --limit 20',
    'search zzyzxquux',
    'speakers',
    'speakers --doc life-at-binance --type quote',
    'speakers --type quote',
    'stats',
    'stats --by speaker,type',
    'stats --by doc,type',
    'stats --by speaker,year --speaker "He Yi"',
    'stats --by topic',
    'stats --by mentions',
    'kwic launched',
    'kwic users --year 2021 --limit 5',
    'timeline',
    'timeline --speaker "He Yi"',
    'compare employees',
    'compare "trading volume"',
    'conflicts',
    `related ${ID}`,
    `show ${ID}`,
  ].flatMap((c) => FORMATS.map((f) => `${c} --format ${f}`)),
  `show ${ID} --context 0`,
  'show q-d7725310 --context 5',
  'show d7725310 --format json',
  'show nothing-like-it',
  'show nothing-like-it --format json',
  'list --type nope',
  'search --limit x security',
  'completion bash',
  'completion zsh',
  'completion fish',
  '--version',
  '--help',
  ...COMMANDS.map((c) => `${c} --help`),
];
/** Under --light: left out, and run in JSON only. */
const HEAVY = /^(timeline|conflicts)\b(?!.*--help)/;
const JSON_ONLY = /^(related|compare)\b/;
const light = args.includes('--light');
const runs = light ? RUNS.filter((l) => !HEAVY.test(l) && (!JSON_ONLY.test(l) || !/--format (table|ndjson|csv)/.test(l))) : RUNS;
/** Commands that read records; the rest run without --db. */
const READS = /^(docs|list|search|show|speakers|stats|kwic|timeline|related|compare|conflicts)\b/;

/** Words of a command line, honouring double quotes. */
const words = (line) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);

mkdirSync(out, { recursive: true });
const cache = opt('--cache') ? resolve(opt('--cache')) : mkdtempSync(join(tmpdir(), 'quarry-outputs-cache-'));
const env = { ...process.env, QUARRY_CACHE_DIR: cache, COLUMNS: '100' };
for (const k of ['NO_COLOR', 'FORCE_COLOR', 'QUARRY_CORPUS', 'QUARRY_DB', 'CI']) delete env[k];
const names = new Set();
for (const line of runs) {
  const argv = [...(corpus ? ['--corpus', corpus] : []), ...(db && READS.test(line) ? ['--db', db] : []), ...words(line)];
  const r = spawnSync(process.execPath, [bin, ...argv], { env, encoding: 'utf8', maxBuffer: 2 ** 31 - 1 });
  // the document id would make file names differ between corpora; the line is kept inside the file
  let name = line.replaceAll(DOC, 'DOC').replace(/[^\w.-]+/g, '_');
  while (names.has(name)) name += '_';
  names.add(name);
  writeFileSync(join(out, name), `$ quarry ${line}\nexit ${r.status}${r.signal ? ` (${r.signal})` : ''}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`);
}
if (!opt('--cache')) rmSync(cache, { recursive: true, force: true });
console.error(`${runs.length} runs written to ${out}${light ? ` (--light: ${RUNS.length - runs.length} analysis runs left out)` : ''}`);
