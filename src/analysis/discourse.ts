/**
 * discourse.ts: records → statements, the unit the analysis commands reason
 * about. A statement is one sentence of a record (of its text, or of a qa
 * record's question: "Binance became #1 crypto exchange after 180 days of its
 * launch in 2017." is the interviewer's claim), or one whole table row.
 *
 * Each statement knows:
 *   - its figures (the record's own figures for the text; figures of the
 *     question are extracted here; plus month-day dates without a year,
 *     which the loader leaves out: "launched BNB on July 14");
 *   - its clauses (split at ";", dashes and an introduced quotation; a table
 *     row's clauses are its cells), so a figure's subject is read from the
 *     words nearest to it;
 *   - the people it is about: names written in it, "I/my" resolved to the
 *     record's speaker, "he/she" to the last person named shortly before;
 *   - its named entities ("Binance TR", "Binance Smart Chain"), read from
 *     capitalisation learned over the whole record set;
 *   - the date it inherits, if any: a paragraph's opening time adverbial
 *     ("In 2013, Bitcoin broke $1,000.") dates the sentences after it, up
 *     to the next dated one ("That was my entry into the crypto space.");
 *   - names its document defined by apposition: after "the platform token
 *     BNB", a later "Platform Token Economic Model" also reads as BNB.
 *
 * Records of one paragraph share a line number; they are read in the order
 * given (the loader's order is reading order).
 *
 * Everything is computed once per call from the records given; nothing is
 * cached between calls and nothing here does I/O.
 */
import { extractFigures, mentionedYears } from '../figures/extract.js';
import { MONTHS, MONTH_NAMES } from '../figures/months.js';
import type { Figure } from '../model/figures.js';
import { escapeRegExp } from '../model/regexp.js';
import type { QuarryRecord } from '../model/record.js';
import type { SpeakerRegistry } from '../model/speakers.js';
import { splitSentences } from '../parse/text.js';
import { words, type Word } from './text.js';

export interface Span {
  start: number;
  end: number;
}

export interface Statement {
  record: QuarryRecord;
  /** which field of the record the sentence comes from */
  field: 'text' | 'question';
  /** the whole field (record.text or record.question): offsets below are into it */
  source: string;
  text: string;
  start: number;
  end: number;
  /** position in its document's reading order (0-based, across records) */
  seq: number;
  /** paragraph number inside the field ("\n" separates paragraphs) */
  paragraph: number;
  /** a table row flattened to cells joined with " — " */
  row: boolean;
  /** clause spans (absolute offsets), in order; a row's cells */
  clauses: Span[];
  /** figures inside the statement, absolute offsets into `source` */
  figures: Figure[];
  /** words with absolute offsets */
  words: Word[];
  /** canonical names of the people the statement is about */
  persons: Set<string>;
  /** named entities, each as its lower-cased words ("binance", "tr") */
  entities: { words: string[]; start: number; end: number }[];
  /** a question states nothing: questions are kept for context only */
  question: boolean;
  /**
   * The date this statement inherits from the paragraph's opening time
   * adverbial: in "In 2013, Bitcoin broke $1,000. … That was my entry into
   * the crypto space." the last sentence is dated 2013 too.
   */
  inherited?: { figure: Figure; from: Statement };
}

export interface Discourse {
  statements: Statement[];
  /** statements of each document in reading order */
  byDoc: Map<string, Statement[]>;
  /** lower-cased words seen capitalised mid-sentence more often than not */
  nameWords: Set<string>;
}

