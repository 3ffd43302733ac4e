/**
 * A news package's voices named by what its anchor and reporter say, wherever its ">>" turns come
 * from: closed captions (captions.ts) or the same words saved as a plain transcript (transcript.ts).
 * The anchor's hand-off names the reporter ("KGW'S JENNA LIU HAS THE STORY."), a reporter's lead-in
 * names the bite after it ("COUNCIL MEMBER DANA REEVES VOTED NO."), a sign-off names the reporter
 * ("IN NORTHEAST PORTLAND, JENNA LIU, KGW NEWS."). Only a turn no label names (a bare ">>": its key
 * ">>#n") is given a voice here.
 */
import { asks, soundbiteNamed, type Turn } from './conversation.js';
import { displayName, isNameShaped, OFFICE_WORD } from './labels.js';
import { mayBePersonName, mayOpenFullName, PERSON_NOUN_ANY, TITLE_BEFORE_NAME } from './quotes.js';
import { normalizeSpace, splitSentences, titleCase, wordCount } from './text.js';
import { escapeRegExp, lazy } from '../model/regexp.js';

/**
 * Names the unnamed ">>" voices of a news package (leadInVoices, signedOffReporters,
 * handedOffReporters, in that order), setting each named turn's key and speaker.
 */
export function newsPackageVoices(turns: Turn[]): void {
  if (!turns.some(unnamed)) return;
  const before = turns.map((t) => t.speaker);
  const bites = leadInVoices(turns);
  signedOffReporters(turns);
  handedOffReporters(turns, bites);
  // A package these signs read (a voice named): the anchor's and the reporter's labelled turns
  // (">> ANCHOR: GOOD EVENING. …") tell the story and ask nothing unless they ask: the ">>" voice
  // after one answers no question of it.
  if (turns.every((t, k) => t.speaker === before[k])) return;
  for (const t of turns) if (t.asker && t.speaker !== null && NEWS_VOICE().test(t.speaker) && !asks(t)) t.asker = false;
}

/** A change of voice no label names: a bare ">>" (captions' and transcripts' key ">>#n"). */
function unnamed(t: Turn): boolean {
  return t.speaker === null && !!t.key?.startsWith('>>#');
}
/** A voice that may lead in, hand off or sign off: an unnamed one, or one labelled a news voice. */
function newsOrUnnamed(t: Turn): boolean {
  return t.speaker === null ? unnamed(t) : NEWS_VOICE().test(t.speaker);
}

/** The voices of a news package who introduce the others and sign off: a reporter, an anchor. */
const NEWS_VOICE = lazy(() => /^(?:reporter|correspondent|journalist|anchor|co-anchor|presenter|host|narrator)$/i);

/**
 * A broadcast package's reporter introduces each bite by naming its speaker at the end of the line
 * before it (">> REPORTER: COUNCIL MEMBER DANA REEVES VOTED NO." / ">> WE ARE ASKING FAMILIES…",
 * "THE UTILITY'S DIRECTOR, SAM OKORO, SAYS THE PIPES CAN'T WAIT." / ">> WE HAD 41 MAIN BREAKS…"):
 * an unnamed change of voice right after a reporter's or an unnamed voice's turn whose last sentence
 * names one person (leadInName) is that person's. A sentence that names someone with no unnamed
 * voice after it ("THE MAYOR MET WITH PARENTS." before the reporter goes on) names no voice.
 */
function leadInVoices(turns: Turn[]): Set<Turn> {
  const named = new Set<Turn>();
  const known: string[] = [];
  for (let i = 1; i < turns.length; i++) {
    const t = turns[i]!;
    const before = turns[i - 1]!;
    if (!unnamed(t) || before.block !== t.block || before.section !== t.section) continue;
    if (!newsOrUnnamed(before)) continue;
    const last = lastSentence(before);
    // "THANK YOU, COUNCIL MEMBER DANA REEVES.": a chair thanking the one who has spoken, no lead-in to the next
    const thanks = !last || /^(?:thank|thanks)\b/i.test(last);
    // ">> REEVES SAYS SHE WILL TRY AGAIN." later in the package: the surname of a bite already named in full
    const name = thanks ? null : leadInName(last) ?? surnameLeadIn(last, known);
    if (!name) continue;
    // "THAT WAS LINE SUPERVISOR GLORIA MENDEZ." opening the turn after the bite names it as it was
    // played (conversation.ts): that naming, not the lead-in's, is the bite's.
    const after = turns[i + 1];
    if (after && after.block === t.block && soundbiteNamed(splitSentences(normalizeSpace(after.parts.join(' ')))[0]?.text.trim() ?? '')) continue;
    t.key = name;
    t.speaker = name;
    named.add(t);
    if (!known.includes(name)) known.push(name);
  }
  return named;
}

