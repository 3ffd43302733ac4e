/**
 * The parse stage's entry point: pick the parser for a document's shape and run it.
 */
import { DocBuilder, type DraftRecord, type ParseInput, type ParseResult } from './builder.js';
import { creditFirstNamesInFull, creditInitialsInFull, nameCaseAsWritten } from './first-names.js';
import { authorIsReleaseIssuer } from './header.js';
import { narrate } from './narrative.js';
import { newAttributionState } from './quotes.js';
import { parseWithShape } from './shapes.js';
import { narratorOf, normalizeSpace, splitLines, wordCount } from './text.js';

export type { DraftRecord, ParseInput, ParseResult, ParseWarning } from './builder.js';
export type { Shape } from './shape.js';
export { detectShape, DOCUMENT_EXTENSIONS, SHAPE_NAMES, SHAPES } from './shapes.js';
export { markupHeader } from './markup.js';
export { tableAmaPoster } from './tsv.js';
export { amaPoster, emailHeader, headerDatelines, inferAuthor, inferPublisher, inferInterviewer, inferTitle, judgeOfJudgment, letterSignature, metadataBlock, pressReleaseIssuer, respondentOfAnswers, speakerOfRemarksLine, speakerOfSpeechTitle, speakerOfSpeechHeader, speakerIntroducedUnderTitle, talkPageHead, type Inferred } from './header.js';

/** The issuer of a release as its text calls itself: "the company", "the charity", "the university". */
const ISSUER_ROLE = /^the (?:company|firm|group|business|charity|university|organi[sz]ation|foundation|trust|institute|college|council|airline|operator|bank|society)$/i;

export function parseDocument(input: ParseInput): ParseResult {
  const result = parseWithShape(input);
  // A judgment's reasons start at the judge's line ("MR JUSTICE ADEBAYO:", judgeOfJudgment): the
  // court's name, the citation and counsel's appearances above it are the page's, nobody's words,
  // in whichever shape the judgment was read (the words of a witness it quotes make labels too).
  const judgeLine = input.meta.inferred?.author ? JUDGE_LINE_SOURCE.exec(input.meta.inferred.author) : null;
  if (judgeLine) {
    const narrator = narratorOf(input.meta, input.registry);
    for (const r of result.records) if (r.type === 'claim' && r.line < Number(judgeLine[1]) && r.speaker === narrator) r.speaker = null;
  }
  // A press release's "the company said": the company is the release's issuer (pressReleaseIssuer), the author.
  if (authorIsReleaseIssuer(input.meta)) {
    const issuer = narratorOf(input.meta, input.registry);
    for (const r of result.records) if (r.speaker && ISSUER_ROLE.test(r.speaker)) r.speaker = issuer;
  }
  // The body's lines, as the parsers split them, for the passes below: split once, and only if one needs them.
  let split: string[] | null = null;
  const bodyLines = () => (split ??= splitLines(input.body));
  creditPullQuotes(result.records, input, bodyLines);
  quotesInAnswers(input, result, bodyLines);
  creditLettersPage(input, result, bodyLines);
  // Last, over every record whichever pass made it: a name set in capitals is spelt as the text
  // writes it ("MCRAE" McRae); a first name alone is the one full name of the
  // document that begins with it ("Priya says" above "Priya Rao is 36"), or of its title;
  nameCaseAsWritten(result, input.body, input.registry);
  creditFirstNamesInFull(result, input.registry, input.meta.title);
  // and initials that label turns are the one person the front matter or the title names so
  const declared = [...input.meta.speakers, input.meta.host, input.meta.interviewer].filter((n): n is string => !!n);
  creditInitialsInFull(result, declared, input.meta.title, input.registry);
  return result;
}

/**
 * A quotation of someone else inside an answer ("Tunde Bakare, our first investor. He told me:
 * "Charge for the thing they cannot live without."") is that person's quote as well as a part of
 * the answer, so that `--speaker "Tunde Bakare"` finds it. The conversation, transcript and table
 * readers narrate their answers so; for every other reader's qa (a Markdown Q&A's bold questions,
 * a reply to a letter, a recap's numbered questions) the answer's paragraphs that hold a quotation
 * mark are read here, in the answerer's voice ("I" is the answerer, whose own words quoted stay
 * the answer's). Only a quote whose speaker is named is added; a qa whose lines already hold a
 * quote record was narrated by its reader and is left alone.
 */
