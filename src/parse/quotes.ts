/**
 * Quote attribution: which words in a paragraph were said by someone, and by whom.
 *
 * A sieve of precision-first rules (after Muzny et al. 2017 and Quootstrap):
 *   1. verb after the quote:      “…,” said a product manager. / “…,” she confessed.
 *   2. verb or colon before it:   As one team member puts it, “…” / CZ called again: “…”
 *   3. a quote that is a sentence of its own inherits the last person the
 *      paragraph (or the one before) talked about: a split quote continuing
 *      its speaker, or “I'm having meetings all the time.” after a sentence
 *      about He Yi.
 * Quotes of one to three words and Title-Case spans are scare quotes or
 * titles ("hodler", “Off the Charts!”), never speech. A quote no rule can
 * attribute is dropped rather than guessed.
 */
import type { SpeakerRegistry } from '../model/speakers.js';
import { findQuoteSpans, isTitleCase, lowerFirst, normalizeSpace, splitSentences, wordCount, type QuoteSpan } from './text.js';

const VERBS =
  'said|says|say|saying|told|tells|telling|asked|asks|asking|added|adds|explained|explains|noted|notes|recalled|recalls|recalling|confessed|confesses|emphasi[sz]ed|emphasi[sz]es|replied|replies|responded|responds|shared|shares|wrote|writes|posted|posts|tweeted|tweets|mentioned|mentions|stated|states|commented|declared|insisted|remarked|joked|jokes|continued|admitted|argued|announced|observed|called|laments|lamented|puts it|put it|went on';
const VERB_AFTER = new RegExp(`^\\s*[,.!?]?\\s*(?:${VERBS})\\s+(.+?)\\s*[.!?]?\\s*$`, 'i');
const SUBJECT_VERB_AFTER = new RegExp(`^\\s*[,.!?]?\\s*([^,.;:!?“”"]{1,40}?)\\s+(?:${VERBS})\\b`, 'i');
const VERB_ANYWHERE = new RegExp(`\\b(?:${VERBS})\\b`, 'gi');

const PERSON_NOUNS =
  'member|members|manager|employee|employees|director|executive|investor|journalist|reporter|designer|developer|lead|founder|co-founder|cofounder|ceo|cmo|cto|coo|cfo|officer|head|analyst|engineer|spokesperson|spokesman|spokeswoman|representative|trader|colleague|person|expert|official|host|guest|writer|researcher|programmer|snowboarder|user|customer|man|woman|guy|lady|gentleman|co-host|cohost|girl|boy|friend|partner|leader|chairman|president|staffer|insider|source|student|teacher|professor|candidate|owner|entrepreneur|worker|intern|specialist|consultant|advisor|adviser';
const DETERMINERS = 'a|an|one|another|the|this|that|some|most|many|several|every|each|two|three';
const DESCRIPTION = new RegExp(
  `\\b((?:${DETERMINERS})\\s+(?:[\\p{L}\\d'’&-]+\\s+){0,5}?(?:${PERSON_NOUNS})\\b(?:\\s+(?:who|of|at|from|in|on|with)\\b[^,.;:“”"]{0,80})?)`,
  'giu',
);
const PRONOUN = /^(he|she|they|him|her|them)$/i;
const SELF = /^(i|me|we|us|myself)$/i;
const TRAILING_ADVERBS = /\s+(then|again|later|also|once|finally|just|still|often|always|even|immediately|simply|once again|in detail|and)$/i;
const LEADING_CONNECTIVES = /^(as|and|but|so|then|when|while|later|once|after that|one day|that day)\s+/i;

/** Speaker memory that runs across the paragraphs of one document. */
export interface AttributionState {
  registry: SpeakerRegistry;
  /** The last person the text spoke of or quoted: what "he" or "she" refers to. */
  lastPerson: string | null;
  /** Full names seen so far ("Rachel Conlan"), so a later "said Rachel" resolves. */
  fullNames: string[];
  /** Whose voice "I" is in this text (the answerer in a Q&A), or null in narration. */
  self: string | null;
  /** Capitalised words seen in mid-sentence: names, not sentence openers. */
  midCaps: Set<string>;
  /** Paragraph counter, and the paragraph in which lastPerson was last seen. */
  paragraph: number;
  lastPersonAt: number;
}

