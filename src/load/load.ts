/**
 * The loader: corpus folder → documents → records, with every problem found on
 * the way. It never throws for a bad document (one bad file never hides the
 * rest) and never prints; callers decide what to show.
 *
 * Also the stage that turns a parser's draft records into finished records:
 * ids, the document's year and date, the years the text mentions, figures.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CorpusFolderError, listCorpusFiles, type CorpusFile } from '../corpus/files.js';
import { FrontMatterError, parseFrontMatter } from '../corpus/frontmatter.js';
import { readMeta, type DocumentFormat, type DocumentMeta } from '../corpus/meta.js';
import { readSpeakersFile, SPEAKERS_FILE } from '../corpus/speakers-file.js';
import { extractFigures, mentionedYears } from '../model/figures.js';
import { CLASSIFIED_KINDS, type LineKind, type QuarryRecord, type RecordType } from '../model/record.js';
import { SpeakerRegistry } from '../model/speakers.js';
import { parseDocument, type DraftRecord } from '../parse/index.js';

export { CorpusFolderError };

export interface Problem {
  /** file name inside the corpus folder */
  file: string;
  /** 1-based line, or null when the problem is the whole file */
  line: number | null;
  severity: 'error' | 'warning';
  message: string;
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

export interface DocumentInfo {
  id: string;
  file: string;
  path: string;
  meta: DocumentMeta;
  shape: DocumentFormat | null;
  counts: Record<RecordType, number>;
  lines: LineAccount;
  /** false when the document had an error and contributed no records */
  ok: boolean;
}

export interface Corpus {
  dir: string;
  documents: DocumentInfo[];
  records: QuarryRecord[];
  problems: Problem[];
  registry: SpeakerRegistry;
}

const EMPTY_COUNTS = (): Record<RecordType, number> => ({ qa: 0, quote: 0, claim: 0 });

/** Load every document of a corpus folder. Throws CorpusFolderError only when the folder itself cannot be read. */
export function loadCorpus(dir: string): Corpus {
  const { files, problems: folderProblems } = listCorpusFiles(dir);
  const problems: Problem[] = folderProblems.map((p) => ({ file: p.file, line: null, severity: p.severity, message: p.message }));
  const speakers = readSpeakersFile(dir);
  for (const p of speakers.problems) problems.push({ file: p.file, line: p.line, severity: 'error', message: p.message });
  const registry = new SpeakerRegistry(speakers.entries);

  const documents: DocumentInfo[] = [];
  const records: QuarryRecord[] = [];
  const seenDocIds = new Map<string, string>();
  for (const file of files) {
    const earlier = seenDocIds.get(file.id);
    if (earlier) {
      problems.push({ file: file.name, line: null, severity: 'error', message: `duplicate document id '${file.id}' (also ${earlier})` });
      continue;
    }
    seenDocIds.set(file.id, file.name);
    const loaded = loadDocument(file, registry);
    problems.push(...loaded.problems);
    documents.push(loaded.info);
    records.push(...loaded.records);
  }
  return { dir, documents, records, problems, registry };
}

export interface LoadedDocument {
  info: DocumentInfo;
  records: QuarryRecord[];
  problems: Problem[];
}

/** Read, parse and finish one document. */
export function loadDocument(file: CorpusFile, corpusRegistry: SpeakerRegistry): LoadedDocument {
  const problems: Problem[] = [];
  const fail = (line: number | null, message: string, meta?: DocumentMeta): LoadedDocument => {
    problems.push({ file: file.name, line, severity: 'error', message });
    return { info: emptyInfo(file, meta), records: [], problems };
  };

  let buf: Buffer;
  try {
    buf = readFileSync(file.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return fail(null, code === 'EACCES' ? 'cannot read file: permission denied' : `cannot read file: ${code ?? String(err)}`);
  }
  const binaryAt = buf.indexOf(0);
  if (binaryAt >= 0) return fail(lineAt(buf, binaryAt), 'binary file (NUL byte): not a text document');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0 && !hasLiteralReplacementChar(buf)) return fail(lineOfOffset(text, bad), 'invalid UTF-8: save the file as UTF-8');

  let fm;
  try {
    fm = parseFrontMatter(text);
  } catch (err) {
    if (err instanceof FrontMatterError) return fail(err.line, err.message);
    throw err;
  }
  const { meta, problems: metaProblems } = readMeta(fm.data, file.id);
  for (const p of metaProblems) problems.push({ file: file.name, line: p.line, severity: p.severity, message: p.message });
  if (metaProblems.some((p) => p.severity === 'error')) return { info: emptyInfo(file, meta), records: [], problems };

  // The document's own names join the corpus registry for this document only.
  const registry = corpusRegistry.clone();
  for (const n of [...meta.speakers, meta.host, meta.interviewer]) if (n && !registry.has(n)) registry.add(n);

  const parsed = parseDocument({ docId: file.id, meta, body: fm.body, bodyLine: fm.bodyLine, registry });
  for (const w of parsed.warnings) problems.push({ file: file.name, line: w.line, severity: 'warning', message: w.message });
  const records = finishRecords(file.id, meta, parsed.records);
  const info: DocumentInfo = {
    id: file.id,
    file: file.name,
    path: file.path,
    meta,
    shape: parsed.shape,
    counts: EMPTY_COUNTS(),
    lines: account(fm.body, fm.bodyLine, parsed.lineKinds),
    ok: records.length > 0,
  };
  for (const r of records) info.counts[r.type]++;
  if (records.length === 0) problems.push({ file: file.name, line: fm.bodyLine, severity: 'error', message: `no records found (read as ${parsed.shape})` });
  return { info, records, problems };
}

