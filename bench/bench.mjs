// Performance bench: `npm run bench` (builds first).
//
// Generates synthetic corpora (bench/gen-corpus.mjs) at 1×, 100× and 1,000×
// the shipped corpus in a temporary folder, once, and for each size measures
// whole-process runs of the built CLI, each with its own cache folder
// (QUARRY_CACHE_DIR):
//   cold      `search <words>` with an empty cache: read, parse, index, write the cache
//   search    `search <words>` with the cache present
//   list      `list --speaker "He Yi" --year 2021 --format json` with the cache present
// and, in the same run and interleaved with them, the baselines:
//   node -e 0                 the floor for any Node CLI
//   grep -ri -e w1 -e w2      a plain scan of the same files
//   sqlite3 FTS5              an indexed peer (one row per non-blank line,
//                             ranked, top 10 with snippets), when sqlite3 is
//                             installed; skipped otherwise
// Times are medians of wall time; peak RSS comes from /usr/bin/time -f %M
// when it exists (every command, baselines too, runs through the same
// wrapper). Output goes to a pipe, never /dev/null (GNU grep stops at the
// first match when it writes to /dev/null).
//
// Prints ratios against `node -e 0` and the peers, growth from 100× to 1,000×
// (ratio and exponent: 1 is linear, 2 quadratic) and the issue's targets, and
// writes the same to bench/results.md (everything above the notes marker; the
// notes below it are kept). The built CLI is copied to the temporary folder
// first, so that a rebuild during the bench cannot invalidate its caches.
//
// Environment: QUARRY_BENCH_SIZES=1,100 to run other sizes; QUARRY_BENCH_KEEP=1
// keeps the temporary folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem, release, platform } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './gen-corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
const SIZES = (process.env.QUARRY_BENCH_SIZES ?? '1,100,1000').split(',').map((s) => Number(s.trim())).filter((n) => n >= 1);
const WORDS = ['security', 'listing'];
const LIST_ARGS = ['list', '--speaker', 'He Yi', '--year', '2021', '--format', 'json'];
/** repetitions per size: cold builds, and warm runs (each baseline as often as the warm runs) */
const REPS = (factor) => (factor <= 1 ? { cold: 5, warm: 21 } : factor <= 100 ? { cold: 3, warm: 11 } : { cold: 1, warm: 5 });

const work = mkdtempSync(join(tmpdir(), 'quarry-bench-'));
const log = (s = '') => process.stdout.write(s + '\n');

// ------------------------------------------------------------ the machine

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const sqliteOk = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' }).status === 0 && fts5Works();
const machine = {
  cpus: typeof availableParallelism === 'function' ? availableParallelism() : cpus().length,
  model: (cpus()[0]?.model ?? 'unknown').trim(),
  memGB: (totalmem() / 2 ** 30).toFixed(1),
  node: process.version,
  os: `${platform()} ${release()}`,
  sqlite: sqliteOk ? spawnSync('sqlite3', ['-version'], { encoding: 'utf8' }).stdout.split(' ')[0] : null,
};

function fts5Works() {
  const r = spawnSync('sqlite3', [':memory:', 'CREATE VIRTUAL TABLE t USING fts5(x);'], { encoding: 'utf8' });
  return r.status === 0;
}

// ------------------------------------------------------------ running things

/**
 * Run a command once: wall time (ms), CPU time (user + system, ms, or null),
 * peak RSS (KB, or null), exit code. Output is read from a pipe and dropped.
 */
function run(cmd, args, env = {}) {
  const rssFile = join(work, 'rss.txt');
  const [file, argv] = TIME ? [TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const t = performance.now();
  const r = spawnSync(file, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 2 ** 31 - 1 });
  const ms = performance.now() - t;
  let rss = null;
  let cpu = null;
  if (TIME) {
    try {
      const [m, u, s] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      rss = m;
      cpu = (u + s) * 1000;
    } catch {
      rss = null;
    }
  }
  return { ms, cpu, rss, code: r.status, stderr: r.stderr ? r.stderr.toString() : '' };
}

const loadAverage = () => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  } catch {
    return null;
  }
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const max = (xs) => xs.reduce((a, b) => (b > a ? b : a), -Infinity);

// ------------------------------------------------------------ setup

log(`quarry bench: ${machine.cpus} CPUs (${machine.model}), ${machine.memGB} GB, Node ${machine.node}, ${machine.os}`);
log(`sizes ${SIZES.join('×, ')}×; words: ${WORDS.join(' ')}; sqlite3 FTS5: ${sqliteOk ? machine.sqlite : 'not installed, skipped'}; peak RSS: ${TIME ? '/usr/bin/time' : 'not measured (no /usr/bin/time)'}`);
log(`work folder: ${work}`);

