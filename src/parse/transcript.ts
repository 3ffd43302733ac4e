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
import { creditAnsweringSigner } from './authors.js';
import { mayBeNumberedThread, splitNumberedThreads } from './xthread.js';
import { isQuestionBoard, isWrittenQuestionPage } from './asked.js';
import { avScriptTable } from './avscript.js';
import { addMarkupQuote, isOrgDocument, isPandocTableRule, markupQuoteBlocks, markupSyntax, orgLine, RST_DIRECTIVE, signatureLines, tableRowText, type MarkupQuote } from './markup.js';
import { DocBuilder, type DraftRecord, type ParseInput, type ParseResult } from './builder.js';
import { bylineName, classifyChrome, TRANSLATION_CREDIT, inlineTeaserBox, isContentsEntry, isHeadingLike, isKeyValueLine, isSignedPullQuote, storyEndLine, isThematicBreak, isTeaserMarker, PHONE_NUMBERS, proseFollows, titleKey } from './chrome.js';
import { narrate, stripBullet } from './narrative.js';
import { newsPackageVoices } from './newscast.js';
import { AMBIGUOUS_NUMERIC_DATE, foreignDay, headerSection, introducedInterview, isContentLine, isDateline, isWhenLine, markHeader, METADATA_KEYS, TALK_DATE_KEY, TIME_AFTER_DATE, withoutEmphasis } from './header.js';
import { isSurveyExport, readSurveyExport } from './survey.js';
import { exportFurnitureLines, mayBeDatabaseExport, mayBePastedClippings, readDatabaseExport } from './exports.js';
import type { Shape } from './shape.js';
import { isAnnotationPage, isKindleClippings } from './reading.js';
import { isPostDump } from './posts.js';
import { isReviewPage } from './reviews.js';
import type { SpeakerRegistry } from '../model/speakers.js';
import { hasPersonNoun, newAttributionState, noteAttendance, readAttendance, reportsInKorean, startSection, TITLE_BEFORE_NAME } from './quotes.js';
import { UNNAMED_VOICE, declaresSpeakers, emitConversation, guestIntroduced, personInTitle, personIntroduced, RELAYED_HANDLE_QUESTION, relayedUnderHostLabel, splitAfterPart, type Turn } from './conversation.js';
import { CONTENT_WARNING, isCodeHostFurnitureAt, forumQuoteOf, signedPosts, isChatStatusLine, isChatAppNotice, isChatDivider, isThreadReplyEchoAt, isQuotedMessageEchoAt, isReactionLine, isReactionAt, isMediaPlaceholder, isStampedNotice, isHeadlineAt, isThreadActionLine, isThreadFurniture, isChatTagAt, isReplyTargetJoinAt, isAuthorBadgeAt, profileCardLines, isWroteLine, isEmailField, isMessageAppNote, isAppBracketNote, isTapbackLine, replyTargetAt, isChatExportHeaderAt, isForumPostFurnitureAt, forumQuoteBlockOf, relatedTopicLines, forumPostYears } from './threads.js';
import {
  ANSWER_ROLES,
  CAST_ROLE,
  examinerOf,
  namesExamination,
  findWitness,
  isNameShaped,
  withoutLineNumbers,
  withoutQuoteMarks,
  emailTurnDays,
  digestFurniture,
  QUOTE_MARKS_ONLY,
  isBoilerplate,
  NOTICE_HEADING,
  RULE_LINE,
  isMediaFileLine,
  isToolFooterLine,
  isBracketedSentence,
  isBiteCue,
  stampedCue,
  isDirection,
  isProceedingsNote,
  isUnheardNote,
  isDatedStampAlone,
  isLoneTime,
  isStampedDirection,
  isSpeakerKeyLine,
  codeLegendRow,
  isPageHeader,
  isSceneBreak,
  isCastOfNames,
  isCastLine,
  castOfOne,
  listingHolder,
  rosterEntries,
  rosterNames,
  inlineRosterNames,
  isRoomDevice,
  ROSTER_HEADING,
  participantsListed,
  NUMBERED_VOICE,
  NUMBERED_PART_STEM,
  nameLineName,
  scanLabels,
  SOUND,
  stripInlineNotes,
  type ScannedLabel,
  ASKER_ROLES,
  noteNamesHolder,
  LEADING_HONORIFIC,
  chapterLines,
  personName,
  OWNED_DEVICE,
  QUESTION_SENT_BY,
  isStampedSender,
  isScriptFieldsRow,
} from './labels.js';
import {
  endsLikeSentence,
  isTitleCase,
  hasLetters,
  hasSecondPerson,
  splitSentences,
  isFirstPersonSingular,
  findQuoteSpans,
  normalizeSpace,
  splitLines,
  wordCount,
  askingSentences,
  asksByMark,
  endsOnOpenWord,
  LIST_NUMBER_BEFORE_EMPHASIS,
  continuesOnNextLine,
  withoutClosingHashes,
  closingMarkFor,
  leavesQuoteOpen,
} from './text.js';
import { isTranscriptPartLabel, narratorOf } from './text.js';
import { codedLines, codeTopics } from './coding.js';
import { attendanceInitials, creditCardQuotes } from './notes.js';
import { printedRunningLines, repeatedStampFurniture } from './pdftext.js';
import { allMatches, escapeRegExp, hasWholeWord, lazy } from '../model/regexp.js';
import { lastAtOrBelow } from '../model/sorted.js';

