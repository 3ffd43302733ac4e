/**
 * The speaker-label grammar: one reading of every common way a transcript
 * says who speaks, so no export format needs a parser of its own.
 *
 *   Name: words                  Host: …, He Yi: …, Q: …, A: …
 *   NAME, ROLE: words            MARY ELLIS, CNN ANCHOR: … (later ELLIS: …)
 *   NAME (voice-over): words     a parenthesised note after the name
 *   Ms NAME (Seat) (10:02): …    parliamentary records: notes and a time, title in mixed case
 *   **Name:** words              Markdown emphasis around the label (or **Name**:, **Name** (00:01:12):)
 *   **Name: words**              or around the whole turn (a bold question)
 *   Q. words / A. words          court and deposition transcripts
 *   Mr. RENNER. words            hearing records: a title in mixed case, the surname in capitals, a full stop
 *   Name (00:00:03):             Rev: the label and its time alone, the turn below
 *   Name [00:00:03]              the same with brackets, with or without the colon
 *   Name  1:02:15                Otter: the name and its time alone, the turn below
 *   [Name] 10:02:33              Zoom: the same, the name in brackets
 *   Name / 00:00:03 - 00:00:15   Riverside, Descript: the name, its time on the next line, the turn below
 *   Q – words / A – words        a newspaper's Q&A, a dash for the colon
 *   Q - Name / A - Name          a call transcript's questioner and answerer alone on the line, the words below (or "Q: Name")
 *   RA: words                    initials the document defines: "Ruth Adebayo (RA)"
 *   [00:00:01] Name: words       a time stamp before any of the above, in
 *   (00:00:01) Name: words       brackets, parentheses or bare; [9:58 AM] in chat exports
 *   [4/8/2024 1:12 PM] night_owl    a chat export's sender alone after its stamp, the message below (a handle too)
 *   >> words / >> NAME: words    captions: a change of speaker, named or not
 *   10:02:33 From Name to Everyone: words   Zoom's saved chat (the words on the line or the next)
 *   **u/name** (98 points)       a forum thread's comment header, the comment below (in "> " quotes too)
 *   [–]name 812 points 4 years ago   a thread's or chat's message header, the words below (threads.ts)
 *   00:12 < nick> words          an IRC log (irssi), "* nick waves" an action
 *   — words / — words            an interview in dialogue dashes, each dash a change of speaker
 *   DEV PATIL / **Sam Cole**     a script's layout: a name in capitals or bold alone, the words below (two names, two turns each)
 *   JOHN<tab>words               a name, a tab, the words (a word processor's table of turns)
 *
 * Plus the lines of a transcript that are neither talk nor label: time stamps
 * standing alone, stage directions ("(BEGIN VIDEO CLIP)", "[laughs]"),
 * boilerplate ("THIS IS A RUSH TRANSCRIPT…", "Transcribed by …"), and the
 * examiner lines of a deposition ("BY MR. DALTON:").
 */
import { isSpaceCode, normalizeSpace, titleCase, TRANSCRIPT_PART_LABEL, wordCount } from './text.js';
import { allMatches, escapeRegExp, lazy } from '../model/regexp.js';
import { hasOrganisationSuffix, hasPersonNoun, isPersonNounWord, mayBePersonName, PROGRAMME_KEY, TITLE_BEFORE_NAME } from './quotes.js';
import { bylineName, interviewerCredit } from './chrome.js';
import { CONTENT_WARNING, emailDigest, emailReply, forumQuoteBlockOf, forumQuoteOf, isCommentedHeader, isStampedNotice, isThreadHeaderLine, printedSenderAt, signedPosts, threadHeaders, type EmailTurn, type ThreadHeader } from './threads.js';

export interface LabelLine {
  /** the speaker as written (markup, time and role removed); null for an anonymous ">>" change */
  name: string | null;
  /** "CNN ANCHOR" in "MARY ELLIS, CNN ANCHOR:" */
  role: string | null;
  /** the words after the label on the same line */
  rest: string;
  /** how the label was written */
  style: 'colon' | 'heading' | 'court' | 'change';
  /** a time stamp stood before it ("[00:00:01] Host:") */
  timed?: boolean;
  /** a taped interview record's tape counter before the label ("0102   DC SHAH:   …"): its count */
  counter?: number;
  /** how the words were delivered, from a note after the name: "voice-over", "on camera" */
  note?: string;
  /** a question number stood before it ("Q412  Chair:"): the turn asks */
  numbered?: boolean;
  /** a court reporter's "Q. (BY MS. LIAO) …": the counsel resuming the examination, as written ("MS. LIAO") */
  resumedBy?: string;
  /** a thread's comment or message header ("[–]name 812 points 4 years ago"), see threads.ts */
  thread?: boolean;
  /** a dialogue dash opening the line ("—¿Y la cárcel?"): a turn of a two-voice interview */
  dialogue?: boolean;
  /** the name is exactly one the document's own attendees list gives (attendeeLabels): a turn, used once or more */
  attendee?: boolean;
  /** the side a Q or A letter before the name puts the speaker on ("Q - Margaret Olsen"): "ask" or "answer" */
  side?: 'ask' | 'answer';
  /**
   * a chat log's line in the third person about its sender, no message: an IRC action ("* tmaragos
   * sighs", /me) or a topic the sender set ("-!- ebaxter changed the topic of #chan to: …"). `rest`
   * holds the whole line, the nick included
   */
  action?: boolean;
  /**
   * The role as the text gives it, where that is not `role`: a post header's headline or handle
   * (which never makes its writer the asking side, as a label's "ANCHOR" does), or null where
   * `role` is the reader's own word (an email's quoted writer "interviewer").
   */
  title?: string | null;
}

/** A bracketed sound in captions or a transcript ("[APPLAUSE]", "[DOOR SLAMS]", "[SHOUTING]"): never a voice. */
export const SOUND =
  lazy(() => /^(?:music|applause|laughter|laughs?|crosstalk|inaudible|indistinct|silence|cheers?|sighs?|coughs?|chatter|foreign|noise|static|beeps?|gasps?|groans?|screams?|whispers?|sobs?|sniffles?|thunder|gunshots?|explosion|bleep|no audio|background noise|\S+ing(?:\s.*)?|speaking\b.*|\S+\s+(?:rings?|slams?|opens?|closes?|bangs?|beeps?|buzzes|plays?|continues|fades?|stops?))$/i);
/** A time: 0:02, 12:05, 1:02:15, 00:00:01.000, 00:00:01,000; a chat export's 9:58 AM. */
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?(?:\s?[AaPp]\.?[Mm]\b\.?)?`;
/**
 * A chat export's date before its time: "12/03/2024, 10:02 - " (WhatsApp), "[2024-03-12 10:02:33]",
 * DiscordChatExporter's "[03-Mar-25 06:00 PM]" (day, month's short name, year, hyphens between).
 */
const DATE_BEFORE_TIME = String.raw`(?:(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{2,4}|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2},? \d{4},)(?:,?\s+))?`;
/**
 * A broadcast time code, hours:minutes:seconds:frames ("10:00:14:05", drop-frame "01:02:03;12"). A
 * dialogue list gives two per row, in and out, before the label: "10:00:14:05  10:00:22:15  HE YI:  …".
 */
const SMPTE = String.raw`\d{1,2}:\d{2}:\d{2}[:;]\d{2}`;
/**
 * A subtitle spotting list's event row: the event's number, its in and out time codes and, in a
 * column of its own, the duration ("0002  10:00:18:02  10:00:21:11  03:09", the duration in
 * seconds and frames or a full time code); the cue or the words after it. The number and the
 * duration are the row's, as the time codes are.
 */
const SPOTTING_EVENT = String.raw`\d{1,5}\s+${SMPTE}\s*(?:-->|-|–)?\s*${SMPTE}(?:\s+(?:${SMPTE}|\d{1,2}:\d{2}))?`;
const LEADING_TIME = lazy(() => new RegExp(String.raw`^(?:${SPOTTING_EVENT}(?=\s|$)|${SMPTE}(?:\s*(?:-->|-|–)?\s*${SMPTE})?(?=\s|$)|\[${TIME}\s*(?:-->|->|-|–)\s*${TIME}\]|\[${DATE_BEFORE_TIME}${TIME}\]|\(${TIME}\)|${DATE_BEFORE_TIME}${TIME}(?=\s|$))\s*[:\-–—|]?\s*`));
/**
 * A time standing alone on its line, in brackets or not, with an optional colon, or a span: "[10:00:00]", "(00:21):", "0:02", "00:00:03 - 00:00:15";
 * or Hansard's clock between speeches, a point and the half of the day: "2.47 pm", "10.03 am".
 */
const LONE_TIME = lazy(() => new RegExp(String.raw`^\s*(?:\[${TIME}\]|\(${TIME}\)|${TIME}(?:\s*(?:-|–|—|-->)\s*${TIME})?|\d{1,2}\.\d{2}\s?[ap]\.?m\.?)\s*:?\s*$`));
/**
 * A name the way people write one in a label: up to four words, each starting with a capital or a
 * letter of a script without case, its vowel signs and viramas with it ("সুনীতা বর্মা"), or
 * "Speaker 2", and a broadcast's number ("UNIDENTIFIED PERSON #1").
 */
const NAME_WORD = String.raw`[\p{Lu}\p{Lo}][\p{L}\p{M}\p{N}.'’&-]*`;
/**
 * The words that number a part of a programme or a page, not a voice: "PART 2", "Chapter 1",
 * "Segment 3", "QUESTION 4", "DAY 1".
 */
const PART_WORDS = 'part|chapter|section|segment|step|day|week|round|question|answer|q|a|episode|act|scene|phase|table|figure|exhibit|item|note|update|edit|rule|game|level|stage|track|clip|tape|reel|camera|cam|sot|vo|page|line|slide|point|option|issue|comment|lesson|module|unit|volume|vol|no|number|year|top|hour|minute|count|book|story|source|box|footnote|appendix|annex|schedule|article|clause|room|gate|floor|terminal|platform|zone|area|sector|block|lot|team|group|panel|session|workshop|topic|agenda|task|case|tip|hint|exercise|example|scenario|problem|test|quiz|activity|sample|version|draft|photo|image|video|chart|map|form|card|channel|route|bus|verse|chorus|heat|lap|quarter|half|period|set|event';
/** The stem of a numbered label ("Vox Pop" of "Vox Pop 2") numbers a part of the page (PART_WORDS). */
export const NUMBERED_PART_STEM = lazy(() => new RegExp(`^(?:${PART_WORDS})$`, 'i'));
// A broadcast's unnamed voices numbered in capitals, "VOX POP 1", "MAN 2", "STUDENT 3": the number
// tells them apart. Not a part of the programme or the page ("PART 2", "QUESTION 3", "DAY 1").
const NUMBERED_CAPS_VOICE = String.raw`(?!(?:${PART_WORDS.toUpperCase()})\b)\p{Lu}{2,}(?: \p{Lu}{2,}){0,2} \d{1,2}`;
const NAME = String.raw`(?:[Ss]peaker[ _]\d+|SPEAKER[ _]\d+|${NUMBERED_CAPS_VOICE}|${NAME_WORD}(?: (?:${NAME_WORD}|de|van|von|der|da|di|del|la|le|bin|al)){0,3}(?: #\d{1,2})?)`;
/** What every TIME holds: a digit, a colon and two digits (a pre-test for the patterns that need one). */
const CLOCK_TIME = lazy(() => /\d:\d\d/);
const BOLD_NAME_CODE_TIME = lazy(() => new RegExp(String.raw`^(?:\*\*|__)(${NAME})(?:\*\*|__)\s+`+'`'+String.raw`(?:${TIME})`+'`'+String.raw`\s*$`, 'u'));
// The department or status a meeting app shows after the name ("Ingrid Halvorsen (Finance)  0:03"):
// the speaker's role, no part of the name. A chat app's badge after an integration's name (Slack's
// "Google Calendar  APP  10:20 AM", Discord's "BOT") says the sender is a program: its role.
// Teams shows a directory's display name, the organisation after a bar ("Amara Osei | Harbourline
// Logistics   0:03"): the organisation is the role too.
const OTTER = lazy(() => new RegExp(String.raw`^(${NAME})(?:\s+\(([^()]{1,40})\)|\s+[|｜]\s+([^|()]{1,40}?))?(?:\s+(APP|BOT))?\s+(?:[-–—]\s+)?(${TIME})\s*$`, 'u'));
/** A chat export's "Hale, Tom   10:02 AM": surname, first name, time; the words below. */
const BOLD_THEN_TIME = lazy(() => new RegExp(String.raw`^(\*\*|__)\s*(\[${TIME}\]|\(${TIME}\)|${TIME})\s+`));
// Teams' transcript sets its turns so, the department after the name: "Okafor, Chidi (Procurement)   0:03".
const LAST_FIRST_TIMED = lazy(() => new RegExp(String.raw`^(${NAME_WORD}),\s+(${NAME_WORD})(?:\s+\(([^()]{1,40})\))?\s+(?:[-–—]\s+)?${TIME}\s*$`, 'u'));
/**
 * A sender surname first, then a colon: "Mahlangu, Refilwe:", "de Wit, Joost: words", "Ó Briain,
 * Dara Mícheál:" (a particle before the surname, one or two given names).
 */
const LAST_FIRST_COLON = lazy(() => new RegExp(String.raw`^((?:(?:de|van|von|da|di|del|du|le|la|dos|das)(?: de[nr]?)? )?${NAME_WORD}(?: ${NAME_WORD})?),\s+(${NAME_WORD}(?: ${NAME_WORD})?)\s*:(?:\s+(\S.*))?$`, 'u'));
/**
 * A diarizer's voice as WhisperX and pyannote write it ("SPEAKER_00", "SPEAKER_1"): the numbered voice
 * "Speaker 0", as captions.ts names the same voice in their JSON, so the numbered voice's rules (its
 * self-introduction, the guest the host introduces) read it. Other names are kept as written.
 */
function diarizedVoice(name: string): string {
  const n = /^SPEAKER_(\d{1,3})$/.exec(name);
  return n ? `Speaker ${Number(n[1])}` : name;
}
/** "[Interviewer]: words", and after a time "[SPEAKER_00] words": a voice in brackets (bareBracketLabels reads "[Rui Sardinha] words"). */
const BRACKET_LABEL = lazy(() => new RegExp(String.raw`^\[(${NAME})\](:)?\s+(\S.*)$`, 'u'));
const ZERO_WIDTH = lazy(() => /[\u200b-\u200d\u2060\ufeff]/);
/**
 * Bloomberg's profile link after a speaker's name ("Ilse Montrose {BIO 20553190 <GO>}"): a terminal
 * command, no part of the name. Only at the line's end, its one fixed form.
 */
// No leading "\s*": tried at each space of a long run before a "}" it backtracked quadratically
// (a 30 KB line took seconds); the spaces before the tag are trimmed after.
const PROFILE_TAG = lazy(() => /\{BIO\s+\d{1,12}\s*<GO>\}\s*$/);
/**
 * StreetEvents numbers each turn after its header ("Harriet Balogun,  Orsolo Bank plc - Group CEO   [2]"):
 * a counter, no part of the name or the title.
 */
// The space before it by lookbehind, not "\s+": that was tried at each space of a long run (quadratic).
const TURN_COUNTER = lazy(() => /(?<=\s)\[\d{1,3}\]$/);
/** A line without Bloomberg's profile tag at its end ("Name {BIO 123 <GO>}" reads "Name"). */
export function withoutProfileTag(s: string): string {
  if (!s.trimEnd().endsWith('}')) return s;
  const tag = PROFILE_TAG().exec(s);
  return tag ? s.slice(0, tag.index).trimEnd() : s;
}
/** A label line without its vendor's furniture at the end (a profile tag, a turn counter). */
function withoutLabelFurniture(s: string): string {
  if (s.endsWith('}')) return withoutProfileTag(s);
  if (s.endsWith(']')) {
    const counter = TURN_COUNTER().exec(s);
    return counter ? s.slice(0, counter.index).trimEnd() : s;
  }
  return s;
}
/** A rule line a vendor sets above and below each turn's header ("-----…", "=====…"). */
export const RULE_LINE = lazy(() => /^\s*(?:-{10,}|={10,}|_{10,})\s*$/);
/**
 * The zero-width characters no word holds: a zero-width space anywhere, a (non-)joiner where it
 * joins no two letters. Between letters a non-joiner is part of the word's spelling (Persian
 * "می‌کنیم", "پیش‌بینی"), as a joiner is of Indic scripts' conjuncts: those stay, or grep finds
 * a word search cannot.
 */
const ZERO_WIDTH_ALL = lazy(() => /[\u200b\u2060\ufeff]|(?<![\p{L}\p{M}])[\u200c\u200d]|[\u200c\u200d](?![\p{L}\p{M}])/gu);
/** "Jane Doe [CEO]: words": the speaker's title in square brackets after the name. */
const BRACKET_ROLE = lazy(() => new RegExp(String.raw`^(${NAME})\s*\[([^\][]{1,40})\]\s*[:：]\s*(.*)$`, 'u'));
/** Roles written in lower case as labels ("interviewer: how long…", "participant: about six years"). */
const LOWER_ROLE_LABEL = lazy(() => /^(interviewer|interviewee|participant|respondent|moderator|facilitator|host|guest|q|a)\s*:\s*(.*)$/);
/** A script's note after a name: "JUNE CALLOWAY (CONT'D)", "(V.O.)", "(O.S.)". */
const SCRIPT_NOTE = lazy(() => /\s*\((?:CONT['’]D|CONTINUING|CONTINUED|V\.?\s?O\.?|O\.?\s?S\.?|O\.?\s?C\.?|(?:ON|OFF|INTO) (?:SCREEN|CAMERA|PHONE|RADIO)|FILTERED|PRE-LAP)\)\s*$/i);
/**
 * Zoom's transcript text: "[Priya Raman] 10:02:33", the turn below. The time is required: "[Laughter]" alone is a direction.
 * The display name may carry its company or pronouns in brackets ("[Tomasz Wrona (Halberd Bio)] 10:02:22",
 * "[Aoife Brennan (she/her)]"): the person's role, no part of the name. A copy counter ("[Galaxy (2)]") is no role.
 */
const BRACKETED = lazy(() => new RegExp(String.raw`^\[(${NAME})(?:\s\((?!\d{1,2}\))([^()\[\]]{1,40})\))?\]\s+(${TIME})\s*$`, 'u'));
/** A transcriber's note in brackets, never a voice: "[Translation]", "[Redacted]", "[Unclear]", "[Video]". */
const BRACKET_NOTE_WORD = lazy(() => /^(?:translation|translated|transcription|unclear|redacted|sic|pause|break|cut|edit|video|audio|clip|photo|image|graphic|note|editor['’]?s note|background|end|start|beginning|intro|outro|recording|tape|side [ab]|off the record|on the record)$/i);
/** Pronouns a display name carries in brackets ("she/her", "they/them"): no role. */
const PRONOUNS = lazy(() => /^(?:she|he|they|ze|xe)\/\w{2,5}(?:\/\w{2,5})?$/i);
/**
 * Zoom's label for a participant who never set a name: the device's or the app's own, in any case,
 * a counter after it where several share it ("[iPhone (3)] 10:02:30", "[kwame.asante] 10:02:58").
 * Only with a time to the second, and a capital, a digit or a handle's "." or "_" in the name: a
 * lone "[unclear] 00:01:02" is the transcriber's note.
 */
const BRACKETED_DISPLAY_NAME = lazy(() => /^\[([\p{L}\p{N}][\p{L}\p{N}.'’_-]*(?: [\p{L}\p{N}][\p{L}\p{N}.'’_-]*){0,3}(?: \(\d{1,2}\))?)\]\s+\d{1,2}:\d{2}:\d{2}\s*$/u);
/**
 * Zoom's label for a participant who dialled in by phone: the caller's number, its middle masked
 * ("+1 415***4471", "1415****471"; in the web client's and the phone bridge's lists with bullets,
 * "+44 20 •••• 1234") or whole ("+44 20 7946 0000"). Zoom's saved chat names the caller
 * the same way ("10:04:58 From +1 415***4471 to Everyone:").
 */
const PHONE_CALLER = lazy(() => /^(?:\+?\d[\d ]{0,6}[*•]{2,}[\d ]{0,8}\d|\+\d[\d ()-]{6,18}\d)$/);
const BRACKETED_PHONE_CALLER = lazy(() => /^\[([^\]]{4,30})\]\s+\d{1,2}:\d{2}:\d{2}\s*$/);
const REV = lazy(() => new RegExp(String.raw`^(.{1,40}?)\s*[([](${TIME})[)\]]\s*(?:[:：]\s*(.*))?$`, 'u'));
/** Trint's export: the name, its time in square brackets, the words on the same line and no colon ("Ana Ruiz [00:00:03] Welcome back."). */
const NAME_BRACKET_TIME_WORDS = lazy(() => new RegExp(String.raw`^(${NAME})\s+\[(\d{1,2}:\d{2}:\d{2})\]\s+(\S.*)$`, 'u'));
/** A heading's first word, never a person's: an article or a possessive ("The Final Word", "Our Guest"). */
const SEGMENT_OPENING = lazy(() => /^(?:The|A|An|Our|This|That|My|Your|Their|His|Her|Its)\s/);
/** A part of a programme or a record by its number: "Day Two", "Part 3", "Week One", "Session IV". */
const PART_NUMBER = lazy(() => /^(?:Day|Part|Week|Round|Session|Chapter|Section|Episode|Hour|Phase|Stage|Act|Scene|Volume|Vol\.|No\.)\s+(?:\d{1,3}|[IVX]{1,5}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)$/i);
/** A role without the full stop of an abbreviation opening it ("Dr.", "St.", "Inc."): what is left holds a sentence's marks or none. */
function withoutAbbreviationDot(role: string): string {
  return role.replace(/^(?:Dr|St|Mr|Mrs|Ms|Prof|Inc|Co|Ltd|Jr|Sr)\./g, '');
}
/** A phone-in's part for a caller: "Caller from Oakland", "listener in Leeds", "a caller". */
const CALLER_PART = lazy(() => /^(?:a\s+)?(?:caller|listener|viewer|texter)(?:\s+(?:from|in|on)\s+[^\d:,;.!?]{1,40})?$/i);
/** A role written as a title: its words capitalised, joined by small words ("Mother of Three", "Chief Executive, Tamsin & Co"). */
const TITLED_ROLE = lazy(() => /^\p{Lu}[\p{L}'’&.\/-]*(?:,? (?:\p{Lu}[\p{L}'’&.\/-]*|of|the|and|for|at|in|on|to|de|du|la|&))*$/u);
/** A preposition opening what stands where a role would ("From Our Editor", "With Ana Ruiz"). */
const ROLE_PREPOSITION = lazy(() => /^(?:From|With|By|In|On|For|At|To|And|Or|But|Of)\s/);
/** How far into a line a label's colon can stand (COLON's name, role and three notes, with spaces). */
const LABEL_COLON_REACH = 320;
/**
 * `Label: rest`: the label starts with a capital and has no sentence punctuation (what matchLabel
 * always read). Parenthesised notes may follow: a delivery note ("(voice-over)"), a time, or, in
 * parliamentary records, a seat and an office and a time together: "Ms OKAFOR (Riverside—Minister
 * for Water) (10:02):". Khmer writes a label's colon as its own sign (៖): "សំណួរ៖" (Question:),
 * "សុខ វិចិត្រ៖".
 */
const COLON = lazy(() => /^([\p{Lu}\p{Lo}][\p{L}\p{M}\p{N}.'’ &#_-]{0,38}?)\s*(?:,\s*([\p{L}\p{N}.'’ &/-][\p{L}\p{N}.,'’ &/-]{0,49}?))?((?:\s*\([^()]{1,60}\)){0,3})\s*[:：៖]\s*(.*)$/u);
/** A part in lower case, perhaps a capitalised place or employer after a comma: "host", "grid operator, FirstLine Energy", "deli owner, Queens". */
const LOWER_PART_THEN_PLACE = lazy(() => /^\p{Ll}+(?: \p{Ll}+){0,2}(?:, \p{Lu}[\p{L}'’&.-]*(?: (?:\p{Lu}[\p{L}'’&.-]*|of|and|the|de|on|upon)){0,4})?$/u);
/** A note's words: letters, digits and the punctuation of a seat or an office ("Holborn and St Pancras", "Riverside—Minister for Water"); no sentence marks. */
const NOTE_TEXT = lazy(() => /^[\p{L}\p{N} .,'’&/—–-]+$/u);
/**
 * A chat app's message header copied as text: "Mira Chen — Today at 10:02 AM", "Jonas Feld — 03/12/2024 10:04 AM".
 * A server's nickname may carry its tag in brackets ("Kestrel (Community) — 03/14/2025 9:02 PM",
 * "Sam (mod) — Today at 8:00 PM"): the name is the sender, the tag their role (2).
 */
const POSTED_AT = lazy(() => new RegExp(String.raw`^(${NAME})(?:\s\(([^()]{1,30})\))?\s+[—–-]\s+(?:(?:Today|Yesterday) at |\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+)${TIME}\s*$`, 'u'));
/** The index of the first non-blank line at or after `from` (lines.length when none). */
function nextNonBlank(lines: readonly string[], from: number): number {
  let k = from;
  while (k < lines.length && !lines[k]!.trim()) k++;
  return k;
}

/** A chapter list's line: a plain time, then a short title ("02:10 Building exchanges"). */
const CHAPTER_LINE = lazy(() => /^(\(?)(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(\)?)\s+(?:[-–—|]\s+)?(\S.{0,199})$/u);
/** A numbered part of a programme: "Chapter 3", "Part 2", "Segment 1". */
const NUMBERED_PART = lazy(() => /^(?:chapter|part|segment|section)\s+\d{1,3}$/i);
/** The heading a video description sets over its chapters. */
const CHAPTERS_HEADING = lazy(() => /^(?:\*\*|__)?(?:chapters|timestamps|time\s?stamps|contents|table of contents)\s*:?(?:\*\*|__)?\s*:?$/i);
/** The heading a meeting recorder's AI notes set over their outline of the talk (tl;dv, Fireflies, Otter). */
const OUTLINE_HEADING = lazy(() => /^(?:outline|chapters|topics)\s*:?$/i);
/** An outline entry's topic and its gist after a colon: "Founding story: leaving Ocado in 2019, …". */
const TOPIC_AND_GIST = lazy(() => /^(\p{Lu}[^:]{0,50}):\s+\S/u);
/**
 * The lines of a video's chapter list: a run of adjacent "MM:SS Title" lines, the times rising, each
 * title a few words that close no sentence, under a "Chapters"/"Timestamps" line (two or more), or
 * starting at 0:00 (three or more). Table-of-contents metadata: neither voices nor turns.
 * Under a recorder's "Outline" heading an entry may give its topic's gist after a colon ("03:41
 * Founding story: leaving Ocado in 2019"): the recorder's summary, each topic once, still no voice
 * (a chat's "00:05 Alice: hi" names its senders again and again).
 */
export function chapterLines(lines: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    let last = -1;
    let first = -1;
    const above = i > 0 ? lines[i - 1]!.trim() : '';
    // A podcast page's show notes set their chapters as paragraphs, a blank line between, under
    // their heading ("**Chapters**" / "" / "(00:00) Intro" / "" / "(12:40) Why freight"): the
    // heading, found over the first entry, lets one blank line stand between entries.
    const headed = CHAPTERS_HEADING().test(above) || (i > 1 && !above && CHAPTERS_HEADING().test(lines[i - 2]!.trim()));
    const outline = OUTLINE_HEADING().test(above);
    const topics = new Set<string>();
    const entries: number[] = [];
    for (; j < lines.length; j++) {
      if (headed && entries.length && !lines[j]!.trim() && j + 1 < lines.length && lines[j + 1]!.trim()) continue;
      const m = CHAPTER_LINE().exec(lines[j]!.trim());
      if (!m) break;
      // "(12:40)": the time in parentheses, both of them or neither.
      if (m[1] !== m[5]!.replace(')', '(')) break;
      const title = m[6]!;
      const gist = outline ? TOPIC_AND_GIST().exec(title) : null;
      if (gist) {
        const topic = gist[1]!.trim().toLowerCase();
        if (topics.has(topic) || wordCount(gist[1]!) > 6) break;
        topics.add(topic);
      } else if (title.length > 80 || wordCount(title) > 8 || /[.,;]$/.test(title.trim()) || /^\S+\s*:/u.test(title) || (m[1] && title.includes(':'))) break;
      const at = Number(m[2] ?? 0) * 3600 + Number(m[3]) * 60 + Number(m[4]);
      if (at <= last) break;
      if (first < 0) first = at;
      last = at;
      entries.push(j);
    }
    // (a blank line the loop stepped over after the last entry is no entry's)
    while (j > i && !lines[j - 1]!.trim()) j--;
    if (entries.length >= 2 && (headed || outline || (first === 0 && entries.length >= 3))) out.push(...entries);
    i = j > i ? j : i + 1;
  }
  return out;
}

/** An honorific before a full name, dropped to compare names ("Dr. Amara Nwosu" is Amara Nwosu). */
export const LEADING_HONORIFIC = lazy(() => /^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+/);

/** A meeting export's section headings, never a voice. */
const SECTION_WORD = lazy(() => /^(?:transcript|attendees|participants|summary|notes|agenda|recording|chapters?|action items|keywords)$/i);
/** A vendor's notice heading at a transcript's foot, alone on its line: "Definitions", "Disclaimer", "Legal Notice". */
export const NOTICE_HEADING = lazy(() => /^(?:definitions|disclaimers?|legal notices?|important notice|terms of use)$/i);
/** "1:42 P.M. EDT": a time's zone is no name. */
const TIME_ZONE = lazy(() => /^(?:[A-Z][A-Z]?[SD]?T|UTC|GMT|Z)$/);
/** A name, then where its speaker comes from in brackets, alone after a time: "Colm Ferriter (Brightwater Foods)", "Ana Ruiz (ruiz.io)". */
const TIMED_NAME_AFFILIATION = lazy(() => new RegExp(String.raw`^(${NAME})\s+\(([^()\s][^()]{0,39})\)$`, 'u'));
/** A name in capitals and one note in capitals in brackets: "EILEEN TREVASKIS (INTERVIEW)", "DR. ANITA MOYO (ARCHIVE, 2017)". */
const TIMED_CAPS_CUE = lazy(() => /^(\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,3}) \(\p{Lu}[\p{Lu}\d.,'’/ -]{0,30}\)$/u);
/** An IRC nick in angle brackets, irssi's mode mark or a space before it: "<alice>", "< mkessler>", "<@ysato>". */
const CHAT_NICK = lazy(() => /^<[ @+%&~]?([\p{L}\p{N}_.|-][\p{L}\p{N}_.|@-]{0,29})>\s+(\S.*)$/u);
/** An IRC notice after its time: "-ChanServ- Topic for #chan: …", the sender's nick between dashes (1), the words (2). */
const CHAT_NOTICE = lazy(() => /^-([\p{L}\p{N}_.|\[\]^{}`][\p{L}\p{N}_.|\[\]^{}`-]{0,29})-\s+(\S.*)$/u);
/** An IRC action after its time: "00:20 * ysato goes back to sleep" (/me). */
const CHAT_ACTION = lazy(() => /^\*\s+([\p{L}\p{N}_.|-][\p{L}\p{N}_.|@-]{0,29})\s+(\S.*)$/u);
/**
 * An IRC topic set by a nick, after its time: irssi's "-!- ebaxter changed the topic of #chan to:
 * words" (the time's separator may have taken the mark's first dash).
 */
const CHAT_TOPIC = lazy(() => /^-?!-\s+([\p{L}\p{N}_.|-][\p{L}\p{N}_.|@-]{0,29})\s+(changed the topic of \S{1,80} to:?\s+\S.*)$/u);
const TIME_ONLY = lazy(() => new RegExp(String.raw`^${TIME}$`));
const BOLD_LINE = lazy(() => /^(\*\*|__)([^*_]+?)\1$/u);
/** A line opening in bold and never closing it: "**Q: Your rival was fined in 2023". */
const BOLD_OPEN = lazy(() => /^(\*\*|__)([^*_]+)$/u);
// "\s*(?:([:：])\s*)?", not "\s*([:：])?\s*": two runs of spaces side by side split a long run every way (quadratic).
const MARKDOWN = lazy(() => /^(?:\*\*|__)([^*_]{1,100}?)\s*(?:([:：])\s*)?(?:\*\*|__)\s*(?:([:：])\s*)?(.*)$/u);
/**
 * An oral history's voice in bold, the colon inside the bold: "**Brenda Kerr, co-founder:**", "**Tom Reyes,
 * writer and producer, 1976–1980:**" — a full name in ordinary case (two to four capitalised words), a
 * comma, the part in lower case (a hyphen, a place, years after it).
 */
const BOLD_NAME_LOWER_PART = lazy(() => /^(\p{Lu}[\p{Ll}'’-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,3}), (\p{Ll}[\p{Ll}-]*(?: [\p{L}\p{N}'’&–-]+){0,11}(?:, [\p{L}\p{N}'’&–-]+(?: [\p{L}\p{N}'’&–-]+){0,5})?)$/u);
const COURT = lazy(() => /^([QA])\.(?:\s+(.*))?$/);
/** "Q.   (BY MS. LIAO) You can answer.": the examiner in capitals after "BY", then the question's words. */
const RESUMED_BY = lazy(() => /^Q\.\s+\(BY\s+((?:MR|MS|MRS|MISS|DR)\.?\s+[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?)\)\s+(\S.*)$/);
/**
 * An audience member's handle, a chat's ("@ada_k") or Reddit's ("u/tidewatcher"): the pattern's source, for the rules that read one.
 * A code host's handle may join its parts with single hyphens ("@tanaka-rei"), never at either end.
 */
export const AUDIENCE_HANDLE = String.raw`@[\p{L}\p{N}_.](?:-?[\p{L}\p{N}_.]){1,29}|u\/[\p{L}\p{N}_-]{2,30}`;
/** "**Q1 from @handle:** words", "**Question 3 from u/name:** words", "**@handle:** words" (a note in brackets after the handle, "@handle (Emeka):", is no part of it): bold (1), the question's number (2), the handle (3), bold closing (4), the words (5). */
const HANDLE_ASKS = lazy(() => new RegExp(String.raw`^(\*\*)?((?:Q|Question)\s?\d{0,3}\s+from\s+)?(${AUDIENCE_HANDLE})(?:\s\([^()]{1,40}\))?\s*[:：]\s*(?:(\*\*)\s*)?(\S.*)$`, 'u'));
/** "u/gridnerd asked: …", "@mira_eth asks: …": a handle (1), a verb of asking, a colon, the words (2). */
const HANDLE_ASKED = lazy(() => new RegExp(String.raw`^(${AUDIENCE_HANDLE})\s+(?:asked|asks)\s*[:：]\s*(\S.*)$`, 'u'));
/** "Q. (Ewan MacAulay, skipper, FV Girl Morag) Will …?": the asker's full name (1), perhaps what they are after a comma, then the question (2). */
const ASKER_NOTED = lazy(() => /^Q\.\s\(((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Capt|Cllr)\.?\s)?\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})(?:,\s[^()]{1,80})?\)\s+(\S.*)$/u);
/** "Q. (Mr P. Bhatt): …": a side's letter, then its holder's name (an honorific, initials) in brackets and a colon. */
const SIDE_NOTED = lazy(() => /^([QA])\.\s\(((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?\s)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})\):\s(.*)$/u);
const BOLD_COURT = lazy(() => /^(\*\*|__)([QA])\.\1(?:\s+(.*))?$/);
/** A European Parliament speaker: the name, a group in brackets, a function or an occasion after a comma, then ". – ". */
const EP_LABEL = lazy(() => /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})(\s\([^()]{1,30}\))?((?:,\s[^,.–—()]{1,60}){0,2})\.\s[–—]\s+(\S.*)$/u);
const TAB_LABEL = lazy(() => /^([^\t:]{1,40}?)[ ]*\t+\s*(\S.*)$/u);
/** Markdown emphasis around the whole of a short name: "**Dale Whitcombe**", "__Ana Ruiz__". */
const BOLD_AROUND = lazy(() => /^(\*\*|__)([^*_]{1,60})\1$/u);
const BOLD_NAME_NOTED = lazy(() => /^(?:\*\*|__)([^*_]{1,60}?)(?:\*\*|__)\s*((?:\([^()]{1,60}\)\s*){1,3})[:：]\s*(.*)$/u);
/**
 * A hearing record's label (the US Government Publishing Office's style): a
 * title in mixed case, the surname in capitals, a full stop, the words —
 * "Mr. RENNER. Thank you.", "Chairwoman DELACROIX. The subcommittee will come
 * to order.", "The CHAIRMAN. Without objection…", the House's chair "The SPEAKER pro tempore. The
 * gentleman yields back." (the Senate's "The ACTING PRESIDENT pro tempore."). The title is required: "In
 * USA. The…" is a sentence.
 */
const HEARING = lazy(() => /^((?:The|[\p{Lu}][\p{Ll}]+\.?)(?: [\p{Lu}][\p{Lu}'’-]+){1,3}(?: pro tempore)?)\.\s+(\S.*)$/u);
/**
 * The same record set in mixed case, each turn an indented paragraph whose wrapped lines run on
 * flush left: "    Mr. Okonkwo-Bell. The subcommittee will come to order.", "    The Chairman.
 * Good morning.", "    Senator Delacroix. Dr. Voss, …". The indent is required: at the start
 * of a flush-left line, "Dr. Voss. The" is more likely the end of a wrapped sentence.
 */
const HEARING_INDENTED =
  lazy(() => /^(?: {2,}|\t)((?:The (?:Chairman|Chairwoman|Chair|Chairperson|Vice Chairman|Vice Chair|Clerk|Speaker|President|Presiding Officer))|(?:Mr|Ms|Mrs|Miss|Dr|Senator|Chairman|Chairwoman|Representative|Delegate|Judge|Secretary|General|Admiral|Governor|Mayor|Commissioner|Ambassador)\.? (?!(?:Chairman|Chairwoman|Chair|President|Speaker)\.)\p{Lu}[\p{Ll}'’]+(?:[- ]\p{Lu}[\p{Ll}'’]+)?)\.[ \t]+(\S.*)$/u);
/** A hearing record's indented run-in label ("    Ms. Ruiz. Yes, Senator."): the words after it, or null. */
export function afterHearingLabel(raw: string): string | null {
  return raw.length > 8 && (raw[0] === ' ' || raw[0] === '\t') ? (HEARING_INDENTED().exec(raw)?.[2] ?? null) : null;
}
/** A forum comment's author in bold, a score after it: "**u/soil_nerd** (98 points)". */
const FORUM_HANDLE = lazy(() => /^\*\*((?:u\/)?@?[\p{L}\p{N}_.-]{2,30}(?: [\p{L}\p{N}_.-]{1,30}){0,2})\*\*\s*((?:\s*\([^()]{1,40}\)){0,3})\s*$/u);
/** Zoom chat: "From Priya Raman to Everyone:", "From Priya Raman to Marcus Webb (Privately):", "From Priya Raman :". */
const ZOOM_CHAT = lazy(() => /^From\s+(.+?)(?:\s+to\s+[^:]{1,60}?)?\s*:\s*(.*)$/);
/** A newspaper's Q&A: "Q – How much…?" / "A – 18.4 million tonnes." (a dash where others put a colon). */
const DASHED_QA = lazy(() => /^([QA])\s+[–—-]\s+(\S.*)$/);
const CHANGE = lazy(() => /^>>+\s*(.*)$/);
/** A dialogue dash opening a line: "— When did you start?", "– At twelve." */
const DIALOGUE_DASH = lazy(() => /^\s*[—–―]\s*(\S.*)$/u);
/** A recorder transcript's code in capitals (a slash, a dash or digits within: "CAPT", "F/O", "HOT-2") and the wide space or tab after it (1: the code). */
const RECORDER_CODE = String.raw`(\p{Lu}{2,}(?:[/-]?[\p{Lu}\d]{1,3})?|\p{Lu}[/-][\p{Lu}\d]{1,3})(?: {2,}|\t+ *)`;
/** A recorder transcript's code column and its words after a wide space or tab: "CAPT  Okay …", "F/O	Positive climb.", "HOT-2  Gear up." */
const CODE_COLUMN_ROW = lazy(() => new RegExp(String.raw`^${RECORDER_CODE}(\S.*)$`, 'u'));
/** A taped interview record's counter column before a label in capitals and the words: "0102   DC SHAH:   On the…". */
const TAPE_COUNTER_ROW = lazy(() => /^\d{3,5}\s{2,}(?=\p{Lu}[\p{Lu}\d .'’-]{0,40}:\s{2,}\S)/u);
/** "BY MR. DALTON:", "CROSS-EXAMINATION BY MS. PRICE:": who asks the Q. lines that follow. */
const EXAMINER = lazy(() => /(?:^|\s)BY\s+((?:MR|MS|MRS|MISS|DR)\.?\s+[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?)\s*:\s*$/);

/** The floor's marker, then the reporter's full name ("Piet de Groot" too) and outlet in brackets, then the question: "Q: (Rob Hensley, Motor Week) Luca, …" (1: marker, 2: name and outlet). */
const FLOOR_MARKER_THEN_ASKER = lazy(() => /^(Q|Question|QUESTION):\s+\((\p{Lu}[\p{L}'’.-]+(?:\s+(?:de|van|von|der|den|da|di|du|del|dos|le|la|ter))?(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*(?:,|\s[–—-])\s*[^()]{2,60})\)\s+(?=\S)/u);
/** A list's bullet before a bold Q or A marker naming its person in brackets: "- **Q (Rhian Pugh):**". */
const BULLETED_QA_MARKER = lazy(() => /^[-*•]\s+(?=\*\*[QA]\s*\([^()]{2,60}\)\s*:\s*\*\*|\*\*[QA]\s*\([^()]{2,60}\)\*\*\s*:)/u);

/** A side's letter in bold without its colon, the words after it: "**Q1** What …?", "**A** The …", "**Q2.** …" (1: the letter; 2: its number). */
const BOLD_SIDE_LETTER_NO_COLON = lazy(() => /^\*\*([QA])(\d{0,2})\.?\*\*\s+(?=\S)/);
/**
 * The label a line opens with, or null. Purely lexical: whether a label
 * really opens a turn (it recurs, it is a known name or role) is the
 * transcript parser's decision.
 */
export function readLabel(raw: string): LabelLine | null {
  const indented = raw.length > 8 && (raw[0] === ' ' || raw[0] === '\t') ? HEARING_INDENTED().exec(raw) : null;
  if (indented) return { name: indented[1]!, role: null, rest: indented[2]!.trim(), style: 'colon' };
  let s = raw.trim();
  if (!s) return null;
  // A label copied from a web page may carry a zero-width space or joiner ("Host\u200b:"): no character of its name.
  if (ZERO_WIDTH().test(s)) s = s.replace(ZERO_WIDTH_ALL(), '').trim();
  s = withoutProfileTag(s);
  // "[*]BROWN: The committee will come to order.": CQ's mark before a turn that opens a speaker's
  // part of the proceedings, no character of the label.
  if (s.startsWith('[*]')) s = s.slice(3).trimStart();
  const change = CHANGE().exec(s);
  if (change) {
    const inner = change[1]!.trim();
    const named = inner ? colonLabel(inner) : null;
    if (named && named.name && isNameShaped(named.name)) return { ...named, style: 'change' };
    return { name: null, role: null, rest: inner, style: 'change' };
  }
  // "- **Q (Rhian Pugh):** words": a note's bullet holding a bold question or answer marker with
  // the person in brackets is that marker's turn; the bullet is the list's, no word of the turn.
  if (s[0] === '-' || s[0] === '*' || s[0] === '•') s = s.replace(BULLETED_QA_MARKER(), '');
  // "**[00:00:14] Maya Chen:** words": the time inside the bold name.
  s = s.replace(BOLD_THEN_TIME(), '$2 $1');
  // "**Q1** What attracted you …?" / "**A1** The investment programme.": a side's letter set in bold,
  // numbered perhaps, its colon left out; the bold sets it off as the colon would.
  if (s.charCodeAt(0) === 0x2a && s.charCodeAt(1) === 0x2a) s = s.replace(BOLD_SIDE_LETTER_NO_COLON(), '$1: ');
  // A record of taped interview's rows: the tape counter, the speaker's label in its own column,
  // the words in the next ("0102            DC SHAH:           On the night of the 21st…"). The
  // counter is a bare count of three to five digits, so the row is read as stamped only where a
  // label in capitals stands after it with a colon, set apart by wide spaces on both sides.
  const counted = s.charCodeAt(0) >= 0x30 && s.charCodeAt(0) <= 0x39 ? TAPE_COUNTER_ROW().exec(s) : null;
  if (counted) {
    const label = readUntimed(s.slice(counted[0].length));
    if (label?.name && label.style === 'colon' && label.name === label.name.toUpperCase() && isNameShaped(label.name)) return { ...label, timed: true, counter: Number(counted[0].trim()) };
  }
  // "Q: (Rob Hensley, Motor Week) Luca, are you …?": a motor-sport press conference names the
  // reporter and the outlet in brackets after the floor's marker; read as the marker's note, "Q (Rob Hensley, Motor Week):"
  // (a dash between them, "(Hanna Kowalski – Speed Weekly)", as that comma).
  if (s[0] === 'Q' && s.includes(': (')) s = s.replace(FLOOR_MARKER_THEN_ASKER(), (_, marker: string, note: string) => `${marker} (${note.replace(/\s+[–—-]\s+/u, ', ')}): `);
  const untimed = s.replace(LEADING_TIME(), '');
  const timed = untimed !== s;
  const stamp = timed ? s.slice(0, s.length - untimed.length) : '';
  s = untimed;
  if (!s) return null;
  // A cockpit voice recorder's or a radio log's rows: the time, the voice's code in capitals in its
  // own column, the words in the next ("17:42:20 CAPT  Okay, gusting forty-two.", "1402:11 HOT-1	Gear
  // up."). No colon: the wide space or tab after a code of capitals (a slash or a digit within) marks it.
  // (The code stands right after the time: a taped interview record's name column, set far off under its own
  // column heading, "00:14         HALE            Gareth Hale.", is not read so.)
  const column = timed && /\S(?: {1,2}|\t)$/.test(stamp) ? CODE_COLUMN_ROW().exec(s) : null;
  if (column) return { name: column[1]!, role: null, rest: column[2]!, style: 'colon', timed };
  // Zoom's saved chat: "10:02:33 From Priya Raman to Everyone: words" (the words may be on the
  // next line). Only after a time: "From Monday to Friday: …" is a sentence.
  const chat = timed ? ZOOM_CHAT().exec(s) : null;
  if (chat && ((wordCount(chat[1]!) <= 4 && isNameShaped(chat[1]!)) || PHONE_CALLER().test(chat[1]!))) {
    const rest = chat[2]!.trim();
    return { name: chat[1]!, role: null, rest, style: rest ? 'colon' : 'heading', timed };
  }
  // Hansard numbers an oral question before the member, seat and party: "1. Ms Philippa Garside
  // (North Westmorland) (LD): What steps…". The notes are required: "1. Background: …" is a list.
  const listed = /^\d{1,3}\.\s+(?=\p{Lu})/u.exec(s);
  if (listed) {
    const label = colonLabel(s.slice(listed[0].length)) ?? officeLabel(s.slice(listed[0].length));
    if (label?.name && label.note && isNameShaped(label.name)) return { ...label, numbered: true, ...(timed ? { timed } : {}) };
  }
  // A select committee numbers its questions before the member's name: "Q412  Chair: …".
  const numbered = /^Q\d{1,4}\s+(?=\p{Lu})/u.exec(s);
  if (numbered) {
    const label = colonLabel(s.slice(numbered[0].length));
    if (label?.name && isNameShaped(label.name)) return { ...label, numbered: true, ...(timed ? { timed } : {}) };
  }
  // A chat log's action, only after a time: "* Write it down" alone is a list item.
  const action = timed ? (CHAT_ACTION().exec(s) ?? (s.includes('!- ') ? CHAT_TOPIC().exec(s) : null)) : null;
  if (action) return { name: action[1]!, role: null, rest: `${action[1]} ${action[2]!.trim()}`, style: 'colon', timed, action: true };
  // An IRC notice after its time, the sender between dashes: "[15:02:40] -ChanServ- Topic for #chan: …".
  // The words are the sender's; the dashes and the colon inside the words make no other label. (The
  // stamp takes the first dash as its separator: the nick stands right after it, no space between.)
  const notice = timed && stamp.endsWith('-') ? CHAT_NOTICE().exec(`-${s}`) : null;
  if (notice) return { name: notice[1]!, role: null, rest: notice[2]!.trim(), style: 'colon', timed };
  // A live audio room's or a chat's handle after its stamp: "[00:02:44] @lagos_trader: Hi…". Only
  // after a time: "@team: lunch is here" alone is a mention.
  const at = timed ? AT_HANDLE_LABEL().exec(s) : null;
  if (at) return { name: at[1]!, role: null, rest: at[2]!.trim(), style: 'colon', timed };
  // A Spaces transcript's display name, then the account's handle, after the stamp: "[00:01:37] Dana
  // Okafor @danaokafor: No. Team…". The display name speaks; the handle is how the room shows it (its
  // title). Only after a time: "Thanks Dana @dana_o: great talk" alone is a sentence.
  // A chat's sender whose display name carries the team after a bar, after the stamp: "[22.05.2024
  // 16:01:02] Sophie | VaultBridge Admin: Q1 from …". The name speaks; the team is the role.
  const barred = timed && s.includes(' | ') ? BARRED_SENDER_LABEL().exec(s) : null;
  if (barred && wordCount(barred[1]!) <= 4 && (isNameShaped(barred[1]!) || isChatHandle(barred[1]!, true)))
    return { name: barred[1]!, role: barred[2]!.trim(), rest: barred[3]!.trim(), style: 'colon', timed };
  const shown = timed && s.includes(' @') ? NAME_THEN_HANDLE_LABEL().exec(s) : null;
  if (shown && wordCount(shown[1]!) <= 4 && (isNameShaped(shown[1]!) || isChatHandle(shown[1]!, true)))
    return { name: shown[1]!, role: null, title: shown[2]!, rest: shown[3]!.trim(), style: 'colon', timed };
  // A live chat's handle after its stamp, lowercase or dotted, a channel badge before it: "0:00:11
  // moonboi_88: gm", "0:03:10 [Moderator] SAFU_mod: Reminder…". The badge is the sender's role as
  // the chat gives it (no asking part). Only after a time: "note: …" alone is a sentence.
  const handle = timed && (s.charCodeAt(0) === 0x5b || !/^\p{Lu}/u.test(s)) ? TIMED_HANDLE_LABEL().exec(s) : null;
  if (handle && (handle[1] || /^\p{Ll}|[_.\d]/u.test(handle[2]!)))
    return { name: handle[2]!, role: null, ...(handle[1] ? { title: handle[1] } : {}), rest: handle[3]!.trim(), style: 'colon', timed };
  // A Teams chat copy's header: the dated stamp, then the sender as the directory lists people,
  // surname first ("[4/3/2024 10:42 AM] Mahlangu, Refilwe:"), the message on the next lines or after
  // the colon. Only after a stamp with a date: "[00:01:02] Well, Listen: …" is someone's sentence.
  const directory = timed && DATED_STAMP().test(stamp) ? LAST_FIRST_COLON().exec(s) : null;
  if (directory) {
    return { name: `${directory[2]} ${directory[1]}`, role: null, rest: (directory[3] ?? '').trim(), style: 'colon', timed };
  }
  // A source tag before the label: "[ARCHIVE: CNBC, 2018] ANCHOR: Bitcoin has lost…". The label after
  // it speaks; the tag stays with the words, where search finds it.
  const tagged = s.charCodeAt(0) === 0x5b ? SOURCE_TAG().exec(s) : null;
  const inner = tagged ? readUntimed(tagged[2]!) : null;
  if (inner && inner.style === 'colon' && inner.name && inner.rest && isNameShaped(inner.name))
    return { ...inner, rest: `${tagged![1]} ${inner.rest}`, ...(timed ? { timed } : {}) };
  // A rundown's cue in capitals before the label of the voice it plays: "(SOUNDBITE) GLORIA PINEDA,
  // resident: We have no heat…", "(SOT) MAYOR JIM RUSSO: …". The label after the cue speaks (the cue
  // names no one); the cue stays with the words, where search finds it. Only a label in capitals, so
  // "(AP) Prices rose: …" stays a sentence.
  const cued = s.charCodeAt(0) === 0x28 ? CUE_BEFORE_LABEL().exec(s) : null;
  const cuedLabel = cued ? (readUntimed(cued[2]!) ?? cuedLowerThird(cued[2]!) ?? cuedOfficeAndName(cued[2]!)) : null;
  if (cuedLabel && cuedLabel.style === 'colon' && cuedLabel.name && cuedLabel.rest && cuedLabel.name === cuedLabel.name.toUpperCase() && isNameShaped(cuedLabel.name))
    return { ...cuedLabel, rest: `${cued![1]} ${cuedLabel.rest}`, ...(timed ? { timed } : {}) };
  // A documentary script's played clip: "ARCHIVE — Morag Kinnaird, 1962: We had nine pupils…",
  // "ARCHIVE – Dr. Ann Vey, Director of Education, 1961: …". The named voice speaks, the words after
  // the comma before the year are its role; the source and year are the note (when it was said).
  const clip = s.charCodeAt(0) === 0x41 ? ARCHIVE_CLIP_LABEL().exec(s) : null;
  if (clip && isNameShaped(clip[2]!.replace(LEADING_HONORIFIC(), ''))) {
    const role = clip[3]!.replace(/^,\s*/, '').trim() || null;
    return { name: clip[2]!, role, rest: clip[5]!.trim(), style: 'colon', note: `${clip[1]}, ${clip[4]}`, ...(timed ? { timed } : {}) };
  }
  let label = readUntimed(s) ?? officeLabel(s) ?? pictographSide(s);
  // A social video's caption conventions before a colon ("POV: you just quit your bank job", "TL;DR:",
  // "ICYMI:", in any case): the caption's own words, never a voice named POV.
  if (label?.name && label.style === 'colon' && !label.note && CAPTION_CONVENTION().test(label.name)) return null;
  // "The Minister for Housing (Ruth Calder): …": an office short enough to read as a name, its holder
  // in the note, is Hansard's minister all the same (as "The Shadow Minister for Housing (…)" is): the holder speaks.
  if (label?.note && label.style === 'colon' && s.startsWith('The ') && label.name?.startsWith('The ')) label = officeLabel(s) ?? label;
  // A dialogue list's source column before the speaker's label: "ARCHIVE (CNBC, 2018):  CZ: We are…".
  // The label after the source speaks; the source (outlet, year) stays with the words, where search finds it.
  const sourced = label?.name && label.note && label.style === 'colon' && label.name === label.name.toUpperCase() && label.rest.includes(':') ? readUntimed(label.rest) : null;
  // (Not a sender after a preposition: "CLERK (Janet Ruiz): From Marion Fitch: “…?”" is the clerk reading a
  // written question out; who sent it the question's reading takes (readOutSender), no label.)
  if (sourced && sourced.style === 'colon' && sourced.name && sourced.rest && !sourced.note && isNameShaped(sourced.name) && !ROLE_PREPOSITION().test(sourced.name))
    label = { ...sourced, rest: `${label!.name} (${label!.note}): ${sourced.rest}` };
  if (label?.name && label.name.length > 5 && POST_NOMINAL().test(label.name)) label = withoutPostNominal(label);
  // A translated interview's bilingual label, the name in Chinese, Japanese or Korean beside its
  // romanisation ("林薇 Lin Wei:", "主持人 Host:", "Lin Wei 林薇:"): the romanised name is the one the
  // translated text and its readers use; the original stays with the turn's line.
  const bilingual = label?.name && label.style === 'colon' && label.name.length <= 48 && /\s/.test(label.name) ? CJK_BESIDE_LATIN().exec(label.name) : null;
  if (bilingual) label = { ...label!, name: (bilingual[1] ?? bilingual[2])!.trim() };
  // "[VOICE ACTOR READS]:", "Reader reading:": who reads the words aloud, the verb no part of the name.
  if (label?.name && label.name.length > 8 && READS_AFTER().test(label.name)) label = { ...label, name: label.name.replace(READS_AFTER(), ''), note: label.note ?? 'reads' };
  if (label) return timed ? { ...label, timed } : label;
  // The time, then the name alone, the words below: "00:00:03 Speaker 1" (Otter's order reversed).
  if (timed && wordCount(s) <= 4 && isNameShaped(s) && !TIME_ZONE().test(s.trim())) return { name: s.trim(), role: null, rest: '', style: 'heading', timed };
  // A dialogue list's cue: the timecode, the name in capitals and, in brackets, how the words were
  // recorded ("10:00:52:03  EILEEN TREVASKIS (INTERVIEW)", "NARRATOR (V.O.)", "MARK HOSKING (SYNC)",
  // "(ARCHIVE, 2017)"), the words on the lines below. The note is the recording's, no part of the name.
  const cue = timed && s.endsWith(')') ? TIMED_CAPS_CUE().exec(s.trim()) : null;
  if (cue && wordCount(cue[1]!) <= 4 && isNameShaped(cue[1]!)) return { name: cue[1]!, role: null, rest: '', style: 'heading', timed, ...voiceOverCue(s) };
  // A meeting recorder's turn header, the time first, then the name and, in brackets, where the
  // speaker comes from ("0:06 - Colm Ferriter (Brightwater Foods)", Fathom's copy; the words indented
  // below): the bracket is the speaker's role, as Otter's department after the name is, no part of it.
  const affiliated = timed && s.endsWith(')') ? TIMED_NAME_AFFILIATION().exec(s.trim()) : null;
  if (affiliated && wordCount(affiliated[1]!) <= 4 && !TIME_ZONE().test(affiliated[1]!)) return { name: affiliated[1]!, role: affiliated[2]!.trim(), rest: '', style: 'heading', timed };
  // A chat export's message header: the stamp, then the sender's handle alone, the message below
  // ("[4/8/2024 1:12 PM] stargazer_kim"). A handle is no capitalised name, so the form says it: one
  // word with "_" or a digit in it, or any one word after a stamp with a date (a caption's lone
  // "[00:00:09] okay" has neither). A timed caption under it still undoes it (scanLabels).
  // A time zone after the time ("2024-12-18 09:12 UTC") is the stamp's own, never a sender.
  if (timed && isChatHandle(s, DATED_STAMP().test(stamp)) && !TIME_ZONE().test(s)) return { name: s, role: null, rest: '', style: 'heading', timed };
  // A sender's display name decorated with an emoji after a dated stamp ("2024-10-07 21:20:03 Lily 🐰"):
  // the name without it.
  // A server's tag in brackets after the display name, after a dated stamp ("[03-Mar-25 06:00 PM]
  // Tomasz Wierzbicki (mod)"): who the sender is to the channel, the message's role, no part of the name.
  const senderTagged = timed && s.endsWith(')') && DATED_STAMP().test(stamp) ? SENDER_TAG().exec(s) : null;
  if (senderTagged && wordCount(senderTagged[1]!) <= 4 && (isNameShaped(senderTagged[1]!) || isChatHandle(senderTagged[1]!, true)))
    return { name: senderTagged[1]!, role: senderTagged[2]!, rest: '', style: 'heading', timed };
  const plain = timed && TRAILING_EMOJI().test(s) && DATED_STAMP().test(stamp) ? s.replace(TRAILING_EMOJI(), '') : '';
  if (plain && ((wordCount(plain) <= 4 && isNameShaped(plain)) || isChatHandle(plain, true))) return { name: plain, role: null, rest: '', style: 'heading', timed };
  // DiscordChatExporter's sender after a dated stamp carries the account's tag ("priyank.eth#0",
  // "kestrel#4821"), and a server nickname its team after a bar ("Tomasz Wrona | Ledgerlane#0"): the
  // tag is no part of the name, the team is the sender's role.
  const discord = timed && s.includes('#') && DATED_STAMP().test(stamp) ? DISCORD_SENDER().exec(s) : null;
  if (discord && ((wordCount(discord[1]!) <= 4 && isNameShaped(discord[1]!)) || isChatHandle(discord[1]!, true)))
    return { name: discord[1]!, role: discord[2] ?? null, rest: '', style: 'heading', timed };
  return null;
}
/**
 * Counsel's rank after the surname ("MR CALDER KC:", "Ms Adeyemi QC:", "MR. RUIZ SC:"): King's,
 * Queen's or Senior Counsel, a post-nominal, no part of the name. After a title or a first name
 * only: "KC" alone is someone's initials.
 */
const POST_NOMINAL = lazy(() => /^(?:\S+\s+)+\S{2,}\s+((?:K|Q|S)\.?C\.?)$/);
function withoutPostNominal(label: LabelLine): LabelLine {
  const m = POST_NOMINAL().exec(label.name!)!;
  return { ...label, name: label.name!.slice(0, label.name!.length - m[1]!.length).trim(), role: label.role ?? m[1]!.replace(/\./g, '') };
}
/** "ARCHIVE — Name[, role], 1962: words": the source word (1), the name (2), its role after a comma (3), the year (4), the words (5). */
const ARCHIVE_CLIP_LABEL = lazy(() => /^(ARCHIVE|ARCHIVAL|ARCHIVE (?:CLIP|TAPE|AUDIO|FILM|FOOTAGE))\s+[—–-]{1,2}\s+([^,:]{2,60}?)((?:,\s+[^,:]{1,60}?){0,2}),\s+((?:1[6-9]|20)\d\d):\s+(\S.*)$/u);
/** A reading verb closing a label's name: "VOICE ACTOR READS", "Narrator reading". */
const READS_AFTER = lazy(() => /(?<=\p{L})\s+(?:reads|reading)$/iu);
/** A cue in capitals in brackets, then a label: "(SOUNDBITE) NAME, role: words". */
const CUE_BEFORE_LABEL = lazy(() => /^(\(\p{Lu}[\p{Lu} '’/-]{1,30}\))\s+(\p{Lu}\S.*)$/u);
/**
 * After a soundbite's cue, the voice's name in capitals and its role as a lower third writes it, in
 * mixed case: "(SOUNDBITE) MAYOR JIM RUSSO, City of Arlington: We have…". Without the cue such a
 * role is refused ("However, the result: …" is a sentence); the cue says a voice is played here.
 */
const CAPS_NAME_MIXED_ROLE = lazy(() => /^(\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){1,4}),\s+(\p{Lu}[\p{L}\p{N}'’&/-]*(?: [\p{L}\p{N}'’&/-]+){0,6}):\s+(\S.*)$/u);
/** A line's words without a soundbite's cue before its label ("(SOUNDBITE) NAME, role: words" → "NAME, role: words"). */
export function withoutCueBeforeLabel(line: string): string {
  const m = line.trimStart().charCodeAt(0) === 0x28 ? CUE_BEFORE_LABEL().exec(line.trim()) : null;
  return m ? m[2]! : line;
}
/**
 * After a cue, a label in capitals too long for a name alone: an office of several words and a full
 * name ("(SOT) PUBLIC WORKS DIRECTOR LEON BARR: …"). The last two words are the name, the words
 * before them, ending on an office's word ("DIRECTOR", "CHIEF", "SUPERINTENDENT"), the role.
 */
const CAPS_OFFICE_NAME = lazy(() => /^((?:\p{Lu}[\p{Lu}'’.&-]*\s){2,4})(\p{Lu}[\p{Lu}'’-]+\s\p{Lu}[\p{Lu}'’-]+):\s+(\S.*)$/u);
/** The last word of an office's name: "… DIRECTOR", "… FINANCE MANAGER", "… PRESS OFFICER". */
const OFFICE_LAST = lazy(() => /^(?:manager|officer|spokesperson|spokesman|spokeswoman|coordinator|administrator|engineer|head|executive|analyst|adviser|advisor|counsel|clerk|treasurer|controller|planner)$/i);
function cuedOfficeAndName(s: string): LabelLine | null {
  const m = CAPS_OFFICE_NAME().exec(s);
  if (!m) return null;
  const office = m[1]!.trim();
  const last = office.slice(office.lastIndexOf(' ') + 1);
  if (!(OFFICE_LAST().test(last) || OFFICE_WORD().test(last) || TITLE_BEFORE_NAME().test(titleCase(last)))) return null;
  return isNameShaped(m[2]!) ? { name: m[2]!, role: office, rest: m[3]!.trim(), style: 'colon' } : null;
}
function cuedLowerThird(s: string): LabelLine | null {
  const m = CAPS_NAME_MIXED_ROLE().exec(s);
  return m && isNameShaped(m[1]!) ? { name: m[1]!, role: m[2]!, rest: m[3]!.trim(), style: 'colon' } : null;
}
/** A source tag in brackets, its key in capitals: "[ARCHIVE: CNBC, 2018]", "[FILE: …]"; then the rest of the line. */
const SOURCE_TAG = lazy(() => /^(\[\p{Lu}[\p{Lu} ]{1,24}:[^\[\]]{1,80}\])\s+(\S.*)$/u);
/**
 * A thread its author numbers ("1/ Two weeks ago…", "2/12 In 2021…"), copied with another post
 * between its parts: a quoted or replying post under its own header (X's "Quote Tweet" / "Lena
 * Park @lenapark_hr · Sep 9"). The next number ("6/ Our head of people…") is the thread's author
 * again, never more of the post between. The author is the poster whose header stands over "1/";
 * each later part under another poster's header opens the author's turn again.
 */
function numberedThreadResumes(lines: readonly string[], read: (LabelLine | null)[]): void {
  let author: string | null = null;
  let authorRole: string | null = null;
  let expected = 0;
  // How the author writes the count: "2/" alone, or "2/12" with the thread's length. A later part
  // writes it the same way; "3/4 of my team …" in a reply under "1/", "2/" is a fraction, no part.
  let total = '';
  let speaking: string | null = null;
  let speakingRole: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = read[i];
    if (l?.name && l.thread && l.style === 'heading') {
      speaking = l.name;
      speakingRole = l.title ?? l.role;
      continue;
    }
    if (l || !/^\s*\d/.test(lines[i]!)) continue;
    const m = THREAD_PART().exec(lines[i]!);
    if (!m) continue;
    const n = Number(m[1]);
    if (n === 1 && speaking && !author) {
      author = speaking;
      authorRole = speakingRole;
      expected = 2;
      total = m[2] ?? '';
      continue;
    }
    if (!author || n !== expected || (m[2] ?? '') !== total) continue;
    expected++;
    if (speaking !== author) {
      // The author's handle from the header over "1/" is the resumed part's role too.
      read[i] = { name: author, role: null, title: authorRole, rest: lines[i]!.trim(), style: 'colon', thread: true };
      speaking = author;
    }
  }
}
/** A numbered part of a thread opening its line: "6/ Our head…", "6/12 Our head…", "(6/12) Our head…". */
const THREAD_PART = lazy(() => /^\s*\(?(\d{1,3})\/(\d{1,3})?\)?\s+\S/);
/** Telegram Desktop's line over a forwarded post: "[Forwarded from NAME]". */
const FORWARDED_BRACKET = lazy(() => /^\s*\[Forwarded from ([^\][]{1,80})\]\s*$/u);
/** The same line copied without its brackets: "Forwarded from NAME". */
const FORWARDED_BARE = lazy(() => /^\s*Forwarded from ([^\][]{1,80}?)\s*$/u);
/** A name in Han, kana or Hangul beside its romanisation, either first: the Latin words (1 or 2). */
const CJK_BESIDE_LATIN = lazy(() => /^(?:[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}·・]{1,8}\s+(\p{Lu}[\p{Ll}'’.-]*(?:[ -]\p{Lu}[\p{Ll}'’.-]*){0,3})|(\p{Lu}[\p{Ll}'’.-]*(?:[ -]\p{Lu}[\p{Ll}'’.-]*){0,3})\s+[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}·・]{1,8})$/u);
/** A Discord sender and its account tag, a team after a bar between: "kestrel#4821", "Tomasz Wrona | Ledgerlane#0". */
const DISCORD_SENDER = lazy(() => /^(\S[^|#]{0,40}?)(?:\s+\|\s+(\p{L}[^|#]{0,40}?))?#\d{1,4}$/u);
/** A sender and a short tag in brackets: "Tomasz Wierzbicki (mod)", "ana.k (team)". */
const SENDER_TAG = lazy(() => /^(\S[^()]{0,40}?)\s+\((\p{L}[\p{L}/-]{0,15}(?: \p{L}[\p{L}/-]{0,15})?)\)$/u);
const TRAILING_EMOJI = lazy(() => /(?:\s*(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D))+$/u);

/** "@lagos_trader: …", and a Matrix id with its server: "@dana.ruiz:matrix.org: …". */
const AT_HANDLE_LABEL = lazy(() => /^(@[\p{L}\p{N}_](?:[\p{L}\p{N}_.=-]{0,30}[\p{L}\p{N}_])?(?::[\p{L}\p{N}-]{1,40}(?:\.[\p{L}\p{N}-]{1,40}){1,4})?)\s*:\s+(\S.*)$/u);
/** A sender, a bar, the team, a colon, the words: "Sophie | VaultBridge Admin: …" (1 the name, 2 the team, 3 the words). */
const BARRED_SENDER_LABEL = lazy(() => /^([\p{L}\p{N}][^:|@]{0,40}?) \| (\p{L}[^:|]{0,40}?):\s+(\S.*)$/u);
/** A display name, then its handle, a colon, the words: "Dana Okafor @danaokafor: …" (1 the name, 2 the handle, 3 the words). */
const NAME_THEN_HANDLE_LABEL = lazy(() => /^([\p{L}\p{N}][^:@]{0,40}?)\s+(@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,30}[\p{L}\p{N}_])?):\s+(\S.*)$/u);
/**
 * A chat handle after a stamp, a badge in brackets before it: "[Moderator] SAFU_mod: …", "trader.jane: …".
 * A stream chat's badge may count months ("[SUB 24] pixel99: …"): digits after its first letter.
 */
const TIMED_HANDLE_LABEL = lazy(() => /^(?:\[(\p{L}[\p{L}\p{N} ]{1,20})\]\s+)?([\p{L}\p{N}](?:[\p{L}\p{N}_.-]{0,30}[\p{L}\p{N}_])?):\s+(\S.*)$/u);
/**
 * A chat app's message header, the sender then when it was posted, alone on the line ("Kestrel
 * (Community) — 03/14/2025 9:02 PM", "Mira Chen — Today at 10:02 AM"): the message's furniture.
 * (Its sender may not be its record's speaker: a moderator's message relaying a member's question
 * is the member's record.)
 */
export function isPostedAtHeader(raw: string): boolean {
  const s = raw.trim();
  return s.length <= 120 && CLOCK_TIME().test(s) && POSTED_AT().test(s);
}
/** A chat export's message header: a stamp with a date, then the sender alone ("2024-10-07 21:14:05 何一"). */
export function isStampedSender(raw: string): boolean {
  const l = readLabel(raw);
  return !!l && l.style === 'heading' && !!l.timed && DATED_STAMP().test(raw);
}
/**
 * A chat copy's message header, the sender and the time alone on the line ("Hale, Tom 10:02 AM",
 * "Anna Berg  0:02"): the sender's name as the label reads it (re-ordered), else null.
 */
export function timedSenderName(raw: string): string | null {
  if (raw.length > 80 || !/\d:\d{2}/.test(raw)) return null;
  const l = readLabel(raw);
  return l && l.style === 'heading' && !l.rest && l.name ? l.name : null;
}
/** A stamp with a date before its time: "[4/8/2024 1:12 PM]", "2024-03-12 10:02:33", "[03-Mar-25 06:00 PM]". */
const DATED_STAMP = lazy(() => /\d[/.-](?:\d{1,2}|[A-Z][a-z]{2})[/.-]\d/);
/** One word of a handle: letters, digits, "_", "." and "-", a letter or digit at each end. */
const HANDLE_WORD = lazy(() => /^[\p{L}\p{N}](?:[\p{L}\p{N}_.-]{0,30}[\p{L}\p{N}_])?$/u);
function isChatHandle(s: string, dated: boolean): boolean {
  if (s.length > 33 || !HANDLE_WORD().test(s) || !/\p{L}/u.test(s)) return false;
  return dated || /[_\d]/.test(s);
}

/**
 * A Japanese interview's turns: the interviewer's words after a double dash ("――2018年に日本を離れた理由は。"),
 * the guest's after the name with 氏 and an ideographic space ("何一氏　当時の規制の…").
 */
const SINGLE_EMPHASIS_LABEL = lazy(() => /^(?:[-+]\s+)?\*([^*\s][^*]{0,58}?)\s*:\s*\*\s+(\S.*)$/u);
const JA_PROMPT = lazy(() => /^(?:――|——)\s*(\S.*)$/u);
const JA_NAMED = lazy(() => /^(\p{sc=Han}{2,4})氏\u3000+(\S.*)$/u);
const JA_SURNAMED = lazy(() => /^(\p{sc=Han}{1,4})\u3000+(\S.*\p{sc=Hira}.*)$/u);

function readUntimed(s: string): LabelLine | null {
  const prompt = s.charCodeAt(0) === 0x2015 || s.charCodeAt(0) === 0x2014 ? JA_PROMPT().exec(s) : null;
  if (prompt) return { name: 'Q', role: null, rest: prompt[1]!.trim(), style: 'colon' };
  const named = s.includes('氏\u3000') ? JA_NAMED().exec(s) : null;
  if (named) return { name: named[1]!, role: null, rest: named[2]!.trim(), style: 'colon' };
  // Or the guest's surname alone before the ideographic space ("山田　祖母の店を…"), the answer in Japanese
  // (kana in it): a Chinese line's "本报讯　…" dateline is no label.
  const surnamed = s.charCodeAt(0) >= 0x4e00 && s.includes('\u3000') ? JA_SURNAMED().exec(s) : null;
  if (surnamed) return { name: surnamed[1]!, role: null, rest: surnamed[2]!.trim(), style: 'colon' };
  // Minutes' "Q. (Mr P. Bhatt): …" / "A. (Mr Menon): …": the side's letter, who takes it in brackets.
  const sideNoted = s.charCodeAt(1) === 0x2e && s.charCodeAt(2) === 0x20 ? SIDE_NOTED().exec(s) : null;
  if (sideNoted) return { name: sideNoted[1]!, role: null, rest: sideNoted[3]!.trim(), style: 'court', note: sideNoted[2]! };
  // A notice's or an FAQ's "Q. (Ewan MacAulay, skipper, FV Girl Morag) Will the fleet …?": who asked, in
  // brackets before the question (their full name, then what they are); no club or body ("(Kilbrannan Sailing Club)").
  const askerNoted = s.charCodeAt(0) === 0x51 && s.charCodeAt(1) === 0x2e && s.charCodeAt(3) === 0x28 ? ASKER_NOTED().exec(s) : null;
  if (askerNoted && mayBePersonName(askerNoted[1]!.replace(HONORIFIC_BEFORE(), ''))) return { name: 'Q', role: null, rest: askerNoted[2]!.trim(), style: 'court', note: askerNoted[1]! };
  // A court reporter's "Q. (BY MS. LIAO) You can answer." after a break or an objection: the examination
  // resumed by the counsel named, who asks this and the Q. lines after it; the marker is no words of hers.
  const resumed = s.charCodeAt(0) === 0x51 ? RESUMED_BY().exec(s) : null;
  if (resumed) return { name: 'Q', role: null, rest: resumed[2]!.trim(), style: 'court', resumedBy: resumed[1]! };
  const court = COURT().exec(s);
  if (court) return { name: court[1]!, role: null, rest: (court[2] ?? '').trim(), style: 'court' };
  const dashed = DASHED_QA().exec(s);
  if (dashed) return { name: dashed[1]!, role: null, rest: dashed[2]!.trim(), style: 'colon' };
  const hearing = HEARING().exec(s);
  if (hearing && isHearingTitle(hearing[1]!.split(' ')[0]!)) return { name: hearing[1]!, role: null, rest: hearing[2]!.trim(), style: 'colon' };
  // Org-mode's bold (one asterisk) around the label, in a list item or not: "- *Selin:* Why…".
  const single = s.includes(':*') ? SINGLE_EMPHASIS_LABEL().exec(s) : null;
  if (single) {
    const label = colonLabel(`${single[1]!.trim()}: ${single[2]}`);
    if (label && label.rest && label.name && isNameShaped(label.name)) return label;
  }
  // An AMA recap's question from the audience, by handle, the label in bold: "**Q1 from @satoshi_fan88:**
  // Is it free?", "**@hodl_harry:** How do you…?". The handle asks (a bare handle's label, where its
  // words ask). (A handle's "_" keeps the bold label below from reading it.) Not without the bold: in a
  // chat's message, "Question from @mori_k: why…?" is the words of the message's sender, who relays it.
  const fromHandle = s.includes('@') || s.includes('u/') ? HANDLE_ASKS().exec(s) : null;
  if (fromHandle && fromHandle[1] && fromHandle[4])
    return { name: fromHandle[3]!, role: null, rest: fromHandle[5]!.trim(), style: 'colon', ...(fromHandle[2] || /\?["”’)]?\s*$/.test(fromHandle[5]!) ? { side: 'ask' as const } : {}) };
  // A write-up's question by handle, the verb saying so: "u/gridnerd asked: How long …?". (In bold,
  // "**@mkowalczyk asked:**" over "**@nadia-oduya answered:**", a wiki's AMA page: asked.ts reads it.)
  const handleAsked = fromHandle ? null : s.includes('@') || s.includes('u/') ? HANDLE_ASKED().exec(s) : null;
  if (handleAsked) return { name: handleAsked[1]!, role: null, rest: handleAsked[2]!.trim(), style: 'colon', side: 'ask' };
  // A Spaces or voice-chat transcript labels each turn with the speaker's handle alone, no bold:
  // "@tobi_builds: Roughly 90 percent on the first day." The handle speaks (asking only as its
  // words ask, as any voice). Not "Question from @mori_k: …", which relays another's words.
  if (fromHandle && !fromHandle[1] && !fromHandle[2] && s.charCodeAt(0) === 0x40) return { name: fromHandle[3]!, role: null, rest: fromHandle[5]!.trim(), style: 'colon' };
  const md = MARKDOWN().exec(s);
  if (md && (md[2] || md[3])) {
    const inner = md[1]!.trim();
    const label = colonLabel(`${inner}: ${md[4]}`);
    if (label) return label;
    // The bold closing after the colon is what makes "Name, part:" a label, the part in lower case
    // as an oral history writes it (a sentence's clause would not be set in bold to its colon).
    const voiced = md[2] ? BOLD_NAME_LOWER_PART().exec(inner) : null;
    if (voiced && mayBePersonName(voiced[1]!)) return { name: voiced[1]!, role: voiced[2]!, rest: md[4]!.trim(), style: 'colon' };
  }
  // The name in bold, its notes or time after it: "**Sam Idowu** (00:01:12): When did…".
  const boldNoted = BOLD_NAME_NOTED().exec(s);
  if (boldNoted) {
    const label = colonLabel(`${boldNoted[1]!.trim()} ${boldNoted[2]!.trim()}: ${boldNoted[3]}`);
    if (label) return label;
  }
  // A whole turn in bold, label and words: "**Q: When do you start the dough?**".
  const bold = BOLD_LINE().exec(s);
  if (bold) {
    const label = colonLabel(bold[2]!);
    if (label && label.rest) return label;
    // "**Q. How did the library start?**", answered by "A. With a shoebox…".
    const court = COURT().exec(bold[2]!.trim());
    if (court && court[2]) return { name: court[1]!, role: null, rest: court[2].trim(), style: 'court' };
  }
  // A bold turn the page wrapped, its closing marks on a line below ("**Q: Your rival was fined in 2023" /
  // "over safety. Are your robots safer?**"): the label and the words the line has of it.
  const boldOpen = s.charCodeAt(0) === s.charCodeAt(1) && BOLD_OPEN().exec(s);
  if (boldOpen) {
    const label = colonLabel(boldOpen[2]!);
    if (label && label.rest && label.name && label.name.length <= 2) return label;
  }
  // "**Q.** How did the library start?": only the letter in bold.
  const boldCourt = BOLD_COURT().exec(s);
  if (boldCourt) return { name: boldCourt[2]!, role: null, rest: (boldCourt[3] ?? '').trim(), style: 'court' };
  // A forum thread's comment header: "**u/soil_nerd** (98 points)", "**u/vt_dairy_jen** (OP, 540 points)".
  const handle = FORUM_HANDLE().exec(s);
  // Its notes may come one to a bracket: "**u/name** (OP) (702 points)".
  if (handle && (/^[u@]\//.test(handle[1]!) || handle[1]!.startsWith('@') || (handle[2] && /\b(?:points?|OP|score)\b/i.test(handle[2]))))
    return { name: handle[1]!, role: handle[2] && /\bOP\b/.test(handle[2]) ? 'OP' : null, rest: '', style: 'heading' };
  // (each pattern below needs the character or the clock time its pre-test looks for: a line without one
  // runs none of these six patterns of ten `\p{…}` classes each, nor compiles them)
  const opensBracket = s.charCodeAt(0) === 0x5b;
  const clock = CLOCK_TIME().test(s);
  const bracketed = opensBracket && clock ? BRACKETED().exec(s) : null;
  if (bracketed && wordCount(bracketed[1]!) <= 4) {
    const note = bracketed[2]?.trim();
    return { name: bracketed[1]!, role: note && !PRONOUNS().test(note) ? note : null, rest: '', style: 'heading' };
  }
  const displayName = opensBracket && clock && !bracketed ? BRACKETED_DISPLAY_NAME().exec(s) : null;
  if (displayName && /[\p{Lu}\p{N}._]/u.test(displayName[1]!) && !SOUND().test(displayName[1]!))
    return { name: displayName[1]!, role: null, rest: '', style: 'heading' };
  const caller = opensBracket && clock && !bracketed && !displayName ? BRACKETED_PHONE_CALLER().exec(s) : null;
  if (caller && PHONE_CALLER().test(caller[1]!)) return { name: caller[1]!, role: null, rest: '', style: 'heading' };
  // The White House transcript's reporter: "Q    Thanks, Karine." (the letter, then a wide space), or
  // as a copy from the page sets it, one space: "Q Thank you, Marisol.", "Q — has the…". After one
  // space only a capital, a dash or a quotation mark opens the words ("Q 3 results" is no turn).
  const wideQ = /^Q(?:\t|\s{2,}|\s(?=[\p{Lu}—–"“]))(\S.*)$/u.exec(s);
  if (wideQ) return { name: 'Q', role: null, rest: wideQ[1]!.trim(), style: 'colon' };
  const lastFirst = clock ? LAST_FIRST_TIMED().exec(s) : null;
  if (lastFirst) return { name: `${lastFirst[2]} ${lastFirst[1]}`, role: lastFirst[3]?.trim() || null, rest: '', style: 'heading' };
  const bracketRole = s.includes('[') ? BRACKET_ROLE().exec(s) : null;
  if (bracketRole && wordCount(bracketRole[1]!) <= 4 && !TIME_ONLY().test(bracketRole[2]!.trim()) && !SOUND().test(bracketRole[2]!.trim()))
    return { name: bracketRole[1]!, role: bracketRole[2]!.trim(), rest: bracketRole[3]!.trim(), style: 'colon' };
  const bracketLabel = opensBracket ? BRACKET_LABEL().exec(s) : null;
  if (bracketLabel && (bracketLabel[2] || /^(?:speaker|SPEAKER)[ _]\d+$/.test(bracketLabel[1]!)) && !SOUND().test(bracketLabel[1]!) && wordCount(bracketLabel[1]!) <= 4)
    return { name: diarizedVoice(bracketLabel[1]!), role: null, rest: bracketLabel[3]!.trim(), style: 'colon' };
  const lowerRole = LOWER_ROLE_LABEL().exec(s);
  if (lowerRole) return { name: lowerRole[1]![0]!.toUpperCase() + lowerRole[1]!.slice(1), role: null, rest: lowerRole[2]!.trim(), style: 'colon' };
  const posted = clock ? POSTED_AT().exec(s) : null;
  if (posted && wordCount(posted[1]!) <= 4) return { name: posted[1]!, role: posted[2]?.trim() || null, rest: '', style: 'heading', thread: true };
  const otter = clock ? OTTER().exec(s) : null;
  if (otter && wordCount(otter[1]!) <= 4) {
    // The badge one space after the name ("PagerBot APP  9:20 AM") is read into the name's last word: it is the badge.
    const badge = !otter[2] && !otter[3] && !otter[4] ? / (?:APP|BOT)$/.exec(otter[1]!) : null;
    const name = badge ? otter[1]!.slice(0, badge.index) : otter[1]!;
    return { name, role: otter[2]?.trim() || otter[3]?.trim() || (otter[4] || badge ? 'app' : null), rest: '', style: 'heading' };
  }
  // A meeting notes tool's turn header: the name in bold, its time in code, alone ("**Ben Okoro** `00:09`").
  const boldTimed = s.endsWith('`') ? BOLD_NAME_CODE_TIME().exec(s) : null;
  if (boldTimed && wordCount(boldTimed[1]!) <= 4) return { name: boldTimed[1]!, role: null, rest: '', style: 'heading' };
  const rev = REV().exec(s);
  // A podcast page's turn header sets the name in bold, its time after it, the words below
  // ("**Dale Whitcombe** (02:21)", Substack's and Descript's published transcripts): Rev's label
  // with the emphasis no part of the name.
  const revName = rev ? rev[1]!.trim().replace(BOLD_AROUND(), '$2') : '';
  if (rev && isNameShaped(revName)) {
    const rest = (rev[3] ?? '').trim();
    return { name: revName, role: null, rest, style: rest ? 'colon' : 'heading' };
  }
  // Trint's turn: "Ana Ruiz [00:00:03] Welcome back." The stamp in brackets with hours, right after a
  // name of at most four words, is what tells it from a sentence citing a time.
  const trint = s.includes('] ') ? NAME_BRACKET_TIME_WORDS().exec(s) : null;
  if (trint && wordCount(trint[1]!) <= 4) return { name: trint[1]!, role: null, rest: trint[3]!.trim(), style: 'colon' };
  // An IRC or Matrix log: "<alice> has anyone tried it?" (the nick as written).
  const nick = CHAT_NICK().exec(s);
  if (nick) return { name: nick[1]!, role: null, rest: nick[2]!.trim(), style: 'colon' };
  // The European Parliament's verbatim report: "Markus Ferber, on behalf of the PPE Group. – (DE) Madam
  // President, …", "Eva Kaili (NI). – …", "President. – …": a full stop and a dash end the label.
  const ep = s.includes('. –') || s.includes('. —') ? EP_LABEL().exec(s) : null;
  if (ep && wordCount(ep[1]!) <= 4)
    return { name: ep[1]!, role: ep[3] ? ep[3].replace(/^,\s*/, '').trim() : null, rest: ep[4]!.trim(), style: 'colon', ...(ep[2] ? { note: ep[2].trim().slice(1, -1) } : {}) };
  // A name, a tab, the words: a word processor's two-column transcript saved as text.
  const tabbed = TAB_LABEL().exec(s);
  if (tabbed && wordCount(tabbed[1]!) <= 4 && isNameShaped(tabbed[1]!.trim())) return { name: tabbed[1]!.trim(), role: null, rest: tabbed[2]!.trim(), style: 'colon' };
  return colonLabel(s);
}

/**
 * A part's label whose one note names who takes it, then says who they are:
 * "Audience member (Amira, founder of a payments startup):", "CALLER (Dev, a plumber in Leeds):".
 * Long, but no aside: the label is a role word and the note opens with a name and a comma.
 */
const NAME_THEN_DESCRIPTION = lazy(() => /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2},\s+\p{Ll}/u);
/**
 * A reporter's full name, then the outlet in Title Case: "Tomasz Wilk, Baltic Business Daily",
 * "Samuel Oduya, Aviation Safety Network Review" (an asking part's note, however long the outlet).
 */
const NAME_THEN_OUTLET = lazy(() => /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2},\s+\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,5}$/u);
const NAME_THEN_WHERE = lazy(() => /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2},\s+\p{Lu}[^.!?:;()]{0,50}$/u);
function isDescribedHolderNote(name: string, note: string): boolean {
  if (note.length > 60) return false;
  const role = name.toLowerCase().replace(/\s+#?\d{1,3}$/, '');
  if (NAME_THEN_OUTLET().test(note)) return ASKER_ROLES().test(role) || FLOOR_PART().test(role);
  // "AUDIENCE MEMBER (Grace Olumide, Mill Road resident):": a full name, then where they are from,
  // a few words with no sentence in them.
  if (NAME_THEN_WHERE().test(note) && wordCount(note.slice(note.indexOf(',') + 1)) <= 6) return ASKER_ROLES().test(role) || FLOOR_PART().test(role);
  if (!NAME_THEN_DESCRIPTION().test(note)) return false;
  return ASKER_ROLES().test(role) || ANSWER_ROLES().test(role) || FIRST_NAME_ROLE().test(role);
}

/**
 * A broadcast label in capitals with more after the name than one role: a party tag and then a
 * state ("GOV. HARLAN WHITCOMBE (R), INDIANA:"), or a role and a title in quotes ("MIREILLE
 * DUFRESNE, AUTHOR, \"THE STADIUM\":"), or a debate's long office with the party first ("DONALD
 * TRUMP, (R) FORMER PRESIDENT OF THE UNITED STATES AND CURRENT PRESIDENTIAL CANDIDATE:"). Every letter before the colon a capital: in running text,
 * "Smith (left), the owner:" is a sentence.
 */
const CAPS_FIELDS = lazy(() => /^([\p{Lu}][\p{Lu}\p{N}.'’ &-]{1,38}?)\s*((?:\s*\([^()a-z]{1,30}\))*)((?:\s*,\s*(?:\([\p{Lu}-]{1,4}\)\s)?[\p{Lu}\p{N}"“”'’ .&/-]{1,90}){1,3})\s*:\s+(\S.*)$/u);
function capsFieldsLabel(s: string): LabelLine | null {
  // (the pattern needs a comma and a colon: a line without both never runs or compiles it)
  const m = s.includes(',') && s.includes(':') ? CAPS_FIELDS().exec(s) : null;
  if (!m || /\p{Ll}/u.test(m[1]! + m[2]! + m[3]!)) return null;
  const name = m[1]!.trim();
  if (wordCount(name) > 5 || !isNameShaped(name.replace(/^\S+\.\s+/, '')) || !/\p{Lu}{2}/u.test(name)) return null;
  const fields = [...allParenthesised(m[2]!), ...m[3]!.split(',').map((f) => f.trim()).filter(Boolean)];
  if (fields.some((f) => !/\p{Lu}/u.test(f))) return null;
  return { name, role: fields.join(', ').replace(/["“”]/g, ''), rest: m[4]!, style: 'colon' };
}

/** A clause in a script without spaces that ends on a verb of saying (说, 表示, 写道…): an attribution, not a label. */
const REPLY_PREFIX = lazy(() => /^(?:re|fwd?|quote(?: from)?)$/i);
/**
 * A forum post quoting an earlier one ("Quote from: NAME on DATE" over the quoted line): the
 * quoted line is the quoted writer's, asking; the post's words after it its poster's again.
 */
function forumQuotes(lines: readonly string[], read: (LabelLine | null)[], headers: ReadonlyMap<number, ThreadHeader>): void {
  let poster: string | null = null;
  let posterTitle: string | null = null;
  // Discourse quotes a user by the user name ("marta_k:"): the person the posts' headers name.
  const byUser = new Map<string, string>();
  for (const h of headers.values()) if (h.user) byUser.set(h.user, h.name);
  for (let i = 0; i < lines.length; i++) {
    if (headers.has(i)) {
      poster = read[i]?.name ?? null;
      posterTitle = read[i]?.title ?? null;
    }
    const block: string | null = poster && byUser.size ? forumQuoteBlockOf(lines, i) : null;
    const quoted: string | null = poster && lines[i]!.startsWith('Quote from:') ? forumQuoteOf(lines[i]!) : block ? (byUser.get(block) ?? block) : null;
    if (!quoted || quoted === poster) continue;
    const q = nextNonBlank(lines, i + 1);
    if (q >= lines.length || headers.has(q)) continue;
    read[i] = null;
    read[q] = { name: quoted, role: 'interviewer', title: null, rest: lines[q]!.trim(), style: 'colon', thread: true };
    // The excerpt's other lines, indented as its first, are the quoted words too: the poster's own start under them.
    let end = q + 1;
    if (block) while (end < lines.length && /^\s{2,}\S/.test(lines[end]!)) read[end++] = null;
    const r = nextNonBlank(lines, end);
    if (r < lines.length && !headers.has(r) && !read[r]) read[r] = { name: poster, role: null, title: block ? posterTitle : null, rest: lines[r]!.trim(), style: 'colon', thread: true };
  }
}
const CJK_SAYING_CLAUSE = lazy(() => /\p{Lo}(?:说|表示|称|说道|写道|问道|答道|笑道|指出|强调|透露|坦言|回应|宣布|介绍)$/u);
/**
 * A dot leader in a column, then the last cell of the row: " ........ (Albania)", " ...... Mr. Zhang Jun";
 * a PDF's text export spaces the dots (" . . . . . . (Panama)").
 */
const DOT_LEADER_CELL = lazy(() => /\s(?:\.{5,}|\.(?: \.){4,})\s+\(?\p{L}[^.!?]{0,60}\.?\)?$/u);
/**
 * A cover's cast row "Office:   Title Name  . . . . . .  (Country)": the office, one or two words,
 * and the person named with a title before the dot leader. Null for any other line (a row whose
 * first cell is a country, "Members:  Algeria . . . .  Mr. Bendjama", names no office's holder).
 */
function leaderedHolder(line: string): { office: string; holder: string } | null {
  if (line.length > 160 || !(line.includes('.....') || line.includes('. . . . .'))) return null;
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  const office = line.slice(0, colon).trim();
  if (!/^\p{Lu}\p{Ll}+(?: \p{Lu}?\p{Ll}+)?$/u.test(office)) return null;
  const rest = line.slice(colon + 1);
  const leader = Math.min(...[rest.indexOf('.....'), rest.indexOf('. . . . .')].filter((k) => k >= 0));
  const cell = rest.slice(0, leader).trim();
  if (!DOT_LEADER_CELL().test(rest) || !titledPerson(cell) || wordCount(cell) > 5 || !isNameShaped(cell.replace(/^\S+\s+/, ''))) return null;
  return { office, holder: personName(cell) };
}
/** A name and a verb of saying over the words below ("ChatGPT said:", "You said:", a chat assistant's export). */
const SAID_ALONE = lazy(() => /^(\S.{0,30}?)\s+(?:said|says|wrote|writes|replied|asked)$/u);
/**
 * The words of a name, a vowel sign or virama inside a word no break in it: wordCount reads
 * "সুনীতা বর্মা" as letters between marks (six words), which no name of four words passes.
 */
const COMBINING_MARKS = lazy(() => /\p{M}+/gu);
/**
 * A military rank abbreviated before a name, one or two of them: "MAJ. GEN. ", "Lt. Col. ", "Brig. Gen. ",
 * "Sgt. Maj. ". A briefing's label names its officer so ("MAJ. GEN. ANDREA K. WHITFIELD:"): the rank is
 * the name's title, and the name after it is what the four words a name may have are counted on.
 */
const RANK_BEFORE_NAME = lazy(() => /^(?:(?:lt|col|gen|maj|brig|capt|cpt|sgt|cpl|adm|cmdr|cdr)\. ){1,2}(?=\p{Lu})/iu);
function nameWordCount(name: string): number {
  name = name.replace(RANK_BEFORE_NAME(), '');
  return wordCount(name.charCodeAt(0) >= 0x300 ? name.replace(COMBINING_MARKS(), '') : name);
}
/**
 * A copyright notice's opening: "Copyright 2026 Cable News Network", "Copyright © 2024", "© 2025",
 * "(c) 2025 by …"; not a sentence that opens so ("Copyright 2020 was our worst year": a lowercase
 * word after the year). Case is spelled out: under the i flag \p{Ll} would match capitals too.
 */
const COPYRIGHT_NOTICE_START = lazy(() => /^\s*(?:(?:[Cc]opyright|COPYRIGHT)\s*(?:©|\([Cc]\))?|©|\([Cc]\))\s*(?:19|20)\d{2}\b(?!\s*,?\s+(?!by\s)\p{Ll})/u);
/** A line's rest that is one quotation and nothing else: '"Who Gets to Live by the Water?"'. */
const QUOTED_TITLE = lazy(() => /^\s*(?:"[^"]{1,200}"|“[^“”]{1,200}”|«[^«»]{1,200}»|'[^']{1,200}'|‘[^‘’]{1,200}’)[.!?]?\s*$/u);
/** A full name of two to four words set in capitals, a title perhaps before it: "DR AISHA BELLO", "MEGAN PRICE". */
function capitalsFullName(name: string): boolean {
  return /^\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){1,3}$/u.test(name) && /\p{Lu}{2}/u.test(name);
}
/**
 * A response to reviewers that numbers each comment under its reviewer in the label itself:
 * "Reviewer 2, comment 3:", "Referee #1, Comment #2:", "Reviewer 1 Point 4:" (the reviewer (1), the comment's number (2), the words (3)).
 */
const REVIEWER_COMMENT = lazy(() => /^[*_]{0,2}((?:Reviewer|Referee|REVIEWER|REFEREE)\s+#?\d{1,2}),?\s+(?:[Cc]omment|[Pp]oint|[Qq]uery|[Ii]ssue|COMMENT|POINT)\s+#?(\d{1,3}(?:\.\d{1,3})?)[*_]{0,2}\s*:[*_]{0,2}\s*(.*)$/u);
function colonLabel(s: string): LabelLine | null {
  // "Reviewer 2, comment 3: …": the reviewer puts the comment, the asking side, as "Comment 2.3:" under
  // a "Reviewer 2" heading is (its role in lower case would otherwise make the line a sentence).
  const reviewed = REVIEWER_COMMENT().exec(s);
  if (reviewed) return { name: reviewed[1]!.replace('#', '').replace(/^\p{Lu}+/u, (w) => w.charAt(0) + w.slice(1).toLowerCase()), role: null, rest: reviewed[3]!, style: 'colon', side: 'ask' };
  // A label's colon comes within its name (≤ 39 characters), a role (≤ 50) and three notes (≤ 62
  // each) and the spaces between: no colon that near, no label, and COLON is not run. Its spaces
  // before and after the role and notes can be split every way, so a long run of spaces without a
  // colon after it took seconds (8 KB: 10.8 s).
  const colon = s.search(/[:：៖]/);
  if (colon < 0 || colon > LABEL_COLON_REACH) return capsFieldsLabel(s);
  const m = COLON().exec(s);
  if (!m) return capsFieldsLabel(s);
  const rest = m[4]!;
  // The verb of a label alone on its line is no part of the name: "ChatGPT said:" is ChatGPT's turn.
  const name = (!rest.trim() && !m[2] && !m[3] ? SAID_ALONE().exec(m[1]!.trim())?.[1] : undefined) ?? m[1]!.trim();
  // A reply's or a forward's subject ("Re: …", "Fwd: …") and a forum's quotation header ("Quote from: …"): no one speaks.
  if (name.length <= 10 && REPLY_PREFIX().test(name)) return null;
  if (/^\/\//.test(rest)) return null; // "https://…"
  // "TRANSCRIPT: Copyright 2026 …", "NOTICE: © 2024 …": a field of the page's furniture, a key before a
  // copyright notice; no one speaks it (chrome.ts reads the line as the notice).
  if (COPYRIGHT_NOTICE_START().test(rest)) return null;
  // "Copyright: Northern War Memorial Archive. …": an archive's field of rights under a transcript; no one is called Copyright.
  if (/^(?:copyright|©)$/i.test(name)) return null;
  // "Dear Senator Brandt: On behalf of…": a letter's salutation names whom it writes to, and no one
  // speaks under it (a record prints letters inside its turns).
  if (name.startsWith('Dear ')) return null;
  // 'Keynote: "Ports for a Warmer Sea"', 'Session 2: "…"': a programme's field before its item's
  // title in quotation marks; the title is no one's words, and the field no speaker.
  if (QUOTED_TITLE().test(rest) && PROGRAMME_KEY().test(name)) return null;
  // "President:    Mr. Rama ........ (Albania)": a cover page's cast in columns, its dot leaders no one's words.
  if (rest.length <= 160 && (rest.includes('.....') || rest.includes('. . . . .')) && DOT_LEADER_CELL().test(rest)) return null;
  // "赵长鹏当天在社交媒体上发文说：“…”": a clause ending on a verb of saying before a full-width
  // colon introduces a quotation; it is no name (Chinese sets no space between words to count).
  if (CJK_SAYING_CLAUSE().test(name)) return null;
  // "It was 10:30 when…": a time, not a label; "P1 (M, 27): 2020, during lockdown." and "P1: 2020, …" are labels.
  if (/\d$/.test(name) && /^\d/.test(rest) && !(m[3] ?? '').trim() && /[:：]$/.test(s.slice(0, s.length - rest.length))) return null;
  if (nameWordCount(name) > 4) return null;
  const role: string | null = m[2]?.trim() ?? null;
  if (role) {
    // "MARY ELLIS, CNN ANCHOR:" — a role after a comma only where the label is a name and the
    // role is a title in capitals; "However, the result:" is a sentence, not a label. Alone on its
    // line, the words below it, a full name's role may be written as a title is ("Dr. Laura
    // Henning, Cook County Hospital:", "Jessica Thorne, Mother of Three:"), as a news programme's
    // transcript sets each voice it cuts to.
    // (Not a segment's heading: "The Final Word, From Our Editor:" opens on an article, its "role" on a preposition;
    // "Key Points, Day Two:" is no person's name (mayBePersonName: a heading's nouns, a day, a place's
    // words), and its "role" numbers a part of the programme.)
    const titled =
      wordCount(name) >= 2 && /^\p{Lu}/u.test(role) && !/[.!?;:]/.test(withoutAbbreviationDot(role)) && !SEGMENT_OPENING().test(name) && !ROLE_PREPOSITION().test(role) &&
      mayBePersonName(name) && !PART_NUMBER().test(role);
    const titledAlone = titled && !rest.trim();
    // "RAUL MEDINA, Almond Farmer: We planted…", "STEPHANIE SY, Correspondent: On…": a broadcast
    // transcript's first turn of a voice, its name in capitals and its lower third's role as a title,
    // the words on the same line. The name in capitals is what makes it a label, not a sentence;
    // a role holding a figure is a dateline's ("NEW DELHI, March 14:"), no part.
    const capsNameTitledRole = titled && name === name.toUpperCase() && /\p{Lu}{2}/u.test(name) && !/\d/.test(role) && TITLED_ROLE().test(role);
    // "LUCY FENWICK, host:", "ANA ORTIZ, byline:": a public broadcaster's transcript sets the name in
    // capitals and the part in lower case (its later turns: "FENWICK:"). An oral history adds where the
    // voice works or lives after the part: "MARTIN KESSLER, grid operator, FirstLine Energy:",
    // "DENISE PARK, commuter, New York:".
    const capsNameLowerPart = wordCount(name) >= 2 && name === name.toUpperCase() && /\p{Lu}{2}/u.test(name) && LOWER_PART_THEN_PLACE().test(role);
    // "MARCUS, Caller from Oakland:", "Dawn, caller from Eastside:": a phone-in's caller by first name alone, the part saying so.
    const callerByFirstName = wordCount(name) === 1 && /^\p{Lu}[\p{L}'’-]{2,}$/u.test(name) && !/\d/.test(role) && CALLER_PART().test(role);
    // "Sarah Ojo, BBC Radio Harwood: You mentioned 2023. Has this squad …?": a press conference's
    // reporter, her full name, then her paper's, station's or agency's name as a title is written,
    // and the question on the same line. The question is what makes it a label, not a sentence's clause.
    const outletAsking = titled && wordCount(role) <= 5 && TITLED_ROLE().test(role) && !/\d/.test(role) && /\?["”’)]?\s*$/.test(rest);
    if (!isNameShaped(name) || wordCount(role) > 8 || (role !== role.toUpperCase() && !titledAlone && !capsNameLowerPart && !capsNameTitledRole && !callerByFirstName && !outletAsking)) return null;
  }
  let note: string | undefined;
  let timed = false;
  const groups = allParenthesised(m[3] ?? '');
  for (const group of groups) {
    if (TIME_ONLY().test(group)) timed = true;
    else if (/^\d/.test(group)) continue; // "(2019)": a year or a number, not a note
    // A long note alone is an aside in a sentence; beside a time or a second note it is a seat and an office.
    // (Not after a full name in capitals: a documentary's contributor in the lower third's words, "DR AISHA
    // BELLO (hydrologist, Cardiff University):", opens no sentence.)
    else if (!NOTE_TEXT().test(group) || (groups.length === 1 && group.length > 30 && group.length <= 60 && !isDescribedHolderNote(name, group) && !capitalsFullName(name))) return null;
    else note ??= group;
  }
  // A diarizer's voice without brackets ("SPEAKER_00: Hello", WhisperX's and pyannote's plain text):
  // the numbered voice "Speaker 0", the one name the bracketed form and their JSON give it.
  return { name: diarizedVoice(name), role, rest, style: 'colon', ...(note ? { note } : {}), ...(timed ? { timed } : {}) };
}

/**
 * Hansard's label for a minister: the office, its holder in brackets, maybe a party, a colon —
 * "The Parliamentary Under-Secretary of State for Transport (Mr Rhodri Pennant): The Government…".
 * The holder is who speaks; the office is the role.
 */
const OFFICE_HOLDER = lazy(() => /^(The [\p{L}\p{N} ,'’-]{3,120}?)\s*\(((?:(?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s+)?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})\)((?:\s*\([^()]{1,30}\))*)\s*[:：]\s*(.*)$/u);
function officeLabel(s: string): LabelLine | null {
  // (the pattern opens on "The ": a line without it never runs or compiles it)
  const m = s.startsWith('The ') ? OFFICE_HOLDER().exec(s) : null;
  if (!m || /[.!?;:]/.test(m[1]!)) return null;
  const holder = m[2]!.trim();
  const party = allParenthesised(m[3] ?? '');
  if (!isNameShaped(holder) || party.some((p) => !NOTE_TEXT().test(p))) return null;
  return { name: holder, role: m[1]!.trim(), rest: m[4]!, style: 'colon', ...(party[0] ? { note: party[0] } : { note: m[1]!.trim() }) };
}

/** "Mr.", "Chairwoman", "Senator", "The": a word a hearing record puts before a surname in capitals. */
function isHearingTitle(word: string): boolean {
  return word === 'The' || HONORIFIC().test(word) || TITLE_BEFORE_NAME().test(word.replace(/\.$/, ''));
}

/** The texts inside "(a) (b)", trimmed. */
function allParenthesised(s: string): string[] {
  const out: string[] = [];
  for (let at = s.indexOf('('); at >= 0; at = s.indexOf('(', at + 1)) {
    const end = s.indexOf(')', at);
    out.push(s.slice(at + 1, end).trim());
    at = end;
  }
  return out;
}

/**
 * A name and nothing else on its line, in capitals ("DEV PATIL") or in bold
 * ("**Sam Cole**", "**INES GARRIDO**"): the name, or null.
 */
function nameAloneOnLine(raw: string): string | null {
  if (raw.length > 80) return null; // a name line is short: most lines leave here
  const t = raw.trim();
  const bold = /^(\*\*|__)([^*_]+)\1$/.exec(t);
  const s = (bold ? bold[2]!.trim() : t).replace(SCRIPT_NOTE(), '');
  if (!s || /[.!?,:;]$/.test(s) || wordCount(s) > 4 || !isNameShaped(s)) return null;
  if (!bold && (s !== s.toUpperCase() || !/\p{Lu}{2}/u.test(s))) return null;
  return s;
}

/** An interview's part as a bracketed label names it: "INTERVIEWER", "NARRATOR", "Q". */
const INTERVIEW_PART = lazy(() => /^(?:INTERVIEWER|INTERVIEWEE|NARRATOR|RESPONDENT|HOST|GUEST|MODERATOR|Q|A)$/);
/**
 * A name in capitals in square brackets alone on its line ("[PRUITT]", "[INTERVIEWER]"): the name,
 * or null. A sound, a transcriber's note or a time ("[LAUGHTER]", "[REDACTED]", "[END OF TAPE]") is none.
 */
function bracketedCapsName(raw: string): string | null {
  if (raw.length > 50 || raw.trimStart().charCodeAt(0) !== 0x5b) return null;
  const m = /^\s*\[(\p{Lu}[\p{Lu} .'’-]{0,38})\]\s*$/u.exec(raw);
  if (!m) return null;
  const name = m[1]!.trim();
  if (wordCount(name) > 4 || SOUND().test(name) || BRACKET_NOTE_WORD().test(name) || !isNameShaped(name)) return null;
  return name;
}

/**
 * A screenplay cue's voice-over extension ("NARRATOR (V.O.)"): kept as the label's note, so the
 * turn is read as narration (transcript.ts): outside the scene, it answers no character's question.
 */
const CUE_VOICE_OVER = lazy(() => /\((V\.?\s?O\.?|VOICE[- ]?OVER)\)\s*$/i);
function voiceOverCue(raw: string): { note?: string } {
  const m = raw.includes('(') ? CUE_VOICE_OVER().exec(raw) : null;
  return m ? { note: m[1]!.replace(/\s+/g, '') } : {};
}

/**
 * A line that is only a name, as a call transcript or a parliamentary record sets it above the
 * words: "Dana Whitfield", "Mr Owen Lloyd (Barnsley East) (Lab)", or an office with its holder
 * in brackets, "The Secretary of State for Transport (Helen Marsh)".
 */
function nameParagraph(line: string): LabelLine | null {
  // No name line runs this long; and the split below, tried at each space of a long run of
  // spaces, backtracks quadratically (a 30 KB line under a name line took a minute).
  if (line.length > 300) return null;
  // A Markdown transcript sets the name as a heading: "### Leo Park".
  // [\s\S], not ".": a line may hold a U+2028, which "." does not match.
  // A forum transcript's part under the name of who gives it: "## Opening remarks — Dr. Ana Ruiz,
  // director, Lakeshore Water Authority", "Closing statement: Peter Lund". The part is no name; what
  // follows the name's comma is the role, in any case.
  const unmarked = line.replace(/^#{1,6}\s+/, '');
  const part = SPOKEN_PART().exec(unmarked);
  if (part) {
    const [who, ...role] = unmarked.slice(part[0].length).split(/,\s+/);
    const name = who!.trim();
    if (wordCount(name) >= 2 && wordCount(name) <= 4 && isNameShaped(name) && role.join(', ').length <= 80)
      return { name, role: role.length ? role.join(', ').trim() : null, rest: '', style: 'heading' };
    return null;
  }
  const m = /^([\s\S]*?)((?:\s*\([^()]{1,40}\))*)$/.exec(withoutLabelFurniture(unmarked))!;
  const notes = allParenthesised(m[2]!);
  // A parliamentary oral question keeps its number before the member's name and seat: "1. Sarah
  // Ellison (Bristol North West) (Lab)", "T2. Mr Owen Lloyd (Barnsley East) (Lab)". Only with the
  // bracketed notes: "1. Introduction" is a list's or a contents' line.
  const base = (notes.length ? m[1]!.replace(/^\s*T?\d{1,3}\.\s+(?=\p{Lu})/u, '') : m[1]!).trim();
  if (!base || /[.!?,:;]$/.test(base)) return null;
  const titled = nameWithTitle(base);
  if (titled && !notes.length) return titled;
  if (wordCount(base) <= 4 && isNameShaped(base) && notes.every((n) => NOTE_TEXT().test(n))) return { name: base, role: null, rest: '', style: 'heading' };
  const holder = notes[0];
  if (holder && /^The\s/.test(base) && wordCount(base) <= 10 && wordCount(holder) >= 2 && wordCount(holder) <= 4 && isNameShaped(holder))
    return { name: holder, role: base, rest: '', style: 'heading' };
  return null;
}

/** A spoken part's name before the name of who gives it, and its dash or colon: "Opening remarks — ", "Keynote: ". */
const SPOKEN_PART = lazy(() => /^(?:(?:opening|closing|prepared|introductory|welcoming)\s+)?(?:remarks|statement|address|keynote|presentation|testimony|welcome|introduction)\s*(?:[—–:]|\s-)\s+(?=\p{Lu})/iu);
/** A title's words: each capitalised (or a number, "&"), or a small joining word ("Vice President of Investor Relations"). */
const TITLE_LINE = lazy(() => /^[\p{Lu}\d&][\p{L}\p{N}&.'’-]*,?(?:\s+(?:[\p{Lu}\d&][\p{L}\p{N}&.'’-]*|of|and|for|the|de|du|la),?)*$/u);
/**
 * S&P Capital IQ's turn header: the name on its line, the speaker's title on the line right under
 * it, the words right under that, no blank line between ("Greg Halvorsen" / "Barclays Bank PLC,
 * Research Division" / "Great, thanks…"). The title line, or null. A participants list sets a
 * blank line under the title: no words follow it there.
 */
function stackedTitle(lines: readonly string[], i: number): string | null {
  const title = lines[i + 1]?.trim();
  const words = lines[i + 2]?.trim();
  if (!title || !words || title.length > 60 || wordCount(title) > 8 || /[,:;]$/.test(title)) return null;
  return TITLE_LINE().test(title) && !TITLE_LINE().test(words) ? title : null;
}

/** The name a line alone names as a call transcript or a parliamentary record sets it ("Rafael Moreno -- Chief Executive Officer"), or null. */
export function nameLineName(raw: string): string | null {
  return raw.length > 160 ? null : (nameParagraph(raw.trim())?.name ?? null);
}

/**
 * A call transcript's name line with the speaker's title after it: "Rafael Moreno -- Chief
 * Executive Officer", "Chris Yoon -- Barrington Research -- Analyst", "Janet Obi, Chief Financial
 * Officer". The name is a full name (two to four capitalised words); the title starts with a
 * capital and is no sentence.
 */
function nameWithTitle(base: string): LabelLine | null {
  const m = /^(.+?)(?:\s+(?:--|[—–-])\s+|,\s+)(\p{Lu}.*)$/u.exec(base);
  if (!m) return null;
  const name = m[1]!.trim();
  const role = m[2]!.replace(/\s+(?:--|[—–-])\s+/g, ', ').trim();
  if (wordCount(name) < 2 || wordCount(name) > 4 || !isNameShaped(name) || wordCount(role) > 10) return null;
  return { name, role, rest: '', style: 'heading' };
}

/**
 * A meeting app's label for a participant it knows only by their device ("iPad: Sorry, this is
 * Marcus…", "iPhone (2): …"): a new voice, whose name the label does not give (conversation.ts
 * UNNAMED_VOICE). The words after it, or null. Only the bare device and its copy number, and words
 * opening on a capital as a turn does: a review's "iPhone 15: the battery lasts a day." is a
 * sentence about the phone. (A device labelled with a capital, "Galaxy S21:", is read as a label
 * already.)
 */
export function deviceLabelRest(raw: string): string | null {
  const m = raw.length <= 4000 ? DEVICE_LABEL().exec(raw.trim()) : null;
  return m ? m[1]! : null;
}
const DEVICE_LABEL = lazy(() => /^i(?:Phone|Pad)(?: ?\(\d{1,2}\))?:\s+(\p{Lu}.*)$/u);
/**
 * A meeting app's name for a participant's own device ("Marisol's iPhone", "Dana's iPad", "Bongani's
 * Galaxy S23"): the app names it after its owner's first name when the owner never set a display
 * name, often the same person who spoke a minute before from a laptop under their full name.
 */
export const OWNED_DEVICE = lazy(() => /^(\p{Lu}[\p{Ll}\p{M}-]+)['’]s (?:iPhone|iPad|iMac|MacBook|Android|Galaxy|Pixel|Surface|phone|laptop|tablet)(?: [\p{L}\p{N}+]{1,12}){0,2}(?: \(\d{1,2}\))?$/u);
/**
 * A caption cue opening on a participant's own device as its label ("Marisol's iPhone: Because we
 * signed…"): the label and the words after it, or null. The words open on a letter as a turn does.
 */
export function ownedDeviceLabel(raw: string): { name: string; rest: string } | null {
  const colon = raw.indexOf(': ');
  if (colon < 5 || colon > 48) return null;
  const name = raw.slice(0, colon).trim();
  const rest = raw.slice(colon + 2).trim();
  return OWNED_DEVICE().test(name) && /^[\p{L}\p{N}"“$(\[-]/u.test(rest) ? { name, rest } : null;
}

/** Every word capitalised (or a numbered "Speaker 2"): how a name, not a phrase, looks. */
export function isNameShaped(text: string): boolean {
  return NAME_SHAPED().test(text.trim());
}
// Compiled once: a RegExp built per call is parsed and looked up again every time (tens of µs).
const NAME_SHAPED = lazy(() => new RegExp(String.raw`^${NAME}$`, 'u'));

/** A reader's first name alone, or with the initial of their surname: "Jen", "Gemma K.", "Tomás R". */
const READER_FIRST_NAME = lazy(() => /^\p{Lu}\p{Ll}{1,15}(?: \p{Lu}\.?)?$/u);
/** A month's name, as a date line writes it ("Nov", "November", "Sept."). */
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?`;
/**
 * A message's stamp alone on its line, with its date: "Nov 21, 2023  6:41:12 PM", "21 Nov 2023
 * 18:41", "2023-11-21 18:41:12", a note after it in brackets ("(Read by you after 2 minutes)").
 */
const DATED_STAMP_ALONE = lazy(() => new RegExp(
  String.raw`^\s*(?:${MONTH} \d{1,2},? \d{4}|\d{1,2} ${MONTH},? \d{4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}),?\s+${TIME}(?:\s*\([^()]{1,80}\))?\s*$`,
));
export function isDatedStampAlone(raw: string): boolean {
  return raw.length <= 120 && DATED_STAMP_ALONE().test(raw);
}
/** The lines right under a dated stamp alone (isDatedStampAlone) that hold only a sender, with words below them. */
export function stampedSenderLines(lines: readonly string[], read?: readonly (LabelLine | null)[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const raw = lines[i]!;
    // Cheap first: a stamp line starts with a digit or a month's capital and holds a time.
    if (raw.length > 120 || !/^\s*[\dA-Z]/.test(raw) || !raw.includes(':') || !isDatedStampAlone(raw)) continue;
    const name = lines[i + 1]!.trim();
    if (!name || (read ? read[i + 1] : readLabel(lines[i + 1]!)) || !lines[i + 2]!.trim() || isDatedStampAlone(lines[i + 2]!)) continue;
    if (wordCount(name) <= 4 && isNameShaped(name)) out.push(i + 1);
  }
  return out;
}

/** A time stamp alone on its line. */
export function isLoneTime(raw: string): boolean {
  return LONE_TIME().test(raw);
}

/** "BY MR. DALTON:" → "MR. DALTON"; an inquiry's "Questioned by MR CALDER KC" → "MR CALDER". */
export function examinerOf(raw: string): string | null {
  const t = raw.trim();
  const by = EXAMINER().exec(t)?.[1] ?? (t.length < 80 && t.includes(' by ') ? (QUESTIONED_BY().exec(t)?.[1] ?? null) : null);
  return by && POST_NOMINAL().test(by) ? by.slice(0, by.length - POST_NOMINAL().exec(by)![1]!.length).trim() : by;
}
/**
 * A line naming the examination that starts and who conducts it ("Cross-examination by MS FARRANT",
 * "Direct examination by MR CASTELLANOS"), not a bare "BY MR. DALTON:": it heads the section of
 * the questions under it, as the next such line heads the next.
 */
export function namesExamination(raw: string): boolean {
  const t = raw.trim();
  return t.length < 80 && t.includes(' by ') && QUESTIONED_BY().test(t);
}
/**
 * A UK inquiry's or tribunal's line under the witness's swearing-in: "Questioned by MR CALDER KC",
 * "Examination-in-chief by MR OTIENO", "Direct examination by MS LEE", "Re-direct examination by …",
 * "Cross-examined by Ms Adeyemi QC", "Examined by MR. RUIZ" alone on its line, no colon: who asks
 * the Q. lines that follow. Counsel's rank after the name is no part of it.
 */
const QUESTIONED_BY = lazy(
  () => /^(?:Further\s+)?(?:(?:Direct|Redirect|Re-direct|Recross|Re-cross)[\s-])?(?:Questioned|Examined|Cross-examined|Re-examined|[Ee]xamination(?:-in-chief)?|Cross-examination|Re-examination)\s+by\s+((?:MR|MS|MRS|MISS|DR|Mr|Ms|Mrs|Miss|Dr)\.?\s+(?:[A-Z][A-Za-z'’-]+\s+){0,3}[A-Z][A-Za-z.'’-]+)\s*$/,
);

/** A clock time or a time code inside a note: "00:04:12", "14:02". */
const NOTE_CLOCK_TIME = lazy(() => /\b\d{1,2}(?::\d{2}){1,2}\b/g);
/**
 * A stage direction or transcriber's note alone on its line: "(BEGIN VIDEO
 * CLIP)", "(COMMERCIAL BREAK)", "[laughs]", "[inaudible 00:01:46]", "♪".
 * Not a parenthesised sentence ("(The firm declined to comment.)").
 */
export function isDirection(raw: string): boolean {
  const s = raw.trim();
  if (/^[♪♫\s]+$/.test(s) || /^♪.*♪$/.test(s)) return true;
  if (s.length <= 200 && s.charCodeAt(0) === 0x28 && isProceedingsNote(s)) return true;
  const m = /^[[(]([^\])[(]{1,80})[\])]$/.exec(s);
  // Two or three notes side by side, the time and what the room did ("(10.47 am) (A short break)"):
  // a direction when each one is.
  if (!m) {
    if (s.length > 200 || !/^[[(]/.test(s) || !/[\])]$/.test(s)) return false;
    const notes = s.split(/(?<=[\])])\s+(?=[[(])/);
    return notes.length >= 2 && notes.length <= 3 && notes.every((n) => /^[[(][^\])[(]{1,80}[\])]$/.test(n) && isDirection(n));
  }
  const inner = m[1]!.trim();
  if (!/\p{L}/u.test(inner)) return false;
  // A transcriber's note that the words were not heard, its full stop and all ("(Inaudible.)", "(Off
  // mic.)"): no sentence anyone said.
  if (isUnheardNote(s)) return true;
  // A full sentence in brackets is words a reader may grep for: "(The briefing was concluded at
  // 1:49 p.m.)" is a record's, not a direction, even when its full stop is the time's.
  if (/[.!?]$/.test(inner)) return false;
  // A clock time is one word, not three: "[Call on hold 00:04:12 – 00:06:30]" is a note of five.
  return wordCount(inner.includes(':') ? inner.replace(NOTE_CLOCK_TIME(), '0') : inner) <= 8;
}

/**
 * A court reporter's or clerk's note of the proceedings, alone on its line in parentheses, even
 * when it is written as a sentence: "(Recess taken at 11:42 a.m.)", "(Witness sworn.)", "(Exhibit 2
 * marked for identification.)", "(Discussion held off the record.)", "(The hearing was called to
 * order at 9:30 a.m.)", "(Whereupon, at 11:52 a.m., the hearing was recessed.)", "(Off the
 * record.)". Its form: the record's "Whereupon, …", or a subject of a few words then the passive or
 * past of the proceedings (taken, held, marked, sworn, recessed, concluded, adjourned, resumed …),
 * then nothing or a phrase of when, where or what for. A stage direction of the record, nobody's
 * words; its words are still searched, as a line no record holds (src/model/nearby.ts). Not a
 * sentence someone says in brackets ("(I said no.)", "(We recessed at noon.)": the first or second
 * person is a speaker's), nor an aside opening in lower case inside a turn.
 */
export function isProceedingsNote(raw: string): boolean {
  const m = PROCEEDINGS_NOTE_LINE().exec(raw.trim());
  if (!m) return false;
  const inner = m[1]!.trim().replace(/\.$/, '');
  if (SPEAKERS_PERSON().test(inner) || /["“”]/.test(inner)) return false;
  return PROCEEDINGS_WHEREUPON().test(inner) || PROCEEDINGS_PASSIVE().test(inner) || OFF_THE_RECORD().test(inner);
}
const PROCEEDINGS_NOTE_LINE = lazy(() => /^\((\p{Lu}[^()]{2,190})\)$/u);
const SPEAKERS_PERSON = lazy(() => /\bI\b|\b(?:me|my|mine|we|us|our|ours|you|your|yours)\b/i);
/** The record's "Whereupon, at 11:52 a.m., the hearing was recessed", "Whereupon the witness was excused". */
const PROCEEDINGS_WHEREUPON = lazy(() => /^Whereupon\b,?\s+\S/);
/** The passive or past of what the proceedings did: taken, held, marked, sworn, recessed, concluded, adjourned, resumed. */
const PROCEEDINGS_VERB = String.raw`(?:taken|held|marked|sworn|affirmed|recessed|concluded|adjourned|resumed|reconvened|excused|withdrawn|called\s+to\s+order|commenced|suspended|terminated)`;
const PROCEEDINGS_PASSIVE = lazy(() => new RegExp(
  String.raw`^(?:(?:The|A|An)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:No\.\s*)?[\p{L}\d'’.-]+){0,3}?\s+(?:(?:was|were|is|are|has\s+been|had\s+been|being)\s+)?${PROCEEDINGS_VERB}(?:[,;]?\s+(?:at|for|off|on|by|until|till|to|in|from|with|and|as|upon|pursuant|sine)\b[^]*)?$`, 'u'));
/** "(Off the record.)", "(Back on the record.)", "(Discussion off the record.)". */
const OFF_THE_RECORD = lazy(() => /^(?:(?:Discussion|Back|Going|Now)\s+)?(?:off|on)\s+the\s+record$/i);

/** A transcriber's note that the words were not heard: "(Inaudible.)", "[inaudible]", "(Off mic.)", "(Question inaudible.)". */
const UNHEARD_NOTE = lazy(() => /^[[(]\s*(?:(?:question|words?|partially)\s+)?(?:inaudible|unintelligible|indistinct|off[- ]?mic(?:rophone)?|not audible|no audio)(?:\s+(?:question|answer|response|reply|comment|remark)s?)?(?:\s*[\d:.]+)?\s*\.?\s*[\])]\.?$/i);
export function isUnheardNote(raw: string): boolean {
  return UNHEARD_NOTE().test(raw.trim());
}

/** A time stamp, then a transcriber's note alone after it ("[00:01:55] [music]"): the note is no one's words. */
export function isStampedDirection(raw: string, notDirection?: (note: string) => boolean): boolean {
  if (!raw.includes(':')) return false;
  const s = raw.trim();
  const rest = s.replace(LEADING_TIME(), '');
  return rest !== s && rest.length > 0 && isDirection(rest) && !notDirection?.(rest);
}

/** A direction that cuts the programme ("(BEGIN VIDEO CLIP)", "(COMMERCIAL BREAK)"): talk does not pair across it. */
export function isSceneBreak(raw: string): boolean {
  const s = raw.trim();
  return isDirection(s) && /^\(/.test(s) && s === s.toUpperCase() && wordCount(s) >= 2;
}

/**
 * Transcription boilerplate: the service's credit line and the networks' rush-transcript disclaimer;
 * a podcast app's notice over its transcript ("Auto-generated. May contain errors.", "Transcripts are
 * auto-generated …"), and a caption capture's line naming what it holds ("Closed captions, as
 * broadcast", "Closed caption text, unedited": a few words, no sentence).
 */
const BOILERPLATE = lazy(() => [
  /^transcribed (?:by|with|using)\b/i,
  // "THIS TRANSCRIPT WAS TYPED FROM A RECORDING AND NOT COPIED FROM AN ORIGINAL SCRIPT. …" (a radio network's).
  // "Transcript prepared by the Show Office. Lightly edited.", "Transcription provided by …": who made it.
  /^(?:this transcript was|transcript(?:ion)?)\s+(?:automatically\s+)?(?:generated|produced|provided|typed|prepared|compiled|supplied)\b/i,
  // A programme page's note over its transcript: "The following is a transcript of the broadcast of …".
  /^the following is (?:a|the) (?:full |rush |partial )?transcript of\b[^!?]{0,200}$/i,
  // A meeting app's notice over and under its turns (Google Meet's "This editable transcript was computer
  // generated and might contain errors. People can also change the text after it was created."): no one's words.
  /^this (?:editable )?transcript was (?:computer|machine|auto(?:matically)?)[- ]generated\b[^!?]{0,160}$/i,
  // A note-taker's request under its notes (Gemini's "You should review Gemini's notes to make sure
  // they're accurate.", "Please provide feedback about using Gemini to take notes in a short survey."): the app's.
  /^you should review \S{1,30} notes to make sure they(?:'|’)re accurate\b[^!?]{0,120}$/i,
  /^please provide feedback about using \S{1,30} to take notes\b[^!?]{0,80}$/i,
  /\bthis is a rush transcript\b/i,
  /\bmay not be in its final form\b/i,
  // A transcription service's export notice and its tagline under the last turn ("This transcript was exported on
  // Mar 14, 2023 - view latest version here.", "Rev.com - Transcription, captions and translation services").
  /^this transcript was exported on\b/i,
  // A service's export line under the file's name ("Transcript exported by Sonix.ai on October 8, 2019",
  // "Transcript downloaded from Trint"): the service's credit, a name or a domain and perhaps a date.
  /^(?:this\s+)?transcript(?:ion)?\s+(?:was\s+)?(?:exported|downloaded|created|generated|made)\s+(?:by|with|using|from|via|in)\s+[\p{L}\d-]{2,30}(?:\.[a-z]{2,6})?(?:\s+on\s+[^.!?]{3,40})?\.?$/iu,
  // A meeting app's note of who switched the transcript on and off ("Okafor, Chidi (Procurement) started
  // transcription", "Ana Ruiz stopped transcription"): between the turns, no one's words.
  /^[^.!?]{2,60}\s(?:started|stopped|paused|resumed)\s(?:the\s)?(?:transcription|recording)\.?$/i,
  /^[a-z\d-]{2,30}\.[a-z]{2,6}\s+[-–—|]\s+transcription\b[^.!?]{0,80}$/i,
  /^(?:(?:this|the)\s+)?(?:transcripts?|captions?|subtitles?)\s+(?:(?:is|are|was|were|has been|have been)\s+)?auto(?:matically)?[- ]generated\b/i,
  /^auto(?:matically)?[- ]generated(?:\s+(?:transcripts?|captions?|subtitles?))?\s*(?:[.,;:—–-]\s*)?(?:(?:it\s+|this\s+|they\s+)?may contain (?:errors|mistakes|inaccuracies)\b.*)?$/i,
]);
/** "Closed captions, as broadcast": a capture's label, a few words with no sentence end. */
const CAPTION_CAPTURE_LABEL = lazy(() => /^closed[- ]caption(?:s|ing)?\b[^.!?]{0,40}$/i);
/**
 * The recording's file name alone on a line, as a transcription service prints it over or under the
 * transcript, with its completion date in Rev's page footer ("Interview - Final.mp3 (Completed
 * 11/10/22)", "call_0314.m4a"): the service's furniture, never the words of the turn it falls in.
 * (Over the first turn it may be the document's only title: the header reads it there.)
 */
// Rev also prints the name without its extension when the completion date follows it, and sets the page
// count on the same line, far right ("Whitfield_ep41_FINAL (Completed 03/14/23)      Page 1 of 4").
const MEDIA_FILE_LINE = lazy(() => /^[^\s/\\][^/\\]{0,100}(?:\.(?:mp3|m4a|wav|mp4|mov|aac|flac|ogg|opus|webm|wma|aiff?)(?:\s+\((?:completed|transcribed)\s+\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\))?|\s\((?:completed|transcribed)\s+\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\))(?:\s+page\s+\d{1,4}\s+of\s+\d{1,4})?$/i);
export function isMediaFileLine(raw: string): boolean {
  const s = raw.trim();
  return s.length <= 200 && (s.includes('.') || /\(completed|\(transcribed/i.test(s)) && MEDIA_FILE_LINE().test(s);
}
/**
 * A meeting-notes tool's footer: its name (a bare word or a domain, "Fireflies.ai", "Avoma"), a bar,
 * and the features it advertises, set apart by middle dots, bullets or bars ("Meeting notes · Action
 * items · AI summary"). No sentence: no item stops on a period. The caller reads it so only under the
 * last turn.
 */
// (each item opens on a character that is no space, so the spaces between items are read one way:
// with `\s*[^|·•.!?]{2,40}` a line of spaced-out separators split its spaces every way, 4 s for 150 characters)
const TOOL_FOOTER = lazy(() => /^\p{Lu}[\p{L}\d-]{1,30}(?:\.[a-z]{2,6})?\s+\|\s+[^|·•.!?\s][^|·•.!?]{1,39}(?:[·•|]\s*[^|·•.!?\s][^|·•.!?]{1,39}){1,6}$/u);
/** A web address alone: "tldv.io", "www.grain.com", "https://fathom.video". */
const BARE_DOMAIN = lazy(() => /^(?:https?:\/\/)?(?:www\.)?[a-z\d][a-z\d-]{0,30}(?:\.[a-z\d-]{1,30})?\.[a-z]{2,6}\/?$/i);
/**
 * The same footer as a row of three fields or more parted by middle dots, bullets or bars, one of
 * them the tool's web address: "tl;dv · Record, transcribe & summarize meetings · tldv.io". Each
 * field a few words, none a sentence.
 */
function isDomainFooterRow(s: string): boolean {
  const fields = s.split(/\s[·•|]\s/);
  return (
    fields.length >= 3 &&
    fields.length <= 6 &&
    fields.some((f) => BARE_DOMAIN().test(f.trim())) &&
    fields.every((f) => wordCount(f) <= 6 && !/[!?]$|[^.\s][.]$/.test(f.trim()) || BARE_DOMAIN().test(f.trim()))
  );
}
export function isToolFooterLine(raw: string): boolean {
  const s = raw.trim();
  if (s.length > 160) return false;
  return (s.includes('|') && TOOL_FOOTER().test(s)) || isDomainFooterRow(s);
}
export function isBoilerplate(raw: string): boolean {
  // (a note set in italics or bold is the same note: "*This transcript was generated automatically …*")
  const s = raw.trim().replace(/^([*_]{1,2})([^*_].*[^*_])\1$/, '$2');
  // "Transcript" alone over the turns (a meeting notes page's, a podcast app's), in bold perhaps
  // ("**Full transcript**"): the part's label, no one's words. (As a Markdown heading it heads the
  // turns: transcript.ts reads it where it reads headings.)
  if (s.length <= 120 && TRANSCRIPT_PART_LABEL().test(s)) return true;
  // Every pattern needs "transcri", "final form", "generated", "caption" or "notes" (ASCII, any case): most lines have none.
  const lower = s.toLowerCase();
  if (lower.includes('caption') && wordCount(s) <= 8 && CAPTION_CAPTURE_LABEL().test(s)) return true;
  if (!lower.includes('transcri') && !lower.includes('final form') && !lower.includes('generated') && !lower.includes(' notes')) return false;
  const words = wordCount(s);
  if (words <= 40) return BOILERPLATE().some((re) => re.test(s));
  // A radio network's disclaimer runs to four or five sentences in one paragraph ("… transcripts are
  // created on a rush deadline by a contractor. This text may not be in its final form and may be
  // updated … The authoritative record … is the audio record."): still the notice, whole, when it
  // speaks of the transcript and of its final form.
  return words <= 80 && lower.includes('transcri') && RUSH_DISCLAIMER().test(s);
}
const RUSH_DISCLAIMER = lazy(() => /\bmay not be in (?:its|their) final form\b/i);

/**
 * A turn's words without transcribers' inline notes: time stamps ("[00:01:46]"),
 * one-word notes ("[laughs]", "[crosstalk]"), notes with a time ("[inaudible
 * 00:01:46]") and directions in capitals ("(LAUGHTER)"). An editor's words in
 * brackets ("[the company] grew") stay: they are part of the sentence.
 */
const TIMED_NOTE = lazy(() => new RegExp(String.raw`\[(?:[^\][]{0,40}\s)?${TIME}\]|\((?:[^()]{0,40}\s)?${TIME}\)`, 'g'));
/**
 * A note in brackets that is a sentence of its own ("(The briefing was concluded at 1:49 p.m.)",
 * "(Recess taken.)"): it ends in a full stop and has `minWords` words or more. It records what
 * happened, and a reader greps for it; "[inaudible 00:01:46]" is only a transcriber's mark. Inside
 * a line four words are asked for, so "(crosstalk 10:15 a.m.)" still goes as a mark.
 */
export function isBracketedSentence(note: string, minWords = 4): boolean {
  if (!/^[[(][^\][()]*[\])]$/.test(note)) return false;
  const inner = note.slice(1, -1).trim();
  return /[.!?]$/.test(inner) && wordCount(inner) >= minWords;
}
/**
 * A note that opens a sentence whose next word is in lower case ("… find. [inaudible] the last
 * recall I oversaw …") stands for the sentence's first words: removed, it would leave "find. the
 * last recall", a sentence as the transcript never wrote it. It stays. So does a timed note opening
 * the text (`opening`).
 */
function opensCutSentence(off: number, note: string, all: string, opening = false): boolean {
  const after = all.slice(off + note.length, off + note.length + 3);
  if (!/^\s?\p{Ll}/u.test(after)) return false;
  // A timed note opening the words ("[inaudible 00:06:45] on the website, but…"): the turn's first
  // words went unheard, and the note stands for them as it does after a sentence's end.
  if (opening && !all.slice(0, off).trim()) return true;
  const before = all.slice(Math.max(0, off - 3), off);
  // (after a sentence's end inside the text: a turn opening in lower case is a caption's way)
  return /[.!?]["”’)]?\s*$/.test(before);
}
/**
 * A de-identified transcript's placeholder ("head coach at [club].", "drove to [town] for"): one word in
 * brackets where the sentence needs its object, after a preposition or a determiner. It stands for the
 * name withheld, the sentence's own word; a transcriber's mark there ("[inaudible]", "[pause]") is no such word.
 */
const BEFORE_WITHHELD_NAME = lazy(() => /(?:^|\s)(?:at|to|in|into|from|of|for|with|by|on|near|about|the|my|our|his|her|their|your)\s$/i);
const TRANSCRIBER_MARK = lazy(() => /^(?:pause|unclear|overtalk|overlap|overlapping|sic|blank|silence|break|redacted|indiscernible|unintelligible|incomprehensible|interruption|interrupted|interposing|phonetic|ph|overspeaking)$/i);
function standsForWithheldName(off: number, note: string, all: string): boolean {
  const word = note.slice(1, -1).trim();
  // (Or set off by commas as the name it withholds would be: "my supervisor, [name], said".)
  const apposed = /,\s$/.test(all.slice(Math.max(0, off - 2), off)) && /^,/.test(all.slice(off + note.length, off + note.length + 1));
  return (apposed || BEFORE_WITHHELD_NAME().test(all.slice(Math.max(0, off - 8), off))) && !SOUND().test(word) && !TRANSCRIBER_MARK().test(word);
}
export function stripInlineNotes(text: string): string {
  // "*(laughs)* Maybe a little.": a note set in Markdown emphasis goes with its marks.
  if (/[*_][([]/.test(text)) text = text.replace(EMPHASISED_NOTE(), '$2');
  return text
    .replace(TIMED_NOTE(), (m, off: number, all: string) => (isBracketedSentence(m) || opensCutSentence(off, m, all, true) ? m : ' '))
    // "[REDACTED]" stands for the words withheld, a mark a reader greps for: not a transcriber's note.
    // Broadcast captioners set the note off with spaces inside its brackets: "[ MUSIC ]", "[ APPLAUSE ]".
    .replace(/\[ ?[\p{L}-]+ ?\]/gu, (m, off: number, all: string) => (/^\[ ?redacted ?\]$/i.test(m) || opensCutSentence(off, m, all) || standsForWithheldName(off, m, all) ? m : ' '))
    // "(LAUGHTER)" stands apart; glued to a word ("2020/0265(COD)") it is part of a reference.
    .replace(/(?<![\p{L}\p{N}])\((?=[^()]*\p{Lu})[\p{Lu}\s'’-]{3,40}\)/gu, (m) => (/\p{Ll}/u.test(m) ? m : ' '))
    .replace(/[ \t]{2,}/g, (m, off: number, all: string) => (off === 0 || off + m.length === all.length ? '' : ' '))
    .trim();
}

/** A bracketed note in Markdown emphasis: "*(laughs)*", "_[inaudible]_", "**(LAUGHTER)**". */
const EMPHASISED_NOTE = lazy(() => /([*_]{1,2})(\([^()*_]{1,40}\)|\[[^\][*_]{1,40}\])\1/g);
// "SEC.", "AMB.", "ADM.": a Secretary's, an Ambassador's, an Admiral's title, only with its stop (the SEC is an agency).
const HONORIFIC = lazy(() => /^(?:(mr|ms|mrs|miss|dr|prof|sen|rep|gov|gen|col|sgt|lt|capt|rev|st)\.?|(sec|amb|adm|maj|cmdr|supt)\.)$/i);
/** The words of a presiding part: PRESIDING_PART's, and PRESIDING_LABEL's after "the". */
const PRESIDING_WORDS = 'chair|chairman|chairwoman|chairperson|convenor|convener';
/** The part that presides over a committee or a meeting, which its members list names ("Chair: Dame Ruth Ellery"). */
const PRESIDING_PART = lazy(() => new RegExp(`^(?:${PRESIDING_WORDS})$`, 'i'));
/** A comma, then the words a presenter greets or hands over to someone with: ", you're", ", go ahead", ", good morning". */
const VOCATIVE_AFTER = lazy(() => /^,\s+(?:you|go|welcome|good|hello|hi|morning|afternoon|evening|thanks|thank)(?![\p{L}])/iu);
/** A label of two or three capitals, nothing else: "TOR", "DEV", "NHS". */
const SHORT_CAPITALS = lazy(() => /^\p{Lu}{2,3}$/u);
/**
 * The word in title case ("Dev" for "DEV") where the text writes it so as a word of its own inside a
 * sentence ("And Dev is on line two", "Go ahead, Tor."); else the word as it is. A sentence's or a
 * turn's first word is capitalised whatever it is ("IT: … It took two nights.", "Us and the Lagos
 * team …"): no sign of a name there, unless it is greeted. (A bounded look back over a few spaces.)
 */
function titledInText(word: string, text: string): string {
  const titled = word[0] + word.slice(1).toLowerCase();
  for (let i = text.indexOf(titled); i >= 0; i = text.indexOf(titled, i + 1)) {
    const before = i > 0 ? text[i - 1]! : ' ';
    const after = text[i + titled.length] ?? ' ';
    if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) continue;
    let j = i - 1;
    while (j >= 0 && j >= i - 4 && (text[j] === ' ' || text[j] === '\t')) j--;
    // Opening a sentence, only where the presenter addresses it ("Dev, you're a cyclist.", "Tor, go
    // ahead."): a word is not an acronym's in a greeting.
    if ((j < 0 || /[\n.!?:"“‘'(\[«*_#>]/.test(text[j]!)) && !VOCATIVE_AFTER().test(text.slice(i + titled.length, i + titled.length + 12))) continue;
    return titled;
  }
  return word;
}
/** A hearing's chair or member named by office and surname ("Chairman Holloway", "Senator Voss"), whom the header names in full ("Hon. Grant Holloway"). */
const CHAIR_TITLE = lazy(() => /^(?:chairman|chairwoman|chair|senator|representative|congressman|congresswoman)$/i);
/** Titles a label puts before a person's name ("SEN.", "GOV.", "DR."): not part of the name ("St." can be: "St. Clair"). */
const TITLE = lazy(() => /^(?:(mr|ms|mrs|miss|dr|prof|sen|rep|gov|gen|col|sgt|lt|capt|rev)\.?|(sec|amb|adm|maj|brig|cmdr|supt)\.)$/i);

/** "Member" after the body it sits on, as an office's second word: "COUNCIL MEMBER OKAFOR", "Board Member Jane Doe" (never "MEMBER OF THE AUDIENCE"). */
const MEMBER_AFTER_BODY = lazy(() => /^(?:council|board)$/i);
function memberOfBody(words: readonly string[], i: number): boolean {
  return i > 0 && /^member$/i.test(words[i]!) && MEMBER_AFTER_BODY().test(words[i - 1]!);
}
/**
 * The person a label names, without a title before a full name: "SEN. GRANT
 * HOLLOWAY" is Grant Holloway, who is "HOLLOWAY" later. A title before a
 * surname alone ("Dr. Vance", "MR. DALTON") is how that person is named, and stays.
 */
export function personName(name: string): string {
  const full = displayName(name);
  const words = full.split(' ');
  // "Mayor Janice Tollefson", "District Attorney Karen Liu", "Cllr Margaret Pryce": the office
  // before a first name and a surname is no part of the name.
  // "Sir", "Dame" are the knighthood's, kept with the name as it is said ("Dame Barbara Woodward").
  // (A prosecutor's letters in a mixed-case label, "ADA Keisha Monroe"; in capitals, "PROF. ADA LINDQVIST", Ada is a name.)
  const office = (w: string, i: number) => (!KNIGHTHOOD().test(w) && (TITLE().test(w) || TITLE_BEFORE_NAME().test(w) || OFFICE_WORD().test(w) || PROSECUTOR_LETTERS().test(w) || ACADEMIC_OFFICE().test(w))) || memberOfBody(words, i);
  let k = 0;
  while (words.length - k >= 3 && office(words[k]!, k)) k++;
  // "CHIEF JUSTICE ROBERTS", "VICE PRESIDENT HARRIS": what is left is an office and a surname, no
  // full name; the office is one of two words, and the label keeps it whole.
  if (k > 0 && office(words[k]!, k)) return full;
  return k > 0 ? words.slice(k).join(' ') : full;
}

/**
 * The office a label puts before a full name ("SEN.", "STATE SEN.", "Mayor"), as personName drops it;
 * a courtesy title ("MR.", "DR.") is no office.
 */
function capitalsTitleBeforeName(label: string): string | null {
  if (label !== label.toUpperCase() || !/\p{Lu}/u.test(label)) return null;
  const words = label.trim().split(/\s+/);
  const office = (w: string, i: number) => (!KNIGHTHOOD().test(w) && !/^(?:mr|ms|mrs|miss|mx)\.?$/i.test(w) && (TITLE().test(w) || TITLE_BEFORE_NAME().test(titleCase(w)) || OFFICE_WORD().test(w) || ACADEMIC_OFFICE().test(w))) || memberOfBody(words, i);
  let k = 0;
  while (words.length - k >= 3 && office(words[k]!, k)) k++;
  return k > 0 && !office(words[k]!, k) ? words.slice(0, k).join(' ') : null;
}
export function officeBeforeName(label: string): string | null {
  const words = label.trim().split(/\s+/);
  const office = (w: string, i: number) => (!KNIGHTHOOD().test(w) && !COURTESY_TITLE().test(w) && (TITLE().test(w) || TITLE_BEFORE_NAME().test(w) || OFFICE_WORD().test(w) || ACADEMIC_OFFICE().test(w))) || memberOfBody(words, i);
  let k = 0;
  while (words.length - k >= 3 && office(words[k]!, k)) k++;
  return k > 0 && !office(words[k]!, k) ? words.slice(0, k).join(' ') : null;
}
const COURTESY_TITLE = lazy(() => /^(?:mr|ms|mrs|miss|mx|dr|prof)\.?$/i);
/**
 * A school's or a university's office before a full name in a label ("DEAN MARISOL ECHEVERRÍA:",
 * "PROVOST ANIL RAO:", "HEADMISTRESS JOAN PIKE:"): the role, no first name. Only before two more
 * words (the callers' rule), so a label "DEAN MARTIN:" stays a name.
 */
const ACADEMIC_OFFICE = lazy(() => /^(?:dean|provost|rector|headmaster|headmistress|vice-chancellor|pro-vice-chancellor)$/i);

/** An assistant prosecutor's letters before a name, as written in a mixed-case label: "ADA", "AUSA". */
const PROSECUTOR_LETTERS = lazy(() => /^(?:ADA|AUSA)$/);

/** The knighthood's styles, part of how the person is named. */
const KNIGHTHOOD = lazy(() => /^(?:sir|dame)$/i);

/**
 * Words of an office before a name, beyond the titles: "District Attorney", "Nurse Practitioner", "Cllr";
 * a local legislator's office ("Councilmember Dana Okafor", "Alderwoman …", "Trustee …") too, in two
 * words as well ("COUNCIL MEMBER OKAFOR", "BOARD MEMBER JANE DOE": MEMBER_AFTER_BODY).
 */
export const OFFICE_WORD =
  lazy(() => /^(?:cllr|councilmember|councilwoman|councilman|alderman|alderwoman|selectman|selectwoman|trustee|sr|fr|br|district|attorney|nurse|practitioner|manager|midwife|paramedic|planner|registrar|police|fire|prime|foreign|vice|deputy|press|assistant|associate|superintendent|trooper|state|county|city|council|board|principal|headteacher|coach|chef|pastor|bishop|sheriff)\.?$/i);

/** A given name as written in mixed case: "Luca", "Jean-Éric", "Zoë". */
const GIVEN_NAME = lazy(() => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u);

/**
 * A name as a reader writes it: labels in capitals ("MARY ELLIS", "MR.
 * DALTON") in title case; short all-capital names ("CZ", "AOC") and names in
 * mixed case as they are.
 */
export function displayName(name: string): string {
  const n = name.trim().replace(/\s+/g, ' ');
  // "RORY McILROY", "ANGUS MacDONALD": a name in capitals keeps its Mc/Mac as written; a capital name all the same.
  const letters = (n.includes('c') ? n.replace(CAPITAL_MC(), (m) => m.toUpperCase()) : n).replace(/[^\p{L}]/gu, '');
  const words = n.split(' ');
  if (!letters || letters === letters.toLowerCase()) return n;
  if (letters !== letters.toUpperCase()) {
    // Parliamentary records write a title in mixed case and the surname in capitals:
    // "Ms OKAFOR", "The DEPUTY SPEAKER". Everything after the title, in capitals, reads as a name.
    // Congress's acting chair keeps its Latin in lower case: "The SPEAKER pro tempore".
    const proTempore = n.endsWith(' pro tempore') && words.length > 3;
    const head = words[0]!;
    const tail = words.slice(1, proTempore ? -2 : undefined);
    const capitalTail = tail.length > 0 && tail.every((w) => /\p{Lu}{2}/u.test(w) && w === w.toUpperCase());
    // A sports press conference's label writes the given name as it is and the surname in capitals,
    // "Luca FERRANTE:", "Jean-Éric VERGNE": the surname's letters, title-cased, are how the name is written.
    const givenThenSurname = capitalTail && !proTempore && tail.length <= 2 && GIVEN_NAME().test(head) && tail.every((w) => /^\p{Lu}[\p{Lu}'’-]{2,}$/u.test(w));
    if (givenThenSurname && !HONORIFIC().test(head) && !TITLE_BEFORE_NAME().test(head) && !/^the$/i.test(head)) return [head, ...tail.map(titleCase)].join(' ');
    if (!capitalTail || !(HONORIFIC().test(head) || TITLE_BEFORE_NAME().test(head) || /^the$/i.test(head))) return n;
    return [head, ...tail.map(titleCase), ...(proTempore ? ['pro', 'tempore'] : [])].join(' ');
  }
  if (words.length === 1 && letters.length < 4) return n;
  return words.map((w) => (HONORIFIC().test(w) ? w[0]!.toUpperCase() + w.slice(1).toLowerCase() : RANK_INITIALS().test(w) ? w : titleCase(w))).join(' ');
}

/**
 * A British police rank's initials before the surname ("DC SHAH:", "DS OKORO:", "DCI REID:"): an
 * abbreviation kept in capitals as the record writes it ("DC Shah", not "Dc Shah").
 */
const RANK_INITIALS = lazy(() => /^(?:W?PC|PS|DC|DS|DI|DCI|DSI|DSU|DCS|DSgt)$/);

/** "Mc" or "Mac" before a surname in capitals ("McILROY"). */
const CAPITAL_MC = lazy(() => /\bMa?c(?=\p{Lu}{2})/gu);

/**
 * A play's layout: each speech opens with the character's name in capitals and a full stop ("CZ.
 * You have not slept.", "HE YI. Neither have you."), a direction in brackets between them or not
 * ("ROGER (entering, breathless). Is it true?", "CZ [to ROGER]: We are not leaving"). Only where
 * two or more names open two or more speeches each: "NOTE. The figures…" once is a sentence.
 */
function playCues(lines: readonly string[], read: (LabelLine | null)[]): void {
  const found: { i: number; name: string; rest: string; stop: boolean }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.length < 5 || raw.charCodeAt(0) < 0x41 || raw.charCodeAt(0) > 0x5a || !raw.includes(' ')) continue;
    const m = PLAY_CUE().exec(raw);
    if (m && /\p{Lu}{2}/u.test(m[1]!.replace(/\s/g, ''))) found.push({ i, name: m[1]!, rest: `${m[2] ? `${m[2]} ` : ''}${m[4]}`, stop: m[3] === '.' });
  }
  // The full stop is the play's form; a name with a colon ("CZ [to ROGER]:") joins it, never makes it.
  const count = new Map<string, number>();
  for (const f of found) if (f.stop) count.set(f.name, (count.get(f.name) ?? 0) + 1);
  if ([...count.values()].filter((n) => n >= 2).length < 2) return;
  // A character who speaks once in a play so set is a cue too; a label read already stays as read.
  for (const f of found) if (!read[f.i]) read[f.i] = { name: f.name, role: null, rest: f.rest, style: 'colon' };
}
const PLAY_CUE = lazy(() => /^(\p{Lu}[\p{Lu}'’-]*(?: \p{Lu}[\p{Lu}'’-]*){0,2})(?:\s*([([][^()[\]]{1,60}[)\]]))?(\.|\s*:)\s+(\p{Lu}\S*(?:\s.*)?)$/u);
/**
 * A recorded monologue's transcript (a screen recording's): the speaker named once, in the byline
 * under the title ("Yi He · 6 min · Sep 9, 2024"), then every line of words after a time stamp
 * ("0:00 Hi team, it's Yi."). Each stamped line is the byline's speaker's, where no line has a
 * label of its own and three or more lines are so stamped.
 */
function stampedMonologue(lines: readonly string[], read: (LabelLine | null)[]): void {
  let name: string | null = null;
  for (let i = 0; i < Math.min(lines.length, 6) && !name; i++) {
    const m = RECORDING_BYLINE().exec(lines[i]!);
    if (m && wordCount(m[1]!) >= 2 && wordCount(m[1]!) <= 4 && isNameShaped(m[1]!)) name = m[1]!;
  }
  if (!name || read.some((l) => l)) return;
  const stamped: [number, string][] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = STAMPED_WORDS().exec(lines[i]!);
    if (m) stamped.push([i, m[1]!]);
  }
  // A video's chapter list ("0:00 Intro", "5:12 Regulation") names parts, in no sentences.
  if (stamped.length < 3 || stamped.filter(([, rest]) => /[.!?]["”’)]*\s*$/.test(rest)).length * 2 <= stamped.length) return;
  for (const [i, rest] of stamped) read[i] = { name, role: null, rest, style: 'colon', timed: true };
}
/** A recording's byline: the name, then its length, date or views after middle dots ("Yi He · 6 min · Sep 9, 2024"). */
const RECORDING_BYLINE = lazy(() => /^\s*([^·•|]{3,60}?)\s+[·•]\s+[^·•]*\d[^·•]*(?:[·•][^·•]*)*$/u);
/** A line of words after a bare time stamp: "0:21 That is on purpose." */
const STAMPED_WORDS = lazy(() => /^\s*\d{1,2}:\d{2}(?::\d{2})?\s+(\p{L}.*)$/u);
/** A social post's or video's convention before a colon, no speaker: "POV:", "TL;DR:", "ICYMI:". */
const CAPTION_CONVENTION = lazy(() => /^(?:POV|TL;?DR|ICYMI)$/i);
/** Two or more keys in capitals with their values, set apart by wide spaces: "WRITER: ELENA RUIZ   EDITOR: DJ   RUNS: 1:52". */
const FIELDS_ROW = lazy(() => /^\s*\p{Lu}{2,}(?: \p{Lu}{2,})?:[^\p{Ll}.!?]*?\S\s{2,}\p{Lu}{2,}(?: \p{Lu}{2,})?:[^\p{Ll}.!?]*$/u);
/**
 * A script's or rundown's row of fields in capitals, one key after another on the line, no sentence:
 * who wrote and cut the piece and how long it runs. Header furniture, never a voice's turn.
 */
export function isScriptFieldsRow(raw: string): boolean {
  return raw.includes(':') && FIELDS_ROW().test(raw);
}
/** A broadcast script's production fields: the cue words of rundowns and program logs, never a voice. */
const PRODUCTION_CUE = lazy(() => /^(?:MUSIC|SFX|SUPER|CG|GFX|TRT|IN|OUT|SOT|VO|NATS?|PSA|PROMO|TEASE|TAG|BUMP|SLUG|FORMAT|UNDERWRITING)$/);
/**
 * A dialogue list's row of words on screen, after its time codes: "10:00:11:10  10:00:14:00  SUPER:
 * Shanghai, June 2017" (a lower third: the place, the date, who speaks and their role), "CAPTION: …".
 * Words an analyst searches for, nobody's: the cue word and the time codes are no words of it.
 */
const SCREEN_TEXT_CUE = lazy(() => /^(?:SUPER|CAPTION|CG|GFX|CHYRON|LOWER THIRD|ON[- ]SCREEN TEXT|TEXT ON SCREEN|TITLE CARD)$/);
/**
 * A stamped production row's words, the cue word kept ("SUPER: Shanghai, June 2017", "MUSIC: …"),
 * without its time codes; null for any other line. Nobody's words: a record of their own.
 */
export function stampedCue(raw: string): { screen: boolean; words: string } | null {
  const t = raw.trim();
  const stamped = t.replace(LEADING_TIME(), '');
  if (stamped === t) return null;
  // The row set in brackets as a note is the same cue: "10:00:30:00  [MUSIC: "Harbour Theme" - J. Okafor]".
  const rest = stamped.startsWith('[') && stamped.endsWith(']') ? stamped.slice(1, -1).trim() : stamped;
  const m = /^([A-Z][A-Z -]{1,20}?)\s*:\s*(.*)$/.exec(rest);
  if (!m) return null;
  const screen = SCREEN_TEXT_CUE().test(m[1]!);
  return (screen || PRODUCTION_CUE().test(m[1]!)) && m[2]!.trim() ? { screen, words: rest } : null;
}
/** A rundown's timing cue for a bite: "IN: \"Binance became…\"", "OUT: \"…paying.\"", "TRT: :14". Its words are the bite's own. */
export function isBiteCue(raw: string): boolean {
  return BITE_CUE().test(raw);
}
const BITE_CUE = lazy(() => /^\s*(?:IN|OUT|TRT):\s+(?:["“].*["”]|:?\d{1,2}(?::\d{2})?)\s*$/);
/** The letter of an asking or answering side: "Q", "A". */
const SIDE_LETTER = lazy(() => /^[QA]$/);
/** A heading numbering a sent-in question and its sender: "❓ Question 1 — from user sprout_queen", "Q4 (from @mira_k)"; the sender (1). */
export const QUESTION_SENT_BY = lazy(() => /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:Q|Question)\s?#?\d{1,3}\s*(?:[—–-]\s*|\(\s*)?from\s+(?:user\s+)?([\p{L}\p{N}@_.#/-]{2,40})\)?$/iu);
/** A pictograph (and a space) opening a line: "💬 ", "❓ ", "🎙️ ". */
const LEADING_PICTOGRAPH = lazy(() => /^\p{Extended_Pictographic}\uFE0F?\s+/u);
/**
 * A chat recap marks each side's label with a pictograph: "💬 Answer (Ollie):", "❓ Q: …", "🎙️ A:".
 * The mark is no part of the label; only a side's label (its letter or word) is read through it:
 * "💬 Great session everyone: …" stays a message's words.
 */
function pictographSide(s: string): LabelLine | null {
  const mark = s.charCodeAt(0) > 0x7f ? LEADING_PICTOGRAPH().exec(s) : null;
  if (!mark) return null;
  const label = readUntimed(s.slice(mark[0].length));
  return label?.name && (SIDE_LETTER().test(label.name) || SIDE_WORD().test(label.name)) ? label : null;
}
/** A side's word spelt out, as a recap writes it: "Question", "Answer". */
const SIDE_WORD = lazy(() => /^(?:question|answer)$/i);
/** The asking side's word spelt out: "QUESTION", "Question". */
const QUESTION_WORD = lazy(() => /^question$/i);
/** Parts whose holder a label may give by first name alone: "CALLER (DEV):", "Agent (Farida):", "MODERATOR (Kadri):"; a contact centre's "SUPERVISOR (Gareth):" who joins a call. */
const FIRST_NAME_ROLE = lazy(() => /^(?:caller|agent|customer|client|advisor|adviser|operator|supervisor|manager|representative|specialist|technician|claimant|policyholder|host|co-host|moderator|facilitator|interviewer|presenter|guest|participant|respondent|interpreter|translator|panelist|panellist|student|teacher|nurse|doctor|patient|officer)$/i);

/** A phone-in's caller, as a label names the part. */
const CALLER_ROLE = lazy(() => /^caller$/i);
/** Words a presenter hands the line over with: "next caller", "go ahead", "on the air", "we have", "let's go to". */
const HAND_OVER_HINT = lazy(() => /\b(?:caller|go ahead|on the (?:air|line)|we have|we['’]ve got|let['’]s (?:go|hear|head)|over to|next)\b/i);
/**
 * The caller a presenter hands the line to, by first name: "Next we have Ray, calling from near
 * Yorkton.", "Let's go to Bev in Swift Current. Bev, you're on the air.", "Go ahead, Ray." The
 * last one named; null when the words hand the line over to nobody by name ("Next caller, go ahead.").
 * The hand-off opens a sentence as often as it runs inside one ("Next up is Dennis in Abilene.",
 * "Let's go first to Carol in Dayton."): its first word in either case.
 */
function calledName(words: string): string | null {
  let name: string | null = null;
  for (const m of allMatches(HAND_OVER(), words)) name = m[1] ?? m[2] ?? m[3] ?? m[4] ?? name;
  return name;
}
const HAND_OVER =
  lazy(() => /\b(?:[Ww]e have|[Ww]e['’]ve got|[Ll]et['’]s (?:go|head) (?:(?:first|now|next|back) )?(?:to|over to)|[Ll]et['’]s hear from|[Oo]ver to|[Nn]ext up is|[Nn]ext is|[Oo]n the line is)\s+(\p{Lu}\p{Ll}+)\b(?!\s\p{Lu})|\bgo ahead,\s+(\p{Lu}\p{Ll}+)\b|\b(\p{Lu}\p{Ll}+)(?:\s+(?:in|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)?,\s+(?:you['’]re on the (?:air|line)|go ahead)\b|\b[Nn]ext(?: up)?,\s+(\p{Lu}\p{Ll}+),\s+(?:calling|from|in|on)\b/gu);

/**
 * Roles that ask: the turns of a host, an interviewer (a research transcript's "I:"), a questioner, and
 * the word "question" as a news interview labels its turns ("सवाल:", "கேள்வி:", "ถาม:").
 */
export const ASKER_ROLES = lazy(() => /^(host|co-host|interviewer|int|moderator|facilitator|q|i|question|questioner|audience|audience member|caller|reporter|correspondent|journalist|presenter|anchor|问|問|记者|記者|采访者|聞き手|корреспондент|журналист|журналистка|интервьюер|ведущий|ведущая|вопрос|pregunta|pergunta|domanda|frage|vraag|pytanie|fråga|spørsmål|spørgsmål|kysymys|soru|기자|인터뷰어|진행자|사회자|질문|សំណួរ|អ្នកសារព័ត៌មាន|خبرنگار|پرسش|سوال|سؤال|सवाल|प्रश्न|கேள்வி|ถาม|คำถาม|კითხვა)$/iu);
/** The room as a label's one word: many people asking in turn, no one holder of a part. */
const AUDIENCE_PART = lazy(() => /^(?:audience|floor)$/i);
/**
 * Askers who put their questions to one person (a caller, a reporter): with nobody else to answer,
 * they answer. Each is someone of their own, described, not named: never the host.
 */
export const CALLS_IN = lazy(() => /^(caller|audience|audience member|questioner|reporter|correspondent|journalist)(?: #?\d{1,3})?$/i);
/**
 * Other languages' question letters: Spanish/Portuguese "P:" (pregunta), German "F:" (Frage), Italian
 * "D:" (domanda), Dutch "V:" (vraag). A role, never a person "P" or "V", in a document whose answers
 * are lettered too ("R:" respuesta/risposta, "A:" Antwort/antwoord).
 */
export const QUESTION_LETTERS = lazy(() => /^(?:p|f|d|v)$/i);
/**
 * A newspaper interview's lettered paragraphs, the letter or word and a full stop before the words:
 * Spanish "P. ¿Cuánto cuesta…?" / "R. Unos 480.000 euros…" (pregunta / respuesta), spelt out
 * "Pregunta. …" / "Respuesta. …", Italian "D. …" / "R. …" (domanda / risposta); or a spaced dash for
 * the stop, as a Portuguese paper sets them ("P — Como chegou ao vinho?" / "R — Por acaso.").
 */
const LETTERED_PARAGRAPH = lazy(() => /^(P|D|Pregunta|Pergunta|Domanda|R|Respuesta|Resposta|Risposta)(?:\.|\s+[–—-])\s+(\S.*)$/u);
const LETTERED_ANSWER = lazy(() => /^(?:R|Respuesta|Resposta|Risposta)$/);
/**
 * Reads a document's lettered paragraphs as the question and answer labels they are, where they take
 * turns from a question on (two of each at least). Alone, "R. Kelly Brandt founded…" or
 * "P. Warrender kept…" opens on a person's initial: a line is no turn unless the document alternates.
 */
function letteredParagraphs(lines: readonly string[], read: (LabelLine | null)[]): void {
  const found: { at: number; name: string; rest: string; answers: boolean }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i]!.charCodeAt(0);
    if (read[i] || (c !== 0x50 && c !== 0x44 && c !== 0x52)) continue; // P, D, R
    const m = LETTERED_PARAGRAPH().exec(lines[i]!.trim());
    if (m) found.push({ at: i, name: m[1]!, rest: m[2]!.trim(), answers: LETTERED_ANSWER().test(m[1]!) });
  }
  const asks = found.filter((f) => !f.answers).length;
  if (asks < 2 || found.length - asks < 2 || found[0]!.answers) return;
  // Most question paragraphs ask ("P. ¿Cuánto…?"): minutes whose paragraphs open on two people's
  // initials in turn ("P. Smith said…" / "R. Jones replied…") ask nothing.
  const asking = found.filter((f) => !f.answers && /[?¿？]/.test(f.rest)).length;
  if (asking * 2 <= asks) return;
  for (let k = 1; k < found.length; k++) if (found[k]!.answers === found[k - 1]!.answers) return;
  for (const f of found) read[f.at] = { name: f.name, role: null, rest: f.rest, style: 'colon' };
}
/** A numbered question or answer: "Q12. Why did you …?" / "A12. Because …", "Q3: …", "A3) …" (the side (1), its number (2), the words (3)). */
const NUMBERED_SIDE = lazy(() => /^([QA])(\d{1,3})(?:[.:)]|\s[–—-])\s+(\S.*)$/);
/**
 * Reads an interview record's numbered questions and answers (an asylum or police interview, a
 * questionnaire: "Q4. Why …?" then "A4. Because …") as the Q and A sides they are: the number only
 * orders the record, it names nobody ("Q4:" is no person "Q4"). Only where every answer follows the
 * question of its own number, two pairs at least: "A4 paper" or "Q3 results" alone are no turns.
 */
function numberedSides(lines: readonly string[], read: (LabelLine | null)[]): void {
  const found: { at: number; side: string; n: string; rest: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i]!.charCodeAt(0);
    if (c !== 0x51 && c !== 0x41) continue; // Q, A
    const m = NUMBERED_SIDE().exec(lines[i]!.trim());
    if (m) found.push({ at: i, side: m[1]!, n: m[2]!, rest: m[3]!.trim() });
  }
  let pairs = 0;
  for (let k = 0; k < found.length; k++) {
    if (found[k]!.side !== 'A') continue;
    const q = found[k - 1];
    if (!q || q.side !== 'Q' || q.n !== found[k]!.n) return;
    pairs++;
  }
  if (pairs < 2) return;
  for (const f of found) read[f.at] = { name: f.side, role: null, rest: f.rest, style: 'colon' };
}
/** A script's key line: a part in capitals, a dash, who voices it ("NARRATOR — Bella Ferris (actor)"). */
const DASHED_CAST_KEY = lazy(() => /^(\p{Lu}{2,}(?: \p{Lu}{2,}){0,2})\s+[—–]\s+(\p{Lu}.{2,100})$/u);
/** Roles a header's cast list names ("Interviewer: Daniel Roth"). */
export const CAST_ROLE = lazy(() => /^(host|co-host|interviewer|interviewee|moderator|facilitator|guest|narrator|respondent|participant|presenter|reporter|panelist|panellist)$/i);
/**
 * A header field's key naming a part, perhaps with one word saying which kind of it: "Guest", and
 * "Studio guest", "Special guest", "Stand-in presenter" (a programme's billing qualifies the part; the
 * holder is the part's all the same).
 */
export function isCastPart(key: string): boolean {
  return castPartWord(key) !== null;
}
/** The part such a key names, without its qualifier ("Studio guest" is the guest, whom a "GUEST:" label names); null for no part. */
function castPartWord(key: string): string | null {
  const k = key.trim();
  if (CAST_ROLE().test(k)) return k;
  return /^\p{L}[\p{L}-]{2,15} \p{L}+$/u.test(k) && CAST_ROLE().test(k.slice(k.indexOf(' ') + 1)) ? k.slice(k.indexOf(' ') + 1) : null;
}
/** An answering side's word and its holder: "A from Jonas", "Answer by Ruth Osei" (the word (1), the name (2)). */
const ANSWER_FROM = lazy(() => /^(A|Answer)\s+(?:from|by)\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})$/u);
/** The name an answering side's label gives its holder ("A from Jonas" → "Jonas"); any other label as it is. */
function answeringHolder(label: string): string {
  return label.includes(' ') ? (ANSWER_FROM().exec(label)?.[2] ?? label) : label;
}
/** Roles that answer (a research transcript's respondent, "R:"; "जवाब:", "பதில்:", "ตอบ:" under a news interview's questions). */
export const ANSWER_ROLES = lazy(() => /^(a|r|resp|answer|guest|interviewee|respondent|witness|the witness|response|respuesta|resposta|risposta|antwort|réponse|antwoord|odpowiedź|svar|vastaus|cevap|our response|reply|our reply|authors?['’]? response|答|ответ|гость|답|답변|ចម្លើយ|پاسخ|जवाब|उत्तर|பதில்|ตอบ|คำตอบ|პასუხი)$/iu);
/** A numbered comment a document answers ("Comment 1.2", "Point 3"): a section that asks, never a bare "Comment:" field. */
const NUMBERED_COMMENT = lazy(() => /^(?:comment|point|query|issue)\s+#?\d{1,3}(?:\.\d{1,3})?$/i);
/** A role after the name ("MARY ELLIS, CNN ANCHOR:") that makes its speaker the asking side. */
const ASKING_TITLE = lazy(() => /\b(anchor|host|co-host|moderator|facilitator|interviewer|presenter)\b/i);

export interface ScannedLabel {
  /** who speaks, for counting and joining turns: the resolved display name, or a unique key for an anonymous voice */
  key: string;
  /** the speaker's name as records give it; null for a voice nobody names */
  speaker: string | null;
  role: string | null;
  rest: string;
  style: LabelLine['style'];
  /** a time stamp stood before the label */
  timed: boolean;
  /** the label's delivery note ("voice-over"), if any */
  note: string | null;
  /**
   * The role, title or affiliation the label or header gives its speaker, as written: "CNN ANCHOR"
   * in "MARY ELLIS, CNN ANCHOR:", a name line's title, a post header's headline or handle, an
   * audience label's note describing its holder ("Amira, founder of a payments startup"). Null where
   * none (QuarryRecord.role).
   */
  title: string | null;
  /** the label (or its role) puts its speaker on the asking side */
  asker: boolean;
  /** the label says "answer" (A., A:, Guest:) rather than naming someone */
  answerRole: boolean;
  /** a caller's, an audience member's or a reporter's label: they ask someone, else they answer the presenter */
  callsIn?: boolean;
  /** a thread's comment or message header (see threads.ts) */
  thread?: boolean;
  /** a chat log's action or topic line (LabelLine.action): a claim of its sender, no message */
  action?: boolean;
  /** the name is one of the document's own attendees (LabelLine.attendee) */
  attendee?: boolean;
  /** a label for someone unnamed, another each time ("VOX POP:"): its turn joins none before it */
  oneOff?: boolean;
}

export interface ScanOptions {
  /** the witness of a deposition, named in its sworn line */
  witness?: string | null;
  /** a name the corpus or the front matter already knows: initials that are one ("CZ") stay as written */
  isKnown?: (name: string) => boolean;
}

/**
 * A hand transcript's speakers in square brackets with no colon, the words after them on the line:
 * "[Interviewer] How long have you worked on the docks?" / "[Rui Sardinha] Twenty-two years." The
 * form is a label only where it recurs: two voices or more, each opening two lines or more. A
 * bracket opening one line ("[Operator Instructions] Our first question…", "[RFC] Sunset the pool")
 * is a note or a tag, and a sound or a transcriber's note ("[Laughter] Yes.", "[Translation] …")
 * never a voice.
 */
function bareBracketLabels(lines: readonly string[], read: (LabelLine | null)[]): void {
  const at = new Map<string, { i: number; rest: string }[]>();
  for (let i = 0; i < lines.length; i++) {
    if (read[i] || lines[i]!.charCodeAt(0) !== 0x5b || lines[i]!.length > 4000) continue;
    const m = BARE_BRACKET_LABEL().exec(lines[i]!.trimEnd());
    if (!m || wordCount(m[1]!) > 4 || SOUND().test(m[1]!) || BRACKET_NOTE_WORD().test(m[1]!)) continue;
    if (/ \d+$/.test(m[1]!) && NUMBERED_PART_STEM().test(m[1]!.split(' ')[0]!)) continue;
    // appended in place: copying the list per line made a long transcript of one voice quadratic
    const uses = at.get(m[1]!);
    if (uses) uses.push({ i, rest: m[2]!.trim() });
    else at.set(m[1]!, [{ i, rest: m[2]!.trim() }]);
  }
  const voices = [...at.values()].filter((uses) => uses.length >= 2);
  if (voices.length < 2) return;
  for (const uses of voices) for (const { i, rest } of uses) read[i] = { name: BARE_BRACKET_LABEL().exec(lines[i]!.trimEnd())![1]!, role: null, rest, style: 'colon' };
}
// (Or a focus group's numbered participant, "[Participant 3] Waiting lists.": a capitalised word and
// its number, never a part of the page, "[Task 2]", "[Figure 1]".)
const BARE_BRACKET_LABEL = lazy(() => new RegExp(String.raw`^\[(${NAME}|\p{Lu}\p{Ll}+ \d{1,3})\]\s+([^\s:].*)$`, 'u'));

/**
 * A tape counter's rows ("0102   DC SHAH:   …") are a taped interview's turns only where they read
 * as one: three rows or more, the counter rising from row to row, a voice speaking twice. A table
 * of years ("2019   UK:   Growth slowed …" / "2019   EU:   …") or of one-off rows is no interview.
 */
function taped(read: (LabelLine | null)[]): void {
  const rows: number[] = [];
  for (let i = 0; i < read.length; i++) if (read[i]?.counter !== undefined) rows.push(i);
  if (!rows.length) return;
  const names = new Set<string>();
  let again = false;
  for (const i of rows) {
    again ||= names.has(read[i]!.name!);
    names.add(read[i]!.name!);
  }
  const rising = rows.every((i, n) => n === 0 || read[i]!.counter! > read[rows[n - 1]!]!.counter!);
  if (rows.length >= 3 && rising && again) return;
  for (const i of rows) read[i] = null;
}

/**
 * A name in capitals and a dash before the words, a panel's or a newspaper Q&A's labels: "KAREN DE
 * VRIES — Welcome. Jan, how …?", "JAN BOSMAN — A lot." So is a wire story's dateline ("LONDON —
 * Prices rose …", "NEW YORK — …"): the form is a label only where it makes a conversation — two
 * voices or more, four lines or more, one voice opening two of them, and a line of them asking.
 */
function dashedCapitalLabels(lines: readonly string[], read: (LabelLine | null)[]): void {
  const found: { i: number; name: string; rest: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i]!.charCodeAt(0);
    if (read[i] || c < 0x41 || c > 0x5a || lines[i]!.length > 4000) continue;
    const m = DASHED_CAPITAL_LABEL().exec(lines[i]!.trimEnd());
    if (m) found.push({ i, name: m[1]!, rest: m[2]!.trim() });
  }
  if (found.length < 4) return;
  const uses = new Map<string, number>();
  for (const f of found) uses.set(f.name, (uses.get(f.name) ?? 0) + 1);
  if (uses.size < 2 || ![...uses.values()].some((n) => n >= 2) || !found.some((f) => /\?["”’)]?$/.test(f.rest))) return;
  for (const f of found) read[f.i] = { name: f.name, role: null, rest: f.rest, style: 'colon' };
}
/** Two to four words in capitals, a spaced dash (or two hyphens), the words: "JAN BOSMAN — A lot." */
const DASHED_CAPITAL_LABEL = lazy(() => /^(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]*){1,3}) (?:—|–|--) (\S.*)$/u);
/** A line naming counsel by office alone: "Questions by COUNSEL TO THE INQUIRY", "Questioned by Lead Counsel to the Inquiry". */
const COUNSEL_EXAMINES = lazy(() => /^\s*(?:Questions|Questioned|Examination|Examined)\s+(?:by|from)\s+(?:(?:LEAD|JUNIOR|Lead|Junior)\s+)?(?:COUNSEL|Counsel)\s+(?:TO|to|FOR|for)\s+(?:THE|the)\s+\p{L}+\s*$/u);

/**
 * Every line's label, resolved across the document: names in capitals in
 * title case, a later surname alone ("ELLIS:") to the full name introduced
 * earlier ("MARY ELLIS, CNN ANCHOR:"), a court "Q." to the counsel named in
 * the last "BY MR. NAME:" line, "A." and "THE WITNESS:" to the witness, and an
 * anonymous ">>" in a two-voice exchange to the voice that did not speak last.
 */
export function scanLabels(lines: readonly string[], opts: ScanOptions = {}): (ScannedLabel | null)[] {
  // "EXAMINATION BY MS. LIAO:" names who asks the Q. lines below (examinerOf); read as a label too, its
  // last word would give the examiner's surname a "full name" of "Examination By Ms. Liao".
  const read = lines.map((l) => (/^\s*\S+\s+BY\s/i.test(l) && examinerOf(l) ? null : readLabel(l)));
  bareBracketLabels(lines, read);
  taped(read);
  dashedCapitalLabels(lines, read);
  letteredParagraphs(lines, read);
  numberedSides(lines, read);
  attendeeLabels(lines, read);
  listingFields(read);
  headlineLabel(lines, read);
  repeatedRoleLabels(lines, read);
  namedAgainWithRole(lines, read);
  // An email answered inline (lines from withoutQuoteMarks): its turns, and no other label below the first.
  const email = EMAIL_TURNS.get(lines);
  if (email) {
    // A digest's header blocks above its first message's words are no labels either ("Date:", "From:").
    for (const k of digestFurniture(lines)) read[k] = null;
    const first = Math.min(...email.keys());
    for (let i = first; i < lines.length; i++) {
      const t = email.get(i);
      // The quoted writer asks: the sender's answers below pair with the quoted questions.
      read[i] = t ? { name: t.name, role: t.asks ? 'interviewer' : null, title: null, rest: t.rest, style: 'colon', thread: true } : null;
    }
  }
  // A thread's comment and message headers: "[–]name 812 points 4 years ago", "Mum, 18 Aug 2022 19:02".
  const headers = threadHeaders(lines, (k) => read[k] !== null, read.filter((l) => l?.thread && l.style === 'heading').length);
  for (const [i, h] of headers) read[i] = { name: h.name, role: null, title: h.role ?? null, rest: '', style: 'heading', thread: true };
  // A post's content warning opening its words under the header (Mastodon's "CW: long thread, …",
  // "Content warning: …"): the writer's own summary of the post, never a speaker called "CW".
  for (const [i, h] of headers) {
    let k = Math.max(i, ...h.furniture) + 1;
    while (k < lines.length && !lines[k]!.trim()) k++;
    if (k < lines.length && read[k]?.style === 'colon' && CONTENT_WARNING().test(lines[k]!)) read[k] = null;
  }
  // An issue thread on a code host, every comment under "**name** commented on DATE": a word and a
  // colon inside a comment ("Expected: status becomes …", "Yes: set `risk.mode: off` …") is the
  // comment's words, never another speaker.
  if (headers.size >= 2 && [...headers.keys()].every((k) => isCommentedHeader(lines[k]!))) {
    const first = Math.min(...headers.keys());
    for (let i = first + 1; i < lines.length; i++) if (read[i] && !headers.has(i) && !read[i]!.thread) read[i] = null;
  }
  if (headers.size) forumQuotes(lines, read, headers);
  // A chat reply quoting the message it answers on its first line ("@mkovacs:matrix.org: > <@tomasz:matrix.org> That
  // line is…" / "Good catch, …", Element): the quoted words are the quoted sender's, asking; the line under them the replier's.
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = read[i];
    if (!l?.timed || l.style !== 'colon' || !l.name || !l.rest.startsWith('> <@')) continue;
    const m = /^> <(@[^<>\s]{1,80})>\s+(\S.*)$/u.exec(l.rest);
    if (!m || read[i + 1] || !lines[i + 1]!.trim()) continue;
    // (thread: the quoted sender asks here, by where the words stand, not in every message of theirs)
    read[i + 1] = { name: l.name, role: null, rest: lines[i + 1]!.trim(), style: 'colon', timed: true, thread: true };
    read[i] = { name: m[1]!, role: 'interviewer', title: null, rest: m[2]!, style: 'colon', timed: true, thread: true };
  }
  // A channel's forwarded post: "[19.05.2021 10:05] CryptoWire" / "Forwarded from CZ 🔶 Binance": the origin's words.
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = read[i];
    if (!l?.timed || l.style !== 'heading' || !lines[i + 1]!.startsWith('Forwarded from ')) continue;
    const origin = lines[i + 1]!.slice('Forwarded from '.length).split(/\s*\p{Extended_Pictographic}/u)[0]!.trim();
    // The stamp's line heads the origin's post (the channel only passed it on); the forward line is its furniture.
    if (origin && wordCount(origin) <= 4) {
      read[i] = { ...l, name: origin, note: undefined, title: `forwarded by ${l.name}` };
      read[i + 1] = null;
    }
  }
  // Telegram Desktop's copy of a forwarded message: "[Forwarded from Brightline Announcements]" on its
  // own line, the post under it. The words are the origin's, never more of the message above. Copied
  // without the brackets ("Forwarded from Halvard Announcements"), the line stands after a blank line
  // where a sender's header would, in a chat whose messages are under stamped headers.
  const stampedHeaders = read.some((l) => (l?.timed || l?.thread) && l.style === 'heading');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (read[i] || !lines[i]!.includes('Forwarded from ')) continue;
    const m = FORWARDED_BRACKET().exec(lines[i]!) ?? (stampedHeaders && (i === 0 || !lines[i - 1]!.trim()) ? FORWARDED_BARE().exec(lines[i]!) : null);
    const origin = m ? m[1]!.split(/\s*\p{Extended_Pictographic}/u)[0]!.trim() : '';
    if (origin && wordCount(origin) <= 5 && lines[i + 1]!.trim()) read[i] = { name: origin, role: null, title: 'forwarded', rest: '', style: 'heading', timed: true, thread: true };
  }
  // Discord's reply copied as text: the replied-to sender's name alone and a line of their message, right
  // above the replier's header ("Aiko Tanabe" / "@jonas_r was that…" / "Desmond Achterberg — 03/04/2024 11:20 AM").
  // The quoted words are that sender's (who posts in the channel under a header of their own), asking;
  // the message under the header answers them. Without this they closed the message above, in its writer's words.
  const posters = new Set(read.filter((l) => l?.thread && l.style === 'heading' && l.name).map((l) => l!.name!));
  for (let i = 1; posters.size >= 2 && i + 2 < lines.length; i++) {
    const header = read[i + 2];
    if (read[i] || read[i + 1] || !lines[i + 1]!.trim() || !header?.thread || header.style !== 'heading' || !header.name) continue;
    const quoted = lines[i]!.trim();
    if (quoted === header.name || !posters.has(quoted)) continue;
    read[i] = { name: quoted, role: 'interviewer', title: null, rest: '', style: 'heading', thread: true };
  }
  // A Q&A site's posts, each signed by the user card below it (threads.ts signedPosts).
  const signed = signedPosts(lines);
  if (signed) {
    for (const k of signed.furniture) read[k] = null;
    for (const [k, p] of signed.posts) read[k] = { name: p.name, role: p.asks ? 'interviewer' : null, title: null, rest: p.rest, style: 'colon', thread: true };
  }
  // A thread page's title above its first post ("CZ: Binance Will Survive This Bear Market | …"): the page's, no turn.
  if (headers.size) {
    const top = lines.findIndex((l) => l.trim());
    if (top >= 0 && top < Math.min(...headers.keys()) && read[top]?.style === 'colon') read[top] = null;
  }
  // A call transcript's question and answer lines as FactSet and Bloomberg set them: "Q - Margaret
  // Olsen" / "A - Evelyn Marchetti" (or "Q: Name"), the letter and a name alone on the line, the
  // words on the lines below. The letter is the side, the name who speaks. Only where two or more
  // Q/A lines are so and they are most of the document's Q/A lines: in an interview of "Q: …" /
  // "A: …" turns, a short "A: Sure" is an answer.
  const sided: number[] = [];
  let lettered = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = read[i];
    if (!l || l.style !== 'colon' || (l.name !== 'Q' && l.name !== 'A') || l.role || l.note) continue;
    lettered++;
    const rest = l.rest.trim();
    if (!rest || rest.length > 60 || wordCount(rest) > 4 || /[.!?,:;]$/.test(rest) || !isNameShaped(rest)) continue;
    const k = nextNonBlank(lines, i + 1);
    if (k < lines.length && !read[k]) sided.push(i);
  }
  if (sided.length >= 2 && sided.length * 2 > lettered)
    for (const i of sided) read[i] = { name: read[i]!.rest.trim(), role: null, rest: '', style: 'heading', side: read[i]!.name === 'Q' ? 'ask' : 'answer' };
  // A news script's clip slug: "SOT: GLENN ARCHULETA, CAL FIRE BATTALION CHIEF", the clip's words
  // on the lines below. The slug's word is no voice: the name and title after it are who speaks.
  // Some desks set the name and title in brackets ("SOT: (JIM HOLLOWAY, CITY ENGINEER)"): the same slug.
  for (let i = 0; i < lines.length; i++) {
    const l = read[i];
    if (!l || l.style !== 'colon' || !l.name || CAST_ROLE().test(l.name) || !/,/.test(l.rest) || /\p{Ll}/u.test(l.rest)) continue;
    const m = /^([^,]+),\s*([^,.!?]+(?:,\s*[^,.!?]+)*)$/u.exec(l.rest.trim().replace(/^\(([^()]+)\)$/, '$1').trim());
    if (!m || wordCount(m[1]!) < 2 || wordCount(m[1]!) > 4 || !isNameShaped(m[1]!.trim()) || wordCount(m[2]!) > 8) continue;
    const k = nextNonBlank(lines, i + 1);
    if (k >= lines.length || read[k]) continue;
    read[i] = { name: m[1]!.trim(), role: m[2]!.trim(), rest: '', style: 'heading' };
  }
  // A news script's slug block sets its fields in a row ("WRITER: MT   RUNS: :45"): a form, no voice.
  for (let i = 0; i < lines.length; i++) if (read[i]?.style === 'colon' && isScriptFieldsRow(lines[i]!)) read[i] = null;
  // A broadcast rundown's or log's production cues, in capitals ("MUSIC: …", "PSA: …", "TRT: :14",
  // "IN: \"…\""): a cue, no voice. A "SUPER: Name / title" over a bite names who speaks in it.
  for (let i = 0; i < lines.length; i++) {
    const l = read[i];
    if (!l || l.style !== 'colon' || !l.name || l.note || l.name !== l.name.toUpperCase() || !(PRODUCTION_CUE().test(l.name) || (l.timed && SCREEN_TEXT_CUE().test(l.name)))) continue;
    const sup = nameSlashRole(l.rest.trim());
    const who = sup && wordCount(sup[0]) >= 2 && wordCount(sup[0]) <= 4 && isNameShaped(sup[0]) && wordCount(sup[1]) <= 8 ? sup : null;
    read[i] = who ? { name: who[0], role: who[1], rest: '', style: 'heading' } : null;
  }
  // A video's chapter list ("Chapters" / "00:00 Intro" / "09:45 Regulation"): contents, never a voice.
  for (const k of chapterLines(lines)) read[k] = null;
  // A podcast's chapter marker: "[00:12:30] Chapter 3: The FTX collapse", "Part 2: …": a part's title, never a voice.
  for (let i = 0; i < lines.length; i++) {
    const l = read[i];
    if (l?.timed && l.style === 'colon' && l.name && NUMBERED_PART().test(l.name) && wordCount(l.rest) <= 12 && !/[.!?]["”’)]*\s*$/.test(l.rest)) read[i] = null;
  }
  // A time and a name alone open the words below them; when the next line is timed too,
  // the short line was a timed caption ("00:00:09 Thanks"), not a name.
  for (let i = 0; i < lines.length; i++) {
    const l = read[i];
    if (!l || l.style !== 'heading' || !l.timed) continue;
    const k = nextNonBlank(lines, i + 1);
    if (k < lines.length && LEADING_TIME().test(lines[k]!.trim()) && !read[k]?.rest) read[i] = null;
  }
  // Riverside and Descript put the name alone on a line and its time (or time span) on the next:
  // "Anna Berg" / "00:00:03 - 00:00:15" / the turn.
  for (let i = 0; i + 1 < lines.length; i++) {
    if (read[i] || !isLoneTime(lines[i + 1]!)) continue;
    const name = lines[i]!.trim();
    // Not a meeting export's section heading above its first time ("Transcript" / "00:00:00").
    if (name && wordCount(name) <= 4 && isNameShaped(name) && !SECTION_WORD().test(name)) read[i] = { name, role: null, rest: '', style: 'heading' };
  }
  // The other way round (Happy Scribe's, Word's transcription export): the time alone on a line, the
  // name alone on the next, the words below ("00:00:04" / "Piotr Nowak" / "In 1994, …"). Only where
  // a name recurs so, in two blocks or more, and no name stands above the time (Fireflies' "Ana Ruiz"
  // / "00:05" / the words, whose short first line is no name).
  const timeThenName: number[] = [];
  for (let k = 1; k + 1 < lines.length; k++) {
    if (read[k] || (k >= 2 && read[k - 2]) || !isLoneTime(lines[k - 1]!) || !lines[k + 1]!.trim() || isLoneTime(lines[k + 1]!)) continue;
    const name = lines[k]!.trim();
    if (name && wordCount(name) <= 4 && isNameShaped(name) && !SECTION_WORD().test(name)) timeThenName.push(k);
  }
  const timedNames = timeThenName.map((k) => lines[k]!.trim());
  if (timeThenName.length >= 2 && timedNames.some((n, j) => timedNames.indexOf(n) !== j))
    for (const k of timeThenName) read[k] = { name: lines[k]!.trim(), role: null, rest: '', style: 'heading' };
  // A messaging app's text export: the stamp with its date alone on a line, the sender alone on the
  // next, the words below ("Nov 21, 2023  6:41:12 PM" / "Sarah Okafor" / …). Only where two or more
  // messages are so: one dateline above a name is a page's header.
  const senders = stampedSenderLines(lines, read);
  if (senders.length >= 2) for (const k of senders) read[k] = { name: lines[k]!.trim(), role: null, rest: '', style: 'heading', timed: true };
  // A script's layout: the name in capitals alone on its line, the words on the lines below
  // ("DEV PATIL" / "With two friends…"), often indented. Only when two or more names each
  // open two or more turns: a page's headings in capitals ("ABOUT THE BANK") do not recur so.
  // The Paris Review sets a blank line between the name and the words ("INTERVIEWER" / "" / "When…").
  // A field recording's log sets the name in capitals in square brackets ("[INTERVIEWER]" / "[PRUITT]"):
  // the same layout, where one of the names is an interview's part (a bracketed sound is none).
  const capsNames = new Map<string, number[]>();
  const bracketed = new Set<string>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const inBrackets = bracketedCapsName(lines[i]!);
    const name = nameAloneOnLine(lines[i]!) ?? inBrackets;
    if (read[i] || !name) continue;
    const k = nextNonBlank(lines, i + 1);
    if (k >= lines.length || nameAloneOnLine(lines[k]!) || bracketedCapsName(lines[k]!) || (k > i + 1 && (read[k] || lines[i - 1]?.trim()))) continue;
    if (inBrackets) bracketed.add(name);
    // pushed, not copied: a script of thousands of cues under one name copied its list once per cue
    const cues = capsNames.get(name);
    if (cues) cues.push(i);
    else capsNames.set(name, [i]);
  }
  const scriptNames = [...capsNames.entries()].filter(([, at]) => at.length >= 2);
  if (scriptNames.length >= 2 && (!scriptNames.some(([name]) => bracketed.has(name)) || scriptNames.some(([name]) => INTERVIEW_PART().test(name)))) {
    for (const [name, at] of scriptNames) for (const i of at) read[i] = { name, role: null, rest: '', style: 'heading', ...voiceOverCue(lines[i]!) };
    // A screenplay sets every character cue at one indent ("                         JUN (ON SCREEN)"):
    // at that indent, a character who speaks once is a cue too.
    const indents = new Set(scriptNames.flatMap(([, at]) => at.map((i) => lines[i]!.search(/\S/))));
    if (indents.size === 1 && [...indents][0]! >= 10)
      for (const [name, at] of capsNames) if (at.length === 1 && indents.has(lines[at[0]!]!.search(/\S/))) read[at[0]!] = { name, role: null, rest: '', style: 'heading', ...voiceOverCue(lines[at[0]!]!) };
  }
  playCues(lines, read);
  stampedMonologue(lines, read);
  numberedThreadResumes(lines, read);
  // A call transcript's layout: each name in ordinary case a paragraph of its own, the turn in
  // the paragraphs below ("Dana Whitfield" / "" / "Thank you. Revenue grew…"), a title after the
  // name or not ("Rafael Moreno -- Chief Executive Officer"), a blank line around it or not (then
  // the line above ends a sentence or a heading). Only when two or more full names open two or
  // more turns each, or one does and the turn before another name asks it something: a page's
  // subheadings do not recur so, nor end the text above them with a question.
  const paragraphNames = new Map<string, number[]>();
  const paragraphLabels = new Map<number, LabelLine>();
  // A participants list's names stacked over their titles (stackedRoster) open no turns.
  const roster = rosterEntries(lines);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    // (Nor does a vendor's notice heading between rules, "Legal Notice": transcript.ts vendorNoticeLines.)
    if (roster.titles.has(i + 1) || NOTICE_HEADING().test(raw.trim())) continue;
    // An office with its holder and party in brackets runs longer than a name ("The Parliamentary
    // Under-Secretary of State, Department for Transport (Lord Aldous-Finch) (Con)").
    // A vendor's rule above the header ("-----…") ends what is above it as a blank line does.
    if (read[i] || raw.length > (raw.trimEnd().endsWith(')') ? 160 : 90) || !raw.trim() || (lines[i - 1]?.trim() && !/[.!?:"”’)]\s*$/.test(lines[i - 1]!) && !RULE_LINE().test(lines[i - 1]!))) continue;
    const named = nameParagraph(raw.trim());
    if (!named) continue;
    const title = named.role ? null : stackedTitle(lines, i);
    const label = title ? { ...named, role: title } : named;
    const k = nextNonBlank(lines, i + 1);
    if (k >= lines.length || read[k] || (!title && nameParagraph(lines[k]!.trim()))) continue;
    paragraphLabels.set(i, label);
    const turns = paragraphNames.get(label.name!);
    if (turns) turns.push(i);
    else paragraphNames.set(label.name!, [i]);
  }
  // A person's turns under all the forms of their name: "Mr Lloyd" counts with the one full name
  // ending in Lloyd ("Mr Owen Lloyd (Barnsley East) (Lab)").
  const people = new Map<string, number[]>(); // full (or only) form → lines
  const fullForms = [...paragraphNames.keys()].filter((n) => personName(n).includes(' '));
  for (const [name, at] of paragraphNames) {
    const short = personName(name).replace(/^\S+\s+(?=\S+$)/, (w) => (TITLE().test(w.trim()) || HONORIFIC().test(w.trim()) ? '' : w));
    const owners = short.includes(' ') ? [] : fullForms.filter((f) => f !== name && personName(f).split(' ').pop() === short);
    const owner = owners.length === 1 ? owners[0]! : name;
    const owned = people.get(owner);
    if (owned) for (const i of at) owned.push(i);
    else people.set(owner, [...at]);
  }
  // A full name another label of the document gives ("A - Evelyn Marchetti" in the questions
  // below "Evelyn Marchetti, Chair of the Board") speaks there too: its name line is a turn it opens.
  const labelled = new Set<string>();
  const labelledSurnames = new Set<string>();
  // Not a "Prepared Remarks:" with nothing under it but the next name line: a section's heading.
  const headsNoWords = (k: number, l: LabelLine) => l.style === 'colon' && !l.rest.trim() && nextNonBlank(lines, k + 1) < lines.length && !!nameParagraph(lines[nextNonBlank(lines, k + 1)]!.trim());
  if (paragraphNames.size)
    read.forEach((l, k) => {
      if (!l?.name || l.style === 'court' || l.thread || headsNoWords(k, l)) return;
      const name = personName(l.name);
      labelled.add(name);
      // "Dr. Ruiz", "Councillor Lund": a surname under its title (a label of two words at most)
      if (wordCount(name) <= 2) labelledSurnames.add(name.split(' ').pop()!);
    });
  // (or under their surname alone, with its title: "**Dr. Ruiz:**" below "## Opening remarks — Dr. Ana Ruiz, director")
  const labelledAs = (full: string) => labelled.has(full) || labelledSurnames.has(full.split(' ').pop()!);
  const turnsOf = (name: string, at: readonly number[]) => at.length + (personName(name).includes(' ') && labelledAs(personName(name)) ? 1 : 0);
  const recurring = [...people.entries()].filter(([name, at]) => turnsOf(name, at) >= 2);
  const recurringFull = recurring.filter(([name]) => personName(name).includes(' ')).length;
  if (recurringFull >= 2 || (recurringFull === 1 && fullForms.length >= 2 && asksAnotherName(lines, people))) {
    // Once the layout is plain, a full name that speaks once ("Omar Greene") opens its turn too,
    // after the first turn: above it, a participants list's headings are no speakers.
    const firstTurn = Math.min(...recurring.flatMap(([, at]) => at));
    for (const [name, at] of people)
      if (turnsOf(name, at) >= 2 || (personName(name).includes(' ') && Math.min(...at) > firstTurn)) for (const i of at) read[i] = paragraphLabels.get(i)!;
    // An "Ask the Author" page's readers, under a first name alone or with an initial ("Jen",
    // "Gemma K."): the name on its own line after a blank, one line that asks under it, then the
    // name line of one who speaks again and again. The reader asks there, as a full name would.
    const answering = new Set(recurring.map(([name]) => name));
    for (let i = 1; i + 2 < lines.length; i++) {
      const name = lines[i]!.trim();
      const answer = read[i + 2];
      if (read[i] || lines[i - 1]!.trim() || !answer?.name || !answering.has(answer.name) || !/\?\s*$/.test(lines[i + 1]!) || read[i + 1]) continue;
      if (!READER_FIRST_NAME().test(name) || TITLE().test(name) || HONORIFIC().test(name)) continue;
      read[i] = { name, role: null, rest: '', style: 'heading' };
    }
  }
  // An interview written as dialogue dashes ("— When did you start?" / "— At twelve."): each
  // dash a change of speaker, as ">>" is. Only where dashes open most of the document's lines
  // and some of them ask: a list or an aside set off by a dash is no dialogue.
  const dashed: number[] = [];
  let asking = 0;
  let content = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    content++;
    const m = DIALOGUE_DASH().exec(lines[i]!);
    if (!m || read[i]) continue;
    dashed.push(i);
    if (/\?["”’]?\s*$/.test(m[1]!)) asking++;
  }
  if (dashed.length >= 4 && asking >= 2 && dashed.length >= content * 0.5)
    for (const i of dashed) read[i] = { name: null, role: null, rest: DIALOGUE_DASH().exec(lines[i]!)![1]!.trim(), style: 'change', dialogue: true };
  // Surnames of the full names the labels introduce; a surname two people share resolves to neither.
  // A header's cast list: "Interviewer: Daniel Roth", "Interviewee: Dr. Rosa Menendez". Above the
  // first turn, a role word whose words are only a full name names who holds the role: the line is
  // the header's, and a label of that role ("[Interviewer]:") is that person.
  const roleHolders = new Map<string, string>();
  // What a cast line says its holder does ("Guest: Priya Nand, fraud investigator, …"): the part's role.
  const castRoles = new Map<string, string>();
  /** "Respondent (R1): female, 46, market trader": the part a code's turns play, by the code. */
  const codeParts = new Map<string, string>();
  // The same for a cast line of one field, by its holder's name.
  const holderRoles = new Map<string, string>();
  // A roster of "Name — Role" lines under its heading ("PARTICIPANTS"): what each person does is
  // their turns' role, and their name feeds the surname and first-name lookups as a cast line's does.
  for (const entry of roster.entries.values()) {
    if (!holderRoles.has(entry.name)) holderRoles.set(entry.name, entry.role);
    roleHolders.set(`\u0000${entry.name}`, entry.name);
  }
  // A programme's field of one person in the first lines ("Speaker: Jonathan Ng, Co-Founder,
  // TOKEN2049"): what it says the holder does is their turns' role, as a cast line's description is.
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const holder = lines[i]!.includes(':') ? listingHolder(lines[i]!) : null;
    if (holder) for (const [, what] of castDescriptions(lines[i]!)) if (!holderRoles.has(holder)) holderRoles.set(holder, what);
  }
  for (let i = 0; i < lines.length; i++) {
    // Two or more "Role: Full Name" on one line, set apart by wide spaces: "Interviewer: Alasdair
    // MacInnes   Keeper: Iain Ruadh Morrison". A cast line, no turn; each name holds its role.
    const cast = castPairs(lines[i]!);
    if (cast) {
      for (const [role, holder] of cast) roleHolders.set((castPartWord(role) ?? role).toLowerCase(), holder);
      for (const [role, what] of castDescriptions(lines[i]!)) castRoles.set((castPartWord(role) ?? role).toLowerCase(), what);
      read[i] = null;
      continue;
    }
    // "Date: 9 October 2024    Duration: 88 min    Moderator: Hannah Oyelaran": a form's fields side
    // by side, one of them a part and its holder: that name holds the part; the line is the header's.
    const mixed = lines[i]!.includes(':') ? castAmongFields(lines[i]!) : null;
    if (mixed) {
      for (const [role, holder] of mixed) roleHolders.set((castPartWord(role) ?? role).toLowerCase(), holder);
      read[i] = null;
      continue;
    }
    // "Participants: Nadia Qureshi (host), Tom Albrecht (guest, former CFO)": everyone the turns
    // below may call by first name or surname; a bracketed part names its holder.
    const listed = participantsListed(lines[i]!);
    // A name with no part of its own is kept under a key no label can spell, so it feeds the
    // first-name and surname lookups built from the holders below and holds no role.
    if (listed) {
      for (const [name, part] of listed) roleHolders.set(part && CAST_ROLE().test(part) && !roleHolders.has(part.toLowerCase()) ? part.toLowerCase() : `\u0000${name}`, name);
      // A note that is no part of a conversation ("Kofi Mensah (Owner, Mensah Hardware)") says what the
      // person does: their turns' role, as a cast line's description is.
      for (const [name, part, note] of listed) if (note && part && !CAST_ROLE().test(part) && !holderRoles.has(name)) holderRoles.set(name, note);
      read[i] = null;
      continue;
    }
    // "President:     Mr. Dominguez Ferrer  . . . . .  (Panama)": a cover's cast in columns names who
    // holds the chair; "The President:" below is that person, the office the turns' role.
    const chair = leaderedHolder(lines[i]!);
    if (chair) {
      roleHolders.set(chair.office.toLowerCase(), chair.holder);
      roleHolders.set(`the ${chair.office.toLowerCase()}`, chair.holder);
      if (!holderRoles.has(chair.holder)) holderRoles.set(chair.holder, chair.office);
      continue;
    }
    // A script's key of its voices, one a line after a dash: "NARRATOR — Bella Ferris (actor)",
    // "CURATOR — Dr Oliver Pemberton-Shah, Curator of Applied Art". Where the part in capitals opens
    // turns below, its holder speaks under it, as under a cast field's "Narrator: Bella Ferris".
    const keyed = !read[i] ? DASHED_CAST_KEY().exec(lines[i]!.trim()) : null;
    const keyedHolder = keyed && read.some((o, k) => k > i && o?.style === 'colon' && o.name?.toLowerCase() === keyed[1]!.toLowerCase()) ? castHolder(keyed[2]!) : '';
    if (keyed && keyedHolder && wordCount(keyedHolder) >= 2 && wordCount(keyedHolder) <= 4 && isNameShaped(keyedHolder)) {
      roleHolders.set(keyed[1]!.toLowerCase(), displayName(keyedHolder));
      for (const [, what] of castDescriptions(`${keyed[1]}: ${keyed[2]}`)) if (!holderRoles.has(displayName(keyedHolder))) holderRoles.set(displayName(keyedHolder), what);
      continue;
    }
    const l = read[i];
    if (!l) continue;
    // A committee's members list gives its chair as a field ("Chair: Dame Ruth Ellery"): a part as a cast line's is.
    const ofTurns = l.style === 'colon' && !!l.name && headerPartOfTurns(l, i, read, lines);
    const holder = l.style === 'colon' && l.name && (isCastPart(l.name) || PRESIDING_PART().test(l.name) || ofTurns) ? castHolder(l.rest) : '';
    // "Interviewer (I): Rahel Tesfaye": the note is the letter the turns below use for that part,
    // and the holder is who it is. ("Respondent (R): dairy farmer, 61" names nobody: its words stay
    // the respondent's, findable.)
    const letter = l.note && /^\p{Lu}{1,4}$/u.test(l.note) && read.some((o, k) => k > i && o?.name === l.note) ? l.note : null;
    if (letter && holder && wordCount(holder) >= 2 && wordCount(holder) <= 4 && isNameShaped(holder)) roleHolders.set(letter.toLowerCase(), displayName(holder));
    // A numbered code the key describes instead of naming ("Respondent (R1): female, 46, market trader",
    // "Respondent (R2): …"): the description is the code's role and the part its side; the key's line is
    // no turn of a speaker "Respondent" (two such lines would be one turn of one person).
    const code = l.note && /^\p{Lu}{1,3}\d{1,2}$/u.test(l.note) && CAST_ROLE().test(l.name ?? '') && l.rest.trim() && !isNameShaped(l.rest.trim()) && read.filter((o, k) => k > i && o?.name === l.note).length >= 2 ? l.note : null;
    if (code) {
      codeParts.set(code.toLowerCase(), l.name!.toLowerCase());
      castRoles.set(code.toLowerCase(), l.rest.trim());
      read[i] = null;
      continue;
    }
    // "Facilitator: AB", "**Moderator:** JS": an asking part the header gives by initials alone, its
    // label (or the part's letter, partLetter) opening turns below: those initials ask under it.
    const initials = l.style === 'colon' && l.name && !l.note && GROUP_LEAD().test(l.name) ? HOLDER_INITIALS().exec(l.rest.trim()) : null;
    if (initials && read.some((o, k) => k > i && (o?.name === l.name || o?.name === l.name!.charAt(0).toUpperCase()))) {
      roleHolders.set(l.name!.toLowerCase(), initials[0]);
      read[i] = null;
      continue;
    }
    // A call centre names its agent by the first name alone ("Agent: Priya (Claims Handler, ID 4471)"):
    // over turns the key labels, one asking among them, a given name is the part's holder too.
    // (The key as the turns write it, "Agent:" over "Agent:": "Caller: Redacted (R/P)" over "CALLER:" names no one.)
    const firstNameOnly = ofTurns && !isCastPart(l.name!) && wordCount(holder) === 1 && headerPartOfTurns(l, i, read, lines, true) && GIVEN_NAME_ALONE().test(holder) && !ASKER_ROLES().test(holder) && !ANSWER_ROLES().test(holder);
    if (!holder || (wordCount(holder) < 2 && !firstNameOnly) || wordCount(holder) > 4 || !isNameShaped(holder)) {
      // The header's other fields ("Date: …", "Location: …") label one line each; the first
      // label that recurs opens the talk.
      if (read.some((o, k) => k !== i && o?.name === l.name)) break;
      continue;
    }
    roleHolders.set((castPartWord(l.name!) ?? l.name!).toLowerCase(), displayName(holder));
    // (and "CHAIR:" under "Independent chair: Dr. Lorcan McAuliffe" is that chair)
    const last = ofTurns ? partLastWord(l.name!.toLowerCase()) : null;
    if (last && !roleHolders.has(last)) roleHolders.set(last, displayName(holder));
    // "Interviewee: Mara Quist, chief operating officer, Ledgerline": what she does is her turns' role,
    // whatever label they go under ("MARA QUIST:", "QUIST:").
    for (const [, what] of castDescriptions(lines[i]!)) if (!holderRoles.has(displayName(holder))) holderRoles.set(displayName(holder), what);
    read[i] = null;
  }
  // "Moderator: Claire Dunn" over turns labelled "M:": the letter of an asking part the header gives
  // a holder, where no other label is a letter alone, is that part (partLetter).
  const partLetters = partLetter(roleHolders, read);
  for (const [letter, part] of partLetters) roleHolders.set(letter.toLowerCase(), roleHolders.get(part)!);
  const bySurname = new Map<string, string | null>();
  // The cast list's holders first: "Keeper: Iain Ruadh Morrison" is who "Morrison:" is.
  for (const full of new Set(roleHolders.values())) {
    const words = full.split(' ');
    if (words.length < 2) continue;
    const sur = words[words.length - 1]!.toLowerCase();
    const had = bySurname.get(sur);
    bySurname.set(sur, had === undefined || had === full ? full : null);
  }
  for (const l of read) {
    if (!l?.name || l.style === 'court') continue;
    // "HOST (DAVID MERCER):" gives Mercer's full name as a role's holder.
    const full = personName(roleHolderInNote(l) ?? answeringHolder(l.name));
    const words = full.split(' ');
    // A title read as a label ("Lunch with the FT: Daniela Ferreira") has no surname: its last word
    // is no name the interviewer's "FT:" shortens.
    // Nor has a voice described, not named ("UNIDENTIFIED REPORTER", "FEMALE REPORTER"): its last word
    // is the part "REPORTER (Channel 9):" plays, no surname of it.
    if (words.length < 2 || /^Speaker (?:\d+|[A-H])$/.test(full) || HONORIFIC().test(words[0]!) || words.some((w) => FUNCTION_WORD().test(w)) || DESCRIBED_VOICE_OPENING().test(words[0]!)) continue;
    const sur = words[words.length - 1]!.toLowerCase();
    const had = bySurname.get(sur);
    bySurname.set(sur, had === undefined || had === full ? full : null);
  }
  // A surname two people share, read line by line: "HEMMINGS:" after "DALE HEMMINGS:" and before
  // "KERRY HEMMINGS:" is Dale, the one of them the labels have introduced so far. Once both have
  // spoken, transcribers write the full names; a surname alone then resolves to neither.
  const surnameSoFar = new Map<string, string | null>();
  // "Narrator: Lin Wei", then "LIN:": a cast holder's first word (a name in family-name-first
  // order, or a given name) is that holder, where no other holder has it.
  const castFirst = byFirstWord(roleHolders.values());
  // "Dig Deeper is presented by Meg Arkwright and Sam Dalloway.", "Our guest this week was Imran
  // Chaudhry, …": a show's credits, wherever they stand (show notes under the transcript), name in
  // full the first names its labels give ("MEG:", "IMRAN:"), where no cast line does.
  const creditFirst = byFirstWord(creditedNames(lines));
  const witness = opts.witness ? displayName(opts.witness) : null;
  const defendant = captionDefendant(lines);
  // (read on the first "THE COURT:" only: most transcripts have none)
  let judge: string | null | undefined;
  const byInitials = initialsDefined(lines);
  const byHandle = handlesDefined(lines);
  // "Jonas:" / "A from Jonas:" where a cast field defines "@quill_jonas (Jonas Aberle)": the one
  // person the handles' names give that first name.
  const handleFirst = byFirstWord(byHandle.values());
  // Initials of the people the cast list names ("Interviewer: James Ortiz", then "JO:").
  for (const full of new Set(roleHolders.values())) {
    const words = full.split(' ');
    for (const initials of new Set([words.map((w) => w[0]).join(''), words[0]![0]! + words[words.length - 1]![0]!])) {
      if (byInitials.has(initials) && byInitials.get(initials) !== full) byInitials.set(initials, '');
      else byInitials.set(initials, full);
    }
  }
  for (const [initials, full] of byInitials) if (!full) byInitials.delete(initials);
  const header = headerLines(lines, read);
  initialsInHeader(header, read, byInitials);
  // The first turns, where a presenter introduces the guest ("HOST: My guest tonight is Samuel
  // Adjei, who runs …", then "SAMUEL:" or "ADJEI:"), as a caption file's first cues do
  // (captions.ts fullVoiceNames); taken when a one-word label is first left unresolved.
  let intro: string[] | undefined;
  // A transcription legend ("IV = interviewer (Dr. Amira Soltani); HY = stallholder ("Harry")", "I = Interviewer, R = Respondent"):
  // each letter label is the person the legend names, else the part it gives; the part asks or answers.
  const top = lines.slice(0, 12);
  // (Or under the last turn, where a transcriber puts it after a rule: "---" / "Key: JH = James Holloway (interviewer); …".)
  const foot = lines.length > 12 ? lines.slice(Math.max(12, lines.length - 6)) : [];
  const legendLines = foot.some((h) => h.includes(' = ')) ? [...top, ...foot] : top;
  let legend = legendLines.some((h) => h.includes(' = ')) ? legendDefined(legendLines, read) : null;
  // A transcription service's speaker key ("S1 - Layla Haddad (Moderator)" under "Speaker Key:", or
  // "Speaker Names: S1 - Name (Role), S2 - Name" on one line): the same, its role kept on the turns.
  const speakerKey = top.some((h) => h.includes(' - ')) ? speakerKeyDefined(top, read) : null;
  if (speakerKey) legend = new Map([...speakerKey, ...(legend ?? [])]);
  // A recorder transcript's legend of its code column ("CAPT   Commander (pilot flying)", "ATC   Carrickfergus
  // Tower"), wherever it stands over the rows: each code is the voice the legend writes, its bracket the role.
  const codeKey = codeLegendDefined(lines, read);
  if (codeKey) legend = new Map([...codeKey, ...(legend ?? [])]);
  // The key's own line ("Speaker Names: S1 - …") says who the labels are: no label opening a turn.
  if (speakerKey) for (let k = 0; k < top.length; k++) if (read[k] && isSpeakerKeyLine(top[k]!)) read[k] = null;
  if (legend) for (const [label, e] of legend) if (!byInitials.has(label)) byInitials.set(label, e.name);
  // "Mr. Renner" as the full name the document gives with the same title: first in its header,
  // then anywhere ("I now recognize the witness, Mr. Tobias Renner"). One name found per label.
  const fullNames = new Map<string, string>();
  const askedFor = new Set<string>();
  // The document's first lines (an appearance list among them), taken when first needed.
  let preamble: string[] | undefined;
  // The document's lines in capitals (its headings), taken when first needed.
  let capitalLines: string[] | undefined;
  for (const l of read) {
    if (!l?.name || l.style === 'court' || askedFor.has(l.name)) continue;
    askedFor.add(l.name);
    const name = personName(l.name);
    if (fullNames.has(name) || !name.includes(' ')) continue;
    const words = name.split(' ');
    // "Ms. Jean-Pierre" under a header naming "Press Secretary Karine Jean-Pierre": the honorific
    // is no title the header repeats, so the one full name there with that surname.
    const full =
      titledFullName(name, header) ??
      titledFullName(name, lines) ??
      (words.length === 2 && HONORIFIC().test(words[0]!) ? (firstAndLast(bySurname.get(words[1]!.toLowerCase())) ?? surnameInHeader(words[1]!, header)) : null) ??
      // "Chairman Holloway" under a header naming "Hon. Grant Holloway".
      (words.length === 2 && CHAIR_TITLE().test(words[0]!) ? surnameInHeader(words[1]!, header) : null) ??
      // "DR. VAN WYK" where the header names "Dr. Pieter van Wyk": a surname with a particle.
      (SURNAME_PARTICLE().test(words[0]!) ? (particleFullName(name, header) ?? particleFullName(name, lines)) : null) ??
      // "INMATE RUIZ", "DEPUTY DISTRICT ATTORNEY TANAKA" under an appearance list of "HECTOR RUIZ, Inmate".
      appearanceFullName(words, (preamble ??= lines.slice(0, 200))) ??
      // "MAYOR WHITFIELD" under a panel's roster line "Marcus Whitfield, Mayor of Dayton (…)".
      rosterTitledFullName(words, roster.entries) ??
      // "Ms. Lindqvist" under a hearing's witness heading in capitals further down ("STATEMENT OF
      // HANNA LINDQVIST, PROFESSOR OF LAW, …"): the one full name a heading gives that surname.
      (words.length === 2 && HONORIFIC().test(words[0]!) ? surnameInHeader(words[1]!, (capitalLines ??= lines.filter((h) => /\p{Lu}{2}/u.test(h) && !/\p{Ll}/u.test(h)))) : null) ??
      // "MR BOLT: Kieran Bolt, sir, I'm the director of the company.": the name he gives himself.
      (words.length === 2 && HONORIFIC().test(words[0]!) ? ownTurnFullName(l.name, words[1]!, read) : null);
    if (full) fullNames.set(name, full);
  }
  // "A (Cllr Penhale):" under "Present: Cllr Ruth Penhale (Chair), …": a side's holder the note
  // writes as a title and a surname is the full name the text gives with that title, as a label's own is.
  for (const l of read) {
    if (!l?.name || !l.note || l.style === 'court') continue;
    const holder = roleHolderInNote(l);
    const name = holder ? displayName(holder) : '';
    if (name.split(' ').length !== 2 || fullNames.has(name)) continue;
    const full = titledFullName(name, header) ?? titledFullName(name, lines);
    if (full) fullNames.set(name, full);
  }
  // Each role's notes: where every one names the same holder, the role's bare labels are that
  // holder; "JOURNALIST (Marca)" and "JOURNALIST (The Athletic)" are several people.
  const notedHolders = new Map<string, Set<string>>();
  for (const l of read) {
    if (!l?.name || !l.note) continue;
    // "NARRATOR (V/O):" beside "NARRATOR (LUCÍA BARROS):": a note saying how the words are given
    // names no one, so it is no second holder of the part; the bare label is still the one named.
    if (HOW_GIVEN_NOTE().test(l.note.trim())) continue;
    const role = personName(l.name).toLowerCase();
    const holder = roleHolderInNote(l);
    notedHolders.set(role, (notedHolders.get(role) ?? new Set()).add(holder ? displayName(holder) : `(${l.note})`));
  }
  // Who holds a one-word part a full name's label gives ("KELSEY AMEH, REPORTER (live):"): the part's
  // bare label said how ("REPORTER (voice-over):", "REPORTER (on camera):", a package's) is that
  // person, where one does. null where two people hold it.
  const labelledHolders = new Map<string, string | null>();
  for (const l of read) {
    if (!l?.name || !l.role || l.style === 'court' || !/^\p{L}[\p{L}-]{2,}$/u.test(l.role)) continue;
    const who = personName(l.name);
    if (wordCount(who) < 2 || !isNameShaped(who)) continue;
    const part = l.role.toLowerCase();
    const had = labelledHolders.get(part);
    labelledHolders.set(part, had === undefined || had === displayName(who) ? displayName(who) : null);
  }
  const textHolders = new Map<string, string | null>();
  // An office a label in capitals gave before a full name ("SUPERINTENDENT ALAN FRYE:"), and that person.
  const officeHolders = new Map<string, { name: string; office: string } | null>();
  const shortNames = new Map<string, string>();
  let text: string | undefined;
  // Questioners labelled by outlet, then name ("Q (Bloomberg, Francois de Beaupuy):"): the document's way of labelling the floor.
  const outletFirst = read.some((l) => !!l?.name && !!l.note && l.style !== 'court' && SIDE_LETTER().test(l.name) && l.note.includes(',') && roleHolderInNote(l) === l.note.slice(l.note.indexOf(',') + 1).trim());
  const answerLetters = read.some((l) => !!l?.name && /^[ar]$/i.test(l.name.trim()));
  const out: (ScannedLabel | null)[] = [];
  let examiner: string | null = null;
  const roleWords: string[] = []; // each label's name as written, before a role's holder replaces it
  const voices: string[] = []; // named voices in order of first appearance
  let lastVoice: string | null = null;
  // A phone-in: the caller the presenter last put on the line ("Next we have Ray…"), by first name.
  const phoneIn = read.some((l) => !!l?.name && CALLER_ROLE().test(personName(l.name)));
  let onTheLine: string | null = null;
  // The first name the presenter last handed the line to, until a caller's label takes it; and the
  // notes found to say where a caller rings from ("CALLER (Ohio):"), with the caller they stand for.
  let handedTo: string | null = null;
  const placeNotes = new Map<string, string>();
  // A UK inquiry names counsel by office, not name, under the sworn line ("Questions by COUNSEL TO THE
  // INQUIRY"); the first named voice after it that is not the bench's is that counsel, who asks the Q. lines.
  let counselNext = false;
  for (let i = 0; i < read.length; i++) {
    if (COUNSEL_EXAMINES().test(lines[i]!)) {
      examiner = null;
      counselNext = true;
    }
    const ex = examinerOf(lines[i]!);
    if (ex) {
      // "BY MS. WREN:" asks as the "MS. WREN:" of the objections does: the full name the appearances give her.
      examiner = fullNames.get(personName(ex)) ?? displayName(ex);
      out.push(null);
      continue;
    }
    const l = read[i];
    if (!l) {
      out.push(null);
      continue;
    }
    let speaker: string | null;
    let asker = false;
    let answerRole = false;
    let placeNoted: string | null = null;
    // A package's narration under its part's word ("REPORTER (voice-over):"), its holder's: the part
    // asks in a briefing's floor, but a package's narration asks no one.
    let packaged = false;
    let passerBy = false;
    let heldPart: string | null = null;
    let heldOffice: string | null = null;
    // (Its key stays the label's word, "Vox Pop", as a name's would: the description is no name to read labels by.)
    let unnamedVoice = false;
    // "Q. (BY MS. LIAO) …" names the examiner from here on, as "BY MS. LIAO:" alone on its line does.
    if (l.style === 'court' && l.resumedBy) examiner = fullNames.get(personName(l.resumedBy)) ?? displayName(l.resumedBy);
    if (l.style === 'court') {
      // "Q. (Mr P. Bhatt):" / "A. (Mr Menon):": the side's holder in brackets, a surname alone as the text names it in full.
      const bare = l.note ? l.note.replace(/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?\s+/, '') : null;
      const held = bare && !bare.includes(' ') ? (bySurname.get(bare.toLowerCase()) ?? surnameInHeader(bare, header) ?? surnameInHeader(bare, lines) ?? bare) : bare;
      if (l.name === 'Q') {
        speaker = held ?? examiner ?? 'Q';
        asker = true;
      } else {
        speaker = held ?? witness ?? 'A';
        answerRole = true;
      }
    } else if (l.name === null) {
      // ">>" alone: in a two-voice exchange, the other voice; otherwise nobody can say.
      speaker = voices.length === 2 && lastVoice ? voices.find((v) => v !== lastVoice)! : null;
    } else {
      // "A from Jonas:", "Answer by Dr. Ruth Osei:": an AMA recap's answering side, its holder named
      // after "from"/"by" (the mirror of "Q1 from @handle:"): the side's word is the role, the name the speaker.
      const answeredBy = ANSWER_FROM().exec(l.name);
      let name = personName(answeringHolder(l.name));
      const roleWord = answeredBy ? answeredBy[1]! : (partLetters.get(name) ?? name);
      // "@cz_binance:" where the header introduces "CZ (@cz_binance)".
      if (name.startsWith('@')) name = byHandle.get(name.toLowerCase()) ?? name;
      // "MODERATOR (Jane Oduya):": the role's holder named in the note is who speaks.
      // "Q (Les Echos):" where the document's questioners are "Q (Bloomberg, Francois de Beaupuy):":
      // its note is the outlet alone, nobody named.
      let holder = outletFirst && outletOnly(l) ? null : roleHolderInNote(l);
      // "OFFICER (Daniel Fenwick):", "Clerk (Ann Lowe):": an office one word names, its holder in the
      // note (no asking, answering or floor part): the office is the holder's role, as "CHAIR" is.
      const notedOffice = !!holder && wordCount(holder) >= 2 && isOfficeWord(l.name) && !ASKER_ROLES().test(roleWord) && !ANSWER_ROLES().test(roleWord) && !NAMED_PART().test(roleWord) && !FLOOR_PART().test(roleWord) && !NUMBERED_VOICE().test(roleWord);
      const noted = notedHolders.get(name.toLowerCase());
      // "Bev in Dayton, you're on the air." / "CALLER (Ohio):": the presenter handed the line to a
      // first name the note does not hold, so the note says where the caller rings from, no name.
      // The same note again, with no hand-off between, is the same caller.
      if (phoneIn && l.note && CALLER_ROLE().test(name)) {
        const place = placeNotes.get(l.note) ?? (handedTo && holder && !holder.split(/\s+/).includes(handedTo) ? handedTo : null);
        if (place) {
          placeNotes.set(l.note, place);
          holder = place;
          placeNoted = `${name.toLowerCase()} (${l.note})`;
        }
        handedTo = null;
      }
      // (a title before the holder's full name is no part of it, as in a label: "Q (Mrs Evelyn Stroud):" is Evelyn Stroud)
      if (holder) name = withoutTitleBeforeFullName(displayName(holder));
      else if (roleHolders.has(name.toLowerCase())) name = roleHolders.get(name.toLowerCase())!;
      // "REPORTER (voice-over):" where "KELSEY AMEH, REPORTER (live):" holds the part: the note says how
      // the words are given, no one else's name, so the part's one labelled holder speaks.
      else if (l.note && HOW_GIVEN_NOTE().test(l.note.trim()) && !name.includes(' ') && labelledHolders.get(name.toLowerCase())) {
        name = labelledHolders.get(name.toLowerCase())!;
        packaged = true;
      }
      // A bare "CALLER:" is whoever the presenter put on the line last, never the caller before.
      else if (CALLER_ROLE().test(name)) name = onTheLine ?? name;
      // "PRESENTER (Andrew Edwards):" once, then "PRESENTER:": the one holder the role's notes name.
      // Not a part many take in turns ("Audience member (Amira, …)" then "Audience member:"): someone else.
      // Nor the floor's side word ("QUESTION (Reuters):", "Q (Al Hurra):" then "QUESTION:", "Q:"): a
      // briefing's reporters ask in turns, and the bare word is a reporter the label leaves unnamed.
      else if (noted?.size === 1 && !/^\(/.test([...noted][0]!) && !CALLS_IN().test(name) && !SIDE_LETTER().test(name) && !QUESTION_WORD().test(name)) name = [...noted][0]!;
      // "Spokesman:" where the document names "Stéphane Dujarric, Spokesman for the Secretary-General".
      // "SUPERINTENDENT:" after "SUPERINTENDENT ALAN FRYE:": the one person the office was given to.
      else if (!l.note && officeHolders.get(name.toLowerCase())) {
        heldOffice = officeHolders.get(name.toLowerCase())!.office;
        name = officeHolders.get(name.toLowerCase())!.name;
      }
      // "Audience:" is the room, many people, never the one a list names beside the word (Otter's
      // "SPEAKERS" / "Luis Arroyo, Hannah Brightwell, Audience" makes no host of the audience).
      else if (!name.includes(' ') && !opts.isKnown?.(name) && !AUDIENCE_PART().test(name)) {
        // Once per role word: a long transcript repeats its labels thousands of times.
        if (!textHolders.has(name)) textHolders.set(name, roleHolderInText(name, lines) ?? selfIntroducedHolder(name, read) ?? introducedPartHolder(name, lines));
        name = textHolders.get(name) ?? name;
      } else if (ROLE_PHRASE_LABEL().test(name) && !opts.isKnown?.(name)) {
        // "Deputy Spokesperson:" where the header names "Inés Calloway, Deputy Spokesperson for the Secretary-General".
        if (!textHolders.has(name)) textHolders.set(name, rolePhraseHolderInText(name, lines));
        // (the office the label names is the holder's role on the records: "First Minister")
        if (textHolders.get(name)) heldOffice = name;
        name = textHolders.get(name) ?? name;
      }
      if (!name.includes(' '))
        name = bySurname.get(name.toLowerCase()) ?? (bySurname.get(name.toLowerCase()) === null ? surnameSoFar.get(name.toLowerCase()) : undefined) ?? (opts.isKnown?.(name) ? undefined : (byInitials.get(name) ?? castFirst.get(name.toLowerCase()) ?? creditFirst.get(name.toLowerCase()) ?? handleFirst.get(name.toLowerCase()) ?? surnameInHeader(name, header) ?? (bySurname.has(name.toLowerCase()) ? null : surnameInHeader(name, (intro ??= introTurns(lines, read)))))) ?? name;
      else if (!opts.isKnown?.(name)) name = fullNames.get(name) ?? speakerKey?.get(roleWord)?.name ?? name;
      if (witness && /^the witness$/i.test(name)) name = witness;
      // A label of two or three capitals left as it is ("TOR:", "DEV:") is a short name, no acronym,
      // where the document writes that word in title case ("Next on the line is Tor", "Dev is on
      // line two"); "NHS:", written only in capitals, stays. Once per label, over the whole text.
      if (SHORT_CAPITALS().test(name)) {
        if (!shortNames.has(name)) shortNames.set(name, titledInText(name, (text ??= lines.join('\n'))));
        name = shortNames.get(name)!;
      }
      if (defendant && /^the defendant$/i.test(name)) name = defendant;
      if (/^the court$/i.test(name) && (judge ??= captionJudge(lines))) name = judge;
      // "THE CHAIR:" under "Before: Captain R. J. Halloran, Inquiry Chair": the one person in that office.
      const presiding = name.length < 24 ? PRESIDING_LABEL().exec(name) : null;
      if (presiding) name = captionPresider(lines, presiding[1]!) ?? name;
      // "VOX POP:", "MAN IN STREET:", "WOMAN:": a description of someone unnamed, no name; the
      // speaker is written as such a description is ("a member of the public", "a woman").
      // Each vox pop is someone else: one turn each, never joined with the one before it.
      const unnamed = PUBLIC_VOICE().exec(roleWord);
      if (unnamed) name = unnamed[1] ? `a ${unnamed[1].toLowerCase()}` : 'a member of the public';
      passerBy = !!unnamed && !unnamed[1];
      unnamedVoice = !!unnamed;
      speaker = name;
      roleWords[i] = roleWord;
      // "HOST:" resolved to the person who holds the part ("Pedro Albright"): the part is the role.
      heldPart = heldOffice ?? (!unnamed && name !== roleWord && !name.includes(roleWord) && (CAST_ROLE().test(roleWord) || DESK_PART().test(roleWord) || DEBATE_CHAIR().test(roleWord) || notedOffice) ? roleWord.toLowerCase() : null);
      // "AUDIENCE MEMBER 2": a numbered voice of an asking part asks.
      const part = legend?.get(roleWord)?.part ?? codeParts.get(roleWord.toLowerCase()) ?? '';
      // "THE MODERATOR:" (a press conference's) is the moderator's part, its article no word of it.
      asker = ASKER_ROLES().test(part) || ASKER_ROLES().test(roleWord.replace(/\s+#?\d{1,3}(?:\.\d{1,3})?$/, '').replace(/^the\s+(?=\S)/i, '')) || NUMBERED_COMMENT().test(roleWord) || (answerLetters && QUESTION_LETTERS().test(roleWord)) || (l.role !== null && ASKING_TITLE().test(l.role)) || !!l.numbered || l.side === 'ask' || FLOOR_PART().test(roleWord);
      answerRole = ANSWER_ROLES().test(roleWord) || ANSWER_ROLES().test(part);
      if (packaged) asker = false;
    }
    if (phoneIn && l.style !== 'court' && l.name !== null) {
      if (CALLER_ROLE().test(roleWords[i] ?? '')) onTheLine = speaker;
      // A turn that opens on the caller's first name speaks to the caller on the line ("Dennis, what
      // about the point the last caller made?"): a hint word there hands the line to no one else.
      else if (HAND_OVER_HINT().test(l.rest)) {
        const called = calledName(l.rest);
        if (called || !onTheLine || !l.rest.startsWith(`${onTheLine},`)) handedTo = onTheLine = called;
      }
    }
    if (speaker !== null && !voices.includes(speaker)) voices.push(speaker);
    if (speaker !== null && l.name && l.style !== 'court') {
      const words = speaker.split(' ');
      const sur = words[words.length - 1]!.toLowerCase();
      if (words.length >= 2 && !/^Speaker (?:\d+|[A-H])$/.test(speaker) && !HONORIFIC().test(words[0]!) && bySurname.get(sur) === null) {
        const had = surnameSoFar.get(sur);
        surnameSoFar.set(sur, had === undefined || had === speaker ? speaker : null);
      }
    }
    lastVoice = speaker;
    if (counselNext && speaker !== null && l.name && l.style !== 'court' && !asker && !answerRole && !/^the\s/i.test(speaker)) {
      examiner = speaker;
      counselNext = false;
    }
    // A note describing who holds the part ("Audience member (Amira, founder of a payments startup):") is the role the text gives.
    // "Q (Bloomberg, Francois de Beaupuy):": the reporter asks, the outlet is the role.
    // "Q (The Block):", "Q (AFP):": an outlet alone asks; nobody is named, the outlet is the role.
    const outlet = l.note && l.name && l.style !== 'court' && l.note.includes(',') && SIDE_LETTER().test(l.name) && roleHolderInNote(l) === l.note.slice(l.note.indexOf(',') + 1).trim() ? l.note.split(',')[0]!.trim() : outletOnly(l) && (outletFirst || roleHolderInNote(l) === null) ? l.note!.trim() : null;
    // A participants' key gives the role ("HY = He Yi, co-founder and …, Binance"): where the label gives none.
    const keyed = legend && roleWords[i] ? (legend.get(roleWords[i]!)?.role ?? null) : null;
    // "Mr. Fu Cong (China):", "Ms. Shea (United States of America):": a person named with a title, and
    // in brackets a name in Title Case that is no holder of the label: whom the person speaks for.
    const affiliation = l.note && l.name && l.style !== 'court' && speaker && !outlet && AFFILIATION_NOTE().test(l.note) && titledPerson(l.name) && roleHolderInNote(l) === null ? l.note : null;
    // "A (Luis Ocampo, chair):", "A (Oyelaran, engineer):": the note names the holder first, and its
    // rest is the role.
    const noteRole = l.note && noteNamesHolder(l.note, speaker) ? l.note.slice(l.note.indexOf(',') + 1).trim() : null;
    // "Hon S.J. PETRAKIS (Kalamunda — Minister for Commerce) (14:04):": a parliamentary record's
    // seat and office beside the time, the member's role as a seat alone is.
    const seatAndOffice = l.note && l.timed && l.style === 'colon' && !affiliation && SEAT_AND_OFFICE().test(l.note) ? l.note : null;
    // "Shirin Kazemi (Northlake Infrastructure):", "Tomas Berg (CEO, Fjord Energy):", "Sofia Marchetti (Host):":
    // a person's full name, and in brackets where they work or what they do.
    const personNote = l.note && l.name && l.style !== 'court' && speaker && !outlet && !affiliation && !noteRole && !seatAndOffice ? noteOfPerson(l.name, l.note, speaker) : null;
    const given = l.title !== undefined ? l.title : (l.role ?? noteRole ?? (l.note && /,\s+\p{Ll}/u.test(l.note) ? l.note : (outlet ?? affiliation ?? seatAndOffice ?? personNote)) ?? keyed);
    const title = (given ?? placeNoted ?? (castRoles.size && roleWords[i] ? (castRoles.get(roleWords[i]!.toLowerCase()) ?? null) : given)) ?? (holderRoles.size && speaker ? (holderRoles.get(speaker) ?? null) : null) ?? heldPart;
    // "SEN. RUTH ABERNATHY (D-MN):", "STATE SEN. CURTIS VANE (R), BILL SPONSOR:": a broadcast label that
    // describes the person gives the office before the name too; the name drops it, the role keeps it.
    // So does a label in capitals alone ("SUPERINTENDENT ALAN FRYE:", "PROFESSOR NIA OKAFOR:", "DR. NIA
    // OKAFOR:"): the title before the full name is the role, an academic's or a doctor's too.
    const office = l.name && l.style === 'colon' ? ((l.note || l.role) ? officeBeforeName(l.name) : capitalsTitleBeforeName(l.name)) : null;
    // (Its last word too: "CHIEF:" after "FIRE CHIEF ROSA IBARRA:".)
    if (office && speaker && speaker.includes(' '))
      for (const key of new Set([office, office.slice(office.lastIndexOf(' ') + 1)])) {
        // Two people given the same office: the bare office names neither.
        const k = displayName(key).toLowerCase();
        const had = officeHolders.get(k);
        officeHolders.set(k, had === undefined || had?.name === speaker ? { name: speaker, office } : null);
      }
    // (A courtesy title, "DR", adds nothing to a role given otherwise: "Director-General, European Grid Agency".)
    const described = office && title ? (title.toUpperCase().includes(office.toUpperCase()) || (!(l.note || l.role) && COURTESY_TITLE().test(office)) ? title : `${office}, ${title}`) : (title ?? office);
    out.push({ key: unnamedVoice ? roleWords[i]! : (speaker ?? `>>#${i}`), speaker, role: l.role, title: described, rest: l.rest, style: l.style, timed: !!l.timed, note: l.note ?? null, asker, answerRole, ...(l.thread ? { thread: true } : {}), ...(l.action ? { action: true } : {}), ...(l.attendee ? { attendee: true } : {}), ...(passerBy ? { oneOff: true } : {}) });
  }
  // The speaker key's role ("S1 - Layla Haddad (Moderator)") is the role (title) of each of S1's turns.
  if (speakerKey) for (let i = 0; i < out.length; i++) {
    const role = speakerKey.get(roleWords[i] ?? '')?.role;
    if (out[i] && role && !out[i]!.title) out[i] = { ...out[i]!, title: role };
  }
  // A role given once ("MARY ELLIS, CNN ANCHOR:") holds for the speaker's later labels ("ELLIS:").
  // An email's quoted run asks by where it stands, not by who wrote it: a digest's writer is
  // quoted in one message and answers in another.
  const askingKeys = new Set(out.filter((l) => l?.asker && l.style !== 'court' && !l.thread).map((l) => l!.key));
  for (const l of out) if (l && askingKeys.has(l.key)) l.asker = true;
  // A questioner from the floor ("Q - Margaret Olsen") puts a question to one person, as a caller does.
  // So does a reporter a press conference labels "Q (Bloomberg, Francois de Beaupuy):", "Q (The Block):"
  // or "QUESTION (Priya Raman, Meridian Wire):": no chair's question to a panel, answered by the
  // one person who takes it (the moderator's "Thank you all." after that answer answers nothing).
  out.forEach((l, i) => {
    if (l && (CALLS_IN().test(roleWords[i] ?? '') || FLOOR_PART().test(roleWords[i] ?? '') || read[i]?.side === 'ask' || (read[i]?.note && read[i]?.style !== 'court' && (SIDE_LETTER().test(roleWords[i] ?? '') || QUESTION_WORD().test(roleWords[i] ?? '')) && l.asker))) l.callsIn = true;
  });
  selfIntroducedHandles(lines, out);
  addressedNumberedVoices(lines, out);
  floorNamed(lines, out);
  calledReporters(lines, out);
  renamedPartWay(lines, out);
  introducedGuest(lines, out, header);
  // An interview's credit to who asked may close it ("Das Gespräch führte Eva Roth."), after the last turn.
  const credits = lines.filter((line, i) => !out[i] && interviewerCredit(line, true) !== null);
  publicationAsker(out, roleWords, read.map((l) => l?.name ?? undefined), header, credits, opts.isKnown);
  if (dashed.length) dialogueVoices(lines, read, out, header, (w) => bySurname.get(w.toLowerCase()) ?? surnameInHeader(w, header));
  return out;
}

/**
 * Whether a label's note opens with the name of the one who holds the label, a role after a comma
 * ("Luis Ocampo, chair", "Oyelaran, engineer" for Janet Oyelaran): the name is the speaker's,
 * no words of the turn and no part of the role.
 */
export function noteNamesHolder(note: string, speaker: string | null): boolean {
  const comma = note.indexOf(',');
  if (speaker === null || comma <= 0) return false;
  const head = note.slice(0, comma).trim().toLowerCase();
  const name = speaker.toLowerCase();
  return head.length > 1 && (name === head || name.endsWith(` ${head}`));
}

/**
 * A voice's first turn written with its role, the later ones with the name alone: "Raul Medina,
 * almond farmer: Zero." then "Raul Medina: We planted…" (or "Medina:"). Alone, a name, a comma, a
 * role in lower case or a title and a colon is as often a sentence ("Paris, the capital: …"), so
 * readLabel refuses it; where the same name (or its surname) labels a turn of its own elsewhere in
 * the document, it is that voice's label, and its words are not the turn above's.
 */
const DASHED_ROLE = lazy(() => /^([^,:：—–]{3,40}?)\s+[—–]\s+(?=[^:：]{1,60}[:：])/u);
function namedAgainWithRole(lines: readonly string[], read: (LabelLine | null)[]): void {
  const named = new Set<string>();
  for (const l of read) if (l?.style === 'colon' && l.name && !l.role && !l.thread) named.add(l.name);
  if (named.size < 2) return;
  for (let i = 0; i < lines.length; i++) {
    if (read[i] || !/[,—–]/.test(lines[i]!)) continue;
    const trimmed = lines[i]!.trim();
    const colon = trimmed.search(/[:：]/);
    if (colon < 0 || colon > LABEL_COLON_REACH) continue;
    // (the role may be set off by a dash as by a comma: "Ben Okafor — emergency manager: …")
    const s = trimmed.replace(DASHED_ROLE(), '$1, ');
    const m = COLON().exec(s);
    const name = m?.[1]!.trim() ?? '';
    const role = m?.[2]?.trim() ?? '';
    if (!m || !role || (m[3] ?? '').trim() || !m[4]!.trim() || wordCount(name) < 2 || wordCount(name) > 4 || wordCount(role) > 6) continue;
    if (!(named.has(name) || named.has(name.slice(name.lastIndexOf(' ') + 1))) || !isNameShaped(name) || !mayBePersonName(name)) continue;
    // (a role holds no sentence's punctuation and opens on no article's clause: "Medina, the farmer said: …" is prose)
    if (/[.!?;"“”]/.test(withoutAbbreviationDot(role)) || /\b(?:said|says|told|asked|added|wrote)\b/.test(role)) continue;
    read[i] = { name, role, rest: m[4]!, style: 'colon' };
  }
}

/**
 * A call's or an event's transcript that writes every turn "Name, Role: words" ("Ravindra Kulkarni,
 * Chief Financial Officer: Thank you, Fenella."), no turn by the name alone. Once, such a line is as
 * often a sentence ("Paris, the capital: …"), so readLabel refuses it; the same full name and the same
 * role opening two lines of the document are a label repeated, and each such line is that voice's turn.
 */
function repeatedRoleLabels(lines: readonly string[], read: (LabelLine | null)[]): void {
  const found: { i: number; key: string; name: string; role: string; rest: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (read[i] || !lines[i]!.includes(',')) continue;
    const trimmed = lines[i]!.trim();
    const colon = trimmed.search(/[:：]/);
    if (colon < 0 || colon > 120) continue;
    const m = COLON().exec(trimmed);
    const name = m?.[1]!.trim() ?? '';
    const role = m?.[2]?.trim() ?? '';
    if (!m || !role || (m[3] ?? '').trim() || !m[4]!.trim() || wordCount(name) < 2 || wordCount(name) > 4 || wordCount(role) > 8) continue;
    // (a role written as a title, no sentence in it: "Medina, the farmer said: …" is prose)
    if (!TITLED_ROLE().test(role) || /[.!?;"“”]/.test(withoutAbbreviationDot(role)) || !isNameShaped(name) || !mayBePersonName(name)) continue;
    found.push({ i, key: `${name}\u0000${role}`.toLowerCase(), name, role, rest: m[4]! });
  }
  const count = new Map<string, number>();
  for (const l of read) if (l?.style === 'colon' && l.name && l.role && !l.thread) count.set(`${l.name}\u0000${l.role}`.toLowerCase(), 1);
  for (const f of found) count.set(f.key, (count.get(f.key) ?? 0) + 1);
  const repeated = new Set(found.filter((f) => count.get(f.key)! >= 2).map((f) => f.name));
  if (!repeated.size) return;
  // Where two voices or more are so labelled, a voice that speaks once ("Declan Ferreira-Quinn, Morgan
  // Stanley: Good morning. …", an analyst's one question) is labelled the same way: the line is a turn
  // where its full name stands on another line too (the participants' list, the operator's introduction).
  const namedElsewhere = (f: (typeof found)[number]): boolean => lines.some((l, k) => k !== f.i && l.includes(f.name));
  for (const f of found) if (count.get(f.key)! >= 2 || (repeated.size >= 2 && namedElsewhere(f))) read[f.i] = { name: f.name, role: f.role, rest: f.rest, style: 'colon' };
}

/**
 * A headline written as a label ("Changpeng Zhao: "Crypto is no casino"", a blank line under it):
 * the document's first line, its words one quotation, its name labelling no other line. A title,
 * not a turn: the name is who the headline quotes, and the lines under it are the article's.
 */
function headlineLabel(lines: readonly string[], read: (LabelLine | null)[]): void {
  let i = 0;
  while (i < lines.length && !lines[i]!.trim()) i++;
  const l = read[i];
  // A title naming a quarter before its colon ("Q3 Vendor Review: Halvard Logistics - September 17,
  // 2024", a meeting recorder's title line) reads as a committee's numbered question ("Q412  Chair:");
  // a committee numbers every question, so a first line that is the only one so numbered is a title.
  if (l?.numbered && !l.timed && !l.note && !read.some((o, k) => k !== i && o?.numbered)) {
    read[i] = null;
    return;
  }
  if (!l?.name || l.style !== 'colon' || l.timed || !HEADLINE_QUOTE().test(l.rest.trim())) return;
  if (i + 1 < lines.length && lines[i + 1]!.trim()) return;
  if (read.some((o, k) => k !== i && o?.name === l.name)) return;
  read[i] = null;
}
/** Words that are one quotation and nothing else: "…", “…”, «…», „…“. */
const HEADLINE_QUOTE = lazy(() => /^(?:"[^"]+"|“[^“”]+”|«[^«»]+»|„[^„“”]+[“”])$/u);

/** An incise naming who said a dialogue line: "—dijo Zhao—", "— respondió Ana Ruiz.", "—said Patel". */
const DIALOGUE_INCISE = lazy(() => /[—–―]\s*(?:dijo|respondi[óo]|contest[óo]|a[ñn]adi[óo]|explic[óo]|afirm[óo]|said|replied|answered|added|says|dit|r[ée]pond\p{L}*|ajout\p{L}*|sagte|antwortete|disse|respondeu)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u);
/** A header line that is a name alone: "Lucía Ortega" (the interview's writer). */
// A verb of interviewing before it is no part of the name: "Беседовала Анна Колесникова" ("interviewed by").
const NAME_ALONE = lazy(() => /^(?:[Bb]y\s+|[Pp]or\s+|[Pp]ar\s+|[Vv]on\s+|(?:Беседовал[аи]?|Записал[аи]?|Интервью взял[аи]?|Интервьюировал[аи]?)\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})$/u);

/**
 * An interview in dialogue dashes: each run of dash lines alternates two voices, the asking one
 * from the first line that asks ("—¿Se arrepiente de algo?"), so a prompt that asks no question
 * ("—Argentina usa mucho las criptomonedas.") asks all the same by its place. The answering
 * voice is the one name the answers' incises give ("—dijo Zhao—", resolved to the full name the
 * header gives); the asking one the writer whose name stands alone in the header (a byline).
 * Where neither is given, the voices stay unnamed.
 */
function dialogueVoices(lines: readonly string[], read: readonly (LabelLine | null)[], out: (ScannedLabel | null)[], header: readonly string[], resolve: (word: string) => string | null): void {
  const asking = new Set<number>();
  const answering: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!read[i]?.dialogue) continue;
    const run: number[] = [];
    for (let k = i; k < lines.length; k++) {
      if (read[k]?.dialogue) run.push(k);
      else if (lines[k]!.trim()) break;
      i = k;
    }
    const first = run.findIndex((k) => /[?¿]/.test(read[k]!.rest.replace(/[—–―].*$/u, '')) || /\?["”’»]?\s*$/.test(read[k]!.rest));
    if (first < 0 || run.length < 2) continue;
    run.forEach((k, j) => ((j - first) % 2 === 0 ? asking.add(k) : answering.push(k)));
  }
  if (!asking.size || !answering.length) return;
  const named = new Set<string>();
  for (const k of answering) {
    const m = DIALOGUE_INCISE().exec(read[k]!.rest);
    if (!m) continue;
    const name = m[1]!.includes(' ') ? m[1]! : (resolve(m[1]!) ?? m[1]!);
    named.add(name);
  }
  const answerer = named.size === 1 ? [...named][0]! : null;
  const writers = new Set<string>();
  for (const h of header) {
    const m = NAME_ALONE().exec(h.trim());
    if (m && isNameShaped(m[1]!) && m[1] !== answerer) writers.add(m[1]!);
  }
  const asker = writers.size === 1 ? [...writers][0]! : null;
  for (const k of asking) {
    const l = out[k];
    if (l) Object.assign(l, { speaker: asker, key: asker ?? l.key, asker: true });
  }
  for (const k of answering) {
    const l = out[k];
    if (l) Object.assign(l, { speaker: answerer, key: answerer ?? l.key, asker: false });
  }
}

/**
 * A host naming the one guest in the first turn: "I'm joined today by Changpeng Zhao", "my guest today is Dana Reilly",
 * "I'm here with Margit Holm", "we're talking today with …". A double-barrelled surname is whole
 * ("my guest today is Lindiwe Mbeki-Hartley", not "Lindiwe Mbeki-"), as HEADER_GUEST reads it.
 * The guest may be described first, after an article ("my guest this week is the Olympic swimmer
 * Adaeze Nwankwo"): up to three words, none of them "of"/"at"/"from", so "the founder of Sorrel
 * Logistics" is a firm, no guest.
 */
const GUEST_INTRODUCTION = lazy(() => /\b(?:(?:I['’]m|I am|we['’]re|we are) (?:joined (?:today |here |now |this week )?by|(?:here|sitting(?: down)?|talking|speaking) (?:today |now |this week )?with)|(?:[Mm]y|[Oo]ur|[Tt]oday['’]s) guest (?:today |this week )?is)\s+(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+)?((?:the|an?)\s+(?:(?!(?:of|at|from|for|and)\s)[\p{L}-]+\s+){1,3}?)?(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+){0,2}(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+){0,2}){1,2})(?![\p{L}'’-])/u);
/**
 * A guest introduced after a description ("the Olympic swimmer Adaeze Nwankwo.") is whole where the
 * name closes the clause and holds no possessive: "the New York Times reporter Dan Roe" reads "York
 * Times" before "reporter", "the Green Party's Mara Lind" reads "Party's Mara Lind"; neither is a name.
 */
function describedGuestWhole(intro: RegExpExecArray, words: string): boolean {
  return !/['’]s(?:\s|$)/.test(intro[2]!) && /^\s*(?:[.,;!?]|$)/.test(words.slice(intro.index + intro[0].length, intro.index + intro[0].length + 4));
}
/** A line whose label is an export's numbered voice: "Speaker 1 (00:00):", "[Speaker 2]", "**Speaker 1:**". */
// Sonix writes the number against the word ("Speaker1: [00:00:00] …"), as NUMBERED_VOICE allows.
// A diarizer's line opens on the cue's time range before its voice ("[00:00:00.031 --> 00:00:06.410]
// [SPEAKER_00]: Hello"): one bracketed range of digits, colons, dots, commas, spaces and an arrow.
// AssemblyAI letters its voices: "Speaker A:", "Speaker B:".
const NUMBERED_LABEL_LINE = lazy(() => /^(?:\[[\d:.,]{4,14} --> [\d:.,]{4,14}\]\s*)?\W{0,4}Speaker(?:[ _]?\d{1,2}| [A-H])\b/i);
/**
 * An export that numbers its two voices ("Speaker 1", "Speaker 2") where the first one's first
 * turn introduces the guest by full name: the other voice is that guest. Only with exactly two
 * voices, both numbered: with three, nobody can say which one the guest is.
 */
function introducedGuest(lines: readonly string[], out: (ScannedLabel | null)[], header: readonly string[]): void {
  const voices: string[] = [];
  // The voices from the first numbered label on: a page's fields above the export ("Episode 23: …",
  // "Contact: …") are no voices of it.
  let from = 0;
  while (from < out.length && !(out[from] && NUMBERED_LABEL_LINE().test(lines[from]!))) from++;
  // "Unknown Speaker" (Otter's voice it could not tell) is nobody's side.
  for (let k = from; k < out.length; k++) {
    const l = out[k];
    if (l?.speaker && !voices.includes(l.speaker) && !/^unknown speaker$/i.test(l.speaker)) voices.push(l.speaker);
  }
  // (The first voice may have named itself already: "Speaker 1 (00:00): … I'm Oluwaseun Adeyemi, and
  // I'm here with Margit Holm": the host, who introduces the other, numbered, voice.)
  if (voices.length !== 2 || !/^Speaker ?(?:\d{1,2}|[A-H])$/i.test(voices[1]!)) return;
  const i = out.findIndex((l, k) => k >= from && l?.speaker === voices[0]);
  if (!/^Speaker ?(?:\d{1,2}|[A-H])$/i.test(voices[0]!) && !NUMBERED_LABEL_LINE().test(lines[i]!)) return;
  let words = out[i]!.rest;
  for (let k = i + 1; k < lines.length && k <= i + 12 && !out[k]; k++) words += ' ' + lines[k]!;
  const intro = GUEST_INTRODUCTION().exec(words);
  let guest = intro && (!intro[1] || describedGuestWhole(intro, words)) ? intro[2]! : null;
  // "Interview with Hal Brenner" above "Speaker 1: Hal, thanks for coming in.": the header names
  // the guest, and the first voice speaks to them by name, so the other voice is theirs.
  if (!guest) {
    const written = header.map((h) => HEADER_GUEST().exec(h)?.[1]).find((n) => n !== undefined) ?? null;
    // "Interview with Commissioner Lucinda Harrow": the office is no part of the name (Lucinda
    // Harrow), and the host may address the guest by it ("Thanks for coming in, Commissioner.").
    const parts = written?.split(' ') ?? [];
    const office = parts.length > 2 && TITLE_BEFORE_NAME().test(parts[0]!) ? parts.shift()! : null;
    const named = written === null ? null : parts.slice(0, 3).join(' ');
    const first = named?.split(' ')[0];
    if (named && first && new RegExp(`(?<![\\p{L}])(?:${first}|${named}${office ? `|${office}` : ''})(?![\\p{L}])`, 'u').test(words.slice(0, 200))) guest = named;
  }
  // "Today I'm down on the mudflats with Callum Reid, who farms oysters in Loch Fyne.": the one full
  // name the first turn says it is with, followed by who they are or the sentence's end.
  if (!guest) {
    const withNames = new Set([...words.slice(0, 600).matchAll(WITH_GUEST())].map((m) => m[1]!));
    if (withNames.size === 1) guest = [...withNames][0]!;
  }
  // "Priya Wanjiru, thank you." / "Thank you so much, Priya Wanjiru.": the first voice thanking the
  // other by full name, as a host closes an interview, names the guest.
  if (!guest) guest = thankedByName(lines, out, voices[0]!);
  if (!guest || !isNameShaped(guest)) return;
  for (const o of out) if (o && o.speaker === voices[1]) { o.key = guest; o.speaker = guest; }
}
/**
 * A full name the host says they are with, then who the person is or the sentence's end: "with
 * Callum Reid, who farms oysters", "with Ana Ruiz, the port's harbour master", "with Tom Hale."
 * A name running on ("with Ana Ruiz and …", "with Harbour Lane Books's …") is no introduction.
 */
const WITH_GUEST = lazy(() => /(?<![\p{L}])with\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)?){1,2})(?=,\s+(?:who|the|an?|our|my|whose)\s|[.!?](?:\s|$))/gu);
/** A full name thanked, before or after the thanks: "Priya Wanjiru, thank you.", "Thanks again, Tom Reid!". */
const THANKED_BY_NAME = lazy(() => /(?:^|[.!?]\s+)(?:(\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){1,2}), thank(?:s| you)(?![\p{L}])|[Tt]hank(?:s| you)(?: (?:so|very) much| again)?, (\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){1,2})[.!])/u);
/**
 * The one full name the voice `host` thanks in its turns (THANKED_BY_NAME), each turn's words and
 * the unlabelled lines under its label; null for none or two. Reads each line once.
 */
function thankedByName(lines: readonly string[], out: readonly (ScannedLabel | null)[], host: string): string | null {
  const found = new Set<string>();
  const said: string[] = [];
  let speaking = false;
  for (let k = 0; k < out.length; k++) {
    const o = out[k];
    if (o) speaking = o.speaker === host;
    if (!speaking) continue;
    const text = (o ? o.rest : lines[k]!).trim();
    said.push(text);
    if (!/thank/i.test(text)) continue;
    const m = THANKED_BY_NAME().exec(text);
    const name = m ? (m[1] ?? m[2])! : null;
    if (name && mayBePersonName(name)) found.add(name);
  }
  if (found.size !== 1) return null;
  const name = [...found][0]!;
  // The host speaks to the guest by the name's first word elsewhere too ("Priya, thanks for coming
  // in.", "Thanks for making the time, Councillor."): "Harbourside Founders, thank you." thanks a
  // show's audience, and the show's name is spoken to nobody.
  const first = name.split(' ')[0]!;
  const vocative = new RegExp(`(?:^|[.!?]\\s+)${first},|,\\s+${first}[.!?,]`, 'u');
  if (!said.some((t) => !t.includes(name) && vocative.test(t))) return null;
  // "Councillor Achterberg, thank you.": the title is no part of the name; the full name the text
  // gives for that surname, where it gives one ("Rosalind Achterberg, leader of …").
  if (!TITLE_BEFORE_NAME().test(first)) return name;
  const surname = name.split(' ').pop()!;
  const full = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+) ${surname}(?![\\p{L}])`, 'u');
  for (const line of lines) {
    const m = line.includes(surname) ? full.exec(line) : null;
    if (m && !TITLE_BEFORE_NAME().test(m[1]!) && mayBePersonName(m[0])) return m[0];
  }
  return name;
}
/**
 * A magazine interview that labels its questions with the magazine's name ("PLAYBOY: Were you
 * afraid?", "SPIEGEL: Herr Brandt, …", "ZEIT ONLINE: …"): a label the header names as a publication
 * (in the title, "THE PLAYBOY INTERVIEW", or the masthead), no person's (no full name the header
 * gives holds it), whose turns mostly ask, beside another voice. Its turns are the interviewer's the
 * header names (a byline; "Contributing editor Laura Mitchell met Zhao"; "Das Gespräch führte Eva
 * Roth"), else nobody's, and the publication is their role: never a person called "Playboy".
 */
function publicationAsker(out: (ScannedLabel | null)[], written: readonly string[], raw: readonly (string | undefined)[], header: readonly string[], credits: readonly string[], isKnown: ScanOptions['isKnown']): void {
  const uses = new Map<string, { turns: number; asking: number }>();
  // Each voice by its label as written: a word no full name in the text resolved, or resolved to
  // a masthead's article and name ("SPIEGEL:" under "DER SPIEGEL"): an article is no first name.
  const unresolved = new Set<string>();
  const labelsInCapitals = new Set<string>();
  out.forEach((o, i) => {
    if (o && o.rest && o.speaker && raw[i] && raw[i]!.toUpperCase() === raw[i]) labelsInCapitals.add(o.key);
    if (o?.speaker && (o.speaker === written[i] || (written[i] && ARTICLE_BEFORE().test(o.speaker) && o.speaker.endsWith(' ' + written[i])))) unresolved.add(o.key);
  });
  for (const o of out) {
    if (!o?.speaker || o.style !== 'colon' || o.speaker !== o.key) continue;
    const u = uses.get(o.key) ?? { turns: 0, asking: 0 };
    u.turns++;
    if (o.rest.includes('?')) u.asking++;
    uses.set(o.key, u);
  }
  if (uses.size < 2) return;
  const lower = header.map((h) => h.toLowerCase());
  // A credit line naming one interviewer ("Interview: Eva Roth") says a person asked: a label that is
  // no person's and mostly asks is then the publication's, set in capitals or not ("Les Échos :"),
  // its name in a masthead among other fields ("ZEIT ONLINE | Wirtschaft").
  const credited = headerInterviewer([...header, ...credits], [...uses.keys()]) !== null;
  for (const [key, u] of uses) {
    if (u.turns < 2 || u.asking * 2 < u.turns || !unresolved.has(key) || wordCount(key) > 2 || isKnown?.(key) || !/^\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?$/u.test(key)) continue;
    // Named in the header as itself ("THE PLAYBOY-STYLE INTERVIEW", "DER SPIEGEL"), a word of four
    // letters or more: not a role's short form inside a file's code ("INT" in "INT-12_founder").
    // A part's name ("Chair:", "Host:") is a role, whatever the header says of it.
    if (key.replace(/\s/g, '').length < 4 || ASKER_ROLES().test(key) || ANSWER_ROLES().test(key) || CAST_ROLE().test(key) || FIRST_NAME_ROLE().test(key) || CHAIR_TITLE().test(key)) continue;
    const word = new RegExp(`(?<![\\p{L}\\d_])${escapeRegExp(key.toLowerCase())}(?![\\p{L}\\d_]|-\\d)`, 'u');
    // Written as a name there, capitalised ("the chair was …" names a part, not a masthead); a name
    // of two words only as a masthead in capitals, labelling in capitals ("ZEIT ONLINE"), never a
    // person's ("Marcus Lee").
    const twoWords = key.includes(' ');
    if (twoWords && !labelsInCapitals.has(key) && !credited) continue;
    if (!lower.some((h, n) => {
      const m = word.exec(h);
      if (!m) return false;
      const written = header[n]!.slice(m.index, m.index + key.length);
      // Not the label itself opening a line ("MARY ELLIS, CNN ANCHOR: Hello."); two words only as
      // a masthead line of their own.
      if (!h.slice(0, m.index).trim() && /^\s*[:,(]/.test(h.slice(m.index + key.length))) return false;
      return /^\p{Lu}/u.test(written) && (!twoWords || credited || (written === written.toUpperCase() && h.trim() === key.toLowerCase()));
    })) continue;
    const others = [...uses.keys()].filter((k) => k !== key);
    const interviewer = headerInterviewer([...header, ...credits], others);
    for (const o of out) {
      if (o?.key !== key) continue;
      o.title ??= key;
      o.speaker = interviewer;
      o.key = interviewer ?? key;
      o.asker = true;
    }
    return;
  }
}

/** A publication's article before its name: "Der Spiegel", "The Atlantic", "Le Monde". */
const ARTICLE_BEFORE = lazy(() => /^(?:The|Der|Die|Das|Le|La|Les|El|Il|Lo|De|Het)\s/);

/** A full name: two or three capitalised words. */
const FULL_NAME_SOURCE = String.raw`\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}`;

/**
 * Who conducted an interview, as its header says: "Contributing editor Laura Mitchell met Zhao",
 * "Interviewed by Eva Roth", "Das Gespräch führte Eva Roth", "Interview: Eva Roth", a byline. The
 * one person so named who is none of the other voices; null for none, or two ("… führten A und B").
 */
const CONDUCTED_BY = lazy(() =>
  new RegExp(
    `(?:(${FULL_NAME_SOURCE})\\s+(?:met|interviewed|sat down with|spoke (?:to|with)|talked (?:to|with)|traf|sprach mit)(?![\\p{L}])|(?:[Ii]nterview(?:ed)? by|[Cc]onducted by|[Ii]nterview:|[Dd]as (?:Gespräch|Interview) führten?|[Dd]ie Fragen stellten?|[Ff]ragen:)\\s+(${FULL_NAME_SOURCE})(\\s+(?:and|und|&)\\s+\\p{Lu})?)`,
    'u',
  ),
);
function headerInterviewer(header: readonly string[], others: readonly string[]): string | null {
  const found = new Set<string>();
  const isOther = (name: string) => others.some((o) => name === o || name.split(' ').includes(o) || o.split(' ').includes(name.split(' ').pop()!));
  for (const line of header) {
    const credited = interviewerCredit(line);
    // "Das Gespräch führten Eva Roth und Jan Beck": two people ask, no one of them.
    if (credited && /\s(?:und|and|et|y|e|&)\s/.test(credited)) return null;
    const by = bylineName(line) ?? credited;
    if (by && !isOther(by)) found.add(by);
    const m = CONDUCTED_BY().exec(line);
    if (!m) continue;
    // "Das Gespräch führten Eva Roth und Jan Beck": two people ask, no one of them.
    if (m[3]) return null;
    const name = m[1] ?? m[2]!;
    if (!isOther(name)) found.add(name);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * "Interview with Hal Brenner", "A conversation with Dr. Mia Holt": a header line naming the guest (a
 * double-barrelled surname's second part keeps its capital: "Vasquez-Lind"; at most three parts a word,
 * as a name has: a chain of a hundred is no name, and would be every record's speaker).
 */
const HEADER_GUEST = lazy(() => /\b(?:[Ii]nterview|[Cc]onversation|[Cc]hat|Q&A)\s+with\s+(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+){0,2}(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+){0,2}){1,3})(?![\p{L}'’-])/u);

/**
 * "I'm Yi He.", "I am Dana Reilly,", "My name is Ana Kovač and …": a full name its writer gives as theirs;
 * also with the outlet run on, as a broadcaster says it: "I'm Oliver Dunmore from Eastmarch Radio",
 * "I'm Ada Lin with the Courier" (two capitalised words and "from/with": a name, no "I'm sure"), and
 * a show's "I'm your host, Colm Byrne".
 */
export const SELF_INTRODUCTION = lazy(() => /\b(?:I['’]m|I am|[Mm]y name is)\s+(?:your\s+(?:host|co-?host|presenter)\s*,?\s+)?(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2})(?=\s*[.,;!]|\s+(?:and|here|from|with)\b)/u);
/**
 * An unnamed voice cutting in with a name and the part it speaks for, in the turn's first sentence
 * or two ("Sorry, can I jump in, this is Dave from accounts.", "Hi, it's Sofia from support.", "I'm
 * Raj with the vendor team."): that person, a first name alone enough where the part follows it.
 * Not inside a quotation, and not where the sentence goes on about the person ("this is Dana from
 * legal, who will walk us through it" introduces someone else) or the next one opens on them ("This
 * is Dana from legal. She will …"); a later sentence's "who" is about someone else ("It's Priya
 * from the friends group. We have a plumber who could look at it.").
 */
export function unnamedVoiceWithPart(head: string): string | null {
  const m = NAMED_WITH_PART().exec(head.slice(0, 160));
  if (!m || NOT_A_NAME().test(m[1]!)) return null;
  const before = head.slice(0, m.index);
  if (/[.!?]["”’)]?\s+\S+(?:\s+\S+)*[.!?]["”’)]?\s/.test(before)) return null; // the third sentence or later
  const straight = before.split('"').length - 1;
  return straight % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”') ? null : m[1]!;
}
const NAMED_WITH_PART = lazy(() => /(?<![\p{L}])(?:[Tt]his is|[Ii]t['’]s|I['’]m|I am|[Mm]y name is|[Mm]y name['’]s)\s+(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2})\s+(?:from|with)\s+(?:the\s+)?[\p{L}&-]+(?: [\p{L}&-]+){0,3}\s*(?:[,;](?![^.!?\n]{0,120}?(?<![\p{L}])(?:who|he|she|his|her)(?![\p{L}]))|[.!](?!\s+(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is|[Tt]hey)(?![\p{L}])))/u);
/** Capitalised words that are no one's name after "it's": days, months, and the like. */
const NOT_A_NAME = lazy(() => /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Today|Tomorrow|Yesterday|Me|Us|Him|Her|Them|Nothing|Everything|Something|Someone|Everyone|Just|Not|Only|Still|Also)$/);
/**
 * A caller naming themself as a call opens: "This is Gil Navarro from the Courier", "Hello, this is
 * Ana Ruiz with the Ledger.", "Thanks for the time. This is Ana Ruiz." Only at the turn's start (a
 * greeting or thanks before it at most), and only where the name ends at the sentence or runs into
 * "from/with/at/here": "I did. This is Omar Haddad, our chief engineer." introduces someone else,
 * and so does a host's "This is Dana Wu from legal, who will walk us through it" (the sentence goes on
 * about the person in the third person: "who", "she", "his"). A comma and the speaker's own "I" after
 * the name is self too: "This is Gareth Lindqvist, I live on Orchard Road."
 */
const THIS_IS_SELF = lazy(() => /^\s*(?:(?:[Tt]hanks|[Tt]hank you|[Hh]i|[Hh]ello|[Hh]ey|[Gg]ood (?:morning|afternoon|evening))(?![\p{L}])[^.!?\n]{0,60}?[.!?,]\s+)?[Tt]his is\s+(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2})(?=\s+(?:from|with|at|here)(?![\p{L}])(?![^.!?\n]{0,120}?(?<![\p{L}])(?:who|he|she|his|her)(?![\p{L}]))|\s*[.!;](?:\s|$)|,\s+(?:and\s+)?I(?=['’]|\s))/u);
/**
 * A voice naming themself at the turn's start by name and part, as a meeting's speakers do when they
 * take the floor: "Yeah, Luis Carrasco, trustee for area three.", "Hi. Dana Wu, parent at Lakeview.",
 * "Omar Haddad here." One word for the part, then where or what it is of ("for", "at", "of", "from",
 * "with", "on"), the sentence closing on a full stop: "Luis Carrasco, what do you think?" puts a
 * question to someone else, and "Ana Ruiz, thanks for coming." thanks her.
 */
const NAME_AND_PART_SELF = lazy(() => /^\s*(?:(?:[Yy]eah|[Yy]es|[Hh]i|[Hh]ello|[Hh]ey|[Oo]kay|OK|[Ss]ure|[Ss]o|[Uu]m|[Gg]ood (?:morning|afternoon|evening))(?![\p{L}])[.,!]?\s+)?(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2})(?:,\s+(?:the\s+|an?\s+)?(?!(?:thanks|thank|welcome|sorry|please|go|come|back|over|good|great|nice|lovely)(?![\p{L}]))\p{Ll}[\p{Ll}-]{2,}\s+(?:for|at|of|from|with|on)\s+[^.!?\n]{1,60}\.|\s+here[.,!])(?:\s|$)/u);
/**
 * A reporter taking the floor at a briefing with a name and the outlet alone, no "I'm": "Tom
 * Reilly, Island Radio.", "Grace Obi from the Examiner.", "Hi, Ana Ruiz with the Ledger." The
 * outlet's words are capitalised and close the sentence, and the turn goes on to ask (a `?` in
 * it, checked by the caller): "Ana Ruiz, Minister." with no question is someone addressed.
 */
const NAME_AND_OUTLET_SELF = lazy(() => /^\s*(?:(?:[Yy]es|[Hh]i|[Hh]ello|[Gg]ood (?:morning|afternoon|evening)|[Tt]hanks|[Tt]hank you)(?![\p{L}])[.,!]?\s+)?(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2})(?:,\s+|\s+(?:from|with|at)\s+)(?:the\s+)?(?!(?:Thanks|Thank|Welcome|Sorry|Please|Good|Great|Yes|No|Hi|Hello|Sir|Madam|Minister|Mr|Mrs|Ms|Dr)(?![\p{L}]))\p{Lu}[\p{L}&'’-]*(?: (?:of |the |&\s)?\p{Lu}[\p{L}&'’-]*){0,3}\.\s+\S/u);
/** A first name alone, as a label gives it: "Jess", "Priya". */
const FIRST_NAME_ALONE = lazy(() => /^\p{Lu}[\p{Ll}'’-]+$/u);
/** A handle, no name: "u/YiHe_Official", "@lagos_trader". */
const HANDLE_KEY = lazy(() => /^(?:u\/|@)\S+$/);
/**
 * A thread's handle whose first message introduces its writer by full name ("Hi Reddit! I'm Yi
 * He. I co-founded…"): every message under that handle is that person's. So is a first name's
 * label whose first turn gives that first name in full ("JESS: Hello and welcome … I'm Jess Okoro,
 * and …"): a podcast host labelled by first name is the full name she gives.
 */
function selfIntroducedHandles(lines: readonly string[], out: (ScannedLabel | null)[]): void {
  const done = new Set<string>();
  // A transcription service's numbered voice ("Speaker 3") may give its name only in its second turn,
  // after a greeting ("Thanks for having me." … "I'm Chidi Okonkwo. We started…"): its first two
  // turns are read. A name another label already holds, or two voices claim, renames nobody.
  const seen = new Map<string, number>();
  const claimed = new Map<string, string[]>();
  const labelled = new Set(out.map((o) => o?.speaker).filter((n): n is string => !!n));
  for (let i = 0; i < out.length; i++) {
    const l = out[i];
    if (!l?.speaker || done.has(l.key)) continue;
    const firstName = FIRST_NAME_ALONE().test(l.speaker);
    const numbered = NUMBERED_VOICE().test(l.speaker);
    if (!firstName && !numbered && !HANDLE_KEY().test(l.speaker)) continue;
    const turn = (seen.get(l.key) ?? 0) + 1;
    seen.set(l.key, turn);
    if (!numbered || turn >= 2) done.add(l.key);
    let words = l.rest;
    for (let k = i + 1; k < lines.length && k <= i + 12 && !out[k]; k++) words += ' ' + lines[k]!;
    const m = SELF_INTRODUCTION().exec(words) ?? (numbered ? (THIS_IS_SELF().exec(words) ?? NAME_AND_PART_SELF().exec(words) ?? (words.includes('?') ? NAME_AND_OUTLET_SELF().exec(words) : null)) : null);
    // A numbered voice cutting in with its name and the part it speaks for ("Sorry, can I jump in?
    // It's Priya from the friends group."): that person, a first name alone enough, named in full
    // where the text gives that first name one surname.
    const withPart = !m && numbered ? unnamedVoiceWithPart(words) : null;
    const name = m ? m[1]! : withPart && !withPart.includes(' ') ? (firstNameInFull(withPart, lines.join('\n'), new Set()) ?? withPart) : withPart;
    if (!name || !(isNameShaped(name) || (withPart && FIRST_NAME_ALONE().test(name))) || (firstName && name.split(' ')[0] !== l.speaker)) continue;
    done.add(l.key);
    if (numbered) {
      if (!labelled.has(name)) claimed.set(name, [...(claimed.get(name) ?? []), l.key]);
      continue;
    }
    const key = l.key;
    for (const o of out) if (o?.key === key) { o.key = name; o.speaker = name; }
  }
  for (const [name, keys] of claimed) {
    if (keys.length !== 1) continue;
    for (const o of out) if (o && o.key === keys[0]) { o.key = name; o.speaker = name; }
  }
}


/** A turn's last sentence, a question put to someone by first name: "Omar, is that right?", "… the pipes, Omar?". */
const ADDRESSED_QUESTION = lazy(() => /(?:^|[.!?]\s+)(?:(\p{Lu}[\p{Ll}'’-]+),\s+[^.!?]{1,80}|[^.!?]{1,80},\s+(\p{Lu}[\p{Ll}'’-]+))\?\s*$/u);

/** A turn's last sentence welcoming a first name: "Catriona, welcome.", "Welcome to the show, Catriona!". */
const WELCOMED_BY_NAME = lazy(() => /(?:^|[.!?]\s+)(?:(\p{Lu}[\p{Ll}'’-]+),\s+welcome(?:\s+(?:back|along|aboard))?(?:\s+to\s+[^.!?,]{1,40})?|[Ww]elcome(?:\s+(?:back|along|aboard))?(?:\s+to\s+[^.!?,]{1,40})?,\s+(\p{Lu}[\p{Ll}'’-]+))[.!]\s*$/u);

/**
 * A numbered voice ("Speaker 4") that answers right after a turn closes on a question put to a
 * first name ("As of last month we're at 5,150. Omar, is that right?"), or on welcoming one
 * ("… a housing solicitor, Catriona Daly. Catriona, welcome."): that person, named in full
 * where the text gives the first name with a surname once ("This is Omar Haddad, our chief
 * engineer"). Only when nothing is in doubt: every such question before that voice's turns names
 * the same person, the first name goes with one surname in the text, no label holds or shares it,
 * and no other voice answers to it. A wrong name is worse than "Speaker 4".
 */
function addressedNumberedVoices(lines: readonly string[], out: (ScannedLabel | null)[]): void {
  const turns: { key: string; speaker: string; text: string }[] = [];
  for (let i = 0; i < out.length; i++) {
    const l = out[i];
    if (!l?.speaker) continue;
    let text = l.rest;
    for (let k = i + 1; k < lines.length && !out[k]; k++) text += ' ' + lines[k]!.trim();
    turns.push({ key: l.key, speaker: l.speaker, text: text.trim() });
  }
  const named = new Map<string, Set<string>>(); // numbered voice → first names put to it
  const answerers = new Map<string, Set<string>>(); // first name → voices that answered to it
  for (let t = 1; t < turns.length; t++) {
    const before = turns[t - 1]!;
    const turn = turns[t]!;
    if (before.key === turn.key) continue;
    const m = before.text.length <= 2000 ? (ADDRESSED_QUESTION().exec(before.text) ?? WELCOMED_BY_NAME().exec(before.text)) : null;
    const first = m ? (m[1] ?? m[2])! : null;
    if (first && NOT_A_FIRST_NAME().test(first)) continue;
    if (!first) continue;
    answerers.set(first, (answerers.get(first) ?? new Set()).add(turn.key));
    if (NUMBERED_VOICE().test(turn.speaker)) named.set(turn.key, (named.get(turn.key) ?? new Set()).add(first));
  }
  if (!named.size) return;
  const labelWords = new Set(out.flatMap((o) => (o?.speaker && !NUMBERED_VOICE().test(o.speaker) ? o.speaker.split(' ') : [])));
  const text = lines.join('\n');
  for (const [key, firsts] of named) {
    if (firsts.size !== 1) continue;
    const first = [...firsts][0]!;
    if (labelWords.has(first) || answerers.get(first)!.size !== 1) continue;
    const full = firstNameInFull(first, text, labelWords);
    if (!full || out.some((o) => o?.speaker === full)) continue;
    for (const o of out) if (o?.key === key) { o.key = full; o.speaker = full; }
  }
}

/** A turn's last sentence handing the floor to a first name: "Over to you, Priya.", "Priya, go ahead." */
const HANDS_FLOOR = lazy(() => /(?:^|[.!?]\s+)(?:(?:[Oo]ver to you|[Gg]o ahead|[Tt]he floor is yours|[Yy]ou have the floor|[Tt]ake it away|[Yy]our turn),\s+(\p{Lu}[\p{Ll}'’-]+)|(\p{Lu}[\p{Ll}'’-]+),\s+(?:over to you|go ahead|the floor is yours|you have the floor|take it away|your turn))[.!]\s*$/u);
/** Whether a turn's first sentence speaks to `first` by name: "Thank you, Tomasz.", "That's great, Priya.", "Tomasz, thanks." */
export function addressesFirstName(text: string, first: string): boolean {
  const sentence = /^[^.!?]{0,80}[.!?]?/.exec(text.trim())![0];
  const at = sentence.indexOf(first);
  if (at < 0) return false;
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + first.length);
  return (/(?:^|,\s*)$/.test(before) && /^\s*[,.!?]/.test(after)) || (before === '' && /^,/.test(after));
}
/** A turn's first sentence thanking a first name: "Thanks, Priya.", "Thank you, Marco, that helps." */
const THANKS_NAME = lazy(() => /^(?:Thanks|Thank you)(?: so much| very much)?,\s+(\p{Lu}[\p{Ll}'’-]+)\s*(?:[.!,;]|[-–—]|$)/u);
/** Words put where a first name goes that name no one: "Thank you, Professor.", "Over to you, everyone." */
const NOT_A_FIRST_NAME = lazy(() => /^(?:Professor|Doctor|Dr|Sir|Madam|Ma'am|Everyone|Everybody|All|Both|Guys|Folks|Team|Chair|Judge|Senator|Minister|Mayor|Captain|Coach|Officer|Councillor|Councilor|Commissioner|President|Speaker|Participant|Again|Very|So|And|But|Yes|No|Okay|Ok)$/);

/**
 * A meeting export's numbered voices ("Speaker 2", "Participant 1") named by the one who hands the
 * floor and thanks: the voice that speaks right after a turn closing "Over to you, Priya." or "Kenji,
 * can you …?" is Priya / Kenji, and so is the voice thanked ("Thanks, Priya.") right after its turn
 * (where several voices spoke since the thanker last did, the one of them handed the floor by that
 * name). A voice so named at least twice, never by another name, is that person in every turn,
 * where no other voice (named or numbered) took the floor at that name and no label holds it.
 * Returns numbered key → first name. A wrong name is worse than "Speaker 2".
 */
export function floorNamedVoices(turns: readonly { key: string | null; speaker: string | null; text: string }[]): Map<string, string> {
  const found = new Map<string, string>();
  const numbered = (t: { speaker: string | null }) => !!t.speaker && NUMBERED_VOICE().test(t.speaker);
  if (!turns.some(numbered)) return found;
  const names = new Map<string, Map<string, number>>(); // numbered key → first name → times so named
  const holders = new Map<string, Set<string>>(); // first name → every voice that took the floor at it
  const handed = new Map<string, Set<string>>(); // first name → voices handed the floor at it
  const add = (key: string, name: string) => {
    const m = names.get(key) ?? new Map<string, number>();
    m.set(name, (m.get(name) ?? 0) + 1);
    names.set(key, m);
  };
  const usable = (name: string | undefined): name is string => !!name && !NOT_A_FIRST_NAME().test(name);
  for (let t = 1; t < turns.length; t++) {
    const before = turns[t - 1]!;
    const turn = turns[t]!;
    if (before.key === null || turn.key === null || before.key === turn.key || before.text.length > 2000) continue;
    const q = ADDRESSED_QUESTION().exec(before.text);
    const h = HANDS_FLOOR().exec(before.text);
    const name = q ? (q[1] ?? q[2]) : h ? (h[1] ?? h[2]) : undefined;
    if (!usable(name)) continue;
    holders.set(name, (holders.get(name) ?? new Set()).add(turn.key));
    handed.set(name, (handed.get(name) ?? new Set()).add(turn.key));
    if (numbered(turn)) add(turn.key, name);
  }
  for (let t = 1; t < turns.length; t++) {
    const turn = turns[t]!;
    const name = THANKS_NAME().exec(turn.text)?.[1];
    if (turn.key === null || !usable(name)) continue;
    // The voices that spoke since the thanker last did.
    const since = new Set<string>();
    for (let k = t - 1; k >= 0 && turns[k]!.key !== turn.key; k--) if (turns[k]!.key !== null) since.add(turns[k]!.key!);
    const thanked = since.size === 1 ? [...since] : [...since].filter((k) => handed.get(name)?.has(k));
    if (thanked.length !== 1) continue;
    holders.set(name, (holders.get(name) ?? new Set()).add(thanked[0]!));
    const v = turns.find((x) => x.key === thanked[0])!;
    if (numbered(v)) add(thanked[0]!, name);
  }
  const labelWords = new Set(turns.flatMap((t) => (t.speaker && !NUMBERED_VOICE().test(t.speaker) ? t.speaker.split(' ') : [])));
  const given = new Set<string>();
  for (const [key, m] of names) {
    if (m.size !== 1) continue;
    const [name, times] = [...m][0]!;
    if (times < 2 || labelWords.has(name) || holders.get(name)!.size !== 1 || given.has(name)) continue;
    given.add(name);
    found.set(key, name);
  }
  return found;
}

/** A first name with the one surname the text gives it ("This is Omar Haddad, …"), else null. */
function firstNameInFull(first: string, text: string, labelWords: ReadonlySet<string>): string | null {
  const surnames = new Set<string>();
  const withSurname = new RegExp(`(?<![\\p{L}'’-])${first} (\\p{Lu}[\\p{Ll}'’-]+)(?![\\p{L}'’-])`, 'gu');
  for (const f of text.matchAll(withSurname)) surnames.add(f[1]!);
  if (surnames.size !== 1 || labelWords.has([...surnames][0]!)) return null;
  const full = `${first} ${[...surnames][0]}`;
  return isNameShaped(full) ? full : null;
}

/** floorNamedVoices over a transcript's scanned labels: the numbered voice's every label is that person. */
function floorNamed(lines: readonly string[], out: (ScannedLabel | null)[]): void {
  const turns = labelTurns(lines, out);
  const named = floorNamedVoices(turns);
  if (!named.size) return;
  const labelWords = new Set(out.flatMap((o) => (o?.speaker && !NUMBERED_VOICE().test(o.speaker) ? o.speaker.split(' ') : [])));
  const text = lines.join('\n');
  for (const [key, first] of named) {
    const full = firstNameInFull(first, text, labelWords) ?? first;
    if (out.some((o) => o?.speaker === full && o.key !== key)) continue;
    for (const o of out) if (o?.key === key) { o.key = full; o.speaker = full; }
  }
}

/**
 * A briefing moderator's call of the next reporter, closing the turn: "Next, Tom Vanden Brook, USA
 * Today.", "Ma'am, first question goes to Lolita Baldor, Associated Press.", "We have time for one
 * more. Idrees Ali, Reuters.": the reporter's full name (1) and the outlet (2), a sentence of their own.
 */
const PRESS_CALL = lazy(() => /(?:^|[.!?]\s+|,\s+|\bgoes\s+to\s+)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+((?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}&.'’-]*|of|and|&)){0,4})\.$/u);

/**
 * A briefing's bare "Q:" right after the moderator calls a reporter by name and outlet: the reporter
 * asks it, the outlet the role, as "Q (Reuters, Idrees Ali):" would say. Only the one question right
 * under the call: a later bare "Q:" may be anyone in the room.
 */
function calledReporters(lines: readonly string[], out: (ScannedLabel | null)[]): void {
  let called: { name: string; outlet: string } | null = null;
  let calling = false;
  for (let i = 0; i < out.length; i++) {
    const l = out[i];
    if (!l) continue;
    if (called && l.asker && l.speaker === 'Q') {
      l.speaker = l.key = called.name;
      l.title = called.outlet;
    }
    // A reporter, named or not, puts the question to the one who takes it, as a caller does: the
    // moderator's next call answers nothing.
    if (calling && l.asker && (l.speaker === 'Q' || called)) l.callsIn = true;
    called = null;
    if (l.asker) continue;
    let text = l.rest;
    for (let k = i + 1; k < lines.length && k <= i + 40 && !out[k]; k++) text += ' ' + lines[k]!.trim();
    const m = PRESS_CALL().exec(normalizeSpace(text));
    if (m && mayBePersonName(m[1]!) && !hasOrganisationSuffix(m[1]!) && out.slice(i + 1).find((o) => o)?.asker) called = { name: m[1]!, outlet: m[2]! };
    calling ||= !!called;
  }
}

/** A transcription service's default voice, before anyone named it: "Speaker 2", "Speaker2", "SPEAKER_01". */
const SERVICE_NUMBERED_VOICE = lazy(() => /^speaker(?:[ _]?#?\d{1,2}| [a-h])$/i);

/**
 * A transcription service's numbered voices renamed part-way: the transcriber gave "Speaker 1" /
 * "Speaker 2" names only from some turn on ("Speaker 2: … Nobody liked it then." / "Brenna Okafor:
 * Sorry, I should say …" / "Tomas Reid: Who pays?"), so no numbered voice speaks after the first
 * turn of a name that never spoke before. In an exchange of two voices on either side of that cut,
 * each numbered voice is the new name that plays its part: the one that asks (most of its turns put
 * a question) the new name that asks, the one that answers the new name that answers; a voice named
 * on both sides of the cut (the interviewer named throughout) keeps its name. Anything else (three
 * voices, a numbered voice that still speaks later, two that both ask or both answer, an opening
 * voice that answers nobody) renames nothing: a wrong name is worse than "Speaker 2".
 * Returns numbered key → new key. The turns are few hundred at most; one pass each.
 */
export function renamedNumberedVoices(turns: readonly { key: string | null; speaker: string | null; text: string }[]): Map<string, string> {
  const renames = new Map<string, string>();
  if (turns.some((t) => t.key === null)) return renames;
  let cut = -1;
  turns.forEach((t, i) => { if (t.speaker && SERVICE_NUMBERED_VOICE().test(t.speaker)) cut = i; });
  if (cut < 0 || cut === turns.length - 1) return renames;
  const before = new Set(turns.slice(0, cut + 1).map((t) => t.key));
  const after = new Set(turns.slice(cut + 1).map((t) => t.key));
  if (after.size !== 2 || before.size > 2 || turns.some((t) => !t.speaker)) return renames;
  const numbered = [...before].filter((k): k is string => k !== null && !after.has(k));
  const fresh = [...after].filter((k): k is string => k !== null && !before.has(k));
  if (!numbered.length || numbered.length !== fresh.length) return renames;
  if (!numbered.every((k) => SERVICE_NUMBERED_VOICE().test(turns.find((t) => t.key === k)!.speaker!))) return renames;
  const asking = (t: { text: string }) => /\?["”’')\]]*(?:\s|$)/.test(t.text);
  // Whether a voice asks (half its turns or more put a question), and whether it answers (a turn of
  // its own right after another voice's question).
  const part = (key: string): 'asks' | 'answers' | null => {
    let turnsOf = 0;
    let asks = 0;
    let answers = 0;
    turns.forEach((t, i) => {
      if (t.key !== key) return;
      turnsOf++;
      if (asking(t)) asks++;
      const prev = turns[i - 1];
      if (prev && prev.key !== key && asking(prev)) answers++;
    });
    return asks * 2 >= turnsOf ? 'asks' : answers > 0 ? 'answers' : null;
  };
  // A numbered voice that introduces itself by one new name ("Speaker 1: Welcome back … I'm Teddy
  // Okafor, and today …") is that name, whatever part it seems to play (a guest's "Three years,
  // really?" reads as asking); with two voices on each side the other numbered voice is the other
  // name. A voice naming itself twice over, or two voices one name, decides nothing.
  const selfNamed = new Map<string, string>();
  for (const k of numbered) {
    const names = new Set(turns.filter((t) => t.key === k).map((t) => SELF_INTRODUCTION().exec(t.text)?.[1]).filter((n): n is string => n !== undefined));
    const freshNamed = fresh.filter((f) => names.has(turns.find((t) => t.key === f)!.speaker!));
    if (freshNamed.length === 1) selfNamed.set(k, freshNamed[0]!);
  }
  if (selfNamed.size && new Set(selfNamed.values()).size === selfNamed.size) {
    if (selfNamed.size === numbered.length) return selfNamed;
    if (numbered.length === 2 && selfNamed.size === 1) {
      const [k, f] = [...selfNamed][0]!;
      selfNamed.set(numbered.find((n) => n !== k)!, fresh.find((n) => n !== f)!);
      return selfNamed;
    }
  }
  const parts = new Map([...numbered, ...fresh].map((k) => [k, part(k)] as const));
  for (const k of numbered) {
    const p = parts.get(k);
    const match = fresh.filter((f) => p !== null && parts.get(f) === p);
    if (match.length !== 1) return new Map();
    renames.set(k, match[0]!);
  }
  if (new Set(renames.values()).size !== renames.size) return new Map();
  return renames;
}

/** A transcript's scanned labels as turns: a voice's labels in a row are one turn, with the lines under them. */
function labelTurns(lines: readonly string[], out: readonly (ScannedLabel | null)[]): { key: string; speaker: string | null; text: string }[] {
  const turns: { key: string; speaker: string | null; text: string }[] = [];
  for (let i = 0; i < out.length; i++) {
    const l = out[i];
    if (!l) continue;
    let text = l.rest;
    for (let k = i + 1; k < lines.length && k <= i + 40 && !out[k]; k++) text += ' ' + lines[k]!.trim();
    const last = turns[turns.length - 1];
    if (last && last.key === l.key) last.text += ' ' + text.trim();
    else turns.push({ key: l.key, speaker: l.speaker, text: text.trim() });
  }
  return turns;
}

/** renamedNumberedVoices over a transcript's scanned labels. */
function renamedPartWay(lines: readonly string[], out: (ScannedLabel | null)[]): void {
  const turns = labelTurns(lines, out);
  const renames = renamedNumberedVoices(turns);
  if (!renames.size) return;
  const speakerOf = new Map<string, string | null>();
  for (const o of out) if (o && !speakerOf.has(o.key)) speakerOf.set(o.key, o.speaker);
  for (const o of out) {
    const to = o ? renames.get(o.key) : undefined;
    if (o && to !== undefined) { o.key = to; o.speaker = speakerOf.get(to) ?? to; }
  }
}

/**
 * A header's cast line: "Interviewer: Alasdair MacInnes   Keeper: Iain Ruadh Morrison", or a part
 * with the letter its turns use, "Interviewer (I): Rahel Tesfaye", "Respondent (R): dairy farmer, 61".
 */
export function isCastLine(raw: string): boolean {
  if (raw.length > 160) return false;
  const lettered = /^\s*(\p{L}[\p{L} -]{1,25}?)\s*\((\p{Lu}{1,4})\)\s*:\s*\S/u.exec(raw);
  return (!!lettered && CAST_ROLE().test(lettered[1]!.trim())) || castPairs(raw) !== null;
}

/** A cast line that only names people ("Interviewer (I): Rahel Tesfaye"): page metadata. One that describes someone ("dairy farmer, 61") is text to find. */
export function isCastOfNames(raw: string): boolean {
  if (!isCastLine(raw)) return false;
  const value = /\)\s*:\s*(.+)$/.exec(raw.trim())?.[1]?.trim().replace(LEADING_HONORIFIC(), '');
  return value === undefined || (wordCount(value) >= 2 && wordCount(value) <= 4 && isNameShaped(value));
}

/**
 * A header's cast line of one part and its holder, perhaps with what the holder does: "Presenter:
 * Gemma Whitcroft", "Guest: Daniel Osei, consumer finance editor, Yorkshire Post". The holder's
 * name, or null. (Its description is the holder's turns' role; the line's words stay searchable
 * as a nearby line, so it need be no claim.)
 */
export function castOfOne(raw: string): string | null {
  if (raw.length > 160) return null;
  const m = /^\s*(\p{Lu}[\p{L} -]{1,25}):\s+(\S.*)$/u.exec(raw);
  if (!m || wordCount(m[1]!) > 2 || !isCastPart(m[1]!)) return null;
  const holder = castHolder(m[2]!);
  return wordCount(holder) >= 2 && wordCount(holder) <= 4 && isNameShaped(holder) ? displayName(holder) : null;
}

/**
 * A line of `Key: value` fields set apart by wide spaces, not all of them people ("Date: 9 October
 * 2024    Duration: 88 min    Moderator: Hannah Oyelaran"): the fields whose key is a part and whose
 * value a full name, each role and its holder; null when there is none or a cell is no field.
 */
function castAmongFields(raw: string): [string, string][] | null {
  // Or set apart by bars, the other fields perhaps without a key ("Interviewer: Marta Lopes |
  // Recorded 14/05/2024 | Transcribed by hand"): a few words each, no sentence.
  const barred = raw.includes(' | ');
  if (raw.length > 200 || (!barred && !/\S(?: {3,}|\t+)\S/.test(raw.trim()))) return null;
  const out: [string, string][] = [];
  for (const cell of raw.trim().split(barred ? /\s+\|\s+/ : / {3,}|\t+/)) {
    const m = /^(\p{Lu}[\p{L}'’ ().-]{0,30}?):\s+(\S.*)$/u.exec(cell.trim());
    if (!m && barred && wordCount(cell) <= 8 && !/[.!?]$/.test(cell.trim())) continue;
    if (!m) return null;
    const holder = castHolder(m[2]!);
    if (wordCount(m[1]!) <= 3 && isCastPart(m[1]!) && wordCount(holder) >= 2 && wordCount(holder) <= 4 && isNameShaped(holder)) out.push([m[1]!.trim(), displayName(holder)]);
  }
  return out.length ? out : null;
}

/** "Interviewer: Alasdair MacInnes   Keeper: Iain Ruadh Morrison": each role and its holder, or null. */
function castPairs(raw: string): [string, string][] | null {
  if (raw.length > 160) return null;
  const wide = /\S(?: {3,}|\t+)\S/.test(raw.trim());
  // Or written as sentences: "Host: Naledi Mokoena. Guest: Dr. Pieter van Wyk, veterinarian."
  // Then every key is a part's name, so a turn whose words go on after a full stop is none.
  const cells = wide ? raw.trim().split(/ {3,}|\t+/) : raw.trim().split(CAST_SENTENCE());
  if (cells.length < 2) return null;
  const out: [string, string][] = [];
  for (const cell of cells) {
    const m = /^(\p{Lu}[\p{L} -]{1,25}):\s+(.+)$/u.exec(cell.trim());
    const holder = m ? castHolder(m[2]!) : '';
    if (!m || wordCount(m[1]!) > 3 || (!wide && !isCastPart(m[1]!)) || wordCount(holder) < 2 || wordCount(holder) > 4 || !isNameShaped(holder)) return null;
    out.push([m[1]!.trim(), displayName(holder)]);
  }
  return out;
}

/**
 * What each field of a cast line says its holder does, after the name and a comma: "Guest: Priya
 * Nand, fraud investigator, Ohio Attorney General's office (retired)." gives ["Guest", "fraud
 * investigator, Ohio Attorney General's office (retired)"]. Only the fields castPairs reads.
 */
function castDescriptions(raw: string): [string, string][] {
  const wide = /\S(?: {3,}|\t+)\S/.test(raw.trim());
  const out: [string, string][] = [];
  for (const cell of wide ? raw.trim().split(/ {3,}|\t+/) : raw.trim().split(CAST_SENTENCE())) {
    const m = /^(\p{Lu}[\p{L} -]{1,25}):\s+(.+)$/u.exec(cell.trim());
    if (!m) continue;
    const value = m[2]!.trim().replace(LEADING_HONORIFIC(), '').replace(ACADEMIC_BEFORE_NAME(), '').replace(/\.$/, '').replace(NAME_NOTE(), '$1');
    const comma = value.indexOf(', ');
    if (comma > 0 && castHolder(m[2]!) === value.slice(0, comma)) out.push([m[1]!.trim(), value.slice(comma + 2)]);
  }
  return out;
}

/** Where a second field starts after a full stop on a cast line: ". Guest: …". */
const CAST_SENTENCE = lazy(() => /(?<=\.)\s+(?=\p{Lu}[\p{L}-]{1,20}(?: [\p{L}-]{1,20})?:\s)/u);
/** A first- or second-person word: a role that says one is speech, not a description. */
const PERSONAL = lazy(() => /\b(?:I|me|my|we|us|our|you|your)\b/i);

/**
 * A name's note in brackets: /^([^,(]+?)\s+\([^()]{1,30}\)(?=,|$)/ with its space run tried from
 * the run's first character only (or the second, where the text opens with it: the name needs
 * one), the first place the pattern could match. Same matches; a long run of spaces is read once.
 */
export const NAME_NOTE = lazy(() => /^([^,(]+?)(?<=^[\s\S]|\S)\s+\([^()]{1,30}\)(?=,|$)/);

/** A roster's heading alone on its line, over the names: "Attendees", "Participants:", "Invited", "Speakers", a panel's "Panelists:". */
export const ROSTER_HEADING = lazy(() => /^(?:attendees|participants|invited|invitees|present|speakers|panell?ists)\s*:?$/i);
/**
 * A roster's heading word and its names on one line, no colon between ("Invited Halima Yusuf, Owen
 * Carrick, Saskia Dorn", Gemini's notes over a Meet call): the names, as rosterNames reads a roster
 * line under its heading; null for any other line ("Present company excepted, …" names no two people).
 */
const INLINE_ROSTER = lazy(() => /^(?:attendees|participants|invited|invitees|present|speakers|panell?ists)\s+(?=\p{Lu})/iu);
export function inlineRosterNames(raw: string): string[] | null {
  if (raw.length > 400) return null;
  const m = INLINE_ROSTER().exec(raw.trim());
  return m ? rosterNames(raw.trim().slice(m[0].length)) : null;
}
/**
 * The names of a line of two or more names and nothing else, split by commas ("Chen Liang, Farah
 * Siddiqui, He Yi"); null for any other line. A meeting room's device may stand among them ("HQ -
 * Boardroom (12)", "Eastbrook Council - Committee Room 2"), once, beside two names at least.
 */
export function rosterNames(raw: string): string[] | null {
  if (raw.length > 400) return null;
  const parts = raw.trim().replace(/,?\s+and\s+(?=\S+(?:\s\S+){0,3}$)/, ', ').split(/\s*,\s*/);
  const rooms = parts.filter((p) => !(wordCount(p) <= 4 && isNameShaped(p)));
  if (rooms.length === 0) return parts.length >= 2 ? parts : null;
  return rooms.length === 1 && parts.length >= 3 && isRoomDevice(rooms[0]!) ? parts : null;
}
/** A meeting room's device as a conference tool names it: a place, a dash, a room, perhaps its seats ("HQ - Boardroom (12)"). */
export function isRoomDevice(name: string): boolean {
  const s = name.trim();
  return s.length <= 60 && wordCount(s) <= 8 && /^\p{Lu}/u.test(s) && !/[.!?:;]/.test(s) && (s.includes(' - ') || /\s\(\d{1,3}\)$/.test(s));
}
/**
 * A meeting export's attendees under their heading ("Attendees" / "Cllr Rosalind Achterberg, …,
 * Eastbrook Council - Committee Room 2, Marcus Ebbesen"): a line opening with exactly one of them
 * and a colon is that attendee's turn, whatever the name's shape. A room's device is no name the
 * label reader takes ("Eastbrook Council - Committee Room 2: Sorry, Chair, …"), but the export's
 * own list says it takes part; its words then are the device's, never its name part of them.
 */
function attendeeLabels(lines: readonly string[], read: (LabelLine | null)[]): void {
  const devices: string[] = [];
  for (let i = 1; i < Math.min(lines.length, 40); i++) {
    if (!ROSTER_HEADING().test(lines[i - 1]!.trim())) continue;
    for (const name of rosterNames(lines[i]!) ?? []) if (isRoomDevice(name)) devices.push(name.trim());
  }
  if (!devices.length) return;
  for (let k = 0; k < lines.length; k++) {
    // (Where the reader took part of the name, "Harbour Trust - Boardroom" with "(8)" as its note, the list's whole name wins.)
    const line = lines[k]!.trim();
    const device = devices.find((d) => line.length > d.length + 1 && line.startsWith(d) && line[d.length] === ':');
    const rest = device ? line.slice(device.length + 1).trim() : '';
    if (device && rest) read[k] = { name: device, role: null, rest, style: 'colon', attendee: true };
  }
}
/** The dash a roster's line sets between the name and what the person does: "—", "–", "--", "-", spaced. */
const ROSTER_DASH = lazy(() => /\s(?:—|–|--?)\s/);
/** A roster line's person: the name as the turns give it, and what the line says they do. */
export interface RosterEntry {
  name: string;
  role: string;
  /** A comma line's part after the name, which may be a second name rather than a role. */
  listed?: string;
}
/**
 * A roster under its heading in the first lines, one person a line, the name, a dash, what they
 * do ("PARTICIPANTS" / "Wen Shaolin — Chairman and Chief Executive Officer, Halvern Motors" /
 * "Daniel Okafor — Head of Investor Relations (moderator)"): each line's entry by its index. Every
 * line down to the blank line under the block must read so, two at least: a heading over other
 * text is no roster. The heading's index is in `headings`.
 */
export function rosterEntries(lines: readonly string[], limit = 40): { entries: Map<number, RosterEntry>; headings: Set<number>; titles: Set<number> } {
  const entries = new Map<number, RosterEntry>();
  const headings = new Set<number>();
  const titles = new Set<number>();
  for (let i = 0; i < Math.min(lines.length, limit); i++) {
    const qualified = STACKED_ROSTER_HEADING().test(lines[i]!.trim());
    if (qualified && stackedRoster(lines, i, entries, headings, titles)) continue;
    // A panel's heading with its first person after the colon, the others set in under it
    // ("Panelists: Tomas Reinholt, chief economist, Nordvale Bank" / "           Priya Desai-Morgan, …").
    const opening = !qualified && /^\S/.test(lines[i]!) && /^\s/.test(lines[i + 1] ?? '') ? keyedRosterEntry(lines[i]!.trim()) : null;
    if (!qualified && !opening && !ROSTER_HEADING().test(lines[i]!.trim())) continue;
    const block = new Map<number, RosterEntry>();
    if (opening) block.set(i, opening);
    // A call transcript's "Company Participants" sets a blank line under the heading and a bullet
    // before each line ("* Ilse Montrose, President and Chief Operating Officer"); the room's
    // "* Unidentified Participant" on it names nobody, and is no line of another kind.
    let k = qualified && !lines[i + 1]?.trim() ? i + 2 : i + 1;
    let unnamed = 0;
    for (; k < lines.length && lines[k]!.trim(); k++) {
      const line = lines[k]!.replace(/^\s*[*•]\s+/, '');
      if (qualified && UNIDENTIFIED_PARTICIPANT().test(line.trim())) {
        unnamed++;
        continue;
      }
      const entry = rosterEntry(line, true);
      if (!entry) break;
      block.set(k, entry);
    }
    // Two people at least under a bare heading ("Speakers"); one under a heading that says whose
    // list it is ("Company Participants").
    if (block.size < (qualified ? 1 : 2) || (k < lines.length && lines[k]!.trim())) continue;
    if (opening && [...block.keys()].some((at) => at > i && !/^\s/.test(lines[at]!))) continue;
    if (unnamed) for (let u = i + 1; u < k; u++) if (!block.has(u) && lines[u]!.trim()) headings.add(u);
    // "Chen Liang, Farah Siddiqui, He Yi" on each line: names, no name and its role. A part after
    // the comma that labels a turn below ("FARAH SIDDIQUI:") is someone, not what someone does.
    const labelled = (part: string) => lines.some((l) => l.length > part.length && l.charAt(part.length) === ':' && l.slice(0, part.length).toLowerCase() === part.toLowerCase());
    // (A one-word part is a role however the turns are labelled: "Helen Dufresne, Interpreter" over
    // "INTERPRETER:" turns lists the interpreter and what she does.)
    if ([...block.values()].some((e) => e.listed && e.listed.includes(' ') && labelled(e.listed))) continue;
    headings.add(i);
    for (const [at, entry] of block) entries.set(at, entry);
  }
  return { entries, headings, titles };
}
/** A call transcript's participants heading over stacked entries: "Call Participants", "Corporate Participants", "Participants". */
const STACKED_ROSTER_HEADING = lazy(() => /^(?:\p{L}+\s+){0,2}participants$/iu);
/** A label's first word that describes a voice it does not name: "UNIDENTIFIED REPORTER", "FEMALE VOICE", "ANOTHER CALLER". */
const DESCRIBED_VOICE_OPENING = lazy(() => /^(?:unidentified|unknown|unnamed|another|female|male|other)$/i);
/** A participants list's line for the room's unnamed voice: "Unidentified Participant", "Unidentified Analyst". */
const UNIDENTIFIED_PARTICIPANT = lazy(() => /^(?:unidentified|unknown) (?:participant|analyst|speaker|company representative)$/i);
/** A group heading inside such a list, in capitals alone on its line: "EXECUTIVES", "ANALYSTS". */
const ROSTER_GROUP = lazy(() => /^\p{Lu}{3,}(?: \p{Lu}{2,}){0,2}$/u);
/**
 * A participants list that stacks each person over their title, a blank line under each pair
 * (S&P Capital IQ's "Call Participants" / "EXECUTIVES" / "Maren Ostrowski" / "Vice President of
 * Investor Relations" / "" / …), group headings in capitals between: who takes part, no turns (a
 * turn's words would follow its title line with no blank line between, stackedTitle). Adds the
 * entries by their name lines, the title lines and the headings; false where the lines under the
 * heading hold fewer than two such pairs.
 */
function stackedRoster(lines: readonly string[], heading: number, entries: Map<number, RosterEntry>, headings: Set<number>, titles: Set<number>): boolean {
  const pairs = new Map<number, RosterEntry>();
  const groups: number[] = [];
  let k = nextNonBlank(lines, heading + 1);
  while (k < lines.length) {
    const line = lines[k]!.trim();
    const title = lines[k + 1]?.trim() ?? '';
    if (ROSTER_GROUP().test(line) && !lines[k + 1]?.trim()) groups.push(k);
    else if (title && !lines[k + 2]?.trim() && title.length <= 60 && TITLE_LINE().test(title) && wordCount(line) >= 2 && wordCount(line) <= 4 && isNameShaped(line)) pairs.set(k, { name: displayName(line), role: title });
    else break;
    k = nextNonBlank(lines, k + (pairs.has(k) ? 2 : 1));
  }
  if (pairs.size < 2) return false;
  headings.add(heading);
  for (const g of groups) headings.add(g);
  for (const [at, entry] of pairs) {
    entries.set(at, entry);
    titles.add(at + 1);
  }
  return true;
}
/**
 * A roster line under its heading (`listed`): a line that opens with the list's own word and its
 * first person ("Panelists: Tomas Reinholt, chief economist, Nordvale Bank") reads as that person's.
 */
function rosterEntry(raw: string, listed = false): RosterEntry | null {
  const line = raw.trim();
  if (line.length > 200) return null;
  if (listed) {
    const keyed = keyedRosterEntry(line);
    if (keyed) return keyed;
  }
  const dash = ROSTER_DASH().exec(line);
  if (!dash) return rosterEntryByComma(line, listed);
  const name = line.slice(0, dash.index).trim();
  const role = line.slice(dash.index + dash[0].length).trim();
  if (!role || (/^\p{Ll}/u.test(role) && !(listed && LOWER_ROLE().test(role))) || wordCount(name) < 2 || wordCount(name) > 4 || !isNameShaped(name)) return null;
  return { name: displayName(name), role };
}
/** A roster line that opens with the list's own word and a colon ("Panelists: Tomas Reinholt, chief economist, …"): the entry after it, read as a line under that heading. */
function keyedRosterEntry(line: string): RosterEntry | null {
  const m = /^(\p{L}+)\s*:\s+(\S.*)$/u.exec(line);
  return m && ROSTER_HEADING().test(m[1]!) ? rosterEntry(m[2]!, true) : null;
}
/**
 * A roster's "Name, what they do" under its heading may give the role in lower case ("Lena
 * Forsyth, town centre manager, Marlow Town Council"), as a programme does: what the person does,
 * no sentence ("Ana Li, who runs the bakery." is one).
 */
const LOWER_ROLE = lazy(() => /^(?!(?:who|which|that|and|but|or|is|was|has|had|says?|said|will|would)\b)\p{Ll}[^.!?;:]*$/u);
/**
 * A roster line written with commas ("David Prinçay, President, Binance France", "Changpeng Zhao
 * ("CZ"), Chief Executive Officer, Binance"), or a cast line of one part among the roster's lines
 * ("Moderator: Claire Dubois, Binance communications"). A line whose every part after the first is a
 * full name of its own ("Chen Liang, Farah Siddiqui, He Yi") lists people, no one's role.
 */
function rosterEntryByComma(line: string, listed = false): RosterEntry | null {
  const cast = /^\p{Lu}[\p{L} -]{1,25}:\s/u.test(line) ? castOfOne(line) : null;
  if (cast) {
    const what = castDescriptions(line)[0];
    return { name: cast, role: what ? what[1] : /^([^:]+):/.exec(line)![1]!.trim() };
  }
  // (Under a heading, an organisation's capitalised "Our" is no speech: "Peter Vance, author, Save Our Shelves".)
  const name = castHolder(line) || (listed ? castHolder(line.replace(/(?<=\s)(?:Our|My|Your|We|Us|Me)(?=\s+\p{Lu})/gu, 'The')) : '');
  if (!name || name === line.replace(/\.$/, '') || wordCount(name) < 2 || wordCount(name) > 4 || !isNameShaped(name)) return null;
  const role = line.slice(line.indexOf(', ', line.indexOf(name) + name.length) + 2).replace(/\.$/, '').trim();
  if (!role || (/^\p{Ll}/u.test(role) && !(listed && LOWER_ROLE().test(role)))) return null;
  return { name: displayName(name), role, listed: role.split(/\s*,\s*/)[0]! };
}

/** A header's list of who takes part: "Participants:", "Speakers:", "Panel:", "With:" and the like. */
const PARTICIPANTS_KEY = lazy(() => /^\s*(?:participants|speakers|panel|panelists|panellists|guests|hosts|co-hosts|attendees|on the call|in this episode|featuring|with|cast)\s*:\s+(\S.*)$/i);
/**
 * The people a participants line names, each with the part in brackets after the name (lower
 * case; null where none): "Participants: Nadia Qureshi (host), Tom Albrecht (guest, former CFO of
 * Veltro)", "Speakers: Ana Li, Ben Cho and Dr. Ruth Okafor". Every comma- or "and"-separated part
 * outside brackets is a full name (two to four capitalised words, its title left out) or a
 * description of the name before it ("former CFO"); two names at least. Null for any other line.
 */
export function participantsListed(raw: string): [string, string | null, string?][] | null {
  if (raw.length > 240 || !/:\s/.test(raw)) return null;
  const m = PARTICIPANTS_KEY().exec(raw);
  if (!m) return null;
  // Split at commas, semicolons and "and" outside brackets.
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  const value = m[1]!.replace(/\.$/, '');
  for (let k = 0; k < value.length; k++) {
    const c = value[k]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || c === ';')) { parts.push(value.slice(from, k)); from = k + 1; }
    else if (depth === 0 && (value.startsWith(' and ', k) || value.startsWith(' & ', k))) { parts.push(value.slice(from, k)); from = k + (value[k + 1] === '&' ? 3 : 5); }
  }
  parts.push(value.slice(from));
  const described = describedEntries(value);
  if (described) return described;
  // Each: the name, its part (the note's first words, lowercased) and the note as written.
  const out: [string, string | null, string?][] = [];
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    const noted = /^(.+?)\s*\(([^()]{1,60})\)$/.exec(part);
    const name = (noted ? noted[1]! : part).replace(LEADING_HONORIFIC(), '');
    if (wordCount(name) >= 2 && wordCount(name) <= 4 && isNameShaped(name)) {
      out.push(noted ? [displayName(name), noted[2]!.split(',')[0]!.trim().toLowerCase(), noted[2]!.trim()] : [displayName(name), null]);
      continue;
    }
    // A meeting app lists a participant's second device under its owner's name ("Tomasz's iPad").
    if (OWNED_DEVICE().test(name)) {
      out.push([name, null]);
      continue;
    }
    // "former CFO of Veltro" after a name: what that person is.
    if (out.length && /^\p{Ll}/u.test(part)) continue;
    return null;
  }
  return out.length >= 2 ? out : null;
}

/** The letters of honours, degrees and seats after a name (NAME_POST_NOMINALS, CAPTION_POST_NOMINALS). */
const POST_NOMINAL_WORDS = 'MP|MSP|MS|MLA|MEP|TD|KC|QC|SC|OBE|MBE|CBE|KBE|DBE|FRS|FRCP|PhD';
/** Letters after a name for an honour, a degree or a seat: "Oliver Pryce MP", "Jane Roe KC", "Ann Lee OBE". */
const NAME_POST_NOMINALS = lazy(() => new RegExp(`(?:\\s+(?:${POST_NOMINAL_WORDS}))+$`));
/**
 * A list whose entries, set apart by semicolons, each give a name and after its comma what that
 * person is: "Dr Helena Marsh, Chief Medical Officer for England; Oliver Pryce MP, Minister for
 * Public Health". The semicolons are there because the descriptions hold commas of their own; the
 * description is the person's note (their turns' role). Null unless every entry reads so.
 */
function describedEntries(value: string): [string, string | null, string][] | null {
  if (!value.includes(';') || /[()]/.test(value)) return null;
  const entries = value.split(';').map((e) => e.trim()).filter(Boolean);
  if (entries.length < 2) return null;
  const out: [string, string | null, string][] = [];
  for (const entry of entries) {
    const comma = entry.indexOf(',');
    if (comma < 0) return null;
    const name = entry.slice(0, comma).replace(LEADING_HONORIFIC(), '').replace(NAME_POST_NOMINALS(), '').trim();
    const note = entry.slice(comma + 1).trim();
    if (!note || wordCount(name) < 2 || wordCount(name) > 4 || !isNameShaped(name)) return null;
    out.push([displayName(name), note.split(',')[0]!.trim().toLowerCase(), note]);
  }
  return out;
}

/**
 * A name in Chinese, Japanese or Korean script with its romanisation in brackets, "周建国 (Zhou Jianguo)",
 * "山本 宏（Yamamoto Hiroshi）": the person is the romanised name, the one the labels and the text use.
 */
const SCRIPT_NAME_ROMANISED = lazy(() => /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]{1,5}(?: [\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]{1,5})? ?[(（](\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3})[)）]/u);
/**
 * A broadcast's label for an unnamed member of the public: "VOX POP", "VOX POPS", "VOXPOP", "MAN IN
 * STREET", "WOMAN ON THE STREET", "PASSER-BY"; a bare "MAN" or "WOMAN" (group 1).
 */
const PUBLIC_VOICE = lazy(() => /^(?:vox[ -]?pops?|(?:man|woman) (?:in|on) (?:the )?street|passer-?by|member of (?:the )?public|(man|woman))$/i);
/**
 * An academic title before a first name and a surname ("Professor Tobias Lindqvist, Director, …" in a
 * cast line): the title, as "Prof" is, is no part of the name the turns go under ("INTERVIEWEE:").
 * An archive's catalogue writes the emeritus rank after the title ("Professor Emeritus Harold Pike").
 */
const ACADEMIC_BEFORE_NAME = lazy(() => /^(?:(?:Associate|Assistant|Emeritus|Emerita|Visiting) )?Professor(?: Emerit(?:us|a))?\s+(?=\p{Lu}[\p{L}.'’-]*\s+\p{Lu})/u);
/** A given name alone, as a call log gives its agent: a capital, then lower case ("Priya", "Siobhán"). */
const GIVEN_NAME_ALONE = lazy(() => /^\p{Lu}\p{Ll}{2,14}$/u);
/** A part's word as a form's key writes it: "Agent", "Researcher", "Note-taker" (a capital, then lower case; no initials, no capitals throughout), or two such words, "Internal examiner". */
const PART_KEY = lazy(() => /^\p{Lu}\p{Ll}{2,}(?:-\p{Ll}{2,})?(?: \p{L}\p{Ll}{2,})?$/u);
/** A word of the first person, the speaker's own voice: "I", "I'm", "my", "we", "our". */
const OWN_VOICE = lazy(() => /(?<![\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)(?![\p{L}'’])/u);
/**
 * "Agent: Chloe Barnes (ID 20417)" above turns labelled "Agent:": a call log's or a research session's
 * header names who plays a part its turns go under, whatever the part is called (a call centre's
 * agent, a study's researcher or note-taker). The key must label a turn below that asks, or two that
 * answer another label's question (a form's "Candidate:" over notes written about the candidate is no
 * conversation), the value be no sentence,
 * and the key no word of the value (a first turn "Dana: Kwame Asante." introduces someone).
 * The turns may set the part in capitals ("Internal examiner: Dr. Barnaby Quist" over "INTERNAL
 * EXAMINER:"), and a turn's words may wrap onto the lines under its label (its question mark there).
 */
function headerPartOfTurns(l: LabelLine, i: number, read: readonly (LabelLine | null | undefined)[], lines: readonly string[], exact = false): boolean {
  if (l.timed || l.note || !l.name || !PART_KEY().test(l.name) || /[.!?]["”’]?\s*$/.test(l.rest.trim())) return false;
  if (l.rest.toLowerCase().split(/[\s(),]+/).includes(l.name.toLowerCase())) return false;
  const key = l.name.toLowerCase();
  // ("Independent chair: Dr. Lorcan McAuliffe" over "CHAIR:" turns: the part's last word labels them.)
  // (Not a turn whose note says for whom it speaks, "INTERPRETER (for Mr. Tanaka):": the words are another's.)
  const isPart = (o: LabelLine | null | undefined): o is LabelLine =>
    !!o && o.style === 'colon' && (o.name === l.name || (!exact && !o.note && (o.name?.toLowerCase() === key || o.name?.toLowerCase() === partLastWord(key))));
  // A turn's words: its label's line and the lines under it to a blank line or the next label.
  const words = (k: number): string => {
    let text = read[k]!.rest;
    for (let j = k + 1; j < lines.length && lines[j]!.trim() && !read[j]; j++) text += ` ${lines[j]!.trim()}`;
    return text;
  };
  if (read.some((o, k) => k > i && isPart(o) && /[?？]/.test(words(k)))) return true;
  // Or answer: a viva's record, "Candidate: Tomasz Wierzbicki" over "Candidate:" turns each right
  // after an examiner's question (two or more), is a conversation too. Answers in the first person
  // only: a scorecard's "Candidate:" notes ("Led the rollout …") are written about the holder.
  let answers = 0;
  for (let k = i + 1, last = -1; k < read.length; k++) {
    const o = read[k];
    if (!o) continue;
    if (isPart(o) && last >= 0 && !isPart(read[last]) && /[?？]["”’]?\s*$/.test(words(last).trim()) && OWN_VOICE().test(words(k).replace(/["“][^"“”]*["”]/g, ''))) answers++;
    last = k;
  }
  return answers >= 2;
}
/** A two-word part's last word, where it is a presiding part a turn's label may give alone ("Independent chair" → "chair"); null otherwise. */
function partLastWord(key: string): string | null {
  const last = key.slice(key.lastIndexOf(' ') + 1);
  return key.includes(' ') && PRESIDING_PART().test(last) ? last : null;
}
/** The part that leads a group, given by initials in a header ("Moderator: JS"; "Interviewer: RK" is chrome.ts's credit). */
const GROUP_LEAD = lazy(() => /^(?:moderator|facilitator)$/i);
/** Initials alone holding a part: "AB", "JS" (not "OK"). */
const HOLDER_INITIALS = lazy(() => /^(?!OK$)\p{Lu}{2,3}$/u);

/**
 * The letters that stand for an asking part the header names a holder for ("Moderator: Claire Dunn"
 * and turns under "M:"): the part's first letter, opening two turns or more, where no other label
 * is a single letter (M and F for two sides) and no two such parts share it. Letter → part word.
 */
function partLetter(roleHolders: ReadonlyMap<string, string>, read: readonly (ReturnType<typeof readLabel>)[]): Map<string, string> {
  const out = new Map<string, string>();
  const letters = new Map<string, number>();
  for (const o of read) if (o?.name && /^\p{Lu}$/u.test(o.name)) letters.set(o.name, (letters.get(o.name) ?? 0) + 1);
  if (letters.size !== 1) return out;
  const [letter, uses] = [...letters][0]!;
  // ("Moderator (M): Priya Lal" has given the letter already.)
  if (uses < 2 || roleHolders.has(letter.toLowerCase()) || ASKER_ROLES().test(letter) || ANSWER_ROLES().test(letter)) return out;
  const parts = [...roleHolders.keys()].filter((r) => CAST_ROLE().test(r) && ASKER_ROLES().test(r) && r.charAt(0).toUpperCase() === letter);
  if (parts.length === 1) out.set(letter, parts[0]!);
  return out;
}

/**
 * Who a cast field names ("Guest: Dr. Ingrid Halvorsen, former director of the seed vault"): the
 * name without its honorific, with the description after its comma left out. The name alone
 * when there is no description; '' when the words after the comma read as speech ("Host: Anna
 * Berg, you're on the air!"). Whether what is left is a name is the caller's test.
 */
function castHolder(value: string): string {
  // "Lin Wei (pseudonym), early Binance employee": a note on the name is no part of it.
  const v = value.trim().replace(SCRIPT_NAME_ROMANISED(), '$1').replace(LEADING_HONORIFIC(), '').replace(ACADEMIC_BEFORE_NAME(), '').replace(/\.$/, '').replace(NAME_NOTE(), '$1');
  const comma = v.indexOf(', ');
  if (comma < 0) return v;
  const role = v.slice(comma + 2);
  return wordCount(role) <= 12 && !PERSONAL().test(role) && !/[?!]/.test(role) ? v.slice(0, comma) : '';
}

/**
 * The parts a programme or an agenda lists people under: "Speaker:", "Speakers:", "Moderator:",
 * "Panelists:"; and minutes' attendance: "ABSENT: Councilmember Thomas Brandt (excused)".
 */
const LISTING_ROLE = lazy(() => /^(?:speakers?|moderators?|facilitators?|panell?ists?|presenters?|chairs?|hosts?|keynote speakers?|present|absent|staff|attendees|attending|also present|in attendance|apologies|excused|regrets)$/i);
/** A listing's value: a name and what the person does, no sentence ("Jonathan Ng, Co-Founder, TOKEN2049"). */
function isListingValue(rest: string): boolean {
  const holder = castHolder(rest);
  return wordCount(rest) <= 12 && !/[.!?]["”’]?$/.test(rest.trim()) && wordCount(holder) >= 2 && wordCount(holder) <= 4 && isNameShaped(holder);
}
/** "Speaker: Jonathan Ng, Co-Founder, TOKEN2049": a programme's line naming who appears (a fact to find, no turn). */
export function isListingField(raw: string): boolean {
  const l = raw.length <= 160 && raw.includes(':') ? readLabel(raw) : null;
  return !!l && l.style === 'colon' && !!l.name && !l.note && LISTING_ROLE().test(l.name) && isListingValue(l.rest);
}
/** The listing roles one person holds: "Speaker:", "Presenter:", "Moderator:", no plural and no minutes' attendance. */
const LISTING_ROLE_OF_ONE = lazy(() => /^(?:speaker|moderator|facilitator|panell?ist|presenter|chair|host|keynote speaker)$/i);
/**
 * Who a programme's field of one person names ("Speaker: Jonathan Ng, Co-Founder, TOKEN2049",
 * "Presenter: Gemma Whitcroft"), or null. Above a transcript's turns the line is the header's when
 * that person speaks below (its words stay searchable as a nearby line), a claim when they never do.
 */
export function listingHolder(raw: string): string | null {
  if (!isListingField(raw)) return null;
  const l = readLabel(raw)!;
  return LISTING_ROLE_OF_ONE().test(l.name!) ? displayName(castHolder(l.rest)) : null;
}
/**
 * An agenda's or a programme's fields: "Speaker: Jonathan Ng, Co-Founder, TOKEN2049", "Moderator:
 * Laura Shin, Unchained". Where every line a listing role labels gives only a name and what the
 * person does (no sentence), the role lists people and opens no turn: the lines are the page's.
 */
function listingFields(read: (LabelLine | null)[]): void {
  const byRole = new Map<string, number[]>();
  for (let i = 0; i < read.length; i++) {
    const l = read[i];
    if (!(l?.style === 'colon' && l.name && !l.note && LISTING_ROLE().test(l.name))) continue;
    // pushed, not copied: a transcript of 10,000 "Host:" turns copied its list once per turn
    const at = byRole.get(l.name.toLowerCase());
    if (at) at.push(i);
    else byRole.set(l.name.toLowerCase(), [i]);
  }
  if (byRole.size === 0) return;
  const all = [...byRole.values()].flat();
  if (all.length < 2 || !all.every((i) => isListingValue(read[i]!.rest))) return;
  for (const i of all) read[i] = null;
}

/** Some name line follows a turn that ends by asking, and names someone other than the name line before it. */
function asksAnotherName(lines: readonly string[], people: ReadonlyMap<string, number[]>): boolean {
  const owners = [...people].flatMap(([owner, at]) => at.map((i) => [i, owner] as const)).sort((a, b) => a[0] - b[0]);
  for (let n = 1; n < owners.length; n++) {
    const [at, owner] = owners[n]!;
    if (owner === owners[n - 1]![1]) continue;
    let k = at - 1;
    while (k > owners[n - 1]![0] && !lines[k]!.trim()) k--;
    if (k > owners[n - 1]![0] && /\?["”’)]*\s*$/.test(lines[k]!)) return true;
  }
  return false;
}

/**
 * The full name a titled surname's own turn opens on, as a party or a witness gives it when the court
 * asks: "MR BOLT: Kieran Bolt, sir, I'm the director …", "MR ADEYEMI: Tobi Adeyemi. I'm a …". One
 * capitalised first name, the label's surname, then a comma or a stop; null when the turns give none,
 * or two.
 */
function ownTurnFullName(label: string, surname: string, read: readonly (LabelLine | null)[]): string | null {
  let found: string | null = null;
  const opens = new RegExp(String.raw`^\s*(\p{Lu}[\p{Ll}'’-]+) ${surname}(?=[,.;](?:\s|$))`, 'u');
  for (const l of read) {
    if (l?.name !== label || l.style === 'court') continue;
    const m = opens.exec(l.rest);
    if (!m || HONORIFIC().test(m[1]!) || TITLE().test(m[1]!)) continue;
    const full = `${m[1]} ${surname}`;
    if (found && found !== full) return null;
    found = full;
  }
  return found && isNameShaped(found) ? found : null;
}

/** A full name of a first name and a surname ("Karen Liu"), not an examiner's "By Mr. Ferris". */
function firstAndLast(name: string | null | undefined): string | null {
  if (!name) return null;
  const words = name.split(' ');
  return words.length >= 2 && !HONORIFIC().test(words[0]!) && !TITLE().test(words[0]!) && !/^by$/i.test(words[0]!) ? name : null;
}

/** "Bloomberg, Francois de Beaupuy": one capitalised word, then a person's name of two to four words. */
function outletThenName(first: string, second: string): boolean {
  return /^\p{Lu}[\p{L}&'’.-]*$/u.test(first) && wordCount(second) >= 2 && wordCount(second) <= 4 && isNameShaped(second);
}

/** "Q (The Block):", "Q (AFP):": the side's letter with a note of one to four words and no comma, no lowercase opening. */
function outletOnly(l: LabelLine): boolean {
  return !!l.name && !!l.note && l.style !== 'court' && SIDE_LETTER().test(l.name) && !l.note.includes(',') && /^\p{Lu}/u.test(l.note) && wordCount(l.note) <= 4;
}

/** A transcription service's numbered voice: "Speaker 3", "Participant 2"; or lettered, as AssemblyAI writes them: "Speaker A". */
export const NUMBERED_VOICE = lazy(() => /^(?:(?:speaker|participant|voice|person|interviewee|respondent)\s*#?\d{1,2}|speaker [a-h])$/i);
/** A member's seat, a dash, then the office they hold: "Kalamunda — Minister for Commerce", "Riverside–Minister for Water". */
const SEAT_AND_OFFICE = lazy(() => /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} ?[—–] ?\p{Lu}[\p{L}'’.,-]*(?: [\p{L}'’.,-]+){0,10}$/u);
/** A delegation's, a party's or a firm's name in Title Case, "of" and "the" between its words: "Russian Federation", "United States of America". */
const AFFILIATION_NOTE = lazy(() => /^\p{Lu}[\p{L}'’.-]*(?: (?:of|the|and|for)| \p{Lu}[\p{L}'’.-]*){0,6}$/u);

/**
 * How a label's note describes a person it names in full, or null: "Northlake Infrastructure", "CEO,
 * Fjord Energy", "Host", "Bundesbank, Frankfurt". Not how the words are given ("Off Camera", "V.O.",
 * "Through Interpreter", "Cont'd"), not another name for the person: their initials ("Changpeng
 * Zhao (CZ)") or an alias the corpus knows; a single word only when it names a person's work (a
 * lone capitalised word may be a nickname).
 */
function noteOfPerson(name: string, note: string, speaker: string): string | null {
  const n = note.trim();
  const words = displayName(name).split(' ');
  if (words.length < 2 || words.length > 4 || !isNameShaped(words.join(' ')) || NUMBERED_VOICE().test(words.join(' '))) return null;
  if (!/^\p{Lu}/u.test(n) || wordCount(n) > 8 || /[.!?]$/.test(n.replace(/\b[A-Z]\.$/, '')) || HOW_GIVEN_NOTE().test(n)) return null;
  // A number standing as a word dates, ages or numbers the turn ("March 2021", "Aged 34", "Part 2"), and a
  // note about the name ("Not Her Real Name", "Name Changed") says how the person is called: neither is a role.
  if (/(?<![\p{L}\p{N}])\p{N}+(?![\p{L}\p{N}])/u.test(n) || /\b(?:name|names|named|pseudonym|alias)\b/i.test(n)) return null;
  const initials = words.flatMap((w) => w.split('-')).map((w) => w[0]!.toUpperCase()).join('');
  if (/^[A-Z]{2,4}$/.test(n) && initials.includes(n)) return null;
  if (!n.includes(' ') && !n.includes(',') && !hasPersonNoun(n) && !/^[A-Z]{2,5}$/.test(n)) return null;
  return n === speaker ? null : n;
}
/**
 * A note saying how the words are given, not who gives them: "Off Camera", "Voice-over", "Through Interpreter", "Cont'd".
 * A radio script's "(PHONE)" for a guest on the line and "(CLIP)" for a recorded bite too: five capitals, not an acronym's office.
 */
const HOW_GIVEN_NOTE = lazy(() => /^(?:v(?:\.?\s?|\/)o\.?|o\.?\s?[sc]\.?|off[- ](?:screen|camera|mic)|on[- ](?:camera|screen|tape|video|the phone|phone)|voice[- ]?over|cont(?:['’]?d|inued|inuing)|(?:through|via|with)(?: an?| the)? (?:interpreter|translator|translation|video|video link|zoom|phone|satellite|audio)|in [A-Z][a-z]+|(?:translated|interpreted|dubbed|subtitled|recorded|pre-?recorded|remote(?:ly)?|live|inaudible|crosstalk|laughs?|laughing|applause|archive|archival|file|sot|audio|video|unverified|overlapping|partially inaudible|(?:by )?(?:tele)?phone|clip|soundbite|sound bite|actuality)(?: [a-z]+)?)$/i);

/** A label naming a person with a title before the name ("Mr. Fu Cong", "Dame Barbara Woodward"), no part or office alone. */
function titledPerson(name: string): boolean {
  const words = displayName(name).split(' ');
  return words.length >= 2 && (HONORIFIC().test(words[0]!) || KNIGHTHOOD().test(words[0]!)) && /^\p{Lu}/u.test(words[1]!);
}

/**
 * A part a broadcast's transcript names and puts its holder after in brackets, neither asking nor
 * answering: "CONTRIBUTOR (GRAHAM ATTWELL):", "Newsreader (Alan Pike):". The holder speaks. So do a
 * local newscast's desk parts beside its anchor's: "CO-ANCHOR (MIRA DELGADO):", "METEOROLOGIST (SAM
 * KIRBY):".
 */
const NAMED_PART = lazy(() => /^(?:contributor|newsreader|commentator|analyst|voice|co-anchor|meteorologist|forecaster|weathercaster|sportscaster|newscaster|announcer)$/i);
/** A public meeting's voice from the floor, whom the record names in brackets: "RESIDENT (Frank Moretti, Elm Street):", "CONSTITUENT (Ada Lowe):". The holder speaks, and asks. */
const FLOOR_PART = lazy(() => /^(?:resident|constituent|ratepayer|member of (?:the )?audience)$/i);
/** A label's one word for an office, in capitals or mixed case: "CHAIR", "Officer". */
const ONE_WORD_OFFICE = lazy(() => /^\p{Lu}(?:[\p{Lu}-]{2,}|[\p{Ll}-]{2,})$/u);
/** A part of two words, the second a person's noun: "PHONE CLERK", "Floor Manager", "SALES AGENT". */
const TWO_WORD_PART = lazy(() => /^(?:\p{Lu}[\p{Lu}-]{2,} \p{Lu}[\p{Lu}-]{2,}|\p{Lu}[\p{Ll}-]{2,} \p{Lu}[\p{Ll}-]{2,})$/u);
/** A label's word for an office or a part, one word ("CHAIR") or two ending on a person's noun ("PHONE CLERK"). */
function isOfficeWord(name: string): boolean {
  const n = name.trim();
  return ONE_WORD_OFFICE().test(n) || (TWO_WORD_PART().test(n) && hasPersonNoun(n.slice(n.indexOf(' ') + 1).toLowerCase()));
}
/** "Mrs Evelyn Stroud" as "Evelyn Stroud": a form of address before a full name of two or three words dropped; any other name as it is. */
function withoutTitleBeforeFullName(name: string): string {
  const words = name.split(' ');
  return words.length >= 3 && words.length <= 4 && (TITLE().test(words[0]!) || /^Cllr\.?$/.test(words[0]!)) && words.slice(1).every((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w)) ? words.slice(1).join(' ') : name;
}

/** "MODERATOR (Jane Oduya):", "HOST (DAVID MERCER):": the role's holder named in the note. */
function roleHolderInNote(l: LabelLine): string | null {
  if (!l.name || !l.note) return null;
  const role = personName(l.name);
  // "Speaker 1 (Host, Leo Park):", "Speaker 2 (Nadia Rahman):": an export's numbered voice, and the
  // one full name its note gives (a role word may stand beside it).
  if (NUMBERED_VOICE().test(role)) {
    const named = l.note.split(',').map((p) => p.trim()).filter((p) => wordCount(p) >= 2 && wordCount(p) <= 4 && isNameShaped(p) && !/^The\s/i.test(p));
    return named.length === 1 ? named[0]! : null;
  }
  // "Q (Jo Hale, RNZ):", "AUDIENCE MEMBER (Raj Patel, Westgate):": the name, then where they are from.
  let holder = l.note.split(',')[0]!.trim();
  // "Q (Bloomberg, Francois de Beaupuy):": the outlet's one word first, the reporter's full name after it.
  const after = l.note.includes(',') ? l.note.slice(l.note.indexOf(',') + 1).trim() : '';
  if (after && !holder.includes(' ') && SIDE_LETTER().test(role) && outletThenName(holder, after)) return after;
  // "CALLER (Sheila, Headingley)": a first name alone, where a place follows it.
  const words = wordCount(holder) >= 2 || l.note.includes(',') ? wordCount(holder) : 0;
  // "CALLER (DEV)", "Agent (Farida)": a part people take in turns, a first name alone in its note.
  // Not a reporter's ("REPORTER (AFP)"): there a word alone is where they are from.
  // So in a caller's note beside a place, in capitals of any length ("CALLER (DEV, SALISBURY)" is Dev,
  // as "CALLER (MAUREEN, SWINDON)" is Maureen): the first field of a caller's note is where a name sits.
  if ((words === 0 || (words === 1 && !!after && CALLER_ROLE().test(role))) && FIRST_NAME_ROLE().test(role) && /^\p{Lu}[\p{L}'’-]{1,20}$/u.test(holder) && !/^(?:Guest|Host|External|Organi[sz]er|Presenter|Internal|Chat|Phone|Video)$/i.test(holder))
    return holder === holder.toUpperCase() ? holder[0] + holder.slice(1).toLowerCase() : holder;
  // A log's "Q (Adaeze):" / "A (Osei):": the side's letter, who takes it by one name (in mixed
  // case: "Q (AFP)" names an outlet). A recap spells the side out: "Answer (Ollie):".
  if (words === 0 && (SIDE_LETTER().test(role) || SIDE_WORD().test(role)) && /^\p{Lu}\p{Ll}[\p{L}'’-]{1,20}$/u.test(holder)) return holder;
  // "JOURNALIST (The Athletic)": a publication, not a person.
  // "REPORTER (ON CAMERA)": how the words are given, in capitals as a name would be; nobody's name.
  // "CHAIR (Nora Whitcombe):", "OFFICER (Daniel Fenwick):": any part one capitalised word names,
  // its holder's full name in the note, is that holder's (a full name, so no outlet or place).
  // So in mixed case: "Chair (Nora Whitcombe):", "Officer (Daniel Fenwick):".
  // So a part of two words ending on a person's noun: "PHONE CLERK (Sarah Dunmore):" beside
  // "AUCTIONEER (Richard Calloway):" is Sarah Dunmore, as the one-word part's holder is.
  const office = words >= 2 && isOfficeWord(l.name);
  // A part numbered in the order its holders spoke ("AUDIENCE MEMBER 3 (JUNE PATTERSON):") is the part
  // all the same: the note names this one.
  const part = words >= 2 ? role.replace(/\s+#?\d{1,2}$/, '') : role;
  return (ASKER_ROLES().test(part) || ANSWER_ROLES().test(part) || NAMED_PART().test(part) || FLOOR_PART().test(part) || office) && words >= 1 && words <= 4 && isNameShaped(holder) && !/^The\s/i.test(holder) && !HOW_GIVEN_NOTE().test(holder) ? holder : null;
}

/** The parts a presenter holds, who names themselves at the top of the programme. */
const DESK_PART = lazy(() => /^(?:host|co-host|presenter|anchor|moderator|interviewer)$/i);
/** The chair of a debate or a panel, as a label names the part: "CHAIR:", "CHAIRPERSON:". */
const DEBATE_CHAIR = lazy(() => /^(?:chair|chairperson|chairman|chairwoman)$/i);
/**
 * The part's holder as the part's own first turn names them: "HOST: Good morning … Our host this
 * hour is Pedro Albright.", "PRESENTER: … I'm Helen Ruiz.", "ANCHOR: I'm your host, Dana Cole."
 * Two or three capitalised words after the introduction, where a sentence or a clause ends. Only
 * the first turn under the label, its first 600 characters: where a programme introduces itself.
 */
const SELF_INTRODUCED = lazy(
  () => /(?:^|[.!?]\s+|,\s+)(?:(?:I['’]m|I am|[Mm]y name is)(?: your (?:host|presenter|anchor|moderator),?)?|(?:[Yy]our|[Oo]ur) (?:host|presenter|anchor|moderator)(?: (?:this|for the) (?:hour|morning|afternoon|evening|week)| today| tonight)? is)\s+(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2})(?=[.,!;]|\s+(?:and|with)\s|$)/u,
);
function selfIntroducedHolder(label: string, read: readonly (LabelLine | null)[]): string | null {
  const part = displayName(label);
  // A debate's or a panel's chair opens it as a presenter does: "CHAIR: Good evening … I'm Margaret Hollis."
  if (!DESK_PART().test(part) && !DEBATE_CHAIR().test(part)) return null;
  const first = read.find((l) => !!l?.name && l.style === 'colon' && displayName(l.name) === part);
  return first ? (SELF_INTRODUCED().exec(first.rest.slice(0, 600))?.[1] ?? null) : null;
}

/**
 * A part's holder as another voice introduces them by the part: "Our reporter Neil Ashdown has been
 * investigating.", "my guest Dana Ruiz": "our" or "my", perhaps one word qualifying the part ("our
 * consumer reporter"), the part's word, then a full name. The one such name; null for none or two.
 */
function introducedPartHolder(label: string, lines: readonly string[]): string | null {
  const part = displayName(label).toLowerCase();
  if (!/^\p{Ll}{3,}$/u.test(part)) return null;
  let re: RegExp | null = null;
  let found: string | null = null;
  for (const line of lines) {
    if (!line.includes(` ${part} `) || !/(?<![\p{L}])(?:[Oo]ur|[Mm]y)\s/u.test(line)) continue;
    re ??= new RegExp(String.raw`(?<![\p{L}])(?:[Oo]ur|[Mm]y)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?${part}\s+(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}'’-])`, 'gu');
    for (const m of allMatches(re, line)) {
      if (found && found !== m[1]) return null;
      found = m[1]!;
    }
  }
  return found && isNameShaped(found) ? found : null;
}

/**
 * A role word used as a label ("Spokesman", "Chair") as the person the document names in that
 * role: "Stéphane Dujarric, Spokesman for the Secretary-General", "Greg Clark (Chair)". The one
 * full name (two or three capitalised words) right before the role word, after a comma or in
 * brackets; null when there is none or there are several.
 */
function roleHolderInText(label: string, lines: readonly string[]): string | null {
  const role = displayName(label);
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(role)) return null;
  // A role word followed by a capitalised word is a first name in a list of people ("Speakers:
  // Nadia Qureshi, Tom Albrecht"), not the part "Nadia Qureshi" plays; so is one followed by a
  // comma and another item (Otter's "SPEAKERS" / "Ruth Amankwah, Moderator, Audience Member 1": the
  // recording's voices, each a label of its own).
  // The part in brackets after a name is a roll's word for who holds it ("Members present: Sir Graham
  // Tolland (Chair); …"), where the comma form may be a longer office a witness holds ("Professor Alan
  // Kiprop, Chair in Hydrology, …"): the one name in brackets first, then the one name either way.
  // A name's word may join capitals after a hyphen or an apostrophe: "Clifton-Brown", "O'Neill".
  const word = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)*`;
  const inBrackets = () => new RegExp(String.raw`(?<![\p{L}])(${word}(?: ${word}){1,2})\s+\(${role}\)`, 'gu');
  return (
    oneHolder(inBrackets, role, lines) ??
    oneHolder(() => new RegExp(String.raw`(?<![\p{L}])(${word}(?: ${word}){1,2})(?:,\s+(?:the\s+)?${role}\b(?!\s+\p{Lu}\p{Ll}|\s*,\s*\p{Lu})|\s+\(${role}\))`, 'gu'), role, lines)
  );
}

/** A small word of an office's name right before capitals: "… Security and ", "… Minister of ", "… for ". */
const OFFICE_TAIL_BEFORE = lazy(() => /(?<![\p{L}])(?:of|for|and|to|at|on|in|&)\s$/u);
/** "the " right before a name: the name of a paper, a body, a company. */
const ARTICLE_THE_BEFORE = lazy(() => /(?<![\p{L}])the\s+$/iu);
/**
 * A greeting opening a chat message or a letter, before the name of the one it speaks to: "Hi Daniel,
 * Marcus here", "Dear Chloe, Graham". The capitalised words after it are the addressee, no holder.
 */
const GREETING_BEFORE_NAME = lazy(() => /^(?:Hi|Hello|Hey|Hiya|Dear|Morning|Evening|Afternoon|Thanks|Cheers|Welcome)\s/u);
/**
 * The one full name the pattern `make` builds (group 1) finds on the lines holding `needle`; null
 * when there is none or there are several (roleHolderInText, rolePhraseHolderInText). The pattern
 * is made per label, with five `\p{…}` classes that V8 builds and compiles anew for each: it is
 * made only for a line that places the label where it can match (rolePlaced), which most
 * documents' lines never do (a label's name in the lines of its turns).
 */
function oneHolder(make: () => RegExp, needle: string, lines: readonly string[]): string | null {
  let found: string | null = null;
  let re: RegExp | null = null;
  for (const line of lines) {
    if (!line.includes(needle) || !rolePlaced(line, needle)) continue;
    // A chat export's stamped notice, no message ("12/03/2024, 08:15 - Mum added Uncle Phil, Becky"),
    // lists members by their labels' names: "Uncle Phil, Becky" is two members, no holder and part.
    if (isStampedNotice(line) && !readLabel(line)) continue;
    re ??= make();
    for (const m of allMatches(re, line)) {
      // "… is with the Washington Ledger, Jonah Feld of the …": a name after "the" (or opening on it) is an
      // organisation's, no person holding the part.
      if (m[1]!.startsWith('The ') || ARTICLE_THE_BEFORE().test(line.slice(Math.max(0, m.index - 5), m.index))) continue;
      // "the hon. Member for Stockport South (Helen Carrow)": capitals after "for" are a seat, and
      // the brackets name who sits for it, the label's own person, no part the seat holds.
      if (seatBefore(line, m.index)) continue;
      // Nor the tail of an office before its holder in brackets: in "The Secretary of State for Energy
      // Security and Net Zero (Ed Harlow)" the bracket holds the person, and "Net Zero" holds nothing.
      if (m[0].endsWith(')') && OFFICE_TAIL_BEFORE().test(line.slice(Math.max(0, m.index - 4), m.index))) continue;
      // "Hi Daniel, Marcus here": a greeting to the reader, then the writer's own first name (a chat
      // agent's label), no name and role; the greeted words are the addressee.
      if (GREETING_BEFORE_NAME().test(m[1]!)) continue;
      // "With Ana Ruiz, Spokesman": a sentence's first word is no part of the name.
      const full = personName(m[1]!.replace(/^(?:The|A|An|In|On|At|By|For|With|And|From|To)\s+/, ''));
      if (!full.includes(' ')) continue;
      if (found && found !== full) return null;
      found = full;
    }
  }
  return found;
}

/**
 * Whether the words before `at` are "for", perhaps with capitalised words after it ("… Member for Stockport South",
 * "… Member for North East Fife"): a place someone sits or stands for. Walked word by word, no
 * pattern: a regex anchored at the end would be retried from every start of a long line.
 */
function seatBefore(line: string, at: number): boolean {
  const words = line.slice(Math.max(0, at - 120), at).trimEnd().split(/\s+/);
  let k = words.length - 1;
  while (k >= 0 && /^\p{Lu}/u.test(words[k]!)) k--;
  return k >= 0 && words[k] === 'for';
}

/** What stands before a role after the holder's name: a comma, spaces and perhaps "the" (the holder patterns' own `,\s+(?:the\s+)?`). */
const AFTER_COMMA = lazy(() => /,\s+(?:the\s+)?$/);

/**
 * Whether `line` has `role` in brackets or after a comma ("…, the Spokesman"): what every match of
 * the holder patterns holds, so a line without it has none.
 */
function rolePlaced(line: string, role: string): boolean {
  if (line.includes(`(${role})`)) return true;
  for (let i = line.indexOf(role); i > 0; i = line.indexOf(role, i + 1)) if (AFTER_COMMA().test(line.slice(0, i))) return true;
  return false;
}

/** A full name of two or three capitalised words. */
const FULL_NAME_WORDS = String.raw`\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}`;
/** A show's credit of who presents it: "presented by Meg Arkwright and Sam Dalloway", "hosted by Ann Lee". */
const PRESENTED_BY = lazy(() => new RegExp(String.raw`(?<![\p{L}])(?:presented|hosted|co-hosted)\s+by\s+(${FULL_NAME_WORDS})(?:,\s+(${FULL_NAME_WORDS}))?(?:,?\s+and\s+(${FULL_NAME_WORDS}))?(?![\p{L}'’-])`, 'u'));
/** A show's credit of its guest: "Our guest this week was Imran Chaudhry", "Today's guest is Ana Ruiz". */
const GUEST_WAS = lazy(() => new RegExp(String.raw`(?<![\p{L}])(?:[Oo]ur|[Mm]y|[Tt]his week['’]s|[Tt]oday['’]s)\s+guests?\s+(?:this week\s+|today\s+|on this episode\s+)?(?:was|is|were|are)\s+(${FULL_NAME_WORDS})(?:,?\s+and\s+(${FULL_NAME_WORDS}))?(?![\p{L}'’-])`, 'u'));
/** The full names a document's lines credit as presenting the show or as its guest (a host's turn may say so too). */
function creditedNames(lines: readonly string[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 600 || !/\b(?:presented|hosted|guest)/i.test(line)) continue;
    for (const re of [PRESENTED_BY(), GUEST_WAS()]) {
      const m = re.exec(line);
      if (m) for (const n of m.slice(1)) if (n && isNameShaped(n) && !hasOrganisationSuffix(n)) names.push(n);
    }
  }
  return names;
}
/** Full names of two words or more by their first word, lowercased; null for a first word two names share. */
function byFirstWord(names: Iterable<string>): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const full of new Set(names)) {
    const words = full.split(' ');
    if (words.length < 2) continue;
    const first = words[0]!.toLowerCase();
    out.set(first, out.has(first) && out.get(first) !== full ? null : full);
  }
  return out;
}

/** A small word of a phrase that is no part of a name, as "von" or "bin" are: "Lunch with the FT". */
const FUNCTION_WORD = lazy(() => /^(?:with|the|and|for|from|at|on|in|to|of|by|about|meets)$/);

/** A label of two or three capitalised words that may be a role ("Deputy Spokesperson", "Acting Chief Executive"). */
const ROLE_PHRASE_LABEL = lazy(() => /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u);

/**
 * A role of several words used as a label ("Deputy Spokesperson") as the person the document names
 * in it: "… by Inés Calloway, Deputy Spokesperson for the Secretary-General", "Ana Ruiz (Deputy
 * Spokesperson)". After a comma the role must go on with whom or what it serves ("for", "of", "to",
 * "at"), so a list of names ("Tom Albrecht, Jane Doe, …") names no holder of a label "Jane Doe".
 * The one full name so placed; null when there is none or there are several.
 */
function rolePhraseHolderInText(label: string, lines: readonly string[]): string | null {
  const role = escapeRegExp(label);
  return (
    oneHolder(() => new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2})(?:,\s+(?:the\s+)?${role}\s+(?:for|of|to|at)\s|\s+\(${role}\))`, 'gu'), label, lines) ??
    // "Doorstep interview, First Minister Rhiannon Tudor" over "FIRST MINISTER:": the office as a title before the name.
    titledHolder(label, lines)
  );
}
/**
 * The one full name the document writes right after the label's role as a title ("First Minister
 * Rhiannon Tudor", "Mayor Deborah Castellanos"); null when there is none or there are several.
 */
function titledHolder(label: string, lines: readonly string[]): string | null {
  // An office, no name: its last word a person's noun ("Minister", "Mayor", "Secretary"), as "Ines Calderwood" is not.
  if (!isPersonNounWord(label.split(' ').pop()!)) return null;
  const role = escapeRegExp(label);
  let found: string | null = null;
  for (const line of lines) {
    if (!line.includes(label)) continue;
    for (const m of allMatches(new RegExp(String.raw`(?<![\p{L}])${role} (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}'’-]| \p{Lu})`, 'gu'), line)) {
      const name = m[1]!;
      if (!isNameShaped(name)) continue;
      if (found && found !== name) return null;
      found = name;
    }
  }
  return found;
}

/** The name of the first label below line `at`. */
function firstLabelAfter(read: readonly (LabelLine | null)[], at: number): string | null {
  for (let k = at + 1; k < read.length; k++) if (read[k]?.name) return read[k]!.name!;
  return null;
}

/** The first lines of a document above its first label: where a title or standfirst names people in full. */
function headerLines(lines: readonly string[], read: readonly (LabelLine | null)[]): string[] {
  const out: string[] = [];
  let i = 0;
  // A title that reads as a label ("THE INTERVIEW: NORA VANCE") is a heading when its name never labels a turn again.
  while (i < lines.length && !lines[i]!.trim()) i++;
  const first = read[i];
  const labelsOnce = (k: number) => !!read[k]?.name && !read.some((l, n) => n !== k && l?.name === read[k]!.name);
  if (first?.name && labelsOnce(i)) out.push(lines[i++]!);
  // So is a headline under a masthead that quotes its guest ("Rosa Kimura: \"I stopped …\""), a name
  // labelling no turn again, where the initials labels ("RK:") follow.
  // So is a roster's field naming who is there ("Present: Mayor Deborah Castellanos; Town Engineer
  // Raymond Oduya; …"), read as a label once: the names "MR. ODUYA:" and "MS. BRANDT:" stand for.
  // A chat export's stamped notice above the first message ("12/03/2024, 08:15 - Mum added Sarah,
  // Uncle Phil, Becky") is the app's list of members by the names the labels use: no full names
  // to read a one-word label by ("Phil, Becky" would make Becky's turns Uncle Phil's).
  for (; i < lines.length && out.length < 10 && (!read[i] || (labelsOnce(i) && (ROSTER_HEADING().test(read[i]!.name!) || /^\p{Lu}{2,3}$/u.test(firstLabelAfter(read, i) ?? '')))); i++) if (lines[i]!.trim() && !(read[i] === null && isStampedNotice(lines[i]!))) out.push(lines[i]!);
  return out;
}

/** How many turns from the first may introduce the people one-word labels name. */
const INTRO_TURNS = 2;

/** The lines of a transcript's first INTRO_TURNS turns (at most 30 lines): where its guests are introduced. */
function introTurns(lines: readonly string[], read: readonly (LabelLine | null)[]): string[] {
  const out: string[] = [];
  let turns = 0;
  for (let k = 0; k < lines.length && out.length < 30; k++) {
    if (read[k]?.name && ++turns > INTRO_TURNS) break;
    if (turns) out.push(lines[k]!);
  }
  return out;
}

/**
 * A title and its usual abbreviation are one title: "Prof. BARRACLOUGH:" is the witness list's
 * "Professor Leonie Barraclough", "Rev. OKAFOR:" the "Reverend Grace Okafor" the header names.
 */
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = { prof: 'professor', dr: 'doctor', rev: 'reverend', revd: 'reverend', sen: 'senator', gov: 'governor', rep: 'representative', cllr: 'councillor', supt: 'superintendent', insp: 'inspector', sgt: 'sergeant', capt: 'captain' };
function sameTitleWord(a: string, b: string): boolean {
  return a === b || (TITLE_ABBREVIATIONS[a] ?? a) === (TITLE_ABBREVIATIONS[b] ?? b);
}
/** A British police rank's initials and the words they stand for, as a text writes them out. */
const RANK_WORDS: Record<string, readonly string[]> = {
  pc: ['police', 'constable'], wpc: ['woman', 'police', 'constable'], ps: ['police', 'sergeant'], dc: ['detective', 'constable'],
  ds: ['detective', 'sergeant'], di: ['detective', 'inspector'], dci: ['detective', 'chief', 'inspector'], dsu: ['detective', 'superintendent'],
};
/** A capitalised word after a name that is no second surname: a weekday, a month, a courtesy title. */
const TITLE_WORD_OR_DAY = lazy(() => /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Ms|Mrs|Dr|And|Jr|Sr)$/);
/**
 * "Secretary Whitlock" (a title and a surname) as the full name the lines
 * gives with the same title before it ("PRESS BRIEFING BY HEALTH SECRETARY
 * DANA WHITLOCK", "Mayor Linda Crane"): the one capitalised word between
 * title and surname there. Null otherwise.
 */
export function titledFullName(name: string, lines: readonly string[]): string | null {
  const words = name.split(' ');
  // "Secretary Whitlock", and a title of more words: "Foreign Minister Sato".
  if (words.length < 2 || words.length > 4 || !(TITLE().test(words[words.length - 2]!) || TITLE_BEFORE_NAME().test(words[words.length - 2]!))) return null;
  const written = words.slice(0, -1).map((w) => w.replace(/\.$/, '').toLowerCase());
  // "DC Shah" is the "Detective Constable Priya Shah" who introduces herself: a rank's initials, or its words.
  const titles = [written, ...(written.length === 1 && RANK_WORDS[written[0]!] ? [RANK_WORDS[written[0]!]!] : [])];
  const surname = words[words.length - 1]!.toLowerCase();
  for (const line of lines) {
    if (!line.toLowerCase().includes(surname)) continue;
    // "…, Ms. Delphine Arceneaux.": a sentence's full stop is no part of the surname.
    const tokens = line.split(/[\s,;:()]+/).map((t, k) => (k > 0 && /^\p{Lu}[\p{Ll}'’-]+\.$/u.test(t) && !TITLE().test(t) ? t.slice(0, -1) : t));
    for (const title of titles) {
      for (let k = title.length + 1; k < tokens.length; k++) {
        if (tokens[k]!.toLowerCase() !== surname) continue;
        const first = tokens[k - 1]!;
        if (!/^\p{Lu}[\p{L}'’-]+$/u.test(first)) continue;
        const titledAt = (end: number) => end - title.length + 1 >= 0 && title.every((t, j) => sameTitleWord(tokens[end - title.length + 1 + j]!.replace(/\.$/, '').toLowerCase(), t));
        if (titledAt(k - 2)) return displayName(`${first} ${tokens[k]}`);
        // "Minister of Foreign Trade Ramón Echevarría Solís" over "MINISTER ECHEVARRÍA:": the office
        // written out ("of" and one to three capitalised words) between the title and the name; a
        // second surname after the first, as Spanish names are written in full, is the name's too.
        for (let gap = 1; gap <= 3; gap++) {
          const of = k - 2 - gap;
          if (of < 1 || tokens[of]!.toLowerCase() !== 'of' || !tokens.slice(of + 1, k - 1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) || !titledAt(of - 1)) continue;
          const second = new RegExp(String.raw`${escapeRegExp(first)} ${escapeRegExp(tokens[k]!)} (\p{Lu}\p{Ll}+)(?=$|[,.;)]|\s+\p{Ll})`, 'u').exec(line);
          return displayName(second && /\p{Ll}/u.test(first) && !TITLE_WORD_OR_DAY().test(second[1]!) ? `${first} ${tokens[k]} ${second[1]}` : `${first} ${tokens[k]}`);
        }
      }
    }
  }
  return null;
}

/** An appearance list's line: a full name, a comma, the part they appear in ("CAROL BERNSTEIN, Presiding Commissioner"). */
const APPEARANCE = lazy(() => /^\s*(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}),\s+(\p{L}[\p{L} '’.-]{1,60})$/u);
/**
 * A label of a role and a surname ("INMATE RUIZ", "DEPUTY COMMISSIONER OYELARAN") as the full name
 * an appearance list gives with that surname and a role sharing a word with the label's ("HECTOR
 * RUIZ, Inmate"); the one such line, else null.
 */
function appearanceFullName(words: readonly string[], header: readonly string[]): string | null {
  if (words.length < 2) return null;
  const surname = words[words.length - 1]!.toLowerCase();
  const roleWords = new Set(words.slice(0, -1).map((w) => w.toLowerCase()));
  let found: string | null = null;
  for (const line of header) {
    if (line.length > 120 || !line.toLowerCase().includes(surname)) continue;
    const m = APPEARANCE().exec(line);
    if (!m || m[1]!.split(/\s+/).pop()!.toLowerCase() !== surname) continue;
    if (!m[2]!.toLowerCase().split(/\s+/).some((w) => roleWords.has(w))) continue;
    const full = displayName(m[1]!);
    if (found && found !== full) return null;
    found = full;
  }
  return found;
}

/**
 * A label of a title and a surname ("MAYOR WHITFIELD", "COUNCILLOR PRYCE") as the full name a
 * roster under its heading gives with that surname, where what the line says the person does
 * holds the title's word ("Marcus Whitfield, Mayor of Dayton-Kettering Metro (…)", "Gareth Pryce,
 * Councillor, Eastside Ward"); the one such entry, else null.
 */
function rosterTitledFullName(words: readonly string[], entries: ReadonlyMap<number, RosterEntry>): string | null {
  if (words.length !== 2 || !TITLE_BEFORE_NAME().test(words[0]!)) return null;
  const title = words[0]!.toLowerCase();
  const surname = words[1]!.toLowerCase();
  let found: string | null = null;
  for (const entry of entries.values()) {
    if (entry.name.split(' ').pop()!.toLowerCase() !== surname) continue;
    if (!entry.role.toLowerCase().split(/[\s,;()]+/).includes(title)) continue;
    if (found && found !== entry.name) return null;
    found = entry.name;
  }
  return found;
}

/** The first word of a surname of two or more ("van Wyk", "de la Cruz", "bin Salleh"). */
const SURNAME_PARTICLE = lazy(() => /^(?:van|von|de|del|della|der|den|du|da|das|dos|di|la|le|ter|ten|bin|ibn|al|el|ap)$/i);

/**
 * "Van Wyk" (a label's surname with a particle, the title before it dropped) as the full
 * name the lines give once ("Guest: Dr. Pieter van Wyk"): a capitalised first name, then
 * the surname in any case; the name as the text writes it ("Pieter van Wyk"). Null when
 * the lines give none, or two different ones.
 */
function particleFullName(surname: string, lines: readonly string[]): string | null {
  const sought = ` ${surname.toLowerCase()}`;
  let found: string | null = null;
  for (const line of lines) {
    const lower = line.toLowerCase();
    // lowercasing keeps the offsets of these letters (no expanding characters in a name)
    if (lower.length !== line.length) continue;
    for (let at = lower.indexOf(sought); at >= 0; at = lower.indexOf(sought, at + 1)) {
      const end = at + sought.length;
      if (end < line.length && /[\p{L}'’-]/u.test(line[end]!)) continue;
      const first = /(?<![\p{L}.'’-])(\p{Lu}[\p{Ll}'’-]+)$/u.exec(line.slice(Math.max(0, at - 40), at))?.[1];
      if (!first || TITLE().test(first) || TITLE_BEFORE_NAME().test(first) || SURNAME_PARTICLE().test(first)) continue;
      const full = `${first} ${line.slice(at + 1, end)}`;
      if (found && found !== full) return null;
      found = full;
    }
  }
  return found;
}

/**
 * surnameInHeader's three patterns for one word (its comments say what each reads), each made at
 * its first use and kept: a label is looked up once per turn, often in every line of a document,
 * and each new pattern of `\p{…}` classes costs V8 a parse and a compile, far more than the
 * match (on the test fixtures, 2,300 lookups of 640 words matched 600 lines, and building and
 * compiling the patterns was nine tenths of the lookups' time). So a pattern is made only for a
 * word some line holds in the form it reads: a space before the word for a surname, after it for
 * a first name.
 */
class NamePatterns {
  #asSurname?: RegExp;
  #asFirst?: RegExp;
  #pairedFirst?: RegExp;
  constructor(private readonly word: string) {}
  get asSurname(): RegExp {
    return (this.#asSurname ??= new RegExp(String.raw`(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)(?: ["“]\p{Lu}[\p{Ll}'’-]+["”])? ${this.word}(?![\p{L}'’-])`, 'gu'));
  }
  get asFirst(): RegExp {
    return (this.#asFirst ??= new RegExp(String.raw`(?<![\p{L}])${this.word} ((?:(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le)\p{Lu}\p{Ll}+|\p{Lu}['’]\p{Lu}\p{Ll}+|\p{Lu}[\p{Ll}'’-]+)(?:-\p{Lu}[\p{Ll}'’]+)*)(?![\p{L}'’-])`, 'gu'));
  }
  get pairedFirst(): RegExp {
    return (this.#pairedFirst ??= new RegExp(String.raw`(?<![\p{L}])${this.word} (?:and|&|y|e|et|und|en) \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)* (\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*)(?![\p{L}'’-])`, 'gu'));
  }
}
const NAME_PATTERNS = new Map<string, NamePatterns>();
/** The patterns for `word`, kept for the last few hundred words, so a long run over many documents holds no more. */
function namePatterns(word: string): NamePatterns {
  let patterns = NAME_PATTERNS.get(word);
  if (!patterns) {
    if (NAME_PATTERNS.size >= 512) NAME_PATTERNS.clear();
    NAME_PATTERNS.set(word, (patterns = new NamePatterns(word)));
  }
  return patterns;
}

/** A player of an instrument or a band's part, capitalised: "Drummer", "Guitarist", "Bassist". */
const INSTRUMENTALIST = lazy(() => /^(?:Drummer|Bassist|Guitarist|Vocalist|Keyboardist|Pianist|Violinist|Cellist|Saxophonist|Trumpeter|Percussionist|Songwriter|Rapper|Frontman|Frontwoman|Producer|Composer)$/);
/**
 * "Lind" (or "MARA") as the full name the header gives once ("Ten minutes
 * with Oskar Lind, head chef at Brasa", "Interview with Mara Quist"): the one
 * capitalised name that ends (or starts) with that word there. Null when the
 * header gives none, or two different ones.
 */
function readSurnameInHeader(label: string, header: readonly string[]): string | null {
  // A label in capitals ("MARA") is read as the name it spells ("Mara").
  if (/^\p{Script=Han}{1,3}$/u.test(label)) return hanSurnameInHeader(label, header);
  const word = label === label.toUpperCase() ? label[0] + label.slice(1).toLowerCase() : label;
  if (!/^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u.test(word)) return null;
  // "I'm Jess" (a contraction before a first name) is no full name, nor is "'Bobby' Kessler" (a
  // nickname's closing quote), nor "Madam President" (a form of address before an office), nor
  // "Hi Maya" / "Thanks Maya" (a greeting before the name it speaks to), nor "Co-Founder Teodora" (a role
  // before the name: the one full name of the header, "Teodora Vasquez", is hers).
  // Nor an occupation opening a sentence before the name ("Singer Niamh Kearney is tuning …",
  // "Drummer Sasha Petrenko"): a person noun, or a player of an instrument, is no given name (a
  // "…man" word may be one: "Herman", "Norman"). Nor a document's part that asks or answers
  // ("RESPONSE TO REVIEWERS" over "Response:" turns is no "Response To").
  const notFirstName = (w: string) =>
    /^(?:Response|Responses|Reply|Replies|Answer|Answers|Question|Questions|Comment|Comments)$/.test(w) ||
    (w.length > 3 && ((hasPersonNoun(w) && !/m[ae]n$/.test(w)) || INSTRUMENTALIST().test(w))) ||
    /^I['’]|['’]$/.test(w) || /^(?:Madam|Madame|Mister|Sir|Dame|Lord|Lady|Deputy|Vice|Acting|Former|Hi|Hello|Hey|Hiya|Thanks|Thank|Cheers|Welcome|Morning|Evening|Afternoon|Dear|Bye|Goodbye|Sorry|Yes|Yeah|No|Well|Oh|Ok|Okay|Right|Sure|Congratulations|Congrats)$/.test(w) || /^(?:Co-?)?(?:Founder|Founders|Chairman|Chairwoman|Director|Editor|Host|Partner|Analyst|Manager)$/i.test(w) || TITLE().test(w) || TITLE_BEFORE_NAME().test(w) || CHAIR_TITLE().test(w) || /^(?:Representatives|Senators|Members)$/.test(w) || /^(?:The|With|And|By|For|From|Meet|Interview|In|On|At|Of)$/.test(w);
  // The nickname a cast line sets in quotes or brackets between the names (an esports roster's
  // `Marek "Flinch" Dvorak`, `Jin-ho "Zephyr" Baek`) labels its holder's turns: "FLINCH:" is Marek Dvorak.
  let nicknamed: string | null = null;
  for (const line of header) {
    if (!line.includes(word)) continue;
    for (const m of allMatches(NICKNAMED_NAME(), line)) {
      if ((m[2] ?? m[3]) !== word || TITLE().test(m[1]!) || HONORIFIC().test(m[1]!)) continue;
      if (nicknamed && nicknamed !== `${m[1]} ${m[4]}`) return null;
      nicknamed = `${m[1]} ${m[4]}`;
    }
  }
  if (nicknamed) return nicknamed;
  let found: string | null = null;
  // "Kenji Tanaka, President, Tanaka Precision Castings": the word ending a full name is the
  // label's surname; the same word opening a company's name after it is no first name to read.
  let asFirstName: string | null = null;
  let firstNames = 0;
  let patterns: NamePatterns | undefined;
  for (const raw of header) {
    // A heading in capitals ("THE INTERVIEW: NORA VANCE") spells its names too.
    const line = /\p{Ll}/u.test(raw) ? raw : raw.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
    if (!line.includes(word)) continue;
    // "Oskar Lind" for "Lind", and for a first name alone, "Mara Quist" for "MARA".
    // A quoted nickname between is no part of the name: `Walter "Sonny" Pruitt` is Walter Pruitt
    // (as the same header without the nickname names him, and as the text calls him).
    // A hyphenated first name is one name: "Lars-Erik Holmqvist" for "Holmqvist", never "Erik Holmqvist".
    patterns ??= namePatterns(word);
    const asSurname = line.includes(` ${word}`) ? allMatches(patterns.asSurname, line).filter((m) => !notFirstName(m[1]!)).map((m) => `${m[1]} ${word}`) : [];
    // The surname may be double-barrelled ("Celestine Ayodele-Marsh") or carry a capital after a
    // name's prefix ("Ruth McAllister", "Sean O'Brien"; no brand's inner capital, "Binance YouTube"):
    // the whole of it is the surname.
    const asFirst = notFirstName(word) || !line.includes(`${word} `) ? [] : allMatches(patterns.asFirst, line).map((m) => `${word} ${m[1]}`);
    // A pair of first names before the surname they share ("Ana and Tomás Ribeiro run …", "Ana y
    // Tomás Ribeiro"): the first of them bears it too, "Ana:" is Ana Ribeiro.
    if (!notFirstName(word) && line.includes(`${word} `)) for (const m of allMatches(patterns.pairedFirst, line)) {
      const full = `${word} ${m[1]}`;
      if (!notFirstName(m[1]!) && full !== asFirstName) (asFirstName = full), firstNames++;
    }
    for (const full of asSurname) {
      if (found && found !== full) return null;
      found = full;
    }
    for (const full of asFirst) if (full !== asFirstName) (asFirstName = full), firstNames++;
  }
  return found ?? (firstNames === 1 ? asFirstName : null);
}

/** Each header's answers by label (the lines are never changed once read; an answer dies with its lines). */
const SURNAME_ANSWERS = new WeakMap<readonly string[], Map<string, string | null>>();
/**
 * readSurnameInHeader's answer, once per label and lines: the label scan asks it for every turn
 * of a label, and a transcript of a few hundred turns asked the same question of every line a few
 * hundred times.
 */
export function surnameInHeader(label: string, header: readonly string[]): string | null {
  let answers = SURNAME_ANSWERS.get(header);
  if (!answers) SURNAME_ANSWERS.set(header, (answers = new Map()));
  let found = answers.get(label);
  if (found === undefined) answers.set(label, (found = readSurnameInHeader(label, header)));
  return found;
}

/**
 * A Japanese interview labels its turns with family names ("中村：", "佐藤："), the header giving
 * each whole where the press sets a name apart from the words around it (no spaces in the
 * language): followed by its reading in brackets ("佐藤健一（さとう・けんいち）"), or written
 * with a space between family and given name ("取材・文：中村 彩"). The one such name that
 * starts with the label; null when none or two differ.
 */
function hanSurnameInHeader(label: string, header: readonly string[]): string | null {
  const re = new RegExp(String.raw`(?<!\p{Script=Han})${label}(?:(\p{Script=Han}{1,3})(?=[（(][\p{Script=Hiragana}\p{Script=Katakana}・･ 　]+[）)])|[ 　](\p{Script=Han}{1,3})(?=$|[ 　）)、，,]))`, 'gu');
  let found: string | null = null;
  for (const line of header) {
    if (!line.includes(label)) continue;
    for (const m of allMatches(re, line)) {
      const full = m[1] ? label + m[1] : `${label} ${m[2]}`;
      if (found && found.replace(' ', '') !== full.replace(' ', '')) return null;
      found ??= full;
    }
  }
  return found;
}

/** A given name, a middle initial with its stop, a surname: "Reginald A. Thibodeaux" (1, 2, 3). */
const HEADER_INITIALLED_NAME = lazy(() => /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’]+) (\p{Lu})\. (\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)(?![\p{L}'’-])/gu);
/**
 * Initials labels ("**FT:**", "**HY:**", each opening two or more turns) of the full names the
 * header gives ("Lunch-length Q&A: He Yi", "Interview by Fiona Tremaine"): each the one name there
 * whose initials the letters are. Added to `byInitials` where it defines none.
 */
const HEADER_FULL_NAME = lazy(() => /(?<![\p{L}'’-])\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*){1,2}(?![\p{L}'’-])/gu);
function initialsInHeader(header: readonly string[], read: readonly (LabelLine | null)[], byInitials: Map<string, string>): void {
  const uses = new Map<string, number>();
  for (const l of read) if (l?.name && l.style !== 'court' && /^\p{Lu}{2,3}$/u.test(l.name)) uses.set(l.name, (uses.get(l.name) ?? 0) + 1);
  if (!uses.size) return;
  const found = new Map<string, string>();
  // The byline's writer ("by Jamie Lindholm") is the interviewer of a transcript labelled by initials,
  // where they may speak once ("JL: But you still…"): their initials count from one use, once
  // another's label opens two turns or more.
  const labelled = [...uses.values()].some((n) => n >= 2);
  for (const written of header) {
    // A nickname in quotation marks between the first name and the surname is no part of the name
    // the initials are of: "Interview with Margaret "Peggy" Thornbury, RN" above "MT:".
    const line = written.replace(QUOTED_NICKNAME(), ' ');
    // And the labels may be the nickname's: "Margaret (Peggy) Ainsworth" above "PA:" is Margaret Ainsworth,
    // as she is called and as her name is written.
    for (const m of allMatches(NICKNAMED_NAME(), written)) {
      const [given, nick, surname] = [m[1]!, m[2] ?? m[3]!, m[4]!];
      const initials = nick[0]! + surname[0]!;
      if (!TITLE().test(given) && !HONORIFIC().test(given) && (uses.get(initials) ?? 0) >= 2) found.set(initials, found.has(initials) && found.get(initials) !== `${given} ${surname}` ? '' : `${given} ${surname}`);
    }
    const writer = labelled && /\bby\s/i.test(line) ? bylineName(line.trim()) : null;
    for (const m of allMatches(HEADER_FULL_NAME(), line)) {
      const words = m[0].split(' ');
      if (words.some((w) => TITLE().test(w) || HONORIFIC().test(w))) continue;
      const initials = words.map((w) => w[0]).join('');
      if ((uses.get(initials) ?? 0) < (writer === m[0] ? 1 : 2)) continue;
      found.set(initials, found.has(initials) && found.get(initials) !== m[0] ? '' : m[0]);
    }
    // "Veteran | Reginald A. Thibodeaux" over "RT:", "Interviewer: Colleen M. Ashby" over "CA:": a
    // name with a middle initial is labelled by its given name's and surname's letters (or all three).
    for (const m of allMatches(HEADER_INITIALLED_NAME(), line)) {
      if (TITLE().test(m[1]!) || HONORIFIC().test(m[1]!)) continue;
      for (const initials of [m[1]![0]! + m[3]![0]!, m[1]![0]! + m[2]! + m[3]![0]!]) {
        if ((uses.get(initials) ?? 0) < 2) continue;
        found.set(initials, found.has(initials) && found.get(initials) !== m[0] ? '' : m[0]);
      }
    }
  }
  // A title in capitals ("INTERVIEW NOTES - RAFAEL COSTA (TRADER, SAO PAULO)", then "RC:"): two or
  // three of its capital words in a row whose initials a label uses twice or more, in title case.
  for (const line of header) {
    if (!/\p{Lu}{2,} \p{Lu}{2,}/u.test(line)) continue;
    for (const run of allMatches(CAPITAL_WORDS_RUN(), line)) {
      const words = run[0].split(' ');
      for (let n = 2; n <= 3; n++)
        for (let k = 0; k + n <= words.length; k++) {
          const part = words.slice(k, k + n);
          if (part.some((w) => TITLE().test(w) || HONORIFIC().test(w))) continue;
          const initials = part.map((w) => w[0]).join('');
          if ((uses.get(initials) ?? 0) < 2) continue;
          const full = displayName(part.join(' '));
          found.set(initials, found.has(initials) && found.get(initials) !== full ? '' : full);
        }
    }
  }
  for (const [initials, full] of found) if (full && !byInitials.has(initials)) byInitials.set(initials, full);
}
/**
 * A nickname, quoted or in brackets, set between two capitalised names: the ` "Peggy" ` of `Margaret
 * "Peggy" Thornbury`, the ` (Peggy) ` of `Margaret (Peggy) Ainsworth`. The name before is looked
 * for behind the space, not before it: a look behind opening the pattern was tried at every
 * position, each time scanning back over the word (a 20 KB capitalised word: 1 s).
 */
export const QUOTED_NICKNAME = lazy(() => / (?<=\p{Lu}[\p{Ll}'’]+ )(?:["“]\p{Lu}[\p{Ll}'’]+["”]|\(\p{Lu}[\p{Ll}'’]+\)) (?=\p{Lu}[\p{Ll}'’])/gu);
/** Such a name whole: the first name (1; hyphenated perhaps, "Jin-ho"), the nickname quoted (2) or in brackets (3), the surname (4). */
const NICKNAMED_NAME = lazy(() => /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)?) (?:["“](\p{Lu}[\p{Ll}'’]+)["”]|\((\p{Lu}[\p{Ll}'’]+)\)) (\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?![\p{L}'’-])/gu);
/** Words in capitals, one space apart: "RAFAEL COSTA", "SAO PAULO". */
const CAPITAL_WORDS_RUN = lazy(() => /(?<![\p{L}'’-])\p{Lu}{2,}(?: \p{Lu}{2,})+(?![\p{L}'’-])/gu);

/**
 * A transcription legend in the header: "IV = interviewer (Dr. Amira Soltani); HY = stallholder
 * ("Harry", pseudonym)", "I = Interviewer, R = Respondent (female, 34, …)". Each letter label used
 * twice or more is the person the brackets name (a quoted pseudonym, or a name with its title left
 * out), else its part as the legend writes it ("Respondent"); `part` is that part's word.
 */
const LEGEND_ENTRY = lazy(() => /(?:^|[;,:|]\s*)(\p{Lu}{1,3}\d{0,2})\s*=\s*(\p{L}[\p{L} -]{0,30}?)\s*(?:\(([^()]{1,80})\))?\s*(?=[;,|]|$)/gu);
/** What follows a keyed full name, ", moderator, Decrypt Europe": the role, up to the next "XY =" entry; null where none. */
function keyedRole(after: string): string | null {
  const m = /^\s*,\s*(\p{Ll}[^=]{1,120}?)\s*(?:[;|]|,\s*\p{Lu}{1,3}\d{0,2}\s*=|$)/u.exec(after);
  return m ? m[1]!.replace(/[.,;]+$/, '') : null;
}
function legendDefined(header: readonly string[], read: readonly (LabelLine | null)[]): Map<string, { name: string; part: string; role?: string }> | null {
  const uses = new Map<string, number>();
  for (const l of read) if (l?.name && l.name.length <= 5 && /^\p{Lu}{1,3}\d{0,2}$/u.test(l.name)) uses.set(l.name, (uses.get(l.name) ?? 0) + 1);
  if (!uses.size) return null;
  const out = new Map<string, { name: string; part: string; role?: string }>();
  for (const line of header) {
    if (!line.includes('=') || line.length > 400) continue;
    for (const m of allMatches(LEGEND_ENTRY(), line)) {
      const label = m[1]!;
      if ((uses.get(label) ?? 0) < 2) continue;
      const part = m[2]!.trim();
      const inner = m[3]?.trim() ?? '';
      const quoted = /["“']([^"”']{2,40})["”']/u.exec(inner)?.[1];
      const named = inner.split(/[,;]/u)[0]!.trim().replace(HONORIFIC_BEFORE(), '');
      const name = quoted ?? (isNameShaped(named) && /\s/.test(named) && !/\d/.test(named) ? named : part.charAt(0).toUpperCase() + part.slice(1));
      // A participants' key, "JR = Julia Renner, moderator, Decrypt Europe": a full name, then its
      // role after a comma (up to the next entry). The role's first words are the part it plays.
      const described = !inner && isNameShaped(part) && /\s/.test(part) ? keyedRole(line.slice(m.index + m[0].length)) : null;
      out.set(label, { name, part: (described?.split(',')[0] ?? part).trim().toLowerCase(), ...(described ? { role: described } : {}) });
    }
  }
  return out.size ? out : null;
}
const HONORIFIC_BEFORE = lazy(() => /^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Rev)\.?\s+/u);

/** A legend's row for a recorder transcript's code: the code, a wide space or tab, what it stands for (a bracket after it, perhaps). */
const CODE_LEGEND_ROW = lazy(() => new RegExp(String.raw`^${RECORDER_CODE}(\p{Lu}[\p{L}'’ -]{1,50}?)\s*(?:\(([^()]{1,60})\))?$`, 'u'));
/** A legend's row that stands for a mark, no voice: "[ ]    Editorial insertion", "( )   Words of uncertain accuracy", "#   Expletive". */
const MARK_LEGEND_ROW = lazy(() => /^(?:\[\s*\]|\(\s*\)|[#*@%]|\.{3}|…|--)(?: {2,}|\t+ *)\p{L}[\p{L}'’ ,-]{1,60}$/u);
/**
 * A recorder transcript's legend row, as transcript.ts reads the legend's block: the voice a code's
 * row names ("CAPT   Commander (pilot flying)" is "Commander"), '' for a mark's row ("[ ]   Editorial
 * insertion"), null for any other line.
 */
export function codeLegendRow(raw: string): string | null {
  const s = raw.trim();
  const m = CODE_LEGEND_ROW().exec(s);
  if (m) return m[2]!.trim();
  return MARK_LEGEND_ROW().test(s) ? '' : null;
}
/**
 * The legend of a cockpit voice recorder's (or a radio log's) code column: rows "CAPT   Commander (pilot
 * flying)" anywhere in the document, each for a code that opens a timed row ("17:42:20 CAPT  …").
 * The code is the voice the legend names; the bracket is its role. Null where no row defines a used code.
 */
function codeLegendDefined(lines: readonly string[], read: readonly (LabelLine | null)[]): Map<string, { name: string; part: string; role?: string }> | null {
  const uses = new Map<string, number>();
  for (const l of read) if (l?.timed && l.name && l.name.length <= 8 && !l.role && !l.note && CODE_LEGEND_ROW().test(`${l.name}  Xx`)) uses.set(l.name, (uses.get(l.name) ?? 0) + 1);
  if (!uses.size) return null;
  const out = new Map<string, { name: string; part: string; role?: string }>();
  for (let k = 0; k < lines.length; k++) {
    if (read[k]) continue;
    const m = CODE_LEGEND_ROW().exec(lines[k]!.trim());
    if (!m || !uses.has(m[1]!)) continue;
    const name = m[2]!.trim();
    const entry = { name, part: name.toLowerCase(), ...(m[3] ? { role: m[3].trim() } : {}) };
    // (under the code as written and as a label's name is shown: "CAPT" is read as "Capt")
    out.set(m[1]!, entry);
    out.set(personName(m[1]!), entry);
  }
  return out.size ? out : null;
}

/**
 * A transcription service's speaker key: entries `LABEL - Name (Role)` ("S1 - Layla Haddad (Moderator)",
 * "Speaker 2 - Tomasz Wrona"), one to a line or several on one line after a field ("Speaker Names:
 * S1 - Ruth Kessler (Interviewer), S2 - Tomasz Wrona"). A line counts only when it is wholly such
 * entries, and an entry only when its label opens two or more turns. The name is who speaks; a part
 * written in its place ("S3 - Audience Member") is the part; the role in brackets is kept as `role`
 * and, where it is an asking part, makes the label ask.
 */
const KEY_ENTRY = lazy(() => /(?:^|[,;]\s*)(\p{Lu}{1,3}\d{1,2}|[Ss]peaker \d{1,2})\s+[-–—]\s+(\p{L}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3})\s*(?:\(([^()]{1,60})\))?\s*(?=[,;]|$)/gu);
const KEY_FIELD = lazy(() => /^[\p{L} ]{1,30}:\s+/u);
/** A line wholly of speaker-key entries (after a field's name, if any): its entries, else null. */
function keyEntries(raw: string): RegExpExecArray[] | null {
  if (!raw.includes(' - ') && !raw.includes(' – ') && !raw.includes(' — ')) return null;
  const line = raw.trim().replace(KEY_FIELD(), '');
  const entries = [...allMatches(KEY_ENTRY(), line)];
  // Wholly entries: what the matches leave is only their separators.
  return entries.length && entries.reduce((n, m) => n + m[0].length, 0) === line.length ? entries : null;
}
/** A speaker key's line ("Speaker Names: S1 - Name (Role), S2 - Name"): who the labels are, no one's words. */
export function isSpeakerKeyLine(raw: string): boolean {
  return keyEntries(raw) !== null;
}
export function speakerKeyDefined(header: readonly string[], read: readonly (LabelLine | null)[]): Map<string, { name: string; part: string; role?: string }> | null {
  const uses = new Map<string, number>();
  for (const l of read) if (l?.name && l.name.length <= 10 && /^(?:\p{Lu}{1,3}\d{1,2}|[Ss]peaker \d{1,2})$/u.test(l.name)) uses.set(l.name, (uses.get(l.name) ?? 0) + 1);
  if (!uses.size) return null;
  const out = new Map<string, { name: string; part: string; role?: string }>();
  for (const raw of header) {
    for (const m of keyEntries(raw) ?? []) {
      const label = m[1]!;
      if ((uses.get(label) ?? 0) < 2) continue;
      const written = m[2]!.trim();
      const role = m[3]?.trim();
      const isPart = ASKER_ROLES().test(written) || CAST_ROLE().test(written) || ANSWER_ROLES().test(written);
      const part = (isPart ? written : (role ?? '')).toLowerCase();
      out.set(label, { name: isPart ? written : written.replace(HONORIFIC_BEFORE(), ''), part, ...(role && !isPart ? { role } : {}) });
    }
  }
  return out.size ? out : null;
}

/** A title or rank written before a name in full: "Professor", "Emeritus", "Doctor", "Dr", "Dame". */
const INITIALS_TITLE = lazy(() => /^(?:Professor|Emeritus|Emerita|Associate|Assistant|Visiting|Doctor|Dr|Prof|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Rev|Reverend)$/);
/**
 * Initials a document defines for its speakers ("Ruth Adebayo (RA) founded…",
 * "Tom Whitaker (TW)"), for labels that use them ("RA: …"): the letters must
 * be the name's initials, so "Binance (BNB)" defines nothing.
 */
const NAME_WITH_INITIALS = lazy(() => /(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*){1,3}) \((\p{Lu}{2,4})\)/gu);
function initialsDefined(lines: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of lines) {
    if (!line.includes('(')) continue;
    for (const m of allMatches(NAME_WITH_INITIALS(), line)) {
      const initials = m[2]!;
      // A title before the name is no initial of it ("Professor Emeritus Harold Bramwell-Pike (HBP)",
      // an archive's catalogue): the name is read again without each such word before it.
      for (let words = m[1]!.split(' '); words.length >= 2; words = words.slice(1)) {
        // "Ruth Adebayo" is RA; "Mary Ann Smith" is MAS or MS; "Hannah Osei-Bryant" is HO or HOB.
        const all = words.map((w) => w[0]).join('');
        const ends = words[0]![0]! + words[words.length - 1]![0]!;
        const parts = words.flatMap((w) => w.split('-').filter(Boolean)).map((w) => w[0]).join('');
        if (initials === all || initials === ends || initials === parts) {
          out.set(initials, words.join(' '));
          break;
        }
        if (!INITIALS_TITLE().test(words[0]!)) break;
      }
    }
  }
  return out;
}

/**
 * Handles the document introduces with the person's name: "Hosted by CZ 🔶 BNB (@cz_binance) ·
 * Co-host: Yi He (@heyibinance)". The name is the run of capitalised words just before the
 * bracket, after the field's separator, an emoji and what follows it (a display name's decoration)
 * left out. A handle given to two names defines nothing.
 */
// A Matrix id keeps its server: "Changpeng Zhao (@cz:binance.org)".
const HANDLE_IN_BRACKETS = lazy(() => /\((@[\p{L}\p{N}_](?:[\p{L}\p{N}_.=-]{0,30}[\p{L}\p{N}_])?(?::[\p{L}\p{N}-]{1,40}(?:\.[\p{L}\p{N}-]{1,40}){1,4})?)\)/gu);
/** A Matrix room's event: "@cz:binance.org changed their display name to Changpeng Zhao" (or "set … to"). */
const DISPLAY_NAME_EVENT = lazy(() => /(@[\p{L}\p{N}_][\p{L}\p{N}_.=-]{0,30}:[\p{L}\p{N}.-]{3,80}) (?:changed|set) (?:their|his|her) display ?name (?:from \S.{0,40}? )?to ([^.!?\n]{2,60}?)\.?\s*$/u);
const NAME_BEFORE_HANDLE = lazy(() => /((?:\p{Lu}[\p{L}\p{N}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.'’-]*)\s*$/u);
/** A cast field naming a handle, then its holder's name in brackets: the part (1), the handle (2), the name (3). */
const CAST_HANDLE_FIRST = lazy(() => /^\s*(?:\*\*|__)?(\p{L}[\p{L} -]{0,24}?)(?::(?:\*\*|__)?|(?:\*\*|__):)\s(@[\p{L}\p{N}_.]{2,30})\s\(([^(),]{3,60})[,)]/u);
function handlesDefined(lines: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of lines) {
    if (line.includes(' display') && line.includes('@')) {
      const ev = DISPLAY_NAME_EVENT().exec(line);
      const name = ev?.[2]!.trim();
      if (ev && name && isNameShaped(name)) {
        const handle = ev[1]!.toLowerCase();
        out.set(handle, out.has(handle) && out.get(handle) !== name ? '' : name);
      }
    }
    // An AMA recap's cast field, the handle first and the name in brackets: "**Guest:** @quill_jonas
    // (Jonas Aberle, co-founder and CEO)", "Host: @HarborRiya (Riya Mendes)": the handle is that person.
    const cast = line.includes(': @') || line.includes(':** @') || line.includes(':__ @') ? CAST_HANDLE_FIRST().exec(line) : null;
    if (cast && CAST_ROLE().test(cast[1]!.trim()) && isNameShaped(cast[3]!.trim())) {
      const handle = cast[2]!.toLowerCase();
      const name = cast[3]!.trim();
      out.set(handle, out.has(handle) && out.get(handle) !== name ? '' : name);
    }
    if (!line.includes('(@')) continue;
    for (const m of allMatches(HANDLE_IN_BRACKETS(), line)) {
      const before = line.slice(0, m.index).split(/[·|,;:•—–]/).pop()!.split(/\p{Extended_Pictographic}/u)[0]!;
      const name = NAME_BEFORE_HANDLE().exec(before)?.[1];
      if (!name || !isNameShaped(name)) continue;
      const handle = m[1]!.toLowerCase();
      out.set(handle, out.has(handle) && out.get(handle) !== name ? '' : name);
    }
  }
  for (const [handle, name] of out) if (!name) out.delete(handle);
  return out;
}

/**
 * The witness a deposition names in its sworn line ("ELENA MARSH, having been
 * first duly sworn, …", the name sometimes on the line above), or null.
 */
export function findWitness(lines: readonly string[]): { name: string; lines: number[] } | null {
  for (let i = 0; i < lines.length; i++) {
    // "ELENA MARSH, having been first duly sworn, …"; "DANA WHITCOMBE, called as a witness by the
    // government, having been duly sworn, testified …"; "…, was sworn and testified as follows:".
    const here =
      /^\s*(?:([A-Z][A-Z.'’ -]*[A-Z]),\s*)?(?:having been|being|after having been)\b[^\n]*\b(?:sworn|affirmed)\b/.exec(lines[i]!) ??
      /^\s*([A-Z][A-Z.'’ -]*[A-Z]),\s*[^\n]{0,120}?\b(?:having been|being|was|were)\b[^\n]*\b(?:sworn|affirmed)\b/.exec(lines[i]!);
    if (!here) continue;
    if (here[1]) return { name: here[1], lines: [i] };
    let k = i - 1;
    while (k >= 0 && !lines[k]!.trim()) k--;
    // A court reporter sets the swearing-in over three lines: "ROSALIND ACHEBE," / "called as a
    // witness by the Government," / "having been duly sworn, …": the name is above the call.
    const calledAt = k > 0 && CALLED_AS_WITNESS().test(lines[k]!) ? k : -1;
    if (calledAt > 0) k--;
    const above = k >= 0 ? /^\s*([A-Z][A-Z.'’ -]*[A-Z]),?\s*$/.exec(lines[k]!) : null;
    if (above && calledAt > 0) return { name: above[1]!, lines: [k, calledAt, i] };
    if (above) return { name: above[1]!, lines: [k, i] };
  }
  // An inquiry's swearing-in, centred alone: "DR HELEN RUTH MARSH (affirmed)", "MR TOMAS REYES (sworn)".
  // The title is no part of the name.
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.includes('(') ? SWORN_IN().exec(lines[i]!) : null;
    if (m && wordCount(m[1]!) >= 2) return { name: m[1]!, lines: [i] };
  }
  // A tribunal's record names in its header the party whose evidence it takes, in a field of its
  // own ("Appellant: Mr Dawit Haile Gebremedhin", "Witness: Dr Rhea Banks"): one such field, a
  // person's name after an optional title, and the answers are that person's. The line is the header's.
  let party: { name: string; lines: number[] } | null = null;
  for (let i = 0; i < lines.length && i < CAPTION_REACH; i++) {
    const m = lines[i]!.includes(':') ? PARTY_FIELD().exec(lines[i]!) : null;
    if (!m || wordCount(m[1]!) < 2) continue;
    if (party) {
      party = null;
      break;
    }
    party = { name: m[1]!, lines: [i] };
  }
  if (party) return party;
  // No sworn line in the excerpt: the caption's title names the deponent, "VIDEOTAPED DEPOSITION
  // OF ELENA MARKOVA", "Deposition of Dana Whitcombe". The line stays the caption's text.
  for (let i = 0; i < lines.length && i < CAPTION_REACH; i++) {
    let m = DEPOSITION_OF().exec(lines[i]!);
    // A centred caption often breaks after "OF" and sets the name alone on the next line
    // ("CONTINUED VIDEOTAPED DEPOSITION OF" / "ADAORA OKAFOR").
    if (!m && DEPOSITION_OF_ALONE().test(lines[i]!)) {
      let k = i + 1;
      while (k < lines.length && !lines[k]!.trim()) k++;
      if (k < lines.length && k - i <= 2) m = NAME_LINE_UNDER_DEPOSITION().exec(lines[k]!);
    }
    if (m && wordCount(m[1]!) >= 2 && wordCount(m[1]!) <= 4 && !/\b(?:inc|llc|ltd|corp|company|bank)\b/i.test(m[1]!)) return { name: m[1]!, lines: [] };
  }
  return null;
}
/**
 * A hearing header's field naming the party giving evidence: "Appellant: Mr NAME", "Witness: Dr NAME", the name alone to the line's end.
 * So a loss adjuster's recorded statement, taken from the policyholder its header names: "Insured: Mrs. NAME".
 */
const PARTY_FIELD = lazy(() => /^\s*(?:Appellant|Witness|Claimant|Applicant|Deponent|Petitioner|Insured|Policyholder|APPELLANT|WITNESS|CLAIMANT|APPLICANT|DEPONENT|PETITIONER|INSURED|POLICYHOLDER)\s*:\s+(?:(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Professor|MR|MS|MRS|MISS|DR)\.?\s+)?(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,4})\s*$/u);
/** The middle line of a swearing-in: "called as a witness by the Government,", "called as a witness on behalf of the Plaintiff,". */
const CALLED_AS_WITNESS = lazy(() => /^\s*called\s+as\s+a\s+witness\b[^.]{0,80},?\s*$/i);
/** A witness sworn in alone on a line: a name in capitals, a title before it, "(sworn)" or "(affirmed)" after it. */
const SWORN_IN = lazy(() => /^\s*(?:(?:MR|MS|MRS|MISS|DR|PROFESSOR|PROF|SIR|DAME|LORD|LADY)\.?\s+)?([A-Z][A-Z'’-]*(?:\s+[A-Z][A-Z.'’-]*){1,4})\s+\((?:sworn|affirmed|re-sworn|further sworn|further affirmed|SWORN|AFFIRMED)\)\s*$/);
/** A deposition's caption title: "[VIDEOTAPED|ORAL|REMOTE …] DEPOSITION OF NAME", the name to the line's end. */
// A continued deposition adds its volume after a comma: "DEPOSITION OF ISTVAN VARGA, VOLUME II".
// The name's words each open on a capital, one space between ("\s?" inside a repeated group split a
// long word in capitals every way: 500 capitals took 10 s).
const DEPOSITION_OF = lazy(() => /^\s*(?:[A-Za-z-]+\s+){0,3}(?:DEPOSITION|Deposition)\s+(?:OF|of)\s+(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3})(?:,\s*(?:VOLUME|Volume|VOL\.|Vol\.)\s+[IVXL\d]{1,5})?\s*$/u);

/** A caption title broken after "OF": "CONTINUED VIDEOTAPED DEPOSITION OF", the name on the next line. */
const DEPOSITION_OF_ALONE = lazy(() => /^\s*(?:[A-Za-z-]+\s+){0,3}(?:DEPOSITION|Deposition)\s+(?:OF|of)\s*$/);
/** The name alone on the line under such a title: two to four capitalised words, nothing else. */
const NAME_LINE_UNDER_DEPOSITION = lazy(() => /^\s*(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3})\s*$/u);

/** How far down a court caption may stand: it heads the first page. */
const CAPTION_REACH = 60;
/** A party's name in a caption's left column: two to five words of letters, ending on its comma. */
const CAPTION_PARTY = lazy(() => /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,4}),$/u);

/**
 * The one defendant a court caption names ("CHANGPENG ZHAO,  )" over "Defendant.  )"): the
 * party right above the caption's lone "Defendant." in its left column, as a name; null where
 * there is no caption, several defendants, or the party is no person's name ("ACME HOLDINGS,
 * INC., et al.,"). "THE DEFENDANT:" then is that person, as "THE WITNESS:" is the sworn witness.
 */
export function captionDefendant(lines: readonly string[]): string | null {
  const cells: string[] = [];
  for (let i = 0; i < lines.length && i < CAPTION_REACH; i++) {
    const l = lines[i]!;
    if (!l.includes(')') || !CAPTION_LINE().test(l)) continue;
    const cell = l.slice(0, l.indexOf(')')).trim();
    if (cell) cells.push(cell);
  }
  // The Southern District's caption draws its box with rules ending in "x" ("-----------x") above and
  // below the parties, no ")" column: its cells are the left column's words between the two rules.
  if (!cells.length) cells.push(...ruledCaptionCells(lines));
  const parties = cells.filter((c) => /^defendants?[.,]?$/i.test(c));
  if (parties.length !== 1 || !/^defendant\.?$/i.test(parties[0]!)) return null;
  const at = cells.indexOf(parties[0]!);
  const m = at > 0 ? CAPTION_PARTY().exec(cells[at - 1]!) : null;
  if (!m || /\b(?:inc|llc|ltd|corp|co|company|bank|al|states|america|people|state|commonwealth)\b/i.test(m[1]!)) return null;
  return displayName(m[1]!);
}

/** "Before:" (alone or with what follows on its line) at a transcript's head: the line that names who presides. */
const BEFORE_KEY = lazy(() => /^\s*(?:BEFORE|Before)\s*:?(?=\s|$)\s*(.*)$/u);
/**
 * The one judge named after it: "HON. KATHERINE L. MORRELL,", "the Honorable Raymond Okafor",
 * "THE HONORABLE JANE DOE, UNITED STATES DISTRICT JUDGE": the honorific, then two to five
 * capitalised words up to a comma, a wide gap or the line's end.
 */
const HONORABLE_NAME = lazy(() => /^(?:(?:THE|[Tt]he)\s+)?(?:HON\.?|Hon\.?|HONOU?RABLE|Honou?rable)\s+(?:(?:JUDGE|Judge)\s+)?(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,4})\s*(?:$|,|\s{3,})/u);

/**
 * The judge a transcript's caption says the hearing is before ("Before:" / "HON. KATHERINE L.
 * MORRELL," / "District Judge", "Before the Honorable Raymond Okafor"), as a name; null where it
 * names none or a panel (a second honorific, "Judges"). "THE COURT:" then is that judge, as
 * "THE DEFENDANT:" is the caption's defendant: a transcript's court speaks through its one judge.
 */
export function captionJudge(lines: readonly string[]): string | null {
  for (let i = 0; i < lines.length && i < CAPTION_REACH; i++) {
    const before = BEFORE_KEY().exec(lines[i]!);
    if (!before) continue;
    let at = i;
    let rest = before[1]!.trim();
    while (!rest && at < i + 2 && at + 1 < lines.length) rest = lines[++at]!.trim();
    const m = HONORABLE_NAME().exec(rest);
    if (!m) continue;
    // A panel ("HON. A, HON. B, Circuit Judges"): no one judge.
    const near = [rest.slice(m[0].length), ...lines.slice(at + 1, at + 4)].join(' ');
    if (/(?<![\p{L}])(?:HON|Hon|HONOU?RABLE|Honou?rable)(?![\p{L}])|(?<![\p{L}])(?:JUDGES|Judges|JUSTICES|Justices)(?![\p{L}])/u.test(near)) return null;
    return displayName(m[1]!.replace(/,$/, ''));
  }
  return null;
}

/** A presiding office a transcript's label names with "the": "THE CHAIR:", "THE INSPECTOR:", "THE CORONER:" (1: the office). */
const PRESIDING_LABEL = lazy(() => new RegExp(`^the (${PRESIDING_WORDS}|inspector|coroner|commissioner|registrar|arbitrator|adjudicator)$`, 'i'));
/** Degrees and memberships after a name on a caption, as well as honours and seats: "MRS JANE OAKRIDGE BSc MRTPI". */
const CAPTION_POST_NOMINALS = lazy(() => new RegExp(`(?:\\s+(?:${POST_NOMINAL_WORDS}|BSc|MSc|BA|MA|LLB|LLM|DipTP|MRTPI|FRTPI|MRICS|FRICS|CEng|MICE|FICE|RIBA|MCIWEM))+$`));
/** A form of address or a rank before a caption's name: "MRS ", "Captain ", "Dr ". */
const CAPTION_ADDRESS = lazy(() => /^(?:(?:MRS|MR|MS|MISS|DR|PROF|Mrs|Mr|Ms|Miss|Dr|Prof|Captain|Capt|CAPTAIN|Sir|Dame|Judge|JUDGE)\.?\s+)+/u);
/**
 * The one person a hearing's "Before:" names in a presiding office, "Before: Captain R. J. Halloran,
 * Inquiry Chair", "Before: MRS JANE OAKRIDGE BSc MRTPI (the Inspector)": whom "THE CHAIR:" or "THE
 * INSPECTOR:" means, as "THE COURT:" is the caption's judge. The office after the name's comma or in
 * its brackets must end on the label's word; the name keeps no form of address nor degree.
 */
function captionPresider(lines: readonly string[], office: string): string | null {
  for (let i = 0; i < lines.length && i < CAPTION_REACH; i++) {
    const before = BEFORE_KEY().exec(lines[i]!);
    if (!before) continue;
    const rest = (before[1]!.trim() || (lines[i + 1] ?? '').trim()).replace(/\.$/, '');
    const m = /^([^,()]{3,80}?)\s*(?:,\s*([^,()]{2,60})|\(\s*(?:the\s+)?([^()]{2,60})\))$/iu.exec(rest);
    if (!m) return null;
    const role = (m[2] ?? m[3]!).trim().split(/\s+/).pop()!;
    if (role.toLowerCase() !== office.toLowerCase()) return null;
    const name = m[1]!.replace(CAPTION_POST_NOMINALS(), '').replace(CAPTION_ADDRESS(), '').trim();
    return /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u.test(name) ? displayName(name) : null;
  }
  return null;
}

/** A caption's rule, dashes ending in "x": "     ------------------------------x". */
const CAPTION_RULE = lazy(() => /^\s*-{10,}x\s*$/);
/** The left column's cells between a caption's first two rules (captionDefendant): the words before a wide gap on each line. */
function ruledCaptionCells(lines: readonly string[]): string[] {
  const top = lines.findIndex((l, i) => i < CAPTION_REACH && CAPTION_RULE().test(l));
  if (top < 0) return [];
  const cells: string[] = [];
  for (let i = top + 1; i < lines.length && i < top + CAPTION_REACH; i++) {
    if (CAPTION_RULE().test(lines[i]!)) return cells;
    const cell = lines[i]!.trim().split(/\s{3,}/)[0]!;
    if (cell) cells.push(cell);
  }
  return [];
}

/** A forum comment's header line ("**u/soil_nerd** (98 points)", quoted or not): a label, no sentence of anyone's. */
export function isForumHandleLine(raw: string): boolean {
  const s = raw.replace(/^(?:\s*>(?!>)\s?)+/, '').trim();
  if (!s.startsWith('**')) return false;
  const l = readLabel(s);
  return !!l && l.style === 'heading' && FORUM_HANDLE().test(s);
}

/** A line of Markdown quote marks and nothing else: ">", "> >" (not a caption's ">>" change). */
export const QUOTE_MARKS_ONLY = lazy(() => /^\s*>(?!>)(?:\s*>(?!>))*\s*$/);

/** The turns of an email reply (see threads.ts emailReply), by the lines withoutQuoteMarks gave for it. */
const EMAIL_TURNS = new WeakMap<readonly string[], Map<number, EmailTurn>>();

/**
 * The day each message of an email gives its turns (the lines withoutQuoteMarks gave for it):
 * each turn's first line index and its message's day, in line order. Empty for any other document.
 */
export function emailTurnDays(lines: readonly string[]): { idx: number; date: string | null }[] {
  const turns = EMAIL_TURNS.get(lines);
  if (!turns || ![...turns.values()].some((t) => t.date)) return [];
  const out: { idx: number; date: string | null }[] = [];
  for (const [idx, t] of turns) out.push({ idx, date: t.date ?? null });
  return out.sort((x, y) => x.idx - y.idx);
}
/** A digest's header blocks and rules (see threads.ts emailDigest), by the lines withoutQuoteMarks gave for it. */
const DIGEST_FURNITURE = new WeakMap<readonly string[], number[]>();

/** The lines of a mailing-list digest that are its furniture (each message's header fields, the rules between them): none for any other document. */
export function digestFurniture(lines: readonly string[]): readonly number[] {
  return DIGEST_FURNITURE.get(lines) ?? [];
}

/**
 * A Q&A that sets its questions apart as block quotes ("> **Q:** Why a bank vault?") and its answers
 * as labelled paragraphs ("**A:** …", "**Linnea Strand:** …"): the quoted lines are the asking
 * side's turns, two of them or more, with labelled turns outside the quotes to answer them.
 */
function quotedQuestionLabels(lines: readonly string[]): boolean {
  let asked = 0;
  let answered = false;
  for (const l of lines) {
    if (!l.includes(':')) continue;
    const quoted = /^\s*>(?!>)/.test(l);
    const label = readLabel(quoted ? l.replace(/^\s*>\s?/, '') : l);
    if (!label?.name || !label.rest.trim()) continue;
    if (quoted && ASKER_ROLES().test(label.name)) asked++;
    else if (!quoted && !ASKER_ROLES().test(label.name)) answered = true;
  }
  return asked >= 2 && answered;
}

/**
 * A forum thread quotes its replies ("> **u/op** (OP, 540 points)" / "> 140
 * Jerseys."): read the lines without the quote marks (same count, same
 * positions) when the document's labels sit inside them. Captions' ">>"
 * speaker changes are no quote marks.
 */
export function withoutQuoteMarks(lines: string[]): string[] {
  // An email answered inline: the quoted lines are the quoted writer's turns, the others the sender's.
  const email = lines.some((l) => l.includes('wrote:') || l.includes('Original Message')) ? emailReply(lines) : null;
  if (email) {
    EMAIL_TURNS.set(email.lines, email.turns);
    if (email.furniture) DIGEST_FURNITURE.set(email.lines, email.furniture);
    return email.lines;
  }
  // A mailing-list digest: each message's sender by its header block ("From: Name <address>").
  let froms = 0;
  for (let i = 0; i < lines.length; i++) if ((lines[i]!.includes('From:') && /^\s*From:/.test(lines[i]!)) || (lines[i]!.includes('@') && printedSenderAt(lines, i))) froms++;
  const digest = froms >= 2 ? emailDigest(lines) : null;
  if (digest) {
    EMAIL_TURNS.set(digest.lines, digest.turns);
    DIGEST_FURNITURE.set(digest.lines, digest.furniture);
    return digest.lines;
  }
  // Markdown sets a reply to a reply as a deeper quote (">> **u/name** · 310 points · 3 years ago",
  // ">>> …"): where a comment header stands behind such marks, every level's marks go, ">>" too
  // (a caption's ">>" change is followed by words, never by a comment header).
  const nested = lines.some((l) => /^\s*>>/.test(l) && isThreadHeaderLine(l.replace(/^(?:\s*>)+\s?/, '')));
  // A line of marks alone stays a line of markup (">>" alone would read as a caption's change).
  if (nested) return lines.map((l) => (/^(?:\s*>)+\s*$/.test(l) ? '>'.padEnd(l.length) : l.replace(/^(?:\s*>)+\s?/, (m) => ' '.repeat(m.length))));
  if (!lines.some((l) => /^\s*>(?!>)\s*\S/.test(l) && (readLabel(l.replace(/^\s*>\s?/, ''))?.style === 'heading' || isThreadHeaderLine(l.replace(/^\s*>\s?/, '')))) && !quotedQuestionLabels(lines)) return lines;
  // A reply to a reply is quoted twice ("> > **u/name** (120 points)"): every level's mark goes.
  // A line of quote marks alone (">" between a reply's header and its words) stays: it is markup.
  return lines.map((l) => (QUOTE_MARKS_ONLY().test(l) ? l : l.replace(/^(?:\s*>(?!>)\s?)+/, (m) => ' '.repeat(m.length))));
}

const LINE_NUMBER = lazy(() => /^(\s*)(\d{1,2})(?=\s)/);
/** A line of a court caption's box: its column of ")" set apart by spaces, or that mark alone. */
const CAPTION_LINE = lazy(() => /^[^)]*(?:^|\s\s)\)(?:\s|$)/);

/** A row of a court caption's box ("DARIUS OKAFOR,        )", "Defendant.      )"): its ")" set apart by spaces, another such row just above or below. */
export function isCaptionBoxRow(lines: readonly string[], i: number): boolean {
  const row = (k: number) => k >= 0 && k < lines.length && lines[k]!.includes(')') && !lines[k]!.includes('(') && CAPTION_LINE().test(lines[k]!);
  return row(i) && (row(i - 1) || row(i + 1));
}

/** A page's header line: "Page 14", "- 3 -", a form feed and the page number, a page number set far to the right ("                212"). */
export function isPageHeader(raw: string): boolean {
  return /^\f?\s*(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|[-–]\s*\d{1,4}\s*[-–])\s*$/i.test(raw) || /^\f\s*\d{1,4}\s*$/.test(raw) || /^[ \t]{20,}\d{1,4}\s*$/.test(raw) || SITE_PAGE_FOOTER().test(raw);
}
/**
 * A vendor's page footer: its web address, then the page number set far right
 * ("spglobal.com/marketintelligence            3"). A sentence never ends in a number after a run
 * of spaces.
 */
const SITE_PAGE_FOOTER = lazy(() => /^\s*(?:[a-z\d-]+\.)+[a-z]{2,6}(?:\/[\w./-]*)?[ \t]{8,}\d{1,4}\s*$/i);

/**
 * A deposition page numbers its lines ("  5        Q.   Where do you live?"):
 * when nearly every line of a document starts with a line number, read the
 * lines without it (same count, same positions: the number becomes spaces).
 * Pleading paper numbers 1–25 on each page while its caption block ("UNITED
 * STATES OF AMERICA, )") spills onto lines of its own: there, numbers that
 * count up one by one (from 1 again on each page) and open most lines are
 * enough.
 */
export function withoutLineNumbers(lines: string[]): string[] {
  let numbered = 0;
  let content = 0;
  let counting = 0;
  let last = 0;
  for (const l of lines) {
    // A page's header ("Page 14", right-aligned above line 1) numbers the page, not a line; a
    // caption's line ("CHANGPENG ZHAO,      )   April 30, 2024") is the cover's, set above the
    // numbered lines by many a court reporter.
    if (!l.trim() || isPageHeader(l) || (l.includes(')') && CAPTION_LINE().test(l))) continue;
    content++;
    const m = LINE_NUMBER().exec(l);
    // A numbered line left blank ("12") is one of the page's lines too.
    const n = m && Number(m[2]) <= 50 && /\S/.test(l.slice(m[0].length)) ? Number(m[2]) : /^\s*\d{1,2}\s*$/.test(l) && Number(l) <= 50 ? Number(l) : 0;
    if (!n) continue;
    numbered++;
    if (n === last + 1 || (n === 1 && last > 1)) counting++;
    last = n;
  }
  if (content < 5) return lines;
  const paper = counting >= 10 && counting >= content * 0.6 && counting >= numbered * 0.9;
  if (numbered < content * 0.9 && !paper) return lines;
  return lines.map((l) => (/^\s*\d{1,2}\s*$/.test(l) ? ' '.repeat(l.length) : l.replace(LINE_NUMBER(), (_m, sp: string, n: string) => sp + ' '.repeat(n.length))));
}

/**
 * "Merrick Garland / U.S. Attorney General": the two sides of the one slash, when spaces set it off.
 * By hand, not by a pattern: a lazy name before `\s+\/` backtracks over every space of a long
 * run of them (a 400 KB line of spaces took minutes).
 */
function nameSlashRole(text: string): [string, string] | null {
  const k = text.indexOf('/');
  if (k <= 0 || text.indexOf('/', k + 1) >= 0) return null;
  const name = text.slice(0, k);
  const role = text.slice(k + 1);
  if (!isSpaceCode(name.charCodeAt(name.length - 1)) || !isSpaceCode(role.charCodeAt(0))) return null;
  const [n, r] = [name.trim(), role.trim()];
  return n && r ? [n, r] : null;
}
