/**
 * A webinar's Q&A report whose answer cells name who answered with a spaced dash ("Lena Varga -
 * Mostly on cost."), or the part first and the person in brackets ("Host (Kai Brandt) - Yes, …"):
 * the answers were nobody's, with the name glued to their words. And a person cell that names
 * nobody ("Anonymous Attendee", "[deleted]", "anon") was taken for a person called so.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("a Q&A report's signed answer cells", () => {
  it('give each answer its answerer, and an anonymous asker is nobody', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['zoom-webinar-qa-varga.csv']);
    const qa = c.records.filter((r) => r.doc === 'zoom-webinar-qa-varga' && r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.role, r.asker, r.text])).toEqual([
      [8, 'Lena Varga', null, 'Tom Reilly', 'Mostly on cost. Iron phosphate was 30% cheaper in 2019 and safer for buses.'],
      [9, 'Lena Varga', null, null, 'We are looking at Hungary and Spain, and we will decide by the end of 2024.'],
      [10, 'Kai Brandt', 'Host', 'Priya N', 'Yes, see the careers page.'],
      [10, 'Lena Varga', null, 'Priya N', 'And we pay them, which matters.'],
    ]);
    // the cell naming nobody is still found by search, as a topic of its row
    expect(qa[1]!.topics).toContain('Anonymous Attendee');
    expect(c.problems.filter((p) => p.file.startsWith('zoom-webinar-qa-varga') && /no record/.test(p.message))).toEqual([]);
  });

  it('reads the shape in other words', () => {
    const c = loadCorpus(tempCorpus({
      'townhall.tsv': [
        'Question\tAsked by\tAnswer',
        'When will the bridge reopen?\t[deleted]\tOmar Haddad – In May, if the steel arrives on time.',
        'Who pays for the repairs?\tJune Park\tModerator (Rita Olsen) — The county pays. Omar Haddad — And the state covers 40%.',
      ].join('\n'),
    }));
    expect(c.records.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.asker, r.text])).toEqual([
      ['Omar Haddad', null, 'In May, if the steel arrives on time.'],
      ['Rita Olsen', 'June Park', 'The county pays.'],
      ['Omar Haddad', 'June Park', 'And the state covers 40%.'],
    ]);
  });
});
