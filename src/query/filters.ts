/**
 * Filters shared by `search` and `list`: record types, speakers, the year a
 * record was said, the years it mentions, documents and topics. The parse and
 * resolve functions turn command-line values into a `Filters` value or throw a
 * `FilterError` whose message is one line naming the flag and what it accepts.
 */
import { RECORD_TYPES, type QuarryRecord, type RecordType } from '../model/record.js';
import { nameKey, type SpeakerRegistry } from '../model/speakers.js';
import { closeMatches, type Candidate } from './distance.js';

/** Inclusive; null = open on that side. */
export interface YearRange {
  from: number | null;
  to: number | null;
}

export interface Filters {
  types?: RecordType[];
  /** canonical speakers (as `resolveSpeakers` returns them): exact equality */
  speakers?: string[];
  /** the year the record was said or published: `record.year` in any range */
  years?: YearRange[];
  /** any year the record mentions (`record.years`) in any range */
  mentions?: YearRange[];
  docs?: string[];
  /** case-insensitive equality with any of `record.topics` */
  topics?: string[];
}

export class FilterError extends Error {
  constructor(
    readonly flag: string,
    message: string,
  ) {
    super(message);
    this.name = 'FilterError';
  }
}

const YEAR_FORMS = 'accepts 2021, 2017..2019, 2020.., ..2019';
const YEAR_RE = /^\d{4}$/;

/** "2021", "2017..2019", "2020.." or "..2019". */
export function parseYearRange(flag: string, value: string): YearRange {
  const v = value.trim();
  const bad = (why: string): FilterError => new FilterError(flag, `${flag}: '${value}' ${why} (${YEAR_FORMS})`);
  if (YEAR_RE.test(v)) {
    const y = Number(v);
    return { from: y, to: y };
  }
  const m = /^(\d*)\.\.(\d*)$/.exec(v);
  if (!m) throw bad('is not a year or range');
  const [, a = '', b = ''] = m;
  if (!a && !b) throw bad('is an open range on both sides');
  if ((a && !YEAR_RE.test(a)) || (b && !YEAR_RE.test(b))) throw bad('is not a year or range');
  const from = a ? Number(a) : null;
  const to = b ? Number(b) : null;
  if (from !== null && to !== null && from > to) throw bad('is a reversed range');
  return { from, to };
}

/** A positive whole number. */
export function parseLimit(flag: string, value: string): number {
  const v = value.trim();
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < 1) {
    throw new FilterError(flag, `${flag}: '${value}' is not a positive whole number (accepts 1, 2, 3, …)`);
  }
  return n;
}

/** Record types, each value possibly a comma-separated list; case-insensitive; each type once. */
export function parseTypes(flag: string, values: string[]): RecordType[] {
  const out: RecordType[] = [];
  for (const value of values) {
    for (const part of value.split(',')) {
      const t = part.trim().toLowerCase();
      if (!t) continue;
      const type = RECORD_TYPES.find((k) => k === t);
      if (!type) throw new FilterError(flag, `${flag}: '${part.trim()}' is not a record type (accepts ${RECORD_TYPES.join(', ')})`);
      if (!out.includes(type)) out.push(type);
    }
  }
  return out;
}

function quoteList(names: string[]): string {
  return names.join(', ');
}

/**
 * Each name → the speaker value records carry: through the registry (any
 * alias, any case, either order of a two-word name), or a speaker value found
 * in the records, compared case- and punctuation-insensitively ("a product
 * manager"), an organisation's article optional ("met office" is "the Met
 * Office"). Unknown → FilterError with up to 5 close names.
 */
export function resolveSpeakers(flag: string, names: string[], registry: SpeakerRegistry, records: ReadonlyArray<Pick<QuarryRecord, 'speaker'>>): string[] {
  const recordSpeakers = new Map<string, string>();
  for (const r of records) {
    if (!r.speaker) continue;
    const key = nameKey(r.speaker);
    if (key && !recordSpeakers.has(key)) recordSpeakers.set(key, r.speaker);
    // "met office" finds "the Met Office" (an organisation the text names with its article)
    if (key.startsWith('the ') && /^the \p{Lu}/u.test(r.speaker) && !recordSpeakers.has(key.slice(4))) recordSpeakers.set(key.slice(4), r.speaker);
  }
  const out: string[] = [];
  for (const name of names) {
    if (!name.trim()) throw new FilterError(flag, `${flag}: needs a speaker name`);
    const canonical = registry.resolve(name) ?? recordSpeakers.get(nameKey(name)) ?? onlyPersonNamed(name, registry, recordSpeakers);
    if (canonical === null) {
      const key = nameKey(name);
      const candidates: Candidate[] = [];
      for (const c of registry.names()) {
        for (const form of [c, ...registry.aliasesOf(c)]) {
          const k = nameKey(form);
          candidates.push({ key: k, label: c });
          const parts = k.split(' ');
          if (parts.length === 2) candidates.push({ key: `${parts[1]} ${parts[0]}`, label: c });
        }
      }
      for (const [k, value] of recordSpeakers) candidates.push({ key: k, label: registry.resolve(value) ?? value });
      const close = closeMatches(key, candidates);
      const hint = close.length ? ` (did you mean: ${quoteList(close)}?)` : '';
      throw new FilterError(flag, `${flag}: no speaker '${name}'${hint}`);
    }
    if (!out.includes(canonical)) out.push(canonical);
  }
  return out;
}

