import { readDateText } from '../corpus/meta.js';
import { lazy } from '../model/regexp.js';
import type { DocBuilder } from './builder.js';
import { narrate } from './narrative.js';
import { newAttributionState, startSection, type AttributionState } from './quotes.js';
import { normalizeSpace } from './text.js';

/**
 * A reader's export of what they highlighted in a book or an article: the highlighted words are
 * the book's (its author's) or the article's, the reader's own notes are nobody's in the text,
 * and the export's furniture (a Kindle clipping's title and "- Your Highlight on page 41 |
 * Location … | Added on …" line, an annotation's "**Annotated by USER on DATE**" head, a field's
 * `Note:` / `Comment:` label) is metadata, never a speaker.
 *
 * Two shapes:
 *  - Kindle's `My Clippings.txt`: blocks ended by a `==========` line, each a title line
 *    `Title (Author)`, a kind line `- Your Highlight|Note|Bookmark … | … `, a blank, the words.
 *  - An annotation or highlights page (Hypothesis, Instapaper, Readwise-like Markdown): the
 *    excerpts set off as `>` blockquotes, each its source's words, not a continuation of the one
 *    above; under a `**Annotated by USER on DATE**` head (a reply: `**Reply by …**`) the
 *    annotator writes the rest; a `Note:` / `Comment:` / `My note:` field is the reader's.
 */

