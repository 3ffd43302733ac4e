/**
 * A person a document calls by first name alone somewhere and in full elsewhere ("“You will like
 * the dosa,” Priya says." above "Priya Rao is 36 and …"): one person, named as the full name.
 * Attribution reads a document once, in order, so a first name used before the full name is given
 * (or where the full name lies out of the attribution's reach) stays as written; this pass, over the
 * document's records, credits it to the one full name of the document that begins with it. Where two
 * full names begin with it (two people called Priya), or none does, it stays.
 */
import type { SpeakerRegistry } from '../model/speakers.js';
import type { DraftRecord } from './builder.js';

/** A first name as a speaker: one capitalised word of letters (not "Q", not "Speaker 2", not "@kit"). */
const FIRST_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** A full name as a speaker: two to four capitalised words, the first a first name. */
const FULL_NAME = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * In place, the records' speakers and askers and the list of the speakers the labels name (the
 * document's `speakers` where it declares none: one person listed once, in full). `registry`: a
 * one-word name the corpus or the document declares is a person of its own. `title`: the document's
 * title, whose full names count for a first name no record's full name begins with.
 */
export function creditFirstNamesInFull(result: { records: DraftRecord[]; labelSpeakers?: string[] }, registry: SpeakerRegistry, title: string | null = null): void {
  const records = result.records;
  const fullByFirst = new Map<string, Set<string>>();
  let alone = false;
  for (const r of records) {
    for (const name of [r.speaker, r.asker]) {
      if (!name) continue;
      const full = FULL_NAME.exec(name);
      if (full) {
        let names = fullByFirst.get(full[1]!);
        if (!names) fullByFirst.set(full[1]!, (names = new Set()));
        names.add(name);
      } else if (FIRST_NAME.test(name)) alone = true;
    }
  }
  if (!alone) return;
  // A summary about one person ("360° Feedback Summary — Jamal Reyes, Regional Sales Director") quotes
  // them by first name ("Jamal wrote: …"): the title's full name, where no record's full name has that first name.
  // Only a name the title sets off as a name (after a dash, a colon or a bar, before a comma, a dash,
  // a bracket or the end): "Binance Pay Passes 10 Million …" opens a headline, it names no one.
  const titleByFirst = new Map<string, Set<string>>();
  if (title) {
    for (const m of title.matchAll(TITLE_NAME)) {
      const full = FULL_NAME.exec(m[0]);
      if (!full || fullByFirst.has(full[1]!)) continue;
      if (!/(?:^|[—–:|]\s*)$/u.test(title.slice(0, m.index)) || !/^(?:\s*$|,|\s+[—–|(])/u.test(title.slice(m.index! + m[0].length))) continue;
      let names = titleByFirst.get(full[1]!);
      if (!names) titleByFirst.set(full[1]!, (names = new Set()));
      names.add(registry.resolve(m[0]) ?? m[0]);
    }
  }
  if (fullByFirst.size === 0 && titleByFirst.size === 0) return;
  const inFull = (name: string | null): string | null => {
    if (!name || !FIRST_NAME.test(name) || registry.resolve(name)) return name;
    const names = fullByFirst.get(name) ?? titleByFirst.get(name);
    return names && names.size === 1 ? names.values().next().value! : name;
  };
  for (const r of records) {
    r.speaker = inFull(r.speaker);
    r.asker = inFull(r.asker);
  }
  if (result.labelSpeakers) result.labelSpeakers = [...new Set(result.labelSpeakers.map((n) => inFull(n)!))];
}

/** Initials as a speaker: two or three capitals ("RM", "JDL"). */
const INITIALS = /^\p{Lu}{2,3}$/u;
/** A person's full name in a title: two or three capitalised words ("… with hydrologist Rosa Mbeki"). */
const TITLE_NAME = /(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}'’]+){1,2}(?![\p{L}'’-])/gu;

