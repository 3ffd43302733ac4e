/**
 * Pages where readers put questions to one person who answers them, copied as text:
 *
 * - an author Q&A ("Ask the Author"): "NAME asked:" over the reader's question and its date line,
 *   then "AUTHOR's answer:" or "Author answered:" over the answer and its likes line;
 * - a launch thread (Product Hunt): comments, each a name alone on its first line, a badge line
 *   under a maker's ("Maker"), the words, and a footer ("2h ago · Reply · 3 upvotes"); a maker's
 *   comment right under a comment that asks answers it.
 *
 * Each answer is a qa, asked by the reader, answered by the author or the maker; every other
 * comment its writer's quote. The heads, badges and footers stay the claims they were, so their
 * words are still found. Runs after the narrative: the records it makes replace the claims the
 * narrative made of the same words.
 */
import type { DocBuilder } from './builder.js';
import { isNameShaped } from './labels.js';
import { normalizeSpace, wordCount } from './text.js';
import { lazy } from '../model/regexp.js';

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}`;
/** "Jonas Pike asked:", "Jonas Pike asked Mirela Costa:". */
const ASKED_HEAD = lazy(() => new RegExp(String.raw`^\s*(${NAME})\s+asked(?:\s+${NAME})?\s*:?\s*$`, 'u'));
/** "Mirela Costa's answer:", "Author answered:", "Answered by Mirela Costa:". */
const ANSWER_HEAD = lazy(() => new RegExp(String.raw`^\s*(?:(${NAME})['’]s\s+answer|(?:The\s+)?[Aa]uthor\s+answered|[Aa]nswered\s+by\s+(${NAME})|(${NAME})\s+answered)\s*:?\s*$`, 'u'));
/** "Ask the Author: Mirela Costa": the page's author. */
const ASK_THE_AUTHOR = lazy(() => new RegExp(String.raw`(?:Ask|Questions for)\s+the\s+Author\s*[:—–-]\s*(${NAME})`, 'iu'));
/** A post's footer: its age or date, then the page's actions ("3h ago · Reply · 12 upvotes", "Mar 03, 2026 08:14AM · flag", "4 likes · Like · flag"). */
const FOOTER = lazy(() => /^\s*(?:\d+\s*(?:[smhdwy]|mins?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}(?:\s+\d{1,2}:\d{2}\s*(?:[AP]M)?)?|\d+\s+(?:likes?|upvotes?|votes?))\s*(?:·.*)?$/iu);
/** A maker's badge under their name on a launch page. */
const BADGE = lazy(() => /^\s*(?:Maker|Hunter|Creator|Founder|Co-?founder|Team|Author)(?:\s*·\s*\S.*)?\s*$/i);

interface Post {
  who: string;
  badged: boolean;
  /** the lines of its words */
  from: number;
  to: number;
  text: string;
}

/** The lines of words from `from` up to a footer, a blank line or another head. */
function wordsFrom(lines: readonly string[], from: number): number {
  let k = from;
  while (k < lines.length && lines[k]!.trim() && !FOOTER().test(lines[k]!) && !ASKED_HEAD().test(lines[k]!) && !ANSWER_HEAD().test(lines[k]!)) k++;
  return k - 1;
}

function joined(lines: readonly string[], from: number, to: number): string {
  return normalizeSpace(lines.slice(from, to + 1).join(' '));
}

/** Replace the narrative's records of lines [from, to] with one record. */
function replace(b: DocBuilder, from: number, to: number): void {
  const a = b.fileLine(from);
  const z = b.fileLine(to);
  for (let n = b.records.length - 1; n >= 0; n--) {
    const r = b.records[n]!;
    if (r.line >= a && r.endLine <= z) b.records.splice(n, 1);
  }
}

/** An author Q&A: each "NAME asked:" question paired with the answer head under it. */
function readAuthorQuestions(b: DocBuilder, lines: readonly string[]): boolean {
  const title = b.input.meta.title ?? '';
  const named = ASK_THE_AUTHOR().exec(title)?.[1] ?? lines.slice(0, 5).map((l) => ASK_THE_AUTHOR().exec(l)?.[1]).find((n) => n) ?? null;
  const answerers = new Set<string>();
  for (const l of lines) {
    const m = l.includes('nswer') ? ANSWER_HEAD().exec(l) : null;
    const n = m?.[1] ?? m?.[2] ?? m?.[3];
    if (n) answerers.add(n);
  }
  const author = named ?? (answerers.size === 1 ? [...answerers][0]! : (b.input.meta.author ?? null));
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    const asked = lines[i]!.includes('asked') ? ASKED_HEAD().exec(lines[i]!) : null;
    if (!asked) continue;
    const qEnd = wordsFrom(lines, i + 1);
    if (qEnd < i + 1) continue;
    // The answer head: the next head below the question's date line.
    let k = qEnd + 1;
    while (k < lines.length && (!lines[k]!.trim() || FOOTER().test(lines[k]!))) k++;
    const head = k < lines.length ? ANSWER_HEAD().exec(lines[k]!) : null;
    if (!head) continue;
    const aEnd = wordsFrom(lines, k + 1);
    if (aEnd < k + 1) continue;
    const who = head[1] ?? head[2] ?? head[3] ?? author;
    replace(b, i + 1, qEnd);
    replace(b, k + 1, aEnd);
    const speaker = who ? (b.input.registry.resolve(who) ?? who) : null;
    b.add({ type: 'qa', text: joined(lines, k + 1, aEnd), speaker, question: joined(lines, i + 1, qEnd), asker: b.input.registry.resolve(asked[1]!) ?? asked[1]!, section: null }, i + 1, aEnd);
    found = true;
    i = aEnd;
  }
  return found;
}

/** A launch thread's comments: a name alone, a badge perhaps, the words, a footer. */
function launchPosts(lines: readonly string[]): Post[] {
  const posts: Post[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!raw.trim() || (i > 0 && lines[i - 1]!.trim()) || wordCount(raw) > 4 || !isNameShaped(normalizeSpace(raw))) continue;
    const badged = BADGE().test(lines[i + 1] ?? '');
    const from = i + (badged ? 2 : 1);
    const to = wordsFrom(lines, from);
    if (to < from || !FOOTER().test(lines[to + 1] ?? '')) continue;
    posts.push({ who: normalizeSpace(raw), badged, from, to, text: joined(lines, from, to) });
    i = to + 1;
  }
  return posts;
}

