/**
 * The PostgreSQL store against a real server (test/store/global-setup.ts):
 * after `quarry sync`, every record command gives through --db exactly what
 * it gives from the local store; re-syncs are incremental; errors are one
 * line with exit 2.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CORPUS, shippedCorpus, testCacheDir } from '../helpers.js';
import { freshDatabase } from './pg-server.js';
import { run } from './run.js';

let db: string;
let dir: string;
/** how many records the shipped corpus has, as the local loader counts them */
const RECORDS = shippedCorpus().records.length;

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function copyCorpus(): string {
  const d = mkdtempSync(join(tmpdir(), 'quarry-pg-corpus-'));
  made.push(d);
  cpSync(CORPUS, d, { recursive: true });
  return d;
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

/** For the few syncs run as processes (to run two at once, or to kill one): the test's own cache folder. */
const childEnv = () => ({ ...process.env, QUARRY_CACHE_DIR: testCacheDir(), QUARRY_DB: undefined });

/**
 * The corpus copy of the syncs run as processes, their cache filled by one run first: the two
 * syncs that race then read it warm and reach the lock together (each parsed the whole corpus
 * cold before), and the killed sync, the last test to use the copy (it edits it), re-reads only
 * the documents it changed (it parsed a copy of its own cold).
 */
let processCorpus: string | undefined;
function warmProcessCorpus(): string {
  if (!processCorpus) {
    processCorpus = copyCorpus();
    const r = spawnSync(process.execPath, [join(CORPUS, '..', 'bin', 'quarry.js'), 'docs', '--corpus', processCorpus], { env: childEnv(), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  }
  return processCorpus;
}

/**
 * A new database holding what `db` holds: the shipped corpus synced by beforeAll (PostgreSQL
 * copies the template's files; no other session may be on it, and none is: every command
 * closes its connection, and CREATE DATABASE waits a few seconds for one that is closing). A
 * test that needs a synced corpus to change or to break starts from this copy instead of a
 * sync of its own: the copy costs a fraction of a second, a full sync over a second.
 */
function copyOfSynced(): Promise<string> {
  return freshDatabase(inject('pgUrl'), 'quarry_test', new URL(db).pathname.slice(1));
}

const local = (args: string[]) => run([...args, '--corpus', dir]);
const remote = (args: string[]) => run(args, { QUARRY_DB: db });

beforeAll(async () => {
  db = await freshDatabase(inject('pgUrl'));
  dir = copyCorpus();
  const r = await run(['sync', '--db', db, '--corpus', dir]);
  expect(r.stderr).toMatch(new RegExp(`synced 5 documents \\(5 added, 0 changed, 0 removed, 0 unchanged; ${RECORDS} records written\\)`));
  expect(r.code).toBe(0);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n')).toHaveLength(2); // the summary alone: no progress on a pipe
}, 60000);

describe('the same output through PostgreSQL', () => {
  const cases: string[][] = [
    ['list', '--format', 'json'],
    ['list', '--type', 'quote,claim', '--format', 'json'],
    ['list', '--speaker', 'yi he', '--format', 'ndjson'],
    ['list', '--year', '2017..2019', '--mentions', '2017', '--format', 'json'],
    ['list', '--year', '2021', '--year', '2024..', '--format', 'json'],
    ['list', '--doc', 'btcpeers-he-yi-2021', '--topic', 'nft', '--format', 'json'],
    ['list', '--format', 'csv', '--limit', '7'],
    ['list', '--speaker', 'He Yee'],
    ['docs', '--format', 'json'],
    ['docs', '--type', 'qa', '--format', 'json'],
    ['stats', '--by', 'doc,type', '--format', 'json'],
    ['stats', '--by', 'speaker,topic', '--format', 'json'],
    ['speakers', '--format', 'json'],
    ['speakers', '--type', 'quote', '--format', 'json'],
    ['show', 'techflow-he-yi-2025/q-d7725310', '--format', 'json'],
    ['show', 'D7725310', '--format', 'json'],
    ['show', 'techflow-he-yi-2025/q-d7725311'],
    ['search', 'maternity', 'leave', '--format', 'json'],
    ['search', '"maternity leave"', '--format', 'json'],
    ['search', 'bitcoin', '-binance', '--format', 'json', '--limit', '20'],
    ['search', 'meerkat', 'OR', 'meercat', '--format', 'json'],
    ['search', 'Binanse', 'securty', '--format', 'json'],
    ['search', 'decentral', '--format', 'json', '--limit', '30'],
    ['search', 'delisted', '--type', 'qa', '--format', 'json'],
    ['search', 'listing', '--speaker', 'yi he', '--year', '2021', '--format', 'json'],
    ['search', 'zzzqqqxxx', '--format', 'json'],
    // words only a document's title has (front matter): its records, after those that hold the words
    ['search', 'untitled', '--format', 'json'],
    ['search', 'founders', 'winners', '--format', 'json', '--explain'],
    // words only a line outside the records has (a source note, a related link): the record nearest the line
    ['search', 'wechat', '--format', 'json'],
    ['search', 'okhotnikov', 'maternity', '--format', 'json', '--explain'],
    // questions: answers, the whole-word rule and --explain (terms, how, fields) through the store's lookups
    ['search', 'when', 'did', 'binance', 'launch', '--format', 'json', '--explain'],
    ['search', 'how many employees does binance have', '--format', 'json', '--explain'],
    ['search', 'who', 'founded', 'binance', '--format', 'csv', '--explain'],
    ['search', 'launch', '--format', 'json', '--explain', '--limit', '40'],
    ['search', 'Binanse', 'listng', '--format', 'json', '--explain'],
    ['search', 'when did he yi join okcoin', '--explain'],
    ['kwic', 'launched', '--format', 'json'],
    ['timeline', '--format', 'json'],
    ['conflicts', '--format', 'json'],
    ['compare', 'trading volume', '--format', 'json'],
    ['related', 'techflow-he-yi-2025/q-d7725310', '--format', 'json'],
  ];
  for (const args of cases) {
    it(`quarry ${args.join(' ')}`, async () => {
      const a = await local(args);
      const b = await remote(args);
      expect(b.stderr).toBe(a.stderr);
      expect(b.code).toBe(a.code);
      expect(b.stdout).toBe(a.stdout);
    });
  }
});

describe('sync', () => {
  it('rewrites only a changed document, deletes a removed one, and a re-run changes nothing', async () => {
    const d = copyCorpus();
    // the shipped corpus synced (beforeAll's first sync, from another copy of the same files)
    const url = await copyOfSynced();
    expect((await run(['sync', '--db', url, '--corpus', d])).stderr).toMatch(/\(0 added, 0 changed, 0 removed, 5 unchanged; 0 records written\)/);
    const before = await sql<{ doc_key: number; file: string }>(url, 'SELECT doc_key, file FROM quarry.documents ORDER BY file');
    const file = join(d, 'he-yi-ama-2024.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('hardware wallets', 'zebracorns'));
    rmSync(join(d, 'life-at-binance.txt'));
    const r = await run(['sync', '--db', url, '--corpus', d]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/synced 4 documents \(0 added, 1 changed, 1 removed, 3 unchanged; \d+ records written\)/);
    const after = await sql<{ doc_key: number; file: string }>(url, 'SELECT doc_key, file FROM quarry.documents ORDER BY file');
    const keyOf = (rows: typeof before, f: string) => rows.find((x) => x.file === f)?.doc_key;
    for (const f of ['binance-rise-cz-he-yi.txt', 'btcpeers-he-yi-2021.txt', 'techflow-he-yi-2025.txt']) expect(keyOf(after, f)).toBe(keyOf(before, f));
    expect(keyOf(after, 'he-yi-ama-2024.txt')).not.toBe(keyOf(before, 'he-yi-ama-2024.txt'));
    expect(keyOf(after, 'life-at-binance.txt')).toBeUndefined();
    const env = { QUARRY_DB: url };
    const found = await run(['search', 'zebracorns', '--format', 'json'], env);
    expect(found.code).toBe(0);
    expect(JSON.parse(found.stdout)[0].doc).toBe('he-yi-ama-2024');
    const gone = await run(['list', '--doc', 'life-at-binance'], env);
    expect(gone.code).toBe(2);
    expect((await run(['list', '--format', 'json'], env)).stdout).toBe((await run(['list', '--format', 'json', '--corpus', d])).stdout);
    expect((await run(['search', 'binance', 'security', '--format', 'json'], env)).stdout).toBe((await run(['search', 'binance', 'security', '--format', 'json', '--corpus', d])).stdout);
    const orphans = await sql<{ n: string }>(url, 'SELECT count(*) AS n FROM quarry.postings p WHERE NOT EXISTS (SELECT 1 FROM quarry.documents d WHERE d.doc_key = p.doc_key)');
    expect(orphans[0]!.n).toBe('0');
    const again = await run(['sync', '--db', url, '--corpus', d]);
    expect(again.stderr).toMatch(/\(0 added, 0 changed, 0 removed, 4 unchanged; 0 records written\)/);
  });

  it('draws a progress bar when stderr is a terminal', async () => {
    const { main } = await import('../../src/cli/main.js');
    const { Readable } = await import('node:stream');
    const url = await freshDatabase(inject('pgUrl'));
    let err = '';
    const stream = (tty: boolean) =>
      ({
        isTTY: tty,
        write: (c: string) => {
          if (tty) err += c;
          return true;
        },
        on() {
          return this;
        },
      }) as unknown as NodeJS.WriteStream;
    const io = { stdout: stream(false), stderr: stream(true), stdin: Readable.from([]), env: { QUARRY_CACHE_DIR: testCacheDir() }, cwd: dir };
    expect(await main(['node', 'quarry', 'sync', '--db', url, '--corpus', dir], io)).toBe(0);
    expect(err).toMatch(/\r\[#{30}\] 5\/5 documents, 0\.1 MB\n/);
  });

  it('two syncs at once are serialised and leave one whole corpus', async () => {
    const d = warmProcessCorpus();
    const url = await freshDatabase(inject('pgUrl'));
    const { spawn } = await import('node:child_process');
    const one = () =>
      new Promise<number>((resolve) => {
        const p = spawn(process.execPath, [join(CORPUS, '..', 'bin', 'quarry.js'), 'sync', '--db', url, '--corpus', d], { stdio: 'ignore', env: childEnv() });
        p.on('exit', (code) => resolve(code ?? -1));
      });
    expect(await Promise.all([one(), one()])).toEqual([0, 0]);
    const n = await sql<{ n: string }>(url, 'SELECT count(*) AS n FROM quarry.records');
    expect(Number(n[0]!.n)).toBe(RECORDS);
  });

  it('a sync killed half-way leaves the previous state whole', async () => {
    const d = warmProcessCorpus();
    // the shipped corpus synced: this copy's files, as beforeAll synced them from another copy
    const url = await copyOfSynced();
    expect((await run(['sync', '--db', url, '--corpus', d])).stderr).toMatch(/\(0 added, 0 changed, 0 removed, 5 unchanged; 0 records written\)/);
    const listed = (await run(['list', '--format', 'json'], { QUARRY_DB: url })).stdout;
    rmSync(join(d, 'techflow-he-yi-2025.txt'));
    for (const f of ['he-yi-ama-2024.txt', 'btcpeers-he-yi-2021.txt']) writeFileSync(join(d, f), readFileSync(join(d, f), 'utf8') + '\nOne more line.\n');
    // hold the sync's lock, so the second sync is certainly inside its transaction when it is killed
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT pg_advisory_xact_lock(7160533401)');
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [join(CORPUS, '..', 'bin', 'quarry.js'), 'sync', '--db', url, '--corpus', d], { stdio: ['ignore', 'ignore', 'pipe'], env: childEnv() });
    let err = '';
    // until it says it waits (or exits): a fixed number of polls failed on a machine
    // busy enough that reading the corpus took the child longer than they lasted
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (b) => {
        err += b;
        if (err.includes('another sync is running')) resolve();
      });
      child.on('exit', () => resolve());
    });
    expect(err).toMatch(/another sync is running/);
    // it waits inside its transaction: release it, and kill it while it writes
    await holder.query('COMMIT');
    await new Promise((r) => setTimeout(r, 30));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    await holder.end();
    // the server notices the dropped connection and rolls the transaction back
    for (let i = 0; i < 100; i++) {
      const busy = await sql<{ n: string }>(url, "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'");
      if (busy[0]!.n === '0') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await run(['list', '--format', 'json'], { QUARRY_DB: url })).stdout).toBe(listed);
  }, 120_000);
});

describe('errors: exit 2, one line, never the password', () => {
  const oneLine = (r: { code: number; stdout: string; stderr: string }) => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toContain('s3cret');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    return r.stderr;
  };

  it('a URL that is not a PostgreSQL URL', async () => {
    expect(oneLine(await run(['list', '--db', 'mysql://u:s3cret@host/db']))).toMatch(/is not a PostgreSQL URL/);
    expect(oneLine(await run(['sync', '--db', 'not a url s3cret']))).toMatch(/is not a PostgreSQL URL/);
    expect(oneLine(await run(['sync', '--db', 'postgres://u:s3cret@[bad/db']))).toMatch(/is not a PostgreSQL URL/);
    expect(oneLine(await run(['list', '--db', '']))).toMatch(/--db: needs a PostgreSQL URL/);
  });

  it('a server that cannot be reached', async () => {
    const { createServer } = await import('node:net');
    const port = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    expect(oneLine(await run(['search', 'bitcoin', '--db', `postgres://u:s3cret@127.0.0.1:${port}/db`]))).toMatch(/cannot reach PostgreSQL at u@127\.0\.0\.1:\d+\/db \(connection refused\)/);
  });

  it('refused authentication', async () => {
    const u = new URL(db);
    u.password = 's3cret';
    expect(oneLine(await run(['list', '--db', u.toString()]))).toMatch(/refused the login/);
    expect(oneLine(await run(['sync', '--corpus', dir], { QUARRY_DB: u.toString() }))).toMatch(/refused the login/);
  });

  it('a database that holds no corpus, and one of another schema version', async () => {
    const empty = await freshDatabase(inject('pgUrl'));
    expect(oneLine(await run(['list', '--db', empty]))).toMatch(/holds no quarry corpus: run quarry sync/);
    const other = await copyOfSynced();
    await sql(other, "UPDATE quarry.meta SET value = '99' WHERE key = 'schema'");
    expect(oneLine(await run(['stats', '--db', other]))).toMatch(/schema version 99, newer than this quarry's/);
    expect(oneLine(await run(['sync', '--db', other, '--corpus', dir]))).toMatch(/schema version 99/);
  });

  it('sync without a database', async () => {
    expect(oneLine(await run(['sync', '--corpus', dir], { QUARRY_DB: undefined }))).toMatch(/sync: needs a database/);
  });
});

describe('user input is only ever a bound parameter', () => {
  it('a query, an id, a speaker and a topic made of SQL', async () => {
    const evil = "'; DROP TABLE quarry.records; --";
    for (const q of [evil, 'x\'"); DELETE FROM quarry.records; --', "o'brien:* | !x & 'y"]) {
      const a = await local(['search', q, '--format', 'json']);
      const b = await remote(['search', q, '--format', 'json']);
      expect([b.code, b.stdout]).toEqual([a.code, a.stdout]);
    }
    const show = await remote(['show', `techflow-he-yi-2025/q-'d77"25310`]);
    expect(show.code).toBe(2);
    expect(show.stderr).toMatch(/^quarry: show: no record 'techflow-he-yi-2025\/q-'d77"25310'/);
    expect((await remote(['list', '--speaker', evil])).code).toBe(2);
    expect((await remote(['list', '--topic', evil])).code).toBe(2);
    const n = await sql<{ n: string }>(db, 'SELECT count(*) AS n FROM quarry.records');
    expect(Number(n[0]!.n)).toBe(RECORDS);
  });

  it('a document id with quotes syncs and reads back', async () => {
    const d = mkdtempSync(join(tmpdir(), 'quarry-pg-quotes-'));
    made.push(d);
    writeFileSync(
      join(d, `o'neil "notes".md`),
      `---\ntitle: O'Neil's notes\nyear: 2020\n---\n\nHOST: What did you build?\n\nO'NEIL: We built a ledger for "everyone"; it's tab\tand back\\slash safe.\n\nHOST: Why?\n\nO'NEIL: Because nobody else would.\n`,
    );
    const url = await freshDatabase(inject('pgUrl'));
    expect((await run(['sync', '--db', url, '--corpus', d])).code).toBe(0);
    for (const args of [['list', '--format', 'json'], ['docs', '--format', 'json'], ['search', 'ledger', '--format', 'json']]) {
      const a = await run([...args, '--corpus', d]);
      const b = await run(args, { QUARRY_DB: url });
      expect(b.stdout).toBe(a.stdout);
      expect(b.code).toBe(a.code);
    }
    const docs = JSON.parse((await run(['docs', '--format', 'json'], { QUARRY_DB: url })).stdout) as { id: string }[];
    const id = docs[0]!.id;
    expect(id).toContain("'");
    expect((await run(['list', '--doc', id, '--format', 'json'], { QUARRY_DB: url })).code).toBe(0);
  });
});
