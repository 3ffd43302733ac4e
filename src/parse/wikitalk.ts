import { readDateText } from '../corpus/meta.js';
import { lazy } from '../model/regexp.js';
import type { DocBuilder } from './builder.js';
import { narrate } from './narrative.js';
import { newAttributionState, startSection } from './quotes.js';
import { normalizeSpace } from './text.js';

/**
 * A MediaWiki talk page: `== Topic ==` headings, comments indented with `:` (a reply to the one
 * above), each ending in its writer's signature: `[[User:X|X]] ([[User talk:X|talk]]) 14:22,
 * 3 February 2024 (UTC)` (or `{{u|X}}`, `—[[User:X|X]]` and the stamp). The signer wrote the
 * comment, on the stamp's day; the signature and the templates (`{{cite …}}`, `{{ping|X}}`,
 * `{{done}}`, `<ref>` tags) are the wiki's markup, not words said. A citation's fields stay
 * findable, as a claim of their own.
 */

/** The stamp a signature ends with: "14:22, 3 February 2024 (UTC)". */
const STAMP = lazy(() => /(\d{1,2}:\d{2}), (\d{1,2} \p{L}{3,9} \d{4}) \(UTC\)\s*$/u);
/** The signer: the last user link or {{u|…}} template before the stamp. */
const USER = lazy(() => /\[\[User:([^|\]]{1,60})(?:\|[^\]]{0,60})?\]\]|\{\{(?:u|user|noping)\|([^|}]{1,60})\}\}/giu);
const TALK_LINK = lazy(() => /\(?\[\[User talk:[^\]]{1,80}\]\]\)?/giu);
const CITE = lazy(() => /\{\{\s*cite\s[^{}]{0,600}\}\}/giu);
const TEMPLATE = lazy(() => /\{\{([^{}|]{1,40})(?:\|([^{}]{0,200}))?\}\}/gu);
const WIKI_LINK = lazy(() => /\[\[(?:[^|\]]{1,100}\|)?([^\]]{1,100})\]\]/gu);

/** Whether the lines are a talk page: two signed comments or more. Cheap: only lines with "(UTC)" are looked at. */
export function isWikiTalkPage(lines: readonly string[]): boolean {
  let signed = 0;
  for (const l of lines) if (l.length < 5000 && l.includes('(UTC)') && (l.includes('[[User') || l.includes('{{u|')) && STAMP().test(l) && ++signed >= 2) return true;
  return false;
}

/** A heading's words: "== Topic ==" (two to six "=" each side), read by hand (no backtracking over a long line). */
function headingOf(raw: string): string | null {
  const s = raw.trim();
  let n = 0;
  while (n < s.length && s[n] === '=') n++;
  if (n < 2 || n > 6 || s.length <= 2 * n || !s.endsWith('='.repeat(n)) || s[s.length - n - 1] === '=') return null;
  const words = normalizeSpace(s.slice(n, s.length - n));
  return words || null;
}

/** A citation template's values, joined: "Binance CEO says HQ decision coming — Reuters — 2024-02-20". */
function citationText(cite: string): string {
  const fields = cite.slice(2, -2).split('|').slice(1);
  return fields.map((f) => f.slice(f.indexOf('=') + 1).trim()).filter(Boolean).join(' — ');
}

/**
 * Reads every line of the talk page into `b`. Returns each line's words without the wiki's
 * syntax (the parser's `textLines`: what the sentence account and the grep audit read).
 */
export function readWikiTalk(b: DocBuilder): string[] {
  const textLines = b.lines.slice();
  const state = newAttributionState(b.input.registry);
  let section: string | null = null;
  for (let i = 0; i < b.lines.length; i++) {
    const raw = b.lines[i]!;
    if (!raw.trim()) continue;
    const h = headingOf(raw);
    if (h) {
      b.mark(i, 'heading');
      section = h;
      textLines[i] = section;
      startSection(state);
      continue;
    }
    let text = raw.replace(/^[:*#]+/, '');
    const stamp = STAMP().exec(text);
    let signer: string | null = null;
    let year: number | undefined;
    if (stamp) {
      const users = [...text.matchAll(USER())];
      const last = users.at(-1);
      if (last) {
        const name = (last[1] ?? last[2]!).trim();
        signer = b.input.registry.resolve(name) ?? name;
        text = text.slice(0, last.index);
      } else text = text.slice(0, stamp.index);
      const day = readDateText(stamp[2]!);
      if (day) year = day.year;
    }
    // The signature's own marks ("—", "([[User talk:X|talk]])"), the citations (kept as claims), the other templates.
    const cites = [...text.matchAll(CITE())].map((m) => citationText(m[0]));
    text = text
      .replace(/<ref[^>]{0,100}>[^<]{0,800}<\/ref>/giu, (m) => ' ' + m.replace(/<[^>]*>/g, ' ') + ' ')
      .replace(CITE(), ' ')
      .replace(TALK_LINK(), ' ')
      .replace(TEMPLATE(), (_m, name: string, args?: string) => (/^(?:ping|u|user|reply to|re)$/i.test(name.trim()) && args ? args.split('|')[0]! : ' '))
      .replace(WIKI_LINK(), '$1')
      .trimEnd();
    // The dash a signature may open with ("—[[User:X|X]]").
    while (/[—–-]$/u.test(text)) text = text.slice(0, -1);
    const before = b.records.length;
    if (text.trim()) narrate(b, normalizeSpace(text), state, { section, narrator: signer, firstIdx: i });
    for (const c of cites) if (c) b.add({ type: 'claim', text: c, speaker: null, section }, i);
    for (let k = before; k < b.records.length; k++) if (year !== undefined) b.records[k]!.year = year;
    b.mark(i, 'markup');
    textLines[i] = [text, ...cites].join(' ');
  }
  return textLines;
}
