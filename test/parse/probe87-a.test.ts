/**
 * probe87-a, a blind sweep of sport, music and food documents: an Otter export's numbered voices
 * renamed part-way, where the first voice introduces itself by name ("I'm Teddy Okafor") though the
 * other's first turn reads as asking; a club's press conference set as bare "Q:" / "A:" with a few
 * turns under names, whose one named voice that only answers answers the bare "A:" turns; a street
 * ("Calle Mayor") is nobody a "she says" can mean; a match programme's questions set in capitals,
 * answered by the player its feature line names in capitals.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; text: string };
const DIR = join(FIXTURES, 'probe87', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('an Otter export whose numbered voices take names part-way', () => {
  const records = fixtureCorpus(DIR, ['otter-podcast-lina-marsh-2024.txt']).records as Rec[];
  it('gives "Speaker 1", who says "I\'m Teddy Okafor", to the host, and "Speaker 2" to the guest', () => {
    expect(at(records, 4)).toMatchObject({ speaker: 'Teddy Okafor', text: expect.stringContaining("I'm Teddy Okafor") });
    expect(at(records, 13)?.speaker).toBe('Lina Marsh');
    expect(records.find((r) => r.text.startsWith('Because I wrote all of it'))).toMatchObject({ speaker: 'Lina Marsh', asker: 'Teddy Okafor' });
    expect(records.find((r) => r.text.startsWith('Welcome back') && r.speaker === 'Lina Marsh')).toBeUndefined();
  });
});

describe("a club's press conference in bare Q: and A:, a few turns named", () => {
  const records = fixtureCorpus(DIR, ['presser-harwood-rovers-2025.txt']).records as Rec[];
  it('gives the bare answers to the one named voice that only answers', () => {
    for (const line of [9, 14, 24, 31, 41]) expect(at(records, line, 'qa')?.speaker).toBe('Dace Merriman');
    expect(at(records, 19, 'qa')).toMatchObject({ speaker: 'Dace Merriman', asker: 'Mark Tilley' });
    expect(records.some((r) => r.type === 'qa' && r.speaker === 'Mark Tilley')).toBe(false);
  });
});

describe("a chef's profile naming a street before the chef's first quote", () => {
  const records = fixtureCorpus(DIR, ['profile-chef-ines-varga.txt']).records as Rec[];
  it('credits "she says" to the chef, never to "Calle Mayor"', () => {
    expect(at(records, 9, 'quote')).toMatchObject({ speaker: 'Inés Varga', text: expect.stringContaining('I never wanted to be a chef') });
    expect(records.some((r) => r.speaker === 'Calle Mayor')).toBe(false);
  });
});

describe("a match programme's interview page, its questions in capitals", () => {
  const c = fixtureCorpus(DIR, ['programme-player-interview.txt']);
  const records = c.records as Rec[];
  it('pairs each capitals question with the answer under it, the player its feature line names answering', () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.line)).toEqual([15, 18, 21, 24, 27, 30, 33]);
    for (const r of qa) expect(r.speaker).toBe('Niamh Corcoran');
    expect(at(records, 18, 'qa')?.text).toContain('It was meant to be a pass.');
    // the card's fields stay the page's claims
    expect(at(records, 11)).toMatchObject({ type: 'claim', text: 'Position: Central midfield' });
  });
});
