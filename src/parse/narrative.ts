/**
 * Narrative paragraphs, wherever they occur (an article's body, an
 * interview's introduction, a summary above a transcript): attributed
 * quotations become quote records, and the remaining declarative sentences
 * become claims, so that every sentence is found by search.
 */
import type { AttributionState, FoundQuote } from './quotes.js';
import { accordingToPerson, analyseQuotes, isQuoteLeadIn, mayHoldDashDialogue, noteReportingOrg, noteSubjectOrg, opensDashDialogue, reportedBy, reportedExchange, reportsAsking, reportsUnnamedPeople } from './quotes.js';
import type { DocBuilder, DraftRecord } from './builder.js';
import { normalizeSpace, withoutInlineMarkup, wordCount } from './text.js';
import { allMatches, lazy } from '../model/regexp.js';

export interface NarrativeOptions {
  section: string | null;
  topics?: string[];
  /** who a claim is attributed to: the document's author or publisher */
  narrator: string | null;
  /** first and last body line of the paragraph */
  firstIdx: number;
  lastIdx?: number;
  /** emit quotes in the text's own voice ("I told him: …") as well as third parties' */
  keepSelfQuotes?: boolean;
  /** emit claims (false inside an answer, whose sentences belong to the answer) */
  claims?: boolean;
  /** a quote the previous paragraph left open: a quotation opening this paragraph continues it */
  continueQuote?: DraftRecord | null;
  /** a closing mark the caller appended to the paragraph (a quotation running on): never part of a claim */
  appendedMark?: string;
}

/** Minimum words for a sentence to count as a statement of fact. */
const MIN_CLAIM_WORDS = 5;

/** Leading list markers: "· ", "- ", "• ", "* ", "1) ". */
export function stripBullet(text: string): string {
  return text.replace(LIST_ITEM_MARK(), '');
}
/**
 * A list item's mark: a bullet or number, and a to-do's checkbox after it or alone ("[ ] Ana to send
 * the budget.", "- [x] Booked.", "☐ Confirm the venue."): marks of the list, no words. An uppercase
 * "[X]" alone stays: it is as often a name left out ("[X] told me").
 */
const LIST_ITEM_MARK = lazy(() => /^\s*(?:(?:[·•*▪►–-]|\d+[.)])\s+(?:\[[ xX]\]\s+|[☐☑☒]\s+)?|(?:\[[ x]\]|[☐☑☒])\s+)/u);

/**
 * A paragraph set wholly in italics or bold (`*Kofi Mensah founded … We spoke in November 2023.*`,
 * a standfirst): its words without the marks, which its sentences would otherwise split between them.
 */
function withoutWholeEmphasis(text: string): string {
  const m = /^(\s*)(\*\*|__|\*|_)(?![\s*_])([^*_]+?)(?<![\s*_])\2(\s*)$/.exec(text);
  return m ? `${m[1]}${m[3]}${m[4]}` : text;
}

/**
 * French (and Spanish) set the attribution inside the guillemets, between commas: « CZ et moi,
 * nous ne sommes pas d'accord, dit-elle en souriant. Mais… ». The incise is the writer's, not the
 * speaker's: written outside the marks (« … », dit-elle en souriant. « Mais… »), the quotation
 * and its attribution read as any other split quote.
 */
const INCISE = /(«[^«»]*?),\s+((?:dit|ajoute|explique|affirme|poursuit|précise|confie|raconte|assure|sourit|lance|insiste|reconnaît|souligne|résume|répond|dijo|añade|explica|afirma|asegura)-(?:t-)?(?:elle|il|elles|ils)\b[^,.;«»]{0,40})([.,;])\s*([^«»]*»)/gu;
function withIncisesOutside(paragraph: string): string {
  return paragraph.replace(INCISE, (_m, head: string, incise: string, stop: string, tail: string) => `${head.trimEnd()} », ${incise}${stop} « ${tail.trimStart()}`);
}

/**
 * A run of capitalised words set alone in single emphasis inside a sentence ("The new album, *Quiet
 * Money*, out August 22", "he told *Current Sound*"): a work's or a publication's title, as articles
 * italicise them. Its words then read as a name, and a later "he says" would mean them: noted as
 * things that are no person. Bold is not read so (a newsletter bolds the people it quotes).
 */
const ITALIC_TITLE = lazy(() => /(?<![\p{L}\p{N}*_])([*_])(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*|of|the|and|in|on|for|to|at|a|an|with|from)){0,6})\1(?![\p{L}\p{N}*_])/gu);
function noteItalicTitles(paragraph: string, state: AttributionState): void {
  // (a paragraph wholly in italics is a standfirst or a note, read above: its names stay people)
  for (const m of allMatches(ITALIC_TITLE(), paragraph)) {
    const title = m[2]!;
    if (normalizeSpace(paragraph) === normalizeSpace(m[0])) continue;
    if (!state.registry.resolve(title)) state.orgs.add(title);
  }
}

