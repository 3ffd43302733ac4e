/**
 * What a loaded corpus is: its documents, their metadata and line accounts,
 * its records and the problems found on the way. Every stage after the loader
 * reads these shapes; none of them depends on how they were loaded (files and
 * parsers, the cache, or a database).
 */
import type { LineKind, QuarryRecord, RecordType } from './record.js';
import type { NearbyLine } from './nearby.js';
import type { SpeakerRegistry } from './speakers.js';

/** A document shape's name (`transcript`, `tsv`, `prose`, `captions`, …): the parse stage's list of shapes says which exist. */
export type DocumentFormat = string;

/** A document's metadata: from its front matter, checked and typed (corpus/meta.ts). */
export interface DocumentMeta {
  title: string;
  publisher: string | null;
  url: string | null;
  date: string | null;
  year: number | null;
  dateNote: string | null;
  host: string | null;
  interviewer: string | null;
  author: string | null;
  speakers: string[];
  format: DocumentFormat | null;
  /** front matter `labels:`: a transcript's labels renamed ("Speaker 1" → "Ann Cole") */
  labels: Record<string, string>;
  /**
   * front matter speakers written `{ name, aliases }`: each name's aliases, for the registry
   * that resolves labels, prose mentions, `--speaker` and the `speakers` listing alike (absent
   * when no entry has any)
   */
  aliases?: Record<string, string[]>;
  /** fields the front matter did not give and the loader inferred, each with where from ("the file name") */
  inferred: Record<string, string>;
}

/** Something wrong with a file, a line of it, or the corpus folder; never thrown. */
export interface Problem {
  /** file name inside the corpus folder; '.' for the folder itself */
  file: string;
  /** 1-based line, or null when the problem is the whole file */
  line: number | null;
  severity: 'error' | 'warning';
  message: string;
}

/**
 * The notice that says what a document without (complete) front matter was read as. It is a
 * warning, shown so a reader can check the inference, but `check --strict` does not make it an
 * error: front matter is optional, and a corpus of plain .txt files must be able to pass --strict.
 */
export function isInferenceNotice(p: Problem): boolean {
  return p.severity === 'warning' && INFERENCE_NOTICE.test(p.message);
}
const INFERENCE_NOTICE = /^(?:no front matter|front matter lacks a title): inferred /;

/**
 * The notice that names the files of the corpus folder not read because of their type
 * (corpus/files.ts skippedNotice). Informational, as the inference notice is: a corpus folder
 * that also holds slides and photos is a sound corpus, and `check --strict` passes it.
 */
export function isSkippedNotice(p: Problem): boolean {
  return p.severity === 'warning' && p.file === '.' && SKIPPED_NOTICE.test(p.message);
}
const SKIPPED_NOTICE = /^skipped \d+ files? quarry does not read: /;

/** A warning `check --strict` leaves a warning: it informs, it finds nothing wrong. */
export function isNotice(p: Problem): boolean {
  return isInferenceNotice(p) || isSkippedNotice(p);
}

export interface LineAccount {
  /** non-blank body lines */
  total: number;
  /** lines inside a record's span */
  inRecords: number;
  /** lines classified, by kind */
  classified: Partial<Record<LineKind, number>>;
  /** file line numbers of the lines that are neither */
  unparsed: number[];
}

/** Sentences on body lines that are not page chrome, and those no record holds (src/load/sentences.ts). */
export interface SentenceAccount {
  /** sentences on non-chrome body lines */
  total: number;
  /** of those, sentences whose every word a record citing the line holds */
  inRecords: number;
  /** the sentences that ended nowhere: file line and the sentence */
  missed: { line: number; text: string }[];
}

export interface DocumentInfo {
  id: string;
  file: string;
  path: string;
  meta: DocumentMeta;
  shape: DocumentFormat | null;
  counts: Record<RecordType, number>;
  lines: LineAccount;
  /** sentences on lines that are not page chrome, and the ones no record holds */
  sentences: SentenceAccount;
  /** false when the document had an error and contributed no records */
  ok: boolean;
  /**
   * The lines no record holds (front matter's values, title, byline, roster, headings, page
   * furniture), whose words the index gives to the record nearest each (src/model/nearby.ts).
   * Absent in a document that failed, and in a store written before it existed.
   */
  nearby?: NearbyLine[];
}

export interface Corpus {
  dir: string;
  documents: DocumentInfo[];
  records: QuarryRecord[];
  problems: Problem[];
  registry: SpeakerRegistry;
}

