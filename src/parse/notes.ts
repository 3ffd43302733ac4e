import { lazy } from '../model/regexp.js';
import type { DraftRecord } from './builder.js';
import { normalizeSpace } from './text.js';

/**
 * Meeting notes (Granola, Fathom, a notebook): an attendee line under the title ("Jess Alvarado,
 * Me"), and a section whose heading says whose words its bullets report ("### What she said about
 * He Yi", "## What Tom told us on pricing"). The bullets under such a heading are that person's
 * reported speech: a claim or a quote nobody else is named for is theirs. A first name alone ("-
 * Jess: …", the heading's "Jess") is the attendee who has it, in full.
 */

/** A heading that reports someone's words: "What she said about …", "What Tom told us on …". */
const REPORTED_HEADING = lazy(() => /^#{1,6}\s+(?:What|Things)\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}|she|he|they)\s+(?:said|says|told (?:us|me)|thinks|thought|shared)\b/iu);
const PRONOUN = lazy(() => /^(?:she|he|they)$/i);
/**
 * A heading that is a person's name, perhaps after the part of the meeting and a dash, perhaps
 * with a role in brackets: "## Yi He", "## Opening — CZ", "## Richard Teng (incoming CEO)". The
 * name: two or three capitalised words, or after a dash one word or initials ("CZ").
 */
const PERSON_HEADING = lazy(() => /^#{1,6}\s+(?:[^—–#]{1,40}?\s[—–]\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})|(\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,2}))(?:\s+\([^()]{1,40}\))?\s*$/u);
const BULLET = lazy(() => /^\s*[-*•]\s+\S/u);
/**
 * A heading that opens on a preposition says how its bullets relate to the person it names, not
 * that they are that person's words: a quote log's "## About Quist", "## On Delacroix", "## From
 * Delacroix" (over lines each crediting its own sayer). Not a person heading.
 */
const PREPOSITION_HEADING = lazy(() => /^#{1,6}\s+(?:About|On|Regarding|Re|By|From|For|To|With|Against|Of|Around|Concerning)\s/u);

/**
 * Sections of meeting notes, each under a heading that names who spoke, over bullets of what they
 * said: two such sections at least, and a quotation in their bullets (reported words, not a
 * profile's facts). Empty otherwise.
 */
function speakerSections(lines: readonly string[], fileLine: (idx: number) => number): { from: number; to: number; who: string | null }[] {
  const found: { from: number; to: number; who: string | null }[] = [];
  let quoted = false;
  let open: { from: number; to: number; who: string | null } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (open && /["“”]/.test(l) && BULLET().test(l)) quoted = true;
    if (!l.startsWith('#')) continue;
    if (open) open.to = fileLine(i);
    open = null;
    const m = PREPOSITION_HEADING().test(l) ? null : PERSON_HEADING().exec(normalizeSpace(l));
    let k = i + 1;
    while (k < lines.length && !lines[k]!.trim()) k++;
    if (m && k < lines.length && BULLET().test(lines[k]!)) found.push((open = { from: fileLine(i), to: Infinity, who: (m[1] ?? m[2])! }));
  }
  return found.length >= 2 && quoted ? found : [];
}
const NAME_ITEM = lazy(() => /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u);

/** The people an attendee line lists, the note-taker's "Me" left out: null where the header has no such line. */
function attendees(lines: readonly string[]): string[] | null {
  for (let i = 0; i < Math.min(lines.length, 8); i++) {
    const l = lines[i]!.trim();
    if (!l.includes(',') || l.length > 200) continue;
    const items = l.split(/\s*,\s*/);
    if (items.length < 2 || !items.every((x) => /^me$/i.test(x) || NAME_ITEM().test(x))) continue;
    const people = items.filter((x) => !/^me$/i.test(x));
    if (people.some((p) => p.includes(' '))) return people;
  }
  return null;
}

/**
 * Gives the records under a reported-speech heading the speaker it names, and first names the
 * attendee line gives in full. Nothing for a document without such a heading.
 */
export function creditReportedSpeech(lines: readonly string[], records: DraftRecord[], fileLine: (idx: number) => number): void {
  const sections: { from: number; to: number; who: string | null }[] = [];
  let open: { from: number; to: number; who: string | null } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.startsWith('#')) continue;
    if (open) open.to = fileLine(i);
    open = null;
    const m = l.includes(' said') || l.includes(' told') || l.includes(' say') || l.includes(' th') || l.includes(' shared') ? REPORTED_HEADING().exec(normalizeSpace(l)) : null;
    if (m) sections.push((open = { from: fileLine(i), to: Infinity, who: m[1]! }));
  }
  // Without such a heading, headings that name the speaker of the bullets below them (only in a document with headings and bullets).
  if (!sections.length && lines.some((l) => l.startsWith('#'))) sections.push(...speakerSections(lines, fileLine));
  if (!sections.length) return;
  const people = attendees(lines) ?? [];
  const full = (name: string): string | null => {
    if (PRONOUN().test(name)) return people.length === 1 ? people[0]! : null;
    if (name.includes(' ')) return name;
    const match = people.filter((p) => p.split(' ')[0] === name);
    return match.length === 1 ? match[0]! : name;
  };
  for (const s of sections) s.who = full(s.who!);
  for (const r of records) {
    const s = sections.find((x) => x.from < r.line && r.line < x.to);
    if (!s) continue;
    if (r.speaker === null && (r.type === 'claim' || r.type === 'quote')) r.speaker = s.who;
    else if (r.speaker && !r.speaker.includes(' ')) r.speaker = full(r.speaker);
  }
}

/** A note's field naming the one person it is about: "Employee: Julien Moreau (Senior Analyst, Paris)", "Interviewee: Ana Ruiz, nurse". */
const SUBJECT_FIELD = lazy(() => /^\s*(?:\*\*)?(?:employee|departing employee|interviewee|candidate)(?:\*\*)?\s*:\s*(?:\*\*)?\s*(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})\s*(?:[,(].*)?$/iu);

/**
 * An HR note (an exit interview's summary) names the person it is about in its header
 * ("Employee: NAME"), and narrates them in the third person: the words it quotes with no one
 * named for them ("Would he return? "Maybe, if …"") are that person's.
 */
export function creditNoteSubject(lines: readonly string[], records: DraftRecord[]): void {
  let who: string | null = null;
  for (let i = 0; i < Math.min(lines.length, 12) && !who; i++) {
    if (!/:/.test(lines[i]!)) continue;
    who = SUBJECT_FIELD().exec(lines[i]!)?.[1] ?? null;
  }
  if (!who) return;
  for (const r of records) if (r.type === 'quote' && r.speaker === null) r.speaker = who;
}

/** A card's field introducing its subject's own words: "In his words: "…"", "In her own words:". */
const OWN_WORDS_FIELD = lazy(() => /^\s*(?:[-*]\s+)?In (?:his|her|their) (?:own )?words\s*:/i);
/** A card's heading: a person's name alone on its line, a short alias in brackets perhaps ("Changpeng Zhao (CZ)"). */
const CARD_NAME = lazy(() => /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,2})(?:\s+\([^()]{1,20}\))?\s*$/u);

