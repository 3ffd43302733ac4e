/**
 * Profiles and long-form features, probe55-a: a surname opening a sentence about "he"/"she", whose
 * full name the text gave only after a preposition ("went to work for Gordon Pask"), is that person
 * (so the "he says" after it is his, never a described person of the paragraph before); a quotation
 * standing alone under the interviewer's "I ask whether she …" or under "…, she insists, …" is the
 * answer of the woman meant, never of someone the quotation itself names; a player's position
 * capitalised before a name ("Stroke Megan Astley") is no part of it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const DIR = join(FIXTURES, 'probe55', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a surname opening a sentence, its full name met after a preposition', () => {
  it('is the person a "he says" after it means', () => {
    const records = fixtureCorpus(DIR, ['chef-profile-magazine-2023.txt']).records as Rec[];
    expect(at(records, 25, 'quote')).toMatchObject({ speaker: 'Gordon Pask', text: expect.stringMatching(/^She would finish her onions/) });
    expect(records.some((r) => r.speaker === 'a Scottish nurse')).toBe(false);
    // unchanged: the sister and the critic
    expect(at(records, 21, 'quote')?.speaker).toBe('Renata');
    expect(at(records, 29, 'quote')?.speaker).toBe('Joan Whitlow');
  });

  it('in other words', () => {
    const text = [
      'The furniture maker',
      '',
      'By Lena Hart',
      '2 June 2022',
      '',
      'Amira Castell grew up in Leeds, the daughter of a carpenter. She found a job at a workshop in York run by Victor Lund.',
      '',
      'Lund, now 80, still calls her his best apprentice. "She never wasted a plank," he says.',
      '',
      'Lund hired her when she was 19 and taught him nothing, he jokes. "I learned more from her," he says.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'maker-2022.txt': text })).records as Rec[];
    expect(at(got, 8, 'quote')).toMatchObject({ speaker: 'Victor Lund', text: 'She never wasted a plank' });
  });
});

describe('a quotation alone under the interviewer\'s question or a "she insists"', () => {
  const records = fixtureCorpus(DIR, ['saturday-interview-novelist-2025.txt']).records as Rec[];

  it('is her answer, never the husband\'s the quotation names nor the editor\'s quoted before', () => {
    expect(at(records, 21, 'quote')).toMatchObject({ speaker: 'Ines Halloran', text: expect.stringMatching(/^Everybody will say it's Colm/) });
    expect(at(records, 27, 'quote')).toMatchObject({ speaker: 'Ines Halloran', text: expect.stringMatching(/^Never\./) });
    expect(records.some((r) => r.speaker === 'Colm')).toBe(false);
    // unchanged: the editor's own quotation
    expect(at(records, 23, 'quote')?.speaker).toBe('Sadia Karim');
  });

  it('in other words: a man interviewed, his daughter named, a question in the past tense', () => {
    const text = [
      'The Saturday interview',
      '',
      'Interview by Ruth Lane',
      'Saturday 4 May 2024',
      '',
      'Desmond Achterberg meets me at the station. "I walk everywhere," he says.',
      '',
      'His daughter, Anouk, runs the family bakery now. He will not go back to it, he insists.',
      '',
      '"Anouk does it better than I ever did."',
      '',
      'The baker Lise Varga, who worked for him, remembers the early mornings. "He sang the whole time," Varga says.',
      '',
      'I asked whether he missed the ovens. He shakes his head.',
      '',
      '"Not for a second."',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'baker-2024.txt': text })).records as Rec[];
    expect(at(got, 10, 'quote')?.speaker).toBe('Desmond Achterberg');
    expect(at(got, 16, 'quote')?.speaker).toBe('Desmond Achterberg');
  });
});

describe("a player's position before the name", () => {
  it('is no part of the name', () => {
    const records = fixtureCorpus(DIR, ['sports-longread-rowing-2022.txt']).records as Rec[];
    expect(at(records, 19, 'quote')?.speaker).toBe('Megan Astley');
    expect(at(records, 25, 'quote')?.speaker).toBe('Megan Astley');
    expect(at(records, 21, 'quote')?.speaker).toBe('Chloe Farrant');
    expect(records.some((r) => r.speaker === 'Stroke Megan Astley')).toBe(false);
  });
});
