/**
 * A conversation → records, whatever syntax its turns were written in
 * (labelled transcript lines, caption cues): the rules every talk shape
 * shares.
 *
 * Pairing, turn by turn, in order:
 *  - a turn on the asking side (a host, interviewer or Q role, the front
 *    matter's host, or the speaker whose turns are mostly questions) is a
 *    prompt: the next turn by someone else answers it;
 *  - any other turn that ends by asking (a question or a "Tell me…" prompt in
 *    its last two sentences) is a prompt too: a multi-party show pairs by who
 *    spoke before, not by a fixed host; in auto-captions (">>" turns, no
 *    punctuation) a turn that opens with a question word and its verb asks;
 *  - a chair's question (a moderator, host or interviewer by label or front
 *    matter) put to the room is answered by each turn of the round after it,
 *    so every panellist's answer is a qa with that question; not a turn that
 *    asks itself, nor one after a question handing the floor to another name;
 *  - a question handed on ("Director Vance, can you answer that?", "Mr. Quist?" after a resident's
 *    question) is answered by the person the short hand-over names, asked by who put it;
 *  - an answer is a `qa` record with the prompt as its question and the
 *    prompt's speaker as asker; a court "A." answers the last "Q." even when
 *    counsel interjected ("MS. PRICE: Objection, form.") in between;
 *    answers lettered in two languages under as many lettered questions
 *    ("P:" / "Q:" / "R:" / "A:") pair in order, each with its own language's;
 *  - a turn that answers nothing is a `quote` of its speaker: never dropped,
 *    a short sign-off ("Dan, thanks.", "Thank you both.") included.
 *
 * Before pairing, the conversation is repaired (repairTurns): a back-channel
 * reply ("Yeah.", "Uh-huh.") while the other speaker goes on is no turn, and
 * the turns it split join up; an answer the host broke into with a dash is
 * one answer. Only a back-channel reply that ends inside such a joined turn
 * holds no record (its line is filler, within the joined record's lines):
 * every other turn's words are in a record, so search finds whatever grep
 * does. A sign-off or thanks ("Thank you.", "My pleasure."), a "Yeah." that
 * answers a question (a plain "No." or "Yes." settles it: that is a qa), an answer abandoned after a word or two, and an
 * interjection into a dash-broken answer ("Trading account history.") are
 * asides: each is its speaker's quote, and neither prompts nor answers, so
 * pairing is what it would be without them (a qa record is never a bare
 * "Yeah."). A formal answer ("A. Yes.") is never back-channel: it answers
 * the question; nor is a participant's name asked alone ("Tom?"): it hands
 * that person the floor, a prompt.
 */
import type { DocBuilder } from './builder.js';
import { allMatches, escapeRegExp, lazy } from '../model/regexp.js';
import type { DocumentMeta } from '../corpus/meta.js';
import type { SpeakerRegistry } from '../model/speakers.js';
import { interviewerCredit, titleKey } from './chrome.js';
import { ANSWER_ROLES, ASKER_ROLES, AUDIENCE_HANDLE, CALLS_IN, displayName, isDirection, isUnheardNote, isNameShaped, LEADING_HONORIFIC, OWNED_DEVICE, QUESTION_LETTERS, QUESTION_SENT_BY, SELF_INTRODUCTION, unnamedVoiceWithPart, addressesFirstName } from './labels.js';
import { narrate } from './narrative.js';
import { hasOrganisationSuffix, mayBePersonName, newAttributionState, noteAttendance, noteParticipants, notePeopleIn, readAttendance, PERSON_NOUN_ANY, reportedExchange, type AttributionState } from './quotes.js';
import { hasSecondPerson, isImperativePrompt, isQuestionSentence, normalizeSpace, splitSentences, trailingDashAt, wordCount } from './text.js';

export interface Turn {
  /** who speaks, for joining turns; null for an unlabelled question standing before a labelled answer */
  key: string | null;
  /** the speaker's name as the label gives it (null: nobody named) */
  speaker: string | null;
  /** on the asking side by its label or the front matter (the inferred asker is added by emitConversation) */
  asker: boolean;
  /** the label says "answer" (A., Guest:) */
  answerRole: boolean;
  /**
   * asks a room by its label or the front matter (a moderator, host or interviewer; not an
   * audience member or caller, who asks one person): each answer in the round that follows is
   * an answer to its question
   */
  chairs?: boolean;
  /** body line indices holding the turn (label line included) */
  lines: number[];
  /** the turn's paragraphs, and the body line each starts on */
  parts: string[];
  partLines: number[];
  section: string | null;
  /**
   * turns pair and join only within one block: a heading or a scene break starts a new one; a
   * negative block is two people's direct messages in a meeting chat, which the room's turns pass over
   */
  block: number;
  /** the recorder's time stamp on the turn's label, in seconds ("Rafaela Monteiro  38:07"): how far apart two turns were spoken */
  stamp?: number;
  /** the day (as the chat writes it) and the minute of the day a chat message was sent: a sender's message days or hours after their last is a turn of its own */
  sent?: { day: string; minute: number };
  /** the message a chat reply says it answers, on the line under its header (threads.ts replyTargetAt): its sender, or its first words */
  replyTo?: { name?: string; words?: string };
  /** a paragraph of a speech under one label (transcript.ts soleVoice): a record of its own, joined to no other turn */
  alone?: boolean;
  /** a chat message opening on its media ("[Photo]"): its words are the picture's caption, never a question */
  captionsMedia?: boolean;
  /** the role the turn's label or header gives its speaker ("CNN ANCHOR"): the record's `role` */
  role?: string | null;
  /** how the label says the words are given ("YI HE (in Mandarin, subtitled):"): the record's `context`, no words said */
  context?: string | null;
  /** whom an interpreter's label says it speaks for ("INTERPRETER (for Mr. Tanaka):" → "Tanaka"): the words are that person's */
  rendersFor?: string;
  /** the year a played archive recording's label gives ("ARCHIVE — NAME, 1962:"): its records' year, over the document's */
  year?: number;
}

export interface ConversationContext {
  meta: DocumentMeta;
  registry: SpeakerRegistry;
  /** who a claim inside an answer would be attributed to (unused: answers make no claims) */
  narrator: string | null;
  /** warn about labels no registered speaker matches (only when the document declares its speakers) */
  warnUnknown: boolean;
  /** how paragraphs of one turn join in its text: "\n" for transcript paragraphs, " " for caption cues */
  joiner?: string;
  /** who asks and who answers a Q./A. write-up whose sides carry no names (its author, the one person its standfirst introduces) */
  sides?: { asker: string | null; guest: string } | null;
  /** full names a transcript's header fields give ("Person interviewed: NAME"): a surname label is that person */
  headerPeople?: string[];
  /** the person a header line above the first turn says was interviewed ("Transcript of interview with NAME, role"), where the title names nobody */
  headerGuest?: string | null;
  /**
   * the one person a header field names as interviewed ("Narrator: NAME", "Interviewee: NAME", "Guest:
   * NAME"): said in so many words, so it goes before any name read from the title
   */
  fieldGuest?: string | null;
  /**
   * a chat log's messages (a messaging app's export, a meeting's chat, IRC): nobody hosts, so no
   * speaker is made the asking side by how often they ask, and a message ending in a question
   * mark asks, a tag question ("…, 36 months, right?") included: someone else answers it
   */
  chat?: boolean;
  /**
   * the turns are messages, each under its sender's header with the day it was sent (a chat
   * copied from its client, "Name, [12.03.2024 13:58:04]", "Name — 03/12/2024 3:04 PM"), or a chat
   * log's: a message is the unit a moderator sends, so one that asks nothing puts no question
   */
  messages?: boolean;
}

/**
 * Whether the document itself (its front matter) names its speakers, host or interviewer: only
 * then is a label that matches none of them worth a warning. Names the loader inferred from a
 * header or byline do not count: a document without front matter has declared nothing, and
 * `check --strict` must not fail it for a label quarry read correctly.
 */
export function declaresSpeakers(meta: DocumentMeta): boolean {
  const declared = (field: 'speakers' | 'host' | 'interviewer') => !(field in meta.inferred);
  return (meta.speakers.length > 0 && declared('speakers')) || (!!meta.host && declared('host')) || (!!meta.interviewer && declared('interviewer'));
}