export function newAttributionState(registry: SpeakerRegistry, self: string | null = null): AttributionState {
  return { registry, lastPerson: null, fullNames: [], self, midCaps: new Set(), paragraph: 0, lastPersonAt: -10 };
}

export interface FoundQuote {
  /** the words said, without quote marks */
  text: string;
  speaker: string;
  /** offsets of the quote span (marks included) in the paragraph */
  start: number;
  end: number;
  /** index of the sentence the quote sits in */
  sentence: number;
  /** true when the speaker is the text's own voice ("I told him: …") */
  self: boolean;
}

export interface QuoteAnalysis {
  sentences: { text: string; start: number; end: number }[];
  quotes: FoundQuote[];
  /** sentences that are attribution frames for a quote and so state nothing of their own */
  speechSentences: Set<number>;
}

/** A quoted span long enough, and plain enough, to be speech rather than a scare quote or a title. */
export function isSpeechSpan(span: QuoteSpan): boolean {
  const inner = normalizeSpace(span.inner);
  const words = wordCount(inner);
  if (words < 4) return false;
  // “Off the Charts!”, “Chief Customer Service Officer,”: titles and nicknames, punctuation or not.
  if (words <= 8 && isTitleCase(inner)) return false;
  return true;
}

export function analyseQuotes(paragraph: string, state: AttributionState): QuoteAnalysis {
  state.paragraph++;
  const sentences = splitSentences(paragraph);
  const spans = findQuoteSpans(paragraph).filter(isSpeechSpan);
  const quotes: FoundQuote[] = [];
  const speechSentences = new Set<number>();
  let lastQuoteSpeaker: string | null = null;
  let spanIdx = 0;

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const mine: QuoteSpan[] = [];
    while (spanIdx < spans.length && spans[spanIdx]!.start < s.end) {
      if (spans[spanIdx]!.start >= s.start) mine.push(spans[spanIdx]!);
      spanIdx++;
    }
    // Note names and people before attributing, so "she" in this sentence can refer back.
    const outside = maskQuotes(paragraph.slice(s.start, s.end), s.start, mine);
    for (const q of mine) {
      const attributed = attribute(paragraph, s, q, mine, state, lastQuoteSpeaker);
      if (!attributed) continue;
      quotes.push({
        text: normalizeSpace(q.inner).replace(/^[,\s]+|[,\s]+$/g, ''),
        speaker: attributed.speaker,
        start: q.start,
        end: q.end,
        sentence: si,
        self: attributed.self,
      });
      speechSentences.add(si);
      lastQuoteSpeaker = attributed.speaker;
      if (!attributed.self) {
        state.lastPerson = attributed.speaker;
        state.lastPersonAt = state.paragraph;
      }
    }
    notePeople(outside, state);
  }
  return { sentences, quotes, speechSentences };
}

