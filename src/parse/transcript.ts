/**
 * Transcripts: turns introduced by speaker labels ("Host:", "He Yi:",
 * "Interviewer:", "Q:"/"A:", "Trace Mayer:"), with the label's words on the
 * same line or on the lines below it.
 *
 * Turns by the asking side (host, interviewer, Q, or an unlabelled question
 * standing right before a labelled answer) pair with the answer that follows:
 * every answer is a qa record with the prompt before it as its question, even
 * when that prompt is a statement. Before pairing, the conversation is
 * repaired (see repairTurns): back-channel replies ("Yeah.", "Uh-huh.") and
 * answers abandoned after a word or two are no turns, the turns they split
 * join up, and an answer the host broke into with a dash ("for --" / "X days."
 * / "-- number of days") is one answer. A prompt left without an answer is
 * kept as the asker's quote. Headings are short unlabelled lines that are not
 * sentences, found by their place: right before a new exchange, or where no
 * turn is open. Outside the turns (a summary, a list of highlights) the text
 * is narrative: first-person passages are the guest's quotes, the rest claims.
 */
import { DocBuilder, type ParseInput, type ParseResult } from './builder.js';
import { classifyChrome, isHeadingLike, isKeyValueLine, isTeaserMarker, titleKey } from './chrome.js';
import { narrate, stripBullet } from './narrative.js';
import { headerSection, markHeader } from './prose.js';
import { newAttributionState } from './quotes.js';
import {
  endsLikeSentence,
  isTitleCase,
  hasLetters,
  hasSecondPerson,
  isFirstPersonSingular,
  normalizeSpace,
  splitLines,
  splitSentences,
  wordCount,
  askingSentences,
} from './text.js';

/** Labels that name a role rather than a person. */
const ASKER_ROLES = /^(host|interviewer|moderator|q|question|questioner|audience|reporter|presenter)$/i;
const ANSWER_ROLES = /^(a|answer|guest|interviewee|respondent)$/i;

/** Keys of page metadata lines, when such a line stands alone ("Compiled & Translated: TechFlow"). */
const METADATA_KEYS =
  /^(source|sources|compiled|translated|compiled & translated|compiled and translated|author|authors|editor|edited by|date|release date|published|updated|original title|original|podcast|podcast source|episode|duration|location|transcript|photo|credit|credits|via|guest|guests|host|hosts|interviewer)$/i;

/** Two or three capitalised words: how a person's name looks as a label. */
const PERSON_NAME_LABEL = /^\p{Lu}[\p{Ll}-]+(?: \p{Lu}[\p{Ll}-]+){1,2}$/u;

