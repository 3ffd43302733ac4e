/**
 * The parse stage's entry point: pick the parser for a document's shape and run it.
 */
import type { ParseInput, ParseResult } from './builder.js';
import { parseWithShape } from './shapes.js';
import { narratorOf } from './text.js';
import type { DraftRecord } from './builder.js';

export type { DraftRecord, ParseInput, ParseResult, ParseWarning } from './builder.js';
export type { Shape } from './shape.js';
export { detectShape, DOCUMENT_EXTENSIONS, SHAPE_NAMES, SHAPES } from './shapes.js';
export { markupHeader } from './markup.js';
export { emailHeader, headerDatelines, inferAuthor, inferPublisher, inferInterviewer, inferTitle, judgeOfJudgment, letterSignature, metadataBlock, respondentOfAnswers, speakerOfRemarksLine, speakerOfSpeechTitle, speakerOfSpeechHeader, talkPageHead, type Inferred } from './header.js';

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
  creditPullQuotes(result.records, input);
  return result;
}
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
function creditPullQuotes(records: DraftRecord[], input: ParseInput): void {
  // (Its line, as written: a parser may have read the label off already, "[Pull quote] “…”" a quote of nobody's.)
  let lines: string[] | null = null;
  const anyLabel = /pull[ -]?quote/i.test(input.body);
  const labelled = (r: DraftRecord) => {
    if (!anyLabel || r.type !== 'quote' || r.line !== r.endLine) return false;
    lines ??= input.body.split('\n');
    return PULL_LABEL.test(lines[r.line - input.bodyLine] ?? '');
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
