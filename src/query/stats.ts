/**
 * Counting, for `quarry stats` and `quarry speakers`: pure functions over
 * whatever records the filters selected.
 *
 * Facets and their values:
 * - `type`: qa, quote, claim (in that order);
 * - `speaker`: the record's speaker, or null;
 * - `year`: the year the record was said or published, or null;
 * - `doc`: the document id (in corpus order when given, else by name);
 * - `topic`: each of the record's topics, compared without case (the label
 *   is the spelling used most often), or null for a record with none;
 * - `mentions`: each year the text mentions, or null for a record with none.
 * `topic` and `mentions` can give a record several values: it is counted
 * once under each, so counts may add up to more than the records selected
 * (`total` is always the number of records).
 */
import { RECORD_TYPES, type QuarryRecord, type RecordType } from '../model/record.js';
import type { SpeakerRegistry } from '../model/speakers.js';
import { closeMatches } from './distance.js';
import { FilterError } from './filters.js';

export const FACETS = ['type', 'speaker', 'year', 'doc', 'topic', 'mentions'] as const;
export type Facet = (typeof FACETS)[number];
export type FacetValue = string | number | null;

const FACET_ALIASES: Record<string, Facet> = {
  types: 'type',
  speakers: 'speaker',
  years: 'year',
  docs: 'doc',
  document: 'doc',
  documents: 'doc',
  topics: 'topic',
  mention: 'mentions',
};

/** Facet names from `--by` values (comma lists, repeated flags, plurals, any case); each once, in order. */
export function parseFacets(flag: string, values: readonly string[]): Facet[] {
  const out: Facet[] = [];
  for (const value of values) {
    for (const part of value.split(',')) {
      const v = part.trim().toLowerCase();
      if (!v) continue;
      const facet = FACETS.find((f) => f === v) ?? FACET_ALIASES[v];
      if (!facet) {
        const close = closeMatches(v, FACETS.map((f) => ({ key: f, label: f })), 2);
        const hint = close.length ? `did you mean ${close.join(' or ')}? ` : '';
        throw new FilterError(flag, `${flag}: '${part.trim()}' is not a facet (${hint}accepts ${FACETS.join(', ')}; a comma list crosses them)`);
      }
      if (!out.includes(facet)) out.push(facet);
    }
  }
  return out;
}

/** A value's identity for counting: topics compare without case. */
function keyOf(facet: Facet, v: FacetValue): string {
  if (v === null) return '\u0000null';
  return facet === 'topic' ? String(v).trim().toLowerCase() : `${typeof v}:${v}`;
}

function valuesOf(r: QuarryRecord, facet: Facet): FacetValue[] {
  switch (facet) {
    case 'type':
      return [r.type];
    case 'speaker':
      return [r.speaker];
    case 'year':
      return [r.year];
    case 'doc':
      return [r.doc];
    case 'topic': {
      const seen = new Set<string>();
      const out: FacetValue[] = [];
      for (const t of r.topics) {
        const k = keyOf('topic', t);
        if (!t.trim() || seen.has(k)) continue;
        seen.add(k);
        out.push(t.trim());
      }
      return out.length ? out : [null];
    }
    case 'mentions':
      return r.years.length ? [...new Set(r.years)] : [null];
  }
}

export interface ValueCount {
  value: FacetValue;
  count: number;
}

export interface FacetRow {
  /** one value per facet of `by`, in that order */
  values: FacetValue[];
  count: number;
}

export interface FacetCounts {
  by: Facet[];
  /** the number of records counted */
  total: number;
  /** every combination of values that occurs, with its count, ordered facet by facet */
  rows: FacetRow[];
  /** per facet of `by`: each value's own count (the margins of a cross table), in display order */
  values: ValueCount[][];
}

export interface CountOptions {
  /** document ids in corpus order: the order of the `doc` facet */
  docOrder?: readonly string[];
}

interface Tally {
  label: FacetValue;
  count: number;
  /** spellings seen (topics), to label a value by its most common one */
  spellings?: Map<string, number>;
}

/**
 * Count records by one or more facets. With no facet, `by` is `['type']`.
 * Order of values: type as qa, quote, claim; year and mentions ascending;
 * doc in corpus order; speaker and topic by count, most first, then by name;
 * null (no value) always last.
 */
