/**
 * A web form's submission pasted as one line: its fields set apart by ` | ` and an interview
 * inside one of them, its `Q: … A: …` labels standing mid-line ("… | Submitted 2024-02-19 14:22
 * UTC | Interviewer: NAME | Interviewee: NAME | Transcript: Q: How did you start? A: By accident.
 * Q: … | Internal notes: …"). Read as the lines a person would have typed: each field on a line of
 * its own, each labelled turn a paragraph, the fields after the last answer apart from it. The
 * view's lines all map back to the file line they come from (`origin`), so records cite it.
 *
 * Only a line that holds two or more questions and two or more answers labelled mid-line, after a
 * sentence's end or a field's key: a line that mentions "Q:" once is prose.
 */
import type { DraftRecord, ParseResult } from './builder.js';
import type { LineKind } from '../model/record.js';
import { lazy } from '../model/regexp.js';
import { splitLines } from './text.js';

export interface FormPasteView {
  /** the body as lines of their own, joined with '\n' */
  body: string;
  /** for each line of the view, the index of the body line it comes from */
  origin: number[];
  /** the view lines that are form fields after the talk ("Reviewer: keep for the autumn issue."): no turn */
  after: Set<number>;
}

/** Where a turn's label starts mid-line: a space after a sentence's end, a key's colon or a closing mark, then `Q: ` / `A: `. */
const MID_LABEL = lazy(() => /(?<=[.?!:;"”’)\]…]) (?=[QA]: )/);
/** The bar parting a form's fields. */
const FIELD_BAR = ' | ';
/** Long enough to hold two exchanges and a header. */
const MIN_LINE = 200;

/** How many times `needle` occurs in `line` (plain string search: the line may be long). */
function count(line: string, needle: string): number {
  let n = 0;
  for (let at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, at + needle.length)) n++;
  return n;
}

function isFormPasteLine(line: string): boolean {
  return line.length >= MIN_LINE && count(line, ' Q: ') >= 2 && count(line, ' A: ') >= 2 && line.split(MID_LABEL()).length >= 4;
}

/** The body's form-paste lines unfolded; null when it has none (the body is read as it is). */
export function unfoldFormPaste(body: string): FormPasteView | null {
  if (!body.includes(' Q: ') || !body.includes(' A: ')) return null;
  const lines = splitLines(body);
  if (!lines.some(isFormPasteLine)) return null;
  const out: string[] = [];
  const origin: number[] = [];
  const after = new Set<number>();
  const push = (text: string, i: number) => {
    out.push(text);
    origin.push(i);
  };
  lines.forEach((line, i) => {
    if (!isFormPasteLine(line)) return push(line, i);
    let inTalk = false;
    let talked = false;
    for (const field of line.split(FIELD_BAR)) {
      const pieces = field.trim().split(MID_LABEL());
      const turns = pieces.filter((p) => /^[QA]: /.test(p));
      if (!turns.length) {
        // a field: in the header above the talk, or after it, set apart by a blank line
        if (inTalk) push('', i);
        if (inTalk || talked) after.add(out.length);
        inTalk = false;
        push(field.trim(), i);
        continue;
      }
      for (const p of pieces) {
        const turn = /^[QA]: /.test(p);
        if (turn || inTalk) push('', i);
        push(p.trim(), i);
        inTalk = turn || inTalk;
        talked ||= turn;
      }
    }
  });
  return { body: out.join('\n'), origin, after };
}

/**
 * A parse of the unfolded view read back onto the body's lines: each record cites the file line
 * its words are on; a body line is a record's where any of its pieces is. A piece no record holds
 * (the form's own fields: its name, when it was sent, who was interviewed) shares its file line
 * with records, so the line's kind cannot say it is furniture: it becomes a claim of its own, so
 * search finds what grep finds on that line.
 */
export function refoldFormPaste(parsed: ParseResult, view: FormPasteView, bodyLength: number, bodyLine: number, narrator: string | null): ParseResult {
  const at = (fileLine: number) => bodyLine + (view.origin[fileLine - bodyLine] ?? fileLine - bodyLine);
  const viewLines = splitLines(view.body);
  const kinds: (LineKind | null)[] = new Array<LineKind | null>(bodyLength).fill(null);
  const recordLines = new Set<number>();
  parsed.lineKinds.forEach((k, j) => {
    if (k === 'record') recordLines.add(view.origin[j]!);
  });
  // each record with the view line it starts on, so records of one file line keep the view's order
  // A field after the talk is the form's, never a turn ("Reviewer: …" is no speaker's words).
  const placed: [number, DraftRecord][] = parsed.records
    .filter((r) => !view.after.has(r.line - bodyLine))
    .map((r) => [r.line, { ...r, line: at(r.line), endLine: at(r.endLine) }]);
  parsed.lineKinds.forEach((k, j) => {
    const i = view.origin[j]!;
    if (recordLines.has(i)) {
      kinds[i] = 'record';
      const text = viewLines[j]!.trim();
      if ((k !== 'record' || view.after.has(j)) && text && /[\p{L}\p{N}]/u.test(text)) placed.push([bodyLine + j, { type: 'claim', text, speaker: narrator, question: null, asker: null, context: null, section: null, topics: [], line: bodyLine + i, endLine: bodyLine + i }]);
    } else if (kinds[i] === null) kinds[i] = k;
  });
  const records = placed.sort((a, b) => a[0] - b[0]).map(([, r]) => r);
  const result: ParseResult = {
    ...parsed,
    records,
    lineKinds: kinds,
    warnings: parsed.warnings.map((w) => ({ ...w, line: at(w.line) })),
  };
  // a field after the talk read as a label names nobody who speaks
  if (parsed.labelSpeakers) result.labelSpeakers = parsed.labelSpeakers.filter((n) => records.some((r) => r.speaker === n || r.asker === n));
  if (parsed.fillerLines) result.fillerLines = [...new Set(parsed.fillerLines.map((j) => view.origin[j]!))].sort((a, b) => a - b);
  if (parsed.textLines) {
    const joined: string[] = new Array<string>(bodyLength).fill('');
    parsed.textLines.forEach((t, j) => {
      const i = view.origin[j]!;
      joined[i] = joined[i] ? `${joined[i]} ${t}` : t;
    });
    result.textLines = joined;
  }
  return result;
}

/** "a dateline (line 3)" said of the view: the file line its words are on. */
export function refoldLineNote(note: string, view: FormPasteView, bodyLine: number): string {
  return note.replace(/\bline (\d+)\b/g, (_, n: string) => `line ${bodyLine + (view.origin[Number(n) - bodyLine] ?? Number(n) - bodyLine)}`);
}