/**
 * One word ("maria", "okafor") that is the first name or surname of exactly one person among the
 * speakers: that person, as a transcript label "Maria:" is read. Two people sharing it, or a word
 * of a description ("a product manager"), match nothing (the caller suggests names instead).
 */
function onlyPersonNamed(name: string, registry: SpeakerRegistry, recordSpeakers: Map<string, string>): string | null {
  const key = nameKey(name);
  if (!key || key.includes(' ')) return null;
  const found = new Set<string>();
  const persons = [...registry.names().flatMap((n) => [n, ...registry.aliasesOf(n)]), ...recordSpeakers.values()].filter((n) => PERSON_NAME.test(n));
  for (const person of persons) if (nameKey(person).split(' ').includes(key)) found.add(registry.resolve(person) ?? person);
  return found.size === 1 ? [...found][0]! : null;
}
/** Two to four capitalised words: a person's name, not a description of a speaker. */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * A document glob as a regular expression over whole ids: `*` and `?` stay
 * within one folder, `**` crosses folders (`2021/**` is everything under
 * 2021/; `**` followed by `/ftx*` is an ftx document at any depth).
 * Matched without case.
 */
export function docGlob(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      // "**/" matches no folder too
      if (pattern[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

const isGlob = (s: string) => /[*?]/.test(s);

/**
 * Document ids from --doc values. Each value is an id (exactly or in any
 * case, with or without its `.md`/`.txt` extension), a folder (`2021/` or
 * `2021`: every document under it) or a glob (`2021/cnn/ftx*`, `2021/**`; see docGlob).
 */
export function resolveDocs(flag: string, ids: string[], knownDocIds: string[]): string[] {
  const out: string[] = [];
  const add = (id: string) => {
    if (!out.includes(id)) out.push(id);
  };
  for (const id of ids) {
    const v = id.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    const bare = v.replace(/\.(?:txt|md)$/i, '');
    const found =
      knownDocIds.find((k) => k === v) ?? knownDocIds.find((k) => k === bare) ?? knownDocIds.find((k) => k.toLowerCase() === bare.toLowerCase());
    if (found !== undefined) {
      add(found);
      continue;
    }
    let matched: string[] = [];
    if (isGlob(v)) {
      const re = docGlob(bare);
      matched = knownDocIds.filter((k) => re.test(k));
    } else if (v !== '') {
      const folder = (v.endsWith('/') ? v : `${v}/`).toLowerCase();
      matched = knownDocIds.filter((k) => k.toLowerCase().startsWith(folder));
    }
    if (matched.length) {
      for (const k of matched) add(k);
      continue;
    }
    if (isGlob(v)) throw new FilterError(flag, `${flag}: no document matches '${id}'${knownDocIds.length ? '' : ' (the corpus has no documents)'}`);
    const close = closeMatches(
      bare.toLowerCase(),
      knownDocIds.map((k) => ({ key: k.toLowerCase(), label: k })),
    );
    const hint = close.length ? ` (did you mean: ${quoteList(close)}?)` : knownDocIds.length ? '' : ' (the corpus has no documents)';
    throw new FilterError(flag, `${flag}: no document '${id}'${hint}`);
  }
  return out;
}

function inRanges(year: number, ranges: readonly YearRange[]): boolean {
  return ranges.some((g) => (g.from === null || year >= g.from) && (g.to === null || year <= g.to));
}

/** Whether any filter is given: with none, every record passes (matchesFilters) and none need be read to say so. */
export function hasFilters(f: Filters): boolean {
  return !!(f.types?.length || f.speakers?.length || f.years?.length || f.mentions?.length || f.docs?.length || f.topics?.length);
}

/**
 * Whether a record passes every filter given. An absent or empty list is no
 * constraint; within a filter any value may match (OR), across filters all
 * must (AND).
 */
export function matchesFilters(r: QuarryRecord, f: Filters): boolean {
  if (f.types?.length && !f.types.includes(r.type)) return false;
  if (f.speakers?.length && (r.speaker === null || !f.speakers.includes(r.speaker))) return false;
  if (f.years?.length && (r.year === null || !inRanges(r.year, f.years))) return false;
  if (f.mentions?.length && !r.years.some((y) => inRanges(y, f.mentions!))) return false;
  if (f.docs?.length && !f.docs.includes(r.doc)) return false;
  if (f.topics?.length) {
    const wanted = f.topics.map((t) => t.trim().toLowerCase());
    if (!r.topics.some((t) => wanted.includes(t.trim().toLowerCase()))) return false;
  }
  return true;
}