function maskQuotes(text: string, offset: number, spans: QuoteSpan[]): string {
  let out = text;
  for (const q of spans) {
    const a = q.start - offset;
    const b = q.end - offset;
    out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

function attribute(
  paragraph: string,
  s: { start: number; end: number },
  q: QuoteSpan,
  all: QuoteSpan[],
  state: AttributionState,
  lastQuoteSpeaker: string | null,
): { speaker: string; self: boolean } | null {
  // Text after the quote up to the next quote or the sentence end.
  const nextStart = all.find((o) => o.start > q.start)?.start ?? s.end;
  const after = paragraph.slice(q.end, Math.min(nextStart, s.end));
  const prevEnd = all.filter((o) => o.end <= q.start).reduce((m, o) => Math.max(m, o.end), s.start);
  const before = paragraph.slice(Math.max(s.start, prevEnd), q.start);

  // 1. “…,” said X.  /  “…,” X said.
  const va = VERB_AFTER.exec(after);
  if (va && /^\s*[,.!?]?\s*\p{Ll}/u.test(after)) {
    const who = resolvePhrase(va[1]!, state, true);
    if (who) return who;
  }
  const sva = SUBJECT_VERB_AFTER.exec(after);
  if (sva && wordCount(sva[1]!) <= 4) {
    const who = resolvePhrase(sva[1]!, state, false);
    if (who) return who;
  }

  // 2. X said: “…”  /  As X puts it, “…”  /  CZ called again: “…”
  const trimmed = before.replace(/[\s,:—–-]+$/, '');
  const introduced = /[,:—–]\s*$/.test(before) || /\b(?:that|saying|asking)\s*$/i.test(before) || VERB_AT_END.test(before);
  if (trimmed && introduced) {
    const verbs = [...trimmed.matchAll(VERB_ANYWHERE)];
    const lastVerb = verbs[verbs.length - 1];
    // The subject may sit before an earlier title in quotes: look back to the sentence start too.
    const whole = paragraph.slice(s.start, q.start);
    if (lastVerb) {
      const subject = trimmed.slice(0, lastVerb.index);
      const who = resolvePhrase(lastClause(subject), state, false) ?? resolveMention(subject, state) ?? resolveMention(whole, state);
      if (who) return who;
    } else if (/:\s*$/.test(before)) {
      const who = resolvePhrase(lastClause(trimmed), state, false) ?? resolveMention(trimmed, state) ?? resolveMention(whole, state);
      if (who) return who;
    }
  }

  // 3. A quote standing as a sentence of its own inherits the speaker.
  const rest = normalizeSpace(paragraph.slice(s.start, s.end).replace(paragraph.slice(q.start, q.end), ''));
  if (wordCount(rest) === 0) {
    const inherited = lastQuoteSpeaker ?? recentPerson(state);
    if (inherited) return { speaker: inherited, self: inherited === state.self };
  }
  return null;
}

const VERB_AT_END = new RegExp(`\\b(?:${VERBS})(?:\\s+(?:that|to\\s+\\w+|again|in detail))?\\s*$`, 'i');

function lastClause(text: string): string {
  const parts = text.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

function resolveMention(text: string, state: AttributionState): { speaker: string; self: boolean } | null {
  const m = state.registry.mentions(text);
  const first = m[0];
  if (first) return { speaker: first.name, self: first.name === state.self };
  return null;
}

/**
 * Turn a speaker phrase into a speaker: a known name (any alias), a pronoun
 * (the last person spoken of), a full name, or a description the text gives.
 */
function resolvePhrase(raw: string, state: AttributionState, afterVerb: boolean): { speaker: string; self: boolean } | null {
  let phrase = normalizeSpace(raw.replace(/[“”"]/g, ''))
    .replace(/[.,;:!?]+$/, '')
    .replace(LEADING_CONNECTIVES, '');
  for (let i = 0; i < 3; i++) phrase = phrase.replace(TRAILING_ADVERBS, '');
  if (!phrase) return null;
  const first = phrase.split(/\s+/)[0]!.replace(/['’](d|s|ll|ve|re)$/i, '');

  if (SELF.test(first) && phrase.split(/\s+/).length <= 3) {
    return state.self ? { speaker: state.self, self: true } : null;
  }
  if (PRONOUN.test(first) && phrase.split(/\s+/).length <= 4) {
    // "they" is a group we cannot name; "he"/"she" is the last person spoken of.
    if (/^(they|them)$/i.test(first)) return null;
    const person = recentPerson(state);
    return person ? { speaker: person, self: person === state.self } : null;
  }
  const known = state.registry.mentions(phrase);
  if (known.length > 0) {
    const name = afterVerb ? known[0]!.name : known[known.length - 1]!.name;
    return { speaker: name, self: name === state.self };
  }
  DESCRIPTION.lastIndex = 0;
  const desc = DESCRIPTION.exec(phrase);
  if (desc && (afterVerb ? desc.index === 0 : true) && wordCount(phrase) <= 18) {
    return { speaker: lowerFirst(normalizeSpace(afterVerb ? phrase : desc[1]!)), self: false };
  }
  // A name: "Mai Gang", "Star", "Binance CEO Richard Teng", "Rachel" after "Rachel Conlan".
  const name = /((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:\s*\([^)]*\))?$/u.exec(phrase);
  if (name && (afterVerb || name.index === 0)) {
    const n = name[1]!;
    const resolved = state.registry.resolve(n);
    if (resolved) return { speaker: resolved, self: resolved === state.self };
    if (!n.includes(' ')) {
      // A lone capitalised word is a name only if the text has used it mid-sentence
      // ("I met Star"), or it is part of a full name seen before ("said Rachel").
      const full = [...state.fullNames].reverse().find((f) => f.split(' ').includes(n));
      if (full) {
        const speaker = state.registry.resolve(full) ?? full;
        return { speaker, self: speaker === state.self };
      }
      return state.midCaps.has(n) ? { speaker: n, self: false } : null;
    }
    return { speaker: n, self: false };
  }
  return null;
}

const NOT_PERSON_WORDS =
  /^(Binance|Bitcoin|BNB|Chain|Smart|Exchange|Media|Technology|Capital|Labs?|Pool|Card|Pay|Academy|Charity|Foundation|Fund|Group|Inc|Ltd|Network|Blockchain|Crypto|Coin|Token|Global|Marketing|Chief|Officer|Head|Web3|Spaces|Square|Street|Stock|University|College|Institute|Station|TV|Show|Forum|Week|Summit|Conference|Festival|Spring|New|Year|Day|The|This|That|In|On|At|As|For|But|And|After|Before|When|While|During|Since|From|Our|His|Her|Their|With|North|South|East|West|Southeast|Sichuan|Beijing|Shanghai|Hong|Kong|Tokyo|Japan|China|Europe|Africa|Asia|America|US|USA|UK|Wall|Big|Bang|Theory|Iron|Man|Avengers|Endgame|Thai|Pacific|Ocean|Chinese|English|Arabic|Japanese|Turkish|Fine|Arts|Materia|Medica|Google|Twitter|Telegram|Instagram|Amazon|Tesla)$/;

/** Remember the people a sentence names, so a following "she said" or "said Rachel" resolves. */
function notePeople(text: string, state: AttributionState): void {
  let last: { at: number; name: string } | null = null;
  for (const m of state.registry.mentions(text)) {
    last = { at: m.start, name: m.name };
    // A known speaker written in full ("Rachel Conlan", "Changpeng Zhao"): a later
    // "said Rachel" or "said Zhao" means the same person.
    const written = text.slice(m.start, m.end);
    if (/\s/.test(written) && !state.fullNames.includes(written)) state.fullNames.push(written);
  }
  DESCRIPTION.lastIndex = 0;
  for (const m of text.matchAll(DESCRIPTION)) {
    const at = m.index ?? 0;
    // "Danqing was the director", "audition as a host": a role, not a new person.
    if (/\b(is|was|are|were|be|been|being|as|named|called|became|become)\s*$/i.test(text.slice(0, at))) continue;
    if (!last || at > last.at) last = { at, name: lowerFirst(normalizeSpace(m[1]!.replace(/\s+(who|of|at|from|in|on|with)\b.*$/i, ''))) };
  }
  for (const m of text.matchAll(/(?<=[\p{Ll},;]\s+)(\p{Lu}\p{Ll}+)(?![\p{L}])/gu)) state.midCaps.add(m[1]!);
  for (const m of text.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)(?![\p{L}])/gu)) {
    const [a, b] = [m[1]!, m[2]!];
    if (NOT_PERSON_WORDS.test(a) || NOT_PERSON_WORDS.test(b)) continue;
    const full = `${a} ${b}`;
    if (state.registry.resolve(full)) continue;
    if (!state.fullNames.includes(full)) state.fullNames.push(full);
    const at = m.index ?? 0;
    if (!last || at > last.at) last = { at, name: full };
  }
  if (last) {
    state.lastPerson = last.name;
    state.lastPersonAt = state.paragraph;
  }
}

/** The person "he"/"she" or a bare quotation can refer to: one named in this paragraph or the one before. */
function recentPerson(state: AttributionState): string | null {
  return state.paragraph - state.lastPersonAt <= 1 ? state.lastPerson : null;
}
