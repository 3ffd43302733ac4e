/**
 * The index terms of a record, computed in JavaScript with quarry's own
 * tokenizer and term processing (`indexOptions()` of src/index: stop words,
 * the stemmer, the surface forms), so that PostgreSQL stores exactly the
 * terms the local index holds, whatever stemmer src/index uses. PostgreSQL's
 * own text search configurations never see the text: a query means the same
 * on both backends.
 *
 * Scoring is MiniSearch's BM25+ (the same parameters, the same field
 * lengths and averages, the same weights for prefix and fuzzy expansions),
 * computed here from the postings the database returns: both stores give a
 * term the same score.
 */
import { createHash } from 'node:crypto';
import type { Options } from 'minisearch';
import { indexOptions } from '../../index/index.js';
import type { QuarryRecord } from '../../model/record.js';

/** One record's postings: per field, its length (distinct tokens) and term frequencies. */
export interface RecordTerms {
  /** per field id: distinct tokens in the field, or -1 when the record has no value for it */
  lengths: number[];
  /** per field id: term → frequency */
  terms: Map<string, number>[];
}

let options: Options<QuarryRecord> | undefined;
/** the title of the document whose record recordTerms is reading, and the record's nearby words: what `options` extracts as its `title` and `nearby` fields */
let recordTitle: string | null | undefined;
let recordNearby: string | null | undefined;
const optionsOf = (): Options<QuarryRecord> => (options ??= indexOptions({ title: () => recordTitle, nearby: () => recordNearby }));

export function indexFields(): string[] {
  return [...optionsOf().fields];
}

/**
 * Term processing is a pure function of (term, field): remembered per field
 * (a corpus has far fewer distinct words than words), as the compact index
 * remembers it. Dropped when it grows past MEMO_LIMIT entries.
 */
const memo = new Map<string, Map<string, string | string[] | null | undefined | false>>();
const MEMO_LIMIT = 1_000_000;
let memoSize = 0;

/**
 * What MiniSearch's addAll does to one record, step for step; `title`: its document's (the
 * index's `title` field), `nearby`: the words of the lines it carries (its `nearby` field;
 * src/index/words.ts).
 */
export function recordTerms(record: QuarryRecord, title?: string | null, nearby?: string | null): RecordTerms {
  const opts = optionsOf();
  recordTitle = title;
  recordNearby = nearby;
  const extract = opts.extractField!;
  const tokenize = opts.tokenize!;
  const processTerm = opts.processTerm!;
  // a tokenizer that takes no field argument gives the same tokens for the stemmed and surface copies of a field
  const tokensIgnoreField = tokenize.length <= 1;
  const tokenized = new Map<string, string[]>();
  if (memoSize > MEMO_LIMIT) {
    memo.clear();
    memoSize = 0;
  }
  const lengths: number[] = [];
  const terms: Map<string, number>[] = [];
  opts.fields.forEach((field) => {
    const out = new Map<string, number>();
    terms.push(out);
    const value = extract(record, field);
    if (value == null) {
      lengths.push(-1);
      return;
    }
    const text = String(value);
    let tokens = tokensIgnoreField ? tokenized.get(text) : undefined;
    if (!tokens) {
      tokens = tokenize(text, field);
      if (tokensIgnoreField) tokenized.set(text, tokens);
    }
    lengths.push(new Set(tokens).size);
    let fieldMemo = memo.get(field);
    if (!fieldMemo) memo.set(field, (fieldMemo = new Map()));
    for (const token of tokens) {
      let p = fieldMemo.get(token);
      if (p === undefined && !fieldMemo.has(token)) {
        p = processTerm(token, field) as string | string[] | null | undefined | false;
        fieldMemo.set(token, p);
        memoSize++;
      }
      if (Array.isArray(p)) for (const t of p) out.set(t, (out.get(t) ?? 0) + 1);
      else if (p) out.set(p, (out.get(p) ?? 0) + 1);
    }
  });
  return { lengths, terms };
}

/**
 * MiniSearch's average field lengths, with its arithmetic: a running average
 * updated as each record that has the field is added, over the count of
 * records added before it (so the result depends on corpus order).
 */
export function averageFieldLengths(lengthsInOrder: Iterable<number[]>, fieldCount: number): number[] {
  const avg: number[] = [];
  let doc = 0;
  for (const lengths of lengthsInOrder) {
    for (let f = 0; f < fieldCount; f++) {
      const n = lengths[f]!;
      if (n < 0) continue;
      avg[f] = ((avg[f] || 0) * doc + n) / (doc + 1);
    }
    doc++;
  }
  return avg;
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** MiniSearch's calcBM25Score. */
export function bm25(termFreq: number, matching: number, total: number, fieldLength: number, avgFieldLength: number): number {
  const { k, b, d } = BM25;
  const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}

/**
 * A fingerprint of how text becomes index terms: the terms a fixed sample
 * gives. A database filled by a quarry that indexes differently (another
 * stemmer, say) is refused until it is synced again.
 */
export function termsFingerprint(): string {
  const sample: QuarryRecord = {
    id: 'probe/qa-0',
    type: 'qa',
    text: "Delisted listings, the exchanges' don't-stop policies: running, studies, happily, crypto-to-crypto, U.S., 24/7, 币安, naïve Café, regu\u00adlators.",
    speaker: 'He Yi',
    role: 'Co-Founder & Chief Customer Service Officer, Binance',
    question: 'What were you securing and deciding?',
    asker: null,
    askerRole: 'CNN ANCHOR',
    context: 'As she told reporters: “…”',
    year: 2021,
    years: [],
    date: null,
    doc: 'probe',
    section: 'Early days',
    topics: ['NFTs', 'Listing'],
    line: 1,
    endLine: 1,
    figures: [],
  };
  const t = recordTerms(sample, 'Founders: a probe title, Delisted', 'Strandkaien 12, Bergen'); // the title's and nearby words' terms count too
  const json = JSON.stringify({ fields: indexFields(), lengths: t.lengths, terms: t.terms.map((m) => [...m]) });
  return createHash('sha1').update(json).digest('hex').slice(0, 16);
}
