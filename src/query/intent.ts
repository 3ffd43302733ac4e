/**
 * The question-intent lexicon: what a question asks for, in the words records
 * use to state it. An analyst asks "who invested in X"; the text says "X was
 * backed by Y" or "Y led the funding round". Asks "how many employees"; the
 * text says "a staff of 300" or "headcount passed 1,500". The search engine
 * cannot know these are the same without being told, and a general
 * thesaurus would drag in far too much: so this is a short list of the
 * intents analysts' questions carry about organisations and people (money
 * raised, founding, joining and leaving, leading, size of staff and user
 * base, price and value, growth and decline), written as plain English, not
 * taken from any corpus's answers.
 *
 * Each ring is a set of words that state one intent. A question (question.ts:
 * only a query read as a question is expanded) whose subject holds a word of
 * a ring (compared by stem) has the ring's other words added as expansion
 * terms. How they weigh (search.ts):
 * - an expansion term stands in for the typed word it expands, only in a
 *   record without that word as a whole word: it counts `intentWorth` (half)
 *   of that word in the coverage ranking, as a prefix-only match does, and
 *   adds its best term's score times `intentScore`;
 * - so a record with the typed word always ranks above one with a stand-in
 *   for it, other things equal;
 * - expansions are looked up as whole words (by stem), never by prefix or fuzz.
 * `--explain` lists every expansion a hit matched, with the word it expands.
 */
import { stem } from '../index/stem.js';

/** Rings of words that state one intent; a word in a ring stands for the ring's other words. */
const RINGS: readonly string[] = [
  // money raised or put in
  'invest invested investing investor investors investment investments vc vcs backed backer backers backing funding funded financing financed fundraising raised capital',
  // money itself
  'money cash funds capital',
  // coming into being
  'found founded founder founders establish established start started launch launched create created begin began inception formed',
  // joining and leaving an organisation
  'join joined joining hire hired hiring recruit recruited recruitment employ employed',
  'leave leaving left quit resign resigned resignation depart departed departure',
  // who runs what
  'lead leads led leader head heads headed chief director manage manages managed manager oversee oversees ceo boss president',
  // people on the payroll
  'employees employee staff staffers headcount workforce personnel workers team',
  // what they are paid
  'salary salaries pay wage wages compensation bonus bonuses',
  // the parts of a company
  'subsidiary subsidiaries affiliate affiliates spinoff spin-off sub-brand division divisions unit units arm offshoot',
  // a business
  'company companies firm firms business businesses startup startups venture ventures enterprise',
  // people served
  'users user customers customer clients client',
  // people reached
  'audience viewers viewer watched attendees attended',
  // what something costs or is worth
  'price prices cost costs paid pay worth valued valuation value',
  // money coming in
  'revenue revenues income profit profits earnings earned sales',
  // giving
  'donate donated donation donations gave contributed contribution pledged',
  // helping
  'help helped helping assist assisted support supported',
  // going up and down
  'rise rose grow grew growth increase increased jump jumped surge surged soar soared gain gained expand expanded expansion',
  'fall fell drop dropped decline declined decrease decreased plunge plunged cut reduce reduced reduction lower lowered slash slashed',
  // the usual case
  'typical average usual median',
  // gatherings
  'conference event summit forum',
  // reach on social media
  'followers follower fans subscribers audience',
  // forbidding
  'ban banned prohibit prohibited outlaw outlawed crackdown',
  // making public
  'announce announced unveil unveiled reveal revealed',
  // changing hands
  'acquire acquired acquisition buy bought purchase purchased takeover merger merged',
  'sell sold selling auction auctioned',
  // the end of a life
  'die died death passed',
  // where and how a life began
  'born birth birthplace hometown native',
  // family
  'children child kids kid son sons daughter daughters',
  'married marry wife husband spouse',
  // schooling
  'studied study school university college degree graduated education',
  // rules and their keepers
  'regulator regulators regulation regulations regulatory compliance license licence licenses',
  // courts and penalties
  'sue sued lawsuit lawsuits charged settlement settled fine fined penalty penalties',
  // break-ins
  'hack hacked hacker hackers breach attack attacks stolen theft',
  // rivals
  'competitor competitors rival rivals competition',
  // where a company sits
  'headquarters headquartered hq based office offices',
  // trading
  'trade volume turnover',
  // mistakes
  'mistake mistakes error errors',
  // taking up what others made
  'copy copied copies imitate imitated adopt adopted adopting',
];

interface Ring {
  words: string[];
  stems: Set<string>;
}

/** Stemmed on first use: only a question is expanded, and stemming every ring's words cost each search's start. */
let ringList: Ring[] | undefined;
const rings = (): Ring[] =>
  (ringList ??= RINGS.map((line) => {
    const words = line.split(' ');
    return { words, stems: new Set(words.map((w) => stem(w))) };
  }));

export interface Expansion {
  /** the word records use ("investors") */
  word: string;
  /** the user's subject word it expands ("invested") */
  of: string;
}

/**
 * The expansion terms of a question's subject words: for every subject word
 * in a ring, the ring's other words, less any word whose stem the subject
 * already has (`stemsOf` gives a word's stems: its own, and an irregular
 * verb's other forms'). In ring order, each word once.
 */
export function intentExpansions(subject: readonly string[], stemsOf: (word: string) => readonly string[]): Expansion[] {
  const subjectStems = new Set(subject.flatMap(stemsOf));
  const out: Expansion[] = [];
  const seen = new Set<string>();
  for (const word of subject) {
    const stems = stemsOf(word);
    for (const ring of rings()) {
      if (!stems.some((s) => ring.stems.has(s))) continue;
      for (const w of ring.words) {
        const ws = stem(w);
        if (subjectStems.has(ws) || seen.has(ws)) continue;
        seen.add(ws);
        out.push({ word: w, of: word });
      }
    }
  }
  return out;
}
