import { readDateText } from '../corpus/meta.js';
import { lazy } from '../model/regexp.js';
import type { DocBuilder } from './builder.js';
import { narrate } from './narrative.js';
import { newAttributionState, startSection } from './quotes.js';
import { normalizeSpace } from './text.js';

/**
 * A dump of social-media posts (an X archive, a Mastodon thread, a Weibo profile copied out): each
 * post opens with its stamp alone on a line (`2024-12-18 09:12 UTC`, `Nov 21, 2023, 22:14`,
 * `2022-11-09 23:41 来自 iPhone客户端`), under its author's header (`Martina Keller
 * @mkeller@fosstodon.org`) or, with none, by the profile the page's head names (`Archive of posts
 * by @handle (Name)`, a first line `何一 Yi He ✓` naming a known person); the post's words follow,
 * its counters (`12 boosts · 30 favourites`, `转发 1203 | 评论 3521 | 赞 8890`) the platform's
 * chrome. A repost is the reposted account's words (`RT @handle: …`, `//@NAME: …`), not the poster's.
 * Each post is dated by its stamp.
 */

/** A post's stamp alone: a date with a time, a time zone or the client it was sent from after it. */
const STAMP = lazy(() => /^\s*((?:\d{4}-\d{1,2}-\d{1,2}|\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}{2,8}\.? \d{4}),?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)(?:\s+(?:UTC|GMT|[A-Z]{2,4}|[+-]\d{2}:?\d{2}))?(?:\s+(?:来自|via|from)\s+\S.{0,40})?\s*$/u);
/** A post's author header: "Martina Keller @mkeller@fosstodon.org", "Erik Solheim @ErikSolheimNO". */
const AUTHOR_HEAD = lazy(() => /^\s*(\S.{0,60}?)\s+(@[\p{L}\p{N}_.]{1,40}(?:@[\p{L}\p{N}.-]{1,60})?)\s*$/u);
/** The profile a page's head names: "posts by @handle (Name)", "Thread by @handle". */
const PROFILE_BY = lazy(() => /\bby\s+(@[\p{L}\p{N}_.]{1,40}(?:@[\p{L}\p{N}.-]{1,60})?)(?:\s+\(([^()]{2,60})\))?/u);
/** A repost's words: "RT @handle: …", Weibo's "//@NAME: …". */
const REPOST = lazy(() => /^\s*(?:RT\s+@|\/\/@)([^:：\s]{1,40})[:：]\s*(\S.*)$/u);
/** A reply's target line: "Replying to @UNEP". */
const REPLYING_TO = lazy(() => /^\s*(?:Replying to|In reply to|回复)\s+@\S{1,40}(?:\s+(?:and|&)\s+@\S{1,40})*\s*$/iu);
const VERIFIED = /[✓✔☑️]+/gu;

function isStamp(raw: string): boolean {
  return raw.length <= 90 && /^\s*[\d\p{Lu}]/u.test(raw) && raw.includes(':') && STAMP().test(raw);
}

/** A counter line: two numbers or more, each beside a word or a sign, nothing a sentence: "1 boost · 3 favourites", "♥ 1,204  ⟲ 233". */
export function isCounterLine(raw: string): boolean {
  const s = raw.trim();
  if (!s || s.length > 80 || /[.!?]$/u.test(s)) return false;
  const numbers = s.match(/\d[\d,.]*[KkMm万]?/gu)?.length ?? 0;
  if (numbers < 2) return false;
  const words = s.replace(/\d[\d,.]*[KkMm万]?/gu, ' ').split(/[\s|·•/]+/u).filter((w) => /\p{L}/u.test(w));
  return words.length <= numbers && words.every((w) => w.length <= 12);
}

/** Whether the lines are a dump of posts: two stamped posts or more, with counters or author headers (two or more). Cheap: only short lines holding ":" are tried as stamps. */
export function isPostDump(lines: readonly string[]): boolean {
  let stamps = 0;
  let marks = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!isStamp(l)) continue;
    stamps++;
    const above = i > 0 ? lines[i - 1]! : '';
    if (above.includes('@') && AUTHOR_HEAD().test(above)) marks++;
    // A counter line closes the post this stamp opens.
    for (let k = i + 1; k < lines.length && k <= i + 30 && !isStamp(lines[k]!); k++) {
      if (lines[k]!.trim() && isCounterLine(lines[k]!)) {
        marks++;
        break;
      }
    }
  }
  return stamps >= 2 && marks >= 2;
}