const app = join(work, 'app');
mkdirSync(app);
for (const part of ['bin', 'dist']) cpSync(join(ROOT, part), join(app, part), { recursive: true });
cpSync(join(ROOT, 'package.json'), join(app, 'package.json'));
symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
const QUARRY = join(app, 'bin', 'quarry.js');

const corpora = [];
for (const factor of SIZES) {
  const t = performance.now();
  const dir = join(work, `corpus-${factor}x`);
  const { files, bytes } = generateCorpus(dir, factor);
  corpora.push({ factor, dir, files, bytes });
  log(`generated ${factor}×: ${files} files, ${(bytes / 1e6).toFixed(2)} MB (${((performance.now() - t) / 1000).toFixed(1)} s)`);
}

function buildFts(corpus) {
  const rows = join(work, `fts-${corpus.factor}.rows`);
  const db = join(work, `fts-${corpus.factor}.sqlite`);
  const parts = [];
  for (const name of readdirSync(corpus.dir).sort()) {
    if (!/\.(txt|md)$/.test(name)) continue;
    for (const line of readFileSync(join(corpus.dir, name), 'utf8').split(/\r\n|\n|\r/)) {
      if (line.trim()) parts.push(`${name}\x1f${line.replace(/[\x1e\x1f]/g, ' ')}\x1e`);
    }
  }
  writeFileSync(rows, parts.join(''));
  const t = performance.now();
  const r = spawnSync('sqlite3', [db], {
    input: `CREATE VIRTUAL TABLE docs USING fts5(path UNINDEXED, body);\n.mode ascii\n.import ${rows} docs\n`,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`sqlite3 import failed: ${r.stderr}`);
  rmSync(rows);
  return { db, buildMs: performance.now() - t };
}
const FTS_QUERY = `SELECT path, snippet(docs, 1, '[', ']', '…', 12) FROM docs WHERE docs MATCH '${WORDS.join(' OR ')}' ORDER BY rank LIMIT 10;`;

// ------------------------------------------------------------ measuring

const results = [];
for (const corpus of corpora) {
  const { factor, dir, bytes } = corpus;
  const reps = REPS(factor);
  const cache = join(work, `cache-${factor}x`);
  const env = { QUARRY_CACHE_DIR: cache, NO_COLOR: '1' };
  const searchArgs = [QUARRY, '--corpus', dir, 'search', ...WORDS, '--format', 'json'];
  const listArgs = [QUARRY, '--corpus', dir, ...LIST_ARGS];
  log(`\n${factor}× (${(bytes / 1e6).toFixed(2)} MB): ${reps.cold} cold, ${reps.warm} warm runs of each`);

  const cold = [];
  for (let i = 0; i < reps.cold; i++) {
    rmSync(cache, { recursive: true, force: true });
    const r = run(process.execPath, searchArgs, env);
    if (r.code !== 0) throw new Error(`cold search failed (${r.code}): ${r.stderr}`);
    cold.push(r);
    log(`  cold ${i + 1}/${reps.cold}: ${(r.ms / 1000).toFixed(2)} s (cpu ${r.cpu === null ? '?' : (r.cpu / 1000).toFixed(2) + ' s'}), ${r.rss ?? '?'} KB`);
  }
  const cacheBytes = readdirSync(cache).reduce((n, f) => n + statSync(join(cache, f)).size, 0);
  const fts = sqliteOk ? buildFts(corpus) : null;
  if (fts) log(`  sqlite3 FTS5 index built in ${(fts.buildMs / 1000).toFixed(2)} s`);

  const m = { node: [], search: [], list: [], grep: [], fts: [] };
  // one warm-up run of each, not counted (file cache, first-run effects)
  run(process.execPath, searchArgs, env);
  run(process.execPath, listArgs, env);
  for (let i = 0; i < reps.warm; i++) {
    m.node.push(run(process.execPath, ['-e', '0']));
    const s = run(process.execPath, searchArgs, env);
    if (s.code !== 0) throw new Error(`warm search failed (${s.code}): ${s.stderr}`);
    m.search.push(s);
    const l = run(process.execPath, listArgs, env);
    if (l.code !== 0) throw new Error(`warm list failed (${l.code}): ${l.stderr}`);
    m.list.push(l);
    m.grep.push(run('grep', ['-ri', ...WORDS.flatMap((w) => ['-e', w]), dir]));
    if (fts) m.fts.push(run('sqlite3', [fts.db, FTS_QUERY]));
  }
  const med = (xs) => (xs.length ? median(xs.map((x) => x.ms)) : null);
  const cpuMed = (xs) => (xs.length && xs[0].cpu !== null ? median(xs.map((x) => x.cpu)) : null);
  const rssMax = (xs) => (xs.length && xs[0].rss !== null ? max(xs.map((x) => x.rss)) : null);
  const res = {
    factor,
    bytes,
    files: corpus.files,
    cacheBytes,
    cold: med(cold),
    coldCpu: cpuMed(cold),
    searchCpu: cpuMed(m.search),
    nodeCpu: cpuMed(m.node),
    load: loadAverage(),
    coldRss: rssMax(cold),
    search: med(m.search),
    searchRss: rssMax(m.search),
    list: med(m.list),
    listRss: rssMax(m.list),
    node: med(m.node),
    grep: med(m.grep),
    fts: med(m.fts),
    ftsBuild: fts ? fts.buildMs : null,
  };
  results.push(res);
  log(
    `  medians: node -e 0 ${fmtMs(res.node)}, search ${fmtMs(res.search)}, list ${fmtMs(res.list)}, grep ${fmtMs(res.grep)}` +
      (fts ? `, FTS5 ${fmtMs(res.fts)}` : '') +
      `; cold ${fmtMs(res.cold)} (${mbps(res)} MB/s)`,
  );
}

// ------------------------------------------------------------ report

function fmtMs(ms) {
  if (ms === null || ms === undefined) return '–';
  return ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}
function fmtMB(kb) {
  return kb === null || kb === undefined ? '–' : `${(kb / 1024).toFixed(0)} MB`;
}
function ratio(a, b) {
  return a === null || b === null || !b ? '–' : `${(a / b).toFixed(2)}×`;
}
function mbps(r) {
  return (r.bytes / 1e6 / (r.cold / 1000)).toFixed(2);
}

const by = (f) => results.find((r) => r.factor === f);
const lines = [];
const out = (s = '') => lines.push(s);

out('| size | corpus | files | cache file | cold build | cold MB/s | warm search | warm list | node -e 0 | grep -ri | FTS5 query | FTS5 build |');
out('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  out(
    `| ${r.factor}× | ${(r.bytes / 1e6).toFixed(2)} MB | ${r.files} | ${(r.cacheBytes / 1e6).toFixed(1)} MB | ${fmtMs(r.cold)} | ${mbps(r)} | ${fmtMs(r.search)} | ${fmtMs(r.list)} | ${fmtMs(r.node)} | ${fmtMs(r.grep)} | ${fmtMs(r.fts)} | ${fmtMs(r.ftsBuild)} |`,
  );
}
out();
out('CPU time (user + system, medians; less sensitive than wall time to other processes on a shared machine):');
out();
out('| size | cold build CPU | cold MB/s of CPU | warm search CPU | node -e 0 CPU | load average at the end |');
out('|---|---|---|---|---|---|');
for (const r of results) {
  out(
    `| ${r.factor}× | ${fmtMs(r.coldCpu)} | ${r.coldCpu ? (r.bytes / 1e6 / (r.coldCpu / 1000)).toFixed(2) : '–'} | ${fmtMs(r.searchCpu)} | ${fmtMs(r.nodeCpu)} | ${r.load ?? '–'} |`,
  );
}
out();
out('Ratios (medians of the same run):');
out();
out('| size | search / node | search / grep | search / FTS5 | list / node | cold / node | peak RSS: cold | warm search | warm list | cold RSS / corpus |');
out('|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  out(
    `| ${r.factor}× | ${ratio(r.search, r.node)} | ${ratio(r.search, r.grep)} | ${ratio(r.search, r.fts)} | ${ratio(r.list, r.node)} | ${ratio(r.cold, r.node)} | ${fmtMB(r.coldRss)} | ${fmtMB(r.searchRss)} | ${fmtMB(r.listRss)} | ${r.coldRss ? ((r.coldRss * 1024) / r.bytes).toFixed(1) + '×' : '–'} |`,
  );
}
const a = by(100);
const b = by(1000);
if (a && b) {
  const k = b.bytes / a.bytes;
  const growth = (x, y) => (x && y ? `${(y / x).toFixed(2)}× (exponent ${(Math.log(y / x) / Math.log(k)).toFixed(2)})` : '–');
  out();
  out(`Growth from 100× to 1,000× (corpus ${k.toFixed(2)}×; exponent 1 is linear, 2 quadratic):`);
  out();
  out(`- cold build time: ${growth(a.cold, b.cold)}`);
  out(`- warm search time: ${growth(a.search, b.search)}`);
  out(`- warm list time: ${growth(a.list, b.list)}`);
  out(`- peak RSS, cold: ${growth(a.coldRss, b.coldRss)}; warm search: ${growth(a.searchRss, b.searchRss)}; warm list: ${growth(a.listRss, b.listRss)}`);
  out(`- cache file: ${growth(a.cacheBytes, b.cacheBytes)}`);
}

