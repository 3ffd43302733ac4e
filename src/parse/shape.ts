/**
 * What a document shape is: a name (the value front matter `format:` takes),
 * the file extensions it claims, a structural test, and a parser. The list of
 * shapes is in shapes.ts; detection, the accepted `format:` values, the files
 * a corpus reads and the docs all come from it.
 */
import type { ParseInput, ParseResult } from './builder.js';
import type { SpeakerRegistry } from '../model/speakers.js';

export interface DetectInput {
  /** the document body (after any front matter) and its lines */
  body: string;
  lines: string[];
  /** the file's extension, lowercase with its dot (".txt"), or "" */
  extension: string;
  /** corpus speakers plus the document's own */
  registry: SpeakerRegistry;
  /**
   * Where a shape's `detect` may leave what it worked out, by shape name, for
   * its `parse` of the same body and registry to reuse (transcript detection
   * reads every label, and so does the transcript parser).
   */
  memo?: Map<string, unknown>;
}

export interface Shape {
  /** the shape's name: `format: <name>` forces it, `check` shows it */
  name: string;
  /** one line for the docs: what a document of this shape looks like */
  summary: string;
  /** file extensions (lowercase, with the dot) whose files are corpus documents because of this shape */
  extensions: readonly string[];
  /** whether a document has this shape, by structure; shapes are tried in list order, the first yes wins */
  detect(input: DetectInput): boolean;
  parse(input: ParseInput): ParseResult;
}
