/**
 * Prose articles: paragraphs, headings and tables that a web export
 * flattened to one cell per line.
 *
 * Order of decisions for each line: teasers after a "Read more" marker, page
 * chrome, the header block above the first real paragraph, flattened tables,
 * headings, and finally narrative paragraphs (quotes and claims).
 *
 * A Markdown heading ("### When did you open?") is a heading whatever its
 * words. Where most of a document's Markdown headings are questions (two at
 * least: "Five questions for…", an FAQ), each question heading and the
 * paragraphs under it are one `qa`: the document's guest (its one
 * non-host speaker, else the one person its title names, else the one its
 * standfirst names: "We spoke to Ines Quayle") answers, else its
 * narrator; its interviewer, host or author asks.
 */
import { allMatches, escapeRegExp, lazy } from '../model/regexp.js';
import { DocBuilder, type DraftRecord, type ParseInput, type ParseResult } from './builder.js';
import { dashInterviewGuest, dashInterviewRuns, dashTurnAsks, inciseDialogueRuns } from './dashinterview.js';
import { asToldToSubject, bylineName, classifyChrome, inlineTeaserBox, isChapterNumberOverTitle, isContactBlockLine, isDateLine, isNewsFurnitureInContext, isNewsroomRole, isPublisherNote, isShareButtonStack, isContentsEntry, isHeadingLike, storyEndLine, isMarkdownImage, isTeaserMarker, isThematicBreak, proseFollows, titleKey, wikiSectionTitle } from './chrome.js';
import { creditedInterviewer, NAME_TITLE, nameAsInBody, personInTitle, roleAfterEmployer, textAboveFirstQuestion } from './conversation.js';
import { authorIsReleaseIssuer, barredBylineUnderHeadline, definedPartyTerms, emailRecipient, headerSection, introducedInterview, isContentLine, isDatelinePlace, isWhenLine, issuerCredit, issuerLine, letterSignature, markHeader, metadataBlock, TOP_NOTE } from './header.js';
import { narrate } from './narrative.js';
import { displayName, isNameShaped, withoutLineNumbers } from './labels.js';
import { isWroteLine, signsOff, VALEDICTION, wroteBy } from './threads.js';
import { addMarkupQuote, markupQuoteBlocks, markupSyntax, withTexQuotes } from './markup.js';
import { ANONYMOUS_READER, BLOCKQUOTE_MARK, FIRST_PERSON, isFooter, READER_SIGNATURE } from './transcript.js';
import { introducedSpeaker, knowAuthorFirstName, mayBePersonName, creditsWordsAbove, saidThisAbove, saidColonSpeaker, PERSON_NOUN_ANY, isSpeechSpan, opensDashDialogue, saidListSpeaker, knowFullName, newAttributionState, noteDocumentWords, noteDocumentSubject, noteAttendance, readAttendance, noteLetterSubject, signedName, setOffSpeaker, startSection, participantCitation, participantLabel, reportsAsking, reportsReply, type AttributionState, TITLE_BEFORE_NAME } from './quotes.js';
import { continuesOnNextLine, endsLikeSentence, endsOnOpenWord, findQuoteSpans, isFirstPersonPlural, isFirstPersonSingular, isQuestionSentence, isSpaceCode, leavesQuoteOpen, closingMarkFor, LIST_NUMBER_BEFORE_EMPHASIS, normalizeSpace, splitLines, splitSentences, withoutEmphasisEnds, withoutInlineMarkup, wordCount } from './text.js';
import type { Shape } from './shape.js';
import { addQuestionRow, addTurnRows, cellDate, headerOf, type TsvHeader } from './tsv.js';
import { narratorOf } from './text.js';
import { creditAuthoredParts, personAfterHeadingDash, personBeforeHeadingDash } from './authors.js';
import { avScriptTable, readAvScript } from './avscript.js';
import { mayBeDatabaseExport, mayBePastedClippings, readDatabaseExport } from './exports.js';
import { dateRecordsByEntry, dateRecordsByTimeline, datedEntries, stampedEntries, timelineYears } from './entries.js';
import { withoutAudienceReactionLines } from './speech.js';
import { isWikiTalkPage, readWikiTalk } from './wikitalk.js';
import { creatorHandle, isPostDump, readPostDump } from './posts.js';
import { isAnnotationPage, isKindleClippings, isReaderNote, readAnnotationPage, readKindleClippings } from './reading.js';
import { attendanceInitials, creditCardQuotes, creditLabelledBullets, creditNoteSubject, creditReportedSpeech } from './notes.js';
import { isRespondentExport, readRespondentExport } from './survey.js';
import { creditReviews, mayBeReviewPage } from './reviews.js';
import { ASKED_BY, askedByRole, creditAskedPages, isWrittenQuestionPage, mayBeAskedPage } from './asked.js';
import { acrossPrintedPageBreak, joinLineEndHyphens, printedRunningLines, repeatedStampFurniture } from './pdftext.js';
import { whoSaidWhatTable, type ColumnRow } from './columns.js';
import type { LineKind } from '../model/record.js';

/** A slide, a video, a chart or a graphic a talk shows, named in brackets alone on its line. */
const SHOWN_TO_THE_ROOM = lazy(() => /^\[(?:slide|video|chart|graphic|on[- ]screen)\b[^\]]*\]$/i);
/**
 * A picture's caption in brackets alone on its line, its key first and its credit perhaps last, that
 * quotes someone: "[Photo caption: Ines Halloran at her desk. "I write at night," she says. Photo: …]".
 * Group 1: the caption's words, without the key and the credit. (Its two lazy runs backtrack over the
 * line: read on a caption's length, 1,200 characters at most.)
 */
const QUOTING_CAPTION = lazy(() => /^\[(?:photo\s+caption|caption|pictured|photo|image|picture)\s*:\s*(.*?["“].*?)(?:\s+(?:photos?|photograph|picture|image|credit)\s*(?::|by)\s*[^"“”.]{1,60})?\]$/iu);

/** The first paragraph from `from` on, its lines joined. */
function openingParagraph(lines: readonly string[], from: number, end: number): string {
  let i = from;
  while (i < end && !lines[i]!.trim()) i++;
  const out: string[] = [];
  for (; i < end && lines[i]!.trim(); i++) out.push(lines[i]!.trim());
  return out.join(' ');
}