/**
 * Returns how many records the paragraph produced. Every sentence ends in a
 * record: a quote (with the sentence that gives it as its context), or a
 * claim. Questions and exclamations are claims too (the narrator asks them,
 * and a reader searches for them); a fragment of under five words joins the
 * claim before it (or, at a paragraph's start, the one after it), and stands
 * as a claim of its own only when the paragraph has nothing else. With
 * `claims: false` (inside an answer, whose sentences are the answer) only the
 * quotes are made.
 */
export function narrate(b: DocBuilder, paragraph: string, state: AttributionState, opt: NarrativeOptions): { records: number; rhetorical: boolean } {
  const lastIdx = opt.lastIdx ?? opt.firstIdx;
  // "– Polska to brama do Europy – powiedział Zhao.": a dialogue's dash, no list bullet.
  const stripped = withoutWholeEmphasis(mayHoldDashDialogue(paragraph) ? (opensDashDialogue(paragraph) ? paragraph.trimStart() : stripBullet(paragraph)) : stripBullet(paragraph));
  // Markdown's emphasis and links read as the words they mark, as the records will hold them: a
  // newsletter bolds the names it quotes ("said **Dev Anand**, the founder"), and a name between
  // asterisks is no name to the attribution's patterns.
  if (stripped.includes('*') || stripped.includes('_')) noteItalicTitles(stripped, state);
  const plain = withoutInlineMarkup(stripped);
  const text = plain.includes('«') ? withIncisesOutside(plain) : plain;
  const analysis = analyseQuotes(text, state, !!opt.continueQuote);
  let records = 0;
  // Minutes' exchange answered in quotation ("Cllr Menon queried the insurance renewal. Mr Whitcombe
  // replied: “…”"): the quotation answers the question the sentence before it reports.
  const askedBy = new Map<FoundQuote, { question: string; asker: string }>();
  for (const q of analysis.quotes) {
    const before = analysis.sentences[q.sentence - 1];
    if (!q.speaker || !before || analysis.speechSentences.has(q.sentence - 1) || !reportsAsking(before.text)) continue;
    const question = normalizeSpace(before.text);
    const pair = reportedExchange(question, normalizeSpace(analysis.sentences[q.sentence]!.text), state);
    if (pair && pair.speaker === q.speaker) askedBy.set(q, { question, asker: pair.asker });
  }
  const askedSentences = new Set([...askedBy.keys()].map((q) => q.sentence - 1));
  for (const q of analysis.quotes) {
    const asked = askedBy.get(q);
    if (asked) {
      // (the answer as the minutes give it, its frame with the quotation: "Ms Grant said that no decision had been made and that “…”")
      const answer = normalizeSpace(analysis.sentences.filter((x) => x.start < q.end && x.end > q.start).map((x) => x.text).join(' '));
      b.add({ type: 'qa', question: asked.question, asker: asked.asker, text: answer, speaker: q.speaker, section: opt.section, topics: opt.topics ?? [] }, opt.firstIdx, lastIdx);
      records++;
      continue;
    }
    const carried = opt.continueQuote;
    if (carried && q === analysis.quotes[0] && q.start === 0) {
      // The running quotation goes on: one record, now ending here.
      carried.text = `${carried.text} ${q.text}`;
      if (carried.speaker === null) carried.speaker = q.speaker;
      if (q.context) carried.context = carried.context ? `${carried.context} ${q.context}` : q.context;
      b.extend(carried, opt.firstIdx, lastIdx);
      records++;
      continue;
    }
    if (q.self && !opt.keepSelfQuotes) continue;
    // Inside an answer the answer itself holds every word: only a quote someone can be named for adds anything.
    if (q.speaker === null && opt.claims === false) continue;
    b.add({ type: 'quote', text: q.text, speaker: q.speaker, context: q.context, section: opt.section, topics: opt.topics ?? [] }, opt.firstIdx, lastIdx);
    records++;
  }
  if (opt.claims === false) return { records, rhetorical: false };
  // Group the sentences left over into claims: a fragment joins the sentence next to it
  // (never across a quote, so a claim is always a stretch of the text as written).
  const claims: string[][] = [];
  let run: string[][] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length) {
      if (run.length) run[run.length - 1]!.push(...pending);
      else run.push(pending);
    }
    claims.push(...run);
    run = [];
    pending = [];
  };
  analysis.sentences.forEach((s, i) => {
    if (analysis.speechSentences.has(i) || askedSentences.has(i)) {
      flush();
      return;
    }
    const sentence = normalizeSpace(s.text);
    if (wordCount(sentence) === 0) return;
    if (wordCount(sentence) < MIN_CLAIM_WORDS) {
      if (run.length && !pending.length) run[run.length - 1]!.push(sentence);
      else pending.push(sentence);
      return;
    }
    // "Not everyone is pleased. One of the directors, NAME, says …": a fragment before a sentence
    // that reports someone is the writer's lead-in; joined, it would become that person's words.
    // Capitalised words alone ("Union Finance Minister Smt.") are a name's head cut off at its
    // abbreviation, no sentence: they stay joined.
    if (pending.length && pending.some((p) => /(?:^|\s)\p{Ll}/u.test(p)) && reportedBy(sentence, state)) {
      run.push(pending);
      run.push([sentence]);
    } else run.push([...pending, sentence]);
    pending = [];
  });
  flush();
  const tail = claims[claims.length - 1];
  if (opt.appendedMark && tail) {
    const lastSentence = tail[tail.length - 1]!;
    if (lastSentence.endsWith(opt.appendedMark)) tail[tail.length - 1] = lastSentence.slice(0, -opt.appendedMark.length).trimEnd();
  }
  // Each sentence's place, so that two claims are known to be next to each other.
  const at = new Map<string, number>();
  analysis.sentences.forEach((s, i) => at.set(normalizeSpace(s.text), i));
  const sentenceTexts = analysis.sentences.map((s) => normalizeSpace(s.text));
  for (let ci = 0; ci < claims.length; ci++) {
    const c = claims[ci]!;
    // Minutes' reported exchange ("Councilmember Ortiz asked whether …. The Chair replied that …"):
    // one qa, the question by the asker, the reply by who gave it.
    const next = claims[ci + 1];
    if (next && reportsAsking(c[c.length - 1]!) && at.get(c[c.length - 1]!)! + 1 === at.get(next[0]!)) {
      const pair = reportedExchange(c.join(' '), next.join(' '), state);
      if (pair) {
        b.add({ type: 'qa', question: c.join(' '), asker: pair.asker, text: next.join(' '), speaker: pair.speaker, section: opt.section, topics: opt.topics ?? [] }, opt.firstIdx, lastIdx);
        records++;
        ci++;
        continue;
      }
    }
    // "According to NAME, role, …" and "…, NAME said.": the sentence states that person's claim,
    // not the narrator's. A claim of several sentences (short fragments joined) is read by its
    // first sentence's opening and its last sentence's ending.
    // "Her lawyers said the ruling would be appealed.": words the sentence gives to people it does
    // not name are nobody's, never the writer's. Only a claim of that one sentence: a fragment joined
    // to it ("… told me that crypto would replace my company. It is 2025.") is the teller's own.
    // A claim of one sentence and the fragments joined to it is read by that sentence too, where it
    // would otherwise be nobody's: "Cllr Patel proposed that the council buy new lights. Seconded by
    // Cllr Farrow." is Patel's. (A teller's own fragment stays the teller's: "… a man told me that
    // crypto would replace my company. It is 2025."; a question asked is nobody's report.)
    // "She continued:", "… repaid part of the money. He added:": a sentence that only leads into the
    // quotation after it is no one's claim; the sentences before it are read without it.
    const leadIn = isQuoteLeadIn(c[c.length - 1]!);
    if (leadIn && c.length === 1) {
      b.add({ type: 'claim', text: c[0]!, speaker: null, section: opt.section, topics: opt.topics ?? [] }, opt.firstIdx, lastIdx);
      records++;
      continue;
    }
    const told = leadIn ? c.slice(0, -1) : c;
    const whole = told.length > 1 && !opt.narrator && !told.some((x) => x.endsWith('?')) ? told.filter((x) => wordCount(x) >= MIN_CLAIM_WORDS) : null;
    // (each read sentence's place, so a pronoun in it never means a person only later sentences name)
    const reading = (sentence: string) => {
      const k = at.get(sentence);
      state.claimAt = k === undefined ? undefined : { sentences: sentenceTexts, at: k };
      return sentence;
    };
    const reported =
      accordingToPerson(reading(told[0]!), state) ??
      reportedBy(reading(told[told.length - 1]!), state) ??
      (whole?.length === 1 && whole[0] !== told[told.length - 1] ? reportedBy(reading(whole[0]!), state) : null);
    state.claimAt = undefined;
    // (an organisation so credited is whom a following "it warned: “…”" means)
    noteReportingOrg(state, reported);
    // (and an organisation the sentence is about, its subject: "Sport England welcomed the decision. It said …")
    if (!reported) noteSubjectOrg(state, told[0]!);
    const speaker = reported ?? (opt.narrator && told.length === 1 && reportsUnnamedPeople(told[0]!) ? null : opt.narrator);
    b.add({ type: 'claim', text: c.join(' '), speaker, section: opt.section, topics: opt.topics ?? [] }, opt.firstIdx, lastIdx);
    records++;
  }
  return { records, rhetorical: false };
}
