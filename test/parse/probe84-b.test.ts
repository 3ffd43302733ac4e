/**
 * News attribution, probe84-b: a role given with a name where it is introduced ("Her co-founder,
 * Anjali Mehra", "Dr Simon Achterberg, a building physicist at the University of Bath") is who a
 * later "the co-founder said" / "the physicist said" means (a hyphened role, an honorific before the
 * name, a place after "at" in the appositive); and "I asked her whether …; she said no, and then, after
 * a pause, said “…”" is hers, never the byline's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const DIR = join(FIXTURES, 'probe84', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a role given where a name is introduced', () => {
  it('"the co-founder" after "Her co-founder, Anjali Mehra,"', () => {
    const records = fixtureCorpus(DIR, ['profile-kiln-founders-2024.txt']).records as Rec[];
    expect(at(records, 24, 'quote')).toMatchObject({ speaker: 'Anjali Mehra', text: expect.stringMatching(/^We had three months of cash/) });
    expect(at(records, 24, 'claim')?.speaker).toBe('Anjali Mehra');
    expect(at(records, 32, 'quote')).toMatchObject({ speaker: 'Anjali Mehra', text: 'We are still learning how to make tiles' });
    // unchanged: the named speakers around them
    expect(at(records, 8, 'quote')?.speaker).toBe('Ruth Kavanagh');
    expect(at(records, 20, 'quote')?.speaker).toBe('Colin Barrow');
  });

  it('"the physicist" after "said Dr Simon Achterberg, a building physicist at the University of Bath."', () => {
    const records = fixtureCorpus(DIR, ['explainer-heat-pumps-2025.txt']).records as Rec[];
    expect(at(records, 27, 'quote')).toMatchObject({ speaker: 'Simon Achterberg', text: expect.stringMatching(/^The running cost/) });
    expect(records.find((r) => r.line === 27 && r.type === 'claim' && r.text.startsWith('He said'))?.speaker).toBe('Simon Achterberg');
    expect(at(records, 19, 'quote')?.speaker).toBe('Leona Farrant');
  });

  it('in other words: a co-host, a Ms before the name, a role "of" a place', () => {
    const text = [
      'Podcast grows',
      '',
      'By Lena Moss',
      'May 2, 2024',
      '',
      'The show was started in 2019. Its co-host, Dev Patel, joined a year later.',
      '',
      'Ms Carla Brandt, a senior economist at the Bank of Leeds, was less sure.',
      '',
      'Downloads doubled last year.',
      '',
      '"We got lucky," the co-host said.',
      '',
      '"Luck runs out," the economist said.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'podcast-2024.txt': text })).records as Rec[];
    expect(at(got, 12, 'quote')?.speaker).toBe('Dev Patel');
    expect(at(got, 14, 'quote')?.speaker).toBe('Carla Brandt');
  });
});

describe('a role after a preposition before a name', () => {
  it('is whom the person acts for, not the person: "For the Defendant, Ms Jane Roe KC submitted"', () => {
    const text = [
      'Tenant wins appeal',
      '',
      'By Lena Moss',
      'May 2, 2024',
      '',
      'For the Defendant, Ms Jane Roe KC submitted that the claim failed.',
      '',
      'The landlord disputed that.',
      '',
      '"I did nothing wrong," the Defendant said.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'appeal-2024.txt': text })).records as Rec[];
    expect(at(got, 10, 'quote')?.speaker).not.toMatch(/Roe/);
  });
});

describe('a speech verb joined by "and" to a pronoun\'s clause after a semicolon', () => {
  it('is the pronoun\'s person, never the "I" who asked', () => {
    const records = fixtureCorpus(DIR, ['profile-kiln-founders-2024.txt']).records as Rec[];
    expect(at(records, 28, 'quote')).toMatchObject({ speaker: 'Ruth Kavanagh', text: 'not seriously' });
  });

  it('in other words: "he", "and then said", an aside', () => {
    const text = [
      'Mill to close',
      '',
      'By Lena Moss',
      'May 2, 2024',
      '',
      'Arthur Bell has run the mill since 1988.',
      '',
      'I asked him whether he would miss it; he laughed, and then said "every day".',
      '',
      'I asked him about the staff; he paused and, after a moment, said "they were family".',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'mill-2024.txt': text })).records as Rec[];
    expect(at(got, 8, 'quote')).toMatchObject({ speaker: 'Arthur Bell', text: 'every day' });
    expect(got.filter((r) => r.type === 'quote').every((r) => r.speaker !== 'Lena Moss')).toBe(true);
  });
});