/**
 * A reporter's sentence leading back to a bite already named in full ("REEVES SAYS SHE WILL TRY
 * AGAIN.", "…, OSEI SAYS."): the surname of exactly one person named before, as the sentence's
 * subject before its verb or after a closing "SAYS". That person, else null.
 */
function surnameLeadIn(sentence: string, known: readonly string[]): string | null {
  if (!known.length) return null;
  const ws = sentence.replace(/[.!?…]["”’)]?$/u, '').split(/[\s,]+/).filter(Boolean);
  const hits = new Set<string>();
  for (const name of known) {
    const surname = name.split(' ').pop()!.toLowerCase();
    for (let j = 0; j < ws.length; j++) {
      if (ws[j]!.toLowerCase() !== surname) continue;
      // the sentence's subject: nothing before it but a conjunction or an office's words ("BUT BOARD CHAIR OSEI SAYS")
      const before = ws.slice(0, j).filter((w, k) => !(k === 0 && /^(?:but|and|still|now|so)$/i.test(w)));
      const subject = j + 1 < ws.length && VERB_AFTER_NAME().test(ws[j + 1]!) && before.every(isRoleWord);
      const closing = j === ws.length - 1 && j > 0 && /^(?:says|said)$/i.test(ws[j - 1]!);
      if (subject || closing) hits.add(name);
    }
  }
  return hits.size === 1 ? [...hits][0]! : null;
}

/** A turn's last sentence, where a reporter names the next voice or signs off. */
function lastSentence(t: Turn): string | undefined {
  const sentences = splitSentences(normalizeSpace(t.parts.join(' ')));
  return sentences[sentences.length - 1]?.text;
}

/** Words that are never a word of a person's name written in capitals: the small words of a sentence. */
const NOT_NAME_WORD = lazy(() => /^(?:the|a|an|of|and|or|but|to|with|in|on|at|for|from|by|as|is|was|are|were|be|been|has|had|have|will|would|can|could|should|may|might|must|not|no|yes|who|whom|whose|which|that|this|these|those|it|its|he|she|they|we|i|you|his|her|their|our|my|your|him|them|us|me|there|here|then|than|so|if|when|where|why|how|what|all|some|any|also|just|only|now|today|tonight|yesterday|tomorrow|up|down|out|over|after|before|about|into|says|said|told|tells)$/i);
const WHOLE_PERSON_NOUN = lazy(() => new RegExp(`^${PERSON_NOUN_ANY().source}$`, 'iu'));
/** A word of an office or a part before a name ("COUNCIL", "MEMBER", "DIRECTOR", "MAYOR"). */
function isRoleWord(w: string): boolean {
  const bare = w.replace(/[.'’]+$/, '');
  return WHOLE_PERSON_NOUN().test(bare) || OFFICE_WORD().test(bare) || TITLE_BEFORE_NAME().test(titleCase(bare));
}
/**
 * A run of two or three words that may be a person's full name (in capitals or in mixed case). A
 * surname ending in "man" ("PRIYA RAMAN", "Dana Hoffman") reads as a person's noun ("chairman",
 * "fireman") alone: as the run's last word, after words that are no office's or role's, it is the name's.
 */
function nameWords(words: readonly string[]): string | null {
  if (words.length < 2 || words.length > 3) return null;
  const last = words.length - 1;
  const surnameInMan = (w: string, k: number) => k === last && MAN_ENDING().test(w) && !OFFICE_WORD().test(w) && !TITLE_BEFORE_NAME().test(titleCase(w));
  if (words.some((w, k) => !/^\p{Lu}[\p{L}'’-]*\p{L}$/u.test(w) || NOT_NAME_WORD().test(w) || (isRoleWord(w) && !surnameInMan(w, k)))) return null;
  const name = displayName(words.join(' '));
  return isNameShaped(name) && mayOpenFullName(name.split(' ')[0]!) && mayBePersonName(name) ? name : null;
}
/** A word ending as PERSON_NOUNS's open group of agent nouns does ("…man", "…woman"). */
const MAN_ENDING = lazy(() => /(?:man|men)$/i);
/** A word that reads as a verb after a subject ("VOTED", "SAYS", "WARNS", "TOLD"). */
const VERB_AFTER_NAME = lazy(() => /^(?:\p{L}+(?:ed|[^s]s)|said|told|spoke|wrote|thought|felt|knew|saw|met|made|took|gave|led|is|was|has|had|will|would|can|could|does|did)$/iu);
/**
 * The person a reporter's sentence names for the bite after it: an office's words, then a full name
 * closing the sentence or before its verb ("COUNCIL MEMBER DANA REEVES VOTED NO.", "…, SAYS MAYOR
 * TED WHEELER."); a full name set off by commas after a role ("THE UTILITY'S DIRECTOR, SAM OKORO,
 * SAYS…") or before one ("SAM OKORO, THE UTILITY'S DIRECTOR, SAYS…"). One such person, else null.
 */
function leadInName(sentence: string): string | null {
  const found = new Set<string>();
  let mentions = 0;
  const clauses = sentence.replace(/[.!?…]["”’)]?$/u, '').split(/\s*,\s*/);
  const words = (c: string | undefined) => (c ? c.split(/\s+/).filter(Boolean) : []);
  const endsOnRole = (c: string | undefined) => { const w = words(c); return w.length > 0 && w.length <= 6 && isRoleWord(w[w.length - 1]!); };
  const verbOpens = (c: string | undefined) => c === undefined || VERB_AFTER_NAME().test(words(c)[0] ?? '');
  for (const [k, clause] of clauses.entries()) {
    const ws = words(clause);
    // "…, SAM OKORO, …": a clause that is a name alone, a role beside it, a verb (or the end) after
    const alone = nameWords(ws);
    if (alone) {
      if ((endsOnRole(clauses[k - 1]) && verbOpens(clauses[k + 1])) || (endsOnRole(clauses[k + 1]) && verbOpens(clauses[k + 2]))) (found.add(alone), mentions++);
      continue;
    }
    // "COUNCIL MEMBER DANA REEVES VOTED NO": role words, two or three name words, a verb or the clause's end
    for (let j = 0; j < ws.length; j++) {
      if (!isRoleWord(ws[j]!) || (j + 1 < ws.length && isRoleWord(ws[j + 1]!))) continue;
      // "THE MAYOR MET PARENTS": an office with an article before it names no one by it
      if (j > 0 && /^(?:the|a|an|this|that|his|her|their|its|our)$/i.test(ws[j - 1]!) && (j < 2 || !isRoleWord(ws[j - 2]!))) {
        let r = j;
        while (r > 0 && isRoleWord(ws[r - 1]!)) r--;
        if (r === j) continue;
      }
      // a person after an office is named here whatever follows ("PRESIDENT ANA RUIZ AND PRINCIPAL TOM BECK DISAGREE": two)
      if (nameWords(ws.slice(j + 1, j + 3))) mentions++;
      for (const n of [2, 3]) {
        const name = nameWords(ws.slice(j + 1, j + 1 + n));
        if (!name) continue;
        const next = ws[j + 1 + n];
        if (next === undefined ? k === clauses.length - 1 || verbOpens(clauses[k + 1]) : VERB_AFTER_NAME().test(next)) {
          found.add(name);
          break;
        }
      }
    }
  }
  return found.size === 1 && mentions === 1 ? [...found][0]! : null;
}

/** A station or outlet closing a sign-off: "KGW NEWS", "CHANNEL 8 NEWS", "for NPR News", "reporting". */
const SIGN_OFF_OUTLET = lazy(() => /^(?:for\s+)?(?:[\p{L}\p{N}&'’.-]+\s+){0,4}(?:news(?:\s+\d{1,3})?|reporting|newsroom|newscenter|channel\s+\d{1,3})$|^reporting$/iu);
/**
 * A reporter's sign-off closing the turn: "IN NORTHEAST PORTLAND, JENNA LIU, KGW NEWS.", "Reporting
 * from Salem, I'm Jenna Liu, KGW News.", "JENNA LIU, KGW NEWS, PORTLAND.", "JENNA LIU REPORTING.": the
 * place (if any, before the name or after the outlet), the name, the outlet. The name, else null.
 */
function signOffName(sentence: string): string | null {
  const clauses = sentence.replace(/[.!?…]["”’)]?$/u, '').split(/\s*,\s*/);
  if (clauses.length < 1 || clauses.length > 4) return null;
  const last = clauses[clauses.length - 1]!;
  const nameOf = (c: string) => nameWords(c.replace(/^(?:i['’]m|this\s+is)\s+/i, '').split(/\s+/));
  if (clauses.length >= 2 && SIGN_OFF_OUTLET().test(last)) return nameOf(clauses[clauses.length - 2]!);
  // "JENNA LIU, KGW NEWS, PORTLAND.": the place after the outlet
  if (clauses.length >= 3 && wordCount(last) <= 3 && SIGN_OFF_OUTLET().test(clauses[clauses.length - 2]!)) return nameOf(clauses[clauses.length - 3]!);
  const m = /^(.+?)\s+reporting$/i.exec(last);
  return m ? nameOf(m[1]!) : null;
}

/**
 * The reporter's turns are the person the package's sign-off names: each turn of a reporter's voice
 * (or an unnamed voice's turn signing off) up to and including the one that closes on a sign-off
 * (signOffName) is that person's, the label their role.
 */
function signedOffReporters(turns: Turn[]): void {
  let from = 0;
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i]!;
    if (!newsOrUnnamed(t)) continue;
    const last = lastSentence(t);
    const name = last ? signOffName(last) : null;
    if (!name) continue;
    const voice = t.speaker;
    for (let j = voice === null ? i : from; j <= i; j++) {
      const x = turns[j]!;
      if (x.speaker !== voice || (voice === null && j !== i)) continue;
      if (voice !== null) x.role ??= voice;
      x.key = name;
      x.speaker = name;
    }
    from = i + 1;
  }
}

/**
 * The anchor's hand-off naming the reporter at the end of a turn: "KGW'S JENNA LIU HAS THE STORY.",
 * "Our Jenna Liu reports.", an outlet of more than one word ("KOIN 6'S JENNA LIU …", "Fox 12's Jenna Liu reports."), "JENNA LIU JOINS US FROM CITY HALL.", "… IS LIVE IN SALEM.": an outlet's
 * possessive, "our" or an office's words, one person's full name, the hand-off's words. The name, else null.
 */
const HAND_OFF = lazy(() => /^(?:(?:(?:[\p{L}\p{N}&.-]+\s+){0,3}[\p{L}\p{N}&.-]+['’]s|our)\s+)?(.+?)\s+(?:has\s+(?:the\s+)?(?:story|more|details|latest|report)|reports(?:\s+from\b.*)?|joins\s+us\b.*|is\s+live\b.*|is\s+standing\s+by\b.*)$/iu);
function handOffName(sentence: string): string | null {
  const m = HAND_OFF().exec(sentence.replace(/[.!?…]["”’)]?$/u, ''));
  if (!m) return null;
  const ws = m[1]!.split(/\s+/);
  while (ws.length > 2 && isRoleWord(ws[0]!)) ws.shift();
  return nameWords(ws);
}

/**
 * A news package handed to its reporter: after a turn closing on a hand-off (handOffName), the next
 * unnamed voice, in the same block, is the reporter the hand-off names, and so are the reporter's
 * later turns in the package: an unnamed turn leading in a bite leadInVoices named, one right after
 * such a bite (the reporter's bridge) and one closing on the reporter's sign-off. The package ends at
 * the sign-off, or at a turn addressing the reporter by first name (the anchor's ">> THANKS, JENNA.").
 * A reporter's voice labelled as such (">> REPORTER:") is the named reporter throughout, the label
 * the role.
 */
function handedOffReporters(turns: Turn[], bites: ReadonlySet<Turn>): void {
  for (let i = 0; i + 1 < turns.length; i++) {
    const h = turns[i]!;
    const first = turns[i + 1]!;
    if (first.block !== h.block || first.section !== h.section) continue;
    if (!newsOrUnnamed(h)) continue;
    const last = lastSentence(h);
    const name = last ? handOffName(last) : null;
    if (!name) continue;
    const label = first.speaker;
    if (label !== null && (!NEWS_VOICE().test(label) || label === h.speaker)) continue;
    const given = name.split(' ')[0]!;
    const addressed = new RegExp(`^(?:(?:thanks|thank you)\\s*,?\\s+)?${escapeRegExp(given)}\\b\\s*[,.!]`, 'iu');
    for (let j = i + 1; j < turns.length; j++) {
      const t = turns[j]!;
      if (t.block !== h.block || t.section !== h.section) break;
      if (j > i + 1 && addressed.test(normalizeSpace(t.parts[0]!))) break;
      const signs = t.speaker === label || t.speaker === name ? lastSentence(t) : undefined;
      const signed = signs ? signOffName(signs) === name : false;
      const reporters = label !== null
        ? t.speaker === label
        : unnamed(t) && (j === i + 1 || bites.has(turns[j + 1]!) || bites.has(turns[j - 1]!) || signed);
      if (reporters) {
        if (label !== null) t.role ??= label;
        t.key = name;
        t.speaker = name;
      }
      if (signed || (t.speaker === name && signs && signOffName(signs))) break;
      if (t.speaker === name && j > i + 1 && signs && signOffName(signs) !== null) break;
    }
    i++;
  }
}
