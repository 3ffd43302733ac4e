/**
 * The loader: corpus folder → documents → records, with every problem found on
 * the way. It never throws for a bad document (one bad file never hides the
 * rest) and never prints; callers decide what to show. Only a corpus folder
 * that cannot be read throws (CorpusFolderError). Every message a user can
 * see is listed in docs/errors.md.
 *
 * Also the stage that turns a parser's draft records into finished records:
 * ids, the document's year and date, the years the text mentions, figures.
 */
import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';
import { CorpusFolderError, listCorpusFiles, type CorpusFile, type ListOptions } from '../corpus/files.js';
import { FrontMatterError, noFrontMatter, parseFrontMatter } from '../corpus/frontmatter.js';
import { readMeta } from '../corpus/meta.js';
import { decodeDocument, MAX_FILE_BYTES, readDocumentBytes, tooLarge } from '../corpus/read.js';
import { readSpeakersFile, SPEAKERS_FILE } from '../corpus/speakers-file.js';
import { extractFigures, FigureReader, yearsOfLines } from '../figures/extract.js';
import type { Corpus, DocumentInfo, DocumentMeta, LineAccount, Problem } from '../model/corpus.js';
import { caselessRegExp } from '../model/regexp.js';
import type { NearbyLine } from '../model/nearby.js';
import { CLASSIFIED_KINDS, type LineKind, type QuarryRecord, type RecordType } from '../model/record.js';
import { SpeakerRegistry, declaredEntries, withDeclaredSpeakers, type SpeakerEntry } from '../model/speakers.js';
import { amaPoster, DOCUMENT_EXTENSIONS, emailHeader, inferAuthor, inferPublisher, inferInterviewer, inferTitle, judgeOfJudgment, letterSignature, markupHeader, metadataBlock, parseDocument, pressReleaseIssuer, respondentOfAnswers, speakerOfRemarksLine, SHAPE_NAMES, speakerIntroducedUnderTitle, speakerOfSpeechHeader, speakerOfSpeechTitle, tableAmaPoster, talkPageHead, type DraftRecord } from '../parse/index.js';
import { decodeHtmlEntities, isTtmlText, narratorOf, splitLines, withoutClosingEmphasis, withoutHtmlTags, withoutWikiLinks } from '../parse/text.js';
import { refoldFormPaste, refoldLineNote, unfoldFormPaste } from '../parse/formpaste.js';
import { dateFromFileName, dateOfFirstMessage, messageDays, dateOfFocalPost, dateOfPostCard, dateUnderSignature, filingStampDate, inferDate, statedDate, transcriptionStampYear } from './infer.js';
import { extname } from 'node:path';
import { excerptCreditLine } from '../parse/header.js';
import { accountSentences, linesWithLostWords } from './sentences.js';
import { captionFileTitle } from '../parse/captions.js';
import { firstAppearedYear } from '../parse/chrome.js';
import { loadInParallel, parallelPlan, type ParallelOptions } from './parallel.js';
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// A process that loads this module reads documents, and parsing them runs ~200
// regular expressions, most of them more than once. V8 compiles a pattern to
// bytecode when it first runs and again to machine code when it runs a second
// time: one changed document at 100× spent ~440 M instructions compiling
// patterns, about half of it on the bytecode tier. Compiling to machine code
// at once changes no match. Set here rather than at start-up: a warm run that
// parses nothing runs patterns once as often as not, and gained nothing.
// The flag is the tier-up count, not --no-regexp-tier-up: patterns have run by
// now (a cold search reads its query first), and turning tier-up off under a
// pattern that ran on the bytecode tier sends its next run to machine code
// never compiled (Node died of a segmentation fault on a one-word Thai,
// Georgian or Hindi search). A count of 0 compiles only patterns first run
// from now on straight to machine code; those that ran before tier up as usual.
setFlagsFromString('--regexp-tier-up-ticks=0');

export { CorpusFolderError };
// Re-exported for code written before the types moved to model/corpus.ts.
export type { Corpus, DocumentInfo, LineAccount, Problem } from '../model/corpus.js';
export type { ParallelOptions } from './parallel.js';

const EMPTY_COUNTS = (): Record<RecordType, number> => ({ qa: 0, quote: 0, claim: 0 });

export { MAX_FILE_BYTES };

export interface LoadOptions extends ListOptions {
  /**
   * Let an unexpected exception (a bug in quarry) escape with its stack
   * instead of becoming a problem of its document (the CLI sets it from
   * QUARRY_DEBUG=1). Default false.
   */
  debug?: boolean;
  /**
   * Called after each document is loaded, in whatever order documents finish
   * (the result is in corpus order regardless). The loader never prints: the
   * CLI turns this into its progress line.
   */
  onProgress?: (progress: LoadProgress) => void;
  /**
   * Parse on worker threads when the documents are many and large enough to
   * repay starting them (see ./parallel.ts); `false` always parses in this
   * thread. The thresholds are options so that tests can reach the parallel
   * path with a small corpus.
   */
  parallel?: ParallelOptions | false;
}

export interface LoadProgress {
  /** documents loaded so far, and of how many */
  done: number;
  total: number;
  /** their bytes on disk, so far and in all */
  bytesDone: number;
  bytesTotal: number;
}

/** `push(...xs)` passes xs as arguments and overflows the stack past ~100k items. */
function append<T>(into: T[], from: readonly T[]): void {
  for (const x of from) into.push(x);
}

function describeError(err: unknown): string {
  const msg = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const oneLine = msg.replace(/\s+/g, ' ').trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}

/** "a document is a *.md, *.txt, *.vtt or *.srt file": from the shape list. */
export function documentKinds(): string {
  const exts = DOCUMENT_EXTENSIONS.map((e) => `*${e}`);
  const list = exts.length > 1 ? `${exts.slice(0, -1).join(', ')} or ${exts[exts.length - 1]}` : exts[0];
  return `a document is a ${list} file`;
}

/** Load every document of a corpus folder. Throws CorpusFolderError only when the folder itself cannot be read. */
export function loadCorpus(dir: string, opts: LoadOptions = {}): Corpus {
  const { files, problems: folderProblems } = listCorpusFiles(dir, DOCUMENT_EXTENSIONS, opts);
  const problems: Problem[] = folderProblems.map((p) => ({ file: p.file, line: p.line ?? null, severity: p.severity, message: p.message }));
  if (files.length === 0) {
    problems.push({ file: '.', line: null, severity: 'error', message: `no documents in ${dir} (${documentKinds()})` });
  }
  return loadFiles(dir, files, opts, problems);
}

/**
 * Load the given documents of the corpus rooted at `dir`, with that corpus's
 * speakers.yml: what `quarry check FILE…` checks. `problems` are carried in
 * front of the ones found here.
 */
export function loadFiles(dir: string, files: readonly CorpusFile[], opts: LoadOptions = {}, problems: Problem[] = []): Corpus {
  const documents: DocumentInfo[] = [];
  const records: QuarryRecord[] = [];
  const { registry } = loadFilesInOrder(dir, files, opts, problems, (one) => {
    if ('message' in one) {
      problems.push(one);
      return;
    }
    append(problems, one.problems);
    documents.push(one.info);
    append(records, one.records);
  });
  return { dir, documents, records, problems, registry: withDeclaredSpeakers(registry, documents.map((d) => declaredEntries(d.meta.aliases))) };
}

/**
 * loadFiles without the corpus: each document (or, for a duplicate id, its
 * problem) is handed to `take` in the order of `files` as soon as it and
 * every one before it are loaded, and is not kept here, so a caller that
 * writes documents out as they come holds a few at a time, never the corpus
 * (the cache's cold build). speakers.yml's problems go to `problems` first.
 * Returns the corpus's speaker registry.
 */