const NOT_NAMES = new Set([...MONTH_NAMES, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'i']);
/** "July 14", "July 14th", "14 July": month and day with no year after them. */
const YEARLESS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${MONTH_NAMES.map(cap).join('|')})\\.?\\s+(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?|(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAMES.map(cap).join('|')}))(?![\\p{L}\\p{N}]|,?\\s*(?:19|20)\\d\\d|[.,:]\\d)`,
  'gu',
);
const FIRST_PERSON = /^(?:i|me|my|mine|myself)$/;
const SECOND_PERSON = /^(?:you|your|yours|yourself)$/;
const THIRD_PERSON = /^(?:he|him|his|himself|she|her|hers|herself)$/;

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A day-month date with no year, as a date figure whose value is ISO 8601's yearless form "--07-14". */
export function yearlessDates(text: string, taken: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(YEARLESS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((f) => f.start < end && start < f.end)) continue;
    const month = MONTHS[(m[1] ?? m[4] ?? '').toLowerCase()];
    const day = Number(m[2] ?? m[3]);
    if (month === undefined || !(day >= 1 && day <= 31)) continue;
    const value = `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    out.push({ kind: 'date', text: m[0], start, end, value, precision: 'day' });
  }
  return out;
}

/** Figures of a field: the record's own for the text, extracted here for a question; plus yearless dates. */
function fieldFigures(record: QuarryRecord, field: 'text' | 'question', source: string): Figure[] {
  let figs: Figure[];
  if (field === 'text') figs = record.figures;
  else {
    const years = mentionedYears(source);
    figs = extractFigures(source, { year: years.length === 1 ? years[0]! : null });
  }
  return [...figs, ...yearlessDates(source, figs)].sort((a, b) => a.start - b.start);
}

/** A table row: at least two " — " cells, one of which is exactly a date. */
function isRow(record: QuarryRecord, figures: Figure[]): boolean {
  if (record.type !== 'claim' || !record.text.includes(' — ')) return false;
  return cells(record.text).some((c) => figures.some((f) => f.kind === 'date' && f.start === c.start && f.end === c.end));
}

function cells(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const part of text.split(' — ')) {
    const lead = part.length - part.trimStart().length;
    out.push({ start: from + lead, end: from + lead + part.trim().length });
    from += part.length + 3;
  }
  return out;
}

/** Clause boundaries: ";", dashes, and a colon that introduces a quotation. */
const CLAUSE_BREAK = /;|\s[—–]\s|—|:\s*(?=[“"‘])/g;

function clausesOf(text: string, offset: number): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index > from) out.push({ start: offset + from, end: offset + m.index });
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push({ start: offset + from, end: offset + text.length });
  return out.length ? out : [{ start: offset, end: offset + text.length }];
}

