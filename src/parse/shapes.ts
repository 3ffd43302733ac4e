/**
 * The list of document shapes, in detection order. Adding a format is one
 * file exporting a `Shape` (see shape.ts) plus one entry here: detection,
 * the `format:` values front matter accepts, the file extensions a corpus
 * reads and `docs/architecture.md`'s table all follow this list.
 */
import type { ParseInput, ParseResult } from './builder.js';
import { captionsShape } from './captions.js';
import { proseShape } from './prose.js';
import type { DetectInput, Shape } from './shape.js';
import { transcriptShape } from './transcript.js';
import { tsvShape } from './tsv.js';
import { splitLines } from './text.js';
import type { SpeakerRegistry } from '../model/speakers.js';

/** Most specific first: prose, which takes anything, last. */
export const SHAPES: readonly Shape[] = [captionsShape, tsvShape, transcriptShape, proseShape];

export const SHAPE_NAMES: readonly string[] = SHAPES.map((s) => s.name);

/** Every extension some shape claims: the files of a folder that are corpus documents. */
export const DOCUMENT_EXTENSIONS: readonly string[] = [...new Set(SHAPES.flatMap((s) => s.extensions))].sort();

export function shapeByName(name: string): Shape | undefined {
  return SHAPES.find((s) => s.name === name);
}

/** The shape of a document by its structure (and extension): the first shape in the list that says yes. */
export function detectShape(body: string, registry: SpeakerRegistry, extension = '', memo?: Map<string, unknown>): Shape {
  const input: DetectInput = { body, lines: splitLines(body), extension: extension.toLowerCase(), registry, ...(memo ? { memo } : {}) };
  return SHAPES.find((s) => s.detect(input)) ?? SHAPES[SHAPES.length - 1]!;
}

/** Parse a document with the shape its front matter names, else the one detected. */
export function parseWithShape(input: ParseInput): ParseResult {
  const named = input.meta.format ? shapeByName(input.meta.format) : undefined;
  if (named) return named.parse(input);
  const memo = new Map<string, unknown>();
  const shape = detectShape(input.body, input.registry, input.extension ?? '', memo);
  return shape.parse({ ...input, memo });
}
