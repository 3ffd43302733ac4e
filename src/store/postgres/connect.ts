/**
 * Connecting to PostgreSQL, and the schema quarry keeps there.
 *
 * Every failure a user can cause (a URL that is not a PostgreSQL URL, a
 * server that cannot be reached, refused authentication, a missing
 * database, a schema written by another quarry) is a `StoreError`: one line
 * that names the server as user@host:port/database and never the password.
 * Every value that comes from a user or a corpus reaches the server as a
 * bound parameter or COPY data, never inside SQL text.
 */
import pg from 'pg';

export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/** The schema everything lives in, so quarry shares a database with anything else. */
export const SCHEMA = 'quarry';

/**
 * Schema versions: MIGRATIONS[i] takes the schema from version i to i + 1.
 * A database at an older version is migrated by `sync`; one at a newer
 * version is refused (it was written by a newer quarry).
 */
export const MIGRATIONS: readonly (readonly string[])[] = [
  [
    `CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`,
    `CREATE EXTENSION IF NOT EXISTS pg_trgm`,
    `CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`,
    `CREATE TABLE ${SCHEMA}.meta (key text PRIMARY KEY, value text NOT NULL)`,
    // one row per document version: a changed document gets a new doc_key
    `CREATE TABLE ${SCHEMA}.documents (
       doc_key integer PRIMARY KEY,
       id text NOT NULL,
       file text NOT NULL UNIQUE,
       ord integer NOT NULL,
       sha1 text NOT NULL,
       info text NOT NULL,
       lengths text NOT NULL,
       content text NOT NULL
     )`,
    `CREATE SEQUENCE ${SCHEMA}.doc_keys`,
    `CREATE INDEX documents_id ON ${SCHEMA}.documents (id)`,
    // body: the record as JSON text, byte for byte what the local store holds; the other columns serve filters and lookups
    `CREATE TABLE ${SCHEMA}.records (
       doc_key integer NOT NULL,
       seq integer NOT NULL,
       id text NOT NULL,
       local text NOT NULL,
       hash text NOT NULL,
       type text NOT NULL,
       speaker text,
       year integer,
       topics text[] NOT NULL,
       body text NOT NULL,
       PRIMARY KEY (doc_key, seq)
     )`,
    `CREATE INDEX records_id ON ${SCHEMA}.records (lower(id))`,
    `CREATE INDEX records_local ON ${SCHEMA}.records (local)`,
    `CREATE INDEX records_hash ON ${SCHEMA}.records (hash)`,
    // term postings, per field, with the field's length: enough for BM25+ as MiniSearch computes it
    `CREATE TABLE ${SCHEMA}.postings (
       term text COLLATE "C" NOT NULL,
       field smallint NOT NULL,
       doc_key integer NOT NULL,
       seq integer NOT NULL,
       tf integer NOT NULL,
       flen integer NOT NULL
     )`,
    `CREATE INDEX postings_term ON ${SCHEMA}.postings (term)`,
    `CREATE INDEX postings_doc ON ${SCHEMA}.postings (doc_key)`,
    // every indexed term once: prefix ranges (C collation: byte order) and fuzzy candidates (trigrams)
    `CREATE TABLE ${SCHEMA}.vocabulary (term text COLLATE "C" PRIMARY KEY)`,
    `CREATE INDEX vocabulary_trgm ON ${SCHEMA}.vocabulary USING gin (term gin_trgm_ops)`,
  ],
  // 2: a record's role (a label's "CNN ANCHOR", a name line's title) and its asker's. A table
  // synced before has none: the terms fingerprint changed with the new index field, so the next
  // sync rewrites every document and fills it.
  [`ALTER TABLE ${SCHEMA}.records ADD COLUMN IF NOT EXISTS role text`, `ALTER TABLE ${SCHEMA}.records ADD COLUMN IF NOT EXISTS asker_role text`],
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export interface ServerName {
  /** user@host:port/database, for messages: no password */
  label: string;
  config: pg.ClientConfig;
}

/** Parse a postgres:// URL; a StoreError (without the password) when it is not one. */
export function parseDatabaseUrl(url: string): ServerName {
  // The URL itself is never repeated: where its password is cannot be known when it does not parse.
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new StoreError('--db: the value is not a PostgreSQL URL (expected postgres://user:password@host:port/database)');
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new StoreError(`--db: a ${u.protocol.replace(/:$/, '').slice(0, 20)}: URL is not a PostgreSQL URL (expected postgres://user:password@host:port/database)`);
  }
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  const user = decodeURIComponent(u.username);
  const host = u.hostname.replace(/^\[|\]$/g, '') || 'localhost';
  const port = u.port ? Number(u.port) : 5432;
  const label = `${user ? `${user}@` : ''}${host}:${port}/${database}`;
  return { label, config: { connectionString: url, connectionTimeoutMillis: 10_000 } };
}

/** Connect, or a one-line StoreError saying why not. */
export async function connect(url: string): Promise<{ client: pg.Client; label: string }> {
  const { label, config } = parseDatabaseUrl(url);
  const client = new pg.Client(config);
  // a server that goes away later must not crash the process with an unhandled 'error' event
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => {});
    throw connectionError(err, label);
  }
  return { client, label };
}

export function connectionError(err: unknown, label: string): StoreError {
  const e = err as { code?: string; message?: string };
  const code = e?.code ?? '';
  if (code === '28P01' || code === '28000') return new StoreError(`PostgreSQL at ${label} refused the login (${code === '28P01' ? 'wrong password' : 'not authorised'})`);
  if (code === '3D000') return new StoreError(`PostgreSQL at ${label}: the database does not exist`);
  if (code === 'ECONNREFUSED') return new StoreError(`cannot reach PostgreSQL at ${label} (connection refused)`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new StoreError(`cannot reach PostgreSQL at ${label} (unknown host)`);
  if (code === 'ETIMEDOUT' || /timeout/i.test(e?.message ?? '')) return new StoreError(`cannot reach PostgreSQL at ${label} (timed out)`);
  if (code === '42501') return new StoreError(`PostgreSQL at ${label}: permission denied (${oneLine(e.message)})`);
  return new StoreError(`PostgreSQL at ${label}: ${oneLine(e?.message ?? String(err))}`);
}

function oneLine(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** The schema version the database holds: 0 when it has none. */
export async function schemaVersion(client: pg.Client): Promise<number> {
  const exists = await client.query<{ t: string | null }>(`SELECT to_regclass($1) AS t`, [`${SCHEMA}.meta`]);
  if (!exists.rows[0]?.t) return 0;
  const v = await client.query<{ value: string }>(`SELECT value FROM ${SCHEMA}.meta WHERE key = 'schema'`);
  const n = Number(v.rows[0]?.value);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** Bring the schema to SCHEMA_VERSION (inside the caller's transaction). */
export async function migrate(client: pg.Client, label: string): Promise<void> {
  const from = await schemaVersion(client);
  if (from > SCHEMA_VERSION) throw newerSchema(from, label);
  for (let v = from; v < SCHEMA_VERSION; v++) {
    for (const sql of MIGRATIONS[v]!) await client.query(sql);
  }
  await client.query(`INSERT INTO ${SCHEMA}.meta (key, value) VALUES ('schema', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [String(SCHEMA_VERSION)]);
}

export function newerSchema(found: number, label: string): StoreError {
  return new StoreError(`PostgreSQL at ${label} holds quarry schema version ${found}, newer than this quarry's (${SCHEMA_VERSION}): upgrade quarry`);
}