// the issue's targets
const targets = [];
const check = (name, ok, detail) => targets.push(`| ${name} | ${ok === null ? '–' : ok ? 'met' : 'missed'} | ${detail} |`);
const one = by(1);
if (one) check('warm search, 1×: ≤ 1.5× node -e 0', one.search <= 1.5 * one.node, ratio(one.search, one.node));
if (a) check('warm search, 100×: ≤ 3× node -e 0', a.search <= 3 * a.node, ratio(a.search, a.node));
if (a) check('warm search, 100×: no slower than grep -ri', a.search <= a.grep, `${ratio(a.search, a.grep)} grep`);
if (b) check('warm search, 1,000×: ≤ 10× node -e 0', b.search <= 10 * b.node, ratio(b.search, b.node));
if (b) check('cold build, 1,000×: ≥ 10 MB/s', Number(mbps(b)) >= 10, `${mbps(b)} MB/s`);
if (a && b) {
  const k = b.bytes / a.bytes;
  check('growth 100× → 1,000×: time within 12× (cold)', b.cold / a.cold <= 12, `${(b.cold / a.cold).toFixed(2)}× for ${k.toFixed(1)}× the corpus`);
  check('growth 100× → 1,000×: time within 12× (warm search)', b.search / a.search <= 12, `${(b.search / a.search).toFixed(2)}×`);
  if (a.coldRss && b.coldRss) check('growth 100× → 1,000×: memory within 12× (cold peak RSS)', b.coldRss / a.coldRss <= 12, `${(b.coldRss / a.coldRss).toFixed(2)}×`);
}
if (b && b.coldRss) {
  const worst = Math.max(b.coldRss, b.searchRss ?? 0, b.listRss ?? 0);
  check('peak RSS, 1,000×: ≤ 6× the corpus on disk', worst * 1024 <= 6 * b.bytes, `${fmtMB(worst)} = ${((worst * 1024) / b.bytes).toFixed(1)}× ${(b.bytes / 1e6).toFixed(0)} MB`);
}
out();
out('| target | result | measured |');
out('|---|---|---|');
for (const t of targets) out(t);

