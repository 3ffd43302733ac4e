/**
 * A record's role through the PostgreSQL store: `sync` writes it (the record's body, the
 * records table's `role` and `asker_role` columns, its postings), `--db` gives it back and
 * searches it as the local store does; a database synced by an older quarry (schema version 1,
 * no role column) is migrated and filled by the next sync.
 */
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/postgres/connect.js';
import { tempCorpus } from '../helpers.js';
import { freshDatabase } from './pg-server.js';
import { run } from './run.js';

const dir = tempCorpus({
  'broadcast.txt': [
    'MARY ELLIS, CNN ANCHOR: Senator, is the federal aid coming?',
    '',
    'GRANT HOLLOWAY, U.S. SENATOR: Mary, the paperwork is signed and the money moves this week.',
    '',
    'JUNE HARLOW, MAYOR OF MILLFORD: We have enough sandbags for tonight.',
    '',
  ].join('\n'),
});

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

describe('role in PostgreSQL', () => {
  it('round-trips, is searched, and fills the columns of a migrated table', async () => {
    const db = await freshDatabase(inject('pgUrl'));
    // A database as an older quarry left it: the first schema version only.
    for (const q of MIGRATIONS[0]!) await sql(db, q);
    await sql(db, "INSERT INTO quarry.meta (key, value) VALUES ('schema', '1')");
    expect((await run(['sync', '--db', db, '--corpus', dir])).code).toBe(0);
    const rows = await sql<{ speaker: string; role: string | null; asker_role: string | null }>(db, 'SELECT speaker, role, asker_role FROM quarry.records ORDER BY seq');
    expect(rows).toEqual([
      { speaker: 'Grant Holloway', role: 'U.S. SENATOR', asker_role: 'CNN ANCHOR' },
      { speaker: 'June Harlow', role: 'MAYOR OF MILLFORD', asker_role: null },
    ]);
    const local = await run(['list', '--format', 'json', '--corpus', dir]);
    const remote = await run(['list', '--format', 'json'], { QUARRY_DB: db });
    expect(remote.stdout).toBe(local.stdout);
    expect(JSON.parse(remote.stdout)[0]).toMatchObject({ role: 'U.S. SENATOR', askerRole: 'CNN ANCHOR' });
    for (const q of ['mayor', 'anchor', 'senator']) {
      const a = await run(['search', q, '--format', 'json', '--explain', '--corpus', dir]);
      const b = await run(['search', q, '--format', 'json', '--explain'], { QUARRY_DB: db });
      expect(b.stdout).toBe(a.stdout);
      expect(JSON.parse(b.stdout).length).toBe(1);
    }
  });
});
