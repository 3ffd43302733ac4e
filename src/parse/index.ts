/**
 * The parse stage's entry point: pick the parser for a document's shape and run it.
 */
import type { ParseInput, ParseResult } from './builder.js';
import { detectShape } from './detect.js';
import { parseProse } from './prose.js';
import { parseTranscript } from './transcript.js';
import { parseTsv } from './tsv.js';

export type { DraftRecord, ParseInput, ParseResult, ParseWarning } from './builder.js';
export { detectShape } from './detect.js';

export function parseDocument(input: ParseInput): ParseResult {
  const shape = input.meta.format ?? detectShape(input.body, input.registry);
  switch (shape) {
    case 'tsv':
      return parseTsv(input);
    case 'transcript':
      return parseTranscript(input);
    case 'prose':
      return parseProse(input);
  }
}
