/**
 * compare.ts: what each source says about one subject, side by side.
 *
 * The records matching a subject, grouped by document (in document id
 * order; records in reading order inside a group), each with the figures it
 * gives, so "nine months" in one source and "3 months" in another sit next
 * to each other. The subject is a predicate: the CLI builds it from a search
 * query; `subjectMatcher` builds a simple one from words.
 *
 * A qa record's question can carry figures too ("Binance became #1 crypto
 * exchange after 180 days of its launch in 2017"): they are listed in
 * `questionFigures`, with offsets into `record.question`.
 */
import { extractFigures, mentionedYears, type Figure } from '../model/figures.js';
import type { QuarryRecord } from '../model/record.js';
import { yearlessDates } from './discourse.js';
import { contentStems, stem, words } from './text.js';

export interface CompareEntry {
  record: QuarryRecord;
  /** the figures of the record's text (record.figures) */
  figures: Figure[];
  /** figures of a qa record's question, offsets into record.question; omitted when none */
  questionFigures?: Figure[];
}

export interface CompareGroup {
  doc: string;
  records: CompareEntry[];
}

export function compare(records: QuarryRecord[], matches: (r: QuarryRecord) => boolean): CompareGroup[] {
  const groups = new Map<string, Array<{ entry: CompareEntry; order: number }>>();
  records.forEach((record, order) => {
    if (!matches(record)) return;
    const entry: CompareEntry = { record, figures: record.figures };
    if (record.type === 'qa' && record.question) {
      const years = mentionedYears(record.question);
      const figs = extractFigures(record.question, { year: years.length === 1 ? years[0]! : null });
      const all = [...figs, ...yearlessDates(record.question, figs)].sort((a, b) => a.start - b.start);
      if (all.length) entry.questionFigures = all;
    }
    const list = groups.get(record.doc) ?? [];
    if (!groups.has(record.doc)) groups.set(record.doc, list);
    list.push({ entry, order });
  });
  return [...groups.keys()]
    .sort()
    .map((doc) => ({
      doc,
      records: groups
        .get(doc)!
        .sort((a, b) => a.entry.record.line - b.entry.record.line || a.order - b.order)
        .map((x) => x.entry),
    }));
}

/**
 * A subject predicate from a query: every content word of the query (stop
 * words out, numbers in; all words if it has only stop words) must occur in the record's
 * text or question, compared by stem, so "launch" matches "launched" and
 * "exchanges" matches "exchange". Case-insensitive. An empty query matches
 * nothing.
 */
export function subjectMatcher(query: string): (r: QuarryRecord) => boolean {
  // numbers count as content words here: "180 days" asks for 180
  let wanted = [...new Set([...contentStems(query), ...words(query).filter((w) => /^\d/.test(w.lower)).map((w) => key(w.lower))])];
  if (!wanted.length) wanted = [...new Set(words(query).map((w) => key(w.lower)))];
  if (!wanted.length) return () => false;
  const cache = new WeakMap<QuarryRecord, Set<string>>();
  return (r) => {
    let have = cache.get(r);
    if (!have) {
      have = new Set<string>();
      for (const w of words(r.question ? `${r.question}\n${r.text}` : r.text)) {
        have.add(key(w.lower));
        if (w.lower.includes('-')) for (const p of w.lower.split('-')) if (p) have.add(key(p));
      }
      cache.set(r, have);
    }
    return wanted.every((t) => have.has(t));
  };
}

/** A word as the matcher compares it: its stem, or a number without thousands separators ("1,000" → "1000"). */
function key(lower: string): string {
  return /^\d/.test(lower) ? lower.replace(/,(?=\d{3})/g, '') : stem(lower);
}
