/**
 * text.ts: the word-level toolkit every analysis command shares: tokens with
 * offsets, stop words, a light stemmer, and the small table of "concepts"
 * that lets differently worded statements of one event meet ("launched",
 * "founded", "inception"; "entered", "joined", "since").
 *
 * Deliberately self-contained: the search index (src/index) has its own
 * tokenizer tuned for retrieval, and analysis must not depend on it. The rules
 * here are general English morphology, never keyed to a document's words.
 */
import { allMatches } from '../model/regexp.js';

/** A word of running text, with its UTF-16 offsets. */
export interface Word {
  /** as written */
  raw: string;
  /** lower-cased, apostrophes folded, possessive 's removed */
  lower: string;
  /** stem ("" for a stop word) */
  stem: string;
  start: number;
  end: number;
}

// Letters and digits, with inner apostrophes, dots between digits ("1.5") and
// hyphens between parts ("crypto-to-crypto", "co-founder") kept inside the word.
const WORD_RE = /[\p{L}\p{N}]+(?:(?:['’](?=\p{L})|(?<=\p{N})[.,](?=\p{N})|[-‐‑](?=[\p{L}\p{N}]))[\p{L}\p{N}]+)*/gu;

/**
 * English function words and the verbs and adverbs too common to say what a
 * sentence is about. A stop word never decides similarity.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above across after afterwards again against all almost along already also although always am among an and another any ' +
    'anyone anything are around as at back be became because become becomes been before being below beside besides between both but by ' +
    'can cannot could did do does doing done down during each either else enough etc even ever every everyone everything few for from ' +
    'further get gets getting got had has have having he her here hers herself him himself his how however i if in indeed into is it its ' +
    'itself just least less let like made make makes many may me might mine more most much must my myself neither never nevertheless no ' +
    'nobody none nor not nothing now of off often on once one only onto or other others otherwise our ours ourselves out over own per ' +
    'perhaps quite rather really same say said says see seem seemed seems several she should since so some somehow someone something ' +
    'sometimes still such than that the their theirs them themselves then there thereby therefore these they thing things this those ' +
    'though through throughout thus to together too toward towards under until up upon us very via was way we well were what whatever ' +
    'when whenever where whereas wherever whether which while who whoever whole whom whose why will with within without would yes yet ' +
    'you your yours yourself yourselves s t d ll m re ve don didn doesn isn wasn aren weren won wouldn couldn shouldn hasn haven hadn ' +
    'i’m i\'m it\'s that\'s there\'s let\'s ' +
    'also actually basically certainly definitely simply truly maybe lot lots kind sort able ' +
    // light verbs: they carry tense and aspect, not a subject
    'go goes going went gone come comes coming came take takes taking took taken put puts give gives giving gave given ' +
    'want wants wanted know knows knew known think thinks thought look looks looked keep keeps kept seem try tries tried ' +
    // number words: numbers are figures, not subjects
    'two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds ' +
    'thousand thousands million millions billion billions dozen dozens half'
  ).split(/\s+/),
);

/** Irregular forms folded to one stem, so "became" meets "become" and "rose" meets "rise". */
const IRREGULAR: Record<string, string> = {
  became: 'become', rose: 'rise', risen: 'rise', grew: 'grow', grown: 'grow', began: 'begin', begun: 'begin',
  took: 'take', taken: 'take', led: 'lead', met: 'meet', sold: 'sell', brought: 'bring', won: 'win', ran: 'run',
  told: 'tell', bought: 'buy', built: 'build', sent: 'send', spent: 'spend', knew: 'know', known: 'know', saw: 'see',
  seen: 'see', gave: 'give', given: 'give', went: 'go', gone: 'go', came: 'come', wrote: 'write', written: 'write',
  people: 'person', children: 'child', men: 'man', women: 'woman', broke: 'break', broken: 'break', held: 'hold',
  paid: 'pay', raised: 'raise', felt: 'feel', thought: 'think', found: 'find', lost: 'lose', chose: 'choose',
  chosen: 'choose', joined: 'join', cryptocurrency: 'crypto', cryptocurrencies: 'crypto', cryptos: 'crypto',
  biggest: 'largest', data: 'data', news: 'news', series: 'series', media: 'media',
};

/**
 * A light suffix stripper (plural, -ing, -ed, final -e): enough for
 * "launched/launching/launches" → "launch", "created/create" → "creat",
 * "exchanges" → "exchang". A bare "found" is read as the past of "find"
 * ("I found it fascinating"); "founded", "founding" stem to "found"
 * (establish). It never produces an empty stem.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’ʼ]/g, "'").replace(/'s$|'$/, '');
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return irregular.endsWith('e') && irregular.length > 4 ? irregular.slice(0, -1) : irregular;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (/(?:ch|sh|x|ss|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|'s)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 6) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length >= 5) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ed') && w.length >= 5) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** "runn" → "run", "stopp" → "stop" (but "sell", "pass", "buzz" keep theirs). */
function undouble(w: string): string {
  return /([b-df-hj-km-np-rtv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

/** Lower-case, fold apostrophes, drop a possessive. */
export function lowerWord(raw: string): string {
  return raw.toLowerCase().replace(/[’ʼ]/g, "'").replace(/'s$|'$/, '');
}

/** A function word (contractions included: "you're", "don't"), or a bare number (numbers are figures, not subjects). */
export function isStopWord(lower: string): boolean {
  if (STOP_WORDS.has(lower) || /^\d/.test(lower)) return true;
  const apos = lower.indexOf("'");
  return apos > 0 && STOP_WORDS.has(lower.slice(0, apos));
}

/**
 * Each token's lower form and stem, kept from one call of `words` to the next: the analysis
 * commands read every record's text several times (statements, subject statistics, pairs), and
 * lower-casing and stemming the same few thousand tokens again was a sixth of `related` and
 * `conflicts` on the shipped corpus. Bounded: a corpus's vocabulary past the limit starts the
 * memo afresh rather than growing it without end.
 */
const FORMS = new Map<string, { lower: string; stem: string }>();
const FORMS_LIMIT = 100_000;

function formsOf(raw: string): { lower: string; stem: string } {
  let forms = FORMS.get(raw);
  if (forms === undefined) {
    const lower = lowerWord(raw);
    forms = { lower, stem: isStopWord(lower) ? '' : stem(lower) };
    if (FORMS.size >= FORMS_LIMIT) FORMS.clear();
    FORMS.set(raw, forms);
  }
  return forms;
}

/** Every word of `text` with offsets; stop words have stem "". */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of allMatches(WORD_RE, text)) {
    const raw = m[0];
    const { lower, stem } = formsOf(raw);
    out.push({ raw, lower, stem, start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** The content stems of `text` (stop words out), hyphenated words also split into their parts. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (!w.stem) continue;
    out.push(w.stem);
    if (/[-‐‑]/.test(w.lower)) {
      for (const part of w.lower.split(/[-‐‑]/)) if (part && !isStopWord(part)) out.push(stem(part));
    }
  }
  return out;
}

/**
 * Concepts: stems that name the same kind of event. A statement gets the
 * concept token as well as its own stems, so "Binance launched" and "since
 * its founding" share LAUNCH. Kept small and generic on purpose: these are
 * the verbs that date an event in a biography or a company history.
 */
const CONCEPTS: Record<string, string> = {
  launch: '~launch', found: '~launch', establish: '~launch', inception: '~launch', debut: '~launch',
  introduc: '~launch', unveil: '~launch', initiat: '~launch', creat: '~launch', releas: '~launch',
  enter: '~enter', entry: '~enter', join: '~enter', begin: '~enter', start: '~enter',
};

/** The concept a stem belongs to, if any. */
export function conceptOf(s: string): string | undefined {
  return CONCEPTS[s];
}

/** Words that mark the start of a period ("since 2014"): they carry the ENTER concept though they are stop words. */
export const START_MARKERS: ReadonlySet<string> = new Set(['since']);

/** Collapse runs of whitespace (line breaks included) to one space. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Upper-case the first letter. */
export function upperFirst(text: string): string {
  return text.replace(/^(\P{L}*)(\p{L})/u, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}
