/**
 * A role label's holder ("Spokesman:", "Deputy Spokesperson:") is looked up in the document's
 * lines with a pattern made for that label, five `\p{…}` classes that V8 builds and compiles anew
 * for each label. Only a line that sets the label after a comma or in brackets can match, so the
 * pattern is made only for such a line: a transcript whose labels are people's names, named again
 * in its turns, makes none. The holders are found as before.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

/** The sources of the patterns `new RegExp` makes while `run` runs. */
function patternsMade(run: () => void): string[] {
  const made: string[] = [];
  const original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(original, {
    construct(target, args, newTarget) {
      made.push(String(args[0]));
      return Reflect.construct(target, args, newTarget) as object;
    },
  });
  try {
    run();
  } finally {
    globalThis.RegExp = original;
  }
  return made;
}

const speaker = (c: Corpus, doc: string, words: string) => c.records.find((r) => r.doc === doc && r.text.includes(words))?.speaker;

describe('role holders: the per-label pattern is made only where a line can match it', () => {
  it('a transcript labelled with names, named again in the turns, makes no holder pattern for any label', () => {
    const dir = tempCorpus({
      'workshop.txt': [
        'Osric Vane: Welcome to the workshop hour. Osric Vane here, with a guest.',
        '',
        'Tilda Marsh: Thanks, Osric. Tilda Marsh, and I build harps.',
        '',
        'Osric Vane: So how long does Tilda Marsh take over one?',
        '',
        'Tilda Marsh: About four months, if the spruce behaves.',
        '',
      ].join('\n'),
    });
    let c!: Corpus;
    const made = patternsMade(() => (c = loadCorpus(dir, { parallel: false })));
    expect(made.filter((s) => s.includes('Osric Vane') || s.includes('Tilda Marsh'))).toEqual([]);
    expect(speaker(c, 'workshop', 'About four months')).toBe('Tilda Marsh');
  });

  it('finds the holder after a comma and in brackets, for a one-word role and a role of several words', () => {
    const c = loadCorpus(
      tempCorpus({
        'comma.txt': [
          'BRIEFING ON THE CANAL WORKS',
          '',
          'A transcript of the briefing by Halvard Seim, Deputy Spokesperson for the Canal Authority.',
          '',
          'Question: When do the locks reopen?',
          '',
          'Deputy Spokesperson: In May, once the gates are hung.',
          '',
          'Question: And the towpath?',
          '',
          'Deputy Spokesperson: The towpath opens in June.',
          '',
        ].join('\n'),
        'brackets.txt': [
          'Evening call-in on river safety',
          '',
          'With Runa Fjell (Presenter) and listeners.',
          '',
          'Presenter: Good evening. First caller, go ahead.',
          '',
          'Caller: Is it safe to swim below the weir?',
          '',
          'Presenter: No, the undertow there is strong all year.',
          '',
        ].join('\n'),
      }),
    );
    expect(speaker(c, 'comma', 'once the gates are hung')).toBe('Halvard Seim');
    expect(speaker(c, 'brackets', 'the undertow there is strong')).toBe('Runa Fjell');
  });
});