const LABEL = /^\s*([\p{Lu}\p{Lo}][\p{L}\p{N}.'’ &-]{0,38}?)\s*[:：]\s*(.*)$/u;

export interface LabelLine {
  label: string;
  rest: string;
}

/** `Label: words` where the label looks like a name or a role, not a sentence or a link. */
export function matchLabel(raw: string): LabelLine | null {
  const m = LABEL.exec(raw);
  if (!m) return null;
  const label = m[1]!.trim();
  const rest = m[2]!;
  if (/^\/\//.test(rest)) return null; // "https://…"
  if (wordCount(label) > 4) return null;
  return { label, rest };
}

/** Labels used as turn labels: recurring ones, known speakers and roles. */
export function turnLabels(lines: string[], isKnown: (name: string) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const raw of lines) {
    const m = matchLabel(raw);
    if (m) counts.set(m.label, (counts.get(m.label) ?? 0) + 1);
  }
  const out = new Map<string, number>();
  for (const [label, n] of counts) {
    if (n >= 2 || isKnown(label) || ASKER_ROLES.test(label) || ANSWER_ROLES.test(label)) out.set(label, n);
  }
  return out;
}

interface Turn {
  label: string | null;
  asker: boolean;
  /** body line indices holding the turn's words (label line included) */
  lines: number[];
  parts: string[];
  section: string | null;
  /** how many headings came before the turn: turns merge only within one block */
  block: number;
}

/** Words that carry no content of their own in a reply: agreement, interjection, thanks. */
const BACKCHANNEL_WORDS = new Set([
  'yeah', 'yes', 'yep', 'yup', 'no', 'nope', 'right', 'sure', 'okay', 'ok', 'uh-huh', 'mm-hmm', 'mhm', 'hmm', 'uh', 'um', 'exactly',
  'definitely', 'absolutely', 'totally', 'true', 'really', 'indeed', 'wow', 'oh', 'ah', 'great', 'cool', 'interesting', 'thanks', 'hey',
  'hi', 'hello', 'correct', 'agreed', 'probably', 'certainly', 'so',
]);
/** Set phrases of the same kind, removed before the words are checked. */
const BACKCHANNEL_PHRASES =
  /\b(thanks for having me|thank you for having me|thanks so much|thank you|good to be here|glad to be here|happy to be here|my pleasure|of course|i see|got it|fair enough|that's right|that’s right|you bet)\b/gi;
/** Back-channel that closes an exchange (thanks, greetings) rather than urging the speaker on. */
const PLEASANTRY = /\b(thank|thanks|hello|hi|hey|welcome|pleasure|having me|to be here|bye|goodbye)\b/i;
type FillerKind = 'continuer' | 'closing';
/** "…, right?", "…, you know?": a statement asking for a nod, not a question. */
const TAG_QUESTION = /,\s*(right|you know|no|yeah|correct|okay|ok|isn['’]t it|aren['’]t they|don['’]t you|didn['’]t you|wasn['’]t it)\?["”’')]*\s*$/i;
/** An answer that breaks off after a word or two ("Yeah.  So these guys --", "That --"). */
const ABANDONED_MAX_WORDS = 5;
const TRAILING_DASH = /(?:--+|[—–]|…|\.\.\.)\s*$/;
const LEADING_DASH = /^\s*(?:--+|[—–]|…|\.\.\.)/;
/** Prompts shorter than this that get no answer are conversational filler, not the host's quote. */
const MIN_PROMPT_QUOTE_WORDS = 8;
/** Headings that name the document itself ("PODCAST INTERVIEW TRANSCRIPT"), not a part of it. */
const DOCUMENT_KIND = /\b(transcript|interview|podcast|episode|ama|q ?& ?a)\b/i;

export function parseTranscript(input: ParseInput): ParseResult {
  const lines = splitLines(input.body);
  const b = new DocBuilder(input, lines);
  const meta = input.meta;
  const registry = input.registry;
  const labels = turnLabels(lines, (n) => registry.has(n));
  // Inside a transcript, a person's name used once as a label ("Richard Teng: I joined
  // in 2021.") is a turn too, after the first real turn: left out, its words would be
  // read as the previous speaker's. It gets the unknown-speaker warning like any label.
  let seenTurn = false;
  for (const raw of lines) {
    const m = matchLabel(raw);
    if (!m) continue;
    if (labels.has(m.label)) seenTurn = true;
    // The words after it must read as speech (a sentence, not a Title-Case heading
    // such as "He Yi’s Journey: From Rural Village to Crypto Queen").
    else if (seenTurn && PERSON_NAME_LABEL.test(m.label) && !METADATA_KEYS.test(m.label) && endsLikeSentence(m.rest) && !isTitleCase(m.rest))
      labels.set(m.label, 1);
  }
  const hostNames = [meta.host, meta.interviewer].filter((n): n is string => !!n);
  const isAskerLabel = (label: string) =>
    ASKER_ROLES.test(label) || hostNames.some((h) => registry.resolve(h) === registry.resolve(label) || titleKey(h) === titleKey(label));
  const askerName = (label: string | null): string | null => {
    if (label && !ASKER_ROLES.test(label)) return registry.resolve(label) ?? label;
    return hostNames[0] ? (registry.resolve(hostNames[0]) ?? hostNames[0]) : label;
  };
  const guests = meta.speakers.filter((s) => !hostNames.some((h) => registry.resolve(h) === registry.resolve(s)));
  const guest = guests.length === 1 ? (registry.resolve(guests[0]!) ?? guests[0]!) : null;
  const answerName = (label: string): string => {
    if (ANSWER_ROLES.test(label)) return guest ?? label;
    return registry.resolve(label) ?? label;
  };
  const narrator = meta.author ?? meta.publisher ?? null;
  // The participants' names, word by word: "Thanks, Trace." addresses someone and says nothing more.
  const vocatives = new Set(
    [...meta.speakers, ...hostNames].flatMap((n) => [n, ...registry.aliasesOf(registry.resolve(n) ?? n)]).flatMap((n) => n.toLowerCase().split(/\s+/)),
  );

  // Teasers and the page header.
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (isTeaserMarker(lines[i]!)) {
      b.mark(i, 'navigation');
      for (let k = i + 1; k < lines.length; k++) b.mark(k, 'teaser');
      end = i;
      break;
    }
  }
  const firstContent = markHeader(b, end);

  // `Key: value` metadata blocks ("Guest: He Yi", "Host: Bonnie", "Release Date: …") come before the first real turn.
  const firstTurn = findFirstTurn(lines, labels, end);
  for (let i = 0; i < firstTurn; i++) {
    if (!lines[i]!.trim() || b.isMarked(i)) continue;
    const kv = isKeyValueLine(lines[i]!);
    if (kv && (neighbourIsKeyValue(lines, i) || METADATA_KEYS.test(kv.key))) b.mark(i, 'metadata');
  }

  // Pass 1: group lines into turns, headings and narrative paragraphs.
  const turns: Turn[] = [];
  const narrative: { idx: number; section: string | null }[] = [];
  let current: Turn | null = null;
  // A heading closing the page header ("Main Takeaways") names the first section, unless a turn came first.
  let section: string | null = firstContent <= firstTurn ? headerSection(b, firstContent) : null;
  let block = 0;
  const isAnswerTurnAt = (k: number) => k >= 0 && isTurnLine(lines[k]!, labels) && !isAskerLabel(matchLabel(lines[k]!)!.label);
  for (let i = Math.min(firstContent, firstTurn); i < end; i++) {
    const raw = lines[i]!;
    if (!raw.trim() || b.isMarked(i)) continue;
    const chrome = classifyChrome(raw);
    if (chrome) {
      b.mark(i, chrome);
      continue;
    }
    const m = matchLabel(raw);
    if (m && labels.has(m.label)) {
      // "Jesse Powell: . Yeah." — stray punctuation between the label and the words is the transcriber's.
      const rest = m.rest.trim().replace(/^[.,;:]+\s*/, '');
      current = { label: m.label, asker: isAskerLabel(m.label), lines: [i], parts: rest ? [rest] : [], section, block };
      turns.push(current);
      continue;
    }
    const next = nextContent(lines, i + 1, end);
    const nextIsTurn = next >= 0 && isTurnLine(lines[next]!, labels);
    const nextIsPrompt = nextIsTurn && isAskerLabel(matchLabel(lines[next]!)!.label);
    // What follows opens a new exchange: a labelled turn, or an unlabelled question
    // standing right before a labelled answer (an AMA write-up's "Question?" / "CZ: …").
    const nextOpensTurn = nextIsTurn || (next >= 0 && isQuestionParagraph(lines[next]!) && isAnswerTurnAt(nextContent(lines, next + 1, end)));
    const titled =
      isHeadingLike(raw, 12) &&
      (nextOpensTurn || current === null || !current.parts.length || nextIsBulletOrHeading(lines, next)) &&
      (!isQuestionParagraph(raw) || nextIsPrompt);
    // In a transcript every line of talk sits in a labelled turn or ends like a sentence;
    // a short unlabelled line that ends like neither, right before a new exchange, is a
    // heading even when it is not title case ("New Mexico and the Kraken, the best bitcoin exchange").
    const bare = !titled && nextOpensTurn && isBareHeading(raw) && !isQuestionParagraph(raw);
    if (titled || bare) {
      b.mark(i, 'heading');
      block++;
      // A heading above the first turn that names the document itself ("PODCAST INTERVIEW
      // TRANSCRIPT", "Interview with …"), with a turn or another heading under it, opens no section.
      const namesDocument = i < firstTurn && DOCUMENT_KIND.test(raw) && (nextIsTurn || (next >= 0 && isHeadingLike(lines[next]!, 12)));
      if (namesDocument) section = null;
      else if (titleKey(raw) !== titleKey(meta.title)) section = normalizeSpace(raw);
      current = null;
      continue;
    }
    // An unlabelled question right before a labelled answer is the asking side's turn.
    if (nextIsTurn && !nextIsPrompt && !current?.asker && isQuestionParagraph(raw)) {
      current = { label: null, asker: true, lines: [i], parts: [raw.trim()], section, block };
      turns.push(current);
      current = null;
      continue;
    }
    if (current) {
      current.lines.push(i);
      current.parts.push(raw.trim());
    } else {
      narrative.push({ idx: i, section });
    }
  }

  // Conversation repair: back-channel turns go, and the turns they interrupted join up.
  const fillerKind = (turn: Turn, before: Turn | undefined): FillerKind | null => {
    const text = turn.parts.join(' ');
    // A reply that breaks off ("Yes, so --") yields the floor whatever its words.
    if (!turn.asker && isAbandoned(text, vocatives)) return 'continuer';
    if (!isBackchannel(text, vocatives)) return null;
    // "Yeah." after a real question answers it, and thanks or a greeting ends an exchange:
    // either way the other speaker's next turn starts something new. A tag question
    // ("…, right?") only asks for the nod and goes on.
    const last = before?.parts[before.parts.length - 1] ?? '';
    const asked = /\?["”’')]*\s*$/.test(last) && !TAG_QUESTION.test(last);
    return asked || PLEASANTRY.test(text) ? 'closing' : 'continuer';
  };
  const { kept, fillers } = repairTurns(turns, fillerKind);
  for (const f of fillers) for (const k of f.lines) b.mark(k, 'filler');

  // Pass 2: pair prompts with answers.
  for (let t = 0; t < kept.length; t++) {
    const turn = kept[t]!;
    const first = turn.lines[0]!;
    const last = turn.lines[turn.lines.length - 1]!;
    const text = turn.parts.join('\n');
    if (turn.asker) {
      const next = kept[t + 1];
      if (next && !next.asker && next.block === turn.block) continue; // paired below
      if (wordCount(text) >= MIN_PROMPT_QUOTE_WORDS) {
        b.add({ type: 'quote', text, speaker: askerName(turn.label), section: turn.section }, first, last);
      } else for (const k of turn.lines) b.mark(k, 'filler');
      continue;
    }
    const speaker = answerName(turn.label ?? '');
    if (turn.label && !ANSWER_ROLES.test(turn.label) && !registry.has(turn.label))
      b.warn(first, `speaker label '${turn.label}' matches no known speaker (add it to speakers.yml or the document's speakers)`);
    const prev = kept[t - 1];
    const prompt = prev && prev.asker && prev.block === turn.block ? prev : null;
    b.add(
      {
        type: 'qa',
        text,
        speaker,
        question: prompt ? prompt.parts.join('\n') : null,
        asker: prompt ? askerName(prompt.label) : null,
        section: prompt?.section ?? turn.section,
      },
      prompt ? prompt.lines[0]! : first,
      last,
    );
    // Words the answer reports others saying are quotes of those speakers.
    const state = newAttributionState(registry, speaker);
    for (const k of turn.lines) {
      const m = matchLabel(lines[k]!);
      const para = m && labels.has(m.label) ? m.rest : lines[k]!;
      if (para.trim()) narrate(b, para, state, { section: turn.section, narrator, firstIdx: k, claims: false });
    }
  }

  // Pass 3: narrative outside the turns. A list of bullets above an interview with one
  // guest, most of them in the first person, is a list of that guest's sayings
  // ("Highlights & Key Insights"): every bullet in it is the guest's quote.
  const state = newAttributionState(registry, guest);
  const bullets = narrative.filter((n) => isBulletItem(lines, n.idx));
  const sayings = bullets.length >= 3 && bullets.filter((n) => isFirstPersonSingular(lines[n.idx]!)).length * 2 > bullets.length;
  for (const { idx, section: sec } of narrative) {
    const raw = lines[idx]!;
    const text = stripBullet(raw).trim();
    const saying = isFirstPersonSingular(text) || (sayings && isBulletItem(lines, idx));
    if (guest && saying && !isQuestionParagraph(text)) {
      // "I feel I grew up…" above an interview with one guest is that guest speaking.
      b.add({ type: 'quote', text, speaker: guest, section: sec }, idx);
      narrate(b, text, newAttributionState(registry, guest), { section: sec, narrator, firstIdx: idx, claims: false });
      continue;
    }
    const { records, rhetorical } = narrate(b, text, state, { section: sec, narrator, firstIdx: idx });
    if (records === 0 && rhetorical) b.mark(idx, 'rhetorical');
  }
  return b.result('transcript');
}

/**
 * Conversation repair, in one pass over the turns:
 *  - a filler turn (a back-channel "Uh-huh.", or an answer abandoned after a
 *    word or two) is no turn at all: the other speaker kept the floor;
 *  - turns under one label separated only by fillers are one turn: the host's
 *    build-up over the guest's "Yeah."s is one prompt, the guest's answer over
 *    the host's "Yes." one answer;
 *  - a turn that opens with a dash ("-- the crime of …") picks up the same
 *    speaker's turn that broke off with one ("… on the hook as well for --"),
 *    across a short interjection from the other side ("X days."), which then
 *    counts as filler too.
 * Nothing merges across a heading, nor across a back-channel that closes an
 * exchange rather than lets the speaker go on: thanks or a greeting ("Thanks
 * for having me."), or a "Yeah." that answers a question.
 */
function repairTurns(turns: Turn[], fillerKind: (t: Turn, before: Turn | undefined) => FillerKind | null): { kept: Turn[]; fillers: Turn[] } {
  const kept: Turn[] = [];
  const fillers: Turn[] = [];
  const join = (into: Turn, from: Turn) => {
    for (const l of from.lines) into.lines.push(l); // not push(...): a long turn would overflow the stack
    for (const p of from.parts) into.parts.push(p);
  };
  let closed = false;
  for (let t = 0; t < turns.length; t++) {
    const turn = turns[t]!;
    const filler = fillerKind(turn, turns[t - 1]);
    if (filler) {
      fillers.push(turn);
      if (filler === 'closing') closed = true;
      continue;
    }
    const wasClosed = closed;
    closed = false;
    const last = kept[kept.length - 1];
    if (last && !wasClosed && turn.label !== null && last.label === turn.label && last.block === turn.block) {
      join(last, turn);
      continue;
    }
    const before = kept[kept.length - 2];
    if (
      last &&
      before &&
      turn.label !== null &&
      before.label === turn.label &&
      last.label !== turn.label &&
      before.block === turn.block &&
      last.block === turn.block &&
      LEADING_DASH.test(turn.parts[0] ?? '') &&
      TRAILING_DASH.test(before.parts[before.parts.length - 1] ?? '') &&
      wordCount(last.parts.join(' ')) < MIN_PROMPT_QUOTE_WORDS
    ) {
      kept.pop();
      fillers.push(last);
      join(before, turn);
      continue;
    }
    kept.push(turn);
  }
  return { kept, fillers };
}

/** A list item: "- text" on its line, or text on the line after a lone bullet marker. */
function isBulletItem(lines: string[], idx: number): boolean {
  if (/^\s*[-–•·*▪]\s+\S/.test(lines[idx]!)) return true;
  for (let k = idx - 1; k >= 0; k--) {
    const t = lines[k]!.trim();
    if (!t) continue;
    return /^[-–—•·*▪]$/.test(t);
  }
  return false;
}

/**
 * A reply that says nothing but agreement, thanks or the other person's name:
 * "Yeah.", "Uh-huh.", "Really?", "Yeah. Probably, yeah.", "Thanks, Trace.",
 * "Hey, thanks, Trace.  Thanks for having me."
 */
function isBackchannel(text: string, vocatives: ReadonlySet<string> = new Set()): boolean {
  const t = normalizeSpace(text);
  if (!t || wordCount(t) > 8) return false;
  const words = t.replace(BACKCHANNEL_PHRASES, ' ').toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return words.every((w) => BACKCHANNEL_WORDS.has(w) || vocatives.has(w));
}

/**
 * An answer that breaks off before it says anything: after any back-channel
 * sentences, a few words and a dash ("Yeah.  So these guys --", "That --",
 * "Yes, so --"). The speaker gave up the floor; it answers nothing.
 */
function isAbandoned(text: string, vocatives: ReadonlySet<string>): boolean {
  const t = normalizeSpace(text);
  if (!TRAILING_DASH.test(t)) return false;
  const sentences = splitSentences(t.replace(TRAILING_DASH, '').trim());
  let k = 0;
  while (k < sentences.length - 1 && isBackchannel(sentences[k]!.text, vocatives)) k++;
  const rest = sentences.slice(k).map((s) => s.text).join(' ');
  return wordCount(rest) <= ABANDONED_MAX_WORDS;
}

function nextContent(lines: string[], from: number, end: number): number {
  for (let k = from; k < end; k++) if (lines[k]!.trim()) return k;
  return -1;
}

function isTurnLine(raw: string, labels: Map<string, number>): boolean {
  const m = matchLabel(raw);
  return !!m && labels.has(m.label);
}

/**
 * A line shaped like a heading but not title case: short, not a sentence (no
 * closing punctuation, no trailing comma, colon or dash), not a list item and
 * not a quotation. Only meaningful where the structure expects a heading.
 */
function isBareHeading(raw: string): boolean {
  const line = normalizeSpace(raw);
  if (!hasLetters(line) || wordCount(line) > 12) return false;
  if (endsLikeSentence(line) || /[,;:—–-]$/.test(line)) return false;
  if (/^[-–—•·*▪►“"‘'(]/.test(line)) return false;
  return true;
}

function nextIsBulletOrHeading(lines: string[], next: number): boolean {
  if (next < 0) return true;
  const line = lines[next]!.trim();
  return /^[-–—•·*]$/.test(line) || /^[-–—•·*]\s/.test(line);
}

/** The first labelled turn that is not page metadata: a label line whose words are a sentence, or followed by words. */
function findFirstTurn(lines: string[], labels: Map<string, number>, end: number): number {
  for (let i = 0; i < end; i++) {
    const m = matchLabel(lines[i]!);
    if (!m || !labels.has(m.label)) continue;
    if (isKeyValueLine(lines[i]!) && neighbourIsKeyValue(lines, i)) continue;
    return i;
  }
  return end;
}

function neighbourIsKeyValue(lines: string[], i: number): boolean {
  const here = isKeyValueLine(lines[i]!);
  for (const d of [-1, 1]) {
    const k = i + d;
    if (k < 0 || k >= lines.length) continue;
    const kv = isKeyValueLine(lines[k]!);
    if (kv && here && kv.key !== here.key) return true;
  }
  return false;
}

/**
 * A paragraph in the asking voice: it asks (question mark or interrogative
 * opener, or a "Please share…" prompt), addresses "you", and does not speak
 * as "I".
 */
export function isQuestionParagraph(raw: string): boolean {
  const a = askingSentences(raw);
  if (!a || a.asking.length === 0) return false;
  return hasSecondPerson(a.text) || (/\?["”’]?$/.test(a.text) && a.sentences.length <= 2) || !endsLikeSentence(a.text);
}
