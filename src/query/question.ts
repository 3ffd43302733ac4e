/**
 * Question understanding: what a question-form query asks for, read before
 * the search is planned.
 *
 *   when, what year, since when, …      → a date
 *   how many, how big, what number of   → a count
 *   how much, how expensive, what price → an amount
 *   how long, how soon, how fast        → a duration
 *   what share, what percentage         → a percentage
 *   what rank, what position            → a rank ("number one", "2nd largest")
 *   who, whom, whose                    → a person
 *   where                               → a place
 *
 * The question words are taken out of the terms the search ranks with ("long"
 * in "how long" is not a subject), and so are the words that only shape the
 * question ("year" in "what year", "take" in "how long did it take"). What is
 * left, less the stop words, is the subject. The asked kind is kept: search
 * ranks first the records that hold a figure of that kind near the subject.
 *
 * A question word counts only at the start of the query, or after stop words
 * only ("and when did …"): "what happens when binance lists a token" asks
 * nothing about dates.
 *
 * The word after the cue can change what is asked: "how much time" and "how
 * many years" ask for a duration, not an amount or a count; "how much of"
 * asks for a share (or an amount); "what year" asks for a year, so a date
 * more precise than that is no better an answer; "which company", "what
 * investor" (a noun for a person or an organisation after which/what) ask
 * "who". "X as a percentage of Y" asks for a percentage wherever it stands.
 *
 * The rest of the question can change it too: "where does X rank" asks for a
 * rank, not a place; "how much did X rise" and "how big was X" ask for an
 * amount or, as well, a percentage (a change) or a count (a size).
 */
import type { AnswerKind } from './answer.js';
import { normalizeWord } from '../index/tokenize.js';
import { surfaceTerm } from '../index/terms.js';

export type AskedKind = 'date' | 'count' | 'amount' | 'duration' | 'percent' | 'rank' | 'person' | 'place' | 'age' | 'frequency' | 'thing' | 'role' | 'yes-no' | 'reason';

export interface Question {
  /** what the question asks for */
  asked: AskedKind;
  /** the words that asked it, as typed ("how many") */
  cue: string;
  /** what answers it: kinds of figure, or 'person' (a name); empty for a place (records carry none) */
  figureKinds: AnswerKind[];
  /** the subject words: the query's terms less the question's own words and the stop words */
  subject: string[];
  /** a date question that asks for the year only ("what year"): a more precise date is no better an answer */
  yearOnly?: boolean;
  /** subject words (as typed) that do not make a figure near them an answer: "after"/"before" (RELATIONAL_WORDS) */
  unanchored: string[];
  /** for a "who" question: whether an organisation answers */
  organisations?: Organisations;
  /** "since when": a date the text gives after "since" states the very thing asked */
  since?: boolean;
  /**
   * for "which/what + a noun" ("which coin", "what products", "which company"): the noun, as
   * typed. It names what the answer is: for a thing, a record naming it counts it twice, and a
   * name standing by the subject words answers; a name the text gives as an instance of it
   * ("exchanges like Huobi", "capital, such as Node Capital") answers outright.
   */
  head?: string;
  /**
   * subject words (as typed) that only frame what is asked: a verb of regarding followed by "as"
   * ("who does X see as its rival", "who does she count as her mentors"). The text names the
   * rival or the mentors without the verb: they count as light verbs do (search.ts).
   */
  framing?: string[];
  /**
   * the head is the noun a possessive names ("who is he yi's role model", "who was X's co-host on
   * the show", "what is bnb's nickname"): it is what the question asks about, and counts as a
   * thing question's noun does (search.ts)
   */
  possessed?: boolean;
  /**
   * for "who + auxiliary + …" ("who did cz promise to take skiing", "who does he yi count as her
   * mentors"): the words right after the auxiliary, as typed, where the inverted question's own
   * subject stands. A person named there is who acts, not who is asked for: a name standing by
   * them is no answer (search.ts, `invertedNames`)
   */
  inverted?: string[];
  /**
   * content verbs the stop list holds for their other use ("own" for "my own"), typed as the
   * question's verb ("what crypto does he yi own"): the index lacks them, so search looks for
   * them in the text of the records it ranks first (not after a possessive)
   */
  stopVerbs?: string[];
  /**
   * for "how many N …": N as typed, the words after the cue before the first stop word (two at
   * most: "how many active users"). What is counted: "how many coins could users trade" counts
   * coins, and a count of users is no answer
   */
  counted?: string[];
}

