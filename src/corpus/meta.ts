// Typed document metadata read from parsed front matter (see frontmatter.ts).
// Every problem is reported, never thrown: the caller decides what an error
// means for the corpus. Unknown keys are ignored.
import type { DocumentFormat, DocumentMeta } from '../model/corpus.js';

// Re-exported for code written before the types moved to model/corpus.ts.
export type { DocumentFormat, DocumentMeta } from '../model/corpus.js';

export interface MetaProblem {
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

/** Where a key's line is not known (parsed data keeps no positions), problems point at the front matter's first line. */
const FIRST_LINE = 1;

type StringKey = 'publisher' | 'url' | 'dateNote' | 'host' | 'interviewer' | 'author';
const STRING_KEYS: readonly StringKey[] = ['publisher', 'url', 'dateNote', 'host', 'interviewer', 'author'];

/** A short, one-line description of a value for messages: 'banana', 7, a list. */
function describe(value: unknown): string {
  if (typeof value === 'string') {
    const oneLine = value.replace(/\s+/g, ' ');
    return `'${oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine}'`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString()}`;
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}

/** Numbers and booleans are usually meant as text: say how to keep them so. */
function quoteHint(value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean' ? ' (put it in quotes to keep it as text)' : '';
}

function own(data: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCFullYear(year); // Date.UTC maps years 0..99 to 1900..1999
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
/**
 * 2021-03-29, with an optional time and zone as YAML writes a timestamp
 * ("2021-03-29T10:00:00Z", "2024-01-01T00:30:00+10:00", "2021-03-29 10:00"),
 * or 2021/3/29, 2021.03.29. The date is the calendar date as written: the
 * zone says where the clock was, not another day.
 */
const YEAR_FIRST_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[Tt ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?: ?(?:Z|[+-]\d{1,2}(?::?\d{2})?|[A-Z]{1,5}))?)?$/;
/** "March 29, 2021", "Monday, Mar. 29th 2021" */
const MONTH_FIRST_RE = new RegExp(String.raw`^${WEEKDAY}${MONTH}\s+${DAY},?\s+(\d{4})$`, 'i');
/** "29 March 2021", "29th of March, 2021" */
const DAY_FIRST_RE = new RegExp(String.raw`^${WEEKDAY}${DAY}\s+(?:of\s+)?${MONTH},?\s+(\d{4})$`, 'i');
/** 03.04.2022: dotted numeric dates are day first wherever they are written (Germany, Austria, Switzerland, the Netherlands, the Nordics, Russia…) */
const DOTTED_DAY_FIRST_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
/** 03.04.22: day first, but which century? */
const DOTTED_SHORT_YEAR_RE = /^\d{1,2}\.\d{1,2}\.\d{2}$/;
/** "March 2021", "2024-03" (ISO year and month), "03/2024": a year, and no day to date it by */
const MONTH_YEAR_RE = new RegExp(String.raw`^${MONTH},?\s+(\d{4})$`, 'i');
const ISO_YEAR_MONTH_RE = /^(\d{4})[-/.](\d{1,2})$/;
const MONTH_NUMBER_YEAR_RE = /^(\d{1,2})[-/.](\d{4})$/;
/**
 * A part of one year: "Spring 2019", "Summer of 2019", "Q1 2024", "2024-Q1",
 * "H2 2023", "early 2019", "mid-2019": the year alone.
 */
const PART_OF_YEAR_RE =
  /^(?:(?:early|mid|late)[- ]?)?(?:(?:spring|summer|autumn|fall|winter)(?: of)?,? )?(\d{4})$|^(?:q[1-4]|[1-4]q|h[12])[ /-]?(\d{4})$|^(\d{4})[ /-]?(?:q[1-4]|h[12])$/i;
/** "2019-2020", "2019–20", "2019/20": a span of years, so no one year */
const YEAR_SPAN_RE = /^(\d{4}) ?[-–—/] ?(\d{4}|\d{2})$/;
/** 29/03/2021, 3-29-2021: day and month cannot be told apart in general */
const NUMERIC_AMBIGUOUS_RE = /^\d{1,2}[-/]\d{1,2}[-/]\d{2,4}$/;

function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function calendarDate(year: number, month: number, day: number): string | null {
  return isRealDate(year, month, day) ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : null;
}

/**
 * A front-matter date: a string an analyst would write, ISO or with the
 * month in words, or dotted day first (03.04.2022, as Germany and the Nordics
 * write it), or a Date (from a caller's own data: its UTC parts). The front
 * matter reader keeps YAML timestamps as written, so
 * `2024-01-01T00:30:00+10:00` is 1 January 2024 and not its UTC day. A month
 * and year ("March 2021", "2024-03"), a part of a year ("Spring 2019",
 * "Q1 2024") or a bare year gives the year alone; a span of years
 * ("2019-2020") gives neither, with a warning. Numeric dates with slashes or
 * dashes that do not start with the year (29/03/2021) are refused: whether
 * 03/04 is March or April cannot be known, and a wrong date is worse than an
 * error.
 */
type ReadDate = { date: string; year: number } | { date: null; year: number; approximate?: true; ambiguous?: string } | { span: [number, number] } | { decade: number } | { error: string };

function readDate(value: unknown): ReadDate {
  const refused = { error: `date must be a calendar date (2021-03-29, 29 March 2021 or March 29, 2021), got ${describe(value)}` };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return refused;
    const y = value.getUTCFullYear();
    if (y < 0 || y > 9999) return refused;
    return { date: `${pad(y, 4)}-${pad(value.getUTCMonth() + 1, 2)}-${pad(value.getUTCDate(), 2)}`, year: y };
  }
  if (typeof value === 'number') {
    const year = readYear(value);
    return year === null ? refused : { date: null, year };
  }
  if (typeof value !== 'string') return refused;
  const text = value.trim().replace(/\s+/g, ' ');
  const yearAlone = (y: string): ReadDate => {
    const year = readYear(y);
    return year === null ? refused : { date: null, year };
  };
  const calendar = (y: string, mo: number, d: string): ReadDate => {
    const date = calendarDate(Number(y), mo, Number(d));
    return date === null ? refused : { date, year: Number(y) };
  };
  let m: RegExpExecArray | null;
  if ((m = YEAR_FIRST_RE.exec(text))) return calendar(m[1]!, Number(m[2]), m[3]!);
  if ((m = MONTH_FIRST_RE.exec(text))) return calendar(m[3]!, monthNumber(m[1]!), m[2]!);
  if ((m = DAY_FIRST_RE.exec(text))) return calendar(m[3]!, monthNumber(m[2]!), m[1]!);
  if ((m = DOTTED_DAY_FIRST_RE.exec(text))) return calendar(m[3]!, Number(m[2]), m[1]!);
  if (DOTTED_SHORT_YEAR_RE.test(text)) {
    return { error: `date ${describe(value)} has a two-digit year: write the year in full (29.03.2021, day first) or 2021-03-29` };
  }
  if ((m = MONTH_YEAR_RE.exec(text))) return yearAlone(m[2]!);
  const validMonth = (mo: string) => Number(mo) >= 1 && Number(mo) <= 12;
  if ((m = ISO_YEAR_MONTH_RE.exec(text)) && validMonth(m[2]!)) return yearAlone(m[1]!);
  if ((m = MONTH_NUMBER_YEAR_RE.exec(text)) && validMonth(m[1]!)) return yearAlone(m[2]!);
  if ((m = PART_OF_YEAR_RE.exec(text))) return yearAlone((m[1] ?? m[2] ?? m[3])!);
  if ((m = YEAR_SPAN_RE.exec(text))) {
    const from = readYear(m[1]);
    // "2019-20": the second year written short, in the first one's century
    const to = readYear(m[2]!.length === 2 ? m[1]!.slice(0, 2) + m[2] : m[2]);
    if (from !== null && to !== null && to > from) return { span: [from, to] };
  }
  if (NUMERIC_AMBIGUOUS_RE.test(text)) {
    const message = `date ${describe(value)} is ambiguous (day/month or month/day?): write it as 2021-03-29 or 29 March 2021`;
    // "12/03/2024": the day is unclear, the year is not; the document is filed under it, with the warning.
    const year = /\/|-/.test(text) ? readYear(text.split(/[-/]/)[2]!) : null;
    return year === null ? { error: message } : { date: null, year, ambiguous: `${message}; filed under ${year} alone` };
  }
  return readApproximateDate(text) ?? refused;
}

/** "circa 1985", "c. 1985", "about 1985", "~1985": a date given as near, not at. */
const APPROXIMATE_RE = /^(?:circa|ca?\.|approx(?:\.|imately)?|about|around|roughly|~)\s*(\S.*)$/i;
/** "Winter 2019-2020", "late 2019/20": a part of a span of years (a season across the new year). */
const SPAN_PART_RE = /^(?:(?:early|mid|late)[- ]?)?(?:(?:spring|summer|autumn|fall|winter)(?: of)?,? )?(\d{4} ?[-–—/] ?(?:\d{4}|\d{2}))$/i;
/** "1990s", "the 1980's", "early 1970s": a decade. */
const DECADE_RE = /^(?:the )?(?:(?:early|mid|late)[- ]?)?(\d{3}0)['’]?s$/i;

/**
 * A date written as approximate: "circa 1985" is the year 1985; "Winter
 * 2019-2020" a span of years, as "2019-2020" is; a decade ("1990s") no year
 * at all. Null for anything else. The loader keeps the words as the dateNote.
 */
function readApproximateDate(text: string): ReadDate | null {
  let m: RegExpExecArray | null;
  if ((m = APPROXIMATE_RE.exec(text))) {
    const inner = readDate(m[1]!);
    if ('error' in inner || 'decade' in inner) return inner;
    if ('span' in inner) return inner;
    return { date: null, year: inner.year, approximate: true };
  }
  if ((m = SPAN_PART_RE.exec(text)) && m[1] !== text) {
    const inner = readDate(m[1]!);
    return 'span' in inner ? inner : null;
  }
  if ((m = DECADE_RE.exec(text))) return { decade: Number(m[1]) };
  return null;
}

/** A date written in text (a table's date cell): its calendar date, or its year alone; null for anything else. */
export function readDateText(text: string): { date: string | null; year: number } | null {
  const read = readDate(text);
  return 'error' in read || 'span' in read || 'decade' in read ? null : read;
}

function readYear(value: unknown): number | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1000 && value <= 9999 ? value : null;
  }
  if (typeof value === 'string' && /^\d{4}$/.test(value.trim())) {
    const n = Number(value.trim());
    return n >= 1000 ? n : null;
  }
  return null;
}

/**
 * `formats` is the list of shape names `format:` may take (the parse stage
 * owns it); null accepts any name. `keyLines` gives the file line of each
 * top-level key (parseFrontMatter's), so a problem points at its key's line:
 * that is where the reader opens the file to fix it.
 */
export function readMeta(
  data: Record<string, unknown>,
  fallbackTitle: string,
  formats: readonly string[] | null = null,
  keyLines: Readonly<Record<string, number>> = {},
): { meta: DocumentMeta; problems: MetaProblem[] } {
  const problems: MetaProblem[] = [];
  const lineOf = (key: string): number => (Object.prototype.hasOwnProperty.call(keyLines, key) ? keyLines[key]! : FIRST_LINE);
  const error = (message: string, key: string): void => {
    problems.push({ line: lineOf(key), severity: 'error', message });
  };

  // title: optional (the loader infers one from the text or the file name), but never of the wrong type
  let title = fallbackTitle;
  const rawTitle = own(data, 'title');
  if (typeof rawTitle === 'string' && rawTitle.trim() !== '') {
    title = rawTitle.trim();
  } else if (rawTitle === undefined || rawTitle === null || typeof rawTitle === 'string') {
    // left to the loader
  } else {
    error(`front matter lacks a title: title must be a non-empty string, got ${describe(rawTitle)}${quoteHint(rawTitle)}`, 'title');
  }

  // plain string keys
  const strings: Record<StringKey, string | null> = {
    publisher: null,
    url: null,
    dateNote: null,
    host: null,
    interviewer: null,
    author: null,
  };
  for (const key of STRING_KEYS) {
    const value = own(data, key);
    if (value === undefined || value === null) continue;
    if (typeof value === 'string') {
      const trimmed = value.trim();
      strings[key] = trimmed === '' ? null : trimmed;
    } else if (key !== 'url' && key !== 'dateNote' && isNamedEntry(value)) {
      // A person or an outlet written as a mapping, as Hugo, Jekyll and Astro themes do
      // (`author: { name: Ann Cole, twitter: "@ann" }`): its name; the other keys are ignored.
      strings[key] = value.name.trim();
    } else {
      error(`${key} must be a string, got ${describe(value)}${quoteHint(value)}`, key);
    }
  }

  // date
  let date: string | null = null;
  let yearOfDate: number | null = null;
  let span: [number, number] | null = null;
  // "published:" is a blog's name for the date.
  const dateKey = own(data, 'date') !== undefined && own(data, 'date') !== null ? 'date' : 'published';
  const rawDate = own(data, dateKey);
  // A date that is not a calendar day keeps its words as the note on the date ("circa 1985").
  const noteTheDate = (): void => {
    if (strings.dateNote === null && typeof rawDate === 'string' && rawDate.trim() !== '') strings.dateNote = rawDate.trim().replace(/\s+/g, ' ');
  };
  if (rawDate !== undefined && rawDate !== null) {
    const read = readDate(rawDate);
    // A date that cannot be read is a warning, never a reason to drop the document's text.
    if ('error' in read) {
      problems.push({ line: lineOf(dateKey), severity: 'warning', message: read.error });
      noteTheDate();
    } else if ('span' in read) {
      span = read.span;
      noteTheDate();
    } else if ('decade' in read) {
      noteTheDate();
      if (own(data, 'year') === undefined || own(data, 'year') === null) {
        problems.push({
          line: lineOf(dateKey),
          severity: 'warning',
          message: `date ${describe(rawDate)} is a decade: the document has no year (add year: ${read.decade}, or any year of the decade, to file it under one)`,
        });
      }
    } else {
      [date, yearOfDate] = [read.date, read.year];
      if ('approximate' in read) noteTheDate();
      if ('ambiguous' in read && read.ambiguous) {
        problems.push({ line: lineOf(dateKey), severity: 'warning', message: read.ambiguous });
        noteTheDate();
      }
    }
  }

  // year
  let year: number | null = null;
  const rawYear = own(data, 'year');
  if (rawYear !== undefined && rawYear !== null) {
    year = readYear(rawYear);
    if (year === null) error(`year must be a whole number from 1000 to 9999, got ${describe(rawYear)}`, 'year');
  }
  if (yearOfDate !== null) {
    if (year !== null && year !== yearOfDate) {
      error(`year ${year} disagrees with date ${date ?? yearOfDate}: year must match the date's year or be left out`, 'year');
    }
    year = yearOfDate;
  }
  if (span !== null) {
    // A span of years (an oral history recorded over two) is a date, not a mistake: the document
    // loads, filed under no year unless `year:` names one inside the span.
    const [from, to] = span;
    if (year !== null && (year < from || year > to)) {
      error(`year ${year} disagrees with date ${describe(rawDate)}: year must lie within the date's years or be left out`, 'year');
    } else if (year === null && rawYear === undefined) {
      problems.push({
        line: lineOf(dateKey),
        severity: 'warning',
        message: `date ${describe(rawDate)} spans the years ${from} to ${to}: the document has no year (add year: ${from}, or any year of the span, to file it under one)`,
      });
    }
  }

  // A notes app's "created:" (Obsidian, Dataview) where nothing else dates the note: the day the
  // note was written is the record's date. Read quietly: a key of the app's, not a promise of ours.
  let createdFrom: string | null = null;
  if (date === null && year === null && span === null && (rawDate === undefined || rawDate === null) && (rawYear === undefined || rawYear === null)) {
    const key = CREATED_KEYS.find((k) => own(data, k) !== undefined && own(data, k) !== null);
    const raw = key ? own(data, key) : undefined;
    // "2024-02-11T10:22", "2024-02-11 10:22": the day before the time.
    const value = typeof raw === 'string' ? (/^\s*(\d{4}-\d{2}-\d{2})(?:[T\s]\d|$)/.exec(raw)?.[1] ?? raw) : raw;
    const read = key ? readDate(value) : null;
    if (read && 'date' in read && read.date !== null) {
      [date, year] = [read.date, read.year];
      createdFrom = `the ${key} field (line ${lineOf(key!)})`;
    }
  }

  // speakers
  let speakers: string[] = [];
  const aliasLabels: Record<string, string> = {};
  const speakerAliases: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  // A podcast's front matter often says "guests:" (or "guest:") for who it features.
  const speakersKey = ['speakers', 'guests', 'guest'].find((k) => own(data, k) !== undefined && own(data, k) !== null) ?? 'speakers';
  const rawSpeakers = own(data, speakersKey);
  if (typeof rawSpeakers === 'string') {
    if (rawSpeakers.trim() === '') error("speakers must be a list of names, got ''", speakersKey);
    else speakers = namesInOneField(rawSpeakers.trim());
  } else if (Array.isArray(rawSpeakers)) {
    rawSpeakers.forEach((entry: unknown, i) => {
      if (typeof entry === 'string' && entry.trim() !== '') speakers.push(entry.trim());
      else if (isNamedEntry(entry)) {
        // "- name: Dr. Amara Nwosu / aliases: [Amara, Nwosu]", as speakers.yml writes a person:
        // the aliases are labels that name them.
        const name = entry.name.trim();
        speakers.push(name);
        const aliases = entry.aliases ?? [];
        if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string' && a.trim() !== '')) error(`speakers: the aliases of '${name}' must be a list of names, got ${describe(aliases)}`, speakersKey);
        else {
          for (const a of aliases as string[]) aliasLabels[a.trim()] = name;
          if (aliases.length) (speakerAliases[name] ??= []).push(...(aliases as string[]).map((a) => a.trim()));
        }
      } else error(`speakers must be a list of names (or of { name, aliases } entries), entry ${i + 1} is ${describe(entry)}`, speakersKey);
    });
  } else if (rawSpeakers !== undefined && rawSpeakers !== null) {
    error(`speakers must be a list of names, got ${describe(rawSpeakers)}`, speakersKey);
  }

  // format
  let format: DocumentFormat | null = null;
  const rawFormat = own(data, 'format');
  if (rawFormat !== undefined && rawFormat !== null) {
    const normal = typeof rawFormat === 'string' ? rawFormat.trim().toLowerCase() : null;
    const match = normal && (formats === null || formats.includes(normal)) ? normal : undefined;
    if (match !== undefined) format = match;
    else error(`format must be one of ${(formats ?? ['a shape name']).join(', ')}, got ${describe(rawFormat)}`, 'format');
  }

  // labels: a map from a transcript's label to the speaker's name
  const labels: Record<string, string> = {};
  const rawLabels = own(data, 'labels');
  if (rawLabels !== undefined && rawLabels !== null) {
    if (typeof rawLabels !== 'object' || Array.isArray(rawLabels) || rawLabels instanceof Date) {
      error(`labels must be a mapping from a label to a name ("Speaker 1": Ann Cole), got ${describe(rawLabels)}`, 'labels');
    } else {
      for (const [label, name] of Object.entries(rawLabels as Record<string, unknown>)) {
        if (typeof name === 'string' && name.trim() !== '') labels[label.trim()] = name.trim();
        else error(`labels: '${label}' must map to a name, got ${describe(name)}${quoteHint(name)}`, 'labels');
      }
    }
  }

  // A label given in `labels` wins over a speaker's alias of the same spelling.
  for (const [alias, name] of Object.entries(aliasLabels)) if (!(alias in labels)) labels[alias] = name;

  return {
    meta: {
      title,
      publisher: strings.publisher,
      url: strings.url,
      date,
      year,
      dateNote: strings.dateNote,
      host: strings.host,
      interviewer: strings.interviewer,
      author: strings.author,
      speakers,
      format,
      labels,
      ...(Object.keys(speakerAliases).length ? { aliases: speakerAliases } : {}),
      inferred: createdFrom ? { date: createdFrom } : {},
    },
    problems,
  };
}