function readLaunchThread(b: DocBuilder, lines: readonly string[]): void {
  const posts = launchPosts(lines);
  if (posts.length < 3 || !posts.some((p) => p.badged) || posts.every((p) => p.badged)) return;
  const resolve = (n: string) => b.input.registry.resolve(n) ?? n;
  for (let n = 0; n < posts.length; n++) {
    const p = posts[n]!;
    const next = posts[n + 1];
    // A maker's reply under a comment that asks answers it.
    if (!p.badged && p.text.includes('?') && next?.badged && next.who !== p.who) {
      replace(b, p.from, p.to);
      replace(b, next.from, next.to);
      b.add({ type: 'qa', text: next.text, speaker: resolve(next.who), question: p.text, asker: resolve(p.who), section: null }, p.from, next.to);
      n++;
      continue;
    }
    replace(b, p.from, p.to);
    b.add({ type: 'quote', text: p.text, speaker: resolve(p.who), section: null }, p.from, p.to);
  }
}

/**
 * A social post's comment footer, its age or day and the page's buttons and tallies, "Reply" among
 * them: Instagram's "2w 45 likes Reply", Facebook's "1w  Like  Reply  42", TikTok's "2023-9-15 Reply 1,203".
 */
const SOCIAL_FOOTER = lazy(() => /^\s*(?:\d{1,2}\s?[smhdwy]|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2})(?:\s+(?:Like|Reply|See translation|[\d.,]+[KkMm]?(?:\s+likes?)?))*\s+Reply(?:\s+(?:Like|See translation|[\d.,]+[KkMm]?(?:\s+likes?)?))*\s*$/u);
/** A badge a social page sets beside or around a commenter's name: the post's own writer ("Creator", "Author") or the group's. */
const SOCIAL_BADGE = lazy(() => /^\s*(?:Creator|Author|Admin|Moderator|Top fan|Group expert|Rising contributor|Verified)\s*$/i);
const OWNER_BADGE = lazy(() => /^(?:Creator|Author)$/i);
/** A handle alone, as a platform prints it over a comment: "julien.arcand", "tessmarlow_", "@ferryman.eli". */
const HANDLE_ALONE = lazy(() => /^@?[\p{Ll}\d][\p{Ll}\d._]{1,29}$/u);

