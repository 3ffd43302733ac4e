/**
 * What every shape parser receives and produces, and the ledger that keeps
 * line accounting honest: each body line ends as part of a record, as a
 * classified line (heading, navigation, …), or unparsed.
 */
import type { DocumentFormat, DocumentMeta } from '../model/corpus.js';
import type { LineKind, RecordType } from '../model/record.js';
import type { SpeakerRegistry } from '../model/speakers.js';
import { MEDIA_EXTENSION, TITLE_FIELD, titleKey } from './chrome.js';
import { isTranscriptPartLabel, normalizeSpace, withoutInlineMarkup, withoutPandocAttributes } from './text.js';
import { narratorOf } from './text.js';
import { headingWords } from './markup.js';

export interface ParseInput {
  docId: string;
  meta: DocumentMeta;
  /** the document body, exactly as in the file after the front matter */
  body: string;
  /** 1-based file line of the body's first line */
  bodyLine: number;
  /** corpus speakers plus this document's own names */
  registry: SpeakerRegistry;
  /** the file's extension, lowercase with its dot (".vtt"); some shapes claim files by it */
  extension?: string;
  /** what detection left for the parser (DetectInput.memo), when this body and registry were detected */
  memo?: Map<string, unknown>;
}

/** A record before the loader gives it an id, years, figures and document fields. */
export interface DraftRecord {
  type: RecordType;
  text: string;
  speaker: string | null;
  question: string | null;
  asker: string | null;
  /** the role the label or header gives the speaker where the record comes from (QuarryRecord.role) */
  role?: string | null;
  /** qa only: the role the question's label gives the asker (QuarryRecord.askerRole) */
  askerRole?: string | null;
  /** quote only: the sentence that gives the quotation, the quotation itself written “…” */
  context: string | null;
  section: string | null;
  topics: string[];
  line: number;
  endLine: number;
  /** the year the record's own item gives (a table row's date cell), over the document's */
  year?: number;
  /**
   * the day the record's own item was published (an article of a news database's export,
   * exports.ts) or said (a log table's row with its own date cell, tsv.ts), over the document's:
   * the record's `date`, and its year unless its frame says when it was said
   */
  published?: { date: string | null; year: number };
}

export interface ParseWarning {
  line: number;
  message: string;
  /** 'error' where the file itself is broken (a CSV quote never closed): `check` fails; a warning otherwise */
  severity?: 'error';
}

export interface ParseResult {
  shape: DocumentFormat;
  records: DraftRecord[];
  /** one entry per body line: what it became, or null (blank or unparsed) */
  lineKinds: (LineKind | null)[];
  /**
   * Body lines a parser judged back-channel filler even where a record's span
   * covers them (an interviewer's "Uh-huh." inside an answer joined across it):
   * their words are in no record, by design.
   */
  fillerLines?: number[];
  warnings: ParseWarning[];
  /** why the document yields no records, when the parser can say (a .tsv whose header names no text column): its error */
  unreadable?: ParseWarning;
  /** the speakers the document's labels name (transcripts, captions), in order of first appearance */
  labelSpeakers?: string[];
  /**
   * What each body line says, where the file's syntax wraps its words on the line itself (an
   * ASS `Dialogue:` line's fields and override tags, a TTML cue's tags): the words a reader
   * greps for, for the sentence account. Absent when the lines are their own words.
   */
  textLines?: string[];
  /** the date a table's date column gives the document (every row of one year), and that column's name */
  dated?: { date: string | null; year: number; column: string };
  /** the articles of a news database's export, each dating and crediting its own records (exports.ts) */
  articles?: number;
}


export class DocBuilder {
  readonly records: DraftRecord[] = [];
  readonly kinds: (LineKind | null)[];
  readonly warnings: ParseWarning[] = [];
  private readonly filler = new Set<number>();

  constructor(
    readonly input: ParseInput,
    readonly lines: string[],
  ) {
    this.kinds = new Array<LineKind | null>(lines.length).fill(null);
  }

  /** File line number of a body line index. */
  fileLine(idx: number): number {
    return this.input.bodyLine + idx;
  }

  /** Classify a line unless it is already part of a record. */
  mark(idx: number, kind: LineKind): void {
    if (idx < 0 || idx >= this.kinds.length) return;
    if (kind === 'filler') this.filler.add(idx);
    if (this.kinds[idx] === 'record') return;
    if (!this.lines[idx]!.trim()) return;
    this.kinds[idx] = kind;
  }

  /** Classify a line the parser's view blanked (a page's lone line number), which `mark` skips as empty. */
  markBlanked(idx: number, kind: LineKind): void {
    if (idx >= 0 && idx < this.kinds.length && this.kinds[idx] === null) this.kinds[idx] = kind;
  }

  isMarked(idx: number): boolean {
    return this.kinds[idx] !== null;
  }