/** Learn which words are names: seen capitalised away from a sentence start more often than in lower case. */
function learnNameWords(sentences: { text: string; row: boolean }[]): Set<string> {
  const upper = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const s of sentences) {
    const parts = s.row ? s.text.split(' — ') : [s.text];
    for (const part of parts) {
      const ws = words(part);
      ws.forEach((w, i) => {
        const key = w.lower;
        if (/^\p{Lu}/u.test(w.raw)) {
          if (i > 0 && !/[.!?:“"]\s*$/.test(part.slice(ws[i - 1]!.end, w.start))) upper.set(key, (upper.get(key) ?? 0) + 1);
        } else if (/^\p{Ll}/u.test(w.raw)) lower.set(key, (lower.get(key) ?? 0) + 1);
      });
    }
  }
  const names = new Set<string>();
  for (const [w, n] of upper) if (n > (lower.get(w) ?? 0) && !NOT_NAMES.has(w) && /\p{L}/u.test(w)) names.add(w);
  return names;
}

/**
 * Which pronoun each person takes, learned from statements that name exactly
 * one person and use pronouns of one gender only ("Every request … was
 * recorded by CZ in his notebook"). Unknown stays unknown.
 */
function learnGender(items: { names: Set<string>; pronouns: Array<'m' | 'f'> }[]): Map<string, 'm' | 'f'> {
  const votes = new Map<string, { m: number; f: number }>();
  for (const it of items) {
    if (it.names.size !== 1 || !it.pronouns.length) continue;
    const kinds = new Set(it.pronouns);
    if (kinds.size !== 1) continue;
    const name = [...it.names][0]!;
    const v = votes.get(name) ?? { m: 0, f: 0 };
    v[[...kinds][0]!]++;
    votes.set(name, v);
  }
  const out = new Map<string, 'm' | 'f'>();
  for (const [name, v] of votes) if (v.m !== v.f) out.set(name, v.m > v.f ? 'm' : 'f');
  return out;
}

/** Names people go by: the registry's forms if given, the records' speakers, and "Full Name (ABBR)" aliases. */
function personForms(records: QuarryRecord[], registry?: SpeakerRegistry): Map<string, string> {
  const forms = new Map<string, string>();
  const add = (form: string, canonical: string) => {
    const f = form.trim();
    if (f && !forms.has(f)) forms.set(f, canonical);
  };
  if (registry) for (const name of registry.names()) for (const f of [name, ...registry.aliasesOf(name)]) addWithReversal(f, name, add);
  // speakers of what was said (not the authors or publishers of claims) and the people who asked
  for (const r of records) {
    for (const raw of [r.type === 'claim' ? null : r.speaker, r.asker]) {
      const name = registry?.resolve(raw) ?? raw;
      if (name && /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$/u.test(name)) addWithReversal(name, name, add);
    }
  }
  // "Zhao Changpeng (CZ)": a capitalised name followed by a known short form in brackets
  const paren = /(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){1,2})\s*\((\p{Lu}[\p{Lu}\p{L}]{0,5})\)/gu;
  for (const r of records) {
    for (const m of r.text.matchAll(paren)) {
      const full = m[1] ?? '';
      const short = m[2] ?? '';
      const canonical = forms.get(short) ?? forms.get(full);
      if (canonical) {
        add(full, canonical);
        add(short, canonical);
      }
    }
  }
  return forms;
}

function addWithReversal(form: string, canonical: string, add: (f: string, c: string) => void): void {
  add(form, canonical);
  const parts = form.trim().split(/\s+/);
  if (parts.length === 2) add(`${parts[1]} ${parts[0]}`, canonical);
}


/**
 * Build the discourse of a record set: every statement, in each document's
 * reading order, with figures, clauses, people and entities.
 */
