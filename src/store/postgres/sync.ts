/**
 * `quarry sync`: bring a PostgreSQL database to the state of a loaded corpus.
 *
 * - One transaction: readers see the previous corpus until it commits, and a
 *   sync killed half-way (or failing) leaves the previous state whole.
 * - Serialised: the transaction first takes an advisory lock, so a second
 *   sync waits for the first and then finds less (or nothing) to do.
 * - Incremental: a document is keyed by the SHA-1 of its file. An unchanged
 *   document is not touched (only its place in the corpus order is
 *   updated); a changed one is deleted and inserted again under a new key; a
 *   removed one is deleted. Everything is re-synced when what decides the
 *   records changed: the quarry version, how text becomes terms, or
 *   speakers.yml.
 * - Records, postings and documents go in with COPY, never row by row.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { decodeDocument } from '../../corpus/read.js';
import type { Corpus } from '../../model/corpus.js';
import { nearbyTexts } from '../../model/nearby.js';
import type { QuarryRecord } from '../../model/record.js';
import { connect, connectionError, migrate, SCHEMA, StoreError } from './connect.js';
import { averageFieldLengths, indexFields, recordTerms, termsFingerprint } from './terms.js';

/** The key space of one document's records: key = ord × DOC_SPAN + seq. */
export const DOC_SPAN = 2 ** 20;
/** Any fixed number: the advisory lock every sync takes. */
const SYNC_LOCK = 7_160_533_401;

/** The postings indexes (as the migration creates them), dropped and rebuilt around a large write. */
const POSTINGS_INDEXES = [
  { name: 'postings_term', create: `CREATE INDEX postings_term ON ${SCHEMA}.postings (term)` },
  { name: 'postings_doc', create: `CREATE INDEX postings_doc ON ${SCHEMA}.postings (doc_key)` },
];

export interface SyncProgress {
  /** documents written so far, of `total` to write */
  done: number;
  total: number;
  /** bytes of document text written so far */
  bytes: number;
}

export interface SyncOptions {
  version: string;
  onProgress?: (p: SyncProgress) => void;
  /** waiting for another sync's lock */
  onWait?: () => void;
}

export interface SyncSummary {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  records: number;
  /** bytes of document text written */
  bytes: number;
  /** everything was rewritten (first sync, or the build changed) */
  full: boolean;
}

export interface StoredHead {
  dir: string;
  problems: Corpus['problems'];
  registry: { name: string; aliases: string[] }[];
}

export interface StoredStats {
  count: number;
  avgFieldLength: number[];
}

export async function syncCorpus(url: string, corpus: Corpus, opts: SyncOptions): Promise<SyncSummary> {
  const { client, label } = await connect(url);
  try {
    return await syncWith(client, label, corpus, opts);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    if (err instanceof StoreError) throw err;
    throw connectionError(err, label);
  } finally {
    await client.end().catch(() => {});
  }
}

function sha1(data: string | Buffer): string {
  return createHash('sha1').update(data).digest('hex');
}

/** What decides the records besides the documents themselves. */
function buildStamp(corpus: Corpus, version: string): string {
  const speakersPath = join(corpus.dir, 'speakers.yml');
  const speakers = existsSync(speakersPath) ? sha1(readFileSync(speakersPath)) : '-';
  return JSON.stringify({ quarry: version, terms: termsFingerprint(), speakers });
}

interface StoredDoc {
  doc_key: number;
  file: string;
  sha1: string;
}