/** The writer a comment's head line names, its badge after a dot left off ("ferryman.eli · Creator"), or null. */
function socialHead(raw: string): { who: string; owner: boolean } | null {
  const t = normalizeSpace(raw);
  const dot = /^(.+?) · (\S.{0,20})$/u.exec(t);
  const who = dot && SOCIAL_BADGE().test(dot[2]!) ? dot[1]! : t;
  const owner = !!dot && OWNER_BADGE().test(dot[2]!.trim());
  if (wordCount(who) > 4) return null;
  if (isNameShaped(who) && !SOCIAL_BADGE().test(who)) return { who, owner };
  // A handle: lower case, no space, three letters at least (never an age, "2w").
  if (HANDLE_ALONE().test(who) && /\p{L}{3}/u.test(who)) return { who: who.replace(/^@/, ''), owner };
  return null;
}

/** A page's furniture between comments: "View replies (2)", "View 14 more replies", "See translation". */
const SOCIAL_NAV = lazy(() => /^\s*(?:View (?:all |\d[\d,]* (?:more |previous )?)?(?:repl(?:y|ies)|comments?)(?: \(\d[\d,]*\))?|See translation|Hide replies)\s*$/i);

interface Comment extends Post {
  /** the head line, where the name is */
  head: number;
  /** the footer line */
  foot: number;
}

/**
 * A social post's comments copied from its page (Instagram, TikTok, a Facebook group): each a name or
 * handle alone (a badge beside it, or on lines under it), its words, and a footer with its age and
 * "Reply" (SOCIAL_FOOTER). Read from each footer up: the words are the lines above it, to the nearest
 * line shaped as a name or handle, within a few lines and no blank line.
 */
function socialComments(lines: readonly string[]): Comment[] {
  const posts: Comment[] = [];
  let floor = 0;
  for (let f = 0; f < lines.length; f++) {
    if (!lines[f]!.includes('Reply') || !SOCIAL_FOOTER().test(lines[f]!)) continue;
    let h = f - 2;
    for (; h >= floor && h >= f - 8 && lines[h]!.trim(); h--) if (!SOCIAL_BADGE().test(lines[h]!) && socialHead(lines[h]!)) break;
    const head = h >= floor && h >= f - 8 && lines[h]!.trim() ? socialHead(lines[h]!) : null;
    floor = f + 1;
    if (!head) continue;
    let from = h + 1;
    let owner = head.owner;
    for (; from < f && SOCIAL_BADGE().test(lines[from]!); from++) if (OWNER_BADGE().test(lines[from]!.trim())) owner = true;
    if (from >= f) continue;
    posts.push({ who: head.who, badged: owner, from, to: f - 1, text: joined(lines, from, f - 1), head: h, foot: f });
  }
  return posts;
}