export function buildDiscourse(records: QuarryRecord[], registry?: SpeakerRegistry): Discourse {
  // document order; records of one paragraph share a line, so ties keep the order they were given in
  const sorted = records
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.doc < b.r.doc ? -1 : a.r.doc > b.r.doc ? 1 : a.r.line - b.r.line || a.i - b.i))
    .map((x) => x.r);
  /** a statement before its reading order, clauses, words and people are known */
  type Raw = Pick<Statement, 'record' | 'field' | 'source' | 'text' | 'start' | 'end' | 'paragraph' | 'row' | 'figures'>;
  const raws: Raw[] = [];
  for (const record of sorted) {
    const fields: Array<['text' | 'question', string]> = [];
    if (record.type === 'qa' && record.question) fields.push(['question', record.question]);
    fields.push(['text', record.text]);
    for (const [field, source] of fields) {
      const figures = fieldFigures(record, field, source);
      if (field === 'text' && isRow(record, figures)) {
        raws.push({ record, field, source, text: source, start: 0, end: source.length, paragraph: 0, row: true, figures });
        continue;
      }
      let offset = 0;
      source.split('\n').forEach((para, p) => {
        for (const s of splitSentences(para)) {
          const start = offset + s.start;
          const end = offset + s.end;
          raws.push({
            record, field, source, text: s.text, start, end, paragraph: p, row: false,
            figures: figures.filter((f) => f.start >= start && f.end <= end),
          });
        }
        offset += para.length + 1;
      });
    }
  }

  const nameWords = learnNameWords(raws);
  const forms = personForms(records, registry);
  const formRe = forms.size
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...forms.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : null;

  // people named in each raw statement (offsets, so the "He" of "He Yi" is not read as a pronoun)
  const named = raws.map((r) => {
    const out: { name: string; start: number; end: number }[] = [];
    if (formRe) {
      for (const m of r.text.matchAll(formRe)) {
        const name = forms.get(m[0]);
        if (name) out.push({ name, start: m.index, end: m.index + m[0].length });
      }
    }
    return out;
  });
  const pronounsOf = (i: number): Array<'m' | 'f'> => {
    const r = raws[i]!;
    const spans = named[i]!;
    return words(r.text)
      .filter((w) => THIRD_PERSON.test(w.lower) && !spans.some((n) => w.start >= n.start && w.end <= n.end))
      .map((w) => (/^(?:he|him|his|himself)$/.test(w.lower) ? 'm' : 'f'));
  };
  const gender = learnGender(raws.map((_r, i) => ({ names: new Set(named[i]!.map((n) => n.name)), pronouns: pronounsOf(i) })));

  const statements: Statement[] = [];
  const byDoc = new Map<string, Statement[]>();
  let recent: { doc: string; name: string; seq: number }[] = [];
  raws.forEach((r, idx) => {
    const list = byDoc.get(r.record.doc) ?? [];
    if (!byDoc.has(r.record.doc)) byDoc.set(r.record.doc, list);
    const seq = list.length;
    const ws = words(r.text).map((w) => ({ ...w, start: w.start + r.start, end: w.end + r.start }));
    const clauses = r.row ? cells(r.text).map((c) => ({ start: c.start + r.start, end: c.end + r.start })) : clausesOf(r.text, r.start);

    // people: names written; "I/my" is the speaker (the asker in a question), "you" in a question
    // the one asked; "he/she" the last person named within four statements whose pronoun fits
    const persons = new Set<string>(named[idx]!.map((n) => n.name));
    const self = r.field === 'question' ? r.record.asker : r.record.type === 'claim' ? null : r.record.speaker;
    const addressee = r.field === 'question' ? r.record.speaker : null;
    for (const w of words(r.text)) {
      if (w.lower === 'i' && w.raw !== 'I') continue; // a lower-case "i" is not the pronoun
      if (FIRST_PERSON.test(w.lower) && self && forms.has(self)) persons.add(forms.get(self)!);
      else if (SECOND_PERSON.test(w.lower) && addressee && forms.has(addressee)) persons.add(forms.get(addressee)!);
    }
    recent = recent.filter((p) => p.doc === r.record.doc && seq - p.seq <= 4);
    if (named[idx]!.length === 0) {
      for (const g of new Set(pronounsOf(idx))) {
        const fit = [...recent].reverse().find((p) => (gender.get(p.name) ?? g) === g);
        if (fit) persons.add(fit.name);
      }
    }
    for (const n of named[idx]!) recent.push({ doc: r.record.doc, name: n.name, seq });

    // entities: runs of name words (acronyms count), split at punctuation
    const entities: Statement['entities'] = [];
    let run: Word[] = [];
    const flush = () => {
      if (run.length) entities.push({ words: run.map((w) => w.lower), start: run[0]!.start, end: run[run.length - 1]!.end });
      run = [];
    };
    for (const w of ws) {
      // "1000 BTC", "over 13 million active users": words of a figure are not names
      if (r.figures.some((f) => w.start >= f.start && w.end <= f.end && f.kind !== 'rank')) {
        flush();
        continue;
      }
      const isName = nameWords.has(w.lower) || (/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w.raw) && w.raw !== 'I');
      const prev = run[run.length - 1];
      const gapOk = prev ? /^(?:\s+|\.)$/.test(r.source.slice(prev.end, w.start)) : true; // "Binance Smart Chain", "Binance.US"
      if (isName && gapOk) run.push(w);
      else {
        flush();
        if (isName) run.push(w);
      }
    }
    flush();

    const st: Statement = {
      ...r,
      seq,
      clauses,
      words: ws,
      persons,
      entities,
      question: !r.row && /\?["”’)]*$/.test(r.text.trim()),
    };
    list.push(st);
    statements.push(st);
  });
  for (const list of byDoc.values()) {
    addAppositiveAliases(list, nameWords);
    inheritDates(list);
  }
  return { statements, byDoc, nameWords };
}