function hasLiteralReplacementChar(buf: Buffer): boolean {
  // U+FFFD encoded as UTF-8 is EF BF BD: a file may contain it legitimately.
  return buf.includes(Buffer.from([0xef, 0xbf, 0xbd]));
}

function lineAt(buf: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (buf[i] === 0x0a || (buf[i] === 0x0d && buf[i + 1] !== 0x0a)) line++;
  return line;
}

function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\n|\r/).length;
}

function emptyInfo(file: CorpusFile, meta?: DocumentMeta): DocumentInfo {
  return {
    id: file.id,
    file: file.name,
    path: file.path,
    meta: meta ?? {
      title: file.id,
      publisher: null,
      url: null,
      date: null,
      year: null,
      dateNote: null,
      host: null,
      interviewer: null,
      author: null,
      speakers: [],
      format: null,
    },
    shape: null,
    counts: EMPTY_COUNTS(),
    lines: { total: 0, inRecords: 0, classified: {}, unparsed: [] },
    ok: false,
  };
}

function account(body: string, bodyLine: number, kinds: (LineKind | null)[]): LineAccount {
  const lines = body.split(/\r\n|\n|\r/);
  const acc: LineAccount = { total: 0, inRecords: 0, classified: {}, unparsed: [] };
  lines.forEach((l, i) => {
    if (!l.trim()) return;
    acc.total++;
    const kind = kinds[i] ?? null;
    if (kind === 'record') acc.inRecords++;
    else if (kind && CLASSIFIED_KINDS.includes(kind)) acc.classified[kind] = (acc.classified[kind] ?? 0) + 1;
    else acc.unparsed.push(bodyLine + i);
  });
  return acc;
}

const TYPE_PREFIX: Record<RecordType, string> = { qa: 'qa', quote: 'q', claim: 'c' };

/**
 * Ids hash the record's own content (type, speaker, question, text), so an edit
 * elsewhere in the document, or lines added above it, leave the id unchanged.
 * A record repeated word for word in one document gets -2, -3… in order.
 */
export function recordId(doc: string, d: Pick<DraftRecord, 'type' | 'text' | 'question' | 'speaker'>): string {
  const h = createHash('sha1')
    .update(`${d.type}\u0000${d.speaker ?? ''}\u0000${d.question ?? ''}\u0000${d.text}`)
    .digest('hex')
    .slice(0, 8);
  return `${doc}/${TYPE_PREFIX[d.type]}-${h}`;
}

function finishRecords(doc: string, meta: DocumentMeta, drafts: DraftRecord[]): QuarryRecord[] {
  const seen = new Map<string, number>();
  const out: QuarryRecord[] = [];
  for (const d of drafts) {
    let id = recordId(doc, d);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) id = `${id}-${n}`;
    const mentioned = mentionedYears(d.question ? `${d.question}\n${d.text}` : d.text);
    out.push({
      id,
      type: d.type,
      text: d.text,
      speaker: d.speaker,
      question: d.question,
      asker: d.asker,
      year: meta.year,
      years: mentioned,
      date: meta.date,
      doc,
      section: d.section,
      topics: d.topics,
      line: d.line,
      endLine: d.endLine,
      // "July 14" takes a year only from the record's own text, and only when it names one year:
      // the document's year is when it was said, not when the events happened.
      figures: extractFigures(d.text, { year: mentioned.length === 1 ? mentioned[0]! : null }),
    });
  }
  return out;
}

export { SPEAKERS_FILE };
