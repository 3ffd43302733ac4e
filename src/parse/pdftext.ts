/**
 * Text copied out of a PDF: the printed page's line-end hyphenation and its page breaks.
 * Called from `prose.ts` behind cheap tests; structural only (a line's end, the next line's
 * start, the document's wrap width), never a known word.
 */
import { lazy } from '../model/regexp.js';
import { classifyChrome, FILING_STAMP } from './chrome.js';

/** A word's first part ending a line on a hyphen: "her col-", "about $40 mil-" (two letters at least, no dash "--"). */
const LINE_END_PART = lazy(() => /(?:^|[\s(“"‘'])(\p{L}*\p{Ll})-$/u);
/** The rest of the word opening the next line, in lowercase: "leagues assumed", "bined." */
const LINE_START_REST = lazy(() => /^(\s*)(\p{Ll}+)(?![\p{L}\p{N}-])/u);

/** The widest a hard-wrapped (printed) page's lines run; one line per paragraph runs wider. */
const PRINTED_WIDTH = 100;

/**
 * A hard-wrapped page's words broken at a line's end ("…her col-" / "leagues assumed…"): the
 * word's first part moves down to its rest ("…her" / "colleagues assumed…"), so the word is whole
 * where search and the sentence reader meet it, and the line above, now ending mid-sentence, wraps
 * on as before. Only where the page is printed text (its lines' 90th-percentile length 30–100),
 * the broken line is full (70% of that width at least: a line broken early was not wrapped) and
 * the next line goes on in lowercase. A compound written whole mid-line ("acqui-hired") is left
 * as it is; so is the hyphen after "co" (co-/founder is co-founder). An opening quotation mark or
 * bracket before the broken word moves down with it. Returns null when no line changes.
 */
export function joinLineEndHyphens(lines: readonly string[]): string[] | null {
  if (!lines.some((l) => l.endsWith('-'))) return null;
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0).sort((x, y) => x - y);
  const width = lengths.length ? lengths[Math.floor(lengths.length * 0.9)]! : 0;
  if (width < 30 || width > PRINTED_WIDTH) return null;
  let out: string[] | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = (out ?? lines)[i]!.trimEnd();
    if (!line.endsWith('-') || line.length < width * 0.7) continue;
    const part = LINE_END_PART().exec(line);
    if (!part || part[1]!.length < 2) continue;
    const next = lines[i + 1]!;
    const rest = LINE_START_REST().exec(next);
    if (!rest) continue;
    // "co-" / "founder": the prefix English keeps its hyphen on (co-founder, co-author); the
    // hyphen is the word's, so it moves down with it.
    const hyphen = /^co$/i.test(part[1]!) && rest[2]!.length >= 4 ? '-' : '';
    // An opening mark before the word ("calls \"stubborn-" / "ly, …\"") moves down with it, so the
    // quotation opens on the word, not on a space.
    const mark = /[(“"‘']$/.test(line.slice(0, line.length - part[1]!.length - 1)) ? line[line.length - part[1]!.length - 2]! : '';
    const head = line.slice(0, line.length - part[1]!.length - 1 - mark.length).trimEnd();
    if (!head.trim()) continue;
    out ??= [...lines];
    out[i] = head;
    out[i + 1] = rest[1]! + mark + part[1]! + hyphen + next.slice(rest[1]!.length);
  }
  return out;
}

/** A printed page's number line: "Page 3 of 12", "- 3 -", "3", "3 | FINTECH QUARTERLY". */
const PAGE_NUMBER = lazy(() => /^\s*(?:(?:[Pp]age|PAGE|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4})\s*$/);

/**
 * The line where a paragraph cut by a page break goes on: from line `at` (the paragraph's last
 * line, ending no sentence), only blank lines and the page's furniture lie below it — a page
 * number or footer, and a running header the page repeats (lines the parser has already
 * classified, `isChrome`) — with at least one page-number line among them, then a line of text
 * no one has classified. Returns that line's index and the furniture lines between, or null.
 */
export function acrossPrintedPageBreak(
  lines: readonly string[],
  at: number,
  end: number,
  isChrome: (k: number) => boolean,
  isFree: (k: number) => boolean,
): { next: number; furniture: number[] } | null {
  let page = false;
  const furniture: number[] = [];
  for (let k = at + 1; k < end && k <= at + 12; k++) {
    const l = lines[k]!;
    if (!l.trim()) continue;
    // "Page 3 of 12", "THE HARBOUR LEDGER   Page 3 of 12" (chrome.ts's page line), a bare "3".
    // A running head or foot with its page number at an edge ("ADAORA NWANKWO-BELL      4"), read as such (isChrome).
    if (PAGE_NUMBER().test(l) || (/[Pp]age \d/.test(l) && classifyChrome(l) === 'metadata') || (isChrome(k) && edgePageNumber(l) !== null)) {
      page = true;
      furniture.push(k);
      continue;
    }
    if (isChrome(k)) {
      furniture.push(k);
      continue;
    }
    return page && isFree(k) ? { next: k, furniture } : null;
  }
  return null;
}

/**
 * A court filing's page footer, printed again at the foot of every page and copied out of the PDF
 * against the next page's filing stamp ("PLEA AGREEMENT - 1              UNITED STATES ATTORNEY" /
 * "United States v. Okafor, CR23-179 RSL    700 STEWART STREET, SUITE 5220" / "(206) 553-7970" /
 * "Case 2:23-cr-00179-RSL Document 23 Filed 11/21/23 Page 2 of 17"): the page's furniture, no
 * sentence of the filing. The lines of the block touching a stamp line (no blank line between)
 * that the document prints elsewhere too, the same but for their numbers (the page's number
 * changes). Returns their indices.
 */
export function repeatedStampFurniture(lines: readonly string[]): number[] {
  const stamps: number[] = [];
  for (let k = 0; k < lines.length; k++) if (lines[k]!.includes('Filed') && FILING_STAMP().test(lines[k]!)) stamps.push(k);
  if (stamps.length < 2) return [];
  const form = (line: string) => line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const seen = new Map<string, number>();
  for (const l of lines) if (l.trim()) seen.set(form(l), (seen.get(form(l)) ?? 0) + 1);
  const out: number[] = [];
  const repeated = (k: number) => !!lines[k]?.trim() && !stamps.includes(k) && (seen.get(form(lines[k]!)) ?? 0) >= 2;
  for (const s of stamps) {
    for (let k = s - 1; k >= 0 && repeated(k); k--) out.push(k);
    for (let k = s + 1; k < lines.length && repeated(k); k++) out.push(k);
  }
  return out;
}

/**
 * A printed page's number at the edge of its running head or foot, set apart from the words by a
 * wide gap or a separator: "THE HARBOUR REVIEW   |   SPRING 2023   |   17", "18   |   THE HARBOUR
 * REVIEW", "ADAORA NWANKWO-BELL            3", "VELO NORTE  •  ISSUE 88  •  23", "… – Achterberg –
 * Page 2 of 7". A sentence's number is never set off so.
 */
const LEADING_PAGE_NUMBER = lazy(() => /^\s*\d{1,4}(?:[ \t]{2,}|[ \t]*[|•·—–][ \t]*)(?=\S)/);
const TRAILING_PAGE_NUMBER = lazy(() => /(?:[ \t]{2,}|[ \t]*[|•·—–][ \t]*)(?:(?:[Pp]age|PAGE)[ \t]+)?\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?[ \t]*$/);
/**
 * Where a line's edge page number (and the gap or separator beside it) stands, or null. The trailing
 * form is looked for in the line's last 40 characters only: an unanchored pattern tried at every
 * start of a long run of tabs or spaces ("Born\tin 1948" and 40,000 tabs) costs the square of its length.
 */
function edgePageNumber(line: string): { start: number; end: number } | null {
  const lead = LEADING_PAGE_NUMBER().exec(line);
  if (lead) return { start: 0, end: lead[0].length };
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) end--;
  const from = Math.max(0, end - 40);
  const trail = TRAILING_PAGE_NUMBER().exec(line.slice(from, end));
  return trail ? { start: from + trail.index, end: line.length } : null;
}
/** A running line's letters only, lowercased: one key for a head printed left and right of its page number. */
const runningKey = (line: string) => line.replace(/[^\p{L}]+/gu, '').toLowerCase();

/**
 * Text pasted from a PDF or a Word file keeps each page's running head and foot: the publication,
 * issue and page number ("THE HARBOUR REVIEW   |   SPRING 2023   |   17", "Kestrel Quarterly —
 * Winter 2021      Page 2 of 6"), and the lines the page prints beside its number ("ANNIKA
 * LINDQVIST" under the head, "PARLIAMENTARY RECORD SUPPLEMENT   No. 14   June 1998" over "- 2 -").
 * They are the page's furniture: no heading, no words of the answer a page break cuts.
 * Two kinds of line, both printed at least twice:
 * - a numbered running line: short, no sentence, its page number at an edge (edgePageNumber)
 *   or a page line of its own ("Page 3 of 12", "- 2 -"), set off by a blank line or the
 *   document's edge above or below; its letters (the number and the separators aside, so a head
 *   printed "17 | NAME" on the left page and "NAME | 18" on the right is one) recur on at least
 *   two numbered lines. Every short line with those letters is the same furniture (the first
 *   page's head printed without its number).
 * - a companion line: short, no sentence, each time it is printed within two lines of a page line
 *   (over blank lines), or among the document's first three lines (the first page's head).
 * `isTaken(k)`: a line a parser already reads as something else (a speaker's label), never furniture.
 * Linear: one pass for the keys, bounded walks of two lines around each page line.
 */
export function printedRunningLines(lines: readonly string[], isTaken: (k: number) => boolean = () => false): number[] {
  const short = (k: number) => {
    const l = lines[k]!.trim();
    if (!l || l.length > 120 || isTaken(k)) return false;
    const words = l.split(/\s+/).length;
    return words <= 14;
  };
  const numbered: boolean[] = new Array(lines.length).fill(false);
  const keyCount = new Map<string, number>();
  const keyAt = new Map<number, string>();
  let pageLines = 0;
  for (let k = 0; k < lines.length; k++) {
    if (!short(k)) continue;
    const l = lines[k]!;
    const blankBeside = k === 0 || k === lines.length - 1 || !lines[k - 1]!.trim() || !lines[k + 1]!.trim();
    if (!blankBeside) continue;
    if (PAGE_NUMBER().test(l)) {
      numbered[k] = true;
      pageLines++;
      continue;
    }
    if (edgePageNumber(l) === null) continue;
    // The words besides the number end no sentence ("… at the time.   3" is a sentence's line).
    const words = withoutEdgeNumber(l);
    if (/[.!?;:,"”’]$/.test(words)) continue;
    const key = runningKey(words);
    if (key.length < 4) continue;
    numbered[k] = true;
    pageLines++;
    keyCount.set(key, (keyCount.get(key) ?? 0) + 1);
    keyAt.set(k, key);
  }
  if (pageLines < 2) return [];
  const out = new Set<number>();
  // A head printed once with its number, whose words open the document's first line before a wide
  // gap ("ARCHIVES & SOCIETY QUARTERLY      Vol. 31, No. 2 (2019)" on top, "ARCHIVES & SOCIETY
  // QUARTERLY      47" further down): the first page's head printed with the issue in the number's
  // place, so the later one is the same running head. Only where a page line of its own is printed too.
  const head = lines.find((l) => l.trim());
  const headCell = head && /\S(?: {2,}|\t)\S/.test(head.trim()) ? runningKey(head.trim().split(/ {2,}|\t/)[0]!) : '';
  if (headCell.length >= 4 && lines.some((l, k) => numbered[k] && PAGE_NUMBER().test(l)))
    for (const [k, key] of keyAt) if (key === headCell && lines[k] !== head) out.add(k);
  const runningKeys = new Set([...keyCount].filter(([, n]) => n >= 2).map(([key]) => key));
  // Each short line's form, its numbers aside, worked out once ("" for a line that is none).
  const forms: string[] = new Array<string>(lines.length).fill('');
  const printed = new Map<string, number>();
  for (let k = 0; k < lines.length; k++) {
    if (!short(k) || endsLikeSentenceMark(lines[k]!)) continue;
    const l = lines[k]!;
    if (runningKeys.size && runningKeys.has(runningKey(withoutEdgeNumber(l)))) out.add(k);
    const f = l.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
    forms[k] = f;
    printed.set(f, (printed.get(f) ?? 0) + 1);
  }
  // The first page's head, printed with its number but worded unlike the later pages' ("Proceedings
  // of the Atlantic Water Utilities Forum 2024      41" over "42      Atlantic … — Ferreira"): the
  // document's first line, numbered so, where the pages carry running lines.
  const first = lines.findIndex((l) => l.trim());
  if (runningKeys.size && first >= 0 && numbered[first] && !PAGE_NUMBER().test(lines[first]!)) out.add(first);
  // Companion lines: those printed beside a page line (a page line of its own, or a running one).
  const anchors: number[] = [];
  for (let k = 0; k < lines.length; k++) if (numbered[k] && (PAGE_NUMBER().test(lines[k]!) || out.has(k))) anchors.push(k);
  const beside = new Map<string, number>();
  const near = new Set<number>();
  for (const a of anchors) {
    for (const step of [-1, 1]) {
      for (let k = a + step, taken = 0; k >= 0 && k < lines.length && taken < 2; k += step) {
        if (!lines[k]!.trim()) continue;
        if (numbered[k]) break;
        taken++;
        if (!forms[k] || near.has(k)) continue;
        near.add(k);
        beside.set(forms[k]!, (beside.get(forms[k]!) ?? 0) + 1);
      }
    }
  }
  // The document's first three lines: the first page's head, printed with no page line beside it.
  const topForms = new Map<string, number>();
  const top = new Set<number>();
  for (let k = 0, n = 0; k < lines.length && n < 3; k++) {
    if (!lines[k]!.trim()) continue;
    n++;
    top.add(k);
    if (forms[k]) topForms.set(forms[k]!, (topForms.get(forms[k]!) ?? 0) + 1);
  }
  for (const k of [...near, ...top]) {
    const f = forms[k]!;
    if (!f) continue;
    const total = printed.get(f) ?? 0;
    const by = beside.get(f) ?? 0;
    if (total < 2 || by < 1 || runningKey(f).length < 4) continue;
    // Every time it is printed, it stands beside a page line or at the document's top.
    if (by + (topForms.get(f) ?? 0) >= total) out.add(k);
  }
  return [...out].sort((x, y) => x - y);
}

/** A running line's words without the page number at its edge ("THE HARBOUR REVIEW   |   SPRING 2023"). */
function withoutEdgeNumber(line: string): string {
  const m = edgePageNumber(line);
  return (m ? line.slice(0, m.start) + ' ' + line.slice(m.end) : line).trim();
}

/** A line ending as a sentence does (a full stop, a question, a closing quotation). */
function endsLikeSentenceMark(line: string): boolean {
  return /[.!?;,"”’]\s*$/.test(line);
}