  add(
    draft: Omit<DraftRecord, 'line' | 'endLine' | 'topics' | 'question' | 'asker' | 'context' | 'role' | 'askerRole'> &
      Partial<Pick<DraftRecord, 'topics' | 'question' | 'asker' | 'context' | 'role' | 'askerRole'>>,
    firstIdx: number,
    lastIdx: number = firstIdx,
  ): void {
    const text = withoutInlineMarkup(draft.type === 'qa' ? draft.text.trim() : normalizeSpace(draft.text));
    if (!text) return;
    // "## Transcript" over a page's turns, whichever reader came to it: the part's label, never a
    // claim (the readers that know it mark it so already; a heading's reader may not).
    if (draft.type === 'claim' && firstIdx === lastIdx && isTranscriptPartLabel(this.lines[firstIdx] ?? '')) {
      this.mark(firstIdx, 'heading');
      return;
    }
    this.records.push({
      type: draft.type,
      text,
      speaker: draft.speaker,
      question: draft.question ? withoutInlineMarkup(draft.question) : (draft.question ?? null),
      asker: draft.asker ?? null,
      role: draft.role ? withoutInlineMarkup(normalizeSpace(draft.role)) || null : null,
      askerRole: draft.askerRole ? withoutInlineMarkup(normalizeSpace(draft.askerRole)) || null : null,
      context: draft.context ? withoutInlineMarkup(normalizeSpace(draft.context)) : null,
      section: draft.section?.includes('{') ? withoutPandocAttributes(draft.section) : draft.section,
      topics: draft.topics ?? [],
      line: this.fileLine(firstIdx),
      endLine: this.fileLine(lastIdx),
      ...(draft.year !== undefined ? { year: draft.year } : {}),
    });
    this.spanLines(firstIdx, lastIdx);
  }

  /**
   * Lines a record spans are the record's, except those the parser already judged app furniture
   * ('markup': a chat's "-!- mode/#chan …" or Slack's "replied to a thread:" between a sender's
   * lines): their words are left out of the record's text, so they stay furniture, not lost words.
   */
  private spanLines(firstIdx: number, lastIdx: number): void {
    for (let k = firstIdx; k <= lastIdx; k++) if (this.lines[k]?.trim() && this.kinds[k] !== 'markup') this.kinds[k] = 'record';
  }

  /** Let a record run on over more lines (a quotation continued in the next paragraph). */
  extend(record: DraftRecord, firstIdx: number, lastIdx: number): void {
    record.endLine = Math.max(record.endLine, this.fileLine(lastIdx));
    this.spanLines(firstIdx, lastIdx);
  }

  /**
   * A heading is searched as the section of the records under it. One that heads no record
   * (a court caption above the first turn, an outer heading right above a subheading, the
   * last line of a page) would be found by grep and not by search: it becomes a claim of its
   * own, the narrator's. The title is the document's own field, never repeated as a claim.
   */
  private keepUnusedHeadings(): void {
    const sections = new Set<string>();
    for (const r of this.records) if (r.section) sections.add(titleKey(r.section));
    const title = titleKey(this.input.meta.title);
    const narrator = narratorOf(this.input.meta, this.input.registry);
    // A heading wrapped over lines of its own heads its section with all of them. Each line's run
    // of heading lines around it, found in two passes (walked from every line, a file of nothing
    // but headings was quadratic: 10 s at 100 KB), and each run's words keyed once.
    const n = this.kinds.length;
    const inRun = (k: number) => this.kinds[k] === 'heading' && !!this.lines[k]!.trim();
    const runFrom = new Int32Array(n);
    const runTo = new Int32Array(n);
    for (let k = 0; k < n; k++) runFrom[k] = k > 0 && inRun(k - 1) ? runFrom[k - 1]! : k;
    for (let k = n - 1; k >= 0; k--) runTo[k] = k + 1 < n && inRun(k + 1) ? runTo[k + 1]! : k;
    const runKeys = new Map<number, string>();
    const runKey = (from: number, to: number) => {
      let key = runKeys.get(from * n + to);
      if (key === undefined) runKeys.set(from * n + to, (key = titleKey(this.lines.slice(from, to + 1).join(' '))));
      return key;
    };
    for (let i = 0; i < n; i++) {
      if (this.kinds[i] !== 'heading') continue;
      const text = normalizeSpace(headingWords(this.lines[i]!));
      const key = titleKey(text);
      const from = runFrom[i]!;
      const to = runTo[i]!;
      const wrapped = to > from && sections.has(runKey(from, to));
      // The title line, a recording's file name among them, whose extension the title drops ("….mp3").
      // So is a field naming it ("TRANSCRIPT: Guests on "Show," date"), whose key the title drops.
      // So is each line of a title wrapped over lines of its own ("STABLECOIN RESERVES AND CONSUMER" / "PROTECTION: A REVIEW").
      const titleLine = key === title || (to > from && runKey(from, to) === title) || (MEDIA_EXTENSION().test(text) && titleKey(text.replace(MEDIA_EXTENSION(), '')) === title) || (TITLE_FIELD().test(text) && titleKey(text.replace(TITLE_FIELD(), '')) === title);
      if (key && !titleLine && !sections.has(key) && !wrapped) this.add({ type: 'claim', text, speaker: narrator, section: null }, i);
    }
  }

  warn(idx: number, message: string): void {
    this.warnings.push({ line: this.fileLine(idx), message });
  }

  result(shape: DocumentFormat): ParseResult {
    this.keepUnusedHeadings();
    // Records in the order a reader meets them: a parser may emit a document's header
    // narrative after its turns, or a table's claims after the paragraph below it.
    this.records.sort((a, b) => a.line - b.line);
    return { shape, records: this.records, lineKinds: this.kinds, fillerLines: [...this.filler].sort((a, b) => a - b), warnings: this.warnings };
  }
}