/** Kindle's block separator. */
const SEPARATOR = '==========';
/** A clipping's kind line: "- Your Highlight on page 41 | Location 612-615 | Added on …". */
const KIND_LINE = lazy(() => /^-\s+\S[^|]{0,80}\|/u);
/** The author in a title line's last brackets: "The Exchange: Inside Binance's Decade (Marcus Ellery)". */
const TITLE_AUTHOR = lazy(() => /^(.{1,300}?)\s*\(([^()]{2,80})\)\s*$/u);
/** An annotation's head: "**Annotated by acct:lpereira@hypothes.is on 2023-10-02**". */
const ANNOTATION_HEAD = lazy(() => /^\s*(?:\*\*|__)?\s*(?:Annotated|Highlighted|Commented|Noted|Reply|Replied|Response|Annotation)\s+(?:by|from)\s+(\S{1,80})\s+(?:on|at)\s+([^*_]{4,40}?)\s*(?:\*\*|__)?\s*$/iu);
/** A reader's note field opening a line: "Note: …", "My note: …", "**Comment:** …". */
const NOTE_FIELD = lazy(() => /^\s*(?:[-*]\s+)?(?:\*\*|__)?(?:my\s+)?(?:note|comment|annotation|reader'?s note)s?\s*:\s*(?:\*\*|__)?\s*(?=\S)/iu);

/** A reader's note in a book's export ("My note: check the age"): the reader's words, not the author's (an article's own "Note:" is its editor's). */
export function isReaderNote(line: string): boolean {
  return line.length < 2000 && /^\s*(?:my|reader'?s)\s+note\s*:/iu.test(line);
}

/** Whether the lines are Kindle clippings: two `==========` blocks or more, each headed by a title line and a kind line. Cheap: only separator lines are looked at. */
export function isKindleClippings(lines: readonly string[]): boolean {
  let blocks = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== SEPARATOR) continue;
    // The block that ends here opened with a title line and a kind line under it.
    let top = i - 1;
    while (top > 0 && lines[top - 1]!.trim() !== SEPARATOR) top--;
    if (top >= 0 && top + 1 < i && lines[top]!.trim() && KIND_LINE().test(lines[top + 1]!.trim()) && ++blocks >= 2) return true;
  }
  return false;
}

/** A Kindle title line's book and author ("Scott, Kim" read as Kim Scott). */
function titleAndAuthor(line: string): { title: string; author: string | null } {
  const text = normalizeSpace(line.replace(/^\uFEFF/, ''));
  const m = TITLE_AUTHOR().exec(text);
  if (!m) return { title: text, author: null };
  let author = m[2]!.trim();
  const parts = author.split(',');
  if (parts.length === 2 && !/\d/.test(author)) author = `${parts[1]!.trim()} ${parts[0]!.trim()}`;
  return { title: m[1]!, author };
}

/**
 * Reads Kindle clippings into `b`: each block's highlight is its book's author's words (the
 * title its section), a note the reader's, a bookmark nothing; the title and kind lines are metadata.
 */
export function readKindleClippings(b: DocBuilder): void {
  const { lines } = b;
  const state = newAttributionState(b.input.registry);
  let i = 0;
  while (i < lines.length) {
    while (i < lines.length && (!lines[i]!.trim() || lines[i]!.trim() === SEPARATOR)) {
      if (lines[i]!.trim()) b.mark(i, 'markup');
      i++;
    }
    if (i >= lines.length) break;
    const titleIdx = i;
    let end = i;
    while (end < lines.length && lines[end]!.trim() !== SEPARATOR) end++;
    const { title, author } = titleAndAuthor(lines[titleIdx]!);
    b.mark(titleIdx, 'metadata');
    const kindIdx = titleIdx + 1 < end && KIND_LINE().test(lines[titleIdx + 1]!.trim()) ? titleIdx + 1 : -1;
    if (kindIdx >= 0) b.mark(kindIdx, 'metadata');
    const kind = kindIdx >= 0 ? lines[kindIdx]!.split('|')[0]! : '';
    const note = /\b(?:note|notiz|nota)\b/iu.test(kind);
    const narrator = note ? null : author ? (b.input.registry.resolve(author) ?? author) : null;
    startSection(state);
    readParagraphs(b, state, (kindIdx >= 0 ? kindIdx : titleIdx) + 1, end, { section: title, narrator });
    i = end + 1;
    if (end < lines.length) b.mark(end, 'markup');
  }
}

/** Each paragraph of lines [from, to) narrated as `narrator`'s. */
function readParagraphs(b: DocBuilder, state: AttributionState, from: number, to: number, opt: { section: string | null; narrator: string | null; year?: number }): void {
  let k = from;
  while (k < to) {
    while (k < to && !b.lines[k]!.trim()) k++;
    if (k >= to) break;
    const first = k;
    while (k < to && b.lines[k]!.trim()) k++;
    const before = b.records.length;
    narrate(b, normalizeSpace(b.lines.slice(first, k).join(' ')), state, { section: opt.section, narrator: opt.narrator, firstIdx: first, lastIdx: k - 1 });
    if (opt.year !== undefined) for (let r = before; r < b.records.length; r++) b.records[r]!.year = opt.year;
  }
}

const isQuoteLine = (l: string) => /^\s*>/.test(l);
const isRule = (l: string) => /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(l);
const isHeading = (l: string) => /^\s*#{1,6}\s+\S/.test(l);
/** A line that is a link and nothing else: "[https://…](https://…)", "<https://…>", a bare address. */
const isLinkLine = (l: string) => /^\s*(?:\[[^\]]{1,400}\]\([^)\s]{1,400}\)|<https?:\/\/\S{1,400}>|https?:\/\/\S{1,400})\s*$/u.test(l);

/** An annotation head's user and date: "acct:lpereira@hypothes.is" is lpereira. */
function annotationHead(line: string): { user: string; year: number | undefined } | null {
  const m = ANNOTATION_HEAD().exec(line);
  if (!m) return null;
  const user = m[1]!.replace(/^acct:/iu, '').replace(/@.*$/u, '').replace(/[*_]+$/u, '');
  if (!user) return null;
  return { user, year: readDateText(m[2]!)?.year };
}

/**
 * Whether the lines are an annotation or highlights page: two annotation heads or more, or two
 * blockquoted excerpts or more with no paragraph of the page's own beside them (only headings,
 * links, rules and note fields). Cheap: a page with no line opening ">" or "**" is not looked at further.
 */
