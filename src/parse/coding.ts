import type { DraftRecord } from './builder.js';
import { normalizeSpace } from './text.js';
import { lazy } from '../model/regexp.js';

/**
 * A qualitative coder's markup in an exported transcript (NVivo, ATLAS.ti, MAXQDA): `[CODE: trust]`
 * opens a coded span, `[/CODE]` closes it, `[MEMO: … — SM]` is the coder's note. None of it is the
 * participant's words: the marks are blanked (spaces, so every offset stays), each code becomes a
 * topic of the records on its line (searchable as topics), and each memo a claim of its own on its
 * line, nobody's words said (the coder's).
 */
const CODER_MARK = lazy(() => /\[(?:(CODE|MEMO):\s*([^\]]{1,300})|\/CODE)\]/g);

export interface CodedLines {
  lines: string[];
  /** each line's words without the marks' syntax (the codes' names and the memos kept): the parser's `textLines` */
  text: string[];
  codes: Map<number, string[]>;
  memos: Map<number, string[]>;
}

/** The lines without their coder marks, with the codes and memos by line; null where no line has one. */
export function codedLines(lines: string[]): CodedLines | null {
  if (!lines.some((l) => l.includes('[CODE:') || l.includes('[/CODE]') || l.includes('[MEMO:'))) return null;
  const out = lines.slice();
  const text = lines.slice();
  const codes = new Map<number, string[]>();
  const memos = new Map<number, string[]>();
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.includes('CODE') && !lines[i]!.includes('MEMO')) continue;
    out[i] = lines[i]!.replace(CODER_MARK(), (m, kind?: string, body?: string) => {
      if (kind === 'CODE') codes.set(i, [...(codes.get(i) ?? []), normalizeSpace(body!)]);
      else if (kind === 'MEMO') memos.set(i, [...(memos.get(i) ?? []), normalizeSpace(body!)]);
      return ' '.repeat(m.length);
    });
    text[i] = lines[i]!.replace(CODER_MARK(), (m, _kind?: string, body?: string) => (body ? ` ${body} ` : ' '));
  }
  return { lines: out, text, codes, memos };
}

/** Each record takes the codes of the lines it spans as topics. */
export function codeTopics(records: DraftRecord[], coded: CodedLines, fileLine: (idx: number) => number): void {
  for (const [k, codes] of coded.codes) {
    const line = fileLine(k);
    for (const r of records) if (r.line <= line && line <= r.endLine) r.topics = [...new Set([...r.topics, ...codes])];
  }
}