/** A name a registry knows in a line ("何一 Yi He ✓", "赵长鹏CZ"): the whole, else a run of its words or scripts. */
function knownIn(text: string, resolve: (n: string) => string | null): string | null {
  const whole = normalizeSpace(text.replace(VERIFIED, ''));
  if (!whole) return null;
  const direct = resolve(whole);
  if (direct) return direct;
  const words = whole.split(' ');
  for (let n = Math.min(3, words.length); n >= 1; n--)
    for (let s = 0; s + n <= words.length; s++) {
      const hit = resolve(words.slice(s, s + n).join(' '));
      if (hit) return hit;
    }
  // A handle joining two scripts: "赵长鹏CZ".
  for (const part of whole.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{Script=Latin}\p{N}_.]+/gu) ?? []) {
    const hit = resolve(part);
    if (hit) return hit;
  }
  return null;
}

/** Reads the posts into `b`: each post its author's, dated by its stamp; counters and headers chrome. */
export function readPostDump(b: DocBuilder): void {
  const { lines } = b;
  const resolve = (n: string) => b.input.registry.resolve(n);
  const state = newAttributionState(b.input.registry);
  const stamps: number[] = [];
  for (let i = 0; i < lines.length; i++) if (isStamp(lines[i]!)) stamps.push(i);
  const heads = new Set<number>();
  for (const s of stamps) if (s > 0 && AUTHOR_HEAD().test(lines[s - 1]!)) heads.add(s - 1);
  // The page's head, above the first post: who the profile is.
  const headEnd = heads.has(stamps[0]! - 1) ? stamps[0]! - 1 : stamps[0]!;
  let owner: string | null = null;
  for (let i = 0; i < headEnd && !owner; i++) {
    const l = lines[i]!;
    if (!l.trim()) continue;
    const by = PROFILE_BY().exec(l);
    if (by) owner = (by[2] && (resolve(by[2]) ?? by[2].trim())) || resolve(by[1]!.slice(1)) || by[1]!;
    else owner = knownIn(l, resolve);
    if (owner) b.mark(i, 'metadata');
  }
  // The rest of the head (an export note, a profile's bio): claims of their own, nobody's.
  for (let i = 0; i < headEnd; i++) {
    if (!lines[i]!.trim() || b.isMarked(i)) continue;
    narrate(b, normalizeSpace(lines[i]!), state, { section: null, narrator: null, firstIdx: i });
  }
  stamps.forEach((s, n) => {
    const end = n + 1 < stamps.length ? (heads.has(stamps[n + 1]! - 1) ? stamps[n + 1]! - 1 : stamps[n + 1]!) : lines.length;
    let author = owner;
    if (heads.has(s - 1)) {
      const m = AUTHOR_HEAD().exec(lines[s - 1]!)!;
      author = resolve(m[1]!) ?? resolve(m[2]!.slice(1).replace(/@.*$/u, '')) ?? normalizeSpace(m[1]!);
      b.mark(s - 1, 'metadata');
    }
    b.mark(s, 'metadata');
    const year = readDateText(STAMP().exec(lines[s]!)![1]!)?.year;
    startSection(state);
    let k = s + 1;
    while (k < end) {
      const l = lines[k]!;
      if (!l.trim()) {
        k++;
        continue;
      }
      if (isCounterLine(l) || REPLYING_TO().test(l)) {
        b.mark(k, isCounterLine(l) ? 'markup' : 'metadata');
        k++;
        continue;
      }
      const first = k;
      const repost = REPOST().exec(l);
      k++;
      if (!repost) while (k < end && lines[k]!.trim() && !isCounterLine(lines[k]!) && !REPOST().test(lines[k]!)) k++;
      const before = b.records.length;
      if (repost) {
        const who = knownIn(repost[1]!, resolve) ?? `@${repost[1]!}`;
        b.add({ type: 'quote', text: normalizeSpace(repost[2]!), speaker: who, section: null }, first);
      } else if (author) {
        // The post is one record, its author's words; a quotation inside it still gets its own speaker.
        const text = normalizeSpace(lines.slice(first, k).join(' '));
        b.add({ type: 'quote', text, speaker: author, section: null }, first, k - 1);
        narrate(b, text, state, { section: null, narrator: author, firstIdx: first, lastIdx: k - 1, claims: false });
      } else narrate(b, normalizeSpace(lines.slice(first, k).join(' ')), state, { section: null, narrator: null, firstIdx: first, lastIdx: k - 1 });
      for (let r = before; r < b.records.length; r++) if (year !== undefined) b.records[r]!.year = year;
    }
  });
}

/** A video's or a post's creator named by the page's first line: "@cryptowithlily · 2024-5-2" (a handle, a separator, a date). */
const CREATOR_HEAD = lazy(() => /^\s*\uFEFF?(@[\p{L}\p{N}_.]{2,30})\s*[·•|—–]\s*(\S.{3,40}?)\s*$/u);
export function creatorHandle(lines: readonly string[]): string | null {
  const first = lines.find((l) => l.trim());
  if (!first || first.length > 80 || !first.includes('@')) return null;
  const m = CREATOR_HEAD().exec(first);
  return m && readDateText(m[2]!) ? m[1]! : null;
}