/**
 * Why: a post's page copied with its comments reads as one writer's prose (the page's narrator, or
 * no one) unless each comment goes to the name over it; the post's own writer (badged, or the account
 * the page opens on) answering a comment that asks gives a qa, as a launch thread's maker does. The
 * heads, badges and footers are the page's furniture.
 */
function readSocialComments(b: DocBuilder, lines: readonly string[]): void {
  const posts = socialComments(lines);
  if (posts.length < 3) return;
  const first = lines.find((l) => l.trim());
  const account = first ? socialHead(first)?.who : undefined;
  const resolve = (n: string) => b.input.registry.resolve(n) ?? n;
  const owns = (p: Comment) => p.badged || p.who === account;
  // The narrative's records over a comment's lines go; what they held outside every comment stays a claim.
  const inComment = new Set<number>();
  for (const p of posts) for (let k = p.head; k <= p.foot; k++) inComment.add(k);
  const left: number[] = [];
  for (let n = b.records.length - 1; n >= 0; n--) {
    const r = b.records[n]!;
    const a = r.line - b.input.bodyLine;
    const z = r.endLine - b.input.bodyLine;
    let touches = false;
    let nav = true;
    for (let k = a; k <= z; k++) {
      touches ||= inComment.has(k);
      nav &&= !lines[k]!.trim() || SOCIAL_NAV().test(lines[k]!) || SOCIAL_BADGE().test(lines[k]!);
    }
    if (nav) {
      // "View 4 more replies", "Top fan" alone between comments: the page's, no one's claim.
      b.records.splice(n, 1);
      for (let k = a; k <= z; k++) if (lines[k]!.trim()) b.kinds[k] = 'navigation';
      continue;
    }
    if (!touches) continue;
    b.records.splice(n, 1);
    for (let k = a; k <= z; k++) if (!inComment.has(k) && lines[k]!.trim()) left.push(k);
  }
  for (const p of posts) {
    for (let k = p.head; k <= p.foot; k++) if (k < p.from || k > p.to) b.kinds[k] = 'markup';
  }
  for (const k of [...new Set(left)].sort((x, y) => x - y)) {
    if (SOCIAL_NAV().test(lines[k]!) || SOCIAL_BADGE().test(lines[k]!)) b.kinds[k] = 'navigation';
    else {
      b.kinds[k] = null;
      b.add({ type: 'claim', text: lines[k]!, speaker: null, section: null }, k);
    }
  }
  for (let n = 0; n < posts.length; n++) {
    const p = posts[n]!;
    const next = posts[n + 1];
    if (!owns(p) && p.text.includes('?') && next && owns(next) && next.who !== p.who) {
      b.add({ type: 'qa', text: next.text, speaker: resolve(next.who), question: p.text, asker: resolve(p.who), section: null }, p.from, next.to);
      n++;
      continue;
    }
    b.add({ type: 'quote', text: p.text, speaker: resolve(p.who), section: null }, p.from, p.to);
  }
}