export function isAnnotationPage(lines: readonly string[]): boolean {
  let marked = 0;
  for (const l of lines) if ((l.startsWith('>') || (l.startsWith('**') && l.includes(' by '))) && ++marked >= 2) break;
  if (marked < 2) return false;
  let heads = 0;
  let excerpts = 0;
  let own = 0;
  let sources = 0;
  let inQuote = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.trim()) {
      inQuote = false;
      continue;
    }
    if (isQuoteLine(l)) {
      if (!inQuote) excerpts++;
      inQuote = true;
      continue;
    }
    inQuote = false;
    if (l.length < 200 && /^\s*(?:\*\*|__)?\s*[A-Z]/u.test(l) && / by /iu.test(l) && annotationHead(l)) {
      heads++;
      continue;
    }
    if (isHeading(l) || isRule(l)) continue;
    if (isLinkLine(l) || NOTE_FIELD().test(l)) {
      sources++;
      continue;
    }
    own++;
  }
  // A page of quotations alone (each signed "— NAME, venue") is no reader's page: its source links or notes say it is.
  return heads >= 2 || (excerpts >= 2 && own === 0 && sources >= 1);
}

/**
 * Reads an annotation or highlights page into `b` (its lines as written, `>` marks kept). Returns
 * each line's words without the page's syntax (the parser's `textLines`).
 */
export function readAnnotationPage(b: DocBuilder): string[] {
  const { lines } = b;
  const textLines = lines.slice();
  const state = newAttributionState(b.input.registry);
  let section: string | null = null;
  let annotator: string | null = null;
  let year: number | undefined;
  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    if (!l.trim()) {
      i++;
      continue;
    }
    if (isHeading(l)) {
      // The page's title (the first heading) heads no section; a heading under it names the source.
      const words = normalizeSpace(l.replace(/^\s*#{1,6}\s+/u, '').replace(/\s+#+\s*$/u, ''));
      if (i > 0 || section !== null) section = words;
      b.mark(i, 'heading');
      textLines[i] = words;
      annotator = null;
      year = undefined;
      startSection(state);
      i++;
      continue;
    }
    if (isRule(l) || isLinkLine(l)) {
      b.mark(i, isRule(l) ? 'markup' : 'navigation');
      i++;
      continue;
    }
    const head = annotationHead(l);
    if (head) {
      annotator = b.input.registry.resolve(head.user) ?? head.user;
      year = head.year;
      b.mark(i, 'metadata');
      i++;
      continue;
    }
    const field = NOTE_FIELD().exec(l);
    if (field) {
      // The reader's note: its words, not the excerpt's author's; its label is no word of it.
      const words = normalizeSpace(l.slice(field[0].length).replace(/^(?:\*\*|__)|(?:\*\*|__)$/gu, ''));
      textLines[i] = words;
      const before = b.records.length;
      narrate(b, words, state, { section, narrator: annotator, firstIdx: i });
      for (let r = before; r < b.records.length; r++) if (year !== undefined) b.records[r]!.year = year;
      i++;
      continue;
    }
    // A paragraph: an excerpt (">" lines: its source's words, a quotation of its own) or the annotator's.
    const quoted = isQuoteLine(l);
    const first = i;
    while (i < lines.length && lines[i]!.trim() && isQuoteLine(lines[i]!) === quoted && !annotationHead(lines[i]!) && !NOTE_FIELD().test(lines[i]!)) {
      if (quoted) textLines[i] = lines[i]!.replace(/^\s*>\s?/u, '');
      i++;
    }
    const text = normalizeSpace(textLines.slice(first, i).join(' '));
    state.lastQuote = null;
    const before = b.records.length;
    narrate(b, text, state, { section, narrator: quoted ? null : annotator, firstIdx: first, lastIdx: i - 1 });
    for (let r = before; r < b.records.length; r++) if (year !== undefined) b.records[r]!.year = year;
  }
  return textLines;
}
