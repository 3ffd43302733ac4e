/**
 * A person a document calls by first name alone somewhere and in full elsewhere is one person, named
 * as the full name (src/parse/first-names.ts): a profile's `"…," Priya says.` above "Priya Rao is
 * 36 and …" was credited to "Priya", every later quote to "Priya Rao".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const speakersOf = (records: { speaker: string | null }[]) => [...new Set(records.map((r) => r.speaker).filter((s): s is string => !!s))].sort();

describe('a first name alone, the document giving the full name too', () => {
  it('is the full name, in a profile that uses the first name before the full one', () => {
    const records = fixtureCorpus(join(FIXTURES, 'probe60', 'a'), ['lunch-with-priya-rao-2025.txt']).records;
    expect(records.find((r) => r.type === 'quote' && r.text.startsWith('You will like the dosa'))?.speaker).toBe('Priya Rao');
    expect(speakersOf(records)).not.toContain('Priya');
  });

  it('is the full name in other words, a surname-free first mention then the full name', () => {
    const records = loadCorpus(
      tempCorpus({
        'ferry.txt': ['The last ferry captain', '', 'By Tom Hale', 'May 2, 2021', '', '"The sea decides," Marta says, coiling a rope.', '', 'Marta Kowal has run the crossing since 1998. She is 61.', '', '"I will stop when the boat stops," she says.', ''].join('\n'),
      }),
    ).records;
    expect(records.find((r) => r.type === 'quote' && r.text.startsWith('The sea decides'))?.speaker).toBe('Marta Kowal');
    expect(records.find((r) => r.type === 'quote' && r.text.startsWith('I will stop'))?.speaker).toBe('Marta Kowal');
  });

  it("is the full name in a transcript's list of speakers too, listed once", () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe21', 'a'), ['zoom-kestrel-board-townhall.txt']);
    expect(c.records.find((r) => r.type === 'qa' && r.line === 24)?.asker).toBe('Kwame Asante');
    expect(c.documents[0]!.meta.speakers).toEqual(['Samuel Oduya', 'Nadia Ferreira-Lund', 'Kwame Asante']);
  });

  it('stays as written where two full names begin with it, or none does', () => {
    const records = loadCorpus(
      tempCorpus({
        // (the first names come before either full name: the attribution, reading in order, leaves them as written)
        'two-annas.txt': ['Notes', '', 'By Ruth Adeyemi', '18 June 2024', '', '"We were five," Anna said. "Then fifty."', '', '"I came late," Tomas said.', '', 'Anna Berg and Anna Kowalski founded the club in 2019, Berg said.', '', 'Kowalski remembers the first meeting. "Nobody came," she said.', ''].join('\n'),
      }),
    ).records;
    expect(records.find((r) => r.type === 'quote' && r.text.startsWith('We were five'))?.speaker).toBe('Anna');
    expect(records.find((r) => r.type === 'quote' && r.text.startsWith('I came late'))?.speaker).toBe('Tomas');
  });
});
