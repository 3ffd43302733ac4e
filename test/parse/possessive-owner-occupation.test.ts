/**
 * Two readings of the person a sentence names, found on profile and news pieces never seen before:
 * - A possessive after a name ("Bakare remembers her first week") may be someone else's: it tells
 *   the named one's gender only where no one else near could own it. Taken as the name's own, it
 *   made a man a woman, and the `"…," he said` after it went to someone else or to no one.
 * - An occupation or a relation written as one compound word, capitalised as the sentence's first
 *   word before a full name ("Fisherman Dougie Craig", "Grandmother Ellen Price"), is no part of
 *   the name.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const UNSEEN = join(FIXTURES, 'unseen');
const quote = (records: { type: string; text: string; speaker: string | null }[], start: string) => records.find((r) => r.type === 'quote' && r.text.startsWith(start));

const story = (...paragraphs: string[]) =>
  loadCorpus(tempCorpus({ 'story.txt': ['Harbour notes', '', 'By Ruth Adeyemi', '18 June 2024', '', ...paragraphs.flatMap((p) => [p, '']) ].join('\n') })).records;

describe('a possessive after a name, someone else near who could own it', () => {
  it('leaves the name\'s gender open, so the "he said" after it is theirs (a profile)', () => {
    const records = fixtureCorpus(UNSEEN, ['profile-lagos-transit-engineer.txt']).records;
    expect(quote(records, 'She asked for the ridership data')?.speaker).toBe('Tunde Bakare');
    expect(quote(records, 'I used to think the problem')?.speaker).toBe('Adaeze Okonkwo');
    expect(quote(records, 'Absolutely not')?.speaker).toBe('Adaeze Okonkwo');
  });

  it('counts a woman the text named so in the paragraph before', () => {
    const records = story('Ada Okonkwo joined the authority in 2013, she said.', 'John Bakare remembers her first week. "Nobody had asked for the data," he said.');
    expect(quote(records, 'Nobody had asked')?.speaker).toBe('John Bakare');
  });

  it('still tells the gender where no one else is near', () => {
    // "her firm" is Ruiz's own: the "she said" two paragraphs on is hers, not the man named between.
    const records = story('Ana Ruiz sold her firm in 2019.', 'The buyer was a fund.', '"It was time," she said.');
    expect(quote(records, 'It was time')?.speaker).toBe('Ana Ruiz');
  });
});

describe('an occupation in one word before a full name', () => {
  it('is no part of the name, in a news story', () => {
    const records = fixtureCorpus(UNSEEN, ['harbour-expansion-council-vote.txt']).records;
    expect(quote(records, "You're trading something")?.speaker).toBe('Dougie Craig');
    expect(records.find((r) => r.type === 'claim' && r.text.startsWith('Fisherman Dougie Craig'))?.speaker).toBe('Dougie Craig');
    expect(quote(records, "They've already decided")?.speaker).toBe('Isla Craig');
  });

  it('covers -woman, -person and kin compounds; a given name ending in "man" stays', () => {
    const records = story(
      'Grandmother Ellen Price told the BBC she was worried about the road.',
      'Councilwoman Rosa Diaz said the vote was rushed.',
      'Spokesperson Lee Park said the office was closed.',
      'Herman Jay Lopez said the boats were ready.',
    );
    const claim = (start: string) => records.find((r) => r.type === 'claim' && r.text.startsWith(start))?.speaker;
    expect(claim('Grandmother Ellen Price')).toBe('Ellen Price');
    expect(claim('Councilwoman Rosa Diaz')).toBe('Rosa Diaz');
    expect(claim('Spokesperson Lee Park')).toBe('Lee Park');
    expect(claim('Herman Jay Lopez')).toBe('Herman Jay Lopez');
  });
});
