/**
 * Quotation blocks of the markup languages a document may be written in and saved as text:
 * AsciiDoc's `[quote, Name, source]` over a `____` block, LaTeX's `\begin{quote}` … `\end{quote}`
 * with a `--- Name, year` signature, reStructuredText's indented block quote with its `-- Name`
 * attribution line (or introduced by the line above it: "He also said:"). Each block is a quote
 * of who it names; its delimiters, attribute lines and signatures are markup.
 *
 * Each language is looked for only where the document shows it (a cheap test on its lines), so
 * a document in none of them costs a few substring tests.
 */
import type { DocBuilder } from './builder.js';
import type { Inferred } from './header.js';
import { narrate } from './narrative.js';
import { knowFullName, signedName, type AttributionState } from './quotes.js';
import { normalizeSpace, withoutClosingHashes, withoutEditLink, withoutPandocAttributes } from './text.js';
import { lazy } from '../model/regexp.js';

export interface MarkupQuote {
  /** the block's first and last line (delimiters and signature included) */
  first: number;
  last: number;
  /** the quotation's lines */
  textLines: number[];
  /** the quotation's words, lines joined, signature removed */
  text: string;
  /** the name the block signs or its attribute gives; null when unsigned */
  name: string | null;
  /** what the signature or attribute adds after the name ("interview with Caijing (2019)") */
  source: string | null;
  /** the year said, when the signature or source gives one */
  year: number | null;
  /** the line introducing an unsigned block ("He also said:"), read with it; -1 when none */
  intro: number;
  /** delimiter, attribute and signature lines */
  markup: number[];
}

/** "[quote, Yi He, interview with Caijing (2019)]", "[quote, Changpeng Zhao]", "[quote]". */
const ADOC_QUOTE_ATTR = lazy(() => /^\[(?:quote|verse)(?:\s*,\s*([^,\]]+?))?(?:\s*,\s*([^\]]+?))?\s*\]\s*$/);
const ADOC_QUOTE_DELIM = lazy(() => /^_{4,}\s*$/);
/**
 * A signature at the end of a quotation: "--- Changpeng Zhao, 2020", "-- Yi He", "— Name, source";
 * a report's pseudonym, a word and its number: "— Participant 12, Lagos, 2024", or a word, a
 * lowercase word and the number: "— Key informant 3, local administrator, North Horr".
 */
const SIGNATURE_AT_END = lazy(() => /(?:^|\s)(?:---?|—|―)\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?\s+\d{1,4}|\p{Lo}{2,8})\s*(?:,\s*([^.!?]{1,80}))?\.?\s*$/u);
/** reST's directive ".. note::" and its docinfo field ":Author: …". */
export const RST_DIRECTIVE = lazy(() => /^\.\.\s+[a-z][\w-]*::/i);
/** An indented "-- Name" line: a block quote's signature in any document. */
const SIGNED_BLOCK_LINE = lazy(() => /^\s+(?:--|—|―) ?\p{Lu}/u);
const RST_ATTRIBUTION = lazy(() => /^(\s+)(?:--|—|―)\s*(\S.*)$/);
const YEAR_IN = lazy(() => /(?<!\d)((?:19|20)\d{2})(?!\d)/);

function sourceYear(source: string | null | undefined): number | null {
  const m = source ? YEAR_IN().exec(source) : null;
  return m ? Number(m[1]) : null;
}

function splitSignature(text: string): { text: string; name: string | null; source: string | null } {
  const m = SIGNATURE_AT_END().exec(text);
  if (!m || m.index === 0) return { text, name: null, source: null };
  return { text: text.slice(0, m.index).trim(), name: m[1]!.trim(), source: m[2]?.trim() ?? null };
}