export interface ReadQuestion {
  /** null: the query is not a question quarry reads */
  question: Question | null;
  /** the plain terms to rank with: the question's own words taken out */
  terms: string[];
}

interface Cue {
  words: string[];
  asked: AskedKind;
  /** what answers it, when not the asked kind's figure */
  figureKinds?: AnswerKind[];
  yearOnly?: boolean;
  /** the cue's last word is a noun that stays a subject word ("which company") */
  keepLast?: boolean;
  /** for "who": whether an organisation answers (below) */
  organisations?: Organisations;
}

/**
 * Whether a "who" question is answered by an organisation ("Node Capital") as well as by a
 * person: 'too' for "which company / investor / vc", 'never' for "which executive / founder",
 * 'after people' for a plain "who" (either can be meant: a person comes first in a record,
 * and an organisation counts half the figure's worth).
 */
export type Organisations = 'too' | 'never' | 'after people';

/** Units of time: "how many years" / "how much time" ask for a duration. */
const TIME_UNITS = ['time', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades'];
/** Nouns for a person: "which executive …" asks who, and an organisation is no answer. */
const PERSON_NOUNS = ['person', 'people', 'man', 'woman', 'executive', 'executives', 'founder', 'founders', 'celebrity', 'celebrities'];
/** Nouns for an organisation, or either: "which company …", "what investor …" ask who, an organisation as well as a person. */
const ORGANISATION_NOUNS = [
  'company', 'companies', 'firm', 'firms', 'organisation', 'organization', 'organisations', 'organizations', 'investor', 'investors',
  'vc', 'vcs', 'fund', 'funds', 'bank', 'banks', 'partner', 'partners', 'backer', 'backers', 'exchange', 'exchanges', 'team',
];

/** Nouns for a place: "which city …", "what country …" ask where. */
const PLACE_NOUNS = ['city', 'cities', 'country', 'countries', 'province', 'provinces', 'region', 'regions', 'town', 'towns', 'village', 'villages', 'continent', 'continents', 'county', 'district', 'capital'];

/** Cues answered by more than their asked kind's figure. */
const CUE_KINDS: Record<string, AnswerKind[]> = {
  'how much of': ['percent', 'amount'],
  // "how many times a week" is a frequency, "how many times did X" a count of them
  'how many times': ['frequency', 'count'],
};

const CUES: Cue[] = (
  [
    ['since when', 'date'],
    ['how old', 'age'],
    ['how young', 'age'],
    ['what age', 'age'],
    ['which age', 'age'],
    ['how often', 'frequency'],
    ['how frequently', 'frequency'],
    ['how regularly', 'frequency'],
    ['how many times', 'frequency'],
    ['what year', 'date'],
    ['which year', 'date'],
    ['in what year', 'date'],
    ['in which year', 'date'],
    ['what date', 'date'],
    ['what month', 'date'],
    ['which month', 'date'],
    ['what day', 'date'],
    ['when', 'date'],
    ['how many', 'count'],
    ['how big', 'count'],
    ['how large', 'count'],
    ['what number of', 'count'],
    ['how much', 'amount'],
    ['how expensive', 'amount'],
    ['how costly', 'amount'],
    ['what price', 'amount'],
    ['what amount of', 'amount'],
    ['how long', 'duration'],
    ['how soon', 'duration'],
    ['how fast', 'duration'],
    ['how quickly', 'duration'],
    ['how much of', 'percent'],
    ['what share of', 'percent'],
    ['what share', 'percent'],
    ['what percentage of', 'percent'],
    ['what percentage', 'percent'],
    ['what percent of', 'percent'],
    ['what percent', 'percent'],
    ['what proportion of', 'percent'],
    ['what proportion', 'percent'],
    ['what fraction of', 'percent'],
    ['what portion of', 'percent'],
    ['what rank', 'rank'],
    ['which rank', 'rank'],
    ['what position', 'rank'],
    ['which position', 'rank'],
    ['what place', 'rank'],
    ['which place', 'rank'],
    ['who', 'person'],
    ['whom', 'person'],
    ['whose', 'person'],
    ['where', 'place'],
    ['why', 'reason'],
    ['how come', 'reason'],
    ['for what reason', 'reason'],
  ] as Array<[string, AskedKind]>
)
  .map(([w, asked]): Cue => ({ words: w.split(' '), asked, ...(CUE_KINDS[w] ? { figureKinds: CUE_KINDS[w] } : {}), ...(/\byear\b/.test(w) ? { yearOnly: true } : {}) }))
  .concat(
    TIME_UNITS.flatMap((u) => [
      { words: ['how', 'much', u], asked: 'duration' as AskedKind, keepLast: true },
      { words: ['how', 'many', u], asked: 'duration' as AskedKind, keepLast: true },
    ]),
    PLACE_NOUNS.flatMap((n) => [
      { words: ['which', n], asked: 'place' as AskedKind, keepLast: true },
      { words: ['what', n], asked: 'place' as AskedKind, keepLast: true },
    ]),
    [...PERSON_NOUNS, ...ORGANISATION_NOUNS].flatMap((n) => {
      const organisations = PERSON_NOUNS.includes(n) ? ('never' as const) : ('too' as const);
      return [
        { words: ['which', n], asked: 'person' as AskedKind, keepLast: true, organisations },
        { words: ['what', n], asked: 'person' as AskedKind, keepLast: true, organisations },
      ];
    }),
  )
  // longest first, so "what percentage of" wins over "what percentage"
  .sort((a, b) => b.words.length - a.words.length);

/** Cues that ask wherever they stand ("bnb users as a percentage of eth users"). */
const INNER_CUES: Cue[] = ['as a percentage of', 'as a percent of', 'as a share of', 'as a proportion of', 'as a fraction of'].map((w) => ({ words: w.split(' '), asked: 'percent' as AskedKind }));

/** Words that only shape a question of this kind, wherever they stand in it. */
const SHAPING: Partial<Record<AskedKind, ReadonlySet<string>>> = {
  duration: new Set(['take', 'takes', 'took', 'taken', 'taking']),
};

const FIGURE_KINDS: Record<AskedKind, AnswerKind[]> = {
  date: ['date'],
  count: ['count'],
  amount: ['amount'],
  duration: ['duration'],
  percent: ['percent'],
  rank: ['rank'],
  person: ['person'],
  place: ['place'],
  age: ['age'],
  frequency: ['frequency'],
  thing: ['name'],
  role: ['role'],
  'yes-no': [],
  reason: ['reason'],
};

/** The auxiliaries that open a yes-no question ("does he yi hold any crypto", "was busd binance's own"); not "may" (a month), "might", "must". */
const YES_NO_OPENERS = new Set('do does did is are was were has have had can could will would should'.split(' '));

/**
 * Nouns for a job or a post: a "which/what" question holding one ("what jobs did X have", "what
 * was X's job title", "what role does X play") asks for a role, answered by the word for it
 * ("CMO", "teachers", answer.ts); the noun itself only shapes the question, as "year" does in
 * "what year": the text names the job without saying "job".
 */
const ROLE_NOUNS = new Set('job jobs title titles role roles occupation occupations profession professions post posts'.split(' '));

/** A thing question ("what was X's job title") read as one asking for a role, when a role noun is among its subject words. */
function asRole(read: ReadQuestion): ReadQuestion {
  const q = read.question;
  if (q === null || q.asked !== 'thing') return read;
  const isRole = (t: string) => ROLE_NOUNS.has(normalizeWord(t));
  const subject = q.subject.filter((t) => !isRole(t));
  if (subject.length === q.subject.length || subject.length === 0) return read;
  const { head: _head, possessed: _possessed, ...rest } = q;
  return { question: { ...rest, asked: 'role', figureKinds: FIGURE_KINDS.role, subject }, terms: read.terms.filter((t) => !isRole(t)) };
}

/** How a question is read (the search's configuration): `roles`, role nouns make a question ask for a role; `possessed`, a possessive's noun is the head. */
export interface ReadOptions {
  /** a query opening with an auxiliary is a yes-no question */
  yesNo?: boolean;
  /** "why", "how come", "for what reason" ask for a reason (else: no question) */
  reasons?: boolean;
  /** "how much did X grow" is answered by a multiple too ("fivefold"); else by an amount or a percentage only */
  multiples?: boolean;
  roles?: boolean;
  possessed?: boolean;
}

/**
 * A query opening with an auxiliary, two or more words after it ("does he yi write speeches in
 * advance", "was busd binance's own stablecoin"), is a yes-no question: no figure answers it,
 * but its words read as a question's do (stand-ins, light verbs, the speaker at half).
 */
function yesNo(terms: readonly string[]): ReadQuestion | null {
  const norms = terms.map((t) => normalizeWord(t));
  if (norms.length < 3 || !YES_NO_OPENERS.has(norms[0]!)) return null;
  const rest = terms.slice(1);
  const subject = rest.filter((t) => !isStop(normalizeWord(t)));
  if (subject.length === 0) return null;
  const unanchored = subject.filter((t) => RELATIONAL_WORDS.has(normalizeWord(t)));
  return { question: { asked: 'yes-no', cue: terms[0]!, figureKinds: [], subject, unanchored }, terms: rest };
}

/**
 * "who is/was X's N …", "what is/was X's N …": the noun phrase a possessive opens, after the
 * question word and an auxiliary, ends at the first stop word or the query's end; its last word
 * (of at most two) is what the question asks about.
 */
function possessedHead(read: ReadQuestion, terms: readonly string[]): ReadQuestion {
  const q = read.question;
  if (q === null || q.head !== undefined || (q.asked !== 'person' && q.asked !== 'thing')) return read;
  const norms = terms.map((t) => normalizeWord(t));
  const at = norms.findIndex((w) => w === 'who' || w === 'what');
  if (at < 0 || !AUXILIARIES.has(norms[at + 1] ?? '')) return read;
  const owner = norms.findIndex((w, i) => i > at + 1 && /['’]s$/.test(w));
  if (owner < 0 || norms.slice(at + 2, owner).some((w) => AUXILIARIES.has(w))) return read;
  let head: number | null = null;
  for (let i = owner + 1; i < Math.min(norms.length, owner + 3); i++) {
    if (isStop(norms[i]!)) break;
    head = i;
  }
  if (head === null || !q.subject.includes(terms[head]!)) return read;
  return { question: { ...q, head: terms[head]!, possessed: true }, terms: read.terms };
}

/** "what kind of X", "which type of X": X is the noun asked about. */
const KIND_WORDS = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts']);

/**
 * "which/what" + a noun no cue names ("which coin", "what products", "what safety level"): the
 * question asks for a thing of that kind, answered by a name standing by the noun. The noun is
 * the last of at most two words after the question word, and an auxiliary follows it ("what
 * sport do …", "which sci-fi novels were …").
 */
function thingHead(norms: readonly string[], at: number): { from: number; head: number } | null {
  if (norms[at] !== 'which' && norms[at] !== 'what') return null;
  let from = at + 1;
  if (KIND_WORDS.has(norms[from] ?? '') && norms[from + 1] === 'of') from += 2;
  let head: number | null = null;
  for (let i = from; i < Math.min(norms.length, from + 2); i++) {
    if (isStop(norms[i]!)) break;
    head = i;
  }
  // the noun phrase is the inverted question's subject: an auxiliary follows it ("what sport do",
  // "which novels were"), or nothing does; "what happens when …" asks no thing
  if (head === null || (head + 1 < norms.length && !AUXILIARIES.has(norms[head + 1]!))) return null;
  return { from, head };
}

/** The verbs that open an inverted question's verb phrase ("what sport DO employees like"). */
const AUXILIARIES = new Set('do does did is are was were has have had can could will would should may might must'.split(' '));

const isStop = (norm: string) => surfaceTerm(norm) === null;

/** Words that make "where" ask for a rank: "where does binance rank", "where did it place". */
const RANK_WORDS = new Set(['rank', 'ranks', 'ranked', 'ranking', 'rankings', 'place', 'placed', 'stand', 'stands', 'stood']);
/** Words of change: "how much did the price rise" is answered by an amount or a percentage. */
const CHANGE_WORDS = new Set(
  ('rise rises rose risen rising grow grows grew grown growing growth increase increased increases increasing gain gained ' +
    'jump jumped surge surged soar soared climb climbed fall falls fell fallen falling drop dropped drops decline declined ' +
    'decrease decreased shrink shrank shrunk plunge plunged lose lost').split(' '),
);
/** "how big" / "how large": a size, stated as a count or as an amount. */
const SIZE_CUES = new Set(['how big', 'how large']);

/**
 * Subject words that place the subject in time relative to something else ("after having a
 * baby", "before founding binance"). They are no stop words (src/index/stopwords.ts), so they
 * rank; but a figure near only them is near the other thing, not the subject ("one day after
 * its launch" does not answer "how much time off after having a baby").
 */
export const RELATIONAL_WORDS: ReadonlySet<string> = new Set(['after', 'before']);

/** Verbs that before "to" only say the next verb is needed or wanted ("what do staff need to bring"). */
const MODAL_VERBS = new Set('need needs needed want wants wanted'.split(' '));

/** Content verbs that are stop words for their other use ("my own"); after a possessive they are that use. */
const STOP_VERBS = new Set(['own']);
const POSSESSIVES = new Set('my your his her its our their one\'s'.split(' '));

/** Verbs of regarding: before a later "as" they frame the question ("see X as Y"), saying nothing of Y. */
const FRAMING_VERBS = new Set('see sees saw seen count counts counted regard regards regarded consider considers considered view views viewed deem deems deemed'.split(' '));

/** Read a query's plain terms (as typed, in order) as a question, if they are one. */
export function readQuestion(terms: readonly string[], opts: ReadOptions = {}): ReadQuestion {
  let read = readQuestionForm(terms);
  if (!opts.multiples && read.question?.figureKinds.includes('multiple')) read.question.figureKinds = read.question.figureKinds.filter((k) => k !== 'multiple');
  if (!opts.reasons && read.question?.asked === 'reason') read = { question: null, terms: [...terms] };
  if (opts.yesNo && read.question === null) read = yesNo(terms) ?? read;
  if (opts.possessed) read = possessedHead(read, terms);
  return opts.roles ? asRole(read) : read;
}

function readQuestionForm(terms: readonly string[]): ReadQuestion {
  const norms = terms.map((t) => normalizeWord(t));
  const asked = (cue: Cue, at: number): ReadQuestion | null => {
    const n = cue.words.length;
    const taken = cue.keepLast ? n - 1 : n;
    const shaping = SHAPING[cue.asked];
    // "take" shapes "how long did it take", but is the subject's verb in "how much time did she take off"
    const rest = terms.filter((_, i) => (i < at || i >= at + taken) && !(shaping && shaping.has(norms[i]!) && norms[i - 1] === 'it'));
    const subject = rest.filter((t) => !isStop(normalizeWord(t)));
    // a query that is nothing but a question ("how many") still searches for its words
    if (subject.length === 0) return null;
    const later = norms.slice(at + n);
    let kind = cue.asked;
    let figureKinds = cue.figureKinds ?? FIGURE_KINDS[cue.asked];
    if (kind === 'place' && later.some((w) => RANK_WORDS.has(w))) {
      kind = 'rank';
      figureKinds = FIGURE_KINDS.rank;
    } else if (cue.words.join(' ') === 'how much' && later.some((w) => CHANGE_WORDS.has(w))) {
      // a change is stated as an amount, a percentage or a multiple ("fivefold", "5x", "6000 times")
      figureKinds = ['amount', 'percent', 'multiple'];
    } else if (SIZE_CUES.has(cue.words.join(' '))) {
      figureKinds = ['count', 'amount'];
    }
    const unanchored = subject.filter((t) => RELATIONAL_WORDS.has(normalizeWord(t)));
    const question: Question = { asked: kind, cue: terms.slice(at, at + n).join(' '), figureKinds, subject, unanchored };
    const framing = terms.filter((t, i) => ((FRAMING_VERBS.has(norms[i]!) && norms.indexOf('as', i + 1) > i) || (MODAL_VERBS.has(norms[i]!) && norms[i + 1] === 'to')) && !isStop(norms[i]!));
    if (framing.length) question.framing = framing;
    if (kind === 'count' && cue.words.join(' ') === 'how many') {
      const counted: string[] = [];
      for (let i = at + n; i < Math.min(norms.length, at + n + 2) && !isStop(norms[i]!); i++) counted.push(terms[i]!);
      // the noun ends where the inverted question's verb phrase begins ("how many coins could users …")
      if (counted.length && (at + n + counted.length >= norms.length || isStop(norms[at + n + counted.length]!))) question.counted = counted;
    }
    const stopVerbs = norms.filter((w, i) => i >= at + n && STOP_VERBS.has(w) && !POSSESSIVES.has(norms[i - 1] ?? ''));
    if (stopVerbs.length) question.stopVerbs = stopVerbs;
    if (kind === 'person') question.organisations = cue.organisations ?? 'after people';
    if (kind === 'person' && n === 1 && AUXILIARIES.has(norms[at + 1] ?? '')) question.inverted = terms.slice(at + 2, at + 5);
    // "which company", "what investor": the noun says what the answer is, as a thing question's does
    if (kind === 'person' && cue.keepLast) question.head = terms[at + n - 1]!;
    if (cue.yearOnly) question.yearOnly = true;
    if (cue.words.join(' ') === 'since when') question.since = true;
    return { question, terms: rest };
  };
  for (let at = 0; at < norms.length; at++) {
    const cue = CUES.find((c) => c.words.every((w, k) => norms[at + k] === w));
    if (cue) return asked(cue, at) ?? { question: null, terms: [...terms] };
    // "what did he yi study", "what does X think": a question all the same (its subject words read
    // as a question's are: stand-ins, light verbs, the speaker), though no figure answers it
    if (norms[at] === 'what' && AUXILIARIES.has(norms[at + 1] ?? '')) {
      const read = asked({ words: ['what'], asked: 'thing' }, at);
      if (read?.question) read.question.figureKinds = [];
      return read ?? { question: null, terms: [...terms] };
    }
    const thing = thingHead(norms, at);
    if (thing !== null) {
      // the question word (and "kind of") go; the noun phrase stays in the subject
      const read = asked({ words: norms.slice(at, thing.from + 1), asked: 'thing', keepLast: true }, at);
      if (read?.question) read.question.head = terms[thing.head]!;
      return read ?? { question: null, terms: [...terms] };
    }
    // only stop words may stand before the question word
    if (!isStop(norms[at]!)) break;
  }
  for (let at = 1; at < norms.length; at++) {
    const cue = INNER_CUES.find((c) => c.words.every((w, k) => norms[at + k] === w));
    if (cue) return asked(cue, at) ?? { question: null, terms: [...terms] };
  }
  return { question: null, terms: [...terms] };
}
