/**
 * TSV exports: a header row names the columns, read by the words of their
 * names (roleOf). Three layouts, by the names:
 *
 * - question and answer columns ("Question", "question_body", "Answer Text",
 *   "asked"/"answered", a "comment" and its "reply"; an optional column of
 *   who answers, "Speaker"/"respondent_id"/"answered_by", and of who asked,
 *   "Asker"/"Interviewer"/"asked_by", or who posted, "Username"/"author"):
 *   each row is a qa;
 * - a speaker column and a text column ("Speaker", "Text"; a call or a chat
 *   exported as a table): each row is a turn of a conversation, paired the
 *   way a transcript's turns are;
 * - a Content column (also "Text" or "Body") alone, described below.
 *
 * A header naming none of them: each row a claim of its cells (parseCellRows).
 * A Title column gives its row's records their section; a Date (or Year) column whose
 * rows fall in one year dates the document. Time columns ("Timestamp",
 * "Start") are neither words nor topics; every other column holds topics or
 * keywords, comma-separated. In the Content
 * layout each row's Content cell is a paragraph. Two layouts occur:
 *
 * - marked: answers start with the answerer's name inline ("Yi He Firstly, …"),
 *   and the question sits just before the name, at the end of the same row or
 *   of the row before. A row that opens with a question and has no name is a
 *   question whose answer follows in the same row.
 * - unmarked: questions stand in rows of their own (an interview write-up);
 *   a short fragment or an unpunctuated lead-in just before a question row
 *   belongs to the question; the rows after it, up to the next question, are
 *   the answer.
 *
 * Rows before the first question are narrative (claims and quotes); rows after
 * a "Read more" marker are teasers.
 */
import { DocBuilder, type DraftRecord, type ParseInput, type ParseResult } from './builder.js';
import { csvView, tsvView } from './csv.js';
import { classifyChrome, isTeaserMarker } from './chrome.js';
import { narrate } from './narrative.js';
import { declaresSpeakers, emitConversation, OPENING_HANDLE, personInTitle, relayedUnderHostLabel, type Turn } from './conversation.js';
import { ANSWER_ROLES, ASKER_ROLES, CAST_ROLE, displayName, isNameShaped, officeBeforeName, personName, stripInlineNotes } from './labels.js';
import { AMA_WORDS, markHeader, SELF_INTRODUCED } from './header.js';
import { NO_ANSWER } from './survey.js';
import { readDateText } from '../corpus/meta.js';
import type { Shape } from './shape.js';
import { newAttributionState, noteParticipants, type AttributionState } from './quotes.js';
import { allMatches, escapeRegExp, hasWholeWord, lazy } from '../model/regexp.js';
import {
  endsLikeSentence,
  hasSecondPerson,
  isFirstPersonSingular,
  isImperativePrompt,
  isQuestionSentence,
  normalizeSpace,
  splitLines,
  splitSentences,
  askingSentences,
} from './text.js';
import { narratorOf, wordCount } from './text.js';

/**
 * What a column holds, read from the words of its name ("question_body",
 * "Question Text", "answeredBy", "created_utc" are split into words). A name
 * is a head word qualified by the words before it, so the head decides what
 * kind of thing the column is (a writer: "asked_by", "comment_author"; a
 * label of the text: "question_id", "answer_score"; a title: "post_title"; a
 * date: "comment_date"), then a role ("interviewer", "respondent_id"), then
 * which text it is: any question or answer word ("question_body",
 * "Answer Text", "asked", "Antwort") before a content word ("selftext",
 * "comment").
 */
// Column names are read in the European languages exports come in too: German "Sprecher",
// "Datum", French "Auteur", Spanish "Autor", "Fecha" name the same roles as their English words.
const ASKER_WORDS = new Set([
  'asker', 'questioner', 'interviewer', 'moderator', 'facilitator', 'host', 'listener', 'caller', 'viewer',
  // a press junket's log: the journalist or reporter who put each question to the talent
  'journalist', 'reporter',
  'fragesteller', 'fragestellerin', 'interviewerin', 'moderatorin', 'modérateur', 'moderateur', 'intervieweur', 'moderador', 'moderadora', 'entrevistador', 'entrevistadora',
  // who asks, named by the verb as "Respondió" names who answers: "Preguntó", "Quién preguntó"
  'preguntó',
]);
const ANSWERER_WORDS = new Set([
  'speaker', 'respondent', 'interviewee', 'answerer', 'guest', 'replier', 'responder',
  // a press junket's log: "Talent" is the star the outlets interview in turn
  'talent',
  'sprecher', 'sprecherin', 'redner', 'rednerin', 'befragter', 'befragte', 'gast', 'orateur', 'oratrice', 'intervenant', 'intervenante', 'interviewé', 'interviewée', 'invité', 'invitée',
  'hablante', 'orador', 'oradora', 'entrevistado', 'entrevistada', 'invitado', 'invitada', 'ponente',
  // who answers, named by the verb in a hand-made sheet: "Responde", "Quién responde", "Antwortet", "Répond"
  'responde', 'respondió', 'contesta', 'contestó', 'antwortet', 'répond',
]);
/** a person, but which side of a question-and-answer row is theirs the name does not say */
const PERSON_WORDS = new Set([
  'name', 'who', 'participant', 'person', 'user', 'username', 'author', 'handle', 'poster', 'commenter',
  // a shop's or a review site's export: who wrote the review ("reviewer", "reviewer_name")
  'reviewer',
  'autor', 'autorin', 'auteur', 'autrice', 'autora', 'benutzer', 'nutzer', 'teilnehmer', 'teilnehmerin', 'utilisateur', 'usuario', 'nom', 'nombre',
]);
/**
 * a person column that names who posted ("Username", "author"): in a question-and-answer
 * table, what a user posts is the question, so they are its asker
 */
const POSTER_WORDS = new Set(['user', 'username', 'handle', 'poster', 'commenter', 'reviewer', 'author', 'autor', 'autorin', 'auteur', 'autrice', 'autora', 'benutzer', 'nutzer', 'utilisateur', 'usuario']);
/**
 * head words that make the column a text's writer ("asked by", "question from", "created_by"),
 * and theirs in the languages exports come in ("Antwort durch", "Frage von", "Répondu par",
 * "Respondido por")
 */
const BY_WORDS = new Set(['by', 'from', 'von', 'durch', 'par', 'por']);
/** head words that name a person when the words before them are a person's or a text's ("author_name", "comment_user"; not "company_name") */
const NAMING_WORDS = new Set(['name', 'author', 'user', 'username', 'handle', 'reviewer']);
// ("Your name (optional)": a form's field for who filled it in)
const NAME_QUALIFIERS = new Set(['full', 'first', 'display', 'screen', 'real', 'your']);
/** what a writer does, before "by" ("created_by", "posted by"; not "translated_from") */
const WRITING_WORDS = new Set(['created', 'posted', 'written', 'submitted', 'sent', 'edited', 'said', 'spoken']);
/** head words that make the column a count, an id or a label of the text, not the text */
const LABEL_WORDS = new Set(['id', 'ids', 'no', 'nr', 'num', 'number', 'count', 'score', 'votes', 'rank', 'type', 'kind', 'category', 'url', 'link', 'length', 'lang', 'language']);
// "asked", "answered" before a by-word, in other languages too: "gestellt von", "posée par", "beantwortet von", "répondu par"
const QUESTION_WORDS = new Set(['question', 'questions', 'prompt', 'asked', 'ask', 'query', 'frage', 'fragen', 'pregunta', 'preguntas', 'gestellt', 'posée', 'posé', 'preguntado', 'preguntada']);
const ANSWER_WORDS = new Set([
  'answer', 'answers', 'answered', 'response', 'responses', 'reply', 'replies', 'replied', 'antwort', 'antworten', 'respuesta', 'respuestas', 'reponse', 'réponse',
  'beantwortet', 'répondu', 'repondu', 'respondido', 'respondida',
]);
const CONTENT_WORDS = new Set([
  'content', 'text', 'body', 'transcript', 'utterance', 'message', 'quote', 'quotation', 'comment', 'statement', 'selftext', 'post', 'excerpt',
  // a recap sheet's row in the note-taker's words ("Timestamp, Speaker, Summary"): the row's text all the same
  'summary', 'paraphrase',
  // a review export's words ("review", "review_text"), its writer in the reviewer column
  'review',
  'zitat', 'aussage', 'texte', 'cita', 'texto',
]);
const TITLE_WORDS = new Set(['title', 'subject', 'headline', 'heading', 'titel', 'betreff', 'titre', 'titulo', 'título']);
/**
 * A date column's header that says when the row was kept, not when its words were said: "Date added",
 * "Date entered", "Last updated", "Modified", "Date imported". Its cells date the sheet's bookkeeping,
 * so a Q&A sheet's rows keep the document's year (the row's date stays findable as a topic).
 */
const ENTRY_DATE_HEADER = lazy(() => /(?:^|[^\p{L}])(?:added|entered|updated|modified|edited|imported|exported|uploaded|reviewed|verified|last[\s_-]+changed)(?![\p{L}])/iu);
const DATE_WORDS = new Set(['date', 'created', 'published', 'posted', 'datum', 'fecha', 'year', 'jahr', 'año', 'année']);
// (a time zone or unit in brackets after the name is still the time column: "Timestamp (UTC)", "Time (GMT+1)")
const TIME_HEADER = lazy(() => /^(time|timestamp|time ?code|start|end|start time|end time|begin|offset)(?:\s*\([\w:+ -]{1,12}\))?$/i);
/** a speaker or text column's names as the survey reader's respondent */
const SPEAKER_HEADER = lazy(() => /^(speaker|speaker name|name|who|participant|person|user|username|author)$/i);

type ColumnRole = 'asker' | 'answerer' | 'person' | 'question' | 'answer' | 'content' | 'title' | 'date' | 'time' | 'other';