/**
 * A person card (a wiki's "Name" over "Role: …", "Born: …", "In his words: "…""): the quotation a
 * field gives as its subject's own words is the person the card's first line names, not whoever
 * the fields above last mentioned.
 */
export function creditCardQuotes(lines: readonly string[], records: DraftRecord[], fileLine: (idx: number) => number): void {
  const offset = fileLine(0);
  for (const r of records) {
    if (r.type !== 'quote') continue;
    const i = r.line - offset;
    if (i < 1 || i >= lines.length || !OWN_WORDS_FIELD().test(lines[i]!)) continue;
    let k = i;
    while (k > 0 && lines[k - 1]!.trim()) k--;
    const name = k < i ? CARD_NAME().exec(lines[k]!)?.[1] : undefined;
    if (name) r.speaker = name;
  }
}

/** A minutes' attendance field: "Present:", "In attendance:", "Apologies:", "Attendees:". */
// (in bold too, as a Markdown page sets its fields: "**Present:** Cllr Dana Whitfield (chair), …")
// (a panel's or a committee's minutes list its members so: "Panel: Margaret Oduya (Chair), Simon Haigh, …")
const ATTENDANCE_KEY = lazy(() => /^\s*(?:\*\*|__)?(?:present|also present|members present|panel|panel members|committee members|directors present|trustees present|in attendance|also in attendance|attendees|attending|apologies|absent|board members|staff|staff present|officers|officers present|(?:officers|staff|officials) in attendance)\s*:/i);
/** Initials in brackets after a name, a note after them perhaps: "(TF)", "(AW, minutes)". */
const INITIALS_NOTE = lazy(() => /\((\p{Lu}{2,4})(?:,[^()]{0,30})?\)/gu);
/** The first name in a stretch of an attendance list: two to four capitalised words. */
const LISTED_NAME = lazy(() => /\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3}/u);

