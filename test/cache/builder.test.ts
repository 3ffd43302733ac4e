/**
 * The index builder's own storage (src/cache/compact-index.ts): postings in
 * one pool as chains of slices, field lengths in two bytes until one needs
 * four. The shipped corpus never fills the largest slices, has no term
 * frequency past one varint byte and no field of 65,536 distinct words; these
 * records do, and the engine must still answer as MiniSearch does.
 */
import { describe, expect, it } from 'vitest';
import { buildCompactIndex, CompactIndexBuilder, memoryIndex } from '../../src/cache/compact-index.js';
import { buildIndex } from '../../src/index/index.js';
import type { QuarryRecord } from '../../src/model/record.js';

function record(i: number, text: string): QuarryRecord {
  return {
    id: `doc/c-${i.toString(16).padStart(8, '0')}`,
    type: 'claim',
    text,
    speaker: i % 3 ? 'Ann Lee' : null,
    question: i % 5 === 0 ? `What about ledger ${i}?` : null,
    asker: null,
    context: null,
    year: 2024,
    years: [],
    date: null,
    doc: 'doc',
    section: null,
    topics: [],
    line: i + 1,
    endLine: i + 1,
    figures: [],
  } as unknown as QuarryRecord;
}

function records(): QuarryRecord[] {
  const out: QuarryRecord[] = [];
  // "ledger" in every record: its postings run through every slice size, the largest many times over
  for (let i = 0; i < 10000; i++) out.push(record(i, `ledger word${i % 97} word${i % 13}`));
  // a term 300 times in one record: a frequency of two varint bytes
  out.push(record(10000, `${'ledger '.repeat(300)}closing`));
  // a field of 66,000 distinct words: its length needs four bytes, and so then do every record's
  out.push(record(10001, Array.from({ length: 66000 }, (_, k) => `w${k}`).join(' ')));
  for (let i = 10002; i < 10010; i++) out.push(record(i, `ledger ${i} trailing`));
  return out;
}

const same = (reference: ReturnType<typeof buildIndex>, compact: ReturnType<typeof memoryIndex>, q: string, opts: Parameters<ReturnType<typeof buildIndex>['engine']['search']>[1]) => {
  const a = reference.engine.search(q, opts).map((r) => [r.id, r.score, r.terms, r.match]);
  const b = compact.engine.search(q, opts).map((r) => [compact.record(r.id as number).id, r.score, r.terms, r.match]);
  expect(b.length, q).toBeGreaterThan(0);
  expect(b, q).toEqual(a);
};

describe('the index builder', () => {
  const all = records();
  const whole = buildCompactIndex(all);
  const reference = buildIndex(all);
  const compact = memoryIndex(all, undefined, whole);

  it('reads back long postings chains, large frequencies and four-byte field lengths as MiniSearch holds them', () => {
    for (const q of ['ledger', 'word5', 'word96', 'w65999', 'closing', 'trailing'])
      same(reference, compact, q, { fields: ['text', 'text_surface', 'question'] });
    same(reference, compact, 'ledgr', { fields: ['text_surface'], fuzzy: 0.2 });
    same(reference, compact, 'word9', { fields: ['text_surface'], prefix: true });
  });

  it('writes the same bytes fed a record at a time as all at once, lengths widened part way', () => {
    expect(whole.meta.lengthWidth).toBe(4);
    const builder = new CompactIndexBuilder();
    for (const r of all) builder.add([r]);
    const streamed: Uint8Array[] = [];
    const parts = builder.finish((chunk) => streamed.push(Uint8Array.from(chunk)));
    expect(parts.sections['index.postings']).toEqual([]);
    // Buffer.equals: a deep equality over megabytes, element by element, takes minutes
    expect(Buffer.concat(streamed).equals(Buffer.concat(whole.sections['index.postings']))).toBe(true);
    for (const name of ['index.meta', 'index.labels', 'index.flat', 'index.dict', 'index.lengths', 'index.present'] as const) {
      expect(Buffer.concat(parts.sections[name]).equals(Buffer.concat(whole.sections[name])), name).toBe(true);
    }
  });
});
