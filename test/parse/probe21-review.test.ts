/**
 * A review of probe21's rules found five of them too broad, each shown here with the text it
 * misread: a labelled answer opening with "Copyright" was taken for a page's copyright notice (its
 * words lost), "She projected the film onto 3 screens" for her estimate, "Lopez added the butter
 * softened overnight" for reported speech, and a transcription stamp "(Completed 06/02/99)" was dated 2099. And a meeting tool's footer pattern
 * backtracked on a line of spaced-out separators.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { isToolFooterLine } from '../../src/parse/labels.js';
import { classifyChrome } from '../../src/parse/chrome.js';
import { recordsOf, tempCorpus } from '../helpers.js';

const load = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const one = (name: string, text: string) => recordsOf(load(name, text), name.replace(/\.(txt|md)$/, ''));

describe('a copyright notice, and an answer that opens with the word', () => {
  it('an answer after its label is the speaker\'s, a notice behind a field key is furniture', () => {
    const recs = one(
      'rights.txt',
      [
        'Rights podcast, episode 12',
        '',
        'HOST: What changed for the label?',
        'MARIA LOPEZ: Copyright law changed in 2019, so we had to adapt our whole catalogue.',
        'HOST: And the year after?',
        'MARIA LOPEZ: Copyright 2020 was our worst year, honestly.',
        '',
        'TRANSCRIPT: Copyright 2026 Rights Media. All rights reserved.',
        '',
      ].join('\n'),
    );
    const said = recs.filter((r) => r.speaker === 'Maria Lopez').map((r) => r.text);
    expect(said.some((t) => t.startsWith('Copyright law changed in 2019'))).toBe(true);
    expect(said.some((t) => t.startsWith('Copyright 2020 was our worst year'))).toBe(true);
    expect(recs.some((r) => r.text.includes('All rights reserved'))).toBe(false);
  });
  it('the line alone: a notice is navigation, a sentence is none', () => {
    expect(classifyChrome('Copyright © 2025 NPR. All rights reserved.')).toBe('navigation');
    expect(classifyChrome('Copyright 2019 by Jane Doe')).toBe('navigation');
    expect(classifyChrome('Copyright law changed in 2019, so the archive closed.')).not.toBe('navigation');
    expect(classifyChrome('Copyright claims rose 40% in 2023.')).not.toBe('navigation');
  });
});

describe('reported speech read too widely', () => {
  const recs = one(
    'barn.txt',
    [
      'The Barn Cinema',
      '',
      'By Tom Hale',
      '',
      'Maria Lopez has run the barn cinema since 2015.',
      '',
      'She projected the film onto 3 screens at the barn.',
      '',
      'Lopez added the butter softened overnight to the dough.',
      '',
      'She estimated the repairs at about 40,000 euros.',
      '',
    ].join('\n'),
  );
  const speakerOf = (start: string) => recs.find((r) => r.text.startsWith(start))?.speaker;
  it('a number in a sentence of projecting is no estimate; a figure put on something is', () => {
    expect(speakerOf('She projected the film')).toBe('Tom Hale');
    expect(speakerOf('She estimated the repairs')).toBe('Maria Lopez');
  });
  it('"added" with an object narrates', () => {
    expect(speakerOf('Lopez added the butter')).toBe('Tom Hale');
  });
});

describe('dates from a foot or a stamp', () => {
  it('a two-digit year in a transcription stamp from before 2000', () => {
    const text = ['Oral history, tape 2', '', 'Interviewer: Where did you start?', 'Ruth Amankwah: At the mill, in 1971.', '', 'Amankwah tape 2.wav (Completed 06/02/99)', ''].join('\n');
    const recs = one('tape.txt', text);
    expect(recs.length).toBeGreaterThan(0);
    expect(recs[0]!.year).toBe(1999);
  });
});

describe("a meeting tool's footer", () => {
  it('is read by its items, and a line of spaced-out separators is none, read at once', () => {
    expect(isToolFooterLine('Fireflies.ai | Meeting notes · Action items · AI summary')).toBe(true);
    const spaced = `Fireflies | xx${' '.repeat(18)}${`·${' '.repeat(18)}`.repeat(6)}x!`;
    expect(isToolFooterLine(spaced)).toBe(false);
  });
});
