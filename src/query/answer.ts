/**
 * The answer to a question-form query: of the figures a record's text holds
 * (dates, counts, amounts, durations, percentages; src/figures), the one
 * of the asked kind that stands nearest the query's subject words.
 *
 * Nearness is counted in words: a figure is near a subject word when at most
 * `window` words lie between them. Among a record's figures of the asked
 * kind, the best is the one near the most subject words, then the one with the
 * fewest words between it and them (on average), then the first.
 */
import type { Figure, FigureKind } from '../model/figures.js';
import type { QuarryRecord } from '../model/record.js';
import { stem } from '../index/stem.js';
import { isStopWord } from '../index/stopwords.js';
import { allMatches, escapeRegExp, lazy } from '../model/regexp.js';
import { partitionPoint } from '../model/sorted.js';
import type { Token } from '../index/tokenize.js';
import type { Organisations } from './question.js';

/**
 * What answers a question: a figure, for "who" a name, for "how old" an age, for "how often" a
 * frequency, for "where" a place. Names, ages, frequencies and places are read from the record's
 * text when a question asks for them (below), not stored with the record's figures.
 */
export type AnswerKind = FigureKind | 'person' | 'age' | 'frequency' | 'place' | 'name' | 'role' | 'reason' | 'multiple';

/** A figure (or name) that answers the question, as search hits carry it (`answer` in JSON). */
export interface Answer {
  kind: AnswerKind;
  /** the words as written ("September 1, 2017", "300 employees") */
  text: string;
  /** normalised: a date as "2017", "2017-09" or "2017-09-01"; a duration in days; an amount in `unit`; a count or percentage as a number; a name as written */
  value: string | number;
  unit?: string;
  precision?: 'year' | 'month' | 'day';
  qualifier?: string;
  /** where in the record: always its `text` (UTF-16 offsets, end exclusive) */
  field: 'text';
  start: number;
  end: number;
}

export interface FoundFigure {
  answer: Answer;
  /** average number of words between the figure and the nearest match of each subject word near it */
  gap: number;
  /** the clauses (by index) with a match within the window */
  near: number[];
  /** a count of the very thing a subject word names ("165 speakers" for "how many speakers") */
  unitMatch: boolean;
  /** for "who": the name is an organisation's (isOrganisationName) */
  organisation: boolean;
  /** a name the text gives as an instance of the noun asked about ("exchanges like Huobi"): it counts as `unitMatch` */
  instance?: boolean;
}

interface SubjectMatch {
  /** word position in the text */
  pos: number;
  clause: number;
}

/** Word positions of a text's tokens, counted as search counts them (a compound counts as its first part). */
function wordPositions(tokens: readonly Token[]): Array<{ start: number; end: number; pos: number }> {
  const out: Array<{ start: number; end: number; pos: number }> = [];
  let pos = 0;
  for (const t of tokens) {
    out.push({ start: t.start, end: t.end, pos });
    if (t.kind !== 'compound') pos++;
  }
  return out;
}

/** The first and last word positions a figure covers, or null when no token falls inside it. */
function figureSpan(f: { start: number; end: number }, words: ReadonlyArray<{ start: number; end: number; pos: number }>): [number, number] | null {
  let first: number | null = null;
  let last: number | null = null;
  // The words are in text order: start at the first that may end after the figure's start (a binary
  // search), so a long record's many figures cost a log each, not a pass over all its words.
  const lo = partitionPoint(words.length, (i) => words[i]!.end <= f.start);
  for (let k = lo; k < words.length; k++) {
    const w = words[k]!;
    if (w.end <= f.start) continue;
    if (w.start >= f.end) break;
    if (first === null) first = w.pos;
    last = w.pos;
  }
  return first === null || last === null ? null : [first, last];
}

/**
 * Names in running text, for "who" questions: one to three capitalised words
 * ("Mai Gang", "Node Capital", "CZ"), not a lone capitalised word opening a
 * sentence, not a month or day, and not one of the question's own subject
 * words (asking "who introduced He Yi" is not answered by "He Yi"). A hint,
 * not a recogniser: it also finds organisations, which "who" questions
 * often ask for too.
 */
const nameRe = () =>
  // created on first use: its Unicode classes cost a compile in every process that creates it, and only a "who" question reads names
  (NAME_RE ??= /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{Ll}\p{Lu}'’-]*)(?:[ \t]+\p{Lu}[\p{Ll}\p{Lu}'’-]*){0,2}(?![\p{L}\p{N}])/gu);
let NAME_RE: RegExp | undefined;
const NOT_NAMES = new Set(
  ('i a an the this that these those it its he she we they you my our your his her their there here when what who why how where which ' +
    'if but and or so as at in on of for to by with from after before during yes no not also then now q a ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday')
    .split(' '),
);

/**
 * A capitalised span that opens with a quantifier is a noun phrase, not a name:
 * "Many VCs", "Most Influential People", "Some Investors".
 */
const QUANTIFIERS = new Set('many most some all every each several few other others such both more less no any much'.split(' '));