/** A column name's words, lowercase: "question_body" → question body, "QuestionText" → question text. */
function nameWords(name: string): string[] {
  return name
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** What an export stamps with its time, before "at" or "on": "created_at", "answered_at", "published_on". */
const STAMPED_DEEDS = new Set(['created', 'posted', 'asked', 'answered', 'replied', 'responded', 'commented', 'published', 'submitted', 'sent', 'recorded', 'added', 'updated', 'modified', 'edited']);
function roleOf(name: string): ColumnRole {
  if (TIME_HEADER().test(name.replace(/[_-]+/g, ' ').trim())) return 'time';
  // "Curator's response (Dr. Lucia Ferrante)": the note in brackets names who, not what, the column holds.
  const words = nameWords(name.includes('(') ? name.replace(TRAILING_NOTE(), '') || name : name);
  if (words.length === 0) return 'other';
  const first = words[0]!;
  const head = words[words.length - 1]!;
  const has = (set: Set<string>) => words.some((w) => set.has(w));
  const isRole = (set: Set<string>) => set.has(first) || set.has(head);
  if (words.length === 1 && first === 'q') return 'question';
  if (words.length === 1 && first === 'a') return 'answer';
  if (words.length === 1 && first === 'from') return 'asker';
  const personal = (w: string) => ASKER_WORDS.has(w) || ANSWERER_WORDS.has(w) || PERSON_WORDS.has(w);
  // a writer: which side by the text words before the head
  const textual = (w: string) => QUESTION_WORDS.has(w) || ANSWER_WORDS.has(w) || CONTENT_WORDS.has(w);
  const writes = (w: string) => personal(w) || textual(w) || WRITING_WORDS.has(w);
  if (words.length > 1 && ((BY_WORDS.has(head) && writes(first)) || (NAMING_WORDS.has(head) && (writes(first) || NAME_QUALIFIERS.has(first))))) {
    if (has(QUESTION_WORDS) || first === 'q' || ASKER_WORDS.has(first)) return 'asker';
    if (has(ANSWER_WORDS) || ANSWERER_WORDS.has(first)) return 'answerer';
    return 'person';
  }
  // a label of the text ("question_id"), unless it labels a person ("respondent_id": who answered)
  if (LABEL_WORDS.has(head) && (words.length > 1 || head === 'id') && !personal(first)) return 'other';
  if (TITLE_WORDS.has(head) && first !== 'job') return 'title';
  // "answered_at", "posted_at", "published_on": an export's stamp of when a thing was done (not "based_on")
  if (words.length === 2 && (head === 'at' || head === 'on') && STAMPED_DEEDS.has(first)) return 'date';
  if (DATE_WORDS.has(head) || (words.length > 1 && DATE_WORDS.has(first) && !has(QUESTION_WORDS) && !has(ANSWER_WORDS) && !has(CONTENT_WORDS))) return 'date';
  // "Host answer", "Guest answer", "CZ reply": an answer, whoever gives it.
  if (words.length > 1 && ANSWER_WORDS.has(head)) return 'answer';
  if (isRole(ASKER_WORDS)) return 'asker';
  if (isRole(ANSWERER_WORDS)) return 'answerer';
  // "name" or "author" alone, or first ("author_handle"); as a head only after a person's word ("company_name" is no one)
  if (PERSON_WORDS.has(first) || (PERSON_WORDS.has(head) && !NAMING_WORDS.has(head))) return 'person';
  if (has(QUESTION_WORDS)) return 'question';
  if (has(ANSWER_WORDS)) return 'answer';
  if (has(CONTENT_WORDS)) return 'content';
  return 'other';
}

/** A note in brackets ending a column's name: "(Dr. Lucia Ferrante)". */
const TRAILING_NOTE = lazy(() => /\s*\([^()]*\)\s*$/);
/** A person's name as a note gives it: capitalised words, a title before them or not. */
const NOTED_NAME = lazy(() => /^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u);

/**
 * Who an answer column's name says answers in it: a name in brackets after it ("Curator's
 * response (Dr. Lucia Ferrante)"), else the words before the answer word ("CZ reply", "Host
 * answer", "Guest's answer"); null when the name says nobody ("Answer", "Answer Text").
 */
function answerOwner(name: string): { owner: string; noted: boolean } | null {
  const note = /\(([^()]{2,80})\)\s*$/.exec(name);
  if (note && NOTED_NAME().test(note[1]!.trim())) return { owner: note[1]!.trim(), noted: true };
  const words = name.replace(TRAILING_NOTE(), '').trim().split(/[\s_]+/);
  if (words.length < 2 || !ANSWER_WORDS.has(words[words.length - 1]!.toLowerCase())) return null;
  const owner = words.slice(0, -1).join(' ').replace(/['’]s?$/, '');
  return owner ? { owner, noted: false } : null;
}

/**
 * A note in brackets that says which language a column is in, not who wrote it: a language code
 * ("EN", "es", "pt-BR") that a question column's name ends on too, as a sheet with translations
 * gives them ("Pregunta | Question (EN) | Respuesta | Answer (EN)"): the answer column is the
 * answer again in that language, no answerer's.
 */
function translationNote(columns: readonly string[], roles: readonly ColumnRole[], n: number): boolean {
  const note = /\(([A-Za-z]{2,3}(?:[-_][A-Za-z]{2})?)\)\s*$/.exec(columns[n]!);
  if (!note) return false;
  const code = note[1]!.toLowerCase();
  return columns.some((c, k) => k !== n && roles[k] === 'question' && /\(([^()]*)\)\s*$/.exec(c)?.[1]?.trim().toLowerCase() === code);
}

export interface TsvHeader {
  /** the Content (Text, Body) column; -1 in the question-and-answer layout */
  contentColumn: number;
  /** who speaks (the turn layout) or answers (the question-and-answer layout); -1 if none */
  speakerColumn: number;
  questionColumn: number;
  answerColumn: number;
  askerColumn: number;
  /** a Title (Subject, Headline) column: the section of the row's records; -1 if none */
  titleColumn: number;
  /** a Date (Created, created_utc) column; -1 if none */
  dateColumn: number;
  /** set by the table reader when the date column's cells all give one year: it dates the document, and its cells are no topics */
  datesTheDocument?: boolean;
  /**
   * set by the table reader when the date column's cells all give one year other than the
   * document's own (the file name's "ask-the-mayor-2023" over rows of 2022): the cells stay topics
   * and date no row; only rows of different dates are a log dated row by row
   */
  rowDatesAgree?: boolean;
  /** columns read for no words: times */
  timeColumns: number[];
  /**
   * every answer column, with who its name says answers in it ("CZ reply", "Host answer"); a row
   * gives one qa per answered cell. Empty outside the question-and-answer layout.
   */
  answerColumns: { column: number; owner: string | null; noted: boolean }[];
  /**
   * a Comments column beside the question and the answer (a Q&A tool's follow-ups under a
   * question, "Name: text" each): -1 if none
   */
  commentColumn?: number;
  /**
   * a chat export's reference to the message a row answers ("reply_to", "in_reply_to_id") and the
   * column of the ids it refers to ("message_id", "id"): -1 where the header names none
   */
  replyToColumn?: number;
  idColumn?: number;
  columns: string[];
}

/** A column naming the message a row replies to: "reply_to", "In reply to", "reply_to_message_id", "parent_id". */
const REPLY_TO_HEADER = lazy(() => /^(?:in[ _-]?)?repl(?:y|ying|ies)[ _-]?to(?:[ _-]?(?:message|msg|post|comment))?(?:[ _-]?id)?$|^parent(?:[ _-]?(?:message|msg|post|comment))?[ _-]?id$/i);
/** A column of message ids: "id", "message_id", "msg id", "post_id", "comment_id", "#". */
const MESSAGE_ID_HEADER = lazy(() => /^(?:#|id|(?:message|msg|post|comment)[ _-]?(?:id|#|no\.?))$/i);

/** The header row, when the first non-blank line is one. */
export function readTsvHeader(lines: string[], preamble = false): { index: number; header: TsvHeader } | null {
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!raw.trim()) continue;
    // (a report's title alone on its first line, no cells: "Question & Answer Report")
    if (!raw.includes('\t')) return preamble && raw.length <= 120 ? preambledHeader(lines, i) : null;
    const header = headerOf(raw.split('\t').map((c) => c.trim()));
    return header ? { index: i, header } : preamble ? preambledHeader(lines, i) : null;
  }
  return null;
}

/** How far down a report's own summary may push its table's header row. */
const PREAMBLE_LINES = 24;
/**
 * A report whose table sits under the report's own summary (a webinar's "Question & Answer Report",
 * "Report Generated:, …", a row of the meeting's topic and ID, then "Question Details" over
 * "#, Question, Asker Name, Asker Email, Answer(s)"): the header row is the first in the first lines
 * that names a question and an answer column, under short rows of a few cells each.
 */
function preambledHeader(lines: readonly string[], from: number): { index: number; header: TsvHeader } | null {
  for (let i = from + 1; i < Math.min(lines.length, from + PREAMBLE_LINES); i++) {
    const raw = lines[i]!;
    if (!raw.trim()) continue;
    if (raw.length > 300 || raw.split('\t').length > 10) return null;
    const header = raw.includes('\t') ? headerOf(raw.split('\t').map((c) => c.trim())) : null;
    if (header) return header.questionColumn >= 0 && header.answerColumn >= 0 ? { index: i, header } : null;
  }
  return null;
}

/**
 * The layout a header row names, by what its column names say: question and
 * answer columns (a reply column answers a comment column the same way), a
 * person and a text column (turns), or a text column alone. null when it
 * names no text column.
 */
export function headerOf(columns: string[]): TsvHeader | null {
  // A reference to the message a row replies to holds an id, never the reply's words.
  const replyToColumn = columns.findIndex((c) => REPLY_TO_HEADER().test(c.trim()));
  const roles = columns.map((c, n) => (n === replyToColumn ? 'other' : roleOf(c)));
  // A person's column by their name over one by their id ("Author" over "AuthorID", "user_name"
  // over "user_id"): a chat export gives both, and the id names no one a reader knows.
  const find = (role: ColumnRole) => {
    const named = roles.findIndex((r, n) => r === role && !LABEL_WORDS.has(nameWords(columns[n]!).at(-1)!));
    return named >= 0 ? named : roles.indexOf(role);
  };
  const content = find('content');
  const answer = find('answer');
  // A reply column answers the row's comment (post, message): "comment" + "reply" is a question and its answer.
  const question = find('question') >= 0 ? find('question') : answer >= 0 ? content : -1;
  const qaLayout = question >= 0 && answer >= 0;
  const contentColumn = qaLayout ? -1 : content;
  if (!qaLayout && contentColumn < 0) return null;
  // A person column that says no side: in a question-and-answer row whose question is someone's
  // comment, or whose column names who posted ("Username", "author"), or beside a column of who
  // answered, the one who asked; otherwise the one who speaks or answers.
  const person = find('person');
  const commenter = qaLayout && question === content;
  const poster = person >= 0 && nameWords(columns[person]!).some((w) => POSTER_WORDS.has(w));
  const asks = qaLayout && person >= 0 && (commenter || poster || find('answerer') >= 0);
  const answerColumns = qaLayout
    ? roles.flatMap((r, n) => (r === 'answer' ? [{ column: n, owner: translationNote(columns, roles, n) ? null : answerOwner(columns[n]!) }] : []))
    : [];
  // Where the answer column names its answerer in a note ("Curator's response (Dr. Lucia
  // Ferrante)"), a respondent column ("Respondent ID": who filled in the form) is who asked.
  const notedAnswerer = answerColumns.some((a) => a.owner?.noted);
  const answerer = find('answerer');
  // A message table's "From" (or "Sender") column, with no other person column: who wrote each row's words.
  const sender = !qaLayout && person < 0 ? roles.findIndex((r, n) => (r === 'asker' || r === 'other') && SENDER_HEADER().test(columns[n]!.trim())) : -1;
  const speakerColumn = notedAnswerer ? -1 : answerer >= 0 ? answerer : asks ? -1 : person >= 0 ? person : sender;
  const askerColumn = qaLayout ? (find('asker') >= 0 ? find('asker') : notedAnswerer && answerer >= 0 ? answerer : asks ? person : -1) : -1;
  return {
    contentColumn,
    speakerColumn,
    questionColumn: qaLayout ? question : -1,
    answerColumn: qaLayout ? answer : -1,
    askerColumn,
    titleColumn: find('title'),
    dateColumn: find('date'),
    timeColumns: roles.flatMap((r, n) => (r === 'time' ? [n] : [])),
    answerColumns: answerColumns.map((a) => ({ column: a.column, owner: a.owner?.owner ?? null, noted: a.owner?.noted ?? false })),
    // ("Comments" in the plural names no text column of its own: beside a question it is the follow-ups)
    commentColumn: qaLayout && find('question') >= 0 ? (content >= 0 ? content : columns.findIndex((c) => COMMENTS_HEADER().test(c.trim()))) : -1,
    replyToColumn,
    idColumn: replyToColumn >= 0 ? columns.findIndex((c) => MESSAGE_ID_HEADER().test(c.trim())) : -1,
    columns,
  };
}

/** A message table's column of who sent each row: "From", "Sender", and by the sender's name, "from_name", "Sender Name". */
const SENDER_HEADER = lazy(() => /^(?:from|sender)(?:[ _-]?(?:name|display[ _-]?name|user(?:name)?))?$/i);

/** A column of follow-up comments, in the languages exports come in. */
const COMMENTS_HEADER = lazy(() => /^(?:comments?|kommentare?|comentarios?|commentaires?|follow-?ups?)$/i);

/** The layout a header names: question-and-answer rows, turns by speaker, or Content paragraphs. */
function layoutOf(header: TsvHeader): 'qa' | 'turns' | 'content' {
  if (header.contentColumn < 0) return 'qa';
  return header.speakerColumn >= 0 ? 'turns' : 'content';
}

/**
 * Columns whose cells are topics: all but the words, the people, the title,
 * a date the document is dated by and the times. A column the header names
 * no role for (an id, a score, a source) is one too, so its cells stay
 * searchable and filterable (`--topic`).
 */
function isTopicColumn(header: TsvHeader, c: number): boolean {
  return (
    c !== header.contentColumn &&
    c !== header.commentColumn &&
    c !== header.questionColumn &&
    c !== header.answerColumn &&
    !(header.answerColumns.some((a) => a.column === c) && answerColumnRead(header, c)) &&
    c !== header.askerColumn &&
    c !== header.titleColumn &&
    !(c === header.dateColumn && header.datesTheDocument === true) &&
    !(c === header.speakerColumn && layoutOf(header) !== 'content') &&
    !header.timeColumns.includes(c) &&
    // a chat export's message ids and the ids its rows reply to: the thread's wiring, no topic
    !(header.idColumn !== undefined && header.idColumn >= 0 && (c === header.idColumn || c === header.replyToColumn))
  );
}

/**
 * Whether a question row's answer column is read as answers (addQuestionCells): every one where the
 * columns say who answers in each, else the answer column alone. Another column the header calls an
 * answer, no one's (a translation, "Answer (EN)" beside "Respuesta"), is then a topic: no word lost.
 */
function answerColumnRead(header: TsvHeader, c: number): boolean {
  if (c === header.answerColumn) return true;
  const owned = header.answerColumns.filter((a) => a.owner !== null).length;
  return owned > 1 || (owned === 1 && header.answerColumns.length === 1);
}

interface Row {
  idx: number;
  content: string;
  topics: string[];
}

function splitRow(raw: string, header: TsvHeader): { content: string; topics: string[] } {
  const cells = raw.split('\t');
  return { content: (cells[header.contentColumn] ?? '').trim(), topics: topicsOf(cells, header) };
}

/** A cell that is one number: "0,84", "1,250", "12.5%". */
const NUMBER_CELL = lazy(() => /^[-+]?\d[\d.,]*%?$/);

/** The topics a row's topic columns hold, comma- or semicolon-separated, each once whatever its case. */
function topicsOf(cells: string[], header: TsvHeader): string[] {
  const topics: string[] = [];
  cells.forEach((cell, c) => {
    if (!isTopicColumn(header, c)) return;
    // a number's comma is a decimal mark or a thousands separator ("0,84", "1,250"), not a list's
    for (const t of NUMBER_CELL().test(cell.trim()) ? [cell] : cell.split(/[,;]/)) {
      const topic = t.trim();
      if (topic && !topics.some((x) => x.toLowerCase() === topic.toLowerCase())) topics.push(topic);
    }
  });
  return topics;
}

/** A stretch of answer or question text and the row it came from. */
interface Segment {
  idx: number;
  text: string;
  topics: string[];
}

interface QA {
  question: Segment[];
  answer: Segment[];
  speaker: string | null;
}

export function parseTsv(input: ParseInput): ParseResult {
  // Read through the table's view (one row per line: a quoted cell's line breaks, in a CSV or a
  // TSV, are the row's), then let each record of a row that ran over several lines cite them
  // all, and those lines take the kind of the row's first line.
  const csv = input.extension === '.csv';
  const view = csv ? csvView(splitLines(input.body)) : tsvView(splitLines(input.body));
  const result = parseTable(input, view.lines, csv ? (view as ReturnType<typeof csvView>).delimiter : undefined);
  // A CSV a stray quote broke still loads (every word kept), and `check` names where: the line the
  // quote opened on, the lines read as one row.
  if (csv) {
    for (const b of (view as ReturnType<typeof csvView>).broken) {
      const from = input.bodyLine + b.line;
      const to = input.bodyLine + b.last;
      const rows = to === from ? 'the row runs to the end of its line' : b.closed ? `line ${from} was read alone, its quote as text` : `lines ${from}–${to} were read as one row`;
      result.warnings.push({
        line: from,
        severity: 'error',
        message: b.closed ? `a quote opened on line ${from} closes inside a cell on line ${to}: ${rows} (an unclosed quote?)` : `a quote opened on line ${from} is never closed: ${rows}`,
      });
    }
  }
  const wiring = withoutRowFurniture(view.lines, input.extension === '.csv' || input.extension === '.tsv');
  if (wiring && !result.textLines) result.textLines = wiring;
  for (const [first, last] of view.spans) {
    const at = input.bodyLine + first;
    for (const r of result.records) if (r.line <= at && r.endLine >= at) r.endLine = Math.max(r.endLine, input.bodyLine + last);
    for (let k = first + 1; k <= last; k++) result.lineKinds[k] = result.lineKinds[first] ?? null;
  }
  return result;
}

/**
 * An AMA exported as a table of posts (author, body, parent id): the poster is the person the
 * thread's opening row introduces ("Hi all, I'm Grace Liang, head grower at … Ask me anything!"),
 * and the row's author cell is their handle ("GreenhouseGrace"), so every answer signed with the
 * handle is theirs by name (load.ts adds the alias, as it does for a page's "Posted by u/…").
 * Only the first rows are read (the opening post is at the top of an export), only a turn table's
 * (a person column beside a text column), and only a handle that spells a word of the name
 * ("GreenhouseGrace", "Dr_Ingrid_Thorsdottir" for Ingrid Thorsdóttir): an office's account
 * ("RiverCityDOT_Official") is shared, its other answers signed by whoever wrote them.
 */
export function tableAmaPoster(body: string, extension: string): { name: string; handle: string } | null {
  if (extension !== '.tsv' && extension !== '.csv') return null;
  const head = splitLines(body.slice(0, 8000));
  const lines = extension === '.csv' ? csvView(head).lines : head;
  const found = readTsvHeader(lines);
  if (!found || found.header.speakerColumn < 0 || found.header.contentColumn < 0) return null;
  const { speakerColumn, contentColumn } = found.header;
  for (const line of lines.slice(found.index + 1, found.index + 6)) {
    const cells = line.split('\t');
    const text = cells[contentColumn] ?? '';
    const intro = AMA_WORDS().test(text) ? SELF_INTRODUCED().exec(text) : null;
    if (!intro || !isNameShaped(intro[1]!)) continue;
    const handle = (cells[speakerColumn] ?? '').trim();
    const name = intro[1]!;
    const folded = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const spelt = name.split(/\s+/).some((w) => w.length >= 3 && folded(handle).includes(folded(w)));
    return spelt && /^(?:u\/)?[\p{L}\p{N}_.-]{3,30}$/u.test(handle) ? { name, handle } : null;
  }
  return null;
}

/**
 * What a table's rows say without its furniture, for the sentence account: a chat export's
 * message id and the id of the message a row replies to (`9003 … 9002`, `t1_fk02,t1_fk01,…`) are
 * how the rows link up, no one's words and no topic (isTopicColumn), and a date or time column's
 * cells (`2022-08-14T18:03:02Z`, `19:02`, `"April 19, 2023"`) say when a row was written: the
 * record's date, or a topic, no sentence.
 * Each row is read (in the table's view: a CSV row's cells tab-joined on its first line) with
 * those cells blank; the header and the lines above it stay as written. Null where the header
 * names none of them.
 */
function withoutRowFurniture(lines: string[], preamble: boolean): string[] | null {
  const found = readTsvHeader(lines, preamble);
  if (!found) return null;
  const { idColumn = -1, replyToColumn = -1, timeColumns, dateColumn } = found.header;
  const stamps = dateColumn >= 0 ? [dateColumn, ...timeColumns] : timeColumns;
  const blank = idColumn >= 0 && replyToColumn >= 0 ? [idColumn, replyToColumn, ...stamps] : stamps;
  if (!blank.length) return null;
  return lines.map((line, i) => {
    if (i <= found.index || !line.includes('\t')) return line;
    const cells = line.split('\t');
    for (const c of blank) if (c < cells.length) cells[c] = '';
    return cells.join('\t');
  });
}

/**
 * Who answers a sheet whose columns never say (`Q,A,Asker,Date`): the one person its title row names,
 * the first row above the header and a single filled cell ("AMA with Noor Haddad (founder & CEO of
 * Tessellate Robotics) - r/robotics"), read as a document's title is (personInTitle). Only the
 * title row: a notes row under it ("Compiled by Kit Abernathy …") names the sheet's maker.
 */
function titleRowGuest(lines: readonly string[], headerIdx: number, header: TsvHeader, registry: ParseInput['registry']): string | null {
  if (header.speakerColumn >= 0 || header.answerColumns.some((a) => a.owner !== null)) return null;
  const first = lines.findIndex((l) => l.trim());
  if (first < 0 || first >= headerIdx) return null;
  const cells = lines[first]!.split('\t').filter((c) => c.trim());
  if (cells.length !== 1) return null;
  const name = personInTitle(normalizeSpace(cells[0]!));
  return name ? (registry.resolve(name) ?? name) : null;
}

function parseTable(input: ParseInput, rawLines: string[], delimiter?: ',' | ';'): ParseResult {
  // (a table file's report summary may stand above its header row; a text file's tab rows are read only from its first line)
  const read = readTsvHeader(rawLines, input.extension === '.csv' || input.extension === '.tsv');
  const found = read ? { index: read.index, header: withoutFlagAnswers(rawLines, read.index, read.header) } : null;
  const lines = found && delimiter ? withSurplusJoined(rawLines, found.index, found.header, delimiter) : rawLines;
  const b = new DocBuilder(input, lines);
  const meta = input.meta;
  const narrator = narratorOf(meta, input.registry);
  if (!found) {
    const first = Math.max(0, lines.findIndex((l) => l.trim()));
    const survey = lines[first]?.includes('\t') ? surveyColumns(lines[first]!.split('\t').map((c) => c.trim())) : null;
    if (survey) return parseSurveyRows(b, first, survey);
    return parseCellRows(b, first, narrator);
  }
  b.mark(found.index, 'markup');
  // An export's preamble above its table's header row (its title alone on the first row, "Exported
  // 2019-11-18 by the production team", a report's "Report Generated:, Mar 14, 2025 07:12 PM" and
  // topic rows): the export's own metadata, no one's statement, as a byline is; a row
  // of empty cells between them (",,,") is the table's markup.
  for (let i = 0; i < found.index; i++) {
    if (cellsOf(b, i).length) b.mark(i, 'metadata');
    else if (lines[i]!.includes('\t')) b.markBlanked(i, 'markup');
  }
  // A date column whose rows agree on the year dates the document (the document's year is every
  // record's: the year filter reads it), unless the document is dated otherwise.
  // A time column ("Timestamp") whose cells are calendar dates and times ("2023-04-11 14:02"), not
  // offsets into a recording ("00:01:46"), dates the document as a Date column does.
  const dateColumn = found.header.dateColumn >= 0 ? found.header.dateColumn : (found.header.timeColumns.find((c) => tableDate(lines, found.index, c) !== null) ?? -1);
  const dated = tableDate(lines, found.index, dateColumn);
  const datesTheDocument = dated !== null && (meta.year === null || meta.year === dated.year);
  const header: TsvHeader = datesTheDocument ? { ...found.header, dateColumn, datesTheDocument } : dated !== null ? { ...found.header, rowDatesAgree: true } : found.header;
  const finish = (result: ParseResult): ParseResult => {
    // A Title (Subject) column is the section of the records its row gives.
    if (header.titleColumn >= 0) {
      for (const r of result.records) {
        const title = cellOf(lines[r.line - input.bodyLine]?.split('\t') ?? [], header.titleColumn);
        if (title && r.section === null) r.section = title;
      }
    }
    return datesTheDocument ? { ...result, dated: { ...dated, column: header.columns[header.dateColumn]! } } : result;
  };
  const registry = input.registry;
  const hostNames = [meta.host, meta.interviewer].filter((n): n is string => !!n);
  const asker = hostNames[0] ? (registry.resolve(hostNames[0]) ?? hostNames[0]) : null;
  const guests = meta.speakers.filter((s) => !hostNames.some((h) => registry.resolve(h) === registry.resolve(s)));
  const layout = layoutOf(header);
  const guest = guests[0] ? (registry.resolve(guests[0]) ?? guests[0]) : layout === 'qa' ? titleRowGuest(lines, found.index, header, registry) : null;
  if (layout === 'qa') return finish(parseQuestionRows(b, found.index, header, { asker, guest, narrator }));
  if (layout === 'turns') return finish(parseTurnRows(b, found.index, header, { hostNames, narrator }));

  // Rows, with the header, teasers and page chrome classified.
  let end = lines.length;
  for (let i = found.index + 1; i < lines.length; i++) {
    if (isTeaserMarker(splitRow(lines[i]!, header).content)) {
      b.mark(i, 'navigation');
      for (let k = i + 1; k < lines.length; k++) b.mark(k, 'teaser');
      end = i;
      break;
    }
  }
  // The header block is judged on the Content cells alone.
  const contentOnly = lines.map((l, i) => (i <= found.index ? '' : splitRow(l, header).content));
  // …and it ends at the first question: a short first question ("When did Binance
  // launch?") is where the interview starts, not page chrome.
  let headerEnd = end;
  for (let i = found.index + 1; i < end; i++) {
    if (contentOnly[i]!.trim() && isQuestionRow(contentOnly[i]!)) {
      headerEnd = i;
      break;
    }
  }
  const view = new DocBuilder({ ...input }, contentOnly.slice(0, end));
  markHeader(view, headerEnd);
  view.kinds.forEach((k, i) => k && b.mark(i, k));

  const rows: Row[] = [];
  for (let i = found.index + 1; i < end; i++) {
    if (b.isMarked(i)) continue;
    const { content, topics } = splitRow(lines[i]!, header);
    if (!content) continue;
    const chrome = classifyChrome(content);
    if (chrome) {
      b.mark(i, chrome);
      continue;
    }
    rows.push({ idx: i, content, topics });
  }

  // Inline answer markers: a speaker's name followed by a capitalised word ("Yi He Firstly, …").
  const names = [...new Set([...registry.forms(), ...meta.speakers])].filter((n) => n.trim().includes(' ') || n.length >= 3);
  const marker = names.length
    ? new RegExp(`(^|(?<=[.?!]["”’]?\\s+))(${names.map(escapeRegExp).join('|')})\\s+(?=[\\p{Lu}\\p{Lo}])`, 'gu')
    : null;
  const markerOnce = marker ? new RegExp(marker.source, 'u') : null;
  const markedRows = markerOnce ? rows.filter((r) => markerOnce.test(r.content)).length : 0;
  const qas = markedRows >= 2 && marker ? pairMarked(rows, marker, registry) : pairUnmarked(rows, guest);

  // Narrative before the first question.
  const state = newAttributionState(registry, null);
  // a loop, not Math.min(...rows): spreading a large TSV's rows as arguments overflows the stack
  let firstQaRow = Infinity;
  for (const q of qas) for (const s of [...q.question, ...q.answer]) if (s.idx < firstQaRow) firstQaRow = s.idx;
  for (const r of rows) {
    if (r.idx >= firstQaRow) break;
    const { records, rhetorical } = narrate(b, r.content, state, { section: null, narrator, topics: r.topics, firstIdx: r.idx });
    if (records === 0 && rhetorical) b.mark(r.idx, 'rhetorical');
  }

  for (const qa of qas) {
    if (qa.answer.length === 0) continue;
    const segs = [...qa.question, ...qa.answer];
    const topics: string[] = [];
    for (const s of segs) for (const t of s.topics) if (!topics.some((x) => x.toLowerCase() === t.toLowerCase())) topics.push(t);
    const speaker = qa.speaker ?? guest;
    let first = Infinity;
    let last = -Infinity;
    for (const s of segs) {
      if (s.idx < first) first = s.idx;
      if (s.idx > last) last = s.idx;
    }
    b.add(
      {
        type: 'qa',
        text: joinSegments(qa.answer),
        speaker,
        question: qa.question.length ? normalizeSpace(qa.question.map((s) => s.text).join(' ')) : null,
        asker: qa.question.length ? asker : null,
        section: null,
        topics,
      },
      first,
      last,
    );
    const inner = newAttributionState(registry, speaker);
    for (const s of qa.answer) narrate(b, s.text, inner, { section: null, narrator, firstIdx: s.idx, claims: false, topics: s.topics });
  }
  return finish(b.result('tsv'));
}

/** A column naming whether a question was answered: "Answered", "Beantwortet", "Respondido", "Répondu", "Is answered". */
const STATUS_COLUMN = lazy(() => /^(?:is )?(?:answered|beantwortet|respondid[oa]|contestad[oa]|r[ée]pondu|risposto|beantwoord|besvaret|besvarad|odpowiedziano)\??$/i);
/** A cell that only says yes or no, in the languages exports come in: "Yes", "Ja", "Nein", "TRUE", "x". */
const FLAG_CELL = lazy(() => /^(?:yes|no|ja|nein|s[ií]|oui|non|true|false|wahr|falsch|y|n|x|✓|✔|✗)$/i);
/**
 * A Q&A tool's "Answered" ("Beantwortet", "Respondido") column says whether the question was
 * answered, Yes or No: its name reads as an answer column, its cells are flags. Such a column is
 * the row's status (a topic), not its answer; the answer is the next answer column ("Replies",
 * "Antworten"), or none, and then each question is its asker's.
 */
function withoutFlagAnswers(lines: readonly string[], headerIdx: number, header: TsvHeader): TsvHeader {
  if (header.answerColumns.length === 0) return header;
  const flags = header.answerColumns.filter(({ column }) => {
    // Only a column named for the status: an FAQ's "Answer" column may well answer "Yes" and "No".
    if (!STATUS_COLUMN().test((header.columns[column] ?? '').trim())) return false;
    let seen = 0;
    for (let i = headerIdx + 1; i < lines.length; i++) {
      const cell = (lines[i]!.split('\t')[column] ?? '').trim();
      if (!cell) continue;
      if (!FLAG_CELL().test(cell)) return false;
      seen++;
    }
    return seen >= 2;
  });
  if (flags.length === 0) return header;
  const answerColumns = header.answerColumns.filter((a) => !flags.includes(a));
  return { ...header, answerColumns, answerColumn: answerColumns[0]?.column ?? -1 };
}

/**
 * A CSV row with more cells than the header names has a delimiter left unquoted inside its
 * text: a comma or a semicolon is ordinary punctuation ("…gestiegen; das geben wir…"). The
 * surplus cells are that text's own, joined back into the text column (the answer, else the
 * content) with the delimiter, so the text is whole and the columns after it line up again. When
 * every row has the surplus, the header is the one short of a name, and the rows stay as they are.
 */
function withSurplusJoined(lines: string[], headerIdx: number, header: TsvHeader, delimiter: string): string[] {
  const text = header.answerColumn >= 0 ? header.answerColumn : header.contentColumn;
  const width = header.columns.length;
  if (text < 0) return lines;
  const cellsAt = lines.map((l, i) => (i > headerIdx && l.trim() ? l.split('\t') : null));
  // trailing empty cells (a delimiter at the end of the row) are no surplus
  const fill = (cells: string[]) => {
    let n = cells.length;
    while (n > width && !cells[n - 1]!.trim()) n--;
    return n;
  };
  const rows = cellsAt.filter((c): c is string[] => c !== null);
  if (rows.every((c) => fill(c) > width)) return lines;
  return lines.map((line, i) => {
    const cells = cellsAt[i];
    if (!cells || fill(cells) <= width) return line;
    const n = fill(cells) - width;
    const joined = cells
      .slice(text, text + n + 1)
      .map((c) => c.trim())
      .join(delimiter + ' ');
    return [...cells.slice(0, text), joined, ...cells.slice(text + n + 1, fill(cells))].join('\t');
  });
}

/** Seconds (or milliseconds) since 1970, as exports write a time (Reddit's created_utc). */
const EPOCH_RE = lazy(() => /^\d{9,10}(?:\.\d+)?$|^\d{12,13}$/);

/** A date cell's calendar date (or year alone), or null when it is no date quarry can read. */
export function cellDate(cell: string): { date: string | null; year: number } | null {
  const text = cell.trim();
  if (EPOCH_RE().test(text)) {
    const ms = text.length >= 12 && !text.includes('.') ? Number(text) : Number(text) * 1000;
    const iso = new Date(ms).toISOString();
    return { date: iso.slice(0, 10), year: Number(iso.slice(0, 4)) };
  }
  // A spreadsheet's own date, left as its serial number when the cell lost its date format in the
  // export (Excel's and Sheets' "45356" for 5 March 2024, "45612.604166" with the time as the
  // fraction): days since 30 December 1899. Only five digits, 1970 to 2099: in a date column, no count.
  if (EXCEL_SERIAL().test(text)) {
    const days = Math.floor(Number(text));
    if (days >= 25569 && days <= 73050) {
      const iso = new Date((days - 25569) * 86_400_000).toISOString();
      return { date: iso.slice(0, 10), year: Number(iso.slice(0, 4)) };
    }
  }
  // a form's or a spreadsheet's stamp, the date then the time ("2/11/2025 17:58:03", "30.09.2025 16:03")
  const stamp = STAMPED_DATE().exec(text);
  if (stamp) {
    const [, day, , year] = stamp;
    if (day!.includes('/')) {
      // month and day in either order: the day is known only when one of the two is past 12
      const [a, b] = day!.split('/').map(Number) as [number, number];
      const month = a > 12 ? b : b > 12 ? a : 0;
      const date = month ? readDateText(`${year}-${String(month).padStart(2, '0')}-${String(a > 12 ? a : b).padStart(2, '0')}`) : null;
      return date ?? { date: null, year: Number(year) };
    }
    return readDateText(`${day}${year}`);
  }
  return readDateText(text);
}
/** A spreadsheet's date serial: whole days, and the time of day as a fraction. */
const EXCEL_SERIAL = lazy(() => /^\d{5}(?:\.\d{1,12})?$/);
/** A numeric date, day and month by slashes or dots and a four-digit year, then the time of day. */
const STAMPED_DATE = lazy(() => /^(\d{1,2}([/.])\d{1,2}\2)(\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?)?$/);

/**
 * The date a table's date column gives the document: the year, when every
 * filled cell reads as a date of that one year, and the day too when they all
 * give the same day. null when a cell reads as no date, or the years differ.
 */
function tableDate(lines: string[], headerIdx: number, column: number): { date: string | null; year: number } | null {
  if (column < 0) return null;
  let found: { date: string | null; year: number } | null = null;
  for (let i = headerIdx + 1; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    const cells = lines[i]!.split('\t');
    const cell = cells[column]?.trim() ?? '';
    // (a sum row's count under the date column is no date: "Summe;;;;;;2")
    if (!cell || isSumRow(cells)) continue;
    const d = cellDate(cell);
    if (d === null || (found && d.year !== found.year)) return null;
    found = found ? { year: found.year, date: found.date === d.date ? found.date : null } : d;
  }
  return found;
}

/**
 * A table whose header names no text column (a claim and its verdict, ids
 * and notes): every row a claim of its cells, joined with ` — ` as a
 * Markdown table's rows are, so every word stays searchable, and a warning
 * says the columns were not understood. The first row is a header (markup,
 * as every table's header row is) only when it looks like one, short names and no sentence;
 * otherwise it is a row of data like the others.
 */
function parseCellRows(b: DocBuilder, headerIdx: number, narrator: string | null): ParseResult {
  const headerLike = (i: number) => cellsOf(b, i).every((c) => c.split(' ').length <= 4 && !/[.?!:;]["”’)]*$/.test(c) && /\p{L}/u.test(c));
  // A sheet's title in its first row alone ("Harbour Bridge replacement - timeline,,,"), the header of
  // two or more names a row or two below it: the title a claim of its own, the header that row.
  const titled = cellsOf(b, headerIdx).length === 1 ? titledHeader(b, headerIdx, headerLike) : -1;
  if (titled >= 0) {
    for (let i = headerIdx; i < titled; i++) addCellsClaim(b, i, narrator);
    headerIdx = titled;
  }
  const header = titled >= 0 || headerLike(headerIdx);
  if (header) b.mark(headerIdx, 'markup');
  const first = header ? headerIdx + 1 : headerIdx;
  const dates = header ? rowDateColumn(b, first) : -1;
  for (let i = first; i < b.lines.length; i++) {
    const before = b.records.length;
    addCellsClaim(b, i, narrator);
    // a timeline's row is of its own year ("2016-11-08 | Council votes …"), not the document's
    const dated = dates >= 0 && b.records.length > before ? cellDate(b.lines[i]!.split('\t')[dates] ?? '') : null;
    if (dated) b.records[before]!.year = dated.year;
  }
  if (b.records.length === 0) return { ...b.result('tsv'), unreadable: { line: b.fileLine(headerIdx), message: NO_ROWS } };
  b.warn(headerIdx, NO_TEXT_COLUMN);
  return b.result('tsv');
}

/**
 * The header under a sheet's one-cell title rows (a title, a note under it): the next row within
 * three of two or more header-like names, with a row of cells under it.
 */
function titledHeader(b: DocBuilder, titleIdx: number, headerLike: (i: number) => boolean): number {
  for (let i = titleIdx + 1; i < b.lines.length && i <= titleIdx + 3; i++) {
    if (!b.lines[i]!.trim()) continue;
    const width = cellsOf(b, i).length;
    if (width === 1) continue;
    if (width < 2 || !headerLike(i)) return -1;
    for (let k = i + 1; k < b.lines.length && k <= i + 3; k++) if (b.lines[k]!.trim()) return cellsOf(b, k).length >= 2 ? i : -1;
    return -1;
  }
  return -1;
}

/**
 * A column of dates under a header: each filled cell a calendar date ("2016-11-08", "2015-03", "2017"),
 * some with a separator (a column of bare numbers is counts, not years). At most 200 rows are read.
 */
function rowDateColumn(b: DocBuilder, first: number): number {
  const width = b.lines[first - 1]!.split('\t').length;
  for (let c = 0; c < width; c++) {
    let dated = 0;
    let separated = false;
    let ok = true;
    for (let i = first; i < b.lines.length && i < first + 200 && ok; i++) {
      const cell = (b.lines[i]!.split('\t')[c] ?? '').trim();
      if (!cell) continue;
      const d = cell.length <= 40 ? cellDate(cell) : null;
      if (!d) ok = false;
      else {
        dated++;
        if (/\D/.test(cell)) separated = true;
      }
    }
    if (ok && separated && dated >= 2) return c;
  }
  return -1;
}

/** Answer paragraphs keep their row breaks; pieces of one row join with a space. */
function joinSegments(segs: Segment[]): string {
  const out: string[] = [];
  let lastIdx = -1;
  for (const s of segs) {
    if (s.idx === lastIdx && out.length) out[out.length - 1] += ' ' + s.text;
    else out.push(s.text);
    lastIdx = s.idx;
  }
  return out.map((t) => t.trim()).filter(Boolean).join('\n');
}

/**
 * A run of sentences in the asking voice: each asks (or opens with an
 * interrogative word), none speaks as "I".
 */
function isAskingSentence(text: string): boolean {
  return (isQuestionSentence(text, true) || isImperativePrompt(text)) && !isFirstPersonSingular(text);
}

/** Split the trailing question run off a text: "…developers. Which sectors…? How do you…." */
function trailingQuestion(text: string): { before: string; question: string } {
  const sentences = splitSentences(text);
  let k = sentences.length;
  while (k > 0 && isAskingSentence(sentences[k - 1]!.text)) k--;
  if (k === sentences.length) return { before: text, question: '' };
  const cut = sentences[k]!.start;
  return { before: text.slice(0, cut).trim(), question: text.slice(cut).trim() };
}

/** Split a leading question run off a text: "After …, where will growth come from? First, …" */
function leadingQuestion(text: string): { question: string; rest: string } {
  const sentences = splitSentences(text);
  let k = 0;
  while (k < sentences.length && /\?["”’]?$/.test(sentences[k]!.text) && !isFirstPersonSingular(sentences[k]!.text)) k++;
  if (k === 0) return { question: '', rest: text };
  const cut = sentences[k - 1]!.end;
  return { question: text.slice(0, cut).trim(), rest: text.slice(cut).trim() };
}

function pairMarked(rows: Row[], marker: RegExp, registry: ParseInput['registry']): QA[] {
  const qas: QA[] = [];
  let current: QA | null = null;
  // One copy for every row: allMatches starts at lastIndex 0 and leaves it there.
  const re = new RegExp(marker.source, 'gu');
  for (const row of rows) {
    const hits = allMatches(re, row.content);
    let pos = 0;
    let pendingQuestion: Segment[] = [];
    const pushText = (text: string) => {
      if (!text.trim()) return;
      if (current) current.answer.push({ idx: row.idx, text: text.trim(), topics: row.topics });
    };
    if (hits.length === 0) {
      // A row that opens with a question and carries no name: question, then its answer.
      const lead = leadingQuestion(row.content);
      if (lead.question && lead.rest) {
        current = { question: [{ idx: row.idx, text: lead.question, topics: row.topics }], answer: [], speaker: null };
        qas.push(current);
        pushText(lead.rest);
      } else pushText(row.content);
      continue;
    }
    for (const h of hits) {
      const at = h.index ?? 0;
      const before = row.content.slice(pos, at);
      const { before: rest, question } = trailingQuestion(before);
      pushText(rest);
      pendingQuestion = question ? [{ idx: row.idx, text: question, topics: row.topics }] : [];
      // A question left at the end of the previous answer's row ("…How do you spend your day.")
      if (!pendingQuestion.length && !rest.trim() && current && current.answer.length) {
        const lastSeg = current.answer[current.answer.length - 1]!;
        const split = trailingQuestion(lastSeg.text);
        if (split.question && lastSeg.idx !== row.idx) {
          lastSeg.text = split.before;
          if (!lastSeg.text) current.answer.pop();
          pendingQuestion = [{ idx: lastSeg.idx, text: split.question, topics: lastSeg.topics }];
        }
      }
      const speaker = registry.resolve(h[2]!) ?? h[2]!;
      current = { question: pendingQuestion, answer: [], speaker };
      qas.push(current);
      pos = at + h[0].length;
    }
    pushText(row.content.slice(pos));
  }
  return qas;
}

/** Score how much a row reads as an interviewer's question. */
export function isQuestionRow(text: string): boolean {
  const a = askingSentences(text);
  if (!a || a.asking.length === 0) return false;
  const { sentences, asking } = a;
  // Wholly a question ("What is the motivation behind these expansions?"), or a
  // question put to "you" with context around it ("Why do you think…? BNB is now ranked…").
  return asking.length === sentences.length || asking.some((s) => hasSecondPerson(s.text) || isImperativePrompt(s.text));
}

function pairUnmarked(rows: Row[], guest: string | null): QA[] {
  const qas: QA[] = [];
  let current: QA | null = null;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (isQuestionRow(row.content)) {
      // Lead-ins: unpunctuated fragments or statements directly above, not in the first person.
      const lead: Segment[] = [];
      while (current && current.answer.length > 1 && lead.length < 3) {
        const prev = current.answer[current.answer.length - 1]!;
        if (endsLikeSentence(prev.text) || isFirstPersonSingular(prev.text)) break;
        if (rows[r - 1 - lead.length]?.idx !== prev.idx) break;
        lead.unshift(current.answer.pop()!);
      }
      current = { question: [...lead, { idx: row.idx, text: row.content, topics: row.topics }], answer: [], speaker: guest };
      qas.push(current);
      continue;
    }
    if (current) current.answer.push({ idx: row.idx, text: row.content, topics: row.topics });
  }
  return qas;
}


export const tsvShape: Shape = {
  name: 'tsv',
  summary: 'tab- or comma-separated exports whose header row names a Content column, Question and Answer, or Speaker and Text',
  extensions: ['.txt', '.md', '.tsv', '.csv'],
  // A .tsv or .csv file is a table whatever its header says: one that names no text column is read row by row, not as prose.
  detect: ({ lines, extension }) => extension === '.tsv' || extension === '.csv' || readTsvHeader(lines) !== null,
  parse: parseTsv,
};

/** A row's cell, its spaces normalised; '' for a column the header does not name. */
function cellOf(cells: string[], c: number): string {
  return c >= 0 ? normalizeSpace(cells[c] ?? '') : '';
}

/** A row's non-empty cells, spaces normalised. */
function cellsOf(b: DocBuilder, i: number): string[] {
  return b.lines[i]!.split('\t').map(normalizeSpace).filter(Boolean);
}
/** A row read as a claim of its cells joined with " — " (a table without a text column, a report's summary row). */
function addCellsClaim(b: DocBuilder, i: number, narrator: string | null): void {
  const cells = cellsOf(b, i);
  if (cells.length) b.add({ type: 'claim', text: cells.join(' — '), speaker: narrator, section: null }, i);
}

/**
 * The question-and-answer layout: each row a qa, its answerer from the
 * speaker column (else the document's guest) and its asker from the asker
 * column (else the host). A question with no answer is its asker's quote (as
 * a transcript's unanswered turn is its speaker's), never the answerer's, whose
 * cell becomes a topic; an answer with no question its speaker's quote: a
 * row's words are never dropped.
 */
function parseQuestionRows(
  b: DocBuilder,
  headerIdx: number,
  header: TsvHeader,
  people: { asker: string | null; guest: string | null; narrator: string | null },
): ParseResult {
  // the question a row answered, for a row below that gives a second answer with no question of its own
  let above: { question: string; asker: string | null } | null = null;
  let aboveIdx = -1;
  let section: string | null = null;
  for (let i = headerIdx + 1; i < b.lines.length; i++) {
    const raw = b.lines[i]!;
    if (!raw.trim()) continue;
    const cells = raw.split('\t');
    const band = sectionBand(cells, i - 1 === headerIdx || !b.lines[i - 1]!.trim());
    if (band) {
      // A sheet's section band ("FINANCING,,,,", or "Fleet" under a blank row): the rows below are
      // its section, and no answer runs on into it.
      b.mark(i, 'heading');
      section = band;
      above = null;
      continue;
    }
    const continued = above ? answerRunOn(b, cells, header, aboveIdx) : null;
    if (continued) {
      // An answer that runs on into the row below, that row's answer cell its only filled one (a
      // long answer pasted as two paragraphs, two rows): `312 units … | Weyand | 05.03.2024` over
      // `;;;;"The shortfall is mostly the Nordviertel site …";;` is one answer, the row above's.
      continued.text = `${continued.text}\n${cellOf(cells, header.answerColumn)}`;
      b.extend(continued, aboveIdx, i);
    } else if (isSumRow(cells)) {
      // A sheet's sum row under its table ("Total,,,,3762,", "Summe;;;;;;41"): the sheet's
      // arithmetic, no one's words and no record; its line stays searchable.
      b.mark(i, 'metadata');
      above = null;
    } else if (isTotalsRow(cells)) {
      // a report's count under its table ("Total questions,16"): the label and its number, a claim as a summary row above the table is
      addCellsClaim(b, i, people.narrator);
      above = null;
    } else {
      above = addQuestionRow(b, i, cells, header, { ...people, section, above });
      aboveIdx = i;
    }
  }
  return b.result('tsv');
}

/**
 * A sheet's section band: its first cell the only filled one, a short label (one to five words, no
 * sentence's closing mark, no number), on a row of its own under a blank row or the header, or in
 * capitals ("GOVERNANCE,,,,,," between two bands of questions). A one-word answer ("Yes.") or a
 * question ("Refunds?") is no band: it ends on its mark.
 */
function sectionBand(cells: readonly string[], afterBreak: boolean): string | null {
  const label = cells[0]?.trim() ?? '';
  if (!label || label.length > 60 || cells.some((c, n) => n > 0 && c.trim())) return null;
  if (!/^\p{L}/u.test(label) || /\d/.test(label) || /[.?!:;,"”)]$/.test(label) || wordCount(label) > 5) return null;
  return afterBreak || !/\p{Ll}/u.test(label) ? normalizeSpace(label) : null;
}

/**
 * The qa of the row above that a row continues: the row's answer cell is its only filled cell (no
 * question, no asker, no answerer, no number or date of its own), and the row above gave one qa.
 */
function answerRunOn(b: DocBuilder, cells: string[], header: TsvHeader, aboveIdx: number): DraftRecord | null {
  if (header.answerColumn < 0 || !cellOf(cells, header.answerColumn)) return null;
  if (cells.some((c, n) => n !== header.answerColumn && c.trim())) return null;
  // (the row's records are the last ones added: read back only over them)
  const line = b.fileLine(aboveIdx);
  let qa: DraftRecord | null = null;
  for (let k = b.records.length - 1; k >= 0 && b.records[k]!.line >= line; k--) {
    const r = b.records[k]!;
    if (r.type !== 'qa') continue;
    if (qa) return null;
    qa = r;
  }
  return qa && qa.line === line ? qa : null;
}

/**
 * A row of a report's totals: a label and a number in the first two cells, nothing else
 * ("Total questions,16", "Answered,13"). A question is no label: it ends on its mark.
 */
function isTotalsRow(cells: string[]): boolean {
  const label = cells[0]?.trim() ?? '';
  const count = cells[1]?.trim() ?? '';
  if (!label || !NUMBER_CELL().test(count) || cells.slice(2).some((c) => c.trim())) return false;
  return /^\p{L}/u.test(label) && wordCount(label) <= 5 && !/[.?!]["”’)]*$/.test(label);
}

/**
 * A sheet's sum row under a table: the word "Total" (or "Summe", "Gesamt"…) in the first column and
 * sums under their own columns ("Total,,,,3762,", "Summe;;;;;412"), every other filled cell a number.
 */
function isSumRow(cells: string[]): boolean {
  if (!TOTALS_WORD().test(cells[0]?.trim() ?? '')) return false;
  let sums = 0;
  for (let c = 1; c < cells.length; c++) {
    const cell = cells[c]!.trim();
    if (!cell) continue;
    if (!NUMBER_CELL().test(cell)) return false;
    sums++;
  }
  return sums > 0;
}

/** The label of a sheet's sum row: "Total", "Totals", "Grand total", "Sum", "Summe", "Gesamt", "Totaal", "Totale". */
const TOTALS_WORD = lazy(() => /^(?:grand )?(?:totals?|sum|summe|gesamt|totaal|totale|somme):?$/iu);

/**
 * A person cell that names nobody: a webinar's "Anonymous Attendee", a forum's "[deleted]" or
 * "Unknown". The row's words are still someone's question; who asked is not said.
 */
const NOBODY_CELL = lazy(() => /^(?:anonymous|anon|\[deleted\]|\[removed\]|deleted|unknown)(?:\s+(?:attendee|user|participant|viewer|guest|panelist|member))?$/i);

/** Who a question row's records name: the sheet's asker and guest, its narrator, the row's section, and the question a row with none answers. */
interface RowPeople {
  asker: string | null;
  guest: string | null;
  narrator: string | null;
  section: string | null;
  above?: { question: string; asker: string | null } | null;
}

/**
 * One row of a question-and-answer table (a TSV's, a Markdown table's): a qa,
 * or the quote of whoever wrote the one cell that is filled. A row with an
 * answer and its answerer but no question, under a row that had one (a sheet
 * where two people answered one question, each on a row), answers the question
 * above. Returns the question the row's answers answered, for the row below.
 */
export function addQuestionRow(
  b: DocBuilder,
  i: number,
  cells: string[],
  header: TsvHeader,
  people: RowPeople,
): { question: string; asker: string | null } | null {
  const first = b.records.length;
  const answered = addQuestionCells(b, i, cells, header, people);
  const comments = header.commentColumn !== undefined && header.commentColumn >= 0 ? cellOf(cells, header.commentColumn) : '';
  if (comments) addComments(b, i, comments, people.section, topicsOf(cells, header));
  // A date column whose rows differ (an interview log kept over months: `| 2022-03-14 | How many … |`,
  // `2023-06-02,Priya Nandakumar,…`): each row's date cell is when its words were said, the date and
  // year of the row's records, no topic. (A column whose rows all give one year dates the document;
  // a date the front matter declares outranks the rows', which stay topics.)
  const meta = b.input.meta;
  const declared = (meta.date !== null || meta.year !== null) && meta.inferred.date === undefined && meta.inferred.year === undefined;
  const dateCell = header.dateColumn >= 0 && header.datesTheDocument !== true && header.rowDatesAgree !== true && !declared && !ENTRY_DATE_HEADER().test(header.columns[header.dateColumn] ?? '') ? cellOf(cells, header.dateColumn) : '';
  const dated = dateCell ? cellDate(dateCell) : null;
  if (dated) {
    // (the cell as topicsOf split it: "March 14, 2022" gave "March 14" and "2022")
    const pieces = new Set(dateCell.split(/[,;]/).map((t) => t.trim().toLowerCase()));
    for (let k = first; k < b.records.length; k++) {
      const r = b.records[k]!;
      r.published = { date: dated.date, year: dated.year };
      r.topics = r.topics.filter((t) => !pieces.has(t.toLowerCase()));
    }
  }
  return answered;
}

/**
 * The follow-ups in a row's Comments cell: each signed comment ("Nurul Huda: is that including
 * part-timers?") its signer's quote, and a comment that answers a question asked just before it
 * by someone else a qa; a cell that opens with no signature one quote of no one.
 */
function addComments(b: DocBuilder, i: number, cell: string, section: string | null, topics: string[]): void {
  const registry = b.input.registry;
  const signed = signedReplies(cell);
  if (signed.length === 0) {
    b.add({ type: 'quote', text: normalizeSpace(cell), speaker: null, section, topics }, i);
    return;
  }
  signed.forEach((c, k) => {
    const by = registry.resolve(c.name) ?? personName(c.name);
    const before = k > 0 ? signed[k - 1]! : null;
    if (before && before.name !== c.name && isQuestionSentence(before.text)) {
      const asker = registry.resolve(before.name) ?? personName(before.name);
      b.add({ type: 'qa', text: c.text, speaker: by, role: c.role, question: before.text, asker, section, topics }, i);
    } else if (!(k + 1 < signed.length && signed[k + 1]!.name !== c.name && isQuestionSentence(c.text))) {
      b.add({ type: 'quote', text: c.text, speaker: by, role: c.role, section, topics }, i);
    }
  });
}

function addQuestionCells(
  b: DocBuilder,
  i: number,
  cells: string[],
  header: TsvHeader,
  people: RowPeople,
): { question: string; asker: string | null } | null {
  const registry = b.input.registry;
  const person = (name: string) => (name && !NOBODY_CELL().test(name) ? (registry.resolve(name) ?? displayName(name)) : null);
  // An answer that names someone by surname ("Nwosu-Kell: “…”", "Vlasic said …") means the person the
  // sheet's answerer column names in full on any row.
  const attributionFor = (speaker: string | null): AttributionState => {
    const state = newAttributionState(registry, speaker);
    noteParticipants(state, sheetAnswerers(b, header));
    return state;
  };
  const { section } = people;
  const topics = topicsOf(cells, header);
  const answer = cellOf(cells, header.answerColumn);
  // "Priya Raman (CFO)", "Dr. Matthias Brenninkmeyer, CFO": the person, and the role the cell gives them.
  const [answerer, role] = personAndRole(cellOf(cells, header.speakerColumn), registry);
  const [ownQuestioner, askerRole] = personAndRole(cellOf(cells, header.askerColumn), registry);
  const ownQuestion = cellOf(cells, header.questionColumn);
  const replies = !answerer && answer ? signedReplies(answer) : [];
  // a second answer to the question above: this row names who answers, and asks nothing
  const follows = !ownQuestion && !ownQuestioner && answer && (answerer || replies.length > 0) ? (people.above ?? null) : null;
  const question = follows ? follows.question : ownQuestion;
  const questioner = follows ? '' : ownQuestioner;
  // A report's answer cell that names who answered before the words ("Priya Shah: 4.1% fixed…"), or
  // only says the question was answered aloud ("Priya Shah - live answered"): the answerer, and no words.
  const prefixed = !answerer && answer ? (ANSWERER_PREFIX().exec(answer) ?? partSigned(answer)) : null;
  const signed = prefixed && !CELL_HEADING_WORD().test(prefixed[1]!) ? prefixed : null;
  const liveOnly = !answerer && answer ? (LIVE_ANSWERED().exec(answer) ?? NOT_ANSWERED().exec(answer)) : null;
  const answerText = signed ? signed[2]!.trim() : liveOnly ? '' : answer;
  const answeredBy = signed?.[1] ?? liveOnly?.[1] ?? liveOnly?.[2] ?? null;
  const speaker = person(answerer) ?? (answeredBy ? person(answeredBy) : null) ?? people.guest;
  const asker = follows ? follows.asker : (person(questioner) ?? people.asker);
  const answered = question ? { question, asker } : null;
  // a cell the name was taken out of stays searchable as written ("Dr. Matthias Brenninkmeyer, CFO"), and so does one naming nobody ("Anonymous Attendee")
  for (const [cell, name] of [[cellOf(cells, header.speakerColumn), answerer], [cellOf(cells, header.askerColumn), questioner]] as const)
    if (cell && (name !== cell || NOBODY_CELL().test(cell)) && !topics.some((t) => t.toLowerCase() === cell.toLowerCase())) topics.push(cell);
  // Answer columns that each name who answers in them ("Host answer", "Guest answer"): one qa per answered cell.
  const owners = header.answerColumns.map((a) => (a.owner === null ? null : ownerName(a.owner, a.noted, registry, people)));
  const owned = owners.filter((o) => o !== null).length;
  if (question && owned && (owned > 1 || header.answerColumns.length === 1)) {
    const filled = header.answerColumns.filter((a) => cellOf(cells, a.column));
    for (const a of filled) {
      const text = cellOf(cells, a.column);
      const by = owners[header.answerColumns.indexOf(a)] ?? speaker;
      b.add({ type: 'qa', text, speaker: by, question, asker, section, topics, ...(by === speaker ? { role } : {}), askerRole }, i);
      narrate(b, text, attributionFor(by), { section, narrator: people.narrator, firstIdx: i, claims: false, topics, keepSelfQuotes: writtenAbout(text, by) });
    }
    if (filled.length) return answered;
  }
  if (liveOnly && question) {
    // answered aloud, no words written: the question is its asker's; the answerer's name stays searchable
    b.add({ type: 'quote', text: question, speaker: asker, role: askerRole, section, topics: [...topics, answer] }, i);
    return answered;
  }
  // A reply cell of a Q&A tool's export that holds several signed replies, one after the other
  // ("Sabine Krüger-Adomeit (CEO): … Jonas Weidlich (CTO): …"): a qa of each signer.
  if (question && (replies.length > 1 || (replies.length === 1 && !signed))) {
    for (const reply of replies) {
      // ("Mayor Lena Fischbach": the office before a full name is no part of it)
      const by = registry.resolve(reply.name) ?? personName(reply.name);
      b.add({ type: 'qa', text: reply.text, speaker: by, question, asker, section, topics, role: reply.role, askerRole }, i);
      narrate(b, reply.text, attributionFor(by), { section, narrator: people.narrator, firstIdx: i, claims: false, topics, keepSelfQuotes: writtenAbout(reply.text, by) });
    }
    return answered;
  }
  if (question && answerText) {
    b.add({ type: 'qa', text: answerText, speaker, question, asker, section, topics, role, askerRole }, i);
    narrate(b, answerText, attributionFor(speaker), { section, narrator: people.narrator, firstIdx: i, claims: false, topics, keepSelfQuotes: writtenAbout(answerText, speaker) });
  } else if (question || answer) {
    // The person the row names on the other side (who was to answer an unanswered question)
    // wrote none of these words: a topic, so the cell stays searchable.
    const other = cellOf(cells, question ? header.speakerColumn : header.askerColumn);
    const named = other && !topics.some((t) => t.toLowerCase() === other.toLowerCase()) ? [...topics, other] : topics;
    b.add({ type: 'quote', text: question || answer, speaker: question ? asker : speaker, role: question ? askerRole : role, section, topics: named }, i);
  } else b.mark(i, topics.length ? 'metadata' : 'markup');
  return question && answerText ? answered : null;
}

/**
 * A reply opening on its signer's full name, a role in brackets or not, and a colon or a spaced dash
 * ("Jonas Weidlich (CTO): …", "Mayor Lena Fischbach: …", "Lena Varga - And we pay them"), or a
 * webinar's part with the person in brackets ("Host (Kai Brandt) - …"), at the cell's start or after
 * a sentence's end. Groups: the name and its role, or the part and the name.
 */
const REPLY_SIGNATURE = lazy(() => /(?:^|(?<=[.!?]["”’)]?\s))(?:(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})(?: \(([^()]{2,40})\))?|(Host|Co-host|Cohost|Panelist|Panellist|Moderator|Presenter) \((\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})\))(?::|\s[-–—])\s+/gu);
/**
 * The signed replies an answer cell holds, when it opens with a signature: each signer, the role
 * the signature gives, and the words up to the next signature. Empty for a cell that opens on
 * words ("Staffing. … Nwosu-Kell: …"), or on a heading ("Short Answer: …").
 */
function signedReplies(cell: string): { name: string; role: string | null; text: string }[] {
  const text = normalizeSpace(cell);
  // (a webinar's part first, the person in brackets: "Host (Kai Brandt) - Yes, …")
  const marks = allMatches(REPLY_SIGNATURE(), text).filter((m) => m[1] === undefined || !CELL_HEADING_WORD().test(m[1]));
  if (marks.length === 0 || marks[0]!.index !== 0) return [];
  return marks.map((m, k) => ({
    name: (m[1] ?? m[4])!,
    role: (m[2] ?? m[3])?.trim() ?? null,
    text: text.slice(m.index! + m[0].length, k + 1 < marks.length ? marks[k + 1]!.index : text.length).trim(),
  }));
}

/**
 * An answer cell opening on its answerer's full name and a colon, or a spaced dash as a webinar's Q&A
 * report writes it: "Priya Shah: 4.1% fixed until 2031…", "Lena Varga - Mostly on cost.".
 */
// (a report may say so in words first: "Live answered by Dominic Reyes: Yes. …", "Answered by …:")
const ANSWERER_PREFIX = lazy(() => /^(?:(?:[Ll]ive )?[Aa]nswered by )?(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2})(?::|\s[-–—])\s+(\S.*)$/su);
/**
 * An answer cell signed by one word that names a part, not a person ("Moderation: Yes, next one in
 * Q1 2026.", "Host: …", "Organisers: …"): the event's team answered, and the word is no part of the answer.
 */
function partSigned(answer: string): RegExpExecArray | null {
  const m = ONE_WORD_SIGNER().exec(answer);
  return m && (CAST_ROLE().test(m[1]!) || TEAM_WORD().test(m[1]!)) ? m : null;
}
const ONE_WORD_SIGNER = lazy(() => /^(\p{Lu}\p{Ll}+):\s+(\S.*)$/su);
/** A team that answers for an event: its moderation, its organisers, its admins. */
const TEAM_WORD = lazy(() => /^(?:moderation|moderators|organi[sz]ers|organi[sz]ation|admins?|support|orga)$/i);
/**
 * A word that makes an answer cell's capitalised opening a heading of the cell, no one's name: "Short
 * Answer: …", "Editor's Note: …", "Update From Finance: …" (a possessive, a kind of note, a preposition).
 */
const CELL_HEADING_WORD = lazy(() => /(?:['’]s|(?<![\p{L}])(?:Answers?|Responses?|Reply|Replies|Notes?|Updates?|Updated|Comments?|Summary|Status|Action|Correction|Clarification|Follow-up|Short|Long|Full|Final|Official|Staff|Team|Panel|From|To|By|For|Of|The|And|On|In|At))(?![\p{L}])/u);
/**
 * A note in the answer cell that the question went unanswered ("(not answered - out of time)",
 * "Not answered live. Clerk to respond by email.", "Unanswered (session ran over)"): like an
 * answer given aloud, no words of an answerer; the question stays its asker's, the note a topic.
 */
const NOT_ANSWERED = lazy(() => /^\(?\s*(?:not answered|unanswered|no time to answer)\b.{0,80}$/i);
/** A webinar report's note that a question was answered aloud: "Priya Shah - live answered", "live answered", "Live answered by Sofia Lindgren". */
const LIVE_ANSWERED = lazy(() => /^(?:(?:(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2})\s*[-–—:]\s*)?live answered|live answered by (\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}))\.?$/iu);
/** A Discord account's name and its four-digit tag: "Yuki Halvorsen#7788"; the name (1). */
const DISCORD_TAG = lazy(() => /^(\S(?:.*\S)?)#\d{4}$/u);
/** A display name, a bar, a role: "Lena Marsh | Admin", "Omar Haddad | Team"; the name (1), the role (2). */
const ROLE_AFTER_BAR = lazy(() => /^([^|]+?)\s+[|｜]\s+([^|]{2,40})$/u);

/**
 * A person cell that gives a role with the name, after a comma ("Olu Adeyemi, VP Engineering") or
 * in brackets ("Priya Raman (CFO)", "Ines Carvalho (Head of People)"): the person, without a title
 * before a full name, and the role. A known name is the registry's whole; a note in brackets that
 * is no role (an affiliation: "(Aktionärsvereinigung DSW)") stays with the name.
 */
function personAndRole(cell: string, registry: DocBuilder['input']['registry']): [string, string | null] {
  if (!cell || registry.resolve(cell)) return [cell, null];
  // A chat's display name as its export writes it: Discord's tag after the name ("Yuki Halvorsen#7788")
  // is the account's number, no part of the name; a role after a bar ("Lena Marsh | Admin") is the
  // member's role in the group, as one in brackets is.
  const tagged = DISCORD_TAG().exec(cell);
  if (tagged && (isNameShaped(tagged[1]!) || /^[\p{L}\p{N}_.]{2,32}$/u.test(tagged[1]!))) return personAndRole(tagged[1]!, registry);
  const barred = ROLE_AFTER_BAR().exec(cell);
  if (barred && wordCount(barred[1]!) >= 2 && wordCount(barred[1]!) <= 5 && isNameShaped(barred[1]!)) return [personName(barred[1]!), barred[2]!.trim()];
  const note = /^([^()]+?)\s*\(([^()]{2,60})\)$/.exec(cell);
  // ("@voltnerd (listener)": a handle and its part in the call, as a name and its role)
  if (note && /^@[\p{L}\p{N}_.]{2,32}$/u.test(note[1]!) && CELL_ROLE().test(note[2]!)) return [note[1]!, note[2]!.trim()];
  if (note && wordCount(note[1]!) <= 5 && isNameShaped(note[1]!) && (CELL_ROLE().test(note[2]!) || OFFICE_IN_TITLE_CASE().test(note[2]!.trim()))) return [personName(note[1]!), note[2]!.trim()];
  // "Frank DeLuca (Ward 4)", "Ana Ruiz (District 9)": a place given by its number in brackets after a
  // full name, where the asker lives or sits, is no part of the name.
  if (note && wordCount(note[1]!) >= 2 && wordCount(note[1]!) <= 4 && isNameShaped(note[1]!) && NUMBERED_PLACE().test(note[2]!.trim())) return [personName(note[1]!), note[2]!.trim()];
  // "Moderator (Liz Cordero)", "Commissioner (Teodora Vlasic)": the part first, the person's full name in brackets.
  if (note && (CAST_ROLE().test(note[1]!.trim()) || OFFICE_IN_TITLE_CASE().test(note[1]!.trim())) && FULL_NAME_IN_BRACKETS().test(note[2]!.trim()) && isNameShaped(note[2]!.trim()))
    return [personName(note[2]!.trim()), note[1]!.trim()];
  const [who, role] = nameAndRole(cell);
  if (role) return [personName(who), role];
  // "Dr. Marina Okafor" in one row and "Marina Okafor" in the next are one answerer: a title before
  // a full name is no part of the name, as in a label ("SEN. GRANT HOLLOWAY" is Grant Holloway),
  // and an office there ("Director Oona Fairweather") is the answerer's role.
  return isNameShaped(cell) ? [personName(cell), officeBeforeName(cell)] : [cell, null];
}

/** A ward, district or the like by its number: "Ward 4", "District 12", "Precinct 3B". */
const NUMBERED_PLACE = lazy(() => /^(?:Ward|District|Precinct|Division|Riding|Zone|Area|Region|Sector)\s+\d{1,3}[A-Z]?$/u);
/** A letter, or an apostrophe or hyphen that joins one to a word. */
const LETTER_OR_JOINER = lazy(() => /^[\p{L}'’-]$/u);
/**
 * An answer written up about its answerer, who is named in it outside any quotation ("Staffing. …
 * Nwosu-Kell: “I would rather…”", "Vlasic said the rest is “committed but not spent”"): the
 * quotations are the answerer's own words among the writer's, each a quote of its own. In an answer
 * in the answerer's own words ("I said “by 2025” and I meant…") a quotation is no more than the answer.
 */
function writtenAbout(text: string, answerer: string | null): boolean {
  const surname = answerer?.split(' ').pop();
  if (!surname || !answerer!.includes(' ')) return false;
  const outside = text.replace(/["“„«][^"“”„«»]*["”»]/g, ' ');
  return hasWholeWord(outside, surname, LETTER_OR_JOINER());
}

/** The people a sheet's answerer column names, each once (read once a builder). */
const answerersOfSheet = new WeakMap<DocBuilder, string[]>();
function sheetAnswerers(b: DocBuilder, header: TsvHeader): string[] {
  let names = answerersOfSheet.get(b);
  if (!names) {
    const found = new Set<string>();
    if (header.speakerColumn >= 0) {
      for (const line of b.lines) {
        const cell = cellOf(line.split('\t'), header.speakerColumn);
        const [who] = cell ? personAndRole(cell, b.input.registry) : [''];
        if (who && isNameShaped(who)) found.add(b.input.registry.resolve(who) ?? displayName(who));
      }
    }
    answerersOfSheet.set(b, (names = [...found]));
  }
  return names;
}

/** A full name in a role's brackets: two to four capitalised words ("Liz Cordero", "Ana María de la Cruz" is not). */
const FULL_NAME_IN_BRACKETS = lazy(() => /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’-]+){1,3}$/u);

/**
 * The business a shop's review export answers for ("seller_reply", "Owner response"): no one's name,
 * the part it plays, as a review page's "Response from the owner" is the page's business.
 */
const BUSINESS_PART = lazy(() => /^(?:seller|vendor|merchant|owner|business|store|shop|company|management|brand|retailer)$/);
/**
 * The person an answer column's owner is: the host or the guest by their part ("Host answer": the
 * document's host, else "Host"), a known speaker ("CZ reply"), or a name in a note ("(Dr. Lucia
 * Ferrante)"); null for other words before the answer word ("Final answer", "回答 Answer").
 */
function ownerName(owner: string, noted: boolean, registry: DocBuilder['input']['registry'], people: { asker: string | null; guest: string | null }): string | null {
  const part = owner.toLowerCase();
  if (!noted && ASKER_WORDS.has(part)) return people.asker ?? displayName(owner);
  if (!noted && ANSWERER_WORDS.has(part)) return people.guest ?? displayName(owner);
  const known = registry.resolve(owner);
  // ("seller_reply": the seller's, described as a spokesperson is, "the seller")
  return known ?? (noted ? owner : BUSINESS_PART().test(part) ? `the ${part}` : null);
}

const NO_ROWS = 'no records found: the table has a header row and no rows';
const NO_TEXT_COLUMN = 'the header row names no text column (Content, Text or Body, Question and Answer, or questions as column names): each row is read as a claim of its cells';

/** A survey export's columns: the questions (header cells that ask), who answered, the times. */
interface SurveyColumns {
  questions: number[];
  respondent: number;
  times: number[];
  columns: string[];
}

const RESPONDENT_HEADER = lazy(() => /^(respondent|respondent name|your name|full name|email|email address)$/i);
/**
 * A form's question that asks who is filling it in ("What is your full name?", "What's your
 * name?", "Your name?"): its cells name the respondent, they answer nothing.
 */
const NAME_QUESTION = lazy(() => /^(?:what(?:'s|’s| is) )?your (?:full |first and last )?name\s*\?$/i);

/** A header whose cells are questions ("What should the city fix first?"): a form's responses. */
function surveyColumns(columns: string[]): SurveyColumns | null {
  const named = columns.findIndex((c) => NAME_QUESTION().test(c.trim()));
  const questions = columns.flatMap((c, n) => (n !== named && (/\?["”’)]*$/.test(c) || isImperativePrompt(c)) ? [n] : []));
  if (questions.length === 0) return null;
  const spaced = columns.map((c) => c.replace(/[_-]+/g, ' ').trim());
  // who answered: a name or respondent column, by its words in any of the languages roleOf reads ("Respondent ID", "Teilnehmer", "Nombre")
  let respondent = named >= 0 ? named : spaced.findIndex((c, n) => !questions.includes(n) && (SPEAKER_HEADER().test(c) || RESPONDENT_HEADER().test(c) || ['answerer', 'person'].includes(roleOf(c))));
  if (questions.includes(respondent)) respondent = -1;
  const times = spaced.flatMap((c, n) => (TIME_HEADER().test(c) || /^(date|submitted|submitted at|completed|created)$/i.test(c) ? [n] : []));
  return { questions, respondent, times, columns };
}

/**
 * A survey's responses (a form exported as a table, one row per respondent,
 * one column per question): each answered cell is a qa, the column's question
 * its question, the respondent (a Name column) its speaker; the other columns'
 * cells are the row's topics, so every word in the table is searchable.
 */
function parseSurveyRows(b: DocBuilder, headerIdx: number, survey: SurveyColumns): ParseResult {
  b.mark(headerIdx, 'markup');
  const registry = b.input.registry;
  for (let i = headerIdx + 1; i < b.lines.length; i++) {
    const raw = b.lines[i]!;
    if (!raw.trim()) continue;
    const cells = raw.split('\t');
    const name = cellOf(cells, survey.respondent);
    const speaker = name ? (registry.resolve(name) ?? displayName(name)) : null;
    const topics: string[] = [];
    cells.forEach((cell, c) => {
      const t = normalizeSpace(cell);
      if (t && c !== survey.respondent && !survey.questions.includes(c) && !survey.times.includes(c) && !topics.includes(t)) topics.push(t);
    });
    let answered = 0;
    for (const c of survey.questions) {
      const answer = cellOf(cells, c);
      // a question the respondent skipped ("-", "n/a") is answered by nothing
      if (!answer || NO_ANSWER().test(answer)) continue;
      b.add({ type: 'qa', text: answer, speaker, question: normalizeSpace(survey.columns[c]!), asker: null, section: null, topics }, i);
      answered++;
    }
    if (!answered) b.mark(i, topics.length || speaker ? 'metadata' : 'markup');
  }
  return b.result('tsv');
}

/**
 * A speaker cell that gives the person and then what they are, after a comma ("He Yi, co-founder",
 * "Richard Teng, CEO"): the name and the role. A surname and a first name ("Zhao, Changpeng") stay
 * one name: the part after the comma is a role only with a lowercase word, in capitals, or ending on
 * an office ("Fleet Director").
 */
function nameAndRole(cell: string): [string, string | null] {
  const comma = cell.indexOf(',');
  if (comma < 0) return [cell, null];
  const who = cell.slice(0, comma).trim();
  const role = cell.slice(comma + 1).trim();
  if (!who || !role || wordCount(who) > 4 || wordCount(role) > 6 || !isNameShaped(who)) return [cell, null];
  // (One word on each side of the comma is a surname and a given name that may be an office's word too:
  // "Hale, Dean". "Grace Ito, Librarian" or "Ito, Head Librarian" is a name and a role.)
  const office = OFFICE_IN_TITLE_CASE().test(role) && (wordCount(who) >= 2 || wordCount(role) >= 2);
  return CELL_ROLE().test(role) || office ? [who, role] : [cell, null];
}
/**
 * A role in title case, one to five capitalised words of which one names an office or a job ("Fleet
 * Director", "Chief Financial Officer", "Head Librarian") or a part in a chat ("Mod", "Admin", "Host",
 * a chat export's sender "Nora (Mod)"): a role in brackets after a name, where an affiliation
 * ("(Aktionärsvereinigung DSW)", "(Binance)") names no office.
 */
const OFFICE_IN_TITLE_CASE = lazy(() => /^(?=(?:\p{Lu}[\p{L}&'’-]*(?:\s+|$)){1,5}$)(?:.*\s)?(?:Mod|Mods|Moderator|Admin|Host|Co-host|Guest|Staff|Team|Bot|Director|Manager|Officer|Chair|Chairman|Chairwoman|Chairperson|President|Editor|Engineer|Lead|Head|Founder|Co-founder|Co-Founder|Secretary|Minister|Commissioner|Analyst|Counsel|Partner|Treasurer|Captain|Coach|Producer|Designer|Scientist|Researcher|Spokesperson|Spokesman|Spokeswoman|Adviser|Advisor|Administrator|Superintendent|Mayor|Governor|Architect|Controller|Principal|Dean|Professor|Strategist|Coordinator|Specialist|Consultant|Auditor|Inspector|Executive|Owner|Organiser|Organizer|Supervisor|Economist|Correspondent|Reporter|Librarian|Curator|Chef|Physician|Surgeon|Nurse|Teacher|Trustee)(?:\s|$)/u);
/** A role after a name: a word in lowercase in it ("co-founder", "Head of Research"), or capitals ("CEO"). */
const CELL_ROLE = lazy(() => /^(?:\p{Lu}{2,6}\b.*|.*(?:^|\s)\p{Ll}[\p{L}-]*.*)$/u);

/**
 * A sign-off ending a post: a dash, then initials ("-LB", "—TL") or a first name ("- Adaeze"). A
 * team account (an AMA answered by several people) signs each answer so.
 */
const SIGN_OFF = lazy(() => /(?:^|\s)[-–—]\s?(\p{Lu}{2,3}|\p{Lu}\p{Ll}{2,20})\s*$/u);
/** A run of capitalised words, a hyphenated surname one word ("Adaeze Okonkwo-Hale"). */
const CAPITAL_RUN = lazy(() => /\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?(?:\s\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?)+/gu);

/**
 * A chat export's rows in the order of its threads: each row right after the row it replies to
 * ("reply_to" naming an earlier row's "message_id"), after the replies before it, so a reply
 * follows what it answers as a transcript's answer follows its question. An AMA's answers come
 * late and out of order; read in the file's order each would answer whatever came just before it.
 * Rows that reply to nothing the table holds keep their place. The file's order where the header
 * names no reply column and id column.
 */
function threadOrder(rows: readonly number[], cellsOf: (i: number) => string[], header: TsvHeader): readonly number[] {
  const replyTo = header.replyToColumn ?? -1;
  const idColumn = header.idColumn ?? -1;
  if (replyTo < 0 || idColumn < 0) return rows;
  const idOf = new Map<string, number>();
  const parentOf = new Map<number, number>();
  for (const i of rows) {
    const cells = cellsOf(i);
    const parent = cellOf(cells, replyTo).trim();
    const at = parent ? idOf.get(parent) : undefined;
    if (at !== undefined) parentOf.set(i, at);
    const id = cellOf(cells, idColumn).trim();
    if (id && !idOf.has(id)) idOf.set(id, i);
  }
  if (!parentOf.size) return rows;
  const children = new Map<number, number[]>();
  for (const i of rows) {
    const p = parentOf.get(i);
    if (p !== undefined) (children.get(p) ?? children.set(p, []).get(p)!).push(i);
  }
  const ordered: number[] = [];
  // depth first, without recursion: a long reply chain is no deep call stack
  const stack = rows.filter((i) => !parentOf.has(i)).reverse();
  while (stack.length) {
    const i = stack.pop()!;
    ordered.push(i);
    const kids = children.get(i);
    if (kids) for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  return ordered;
}

/** The names a table's text gives in full: each two or three capitalised words in a row (within longer runs too: "Deputy Commissioner Luis Barragán"). */
function namesIn(lines: readonly string[], rows: readonly number[], cellsOf: (i: number) => string[], column: number): string[] {
  const names = new Set<string>();
  for (const i of rows) {
    if (!lines[i]!.trim()) continue;
    const cell = cellsOf(i)[column] ?? '';
    for (const m of cell.matchAll(CAPITAL_RUN())) {
      const words = m[0].split(/\s/);
      for (let k = 0; k + 1 < words.length; k++) for (const n of [2, 3]) if (k + n <= words.length) names.add(words.slice(k, k + n).join(' '));
    }
  }
  return [...names];
}

/**
 * Who signed a post: the one full name of the thread whose initials the sign-off is ("LB": Luis
 * Barragán; "AOH" or "AO": Adaeze Okonkwo-Hale) or that starts with its first name; null when
 * the post is unsigned or the sign-off names no one, or several, the thread names in full.
 */
function signedBy(text: string, names: () => string[]): string | null {
  if (!/[-–—]\s?\p{Lu}[\p{L}]{1,20}\s*$/u.test(text)) return null;
  const sign = SIGN_OFF().exec(text)?.[1];
  if (!sign) return null;
  const initials = sign === sign.toUpperCase();
  const fits = (name: string) => {
    const words = name.split(' ');
    if (!initials) return words[0] === sign;
    const letters = words.flatMap((w) => w.split('-').map((p) => p[0]!)).join('');
    return letters === sign || words.map((w) => w[0]!).join('') === sign;
  };
  const found = [...new Set(names().filter(fits))];
  // "Adaeze Okonkwo-Hale" and "Adaeze Okonkwo-Hale Commissioner" are the same person: the shortest where one holds the other.
  const people = found.filter((n) => !found.some((o) => o !== n && n.startsWith(o + ' ')));
  return people.length === 1 ? people[0]! : null;
}

/**
 * The turn layout (a call or a chat exported as a table): each row a turn of
 * its speaker, paired by the rules every conversation shares. Rows of one
 * speaker in a row are one turn, as a transcript's paragraphs are.
 */
function parseTurnRows(b: DocBuilder, headerIdx: number, header: TsvHeader, ctx: { hostNames: string[]; narrator: string | null }): ParseResult {
  const rows: number[] = [];
  for (let i = headerIdx + 1; i < b.lines.length; i++) rows.push(i);
  const labelSpeakers = addTurnRows(b, rows, (i) => b.lines[i]!.split('\t'), header, ctx);
  return { ...b.result('tsv'), labelSpeakers };
}

/**
 * A table's rows read as turns: each row's words said by its speaker cell, a speaker's rows in a row
 * one turn, questions paired with the answers under them (the conversation's rules). `cellsOf` gives
 * a row's cells: a TSV's split on tabs, a Markdown table's on its bars (prose.ts). Returns the
 * speakers read from the speaker column, as a transcript's labels are.
 */
export function addTurnRows(
  b: DocBuilder,
  rows: readonly number[],
  cellsOf: (i: number) => string[],
  header: TsvHeader,
  ctx: { hostNames: string[]; narrator: string | null },
): string[] {
  const { meta, registry } = b.input;
  const turns: Turn[] = [];
  const topicsAt = new Map<number, string[]>();
  // A date column whose rows differ (not one date for the document): each row is an item of its own day.
  const rowDates = header.dateColumn >= 0 && header.datesTheDocument !== true;
  const yearAt = new Map<number, number>();
  let current: Turn | null = null;
  let currentDate = '';
  let threadNames: string[] | undefined;
  for (const i of threadOrder(rows, cellsOf, header)) {
    const raw = b.lines[i]!;
    if (!raw.trim()) continue;
    const cells = cellsOf(i);
    const text = stripInlineNotes(cellOf(cells, header.contentColumn));
    const name = cellOf(cells, header.speakerColumn);
    const topics = topicsOf(cells, header);
    if (!text) {
      b.mark(i, 'markup');
      continue;
    }
    // "Ama Boateng (Head of Listings)", "Olu Adeyemi, VP Engineering": the person and the role.
    const [who, role] = personAndRole(name, b.input.registry);
    // An answer a shared account signs ("… -LB", "— Adaeze") is the signer's, named as the thread names them.
    const signer = signedBy(text, () => (threadNames ??= namesIn(b.lines, rows, cellsOf, header.contentColumn)));
    const speaker = signer ?? (who ? personName(who) : null);
    // "Changpeng Zhao" in a speaker column resolved to "CZ": the cell as written stays searchable.
    if (speaker && name && (b.input.registry.resolve(speaker) ?? speaker) !== normalizeSpace(name) && !topics.some((t) => t.toLowerCase() === normalizeSpace(name).toLowerCase())) topics.push(normalizeSpace(name));
    topicsAt.set(i, topics);
    const dated = rowDates ? cellDate(cellOf(cells, header.dateColumn)) : null;
    if (dated) yearAt.set(i, dated.year);
    const key = speaker ?? `row#${i}`;
    // Rows of one speaker on different days are separate statements, never one turn.
    const day = dated ? (dated.date ?? String(dated.year)) : '';
    const newDay = rowDates && day !== currentDate;
    currentDate = day;
    // A row opening on a handle ("@cryptoKemi no token planned.") replies to that member: a turn of
    // its own, not more of the row above unless that one opened on the same handle.
    const handle = text.startsWith('@') ? OPENING_HANDLE().exec(text)?.[0].trim() : undefined;
    const repliesAnew = handle !== undefined && !!current && !current.parts[0]!.startsWith(handle);
    if (current && current.key === key && !newDay && !repliesAnew) {
      current.lines.push(i);
      current.parts.push(text);
      current.partLines.push(i);
      continue;
    }
    const asker = !!speaker && (ASKER_ROLES().test(speaker) || ctx.hostNames.some((h) => registry.resolve(h) === registry.resolve(speaker)));
    current = { key, speaker, asker, answerRole: !!speaker && ANSWER_ROLES().test(speaker), lines: [i], parts: [text], partLines: [i], section: null, block: 0, ...(newDay ? { alone: true } : {}), ...(role ? { role } : {}) };
    turns.push(current);
  }
  // A cell that puts a role before a name ("Support lead Omar Haddad") stays as written: the
  // cell is free text, not a label's syntax, and its words must stay searchable.
  const first = b.records.length;
  // A log of messages, each row stamped with when it was sent and who sent it (a chat exported as a
  // sheet): its rows are messages, read as a chat's are (replies, chimes, a relayed question).
  const messageLog = header.speakerColumn >= 0 && (header.timeColumns.length > 0 || header.dateColumn >= 0);
  // A row relaying a member's question ("Q from @kofi_builds: Why…?", an admin's message): the
  // member asks, as under a transcript's host label; the relayer's own words stay the relayer's.
  relayedUnderHostLabel(turns, true);
  const labelSpeakers = emitConversation(b, turns, { meta, registry, narrator: ctx.narrator, warnUnknown: declaresSpeakers(meta), joiner: '\n', ...(messageLog ? { chat: true } : {}) });
  // A record's topics: those of the rows it spans.
  for (const r of b.records.slice(first)) {
    const topics: string[] = [];
    for (let line = r.line; line <= r.endLine; line++)
      for (const t of topicsAt.get(line - b.input.bodyLine) ?? []) if (!topics.some((x) => x.toLowerCase() === t.toLowerCase())) topics.push(t);
    if (topics.length) r.topics = topics;
    const year = yearAt.get(r.line - b.input.bodyLine);
    if (year !== undefined) r.year = year;
  }
  return labelSpeakers;
}