export function loadFilesInOrder(dir: string, files: readonly CorpusFile[], opts: LoadOptions, problems: Problem[], take: (one: LoadedDocument | Problem) => void): { registry: SpeakerRegistry } {
  const debug = opts.debug ?? false;
  let speakers: ReturnType<typeof readSpeakersFile> = { entries: [], problems: [] };
  try {
    speakers = readSpeakersFile(dir);
  } catch (err) {
    if (debug) throw err;
    problems.push({ file: SPEAKERS_FILE, line: null, severity: 'error', message: `internal error while reading this file (a bug in quarry): ${describeError(err)}` });
  }
  for (const p of speakers.problems) problems.push({ file: p.file, line: p.line, severity: 'error', message: p.message });
  let registry: SpeakerRegistry;
  try {
    registry = new SpeakerRegistry(speakers.entries);
  } catch (err) {
    if (debug) throw err;
    problems.push({ file: SPEAKERS_FILE, line: null, severity: 'error', message: `internal error while reading this file (a bug in quarry): ${describeError(err)}` });
    registry = new SpeakerRegistry();
    speakers = { entries: [], problems: [] }; // worker threads build the same empty registry
  }

  // Duplicate ids are settled first, in corpus order, so that the documents
  // to load are independent of each other and can be parsed in any order.
  const toLoad: CorpusFile[] = [];
  const slots: (number | Problem)[] = [];
  const seenDocIds = new Map<string, string>();
  for (const file of files) {
    const earlier = seenDocIds.get(file.id);
    if (earlier) {
      slots.push({ file: file.name, line: null, severity: 'error', message: `duplicate document id '${file.id}' (also ${earlier})` });
      continue;
    }
    seenDocIds.set(file.id, file.name);
    slots.push(toLoad.length);
    toLoad.push(file);
  }
  // the slots before the next document to load are duplicates' problems
  let slot = 0;
  const flushProblems = () => {
    while (slot < slots.length && typeof slots[slot] !== 'number') take(slots[slot++] as Problem);
  };
  flushProblems();
  loadEach(toLoad, registry, speakers.entries, opts, (one) => {
    slot++;
    take(one);
    flushProblems();
  });
  return { registry };
}

/** The documents' sizes on disk (0 where a file cannot be read: loading it will say why). */
function sizesOf(files: readonly CorpusFile[]): number[] {
  return files.map((f) => {
    if (f.bytes) return f.bytes.length;
    try {
      return statSync(f.path).size;
    } catch {
      return 0;
    }
  });
}

/** Load each document, here or on worker threads, handing each to `take` in the order of `files`. */
function loadEach(files: readonly CorpusFile[], registry: SpeakerRegistry, entries: readonly SpeakerEntry[], opts: LoadOptions, take: (one: LoadedDocument) => void): void {
  const debug = opts.debug ?? false;
  const sizes = sizesOf(files);
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  let done = 0;
  let bytesDone = 0;
  const onProgress = opts.onProgress;
  const loadedOne = onProgress
    ? (i: number) => {
        done++;
        bytesDone += sizes[i]!;
        onProgress({ done, total: files.length, bytesDone, bytesTotal });
      }
    : () => {};
  const plan = parallelPlan(files, bytesTotal, opts.parallel);
  if (plan) {
    loadInParallel(plan, files, entries, debug, loadedOne, (file) => loadOrReport(file, registry, debug), take);
    return;
  }
  files.forEach((file, i) => {
    const one = loadOrReport(file, registry, debug);
    loadedOne(i);
    take(one);
  });
}