/** A question board's head ("Question 12") and its vote or status field ("Upvotes: 41", "Status: Answered"). */
export const BOARD_HEAD = lazy(() => /^\s*Question\s+#?\d{1,4}\s*$/i);
export const BOARD_VOTES = lazy(() => /^\s*(?:Upvotes|Likes|Votes|Status)\s*:\s*\S/i);
const BOARD_FIELD = lazy(() => /^\s*(?:Author|Asked\s+by|Upvotes|Likes|Votes|Status|Labels?|Topic|Answer(?:ed)?(?:\s*\([^()]{1,80}\)|\s+by\s+[^:]{1,60})?)\s*:/i);
const BOARD_AUTHOR = lazy(() => /^\s*(?:Author|Asked\s+by)\s*:\s*(\S.{0,60}?)\s*$/i);
const BOARD_ANSWER = lazy(() => /^\s*Answer(?:ed)?\s*(?:\(([^()]{1,80})\)|\s+by\s+([^:]{1,60}))?\s*:\s*(.*)$/i);
const ANONYMOUS = lazy(() => /^(?:anonymous|anon|guest|participant)(?:\s+\S+)?$/i);

/**
 * A question board's export (Slido, Mentimeter, an all-hands Q&A tool): each entry a head
 * ("Question 3"), the question's lines, then its fields: "Author: NAME" (who asked; "Anonymous"
 * is nobody named), votes and status ("Upvotes: 82", "Status: Answered"), and the answer if one was
 * given, "Answer (NAME, ROLE): words" or "Answered by NAME: words". An answered entry is a qa
 * asked by its author and answered by the answer's name; an unanswered one the asker's quote
 * (nobody's claim when the asker is anonymous). The fields stay the claims they were, so their
 * words are still found.
 */
function readQuestionBoard(b: DocBuilder, lines: readonly string[]): boolean {
  const resolve = (n: string) => b.input.registry.resolve(n) ?? n;
  // The file lines the narrative's claims cover, gathered once (asked per field line, a scan of
  // every record each time would be quadratic in a long board).
  let covered: Set<number> | null = null;
  const claimed = (): Set<number> => {
    if (!covered) {
      covered = new Set();
      for (const r of b.records) if (r.type === 'claim' && r.endLine - r.line <= 50) for (let n = r.line; n <= r.endLine; n++) covered.add(n);
    }
    return covered;
  };
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    if (!BOARD_HEAD().test(lines[i]!)) continue;
    // The question: the lines under the head up to the first field.
    let q = i + 1;
    while (q < lines.length && lines[q]!.trim() && !BOARD_FIELD().test(lines[q]!) && !BOARD_HEAD().test(lines[q]!)) q++;
    if (q === i + 1) continue;
    const qEnd = q - 1;
    // The fields, up to a blank line or the next head; the answer's words may run on over lines.
    let asker: string | null = null;
    let answer: { who: string | null; from: number; to: number; first: string } | null = null;
    let k = q;
    let fields = 0;
    for (; k < lines.length && lines[k]!.trim() && !BOARD_HEAD().test(lines[k]!); k++) {
      const author = BOARD_AUTHOR().exec(lines[k]!);
      if (author) {
        fields++;
        asker = ANONYMOUS().test(author[1]!) ? null : author[1]!;
        continue;
      }
      const a = lines[k]!.includes('nswer') ? BOARD_ANSWER().exec(lines[k]!) : null;
      if (a) {
        fields++;
        // "Answer (Dr Imogen Hale, Medical Director):": the name before the role, its form of address dropped.
        const named = (a[1] ?? a[2] ?? '').split(',')[0]!.trim().replace(/^(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+(?=\p{Lu})/u, '');
        answer = { who: named || null, from: k, to: k, first: a[3]! };
        continue;
      }
      if (BOARD_FIELD().test(lines[k]!)) fields++;
      else if (answer && answer.to === k - 1) answer.to = k;
    }
    if (fields === 0) continue;
    const question = joined(lines, i + 1, qEnd);
    const section = normalizeSpace(lines[i]!);
    replace(b, i + 1, qEnd);
    if (answer && (answer.first.trim() || answer.to > answer.from)) {
      replace(b, answer.from, answer.to);
      const text = normalizeSpace([answer.first, ...lines.slice(answer.from + 1, answer.to + 1)].join(' '));
      b.add({ type: 'qa', text, speaker: answer.who ? resolve(answer.who) : null, question, asker: asker ? resolve(asker) : null, section }, i + 1, answer.to);
      // The fields between the question and the answer are inside the qa's span but not its words:
      // each one the narrative left without a record of its own becomes one, so its words stay found.
      for (let f = q; f < answer.from; f++) {
        const at = b.fileLine(f);
        if (lines[f]!.trim() && !claimed().has(at)) b.add({ type: 'claim', text: lines[f]!, speaker: null, section }, f);
      }
    } else {
      b.add({ type: asker ? 'quote' : 'claim', text: question, speaker: asker ? resolve(asker) : null, section }, i + 1, qEnd);
    }
    found = true;
    i = k - 1;
  }
  return found;
}

/**
 * Whether the lines are a question board's export: two entries or more, each a head with a field
 * of the board ("Author:", "Upvotes:", "Status:") within its next eight lines. Its "Author:" and
 * "Status:" lines are fields, never a transcript's speaker labels (transcript.ts leaves it to prose).
 */
export function isQuestionBoard(lines: readonly string[]): boolean {
  let entries = 0;
  let headAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.length < 40 && l.includes('uestion') && BOARD_HEAD().test(l)) headAt = i;
    else if (headAt >= 0 && i - headAt <= 8 && l.includes(':') && BOARD_AUTHOR_OR_VOTES().test(l)) {
      if (++entries >= 2) return true;
      headAt = -1;
    }
  }
  return false;
}
const BOARD_AUTHOR_OR_VOTES = lazy(() => /^\s*(?:Author|Asked\s+by|Upvotes|Likes|Votes|Status)\s*:/i);

