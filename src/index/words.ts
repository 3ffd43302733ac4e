/**
 * The words of a record's document that the record does not hold, as the
 * index builders read them (src/index/index.ts fieldValue). No MiniSearch
 * here: the cache writer names them without loading the index code.
 */
import { nearbyTexts, type NearbyLine } from '../model/nearby.js';
import type { QuarryRecord } from '../model/record.js';

/**
 * What an index reads of a record's document besides the record itself. Both
 * are words grep finds in the document that the record does not hold:
 * - `title`: the document's title, by document id. A title is no field of a
 *   record (records.md), yet its words are the document's ("HALVORSEN MARINE
 *   HOLDINGS ASA" over a meeting's minutes, a headline the article never
 *   repeats): the index holds them as the `title` field of each of its records.
 * - `nearby`: the words of the document's lines no record holds (front matter,
 *   byline, dateline, roster, headings, page furniture), each line's given to
 *   the record nearest it (src/model/nearby.ts): its `nearby` field.
 * Both only find records; search ranks by neither (src/query/search.ts).
 * Every index of a corpus is built with one (buildIndex, the compact index,
 * the shared store's postings); without one the fields are empty.
 */
export interface DocumentWords {
  title(docId: string): string | null | undefined;
  nearby(record: QuarryRecord): string | null | undefined;
}

/** A document as DocumentWords reads it. */
export type WordsDocument = { id: string; meta: { title?: string | null }; nearby?: readonly NearbyLine[] };

/** The DocumentWords of these documents and their records (records of other documents carry no nearby words). */
export function documentWordsOf(documents: readonly WordsDocument[], records: readonly QuarryRecord[]): DocumentWords {
  const titles = new Map<string, string | null>();
  for (const d of documents) titles.set(d.id, d.meta.title ?? null);
  let nearby: Map<string, string> | null = null;
  return {
    title: (id) => titles.get(id),
    nearby(record) {
      // made on first use: an index opened from the cache reads no field
      nearby ??= nearbyByRecord(documents, records);
      return nearby.get(record.id);
    },
  };
}

/** Each record's nearby text, where it has any, by record id (the index keeps the first record of an id). */
function nearbyByRecord(documents: readonly WordsDocument[], records: readonly QuarryRecord[]): Map<string, string> {
  const out = new Map<string, string>();
  const byDoc = new Map<string, QuarryRecord[]>();
  for (const d of documents) if (d.nearby?.length) byDoc.set(d.id, []);
  if (byDoc.size === 0) return out;
  for (const r of records) byDoc.get(r.doc)?.push(r);
  for (const d of documents) {
    const own = byDoc.get(d.id);
    if (!own?.length) continue;
    nearbyTexts(own, d.nearby).forEach((t, i) => {
      if (t && !out.has(own[i]!.id)) out.set(own[i]!.id, t);
    });
  }
  return out;
}
