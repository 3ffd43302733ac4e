/**
 * The PostgreSQL store: what `quarry sync` wrote, read through the same
 * `Store` interface as the local cache. The corpus head (documents, problems,
 * speakers) is read once when the store opens; records are read by key as
 * the query asks for them; a term lookup is one round trip that finds the
 * term, its prefix expansions (a range of the C-collated vocabulary) and its
 * fuzzy expansions (trigram candidates, kept within the edit distance by
 * `levenshtein_less_equal`), with their postings, scored in JavaScript with
 * MiniSearch's BM25+ (./terms.ts). Filters, speaker and topic values and id
 * lookups are answered in SQL.
 */
import type pg from 'pg';
import type { DocumentInfo } from '../../model/corpus.js';
import type { QuarryRecord } from '../../model/record.js';
import { SpeakerRegistry } from '../../model/speakers.js';
import { Store, type CorpusHead, type Facet, type RecordQuery, type StoreBackend, type TermHit, type TermLookup } from '../store.js';
import { connect, connectionError, newerSchema, SCHEMA, schemaVersion, SCHEMA_VERSION, StoreError } from './connect.js';
import type { StoredHead, StoredStats } from './sync.js';
import { DOC_SPAN } from './sync.js';
import { bm25, indexFields, termsFingerprint } from './terms.js';

export interface PostgresOptions {
  version: string;
}

export async function openPostgresStore(url: string, opts: PostgresOptions): Promise<Store> {
  const { client, label } = await connect(url);
  try {
    const version = await schemaVersion(client);
    if (version === 0) throw new StoreError(`PostgreSQL at ${label} holds no quarry corpus: run quarry sync --db URL first`);
    if (version > SCHEMA_VERSION) throw newerSchema(version, label);
    if (version < SCHEMA_VERSION) throw new StoreError(`PostgreSQL at ${label} holds quarry schema version ${version}, older than this quarry's (${SCHEMA_VERSION}): run quarry sync --db URL to migrate it`);
    const meta = new Map((await client.query<{ key: string; value: string }>(`SELECT key, value FROM ${SCHEMA}.meta`)).rows.map((r) => [r.key, r.value]));
    const build = JSON.parse(meta.get('build') ?? '{}') as { terms?: string };
    if (!meta.has('head') || !meta.has('stats')) throw new StoreError(`PostgreSQL at ${label} holds no quarry corpus: run quarry sync --db URL first`);
    if (build.terms !== termsFingerprint()) {
      throw new StoreError(`PostgreSQL at ${label} was indexed by quarry ${meta.get('quarry') ?? '?'}, which makes other search terms than this quarry ${opts.version}: run quarry sync --db URL again`);
    }
    const stored = JSON.parse(meta.get('head')!) as StoredHead;
    const stats = JSON.parse(meta.get('stats')!) as StoredStats;
    const docs = await client.query<{ info: string; ord: number }>(`SELECT info, ord FROM ${SCHEMA}.documents ORDER BY ord`);
    const head: CorpusHead = {
      dir: stored.dir,
      problems: stored.problems,
      registry: new SpeakerRegistry(stored.registry),
      documents: docs.rows.map((r) => JSON.parse(r.info) as DocumentInfo),
    };
    return new Store(new PostgresBackend(client, label, head, stats));
  } catch (err) {
    await client.end().catch(() => {});
    if (err instanceof StoreError) throw err;
    throw connectionError(err, label);
  }
}

/** Key ↔ (document place, record place). */
const keyOf = (ord: number, seq: number) => ord * DOC_SPAN + seq;

const RECORD_KEY = `(d.ord::bigint * ${DOC_SPAN} + r.seq)`;
const FROM_RECORDS = `${SCHEMA}.records r JOIN ${SCHEMA}.documents d ON d.doc_key = r.doc_key`;

class PostgresBackend implements StoreBackend {
  readonly kind = 'postgres' as const;
  private readonly fieldIds = new Map(indexFields().map((f, i) => [f, i]));

  constructor(
    private readonly client: pg.Client,
    private readonly label: string,
    readonly head: CorpusHead,
    private readonly stats: StoredStats,
  ) {}

  private async query<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<R[]> {
    try {
      return (await this.client.query<R>(sql, values)).rows;
    } catch (err) {
      throw connectionError(err, this.label);
    }
  }

  count(): number {
    return this.stats.count;
  }