/**
 * Initials as a speaker or asker (labelling turns, "RM:", or in prose, "CZ odpowiedział") are the
 * one person of the document's own whose name they shorten: a name its front matter declares
 * (speakers, host, interviewer) or its title gives ("a conversation with hydrologist Rosa Mbeki").
 * The labels' scan already reads names in the body's header (labels.ts initialsInHeader); front
 * matter is not in the body. Initials the corpus knows as a name ("CZ" in a speakers.yml) and
 * initials two such names share stay as written. In place, as above.
 */
export function creditInitialsInFull(result: { records: DraftRecord[]; labelSpeakers?: string[] }, people: readonly string[], title: string | null, registry: SpeakerRegistry): void {
  if (!result.records.some((r) => (r.speaker && INITIALS.test(r.speaker)) || (r.asker && INITIALS.test(r.asker)))) return;
  const names = new Set(people.map((n) => registry.resolve(n) ?? n));
  if (title) for (const m of title.matchAll(TITLE_NAME)) names.add(registry.resolve(m[0]) ?? m[0]);
  const byInitials = new Map<string, string | null>();
  for (const name of names) {
    const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length < 2) continue;
    for (const initials of new Set([words.map((w) => w[0]).join(''), words[0]![0]! + words[words.length - 1]![0]!])) {
      const had = byInitials.get(initials);
      byInitials.set(initials, had === undefined || had === name ? name : null);
    }
  }
  const inFull = (name: string | null): string | null => (name && INITIALS.test(name) && !registry.resolve(name) ? (byInitials.get(name) ?? name) : name);
  for (const r of result.records) {
    r.speaker = inFull(r.speaker);
    r.asker = inFull(r.asker);
  }
  if (result.labelSpeakers) result.labelSpeakers = [...new Set(result.labelSpeakers.map((n) => inFull(n)!))];
}

/** A word of a name as capitals are title-cased: "Mcrae", "Deluca", "Macleod". */
const TITLE_CASED_WORD = /^\p{Lu}\p{Ll}{3,}$/u;
/** A word written with a capital inside it, as such names are: "McRae", "DeLuca", "MacLeod", "LeBlanc". */
const INNER_CAPITAL_WORD = /(?<![\p{L}'’-])\p{Lu}\p{Ll}{1,3}\p{Lu}\p{Ll}+(?![\p{L}])/gu;

/**
 * A label or byline set in capitals ("ANGUS MCRAE (Skipper):", "FRANK DELUCA:") is title-cased word
 * by word, which cannot know "McRae" or "DeLuca"; where the document writes the word itself so
 * ("Mr McRae says three of his crew …"), one way only, the speakers and askers take that spelling,
 * so the label's turns and the prose's "McRae said" are one person. A name the corpus declares
 * (speakers.yml, front matter) is as declared. In place, as above.
 */
export function nameCaseAsWritten(result: { records: DraftRecord[]; labelSpeakers?: string[] }, body: string, registry: SpeakerRegistry): void {
  if (!/\p{Lu}\p{Ll}{1,3}\p{Lu}/u.test(body)) return;
  const written = new Map<string, Set<string>>();
  for (const [word] of body.matchAll(INNER_CAPITAL_WORD)) {
    const key = word.toLowerCase();
    let forms = written.get(key);
    if (!forms) written.set(key, (forms = new Set()));
    forms.add(word);
  }
  if (written.size === 0) return;
  const memo = new Map<string, string>();
  const asWritten = (name: string | null): string | null => {
    if (!name || registry.resolve(name) === name) return name;
    let cased = memo.get(name);
    if (cased === undefined) {
      cased = name
        .split(' ')
        .map((w) => {
          const forms = TITLE_CASED_WORD.test(w) ? written.get(w.toLowerCase()) : undefined;
          return forms && forms.size === 1 ? forms.values().next().value! : w;
        })
        .join(' ');
      memo.set(name, cased);
    }
    return cased;
  };
  for (const r of result.records) {
    r.speaker = asWritten(r.speaker);
    r.asker = asWritten(r.asker);
  }
  if (result.labelSpeakers) result.labelSpeakers = [...new Set(result.labelSpeakers.map((n) => asWritten(n)!))];
}