function quotesInAnswers(input: ParseInput, result: ParseResult, bodyLines: () => string[]): void {
  // (a table's row or a caption's cue holds more than its answer's words: those readers narrate their own)
  if (result.shape !== 'prose' && result.shape !== 'transcript') return;
  const answers = result.records.filter((r) => r.type === 'qa' && r.speaker && QUOTATION_MARK.test(r.text));
  if (answers.length === 0) return;
  const quoteLines = new Set(result.records.filter((r) => r.type === 'quote').map((r) => r.line));
  const lines = bodyLines();
  const added: DraftRecord[] = [];
  for (const qa of answers) {
    let narrated = false;
    for (let line = qa.line; line <= qa.endLine && !narrated; line++) narrated = quoteLines.has(line);
    if (narrated) continue;
    // The answer as its reader took it (no label, no question), one paragraph at a time; each
    // quote found is then placed on the line of the span that holds its words.
    const state = newAttributionState(input.registry, qa.speaker);
    const b = new DocBuilder(input, lines);
    const first = qa.line - input.bodyLine;
    for (const paragraph of qa.text.split('\n')) if (QUOTATION_MARK.test(paragraph)) narrate(b, paragraph, state, { section: qa.section, narrator: null, firstIdx: first, claims: false, topics: qa.topics });
    for (const quote of b.records) {
      // (an answer's quotation of a few words is a term or a name far more often than speech: "Old Zhao")
      // (nor is the answerer quoted by a part of their name, "Amaka ended: "…"", nor a letter's salutation: "Dear Polite: "…"")
      if (!quote.speaker || quote.speaker === qa.speaker || qa.speaker!.split(' ').includes(quote.speaker) || /^(?:Dear|Hi|Hello)\s/.test(quote.speaker) || wordCount(quote.text) < 4) continue;
      const at = linesHolding(lines, quote.text, first, qa.endLine - input.bodyLine);
      if (at) Object.assign(quote, { line: input.bodyLine + at.first, endLine: input.bodyLine + at.last });
      added.push(quote);
    }
  }
  if (added.length === 0) return;
  result.records.push(...added);
  result.records.sort((x, y) => x.line - y.line);
}
/**
 * A letters page (its title or top line says "Letters"): letters one under another, each signed by
 * its writer on its last line or in a block of its own (`Owen Pryce, Harlow Ferry`; `Dr Elaine
 * Moorcroft` / `Chair, Tarrow Cycle Forum`). A letter's sentences are its signer's claims, as a single
 * signed letter's are (header.ts letterSignature), not the paper's or nobody's; a letter signed
 * "Name and address supplied" is nobody's. Its headline, set by the paper, stays as it was, and so do
 * the quotations inside a letter, their own speakers'. Only a page with two signed letters or more.
 */