/** The markup quotation blocks of a document's lines, in order. */
export function markupQuoteBlocks(lines: readonly string[], end: number): MarkupQuote[] {
  let adoc = false;
  let tex = false;
  let rst = false;
  let org = false;
  let signedOnly = false;
  for (let i = 0; i < end; i++) {
    const c = lines[i]!.charCodeAt(0);
    if (c === 0x23 /* # */ && /^#\+BEGIN_QUOTE\b/i.test(lines[i]!)) org = true;
    if (c === 0x5b /* [ */ && /^\[(?:quote|verse)\b/.test(lines[i]!)) adoc = true;
    else if (c === 0x5c /* \ */ && lines[i]!.startsWith('\\begin{quote}')) tex = true;
    else if (c === 0x2e /* . */ && RST_DIRECTIVE().test(lines[i]!)) rst = true;
    // An indented "-- Name" line in a document of any language signs the indented block above it.
    else if ((c === 0x20 || c === 0x09) && !signedOnly && SIGNED_BLOCK_LINE().test(lines[i]!)) signedOnly = true;
  }
  // A reST document with no directive: its language, by its first lines, tells (cheap: eight lines).
  if (!rst && end > 0 && markupLanguage(lines) === 'rst') rst = true;
  // Outside reST, only a block signed so is read as one (an indented paragraph under "She said:" is no quotation).
  signedOnly = signedOnly && !rst;
  if (signedOnly) rst = true;
  if (!adoc && !tex && !rst && !org) return [];
  const out: MarkupQuote[] = [];
  for (let i = 0; i < end; i++) {
    const raw = lines[i]!;
    if (adoc && raw.startsWith('[')) {
      const attr = ADOC_QUOTE_ATTR().exec(raw.trim());
      if (attr && ADOC_QUOTE_DELIM().test(lines[i + 1] ?? '')) {
        let k = i + 2;
        while (k < end && !ADOC_QUOTE_DELIM().test(lines[k]!)) k++;
        if (k < end) {
          const textLines: number[] = [];
          for (let j = i + 2; j < k; j++) if (lines[j]!.trim()) textLines.push(j);
          const source = attr[2]?.trim() ?? null;
          out.push({ first: i, last: k, textLines, text: textLines.map((j) => lines[j]!.trim()).join(' '), name: attr[1]?.trim() || null, source, year: sourceYear(source), intro: -1, markup: [i, i + 1, k] });
          i = k;
          continue;
        }
      }
    }
    if (org && /^#\+BEGIN_QUOTE\b/i.test(raw)) {
      let k = i + 1;
      while (k < end && !/^#\+END_QUOTE\b/i.test(lines[k]!)) k++;
      if (k < end) {
        const textLines: number[] = [];
        const markup = [i, k];
        let name: string | null = null;
        let source: string | null = null;
        for (let j = i + 1; j < k; j++) {
          if (!lines[j]!.trim()) continue;
          // "-- Yi He" on the block's last line of words signs it.
          const signed = j === k - 1 || !lines.slice(j + 1, k).some((l) => l.trim()) ? splitSignature(`“” ${lines[j]!.trim()}`) : null;
          if (signed?.name && /^\s*(?:--|—|―)/.test(lines[j]!)) {
            [name, source] = [signed.name, signed.source];
            markup.push(j);
          } else textLines.push(j);
        }
        out.push({ first: i, last: k, textLines, text: textLines.map((j) => lines[j]!.trim()).join(' '), name, source, year: sourceYear(source), intro: -1, markup });
        i = k;
        continue;
      }
    }
    if (tex && raw.startsWith('\\begin{quote}')) {
      let k = i + 1;
      while (k < end && !lines[k]!.startsWith('\\end{quote}')) k++;
      if (k < end) {
        const textLines: number[] = [];
        for (let j = i + 1; j < k; j++) if (lines[j]!.trim()) textLines.push(j);
        const signed = splitSignature(textLines.map((j) => lines[j]!.trim()).join(' '));
        out.push({ first: i, last: k, textLines, text: signed.text, name: signed.name, source: signed.source, year: sourceYear(signed.source), intro: -1, markup: [i, k] });
        i = k;
        continue;
      }
    }
    if (rst && /^\s{2,}\S/.test(raw) && !lines[i - 1]?.trim()) {
      // An indented paragraph under an unindented one (a directive's body is under the directive).
      let above = i - 1;
      while (above >= 0 && !lines[above]!.trim()) above--;
      if (above < 0 || /^\s/.test(lines[above]!) || RST_DIRECTIVE().test(lines[above]!)) continue;
      let k = i;
      const textLines: number[] = [];
      let attribution = -1;
      for (; k < end; k++) {
        const line = lines[k]!;
        if (!line.trim()) continue;
        if (!/^\s{2,}\S/.test(line)) break;
        if (RST_ATTRIBUTION().test(line)) {
          attribution = k;
          k++;
          break;
        }
        textLines.push(k);
      }
      let last = k - 1;
      while (last > i && !lines[last]!.trim()) last--;
      const text = textLines.map((j) => lines[j]!.trim()).join(' ');
      const signed = attribution >= 0 ? splitSignature(`“” -- ${RST_ATTRIBUTION().exec(lines[attribution]!)![2]!}`) : null;
      if (signed && (signed.name || !signedOnly)) {
        out.push({ first: i, last, textLines, text, name: signed.name, source: signed.source, year: sourceYear(signed.source), intro: -1, markup: [attribution] });
      } else if (!signedOnly && /:\s*$/.test(lines[above]!) && textLines.length) {
        // "He also said:" above it: the line introduces the quotation, and names who says it.
        out.push({ first: above, last, textLines, text, name: null, source: null, year: null, intro: above, markup: [] });
      }
      i = last;
    }
  }
  return out;
}

/** The signature lines ("    -- Name", "— Name, venue, year") of markup quotation blocks: they sign the block, heading nothing. */
export function signatureLines(blocks: readonly MarkupQuote[], lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const q of blocks) for (const k of q.markup) if (SIGNATURE_DASH().test(lines[k]!)) out.add(k);
  return out;
}
const SIGNATURE_DASH = lazy(() => /^\s*(?:--|—|―)/);

/**
 * A markup language's quotation block: a quote of the name it signs ("[quote, Yi He, …]",
 * "--- Changpeng Zhao, 2020", "-- Changpeng Zhao"), said in the year its source gives; unsigned
 * under a line that introduces it ("He also said:"), the two read as one paragraph, the line
 * giving the speaker as it would for a quotation in marks.
 */
export function addMarkupQuote(b: DocBuilder, q: MarkupQuote, state: AttributionState, section: string | null, narrator: string | null): void {
  for (const k of q.markup) b.mark(k, 'markup');
  if (!q.textLines.length) return;
  if (q.intro >= 0) {
    narrate(b, `${normalizeSpace(b.lines[q.intro]!)} “${q.text}”`, state, { section, narrator, firstIdx: q.intro, lastIdx: q.last });
    return;
  }
  const speaker = q.name ? signedName(q.name, state) : null;
  if (speaker) knowFullName(state, speaker);
  const context = q.source ? `${q.name}, ${q.source}` : null;
  const first = q.textLines[0]!;
  const last = q.textLines[q.textLines.length - 1]!;
  const before = b.records.length;
  // A block set in quotation marks of its own (a report's testimony, "“They added me …”" over its
  // signature): the words inside them are the quote, the marks the page's.
  const enclosed = ENCLOSED().exec(q.text)?.[1];
  const text = enclosed && !/[“”"]/.test(enclosed) ? enclosed : q.text;
  // Read as the signed quotation it is ("“…” — Name"), so the text remembers who spoke, as it
  // does for a quotation in marks: "He also said:" under it is that person.
  if (speaker && !/[“”"]/.test(text)) narrate(b, `“${text}” — ${q.name}`, state, { section, narrator, firstIdx: first, lastIdx: last, claims: false });
  const made = b.records.slice(before).filter((r) => r.type === 'quote');
  b.records.length = before;
  b.add({ type: 'quote', text, speaker: made.length === 1 ? made[0]!.speaker : speaker, context, section }, first, last);
  if (q.year && b.records.length > before) b.records[before]!.year = q.year;
}

/** Words wholly inside one pair of double quotation marks. */
const ENCLOSED = lazy(() => /^["“](.+)["”]$/su);

/** TeX's quotation marks: ``…'' prints as “…”. */
const TEX_QUOTE = lazy(() => /``([^`]*?)''/g);
/**
 * A LaTeX source's lines with its ``…'' quotation marks written as the curly marks they print,
 * so its quotations read as any other's. Lines without "``" are returned as they are.
 */
export function withTexQuotes(lines: string[]): string[] {
  if (!lines.some((l) => l.includes('``'))) return lines;
  return lines.map((l) => (l.includes('``') ? l.replace(TEX_QUOTE(), '“$1”') : l));
}

/** Whether a document is written in Org mode: a "#+KEYWORD:" line or a "#+BEGIN_…" block. */
export function isOrgDocument(lines: readonly string[]): boolean {
  return lines.some((l) => l.charCodeAt(0) === 0x23 && /^#\+[A-Za-z_]+(?::|\s|$)/.test(l));
}
const ORG_HEADLINE = lazy(() => /^\*+\s+(\S.*)$/);
/**
 * What an Org-mode line is, in an Org document: a headline ("** On Turkey", its words the
 * section's name), a keyword or block delimiter ("#+TITLE: …", "#+END_QUOTE": markup), a block's
 * opening ("#+BEGIN_QUOTE"), or null for a line of text.
 */
export function orgLine(raw: string): { kind: 'heading'; title: string } | { kind: 'markup' | 'begin' } | null {
  const c = raw.charCodeAt(0);
  if (c === 0x2a /* * */) {
    const h = ORG_HEADLINE().exec(raw);
    return h ? { kind: 'heading', title: h[1]!.replace(/^(?:TODO|DONE)\s+/, '').replace(/\s+:[\w:@]+:\s*$/, '').trim() } : null;
  }
  if (c === 0x23 /* # */ && raw.startsWith('#+')) return /^#\+BEGIN_/i.test(raw) ? { kind: 'begin' } : { kind: 'markup' };
  return null;
}

/**
 * A rule of a table pandoc writes in plain text: a simple table's dashes, indented and long or in
 * column groups ("  ------------- -------------"), or a grid table's border ("+-----+-----+",
 * "+=====+=====+"). Such a table is the document's, never words of the turn above it.
 */
const PANDOC_TABLE_RULE = lazy(() => /^(?:\s+-{20,}|\s*-{3,}(?:\s+-{3,})+|\s*\+(?:[-=:]{3,}\+){2,})\s*$/);
export function isPandocTableRule(raw: string): boolean {
  return PANDOC_TABLE_RULE().test(raw);
}

/** A table row "| a | b |": its cells joined with " — " (a signer before a quotation reads so: "CZ — “…”"); null for any other line. */
export function tableRowText(raw: string): string | null {
  const m = /^\s*\|(.*[\p{L}\p{N}].*)\|\s*$/u.exec(raw);
  if (!m) return null;
  const cells = m[1]!.split('|').map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return cells.length >= 2 ? cells.join(' — ') : null;
}

/** The markup language a document is written in, by its first lines; null for any other document. */
export type MarkupLanguage = 'org' | 'tex' | 'adoc' | 'rst';
const ORG_KEYWORD = lazy(() => /^#\+([A-Za-z_]+):\s*(.*)$/);
const TEX_COMMAND = lazy(() => /^\\([A-Za-z]+)\*?(?:\[[^\]]*\])?(?:\{(.*)\})?\s*(?:%.*)?$/);
const ADOC_TITLE = lazy(() => /^=\s+(\S.*)$/);
const ADOC_HEADING = lazy(() => /^(={2,6})\s+(\S.*?)\s*$/);
const ADOC_ATTRIBUTE = lazy(() => /^:([\w-]+)!?:(?:\s+(.*))?$/);
const ADOC_BLOCK_ATTRIBUTE = lazy(() => /^\[[\w#.%,="' -]*\]\s*$/);
const ADOC_DELIMITER = lazy(() => /^(?:={4,}|-{4,}|\*{4,}|\.{4,}|\+{4,})\s*$/);
const ADOC_REVISION = lazy(() => /^v?\d+(?:\.\d+)*,\s*(\d{4}-\d{2}-\d{2})\b/);
const RST_RULE = lazy(() => /^([=\-~^"'`#*+:.])\1{2,}\s*$/);
const RST_FIELD = lazy(() => /^:([\w][\w -]*):(?:\s+(.*))?$/);
const RST_TARGET = lazy(() => /^\.\.\s+_[^:]+:/);
const ISO_DAY = lazy(() => /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/);

function topLines(lines: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length && out.length < n; i++) if (lines[i]!.trim()) out.push(lines[i]!);
  return out;
}

/** A reST heading's text line at i: a rule under it as long as it (and the same rule over it, if any). */
function rstHeadingAt(lines: readonly string[], i: number): boolean {
  const text = lines[i]?.trim();
  if (!text || RST_RULE().test(lines[i]!) || /^\s/.test(lines[i]!)) return false;
  const under = lines[i + 1] ?? '';
  return RST_RULE().test(under) && under.trim().length >= text.length && (i === 0 || !lines[i - 1]!.trim() || RST_RULE().test(lines[i - 1]!));
}

/**
 * Which markup a document is written in, by its first lines: Org's "#+TITLE:" keywords, LaTeX's
 * "\documentclass", AsciiDoc's "= Title" with ":attribute:" lines under it, reST's title between
 * two rules (or under one, with a ":Field:" or ".. directive::" line near it). Any other document: null.
 */
export function markupLanguage(lines: readonly string[]): MarkupLanguage | null {
  const top = topLines(lines, 8);
  if (!top.length) return null;
  const c = top[0]!.charCodeAt(0);
  if (c !== 0x23 && c !== 0x5c && c !== 0x3d && c !== 0x25 && !RST_RULE().test(top[0]!) && !RST_RULE().test(top[1] ?? '')) return null;
  if (top.some((l) => /^#\+(?:TITLE|AUTHOR|DATE|OPTIONS|STARTUP|EMAIL|LANGUAGE)\s*:/i.test(l))) return 'org';
  if (top.some((l) => /^\\documentclass\b/.test(l))) return 'tex';
  if (ADOC_TITLE().test(top[0]!) && top.slice(1, 6).some((l) => ADOC_ATTRIBUTE().test(l))) return 'adoc';
  const overlined = RST_RULE().test(top[0]!) && !!top[1] && !RST_RULE().test(top[1]) && top[2]?.trim() === top[0]!.trim();
  const underlined = !RST_RULE().test(top[0]!) && RST_RULE().test(top[1] ?? '') && top[1]!.trim().length >= top[0]!.trim().length;
  if (overlined || (underlined && top.slice(2).some((l) => RST_FIELD().test(l) || RST_DIRECTIVE().test(l)))) return 'rst';
  return null;
}

/** A TeX argument's words: "R.~Lindqvist \and P.~Osei" reads "R. Lindqvist, P. Osei". */
function texWords(arg: string): string {
  return normalizeSpace(arg.replace(/\s*\\and\s*/g, ', ').replace(/\\\\/g, ' ').replace(/~/g, ' ').replace(/\\[A-Za-z]+\s*/g, '').replace(/[{}]/g, ''));
}

export interface SyntaxLine {
  kind: 'heading' | 'markup' | 'metadata';
  /** a heading's words, the section it names */
  title?: string;
}

/**
 * The syntax lines of a document written in a markup language (see markupLanguage): headings
 * ("* Transcript", "\section{Introduction}", "== Early life", a reST title over its rule) with the
 * words that name their section, the header's fields ("#+AUTHOR:", "\title{…}", ":author:",
 * ":Date:", AsciiDoc's author and revision lines) as metadata, and commands, keywords, block
 * delimiters, attributes, directives, targets and comments as markup. Quotation blocks are left
 * to markupQuoteBlocks. Null for a document in no markup language.
 */
export function markupSyntax(lines: readonly string[], end: number, language = markupLanguage(lines)): Map<number, SyntaxLine> | null {
  if (!language) return null;
  const out = new Map<number, SyntaxLine>();
  let inHeader = true;
  for (let i = 0; i < end; i++) {
    const raw = lines[i]!;
    if (!raw.trim()) {
      if (language !== 'adoc' || out.size) inHeader = false;
      continue;
    }
    if (language === 'org') {
      const k = ORG_KEYWORD().exec(raw);
      if (k) out.set(i, { kind: /^(?:TITLE|AUTHOR|DATE|EMAIL)$/i.test(k[1]!) ? 'metadata' : 'markup' });
      else if (/^#\+(?:BEGIN|END)_/i.test(raw) && !/^#\+(?:BEGIN|END)_QUOTE\b/i.test(raw)) out.set(i, { kind: 'markup' });
      else if (raw.charCodeAt(0) === 0x2a) {
        const h = orgLine(raw);
        if (h?.kind === 'heading') out.set(i, { kind: 'heading', title: h.title });
      }
    } else if (language === 'tex') {
      if (raw.charCodeAt(0) === 0x25 /* % */) out.set(i, { kind: 'markup' });
      else if (raw.charCodeAt(0) === 0x5c /* \ */ && !raw.startsWith('\\begin{quote}') && !raw.startsWith('\\end{quote}')) {
        const m = TEX_COMMAND().exec(raw.trim());
        if (!m) continue;
        const name = m[1]!;
        if (/^(?:title|author|date)$/.test(name)) out.set(i, { kind: 'metadata' });
        else if (/^(?:part|chapter|(?:sub){0,2}section|(?:sub)?paragraph)$/.test(name) && m[2]) out.set(i, { kind: 'heading', title: texWords(m[2]) });
        else if (/^(?:documentclass|usepackage|begin|end|maketitle|tableofcontents|label|newpage|clearpage|bibliography|bibliographystyle|input|include)$/.test(name)) out.set(i, { kind: 'markup' });
      }
    } else if (language === 'adoc') {
      const heading = ADOC_HEADING().exec(raw);
      const title = !out.size ? ADOC_TITLE().exec(raw) : null;
      if (title) out.set(i, { kind: 'heading', title: normalizeSpace(title[1]!) });
      else if (heading) out.set(i, { kind: 'heading', title: normalizeSpace(heading[2]!) });
      else if (ADOC_ATTRIBUTE().test(raw)) out.set(i, { kind: 'metadata' });
      // The header under the title: the author line ("Jane Doe <jane@x>") and the revision line.
      else if (inHeader) out.set(i, { kind: 'metadata' });
      else if (ADOC_DELIMITER().test(raw) || (ADOC_BLOCK_ATTRIBUTE().test(raw) && !/^\[(?:quote|verse)\b/.test(raw))) out.set(i, { kind: 'markup' });
    } else {
      if (RST_RULE().test(raw) && (rstHeadingAt(lines, i - 1) || rstHeadingAt(lines, i + 1))) out.set(i, { kind: 'markup' });
      else if (rstHeadingAt(lines, i)) out.set(i, { kind: 'heading', title: normalizeSpace(raw) });
      else if (RST_DIRECTIVE().test(raw) || RST_TARGET().test(raw)) out.set(i, { kind: 'markup' });
      else if (inHeader && RST_FIELD().test(raw)) out.set(i, { kind: 'metadata' });
      else if (RST_FIELD().test(raw) && [...out.keys()].every((k) => k < i) && lines.slice(0, i).every((l, k) => !l.trim() || out.has(k))) out.set(i, { kind: 'metadata' });
    }
  }
  return out;
}

/**
 * What a markup document's header says about it: its title ("#+TITLE:", "\title{…}", "= Title",
 * reST's title over its rule), its author ("#+AUTHOR:", "\author{…}", ":author:" or the line under
 * an AsciiDoc title, ":Author:") and its day ("#+DATE: <2023-11-15 Wed>", ":revdate:", the
 * revision line, ":Date:"). Null for a document in no markup language.
 */
export function markupHeader(lines: readonly string[], bodyLine: number): { title: Inferred<string> | null; author: Inferred<string> | null; date: Inferred<string> | null } | null {
  const language = markupLanguage(lines);
  if (!language) return null;
  const syntax = markupSyntax(lines, Math.min(lines.length, 60), language)!;
  let title: Inferred<string> | null = null;
  let author: Inferred<string> | null = null;
  let date: Inferred<string> | null = null;
  const at = (i: number, what: string) => `${what} (line ${bodyLine + i})`;
  const day = (v: string) => {
    const m = ISO_DAY().exec(v);
    return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  };
  for (const [i, s] of syntax) {
    const raw = lines[i]!;
    let key: string | null = null;
    let value = '';
    if (language === 'org') {
      const k = ORG_KEYWORD().exec(raw);
      if (k) [key, value] = [k[1]!.toLowerCase(), normalizeSpace(k[2]!)];
    } else if (language === 'tex') {
      const m = s.kind === 'metadata' ? TEX_COMMAND().exec(raw.trim()) : null;
      if (m?.[2]) [key, value] = [m[1]!, texWords(m[2])];
    } else if (language === 'adoc') {
      const a = ADOC_ATTRIBUTE().exec(raw);
      if (a) [key, value] = [a[1]!.toLowerCase() === 'revdate' ? 'date' : a[1]!.toLowerCase(), normalizeSpace(a[2] ?? '')];
      else if (s.kind === 'heading' && !title && i === [...syntax.keys()][0]) [key, value] = ['title', s.title!];
      else if (s.kind === 'metadata' && ADOC_REVISION().test(raw)) [key, value] = ['date', raw];
      else if (s.kind === 'metadata' && !author) [key, value] = ['author', normalizeSpace(raw.replace(/<[^>]*>/g, ''))];
    } else {
      const f = RST_FIELD().exec(raw);
      if (f && s.kind === 'metadata') [key, value] = [f[1]!.toLowerCase(), normalizeSpace(f[2] ?? '')];
      else if (s.kind === 'heading' && !title) [key, value] = ['title', s.title!];
    }
    if (!key || !value) continue;
    if (key === 'title' && !title) title = { value, from: at(i, 'the markup title') };
    else if (key === 'author' && !author) author = { value, from: at(i, 'the markup author') };
    else if (key === 'date' && !date && day(value)) date = { value: day(value)!, from: at(i, 'the markup date') };
  }
  return { title, author, date };
}

/** A heading line's words, its markup gone: "* TODO Follow-ups", "\section{Introduction}", "== Early life", "## Notes". */
export function headingWords(raw: string): string {
  const org = raw.charCodeAt(0) === 0x2a ? orgLine(raw) : null;
  if (org?.kind === 'heading') return org.title;
  const tex = raw.charCodeAt(0) === 0x5c ? /^\\[A-Za-z]+\*?(?:\[[^\]]*\])?\{(.*)\}\s*$/.exec(raw.trim()) : null;
  if (tex) return texWords(tex[1]!);
  if (raw.includes('{')) raw = withoutPandocAttributes(raw);
  return withoutClosingHashes(withoutEditLink(raw).replace(/^\s{0,3}(?:#{1,6}|={1,6})\s+/, ''));
}
