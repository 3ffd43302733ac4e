/**
 * related.ts: the records most like one record, from OTHER documents.
 *
 * TF-IDF over records (each record a document for IDF; a qa record's
 * question counts with its answer, since the question says what the answer
 * is about), cosine similarity. Terms:
 *   - content-word stems (stop words out, light stemming: text.ts), tf
 *     dampened as 1 + ln(tf);
 *   - named entities ("BNB", "OKCoin", "Binance Smart Chain": words the
 *     corpus capitalises mid-sentence) and people (names, and pronouns
 *     resolved to them), weighted ×2;
 *   - figures: the year of a date ("2017", "July 2017" and "September 1,
 *     2017" all give 2017), an amount with its currency, weighted ×1.5.
 * IDF makes words that are everywhere (here "Binance", "crypto") weigh
 * little, so two records are related by what is particular to them.
 *
 * `shared` explains the score: the terms that contribute most, as written
 * ("BNB", "launched", "2017").
 */
import type { QuarryRecord } from '../model/record.js';
import type { SpeakerRegistry } from '../model/speakers.js';
import { buildDiscourse, type Statement } from './discourse.js';
import { buildStats, statementTerms, surfaceOf } from './subject.js';

export interface Related {
  record: QuarryRecord;
  /** cosine similarity, 0..1 */
  score: number;
  /** the terms or entities explaining why, strongest first */
  shared: string[];
}

export interface RelatedOptions {
  /** at most this many (default 10) */
  limit?: number;
  /** speaker names and aliases, so "Zhao Changpeng" and "CZ" are one person */
  registry?: SpeakerRegistry;
}

const ENTITY_WEIGHT = 2;
const FIGURE_WEIGHT = 1.5;
const SHARED_SHOWN = 6;

export function related(records: QuarryRecord[], id: string, opts: RelatedOptions = {}): Related[] {
  const target = records.find((r) => r.id === id);
  if (!target) throw new Error(`related: no record with id "${id}"`);
  const limit = Math.max(0, Math.floor(opts.limit ?? 10));

  const d = buildDiscourse(records, opts.registry);
  const stats = buildStats(d);
  const byRecord = new Map<QuarryRecord, Statement[]>();
  for (const st of d.statements) {
    const list = byRecord.get(st.record) ?? [];
    if (!byRecord.has(st.record)) byRecord.set(st.record, list);
    list.push(st);
  }

  // raw term frequencies and display forms per record
  const display = new Map<string, string>();
  const tfs = new Map<QuarryRecord, Map<string, number>>();
  for (const r of records) {
    const tf = new Map<string, number>();
    const add = (t: string, n = 1) => tf.set(t, (tf.get(t) ?? 0) + n);
    for (const st of byRecord.get(r) ?? []) {
      const entityStems = new Set(st.entities.flatMap((e) => st.words.filter((w) => w.start >= e.start && w.end <= e.end && w.stem).map((w) => w.stem)));
      for (const t of statementTerms(st)) {
        if (t.startsWith('~') || t.startsWith('rank:')) continue;
        const key = entityStems.has(t) ? `e:${t}` : t;
        add(key);
        if (!display.has(key)) display.set(key, surfaceOf(stats, t));
      }
      for (const p of st.persons) {
        add(`p:${p}`);
        display.set(`p:${p}`, p);
      }
      for (const f of st.figures) {
        const key = figureKey(f.kind, f.value, f.unit);
        if (!key) continue;
        add(key);
        if (!display.has(key)) display.set(key, key.startsWith('f:date:') ? key.slice(7) : f.text);
      }
    }
    tfs.set(r, tf);
  }

  const df = new Map<string, number>();
  for (const tf of tfs.values()) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = records.length;
  const vector = (r: QuarryRecord) => {
    const v = new Map<string, number>();
    for (const [t, c] of tfs.get(r) ?? []) {
      const boost = t.startsWith('e:') || t.startsWith('p:') ? ENTITY_WEIGHT : t.startsWith('f:') ? FIGURE_WEIGHT : 1;
      v.set(t, (1 + Math.log(c)) * Math.log(1 + n / (df.get(t) ?? 1)) * boost);
    }
    return v;
  };
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));

  const tv = vector(target);
  const tn = norm(tv);
  if (tn === 0) return [];
  const out: Related[] = [];
  for (const r of records) {
    if (r.doc === target.doc) continue;
    const v = vector(r);
    const vn = norm(v);
    if (vn === 0) continue;
    let dot = 0;
    const contrib: Array<[string, number]> = [];
    for (const [t, x] of tv) {
      const y = v.get(t);
      if (y === undefined) continue;
      dot += x * y;
      contrib.push([t, x * y]);
    }
    if (dot <= 0) continue;
    contrib.sort((a, b) => b[1] - a[1]);
    out.push({
      record: r,
      score: Math.round((dot / (tn * vn)) * 1000) / 1000,
      shared: [...new Set(contrib.slice(0, SHARED_SHOWN).map(([t]) => display.get(t) ?? t))],
    });
  }
  out.sort((a, b) => b.score - a.score || (a.record.id < b.record.id ? -1 : 1));
  return out.slice(0, limit);
}

/** A figure as a term: the year of a date, an amount with its currency. Other kinds are too generic to relate records. */
function figureKey(kind: string, value: string | number, unit?: string): string | null {
  if (kind === 'date') {
    const y = /^(\d{4})/.exec(String(value));
    return y ? `f:date:${y[1]}` : null;
  }
  if (kind === 'amount') return `f:amount:${unit ?? ''}:${value}`;
  return null;
}
