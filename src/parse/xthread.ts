/**
 * An X (Twitter) thread copied as text: one author's numbered posts ("1/ …", "2/ …", "3/7 …")
 * under one header, which the thread reader takes as one post. Each numbered post is a record of
 * its own; a post that opens on a quoted question and who sent it ('2/ Q from @tomasz_ops: "How
 * do you …?"', '6/ Last one, from @ada_builds: "…?"') and goes on under it with the answer is a qa,
 * asked by that handle. The profile's bio between the header and post 1 is the account's claim
 * about itself, no post of the thread (no quote). Runs after the conversation: the records it makes replace the one record of the thread.
 */
import type { DocBuilder } from './builder.js';
import { normalizeSpace } from './text.js';
import { lazy } from '../model/regexp.js';

/** "1/ …", "2/7 …": a thread's post number opening the line, then its words. */
const POST_NUMBER = lazy(() => /^\s*(\d{1,2})\/(?:\d{1,2})?\s+(?=\S)/);
/** 'Q from @x: "…?"', 'Last one, from @x: "…?"': a question someone sent, quoted, ending the line. */
const QUOTED_QUESTION = lazy(() => /(?:^|\s)from\s+(@[A-Za-z0-9_]{1,30})\s*:\s*["“]([^"“”]{3,400}\?)["”]\s*$/u);

export function mayBeNumberedThread(body: string): boolean {
  return body.includes('1/') && /\n[ \t]*2\/\d{0,2}[ \t]/.test(body) && /\n[ \t]*3\/\d{0,2}[ \t]/.test(body);
}

export function splitNumberedThreads(b: DocBuilder, lines: readonly string[]): void {
  for (let n = b.records.length - 1; n >= 0; n--) {
    const r = b.records[n]!;
    if (r.type !== 'quote' || !r.speaker || r.endLine - r.line > 400) continue;
    const from = r.line - b.input.bodyLine;
    const to = r.endLine - b.input.bodyLine;
    // The numbered posts, 1, 2, 3 … in order, each opening a line of the record's span.
    const starts: number[] = [];
    for (let k = from; k <= to; k++) {
      const m = POST_NUMBER().exec(lines[k] ?? '');
      if (m && Number(m[1]) === starts.length + 1 && (k === from || !lines[k - 1]!.trim())) starts.push(k);
    }
    if (starts.length < 3) continue;
    const { speaker, section } = r;
    // (the header's note on the writer, an X handle, stays on each post: "@cz_binance")
    const role = r.role;
    b.records.splice(n, 1);
    const joined = (a: number, z: number) => normalizeSpace(lines.slice(a, z + 1).join(' '));
    // The bio: the record's words before post 1, from the line its text opens on (the header above is no words of it).
    let bio = from;
    const opening = normalizeSpace(r.text).slice(0, 24);
    while (bio < starts[0]! && !(lines[bio]!.trim() && opening.startsWith(normalizeSpace(lines[bio]!).slice(0, 24)))) bio++;
    if (bio < starts[0]!) {
      let z = starts[0]! - 1;
      while (z > bio && !lines[z]!.trim()) z--;
      // (spanning the header too, as the thread's record did: the header's name is found through its speaker)
      b.add({ type: 'claim', text: joined(bio, z), speaker, role, section }, from, z);
    }
    for (let p = 0; p < starts.length; p++) {
      const a = starts[p]!;
      let z = p + 1 < starts.length ? starts[p + 1]! - 1 : to;
      while (z > a && !lines[z]!.trim()) z--;
      const first = lines[a]!.replace(POST_NUMBER(), '');
      const asked = QUOTED_QUESTION().exec(first);
      let answerFrom = a + 1;
      while (answerFrom <= z && !lines[answerFrom]!.trim()) answerFrom++;
      if (asked && answerFrom <= z) {
        // "Q from @x:" is only the question's mark; other words before it ("Last one, from @x:") stay in the question.
        const lead = first.slice(0, asked.index).trim();
        const question = /^(?:Q|Question)?[.:]?$/i.test(lead) ? asked[2]! : normalizeSpace(first);
        b.add({ type: 'qa', text: joined(answerFrom, z), speaker, role, question, asker: asked[1]!, section }, a, z);
      } else {
        b.add({ type: 'quote', text: normalizeSpace([first, ...lines.slice(a + 1, z + 1)].join(' ')), speaker, role, section }, a, z);
      }
    }
  }
}