/**
 * A written question's asker or answerer line as a parliament's site prints it, alone on the line:
 * "Asked by Dame Harriet Cole", "Answered by Tom Ashworth", or with the party and seat or the
 * office in brackets after the name and the date before "by" ("Asked by Fiona Calloway (Mid
 * Wessex, Liberal Democrat)", "Answered on 11 May 2022 by Nicholas Ashworth (Minister for …)"); the
 * site's own "Answered by Mark Ellery - Minister of State (Department for Transport)", the office after
 * a dash, and a copied field's "Asked by: NAME".
 * 1: Asked or Answered; 2: the name; 3: the bracketed role, or 4: the role after the dash, if on the line.
 */
export const ASKED_BY = lazy(() => /^\s*(Asked|Answered)(?:\s+on\s+[\p{L}\d ,]{4,30}?)?\s+by:?\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4})\s*(?:\(([^()]{2,100})\)|[-–—]\s+([^()]{2,80}?(?:\s*\([^()]{2,100}\))?))?\s*$/u);
/** The role an ASKED_BY line gives, in brackets or after the dash: "Labour - Stockport East", "Minister of State (Department for Transport)". */
export function askedByRole(m: RegExpExecArray | null): string | undefined {
  return (m?.[3] ?? m?.[4])?.trim();
}

/**
 * Whether the lines are a written question's page: an "Asked by NAME" line with an "Answered …
 * by NAME" line below it. Its topic titles ("School Transport: Rural Areas") are no speaker labels
 * (transcript.ts leaves the page to prose, which reads each question and answer).
 */
export function isWrittenQuestionPage(lines: readonly string[]): boolean {
  let asked = false;
  for (const l of lines) {
    if (!l.includes(' by')) continue;
    const m = ASKED_BY().exec(l);
    if (m?.[1] === 'Asked') asked = true;
    else if (m && asked) return true;
  }
  return false;
}

/** Cheap test first: the heads and footers these pages print. */
export function mayBeAskedPage(body: string): boolean {
  return (body.includes(' asked') && body.includes('nswer')) || body.includes(' ago · ') || body.includes(' Reply') || (body.includes('Question ') && (body.includes('Author:') || body.includes('Asked by:') || body.includes('Upvotes:') || body.includes('Likes:')));
}

export function creditAskedPages(b: DocBuilder, lines: readonly string[]): void {
  if (lines.some((l) => l.includes('uestion') && BOARD_HEAD().test(l)) && readQuestionBoard(b, lines)) return;
  if (readAuthorQuestions(b, lines)) return;
  if (lines.some((l) => BADGE().test(l))) readLaunchThread(b, lines);
  if (lines.some((l) => l.includes('Reply') && SOCIAL_FOOTER().test(l))) readSocialComments(b, lines);
}
