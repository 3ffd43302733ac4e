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
const NO_ANSWER = lazy(() => /^\s*(?:[-–—]+|\(?\s*(?:no answer|no response|n\/a|none given|blank|skipped)\s*\)?|\.)?\s*$/i);

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