  async read(keys: readonly number[]): Promise<QuarryRecord[]> {
    if (!keys.length) return [];
    const ords = keys.map((k) => Math.floor(k / DOC_SPAN));
    const seqs = keys.map((k) => k % DOC_SPAN);
    const rows = await this.query<{ k: string; body: string }>(
      `SELECT ${RECORD_KEY} AS k, r.body FROM ${FROM_RECORDS} JOIN unnest($1::int[], $2::int[]) AS w(ord, seq) ON d.ord = w.ord AND r.seq = w.seq`,
      [ords, seqs],
    );
    const byKey = new Map(rows.map((r) => [Number(r.k), r.body]));
    return keys.map((k) => {
      const body = byKey.get(k);
      if (body === undefined) throw new StoreError(`PostgreSQL at ${this.label}: no record ${k} (was the corpus synced while this ran?)`);
      return JSON.parse(body) as QuarryRecord;
    });
  }

  async keys(): Promise<number[]> {
    const rows = await this.query<{ k: string }>(`SELECT ${RECORD_KEY} AS k FROM ${FROM_RECORDS} ORDER BY 1`);
    return rows.map((r) => Number(r.k));
  }

  async all(): Promise<QuarryRecord[]> {
    const rows = await this.query<{ body: string }>(`SELECT r.body FROM ${FROM_RECORDS} ORDER BY d.ord, r.seq`);
    return rows.map((r) => JSON.parse(r.body) as QuarryRecord);
  }

  async select(q: RecordQuery): Promise<QuarryRecord[]> {
    // A superset of the filters in SQL (the exact test runs after, in JavaScript, for both stores).
    const where: string[] = [];
    const values: unknown[] = [];
    const param = (v: unknown) => {
      values.push(v);
      return `$${values.length}`;
    };
    if (q.types?.length) where.push(`r.type = ANY(${param(q.types)}::text[])`);
    if (q.docs?.length) where.push(`d.id = ANY(${param(q.docs)}::text[])`);
    if (q.speakers?.length) where.push(`r.speaker = ANY(${param(q.speakers)}::text[])`);
    if (q.topics?.length) where.push(`EXISTS (SELECT 1 FROM unnest(r.topics) t WHERE lower(t) = ANY(${param(q.topics.map((t) => t.trim().toLowerCase()))}::text[]))`);
    if (q.years?.length && q.years.every((y) => y.from !== null && y.to !== null)) {
      where.push(`r.year BETWEEN ${param(Math.min(...q.years.map((y) => y.from!)))} AND ${param(Math.max(...q.years.map((y) => y.to!)))}`);
    }
    const rows = await this.query<{ body: string }>(
      `SELECT r.body FROM ${FROM_RECORDS}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY d.ord, r.seq`,
      values,
    );
    return rows.map((r) => JSON.parse(r.body) as QuarryRecord);
  }

  async byId(id: string): Promise<QuarryRecord[]> {
    const lower = id.toLowerCase();
    const rows = await this.query<{ body: string }>(
      `SELECT r.body FROM ${FROM_RECORDS} WHERE r.id = $1 OR lower(r.id) = $2 OR r.local = $2 OR r.hash = $2 ORDER BY d.ord, r.seq`,
      [id, lower],
    );
    return rows.map((r) => JSON.parse(r.body) as QuarryRecord);
  }

  async ids(): Promise<string[]> {
    return (await this.query<{ id: string }>(`SELECT r.id FROM ${FROM_RECORDS} ORDER BY d.ord, r.seq`)).map((r) => r.id);
  }

  async facetValues(facet: Facet): Promise<string[]> {
    const sql =
      facet === 'speaker'
        ? `SELECT r.speaker AS v, min(${RECORD_KEY}) AS k FROM ${FROM_RECORDS} WHERE r.speaker IS NOT NULL AND r.speaker <> '' GROUP BY r.speaker ORDER BY k`
        : `SELECT t AS v, min(${RECORD_KEY}) AS k FROM ${FROM_RECORDS}, unnest(r.topics) t GROUP BY t ORDER BY k`;
    return (await this.query<{ v: string }>(sql)).map((r) => r.v);
  }

