/**
 * News attribution, fix68-a: a person the text already named in full, named again after a
 * preposition ("went back to work for Gordon Pask", "a spare pump from Isla Grant"), is still that
 * person, never an organisation, so a sentence opening on the surname and a "he says" / "she says"
 * quotation after it are theirs. A picture's caption in brackets that quotes the person in it
 * ("[Photo caption: Ruth Abernethy at her wheel … "Clay doesn't care …," she says. Photo: …]") gives
 * that person's quote; the caption's own words are the page's (nobody's), its key and credit no claim.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const DIR = join(FIXTURES, 'fix68', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a known person named again after a preposition', () => {
  it('credits "he says" after "Pask remembers him …" to Gordon Pask, not the profile\'s subject', () => {
    const records = fixtureCorpus(DIR, ['cybernetics-profile-2024.txt']).records as Rec[];
    expect(at(records, 7, 'quote')?.speaker).toBe('Stafford Lyle');
    expect(at(records, 13, 'quote')).toMatchObject({ speaker: 'Gordon Pask', text: expect.stringMatching(/^He would rebuild a circuit/) });
    expect(at(records, 13, 'claim')?.speaker).toBe('Martha Kellaway');
  });

  it('in other words: two women, "from", an appositive after the surname', () => {
    const records = fixtureCorpus(DIR, ['harbour-feature-2023.txt']).records as Rec[];
    expect(at(records, 9, 'quote')?.speaker).toBe('Morag Fenwick');
    expect(at(records, 13, 'quote')).toMatchObject({ speaker: 'Isla Grant', text: expect.stringMatching(/^She had it running again/) });
  });
});

describe('a quotation in a photo caption', () => {
  it('is the pictured person\'s (probe55 captions line 10)', () => {
    const records = fixtureCorpus(join(FIXTURES, 'probe55', 'a'), ['profile-captions-correction-2023.txt']).records as Rec[];
    expect(at(records, 10, 'quote')).toMatchObject({ speaker: 'Ruth Abernethy', text: "Clay doesn't care how old you are" });
    expect(at(records, 10, 'claim')).toMatchObject({ speaker: null, text: 'Ruth Abernethy at her wheel in the Middleport workshop.' });
  });

  it('in other words: "Caption:" with no credit, "Photograph by", "he says"', () => {
    const records = fixtureCorpus(DIR, ['allotment-profile-captions-2025.txt']).records as Rec[];
    expect(at(records, 9, 'quote')).toMatchObject({ speaker: 'Tomasz Wierzbicki', text: 'Nobody told me beans were political' });
    expect(records.filter((r) => r.line === 9).map((r) => r.text).join(' ')).not.toMatch(/Photograph|Ade Okoro/);
    expect(at(records, 13, 'quote')).toMatchObject({ speaker: 'Ines Halloran', text: 'I write at night, when the beans are asleep' });
    expect(at(records, 15, 'claim')?.speaker).toBe('Selina Marsh');
    // a caption quoting no one stays the page's furniture
    expect(records.filter((r) => r.line === 17)).toEqual([]);
  });
});
