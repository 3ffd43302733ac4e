/**
 * The record: quarry's unit of meaning. Every parser produces these and every
 * later stage (index, query, render, analysis) consumes them. The shape is a
 * public contract: `--format json` prints it as-is, and docs/records.md and
 * docs/record.schema.json describe it field by field. Change it only with a
 * version note.
 */
import type { Figure } from './figures.js';

export type RecordType = 'qa' | 'quote' | 'claim';
export const RECORD_TYPES: readonly RecordType[] = ['qa', 'quote', 'claim'];

export interface QuarryRecord {
  /** `<doc>/<type>-<hash>`: the hash is of the record's own text, so edits elsewhere in the document keep it. */
  id: string;
  type: RecordType;
  /** The answer (qa), the words said without their quote marks (quote), or the sentence (claim). */
  text: string;
  /** Canonical speaker name, or the description the text gives ("a journalist who covers the crypto industry"). */
  speaker: string | null;
  /**
   * The role, title or affiliation the text gives the speaker where the record comes from: a
   * label's role (`CNN ANCHOR` in `MARY ELLIS, CNN ANCHOR:`), a call transcript's name line's
   * title, a post header's headline or handle, an audience label's note. Indexed, so a search for
   * the title finds the speaker's words. Null where the label or header gives none.
   */
  role: string | null;
  /** qa only: the question or prompt the answer replies to (null for an answer with no question). */
  question: string | null;
  /** qa only: who asked. */
  asker: string | null;
  /** qa only: the role the question's label gives the asker (`CNN HOST` in `RICHARD QUEST, CNN HOST:`), as `role` is the speaker's. */
  askerRole: string | null;
  /**
   * quote only: the words around the quotation in the sentence that gives it
   * (the quotation itself written `“…”`): who said it, to whom, about what.
   * Indexed, so a search for the words that introduce a quote finds it. Null
   * when the quotation stands alone.
   */
  context: string | null;
  /** The year the document was said or published (from front matter), or null. */
  year: number | null;
  /** Years the record's text mentions, ascending, without duplicates. */
  years: number[];
  /** The document's ISO date (YYYY-MM-DD) where front matter gives one. */
  date: string | null;
  /** Document id: the corpus file name without extension. */
  doc: string;
  /** The heading the record falls under, where the document has headings. */
  section: string | null;
  /** Topics from a TSV topics/keywords column. */
  topics: string[];
  /** 1-based first and last line in the corpus file (front matter included). */
  line: number;
  endLine: number;
  /** Dates, years, amounts, counts, percentages, durations and ranks the text asserts. */
  figures: Figure[];
}

/** What a line of a document turned into; `check` accounts for every non-blank line with these. */
export type LineKind =
  | 'record' // part of a record's span
  | 'heading' // a title, section heading or table header
  | 'metadata' // byline, date line, "8 min read", "Guest: …", an editor's note
  | 'navigation' // site menus, links, share/subscribe, "Read more"
  | 'teaser' // unrelated articles listed after "Read more"
  | 'markup' // bullet markers and separators with no words
  | 'rhetorical' // questions or exclamations that state nothing
  | 'filler' // conversational back-channel ("Yeah.", "Uh-huh.") between turns
  | 'direction'; // a stage direction or transcriber's note: "(BEGIN VIDEO CLIP)", "[laughs]", "[inaudible 00:01:46]"

export const CLASSIFIED_KINDS: readonly LineKind[] = [
  'heading',
  'metadata',
  'navigation',
  'teaser',
  'markup',
  'rhetorical',
  'filler',
  'direction',
];

/**
 * The document and the local part of a record id (`doc/type-hash`). A
 * document id is a path and may hold slashes itself (`2021/cnn/ftx/q-1a2b3c4d`),
 * so the id splits at its last slash.
 */
export function splitRecordId(id: string): { doc: string; local: string } {
  const at = id.lastIndexOf('/');
  return at < 0 ? { doc: '', local: id } : { doc: id.slice(0, at), local: id.slice(at + 1) };
}