  async lookup(q: TermLookup): Promise<TermHit[]> {
    const fieldIds = q.fields.map((f) => this.fieldIds.get(f)).filter((f): f is number => f !== undefined);
    if (!fieldIds.length) return [];
    const n = q.term.length;
    const upper = q.prefix ? prefixUpperBound(q.term) : null;
    const fuzzy = q.fuzzy > 0 && n <= 255 ? q.fuzzy : 0;
    // kind 0: the term; 1: a longer term it is a prefix of; 2: a term within the edit distance (not a prefix match)
    const rows = await this.query<{ term: string; kind: number; dist: number; field: number; ord: number; seq: number; tf: number; flen: number }>(
      `WITH derived AS (
         SELECT $1::text COLLATE "C" AS term, 0 AS kind, 0 AS dist
         UNION ALL
         SELECT v.term, 1, 0 FROM ${SCHEMA}.vocabulary v WHERE $2::text IS NOT NULL AND v.term > $1::text COLLATE "C" AND v.term < $2::text COLLATE "C"
         UNION ALL
         SELECT v.term, 2, levenshtein(v.term, $1::text) FROM ${SCHEMA}.vocabulary v
          WHERE $3::int > 0 AND v.term % $1::text AND v.term <> $1::text COLLATE "C"
            AND NOT ($2::text IS NOT NULL AND v.term > $1::text COLLATE "C" AND v.term < $2::text COLLATE "C")
            AND (CASE WHEN length(v.term) BETWEEN $4::int - $3::int AND LEAST($4::int + $3::int, 255) THEN levenshtein_less_equal(v.term, $1::text, $3::int) ELSE $3::int + 1 END) <= $3::int
       )
       SELECT x.term, x.kind, x.dist, p.field, d.ord, p.seq, p.tf, p.flen
         FROM derived x JOIN ${SCHEMA}.postings p ON p.term = x.term JOIN ${SCHEMA}.documents d ON d.doc_key = p.doc_key
        WHERE p.field = ANY($5::smallint[])`,
      [q.term, upper, fuzzy, n, fieldIds],
    );
    return score(q, rows, this.stats, q.fields.map((f) => this.fieldIds.get(f) ?? -1));
  }

  async documentText(doc: DocumentInfo): Promise<string | null> {
    const rows = await this.query<{ content: string }>(`SELECT content FROM ${SCHEMA}.documents WHERE file = $1`, [doc.file]);
    return rows[0]?.content ?? null;
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => {});
  }
}

/** The least string greater than every string that starts with `prefix` (code point order = C collation order). */
export function prefixUpperBound(prefix: string): string | null {
  const points = [...prefix];
  while (points.length) {
    const last = points.pop()!.codePointAt(0)!;
    if (last < 0x10ffff) {
      let next = last + 1;
      if (next >= 0xd800 && next <= 0xdfff) next = 0xe000; // no surrogates in text
      return points.join('') + String.fromCodePoint(next);
    }
  }
  return null;
}

interface PostingRow {
  term: string;
  kind: number;
  dist: number;
  field: number;
  ord: number;
  seq: number;
  tf: number;
  flen: number;
}

/** MiniSearch's executeQuerySpec + termResults over the rows: exact term first, then prefix, then fuzzy expansions. */
function score(q: TermLookup, rows: PostingRow[], stats: StoredStats, fieldIds: number[]): TermHit[] {
  // term → field → rows
  const byTerm = new Map<string, { kind: number; dist: number; fields: Map<number, PostingRow[]> }>();
  for (const r of rows) {
    let t = byTerm.get(r.term);
    if (!t) byTerm.set(r.term, (t = { kind: r.kind, dist: r.dist, fields: new Map() }));
    let list = t.fields.get(r.field);
    if (!list) t.fields.set(r.field, (list = []));
    list.push(r);
  }
  const terms = [...byTerm].sort((a, b) => a[1].kind - b[1].kind || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const results = new Map<number, TermHit>();
  for (const [term, t] of terms) {
    let weight = 1;
    if (t.kind === 1) {
      const distance = term.length - q.term.length;
      weight = (q.weights.prefix * term.length) / (term.length + 0.3 * distance);
    } else if (t.kind === 2) {
      weight = (q.weights.fuzzy * term.length) / (term.length + t.dist);
    }
    q.fields.forEach((field, i) => {
      const fieldId = fieldIds[i]!;
      const list = t.fields.get(fieldId);
      if (!list) return;
      const boost = q.boost[field] || 1;
      const avg = stats.avgFieldLength[fieldId]!;
      const matching = list.length;
      for (const r of list) {
        const s = weight * boost * bm25(r.tf, matching, stats.count, r.flen, avg);
        const key = keyOf(r.ord, r.seq);
        const hit = results.get(key);
        if (hit) {
          hit.score += s;
          if (!hit.terms.includes(term)) hit.terms.push(term);
          if (!hit.fields.includes(field)) hit.fields.push(field);
        } else results.set(key, { key, score: s, terms: [term], fields: [field] });
      }
    });
  }
  return [...results.values()];
}