/** Two or three capitalised words, a title and a surname ("Dr. Vance"), a numbered voice ("Participant 7"), or a Chinese name ("林晓"): how a person looks as a label. */
const PERSON_NAME_LABEL =
  lazy(() => /^(?:\p{Lu}[\p{Ll}-]+(?: \p{Lu}[\p{Ll}-]+){1,2}|(?:Mr|Ms|Mrs|Dr|Prof)\.? \p{Lu}[\p{Ll}-]+(?: \p{Lu}[\p{Ll}-]+)?|(?:Participant|Speaker|Respondent|Caller|Panelist|Panellist|Student|Voice|P|R)[ _]?#?\d{1,3}|\p{Script=Han}{2,4})$/u);

/**
 * A voice a transcript names by its part, numbered or not: "Correspondent", "Audience Member 2";
 * or a chamber's members calling out together, as Hansard sets them: "Hon. Members: Hear, hear!",
 * "An hon. Member: Shame!", "Several Members: No!".
 */
const VOICE_ONCE =
  lazy(() => /^(?:(?:(?:an |several |some )?hon\.? members?|several members|opposition members|government members|an? (?:opposition|government) member)$|(?:correspondent|journalist|reporter|questioner|audience|audience member|interpreter|translator|caller|panelist|panellist|moderator|host|guest|interviewer|unidentified (?:male|female|man|woman|person|voice|speaker))(?: #?\d{1,3})?|the (?:videographer|court|clerk|reporter|court reporter|interpreter|witness|chair|chairman|chairwoman|speaker|deputy speaker|president|presiding officer|(?:acting )?(?:speaker|president) pro tempore))$/i);

/** Counsel as a court reporter writes them, "MR. DORSETT: Objection. Form.": a voice, whatever its words, never a heading. */
const COUNSEL_LABEL = lazy(() => /^\s*(?:MR|MS|MRS|MISS|DR)\.?\s+[\p{Lu}'’-]{2,}(?:\s+[\p{Lu}'’-]{2,})?\s*:\s+\S/u);

/**
 * A news page's own fields that a label form reads ("Read more: OTHER HEADLINE", "Originally
 * Published: April 8, 2025 at 9:41 p.m.", "PUBLISHED: … | UPDATED: …"): a link to another story or
 * when the page went up, each of its fields a dateline. No voice: counted as one, a page whose
 * footer repeats its dateline became one long turn of "Originally Published".
 */
function isPageFieldLabel(raw: string, label: ScannedLabel): boolean {
  if (label.style !== 'colon' || label.timed || label.asker || label.answerRole) return false;
  const kind = classifyChrome(raw);
  if (kind === 'navigation' || kind === 'metadata') return true;
  const rest = label.rest.trim();
  if (!/\d/.test(rest) || rest.length > 160) return false;
  // each field of "DATE | UPDATED: DATE" a dateline once its key is off
  return rest.split(/\s+[|·•]\s+/).every((field) => isWhenLine(field.replace(/^[\p{L} ]{1,30}:\s*/u, '')));
}

/** "HOST & GUEST", "Anna and Tom": voices that open turns, speaking together. */
function jointVoices(key: string, labels: ReadonlyMap<string, number>): boolean {
  const parts = key.split(/\s+(?:&|and)\s+/i);
  const known = [...labels.keys()].map((k) => k.toLowerCase());
  return parts.length >= 2 && parts.every((p) => known.includes(p.toLowerCase()) || VOICE_ONCE().test(p));
}

/** Headings that name the document itself ("PODCAST INTERVIEW TRANSCRIPT"), not a part of it. */
const CUE_FIELD = lazy(() => /^\s*\[[^\]]*\b\p{Lu}{2,}:\s+\S[^\]]*\]\s*$/u);
/**
 * A stimulus shown to the room, named by a label and quoting its words: "[Show card B: "Proof of
 * reserves" explanation]". What the people answer is searchable, no transcriber's note.
 */
const SHOWN_STIMULUS = lazy(() => /^\s*\[[^\]:]{2,40}:\s+[^\]]*["“][^"”\]]{3,}["”][^\]]*\]\s*$/u);
const BLOCK_CUE = lazy(() => /^\s*\{[*\s]*\p{Lu}[\p{Lu}\d /-]{0,30}[*\s]*\}\s*$/u);
/** A news script's copy cue over the words the desk reads: "VO: The bridge opened in 1961.", "TAG: It closes at 6 a.m." */
const SCRIPT_COPY_CUE = lazy(() => /^\s*(?:VO|TAG)\s*:\s+(?=\S)/);
/** A news script's sound-bite cue: "SOT: NAME, TITLE", "(SOT) NAME:", "{SOT: NAME}". */
const SCRIPT_BITE_CUE = lazy(() => /^\s*[{[(]?\s*SOT\b/m);
const DOCUMENT_KIND = lazy(() => /\b(transcript|interview|podcast|episode|ama|q ?& ?a)\b/i);

/** A field's value, no words of a voice: a number, and a word or two after it. */
const FIELD_VALUE = lazy(() => /^[-+$£€]?\d[\d.,]*%?(?:\s+[^\s.!?]+){0,3}$/u);

/** A web address alone on its line: a link a chat message shares. */
const SHARED_LINK = lazy(() => /^\s*(?:https?:\/\/|www\.)\S+\s*$/i);
/** A point's ordinal, the one word before a colon: "First", "Secondly", "Finally". */
const ENUMERATOR_KEY = lazy(() => /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?$|^(?:finally|lastly|next)$/i);
/**
 * Labels an article's notes use ("Update: …", "Correction: …"): never a speaker of an opening
 * exchange. A post's own notes too: "Edit: …", "EDIT 2: …", "P.S.: …". A fact-check's kicker and its
 * ClaimReview fields ("FACT CHECK: Did…?", "Claim: …", "Rating: False") are no person either, nor a
 * meeting's roll ("Present: Ingrid Solberg (chair), …", "Apologies: Hamish Reid.").
 */
const NOTE_KEYS = lazy(() => /^(?:update|updated|edit|edited|correction|clarification|note|editor['’]s note|summary|disclaimer|warning|important|tip|tl;?dr|background|context|p\.?s\.?|fact[- ]?check|claim|rating|verdict|our rating|the claim|present|members present|also present|in attendance|apologies|apologies received|absent|regrets)(?: ?#?\d{1,2})?$/i);

/**
 * The record keys of a meeting's minutes ("MOTION: Commissioner Park moved …", "VOTE: 4-0 (…).
 * Motion carried.", "Result:", "Ayes:"): the clerk's entries, recurring under each item. They
 * are no person, so they open no turn that would run on over the next item's report and remarks.
 * So are a council's decisions ("RESOLVED: That planning permission be GRANTED …", "AGREED:") and
 * its roll at the top ("PRESENT: Councillor …", "OFFICERS: Mr …", "ALSO PRESENT: 23 members of the public").
 */
const MINUTES_KEYS = lazy(() => /^(?:motion|moved|second|seconded|vote|votes|roll call vote|result|action|action taken|disposition|ayes|nays|noes|yeas|abstain|abstained|abstentions|recused|absent|outcome|resolved|agreed|present|also present|members present|officers|officers present|in attendance|also in attendance|apologies)$/i);

/** The minutes' keys that record what a meeting decided or did ("Action:", "RESOLVED:", "Agreed:", "Vote:"), never a voice's. */
const MINUTE_ENTRY_KEYS = lazy(() => /^(?:action|action taken|resolved|agreed|motion|vote|votes|roll call vote|result|outcome|disposition)$/i);

/** A show's break for its sponsors, in brackets on its own line: "[AD BREAK]", "(MIDROLL)", "[SPONSOR BREAK]", "[END AD BREAK]". */
const AD_BREAK_MARK = lazy(() => /^\s*[[(]\s*(?:end(?: of)? )?(?:(?:ad|ads|advert|advertisement|sponsor|commercial|mid-?roll|pre-?roll)(?: break| read| spot)?|break)\s*[\])]\s*$/i);

/** A label's note saying the words are narration over pictures: "(voice-over)", "(VO)". */
const VOICE_OVER = lazy(() => /^(?:voice[- ]?over|v\.?o\.?)$/i);
/** A label's note saying the words are an archive recording, and its one year: "ARCHIVE, 1962", "archive recording, 1977". */
const ARCHIVE_NOTE = lazy(() => /^(?:archive|archival)\b[^,()]{0,30},\s*((?:1[6-9]|20)\d\d)$/i);
/** A break that opens taped pictures: "(BEGIN VIDEOTAPE)", "(BEGIN VIDEO CLIP)". */
const BEGIN_TAPE = lazy(() => /^\(\s*BEGIN\b/);
/**
 * The lines of a news package: from a "(BEGIN …)" break to the next scene break, when a turn in
 * it is marked voice-over. A hearing clip with no voice-over is an exchange taped whole, and
 * keeps its questions and answers.
 */
function videotapePackageLines(lines: readonly string[], end: number, at: readonly (ScannedLabel | null)[]): Set<number> {
  const inPackage = new Set<number>();
  for (let i = 0; i < end; i++) {
    if (!isSceneBreak(lines[i]!) || !BEGIN_TAPE().test(lines[i]!.trim())) continue;
    let k = i + 1;
    while (k < end && !isSceneBreak(lines[k]!)) k++;
    let narrated = false;
    for (let j = i + 1; j < k && !narrated; j++) narrated = !!at[j]?.note && VOICE_OVER().test(at[j]!.note!);
    if (narrated) for (let j = i + 1; j < k; j++) inPackage.add(j);
    i = k - 1;
  }
  return inPackage;
}
/**
 * A table's column header over time-coded rows: three or more short capitalised cells set apart
 * by wide spaces ("TC IN        TC OUT       SPEAKER / SOURCE      DIALOGUE / CAPTION"), the next
 * line a stamped row.
 */
function isColumnHeaderOverStamps(lines: string[], i: number): boolean {
  const raw = lines[i]!;
  if (!raw.includes('  ') || /[.!?,;:]\s*$/.test(raw)) return false;
  const cells = raw.trim().split(/\s{2,}|\t+/);
  if (cells.length < 3 || !cells.every((c) => c.length <= 30 && /^\p{Lu}/u.test(c) && !/\d/.test(c))) return false;
  const k = nextNonBlankLine(lines, i + 1);
  return k < lines.length && /^\s*\d{1,2}:\d{2}/.test(lines[k]!);
}
/** A script's off-screen extension: "O.S.", "O.C.", "off screen", "off camera". */
const OFF_SCREEN = lazy(() => /^(?:o\.?\s?[sc]\.?|off[- ](?:screen|camera))$/i);

/** Label syntaxes no prose line is written in: a label with a time, a court Q./A., a caption's ">>". */
const FORMAL_STYLES = new Set<ScannedLabel['style']>(['heading', 'court', 'change']);

export interface DocumentLabels {
  /** each body line's label, resolved (null: no label) */
  at: (ScannedLabel | null)[];
  /** the labels that open turns, with how many turns each opens */
  turns: Map<string, number>;
  /** the deposition's sworn line(s), when there is one */
  witnessLines: number[];
  /** the document is one speech under a single label (see soleVoice) */
  sole: boolean;
  /** a label's first part on a line of its own, its rest on the next line's label (splitLabelHeads) */
  splitHeads: number[];
}

/** A label's first part in capitals ending a line on its hyphen, nothing else on the line: "HELENA VASQUEZ-". */
const LABEL_HEAD_AT_HYPHEN = lazy(() => /^\p{Lu}[\p{Lu}\p{M}'’. ]{0,40}\p{Lu}-$/u);
/**
 * A PDF copy's speaker label broken over two lines at its hyphen ("HELENA VASQUEZ-" / "THORNE: There
 * is a retention schedule…"): where the document labels other turns with the whole name
 * ("HELENA VASQUEZ-THORNE: …"), the second line's label is that one, and the first line is the
 * label's, no words (the turn above ends there). `at` is rewritten in place; returns the first lines.
 * Linear: the lines are read once for their label texts.
 */
function splitLabelHeads(lines: readonly string[], at: (ScannedLabel | null)[]): number[] {
  let byText: Map<string, number> | null = null;
  const out: number[] = [];
  for (let k = 1; k < lines.length; k++) {
    const l = at[k];
    if (!l || l.style !== 'colon' || at[k - 1] || (k >= 2 && lines[k - 2]!.trim())) continue;
    const head = lines[k - 1]!.trim();
    if (!head.endsWith('-') || !LABEL_HEAD_AT_HYPHEN().test(head)) continue;
    const colon = lines[k]!.indexOf(':');
    if (colon < 1 || colon > 40) continue;
    if (!byText) {
      byText = new Map();
      for (let j = 0; j < lines.length; j++) {
        const c = at[j] ? lines[j]!.indexOf(':') : -1;
        if (c > 0 && c <= 80 && !byText.has(lines[j]!.slice(0, c).trim())) byText.set(lines[j]!.slice(0, c).trim(), j);
      }
    }
    const whole = byText.get(head + lines[k]!.slice(0, colon).trim());
    if (whole === undefined || whole === k) continue;
    at[k] = { ...at[whole]!, rest: l.rest, timed: l.timed };
    out.push(k - 1);
  }
  return out;
}

/**
 * The labels of a document and which of them open turns: labels that recur,
 * name a known speaker or a role, or are written in a syntax only
 * transcripts use (a label with a time, Q./A., ">>").
 */
export function documentLabels(lines: string[], isKnown: (name: string) => boolean): DocumentLabels {
  const witness = findWitness(lines);
  const at = scanLabels(lines, { witness: witness?.name ?? null, isKnown });
  const splitHeads = splitLabelHeads(lines, at);
  // A news database's header and footer fields ("Byline: …", "Length: 412 words", "Subject: …") are no voices.
  for (const k of exportFurnitureLines(lines)) at[k] = null;
  // A speaker counting off points inside a turn ("First: you will be wrong…", "Secondly: …",
  // "Finally: …") writes an ordinal before a colon as a label is written: no voice, the turn goes on.
  // Unless an ordinal answers another voice's question, right under it: then the ordinals are the
  // labels of a street poll's unnamed passers-by ("Reporter: What do you think of the plan?" /
  // "First: It is good for the market." / "Second: I disagree."), each of them a voice.
  const ordinal = (k: number) => at[k]?.style === 'colon' && ENUMERATOR_KEY().test(at[k]!.key);
  let answering = false;
  for (let k = 0; k < at.length && !answering; k++) {
    if (!ordinal(k)) continue;
    let j = k - 1;
    while (j >= 0 && k - j <= 3 && !lines[j]!.trim()) j--;
    if (j >= 0 && at[j] && !ordinal(j) && /\?["”’)]*\s*$/.test(lines[j]!)) answering = true;
  }
  if (!answering) for (let k = 0; k < at.length; k++) if (ordinal(k)) at[k] = null;
  topicalLabelsToVoice(at);
  const counts = new Map<string, number>();
  const formal = new Set<string>();
  // A field whose every value is a number ("Score: 37", "Score: 52 ✓ Accepted"): a page's, no voice.
  const talks = new Set<string>();
  // A card's fields ("Role:", "Born:" under each person's heading), the same ones in the same order: a page's, no voice.
  const card = cardFields(lines, at);
  for (const [i, l] of at.entries())
    if (l && !card.has(l.key) && !MINUTES_KEYS().test(l.key) && !isPageFieldLabel(lines[i]!, l) && (!FIELD_VALUE().test(l.rest.trim()) || FORMAL_STYLES.has(l.style) || l.asker || l.answerRole)) talks.add(l.key);
  // A digest's message under its header block is its sender's, who may write once (an e-mail release).
  // So is a Q&A site's post or comment, signed by its user card or "– NAME DATE": one comment is its writer's.
  const digest = digestFurniture(lines).length > 0 || signedPosts(lines) !== null;
  for (const l of at) {
    if (!l || !talks.has(l.key)) continue;
    counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
    // (An attendee the export's own list names, "Eastbrook Council - Committee Room 2:", speaks even once.)
    if (FORMAL_STYLES.has(l.style) || l.timed || l.asker || l.answerRole || (digest && l.thread) || l.attendee) formal.add(l.key);
  }
  const opening = openingExchange(lines, at);
  // The header's list of who takes part ("Hosts: Nadia Farouk, Ben Whitlock", "Guests: …"): each of
  // them speaks even once (a host who only opens the show).
  const listed = new Set<string>();
  for (let i = 0; i < Math.min(lines.length, 30); i++) if (lines[i]!.includes(':')) for (const [name] of participantsListed(lines[i]!) ?? []) listed.add(name);
  // Unnamed voices told apart by number ("VOX POP 1:", "VOX POP 2:", "WOMAN 1:"), each of whom may
  // speak once: two numbers of one stem make a cast, as a label that recurs does.
  const numberedStems = new Map<string, Set<string>>();
  for (const key of counts.keys()) {
    const stem = NUMBERED_KEY().exec(key)?.[1];
    if (stem && !NUMBERED_PART_STEM().test(stem)) numberedStems.set(stem, (numberedStems.get(stem) ?? new Set()).add(key));
  }
  // Once one stem is a cast, every numbered voice is ("WOMAN 1", "WOMAN 2" and a lone "MAN 1").
  // (Whether any stem is a cast is asked once: per key, a page of many one-off numbered labels
  // would scan every stem for each.)
  const anyNumberedCast = [...numberedStems.values()].some((keys) => keys.size >= 2);
  const numberedCast = (key: string) => anyNumberedCast && numberedStems.has(NUMBERED_KEY().exec(key)?.[1] ?? '');
  const turns = new Map<string, number>();
  for (const [key, n] of counts) {
    if (n >= 2 || formal.has(key) || (key && (isKnown(key) || listed.has(key))) || opening.has(key) || numberedCast(key)) turns.set(key, n);
  }
  const sole = turns.size === 0 ? soleVoice(lines, at, talks, isKnown) : null;
  if (sole) turns.set(sole, 1);
  // A phone-in ("PRESENTER:" / "CALLER:") or a news report ("ANCHOR:" / "REPORTER:"): every voice
  // is on the asking side by its role. A caller or a reporter puts questions to someone who
  // answers them; where nobody does, they are the ones the presenter talks to, the answering side.
  const voiced = at.filter((l): l is ScannedLabel => !!l && l.speaker !== null && turns.has(l.key));
  if (voiced.length && voiced.some((l) => l.callsIn) && voiced.some((l) => !l.callsIn) && (voiced.every((l) => l.asker) || callersAreAsked(voiced)))
    for (const l of voiced) if (l.callsIn) l.asker = false;
  return { at, turns, witnessLines: witness?.lines ?? [], sole: sole !== null, splitHeads };
}

/** A voice's key that ends on its number: "Vox Pop 2", "Woman #1"; the stem before it. */
const NUMBERED_KEY = lazy(() => /^(\p{L}[\p{L} ]{1,30}?) #?\d{1,2}$/u);
/** A label naming its voice and the topic of the note: "CZ on regulation", "Tomás on user growth". */
const TOPICAL_LABEL = lazy(() => /^(\S.{0,39}?) on \S.{0,60}$/u);
/**
 * A recap's timestamped notes head an entry with the voice and its topic ("[12:40] CZ on regulation:
 * said clear rules help …") beside plain labels of the same voice ("[02:30] CZ: markets …"). Where
 * the voice before " on " has a plain label of its own, the words are that voice's: the topic is
 * no part of the name.
 */
function topicalLabelsToVoice(at: (ScannedLabel | null)[]): void {
  const plain = new Map<string, ScannedLabel>();
  for (const l of at) if (l && !plain.has(l.key) && !TOPICAL_LABEL().test(l.key)) plain.set(l.key, l);
  if (!plain.size) return;
  // The plain label may be the full name the surname or first name resolved to ("Brun:" is "Odile
  // Brun", "Tomás:" is "Tomás Arriaga"): a name part one plain voice alone bears names that voice too.
  const byPart = new Map<string, ScannedLabel | null>();
  for (const [key, l] of plain) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    for (const part of new Set([words[0]!, words[words.length - 1]!])) byPart.set(part, byPart.has(part) && byPart.get(part) !== l ? null : l);
  }
  for (const [part, l] of byPart) if (l && !plain.has(part)) plain.set(part, l);
  for (const l of at) {
    const voice = l ? TOPICAL_LABEL().exec(l.key)?.[1] : undefined;
    const same = voice === undefined ? undefined : plain.get(voice);
    if (!l || !same || same.speaker === null) continue;
    l.key = same.key;
    l.speaker = same.speaker;
  }
}

/** A line ending on a sentence's stop, a closing quote or bracket after it allowed: "…the drawing." */
const SENTENCE_END_LINE = lazy(() => /[.!?…]["”’)\]]*\s*$/);
/**
 * The keys of a card repeated under headings (a wiki's person cards: "Role: …", "Born: …",
 * "Before Binance: …" under each name): two blocks or more, each a line that is no label
 * right above three labelled lines or more with keys all different, the blocks opening with the
 * same three keys in the same order. Talk does not come so: its labels alternate and recur.
 * The line above is a heading (a name), never a sentence: a turn's second line ("Name: …" then
 * "I never transferred.") ends on its stop, and three voices under it open no card.
 */
function cardFields(lines: readonly string[], at: readonly (ScannedLabel | null)[]): Set<string> {
  const blocks: string[][] = [];
  for (let i = 1; i < at.length; i++) {
    if (!at[i] || at[i - 1] || !lines[i - 1]!.trim() || SENTENCE_END_LINE().test(lines[i - 1]!)) continue;
    const keys: string[] = [];
    for (let k = i; k < at.length && at[k] && !keys.includes(at[k]!.key); k++) keys.push(at[k]!.key);
    if (keys.length >= 3) blocks.push(keys);
  }
  const out = new Set<string>();
  if (blocks.length < 2) return out;
  const opening = (keys: readonly string[]): string => keys.slice(0, 3).join('\u0000');
  for (const keys of blocks) if (blocks.some((other) => other !== keys && opening(other) === opening(keys))) for (const k of keys) out.add(k);
  return out;
}

/**
 * A phone-in where the presenter does the asking: the callers' words end in a question less
 * often than everyone else's ("CALLER (DEV): They said one point eight." after "How much was
 * it?"). Then the callers answer, whatever their part's name says. A caller's question that the
 * presenter meets with a question of their own ("Who pays for that?" then "Did you file a claim,
 * Dawn?") was not put to be answered: it is no question on the callers' side.
 */
function callersAreAsked(voiced: readonly ScannedLabel[]): boolean {
  const asks = (l: ScannedLabel) => /\?["”’)]*\s*$/.test(l.rest);
  const putsQuestion = (l: ScannedLabel, k: number) => {
    if (!asks(l)) return false;
    const next = voiced[k + 1];
    return !(l.callsIn && next && !next.callsIn && asks(next));
  };
  const rate = (side: boolean) => {
    const said = voiced.map((l, k) => [l, k] as const).filter(([l]) => !!l.callsIn === side && l.rest.trim());
    return said.length ? said.filter(([l, k]) => putsQuestion(l, k)).length / said.length : 0;
  };
  const callers = voiced.filter((l) => l.callsIn);
  return callers.filter((l) => l.rest.trim()).length >= 2 && rate(true) < 0.25 && rate(false) >= 0.25;
}

/** A turn cut at its paragraphs: one turn per paragraph, holding the lines from its start to the next. */
function paragraphTurns(turn: Turn): Turn[] {
  return turn.parts.map((part, j) => {
    const from = j === 0 ? -Infinity : turn.partLines[j]!;
    const to = j + 1 < turn.parts.length ? turn.partLines[j + 1]! : Infinity;
    return { ...turn, lines: turn.lines.filter((k) => k >= from && k < to), parts: [part], partLines: [turn.partLines[j]!], alone: true };
  });
}

/** A person's label by its words: a title or an honorific before a name ("GOVERNOR KOTEK", "THE PRESIDENT", "Mr. Hale"). */
const TITLED_LABEL = lazy(() => /^(?:The|Mr|Ms|Mrs|Dr|Prof|Sen|Rep|Gov)\.?\s/);
/** "I", "we", "our", "you"…: a speaker addressing the room in their own voice. */
const ADDRESS = lazy(() => /\b(?:I|I['’](?:m|ve|ll|d)|we|we['’](?:re|ve|ll|d)|my|our|us|me|you|your)\b/i);
/** A quotation inside the speech, whose first person is someone else's. */
const QUOTED = lazy(() => /["“][^"”]*["”]/g);
/** A chapter list's own heading: "Chapters", "**Chapters**", "Timestamps:". */
const CHAPTERS_TITLE = lazy(() => /^(?:\*\*|__)?(?:chapters|timestamps|time\s?stamps)\s*:?(?:\*\*|__)?\s*:?$/i);
/** A third-person pronoun for a person: the writer speaking of someone. */
const THIRD_PERSON = lazy(() => /\b(?:she|he|her|him|his|hers)\b/i);

/**
 * A speech transcribed under one label ("GOVERNOR KOTEK: Thank you, Mr.
 * President…", then paragraphs to the end): the only label of the document,
 * used once, a person's by its form (a title or honorific before the name, a
 * role after it, or a name the corpus knows), opening the body after at most a
 * short header, and the words after it speak in the first person. Its key, or
 * null. A dateline ("NEW DELHI: The government said…") has no title and no
 * first person; a note ("Update: …") is no person.
 */
function soleVoice(lines: string[], at: (ScannedLabel | null)[], talks: Set<string>, isKnown: (name: string) => boolean): string | null {
  if (talks.size !== 1) return null;
  const idx = at.findIndex((l) => l !== null && talks.has(l.key));
  const label = at[idx]!;
  if (at.some((l, k) => l && k !== idx && l.key === label.key)) return null;
  if (label.style !== 'colon' || METADATA_KEYS().test(label.key) || NOTE_KEYS().test(label.key)) return null;
  const titled = TITLED_LABEL().test(label.key) || TITLE_BEFORE_NAME().test(label.key.split(/\s+/)[0]!);
  if (!(titled && wordCount(label.key) >= 2) && !(label.role && isNameShaped(label.key)) && !isKnown(label.key)) return null;
  if (wordCount(label.rest) < 3 || !endsLikeSentence(label.rest)) return null;
  if (wordCount(lines.slice(0, idx).join(' ')) > 40) return null;
  // Its paragraphs, the label's first: most of them address the room ("I", "we", "you").
  const paragraphs: string[] = [label.rest];
  let open = false;
  for (let k = idx + 1; k < lines.length; k++) {
    const raw = lines[k]!;
    if (!raw.trim() || isDirection(raw)) open = false;
    else if (open) paragraphs[paragraphs.length - 1] += ' ' + raw;
    else {
      paragraphs.push(raw);
      open = true;
    }
  }
  const voiced = paragraphs.filter((p) => ADDRESS().test(p.replace(QUOTED(), ' '))).length;
  return voiced >= 2 && voiced >= 0.6 * paragraphs.length ? label.key : null;
}

/**
 * Whether the document's turns are labels alone on their lines, the words below them: two labels
 * or more that open turns, nearly all with no words after the colon.
 */
function labelsAloneOnLine(lines: readonly string[], at: readonly (ScannedLabel | null)[], turns: ReadonlyMap<string, number>): boolean {
  let alone = 0;
  let total = 0;
  for (let i = 0; i < at.length; i++) {
    const l = at[i];
    if (!l || !turns.has(l.key)) continue;
    total++;
    if (l.style === 'colon' && !l.rest.trim() && /[:：]\s*$/.test(lines[i]!)) alone++;
  }
  return alone >= 2 && alone >= total * 0.8;
}

/** The paragraph under a label alone on its line reads as speech: a sentence, no label, no heading. */
function paragraphBelowSpeaks(lines: readonly string[], at: readonly (ScannedLabel | null)[], i: number): boolean {
  const k = nextContentLine(lines, i + 1);
  if (k < 0 || at[k]) return false;
  const text = lines[k]!.trim();
  return wordCount(text) >= 3 && endsLikeSentence(stripInlineNotes(text)) && !isTitleCase(text);
}

/** The first line from `from` with words on it, or -1. */
function nextContentLine(lines: readonly string[], from: number): number {
  for (let k = from; k < lines.length; k++) if (lines[k]!.trim()) return k;
  return -1;
}

/** How many lines a label's words may be wrapped over and still be read as its sentence. */
const WRAP_LINES = 8;

/**
 * A label's words with the lines hard-wrapped under them where its line stops mid-sentence: the
 * lines right below, up to a blank line, a page header, a lone time or the next label (a few at
 * most: a wrapped sentence, not a paragraph).
 */
function wrappedWords(lines: string[], at: (ScannedLabel | null)[], i: number): string {
  let words = at[i]!.rest;
  if (endsLikeSentence(words)) return words;
  for (let k = i + 1; k < lines.length && k <= i + WRAP_LINES; k++) {
    if (at[k] || !lines[k]!.trim() || isPageHeader(lines[k]!) || isLoneTime(lines[k]!)) break;
    words += ' ' + lines[k]!.trim();
  }
  return words;
}

/** A Markdown heading line: "## Methods", "### Theme 2: Carrying decisions alone". */
const SECTION_HEADING = lazy(() => /^#{1,6}\s+\S/);
/**
 * The speakers of an exchange the document opens with (after at most a short
 * header): labels that are names or roles, each followed by a sentence. With
 * two of them, even a single question and answer is a transcript.
 */
function openingExchange(lines: string[], at: (ScannedLabel | null)[]): Set<string> {
  const first = at.findIndex((l) => l !== null);
  // A disclaimer, a lone time stamp or a stage direction above the first label is no header text.
  const header = (l: string) => isContentLine(l) && !isBoilerplate(l) && !isLoneTime(l) && !isDirection(l);
  if (first < 0 || lines.slice(0, first).some(header)) return new Set();
  // Its words may be hard-wrapped onto the lines below ("THE COURT: Is there anything you" / "wish to add?").
  const speech = (l: ScannedLabel | null, k: number): l is ScannedLabel =>
    !!l &&
    l.style === 'colon' &&
    isNameShaped(l.key) &&
    (l.asker || l.answerRole || (!METADATA_KEYS().test(l.key) && !NOTE_KEYS().test(l.key))) &&
    wordCount(l.rest) >= 3 &&
    endsLikeSentence(wrappedWords(lines, at, k));
  // The exchange opens the page: its voices are the labels above the first Markdown heading under
  // the first label. A paper's abstract ("**Background:** …") then "## Methods" … "P7: I rang him …"
  // far below quotes a participant inside its sections: no second voice of an opening exchange.
  // Labels that ask or answer ("**Q (Rhian Pugh):** …" / "**A (Marcus Ofori):** …") are an exchange
  // under any heading.
  // A label on the title line ("FA Cup quarter-final: Dunmore 2-1 Castlebridge") opens no exchange
  // when paragraphs of running prose stand between it and the first voice: a match report's
  // line-ups at its foot ("Dunmore Athletic: Ward; Pearce, …", "Goals: Cairns 31.") close an
  // article, they open no talk. Three unlabelled lines of fifteen words or more ending a sentence
  // are such paragraphs (a header's byline and dateline never are).
  const firstVoice = at.findIndex((l, k) => speech(l, k));
  if (firstVoice > first) {
    let paragraphs = 0;
    for (let k = first + 1; k < firstVoice && paragraphs < 3; k++) if (!at[k] && wordCount(lines[k]!) >= 15 && endsLikeSentence(lines[k]!)) paragraphs++;
    if (paragraphs >= 3) return new Set();
  }
  const headed = at.findIndex((l, k) => k > first && !l && SECTION_HEADING().test(lines[k]!));
  const keys = new Set(at.filter((l, k): l is ScannedLabel => (headed < 0 || k < headed || !!l?.asker || !!l?.answerRole) && speech(l, k)).map((l) => l.key));
  // A field of the header ("Topic: Should the zone come back?", "Witnesses: Professor Helen
  // Marsh, …") is a label used once above the exchange: the first voice that recurs opens it.
  const uses = new Map<string, number>();
  for (const l of at) if (l) uses.set(l.key, (uses.get(l.key) ?? 0) + 1);
  const opens = at.findIndex((l) => !!l && keys.has(l.key) && uses.get(l.key)! >= 2);
  if (opens >= 0)
    for (let i = 0; i < opens; i++) {
      const l = at[i];
      if (l && uses.get(l.key) === 1 && !l.asker && !l.answerRole) keys.delete(l.key);
    }
  return keys.size >= 2 ? keys : new Set();
}

/** The field of a hearing's or an event's record that lists who appears: "Witness:", "Witnesses:", "Panel:", "Members present:". */
const ROLL_KEY = lazy(() => /^(?:witness(?:es)?|panel(?:lists)?|members present|present|in attendance|also present)$/i);
/**
 * A panel's numeral in a hearing's list of witnesses ("Witnesses" / "I: Professor Alan Kiprop, Chair in
 * Hydrology, …; and Ms Chiamaka Okafor, …" / "II: …"): the panel the roll names, no speaker's label.
 */
const PANEL_NUMERAL = lazy(() => /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$/);
/** Whether the nearest lines above (at most 4, blanks and other panels' rolls passed) are a roll's heading alone ("Witnesses", "Panel:"). */
function underRollHeading(lines: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = lines[k]!.trim();
    if (!t || /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X):\s/.test(t)) continue;
    return ROLL_KEY().test(t.replace(/:$/, ''));
  }
  return false;
}
/** Connectives a roll of names and offices keeps in lowercase ("Professor Ada Obi and Mr Tom Reyes", "Head of Policy"). */
const ROLL_CONNECTIVES = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'at', '&', 'de', 'van', 'von', 'da', 'la', 'le', 'du', 'der']);
/**
 * Words that are only names, titles and organisations, separated by commas, semicolons or "and"
 * ("Richard Fenwright, Chief Executive, Catchment Regulation Authority."): every word capitalised
 * but the connectives, two to forty words. A sentence always has a lowercase word.
 */
function isRollOfNames(rest: string): boolean {
  const words = rest.trim().replace(/[.;:]$/, '').split(/[\s,;]+/).filter(Boolean);
  if (words.length < 2 || words.length > 40) return false;
  return words.every((w) => ROLL_CONNECTIVES.has(w) || /^[\p{Lu}\d(]/u.test(w));
}

/** A record of interview's field naming who was interviewed ("Person interviewed: Daniel Marsh", "Interviewee: Ana Ruiz"). */
// An oral history's "Narrator:" is its interviewee; a note after the name ("(b. 1931)") is no part of it.
// "Narrator: Margaret "Peg" Fenwick": an oral history writes the name the narrator goes by inside the
// full name, in quotes; it is no part of the name. "Guest:" names the one person a programme's notes
// put before its host's questions, above the first turn ("Guests:", a list, is not read here; nor is
// "GUEST:" opening a turn). The key is read in any case, the name only capitalised: under a
// case-insensitive flag \p{Lu} takes any letter, and "GUEST: Payouts in a day." read as a name.
const INTERVIEWED_FIELD = lazy(() => /^\s*(person interviewed|interviewee|name of interviewee|narrator|guest)\s*:\s*(.+)$/i);
const INTERVIEWED_NAME = lazy(() => /^(\p{Lu}[\p{L}'’.-]*(?:\s+["“'‘]\p{Lu}[\p{L}.-]*["”'’])?(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:\s*\([^()]{1,40}\))?\s*$/u);
/** A handle, then its holder's name in brackets (a role after a comma): "@quill_jonas (Jonas Aberle, CEO)". */
const HANDLE_THEN_NAME = lazy(() => /^@[\p{L}\p{N}_.]{2,30}\s\(([^(),]{3,60})[,)]/u);
const NICKNAME_IN_NAME = lazy(() => /\s+["“'‘]\p{Lu}[\p{L}.-]*["”'’](?=\s)/u);

/** "Interview with NAME" in the other languages of Europe's press (English's is read in any case): the word for an interview or a conversation, then "with" (Italian "a": the person it is put to). */
const INTERVIEW_WITH = lazy(() => /(?<![\p{L}])(?:[Ii]nterview\s+(?:mit|met)|[Ee]ntrevista\s+(?:con|com|a)|[Cc]onversa(?:ción|ção)?\s+(?:con|com)|[Ii]ntervista\s+(?:a|con)|[Cc]onversazione\s+con|[Ee]ntretien\s+avec|[Gg]espräch\s+mit|[Gg]esprek\s+met)\s+(?=\p{Lu})/u);
/** An interview's kicker in any of several languages (capitals or title case: no "i" flag, which would let \p{Lu} match lower case), a separator, then the full name and a comma or the line's end. */
const INTERVIEW_KICKER = lazy(() => /^(?:L['’]\s?)?(?:ENTREVISTA|Entrevista|INTERVISTA|Intervista|INTERVIEW|Interview|ENTRETIEN|Entretien|ROZHOVOR|Rozhovor|WYWIAD|Wywiad)\s*[|/:–—]\s*(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})\s*(?:,|$)/u);
/**
 * "Transcript of interview with Elena Vasquez, former chief engineer, …" on a header line above
 * the first turn: who answers, read as a title is (the first line is no title when it ends in a
 * stop, as "Ltd." does).
 */
function headerInterviewee(lines: readonly string[], firstTurn: number): string | null {
  // (In other languages too: "Entrevista con …", "Conversa com …", "Intervista a …", "Entretien avec …", "Gespräch mit …", "Interview met …".)
  for (let i = 0; i < Math.min(firstTurn, 15); i++) if (/\binterview(?:ed)?\s+with\s/i.test(lines[i]!) || INTERVIEW_WITH().test(lines[i]!)) return personInTitle(lines[i]!.trim());
  // A newspaper's kicker above the headline: "ENTREVISTA | Adela Lucero, consejera delegada de …",
  // "L'INTERVISTA / Giulia Ferrante, fondatrice di …", "INTERVIEW: Name, role": the one interviewed.
  for (let i = 0; i < Math.min(firstTurn, 15); i++) {
    const kicker = INTERVIEW_KICKER().exec(lines[i]!.trim());
    if (kicker) return kicker[1]!;
  }
  // "Camille Rouxel : « Les éleveurs… »", "Inés Albarrán, presidenta de …: «…»", "La biologa Chiara
  // Dalla Valle: «…»": the headline gives the interviewee's words after their name (one such line).
  const quoted = headlineSpeaker(lines, firstTurn);
  if (quoted) return quoted;
  // "Adaeze Okeke took over as … She spoke to Martin Hale about …": the introduction's subject.
  return introducedInterview(lines.slice(0, firstTurn + 1))?.guest ?? null;
}

/** A headline's speaker named before the colon and its quotation, after a lowercase role and perhaps an article: "La biologa Chiara Dalla Valle: «…»". */
const ROLE_NAME_QUOTE = lazy(() => /^(?:\p{Lu}\p{Ll}{0,3}['’]?\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*(?:\s+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*){1,2})\s*:\s*[*_]*["“«„]/u);
/**
 * The first question addressing the interviewee by honorific and surname ("F: Frau Ostermann, die
 * Baubranche…", "Q : Madame Rouxel, où…", "P: Señora Vidal, ¿…?"), the surname (1).
 */
const ADDRESSED_SURNAME = lazy(() => /^[^:.\s]{1,10}\s?[:.]\s+(?:Frau|Herr|Madame|Monsieur|Mme|M\.|Señora|Señor|Sra\.|Sr\.|Signora|Signor|Senhora|Senhor|Dona|Dottoressa|Dottor|Mevrouw|Meneer|Mrs\.?|Ms\.?|Mr\.?|Dr\.?)\s+(\p{Lu}[\p{Ll}'’-]+)\s*,/u);
/**
 * The interviewee a newspaper interview's header names without a field: the person a headline quotes
 * after their name and a colon, where one header line does so; else the full name in the header whose
 * surname the first question addresses with an honorific ("Frau Ostermann, …" under "Dr. Katrin
 * Ostermann"), where one full name has it. Only the header's lines (at most 40) are read.
 */
function headlineSpeaker(lines: readonly string[], firstTurn: number): string | null {
  const header = lines.slice(0, Math.min(firstTurn, 40));
  const quoted = new Set<string>();
  for (const raw of header) {
    const line = raw.trim();
    if (!/:\s*[*_]*["“«„]/.test(line)) continue;
    const name = personInTitle(line.replace(/\s+:/, ':')) ?? ROLE_NAME_QUOTE().exec(line)?.[1] ?? null;
    if (name && /:\s*[*_]*["“«„]/.test(line.slice(line.indexOf(name)))) quoted.add(name);
  }
  if (quoted.size === 1) return [...quoted][0]!;
  if (quoted.size > 1) return null;
  const addressed = ADDRESSED_SURNAME().exec((lines[firstTurn] ?? '').trim());
  if (!addressed) return null;
  const full = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)\s+${escapeRegExp(addressed[1]!)}(?![\p{L}])`, 'gu');
  const names = new Set<string>();
  for (const line of header) for (const m of allMatches(full, line)) if (!/^(?:Frau|Herr|Madame|Monsieur|Señora|Señor|Signora|Signor|Senhora|Senhor|Dona|Dottoressa|Dottor|Mevrouw|Meneer|Die|Der|Das|La|Le|El|Il)$/.test(m[1]!.split(' ')[0]!)) names.add(`${m[1]} ${addressed[1]}`);
  return names.size === 1 ? [...names][0]! : null;
}

/**
 * A notes app's page properties exported as a two-column table ("| Interviewee | Chidi Okafor |")
 * are the same fields a typed header writes "Interviewee: Chidi Okafor": the row read as that field.
 * Any other line is returned as it is.
 */
const PROPERTY_ROW = lazy(() => /^\s*\|([^|]{1,40})\|([^|]+)\|\s*$/);
function propertyRowAsField(line: string): string {
  const row = PROPERTY_ROW().exec(line);
  return row ? `${row[1]!.replace(/\*\*/g, '').trim()}: ${row[2]!.replace(/\*\*/g, '').trim()}` : line;
}

/** The full name a record of interview's header field gives, above its first label: a surname label ("MARSH:") is that person. */
function interviewedPerson(lines: readonly string[], firstTurn: number): string[] {
  for (let i = 0; i < lines.length && i < 40; i++) {
    const line = lines[i]!;
    if (!/interview|narrator|guest/i.test(line)) continue;
    const m = INTERVIEWED_FIELD().exec(asField(propertyRowAsField(line)));
    if (!m || (i >= firstTurn && /^guest$/i.test(m[1]!))) continue;
    // An AMA recap's "**Guest:** @quill_jonas (Jonas Aberle, co-founder)": the name in the brackets.
    const value = m[2]!.trim();
    const name = INTERVIEWED_NAME().exec(value.startsWith('@') ? (HANDLE_THEN_NAME().exec(value)?.[1] ?? value) : value) ?? INTERVIEWED_NAME().exec(nameBeforeRole(value));
    if (name) return [name[1]!.replace(NICKNAME_IN_NAME(), '')];
  }
  return [];
}

/**
 * A research interview's header that gives the one person interviewed only by a participant code
 * ("Interview 7 – Participant P07 (female, 40s, cleaner)", "Interview with participant V21 (…)",
 * "Respondent: R12"): that code is who answers, before any name read from a project's title.
 */
const PARTICIPANT_CODE = lazy(() => /(?<![\p{L}])(?:participant|respondent|interviewee)\s*(?:[:#–—-]\s*)?(\p{Lu}{1,3}\d{1,3})(?![\p{L}\d])/iu);
function participantCode(lines: readonly string[], firstTurn: number): string | null {
  const codes = new Set<string>();
  for (let i = 0; i < Math.min(firstTurn, 15); i++) {
    const m = PARTICIPANT_CODE().exec(lines[i]!);
    if (m && /^\p{Lu}+\d+$/u.test(m[1]!)) codes.add(m[1]!);
  }
  return codes.size === 1 ? [...codes][0]! : null;
}

/**
 * A field's name without the rank before it and the post after it: "Capt. Imogen Farrow-Reyes,
 * Harbour Master, Port of Kellmouth" is Imogen Farrow-Reyes (the post is what she does, not who she
 * is). The part before the first comma or dash, its honorific dropped.
 */
const FIELD_HONORIFIC = lazy(() => /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev|Capt|Cllr|Lt|Col|Gen|Insp|Supt|Sgt|Hon)\.?\s+(?=\p{Lu})/u);
function nameBeforeRole(value: string): string {
  const cut = value.search(/\s*(?:,|\s[–—-]\s)/);
  return (cut > 0 ? value.slice(0, cut) : value).replace(FIELD_HONORIFIC(), '');
}

/** A survey export's records: its responses, and the header above its question list as the narrator's claims. */
function surveyResult(b: DocBuilder): ParseResult {
  const first = readSurveyExport(b);
  const from = markHeader(b, first);
  const narrator = narratorOf(b.input.meta, b.input.registry);
  const title = titleKey(b.input.meta.title);
  for (let i = from; i < first; i++) {
    if (!b.lines[i]!.trim() || b.isMarked(i)) continue;
    if (titleKey(b.lines[i]!) === title) b.mark(i, 'heading');
    else b.add({ type: 'claim', text: normalizeSpace(b.lines[i]!), speaker: narrator, section: null }, i);
  }
  return b.result('transcript');
}

/** A programme's field naming who gives the talk, not who chairs it: "Speaker:", "Keynote speaker:", "Presenter:", "Lecturer:". */
const TALK_GIVER_FIELD = lazy(() => /^\s*(?:\*\*)?(?:keynote\s+)?(?:speaker|presenter|lecturer)(?:\*\*)?\s*:/i);
export function parseTranscript(input: ParseInput): ParseResult {
  const split = splitLines(input.body);
  const unnumbered = withoutLineNumbers(split);
  // A court reporter's numbered page has no site chrome above its first turn: its caption (the
  // parties, the case number, the sworn line's last words) is text to read. A cover set above the
  // numbered lines, with no numbers of its own, is the document's header like any other.
  const firstWords = split.findIndex((l) => l.trim() && !isPageHeader(l));
  const numberedPage = unnumbered !== split && firstWords >= 0 && unnumbered[firstWords] !== split[firstWords];
  const quoted = withoutQuoteMarks(unnumbered);
  // A coder's marks ("[CODE: trust]", "[/CODE]", "[MEMO: …]") are no one's words: blanked, kept as topics and memos.
  const coded = codedLines(quoted);
  const lines = coded?.lines ?? quoted;
  const b = new DocBuilder(input, lines);
  // A numbered line left blank ("4") is the page's numbering, nothing to read.
  if (unnumbered !== split) split.forEach((l, k) => void (/^\s*\d{1,2}\s*$/.test(l) && b.markBlanked(k, 'markup')));
  // A survey's export: coded answers ("Q1: …") under response headers, the codes' questions listed above.
  if (isSurveyExport(lines)) return surveyResult(b);
  const meta = input.meta;
  const registry = input.registry;
  // Detection read the same labels of the same lines: take them (a copy of the turns, which grow below).
  const detected = coded ? undefined : (input.memo?.get(MEMO_LABELS) as DocumentLabels | undefined);
  const scan = detected ? { ...detected, turns: new Map(detected.turns) } : documentLabels(lines, (n) => registry.has(n));
  const labels = scan.turns;
  // Minutes that define initials in their attendance block ("Olu Bankole (OB)", "Janet Sullivan (JS, Chair)")
  // and read as turns by their "AGREED:" and "ACTION:" keys: the initials name that person here as in
  // prose minutes (prose.ts), so "OB said …" and "…," JS said." below are theirs.
  if (input.body.includes('(')) for (const [initials, name] of attendanceInitials(lines)) if (!registry.resolve(initials)) registry.add(registry.resolve(name) ?? name, [initials]);
  const labelAt = (k: number): ScannedLabel | null => {
    const l = scan.at[k];
    return l && labels.has(l.key) ? l : null;
  };
  // A roll's key that also labels words no roll of names ("Witness: No.", "Witness: I was at home."):
  // the document's voice, as a deposition labels its witness; its "Witness: Mr. Reese, Ms. Shaw."
  // answers, no roll. Read once over the labels.
  const rollVoices = new Set<string>();
  for (const l of scan.at) if (l && labels.has(l.key) && ROLL_KEY().test(l.key) && !isRollOfNames(l.rest)) rollVoices.add(l.key);
  // A court reporter's numbered pages: the footer each page prints between its last numbered line
  // and the next page's line 1 ("Alderson Reporting Company" over the page number "2"), and an
  // appearances block ("APPEARANCES:" / "NAME, ESQ., City; on behalf of the" / "Petitioner.") are
  // the transcript's furniture, never a voice: no label opens a turn on them. Nor does a line that
  // goes on with the sentence the line above left open ("…may it please the" / "Court: Ms. …").
  const pageFooters = unnumbered !== split ? pageBreakFooters(split, unnumbered) : [];
  const appearances = appearanceBlock(lines, new Set(pageFooters), labelAt);
  // (Only where the reporter numbers the lines: there every line is cut at the page's width.)
  const wrappedLabels = new Set(unnumbered !== split ? wrappedLabelLines(lines, scan.at) : []);
  // A "Q" set with one space before the words ("Q Thank you, Marisol.") is a copied briefing's
  // reporter only where it opens a paragraph, as each turn of that page does: under a line of text
  // ("MS. DOE: … tomorrow." / "Q Street residents were told …") it is a word of the paragraph.
  const glued: number[] = [];
  for (let k = 1; k < lines.length; k++) if (/^Q [^\s]/.test(lines[k]!) && scan.at[k]?.rest === lines[k]!.slice(2).trim() && lines[k - 1]!.trim()) glued.push(k);
  const notLabels = [...pageFooters, ...appearances, ...wrappedLabels, ...glued];
  if (notLabels.length) {
    const dropped = new Set<string>();
    for (const k of notLabels) {
      if (scan.at[k]) dropped.add(scan.at[k]!.key);
      scan.at[k] = null;
    }
    // A key no other line labels any more opens no turn.
    for (const l of scan.at) if (l) dropped.delete(l.key);
    for (const key of dropped) labels.delete(key);
  }
  for (const k of appearances) b.mark(k, 'metadata');
  // Inside a transcript, a person's name used once as a label ("Richard Teng: I joined
  // in 2021.") is a turn too, after the first real turn: left out, its words would be
  // read as the previous speaker's. It gets the unknown-speaker warning like any label.
  let seenTurn = false;
  // A news programme's page sets every label alone on its line and the words in the paragraph below
  // ("Geoff Bennett:" / "" / "When two hospitals…"); there a name used once so set ("Martin Gaddis,
  // Ohio State University:") is a voice the report cuts to, and its words are that paragraph.
  const aloneLayout = labelsAloneOnLine(lines, scan.at, labels);
  for (const [i, l] of scan.at.entries()) {
    if (!l) continue;
    // Words that are only a note of what the voice did ("UNIDENTIFIED PERSON #2: (Speaking Spanish).",
    // "GUS: (Laughter)."): the voice's turn, no words of the one before it.
    const noteOnly = isDirection(l.rest.trim().replace(/(?<=[\])])\.$/, ''));
    // A numbered voice whose stem speaks already ("VOX POP:" then "VOX POP 2:", "UNIDENTIFIED MALE:"
    // then "UNIDENTIFIED MALE #2:"): another of the same unnamed voices, a turn as the first was.
    const stem = NUMBERED_KEY().exec(l.key)?.[1];
    if (labels.has(l.key)) seenTurn = true;
    else if (seenTurn && aloneLayout && l.style === 'colon' && !l.rest.trim() && PERSON_NAME_LABEL().test(l.key) && !METADATA_KEYS().test(l.key) && !NOTE_KEYS().test(l.key) && paragraphBelowSpeaks(lines, scan.at, i))
      labels.set(l.key, 1);
    // The words after it must read as speech (a sentence, not a Title-Case heading
    // such as "He Yi’s Journey: From Rural Village to Crypto Queen").
    // A part's name ("THE VIDEOGRAPHER: We're going off the") is a voice even when its words wrap on.
    else if (
      seenTurn &&
      (PERSON_NAME_LABEL().test(l.key) || VOICE_ONCE().test(l.key) || jointVoices(l.key, labels) || (!!stem && labels.has(stem))) &&
      !METADATA_KEYS().test(l.key) &&
      !NOTE_KEYS().test(l.key) &&
      // A transcriber's note after the words ("it's grim. [laughter]") does not end them; words
      // hard-wrapped onto the lines below ("MS. KEANE: No. The letter" / "says it all.") go on.
      (noteOnly || endsLikeSentence(stripInlineNotes(wrappedWords(lines, scan.at, i))) || (VOICE_ONCE().test(l.key) && wordCount(l.rest) >= 3)) &&
      (noteOnly || !isTitleCase(l.rest) || COUNSEL_LABEL().test(lines[i]!))
    )
      labels.set(l.key, 1);
  }
  // A research tool's field after the talk ("Highlight: "that's the sentence I needed" — tag: #copy"):
  // a label used once whose words quote a turn above is no voice; the line is a note of its own.
  for (let i = 0, tried = 0; i < scan.at.length && tried < 50; i++) {
    const l = scan.at[i];
    if (!l || (labels.get(l.key) ?? 1) !== 1 || (!l.rest.includes('"') && !l.rest.includes('“'))) continue;
    tried++;
    if (quotesLineAbove(l.rest, lines, i)) {
      labels.delete(l.key);
      scan.at[i] = null;
      b.add({ type: 'claim', text: normalizeSpace(lines[i]!), speaker: null, section: null }, i);
    }
  }
  // A lettered exchange logged clip by clip (an edit's selects log: "Location: her lab, Rotterdam.",
  // "NOTES: select the second answer only."): the log's fields between the clips are the logger's,
  // never a voice, however often they recur. Each ends the answer above it and is read as narrative.
  const logFields = letteredLogFields(scan.at, labels);
  // A thread's post (its author's header over it, "Posted by u/name", "quietharbor_88 / · 2 yr. ago")
  // that its author edited: "EDIT:", "Edit 2:", "Update:" is the author's note in the post, no voice.
  if (scan.at.some((l) => l?.thread))
    for (const [i, l] of scan.at.entries())
      if (l && l.style === 'colon' && !l.thread && !l.asker && NOTE_KEYS().test(l.key) && /^(?:edit|edited|update|updated)\b/i.test(l.key)) {
        labels.delete(l.key);
        scan.at[i] = null;
      }
  // A chat copied from its client heads each message with its sender and the time ("Tobias Renner  10:14 AM"):
  // a word before a colon inside a message ("Follow-up: does that include Lisbon?") is the sender's words,
  // no other voice, unless that name heads a message of its own somewhere.
  if (isChatLog(lines, scan.at)) {
    const senders = new Set(scan.at.filter((l) => l?.style === 'heading' && labels.has(l.key)).map((l) => l!.key));
    if (senders.size >= 2)
      for (const [i, l] of scan.at.entries())
        // (A handle before a colon, "@tobi_builds: can you check?", addresses that user however
        // often it recurs: in a chat the handle is whom a message is for.)
        if (l && l.style === 'colon' && (labels.get(l.key) === 1 || l.key.startsWith('@')) && !senders.has(l.key) && !l.asker) {
          labels.delete(l.key);
          scan.at[i] = null;
        }
  }
  // "HOST & GUEST: Cheers!": both sides at once answer nobody's question; the turn is their quote.
  const joint = new Set([...labels.keys()].filter((k) => jointVoices(k, labels)));
  const hostNames = [meta.host, meta.interviewer].filter((n): n is string => !!n);
  // A host's voice-over narrates a report ("BERMAN (voice-over): Officials have opened shelters."): it asks nobody.
  // Askers who put their question to one person, not to the room.
  const ASKS_ONE = /^(audience|audience member|caller|reporter|correspondent|journalist|questioner)(?: #?\d{1,3})?$/i;
  const isAskerKey = (l: ScannedLabel) =>
    !(l.note && VOICE_OVER().test(l.note)) && (l.asker || hostNames.some((h) => registry.resolve(h) === registry.resolve(l.key) || titleKey(h) === titleKey(l.key)));
  const guests = meta.speakers.filter((s) => !hostNames.some((h) => registry.resolve(h) === registry.resolve(s)));
  let guest = guests.length === 1 ? (registry.resolve(guests[0]!) ?? guests[0]!) : null;
  const narrator = narratorOf(meta, registry);

  // Lines that are neither talk nor label: the sworn line, examiner lines, lone time
  // stamps, stage directions and transcription boilerplate.
  for (const k of scan.witnessLines) b.mark(k, 'metadata');
  for (const k of scan.splitHeads ?? []) b.mark(k, 'markup');
  // A digest's header blocks and rules between its messages: whose and when, no one's words.
  // Each starts another exchange: a message answers only the words it quotes.
  const digestBreaks = new Set(digestFurniture(lines));
  for (const k of digestBreaks) b.mark(k, 'metadata');
  // A Q&A site's user cards under its posts, the posts' scores: whose and when, no one's words.
  for (const k of signedPosts(lines)?.furniture ?? []) b.mark(k, 'metadata');
  // A thread's furniture ("level 2", "· 3 yr. ago", "reply", "1.2k comments"): markup, in a thread.
  const thread = scan.at.some((l) => l?.thread && labels.has(l.key));
  // A chat export whose messages carry a date and a time before the sender.
  const emailTop = lines.findIndex((l) => !l.trim());
  const stampedChat = scan.at.filter((l, k) => l?.timed && labels.has(l.key) && isStampedNotice(lines[k]!)).length >= 2;
  // A chat copied from its client, each sender over the time of day ("Camille Arnaud  10:02 AM"): its app's lines between the messages are no one's.
  const chatLog = isChatLog(lines, scan.at);
  // A chat whose messages open on their clock ("[14:02] Visitor: …"): a support chat's export, its notices stamped alike.
  const clockChat = scan.at.filter((l, k) => l?.timed && labels.has(l.key) && lines[k]!.charCodeAt(0) === 0x5b).length >= 2;
  // A channel dump: posts under a dated stamp and the channel's name, some forwarded ("Forwarded from NAME").
  const channelPosts = scan.at.some((l, k) => !!l?.timed && l.style === 'heading' && FORWARDED_FROM().test(lines[k + 1] ?? ''));
  if (channelPosts) for (let k = 1; k < lines.length; k++) if (scan.at[k - 1]?.timed && FORWARDED_FROM().test(lines[k]!)) scan.at[k] = null;
  // A messaging app's export: each sender alone under the message's dated stamp (labels.ts).
  // A chat whose senders stand over the day and time ("Julien Delacroix, [21.11.2024 18:04]", Discord's "Name — Today at 4:08 PM").
  const messageHeaders = datedMessageHeaders(lines, scan.at);
  // An export whose senders stand alone after each message's dated stamp ("[12-Mar-24 10:03 PM] kestrel#0"):
  // its reply lines under a header are the app's too.
  const senderHeaders = scan.at.filter((l, k) => l?.style === 'heading' && l.timed && labels.has(l.key) && isStampedSender(lines[k]!)).length >= 2;
  const stampedSenders = scan.at.some((l, k) => k > 0 && l?.timed && l.style === 'heading' && isDatedStampAlone(lines[k - 1]!));
  // X's side panel under a thread ("Relevant people" and its profile cards): whose profiles, no post.
  const profileCards = new Set(thread ? profileCardLines(lines) : []);
  const firstLabelLine = scan.at.findIndex((l) => !!l && labels.has(l.key));
  // The document's last line with words, page headers aside.
  let lastWords = lines.length - 1;
  while (lastWords >= 0 && (!lines[lastWords]!.trim() || isPageHeader(lines[lastWords]!))) lastWords--;
  for (const k of profileCards) {
    scan.at[k] = null;
    b.mark(k, 'metadata');
  }
  // A forum topic's table of other topics under its last post ("Related Topics"): other pages' titles, no post.
  for (const k of thread ? relatedTopicLines(lines) : []) {
    scan.at[k] = null;
    b.mark(k, 'teaser');
  }
  // A court transcript copied out of PACER: the lines each page repeats against its filing stamp
  // ("Case 1:23-cr-00412-JMF Document 88 Filed …" / "O2BBMARS      Sentencing", the reporter's footer
  // above the next stamp) are the page's furniture, no words of the turn running across the page.
  const stampFurniture = new Set(lines.some((l) => l.includes('Filed')) ? repeatedStampFurniture(lines) : []);
  // A court reporter's numbered pages: the unnumbered lines each page prints around its page
  // number ("CONFIDENTIAL - ATTORNEYS' EYES ONLY" over "Page 113", the firm's "Esquire Deposition
  // Solutions | 800.211.3376" under line 25) are its running header and footer, never words of the
  // answer that runs across the page.
  if (unnumbered !== split) for (const k of runningPageFurniture(lines, (k) => unnumbered[k] === split[k])) stampFurniture.add(k);
  for (const k of pageFooters) stampFurniture.add(k);
  // A Q&A pasted from a magazine's PDF or a Word file: each page's running head and foot ("THE
  // HARBOUR REVIEW   |   SPRING 2023   |   17", the interviewee's name under it, "Page 2 of 6")
  // are the page's furniture, heading no section and no words of the answer a page break cuts.
  const runningLines = unnumbered === split ? printedRunningLines(lines, (k) => !!labelAt(k)) : [];
  for (const k of runningLines) stampFurniture.add(k);
  // The first page is numbered under its running header too ("CONFIDENTIAL - ATTORNEYS' EYES ONLY" /
  // "Page 112" / " 1   IN THE UNITED STATES DISTRICT COURT"): the furniture is no cover above it.
  const firstNumbered = split.findIndex((l, k) => l.trim() && !isPageHeader(l) && !stampFurniture.has(k));
  const numberedFirstPage = numberedPage || (unnumbered !== split && firstNumbered >= 0 && unnumbered[firstNumbered] !== split[firstNumbered]);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!raw.trim() || profileCards.has(i)) continue;
    // Its stamp says when, its notes under a message ("Tapbacks:", "Loved by Me") are the app's: no one's words.
    // A reaction sent as a message ("Loved “…”" alone under its sender) is the app's too.
    if (stampedSenders && ((scan.at[i + 1]?.timed && isDatedStampAlone(raw)) || isMessageAppNote(raw) || (!scan.at[i] && isTapbackLine(raw)))) {
      b.mark(i, 'markup');
      continue;
    }
    // "THE VIDEOGRAPHER: We are going off the record at" / "11:42 a.m.": a time the sentence
    // above stops for is its last words, not a stamp.
    if (isLoneTime(raw) && !(i > 0 && lines[i - 1]!.trim() && endsOnOpenWord(lines[i - 1]!) && !isLoneTime(lines[i - 1]!))) b.mark(i, 'markup');
    // Slack's lines between a chat copy's messages (its day divider, "12 replies Last reply 1 hour ago" under a
    // thread's first message, the "replied to a thread:" echo of it): the app's, never the message's words.
    else if (chatLog && !thread && (isChatDivider(raw) || isThreadReplyEchoAt(lines, i))) b.mark(i, 'markup');
    else if (thread && !scan.at[i]?.thread && (isThreadFurniture(raw) || isThreadActionLine(raw) || isCodeHostFurnitureAt(lines, i) || isForumPostFurnitureAt(lines, i) || isChatTagAt(lines, i) || isChatDivider(raw) || isThreadReplyEchoAt(lines, i) || isReplyTargetJoinAt(lines, i))) b.mark(i, 'markup');
    // The author's headline under a post's name line (or under the "Author" badge under it): who they are, no words of the post.
    else if (thread && (scan.at[i - 1]?.thread || (scan.at[i - 2]?.thread && isAuthorBadgeAt(lines, i - 1))) && isHeadlineAt(lines, i)) b.mark(i, 'metadata');
    else if (QUOTE_MARKS_ONLY().test(raw)) b.mark(i, 'markup');
    // A forum post's title over its header ("Re: Topic") and its quotation header ("Quote from: NAME on DATE"),
    // its edit note ("Last edited by NAME on DATE, edited 1 time in total."): whose and when, no one's words.
    else if (thread && (forumQuoteOf(raw) || forumQuoteBlockOf(lines, i) || (/^Re:\s/.test(raw) && scan.at[nextNonBlankLine(lines, i + 1)]?.thread) || FORUM_EDIT_NOTE().test(raw))) b.mark(i, 'metadata');
    // (an app's notice only in a chat: "My father joined the party." in an interview is someone's words)
    // (so in a chat whose messages carry their clock: "[14:05] Joanne joined the chat")
    else if (isChatStatusLine(raw) || ((thread || stampedChat || channelPosts || chatLog || clockChat) && isChatAppNotice(raw)) || isMediaPlaceholder(raw) || isReactionLine(raw) || isReactionAt(lines, i) || isQuotedMessageEchoAt(lines, i) || VIEW_COUNT().test(raw)) b.mark(i, 'markup');
    else if (channelPosts && scan.at[i - 1]?.timed && FORWARDED_FROM().test(raw)) b.mark(i, 'metadata');
    // A chat export's header ("Guild: …" / "Channel: …" between rules of "="): which channel, no one's words.
    else if (isChatExportHeaderAt(lines, i)) b.mark(i, 'metadata');
    // An email's "On Mon, 24 Feb 2020, NAME <…> wrote:": who wrote the quoted lines, no one's words.
    else if (isWroteLine(raw)) b.mark(i, 'metadata');
    // A chat export's notice, stamped like its messages but with no sender: never the words of the message above it.
    else if (stampedChat && !scan.at[i] && isStampedNotice(raw)) b.mark(i, 'markup');
    // A chat reply's line naming the message it answers, under its header ("[In reply to NAME]", a
    // Discord preview "@name first words…"): the app's, no words of the reply (read again for pairing below).
    else if ((chatLog || messageHeaders || senderHeaders) && replyTargetAt(lines, i, scan.at[i - 1]?.style === 'heading' && labels.has(scan.at[i - 1]!.key) && isStampedMessageHeader(lines[i - 1]!))) b.mark(i, 'markup');
    // WhatsApp iOS's "\u200e<This message was edited>" on a line of its own under the message: the app's note, no words of it.
    else if (stampedChat && !scan.at[i] && isAppBracketNote(raw)) b.mark(i, 'markup');
    // A script's row of fields in capitals ("WRITER: MT   RUNS: :45"): its slug block's, no one's words.
    else if (isScriptFieldsRow(raw)) b.mark(i, 'metadata');
    else if (isPageHeader(raw) || stampFurniture.has(i)) b.mark(i, 'metadata');
    else if (examinerOf(raw)) b.mark(i, 'metadata');
    else if (isBoilerplate(raw)) b.mark(i, 'metadata');
    // A page footer's recording name under a turn (Rev's "Interview.mp3 (Completed 11/10/22)"), at a
    // page break or under the last turn: the service's furniture, no words of the turn.
    else if (firstLabelLine >= 0 && i > firstLabelLine && isMediaFileLine(raw)) b.mark(i, 'metadata');
    // A meeting-notes tool's footer under the last turn ("Fireflies.ai | Meeting notes · Action items"):
    // the tool's furniture; only the service's other furniture or blank lines follow it.
    // A form's field under the last turn, a blank line above it and nothing but page headers below
    // ("Signature of interviewing officer: P. Shah DC 4471" / "Page 1 of 1"): the record's, no words of the turn.
    else if (firstLabelLine >= 0 && i > firstLabelLine && i === lastWords && !lines[i - 1]!.trim() && !labelAt(i) && FORM_FIELD_LINE().test(raw)) b.mark(i, 'metadata');
    else if (firstLabelLine >= 0 && i > firstLabelLine && isToolFooterLine(raw) && lines.slice(i + 1).every((l) => !l.trim() || isBoilerplate(l) || isMediaFileLine(l) || isPageHeader(l))) b.mark(i, 'metadata');
    // A court reporting firm's page footer under the turns, its telephone numbers in columns: furniture.
    // The firm's name right above them ("Veritext Legal Solutions") is the same footer.
    else if (firstLabelLine >= 0 && i > firstLabelLine && PHONE_NUMBERS().test(raw.trim())) {
      b.mark(i, 'metadata');
      const firm = lines[i - 1]!;
      if (firm.trim() && !labelAt(i - 1) && wordCount(firm) <= 6 && !endsLikeSentence(firm.trim())) b.mark(i - 1, 'metadata');
    }
    else if (isBiteCue(raw)) b.mark(i, 'metadata');
    // "[TAKE VO -- FILE: BINANCE LOGO / …]": a cue naming its source in a field is words to find, no direction.
    // (Telegram's "[Forwarded from NAME]" over a forwarded post is no direction: it heads the origin's words, labels.ts.)
    // (Nor a field log's "[PRUITT]" the labels read as a voice's name over its words: labels.ts bracketedCapsName.)
    else if (isDirection(raw) && !CUE_FIELD().test(raw) && !SHOWN_STIMULUS().test(raw) && labelAt(i)?.title !== 'forwarded' && !(labelAt(i)?.style === 'heading' && labelAt(i)?.speaker)) b.mark(i, 'direction');
    else if (isStampedDirection(raw, (note) => CUE_FIELD().test(note))) b.mark(i, 'direction');
    // "CROWD: (LAUGHTER)" once, right before a turn: a room's sound under a label no turn uses.
    else if (soundUnderLabel(scan.at[i]) && !labelAt(i) && (nextNonBlankLine(lines, i + 1) >= lines.length || labelAt(nextNonBlankLine(lines, i + 1))))
      b.mark(i, 'direction');
  }

  // A transcript vendor's notices under the last turn (StreetEvents' "Definitions" and "Disclaimer"
  // blocks, Bloomberg's "This transcript may not be 100 percent accurate …"): its furniture.
  let lastLabelLine = scan.at.length - 1;
  while (lastLabelLine >= 0 && !(scan.at[lastLabelLine] && labels.has(scan.at[lastLabelLine]!.key))) lastLabelLine--;
  for (const k of vendorNoticeLines(lines, lastLabelLine)) b.mark(k, 'metadata');
  // A court reporter's certificate under the last turn ("I, NAME, Certified Shorthand Reporter, do
  // hereby certify …", its date and signature): the transcript's furniture, no one's testimony.
  for (const k of reporterCertificateLines(lines, lastLabelLine)) b.mark(k, 'metadata');
  // An episode's credits under its last turn ("The Allotment Hour is produced by Fieldfare Audio.
  // Transcript edited for readability."): every sentence of the line a credit, the page's furniture.
  for (let k = lastLabelLine + 1; k < lines.length; k++) if (lastLabelLine >= 0 && lines[k]!.trim() && isCreditLine(lines[k]!, true)) b.mark(k, 'metadata');

  // A web page's readers' comments under the article ("3 Comments", then each under its header).
  // Only under a page's list of links to other articles: a forum's copy ("40 comments" over Reddit's
  // nested replies) answers comment with comment.
  const commentsFound = readersCommentsAt(lines, labelAt);
  let readerComments = -1;
  // Teasers and the page header.
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (isTeaserMarker(lines[i]!) && !isContentsEntry(lines, i)) {
      b.mark(i, 'navigation');
      // The page's text goes on below the marker: a control of the page, no foot of it.
      if (proseFollows(lines, i)) continue;
      // A box of headlines inside the text (prose.ts's markTeasers): those lines only are other articles.
      const boxEnd = inlineTeaserBox(lines, i);
      if (boxEnd >= 0) {
        for (let k = i + 1; k < boxEnd; k++) if (lines[k]!.trim()) b.mark(k, 'teaser');
        i = boxEnd - 1;
        continue;
      }
      // The readers' comments under the links ("3 Comments" / "Sort by: Newest" / "NAME" / "15 October
      // 2022 at 08:14" / the comment / "Reply"): the page's foot ends at their count, and each comment,
      // under its thread header, is its commenter's to read.
      const comments = commentsFound > i ? commentsFound : -1;
      readerComments = comments;
      for (let k = i + 1; k < (comments >= 0 ? comments : lines.length); k++) b.mark(k, 'teaser');
      if (comments >= 0) {
        b.mark(comments, 'navigation');
        i = comments;
        continue;
      }
      end = i;
      break;
    }
  }
  const firstTurn = findFirstTurn(lines, labelAt, end, unnumbered !== split ? (k) => unnumbered[k] !== split[k] : undefined);
  // From the first turn on, every line is the transcript's to read (a label standing alone, a short question).
  // A markup language's syntax lines (Org, LaTeX, AsciiDoc, reST): headings, header fields, markup — never words said.
  const syntax = markupSyntax(lines, end);
  if (syntax) for (const [k, s] of syntax) b.mark(k, s.kind);
  // A participants' key above the first turn ("HY = He Yi, co-founder …, Binance"): who the labels are.
  const legendLines = participantsKey(lines, firstTurn);
  // So is a roster of "Name — Role" lines under its heading ("PARTICIPANTS"): labels.ts gives the
  // roles to the turns; the lines are the header's, no claims, and head no section.
  const roster = rosterEntries(lines, firstTurn);
  for (const k of [...roster.headings, ...roster.entries.keys(), ...roster.titles]) legendLines.add(k);
  // A meeting recorder's export header (Otter's "SUMMARY KEYWORDS" / "levy, transit, bond" and
  // "SPEAKERS" / "Adaeze Okafor, Tom Brennan, Unknown Speaker"): a heading over one comma list, the
  // recorder's index of the talk, no section heading and no claim (keepHeaderFields still makes a
  // claim of a roster naming someone who never speaks).
  // So is a participants line ("Participants: Oren Batista, Keiko Marsh, Speaker 2"): who takes part.
  for (let i = 0; i < firstTurn; i++) if (lines[i]!.includes(':') && participantsListed(lines[i]!) !== null) legendLines.add(i);
  // So is the roster's heading word with its names on one line ("Invited Ana Li, Ben Cho, Cy Ode").
  for (let i = 0; i < firstTurn; i++) if (lines[i]!.includes(',') && inlineRosterNames(lines[i]!) !== null) legendLines.add(i);
  // So is a roster of the voices alone, one a line under its heading ("Speakers:" / "Judge Miriam
  // Halvorsen" / "ADA Keisha Monroe (prosecution)"), each line the label of turns below as written
  // (its note aside): the export's index of who speaks, no one's claim.
  let labelsWritten: Set<string> | undefined;
  for (let i = 0; i + 2 < firstTurn; i++) {
    if (!ROSTER_HEADING().test(lines[i]!.trim())) continue;
    let k = i + 1;
    while (k < firstTurn && lines[k]!.trim()) k++;
    if (k - i - 1 < 2) continue;
    labelsWritten ??= new Set(lines.flatMap((l, at) => (at >= firstTurn && labelAt(at) && l.includes(':') ? [l.slice(0, l.indexOf(':')).trim().toLowerCase()] : [])));
    const written = labelsWritten;
    if (lines.slice(i + 1, k).every((l) => written.has(withoutClosingNote(l).trim().toLowerCase()))) for (let m = i; m < k; m++) legendLines.add(m);
  }
  for (let i = 0; i + 1 < firstTurn; i++) {
    const heading = lines[i]!.trim();
    const list = lines[i + 1]!;
    if ((KEYWORDS_HEADING().test(heading) && isKeywordList(list)) || (ROSTER_HEADING().test(heading) && rosterNames(list) !== null)) {
      legendLines.add(i);
      legendLines.add(i + 1);
    }
  }
  // A recorder transcript's legend above its rows ("Legend:" / "CAPT   Commander (pilot flying)" / "[ ]   Editorial
  // insertion"): what its codes and marks stand for, no heading and no claim. A block of such rows, two
  // or more naming a voice the timed rows below are given to (labels.ts reads the codes by it).
  const codedVoices = new Set<string>();
  for (let k = firstTurn; k < end; k++) {
    const l = labelAt(k);
    if (l?.timed && l.speaker) codedVoices.add(l.speaker);
  }
  for (let i = 0; codedVoices.size && i < firstTurn; i++) {
    let k = i;
    let named = 0;
    for (let row: string | null; k < firstTurn && lines[k]!.trim() && (row = codeLegendRow(lines[k]!)) !== null; k++) if (codedVoices.has(row)) named++;
    if (named >= 2) {
      for (let m = i; m < k; m++) legendLines.add(m);
      if (i > 0 && LEGEND_HEADING().test(lines[i - 1]!.trim())) legendLines.add(i - 1);
    }
    i = k;
  }
  // A recorder's outline above the turns (Otter's "Outline" / "Season results (0:00 - 14:20)"): its
  // chapters, each a title and the span of the recording it covers; the recorder's index, no claim.
  // Or, stamped first ("03:41 Founding story: leaving Ocado in 2019"), labels.ts's chapter lines.
  const chapters = new Set(chapterLines(lines));
  // A recorder's action items grouped under each assignee, the name alone over the tasks set further
  // in ("Action Items" / "  Maren Solberg" / "    Update the board deck (00:04)"): the name says whose
  // task it is, no heading of a section and no sentence run on from the task above it; the header's
  // metadata, its words still found by search.
  const assigned = assigneeBlocks(lines, firstTurn);
  const taskLines = new Set<number>();
  for (const a of assigned) {
    for (const k of a.names) b.mark(k, 'metadata');
    for (let k = a.names[0]! + 1; k <= a.last; k++) if (lines[k]!.trim() && !a.names.includes(k)) taskLines.add(k);
  }
  for (let i = 0; i < firstTurn; i++) {
    if (!OUTLINE_HEADING().test(lines[i]!.trim())) continue;
    let k = i + 1;
    let entries = 0;
    let entryIndent = 0;
    // Each chapter may carry the recorder's bullets under it ("  • Priya describes leaving …"): its gist.
    // So may it its sentences set further in than the chapter, with no bullet (Fireflies' "    Early
    // career (00:00 - 04:10)" / "        Kenji joined the team in 2003."): the margin says whose they are.
    for (; k < firstTurn; k++) {
      const entry = OUTLINE_ENTRY().test(lines[k]!.trim()) || chapters.has(k);
      const deeper = entries > 0 && !!lines[k]!.trim() && indentOf(lines[k]!) > entryIndent;
      if (!entry && !(entries > 0 && OUTLINE_GIST().test(lines[k]!)) && !deeper) break;
      if (entry) {
        entries++;
        entryIndent = indentOf(lines[k]!);
      }
    }
    if (entries < 2) continue;
    for (let j = i; j < k; j++) legendLines.add(j);
  }
  // A podcast page's chapter list above the turns ("(12:40) Why freight brokers fold first", or
  // "00:00 Welcome" / "03:30 Why …"): the episode's index, no claim and no section, and so is its
  // "Chapters" heading.
  for (const k of chapters) {
    if (k >= firstTurn) continue;
    legendLines.add(k);
    let h = k - 1;
    while (h >= 0 && !lines[h]!.trim()) h--;
    if (h >= 0 && !chapters.has(h) && CHAPTERS_TITLE().test(lines[h]!.trim())) legendLines.add(h);
  }
  // A programme's field of one person above the turns ("Speaker: Jonathan Ng, Co-Founder, …"): the
  // header makes no claim of it here; whether its holder speaks is settled once the turns are read
  // (keepHeaderFields).
  const programmeFields = new Set<number>();
  for (let i = 0; i < firstTurn; i++) if (listingHolder(lines[i]!) !== null) programmeFields.add(i);
  // A court reporter's cover above the numbered pages: its double-spaced sentences and its index.
  if (unnumbered !== split && !numberedFirstPage) {
    const coverEnd = split.findIndex((l, k) => unnumbered[k] !== l && unnumbered[k]!.trim() !== '');
    // Its own pages carry their numbers ("2" set far right over the index), not its lines: a
    // header of a few lines over the first numbered line (a project's fields) is no such cover.
    if (coverEnd > 0 && split.slice(0, coverEnd).some((l) => isPageHeader(l))) readNumberedCover(b, coverEnd, newAttributionState(registry, null), narratorOf(meta, registry));
  }
  // A numbered first page that opens on the case's caption (the court, the parties each over their
  // part, "Plaintiff," / "v." / "Defendant.", the deposition's name and place): the same cover, set
  // inside the numbered lines; its sentences are claims, its furniture the document's header.
  // (A party's part in a caption box, its column after it: "Plaintiff,          )   C.A. No. 23-1187".)
  if (numberedFirstPage && lines.slice(0, firstTurn).some((l) => CAPTION_PARTY().test(l) || (CAPTION_COLUMN().test(l) && CAPTION_PARTY().test(l.split(CAPTION_COLUMN_MARK())[0]!)))) {
    // The cover is the first page: the next page's heading ("P R O C E E D I N G S") heads the talk.
    const coverEnd = pageFooters.reduce((m, k) => Math.min(m, k), firstTurn);
    readNumberedCover(b, coverEnd, newAttributionState(registry, null), narratorOf(meta, registry));
  }
  // A hearing's cover above its first turn (the caption's parties each over their part, counsel's
  // appearances, who sat, the index of witnesses and exhibits, the credits of an episode): the
  // page's furniture, nobody's statement, its words kept for search as the header's metadata.
  const cover = numberedFirstPage ? new Set<number>() : coverFurnitureLines(lines, firstTurn);
  for (const k of cover) b.mark(k, 'metadata');
  const firstContent = numberedFirstPage ? 0 : markHeader(b, end, (i) => i >= firstTurn || cover.has(i) || digestBreaks.has(i) || !!syntax?.has(i) || isSpeakerKeyLine(lines[i]!) || legendLines.has(i) || programmeFields.has(i));

  // An email's header block at the top ("Subject: …", "Date: …"): its fields, not the page's headings.
  if (thread) for (let i = 0; i < emailTop; i++) if (isEmailField(lines[i]!)) b.mark(i, 'metadata');

  // `Key: value` metadata blocks ("Guest: He Yi", "Host: Bonnie", "Release Date: …") and datelines come before the first real turn.
  for (let i = 0; i < firstTurn; i++) {
    // A meeting export's roster under its heading ("Attendees" / "Chen Liang, Farah Siddiqui, He Yi"):
    // who took part, no heading and no claim.
    if (i > 0 && b.kinds[i] !== 'metadata' && ROSTER_HEADING().test(lines[i - 1]!.trim()) && rosterNames(lines[i]!) !== null) {
      b.mark(i, 'metadata');
      continue;
    }
    // "INTERVIEWEE: Professor Tobias Lindqvist, Director, Institute for Energy Security" among the
    // header's fields ("PRESENTER: Helena Carrow" above it): its words in Title Case made it a
    // heading, but it names who holds a part as its neighbours do, a field like them.
    if (b.kinds[i] === 'heading' && neighbourIsKeyValue(lines, i) && castOfOne(lines[i]!) !== null) {
      b.mark(i, 'metadata');
      continue;
    }
    if (!lines[i]!.trim() || b.isMarked(i)) continue;
    const kv = isKeyValueLine(asField(lines[i]!));
    if ((kv && (neighbourIsKeyValue(lines, i) || METADATA_KEYS().test(kv.key))) || isDateline(lines[i]!) || isCastOfNames(lines[i]!) || isSpeakerKeyLine(lines[i]!) || legendLines.has(i)) b.mark(i, 'metadata');
    // "Presenter: Gemma Whitcroft", "Guest: Daniel Osei, consumer finance editor, …": who holds a part
    // (whether they speak is settled once the turns are read: keepHeaderFields).
    else if (castOfOne(lines[i]!) !== null || programmeFields.has(i)) b.mark(i, 'metadata');
    // "21.09.2023, 13.02 Uhr • aus DER SPIEGEL 39/2023": a dateline in another language, no heading of the turns below.
    else if (/\d{4}/.test(lines[i]!) && foreignDay(lines[i]!) !== null && isWhenLine(lines[i]!)) b.mark(i, 'metadata');
  }

  // A log of timestamped notes ("[12:40] CZ on regulation: …" / "[15:20] Ingrid asks CZ whether …"):
  // several labelled lines open with their clock stamp, so each stamp opens an entry of its own.
  const stampLedLog = stampLedLabelLines(lines, labelAt) >= 2;

  // Pass 1: group lines into turns, headings and narrative paragraphs.
  const turns: Turn[] = [];
  const narrative: { idx: number; section: string | null }[] = [];
  const pageNotes = new Set<number>();
  let current: Turn | null = null;
  // The answering side's turn a bold question with no label opens, and the line its words start on.
  let answersBoldQuestion: Turn | null = null;
  let answerAt = -1;
  // A heading closing the page header ("Main Takeaways") names the first section, unless a turn came first.
  let keyAbove = firstContent - 1;
  while (keyAbove >= 0 && !lines[keyAbove]!.trim()) keyAbove--;
  // (A participants' key's last line above the first paragraph heads nothing.)
  let section: string | null = firstContent <= firstTurn && !legendLines.has(keyAbove) ? headerSection(b, firstContent) : null;
  // The header's read may stop inside an assignee's tasks (above, the name, marked): the
  // action-items heading over them still heads the tasks from there on.
  const inTasks = firstContent <= firstTurn ? assigned.find((a) => a.heading < firstContent && firstContent <= a.last) : undefined;
  if (inTasks && section === null) {
    b.mark(inTasks.heading, 'heading');
    section = sectionTitle(lines[inTasks.heading]!);
  }
  if (syntax) {
    // The markup heading nearest above the first line read heads it.
    let k = Math.min(firstContent, firstTurn) - 1;
    while (k >= 0 && syntax.get(k)?.kind !== 'heading') k--;
    if (k >= 0) section = syntax.get(k)!.title!;
  }
  let block = 0;
  // A news package's lines: between "(BEGIN VIDEOTAPE)" and the break that ends it, with a
  // reporter's voice-over in it. Its soundbites and the voice-over between them are cut together,
  // each said apart: none answers another ("What do I tell my son?" is no question to the reporter).
  const packageLines = videotapePackageLines(lines, end, scan.at);
  // A news script with sound bites ("SOT: …" cues): its "VO:" and "TAG:" copy is read by the desk over
  // pictures or after the package, no more of the bite or turn above it. Nobody's words: narrative.
  const scriptCopy = new Set<number>();
  if (SCRIPT_BITE_CUE().test(b.input.body)) for (let k = 0; k < end; k++) if (SCRIPT_COPY_CUE().test(lines[k]!) && !labelAt(k)) scriptCopy.add(k);
  // Whether the last label was a meeting's saved-chat header ("10:04:36 From Name to Everyone:"):
  // the saved chat is a stream apart from the spoken turns, each new stream a block.
  let inSavedChat = false;
  // Markdown headings that ask, each over unlabelled paragraphs ("### Q: When did you join?" / "I
  // joined in 2017…"), beside labelled pairs: each heading is a question and its paragraphs the answer.
  const askingHeadings = questionHeadings(b, end, (k) => !!labelAt(k));
  // A blockquote that opens with its question in bold ("> **Coffee or tea?**" / "> Tea. Always
  // tea."): the question and its answer, the blockquote's end the answer's (a lightning round).
  const quotedQuestions = blockquoteQuestions(lines, end);
  // Each pair of people's direct messages in a meeting chat, and the block their turns are in.
  const dmBlocks = new Map<string, number>();
  // The answer turn a question heading or a blockquote's question opened.
  let headingAnswer: Turn | null = null;
  // The witness's turn a prepared statement's note opened ("[The prepared statement of Ms. X follows:]").
  let statementTurn: Turn | null = null;
  let quotedAnswer: Turn | null = null;
  const isAnswerTurnAt = (k: number) => {
    const l = k >= 0 ? labelAt(k) : null;
    return !!l && !isAskerKey(l);
  };
  // A heading in capitals wrapped over lines of its own between blank lines, over a labelled turn
  // ("STATEMENT OF NAME, TITLE, FIRM" / "NAME OF FIRM", centred): one heading.
  const wrappedHeadings = wrappedCapitalHeadings(lines, end, (k) => !!labelAt(k), unnumbered !== split);
  // A paragraph outside the turns set with its first line indented (a hearing record's preamble
  // "    The subcommittee met … at 10:02 a.m., in" / "room 2128, …"): the lines under it that
  // stand further left are more of it.
  const hangingNarrative = new Set<number>();
  let narrativeFirst = -1;
  const org = isOrgDocument(lines);
  // Markup quotation blocks (reST's indented quote over its "-- Name" line): read with the narrative.
  const quoteBlocks = markupQuoteBlocks(lines, lines.length);
  const blockSignatures = signatureLines(quoteBlocks, lines);
  // A signed block's first line ends the turn above it: the quotation is set off, no more of that turn.
  const signedBlockStarts = new Set(quoteBlocks.filter((q) => q.name && q.intro < 0).map((q) => q.first));
  // A press release's end mark under the turns ("###", "-30-", "ENDS"): the line after which nothing is said.
  const storyEnd = firstTurn >= 0 ? storyEndLine(lines) : -1;
  for (let i = Math.min(firstContent, firstTurn); i < end; i++) {
    const raw = lines[i]!;
    if (!raw.trim()) continue;
    // A log's field between clips ends the answer above it and is read as narrative, whatever
    // else the line looks like (a note closing on a time code reads as a header's field).
    // An assignee's task under the action-items heading ("    Draft a memo on Lisbon (00:17)"): the
    // notes' words, never a heading, even as the last line above the transcript.
    if (taskLines.has(i)) {
      current = null;
      narrative.push({ idx: i, section });
      continue;
    }
    // (Cut between the turns as tape is, it parts them: the bite below answers nothing above it.)
    if (scriptCopy.has(i)) {
      current = null;
      block++;
      narrativeFirst = i;
      narrative.push({ idx: i, section });
      continue;
    }
    if (logFields.has(i)) {
      current = null;
      narrativeFirst = i;
      narrative.push({ idx: i, section });
      continue;
    }
    // A pull quote under the turn it repeats ("> "Boring is the point." — Kemi Oduya"): the page's
    // setting of words the turn says already, no second saying of them and no heading.
    if (current && isSignedPullQuote(raw)) {
      const pulled = normalizeSpace(raw.replace(BLOCKQUOTE_MARK(), '').replace(/[—–―][^—–―]*$/, '')).replace(/^[*_“"«]+|[”"»*_]+$/g, '');
      if (pulled && current.parts.some((p) => normalizeSpace(p).includes(pulled))) {
        b.mark(i, 'markup');
        continue;
      }
    }
    const capitalHeading = wrappedHeadings.get(i);
    if (capitalHeading && !b.isMarked(i)) {
      for (const k of capitalHeading.lines) b.mark(k, 'heading');
      block++;
      section = sectionTitle(capitalHeading.title);
      current = null;
      i = capitalHeading.lines[capitalHeading.lines.length - 1]!;
      continue;
    }
    const narrativeHangs = !current && narrativeFirst >= 0 && narrative[narrative.length - 1]?.idx === i - 1 && hangsUnder(lines, i - 1, narrativeFirst, i);
    // A narrative line cut mid-sentence goes on in the line under it that starts in lowercase
    // ("_Editor's note: … The transcript has" / "been condensed._"): no heading, however short.
    const narrativeWraps = !current && narrative[narrative.length - 1]?.idx === i - 1 && !endsLikeSentence(lines[i - 1]!) && /^[*_]{0,2}\p{Ll}/u.test(raw.trim());
    if (quotedAnswer && !BLOCKQUOTE_LINE().test(raw)) {
      if (current === quotedAnswer) current = null;
      quotedAnswer = null;
    }
    // A markup syntax line ends the turn above it; a heading heads a section.
    const heading = syntax?.get(i);
    if (heading) {
      current = null;
      if (heading.kind !== 'heading') continue;
      block++;
      if (titleKey(heading.title!) !== titleKey(b.input.meta.title)) section = heading.title!;
      continue;
    }
    // "[The prepared statement of Ms. Ferreira follows:]": a hearing record prints a witness's
    // written statement under the note, with its own heading ("PREPARED STATEMENT OF …", the
    // witness's title, a date). The statement is the witness's words, up to the next turn.
    const prepared = raw.includes('tatement of') ? preparedStatementOf(raw, scan.at) : null;
    if (prepared) {
      // The statement's own heading: the block under the note that opens on a line in capitals
      // ("PREPARED STATEMENT OF DANA FERREIRA" / "General Counsel, …" / "April 17, 2024"), or its
      // lines set centred, each between blank lines ("Prepared Statement of Nadia Patel" / "" /
      // "April 17, 2024"): the statement's paragraphs start at the paragraph indent below them.
      let k = nextNonBlankLine(lines, i + 1);
      if (k < end && !/\p{Ll}/u.test(lines[k]!) && !labelAt(k)) for (let h = 0; k < end && lines[k]!.trim() && h < 4; k++, h++) b.mark(k, 'heading');
      else for (let h = 0; k < end && h < 4 && isCentredHeadingLine(lines[k]!) && !labelAt(k); h++) {
        b.mark(k, 'heading');
        k = nextNonBlankLine(lines, k + 1);
      }
      current = { key: prepared.key, speaker: prepared.speaker, asker: false, answerRole: false, lines: [i], parts: [], partLines: [], section, block, alone: true };
      turns.push(current);
      statementTurn = current;
      i = k - 1;
      continue;
    }
    // A numbered part's heading in capitals alone between blank lines inside a turn ("PANEL 3 — THE
    // LAMPLIGHTERS", "PART II", "SCENE 4"): a script's or a guide's next section, so the turn above is
    // over and the paragraphs under it, up to the next label, are the page's, not that voice's words.
    if (current && !lines[i - 1]?.trim() && !lines[i + 1]?.trim() && !labelAt(i) && NUMBERED_PART_HEADING().test(raw.trim())) {
      b.mark(i, 'heading');
      block++;
      section = sectionTitle(raw.trim());
      current = null;
      continue;
    }
    // A sidebar set in the page between two answers: a heading in capitals alone after a blank line,
    // then a block of fields ("FACT FILE" / "Name: …" / "Born: 1979, Enugu" / "Staff: 1,150"). It
    // ends the answer above it; its fields are facts of the page, nobody's words.
    if (current && !lines[i - 1]?.trim() && SIDEBAR_HEADING().test(raw.trim()) && fieldBlockBelow(lines, i + 1)) {
      block++;
      current = null;
    }
    // A title boxed between two rules ("━━━━━━" / "4️⃣ SEGMENT 4 — CLOSING" / "━━━━━━"), a recap's
    // segment: a heading that ends the turn above, whatever the rules are drawn with. (Without a blank
    // line, the title read as more of the last answer.)
    // Only a title over turns: a box around an export's count ("Exported 22 message(s)") or a page's
    // "Disclaimer" over its boilerplate is the furniture it was read as.
    if (
      i + 2 < end &&
      BOXING_RULE().test(raw) &&
      BOXING_RULE().test(lines[i + 2]!) &&
      lines[i + 1]!.trim() &&
      !b.isMarked(i + 1) &&
      !labelAt(i + 1) &&
      isHeadingLike(withoutEmphasis(lines[i + 1]!), 12) &&
      !!labelAt(nextContent(lines, i + 3, end, b))
    ) {
      b.mark(i, 'markup');
      b.mark(i + 1, 'heading');
      b.mark(i + 2, 'markup');
      block++;
      section = sectionTitle(lines[i + 1]!);
      current = null;
      i += 2;
      continue;
    }
    if (b.isMarked(i)) {
      // A scene break ("(COMMERCIAL BREAK)") ends the exchange: nothing pairs across it.
      // So does a forum post's quotation header: the quoted words answer nothing above them.
      // So does a witness's swearing-in and the line naming who examines them ("DR NAME (affirmed)" /
      // "Questioned by MR NAME KC"): counsel's labelled turn above is over, and the questions start anew.
      // So does a show's break for its sponsors ("[AD BREAK]", "(Midroll)"): the read under it, up to
      // the next label, is nobody's, not the answer above going on.
      // So does a note of the proceedings ("(Recess taken at 11:42 a.m.)", "(Exhibit 2 marked for
      // identification.)"): the turn above is over; a recess parts the record in time (below).
      if (isProceedingsNote(raw)) {
        current = null;
        if (RECESS_NOTE().test(raw)) block++;
      }
      if (isSceneBreak(raw) || AD_BREAK_MARK().test(raw) || digestBreaks.has(i) || (thread && ((raw.startsWith('Quote from:') && forumQuoteOf(raw)) || forumQuoteBlockOf(lines, i))) || scan.witnessLines.includes(i) || examinerOf(raw)) {
        block++;
        current = null;
        // "Cross-examination by MS FARRANT" heads the questions under it: the section the line
        // above it opened ("Examination-in-chief by MR OTIENO") is over.
        if (namesExamination(raw)) section = sectionTitle(raw);
      }
      // "Transcript" alone (metadata) opens the part that holds the turns: the headings above it
      // ("Overview", "Action Items") head a meeting's notes, not its turns.
      if (isTranscriptPartLabel(raw)) {
        section = null;
        block++;
        current = null;
      }
      // A chat message that opens on its media ("[Photo]", "[Video]" in a Telegram copy): the lines
      // under it are the picture's caption, a post of its own. It is joined to no message of its
      // sender's around it and asks nothing: an admin's caption is never a question to the guest.
      if (current && !current.parts.length && CHAT_MEDIA_MARK().test(raw.trim())) {
        current.alone = true;
        current.captionsMedia = true;
        current.asker = false;
        current.chairs = false;
      }
      continue;
    }
    // A reST directive (".. warning::", ".. note::"): the document's own markup. It ends the turn
    // above it, and the indented note under it is nobody's words (narrative).
    if (raw.charCodeAt(0) === 0x2e && RST_DIRECTIVE().test(raw)) {
      b.mark(i, 'markup');
      current = null;
      continue;
    }
    // A pandoc table's rule ends the turn above it: the rows are the document's, read as narrative.
    if ((raw.charCodeAt(0) === 0x20 || raw.charCodeAt(0) === 0x2b || raw.charCodeAt(0) === 0x2d) && isPandocTableRule(raw)) {
      b.mark(i, 'markup');
      current = null;
      continue;
    }
    // Org mode: a headline ("** On CZ") heads a section and ends the turn above it; "#+…"
    // keywords are markup; a "#+BEGIN_QUOTE" block is no speaker's turn (read with the narrative).
    const orgKind = org ? orgLine(raw) : null;
    if (orgKind) {
      current = null;
      if (orgKind.kind === 'heading') {
        b.mark(i, 'heading');
        block++;
        section = orgKind.title;
      } else if (orgKind.kind === 'markup') b.mark(i, 'markup');
      else narrative.push({ idx: i, section });
      continue;
    }
    // A newscast's ">>" alone on its line, the turn's words in the paragraph under it, is a change
    // of voice the labels read (a line of marks with no letters is otherwise the page's markup).
    let chrome = labelAt(i)?.style === 'change' ? null : classifyChrome(raw);
    // A link alone under a message's header, before any words of it ("10:05:49 From Pádraig Walsh to
    // Everyone:" / "https://…"): the message, a link its sender shared, no page's navigation.
    if (chrome === 'navigation' && current && !current.parts.length && !labelAt(i) && SHARED_LINK().test(raw)) chrome = null;
    if (chrome) {
      b.mark(i, chrome);
      // A thematic break ("---", "* * *", a plain text's "--") sets off what the page adds under the
      // answer above it (a correction, an ad, the closing bio): the answer ends there.
      // Not a rule right under a name line whose turn has no words yet: a call vendor (StreetEvents)
      // sets each turn's header between two rules, and the words come under the second.
      if (chrome === 'markup' && isThematicBreak(raw) && !(current && !current.parts.length && current.lines.length === 1 && current.lines[0] === i - 1)) current = null;
      // A release's or a wire story's end mark under a turn ("###", "-30-", "ENDS") closes the story:
      // what the page sets under it ("Video of the address is available …", "Media contact: …") is its
      // boilerplate, no more of the last turn, and nobody's (read as narrative with no narrator below).
      if (i === storyEnd && i > firstTurn) current = null;
      // A meeting recorder's notes over its turns, the last of them set off from the first turn by a
      // rule ("Action Items" / "- Priya: send the export" / "---" / "0:00 - Colm Ferriter"): the rule
      // closes the notes' section, as a "Transcript" line does; the turns are under none of its headings.
      if (chrome === 'markup' && i < firstTurn && section !== null && isThematicBreak(raw) && nextContentLine(lines, i + 1) === firstTurn) {
        section = null;
        block++;
      }
      continue;
    }
    // Under a story's end mark, a line no speaker's label opens is the page's boilerplate, read as
    // narrative: no heading either ("Media contact: comms@…" as the last line heads nothing).
    if (storyEnd > firstTurn && i > storyEnd && !(labelAt(i) && labels.has(labelAt(i)!.key))) {
      narrative.push({ idx: i, section });
      continue;
    }
    // "-- CHANGPENG ZHAO, ON X" under a quotation the page sets on its own line: its signature, no dialogue turn.
    // So is "    -- Name" under a markup block quote (a blank line between): it signs the block, heading nothing.
    if ((!current && narrative[narrative.length - 1]?.idx === i - 1 && signsQuoteAbove(lines, i - 1)) || blockSignatures.has(i) || signedBlockStarts.has(i)) {
      current = null;
      narrative.push({ idx: i, section });
      continue;
    }
    // A reader's question signed under it ("**Q:** Is it dangerous for her?" / "— Morag Kerr, Perth"),
    // a column's letters put as Q and A: the signature closes the question and names who asked it;
    // the answer under it still answers it (it broke the two apart, each a quote of nobody's).
    const signer = current && !labelAt(i) ? readerSignatureOfQuestion(lines, i, current, labelAt) : undefined;
    if (current && signer !== undefined) {
      // (the question's last words, as a signature under a question in emphasis closes it: prose.ts)
      current.parts[current.parts.length - 1] += ` ${normalizeSpace(raw.trim())}`;
      current.lines.push(i);
      if (signer) current.speaker = signer;
      continue;
    }
    const l = labelAt(i);
    // A chat log's action or topic line ("* tmaragos sighs", "-!- ebaxter changed the topic of #chan
    // to: …"): the sender's, in the third person, no message. A claim of its own, joined to no
    // message of the nick's around it, and it ends the message above.
    if (l?.action) {
      b.add({ type: 'claim', text: l.rest, speaker: l.speaker ? (registry.resolve(l.speaker) ?? l.speaker) : null, section }, i);
      current = null;
      continue;
    }
    // A hearing's roll line over a new panel, mid-transcript ("Examination of witness" / "Witness:
    // Richard Fenwright, Chief Executive, Catchment Regulation Authority."): who appears, nobody's
    // words; its line stays found through the record nearest it, and the panel is a new exchange.
    // So is a panel's numeral line in the witness list above the first turn ("Witnesses" / "I: Professor
    // Alan Kiprop, Chair in Hydrology, …"), read as a label or not (a numeral used once labels no turn).
    const panel = l ?? scan.at[i];
    if ((l && ROLL_KEY().test(l.key) && !rollVoices.has(l.key) && isRollOfNames(l.rest)) || (panel && PANEL_NUMERAL().test(panel.key) && underRollHeading(lines, i) && isRollOfNames(panel.rest))) {
      b.mark(i, 'metadata');
      block++;
      current = null;
      continue;
    }
    if (l) {
      // "Jesse Powell: . Yeah." — stray punctuation between the label and the words is the transcriber's.
      let rest = stripInlineNotes(l.rest.trim().replace(/^[.,;:]+\s*/, ''));
      // "Audience member (Amira, founder of a payments startup):": who the holder is stays searchable, with the words.
      // "YI HE (in Mandarin, subtitled):": a note opening in lowercase says how the words are given,
      // no words of them — the record's context, where search still finds it.
      const direction = l.note && /^\p{Ll}/u.test(l.note) && (/,\s+\p{Ll}/u.test(l.note) || /^(?:reads|reading)$/.test(l.note)) ? `(${l.note})` : null;
      // (Where the note is the turn's role, "Pieter de Graaf (TenneT, retired):", the role holds it, searchable: no words of the turn.)
      if (l.note && !direction && /,\s+\p{Ll}/u.test(l.note) && !noteNamesHolder(l.note, l.speaker) && !l.title?.includes(l.note)) rest = `(${l.note}) ${rest}`;
      // A meeting chat's direct message is a conversation of its two people apart from the room's:
      // it answers, and is answered by, only their messages to each other.
      const dm = directMessagePair(raw);
      if (dm && !dmBlocks.has(dm)) dmBlocks.set(dm, -1 - dmBlocks.size);
      // A meeting's saved chat set after (or between) its spoken turns: typing is not speaking, so a
      // message neither joins its sender's spoken turn above it ("Will do." / "Link to the FAQ: …")
      // nor answers or asks one.
      const savedChat = SAVED_CHAT_HEADER().test(raw);
      if (savedChat !== inSavedChat && turns.length) block++;
      inSavedChat = savedChat;
      // A voice-over narrates ("NARRATOR (V.O.): The regulators were coming."): it answers no question
      // above it, and the talk below it answers nothing it says.
      // A played archive recording ("ARCHIVE — NAME, 1962:", "NAME (archive recording, 1977):") is
      // tape set into the programme: like a voice-over it answers nothing and is answered by nothing,
      // and its words were said in the year the note gives, not the programme's.
      const archived = l.note ? ARCHIVE_NOTE().exec(l.note) : null;
      const voiceOver = (!!l.note && VOICE_OVER().test(l.note)) || packageLines.has(i) || !!archived;
      if (voiceOver) block++;
      // A readers' comment under a web page's count of them ("3 Comments" / "Ada Obi" / "2 days ago"):
      // the comments are listed flat, newest first perhaps, each its writer's words on the article; a
      // question in one is answered by none set under it. (A reply opening on the handle of the comment
      // right above, "@markus.h proof of reserves came out …", still answers it.)
      const above = turns[turns.length - 1]?.speaker?.replace(/^@/, '');
      const repliesAbove = !!above && lines.slice(i + 1, i + 4).some((x) => x.trimStart().startsWith(`@${above}`));
      if (readerComments >= 0 && i > readerComments && l.thread && l.style === 'heading' && turns.length && !repliesAbove) block++;
      // "Q (from the floor):", "**Question 2 (alumna, class of 1998):**": a question the note says
      // who put — someone in the audience, described, never the letter or the number.
      // An outlet named in the note ("Q (The Block):") is the asker's role, read as before.
      const floor = l.note && NOTED_QUESTION_LABEL().test(l.key) ? questionerOfNote(l.note) : l.note && FLOOR_MEMBER_LABEL().test(l.key) ? floorMemberOfNote(l.note) : null;
      // The Paris Review's "INTERVIEWER" alone on its line over the question: the word the page
      // prints is the asker's role on the records (askerRole), where search finds it.
      const printedRole = l.title === null && l.style === 'heading' && l.speaker && ASKER_ROLES().test(l.speaker) && raw.trim() === l.speaker.toUpperCase() ? l.speaker : null;
      current = {
        key: l.key,
        speaker: floor ?? l.speaker,
        role: l.title ?? printedRole,
        ...(direction ? { context: direction } : archived ? { context: `(${l.note})`, year: Number(archived[1]) } : {}),
        // A crowd's reaction under its collective label, "AUDIENCE: Boo!", "CROWD: (Chanting) Four more
        // years!": the room cheering or jeering, which puts no question to the speaker who goes on.
        asker: !archived && (isAskerKey(l) || joint.has(l.key) || !!floor) && !(CROWD_KEY().test(l.key) && !!rest && !rest.includes('?')),
        // An interviewer off screen ("INTERVIEWER (O.S.):", a documentary's dialogue list) asks the
        // one person on screen, not a room: the turns after that person's answer answer nothing.
        chairs: isAskerKey(l) && !ASKS_ONE.test(l.key) && !l.callsIn && !joint.has(l.key) && !(l.note && OFF_SCREEN().test(l.note)),
        answerRole: l.answerRole || (ANSWER_ROLES().test(l.key) && !!guest),
        lines: [i],
        parts: rest ? [rest] : [],
        partLines: rest ? [i] : [],
        section,
        block: dm ? dmBlocks.get(dm)! : block,
        ...stampOnLabel(raw, rest),
        ...(l.timed || (messageHeaders && l.style === 'heading') ? sentOnLabel(raw, l.rest, l.style === 'heading' ? (lines[i - 1] ?? '') : '') : {}),
        ...(l.style === 'heading' && (chatLog || messageHeaders || senderHeaders) && i + 1 < lines.length ? replyOf(replyTargetAt(lines, i + 1, isStampedMessageHeader(raw))) : {}),
        ...(l.note && INTERPRETER_KEY().test(l.key) ? renderedVoice(l.note) : {}),
        // A channel's post under its own dated stamp ("[19.05.2021 09:12] CryptoWire", a forward's
        // origin under it) is a record of its own: a channel repeats its sender on every post.
        ...(channelPosts && l.style === 'heading' && l.timed ? { alone: true } : {}),
        // Each vox pop is someone else: a turn of its own under the same description.
        ...(l.oneOff ? { alone: true } : {}),
      };
      turns.push(current);
      // The speaker's title on the line under the name (S&P's "Linh Parrish" / "Executive VP & CFO" /
      // words): the label's, no words of the turn (labels.ts stackedTitle).
      if (l.style === 'heading' && l.title && lines[i + 1]?.trim() === l.title) {
        b.mark(i + 1, 'metadata');
        current.lines.push(i + 1);
        i++;
      }
      if (voiceOver) block++;
      // A headline quoting its guest above the first turn ("Rosa Kimura: \"I stopped looking at the watch\""):
      // the quotation is all of it; the writer's introduction under it is no more of the guest's words.
      if (turns.length === 1 && WHOLE_QUOTATION().test(rest)) current = null;
      continue;
    }
    // A dialogue list's stamped production row: words on screen ("SUPER: Shanghai, June 2017") are
    // a claim of their own, nobody's, and so is a music cue's title (search finds it); no turn's words.
    const cue = stampedCue(raw);
    if (cue) {
      if (cue.words) b.add({ type: 'claim', text: cue.words, speaker: null, section }, i);
      else b.mark(i, 'direction');
      current = null;
      continue;
    }
    // A translator's or editor's note set in brackets between a turn's paragraphs ("[Translator's note:
    // Ms. Lin uses the term …]"): the publication's words, a claim of nobody's, never the speaker's.
    if (current && BRACKETED_NOTE().test(raw)) {
      b.add({ type: 'claim', text: normalizeSpace(raw.trim().slice(1, -1)), speaker: null, section }, i);
      continue;
    }
    // Its column header above the first row ("TC IN    TC OUT    SPEAKER    DIALOGUE"): the table's, no words.
    if (isColumnHeaderOverStamps(lines, i)) {
      b.mark(i, 'metadata');
      current = null;
      continue;
    }
    // An exchange set in, indented, inside a document's paragraphs (a judgment's "     Q. …" /
    // "     A. …" under "142. … he accepted that:"): the text's return to the margin after a blank
    // line is the document again, no more of the answer.
    if (current && current.lines.length && leavesIndentedTurn(lines, current.lines[0]!, i)) current = null;
    const headingQuestion = askingHeadings.get(i) ?? quotedQuestions.get(i);
    if (headingQuestion !== undefined) {
      block++;
      turns.push({ key: null, speaker: null, asker: true, answerRole: false, lines: [i], parts: [headingQuestion], partLines: [i], section, block });
      current = { key: 'A', speaker: 'A', asker: false, answerRole: true, lines: [], parts: [], partLines: [], section, block };
      if (quotedQuestions.has(i)) quotedAnswer = current;
      else headingAnswer = current;
      turns.push(current);
      continue;
    }
    if (current && current === quotedAnswer) {
      // The answer's words inside the blockquote, without its marks; a ">" alone parts its paragraphs.
      const words = stripInlineNotes(raw.replace(BLOCKQUOTE_MARK(), '').trim());
      if (!words) {
        b.mark(i, 'markup');
        continue;
      }
      current.lines.push(i);
      current.parts.push(words);
      current.partLines.push(i);
      continue;
    }
    // A section heading that ends in a colon, set off by a blank line ("Questions & Answers:",
    // "Call participants:"), over a labelled turn or the list of the call's speakers: no words of
    // the turn above. The list's lines, names the labels give with their titles, are the page's.
    // The call's length over that list ("Duration: 41 minutes" / "Call participants:"): the page's note, no words of the last turn.
    if (CALL_LENGTH().test(raw)) {
      const h = nextContent(lines, i + 1, end, b);
      if (h >= 0 && colonHeading(lines, h) && castListBelow(lines, h, (n) => labels.has(n))?.length) {
        b.mark(i, 'metadata');
        continue;
      }
    }
    const cast = colonHeading(lines, i) ? castListBelow(lines, i, (n) => labels.has(n)) : null;
    if (cast && (cast.length || labelAt(nextContent(lines, i + 1, end, b)))) {
      b.mark(i, 'heading');
      for (const k of cast) b.mark(k, 'metadata');
      block++;
      section = sectionTitle(raw.replace(/:\s*$/, ''));
      current = null;
      continue;
    }
    // A hard-wrapped turn goes on: the line right under its words (or under a page break), where
    // they stopped mid-sentence, is more of them, never a heading or a question of its own.
    // A paragraph set with its first line indented (a hearing record's "    Dr. Voss. Thank you…")
    // goes on in the lines under it that stand further left, whatever they start with.
    const hangs = !!current && current.parts.length > 0 && hangsUnder(lines, current.lines[current.lines.length - 1]!, current.partLines[current.partLines.length - 1]!, i);
    // A court reporter's numbered page goes on under the next page's furniture (its number, the
    // filing stamp, the running header) with the same voice: a line there with no label of its own
    // ("The government has asked to call one witness on") is more of the turn, even where the page's
    // last line ended a sentence. The court sets its headings in capitals (read above), so a line in
    // sentence case heads nothing.
    const pageGoesOn = unnumbered !== split && !!current && current.parts.length > 0 && /\p{Ll}/u.test(raw) && !isDirection(raw) &&
      acrossPageBreak(lines, current.lines[current.lines.length - 1]!, i, (k) => b.kinds[k] === 'metadata');
    // Lines a court reporter numbers are cut at the page's width, not where a sentence ends: under a
    // turn's line that stopped mid-sentence ("… on screen, please, document"), a line in sentence case
    // ("KCH0004512.  This is the rota …") goes on with it, whatever word opens it.
    const numberedGoesOn = unnumbered !== split && !!current && current.parts.length > 0 && current.lines[current.lines.length - 1] === i - 1 &&
      /\p{Ll}/u.test(raw) && !isDirection(raw) && !endsLikeSentence(current.parts[current.parts.length - 1]!);
    const wrapsOn = hangs || pageGoesOn || numberedGoesOn || (!!current && current.parts.length > 0 && continuesWrappedTurn(lines, current.lines[current.lines.length - 1]!, i, current.parts[current.parts.length - 1]!, (k) => stampFurniture.has(k)));
    const next = nextContent(lines, i + 1, end, b);
    const nextLabel = next >= 0 ? labelAt(next) : null;
    const nextIsTurn = !!nextLabel;
    const nextIsPrompt = !!nextLabel && isAskerKey(nextLabel);
    // What follows opens a new exchange: a labelled turn, or an unlabelled question
    // standing right before a labelled answer (an AMA write-up's "Question?" / "CZ: …").
    const nextOpensTurn =
      nextIsTurn ||
      askingHeadings.has(next) ||
      quotedQuestions.has(next) ||
      (next >= 0 && isQuestionParagraph(askedText(lines[next]!)) && isAnswerTurnAt(nextContent(lines, next + 1, end, b)));
    // A question set in bold or as a numbered list item ("1. **Is the dividend safe?**") asks as a plain one does.
    // A heading that credits its question to who sent it and the votes it drew ("### "Is Lisbon staying
    // open?" — Inês Carvalho, Engineering (61 upvotes)"): the question alone, the sender asking it.
    const voted = raw.charCodeAt(0) === 0x23 && ATX_OPENING().test(raw) ? votedQuestion(askedText(raw)) : null;
    const asked = voted ? voted.question : askedText(raw);
    // In a thread or a chat, a line right under a message's line is more of the message ("Best," / "Solveig").
    // So in a chat export whose messages are stamped with a date: its app writes no headings, and a
    // message's last line stands right above the next stamp ("3. We now serve 170 million users").
    // Discord stamps a sender's next message with its time alone ("[10:43 AM]"): the line under the
    // stamp goes on with the same sender's words, as the message's own next line does.
    // So in a chat copied from its client, each message under its sender and time ("Priya Raman  2:09 PM"):
    // a message's second line, "I know that's not what you wanted. (edited)", is its sender's, no heading
    // (and in a messaging app's export under a dated stamp and the sender, "He didn't love that").
    let above = i - 1;
    if (thread || stampedChat) while (above > 0 && isLoneTime(lines[above]!)) above--;
    // Zoom's saved chat sets a message's lines in by a tab, a blank line among them where the message
    // has one (a reply under its 'Replying to "…"' echo): a line set in so under the message goes on with it.
    if (chatLog && raw.charCodeAt(0) === 0x09 && current?.lines.length && SAVED_CHAT_HEADER().test(lines[current.lines[0]!]!)) while (above > 0 && !lines[above]!.trim()) above--;
    const messageGoesOn = (thread || stampedChat || chatLog || stampedSenders) && !!current && current.parts.length > 0 && current.lines[current.lines.length - 1] === above;
    const titled =
      !wrapsOn &&
      !narrativeHangs &&
      !narrativeWraps &&
      // "Respondent (R): dairy farmer, 61": a cast line describes someone, it heads nothing.
      !isCastLine(raw) &&
      // Nor does a byline over the talk ("Записала Марина Орлова", "By Ana Ruiz"): it credits the writer.
      bylineName(withoutEmphasis(raw).trim()) === null &&
      // "- 01:45 How Ingrid got to Svalbard": a list's item is a fragment of the list, never a heading.
      !BULLET_LINE().test(raw) &&
      // "> "Boring is the point." — Kemi Oduya": a pull quote between turns repeats a turn's words, it heads none.
      !isSignedPullQuote(raw) &&
      // "> [!info] Context": a note's callout box and its title, read with the narrative; it heads no section.
      !(raw.charCodeAt(0) === 0x3e && CALLOUT().test(raw)) &&
      // "(Recess taken.)": a note in brackets, no heading, even as the document's last line.
      !/^\s*[([][^()[\]]*[.!?][)\]]\s*$/.test(raw) &&
      // (read without a Markdown heading's marks: "## 2. Presentation of the scheme" is numbered as "2. …" is)
      isHeadingLike(withoutEmphasis(raw.includes('#') ? raw.replace(ATX_OPENING(), '') : raw), 12) &&
      // "142. Mr Kenji Mori, …, testified that the" / "parties agreed …": a numbered paragraph's first line wraps on.
      !(NUMBERED_PARAGRAPH().test(raw) && (lines[i + 1] ?? '').trim() !== '' && continuesOnNextLine(raw, lines[i + 1]!)) &&
      // A Markdown heading ("## Segment 3: Live Questions") set after a blank line is one by its
      // markup, whatever follows it (a recap's note on the round under it): it ends the answer above.
      (nextOpensTurn || current === null || !current.parts.length || nextIsBulletOrHeading(lines, next) || stackedOverTurn(lines, i, next, end, b, labelAt) || (raw.charCodeAt(0) === 0x23 && !lines[i - 1]?.trim() && ATX_OPENING().test(raw)) || reportSubsection(lines, i) || courtCapitalsHeading(lines, i, current, scan.at)) &&
      (!isQuestionParagraph(asked) || nextIsPrompt) &&
      // Under a label standing alone ("Sarah Lee (00:00:03):"), the first line is the turn's words.
      !(current !== null && !current.parts.length && current.lines.length === 1 && scan.at[current.lines[0]!]?.style === 'heading') &&
      // So is the first line under a question heading, and under a prepared statement's note and
      // heading ("Chairwoman Brady, Ranking Member Jones, and members of the" / "Subcommittee, …").
      !(current !== null && (current === headingAnswer || current === statementTurn) && !current.parts.length) &&
      !messageGoesOn &&
      // A note's first line cut mid-sentence ("Prepared by Lexa Transcription Services. Simultaneous
      // interpretation … provided by" / "the host. …"): the paragraph goes on under it, no heading.
      !(current === null && i + 1 < end && lines[i + 1]!.trim() !== '' && !labelAt(i + 1) && endsOnOpenWord(raw) && /^\s*\p{Ll}/u.test(lines[i + 1]!));
    // In a transcript every line of talk sits in a labelled turn or ends like a sentence;
    // a short unlabelled line that ends like neither, right before a new exchange, is a
    // heading even when it is not title case ("New Mexico and the Kraken, the best bitcoin exchange").
    const bare = !titled && !wrapsOn && !narrativeHangs && !narrativeWraps && !messageGoesOn && nextOpensTurn && isBareHeading(raw) && !isSignedPullQuote(raw) && !isQuestionParagraph(asked) && !(current !== null && !current.parts.length);
    // A question set as a Markdown heading over a turn that asks itself ("## What went wrong?" /
    // "**Ben Hart:** What went wrong with the 2019 tender?"): the interview's section title, put to
    // nobody, in whatever case; the turn under it asks.
    const titleAsks = !titled && !bare && raw.charCodeAt(0) === 0x23 && ATX_OPENING().test(raw) && !!nextLabel && isQuestionParagraph(asked) && isQuestionParagraph(nextLabel.rest);
    // (a post's content warning, Mastodon's "CW: criticism", opens the post's words: no heading)
    if ((titled || bare || titleAsks) && !(thread && CONTENT_WARNING().test(raw))) {
      b.mark(i, 'heading');
      block++;
      // A heading above the first turn that names the document itself ("PODCAST INTERVIEW
      // TRANSCRIPT", "Interview with …"), with a turn or another heading under it, opens no section.
      const namesDocument = i < firstTurn && DOCUMENT_KIND().test(raw) && (nextIsTurn || (next >= 0 && isHeadingLike(lines[next]!, 12)));
      if (namesDocument) section = null;
      else if (titleKey(raw) !== titleKey(meta.title)) section = sectionTitle(raw);
      current = null;
      continue;
    }
    // An unlabelled question right before a labelled answer is the asking side's turn.
    // Not in a thread or a chat, where a message's lines go on under its header or stamp: a post's
    // "Thoughts?" after a blank line, a stamped message's second line, are its sender's.
    const opener = current ? scan.at[current.lines[0]!] : null;
    const inMessage = !!opener && (!!opener.thread || (!!opener.timed && !!lines[i - 1]?.trim()));
    // So is a line of its own between two turns of one label, where the page asks its questions
    // unlabelled ("And you stopped using a GPS watch." between two "RK:" answers): someone spoke
    // between them, and the asking side is the one that writes no label.
    const askedBetween =
      !!current && !!nextLabel && nextLabel.key === current.key && !lines[i - 1]!.trim() && !BULLET_LINE().test(raw) && turns.some((t) => t.key === null && t.asker && !t.chairs);
    // A question line right under the turn's line that left its sentence open ("…and my colleague
    // Beth" / "Amsel is on too. And you brought someone?") opens mid-sentence: a hard-wrapped turn
    // asking at its end, no question of its own. Cut there, one sentence would span two records.
    // Under a label standing on a line of its own ("Speaker 1  0:02", "Dana Whitfield:"), the turn is
    // the block of lines below it: a question on the block's last line is the turn's, asked by its label.
    const underTurn = !!current && current.parts.length > 0 && current.lines[current.lines.length - 1] === i - 1;
    const goesOnTheTurn = underTurn && (opener?.style === 'heading' || !endsLikeSentence(current!.parts[current!.parts.length - 1]!.trim()));
    // A question paragraph under a labelled turn that opens by addressing the next label's speaker
    // ("BROWN: The committee will come to order. …" / "Ms. Marchetti, you testified … How do you
    // verify that?" / "MARCHETTI: …"): the labelled speaker's next paragraph, put to that person.
    // Not one set wholly in bold between blank lines: a round-table write-up's unattributed question
    // ("Vos: …" / "**Rosalind, you learned to ride a camel. Was it hard?**" / "Achebe: …") is the page's.
    const labelledGoesOn = !!current && current.key !== null && !!nextLabel && nextLabel.key !== current.key && addressesSpeaker(asked, nextLabel.speaker) && !(WHOLLY_BOLD_QUESTION().test(raw) && !lines[i - 1]!.trim() && !(lines[i + 1] ?? '').trim());
    // A question set as a Markdown heading after a blank line, over a labelled answer, asks by its
    // markup even in the first person: an FAQ's "### Can I work from abroad?" is the staff's question,
    // no more words of the answer above it.
    const headedQuestion = raw.charCodeAt(0) === 0x23 && !lines[i - 1]?.trim() && ATX_OPENING().test(raw) && asksByMark(asked);
    // A paragraph wholly in italics between blank lines, over a labelled answer, where the page has
    // set an unlabelled question so already: a magazine's prompt, in its type, whether it asks ("*The
    // lyrics are more direct. \"I sold the house,\" on the title track. Is that literal?*") or states
    // ("*It's a very loud album.*"); never the last answerer's next words.
    const italicPrompt =
      !!current && current.key !== null && WHOLLY_ITALIC().test(raw) && !lines[i - 1]!.trim() && !(lines[i + 1] ?? '').trim() && turns.some((t) => t.key === null && t.asker && WHOLLY_ITALIC().test(lines[t.lines[0]!] ?? ''));
    if (!wrapsOn && nextIsTurn && !nextIsPrompt && !current?.asker && !inMessage && !goesOnTheTurn && !labelledGoesOn && (isQuestionParagraph(asked) || askedBetween || headedQuestion || italicPrompt) && !(current !== null && !current.parts.length)) {
      // Set in bold, it is a questionnaire's ("**What is the biggest issue?**" / "Ana Ruiz: …" /
      // "Ben Cho: …"): put to everyone who answers under it, as a chair's question is. So is one set
      // as a Markdown heading, a roundtable's ("## Will you raise prices?" / "**Ana Ruiz:** …").
      const bold = /^\s*(?:\d{1,2}[.)]\s+)?(?:\*\*|__)|^\s{0,3}#{1,6}\s/.test(raw);
      // "Q1 from @moonboi_77: What makes …?", "@petra_v: When mobile app?": an AMA recap's question from
      // the audience under the handle that sent it: the handle asks, and its label is no word of the question.
      const relayed = asked.includes('@') || asked.includes('u/') ? RELAYED_HANDLE_QUESTION().exec(asked.trim()) : null;
      // Under "Questions from Senator Margaret Hollis" (written questions for the record), she asks.
      const askedBy = voted ? voted.asker : relayed ? relayed[1]! : section ? questionerOfSection(section) : null;
      turns.push({ key: null, speaker: askedBy, asker: true, answerRole: false, lines: [i], parts: [relayed ? relayed[2]! : asked.trim()], partLines: [i], section, block, ...(bold ? { chairs: true } : {}), ...(voted?.role ? { role: voted.role } : {}) });
      current = null;
      continue;
    }
    // A labelled Q&A that sets some questions in bold with no label ("**The Dispatch:** How bad was
    // it?" / "**Carvalho:** It worked…" / "**Was that the turning point?**" / "Partly. …"): the bold
    // question alone between blank lines is the asking side's, under its label, and the paragraphs
    // under it are the answering side's, the voice that answered last.
    const lastAsker = !wrapsOn && current && !current.asker && current.key !== null && !nextIsTurn && !inMessage && !lines[i - 1]!.trim() && !(lines[i + 1] ?? '').trim() && WHOLLY_BOLD_QUESTION().test(raw) ? otherLabelledVoice(turns, current, block) : undefined;
    if (lastAsker && current) {
      turns.push({ key: lastAsker.key, speaker: lastAsker.speaker, asker: lastAsker.asker, answerRole: false, lines: [i], parts: [asked.trim()], partLines: [i], section, block, role: lastAsker.role ?? null });
      answerAt = next;
      answersBoldQuestion = { key: current.key, speaker: current.speaker, asker: false, answerRole: current.answerRole, lines: [], parts: [], partLines: [], section, block, role: current.role ?? null };
      current = null;
      continue;
    }
    // "(Recess taken at 10:15 a.m.)", "(The briefing was concluded.)": a note in brackets that is a
    // sentence records what happened in the room. It is nobody's words: it ends the turn and is
    // read as narrative, so search finds it and no speaker is credited with it.
    // A rundown's block cue in braces ("{***SOT***}", "{***ANCHOR ON CAM***}") starts another element: read, nobody's.
    if (isBracketedSentence(raw.trim(), 2) || BLOCK_CUE().test(raw)) {
      narrative.push({ idx: i, section });
      current = null;
      // A recess ("(Recess taken.)", "(Whereupon, a luncheon recess was taken.)") parts the record in
      // time: one speaker's turns either side of it ("We are going off the record." / "We are back on
      // the record.") are two turns, and nothing pairs across it.
      if (RECESS_NOTE().test(raw)) block++;
      continue;
    }
    // An answer set as a Markdown blockquote under its question ("**Q: …**" / "> More than 250
    // since 2018."): the marks are markup, the words the turn's. Not in a thread or a chat, where a
    // message's blockquote quotes another message ("> Can you run with …"), no words of its own.
    const quoted = !!current && !thread && !stampedChat && !opener?.thread && raw.charCodeAt(raw.search(/\S/)) === 0x3e && BLOCKQUOTE_LINE().test(raw);
    let text = stripInlineNotes((quoted ? raw.replace(BLOCKQUOTE_MARK(), '') : raw).trim());
    // A bold turn the page wrapped ("**Q: Your rival was fined in 2023" / "over safety. Are you safer?**"):
    // the marks closing it are markup, no words.
    if (current && current.lines.length === 1 && BOLD_OPENED().test(lines[current.lines[0]!]!.trim()) && BOLD_CLOSE_AT_END().test(text)) text = text.slice(0, -2).trimEnd();
    if (!text) {
      b.mark(i, quoted ? 'markup' : 'direction'); // only notes: "[inaudible 00:01:46] [crosstalk]"
      continue;
    }
    // Read as narrative, no part of the turn above: a callout ("> ⚠️ Legal note: …", "> [!NOTE]",
    // a Notion or GitHub note set in a blockquote and opened by an emoji or a tag: the page's); and,
    // in an interview in dialogue dashes (every turn opens with its dash), a paragraph set off by a
    // blank line without one: the writer's narration, not the last answer.
    const callout = raw.charCodeAt(0) === 0x3e && CALLOUT().test(raw);
    // So is a Korean paragraph set off by a blank line that reports someone's words as news does ('…"라고 말했다.').
    const setOff = !!current && current.lines.length > 0 && i > current.lines[current.lines.length - 1]! + 1;
    // So is a pull quote set in an answer as a blockquote of its own ("> "If the breakwater goes, …,"
    // she told the council last year."): words the interviewee said elsewhere, reported in the third
    // person, no part of the answer to the question (an answer itself in a blockquote goes on in one).
    const pulled = quoted && setOff && !BLOCKQUOTE_LINE().test(lines[current!.lines[current!.lines.length - 1]!]!) && REPORTED_PULL_QUOTE().test(text);
    // So is a research session's note set in a blockquote under an answer ("> Observation: P1
    // completed the task in 48 seconds."): the note-taker's, keyed as a note, no words of the answerer.
    const noted = quoted && setOff && !BLOCKQUOTE_LINE().test(lines[current!.lines[current!.lines.length - 1]!]!) && NOTE_KEY_OPENING().test(text);
    if (callout || pulled || noted || (setOff && labelAt(current!.lines[0]!)?.style === 'change' && DIALOGUE_LINE().test(lines[current!.lines[0]!]!)) || (setOff && reportsInKorean(text))) {
      narrativeFirst = i;
      narrative.push({ idx: i, section });
      current = null;
      continue;
    }
    // A minutes' entry under an answer ("Action: Kerry Walsh to publish a map …", "RESOLVED: …"): the
    // note-taker's record of what was decided, no words of the answerer; it ends the turn, read as narrative.
    // (Only the keys of what was decided: "Second:", "Present:" may be a street poll's voices.)
    const minuteEntry = !!current && !labelAt(i) && !!scan.at[i] && MINUTE_ENTRY_KEYS().test(scan.at[i]!.key);
    if (current && (minuteEntry || outOfIndentedTurn(lines, current, i) || insetUnderRunInTurn(lines, current, i) || recordsOwnMinute(lines, current, i) || opensDivision(lines, i) || resumesNumbering(lines, current, i) || (stampLedLog && opensWithClockStamp(raw)))) current = null;
    if (current) {
      const prev = current.parts.length - 1;
      current.lines.push(i);
      // A hard-wrapped line (the one above ends no sentence, this one starts in lowercase)
      // continues that paragraph: "We raised" / "our first ten million…" is one sentence.
      // Across a page break too: "… for the Harlan" / "Page 15" / "account?".
      const above = current.lines[current.lines.length - 2]!;
      const adjacent = above === i - 1 || acrossPageBreak(lines, above, i, (k) => stampFurniture.has(k));
      if (prev >= 0 && ((adjacent && !endsLikeSentence(current.parts[prev]!) && /^\p{Ll}/u.test(text)) || hangs || (adjacent && wrappedLabels.has(i)) || (wrapsOn && TITLE_AT_END().test(current.parts[prev]!)) || numberedGoesOn)) {
        current.parts[prev] += ' ' + text;
        continue;
      }
      current.parts.push(text);
      current.partLines.push(i);
    } else if (answersBoldQuestion && i === answerAt) {
      current = answersBoldQuestion;
      answersBoldQuestion = null;
      current.lines.push(i);
      current.parts.push(text);
      current.partLines.push(i);
      turns.push(current);
    } else {
      if (narrativeHangs) hangingNarrative.add(i);
      else narrativeFirst = i;
      narrative.push({ idx: i, section });
    }
  }

  // Zoom's reply echo opening a saved-chat message ('Replying to "the 2.3 is the 2022 estimate...":')
  // quotes the message answered, cut short: no words of the sender. It is how the words are given,
  // the record's context, where search still finds it.
  for (const turn of turns) {
    const head = turn.lines[0];
    if (head === undefined || !turn.parts.length || !SAVED_CHAT_HEADER().test(lines[head]!)) continue;
    const echo = REPLY_ECHO().exec(turn.parts[0]!);
    if (!echo) continue;
    turn.context = echo[1]!.trim();
    const words = turn.parts[0]!.slice(echo[0].length).trim();
    if (words) turn.parts[0] = words;
    else if (turn.parts.length > 1) {
      turn.parts.shift();
      turn.partLines.shift();
    } else continue;
  }

  // A chat message whose only line was the app's (a reaction, a placeholder) leaves its header
  // with no words: no turn, and its header is markup like the line below it.
  for (let t = turns.length - 1; t >= 0; t--) {
    const turn = turns[t]!;
    if (turn.parts.length || turn.lines.length !== 1 || !scan.at[turn.lines[0]!]) continue;
    const k = nextContent(lines, turn.lines[0]! + 1, lines.length, b);
    const below = nextNonBlankLine(lines, turn.lines[0]! + 1);
    if (below < lines.length && b.isMarked(below) && (k < 0 || labelAt(k))) {
      b.mark(turn.lines[0]!, 'markup');
      turns.splice(t, 1);
    }
  }
  // A tool's footer or the show's credits under the last turn ("Transcription ended after
  // 00:07:12", "Sonix has automatically transcribed this file.", "*Produced by …*"): no words of
  // the last speaker's. They are read as narrative, nobody's, so search still finds them.
  const lastTurn = turns[turns.length - 1];
  // A line under the last turn is narrative, nobody's, unless it is one of the recording's own
  // fields ("Total duration: 00:03:12"): header metadata, as at the top (recordingFieldLine).
  const readAfterLastTurn = (k: number, sec: string | null) => {
    if (isRecordingFieldLine(lines[k]!)) b.mark(k, 'metadata');
    else narrative.push({ idx: k, section: sec });
  };
  // "[END OF CALL]", "(END OF RECORDING)" under the last words: the transcript's end. A clerk's
  // certification below it ("Certified true and accurate copy. K. Alvarez, 08/03/2023") is nobody's talk.
  let from = -1;
  if (lastTurn && lastTurn.lines.length >= 2)
    for (let k = lastTurn.lines[0]! + 1, last = lastTurn.lines[lastTurn.lines.length - 1]!; k <= last && from < 0; k++)
      // The closing minute may be the record's last line.
      if (k < last ? isEndOfTranscript(lines[k]!) : MEETING_ROSE().test(lines[k]!.trim())) from = k;
  if (lastTurn && from >= 0) {
    // A record's closing minute ("The meeting rose at 12.40 p.m.") is words of the record's own: narrative too.
    const minute = MEETING_ROSE().test(lines[from]!.trim());
    // So is an end line set between dashes with words of its own ("— End of transcript (partial, first 3 minutes) —").
    const dashedEnd = /^\s*[—–-]/.test(lines[from]!);
    for (const k of lastTurn.lines) if (k > from || ((minute || dashedEnd) && k === from)) readAfterLastTurn(k, lastTurn.section);
    lastTurn.lines = lastTurn.lines.filter((k) => k < from);
    const keep = lastTurn.partLines.findIndex((k) => k >= from);
    if (keep >= 0) {
      lastTurn.parts.length = keep;
      lastTurn.partLines.length = keep;
    }
  }
  // A transcription tool's promotion under the last turn (a free plan's "Automatically convert your
  // audio files to text with …" paragraphs): the vendor's boilerplate, like its "Transcribed by" line.
  const promo = lastTurn ? promotionStart(lines, lastTurn.partLines, lastTurn.parts) : -1;
  if (lastTurn && promo > 0) {
    const from = lastTurn.partLines[promo]!;
    for (const k of lastTurn.lines) if (k >= from && lines[k]!.trim()) b.mark(k, 'metadata');
    lastTurn.lines = lastTurn.lines.filter((k) => k < from);
    lastTurn.parts.length = promo;
    lastTurn.partLines.length = promo;
  }
  if (lastTurn && lastTurn.parts.length >= 2) {
    let cut = lastTurn.parts.length;
    while (cut > 1 && isFooter(lines, lastTurn.partLines[cut - 1]!, lastTurn.parts[cut - 1]!)) cut--;
    // The room's applause closing the event, then a paragraph in neither the first nor the second person
    // ("[applause]" / "The Salt Orchard opens in UK cinemas on 14 November 2025."): the page's note, the
    // last speaker done.
    if (cut === lastTurn.parts.length && closingNoteUnderApplause(lines, lastTurn.partLines[cut - 1]!, lastTurn.parts[cut - 1]!)) cut--;
    // The page's notes under the interview ("※本記事の内容は取材時点のものです。") are the publication's, not its writer's.
    for (let k = cut; k < lastTurn.parts.length; k++) pageNotes.add(lastTurn.partLines[k]!);
    // An interview whose every turn is one paragraph (four or more turns): a paragraph set off by a
    // blank line under the last one, not in the first person, is the writer's closing narration
    // ("허이는 인터뷰 말미에 "…"고 말했다.", "A Binance comprou …"), not the last answer going on, and
    // neither is what follows it when none of it is in the first person (a photo's caption, a list
    // of related links: "(फोटो: …)" / "ये भी पढ़ें:" / "• …").
    // So too a news story's box of questions and answers set among its paragraphs (a story of three
    // paragraphs or more above the first label, "Q: How much does a unit cost?" / "A: Between …"),
    // however few its turns: the story resumes under the box's last answer. First person inside a
    // quotation is the quoted person's ("\"I will be late again,\" she said."), no answerer's going on.
    const boxed = turns.length >= 2 && storyParagraphsAbove(lines, turns[0]!.lines[0]!) >= 3;
    if ((turns.length >= 5 || boxed) && turns.slice(0, -1).every((t) => t.parts.length <= 1)) {
      for (let k = 1; k < cut; k++) {
        if (lines[lastTurn.partLines[k]! - 1]?.trim() || lastTurn.parts.slice(k, cut).some((p) => FIRST_PERSON().test(outsideQuotations(p)))) continue;
        cut = k;
        break;
      }
    }
    // A write-up's labelled exchange, then its narration again: a paragraph set off by a blank line
    // that names the last speaker in the third person ("HE YI: …" / "… He Yi declined to comment …")
    // is the writer's, and so is all that follows it.
    if (lastTurn.speaker) {
      const names = namesOfLabel(lastTurn.speaker, b.input.registry.resolve(lastTurn.speaker));
      for (let k = 1; k < cut; k++) {
        const part = lastTurn.parts[k]!;
        if (!lines[lastTurn.partLines[k]! - 1]?.trim() && !FIRST_PERSON().test(part) && names.some((n) => namesInText(part, n))) {
          cut = k;
          break;
        }
      }
    }
    if (cut < lastTurn.parts.length) {
      const from = lastTurn.partLines[cut]!;
      for (const k of lastTurn.lines) if (k >= from) readAfterLastTurn(k, lastTurn.section);
      lastTurn.lines = lastTurn.lines.filter((k) => k < from);
      lastTurn.parts.length = cut;
      lastTurn.partLines.length = cut;
    }
  }
  // A log's last entry, a label with no words under it to the end ("23:00:00  LEGAL ID"): no voice
  // speaks there (nor is it the one guest who answers); its line is read as narrative.
  const tail = turns[turns.length - 1];
  if (tail && !tail.parts.length && tail.key !== null && !tail.answerRole && tail.lines.length === 1 && nextContent(lines, tail.lines[0]! + 1, lines.length, b) < 0) {
    turns.pop();
    narrative.push({ idx: tail.lines[0]!, section: tail.section });
  }
  // A question heading with nothing under it before the next heading: no answer turn.
  for (let t = turns.length - 1; t >= 0; t--) if (!turns[t]!.lines.length) turns.splice(t, 1);
  // "答：" with nothing under it (the question went unanswered): a label with no words answers nothing.
  for (let t = turns.length - 1; t >= 0; t--) {
    const turn = turns[t]!;
    if (turn.parts.length || turn.lines.length !== 1 || !turn.answerRole) continue;
    b.mark(turn.lines[0]!, 'markup');
    turns.splice(t, 1);
  }
  relayedUnderHostLabel(turns);
  splitUnlabelledAnswers(turns);
  answersUnderQuestions(turns, lines);
  slatedAnswerers(turns, lines);
  nameExcerptWitness(turns, lines, scan.at, registry);
  creditInterpreters(turns, interpreterLetterKeys(lines, scan.at));
  dropDirectionTurns(turns, (k) => scan.at[k]?.rest ?? '', b);
  // A speech under one label answers nobody: each of its paragraphs is a quote of its own, cited by its lines.
  if (scan.sole) turns.splice(0, turns.length, ...turns.flatMap(paragraphTurns));
  // A newscast saved as plain text (">>" turns, no cue timings): its hand-off, lead-ins and
  // sign-off name its voices as its captions' do (newscast.ts).
  newsPackageVoices(turns);
  const sides = writeUpSides(turns, narrative, lines, meta, hostNames);
  const firstTurnLine = turns[0]?.lines[0] ?? 0;
  const labelSpeakers = emitConversation(b, turns, { meta, registry, narrator, warnUnknown: declaresSpeakers(meta), sides, chat: stampedChat || stampedSenders || isChatLog(lines, scan.at), messages: messageHeaders, headerPeople: interviewedPerson(lines, firstTurnLine), headerGuest: headerInterviewee(lines, firstTurnLine), fieldGuest: interviewedPerson(lines, firstTurnLine)[0] ?? participantCode(lines, firstTurnLine) });
  // No front matter to name the guest: the one named speaker who answers is.
  if (!guest && meta.speakers.length === 0) {
    const answering = new Set(turns.filter((t) => !t.asker && t.speaker && !t.answerRole).map((t) => t.speaker!));
    if (answering.size === 1) guest = registry.resolve([...answering][0]!) ?? [...answering][0]!;
  }

  // Pass 3: narrative outside the turns. A list of bullets above an interview with one
  // guest, most of them in the first person, is a list of that guest's sayings
  // ("Highlights & Key Insights"): every bullet in it is the guest's quote.
  const state = newAttributionState(registry, guest);
  // Minutes' attendance block names in full the people "Mr. Hale" and "Trustee Cho" are in the narrative.
  noteAttendance(state, readAttendance(lines, b.input.body));
  const bullets = narrative.filter((n) => isBulletItem(lines, n.idx));
  const sayings = bullets.length >= 3 && bullets.filter((n) => isFirstPersonSingular(lines[n.idx]!)).length * 2 > bullets.length;
  // A paragraph of narrative hard-wrapped over several lines (a profile above its Q&A sidebar) is
  // read whole: a line goes on in the next when that starts in lowercase or this stops on "of", "the"….
  // AsciiDoc, LaTeX and reST quotation blocks among the narrative, by their first line.
  const markupQuotes = narrative.length ? new Map(quoteBlocks.map((q) => [q.first, q])) : new Map<number, MarkupQuote>();
  const openingParagraph = guest ? openingStatement(narrative, lines, firstTurn) : null;
  // A host's welcome that introduces the guest ("This week I talk with NAME, who has tracked …")
  // opens no statement of the guest's: the page's paragraphs after it are not the guest's either.
  const opening = openingParagraph && !introducesPerson(lines[openingParagraph.idx]!, guest!) ? openingParagraph : null;
  // Whether the header's programme field names the guest as the one giving the talk ("Speaker: Marisol
  // Kettleborough, Principal Engineer"): the text between the opening and the first question is the talk.
  const giverField = guest ? lines.slice(0, firstTurn).findIndex((l) => TALK_GIVER_FIELD().test(l) && (registry.resolve(listingHolder(l) ?? '') ?? listingHolder(l)) === guest) : -1;
  // (the talk opens on its first paragraph in the first person under that field, "Hi everyone. … I'm Marisol")
  const talkStart = giverField >= 0 ? (narrative.find((n) => n.idx > giverField && n.idx < firstTurn && isFirstPersonSingular(lines[n.idx]!))?.idx ?? -1) : -1;
  /** the quote a quotation left open at the end of the last paragraph goes on in (see runsOn below) */
  let carried: DraftRecord | null = null;
  let lastSection: string | null | undefined;
  for (let n = 0; n < narrative.length; n++) {
    const { idx, section: sec } = narrative[n]!;
    const raw = lines[idx]!;
    // A new section's narrative (a report's "1.15.1 Commander's interview" under a recorder's rows): its
    // "he said" means no one named only above the heading, as in a page of prose.
    if (lastSection !== undefined && sec !== lastSection && sec !== null) startSection(state);
    lastSection = sec;
    // (Only the paragraph right under it goes on in it: any other reading below ends it.)
    const carriedIn: DraftRecord | null = carried;
    carried = null;
    const blockQuote = markupQuotes.get(idx);
    if (blockQuote && !b.isMarked(idx)) {
      addMarkupQuote(b, blockQuote, state, sec, narrator);
      while (n + 1 < narrative.length && narrative[n + 1]!.idx <= blockQuote.last) n++;
      continue;
    }
    let last = idx;
    // A paragraph set as a blockquote ("> Spoke with Solveig Halvorsen by phone …", a callout's
    // "> [!info] Context" over it): its marks and the callout's tag are markup, its words the paragraph.
    const unquoted = (k: number) => (lines[k]!.charCodeAt(0) === 0x3e ? lines[k]!.replace(BLOCKQUOTE_MARK(), '').replace(CALLOUT_TAG(), '') : lines[k]!);
    // (A script's copy cue is the script's mark, no word of the copy.)
    let joined = scriptCopy.has(idx) ? lines[idx]!.replace(SCRIPT_COPY_CUE(), '') : unquoted(idx);
    // A video's transcript stamps its caption lines ("0:00" on a line of its own): a sentence the
    // stamp cuts ("When I was at the ministry in 2019" / "1:36" / "we heard the same argument") goes on under it.
    const acrossStamp = (k: number) =>
      narrative[n + 1]!.idx === k + 2 && isLoneTime(lines[k + 1]!) && !endsLikeSentence(lines[k]!) && /^\s*\p{Ll}/u.test(lines[k + 2]!);
    while (
      n + 1 < narrative.length &&
      (narrative[n + 1]!.idx === last + 1 || acrossStamp(last)) &&
      narrative[n + 1]!.section === sec &&
      (narrative[n + 1]!.idx !== last + 1 ||
        hangingNarrative.has(last + 1) || (!endsLikeSentence(lines[last]!) && (/^\s*\p{Ll}/u.test(lines[last + 1]!) || endsOnOpenWord(lines[last]!) || cutAtWidth(lines[last]!, last > idx))) || signsQuoteAbove(lines, last) || wrappedBlockGoesOn(lines, last)) &&
      !isBulletItem(lines, last) &&
      !isBulletItem(lines, narrative[n + 1]!.idx)
    ) {
      n++;
      last = narrative[n]!.idx;
      joined += ' ' + unquoted(last).trim();
    }
    if (!joined.trim()) {
      b.mark(idx, 'markup');
      continue;
    }
    // A Markdown heading's marks ("# I'm … Ask me anything!") are the page's syntax, no words.
    // A table's row ("| CZ | "Yi built the brand…" |"): its cells, as a prose page's row is read.
    const row = raw.charCodeAt(raw.search(/\S/)) === 0x7c && last === idx ? tableRowText(raw) : null;
    const text = row ?? withoutEmphasis(stripBullet(withoutClosingHashes(joined.replace(/^\s{0,3}#{1,6}\s+(?=\S)/, '')))).trim();
    // An "I" only inside a quotation the paragraph gives ("She reports: "When I asked…"") is the quoted person's, not the guest's.
    // A paragraph that is one quotation and nothing else (a pull quote) still speaks for the guest.
    // Nor is the writer's introduction that names the guest and speaks of them in the third person
    // ("Kemi Oduya founded Paylane in 2017 … I spoke with her in April"): the "I" is the interviewer's.
    const introducesGuest = !!guest && introducesPerson(text, guest);
    const saying = row === null && ((isFirstPersonSingular(text) && firstPersonOutsideQuotations(text) && !introducesGuest) || (sayings && isBulletItem(lines, idx)));
    // A briefing's announcements under their headings, between the briefer's "Good afternoon. I'll
    // start with …" and the first question, go on with the briefer's opening statement.
    // Not a page's own summary of its guest ("As a co-founder of Binance, He Yi is …"): the briefer never names herself.
    // So does a talk's body under its slide cues ("[Slide 7]" / "So what did we do? …") where the header
    // gives the programme's one speaker ("Speaker: NAME, …") and that speaker answers the Q&A below.
    const stated = ((!!opening && idx > opening.idx && sec !== null && sec !== opening.section) || (talkStart >= 0 && idx > talkStart)) && idx < firstTurn && !namesPerson(text, guest!);
    if (guest && (saying || stated) && !isQuestionParagraph(text)) {
      // "I feel I grew up…" above an interview with one guest is that guest speaking.
      b.add({ type: 'quote', text, speaker: guest, section: sec }, idx, last);
      narrate(b, text, newAttributionState(registry, guest), { section: sec, narrator, firstIdx: idx, lastIdx: last, claims: false });
      continue;
    }
    // A quotation run over paragraphs, as news sets one ("I did not sleep. … That feeling never goes
    // away." / "\"I think it made me a better scientist. …\""): the paragraph leaves its quotation
    // open and the next, in the same section, opens with a mark. Read closed where the paragraph ends,
    // and the next paragraph's opening quotation goes on in the same quote, as prose reads it.
    const following = narrative[n + 1];
    const runsOn = row === null && !!following && following.idx > last + 1 && following.section === sec && /^\s*[“"«]/.test(lines[following.idx]!) && leavesQuoteOpen(text);
    const mark = runsOn ? closingMarkFor(text) : undefined;
    const before = b.records.length;
    const { records, rhetorical } = narrate(b, text + (mark ?? ''), state, { section: sec, narrator: storyEnd > firstTurn && idx > storyEnd ? null : pageNotes.has(idx) ? (meta.publisher ?? null) : narrator, firstIdx: idx, lastIdx: last, continueQuote: carriedIn, appendedMark: mark, ...(row !== null ? { keepSelfQuotes: true } : {}) });
    if (records === 0 && rhetorical) for (let k = idx; k <= last; k++) b.mark(k, 'rhetorical');
    const made = b.records.slice(before);
    const lastQuote: DraftRecord | null = [...made].reverse().find((r) => r.type === 'quote') ?? (made.length === 0 ? carriedIn : null);
    carried = runsOn && lastQuote ? lastQuote : null;
  }
  // A person card's "In his words: "…"" field read as narrative: the card's person's words.
  if (input.body.includes(' words:')) creditCardQuotes(lines, b.records, (k) => b.fileLine(k));
  if (coded) {
    codeTopics(b.records, coded, (k) => b.fileLine(k));
    for (const [k, memos] of coded.memos) for (const memo of memos) b.add({ type: 'claim', text: memo, speaker: null, section: null }, k);
  }
  sameTwoWordNames(b.records, labelSpeakers);
  // A second tab's title line above the turns, the document's title with its last part another
  // (Gemini's notes over the Meet transcript: "Call with Ana - 2024/05/21 14:58 CEST - Notes by
  // Gemini" on top, "Call with Ana - 2024/05/21 14:58 CEST - Transcript" over the turns): the same
  // title, the export's furniture, no heading and no claim.
  for (let i = 1; i < firstTurn && i < 200; i++) if (b.kinds[i] === 'heading' && isTitleTwin(lines[i]!, meta.title)) b.mark(i, 'metadata');
  creditLines(b, firstTurn);
  if (!thread) keepHeaderFields(b, firstTurn, firstContent, cover);
  // A forum topic's posts, each dated by its header ("Mar '24"): its records are of its year, not the page's.
  if (thread) datePostsByHeader(b, forumPostYears(lines));
  // An email thread's messages, each dated by its own header or "On …, NAME wrote:" line: a reply of
  // 6 March quoting one of 5 March and one of 4 March holds words said on three days.
  if (quoted !== unnumbered) dateMessagesByTurn(b, emailTurnDays(quoted));
  // A news database's export of broadcast transcripts, each article with its own header (exports.ts).
  const articles = mayBeDatabaseExport(input.body) || mayBePastedClippings(input.body) ? readDatabaseExport(b, lines) : 0;
  // An X thread's numbered posts ("1/ …", "2/ …") under one header: each its own record (xthread.ts).
  if (thread && mayBeNumberedThread(input.body)) splitNumberedThreads(b, lines);
  // (The header's reading takes a running head over the first page for a heading: it is the page's.)
  for (const k of runningLines) if (b.kinds[k] === 'heading') b.mark(k, 'metadata');
  // A notice's answers under "the Harbour Master has answered the questions below", signed at its foot (authors.ts).
  creditAnsweringSigner(b, lines);
  return { ...b.result('transcript'), labelSpeakers, ...(coded ? { textLines: coded.text } : {}), ...(articles ? { articles } : {}) };
}

/**
 * A paragraph hard-wrapped at a width (an opinion's prose around a quoted Q./A. excerpt): the line
 * runs to the width of its block (as every line of the block but its last does), as indented as
 * the line under it, the block is three lines or more, and most of its lines stop mid-sentence (no
 * list of one sentence a line, no log of stamped lines). Where the line stops on a period ("… recklessness. Tellabs, Inc." / "v. Makor …") the
 * paragraph still goes on: read whole, as prose reads it, a sentence is not cut at its line's end.
 */
function wrappedBlockGoesOn(lines: readonly string[], at: number): boolean {
  const line = lines[at]!;
  const next = lines[at + 1];
  if (!next?.trim()) return false;
  const indent = line.search(/\S/);
  if (next.search(/\S/) !== indent) return false;
  const width = line.trim().length;
  if (width < 60) return false;
  let first = at;
  while (first > 0 && lines[first - 1]!.trim() && lines[first - 1]!.search(/\S/) === indent) first--;
  let last = at + 1;
  while (last + 1 < lines.length && lines[last + 1]!.trim() && lines[last + 1]!.search(/\S/) === indent) last++;
  if (last - first < 2) return false;
  let widest = 0;
  // Wrapped, not a sentence a line: most of the block's lines (its last aside) stop mid-sentence.
  let cut = 0;
  for (let k = first; k <= last; k++) {
    widest = Math.max(widest, lines[k]!.trim().length);
    if (k < last && !endsLikeSentence(lines[k]!)) cut++;
  }
  // Every line but the block's last runs to the width: a wrapped paragraph, no header or log.
  for (let k = first; k < last; k++) if (lines[k]!.trim().length < widest * 0.85) return false;
  return width >= widest * 0.85 && cut * 2 > last - first;
}

/**
 * A line of a paragraph already wrapped over lines that stops on a lowercase word at the width
 * ("… each below" / "GBP 50m in revenue."), or any long line that stops on a comma: the sentence
 * goes on in the next line, whatever its first letter.
 */
function cutAtWidth(line: string, inParagraph: boolean): boolean {
  const t = line.trim();
  if (t.length < 60) return false;
  // A long line stopping on a comma ("… is Devika Sandhu," / "Lumen's CFO, who …") leaves its clause
  // open whatever the next line starts with: no title or heading ends on one.
  if (/\p{L},$/u.test(t)) return true;
  return inParagraph && /\p{Ll}$/u.test(t);
}

/** The ways a text names a label's speaker: the label in title case ("HE YI" → He Yi), the registered name, its surname. */
function namesOfLabel(label: string, resolved: string | null): string[] {
  const titled = label.trim().toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
  const names = [titled];
  if (resolved) {
    names.push(resolved);
    const surname = resolved.split(/\s+/).pop()!;
    if (surname.length >= 3 && surname !== resolved) names.push(surname);
  }
  return names.filter((n) => /^\p{Lu}/u.test(n));
}

/** The name stands in the text as a word of its own, written as a name (case kept). */
function namesInText(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = text[at + name.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/**
 * Where a transcript's one answering voice opens with a statement before any labelled turn: the
 * first unlabelled paragraph above the first turn that speaks in the first person ("Good
 * afternoon. I'll start with Sudan."); null when there is none. (The header above it is no part of it.)
 */
function openingStatement<T extends { idx: number }>(narrative: readonly T[], lines: readonly string[], firstTurn: number): T | null {
  const first = narrative.find((n) => n.idx < firstTurn && isFirstPersonSingular(lines[n.idx]!));
  // A paragraph of its own, blank lines around it: not a pull quote set under the title.
  return first && first.idx > 0 && !lines[first.idx - 1]!.trim() && !lines[first.idx + 1]?.trim() ? first : null;
}

/**
 * The writer's words introducing a person in the third person: the name, and a pronoun for them
 * ("… I spoke with her in April") or a relative clause right after it ("I talk with Dale Whitcombe,
 * who has tracked …"). Whoever says "I" there is not that person.
 */
function introducesPerson(text: string, name: string): boolean {
  // (by the first name too, as a writer who labels the guest by it writes: "I visited Ines at her foundry")
  const first = name.split(/\s+/)[0]!;
  if (!namesInText(text, name) && !(first.length >= 3 && first !== name && namesInText(text, first))) return false;
  const outside = text.replace(QUOTED(), '');
  if (THIRD_PERSON().test(outside)) return true;
  for (let at = outside.indexOf(name); at >= 0; at = outside.indexOf(name, at + 1)) if (NAME_THEN_WHO().test(outside.slice(at + name.length, at + name.length + 8))) return true;
  return false;
}
/** A relative clause on a person right after the name: ", who has …". */
const NAME_THEN_WHO = lazy(() => /^,?\s+who\b/);

/** Whether the text writes any word of the person's name ("He Yi shares …"). */
function namesPerson(text: string, name: string): boolean {
  return name.split(/\s+/).some((w) => w.length > 1 && hasWholeWord(text, w));
}

/**
 * A two-word name its labels write in one order and a quotation's attribution in the other
 * ("He Yi (00:45):" and "— Yi He (12:14)") is one person, as the registry reads two-word names
 * whatever their order: the label's spelling, where the registry knows neither.
 */
function sameTwoWordNames(records: DraftRecord[], labelled: readonly string[]): void {
  const byReversed = new Map<string, string>();
  for (const n of labelled) {
    const w = n.split(' ');
    if (w.length === 2) byReversed.set(`${w[1]} ${w[0]}`, n);
  }
  if (!byReversed.size) return;
  for (const r of records) {
    const s = r.speaker && !labelled.includes(r.speaker) ? byReversed.get(r.speaker) : undefined;
    if (s) r.speaker = s;
    const a = r.asker && !labelled.includes(r.asker) ? byReversed.get(r.asker) : undefined;
    if (a) r.asker = a;
  }
}

/** The text speaks as "I" outside its quotations, or is one quotation and nothing else (a few words of frame aside). */
function firstPersonOutsideQuotations(text: string): boolean {
  let out = text;
  for (const q of findQuoteSpans(text)) out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  return wordCount(out) < 3 || isFirstPersonSingular(out);
}

/** A sign-off line: a dash, then who said it and where or when ("-- CHANGPENG ZHAO, ON X", "— Yi He, Binance Blockchain Week, 2022", "― Ana Ruiz"). */
const SIGN_OFF = lazy(() => /^\s*(?:—|―|–|--)\s*\p{Lu}[^“”"«»—―–]{0,80}$/u);
/** A quotation standing whole on a line of its own. */
const WHOLE_QUOTATION = lazy(() => /^\s*(?:"[^"]+"|“[^“”]+”|«[^«»]+»)\s*$/u);

/**
 * Line `at + 1` signs the quotation that stands whole on line `at` (a rundown's full-screen quote,
 * a page of quotations): the two lines are one paragraph, so the quote is the signer's and the
 * signature its context, as an epigraph's is.
 */
function signsQuoteAbove(lines: readonly string[], at: number): boolean {
  const next = lines[at + 1];
  if (next === undefined || !/^\s*[—―–-]/.test(next)) return false;
  return SIGN_OFF().test(next) && wordCount(next) <= 12 && WHOLE_QUOTATION().test(lines[at]!);
}

/**
 * A script's or a log's layout, the turn's words set in (six spaces or more): a line at the margin
 * below them (a screenplay's action or slugline, a program log's next stamped entry), or a
 * transition ("CUT TO:"), is the page's, no words of the turn.
 */
function outOfIndentedTurn(lines: readonly string[], turn: Turn, i: number): boolean {
  const first = turn.partLines[0];
  if (first === undefined || !/^ {6}/.test(lines[first]!)) return false;
  const raw = lines[i]!;
  if (TRANSITION().test(raw)) return true;
  // "THE VIDEOGRAPHER: We are going off the record at" / "11:42 a.m.": the words above stop mid-sentence and go on.
  const last = turn.parts[turn.parts.length - 1];
  return /^[\p{Lu}\d]/u.test(raw) && (last === undefined || endsLikeSentence(last));
}
/**
 * A record set in run-in paragraphs, each turn's first line indented a little ("  Mr. BRANDT. Mr.
 * President, I…", its wrapped lines at the margin, as the Congressional Record prints them): a block
 * after a blank line set in deeper than that, every line of it (a letter or a bill printed in the
 * Record, its "Exhibit 1" above it), is printed matter, no words of the turn above.
 */
function insetUnderRunInTurn(lines: readonly string[], turn: Turn, i: number): boolean {
  // A question heading's answer turn has no line of its own yet.
  const opening = turn.lines[0];
  if (opening === undefined) return false;
  const labelIndent = indentOf(lines[opening]!);
  if (labelIndent < 1 || labelIndent > 4 || lines[i - 1]?.trim() || indentOf(lines[i]!) < labelIndent + 2) return false;
  for (let k = i + 1; k < lines.length && lines[k]!.trim(); k++) if (indentOf(lines[k]!) <= labelIndent) return false;
  return true;
}
/**
 * The Record's own minute of what was done, a paragraph of its own in a record of run-in indented
 * turns: "  The legislative clerk proceeded to call the roll.", "  The amendment (No. 112) was agreed
 * to.", "  The result was announced--yeas 52, nays 48.". Said by no one: it ends the chair's turn above.
 */
const RECORD_MINUTE = lazy(() => /^ {1,4}The (?:(?:\p{Ll}+ ){0,3}clerk (?:proceeded|read|called|reported|resumed|continued)\b|(?:motion|amendment|bill|joint resolution|resolution|concurrent resolution|nomination|result|vote|conference report|cloture motion)\b(?: \(No\. \d{1,5}\))?[^.]{0,40}? (?:was|were) (?:agreed to|announced|rejected|confirmed|passed|adopted|ordered|laid on the table|considered|read)\b)/u);
function recordsOwnMinute(lines: readonly string[], turn: Turn, i: number): boolean {
  const opening = turn.lines[0];
  if (opening === undefined || !RECORD_MINUTE().test(lines[i]!)) return false;
  const labelIndent = indentOf(lines[opening]!);
  return labelIndent >= 1 && labelIndent <= 4 && indentOf(lines[i]!) === labelIndent;
}
/** A bracketed clock stamp opening the line: "[12:40] …", "[1:18:40] …". */
const OPENING_CLOCK_STAMP = lazy(() => /^\s*\[(?:\d{1,2}:)?\d{1,2}:\d{2}\]\s/);
function opensWithClockStamp(raw: string): boolean {
  return OPENING_CLOCK_STAMP().test(raw);
}
/**
 * How many labelled lines open with their own bracketed clock stamp ("[02:30] CZ: markets …"). In a
 * recap's timestamped notes every entry is one stamp; an unlabelled stamped entry ("[04:05] Tomás
 * agrees but pushes back …") is the note-taker's narration, no words of the speaker above.
 */
function stampLedLabelLines(lines: readonly string[], labelAt: (k: number) => ScannedLabel | null): number {
  let n = 0;
  for (let k = 0; k < lines.length && n < 2; k++) if (opensWithClockStamp(lines[k]!) && labelAt(k)) n++;
  return n;
}
/** A hearing record's note over a witness's written statement: "[The prepared statement of Ms. Ferreira follows:]". */
// "(?:\s*:)?\s*", not "\s*:?\s*": two runs of spaces side by side split a long run every way (quadratic).
const PREPARED_STATEMENT_NOTE = lazy(() => /^\s*\[(?:The )?(?:prepared|written|opening) statement of ([^\]:]{3,60}?) (?:follows|is as follows)(?:\s*:)?\s*\]\s*$/i);
/**
 * A line set centred in a hearing record's column ("                  Prepared Statement of Nadia
 * Patel"): far past the paragraph indent, short, no sentence. A statement's heading, not its words.
 */
function isCentredHeadingLine(line: string): boolean {
  const text = line.trim();
  return indentOf(line) >= 8 && text.length <= 60 && !endsLikeSentence(text);
}
/** The labelled speaker the note names, by the key of one of the speaker's turns ("Ms. Ferreira", any case). */
function preparedStatementOf(raw: string, at: readonly (ScannedLabel | null)[]): { key: string; speaker: string | null } | null {
  const named = PREPARED_STATEMENT_NOTE().exec(raw)?.[1]?.trim().toLowerCase();
  if (!named) return null;
  // The note names the witness as the labels do before they are resolved ("Ms. Ferreira" for
  // "Dana Ferreira"): the same key, or the surname after a title.
  const surname = named.replace(/^(?:mr|ms|mrs|miss|dr|prof|professor|senator|representative|hon)\.?\s+/, '');
  const keys = new Map<string, ScannedLabel>();
  for (const l of at) {
    if (!l) continue;
    const key = l.key.toLowerCase();
    if (key === named || key === surname || key.split(/\s+/).pop() === surname) keys.set(l.key, l);
  }
  if (keys.size !== 1) return null;
  const [label] = keys.values();
  return { key: label!.key, speaker: label!.speaker };
}

/**
 * A chamber's own record of a question put and its division, a paragraph of its own after the last
 * speech ("Question put and a division taken, with the following result—", "The house divided on the
 * amendment:", "Division No. 112", "AYES (11)", "Question thus negatived."): said by no one, with the
 * division lists below it. It ends the speech above; the record reads on as narrative.
 */
// Only the minute's own wording: "Question put to the residents in 2019 …", "The council divided the
// city into five wards …" open a member's paragraph and are the member's words.
const DIVISION_MINUTE = lazy(() => /^\s*(?:Question (?:put(?=\s+(?:and|accordingly|forthwith)\b|\s*[,.:;(—–-]|\s*$)|agreed to|negatived|thus (?:passed|negatived|agreed to)|resolved in the (?:affirmative|negative))\b|The (?:house|House|assembly|Assembly|council|Council|committee|Committee|senate|Senate) divided(?:\s+on\s+[^.;:,]{0,79}[^.;:,\s])?(?:\s*:|\.?\s*$)|Division No\.? ?\d|(?:AYES|NOES|Ayes|Noes|CONTENTS|NOT[- ]CONTENTS)(?: ?\(\d{1,3}\)| [—–-] ?\d{1,3})?\s*$)/);
/** A document's numbered paragraph at the margin: "6. The Harbour Master, …" (1: its number). */
const MARGIN_NUMBER = lazy(() => /^(\d{1,2})\.\s+\S/);
/**
 * Line `i`, set off by a blank line, goes on with the numbering of the paragraphs above the turn
 * ("5. Questions and answers" over a notice's Q. and A., then "6. The Harbour Master … said: …"): the
 * document's own next paragraph, no words of the last answer. No numbered line within the turn (an
 * answer's own list) may come between.
 */
function resumesNumbering(lines: readonly string[], current: Turn, i: number): boolean {
  const m = lines[i - 1]?.trim() ? null : MARGIN_NUMBER().exec(lines[i]!);
  if (!m || m[1] === '1') return false;
  const first = current.lines[0]!;
  for (let k = i - 1; k > first; k--) if (MARGIN_NUMBER().test(lines[k]!)) return false;
  for (let k = first - 1; k >= 0; k--) {
    const e = MARGIN_NUMBER().exec(lines[k]!);
    if (e) return Number(e[1]) === Number(m[1]) - 1;
  }
  return false;
}
function opensDivision(lines: readonly string[], i: number): boolean {
  return !lines[i - 1]?.trim() && DIVISION_MINUTE().test(lines[i]!);
}
const TRANSITION = lazy(() => /^\s*(?:[A-Z][A-Z' ]{0,20} TO:|FADE (?:IN|OUT)[.:]?|FADE TO BLACK\.?)\s*$/);

/** A person named with a title in running text: "Mr Kenji Mori", "Dr. Ana Ruiz". */
const TITLED_PERSON = lazy(() => /(?<![\p{L}])(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor)\.?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu);

/**
 * A court "Q." / "A." excerpt set in, indented, under a paragraph that ends in a colon and names
 * one person ("142. Mr Kenji Mori … testified …. On cross-examination he accepted that …:"): with
 * no sworn witness, the answers are that person's.
 */
function nameExcerptWitness(turns: Turn[], lines: readonly string[], at: readonly (ScannedLabel | null)[], registry: SpeakerRegistry): void {
  for (let t = 0; t < turns.length; t++) {
    const turn = turns[t]!;
    const first = turn.lines[0]!;
    if (turn.speaker !== 'A' || at[first]?.style !== 'court' || indentOf(lines[first]!) < 2) continue;
    // The excerpt's first line: back over its court turns to the first.
    let open = t;
    while (open > 0 && turns[open - 1]!.block === turn.block && at[turns[open - 1]!.lines[0]!]?.style === 'court') open--;
    let k = turns[open]!.lines[0]! - 1;
    while (k >= 0 && !lines[k]!.trim()) k--;
    if (k < 0 || !/:\s*$/.test(lines[k]!)) continue;
    let top = k;
    while (top > 0 && lines[top - 1]!.trim() && !at[top - 1]) top--;
    const paragraph = lines.slice(top, k + 1).join(' ');
    const named = new Set<string>();
    for (const m of allMatches(TITLED_PERSON(), paragraph)) named.add(registry.resolve(m[1]!) ?? m[1]!);
    for (const m of registry.mentions(paragraph)) named.add(m.name);
    if (named.size !== 1) continue;
    const witness = [...named][0]!;
    for (let u = open; u < turns.length && turns[u]!.block === turn.block && at[turns[u]!.lines[0]!]?.style === 'court'; u++) if (turns[u]!.speaker === 'A') turns[u]!.speaker = witness;
    t = Math.max(t, open);
  }
}

/** A paragraph opening on its number at the margin: "142. Mr Kenji Mori testified …". */
const NUMBERED_PARAGRAPH = lazy(() => /^\d{1,4}\.\s+\p{Lu}/u);

/** The margin a line's words start at (spaces; a tab as four). */
function indentOf(line: string): number {
  let n = 0;
  for (const c of line) {
    if (c === ' ') n++;
    else if (c === '\t') n += 4;
    else break;
  }
  return n;
}

/**
 * Line `at` opens a paragraph (a blank line above it) at the margin, two spaces or more left of a
 * turn's label line (`labelLine`): the turn was an excerpt set in, and ended. The margin is the
 * text's, wherever it stands: a page copied out of a PDF keeps the page's own left margin on every
 * line ("        (Evid. Hr'g Tr. 45:12–18.) Ellery, for his part, …" under "               A. Yes.").
 */
function leavesIndentedTurn(lines: readonly string[], labelLine: number, at: number): boolean {
  if (at === 0 || lines[at - 1]!.trim()) return false;
  const margin = indentOf(lines[at]!);
  if (margin + 2 > indentOf(lines[labelLine]!)) return false;
  if (margin === 0) return true;
  // Away from column 0, only after a turn whose words ended a sentence: a line-numbered page's
  // answer stopping mid-sentence at the page's foot ("MS. OKAFOR: It told them the network" /
  // "4" / "would grow, …") goes on below the page break, at the body's margin.
  let above = at - 1;
  while (above > labelLine && !lines[above]!.trim()) above--;
  return /[.?!:"”’)]$/.test(lines[above]!.trimEnd());
}

/** A verbatim record's closing minute: "The meeting rose at 12.40 p.m.", "(The sitting was adjourned at 5:05 pm)". */
const MEETING_ROSE = lazy(() => /^[[(]?the (?:meeting|sitting|session|hearing) (?:rose|closed|ended|adjourned|was (?:adjourned|closed)) at \d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?)?[\])]?\.?$/i);
/** A transcript's end mark: "[END OF CALL]", "(End of recording)", "END OF TRANSCRIPT", in brackets or capitals; or the closing minute. */
function isEndOfTranscript(raw: string): boolean {
  const s = raw.trim();
  if (s.length <= 60 && /^[[(]?the /i.test(s) && MEETING_ROSE().test(s)) return true;
  // "— End of transcript (partial, first 3 minutes) —": the end set between dashes, as a bracket sets it.
  if (s.length <= 90 && /^[—–-]{1,3}\s*end of\s.*\S\s*[—–-]{1,3}$/i.test(s)) return true;
  if (s.length > 60 || !/^[[(]?\s*end of\s/i.test(s)) return false;
  return /^\[[^\]]+\]$|^\([^)]+\)$/.test(s) || (s === s.toUpperCase() && wordCount(s) <= 6);
}

/** A tool or a transcript speaking of itself: "Transcription ended…", "This editable transcript was computer generated…", "Exported 7 message(s)", "Meeting ended after 00:11:42". */
const ABOUT_TRANSCRIPT = lazy(() => /\b(?:transcri(?:pt|ption|bed)|exported|computer[- ]generated|auto-?generated)\b|\b(?:meeting|call|recording|session|webinar) (?:ended|stopped)(?: after| at)? \d{1,2}:\d{2}/i);
/** The speaker's own voice: a footer is never in the first person. */
// Capitalised too, as a sentence opens ("We grew 4%.", "My father …"); "US" is the country.
/** Paragraphs of a story above line `end`: lines of twelve words or more, each a paragraph (a blank line or the top above it). Reads 60 lines at most. */
function storyParagraphsAbove(lines: readonly string[], end: number): number {
  let n = 0;
  for (let k = Math.max(0, end - 60); k < end; k++) if ((k === 0 || !lines[k - 1]!.trim()) && wordCount(lines[k]!) >= 12) n++;
  return n;
}

/**
 * `text` without its quotations: a span in double quotes (straight or curly), or in single ones
 * opened after a space or the start and closed before a space, punctuation or the end
 * ('We will appeal,' she said), an apostrophe inside a word ("don't") neither opening nor
 * closing; a quotation left open runs to the end (a paragraph a quotation goes on under).
 * Linear: one pass.
 */
export function outsideQuotations(text: string): string {
  let out = '';
  let close = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const before = i > 0 ? text[i - 1]! : ' ';
    const after = i + 1 < text.length ? text[i + 1]! : ' ';
    if (close) {
      if (close === "'" || close === '\u2019' ? c === close && /\S/u.test(before) && !/[\p{L}\p{N}]/u.test(after) : c === close) close = '';
      continue;
    }
    if (c === '"') close = '"';
    else if (c === '\u201c') close = '\u201d';
    else if (c === '\u2018') close = '\u2019';
    else if (c === "'" && !/[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) close = "'";
    else out += c;
  }
  return out;
}

export const FIRST_PERSON = lazy(() => /\b(?:I|I['’](?:m|ve|ll|d)|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Uu]s|[Oo]urs?)\b/);
/** An address a page gives its reader: an e-mail address or a link. */
const ADDRESS_FOR_READER = lazy(() => /\S@\S+\.\w|https?:\/\/|\bwww\./);

/**
 * Where a tool's promotion starts among the last turn's paragraphs, or -1: a paragraph set off by a
 * blank line that speaks of transcription, not in the first person, naming a name inside a sentence
 * (the tool: "… to text with Sonix."), and two or more paragraphs from it to the end, each naming that
 * name. The speaker's own words do not come back after it. The turn's first paragraph is never one.
 */
const NAME_INSIDE_SENTENCE = lazy(() => /(?<=[\p{L}\p{N},;:] )\p{Lu}[\p{L}\p{N}]+/gu);
function promotionStart(lines: readonly string[], partLines: readonly number[], parts: readonly string[]): number {
  for (let j = 1; j < parts.length - 1; j++) {
    const text = parts[j]!;
    if (lines[partLines[j]! - 1]?.trim() || FIRST_PERSON().test(text) || !ABOUT_TRANSCRIPT().test(text)) continue;
    const names = new Set(allMatches(NAME_INSIDE_SENTENCE(), text).map((m) => m[0]));
    if (!names.size) continue;
    const named = (p: string) => p.split(/[^\p{L}\p{N}]+/u).some((w) => names.has(w));
    if (parts.slice(j + 1).every(named)) return j;
  }
  return -1;
}

/** An audience's reaction that ends an event, alone on its line in brackets: "[applause]", "(Sustained applause)", "[laughter and applause]". */
const CLOSING_APPLAUSE = lazy(() => /^\s*[[(](?:[\p{L} ]{0,30}\s)?(?:applause|ovation|cheers|cheering)(?:\s[\p{L} ]{0,30})?[\])]\s*$/iu);
/**
 * The last paragraph of the last turn stands right under the audience's applause (blank lines
 * between), is one short paragraph of three sentences at most, and speaks in neither the first
 * nor the second person: the page's closing note, not the speaker's.
 */
function closingNoteUnderApplause(lines: readonly string[], at: number, text: string): boolean {
  let k = at - 1;
  while (k >= 0 && !lines[k]!.trim()) k--;
  if (k < 0 || !CLOSING_APPLAUSE().test(lines[k]!)) return false;
  return !FIRST_PERSON().test(text) && !hasSecondPerson(text) && splitSentences(text).length <= 3;
}

/**
 * The paragraph at line `at` (words `text`) under the last turn is the document's footer, not
 * the speaker's talk: never in the first person, and either the transcript or the tool speaking
 * of itself, or, set off by a blank line, a line wholly in italics (a show's credits) or one
 * giving the reader an address ("If your question is not here, write to ir@…").
 */
export function isFooter(lines: readonly string[], at: number, text: string): boolean {
  if (FIRST_PERSON().test(text)) return false;
  if (isRecordingFieldLine(text)) return true;
  if (ABOUT_TRANSCRIPT().test(text)) return true;
  // A page's furniture under the interview ("関連記事：…", "Related: …", a bracketed credit
  // "（聞き手・構成：中村 彩）"): the page's, whatever stands above it.
  const chrome = classifyChrome(lines[at]!);
  if (chrome === 'navigation' || chrome === 'metadata') return true;
  if (at === 0 || lines[at - 1]!.trim()) return false;
  // "※本記事の内容は取材時点のものです。": an editor's note set off by the reference mark.
  if (/^\s*※/.test(lines[at]!)) return true;
  return /^\s*([*_])(?!\1)\S.*\S\1\s*$/.test(lines[at]!) || ADDRESS_FOR_READER().test(text) || SHOW_CREDITS().test(text);
}
/** A show's credits: "… is produced by …", "… is a Reidwell Media production.", "Executive producer: …", "Theme music: …", "© 2026 …". */
const SHOW_CREDITS = lazy(() => /^(?:(?:theme |intro |outro )?music|artwork|cover art|sound design|(?:executive )?producers?|editor|edited by|mixed by)\s*:|\b(?:is|was) (?:produced|edited|mixed|hosted) by\b|\b(?:is|was) an? [^.!?]{1,60}\bproduction\b|\bexecutive producers?\s*:|©|\ball rights reserved\b/i);

/** A heading's words as a section names them: no Markdown "#" marks or emphasis ("## Transcript" → "Transcript"). */
function sectionTitle(raw: string): string {
  return normalizeSpace(withoutEmphasis(withoutClosingHashes(raw.replace(/^\s*#{1,6}\s+/, ''))));
}
/** A Markdown heading's words: "### Q: When did you join?" → "Q: When did you join?"; null for any other line. */
const MARKDOWN_HEADING = lazy(() => /^\s{0,3}#{1,6}\s+(.*?\S)(?:\s+#+)?\s*$/);
/** The "Q:" a question carries as its side's mark, no words of the question. */
const QUESTION_MARK_PREFIX = lazy(() => /^Q\s*[.:]\s+/);

/**
 * The Markdown headings that ask, each over an unlabelled paragraph, by line, with the question
 * (no "#" marks, emphasis or "Q:"). Two or more of them, and most of the Markdown headings under
 * the page's header: one question heading above a transcript is a section title.
 */
function questionHeadings(b: DocBuilder, end: number, labelled: (k: number) => boolean): Map<number, string> {
  const lines = b.lines;
  const found = new Map<number, string>();
  let headings = 0;
  for (let i = 0; i < end; i++) {
    const raw = lines[i]!;
    // The page's header (its title heading) is read already.
    if (!raw.includes('#') || b.isMarked(i)) continue;
    const m = MARKDOWN_HEADING().exec(raw);
    if (!m) continue;
    headings++;
    const text = normalizeSpace(withoutEmphasis(m[1]!)).replace(QUESTION_MARK_PREFIX(), '');
    if (!/\?["”’)]*$/.test(text)) continue;
    let next = i + 1;
    while (next < end && !lines[next]!.trim()) next++;
    if (next >= end || labelled(next) || MARKDOWN_HEADING().test(lines[next]!)) continue;
    found.set(i, text);
  }
  return found.size >= 2 && found.size * 2 > headings ? found : new Map();
}

const BLOCKQUOTE_LINE = lazy(() => /^\s{0,3}>/);
/** A line opening in bold and never closing it ("**Q: Your rival was fined in 2023"). */
const BOLD_OPENED = lazy(() => /^(?:\*\*|__)[^*_]+$/);
/** A paragraph wholly in bold that asks: "**Was that the turning point?**". */
const WHOLLY_BOLD_QUESTION = lazy(() => /^\s*(\*\*|__)[^*_]+\?\1\s*$/);
/** A paragraph wholly in italics, one mark each side: "*It's a very loud album.*", "_Why now?_". */
const WHOLLY_ITALIC = lazy(() => /^\s*([*_])(?![*_\s])[^*_]+(?<!\s)\1\s*$/);
/**
 * The last labelled turn of the block by another voice than `current`'s ("**The Dispatch:**" above
 * "**Carvalho:**"): the side a bold question with no label is put by. Asked by a label of the asking
 * side, or by the one other voice of a two-person exchange; none where three or more voices speak.
 */
function otherLabelledVoice(turns: readonly Turn[], current: Turn, block: number): Turn | undefined {
  const voices = new Set<string>();
  let other: Turn | undefined;
  for (let t = turns.length - 1; t >= 0 && turns[t]!.block === block; t--) {
    const turn = turns[t]!;
    if (turn.key === null) continue;
    voices.add(turn.key);
    if (!other && turn.key !== current.key) other = turn;
  }
  return other && (other.asker || voices.size === 2) ? other : undefined;
}
/** Bold's closing marks ending a line, none opening there ("over safety. Are you safer?**"). */
const BOLD_CLOSE_AT_END = lazy(() => /^[^*_]+(?:\*\*|__)$/);
/** A chat app's mark for a message's media, in place of it: "[Photo]", "[Video]", "[File]", "[Voice message]". */
const CHAT_MEDIA_MARK = lazy(() => /^\[(?:Photo|Video|Image|Picture|GIF|Animation|File|Document|Audio|Voice message|Video message|Album)\]$/);

/** A channel post's forward line: "Forwarded from NAME". */
export const FORWARDED_FROM = lazy(() => /^\s*Forwarded from \S.{0,80}$/u);
/** A channel post's view counter under it: "👁 18.4K". */
const VIEW_COUNT = lazy(() => /^\s*👁\uFE0F?\s*[\d.,]+[KkMm]?\s*$/u);
/** A forum post's edit note: "Last edited by NAME on DATE, edited 1 time in total." */
const FORUM_EDIT_NOTE = lazy(() => /^\s*Last edited by \S.{0,80} on .{4,60}edited \d{1,4} times? in total\.?\s*$/);
export const BLOCKQUOTE_MARK = lazy(() => /^\s{0,3}>\s?/);

/**
 * The blockquotes that open with a question wholly in bold or italics over their answer's lines
 * ("> **Coffee or tea?**" / "> Tea. Always tea."), by line, with the question (no marks, no
 * "Q:"): where two or more blockquotes are so, a lightning round. One such blockquote is an
 * epigraph or a pull quote as likely.
 */
function blockquoteQuestions(lines: readonly string[], end: number): Map<number, string> {
  const found = new Map<number, string>();
  for (let i = 0; i < end; i++) {
    const raw = lines[i]!;
    if (!raw.includes('>') || !BLOCKQUOTE_LINE().test(raw) || (i > 0 && BLOCKQUOTE_LINE().test(lines[i - 1]!))) continue;
    const inner = raw.replace(BLOCKQUOTE_MARK(), '').trim();
    const words = withoutEmphasis(inner);
    if (words === inner) continue;
    const text = normalizeSpace(words).replace(QUESTION_MARK_PREFIX(), '');
    if (!/\?["”’)]*$/.test(text)) continue;
    // Its answer: a line of words further down the same blockquote.
    let k = i + 1;
    while (k < end && BLOCKQUOTE_LINE().test(lines[k]!) && !lines[k]!.replace(BLOCKQUOTE_MARK(), '').trim()) k++;
    if (k < end && BLOCKQUOTE_LINE().test(lines[k]!)) found.set(i, text);
  }
  return found.size >= 2 ? found : new Map();
}

/** An interpreter's or a translator's part: the words it gives are another voice's. */
const INTERPRETER_KEY = lazy(() => /^(?:the )?(?:interpreter|translator)$/i);

/** An interpreter label's note naming whom it speaks for: "(for Mr. Tanaka)", "(on behalf of the Minister Ruiz)". */
const RENDERS_FOR_NOTE = lazy(() => /^(?:for|on behalf of)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’ -]{1,60})$/u);

/** Whom an interpreter's label note says the words are given for, without the courtesy title ("for Mr. Tanaka" → "Tanaka"). */
function renderedVoice(note: string): { rendersFor?: string } {
  const m = RENDERS_FOR_NOTE().exec(note.trim());
  const name = m ? m[1]!.replace(LEADING_HONORIFIC(), '').trim() : '';
  return name && isNameShaped(name) ? { rendersFor: name } : {};
}

/** A research header's key to the interpreter's letters: "Interpreter (INT): Hodan Warsame", "Translator (T): …". */
const INTERPRETER_LETTERS = lazy(() => /^\s*(?:community\s+|the\s+)?(?:interpreter|translator)\s*\((\p{Lu}{1,4})\)\s*:/iu);
/**
 * The keys of the turns a research transcript's header gives to its interpreter by letters
 * ("Interpreter (INT): Hodan Warsame" over "INT: She says …"): that voice renders another's words,
 * as an "INTERPRETER:" label does, whatever name the letters resolve to.
 */
function interpreterLetterKeys(lines: readonly string[], at: readonly (ScannedLabel | null)[]): Set<string> {
  const letters = new Set<string>();
  for (let i = 0; i < lines.length && i < 30; i++) {
    const m = lines[i]!.length < 200 ? INTERPRETER_LETTERS().exec(lines[i]!) : null;
    if (m) letters.add(m[1]!);
  }
  const keys = new Set<string>();
  if (!letters.size) return keys;
  for (let k = 0; k < lines.length; k++) {
    const l = at[k];
    const opening = l ? /^\s*(\p{Lu}{1,4})\s*:/u.exec(lines[k]!) : null;
    if (l && opening && letters.has(opening[1]!)) keys.add(l.key);
  }
  return keys;
}
/** An interpreter reporting a question: "He asks when …", "She wants to know whether …", "The question is: …". */
const REPORTED_QUESTION = lazy(() => /^(?:(?:he|she|they|the (?:reporter|journalist|questioner|gentleman|lady))\s+(?:asks?|is asking|wants? to know|would like to know)|the question is)\b/i);
/** Who presides at a hearing, whose words are the record's language: "THE JUDGE:", "THE COURT:", "THE CORONER:". */
const BENCH_KEY = lazy(() => /^(?:the )?(?:judge|court|coroner|magistrate|presiding (?:judge|member|officer)|tribunal (?:judge|chair))$/i);
/** An answer the record gives as interpreted, the note before its words: "(through interpreter) I left …", "[via interpreter]". */
const THROUGH_INTERPRETER = lazy(() => /^\s*[([](?:through|via|by) (?:an |the )?interpreter[)\]]/i);
/**
 * An interpreted interview: "HNATIUK: (speaking foreign language)" / "INTERPRETER: He says that
 * the teachers…". The interpreter renders the answering side's words: its turn is the words of
 * the last voice on the answering side before it in the exchange (the mayor's, via the
 * interpreter), never a person "Interpreter" who answers. A turn of that voice whose only words
 * were a note that it spoke another language holds no words of its own: the rendering is them.
 */
function creditInterpreters(turns: Turn[], letterKeys: ReadonlySet<string> = new Set()): void {
  const interprets = (key: string | null | undefined) => !!key && (INTERPRETER_KEY().test(key) || letterKeys.has(key));
  // A voice the record marks once, on its first turn, as heard through the interpreter ("(through
  // interpreter) We lived in …" on a witness's first answer) is given in its rendering throughout.
  // (A voice whose turns note how each was given, "[in Spanish]" beside "[through interpreter]", is
  // interpreted where it is not marked so.)
  const marks = new Map<string, { first: boolean; n: number; other: boolean }>();
  for (const o of turns) {
    if (!o.key || interprets(o.key)) continue;
    const marked = THROUGH_INTERPRETER().test(o.parts[0] ?? '');
    const m = marks.get(o.key) ?? { first: marked, n: 0, other: false };
    m.n += marked ? 1 : 0;
    m.other ||= !marked && /^\s*[([]/.test(o.parts[0] ?? '');
    marks.set(o.key, m);
  }
  const rendered = new Set([...marks].filter(([, m]) => m.first && m.n === 1 && !m.other).map(([key]) => key));
  for (let t = 0; t < turns.length; t++) {
    const turn = turns[t]!;
    if (!interprets(turn.key)) continue;
    // "INTERPRETER (for Mr. Tanaka):": the label says whose words these are, so they are that
    // person's answer, even where the person's own words ("TANAKA: [in English] Very fast!")
    // follow or nobody of theirs has spoken yet; that person's own label gives the name's form.
    if (turn.rendersFor) {
      const named = turn.rendersFor.toLowerCase();
      const own = turns.find((o) => o.speaker && !o.asker && !o.rendersFor && (o.speaker.toLowerCase() === named || o.speaker.toLowerCase().endsWith(` ${named}`) || named.endsWith(` ${o.speaker.toLowerCase()}`)));
      turn.key = own?.key ?? turn.rendersFor;
      turn.speaker = own?.speaker ?? turn.rendersFor;
      turn.answerRole = own?.answerRole ?? false;
      if (own?.role) turn.role = own.role;
      continue;
    }
    // A press conference's consecutive interpreting: "Q (Li Na): 您怎么看…？" / "INTERPRETER: The question
    // is: how do you see…?" / "WEN: 价格战…" / "INTERPRETER: The price war…". Between a question and the
    // answering voice's own words, the interpreter renders the question: the asker's words.
    const before = turns[t - 1];
    const after = turns[t + 1];
    // (Where its words are a question, a question reported ("He asks when …", "The question is …"), or
    // only a note of what was said to whom, "[to R, in Somali]":
    // "INT: A man came and painted over it." before the respondent's own "R: Two months. Same." renders the answer.)
    const words = turn.parts.join(' ').replace(/\[[^\][]*\]|\([^()]*\)/g, ' ').trim();
    if (before?.asker && before.block === turn.block && after && after.block === turn.block && !after.asker && after.speaker && !interprets(after.key) && (!/\p{L}/u.test(words) || /\?["”’)]*$/.test(words) || REPORTED_QUESTION().test(words))) {
      turn.key = before.key;
      turn.speaker = before.speaker;
      turn.asker = true;
      turn.answerRole = false;
      turn.role = before.role;
      continue;
    }
    let k = t - 1;
    while (k >= 0 && turns[k]!.block === turn.block && (turns[k]!.asker || !turns[k]!.speaker || interprets(turns[k]!.key))) k--;
    const voice = k >= 0 && turns[k]!.block === turn.block ? turns[k]! : null;
    if (!voice) continue;
    // A hearing's interpreter speaks to the bench in their own voice ("THE JUDGE: Mr Berhane, please
    // confirm …" / "THE INTERPRETER: Yes, madam."): the bench speaks the record's language, nothing of
    // it to render; and after an answer the record already gives "(through interpreter)", the
    // rendering is written: an interpreter's turn there is a remark of their own.
    if (k === t - 1 && (BENCH_KEY().test(voice.key ?? '') || THROUGH_INTERPRETER().test(voice.parts[0] ?? '') || rendered.has(voice.key ?? ''))) continue;
    turn.key = voice.key;
    turn.speaker = voice.speaker;
    turn.answerRole = voice.answerRole;
    // (Letters a header gives the interpreter may read as an asking part's, "INT:" as an interviewer's.)
    turn.asker = false;
    if (k === t - 1 && voice.parts.length === 1 && isDirection(voice.parts[0]!)) {
      voice.parts = [];
      voice.partLines = [];
    }
  }
}

/**
 * "AUDIENCE: (laughter)", "ANA: [applause]": a label whose whole words, on its own line, are a stage
 * direction. The direction is the transcriber's markup, no words of that voice: no turn, so the
 * question before it still pairs with the answer after it.
 */
function dropDirectionTurns(turns: Turn[], restAt: (k: number) => string, b: DocBuilder): void {
  for (let t = turns.length - 1; t >= 0; t--) {
    const turn = turns[t]!;
    if (turn.lines.length !== 1 || !turn.key || !turn.parts.every((p) => isDirection(p))) continue;
    const rest = restAt(turn.lines[0]!).trim();
    if (!rest || !isDirection(rest)) continue;
    // "QUESTION: [inaudible]": a question was put, only not heard; the answer after it answers
    // that one ("Sorry, I missed that."), not the question before.
    b.mark(turn.lines[0]!, 'direction');
    if (turn.asker && isUnheardNote(rest)) continue;
    turns.splice(t, 1);
  }
}

/** A room's collective label, never one person in it: "AUDIENCE", "CROWD" (not "AUDIENCE MEMBER"). */
const CROWD_KEY = lazy(() => /^(?:the )?(?:audience|crowd|crowds|supporters)$/i);
/** A label whose words are a room's sound alone: "AUDIENCE: (laughter)", "CROWD: [applause]". */
function soundUnderLabel(l: ScannedLabel | null | undefined): boolean {
  const rest = l?.style === 'colon' ? l.rest.trim() : '';
  return isDirection(rest) && SOUND().test(rest.slice(1, -1).trim());
}

/** A list item's mark: a dash, a bullet, or a to-do's checkbox ("☐ Finance — confirm the budget"). */
const BULLET_LINE = lazy(() => /^\s*[-–•·*▪☐☑☒]\s+\S/u);

/** A question in quotation marks or not, a dash, who sent it (a team after a comma) and its votes: "… ?" — Jorge Medina, Customer Success (96 upvotes). */
const VOTED_QUESTION = lazy(() => /^[“"]?(\S[^“”"]*\?)[”"]?\s+[—–]\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})(?:,\s+([^()]{1,60}?))?\s+\((\d[\d,.]*[kK]?\s+(?:upvotes?|votes?|likes?))\)$/u);
/**
 * A question an audience sent through a voting tool, set as a heading with its sender and votes
 * after a dash: the question, the sender (null for "Anonymous", who is nobody named) and, as the
 * asker's role, what the credit says besides the name (the team, the votes), so its words are found.
 */
function votedQuestion(heading: string): { question: string; asker: string | null; role: string } | null {
  const m = VOTED_QUESTION().exec(heading.trim());
  if (!m) return null;
  const anonymous = /^(?:anonymous|anon)$/i.test(m[2]!);
  return { question: m[1]!.trim(), asker: anonymous ? null : m[2]!, role: anonymous ? `${m[2]} (${m[4]})` : `${m[3] ? `${m[3]} ` : ''}(${m[4]})` };
}
/** A line's words as a question asks them: without a list number before bold or italic marks, or the marks ("1. **Why?**" → "Why?"). */
function askedText(raw: string): string {
  // A Markdown heading's marks ("## Will you raise prices?", "### Why now? ###") are the page's, no
  // words of the question. (Its closing marks are cut by counting, linear on a long run of spaces.)
  if (raw.includes('#') && ATX_OPENING().test(raw)) raw = withoutClosingHashes(raw.replace(ATX_OPENING(), ''));
  return /[*_]/.test(raw) ? withoutEmphasis(raw.replace(LIST_NUMBER_BEFORE_EMPHASIS(), '')) : raw;
}
/** A rule drawn with one character, five or more of it: "━━━━━━", "======", "------", "******". */
const BOXING_RULE = lazy(() => /^\s*([━─═=_~*-])\1{4,}\s*$/u);
/**
 * Whether a paragraph opens by addressing `speaker` by name, with a title or not: "Ms. Marchetti, you
 * testified …", "Ed, the last shutdown …", "Professor Okonjo, is …". The address is the words before
 * the first comma, at most four, holding the speaker's first name or surname.
 */
function addressesSpeaker(paragraph: string, speaker: string | null): boolean {
  if (!speaker) return false;
  const m = VOCATIVE_OPENING().exec(paragraph);
  if (!m) return false;
  const said = m[1]!.toLowerCase().split(/\s+/);
  const names = speaker.toLowerCase().split(/\s+/).filter((w) => w.length >= 2 && !/\.$/.test(w));
  return said.some((w) => names.includes(w.replace(/[.'’]+$/, '')));
}
/** A paragraph's opening address: one to four capitalised words (a title's point allowed), then a comma. */
const VOCATIVE_OPENING = lazy(() => /^\s*((?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}'’-]*),\s/u);
/** A Markdown heading's opening marks: "## ". */
const ATX_OPENING = lazy(() => /^\s{0,3}#{1,6}\s+/);


/**
 * Only the questions labelled ("Q: When did you start?" with the answer on the lines below,
 * unlabelled): each asking turn's words past its question are the answer, an "A" side's
 * turn, so they pair as "A:" would. Where no turn is labelled on the answering side, or where
 * such asking turns outnumber the answers labelled "A" (no name): a Q&A whose answers go unlabelled but for
 * one stray "A: Traffic fell after 2001." still answers every question below it, where before
 * that one label made all the answers above it part of the first question.
 */
function splitUnlabelledAnswers(turns: Turn[]): void {
  const splits: Array<[number, number]> = [];
  let answered = 0;
  let named = false;
  for (let t = 0; t < turns.length; t++) {
    const turn = turns[t]!;
    if (turn.key !== null && !turn.asker) {
      answered++;
      // A named voice answering ("JANNIK SINNER:" once, his later answers unlabelled under "Q."):
      // the press conference's own reading gives those answers to him; only an "A" side is split here.
      if (turn.speaker !== 'A') named = true;
    }
    if (!turn.asker || turn.parts.length < 2) continue;
    const q = turn.parts.findIndex((p) => /\?["”’)]*\s*$/.test(p));
    if (q < 0 || q === turn.parts.length - 1) continue;
    splits.push([t, q]);
  }
  if (answered > 0 && (named || splits.length <= answered)) return;
  for (let s = splits.length - 1; s >= 0; s--) {
    const [t, q] = splits[s]!;
    turns.splice(t + 1, 0, splitAfterPart(turns[t]!, q, { key: 'A', speaker: 'A', answerRole: true }));
  }
}


/**
 * A press conference's transcript labels the player's first answer only ("Q. …?" / "JANNIK
 * SINNER: …" / "Q. …?" / "Yeah, for sure. …"): a paragraph set off by a blank line under a "Q."
 * question is the answer of the one named person who answered so far, not more of the question.
 * Where two or more named people answered, whose answer it is goes unsaid: left as it is.
 */
function answersUnderQuestions(turns: Turn[], lines: string[]): void {
  let answerer: Turn | null = null;
  let many = false;
  for (let t = 0; t < turns.length; t++) {
    const turn = turns[t]!;
    if (!turn.asker && turn.key !== null && turn.speaker) {
      if (answerer && answerer.key !== turn.key) many = true;
      answerer = turn;
      continue;
    }
    if (!answerer || many || !turn.asker || !turn.key || !/^q$/i.test(turn.key) || turn.parts.length < 2) continue;
    const q = turn.parts.findIndex((p) => /\?["”’)]*\s*$/.test(p));
    if (q < 0 || q === turn.parts.length - 1) continue;
    const at = turn.partLines[q + 1]!;
    if (lines[at - 1]?.trim()) continue;
    turns.splice(++t, 0, splitAfterPart(turn, q, { key: answerer.key, speaker: answerer.speaker, answerRole: false, ...(answerer.role ? { role: answerer.role } : {}) }));
  }
}

/**
 * The person a section of written questions names as asking them: "Questions from Senator
 * Margaret Hollis", "Questions for the record submitted by Rep. Dan Ortiz", "Follow-up questions
 * of Chairwoman Ada Lind". Null for any other heading.
 */
function questionerOfSection(section: string): string | null {
  const m = section.length <= 160 ? QUESTIONS_FROM().exec(section.trim()) : null;
  return m && isNameShaped(m[1]!) ? m[1]! : null;
}
const QUESTIONS_FROM = lazy(() => /^(?:(?:[Ww]ritten|[Ff]ollow-up|[Aa]dditional)\s+)?[Qq]uestions?(?:\s+for\s+the\s+[Rr]ecord)?\s+(?:from|of|by|submitted\s+by|asked\s+by)\s+(?:(?:Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Chairman|Chairwoman|Chair|Ranking\s+Member|Commissioner|Councillor|Councilmember|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Hon\.?)\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})$/u);
/**
 * A documentary's interview selects log slates each clip with the person interviewed ("INT. DR.
 * ANA REYES — hydrologist, …", "INTERVIEW: MARTA KOWALCZYK — warehouse manager", "INT. JAN-WILLEM
 * DE GROOT (cont.)"), the lettered off-camera questions and the answers under it. "A:" names a
 * side; the slate above says who is on it: each answer is the person of the last slate above it,
 * the words after the dash their role. (A screenplay's "INT. KITCHEN — NIGHT" heads no lettered answers.)
 */
const INTERVIEW_SLATE = lazy(() => /^\s*(?:INT\.|INTERVIEW(?:EE)?\s*:)\s+(\p{Lu}[\p{Lu}\p{M}.'’-]*(?: \p{Lu}[\p{Lu}\p{M}.'’-]*){1,4})(?:\s+\((?:cont(?:['’]d)?\.?|continued)\))?(?:\s+[—–-]\s+(\S.{0,80}?))?\s*$/u);
function slatedAnswerers(turns: Turn[], lines: readonly string[]): void {
  if (!turns.some((t) => t.answerRole && t.key && ROLE_LETTER_KEY().test(t.key))) return;
  const slates: { line: number; name: string; role: string | null }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*INT/.test(lines[i]!) ? INTERVIEW_SLATE().exec(lines[i]!) : null;
    if (m && isNameShaped(m[1]!)) slates.push({ line: i, name: m[1]!, role: m[2]?.trim() ?? null });
  }
  if (!slates.length) return;
  for (const turn of turns) {
    if (!turn.answerRole || !turn.key || !ROLE_LETTER_KEY().test(turn.key) || !turn.lines.length) continue;
    const slate = slates.filter((s) => s.line < turn.lines[0]!).pop();
    if (!slate) continue;
    turn.speaker = personName(slate.name);
    // The role a "(cont.)" slate leaves out is the one its person's first slate gave.
    const role = slate.role ?? slates.find((s) => s.name === slate.name && s.role)?.role ?? null;
    if (role) turn.role = role;
  }
}
/**
 * The lines of a lettered exchange's log fields ("Location: …", "NOTES: …", "Note: …"), their labels
 * taken out of the voices. Only where questions and answers are lettered ("Q:", "A:"): there no
 * person is named by a label, so a field key is no one's name ("Notes:" in a meeting's minutes stays).
 */
function letteredLogFields(at: (ScannedLabel | null)[], labels: Map<string, number>): Set<number> {
  const fields = new Set<number>();
  const keys = [...labels.keys()];
  if (!keys.some((k) => /^q$/i.test(k)) || !keys.some((k) => ROLE_LETTER_KEY().test(k))) return fields;
  const isField = (k: string) => METADATA_KEYS().test(k) || NOTE_KEYS().test(k) || LOG_NOTE_KEY().test(k);
  // Only between the clips: a field above the first question is the header's ("Release Date: …").
  const firstLettered = at.findIndex((l) => !!l && (/^q$/i.test(l.key) || ROLE_LETTER_KEY().test(l.key)));
  for (const [i, l] of at.entries()) {
    if (i < firstLettered || !l || l.style !== 'colon' || !isField(l.key)) continue;
    fields.add(i);
    at[i] = null;
  }
  // A key both fields above the first question and between the clips is no voice either way.
  if (fields.size) for (const k of keys) if (isField(k)) labels.delete(k);
  return fields;
}
/** An editor's notes field in a log: "NOTES:", "Editor notes:", "Logger's notes:". */
const LOG_NOTE_KEY = lazy(() => /^(?:(?:editor|editor['’]s|logger|logger['’]s|edit|producer['’]?s?)\s+)?notes$/i);
/** The answering side's letter or word in a lettered exchange: "A", "Answer". */
const ROLE_LETTER_KEY = lazy(() => /^(?:a|answer)$/i);

/** Where detection leaves the document's labels for the parser (DetectInput.memo). */
const MEMO_LABELS = 'transcript';

/** A note's key opening a paragraph: "Observation:", "Note:", "Researcher's note:", "Moderator's comment:". */
const NOTE_KEY_OPENING = lazy(() => /^(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:observations?|notes?|comments?|insights?|findings?)\s*:\s/iu);
/** A blockquote opened by an emoji or a "[!NOTE]" tag: a callout. */
const CALLOUT = lazy(() => /^>\s*(?:\p{Extended_Pictographic}|\[![A-Za-z]+\])/u);
/** A callout's tag after its blockquote mark, folded or not: "[!note] ", "[!quote]- ", "[!TIP]+ ". */
const CALLOUT_TAG = lazy(() => /^\s*\[![A-Za-z-]{1,30}\][+-]?\s*/);
/** A line opening with a dialogue dash ("—¿Y la cárcel?"). */
const DIALOGUE_LINE = lazy(() => /^\s*[—–―]/u);
/** Labels that name a role: with two of them, even a short exchange is a transcript. */
const ROLE_LABEL = lazy(() => /^(host|interviewer|moderator|facilitator|q|question|a|answer|guest|interviewee)$/i);
/** How many turns a label needs before a document counts as a transcript. */
const MIN_TURNS = 3;

/**
 * A transcript by structure: one label that recurs (three turns or more), or
 * two that alternate at least twice each, or a short exchange between named
 * people or roles; labels written in a transcript-only syntax (with a time,
 * Q./A., ">>"); or a document that opens straight into an exchange of two
 * speakers (a single question and its answer).
 */
export function looksLikeTranscript(lines: string[], registry: SpeakerRegistry, memo?: Map<string, unknown>): boolean {
  const scanned = documentLabels(lines, (n) => registry.has(n));
  memo?.set(MEMO_LABELS, scanned);
  const { at, turns } = scanned;
  // A mailing-list digest (two or more messages under their header blocks) is its senders' talk, however few.
  if (scanned.sole || digestFurniture(lines).length || signedPosts(lines)) return true;
  // Only questions labelled, each a whole line in bold ("**Q: When does the freeze end?**"), the
  // answers plain paragraphs under them: a page of bold questions (prose reads those), no talk.
  if (turns.size === 1 && onlyBoldQuestionLines(lines, at, turns)) return false;
  // Count only labels that open turns with words of their own or lead into a paragraph,
  // so a page's "Note:" or "Source:" lines do not make it a transcript.
  let recurring = 0;
  let paired = 0;
  for (const [, n] of turns) {
    if (n >= MIN_TURNS) recurring++;
    if (n >= 2) paired++;
  }
  const labelled = at.filter((l) => l && turns.has(l.key)).length;
  // Or a short exchange between named people: a host who asks twice and two guests
  // who answer once each ("Host:/He Yi:/Host:/CZ:"), where the labels are roles or
  // speakers the corpus or the front matter knows.
  // A part the label grammar reads as asking or answering ("Correspondent", "Presenter") counts as a role.
  const parts = new Set(at.filter((l) => l && (l.asker || l.answerRole)).map((l) => l!.key));
  const named = [...turns.keys()].filter((l) => registry.has(l) || ROLE_LABEL().test(l) || parts.has(l)).length;
  const exchange = turns.size >= 2 && named >= 2 && [...turns.values()].some((n) => n >= 2);
  if (labelled >= MIN_TURNS && (recurring >= 1 || paired >= 2 || exchange)) return true;
  if (at.filter((l) => l && (FORMAL_STYLES.has(l.style) || l.timed)).length >= 2) return true;
  return openingExchange(lines, at).size >= 2;
}

/** The asking side's label a note can follow: "Q", "Question 3". */
const NOTED_QUESTION_LABEL = lazy(() => /^(?:q|question)(?:\s*#?\d{1,2})?$/i);
/** A voice from the floor under its part's label: "AUDIENCE MEMBER", "Audience member 2". */
const FLOOR_MEMBER_LABEL = lazy(() => /^(?:audience member|member of (?:the )?audience)(?:\s*#?\d{1,2})?$/i);
/** A young questioner's word, which no person's noun covers: "child", "boy", "girl". */
const YOUNG_QUESTIONER = lazy(() => /^(?:(?:young|small|little)\s+)?(?:child|boy|girl|kid|young person)(?![\p{L}])/iu);
/**
 * "woman in the third row", "gentleman near the aisle on the left": a person's noun (perhaps one
 * word before it), then where in the room they were: a description however many words it runs to.
 */
const PLACED_IN_ROOM = lazy(() => /^(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+\s+(?:in|at|by|near|on|beside|behind|up in|over by)\s+(?:the|a)\s+[\p{L}\d\s'’-]{2,40}$/u);
/**
 * Who a question label's note says asked: its first part when that describes a person ("MSc
 * student", "alumna"); an audience member when it says only where the question came from ("from
 * the floor", "online, via Slido"); null when it is a name (an outlet's: "Q (The Block):").
 */
function questionerOfNote(note: string): string | null {
  const first = note.split(',')[0]!.trim();
  // "Les Echos", "Bloomberg": a name, no description (an outlet, a person).
  if (!/(?:^|\s)\p{Ll}/u.test(first)) return null;
  // A person and where they sat ("woman in the third row") is a description, not a note of its length.
  const placed = wordCount(first) <= 8 && PLACED_IN_ROOM().test(first) && hasPersonNoun(first.split(/\s+/).slice(0, 2).join(' '));
  if (/^(?:from|via|online|in the room|floor|audience|on the phone|by phone)\b/i.test(first) || (wordCount(first) > 4 && !placed) || !/^\p{L}/u.test(first)) return 'Audience Member';
  return first;
}

/**
 * Who an audience member's note describes: "AUDIENCE MEMBER (man by the door):", "AUDIENCE MEMBER
 * (child, approximately ten years old):" — the person so described asks, as "Q (man at the back):"
 * does. Only a note opening in lower case on a person's word: "(inaudible)", "(off mic)" describe nobody.
 */
function floorMemberOfNote(note: string): string | null {
  const first = note.split(',')[0]!.trim();
  if (!/^\p{Ll}/u.test(first)) return null;
  const head = first.split(/\s+/).slice(0, 2).join(' ');
  if (!hasPersonNoun(head) && !YOUNG_QUESTIONER().test(first)) return null;
  const who = questionerOfNote(note);
  return who === 'Audience Member' ? null : who;
}

/** A whole line in bold opening on the asking side's letter: "**Q: Are we going to be acquired?**". */
const BOLD_QUESTION_LINE = lazy(() => /^\s*(\*\*|__)Q\d{0,2}[.:]\s+\S.*\1\s*$/);
/** Every labelled line is such a bold question (two or more), and no answer is labelled. */
function onlyBoldQuestionLines(lines: readonly string[], at: readonly ({ key: string } | null | undefined)[], turns: ReadonlyMap<string, number>): boolean {
  let n = 0;
  for (let i = 0; i < at.length; i++) {
    if (!at[i] || !turns.has(at[i]!.key)) continue;
    if (!BOLD_QUESTION_LINE().test(lines[i]!)) return false;
    n++;
  }
  return n >= 2;
}

export const transcriptShape: Shape = {
  name: 'transcript',
  summary: 'turns introduced by speaker labels, in any common syntax (`Name:`, `NAME, ROLE:`, `**Q:**`, `Q.`/`A.`, `Name (00:00:03):`, `[00:00:01] Name:`, Otter `Name  0:02`, `>>`)',
  // A chat or IRC log (.log) is listed only when its first lines are a chat's (corpus/files.ts).
  extensions: ['.txt', '.md', '.log'],
  // A reader's highlights (reading.ts) and a dump of posts (posts.ts) have title lines, note fields and stamps a label could be read in: never talk.
  // Nor an AV script's table (avscript.ts): "STOCK:" / "CAPTION:" tag a shot in its video column, "SOT:" cues a bite in its audio column.
  // Nor a question board's export (asked.ts): "Author:" and "Status:" are its entries' fields.
  detect: ({ body, lines, registry, memo }) => !isKindleClippings(lines) && !isQuestionBoard(lines) && !isWrittenQuestionPage(lines) && !isAnnotationPage(lines) && !isPostDump(lines) && !isReviewPage(body, lines) && !(body.includes('\t') && avScriptTable(lines)) && looksLikeTranscript(withoutQuoteMarks(withoutLineNumbers(lines)), registry, memo),
  parse: parseTranscript,
};

/** Whether `text` opens with a quotation (three words or more) that a line above `i` holds word for word. */
function quotesLineAbove(text: string, lines: readonly string[], i: number): boolean {
  const m = /^\s*["“]([^"”]{10,300})["”]/u.exec(text);
  if (!m || wordCount(m[1]!) < 3) return false;
  const said = m[1]!.toLowerCase().replace(/[’]/gu, "'");
  // The turns just above (a tool's note follows the words it marks): forty lines at most.
  for (let k = Math.max(0, i - 40); k < i; k++) if (lines[k]!.length >= said.length && lines[k]!.toLowerCase().replace(/[’]/gu, "'").includes(said)) return true;
  return false;
}

/** "Duration: 41 minutes", "Duration: 1 hour 3 minutes": a call transcript's note of its length. */
const CALL_LENGTH = lazy(() => /^\s*Duration:\s*\d{1,3}\s*(?:min(?:ute)?s?|h(?:ou)?rs?(?:\s+\d{1,2}\s*min(?:ute)?s?)?)\.?\s*$/i);

/** Line `i` is a short heading ending in a colon with nothing after it ("Call participants:"), a blank line (or nothing) above it. */
function colonHeading(lines: string[], i: number): boolean {
  const m = /^\s*([^:]{2,60}):\s*$/.exec(lines[i]!);
  return !!m && (i === 0 || !lines[i - 1]!.trim()) && isHeadingLike(m[1]!, 6) && !/[?]/.test(m[1]!);
}

/**
 * The lines right under a heading at `i` when they are a list of the document's speakers, each a
 * name line ("Hannah Lutz -- Chief Financial Officer") whose name `speaks`, two or more, to a
 * blank line or the end; [] when the heading stands alone (a blank line under it); null otherwise.
 */
function castListBelow(lines: string[], i: number, speaks: (name: string) => boolean): number[] | null {
  const out: number[] = [];
  for (let k = i + 1; k < lines.length && lines[k]!.trim(); k++) {
    const name = nameLineName(lines[k]!);
    if (!name || !speaks(name)) return null;
    out.push(k);
  }
  if (i + 1 < lines.length && !lines[i + 1]!.trim()) return spacedCastToEnd(lines, i, speaks) ?? out;
  return out.length === 1 ? null : out;
}

/**
 * A call transcript's closing list of its speakers set one to a paragraph ("Call participants:" /
 * blank / "Dana Whitcombe -- Vice President, Investor Relations" / blank / …), as a web page's copy
 * leaves it: two or more name lines that speak, alone on their lines, and nothing else to the end.
 */
function spacedCastToEnd(lines: string[], i: number, speaks: (name: string) => boolean): number[] | null {
  const out: number[] = [];
  for (let k = i + 1; k < lines.length; k++) {
    if (!lines[k]!.trim()) continue;
    const name = nameLineName(lines[k]!);
    if (!name || !speaks(name) || (k + 1 < lines.length && lines[k + 1]!.trim())) return null;
    out.push(k);
  }
  return out.length >= 2 ? out : null;
}

/** A list item: "- text" on its line, or text on the line after a lone bullet marker. */
function isBulletItem(lines: string[], idx: number): boolean {
  if (BULLET_LINE().test(lines[idx]!)) return true;
  for (let k = idx - 1; k >= 0; k--) {
    const t = lines[k]!.trim();
    if (!t) continue;
    return /^[-–—•·*▪]$/.test(t);
  }
  return false;
}


/**
 * Line `at` continues the hard-wrapped paragraph `text` that ends on line `above`: right under it
 * (or under a page break), the paragraph stops mid-sentence, and the line starts in lower case or
 * the paragraph stops on a word no sentence ends on.
 */
const TITLE_AT_END = lazy(() => /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Rev|Capt|Col|Sgt|Lt)\.$/);
function continuesWrappedTurn(lines: string[], above: number, at: number, text: string, isPageFurniture?: (k: number) => boolean): boolean {
  if (above !== at - 1 && !acrossPageBreak(lines, above, at, isPageFurniture)) return false;
  // "How long have you kept this light, Mr." / "Morrison?": a title's full stop ends no sentence.
  if (TITLE_AT_END().test(text)) return /^\s*\p{Lu}/u.test(lines[at]!);
  if (endsLikeSentence(text)) return false;
  return /^\s*\p{Ll}/u.test(lines[at]!) || endsOnOpenWord(text);
}

/**
 * Line `at`, right under line `above` of a turn, is more of the paragraph that opened on line
 * `first` with an indent: it stands further left than that first line (a hanging paragraph, as a
 * hearing record or a court reporter sets one), and is no line of a list.
 */
function hangsUnder(lines: string[], above: number, first: number, at: number): boolean {
  if (above !== at - 1) return false;
  const indent = (l: string) => /^[ \t]*/.exec(l)![0].replace(/\t/g, '    ').length;
  const here = lines[at]!;
  return indent(lines[first]!) >= 2 && indent(here) + 2 <= indent(lines[first]!) && !/^\s*(?:[-–—•·*▪]|\d{1,3}[.)])\s/.test(here);
}

/**
 * A form's field in sentence case, a key of three to seven words, its value no sentence:
 * "Signature of interviewing officer: P. Shah DC 4471" (a show's credit, "Theme music: \"Low
 * Heat\" by Sara Lind.", is a sentence of the show's).
 */
const FORM_FIELD_LINE = lazy(() => /^\s*\p{Lu}\p{Ll}+(?: [\p{Ll}'’-]+){2,6}:\s+\S.*[^.!?"”\s]\s*$/u);
/** A page's number alone on its line under the footer ("2"), or a numbered line left blank. */
const BARE_NUMBER = lazy(() => /^\s*\d{1,4}\s*$/);
/**
 * A line-numbered transcript's page footer: an unnumbered line set where the numbering starts
 * again (after the page's last numbered line, before the next page's line 1, its page number
 * alone perhaps between: "25 submitted." / "Alderson Reporting Company" / "2" / "1 P R O C E E D
 * I N G S"), or under the last numbered line, that the document prints at least twice (numbers
 * aside). Each line looks at most four lines up and down.
 */
function pageBreakFooters(split: readonly string[], unnumbered: readonly string[]): number[] {
  // Above the footer, a numbered line left blank ("25") is the page's too; below it, a number
  // alone is the page's number, and only a numbered line with words says where the page starts.
  const numberOf = (k: number, bare: boolean): number => {
    if (unnumbered[k] === split[k] || (!bare && BARE_NUMBER().test(split[k]!))) return 0;
    return Number(/^\s*(\d{1,2})/.exec(split[k]!)?.[1] ?? 0);
  };
  const form = (line: string) => line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const byForm = new Map<string, number[]>();
  for (let k = 0; k < split.length; k++) {
    if (!split[k]!.trim() || numberOf(k, false) || BARE_NUMBER().test(split[k]!) || isPageHeader(split[k]!)) continue;
    let above = 0;
    for (let j = k - 1; j >= 0 && j >= k - 4 && !above; j--) above = numberOf(j, true);
    let below = 0;
    let j = k + 1;
    for (; j < split.length && j <= k + 4 && !below; j++) below = numberOf(j, false);
    const atEnd = !below && j >= split.length;
    if (!above || !(atEnd || (below > 0 && below < above))) continue;
    const f = form(split[k]!);
    const at = byForm.get(f);
    if (at) at.push(k);
    else byForm.set(f, [k]);
  }
  return [...byForm.values()].filter((at) => at.length >= 2).flat();
}

/** An appearances heading, its letters spaced out or not: "APPEARANCES:", "A P P E A R A N C E S", "Appearances of Counsel". */
const APPEARANCES_HEADING = lazy(() => /^appearances?(?: of counsel)?\s*:?$/i);
/**
 * A court transcript's appearances: the lines under its heading, who appears for whom ("DAVID
 * OSEI, ESQ., Washington, D.C.; on behalf of the" / "Petitioner."), down to a blank line that no
 * party's heading follows, a page's footer or a page header, sixty lines at most (a hearing's
 * turns may follow a single blank line). The record's furniture: no label, no turn.
 */
function appearanceBlock(lines: readonly string[], footers: ReadonlySet<number>, opensTurn: (k: number) => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!/^\s*A/i.test(raw) || raw.trim().length > 40) continue;
    const heading = normalizeSpace(raw).replace(/(?<=(?:^|\s)\p{L}) (?=\p{L}(?:\s|$))/gu, '');
    if (!APPEARANCES_HEADING().test(heading)) continue;
    out.push(i);
    for (let k = i + 1; k < lines.length && k <= i + 60; k++) {
      if (footers.has(k) || isPageHeader(lines[k]!)) break;
      if (!lines[k]!.trim()) {
        // Blank lines part its groups, each under its party's heading ("On behalf of the Defendant:",
        // "ALSO PRESENT:"): the block goes on over them to such a heading, and ends anywhere else.
        const next = nextNonBlankLine(lines as string[], k + 1);
        // (Not an examiner's "BY MR. NAME:" nor a label alone on its line: the talk has begun.)
        if (next >= lines.length || next > k + 2 || !/:\s*$/.test(lines[next]!) || examinerOf(lines[next]!) || opensTurn(next)) break;
        k = next - 1;
        continue;
      }
      out.push(k);
    }
    break;
  }
  return out;
}

/**
 * A label set on a line that goes on with the sentence the line above left open: the line above,
 * right over it, stops on a word no sentence ends on ("MS. LIND: …, and may it please the" /
 * "Court: Ms. Markovic drove …"), and the label names nobody the document labels again. The words
 * wrapped at the line's width: no turn opens there.
 */
function wrappedLabelLines(lines: readonly string[], at: readonly (ScannedLabel | null)[]): number[] {
  const out: number[] = [];
  // Only a label used once: a voice that speaks again is one ("03 it was sixteen … then" / "04 IV: ri:ght").
  const uses = new Map<string, number>();
  for (const l of at) if (l) uses.set(l.key, (uses.get(l.key) ?? 0) + 1);
  for (let i = 1; i < lines.length; i++) {
    const l = at[i];
    if (!l || l.style !== 'colon' || l.timed || uses.get(l.key)! > 1) continue;
    const above = lines[i - 1]!;
    if (above.trim() && /\p{Ll}/u.test(above) && endsOnOpenWord(above)) out.push(i);
  }
  return out;
}

/**
 * Headings in capitals wrapped over two or three lines of their own ("STATEMENT OF NAME, TITLE,
 * FIRM" / "GROUP"): a run of lines with no lower-case letter and no sentence's end, a blank line
 * above and below, a labelled turn next. Keyed by the run's first line.
 */
function wrappedCapitalHeadings(lines: readonly string[], end: number, labelled: (k: number) => boolean, numbered = false): Map<number, { lines: number[]; title: string }> {
  const out = new Map<number, { lines: number[]; title: string }>();
  const capitals = (l: string) => /\p{Lu}{2}/u.test(l) && !/\p{Ll}/u.test(l) && !endsLikeSentence(l.trim());
  for (let i = 1; i < end; i++) {
    // A court reporter's numbered page sets no blank line around its headings ("ORAL ARGUMENT OF
    // NAME" / "ON BEHALF OF THE PETITIONER" between the Chief Justice's call and counsel's turn):
    // there the line above must end a sentence, so a turn wrapped onto a line in capitals goes on.
    const setOff = numbered ? !lines[i - 1]!.trim() || (endsLikeSentence(lines[i - 1]!.trim()) && !capitals(lines[i - 1]!)) : !lines[i - 1]!.trim();
    if (!setOff || !capitals(lines[i]!) || labelled(i)) continue;
    let j = i;
    while (j + 1 < end && lines[j + 1]!.trim() && capitals(lines[j + 1]!) && !(numbered && labelled(j + 1))) j++;
    if (j - i > 2 || j + 1 >= end) continue;
    if (!numbered && (j === i || lines[j + 1]!.trim())) continue;
    const next = nextNonBlankLine(lines as string[], j + 1);
    const title = normalizeSpace(lines.slice(i, j + 1).join(' '));
    if (next < end && labelled(next) && wordCount(title) <= 20) out.set(i, { lines: Array.from({ length: j - i + 1 }, (_, d) => i + d), title });
    i = j;
  }
  return out;
}

/**
 * The lines of a numbered transcript set around each page-number line, with no line number of
 * their own (`unnumberedLine`), that the document prints at least twice (numbers aside): a running
 * header or footer. Walked outward from each page line over blank lines, up to three lines each
 * way, stopping at the first line that is numbered or printed once; then every other unnumbered
 * line printed the same way.
 */
function runningPageFurniture(lines: readonly string[], unnumberedLine: (k: number) => boolean): number[] {
  const pages: number[] = [];
  for (let k = 0; k < lines.length; k++) if (isPageHeader(lines[k]!)) pages.push(k);
  if (pages.length < 2) return [];
  const form = (line: string) => line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const seen = new Map<string, number>();
  for (const l of lines) if (l.trim()) seen.set(form(l), (seen.get(form(l)) ?? 0) + 1);
  const out: number[] = [];
  for (const page of pages) {
    for (const step of [-1, 1]) {
      for (let k = page + step, taken = 0; k >= 0 && k < lines.length && taken < 3; k += step) {
        if (!lines[k]!.trim()) continue;
        if (isPageHeader(lines[k]!) || !unnumberedLine(k) || (seen.get(form(lines[k]!)) ?? 0) < 2) break;
        out.push(k);
        taken++;
      }
    }
  }
  // The last page's footer stands under its line 25 with no page line below it: the same footer.
  const forms = new Set(out.map((k) => form(lines[k]!)));
  for (let k = 0; k < lines.length; k++) if (lines[k]!.trim() && unnumberedLine(k) && forms.has(form(lines[k]!)) && !out.includes(k)) out.push(k);
  return out;
}

/** Only a page's header (and blank lines around it) stands between lines `from` and `to`. */
function acrossPageBreak(lines: string[], from: number, to: number, isPageFurniture: (k: number) => boolean = () => false): boolean {
  let header = false;
  for (let k = from + 1; k < to; k++) {
    if (isPageHeader(lines[k]!) || isPageFurniture(k)) header = true;
    else if (lines[k]!.trim()) return false;
  }
  return header;
}

function nextNonBlankLine(lines: string[], from: number): number {
  let k = from;
  while (k < lines.length && !lines[k]!.trim()) k++;
  return k;
}

/** The next line with words, skipping lines already classified (time stamps, directions). */
function nextContent(lines: string[], from: number, end: number, b: DocBuilder): number {
  for (let k = from; k < end; k++) if (lines[k]!.trim() && !b.isMarked(k)) return k;
  return -1;
}

/** A firm's or a name's abbreviation closing a line ("PARITY DOLLAR INC.", "Ltd.", "Jr."): its full stop ends no sentence. */
const ABBREVIATION_AT_END = lazy(() => /\b(?:Inc|Ltd|Corp|Co|LLC|plc|Jr|Sr)\.$/i);
/**
 * A line shaped like a heading but not title case: short, not a sentence (no
 * closing punctuation, no trailing comma, colon or dash), not a list item and
 * not a quotation. Only meaningful where the structure expects a heading.
 */
function isBareHeading(raw: string): boolean {
  const line = normalizeSpace(raw);
  if (!hasLetters(line) || wordCount(line) > 12) return false;
  if (endsLikeSentence(line.replace(ABBREVIATION_AT_END(), '')) || /[,;:—–-]$/.test(line)) return false;
  if (/^[-–—•·*▪►“"‘'(]/.test(line)) return false;
  return true;
}

/**
 * Line `i`, a paragraph of its own, is the upper of two headings stacked over a labelled turn: a
 * Hansard's subject over its stage ("CONSUMER PROTECTION AMENDMENT BILL 2024" / "Third Reading" /
 * "Ms NGUYEN (Nollamara) (15:42): …"). It heads the debate below, no words of the speech above.
 */
function stackedOverTurn(lines: string[], i: number, next: number, end: number, b: DocBuilder, labelAt: (k: number) => ScannedLabel | null): boolean {
  if (next < 0 || lines[i - 1]?.trim() || lines[i + 1]?.trim() || lines[next + 1]?.trim()) return false;
  if (labelAt(next) || !isHeadingLike(withoutEmphasis(lines[next]!), 12)) return false;
  const below = nextContent(lines, next + 1, end, b);
  return below >= 0 && !!labelAt(below);
}

/** The heading a meeting recorder's notes set over the tasks agreed: "Action Items", "Next steps:", "To-dos". */
const ACTION_ITEMS_HEADING = lazy(() => /^(?:#{1,4}\s+)?(?:\*\*)?(?:action items|next steps|to-?dos?|tasks|follow-?ups?)(?:\*\*)?\s*:?$/i);
/**
 * Under an action-items heading above the first turn, the lines naming an assignee alone (a name of
 * two to four words) with the tasks set further in below it; the block's last line. Walks only the
 * heading's block: up to the next line set at the heading's own margin, at most 60 lines.
 */
function assigneeBlocks(lines: readonly string[], firstTurn: number): { heading: number; last: number; names: number[] }[] {
  const out: { heading: number; last: number; names: number[] }[] = [];
  const indent = (l: string) => l.length - l.trimStart().length;
  for (let h = 0; h < firstTurn; h++) {
    if (!ACTION_ITEMS_HEADING().test(lines[h]!.trim())) continue;
    const margin = indent(lines[h]!);
    const names: number[] = [];
    let last = h;
    for (let k = h + 1; k < firstTurn && k <= h + 60; k++) {
      const l = lines[k]!;
      if (!l.trim()) continue;
      const below = lines[k + 1] ?? '';
      const assignee = below.trim() && indent(below) > indent(l) && wordCount(l) >= 2 && wordCount(l) <= 4 && isNameShaped(l.trim());
      // (The names may stand at the heading's own margin, only their tasks set in: "Action items" /
      // "Olivia Marsh" / "    Send the draft by Friday (05:40)".)
      if (indent(l) <= margin && !(assignee && indent(l) === margin && (k === h + 1 || names.length > 0))) break;
      last = k;
      if (assignee) names.push(k);
    }
    if (names.length) out.push({ heading: h, last, names });
  }
  return out;
}

function nextIsBulletOrHeading(lines: string[], next: number): boolean {
  if (next < 0) return true;
  const line = lines[next]!.trim();
  // A recap's heading over a sent-in question ("❓ Question 1 — from user sprout_queen"): the
  // part's heading above it ("🔹 PART 2 — COMMUNITY QUESTIONS") ends the answer before.
  return /^[-–—•·*]$/.test(line) || /^[-–—•·*]\s/.test(line) || (line.length <= 80 && QUESTION_SENT_BY().test(line));
}

/** A meeting's saved-chat header: "10:04:36 From Owen Castellano to Everyone:", "10:05:02 From Ama (Privately) :". */
const SAVED_CHAT_HEADER = lazy(() => /^\s*\d{1,2}:\d{2}(?::\d{2})?\s+From\s+\S/);
/** A note in square brackets, named as the translator's, the interpreter's or the editor's: "[Translator's note: …]". */
const BRACKETED_NOTE = lazy(() => /^\s*\[(?:translator|translators|interpreter|editor|editors)['’]?s?['’]? note\s*:\s*[^\][]+\]\s*$/i);
/** Zoom's echo of the message a chat reply answers, quoted and cut short: 'Replying to "the 2.3 is …":'. */
const REPLY_ECHO = lazy(() => /^(Replying to\s+["“][^"”]{1,300}["”]:?)(?:\s+|$)/);
/** A chat log's message headers: Zoom's "10:02:33 From Name to Everyone:", IRC's "[14:01] <nick>", a chat copy's "Hale, Tom 10:02 AM". */
const CHAT_HEADER = lazy(() => new RegExp(String.raw`^\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s+From\s|\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+<[^<>\s]{1,40}>\s|[^\s,]{1,30},\s+\S{1,30}\s+\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\.?\s*$|${CHAT_APP_HEADER}|${DAY_STAMP})`, 'u'));
/** A chat app's message header: the sender, two spaces, the clock of the day ("Aaron Mbeki  9:14 AM": Mattermost, Slack). */
const CHAT_APP_HEADER = String.raw`\p{L}[^\s:]{0,30}(?: [^\s:]{1,30}){0,3} {2,}\d{1,2}:\d{2}\s?[AaPp][Mm]\s*$`;
/** A chat line's stamp with the day and month in words: "Fri, Mar 1 2024, 09:01:12 - " (Element). */
const DAY_STAMP = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2},? \d{4}, \d{1,2}:\d{2}(?::\d{2})?\s*[-–] `;
/** Two or more labelled lines are a chat log's message headers. */
function isChatLog(lines: readonly string[], at: readonly (ScannedLabel | null)[]): boolean {
  let n = 0;
  for (let k = 0; k < at.length && n < 2; k++) if (at[k] && (CHAT_HEADER().test(lines[k]!) || (at[k]!.style === 'heading' && CLOCK_ALONE().test(lines[k + 1] ?? '')))) n++;
  return n >= 2;
}
/**
 * A chat client's message header: the sender, then the day and time it was sent, alone on the line
 * ("Ingrid Solberg, [12.03.2024 14:00:21]" Telegram Desktop, "Dov Ashkenazi — 03/12/2024 3:05 PM"
 * and "— Today at 9:02 AM" Discord).
 */
const SENDER_OVER_DATED_STAMP = lazy(() => /^\s*\S.{0,60}?(?:,\s*|\s+[—–-]\s+)\[?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?|Today at|Yesterday at)\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*$/);
/** Two labels or more on such headers: the turns are messages. */
function datedMessageHeaders(lines: readonly string[], at: readonly (ScannedLabel | null)[]): boolean {
  let n = 0;
  for (let k = 0; k < at.length && n < 2; k++) if (at[k] && lines[k]!.length <= 120 && SENDER_OVER_DATED_STAMP().test(lines[k]!)) n++;
  return n >= 2;
}
/**
 * A Slack or Teams copy's time under the sender's name ("Owen Castellanos" / "9:11 AM"): the clock of
 * the day, never a recording's offset ("0:05"), so the turns are a chat's messages. Without it, a
 * member who asked twice was taken for the host, and every statement of theirs for a question.
 */
const CLOCK_ALONE = lazy(() => /^\s*\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\.?\s*$/);

/** A Zoom chat's direct message ("10:02:33 From Jun Park to Helen Ode(Direct Message):", "… to Ama (Privately) :"): the two people, in order, as one key; else null. */
export function directMessagePair(raw: string): string | null {
  if (!raw.includes('From')) return null;
  const m = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s+From\s+(.{1,80}?)\s+to\s+(.{1,80}?)\s*\((?:Direct Message|privately)\)\s*:/i.exec(raw);
  return m ? [m[1]!.trim(), m[2]!.trim()].sort().join('\u0000') : null;
}

/** The first labelled turn that is not page metadata: a label line whose words are a sentence, or followed by words. */
function findFirstTurn(lines: string[], labelAt: (k: number) => ScannedLabel | null, end: number, numbered?: (k: number) => boolean): number {
  for (let i = 0; i < end; i++) {
    const l = labelAt(i);
    if (!l) continue;
    // A field block's line is the header's; not a name set over the words below it ("SUPER: Ada Stone / engineer").
    // A line the transcript numbers ("01 IV:   so (.) when did you") is talk, however short its words.
    if (l.style !== 'heading' && !numbered?.(i) && isKeyValueLine(asField(lines[i]!)) && neighbourIsKeyValue(lines, i) && !speaksLater(lines, labelAt, end, i, l.key)) continue;
    return i;
  }
  return end;
}

/**
 * A field block's key that is a person speaking in turns further down ("Maria Okonkwo: 44" under
 * "**Age:**", then "Maria Okonkwo: Housing. …"): each candidate's short answer, talk, not the
 * header's fields. A full name only: a part ("Host: Bonnie") heads a header and speaks later too.
 */
function speaksLater(lines: string[], labelAt: (k: number) => ScannedLabel | null, end: number, i: number, key: string): boolean {
  if (wordCount(key) < 2 || !isNameShaped(key) || CAST_ROLE().test(key)) return false;
  for (let k = i + 1; k < end; k++) if (labelAt(k)?.key === key && !isKeyValueLine(lines[k]!)) return true;
  return false;
}

/** A participants' key's entry opening its line: "HY = He Yi, …", "IV = interviewer (…)". */
const KEY_LINE_LABEL = lazy(() => /^\s*(\p{Lu}{1,3}\d{0,2})\s*=\s*\p{L}/u);
/**
 * The lines of a participants' key in the first dozen lines above the first turn, each opening with
 * a label's entry ("JR = Julia Renner, moderator, Decrypt Europe") whose label opens two turns or
 * more ("JR: …"). Labels.ts reads the names and roles from them; here they are the header's
 * metadata, no claims, and head no section.
 */
function participantsKey(lines: readonly string[], firstTurn: number): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < Math.min(firstTurn, 12); i++) {
    const m = lines[i]!.includes('=') ? KEY_LINE_LABEL().exec(lines[i]!) : null;
    if (!m) continue;
    let uses = 0;
    for (let k = firstTurn; k < lines.length && uses < 2; k++) if (lines[k]!.startsWith(m[1]!) && lines[k]!.startsWith(`${m[1]}:`)) uses++;
    if (uses >= 2) out.add(i);
  }
  return out;
}

/**
 * A field line with its key in bold read as the field: "**Host:** Mia (Community Team)", "**Guest**:
 * Lena Vogt, CEO" → "Host: …". A block of such lines is a header's fields, as one in plain text is.
 */
function asField(line: string): string {
  return line.includes('**') || line.includes('__') ? line.replace(BOLD_FIELD_KEY(), '$2:') : line;
}
const BOLD_FIELD_KEY = lazy(() => /^\s*(\*\*|__)([\p{L}][\p{L} ]{0,30}?)\s*(?::\s*\1|\1\s*:)/u);

/** A numbered part's heading, all in capitals: a word or three, a number (or a Roman one), perhaps a dash and a title ("PANEL 3 — THE LAMPLIGHTERS"). */
const NUMBERED_PART_HEADING = lazy(() => /^\p{Lu}[\p{Lu}'’]*(?: \p{Lu}[\p{Lu}'’]*){0,2} (?:\d{1,3}|[IVXL]{1,5})(?: [—–-] \p{Lu}[^\p{Ll}]{0,60})?$/u);
/** A sidebar's heading: two to five words in capitals, no sentence ("FACT FILE", "AT A GLANCE", "CV"). */
const SIDEBAR_HEADING = lazy(() => /^[\p{Lu}&][\p{Lu}\p{N}&'’-]*(?:\s+[\p{Lu}\p{N}&'’-]+){0,4}:?$/u);
/** Two key-value lines or more with different keys right from line `k`. */
function fieldBlockBelow(lines: readonly string[], k: number): boolean {
  const keys = new Set<string>();
  for (let j = k; j < lines.length && j < k + 12; j++) {
    const kv = lines[j]!.trim() ? isKeyValueLine(lines[j]!) : null;
    if (!kv) break;
    keys.add(kv.key.toLowerCase());
  }
  return keys.size >= 2;
}

function neighbourIsKeyValue(lines: string[], i: number): boolean {
  const here = isKeyValueLine(asField(lines[i]!));
  for (const d of [-1, 1]) {
    const k = i + d;
    if (k < 0 || k >= lines.length) continue;
    const kv = isKeyValueLine(asField(lines[k]!));
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
  // Asked by its mark: "?", the Arabic script's "؟" (Persian), Armenian's "՞" on the word asked about.
  return hasSecondPerson(a.text) || (asksByMark(a.text) && a.sentences.length <= 2) || !endsLikeSentence(a.text);
}

/** A quotation, then who said it in the third person: `"…," she told the council last year.`, `"…" he said.` */
const REPORTED_PULL_QUOTE = lazy(() => /^["“][^"“”]{8,}["”],?\s+(?:she|he|they)\s+(?:said|says|told|tells|added|wrote|recalled)(?![\p{L}])[^"“”]*$/u);
/**
 * A reader's signature alone on its line: a dash, a name or a pseudonym, perhaps where they write
 * from after a comma ("— Linda, Swindon", "– Anonymous, by email", "*— Worried, Leeds*"), a young
 * reader's age in brackets after the name ("— Priya Sandhu (age 11), Aberdeen"). No sentence.
 */
export const READER_SIGNATURE = lazy(() => /^(?:[—–]|--)\s*(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})(?:\s\((?:age[sd]?\s)?\d{1,2}\))?(?:,\s*[^,.!?;:—–]{1,40}){0,2}$/u);
/** A reader who gives no name: "Anonymous", "Name withheld". */
export const ANONYMOUS_READER = lazy(() => /^(?:anonymous|anon|name withheld|withheld)$/i);
/**
 * Line `i` signs the question turn above it, under its "Q:" side letter (a question in it), where the
 * next line of words opens the other side's turn, "A:": the signer (null for "Anonymous"); undefined
 * for no such line.
 */
function readerSignatureOfQuestion(lines: readonly string[], i: number, turn: Turn, labelAt: (k: number) => ScannedLabel | null): string | null | undefined {
  if (!turn.asker || turn.key === null || !SIDE_LETTER().test(turn.key) || !turn.parts.length) return undefined;
  const text = normalizeSpace(lines[i]!.trim().replace(/^([*_])(.+)\1$/, '$2'));
  const m = text.length <= 120 ? READER_SIGNATURE().exec(text) : null;
  // (a letter may end on a plain sentence after its question: "… Is he right? He won't believe me.")
  if (!m || !turn.parts.some((p) => p.includes('?'))) return undefined;
  let k = i + 1;
  while (k < lines.length && !lines[k]!.trim()) k++;
  const next = k < lines.length ? labelAt(k) : null;
  if (!next || next.key === turn.key || !SIDE_LETTER().test(next.key)) return undefined;
  return ANONYMOUS_READER().test(m[1]!) ? null : m[1]!;
}
/** A side's letter, no person: "Q.", "A.", "Question:", "Answer:". */
const SIDE_LETTER = lazy(() => /^(?:q|question|a|answer)$/i);

/** A signature line under a standfirst's block quote: "-- Name", "— Name." (1: the name, read as a sentence of its own). */
const SIGNATURE_LINE = lazy(() => /^(?:--|—|―)\s*([^\s.][^.]*)\.?$/u);
/** A standfirst's writer named with their job, then asking: "Our editor, Sam Okafor, asked her five questions", "Our reporter Ana Ruiz spoke to him" (1: the name). */
const EDITOR_ASKED = lazy(() => /\b(?:[Oo]ur|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}(?:editor|reporter|writer|correspondent|interviewer|columnist|producer)[,]?\s+((?:\p{Lu}[\p{Ll}'’-]+\s){1,2}\p{Lu}[\p{Ll}'’-]+),?\s+(?:asked|spoke to|put|sat down with|talked to|interviewed|caught up with)(?![\p{L}])/u);
/**
 * A readers' column's standfirst naming who answers: "Every month Dr Ruth Abernethy, a microbiologist
 * at …, answers your questions about …", "Professor Ana Ruiz answers readers' questions". The full name.
 */
const COLUMNIST_ANSWERS = lazy(() => /(?:^|[\s*_])(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+)?(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?){1,2})(?:,[^,.!?]{3,100},)? (?:answers|tackles|takes on) (?:your|readers['’]|listeners['’]|viewers['’]) (?:[\p{Ll}-]+ )?questions(?![\p{L}])/u);
/**
 * A write-up by one author whose Q./A. sides carry no names, under a standfirst that introduces
 * one person by full name ("Tomás Ferreira has led compliance at Ledgerline since 2021."): the
 * author asks, that person answers. Null when the front matter names a side, a turn is named,
 * or the standfirst introduces nobody or several. With no byline, the one guest the host's
 * introduction presents ("our guest, Dr Amaka Obi, …", "Joining me is …") answers, and the host it
 * names ("I'm Jon Reed") asks; else a column's standfirst saying who answers readers' questions
 * answers them (COLUMNIST_ANSWERS), or one naming its writer asking ("Our editor, Sam Okafor, asked
 * her five questions": EDITOR_ASKED) gives the asker, and the one person another of its sentences
 * opens on answers; else nobody known.
 */
function writeUpSides(
  turns: readonly Turn[],
  narrative: readonly { idx: number }[],
  lines: readonly string[],
  meta: ParseInput['meta'],
  hostNames: readonly string[],
): { asker: string | null; guest: string } | null {
  if (hostNames.length || meta.speakers.length || !turns.length) return null;
  if (!turns.every((t) => t.key === null || SIDE_LETTER().test(t.key))) return null;
  if (!turns.some((t) => t.asker) || !turns.some((t) => t.answerRole)) return null;
  const first = Math.min(...turns.map((t) => t.lines[0] ?? Infinity));
  // A signature line ("-- Name" under a block quote) is a sentence of its own, the name in it whole.
  const standfirst = narrative
    .filter((n) => n.idx < first)
    .map((n) => lines[n.idx]!.trim().replace(SIGNATURE_LINE(), '$1.'))
    .join(' ');
  if (!standfirst) return null;
  // No byline: the guest the host's introduction presents answers, the host it names (if any) asks.
  if (!meta.author) {
    const introduced = guestIntroduced(standfirst);
    if (introduced) return { asker: introduced.host, guest: introduced.guest };
    // A column's readers ask, each signing their letter; the one its standfirst says answers does.
    const columnist = COLUMNIST_ANSWERS().exec(normalizeSpace(standfirst));
    if (columnist && isNameShaped(columnist[1]!)) return { asker: null, guest: columnist[1]! };
    // A newsletter's "Elena Marsh joined … in March. Our editor, Sam Okafor, asked her five
    // questions.": the standfirst's writer who asked, and the one other person it introduces.
    const editor = EDITOR_ASKED().exec(normalizeSpace(standfirst));
    const asking = editor && isNameShaped(editor[1]!) ? editor[1]! : null;
    // (sentence by sentence: a newsletter's note of its issue may open the standfirst, "Internal newsletter, April 2025.")
    const answering = asking ? (standfirst.replace(/[*_]/g, '').split(/(?<=[.!?])\s+/).map((sentence) => personIntroduced(sentence, asking)).find((n) => n !== null) ?? null) : null;
    return asking && answering ? { asker: asking, guest: answering } : null;
  }
  const guest = personIntroduced(standfirst, meta.author);
  return guest ? { asker: meta.author, guest } : null;
}

/**
 * The value without the parenthesised note that closes it ("Ana Ruiz (host)" → "Ana Ruiz "), as
 * `value.replace(/\s*\([^)]*\)\s*$/, '')` gives it up to spaces at its end, in linear time: that
 * pattern tried each "(" of a long run of them against the rest of the line. The note opens at the
 * first "(" after the last ")" but one.
 */
export function withoutClosingNote(value: string): string {
  const end = value.trimEnd();
  if (!end.endsWith(')')) return value;
  const open = end.indexOf('(', end.lastIndexOf(')', end.length - 2) + 1);
  return open >= 0 && open < end.length - 1 ? value.slice(0, open) : value;
}

/**
 * A transcript's header sheet above the first turn holds fields an analyst searches for
 * ("Location: Narrator's home, Oakland, California", "Transcriber: Gwen Halloran; reviewed …",
 * "Date: 9 October 2024    Duration: 88 min    Moderator: …"): a field line the header marked as
 * metadata is kept as a claim of its own, so grep and search find the same words. A line that only
 * names who holds a part (a cast line) stays metadata: its names are the turns' speakers.
 */
function keepHeaderFields(b: DocBuilder, firstTurn: number, firstContent: number, cover: ReadonlySet<number>): void {
  const title = titleKey(b.input.meta.title);
  const spoken = new Set<string>();
  for (const r of b.records) for (const n of [r.speaker, r.asker]) if (n) spoken.add(titleKey(n));
  const castName = (value: string) => {
    const name = withoutClosingNote(value).trim();
    return titleKey(b.input.registry.resolve(name) ?? name);
  };
  const rosterRead = rosterEntries(b.lines, firstTurn);
  const rosterLines = rosterRead.entries;
  for (let i = 0; i < firstTurn; i++) {
    // (A hearing's cover, its appearances, who sat and its index, is the page's furniture whoever
    // speaks, whatever a later pass took one of its rows for: coverFurnitureLines.)
    if (cover.has(i)) {
      if (b.kinds[i] === 'heading') b.mark(i, 'metadata');
      continue;
    }
    const raw = b.lines[i]!;
    // A roster's line of one person and what they do ("David Prinçay, President, Binance France",
    // "Gao Rui — Interpreter"): metadata when that person speaks (it is their turns' role), a claim when they never do, a
    // record of its own as a cast line's holder who never speaks keeps.
    const entry = b.kinds[i] === 'metadata' ? rosterLines.get(i) : undefined;
    if (entry) {
      // (One whose turns go under the part the line gives them, "INTERPRETER:", speaks too, even
      // where those turns are read as another's words interpreted.)
      const partLabels = (k: number) => b.lines[k]!.slice(0, entry.role.length + 1).toLowerCase() === `${entry.role.toLowerCase()}:`;
      // (A title stacked under the name, stackedRoster, is the same entry's: one claim of both lines.)
      const titled = rosterRead.titles.has(i + 1) ? 1 : 0;
      const text = titled ? `${raw.trim()}, ${b.lines[i + 1]!.trim()}` : raw;
      if (!spoken.has(castName(entry.name)) && !b.lines.some((_, k) => k >= firstTurn && partLabels(k))) b.add({ type: 'claim', text: normalizeSpace(text), speaker: null, section: null }, i, i + titled);
      continue;
    }
    // A roster under its heading: metadata while every name on it speaks in the turns; one who
    // never speaks is found only here, so the line is a claim. Otter's "Unknown Speaker" on it
    // names nobody: its turns have no speaker, and it is no one to find.
    const roster = b.kinds[i] !== 'metadata' ? null : i > 0 && ROSTER_HEADING().test(b.lines[i - 1]!.trim()) ? rosterNames(raw) : raw.includes(',') ? inlineRosterNames(raw) : null;
    if (roster) {
      // A room's device names no one either; "Cllr Rosalind Achterberg" is the Rosalind Achterberg who speaks.
      // Nor does a numbered voice ("Speaker 1") whose turns took the name its speaker gave ("This is …").
      if (!roster.every((n) => UNNAMED_VOICE().test(n) || NUMBERED_VOICE().test(n) || isRoomDevice(n) || spoken.has(castName(n)) || spoken.has(castName(personName(n))))) b.add({ type: 'claim', text: normalizeSpace(raw), speaker: null, section: null }, i);
      continue;
    }
    if (b.kinds[i] !== 'metadata' || !raw.includes(':')) continue;
    // A chat export's header ("Channel: Community / ama-stage" between rules of "="): the export's,
    // no fact of the talk; found through the record nearest it (src/model/nearby.ts).
    if (isChatExportHeaderAt(b.lines, i)) continue;
    // "Participants: Oren Batista, Keiko Marsh, Speaker 2": the same, on one field's line; a voice
    // the recorder left unnamed ("Unknown Speaker") names nobody to find there.
    const listed = participantsListed(raw);
    // A device named after its owner ("Tomasz's iPad") is that owner rejoining, no one else to find.
    // ("Present: Cllr Joan Pettit (Chair), …": the office before the name is no part of whom the turns name.)
    if (listed && listed.every(([n]) => UNNAMED_VOICE().test(n) || NUMBERED_VOICE().test(n) || OWNED_DEVICE().test(n) || spoken.has(castName(n)) || spoken.has(castName(personName(n))))) continue;
    const fields = raw.trim().split(/\s{3,}|\t+/);
    if (!fields.every((f) => isKeyValueLine(f) !== null)) continue;
    if (isCastLine(raw) || isCastOfNames(raw) || isSpeakerKeyLine(raw) || (title && titleKey(isKeyValueLine(fields[0]!)!.value) === title)) continue;
    // A part's holder who speaks in the turns, whatever the line says they do (their turns' role).
    const holder = castOfOne(raw) ?? listingHolder(raw);
    if (holder !== null && spoken.has(castName(holder))) continue;
    // "Duration: 1:04:18", "File name: call_0314.m4a", "Meeting ID: 873 5521 0094": the recording's or the
    // service's own fields, no fact of the talk.
    // (A Markdown header sets its keys in bold: "**Duration:** 71 min".)
    if (fields.every((f) => RECORDING_FIELD().test(isKeyValueLine(f)!.key.replace(/[*_]/g, '').trim()))) continue;
    // "Original link: …", "Compiled by: …": a translation's source and credits, no fact of the talk.
    if (TRANSLATION_CREDIT().test(raw.trim())) continue;
    // "Guest: He Yi", "Date: 14 November 2024": a name the turns speak as, or the date the document is dated by.
    // "TIME: 08:10" (a radio transcript's header, under its "DATE:"): the time it went out, as a date is.
    // (A record's "Time of call: 23:14:06", "Time commenced: …" say when something happened: kept.)
    const airTime = (f: string) => /^\s*time\s*$/i.test(isKeyValueLine(f)!.key) && isLoneTime(isKeyValueLine(f)!.value);
    // ("Date: 03/10/2022": a day and month in figures either way round, the date the year is read from.)
    // (Only the date of the talk: "Date of birth: 03/11/1991" is a fact of the person, kept.)
    const numericDate = (f: string) => TALK_DATE_KEY().test(isKeyValueLine(f)!.key.replace(/[*_]/g, '').trim()) && AMBIGUOUS_NUMERIC_DATE().test(isKeyValueLine(f)!.value.replace(/[*_]/g, '').trim().replace(TIME_AFTER_DATE(), ''));
    // (The name may stand under its title, "Internal examiner: Dr. Barnaby Quist", "Candidate: Ms. …": the turns speak as the name.)
    const spokenValue = (v: string) => spoken.has(castName(v)) || spoken.has(castName(personName(withoutClosingNote(v).trim())));
    if (fields.every((f) => spokenValue(isKeyValueLine(f)!.value) || isWhenLine(isKeyValueLine(f)!.value) || airTime(f) || numericDate(f))) continue;
    b.add({ type: 'claim', text: normalizeSpace(raw), speaker: null, section: fieldsHeading(b, i, firstContent) }, i);
  }
}

/**
 * A clip tool's credit above the turns ("Created by Nadia Petrov", Grain's highlight export): who
 * made the export, its furniture where that person speaks in the turns. One who never speaks is
 * found only there, so the line stays (a heading that heads nothing is kept as a claim).
 */
function creditLines(b: DocBuilder, firstTurn: number): void {
  let spoken: Set<string> | null = null;
  for (let i = 0; i < firstTurn && i < 200; i++) {
    const raw = b.lines[i]!;
    const creator = b.kinds[i] === 'heading' && raw.length <= 80 ? CREATED_BY().exec(raw.trim()) : null;
    if (!creator || wordCount(creator[1]!) > 4 || !isNameShaped(creator[1]!)) continue;
    if (!spoken) {
      spoken = new Set<string>();
      for (const r of b.records) for (const n of [r.speaker, r.asker]) if (n) spoken.add(titleKey(n));
    }
    if (spoken.has(titleKey(b.input.registry.resolve(creator[1]!) ?? creator[1]!))) b.mark(i, 'metadata');
  }
}
/** A tool's credit line naming who made the export: "Created by Nadia Petrov". */
const CREATED_BY = lazy(() => /^(?:created|clipped|shared) by\s+(\S.*)$/i);
/** Line `raw` is the title with only its last part after a spaced dash another: "X - Transcript" under "X - Notes by Gemini". */
function isTitleTwin(raw: string, title: string | null | undefined): boolean {
  if (!title || raw.length > 200 || title.length > 200) return false;
  const line = raw.trim();
  const cut = (s: string) => {
    const at = Math.max(s.lastIndexOf(' - '), s.lastIndexOf(' – '), s.lastIndexOf(' — '));
    return at > 0 ? [s.slice(0, at), s.slice(at + 3)] as const : null;
  };
  const a = cut(line);
  const t = cut(title.trim());
  if (!a || !t || wordCount(a[0]) < 3 || wordCount(a[1]) > 3 || titleKey(a[1]) === titleKey(t[1])) return false;
  return titleKey(a[0]) === titleKey(t[0]);
}
/**
 * The heading a block of fields stands under in the body above the turns, past the page's header
 * (Gemini's notes: "Details" / "Founding: Halima started Sorrel in 2017. (00:01:10)" / "Grocery: …"):
 * the section the fields' claims are under, so the heading heads them and is no claim of its own.
 * The heading opens its block after a blank line; null where none does. (A block of 40 lines at most;
 * a field above already kept is a record's line.)
 */
function fieldsHeading(b: DocBuilder, i: number, firstContent: number): string | null {
  let k = i - 1;
  for (let n = 0; k >= firstContent && n < 40 && (b.kinds[k] === 'metadata' || b.kinds[k] === 'record') && b.lines[k]!.trim(); n++) k--;
  if (k < firstContent || k < 1 || b.kinds[k] !== 'heading' || !b.lines[k]!.trim() || b.lines[k - 1]!.trim()) return null;
  return sectionTitle(b.lines[k]!);
}

/** The recorder's offset on a label line, leading or trailing ("Rafaela Monteiro  38:07", "[00:01:12] Host:", "Name (1:00:02):"), in seconds. */
const LEADING_LABEL_STAMP = lazy(() => /^\s*[[(]?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,]\d{1,3})?[\])]?(?=\s)/);
const TRAILING_LABEL_STAMP = lazy(() => /\s[[(]?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,]\d{1,3})?[\])]?:?\s*$/);
/** (A stamp at the line's end is the label's only when no words follow the label there: "Host: we start at 10:30" is talk.) */
function stampOnLabel(raw: string, rest: string): { stamp?: number } {
  const m = LEADING_LABEL_STAMP().exec(raw) ?? (rest ? null : TRAILING_LABEL_STAMP().exec(raw));
  return m ? { stamp: Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) } : {};
}
/**
 * The day and the clock a chat message was sent, on its label ("14/02/2024, 09:12 - Name: …",
 * "[2024-06-17 21:03] Name: …", "Name, [21.11.2024 18:02]") or, where the sender stands alone
 * under it, on the stamp line above ("Mar 04, 2025  7:12:40 PM" / "Name"). Only the label's own
 * part of the line is read: a date in the message's words ("we met on 12/03/2024, 10:00") is no stamp.
 * The day stays as written: two messages on different days differ in it, whichever order its figures take.
 */
const SENT_AT = lazy(() => /(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2},? \d{4}),?\]?\s{1,3}(?:at\s)?\[?(\d{1,2}):(\d{2})(?::\d{2})?(?:\s?([AaPp])\.?[Mm]\b)?/);
function sentOnLabel(raw: string, rest: string, above: string): { sent?: { day: string; minute: number } } {
  const words = rest.trim();
  const at = words ? raw.indexOf(words) : raw.length;
  if (at < 0) return {};
  const m = SENT_AT().exec(raw.slice(0, Math.min(at, 160))) ?? (above && isDatedStampAlone(above) ? SENT_AT().exec(above) : null);
  if (!m) return {};
  let hour = Number(m[2]) % (m[4] ? 12 : 24);
  if (m[4] && /p/i.test(m[4])) hour += 12;
  return { sent: { day: m[1]!.replace(/,/g, ''), minute: hour * 60 + Number(m[3]) } };
}
/**
 * A message's own header, its sender with the time it was sent ("Ren Takeda — Today at 6:04 PM",
 * "Julien Delacroix, [21.11.2024 18:10]", "Aaron Mbeki  9:14 AM"): a reply's target line stands right
 * under it. Not a name alone: Discord sets the replied message's sender alone over its preview,
 * above the reply's own header ("Aiko Tanabe" / "@jonas_r was that …?" / "Desmond — 03/04/2024 11:20 AM").
 */
function isStampedMessageHeader(raw: string): boolean {
  // (and an export's dated stamp over its sender alone, "[12-Mar-24 10:03 PM] kestrel#0": its reply line under it)
  return raw.length <= 120 && (SENDER_OVER_DATED_STAMP().test(raw) || CHAT_HEADER().test(raw) || isStampedSender(raw));
}
function replyOf(to: { name?: string; words?: string } | null): { replyTo?: { name?: string; words?: string } } {
  return to ? { replyTo: to } : {};
}
/** A line that is one recording field alone: "Total duration: 00:03:12", "Meeting ID: 873 5521 0094". */
function isRecordingFieldLine(raw: string): boolean {
  const kv = raw.includes(':') ? isKeyValueLine(raw.trim()) : null;
  return !!kv && RECORDING_FIELD().test(kv.key.trim());
}
/** The key of a recording's or a meeting service's technical field (its length, its file, its meeting's number). */
// (A chat export's "Conversation ID: 88213-KX", "Ticket number: …" are the service's fields too.)
const RECORDING_FIELD = lazy(() => /^(?:(?:total |recording |audio |video )?(?:duration|length)|(?:audio |media |video )?file(?: ?name)?|(?:meeting|webinar|recording|conference) (?:id|number|passcode)|(?:conversation|chat|session|interaction|ticket) (?:id|number|ref|reference)|passcode|transcribed(?: on)?|transcription date)$/i);
/** A note of the proceedings breaking off: a recess, an adjournment, going off the record. */
const RECESS_NOTE = lazy(() => /\b(?:recess(?:ed)?|adjourned|off the record)\b/i);
/** A caption's line naming a party's part alone ("Plaintiff,", "Defendants.", "Petitioner and Appellant,"). */
const CAPTION_PARTY = lazy(() => /^\s*(?:(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Claimants?|Debtors?|Intervenors?)(?: and |-|\s*[,.]?\s*$)){1,2}\s*$/i);
/** A caption's "v." line between its parties ("v.          Case No. 3:24-cv-01882"). */
const CAPTION_VERSUS = lazy(() => /^\s*(?:v|vs)\.?(?:\s{2,}\S.*)?\s*$/);

/** What a transcript's notice says of it: that it may be wrong, comes "as is", with no warranty. */
const DISCLAIMS_TRANSCRIPT = lazy(() => /\b(?:as is|warrant(?:y|ies)|inaccura(?:te|cies)|errors,? omissions)\b/i);
/** A publication's notice under the text, by its key: "Risk warning:", "Disclaimer:", "Risk disclosure:". */
const PUBLICATION_NOTICE = lazy(() => /^(?:risk (?:warning|disclosure|notice|statement)|(?:legal )?disclaimers?|important notice)\s*[:：]\s*\S/i);
/**
 * The lines of a transcript vendor's notices below the last turn (`lastLabel`): a notice heading
 * alone on its line (rules around it) and the paragraph under it, and a paragraph that speaks of
 * the transcript and disclaims it. No one's words, no claim about anything.
 */
function vendorNoticeLines(lines: readonly string[], lastLabel: number): number[] {
  const out: number[] = [];
  if (lastLabel < 0) return out;
  for (let i = lastLabel + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.length <= 800 && /transcri/i.test(line) && DISCLAIMS_TRANSCRIPT().test(line)) out.push(i);
    // "Risk warning: The content of this article is for reference only and does not constitute
    // investment advice. …": a publication's notice under the text, a paragraph that opens on its key.
    if (line.length <= 1200 && PUBLICATION_NOTICE().test(line) && (i === 0 || !lines[i - 1]!.trim())) {
      for (; i < lines.length && lines[i]!.trim(); i++) out.push(i);
      continue;
    }
    if (!NOTICE_HEADING().test(line) || (lines[i - 1]?.trim() && !RULE_LINE().test(lines[i - 1]!))) continue;
    out.push(i);
    let k = i + 1;
    while (k < lines.length && (!lines[k]!.trim() || RULE_LINE().test(lines[k]!))) k++;
    for (; k < lines.length && lines[k]!.trim() && !RULE_LINE().test(lines[k]!); k++) out.push(k);
    i = k - 1;
  }
  return out;
}

/** A caption box's line: its column of ":" or ")" set off by spaces. */
const CAPTION_COLUMN = lazy(() => /\S\s{2,}[:)](?:\s|$)/);
/** Where a caption box's column starts on its line: the spaces before its ":" or ")". */
// (Only from a run's first space: tried from each space of a long run with no ":" after it, quadratic.)
const CAPTION_COLUMN_MARK = lazy(() => /(?<!\s)\s{2,}[:)](?:\s|$)/);
/** A caption box's row its column ends, one space or more before the ":" or ")": "ELENA MARKOVIC, :". */
const CAPTION_BOX_END = lazy(() => /\S\s+[:)]\s*$/);
/** A caption box's row the column parts: "Petitioner, : No. 24-117". */
const CAPTION_BOX_MID = lazy(() => /\S\s[:)]\s/);
/** An index's heading on a cover, its letters spaced or not: "C O N T E N T S", "INDEX", "Table of Contents". */
const COVER_INDEX_HEADING = lazy(() => /^(?:contents|index|table of contents)$/i);

/**
 * A court reporter's cover, set above the numbered pages with no numbers of its own: the court,
 * the caption, the place and the date, the sworn line ("The above-entitled matter came on for
 * oral" / "argument before the Supreme Court …" / "at 10:04 a.m."), the appearances, then the
 * index. Its lines are double-spaced, so a sentence runs on over the blank lines: each one that
 * wraps is read whole, a claim. The index under its heading (who argues, and the page it starts
 * on) is its table of contents, metadata as a video's chapter list is, its page numbers no figures of anything; every other line (the court's
 * name, the place, the date, "APPEARANCES:") is the cover's metadata.
 */
function readNumberedCover(b: DocBuilder, coverEnd: number, state: ReturnType<typeof newAttributionState>, narrator: string | null): void {
  const lines = b.lines;
  let index = false;
  // A box typed with one space before its column ("ELENA MARKOVIC, :" / "Petitioner, : No. 24-117"):
  // a row the column's ":" or ")" ends, or one the column parts with such a row above or below it.
  const endsBox = (k: number) => k >= 0 && k < coverEnd && CAPTION_BOX_END().test(lines[k]!);
  const boxRow = (k: number) => endsBox(k) || (CAPTION_BOX_MID().test(lines[k]!) && (endsBox(k - 1) || endsBox(k + 1)));
  for (let i = 0; i < coverEnd; i++) {
    const raw = lines[i]!;
    if (!raw.trim() || b.isMarked(i)) continue;
    // "C O N T E N T S": a heading's letters spaced out, read as its word.
    const heading = normalizeSpace(raw).replace(/(?<=(?:^|\s)\p{L}) (?=\p{L}(?:\s|$))/gu, '');
    if (COVER_INDEX_HEADING().test(heading)) index = true;
    // A caption box's line ("HALCYON LEDGER PARTNERS, L.P.,     )", "Plaintiff,     )   C.A. No. …"):
    // the parties and the case number in the box's column, the cover's furniture as its ":" box is,
    // never a sentence however its ")" ends it.
    if (index || CAPTION_COLUMN().test(raw) || boxRow(i)) {
      b.mark(i, 'metadata');
      continue;
    }
    // The lines of one sentence, a blank line apart at most: one goes on in the next when it
    // stops on a comma or an open word, or the next opens in lowercase.
    let last = i;
    let text = raw.trim();
    for (;;) {
      const next = nextNonBlankLine(lines, last + 1);
      if (next >= coverEnd || next - last > 2 || b.isMarked(next) || endsLikeSentence(lines[last]!.trim())) break;
      // The caption's box ("Petitioner,        :" / "v.       : No. 23-1187"): its column parts the parties, no sentence.
      if (CAPTION_COLUMN().test(lines[last]!) || CAPTION_COLUMN().test(lines[next]!) || boxRow(last) || boxRow(next)) break;
      // So do a caption's parts and its "v." set each on a line of their own ("SELWYN TRUST COMPANY," / "Plaintiff,").
      if ([lines[last]!, lines[next]!].some((l) => CAPTION_PARTY().test(l) || CAPTION_VERSUS().test(l))) break;
      if (!/[,;]$/.test(lines[last]!.trim()) && !continuesOnNextLine(lines[last]!, lines[next]!)) break;
      text += ' ' + lines[next]!.trim();
      last = next;
    }
    if (last > i || (endsLikeSentence(text) && wordCount(text) >= 4)) {
      narrate(b, text, state, { section: null, narrator, firstIdx: i, lastIdx: last });
      i = last;
      continue;
    }
    b.mark(i, 'metadata');
  }
}

/** Counsel's appearance on a hearing's cover: "For the Plaintiff: Ms. Celia Lane", "On behalf of the Respondent: …" (a party's part, then a colon). */
const APPEARANCE_LINE = lazy(() => /^\s*(?:for|on behalf of|appearing for)\s+(?:the\s+)?(?:plaintiffs?|defendants?|claimants?|respondents?|petitioners?|appellants?|appellees?|applicants?|debtors?|intervenors?|complainants?|accused|crown|prosecution|defen[cs]e|state|people|government|commonwealth|united states|witness(?:es)?|tribunal|committee|commission|inquiry)\b[^:.!?]{0,40}:\s*\S/i);
/** A report's numbered section: "1.15.1 Commander's interview", "4.2.3 Findings" (two levels or more, then a title). */
const SUBSECTION_NUMBER = lazy(() => /^(\d{1,2})\.\d{1,2}(?:\.\d{1,2}){0,3}\s+\p{Lu}/u);
/**
 * Line `i` is a report's numbered section heading between blank lines ("1.15.1 Commander's interview"),
 * where an earlier line between blank lines numbers a section of the same chapter ("1.15 Cockpit voice
 * recorder"): it ends the turn of an extract set in the report above it (a voice recorder's last row).
 */
function reportSubsection(lines: readonly string[], i: number): boolean {
  const m = SUBSECTION_NUMBER().exec(lines[i]!.trim());
  if (!m || lines[i - 1]?.trim() || lines[i + 1]?.trim()) return false;
  for (let k = i - 2; k >= 1; k--) {
    const e = SUBSECTION_NUMBER().exec(lines[k]!.trim());
    if (e && e[1] === m[1] && !lines[k - 1]!.trim() && !lines[k + 1]?.trim()) return true;
  }
  return false;
}
/** A heading of capitals alone, one to three words: "DECLARATION", "REPORTER'S CERTIFICATE". */
const CAPITALS_HEADING = lazy(() => /^\s*\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){0,2}\s*$/u);
/**
 * A statement's or a deposition's heading in capitals, alone on its line after a blank one under an
 * answer ("A. No, I only looked at it from the back." / "" / "DECLARATION" / "I, …, confirm …"): a
 * court-style Q./A. answer never runs on past a blank line into a line of capitals, so it ends there.
 */
function courtCapitalsHeading(lines: readonly string[], i: number, current: { asker: boolean; lines: number[] } | null, at: readonly (ScannedLabel | null)[]): boolean {
  if (!current || current.asker || at[current.lines[0]!]?.style !== 'court') return false;
  return !lines[i - 1]?.trim() && CAPITALS_HEADING().test(lines[i]!);
}
/** A legend's heading over its rows: "Legend:", "Key", "Abbreviations:". */
const LEGEND_HEADING = lazy(() => /^(?:legend|key|abbreviations|glossary)\s*:?$/i);
/** A cover's heading over who took part, one to a line: "APPEARANCES:", "PRESENT:", "MEMBERS PRESENT:", "ALSO PRESENT". */
const COVER_ROSTER_HEADING = lazy(() => /^(?:(?:(?:members|also|others?)\s+)?(?:present|absent)|appearances|in attendance|before)$/i);
/** A cover's index heading: "INDEX OF EXAMINATION", "EXHIBITS", "WITNESSES", "INDEX". */
const COVER_TABLE_HEADING = lazy(() => /^(?:index(?:\s+(?:of|to)\s+(?:examinations?|witnesses|exhibits|proceedings))?|exhibits(?:\s+index)?|witnesses|(?:examination|exhibit|witness)\s+index)$/i);
/** An index row's page number at its end, set apart by spaces or dot leaders: "By Ms. Pryce      3", "…, Department of Health ........ 2". */
const INDEX_PAGE_END = lazy(() => /\S(?:\s{2,}|\s*\.{3,}\s*)\d{1,4}$/);
/** An episode's credit, sentence by sentence: "Hosted by NAME, with guest NAME, …", "Produced by NAME.", "Music by NAME.". */
const EPISODE_CREDIT = lazy(() => /^(?:(?:hosted|presented|produced|edited|mixed|recorded|engineered|researched|directed|transcribed)\s+by|(?:original\s+)?music\s+by|artwork\s+by|with\s+guests?)\s+(?:the\s+)?\p{Lu}/iu);

/** A programme's closing credit: "NAME is produced by NAME", "NAME is a NAME production", "Executive producer: NAME", "Transcript edited for clarity". */
const CLOSING_CREDIT = lazy(() => /^(?:\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+[\p{L}\p{N}'’&-]+){0,5}\s+is\s+(?:(?:produced|made|distributed|recorded|edited)\s+by\s+(?:the\s+)?\p{Lu}[^,;]{0,60}|an?\s+\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,4}\s+production)|(?:[Ee]xecutive\s+|[Ss]eries\s+|[Ss]enior\s+)?(?:[Pp]roducers?|[Ee]ditors?|[Hh]osts?|[Ss]ound\s+design|[Mm]usic|[Aa]rtwork)\s*:\s*\p{Lu}[^,;]{0,60}|(?:[Tt]his\s+)?[Tt]ranscript\s+(?:has\s+been\s+|was\s+)?(?:lightly\s+)?(?:edited|condensed)(?:\s+and\s+condensed)?\s+for\s+(?:clarity|length|readability)(?:\s+and\s+(?:clarity|length|readability))?)$/u);

/**
 * The furniture of a hearing's or an episode's cover above its first turn, by its layout: the
 * caption's block (its parties, each over a part alone on its line, "Plaintiff," / "v." /
 * "Defendant."), counsel's appearances ("For the Plaintiff: Ms. Celia Lane"), the lines of names
 * under "PRESENT:" or "APPEARANCES:", an index of witnesses or exhibits whose rows end on a page
 * number, and an episode's credit lines ("Hosted by NAME, with guest NAME, …"). A line that says
 * something (a sentence of the cover's prose) is none of these.
 */
function coverFurnitureLines(lines: readonly string[], firstTurn: number): Set<number> {
  const out = new Set<number>();
  const spaced = (raw: string) => normalizeSpace(raw).replace(/(?<=(?:^|\s)\p{L}) (?=\p{L}(?:\s|$))/gu, '').replace(/\s*:$/, '');
  for (let i = 0; i < firstTurn; i++) {
    const raw = lines[i]!;
    if (!raw.trim()) continue;
    // The block of lines around it, no blank line between.
    let to = i;
    while (to + 1 < firstTurn && lines[to + 1]!.trim()) to++;
    const block = lines.slice(i, to + 1);
    const short = block.length <= 12 && block.every((l) => wordCount(l) <= 16);
    const heading = spaced(raw);
    const caption = short && block.some((l) => CAPTION_PARTY().test(l)) && block.every((l) => !endsLikeSentence(l.trim()) || CAPTION_PARTY().test(l) || CAPTION_VERSUS().test(l));
    const roster = COVER_ROSTER_HEADING().test(heading) && short && block.slice(1).every((l) => APPEARANCE_LINE().test(l) || (/^\s*\p{Lu}/u.test(l) && !/[.!?]["”]?\s*$/.test(l.trim()) && wordCount(l) <= 12));
    const index = COVER_TABLE_HEADING().test(heading) && block.length > 1 && block.length <= 40 && block.some((l) => INDEX_PAGE_END().test(l.trimEnd())) && block.every((l) => wordCount(l) <= 20 && !/[.!?]["”]?\s*$/.test(l.trim()));
    if (caption || roster || index) {
      for (let k = i; k <= to; k++) out.add(k);
      i = to;
      continue;
    }
    if (APPEARANCE_LINE().test(raw) || isCreditLine(raw, false)) out.add(i);
  }
  return out;
}

/**
 * A line of an episode's credits, every sentence one ("Hosted by NAME, with guest NAME.", "Produced
 * by NAME. Music by NAME."); under the last turn (`closing`) a programme's closing credit too ("NAME
 * is produced by NAME", "Transcript edited for clarity").
 */
function isCreditLine(raw: string, closing: boolean): boolean {
  return raw.length <= 300 && splitSentenceParts(withoutEmphasis(raw).trim()).every((part) => EPISODE_CREDIT().test(part) || (closing && CLOSING_CREDIT().test(part)));
}

/** A line's sentences at their stops before a capital: "Produced by A. Edited by B." → "Produced by A", "Edited by B". */
function splitSentenceParts(text: string): string[] {
  return text.replace(/[.!]\s*$/, '').split(/(?<=\p{Ll}{2}|\p{Lu}{2})[.!]\s+(?=\p{Lu})/u);
}

/** "I, Loretta Haines, Certified Shorthand Reporter, … do hereby certify": a reporter's certificate opening on its maker. */
const REPORTER_CERTIFIES = lazy(() => /^\s*I,\s+\p{Lu}[^,]{1,60},\s*(?:an?\s+|the\s+)?[^.;]{0,120}?\b(?:reporter|stenographer|transcriber|notary public)\b[^.]{0,200}?\bcertify\b/iu);
/**
 * The lines of a court reporter's certificate under the last turn: from its paragraph opening "I,
 * NAME, …Reporter, … certify" (and its heading right above, "REPORTER'S CERTIFICATE") to the end:
 * its further paragraphs, its date and its signature.
 */
function reporterCertificateLines(lines: readonly string[], lastLabel: number): number[] {
  for (let i = Math.max(lastLabel + 1, 0); i < lines.length; i++) {
    if (!REPORTER_CERTIFIES().test(lines[i]!) || (i > 0 && lines[i - 1]!.trim())) continue;
    let from = i;
    let above = i - 1;
    while (above > lastLabel && !lines[above]!.trim()) above--;
    if (above > lastLabel && /certif/i.test(lines[above]!) && wordCount(lines[above]!) <= 6 && !endsLikeSentence(lines[above]!.trim())) from = above;
    const out: number[] = [];
    for (let k = from; k < lines.length; k++) if (lines[k]!.trim()) out.push(k);
    return out;
  }
  return [];
}

/** A recorder's outline heading over its chapters ("Outline", "Chapters:"). */
const OUTLINE_HEADING = lazy(() => /^(?:outline|chapters)\s*:?$/i);
/** An outline's chapter: a short title, then the span it covers in brackets ("Injuries and recovery (14:20 - 38:05)"). */
const OUTLINE_ENTRY = lazy(() => /^[^\s()][^()]{0,80}\s\(\d{1,2}(?::\d{2}){1,2}\s*[-–—]\s*\d{1,2}(?::\d{2}){1,2}\)$/);
/** A bullet under an outline's chapter: "  • Daniel asks about the 2021 licensing rules." */
const OUTLINE_GIST = lazy(() => /^\s*[•◦▪‣*-]\s+\S/);
/** A recorder's keywords heading alone on its line: "SUMMARY KEYWORDS", "Keywords:". */
const KEYWORDS_HEADING = lazy(() => /^(?:summary\s+)?keywords\s*:?$/i);
/** A comma list of short terms, no sentence: "levy, transit, bond, council". */
function isKeywordList(raw: string): boolean {
  if (raw.length > 400 || /[.!?]\s*$/.test(raw.trim())) return false;
  const parts = raw.trim().split(/\s*,\s*/);
  return parts.length >= 2 && parts.every((p) => p.length > 0 && wordCount(p) <= 4);
}

/**
 * Each record of an email its message's day (emailTurnDays: each turn's first line and the day its
 * message gives, or null where it gives none): a qa's by its answer's last line, which the
 * answering message holds, any other record's by its first line. A binary search per record.
 */
function dateMessagesByTurn(b: DocBuilder, days: readonly { idx: number; date: string | null }[]): void {
  if (!days.length) return;
  const starts = days.map((d) => b.fileLine(d.idx));
  for (const r of b.records) {
    if (r.published) continue;
    const at = r.type === 'qa' ? r.endLine : r.line;
    if (at < starts[0]!) continue;
    const date = days[lastAtOrBelow(starts, at)]!.date;
    if (date) r.published = { date, year: Number(date.slice(0, 4)) };
  }
}

/** Each record takes the year of the post header above it, where that header gives one (an age, "2d", gives none). */
function datePostsByHeader(b: DocBuilder, years: ReadonlyMap<number, number | null>): void {
  if (!years.size) return;
  const starts = [...years].sort((x, y) => x[0] - y[0]).map(([k, year]) => ({ line: b.fileLine(k), year }));
  for (const r of b.records) {
    if (r.year !== undefined) continue;
    let year: number | null = null;
    for (const s of starts) if (s.line <= r.line) year = s.year;
    if (year !== null) r.year = year;
  }
}

/** A comment section's count heading: "3 Comments", "1 comment", "12 Responses", "Comments (4)". */
const COMMENT_COUNT = lazy(() => /^(?:\d[\d,.]*\s+(?:comments?|responses?)|comments?\s*\(\d[\d,.]*\))$/i);
/**
 * The line of a readers' comment section's count heading ("3 Comments"), where a thread's header (a
 * name over its stamp, read as a label) stands within the next five lines with words: a foot of
 * links above it ends there, and the comments under it are each their writer's. -1 for none.
 */
function readersCommentsAt(lines: readonly string[], labelAt: (k: number) => ScannedLabel | null): number {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.length > 40 || !COMMENT_COUNT().test(lines[i]!.trim())) continue;
    for (let k = i + 1, seen = 0; k < lines.length && seen < 5; k++) {
      if (!lines[k]!.trim()) continue;
      seen++;
      if (labelAt(k)?.thread) return i;
    }
    return -1;
  }
  return -1;
}
