/**
 * A survey's free-text export: the form's questions listed once under codes ("Q1. How long have
 * you used Binance?"), then one block per response, headed by its number ("Response #0147"), with
 * a line per answer under the question's code ("Q1: Since 2018"). Each answer is a qa: the code's
 * question, answered by the anonymous respondent (speaker null; the block's header is the
 * record's section, so "Response #0147" stays searchable). An answer left empty ("-", "(no
 * answer)") answers nothing. The codes are no speakers.
 */
import type { DocBuilder } from './builder.js';
import { normalizeSpace } from './text.js';
import { lazy } from '../model/regexp.js';

/** "Q1. How long have you used Binance?", "Q2) What …?" */
const CODE_DEFINITION = lazy(() => /^\s*(Q\d{1,2})[.)]\s+(\S.*\?)\s*$/);
/** "Q1: Since 2018" */
const CODE_ANSWER = lazy(() => /^\s*(Q\d{1,2})\s*:\s*(.*)$/);
/** "Response #0147", "Respondent 12", "Submission #7" */
const RECORD_HEADER = lazy(() => /^\s*(?:Response|Respondent|Submission|Entry)\s*#?\s*\d{1,6}\s*$/i);
/** An answer left empty: "-", "(no answer)", "n/a". */
export const NO_ANSWER = lazy(() => /^\s*(?:[-–—]+|\(?\s*(?:no answer|no response|n\/a|none given|blank|skipped)\s*\)?|\.)?\s*$/i);

/** Whether the lines are a survey export: at least two codes defined, two response blocks, and every coded line under a defined code. */
export function isSurveyExport(lines: readonly string[]): boolean {
  // Cheap gate: a response header is needed at all.
  if (!lines.some((l) => RECORD_HEADER().test(l))) return false;
  const defined = new Set<string>();
  let blocks = 0;
  for (const l of lines) {
    const d = CODE_DEFINITION().exec(l);
    if (d && blocks === 0) {
      defined.add(d[1]!.toUpperCase());
      continue;
    }
    if (RECORD_HEADER().test(l)) blocks++;
    const a = CODE_ANSWER().exec(l);
    if (a && (blocks === 0 || !defined.has(a[1]!.toUpperCase()))) return false;
  }
  return defined.size >= 2 && blocks >= 2;
}

/**
 * Reads the responses of a survey export from line `from` (the header above is the caller's):
 * returns the index of the first line it read (the first code definition), or -1 when none.
 */
export function readSurveyExport(b: DocBuilder): number {
  const lines = b.lines;
  const questions = new Map<string, string>();
  let first = -1;
  let section: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!raw.trim()) continue;
    const d = section === null ? CODE_DEFINITION().exec(raw) : null;
    if (d) {
      if (first < 0) first = i;
      questions.set(d[1]!.toUpperCase(), normalizeSpace(d[2]!));
      // Its words are every answer's question.
      b.mark(i, 'markup');
      continue;
    }
    if (RECORD_HEADER().test(raw)) {
      section = normalizeSpace(raw);
      b.mark(i, 'heading');
      continue;
    }
    const a = section !== null ? CODE_ANSWER().exec(raw) : null;
    if (!a) continue;
    // An answer may run on over the lines under it, up to the next code or header.
    let last = i;
    let text = a[2]!;
    while (last + 1 < lines.length && lines[last + 1]!.trim() && !CODE_ANSWER().test(lines[last + 1]!) && !RECORD_HEADER().test(lines[last + 1]!)) text += '\n' + lines[++last]!.trim();
    if (NO_ANSWER().test(text)) b.mark(i, 'markup');
    else b.add({ type: 'qa', text: text.trim(), speaker: null, question: questions.get(a[1]!.toUpperCase()) ?? null, asker: null, section }, i, last);
    i = last;
  }
  return first;
}

/**
 * A survey's free-text export by respondent: a header line per response, the respondent's id and
 * attributes separated by pipes ("R_3kTz9PqX1aB2cD4 | Age 25-34 | Germany"), the answer's text
 * under it. The answer is the respondent's (speaker: the id; the header is the record's section,
 * so the attributes stay searchable); where the export names one prompt above the first response
 * ("Q14. \"In your own words, …?\""), each answer is a qa to it, else a claim. An empty answer
 * ("n/a", "-") answers nothing.
 */
const RESPONDENT_HEADER = lazy(() => /^\s*([\p{L}\p{N}_#-]{2,40})\s+\|\s+[^|]{1,60}(?:\|\s*[^|]{1,60}){0,5}$/u);
/** The prompt: "Q14. "In your own words, …?"", "Q3) Why …?" */
const PROMPT = lazy(() => /^\s*Q\d{1,3}[.):]\s+["“]?(\S[^"”]{0,300}\?)["”]?\s*$/u);

function respondentId(raw: string): string | null {
  if (raw.length > 200 || !raw.includes('|')) return null;
  const m = RESPONDENT_HEADER().exec(raw);
  // An id: letters and digits both ("R_3kTz9PqX1aB2cD4", "P07"), never a year or a word.
  return m && /\d/.test(m[1]!) && /\p{L}/u.test(m[1]!) ? m[1]! : null;
}

/** Line `i` heads a response: an id header after a blank line (or the first line), the answer's text right under it. */
function headsResponse(lines: readonly string[], i: number): boolean {
  const next = lines[i + 1];
  return (i === 0 || !lines[i - 1]!.trim()) && !!next?.trim() && !next.includes('|') && respondentId(lines[i]!) !== null;
}

/** Whether the lines are such an export: two respondent headers or more, each with text right under it. */
export function isRespondentExport(lines: readonly string[]): boolean {
  let n = 0;
  for (let i = 0; i + 1 < lines.length; i++) if (lines[i]!.includes('|') && headsResponse(lines, i) && ++n >= 2) return true;
  return false;
}

/** Reads the responses into `b`; the lines above the first response are read by `above` (the header, the prompt). */
export function readRespondentExport(b: DocBuilder, above: (idx: number, prompt: boolean) => void): void {
  const lines = b.lines;
  const first = lines.findIndex((l, i) => l.includes('|') && headsResponse(lines, i));
  let prompt: string | null = null;
  for (let i = 0; i < first; i++) {
    const p = PROMPT().exec(lines[i]!);
    if (p) prompt = prompt === null ? normalizeSpace(p[1]!) : '';
  }
  for (let i = 0; i < first; i++) if (lines[i]!.trim()) above(i, !!prompt && PROMPT().test(lines[i]!));
  let id: string | null = null;
  let section: string | null = null;
  for (let i = first; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!raw.trim()) continue;
    const who = headsResponse(lines, i) ? respondentId(raw) : null;
    if (who) {
      id = who;
      section = normalizeSpace(raw);
      b.mark(i, 'heading');
      continue;
    }
    let last = i;
    let text = raw.trim();
    while (last + 1 < lines.length && lines[last + 1]!.trim()) text += '\n' + lines[++last]!.trim();
    if (NO_ANSWER().test(text)) b.mark(i, 'markup');
    else if (prompt) b.add({ type: 'qa', text, speaker: id, question: prompt, asker: null, section }, i, last);
    else b.add({ type: 'claim', text, speaker: id, section }, i, last);
    i = last;
  }
}
