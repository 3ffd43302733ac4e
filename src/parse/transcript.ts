/**
 * Transcripts: turns introduced by speaker labels ("Host:", "He Yi:",
 * "Interviewer:", "Q:"/"A:", "Trace Mayer:"), with the label's words on the
 * same line or on the lines below it.
 *
 * Turns by the asking side (host, interviewer, Q, or an unlabelled question
 * standing right before a labelled answer) pair with the answer that follows:
 * every answer is a qa record with the prompt before it as its question, even
 * when that prompt is a statement. Back-channel answers ("Yeah.", "Uh-huh.")
 * pair with nothing; a prompt left without an answer is kept as the asker's
 * quote. Outside the turns (a summary, a list of highlights) the text is
 * narrative: first-person passages are the guest's quotes, the rest claims.
 */
import { DocBuilder, type ParseInput, type ParseResult } from './builder.js';
import { classifyChrome, isHeadingLike, isKeyValueLine, isTeaserMarker, titleKey } from './chrome.js';
import { narrate, stripBullet } from './narrative.js';
import { markHeader } from './prose.js';
import { newAttributionState } from './quotes.js';
import {
  endsLikeSentence,
  hasSecondPerson,
  isFirstPersonSingular,
  isImperativePrompt,
  isQuestionSentence,
  normalizeSpace,
  splitLines,
  splitSentences,
  wordCount,
} from './text.js';

/** Labels that name a role rather than a person. */
const ASKER_ROLES = /^(host|interviewer|moderator|q|question|questioner|audience|reporter|presenter)$/i;
const ANSWER_ROLES = /^(a|answer|guest|interviewee|respondent)$/i;

/** Keys of page metadata lines, when such a line stands alone ("Compiled & Translated: TechFlow"). */
const METADATA_KEYS =
  /^(source|sources|compiled|translated|compiled & translated|compiled and translated|author|authors|editor|edited by|date|release date|published|updated|original title|original|podcast|podcast source|episode|duration|location|transcript|photo|credit|credits|via|guest|guests|host|hosts|interviewer)$/i;

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
}

const BACKCHANNEL =
  /^(yeah|yes|yep|no|nope|right|sure|okay|ok|uh-huh|mm-hmm|mhm|hmm|exactly|definitely|absolutely|true|really|indeed|of course|i see|got it|wow|oh|ah|great|cool|interesting|thanks|thank you)[.!?,\s]*((yeah|yes|right|exactly|definitely|sure|absolutely)[.!?]*\s*)*$/i;

export function parseTranscript(input: ParseInput): ParseResult {
  const lines = splitLines(input.body);
  const b = new DocBuilder(input, lines);
  const meta = input.meta;
  const registry = input.registry;
  const labels = turnLabels(lines, (n) => registry.has(n));
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
  let section: string | null = null;
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
      current = { label: m.label, asker: isAskerLabel(m.label), lines: [i], parts: m.rest.trim() ? [m.rest.trim()] : [], section };
      turns.push(current);
      continue;
    }
    const next = nextContent(lines, i + 1, end);
    const nextIsTurn = next >= 0 && isTurnLine(lines[next]!, labels);
    const nextIsPrompt = nextIsTurn && isAskerLabel(matchLabel(lines[next]!)!.label);
    if (
      isHeadingLike(raw, 12) &&
      (nextIsTurn || current === null || !current.parts.length || nextIsBulletOrHeading(lines, next)) &&
      (!isQuestionParagraph(raw) || nextIsPrompt)
    ) {
      b.mark(i, 'heading');
      if (titleKey(raw) !== titleKey(meta.title)) section = normalizeSpace(raw);
      current = null;
      continue;
    }
    // An unlabelled question right before a labelled answer is the asking side's turn.
    if (nextIsTurn && !nextIsPrompt && !current?.asker && isQuestionParagraph(raw)) {
      current = { label: null, asker: true, lines: [i], parts: [raw.trim()], section };
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

  // Pass 2: pair prompts with answers.
  for (let t = 0; t < turns.length; t++) {
    const turn = turns[t]!;
    const first = turn.lines[0]!;
    const last = turn.lines[turn.lines.length - 1]!;
    const text = turn.parts.join('\n');
    if (turn.asker) {
      const next = turns[t + 1];
      if (next && !next.asker && !isBackchannel(next.parts.join(' '))) continue; // paired below
      if (wordCount(text) >= 8) {
        b.add({ type: 'quote', text, speaker: askerName(turn.label), section: turn.section }, first, last);
      } else for (const k of turn.lines) b.mark(k, 'filler');
      continue;
    }
    const speaker = answerName(turn.label ?? '');
    if (turn.label && !ANSWER_ROLES.test(turn.label) && !registry.has(turn.label))
      b.warn(first, `speaker label '${turn.label}' matches no known speaker (add it to speakers.yml or the document's speakers)`);
    if (isBackchannel(text)) {
      for (const k of turn.lines) b.mark(k, 'filler');
      continue;
    }
    const prev = turns[t - 1];
    const prompt = prev && prev.asker ? prev : null;
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

function isBackchannel(text: string): boolean {
  const t = normalizeSpace(text);
  return wordCount(t) <= 4 && BACKCHANNEL.test(t);
}

function nextContent(lines: string[], from: number, end: number): number {
  for (let k = from; k < end; k++) if (lines[k]!.trim()) return k;
  return -1;
}

function isTurnLine(raw: string, labels: Map<string, number>): boolean {
  const m = matchLabel(raw);
  return !!m && labels.has(m.label);
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
  const text = normalizeSpace(raw);
  if (isFirstPersonSingular(text)) return false;
  const sentences = splitSentences(text);
  const asks = sentences.some((s) => isQuestionSentence(s.text) || isImperativePrompt(s.text));
  if (!asks) return false;
  return hasSecondPerson(text) || (/\?["”’]?$/.test(text) && sentences.length <= 2) || !endsLikeSentence(text);
}
