/**
 * Caption files: WebVTT (a `WEBVTT` header, optional cue identifiers,
 * `00:00:01.000 --> 00:00:04.000` timings, `NOTE` comment blocks) and SRT
 * (a cue number, `00:00:01,000 --> 00:00:04,000`, text lines). Cues are
 * separated by blank lines.
 *
 * Who speaks comes from a voice tag (`<v Name>`), a Zoom-style `Name: ` at the
 * start of the cue text, or a `>>` change of speaker. Consecutive cues of one
 * voice (and cues that name none, which carry on the voice before) are one
 * turn, and the turns go through the same pairing as any transcript. Cue
 * numbers, timings, headers and notes are never text. Captions with no
 * voices at all are running narration: the cue texts are joined and split
 * into sentences, each a claim (or a quote, where the words are quoted), so
 * nothing said is lost.
 */
import { DocBuilder, type ParseInput, type ParseResult } from './builder.js';
import { declaresSpeakers, emitConversation, type Turn } from './conversation.js';
import { deviceLabelRest, ownedDeviceLabel, isDirection, isNameShaped, readLabel, stripInlineNotes, displayName, personName, SOUND, ANSWER_ROLES, ASKER_ROLES, CAST_ROLE, surnameInHeader, titledFullName, renamedNumberedVoices, floorNamedVoices, NUMBERED_VOICE } from './labels.js';
import { isHeadingLike } from './chrome.js';
import { isTranscriptLine, isWhenLine } from './header.js';
import { withoutAudienceReactions } from './speech.js';
import { narrate } from './narrative.js';
import { newsPackageVoices } from './newscast.js';
import { newAttributionState } from './quotes.js';
import type { Shape } from './shape.js';
import { findQuoteSpans, normalizeSpace, splitLines, splitSentences, wordCount } from './text.js';
import { lastAtOrBelow } from '../model/sorted.js';
import { decodeHtmlEntities, isTtmlText, narratorOf } from './text.js';
import { isTranscriptJsonHead } from '../corpus/files.js';
import { lazy } from '../model/regexp.js';

/** A line that starts or ends as a cue timing and is none ("00:00:04,500 --> 00:00:0", "00:00:01 -> 00:00:04,000"): a timing mistyped or cut short. */
const BROKEN_TIMING = lazy(() => /^\s*(?:\d{1,2}:){1,2}\d{1,2}(?:[.,]\d{0,3})?\s*--?>|--?>\s*(?:\d{1,2}:){1,2}\d{1,2}[.,]\d{1,3}\s*$/);
/** A cue's timing; Teams writes its fields unpadded ("0:0:3.450 --> 0:0:9.870"). */
const TIMING = lazy(() => /^\s*(?:\d{1,2}:)?\d{1,2}:\d{1,2}[.,]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{1,2}[.,]\d{1,3}\b.*$/);
/**
 * The name a WebVTT voice tag gives ("<v Ana Ruiz>", "<v.loud Ana Ruiz>"), or null: what
 * /<v(?:\.[^\s>]+)*\s+([^>]+)>/ captured, read in one pass. That pattern's repeated class group could
 * split "<v.a.a.a…" many ways (exponential backtracking when no space follows), and its "\s+" before
 * "[^>]+" retried every split of a run of spaces with no ">" after it (quadratic).
 */
export function voiceTagName(raw: string): string | null {
  const n = raw.length;
  let p = raw.indexOf('<v');
  while (p >= 0) {
    let q = p + 2;
    if (raw[q] === '.') {
      // the classes ("<v.loud.first"): one run up to a space or ">"; nothing after the dot is no class
      let r = q + 1;
      while (r < n && raw[r] !== '>' && !SPACE().test(raw[r]!)) r++;
      if (r === q + 1 || r >= n || !SPACE().test(raw[r]!)) {
        // a tag opening inside this run ends at the same place, and fails there too
        p = raw.indexOf('<v', r === q + 1 ? p + 1 : r);
        continue;
      }
      q = r;
    }
    if (q < n && SPACE().test(raw[q]!)) {
      const close = raw.indexOf('>', q);
      if (close < 0) return null; // no ">" after this tag, so none after any later one
      let r = q;
      while (r < close && SPACE().test(raw[r]!)) r++;
      if (r < close) return raw.slice(r, close);
      if (r - q >= 2) return raw.slice(r - 1, close); // "<v  >": the last space is the name
    }
    p = raw.indexOf('<v', p + 1);
  }
  return null;
}
const SPACE = lazy(() => /\s/);
/** Markup inside cue text: <i>, </b>, <c.yellow>, <00:00:01.000>, </v>, and SSA position codes such as {\an8}. */
const CUE_TAGS = lazy(() => /<\/?(?:[a-z]+(?:\.[^\s>]*)?|\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3})(?:\s[^>]*)?>|\{\\[^}]*\}/gi);

interface Cue {
  /** the voice the cue names: a name, null for an anonymous ">>" change, undefined when it says nothing */
  voice: string | null | undefined;
  text: string;
  /** body line index of each text line */
  lines: number[];
  /** the words of its last text line, to tell a rolling caption's repeat */
  lastLine: string;
  /** its last text line was written with each word's timing (`word<00:00:01.520><c> word</c>`): an auto-captioner's new words */
  lastLineTimed?: boolean;
  /** its last text line as written when it opened with a `>>` change of speaker (">> so how did it start"): a rolling caption repeats it, `>>` and all */
  lastChangeLine?: string;
  /** set in italics as a whole and naming no voice: a narrator over the pictures, nobody's turn */
  narration?: boolean;
  /** a voice's cue set in italics as a whole ("<v Narrator><i>The light was automated…</i>") */
  italicVoice?: boolean;
  /** the role the voice's label gives ("ROSALIND FERREIRA, MAYOR OF PORTO ALTO:"): the turn's role */
  role?: string;
  /** the video chapter the cue is in (a transcript panel's chapter title above its first stamp) */
  section?: string;
  /** a line of a copied video page above its transcript panel (the description): the page's words, not the video's */
  page?: boolean;
  /** opened by a dialogue dash with no name after it ("- In 2016."): a change of speaker, whose unknown */
  dashed?: boolean;
}

/**
 * A WebVTT comment that names the chapter the cues below it are in: "NOTE Chapter: Growth",
 * "NOTE Section 2 - Audience questions" (a short title, no sentence).
 */
const NOTE_CHAPTER = lazy(() => /^NOTE[ \t]+(?:chapter|section|part|segment)(?:[ \t]+\d{1,3})?[ \t]*[:.\u2013\u2014-][ \t]*(\S[^.!?]{0,60})$/i);

/** Shorter lines may be said twice on purpose ("No." / "No."); a repeated longer line is a rolling caption's. */
const MIN_ROLLING_WORDS = 4;

/**
 * Auto-generated captions (YouTube's) roll: each cue repeats the line the
 * cue before it ended with, then adds one. The repeat is no new speech. A line the
 * captioner wrote with each word's timing is new words, so the same words again
 * without timings are its repeat however short ("240 million dollars" before a pause):
 * words said again would come with timings of their own.
 */
function isRollingRepeat(cues: Cue[], text: string): boolean {
  const last = cues[cues.length - 1];
  return !!last && last.lastLine === text && (last.lastLineTimed === true || text.split(/\s+/).length >= MIN_ROLLING_WORDS);
}

/**
 * A `>>` line that is the line the last cue ended with, `>>` and all (">> what happened in 2020"
 * under ">> what<00:00:34.000><c> happened</c>…"): the rolling repeat of a change of speaker, as
 * isRollingRepeat tells a repeat of other lines. Only a line that itself opened with `>>` is
 * repeated so: the same words after a line without it are a new speaker's.
 */
function isRollingChangeRepeat(cues: Cue[], clean: string): boolean {
  const last = cues[cues.length - 1];
  if (!last || last.lastChangeLine === undefined || last.lastChangeLine !== normalizeSpace(clean)) return false;
  return last.lastLineTimed === true || wordCount(clean.replace(/^>>\s*/, '')) >= MIN_ROLLING_WORDS;
}

/** An inline word timing as auto-captioners write it: `<00:00:01.520><c>`. */
const WORD_TIMING = lazy(() => /<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}><c[\s.>]/);

/** WEBVTT's header, or an SRT cue (a number, then a timing line) at the top. */
function isCaptionText(lines: string[]): boolean {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return false;
  if (/^(?:\uFEFF)?WEBVTT(?:\s|$)/.test(lines[first]!)) return true;
  if (/^\d+\s*$/.test(lines[first]!) && (TIMING().test(lines[first + 1] ?? '') || BROKEN_TIMING().test(lines[first + 1] ?? ''))) return true;
  if (isTimeStampedText(lines)) return true;
  // Cues pasted without their header or numbers (a Teams transcript saved as text), under a
  // title perhaps: a timing among the first lines, and most blocks opening with one.
  const head = lines.slice(first, first + 8);
  if (!head.some((l) => TIMING().test(l))) return false;
  let blocks = 0;
  let timed = 0;
  for (let i = first; i < lines.length; i++) {
    if (!lines[i]!.trim() || (i > 0 && lines[i - 1]!.trim())) continue;
    blocks++;
    if (TIMING().test(lines[i]!) || (/^\d+\s*$/.test(lines[i]!) && TIMING().test(lines[i + 1] ?? ''))) timed++;
  }
  return timed >= 2 && timed >= (blocks - 1) * 0.8;
}

/**
 * A video platform's transcript copied as text ("0:00" / "hello everyone and
 * welcome back" / "0:04" / …): a time alone on its line above each piece of
 * running text, from the first lines on. Each time opens a cue, as a timing does.
 */
function isTimeStampedText(all: string[]): boolean {
  // A whole video page copied: only its transcript panel is stamped text.
  const panel = transcriptPanel(all);
  const lines = panel.top > 0 || panel.end < all.length ? all.slice(panel.top, panel.end) : all;
  let stamps = 0;
  let content = 0;
  let firstStamp = -1;
  let lastAt = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    content++;
    if (!LONE_STAMP().test(lines[i]!)) continue;
    if (!lines[i + 1]?.trim() || LONE_STAMP().test(lines[i + 1]!)) return false; // a stamp above nothing is something else
    // A recording's offsets only ever grow: stamps that go back are a live blog's clock times, its
    // newest entry first ("16:42" / "16:25") or running past midnight ("23:58" / "00:12").
    const at = lines[i]!.trim().split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
    if (at < lastAt) return false;
    lastAt = at;
    stamps++;
    if (firstStamp < 0) firstStamp = content;
  }
  // Chapter titles ("Intro" / "0:00") are neither lines of the page's header nor text between the stamps.
  const chapters = stamps >= 3 ? chapterTitleLines(lines) : new Set<number>();
  let before = 0;
  for (const k of chapters) if (lines.slice(0, k + 1).filter((l) => l.trim()).length < firstStamp) before++;
  return stamps >= 3 && firstStamp - before <= 4 && stamps * 2 >= content - chapters.size - (firstStamp - before) - panelFoot(lines).size;
}

/** How many lines of a player's foot may stand under a copied transcript's last cue. */
const MAX_FOOT_LINES = 3;

/**
 * A podcast player's foot under a copied transcript, set off from the last cue by a blank line
 * ("Apple Podcasts" / "Transcripts are auto-generated and may contain errors."): a few short
 * lines and no stamp after the last stamped cue. The player's, no cue's words: neither the last
 * voice's nor text the stamps must outnumber. Empty where the file ends with its last cue.
 */