/** loadDocument, with an unexpected exception (a bug in quarry) as that document's error unless `debug`. */
export function loadOrReport(file: CorpusFile, registry: SpeakerRegistry, debug: boolean): LoadedDocument {
  try {
    return loadDocument(file, registry);
  } catch (err) {
    // A bug in quarry, not in the file: say so, and go on with the other documents.
    if (debug) throw err;
    return {
      info: emptyInfo(file),
      records: [],
      problems: [{ file: file.name, line: null, severity: 'error', message: `internal error while reading this document (a bug in quarry): ${describeError(err)}` }],
    };
  }
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

  const buf = file.bytes ?? readDocumentBytes(file.path);
  if (!Buffer.isBuffer(buf)) return fail(buf.line, buf.message);
  if (buf.length > MAX_FILE_BYTES) return fail(null, tooLarge(buf.length).message);
  const decoded = decodeDocument(buf);
  if (!('text' in decoded)) return fail(decoded.line, decoded.message);
  if (decoded.warning) problems.push({ file: file.name, line: decoded.warning.line, severity: 'warning', message: decoded.warning.message });
  const text = decoded.text;
  if (text.trim() === '') return fail(null, buf.length === 0 ? 'empty file' : 'empty file: only blank lines');

  let fm;
  try {
    // a JSON transcript is data from its first brace: no front matter (Hugo's JSON one would take the whole file)
    fm = extname(file.name).toLowerCase() === '.json' ? noFrontMatter(text) : parseFrontMatter(text);
  } catch (err) {
    if (err instanceof FrontMatterError) return fail(err.line, err.message);
    throw err;
  }
  if (fm.droppedKeys && fm.droppedKeys.length > 0) {
    const keys = fm.droppedKeys.map((k) => `'${k.key}'`).join(', ');
    const plural = fm.droppedKeys.length > 1;
    return fail(fm.droppedKeys[0]!.line, `front matter key${plural ? 's' : ''} ${keys} ${plural ? 'are' : 'is'} not allowed: remove or rename ${plural ? 'them' : 'it'}`);
  }
  const { meta, problems: metaProblems } = readMeta(fm.data, file.id, SHAPE_NAMES, fm.keyLines);
  for (const p of metaProblems) problems.push({ file: file.name, line: p.line, severity: p.severity, message: p.message });
  if (metaProblems.some((p) => p.severity === 'error')) return { info: emptyInfo(file, meta), records: [], problems };
  if (fm.body.trim() === '') {
    // Point at the first body line when the file has one, else at the closing `---`.
    return fail(fm.body === '' ? fm.bodyLine - 1 : fm.bodyLine, 'no records found: nothing after the front matter', meta);
  }

  const titleGiven = typeof fm.data.title === 'string' && fm.data.title.trim() !== '';
  // HTML's escapes, as a CMS export keeps them, read as the characters they stand for.
  // A page's source pasted with its tags: read as the page reads (each line keeps its number).
  // A JSON transcript and TTML captions are read as written: decoding would break a JSON string
  // (`&quot;`) and turn TTML's escaped `&lt;` into a tag; the TTML reader decodes after its tags.
  const asWritten = extname(file.name).toLowerCase() === '.json' || isTtmlText(fm.body);
  // A Markdown notes app's links between notes ("[[Solveig Halvorsen]]", Obsidian's) read as the
  // words they show, as a Markdown link's text does. Only in a Markdown file: a wiki's source page
  // signs with its links ("[[User:Crypt0Hist|Crypt0Hist]]", read by src/parse/wikitalk.ts) and a
  // government record's text marks its pages so ("[[Page S1483]]").
  const unmarked = asWritten ? fm.body : decodeHtmlEntities(withoutHtmlTags(fm.body));
  const body = MARKDOWN_EXTENSION.test(file.name) ? withoutWikiLinks(unmarked) : unmarked;
  // A form's submission pasted as one line (fields parted by " | ", "Q: … A: …" mid-line) is read
  // as the lines it was typed as; records and notes cite the file's line.
  const form = asWritten ? null : unfoldFormPaste(body);
  const view = form?.body ?? body;
  if (!fm.hasFrontMatter || !titleGiven) inferHeader(file, meta, view, fm.bodyLine, !fm.hasFrontMatter);
  // Front matter that names a book's excerpt but not when (`title`, `author` only): the excerpt's own
  // credit under the title ("*From* TITLE, *by NAME (Publisher, 2021)*") gives its book's year, as it does without front matter.
  if (fm.hasFrontMatter && meta.date === null && meta.year === null) {
    const credit = excerptCreditLine(splitLines(view));
    if (credit?.year) {
      meta.year = credit.year;
      meta.inferred.year = `the excerpt's credit (line ${fm.bodyLine + credit.idx})`;
    }
  }
  if (form) for (const [k, v] of Object.entries(meta.inferred)) if (typeof v === 'string') (meta.inferred as Record<string, string>)[k] = refoldLineNote(v, form, fm.bodyLine);
  // The document's own names (an inferred interviewer's too) join the corpus registry for this document only.
  const registry = corpusRegistry.clone();
  for (const n of [...meta.speakers, meta.host, meta.interviewer]) if (n && !registry.has(n)) registry.add(n);
  // and the aliases its front matter gives them, so a mention by alias in the prose is theirs as a label is
  for (const e of declaredEntries(meta.aliases)) registry.add(e.name, e.aliases);
  // An AMA's poster is the person its title introduces ("I'm Marguerite Olawale, … AMA!" posted by
  // u/TidewaterMarguerite), or a table export's opening post does: the handle's answers are hers by name.
  const poster = amaPoster(meta.title, view) ?? tableAmaPoster(view, extname(file.name).toLowerCase());
  if (poster && !registry.resolve(poster.handle)) registry.add(registry.resolve(poster.name) ?? poster.name, [poster.handle, poster.handle.replace(/^u\//, '')]);

  const viewParsed = parseDocument({ docId: file.id, meta, body: view, bodyLine: fm.bodyLine, registry, extension: extname(file.name).toLowerCase() });
  // the file's own lines, split only when a form's records or a quotation's year need them
  let bodyLines: string[] | undefined;
  const fileLines = () => (bodyLines ??= splitLines(body));
  const parsed = form ? refoldFormPaste(viewParsed, form, fileLines().length, fm.bodyLine, narratorOf(meta, registry)) : viewParsed;
  // A table's date column dates a document nothing else dates, and gives the day of one its file
  // name dates by the year alone ("slido-allhands-2025.csv" of rows all on 18 September 2025).
  const dayOfFileYear = !!parsed.dated?.date && meta.date === null && meta.year === parsed.dated.year && meta.inferred.year === 'the file name';
  if (parsed.dated && (meta.year === null || dayOfFileYear)) {
    if (dayOfFileYear) delete meta.inferred.year;
    meta.date = parsed.dated.date;
    meta.year = parsed.dated.year;
    meta.inferred[parsed.dated.date ? 'date' : 'year'] = `the ${parsed.dated.column} column`;
  }
  // A news database's export of several articles: each article's header dates and credits its own
  // records (src/parse/exports.ts). The first article's byline and day, which the header reading
  // took for the file's, are no more the file's than the others'.
  if ((parsed.articles ?? 0) > 1) {
    if (meta.inferred.author) meta.author = null;
    // (a day inferred gives the year too)
    if (meta.inferred.date) meta.date = null;
    if (meta.inferred.date || meta.inferred.year) meta.year = null;
    for (const key of ['author', 'date', 'year']) delete meta.inferred[key];
    meta.inferred.articles = `each of the export's ${parsed.articles} articles' dates and bylines from its own header`;
  }
  if (!fm.hasFrontMatter && meta.speakers.length === 0 && parsed.labelSpeakers?.length) {
    meta.speakers = parsed.labelSpeakers;
    meta.inferred.speakers = 'the speaker labels';
  }
  if (!fm.hasFrontMatter || !titleGiven) {
    problems.push({ file: file.name, line: fm.hasFrontMatter ? 1 : null, severity: 'warning', message: describeInferred(meta, fm.hasFrontMatter) });
  }
  for (const w of parsed.warnings) problems.push({ file: file.name, line: w.line, severity: w.severity ?? 'warning', message: w.message });
  const records = finishRecords(file.id, meta, parsed.records, registry, (line) => fileLines()[line - fm.bodyLine]);
  if (meta.date) dateByMessageStamps(records, meta.date, fileLines(), fm.bodyLine);
  const info: DocumentInfo = {
    id: file.id,
    file: file.name,
    path: file.path,
    meta,
    shape: parsed.shape,
    counts: EMPTY_COUNTS(),
    lines: account(body, fm.bodyLine, parsed.lineKinds),
    sentences: accountSentences(parsed.textLines ? parsed.textLines.join('\n') : body, fm.bodyLine, parsed.lineKinds, records, parsed.fillerLines, (n) => registry.resolve(n)),
    ok: records.length > 0,
  };
  // The lines no record holds, and the record lines holding a word no record spanning them holds
  // (a link line a turn dropped, a name line no record names): their words are searched too.
  const viewText = parsed.textLines ? parsed.textLines.join('\n') : body;
  const lost = linesWithLostWords(viewText, fm.bodyLine, parsed.lineKinds, records);
  info.nearby = nearbyLines(text, fm.bodyLine, parsed.textLines ?? fileLines(), parsed.lineKinds, new Set(lost.map((i) => fm.bodyLine + i)));
  // A sentence on an unparsed line is already listed as that line (check --unparsed): no second message.
  const unparsed = new Set(info.lines.unparsed);
  const missed = info.sentences.missed.filter((m) => !unparsed.has(m.line));
  // Its line is a nearby line: search finds its words through the record next to it, but it is no record of its own.
  for (const m of missed.slice(0, MAX_SENTENCE_WARNINGS)) {
    problems.push({ file: file.name, line: m.line, severity: 'warning', message: `sentence in no record, search finds it only through the record nearest its line: ${quoteExcerpt(m.text)}` });
  }
  if (missed.length > MAX_SENTENCE_WARNINGS) {
    const more = missed.length - MAX_SENTENCE_WARNINGS;
    problems.push({ file: file.name, line: missed[MAX_SENTENCE_WARNINGS]!.line, severity: 'warning', message: `${more} more sentence${more === 1 ? '' : 's'} in no record (check --format json lists them all)` });
  }
  for (const r of records) info.counts[r.type]++;
  if (records.length === 0) {
    const why = parsed.unreadable;
    problems.push({ file: file.name, line: why?.line ?? fm.bodyLine, severity: 'error', message: why?.message ?? `no records found (read as ${parsed.shape})` });
  }
  return { info, records, problems };
}

const MARKDOWN_EXTENSION = /\.(?:md|markdown|mdown|mkd)$/i;
/** A caption file's extension, and the language tag a downloader puts before it ("talk.en.vtt", "talk.pt-BR.srt"). */
const CAPTION_EXTENSION = /\.(?:vtt|srt|sbv|ass|ssa|ttml|dfxp)$/i;
const CAPTION_LANGUAGE = /(?<=[^.])\.[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/;
/**
 * What a document without front matter (or without a title in it) says about
 * itself: the title from its first heading, else the file name; without
 * front matter, also the author, from a byline ("By Leah Fontaine"), and the date, from the file name ("cnn-2022-12-13",
 * "jane-2020"), else a dateline in the header ("Aired December 13, 2022").
 * Each inferred field is noted in `meta.inferred` with where it came from.
 */
function inferHeader(file: CorpusFile, meta: DocumentMeta, body: string, bodyLine: number, noFrontMatter: boolean): void {
  const lines = splitLines(body);
  // An email's headers say what it is: its subject, its sender, its date.
  const email = emailHeader(lines, bodyLine);
  // A CSV's first line is its header row, never a title, and a JSON transcript's lines are its keys: both are titled by the file name.
  // An ASS script's and a TTML document's own title field titles them; their lines of markup never do.
  const own = captionFileTitle(lines, body);
  // A markup language's header (Org's "#+TITLE:", LaTeX's "\title{…}", AsciiDoc's "= …", reST's) says it outright.
  const markup = email || own !== undefined ? null : markupHeader(lines, bodyLine);
  // A talk page's "Speaker Name: Talk title" line: the title, and whose words the talk is.
  const talk = email || markup || own !== undefined ? null : talkPageHead(lines, bodyLine);
  // A metadata block opening the file ("Title: …" / "Author: …" / "Date: …", MultiMarkdown's and many exports' header).
  const fields = email || markup || own !== undefined ? null : metadataBlock(lines, bodyLine);
  const title =
    ['.csv', '.json'].includes(extname(file.name).toLowerCase()) ? null
    : own !== undefined ? (own && { value: own.value, from: `the caption file's title (line ${bodyLine + own.index})` })
    : (email?.subject ?? markup?.title ?? fields?.title ?? talk?.title ?? inferTitle(lines, bodyLine));
  // "talk.en.vtt": a caption file's name carries its language after the name; the title is the name before it.
  meta.title = title?.value ?? (CAPTION_EXTENSION.test(file.name) ? file.id.replace(CAPTION_LANGUAGE, '') : file.id);
  meta.inferred.title = title?.from ?? 'the file name';
  if (noFrontMatter && !meta.author) {
    const author = email?.from ?? markup?.author ?? fields?.author ?? talk?.speaker ?? speakerOfRemarksLine(lines, bodyLine) ?? judgeOfJudgment(lines, bodyLine) ?? inferAuthor(lines, bodyLine) ?? pressReleaseIssuer(lines, bodyLine) ?? (title ? (speakerOfSpeechTitle(title) ?? speakerOfSpeechHeader(lines, bodyLine, title) ?? speakerIntroducedUnderTitle(lines, bodyLine, title)) : null) ?? letterSignature(lines, bodyLine)?.signer ?? respondentOfAnswers(lines, bodyLine) ?? null;
    if (author) {
      meta.author = author.value;
      meta.inferred.author = author.from;
    }
  }
  // "Renée Oduya | Gulf Markets Weekly | 9 November 2023", "Posted … by Coin Corridor staff": the outlet.
  if (noFrontMatter && !meta.publisher && !email && !markup) {
    const publisher = inferPublisher(lines, bodyLine);
    if (publisher) {
      meta.publisher = publisher.value;
      meta.inferred.publisher = publisher.from;
    }
  }
  // "Interview by Ruth Evans": she asks the questions.
  if (noFrontMatter && !meta.interviewer && !meta.host) {
    const interviewer = inferInterviewer(lines, bodyLine);
    if (interviewer) {
      meta.interviewer = interviewer.value;
      meta.inferred.interviewer = interviewer.from;
    }
  }
  if (!noFrontMatter || meta.date || meta.year) return;
  const day = email?.date ?? markup?.date ?? fields?.date;
  if (day) {
    meta.date = day.value;
    meta.year = Number(day.value.slice(0, 4));
    meta.inferred.date = day.from;
    return;
  }
  const fromName = dateFromFileName(file.id.slice(file.id.lastIndexOf('/') + 1)); // the file's own name, not its folders
  if (fromName?.date) {
    meta.date = fromName.date;
    meta.year = fromName.year;
    meta.inferred.date = 'the file name';
    return;
  }
  const dateline = inferDate(lines, bodyLine, fromName?.year ?? null);
  // A field that says it is the date ("Date of interview: 14 October 2022") outweighs a year in the
  // file name, which may be the year the document is about. So does any dateline over a year glued
  // to a word of the name ("token2049-panel"), which is part of a name, not a date.
  if (dateline.date && (!fromName || fromName.glued || dateline.keyed || Number(dateline.date.value.slice(0, 4)) === fromName.year)) {
    meta.date = dateline.date.value;
    meta.year = Number(dateline.date.value.slice(0, 4));
    meta.inferred.date = dateline.date.from;
    return;
  }
  // Nothing above dates it: a letter may, under its signature; a line saying when the document was
  // made may ("Dated: February 14, 2025", "Rendered … on 30 September 2024"), in the year the file name gives if it gives one.
  const statedWithYear = (d: { value: string; from: string } | null, year: number | null) => (d && (year === null || Number(d.value.slice(0, 4)) === year) ? d : null);
  // A court filing's electronic stamp atop its pages ("Case … Document 23 Filed 11/21/23 Page 3 of 17") says the day it was filed.
  const signed = dateline.date ? null : (dateUnderSignature(lines, bodyLine) ?? statedWithYear(statedDate(lines, bodyLine), fromName?.year ?? null) ?? statedWithYear(filingStampDate(lines, bodyLine), fromName?.year ?? null));
  // A letter's date under its signature is when it was written, whatever year its file name gives.
  if (signed) {
    meta.date = signed.value;
    meta.year = Number(signed.value.slice(0, 4));
    meta.inferred.date = signed.from;
    return;
  }
  // A magazine's dateline or issue line under the title ("Northern Review, March 2024", "Issue 41 ·
  // June 2023", "Autumn 2022") says when the piece came out: over another year in the file name,
  // which may be the year the story is about ("profile-glassblower-lisbon-2019", met in 2019).
  const issued = dateline.year && fromName && dateline.year.value !== fromName.year && dateline.year.from.startsWith('a month and year') ? dateline.year : null;
  if (issued) {
    meta.year = issued.value;
    meta.inferred.year = issued.from;
  } else if (fromName) {
    meta.year = fromName.year;
    meta.inferred.year = 'the file name';
  } else if (dateline.year) {
    meta.year = dateline.year.value;
    meta.inferred.year = dateline.year.from;
  } else if (title) {
    // Nothing else dates it: a title that carries its one year does ("… Games Done Quick 2023",
    // "#inc-2024-0611-payments-outage"); a title with two ("1938–2025") says no one year.
    const years = title.value.match(TITLE_YEAR);
    if (years?.length === 1) {
      meta.year = Number(years[0]);
      meta.inferred.year = title.from.replace(/^the /, 'the year in the ');
    }
  }
  // Still undated: a chat export's first message stamp. Where only the year is known (the file's
  // name, "telegram-ama-lumenchain-2024.txt"), a first stamp in that year gives the day too
  // ("Elena, [12.03.24 22:00]"); a stamp in another year leaves the year as it is.
  const chat = meta.date ? null : dateOfFirstMessage(lines, bodyLine);
  if (chat && meta.year) {
    if (chat.date && chat.year === meta.year) {
      meta.date = chat.date;
      meta.inferred.date = chat.from;
      return;
    }
  } else if (chat) {
    if (chat.date) meta.date = chat.date;
    meta.year = chat.year;
    if (chat.date) meta.inferred.date = chat.from;
    else meta.inferred.year = chat.from;
    return;
  }
  // Still undated: a Q&A site's page, by the user card under its question; an X thread's page, by
  // its focal post's stamp.
  const posted = meta.year ? null : (dateOfPostCard(lines, bodyLine) ?? dateOfFocalPost(lines, bodyLine));
  if (posted) {
    meta.date = posted.date;
    meta.year = posted.year;
    meta.inferred.date = posted.from;
    return;
  }
  // Still undated: a wire story whose dateline gives only the day ("LONDON, March 3 (Reuters) -") and
  // whose page prints when it was first published at its foot ("First published: March 3, 2025 09:14 GMT").
  const footStamp = meta.year ? null : publishedStampAtFoot(lines);
  if (footStamp) {
    meta.date = footStamp;
    meta.year = Number(footStamp.slice(0, 4));
    meta.inferred.date = 'the publication stamp at the foot';
    return;
  }
  // Still undated: a note at the foot of where the piece first appeared, with its year ("This interview
  // first appeared in Makers Quarterly in 2023.", "Originally published in The Hop Letter, Spring 2021.").
  const firstAppeared = meta.year ? null : firstAppearedYearAtFoot(lines);
  if (firstAppeared) {
    meta.year = firstAppeared;
    meta.inferred.year = 'the note at the foot of where it first appeared';
    return;
  }
  // Still undated: an interview's note near its top of when it was held ("She spoke to Mara Quist in
  // October 2023.", "This interview was conducted in March 2022."): the year the words were said.
  const held = meta.year ? null : interviewHeldYear(lines, [meta.author, meta.interviewer].filter((n): n is string => !!n));
  if (held) {
    meta.year = held;
    meta.inferred.year = 'the note of when the interview was held';
    return;
  }
  // Still undated: a transcription service's footer stamp says the year the transcript was made.
  const stamped = meta.year ? null : transcriptionStampYear(lines, bodyLine);
  if (stamped) {
    meta.year = stamped.value;
    meta.inferred.year = stamped.from;
  }
  // Still undated: a wire story's copyright notice at its foot ("© Thomson Reuters 2024. All rights
  // reserved.") gives the year its dateline ("LONDON, March 12 (Reuters) -") leaves out.
  const copyright = meta.year ? null : copyrightYearAtFoot(lines);
  if (copyright) {
    meta.year = copyright;
    meta.inferred.year = 'the copyright notice at the foot';
  }
  if (dateline.note && !meta.date) {
    meta.dateNote = dateline.note;
    meta.inferred.dateNote = 'a dateline';
  }
}

/**
 * "© Thomson Reuters 2024. All rights reserved.", "Copyright 2023 The Associated Press.": a notice's
 * one year, a short line. A site's notice runs from its first year to the page's ("Copyright © 2001 -
 * 2025 BrainyQuote"): the second year is when the page was served.
 */
const COPYRIGHT_NOTICE_YEAR = /^\s*(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:[\p{L}&.'’-]+\s+){0,4}((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?(?![\p{N}])/iu;
/** The year of a copyright notice among the last three lines with words of a document's body, or null. */
function copyrightYearAtFoot(lines: readonly string[]): number | null {
  for (const line of footLines(lines, 3)) {
    const m = line.length <= 120 ? COPYRIGHT_NOTICE_YEAR.exec(line) : null;
    if (m) return Number(m[2] ?? m[1]);
  }
  return null;
}

// The date that closes a note of when the interview was held: "in October 2023", "on 3 May 2020" (1: the year).
const HELD_DATE = String.raw`(?:in|on)\s+(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d{2})(?![\p{N}])`;
// Where the talk was held, before its date: "in Bergen", "at his studio", "in the reading room".
const HELD_WHERE = String.raw`(?:(?:in|at)\s+(?:(?:the|a|an|his|her|their|our)\s+)?[\p{L}'’-]+\s+(?:[\p{L}'’-]+\s+){0,2}?)?`;
// Whom the writer talked to or met: a name ("Mara Quist ") or a pronoun ("her ").
const HELD_OBJECT = String.raw`(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}?|(?:him|her|them)\s+)`;
/**
 * A sentence saying when the interview was held, a month perhaps before its year: "She spoke to Mara
 * Quist in October 2023.", "We talked in June 2021.", "I met him at his studio in May 2022.", "This
 * interview was conducted on 3 May 2020." (1: the year). Only a verb of meeting to talk: "She opened
 * the shop in 2016." dates nothing. "Met" only with the writer's "I" or "we" and whom they met: "She
 * met her husband in 2001." is the story's.
 */
const INTERVIEW_HELD = new RegExp(
  String.raw`(?:^|[.!?*_]\s*|\s)(?:(?:[Ss]he|[Hh]e|[Tt]hey|[Ww]e|I)\s+(?:spoke|talked|sat\s+down)(?:\s+(?:to|with)\s+${HELD_OBJECT}|\s+)|(?:[Ww]e|I)\s+met\s+${HELD_OBJECT}|(?:[Tt]his|[Tt]he)\s+(?:interview|conversation)\s+(?:was\s+)?(?:conducted|recorded|held|took\s+place)\s+)${HELD_WHERE}${HELD_DATE}`,
  'u',
);
/**
 * The writer's own name as the subject: "Jonas Storvik talked to her in Bergen in October 2024."
 * (1: the name, 2: the year). Dates the interview only when that name is the page's author or
 * interviewer: "Obama spoke with her in 2009" is the story's.
 */
const NAMED_WRITER_HELD = new RegExp(String.raw`(?:^|[.!?*_]\s*)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:spoke|talked|sat\s+down)\s+(?:to|with)\s+(?:him|her|them)\s+${HELD_WHERE}${HELD_DATE}`, 'u');
/** The year the interview was held, from such a note among the first eight lines with words, or null. `writers`: the page's author and interviewer. */
function interviewHeldYear(lines: readonly string[], writers: readonly string[]): number | null {
  let seen = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    if (++seen > 8) break;
    if (line.length > 400 || !/(?:spoke|talked|sat down|met|interview|conversation)/.test(line)) continue;
    const m = INTERVIEW_HELD.exec(line);
    if (m) return Number(m[1]);
    const named = writers.length ? NAMED_WRITER_HELD.exec(line) : null;
    if (named && writers.includes(named[1]!)) return Number(named[2]);
  }
  return null;
}
// Where one sentence of a line ends and the next begins: a stop and space before a capital.
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=\p{Lu})/u;
/** The year a note among the last three lines with words gives of where the piece first appeared, or null. */
function firstAppearedYearAtFoot(lines: readonly string[]): number | null {
  for (const line of footLines(lines, 3)) {
    const year = firstAppearedYear(withoutClosingEmphasis(line));
    if (year) return year;
    // the note as a later sentence of a contributor's note: "*Jonas Storvik is a contributing
    // editor. This interview first appeared in the November 2024 issue.*"
    for (const sentence of line.length <= 400 ? line.split(SENTENCE_BREAK).slice(1) : []) {
      const inner = firstAppearedYear(withoutClosingEmphasis(sentence));
      if (inner) return inner;
    }
  }
  return null;
}

/** The last `n` lines with words of a document's body, the last first: where a page's foot notes stand. */
function footLines(lines: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = lines.length - 1; i >= 0 && out.length < n; i--) if (lines[i]!.trim()) out.push(lines[i]!);
  return out;
}

/** A page's stamp of when it was published or updated, a full date after it: "First published: March 3, 2025 09:14 GMT". */
const PUBLISHED_STAMP = /^\s*(?:(first\s+)?published|posted|(?:last\s+)?updated|modified)(?:\s+on)?\s*:?\s+(?=\S)([^.!?]{6,60})$/iu;
/**
 * The day a page was published, from a stamp among the last four lines with words of a document's
 * body: "First published" over "Published" or "Posted" over "Updated" (an update is later than the
 * words); a stamp of one full date and nothing else of the kind. Null otherwise.
 */
function publishedStampAtFoot(lines: readonly string[]): string | null {
  let best: { rank: number; date: string } | null = null;
  for (const line of footLines(lines, 4)) {
    const m = line.length <= 100 ? PUBLISHED_STAMP.exec(line) : null;
    if (!m) continue;
    const days = extractFigures(m[2]!, { year: null }).filter((f) => f.kind === 'date');
    if (days.length !== 1 || days[0]!.precision !== 'day') continue;
    const rank = m[1] ? 0 : /^\s*(?:published|posted)/i.test(line) ? 1 : 2;
    if (!best || rank < best.rank) best = { rank, date: String(days[0]!.value) };
  }
  return best?.date ?? null;
}

/** A year standing as a word of a title, or between dashes of a channel's name: not part of a longer number. */
const TITLE_YEAR = /(?<![\p{L}\p{N},.])(?:19|20)\d{2}(?![\p{L}\p{N}]|[,.]\d)/gu;

/** check's warning for a document whose metadata was inferred: which fields, from where, and what is missing. */
function describeInferred(meta: DocumentMeta, hasFrontMatter: boolean): string {
  const parts = Object.entries(meta.inferred).map(([field, from]) => {
    if (field === 'articles') return from;
    const value =
      field === 'title' ? `'${meta.title}'`
      : field === 'author' ? meta.author
      : field === 'publisher' ? meta.publisher
      : field === 'date' ? meta.date
      : field === 'year' ? String(meta.year)
      : field === 'speakers' ? meta.speakers.join(', ')
      : field === 'interviewer' ? meta.interviewer
      : meta.dateNote;
    return `${field} ${value} from ${from}`;
  });
  const head = hasFrontMatter ? 'front matter lacks a title' : 'no front matter';
  return `${head}: inferred ${parts.join('; ')}${!hasFrontMatter && !meta.date && !meta.year && !meta.inferred.articles ? '; no date found' : ''}`;
}

/**
 * The lines of a document no record holds (DocumentInfo.nearby): the values of its front matter
 * (its keys are the format's, not the document's words), every body line the parser did not
 * file as a record's, whatever else it made of it (heading, byline, navigation, a cue's timing,
 * a line it could not read), and the record lines holding a word no record spanning them holds
 * (`lost`: file lines; sentences.ts linesWithLostWords). `lines` are the body's lines as the
 * parser saw them.
 */
function nearbyLines(text: string, bodyLine: number, lines: readonly string[], kinds: readonly (LineKind | null)[], lost: ReadonlySet<number>): NearbyLine[] {
  const nearby: NearbyLine[] = [];
  if (bodyLine > 1) {
    const head = splitLines(text);
    for (let i = 0; i < bodyLine - 1 && i < head.length; i++) {
      const value = head[i]!.replace(FRONT_MATTER_KEY, '').trim();
      if (value && !FRONT_MATTER_FENCE.test(value)) nearby.push([i + 1, value]);
    }
  }
  lines.forEach((l, i) => {
    if (kinds[i] === 'record' && !lost.has(bodyLine + i)) return;
    const t = l.trim();
    if (t) nearby.push([bodyLine + i, t]);
  });
  return nearby;
}
/** A front matter line's key (YAML `key:`, a list's `- key:` or `- `, TOML `key =`). */
const FRONT_MATTER_KEY = /^\s*(?:-\s+)?(?:[A-Za-z_][\w.-]*\s*[:=](?=\s|$))?/;
const FRONT_MATTER_FENCE = /^(?:---|\+\+\+|\.\.\.|[-[\]{}|>]+)$/;

function emptyInfo(file: CorpusFile, meta?: DocumentMeta): DocumentInfo {
  return {
    id: file.id,
    file: file.name,
    path: file.path,
    // a document that failed before its front matter was read: the defaults readMeta gives
    meta: meta ?? readMeta({}, file.id).meta,
    shape: null,
    counts: EMPTY_COUNTS(),
    lines: { total: 0, inRecords: 0, classified: {}, unparsed: [] },
    sentences: { total: 0, inRecords: 0, missed: [] },
    ok: false,
  };
}

/** Past this many, a document's missed sentences are summed up in one warning. */
const MAX_SENTENCE_WARNINGS = 20;

function quoteExcerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 80 ? `${flat.slice(0, 79)}…` : flat}”`;
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
  const h = sha1Hex(`${d.type}\u0000${d.speaker ?? ''}\u0000${d.question ?? ''}\u0000${d.text}`).slice(0, 8);
  return `${doc}/${TYPE_PREFIX[d.type]}-${h}`;
}

/** crypto.hash (Node ≥ 20.12) digests in one call, without a Hash object per record; the same hex either way. */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string) => string }).hash;
function sha1Hex(text: string): string {
  return oneShotHash ? oneShotHash('sha1', text) : createHash('sha1').update(text).digest('hex');
}

/**
 * A year a frame may name, from 1500 on: the source of the year in the patterns below (SAID_IN_YEAR
 * spells it out: test/parse/caseless.test.ts reads caselessRegExp's patterns as written).
 */
const YEAR = String.raw`(?:1[5-9]|20)\d{2}`;
/** A year anywhere in a frame's words (a frame naming one is dated by the rules that read it). */
const YEAR_IN_TEXT = new RegExp(YEAR);
/** A signature line's years, no digit on either side. */
const SIGNED_YEAR = new RegExp(String.raw`(?<!\d)${YEAR}(?!\d)`, 'g');
/** A sentence's years, no digit of any script on either side. */
const YEAR_ALONE = new RegExp(String.raw`(?<![\p{N}])${YEAR}(?![\p{N}])`, 'gu');
/** "in an interview in 2019", "in a 2019 speech": when the words were said, in the frame around a quotation. */
// (A word may qualify the noun: "in a 2020 blog post", "in a television interview in 2019".)
const SAID_IN_YEAR =
  caselessRegExp(String.raw`(?<![\p{L}])(?:in|during)\s+(?:an?|the|his|her|their|one)\s+(?:((?:1[5-9]|20)\d{2})\s+)?(?:[\p{L}-]+\s+)?(?:interview|speech|statement|post|letter|podcast|testimony|talk|address|lecture|memo|tweet|essay|op-ed|column|hearing|broadcast)(?:[^.;:“”"]{0,40}?\s+in\s+((?:1[5-9]|20)\d{2}))?(?![\d])`, 'iu');
/**
 * "In her memoir, Keeping the Light (2009), she wrote:", "in his 1998 autobiography", "she wrote in
 * her diary in 1942": a work of the speaker's own and the year its words were written, before the
 * work's noun, in brackets after it (its title between), or after "in".
 */
const OWN_WORK_IN_YEAR = new RegExp(String.raw`(?<![\p{L}])[Ii]n\s+(?:her|his|their)\s+(?:(${YEAR})\s+)?(?:[\p{Ll}-]+\s+)?(?:memoirs?|diary|diaries|autobiography|journals?|book|notebooks?|letters)(?![\p{L}])(?:[^.;:“”"()]{0,60}?(?:\s+in\s+|\s*\()(${YEAR})(?![\d]))?`, 'u');
/** "he wrote on X in 2022", "she told reporters in 2019", "he told the Valley Courier in 1978", "as she put it in 2008": the speech verb, then when. */
// Between the verb and the year only a short phrase of where or to whom ("on X", "to reporters", "at the
// orchard's 50th anniversary": up to four words, none opening a clause) or
// the speaker's name ("said Richard Teng in 2024"),
// never a reported clause ("added that volumes in 2021 had been …" speaks of 2021).
const VERB_IN_YEAR = new RegExp(String.raw`(?<![\p{L}])(?:said|told|wrote|posted|tweeted|added|recalled|declared|announced|joked|quipped|remarked|put\s+it)(?:\s+(?:on|to|at|from|via)\s+[^\s.,;:“”"‘’]+(?:\s+(?!(?:that|whether|if|how|when|who|which|what|and|but)(?![\p{L}]))[^\s.,;:“”"‘’]+){0,3}|(?:\s+the)?(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}|\s+(?:an?|the)\s+[\p{Ll}-]+(?:\s+(?:for|from|of|at|with)\s+(?:an?|the)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2})?|,\s+(?:on|over|by)\s+(?:the|a)\s+[\p{Ll}-]+,)?\s+in\s+(${YEAR})(?![\d])`, 'u');
/** "Asked in 2018 about …, he said", "One message, sent in 2019 by …": when the words were asked for or sent. */
const ASKED_OR_SENT_IN_YEAR = new RegExp(String.raw`(?:^|[.!?]\s+|,\s+)(?:When\s+)?(?:[Aa]sked|sent|written|posted|dated)\s+in\s+(${YEAR})(?![\d])`, 'u');
/** "Okafor said this to staff in an all-hands meeting in March 2020": a frame pointing back at the quotation, then where and when. */
const SAID_THIS_IN_YEAR = new RegExp(String.raw`(?<![\p{L}])(?:said|told|wrote|posted|tweeted)\s+(?:this|these\s+words|those\s+words)\s[^.;:“”"]{0,80}?(?<![\p{L}])in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(${YEAR})(?!\d)`, 'u');
/** "In 2018, when …, she told a Chinese podcast that “…”": the frame opens on the year it happened. */
// ("Back in 2015 she told a council meeting:" too, the comma left out before the subject, and "In 1823 the
// Kelburn Courier complained that …", a verb of saying with its stance; "Speaking in
// 2012, Marsh described …": the frame's own participle of saying carries the year, whatever verb follows,
// and so does one saying to whom, "Speaking to the Houston Chronicle in 2019, she called …")
const OPENING_YEAR = new RegExp(String.raw`^(?:(?:Back\s+in|In)\s+(${YEAR}),?\s(?=[^“”"]*?(?<![\p{L}])(?:said|says|told|tells|wrote|writes|posted|tweeted|added|recalled|declared|announced|complained|warned|insisted|argued)(?![\p{L}]))|(?:Speaking|Writing|Testifying)(?:\s+(?:to|with|before|at|on|for)\s+[^,.;:“”"]{1,50}?)?\s+in\s+(${YEAR}),\s)`, 'u');
/**
 * A frame dating the words to the year before the document's: "told the Sun-Ledger last year that",
 * "Holt explained on a podcast last year", "said a year ago", "Last year, she told the council", "in
 * an interview last year". The verb of saying (or the occasion's noun), then up to five words of where
 * or to whom (none opening a reported clause), then "last year" (never "last year's", the object of a verb).
 */
const SAID_LAST_YEAR = new RegExp(String.raw`(?<![\p{L}])(?:said|told|wrote|posted|tweeted|added|recalled|explained|declared|announced|joked|quipped|remarked|admitted|warned|argued|insisted|complained|testified|predicted|promised|put\s+it|interview|speech|statement|post|letter|podcast|testimony|hearing|talk|lecture|broadcast)(?:\s+(?!(?:that|whether|if|how|when|who|which|what|and|but)(?![\p{L}]))[^\s.,;:“”"‘’]+){0,5}?\s+(?:last\s+year|a\s+year\s+ago)(?![\p{L}'’])|^(?:Last\s+year|A\s+year\s+ago),?\s(?=[^“”"]*?(?<![\p{L}])(?:said|told|wrote|posted|warned|argued|insisted)(?![\p{L}]))`, 'u');
/**
 * "Her 2019 breakthrough … was made, she told this paper that year, "…"": the verb of saying, a few
 * words, then "that year", the one year the frame names before it.
 */
const SAID_THAT_YEAR = new RegExp(String.raw`(?<![\p{L}])(?:said|told|wrote|posted|tweeted|added|recalled|explained|declared|announced|admitted|insisted|put\s+it)(?:\s+(?!(?:that|whether|if|how|when|who|which|what|and|but)(?![\p{L}]))[^\s.,;:“”"‘’]+){0,4}?\s+that\s+year(?![\p{L}])`, 'u');
/** An epigraph's signature line: "— CZ, Bloomberg interview, 2018", also after the quotation's place ("\"…\" — CZ, …"). */
const SIGNATURE_LINE = /^\s*(?:["“]…["”]\s*)?(?:—|―|–|--?)\s*\S/u;

/**
 * The year a quotation was said when its frame says so and it is not the document's: an
 * epigraph signed with one year ("— CZ, Bloomberg interview, 2018"), or "said X, in an
 * interview in 2019". Never a year after the document's own. Null otherwise.
 */
function yearSaid(d: DraftRecord, docYear: number | null): number | null {
  if (d.type !== 'quote' || !d.context) return null;
  let year: number | null = null;
  if (SIGNATURE_LINE.test(d.context)) {
    const years = [...new Set(d.context.match(SIGNED_YEAR) ?? [])];
    if (years.length === 1) year = Number(years[0]);
  } else {
    // The frame only: the quotation's own words may name any year.
    const frame = d.context.replace(/“[^”]*”/g, '“”');
    // (the frame pointing back first: "wrote this in a memo … in June 2017" names a memo and no year right after it)
    // (a work of the speaker's own with its year before "in a memo…" could read "memoir" as a memo)
    const ownWork = OWN_WORK_IN_YEAR.exec(frame);
    const m = SAID_THIS_IN_YEAR.exec(frame) ?? (ownWork && (ownWork[1] ?? ownWork[2]) ? ownWork : null) ?? SAID_IN_YEAR.exec(frame) ?? VERB_IN_YEAR.exec(frame) ?? OPENING_YEAR.exec(frame) ?? ASKED_OR_SENT_IN_YEAR.exec(frame);
    // "In a letter of 12 June 1914 he wrote to his sister:": words framed as written, from a written source the frame dates.
    const dated = !(m?.[1] ?? m?.[2]) && WRITING_VERB.test(frame) ? DATED_WRITING.exec(frame) : null;
    const y = m?.[1] ?? m?.[2] ?? dated?.[1] ?? dated?.[2];
    if (y) year = Number(y);
    // "told the Sun-Ledger last year that …", "on a podcast last year": the year before the document's;
    // a review's "as she told this paper that year" after the year it names: that year.
    else if (docYear !== null && frame.includes(' year') && SAID_LAST_YEAR.test(frame)) year = docYear - 1;
    else if (frame.includes('that year')) {
      const said = SAID_THAT_YEAR.exec(frame);
      const years = said ? [...new Set(frame.slice(0, said.index).match(YEAR_ALONE) ?? [])] : [];
      if (years.length === 1) year = Number(years[0]);
    }
  }
  return year !== null && (docYear === null || year <= docYear) ? year : null;
}

/** A span of years in a file name: "digest-2017-2024", "quotes_2019–2024". */
const FILE_YEAR_SPAN = /(?:^|\D)((?:19|20)\d{2})\s*[-_–]\s*((?:19|20)\d{2})(?!\d)/;

/**
 * The year of a compilation's item: where the document's only year is the first of a span of
 * years its file name gives ("wire-digest-2017-2024"), a section heading that carries one full
 * date inside that span ("12. Fees: Binance update (June 13, 2020)") dates the records under it.
 * Null for every other document, and for headings without a day date.
 */
function itemYears(doc: string, meta: DocumentMeta): ((section: string | null) => number | null) | null {
  if (meta.date || meta.inferred.year !== 'the file name') return null;
  const span = FILE_YEAR_SPAN.exec(doc.slice(doc.lastIndexOf('/') + 1));
  if (!span) return null;
  const [from, to] = [Number(span[1]), Number(span[2])];
  if (!(from < to)) return null;
  const memo = new Map<string, number | null>();
  return (section) => {
    if (!section || !/\d{4}/.test(section)) return null;
    let year = memo.get(section);
    if (year === undefined) {
      const days = extractFigures(section, { year: null }).filter((f) => f.kind === 'date' && f.precision === 'day');
      const y = days.length === 1 ? Number(String(days[0]!.value).slice(0, 4)) : NaN;
      year = y >= from && y <= to ? y : null;
      memo.set(section, year);
    }
    return year;
  };
}

/**
 * The year the sentence right before a quotation gives its saying, when the quotation's own frame
 * is only "…," she said: "She laughed when asked about it in a 2022 podcast. "We were moving very
 * fast," she said." — the same paragraph, the sentence whole, the year in "in a 2022 podcast" (or "in
 * an interview in 2019", "spoke with NAME in 2016", or opening it: "In 2019, speaking to a radio
 * station, she was blunter."), and a verb of saying or asking in it. So too a
 * frame before the words that points back to that sentence's time: "We first spoke with Nadia Osei
 * in 2016. Then she said: "…"" ("Then", "At the time", "Back then"). And a frame around the words
 * that points back ("Eleanor was appointed MBE in 2003. She said at the time that the honour belonged
 * "…"") takes the one year of the sentence before it, whatever it tells. Null otherwise.
 */
function yearSaidBefore(d: DraftRecord, lineText: (line: number) => string | undefined, docYear: number | null): number | null {
  if (d.type !== 'quote' || !d.context || YEAR_IN_TEXT.test(d.context.replace(QUOTATION_IN_CONTEXT, '“”'))) return null;
  // the context opens on the words ("“…,” she said."), or on a frame before them ("Then she said: “…”")
  const wordsFirst = OPENING_ON_THE_WORDS.test(d.context);
  const frameFirst = wordsFirst ? null : THEN_FRAME.exec(d.context);
  // "She said at the time that the honour belonged “…”", "“…,” Ms Baird said at the time.": the frame points back.
  // (Not a frame in the present, "Raman says the board “…,” and that she spent most of that spring on
  // calls": she says it now, the time it points to is what the words tell of.)
  const frame = d.context.replace(QUOTATION_IN_CONTEXT, '“”');
  const pointsBack = !frameFirst && AT_THAT_TIME.test(frame) && !PRESENT_SAYING.test(frame);
  if (!wordsFirst && !frameFirst && !pointsBack) return null;
  // The paragraph up to the words: its lines from its first (a hard-wrapped paragraph's joined) to the record's last.
  let first = d.line;
  while (first > 1 && d.line - first < 40 && lineText(first - 1)?.trim()) first--;
  const lines: string[] = [];
  for (let n = first; n <= Math.min(d.endLine, d.line + 40); n++) lines.push(lineText(n)?.trim() ?? '');
  const paragraph = lines.join(' ');
  if (paragraph.length > 4000) return null;
  const at = paragraph.indexOf(d.text.slice(0, 12));
  const opening = at - 1;
  if (opening <= 0 || !/["“'‘]/.test(paragraph[opening]!)) return null;
  // The sentence right before the quotation (or before its frame): from the last sentence's end before it.
  let before = paragraph.slice(0, opening).trimEnd();
  if (frameFirst) {
    if (!before.endsWith(frameFirst[1]!)) return null;
    before = before.slice(0, -frameFirst[1]!.length).trimEnd();
  }
  // (a frame before the words that points back opens its own sentence: the one before that is meant)
  if (pointsBack && !wordsFirst) before = before.slice(0, before.search(/[.!?]\s+\S[^.!?]*$/) + 1);
  if (!/[.!?]$/.test(before)) return null;
  const sentence = before.slice(Math.max(before.slice(0, -1).search(/[.!?]\s+\S[^.!?]*$/) + 1, 0)).trim();
  // "at the time" is the time of what that sentence tells, said or done: its one year; or, where it
  // gives none, the one year of the paragraph before it ("In 2011 the light was nearly switched off. A
  // campaign led by Anne Baird raised £60,000. “…,” Ms Baird said at the time.")
  if (pointsBack) {
    const yearsOf = (text: string) => [...new Set(text.match(YEAR_ALONE) ?? [])];
    let years = yearsOf(sentence);
    if (years.length === 0) years = yearsOf(before);
    const y = years.length === 1 ? Number(years[0]) : NaN;
    return Number.isNaN(y) || (docYear !== null && y > docYear) ? null : y;
  }
  // "A 1924 letter … describes the morning after. “…,” she wrote.": words framed as written take the
  // year of the one dated written source (a letter, a diary) the sentence before them names.
  if (wordsFirst && WRITING_VERB.test(d.context.replace(QUOTATION_IN_CONTEXT, '“”'))) {
    const sources = [...sentence.matchAll(DATED_WRITINGS)];
    const y = sources.length === 1 ? Number(sources[0]![1] ?? sources[0]![2]) : NaN;
    if (!Number.isNaN(y)) return docYear !== null && y > docYear ? null : y;
  }
  if (!SAYING_OR_ASKING.test(sentence)) return null;
  const m = SAID_IN_YEAR.exec(sentence) ?? SPOKE_WITH_IN_YEAR.exec(sentence) ?? SENTENCE_OPENING_YEAR.exec(sentence);
  const y = m ? Number(m[1] ?? m[2]) : NaN;
  return Number.isNaN(y) || (docYear !== null && y > docYear) ? null : y;
}
/** A verb of saying in the present: the frame says when the words are said, now. */
const PRESENT_SAYING = /(?<![\p{L}])(?:says|tells|recalls|adds|writes|explains|insists|admits|notes|remembers|argues)(?![\p{L}])/u;
/** A frame's verb of writing: the words come from something written ("she wrote", "the entry reads"). */
const WRITING_VERB = /(?<![\p{L}])(?:wrote|writes|reads|noted|recorded)(?![\p{L}])/u;
/**
 * A written source and its year: "a 1924 letter", "her 1931 diary", "a letter of 12 June 1914", "a
 * letter to her sister, dated 28 March 1887", "a diary entry from 1931".
 */
const DATED_WRITING = new RegExp(String.raw`(?<![\p{L}])(?:(?:[Aa]n?|[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Oo]ne|[Tt]his)\s+(${YEAR})\s+(?:[\p{Ll}-]+\s+)?(?:letters?|diary|diaries|journals?|notebooks?|telegrams?|postcards?|memos?|memoirs?|entry|notes?)(?![\p{L}])|(?:letters?|diary|journal|notebook|telegram|postcard|memo|entry|note)(?:\s+(?:to|from)\s+[^.;:“”",]{1,40})?,?\s+(?:of|dated|from|written\s+(?:in|on))\s+(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?)?(${YEAR})(?!\d))`, 'u');
/** Every DATED_WRITING of a sentence. */
const DATED_WRITINGS = new RegExp(DATED_WRITING.source, 'gu');
/** A quote's context that opens on its words, in double or single quotation marks: "“…,” she said.", "'…,' Ms Baird said at the time." */
const OPENING_ON_THE_WORDS = /^["“'‘]…/;
/** The quoted words inside a quote's context (written "…"), so that a frame's own words are read alone. */
const QUOTATION_IN_CONTEXT = /“[^”]*”|"[^"]*"|‘…[^’]{0,2}’|'…[^']{0,2}'/g;
/**
 * Words of a frame that point back to the time the sentence before it tells: "said at the time that",
 * "back then", "said then", "In a post on Instagram that October, he wrote:", "she said that night".
 */
const AT_THAT_TIME = /(?<![\p{L}])(?:at\s+the\s+time|back\s+then|that\s+(?:year|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December))(?![\p{L}])|(?<![\p{L}])(?:said|told\s+\p{L}+|wrote|added)\s+(?:then|that\s+(?:day|night|morning|evening|week))(?![\p{L}])/u;
/** A frame before the words that points back to the time the sentence before it gives: "Then she said:", "At the time, Osei told us:". */
const THEN_FRAME = /^((?:Then|At\s+the\s+time|Back\s+then),?\s+(?:he|she|they|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:said|told\s+(?:me|us)|added|replied|answered|explained)\s*:)\s*["“]…["”]$/u;
/** "We first spoke with Nadia Osei in 2016", "I talked to him in 2019": a conversation and its year. */
const SPOKE_WITH_IN_YEAR = new RegExp(String.raw`(?<![\p{L}])(?:spoke|talked|met)\s+(?:with|to)\s+(?:him|her|them|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})\s*in\s+(${YEAR})(?!\d)`, 'u');
const SAYING_OR_ASKING = /(?<![\p{L}])(?:asked|said|told|spoke|speaking|talked|talking|answered|recalled|explained|laughed|joked|reflected|admitted)(?![\p{L}])/u;
/** "In 2019, speaking to a local radio station, she was blunter.": the sentence opens on the year its saying happened. */
const SENTENCE_OPENING_YEAR = new RegExp(String.raw`^(?:Back\s+in|In)\s+(${YEAR}),?\s`, 'u');

/**
 * A chat session that runs past midnight ("Kestrel (Community) — 03/14/2025 11:51 PM" …
 * "— 03/15/2025 12:03 AM"): the document is dated by its first message, and each record under a
 * later day's stamp takes that day. Only a stamp's day after the document's moves a record (a
 * quoted older message dates nothing); a record with a day of its own (a table's date cell) keeps it.
 */
function dateByMessageStamps(records: QuarryRecord[], docDate: string, lines: readonly string[], bodyLine: number): void {
  if (!records.length) return;
  const days = messageDays(lines);
  if (!days.some((d) => d.date > docDate)) return;
  // each record finds the last stamp at or above its first line (a binary search)
  for (const r of records) {
    if (r.date !== docDate) continue;
    const at = r.line - bodyLine;
    let lo = 0;
    let hi = days.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (days[mid]!.idx <= at) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0 || days[k]!.date <= docDate) continue;
    // (past midnight on New Year's Eve the year moves on too, where the record's year was the document's)
    if (r.year === Number(docDate.slice(0, 4))) r.year = Number(days[k]!.date.slice(0, 4));
    r.date = days[k]!.date;
  }
}

/**
 * "The Met Office says …" opening a sentence and "…, the Met Office said" inside one are one
 * speaker: a name the text opens with its article is written with the article in lowercase, as a
 * description is ("the Chair", "the Zambia Environmental Management Agency"), so `speakers` counts
 * it once and `--speaker` finds every record. A name the registry knows so ("The Weeknd") stays.
 */
function withLowerArticle(name: string | null, registry: SpeakerRegistry): string | null {
  return name !== null && name.startsWith('The ') && /^The \p{Lu}/u.test(name) && !registry.has(name) ? `t${name.slice(1)}` : name;
}

function finishRecords(doc: string, meta: DocumentMeta, drafts: DraftRecord[], registry: SpeakerRegistry, lineText: (line: number) => string | undefined = () => undefined): QuarryRecord[] {
  const seen = new Map<string, number>();
  const out: QuarryRecord[] = [];
  const itemYear = itemYears(doc, meta);
  for (const draft of drafts) {
    const speaker = withLowerArticle(draft.speaker, registry);
    const asker = withLowerArticle(draft.asker, registry);
    const d = speaker === draft.speaker && asker === draft.asker ? draft : { ...draft, speaker, asker };
    const iy = d.published?.year ?? itemYear?.(d.section) ?? null;
    let id = recordId(doc, d);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) id = `${id}-${n}`;
    const ofText = new FigureReader(d.text);
    const mentioned = d.question ? yearsOfLines(new FigureReader(d.question), ofText) : ofText.years();
    out.push({
      id,
      type: d.type,
      text: d.text,
      speaker: d.speaker,
      role: d.role ?? null,
      question: d.question,
      asker: d.asker,
      askerRole: d.askerRole ?? null,
      context: d.context,
      year: d.year ?? (iy !== null ? (yearSaid(d, iy) ?? iy) : null) ?? yearSaid(d, meta.year) ?? yearSaidBefore(d, lineText, meta.year) ?? meta.year,
      years: mentioned,
      date: d.published ? d.published.date : meta.date,
      doc,
      section: d.section,
      topics: d.topics,
      line: d.line,
      endLine: d.endLine,
      // "July 14" takes a year only from the record's own text, and only when it names one year:
      // the document's year is when it was said, not when the events happened.
      figures: ofText.figures({ year: mentioned.length === 1 ? mentioned[0]! : null }),
    });
  }
  return out;
}

export { SPEAKERS_FILE };