/**
 * "the platform token BNB": a common-noun phrase followed by a name defines
 * the phrase as that name for the rest of the document, so "Platform Token
 * Economic Model" is also about BNB. The name joins the statement's words at
 * the phrase's position.
 */
function addAppositiveAliases(list: Statement[], nameWords: Set<string>): void {
  const aliases = new Map<string, Word>();
  const re = /\b(?:the|its|their)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s+(\p{Lu}[\p{L}\p{N}]*(?:\.\p{Lu}+)?)(?![\p{L}\p{N}])/gu;
  for (const st of list) {
    for (const m of st.text.matchAll(re)) {
      const phrase = (m[1] ?? '').toLowerCase();
      const name = m[2] ?? '';
      const nameWord = words(name)[0];
      if (!nameWord || !(nameWords.has(nameWord.lower) || /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(name))) continue;
      if (words(phrase).every((w) => !w.stem)) continue;
      if (!aliases.has(phrase)) aliases.set(phrase, nameWord);
    }
  }
  if (!aliases.size) return;
  for (const st of list) {
    const lower = st.text.toLowerCase();
    for (const [phrase, name] of aliases) {
      let at = lower.indexOf(phrase);
      while (at >= 0) {
        const start = st.start + at;
        const after = lower.slice(at + phrase.length).trimStart();
        const boundary = !/[\p{L}\p{N}]/u.test(lower.charAt(at - 1) || ' ') && !/^[\p{L}\p{N}]/u.test(lower.charAt(at + phrase.length) || ' ');
        // skip the defining mention itself ("the platform token BNB")
        if (boundary && !after.toLowerCase().startsWith(name.lower)) {
          st.words.push({ ...name, start, end: start + phrase.length });
        }
        at = lower.indexOf(phrase, at + phrase.length);
      }
    }
    st.words.sort((a, b) => a.start - b.start);
  }
}

/** Is the figure the sentence's opening time adverbial ("In 2013, …", "At that moment, in 2013, …")? */
export function isOpeningAdverbial(st: Statement, f: Figure): boolean {
  if (st.row || f.kind !== 'date' || f.start < st.start || f.end > st.end) return false;
  const before = st.source.slice(st.start, f.start);
  const after = st.source.slice(f.end, st.end);
  return before.split(/\s+/).filter(Boolean).length <= 5 && !/[;:]/.test(before) && /^\s*,/.test(after);
}

/** A paragraph's opening time adverbial dates the sentences after it, up to the next dated one (at most five). */
function inheritDates(list: Statement[]): void {
  list.forEach((st, i) => {
    const opening = st.figures.find((f) => isOpeningAdverbial(st, f));
    if (!opening) return;
    for (let j = i + 1; j < list.length && j <= i + 5; j++) {
      const next = list[j]!;
      const sameParagraph =
        next.record === st.record
          ? next.field === st.field && next.paragraph === st.paragraph
          : next.record.type === 'claim' && st.record.type === 'claim' && next.record.line === st.record.line;
      if (!sameParagraph || next.row) break;
      if (next.figures.some((f) => f.kind === 'date')) break;
      next.inherited = { figure: opening, from: st };
    }
  });
}

/** The statement before `st` in its document, if it is close enough to be its context. */
export function previousStatement(d: Discourse, st: Statement): Statement | undefined {
  const list = d.byDoc.get(st.record.doc);
  const prev = list?.[st.seq - 1];
  if (!prev) return undefined;
  if (prev.record !== st.record && st.record.line - prev.record.endLine > 2) return undefined;
  return prev;
}
