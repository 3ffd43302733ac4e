/**
 * Small hand-made records for the analysis tests: a record is built from its
 * text the way the loader finishes one (mentioned years, figures with the
 * single mentioned year as context), so fixtures stay honest about figures.
 */
import { extractFigures, mentionedYears } from '../../src/figures/extract.js';
import type { QuarryRecord } from '../../src/model/record.js';
import type { Corpus } from '../../src/load/load.js';

let counter = 0;

export function rec(doc: string, text: string, o: Partial<Omit<QuarryRecord, 'text' | 'doc' | 'figures' | 'years'>> = {}): QuarryRecord {
  counter++;
  const years = mentionedYears(o.question ? `${o.question}\n${text}` : text);
  const ownYears = mentionedYears(text);
  const line = o.line ?? counter;
  return {
    id: o.id ?? `${doc}/${o.type === 'qa' ? 'qa' : o.type === 'quote' ? 'q' : 'c'}-${String(counter).padStart(8, '0')}`,
    type: o.type ?? 'claim',
    text,
    speaker: o.speaker ?? null,
    role: o.role ?? null,
    question: o.question ?? null,
    asker: o.asker ?? null,
    askerRole: o.askerRole ?? null,
    context: o.context ?? null,
    year: o.year ?? null,
    years,
    date: o.date ?? null,
    doc,
    section: o.section ?? null,
    topics: o.topics ?? [],
    line,
    endLine: o.endLine ?? line,
    figures: extractFigures(text, { year: ownYears.length === 1 ? ownYears[0]! : null }),
  };
}

/** The one record of `doc` whose text (or question) contains `contains`; fails loudly otherwise. */
export function find(records: readonly QuarryRecord[], doc: string, contains: string, field: 'text' | 'question' = 'text'): QuarryRecord {
  const hits = records.filter((r) => r.doc === doc && (field === 'text' ? r.text : (r.question ?? '')).includes(contains));
  if (hits.length === 0) throw new Error(`no record of ${doc} contains ${JSON.stringify(contains)}`);
  return hits[0]!;
}

/** Does a record match doc + substring (text or question)? */
export function is(r: QuarryRecord, doc: string, contains: string): boolean {
  return r.doc === doc && (r.text.includes(contains) || (r.question ?? '').includes(contains));
}

export type { Corpus };
