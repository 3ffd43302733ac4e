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
 * one-word name the corpus or the document declares is a person of its own.
 */
export function creditFirstNamesInFull(result: { records: DraftRecord[]; labelSpeakers?: string[] }, registry: SpeakerRegistry): void {
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
  if (!alone || fullByFirst.size === 0) return;
  const inFull = (name: string | null): string | null => {
    if (!name || !FIRST_NAME.test(name) || registry.resolve(name)) return name;
    const names = fullByFirst.get(name);
    return names && names.size === 1 ? names.values().next().value! : name;
  };
  for (const r of records) {
    r.speaker = inFull(r.speaker);
    r.asker = inFull(r.asker);
  }
  if (result.labelSpeakers) result.labelSpeakers = [...new Set(result.labelSpeakers.map((n) => inFull(n)!))];
}