/**
 * The people minutes list in their attendance block ("PRESENT: President Karen Osei, Vice President
 * Luis Marquez, Trustees Janet Ruiz, Daniel Cho and Priya Natarajan", "STAFF: Superintendent Dr.
 * Helen Brandt; Chief Business Officer Tom Hale"): each entry's last two capitalised words, the
 * offices and titles before them dropped. "Mr. Hale reported…" and "Trustee Cho asked…" below are
 * then those people. Read from the block's fields (attendanceFields: the first twenty lines, as for
 * the initials).
 */
export function attendanceNames(fields: readonly string[]): string[] {
  const out: string[] = [];
  for (const field of fields) {
    // ("Gareth Pell, Town Planner; Amira Nasser, Clerk": the office after each name's comma is no name)
    const listed = field.includes(';') ? field.split(';').map((e) => NAME_COMMA_OFFICE().exec(e)?.[1] ?? e).join(';') : field;
    for (const entry of listed.split(/[,;]|\s+and\s+/)) {
      const words = entry.replace(/\([^()]*\)/g, ' ').trim().split(/\s+/);
      // ("Deputy Commissioner for Digital Assets": an office with small words in it, no name)
      if (words.some((w) => !/^\p{Lu}/u.test(w))) continue;
      const name = words.slice(-2);
      if (name.length === 2 && name.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w)) && !/^(?:None|Vice|President|Chair|Trustees?)$/.test(name[0]!)) out.push(name.join(' '));
    }
  }
  return out;
}

/**
 * The values of a minutes' attendance fields in its first twenty lines. A field set as a column
 * ("Present:     Ingrid Solberg (Chair of the Board)" over "             Thomas Ekeland (Chief
 * Executive Officer)") goes on over the indented lines under it that have no key of their own.
 */
export function attendanceFields(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.min(lines.length, 20); i++) {
    const l = lines[i]!;
    if (l.length > 600 || !ATTENDANCE_KEY().test(l)) continue;
    let field = l.slice(l.indexOf(':') + 1).replace(/^(?:\*\*|__)/, '');
    for (let k = i + 1; k < Math.min(lines.length, i + 12); k++) {
      const next = lines[k]!;
      // (a list whose line ends on a comma goes on below, indented or not: "Present: Cllr A, Cllr B," / "Cllr C")
      if (next.length > 600 || !(/^\s+\S/.test(next) || /,\s*$/.test(lines[k - 1]!)) || !next.trim() || next.includes(':')) break;
      field += `; ${next}`;
    }
    out.push(field);
  }
  return out;
}