export function parseProse(input: ParseInput): ParseResult {
  // A speech's noted audience reactions ("(Applause.)", "[Laughter]") are directions, not its words.
  const raw = splitLines(input.body);
  // A reader's highlights: Kindle clippings, an annotation or highlights page (reading.ts).
  if (isKindleClippings(raw)) {
    const k = new DocBuilder(input, raw);
    readKindleClippings(k);
    return k.result('prose');
  }
  // Social posts copied out of a profile or a thread, each under its stamp (posts.ts).
  if (isPostDump(raw)) {
    const k = new DocBuilder(input, raw);
    readPostDump(k);
    return k.result('prose');
  }
  if (isAnnotationPage(raw)) {
    const k = new DocBuilder(input, raw);
    const textLines = readAnnotationPage(k);
    return { ...k.result('prose'), textLines };
  }
  // Pleading paper's line numbers (1–28 down each page's margin, "19          1.    The Charge.")
  // are the page's, no one's words: blanked as a transcript's are, before the line ends are read.
  const unnumbered = withoutLineNumbers(raw);
  // A PDF's words broken at a line's end ("her col-" / "leagues"), whole again; the view is the parser's `textLines`.
  const unbroken = joinLineEndHyphens(unnumbered) ?? (unnumbered !== raw ? unnumbered : null);
  const lines = withoutAudienceReactionLines(withoutWikilinks(withTexQuotes(withoutCueTimes(withoutBlockquoteMarks(unbroken ?? raw)))));
  const b = new DocBuilder(input, lines);
  if (unnumbered !== raw) unnumbered.forEach((l, k) => void (!l.trim() && raw[k]!.trim() && b.markBlanked(k, 'markup')));
  // Whisper's console lines blanked above its segments (withoutCueTimes): the tool's, metadata.
  for (let k = 0; k < Math.min(lines.length, 4); k++) if (!lines[k]!.trim() && raw[k]!.trim() && WHISPER_CONSOLE().test(raw[k]!)) b.markBlanked(k, 'metadata');
  // A filing's page footer, repeated at every page's foot against the next page's stamp: furniture.
  if (input.body.includes('Filed')) for (const k of repeatedStampFurniture(lines)) b.mark(k, 'metadata');
  // A profile or a talk pasted from a PDF: each page's running head or foot ("ADAORA NWANKWO-BELL
  // 4", "42   Atlantic Water Utilities Forum 2024 — Ferreira") heads no section; a paragraph the
  // page break cuts goes on under it (acrossPrintedPageBreak).
  const runningLines = printedRunningLines(lines);
  for (const k of runningLines) b.mark(k, 'metadata');
  // A wiki's talk page: signed comments, each its signer's.
  if (isWikiTalkPage(lines)) {
    const textLines = readWikiTalk(b);
    return { ...b.result('prose'), textLines };
  }
  // A survey's free-text export, one block per respondent under a "R_… | Age 25-34 | Country" header.
  if (isRespondentExport(lines)) {
    readRespondentExport(b, (k, prompt) => {
      const raw = lines[k]!;
      // The prompt is every answer's question; the title is the document's; the rest is the export's note.
      if (prompt) b.mark(k, 'markup');
      else if (titleKey(raw) === titleKey(input.meta.title)) b.mark(k, 'heading');
      else b.add({ type: 'claim', text: normalizeSpace(raw), speaker: null, section: null }, k);
    });
    return b.result('prose');
  }
  // A Q&A site's answer page: the question on top, the answer's author block, the answer.
  const answerPage = answerPageHeader(lines);
  if (answerPage) return readAnswerPage(b, answerPage);
  // With no byline, a caption dump's creator: "@handle · DATE" heading the page.
  let narrator = narratorOf(input.meta, input.registry) ?? creatorHandle(lines);
  // Minutes that define initials in their attendance block ("Tom Ferris, Chief Executive (TF)"):
  // the initials name that person in this document ("TF reported…", and "He said…" after it).
  if (input.body.includes('(')) for (const [initials, name] of attendanceInitials(lines)) if (!input.registry.resolve(initials)) input.registry.add(input.registry.resolve(name) ?? name, [initials]);
  // A court filing's defined party term ("Defendant wrote to a co-conspirator, …") names the person
  // its caption or opening sets over that role ("DARIUS OKAFOR, )" / "Defendant. )").
  if (/\b(?:Defendant|Plaintiff|Petitioner|Respondent|Debtor|Movant|Appellant|Appellee|Claimant)\b/.test(input.body)) for (const [term, name] of definedPartyTerms(lines)) if (!input.registry.resolve(term)) input.registry.add(input.registry.resolve(name) ?? name, [term]);
  const state = newAttributionState(input.registry);
  noteDocumentWords(state, input.body);
  // Minutes' attendance block names in full the people "Mr. Hale" and "Trustee Cho" are below.
  noteAttendance(state, readAttendance(lines, input.body));
  // A letter signed above a report that goes on ("Richard Teng" / "Chief Executive Officer", then
  // "RISK FACTORS"): the signer writes the letter, not the text under the signature.
  const signature = input.meta.inferred?.author?.startsWith('the signature') ? letterSignature(lines, 0) : null;
  // Signed with a closing line, the letter ends with its signature block (name, role, company, date):
  // the block is the signature's, and a notice under it the publisher's, neither the signer's words.
  const signatureBlock = new Set(signature?.block ?? []);
  const lettersEnd = signature ? ((signature.block ?? signature.after).at(-1) ?? Infinity) : Infinity;
  // A press release's or a news story's end mark ("###", "-30-", "ENDS") with the page's few lines under
  // it ("Photos of the vote are available on request.", "About Harrow Foods …"): the story's writer
  // stops there; what follows is the publisher's boilerplate, nobody's (as "About X" with no byline is).
  const storyEnd = storyEndLine(lines);
  // A press release's own lines under its end mark (notes to editors, "About X") are its issuer's, as the lines above it are (pressReleaseIssuer).
  const afterStory = storyEnd > 0 && !authorIsReleaseIssuer(input.meta) ? storyEnd : Infinity;
  // An "as told to" essay: the first person below the line is the subject the note names, not the writer or the publisher.
  const told = asToldTo(lines, input.registry);
  // Who "I" is in the narration: the one author the document names (the subject of an "as told to" essay).
  state.writer = told?.subject ?? (input.meta.author ? narratorOf({ author: input.meta.author, publisher: null }, input.registry) : null);
  // Authors who are several people ("A, B and C") speak as no one, but each is a person the text may
  // call by the first name alone ("Priyanka added that …").
  if (input.meta.author && !state.writer && !told) for (const name of input.meta.author.split(/,\s*|\s+(?:and|&)\s+/)) knowAuthorFirstName(state, name.trim());

  const teaserAt = markTeasers(b);
  const end = teaserAt ?? lines.length;
  markEpigraphs(b, end, narrator, state);
  // Found before the header is read: the first question can stand above the first paragraph.
  let questionHeadings = markdownQuestionHeadings(b, 0, end);
  // A news explainer's own questions ("## What happened?" / "## Who is buying Meridian?"): the writer
  // asks and reports, quoting others; its headings are sections and its paragraphs prose.
  const explainer = questionHeadings.size > 0 && reportedAnswers(lines, questionHeadings, end, personInTitle(input.meta.title));
  if (explainer) questionHeadings = new Set();
  // How many paragraphs each answer under a question heading had, in order.
  const answerLengths: number[] = [];
  let { guest, asker } = questionHeadings.size ? interviewRoles(input) : { guest: null, asker: null };
  // An FAQ under Markdown question headings answers for the organisation its note under the title names.
  // A magazine Q&A under bold or heading questions whose title names nobody: the person its intro opens on.
  // (But answers in the first person singular and never the plural are a person's, not the organisation's
  // "we": a profile's sidebar of quick questions answers as the person its intro opens on.)
  if (questionHeadings.size && !guest) guest = sectionHeadingGuest(lines, questionHeadings, input.body);
  if (questionHeadings.size && !guest) guest = (input.meta.publisher && answersAsOnePerson(lines, questionHeadings, end) ? (introSubject(input.body, input.meta.author, input.meta.title) ?? profileSubject(input.meta.title, input.body)) : null) ?? input.meta.publisher ?? faqOwnerNote(lines, end) ?? introSubject(input.body, input.meta.author, input.meta.title) ?? readersColumnist(lines, questionHeadings, end, input.meta.author);
  /** the interviewer's initials labelling the first plain question ("TB"), no part of its words */
  let initialsLabel: string | null = null;
  /** how many question headings are led by who sent them ("From Sana in Leeds: …"), counted when first needed */
  let readerLeads: number | undefined;
  /** an FAQ page's section headings ("Billing"), each ending the answer above it */
  let faqSections: Set<number> | null = null;
  /** whether the questions are a questionnaire's numbered ones, whose record's notes under the last answer are no answer's */
  let questionnaire = false;
  /** the writer of the quoted reply a questionnaire's numbered questions stand in ("On …, NAME wrote:"), whose sign-off ends the last answer */
  let quotedWriter: string | null = null;
  if (!questionHeadings.size && !explainer) {
    // No markup at all: questions in paragraphs of their own, each with its answer below.
    let roles = interviewRoles(input);
    // A magazine Q&A whose first exchange alone is labelled ("NAME: Why…?" / "GUEST: Because…"): the labels name the two sides.
    if (!roles.guest) {
      const opening = labelledOpening(lines, end);
      if (opening) roles = { guest: input.registry.resolve(opening.guest) ?? opening.guest, asker: input.registry.resolve(opening.asker) ?? opening.asker };
    }
    // Else the person its intro opens on ("Miriam Calloway opened Lantern Books …").
    if (!roles.guest && !input.meta.speakers.length) {
      const subject = introSubject(input.body, input.meta.author, input.meta.title);
      if (subject) roles = { guest: input.registry.resolve(subject) ?? subject, asker: roles.asker };
    }
    // Or whose first question alone carries the interviewer's initials ("TB: Where…?"), the intro naming them in full
    // (a guest the title seems to name, "Night Shift: the bakers…", only where the text names them below it).
    const opening = initialsOpening(lines, end);
    if (opening) {
      const named = !!roles.guest && lines.some((l, k) => k > 0 && namesPerson(l, roles.guest!));
      roles = { guest: named ? roles.guest : (input.registry.resolve(opening.guest) ?? opening.guest), asker: roles.asker ?? input.registry.resolve(opening.asker) ?? opening.asker };
      initialsLabel = opening.label;
    }
    const plain = roles.guest ? plainQuestionParagraphs(b, end) : new Set<number>();
    if (plain.size) ({ guest, asker } = roles);
    questionHeadings = plain;
    // A help page's FAQ: each question on its line, its answer straight under it, under section headings.
    const faq = faqPage(b, end);
    if (faq && faq.questions.size > plain.size) {
      questionHeadings = faq.questions;
      faqSections = faq.sections;
      questionnaire = faq.numbered;
      if (faq.numbered) {
        // A questionnaire's record: the respondent its header names answers, its interviewer asks.
        // Or an e-mail quoting the reply that answers them ("On Mon, …, Desmond Achterberg wrote:" over
        // "> 1. When did …?" / "> Around day ten."): its writer answers, the sender who sent the questions asks.
        const wrote = faq.respondent ? null : writerAbove(lines, Math.min(...faq.questions));
        quotedWriter = wrote && (input.registry.resolve(wrote) ?? wrote);
        guest = faq.respondent ? (input.registry.resolve(faq.respondent) ?? faq.respondent) : (quotedWriter ?? roles.guest);
        const asking = quotedWriter ? emailSender(input.meta) : roles.asker;
        asker = asking === guest ? null : asking;
      } else {
        guest = input.meta.publisher ?? faq.answerer ?? faqOwnerNote(lines, end) ?? (plain.size ? null : roles.guest);
        asker = null;
      }
    }
  }
  // Readers' questions under who sent them, each answered by the "> " block below it.
  const sent = sentQuestions(b, end);
  // Or the mirror: questions under their asker's label, answered by the unlabelled paragraphs below.
  const labelledAsked = sent.questions.size ? null : labelledQuestions(b, end);
  if (labelledAsked?.size) {
    sent.questions = labelledAsked;
    // Read as pairs, never as plain question paragraphs with their label in the words.
    questionHeadings = new Set([...questionHeadings].filter((k) => !labelledAsked.has(k)));
  }
  // An AMA page's questions under headings naming who asked, answered by signed paragraphs.
  const headed = input.body.includes('#') ? headedQuestions(b, end) : new Map<number, HeadedQuestion>();
  // A markup language's syntax lines (Org, LaTeX, AsciiDoc, reST): its headings head sections,
  // its header fields are metadata, its commands and delimiters markup — never claims.
  const syntax = markupSyntax(lines, end);
  if (syntax) for (const [k, s] of syntax) b.mark(k, s.kind);
  // A metadata block opening the file ("Title: …" / "Author: …" / "Date: …"): the document's fields, no claims.
  const fields = syntax || !/^\s*[A-Za-z][A-Za-z ]{0,23}:/.test(input.body) ? null : metadataBlock(lines, 0);
  if (fields) for (const k of fields.lines) b.mark(k, 'metadata');
  // Who-said-what tables in fixed-width columns: found before the header is read, whose lines they are not.
  const columnTables = input.body.includes('---') ? new Set(lines.flatMap((l, k) => (k > 0 && k < end && l.includes('---') && whoSaidWhatTable(lines, k - 1, end) ? [k - 1] : []))) : null;
  // So are Markdown tables ("| Date | Speaker | Quote |" over "|---|---|---|"): a header row is no
  // menu, a row holding a date no dateline; each row is read as the table reads below.
  const pipeTables = input.body.includes('|') ? markdownTableLines(lines, end) : null;
  const tableSpeakers: string[] = [];
  // A sidebar of questions put to one person, under its heading ("FIVE QUESTIONS FOR LIV AASEN").
  const boxQuestions = /(?:questions\s+(?:for|with|to)|conversation\s+with|q\s?&\s?a\s+with)\s/i.test(input.body) ? questionBox(lines, end, input.registry) : null;
  const firstContent = markHeader(b, end, (i) => !!columnTables?.has(i) || !!pipeTables?.has(i) || !!syntax?.has(i) || questionHeadings.has(i) || sent.questions.has(i) || headed.has(i) || signedQuoteAt(lines, i, input.registry) !== null);
  {
    // A title and deck left in the body ("THE NIGHT BAKER" / "A profile of Ines Varga": short
    // lines, no sentence), the byline's block under them perhaps, say whom the first paragraph of
    // text is about, as the header's lines do.
    // (A picture and its caption under the headline, or a line of the page's furniture, are no paragraph of text either.)
    const shortLine = (k: number) => b.isMarked(k) || isMarkdownImage(lines[k]!) || (wordCount(lines[k]!) <= 8 && !/[.!?:;"”]\s*$/.test(lines[k]!)) || classifyChrome(lines[k]!) !== null;
    let opensAt = Math.max(0, firstContent);
    // A barred byline under the headline and its standfirst (`Lunch with …: "…"` / a deck / "Name |
    // Saturday, 14 September 2024"): the text opens under it, the lines above are title and deck.
    const barred = lines.slice(0, Math.min(end, 13)).findIndex((_, k) => k >= opensAt && barredBylineUnderHeadline(lines, k));
    if (barred >= 0) opensAt = barred + 1;
    for (let blocks = 0; blocks < 3; blocks++) {
      let k = opensAt;
      while (k < end && !lines[k]!.trim()) k++;
      let stop = k;
      while (stop < end && lines[stop]!.trim() && shortLine(stop)) stop++;
      if (stop === k || stop - k > 3 || (stop < end && lines[stop]!.trim())) break;
      opensAt = stop;
    }
    noteDocumentSubject(state, input.meta.title, openingParagraph(lines, opensAt, end), lines.slice(0, opensAt).join('\n'));
  }
  // A letter about a person: the "Re:" line a few lines above its salutation names them.
  if (!state.subject && input.body.includes('Dear ')) {
    const salutation = lines.findIndex((l, k) => k < 60 && k < end && /^\s*Dear\s+\S[^.!?]{0,80}[,:]\s*$/u.test(l));
    for (let k = salutation - 1; k >= Math.max(0, salutation - 6); k--) {
      if (!/^\s*(?:Re|RE|In re|IN RE)\s*:/u.test(lines[k]!)) continue;
      noteLetterSubject(state, lines[k]!, lines.slice(salutation + 1, end).join('\n'));
      break;
    }
  }
  // A plain Q&A's headline that quotes the guest ("\"Compliance is …\": Marguerite Osei on …", „Wir haben …“,
  // "Laia Vidal-Ferrer: \"La cadena …\""): the guest's quote, the rest of the headline its context.
  if (guest && questionHeadings.size && !faqSections && input.meta.title) headlineQuote(b, firstContent, guest);
  // A known person the title names in full ("Binance founder Changpeng Zhao sentenced …") is known
  // by the surname below it ("Zhao spoke for two minutes. … he told the court"), as the text's own names are.
  if (input.meta.title) for (const m of input.registry.mentions(input.meta.title)) knowFullName(state, input.meta.title.slice(m.start, m.end));
  // Questions listed first ("1. …?" … "5. …?"), answers after under the same numbers: each pair a qa.
  const listed = numberedQuestionsThenAnswers(b, firstContent, end);
  const listedRoles = listed.size ? listedInterviewRoles(input, lines, firstContent) : null;
  const tables = new Map(findTables(b, firstContent, end).map((t) => [t.start, t]));
  // AsciiDoc, LaTeX and reST quotation blocks, by their first line.
  const markupQuotes = new Map(markupQuoteBlocks(lines, end).map((q) => [q.first, q]));
  const references = referenceLists(lines, firstContent, end);
  // A page's table of contents ("Contents" / "1\tEarly life" / "2.1\tKestrel Pay"): the page's own navigation.
  const contents = contentsLists(lines, firstContent, end);
  // A diary's dated entries ("2 Jan 2018", "20 Feb 2018 — Tokyo"): each heads its entry and dates it.
  const entries = datedEntries(lines, end);
  // A live blog's entry stamps ("21.10 BST"): each heads its entry.
  const stamps = stampedEntries(lines, end);
  // A slide deck's outline ("Market context" / "\tVenture funding … down 76%"): each title heads its slide.
  const slides = slideOutline(lines, end);

  const wrapWidth = lineWidth(lines);
  const doubleSpaced = isDoubleSpaced(b, firstContent, end);
  // An e-mail quoting the message it answers ("On Mon, … Marcus Webb wrote:" / "> …"): its "> " lines are that writer's, not set-off quotations.
  const emailThread = lines.some(isWroteLine);
  // The reader whose comment under a blog post the paragraphs below its header are ("NAME says: DATE").
  let commenter: string | null = null;
  // The sender an e-mail's From header names, whose sign-off closes the message.
  const sender = emailSender(input.meta);
  // A signed quotation right above the first paragraph is a quote, heading no section.
  let above = firstContent - 1;
  while (above >= 0 && !lines[above]!.trim()) above--;
  // (The heading over the first question, where a question stands above the first paragraph: the question heads no section.)
  const firstAsked = questionHeadings.size ? Math.min(firstContent, ...questionHeadings) : firstContent;
  let section: string | null = above >= 0 && signedQuoteAt(lines, above, input.registry) ? null : headerSection(b, firstAsked);
  if (section && firstAsked < firstContent) section = markdownHeading(section) ?? section;
  // (The header's reading takes a running head over the first page for a heading: it is the page's.)
  for (const k of runningLines) if (b.kinds[k] === 'heading') b.mark(k, 'metadata');
  /** the quote a quotation left open at the end of the last paragraph belongs to */
  let carried: DraftRecord | null = null;
  // The person a paragraph ending in a colon introduces, and that paragraph's last line.
  let introduced: string | null = null;
  let listBy: string | null = null;
  /** the one person the heading above names after its dash ("## Best Director — Samuel Okonjo, "The Quiet Year"") */
  let headingPerson: string | null = null;
  /** who answers the questions of this section where the document names no one guest: its heading's "Hannah Pryce — Founder and head dyer" */
  let headedAnswerer: { name: string; role: string } | null = null;
  let introducedAt = -1;
  let start = Math.min(firstContent, ...questionHeadings, ...sent.questions.keys(), ...headed.keys());
  // So are the tables the header spared.
  for (const k of columnTables ?? []) if (k < start && !b.isMarked(k)) start = k;
  for (const k of pipeTables ?? []) if (k < start && !b.isMarked(k)) start = k;
  // Signed quotations the header spared are read where they stand.
  for (let k = 0; k < start; k++) if (!b.isMarked(k) && lines[k]!.trim() && signedQuoteAt(lines, k, input.registry)) start = k;
  if (syntax) {
    // The markup heading nearest above the first line read heads it.
    let k = start - 1;
    while (k >= 0 && syntax.get(k)?.kind !== 'heading') k--;
    if (k >= 0) section = syntax.get(k)!.title!;
  }
  // An advice column's letters: each signed by a pseudonym, each answered by "Dear PSEUDONYM:".
  const letters = lines.some((l) => l.includes('Dear ')) ? adviceLetters(b, start, end) : new Map<number, AdviceLetter>();
  const columnist = letters.size ? (input.meta.author ? (input.registry.resolve(input.meta.author) ?? input.meta.author) : (narrator ?? addresseeInFull(lines, letters))) : null;
  // A labelled page's answers are its subject's, the one person the title or intro names; no one else's by default.
  const sentAnswerer = labelledAsked?.size ? interviewRoles(input).guest : sent.questions.size ? sentQuestionsAnswerer(input, sent.signature, narrator) : null;
  if (sent.signature !== null) b.mark(sent.signature.line, 'markup');
  // An Obsidian callout's first line ("> [!quote] Yi He on bear markets") is its syntax: its title
  // goes to the records of the callout (calloutTitles), never the words of its quotation or a heading.
  // Read on the lines as written: a page mostly in "> " lines is read with its marks blanked.
  const callouts = input.body.includes('[!') ? calloutHeads(raw, end) : [];
  for (const c of callouts) b.mark(c.line, 'markup');
  const calloutLines = new Set(callouts.map((c) => c.line));
  // A notes app's own links ("Related: [[CZ]], [[Runway]]"): the writer's words, not a site's menu.
  const wikiLinked = input.body.includes('[[') ? new Set(raw.flatMap((l, k) => (l.includes('[[') ? [k] : []))) : null;
  // An interview in dialogue dashes closing the story (dashinterview.ts): its turns, by first line.
  const dashRuns = lines.some((l) => l.includes('— ') || l.includes('– ')) ? dashInterviewRuns(lines, start, end) : null;
  // A dialogue in close-set dashes woven into the story ("—¿Y el colegio? —le pregunto." / "—El colegio
  // cerró en 1996 —responde Peral—."), its turns by first line; `dialogueVoice` is who speaks a turn no incise names.
  const inciseRuns = !dashRuns?.size && lines.some((l) => CLOSE_DASH_TURN().test(l)) ? inciseDialogueRuns(lines, start, end) : null;
  let dialogueVoice: string | null = null;
  /** A bold-labelled exchange's turns: each question paired with the other person's answer under it, any other turn a quote. */
  const addDialogue = (dialogue: NonNullable<ReturnType<typeof boldDialogue>>, section: string | null): void => {
    for (let t = 0; t < dialogue.length; t++) {
      const turn = dialogue[t]!;
      const answer = dialogue[t + 1];
      const speaker = input.registry.resolve(turn.name) ?? turn.name;
      if (ASKING_TURN().test(turn.text) && answer && answer.name !== turn.name) {
        b.add({ type: 'qa', text: answer.text, speaker: input.registry.resolve(answer.name) ?? answer.name, question: turn.text, asker: speaker, section }, turn.line, answer.line);
        t++;
      } else b.add({ type: 'quote', text: turn.text, speaker, section }, turn.line);
    }
  };
  // A two-column AV script's table, shots left of a tab and sound right (avscript.ts).
  const avScript = input.body.includes('\t') ? avScriptTable(lines) : null;
  let avViews: Map<number, string> | null = null;
  for (let i = start; i < end; i++) {
    const raw = lines[i]!;
    // (The header's reading can take in the columns' head and its rule: the rows start below.)
    if (avScript && i >= avScript.head && i <= avScript.last) {
      avViews = readAvScript(b, avScript, state, section, i);
      i = avScript.last;
      carried = null;
      continue;
    }
    // A wiki's section heading, its edit link kept ("Career[edit]"): it heads what follows, set apart or not.
    const wikiTitle = raw.endsWith(']') && !b.isMarked(i) && !references.has(i) ? wikiSectionTitle(raw) : null;
    if (wikiTitle !== null) {
      b.mark(i, 'heading');
      section = wikiTitle;
      startSection(state);
      carried = null;
      continue;
    }
    // A blog's reader comment under the post ("**Mikael B.** says: *June 12, 2024 at 8:14 am*", the
    // comment below it): the header is metadata, and the paragraphs under it are the commenter's.
    if (raw.includes(' says:')) {
      const m = COMMENT_SAYS().exec(raw.trim());
      if (m && /\b(?:19|20)\d{2}\b|\bago\b/.test(m[2]!)) {
        if (!b.isMarked(i)) b.mark(i, 'metadata');
        commenter = input.registry.resolve(m[1]!) ?? m[1]!;
        carried = null;
        continue;
      }
    }
    const dashRun = dashRuns?.get(i);
    if (dashRun) {
      // The guest: a person the story quoted, called or named right above; the asker the author.
      const people = [...new Set(b.records.flatMap((r) => (r.speaker && r.type !== 'claim' ? [r.speaker] : [])))];
      const guest = dashInterviewGuest(dashRun, paragraphAbove(lines, i), people);
      const asker = input.meta.author ? (input.registry.resolve(input.meta.author) ?? input.meta.author) : null;
      for (let t = 0; t < dashRun.length; t++) {
        const turn = dashRun[t]!;
        const answer = dashRun[t + 1];
        if (t % 2 === 0 && answer && dashTurnAsks(turn)) {
          b.add({ type: 'qa', text: answer.text, speaker: guest, question: turn.text, asker, section }, turn.from, answer.to);
          t++;
        } else b.add({ type: 'quote', text: turn.text, speaker: t % 2 === 0 ? asker : guest, section }, turn.from, turn.to);
      }
      carried = null;
      i = dashRun[dashRun.length - 1]!.to;
      continue;
    }
    const inciseRun = inciseRuns?.get(i);
    if (inciseRun) {
      const asker = input.meta.author ? (input.registry.resolve(input.meta.author) ?? input.meta.author) : null;
      // The one person the narration right above names ("Entra en la cocina Andrés Peral.") speaks
      // the turns no incise names; else whoever spoke last goes on.
      dialogueVoice = onePersonIn(paragraphAbove(lines, i), state) ?? dialogueVoice;
      const nameOf = (n: string) => state.byPart.get(n) ?? input.registry.resolve(n) ?? n;
      const context = (ts: readonly { incises: string[] }[]) => ts.flatMap((x) => x.incises).join(' … ') || null;
      for (let t = 0; t < inciseRun.length; t++) {
        const turn = inciseRun[t]!;
        const answer = inciseRun[t + 1];
        if (turn.asks && answer && !answer.asks) {
          const speaker = answer.named ? nameOf(answer.named) : dialogueVoice;
          b.add({ type: 'qa', text: answer.text, speaker, question: turn.text, asker, section, context: context([turn, answer]) }, turn.from, answer.to);
          dialogueVoice = speaker;
          t++;
        } else {
          const speaker = turn.named ? nameOf(turn.named) : turn.asks ? asker : dialogueVoice;
          b.add({ type: 'quote', text: turn.text, speaker, section, context: context([turn]) }, turn.from, turn.to);
          if (!turn.asks) dialogueVoice = speaker;
        }
      }
      carried = null;
      i = inciseRun[inciseRun.length - 1]!.to;
      continue;
    }
    const table = tables.get(i);
    if (table) {
      for (const h of table.caption) b.mark(h, 'heading');
      // A caption heads the table as any heading heads what follows it.
      if (table.caption.length) section = table.caption.map((idx) => normalizeSpace(lines[idx]!)).join(' ');
      // The column names are the document's words too ("Key Events"): one claim, joined as a row is.
      if (table.header.length) {
        const names = table.header.map((idx) => normalizeSpace(lines[idx]!)).join(' — ');
        b.add({ type: 'claim', text: names, speaker: narrator, section }, table.header[0]!, table.header[table.header.length - 1]!);
      }
      for (const row of table.rows) {
        const text = row.map((idx) => normalizeSpace(lines[idx]!)).join(' — ');
        b.add({ type: 'claim', text, speaker: narrator, section }, row[0]!, row[row.length - 1]!);
      }
      i = table.end;
      continue;
    }
    if (!raw.trim()) continue;
    const heading = syntax?.get(i);
    if (heading?.kind === 'heading') {
      if (titleKey(heading.title!) !== titleKey(input.meta.title)) section = heading.title!;
      startSection(state, heading.title!);
      carried = null;
      continue;
    }
    if (b.isMarked(i)) {
      carried = null;
      // A callout opens a part of its own, as a heading does: nobody named above speaks in it.
      if (calloutLines.has(i)) startSection(state);
      continue;
    }
    // "Funds are SAFU. — CZ, Twitter, 2018", '"4." — CZ, X (post), January 2, 2023': a quotation
    // on a line of its own, signed after a dash, is the signer's quote, dated by the signature's year.
    const signedLine = signedQuoteAt(lines, i, input.registry);
    if (signedLine) {
      const speaker = signedName(signedLine.signer, state);
      // The signature (who, where, when) stays findable as the quote's context, the quotation written "…".
      b.add({ type: 'quote', text: signedLine.text, speaker, section, context: normalizeSpace(raw.replace(signedLine.inner, '…')) }, i);
      if (signedLine.year) b.records[b.records.length - 1]!.year = signedLine.year;
      carried = null;
      continue;
    }
    const blockQuote = markupQuotes.get(i);
    if (blockQuote) {
      addMarkupQuote(b, blockQuote, state, section, narrator);
      carried = null;
      i = blockQuote.last;
      continue;
    }
    const paired = listed.get(i);
    if (paired) {
      b.add({ type: 'qa', text: normalizeSpace(paired.answer), speaker: listedRoles!.guest, question: paired.question, asker: listedRoles!.asker, section }, i, paired.last);
      carried = null;
      i = paired.last;
      continue;
    }
    const contentsPanel = contents.get(i);
    if (contentsPanel) {
      for (const k of contentsPanel) b.mark(k, 'navigation');
      i = contentsPanel[contentsPanel.length - 1]!;
      continue;
    }
    const cited = references.get(i);
    if (cited) {
      // A reference list: each entry one claim, whole; the titles in its quote marks are nobody's words.
      b.mark(i, 'heading');
      section = normalizeSpace(wikiSectionTitle(raw) ?? raw).replace(/:$/, '');
      startSection(state);
      for (const k of cited) b.add({ type: 'claim', text: normalizeSpace(lines[k]!), speaker: narrator, section }, k);
      carried = null;
      i = cited[cited.length - 1]!;
      continue;
    }
    const letter = letters.get(i);
    if (letter) {
      for (const k of letter.markup) b.mark(k, 'metadata');
      b.add({ type: 'qa', text: letter.answer.join('\n'), speaker: columnist ?? letter.addressed, question: letter.question, asker: letter.signer, section }, i, letter.end);
      carried = null;
      i = letter.end;
      continue;
    }
    const headedQuestion = headed.get(i);
    if (headedQuestion) {
      b.mark(i, 'heading');
      section = headedQuestion.heading;
      startSection(state);
      headedQuestion.answers.forEach((answer, n) => {
        const speaker = answer.signer ? (input.registry.resolve(answer.signer) ?? fullNameOnPage(answer.signer, lines, end) ?? signedName(answer.signer, state)) : narrator;
        // The first answer spans the question it answers; a second voice's answer, its own lines.
        b.add({ type: 'qa', text: answer.text, speaker, question: headedQuestion.question, asker: headedQuestion.asker, section }, n === 0 ? i : answer.from, answer.to);
      });
      carried = null;
      i = Math.max(headedQuestion.questionTo, ...headedQuestion.answers.map((a) => a.to));
      continue;
    }
    const boxed = boxQuestions?.pairs.get(i);
    if (boxed) {
      // A sidebar's "FIVE QUESTIONS FOR NAME": its questions the writer's, its answers the person's the heading names.
      b.add({ type: 'qa', text: boxed.answer, speaker: boxQuestions!.guest, question: boxed.question, asker: narrator, section }, i, boxed.last);
      carried = null;
      i = boxed.last;
      continue;
    }
    const asked = sent.questions.get(i);
    if (asked) {
      for (const k of asked.markup) b.mark(k, 'markup');
      b.add({ type: 'qa', text: asked.answer.join('\n'), speaker: asked.signer ?? sentAnswerer, question: asked.question, asker: asked.asker, ...(asked.askerRole ? { askerRole: asked.askerRole } : {}), section }, i, asked.end);
      carried = null;
      i = asked.end;
      continue;
    }
    // A diary's entry line heads its entry (its date, searchable as the section).
    if ((entries.has(i) || stamps.has(i) || slides.has(i)) && !b.isMarked(i)) {
      // A stamp is the entry's time, a section no heading under it names otherwise; when the
      // entry's own headline stands under it, that names the section and the stamp is metadata.
      b.mark(i, stamps.has(i) ? 'metadata' : 'heading');
      // (A stamp set in bold, "**14:05**", is the time without its emphasis.)
      section = markdownHeading(raw) ?? normalizeSpace(stamps.has(i) ? raw.replace(/[*_]/g, '') : raw);
      startSection(state, raw);
      continue;
    }
    // "Speaker        What they said" over a rule of dashes: a fixed-width table, one row per speaker.
    const columns = columnTables?.has(i) ? whoSaidWhatTable(lines, i, end) : null;
    if (columns) {
      b.mark(i, 'markup');
      b.mark(columns.rule, 'markup');
      for (const row of columns.rows) addColumnRow(b, row, section, input.registry);
      carried = null;
      i = columns.last;
      continue;
    }
    // An FAQ's section heading, even one a menu also holds ("Contact us" over its paragraph).
    if (faqSections?.has(i)) {
      b.mark(i, 'heading');
      section = normalizeSpace(raw);
      startSection(state);
      continue;
    }
    // A wire service's credit over a release, the issuer on the line under it ("News provided by" /
    // "Fenwick Health Systems, Inc."), or on the same line: who issued it, no claim of the text.
    const credit = /rovided by/i.test(raw) ? issuerCredit(raw) : null;
    if (credit) {
      b.mark(i, 'metadata');
      const k = credit.issuer ? -1 : issuerLine(lines, i);
      const issuer = k >= 0 ? lines[k]!.trim() : '';
      if (issuer && k < end && wordCount(issuer) <= 8 && !/[!?:]$/.test(issuer)) b.mark((i = k), 'metadata');
      continue;
    }
    // What a talk showed the room, in brackets ("[Slide: "Who maintains this in 2031?"]", "[Video: …]"): the
    // page's note of a picture, no one's saying, though its words stand in quotation marks. (A transcript's
    // stimulus shown to a group, "[Show card B: "…"]", heads the answers: transcript.ts.)
    const shown = raw.startsWith('[') && SHOWN_TO_THE_ROOM().test(raw.trim()) ? 'metadata' : null;
    // A picture's caption that quotes the person in it ("[Photo caption: Ruth Abernethy at her wheel.
    // "Clay doesn't care how old you are," she says. Photo: …]"): the words quoted are that person's.
    // The caption itself is the page's, so read with no narrator, its key and credit left out.
    const quoting = raw.startsWith('[') && !shown && raw.length <= 1200 ? QUOTING_CAPTION().exec(raw.trim()) : null;
    if (quoting) {
      narrate(b, normalizeSpace(quoting[1]!), state, { section, narrator: null, firstIdx: i, lastIdx: i });
      carried = null;
      continue;
    }
    // The publication's note in the story ("Correction, 9 May 2023: An earlier version of this article
    // said …", "Quotes translated from Portuguese by …"), opening a paragraph or under the byline's
    // lines: its paragraph the page's: nobody's claims.
    if ((i === 0 || !lines[i - 1]!.trim() || (b.kinds[i - 1] != null && b.kinds[i - 1] !== 'record')) && isPublisherNote(raw)) {
      let last = i;
      while (last + 1 < end && lines[last + 1]!.trim()) last++;
      // (read as any paragraph is, with no narrator: a quotation it credits is still that person's)
      narrate(b, normalizeSpace(lines.slice(i, last + 1).join(' ')), state, { section, narrator: null, firstIdx: i, lastIdx: last });
      carried = null;
      i = last;
      continue;
    }
    const chrome = pipeTables?.has(i) ? null : classifyChrome(raw) ?? shown ?? (isShareButtonStack(lines, i) ? 'navigation' : null) ?? (isContactBlockLine(lines, i) || isNewsFurnitureInContext(lines, i) ? 'metadata' : null) ?? (isChapterNumberOverTitle(lines, i) ? 'markup' : null) ?? (isAuthorTagline(lines, i, end, input.meta.author) ? 'metadata' : null);
    if (chrome && !(chrome === 'navigation' && wikiLinked?.has(i))) {
      b.mark(i, chrome);
      continue;
    }
    // A Markdown table row ("| Running | 23% |") is a row: its cells joined, as a flattened table's are.
    const pipeRow = PIPE_ROW().exec(raw);
    const pipeTable = pipeRow ? markdownTableAt(lines, i, end) : null;
    const qaTable = pipeTable && isQuestionAnswerHeader(pipeTable.header) ? pipeTable : null;
    if (qaTable) {
      // "| Question | Answer |": each row a qa, answered by the document's guest unless a column names who.
      let roles = guest || asker ? { guest, asker } : interviewRoles(input);
      // A prep sheet's "| Question (Priya) | Likely answer |" under "**Guest:** Changpeng Zhao (CZ), …":
      // the question column's note names who asks, the header's guest field who answers.
      if (!roles.guest || !roles.asker) roles = tablePeopleAbove(lines, i, qaTable.header, roles, input.registry, input.meta.title);
      // The header row names the columns, as a TSV's does: the table's syntax, no sentence.
      b.mark(i, 'markup');
      b.mark(i + 1, 'markup');
      for (let k = i + 2; k <= qaTable.end; k++) addQuestionRow(b, k, pipeCells(lines[k]!), qaTable.header, { ...roles, narrator, section });
      i = qaTable.end;
      continue;
    }
    const quoteTable = pipeTable && isSpeakerQuoteHeader(pipeTable.header) ? pipeTable : null;
    if (quoteTable) {
      // "| Date | Speaker | Quote | Source |": each row a quote by its speaker cell, dated by its date cell.
      b.mark(i, 'markup');
      b.mark(i + 1, 'markup');
      for (let k = i + 2; k <= quoteTable.end; k++) addQuoteRow(b, k, pipeCells(lines[k]!), quoteTable.header, section);
      i = quoteTable.end;
      continue;
    }
    // (two rows or more: one speaker's row alone is a row, read as one)
    const turnsTable = pipeTable && isSpeakerTurnsHeader(pipeTable.header) && pipeTable.end > i + 2 ? pipeTable : null;
    if (turnsTable) {
      // "| Time | Speaker | Text |": a transcript kept as a table, each row its speaker's words, read
      // as a TSV export of the same columns is (tsv.ts), questions paired with the answers under them.
      b.mark(i, 'markup');
      b.mark(i + 1, 'markup');
      const rows: number[] = [];
      for (let k = i + 2; k <= turnsTable.end; k++) rows.push(k);
      const hostNames = [input.meta.host, input.meta.interviewer].filter((n): n is string => !!n);
      for (const name of addTurnRows(b, rows, (k) => pipeCells(lines[k]!), turnsTable.header, { hostNames, narrator })) if (!tableSpeakers.includes(name)) tableSpeakers.push(name);
      carried = null;
      i = turnsTable.end;
      continue;
    }
    if (pipeRow) {
      const cells = pipeRow[1]!.split('|').map((c) => normalizeSpace(c)).filter(Boolean);
      b.add({ type: 'claim', text: cells.join(' — '), speaker: narrator, section }, i);
      continue;
    }
    const atx = markdownHeading(raw) ?? (questionHeadings.has(i) ? (emphasisedQuestion(raw) ?? normalizeSpace((quotedQuestion(lines, i) ?? raw).replace(QUESTION_NUMBER(), ''))) : null);
    if (atx !== null) {
      b.mark(i, 'heading');
      startSection(state);
      if (!questionHeadings.has(i)) {
        if (titleKey(raw) !== titleKey(input.meta.title)) section = atx;
        headingPerson = personAfterHeadingDash(atx);
        headedAnswerer = headingPerson ? null : personBeforeHeadingDash(atx);
        // (the text under it calls them by surname: "Albright thanked his orchestra")
        if (headingPerson) knowFullName(state, headingPerson);
        continue;
      }
      // The answer: the paragraphs up to the next Markdown heading or table, each joined from its lines.
      const paragraphs: string[] = [];
      let first = -1;
      let last = i;
      let k = i + 1;
      const starts: number[] = [];
      const pictures: { from: number; to: number; text: string }[] = [];
      // A question set as a numbered list item answers in its item: the lines indented under it.
      const listItem = NUMBERED_ITEM().test(raw) && /^\s{2,}\S/.test(lines[i + 1] ?? '');
      // A reader's question signed on the line under it ("*Is snoring harmless?*" / "— Linda, Swindon"):
      // the signature closes the question, as one on its own line does ('"…?" — Janet, Leeds').
      const signature = readerSignatureUnder(lines, i, end);
      for (; k < end && markdownHeading(lines[k]!) === null && !questionHeadings.has(k) && !tables.has(k) && !faqSections?.has(k); k++) {
        const line = lines[k]!;
        if (listItem && line.trim() && !/^\s{2,}\S/.test(line)) break;
        if (!line.trim() || b.isMarked(k)) continue;
        if (signature && k === signature.at) {
          b.mark(k, 'heading');
          continue;
        }
        // An answer set as a Markdown blockquote ("> More than 250 since 2018."): the marks are
        // markup; a ">" alone parts its paragraphs.
        if (line.charCodeAt(line.search(/\S/)) === 0x3e && /^\s{0,3}>\s*$/.test(line)) {
          b.mark(k, 'markup');
          continue;
        }
        // The page's tag line, the last under the last answer ("Tags: Binance, Latin America"): its links, no words of the answer.
        const kind = classifyChrome(line) ?? (first >= 0 && TAG_LINE().test(line) && !lines.slice(k + 1, end).some((l) => l.trim()) ? 'navigation' : null);
        // A thematic break ("---") sets off what the page adds under the answer (a correction, the writer's bio): the answer ends there.
        if (kind === 'markup' && first >= 0 && isThematicBreak(line)) break;
        // So does the publisher's note set between two questions ("Editor's note: Haddad's firm has received …"):
        // the page's, not the guest's.
        if (first >= 0 && !lines[k - 1]!.trim() && TOP_NOTE().test(line)) break;
        // So does a questionnaire record's own field after the answers ("Interviewer's notes: …", "Signed: …").
        if (questionnaire && first >= 0 && !lines[k - 1]!.trim() && RECORD_NOTE_FIELD().test(line)) break;
        // So does an e-mail's sign-off ("Kind regards," / "Tomasz") or the header of the message it quotes ("On …, NAME wrote:").
        if (first >= 0 && (isWroteLine(line) || (VALEDICTION().test(line) && [sender, quotedWriter].some((by) => by !== null && signsOff(lines[nextContentLine(b, k + 1, end)] ?? '', by))))) break;
        // A picture set inside or under it (a Markdown image, its caption in emphasis right below): the
        // page's, read as its own claims; the answer goes on past it.
        if (isMarkdownImage(line)) {
          const caption = EMPHASISED_LINE().test(lines[k + 1] ?? '') ? k + 1 : k;
          pictures.push({ from: k, to: caption, text: lines.slice(k, caption + 1).map((l) => withoutEmphasisEnds(l.trim())).join(' ') });
          k = caption;
          continue;
        }
        if (kind) {
          b.mark(k, kind);
          continue;
        }
        if (first < 0) first = k;
        let words = line.replace(BLOCKQUOTE_MARK(), '').trim();
        // An answer told in bullets (a recap's, a meeting's notes: "- No cuts in 2023." / "  - A decision
        // comes after the count."): each bullet its own paragraph, the list's mark no word of it.
        const bullet = words.length > 2 && (words[1] === ' ' || words[1] === '\t') ? OUTLINE_BULLET().exec(words) : null;
        if (bullet) words = bullet[2]!;
        if (!bullet && k === last + 1 && paragraphs.length && first < k) paragraphs[paragraphs.length - 1] += ' ' + words;
        else {
          paragraphs.push(words);
          starts.push(k);
        }
        last = k;
      }
      // The page's footer under the last answer ("Still have a question? Email hello@…"): no words of the answer.
      let footer: { from: number; to: number; text: string } | null = null;
      // So is the publisher's note on its series or the book's credit line ("This is part of our Five Questions series.",
      // "Ports Without Water is published by Halyard Press (352 pp., £28).").
      if (k >= end && paragraphs.length >= 2 && (isFooter(lines, starts[starts.length - 1]!, paragraphs[paragraphs.length - 1]!) || PUBLISHERS_NOTE().test(paragraphs[paragraphs.length - 1]!))) {
        footer = { from: starts.pop()!, to: last, text: paragraphs.pop()! };
        last = footer.from - 1;
        while (last > first && !lines[last]!.trim()) last--;
      }
      // The writer's closing lines under the last answer ("*This interview has been condensed …*",
      // "Lindqvist will speak in Oslo on June 5."): where every answer before was one paragraph (three
      // or more), the paragraphs after the last answer's first that are not in the first person.
      const closing: { from: number; to: number; text: string }[] = [];
      // Or, whatever the answers' lengths, from a paragraph that speaks of the guest by name, not
      // in the first person, with none after it in the first person ("Okafor said she would …"):
      // nobody names themselves so in their own answer.
      let keep = paragraphs.length;
      if (k >= end && paragraphs.length >= 2) {
        if (answerLengths.length >= 3 && answerLengths.every((n) => n === 1)) while (keep > 1 && !FIRST_PERSON().test(paragraphs[keep - 1]!)) keep--;
        if (guest) {
          const about = paragraphs.findIndex((p, n) => n > 0 && namesPerson(p, guest!) && paragraphs.slice(n).every((q) => !FIRST_PERSON().test(q)));
          if (about > 0) keep = Math.min(keep, about);
        }
      }
      // Or from a paragraph that reports speech in the third person ("“…,” she says. Her deputy,
      // Marc Roux, adds: “…”"), none after it in the first person outside its quotations: the
      // writer's narrative closing the piece, for no one reports their own words so in an answer.
      // So under any answer: a profile's narration between two questions ("Her operations director,
      // Gary Lomax, says … “…,” he says.") is the writer's, up to the next question.
      if (paragraphs.length >= 2) {
        const told = paragraphs.findIndex((p, n) => n > 0 && REPORTED_SPEECH().test(p) && paragraphs.slice(n).every((q) => !speaksInFirstPerson(withoutQuotations(q))));
        if (told > 0) keep = Math.min(keep, told);
      }
      // The page's notes in italics under the last answer ("*This interview is part of our series …*",
      // "_Correction, 6 March: …_"), whatever the answers' lengths: a run of paragraphs each wholly in
      // emphasis, to the end of the page, under an answer that is not: the publisher's voice.
      if (k >= end && paragraphs.length >= 2 && !whollyEmphasised(paragraphs[0]!)) {
        let notes = paragraphs.length;
        while (notes > 1 && whollyEmphasised(paragraphs[notes - 1]!)) notes--;
        keep = Math.min(keep, notes);
      }
      while (paragraphs.length > keep) {
        closing.unshift({ from: starts.pop()!, to: last, text: paragraphs.pop()! });
        last = closing[0]!.from - 1;
        while (last > first && !lines[last]!.trim()) last--;
      }
      answerLengths.push(paragraphs.length);
      if (first >= 0) {
        // "Q1. When…?" / "A1. At six…", "### Q: Why?" / "**A:** Because…": the side's mark is no part
        // of the question or of the answer.
        const marked = QUESTION_NUMBER().test(raw) || QUESTION_SIDE().test(atx);
        // "KENJI MORI: Why laundry?": a plain question under its asker's label; the label is no part of it.
        const askedBy = markdownHeading(raw) === null && emphasisedQuestion(raw) === null ? (labelledAnswer(atx) ?? initialsLabelled(atx, initialsLabel, asker)) : null;
        // "1. From Sana in Leeds: How did you …?": a reader's question under its number and who sent it (a
        // column's "Ask the founder"): the number and the lead are no part of it; a named reader asks it.
        // A lone word and no place ("From Paris: Is the Louvre open?") may be where the question is about:
        // a sender only on a page whose question headings are led so twice or more.
        const lead = askedBy ? null : READER_LEAD().exec(atx.replace(QUESTION_SIDE(), ''));
        const sentBy = lead && (lead[2] !== undefined || lead[1] === undefined || lead[1].includes(' ') || (readerLeads ??= [...questionHeadings].filter((k) => READER_LEAD().test(markdownHeading(lines[k]!) ?? emphasisedQuestion(lines[k]!) ?? '')).length) >= 2) ? lead : null;
        // "1. @tobi asked: What happened?": a recap's question after who put it; the number and the lead are no part of it.
        const askedLead = askedBy || sentBy ? null : ASKED_LEAD().exec(atx);
        const asked = askedBy ? normalizeSpace(askedBy.text) : sentBy ? sentBy[3]! : askedLead ? askedLead[2]! : ASKED_LINE().test(atx) ? atx.replace(/^\d{1,2}[.)]\s+/, '') : atx.replace(QUESTION_SIDE(), '');
        // (the signature stays in the question's words, as a signature on the question's own line does: search finds the town)
        const question = signature ? `${asked} ${signature.text}` : asked;
        // A pull quote, an answer's own sentence set off again in quotation marks, is no second saying of it.
        for (let p = paragraphs.length - 1; p > 0; p--) if (isPullQuoteOf(paragraphs[p]!, paragraphs.slice(0, p))) paragraphs.splice(p, 1);
        if (marked) paragraphs[0] = paragraphs[0]!.replace(ANSWER_SIDE(), '');
        // "Ana Pereira: About $400 million.": the answer names who gives it, whoever the document's guest is.
        const labelled = labelledAnswer(paragraphs[0]!);
        if (labelled) paragraphs[0] = labelled.text;
        // A team page's sections, each headed by its person ("## Hannah Pryce — Founder and head dyer"), no guest for the page: that person answers.
        const headed = !labelled && !guest && headedAnswerer ? headedAnswerer : null;
        const speaker = labelled ? (input.registry.resolve(labelled.name) ?? displayName(labelled.name)) : headed ? (input.registry.resolve(headed.name) ?? headed.name) : (guest ?? narrator);
        // '"Are beer traps cruel?" — Priya S., Bristol': a reader's question, asked by its signer.
        // ("— Anonymous, Cardiff": a reader who gives no name is nobody, as under the question)
        const signed = signedQuestion(raw);
        const signer = (signed && ANONYMOUS_READER().test(signed) ? null : signed) ?? signature?.signer ?? null;
        // "**When…?** (asked by Piet Janssens, Depot A)": the note after the question names who asked.
        const note = askedLead ? null : askedByNote(raw);
        const noted = askedLead?.[1] ?? note?.name;
        const askerName = askedBy ? (askedBy.name === initialsLabel ? asker : (input.registry.resolve(askedBy.name) ?? displayName(askedBy.name))) : sentBy?.[1] ? (input.registry.resolve(sentBy[1]) ?? sentBy[1]) : noted ? (input.registry.resolve(noted) ?? noted) : null;
        b.add({ type: 'qa', text: paragraphs.map((p) => normalizeSpace(p)).join('\n'), speaker, question, asker: signer ?? askerName ?? asker, ...(note?.role && !signer && !askedBy && !sentBy ? { askerRole: note.role } : {}), ...(headed ? { role: headed.role } : {}), section }, i, last);
      }
      for (const p of pictures) narrate(b, p.text, state, { section, narrator, firstIdx: p.from, lastIdx: p.to });
      for (const c of closing) narrate(b, withoutEmphasisEnds(c.text), state, { section, narrator, firstIdx: c.from, lastIdx: c.to });
      if (footer) narrate(b, footer.text, state, { section, narrator, firstIdx: footer.from, lastIdx: footer.to });
      i = k - 1;
      continue;
    }
    // A dateline or a publication's month and year standing alone below the header ("The Long
    // Read, April 2023" under a standfirst and a byline) dates the page: no section's name.
    if (isWhenLine(raw) && standsAlone(b, i, end)) {
      b.mark(i, 'metadata');
      continue;
    }
    // "14.3.2024 08:15" / "päivitetty 14.3.2024 10:02": when the page was published and updated, a line each.
    if (isWhenLine(raw) && i + 1 < end && isWhenLine(b.lines[i + 1]!) && !(i + 2 < end && b.lines[i + 2]!.trim())) {
      b.mark(i, 'metadata');
      b.mark(i + 1, 'metadata');
      i++;
      continue;
    }
    // A short list item ("- Write things down") is a fragment of the list, never a heading.
    // Nor is a slide's bullet, indented under its title.
    // A byline standing alone in the text ("Беседовал Сергей Лебедев" under the lead, "By Corinne
    // Stahl, Healthcare Markets Desk" over a story pasted under a release) credits the writer, as the
    // header's does: the page's metadata, no heading. The section above it is over: a piece starts.
    if (isHeadingLike(raw) && standsAlone(b, i, end) && bylineName(withoutEmphasisEnds(normalizeSpace(raw))) !== null) {
      b.mark(i, 'metadata');
      section = null;
      startSection(state);
      continue;
    }
    // A writer's newsroom title on the line under their byline, the two a block of their own ("By
    // Martin Kowalczyk" / "Staff Reporter", a local paper's; the header may have taken the byline):
    // the title credits the writer as the byline does, and heads no section.
    if (i > 0 && isHeadingLike(raw) && roleUnderByline(b, i, end)) {
      b.mark(i, 'metadata');
      section = null;
      startSection(state);
      continue;
    }
    // A ceremony's or a programme's part in capitals over the full name of who gives it, alone
    // ("ACCEPTANCE SPEECH" / "Niamh Carrick", a blank line under them): the part heads the section
    // and the words under it are that person's, no longer those of the voice the header credits.
    const partVoice = narrator && i + 2 < end ? partHeadingVoice(lines, i) : null;
    if (partVoice) {
      b.mark(i, 'heading');
      b.mark(i + 1, 'metadata');
      section = normalizeSpace(raw);
      narrator = input.registry.resolve(partVoice) ?? partVoice;
      state.writer = narrator;
      knowFullName(state, narrator);
      startSection(state, raw);
      i++;
      continue;
    }
    // (Not a line of a signed letter's signature block: "President and Chief Executive Officer" under the
    // signer's name is the signer's title, read below as the signature's, never a heading left over as a claim.)
    if (isHeadingLike(raw) && !LIST_ITEM().test(raw) && !(slides.size && raw.charCodeAt(0) === 9) && !startsWithKnownSpeakerLabel(raw, input) && standsAlone(b, i, end) && !isNumberedBodyParagraph(b.lines, i, end) && !(signatureBlock.has(i) && i !== signature?.block?.[0])) {
      const pull = pullQuoteLabel(raw);
      if (pull !== null) {
        // "Learning never stops: “It would take 588 days…”": the label heads the section, the quotation is a quote.
        if (pull) section = pull;
        narrate(b, raw, state, { section, narrator, firstIdx: i });
        continue;
      }
      b.mark(i, 'heading');
      // A heading set in bold ("**On the first price**", a newsletter's subhead) is named by its words, the marks no part of them.
      if (titleKey(raw) !== titleKey(input.meta.title)) section = normalizeSpace(BOLD_LINE().exec(raw)?.[2] ?? raw);
      startSection(state, raw);
      continue;
    }
    // A signed letter's closing ("Sincerely," over "— NAME, TITLE"): its signature's, no words of the letter.
    if (i === signature?.closing || (signatureBlock.has(i) && !b.isMarked(i))) {
      b.mark(i, 'metadata');
      continue;
    }
    // A title block set in capitals inside the text ("QUILLSTONE, INC." / "THIRD QUARTER 2025 EARNINGS
    // CALL - PREPARED REMARKS" / its date): the part's header, as a document's title block is, no
    // claim; its words are the nearby lines of the records under it. (Headings would become claims
    // where the speakers' headings under them name the sections.)
    const titleBlock = capitalsTitleBlock(lines, i, end);
    if (titleBlock > i) {
      for (let k = i; k < titleBlock; k++) b.mark(k, 'metadata');
      i = titleBlock - 1;
      continue;
    }
    // An e-mail's sign-off, its closing over the sender's name ("Best," / "Lucia", "Regards," / "Quillstone
    // Investor Relations"): no words of the message.
    // (So does the quoted reply's writer's, under the answers they gave: "Best," / "Desmond".)
    if ((sender || quotedWriter) && VALEDICTION().test(raw)) {
      const k = nextContentLine(b, i + 1, end);
      const signs = (by: string | null) => by !== null && (signsOff(lines[k]!, by) || signsAsOrganisation(lines[k]!, by));
      if (k >= 0 && (signs(sender) || signs(quotedWriter)) && (k === i + 1 || !lines[k + 1]?.trim() || k + 1 >= end)) {
        b.mark(i, 'metadata');
        b.mark(k, 'metadata');
        i = k;
        continue;
      }
    }
    // An e-mail's "On Mon, 3 Jun 2024 at 09:15, Sam Whitlock <…> wrote:": the header of the message
    // quoted below it, whose "> " lines are that writer's words, each paragraph a claim of theirs.
    if (emailThread && isWroteLine(raw)) {
      b.mark(i, 'metadata');
      const writer = wroteBy(raw);
      let k = i + 1;
      while (k < end && !lines[k]!.trim()) k++;
      if (writer && k < end && BLOCKQUOTE().test(lines[k]!)) {
        const by = input.registry.resolve(writer) ?? writer;
        let from = -1;
        let text = '';
        const flush = (to: number) => {
          if (from >= 0) narrate(b, text, state, { section, narrator: by, firstIdx: from, lastIdx: to });
          from = -1;
          text = '';
        };
        for (; k < end && (BLOCKQUOTE().test(lines[k]!) || !lines[k]!.trim()); k++) {
          const words = lines[k]!.replace(BLOCKQUOTE_MARK(), '').trim();
          // the quoted message's sign-off ("> Sam"): no words of it
          if (words && signsOff(words, writer)) {
            flush(k - 1);
            b.mark(k, 'metadata');
            continue;
          }
          if (!words) {
            flush(k - 1);
            if (lines[k]!.trim()) b.mark(k, 'markup');
            continue;
          }
          if (from < 0) from = k;
          text += (text ? ' ' : '') + words;
        }
        let lastQuoted = k - 1;
        while (lastQuoted > i && !lines[lastQuoted]!.trim()) lastQuoted--;
        flush(lastQuoted);
        carried = null;
        i = lastQuoted;
      } else if (writer && k < end) {
        // The reply read without its "> " marks (the loader's view of a quoted reply): the lines
        // below are that writer's all the same ("Hannah," / "Answers below, in order.").
        narrator = input.registry.resolve(writer) ?? writer;
        state.writer = narrator;
      }
      continue;
    }
    // A labelled exchange set in a "> " block (a show's highlights): its turns, before the block is read as a quotation.
    const quotedDialogue = raw.includes('**') && BLOCKQUOTE().test(raw) ? boldDialogue(b, i, end) : null;
    if (quotedDialogue) {
      addDialogue(quotedDialogue, section);
      carried = null;
      i = quotedDialogue[quotedDialogue.length - 1]!.line;
      continue;
    }
    // A "> " block inside an article: a quotation set off, its speaker signed under it or named before it.
    if (BLOCKQUOTE().test(raw)) {
      const block = emailThread ? null : quotationBlock(lines, i, end);
      if (block && !(b.records.length === 0 && isDeckBlock(block))) {
        // Unsigned, its words closed by the paper's citation ("> … eats you afterwards. (Participant 12," /
        // "> nurse, 34)"): the cited participant's, the citation the quote's context.
        const tail = block.signature === null ? BLOCK_CITATION().exec(block.paragraphs[block.paragraphs.length - 1]!.text) : null;
        const cited = tail ? participantCitation(tail[1]!) : null;
        // Unsigned, opening on a participant's code ("> P7: I'd rather …"): that participant's, the label the page's.
        const label = block.signature === null && !cited ? participantLabel(block.paragraphs[0]!.text) : null;
        let speaker = cited ?? label?.code ?? setOffSpeaker(block.signature, state);
        // A memoir sets off its author's own words: in the first person under a paragraph in the
        // first person, with nobody signed or named for them, they are the author's.
        if (speaker === null && input.meta.author && block.paragraphs.every((p) => isFirstPersonSingular(p.text)) && isFirstPersonSingular(paragraphAbove(lines, i))) speaker = input.registry.resolve(input.meta.author) ?? input.meta.author;
        // "— Lucía Ferrer, CEO of Tandem Bank, on the podcast": the words after the name's comma are who they are.
        const role = block.signature && speaker && block.signature.startsWith(`${speaker},`) ? normalizeSpace(block.signature.split(',')[1]!) || null : null;
        for (const part of block.paragraphs) {
          const closing = cited && part === block.paragraphs[block.paragraphs.length - 1] ? tail : null;
          const words = label && part === block.paragraphs[0] ? part.text.slice(label.length) : part.text;
          b.add({ type: 'quote', text: closing ? words.slice(0, closing.index).trim() : words, speaker, role, section, context: closing ? closing[1]! : null }, part.first, part.last);
        }
        for (const k of block.markup) b.mark(k, 'markup');
        carried = null;
        i = block.end;
        continue;
      }
    }
    // "Q from audience (student): would you …?" / "CZ: I would have …": a note's one exchange, a
    // paragraph of two lines, a question under a label, then a name's label and the answer.
    const noted = raw.includes('?') && !(lines[i - 1] ?? '').trim() ? notedExchange(lines, i) : null;
    if (noted) {
      b.add({ type: 'qa', text: noted.answer, speaker: signedName(noted.speaker, state), question: noted.question, asker: noted.asker, section }, i, i + 1);
      carried = null;
      i++;
      continue;
    }
    // A labelled exchange inside the page ("## Transcript excerpt" / "**Frank Chaparro:** …?" /
    // "**Yi He:** …"): its turns, a question paired with the answer under it.
    // "Q: Where is Binance based? A: Wherever I am… Q: … A: …", "**Marsh:** … **Zhao:** …": a
    // newspaper's exchange run into one paragraph, each turn after its mark in mid-line.
    const runIn = (raw.includes('Q:') || raw.includes('**')) && !(lines[i + 1] ?? '').trim() ? runInTurns(raw) : null;
    if (runIn) {
      const roles = talksTo(input.body) ?? interviewRoles(input);
      const who = (mark: string) => {
        if (mark === 'Q' || mark === 'A') {
          const n = mark === 'Q' ? roles.asker : roles.guest;
          return n ? (input.registry.resolve(n) ?? n) : null;
        }
        const byRole = [roles.asker, roles.guest].find((n) => n && (n === mark || n.split(' ').pop() === mark || n.split(' ')[0] === mark));
        return input.registry.resolve(mark) ?? (byRole ? (input.registry.resolve(byRole) ?? byRole) : signedName(mark, state));
      };
      const first = runIn[0]!.mark;
      for (let t = 0; t < runIn.length; t++) {
        const turn = runIn[t]!;
        const answer = runIn[t + 1];
        if (turn.mark === first && answer && answer.mark !== first) {
          b.add({ type: 'qa', text: answer.text, speaker: who(answer.mark), question: turn.text, asker: who(turn.mark), section }, i);
          t++;
        } else b.add({ type: 'quote', text: turn.text, speaker: who(turn.mark), section }, i);
      }
      carried = null;
      continue;
    }
    const dialogue = raw.includes('**') ? boldDialogue(b, i, end) : null;
    if (dialogue) {
      addDialogue(dialogue, section);
      carried = null;
      i = dialogue[dialogue.length - 1]!.line;
      continue;
    }
    // Join hard-wrapped lines: a line that does not end a sentence, followed by one that goes on with it.
    let last = i;
    const quotedBlock = BLOCKQUOTE().test(raw);
    // A "> " block read as prose (a deck, a note set off): the mark is the page's, no word.
    let paragraph = quotedBlock ? raw.replace(BLOCKQUOTE_MARK(), '') : raw;
    // A numbered paragraph's first line ending on an abbreviation ("1.   I am … Services Inc." /
    // "(\"BAM\"). I have held …") runs on into the lines under it: one paragraph; never into the
    // list's next item ("1. Publish … at every hub." / "2. Fund …").
    const numberedBody = endsLikeSentence(raw) && isNumberedBodyParagraph(lines, i, end);
    // A break after a sentence's end inside a quotation that goes on ("…she said. \"We paid it." /
    // "Now we build.\"") wraps on too: the quotation is still open.
    while (
      last + 1 < end &&
      !b.isMarked(last + 1) &&
      // In a slide outline each bullet is a line of its own, whole.
      !(slides.size && (/^\t/.test(lines[last + 1]!) || slides.has(last + 1))) &&
      ((numberedBody && last === i && lines[last + 1]!.trim() !== '' && !NUMBERED_ITEM().test(lines[last + 1]!)) || (endsLikeSentence(lines[last]!) ? quotationWrapsOn(b, last, wrapWidth, paragraph) || splitQuotationWrapsOn(b, last, wrapWidth) || indentedQuotationWrapsOn(lines, last, paragraph) || repliedBelow(lines, last, paragraph) : wrapsOnto(b, last, wrapWidth))) &&
      !endsSignedQuotationLine(lines, last)
    ) {
      last++;
      // A "> " block quoting in marks of its own is read here as a paragraph: each wrapped line's
      // mark is the block's, no word ("> “The first man took the money. The second was" / "> honest.”").
      paragraph += ' ' + (quotedBlock ? lines[last]!.replace(BLOCKQUOTE_MARK(), '') : lines[last]!).trim();
    }
    // Typed double-spaced, a blank line after every line: the sentence a line leaves unfinished
    // goes on below the blank ("…the year the industry" / "" / "learned what a balance sheet is,").
    while (doubleSpaced && last + 2 < end && brokenAcrossBlank(b, last, paragraph)) {
      last += 2;
      paragraph += ' ' + lines[last]!.trim();
    }
    // A printed page's break cutting the paragraph mid-sentence ("…a partner at the Lagos fund" /
    // "Page 3 of 12" / the running header / "Ridgeline Ventures, which…"): it goes on past the page's
    // furniture, which keeps its kind inside the record's lines.
    const furniture: { k: number; kind: LineKind }[] = [];
    for (let br; paragraph.length >= 40 && !endsLikeSentence(lines[last]!) && (br = acrossPrintedPageBreak(lines, last, end, (k) => pageFurniture(b, k) !== null, (k) => !b.isMarked(k))); ) {
      for (const k of br.furniture) furniture.push({ k, kind: pageFurniture(b, k)! });
      last = br.next;
      paragraph += ' ' + lines[last]!.trim();
      while (last + 1 < end && !b.isMarked(last + 1) && (endsLikeSentence(lines[last]!) ? quotationWrapsOn(b, last, wrapWidth, paragraph) : wrapsOnto(b, last, wrapWidth))) {
        last++;
        paragraph += ' ' + lines[last]!.trim();
      }
    }
    // A quotation running on into the next paragraph (no closing mark here, an opening mark
    // there): read this paragraph as if the mark closed it, and let the next one continue the quote.
    const next = nextContentLine(b, last + 1, end);
    // (In single marks too, as Australian and British papers set them: see singleQuoteLeftOpen.)
    const singleRunsOn = next >= 0 && /^\s*['‘]\p{Lu}/u.test(lines[next]!) ? singleQuoteLeftOpen(paragraph) : null;
    const runsOn = (next >= 0 && leavesQuoteOpen(paragraph) && /^\s*[“"«「『]/.test(lines[next]!)) || singleRunsOn !== null;
    // "Zhao's statement in full, posted on X:" above a paragraph in the first person without
    // quotation marks: the words are the introduced person's, set off as a block quotation is.
    if (introduced && nextContentLine(b, introducedAt + 1, end) === i && isFirstPersonParagraph(paragraph)) {
      b.add({ type: 'quote', text: normalizeSpace(paragraph), speaker: introduced, section }, i, last);
      introduced = null;
      carried = null;
      i = last;
      continue;
    }
    // "Things Dana said:" above a list: read before the paragraph's own words name anyone.
    const listIntro = !LIST_BULLET().test(raw) && /:[\s*_]*$/.test(paragraph) && LIST_BULLET().test(lines[last + 1] ?? '') ? saidListSpeaker(normalizeSpace(paragraph), state) : null;
    const before = b.records.length;
    // (And a paragraph's last quotation left open by a slip, the next paragraph no quotation:
    // closed where the paragraph ends, see strandedOpening.)
    const mark = singleRunsOn ?? (runsOn || strandedOpening(paragraph) ? closingMarkFor(paragraph) : undefined);
    // "“…”" / "The words belonged to Kiprono, speaking …": the paragraph below may credit this one's quotation.
    state.creditBelow = next >= 0 && !runsOn && /^\s*[“"«„]/.test(paragraph) ? creditsWordsAbove(lines[next]!) : null;
    // "3. “…”" / "Okafor said this to staff … in March 2020.": a quotation alone (a list item's
    // perhaps) over a sentence whose name "said this".
    const saidThis = next >= 0 && !runsOn && !state.creditBelow && /^\s*(?:\d{1,3}[.)]\s+)?[“"«„]/.test(paragraph) ? saidThisAbove(lines[next]!) : null;
    if (saidThis) [state.creditBelow, state.creditBelowFrame] = [saidThis.name, saidThis.frame];
    // An awards page's or a round-up's section, "## Best Actor — NAME, "Film"", its speech a paragraph
    // wholly in quotation marks under it, no one named with it: the words of the person the heading names.
    if (headingPerson && !state.creditBelow && !runsOn && !carried && /^\s*[“"]/.test(paragraph)) state.creditBelow = headingPerson;
    // A study's participant quoted under a paragraph by the code the paper names them by, the code a
    // label ("P7: I rang him at three …", "R12: We sold …"): the participant's words, the code no word of them.
    const coded = !runsOn && !carried ? PARTICIPANT_CODE_LABEL().exec(paragraph) : null;
    if (coded && wordCount(coded[2]!) >= 3) {
      b.add({ type: 'quote', text: normalizeSpace(coded[2]!), speaker: coded[1]!, section }, i, last);
      carried = null;
      introduced = null;
      i = last;
      continue;
    }
    narrate(b, paragraph + (mark ?? ''), state, { section, narrator: commenter ? commenter : (i > lettersEnd && !POSTSCRIPT().test(raw)) || i > afterStory || isReaderNote(raw) ? null : told && i > told.line && !EDITORS_NOTE().test(paragraph) && (told.end === undefined || isNarratorsTelling(paragraph, i, told.end, told.subject)) ? told.subject : narrator, firstIdx: i, lastIdx: last, continueQuote: carried, appendedMark: mark });
    const made = b.records.slice(before);
    for (const f of furniture) b.kinds[f.k] = f.kind;
    // "Things he said:" / "- "Prison gave me time to read."": the list's quotations are that person's.
    if (LIST_BULLET().test(raw)) {
      if (listBy) for (const r of made) if (r.type === 'quote' && r.speaker === null) r.speaker = listBy;
    } else listBy = listIntro;
    const lastQuote: DraftRecord | null | undefined = [...made].reverse().find((r) => r.type === 'quote') ?? (made.length === 0 ? carried : null);
    carried = runsOn && lastQuote ? lastQuote : null;
    introduced = /:[\s*_]*$/.test(paragraph) ? (introducedSpeaker(normalizeSpace(paragraph), state) ?? (setInUnder(lines, i, last, end) ? saidColonSpeaker(normalizeSpace(paragraph), state) : null)) : null;
    introducedAt = last;
    i = last;
  }
  creditListQuotesToGuest(b, lines, input.meta.title);
  creditOutlineQuotes(b, lines, input.meta.title);
  if (callouts.length) calloutTitles(b, callouts, state);
  if (input.body.includes('[!')) readCallouts(b, splitLines(input.body), input.meta.title);
  dateRecordsByEntry(b.records, entries, (k) => b.fileLine(k));
  // A timeline's "## 2017" headings and "- **June 2014** — …" items: each dates its entry's records.
  dateRecordsByTimeline(b.records, timelineYears(lines, end), (k) => b.fileLine(k));
  creditReportedSpeech(lines, b.records, (k) => b.fileLine(k));
  creditNoteSubject(lines, b.records);
  creditLabelledBullets(lines, b.records, (k) => b.fileLine(k));
  if (input.body.includes(' words:')) creditCardQuotes(lines, b.records, (k) => b.fileLine(k));
  creditAuthoredParts(b, lines);
  if (/\b(?:TRACK|STAND-?UP|ANCHOR|TAG)\b/.test(input.body)) creditScriptNarration(b, lines);
  // A news database's export of several articles, each with its own header (exports.ts).
  const articles = mayBeDatabaseExport(input.body) || mayBePastedClippings(input.body) ? readDatabaseExport(b, lines) : 0;
  // A review site's cards: each review its author's words, each reply the business's (reviews.ts).
  if (mayBeReviewPage(input.body)) creditReviews(b, lines);
  // An author Q&A page, a launch thread: readers ask, the author or the maker answers (asked.ts).
  if (mayBeAskedPage(input.body)) creditAskedPages(b, lines);
  if (input.body.includes('\nOn ')) creditTopicPrompts(b, lines, input.registry);
  if (input.body.includes('?')) pairLoneQuestions(b, lines, input.registry);
  if (input.body.includes('Asked by') && input.body.includes('Answered ') && isWrittenQuestionPage(lines)) readWrittenQuestion(b, lines, input.registry);
  // A reader's note or tags set under a highlight ("- quoted words … ([Location 520](…))" /
  // "    - **Note:** use this in the intro"): the one who kept the highlights wrote it, not the author.
  if (input.meta.author && /^\s+[-*+]\s+(?:\*\*|__)?(?:Note|Tags)\b/m.test(input.body)) {
    for (const r of b.records) if (r.type === 'claim' && READER_NOTE().test(lines[r.line - input.bodyLine] ?? '')) r.speaker = null;
  }
  // An AV script's narration rows read without their "VO:" cue (avscript.ts).
  const textLines = avViews?.size ? (unbroken ?? raw).map((l, k) => avViews!.get(k) ?? l) : unbroken;
  const read = textLines ? { ...b.result('prose'), textLines } : b.result('prose');
  // The speaker column of a transcript kept as a table names the document's speakers, as labels do.
  const result = tableSpeakers.length ? { ...read, labelSpeakers: tableSpeakers } : read;
  return articles ? { ...result, articles } : result;
}

/**
 * Line `k`'s kind as a printed page's furniture: what the parser classified it as, its chrome
 * kind, or, for a line repeating one already classified above it (a running header), that
 * line's kind; null for a line of text.
 */
function pageFurniture(b: DocBuilder, k: number): LineKind | null {
  const raw = b.lines[k]!;
  const kind = b.kinds[k] ?? classifyChrome(raw);
  if (kind) return kind === 'record' ? null : kind;
  const key = normalizeSpace(raw);
  for (let j = 0; j < k; j++) if (b.kinds[j] && b.kinds[j] !== 'record' && normalizeSpace(b.lines[j]!) === key) return b.kinds[j]!;
  return null;
}

/** "Answered on 12 June 2024" alone on its line: when the answer was given. */
const ANSWERED_ON = lazy(() => /^\s*Answered\s+on\s+[\p{L}\d ,]{4,30}$/u);
/** The party and seat or the office under the name, in brackets: "(Conservative - Hartley and Moor)". */
const BRACKETED_ROLE = lazy(() => /^\s*\(([^()]{2,100})\)\s*$/);

/**
 * A parliament's written question as its site prints it: "Asked by NAME" with the party and seat
 * in brackets under it or after the name, the question ("To ask the Chancellor …"), "Answered on
 * DATE", "Answered by NAME" (or "Answered on DATE by NAME") with the office in brackets, then the
 * answer's paragraphs: one qa, the member asking, the minister answering. A page of several
 * questions is read question by question; an answer ends at the next question's title (a short
 * line of no sentence over its own lines) or its "Asked by" line.
 */
function readWrittenQuestion(b: DocBuilder, lines: readonly string[], registry: ParseInput['registry']): void {
  let from = 0;
  while (from < lines.length) {
    const asked = lines.findIndex((l, k) => k >= from && ASKED_BY().exec(l)?.[1] === 'Asked');
    const answered = asked < 0 ? -1 : lines.findIndex((l, k) => k > asked && ASKED_BY().exec(l)?.[1] === 'Answered');
    if (asked < 0 || answered < 0) return;
    const next = readOneWrittenQuestion(b, lines, registry, asked, answered);
    if (next < 0) return;
    from = next;
  }
}

/** The written question asked at `asked` and answered at `answered`; the line after its answer, or -1. */
function readOneWrittenQuestion(b: DocBuilder, lines: readonly string[], registry: ParseInput['registry'], asked: number, answered: number): number {
  const roleAt = (k: number) => askedByRole(ASKED_BY().exec(lines[k]!)) ?? BRACKETED_ROLE().exec(lines[k + 1] ?? '')?.[1]?.trim() ?? null;
  const roleBelow = (k: number) => !askedByRole(ASKED_BY().exec(lines[k]!)) && BRACKETED_ROLE().test(lines[k + 1] ?? '');
  // The question: the paragraphs between the asker's lines and the first "Answered" line.
  const question: string[] = [];
  let k = asked + (roleBelow(asked) ? 2 : 1);
  for (; k < answered && !/^\s*Answered\b/.test(lines[k]!); k++) if (lines[k]!.trim()) question.push(lines[k]!.trim());
  // The answer: every paragraph under the answerer's lines to the end, to the next question's
  // "Asked by" line, or to a title over the next question (a short line of no sentence, a blank above).
  const answer: string[] = [];
  let last = -1;
  for (let j = answered + (roleBelow(answered) ? 2 : 1); j < lines.length && !ASKED_BY().test(lines[j]!); j++) {
    if (!lines[j]!.trim()) continue;
    // ("Answered on 12 June 2024" under the answerer's line, as the site prints it: the context's, no word of the answer)
    if (!answer.length && ANSWERED_ON().test(lines[j]!)) continue;
    if (answer.length && !lines[j - 1]!.trim() && isHeadingLike(lines[j]!, 8) && !/[.!?:]\s*$/.test(lines[j]!)) break;
    answer.push(lines[j]!.trim());
    last = j;
  }
  if (!question.length || !answer.length || !question.some((q) => /\p{Ll}/u.test(q))) return -1;
  const from = b.fileLine(asked);
  const to = b.fileLine(last);
  for (let r = b.records.length - 1; r >= 0; r--) if (b.records[r]!.line >= from && b.records[r]!.endLine <= to) b.records.splice(r, 1);
  const name = (k: number) => {
    const n = ASKED_BY().exec(lines[k]!)![2]!;
    return registry.resolve(n) ?? n;
  };
  const section = b.records.find((r) => r.line < from && r.section)?.section ?? null;
  // The page's lines about the exchange ("Asked by …", "Answered on 11 November 2025", "Answered by …"): its context, searchable.
  const context = lines
    .slice(asked, last)
    .filter((l, k) => /^\s*(?:Asked|Answered)\b/.test(l) || (k > 0 && ASKED_BY().test(lines[asked + k - 1]!) && BRACKETED_ROLE().test(l)))
    .map((l) => l.trim())
    .join(' ');
  b.add({ type: 'qa', text: answer.join('\n\n'), speaker: name(answered), role: roleAt(answered), question: question.join(' '), asker: name(asked), askerRole: roleAt(asked), context, section }, asked, last);
  return last + 1;
}

/** A club site's or a briefing's topic prompt alone on its line: "On the injury news…", "On Blackburn:". */
const TOPIC_PROMPT = lazy(() => /^\s*On\s+[^.!?"“”]{2,80}?(?:…|\.\.\.|:)\s*$/u);
/** The lede's "Head coach Daniel Moreno spoke to the media …": the one person the page quotes. */
const SPOKE_TO_MEDIA = lazy(() => /(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3})\s(?:spoke|talked)\s(?:to|with)\s(?:the\s)?(?:media|press|reporters|journalists)(?![\p{L}])/u);

/**
 * A press conference written up as topic prompts, each over a paragraph in quotation marks ("On
 * the injury news…" / ""Tom trained fully this week…""), under a lede naming who spoke to the
 * media: each quotation is that person's answer, the prompt its question. Two prompts at least.
 */
function creditTopicPrompts(b: DocBuilder, lines: readonly string[], registry: ParseInput['registry']): void {
  const pairs: { prompt: number; quote: DraftRecord }[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (!TOPIC_PROMPT().test(lines[k]!) || (k > 0 && lines[k - 1]!.trim())) continue;
    let j = k + 1;
    while (j < lines.length && !lines[j]!.trim()) j++;
    const line = b.fileLine(j);
    const quote = b.records.find((r) => r.type === 'quote' && r.speaker === null && r.line === line && /^\s*["“]/.test(lines[j]!));
    if (quote) pairs.push({ prompt: k, quote });
  }
  if (pairs.length < 2) return;
  let person: string | null = null;
  for (let k = 0; k < pairs[0]!.prompt && !person; k++) {
    const m = lines[k]!.includes('spoke') || lines[k]!.includes('talked') ? SPOKE_TO_MEDIA().exec(lines[k]!) : null;
    if (!m) continue;
    const words = m[1]!.split(/\s/);
    // "Coach Daniel Moreno", "Manager Ana Ruiz": a title or a role before the name is no part of it.
    while (words.length > 2 && (NAME_TITLE().test(words[0]!) || PERSON_NOUN_ANY().test(words[0]!))) words.shift();
    person = words.join(' ');
  }
  if (!person) return;
  const speaker = registry.resolve(person) ?? person;
  for (const { prompt, quote } of pairs) {
    const line = b.fileLine(prompt);
    const claim = b.records.findIndex((r) => r.type === 'claim' && r.line === line && r.endLine === line);
    if (claim >= 0) b.records.splice(claim, 1);
    Object.assign(quote, { type: 'qa', speaker, question: lines[prompt]!.trim(), asker: null, context: null, line });
  }
}

/**
 * A question put in a paragraph of its own, its asker's frame perhaps ("Asked …:", "She was asked
 * by counsel:"), and the paragraph below it a quotation credited to someone ("“Not in any detail,”
 * she replied."): an exchange, the question the asker's and the reply its speaker's. The asker is
 * whom the text says asked ("… was asked by defence counsel whether …" above, or in the frame),
 * else nobody. A question already credited to someone else than the one who replies stays theirs.
 */
const LONE_QUESTION = lazy(() => /^\s*(?:(?:(?:When\s+)?[Aa]sked|[^,:;“”"]{1,60}?\s(?:was|were)\s+asked)(?:\s+by\s+([^,:;“”"]{2,60}?))?\s*[,:]\s*)?[“"]([^“”"]{3,400}\?)[”"]\s*$/u);
/** "… was asked by defence counsel whether …", "… was questioned by the family's barrister about …": whom the sentence says asked (group 1). */
const ASKED_BY_WHOM = lazy(() => /(?<![\p{L}])(?:was|were|been|being)\s+(?:asked|questioned|pressed|cross-examined)\s+by\s+((?:(?:the|a|an|his|her|their)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)(?=\s+(?:whether|if|about|what|why|how|when|where|who|to|during|for)(?![\p{L}])|\s*[,.;:])/u);
function pairLoneQuestions(b: DocBuilder, lines: readonly string[], registry: ParseInput['registry']): void {
  const paragraphs: { from: number; to: number; text: string }[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (!lines[k]!.trim()) continue;
    let to = k;
    while (to + 1 < lines.length && lines[to + 1]!.trim()) to++;
    paragraphs.push({ from: k, to, text: normalizeSpace(lines.slice(k, to + 1).join(' ')) });
    k = to;
  }
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    const q = paragraphs[p]!;
    const m = q.text.includes('?') ? LONE_QUESTION().exec(q.text) : null;
    if (!m) continue;
    const a = paragraphs[p + 1]!;
    if (!/^\s*[“"]/.test(a.text)) continue;
    const [qFirst, qLast, aFirst] = [b.fileLine(q.from), b.fileLine(q.to), b.fileLine(a.from)];
    const mine = b.records.filter((r) => r.line >= qFirst && r.line <= qLast);
    const question = mine.length === 1 && mine[0]!.type === 'quote' ? mine[0]! : null;
    const answer = b.records.find((r) => r.type === 'quote' && r.line === aFirst);
    if (!question || !answer?.speaker || /\?\s*$/.test(answer.text)) continue;
    if (question.speaker !== null && question.speaker !== answer.speaker) continue;
    const by = m[1] ?? (p > 0 ? ASKED_BY_WHOM().exec(paragraphs[p - 1]!.text)?.[1] : undefined) ?? null;
    const asker = by ? (/^\p{Lu}/u.test(by) ? (registry.resolve(by) ?? by) : by) : null;
    // (the question as its paragraph gives it, frame and all: "Asked by a local reporter: “…?”" keeps
    // every word searchable)
    const framed = /\p{L}/u.test(q.text.slice(0, q.text.search(/[“"]/)));
    Object.assign(question, { type: 'qa', question: framed ? q.text : normalizeSpace(m[2]!), text: answer.text, speaker: answer.speaker, asker, context: null });
    b.extend(question, a.from, a.to);
    b.records.splice(b.records.indexOf(answer), 1);
  }
}

/** A turn's mark in mid-line: "Q:" / "A:", or a name in bold, "**Marsh:**". */
const RUN_IN_MARK = lazy(() => /(?:^|\s)(?:(Q|A):|\*\*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}):\*\*)\s+/gu);
/**
 * The turns of an exchange run into one paragraph: it opens on a mark and holds four marks or
 * more of two kinds taking turns ("Q: …? A: … Q: … A: …", "**Marsh:** … **Zhao:** … **Marsh:** …").
 * Null for anything else.
 */
function runInTurns(raw: string): { mark: string; text: string }[] | null {
  const line = raw.trim();
  if (!/^(?:Q:|\*\*\p{Lu})/u.test(line)) return null;
  const marks = allMatches(RUN_IN_MARK(), line);
  if (marks.length < 2 || marks[0]!.index !== 0) return null;
  const turns = marks.map((m, k) => ({ mark: (m[1] ?? m[2])!, text: normalizeSpace(line.slice(m.index! + m[0].length, marks[k + 1]?.index ?? line.length)) }));
  const kinds = [...new Set(turns.map((t) => t.mark))];
  if (kinds.length !== 2 || turns.some((t, k) => k > 0 && t.mark === turns[k - 1]!.mark) || turns.some((t) => wordCount(t.text) === 0)) return null;
  // Q/A marks must be Q first; names need two turns each (a bold lead-in alone is no exchange).
  if (kinds.includes('Q') !== kinds.includes('A') || (kinds.includes('Q') && turns[0]!.mark !== 'Q')) return null;
  if (turns.length < (kinds.includes('Q') ? 2 : 4)) return null;
  return turns;
}

/** "Changpeng Zhao talks to Lucy Marsh about …": the standfirst naming who answers and who asks. */
const TALKS_TO = lazy(() => /^[\s*_]*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+(?:talks|speaks|talked|spoke)\s+(?:to|with)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?![\p{L}])/mu);
function talksTo(body: string): { guest: string; asker: string } | null {
  const m = TALKS_TO().exec(body.slice(0, 2000));
  return m ? { guest: m[1]!, asker: m[2]! } : null;
}

/**
 * "**Frank Chaparro:** words": a name in bold, its colon inside or outside the marks, then the words.
 * A show's notes set the exchange inside a "> " block, or after the moment's timestamp
 * ("[00:35:02] **Tomás:** *Why a fund?*"): the mark and the stamp are no part of the turn.
 */
const BOLD_NAME_TURN = lazy(() => /^\s*(?:>\s?)?(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?\*\*([^*:]{3,40}?)(?::\*\*|\*\*:)\s+(\S.*)$/);
/** A parenthesis closing a block's words after their last stop: "… eats you afterwards. (Participant 12, nurse, 34)". */
const BLOCK_CITATION = lazy(() => /(?<=[.!?…]["”’]?)\s+(\([^()]{1,60}\))\s*$/u);
/** A participant's code as a paragraph's label, a letter and a number: "P7: …", "R12: …" (quotes.ts reads the same codes in prose). */
const PARTICIPANT_CODE_LABEL = lazy(() => /^\s*([PRIS]\d{1,3}):[ \t]+(\S.*)$/su);
/**
 * A page's deck set off as a block quote ("> Keziah Mbeki co-founded Ledgerline in 2019 …", as a
 * Notion export sets it): unsigned, no quotation marks, no "I". First in the
 * body, it is the writer's introduction, read as prose; a block further down is a quotation.
 */
function isDeckBlock(block: { signature: string | null; paragraphs: readonly { text: string }[] }): boolean {
  return block.signature === null && block.paragraphs.every((p) => !/["“”«»]/.test(p.text) && !isFirstPersonSingular(p.text) && !BLOCK_CITATION().test(p.text));
}
/** A line holding only a blockquote's mark: the blank line between two paragraphs of a "> " block. */
const EMPTY_QUOTE_LINE = lazy(() => /^\s{0,3}>\s*$/);
/** A turn that asks: its words end on a question mark, in emphasis or not ("*Why a fund?*"). */
const ASKING_TURN = lazy(() => /\?[*_]*\s*$/);
/**
 * Two or more one-line paragraphs in a row, each opening on a person's name in bold, two people
 * at least and one of them asking: an exchange set in an article or a show's page. A full name,
 * or a first name the page gives in full elsewhere ("**Elena:**" where the intro names Elena
 * Vásquez): the turn is that person's. Turns stand apart by blank lines, by a "> " block's empty
 * lines, or on lines of their own one under the other. Null for anything else (a bold "**Note:**"
 * is no name).
 */
function boldDialogue(b: DocBuilder, i: number, end: number): { name: string; text: string; line: number }[] | null {
  const turns: { name: string; text: string; line: number }[] = [];
  const lines = b.lines;
  const isGap = (k: number) => !lines[k]!.trim() || EMPTY_QUOTE_LINE().test(lines[k]!);
  for (let k = i; k >= 0 && k < end; ) {
    const m = BOLD_NAME_TURN().exec(lines[k]!);
    if (!m || b.isMarked(k)) break;
    const written = m[1]!.trim();
    const name = wordCount(written) >= 2 ? (isNameShaped(written) ? written : null) : /^\p{Lu}[\p{L}'’-]+$/u.test(written) ? fullNameOnPage(written, lines, end) : null;
    if (!name) break;
    const below = lines[k + 1] ?? '';
    if (below.trim() && !isGap(k + 1) && !BOLD_NAME_TURN().test(below)) break;
    turns.push({ name, text: normalizeSpace(m[2]!), line: k });
    k++;
    while (k < end && isGap(k)) k++;
  }
  if (turns.length < 2 || new Set(turns.map((t) => t.name)).size < 2 || !turns.some((t) => ASKING_TURN().test(t.text))) return null;
  // A question set in italics ("*Why a fund?*"): the emphasis is no part of its words.
  for (const t of turns) if (ASKING_TURN().test(t.text)) t.text = withoutEmphasisEnds(t.text);
  return turns;
}

/**
 * The paragraph under lines `first`–`last` (after a blank line) is set in from them: every one of
 * its lines starts three columns or more right of where the paragraph above starts, as a block
 * quotation is printed ("… she writes:" / "              I spent six years …").
 */
function setInUnder(lines: readonly string[], first: number, last: number, end: number): boolean {
  let k = last + 1;
  if (k >= end || lines[k]!.trim()) return false;
  while (k < end && !lines[k]!.trim()) k++;
  const above = Math.min(...lines.slice(first, last + 1).map((l) => l.search(/\S/)));
  let lineCount = 0;
  for (; k < end && lines[k]!.trim(); k++, lineCount++) if (lines[k]!.search(/\S/) < above + 3) return false;
  return lineCount > 0;
}

/** Words in the first person with no quotation marks in them: a statement set off under its introduction. */
function isFirstPersonParagraph(paragraph: string): boolean {
  return !/[“”"«»]/.test(paragraph) && wordCount(paragraph) >= 5 && !/:\s*$/.test(paragraph) && /(?<![\p{L}])(?:I|we|We|my|My|our|Our|me|us)(?![\p{L}’'])/u.test(paragraph);
}

/**
 * A page about one guest (a show's notes): the title names them and every quotation signed on
 * the page is theirs (two at least). A quotation nobody is named for in a list item there (a
 * highlight's "Labs spin-off: "…"") is the guest's words too.
 */
function creditListQuotesToGuest(b: DocBuilder, lines: readonly string[], title: string): void {
  const quotes = b.records.filter((r) => r.type === 'quote');
  const signed = new Set(quotes.filter((r) => r.speaker).map((r) => r.speaker!));
  // A page whose title collects one person's quotations ("21 of NAME's best quotes"): that person
  // is the guest though an aside quotes someone else ("His co-founder, NAME, once joked: "…"").
  const collected = quoteCollectionSubject(title);
  const collectedSigner = collected ? [...signed].find((n) => n === collected || n.endsWith(` ${collected}`) || collected.endsWith(` ${n}`)) : undefined;
  const guest = collectedSigner ?? (signed.size === 1 ? [...signed][0]! : null);
  if (!guest || quotes.filter((r) => r.speaker === guest).length < 2) return;
  const registry = b.input.registry;
  const inTitle = [guest, ...registry.aliasesOf(guest)].some((n) => new RegExp(String.raw`(?<![\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`, 'u').test(title));
  if (!inTitle) return;
  for (const r of quotes) {
    const idx = r.line - b.input.bodyLine;
    if (r.speaker === null && r.line === r.endLine && /^\s*(?:[-*•·▪]|\d{1,2}[.)])\s/.test(lines[idx] ?? '')) r.speaker = guest;
  }
}

/** A question under its label: "Q:", "Q from audience (student):", "Dana:". */
const NOTED_QUESTION = lazy(() => /^\s*(?:Q(?:uestion)?(?:\s+(?:from|by)\s+([\p{L} -]{1,40}))?(?:\s*\(([^():]{1,40})\))?|(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}))\s?:\s+(\S[^?]{0,300}\?)\s*$/u);
/** An answer under a name's label: "CZ: I would have …". */
const NOTED_ANSWER = lazy(() => /^\s*(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}):\s+(\S.*)$/u);

/**
 * A paragraph of two lines, the first a labelled question, the second a name's label and its
 * answer (a note of one exchange); null for any other paragraph.
 */
function notedExchange(lines: readonly string[], i: number): { question: string; asker: string | null; speaker: string; answer: string } | null {
  const next = lines[i + 1] ?? '';
  if (!next.trim() || (lines[i + 2] ?? '').trim()) return null;
  const q = NOTED_QUESTION().exec(lines[i]!);
  const a = q ? NOTED_ANSWER().exec(next) : null;
  if (!q || !a || /^[QA]$/.test(a[1]!) || !isNameShaped(a[1]!) || a[1] === q[3]) return null;
  // "Q from audience (student)": the asker as the label describes them, "audience (student)".
  const asker = q[1] && q[2] ? `${q[1].trim()} (${q[2].trim()})` : (q[2]?.trim() ?? q[1]?.trim() ?? q[3] ?? null);
  return { question: normalizeSpace(q[4]!), asker, speaker: a[1]!, answer: normalizeSpace(a[2]!) };
}

/** A bullet's indent and words: "    - text" → [4, "text"]. */
const OUTLINE_BULLET = lazy(() => /^(\s*)[-*+•]\s+(\S.*)$/u);
/** A parent bullet naming whose words its children are: "Quote from CZ's post on X", "Quotes by Ana Ruiz", "Yi He said:". */
const OUTLINE_SOURCE = lazy(() => /^(?:(?:quotes?|words|posts?|sayings?) (?:from|by|of) (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}?)(?:['’]s?)?(?=[\s:,.]|$)|(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}) (?:said|says|wrote|writes|posted|tweeted)\b[^"“”]{0,60}:)/iu);
/** A news script's header field naming the reporter or the anchor: "REPORTER: DANIEL OKONKWO", two to four words, a field's gap or the line's end after. */
const SCRIPT_PERSON_FIELD = lazy(() => /\b(REPORTER|CORRESPONDENT|ANCHOR|PRESENTER)\s*:\s*(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3})(?=\s{2,}|\s*$)/gu);
/**
 * A news script's cue over a voice's copy, alone on its line: the anchor's ("[ANCHOR INTRO — CLAIRE
 * MBEKI — ON CAM]", "[TAG — …]") or the reporter's ("TRACK 1:", "TRACK 4 (SIG OUT):", "VO 2:",
 * "[STANDUP — NAME — place]"); what follows the cue word (the name, the shot) in group 2.
 */
const SCRIPT_VOICE_CUE = lazy(() => /^\[?\s*(ANCHOR(?: (?:INTRO|LEAD(?:-IN)?|READ|VO))?|TAG|STAND-? ?UP|TRACK|VO)(?![\p{L}-])([^\][{}]{0,120})\]?\s*$/u);
/** A production word in a cue's part, no person: "ON CAM", "SIG OUT", "FULL SCREEN". */
const CUE_PRODUCTION_WORD = lazy(() => /\b(?:CAM|CAMERA|OC|OTS|VO|SOT|GFX|FS|FULL|SCREEN|BOX|WALL|LIVE|SIG|OUT|IN|PKG|TAKE|WIPE|SET|DESK|INTRO|TAG)\b/);
/** A line that ends a voice's copy in a news script: another cue ({SOT…}, [END PKG], TRACK 2:) or a rule. */
const SCRIPT_CUE_LINE = lazy(() => /^\s*(?:[{[]|(?:TRACK|VO)\b[^a-z]{0,30}:\s*$|[-=_*]{5,}\s*$)/);

/**
 * A news package script: the anchor's copy under an ANCHOR or TAG cue is the anchor's (named in the
 * cue, else in the header's ANCHOR/PRESENTER field), the narration under TRACK / VO / STANDUP the
 * reporter's (named in the cue, else in the header's REPORTER/CORRESPONDENT field); the bites
 * between, in their own {SOT …} cues, keep their speakers. A cue's copy runs to the next cue.
 */
function creditScriptNarration(b: DocBuilder, lines: readonly string[]): void {
  const header: Record<'anchor' | 'reporter', string | null> = { anchor: null, reporter: null };
  for (const raw of lines.slice(0, 12)) {
    for (const m of raw.matchAll(SCRIPT_PERSON_FIELD())) {
      const role = /^(?:ANCHOR|PRESENTER)$/.test(m[1]!) ? 'anchor' : 'reporter';
      header[role] ??= m[2]!;
    }
  }
  const copyOf: (string | null)[] = lines.map(() => null);
  let cues = 0;
  for (let i = 0; i < lines.length; i++) {
    const cue = SCRIPT_VOICE_CUE().exec(lines[i]!.trim());
    if (!cue) continue;
    const role = /^(?:ANCHOR|TAG)/.test(cue[1]!) ? 'anchor' : 'reporter';
    // The cue's track number and colon ("TRACK 4 (SIG OUT):") name no one; a part in capitals between dashes does.
    const named = cue[2]!
      .split(/\s*[—–]\s*|\s+-\s+/)
      .map((part) => part.trim())
      .find((part) => /^\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){1,3}$/u.test(part) && !CUE_PRODUCTION_WORD().test(part));
    const who = named ?? header[role];
    if (!who) continue;
    cues++;
    for (let k = i + 1; k < lines.length && !SCRIPT_CUE_LINE().test(lines[k]!) && !SCRIPT_VOICE_CUE().test(lines[k]!.trim()); k++) copyOf[k] = who;
  }
  // One cue alone ("TAG" in a list, an "ANCHOR:" field) makes no script.
  if (cues < 2) return;
  const registry = b.input.registry;
  for (const r of b.records) {
    if (r.type !== 'claim' || r.speaker !== null) continue;
    const who = copyOf[r.line - b.input.bodyLine];
    if (who) r.speaker = registry.resolve(displayName(who)) ?? displayName(who);
  }
}

/** A bullet that only heads a list of quotations: "Quotes", "Quotes:". */
const OUTLINE_QUOTES_HEADING = lazy(() => /^(?:quotes|quotations|in (?:his|her|their) (?:own )?words)\s*:?\s*$/i);

/**
 * An outline (Roam, Logseq, a Markdown list): a quotation alone in a bullet, said by nobody, is the
 * words of the person its parent bullet names ("- Quote from CZ's post on X" / "    - "Today, I
 * stepped down…""), or, under a bullet that only heads quotations ("- Quotes"), of the person the
 * page is about ("CZ - Changpeng Zhao", the name before the title's dash).
 */
function creditOutlineQuotes(b: DocBuilder, lines: readonly string[], title: string | null): void {
  const registry = b.input.registry;
  for (const r of b.records) {
    if (r.type !== 'quote' || r.speaker !== null || r.line !== r.endLine) continue;
    const idx = r.line - b.input.bodyLine;
    const own = OUTLINE_BULLET().exec(lines[idx] ?? '');
    if (!own || own[1]!.length === 0) continue;
    let indent = own[1]!.replace(/\t/g, '    ').length;
    let who: string | null = null;
    for (let k = idx - 1; k >= 0 && k >= idx - 40 && indent > 0 && who === null; k--) {
      const up = OUTLINE_BULLET().exec(lines[k]!);
      if (!up) {
        if (lines[k]!.trim()) break;
        continue;
      }
      const upIndent = up[1]!.replace(/\t/g, '    ').length;
      if (upIndent >= indent) continue;
      indent = upIndent;
      const words = up[2]!.trim();
      const named = OUTLINE_SOURCE().exec(words);
      if (named) who = (named[1] ?? named[2])!.replace(/['’]s?$/u, '');
      // A notes app names the page's file after it: "Roam-Export/CZ - Changpeng Zhao".
      else if (OUTLINE_QUOTES_HEADING().test(words)) who = pageSubject(title) ?? pageSubject(b.input.docId.split('/').pop()!);
      if (who === null && indent === 0) break;
    }
    if (who) r.speaker = registry.resolve(who) ?? who;
  }
}

/** An Obsidian callout's first line: "> [!quote] On customer service (Sina Finance, 2021)", "> [!note]". */
const CALLOUT = lazy(() => /^\s{0,3}>\s?\[!([A-Za-z-]{1,20})\][+-]?[ \t]*(.{0,200})$/);
/** The year a callout's title ends on: "(Sina Finance, 2021)". */
const CALLOUT_YEAR = lazy(() => /[(,]\s*((?:19|20)\d{2})\)?\s*$/);

/**
 * Obsidian callouts: a "[!quote]" (or "[!cite]") callout holds a quotation, said by the person the
 * page is about unless it is signed, and dated by its title's year; any other callout ("[!note]",
 * "[!info]", "[!tip]") holds the note-taker's own words, no quotation.
 */
function readCallouts(b: DocBuilder, lines: readonly string[], title: string | null): void {
  for (let i = 0; i < lines.length; i++) {
    const m = CALLOUT().exec(lines[i]!);
    if (!m) continue;
    let last = i;
    while (last + 1 < lines.length && /^\s{0,3}>/.test(lines[last + 1]!)) last++;
    const quoting = /^(?:quote|cite)$/i.test(m[1]!);
    const year = quoting ? CALLOUT_YEAR().exec(m[2]!.trim())?.[1] : undefined;
    for (const r of b.records) {
      const idx = r.line - b.input.bodyLine;
      if (idx <= i || idx > last || r.type !== 'quote') continue;
      if (!quoting) {
        // Words in marks inside a note are still someone's quotation; the note itself is not.
        if (!/[“”"«»]/.test(lines[idx]!)) r.type = 'claim';
        continue;
      }
      if (r.speaker === null) r.speaker = pageSubject(title) ?? pageSubject(b.input.docId.split('/').pop()!);
      if (year && r.year === undefined) r.year = Number(year);
    }
    i = last;
  }
}

/**
 * A who-said-what table's row: the speaker cell is a name, its role after a comma ("Laura Chen,
 * Kestrel Capital"); a said cell holding a quotation is that quotation, the speaker's quote (the
 * whole cell, its source in brackets, the context); one without is a claim the speaker made.
 */
function addColumnRow(b: DocBuilder, row: ColumnRow, section: string | null, registry: ParseInput['registry']): void {
  const comma = row.who.indexOf(',');
  const name = (comma > 0 ? row.who.slice(0, comma) : row.who).trim();
  const role = comma > 0 ? row.who.slice(comma + 1).trim() : null;
  const speaker = name ? (registry.resolve(name) ?? displayName(name)) : null;
  const quoted = /[“"]([^“”"]{2,})[”"]/u.exec(row.said);
  if (quoted) b.add({ type: 'quote', text: quoted[1]!, speaker, role, context: row.said, section }, row.first, row.last);
  else b.add({ type: 'claim', text: row.said, speaker, role, section }, row.first, row.last);
}

interface CalloutHead {
  line: number;
  last: number;
  quoting: boolean;
  title: string;
}

/** Each callout's first line, the last "> " line of its body, whether it quotes, and its title. */
function calloutHeads(lines: readonly string[], end: number): CalloutHead[] {
  const out: CalloutHead[] = [];
  for (let i = 0; i < end; i++) {
    const m = lines[i]!.includes('[!') ? CALLOUT().exec(lines[i]!) : null;
    if (!m) continue;
    let last = i;
    while (last + 1 < end && /^\s{0,3}>/.test(lines[last + 1]!)) last++;
    out.push({ line: i, last, quoting: /^(?:quote|cite)$/i.test(m[1]!), title: normalizeSpace(m[2]!) });
    i = last;
  }
  return out;
}

/** A callout title naming who said it: "Yi He on bear markets", "CZ (as told by Yi He)", "Mara Quist". */
const CALLOUT_SPEAKER = lazy(() => /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s+(?:on|about)\s+\S.*|\s*\([^()]*\)|\s*[,:—–]\s.*)?$/u);

/**
 * A callout's title is read with its records: a "[!quote]" callout's title that names a person
 * ("Yi He on bear markets", "CZ (as told by Yi He)": the name before "on" or the brackets, which
 * name only who reported it) is who said the quotation, and the whole title its context; any
 * other callout's title ("[!note] My take") is the section of the note-taker's words in it.
 */
function calloutTitles(b: DocBuilder, callouts: readonly CalloutHead[], state: AttributionState): void {
  for (const c of callouts) {
    if (!c.title) continue;
    const named = c.quoting ? CALLOUT_SPEAKER().exec(c.title)?.[1] : undefined;
    const speaker = named && !/^(?:On|About|The|A|An)$/.test(named.split(/\s+/)[0]!) ? (b.input.registry.resolve(named) ?? signedName(named, state)) : null;
    for (const r of b.records) {
      const idx = r.line - b.input.bodyLine;
      if (idx <= c.line || idx > c.last) continue;
      if (!c.quoting) {
        r.section = c.title;
        continue;
      }
      // The callout's body is the quotation, in quotation marks or not.
      if (r.type === 'claim') r.type = 'quote';
      if (r.type !== 'quote') continue;
      if (speaker) r.speaker = speaker;
      r.context ??= c.title;
    }
  }
}

/** The person a notes page is about, by its title: "CZ - Changpeng Zhao", "He Yi - Binance co-founder". */
function pageSubject(title: string | null): string | null {
  if (!title) return null;
  const first = title.split(/\s+[-–—]\s+/)[0]!.trim();
  return first !== title.trim() && wordCount(first) <= 3 && isNameShaped(first) ? first : null;
}

/** A line wholly one bold span, no other marks inside it: "**On the first price**", "__Three charts__". */
const BOLD_LINE = lazy(() => /^\s*(\*\*|__)([^*_]+)\1\s*$/);
/** A reference list's heading; the second group's lists hold notes too, citations only where every entry is dated. */
const REFERENCE_HEADING = lazy(() => /^\s*(?:#{1,6}\s*)?(?:(references|bibliography|works cited|sources|citations|further reading|literature cited)|(notes|footnotes|endnotes))\s*:?\s*$/i);
/** An entry of a reference list: "1. ^ "Title". …", "[3] Russolillo, S. (2018). …", "² Binance press release, …", "- Smith, J. …". */
const REFERENCE_ENTRY = lazy(() => /^\s*(?:\d{1,3}[.)]\s*)?(?:\^|\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,3}[.)]|[-*•])\s*\S/u);
const DATED = lazy(() => /(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)/);

/**
 * The reference lists of a document, by their heading's line: the entries under a "References"
 * (or "Notes") heading, each a line opening with a list mark, a "^" back-link, "[n]" or a
 * superscript number. A list of notes counts only when every entry carries a year, as citations do.
 */
function referenceLists(lines: readonly string[], from: number, end: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let i = from; i < end; i++) {
    const h = REFERENCE_HEADING().exec(wikiSectionTitle(lines[i]!) ?? lines[i]!);
    if (!h) continue;
    const entries: number[] = [];
    let k = i + 1;
    for (; k < end; k++) {
      const line = lines[k]!;
      if (!line.trim()) continue;
      if (!REFERENCE_ENTRY().test(line)) break;
      entries.push(k);
    }
    if (!entries.length || (h[2] && !entries.every((e) => DATED().test(lines[e]!)))) continue;
    out.set(i, entries);
    i = entries[entries.length - 1]!;
  }
  return out;
}

/** A table of contents' heading: "Contents", "Table of contents", a wiki's "Contents [hide]". */
const CONTENTS_HEADING = lazy(() => /^(?:table of )?contents(?: ?\[(?:hide|show)\])?:?$/i);
/** An entry of a table of contents: its section's number, then its title ("1\tEarly life", "2.1 Kestrel Pay"). */
const CONTENTS_LINE = lazy(() => /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]+(\S.{0,118})$/);
/** What a copied wiki's contents panel adds between its entries: "hide", "(Top)", "Toggle Career subsection". */
const CONTENTS_WIDGET = lazy(() => /^(?:hide|show|\(top\)|toggle .{1,80} subsection)$/i);

/**
 * The tables of contents of a page, by their heading's line: the heading and its entries, each a
 * section number and a title. A list counts only when the titles come back below it as lines of
 * their own (the sections' headings), so a numbered list of points under "Contents" stays text.
 */
function contentsLists(lines: readonly string[], from: number, end: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  // Each line's title key and the last line it stands on, made once, at the first heading.
  let lastLineOf: Map<string, number> | null = null;
  for (let i = from; i < end; i++) {
    if (lines[i]!.length > 30 || !CONTENTS_HEADING().test(lines[i]!.trim())) continue;
    const listed = [i];
    const titles: string[] = [];
    let k = i + 1;
    for (; k < end; k++) {
      const line = lines[k]!.trim();
      if (!line) continue;
      const entry = CONTENTS_LINE().exec(line);
      if (entry) titles.push(titleKey(entry[2]!));
      else if (!CONTENTS_WIDGET().test(line)) break;
      listed.push(k);
    }
    if (titles.length < 2) continue;
    if (!lastLineOf) {
      lastLineOf = new Map();
      for (let j = from; j < end; j++) if (lines[j]!.trim() && lines[j]!.length <= 160) lastLineOf.set(titleKey(wikiSectionTitle(lines[j]!) ?? lines[j]!), j);
    }
    if (titles.filter((t) => (lastLineOf!.get(t) ?? -1) >= k).length * 2 < titles.length) continue;
    out.set(i, listed);
    i = listed[listed.length - 1]!;
  }
  return out;
}

const BLOCKQUOTE = lazy(() => /^\s{0,3}>/);
/** A blog comment's header: the commenter's name (in bold perhaps), "says:", and when ("June 12, 2024 at 8:14 am"). */
const COMMENT_SAYS = lazy(() => /^[*_]{0,2}(\p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]*\.?){0,3})[*_]{0,2} says:\s*[*_]{0,2}([^*_]{4,60})[*_]{0,2}$/u);
/** A signature under a quotation: "— Graciela Santiago", "-- Ana Ruiz, founder". */
const SIGNATURE = lazy(() => /^(?:[—―–]|--?)\s*(\p{Lu}[^“”"—―–]{0,80})$/u);

/** A line that is a quotation and its signature: the words (in quotation marks, or a sentence), a dash, a name, then where and when. */
// (British publishing sets a blurb in single quotation marks, "'A triumph.' — The Guardian": the mark
// before the words and the one before the dash are the quotation's, an apostrophe inside no end of it.)
const SIGNED_QUOTE_LINE = lazy(() => /^\s*(?:[“"](.+?)[”"]|['‘](?=\p{Lu})(.+?[.!?…])['’]|([^“”"—―–]+?[.!?…]))\s+(?:—|―|–|--)\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*(?:,\s*(.*?))?\s*$/u);
/** The year a signature ends on: "…, Twitter, 2018", "…, January 2, 2023". */
const SIGNATURE_YEAR = lazy(() => /(?<!\d)((?:19|20)\d{2})\)?\.?$/);

function signedQuoteLine(raw: string): { text: string; inner: string; signer: string; year: number | null; quoted: boolean; venue: boolean } | null {
  const found = SIGNED_QUOTE_LINE().exec(raw);
  if (!found) return null;
  // (the words in double marks or single ones are one group, quoted; a sentence without marks the other)
  const m = [found[0], found[1] ?? found[2], found[3], found[4], found[5]];
  const text = normalizeSpace((m[1] ?? m[2])!);
  if (!text || wordCount(text) > 60) return null;
  // "MOBILE, Ala. — Walter Harlan, the boatbuilder who …": a story's dateline and its lede, not a sentence signed.
  if (m[2] !== undefined && isDatelinePlace(text)) return null;
  const year = m[4] ? SIGNATURE_YEAR().exec(m[4].trim()) : null;
  return { text, inner: (m[1] ?? m[2])!, signer: m[3]!, year: year ? Number(year[1]) : null, quoted: m[1] !== undefined, venue: !!m[4]?.trim() };
}

/** A picture or wire credit under a caption ("— Getty Images", "— Reuters/Staff"): who supplied it, not who said it. */
const CREDIT_WORD = lazy(() => /(?<![\p{L}])(?:Images?|Photos?|Photograph|Pictures?|Getty|Shutterstock|Alamy|AP|AFP|Reuters|Bloomberg|Xinhua|EPA|Staff|File)(?![\p{L}])/u);

/**
 * Line `i` is a signed quotation standing alone (blank lines around it), signed by a known speaker
 * or a name. Words in quotation marks may be signed by any name; a plain sentence only by a known
 * speaker or a signature that says where or when ("Funds are SAFU. — CZ, Twitter, 2018"): a
 * sentence and a dash and capitalised words is as often a caption's credit or a heading's joke
 * ("It was over. — Or So We Thought").
 */
function signedQuoteAt(lines: readonly string[], i: number, registry: ParseInput['registry']): ReturnType<typeof signedQuoteLine> {
  const raw = lines[i]!;
  if ((lines[i - 1] ?? '').trim() || (lines[i + 1] ?? '').trim() || !/[—―–-]/.test(raw)) return null;
  const signed = signedQuoteLine(raw);
  if (!signed) return null;
  if (registry.has(signed.signer)) return signed;
  if (CREDIT_WORD().test(signed.signer) || !isNameShaped(signed.signer)) return null;
  return signed.quoted || signed.venue ? signed : null;
}

interface QuotationBlock {
  /** its paragraphs (the marks removed, lines joined) and the lines each spans */
  paragraphs: { text: string; first: number; last: number }[];
  /** the name signed under it, if any */
  signature: string | null;
  /** lines that hold only marks or the signature */
  markup: number[];
  /** its last line */
  end: number;
}

/** A signature's dash, an em or en dash or two hyphens, then a space: "— Ana Ruiz" (not a hyphen opening a list's item). */
const SIGNED_DASH = lazy(() => /^(?:[—―–]|--)\s/u);
/** Words wholly in one pair of quotation marks, a stop after perhaps: the words. */
const WHOLLY_QUOTED = lazy(() => /^[“"]([^“”"]+)[”"][.,]?$/u);

/**
 * The "> " block starting at line `at`: its paragraphs and signature; null for
 * a block whose every line is empty, or that holds quote marks of its own.
 */
function quotationBlock(lines: readonly string[], at: number, end: number): QuotationBlock | null {
  const paragraphs: QuotationBlock['paragraphs'] = [];
  const markup: number[] = [];
  let signature: string | null = null;
  let open = false;
  let k = at;
  for (; k < end && BLOCKQUOTE().test(lines[k]!); k++) {
    // (A signature's name set in bold, "— **Lucía Ferrer**, CEO of …", is read as its words.)
    const text = withoutInlineMarkup(lines[k]!.replace(/^\s{0,3}(?:>\s?)+/, '').trim());
    const signed = SIGNATURE().exec(text);
    // A signature right under the words, on the block's last line, signs them as one set apart does.
    const lastLine = k + 1 >= end || !BLOCKQUOTE().test(lines[k + 1]!) || !lines[k + 1]!.replace(/^\s{0,3}(?:>\s?)+/, '').trim();
    if (!text) {
      markup.push(k);
      open = false;
    } else if (signed && (!open || (lastLine && paragraphs.length && SIGNED_DASH().test(text)))) {
      signature = signed[1]!.trim();
      markup.push(k);
    } else if (open) {
      const last = paragraphs[paragraphs.length - 1]!;
      last.text += ' ' + text;
      last.last = k;
    } else {
      paragraphs.push({ text, first: k, last: k });
      open = true;
    }
  }
  if (!paragraphs.length) return null;
  // A pull quote signed under the block, outside it, after one blank line at most, the signature a
  // paragraph of its own ("> “A wall buys you time.”" / "" / "— Siti Rahmawati, hydrologist" / ""): the block's signature.
  let last = k - 1;
  if (signature === null) {
    const below = k < end && !lines[k]!.trim() ? k + 1 : k;
    const text = below < end ? withoutInlineMarkup(lines[below]!.trim()) : '';
    const signed = SIGNED_DASH().test(text) && !(lines[below + 1] ?? '').trim() ? SIGNATURE().exec(text) : null;
    if (signed && isNameShaped(signed[1]!.split(',')[0]!.trim())) {
      signature = signed[1]!.trim();
      markup.push(below);
      last = below;
    }
  }
  // Words wholly in marks over a signature ("> “I don't read the comments.”" / "> — NAME"): the signed
  // quotation, its marks no part of the words.
  if (signature && paragraphs.every((p) => WHOLLY_QUOTED().test(p.text))) for (const p of paragraphs) p.text = WHOLLY_QUOTED().exec(p.text)![1]!;
  // A block that quotes in marks ("> “…,” says Mira Chen") attributes itself: read as the text it is.
  if (paragraphs.some((p) => /[“”"«»]/.test(p.text))) return null;
  return { paragraphs, signature, markup, end: last };
}

/**
 * The width a document's text was hard-wrapped at, if it was: the length most
 * of its longer lines reach (the 90th percentile of its non-blank lines'
 * lengths). A document of one line per paragraph has a width of hundreds.
 */
function lineWidth(lines: readonly string[]): number {
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0).sort((x, y) => x - y);
  return lengths.length ? lengths[Math.floor(lengths.length * 0.9)]! : 0;
}

/**
 * Line `at + 1` continues the sentence line `at` leaves unfinished: it starts in
 * lowercase, or line `at` stops on a word no sentence ends on ("of", "the"),
 * or it is full (the next line's first word would not have fitted within the
 * document's wrap width), whatever the next line starts with
 * ("…from $41 a month to" / "$118."; "…said Kwame Asante-Boateng. \"Our" /
 * "disciplined…"). Never a list item, a Markdown heading, a table row or page
 * chrome: those start lines of their own.
 */
function wrapsOnto(b: DocBuilder, at: number, width: number): boolean {
  const quoted = /^\s*>/.test(b.lines[at]!);
  // A "> " quotation block starts and ends with its marks: no line wraps into or out of it. Inside
  // it, the words after the mark are the line's ("> … By six the tap" / "> is dry …").
  if (/^\s*>/.test(b.lines[at + 1]!) !== quoted) return false;
  const next = quoted ? b.lines[at + 1]!.replace(BLOCKQUOTE_MARK(), '') : b.lines[at + 1]!;
  if (!next.trim()) return false;
  // An e-mail address alone on the next line is a contact block's line, broken on purpose ("Jordan
  // Ellis" / "press@…"), though it starts in lowercase.
  if (/^\s*[\w.+-]+@[\w-]+\.[\w.-]+\s*$/.test(next)) return false;
  // lowercase, or an opening mark and lowercase ("calls" / "\"stubbornly, …\""): no sentence starts so
  if (/^\s*[“"‘(]?\p{Ll}/u.test(next)) return true;
  const openWord = endsOnOpenWord(b.lines[at]!);
  // The next line's first word would not have fitted on this one: the line was wrapped, not broken.
  const length = b.lines[at]!.trimEnd().length;
  if (endsWithContact(b.lines[at]!)) return false;
  // An abbreviation set with its number ("No. 24-cr-413", "Tr. 22:9", "p. 12") is kept together by
  // the typesetter (a non-breaking space): the two wrap as one word.
  const word = /^\s*(\p{Lu}?\p{Ll}{0,3}\.\s\d\S*|\S+)/u.exec(next)![1]!;
  // A short line is a break, not a wrap: under 40 characters, or under three quarters of a
  // narrower wrap width (a column set at 40 fills its lines to 35–39).
  if (!openWord && (length < Math.min(40, Math.floor(width * 0.75)) || length + 1 + word.length < width - 3)) return false;
  return !LIST_ITEM().test(next) && !NUMBERED_ITEM().test(next) && markdownHeading(next) === null && !PIPE_ROW().test(next) && !classifyChrome(next);
}

/**
 * Minutes' reported exchange broken after the question's full stop ("Cllr Frame asked whether … plots."
 * / "The officer replied that …"), no blank line between: the reply is the same paragraph's, the
 * question's answer. The paragraph's last sentence reports a question put, the next line opens on a reply.
 */
function repliedBelow(lines: readonly string[], at: number, paragraph: string): boolean {
  const next = lines[at + 1]!;
  if (!next.trim() || !/(?:asked|queried|questioned|raised|enquired|inquired)\s/.test(paragraph)) return false;
  const sentence = paragraph.split(/(?<=[.!?])\s+(?=\p{Lu})/u).pop()!;
  return reportsAsking(sentence) && reportsReply(next.trim());
}

/**
 * Line `at` leaves a sentence unfinished (it ends on no stop, or inside an open quotation), one
 * blank line follows, and the line after it goes on in lowercase.
 */
function brokenAcrossBlank(b: DocBuilder, at: number, paragraph: string): boolean {
  const next = b.lines[at + 2]!;
  if (b.lines[at + 1]!.trim() || !next.trim() || b.isMarked(at + 2) || !/^\s*\p{Ll}/u.test(next)) return false;
  if (LIST_ITEM().test(next) || classifyChrome(next)) return false;
  return !endsLikeSentence(b.lines[at]!) || leavesQuoteOpen(paragraph);
}

/**
 * A text typed double-spaced: no two lines of its body touch (a blank line after every one), and
 * at least twice a line stops mid-sentence and the line after the blank goes on in lowercase. A
 * text of one line per paragraph has the first, never the second.
 */
function isDoubleSpaced(b: DocBuilder, from: number, end: number): boolean {
  let content = 0;
  let broken = 0;
  for (let i = from; i < end; i++) {
    if (!b.lines[i]!.trim()) continue;
    content++;
    if (i + 1 < end && b.lines[i + 1]!.trim()) return false;
    if (i + 2 < end && !endsLikeSentence(b.lines[i]!) && /^\s*\p{Ll}/u.test(b.lines[i + 2]!)) broken++;
  }
  return content >= 4 && broken >= 2;
}

/** The widest a hard-wrapped document's lines run (a document of one line per paragraph runs wider). */
const HARD_WRAP_WIDTH = 100;
/** How long a paragraph may grow before an open quotation no longer carries it on (a stray mark must not join a whole page). */
const OPEN_QUOTE_REACH = 2000;

/**
 * Line `at` ends a sentence inside a quotation the paragraph has opened and not closed, and line
 * `at + 1` goes on with it: the document is hard-wrapped, and the next line opens no quotation of
 * its own (a new paragraph of the same speech would) and is no list item, heading or page chrome.
 */
function quotationWrapsOn(b: DocBuilder, at: number, width: number, paragraph: string): boolean {
  if (width === 0 || width > HARD_WRAP_WIDTH || paragraph.length > OPEN_QUOTE_REACH) return false;
  const next = b.lines[at + 1]!;
  if (!next.trim() || /^\s*[“"«「『>]/.test(next) || /^\s*>/.test(b.lines[at]!)) return false;
  if (LIST_ITEM().test(next) || NUMBERED_ITEM().test(next) || markdownHeading(next) !== null || PIPE_ROW().test(next) || classifyChrome(next)) return false;
  return leavesQuoteOpen(paragraph);
}

/**
 * A pull quote set in from the margin over a few lines ("        \"Losing in April costs nothing." /
 * "         Losing in July costs everything.\""), in a text not otherwise hard-wrapped: line `at`
 * ends a sentence inside the quotation it left open, and the line under it is set in as far (within
 * two spaces, four at least) and opens no quotation of its own. One quotation, not a line each.
 */
function indentedQuotationWrapsOn(lines: readonly string[], at: number, paragraph: string): boolean {
  const line = lines[at]!;
  const next = lines[at + 1]!;
  const indent = line.length - line.trimStart().length;
  const nextIndent = next.length - next.trimStart().length;
  if (indent < 4 || nextIndent < 4 || Math.abs(indent - nextIndent) > 2 || !next.trim() || /^\s*[“"«「『>]/.test(next)) return false;
  return paragraph.length <= OPEN_QUOTE_REACH && leavesQuoteOpen(paragraph);
}

/** A quotation cut at a comma, then its attribution ending the line: `"Ask me again in ten years," she said.` */
const CUT_QUOTATION_ATTRIBUTED = lazy(() => /,\s*[”"]\s*(?:\p{L}[\p{L}'’.-]*\s+){1,3}(?:said|says|added|adds|wrote|writes|replied|continued|explained|told\s+\p{Ll}+)\.\s*$/u);

/**
 * In a hard-wrapped text, a line ending on a quotation cut at a comma and its attribution
 * (`"Ask me again in ten years," she said.`) runs on into the line right under it when that line
 * opens the quotation's second part (`"But probably not."`): the two parts are one quotation, as
 * when the second part starts on the attribution's own line.
 */
function splitQuotationWrapsOn(b: DocBuilder, at: number, width: number): boolean {
  if (width === 0 || width > HARD_WRAP_WIDTH) return false;
  const next = b.lines[at + 1]!;
  return /^\s*[“"]\s*\p{L}/u.test(next) && !b.isMarked(at + 1) && CUT_QUOTATION_ATTRIBUTED().test(b.lines[at]!);
}

/**
 * A pull quote's line signed after a dash ("\"…\" — Yi He") under which another quotation opens: a
 * block of such lines is one quotation a line, each signed by its own name, so the name ending
 * this line is no sentence going on below it.
 */
const SIGNED_QUOTATION_LINE = lazy(() => /^\s*[“"«].*[”"»]\s*[—–―]\s*\p{Lu}[\p{L}.'’ -]{1,60}$/u);
function endsSignedQuotationLine(lines: readonly string[], at: number): boolean {
  const next = lines[at + 1];
  return next !== undefined && /^\s*[“"«]/.test(next) && SIGNED_QUOTATION_LINE().test(lines[at]!);
}

/** Line `i` a newsroom's title alone ("Staff Reporter", "Sports Editor"), a byline right above it, blank lines (or the edges) around the two. */
function roleUnderByline(b: DocBuilder, i: number, end: number): boolean {
  const role = b.lines[i]!;
  if (role.length > 60 || (i + 1 < end && b.lines[i + 1]!.trim()) || (i > 1 && b.lines[i - 2]!.trim())) return false;
  return isNewsroomRole(normalizeSpace(role).replace(/\.$/, '')) && bylineName(withoutEmphasisEnds(normalizeSpace(b.lines[i - 1]!))) !== null;
}

/**
 * A heading-like line of the body heads what follows only when it stands on its own. Right
 * below a line of a paragraph it continues it ("… The ferry / stopped for three weeks"); short
 * lines one under another are a list or a verse ("Warm blankets / Tinned cat food"), each a line
 * of text, not a heading each.
 */
function standsAlone(b: DocBuilder, i: number, end: number): boolean {
  const prevKind = i > 0 && b.lines[i - 1]!.trim() ? b.kinds[i - 1] : undefined;
  if (prevKind === null || prevKind === 'record') return false;
  const next = i + 1 < end ? b.lines[i + 1]! : '';
  // "Dr. Selin Arslan, a seismologist at …, said" / "aftershocks could…": a sentence wrapped on, no heading.
  // Not across a blank line ("What the insurer said" / "" / "In its final response, …"): a case
  // study's heading may end on a verb of saying, and only an open word carries a line over a blank.
  if (continuesOnNextLine(b.lines[i]!, next) && (next.trim() !== '' || endsOnOpenWord(b.lines[i]!))) return false;
  if (opensIndentedParagraph(b.lines[i]!, next)) return false;
  // A box's heading in capitals after a blank line over its rows in lower case ("BY THE NUMBERS" /
  // "€1.2bn - revenue in 2023", "FACT FILE" / "Born: 1961"): a heading however short the rows are.
  if (isBoxHeading(b.lines, i, next)) return true;
  return !(next.trim() && !b.isMarked(i + 1) && isHeadingLike(next) && markdownHeading(next) === null && !classifyChrome(next) && !LIST_ITEM().test(next));
}

/**
 * A printed paragraph's first line, set in from the margin the lines under it keep ("          The
 * United States of America, by and through Tessa M. Gorman, United" / "     States Attorney for …"):
 * it runs on to the right margin as they do, where a centred heading stops short of it. Words of
 * the paragraph, however many capitals they carry.
 */
function opensIndentedParagraph(line: string, next: string): boolean {
  if (!next.trim()) return false;
  const indent = line.length - line.trimStart().length;
  const nextIndent = next.length - next.trimStart().length;
  const words = line.trim();
  return indent >= nextIndent + 3 && words.length >= 40 && line.trimEnd().length >= next.trimEnd().length * 0.9;
}

/** A box's heading: one to five words in capitals, no sentence ("BY THE NUMBERS", "FACT FILE", "AT A GLANCE", "TIMELINE"). */
const BOX_HEADING = lazy(() => /^\s*[\p{Lu}&][\p{Lu}\p{N}&'’-]*(?:\s+[\p{Lu}\p{N}&'’-]+){0,4}:?\s*$/u);

/** Line `i` a box's heading: in capitals after a blank line (or the top), a line under it not in capitals. */
function isBoxHeading(lines: readonly string[], i: number, next: string): boolean {
  if (i > 0 && lines[i - 1]!.trim()) return false;
  if (!/\p{Lu}.*\p{Lu}/u.test(lines[i]!) || !BOX_HEADING().test(lines[i]!)) return false;
  // (a paper's number, "HC 418", is no box; a line in brackets under a name in capitals is its dates)
  if (/\p{N}/u.test(lines[i]!)) return false;
  return !!next.trim() && /\p{Ll}/u.test(next) && !/^\s*[(\[]/.test(next);
}

const ATX_HEADING = lazy(() => /^\s{0,3}#{1,6}\s+(.*?\S)(?:\s+#+)?\s*$/);
const QUESTION_END = lazy(() => /\?["”’')*_]*$/);

/**
 * The lines with a mark blanked (spaces, so offsets and line numbers hold), but only where most
 * non-blank lines carry it (at least `minimum` of them): then the mark is the page's form, not
 * words of it. Lines without the mark are returned as they are.
 */
function blankWhereMost(lines: string[], minimum: number, has: (line: string) => boolean, blank: (line: string) => string): string[] {
  let marked = 0;
  let content = 0;
  for (const l of lines) {
    if (!l.trim()) continue;
    content++;
    if (has(l)) marked++;
  }
  if (marked < minimum || marked * 2 <= content) return lines;
  return lines.map(blank);
}

/**
 * Whisper's plain output: each line a segment under its span, "[00:27.360 --> 00:34.000]  In 2001, …";
 * the tools built on it write the arrow with one dash ("[00:01:23.450 -> 00:01:27.900]  …") or the
 * times in seconds ("[12.48s -> 15.02s] …", faster-whisper's example script).
 */
const CUE_SPAN = lazy(() => /^\s*\[(?:(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?|\d{1,5}(?:\.\d{1,3})?s)\s*(?:-->|->|→)\s*(?:(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?|\d{1,5}(?:\.\d{1,3})?s)\]\s*/);
/** A transcript tool's segment lines without their time spans: the span times the words, no part of them. */
function withoutCueTimes(lines: string[]): string[] {
  const isCue = (l: string) => (l.includes('->') || l.includes('→')) && CUE_SPAN().test(l);
  const out = blankWhereMost(lines, 3, isCue, (l) => l.replace(CUE_SPAN(), (m) => ' '.repeat(m.length)));
  if (out === lines) return out;
  // The command line's own messages above the first segment, where its output was saved whole
  // ("whisper talk.mp3 > talk.txt"): "Detecting language using up to the first 30 seconds. Use
  // `--language` to specify the language", "Detected language: English". The tool's, nobody's words.
  // Only the few lines above the first segment are looked at.
  for (let i = 0; i < Math.min(out.length, 4) && !isCue(lines[i]!); i++) if (WHISPER_CONSOLE().test(out[i]!)) out[i] = ' '.repeat(out[i]!.length);
  return out;
}
/** Whisper's console lines about the language it detected (openai-whisper's transcribe()). */
const WHISPER_CONSOLE = lazy(() => /^\s*(?:Detecting language using up to the first \d{1,3} seconds\.|Detected language:\s*\p{L}[\p{L} ]{0,30}\s*$)/u);

/**
 * A notes app's wikilinks (Obsidian, Roam, Logseq) read as the words they show: "[[Yi He]] said" is
 * "Yi He said", "[[Changpeng Zhao|CZ]]" is "CZ (Changpeng Zhao)" (the page it links to stays findable).
 */
function withoutWikilinks(lines: string[]): string[] {
  if (!lines.some((l) => l.includes('[['))) return lines;
  // A link into a wiki namespace ("[[User:X|X]]", "[[User talk:X|talk]]") is a talk page's signature,
  // which its own reader (wikitalk.ts) takes apart: left as written.
  return lines.map((l) =>
    l.includes('[[') ? l.replace(WIKILINK(), (m, target: string, shown?: string) => (WIKI_NAMESPACE().test(target) ? m : shown ? `${shown} (${target})` : target)) : l,
  );
}
const WIKI_NAMESPACE = lazy(() => /^(?:User|User talk|Talk|Special|File|Image|Category|Template|Wikipedia|Project)\s*:/i);
const WIKILINK = lazy(() => /\[\[([^\[\]|]{1,120})(?:\|([^\[\]|]{1,120}))?\]\]/g);

/**
 * A page whose text is mostly one Markdown blockquote (an interview set in "> " lines) reads
 * as the text inside it: each mark becomes spaces, so every line keeps its place. An epigraph
 * in "> " above an article is a small part of it and keeps its marks.
 */
function withoutBlockquoteMarks(lines: string[]): string[] {
  return blankWhereMost(lines, 4, (l) => /^\s*>/.test(l), (l) => l.replace(/^(\s*)>\s?/, (m, sp: string) => sp + ' '.repeat(m.length - sp.length)));
}

/** A Markdown heading's words, without its marks and emphasis; null for any other line. */
function markdownHeading(line: string): string | null {
  const m = ATX_HEADING().exec(line);
  return m ? normalizeSpace(withoutEmphasisEnds(m[1]!)) : null;
}

/**
 * A line wholly in bold or italics that asks ("**Why does a lighthouse still need a keeper?**"),
 * perhaps numbered as a list item ("1. **How much will go to renewables?**"): its words; else null.
 * A reader's question signed after it ("**"Are beer traps cruel?" — Priya S., Bristol**") gives
 * the line as signed; signedQuestion() reads who asked.
 */
function emphasisedQuestion(line: string): string | null {
  // (set off as a block quote too, as a newsletter sets its questions: "> **What does a lock-keeper do?**")
  if (line.charCodeAt(line.search(/\S/)) === 0x3e) line = line.replace(BLOCKQUOTED_EMPHASIS(), '');
  const m = EMPHASISED_LINE().exec(withoutAskedByNote(line.replace(LIST_NUMBER_BEFORE_EMPHASIS(), '')));
  if (!m) return null;
  const text = normalizeSpace(m[2]!);
  if (QUESTION_END().test(text)) return text;
  // A recap's question told as asked ("**4. A listener asked about hiring.**", "**2. @kofi asked: Fees
  // are high. Why so?**"): the "asked" after who put it makes the bold line a question, whatever its stop.
  if (ASKED_LINE().test(text)) return text;
  // "**Q: Are we going to be acquired? There are rumours on Blind.**", "**Q: … When does it end? —
  // Submitted by a supervisor, Reno**": the asking side's letter makes the bold line a question,
  // whatever follows its question mark.
  if (LABELLED_QUESTION().test(text)) return text;
  // The signature stays in the question's words: the reader's name and town are the document's
  // words too, and search must find them ("Kilcreggan").
  return SIGNED_QUESTION().test(text) ? text : null;
}
/** Who put a recap's question: a handle ("@tobi", "u/sam") or a name of up to four capitalised words. */
const WHO_ASKED = String.raw`(?:u\/|@)[\w.-]{2,40}|\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}`;
/** The verb of a note on who put a question: "asked by", "put by", "sent by", "submitted by". */
const ASKED_BY_VERB = String.raw`(?:asked|put|sent|submitted)\s+by`;
/**
 * A note after a question in emphasis on who put it: "**When do the buses arrive?** (asked by Piet
 * Janssens, Depot A)": the name (1). Only after the emphasis's closing mark, at the line's end.
 */
const ASKED_BY_NOTE = lazy(() => new RegExp(String.raw`(?<=[*_])\s+\(${ASKED_BY_VERB}\s+([^(),]{2,60}?)\s*(?:,\s*([^()]{1,60}?))?\s*\)\s*$`, 'iu'));
/** The line without such a note. */
function withoutAskedByNote(line: string): string {
  return line.endsWith(')') ? line.replace(ASKED_BY_NOTE(), '') : line;
}
/** Who a question's "(asked by …)" note names, and the role after the comma ("Depot A"); else null. */
function askedByNote(line: string): { name: string; role: string | null } | null {
  const m = line.trimEnd().endsWith(')') ? ASKED_BY_NOTE().exec(line.trimEnd()) : null;
  return m ? { name: m[1]!.trim(), role: m[2]?.trim() || null } : null;
}
/**
 * A question as a recap tells it, who put it then "asked", perhaps numbered: "1. @tobi asked: What
 * happened?", "Piet Janssens asked: Why?", "A listener (no handle) asked about hiring.". Bounded: at
 * most 60 characters before the verb.
 */
const ASKED_LINE = lazy(() => /^(?:\d{1,2}[.)]\s+)?[^:?\s][^:?]{0,59}?\sasked(?::\s+\S|\s+(?:about|whether|if|why|how|what|when|where|who)\s)/u);
/** Such a question's lead when it names who asked, a handle or a name, and the words after "asked:": "1. @tobi asked: What happened?" → @tobi (1), "What happened?" (2). */
const ASKED_LEAD = lazy(() => new RegExp(String.raw`^(?:\d{1,2}[.)]\s+)?(${WHO_ASKED})\s+asked:\s+(\S.*)$`, 'u'));
/** "**1. @tobi asked: ": such a lead as the sentence account meets it (emphasis and all), the lead without its verb (1). */
const ASKED_LEAD_LABEL = lazy(() => new RegExp(String.raw`^(\s*(?:\*\*|__)?(?:\d{1,2}[.)]\s+)?(?:${WHO_ASKED}))\s+asked:(?=\s)`, 'u'));
/** " (asked by Piet Janssens, Depot A)" closing the line: the note; who and their role (1). */
// (it starts at a run of spaces' first only: no run is scanned again from each of its spaces)
const ASKED_BY_NOTE_LABEL = lazy(() => new RegExp(String.raw`(?<!\s)\s+\(${ASKED_BY_VERB}\s+([^()]{2,120})\)\s*$`, 'iu'));
/**
 * A recap's question line without the words that only say who asked, as the sentence account
 * (load/sentences.ts) reads it: "**1. @tobi asked: What happened?**" loses "asked:", "**When…?**
 * (asked by Piet Janssens, Depot A)" keeps only the bracketed name and role. The asker and their
 * role are the record's, "asked" the label's word, no word of the question.
 */
export function withoutAskedLabel(text: string): string {
  return text.replace(ASKED_LEAD_LABEL(), '$1').replace(ASKED_BY_NOTE_LABEL(), ' ($1)');
}
/** The asking side's letter, then words that ask somewhere: "Q: Are we going to be acquired? There are rumours." */
const LABELLED_QUESTION = lazy(() => /^Q\d{0,2}[.:]\s[^?]*\?/);
/** A line wholly in one emphasis mark; bold italics (`***…***`, `___…___`) is one mark, as a question set so is meant. */
const EMPHASISED_LINE = lazy(() => /^\s*(\*\*\*|___|\*\*|__|\*|_)([^*_].*?)\1\s*$/);
/** A block quote's marker before emphasis: "> **…**". */
const BLOCKQUOTED_EMPHASIS = lazy(() => /^\s{0,3}>\s?(?=\s*[*_])/);
/**
 * A paragraph set wholly in italics ("*This interview … series.*", "_Clarification: …_", its stop
 * inside or after the mark): one mark opens it and the same closes it, none between, words inside.
 * Bold ("**…**") is not: a question is set so.
 */
function whollyEmphasised(paragraph: string): boolean {
  const s = paragraph.trim().replace(/([*_])\.$/, '$1');
  const mark = s[0];
  if ((mark !== '*' && mark !== '_') || s.length < 3 || s[1] === mark || s[1] === ' ' || !s.endsWith(mark) || s[s.length - 2] === mark) return false;
  const inner = s.slice(1, -1);
  return !inner.includes(mark) && !/\s$/.test(inner) && /\p{L}/u.test(inner);
}
/**
 * The signature under a question in emphasis or a question heading (the next line, one blank line
 * between at most) when an answer follows it: its line, its words and who signed (null where the
 * reader is anonymous); else null.
 */
function readerSignatureUnder(lines: readonly string[], i: number, end: number): { at: number; text: string; signer: string | null } | null {
  let k = i + 1;
  if (k < end && !lines[k]!.trim()) k++;
  const text = k < end && lines[k]!.length <= 120 ? normalizeSpace(withoutEmphasisEnds(lines[k]!.trim())) : '';
  const m = text ? READER_SIGNATURE().exec(text) : null;
  if (!m || !lines.slice(k + 1, end).some((l) => l.trim())) return null;
  return { at: k, text, signer: ANONYMOUS_READER().test(m[1]!) ? null : m[1]! };
}
/**
 * Who answers a readers' column ("Ask the expert": two questions or more signed by readers, under
 * them or on their line), as the note at its foot says who they are: "*Professor Gwen Talbot is a
 * consultant in sleep medicine at …*". Readers ask; nobody interviews, so the person the foot
 * describes is the one who answers. Null where the questions are not readers' or no note names one.
 */
function readersColumnist(lines: readonly string[], questions: ReadonlySet<number>, end: number, author: string | null): string | null {
  let signed = 0;
  for (const q of questions) if (signedQuestion(lines[q]!) !== null || readerSignatureUnder(lines, q, end) !== null) signed++;
  if (signed < 2) return null;
  let k = end - 1;
  while (k > 0 && !lines[k]!.trim()) k--;
  // (the note's paragraph, from its first line)
  while (k > 0 && lines[k - 1]!.trim()) k--;
  const m = FOOT_NOTE_PERSON().exec(withoutEmphasisEnds(lines[k]!.trim()));
  return m && k > Math.max(...questions) ? guestNamed(m[1]!, author) : null;
}
/** A foot note opening on who someone is: "Professor Gwen Talbot is a consultant …", "Dr. Ana Ruiz is the author of …". */
const FOOT_NOTE_PERSON = lazy(() => /^((?:\p{Lu}[\p{L}'’-]*\.? )?\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){1,2}),? (?:is|was) (?:a|an|the) /u);
/** '"My seedlings are floppy. What went wrong?" — Janet, Leeds': the question in quotation marks, then its signature. */
const SIGNED_QUESTION = lazy(() => /^[“"]([^“”"]+\?)[”"]\s*[—–-]{1,2}\s*(\p{Lu}[^—–]{0,60})$/u);

/** An answer that opens with who gives it, a full name ("Ana Pereira: About $400 million."): the name and the words; else null. */
function labelledAnswer(paragraph: string): { name: string; text: string } | null {
  const m = /^([^:]{2,40}):\s+(\S.*)$/s.exec(paragraph);
  return m && wordCount(m[1]!) >= 2 && isNameShaped(m[1]!) ? { name: m[1]!.trim(), text: m[2]! } : null;
}

/** The asker a signed question names ("Janet" in '… — Janet, Leeds'; "Tom" in '… — Tom, via email'); else null. */
function signedQuestion(line: string): string | null {
  const m = EMPHASISED_LINE().exec(line.replace(LIST_NUMBER_BEFORE_EMPHASIS(), ''));
  const signed = m ? SIGNED_QUESTION().exec(normalizeSpace(m[2]!)) : null;
  return signed ? signed[2]!.split(',')[0]!.trim() || null : null;
}

/**
 * A question set wholly in capitals on a line of its own, as a print page sets its interviewer's
 * questions above the answers ("BEST GOAL YOU'VE SCORED?", "FIRST THINGS FIRST — WHO WAS YOUR
 * HERO?"): its words; else null. Two words at least, no lower-case letter, a question mark to end.
 */
function capitalsQuestion(line: string): string | null {
  const text = normalizeSpace(line);
  if (text.length > 200 || !text.endsWith('?') || /\p{Ll}/u.test(text) || wordCount(text) < 2 || !/\p{Lu}{2}/u.test(text)) return null;
  return text;
}

/** A short remark carrying the exchange on, opening on a conjunction: "And it didn't fail.", "But you stayed.", "So it worked." */
const FOLLOW_UP_REMARK = lazy(() => /^(?:And|But|So|Yet)\s+[^.!?]{3,60}\.$/u);
/**
 * The interviewer's short follow-up set in the questions' own mark, one sentence in nobody's first
 * person opening on "And"/"But"/"So" ("**And it didn't fail.**"): no section title opens so.
 */
function isFollowUpRemark(raw: string): boolean {
  const line = normalizeSpace(raw);
  return wordCount(line) <= 10 && FOLLOW_UP_REMARK().test(line) && !isFirstPersonSingular(line) && !isFirstPersonPlural(line) && !FIRST_PERSON_OTHER().test(line);
}

/** One plain sentence to its stop, no quotation mark or colon in it: "Reg Pilling comes up a lot when people talk about the club's history." */
const STATED_REMARK = lazy(() => /^\p{Lu}[^.!?:;"“”‘]{15,200}\.$/u);
/**
 * The interviewer's remark for the guest to take up, set in the questions' own mark between two
 * answers: one sentence to a full stop, in nobody's first person ("**Reg Pilling comes up a lot
 * when people talk about the club's history.**"). A section title in bold ends on no stop; a pull
 * quote is in the guest's first person or in quotation marks.
 */
function isStatedRemark(raw: string, b: DocBuilder, i: number, questions: number): boolean {
  const line = normalizeSpace(raw);
  if (questions < 3 || wordCount(line) < 5 || wordCount(line) > 25 || !STATED_REMARK().test(line)) return false;
  if (isFirstPersonSingular(line) || isFirstPersonPlural(line) || FIRST_PERSON_OTHER().test(line)) return false;
  // An answer above it: the paragraph before is plain words, no heading and no question's mark.
  let above = i - 1;
  while (above >= 0 && !b.lines[above]!.trim()) above--;
  return above >= 0 && !b.isMarked(above) && markdownHeading(b.lines[above]!) === null && !EMPHASISED_LINE().test(b.lines[above]!) && /\p{Ll}/u.test(b.lines[above]!);
}

/**
 * The Markdown headings that open a question and its answer, and the lines
 * wholly in bold or italics that ask (a magazine Q&A's questions): all of
 * them, when they are two or more and most of the document's Markdown
 * headings. One question heading in an article is a section title only.
 */
function markdownQuestionHeadings(b: DocBuilder, from: number, end: number): Set<number> {
  const headings: number[] = [];
  const questions: number[] = [];
  // The page's title, its first line set as a Markdown heading ("# Community call recap with …"),
  // heads the page, no section of it: it is not counted against the questions.
  let top = from;
  while (top < end && !b.lines[top]!.trim()) top++;
  const titled = from === 0 && top < end && /^#\s/.test(b.lines[top]!);
  for (let i = from; i < end; i++) {
    if (b.isMarked(i) || (titled && i === top)) continue;
    // "Q: Can I exchange an item?" among bold questions is one more of them.
    const text = markdownHeading(b.lines[i]!) ?? emphasisedQuestion(b.lines[i]!) ?? (/^\s*Q[.:]\s+\S.*\?\s*$/.test(b.lines[i]!) ? normalizeSpace(b.lines[i]!.replace(QUESTION_NUMBER(), '')) : null) ?? capitalsQuestion(b.lines[i]!);
    if (text === null) continue;
    headings.push(i);
    if (QUESTION_END().test(text) || SIGNED_QUESTION().test(text) || LABELLED_QUESTION().test(text) || (markdownHeading(b.lines[i]!) === null && ASKED_LINE().test(text))) questions.push(i);
  }
  if (questions.length < 2 || (questions.length * 2 <= headings.length && !unbrokenQuestionRun(questions, headings))) return new Set();
  const found = new Set(questions);
  // The interviewer's remark set in capitals as the questions are ("SOME OF YOUR RIVALS SAY YOU GREW
  // TOO FAST."), a line of its own over an answer in lower case: it opens the next answer too.
  if (questions.some((q) => capitalsQuestion(b.lines[q]!) !== null)) {
    for (let i = questions[0]! + 1; i < end; i++) {
      const line = normalizeSpace(b.lines[i]!);
      if (found.has(i) || b.isMarked(i) || /\p{Ll}/u.test(line) || !/\p{Lu}{2}/u.test(line) || b.lines[i - 1]!.trim()) continue;
      const next = nextContentLine(b, i + 1, end);
      if (next >= 0 && /\p{Ll}/u.test(b.lines[next]!) && isPrompt(line.charAt(0) + line.slice(1).toLowerCase())) found.add(i);
    }
  }
  // The interviewer's remark set as the questions are, a paragraph of its own between two answers
  // ("**Some of your rivals say you grew too fast.**" / "They said that in 2018 as well."): it
  // opens the next answer as a question does. Only in the questions' own mark, never a heading.
  const mark = EMPHASISED_LINE().exec(b.lines[questions[0]!]!)?.[1];
  if (mark) {
    for (let i = questions[0]! + 1; i < end; i++) {
      if (found.has(i) || b.isMarked(i) || b.lines[i - 1]!.trim() || !b.lines[i]!.startsWith(mark)) continue;
      const m = EMPHASISED_LINE().exec(b.lines[i]!);
      const next = nextContentLine(b, i + 1, end);
      if (m?.[1] === mark && next >= 0 && !EMPHASISED_LINE().test(b.lines[next]!) && (isPrompt(m[2]!) || isFollowUpRemark(m[2]!) || isStatedRemark(m[2]!, b, i, questions.length))) found.add(i);
    }
  }
  return found;
}

/**
 * The one person the section heading over a page's first question names ("### A Conversation with
 * Mara Elling" in a reading group guide, between "About the Author" and the questions): the page's
 * title names the book or the issue, and the interview is one section of it. Only a Markdown heading
 * with nothing but prose between it and the first question.
 */
function sectionHeadingGuest(lines: readonly string[], questions: ReadonlySet<number>, body: string): string | null {
  const first = Math.min(...questions);
  for (let i = first - 1; i >= 0; i--) {
    if (questions.has(i)) return null;
    const heading = markdownHeading(lines[i]!);
    if (heading === null) continue;
    const named = personInTitle(heading);
    return named ? nameAsInBody(named, body) : null;
  }
  return null;
}

/**
 * Whether a page's questions, outnumbered by its headings, stand as one run with no other heading
 * between them: the interview section of a larger page (a reading group guide's "A Conversation
 * with …" between "About the Author" and "Questions for Discussion"). Three questions at least, so
 * an article's two subheads that happen to ask stay sections.
 */
function unbrokenQuestionRun(questions: readonly number[], headings: readonly number[]): boolean {
  if (questions.length < 3) return false;
  const first = questions[0]!, last = questions[questions.length - 1]!;
  return headings.filter((h) => h >= first && h <= last).length === questions.length;
}

/**
 * Whether the answers under a page's question headings are reporting, not someone answering: every
 * question a Markdown heading ("## Is my money safe?"), no answer speaking in the first person outside
 * its quotation marks (an interviewee says "I" and "we" somewhere), and some answer attributing words
 * ("…," the chief executive said / told analysts / according to). A help page's FAQ attributes nothing
 * and stays questions and answers.
 */
function reportedAnswers(lines: readonly string[], questions: ReadonlySet<number>, end: number, titled: string | null): boolean {
  let attributed = false;
  // A title naming whom the page talks with ("A conversation with Marta Ruiz", "Eleven questions for
  // harbour master Siv Lunde") puts its questions to that person, who may answer in "you" and "they"
  // alone ("You start with a map, and they tell you it is wrong"): an interview, unless the answers
  // report that person in the third person (an explainer about them: "…, Ruiz said").
  const surname = titled ? titled.split(/\s+/).pop()!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : null;
  const titledWord = surname ? new RegExp(`(?<![\\p{L}])${surname}(?![\\p{L}])`, 'u') : null;
  let titledReported = false;
  for (const q of questions) {
    if (markdownHeading(lines[q]!) === null) return false;
    for (let i = q + 1; i < end && markdownHeading(lines[i]!) === null; i++) {
      const line = lines[i]!;
      if (!line.trim()) continue;
      let outside = '';
      let from = 0;
      for (const span of findQuoteSpans(line)) {
        outside += line.slice(from, span.start) + ' ';
        from = span.end;
      }
      outside += line.slice(from);
      if (FIRST_PERSON().test(outside)) return false;
      attributed ||= ATTRIBUTING_VERB().test(outside);
      titledReported ||= !!titledWord && titledWord.test(outside);
    }
  }
  return attributed && (!titledWord || titledReported);
}
const ATTRIBUTING_VERB = lazy(() => /(?<![\p{L}])(?:said|says|told|according\s+to|wrote|added)(?![\p{L}])/u);

/** The asking side's mark before a question's words: "Q: ", "Q3. ". */
const QUESTION_SIDE = lazy(() => /^Q\d{0,2}[.:)]\s+/);
/**
 * A reader's question led by its number and who sent it: "1. From Sana in Leeds: How …?", "From Tomás,
 * Lisbon: Did …?", "Question from Dan (Ohio): What …?", "From an anonymous reader: What …?". Groups: (1)
 * the sender's name when capitalised (a description names nobody), (2) the place after it ("in Leeds",
 * ", Lisbon", "(Ohio)": bounded, no colon), (3) the question.
 */
const READER_LEAD = lazy(() => /^(?:\d{1,2}[.)]\s+)?(?:Question\s+f|F)rom\s+(?:(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})|(?:an?|the|one)\s[\p{Ll}\s-]{2,40}?)(,\s[^:?]{1,40}|\s+in\s[^:?]{1,40}|\s\([^():?]{1,40}\))?:\s+(\S.*)$/u);
/** The answering side's mark before an answer's words, in bold or not: "A: ", "A1. ", "**A:** ", "**A**: ". */
const ANSWER_SIDE = lazy(() => /^(?:\*\*|__)?A\d{0,2}(?:\*\*|__)?[.:)](?:\*\*|__)?\s+/);

/**
 * A reader's question under who sent it, the name in bold: "**From Maria G., Buenos Aires:** Is
 * …?", "**From @dana_k:** …", "**Tomasz asks:** …". The name's first part is who asks; what
 * follows a comma is where they write from.
 */
// An AMA's write-up names the asker by their handle, asking or not: "**u/tramfan88 asked:** …", "**u/skeptic_sam:** …".
const SENT_QUESTION = lazy(() => /^\s*(\*\*|__)(?:From\s+([^*]{1,80}?)|([^*]{1,60}?)\s+ask(?:s|ed)|((?:u\/|@)[\w.-]{2,40})):?\1:?\s+(\S.*)$/);

interface SentQuestion {
  asker: string;
  /** the label's notes on the asker ("Mod", "1.2k points"), labelled questions only */
  askerRole?: string | null;
  question: string;
  /** the answer's paragraphs, from the "> " block under the question */
  answer: string[];
  /** the name signed inside the block ("> — Ana"), if any */
  signer: string | null;
  /** lines holding only marks or the block's signature */
  markup: number[];
  /** the block's last line */
  end: number;
}

/**
 * A page of readers' questions, each under who sent it and answered by the "> " block right
 * below it: two or more such, by the question's line; and the signature standing alone under the
 * last answer ("— CZ"), who answers them all. One such question is a letter quoted in an article.
 */
function sentQuestions(b: DocBuilder, end: number): { questions: Map<number, SentQuestion>; signature: { line: number; name: string } | null } {
  const lines = b.lines;
  const questions = new Map<number, SentQuestion>();
  let last = -1;
  for (let i = 0; i < end; i++) {
    const raw = lines[i]!;
    if (!(raw.includes('**') || raw.includes('__')) || b.isMarked(i)) continue;
    const m = SENT_QUESTION().exec(raw);
    if (!m) continue;
    // The sender stays in the question's words, as a signed question's signature does: who wrote
    // and from where are the document's words too, and search must find them ("Buenos Aires").
    let question = `${raw.slice(0, raw.length - m[5]!.length).replace(/\*\*|__/g, '').trim()} ${m[5]!.trim()}`;
    // The question's paragraph may wrap onto the lines below it.
    let k = i + 1;
    for (; k < end && lines[k]!.trim() && !BLOCKQUOTE().test(lines[k]!); k++) question += ' ' + lines[k]!.trim();
    while (k < end && !lines[k]!.trim()) k++;
    if (k >= end || !BLOCKQUOTE().test(lines[k]!)) continue;
    const answer: string[] = [];
    const markup: number[] = [];
    let signer: string | null = null;
    let open = false;
    for (; k < end && BLOCKQUOTE().test(lines[k]!); k++) {
      const text = lines[k]!.replace(/^\s{0,3}(?:>\s?)+/, '').trim();
      const signed = open ? null : SIGNATURE().exec(text);
      if (!text) {
        markup.push(k);
        open = false;
      } else if (signed) {
        signer = signed[1]!.trim();
        markup.push(k);
      } else if (open) answer[answer.length - 1] += ' ' + text;
      else {
        answer.push(text);
        open = true;
      }
    }
    if (!answer.length) continue;
    questions.set(i, { asker: (m[2] ?? m[3] ?? m[4])!.split(',')[0]!.trim(), question: normalizeSpace(question), answer: answer.map(normalizeSpace), signer, markup, end: k - 1 });
    last = k - 1;
    i = k - 1;
  }
  if (questions.size < 2) return { questions: new Map(), signature: null };
  const after = nextContentLine(b, last + 1, end);
  const signed = after >= 0 ? SIGNATURE().exec(lines[after]!.trim()) : null;
  return { questions, signature: signed ? { line: after, name: signed[1]!.trim() } : null };
}

/**
 * The mirror of a sent question: an AMA recap's question labelled by who asked it, in a "> " block
 * or not ("> **u/ledger** (1.2k points): What changed?", "**Follow-up from u/ledger:** Any regrets?",
 * "Q from @dana_k: How …?", "**Dana K.**: Why …?"), the subject's answer the unlabelled paragraphs
 * right under it. Groups: the bold label's words (in ** or __); else the plain label's words; then the bracketed
 * notes after the label ("(1.2k points)", "(Mod)"), then the asked words. The notes are at most two,
 * each closed by its bracket, so no two ways to read one text.
 */
const ASKER_LABELLED_QUESTION = lazy(() => /^\s{0,3}(?:>\s?)?(?:\*\*([^*:]{2,60}?):?\*\*|__([^_:]{2,60}?):?__|((?:Q|Question|Follow-?\s?up)\s+(?:from|by)\s+[^\s:]{2,40}|(?:u\/|@)[\w.-]{2,40}(?:\s+ask(?:s|ed))?))((?:\s*\([^()]{1,40}\)){0,2})\s*:?\s+(\S.*)$/u);
/** An answer opened by its answerer's label, in bold: "**@nadia-oduya answered:** …", "**Ruth Okafor replied:** …" (the name, the words). */
const ANSWERER_LABEL = lazy(() => /^(?:\*\*|__)((?:u\/|@)[\w.-]{2,40}|\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:answered|answers|replied|replies|responded|responds)\s*:?(?:\*\*|__)\s*:?\s+(\S.*)$/u);
/** Who a question's label names: "Follow-up from u/x" / "Q from @x" / "@x asks" / "u/x" / "Dana K."; the lead word, if any, apart. */
const QUESTION_LABEL = lazy(() => /^(?:(Follow-?\s?up|Q|Question)\s+(?:from|by)\s+)?((?:u\/|@)[\w.-]{2,40}|\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})(?:\s+ask(?:s|ed))?$/u);
/** A page's own note, never an asker: "**Note:**", "**Update:**", "**Edit:**", "**TL;DR:**". */
const NOTE_LABEL = lazy(() => /^(?:note|notes|update|updated|edit|edited|editor'?s?|correction|disclaimer|disclosure|source|sources|summary|context|background|answer|a|q|question|tl;?dr|ps|p\.s\.|bottom line|key takeaway|takeaways?)$/iu);
/** The end of an answer: a rule, a heading, a note wholly or opening in italics ("*Edit: …*", "*Mira's final comment:* …"). */
const ANSWER_STOP = lazy(() => /^\s{0,3}(?:#{1,6}\s|(?:[-*_][ \t]*){3,}$|[*_](?![*_\s])|(?:Edit|Update|Note|Correction)\s*:)/u);

/**
 * An AMA recap whose questions carry the asker's label and whose answers carry none: each labelled
 * question (see ASKER_LABELLED_QUESTION) and the unlabelled paragraphs under it, to the next labelled
 * line, a rule, a heading or a note in italics. Two such pairs or more, most of the questions
 * asking (a "?" or a question word first), make the page; a news story quoting one post and
 * discussing it below is no AMA. A labelled line with no answer under it ("> **u/deleted**:
 * [deleted]") ends the answer above and pairs with nothing.
 */
function labelledQuestions(b: DocBuilder, end: number): Map<number, SentQuestion> {
  const lines = b.lines;
  const labelled = (k: number): { m: RegExpExecArray; label: RegExpExecArray } | null => {
    const raw = lines[k]!;
    if (b.isMarked(k) || !/[:*_]/.test(raw)) return null;
    const m = ASKER_LABELLED_QUESTION().exec(raw);
    if (!m) return null;
    const label = QUESTION_LABEL().exec(normalizeSpace(m[1] ?? m[2] ?? m[3]!));
    return label && !NOTE_LABEL().test(label[2]!) ? { m, label } : null;
  };
  const out = new Map<number, SentQuestion>();
  let asking = 0;
  for (let i = 0; i < end; i++) {
    const found = labelled(i);
    if (!found) continue;
    const { m, label } = found;
    const question = normalizeSpace(withoutInlineMarkup(m[5]!));
    const answer: string[] = [];
    const markup: number[] = [];
    let k = i + 1;
    let last = i;
    let open = false;
    for (; k < end; k++) {
      const raw = lines[k]!;
      if (!raw.trim()) {
        open = false;
        continue;
      }
      // An answer is no blockquote, no labelled line, no note: any of those is the next part.
      if (BLOCKQUOTE().test(raw) || labelled(k) || ANSWER_STOP().test(raw) || b.isMarked(k)) break;
      const text = normalizeSpace(raw);
      if (open) answer[answer.length - 1] += ' ' + text;
      else answer.push(text);
      open = true;
      last = k;
    }
    if (!answer.length) continue;
    // A wiki's copy of a discussion signs its answers as it labels its questions ("**@mkowalczyk
    // asked:** …" / "**@nadia-oduya answered:** Yes. …"): the answer's opening label is who answers,
    // no part of the words.
    const signed = ANSWERER_LABEL().exec(answer[0]!);
    if (signed) answer[0] = signed[2]!;
    // The label's notes ("(1.2k points)", "(Mod)") and a follow-up's lead word say who asks and how: the asker's role
    // ("Q from" says only which side asks).
    const notes = [/^f/i.test(label[1] ?? '') ? label[1] : undefined, ...[...m[4]!.matchAll(/\(([^()]{1,40})\)/g)].map((n) => n[1]!.trim())].filter((n): n is string => !!n);
    out.set(i, { asker: label[2]!, askerRole: notes.length ? notes.join(', ') : null, question, answer: answer.map((a) => normalizeSpace(withoutInlineMarkup(a))), signer: signed ? signed[1]! : null, markup, end: last });
    if (isQuestionSentence(splitSentences(question).at(-1)?.text ?? question, true)) asking++;
    i = last;
  }
  return out.size >= 2 && asking * 2 > out.size ? out : new Map();
}

/**
 * A heading that names who asks and nothing else, the question in the paragraph under it (a wiki's
 * or docs site's "Ask me anything" page): "### Question from @busnerd", "## Asked by Dana Ortiz",
 * "### @k_osei asks". A comma after a name says where they write from.
 */
const ASKER_HEADING = lazy(() => /^\s{0,3}#{1,6}\s+(?:(?:Question|Q)\s+(?:from|by)\s+|Asked\s+by\s+|From\s+)?((?:u\/|@)[\w.-]{2,40}|\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})(?:\s+asks|\s+asked)?(?:,[^#]{1,60})?\s*:?\s*#*\s*$/u);
/** The words "Question from", "Asked by", "asks" or a handle: a heading naming a person alone is a section title. */
const ASKER_HEADING_WORDS = lazy(() => /^\s{0,3}#{1,6}\s+(?:(?:Question|Q)\s+(?:from|by)\s|Asked\s+by\s|From\s+(?:u\/|@)|(?:u\/|@)[\w.-]{2,40}\s+ask)/u);
/** An answer paragraph signed at its end, after its last stop: "… far too long. — Priya", "… Maybe 2026. -- Marcus". */
const SIGNED_PARAGRAPH_END = lazy(() => /([.!?…"”')])\s+(?:—|―|–|--)\s?(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})\s*$/u);

interface HeadedAnswer {
  text: string;
  /** the name signed at the answer's end, as written ("Priya"); null when unsigned */
  signer: string | null;
  from: number;
  to: number;
}
interface HeadedQuestion {
  asker: string;
  heading: string;
  question: string;
  /** the question's lines, after the heading */
  questionTo: number;
  answers: HeadedAnswer[];
}

/**
 * An AMA page's questions, each under a heading naming who asked, its words the first paragraph
 * under the heading; the paragraphs below it, to the next heading or rule, answer it. Where team
 * members sign their answers inline ("… — Priya"), each signed run of paragraphs is one answer of
 * its own: two people answering one question are two records, never one. Two or more such
 * headings, with at least one signed answer, make the page; keyed by the heading's line.
 */
function headedQuestions(b: DocBuilder, end: number): Map<number, HeadedQuestion> {
  const lines = b.lines;
  const out = new Map<number, HeadedQuestion>();
  let signed = 0;
  for (let i = 0; i < end; i++) {
    const raw = lines[i]!;
    if (!raw.includes('#') || b.isMarked(i) || !ASKER_HEADING_WORDS().test(raw)) continue;
    const m = ASKER_HEADING().exec(raw);
    if (!m) continue;
    // The paragraphs under the heading, to the next heading, rule or the end.
    const paragraphs: { text: string; from: number; to: number }[] = [];
    let k = i + 1;
    for (; k < end; k++) {
      const line = lines[k]!;
      if (ATX_HEADING().test(line) || isThematicBreak(line)) break;
      if (!line.trim()) continue;
      const last = paragraphs[paragraphs.length - 1];
      if (last && last.to === k - 1) {
        last.text += ' ' + line.trim();
        last.to = k;
      } else paragraphs.push({ text: line.trim(), from: k, to: k });
    }
    if (paragraphs.length < 2) continue;
    const [asked, ...rest] = paragraphs;
    const answers: HeadedAnswer[] = [];
    let open: HeadedAnswer | null = null;
    for (const p of rest) {
      if (open) {
        open.text += '\n' + p.text;
        open.to = p.to;
      } else open = { text: p.text, signer: null, from: p.from, to: p.to };
      const sig = SIGNED_PARAGRAPH_END().exec(p.text);
      if (sig && isNameShaped(sig[2]!)) {
        open.signer = sig[2]!;
        answers.push(open);
        open = null;
        signed++;
      }
    }
    // Unsigned words after the last signature are more of that answer.
    if (open) {
      const last = answers[answers.length - 1];
      if (last) {
        last.text += '\n' + open.text;
        last.to = open.to;
      } else answers.push(open);
    }
    out.set(i, { asker: m[1]!, heading: markdownHeading(raw) ?? normalizeSpace(raw), question: normalizeSpace(asked!.text), questionTo: asked!.to, answers: answers.map((a) => ({ ...a, text: a.text.split('\n').map(normalizeSpace).join('\n') })) });
    i = k - 1;
  }
  return out.size >= 2 && signed > 0 ? out : new Map();
}

/** The full name a first name signs for, where the page names exactly one person so ("Priya" → "Priya Raman" in "Answering: Priya Raman and …"). */
function fullNameOnPage(first: string, lines: readonly string[], end: number): string | null {
  if (/\s/.test(first)) return first;
  const found = new Set<string>();
  const after = new RegExp(String.raw`(?<![\p{L}])${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s(\p{Lu}[\p{L}'’-]+)`, 'gu');
  for (let k = 0; k < end; k++) for (const m of lines[k]!.matchAll(after)) found.add(`${first} ${m[1]}`);
  return found.size === 1 ? [...found][0]! : null;
}

/** A letter's or a reply's salutation opening its paragraph: "**Dear Margo:** Last spring…", "Dear Worried: You are…". */
const SALUTATION = lazy(() => /^\s*(?:\*\*|__)?Dear\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|in|from|and|the|\p{Lu}[\p{L}'’.-]*)){0,4})\s*[:,]/u);
/** A letter's signature on a line of its own: "— Worried in Ohio", "-- Polite in Pittsburgh". */
const LETTER_SIGNATURE = lazy(() => /^\s*(?:[—–]|--?)\s*(\p{Lu}[^—–]{1,60}?)\s*$/u);

interface AdviceLetter {
  question: string;
  /** the pseudonym the letter is signed with */
  signer: string;
  /** whom the letter is addressed to ("Margo") */
  addressed: string;
  answer: string[];
  /** the signature's line */
  markup: number[];
  end: number;
}

/**
 * An advice column: a reader's letter ("**Dear Margo:** …"), signed on a line of its own under
 * it ("— Worried in Ohio"), then the columnist's answer, opening on the signer's pseudonym ("**Dear
 * Worried:** …") and running to the next letter, a paragraph wholly in italics (the column's
 * footer) or the end. The reply's salutation naming the signature's first word is what pairs
 * them. Keyed by the letter's first line.
 */
function adviceLetters(b: DocBuilder, from: number, end: number): Map<number, AdviceLetter> {
  const lines = b.lines;
  const out = new Map<number, AdviceLetter>();
  for (let i = from; i < end; i++) {
    const opening = lines[i]!.includes('Dear ') && !b.isMarked(i) ? SALUTATION().exec(lines[i]!) : null;
    if (!opening || (i > 0 && lines[i - 1]!.trim())) continue;
    // The letter: its paragraphs up to the signature line.
    const letter: string[] = [];
    let k = i;
    let signed: RegExpExecArray | null = null;
    for (; k < end && k - i < 80; k++) {
      const line = lines[k]!.trim();
      if (!line) continue;
      signed = k > i ? LETTER_SIGNATURE().exec(line) : null;
      if (signed) break;
      if (k > i && SALUTATION().test(line)) break;
      letter.push(line);
    }
    if (!signed) continue;
    const signer = signed[1]!.trim();
    // The reply: the next paragraph opens on "Dear" and the signature's first word.
    const reply = nextContentLine(b, k + 1, end);
    const replied = reply >= 0 ? SALUTATION().exec(lines[reply]!) : null;
    if (!replied || replied[1]!.split(/\s+/)[0] !== signer.split(/\s+/)[0]) continue;
    const answer: string[] = [];
    let last = reply;
    let m = reply;
    for (; m < end; m++) {
      const line = lines[m]!.trim();
      if (!line) continue;
      if (m > reply && (b.isMarked(m) || EMPHASISED_LINE().test(line) || (SALUTATION().test(line) && !lines[m - 1]!.trim() && startsLetter(lines, m, end)))) break;
      // The column's footer in italics over two lines or more ("*Got a problem? Write to … / … personally.*"): the paper's, not the reply's.
      if (m > reply && !lines[m - 1]!.trim() && /^\s*[*_]/.test(line) && EDITORS_NOTE().test(paragraphAt(lines, m, end))) break;
      if (lines[m - 1]!.trim() && m > reply) answer[answer.length - 1] += ' ' + line;
      else answer.push(line);
      last = m;
    }
    out.set(i, {
      question: normalizeSpace(letter.join(' ').replace(/\*\*|__/g, '')),
      signer,
      addressed: opening[1]!,
      answer: answer.map((a) => normalizeSpace(a.replace(/\*\*|__/g, ''))),
      markup: [k],
      end: last,
    });
    i = last;
  }
  return out;
}
/** The paragraph starting at line `at`: its lines up to the next blank one, joined by newlines. */
function paragraphAt(lines: readonly string[], at: number, end: number): string {
  let k = at;
  while (k < end && lines[k]!.trim()) k++;
  return lines.slice(at, k).join('\n');
}
/**
 * The columnist the letters address by a first name ("Dear Clara,"), in full where the column's
 * intro above the first letter names her ("Our agony aunt Clara Whitfield answers your questions"):
 * that name, so the replies are hers as the page names her; null where no such name stands above.
 */
function addresseeInFull(lines: readonly string[], letters: ReadonlyMap<number, AdviceLetter>): string | null {
  const first = Math.min(...letters.keys());
  const addressed = letters.get(first)!.addressed;
  if (!/^\p{Lu}\p{Ll}+$/u.test(addressed) || [...letters.values()].some((l) => l.addressed !== addressed)) return null;
  const named = new RegExp(String.raw`(?<![\p{L}'’-])${addressed}((?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?![\p{L}'’-])`, 'u');
  for (let k = 0; k < first; k++) {
    const m = named.exec(lines[k]!);
    if (m && mayBePersonName(addressed + m[1]!)) return normalizeSpace(addressed + m[1]!);
  }
  return null;
}
/** The signature at line `at` ("— Worried in Ohio") is answered: the next paragraph's salutation names its first word ("Dear Worried:"). */
function repliedSignature(lines: readonly string[], at: number, end: number): boolean {
  const signed = LETTER_SIGNATURE().exec(lines[at]!.trim());
  if (!signed) return false;
  const reply = nextNonBlank(lines, at + 1, end);
  const replied = reply >= 0 ? SALUTATION().exec(lines[reply]!) : null;
  return !!replied && replied[1]!.split(/\s+/)[0] === signed[1]!.trim().split(/\s+/)[0];
}
/** A salutation at line `at` that opens a letter: a signature line follows it before the next salutation. */
function startsLetter(lines: readonly string[], at: number, end: number): boolean {
  for (let k = at + 1; k < end && k - at < 80; k++) {
    const line = lines[k]!.trim();
    if (!line) continue;
    if (LETTER_SIGNATURE().test(line)) return true;
    if (SALUTATION().test(line)) return false;
  }
  return false;
}
/** Who answers a page of readers' questions: the name signed under them, else the guest the page names, else its author. */
function sentQuestionsAnswerer(input: ParseInput, signature: { name: string } | null, narrator: string | null): string | null {
  if (signature) return input.registry.resolve(signature.name) ?? signature.name;
  return interviewRoles(input).guest ?? narrator;
}

/**
 * A paragraph of an oral history's chapter the narrator tells (narratorHeading): above the editors'
 * break, not in brackets ("[Editors' note: …]"), and not naming her by her surname, as the editors'
 * introduction does ("Setsuko Hayashida was interviewed at her home …").
 */
function isNarratorsTelling(paragraph: string, i: number, end: number, subject: string): boolean {
  return i < end && !/^\s*\[/.test(paragraph) && !namesPerson(paragraph, subject);
}
/** "As told to Jessica Mathews": the writer who took down a first-person essay. */
// (the note may go on after a full stop: "*As told to Rachel Onwuka. This interview has been edited for length.*")
const AS_TOLD_TO = lazy(() => /^\s*[*_]{0,2}\s*as told to\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s*(?:\.\s+[^*_]{3,200})?[*_]{0,2}\s*$/iu);
/** The essay's teller introducing themself in its first paragraphs: "My name is Grant Whitaker.", "I'm Ana Ruiz, and …". */
const TELLER_INTRODUCED = lazy(() => /(?:^|[.!?]\s+)(?:My name is|I am|I['’]m)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=[.,;]|\s+and\s)/u);
/** A letter's postscript under its signature ("P.S. …", "PS: …"): the signer's still. */
const POSTSCRIPT = lazy(() => /^\s*(?:P\.\s?S\.|P\.P\.S\.|PS\b[:,]?)/);
/** A paragraph wholly in italics: the editor's note around an essay, not the essay's voice. */
const EDITORS_NOTE = lazy(() => /^\s*([*_])(?!\1)\S.*\S\1\s*$/s);
/** The note's subject: "He Yi is the co-founder of Binance…", "Ana Ruiz, 41, runs…". */
const NOTE_SUBJECT = lazy(() => /^\s*[*_]{0,2}(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?:\s+(?:is|was|has|had)\s|,\s)/u);
/**
 * An "as told to" essay's header: the line "As told to NAME" among the first lines, and above it the
 * note naming whose words the essay is ("*He Yi is the co-founder of Binance…*"). The first person
 * below the line is that subject's. Null for any other page.
 */
function asToldTo(lines: readonly string[], registry: ParseInput['registry']): { line: number; subject: string; end?: number } | null {
  // "By Mara Lindqvist, as told to Joel Asante", "Mara Lindqvist, as told to Joel Asante": the credit names the subject itself.
  for (let k = 0; k < 20 && k < lines.length; k++) {
    const subject = asToldToSubject(lines[k]!);
    if (subject) return { line: k, subject: registry.resolve(subject) ?? subject };
  }
  const at = lines.slice(0, 20).findIndex((l) => AS_TOLD_TO().test(l));
  if (at < 0) return narratorHeading(lines, registry);
  for (let k = Math.max(0, at - 6); k < at + 4 && k < lines.length; k++) {
    if (k === at) continue;
    const m = NOTE_SUBJECT().exec(lines[k]!);
    if (m) return { line: at, subject: registry.resolve(m[1]!) ?? m[1]! };
  }
  // No note names the subject: the teller names themself in the essay's opening ("My name is Grant Whitaker.").
  for (let k = at + 1, paragraphs = 0; k < lines.length && paragraphs < 3; k++) {
    if (!lines[k]!.trim()) continue;
    if (!lines[k - 1]!.trim() && k > at + 1) paragraphs++;
    const m = /\b(?:I|My)\b/.test(lines[k]!) ? TELLER_INTRODUCED().exec(lines[k]!) : null;
    if (m && mayBePersonName(m[1]!)) return { line: at, subject: registry.resolve(m[1]!) ?? m[1]! };
  }
  return null;
}

/**
 * An oral history's heading naming its narrator, as the genre sets it over the chapter: "Setsuko
 * Hayashida, b. 1931", "Amos Reddy (born 1944)", "Told by Lena Marsh". A name of two words or more.
 */
const NARRATOR_HEADING = lazy(() => /^\s*(?:(?:told|narrated) by\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})|(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:,\s*(?:b\.|born)\s*(?:c\.\s*)?(?:1[89]|20)\d{2}|\s+\((?:b\.|born)\s*(?:c\.\s*)?(?:1[89]|20)\d{2}\)))\.?\s*$/iu);
/**
 * An oral history's chapter under its narrator's heading (NARRATOR_HEADING, among the first lines):
 * the text below is the narrator's telling, up to the first thematic break ("* * *"), under which
 * the editors close the chapter. Null for any other page. (Which paragraphs below are hers: the
 * caller leaves out the editors' own, those naming her in the third person or set in brackets.)
 */
function narratorHeading(lines: readonly string[], registry: ParseInput['registry']): { line: number; subject: string; end: number } | null {
  for (let at = 0; at < 20 && at < lines.length; at++) {
    const l = lines[at]!;
    if (l.length > 80 || !/\d{4}|told|narrated/i.test(l)) continue;
    const m = NARRATOR_HEADING().exec(l);
    if (!m) continue;
    // (the capital is the name's, "told by" in any case: /i lets \p{Lu} match lowercase, so check the name's first letter)
    const name = (m[1] ?? m[2])!.trim();
    if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).some((w) => !/^\p{Lu}/u.test(w))) continue;
    let end = lines.length;
    for (let k = at + 1; k < lines.length; k++) if (isThematicBreak(lines[k]!)) { end = k; break; }
    return { line: at, subject: registry.resolve(name) ?? name, end };
  }
  return null;
}

/**
 * A part's heading in capitals ("ACCEPTANCE SPEECH", "VOTE OF THANKS") with the full name of who
 * gives it alone on the line right under it, a blank line after: that name, else null.
 */
function partHeadingVoice(lines: readonly string[], i: number): string | null {
  const head = lines[i]!.trim();
  const name = lines[i + 1]!.trim();
  if (!head || head.length > 60 || head !== head.toUpperCase() || !/^\p{Lu}[\p{Lu} '’&-]+$/u.test(head) || wordCount(head) > 6) return null;
  if (lines[i + 2]!.trim() || (i > 0 && lines[i - 1]!.trim())) return null;
  if (!/^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3}$/u.test(name) || !mayBePersonName(name)) return null;
  return name;
}

/** A listicle interview's question number: "1. ", "2) ", "Q3. ". */
const QUESTION_NUMBER = lazy(() => /^\s*(?:Q?\d{1,2}[.):]|Q[.:])\s+/);

/**
 * An e-mail interview's question, set off as a one-line block quote ("> What made you …?", a blank
 * line under it): the question's words, without the mark; else null.
 */
function quotedQuestion(lines: readonly string[], i: number): string | null {
  const raw = lines[i]!;
  if (raw.charCodeAt(raw.search(/\S/)) !== 0x3e || (lines[i + 1] ?? '').trim()) return null;
  const words = raw.replace(BLOCKQUOTE_MARK(), '');
  return words.trim() && isPlainQuestion(words) ? words : null;
}

/** Whether a paragraph names a person by their full name or their last name, as a word. */
function namesPerson(paragraph: string, name: string): boolean {
  const surname = name.split(/\s+/).pop()!;
  let at = paragraph.indexOf(surname);
  for (; at >= 0; at = paragraph.indexOf(surname, at + 1)) {
    if (!/\p{L}/u.test(paragraph[at - 1] ?? '') && !/\p{L}/u.test(paragraph[at + surname.length] ?? '')) return true;
  }
  return false;
}

/** A question an interviewer puts: it asks, speaks to "you" or about the world, never as "I". */
function isPlainQuestion(raw: string): boolean {
  const line = normalizeSpace(raw.replace(QUESTION_NUMBER(), ''));
  if (!QUESTION_END().test(line) || wordCount(line) > 40 || /^[-*•>#|]/.test(line)) return false;
  const sentences = splitSentences(line);
  // One or two sentences of context may lead to it ("You closed the margin product. That cost you customers. Was it the right call?").
  // (Catalan "I He Yi, …?" opens on "and", before a name: no English "I", which a verb follows.)
  return sentences.length <= 3 && isQuestionSentence(sentences[sentences.length - 1]!.text) && !isFirstPersonSingular(line.replace(/^I (?=\p{Lu})/u, ''));
}

/**
 * An interview printed with no markup: questions as paragraphs of their own
 * (one line each), every one followed by an answer paragraph that is not a
 * question. Two or more such questions, and answers mostly in the first
 * person, make the document a Q&A; an article's rhetorical questions, which
 * the author answers as narrator, rarely have both. Only tried where a guest
 * is known (front matter, or the person the title names).
 */
function plainQuestionParagraphs(b: DocBuilder, end: number): Set<number> {
  const questions: number[] = [];
  let firstPerson = 0;
  for (let i = 0; i < end; i++) {
    const raw = b.lines[i]!;
    if (!raw.trim() || b.isMarked(i)) continue;
    // A paragraph of its own, or the first line of one whose next line answers it ("1. Why run?" / "I was tired…").
    // Or an e-mail interview's one-line block quote, answered in plain paragraphs ("> Why clay?" / "" / "I had …").
    if (b.lines[i - 1]?.trim()) continue;
    const quoted = quotedQuestion(b.lines, i) !== null;
    if (!quoted && !isPlainQuestion(raw)) continue;
    const next = nextContentLine(b, i + 1, end);
    if (next < 0 || isPlainQuestion(b.lines[next]!) || quotedQuestion(b.lines, next) !== null || (quoted && BLOCKQUOTE().test(b.lines[next]!)) || markdownHeading(b.lines[next]!) !== null) continue;
    questions.push(i);
  }
  for (let q = 0; q < questions.length; q++) {
    const raw = b.lines[questions[q]!]!;
    // Spoken to someone: the answer speaks as "I"/"we" (in its first three paragraphs, before the next
    // question), or the question asks "you" (in the languages below too).
    const stop = Math.min(q + 1 < questions.length ? questions[q + 1]! : end, end);
    let answer = '';
    for (let i = questions[q]! + 1, paragraphs = 0; i < stop; i++) {
      if (!b.lines[i]!.trim()) continue;
      if (!b.lines[i - 1]!.trim() && ++paragraphs > 3) break;
      answer += '\n' + b.lines[i]!;
    }
    if (/\b(?:I|I['’]m|I['’]ve|I['’]d|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’]re|[Ww]e['’]ve|[Oo]ur|[Uu]s)\b/.test(answer) || /\b(?:you|your|yours|yourself)\b/i.test(raw) || FIRST_PERSON_OTHER().test(answer) || SECOND_PERSON_OTHER().test(raw)) firstPerson++;
  }
  if (questions.length >= 2 && firstPerson * 2 >= questions.length) return withPrompts(b, questions, end);
  // In any language (no pronoun to tell): three questions or more, each answered by exactly
  // one paragraph before the next question, the last answered too. A pull quote or the page's
  // furniture (a share bar, a copyright line) under an answer is no paragraph of it.
  if (questions.length < 3) return new Set();
  for (let k = 0; k < questions.length; k++) {
    const stop = k + 1 < questions.length ? questions[k + 1]! : end;
    let paragraphs = 0;
    for (let i = questions[k]! + 1; i < stop; i++) if (b.lines[i]!.trim() && !b.lines[i - 1]!.trim() && !classifyChrome(b.lines[i]!) && !(!(b.lines[i + 1] ?? '').trim() && PULL_QUOTE_LINE().test(b.lines[i]!))) paragraphs++;
    if (paragraphs !== 1) return new Set();
  }
  return new Set(questions);
}

/** A paragraph wholly in quotation marks, alone on its line («…», “…”, "…", „…“): a pull quote where it stands between answers. */
const PULL_QUOTE_LINE = lazy(() => /^\s*(?:«[^«»]{8,}»|“[^“”]{8,}”|"[^"]{8,}"|„[^„“”]{8,}[“”])\s*$/);
/** The first person in an answer in German, French, Spanish, Catalan, Italian or Dutch (ich/wir, je/nous, yo/nosotros, jo/nosaltres, io/noi, ik/wij). */
const FIRST_PERSON_OTHER = lazy(() => /(?<![\p{L}'’])(?:ich|mich|mir|wir|uns|unser[emnrs]?|mein[emnrs]?|je|j['’]|nous|notre|nos|yo|nosotros|nosotras|nuestr[oa]s?|jo|nosaltres|nostr[ea]s?|io|noi|ik|wij|mijn|onze)(?![\p{L}])/iu);
/** A question put to "you" the same way: Sie/Ihnen/Ihr… (capitalised), vous/votre, usted, vostè, u/uw. */
const SECOND_PERSON_OTHER = lazy(() => /(?<![\p{L}'’])(?:Sie|Ihnen|Ihr[emnrs]?|[Vv]ous|[Vv]otre|[Vv]os|[Uu]sted(?:es)?|[Vv]ostè(?:s)?|[Uu]w)(?![\p{L}])/u);
/** The interviewer's request put as a statement: "Tell me about…", "Talk us through…", "Describe…", "Explain…". */
const REQUEST = lazy(() => /^\s*(?:(?:tell|talk|walk|take)\s+(?:me|us)\b|describe\b|explain\b)/i);

/**
 * The questions of a plain Q&A and its prompts that do not ask: a paragraph of one line between
 * two answers, of two sentences at most, that speaks to the guest ("you", Sie/Ihre, a request,
 * "Tell me about the day you decided.") and never as "I", or whose first sentence asks ("War das
 * nicht absehbar? Die Zinsen steigen seit 2022."). Each opens a question as the asking ones do.
 */
function withPrompts(b: DocBuilder, questions: readonly number[], end: number): Set<number> {
  const found = new Set(questions);
  // Questions set each over its answer, no blank line between ("Why no website?" / "Because …"): a
  // request set so ("Tell me about the first shop." / "It was a former butcher's.") asks as they do.
  const overAnswers = questions.every((q) => !!(b.lines[q + 1] ?? '').trim());
  const setAsAsked = (i: number) => !(b.lines[i + 1] ?? '').trim() || (overAnswers && REQUEST().test(b.lines[i]!));
  // A request above the first question, under the intro (a paragraph of eight words or more) and
  // answered below it, opens the interview.
  let intro = false;
  for (let i = 0; i < questions[0]!; i++) {
    const raw = b.lines[i]!;
    if (!raw.trim() || (i > 0 && b.lines[i - 1]!.trim()) || b.isMarked(i)) continue;
    if (intro && REQUEST().test(raw) && isPrompt(raw) && setAsAsked(i) && nextContentLine(b, i + 1, questions[0]!) >= 0) {
      found.add(i);
      break;
    }
    if (wordCount(raw) >= 8 && /[.!…]["”’]?\s*$/.test(raw)) intro = true;
  }
  for (let q = 0; q < questions.length; q++) {
    const stop = q + 1 < questions.length ? questions[q + 1]! : end;
    let answered = false;
    for (let i = questions[q]! + 1; i < stop; i++) {
      const raw = b.lines[i]!;
      if (!raw.trim() || b.lines[i - 1]!.trim() || b.isMarked(i)) continue;
      const next = nextContentLine(b, i + 1, stop);
      // Or a remark the guest's next paragraph answers "Yes." or "No." ("There's a sadness running through the book." / "Yes. These were …").
      // Or a short remark whose word the guest's next paragraph takes up in its first sentence ("That
      // sounds boring." / "It was incredibly boring. But …"), between two answers of an interview whose
      // other prompts ask.
      const remark = next >= 0 && isRemark(raw) && (ANSWER_OPENING().test(b.lines[next]!) || (answered && questions.length >= 3 && takesUpRemark(raw, b.lines[next]!)));
      if (!answered || !setAsAsked(i) || !(isPrompt(raw) || remark)) {
        answered = true;
        continue;
      }
      // Answered below it, before the next question.
      if (next < 0) continue;
      found.add(i);
      answered = false;
    }
  }
  return found;
}
/** An answer that opens on yes or no, as its own sentence or before a comma: "Yes. …", "No, …", "Ja, …", "Sí. …". */
const ANSWER_OPENING = lazy(() => /^\s*(?:yes|no|yeah|ja|nein|doch|oui|non|sí|si|não|sim|nee)[.,!]\s/iu);
/** A remark of one sentence, a dozen words or so, in nobody's first person: "There's a sadness running through the book." */
function isRemark(raw: string): boolean {
  const line = normalizeSpace(raw);
  return wordCount(line) <= 15 && /[.!]["”’]?$/.test(line) && splitSentences(line).length === 1 && !FIRST_PERSON().test(line) && !FIRST_PERSON_OTHER().test(line) && !classifyChrome(line);
}
/** How many words a remark the answer below takes up may have: "That sounds boring.", "Must have been hard." */
const TAKEN_UP_REMARK_WORDS = 6;
/** A short remark one of whose longer words (five letters and more) the next paragraph's first sentence repeats. */
function takesUpRemark(raw: string, answer: string): boolean {
  const line = normalizeSpace(raw);
  if (wordCount(line) > TAKEN_UP_REMARK_WORDS) return false;
  const first = splitSentences(normalizeSpace(answer))[0]?.text.toLowerCase() ?? '';
  const said = new Set(first.match(/\p{L}{5,}/gu) ?? []);
  return (line.toLowerCase().match(/\p{L}{5,}/gu) ?? []).some((w) => said.has(w));
}
function isPrompt(raw: string): boolean {
  const line = normalizeSpace(raw);
  if (wordCount(line) > 25 || /^[-*•>#|]/.test(line) || isFirstPersonSingular(line.replace(REQUEST(), '')) || FIRST_PERSON_OTHER().test(line) || classifyChrome(line)) return false;
  const sentences = splitSentences(line);
  if (sentences.length > 2) return false;
  if (sentences.length === 2 && isQuestionSentence(sentences[0]!.text)) return true;
  return /[.!]["”’]?$/.test(line) && (REQUEST().test(line) || /\b(?:you|your|yourself)\b/i.test(line) || SECOND_PERSON_OTHER().test(line));
}

/**
 * Speech reported in the third person: a quotation's close then "she says"/"he added"/"says Roux", or
 * "adds:" before an opening one. So in French (« … », dit-elle / ajoute-t-il / explique Roux; ajoute :
 * « …), Spanish ("…", dijo / dice Ruiz; añade: "…": the subject is left out) and German („…“, sagt
 * sie / sagt Weber; fügt hinzu: „…).
 */
const REPORTED_SPEECH = lazy(
  () =>
    new RegExp(
      [
        String.raw`["”]\s*(?:(?:she|he|they)\s+(?:says|said|adds|added|recalls|recalled|explains|explained|insists|insisted)|(?:says|said|adds|added)\s+\p{Lu}\p{Ll}+)(?![\p{L}])`,
        String.raw`(?<![\p{L}])(?:says|said|adds|added|recalls|recalled)\s*:\s*["“]`,
        String.raw`[»"”]\s*,?\s*(?:dit|ajoute|explique|raconte|confie|affirme|souligne|précise|poursuit|résume)(?:(?:-t)?-(?:elle|il|elles|ils)(?![\p{L}])|\s+\p{Lu}\p{Ll}+)`,
        String.raw`[»"”]\s*,?\s*(?:dijo|dice|añadió|añade|agregó|agrega|explicó|explica|recuerda|recordó|asegura|aseguró|afirma|afirmó)(?![\p{L}])`,
        String.raw`[“"”«]\s*,?\s*(?:sagt|sagte|erzählt|erzählte|erklärt|erklärte|ergänzt|ergänzte|betont|betonte|meint|meinte)\s+(?:sie|er|\p{Lu}\p{Ll}+)(?![\p{L}])`,
        String.raw`(?<![\p{L}])(?:dit|ajoute|explique|affirme|précise|dijo|dice|añadió|añade|agregó|agrega|sagt|sagte|ergänzt|ergänzte|hinzu|erklärt)\s*:\s*[«"“„»]`,
      ].join('|'),
      'u',
    ),
);
/** The first person, for the closing narrative's test, in English and in the languages REPORTED_SPEECH reads: "I", "nous", "mi", "wir"… */
const speaksInFirstPerson = (text: string): boolean => FIRST_PERSON().test(text) || FIRST_PERSON_OTHER().test(text) || FIRST_PERSON_POSSESSIVE().test(text);
const FIRST_PERSON_POSSESSIVE = lazy(() => /(?<![\p{L}'’])(?:moi|mon|ma|mes|mi|mis|conmigo|nuestra)(?![\p{L}])/iu);
/** A paragraph's words outside its quotations. */
function withoutQuotations(text: string): string {
  return findQuoteSpans(text).reduceRight((t, q) => t.slice(0, q.start) + ' ' + t.slice(q.end), text);
}
const TAG_LINE = lazy(() => /^\s*(?:tags|tagged|filed under)\s*:\s*[^.!?]+$/i);
/** The headline above the text, where it holds one speech-sized quotation: that quotation, the interview's guest's. */
function headlineQuote(b: DocBuilder, before: number, guest: string): void {
  const key = titleKey(b.input.meta.title);
  const at = b.lines.findIndex((l, k) => k < before && !!l.trim() && titleKey(l) === key);
  if (at < 0) return;
  const line = markdownHeading(b.lines[at]!) ?? normalizeSpace(b.lines[at]!);
  const spans = findQuoteSpans(line).filter(isSpeechSpan);
  if (spans.length !== 1) return;
  const inner = spans[0]!.inner;
  const rest = normalizeSpace(line.replace(inner, '…'));
  b.add({ type: 'quote', text: normalizeSpace(inner), speaker: guest, section: null, context: /[\p{L}\p{N}]/u.test(rest.replace(/["“”„«»‘’…]/g, '')) ? rest : null }, at);
}

/** A publisher's line under an interview: its series ("This is part of our … series"), a book's credit ("TITLE is published by PRESS (352 pp., £28)"). */
const PUBLISHERS_NOTE = lazy(() => /^\s*(?:(?:this|the above) (?:\p{L}+ )?(?:is|was) (?:part|one) of (?:our|the|a) [^.]{1,60}\bseries\b|[^.!?]{2,80} (?:is|are) (?:published|out now|available) (?:by|from) [^.!?]{2,60}\([^)]*\d[^)]*\)\.?\s*$)/iu);
/** A menu's words that also head an FAQ's last part, over its paragraph: "Contact us", "Contact". */
const NAV_HEADING = lazy(() => /^\s*(?:contact(?: us)?|still have questions)\s*$/i);
/** A page that says it is a list of frequently asked questions: "Frequently Asked Questions: …", "FAQ", "FAQs". */
const FAQ_NAME = lazy(() => /(?<![\p{L}])(?:frequently asked questions|FAQs?)(?![\p{L}])/iu);

/** A questionnaire record's field of its own under the answers: "Interviewer's notes: …", "Comments:", "Signed: C. Adebayo". */
const RECORD_NOTE_FIELD = lazy(() => /^\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:notes?|comments?|observations?|remarks|summary|signed|signature|actions?|follow-up|recommendations?)\s*:/iu);
/** A questionnaire's number before its question: "1. ", "Q1. ", "Q1: ", "2) ", "Question 3: " (1: the number). */
const QUESTIONNAIRE_NUMBER = lazy(() => /^\s*(?:Q(?:uestion)?\s?)?(\d{1,2})[.):]\s+\S/i);
/** A header field naming who answers a questionnaire: "Employee: Marcus Feeney", "Respondent: Dr Ana Ruiz, …" (1: the name). */
const RESPONDENT_FIELD = lazy(() => /^\s*(?:employee|interviewee|respondent|participant|candidate|applicant|leaver|staff member|name of (?:employee|respondent|interviewee))\s*:\s*(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3})\s*(?:[,(].*)?$/iu);
/**
 * A help page's FAQ, its header naming it so: questions on lines of their own, a blank line or
 * the top above, the answer starting on the very next line ("Do I need to be at home?" / "Not in
 * most cases. …"); asked in the reader's voice ("Will my bill go up?"), so an "I" is no answer.
 * Three such questions or more make the page an FAQ. Its section headings ("Billing", "Data and
 * privacy", "Contact us") stand alone between an answer and the next question or at the foot,
 * and each ends the answer above it. The answerer is the organisation the page's first line names
 * (a name of capitalised words, "Harwick Valley Water Authority").
 * A questionnaire's record reads the same way though nothing names it an FAQ: an exit interview's
 * or a survey's numbered questions ("1. What is your main reason for leaving?" / "I've been offered
 * …"), each numbered one more than the last; who answers is the one a header field names
 * (`respondent`: "Employee: Marcus Feeney"). Null for any other page.
 */
function faqPage(b: DocBuilder, end: number): { questions: Set<number>; sections: Set<number>; answerer: string | null; numbered: boolean; respondent: string | null } | null {
  const lines = b.lines;
  const top = lines.slice(0, Math.min(end, 12));
  const named = top.some((l) => FAQ_NAME().test(l));
  if (!named && !QUESTIONNAIRE_NUMBER().test(lines.slice(0, end).find((l) => QUESTION_END().test(l.trim())) ?? '')) return null;
  const questions = new Set<number>();
  for (let i = 0; i < end; i++) {
    const raw = lines[i]!;
    if (!raw.trim() || (i > 0 && lines[i - 1]!.trim()) || b.isMarked(i) || !QUESTION_END().test(raw.trim()) || wordCount(raw) > 30 || /^\s*[-*•>#|]/.test(raw)) continue;
    const next = lines[i + 1] ?? '';
    if (!next.trim() || QUESTION_END().test(next.trim()) || classifyChrome(next) || classifyChrome(raw)) continue;
    questions.add(i);
  }
  if (questions.size < 3) return null;
  if (!named) {
    // Every question numbered, each one more than the one before: a list of questions put, not an article's asides.
    const numbers = [...questions].map((k) => Number(QUESTIONNAIRE_NUMBER().exec(lines[k]!)?.[1] ?? NaN));
    if (numbers.some((n, j) => Number.isNaN(n) || (j > 0 && n !== numbers[j - 1]! + 1))) return null;
  }
  const first = Math.min(...questions);
  const sections = new Set<number>();
  for (let i = first; i < end; i++) {
    const raw = lines[i]!;
    if (!raw.trim() || lines[i - 1]!.trim() || questions.has(i) || b.isMarked(i) || (classifyChrome(raw) && !NAV_HEADING().test(raw))) continue;
    // Alone on its line, or over its one paragraph ("Contact us" / "Call 0300 …").
    if (wordCount(raw) <= 6 && isHeadingLike(raw) && !/[.!?]$/.test(raw.trim()) && !LIST_ITEM().test(raw)) sections.add(i);
  }
  const name = normalizeSpace(lines[lines.findIndex((l) => l.trim())] ?? '');
  const answerer = name && wordCount(name) <= 6 && !FAQ_NAME().test(name) && /^\p{Lu}[\p{L}'’&.-]*(?: (?:\p{Lu}[\p{L}'’&.-]*|of|and|for|the|&))+$/u.test(name) ? name : null;
  let respondent: string | null = null;
  for (let k = 0; k < first && !respondent; k++) respondent = RESPONDENT_FIELD().exec(lines[k]!)?.[1] ?? null;
  return { questions, sections, answerer, numbered: !named, respondent };
}

/**
 * The organisation an FAQ page's note under its title names before the note's other fields:
 * "*Brightkettle Energy Co-operative · last updated 2 February 2025*", "_Harbour Water Ltd | March
 * 2024_". Only on a page that calls itself an FAQ, only in a note wholly in emphasis among its
 * first three lines, and only a name in capitals (two to six words) set off by a separator.
 */
function faqOwnerNote(lines: readonly string[], end: number): string | null {
  if (!lines.slice(0, Math.min(end, 12)).some((l) => FAQ_NAME().test(l))) return null;
  for (let i = 0, seen = 0; i < end && seen < 3; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    seen++;
    const m = line.length <= 200 ? /^([*_]{1,2})([^*_]+)\1$/.exec(line) : null;
    if (!m) continue;
    const fields = m[2]!.split(/\s+[·|•—–]\s+/);
    const name = normalizeSpace(fields[0]!);
    if (fields.length >= 2 && wordCount(name) >= 2 && wordCount(name) <= 6 && ORGANISATION_NAME().test(name)) return name;
  }
  return null;
}
/** An organisation's name: capitalised words, the small words of a name between them. */
const ORGANISATION_NAME = lazy(() => /^\p{Lu}[\p{L}'’&.-]*(?: (?:\p{Lu}[\p{L}'’&.-]*|of|and|for|the|&))+$/u);

/**
 * A Q&A whose first question alone carries the interviewer's initials ("TB: Where did this start
 * for you?"), the intro above naming the interviewer in full (the one full name there with those
 * initials, "Tomasz Brennan spoke to her") and, first, the guest. The label, the asker and the
 * guest; else null.
 */
function initialsOpening(lines: readonly string[], end: number): { label: string; asker: string; guest: string } | null {
  for (let i = 0; i < Math.min(end, 40); i++) {
    const m = /^\s*(\p{Lu}{2,3}):\s+(\S.*\?)\s*$/u.exec(lines[i]!);
    if (!m) continue;
    if (!isPlainQuestion(m[2]!) || lines.filter((l) => l.trimStart().startsWith(m[1]! + ':')).length !== 1) return null;
    const names: string[] = [];
    // (Below the first line, the title's: "Night Shift: the bakers…" names nobody.)
    const top = lines.findIndex((l) => l.trim());
    for (let k = top + 1; k < i; k++) for (const n of allMatches(FULL_NAME(), lines[k]!)) if (!names.includes(n[0])) names.push(n[0]);
    const initials = (n: string) => n.split(/[\s-]+/).filter((w) => w.length > 0).map((w) => w[0]).join('');
    const askers = names.filter((n) => initials(n.split(/\s+/).join(' ')) === m[1] || n.split(/\s+/).map((w) => w[0]).join('') === m[1]);
    if (askers.length !== 1) return null;
    const guest = names.find((n) => n !== askers[0]);
    return guest ? { label: m[1]!, asker: askers[0]!, guest } : null;
  }
  return null;
}
/** A full name in running text: two or three capitalised words, a hyphenated one among them ("Ingrid Vasquez-Hale"). */
const FULL_NAME = lazy(() => /(?<![\p{L}])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?![\p{L}])/gu);
/** "TB: Where…?" with TB the label the opening gave: the asker and the words; else null. */
function initialsLabelled(text: string, label: string | null, asker: string | null): { name: string; text: string } | null {
  if (!label || !asker || !text.startsWith(label + ':')) return null;
  return { name: label, text: text.slice(label.length + 1).trim() };
}

/**
 * A magazine Q&A whose first exchange alone carries labels: a line "ASKER: …?" that asks, and the
 * next paragraph "GUEST: …" that does not, each label a name of two words or more used once in
 * the document. The two names, as a reader writes them; else null. Later questions stand unlabelled.
 */
function labelledOpening(lines: readonly string[], end: number): { asker: string; guest: string } | null {
  for (let i = 0; i < end; i++) {
    const raw = lines[i]!;
    // Cheap test first: a line that asks and holds a colon.
    if (!raw.includes(':') || !/\?\s*$/.test(raw)) continue;
    const q = labelledAnswer(raw.trim());
    if (!q || !isPlainQuestion(q.text)) continue;
    let k = i + 1;
    while (k < end && !lines[k]!.trim()) k++;
    const a = k < end ? labelledAnswer(lines[k]!.trim()) : null;
    if (!a || a.name === q.name || isPlainQuestion(a.text)) return null;
    const uses = (name: string) => lines.filter((l) => l.trimStart().startsWith(name + ':')).length;
    return uses(q.name) === 1 && uses(a.name) === 1 ? { asker: displayName(q.name), guest: displayName(a.name) } : null;
  }
  return null;
}

/** A paragraph wholly in quotation marks whose words an earlier paragraph already says (a pull quote). */
function isPullQuoteOf(paragraph: string, earlier: readonly string[]): boolean {
  const m = /^\s*["“]([^"“”]{8,})["”]\s*$/.exec(paragraph);
  if (!m) return false;
  const words = normalizeSpace(m[1]!);
  return earlier.some((p) => normalizeSpace(p).includes(words));
}

/** An answer's date line under its author ("Updated Sep 2, 2022", "Answered 3 May 2021"). */
const ANSWER_STAMP = lazy(() => /^\s*(?:Updated|Answered|Originally answered)\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?(?:,?\s+\d{4})?|\d{4})\s*$/u);

interface AnswerPage {
  question: number;
  author: number;
  /** the credential line between the name and the date, or -1 */
  credential: number;
  stamp: number;
}

/**
 * A Q&A site's answer page: a first line that asks, then, after a blank line, the answer's
 * author block (a name, at most one credential line, a date line "Updated …" / "Answered …")
 * and the answer below it. Null for any other document.
 */
function answerPageHeader(lines: readonly string[]): AnswerPage | null {
  let q = 0;
  while (q < lines.length && !lines[q]!.trim()) q++;
  if (q >= lines.length || !isPlainQuestion(lines[q]!) || lines[q + 1]?.trim()) return null;
  let a = q + 1;
  while (a < lines.length && !lines[a]!.trim()) a++;
  const block: number[] = [];
  for (let k = a; k < lines.length && lines[k]!.trim() && block.length < 4; k++) block.push(k);
  if (block.length < 2 || block.length > 3 || lines[block[block.length - 1]! + 1]?.trim()) return null;
  const stamp = block[block.length - 1]!;
  const name = lines[block[0]!]!.trim();
  if (!ANSWER_STAMP().test(lines[stamp]!) || wordCount(name) < 1 || wordCount(name) > 4 || !isNameShaped(name)) return null;
  return { question: q, author: block[0]!, credential: block.length === 3 ? block[1]! : -1, stamp };
}

/** An answer page's records: one qa, the question asked, the answer its author's; the author's credential a claim; the page's footer its own. */
function readAnswerPage(b: DocBuilder, page: AnswerPage): ParseResult {
  const lines = b.lines;
  const author = b.input.registry.resolve(lines[page.author]!.trim()) ?? normalizeSpace(lines[page.author]!);
  // Its words are the qa's question: no heading of its own (a heading heading no record becomes a claim).
  b.mark(page.question, 'markup');
  b.mark(page.author, 'metadata');
  b.mark(page.stamp, 'metadata');
  if (page.credential >= 0) b.add({ type: 'claim', text: normalizeSpace(lines[page.credential]!), speaker: author, section: null }, page.credential);
  const paragraphs: { text: string; first: number; last: number }[] = [];
  for (let k = page.stamp + 1; k < lines.length; k++) {
    if (!lines[k]!.trim()) continue;
    const prev = paragraphs[paragraphs.length - 1];
    if (prev && prev.last === k - 1) Object.assign(prev, { text: prev.text + ' ' + lines[k]!.trim(), last: k });
    else paragraphs.push({ text: lines[k]!.trim(), first: k, last: k });
  }
  // The page's footer ("1.2K views · View upvotes · Answer requested by …"): no words of the answer.
  const footer = paragraphs.length > 1 && /^\s*[\d.,]+\s*[KkMm]?\s+views?\b/.test(paragraphs[paragraphs.length - 1]!.text) ? paragraphs.pop()! : null;
  const state = newAttributionState(b.input.registry, author);
  noteDocumentSubject(state, lines[page.question]!, paragraphs[0]?.text ?? '');
  if (paragraphs.length) {
    const last = paragraphs[paragraphs.length - 1]!.last;
    b.add({ type: 'qa', text: paragraphs.map((p) => normalizeSpace(p.text)).join('\n'), speaker: author, question: normalizeSpace(lines[page.question]!), asker: null, section: null }, paragraphs[0]!.first, last);
    // Words the answer reports others saying are their quotes.
    for (const p of paragraphs) narrate(b, p.text, state, { section: null, narrator: author, firstIdx: p.first, lastIdx: p.last, claims: false });
  }
  if (footer) b.add({ type: 'claim', text: normalizeSpace(footer.text), speaker: null, section: null }, footer.first, footer.last);
  return b.result('prose');
}

const LISTED_ITEM = lazy(() => /^\s*(\d{1,2})[.)]\s+(\S.*)$/);

/**
 * An interview sent as a list of questions and returned as a list of answers: a block of numbered
 * questions ("1. …?" to "N. …?", every one asking) and, below it, numbered paragraphs under the
 * same numbers 1 to N that ask nothing. Each answer's first line maps to its question and the
 * answer's text and last line; the question lines are marked (their words are the qa's question).
 * Empty unless both lists are whole and in order.
 */
function numberedQuestionsThenAnswers(b: DocBuilder, from: number, end: number): Map<number, { question: string; answer: string; last: number }> {
  const none = new Map<number, { question: string; answer: string; last: number }>();
  const items: { idx: number; n: number; text: string; last: number }[] = [];
  for (let i = from; i < end; i++) {
    const m = LISTED_ITEM().exec(b.lines[i]!);
    if (!m || b.isMarked(i)) continue;
    // An item runs on over the lines under it up to a blank line or the next item.
    let last = i;
    let text = m[2]!.trim();
    while (last + 1 < end && b.lines[last + 1]!.trim() && !LISTED_ITEM().test(b.lines[last + 1]!)) text += ' ' + b.lines[++last]!.trim();
    items.push({ idx: i, n: Number(m[1]), text, last });
    i = last;
  }
  const k = items.findIndex((it, j) => j > 0 && it.n === 1);
  if (k < 2 || items.length !== 2 * k) return none;
  const questions = items.slice(0, k);
  const answers = items.slice(k);
  const inOrder = (list: typeof items) => list.every((it, j) => it.n === j + 1);
  if (!inOrder(questions) || !inOrder(answers)) return none;
  if (!questions.every((q) => /\?\s*$/.test(q.text)) || answers.some((a) => /\?\s*$/.test(a.text))) return none;
  const out = new Map<number, { question: string; answer: string; last: number }>();
  questions.forEach((q, j) => {
    // Its words are the qa's question: the line is no heading of its own (a heading heading no record becomes a claim).
    for (let l = q.idx; l <= q.last; l++) b.mark(l, 'markup');
    out.set(answers[j]!.idx, { question: normalizeSpace(q.text), answer: answers[j]!.text, last: answers[j]!.last });
  });
  return out;
}

/** "Interview with Changpeng Zhao (CZ), founder of …" / "Conducted by email by Asia Fintech Review": a header's guest and asker. */
const HEADER_INTERVIEW_WITH = lazy(() => /^\s*(?:An\s+)?[Ii]nterview\s+with\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})/u);
const HEADER_CONDUCTED_BY = lazy(() => /^\s*(?:Conducted|Interviewed|Questions\s+sent)\s+(?:\p{Ll}+\s+){0,3}by\s+(?:the\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4})/u);

/** Who answers and who asks a list of questions answered in a list: the document's roles, else its header's lines. */
function listedInterviewRoles(input: ParseInput, lines: readonly string[], firstContent: number): { guest: string | null; asker: string | null } {
  // The header's own lines say it best: "Interview with NAME" is who answers, whatever else the title names.
  let guest: string | null = null;
  let asker: string | null = null;
  for (let i = 0; i < Math.min(lines.length, firstContent + 12); i++) {
    const w: RegExpExecArray | null = guest ? null : HEADER_INTERVIEW_WITH().exec(lines[i]!);
    if (w) guest = input.registry.resolve(w[1]!) ?? w[1]!;
    const c: RegExpExecArray | null = asker ? null : HEADER_CONDUCTED_BY().exec(lines[i]!);
    if (c) asker = input.registry.resolve(c[1]!) ?? c[1]!;
  }
  const roles = interviewRoles(input);
  guest ??= roles.guest;
  asker ??= roles.asker;
  return { guest: guest === asker ? null : guest, asker };
}

/** The writer of the nearest "On …, NAME wrote:" line above line `at` (with nothing but quoted reply between), else null. */
function writerAbove(lines: readonly string[], at: number): string | null {
  for (let k = at - 1; k >= 0; k--) if (isWroteLine(lines[k]!)) return wroteBy(lines[k]!);
  return null;
}

/** The sender an e-mail's From header names, when the document's author was read from it; else null. */
function emailSender(meta: ParseInput['meta']): string | null {
  return meta.author && meta.inferred.author?.startsWith('the From header') ? meta.author : null;
}

/** Who answers and who asks a document's question headings. */
function interviewRoles(input: ParseInput): { guest: string | null; asker: string | null } {
  const { meta, registry } = input;
  const hosts = [meta.host, meta.interviewer].filter((n): n is string => !!n);
  const guests = meta.speakers.filter((s) => !hosts.some((h) => registry.resolve(h) === registry.resolve(s)));
  // Front matter listing both sides ("speakers: [Fenella Achterberg, Rowan Pyke]") and no host: the
  // one the standfirst or the byline has asking ("Rowan Pyke put our readers' questions to her")
  // asks, the other answers.
  const asking2 = guests.length === 2 && !hosts.length ? askingOfTwo(guests, meta.author, input.body) : null;
  if (asking2) return { guest: registry.resolve(guests.find((g) => g !== asking2)!) ?? guests.find((g) => g !== asking2)!, asker: registry.resolve(asking2) ?? asking2 };
  const titled = guests.length === 0 ? personInTitle(meta.title) : null;
  const named = guests.length === 1 ? guests[0]! : guests.length === 0 ? ((titled ? nameAsInBody(titled, input.body) : null) ?? surnameTitledGuest(meta.title, input.body) ?? standfirstGuest(input.body) ?? footCreditGuest(input.body) ?? titledSubject(meta.title, input.body) ?? addressedGuest(input.body) ?? introducedInterview(input.body.split('\n', 40))?.guest ?? roleHolder(roleAfterEmployer(meta.title), input.body) ?? capitalsNameField(input.body.split('\n', 40))) : null;
  // A written interview sent back by email ("From: Lucia Ferrante <…>" / "To: Sam Whitlock <…>" /
  // "Subject: Re: Interview questions for The Biotech Brief"): the sender answers, the one person the
  // mail is to asked; the subject line names the outlet, not who answers.
  const sender = !hosts.length && !meta.speakers.length ? emailSender(meta) : null;
  const recipient = sender ? emailRecipient(input.body.split('\n', 12)) : null;
  if (sender && recipient && recipient !== sender) return { guest: registry.resolve(sender) ?? sender, asker: registry.resolve(recipient) ?? recipient };
  // (No byline: a print interview's credit to whoever asked, "Propos recueillis par NAME", "Das Gespräch führte NAME.")
  const asker = hosts[0] ?? meta.author ?? creditedInterviewer(input.body.split('\n')) ?? (guests.length === 0 && named ? askingOfTwo(standfirstNames(input.body).filter((n) => n !== named), null, input.body) : null);
  const guest = named ? (registry.resolve(named) ?? named) : null;
  const asking = asker ? (registry.resolve(asker) ?? asker) : null;
  // Nobody asks their own questions: an author who is the guest ("Written answers from NAME", the
  // answers' line naming both) answers, and who asked is not said.
  return { guest, asker: asking === guest ? null : asking };
}

/**
 * A print page's feature line naming its one interviewee in capitals after a colon, perhaps with who
 * they are after a comma ("This issue: NIAMH CORCORAN, Ashgate Women midfielder", "In the chair:
 * TOM HALE"), above the first question set in capitals: that name, written as a name. Null for
 * none, or for two such lines naming different people.
 */
const CAPITALS_NAME_FIELD = lazy(() => /^[^:]{1,40}:\s+(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){1,2})(?:,\s+\S.*)?$/u);
function capitalsNameField(lines: readonly string[]): string | null {
  const found = new Set<string>();
  for (const raw of lines) {
    if (capitalsQuestion(raw) !== null) break;
    const m = CAPITALS_NAME_FIELD().exec(normalizeSpace(raw));
    const name = m ? displayName(m[1]!) : null;
    if (name && isNameShaped(name)) found.add(name);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** Words after a name that make its holder the one asking: "put our readers' questions to", "interviewed", "spoke to". */
const ASKING_AFTER_NAME = lazy(() => /^,?\s+(?:put\s+(?:[\p{L}'’]+\s+){0,3}questions\s+to|sent\s+(?:[\p{L}'’]+\s+){0,3}questions\s+to|asked|interviewed|questioned|(?:spoke|talked)\s+(?:to|with)|sat\s+down\s+with)(?![\p{L}])/u);
/** Words before a name that make its holder the one asking: "Interview by", "Questions by", "Interviewed by". */
const ASKING_BEFORE_NAME = lazy(() => /(?:^|[^\p{L}])(?:[Ii]nterview(?:ed)?|[Qq]uestions(?:\s+(?:put|sent))?|[Cc]onducted)\s+by\s+$/u);

/**
 * Of the two people a Q&A's front matter lists, the one who asks: the byline's, else the one the
 * lines above the first question write as asking ("Rowan Pyke put our readers' questions to her",
 * "Interview by Rowan Pyke"), where only one of them is written so; else null.
 */
function askingOfTwo(people: readonly string[], author: string | null, body: string): string | null {
  if (author) {
    const bylined = people.filter((p) => p === author);
    if (bylined.length === 1) return bylined[0]!;
  }
  const text = textAboveFirstQuestion(body.split('\n', 40), false);
  const asking = people.filter((p) => {
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1))
      if (ASKING_AFTER_NAME().test(text.slice(at + p.length, at + p.length + 60)) || ASKING_BEFORE_NAME().test(text.slice(Math.max(0, at - 30), at))) return true;
    return false;
  });
  return asking.length === 1 ? asking[0]! : null;
}

/** A full name in running text: two or three capitalised words ("Fenella Achterberg"). */
const RUNNING_FULL_NAME = lazy(() => /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?![\p{L}'’-])/gu);
/** The people the lines above the first question name in full. */
function standfirstNames(body: string): string[] {
  const names = new Set<string>();
  for (const m of allMatches(RUNNING_FULL_NAME(), textAboveFirstQuestion(body.split('\n', 40), false))) if (mayBePersonName(m[1]!)) names.add(m[1]!);
  return [...names];
}

/**
 * The one person the standfirst names in the role a title gives ("Ten questions for the Kelso
 * Harbour Trust's new chair"): the full name a sentence with that role's word opens on ("Fenella
 * Achterberg took over as chair of …"), or the name set right after the role ("The trust's new
 * chair, Fenella Achterberg, …"); the only such name, else null.
 */
function roleHolder(role: string | null, body: string): string | null {
  if (!role) return null;
  const esc = escapeRegExp(role);
  const word = new RegExp(`(?<![\\p{L}])${esc}(?![\\p{L}])`, 'iu');
  // (Case-sensitive but for the role's first letter: under "i", \p{Lu} takes "of the Kelso" for a name.)
  const after = new RegExp(`(?<![\\p{L}])[${esc[0]!.toUpperCase()}${esc[0]!.toLowerCase()}]${esc.slice(1)},?\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,2})(?![\\p{L}'’-])`, 'u');
  const names = new Set<string>();
  for (const s of splitSentences(normalizeSpace(textAboveFirstQuestion(body.split('\n', 40), false).replace(/\n+/g, ' ')))) {
    if (!word.test(s.text)) continue;
    const opening = OPENING_FULL_NAME().exec(s.text)?.[1];
    const set = after.exec(s.text)?.[1];
    for (const n of [opening, set]) if (n && mayBePersonName(n) && !n.split(' ').some((w) => PERSON_NOUN_ANY().test(w))) names.add(n);
  }
  return names.size === 1 ? [...names][0]! : null;
}

/** A surname after its particles, the words that follow a first name: " de Vries", " van der Berg". */
const INTRO_PARTICLE_SURNAME = lazy(() => /^\s+((?:(?:von|van|der|den|de|da|das|dos|del|della|di|du|la|le|ter|ten)\s+)+\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\p{L}])/u);
/**
 * The person a Q&A's intro opens on ("Miriam Calloway opened Lantern Books …", above the first
 * question): whom a magazine Q&A whose title names nobody is with. The first paragraph above the
 * first question of eight words or more, under the title, quoting no one, its first sentence opening
 * on a full name that is not the byline's; else null. The first paragraph is the intro too where it is
 * not the title: front matter gave the title (`title`), and the body opens on the intro.
 */
function introSubject(body: string, author: string | null, title: string | null): string | null {
  const head = body.split('\n', 40);
  const aboveText = textAboveFirstQuestion(head, false);
  const above = aboveText.split(/\n\s*\n/).map((p) => normalizeSpace(p)).filter(Boolean);
  const at = above.findIndex((p) => wordCount(p) >= 8 && /[.!…]["”’]?$/.test(p));
  const intro = at > 0 || (at === 0 && title !== null && normalizeSpace(title) !== above[0] && !above[0]!.startsWith(normalizeSpace(title))) ? above[at] : undefined;
  if (!intro) return null;
  // "Treasury Today Weekly talked with NAME, CFO of …, about …": the publication (or writer) opening the
  // standfirst is the asking side, as "We" is; the guest is the one it talked with, never the run it opens on.
  const talkedWith = TALKED_WITH_OPENING().exec(intro);
  if (talkedWith) return guestNamed(talkedWith[1]!, author);
  return (
    introOpeningName(intro, author) ??
    questionsPutTo(above.slice(at), author) ??
    // A standfirst naming the guest mid-sentence ("Treasury Weekly talked with NAME, CFO of …, about …"),
    // then the intro proper right above the first question ("NAME has been CFO of …"), which opens on the name.
    // (Only where a question line ends the lines above: a story's quoted questions are no Q&A's.)
    (aboveText.split('\n').length < head.length && above.length - 1 > at && wordCount(above[above.length - 1]!) >= 8 ? introOpeningName(above[above.length - 1]!, author) : null)
  );
}

/**
 * The person a profile is about: the full name its first paragraph (eight words or more, not a
 * heading) opens on, when the title gives it too ("Dex Amari Isn't Done Yet" over "Dex Amari is late,
 * and he is sorry about it."). Null otherwise.
 */
function profileSubject(title: string | null, body: string): string | null {
  if (!title) return null;
  const first = body.split('\n', 40).find((l) => markdownHeading(l) === null && wordCount(l) >= 8 && /[.!…]["”’]?\s*$/.test(l));
  const m = first ? OPENING_FULL_NAME().exec(first) : null;
  return m && title.includes(m[1]!) && mayBePersonName(m[1]!) ? m[1]! : null;
}

/**
 * Whether the answers under a page's question lines speak as one person: some say "I" or "my", none
 * says "we" or "our" (an organisation's FAQ answers as "we"). Each answer is the lines under its
 * question up to the next question or heading.
 */
function answersAsOnePerson(lines: readonly string[], questions: ReadonlySet<number>, end: number): boolean {
  let singular = false;
  for (const q of questions) {
    for (let k = q + 1; k < end && !questions.has(k) && markdownHeading(lines[k]!) === null; k++) {
      const text = lines[k]!;
      if (isFirstPersonPlural(text)) return false;
      if (isFirstPersonSingular(text)) singular = true;
    }
  }
  return singular;
}

/**
 * The one the writer says they put the questions to, in the paragraph right above the first question
 * or the intro: "We put three questions to Westline's managing director, Anil Deshmukh.", "I spoke to
 * Ines Varga about …", "We asked Rhona Gillespie how …". A news story's section of questions under
 * its lede reads so as much as a whole Q&A does.
 */
function questionsPutTo(paragraphs: readonly string[], author: string | null): string | null {
  const last = paragraphs[paragraphs.length - 1];
  const m = last && wordCount(last) <= 60 ? QUESTIONS_PUT_TO_NAME().exec(last) : null;
  return m ? guestNamed(m[1]!, author) : null;
}
/** An intro opening on who talked with the guest: "Harbour Trade Monthly talked with NAME about …", "Ana Ruiz sat down with NAME, …". */
// In the present tense too, as a standfirst in italics is written: "*Harbour Trade Monthly talks to NAME, …*".
const TALKED_WITH_OPENING = lazy(() => /^[*_]{0,2}(?:\p{Lu}[\p{L}'’&.-]*\s+){1,4}(?:(?:spoke|talked|chatted|speaks|talks|chats)\s+(?:to|with)|(?:sat|sits)\s+down\s+with|(?:caught|catches)\s+up\s+with)\s+(\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){1,2})(?=\s*[,.;:!]|\s+(?:about|on|for|in|at|from|how|why|what|whether)(?![\p{L}]))/u);
/** "We put three questions to …, NAME", "I spoke with NAME about": the writer's cue, an appositive before the name perhaps. */
const QUESTIONS_PUT_TO_NAME = lazy(() => /(?:^|[.!?]\s+)(?:We|I)\s+(?:\p{Ll}+\s+)?(?:asked|interviewed|(?:spoke|talked|chatted)\s+(?:to|with)|sat\s+down\s+with|caught\s+up\s+with|put\s+(?:\p{Ll}+\s+){0,2}questions\s+to)\s+(?:[^.!?,;:]{1,60},\s+)?(\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){1,2})(?=\s*[,.;:!]|\s+(?:about|on|for|in|at|from|how|why|what|whether)(?![\p{L}]))/u);

/** " and her brother Kofi Osei", " & Ana Ruiz": a second person named right after the first. */
const PAIR_AFTER_NAME = lazy(() => /^\s*(?:and|&)\s+(?:(?:her|his|their)\s+(?:\p{Ll}+\s+){0,2})?\p{Lu}/u);
/** The full name an interview's intro opens on ("Miriam Calloway opened Lantern Books …"), not its writer's. */
function introOpeningName(intro: string, author: string | null): string | null {
  // (An intro quoting them is a news story's lede, its questions the writer's: "… maakt zich zorgen. \"Als …,\" zei hij".)
  // An academic rank before the title is no part of the name either ("Associate Professor Ingrid Halvorsen joined …").
  intro = intro.replace(ACADEMIC_RANK(), '');
  // A dotted honorific before the name ("Dr. Helena Varga took over …") is no word of it, as an undotted one is not (guestNamed).
  intro = intro.replace(DOTTED_HONORIFIC(), '');
  const m = findQuoteSpans(intro).some(isSpeechSpan) ? null : OPENING_FULL_NAME().exec(intro);
  if (!m) return null;
  // A particle and the surname after it ("Pieter de Vries"); a title before it is no part of it ("Wethouder Pieter de Vries").
  const after = intro.slice(m.index + m[0].indexOf(m[1]!) + m[1]!.length);
  // Half of a pair opening the sentence is no one guest: "Dr. Amara Osei and her brother Kofi Osei both teach here."
  if (PAIR_AFTER_NAME().test(after)) return null;
  const particled = INTRO_PARTICLE_SURNAME().exec(after)?.[1];
  return guestNamed(particled ? `${m[1]} ${particled}` : m[1]!, author);
}

/** A dotted honorific opening a sentence, before a capitalised name: "Dr. ", "Prof. ", "Mrs. ". */
const DOTTED_HONORIFIC = lazy(() => /^\s*(?:Dr|Prof|Mr|Mrs|Ms|Mx|Rev)\.\s+(?=\p{Lu}\p{Ll})/u);
/** A rank word before "Professor" at a sentence's start: "Associate Professor", "Emeritus Professor". */
const ACADEMIC_RANK = lazy(() => /^\s*(?:Associate|Assistant|Adjunct|Emerit(?:us|a)|Distinguished|Visiting|Clinical|Full)\s+(?=(?:Professor|Prof\.?)\s)/u);

/** The guest's name as the intro writes it, a title before it set aside; null for no person's name, or the writer's own. */
function guestNamed(written: string, author: string | null): string | null {
  const words = written.split(' ');
  while (words.length > 2 && TITLE_BEFORE_NAME().test(words[0]!)) words.shift();
  const name = words.join(' ');
  return !TITLE_BEFORE_NAME().test(words[0]!) && mayBePersonName(name) && name !== author ? name : null;
}

/**
 * The person both the title and the standfirst's first sentence name, the sentence opening on the
 * name ("„Krypto není loterie," říká Petra Nováková …" / "Petra Nováková vede od roku 2021 …"):
 * whom an interview without labels is with, in any language. The first paragraph of eight words or
 * more is the standfirst; a full name is two or three capitalised words.
 */
function titledSubject(title: string | null, body: string): string | null {
  if (!title) return null;
  // A deck set as a block quote ("> Keziah Mbeki co-founded …", a Notion page's) is read without its mark.
  const lines = body.split('\n', 20).map((l) => (l.charCodeAt(0) === 0x3e ? l.replace(/^>\s?/, '') : l));
  const standfirst = lines.find((l, i) => i > 0 && wordCount(l) >= 8 && /[.!…]["”’]?\s*$/.test(l));
  const m = standfirst ? OPENING_FULL_NAME().exec(standfirst) : null;
  if (!m || !title.includes(m[1]!) || title.trim().startsWith(m[1]!)) return null;
  return m[1]!;
}
/**
 * The guest a Q&A's first question addresses by title and surname ("Frau Lindqvist, Mirvana hat …
 * Wie geht es Ihnen heute damit?", "Ms Adeyemi, why now?"), the full name with that surname written
 * above it (the standfirst's "…, Annika Lindqvist, über …"); else null.
 */
function addressedGuest(body: string): string | null {
  const lines = body.split('\n', 40);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.includes('?')) continue;
    const m = ADDRESSED().exec(lines[i]!);
    if (!m) continue;
    const above = lines.slice(0, i).join('\n');
    const full = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?) ${m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').exec(above);
    return full ? `${full[1]} ${m[1]}` : null;
  }
  return null;
}
/**
 * The guest a title names by an honorific and surname after "with" or "for" ("Meet Our New Head: A
 * Conversation with Ms. Hollis", "Five Questions for Dr. Osei"): the one full name with that surname
 * written above the first question (the standfirst's "we welcome Mrs. Rowena Hollis"); else null.
 */
function surnameTitledGuest(title: string | null, body: string): string | null {
  const m = title ? TITLE_HONORIFIC_SURNAME().exec(title.trim()) : null;
  if (!m) return null;
  const lines = body.split('\n', 40);
  const first = lines.findIndex((l) => /\?\s*[*_]{0,2}\s*$/.test(l));
  const above = (first < 0 ? lines : lines.slice(0, first)).join('\n').replace(/\*\*|__/g, '');
  const re = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?) ${m[1]!}(?![\\p{L}])`, 'gu');
  const found = new Set([...above.matchAll(re)].map((f) => `${f[1]} ${m[1]}`).filter((n) => !NAME_TITLE().test(n.split(' ')[0]!)));
  return found.size === 1 ? [...found][0]! : null;
}
const TITLE_HONORIFIC_SURNAME = lazy(() => /(?<![\p{L}])(?:with|for)\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[.!?]?$/u);
const ADDRESSED = lazy(() => /^\s*(?:Frau|Herr|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Madame|Monsieur|Mme|Señora|Señor|Sra\.|Sr\.|Senyora|Senyor|Signora|Signor|Mevrouw|Meneer|Fru|Pani|Pan)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),\s+\S.*\?\s*$/u);
const OPENING_FULL_NAME = lazy(() => /^\s*(\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){1,2})\s+\p{Ll}/u);

/**
 * "We spoke to Halvard Ness, …", "Answers from Dr. Ines Quayle", "Answers provided in writing by Tariq
 * Hussain", "I e-mailed Dana Okafor five questions", "We put six questions to …": a standfirst naming who answers.
 */
const GUEST_INTRO = lazy(() => /(?<![\p{L}])(?:(?:[Ww]e|I)\s+(?:spoke|talked|chatted)\s+(?:to|with)|(?:[Ww]e|I)\s+(?:caught\s+up|sat\s+down)\s+with|[Aa]nswers\s+(?:are\s+)?from|[Aa]nswer(?:s|ed)\s+(?:(?:are|were)\s+)?(?:(?:provided|given|supplied|written)\s+)?(?:in\s+writing\s+)?by|(?:[Ww]e|I)\s+(?:interviewed|e-?mailed|emailed)|(?:[Ww]e|I)\s+(?:put|sent|e-?mailed)\s+(?:\p{Ll}+\s+){0,2}questions\s+to)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’-]+){1,3})/u);
/**
 * "Every month, Dana Whitfield answers questions submitted …": a column's standfirst naming who answers;
 * the name may be set off as an appositive ("Each year our Chair, Dame Helen Achebe, answers questions …").
 */
// (or a role in small words before the name: "our personal finance editor Joanne Ferris answers readers' questions")
const ANSWERS_QUESTIONS = lazy(() => /(?:^|[,.]\s+|\*|\s(?:our|the|their)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3})(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),?\s+answers\s+(?:your\s+|readers['’]?\s+|employees['’]?\s+)?questions(?![\p{L}])/u);

/**
 * The guest a standfirst names, above the first question ("We spoke to Halvard Ness, a wildlife
 * ecologist, about…"): who answers a Q&A whose front matter and title name nobody.
 */
function standfirstGuest(body: string): string | null {
  const lines = body.split('\n', 25);
  for (const line of lines) {
    // Read up to the first question: a standfirst stands above it.
    if (/\?\s*(?:\*\*|__)?\s*$/.test(line)) break;
    // ("we caught up with NAME on the show floor", "I sat down with NAME": a trade site's floor interview says it so.)
    if (!/spoke|talked|chatted|caught up|sat down|answers|interview|mailed|questions/i.test(line)) continue;
    // Or a deck under the title opening on it: "An interview with Tomasz Brenner, chief executive of …".
    // (A name set in bold, "by **Tariq Hussain**, Head of …", is read without its marks.)
    const plain = line.includes('**') ? line.replace(/\*\*/g, '') : line;
    const m = GUEST_INTRO().exec(plain) ?? ANSWERS_QUESTIONS().exec(plain) ?? HEADER_INTERVIEW_WITH().exec(plain.replace(/^\s*[*_]{1,2}/, ''));
    if (!m) continue;
    // A title before the name is no part of it ("Captain Rosalind Achterberg").
    const words = m[1]!.split(/\s+/);
    while (words.length > 2 && NAME_TITLE().test(words[0]!)) words.shift();
    if (!NAME_TITLE().test(words[0]!)) return words.join(' ');
  }
  return null;
}

/**
 * The guest a printed interview's closing credit names, on one of its last three lines: "*Alan Pike
 * was talking to Nina Harwood. Lock 42 is open …*", "Olu Bello spoke to Mara Quinn for The Ledger.":
 * the first full name (the second asked: header.ts creditedInterviewer).
 */
function footCreditGuest(body: string): string | null {
  const lines = body.trimEnd().split('\n');
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const line = lines[i]!.trim();
    if (!line) continue;
    seen++;
    const m = line.length <= 300 ? FOOT_CREDIT_GUEST().exec(line) : null;
    if (m) return m[1]!;
  }
  return null;
}
const FOOT_CREDIT_GUEST = lazy(() => /^[*_]{0,2}(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})\s(?:(?:was|were)\s(?:speaking|talking)|spoke|talked)\s(?:to|with)\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}(?:\s(?:for|of|at)\s[^.*_]{1,60})?[.*_]/u);

const PIPE_ROW = lazy(() => /^\s*\|(.*[\p{L}\p{N}].*)\|\s*$/u);
const PIPE_SEPARATOR = lazy(() => /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/);

/**
 * The lines of every Markdown table: a row of cells over a separator row ("|---|:---:|"), and the
 * rows under it. One pass; each line is looked at once.
 */
function markdownTableLines(lines: readonly string[], end: number): Set<number> {
  const found = new Set<number>();
  for (let k = 1; k < end; k++) {
    if (!PIPE_SEPARATOR().test(lines[k]!) || !PIPE_ROW().test(lines[k - 1]!)) continue;
    found.add(k - 1);
    found.add(k);
    while (k + 1 < end && PIPE_ROW().test(lines[k + 1]!)) found.add(++k);
  }
  return found;
}

/** A Markdown table row's cells, in their columns (empty cells kept). */
function pipeCells(raw: string): string[] {
  return (PIPE_ROW().exec(raw)?.[1] ?? '').split('|').map((c) => c.trim());
}

/**
 * The Markdown table whose header row is line `at`: the header read as a TSV export's ("| Question |
 * Answer |", "| Date | Speaker | Quote |"), and the last row of its body; null where the line opens
 * no table with a body, or its header names no text the rows hold.
 */
function markdownTableAt(lines: readonly string[], at: number, end: number): { header: TsvHeader; end: number } | null {
  if (at + 2 >= end || !PIPE_SEPARATOR().test(lines[at + 1]!)) return null;
  const header = headerOf(pipeCells(lines[at]!));
  if (!header) return null;
  let last = at + 1;
  while (last + 1 < end && PIPE_ROW().test(lines[last + 1]!)) last++;
  return last > at + 1 ? { header, end: last } : null;
}

/** A question column and an answer column ("| Question | Answer |", "| Q | A | Asked by |"). */
function isQuestionAnswerHeader(header: TsvHeader): boolean {
  return header.contentColumn < 0;
}
/** An indented list item keyed as a note or tags, under the item it annotates: "    - **Note:** …", "  * Tags: #x". */
const READER_NOTE = lazy(() => /^\s+[-*+]\s+(?:\*\*|__)?(?:Note|Tags)(?:\*\*|__)?\s*:/);
/** A header field naming the guest: "**Guest:** Changpeng Zhao (CZ), co-founder …", "Guest: Ana Ruiz". */
const GUEST_FIELD = lazy(() => /^\s*(?:[-*]\s+)?(?:\*\*|__)?Guest(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})/u);
/**
 * A header field naming who keeps the log and asks its questions: "Kept by: Priya Nandakumar
 * (investigations desk)", "**Interviewer:** Sam Whitcombe", "Interviewed by: …", "Asked by: …".
 */
const ASKER_FIELD = lazy(() => /^\s*(?:[-*]\s+)?(?:\*\*|__)?(?:Kept by|Logged by|Interviewer|Interviewed by|Asked by|Questions by)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})/u);
/**
 * A log's title that names the person it logs after a dash or a colon, a rank before the name and
 * their affiliation after a comma or in brackets: "Interview log — Chief Alan Renshaw, Calder Valley
 * Fire & Rescue", "Q&A record: Dr. Mina Osei (Harbour General)". Groups: the name.
 */
const TITLE_DASH_PERSON = lazy(() => /^[^—–:]{2,60}?\s[—–]\s|^[^—–:]{2,60}?:\s/u);
const PERSON_AFTER_DASH = lazy(() => /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}?)(?:\s*[,(]|\s*$)/u);
function titleDashPerson(title: string | null): string | null {
  if (!title || title.length > 200) return null;
  const lead = TITLE_DASH_PERSON().exec(title);
  if (!lead) return null;
  const words = title.slice(lead[0].length).trim().split(' ');
  // ("Chief Alan Renshaw": the rank before the name is no part of it)
  while (words.length > 2 && NAME_TITLE().test(words[0]!)) words.shift();
  const m = PERSON_AFTER_DASH().exec(words.join(' '));
  return m && mayBePersonName(m[1]!) && !m[1]!.split(' ').some((w) => NAME_TITLE().test(w)) ? m[1]! : null;
}
/** A column's note that is a name alone: "Question (Priya)". */
const COLUMN_NAME_NOTE = lazy(() => /\((\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\)\s*$/u);
/**
 * Who asks and answers a question-and-answer table the document's roles do not say: the question
 * column's note ("Question (Priya)"), as the full name the lines above give that first name
 * ("The Long View with Priya Nair"), and a "Guest:" field above the table.
 */
function tablePeopleAbove(
  lines: readonly string[],
  at: number,
  header: TsvHeader,
  roles: { guest: string | null; asker: string | null },
  registry: ParseInput['registry'],
  title: string | null = null,
): { guest: string | null; asker: string | null } {
  let { guest, asker } = roles;
  const above = lines.slice(Math.max(0, at - 40), at);
  if (!guest) {
    for (const line of above) {
      const m = GUEST_FIELD().exec(line);
      if (m) {
        guest = registry.resolve(m[1]!) ?? m[1]!;
        break;
      }
    }
  }
  // An interview log's table under its title "Interview log — Chief Alan Renshaw, …" and a
  // "Kept by: Priya Nandakumar" field: the one the title names answers, the log's keeper asks.
  if (!guest) {
    const named = titleDashPerson(title);
    if (named) guest = registry.resolve(named) ?? named;
  }
  const noted = asker ? null : COLUMN_NAME_NOTE().exec(header.columns[header.questionColumn] ?? '');
  if (noted) {
    const first = noted[1]!;
    let full = first;
    if (!/\s/.test(first)) {
      const named = new RegExp(`(?<![\\p{L}])${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\p{Lu}[\\p{L}'’-]+)`, 'u');
      for (const line of above) {
        const m = named.exec(line);
        if (m) {
          full = `${first} ${m[1]}`;
          break;
        }
      }
    }
    asker = registry.resolve(full) ?? full;
  }
  if (!asker && header.askerColumn < 0) {
    for (const line of above) {
      const m = ASKER_FIELD().exec(line);
      if (m) {
        asker = registry.resolve(m[1]!) ?? m[1]!;
        break;
      }
    }
  }
  return { guest, asker };
}

/** A column of what people said: "Quote", "Statement", "Remark". */
const SAID_COLUMN = lazy(() => /^(?:quote|quotation|statement|remark|what (?:they|he|she) said)s?$/i);

/** Who said what, quoted ("| Date | Speaker | Quote | Source |"): a speaker column and a quotation column. */
function isSpeakerQuoteHeader(header: TsvHeader): boolean {
  return header.contentColumn >= 0 && header.speakerColumn >= 0 && SAID_COLUMN().test(header.columns[header.contentColumn]!);
}

/**
 * A transcript's turns ("| Time | Speaker | Text |", "| Name | Text |"): a speaker column and a column
 * of what was said that no quotation column is (isSpeakerQuoteHeader is read first).
 */
function isSpeakerTurnsHeader(header: TsvHeader): boolean {
  return header.contentColumn >= 0 && header.speakerColumn >= 0;
}

/**
 * A sidebar's heading naming who answers: "FIVE QUESTIONS FOR LIV AASEN", "3 questions with Dr. Ana Ruiz", "Quick questions to Tom Saller:";
 * a catalogue's or a press kit's author Q&A under a story's blurbs says so too: "A CONVERSATION WITH MIRA SOLANKI", "Q&A with Tom Saller".
 */
const QUESTION_BOX_HEADING = lazy(() => /^\s*(?:#{1,6}\s+)?[*_]{0,2}(?:(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|quick|some)\s+)?questions\s+(?:for|with|to)|(?:an?\s+|in\s+)?conversation\s+with|q\s?&\s?a\s+with)\s+([\p{L}][\p{L}.'’ -]{2,60}?)\s*:?[*_]{0,2}\s*$/iu);

/**
 * The questions of a sidebar put to one person under a heading naming them: from the heading, each
 * paragraph opening with a question (its first lines to the one ending on "?") and answered by the
 * rest of the paragraph, or by the paragraph under it that asks nothing. The box ends at the first
 * paragraph that opens with no question. Two pairs or more make a box.
 */
function questionBox(lines: readonly string[], end: number, registry: ParseInput['registry']): { guest: string; pairs: Map<number, { question: string; answer: string; last: number }> } | null {
  // (the story's first line of text, found once: -1 until looked for, `end` where there is none)
  let firstText = -1;
  for (let h = 0; h < end; h++) {
    const m = lines[h]!.length < 100 ? QUESTION_BOX_HEADING().exec(lines[h]!) : null;
    if (!m || !/\s/.test(m[1]!.trim())) continue;
    // A sidebar inside a story, under a paragraph of it: a page titled so ("# Five questions for
    // coach Ama Boateng") is an interview, read as its headings' questions are.
    if (firstText < 0) {
      firstText = 0;
      while (firstText < end && !isContentLine(lines[firstText]!)) firstText++;
    }
    if (firstText >= h) continue;
    const pairs = new Map<number, { question: string; answer: string; last: number }>();
    let k = h + 1;
    for (;;) {
      while (k < end && !lines[k]!.trim()) k++;
      if (k >= end) break;
      let q = k;
      while (q < end && q - k < 3 && lines[q]!.trim() && !isQuestionSentence(lines[q]!)) q++;
      if (q >= end || !lines[q]!.trim() || !isQuestionSentence(lines[q]!)) break;
      let last = q + 1;
      while (last < end && lines[last]!.trim()) last++;
      // The answer: the rest of the paragraph, else the paragraph under it where it asks nothing.
      let from = q + 1;
      if (from >= last) {
        from = last;
        while (from < end && !lines[from]!.trim()) from++;
        if (from >= end) break;
        last = from;
        while (last < end && lines[last]!.trim()) last++;
        if (isQuestionSentence(lines[last - 1]!)) break;
      }
      pairs.set(k, { question: normalizeSpace(lines.slice(k, q + 1).join(' ')), answer: normalizeSpace(lines.slice(from, last).join(' ')), last: last - 1 });
      k = last;
    }
    if (pairs.size >= 2) {
      const written = normalizeSpace(m[1]!);
      const name = written === written.toUpperCase() ? displayName(written) : written;
      return { guest: registry.resolve(name) ?? name, pairs };
    }
  }
  return null;
}

/** One row of a who-said-what table: a quote by its speaker cell, its other cells (and the speaker as written) topics, its date cell its year. */
function addQuoteRow(b: DocBuilder, k: number, cells: string[], header: TsvHeader, section: string | null): void {
  const written = normalizeSpace(cells[header.speakerColumn] ?? '');
  const text = normalizeSpace(cells[header.contentColumn] ?? '').replace(/^["“](.*)["”]$/u, '$1');
  const speaker = written ? (b.input.registry.resolve(written) ?? written) : null;
  const topics = cells.map((c) => normalizeSpace(c)).filter((c, n) => c && n !== header.contentColumn && (n !== header.speakerColumn || c !== speaker));
  if (!text) {
    b.add({ type: 'claim', text: topics.join(' — '), speaker: narratorOf(b.input.meta, b.input.registry), section }, k);
    return;
  }
  b.add({ type: 'quote', text, speaker, section, topics }, k);
  const dated = header.dateColumn >= 0 ? cellDate(cells[header.dateColumn] ?? '') : null;
  if (dated) b.records[b.records.length - 1]!.year = dated.year;
}

/**
 * A team's signature that names its company before the sender's name the From header gives
 * ("Quillstone Investor Relations" for "Investor Relations", "Harbour Rail Press Office" for "Press
 * Office"): one to three capitalised words, then the sender's name, no sentence.
 */
function signsAsOrganisation(raw: string, sender: string): boolean {
  const line = normalizeSpace(raw);
  if (line.length > 80 || !line.endsWith(` ${sender}`)) return false;
  const before = line.slice(0, line.length - sender.length - 1).split(' ');
  return before.length <= 3 && before.every((w) => /^\p{Lu}[\p{L}\p{N}&'’.-]*$/u.test(w));
}

/** A company's name in capitals ending on its legal form's abbreviation: "QUILLSTONE, INC.", "HARROW FOODS LTD.". */
const CAPITALS_COMPANY_STOP = lazy(() => /\b(?:INC|LTD|CORP|CO|PLC|LLC|S\.A|N\.V)\.$/);
/**
 * A title block in capitals: two to four lines from line `i`, each of ten words at most with no
 * lower-case letter and no sentence's end (but a company's "INC."), a blank line or the text's start
 * above, and under it a blank line or the block's date line. Where the document's text around it is
 * in lower case, a block so set off is a header, not the words of a paragraph wrapped in capitals.
 * The index past the block's last line in capitals, or `i` when it is none.
 */
function capitalsTitleBlock(lines: readonly string[], i: number, end: number): number {
  const isCapitalsTitle = (raw: string | undefined) => {
    const t = normalizeSpace(raw ?? '');
    return t.length > 0 && t.length <= 90 && /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t) && wordCount(t) <= 10 && !/[,;:?!]$/.test(t) && (!t.endsWith('.') || CAPITALS_COMPANY_STOP().test(t));
  };
  if ((i > 0 && lines[i - 1]!.trim()) || !isCapitalsTitle(lines[i])) return i;
  let k = i + 1;
  while (k < end && k - i < 4 && isCapitalsTitle(lines[k])) k++;
  if (k - i < 2) return i;
  let after = k;
  if (after < end && lines[after]!.trim() && isDateLine(normalizeSpace(lines[after]!))) after++;
  if (after < end && lines[after]!.trim()) return i;
  // text in lower case below it (under a speaker's heading in capitals, say): the block heads it
  for (let seen = 0; after < end && seen < 3; after++) {
    if (!lines[after]!.trim()) continue;
    if (/\p{Ll}/u.test(lines[after]!)) return k;
    seen++;
  }
  return i;
}

const LIST_ITEM = lazy(() => /^\s*[-*•·▪►]\s+\S/u);
/**
 * A line ending in an e-mail address, a web address or a telephone number: a contact's line, never a
 * wrapped sentence's. What /(?:\S+@\S+\.\w+|https?:\/\/\S+|www\.\S+|\+?\d[\d ().-]{5,}\d)\s*$/ finds,
 * read from the line's end: the pattern, tried at every character, read a long word or run of
 * dashes to its end from each one.
 */
export function endsWithContact(line: string): boolean {
  const text = line.trimEnd();
  const end = text.length;
  let start = end; // the last word
  while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  const word = text.slice(start);
  // an address: "@", one character or more, ".", then word characters to the end
  let w = word.length;
  while (w > 0 && /\w/.test(word[w - 1]!)) w--;
  const at = word.indexOf('@', 1);
  if (w < word.length && w >= 1 && word[w - 1] === '.' && at >= 1 && at <= w - 3) return true;
  if (/https?:\/\/\S|www\.\S/.test(word)) return true;
  // a telephone number: a digit, five or more of "0-9 ().-", a digit at the end
  if (!/\d/.test(text[end - 1] ?? '')) return false;
  for (let q = end - 2; q >= 0 && /[\d ().-]/.test(text[q]!); q--) if (q <= end - 7 && /\d/.test(text[q]!)) return true;
  return false;
}
/**
 * The first line of a numbered paragraph of body text, as a declaration, a contract or a report
 * numbers its paragraphs ("     1.   I am the Head of … Inc." over "(\"BAM\"). I have held …"): the
 * line runs on into the lines under it (no blank line between), and a neighbouring number of the
 * same form (n-1 or n+1) opens a paragraph that is plainly body text, its first line wrapped on
 * mid-sentence. Numbered headings ("1. Introduction" / "2. Methods") have headings as neighbours.
 */
function isNumberedBodyParagraph(lines: string[], i: number, end: number): boolean {
  const m = PARAGRAPH_NUMBER().exec(lines[i]!);
  if (!m || !(lines[i + 1] ?? '').trim() || i + 1 >= end) return false;
  const n = Number(m[1]);
  const mark = m[2]!;
  for (let k = 0; k < end; k++) {
    if (k === i) continue;
    const other = PARAGRAPH_NUMBER().exec(lines[k]!);
    if (!other || other[2] !== mark || Math.abs(Number(other[1]) - n) !== 1) continue;
    const next = lines[k + 1] ?? '';
    if (k + 1 < end && next.trim() && continuesOnNextLine(lines[k]!, next)) return true;
  }
  return false;
}
const PARAGRAPH_NUMBER = lazy(() => /^\s*(\d{1,3})([.)])\s+\S/);

/** "1. …", "2) …", "a. …": a numbered list's item. */
const NUMBERED_ITEM = lazy(() => /^\s*(?:\d{1,3}|[a-z])[.)]\s+\S/);

/**
 * A quotation the writer forgot to close: after a closed quotation in the same paragraph, a
 * sentence opening on a quotation mark that no mark closes before the paragraph ends, short
 * (“We were paying for dividends,” said Ada Moss, a retired teacher. "Now we pay for pipes.).
 * Read as closed there, it is the quotation it reads as (whose words the sentences around it
 * say), not narration with a stray mark. Not where the tail runs long: a mark opening pages of
 * text is no quotation of a sentence or two.
 */
function strandedOpening(paragraph: string): boolean {
  if (!leavesQuoteOpen(paragraph)) return false;
  const spans = findQuoteSpans(paragraph);
  if (!spans.length) return false;
  const after = spans[spans.length - 1]!.end;
  // The last opening mark after the last closed quotation (curly or straight).
  const o = Math.max(paragraph.lastIndexOf('“'), paragraph.lastIndexOf('"'), paragraph.lastIndexOf('«'));
  if (o < after || paragraph.length - o > 300) return false;
  // It opens a sentence: a capital right after it, a sentence's stop (its closing mark perhaps) before it.
  if (!/\p{Lu}/u.test(paragraph[o + 1] ?? '')) return false;
  let k = o - 1;
  while (k >= after && isSpaceCode(paragraph.charCodeAt(k))) k--;
  if (k < 0 || k === o - 1) return false;
  if (/["”’»]/.test(paragraph[k]!)) k--;
  return k >= 0 && /[.!?]/.test(paragraph[k]!);
}

/**
 * The closing mark of a quotation in single marks the paragraph opens and never closes, or null:
 * "'…,' Ms Colbeck said. 'Every review since 2012 has told us the same thing." over "'The valley …".
 * News sets a quotation over several paragraphs so: each opens with a mark, only the last closes.
 * The opening mark stands at the paragraph's start or after a space, a capital right after it, past
 * the last quotation the paragraph closes; after it no single mark may close (one after a letter or a
 * stop and before a space or the end: "the farmers' land" reads as closed, and the paragraph is left
 * as it is read today). Only the paragraph's last 600 characters are looked at.
 */
function singleQuoteLeftOpen(paragraph: string): string | null {
  const spans = findQuoteSpans(paragraph);
  const from = Math.max(spans.length ? spans[spans.length - 1]!.end : 0, paragraph.length - 600);
  let open = -1;
  for (let k = paragraph.length - 2; k >= from; k--) {
    const c = paragraph[k]!;
    if ((c === "'" || c === '‘') && (k === 0 || isSpaceCode(paragraph.charCodeAt(k - 1))) && /\p{Lu}/u.test(paragraph[k + 1]!)) {
      open = k;
      break;
    }
  }
  if (open < 0) return null;
  const close = paragraph[open] === '‘' ? '’' : "'";
  for (let k = open + 1; k < paragraph.length; k++) {
    const c = paragraph[k]!;
    if ((c === "'" || c === '’') && /[\p{L}\p{N}.,!?…]/u.test(paragraph[k - 1]!) && (k + 1 === paragraph.length || /[\s.,;:!?)]/u.test(paragraph[k + 1]!))) return null;
  }
  return close;
}


/** A dialogue turn set close to its dash: "—¿Cuándo?", "—En 2014." */
const CLOSE_DASH_TURN = lazy(() => /^\s*[—―][¿¡«"“\p{Lu}]/u);

/** The one person the text names by a word of a full name the story gave before ("Peral me enseña la plaza"), or null. */
function onePersonIn(text: string, state: AttributionState): string | null {
  const found = new Set<string>();
  for (const w of text.slice(0, 2000).split(/[^\p{L}\p{M}'’-]+/u)) {
    const full = w && /^\p{Lu}/u.test(w) ? state.byPart.get(w) : undefined;
    if (full) found.add(full);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** The paragraph above line `at` (its lines joined), or ''. */
function paragraphAbove(lines: readonly string[], at: number): string {
  let k = at - 1;
  while (k >= 0 && !lines[k]!.trim()) k--;
  const parts: string[] = [];
  for (; k >= 0 && lines[k]!.trim(); k--) parts.unshift(lines[k]!.trim());
  return parts.join(' ');
}

/** The next non-blank line from `from` that no rule has taken yet, or -1. */
function nextContentLine(b: DocBuilder, from: number, end: number): number {
  let k = from;
  while (k < end && !b.lines[k]!.trim()) k++;
  return k < end && !b.isMarked(k) ? k : -1;
}

/**
 * A heading that is a pull quote: a speech-sized quotation, alone or after a
 * short label. Returns the label ('' when none), or null for a plain heading.
 */
function pullQuoteLabel(raw: string): string | null {
  const line = normalizeSpace(raw);
  const spans = findQuoteSpans(line).filter(isSpeechSpan);
  if (spans.length === 0) return null;
  const label = line.slice(0, spans[0]!.start).replace(LABEL_TAIL(), '');
  return wordCount(label) <= 6 ? label : null;
}

/** "— Ana Ruiz", "-- Ana Ruiz, founder of Fennel Pay": a dash, then a name and at most a short description. */
// The name may be a handle ("— @ana_ruiz, January 2, 2023") or written in a script without capitals
// ("— 赵长鹏, post on X"), and may be followed by where or to whom it was said ("— Zhao to the court
// in Seattle, April 30, 2024", "— Ruiz speaking at …").
/** A Markdown/outline list item: "- text", "  * text". */
const LIST_BULLET = lazy(() => /^\s*[-*+]\s+\S/);
/** What DASH_NAME opens on: a dash after any space. */
const DASH_OPENING = lazy(() => /^\s*[—―–-]/);
const DASH_NAME =
  lazy(() => /^\s*(?:—|―|–|--?)\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}|@[\p{L}\p{N}_.]{1,30}|\p{Lo}{2,8})(\s+(?:to|at|in|on|before|during|after|speaking|writing|talking|addressing|interviewed|quoted|testifying|posting)\s[^,.!?—:@/]{0,60}?)?\s*(?:,\s*([^.!?]{0,80}))?\.?\s*$/u);

/** A list item's number before a quotation: "1. “…”", "12) "…"" (a listicle's items). */
const QUOTE_ITEM_NUMBER = lazy(() => /^\s*\d{1,3}[.)]\s+(?=["“‘'])/u);
/**
 * A collection's source line under a quotation, naming no one: "— on hiring, in a 2018 interview
 * with Fortune", "— to The Guardian Nigeria, 2016", "— asked about his reputation, in a 2024 podcast".
 * The page's subject said it; the line says where and when.
 */
// (Or any few words in lower case that end on the year: "— keynote at SaaStr Annual, 2019", "— interview with Bloomberg, 2024".
// Or one capitalised word, a company's or a place's, then words in lower case, as no person's name
// goes on: "— Ledgerline all-hands, leaked memo, 2016", "— Harvard commencement speech, 2021";
// "— Mark Chen, her co-founder, 2019" and "— Her co-founder Mark Chen, 2019" name someone else.)
const NAMELESS_SOURCE_LINE = lazy(() => /^\s*(?:—|―|–|--?)\s*(?:(?:on|to|in|at|asked|speaking|writing|talking|addressing|quoted|from|during|via|interviewed|testifying|posting)\s[^—–]{2,120}|\p{Ll}[^—–\d]{2,100}(?:19|20)\d{2}\)?\.?|(?!(?:Her|His|Their|Our|My|Your)\s)\p{Lu}[^—–,\d\s]{0,30}\s\p{Ll}[^—–\d]{0,100}(?:19|20)\d{2}\)?\.?)$/u);
/**
 * A title that says the page collects one person's quotations: "21 of Chidi Okafor's best quotes on
 * leadership" ("Seven of …", "Some of …"), "Ana Ruiz's most memorable quotes", "Quotes by Ana Ruiz", "Ana Ruiz - Wikiquote",
 * "Ana Ruiz in her own words", "12 things Ana Ruiz has said about hiring". The person's name, else null.
 */
const QUOTE_COLLECTION_TITLE = lazy(() => /^(?:(?:\d{1,3}|\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)\s+of\s+)?(\p{Lu}\p{Ll}[\p{L}'-]*(?:\s\p{Lu}\p{Ll}[\p{L}'-]*){1,2})['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}quotes(?![\p{L}])|(?:^|\s)[Qq]uotes\s+(?:by|from)\s+(\p{Lu}\p{Ll}[\p{L}'-]*(?:\s\p{Lu}\p{Ll}[\p{L}'-]*){1,2})|^(\p{Lu}\p{Ll}[\p{L}'-]*(?:\s\p{Lu}\p{Ll}[\p{L}'-]*){1,2})\s+(?:[-–—]\s*Wikiquote|[Qq]uotes\s*$|in\s+(?:his|her|their)\s+own\s+words)|^(?:\d{1,3}|\p{Lu}\p{Ll}+)\s+(?:things|times)\s+(\p{Lu}\p{Ll}[\p{L}'-]*(?:\s\p{Lu}\p{Ll}[\p{L}'-]*){1,2})\s+(?:has\s+|have\s+)?(?:said|says)(?![\p{L}])/u);
/** A quote page's entry: a bullet of the words ("* We did not set out …"), flush or indented by a space or two. */
const QUOTE_PAGE_BULLET = lazy(() => /^(\s{0,2})[*•-]\s+\S/u);
/** Its source: a sub-bullet indented deeper right under it ("   * Interview with Forbes (March 3, 2019)"). */
const QUOTE_PAGE_SOURCE = lazy(() => /^(\s+)[*•-]\s+(\S.{0,200})$/u);
/** A quote page's sections of words nobody can surely be named for: "Disputed", "Misattributed", "Unsourced". */
const DOUBTED_SECTION = lazy(() => /^(?:Disputed|Misattributed|Attributed|Unsourced|Unverified|Dubious)(?![\p{L}])/iu);
/** A quote page's section of other people's words about its subject: "Quotes about Renata Vasquez", "About her". */
const ABOUT_SECTION = lazy(() => /^(?:(?:Quotes|Quotations|Sayings)\s+)?about\s/iu);
/** The name opening a source line, before a comma or a bracket: "Tomás Ibarra, former chief operating officer, …". */
const SOURCE_LINE_NAME = lazy(() => /^(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s\p{Lu}\p{Ll}[\p{L}'’-]*){1,2})\s*[,(]/u);

function quoteCollectionSubject(title: string | null | undefined): string | null {
  const m = title ? QUOTE_COLLECTION_TITLE().exec(title.trim()) : null;
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4])! : null;
}
/**
 * The person a quote site's page collects, by its title or, under the site's name and menu, a
 * page heading among its first lines ("BrainyQuote" / "Topics Authors …" / "Teodor Hale Quotes").
 */
function quoteCollectionOf(lines: readonly string[], title: string | null | undefined): string | null {
  const titled = quoteCollectionSubject(title);
  if (titled) return titled;
  for (let k = 0, seen = 0; k < lines.length && seen < 6; k++) {
    if (!lines[k]!.trim()) continue;
    seen++;
    const named = lines[k]!.length <= 80 ? quoteCollectionSubject(normalizeSpace(lines[k]!)) : null;
    if (named) return named;
  }
  return null;
}

/** A quote site's entry tags: capitalised words set apart by runs of spaces, two at least ("Sports   Discipline"). */
const QUOTE_ENTRY_TAGS = lazy(() => /^\p{Lu}[\p{L}-]*(?: {2,}\p{Lu}[\p{L}-]*){1,7}$/u);
/** A quote site's entry buttons: "Share  Copy", "Copy link   Share". */
const QUOTE_ENTRY_BUTTONS = lazy(() => /^(?:share|copy|copy link|save|like|tweet|pin|email|print)(?: {2,}(?:share|copy|copy link|save|like|tweet|pin|email|print)){0,5}$/iu);

/** An embedded post's signature: "— Lucas Andrade (@LucasAndradeMP) March 3, 2025", "— NAME (@handle) 12 April 2024". */
const EMBEDDED_POST_SIGNATURE = lazy(() => /^\s*(?:—|―|–|--?)\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})\s+\(@[\p{L}\p{N}_]{1,30}\)\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{4})\s*$/u);

/**
 * Epigraphs: a quotation (in marks or not) on a line, and under it a line of
 * a dash and the name of who said it. The two lines make one quote of that
 * person. Only where an epigraph stands: at the top of the text, or right
 * under a heading, so an article's sign-off line never makes its last
 * paragraph a quote.
 */
function markEpigraphs(b: DocBuilder, end: number, narrator: string | null, state: AttributionState): void {
  const lines = b.lines;
  let prev = -1; // the last non-blank line before the current one
  let beforePrev = -1;
  // A Markdown blockquote holds an epigraph as often as not: "> “…”" / "> — Ana Ruiz".
  const unquoted = (idx: number) => lines[idx]!.replace(/^\s*>\s?/, '');
  // A collection of one person's quotations (its title says so): a source line naming no one under a quotation is theirs.
  const collected = quoteCollectionOf(lines, b.input.meta.title);
  let section: string | null = null;
  // The last Markdown heading passed: the section of an epigraph set further down it.
  let mdSection: { title: string; line: number } | null = null;
  for (let i = 0; i < end; i++) {
    if (!lines[i]!.trim()) continue;
    if (lines[i]!.includes('#')) {
      const h = markdownHeading(lines[i]!);
      if (h !== null) mdSection = { title: h, line: i };
    }
    if (collected) {
      // A section's heading: a wiki's ("Quotes about NAME[edit]"), Markdown's, or a short heading line right over the bullets.
      const plainHeading = !QUOTE_PAGE_BULLET().test(lines[i]!) && QUOTE_PAGE_BULLET().test(lines[i + 1] ?? '') && isHeadingLike(lines[i]!, 8) ? normalizeSpace(lines[i]!) : null;
      section = wikiSectionTitle(lines[i]!) ?? markdownHeading(lines[i]!) ?? plainHeading ?? section;
      const entry = quotePageEntry(b, i, end, collected, section, state);
      if (entry) {
        const before = b.records.length;
        b.add(entry.record, i, i + 1);
        if (entry.year !== undefined && b.records.length > before) b.records[before]!.year = entry.year;
        beforePrev = i;
        prev = i + 1;
        i++;
        continue;
      }
    }
    // (DASH_NAME opens on a dash: a line without one never runs or compiles it)
    const line = unquoted(i);
    let dash = DASH_OPENING().test(line) ? DASH_NAME().exec(line) : null;
    // An outline ("- Early career" / "    - Joined … 2013" / "- Quotes"): a "- Name" bullet under
    // another list bullet is the list's next item, no signature of the bullet above it.
    if (dash && prev >= 0 && LIST_BULLET().test(unquoted(prev)) && /^\s*[-*+]\s/.test(unquoted(i))) dash = null;
    // So is the first of a list's bullets, another right under it ("- Yes, it is in testing." / "- The
    // public test opens in May."): a list, no signature ("Yes") of the line above.
    if (dash && /^\s*[-*+]\s/.test(unquoted(i)) && i + 1 < end && LIST_BULLET().test(unquoted(i + 1))) dash = null;
    // An advice column's letter signed so ("— Worried in Ohio") and answered ("Dear Worried:") is a letter, not an epigraph,
    // a one-line letter under its own "Dear Clara," too ("Is it rude to wear white …?"): the reply's salutation is what says so.
    if (dash && prev >= 0 && repliedSignature(lines, i, end)) dash = null;
    // A line of dash dialogue closed by its incise ("– Asiakkaita on ollut …, Koskinen kertoo.") is words said, no signature.
    if (dash && opensDashDialogue(unquoted(i))) dash = null;
    // Under a paragraph that opens with its own dash ("— Не рисковать ради удобства. …" / "— Спасибо."),
    // a dash line is the dialogue's next turn; and a single word closed by a full stop is no name.
    if (dash && prev >= 0 && /^\s*[—–]\s/.test(unquoted(prev)) && /[.!?…]\s*$/.test(unquoted(i))) dash = null;
    if (dash && /^\s*[—–-]+\s*\p{L}+[.!?]\s*$/u.test(unquoted(i))) dash = null;
    // A social post embedded in a live blog or an article, its words and then "— NAME (@handle) DATE"
    // right under them: the post is that person's, wherever it stands in the text.
    const post = !dash && DASH_OPENING().test(line) ? EMBEDDED_POST_SIGNATURE().exec(line) : null;
    if (post && prev >= 0 && prev === i - 1 && !b.isMarked(prev)) {
      let first = prev;
      while (first > 0 && first > prev - 6 && lines[first - 1]!.trim() && !b.isMarked(first - 1)) first--;
      const words = normalizeSpace(lines.slice(first, i).map((l) => l.replace(/^\s*>\s?/, '')).join(' '));
      const spans = findQuoteSpans(words);
      const whole = spans.length === 1 && spans[0]!.start === 0 && wordCount(words.slice(spans[0]!.end)) === 0;
      if (wordCount(words) >= 3 && wordCount(words) <= 120) {
        const speaker = signedName(post[1]!, state);
        knowFullName(state, speaker);
        b.add({ type: 'quote', text: whole ? normalizeSpace(spans[0]!.inner) : words, speaker: speaker === narrator ? narrator : speaker, context: normalizeSpace(line), section: null }, first, i);
        beforePrev = prev;
        prev = i;
        continue;
      }
    }
    // A quote site's entry: the words on a line and, right under them, the collected person's name
    // alone ("Pain is information. Quitting is a decision." / "Teodor Hale"), no dash before it.
    if (collected && prev === i - 1 && !b.isMarked(prev) && normalizeSpace(line) === collected && !isHeadingLike(unquoted(prev), 2)) {
      const quote = normalizeSpace(unquoted(prev));
      const spans = findQuoteSpans(quote);
      const whole = spans.length === 1 && spans[0]!.start === 0 && wordCount(quote.slice(spans[0]!.end)) === 0;
      if (wordCount(quote) >= 3 && wordCount(quote) <= 80 && endsLikeSentence(whole ? spans[0]!.inner : quote)) {
        const speaker = signedName(collected, state);
        knowFullName(state, speaker);
        b.add({ type: 'quote', text: whole ? normalizeSpace(spans[0]!.inner) : quote, speaker: speaker === narrator ? narrator : speaker, context: null, section: null }, prev, i);
        // Under the name, the entry's own furniture: its topic tags set apart by wide gaps
        // ("Motivational   Running   Perseverance") and its buttons ("Share  Copy"), no claims.
        for (let k = i + 1; k < end && lines[k]!.trim() && (QUOTE_ENTRY_TAGS().test(lines[k]!.trim()) || QUOTE_ENTRY_BUTTONS().test(lines[k]!.trim())); k++) b.mark(k, 'navigation');
        beforePrev = prev;
        prev = i;
        continue;
      }
    }
    // A listicle's item: its number, the quotation, and under it the source line (a name, or where and when alone).
    const numbered = prev >= 0 && QUOTE_ITEM_NUMBER().test(unquoted(prev));
    // (A pull quote's "> “…”" may stand a blank line above its source line, as a block is set apart.)
    const sourced = prev === i - 1 || (prev === i - 2 && BLOCKQUOTE().test(lines[prev]!));
    if (!dash && collected && sourced && !b.isMarked(prev) && NAMELESS_SOURCE_LINE().test(line)) {
      const quote = normalizeSpace(unquoted(prev).replace(QUOTE_ITEM_NUMBER(), ''));
      const spans = findQuoteSpans(quote);
      if (spans.length === 1 && spans[0]!.start === 0 && wordCount(quote.slice(spans[0]!.end)) === 0 && wordCount(quote) >= 3 && wordCount(quote) <= 80) {
        const speaker = signedName(collected, state);
        knowFullName(state, speaker);
        const before = b.records.length;
        // Under a Markdown heading ("### 2. On speed"), the section's, as a quotation signed by name is.
        const heading = beforePrev >= 0 ? markdownHeading(lines[beforePrev]!) ?? (mdSection !== null && beforePrev > mdSection.line ? mdSection.title : null) : null;
        const section = heading !== null && titleKey(heading) !== titleKey(b.input.meta.title) ? heading : null;
        b.add({ type: 'quote', text: normalizeSpace(spans[0]!.inner), speaker: speaker === narrator ? narrator : speaker, context: normalizeSpace(line), section }, prev, i);
        // The source line's closing year is when it was said ("— on the Acquired podcast, 2022"), not when the page was.
        const said = SIGNATURE_YEAR().exec(line.trim());
        if (said && b.records.length > before) b.records[before]!.year = Number(said[1]);
        beforePrev = prev;
        prev = i;
        continue;
      }
    }
    if (dash && prev >= 0 && !b.isMarked(prev) && wordCount(unquoted(i)) <= 16 && (!numbered || prev === i - 1)) {
      const quote = normalizeSpace(unquoted(prev).replace(QUOTE_ITEM_NUMBER(), ''));
      const atTop = beforePrev < 0 || isHeadingLike(lines[beforePrev]!) || !!classifyChrome(lines[beforePrev]!);
      const spans = findQuoteSpans(quote);
      const whole = spans.length === 1 && spans[0]!.start === 0 && wordCount(quote.slice(spans[0]!.end)) === 0;
      // A quotation wholly in marks, set off in a "> " block or under a heading, with its signature
      // under it is one, however short ("> “4.”").
      const setOff = whole && (atTop || (BLOCKQUOTE().test(lines[prev]!) && BLOCKQUOTE().test(lines[i]!)));
      // Inside the text, a one-line paragraph with "-- Name" alone under it and the text going on
      // below (no sign-off at the page's foot): a quotation set off and signed.
      const signedMid = !atTop && !whole && /^\s*(?:--|—|―)/.test(lines[i]!) && prev > 0 && !lines[prev - 1]!.trim() && !lines[prev + 1]!.trim() && !(lines[i + 1] ?? '').trim() && nextNonBlank(lines, i + 1, end) >= 0;
      if ((atTop || whole || signedMid) && (wordCount(quote) >= 3 || setOff) && wordCount(quote) <= 80) {
        const name = dash[1]!;
        // A post or a letter signed with its writer's first name ("— Ifeoma" under a post the byline
        // credits to Ifeoma Adaralegbe) is the writer's, named in full.
        const speaker = narrator && !name.includes(' ') && narrator.split(' ')[0] === name ? narrator : signedName(name, state);
        knowFullName(state, speaker);
        const text = whole ? normalizeSpace(spans[0]!.inner) : quote;
        // Under a Markdown heading ("## 2. On FUD"), the quote is that section's, as a paragraph under it
        // is; so is one further down the section, under a paragraph or another quotation.
        const heading = beforePrev >= 0 ? markdownHeading(lines[beforePrev]!) ?? (mdSection !== null && beforePrev > mdSection.line ? mdSection.title : null) : null;
        const section = heading !== null && titleKey(heading) !== titleKey(b.input.meta.title) ? heading : null;
        b.add({ type: 'quote', text, speaker: speaker === narrator ? narrator : speaker, context: dash[2] || dash[3] ? normalizeSpace(unquoted(i)) : null, section }, prev, i);
      }
    }
    beforePrev = prev;
    prev = i;
  }
}

/**
 * A quote page's entry (Wikiquote copied from the browser, a quote site's list): a bullet of the
 * words and right under it a deeper sub-bullet of their source. The page's subject said them,
 * except under "Quotes about …" (the person the source line opens on) and under "Disputed" or
 * "Misattributed" (nobody surely: no quote). The year is the one the source line gives.
 */
function quotePageEntry(b: DocBuilder, i: number, end: number, subject: string, section: string | null, state: AttributionState): { record: Parameters<DocBuilder['add']>[0]; year?: number } | null {
  const lines = b.lines;
  const bullet = QUOTE_PAGE_BULLET().exec(lines[i]!);
  const source = i + 1 < end ? QUOTE_PAGE_SOURCE().exec(lines[i + 1]!) : null;
  if (!bullet || !source || source[1]!.length <= bullet[1]!.length || b.isMarked(i) || b.isMarked(i + 1)) return null;
  if (section && DOUBTED_SECTION().test(section)) return null;
  let speaker = subject;
  if (section && ABOUT_SECTION().test(section)) {
    const named = SOURCE_LINE_NAME().exec(source[2]!);
    if (!named) return null;
    speaker = named[1]!;
  }
  const words = normalizeSpace(lines[i]!.replace(QUOTE_PAGE_BULLET(), (m) => m.slice(-1)).replace(/^\s*[*•-]\s+/, ''));
  if (wordCount(words) < 3 || wordCount(words) > 120) return null;
  const spans = findQuoteSpans(words);
  const whole = spans.length === 1 && spans[0]!.start === 0 && wordCount(words.slice(spans[0]!.end)) === 0;
  const who = signedName(speaker, state);
  knowFullName(state, who);
  const years = [...new Set(source[2]!.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? [])];
  const record = { type: 'quote' as const, text: whole ? normalizeSpace(spans[0]!.inner) : words, speaker: who, context: normalizeSpace(source[2]!), section };
  return years.length === 1 ? { record, year: Number(years[0]) } : { record };
}

function nextNonBlank(lines: readonly string[], from: number, end: number): number {
  for (let k = from; k < end; k++) if (lines[k]!.trim()) return k;
  return -1;
}

function startsWithKnownSpeakerLabel(raw: string, input: ParseInput): boolean {
  const m = /^\s*([^:]{1,40}):/.exec(raw);
  return !!m && input.registry.has(m[1]!);
}

/**
 * A slide deck's outline saved as text (PowerPoint's outline view): slide titles flush left, each
 * right over bullets indented by tabs. Three titles or more, and the tab-indented lines at least as
 * many as the flush-left ones: the titles, by body line. Empty for any other document.
 */
function slideOutline(lines: readonly string[], end: number): Set<number> {
  const titles = new Set<number>();
  let tabbed = 0;
  let flush = 0;
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    if (line.charCodeAt(0) === 9) tabbed++;
    else {
      flush++;
      // A title is short and ends no sentence: a hard-wrapped paragraph's last line, under its tab-indented first, is none.
      if ((lines[i + 1] ?? '').charCodeAt(0) === 9 && (lines[i + 1] ?? '').trim() && wordCount(line) <= 12 && !/[.,;:!]["”’)]?\s*$/.test(line) && !/^\s*\p{Ll}/u.test(line)) titles.add(i);
    }
  }
  return titles.size >= 3 && tabbed >= flush ? titles : new Set();
}

/** Everything from a "Read more" marker to the end is other articles. Returns the marker's index. */
export function markTeasers(b: DocBuilder, from = 0): number | null {
  for (let i = from; i < b.lines.length; i++) {
    if (isTeaserMarker(b.lines[i]!) && !isContentsEntry(b.lines, i)) {
      b.mark(i, 'navigation');
      // The page's text goes on below the marker: a control of the page, no foot of it.
      if (proseFollows(b.lines, i)) continue;
      // A box of headlines inside the text: those lines are other articles, the text below is the page's.
      const boxEnd = inlineTeaserBox(b.lines, i);
      if (boxEnd >= 0) {
        for (let k = i + 1; k < boxEnd; k++) if (b.lines[k]!.trim()) b.mark(k, 'teaser');
        i = boxEnd - 1;
        continue;
      }
      for (let k = i + 1; k < b.lines.length; k++) b.mark(k, 'teaser');
      return i;
    }
  }
  return null;
}

/** A cell holding only a date: "July 2017", "September 1, 2017", "2017", "Q3 2018", "2017-07". */
const CELL_MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_DAY_YEAR_CELL = lazy(() => new RegExp(`^(?:${CELL_MONTH}\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?:19|20)\\d{2}$`, 'i'));
const DAY_MONTH_YEAR_CELL = lazy(() => new RegExp(`^\\d{1,2}\\s+${CELL_MONTH}\\s+(?:19|20)\\d{2}$`, 'i'));

export function isDateCell(raw: string): boolean {
  const line = normalizeSpace(raw).replace(/[.,]$/, '');
  // every form ends in a year or a two-digit month or day: no digit, no date
  if (!/\d$/.test(line)) return false;
  return (
    MONTH_DAY_YEAR_CELL().test(line) ||
    DAY_MONTH_YEAR_CELL().test(line) ||
    /^(?:q[1-4]|h[12])\s+(?:19|20)\d{2}$/i.test(line) ||
    /^(?:19|20)\d{2}-\d{2}(?:-\d{2})?$/.test(line)
  );
}

interface FlatTable {
  /** first and last body line of the table */
  start: number;
  end: number;
  /** lines above the header row: the table's caption, a heading */
  caption: number[];
  /** header cells */
  header: number[];
  /** each row's cell lines */
  rows: number[][];
}

/**
 * Flattened tables: a run of short, unpunctuated lines (blank lines between
 * them allowed) in which a date recurs every k-th cell. k is the column count;
 * the k cells before the first row are the header (any before those, a
 * caption, which names the section the rows fall in); each row becomes one
 * dated claim, its cells joined with " — ", keeping the row's date. Which
 * column holds the date is worked out from the cells (see tableFromRun).
 */
function findTables(b: DocBuilder, from: number, end: number): FlatTable[] {
  const tables: FlatTable[] = [];
  let i = from;
  while (i < end) {
    const cells: number[] = [];
    let j = i;
    while (j < end) {
      const raw = b.lines[j]!;
      if (!raw.trim()) {
        j++;
        continue;
      }
      if (b.isMarked(j) || !isTableCell(raw)) break;
      cells.push(j);
      j++;
    }
    const table = cells.length >= 6 ? tableFromRun(b, cells) : null;
    if (table) tables.push(table);
    i = Math.max(j, i + 1);
  }
  return tables;
}

/** What a table cell holds, to tell a real column (one kind throughout) from a misaligned one. */
function cellKind(raw: string): 'date' | 'number' | 'words' {
  if (isDateCell(raw)) return 'date';
  const cell = normalizeSpace(raw);
  if (/^[~≈<>+-]?\s?[$€£¥]?\s?\d[\d,.]*\s?(%|k|m|bn|million|billion|thousand|[A-Z]{2,5})?\+?$/i.test(cell)) return 'number';
  return 'words';
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

function isTableCell(raw: string): boolean {
  const line = normalizeSpace(raw);
  const words = wordCount(line);
  // A Markdown table's row is read by its own syntax, never as a flattened table's cell.
  return words > 0 && words <= 22 && !/[.!?]["”’]?$/.test(line) && !line.startsWith('|');
}

function tableFromRun(b: DocBuilder, cells: number[]): FlatTable | null {
  const dateAt = cells.map((idx, pos) => (isDateCell(b.lines[idx]!) ? pos : -1)).filter((p) => p >= 0);
  if (dateAt.length < 2) return null;
  const k = dateAt[1]! - dateAt[0]!;
  if (k < 2 || k > 6) return null;
  for (let d = 1; d < dateAt.length; d++) if (dateAt[d]! - dateAt[d - 1]! !== k) return null;
  // Which column holds the date is not known, and a caption above the header
  // ("Milestones") shifts every cell by one, as a short line right after the
  // table would if it were taken for a cell. Try each column; keep the grid
  // whose columns each hold one kind of value (dates, numbers or words), then
  // the one that leaves over no cell unlike a heading (a caption or a
  // subheading, never a stray "400,000"), then the most rows, then the
  // shortest caption.
  let best: { rows: number[][]; firstRow: number; score: [number, number, number, number] } | null = null;
  for (let col = 0; col < k; col++) {
    const firstRow = dateAt[0]! - col;
    if (firstRow < k) continue; // no header row: not confidently a table
    const rows: number[][] = [];
    for (let r = firstRow; r + k <= cells.length; r += k) {
      const row = cells.slice(r, r + k);
      if (!isDateCell(b.lines[row[col]!]!)) break;
      rows.push(row);
    }
    if (rows.length === 0) continue;
    let mixed = 0;
    for (let c = 0; c < k; c++) if (new Set(rows.map((row) => cellKind(b.lines[row[c]!]!))).size > 1) mixed++;
    const unused = [...cells.slice(0, firstRow - k), ...cells.slice(firstRow + rows.length * k)];
    const stray = unused.filter((idx) => !isHeadingLike(b.lines[idx]!)).length;
    const score: [number, number, number, number] = [mixed, stray, -rows.length, firstRow];
    if (!best || lexLess(score, best.score)) best = { rows, firstRow, score };
  }
  if (!best) return null;
  const { rows, firstRow } = best;
  const lastRow = rows[rows.length - 1]!;
  return {
    start: cells[0]!,
    end: lastRow[lastRow.length - 1]!,
    caption: cells.slice(0, firstRow - k),
    header: cells.slice(firstRow - k, firstRow),
    rows,
  };
}

export const proseShape: Shape = {
  name: 'prose',
  summary: 'articles: paragraphs, headings and flattened tables; quotes attributed by speech verbs, the rest claims',
  // text saved with its markup: read by structure (markup.ts, the Markdown and HTML-entity paths) as any .txt is
  extensions: ['.txt', '.md', '.markdown', '.text', '.org', '.rst', '.adoc', '.asciidoc', '.tex'],
  detect: () => true,
  parse: parseProse,
};

/** A pull quote's label's closing colon, dash and spaces, matched from the run's first (a later start reaches the same end; a long run is read once). */
export const LABEL_TAIL = lazy(() => /(?<![\s:—–-])[\s:—–-]+$/);

/** What a writer's note under a story says after the writer's name: "is a contributing writer", "covers health for …". */
const TAGLINE_VERB = lazy(() => /^\s+(?:is\s+(?:a|an|the)\s|covers\s|writes\s|reports\s+(?:on|from)\s|is\s+based\s)/);

/**
 * A writer's note at the foot of the story ("Martin Ashdown is a contributing writer. He last wrote
 * about …", "Dana Whitcombe covers health for the Courier. Reach her at …"): a paragraph of one line,
 * opening with the byline's name and what the writer does, with nothing but page furniture under it.
 * Who wrote the page, as the byline says: no claim of the story.
 */
function isAuthorTagline(lines: readonly string[], i: number, end: number, author: string | null | undefined): boolean {
  // (its paragraph may open under the page's own note on it, "This article appeared in the March 2025 issue of …")
  if (!author || (i > 0 && lines[i - 1]!.trim() && !classifyChrome(lines[i - 1]!)) || (lines[i + 1] ?? '').trim()) return false;
  // (set in italics as a magazine's site sets it, "*Nell Ward covers business for Portside.*": the same note)
  const line = withoutEmphasisEnds(normalizeSpace(lines[i]!));
  if (wordCount(line) > 60) return false;
  // (split, then trimmed: `\s*` on both sides of the separator tried every start in a long run of
  // spaces, quadratic: a 40 KB author field took a second)
  const names = author.split(/,|\band\b/).map((n) => n.trim()).filter((n) => n.includes(' '));
  const name = names.find((n) => line.startsWith(n));
  if (!name || !TAGLINE_VERB().test(line.slice(name.length))) return false;
  for (let k = i + 1; k < end; k++) if (lines[k]!.trim() && !classifyChrome(lines[k]!)) return false;
  return true;
}
