/**
 * Speakers: canonical names and their aliases.
 *
 * A registry is built from a corpus's `speakers.yml` plus the names each
 * document's front matter declares. Resolution ignores case, punctuation and,
 * for two-word names, word order: Chinese names are written both ways ("He Yi"
 * and "Yi He"), and the two orders never name two different people in this
 * kind of corpus. Anything else (a description such as "a product manager")
 * resolves to nothing and is kept as the text gives it.
 */

import { allMatches, escapeRegExp, lazy } from './regexp.js';

/** The runs of a name key written in one script: CJK (Han, kana, Hangul) or not, split at a space between them. */
const BILINGUAL_RUNS = lazy(() => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+(?: [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)*|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+(?: [^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)*/gu);

export interface SpeakerEntry {
  name: string;
  aliases: string[];
}

/** Lowercase, strip punctuation (keep letters, digits and CJK), collapse spaces. */
export function nameKey(name: string): string {
  // ASCII: NFKC changes nothing and its letters and digits are [a-z0-9] once lowercased; the
  // Unicode expression costs a compile in every process (every run builds the registry)
  if (!/[^\x00-\x7f]/.test(name)) return name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A document's front matter speakers written `{ name, aliases }` as registry entries
 * (DocumentMeta.aliases): the corpus registry `--speaker` and `speakers` read holds them, as
 * the document's own registry does when its labels and prose are read.
 */
export function declaredEntries(aliases: Readonly<Record<string, readonly string[]>> | undefined): SpeakerEntry[] {
  return aliases ? Object.entries(aliases).map(([name, list]) => ({ name, aliases: [...list] })) : [];
}

/** `registry` plus the speakers the documents' front matter declares with aliases, in corpus order (a copy: parsing keeps speakers.yml's registry). */
export function withDeclaredSpeakers(registry: SpeakerRegistry, declared: Iterable<readonly SpeakerEntry[]>): SpeakerRegistry {
  let out: SpeakerRegistry | null = null;
  for (const entries of declared) {
    for (const e of entries) {
      out ??= registry.clone();
      out.add(e.name, e.aliases);
    }
  }
  return out ?? registry;
}

/** A nickname in quotes between a first name and a surname: `Walter "Sonny" Pruitt`. */
const QUOTED_NICKNAME = /^(.*?\S)\s+["“'‘(](\p{Lu}[\p{L}'’.-]{0,30})["”'’)]\s+(\S.*)$/u;
/** An honorific before a full name: "Dr. Elisabeth Nyström" is how Elisabeth Nyström is named. */
const HONORIFIC_BEFORE = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+(?=\S+\s+\S)/;

/**
 * The other ways a written name names the same person: without a quoted nickname
 * (`Dr. Elisabeth "Lisbet" Nyström` is Dr. Elisabeth Nyström), with the nickname as the
 * first name (Lisbet Nyström), and without an honorific before a full name (Elisabeth
 * Nyström). They resolve and are found in running text, but are nobody's declared aliases.
 */
export function impliedForms(name: string): string[] {
  const out: string[] = [];
  const trimmed = name.trim();
  const nick = /["“'‘(]/.test(trimmed) ? QUOTED_NICKNAME.exec(trimmed) : null;
  const plain = nick ? `${nick[1]} ${nick[3]}` : trimmed;
  if (nick) {
    out.push(plain);
    const surname = nick[3]!.split(/\s+/).pop()!;
    out.push(`${nick[2]} ${surname}`);
  }
  const bare = plain.replace(HONORIFIC_BEFORE, '');
  if (bare !== plain) out.push(bare);
  return out;
}

function reversedKey(key: string): string | null {
  const parts = key.split(' ');
  return parts.length === 2 ? `${parts[1]} ${parts[0]}` : null;
}

export class SpeakerRegistry {
  private readonly byKey = new Map<string, string>();
  private readonly entries = new Map<string, Set<string>>();
  /** impliedForms() of each canonical name and alias, by canonical name: resolved and mentioned, not listed */
  private readonly implied = new Map<string, Set<string>>();
  /** compiled by mentions(); reset whenever a name is added */
  private mentionRe: RegExp | null | undefined;
  /** the written forms mentionRe alternates, for the test before it */
  private mentionForms: string[] = [];

  constructor(entries: readonly SpeakerEntry[] = []) {
    for (const e of entries) this.add(e.name, e.aliases);
  }

  /** Add a canonical name with aliases. A name already known as someone's alias is merged into that speaker. */
  add(name: string, aliases: readonly string[] = []): void {
    this.mentionRe = undefined;
    const canonical = this.resolve(name) ?? name.trim();
    if (!canonical) return;
    let set = this.entries.get(canonical);
    if (!set) {
      set = new Set();
      this.entries.set(canonical, set);
    }
    const written = [canonical, name, ...aliases];
    for (const n of written) {
      const key = nameKey(n);
      if (!key) continue;
      if (n !== canonical) set.add(n.trim());
      this.index(key, canonical);
    }
    // after every written form, so a form someone wrote wins over one implied
    for (const n of written) {
      for (const f of impliedForms(n)) {
        const key = nameKey(f);
        if (!key || this.byKey.has(key)) continue;
        this.index(key, canonical);
        let forms = this.implied.get(canonical);
        if (!forms) this.implied.set(canonical, (forms = new Set()));
        forms.add(f);
      }
    }
  }

  private index(key: string, canonical: string): void {
    if (!this.byKey.has(key)) this.byKey.set(key, canonical);
    const rev = reversedKey(key);
    if (rev && !this.byKey.has(rev)) this.byKey.set(rev, canonical);
  }

  /** Canonical name for any alias, in any case or (two-word names) order; null when unknown. */
  resolve(name: string | null | undefined): string | null {
    if (!name) return null;
    const key = nameKey(name);
    if (!key) return null;
    return this.byKey.get(key) ?? (/[^\x00-\x7f]/.test(key) ? this.resolveBilingual(key) : null);
  }

  /**
   * A name written in two scripts, one after the other ("何一 He Yi", "Yi He 何一"): each
   * script's run is the same person's name. It resolves when every run is a known name of one
   * person (a run nobody is known by may name someone else); a single-script name (or one mixing scripts inside a word) is
   * not split.
   */
  private resolveBilingual(key: string): string | null {
    const runs = key.match(BILINGUAL_RUNS());
    if (!runs || runs.length < 2 || runs.join('').replace(/\s+/g, '') !== key.replace(/\s+/g, '')) return null;
    let found: string | null = null;
    for (const run of runs) {
      const hit = this.byKey.get(run.trim());
      if (!hit || (found && found !== hit)) return null;
      found = hit;
    }
    return found;
  }

  has(name: string): boolean {
    return this.resolve(name) !== null;
  }

  /** Canonical names, in the order they were added. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  aliasesOf(canonical: string): string[] {
    return [...(this.entries.get(canonical) ?? [])].filter((a) => a !== canonical);
  }

  /** Every written form (canonical and aliases, both orders), longest first, for scanning running text. */
  forms(): string[] {
    const forms = new Set<string>();
    for (const [canonical, aliases] of this.entries) {
      for (const f of [canonical, ...aliases, ...(this.implied.get(canonical) ?? [])]) {
        forms.add(f);
        const parts = f.trim().split(/\s+/);
        if (parts.length === 2) forms.add(`${parts[1]} ${parts[0]}`);
      }
    }
    return [...forms].sort((a, b) => b.length - a.length);
  }

  /** A copy to which a document can add its own names without touching the corpus-wide registry. */
  clone(): SpeakerRegistry {
    const copy = new SpeakerRegistry();
    for (const [canonical, aliases] of this.entries) copy.add(canonical, [...aliases]);
    return copy;
  }

  /**
   * Known speakers mentioned in `text`, in order of appearance, matching whole
   * words and preferring the longest form ("Yi He" before "Yi"). Matching is
   * case-sensitive on purpose: in running text names are capitalised, and a
   * lowercase "yi" or "he" is not a name.
   */
  mentions(text: string): { name: string; start: number; end: number }[] {
    // One alternation of every form, longest first, compiled once per registry state:
    // this runs for every sentence of every document.
    if (!this.mentionRe) {
      const forms = this.forms().filter(Boolean);
      this.mentionForms = forms;
      this.mentionRe = forms.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
    }
    if (!this.mentionRe) return [];
    // A match is one of the forms as written (the pattern is case-sensitive): most sentences
    // name nobody, and a few substring tests cost less than the pattern's lookbehind at every character.
    if (!this.mentionForms.some((f) => text.includes(f))) return [];
    const found: { name: string; start: number; end: number }[] = [];
    this.mentionRe.lastIndex = 0;
    for (const m of allMatches(this.mentionRe, text)) {
      const start = m.index ?? 0;
      found.push({ name: this.resolve(m[0]) ?? m[0], start, end: start + m[0].length });
    }
    return found;
  }
}