/**
 * A capitalised span is an organisation (or a product or an event), not a person, when its last word
 * is a noun that heads such names ("Node Capital", "Yixia Technology", "Binance Academy", "… Festival")
 * or when one of its words is an acronym ("BNB Chain", "FTX Ventures"). Plain English, no
 * corpus's names; a person's name that looks like neither ("Morgan Stanley") stays a name.
 */
const ORGANISATION_HEADS = new Set(
  ('capital ventures venture partners holdings group technology technologies tech labs lab academy foundation institute ' +
    'university college school bank exchange fund funds media network networks securities inc ltd llc corp corporation ' +
    'company co limited plc association council commission committee agency ministry department bureau authority ' +
    'government club times news journal post tv studio studios systems solutions services chain protocol dao pool ' +
    'cloud research analytics magazine review press wallet app platform project ' +
    // events are no people either
    'festival conference summit forum expo awards award week cup games olympics').split(' '),
);

/** Whether a capitalised span (not the registry's) names an organisation rather than a person. */
export function isOrganisationName(span: string): boolean {
  const words = span.split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
  return ORGANISATION_HEADS.has(words[words.length - 1]!.toLowerCase()) || words.some((w) => /^\p{Lu}{2,}\d*$/u.test(w));
}

/** The corpus's known people (the speaker registry): found in running text even as one word ("CZ"). */
export interface KnownNames {
  mentions(text: string): Array<{ name: string; start: number; end: number }>;
}

/**
 * `single`: a lone capitalised word inside a sentence ("exchanges like Huobi", "in NetEase") is a
 * name too ('words'; with 'lists' only in a list of such words, "Jiawei, Gaomei, Bingjie"), and
 * with 'acronyms' so is an acronym or a word with a capital inside ("BNB", "OKEx") anywhere: a
 * thing's or an organisation's name is often one word, a person's seldom, unless listed with others.
 */
