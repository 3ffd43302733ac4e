/**
 * The parse stage's entry point: pick the parser for a document's shape and run it.
 */
import type { ParseInput, ParseResult } from './builder.js';
import { parseWithShape } from './shapes.js';

export type { DraftRecord, ParseInput, ParseResult, ParseWarning } from './builder.js';
export type { Shape } from './shape.js';
export { detectShape, DOCUMENT_EXTENSIONS, SHAPE_NAMES, SHAPES } from './shapes.js';
export { markupHeader } from './markup.js';
export { emailHeader, headerDatelines, inferAuthor, inferPublisher, inferInterviewer, inferTitle, letterSignature, metadataBlock, respondentOfAnswers, speakerOfRemarksLine, speakerOfSpeechTitle, speakerOfSpeechHeader, talkPageHead, type Inferred } from './header.js';

export function parseDocument(input: ParseInput): ParseResult {
  return parseWithShape(input);
}