export function countFacets(records: readonly QuarryRecord[], by: readonly Facet[], opts: CountOptions = {}): FacetCounts {
  const facets: Facet[] = by.length ? [...by] : ['type'];
  const margins: Map<string, Tally>[] = facets.map(() => new Map());
  const combos = new Map<string, { keys: string[]; count: number }>();

  for (const r of records) {
    const perFacet = facets.map((f, i) => {
      const vals = valuesOf(r, f);
      const keys: string[] = [];
      for (const v of vals) {
        const k = keyOf(f, v);
        keys.push(k);
        let t = margins[i]!.get(k);
        if (!t) {
          t = { label: v, count: 0 };
          margins[i]!.set(k, t);
        }
        t.count++;
        if (f === 'topic' && typeof v === 'string') {
          t.spellings ??= new Map();
          t.spellings.set(v, (t.spellings.get(v) ?? 0) + 1);
        }
      }
      return keys;
    });
    // every combination of this record's values
    let partial: string[][] = [[]];
    for (const keys of perFacet) partial = partial.flatMap((p) => keys.map((k) => [...p, k]));
    for (const keys of partial) {
      const id = keys.join('\u0001');
      const c = combos.get(id);
      if (c) c.count++;
      else combos.set(id, { keys, count: 1 });
    }
  }

  // Labels: a topic by its most common spelling (first seen on a tie).
  for (const m of margins) {
    for (const t of m.values()) {
      if (!t.spellings) continue;
      let best: [string, number] | null = null;
      for (const e of t.spellings) if (!best || e[1] > best[1]) best = e;
      if (best) t.label = best[0];
    }
  }

  const docRank = new Map((opts.docOrder ?? []).map((d, i) => [d, i]));
  const typeRank = (v: FacetValue) => RECORD_TYPES.indexOf(v as RecordType);
  const rankers = facets.map((f, i) => {
    const m = margins[i]!;
    const entries = [...m.entries()];
    entries.sort(([, a], [, b]) => {
      if (a.label === null || b.label === null) return a.label === null ? (b.label === null ? 0 : 1) : -1;
      switch (f) {
        case 'type':
          return typeRank(a.label) - typeRank(b.label);
        case 'year':
        case 'mentions':
          return Number(a.label) - Number(b.label);
        case 'doc': {
          const ra = docRank.get(String(a.label));
          const rb = docRank.get(String(b.label));
          if (ra !== undefined && rb !== undefined) return ra - rb;
          if (ra !== undefined || rb !== undefined) return ra !== undefined ? -1 : 1;
          return String(a.label).localeCompare(String(b.label));
        }
        default:
          return b.count - a.count || String(a.label).localeCompare(String(b.label));
      }
    });
    return new Map(entries.map(([k], rank) => [k, rank]));
  });

  const rows: FacetRow[] = [...combos.values()]
    .sort((a, b) => {
      for (let i = 0; i < facets.length; i++) {
        const d = (rankers[i]!.get(a.keys[i]!) ?? 0) - (rankers[i]!.get(b.keys[i]!) ?? 0);
        if (d) return d;
      }
      return 0;
    })
    .map((c) => ({ values: c.keys.map((k, i) => margins[i]!.get(k)!.label), count: c.count }));

  const values = facets.map((_, i) =>
    [...margins[i]!.entries()]
      .sort(([a], [b]) => (rankers[i]!.get(a) ?? 0) - (rankers[i]!.get(b) ?? 0))
      .map(([, t]) => ({ value: t.label, count: t.count })),
  );

  return { by: facets, total: records.length, rows, values };
}

// ---------------------------------------------------------------- speakers

export interface SpeakerSummary {
  name: string;
  /** a canonical speaker of the registry (speakers.yml or front matter); false: a name or description only the text gives */
  registered: boolean;
  /** the other names the registry knows for this speaker */
  aliases: string[];
  /** records this speaker said, by type */
  counts: Record<RecordType, number>;
  /** qa records this speaker asked */
  asked: number;
  total: number;
  /** documents the speaker's records (said or asked) come from, in corpus order */
  docs: string[];
}

/**
 * Every speaker of the given records, registered speakers first, each group
 * by records said (most first), then records asked, then name. With `includeSilent`, the
 * registry's speakers who have no record here are listed too (with zero counts).
 */
export function summarizeSpeakers(
  records: readonly QuarryRecord[],
  registry: SpeakerRegistry,
  opts: { includeSilent?: boolean; docOrder?: readonly string[] } = {},
): SpeakerSummary[] {
  const registered = new Set(registry.names());
  const byName = new Map<string, SpeakerSummary & { docSet: Set<string> }>();
  const get = (name: string) => {
    let s = byName.get(name);
    if (!s) {
      const isReg = registered.has(name);
      s = {
        name,
        registered: isReg,
        aliases: isReg ? registry.aliasesOf(name) : [],
        counts: { qa: 0, quote: 0, claim: 0 },
        asked: 0,
        total: 0,
        docs: [],
        docSet: new Set(),
      };
      byName.set(name, s);
    }
    return s;
  };
  if (opts.includeSilent) for (const n of registered) get(n);
  for (const r of records) {
    if (r.speaker) {
      const s = get(r.speaker);
      s.counts[r.type]++;
      s.total++;
      s.docSet.add(r.doc);
    }
    if (r.type === 'qa' && r.asker) {
      const name = registry.resolve(r.asker) ?? r.asker;
      const s = get(name);
      s.asked++;
      s.docSet.add(r.doc);
    }
  }
  const docRank = new Map((opts.docOrder ?? []).map((d, i) => [d, i]));
  const rank = (d: string) => docRank.get(d) ?? Number.MAX_SAFE_INTEGER;
  return [...byName.values()]
    .sort((a, b) => Number(b.registered) - Number(a.registered) || b.total - a.total || b.asked - a.asked || a.name.localeCompare(b.name))
    .map(({ docSet, ...s }) => ({ ...s, docs: [...docSet].sort((x, y) => rank(x) - rank(y) || x.localeCompare(y)) }));
}