const wall = (performance.now() - started) / 1000;
out();
out(`Bench wall time: ${wall.toFixed(0)} s.`);

log('');
for (const l of lines) log(l);

const header = [
  '# quarry performance: `npm run bench`',
  '',
  `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine.cpus} CPUs (${machine.model}), ${machine.memGB} GB RAM, Node ${machine.node}, ${machine.os}` +
    `${machine.sqlite ? `, sqlite3 ${machine.sqlite}` : ', no sqlite3 (FTS5 skipped)'}.`,
  `Corpora: the shipped documents replicated with varied ids and text (bench/gen-corpus.mjs). Query: \`search ${WORDS.join(' ')} --format json\`;` +
    ` list: \`${LIST_ARGS.join(' ').replace('He Yi', '"He Yi"')}\`. Cold = empty cache (read, parse, index, write). Times are medians of whole-process wall time;` +
    ` runs per size: ${SIZES.map((f) => `${f}× ${REPS(f).cold} cold / ${REPS(f).warm} warm`).join(', ')}. Peak RSS is the largest of the runs.`,
  '',
];
const MARK = '<!-- notes below are kept when the bench rewrites this file -->';
const resultsFile = join(ROOT, 'bench', 'results.md');
let notes = `${MARK}\n`;
if (existsSync(resultsFile)) {
  const old = readFileSync(resultsFile, 'utf8');
  const at = old.indexOf(MARK);
  if (at >= 0) notes = old.slice(at);
}
writeFileSync(resultsFile, [...header, ...lines, '', notes].join('\n').replace(/\n*$/, '\n'));
log(`\nwrote ${resultsFile}`);

if (process.env.QUARRY_BENCH_KEEP === '1') log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
