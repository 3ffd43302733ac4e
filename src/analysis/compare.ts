/**
 * compare.ts: what each source says about one subject, side by side.
 *
 * The records matching a subject, grouped by document (in document id
 * order; records in reading order inside a group), each with the figures it
 * gives, so "nine months" in one source and "3 months" in another sit next
 * to each other. The subject is a predicate; `subjectMatcher` builds one from
 * words, and `quarry compare` uses it (src/cli/commands/compare.ts says why
 * not the search engine).
 *
 * A date without a year ("the night before Binance launched BNB on July
 * 14") is a figure a source gives too, though the loader leaves it out of
 * `record.figures` (it cannot be placed in time): it is listed, with the
 * value "--07-14".
 *
 * A qa record's question can carry figures too ("Binance became #1 crypto
 * exchange after 180 days of its launch in 2017"): they are listed in
 * `questionFigures`, with offsets into `record.question`.
 */
import { extractFigures, mentionedYears } from '../figures/extract.js';
import type { Figure } from '../model/figures.js';
import type { QuarryRecord } from '../model/record.js';
import { yearlessDates } from './discourse.js';
import { contentStems, stem, words } from './text.js';

export interface CompareEntry {
  record: QuarryRecord;
  /** the figures of the record's text: record.figures, plus dates without a year ("on July 14" → "--07-14") */
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
    const yearless = yearlessDates(record.text, record.figures);
    const entry: CompareEntry = { record, figures: yearless.length ? [...record.figures, ...yearless].sort((a, b) => a.start - b.start) : record.figures };
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
 *
 * A word that names a rank is also met by a rank figure of the same value in
 * the text or question: "largest" (and "biggest") by "#1" or "the number one
 * spot" (rank 1); "#2", "number two", "2nd largest" by any rank-2 figure. So
 * "largest exchange" finds "the exchange rose to the number one spot", which
 * says the same thing in other words.
 */
export function subjectMatcher(query: string): (r: QuarryRecord) => boolean {
  // numbers count as content words here: "180 days" asks for 180
  let wanted = [...new Set([...contentStems(query), ...words(query).filter((w) => /^\d/.test(w.lower)).map((w) => key(w.lower))])];
  if (!wanted.length) wanted = [...new Set(words(query).map((w) => key(w.lower)))];
  if (!wanted.length) return () => false;
  const rankOf = queryRanks(query);
  const cache = new WeakMap<QuarryRecord, Set<string>>();
  const rankCache = new WeakMap<QuarryRecord, Set<number>>();
  const ranksIn = (r: QuarryRecord): Set<number> => {
    let ranks = rankCache.get(r);
    if (!ranks) {
      const figs = [...r.figures, ...(r.question ? extractFigures(r.question) : [])];
      ranks = new Set(figs.filter((f) => f.kind === 'rank').map((f) => Number(f.value)));
      rankCache.set(r, ranks);
    }
    return ranks;
  };
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
    return wanted.every((t) => have.has(t) || (rankOf.has(t) && ranksIn(r).has(rankOf.get(t)!)));
  };
}

/** The query's words that name a rank, by key, with the rank they name: "largest" → 1, the words of "#2" or "2nd largest" → 2. */
function queryRanks(query: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of words(query)) if (w.stem === 'largest') out.set('largest', 1);
  // read as "the …" so that "largest" parses as a superlative rank; the words come from the same string, so offsets agree
  for (const f of extractFigures(`the ${query}`)) {
    if (f.kind !== 'rank') continue;
    for (const w of words(`the ${query}`)) if (w.start >= f.start && w.end <= f.end && w.lower !== 'the') out.set(key(w.lower), Number(f.value));
  }
  return out;
}

/** A word as the matcher compares it: its stem, or a number without thousands separators ("1,000" → "1000"). */
function key(lower: string): string {
  return /^\d/.test(lower) ? lower.replace(/,(?=\d{3})/g, '') : stem(lower);
}