/** A panel's roster key in a write-up's header, in bold or not: "**Moderator:**", "Chair:", "Panellists:", "Speakers:"; its value (1) may be empty. */
const PANEL_ROSTER_KEY = lazy(() => /^\s*[*_]{0,2}(?:moderator|moderated by|chair|chaired by|facilitator|panel|panellists|panelists|speakers)\s*:\s*[*_]{0,2}\s*(.*)$/i);
/** An item of a list under such a key: "- Hon. Tevita Fifita, Minister for Climate Change, Tonga". */
const ROSTER_ITEM = lazy(() => /^\s*[-*•]\s+(\S.*)$/);
/** A title before a listed person's name: "Hon. ", "Dr ", "Prof. ". */
const ROSTER_TITLE = lazy(() => /^(?:(?:Rt\.? )?Hon|Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame|Rev|Revd|Cllr|Sen|Rep)\.?\s+/);
const ROSTER_NAME = lazy(() => /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u);

/**
 * The people a panel write-up's header lists ("**Moderator:** Adaeze Nwankwo, Climate Justice Forum",
 * "**Panellists:**" over "- Dr Priya Raghunathan, Overseas Development Institute"), each in full: the
 * body calls them by surname ("Nwankwo opened by noting …"), and a "she said" after that is that
 * person, never the last name of the list. The name before each entry's first comma, its title dropped.
 */
export function panelRosterNames(lines: readonly string[]): string[] {
  const out: string[] = [];
  const entry = (raw: string) => {
    const name = normalizeSpace(raw.replace(/[*_]/g, ' ')).split(',')[0]!.replace(ROSTER_TITLE(), '').trim();
    if (ROSTER_NAME().test(name)) out.push(name);
  };
  for (let i = 0; i < Math.min(lines.length, 30); i++) {
    const m = lines[i]!.length <= 300 ? PANEL_ROSTER_KEY().exec(lines[i]!) : null;
    if (!m) continue;
    if (m[1]!.trim()) entry(m[1]!);
    else for (let k = i + 1; k < lines.length && k <= i + 12; k++) {
      const item = ROSTER_ITEM().exec(lines[k]!);
      if (!item) break;
      entry(item[1]!);
    }
  }
  return out;
}