function names(text: string, subjectStems: ReadonlySet<string>, known?: KnownNames, quantifiers = true, single: 'no' | 'lists' | 'words' | 'acronyms' = 'no'): NameFigure[] {
  const out: NameFigure[] = [];
  const isSubject = (t: string) => t.split(/\s+/).some((w) => subjectStems.has(stem(w.toLowerCase().replace(/['’]s$/, ''))));
  if (known) {
    for (const m of known.mentions(text)) {
      const written = text.slice(m.start, m.end);
      if (isSubject(written) || isSubject(m.name)) continue;
      out.push({ kind: 'person' as FigureKind, text: written, start: m.start, end: m.end, value: written, known: true });
    }
  }
  for (const m of text.matchAll(nameRe())) {
    const base = m.index ?? 0;
    let words = [...m[0].matchAll(/\S+/g)].map((w) => ({ text: w[0], start: base + (w.index ?? 0) }));
    if (quantifiers && words.length && QUANTIFIERS.has(words[0]!.text.toLowerCase())) continue;
    // drop leading function words ("The", "In") that only open the sentence
    while (words.length && NOT_NAMES.has(words[0]!.text.toLowerCase())) words = words.slice(1);
    // (a contraction counts as its pronoun: "I’m", "We’ll" are no names)
    if (!words.length || words.some((w) => NOT_NAMES.has(w.text.toLowerCase().replace(/['’](?:m|s|ll|ve|d|re)$/, '')))) continue;
    if (words.some((w) => subjectStems.has(stem(w.text.toLowerCase().replace(/['’]s$/, ''))))) continue;
    const start = words[0]!.start;
    const before = text.slice(Math.max(0, start - 3), start);
    const opensSentence = start === 0 || /(?:[.!?…:]["'”’]?\s+|\n\s*|["“‘]\s*)$/.test(before);
    // (a dash or a table's cell opens a one-word name's sentence too: "— Launched the …")
    const opensCell = /[—–|]\s*$/.test(before);
    // (an acronym only for a thing: "VR", "US" are seldom the company asked for)
    const acronym = /\p{Lu}.*\p{Lu}/u.test(words[0]!.text);
    // a lone capitalised word before a content word modifies it ("African pink coin", "Japanese exchange"): no name
    const modifier = words.length === 1 && /^[ \t]+\p{Ll}+/u.test(text.slice(words[0]!.start + words[0]!.text.length)) && !isStopWord(/^[ \t]+(\p{Ll}+)/u.exec(text.slice(words[0]!.start + words[0]!.text.length))![1]!);
    // with 'lists', only a one-word name in a list of them ("Jiawei, Gaomei, Bingjie"): a list says they are names
    const end = words[0]!.start + words[0]!.text.length;
    const listed = /\p{Lu}[\p{L}'’-]*(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+)$/u.test(text.slice(Math.max(0, words[0]!.start - 40), words[0]!.start)) || /^(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+)\p{Lu}/u.test(text.slice(end, end + 8));
    const oneWordName = single !== 'no' && words.length === 1 && !modifier && (single !== 'lists' || listed) && (single === 'acronyms' ? !(opensSentence || opensCell) || acronym : !(opensSentence || opensCell) && !acronym);
    if (!oneWordName && (words.length < 2 || (opensSentence && words.length === 1))) continue;
    const last = words[words.length - 1]!;
    const nameText = text.slice(start, last.start + last.text.length).replace(/['’]s$/, '').replace(/['’]+$/, '');
    // a known name the registry already gave
    if (out.some((o) => o.start < start + nameText.length && start < o.end)) continue;
    const name: NameFigure = { kind: 'person' as FigureKind, text: nameText, start, end: start + nameText.length, value: nameText };
    if (isOrganisationName(nameText)) name.organisation = true;
    out.push(name);
  }
  return out;
}

/** A name found in running text; `organisation` when it names one (isOrganisationName). */
type NameFigure = Figure & { organisation?: boolean; known?: boolean };

/** A figure read from a record's text at query time (an age, a frequency, a place): a Figure of a kind the figure passes do not give. */
type ReadFigure = Omit<Figure, 'kind'> & { kind: AnswerKind; organisation?: boolean };

/** Number words up to the ages people state; "and a half" adds 0.5 (below). */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  (
    'one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 thirteen 13 fourteen 14 fifteen 15 ' +
    'sixteen 16 seventeen 17 eighteen 18 nineteen 19 twenty 20 thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80 ninety 90'
  )
    .split(' ')
    .reduce<Array<[string, number]>>((out, w, i, all) => (i % 2 ? out : [...out, [w, Number(all[i + 1])]]), []),
);
/** A number as an age is written: digits (1-3 of them), a number word, "twenty-five", each with "and a half" allowed. */
const AGE_NUMBER = String.raw`(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:\s+and\s+a\s+half)?`;

/** The value of an AGE_NUMBER match, or null when it is no plausible age. */
function ageValue(written: string): number | null {
  const w = written.toLowerCase();
  const half = /\s+and\s+a\s+half$/.test(w) ? 0.5 : 0;
  const core = w.replace(/\s+and\s+a\s+half$/, '');
  let n: number | undefined;
  if (/^\d+$/.test(core)) n = Number(core);
  else n = core.split(/[- ]/).reduce((a, part) => a + (NUMBER_WORDS.get(part) ?? NaN), 0);
  return Number.isFinite(n) && n! > 0 && n! < 120 ? n! + half : null;
}

/**
 * The ways a text states a person's age, each with the number in group 1: "aged 28", "at age
 * four and a half", "the age of 12", "a 25-year-old", "18 years old", "turned nine", "at 18," (a
 * bare number after "at" that no unit, time or further digit follows), "I'm 25" / "I was 18" /
 * "she is 40" (a pronoun, a form of "be", the number, then no unit), and "the average age of the
 * team is 28" (age … is N within a few words). Figures (src/figures) read none of these: a bare
 * number is no count there, and an age is no duration.
 */
const ageRes = (): readonly RegExp[] => (AGE_RES ??= (() => {
  const N = `(${AGE_NUMBER})`;
  // what may follow a bare number for it to stand alone: punctuation, the end, or a function word (no unit, no noun)
  const alone = String.raw`(?=\s*(?:[,.;:!?)—–-](?!\d)|$)|\s+(?:when|and|but|so|then|or|now|back|at|in|i|he|she|we|they|years?\b(?!\s+(?:ago|later|earlier|before|after))))`;
  return [
    new RegExp(String.raw`\b(?:aged|at\s+(?:the\s+)?age(?:\s+of)?|the\s+age\s+of|age)\s+${N}\b`, 'gi'),
    new RegExp(String.raw`\b${N}[- ]years?[- ]old\b`, 'gi'),
    new RegExp(String.raw`\bturn(?:ed|s|ing)?\s+${N}\b(?!\s*(?:%|percent|times|million|billion|thousand|hundred))`, 'gi'),
    new RegExp(String.raw`\bat\s+${N}${alone}`, 'gi'),
    new RegExp(String.raw`\b(?:i'?m|i\s+am|i\s+was|(?:he|she|they|we|you)\s+(?:is|was|are|were)|(?:he|she)'s)\s+(?:only\s+|just\s+|about\s+|around\s+)?${N}${alone}`, 'gi'),
    new RegExp(String.raw`\bage\b[^.!?;]{0,40}?\b(?:is|was|of|were|are)\s+(?:about\s+|around\s+|just\s+|only\s+)?${N}\b(?!\s*(?:%|percent|million|billion|thousand|hundred|[-/.]\d))`, 'gi'),
  ];
})());
// compiled on first use: only a "how old" question reads ages
let AGE_RES: readonly RegExp[] | undefined;

/** Ages a text states (AGE_RES), each as an `age` figure: its text the words that state it, its value in years. */
export function ages(text: string): ReadFigure[] {
  const out: ReadFigure[] = [];
  const plain = text.replace(/[’]/g, "'");
  for (const re of ageRes()) {
    re.lastIndex = 0;
    for (let m = re.exec(plain); m !== null; m = re.exec(plain)) {
      const value = ageValue(m[1]!);
      if (value === null) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ kind: 'age', text: text.slice(start, end), start, end, value, unit: 'years' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const FREQUENCY_UNIT = String.raw`(?:second|minute|hour|day|night|week|weekend|month|quarter|year|decade)s?`;
/**
 * How often something happens: "every 1-2 months", "every quarter", "every other week", "three
 * times a week", "twice a year", "once a month", "daily", "weekly", "monthly", "quarterly",
 * "annually". A rate of things ("8-10 cases per hour") is a count, not a frequency.
 */
const frequencyRes = (): readonly RegExp[] => (FREQUENCY_RES ??= [
  new RegExp(String.raw`\b(?:once|twice|thrice|(?:\d+(?:[-–]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|many)\s+times)\s+(?:a|an|per|each|every)\s+(?:\d+\s+)?${FREQUENCY_UNIT}\b`, 'gi'),
  new RegExp(String.raw`\bevery\s+(?:(?:\d+(?:[-–]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|other|few|couple\s+of)\s+)?${FREQUENCY_UNIT}\b`, 'gi'),
  /\b(?:hourly|daily|nightly|weekly|fortnightly|biweekly|monthly|quarterly|yearly|annually|everyday)\b/gi,
]);
let FREQUENCY_RES: readonly RegExp[] | undefined;

/**
 * Words for a job, a post or a title, for "what jobs did X have", "what was X's job title": "the
 * co-founder and the CMO of …", "a university professor, a … counselling assistant, a host", "my
 * parents were teachers". Plain English occupations and titles, no corpus's words; a plural counts.
 */
const ROLE_WORDS =
  'ceo cmo cto coo cfo cio founder co-founder cofounder chairman chairwoman president vice-president vp director manager executive officer ' +
  'head host presenter anchor teacher professor lecturer tutor assistant counsellor counselor consultant adviser advisor doctor nurse ' +
  'engineer developer programmer designer producer editor journalist reporter writer author analyst lawyer accountant banker trader ' +
  'farmer artist actor actress model singer policeman soldier student intern secretary clerk entrepreneur evangelist ambassador spokesperson';
const roleRe = () => (ROLE_RE ??= new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${ROLE_WORDS.split(' ').map(escapeRegExp).join('|')})(?:s|es)?(?![\p{L}\p{N}-])`, 'giu'));
let ROLE_RE: RegExp | undefined;

/** Jobs, posts and titles a text names (ROLE_WORDS), each as a `role` figure whose value is its word in lower case. */
export function roles(text: string): ReadFigure[] {
  const out: ReadFigure[] = [];
  const re = roleRe();
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ kind: 'role', text: m[0], start: m.index, end: m.index + m[0].length, value: m[0].toLowerCase() });
  return out;
}

/**
 * The words that give a reason, for "why": "because", "due to", "in response to", "so that", "this
 * is why" … ("since" and "as" also give times and comparisons, so they are left out).
 */
const REASON_RE = () => (REASON_RE_ ??= /\b(?:because|due to|owing to|thanks to|as a result of|in response to|in order to|so that|the reason|reasons? (?:is|was|why)|(?:that|this|which) is why|that's why)\b/gi);
let REASON_RE_: RegExp | undefined;

/** Reasons a text gives (REASON_RE), each as a `reason` figure: the words that give it, in lower case. */
export function reasons(text: string): ReadFigure[] {
  const out: ReadFigure[] = [];
  const re = REASON_RE();
  re.lastIndex = 0;
  for (let m = re.exec(text.replace(/’/g, "'")); m !== null; m = re.exec(text.replace(/’/g, "'"))) out.push({ kind: 'reason', text: text.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length, value: m[0].toLowerCase().replace(/\s+/g, ' ') });
  return out;
}

const MULTIPLE_WORDS: ReadonlyMap<string, number> = new Map([['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['twenty', 20], ['fifty', 50], ['hundred', 100], ['thousand', 1000]]);
const MULTIPLE_VERBS: ReadonlyMap<string, number> = new Map([['doubled', 2], ['doubles', 2], ['tripled', 3], ['triples', 3], ['trebled', 3], ['quadrupled', 4]]);
/**
 * A change stated as a multiple, for "how much did X grow": "fivefold", "ten-fold", "5x", "by 5x",
 * "over 6000 times" (not "three times a week": a frequency), "doubled", "tripled".
 */
const multipleRe = () => (MULTIPLE_RE ??= /\b(?:(\d[\d,]*(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand)[- ]?fold\b|(\d[\d,]*(?:\.\d+)?)x\b|(\d[\d,]*(?:\.\d+)?)\s+times\b(?!\s+(?:a|an|per|each|every)\b)|(doubled|doubles|tripled|triples|trebled|quadrupled)\b)/gi);
let MULTIPLE_RE: RegExp | undefined;

/** Multiples a text states (multipleRe), each as a `multiple` figure whose value is the factor. */
export function multiples(text: string): ReadFigure[] {
  const out: ReadFigure[] = [];
  const re = multipleRe();
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const word = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').toLowerCase().replace(/,/g, '');
    const value = MULTIPLE_VERBS.get(word) ?? MULTIPLE_WORDS.get(word) ?? Number(word);
    if (!Number.isFinite(value) || value <= 1) continue;
    out.push({ kind: 'multiple', text: m[0], start: m.index, end: m.index + m[0].length, value });
  }
  return out;
}

/** The round words of a count in words, and the words before a span, with the value each stands for. */
const VAGUE_COUNTS: ReadonlyMap<string, number> = new Map([['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1000], ['millions', 1e6], ['billions', 1e9]]);
const VAGUE_SPANS: ReadonlyMap<string, number> = new Map([['a few', 3], ['a couple of', 2], ['several', 3], ['many', 10], ['a number of', 3]]);
const UNIT_DAYS: ReadonlyMap<string, number> = new Map([['second', 1 / 86400], ['minute', 1 / 1440], ['hour', 1 / 24], ['day', 1], ['week', 7], ['month', 30], ['year', 365], ['decade', 3650]]);
let VAGUE_COUNT_RE: RegExp | undefined;
let VAGUE_SPAN_RE: RegExp | undefined;
const vagueCountRe = () => (VAGUE_COUNT_RE ??= /\b(dozens|scores|hundreds|thousands|millions|billions)[ \t]+of[ \t]+(\p{Ll}[\p{L}-]*)(?:[ \t]+(\p{Ll}[\p{L}-]*))?/giu);
const vagueSpanRe = () => (VAGUE_SPAN_RE ??= /\b(a[ \t]+few|a[ \t]+couple[ \t]+of|several|many|a[ \t]+number[ \t]+of)[ \t]+(second|minute|hour|day|week|month|year|decade)s\b/gi);

/**
 * Quantities a text gives without a number, which src/figures does not read: a count in round
 * words ("thousands of new messages", "dozens of exchanges", "hundreds of users") and a duration
 * ("a few weeks", "several months", "a couple of years", "many hours"). The count's unit is the
 * noun after "of": the first word when it is plural (ends in "s"), else the word after it ("new
 * messages"). Values are the round word's order of magnitude, a few as 3: a hint of the asked kind,
 * not a measure. Read at search time only, for "how many" and "how long".
 */
export function vagueQuantities(text: string): ReadFigure[] {
  const out: ReadFigure[] = [];
  const re = vagueCountRe();
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const first = m[2]!;
    const plural = /s$/i.test(first) || m[3] === undefined;
    const unit = plural ? first : m[3]!;
    // the figure ends with its unit: "thousands of messages" (the next word left out), "thousands of new messages"
    const end = plural && m[3] !== undefined ? m.index + m[0].trimEnd().length - m[3].length : m.index + m[0].length;
    out.push({ kind: 'count', text: text.slice(m.index, end).trimEnd(), start: m.index, end: m.index + text.slice(m.index, end).trimEnd().length, value: VAGUE_COUNTS.get(m[1]!.toLowerCase())!, unit });
  }
  const sp = vagueSpanRe();
  sp.lastIndex = 0;
  for (let m = sp.exec(text); m !== null; m = sp.exec(text)) {
    const many = VAGUE_SPANS.get(m[1]!.toLowerCase().replace(/\s+/g, ' '))!;
    out.push({ kind: 'duration', text: m[0], start: m.index, end: m.index + m[0].length, value: many * UNIT_DAYS.get(m[2]!.toLowerCase())!, unit: 'days' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Frequencies a text states (FREQUENCY_RES), each as a `frequency` figure whose value is its words in lower case. */
export function frequencies(text: string): ReadFigure[] {
  const out: ReadFigure[] = [];
  for (const re of frequencyRes()) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ kind: 'frequency', text: m[0], start, end, value: m[0].toLowerCase().replace(/\s+/g, ' ') });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Places a text names, for "where": a capitalised span of one to three words after a
 * preposition of place ("in Sichuan", "from Montreal", "at the Tokyo Stock Exchange", "to
 * Singapore"), not a month or a day, not a person the speaker registry knows, not a subject word.
 * A hint, as names are: "in Binance" is read as a place too, and ranks only where it stands
 * near the subject.
 */
const placeRe = () => (PLACE_RE ??= /\b(?:[Ii]n|[Aa]t|[Ff]rom|[Tt]o|[Nn]ear|[Aa]cross|[Tt]hroughout|[Ii]nside|[Oo]utside|[Aa]round)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}'’-]*){0,2})/gu);
let PLACE_RE: RegExp | undefined;

/** Whether a capitalised word stands in the text other than right after a preposition of place (and "the"). */
function usedOtherwise(text: string, word: string): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (!/\b(?:[Ii]n|[Aa]t|[Ff]rom|[Tt]o|[Nn]ear|[Aa]cross|[Tt]hroughout|[Ii]nside|[Oo]utside|[Aa]round)\s+(?:the\s+)?$/.test(before)) return true;
  }
  return false;
}

export function places(text: string, subjectStems: ReadonlySet<string> = new Set(), known?: KnownNames): ReadFigure[] {
  const out: ReadFigure[] = [];
  const people = known ? known.mentions(text) : [];
  const re = placeRe();
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // the span ends before a word that is no name ("Sichuan It" is "Sichuan")
    const all = m[1]!.split(/[ \t]+/);
    const cut = all.findIndex((w) => NOT_NAMES.has(w.replace(/['’]s$/, '').toLowerCase()));
    const words = cut < 0 ? all : all.slice(0, cut);
    if (!words.length) continue;
    // as written (the spaces between the words kept), without a possessive
    let upTo = 0;
    for (const w of words) upTo = m[1]!.indexOf(w, upTo) + w.length;
    const written = m[1]!.slice(0, upTo).replace(/['’]+$/, '').replace(/['’]s$/, '');
    if (words.some((w) => subjectStems.has(stem(w.toLowerCase())))) continue;
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + written.length;
    if (people.some((p) => p.start < end && start < p.end)) continue;
    // a name the text also uses other than as a place ("When Binance was small", "Binance's
    // growth") is an organisation's or a person's, not a place's: "in Binance" names no place
    if (usedOtherwise(text, words[0]!)) continue;
    out.push({ kind: 'place', text: written, start, end, value: written });
  }
  return out;
}

/** Words that ask for a number of people of any kind. */
const PEOPLE_WORDS = 'people person persons individuals humans'.split(' ');
/** Nouns for people of some kind: a count of them answers "how many people". */
const PERSON_NOUNS = (
  'person people employee staff staffer worker user customer client member speaker follower subscriber viewer attendee participant ' +
  'student volunteer investor developer trader resident citizen player fan reader visitor guest candidate applicant engineer ' +
  'manager executive founder partner holder child man woman adult teenager voter patient'
).split(' ');
let personStems: Set<string> | undefined;
const asksPeople = (stems: ReadonlySet<string>) => PEOPLE_WORDS.some((w) => stems.has(stem(w)));
const isPersonNoun = (unit: string) => (personStems ??= new Set(PERSON_NOUNS.map((x) => stem(x)))).has(stem(unit.toLowerCase()));

/** Whether the words after a figure make it a rate of a subject word: "… per second", "… a day". */
function isRateOf(text: string, end: number, stems: ReadonlySet<string>): boolean {
  const m = /^\s+(?:per|a|an|each|every)\s+(\p{L}+)/u.exec(text.slice(end, end + 40));
  return m !== null && stems.has(stem(m[1]!.toLowerCase()));
}

function toAnswer(f: Figure | ReadFigure): Answer {
  const a: Answer = { kind: f.kind as AnswerKind, text: f.text, value: f.value, field: 'text', start: f.start, end: f.end };
  if (f.unit !== undefined) a.unit = f.unit;
  if (f.precision !== undefined) a.precision = f.precision;
  if (f.qualifier !== undefined) a.qualifier = f.qualifier;
  return a;
}

/** Words that give what follows as an instance of the noun before: "such as", "like", "including", "called". */
const INSTANCE_CUE = /(?:\bsuch[ \t]+as|\blike|\bincluding|\bincluded|\bincludes|\bcalled|\bnamed|\bnamely)[ \t]+(?:the[ \t]+)?$/i;
/** How many words from the name the noun asked about may stand ("exchanges like Huobi", "novels made an appearance as well, including Fallen Dragon"). */
const INSTANCE_WINDOW = 6;

/**
 * Where a condition's clause may start, in order: a sentence's end (". ", "? ", "! ", a line break: the
 * clause is read from the mark, as before) and just after a comma, semicolon, colon or dash (a clause
 * holds none of them). Found once per record, so a long sentence's many figures are not each read
 * back to its start.
 */
function clauseStarts(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' || ((c === '.' || c === '?' || c === '!') && text[i + 1] === ' ')) out.push(i);
    else if (c === ',' || c === ';' || c === ':' || c === '—') out.push(i + 1);
  }
  return out;
}

/**
 * Whether `at` stands inside an if-clause: after "if"/"unless" in its sentence, with no comma,
 * colon, semicolon or dash between; not one that states a goal ("if we want …").
 */
export function inCondition(text: string, at: number, reading: ConditionReading = conditionReading(text)): boolean {
  const { starts, ifs } = reading;
  // the last place a clause may start at or before the figure (a binary search of the record's)
  const n = partitionPoint(starts.length, (i) => starts[i]! <= at);
  const from = n === 0 ? 0 : starts[n - 1]!;
  // The clause from the first "if" or "unless" after `from` (no mark lies between it and the figure):
  // the record's conditional words, found once, by binary search, so a long clause is not read again
  // for each of its figures. (As /\b(?:if|unless)\b[^,;:—]*$/i on text.slice(from, at).)
  for (let k = partitionPoint(ifs.length, (i) => ifs[i]![0] < from); k < ifs.length && ifs[k]![0] < at; k++) {
    const [p, e] = ifs[k]!;
    // the word ends before the figure, at a word's edge, or right where the clause read ends
    if (e > at || (e < at && /\w/.test(text[e]!))) continue;
    // "if we want this industry to serve 1 billion users" states a goal, not a condition
    return !/^if\s+\S+\s+(?:want|wants|wish|wishes|hope|hopes|aim|aims|plan|plans|intend|intends)\b/i.test(text.slice(p, at));
  }
  return false;
}
/** "if" or "unless" opening a word (its end is checked against where the clause is read to). */
const IF_WORD = lazy(() => /\b(?:if|unless)/gi);
interface ConditionReading { starts: readonly number[]; ifs: ReadonlyArray<readonly [number, number]> }
/** A record's clause starts and conditional words, read once for all its figures. */
function conditionReading(text: string): ConditionReading {
  return { starts: clauseStarts(text), ifs: allMatches(IF_WORD(), text).map((m) => [m.index, m.index + m[0].length] as const) };
}

/**
 * A test that a span overlaps none of the figures: the figures sorted by start, with the furthest end
 * reached so far, so each span costs a binary search (a long record's many spans and figures).
 */
function notOverlapping(figures: readonly { start: number; end: number }[]): (v: { start: number; end: number }) => boolean {
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const f of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, f.end));
  return (v) => {
    // the figures that start before the span ends: does any of them end after it starts?
    const n = partitionPoint(sorted.length, (i) => sorted[i]!.start < v.end);
    return n === 0 || reach[n - 1]! <= v.start;
  };
}

/**
 * The record's figure of one of `kinds` nearest the subject matches (word
 * positions in the record's text), or null when none lies within `window`
 * words of any of them.
 */
export function findAnswer(
  record: QuarryRecord,
  textTokens: readonly Token[],
  kinds: readonly AnswerKind[],
  matches: readonly SubjectMatch[],
  window: number,
  subjectStems: ReadonlyMap<number, string> = new Map(),
  /** more words a count's unit may name to answer the question (stand-ins for subject words: "employees" for "staff") */
  unitStems: ReadonlySet<string> = new Set(),
  /** for "who": the corpus's known people, and whether a span opening with a quantifier is dropped */
  /** `weak`: clauses whose matches do not make a figure near (question.ts, `unanchored`) */
  /** `since`: the question asks "since when", so a date after "since" answers it outright */
  /** `head`: for "which/what + a noun" (a thing), the noun's clause: a name answers only within `window` words of it */
  /** `singleNames`: for "who", a one-word name inside a sentence or an acronym answers too (organisations: 'too' only) */
  /** `topic`: the words of the record's document title: a one-word name among them is what the document is about, no answer */
  /** `counted`: for "how many N …", the stems of N: only a count of N (or of a stand-in for it) is a count of the thing asked */
  people: { known?: KnownNames; quantifiers?: boolean; rates?: boolean; weak?: ReadonlySet<number>; organisations?: Organisations; since?: boolean; head?: { clause: number; window: number; possessed?: boolean }; singleNames?: boolean; topic?: ReadonlySet<string>; instances?: boolean; conditions?: boolean; counted?: ReadonlySet<string>; vague?: boolean } = {},
): FoundFigure | null {
  if (!matches.length) return null;
  const words = wordPositions(textTokens);
  // the matches in word order, for each figure's window (a long record has many of both)
  const byPos = [...matches].sort((a, b) => a.pos - b.pos);
  let reading: ConditionReading | undefined;
  const stems = new Set(subjectStems.values());
  let best: FoundFigure | null = null;
  // a copy: what is read from the text joins the candidates, never the record's own figures
  const orgs = people.organisations ?? 'too';
  // a one-word name the document's title holds ("Binance" in "Life At Binance") is its topic, not what is asked
  // (a person the speaker registry knows is never a topic: "CZ" in "… its founders CZ and He Yi")
  const topical = (n: NameFigure) => people.topic !== undefined && n.known !== true && !/\s/.test(n.text) && n.text.toLowerCase().replace(/['’]s$/, '').split('-').some((w) => people.topic!.has(w));
  // a one-word name read as a place ("in Nigeria": after a preposition of place, and nowhere else) is no company
  let placeSpans: ReadFigure[] | undefined;
  const place = (n: NameFigure) => !/\s/.test(n.text) && n.known !== true && (placeSpans ??= places(record.text)).some((p) => p.start === n.start && p.end === n.end);
  const candidates: Array<NameFigure | ReadFigure> = kinds.includes('person') ? names(record.text, stems, people.known, people.quantifiers ?? true, people.singleNames === true ? (orgs === 'too' ? 'words' : 'lists') : 'no').filter((n) => !topical(n) && !place(n)) : [...record.figures];
  // a thing's name: one word will do ("Coincheck", "BNB"); a person the registry knows is no thing
  if (kinds.includes('name')) candidates.push(...names(record.text, stems, undefined, people.quantifiers ?? true, 'acronyms').filter((n) => !topical(n)).map((n): ReadFigure => ({ ...n, kind: 'name', organisation: false })));
  if (kinds.includes('age')) candidates.push(...ages(record.text));
  if (kinds.includes('frequency')) candidates.push(...frequencies(record.text));
  // a round count or a span in words ("thousands of messages", "a few weeks"), where no figure of the record overlaps it
  if (people.vague === true && (kinds.includes('count') || kinds.includes('duration'))) candidates.push(...vagueQuantities(record.text).filter(notOverlapping(record.figures)));
  if (kinds.includes('role')) candidates.push(...roles(record.text));
  if (kinds.includes('reason')) candidates.push(...reasons(record.text));
  if (kinds.includes('multiple')) candidates.push(...multiples(record.text));
  if (kinds.includes('place')) candidates.push(...places(record.text, stems, people.known));
  // a bare number that states someone's age ("the average age of the team is 28") counts nothing
  let ageSpans: ReadFigure[] | undefined;
  const isAge = (f: { start: number; end: number }) => (ageSpans ??= ages(record.text)).some((a) => a.start < f.end && f.start < a.end);
  for (const f of candidates) {
    if (f.kind === 'count' && f.unit === undefined && isAge(f)) continue;
    const organisation = f.organisation === true;
    if (organisation && orgs === 'never') continue;
    if (!kinds.includes(f.kind as AnswerKind)) continue;
    // a count of something else ("8 timezones" for "how many speakers") answers nothing asked
    // ("since when": a date the text gives after "since" states the very thing asked, as such a count does)
    let unitMatch =
      (f.kind === 'count' && f.unit !== undefined && ((people.counted ?? stems).has(stem(f.unit.toLowerCase())) || unitStems.has(stem(f.unit.toLowerCase())))) ||
      (people.since === true && f.kind === 'date' && /\bsince\s+(?:the\s+)?(?:(?:early|mid|late|end\s+of)\s+)?$/i.test(record.text.slice(Math.max(0, f.start - 24), f.start)));
    // ... unless it is a rate of a subject word ("1.4 million orders per second" for "how many trades a second"),
    // or a count of people of some kind when the question counts "people" ("300 employees" for "how many people work there")
    if (f.kind === 'count' && f.unit !== undefined && !unitMatch && !(people.rates && isRateOf(record.text, f.end, stems)) && !(asksPeople(stems) && isPersonNoun(f.unit))) continue;
    // a figure inside a condition states no fact: "If BNB's price jumps tenfold, I won't …"
    if (people.conditions === true && inCondition(record.text, f.start, (reading ??= conditionReading(record.text)))) continue;
    const span = figureSpan(f, words);
    if (!span) continue;
    const [lo, hi] = span;
    // per clause: the fewest words between the figure and one of its matches
    const nearest = new Map<number, number>();
    // only matches within the window of the figure's words can be near it: those, found by binary search
    for (let k = partitionPoint(byPos.length, (i) => byPos[i]!.pos < lo - window - 1); k < byPos.length && byPos[k]!.pos <= hi + window + 1; k++) {
      const m = byPos[k]!;
      // words near which a figure is no answer: "after", "before" relate the subject to something else
      if (people.weak?.has(m.clause)) continue;
      const gap = m.pos < lo ? lo - m.pos - 1 : m.pos > hi ? m.pos - hi - 1 : 0;
      if (gap > window) continue;
      const had = nearest.get(m.clause);
      if (had === undefined || gap < had) nearest.set(m.clause, gap);
    }
    if (!nearest.size) continue;
    // a name the text gives as an instance of the noun asked about ("exchanges like Huobi", "a book
    // called Mindset", "capital, such as Node Capital") names the very thing asked, as a count of it does
    // (for a possessive's noun, "who is X's role model", a name right by it names the very thing asked: "my role model is Duan Yongping")
    const headGap = people.head !== undefined ? (nearest.get(people.head.clause) ?? Infinity) : Infinity;
    const instance = (f.kind === 'name' || f.kind === 'person') && people.head !== undefined && ((people.instances === true && headGap <= INSTANCE_WINDOW && INSTANCE_CUE.test(record.text.slice(Math.max(0, f.start - 16), f.start))) || (people.head.possessed === true && headGap <= people.head.window));
    // any other thing's name stands by the words that say what it is ("BBK split into vivo, OPPO")
    if (f.kind === 'name' && people.head && !instance && !(Math.min(...nearest.values()) <= people.head.window)) continue;
    const gaps = [...nearest.values()];
    const gap = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    const near = [...nearest.keys()].sort((a, b) => a - b);
    // for a plain "who", a person in the record comes before an organisation
    unitMatch ||= instance;
    const personFirst = orgs === 'after people' && best !== null ? Number(best.organisation) - Number(organisation) : 0;
    if (!best || personFirst > 0 || (personFirst === 0 && (unitMatch > best.unitMatch || (unitMatch === best.unitMatch && (near.length > best.near.length || (near.length === best.near.length && gap < best.gap)))))) {
      best = { answer: toAnswer(f), gap, near, unitMatch, organisation };
      if (instance) best.instance = true;
    }
  }
  return best;
}

/**
 * How much a found figure raises the record's score: 1 + weight × the share
 * of the query's subject words near it × closeness, where closeness is 1 for
 * a figure next to them and falls by half at four words between.
 */
export function figureFactor(found: FoundFigure, subjectClauses: number, weight: number, precisionWeight = 0): number {
  const share = found.near.length / Math.max(1, subjectClauses);
  const closeness = 1 / (1 + found.gap / 4);
  // "when" is answered better by a day than by a month, and by a month than by a year
  const precise = found.answer.precision === 'day' ? 1 : found.answer.precision === 'month' ? 0.5 : 0;
  return (1 + weight * share * closeness) * (1 + precisionWeight * precise);
}