async function syncWith(client: pg.Client, label: string, corpus: Corpus, opts: SyncOptions): Promise<SyncSummary> {
  // Hash every document first, and group the records by document (corpus order).
  const docs = corpus.documents.map((d) => {
    let bytes: Buffer | null = null;
    try {
      bytes = readFileSync(d.path);
    } catch {
      // unreadable now: stored with what loading saw (no content)
    }
    return { info: d, bytes, sha1: bytes ? sha1(bytes) : `unreadable:${d.file}` };
  });
  const byDoc = new Map<string, QuarryRecord[]>();
  const seenIds = new Set<string>();
  for (const r of corpus.records) {
    if (seenIds.has(r.id)) continue; // the index keeps the first of an id, and so does the store
    seenIds.add(r.id);
    let list = byDoc.get(r.doc);
    if (!list) byDoc.set(r.doc, (list = []));
    list.push(r);
  }

  await client.query('BEGIN');
  const lock = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [SYNC_LOCK]);
  if (!lock.rows[0]?.ok) {
    opts.onWait?.();
    await client.query('SELECT pg_advisory_xact_lock($1)', [SYNC_LOCK]);
  }
  await migrate(client, label);

  const stamp = buildStamp(corpus, opts.version);
  const prevStamp = (await client.query<{ value: string }>(`SELECT value FROM ${SCHEMA}.meta WHERE key = 'build'`)).rows[0]?.value;
  const full = prevStamp !== stamp;
  const stored = new Map<string, StoredDoc>();
  for (const row of (await client.query<StoredDoc>(`SELECT doc_key, file, sha1 FROM ${SCHEMA}.documents`)).rows) stored.set(row.file, row);

  const current = new Set(docs.map((d) => d.info.file));
  const gone: number[] = [];
  for (const [file, row] of stored) if (!current.has(file)) gone.push(row.doc_key);
  const write: typeof docs = [];
  let unchanged = 0;
  let changed = 0;
  let added = 0;
  for (const d of docs) {
    const row = stored.get(d.info.file);
    if (row && row.sha1 === d.sha1 && !full) {
      unchanged++;
      continue;
    }
    if (row) {
      gone.push(row.doc_key);
      changed++;
    } else added++;
    write.push(d);
  }
  const removed = [...stored.keys()].filter((f) => !current.has(f)).length;

  if (gone.length) {
    // terms that may disappear with these documents: checked against what remains after
    await client.query(`CREATE TEMP TABLE gone_terms ON COMMIT DROP AS SELECT DISTINCT term FROM ${SCHEMA}.postings WHERE doc_key = ANY($1)`, [gone]);
    await client.query(`DELETE FROM ${SCHEMA}.postings WHERE doc_key = ANY($1)`, [gone]);
    await client.query(`DELETE FROM ${SCHEMA}.records WHERE doc_key = ANY($1)`, [gone]);
    await client.query(`DELETE FROM ${SCHEMA}.documents WHERE doc_key = ANY($1)`, [gone]);
    await client.query(
      `DELETE FROM ${SCHEMA}.vocabulary v USING gone_terms g WHERE v.term = g.term AND NOT EXISTS (SELECT 1 FROM ${SCHEMA}.postings p WHERE p.term = g.term)`,
    );
  }

  // The corpus order of every document (unchanged ones keep their key, and move if a document came before them).
  const ordOf = new Map(docs.map((d, i) => [d.info.file, i]));
  const writing = new Set(write);
  const keep = docs.filter((d) => !writing.has(d)).map((d) => ({ key: stored.get(d.info.file)!.doc_key, ord: ordOf.get(d.info.file)! }));
  if (keep.length) {
    await client.query(
      `UPDATE ${SCHEMA}.documents d SET ord = o.ord FROM unnest($1::int[], $2::int[]) AS o(doc_key, ord) WHERE d.doc_key = o.doc_key AND d.ord <> o.ord`,
      [keep.map((k) => k.key), keep.map((k) => k.ord)],
    );
  }

  let bytes = 0;
  let records = 0;
  const fieldCount = indexFields().length;
  /** per document key: its records' field lengths, in order (what the averages are computed from) */
  const lengths = new Map<number, number[][]>();
  if (write.length) {
    const keys = (await client.query<{ k: string }>(`SELECT nextval('${SCHEMA}.doc_keys') AS k FROM generate_series(1, $1)`, [write.length])).rows.map((r) => Number(r.k));
    for (const d of write) {
      const n = byDoc.get(d.info.id)?.length ?? 0;
      if (n >= DOC_SPAN) throw new StoreError(`sync: ${d.info.file} has ${n} records, more than a document may have (${DOC_SPAN - 1})`);
    }
    // A large write loads faster into bare tables and indexes them once after (inside the transaction:
    // readers keep the old indexes until it commits).
    const bulk = write.length > docs.length / 4;
    if (bulk) for (const index of POSTINGS_INDEXES) await client.query(`DROP INDEX ${SCHEMA}.${index.name}`);
    // The rows are made as COPY reads them: nothing the size of the corpus is held twice.
    await copyRows(client, `COPY ${SCHEMA}.records (doc_key, seq, id, local, hash, type, speaker, role, asker_role, year, topics, body) FROM STDIN`, function* () {
      for (let i = 0; i < write.length; i++) {
        const key = keys[i]!;
        const lines: string[] = [];
        (byDoc.get(write[i]!.info.id) ?? []).forEach((r, seq) => {
          records++;
          const local = r.id.slice(r.id.lastIndexOf('/') + 1).toLowerCase();
          const topics = r.topics.map((t) => t.trim()).filter(Boolean);
          lines.push(row([key, seq, r.id, local, local.replace(/^[a-z]+-/, ''), r.type, r.speaker, r.role, r.askerRole, r.year, arrayLiteral(topics), JSON.stringify(r)]));
        });
        yield lines.join('');
      }
    });
    const vocabulary = new Set<string>();
    const progress: SyncProgress = { done: 0, total: write.length, bytes: 0 };
    opts.onProgress?.(progress);
    await copyRows(client, `COPY ${SCHEMA}.postings (term, field, doc_key, seq, tf, flen) FROM STDIN`, function* () {
      for (let i = 0; i < write.length; i++) {
        const key = keys[i]!;
        const postings: string[] = [];
        const docLengths: number[][] = [];
        const info = write[i]!.info;
        const own = byDoc.get(info.id) ?? [];
        const nearby = nearbyTexts(own, info.nearby);
        own.forEach((r, seq) => {
          const t = recordTerms(r, info.meta.title, nearby[seq]);
          docLengths.push(t.lengths);
          for (let f = 0; f < fieldCount; f++) {
            const flen = t.lengths[f]!;
            for (const [term, tf] of t.terms[f]!) {
              vocabulary.add(term);
              postings.push(row([term, f, key, seq, tf, flen]));
            }
          }
        });
        lengths.set(key, docLengths);
        yield postings.join('');
        progress.done = i + 1;
        progress.bytes += write[i]!.bytes?.length ?? 0;
        opts.onProgress?.(progress);
      }
    });
    bytes = progress.bytes;
    if (bulk) for (const index of POSTINGS_INDEXES) await client.query(index.create);
    await copyRows(client, `COPY ${SCHEMA}.documents (doc_key, id, file, ord, sha1, info, lengths, content) FROM STDIN`, function* () {
      for (let i = 0; i < write.length; i++) {
        const d = write[i]!;
        // decoded as the loader decoded it (UTF-16, Windows-1252), for show's lines
        const decoded = d.bytes ? decodeDocument(d.bytes) : null;
        const text = decoded && 'text' in decoded ? decoded.text : '';
        yield row([keys[i]!, d.info.id, d.info.file, ordOf.get(d.info.file)!, d.sha1, storedInfo(d.info), JSON.stringify(lengths.get(keys[i]!)), text]);
      }
    });
    await client.query(`INSERT INTO ${SCHEMA}.vocabulary (term) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [[...vocabulary].map(noNul)]);
  }
  if (keep.length) {
    const res = await client.query<{ doc_key: number; lengths: string }>(`SELECT doc_key, lengths FROM ${SCHEMA}.documents WHERE doc_key = ANY($1)`, [keep.map((k) => k.key)]);
    for (const r of res.rows) lengths.set(r.doc_key, JSON.parse(r.lengths) as number[][]);
  }

  // The corpus head and the scoring statistics, over every record in corpus order.
  const head: StoredHead = {
    dir: corpus.dir,
    problems: corpus.problems,
    registry: corpus.registry.names().map((name) => ({ name, aliases: corpus.registry.aliasesOf(name) })),
  };
  const docKeys = (await client.query<{ doc_key: number }>(`SELECT doc_key FROM ${SCHEMA}.documents ORDER BY ord`)).rows.map((r) => r.doc_key);
  const inOrder = docKeys.flatMap((k) => lengths.get(k) ?? []);
  const stats: StoredStats = { count: inOrder.length, avgFieldLength: averageFieldLengths(inOrder, fieldCount) };
  for (const [key, value] of [
    ['build', stamp],
    ['head', JSON.stringify(head)],
    ['stats', JSON.stringify(stats)],
    ['quarry', opts.version],
  ]) {
    await client.query(`INSERT INTO ${SCHEMA}.meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [key, noNul(value!)]);
  }
  await client.query('COMMIT');
  if (write.length || gone.length) await client.query(`ANALYZE ${SCHEMA}.postings, ${SCHEMA}.records, ${SCHEMA}.documents, ${SCHEMA}.vocabulary`).catch(() => {});
  return { added, changed, removed, unchanged, records, bytes, full };
}