function creditLettersPage(input: ParseInput, result: ParseResult, bodyLines: () => string[]): void {
  if (result.shape !== 'prose') return;
  const lines = bodyLines();
  const top = lines.filter((l) => l.trim()).slice(0, 3);
  if (!LETTERS_CUE.test(input.meta.title ?? '') && !top.some((l) => LETTERS_CUE.test(l))) return;
  // Each signature block: its first line, its last, and who signed (null for a writer who gave none).
  const blocks: { from: number; to: number; signer: string | null }[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || !lines[i - 1]!.trim() && !lines[i - 2]?.trim()) continue;
    const withheld = WITHHELD_SIGNATURE.test(line);
    const m = withheld ? null : LETTER_SIGNER.exec(line);
    if (!m && !withheld) continue;
    // the block ends at a blank line (or the end), one short line of place or role perhaps under it
    let to = i;
    if (lines[i + 1]?.trim() && SIGNATURE_TAIL.test(lines[i + 1]!.trim()) && !lines[i + 2]?.trim()) to = i + 1;
    if (lines[to + 1]?.trim()) continue;
    // and a letter's words stand above it: a sentence ending a line before the block
    let k = i - 1;
    while (k >= 0 && !lines[k]!.trim()) k--;
    if (k < 0 || !/[.!?"”)]$/.test(lines[k]!.trim())) continue;
    blocks.push({ from: i, to, signer: m ? m[1]! : null });
    i = to;
  }
  if (blocks.length < 2) return;
  const narrator = narratorOf(input.meta, input.registry);
  let start = 0;
  for (const block of blocks) {
    // the letter: from the line after the block before it. Its headline, the paper's, is its first
    // record's line when that stands alone and ends no sentence ("Toll is a tax on the old").
    const inLetter = result.records.filter((r) => r.line - input.bodyLine >= start && r.line - input.bodyLine <= block.to);
    const opening = inLetter.length ? Math.min(...inLetter.map((r) => r.line - input.bodyLine)) : -1;
    // A short question standing alone is a headline too ("Who left the bench?").
    const first = opening >= 0 ? lines[opening]!.trim() : '';
    const headline = opening >= 0 && opening < block.from && (!/[.!?"”]$/.test(first) || (first.endsWith('?') && wordCount(first) <= 8)) && !lines[opening + 1]?.trim() ? opening : -1;
    const signer = block.signer ? (input.registry.resolve(block.signer) ?? block.signer) : null;
    for (const r of inLetter) {
      const at = r.line - input.bodyLine;
      if (r.type !== 'claim' || at === headline) continue;
      if (r.speaker === null || r.speaker === narrator) r.speaker = signer;
    }
    start = block.to + 1;
  }
}
/** A letters page's title or top line: "LETTERS TO THE EDITOR", "Letters: The river crossing …", "Your letters". */
const LETTERS_CUE = /^\s*(?:[*_#]+\s*)?(?:(?:your|readers['’]?)\s+)?letters(?:\s+to\s+the\s+editor)?\b/i;
/**
 * A letter's signature: a name of two or three capitalised words, a title before it perhaps, a role in
 * brackets and a place after a comma perhaps ("Owen Pryce, Harlow Ferry", "Margaret Ilsley (retired
 * structural engineer), Calder Vale", "Dr Elaine Moorcroft"); no sentence (1: the name).
 */
// A dash may lead it ("— Moira Kerr, Rathlin"); a name's part may be hyphenated ("Anne-Marie Quigg"); a
// couple sign as one ("James and Ruairí Doherty"), credited as they sign.
const LETTER_SIGNER = /^(?:[—–-]\s*)?(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss|Mx|Revd|Rev|Cllr|Sir|Dame)\.?\s+)?(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?:\s+and\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)?(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*){1,2})(?:\s*\([^()]{1,60}\))?(?:,\s*[^.!?,;:]{1,50}){0,2}$/u;
/** The line under a signature naming where the writer lives or what they do: "Millbrook", "Chair, Tarrow Cycle Forum". */
const SIGNATURE_TAIL = /^\p{Lu}[^.!?;:]{0,60}$/u;
/** A letter whose writer asked not to be named: "Name and address supplied", "Name withheld". */
const WITHHELD_SIGNATURE = /^(?:name and address (?:supplied|withheld)|name (?:supplied|withheld)(?: by request)?|address supplied)\.?$/i;
/**
 * The lines of `from..to` holding a quotation: the first holding its opening words (its first 30
 * characters as written, or 12 where a line break falls among them) and the first from there holding
 * its last 12; null where no line holds the opening.
 */
function linesHolding(lines: readonly string[], text: string, from: number, to: number): { first: number; last: number } | null {
  const words = normalizeSpace(text);
  const find = (part: string, start: number) => {
    for (let i = Math.max(0, start); i <= to && i < lines.length; i++) if (normalizeSpace(lines[i]!).includes(part)) return i;
    return null;
  };
  const first = find(words.slice(0, 30), from) ?? find(words.slice(0, 12), from);
  return first === null ? null : { first, last: find(words.slice(-12), first) ?? first };
}
const QUOTATION_MARK = /[“”"«»„]/;
const JUDGE_LINE_SOURCE = /^the judge's line \(line (\d+)\)$/;

/** A pull quote's label: "PULL QUOTE:", "Pull quote:", "PULLQUOTE", "[Pull quote]". */
const PULL_LABEL = /^\s*(?:\[\s*pull[ -]?quote\s*\]|pull[ -]?quote)\s*:?\s*/i;
const PULL_SPEAKER = /^\s*\[?\s*pull[ -]?quote\s*\]?\s*$/i;
/** The quotation a labelled line sets off: its words between the marks, the whole line after the label. */
const PULLED_WORDS = /^["“«„]\s*(.{8,}?)\s*["”»“]\s*$/su;
/** Words to compare, letters and digits only: "It's" and "it’s" the same. */
const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A pull quote repeats words from the body, set off under a label ("PULL QUOTE: \"A factory pays on
 * Friday.\"", "[Pull quote] …"): the label is the page's, never a speaker. The words are whoever said
 * them in the body (the latest quote or answer above that holds them), else nobody's. Each labelled
 * record looks back over the records once: a page has a handful.
 */
function creditPullQuotes(records: DraftRecord[], input: ParseInput, bodyLines: () => string[]): void {
  // (Its line, as written: a parser may have read the label off already, "[Pull quote] “…”" a quote of nobody's.)
  const anyLabel = /pull[ -]?quote/i.test(input.body);
  const labelled = (r: DraftRecord) => {
    if (!anyLabel || r.type !== 'quote' || r.line !== r.endLine) return false;
    return PULL_LABEL.test(bodyLines()[r.line - input.bodyLine] ?? '');
  };
  for (let k = 0; k < records.length; k++) {
    const r = records[k]!;
    const bySpeaker = (r.speaker !== null && PULL_SPEAKER.test(r.speaker)) || (r.speaker === null && labelled(r));
    const label = bySpeaker ? null : PULL_LABEL.exec(r.text);
    if (!bySpeaker && !label) continue;
    let words = r.text;
    if (label) {
      const m = PULLED_WORDS.exec(r.text.slice(label[0].length));
      if (!m) continue;
      words = m[1]!;
    }
    const wanted = comparable(words);
    if (wanted.split(' ').length < 3) continue;
    let speaker: string | null = null;
    let at = -1;
    for (const o of records) {
      if (o.line >= r.line || o.line <= at || (o.type !== 'quote' && o.type !== 'qa') || o.speaker === null || PULL_SPEAKER.test(o.speaker)) continue;
      if (comparable(o.text).includes(wanted)) {
        speaker = o.speaker;
        at = o.line;
      }
    }
    const section = r.section !== null && PULL_SPEAKER.test(r.section) ? (records[k - 1]?.section ?? null) : r.section;
    Object.assign(r, { type: 'quote', text: words, speaker, role: null, section });
  }
}