function panelFoot(lines: readonly string[]): Set<number> {
  let end = lines.length;
  while (end > 0 && !lines[end - 1]!.trim()) end--;
  const foot = new Set<number>();
  let k = end - 1;
  for (; k >= 0 && foot.size <= MAX_FOOT_LINES; k--) {
    const l = lines[k]!;
    if (LONE_STAMP().test(l)) return new Set();
    if (!l.trim()) {
      // The blank line under the last cue: the cue is its stamp and the text right under it.
      let top = k;
      while (top > 0 && !lines[top - 1]!.trim()) top--;
      let cue = top - 1;
      while (cue >= 0 && lines[cue]!.trim() && !LONE_STAMP().test(lines[cue]!)) cue--;
      return cue >= 0 && LONE_STAMP().test(lines[cue]!) && top - 1 - cue <= 2 && foot.size ? foot : new Set();
    }
    foot.add(k);
  }
  return new Set();
}

/**
 * A video transcript panel's chapter titles ("Intro", "The new CEO"): a short line with no stamp
 * and no sentence end, right above a stamp, and not the text under a stamp (the line above it is no
 * stamp). Where the cues run to two lines or more, such lines are the cues' own: so only a few of
 * them, one for every four stamps or fewer, are titles.
 */
function chapterTitleLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  let stamps = 0;
  let prev = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.trim()) continue;
    if (LONE_STAMP().test(l)) stamps++;
    else if (prev >= 0 && !LONE_STAMP().test(lines[prev]!) || prev < 0) {
      let next = i + 1;
      while (next < lines.length && !lines[next]!.trim()) next++;
      if (next < lines.length && LONE_STAMP().test(lines[next]!) && wordCount(l) <= 8 && !/[.!?,;:…]["”’)]?\s*$/.test(l.trim()) && !/^\s*[[(]/.test(l)) found.add(i);
    }
    prev = i;
  }
  return found.size && found.size * 4 <= stamps ? found : new Set();
}
/** "0:04", "12:31", "1:02:15" alone on a line: a video transcript's stamp (no brackets, no span). */
const LONE_STAMP = lazy(() => /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$/);