// ------------------------------------------------------------------ COPY

/** A text-format COPY row: tab-separated, \N for null, backslash escapes. */
export function row(values: readonly (string | number | null)[]): string {
  return values.map((v) => (v === null ? '\\N' : typeof v === 'number' ? String(v) : copyEscape(v))).join('\t') + '\n';
}

function noNul(s: string): string {
  return s.includes('\u0000') ? s.replace(/\u0000/g, '\uFFFD') : s;
}

function copyEscape(s: string): string {
  return noNul(s).replace(/[\\\n\r\t]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
}

/** A text[] literal: every element quoted, quotes and backslashes escaped. */
export function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** COPY the rows a generator makes, in writes of about 1 MB. */
async function copyRows(client: pg.Client, sql: string, rows: () => Iterable<string>): Promise<void> {
  const target = client.query(copyStreams.from(sql));
  function* source() {
    let buf: string[] = [];
    let size = 0;
    for (const c of rows()) {
      if (!c) continue;
      buf.push(c);
      size += c.length;
      if (size >= 1 << 20) {
        yield buf.join('');
        buf = [];
        size = 0;
      }
    }
    if (buf.length) yield buf.join('');
  }
  await pipeline(Readable.from(source()), target);
}

/**
 * A document's info as the store keeps it: without its nearby lines, which the postings already
 * hold as the `nearby` field and which every reader of the store would otherwise parse.
 */
function storedInfo(info: Corpus['documents'][number]): string {
  return JSON.stringify({ ...info, nearby: undefined });
}