/** Where a notes app keeps the day a note was made. */
const CREATED_KEYS = ['created', 'date created', 'created_at', 'Created'];

/** A speakers entry written as a mapping: `{ name: Ann Cole, aliases: [Ann] }`; its other keys (`role: CEO`) are ignored, as unknown keys are. */
function isNamedEntry(entry: unknown): entry is { name: string; aliases?: unknown } {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry) || entry instanceof Date) return false;
  const e = entry as Record<string, unknown>;
  return typeof e.name === 'string' && e.name.trim() !== '';
}

/**
 * A hand-written front matter's list of people typed as one line: "guests: Ana Ribeiro-Holt, Tomasz
 * Wierzbicki" (or "… and …", "… & …", "…; …") is two people, as "[Ana Ribeiro-Holt, Tomasz Wierzbicki]"
 * is. Only where every part is a name (capitalised words, each with a small letter: "Jane Doe, CEO"
 * is one person and her role) and there are two parts or more; else the value is one name as written.
 */
const ONE_NAME = /^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’.-]*){0,3}$/u;
function namesInOneField(value: string): string[] {
  if (value.length > 300) return [value];
  const parts = value.split(/\s*[,;&]\s*|\s+and\s+/).map((p) => p.trim());
  return parts.length >= 2 && parts.every((p) => ONE_NAME.test(p)) ? parts : [value];
}
