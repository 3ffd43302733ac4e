/**
 * probe29-a, second pass: news articles copied from news websites. The shapes read wrong before:
 * an occupation capitalised at the sentence's start before a full name ("Librarian Oscar Lindgren
 * said") was kept as part of the name; a clock's "p.m." before the day ("meets at 6 p.m. Tuesday in the
 * chambers") ended the sentence. Each rule on the fixture's shape and on a text in other words.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { splitSentences } from '../../src/parse/text.js';
import { tempCorpus } from '../helpers.js';

const corpusOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const speakerOf = (c: ReturnType<typeof corpusOf>, words: RegExp) => c.records.find((r) => r.type !== 'qa' && words.test(r.text))?.speaker;

const story = (body: string[]) => ['Headline over the story', '', 'By Jo Smith', 'March 3, 2025', '', ...body.flatMap((p) => [p, ''])].join('\n');

describe('an occupation capitalised before a full name is the role, not the name', () => {
  it('reads the librarian', () => {
    const c = corpusOf('a.txt', story([
      'Residents packed the meeting on Sunday.',
      'Librarian Oscar Lindgren, who has worked at Eastside for 22 years, estimated that about 180 people a day use its 14 public computers.',
      'Lindgren said the roof was "genuinely in bad shape" but that patrons would struggle.',
    ]));
    expect(speakerOf(c, /180 people a day/)).toBe('Oscar Lindgren');
    expect(speakerOf(c, /genuinely in bad shape/)).toBe('Oscar Lindgren');
  });
  it('in other words: a pharmacist, a physician, an archivist', () => {
    const c = corpusOf('b.txt', story([
      'The clinic closed its doors on Friday.',
      'Pharmacist Helen Varga said the town would need a new dispensary by winter.',
      'Physician Tomas Brandl told the board that patients "cannot wait another year."',
      'Archivist Peter Moll said the records were "in no state to be moved."',
    ]));
    expect(speakerOf(c, /new dispensary/)).toBe('Helen Varga');
    expect(speakerOf(c, /cannot wait another year/)).toBe('Tomas Brandl');
    expect(speakerOf(c, /no state to be moved/)).toBe('Peter Moll');
  });
  it('keeps names that are only names', () => {
    const c = corpusOf('c.txt', story([
      'The ferry ran late again on Monday.',
      'Rose Hill said the schedule had been cut twice.',
      'Mary Ann Fisher said the dock was unsafe.',
      'Christian Alvarez Moreno said the harbour needed dredging.',
      'Karl Erik Lindqvist said the fares had doubled.',
    ]));
    expect(speakerOf(c, /cut twice/)).toBe('Rose Hill');
    expect(speakerOf(c, /dock was unsafe/)).toBe('Mary Ann Fisher');
    expect(speakerOf(c, /needed dredging/)).toBe('Christian Alvarez Moreno');
    expect(speakerOf(c, /fares had doubled/)).toBe('Karl Erik Lindqvist');
  });
});

describe('a clock\'s "p.m." before a weekday or a time zone ends no sentence', () => {
  const texts = (t: string) => splitSentences(t).map((s) => s.text);
  it('keeps the meeting\'s day with its time', () => {
    const c = corpusOf('d.txt', story(['The council meets at 6 p.m. Tuesday in the chambers at City Hall. Public comment is limited to three minutes.']));
    expect(c.records.some((r) => r.text.startsWith('The council meets at 6 p.m. Tuesday in the chambers'))).toBe(true);
    expect(c.records.some((r) => /^Tuesday/.test(r.text))).toBe(false);
  });
  it('in other words: a morning, a time zone; a capital that opens a sentence still splits', () => {
    expect(texts('Polls open at 7 a.m. Saturday across the county. Results follow.')).toEqual(['Polls open at 7 a.m. Saturday across the county.', 'Results follow.']);
    expect(texts('The launch window opens at 4:15 p.m. ET and closes an hour later.')).toEqual(['The launch window opens at 4:15 p.m. ET and closes an hour later.']);
    expect(texts('The vote came at 11 p.m. Officials left soon after.')).toEqual(['The vote came at 11 p.m.', 'Officials left soon after.']);
    expect(texts('We met at 5 P.M. The vote came later.')).toEqual(['We met at 5 P.M.', 'The vote came later.']);
  });
});
