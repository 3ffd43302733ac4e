/**
 * The parse stage's entry point: pick the parser for a document's shape and run it.
 */
import type { ParseInput, ParseResult } from './builder.js';
import { parseWithShape } from './shapes.js';
import { narratorOf } from './text.js';

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
  return result;
}
const JUDGE_LINE_SOURCE = /^the judge's line \(line (\d+)\)$/;