/** A form of address opening a listed name: "Cllr ", "Councillor ", "Mr ", "Dr. " (an honour, "Sir", "Dame", stays the name's). */
const FORM_OF_ADDRESS_BEFORE = lazy(() => /^(?:Cllr|Councillor|Councilmember|Alderman|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Revd)\.?\s+/u);
/** A listed entry "Gareth Pell, Town Planner": a full name (a form of address before it perhaps), a comma, its office in capitalised words. */
const NAME_COMMA_OFFICE = lazy(() => /^\s*((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}),\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}'’-]*)){0,4})\s*$/u);
/** A listed name and the office in brackets after it: "Ingrid Solberg (Chair of the Board)", "Cllr Janet Moss (Mayor, in the chair)". */
const NAME_WITH_OFFICE = lazy(() => /(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s*\(([^()]{2,60})\)/gu);

/**
 * The offices minutes give the people in their attendance block, each with its holder: the words in
 * brackets after a name. "The Chair replied that …" and "The CEO answered that …" below are then
 * those people (quotes.ts, noteListedOffice).
 */
export function attendanceOffices(fields: readonly string[]): [name: string, office: string][] {
  const out: [string, string][] = [];
  for (const field of fields) {
    // "Staff: Gareth Pell, Town Planner; Amira Nasser, Clerk": entries a semicolon parts, each a
    // full name and its office after a comma.
    if (field.includes(';')) {
      for (const entry of field.split(';')) {
        const m = NAME_COMMA_OFFICE().exec(entry);
        if (m) out.push([m[1]!.replace(FORM_OF_ADDRESS_BEFORE(), ''), m[2]!]);
      }
    }
    if (!field.includes('(')) continue;
    for (const m of field.matchAll(NAME_WITH_OFFICE())) {
      // "Cllr Margaret Oduya (Chair)": the form of address is no part of the name the office holder goes by.
      const name = m[1]!.replace(FORM_OF_ADDRESS_BEFORE(), '');
      out.push([name.includes(' ') ? name : m[1]!, m[2]!.trim()]);
    }
  }
  return out;
}

/**
 * The initials minutes define in their attendance block ("Present: Janet Okonjo (Chair) (JO),
 * Keith Mallory (KM)", "In attendance: Tom Ferris, Chief Executive (TF)") and the person each
 * stands for, so "TF reported that…" and "He said…" under it are Tom Ferris's. The initials must
 * be the name's: the first letter of its first word, the last of its last word's first letter.
 * Only the first twenty lines: the attendance block heads the minutes.
 */
export function attendanceInitials(lines: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < Math.min(lines.length, 20); i++) {
    const l = lines[i]!;
    if (!l.includes('(') || !ATTENDANCE_KEY().test(l)) continue;
    let from = l.indexOf(':') + 1;
    for (const m of l.matchAll(INITIALS_NOTE())) {
      const name = LISTED_NAME().exec(l.slice(from, m.index))?.[0];
      from = m.index + m[0].length;
      const initials = m[1]!;
      if (!name) continue;
      const words = name.split(/\s+/);
      if (initials[0] === words[0]![0] && initials[initials.length - 1] === words[words.length - 1]![0] && !out.has(initials)) out.set(initials, name);
    }
  }
  return out;
}

/** A note's bullet opened by who said it: "- JM: capex is $2.1m lower", "- Priya: unwind of EUR 70m" (initials or one first name). */
const LABELLED_BULLET = lazy(() => /^\s*[-*•–]\s+(\p{Lu}{2,3}|\p{Lu}\p{Ll}{1,20}):\s+\S/u);
/** One person of an attendance field, notes in brackets gone: two or three capitalised words. */
const ATTENDEE = lazy(() => /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u);

/**
 * Call notes: an attendance field under the title ("Attendees: Jonas Meyer (CFO, Meridian), Priya
 * Raman (IR), Lucas Ferreira (us)") and bullets each opened by who said it, in the note-taker's
 * shorthand: the person's initials ("- JM: said budget is $2.1m") or first name ("- Priya: …").
 * Such a bullet reports that person's words: its records nobody else is named for are theirs. A
 * label that fits no attendee, or two, stays nobody's.
 */
export function creditLabelledBullets(lines: readonly string[], records: DraftRecord[], fileLine: (idx: number) => number): void {
  const people: string[] = [];
  for (const field of attendanceFields(lines)) {
    for (const entry of field.replace(/\([^()]{0,80}\)/g, ' ').split(/[,;]|\s+and\s+/)) {
      const name = entry.trim();
      if (ATTENDEE().test(name)) people.push(name);
    }
  }
  if (people.length < 2) return;
  const initials = (name: string) => name.split(/\s+/).map((w) => w[0]).join('');
  const whose = (label: string): string | null => {
    const found = /^\p{Lu}+$/u.test(label)
      ? people.filter((p) => initials(p) === label)
      : people.filter((p) => p.split(/\s+/)[0] === label);
    return found.length === 1 ? found[0]! : null;
  };
  const offset = fileLine(0);
  for (const r of records) {
    if (r.speaker !== null || (r.type !== 'claim' && r.type !== 'quote')) continue;
    const i = r.line - offset;
    const l = i >= 0 && i < lines.length && lines[i]!.length <= 2000 ? lines[i]! : '';
    const m = l.includes(':') ? LABELLED_BULLET().exec(l) : null;
    const who = m ? whose(m[1]!) : null;
    if (who) r.speaker = who;
  }
}