/** Words that carry no content of their own in a reply: agreement, interjection, thanks. */
const BACKCHANNEL_WORDS = new Set([
  'yeah', 'yes', 'yep', 'yup', 'no', 'nope', 'right', 'sure', 'okay', 'ok', 'uh-huh', 'mm-hmm', 'mhm', 'hmm', 'uh', 'um', 'exactly',
  'definitely', 'absolutely', 'totally', 'true', 'really', 'indeed', 'wow', 'oh', 'ah', 'great', 'cool', 'interesting', 'thanks', 'hey',
  'hi', 'hello', 'correct', 'agreed', 'probably', 'certainly', 'so',
]);
/** A reply that settles a yes-no question: not a nod to go on. */
const DECISIVE_ANSWER = lazy(() => /^\s*(?:no|nope|never|yes|yep|absolutely|definitely|certainly|correct|not at all|of course)(?:\s+not)?\s*[.!]["”’]?\s*$/i);
/** A turn that only gives the floor: "Please, go ahead.", "Go on.", "Sure, please.", "Please do." */
const FLOOR_GIVEN = lazy(() => /^(?:(?:sure|yes|yeah|okay|ok|of course),?\s+)?(?:please,?\s+)?(?:go ahead|go on|carry on|please)(?:,?\s+please)?[.!]?$|^please do[.!]?$/i);
/** Set phrases of the same kind, removed before the words are checked. */
const BACKCHANNEL_PHRASES =
  lazy(() => /\b(thanks for having me|thank you for having me|thanks so much|thank you|good to be here|glad to be here|happy to be here|my pleasure|of course|i see|got it|fair enough|that's right|that’s right|you bet|(?:sorry|no),? (?:please,? )?(?:go ahead|go on|carry on|you go|you first)|no,? please)\b/gi);
/**
 * Thanks in the other languages interviews are printed in ("ありがとうございました。", "— Спасибо вам.",
 * "Takk skal du ha.", "Terima kasih."): a set phrase like "thank you", which closes an exchange.
 * Kana and Han need no word boundary (they have no spaces); a phrase in letters does.
 */
const OTHER_THANKS = lazy(() => /(?:(?:本当に|どうも)?ありがとう(?:ございま(?:した|す))?|谢谢|謝謝|감사합니다|(?<![\p{L}])(?:спасибо(?:\s+(?:вам|большое))?|благодарю(?:\s+вас)?|дякую|dziękuję|takk(?:\s+skal\s+du\s+ha|\s+for\s+(?:praten|samtalen))?|tack|terima\s+kasih|danke(?:\s+schön)?|merci|gracias|obrigad[oa]|grazie|አመሰግናለሁ)(?![\p{L}]))/giu);
/** Back-channel that closes an exchange (thanks, greetings, a British "Cheers, Leonie.", "Good morning, Margaret. Good to be with you.") rather than urging the speaker on. */
const PLEASANTRY_WORDS = lazy(() => /\b(thank|thanks|hello|hi|hey|welcome|pleasure|having me|to be here|to be with you|good (?:morning|afternoon|evening)|bye|goodbye|cheers)\b/i);
function isPleasantry(text: string): boolean {
  if (PLEASANTRY_WORDS().test(text)) return true;
  const re = OTHER_THANKS();
  re.lastIndex = 0;
  return re.test(text);
}

/**
 * A few words of thanks or greeting, emoji aside ("Thanks everyone 🙏", "Thank you all!"), or two or
 * three short sentences each one ("Good morning, Margaret. Good to be with you."): closes, says nothing.
 */
const SIGN_OFF_MAX_WORDS = 4;
function isSignOff(text: string): boolean {
  const t = normalizeSpace(text.replace(/[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]/gu, ' '));
  if (!t || /[?]/.test(t)) return false;
  if (wordCount(t) <= SIGN_OFF_MAX_WORDS) return isPleasantry(t);
  if (wordCount(t) > 3 * (SIGN_OFF_MAX_WORDS + 2)) return false;
  const sentences = splitSentences(t);
  return sentences.length <= 3 && sentences.every((x) => wordCount(x.text) <= SIGN_OFF_MAX_WORDS + 2 && isPleasantry(x.text));
}

/** A turn's opening thanks to everyone present: "Thank you all.", "Thanks, everyone.", "Thank you, everybody, for coming." */
const THANKS_TO_THE_ROOM = lazy(() => /^(?:thank\s+you|thanks)(?:\s+(?:all|everyone|everybody)|,\s+(?:all|everyone|everybody))(?:\s+(?:very|so)\s+much)?(?:\s+for\s+[^.!?]{1,40})?[.!]/i);
/** A short turn, no question in it, opening on THANKS_TO_THE_ROOM: a closing. */
function thanksTheRoom(t: Turn): boolean {
  const text = normalizeSpace(t.parts.join(' '));
  return wordCount(text) <= 25 && !text.includes('?') && THANKS_TO_THE_ROOM().test(text);
}

/**
 * A chair's word on how many questions are left: "I'm afraid we have time for one more.", "Last
 * question.", "We'll take two more.", "One final question, please." It manages the floor.
 */
const QUESTIONS_LEFT = lazy(() => /\b(?:(?:time|room) for (?:just |only )?(?:one|two|a few|a couple(?: of)?|one or two)(?: (?:more|last|final|quick))?(?: (?:questions?|ones?))?|(?:one|a) (?:more|last|final) (?:question|one)|(?:last|final) (?:question|one)|take (?:just |only )?(?:one|two|a few|a couple) more)\b/i);
/** A short turn, no question in it, that only says how many questions are left (or thanks, greets, apologises): the chair's, no answer. */
const QUESTIONS_LEFT_MAX_WORDS = 15;
function callsLastQuestions(t: Turn): boolean {
  const text = normalizeSpace(t.parts.join(' '));
  if (!text || wordCount(text) > QUESTIONS_LEFT_MAX_WORDS || /[?？]/.test(text) || !QUESTIONS_LEFT().test(text)) return false;
  return splitSentences(text).every(({ text: x }) => QUESTIONS_LEFT().test(x) || (wordCount(x) <= SIGN_OFF_MAX_WORDS && isPleasantry(x)));
}
/**
 * Thanks or a welcome of a few words, one sentence of a turn: "Juniper, welcome.", "Juniper
 * Okafor, thank you so much.", "Thanks for having me.", "Thank you both."
 */
function isShortPleasantry(sentence: string): boolean {
  return wordCount(sentence) <= SIGN_OFF_MAX_WORDS + 2 && isPleasantry(sentence);
}
/**
 * A host's welcome or thanks that asks nothing ("… Juniper, welcome.", "Juniper Okafor, thank you so
 * much. Paper Lanterns is out now.") and the guest's short reply opening by thanking back ("Thanks for
 * having me. …", "Thank you both. This was lovely."): pleasantries exchanged, no question answered.
 */
const THANKS_BACK_MAX_WORDS = 25;
function thanksBack(prev: Turn, turn: Turn, thanksOthers: (sentence: string) => boolean): boolean {
  const reply = normalizeSpace(turn.parts.join(' '));
  if (!reply || wordCount(reply) > THANKS_BACK_MAX_WORDS || /[?？]/.test(reply)) return false;
  const first = splitSentences(reply)[0]?.text ?? '';
  if (!/\b(?:thank|thanks)\b/i.test(first) || !isShortPleasantry(first)) return false;
  const said = normalizeSpace(prev.parts.join(' '));
  // (Not a hand-over, "Welcome, everyone. Let's begin with rents. Over to you, Ravi.": it gives the floor on a topic.)
  return !/[?？]/.test(said) && !asks(prev) && !floorHandedTo(prev) && splitSentences(said).some(({ text: x }) => isShortPleasantry(x) && /\b(?:thank|thanks|welcome)\b/i.test(x) && !thanksOthers(x));
}

type FillerKind = 'continuer' | 'closing';
/**
 * A turn opening by restating the question just put ("So the question, for the stream, is …",
 * "The question was whether …", "For those online, the question is …", "To repeat the question: …").
 */
const RESTATED_QUESTION = lazy(() => /^(?:(?:so|ok|okay|right|just)\b,?\s+)?(?:(?:for (?:the|those|people|everyone)\b[^,.?]{0,40},\s+)?(?:the|that|her|his|your) question,?\s+(?:(?:for|on) [^,.?]{1,40},\s+)?(?:is|was)\b|(?:to |let me |i['’]ll )?repeat(?:ing)? (?:the|that) question\b)/i);
/** "…, right?", "…, you know?": a statement asking for a nod, not a question. */
const TAG_QUESTION = lazy(() => /,\s*(right|you know|no|yeah|correct|okay|ok|isn['’]t it|aren['’]t they|don['’]t you|didn['’]t you|wasn['’]t it)\?["”’')]*\s*$/i);
/**
 * A speaker's own lead-in put as a question and answered at once: "Honestly? Somebody from the
 * city telling us what to do.", "Me? I'd sell.", "The short answer? No." The word asks nobody; the
 * statement after it is the turn's point, so a participant's such turn in a round asks nothing.
 */
const SELF_ANSWERED_LEAD = lazy(() => /^(?:honestly|frankly|seriously|truthfully|truly|really|personally|me|me personally|for me|myself|the truth|the honest answer|the short answer|short answer|the answer|my answer|bottom line|the bottom line|the result|the reason)\?["”’')]*$/i);
/**
 * Two paragraphs of one speaker whose stamps lie minutes further apart than the first one's words
 * take to say ("Okay. Agreed." at 14:55, "Recruiting. …" at 38:07): the talk between them was
 * left out of the export or the room moved on; the second starts anew and joins nothing above it.
 * Speech runs at about two and a half words a second; two words a second leaves room for pauses.
 */
const WORDS_PER_SECOND = 2;
const RESUMED_AFTER_SECONDS = 120;
/**
 * A chat's messages are typed, not spoken: one sender's messages a few minutes apart are one
 * answer sent in pieces ("Sleep." 10:02, the log 10:03, "That's the injury log …" 10:03). A message
 * sent on another day, or an hour or more after the sender's last, takes things up anew (a
 * sign-off on the 15th, a new question on the 21st): it joins nothing above it.
 */
const CHAT_RESUMED_MINUTES = 60;
/** How many messages up a chat reply's target is looked for. */
const REPLY_TURNS_BACK = 12;
/** An answer that breaks off after a word or two ("Yeah.  So these guys --", "That --"). */
const ABANDONED_MAX_WORDS = 5;
const LEADING_DASH = lazy(() => /^\s*(?:--+|[—–]|…|\.\.\.)/);
/** An interjection shorter than this between the halves of a dash-broken answer does not stop them joining. */
const MIN_PROMPT_QUOTE_WORDS = 8;
/** A speaker most of whose turns ask is the asking side, when no label or front matter says who is. */
const ASKER_SHARE = 0.6;
/** Or: at least this share of their turns ask, and HOST_LEAD times the share of the next most asking speaker. */
const MIN_HOST_SHARE = 0.25;
const HOST_LEAD = 3;

/**
 * Labels that are only a side of the exchange: the question and answer letters or words, in
 * English, German, the Romance, Dutch, Polish, Nordic, Finnish, Turkish and Russian words (Frage/Antwort,
 * Pregunta/Respuesta, Vraag/Antwoord, Pytanie/Odpowiedź, Fråga/Svar, Soru/Cevap, Вопрос/Ответ), Korean,
 * Arabic, Persian, Chinese, Hindi (सवाल/जवाब, प्रश्न/उत्तर), Tamil (கேள்வி/பதில்), Thai (ถาม/ตอบ) and Georgian.
 */
const ROLE_LETTER = lazy(() => /^(q|a|i|r|question|answer|frage|antwort|pregunta|respuesta|pergunta|resposta|domanda|risposta|réponse|vraag|antwoord|pytanie|odpowiedź|fråga|spørsmål|spørgsmål|svar|kysymys|vastaus|soru|cevap|вопрос|ответ|질문|답변|سؤال|سوال|پرسش|پاسخ|问|問|答|सवाल|जवाब|प्रश्न|उत्तर|கேள்வி|பதில்|ถาม|ตอบ|คำถาม|คำตอบ|კითხვა|პასუხი)$/iu);
/**
 * A label that says the transcription service could not name the voice (Otter's "Unknown
 * Speaker", Webex's "Unidentified Speaker", "Speaker ?"), or a meeting app's default name for a
 * participant who never set one ("iPhone (3)", "Galaxy S21 Ultra", "Call-in User_2"): a device,
 * no person. A broadcast's "UNIDENTIFIED FEMALE" stays: it describes someone.
 */
export const UNNAMED_VOICE = lazy(() => /^(?:unknown|(?:unknown|unidentified) speaker(?: #?\d+)?|speaker \?|\?|(?:iphone|ipad|android|galaxy(?: \S+){0,2}|pixel(?: \S+){0,2}|zoom user|call-in user|phone)(?: \(\d{1,2}\)|[ _]\d{1,2})?)$/i);

/** A title or office before a name, no part of it ("Dr. Helen Park", "Mayor Rosa Imbert"). */
export const NAME_TITLE =
  lazy(() => /^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sir|Dame|Mayor|Senator|Sen|Governor|Gov|Rep|Representative|President|Judge|Justice|Councilman|Councilwoman|Councillor|Councilor|Chef|Coach|Captain|Capt|General|Gen|Pastor|Rabbi|Rev|Reverend|Father|Sister|Minister|Ambassador|Sheriff|Chancellor|Commissioner|Principal|Detective|Officer|Chief)\.?$/);

/**
 * A title that opens on the person it is about, then says who they are or what they say:
 * "Tom Hale, union representative — phone call", "Mira Solberg: “The glacier is my archive”",
 * "Kofi Mensah on building a cooperative". The description after the comma must name a person
 * (a role: "representative", "a glaciologist"), so a place or a firm opening a title
 * ("Kumasi, a city of traders") names nobody.
 */
const TITLE_OPENING_NAME =
  lazy(() => /^[\s*_]*(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*(?:\s+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*){1,2})(?:\s*,\s+((?:\p{Ll}[\p{L}-]*\s+){0,4}\p{Ll}[\p{L}-]*)(?=\s*(?:[,—–(]|\s-\s|$))|\s*:\s*[*_]*["“«„]|\s+on\s+\p{Ll})/u);
/**
 * A title that gives a person's words after their name and what they are, a colon before the
 * quotation: "Inés Albarrán, presidenta de Naviera Cantábrica: «El hidrógeno…»", "Jan Roth, CEO of
 * Pellworks: “We…”". The words are that person's, so the description (an office at a capitalised
 * firm, in any language) needs no person's noun; the firm is never the one the title names. The
 * description is a bounded run of words without a colon.
 */
const TITLE_NAME_ROLE_QUOTE =
  lazy(() => /^[\s*_]*(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*(?:\s+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*){1,2}),\s+\p{Ll}[^:,«»“”"„]{0,80}:\s*[*_]*["“«„]/u);

// ("Five questions for Mariam Osei, …": in lower case after a count, as a sentence-case headline sets it)
const QUESTIONS_WITH_NAME = lazy(() => /(?<![\p{L}])(?:Questions|(?:\d{1,2}|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve|[Tt]wenty)\s+questions)\s+(?:[Ww]ith|[Ff]or|[Tt]o)\s+(?:\.{3}\s*|…\s*)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})(?=\s*(?:[,:;—–(]|\s-\s|$))/u);
function personOpeningTitle(title: string): string | null {
  let m = TITLE_OPENING_NAME().exec(title) ?? TITLE_NAME_ROLE_QUOTE().exec(title);
  // "Fifty years in the mud: Maureen Dunning on half a century with …": a feature's kicker before a
  // colon, then the headline proper opening "NAME on" what they talk about; that name is who talks.
  if (!m) {
    const kicker = /^[^:]{3,60}:\s+(?=\S)/.exec(title);
    const headed = kicker ? TITLE_OPENING_NAME().exec(title.slice(kicker[0].length)) : null;
    if (headed && /\son\s+\p{Ll}$/u.test(headed[0])) m = headed;
  }
  if (!m) return null;
  if (m[2] !== undefined && !PERSON_NOUN_ANY().test(m[2])) return null;
  const name = m[1]!;
  return mayBePersonName(name) && !name.split(/\s+/).some((w) => NAME_TITLE().test(w)) ? name : null;
}

/**
 * A Chinese or Japanese interview's title names its guest by convention: the name opening
 * "何一专访：…" (专访, "exclusive interview"), or the name with the honorific 氏 or 先生/女士 after
 * a space or bracket ("【独占インタビュー】共同創業者 何一氏「…」").
 */
const CJK_TITLE_GUEST = lazy(() => /^(\p{sc=Han}{2,3})(?:专访|專訪|访谈|訪談|采访|採訪)|^(?:对话|對話)(\p{sc=Han}{2,3})(?=[\s\u3000｜|：:]|$)|(?:^|[\s\u3000】」』])(\p{sc=Han}{2,4})(?:氏|先生|女士)(?=[\s\u3000「『：:、，,]|$)/u);
function cjkTitleGuest(title: string): string | null {
  if (!/[\u3040-\u30ff\u3400-\u9fff]/.test(title)) return null;
  const m = CJK_TITLE_GUEST().exec(title);
  return m ? (m[1] ?? m[2] ?? m[3])! : null;
}

/** Words a headline in capitals keeps in lower case once it is read as written ("TRANSCRIPT OF INTERVIEW WITH …"). */
const HEADLINE_SMALL_WORDS = lazy(() => /^(?:of|with|and|the|for|in|on|at|by|to|a|an|from|about|as|or)$/i);
/** "TRANSCRIPT OF INTERVIEW WITH ELENA VASQUEZ" as "Transcript of Interview with Elena Vasquez": a title in capitals spells its names too. */
function headlineCase(title: string): string {
  return title.replace(/\p{L}[\p{L}'’]*/gu, (w, at: number) => (at > 0 && HEADLINE_SMALL_WORDS().test(w) ? w.toLowerCase() : w[0] + w.slice(1).toLowerCase()));
}

/**
 * The one person a feature's deck names (the lines right under the title, to the first blank line:
 * "After twenty-two years …, Dr. Oluwaseun Adebayo-Keane finally has her vaccine"), when the text
 * below names them again by surname: whom the piece is about, who answers its sidebar's "A." lines.
 */
const DECK_NAME = lazy(() => /(?<![\p{L}'’-])(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?![\p{L}'’-])/gu);
function deckSubject(lines: readonly string[]): string | null {
  let top = 0;
  while (top < lines.length && top < 10 && !lines[top]!.trim()) top++;
  const names = new Set<string>();
  let k = top + 1;
  for (; k < lines.length && k <= top + 3 && lines[k]!.trim(); k++) {
    for (const m of allMatches(DECK_NAME(), lines[k]!)) {
      // A sentence's capitalised first word is no first name ("After Years …").
      if (m.index === lines[k]!.search(/\S/) && !/^(?:Dr|Prof|Mr|Mrs|Ms|Mx)\b/.test(m[0])) continue;
      if (mayBePersonName(m[1]!) && !hasOrganisationSuffix(m[1]!)) names.add(m[1]!);
    }
  }
  if (names.size !== 1) return null;
  const name = [...names][0]!;
  const surname = name.split(' ').pop()!;
  return lines.slice(k, k + 200).some((l) => l.includes(surname)) ? name : null;
}

/**
 * A run of a title's capitalised words written as the possessive before a role ("… for the Kelso
 * Harbour Trust's new chair", "Meet the Trust's director"): where the person works, not the person.
 * The role is among the next three words (an adjective or two before it: "new", "first", "outgoing").
 */
function employer(words: readonly string[], r: { words: string[]; end: number }): boolean {
  if (!/['’]s?$/.test(r.words[r.words.length - 1]!.replace(/[,.:;]$/, '')) || /[,.:;]$/.test(r.words[r.words.length - 1]!)) return false;
  return words.slice(r.end, r.end + 3).some((w, k) => /^\p{Ll}/u.test(w) && PERSON_NOUN_ANY().test(w.replace(/[,.:;!?"”’]+$/, '')) && words.slice(r.end, r.end + k).every((x) => /^\p{Ll}/u.test(x)));
}
/**
 * An employer's possessive and the lowercase words after it: "Trust's new chair" (1: "new chair").
 * The capital is looked for behind the apostrophe, once one is found: a pattern opening on it was
 * tried from every capital of a word, each time running to the word's end (a title of 40 KB of
 * capitals: 2.7 s).
 */
export const POSSESSIVE_THEN_WORDS = lazy(() => /['’](?<=\p{Lu}[\p{L}-]*['’])s?\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)/u);
/** The role a title gives after an employer's possessive ("… Trust's new chair": "chair"); else null. */
export function roleAfterEmployer(title: string | null): string | null {
  if (!title) return null;
  const m = POSSESSIVE_THEN_WORDS().exec(title);
  if (!m) return null;
  // The phrase's head noun, its last role word ("first head coach": "coach").
  const role = m[1]!.split(/\s+/).filter((w) => PERSON_NOUN_ANY().test(w)).pop();
  return role ?? null;
}

/**
 * The person the lines above a Q&A say answers its unnamed answers: "Oyelowo Bankole answers.",
 * "Bankole did most of the talking; where Strand answered, her name is given", "Answers are
 * Bankole's". A surname is read as the full name written above it. Only one such person; else null.
 */
const ANSWERS_FOR_ALL = lazy(() => /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){0,2})\s+(?:did|does|do)\s+most\s+of\s+the\s+(?:talking|answering)|(?<![\p{L}'’-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){0,2})\s+answers(?:\s+(?:(?:our|the|your|most|all|of|these|those|readers['’]?|questions)\s*)+)?\s*[.;:—–]|(?:the\s+)?answers\s+(?:are|were)\s+(?:mostly\s+|all\s+)?(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})['’]s?(?![\p{L}])/gu);
function introAnswerer(lines: readonly string[]): string | null {
  const text = textAboveFirstQuestion(lines, true);
  const found = new Set<string>();
  for (const m of allMatches(ANSWERS_FOR_ALL(), text)) {
    const name = (m[1] ?? m[2] ?? m[3])!;
    if (name.includes(' ')) {
      if (mayBePersonName(name)) found.add(name);
      continue;
    }
    // A surname alone: the full name written above ("Oyelowo Bankole and Linnea Strand opened …").
    const full = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+ ${name})(?![\\p{L}])`, 'u').exec(text)?.[1];
    if (full && mayBePersonName(full)) found.add(full);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The lines above a Q&A's first question (its title, standfirst and notes), emphasis marks off, among
 * the first 40: up to a line ending in a question mark, or (with `labels`) one opening on a `Q:`/`A:`
 * label, which may ask with no mark.
 */
export function textAboveFirstQuestion(lines: readonly string[], labels: boolean): string {
  const above: string[] = [];
  for (const line of lines.slice(0, 40)) {
    if (/\?\s*(?:\*\*|__)?\s*$/.test(line) || (labels && /^\s*(?:>\s*)?(?:\*\*|__)?\s*[QA][:.]/.test(line))) break;
    above.push(line.replace(/[*_]{1,2}/g, ''));
  }
  return above.join('\n');
}

/** A heading putting questions to someone: "Five questions for …", "Questions with …", "3 questions to …". */
const QUESTIONS_PUT_TO = lazy(() => /(?<![\p{L}])[Qq]uestions\s+(?:with|for|to)\s+\S/u);
/**
 * A lowercase particle inside a Dutch or German name, before its surname ("van", "von der", "ter"). (Not
 * the Romance "de", "da", "di": in a title they are as often "of" between a thing's words, "Édition de Rennes".)
 */
const NAME_PARTICLE = lazy(() => /^(?:van|von|der|den|ter|ten|zu)$/);
/** An article opening a headline. */
const TITLE_ARTICLE = lazy(() => /^(?:The|A|An)$/);
/** A possessive opening a headline's capitalised run: "Our New Head", "My Father's War". */
const TITLE_POSSESSIVE = lazy(() => /^(?:Our|My|Your|Their|His|Its)$/);
/** "… of Harbour Street", "… on Mercer Road": an address's last word (never a surname as well, so not "Lane" or "Park"). */
const STREET_WORD = lazy(() => /^(?:Street|Road|Avenue|Square|Boulevard|Crescent|Terrace)$/);
/** A house's name's last word: "Orchard House", "Mill Cottage", "Brook Farm" (never a surname as well, so not "Hall"). */
const BUILDING_WORD = lazy(() => /^(?:House|Cottage|Farm|Farmhouse|Lodge|Manor|Grange|Rectory|Vicarage|Barn|Mews|Villa)$/);
/** A preposition of place before a title's capitalised run: "in", "across", "around", "near". */
const PLACE_PREPOSITION = lazy(() => /^(?:in|across|around|near|inside|throughout)$/i);
/** A year right after a capitalised run, as an event's edition is numbered: "2024", "2025:". */
const EDITION_YEAR = lazy(() => /^(?:19|20)\d{2}[,.:;]?$/);
/**
 * The one person a title names ("AMA with sculptor Ines Garrido",
 * "Interview: Jane Doe"): a single run of two or three capitalised words
 * after the title's first word, in a title not itself in title case. Null when
 * there are none or several.
 */
export function personInTitle(title: string | null): string | null {
  if (!title) return null;
  // A title in capitals is read as written, but only the name after "with" counts: any run of its
  // words is capitalised ("ANNUAL GENERAL MEETING"), so the others say nothing of a person.
  const shouted = !/\p{Ll}/u.test(title) && /\p{Lu}{2}/u.test(title);
  if (shouted) title = headlineCase(title);
  const cjk = cjkTitleGuest(title);
  if (cjk) return cjk;
  const opening = personOpeningTitle(title);
  if (opening) return opening;
  // "Five Questions With ... Yi He, co-founder of Binance", "10 Questions for Ana Ruiz": a column
  // of questions put to the person its title names after "with"/"for".
  const asked = QUESTIONS_WITH_NAME().exec(title);
  // ("Yi He": "He" ending a name is a surname, never the pronoun.)
  if (asked && mayBePersonName(asked[1]!.replace(/\s+He$/, ''))) {
    // A title before the name is no part of it ("3 Questions for Mayor Rosa Imbert").
    const words = asked[1]!.split(/\s+/);
    while (words.length > 2 && NAME_TITLE().test(words[0]!)) words.shift();
    return words.join(' ');
  }
  const words = title.split(/\s+/);
  const cap = (w: string) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*[,.:;]?$/u.test(w);
  const runs: { words: string[]; after: string; before: string; end: number }[] = [];
  let run: string[] = [];
  let after = '';
  let before = '';
  for (let i = 1; i <= words.length; i++) {
    const w = words[i];
    // A title before the name is no part of it ("Dr. Helen Park").
    if (w !== undefined && !run.length && NAME_TITLE().test(w)) continue;
    if (w !== undefined && cap(w) && !/[,.:;]$/.test(run[run.length - 1] ?? '')) {
      if (!run.length) (after = words[i - 1]!), (before = words[i - 2] ?? '');
      run.push(w);
      continue;
    }
    // A surname's particle between a name's capitalised words: "Pieter van Dijk", "Ursula von der Leyen".
    if (w !== undefined && run.length && NAME_PARTICLE().test(w) && !/[,.:;]$/.test(run[run.length - 1]!) && words.slice(i + 1).find((x) => !NAME_PARTICLE().test(x)) !== undefined && cap(words.slice(i + 1).find((x) => !NAME_PARTICLE().test(x))!)) {
      run.push(w);
      continue;
    }
    if (run.length) runs.push({ words: run, after, before, end: i });
    run = [];
    // "Oskar Lind, Mara Quist": the word after the comma opens the next run.
    if (w !== undefined && cap(w)) {
      after = words[i - 1]!;
      before = words[i - 2] ?? '';
      run.push(w);
    }
  }
  // "A conversation with the founders of Hollin Seed Library", "… with the team behind Quill": the
  // run after the people's part and "of" / "at" / "behind" is where they work, no person.
  const workplace = (r: { after: string; before: string }) =>
    /^(?:of|at|behind)$/i.test(r.after) && (PERSON_NOUN_ANY().test(r.before) || /^(?:co-?)?(?:founders|makers|owners|team|staff|people|crew|workers|creators)$/i.test(r.before));
  const lower = words.slice(1).filter((w) => /^\p{Ll}/u.test(w)).length;
  // (A run's length in capitalised words: a surname's particles are no more words of the name.)
  const size = (r: { words: string[] }) => r.words.filter((w) => !NAME_PARTICLE().test(w)).length;
  let names = runs.filter((r) => size(r) >= 2 && size(r) <= 3 && !workplace(r));
  if (lower === 0 || runs.some((r) => size(r) > 3)) return null;
  // "… the Kelso Harbour Trust's new chair": the person is the one the text names in that role, not
  // read from the title (nor is another run of it: "Gov. Lorraine Castellano's press secretary, Dev
  // Malhotra, wrote: …" is a sentence, no headline naming its speaker).
  if (names.some((r) => employer(words, r))) return null;
  // "Reader questions for Amara Osei, founder of Kettle Pay": a second run that is an
  // organisation, or follows "of" / "at", is where the person works, not a second person.
  // (Other languages' "of" too: "fundadora de Horno Ferrer", "sindaco di Porto Lagune", "enóloga da Quinta …".)
  // "Orchard House, Little Wenham — 4 bedroom house for sale", "12 Mercer Road, Upper Slade": a run
  // right after the comma closing a house's or a street's name is the place it stands in, no person.
  names = names.filter((r) => !(r.after.endsWith(',') && /^\p{Lu}/u.test(r.before) && (BUILDING_WORD().test(r.after.slice(0, -1)) || STREET_WORD().test(r.after.slice(0, -1)))));
  if (names.length > 1) names = names.filter((r) => !/^(?:of|at|de|del|di|della|dello|da|do|du|des|van|von|der)$/i.test(r.after) && !hasOrganisationSuffix(r.words.join(' ').replace(/[,.:;]$/, '')));
  // "Elena Vasquez, Former Chief Engineer, Orbital Freight": a run of role words is no second person.
  if (names.length > 1) names = names.filter((r) => !r.words.some((w) => PERSON_NOUN_ANY().test(w.replace(/[,.:;]$/, '')) || /^(?:Former|Chief|Senior|Vice|Deputy|Managing|Executive)[,.:;]?$/.test(w)));
  // "Interview with Ingrid Holm, Senior Skipper, Nordhav Fisheries": the one named after "with".
  if (shouted || names.length > 1) names = names.filter((r) => /^(?:with|con|com|avec|mit|met)$/i.test(r.after));
  // "The Night Shift at Calder Lane", "A Quiet Revolution in …": a run right after the title's
  // opening article is a common noun's phrase the headline capitalises, never a person's name; nor
  // is one ending on a street's word ("… of Harbour Street"). (Read after the runs above: "The Quiet
  // Light at Skerry Point" names no one, neither run a person.)
  // Nor, anywhere in the title, one after "the": "Why is the Harbour Line closed, and when will it
  // reopen?" asks about a railway (a person's name takes no article).
  names = names.filter((r) => !(r.after === words[0] && TITLE_ARTICLE().test(r.after)) && !/^the$/i.test(r.after) && !STREET_WORD().test(r.words[r.words.length - 1]!.replace(/[,.:;]$/, '')));
  // "Meet Our New Head: …", "My Favourite Teacher": a run opening on a possessive is a role or a
  // noun phrase the headline capitalises, never a person's name.
  names = names.filter((r) => !TITLE_POSSESSIVE().test(r.words[0]!));
  // "Retail Tech Expo 2024: "…"", "Paris Fashion Week 2025 in pictures": a run a year follows names
  // an event's edition (its first word the title's, before the run), never a person.
  names = names.filter((r) => !EDITION_YEAR().test(words[r.end] ?? ''));
  // "Housing and Health in Riverside Ward", "Fishing Families across Norfolk Broads": a run after a
  // preposition of place is where the project or story is set, never a person (unless it is their
  // place: "A Morning in Ana Ruiz's Kitchen").
  names = names.filter((r) => !(PLACE_PREPOSITION().test(r.after) && !/['’]s[,.:;]?$/u.test(r.words[r.words.length - 1]!)));
  if (names.length !== 1) return null;
  const name = names[0]!.words.join(' ').replace(/[,.:;]$/, '');
  // "Revista Puente / Puente Magazine — Edición bilingüe": a bilingual masthead's run names the
  // publication, no person; the person is the one the headline or standfirst names.
  return hasOrganisationSuffix(name) ? null : name;
}

/**
 * A name a title gives, as the text under it writes it: a language that declines names ends the
 * title's on a case ending ("interjú Kovács Gáborral", with Gábor Kovács) that the standfirst, naming
 * the person as a sentence's subject, leaves off ("Kovács Gábor 2019 óta …"). The same words but the
 * last, which the title's form extends by two to five letters; else the name as the title gives it.
 */
export function nameAsInBody(name: string, body: string): string {
  const words = name.split(' ');
  const last = words[words.length - 1]!;
  if (words.length < 2 || last.length < 5) return name;
  const stem = words.slice(0, -1).join(' ');
  const head = body.slice(0, 3000);
  if (!head.includes(stem)) return name;
  // A vowel the ending lengthened ("Anna" → "Annával") is matched by its letter without the accent.
  const base = (ch: string) => ch.normalize('NFD').charAt(0).toLowerCase();
  for (let cut = 2; cut <= 5 && last.length - cut >= 3; cut++) {
    const shorter = `${stem} ${last.slice(0, -cut)}`;
    const lead = shorter.slice(0, -1);
    for (let at = head.indexOf(lead); at >= 0; at = head.indexOf(lead, at + 1)) {
      const end = at + shorter.length;
      if (base(head.charAt(end - 1)) === base(shorter.charAt(shorter.length - 1)) && !/\p{L}/u.test(head.charAt(end))) return head.slice(at, end);
    }
  }
  return name;
}

/** A relayed question opening on its sender's handle, a chat tag before it: "[live] grumpy_tractor asked: will…?"; the handle (1). */
const ASKED_BY_OPENING = lazy(() => /^(?:\[[^\][]{1,20}\]\s*)?(@?[\p{Ll}\p{N}_][\p{L}\p{N}_.#-]{1,30})\s+asked:\s+\S/u);
/** A numbered section that asks: "Question 1", "Comment 1.2", "Point 3". */
const SECTION_ASKS = lazy(() => /^(?:question|comment|point|query|issue)\s+#?\d{1,3}(?:\.\d{1,3})?$/i);
/** A referee report's voice as its labels name it: "Reviewer 2", "Referee 1" (labels.ts reads "Reviewer 2, comment 3:" so). */
const REVIEWER_VOICE = lazy(() => /^(?:reviewer|referee)\s+\d{1,2}$/i);
/** The section that answers it: "Response", "Our response", "Authors' reply". */
const SECTION_ANSWERS = lazy(() => /^(?:(?:our|the|authors?['’]?)\s+)?(?:response|reply)$/i);

/** The last word of a programme's name: "… Hour", "… Daily" (surnames too, so read as a show only in a title). */
const PROGRAMME_LAST_WORD = lazy(() => /^(?:Hour|Show|Podcast|Radio|Briefing|Tonight|Daily|Report)$/);
/**
 * The person a title names as an interview's guest: the name read from its capitalised words, or
 * the one registered speaker it mentions where no such name is read, or where the name read is
 * unknown and overlaps that speaker's written name ("Binance Хэ" out of "Binance Хэ И").
 */
function titleGuest(title: string | null, registry: ConversationContext['registry']): string | null {
  if (!title) return null;
  // "Small Business Hour, episode 88", "Tech Daily": a programme's word ending the run names a
  // show. Only here, in a title: in running text "Kathleen Daily", "Victor Hour" are people.
  const named = personInTitle(title);
  const read = named && !PROGRAMME_LAST_WORD().test(named.split(/\s+/).pop()!) ? named : null;
  if (read && registry.resolve(read)) return read;
  const mentioned = registry.mentions(title);
  const names = new Set(mentioned.map((m) => m.name));
  if (names.size !== 1) return read;
  if (!read) return [...names][0]!;
  const at = title.indexOf(read);
  return mentioned.some((m) => at >= 0 && m.start < at + read.length && at < m.end) ? [...names][0]! : read;
}

/**
 * Each device label named after its owner ("Marisol's iPhone", "[Tomasz's iPad]") mapped to the one
 * participant of that first name and a surname ("Marisol Ferreira"): the same person, rejoined from
 * another device. A first name two participants share maps nowhere.
 */
function deviceOwners(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const distinct = [...new Set(names)];
  for (const label of distinct) {
    const owner = OWNED_DEVICE().exec(label)?.[1];
    if (!owner) continue;
    const full = distinct.filter((n) => n !== label && !OWNED_DEVICE().test(n) && n.split(/\s+/).length >= 2 && n.split(/\s+/)[0] === owner);
    if (full.length === 1) out.set(label, full[0]!);
  }
  return out;
}

/** Emits the records; returns the speakers the turns name (roles such as "Q" or "Host" left out), in order. */
export function emitConversation(b: DocBuilder, turns: Turn[], ctx: ConversationContext): string[] {
  // The people a minutes' attendance block lists, known to every turn's reading: "A: The Chair
  // replied that …" under "Present: Ingrid Solberg (Chair of the Board)" is hers.
  const attendance = readAttendance(b.lines, b.input.body);
  const minutesState = (): AttributionState => {
    const state = newAttributionState(ctx.registry, null);
    noteAttendance(state, attendance);
    return state;
  };
  const { meta, registry } = ctx;
  // A turn under another person's question answers it, so a question it reports at its end is a
  // story it tells ("How is the family?" / "Good. My son is nine now. He asks whether we will ever
  // move back."), not one it relays (RELAYED_NOW): decided in order, before anything asks asks().
  for (let i = 1; i < turns.length; i++) {
    const t = turns[i]!;
    const prev = turns[i - 1]!;
    if (t.key !== null && prev.key !== t.key && prev.block === t.block && asks(prev)) answering.add(t);
  }
  const joiner = ctx.joiner ?? '\n';
  const hostNames = [meta.host, meta.interviewer].filter((n): n is string => !!n);
  // A first name or surname alone ("Leo:") is the one person the front matter names so.
  const people = [...hostNames, ...meta.speakers];
  const frontMatterPerson = (written: string): string | null => {
    // "Professor Oyelaran:", "Dr. Marsh:": the title before a surname is no part of it.
    const label = written.replace(LEADING_HONORIFIC(), '').replace(ACADEMIC_TITLE(), '');
    if (/\s/.test(label)) return null;
    const hits = people.filter((p) => {
      const w = p.replace(LEADING_HONORIFIC(), '').split(/\s+/);
      return w.length > 1 && (w[0] === label || w[w.length - 1] === label);
    });
    if (new Set(hits).size === 1) return hits[0]!;
    // A record of interview's header names who was interviewed ("Person interviewed: Daniel Marsh"): "MARSH:" is that person.
    const headed = (ctx.headerPeople ?? []).filter((p) => {
      const w = p.split(/\s+/);
      return w.length > 1 && w[w.length - 1]!.toLowerCase() === label.toLowerCase();
    });
    return headed.length === 1 ? headed[0]! : null;
  };
  const owners = deviceOwners([...people, ...turns.map((t) => t.speaker).filter((s): s is string => !!s)]);
  // A Japanese interview labels its guest's answers by surname ("山田　…") under a title naming the guest in full ("山田花子氏").
  const titledCjk = meta.title ? cjkTitleGuest(meta.title) : null;
  const titleSurname = (name: string): string | null => (titledCjk && name.length < titledCjk.length && titledCjk.startsWith(name) && /^\p{sc=Han}+$/u.test(name) ? titledCjk : null);
  // A write-up's "Me:" is its writer, the page's author (never a chat's: there "Me" is whoever exported it).
  const writer = !ctx.chat && meta.author ? meta.author : null;
  const renamed = (name: string): string => meta.labels[name] ?? meta.labels[name.toLowerCase()] ?? (name === 'Me' && writer ? writer : null) ?? owners.get(name) ?? (registry.resolve(name) ? name : (frontMatterPerson(name) ?? titleSurname(name) ?? name));
  const isHost = (key: string | null) => !!key && hostNames.some((h) => registry.resolve(h) === registry.resolve(renamed(key)) || titleKey(h) === titleKey(renamed(key)));
  for (const t of turns) if (isHost(t.key)) t.asker = true;
  const inferredAskers = ctx.chat ? new Set<Turn>() : inferAsker(turns);
  // Each resident at a public meeting's microphone ("SPEAKER:") is someone else: one who asks is
  // no reason for the next, who only comments, to ask.
  for (const t of turns) if (t.speaker !== null && PUBLIC_COMMENT_LABEL().test(t.speaker) && t.asker && !asks(t)) t.asker = false;
  // A chair's turn that ends by giving someone the floor ("I now recognize the ranking member for
  // 5 minutes.", "Ms. Ruiz, you are recognized.") asks nothing: what follows is a statement.
  for (const t of turns) if (t.asker && t.key !== null && !t.answerRole && !asks(t) && HANDS_OVER().test(t.parts[t.parts.length - 1] ?? '')) t.asker = false;
  // A host's turn that breaks for an advertisement ("We'll be right back after a word from our
  // sponsor.") asks nothing: the guest's next turn, after the break, answers no question of it.
  for (const t of turns) if (t.asker && !t.answerRole && !asks(t) && announcesBreak(t)) t.asker = false;
  const guests = meta.speakers.filter((s) => !hostNames.some((h) => registry.resolve(h) === registry.resolve(s)));
  // "[인터뷰] 허이 바이낸스 공동창업자 …", "«…»: сооснователь Binance Хэ И о России": in any script, the
  // one known speaker a title names, where no capitalised name can be read from it.
  const fromTitle = guests.length === 0 ? titleGuest(meta.title, registry) : null;
  const titled = guests.length === 0 ? (ctx.fieldGuest ?? (fromTitle && !registry.resolve(fromTitle) ? nameAsInBody(fromTitle, b.lines.slice(0, 40).join('\n')) : fromTitle) ?? ctx.headerGuest ?? deckSubject(b.lines) ?? introAnswerer(b.lines)) : null;
  const sided = guests.length === 0 && !titled ? (ctx.sides?.guest ?? null) : null;
  // A speech's transcript ("Keynote: …" over "Ngozi Adeyemi, Founder and CEO, …"), its audience's
  // questions after it: the speaker the header's speaker line names answers them, whoever else the
  // labels name (the moderator, askers who give their names), and whatever a title's "Kind: "…"" seems to name.
  const speechSpeaker = meta.author && meta.inferred?.author?.startsWith('the speaker line') ? meta.author : null;
  const answerer = guests.length === 1 ? guests[0]! : (speechSpeaker ?? titled ?? sided ?? soleNamedAnswerer(turns, inferredAskers, (s) => registry.resolve(renamed(s)) ?? renamed(s)));
  const guest = answerer === null ? null : (registry.resolve(answerer) ?? answerer);
  // An interview where no turn is named (dialogue dashes, ">>" alone): the answers are the guest's.
  // So are the unnamed answers of one where the only other answering voice is that guest's own label
  // (dialogue dashes, then "Хэ И:").
  const isGuest = (t: Turn) => guest !== null && t.speaker !== null && (registry.resolve(renamed(t.speaker)) ?? renamed(t.speaker)) === guest;
  const allAnonymous = turns.every((t) => t.speaker === null) || (guest !== null && turns.some((t) => t.speaker === null && !t.asker) && turns.every((t) => t.speaker === null || t.asker || isGuest(t)));
  // Who the asking side is: the front matter's host, else a write-up's author.
  // An interview whose turns no label names (dialogue dashes) under its author's byline: the author asks.
  // A print interview's credit to its interviewer ("Entrevista de Ana Ruiz", "Das Gespräch führte Eva
  // Roth.") names who puts the lettered ("P.", "D:") or role-labelled questions.
  const asksFor = hostNames[0] ?? ctx.sides?.asker ?? creditedInterviewer(b.lines) ?? (allAnonymous && guest !== null && turns.every((t) => t.speaker === null) ? meta.author : null) ?? bylinedAsker(turns, meta, guest) ?? null;
  const newscastVoices = broadcastVoices(turns, b.lines);
  // The names the labels give (each as written), for an unnamed voice that names itself.
  const labelledNames = new Set(turns.map((t) => t.speaker).filter((s): s is string => !!s && !UNNAMED_VOICE().test(s)));
  // Each bare floor label's turn (`CALLS_IN`) that follows up on the same part's named asker, with
  // only the answer between them and nothing the room did ("(Applause)") or a chair's hand-over:
  // that asker's turn. Made at the first call.
  let followUps: Map<Turn, Turn> | null = null;
  const followedUp = (): Map<Turn, Turn> => {
    if (followUps) return followUps;
    followUps = new Map();
    for (let i = 2; i < turns.length; i++) {
      // (the answer, or a chair's hand-on of the question and the answer: "A good point. Owen?")
      const on = i >= 3 && (handsOnTo(turns[i - 2]!, true) ?? floorHandedTo(turns[i - 2]!)) !== null ? 1 : 0;
      const [p, a, t] = [turns[i - 2 - on]!, turns[i - 1]!, turns[i]!];
      const label = t.speaker;
      if (!label || !t.asker || !p.asker || a.asker || a.key === null || p.key === null || a.key === t.key || a.key === p.key) continue;
      if (on && ([a.key, p.key, t.key].includes(turns[i - 2]!.key) || turns[i - 2]!.block !== t.block)) continue;
      if (p.block !== t.block || a.block !== t.block || selfIntroduced(t.parts[0] ?? '')) continue;
      const raw = (b.lines[p.lines[0] ?? -1] ?? '').replace(/^[\s*_]+/, '').toLowerCase();
      const word = label.toLowerCase();
      // the follow-up's own label bare ("AUDIENCE MEMBER:"), no note ("(unidentified)", "(from the floor)")
      const own = (b.lines[t.lines[0] ?? -1] ?? '').replace(/^[\s*_]+/, '').toLowerCase();
      if (!own.startsWith(word) || !/^[*_]*\s*:/.test(own.slice(word.length))) continue;
      // the same part's label: bare and named by the asker's words, or with the holder in its note
      if (!(p.speaker === label || (raw.startsWith(word) && /^\s*\(/.test(raw.slice(word.length))))) continue;
      const from = p.lines[0]!;
      const to = t.lines[0]!;
      let interrupted = false;
      for (let k = from + 1; k < to; k++) if (isDirection(b.lines[k] ?? '')) interrupted = true;
      if (!interrupted) followUps.set(t, followUps.get(p) ?? p);
    }
    return followUps;
  };
  // Whether the asking turns are a referee report's numbered comments (see SECTION_ASKS, REVIEWER_VOICE).
  const answersComments = (): boolean => turns.some((t) => t.speaker !== null && (SECTION_ASKS().test(t.speaker) || REVIEWER_VOICE().test(t.speaker)));
  const nameOf = (turn: Turn): string | null => {
    const label = turn.speaker;
    if (label === null) {
      // A newscast's turn its structure names (a story opener, a reporter handed the line, a soundbite named after it).
      const voiced = newscastVoices.get(turn);
      if (voiced) return registry.resolve(voiced) ?? voiced;
      // A recap's question under a heading that numbers it and names who sent it ("❓ Question 1 —
      // from user sprout_queen" / "Will there ever be…?"), or opening on who asked it ("[live]
      // grumpy_tractor asked: will …?"): that sender asks it, not the side's host.
      const sent = turn.section && asks(turn) ? QUESTION_SENT_BY().exec(turn.section) : null;
      const relayed = sent ? null : ASKED_BY_OPENING().exec(turn.parts[0] ?? '');
      const sender = sent?.[1] ?? relayed?.[1];
      if (sender) return registry.resolve(sender) ?? sender;
      if (turn.asker) return asksFor ? (registry.resolve(asksFor) ?? asksFor) : null;
      // A broadcast's anonymous ">>" turn that greets and gives a name ("GOOD EVENING, I'M DANA
      // HOLLIS."): the anchor, the turn's own speaker.
      const anchor = anchorIntroduced(turn.parts.join(' '));
      if (anchor) return registry.resolve(anchor) ?? anchor;
      // A device the meeting tool could not name ("iPhone (2): … It's Pádraig.") naming itself, as
      // an "Unknown Speaker" label may (below): that person, for this turn only.
      const written = b.lines[turn.lines[0] ?? -1] ?? '';
      const colon = written.indexOf(':');
      if (colon > 0 && UNNAMED_VOICE().test(written.slice(0, colon).replace(/^[\s*_]+|[\s*_]+$/g, ''))) {
        const next = turns[turns.indexOf(turn) + 1];
        const own = unnamedVoiceNamed(turn.parts.join(' '), labelledNames, next && next.key !== turn.key ? next.parts.join(' ') : null);
        if (own) return registry.resolve(own) ?? own;
      }
      return allAnonymous && !asks(turn) ? guest : null;
    }
    const mapped = renamed(label);
    if (mapped !== label) return registry.resolve(mapped) ?? mapped;
    // A reporter who gives their name and outlet as the question opens ("Q: Thanks. Dana Reilly,
    // Bloomberg. Will you …?"): the asker is the person named, not the side's letter.
    // So does a resident at a public meeting's microphone, asking or not ("SPEAKER: Hi, Karen
    // Mitchell, 412 Elm Street. …"): a generic label, and the street address instead of an outlet.
    if ((turn.asker && (/^(?:q|question)$/i.test(label) || CALLS_IN().test(label))) || PUBLIC_COMMENT_LABEL().test(label)) {
      // (not a name the labels give: "Tobias Wren, I live by your site. Why…?" puts the question to him)
      const own = selfIntroduced(turn.parts[0] ?? '');
      if (own && ![...labelledNames].some((n) => n.toLowerCase() === own.toLowerCase())) return registry.resolve(own) ?? own;
      // "Q: Can I follow up? …" right after the answer to a reporter who gave their name: that
      // reporter, asking on. (Only a question that says it follows up: a bare "Q:" may be anyone's.)
      if (!own && FOLLOWS_UP().test(turn.parts[0] ?? '')) {
        const at = turns.indexOf(turn);
        let k = at - 1;
        while (k > 0 && !turns[k]!.asker && turns[k]!.block === turn.block) k--;
        const before = k >= 0 && k < at - 1 && turns[k]!.asker && turns[k]!.speaker === label && turns[k]!.block === turn.block ? turns[k]! : null;
        const named = before ? nameOf(before) : null;
        if (named && named.toLowerCase() !== label.toLowerCase()) return named;
      }
    }
    // A bare "AUDIENCE MEMBER:" following up right after the answer to the same part's named asker
    // ("AUDIENCE MEMBER (Kwame Asante, …): …?" / the answer / "AUDIENCE MEMBER: Who should pay it?"):
    // the voice that just asked, asking on.
    if (turn.asker && CALLS_IN().test(label)) {
      const first = followedUp().get(turn);
      if (first) return nameOf(first);
    }
    // "AUDIENCE MEMBER:", "CALLER:", "REPORTER:" ask in their own voice: the asker is the person
    // the label describes ("Audience Member"), never the front matter's host.
    const lettered = turn.asker && QUESTION_LETTERS().test(label);
    if ((ASKER_ROLES().test(label) || lettered) && !CALLS_IN().test(label) && asksFor) return registry.resolve(asksFor) ?? asksFor;
    // A profile's Q&A sidebar under a heading naming whom it asks ("Five questions for Priya
    // Hallam" / "Q: …" / "A: …"): the answers are that person's, whoever the title seems to name.
    // (Only a heading that puts the questions to someone: "Questions from Senator NAME" names who asks.)
    const headed = ANSWER_ROLES().test(label) && turn.section && QUESTIONS_PUT_TO().test(turn.section) ? personInTitle(turn.section) : null;
    if (headed) return registry.resolve(headed) ?? headed;
    // A response to reviewers ("Comment 1.2:" or "Reviewer 2, comment 3:" asking, "Response:"
    // answering): the document's own voice answers, its signer, never a guest read from a title
    // ("Journal of Applied …", a "RESPONSE TO REVIEWERS" heading).
    if (SECTION_ANSWERS().test(label) && answersComments()) return ctx.narrator;
    if (ANSWER_ROLES().test(label) && guest) return guest;
    // A document's section labels, no people: "Question 1:" / "Comment 1.2:" put by whom the section
    // heading names ("Reviewer 2"), else nobody named; "Response:" / "Our response:" by the
    // document's own voice, its author or signer.
    if (SECTION_ASKS().test(label)) return turn.section && /^\p{Lu}[\p{L}-]*\s+#?\d{1,3}$/u.test(turn.section) ? turn.section : null;
    if (SECTION_ANSWERS().test(label)) return ctx.narrator;
    // "Q"/"A" name a side, not a person: with nobody known to be behind it the voice is
    // anonymous in this document, never one person "A" across the corpus. So is a voice the
    // transcriber could not name (Otter's "Unknown Speaker").
    if (UNNAMED_VOICE().test(label)) {
      // A voice the transcriber could not name that gives its name in this turn ("Unknown Speaker" /
      // "It's about 7,100. … I'm Leila Ferreira, by the way, for your recording."), a name another
      // label of the document holds: that person, for this turn only (another "Unknown Speaker"
      // turn may be anyone, "Sorry, Leila, you've got the cabinet at half past.").
      const next = turns[turns.indexOf(turn) + 1];
      const own = unnamedVoiceNamed(turn.parts.join(' '), labelledNames, next && next.key !== turn.key ? next.parts.join(' ') : null);
      if (own) return registry.resolve(own) ?? own;
    }
    if (ROLE_LETTER().test(label) || lettered || UNNAMED_VOICE().test(label)) return null;
    return registry.resolve(label) ?? label;
  };
  // The participants' names, word by word: "Thanks, Trace." addresses someone and says nothing more.
  const vocatives = new Set(
    [...meta.speakers, ...hostNames, ...turns.map((t) => t.speaker).filter((s): s is string => !!s)]
      .flatMap((n) => [n, ...registry.aliasesOf(registry.resolve(n) ?? n)])
      .flatMap((n) => n.toLowerCase().split(/\s+/)),
  );

  // `turn` follows a question put to the whole panel, only other voices' turns that ask nothing between.
  const inPanelRound = (turn: Turn): boolean => {
    const t = turns.indexOf(turn);
    for (let k = t - 1; k >= 0 && t - k <= 8; k--) {
      const x = turns[k]!;
      if (x.key === turn.key || x.block !== turn.block) return false;
      if (putToPanel(x)) return true;
      if (x.asker || asks(x)) return false;
    }
    return false;
  };
  const fillerKind = (turn: Turn, before: Turn | undefined): FillerKind | null => {
    if (turn.answerRole && before && asks(before)) return null; // "A. Yes." answers the question
    // A panellist's bare "Yes." in a round answering a question put to the whole panel ("Would the
    // panel support …?" / "Yes, without hesitation." / "Yes."): an answer, as each one's before it.
    if (before && !turn.asker && turn.key !== null && inPanelRound(turn)) return null;
    const text = turn.parts.join(' ');
    // A moderator repeating a question from the floor for the room or the stream ("AUDIENCE MEMBER:
    // How were they paid?" / "MODERATOR: So the question, for the stream, is how they were paid." /
    // the speaker answers): a remark on the side, the moderator's quote; the answer under it answers
    // the question put, by its asker.
    // Only the restatement, a hand-on at most ("… how they were paid. Ines?"): a speaker who restates
    // the question and answers it in the same turn ("So the question is about shop owners. The
    // data says …") answers it.
    if (before && before.key !== turn.key && turn.key !== null && !turn.answerRole && turn.parts.length === 1 && (before.asker || asks(before)) && RESTATED_QUESTION().test(text) && splitSentences(text).slice(1).every((x) => wordCount(x.text) <= 3)) return 'closing';
    // A reply that breaks off ("Yes, so --") yields the floor whatever its words.
    if (!turn.asker && isAbandoned(text, vocatives)) return 'continuer';
    // A crowd's chant ("Vote! Vote! Vote!") asks nothing: the speaker goes on across it.
    if (isChant(normalizeSpace(text))) return 'continuer';
    // The floor given to someone who cut in with a statement ("Can I jump in here? I ran billing at
    // the time." / "Please, go ahead." / their words): it asks and answers nothing, and the words
    // after it go on the turn that asked for it. After a question ("Shall we start?" / "Yes, go
    // ahead.") or a broken-off turn ("I was going to say--" / "Go on.") it stays as it was read.
    if (before && before.key !== turn.key && FLOOR_GIVEN().test(normalizeSpace(text)) && !/[?\-–—]["”’')]*\s*$/.test(before.parts[before.parts.length - 1] ?? '')) return 'continuer';
    // So is the floor given, the asker named or not, to one who asked leave to speak ("Can I come in
    // on that?" / "Please, Gabriel.", "Marcus – sorry – can I just –" / "Go ahead."): the request is
    // procedure, no question the grant answers.
    if (before && before.key !== turn.key && !turn.answerRole && asksLeave(before) && givesFloor(normalizeSpace(text))) return 'continuer';
    if (!isBackchannel(text, vocatives)) return null;
    // A chat message that is only an emoji ("👍", "🙏") acknowledges and closes: the sender's
    // next messages after it start anew, they do not join the ones before it.
    if (EMOJI_ONLY().test(text)) return 'closing';
    // A question that takes a participant's name ("Tom?") hands them the floor: a prompt, not back-channel.
    if (/\?["”’')]*\s*$/.test(text) && !isBackchannel(text)) return null;
    // "Yeah." after a real question answers it, and thanks or a greeting ends an exchange:
    // either way the other speaker's next turn starts something new. A tag question
    // ("…, right?") only asks for the nod and goes on.
    const last = before?.parts[before.parts.length - 1] ?? '';
    const asked = /\?["”’')]*\s*$/.test(last) && !TAG_QUESTION().test(last);
    // "Will you run again?" / "No.": a plain yes or no to a question is its answer, a qa.
    if (asked && DECISIVE_ANSWER().test(text)) return null;
    return asked || isPleasantry(text) ? 'closing' : 'continuer';
  };
  // How many turns of each voice ask (all of them, and those under no answering label), and how
  // many voices there are, counted once for the two tests below.
  let tally: { all: Map<string, number>; unlabelled: Map<string, number>; voices: number } | null = null;
  const askingTally = () => {
    if (tally) return tally;
    const all = new Map<string, number>();
    const unlabelled = new Map<string, number>();
    const voices = new Set<string>();
    for (const t of turns) {
      if (t.key === null) continue;
      voices.add(t.key);
      if (!asks(t)) continue;
      all.set(t.key, (all.get(t.key) ?? 0) + 1);
      if (!t.answerRole) unlabelled.set(t.key, (unlabelled.get(t.key) ?? 0) + 1);
    }
    return (tally = { all, unlabelled, voices: voices.size });
  };
  // The voice that asks at least twice as often as the other, and twice or more, is the asking side
  // of an interview of two voices. (In a meeting of more, a member's "That's fair. Tamsin, where is
  // he?" may well answer the point put before it.)
  const asksFarMore = (key: string, other: string): boolean => {
    const { all, voices } = askingTally();
    if (voices !== 2) return false;
    const mine = all.get(key) ?? 0;
    return mine >= 2 && mine >= 2 * (all.get(other) ?? 0);
  };
  // A second voice on the asking side: of three voices or more, one whose own turns ask twice or
  // more ("Explain what this law does." / "What are the miners asking for?"). Co-hosts reading the
  // headlines in turn ("JUAN: In Kenya, the High Court …" / "AMY: And in the United States, …")
  // answer nothing of each other's: a statement of the inferred asking side puts no question to them.
  const asksOnItsOwn = (key: string | null): boolean => {
    if (key === null) return false;
    const { unlabelled, voices } = askingTally();
    return voices >= 3 && (unlabelled.get(key) ?? 0) >= 2;
  };
  if (ctx.chat || ctx.messages) handleReplies(turns);
  const { kept, fillers, asides } = repairTurns(turns, fillerKind, (t) => isBackchannel(t.parts.join(' '), vocatives) || givesFloor(normalizeSpace(t.parts.join(' '))));
  for (const f of fillers) for (const k of f.lines) b.mark(k, 'filler');

  // In a chat copied from its client, the moderator (the asking side only by how often their
  // messages ask) sends messages that ask nothing too: an opening "stage is live, today we have…",
  // a wrap-up "That's a wrap! Thanks…". Those put no question: the next message, a guest's opening
  // words or the next day's follow-up, answers nothing. (A relayed question carries its question
  // mark; a prompt without one, "Tell us about…", asks. A sender the labels put on the asking side,
  // an Element reply's quoted message, still prompts.)
  const messages = !!ctx.chat || !!ctx.messages;
  const asksNothing = (t: Turn) => messages && inferredAskers.has(t) && !asks(t) && !t.parts.some((p) => /[?？]/.test(p));
  // A press conference's moderator announcing the remarks that come first ("The Secretary will make
  // brief remarks and then take four questions."): housekeeping, no prompt; the remarks answer nothing.
  // So with the floor's etiquette after it ("… and then take questions. Please state your name and
  // outlet."): an imperative put to the questioners to come, no prompt the statement answers.
  const announcesRemarks = (t: Turn) => !t.parts.some((p) => /[?？]/.test(p)) && t.parts.some((p) => p.includes('remarks') || p.includes('statement')) && t.parts.some((p) => ANNOUNCED_REMARKS().test(p));
  // A co-host's turn that only says who they are ("And I'm Femi Adebayo.") asks nothing either: the
  // host's next words, introducing the guest, answer nothing.
  const onlyIntroducesSelf = (t: Turn) => t.parts.length === 1 && !/[?？]/.test(t.parts[0]!) && opensIntroducingSelf(t.parts[0]!) && splitSentences(normalizeSpace(t.parts[0]!)).length === 1;
  // "Q: (Inaudible.)": the question was not heard, so nothing after it answers it.
  const isPrompt = (t: Turn) => !unheard(t) && ((t.asker && !asksNothing(t) && !announcesRemarks(t) && !onlyIntroducesSelf(t)) || (asks(t) && !announcesRemarks(t)) || (!!ctx.chat && /\?["”’')]*\s*$/.test(t.parts[t.parts.length - 1] ?? '')));
  // A chair's turn at `k` is put to the room when it asks something (an anchor's lead-in asks
  // nobody) and is no follow-up: a follow-up comes right after an answer to the same chair, and
  // that answer's speaker answers it first ("And now?" / "Fourteen shops." / "Who runs them?" /
  // the same guest answers).
  // The words of the names that speak in the document ("Imani", "Okafor"), made at the first round read.
  let speaking: Set<string> | null = null;
  const speakingWords = (): Set<string> => (speaking ??= new Set(kept.flatMap((x) => (x.speaker ? x.speaker.split(/\s+/) : []))));
  // A voice that may answer the question at `k`, put to the whole panel: not the chair's, nor one
  // that asks through the document, nor the one that gave the questioner the floor right before it
  // ("The gentleman at the back."): the moderator's closing "That's all we have time for." answers nothing.
  // A page that writes its questions unlabelled and its answers under two guests' names or more
  // ("Who does the cooking?" / "Ana: …" / "Tomás: …"): each question is put to all of them.
  const guestsAnswer = guestsUnderPlainQuestions(kept);
  const panellist = (t: Turn, k: number): boolean =>
    !t.chairs && !t.asker && !inferredAskers.has(t) && t.key !== null && t.key !== kept[k - 1]?.key && (askingTally().all.get(t.key) ?? 0) < 2;
  const putToTheRoom = (k: number): boolean => {
    const chair = kept[k]!;
    if (!asks(chair)) return false;
    const before = (i: number) => {
      let j = i - 1;
      while (j >= 0 && asides.has(kept[j]!)) j--;
      return j;
    };
    const p = before(k);
    const pp = p >= 0 ? before(p) : -1;
    const previous = p >= 0 ? kept[p]! : null;
    const first = kept[k + 1];
    // (A question the chair reads out in quotation marks, someone else's, is the round's next, never
    // a follow-up: "Next, from a young woman who has only written “Jess, 19”: “Why should I …?”")
    const readsOut = QUOTED_QUESTION_AT_END().test(chair.parts[chair.parts.length - 1] ?? '');
    const followUp = !readsOut && !!previous && !!first && pp >= 0 && kept[pp]!.key === chair.key && previous.block === chair.block && previous.key !== null && previous.key === first.key;
    return !followUp;
  };
  // A question given in two languages, then its answer in both ("P: ¿…?" / "Q: …?" / "R: …" /
  // "A: …"): a run of lettered answers under a run of as many questions, each under another
  // letter, pairs them in order, each language's answer with its own question.
  // So does one person's answer given in both languages under two labels ("问：…" / "Q: …" /
  // "何一：…" / "He Yi: …"): labels that are aliases of one speaker.
  const person = (x: Turn) => (x.speaker ? (registry.resolve(x.speaker) ?? null) : null);
  const parallelPrompt = (t: number): Turn | null => {
    const self = person(kept[t]!);
    const inRun = (k: number, answers: boolean) => {
      const x = kept[k];
      return !!x && x.block === kept[t]!.block && x.key !== null && (answers ? x.answerRole || (!x.asker && self !== null && person(x) === self) : x.asker && !x.answerRole);
    };
    let a = t;
    while (inRun(a - 1, true)) a--;
    let e = t;
    while (inRun(e + 1, true)) e++;
    const n = e - a + 1;
    if (n < 2 || a - n < 0) return null;
    for (let k = a - n; k < a; k++) if (!inRun(k, false)) return null;
    if (inRun(a - n - 1, false)) return null;
    const distinct = (from: number) => new Set(kept.slice(from, from + n).map((x) => x.key)).size === n;
    return distinct(a) && distinct(a - n) ? kept[a - n + (t - a)]! : null;
  };
  // A question handed on ("MR. OKORO: Who approved …?" / "CHAIR: Director Vance, can you answer
  // that?" / "DIRECTOR VANCE: …"): the person the short turn names answers the question put before
  // it, asked by whoever put it; the hand-over is its speaker's quote, neither question nor answer.
  // Three speakers, each another; the question not the answer to one the hand-over's speaker put
  // (a panel's "Tom?" after a panellist's answer hands on the chair's own round).
  const handedOn = new Map<Turn, Turn>();
  const handOvers = new Set<Turn>();
  const speakerWords = (x: Turn): string[] => {
    const n = nameOf(x);
    const names = [x.speaker ?? '', ...(n ? [n, ...registry.aliasesOf(registry.resolve(n) ?? n)] : [])];
    return names.flatMap((w) => w.toLowerCase().split(/\s+/)).filter((w) => w && !ADDRESS_TITLE_WORD().test(w.replace(/\.$/, '')));
  };
  for (let i = 1; i + 1 < kept.length; i++) {
    const [q, r, a] = [kept[i - 1]!, kept[i]!, kept[i + 1]!];
    if (q.key === null || r.key === null || a.key === null || q.key === r.key || a.key === r.key || a.key === q.key) continue;
    if (q.block !== r.block || a.block !== r.block || asides.has(q) || asides.has(r) || asides.has(a) || !asks(q)) continue;
    // (Leave asked, "Can I ask that we start with the numbers?", is no question to hand on.)
    if (q.parts.every((p) => splitSentences(normalizeSpace(p)).every((x) => !isQuestionSentence(x.text) || /^(?:[\p{L}]+,\s*)?(?:can|could|may) I\b/iu.test(x.text.trim())))) continue;
    const before = kept[i - 2];
    // (A question from the asking side, the floor's "RESIDENT (Frank Moretti):", is its own, whatever the chair said before it.)
    const answersChair = !!before && before.key === r.key && before.block === q.block && asks(before) && !q.asker;
    const to = handsOnTo(r, !answersChair);
    if (!to) continue;
    const others = new Set([...speakerWords(q), ...speakerWords(r)]);
    const addressee = speakerWords(a).filter((w) => !others.has(w));
    if (!namesOneOf(to, addressee)) continue;
    handedOn.set(a, q);
    handOvers.add(r);
  }
  // The turn at `k` is a participant's (no asking side, no formal answer) in a run of participants'
  // turns right under a turn of the asking side that prompts: one reaction to that prompt.
  // Only in a group: one person asks through the document (the moderator, under one label or
  // two), three voices or more answer, and no label puts the answering side.
  let group: boolean | null = null;
  const isGroup = (): boolean => {
    if (group !== null) return group;
    const askers = new Set(kept.filter((x) => x.asker).map((x) => x.speaker));
    const others = new Set(kept.filter((x) => !x.asker && x.key !== null).map((x) => x.key));
    const led = kept.every((x) => !x.asker || /^(?:moderator|facilitator|interviewer)$/i.test(x.role ?? x.key ?? ''));
    return (group = led && askers.size === 1 && !askers.has(null) && others.size >= 3 && !kept.some((x) => x.answerRole) && !messages);
  };
  const reactsToAsker = (k: number): boolean => {
    const x = kept[k]!;
    if (!isGroup() || x.asker || x.answerRole || inferredAskers.has(x) || x.key === null) return false;
    // (A voice from the floor, "[AUDIENCE MEMBER] What about the pastoralists?", puts its own
    // question to the panel: no participant reacting to the moderator's prompt.)
    if (ASKER_ROLES().test(x.speaker ?? '') || ASKER_ROLES().test(x.role ?? '')) return false;
    for (let j = k - 1; j >= 0; j--) {
      const y = kept[j]!;
      if (asides.has(y)) continue;
      if (y.block !== x.block || y.key === null || y.answerRole) return false;
      if (y.asker) return isPrompt(y);
    }
    return false;
  };
  // A question put to the next voice: it says "you" or names them, or the reply opens with a yes or no.
  const putToPeer = (q: Turn, reply: Turn): boolean => {
    const asked = splitSentences(normalizeSpace(q.parts.join(' '))).map((x) => x.text).filter((x) => /[?？]/.test(x) || isQuestionSentence(x));
    return asked.some((x) => hasSecondPerson(x)) || namedAsAddressee(q, reply) || PEER_ANSWER().test((reply.parts[0] ?? '').trim());
  };
  // The turn after `t`, in its block, is by neither `t`'s speaker nor `host`'s.
  const answeredByAThird = (t: number, host: Turn): boolean => {
    const next = kept[t + 1];
    return !!next && next.block === kept[t]!.block && next.key !== null && next.key !== kept[t]!.key && next.key !== host.key;
  };
  // A question relayed for someone else: a handle's (a turn of its own, "Q from @mintberry: …?"), or
  // the moderator's message passing one on ("From @lumi.exe: how…?", "Next one is anonymous: "Is…?"").
  // (Or the host's lead-in left where the relayed question was split off as the handle's turn,
  // "Last one, from @kestrel_jp:" closing the message: transcript.ts.)
  const relaysQuestion = (q: Turn): boolean => (q.key === null && q.asker) || q.parts.some((p) => (p.includes('?') && RELAYED_ASK().test(p)) || (p.endsWith(':') && RELAY_LABEL_CLOSING().test(p)));
  // A chat's AMA: a question goes up (the moderator relays it, "Q from @mintberry: …?"), a member
  // or two chime in before the guest answers ("+1 to this", "wen listing 🚀"), then the guest's
  // answer. The guest's message answers the question; the chimes, of voices heard once or twice in
  // the whole chat, are their quotes. (Only where the answering voice speaks three times or more,
  // and the question names no chiming voice as the one it is put to: "Wren, how many studios…?")
  const turnsOf = new Map<string, number>();
  if (messages) for (const x of kept) if (x.key !== null && !asides.has(x)) turnsOf.set(x.key, (turnsOf.get(x.key) ?? 0) + 1);
  const minorVoice = (x: Turn | undefined): boolean => !!x && x.key !== null && (turnsOf.get(x.key) ?? 0) <= 2;
  const steadyVoice = (x: Turn | undefined): boolean => !!x && x.key !== null && (turnsOf.get(x.key) ?? 0) >= 3;
  // The question above a run of at most three chimes ending right above `t`, put by another voice than `t`'s.
  const questionAboveChimes = (t: number, key: string | null): number => {
    let k = t - 1;
    while (k >= 0 && t - k <= 3 && (asides.has(kept[k]!) || (minorVoice(kept[k]) && kept[k]!.key !== key)) && kept[k]!.block === kept[t]!.block) k--;
    if (k === t - 1 || k < 0 || t - k > 4) return -1;
    const q = kept[k]!;
    if (q.block !== kept[t]!.block || q.key === key || minorVoice(q) || !isPrompt(q) || !relaysQuestion(q)) return -1;
    for (let j = k + 1; j < t; j++) if (!asides.has(kept[j]!) && namedAsAddressee(q, kept[j]!)) return -1;
    return k;
  };
  const answeredPastChimes = (t: number): Turn | null => {
    if (!messages || !steadyVoice(kept[t]) || kept[t]!.answerRole) return null;
    const k = questionAboveChimes(t, kept[t]!.key);
    return k >= 0 ? kept[k]! : null;
  };
  // A chime right under such a question, the guest's answer after it.
  const chimesBeforeAnswer = (t: number): boolean => {
    if (!messages || !minorVoice(kept[t])) return false;
    for (let k = t + 1; k < kept.length && k - t <= 3; k++) {
      const x = kept[k]!;
      if (asides.has(x) || (minorVoice(x) && x.key !== kept[t]!.key)) continue;
      return steadyVoice(x) && answeredPastChimes(k) !== null;
    }
    return false;
  };
  // A chat reply that says which message it answers ("[In reply to Mikael Stroud]", Discord's preview
  // of the words): that message, when it asks ("… but you're hiring, no?"), is the one it answers,
  // past others' messages between them. The nearest such message of that sender, at most
  // REPLY_TURNS_BACK messages up; a reply to a message that asks nothing is left to the rules below.
  const repliedPrompt = (t: number): Turn | null => {
    const turn = kept[t]!;
    const to = turn.replyTo;
    if (!messages || !to || turn.asker) return null;
    for (let k = t - 1; k >= 0 && t - k <= REPLY_TURNS_BACK; k--) {
      const x = kept[k]!;
      if (x.block !== turn.block) return null;
      const match = to.name !== undefined ? (nameOf(x) === to.name || x.speaker === to.name) : x.parts.some((p) => p.includes(to.words!));
      if (!match) continue;
      return x.key !== turn.key && x.parts.some((p) => /[?？]/.test(p)) ? x : null;
    }
    return null;
  };
  // A correspondent's package after the presenter's hand-off naming the piece theirs ("Tom Vasquez reports." /
  // "TOM VASQUEZ, REPORTER: In the Riverina, …"): their turns tell the story over the bites between,
  // and one that asks nothing asks nothing of the bite after it, up to the presenter's next turn.
  const inTossedPackage = (k: number): boolean => {
    const own = kept[k]!;
    if (own.key === null || own.parts.some((p) => /[?？]/.test(p)) || asks(own)) return false;
    const reporter = nameOf(own);
    for (let j = k; j >= 1 && k - j <= 40; j--) {
      const x = kept[j]!;
      if (x.block !== own.block) return false;
      if (x.key !== own.key) continue;
      const before = kept[j - 1]!;
      if (before.key === own.key) continue;
      if (before.block === own.block && tossesTo(before, reporter, true)) return !kept.slice(j, k).some((y) => y.key === before.key);
    }
    return false;
  };
  const promptFor = (t: number): Turn | null => {
    const turn = kept[t]!;
    const pastChimes = answeredPastChimes(t);
    if (pastChimes) return pastChimes;
    if (chimesBeforeAnswer(t)) return null;
    const replied = repliedPrompt(t);
    if (replied) return replied;
    // The moderator's message passing on a member's question ("Last one, from @kestrel_jp: …?") puts
    // a question; it answers none, not a member's "is this still going?" just above it.
    // (Not an answer to the question a steady voice put right above: the guest's "Greetings from
    // Berlin: did you know we funded 40 teams?" under the moderator's "And the grants programme?".)
    const putAbove = t > 0 && kept[t - 1]!.block === turn.block && kept[t - 1]!.key !== turn.key && steadyVoice(kept[t - 1]) && isPrompt(kept[t - 1]!);
    if (messages && turn.key !== null && !turn.answerRole && relaysQuestion(turn) && !putAbove) return null;
    // A label with no words under it (a log's last "23:00:00  LEGAL ID") answers nothing: paired,
    // the question above it would be lost with its empty answer.
    if (!turn.parts.some((p) => p.trim())) return null;
    if (handOvers.has(turn)) return null;
    // A chair's turn that gives the next witness the floor ("Our first witness is Ms. Ferreira. …
    // you have 5 minutes.") after a member's statement that asks nothing: no answer to that statement.
    const lastWords = turn.parts[turn.parts.length - 1] ?? '';
    if (!turn.answerRole && kept[t - 1] && !asks(kept[t - 1]!) && (GIVES_FLOOR().test(lastWords) || HANDS_OVER().test(lastWords))) return null;
    // A presiding officer's call to order ("The SPEAKER: Member for Cottesloe!", "Order!") under a
    // member's interjection keeps the house in order; it answers nothing.
    if (!turn.answerRole && turn.speaker !== null && PRESIDING_OFFICER().test(turn.speaker) && CALL_TO_ORDER().test(turn.parts.join(' ').trim())) return null;
    const original = handedOn.get(turn);
    if (original) return original;
    // A chair's turn that closes handing the floor to someone else ("Time for closing statements,
    // one minute each. Fiona."), under a turn that asks nothing ("Compensation doesn't grow
    // wheat."): no answer to it.
    const above = kept[t - 1];
    if (above && !turn.answerRole && turn.key !== null && above.key !== null && above.key !== turn.key && above.block === turn.block && !above.parts.some((p) => p.includes('?')) && !asks(above)) {
      const to = floorHandedTo(turn, true);
      const speaking = new Set([...speakingWords()].map((w) => w.toLowerCase()));
      if (to && to.every((w) => speaking.has(w)) && !namesOneOf(to, speakerWords(above)) && !namesOneOf(to, speakerWords(turn))) return null;
    }
    if (turn.answerRole || (!turn.asker && turn.speaker)) {
      const parallel = parallelPrompt(t);
      if (parallel) return parallel;
    }
    // The asking side answers too when a participant puts it a question of their own (one that
    // answers nothing: not an answer's closing "…, right?") and it does not ask back.
    if (asides.has(turn)) return null;
    if (turn.asker) {
      const prev = kept[t - 1];
      // (A reply that first answers, then moves on with a question of its own, "We're going to
      // fight it. … Right. Any other business?", still answers: answersBeforeAsking.)
      // "PRESENTER: Neil, is there anything viewers can do?" / "REPORTER: Yes. …": a question one asking
      // voice puts to another by name, opening on it, is answered by that voice's next turn.
      if (turn.key !== null && prev?.asker && prev.key !== null && prev.key !== turn.key && prev.block === turn.block && asks(prev) && !asks(turn) && opensOnNameOf(prev, speakerWords(turn)) && promptFor(t - 1) === null) return prev;
      if (turn.key === null || !prev || prev.asker || prev.block !== turn.block || !isPrompt(prev) || (asks(turn) && !answersBeforeAsking(turn, prev)) || promptFor(t - 1) !== null) return null;
      return prev;
    }
    let afterOthers = false;
    for (let k = t - 1; k >= 0; k--) {
      const prev = kept[k]!;
      if (asides.has(prev)) continue; // a remark on the side neither asks nor answers
      if (prev.block < 0 && prev.block !== turn.block) continue; // a direct message between two others
      if (prev.block !== turn.block || prev.key === turn.key) return null;
      // A panel's round: the moderator asks, each panellist answers in turn. Only a chair's question
      // put to the room is answered past others' answers, and only by a turn that does not ask
      // itself; anyone else's question, by the next turn.
      // "Q. You can answer." after counsel's objection lets the witness answer the question put
      // before the objection: the formal answer is that question's.
      if (turn.answerRole && isPrompt(prev) && LETS_ANSWER().test(prev.parts.join(' ').trim()) && k > 0 && !kept[k - 1]!.answerRole && kept[k - 1]!.key !== prev.key) continue;
      // A voice nobody names that asks, after the asking side's words that ask nothing ("Welcome
      // back." / "- When did you start?"): a question of its own, no answer to a greeting.
      if (isPrompt(prev) && turn.speaker === null && !turn.answerRole && !asks(prev) && asks(turn)) return null;
      // A participant's reaction to the asking voice's prompt that asks on its own ("One
      // seventy-five?" under "What would you expect to pay?", "what's the sugar like really?"),
      // put to nobody (no "you", no name) and answered by no "yes"/"no": the next participant
      // reacts to the same prompt and answers no question of theirs.
      if (isPrompt(prev) && !afterOthers && reactsToAsker(k) && !turn.answerRole && !turn.asker && !inferredAskers.has(turn) && turn.key !== null && !putToPeer(prev, turn)) {
        afterOthers = true;
        continue;
      }
      // A participant's question back to the asking side ("Can I ask how big the can is first?"), that
      // side's next turn stating the answer ("It's 330 millilitres."): a question of its own, no answer.
      const after = kept[t + 1];
      if (isPrompt(prev) && !afterOthers && prev.asker && !turn.asker && !turn.answerRole && turn.key !== null && onlyAsks(turn) && after && after.asker && after.key === prev.key && after.block === turn.block && !asks(after)) return null;
      // A host's hand-over with no question of its own ("Let's bring up Mina, who has a question.",
      // "Rafa, you're up.") is answered by nobody: the guest's turn that ends in a question, answered
      // by a third person (not the host: that is a clarifying exchange), is a question of its own.
      // (Not a reaction to the asking side's prompt, "Tell me what comes to mind first." / "Is it
      // alcoholic?", that the next participant does not take as put to them: it answers the prompt.)
      if (isPrompt(prev) && !turn.answerRole && !turn.asker && turn.key !== null && !prev.parts.some((p) => p.includes('?')) && endsInQuestion(turn) && answeredByAThird(t, prev) && !(asks(prev) && reactsToAsker(t) && !putToPeer(turn, kept[t + 1]!))) return null;
      // A chat, where anyone may ask: a message that only asks ("What's the source for the 2.6%?
      // IMF or your own model?"), sent under another member's question, is a question of its own,
      // no answer to the one above it. (A reply to a message that asks nothing, quoting it, still
      // answers it: Element's "> <@tomasz> That line is from 2021." / "Good catch, can you find the source?")
      if (ctx.chat && isPrompt(prev) && endsInQuestion(prev) && !turn.answerRole && !turn.asker && turn.key !== null && onlyAsks(turn)) return null;
      // A thank-you or goodbye to a turn that asks nothing ("Thank you Chinedu! The winners will be
      // announced…" / "Thanks everyone 🙏", "…that's everything I needed." / "Cheers, bye."): two
      // sign-offs, each its speaker's quote, no question answered.
      if (isPrompt(prev) && !turn.answerRole && !prev.parts.some((p) => p.includes('?')) && isSignOff(turn.parts.join(' '))) return null;
      // A host's turn that only breaks for the advertisements ("We'll be right back.", "Stay with us.")
      // after the co-host's remark answers nothing: it hands the programme to the break.
      if (isPrompt(prev) && !turn.answerRole && onlyAnnouncesBreak(turn)) return null;
      // A host's welcome or thanks that asks nothing, and the guest thanking back: pleasantries, no answer.
      // (Thanks to a voice that spoke before, "Thanks, Gary. Next up, Denise in Carver.", closes that
      // voice's exchange and brings on the next: the caller's call takes it up.)
      const thanksOthers = (x: string) => {
        const own = new Set([...speakerWords(turn), ...speakerWords(prev)]);
        const earlier = new Set(kept.slice(0, k).flatMap((o) => speakerWords(o)).filter((w) => !own.has(w)));
        return (x.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).some((w) => earlier.has(w.toLowerCase()));
      };
      if (isPrompt(prev) && !afterOthers && !turn.answerRole && thanksBack(prev, turn, thanksOthers)) return null;
      // A presenter's hand-off to the correspondent who speaks next asks nothing of them.
      if (isPrompt(prev) && !afterOthers && !turn.answerRole && (tossesTo(prev, nameOf(turn)) || introducesNext(prev, nameOf(turn)))) return null;
      if (isPrompt(prev) && !afterOthers && !turn.answerRole && inTossedPackage(k)) return null;
      // A lead-in to tape or a caller ("Let's listen to what the mediator said on Tuesday.") asks them nothing.
      if (isPrompt(prev) && !afterOthers && !turn.answerRole && leadsIntoTape(prev)) return null;
      // A chair handing the floor to the next speaker by name and asking nothing ("Thanks, Daniel.
      // Sofia?", "Daniel, take it away.", "Please, Gabriel."): the speaker's turn answers nothing.
      // (Not a round of the chair's question: "Ana, what changed?" / Ana's answer / "Tom?" passes it on.)
      if (isPrompt(prev) && !afterOthers && !turn.answerRole && turn.key !== null && prev.key !== null) {
        const to = floorHandedTo(prev);
        let j = k - 1;
        while (j >= 0 && kept[j]!.block === prev.block && kept[j]!.key !== prev.key) j--;
        const round = j >= 0 && kept[j]!.block === prev.block && asks(kept[j]!);
        if (to && !round && namesOneOf(to, speakerWords(turn))) return null;
      }
      // Two voices nobody's labels put on a side (a caption file's), the guest asking where to begin
      // ("No problem. Where do you want to start?" / "You took over in 2016. What did you find?"):
      // the reply that asks in turn, from the voice that asks far more often, is the interview's next
      // question, no answer; the guest's next turn answers it.
      if (isPrompt(prev) && !afterOthers && !turn.answerRole && !turn.asker && !prev.asker && turn.key !== null && prev.key !== null && endsInQuestion(turn) && asksFarMore(turn.key, prev.key)) return null;
      // A reply that puts a question of its own to the voice above by name, which that voice answers
      // next ("Who pays for that?" / "Did you file a claim with the city, Dawn?" / "I did, …"): it
      // asks Dawn, and answers nothing of hers.
      // Not a reply that first answers the question put to it, then asks back by name (a panel's
      // "Honestly, I don't know. I think it works where … Graham, you've looked at the numbers. What do
      // they say?"): it answers the question above, and the voice named answers it in turn.
      if (isPrompt(prev) && !afterOthers && !turn.answerRole && !turn.asker && turn.key !== null && prev.key !== null && endsInQuestion(turn) && kept[t + 1]?.key === prev.key && kept[t + 1]!.block === turn.block && namedAsAddressee(turn, prev) && !answersBeforeAsking(turn, prev)) return null;
      if (isPrompt(prev) && !afterOthers && !turn.answerRole && inferredAskers.has(prev) && !asks(prev) && !prev.parts.some((p) => /[?？]/.test(p)) && asksOnItsOwn(turn.key)) return null;
      // A meeting's opening statement that asks nothing ("I'm Teresa Valdivia, board president … First
      // item is the cellphone policy.") and a reply that opens by introducing its speaker ("And I'm
      // Gordon Ashby, principal at Lakeview."): a round of introductions, no question answered. (Not
      // when the turn above asks for it: "Tell us who you are." / "I'm Dana Wu, a nurse.")
      if (isPrompt(prev) && !afterOthers && !turn.answerRole && !prev.parts.some((p) => /[?？]/.test(p)) && opensIntroducingSelf(turn.parts[0] ?? '') && !ASKS_FOR_INTRODUCTION().test(prev.parts.join(' '))) return null;
      // "Peter, you've called that a scandal." / "PETER VANCE: I have, …": put to the one who speaks next.
      if (!afterOthers && !turn.answerRole && !turn.asker && prev.key !== null && !isPrompt(prev) && stancePutTo(prev, turn)) return prev;
      // The answer after a clarifying exchange (the asking side's question / "Can I ask how big the
      // can is first?" / "It's 330 millilitres." / "Then for myself."): it answers the first question.
      if (!afterOthers && prev.asker && !asks(prev) && !turn.asker && !turn.answerRole && turn.key !== null && k >= 2) {
        const [asked, clarified] = [kept[k - 2]!, kept[k - 1]!];
        if (clarified.key === turn.key && onlyAsks(clarified) && asked.key === prev.key && asked.asker && asks(asked) && asked.block === turn.block && clarified.block === turn.block) return asked;
      }
      // "Thank you all. We'll update you tomorrow at noon.": after another's answer, a turn that opens
      // by thanking the room closes the briefing; it answers nothing.
      if (isPrompt(prev) && afterOthers && !turn.answerRole && thanksTheRoom(turn)) return null;
      // "I'm afraid we have time for one more.": after another's answer, a chair's word on the
      // questions left manages the floor; it answers nothing.
      if (isPrompt(prev) && afterOthers && !turn.answerRole && callsLastQuestions(turn)) return null;
      if (isPrompt(prev)) return afterOthers && !((prev.chairs || (guestsAnswer && prev.key === null) || (panellist(turn, k) && putToPanel(prev))) && !asks(turn) && !addressesAnother(prev, turn, speakingWords()) && putToTheRoom(k)) ? null : prev;
      // A formal answer skips counsel's interjections back to the question it answers.
      if (turn.answerRole && !prev.answerRole) continue;
      if (turn.answerRole || prev.answerRole || prev.key === null || turn.key === null) return null;
      afterOthers = true;
    }
    return null;
  };
  // Formal answers first: a question an "A." answers is answered by nothing else, so
  // counsel's interjection between them ("Objection, form.") is its speaker's quote.
  const prompts: (Turn | null)[] = kept.map((t, i) => (t.answerRole ? promptFor(i) : null));
  const formallyAnswered = new Set(prompts.filter((p): p is Turn => !!p));
  kept.forEach((t, i) => {
    if (t.answerRole) return;
    const p = promptFor(i);
    prompts[i] = p && !formallyAnswered.has(p) ? p : null;
  });
  const answered = new Set<Turn>();
  for (const p of prompts) if (p) answered.add(p);
  // A chat's moderator sends the question as a message of its own after others that ask nothing
  // (a warning to a member, "Miko, please read the rules." / "Last question, Q4 …?"; the channel's
  // opening, then "Q1 from @x: …?"): the messages before the one that asks are the moderator's
  // own words, a quote, and the question is that message and what follows it.
  const questionMessage = new Map<Turn, { part: number; line: number } | null>();
  const messageHeaderAbove = (p: Turn, j: number): number => {
    let k = p.partLines[j]! - 1;
    const above = p.partLines[j - 1]!;
    while (k > above && !b.lines[k]!.trim()) k--;
    return k > above && p.lines.includes(k) && !p.parts[j - 1]!.includes(b.lines[k]!.trim()) ? k : -1;
  };
  const questionMessageOf = (p: Turn): { part: number; line: number } | null => {
    if (!messages || p.parts.length < 2) return null;
    if (questionMessage.has(p)) return questionMessage.get(p)!;
    let found: { part: number; line: number } | null = null;
    let start: { part: number; line: number } | null = null;
    for (let j = 0; j < p.parts.length; j++) {
      const header = j > 0 ? messageHeaderAbove(p, j) : -1;
      if (header >= 0) start = { part: j, line: header };
      if (/[?？]/.test(p.parts[j]!)) {
        found = start;
        break;
      }
    }
    questionMessage.set(p, found);
    return found;
  };

  // A label nobody is registered for is said once per document, at its first turn, with its count of turns.
  const unknownLabels = new Map<string, { first: number; turns: number }>();
  // One chat's memory of who was named, shared across its messages as a text's paragraphs share it:
  // "he wrote" reaches the name an earlier message gave. Fed only from the few messages above one
  // that reports words, so a long chat with no quotation marks costs nothing.
  let chatState: AttributionState | null = null;
  let fedTo = 0;
  // A chat's senders are its people: a message that names one by first name ("As Hannah said, …")
  // means that sender, though their first message comes later.
  // (each once: every answered message notes them, and a chat of thousands of messages has a few senders)
  const senders = ctx.chat ? [...new Set(kept.map((t) => nameOf(t)).filter((n): n is string => !!n))] : [];
  const attributionFor = (speaker: string | null): AttributionState => {
    const state = newAttributionState(registry, speaker);
    if (senders.length) noteParticipants(state, senders);
    noteAttendance(state, attendance);
    return state;
  };
  const questionsRead = new Set<Turn>();
  for (let t = 0; t < kept.length; t++) {
    const turn = kept[t]!;
    const first = turn.lines[0]!;
    const last = turn.lines[turn.lines.length - 1]!;
    const text = turn.parts.join(joiner);
    const prompt = prompts[t];
    const speaker = nameOf(turn);
    if (!prompt) {
      if (answered.has(turn)) {
        // its words are the question of the answer that follows; the messages before the one that asks are a quote
        const asking = questionMessageOf(turn);
        if (asking) {
          let end = asking.line - 1;
          while (end > first && !b.lines[end]!.trim()) end--;
          b.add({ type: 'quote', text: turn.parts.slice(0, asking.part).join(joiner), speaker, role: turn.role ?? null, section: turn.section }, first, end);
        }
        continue;
      }
      // A turn that is only a note that it was not heard ("AUDIENCE MEMBER 2: (Inaudible.)") said
      // nothing on the page: its line is the transcriber's direction, no quote.
      if (unheard(turn) && turn.parts.some((p) => p.trim())) {
        for (const line of turn.lines) if (!b.isMarked(line)) b.mark(line, 'direction');
        continue;
      }
      // A sign-off nobody answered ("Dan, thanks.", "Thank you both.") is its speaker's quote
      // like any other turn: a reader may grep for it.
      const added = b.records.length;
      b.add({ type: 'quote', text, speaker, role: turn.role ?? null, section: turn.section, ...(turn.context ? { context: turn.context } : {}), ...(turn.year ? { year: turn.year } : {}) }, first, last);
      const own = b.records.length > added ? b.records[b.records.length - 1]! : null;
      // Words the turn reports another saying ("CZ just tweeted. “…”", "from CZ's letter: “…”")
      // are that speaker's quotes, as in an answer. Only where a quotation mark is.
      // Only a person the words name: a quotation the turn only describes ("the thing about her
      // mother") or its speaker's own stays in the turn's quote alone.
      if (REPORTED_HINT().test(text)) {
        const state = (chatState ??= attributionFor(speaker));
        // The messages since the last one read, a few at most, name the people this one may mean.
        for (let u = Math.max(fedTo, t - FED_MESSAGES); u < t; u++) {
          const above = kept[u]!;
          const mark = b.records.length;
          state.self = nameOf(above);
          for (const para of above.parts) if (para.trim()) narrate(b, maskEditorialNotes(para), state, { section: above.section, narrator: ctx.narrator, firstIdx: above.lines[0]!, claims: false });
          b.records.splice(mark);
        }
        fedTo = t + 1;
        state.self = speaker;
        const from = b.records.length;
        // A line ending in a colon introduces the quotation on the line below ("Zhao's own words
        // at the hearing:" / "“I failed here…”"): one paragraph to read.
        const paras: { text: string; idx: number; last: number }[] = [];
        turn.parts.forEach((para, j) => {
          const prev = paras[paras.length - 1];
          if (prev && /:\s*$/.test(prev.text) && /^\s*["“«„]/.test(para)) Object.assign(prev, { text: prev.text + ' ' + para, last: turn.partLines[j]! });
          else paras.push({ text: para, idx: turn.partLines[j]!, last: turn.partLines[j]! });
        });
        for (const { text: para, idx, last } of paras)
          if (para.trim() && REPORTED_HINT().test(para)) narrate(b, maskEditorialNotes(para), state, { section: turn.section, narrator: ctx.narrator, firstIdx: idx, lastIdx: last, claims: false });
        for (let k = b.records.length - 1; k >= from; k--) {
          const r = b.records[k]!;
          // "MERRIMAN (read by actor): "Tested …"": a turn that is one quotation, read as the full name
          // whose surname its one-word label is ("Josiah Merriman"), is that person's one quote: the
          // turn's record takes the name and the words without their marks, and no second record is made.
          if (own && speaker && !speaker.includes(' ') && r.type === 'quote' && r.speaker?.endsWith(` ${speaker}`) && unquoted(own.text) === normalizeSpace(r.text)) {
            Object.assign(own, { speaker: r.speaker, text: r.text });
            b.records.splice(k, 1);
            continue;
          }
          // A turn that is one quotation under a full name (a news script's bite set in marks under its
          // slug, "SOT: (JIM HOLLOWAY, CITY ENGINEER)" / "“We found corrosion …”"): the speaker's own
          // words, never those of someone the turns above named.
          if (own && speaker?.includes(' ') && r.type === 'quote' && unquoted(own.text) === normalizeSpace(r.text)) {
            b.records.splice(k, 1);
            continue;
          }
          // A title in quotation marks ("Nubya Garcia - “Source”") says nothing: a sentence's words.
          if (r.type !== 'quote' || !r.speaker || !/^\p{Lu}/u.test(r.speaker) || r.speaker === speaker || wordCount(r.text) < 4) b.records.splice(k, 1);
        }
      }
      continue;
    }
    if (ctx.warnUnknown && turn.speaker && !turn.answerRole && !registry.has(turn.speaker) && renamed(turn.speaker) === turn.speaker) {
      const seen = unknownLabels.get(turn.speaker);
      if (seen) seen.turns++;
      else unknownLabels.set(turn.speaker, { first, turns: 1 });
    }
    // Minutes set out under "Q:"/"A:" in reported speech ("Q: Mr. Dan Voss asked whether …" /
    // "A: The Chair replied that …"): the side letters name nobody, the sentences name both.
    const askerName = nameOf(prompt);
    const asking = questionMessageOf(prompt);
    const questionParts = asking ? prompt.parts.slice(asking.part) : prompt.parts;
    const reported = speaker === null && askerName === null ? reportedExchange(prompt.parts.join(' '), text, minutesState()) : null;
    // A question the chair reads out from the app or the Q&A box, its sender named before it ("This
    // one is from Joanna Pike, who asks: “…?”"): the sender asks, the chair only reads it.
    const sender = askerName && !reported ? readOutSenderOf(questionParts) : null;
    // "The first one is anonymous from Slido … “…?”": a question read out for a sender who gave no
    // name is nobody's, as an export's `Anonymous` asker is; never the reader's.
    const anonymous = !!askerName && !reported && !sender && ANONYMOUS_READ_OUT().test(questionParts[questionParts.length - 1] ?? '');
    b.add(
      {
        type: 'qa',
        text,
        speaker: reported?.speaker ?? speaker,
        question: questionParts.join(joiner),
        asker: anonymous ? null : (reported?.asker ?? sender ?? askerName),
        role: turn.role ?? null,
        askerRole: sender || anonymous ? null : (prompt.role ?? null),
        section: prompt.section ?? turn.section,
        ...(turn.context ? { context: turn.context } : {}),
      },
      Math.min(asking ? asking.line : prompt.lines[0]!, first),
      last,
    );
    // Words the question reports a third person saying ("In a statement, a spokesperson said hosepipe
    // bans were “a last resort” … Tobias, does that match …?"): that person's quotes, read once per
    // question (a panel's answers share it); never the asker's own words, nor the answerer's put back to them.
    // (A question read out for its sender is the sender's words, the qa's question already: no quote of anyone's.)
    if (!sender && REPORTED_HINT().test(questionParts.join(' ')) && !questionsRead.has(prompt)) {
      questionsRead.add(prompt);
      const asked = attributionFor(askerName);
      const from = b.records.length;
      questionParts.forEach((para, j) => {
        if (para.trim() && REPORTED_HINT().test(para)) narrate(b, maskEditorialNotes(para), asked, { section: prompt.section, narrator: ctx.narrator, firstIdx: prompt.partLines[prompt.parts.length - questionParts.length + j]!, claims: false });
      });
      for (let k = b.records.length - 1; k >= from; k--) {
        const r = b.records[k]!;
        if (r.type !== 'quote' || !r.speaker || r.speaker === askerName || r.speaker === speaker || r.speaker === sender || r.speaker === reported?.asker || !THIRD_PERSON_SPEAKER().test(r.speaker) || wordCount(r.text) < 4) b.records.splice(k, 1);
      }
    }
    // Words the answer reports others saying are quotes of those speakers. The people the question
    // names are who a "he" or "she" of the answer may be ("CZ氏とは…" / "彼は「…」と言っていました").
    const state = attributionFor(speaker);
    // (Only for a Japanese quotation: elsewhere a place the question names, "on Mill Road", would be a "he".)
    if (text.includes('「') || text.includes('『')) notePeopleIn(prompt.parts.join(' '), state);
    turn.parts.forEach((para, j) => {
      if (para.trim()) narrate(b, maskEditorialNotes(para), state, { section: turn.section, narrator: ctx.narrator, firstIdx: turn.partLines[j]!, claims: false });
    });
  }
  for (const [label, { first, turns: count }] of unknownLabels) {
    b.warn(first, `speaker label '${label}' matches no known speaker (${count} turn${count === 1 ? '' : 's'}; add it to speakers.yml or the document's speakers)`);
  }
  const named: string[] = [];
  for (const t of turns) {
    const n = nameOf(t);
    if (n && !ASKER_ROLES().test(n) && !ANSWER_ROLES().test(n) && !named.includes(n)) named.push(n);
  }
  return named;
}

/** Words that are only emoji (and their joiners and skin tones). */
const EMOJI_ONLY = lazy(() => /^[\s\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]+$/u);
/** How many messages above one that reports words are read for the people they name. */
const FED_MESSAGES = 6;
/** A quotation mark: the turn may report someone else's words. */
const REPORTED_HINT = lazy(() => /["“«„]/);
/**
 * Whom a question's reported words may be credited to: a name, or a person described with an
 * article or a possessive ("a spokesperson", "her mother"); never "you" or a bare word.
 */
const THIRD_PERSON_SPEAKER = lazy(() => /^(?!(?:You|I|We|They|He|She|It|Anonymous)(?![\p{L}]))(?:\p{Lu}|(?:a|an|the|her|his|their|my|our|one)\s+\p{Ll})/u);
/** A turn's words wholly inside one pair of quotation marks, the marks off: "“Tested …”" → "Tested …"; else the words as they are. */
function unquoted(text: string): string {
  const m = /^\s*["“«„]([^"“”«»„]+)["”»“]\s*$/u.exec(text);
  return normalizeSpace(m ? m[1]! : text);
}

/**
 * When neither labels nor front matter say who asks, the speaker whose turns
 * mostly end by asking (two turns or more) is the asking side, unless every
 * speaker does.
 */
function inferAsker(turns: Turn[]): Set<Turn> {
  const inferred = new Set<Turn>();
  if (turns.some((t) => t.asker)) return inferred;
  const stats = new Map<string, { n: number; q: number }>();
  for (const t of turns) {
    if (t.key === null || t.answerRole) continue;
    const s = stats.get(t.key) ?? { n: 0, q: 0 };
    s.n++;
    if (asks(t)) s.q++;
    stats.set(t.key, s);
  }
  let askers = [...stats].filter(([, s]) => s.n >= 2 && s.q / s.n >= ASKER_SHARE).map(([k]) => k);
  if (askers.length === 0) {
    // A host who also makes statements (a podcast's "Great to make lemonade."): the one speaker
    // who asks far more often than anyone else does.
    const shares = [...stats].filter(([, s]) => s.n >= 3).map(([k, s]) => [k, s.q / s.n] as const).sort((a, b) => b[1] - a[1]);
    const [top, second] = shares;
    // A meeting of four voices or more whose most asking member asks in fewer than half their turns
    // (a chair opening with the figures, "Okay. Let's shortlist. Chioma, your top three?") is a
    // discussion: no one is its interviewer, and a chair's statement asks nothing of the next voice.
    const discussion = stats.size >= 4 && !!top && top[1] < 0.5;
    if (top && !discussion && top[1] >= MIN_HOST_SHARE && (!second || top[1] >= HOST_LEAD * second[1])) askers = [top[0]];
  }
  if (askers.length === 0 || askers.length === stats.size) return inferred;
  // A post of its own under the asker's name (a picture's caption, transcript.ts) asks nothing.
  for (const t of turns)
    if (t.key !== null && askers.includes(t.key) && !t.captionsMedia) {
      t.asker = true;
      inferred.add(t);
    }
  return inferred;
}

/** A reply opening on a yes or a no: "Yes, six.", "No, per bar.", "Yeah I think so." */
const PEER_ANSWER = lazy(() => /^(?:yes|yeah|yep|yup|no|nope|nah|not really|I think so|I don['’]t think so)(?![\p{L}'’])/iu);
/** A part closing on a relay's label, its question split off: "Last one, from @kestrel_jp:", "Bonus Q5 from @tomasz_b:". */
const RELAY_LABEL_CLOSING = lazy(() => /(?:^|\s)(?:[Ff]rom|by)\s+(?:@|u\/)[\p{L}\p{N}_.-]{2,31}\s*:$/u);
/**
 * A message passing on someone else's question: whose it is before a colon ("From @lumi.exe: …",
 * "Last one, from Tomasz: …", "Q2 from Marek in Rotterdam: …"), or the question in quotation marks
 * after one ("Next one is anonymous: "Is the freeze…?"").
 */
const RELAYED_ASK = lazy(() => /(?:^|[\s,])(?:[Ff]rom|by)\s+@?[\p{L}\d_.-]{2,40}(?:\s+[\p{Lu}][\p{L}'’-]{0,30}){0,2}(?:\s+(?:in|at)\s+[^:?]{1,40}|\s*\([^()]{1,40}\))?:\s|:\s*["“][^"”]{3,300}\?\s*["”]/u);

/**
 * A turn that answers the question above before it asks back: the turn above ends on a question
 * mark, and this one opens with at least two sentences that state (no question, no thanks or
 * greeting, no address to the voice above) before the rest.
 */
function answersBeforeAsking(turn: Turn, prev: Turn): boolean {
  if (!endsInQuestion(prev)) return false;
  const who = (prev.speaker ?? '').split(/[\s_.]+/).filter((w) => w.length >= 2);
  const sentences = splitSentences(normalizeSpace(turn.parts.join(' ')));
  let stated = 0;
  for (const x of sentences) {
    const text = x.text.trim();
    if (/[?？]/.test(text) || isQuestionSentence(text) || who.some((w) => text.startsWith(`${w},`))) break;
    if (isPleasantry(text)) return false;
    stated++;
  }
  return stated >= 2 && stated < sentences.length;
}

/** The last part's question opens on a name and its comma ("Neil, is there …?"), the name one of `words` (lowercase). */
function opensOnNameOf(prompt: Turn, words: readonly string[]): boolean {
  const m = /(?:^|[.!:]\s+)(\p{Lu}[\p{Ll}'’-]+),\s+[^.?!]{3,300}\?["”]?\s*$/u.exec(normalizeSpace(prompt.parts[prompt.parts.length - 1] ?? ''));
  return !!m && words.includes(m[1]!.toLowerCase());
}

/**
 * The question is put to `turn`'s speaker by name: a word of the name opens a sentence before a
 * comma or ends the question ("Wren, how many studios…?", "…, Wren?"); a handle after "from" or "@"
 * is whose question it is, not whom it asks.
 */
function namedAsAddressee(prompt: Turn, turn: Turn): boolean {
  const who = (turn.speaker ?? '').split(/[\s_.]+/).filter((w) => w.length >= 2).map((w) => w.toLowerCase());
  if (!who.length) return false;
  const asked = prompt.parts.join(' ');
  const names = allMatches(/(?:^|[.?!:]\s+)(\p{Lu}[\p{Ll}'’-]+)(?=,)|,\s*(\p{Lu}[\p{Ll}'’-]+)\s*\?/gu, asked).map((m) => (m[1] ?? m[2])!.toLowerCase());
  return names.some((n) => who.includes(n));
}

/** "will make brief remarks", "will deliver a short statement", "is going to give some opening remarks". */
const ANNOUNCED_REMARKS = lazy(() => /(?<![\p{L}])(?:will|would|is going to|are going to)\s+(?:first\s+)?(?:make|give|deliver|offer|read)\s+(?:a\s+|some\s+)?(?:(?:few|brief|short|opening|prepared|initial)\s+)*(?:remarks|statement)(?![\p{L}])/u);

/** The question hands the floor to someone by name ("Omar, your response?"), and not to this turn's speaker. */
function addressesAnother(prompt: Turn, turn: Turn, participants?: ReadonlySet<string>): boolean {
  const asked = prompt.parts[prompt.parts.length - 1] ?? '';
  // "Should it be free? Imani, you first.": the name only says who opens a round put to everyone.
  if (asked.includes(',') && ROUND_OPENER().test(asked)) return false;
  const who = turn.speaker?.split(/\s+/) ?? [];
  const names = allMatches(/(?:^|[.?!]\s+)(\p{Lu}[\p{Ll}'’-]+)(?=,)|,\s*(\p{Lu}[\p{Ll}'’-]+)\s*\?/gu, asked).map((m) => (m[1] ?? m[2])!);
  // "Right, let's start easy.", "Okay, first thing.": a discourse word opening the sentence before
  // its comma addresses nobody, unless a name that speaks in the document is spelled so.
  return names.some((n) => !who.includes(n) && (!DISCOURSE_OPENER().test(n) || !!participants?.has(n)));
}

/**
 * A short turn handing a question someone else asked on to a third person: "Director Vance, can you
 * answer that?", "Over to you, Dr Lee.", "I'll ask Ms Ray to take that.",
 * "Vance?". Each names the person addressed (one to four capitalised words) and asks nothing of its
 * own: the demonstrative ("that", "this") or the bare verb points back at the question before it.
 */
const ADDRESSEE = String.raw`((?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}'’-]+)`;
const HANDED_OBJECT = String.raw`(?: (?:to |on )?(?:that|this|it|the question|that question|this one|that one))?`;
const HAND_ON_ASK = String.raw`(?:(?:can|could|would|will) you(?: please)? (?:answer|take|address|field|handle|respond|reply|speak|comment|pick up)${HANDED_OBJECT}(?: for (?:us|me))?(?:,? please)?|(?:would|do) you (?:like|want|care) to (?:respond|answer|reply|comment|add|weigh in|take|address|speak)${HANDED_OBJECT}|(?:care|want) to (?:respond|answer|reply|comment|weigh in)${HANDED_OBJECT}|over to you|the floor is yours|(?:your|any) (?:response|reply|answer|thoughts))`;
const REDIRECT_AFTER_NAME = lazy(() => new RegExp(String.raw`^${ADDRESSEE},\s+${HAND_ON_ASK}\s*[?.!]?$`, 'u'));
const REDIRECT_BEFORE_NAME = lazy(() => new RegExp(String.raw`^${HAND_ON_ASK},\s+${ADDRESSEE}\s*[?.!]?$`, 'u'));
const REDIRECT_NAME_INSIDE = lazy(() =>
  new RegExp(
    String.raw`^(?:I['’]ll|I will|I['’]m going to|I am going to|[Ll]et me|I['’]d like to|I want to|[Ww]e['’]ll|[Ww]e will)(?: now)? (?:ask|invite|let|turn to|hand (?:that|this|it)(?: over)? to|pass (?:that|this|it)(?: on)? to|refer (?:that|this|it) to|defer to|turn (?:that|this|it) over to|direct (?:that|this|it) to|put (?:that|this|it) to) ${ADDRESSEE}(?:,)?(?: (?:to )?(?:take|answer|respond|reply|address|field|handle|speak|comment)${HANDED_OBJECT}| on (?:that|this))?\s*[.!]?$`,
    'u',
  ),
);
const REDIRECT_NAME_ALONE = lazy(() => new RegExp(String.raw`^${ADDRESSEE}\s*\?$`, 'u'));
/**
 * The floor handed to a named person with no question put to them: the name alone, asked ("Sofia?"),
 * or with a go-ahead before or after it ("Daniel, take it away.", "Please, Gabriel.", "Over to you,
 * Tomas.", "Go ahead, Aisha.").
 */
const FLOOR_WORDS = String.raw`(?:take it away|go ahead|go on|carry on|please|you['’]re up|you['’]re next|you have the floor|the floor is yours|over to you|your turn|you first|you start|start us off|kick us off)`;
const FLOOR_AFTER_NAME = lazy(() => new RegExp(String.raw`^${ADDRESSEE},\s+${FLOOR_WORDS}\s*[.!]$`, 'iu'));
const FLOOR_BEFORE_NAME = lazy(() => new RegExp(String.raw`^(?:(?:sure|yes|yeah|okay|ok|of course|right|great|thanks|thank you),?\s+)?${FLOOR_WORDS},?\s+${ADDRESSEE}\s*[.!]$`, 'iu'));
/** A turn that only gives the floor: "Go ahead.", "Please, Gabriel.", "Sure, go ahead, Aisha.". */
function givesFloor(text: string): boolean {
  return FLOOR_GIVEN().test(text) || FLOOR_BEFORE_NAME().test(text) || FLOOR_AFTER_NAME().test(text);
}
/** A request for leave to speak closing the turn, asked or broken off: "Can I come in on that?", "Marcus – sorry – can I just –". */
const LEAVE_ASKED = lazy(() => /(?:^|[.!?,–—-]\s*)(?:(?:sorry|so|and|but|um|uh|if)\s*,?\s+)?(?:can|could|may) I\b[^.!?]{0,50}(?:\?|\s*(?:--+|[–—]))["”’')]*\s*$/i);
function asksLeave(t: Turn): boolean {
  return t.parts.length === 1 && wordCount(t.parts[0]!) <= 15 && LEAVE_ASKED().test(normalizeSpace(t.parts[0]!));
}
/** A name alone closing a chair's turn, the floor given: "Time for closing statements. Fiona." */
const NAME_CALLED = lazy(() => new RegExp(String.raw`^${ADDRESSEE}\.$`, 'u'));
/** Whether `to`, name words from a hand-over, names one of `words` (a first name or its short form: "Ray" for Raymond). */
function namesOneOf(to: readonly string[], words: readonly string[]): boolean {
  return to.some((w) => words.some((x) => x === w || (w.length >= 3 && x.length > w.length && x.startsWith(w))));
}
/**
 * The name words the turn hands the floor to with its last sentence, asking nothing of its own: its
 * other sentences ask nothing ("Thanks, Daniel. Sofia?", "… Daniel, take it away."), or null.
 */
function floorHandedTo(t: Turn, bareName = false): string[] | null {
  const last = normalizeSpace(t.parts[t.parts.length - 1] ?? '');
  const sentences = splitSentences(last);
  const closing = sentences[sentences.length - 1]?.text.trim();
  if (!closing || sentences.slice(0, -1).some((s) => isQuestionSentence(s.text)) || t.parts.slice(0, -1).some((p) => p.includes('?'))) return null;
  const m = REDIRECT_NAME_ALONE().exec(closing) ?? FLOOR_AFTER_NAME().exec(closing) ?? FLOOR_BEFORE_NAME().exec(closing) ?? (bareName && sentences.length > 1 ? NAME_CALLED().exec(closing) : null);
  if (!m) return null;
  return addressedWords(m[1]!);
}
/** The name words of an addressee as a hand-over writes it ("Director Vance", "Ray"), lowercased, titles out; null if only titles. */
function addressedWords(addressee: string): string[] | null {
  const words = addressee.split(/\s+/).map((w) => w.replace(/\.$/, '').toLowerCase()).filter((w) => !ADDRESS_TITLE_WORD().test(w));
  return words.length ? words : null;
}
/** Words of a title before a name, never the name itself. */
const ADDRESS_TITLE_WORD = lazy(() => /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|doctor|director|minister|secretary|senator|councillor|councilor|commissioner|chair|chairman|chairwoman|madam|mister|sir|dame|lord|lady|judge|justice|mayor|deputy|chief|officer|inspector|general|governor|president|the)$/);
/**
 * The name words the turn hands the floor to with its last sentence, or null when it does not hand
 * on a question: a turn of one paragraph, a few words, whose earlier sentences ("Thank you, Mr
 * Okoro.") ask nothing.
 */
function handsOnTo(t: Turn, bare: boolean): string[] | null {
  if (t.parts.length !== 1) return null;
  const text = normalizeSpace(t.parts[0]!);
  if (wordCount(text) > 30) return null;
  const sentences = splitSentences(text);
  const last = sentences[sentences.length - 1]?.text.trim();
  if (!last || sentences.slice(0, -1).some((s) => isQuestionSentence(s.text))) return null;
  const lowered = last.charAt(0).toLowerCase() + last.slice(1);
  const m =
    REDIRECT_AFTER_NAME().exec(last) ??
    REDIRECT_BEFORE_NAME().exec(lowered) ??
    REDIRECT_NAME_INSIDE().exec(last) ??
    // The name alone, asked, after words that ask nothing ("That's a fair question. Ray?").
    (bare && (sentences.length === 1 || wordCount(text) <= 12) ? REDIRECT_NAME_ALONE().exec(last) : null);
  if (!m) return null;
  return addressedWords(m[1]!);
}
/**
 * A presenter's hand-off to a correspondent, the turn's last sentence: the reporter named as filing
 * the story ("Kofi Marr of member station WRVK reports.", "Ana Ruiz has the story."), or their first
 * name alone, asked, after the turn gave the full name ("Our correspondent Miles Ferrante was in the
 * hearing room. Miles?"), or spoken of in the third person by a turn that asks nothing ("NPR's Ryan
 * Lucas traveled to central Iowa to see how growers are coping."). The correspondent's next turn is
 * their piece, no answer to it: both turns are their speakers' quotes.
 */
const TOSS_REPORTS = lazy(() => new RegExp(String.raw`^${ADDRESSEE}(?:,? (?:of|from|with|at) [^.!?]{1,60})? (?:reports|REPORTS|has (?:the|this|that|more on the|more on this) (?:story|report|details)|HAS (?:THE|THIS|THAT) (?:STORY|REPORT)|joins us(?: live)? (?:from|in|at) [^.!?]{1,40})(?: (?:from|in|FROM|IN) [^.!?]{1,40})?\.$`, 'u'));
/** The hand-off naming the piece as the reporter's: "Here's Ana Ruiz's report.", "Here is Kofi Marr with the story." */
const TOSS_HERE = lazy(() => new RegExp(String.raw`^(?:(?:And|Now|So),? )?Here(?:['’]s| is) ${ADDRESSEE}(?:['’]s (?:report|story)| with (?:the|this|that|more on the|more on this) (?:story|report|details))\.$`, 'u'));
/** A possessive or connective before a reporter's name in a hand-off ("Our Kevin Thorne has the story."): no word of the name. */
const TOSS_DETERMINER = lazy(() => /^(?:our|my|and|now|so)$/);
function tossesTo(t: Turn, reporter: string | null, filedOnly = false): boolean {
  if (!reporter || !/\s/.test(reporter)) return false;
  const last = t.parts[t.parts.length - 1];
  if (!last) return false;
  const sentences = splitSentences(normalizeSpace(last)).map((s) => s.text.trim()).filter((s) => s);
  const closing = sentences[sentences.length - 1];
  if (!closing || sentences.slice(0, -1).some((s) => isQuestionSentence(s))) return false;
  const reporterWords = reporter.toLowerCase().split(/\s+/);
  const named = (words: string) => words.toLowerCase().split(/\s+/).filter((w) => !ADDRESS_TITLE_WORD().test(w.replace(/\.$/, '')) && !TOSS_DETERMINER().test(w));
  const filed = TOSS_REPORTS().exec(closing) ?? TOSS_HERE().exec(closing);
  // (filedOnly: only the hand-off that names the piece as the reporter's, "Tom Vasquez reports.")
  if (filedOnly && !filed) return false;
  if (filed) {
    // The outlet's possessive before the name ("NPR's Talia Brennan reports.", "CNN's Owen Feeney
    // has the story.") says whose reporter; no word of the name.
    const words = named(filed[1]!).filter((w, k, all) => k === all.length - 1 || !/['’]s$/.test(w));
    return words.length >= 2 && words.every((w) => reporterWords.includes(w));
  }
  if (spokenOfInThirdPerson(closing, reporter) && !t.parts.some((p) => /[?？]/.test(p)) && !hasSecondPerson(closing) && !isImperativePrompt(closing)) return true;
  const asked = sentences.length >= 2 ? REDIRECT_NAME_ALONE().exec(closing) : null;
  if (!asked) return false;
  const words = named(asked[1]!);
  // The full name given before the bare first name: the presenter introduced whom the line goes to.
  const said = normalizeSpace(t.parts.join(' ')).toLowerCase();
  return words.length > 0 && words.every((w) => reporterWords.includes(w)) && said.includes(reporter.toLowerCase());
}
/**
 * An introduction of the next speaker that asks them nothing, the turn's last sentence: the speaker
 * named (first name or surname) as its subject, in the third person ("Grace, for everyone's benefit,
 * Grace is visiting from the Ibadan group.", "Dr. Amsel joins us from Leipzig."), or presented
 * ("Joining us now is Dr. Amsel.", "Please welcome Ines Duarte."). Their next turn answers no
 * question. Speaking to them ("Grace, you were there.") or asking is no introduction.
 */
const INTRODUCED_VERB = String.raw`(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:is|has|joins|joined|was|will be|comes to us)(?![\p{L}])`;
const PRESENTED = lazy(() => /^(?:(?:and|now|so),?\s+)?(?:joining (?:me|us)(?: now| today| here| in the studio)*(?: is| are)?|(?:please )?(?:welcome|meet)|with (?:me|us) (?:now|today|here) (?:is|are))\s/i);
function introducesNext(t: Turn, next: string | null): boolean {
  if (!next || t.parts.some((p) => /[?？]/.test(p))) return false;
  const sentences = splitSentences(normalizeSpace(t.parts[t.parts.length - 1] ?? '')).map((s) => s.text.trim()).filter((s) => s);
  const closing = sentences[sentences.length - 1];
  if (!closing || hasSecondPerson(closing) || isImperativePrompt(closing) || isQuestionSentence(closing)) return false;
  const words = next.split(/\s+/).filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w) && !ADDRESS_TITLE_WORD().test(w.toLowerCase()));
  const presented = PRESENTED().test(closing);
  const verb = new RegExp('^' + INTRODUCED_VERB, 'u');
  return words.some((w) => {
    for (const at of closing.matchAll(new RegExp(String.raw`(?<![\p{L}'’-])` + escapeRegExp(w) + String.raw`(?![\p{L}'’-])`, 'gu'))) {
      if (presented || verb.test(closing.slice(at.index + w.length))) return true;
    }
    return false;
  });
}
/**
 * The closing sentence speaks of the next speaker by full name, as a story's subject, not to them:
 * "NPR's Ryan Lucas traveled to central Iowa to see how growers are coping.", "Our correspondent
 * Ines Duarte spent the week in Porto." A name opening the sentence before a comma is a vocative
 * ("Ines Duarte, you were there."), which speaks to her.
 */
function spokenOfInThirdPerson(sentence: string, fullName: string): boolean {
  const at = sentence.toLowerCase().indexOf(fullName.toLowerCase());
  if (at < 0) return false;
  const after = sentence.slice(at + fullName.length);
  // the name as a whole word, not the start of a longer one
  if (/^[\p{L}'’-]/u.test(after) || (at > 0 && /[\p{L}-]/u.test(sentence[at - 1]!))) return false;
  return !(at === 0 && /^\s*,/.test(after));
}
/** A word that opens a sentence before a comma without naming anyone: "Right, …", "Okay, …", "So, …". */
const DISCOURSE_OPENER = lazy(() => /^(?:right|okay|ok|so|well|now|alright|yes|yeah|yep|no|great|good|thanks|fine|sure|anyway|then|first|next|finally|also|and|but|oh|look|listen|actually|honestly|again|lastly|besides|meanwhile|however|perfect|brilliant|lovely|cool|excellent|interesting|wow|hmm|um|uh|sorry|please|yesterday|today|secondly|thirdly)$/i);

/** A title spelled out before a surname in a label: "Professor Oyelaran", "Doctor Marsh". */
const ACADEMIC_TITLE = lazy(() => /^(?:Professor|Doctor)\s+(?=\p{Lu})/u);
/**
 * The full name an unnamed voice's turn gives as its own ("I'm Leila Ferreira, by the way", "My name
 * is Ana Kovač.": labels.ts SELF_INTRODUCTION, as a numbered voice introduces itself), where a label
 * of the document holds that name; else null. The first 600 characters only: an introduction comes
 * early in a turn.
 */
function unnamedVoiceNamed(text: string, labelled: ReadonlySet<string>, reply: string | null): string | null {
  const head = text.slice(0, 600);
  const m = SELF_INTRODUCTION().exec(head);
  // A name no label holds is the voice's where it opens the turn ("I'm Tomasz Wierzbicki, I chair
  // the residents' association.") and the next voice answers it by that first name ("Thank you, Tomasz.").
  const answered = !!m && m.index < 80 && !!reply && addressesFirstName(reply, m[1]!.split(' ')[0]!);
  // So is a first name alone ("Sorry, can you hear me? It's Pádraig.") that the next voice answers by it ("We can, Pádraig.").
  if (!m && reply) {
    const first = FIRST_NAME_GIVEN().exec(head.slice(0, 120));
    if (first && addressesFirstName(reply, first[1]!)) return first[1]!;
  }
  if (!m || (!labelled.has(m[1]!) && !answered)) return unnamedVoiceWithPart(head);
  // Inside a quotation the "I" is the person quoted, not the voice ("a man came to the door and he
  // said "I'm Tom Reid, from the council""): an open quotation mark before the words names nobody.
  const before = head.slice(0, m.index);
  const straight = before.split('"').length - 1;
  return straight % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”') ? null : m[1]!;
}
/** A voice giving its first name alone, a sentence of its own: "It's Pádraig.", "This is Dana here." (1: the name). */
const FIRST_NAME_GIVEN = lazy(() => /(?:^|[.!?,]\s+)(?:[Ii]t['’]s|[Tt]his is|I['’]m)\s+(\p{Lu}[\p{Ll}'’-]+)(?:\s+here)?[.!]/u);
/** A public meeting's label for whoever takes the microphone: "SPEAKER:", "RESIDENT:", "PUBLIC COMMENT:". */
const PUBLIC_COMMENT_LABEL = lazy(() => /^(?:speaker|resident|public comment|member of the public|commenter)$/i);
/**
 * The name a questioner opens with, before their outlet (or a resident's street address): "Thanks. Dana Reilly, Bloomberg. Will…",
 * "Hi, Omar Said, The National. Has…", "Priya Nair from Reuters. Can…", "Ray Okafor, 18 River Road.", "Hi, Gloria Reyes, I'm
 * with the Franklin County Farm Bureau.", or what they are or where they live ("Hazel Brigg, I live on the Quay
 * estate.", "Ray Okafor, I'm a nurse at the Royal."). A greeting or thanks may
 * come first; the name is two or three capitalised words. A reporter asking on may give the name and "again"
 * for the outlet ("Pieter Hoogland again. Will …?").
 */
const SELF_INTRO = lazy(() => /^(?:(?:thanks|thank you|hi|hello|hey|good (?:morning|afternoon|evening)|yes|sure|okay|ok)(?: (?:so much|very much|all|everyone|sir|madam|chair))?[.,!]\s+){0,2}(?:(?:I['’]m|I am|this is|my name is|it['’]s)\s+)?(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2})(?: again[.,]\s|(?:,\s+(?:I['’]m (?:from|with) )?| (?:from|with|of) )(?:the |The |\d{1,5}[A-Za-z]? )?\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,4}[.,]\s|,\s+I(?:['’]m|['’]ve| am| have)?\s+(?:live[ds]?|lived|work(?:ed)?|teach|taught|run|ran|farm|rent|own|(?:a|an)\s+\p{Ll}+)(?![\p{L}])[^.!?\n]{0,60}\.\s)/iu);
/**
 * A question that opens by saying it follows up: "Can I follow up?", "A follow-up:", "Just to follow up on that, …";
 * or by counting itself among the asker's own ("Last one from me.", "One more from me, for Tomás:"), or opening on
 * "And" ("And Flinch, did it feel …?"), or on "But", pushing back on the answer just given ("But the estimate in
 * 2022 was 900 million."): the same reporter asking on, for a reporter names themselves only once.
 */
const FOLLOWS_UP = lazy(() => /^\s*(?:(?:thanks|thank you|sorry)[,.!]?\s+)?(?:(?:can|could|may) I (?:just )?(?:follow up|ask a follow-?up)|(?:(?:and |just |a |one |quick )+)?follow-?up\b|(?:just )?to follow up\b|following up\b|(?:(?:and |a |one )?(?:last|final|one more|another)(?: one| question)?|one last(?: one| question)?) from me\b|(?:and|but)\s+\S)/i);
function selfIntroduced(text: string): string | null {
  const m = SELF_INTRO().exec(text);
  if (!m) return null;
  // The name itself is case-sensitive: "Thanks. So, Mr Chair…" names nobody.
  const name = m[1]!;
  // (A surname's particle in lowercase is part of the name: "Sanne de Wit", "Pieter van Dam".)
  return /^\p{Lu}[\p{Ll}'’-]+(?: (?:(?:de|da|di|du|van|von|der|den|del|della|dos|das|le|la|ter|ten|bin|ibn|al|el) )?\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(name) ? name : null;
}

/**
 * A turn whose first sentence introduces its speaker: "And I'm Gordon Ashby, principal at Lakeview
 * Middle.", "Hi, I'm Priya Menon." (a greeting or a joining word may come first, nothing else).
 */
function opensIntroducingSelf(text: string): boolean {
  const m = SELF_INTRODUCTION().exec(text);
  return !!m && /^\s*(?:(?:and|so|hi|hello|hey|yes|yeah|okay|ok|well|good (?:morning|afternoon|evening)(?: everyone| all)?)[,.!]?\s+){0,2}$/i.test(text.slice(0, m.index));
}
/** A turn asking the next voice to say who they are: "Tell us about yourself.", "Please introduce yourselves." */
const ASKS_FOR_INTRODUCTION = lazy(() => /(?<![\p{L}])(?:introduce|yourself|yourselves|who you are|your names?|tell (?:us|me) about you)(?![\p{L}])/iu);

/**
 * A presenter opening a programme or a story: a greeting, then "I'm" and a name of two or three
 * words, and the name ends there ("Good evening, I'm Dana Hollis.", "GOOD MORNING. I'M ROBERTO
 * SALAZAR, AND …", "Welcome back to Civic Hour. I'm …"). The greeting is required: a bare "I'M …"
 * in capitals may be any phrase.
 */
// The welcome may name the programme: "Welcome back to Civic Hour. I'm …", "Good evening and welcome to Metro Desk. I'm …".
// So may the greeting's own sentence: "Good morning, this is Harbour Talk. I'm …", "Hi, you're listening to Dock Radio. I'm …".
const ANCHOR_GREETING = lazy(() => /^(?:good (?:morning|afternoon|evening)(?:,? and welcome(?: back)?(?: to [^.!?,]{1,40})?)?|hello|hi|welcome(?: back)?(?: to [^.!?,]{1,40})?)(?:,? (?:everyone|everybody|again))?(?:,? (?:this is|you['’]re (?:listening to|watching)) [^.!?,]{1,40})?[,.!]\s+(?:I['’]m|I am)\s+/i);
const ANCHOR_NAME = lazy(() => /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})(?:[.,](?:\s|$)| (?:and|AND|in|IN|with|WITH)\s)/u);
function anchorIntroduced(text: string): string | null {
  const greeting = ANCHOR_GREETING().exec(text);
  const name = greeting ? ANCHOR_NAME().exec(text.slice(greeting[0].length)) : null;
  if (!name || !isNameShaped(name[1]!)) return null;
  return displayName(name[1]!);
}

/**
 * The voices of a newscast's anonymous ">>" turns that its own structure names (closed captions
 * name nobody in a label):
 * - the anchor: where one presenter greets and names herself in a ">>>" turn ("GOOD EVENING, I'M
 *   DANA HOLLIS."), every ">>>" turn (the mark of a new story) is hers;
 * - a reporter handed the line: a turn that names someone in full and ends on that first name alone
 *   as a question ("CHANNEL 7'S LUIS BETANCOURT IS OUTSIDE THE PLANT GATES. LUIS?") gives the next
 *   turn to that person; a turn that signs off with a name and a newsroom ("…, LUIS BETANCOURT,
 *   CHANNEL 7 NEWS.") is that person's;
 * - a soundbite named after it is played: a turn opening "THAT WAS LINE SUPERVISOR GLORIA MENDEZ."
 *   names the turn before it (the soundbite), and is itself the voice of the turn before that,
 *   the reporter who went to the soundbite.
 * Turns these signs do not reach stay anonymous.
 */
function broadcastVoices(turns: readonly Turn[], lines: readonly string[]): Map<Turn, string> {
  const voices = new Map<Turn, string>();
  const anonymous = (t: Turn | undefined): boolean => !!t && t.speaker === null && !!t.key?.startsWith('>>#');
  if (!turns.some(anonymous)) return voices;
  const storyOpener = (t: Turn) => /^\s*>>>/.test(lines[t.lines[0] ?? -1] ?? '');
  const anchors = new Set<string>();
  for (const t of turns) if (anonymous(t) && storyOpener(t)) {
    const named = anchorIntroduced(normalizeSpace(t.parts.join(' ')));
    if (named) anchors.add(named);
  }
  const anchor = anchors.size === 1 ? [...anchors][0]! : null;
  const sentencesOf = (t: Turn) => splitSentences(normalizeSpace(t.parts.join(' '))).map((s) => s.text.trim()).filter((s) => s);
  // A chair's welcome ending on whom it addresses ("CHAIRMAN BEHNAM, THANK YOU FOR BEING HERE."), that
  // person a label of the same captions later ("CHAIRMAN BEHNAM: WE BROUGHT 47 ACTIONS …"): the
  // anonymous turn right after is that person's reply ("THANK YOU, MR. CHAIRMAN.").
  const labelled = [...new Set(turns.flatMap((x) => (x.speaker !== null && !anonymous(x) ? [x.speaker] : [])))];
  const addressedLabel = (sentences: readonly string[]): string | null => {
    const last = (sentences[sentences.length - 1] ?? '').toUpperCase();
    const hits = labelled.filter((n) => n.includes(' ') && last.startsWith(`${n.toUpperCase()},`));
    return hits.length === 1 ? hits[0]! : null;
  };
  const voiceOf = (t: Turn | undefined): string | null => (!t ? null : t.speaker !== null ? t.speaker : (voices.get(t) ?? null));
  studioInterview(turns, anonymous, storyOpener, voices);
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i]!;
    if (!anonymous(t) || voices.has(t)) {
      // A turn named already (a sign-off newscast.ts read, a label) names the soundbite before it all the same
      // ("THAT'S PUBLIC WORKS DIRECTOR HELEN ASHBY. ON ELM STREET, PRIYA NANDAKUMAR, NEWS 4.").
      const before = turns[i - 1];
      const named = t.speaker !== null ? soundbiteNamed(sentencesOf(t)[0] ?? '') : null;
      if (named && before && anonymous(before) && !voices.has(before) && !storyOpener(before)) voices.set(before, named);
      continue;
    }
    if (anchor && storyOpener(t)) {
      voices.set(t, anchor);
      continue;
    }
    const sentences = sentencesOf(t);
    const before = turns[i - 1];
    const named = soundbiteNamed(sentences[0] ?? '');
    if (named && before && anonymous(before) && !voices.has(before) && !storyOpener(before)) {
      voices.set(before, named);
      const reporter = voiceOf(turns[i - 2]);
      if (reporter && reporter !== named) voices.set(t, reporter);
    }
    const signed = signedOff(sentences[sentences.length - 1] ?? '');
    if (signed) voices.set(t, signed);
    else if (!voices.has(t) && before) {
      // The hand-off's closing question may stand as a turn of its own, split from the turn that
      // named the reporter (an unlabelled question before the answer: no key).
      const handOff = anonymous(before) ? sentencesOf(before) : before.key === null && anonymous(turns[i - 2]) ? [...sentencesOf(turns[i - 2]!), ...sentencesOf(before)] : [];
      const handedTo = handedLineTo(handOff) ?? (anonymous(before) ? addressedLabel(handOff) : null);
      if (handedTo) voices.set(t, handedTo);
    }
    // A reporter's line between two soundbites: it names in full who speaks next ("DELACROIX'S
    // ATTORNEY, RAYMOND OSEI, SAYS …" before ">> RAYMOND OSEI: …"), after an unnamed soundbite the
    // reporter went to from the turn before it. The reporter's own voice again.
    const next = turns[i + 1];
    const nextName = next ? voiceOf(next) : null;
    if (!voices.has(t) && nextName && /\s/.test(nextName) && before && anonymous(before) && !voices.has(before)) {
      const reporter = voiceOf(turns[i - 2]);
      const said = normalizeSpace(t.parts.join(' ')).toUpperCase();
      // ">> THANKS, ROSA." after the reporter is the anchor taking the package back, no soundbite
      const thanked = reporter ? new RegExp(`^(?:(?:thanks|thank you)\\s*,?\\s+)?${escapeRegExp(reporter.split(' ')[0]!)}\\b\\s*[,.!]`, 'iu').test(normalizeSpace(before.parts.join(' '))) : false;
      if (reporter && !thanked && reporter.toUpperCase() !== nextName.toUpperCase() && said.includes(nextName.toUpperCase())) voices.set(t, reporter);
    }
  }
  return voices;
}

/**
 * A studio interview in captions: the presenter's turn names her and her guest ("WELCOME BACK TO
 * MARKET HOUR. I'M JANINE OKORO. JOINING ME NOW IS THE CHIEF EXECUTIVE OF HALDEN ENERGY, MARCUS
 * VEIL."), and each ">>" after it marks a change between the two of them. The anonymous turns
 * after it alternate, the guest's first, as long as every turn that asks falls to the presenter: a
 * new story (">>>"), a labelled voice or a turn of the guest's that asks ends the run. Sets the
 * voices of the intro and the run in `voices`.
 */
function studioInterview(turns: readonly Turn[], anonymous: (t: Turn | undefined) => boolean, storyOpener: (t: Turn) => boolean, voices: Map<Turn, string>): void {
  // The presenter introduces the guest early: within the first few turns.
  for (let i = 0; i < Math.min(turns.length, 4); i++) {
    const intro = turns[i]!;
    if (!anonymous(intro)) continue;
    const text = normalizeSpace(intro.parts.join(' '));
    const host = anchorIntroduced(text.replace(/^>+\s*/, ''));
    const guest = host ? studioGuest(text) : null;
    if (!host || !guest || guest === host) continue;
    let end = i + 1;
    while (end < turns.length && anonymous(turns[end]) && !storyOpener(turns[end]!) && !((end - i) % 2 === 1 && asks(turns[end]!))) end++;
    let hostAsks = false;
    for (let k = i + 2; k < end; k += 2) if (asks(turns[k]!)) hostAsks = true;
    if (!hostAsks) return;
    voices.set(intro, host);
    for (let k = i + 1; k < end; k++) voices.set(turns[k]!, (k - i) % 2 === 1 ? guest : host);
    return;
  }
}
/**
 * The guest a presenter introduces: "JOINING ME NOW IS THE CHIEF EXECUTIVE OF HALDEN ENERGY, MARCUS
 * VEIL.", "With me tonight is Ana Ruiz, the city's housing chief.", "My guest this morning is Tom
 * Reid.", "Today I'm joined by Ana Ruiz, who runs …": the name is the phrase's first or last part between commas, of two or three words.
 */
// "… and today I'm joined by Halvard Moen, who runs …": the passive of "joining me is" names the guest as well.
const STUDIO_GUEST = lazy(() => /(?:joining (?:me|us)(?: now| today| tonight| this (?:morning|evening))?(?: here)?(?: in the studio)? is|with (?:me|us)(?: now| today| tonight| here)?(?: in the studio)? is|my guest(?: today| tonight| this (?:week|morning|evening))? is|(?:I['’]m|I am|we['’]re|we are) (?:now |today |tonight |also )?joined(?: now| today| tonight| here| in the studio)? by)\s+([^.?!]{3,160}?)[.?!]/i);
function studioGuest(text: string): string | null {
  const m = STUDIO_GUEST().exec(text);
  if (!m) return null;
  const parts = m[1]!.split(',').map((p) => p.trim());
  for (const part of [parts[parts.length - 1]!, parts[0]!]) {
    const words = part.split(/\s+/);
    if (words.length < 2 || words.length > 3 || /^(?:the|a|an|our|my|his|her|their)$/i.test(words[0]!) || !isNameShaped(part)) continue;
    const name = displayName(part);
    if (mayBePersonName(name)) return name;
  }
  return null;
}
/** A word of a name in a newscast's captions, capitals or not. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
/** "LUIS?": a first name alone, asked: the floor handed to that person. */
const FIRST_NAME_ASKED = lazy(() => new RegExp(String.raw`^(${NAME_WORD})\?$`, 'u'));
const NAME_WORD_ALONE = lazy(() => new RegExp(String.raw`^${NAME_WORD}$`, 'u'));
/** The full name the hand-off turn gives a first name handed the line: "LUIS?" after "CHANNEL 7'S LUIS BETANCOURT". */
function handedLineTo(sentences: readonly string[]): string | null {
  const asked = FIRST_NAME_ASKED().exec(sentences[sentences.length - 1] ?? '');
  if (!asked || sentences.length < 2) return null;
  const first = asked[1]!;
  const words = sentences.slice(0, -1).join(' ').split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|(?:['’]s)?[^\p{L}]*$/gu, ''));
  const full = new Set<string>();
  for (let k = 0; k + 1 < words.length; k++) if (words[k] === first && NAME_WORD_ALONE().test(words[k + 1]!)) full.add(`${first} ${words[k + 1]}`);
  if (full.size !== 1) return null;
  const name = [...full][0]!;
  return isNameShaped(name) && mayBePersonName(name) ? displayName(name) : null;
}
/**
 * A reporter's sign-off, the turn's last sentence ending on a name and a newsroom ("… NEWS", "NEWS 4"):
 * "REPORTING LIVE IN RIVERBEND, LUIS BETANCOURT, CHANNEL 7 NEWS.", "ON ELM STREET, PRIYA NANDAKUMAR, NEWS 4."
 */
const SIGN_OFF = lazy(() => new RegExp(String.raw`(?:^|, )(${NAME_WORD} ${NAME_WORD}), (?:[\p{Lu}\d][\p{L}\d'’-]* ){0,3}(?:NEWS|News)(?: [\p{Lu}\d][\p{L}\d'’-]*){0,2}\.$`, 'u'));
/** A sign-off by place without a newsroom: "REPORTING FROM CITY HALL, DEV PATEL.", "Reporting live in Ostrava, Jana Novak." */
const SIGN_OFF_PLACED = lazy(() => new RegExp(String.raw`(?:^|[.!?]\s+)(?:REPORTING|Reporting) (?:LIVE |live )?(?:FROM|IN|AT|from|in|at) [^,.!?]{2,40}, (${NAME_WORD} ${NAME_WORD})\.$`, 'u'));
/** A sign-off naming the newsroom first, the reporter after "I'm": "FOR CHANNEL 6 NEWS, I'M TONY RAMIREZ.", "For News 4, I'm Alicia Gomez." */
const SIGN_OFF_FOR = lazy(() => new RegExp(String.raw`^(?:FOR|For) (?:[\p{Lu}\d][\p{L}\d'’-]* ){0,3}(?:NEWS|News)(?: [\p{Lu}\d][\p{L}\d'’-]*){0,2}, (?:I['’]M|I['’]m|I AM|I am) (${NAME_WORD} ${NAME_WORD})\.$`, 'u'));
function signedOff(sentence: string): string | null {
  const m = SIGN_OFF().exec(sentence) ?? SIGN_OFF_PLACED().exec(sentence) ?? SIGN_OFF_FOR().exec(sentence);
  return m && isNameShaped(m[1]!) && mayBePersonName(m[1]!) ? displayName(m[1]!) : null;
}
/**
 * A soundbite named after it is played, by role and name: "THAT WAS LINE SUPERVISOR GLORIA MENDEZ.",
 * "That's county spokesman Craig Pelletier." The role is required, its last word a person's
 * (an agent noun: "supervisor", "spokesman", "resident"): "THAT'S A GOOD NIGHT." names nobody.
 */
// A clause after the name says more of the person ("THAT WAS COUNCILWOMAN GRACE LIU, WHO VOTED YES.").
const SOUNDBITE_NAMED = lazy(() => new RegExp(String.raw`^(?:THAT WAS|THAT['’]S|THAT IS|That was|That['’]s|That is) ((?:[\p{L}\d'’-]+ ){1,4})(${NAME_WORD} ${NAME_WORD})(?:, (?:WHO|who) [^.!?]{1,80})?\.$`, 'u'));
const AGENT_NOUN = lazy(() => /(?:er|or|ist|ian|man|woman|person|ant|ent)$/i);
export function soundbiteNamed(sentence: string): string | null {
  const m = SOUNDBITE_NAMED().exec(sentence);
  if (!m) return null;
  const role = m[1]!.trim().split(' ');
  if (!AGENT_NOUN().test(role[role.length - 1]!) && !PERSON_NOUN_ANY().test(role[role.length - 1]!)) return null;
  return isNameShaped(m[2]!) && mayBePersonName(m[2]!) ? displayName(m[2]!) : null;
}

/** A house's presiding officer as its label names them: "The SPEAKER", "The DEPUTY SPEAKER", "Madam PRESIDENT", "The ACTING CHAIR". */
const PRESIDING_OFFICER = lazy(() => /^(?:the|madam|mister|mr\.?)\s+(?:(?:deputy|acting)\s+)?(?:speaker|president|chair(?:man|woman|person)?)$/i);
/** Short exclamations only, each a call to order or a member's name: "Order!", "Member for Cottesloe!", "Order! Order!". */
const CALL_TO_ORDER = lazy(() => /^(?:[^.?!]{1,40}!\s*){1,3}$/);
/** A chair's giving the floor with its time, as the turn's last sentence: "Ms. Ferreira, you have 5 minutes.", "Please proceed." */
const GIVES_FLOOR = lazy(() => /\b(?:you (?:have|are given|get) (?:\d{1,2}|one|two|three|four|five|seven|ten) minutes|(?:please|you may) (?:proceed|begin)|the floor is yours)\b[^.!?]*[.!]?\s*$/i);
/** A chair's hand-over of the floor, as the turn's last sentence: "I now recognize Mr. Ortiz for 5 minutes.", "The gentlewoman is recognized.", "you are recognized for five minutes." */
const HANDS_OVER = lazy(() => /(?:^|[.!?]\s+)[^.!?]*\b(?:(?:I|the Chair) (?:now |will now |)recogni[sz]es?\b(?:[^.!?]|\b(?:Mr|Mrs|Ms|Dr)\.)*|(?:is|are) (?:now )?recogni[sz]ed(?: for (?:\d+|one|two|three|four|five|ten) minutes?)?)[.!]?\s*$/);

/** A programme's break, as a turn's last sentence: "We'll be right back.", "Stay with us.", "… after a word from our sponsor." */
// Tested on the sentence without its stop, which holds no other stop: a pattern anchored at both ends
// with "[^.!?]*" around the phrase tried the tail after every phrase of a long run (quadratic).
const BREAK_ANNOUNCEMENT = lazy(() => /\b(?:(?:we['’]ll|we will|I['’]ll|I will) be right back|(?:we['’]ll|we will) be back (?:after|in (?:a|just a) (?:moment|minute|few minutes))|(?:stay|stick around) with us|don['’]t go anywhere|after (?:the|this|a (?:short|quick)) break|(?:a )?(?:word|message)s? from (?:our|this (?:week|episode)['’]s|today['’]s) sponsors?)\b/i);
function announcesBreak(t: Turn): boolean {
  const last = t.parts[t.parts.length - 1];
  if (!last) return false;
  const closing = splitSentences(normalizeSpace(last)).at(-1)?.text.trim();
  const bare = closing?.replace(/[.!]$/, '');
  return !!bare && !/[.!?]/.test(bare) && BREAK_ANNOUNCEMENT().test(bare);
}
/**
 * A turn that says nothing but its break: "We'll be right back.", "Stay with us.", "Don't go anywhere,
 * we'll be back after the break." Each sentence opens on the break's words (a word or two before a
 * comma at most: "OK, stay with us."), or is a thanks; a few words, no question. (Not a sentence that
 * only ends on such words: "…, because users who understand risk stay with us.")
 */
const BREAK_TURN_MAX_WORDS = 12;
function onlyAnnouncesBreak(t: Turn): boolean {
  const text = normalizeSpace(t.parts.join(' '));
  if (wordCount(text) > BREAK_TURN_MAX_WORDS || text.includes('?') || !announcesBreak(t)) return false;
  return splitSentences(text).every(({ text: x }) => {
    const cue = BREAK_ANNOUNCEMENT().exec(x);
    const before = cue ? x.slice(0, cue.index).trim() : null;
    return (before !== null && (!before || (/,$/.test(before) && wordCount(before) <= 3))) || isPleasantry(x);
  });
}
/**
 * A presenter's lead-in to what the programme plays or puts on air next, the turn's last sentence:
 * "Let's listen to what the mediator said on Tuesday.", "Take a listen.", "Let's hear what she told
 * us." Tape said elsewhere answers nothing of it: nothing was asked. (A caller brought on, "Let's hear
 * from Anita in Tacoma.", answers the hand-off as a phone-in's callers all do.)
 */
const TAPE_LEAD_IN = lazy(() => /^(?:(?:and|now|so|well|first),?\s+)?(?:let['’]s (?:listen|hear(?! from)|have a listen|take a listen)|(?:take|have) a listen|listen to (?:this|that|what|how|some|a bit|part))\b[^?]*\.$/i);
function leadsIntoTape(t: Turn): boolean {
  const text = normalizeSpace(t.parts.join(' '));
  if (text.includes('?')) return false;
  const sentences = splitSentences(text);
  const last = sentences[sentences.length - 1]?.text.trim();
  return !!last && TAPE_LEAD_IN().test(last);
}
/** A question's closing words that name who answers first in a round: "Imani, you first.", "Lars, start us off." */
const ROUND_OPENER = lazy(() => /[.?!]\s+\p{Lu}[\p{Ll}'’-]+,\s*(?:you(?:['’]re)?\s+(?:go\s+)?first|you\s+start|start\s+us\s+off|kick\s+us\s+off|lead\s+us\s+off)\b[^.?!]*[.!]?\s*$/u);

/**
 * A question put to the whole panel, not one member: "Would the panel support …?", "… to all of
 * you", "Each of you, briefly: …", "Would either of you support …?". Every panellist's turn after it, nobody asking between, answers it.
 */
// (A screening's or a reading's floor addresses the guests on stage by what they are, set off before its
// question: "For the actors — did you grow up …?", "To both authors: …".)
const PUT_TO_PANEL = lazy(() => /(?<![\p{L}])(?:(?:for|to)\s+(?:the|both|all)\s+(?:(?:two|three|four)\s+)?(?:cast|actors|actresses|authors|writers|poets|filmmakers|musicians|guests)\s*[—–:,]|the\s+(?:whole\s+|entire\s+)?(?:panel|panell?ists|speakers)|(?:all|each|either|both|any)\s+of\s+you|all\s+(?:four|three|five|two)\s+of\s+you|everyone\s+on\s+the\s+(?:panel|stage))(?![\p{L}])/iu);
function putToPanel(t: Turn): boolean {
  const last = t.parts[t.parts.length - 1] ?? '';
  return last.includes('?') && splitSentences(normalizeSpace(last)).some((s) => isQuestionSentence(s.text) && PUT_TO_PANEL().test(s.text));
}

/**
 * A prompt with no question mark, put to a participant by name about their own words or stand:
 * "Peter, you've called that a scandal.", "Ana, you have argued the opposite." The one named, when
 * they speak next, answers it as they would "Peter, why a scandal?".
 */
const STANCE_PUT_TO = lazy(() => /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}),\s+you(?:['’]ve|\s+have|['’]re\s+on\s+record|\s+are\s+on\s+record)?(?:\s+(?:often|long|already|publicly|repeatedly|also))?\s+(?:called|said|argued|written|wrote|claimed|described|warned|suggested|criticised|criticized|been\s+(?:critical|vocal|outspoken)|told|insisted|maintained|accused|blamed|described|saying|calling|argue|say|claim|call)(?![\p{L}])/u);
function stancePutTo(prompt: Turn, turn: Turn): boolean {
  const last = prompt.parts[prompt.parts.length - 1] ?? '';
  if (!last.includes(',') || !turn.speaker) return false;
  const sentences = splitSentences(normalizeSpace(last));
  const m = STANCE_PUT_TO().exec(sentences[sentences.length - 1]?.text.trim() ?? '');
  if (!m) return false;
  const who = turn.speaker.toLowerCase().split(/\s+/);
  return m[1]!.toLowerCase().split(/\s+/).every((w) => who.includes(w));
}

/** An examiner's word letting the witness answer, no question of its own: "You can answer.", "Go ahead.", "You may answer the question." */
const LETS_ANSWER = lazy(() => /^(?:(?:you|the witness) (?:can|may) (?:go ahead and )?answer(?: the question)?|(?:please )?go ahead(?: and answer)?|(?:please )?answer the question|you can go ahead)[.!]?$/i);

/** A rehearsal's or a briefing's announced question: "the first question is about how you joined", "Second question will be about …". */
const ANNOUNCED_QUESTION = lazy(() => /(?<![\p{L}])(?:first|second|third|next|last|final|my|our)\s+question\s+(?:is|will\s+be|would\s+be)\s+(?:about|on)\s/iu);
/**
 * A question tabled in a parliament, as its record prints it: an indirect question with the
 * question's reference number in brackets, "What steps the Government are taking to … [902311]",
 * "Whether she will review … [R] [45021]". The order paper's number before it and no reference
 * after it is the same question where it asks about the Government or a minister in the third
 * person: "1. What steps the Government are taking to improve bus services in rural areas.",
 * "4. Whether she will review …"; the reference may stand in round brackets too.
 */
const TABLED_QUESTION = lazy(() => /^(?:(?:What|Whether|If|How|When|Which|Why)\s[^?]*[.?]\s*(?:\[[A-Z]\]\s*)?(?:\[\d{4,7}\]|\(\d{4,7}\))|\d{1,3}\.\s+(?:What|Whether|If|How|When|Which|Why)\s(?:[^?]{0,60}?\s)?(?:the Government|he|she|they|his Department|her Department|the Department)\s(?:is|are|has|have|had|will|would|plans?|intends?|proposes?)\s[^?]*[.?])$/);

/** "Tell me about…", "So walk us through…": a prompt put to the listener without a question mark. */
const TELL_ME = lazy(() => /^(?:(?:so|and|now|okay|ok|well),?\s+)?(?:please\s+)?(?:tell|talk|walk|take|give|describe|explain|share)\s+(?:me|us)\b/i);
/**
 * An imperative that asks for an account, with no listener named: "Explain what this new law does
 * and why …", "Describe how the count was done.", "Outline for us where the money went." The verb
 * and the question word after it ask as "What does the law do?" would.
 */
const EXPLAIN_WH = lazy(() => /^(?:(?:so|and|now|okay|ok|well|first),?\s+)?(?:please\s+)?(?:explain|describe|outline|clarify|lay out)\s+(?:(?:to|for) (?:us|me|our (?:listeners|viewers|audience|readers))\s+)?(?:what|how|why|where|when|who|whether|which)\s/i);

/**
 * Auto-captions (a ">>" change of speaker, no punctuation at all): a turn asks when it opens with a
 * question word and its verb ("so how did it start", "and now how many bikes…", "that's amazing
 * what's the hardest part"), or its last words are one put to the listener ("… how many
 * ingredients go into your mole").
 */
const WH_VERB = String.raw`(?:what|how|why|who|where|which|when)(?:['’](?:s|re)\s|\s+(?:is|are|was|were|did|do|does|can|could|would|will|should|has|have|many|much|long|often)\b)`;
const CAPTION_ASKS_FIRST = lazy(() => new RegExp(String.raw`^(?:(?:so|and|now|okay|ok|well|but|then|wow|right|great|amazing|that['’]s\s+\p{L}+)\s+){0,4}` + WH_VERB, 'iu'));
const CAPTION_ASKS_LAST = lazy(() => new RegExp(String.raw`(?:^|\s)` + WH_VERB + String.raw`(?:\s+\S+){0,8}\s*$`, 'iu'));
function captionAsks(t: Turn): boolean {
  if (!t.key?.startsWith('>>#')) return false;
  // A caption turn's lines are one run of words, cut wherever the cue was.
  const text = normalizeSpace(t.parts.join(' '));
  if (/[.?!;]|,(?!\d)/.test(text)) return false;
  if (CAPTION_ASKS_FIRST().test(text)) return true;
  const tail = CAPTION_ASKS_LAST().exec(text);
  return !!tail && hasSecondPerson(tail[0]);
}

/**
 * The person addressed before a sentence: "Dr Marsh, …", "Ms Okafor, …", "Peter Lund, …" (two or
 * three capitalised words and a comma). One word is too often a sentence's opening ("So, …", "Well, …").
 */
const VOCATIVE = lazy(() => /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,2}\p{Lu}[\p{L}'’-]+,\s+(?=\p{Ll})/u);
/**
 * A request put to the person named before it, closed by a full stop as counsel speaks it: "Dr
 * Marsh, could you give the Inquiry your full name, please." The words after the name ask as a
 * sentence of their own would ("could you …", "please tell us …").
 */
function asksAfterVocative(sentence: string): boolean {
  const v = sentence.includes(',') ? VOCATIVE().exec(sentence) : null;
  if (!v) return false;
  const rest = sentence.slice(v[0].length);
  return isQuestionSentence(rest) || isImperativePrompt(rest);
}

/**
 * A question relayed to the person named before it, with no question mark: "Rafael, the community
 * asked whether the audit found anything.", "Dr Osei, listeners want to know how the money was
 * spent." The named person is asked, as by "Rafael, did the audit find anything?".
 */
const RELAYED_QUESTION = lazy(() => /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}),\s+[^.?!]{0,80}?\b(?:asked|asks|want(?:s|ed)? to know|would like to know|wonder(?:s|ed)?)\s+(?:(?:you|us|me)\s+)?(?:whether|if|how|why|what|when|where|who|which)\s/u);
/**
 * A question relayed in the present tense, closing the turn: "We've got one from Pádraig in the
 * chat. He asks whether the school routes are affected.", "Mireille wants to know how long it
 * takes." (The past tense, "He asked whether we'd sell", is a story an answer tells.)
 */
const RELAYED_NOW = lazy(() => /^(?:He|She|They|\p{Lu}[\p{Ll}'’-]+)\s+(?:asks|is asking|wants to know|would like to know|wonders)\s+(?:(?:you|us)\s+)?(?:whether|if|how|why|what|when|where|who|which)\s[^?]*[.?]?$/u);
function relaysQuestionTo(sentence: string): boolean {
  if (!sentence.includes(',')) return false;
  const m = RELAYED_QUESTION().exec(sentence);
  return !!m && !DISCOURSE_OPENER().test(m[1]!.split(' ')[0]!);
}

/** Every sentence of the turn is a question ("Is 2.6% your model's? Or the IMF's?"): it asks, and answers nothing. */
function onlyAsks(t: Turn): boolean {
  if (!endsInQuestion(t)) return false;
  return splitSentences(normalizeSpace(t.parts.join(' '))).every((s) => /[?？]["”’')]*$/.test(s.text.trim()));
}

/**
 * Every word of the turn is a note that it was not heard ("Q: (Inaudible.)"): whatever was said is
 * not on the page. So is a question with no words left once its note is taken out ("QUESTION:
 * [inaudible]", the note kept as the asking side's turn by transcript.ts).
 */
function unheard(t: Turn): boolean {
  const said = t.parts.filter((p) => p.trim());
  return said.length ? said.every((p) => isUnheardNote(p)) : !!t.asker && t.lines.length > 0;
}

/** The turn's last sentence is a question with its question mark ("…, or is the moment gone?"). */
function endsInQuestion(t: Turn): boolean {
  const last = t.parts[t.parts.length - 1]?.trim();
  return !!last && /[?？]["”’')]*$/.test(last) && !TAG_QUESTION().test(last);
}

/**
 * A check of the line, not of the person: "Better?", "Can you hear me now?", "Is that better?", "Am I
 * coming through?", "How's the audio?". It asks about the recording, never for an answer to quote.
 */
const LINE_CHECK = lazy(() =>
  /^(?:(?:so|okay|ok|and|how about now|now),?\s+)?(?:(?:is (?:that|this|it) )?(?:any )?(?:better|clearer|louder)(?: now)?|(?:can|could|do|does) (?:you|everyone|everybody|people|you all|y['’]all) hear me(?: (?:now|okay|ok|all right|alright|better|clearly|well|there))?|(?:am i|are we) (?:coming through|audible|back|on|still on|on mute|muted|unmuted)(?: (?:now|okay|ok|clearly|there))?|how(?:['’]s| is) (?:that|this|the sound|the audio|my audio|my sound|the mic|my mic|the level|my level)(?: now)?|(?:is|was) (?:that|this|it|my (?:mic|audio|sound)|the (?:mic|audio|sound)) (?:okay|ok|better|working|clearer|louder|coming through)(?: now)?)\?$/i,
);
/**
 * A turn that checks the line and answers the check itself ("Better? Okay.", "Can you hear me now?
 * Great."): the speaker heard the answer off the record and goes on; it asks nothing of the next
 * voice, whose words answer no question of it. Every sentence a check or back-channel, the last
 * back-channel.
 */
function answersOwnLineCheck(sentences: readonly { text: string }[]): boolean {
  if (sentences.length < 2 || !isBackchannel(sentences[sentences.length - 1]!.text)) return false;
  let checks = 0;
  for (const s of sentences.slice(0, -1)) {
    if (LINE_CHECK().test(s.text.trim())) checks++;
    else if (!isBackchannel(s.text)) return false;
  }
  return checks > 0;
}

/** Turns right under another person's question (emitConversation): a present-tense report of a question at their end tells a story. */
const answering = new WeakSet<Turn>();

/**
 * A question in a note-taker's words, the asker left out as a recap's rows leave out their speaker
 * ("Asked why Lumen Grid chose sodium-ion.", "Asked whether the cells survive cold winters.",
 * "Asked him about the 2022 pilot."): the turn asks as a question would.
 */
const REPORTED_ASK = lazy(() => /^Asked\s+(?:(?:him|her|them|the\s+(?:guest|panel|speakers?))\s+)?(?:why|whether|if|when|how|what|where|who|which|about)\s/u);

/**
 * A question read out whole in quotation marks, a statement of the sender's after it inside them: a
 * meeting's moderator reading a submitted question ('"Is the hybrid policy changing? Rumour is three
 * days in the office."'). The quotation is the turn's last sentence and the question its own.
 */
const READ_OUT_QUESTION = lazy(() => /^["“][^"“”]{3,300}?\?\s+[^"“”?]{3,200}[.!]["”]$/u);
/**
 * A question someone else put, quoted after the teller's own words and a colon: 'My editor wrote one
 * line in the margin: "Who wants what?"'. With the teller's own statement after it (toldOfOwn), the
 * speaker tells a story and asks the listener nothing.
 */
const QUOTED_QUESTION_TOLD = lazy(() => /^[^"“”?]{3,200}:\s*["“][^"“”]{2,200}\?["”]$/u);
/**
 * The sentence after such a quoted question goes on with the teller's own story ("I rewrote the whole
 * book around that question."): "I", and no "you". A chair reading a question out turns to whom it
 * is for ('They ask: "What would each of you do …?" Ruth, you work in the NHS, …'): that one asks.
 */
function toldOfOwn(sentence: string): boolean {
  return /(?<![\p{L}'’])I(?![\p{L}'’])/u.test(sentence) && !/(?<![\p{L}'’])you(?![\p{L}'’])/iu.test(sentence);
}
/** asks() per turn and last paragraph: pairing asks about each turn several times. */
const asked = new WeakMap<Turn, { last: string; asks: boolean }>();

/** The turn ends by asking: a question (not a tag question) or a "Tell me…" prompt among its last two sentences. */
export function asks(t: Turn): boolean {
  const last = t.parts[t.parts.length - 1];
  if (!last) return false;
  const memo = asked.get(t);
  if (memo && memo.last === last) return memo.asks;
  const sentences = splitSentences(normalizeSpace(last));
  const lastStates = sentences.length >= 2 && !isQuestionSentence(sentences[sentences.length - 1]!.text);
  const result = !(t.parts.length === 1 && answersOwnLineCheck(sentences)) && sentences
    .slice(-2)
    .some((s, k) => (isQuestionSentence(s.text) && !TAG_QUESTION().test(s.text) && !(k === 0 && lastStates && (SELF_ANSWERED_LEAD().test(s.text.trim()) || (QUOTED_QUESTION_TOLD().test(s.text.trim()) && toldOfOwn(sentences[sentences.length - 1]!.text))))) || isImperativePrompt(s.text) || TELL_ME().test(s.text) || EXPLAIN_WH().test(s.text.trim()) || (s.text.includes('question') && ANNOUNCED_QUESTION().test(s.text)) || asksAfterVocative(s.text) || relaysQuestionTo(s.text) || REPORTED_ASK().test(s.text.trim()) || (k === sentences.slice(-2).length - 1 && READ_OUT_QUESTION().test(s.text.trim()))) || captionAsks(t) || TABLED_QUESTION().test(last.trim()) || (!answering.has(t) && RELAYED_NOW().test(sentences[sentences.length - 1]?.text.trim() ?? ''));
  asked.set(t, { last, asks: result });
  return result;
}

/** A handle opening a message, the name after "@": "@cryptoKemi no token planned." (tsv.ts reads a sheet's rows by it too). */
export const OPENING_HANDLE = lazy(() => /^\s*@([\p{L}\p{N}_.]{2,32})(?=[\s,:]|$)/u);
/**
 * A chat message opening on another sender's handle ("@cryptoKemi no token planned.", the guest
 * answering the room one member at a time) replies to that sender: its target is that sender
 * (repliedPrompt pairs it with what they asked), and it joins no message of its own sender's that
 * replies to someone else (repairTurns). Only a handle some message of the chat was sent under.
 */
function handleReplies(turns: Turn[]): void {
  let senders: Set<string> | null = null;
  for (const t of turns) {
    if (t.replyTo || t.key === null || !t.parts[0]?.trimStart().startsWith('@')) continue;
    const handle = OPENING_HANDLE().exec(t.parts[0])?.[1]?.replace(/\.$/, '');
    if (!handle) continue;
    senders ??= new Set(turns.flatMap((x) => (x.speaker ? [x.speaker, x.speaker.replace(/^@/, '')] : [])));
    if (senders.has(handle) && handle !== t.speaker?.replace(/^@/, '')) t.replyTo = { name: handle };
  }
}

/**
 * Conversation repair, in one pass over the turns:
 *  - a back-channel reply that lets the other speaker go on ("Uh-huh.",
 *    "Yeah." after a statement: a continuer) is no turn at all: the other
 *    speaker kept the floor;
 *  - turns under one label separated only by continuers are one turn: the
 *    host's build-up over the guest's "Yeah."s is one prompt, the guest's
 *    answer over the host's "Yes." one answer; the continuers inside it are
 *    `fillers` (their lines are filler, within the joined turn's lines);
 *  - a turn that opens with a dash ("-- the crime of …") picks up the same
 *    speaker's turn that broke off with one ("… on the hook as well for --"),
 *    across a short interjection from the other side, a filler when it is
 *    back-channel ("Right."), else an aside ("Trading account history.");
 *  - a continuer that no joined turn takes in stays: before a turn of its own
 *    speaker it opens that turn ("Right." + "Next question?"), else it is an
 *    aside; an answer abandoned after a word or two ("Yes, so --") is an aside
 *    when it says more than back-channel. Asides are their speakers' quotes,
 *    neither prompting nor answering. Only the asking side joins across such
 *    an abandoned start; anyone else's next turn after it is a turn of its own.
 * A back-channel that closes an exchange rather than lets the speaker go on
 * (thanks or a greeting, "Thanks for having me."; a "Yeah." that answers a
 * question) is an aside too, and nothing joins across it. Nothing merges
 * across a heading.
 */
function repairTurns(
  turns: Turn[],
  fillerKind: (t: Turn, before: Turn | undefined) => FillerKind | null,
  backchannel: (t: Turn) => boolean,
): { kept: Turn[]; fillers: Turn[]; asides: Set<Turn> } {
  const kept: Turn[] = [];
  const fillers: Turn[] = [];
  const asides = new Set<Turn>();
  // The stamp and words of the last paragraph joined into each kept turn: where its speaker stopped.
  const lastSpoken = new Map<Turn, { stamp: number; words: number }>();
  const spokenAfterGap = (last: Turn, turn: Turn): boolean => {
    if (turn.stamp === undefined) return false;
    const before = lastSpoken.get(last) ?? (last.stamp !== undefined ? { stamp: last.stamp, words: wordCount(last.parts.join(' ')) } : null);
    return !!before && turn.stamp - before.stamp - before.words / WORDS_PER_SECOND > RESUMED_AFTER_SECONDS;
  };
  // The sent time of the last message joined into each kept turn.
  const lastSent = new Map<Turn, { day: string; minute: number }>();
  const sentLater = (last: Turn, turn: Turn): boolean => {
    const before = lastSent.get(last) ?? last.sent;
    if (!before || !turn.sent) return false;
    return before.day !== turn.sent.day || Math.abs(turn.sent.minute - before.minute) >= CHAT_RESUMED_MINUTES;
  };
  const join = (into: Turn, from: Turn) => {
    if (from.sent) lastSent.set(into, from.sent);
    if (from.stamp !== undefined) lastSpoken.set(into, { stamp: from.stamp, words: wordCount(from.parts.join(' ')) });
    for (const l of from.lines) into.lines.push(l); // not push(...): a long turn would overflow the stack
    for (const p of from.parts) into.parts.push(p);
    for (const p of from.partLines) into.partLines.push(p);
    // The turn's role is the first its labels give ("MARY ELLIS, CNN ANCHOR:" wherever it stands in the run).
    if (!into.role && from.role) into.role = from.role;
    if (!into.context && from.context) into.context = from.context;
  };
  // Continuers since the last kept turn: fillers if the next turn joins across them.
  let pending: Turn[] = [];
  const settle = (next: Turn | null) => {
    // Those no join took in: the run just before a turn of their own speaker opens it, the rest are asides.
    let k = pending.length;
    while (next && k > 0 && pending[k - 1]!.key === next.key && pending[k - 1]!.block === next.block && pending[k - 1]!.asker === next.asker && !spokenAfterGap(pending[k - 1]!, next) && !sentLater(pending[k - 1]!, next)) k--;
    for (const f of pending.slice(0, k)) {
      asides.add(f);
      kept.push(f);
    }
    if (next && k < pending.length) {
      const opening = pending.slice(k);
      const merged: Turn = { ...next, lines: [], parts: [], partLines: [] };
      for (const f of opening) join(merged, f);
      join(merged, next);
      pending = [];
      return merged;
    }
    pending = [];
    return next;
  };
  for (let t = 0; t < turns.length; t++) {
    const turn = turns[t]!;
    const filler = fillerKind(turn, turns[t - 1]);
    if (filler === 'continuer') {
      pending.push(turn);
      continue;
    }
    const last = kept[kept.length - 1];
    // Another voice's start that broke off with a dash and says more than back-channel ("Sure,
    // but —", "They can work remotely until —") is an interruption. Only the asking side's prompt
    // goes on across it (a guest who came in too early: "Yes. So the master lock --" / the host's
    // "Like, explain that a bit."), and a turn that takes up its own broken sentence with a dash
    // ("… because --" / "-- because these reports …"). Anyone else's next turn answers or
    // overrides it: a turn of its own after it, so the turns keep their order. (A crowd's chant
    // breaks off nothing: the speaker goes on across it.)
    const interrupted =
      !turn.asker &&
      !LEADING_DASH().test(turn.parts[0] ?? '') &&
      pending.some((f) => f.key !== turn.key && !backchannel(f) && trailingDashAt(normalizeSpace(f.parts.join(' '))) >= 0);
    if (
      last &&
      !interrupted &&
      !asides.has(last) &&
      !turn.alone &&
      turn.key !== null &&
      last.key === turn.key &&
      !spokenAfterGap(last, turn) &&
      !sentLater(last, turn) &&
      last.block === turn.block &&
      last.asker === turn.asker &&
      // A reply to another message than the one the turn above replies to starts anew.
      !(turn.replyTo && turn.replyTo.name !== undefined && turn.replyTo.name !== last.replyTo?.name)
    ) {
      for (const f of pending) {
        if (backchannel(f)) fillers.push(f);
        else {
          // An abandoned start ("So these guys --") says more than back-channel: its speaker's quote.
          asides.add(f);
          kept.splice(kept.length - 1, 0, f);
        }
      }
      pending = [];
      join(last, turn);
      continue;
    }
    const before = kept[kept.length - 2];
    if (
      pending.length === 0 &&
      last &&
      before &&
      !asides.has(last) &&
      !asides.has(before) &&
      turn.key !== null &&
      before.key === turn.key &&
      last.key !== turn.key &&
      before.block === turn.block &&
      last.block === turn.block &&
      LEADING_DASH().test(turn.parts[0] ?? '') &&
      trailingDashAt(before.parts[before.parts.length - 1] ?? '') >= 0 &&
      wordCount(last.parts.join(' ')) < MIN_PROMPT_QUOTE_WORDS
    ) {
      kept.pop();
      join(before, turn);
      if (backchannel(last)) fillers.push(last);
      else {
        // The interjection stays, as its speaker's quote, after the answer it broke into.
        asides.add(last);
        kept.push(last);
      }
      continue;
    }
    if (filler === 'closing') {
      // Thanks, a greeting or a "Yeah." that answers a question ends the exchange: the other
      // speaker's next turn starts something new, and this one is its speaker's quote.
      settle(null);
      asides.add(turn);
      kept.push(turn);
      continue;
    }
    kept.push(settle(turn)!);
  }
  settle(null);
  return { kept, fillers, asides };
}

/** A crowd's chant: one to four words called out twice or more, each time with "!" ("Elena! Elena! Elena!", "Four more years! Four more years!"). */
const CHANT = lazy(() => /^((?:[\p{L}'’-]+ ){0,3}[\p{L}'’-]+)!(?: \1!)+$/iu);

/**
 * A chant said by a room: it breaks no one's turn (the speaker goes on across it, as across a
 * "Yeah."), but its words are no back-channel: they are the room's, a record of their own.
 * Agreement chanted ("Yes! Yes!") stays back-channel.
 */
function isChant(t: string): boolean {
  if (t.length > 80 || !t.endsWith('!')) return false;
  const m = CHANT().exec(t);
  return !!m && !isBackchannel(m[1]!);
}

/**
 * A reply that says nothing but agreement, thanks or the other person's name:
 * "Yeah.", "Uh-huh.", "Really?", "Yeah. Probably, yeah.", "Thanks, Trace.",
 * "Hey, thanks, Trace.  Thanks for having me." Never one with a figure in it ("1989.").
 */
function isBackchannel(text: string, vocatives: ReadonlySet<string> = new Set()): boolean {
  const t = normalizeSpace(text);
  if (!t || wordCount(t) > 8 || isChant(t)) return false;
  // A figure says something ("1989.", "£300."): a quiz answer, a price, a year. (A chat's "+1" agrees.)
  if (/(?<![+\p{Nd}])\p{Nd}/u.test(t)) return false;
  const words = t.replace(BACKCHANNEL_PHRASES(), ' ').replace(OTHER_THANKS(), ' ').toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return words.every((w) => BACKCHANNEL_WORDS.has(w) || vocatives.has(w));
}

/**
 * An answer that breaks off before it says anything: after any back-channel
 * sentences, a few words and a dash ("Yeah.  So these guys --", "That --",
 * "Yes, so --"). The speaker gave up the floor; it answers nothing.
 */
function isAbandoned(text: string, vocatives: ReadonlySet<string>): boolean {
  const t = normalizeSpace(text);
  const dash = trailingDashAt(t);
  if (dash < 0) return false;
  const sentences = splitSentences(t.slice(0, dash).trim());
  let k = 0;
  while (k < sentences.length - 1 && isBackchannel(sentences[k]!.text, vocatives)) k++;
  const rest = sentences.slice(k).map((s) => s.text).join(' ');
  return wordCount(rest) <= ABANDONED_MAX_WORDS;
}

/** A sentence's opening word that starts no name ("In Lisbon, …", "The Ledgerline team …"). */
const OPENING_WORD = lazy(() => /^(?:the|a|an|in|at|on|of|for|from|since|after|before|when|last|this|that|these|those|our|my|we|i|it|he|she|they|his|her|their|today|yesterday|here|there)$/i);

/**
 * The one person a standfirst introduces by full name ("Tomás Ferreira has led compliance at
 * Ledgerline since 2021."): a single run of two or three capitalised words, an opening word
 * ("In", "The") set aside, that is no organisation nor the place after "of"/"at". Null when it
 * names none, several, or only `except` (the author).
 */
export function personIntroduced(text: string, except: string | null): string | null {
  const cap = (w: string) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*[,.:;]?$/u.test(w);
  const names: string[] = [];
  /** the name the first sentence opens on, alone (its subject), "Captain" and such before it set aside */
  let subject: string | null = null;
  /** the full name or the surname after the interviewer's "asked"/"spoke to" ("We asked Gillespie about …") */
  let askedName: string | null = null;
  let tooLong = false;
  text.split(/(?<=[.!?])\s+/).forEach((sentence, s) => {
    const words = sentence.split(/\s+/).filter(Boolean);
    let run: string[] = [];
    let after = '';
    let start = -1;
    for (let i = 0; i <= words.length; i++) {
      const w = words[i];
      if (w !== undefined && !run.length && (NAME_TITLE().test(w) || (i === 0 && OPENING_WORD().test(w)))) continue;
      if (w !== undefined && cap(w) && !/[,.:;]$/.test(run[run.length - 1] ?? '')) {
        if (!run.length) {
          after = words[i - 1] ?? '';
          start = i;
        }
        run.push(w);
        continue;
      }
      if (run.length > 3) {
        tooLong = true;
        return;
      }
      const name = run.join(' ').replace(/[,.:;]$/, '');
      const own = !except || titleKey(name) !== titleKey(except);
      if (run.length >= 2 && !/^(?:of|at)$/i.test(after) && !hasOrganisationSuffix(name) && own) {
        names.push(name);
        // The first sentence's subject: the run opens it (titles before it only), is no owner
        // ("Port Ellen's harbour …") and no half of a pair ("Rhona Gillespie and Ian MacLeod run …").
        const opens = s === 0 && words.slice(0, start).every((x) => NAME_TITLE().test(x));
        if (opens && !/['’]s?[,.:;]?$/.test(run[run.length - 1]!) && !/^(?:and|&)$/i.test(w ?? '')) subject = name;
      }
      if (run.length && own && ASKED_BEFORE_NAME().test(words.slice(Math.max(0, start - 4), start).join(' '))) askedName ??= name;
      run = [];
      if (w !== undefined && cap(w)) {
        after = words[i - 1] ?? '';
        start = i;
        run.push(w);
      }
    }
  });
  if (tooLong) return null;
  const distinct = new Set(names);
  if (askedName !== null) {
    const asked: string = askedName;
    if (asked.includes(' ')) return distinct.has(asked) ? asked : null;
    const full = [...distinct].filter((n) => n.split(' ').pop() === asked);
    return full.length === 1 ? full[0]! : null;
  }
  if (subject) return subject;
  return distinct.size === 1 ? names[0]! : null;
}
/**
 * A press conference set mostly as bare "Q:" / "A:", a few turns under names where the transcriber
 * knew them ("Mark Tilley (Kelby Echo): Is he ready?" / "Dace Merriman: Ask me on Thursday."): the
 * bare answers are the one named voice that only ever answers, while every other named voice only
 * asks. Null where two named voices answer, one both asks and answers, or no bare answer stands.
 */
function soleNamedAnswerer(turns: readonly Turn[], inferred: ReadonlySet<Turn>, who: (speaker: string) => string): string | null {
  if (!turns.some((t) => t.answerRole) || !turns.some((t) => t.asker)) return null;
  const asking = new Map<string, Set<boolean>>();
  for (const t of turns) {
    if (t.speaker === null || t.asker || t.answerRole) continue;
    const name = who(t.speaker);
    if (!asking.has(name)) asking.set(name, new Set());
    asking.get(name)!.add(asks(t) || inferred.has(t));
  }
  const answering = [...asking].filter(([, a]) => a.size === 1 && a.has(false)).map(([n]) => n);
  if (answering.length !== 1 || asking.size < 2 || [...asking].some(([n, a]) => n !== answering[0] && (a.size !== 1 || !a.has(true)))) return null;
  return wordCount(answering[0]!) >= 2 && isNameShaped(answering[0]!) ? answering[0]! : null;
}
/**
 * A host's introduction of the one guest who answers a page's unnamed Q./A. sides, with no byline
 * to ask for them: the full name right after a cue that presents a guest ("our guest, Dr Amaka
 * Obi, …", "My guest today is …", "Joining me is …", "We're talking to …", "I'm joined by …"),
 * and the host who says "I'm Jon Reed" (else null). Null when no cue presents one, cues present
 * different people, or the cue presents two ("… is X and Y", "our guests", "Joining me are").
 */
export function guestIntroduced(text: string): { guest: string; host: string | null } | null {
  const t = normalizeSpace(text);
  const named = (re: RegExp): (string | null)[] => {
    const found: (string | null)[] = [];
    for (const m of t.matchAll(re)) {
      const words = t.slice(m.index! + m[0].length).split(' ');
      let i = 0;
      while (i < words.length - 1 && NAME_TITLE().test(words[i]!)) i++;
      const run: string[] = [];
      for (; i < words.length && run.length < 4; i++) {
        const w = words[i]!;
        if (!/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*[,.:;]?$/u.test(w) || /[,.:;]$/.test(run[run.length - 1] ?? '')) break;
        run.push(w);
      }
      if (run.length < 2 || run.length > 3) {
        found.push(null);
        continue;
      }
      const name = run.join(' ').replace(/[,.:;]$/, '');
      // A second guest beside the first ("… is Amaka Obi and Ben Hall", "…, and her colleague Dr Ben Hall").
      found.push(hasOrganisationSuffix(name) || SECOND_GUEST().test(words.slice(i, i + 20).join(' ').split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!) ? null : name);
    }
    return found;
  };
  const guests = named(GUEST_CUE());
  if (!guests.length || guests.includes(null) || new Set(guests.map((g) => titleKey(g!))).size !== 1) return null;
  const hosts = named(HOST_CUE()).filter((h): h is string => h !== null);
  const host = hosts.length === 1 && titleKey(hosts[0]!) !== titleKey(guests[0]!) ? hosts[0]! : null;
  return { guest: guests[0]!, host };
}
/** Words that present one guest, the name right after them. */
const GUEST_CUE = lazy(() => /(?:^|[\s(])(?:(?:[Oo]ur|[Mm]y|[Tt]oday['’]s|[Tt]onight['’]s|[Tt]his\s+week['’]s)\s+guest(?:\s+(?:today|tonight|this\s+(?:week|morning|evening)))?(?:\s+is\s+|,\s+|:\s+)|[Jj]oining\s+(?:me|us)(?:\s+(?:today|tonight|now|this\s+week|in\s+the\s+studio))?\s+is\s+|(?:I['’]m|I\s+am|[Ww]e['’]re|[Ww]e\s+are)\s+(?:(?:talking|speaking)\s+(?:to|with)|joined\s+(?:(?:today|tonight|now|this\s+week)\s+)?by)\s+)/gu);
/** A host naming themself: "I'm Jon Reed", "My name is …". */
const HOST_CUE = lazy(() => /(?:^|\s)(?:I['’]m|I\s+am|[Mm]y\s+name\s+is)\s+(?=\p{Lu})/gu);
/** After a guest's name, in the same sentence, a second person presented with them ("and her colleague Dr Ben Hall", "alongside Mark Lowe"). */
const SECOND_GUEST = lazy(() => /^(?:[^;:]*?[\s,])?(?:and|&|alongside|together\s+with|as\s+well\s+as)\s+(?:(?:her|his|their)\s+\p{Ll}+\s+)?(?:\S+\.?\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}/u);

/** The interviewer's own words before whom they put the questions to: "We asked", "I spoke to", "we put our questions to" ("the trust asked X" is no interview). */
const ASKED_BEFORE_NAME = lazy(() => /(?:^|\s)(?:[Ww]e|I)\s+(?:\p{Ll}+\s+)?(?:asked|interviewed|(?:spoke|talked|chatted)\s+(?:to|with)|sat\s+down\s+with|put\s+(?:\p{Ll}+\s+){0,2}questions\s+to)$/u);

/** An editor's or translator's bracketed note: "[TN: …]", "[Ed.: …]", "[Translator's note: …]". */
const EDITORIAL_NOTE = lazy(() => /\[(?:T\.?\s?N\.?|N\.?\s?d\.?\s?T\.?|Ed(?:itor)?s?\.?|(?:Editor|Translator)['’]?s?\s+note|Note)\s*:[^\]]*\]/gi);
/**
 * An answer's words with its editorial notes blanked (same length, so offsets hold): a note is the
 * editor's gloss on the words, not speech the answer reports, and the words it quotes ("renders
 * 自己承担, literally …") are nobody's quote. The note stays in the answer's text, searchable.
 */
function maskEditorialNotes(para: string): string {
  if (!para.includes('[')) return para;
  return para.replace(EDITORIAL_NOTE(), (m) => ' '.repeat(m.length));
}

/**
 * Questions set unlabelled (two or more, no label asking anywhere) over the answers of two or more
 * named voices, each answering under a question at least once or never asking: a Q&A with several guests, its
 * questions the page's (its writer's), each put to every guest who answers under it.
 */
function guestsUnderPlainQuestions(turns: readonly Turn[]): boolean {
  const plain = turns.filter((t) => t.asker && t.key === null && t.speaker === null && !t.answerRole);
  if (plain.length < 2 || turns.some((t) => t.key !== null && (t.asker || t.answerRole))) return false;
  const answering = new Set<string>();
  for (let k = 1; k < turns.length; k++) if (turns[k - 1]!.key === null && turns[k - 1]!.asker && turns[k]!.key !== null && turns[k]!.speaker) answering.add(turns[k]!.key!);
  // A band member who only ever chimes in after another's answer ("**Olu:** We knew which snare …")
  // is a guest too, where no turn of theirs asks anything: a voice that asks may be the page's host.
  const voices = new Set(turns.filter((t) => t.key !== null && (answering.has(t.key) || !turns.some((u) => u.key === t.key && u.parts.some((p) => p.includes('?'))))).map((t) => t.key!));
  const all = new Set(turns.filter((t) => t.key !== null).map((t) => t.key!));
  return answering.size >= 2 && voices.size === all.size;
}
/** The interviewer's part as a print interview labels it: "Interviewer", Chinese 记者/采访者, Japanese 聞き手, Korean 기자/인터뷰어, Russian Корреспондент. */
const INTERVIEWER_PART = lazy(() => /^(?:interviewer|记者|記者|采访者|聞き手|기자|인터뷰어|интервьюер|корреспондент)$/iu);
/**
 * A newspaper's interview whose every turn is only a side, lettered or spelt out ("P: …" / "R: …",
 * "F:" / "A:", "V:" / "A:", "Pregunta." / "Respuesta."), under one person's byline ("Por María López |
 * Madrid, …", "Door Pieter de Boer", "By Tom Hale"): the writer put the questions to the one person
 * the header names (the caller passes only where that guest is known: a write-up of two founders'
 * answers, "Q. Who steers?" / "A. We take turns.", names no side). A byline naming an outlet or two
 * writers names no one asker.
 */
function bylinedAsker(turns: readonly Turn[], meta: DocumentMeta, guest: string | null): string | null {
  const author = meta.author;
  // The writer the byline names, or the front matter's author (what the analyst says wrote it).
  const fromFrontMatter = !meta.inferred?.author;
  if (!author || !(fromFrontMatter || meta.inferred!.author!.startsWith('the byline')) || !mayBePersonName(author) || / (?:and|&|und|et|y|e|en) /.test(author)) return null;
  const lettered = (t: Turn) => t.speaker !== null && (ROLE_LETTER().test(t.speaker) || QUESTION_LETTERS().test(t.speaker));
  const sides = turns.length > 1 && turns.every(lettered);
  if (sides) return turns.some((t) => t.asker) && guest !== null ? author : null;
  // Lettered questions ("> **Q:** …") answered under the answerers' names ("**Linnea Strand:** …",
  // "**A:** …" between): the byline's writer asks, where no answer is theirs.
  const asking = turns.filter((t) => t.asker);
  const named = turns.filter((t) => !t.asker && t.speaker !== null && !lettered(t));
  // So does a label that is the interviewer's part in a print interview's language ("记者：", "기자:",
  // "Interviewer:"): the byline names who held it.
  const interviewer = (t: Turn) => t.speaker !== null && INTERVIEWER_PART().test(t.speaker);
  if (turns.every((t) => t.speaker !== null) && asking.length >= 2 && (asking.every(lettered) || (asking.every(interviewer) && new Set(asking.map((t) => t.speaker)).size === 1)) && named.length > 0 && !named.some((t) => t.speaker === author)) return author;
  // Unlabelled questions over the named answers of two guests or more: the byline's writer asks them.
  return guestsUnderPlainQuestions(turns) && !named.some((t) => t.speaker === author) ? author : null;
}
/** The one interviewer a document's credit lines name ("Interview: Eva Roth"), or null for none, two, or a pair credited together. */
export function creditedInterviewer(lines: readonly string[]): string | null {
  let found: string | null = null;
  for (const line of lines) {
    const name = interviewerCredit(line);
    if (!name) continue;
    if (/\s(?:und|and|et|y|e|&)\s/.test(name) || (found !== null && found !== name)) return null;
    found = name;
  }
  return found;
}

/**
 * An audience question under its sender's handle, numbered or not: "Q1 from @ada_k: …", "Question 3
 * from u/sam: …", "From @lumi.exe: …", "@petra_v: …", and a host's "@mariposa_defi asks: …".
 */
export const RELAYED_HANDLE_QUESTION = lazy(() => new RegExp(String.raw`^(?:(?:Q|Question)\s?\d{0,3}\s+(?:from|by)\s+|[Ff]rom\s+)?(${AUDIENCE_HANDLE})(?:\s+asks)?\s*[:：]\s*(\S.*)$`, 'u'));

/**
 * A host relaying the audience's question under the host's own label ("Host: Q from @lusaka_lady:
 * What happened …?", "Mod: Question by u/sam: …"): the handle asks, and the host's words before it
 * in the same turn ("Clear answers! 💯", "Chat is now unlocked") are no part of the question. The
 * relayed part and what follows become a turn of the handle's; the label's words stay the host's.
 */
export function relayedUnderHostLabel(turns: Turn[], keepLabel = false): void {
  for (let t = turns.length - 1; t >= 0; t--) {
    const turn = turns[t]!;
    // (Any label: a "Mod:" or a community manager's name is the asking side by what it relays.)
    if (turn.key === null || turn.answerRole) continue;
    // (A bare "From @x: …?" relays only as the message's last part: a thread's author may answer
    // under it in the same turn.)
    let j = turn.parts.findIndex((p, k) => RELAYED_PREFIX().test(p) && (k === turn.parts.length - 1 || !/^\s*From\s/.test(p)));
    // The relay after the host's lead-in on the same line ("Last one before midnight! Q4 from
    // @annelie.k: What …?", "Okay last question, from @deepwell_dan: what's next?"): the lead-in
    // and the relay's label stay the host's words, a part of its own on that line; the words after
    // the label are the handle's question. Only as the message's last part: a moderator's message
    // ends on the question it passes on, where a thread's author answers under "6/ Last one, from
    // @ada_builds: …?" in the same turn.
    let leadLine = -1;
    const last = turn.parts.length - 1;
    const tail = j < 0 && last >= 0 && (turn.parts[last]!.includes('@') || turn.parts[last]!.includes('u/')) ? turn.parts[last]! : '';
    const lead = tail ? RELAYED_AFTER_LEAD().exec(tail.trim()) : null;
    const rq = lead ? RELAYED_HANDLE_QUESTION().exec(lead[2]!) : null;
    if (lead && rq) {
      // The relay's own label ("Q4 from @annelie.k:") stays with the lead-in, the host's words
      // that say who asked: the question is the words after it.
      turn.parts.splice(last, 1, `${lead[1]} ${lead[2]!.slice(0, lead[2]!.length - rq[2]!.length).trim()}`, lead[2]!);
      turn.partLines.splice(last, 1, turn.partLines[last]!, turn.partLines[last]!);
      leadLine = turn.partLines[last]!;
      j = last + 1;
    }
    const relayed = j < 0 ? null : RELAYED_HANDLE_QUESTION().exec(turn.parts[j]!.trim());
    if (!relayed) continue;
    const asking = j === 0 ? turn : splitAfterPart(turn, j - 1, { key: null, speaker: relayed[1]!, answerRole: false });
    // (The host's lead-in and the relay share their line: both turns hold it.)
    if (leadLine >= 0 && asking !== turn && !turn.lines.includes(leadLine)) turn.lines.push(leadLine);
    asking.key = null;
    asking.speaker = relayed[1]!;
    asking.asker = true;
    // (the moderator's role, "LumenChain Mod", is no role of the member whose question it passes on)
    asking.role = null;
    // (A table's row keeps its relay's label, "Q from @kofi_builds:", in the question: the cell's words, all searchable.)
    asking.parts[0] = keepLabel && j === 0 ? turn.parts[0]!.trim() : relayed[2]!;
    if (asking !== turn) turns.splice(t + 1, 0, asking);
  }
}
/**
 * A relayed question's opening, "Q from @…", "Q3 by u/…", "Question 2 from @…" (not a bare handle),
 * or a moderator's "From @lumi.exe: how …?" (a bare "from" relays only a question: one that asks).
 */
const RELAYED_PREFIX = lazy(() => /^\s*(?:(?:Q|Question)\s?\d{0,3}\s+(?:from|by)\s+[@u]|From\s+(?:@|u\/)[^?]{1,300}\?)/);
/**
 * A host's short lead-in (60 characters at most, no question of its own), then the relay on the
 * same line: "Bonus Q5 from @tomasz_b: …", "Last one before midnight! Q4 from @annelie.k: …?",
 * "First one, from @pixelmoth: will …?" (after a bare "from", or the handle alone, "ok next one.
 * @mariposa_defi asks: …?", "Last one from the replies, @tolu_builds: …?", the lead-in closes on a
 * mark, and the relay asks). The lead-in (1), the relay (2).
 */
const RELAYED_AFTER_LEAD = lazy(() => /^([^?\s][^?]{0,59}?)\s+((?:Q|Question)\s?\d{0,3}\s+(?:from|by)\s+(?:@|u\/)\S.*|(?<=[,.!:;…—–-]\s+)(?:from\s+)?(?:@|u\/)[^?]{1,300}\?.*)$/u);

/** The parts of `turn` after its part `q`, cut off as a turn of their own by `who`; `turn` keeps the rest. */
export function splitAfterPart(turn: Turn, q: number, who: Pick<Turn, 'key' | 'speaker' | 'answerRole'> & { role?: string }): Turn {
  const at = turn.partLines[q + 1]!;
  const rest: Turn = {
    ...who,
    asker: false,
    lines: turn.lines.filter((k) => k >= at),
    parts: turn.parts.slice(q + 1),
    partLines: turn.partLines.slice(q + 1),
    section: turn.section,
    block: turn.block,
  };
  turn.lines = turn.lines.filter((k) => k < at);
  turn.parts = turn.parts.slice(0, q + 1);
  turn.partLines = turn.partLines.slice(0, q + 1);
  return rest;
}

/** A question read out for an anonymous sender, in quotation marks at the part's end: 'The first one is anonymous from Slido. "Are there …?"', 'Next one, also anonymous: "…?"'. */
const ANONYMOUS_READ_OUT = lazy(() => /(?<![\p{L}])(?:anonymous(?:ly)?|unnamed|no name given)(?![\p{L}])[^"“”]{0,80}[.:,]\s*["“][^"“”]{5,400}\?\s*["”]\s*$/iu);
/** A turn's last part ending on a question in quotation marks, read out: `… has only written "Jess, 19": "Why should I vote …?"`. */
const QUOTED_QUESTION_AT_END = lazy(() => /[:,]\s*["“][^"”]{5,400}\?\s*["”]\s*$/u);
/**
 * A sent-in question a turn reads out, its sender's full name before it: "This one is from Joanna
 * Pike, who asks: “Priya, what …?”", "The first one in the Q&A box is from Marco Bellini: “…?”", a
 * clerk's written question "From Marion Fitch, Birch Court: “…?”" (where the sender lives, in
 * capitalised words before the colon), "from Harold Pike, who says he has voted since 1964: “…?”" (a
 * clause on the sender before the colon). The sender (two or three capitalised words); null for any
 * other turn, or a question with no name.
 */
const READ_OUT_FROM = lazy(() => /\b[Ff]rom (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2})(?:,? who (?:asks|writes|wants to know|[^.?!"“”:]{3,80}(?=:))| in [\p{L} ]{2,30}|, \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}(?=:))?:?\s*["“][^"”]{5,400}\?\s*["”]\s*(?:\p{Lu}[\p{Ll}'’-]+\?)?\s*$/u);
/**
 * The same read out in the host's words, the question not quoted: "a listener question from Sunil in
 * Bristol. He asks: do you worry …?", "from Ana Ruiz, who wants to know whether …?". The sender may be
 * a first name alone, as a listener signs; the clause after it ("who asks", "He asks:", "She wonders")
 * says the question is theirs.
 */
// (The question may be quoted after the pronoun's clause too: "from Priya in Leeds. She writes: “…?”".)
const READ_OUT_FROM_UNQUOTED = lazy(() => /\bfrom (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2})(?: in \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})?(?:,? who|[.,;]\s+(?:[Hh]e|[Ss]he|[Tt]hey)) (?:asks|wants to know|want to know|wonders|writes)[:,]?\s+(?:[^?"“”]{5,400}\?|["“][^"“”]{5,400}\?\s*["”])\s*$/u);
/**
 * A listener's letter read out under the name and town it is signed with, the name first: "Sam from
 * Leeds writes: “…?”", "Priya in Swansea asks: “…?”". The sender (1), a first name or a full name.
 */
const READ_OUT_SIGNED = lazy(() => /(?:^|[.!?:;]\s+)(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?) (?:from|in) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2},? (?:writes|asks|wants to know|wonders|says)(?: in)?[:,]?\s*["“][^"”]{5,400}\?\s*["”]\s*$/u);
/**
 * The sender introduced by a clause before the letter is quoted: "This one's from Declan, who gardens
 * in Cork. He says: “…?”". The sender (1).
 */
const READ_OUT_INTRODUCED = lazy(() => /\bfrom (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2}),? who [^.?!"“”]{3,80}\.\s+(?:[Hh]e|[Ss]he|[Tt]hey) (?:says|asks|writes|wants to know|wonders)[:,]?\s*["“][^"”]{5,400}\?\s*["”]\s*$/u);
/**
 * A first name read out with where the sender writes from, then the clause that gives the letter:
 * "We had an email from Sue in Tewkesbury, who says: “…?”". The place makes the name a sender's, as
 * a full name does in READ_OUT_FROM. The sender (1).
 */
const READ_OUT_FROM_PLACE = lazy(() => /\bfrom (\p{Lu}[\p{Ll}'’-]+) (?:in|from) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2},? who (?:says|asks|writes|wants to know|wonders)[:,]?\s*["“][^"”]{5,400}\?\s*["”]\s*$/u);
/**
 * A first name and the town it writes from, the question quoted as a sentence of its own: "Last one,
 * from Gareth in Corby. “Why …?”", "from a listener called Tom, no town given. “…?”" (a listener,
 * viewer or reader named so). The place or the listener's word makes the name a sender's. The sender (1).
 */
const READ_OUT_FROM_THEN_QUOTED = lazy(() => /\bfrom (?:(\p{Lu}[\p{Ll}'’-]+) (?:in|from) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}|an? (?:listener|viewer|reader|caller|student|member of staff) (?:called|named) (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?)(?:,[^.?!"“”]{1,40})?)[.:]\s*["“][^"“”]{5,400}\?\s*["”]\s*$/u);
/**
 * A first name alone as a sent-in question's sender, where the host's words call it a question: "And
 * a question from Dev, who's an installer: “…?”", "Last one, from Harriet: “…?”". The word before
 * "from" says a question comes, as a place or a listener's word does in the rules above. The sender (1).
 */
const READ_OUT_FROM_FIRST_NAME = lazy(() => /\b(?:question|one|comment)s?,? from (\p{Lu}[\p{Ll}'’-]+)(?:,? who[^.?!"“”:]{3,80})?:\s*["“][^"“”]{5,400}\?\s*["”]\s*$/u);
/**
 * A sender named as the one who asks, in the host's own words after them: "Siobhan asks: is the
 * study still valid …?", "Yeah, a couple. Marek wants to know whether …?". A name opening a sentence,
 * a verb of asking, the question unquoted; not a word for everyone or nobody ("Everyone asks: …").
 */
const NAME_ASKS = lazy(() => /(?:^|[.!?,;]\s+)(?:(?:And|But|So|Also|Then|Now|Next|Finally),?\s+)?(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?) (?:asks|wants to know|wonders)[:,]?\s+[^?"“”]{5,400}\?\s*$/u);
/**
 * A sent-in question read out after its sender's full name and a colon, not quoted: "Another one from
 * the chat, this is from Sam Whitlock: how did you become …?", "A question from Ana Ruiz: what …?". A
 * word calling it a question (or one of them) before the "from" says the name sent it. The sender (1).
 */
const READ_OUT_FROM_COLON = lazy(() => /(?<![\p{L}])(?:question|one|comment)s?(?![\p{L}])[^.?!:"“”]{0,40}?\bfrom (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}):\s+[^?"“”]{5,400}\?\s*$/u);
const NOT_A_SENDER = lazy(() => /^(?:Everyone|Everybody|Someone|Somebody|Anyone|Anybody|Nobody|People|Parents|Listeners|Viewers|Readers|Students|Staff|Everyone Else|One|Which|What|Who|It|This|That|He|She|They|I|We|You)$/);
/** A title before a sender's name, no part of it: "from Dr Tamsin Yeo in Spokane". */
const SENDER_TITLE_STOP = lazy(() => /\bfrom (Dr|Prof|Mr|Mrs|Ms|Mx)\. (?=\p{Lu})/gu);
const SENDER_TITLE = lazy(() => /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx) (?=\p{Lu}[\p{Ll}'’-]+ \p{Lu})/u);
/** A sender's name as a rule read it, unless it is a word for everyone or nobody ("Everyone asks: …"). */
const senderName = (name: string | undefined): string | null => (name && !NOT_A_SENDER().test(name) ? name : null);
function readOutSender(text: string): string | null {
  // ("from Prof. Lena Ortiz": the title's stop is no end of a sentence)
  if (text.includes('. ')) text = text.replace(SENDER_TITLE_STOP(), 'from $1 ');
  const thenQuoted = READ_OUT_FROM_THEN_QUOTED().exec(text);
  const asks = NAME_ASKS().exec(text)?.[1];
  const sender = READ_OUT_FROM().exec(text)?.[1] ?? READ_OUT_FROM_UNQUOTED().exec(text)?.[1] ?? READ_OUT_SIGNED().exec(text)?.[1] ?? READ_OUT_INTRODUCED().exec(text)?.[1] ?? READ_OUT_FROM_PLACE().exec(text)?.[1] ?? thenQuoted?.[1] ?? thenQuoted?.[2] ?? senderName(READ_OUT_FROM_FIRST_NAME().exec(text)?.[1]) ?? senderName(asks) ?? READ_OUT_FROM_COLON().exec(text)?.[1];
  return sender ? sender.replace(SENDER_TITLE(), '') : null;
}
/**
 * The sender of a question the last part reads out in the host's words ("She asks: how …?"), named in
 * the part before it ("There's a question online from Dr Tamsin Yeo in Spokane."), as a caption's two
 * cues or a turn's two paragraphs split them; else the last part's own sender.
 */
function readOutSenderOf(parts: readonly string[]): string | null {
  const last = parts[parts.length - 1] ?? '';
  const own = readOutSender(last);
  if (own || parts.length < 2 || !ASKS_IN_HOST_WORDS().test(last)) return own;
  return readOutSender(`${normalizeSpace(parts[parts.length - 2]!)} ${last.trim()}`);
}
/** A part opening on the sender's pronoun and what they ask: "She asks: …", "He wants to know whether …". */
const ASKS_IN_HOST_WORDS = lazy(() => /^\s*(?:He|She|They) (?:asks|wants to know|want to know|wonders|writes)[:,]?\s/u);