/** A talk's title in quotation marks, a dash, then who gave it and where: no sentence, however long. */
const TALK_TITLE_LINE = lazy(() => /^(?:[\p{L} ]{2,20}:\s+)?["“][^"“”]{3,120}["”]\s+[—–-]\s+\p{Lu}[^.!?]{2,100}$/u);
/** How many lines of a video page (title, channel, views, description) may stand above its "Transcript" line. */
const MAX_PAGE_LINES_ABOVE_PANEL = 30;

/**
 * A whole video page copied as text: the page's lines (title, channel, "214K subscribers",
 * "Subscribe", the views line, the description) above the panel's "Transcript" line, and under
 * the panel the page's chapter list ("Chapters" / "View all" / "Intro" / "0:00" / …), whose stamps
 * start again from the video's beginning. `top` is the panel's first line after its "Transcript"
 * line (0 when no such line comes before the first stamp), `end` the chapter list's first line
 * (the file's end when there is none): only the lines between are the transcript's cues.
 */
function transcriptPanel(lines: readonly string[]): { top: number; end: number } {
  let top = 0;
  for (let i = 0, seen = 0; i < lines.length && seen <= MAX_PAGE_LINES_ABOVE_PANEL; i++) {
    if (!lines[i]!.trim()) continue;
    seen++;
    if (LONE_STAMP().test(lines[i]!)) break;
    if (isTranscriptLine(lines[i]!)) {
      top = i + 1;
      break;
    }
  }
  return { top, end: chapterListStart(lines, top) };
}

/**
 * The first line of a chapter list closing a copied video page, or the file's end: from a line to
 * the end of the file nothing but stamps and short lines with no sentence end (the titles, the
 * list's "Chapters" heading), two stamps or more, the first of them earlier than a stamp above it
 * (a transcript's stamps only go forward; the list starts again at the video's beginning). The list
 * opens with the lines right above that stamp, up to a blank line.
 */
function chapterListStart(lines: readonly string[], from: number): number {
  let start = lines.length;
  for (let k = lines.length - 1; k >= from; k--) {
    const l = lines[k]!;
    if (!l.trim() || LONE_STAMP().test(l)) continue;
    if (wordCount(l) > 8 || /[.!?…]["”’)]?\s*$/.test(l.trim())) break;
    start = k;
  }
  const stamps: number[] = [];
  for (let k = start; k < lines.length; k++) if (LONE_STAMP().test(lines[k]!)) stamps.push(k);
  if (stamps.length < 2) return lines.length; // (most files: no stamps at their end, and no pass over the rest)
  let latest = -1;
  for (let k = from; k < start; k++) if (LONE_STAMP().test(lines[k]!)) latest = Math.max(latest, stampSeconds(lines[k]!));
  const reset = stamps.find((k) => stampSeconds(lines[k]!) < latest);
  if (reset === undefined) return lines.length;
  let open = reset;
  while (open - 1 >= start && lines[open - 1]!.trim()) open--;
  return open;
}

/** A lone stamp's time in seconds ("1:02:15" → 3735). */
function stampSeconds(stamp: string): number {
  return stamp.trim().split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
}

export function parseCaptions(input: ParseInput): ParseResult {
  parenthesisedVoices = parenthesisedVoicesOf(splitLines(input.body));
  try {
    return readCaptions(input);
  } finally {
    parenthesisedVoices = new Set();
  }
}

function readCaptions(input: ParseInput): ParseResult {
  const raw = splitLines(input.body);
  // a .json file is read as a transcript JSON or not at all: one named on the command line comes
  // without the folder listing's content gate, and is never read as cues of another syntax
  const format = input.extension === '.json' ? 'json' : captionFormat(raw, input.body);
  if (format === 'json') {
    const b = new DocBuilder(input, raw);
    const textLines = raw.map(() => '');
    const cues = readJsonCues(input.body, raw, b, textLines);
    if (cues === null) return { ...b.result('captions'), unreadable: { line: input.bodyLine, message: NOT_TRANSCRIPT_JSON } };
    return { ...cuesToResult(input, b, cues), textLines };
  }
  if (format === 'ass' || format === 'ttml') {
    // One cue per Dialogue line, or per <p> element: read by their own syntax, then the same turns.
    const b = new DocBuilder(input, raw);
    const textLines = [...raw];
    const cues = format === 'ass' ? readAssCues(raw, b, textLines) : readTtmlCues(raw, b, textLines);
    return { ...cuesToResult(input, b, cues), textLines };
  }
  // YouTube's SBV writes a cue's timing "0:00:01.000,0:00:04.000": read as the WebVTT timing it is.
  const lines = format === 'sbv' ? raw.map((l) => (SBV_TIMING().test(l) ? l.replace(',', ' --> ') : l)) : raw;
  const b = new DocBuilder(input, lines);
  // Cues open with a timing; in a copied video transcript, with a time stamp alone on its line.
  const stamped = isTimeStampedText(lines);
  // A timing cut short or mistyped ("00:00:04,500 --> 00:00:0") is still the cue's timing, never its
  // words (a warning names the line).
  const isTiming = (l: string) => TIMING().test(l) || (stamped && LONE_STAMP().test(l)) || BROKEN_TIMING().test(l);
  // A whole video page copied: the page above the transcript panel, the chapter list below it.
  const fullPanel = stamped ? transcriptPanel(lines) : { top: 0, end: lines.length };
  // A podcast player's foot under the last cue: the page's lines, read apart from the cues.
  const foot = stamped ? panelFoot(lines.slice(0, fullPanel.end)) : new Set<number>();
  const panel = foot.size ? { top: fullPanel.top, end: Math.min(...foot) } : fullPanel;
  // A copied video transcript's chapter titles: each heads the cues under it, no words of them.
  const chapters = stamped ? chapterTitleLines(lines.slice(0, panel.end)) : new Set<number>();
  let chapter: string | undefined;
  // the person a lower-third just named, whose words the next cue is
  let shownOnScreen: { name: string; role: string } | undefined;
  const cues: Cue[] = [];
  const headerless = !/^(?:\uFEFF)?WEBVTT\b/.test(lines.find((l) => l.trim())?.trim() ?? '');
  const nameLines = namesOnTheirOwnLine(lines);
  const translationLabels = translatedLabels(lines, isTiming);
  // the file's title and notes: where it may name the people its voices call by surname
  const intro: string[] = [];
  // The page's lines above the panel: its title, channel, counts and buttons say what the page is;
  // its description's sentences are the page's words, nobody's (a claim each, kept for search).
  const pageTitle = panel.top > 0 ? lines.findIndex((x) => x.trim()) : -1;
  for (let k = 0; k < panel.top; k++) {
    const l = lines[k]!;
    if (!l.trim()) continue;
    intro.push(l);
    // The page's title heads it: searched as the document's title, or kept as a claim of its own where another is.
    if (k === pageTitle) b.mark(k, 'heading');
    else if (wordCount(l) <= 12 && !/[.!?…]["”’)]?\s*$/.test(l.trim())) b.mark(k, 'metadata');
    else {
      const text = normalizeSpace(l);
      cues.push({ voice: undefined, text, lines: [k], lastLine: text, narration: true, page: true });
    }
  }
  const pageCues = cues.length;
  // The chapter list under the panel: its titles head the chapters above, its stamps time them,
  // its own heading and buttons ("Chapters", "View all") say what the page is.
  const chapterTitles = new Set([...chapters].map((k) => normalizeSpace(lines[k]!)));
  for (let k = panel.end; k < lines.length; k++) {
    if (lines[k]!.trim()) b.mark(k, LONE_STAMP().test(lines[k]!) ? 'markup' : chapterTitles.has(normalizeSpace(lines[k]!)) ? 'heading' : 'metadata');
  }
  let i = panel.top;
  while (i < panel.end) {
    if (!lines[i]!.trim()) {
      i++;
      continue;
    }
    // One block: up to the next blank line.
    let end = i;
    while (end < panel.end && lines[end]!.trim()) end++;
    // A file that leaves out the blank line between cues: the next timing (and the cue
    // number above it) starts a new block, and is never cue text.
    const firstTiming = lines.slice(i, end).findIndex(isTiming);
    if (firstTiming >= 0) {
      for (let k = i + firstTiming + 1; k < end; k++) {
        if (!isTiming(lines[k]!)) continue;
        end = k - 1 > i + firstTiming && /^\d+\s*$/.test(lines[k - 1]!) ? k - 1 : k;
        break;
      }
    }
    const head = lines[i]!.trim();
    if (/^(?:\uFEFF)?WEBVTT\b/.test(head)) {
      for (let k = i; k < end; k++) b.mark(k, 'metadata'); // the header and its settings
    } else if (/^NOTE(?:\s|$)/.test(head)) {
      // "NOTE Chapter: Growth": the chapter the cues below it are in, as a video's chapter title heads
      // its cues (no turn runs on across it); the rest of the block is the file's note.
      const chapterNote = NOTE_CHAPTER().exec(head);
      // (The line stays the file's metadata: its title is the section of the records below it.)
      if (chapterNote) chapter = normalizeSpace(chapterNote[1]!);
      for (let k = i; k < end; k++) b.mark(k, 'metadata');
      for (let k = i; k < end; k++) intro.push(lines[k]!.replace(/^NOTE\b/, '').trim());
    } else if (/^(?:STYLE|REGION)\s*$/.test(head)) {
      for (let k = i; k < end; k++) b.mark(k, 'markup');
    } else {
      const timing = lines.slice(i, end).findIndex(isTiming);
      // (a talk's title line names the talk, its speaker and its event after a dash, and runs longer:
      // `"Why your city needs more trees than parking" — Lucia Fernández, TEDxValencia, March 2024`)
      const titleLike = (l: string) => isHeadingLike(l) || (wordCount(l) <= 12 && !/[.!?…]["”’)]?\s*$/.test(l.trim())) || TALK_TITLE_LINE().test(l.trim());
      if (timing < 0 && headerless && cues.length === pageCues && end - i <= 2 && lines.slice(i, end).every(titleLike)) {
        // Cues saved without their header, under a title ("Weekly sync - recording transcript").
        // A talk page's event line ("TEDxLagos · 14:52 · Filmed Nov 2019") and its "Transcript
        // (English)" say when and what the page is: its metadata, no heading.
        // Under a copied page's "Transcript" line, the panel's own lines ("Search in video") are the page's too.
        for (let k = i; k < end; k++) b.mark(k, panel.top > 0 || isWhenLine(lines[k]!) || isTranscriptLine(lines[k]!) ? 'metadata' : 'heading');
        for (let k = i; k < end; k++) intro.push(lines[k]!);
      } else if (timing < 0) {
        // An SRT cue whose timing is missing: its number is no word of it, and a warning says so.
        let from = i;
        if (cues.length > 0 && end - i >= 2 && /^\d+\s*$/.test(lines[i]!)) {
          b.mark(i, 'markup');
          b.warn(i, `cue ${lines[i]!.trim()} has no timing line`);
          from = i + 1;
        }
        // Text with no timing: a transcript pasted after the header. Each line is a cue of its own.
        for (let k = from; k < end; k++) readCueLine(lines[k]!, k, cues, b);
      } else {
        if (!TIMING().test(lines[i + timing]!) && BROKEN_TIMING().test(lines[i + timing]!)) b.warn(i + timing, `malformed cue timing, read as one: ${JSON.stringify(lines[i + timing]!.trim())}`);
        for (let k = i; k <= i + timing; k++) {
          if (!chapters.has(k)) b.mark(k, 'markup'); // cue id or number, and the timing
          else (b.mark(k, 'heading'), (chapter = normalizeSpace(lines[k]!)));
        }
        const textLines: number[] = [];
        let nextChapter: string | undefined;
        for (let k = i + timing + 1; k < end; k++) {
          if (!chapters.has(k)) textLines.push(k);
          else (b.mark(k, 'heading'), (nextChapter = normalizeSpace(lines[k]!)));
        }
        const read = cues.length;
        const third = lowerThird(lines, textLines, i + timing, end, isTiming);
        if (third) {
          // The person on screen: the voice of the cue set under it, none of anyone's words.
          for (const k of textLines) b.mark(k, 'markup');
          shownOnScreen = third;
          i = end;
          continue;
        }
        // Teams' text export puts the speaker's name alone on the cue's first line.
        let named = nameLines && textLines.length >= 2 && isNameLine(lines[textLines[0]!]!) ? displayName(lines[textLines.shift()!]!.trim()) : undefined;
        if (named !== undefined) b.mark(i + timing + 1, 'markup'); // the name line: the speaker, in every record it opens
        const onScreen = shownOnScreen;
        shownOnScreen = undefined;
        const speaksUnder = onScreen !== undefined && named === undefined && !isNarrationCue(lines, textLines) && !cueNamesVoice(lines, textLines[0]);
        if (speaksUnder) named = onScreen.name;
        // The first cues introduce the people, a caption for the deaf in brackets too ("[OSKAR LIND, MAYOR]").
        if (cues.length < INTRO_CUES) for (const k of textLines) intro.push(lines[k]!.replace(CUE_TAGS(), ' ').replace(/[[\]]/g, ' '));
        readCueText(lines, textLines, cues, b, named, translationLabels);
        if (speaksUnder && cues.length > read && cues[read]!.voice === onScreen.name) cues[read]!.role = onScreen.role;
        if (chapter !== undefined) for (let c = read; c < cues.length; c++) cues[c]!.section = chapter;
        if (nextChapter !== undefined) chapter = nextChapter;
      }
    }
    i = end;
  }
  // The player's foot: its name and buttons the page's metadata, a notice's sentence nobody's claim.
  for (const k of [...foot].sort((x, y) => x - y)) {
    const l = lines[k]!;
    if (wordCount(l) <= 12 && !/[.!?…]["”’)]?\s*$/.test(l.trim())) b.mark(k, 'metadata');
    else {
      const text = normalizeSpace(l);
      cues.push({ voice: undefined, text, lines: [k], lastLine: text, narration: true, page: true });
    }
  }
  return cuesToResult(input, b, cues, intro);
}

/** The cues of any caption format → turns by voice (or running narration): one pipeline for all of them. */
function cuesToResult(input: ParseInput, b: DocBuilder, cues: Cue[], intro: readonly string[] = []): ParseResult {
  const voiced = cues.some((c) => c.voice !== undefined);
  if (!voiced) return narration(b, cues);
  dashInterviewee(cues);
  fullVoiceNames(input, cues, intro);

  const turns: Turn[] = [];
  let current: Turn | null = null;
  let anonymous = 0;
  // Narration between the voices ends the exchange: nothing pairs or joins across it.
  let block = 0;
  const narrated: Cue[][] = [];
  for (const cue of cues) {
    if (cue.narration) {
      if (current !== null || !narrated.length) narrated.push([]);
      narrated[narrated.length - 1]!.push(cue);
      current = null;
      block++;
      continue;
    }
    const key = cue.voice === undefined ? undefined : cue.voice === null ? `>>#${anonymous++}` : cue.voice;
    // A chapter title heads a block of its own, as a transcript's heading does: nothing pairs or joins across it.
    if (current && (cue.section ?? null) !== current.section) block++;
    // A video's chapter title heads the turns under it; a turn runs on to the next chapter's cues no more than narration does.
    if (current && (key === undefined || key === current.key) && (cue.section ?? null) === current.section) {
      for (const k of cue.lines) current.lines.push(k);
      current.parts.push(cue.text);
      current.partLines.push(cue.lines[0]!);
      continue;
    }
    const speaker = cue.voice ?? null;
    current = {
      key: key ?? `>>#${anonymous++}`,
      speaker,
      asker: false,
      answerRole: false,
      lines: [...cue.lines],
      parts: [cue.text],
      partLines: [cue.lines[0]!],
      section: cue.section ?? null,
      block,
      ...(cue.role ? { role: cue.role } : {}),
    };
    turns.push(current);
  }
  for (const t of turns) {
    const own = t.speaker === null ? nameGivenAtFloor(t.parts[0]!) : null;
    if (own) { t.key = own; t.speaker = own; }
  }
  // A news package's hand-off, lead-ins and sign-off name its ">>" voices (newscast.ts).
  newsPackageVoices(turns);
  // "<v Speaker 2>" for the first answers, "<v Ottilie Brandsma>" from then on: the voice renamed part-way.
  const renames = renamedNumberedVoices(turns.map((t) => ({ key: t.key, speaker: t.speaker, text: t.parts.join(' ') })));
  // "Over to you, Priya." / "<v Speaker 2>" … / "Thanks, Priya.": the numbered voice the host names.
  if (!renames.size) for (const [key, name] of floorNamedVoices(turns.map((t) => ({ key: t.key, speaker: t.speaker, text: t.parts.join(' ') })))) {
    if (!turns.some((t) => t.key === name)) renames.set(key, name);
  }
  if (renames.size) {
    const speakerOf = new Map(turns.map((t) => [t.key, t.speaker] as const));
    for (let i = turns.length - 1; i >= 0; i--) {
      const t = turns[i]!;
      const to = t.key === null ? undefined : renames.get(t.key);
      if (to !== undefined) { t.key = to; t.speaker = speakerOf.get(to) ?? to; }
    }
    // A renamed turn next to one of its new name's, in one block, is one turn.
    for (let i = turns.length - 1; i > 0; i--) {
      const prev = turns[i - 1]!;
      const t = turns[i]!;
      if (prev.key !== t.key || prev.block !== t.block || prev.section !== t.section) continue;
      prev.lines.push(...t.lines);
      prev.parts.push(...t.parts);
      prev.partLines.push(...t.partLines);
      turns.splice(i, 1);
    }
  }
  const narrator = narratorOf(input.meta, input.registry);
  const labelSpeakers = emitConversation(b, turns, { meta: input.meta, registry: input.registry, narrator, warnUnknown: declaresSpeakers(input.meta), joiner: ' ' });
  for (const run of narrated) narrateCues(b, run);
  return { ...b.result('captions'), labelSpeakers };
}

/**
 * An interview subtitled in dialogue dashes with no names ("- So, Dr. Amadi, when did you first notice
 * the bleaching?" / "- In 2016. …" / "- Was that the worst year?" / "- Until 2019, yes."): two people
 * taking turns, each dash a change of speaker, one asking and the other answering. Where every voice
 * is such a dash, the turns after the first alternate strictly (every second turn asks, the others
 * ask nothing) and the asking side addresses one person by a title and surname ("Dr. Amadi",
 * "Professor Lindqvist"), the answering side is that person (by surname; fullVoiceNames gives the full
 * name where the file does). The asker stays unknown. Anything else leaves the voices unnamed.
 *
 * A TV interview's subtitles often name the two people at their first cues only ("JONATHAN PRICE:
 * Minister, thank you…" / "ELENA VASQUEZ: Good evening.") and dash every turn after ("- Why now?" /
 * "- Because it costs…"): the same two going on, each dash the other one's turn, the first after
 * whoever spoke last by name. Where the named cues opening the file are exactly two people and every
 * voice after them is such a dash, the dashed turns alternate between the two, provided one side
 * asks (two questions at least) and the other asks nothing; otherwise they stay unnamed.
 */
function dashInterviewee(cues: Cue[]): void {
  if (cues.some((c) => c.narration)) return;
  // the named voices opening the file, before its first unnamed dash
  let start = 0;
  const names: string[] = [];
  let lastNamed: string | undefined;
  for (; start < cues.length && cues[start]!.voice !== null; start++) {
    const v = cues[start]!.voice;
    if (typeof v !== 'string') continue;
    if (!names.includes(v)) names.push(v);
    lastNamed = v;
  }
  if (names.length !== 0 && names.length !== 2) return;
  if (cues.slice(start).some((c) => c.voice !== undefined && !(c.voice === null && c.dashed))) return;
  const turns: Cue[][] = [];
  for (const c of cues.slice(start)) {
    if (c.voice === null) turns.push([c]);
    else if (turns.length) turns[turns.length - 1]!.push(c);
  }
  if (turns.length < 4) return;
  const text = (t: Cue[]) => normalizeSpace(t.map((c) => c.text).join(' '));
  const asks = (t: Cue[]) => /\?["”’)]?(?:\s|$)/.test(text(t));
  const askingSide = turns.filter((_, i) => i % 2 === 0);
  const answeringSide = turns.filter((_, i) => i % 2 === 1);
  if (lastNamed !== undefined) {
    const even = askingSide.filter(asks).length;
    const odd = answeringSide.filter(asks).length;
    if (!((even >= 2 && odd === 0) || (odd >= 2 && even === 0))) return;
    const first = names.find((n) => n !== lastNamed)!;
    turns.forEach((t, i) => (t[0]!.voice = i % 2 === 0 ? first : lastNamed));
    return;
  }
  if (answeringSide.some(asks) || askingSide.filter(asks).length < 2) return;
  const named = new Set<string>();
  for (const t of askingSide) for (const m of text(t).matchAll(ADDRESSED_BY_TITLE())) named.add(m[1] ?? m[2]!);
  if (named.size !== 1) return;
  const name = [...named][0]!;
  for (const t of answeringSide) t[0]!.voice = name;
}
/**
 * A person addressed by title and surname, opening a sentence (after "So," or "And" at most) and
 * before a comma ("So, Dr. Amadi, when…", "Professor Lindqvist, how…") or closing a question
 * ("…, Mr. Okonkwo?"): the surname.
 */
const ADDRESSED_BY_TITLE = lazy(() => /(?:^|[.!?]["”’)]?\s+)(?:(?:so|and|now|well|okay|ok)\s*,?\s+)?(?:dr|doctor|prof|professor|mr|mrs|ms|mx|miss)\.?\s+(\p{Lu}[\p{Ll}'’-]+)\s*,|,\s+(?:dr|doctor|prof|professor|mr|mrs|ms|mx|miss)\.?\s+(\p{Lu}[\p{Ll}'’-]+)\?/giu);

/** How many cues from the first may introduce the people a caption file's voices name by surname. */
const INTRO_CUES = 2;
/** How many unlabelled cues opening a file, before any voice's, may introduce them too. */
const OPENING_NARRATION_CUES = 8;

/**
 * A voice named by a surname alone ("[LIND]", "LIND:", ">> LIND:") is the full name the same
 * file introduces, as a transcript's labels are (labels.ts scanLabels): another voice's full
 * name ("<v Oskar Lind>", "OSKAR LIND, MAYOR:"), else the one full name with that surname in the
 * file's title, its notes or its first cues ("Tonight I am joined by Oskar Lind"). A name the
 * corpus knows, a role ("HOST") or a surname two people share stays as written.
 */
function fullVoiceNames(input: ParseInput, cues: Cue[], intro: readonly string[]): void {
  const { registry, meta } = input;
  const known = (v: string) => !!registry.resolve(v) || meta.labels[v] !== undefined || meta.labels[v.toLowerCase()] !== undefined;
  const single = (v: string | null | undefined): v is string =>
    !!v && !v.includes(' ') && !known(v) && !ASKER_ROLES().test(v) && !ANSWER_ROLES().test(v) && !CAST_ROLE().test(v);
  // ">> MAYOR OKONKWO:" after the anchor's "MAYOR ROSALIND OKONKWO IS ANNOUNCING…": an office and a
  // surname are the full name the file gives after the same office, anywhere in its words.
  const titled = new Map<string, string | null>();
  let said: string[] | undefined;
  for (const c of cues) {
    if (!c.voice || !c.voice.includes(' ') || known(c.voice)) continue;
    if (!titled.has(c.voice)) titled.set(c.voice, titledFullName(c.voice, (said ??= cues.map((x) => x.text))));
    const full = titled.get(c.voice);
    if (!full) continue;
    // the office the label gave is the turn's role, as "OKONKWO, MAYOR:" gives it
    c.role ??= c.voice.split(' ').slice(0, -1).join(' ');
    c.voice = full;
  }
  if (!cues.some((c) => single(c.voice))) return;
  const bySurname = new Map<string, string | null>();
  // "(ANA)" after a lower-third's "ANA RUIZ": a first name one full-named voice alone bears.
  const byFirst = new Map<string, string | null>();
  for (const c of cues) {
    // (a numbered voice, "Resident 2", "Speaker 3", is no full name: "Resident" is another voice, no first name of it)
    if (!c.voice || !c.voice.includes(' ') || /\s\d{1,3}$/.test(c.voice)) continue;
    const words = personName(c.voice).split(' ');
    const sur = words[words.length - 1]!.toLowerCase();
    const had = bySurname.get(sur);
    bySurname.set(sur, had === undefined || had === c.voice ? c.voice : null);
    const first = words[0]!.toLowerCase();
    const hadFirst = byFirst.get(first);
    byFirst.set(first, hadFirst === undefined || hadFirst === c.voice ? c.voice : null);
  }
  // (An explainer's narration, unlabelled, runs on over several cues before the first voice speaks:
  // "We asked" / "Dr. Lucía Fernández-Ortega, a soil ecologist": all of it introduces, up to a limit.)
  const firstVoiced = cues.findIndex((c) => c.voice);
  const introCues = Math.max(INTRO_CUES, Math.min(firstVoiced, OPENING_NARRATION_CUES));
  const header = [meta.title ?? '', ...intro, ...cues.slice(0, introCues).map((c) => c.text)];
  const found = new Map<string, string | null>();
  for (const c of cues) {
    if (!single(c.voice)) continue;
    if (!found.has(c.voice)) found.set(c.voice, bySurname.get(c.voice.toLowerCase()) ?? surnameInHeader(c.voice, header) ?? byFirst.get(c.voice.toLowerCase()) ?? null);
    c.voice = found.get(c.voice) ?? c.voice;
  }
}

/**
 * A documentary's lower-third, kept in its caption file: the person on screen, a name in capitals,
 * over what they are in mixed case ("DELPHINE ARCENEAUX" / "Former Mayor, Port Ellis"), shown over
 * the words they start to say: the next cue begins before this one ends (or within a second of it). Dialogue cues follow
 * one another; an overlay is set over them. A file captioned all in capitals says its dialogue
 * so too: the role line in mixed case tells the caption from a shouted line.
 */
function lowerThird(lines: readonly string[], textLines: readonly number[], timingLine: number, end: number, isTiming: (l: string) => boolean): { name: string; role: string } | null {
  if (textLines.length !== 2) return null;
  const name = lines[textLines[0]!]!.replace(CUE_TAGS(), '').trim();
  const role = normalizeSpace(lines[textLines[1]!]!.replace(CUE_TAGS(), ''));
  if (!CAPITALS_NAME().test(name) || !isNameLine(name)) return null;
  // A documentary's title card over the pictures ("THE NORTH SEA" / "Winter, 1953", "ISLE OF SKYE"
  // / "Scotland, 1987"): a place and a time, no person; a name has no article or "of" among its words.
  if (/(?:^| )(?:THE|A|AN|OF|AND|ON|IN|AT)(?= |$)/.test(name) || TIME_CARD().test(role)) return null;
  if (!/^\p{Lu}/u.test(role) || !/\p{Ll}/u.test(role) || wordCount(role) > 8 || /[.!?…:;"“”]$/.test(role) || readLabel(role)) return null;
  const shown = cueSpan(lines[timingLine]!);
  let next = end;
  while (next < lines.length && !isTiming(lines[next]!)) next++;
  const following = next < lines.length ? cueSpan(lines[next]!) : null;
  // (Or the card has a cue of its own and the words start as it goes, within a second: a subtitle
  // file whose cues may not overlap.)
  if (!shown || !following || following.start >= shown.end + 1) return null;
  return { name: displayName(name), role };
}
/** A title card's time, a place or season before it: "Winter, 1953", "Paris, 7 May 1968", "1990s". */
const TIME_CARD = lazy(() => /^(?:\p{L}+,? ){0,3}(?:\d{1,2} \p{L}+,? )?(?:19|20)\d{2}s?$/u);
/** Two to four words in capitals: "DELPHINE ARCENEAUX", "ANIKA SOLBERG-HART". */
const CAPITALS_NAME = lazy(() => /^\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){1,3}$/u);

/** A cue timing's start and end in seconds ("00:01:02,500 --> 00:01:05,000"). */
function cueSpan(timing: string): { start: number; end: number } | null {
  const m = /^\s*((?:\d{1,2}:)?\d{1,2}:\d{1,2}[.,]\d{1,3})\s*-->\s*((?:\d{1,2}:)?\d{1,2}:\d{1,2}[.,]\d{1,3})/.exec(timing);
  if (!m) return null;
  const seconds = (t: string) => t.replace(',', '.').split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
  return { start: seconds(m[1]!), end: seconds(m[2]!) };
}

/** A speaker's label with no words after it (">> MAYOR DELACROIX:", "DANIEL ROOKE:"). */
function labelAlone(clean: string): boolean {
  const label = readLabel(clean);
  return !!label && !!label.name && !label.rest.trim() && (label.style === 'change' || (label.style === 'colon' && isNameShaped(label.name)));
}

/** A cue's first line names its own voice: a `<v>` tag, a `>>`, a label, a bracketed voice. */
function cueNamesVoice(lines: readonly string[], first: number | undefined): boolean {
  if (first === undefined) return false;
  const raw = lines[first]!;
  const clean = raw.replace(CUE_TAGS(), '').trim();
  return voiceTagName(raw) !== null || /^>>/.test(clean) || bracketedVoice(clean) !== null || !!readLabel(clean);
}

/** A line that is a name and nothing else: up to four capitalised words, no sentence mark. */
function isNameLine(raw: string): boolean {
  const s = raw.trim();
  return (wordCount(s) <= 4 && isNameShaped(s) && !/[.!?,:;]$/.test(s)) || NUMBERED_PART_LINE().test(s);
}
/** A part the meeting app numbers for an unnamed voice ("Participant 1", "Guest 2", "Unknown Speaker"), on a name's line. */
const NUMBERED_PART_LINE = lazy(() => /^(?:Participant|Guest|Attendee|Caller|Respondent|Unknown Speaker)(?: \d{1,2})?$/);

/**
 * Whether this file's cues name their speaker on a line of its own above the
 * words (Teams: timing, "Priya Raman", then the text): most cues of two or more
 * text lines open with a name line, at least two of them.
 */
function namesOnTheirOwnLine(lines: string[]): boolean {
  let multi = 0;
  let named = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!TIMING().test(lines[i]!)) continue;
    if (!lines[i + 1]?.trim() || !lines[i + 2]?.trim() || TIMING().test(lines[i + 2]!)) continue;
    multi++;
    if (isNameLine(lines[i + 1]!) && voiceTagName(lines[i + 1]!) === null) named++;
  }
  return named >= 2 && named >= multi * 0.6;
}

/** A cue's text lines → cues: a voice tag or a `Name: ` opens the cue's voice; a `>>` or a dialogue dash inside changes it. */
function readCueText(lines: string[], idxs: number[], cues: Cue[], b: DocBuilder, namedVoice?: string, translationLabels?: ReadonlySet<string>): void {
  if (namedVoice === undefined && isNarrationCue(lines, idxs)) {
    const joined = idxs.map((k) => lines[k]!.replace(CUE_TAGS(), '').trim()).join(' ');
    // "<i>[upbeat music]</i>", "<i>♪ gentle piano ♪</i>": a sound set in italics as captions set
    // off-screen sounds, no narrator's words.
    if (isDirection(joined)) {
      for (const k of idxs) b.mark(k, 'direction');
      return;
    }
    const text = stripInlineNotes(joined);
    // "<v Narrator><i>The light was automated in 1989.</i>" / "<i>Its last keeper never left…</i>":
    // the italics go on in the voice the cue before named in italics, as a voice's unnamed cue goes on.
    const prev = cues[cues.length - 1];
    if (text && prev?.italicVoice && prev.voice) cues.push({ voice: prev.voice, text, lines: [...idxs], lastLine: text, italicVoice: true });
    else if (text) cues.push({ voice: undefined, text, lines: [...idxs], lastLine: text, narration: true });
    return;
  }
  // "[Interview recorded in Madrid, 2 May 2024." / "Spanish, with English subtitles.]": one note in
  // brackets wrapped over the cue's lines, the file's word on the recording, no voice's; a direction
  // where it is one, else the file's narration (each line alone opens or closes a bracket, no direction).
  if (namedVoice === undefined && idxs.length >= 2) {
    const joined = normalizeSpace(idxs.map((k) => lines[k]!.replace(CUE_TAGS(), '').trim()).join(' '));
    if (/^\[[^\][]+\]$/.test(joined)) {
      if (isDirection(joined)) for (const k of idxs) b.mark(k, 'direction');
      else cues.push({ voice: undefined, text: joined.slice(1, -1).trim(), lines: [...idxs], lastLine: joined.slice(1, -1).trim(), narration: true });
      return;
    }
  }
  // "字幕翻译：林晓 | Subtitles translated by Lin Xiao": the subtitler's credit, no voice's words (its
  // label a credit, no person); read as the file's narration, a claim nobody says.
  if (namedVoice === undefined && idxs.length && SUBTITLE_CREDIT().test(lines[idxs[0]!]!.replace(CUE_TAGS(), '').trim())) {
    const text = normalizeSpace(idxs.map((k) => lines[k]!.replace(CUE_TAGS(), '').trim()).join(' '));
    if (text) cues.push({ voice: undefined, text, lines: [...idxs], lastLine: text, narration: true });
    return;
  }
  let cue: Cue | null = null;
  // "-When did you start?" / "-In 2017.": two speakers' lines, each opening with a dash set close
  // to its words, as some subtitle styles write them. Only in a cue where two lines open so: one
  // "-ish" or "-20 degrees" alone is no change of speaker.
  const closeDashes = idxs.length >= 2 && idxs.filter((k) => CLOSE_DASH().test(lines[k]!.replace(CUE_TAGS(), '').trim())).length >= 2;
  const firstOfCue = cues.length;
  // the cues a dialogue dash opened with no name after it
  const unnamedDashed = new Set<Cue>();
  // ">> LIBRARY DIRECTOR PRZYBYLSKI:" / "THANK YOU. VISITS ROSE…": a live captioner's label wrapped
  // onto a line of its own, the words under it in the same cue; the label opens the line below.
  let heldLabel: { line: number; text: string } | null = null;
  for (const [at, k] of idxs.entries()) {
    const raw = lines[k]!;
    const voiceTag = voiceTagName(raw) ?? (namedVoice !== undefined && cue === null ? namedVoice : null);
    let clean = raw.replace(CUE_TAGS(), '').trim();
    if (heldLabel) clean = `${heldLabel.text} ${clean}`;
    else if (voiceTag === null && (!cue || /^>>/.test(clean)) && at + 1 < idxs.length && labelAlone(clean) && !cueNamesVoice(lines, idxs[at + 1])) {
      heldLabel = { line: k, text: clean };
      continue;
    }
    // A bilingual cue's second line repeats the voice in the other language ("何一：谢谢邀请。" /
    // "HE YI: Thanks for having me."): the same voice's words, its label no word of them.
    if (cue && translationLabels?.size) {
      const label = readLabel(clean);
      if (label?.style === 'colon' && label.name && translationLabels.has(label.name)) clean = label.rest.trim();
    }
    const dash = /^-\s+(.*)$/.exec(clean) ?? (closeDashes ? CLOSE_DASH().exec(clean) : null);
    // "<v Ana>- Was it hard?": the voice is named, and the dash is no word of hers.
    if (dash && voiceTag !== null) clean = dash[1]!;
    // "[INTERVIEWER] Do you miss it?" / "[ANA] I miss the food.": a second voice in brackets opens its own turn.
    const bracketed = (clean.startsWith('[') || clean.startsWith('(')) && !!cue && bracketedVoice(clean) !== null;
    if (voiceTag !== null || /^>>/.test(clean) || dash || bracketed || !cue) {
      const before = cues.length;
      // A dialogue dash is a change of speaker: the label after it ("- [HE YI] …", "- CZ: …") names
      // the new one; with none, who speaks is unknown, not the voice before.
      if (dash && voiceTag === null) readCueLine(dash[1]!, k, cues, b, undefined, true);
      else readCueLine(clean, k, cues, b, voiceTag ?? undefined);
      if (cues.length > before) {
        cue = cues[cues.length - 1]!;
        if (heldLabel) cue.lines.unshift(heldLabel.line);
        cue.lastLineTimed = WORD_TIMING().test(raw);
        if (dash && voiceTag === null && cue.voice === null) (unnamedDashed.add(cue), (cue.dashed = true));
      }
      heldLabel = null;
      continue;
    }
    const text = stripInlineNotes(clean);
    if (!text) {
      b.mark(k, 'direction');
      continue;
    }
    if (isRollingRepeat(cues, text)) {
      b.mark(k, 'markup');
      continue;
    }
    cue.text = `${cue.text} ${text}`;
    cue.lines.push(k);
    cue.lastLine = text;
    cue.lastLineTimed = WORD_TIMING().test(raw);
    cue.lastChangeLine = undefined;
  }
  const made = cues.slice(firstOfCue);
  if (made.length === 1 && made[0]!.voice && /^<v[.\s][^>]*>\s*<i>/i.test(lines[idxs[0]!]!.trim()) && /<\/i>$/i.test(lines[idxs[idxs.length - 1]!]!.trim())) made[0]!.italicVoice = true;
  if (made.length === 2 && made.every((c) => unnamedDashed.has(c))) exchangeGoesOn(cues, firstOfCue);
  if (made.length) creditOffTheCue(lines, cues);
}

/**
 * A broadcast's caption credit read out after the station's words in one cue (">> THIS IS CHANNEL 6
 * NEWS AT NOON. CAPTIONING PROVIDED BY ACME…"): from the credit's sentence on, the cue is the
 * credit, the file's narration as a credit opening a cue is, and no word of the voice's.
 */
function creditOffTheCue(lines: readonly string[], cues: Cue[]): void {
  const cue = cues[cues.length - 1]!;
  if (cue.narration || cue.voice === undefined) return;
  let at = -1;
  for (const m of cue.text.matchAll(SENTENCE_BOUNDARY())) {
    const from = m.index + m[0].length;
    if (SUBTITLE_CREDIT().test(cue.text.slice(from))) {
      at = from;
      break;
    }
  }
  if (at < 0) return;
  const credit = cue.text.slice(at);
  // the line the credit opens on: the first of the cue's lines with its first word after a sentence's end or at its start
  const firstWord = credit.split(/\s/, 1)[0]!;
  const opensCredit = (k: number) => {
    const clean = lines[k]!.replace(CUE_TAGS(), '').replace(/^>>\s*/, '').trim();
    return clean.startsWith(firstWord) || clean.includes(`. ${firstWord}`) || clean.includes(`? ${firstWord}`) || clean.includes(`! ${firstWord}`);
  };
  const from = Math.max(0, cue.lines.findIndex(opensCredit));
  cue.text = cue.text.slice(0, at).trim();
  const creditLines = cue.lines.slice(from);
  if (!cue.text) cues.pop();
  cues.push({ voice: undefined, text: credit, lines: creditLines, lastLine: credit, narration: true });
}

/** Where a sentence may start in a cue's text: its start, or after a sentence's end and a space. */
const SENTENCE_BOUNDARY = lazy(() => /^|[.!?…]["”’)]?\s+/g);

/**
 * A subtitler names the people of a hearing or an interview once ("- MR DUCASSE: When did you…?",
 * "- OYELARAN: In 2019.") and then writes their quick exchange as a dash pair with no names ("- Did
 * you report them?" / "- Every one of them."): the same two people going on, the asker asking and
 * the other answering. So where the two voices before the pair are two named people, the first
 * having asked and the second answered, and the pair is a question and its answer, the pair is
 * theirs in that order. Anything else (narration between, a third voice unnamed, a pair that is no
 * question and answer) leaves the pair's voices unknown.
 */
function exchangeGoesOn(cues: Cue[], pairAt: number): void {
  const asks = (text: string) => /\?["”’)]?$/.test(text.trim());
  // Each turn may run over several cues: a cue naming no voice goes on with the one before.
  let k = pairAt - 1;
  while (k >= 0 && cues[k]!.voice === undefined && !cues[k]!.narration) k--;
  const answerer = cues[k];
  if (!answerer || answerer.narration || typeof answerer.voice !== 'string') return;
  const answered = answerer.voice;
  let answerOpens = k;
  for (; k >= 0 && !cues[k]!.narration && (cues[k]!.voice === answered || cues[k]!.voice === undefined); k--) if (cues[k]!.voice === answered) answerOpens = k;
  const asker = cues[k];
  if (!asker || asker.narration || typeof asker.voice !== 'string') return;
  const question = cues[pairAt]!;
  const answer = cues[pairAt + 1]!;
  if (!asks(cues[answerOpens - 1]!.text) || asks(cues[pairAt - 1]!.text) || !asks(question.text) || asks(answer.text)) return;
  question.voice = asker.voice;
  answer.voice = answered;
}

/**
 * A bilingual subtitle file gives each cue in two languages, each line under its own label ("主持人：…" /
 * "HOST: …", "何一：…" / "HE YI: …"). The labels of the second lines that are the first line's
 * voice written again: a label that opens no cue's first line and, under each first-line label,
 * stands for one voice only, in two cues at least. (Two people sharing a cue, "ANA: …" / "BEN: …",
 * open cues of their own elsewhere, or pair with more than one voice.)
 */
function translatedLabels(lines: readonly string[], isTiming: (l: string) => boolean): Set<string> {
  const opening = new Set<string>();
  const pairedWith = new Map<string, Set<string>>();
  const pairs = new Map<string, number>();
  const labelName = (l: string | undefined) => {
    const label = l === undefined ? null : readLabel(l.replace(CUE_TAGS(), '').trim());
    return label?.style === 'colon' && label.name ? label.name : null;
  };
  for (let i = 0; i < lines.length; i++) {
    if (!isTiming(lines[i]!)) continue;
    const first = labelName(lines[i + 1]);
    if (first === null) continue;
    opening.add(first);
    const second = lines[i + 2]?.trim() ? labelName(lines[i + 2]) : null;
    if (second === null || second === first) continue;
    if (!pairedWith.has(second)) pairedWith.set(second, new Set());
    pairedWith.get(second)!.add(first);
    pairs.set(second, (pairs.get(second) ?? 0) + 1);
  }
  const found = new Set<string>();
  for (const [second, firsts] of pairedWith) if (!opening.has(second) && firsts.size === 1 && (pairs.get(second) ?? 0) >= 2) found.add(second);
  // One voice per first-line label: two second labels standing for one voice are two people.
  return found;
}

/**
 * A subtitler's credit opening a cue: "字幕翻译：…", "Subtitles by …", "Translation: …", "Subtítulos: …";
 * a broadcast caption file's closing credit, "CAPTIONING PROVIDED BY …", "Closed captioning performed
 * by …", "Captions paid for by …" (the captioner's or its sponsor's name, no voice's words, often
 * on the cue's next line).
 */
const SUBTITLE_CREDIT = lazy(() => /^(?:字幕(?:翻译|翻譯|组|組|制作|製作)?|翻译|翻譯|subtitles?|captions?|subtitled|captioned|(?:closed[- ])?captioning|translation|translated|subtítulos|traducción|sous-titres|untertitel)\s*(?:[:：]|(?:translated\s+|traducidos\s+|(?:provided|performed|produced|paid\s+for|made\s+possible|sponsored)\s+)?(?:by|por|par|von)(?:\s|$))/iu);

/** SSA override blocks opening a cue's line ("{\an8}", "{\pos(192,40)}{\i1}"): a block holds no "{" or "}", so one pass. */
const LEADING_OVERRIDES = lazy(() => /^(?:\{\\[^{}]*\}\s*)+/u);

/** A dialogue dash set close to the words: "-In 2017.", "-[ANA] Yes." (not "--", not "-20"). */
const CLOSE_DASH = lazy(() => /^-(?=[^\s\d.,-])(.*)$/u);

/**
 * A cue set in italics from its first word to its last, with no voice named in it
 * ("<i>By 2018, regulators had…</i>"): captions set a narrator over the pictures so.
 */
function isNarrationCue(lines: string[], idxs: number[]): boolean {
  if (!idxs.length) return false;
  // An SSA position code before the italics ("{\an8}<i>Kestrel Bay, March 2016</i>", the card set at
  // the top of the picture) places the cue; it is no word outside the italics.
  const first = lines[idxs[0]!]!.trim().replace(LEADING_OVERRIDES(), '');
  const last = lines[idxs[idxs.length - 1]!]!.trim();
  if (!/^<i>/i.test(first) || !/<\/i>$/i.test(last)) return false;
  const inner = [first, ...idxs.slice(1).map((k) => lines[k]!.trim())].join(' ').slice(3, -4);
  // One italic span, not two voices' italic lines ("<i>Ana?</i> <i>Here.</i>"), and no voice inside.
  if (/<\/?i>/i.test(inner) || voiceTagName(inner) !== null) return false;
  const clean = inner.replace(CUE_TAGS(), '').trim();
  return !/^(?:>>|-\s)/.test(clean) && bracketedVoice(clean) === null && !readLabel(clean);
}

/**
 * Captions for the deaf name a voice in brackets before its words ("[DETECTIVE] We'll
 * check."), as they describe sounds in brackets ("[APPLAUSE]", "[DOOR SLAMS]"): a name-shaped
 * bracket with words after it is the voice, unless it is a sound.
 */
const BRACKETED_VOICE = lazy(() => /^\[([^\][]{1,40})\]\s*:?\s+(\S.*)$/u);
/**
 * Subtitles for the hard of hearing name the voice in parentheses as well, in capitals ("(TEUFEL)
 * I'll take the blame."); parentheses in mixed case are an aside or a sound ("(laughs)").
 */
export const PARENTHESISED_VOICE = lazy(() => /^\((\p{Lu}[\p{Lu}'’. -]{0,39})\)(?:\s*:\s+|\s+)(\S.*)$/u);
/**
 * A documentary's subtitles give a voice its role after a comma inside the brackets ("[FATIMATA, salt
 * trader] In 2012 …"): the name before the comma is the voice, the words after it its role, unless
 * they say how the voice speaks ("[TOM, whispering]", "[ANA, in Spanish]"), which is no role.
 */
const VOICE_WITH_ROLE = lazy(() => /^([^,]{1,40}),\s+(\p{L}[\p{L}'’. -]{1,40})$/u);
const MANNER_NOT_ROLE = lazy(() => /(?:ing|ly)$|^(?:in|into|to|off|on|over|via|through)\s/iu);
function bracketedVoice(clean: string): { voice: string; rest: string; role?: string } | null {
  let rest = clean;
  for (;;) {
    const bracket = BRACKETED_VOICE().exec(rest);
    const m = bracket ?? PARENTHESISED_VOICE().exec(rest);
    if (!m) return null;
    const inner = m[1]!.trim();
    // "[DOOR SLAMS] [OFFICER KANE] Stay.": past the sound to the voice; "(SIRENS) People ran…":
    // a capitalised word in parentheses the file gives no other sign of being a person is a sound too.
    if (SOUND().test(inner) || (!bracket && !parenthesisedVoices.has(inner.toUpperCase()))) {
      rest = m[2]!;
      continue;
    }
    const withRole = bracket && inner.includes(',') ? VOICE_WITH_ROLE().exec(inner) : null;
    if (withRole) {
      const name = withRole[1]!.trim();
      const role = withRole[2]!.trim();
      if (SOUND().test(name) || wordCount(name) > 4 || !isNameShaped(name) || wordCount(role) > 5) return null;
      return MANNER_NOT_ROLE().test(role) ? { voice: name, rest: m[2]! } : { voice: name, rest: m[2]!, role };
    }
    return wordCount(inner) <= 4 && isNameShaped(inner) ? { voice: inner, rest: m[2]! } : null;
  }
}

/**
 * The capitalised words in parentheses that are voices in the caption file being read (see
 * parenthesisedVoicesOf). Set for the length of one synchronous parseCaptions call, so that the
 * cue readers several steps below it need not each carry it.
 */
let parenthesisedVoices: ReadonlySet<string> = new Set();

/**
 * "(TEUFEL) I'll take the blame." and "(SIRENS) People ran into the street." are written alike:
 * which parenthesised words are voices, by what else the file shows of them. A word is a voice
 * when it is a word of a name the file gives elsewhere (a lower-third, a `<v>` tag, a label, a
 * bracketed voice, a capitalised word inside a sentence: "… said Teufel"), or when the file is a
 * dialogue in parentheses: it and another such word each open two lines or more. A word standing
 * in parentheses alone on its line, or written in lower case in the words ("the sirens"), is a
 * sound, however often it recurs.
 */
function parenthesisedVoicesOf(lines: readonly string[]): Set<string> {
  const opening = new Map<string, number>();
  const named = new Set<string>();
  const alone = new Set<string>();
  const lowerWords = new Set<string>();
  const addNameWords = (name: string) => {
    for (const w of name.split(/[\s,]+/u)) if (w) named.add(w.toUpperCase());
  };
  for (const raw of lines) {
    const voiceTag = voiceTagName(raw);
    if (voiceTag !== null) addNameWords(voiceTag);
    const clean = raw.replace(CUE_TAGS(), '').replace(/^(?:>>\s*|-\s*)/, '').trim();
    if (!clean) continue;
    const paren = PARENTHESISED_VOICE().exec(clean);
    if (paren) {
      const word = paren[1]!.trim();
      opening.set(word, (opening.get(word) ?? 0) + 1);
    } else if (/^\([^()]{1,40}\)$/u.test(clean)) {
      alone.add(clean.slice(1, -1).trim().toUpperCase());
    } else if (CAPITALS_NAME().test(clean)) {
      addNameWords(clean); // a lower-third's name, or a name line
    } else {
      const bracket = BRACKETED_VOICE().exec(clean);
      const label = bracket ? null : readLabel(clean);
      if (bracket && !SOUND().test(bracket[1]!.trim())) addNameWords(bracket[1]!);
      else if (label?.style === 'colon' && label.name) addNameWords(label.name);
    }
    const words = paren ? paren[2]! : clean;
    for (const m of words.matchAll(MID_SENTENCE_CAPITALISED())) named.add(m[1]!.toUpperCase());
    for (const m of words.matchAll(LOWER_CASE_WORD())) lowerWords.add(m[0].toUpperCase());
  }
  const recurring = [...opening].filter(([w, n]) => n >= 2 && !lowerWords.has(w)).map(([w]) => w);
  const voices = new Set<string>();
  for (const [word] of opening) {
    if (alone.has(word) || SOUND().test(word)) continue;
    const words = word.split(/\s+/u);
    if (words.some((w) => named.has(w)) || (recurring.includes(word) && recurring.length >= 2)) voices.add(word);
  }
  return voices;
}
/** A capitalised word after a word in lower case: a name inside a sentence ("… said Teufel"). */
const MID_SENTENCE_CAPITALISED = lazy(() => /(?<=\p{Ll}[,;:]? )(\p{Lu}\p{Ll}[\p{L}'’-]*)/gu);
const LOWER_CASE_WORD = lazy(() => /(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*(?![\p{L}])/gu);

/**
 * Teams writes a voice as a directory lists people, surname first and the department after
 * ("Halvorsen, Ingrid (Finance)"): the person is Ingrid Halvorsen. Other names are as given.
 */
const INVERTED_NAME = lazy(() => /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?), (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)(?: \([^()]{1,40}\))?$/u);
function uninvertedName(name: string): string {
  const m = name.includes(',') ? INVERTED_NAME().exec(name) : null;
  if (m) return `${m[2]} ${m[1]}`;
  // Stream, Teams and Zoom display a name with its organisation or status after it ("Ingrid
  // Halvorsen (Finance)", "Sam Ortiz (Guest)"): the person is the name before the brackets.
  const noted = name.includes('(') ? NOTED_NAME().exec(name) : null;
  return noted && wordCount(noted[1]!) <= 4 && isNameShaped(noted[1]!) ? noted[1]! : name;
}
const NOTED_NAME = lazy(() => /^([^()]+?)\s*\([^()]{1,40}\)$/u);
/** "Amara Osei | Harbourline Logistics": a name of up to four words, a bar, a note of up to 60 characters. */
const BARRED_NAME = lazy(() => /^([^|]{2,60}?) +[|｜] +([^|]{1,60})$/u);
function barredName(tag: string): { name: string; note: string } | null {
  const m = tag.includes('|') || tag.includes('｜') ? BARRED_NAME().exec(tag) : null;
  if (!m) return null;
  const name = m[1]!.trim();
  return wordCount(name) <= 4 && isNameShaped(uninvertedName(name)) ? { name, note: m[2]!.trim() } : null;
}

/** One line of cue text → a cue (or a direction). `voiceTag`: the name a `<v Name>` tag gave. */
function readCueLine(raw: string, k: number, cues: Cue[], b: DocBuilder, voiceTag?: string, dashed = false): void {
  const clean = raw.replace(CUE_TAGS(), '').trim();
  if (!clean) return;
  if (isDirection(clean)) {
    b.mark(k, 'direction');
    return;
  }
  let voice: string | null | undefined;
  let role: string | undefined;
  let text = clean;
  const bracketed = voiceTag ? null : bracketedVoice(clean);
  const label = voiceTag || bracketed ? null : readLabel(clean);
  if (voiceTag) {
    // Teams shows a directory's display name, the organisation after a bar ("<v Amara Osei |
    // Harbourline Logistics>"): the person is the name before it, the organisation their role.
    const barred = barredName(voiceTag.trim());
    voice = personName(uninvertedName(barred ? barred.name : voiceTag.trim()));
    if (barred && voice) role = barred.note;
  } else if (bracketed) {
    // "[DR. AMINA YUSUF]": a title before a full name is no part of the name, as in a transcript's label.
    voice = personName(bracketed.voice);
    text = bracketed.rest;
    if (bracketed.role && voice) role = bracketed.role;
  } else if (label && ((label.style === 'colon' && label.name && (isNameShaped(label.name) || NUMBERED_VOICE().test(label.name))) || label.style === 'change')) {
    // A rolling auto-caption repeats the line before, its `>>` too: no second change of speaker.
    if (label.style === 'change' && isRollingChangeRepeat(cues, clean)) {
      b.mark(k, 'markup');
      return;
    }
    voice = label.name === null ? null : personName(label.name);
    text = label.rest;
    // "NAME, ROLE:": the role is the record's, as a transcript's label gives it (its words stay findable)
    if (label.role && voice) role = label.role;
  } else if (dashed) voice = null;
  // "iPad: Sorry, this is Marcus…": a participant the app knows by their device, a voice of its own
  // that the label does not name.
  const device = voice === undefined ? deviceLabelRest(clean) : null;
  if (device !== null) {
    voice = null;
    text = device;
  }
  // "Marisol's iPhone: …": a device the app names after its owner, a voice of its own (who owns it,
  // emitConversation reads from the other labels).
  const owned = voice === undefined ? ownedDeviceLabel(clean) : null;
  if (owned) {
    voice = owned.name;
    text = owned.rest;
  }
  text = stripInlineNotes(text);
  if (!text) {
    b.mark(k, 'direction');
    return;
  }
  if (voice === undefined && isRollingRepeat(cues, text)) {
    b.mark(k, 'markup');
    return;
  }
  const lastChangeLine = label?.style === 'change' ? { lastChangeLine: normalizeSpace(clean) } : {};
  cues.push({ voice, text, lines: [k], lastLine: text, lastLineTimed: WORD_TIMING().test(raw), ...lastChangeLine, ...(role ? { role } : {}) });
}

/**
 * ">> MY NAME IS RUTH ABERNATHY. I LIVE TWO BLOCKS…": an unnamed change of speaker whose words open
 * on the name, as a meeting's public comment does: that person's turn. Two or three words, the
 * sentence closing on them; a live captioner's capitals are the name's own.
 */
const NAME_AT_FLOOR = lazy(() => /^(?:(?:good (?:morning|afternoon|evening)|hi|hello|yes|thank you)[.,!]?\s+)?my name is\s+(\p{L}[\p{L}'’-]+(?: \p{L}[\p{L}'’-]+){1,2})\s*[.,]/iu);
function nameGivenAtFloor(text: string): string | null {
  const m = NAME_AT_FLOOR().exec(text);
  if (!m) return null;
  const name = m[1]! === m[1]!.toUpperCase() ? displayName(m[1]!) : m[1]!;
  return isNameShaped(name) && !/(?:^| )(?:Not|The|A|An|Of|And|On|In|At|Here|Is)(?= |$)/.test(name) ? name : null;
}

/** Captions nobody is named in: the cue texts as one running text, one record per sentence. */
function narration(b: DocBuilder, cues: Cue[]): ParseResult {
  // A copied video page's description is read apart from the transcript under it: no sentence runs
  // on from one into the other, and its punctuation says nothing of whether the captions have any.
  const pageLines = cues.findIndex((c) => !c.page);
  if (pageLines !== 0) {
    narrateStretch(b, pageLines < 0 ? cues : cues.slice(0, pageLines), null);
    cues = pageLines < 0 ? [] : cues.slice(pageLines);
  }
  // A podcast player's notice under the last cue ("Transcripts are auto-generated …") is the
  // player's: nobody's, not the host's whose voice the cues are, and no sentence of the last cue.
  let footFrom = cues.length;
  while (footFrom > 0 && cues[footFrom - 1]!.page) footFrom--;
  narrateBody(b, cues.slice(0, footFrom));
  if (footFrom < cues.length) narrateStretch(b, cues.slice(footFrom), null, null);
  return { ...b.result('captions'), labelSpeakers: [] };
}

/** The cues under the page's lines, chapter by chapter where the video has chapters. */
function narrateBody(b: DocBuilder, cues: Cue[]): void {
  // A video's chapters cut the running text: no sentence runs on across a chapter title.
  if (cues.some((c) => c.section !== undefined)) {
    for (let from = 0, to = 1; from < cues.length; from = to++) {
      while (to < cues.length && cues[to]!.section === cues[from]!.section) to++;
      narrateCues(b, cues.slice(from, to), cues[from]!.section ?? null);
    }
    return;
  }
  narrateCues(b, cues);
}

/** Cues nobody speaks in, read as one running text: one claim per sentence (or the quotes it gives). */
function narrateCues(b: DocBuilder, cues: Cue[], section: string | null = null): void {
  // Auto captions carry no punctuation, so no sentence ends in them: a sound cue between two
  // stretches ("[Music]", "[Applause]") is the one break they show, and ends the stretch before it.
  // Punctuated captions run a sentence on across a sound.
  // (The stretches are read in one pass: a livestream's thousands of "[Music]" breaks must cost
  // neither a copy of the rest at each break nor a stack frame.)
  // Within a stretch the cues are gathered into passages of some UNPUNCTUATED_PASSAGE_WORDS words,
  // cut between cues: without it an hour's video is one record, found by every search, its line
  // span the whole file. (A cue is never cut: what one line holds stays in one record.)
  if (cues.length > 1 && !cues.some((c) => SENTENCE_END().test(c.text))) {
    let from = 0;
    let words = 0;
    for (let k = 1; k < cues.length; k++) {
      words += wordCount(cues[k - 1]!.text);
      if (!soundBetween(b, cues[k - 1]!, cues[k]!) && words < UNPUNCTUATED_PASSAGE_WORDS) continue;
      narrateStretch(b, cues.slice(from, k), section);
      from = k;
      words = 0;
    }
    narrateStretch(b, from === 0 ? cues : cues.slice(from), section);
    return;
  }
  narrateStretch(b, cues, section);
}

/**
 * One stretch of cues as one running text: one claim per sentence (or the quotes it gives).
 * `speaker` null: the stretch is nobody's whoever the document's narrator (a player's notice).
 */
function narrateStretch(b: DocBuilder, cues: Cue[], section: string | null, speaker?: null): void {
  let stream = '';
  const starts: number[] = []; // offset in the stream where each cue starts
  for (const c of cues) {
    starts.push(stream.length);
    // An audience's reaction closing a talk's paragraph ("… it was a bank. (Laughter)") is the
    // transcript's note: no word of the sentence the next paragraph opens.
    stream += `${withoutAudienceReactions(c.text)} `;
  }
  const cueAt = (offset: number): number => lastAtOrBelow(starts, offset);
  const meta = b.input.meta;
  const narrator = speaker === null ? null : narratorOf(meta, b.input.registry);
  const state = newAttributionState(b.input.registry, null);
  for (const s of splitSentences(stream)) {
    const first = cues[cueAt(s.start)]!.lines[0]!;
    const lastCue = cues[cueAt(Math.max(s.start, s.end - 1))]!;
    const last = lastCue.lines[lastCue.lines.length - 1]!;
    if (findQuoteSpans(s.text).length > 0) {
      const { records } = narrate(b, s.text, state, { section, narrator, firstIdx: first, lastIdx: last });
      if (records > 0) continue;
    }
    b.add({ type: 'claim', text: s.text, speaker: narrator, section }, first, last);
  }
}

const SENTENCE_END = lazy(() => /[.!?…]["”’)]?(?:\s|$)/);
/**
 * The words of one passage of captions that carry no punctuation: about what a speaker says in
 * twenty seconds, the length of a short paragraph (a video panel's cue holds some eight words).
 */
const UNPUNCTUATED_PASSAGE_WORDS = 60;

/** Whether a line between two cues' lines was read as a direction (a sound cue: "[Music]"). */
function soundBetween(b: DocBuilder, before: Cue, after: Cue): boolean {
  for (let k = before.lines[before.lines.length - 1]! + 1; k < after.lines[0]!; k++) if (b.kinds[k] === 'direction') return true;
  return false;
}

// ---------------------------------------------------------------- SBV, ASS/SSA, TTML

/** YouTube SBV's cue timing: "0:00:01.000,0:00:04.000". */
const SBV_TIMING = lazy(() => /^\s*\d{1,2}:\d{2}:\d{2}\.\d{3},\d{1,2}:\d{2}:\d{2}\.\d{3}\s*$/);
/** An ASS/SSA script's first section. */
const ASS_HEAD = lazy(() => /^\uFEFF?\s*\[Script Info\]\s*$/i);

type CaptionFormat = 'vtt' | 'sbv' | 'ass' | 'ttml' | 'json';

/** Which caption syntax a body is written in, by its first lines (WebVTT and SRT read alike). */
function captionFormat(lines: readonly string[], body: string): CaptionFormat {
  const first = lines.find((l) => l.trim() !== '') ?? '';
  if (ASS_HEAD().test(first)) return 'ass';
  if (SBV_TIMING().test(first)) return 'sbv';
  if (first.trimStart().startsWith('<') && isTtmlText(body)) return 'ttml';
  if (first.trimStart().startsWith('{') && isTranscriptJsonHead(body)) return 'json';
  return 'vtt';
}

/** Whether a body is an SBV, ASS/SSA or TTML caption file: a test of its first lines. */
function isOtherCaptionText(lines: readonly string[], body: string): boolean {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return false;
  // SBV: a timing opens the file and another one follows a blank line
  if (SBV_TIMING().test(lines[first]!)) return lines.slice(first + 1, first + 12).some((l, k, next) => SBV_TIMING().test(l) && k > 0 && !next[k - 1]!.trim());
  return captionFormat(lines, body) !== 'vtt';
}

/**
 * The title an ASS/SSA script or a TTML document gives itself: the script's `Title:` line in
 * [Script Info], the TTML head's `<ttm:title>` (its index in `lines`), or null when it gives
 * none (then the file names it, as a JSON transcript's name does). Undefined for any other body.
 */
export function captionFileTitle(lines: readonly string[], body: string): { value: string; index: number } | null | undefined {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return undefined;
  if (ASS_HEAD().test(lines[first]!)) {
    for (let k = first + 1; k < lines.length && !/^\s*\[[^\]]+\]\s*$/.test(lines[k]!); k++) {
      const t = /^\s*Title:\s*(.*?)\s*$/i.exec(lines[k]!);
      if (t && t[1]) return { value: t[1], index: k };
    }
    return null;
  }
  // "WEBVTT - Northwind Summit 2024, main stage": the text after the WebVTT header's signature is the file's title.
  const vtt = WEBVTT_TITLE().exec(lines[first]!);
  if (vtt) return { value: vtt[1]!, index: first };
  if (lines[first]!.trimStart().startsWith('<') && isTtmlText(body)) {
    const t = /<ttm:title\b[^>]*>([^<]*)<\/ttm:title>/.exec(body);
    const value = t ? decodeHtmlEntities(t[1]!).replace(/\s+/g, ' ').trim() : '';
    if (!value) return null;
    let index = 0;
    for (let i = body.indexOf('\n'); i >= 0 && i < t!.index; i = body.indexOf('\n', i + 1)) index++;
    return { value, index };
  }
  return undefined;
}

/** WebVTT's header line with text after its signature ("WEBVTT - Title"): not a bare "WEBVTT FILE". */
const WEBVTT_TITLE = lazy(() => /^\uFEFF?WEBVTT[ \t]+(?:[-\u2013\u2014:|][ \t]*)?(?!FILE[ \t]*$)(\S.*?)[ \t]*$/i);

/** A .sbv file is SBV when a timing opens it: one cue is enough (by its structure alone, two are wanted). */
function opensOnSbvTiming(lines: readonly string[]): boolean {
  const first = lines.find((l) => l.trim() !== '');
  return first !== undefined && SBV_TIMING().test(first);
}

/** ASS override blocks ("{\i1}", "{\pos(10,20)}", "{a comment}") and its line breaks ("\N", "\n", hard space "\h").
 * A block holds no "{": a run of "{" never closed is then read in one pass, not rescanned from each one. */
const ASS_OVERRIDE = lazy(() => /\{[^{}]*\}/g);
const ASS_BREAK = lazy(() => /\\[Nnh]/g);

/**
 * An ASS/SSA script: `[Script Info]`, styles, then `[Events]`, whose `Format:` line names the
 * fields of each `Dialogue:` line (`Layer, Start, End, Style, Name, MarginL, MarginR, MarginV,
 * Effect, Text`; Text is last and may hold commas). Each Dialogue line is a cue of its own line;
 * its Name field, when filled, is the voice. Everything else is markup.
 */
function readAssCues(lines: string[], b: DocBuilder, textLines: string[]): Cue[] {
  const cues: Cue[] = [];
  let section = '';
  let fields = ['layer', 'start', 'end', 'style', 'name', 'marginl', 'marginr', 'marginv', 'effect', 'text'];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!.trim();
    if (!line) continue;
    const head = /^\[([^\]]+)\]$/.exec(line);
    if (head) {
      section = head[1]!.toLowerCase();
      b.mark(k, 'markup');
      continue;
    }
    const m = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (section === 'events' && m && m[1]!.toLowerCase() === 'format') {
      fields = m[2]!.split(',').map((f) => f.trim().toLowerCase());
      b.mark(k, 'markup');
      continue;
    }
    if (section !== 'events' || !m || m[1]!.toLowerCase() !== 'dialogue') {
      // the script's info (Title:, ScriptType:), styles, comments, fonts and pictures
      b.mark(k, section === 'script info' ? 'metadata' : 'markup');
      continue;
    }
    const textAt = fields.indexOf('text');
    const parts = m[2]!.split(',');
    const cut = textAt >= 0 ? textAt : fields.length - 1;
    const values = [...parts.slice(0, cut), parts.slice(cut).join(',')];
    const nameAt = fields.indexOf('name') >= 0 ? fields.indexOf('name') : fields.indexOf('actor');
    const name = nameAt >= 0 ? values[nameAt]?.trim() : undefined;
    const text = (values[cut] ?? '').replace(ASS_OVERRIDE(), '').replace(ASS_BREAK(), ' ').replace(/\s+/g, ' ').trim();
    textLines[k] = text; // the fields before the text (times, style, the speaker's name) are the line's syntax
    if (!text) {
      b.mark(k, 'markup');
      continue;
    }
    readCueLine(text, k, cues, b, name && isNameShaped(name) ? name : undefined);
  }
  return cues;
}

/**
 * A TTML (DFXP) document: `<p begin=… end=…>` elements are the cues (`<br/>` a line break,
 * `<span>`s their words), over as many lines as they run; a speaker is the `ttm:agent` the
 * cue (or its first span, or its div) names, by the agent's `<ttm:name>` in the head when it
 * has one, else the agent's id when it is name-shaped. Every other line is markup.
 */
function readTtmlCues(lines: string[], b: DocBuilder, textLines: string[]): Cue[] {
  const cues: Cue[] = [];
  const body = lines.join('\n');
  // agents declared in the head: id → name
  const agents = new Map<string, string>();
  for (const a of body.matchAll(/<ttm:agent\b[^>]*\bxml:id=(["'])([^"']+)\1[^>]*>([\s\S]*?)<\/ttm:agent>/g)) {
    const name = /<ttm:name\b[^>]*>([^<]+)<\/ttm:name>/.exec(a[3]!)?.[1]?.trim();
    if (name) agents.set(a[2]!, name);
  }
  const lineStarts = lineStartOffsets(lines);
  const lineAt = (offset: number) => lastAtOrBelow(lineStarts, offset);
  const inCue = new Array<boolean>(lines.length).fill(false);
  // per line: whether the last <p> on it begins there (then the line opens on words, not on a tag's tail)
  const opensCue = new Array<boolean>(lines.length).fill(false);
  const DIV_CLOSE = /<\/(?:[A-Za-z][\w.-]*:)?div>/g;
  let divAgent: string | undefined;
  let divEnd = -1;
  // elements unprefixed or prefixed as EBU-TT writes them (`<tt:div>`, `<tt:p>`, `<tt:span>`, `<tt:br/>`)
  for (const d of body.matchAll(/<(?:[A-Za-z][\w.-]*:)?div\b([^>]*)>|<((?:[A-Za-z][\w.-]*:)?)p\b([^>]*)>([\s\S]*?)<\/\2p>/g)) {
    if (d[1] !== undefined) {
      // a div naming an agent speaks its paragraphs that name none, up to its end
      divAgent = agentOf(d[1]);
      DIV_CLOSE.lastIndex = d.index!;
      const close = DIV_CLOSE.exec(body);
      divEnd = close ? close.index : body.length;
      continue;
    }
    const first = lineAt(d.index!);
    const last = lineAt(d.index! + d[0].length - 1);
    for (let k = first; k <= last; k++) {
      inCue[k] = true;
      opensCue[k] = k === first;
    }
    const inner = d[4]!;
    const id = agentOf(d[3]!) ?? agentOf(/<(?:[A-Za-z][\w.-]*:)?span\b([^>]*)>/.exec(inner)?.[1] ?? '') ?? (d.index! < divEnd ? divAgent : undefined);
    const named = id === undefined ? undefined : (agents.get(id) ?? (isNameShaped(id.replace(/[_-]+/g, ' ')) ? id.replace(/[_-]+/g, ' ') : undefined));
    const text = decodeHtmlEntities(inner.replace(/<(?:[A-Za-z][\w.-]*:)?br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
    if (!text) continue;
    const before = cues.length;
    readCueLine(text, first, cues, b, named);
    if (cues.length > before) {
      const cue = cues[cues.length - 1]!;
      cue.lines = [];
      for (let k = first; k <= last; k++) if (lines[k]!.trim()) cue.lines.push(k);
    } else for (let k = first; k <= last; k++) b.mark(k, 'direction');
  }
  for (let k = 0; k < lines.length; k++) {
    if (!inCue[k]) b.mark(k, 'markup');
    // the words of a cue's line, without its tags (a tag begun on the line above closes here): once
    // per line, however many cues it holds
    else textLines[k] = decodeHtmlEntities(lines[k]!.replace(/^[^<]*>/, (m) => (opensCue[k] ? m : ' ')).replace(/<[^>]*>?/g, ' '));
  }
  return cues;
}

// ---------------------------------------------------------------- JSON transcripts

export const NOT_TRANSCRIPT_JSON = 'not a transcript JSON quarry reads (Whisper or WhisperX segments, Deepgram results, AWS Transcribe results)';


type Json = Record<string, unknown>;
const obj = (x: unknown): Json | null => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Json) : null);
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);

/** A diarized speaker as the service names it ("spk_0", 0, "SPEAKER_00"): "Speaker 0". */
function speakerName(x: unknown): string | undefined {
  if (typeof x === 'number' && Number.isInteger(x)) return `Speaker ${x}`;
  const s = str(x)?.trim();
  if (!s) return undefined;
  const n = /^(?:spk|speaker)[_ -]?(\d+)$/i.exec(s);
  return n ? `Speaker ${Number(n[1])}` : s;
}

interface Piece {
  text: string;
  speaker: string | undefined;
  /** the JSON strings (as written) whose lines the piece cites, in order */
  strings: string[];
}

/** The timed pieces of a transcript JSON, each with who says it; null when the JSON is no transcript. */
function transcriptPieces(data: unknown): Piece[] | null {
  const root = obj(data);
  if (!root) return null;
  const results = obj(root.results);
  // Deepgram: utterances (diarized), else paragraphs, else the channel's transcript
  const channels = results ? arr(results.channels) : [];
  if (results && (channels.length || Array.isArray(results.utterances))) {
    const utterances = arr(results.utterances).map(obj).filter((u): u is Json => !!u && !!str(u.transcript));
    if (utterances.length) return utterances.map((u) => ({ text: str(u.transcript)!, speaker: speakerName(u.speaker), strings: [str(u.transcript)!] }));
    const alt = obj(arr(obj(channels[0])?.alternatives)[0]);
    const paragraphs = arr(obj(alt?.paragraphs)?.paragraphs).map(obj).filter((p): p is Json => !!p);
    if (paragraphs.length) {
      return paragraphs.map((p) => {
        const sentences = arr(p.sentences).map((s) => str(obj(s)?.text)).filter((s): s is string => !!s);
        return { text: sentences.join(' '), speaker: speakerName(p.speaker), strings: sentences };
      });
    }
    const t = str(alt?.transcript);
    return t ? [{ text: t, speaker: undefined, strings: [t] }] : [];
  }
  // AWS Transcribe: items (words and punctuation), given their speakers by speaker_labels
  if (results && (Array.isArray(results.items) || Array.isArray(results.transcripts))) {
    const items = arr(results.items).map(obj).filter((i): i is Json => !!i);
    if (!items.length) {
      const t = str(obj(arr(results.transcripts)[0])?.transcript);
      return t ? [{ text: t, speaker: undefined, strings: [t] }] : [];
    }
    const who = new Map<string, string>();
    for (const seg of arr(obj(results.speaker_labels)?.segments)) {
      for (const it of arr(obj(seg)?.items)) {
        const o = obj(it);
        const at = str(o?.start_time);
        const label = o?.speaker_label ?? obj(seg)?.speaker_label;
        if (at !== null && label !== undefined) who.set(at, speakerName(label) ?? '');
      }
    }
    const pieces: Piece[] = [];
    let speaker: string | undefined;
    for (const it of items) {
      const content = str(obj(arr(it.alternatives)[0])?.content);
      if (content === null) continue;
      const punct = it.type === 'punctuation';
      if (!punct) speaker = speakerName(it.speaker_label) ?? (str(it.start_time) !== null ? who.get(str(it.start_time)!) : undefined) ?? speaker;
      const last = pieces[pieces.length - 1];
      if (last && (punct || last.speaker === speaker)) {
        last.text += punct ? content : ` ${content}`;
        last.strings.push(content);
      } else if (!punct) pieces.push({ text: content, speaker, strings: [content] });
    }
    return pieces;
  }
  // Whisper and WhisperX: segments with a text, and a speaker where diarized
  if (Array.isArray(root.segments)) {
    return root.segments
      .map(obj)
      .filter((s): s is Json => !!s && !!str(s.text)?.trim())
      .map((s) => ({ text: str(s.text)!.trim(), speaker: speakerName(s.speaker), strings: [str(s.text)!] }));
  }
  return null;
}

/**
 * A transcript JSON → cues, each citing the lines its strings are written on (found in order
 * from where the last one was: a pretty-printed file has each segment's text on a line of its
 * own, so records cite them; a one-line file cites line 1). The JSON's keys, times and
 * confidences are markup; `textLines` holds the words each line gives.
 */
function readJsonCues(body: string, lines: string[], b: DocBuilder, textLines: string[]): Cue[] | null {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return null;
  }
  const pieces = transcriptPieces(data);
  if (pieces === null) return null;
  const lineStarts = lineStartOffsets(lines);
  const cues: Cue[] = [];
  // the strings each line gives, joined once at the end (appending to the line's text per string is quadratic)
  const said: string[][] = lines.map(() => []);
  // the file's string values (keys left out) as written, each read back as JSON reads it, so a
  // string written with escapes (Python's `"Caf\u00e9"`) is found where it is
  const literals: { at: number; value: string }[] = [];
  for (const m of body.matchAll(/"(?:[^"\\]|\\.)*"/g)) {
    const end = m.index! + m[0].length;
    if (/^\s*:/.test(body.slice(end, end + 64))) continue;
    try {
      literals.push({ at: m.index!, value: JSON.parse(m[0]) as string });
    } catch {
      // no string JSON reads (the whole body parsed, so this does not happen)
    }
  }
  let next = 0; // the first literal not yet cited
  let cursor = 0;
  for (const p of pieces) {
    const at: number[] = [];
    for (const s of p.strings) {
      let i = next;
      while (i < literals.length && literals[i]!.value !== s) i++;
      if (i >= literals.length) continue; // not found after the last one: the piece cites the lines found
      next = i + 1;
      cursor = literals[i]!.at + 1;
      const k = lastAtOrBelow(lineStarts, literals[i]!.at);
      if (at[at.length - 1] !== k) at.push(k); // strings are found in order: a line repeats only as the last
      if (s.trim()) said[k]!.push(said[k]!.length ? s.trimEnd() : s.trim());
    }
    if (!at.length) at.push(lastAtOrBelow(lineStarts, cursor));
    const text = p.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const before = cues.length;
    readCueLine(text, at[0]!, cues, b, p.speaker);
    if (cues.length > before) cues[cues.length - 1]!.lines = at;
  }
  for (let k = 0; k < lines.length; k++) {
    textLines[k] = said[k]!.join(' ');
    if (!textLines[k]) b.mark(k, 'markup');
  }
  return cues;
}

/** The `ttm:agent` an element's attributes name (the first, when it names several). */
function agentOf(attrs: string): string | undefined {
  return /\bttm:agent=["']\s*([^"'\s]+)/.exec(attrs)?.[1];
}

export const captionsShape: Shape = {
  name: 'captions',
  summary:
    'caption files: WebVTT, SRT, YouTube SBV, ASS/SSA, TTML/DFXP, and speech-to-text JSON (Whisper/WhisperX, Deepgram, AWS Transcribe): cues merged into turns by voice (`<v Name>`, Zoom `Name: `, `>>`, an ASS Name field, a TTML agent, a diarized speaker), or running text when no voice is named',
  extensions: ['.vtt', '.srt', '.sbv', '.ass', '.ssa', '.ttml', '.dfxp', '.xml', '.json'],
  detect: ({ lines, body, extension }) =>
    extension === '.vtt' || extension === '.srt' || extension === '.json' || isCaptionText(lines) || isOtherCaptionText(lines, body) || (extension === '.sbv' && opensOnSbvTiming(lines)),
  parse: parseCaptions,
};

/** The offset in the body (lines joined by "\n") where each line starts, for lastAtOrBelow. */
function lineStartOffsets(lines: readonly string[]): number[] {
  const starts: number[] = [0];
  for (let k = 0; k < lines.length - 1; k++) starts.push(starts[k]! + lines[k]!.length + 1);
  return starts;
}
