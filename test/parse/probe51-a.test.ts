/**
 * Magazine profiles where the subject recounts what a mentor, a parent or a teacher once told them,
 * in a paragraph of quotation standing alone under a lead-in that names the teller and only points
 * at the speaker: "Her political mentor, Henk Dijkstra, gave her that lesson early, she said." /
 * "“Henk told me, 'Rosalind, …' I thought he was being cynical.”". Before, such a quotation went
 * to the last person named, the teller, and so did the pull quote repeating the inner words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe51', 'a');

describe('a quotation recounting what someone told the speaker', () => {
  it('is the recounting person\'s, never the teller\'s, in the probe51 profiles', () => {
    const c = fixtureCorpus(DIR);
    const at = (doc: string, line: number) => c.records.find((r) => r.doc === doc && r.line === line);
    // A name tells ("Henk told me, '…'"); the lead-in names him, the minister speaks.
    expect(at('feature-housing-minister-2021', 31)).toMatchObject({ type: 'quote', speaker: 'Rosalind Achterberg' });
    expect(at('feature-housing-minister-2021', 31)!.text).toMatch(/^Henk told me, 'Rosalind/);
    // The pull quote repeating the inner words follows the body's speaker.
    expect(at('feature-housing-minister-2021', 41)).toMatchObject({ type: 'quote', speaker: 'Rosalind Achterberg' });
    // A teller the lead-in only describes ("a woman she describes only as Sister Halina").
    expect(at('feature-two-midwives-2024', 33)).toMatchObject({ type: 'quote', speaker: 'Agnieszka Wolak' });
    expect(at('feature-two-midwives-2024', 53)).toMatchObject({ type: 'quote', speaker: 'Agnieszka Wolak' });
    // "He said to me, 'Seun, …'" under "Her mentor at Ibadan, the late Professor Adewale Ogunleye, told her …".
    expect(at('profile-vaccine-scientist-2018', 39)).toMatchObject({ type: 'quote', speaker: 'Oluwaseun Adebayo-Keane' });
    expect(at('profile-vaccine-scientist-2018', 43)).toMatchObject({ type: 'quote', speaker: 'Oluwaseun Adebayo-Keane' });
    // "My father used to say, '…'" under "Their father, Imre Varga, …": not the father.
    expect(at('profile-orchestra-brothers-2022', 22)!.speaker).not.toBe('Imre Varga');
    // A grandmother the lead-in names only as kin: the granddaughter named there speaks, as before.
    expect(at('feature-chess-club-2020', 30)).toMatchObject({ type: 'quote', speaker: 'Morag Kilbride' });
  });

  it('in other words: a coach, a pronoun teller and a teacher by name', () => {
    const dir = tempCorpus({
      'swimmer-profile.txt': [
        'The Long Lane',
        '',
        'By Ruth Adeyemi',
        'Pool & Track, May 2017',
        '',
        'Tomasz Brzezinski swam his first race in 1999 and his last in 2016.',
        '',
        '"I was slow for ten years," Brzezinski said. "Then I was fast for three."',
        '',
        'His first coach, the retired lifeguard Dariusz Kowal, drilled him in a municipal pool in Lodz.',
        '',
        '"Dariusz told me, \'Tomek, water forgives nothing and forgets everything.\' I was eleven. I wrote it on my bag."',
        '',
        'His school swimming teacher, Mr Oskar Lenz, was gentler.',
        '',
        '"He said to me once, \'Swim your own lane.\' That is the whole sport, really."',
        '',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    const at = (line: number) => c.records.find((r) => r.line === line);
    expect(at(12)).toMatchObject({ type: 'quote', speaker: 'Tomasz Brzezinski' });
    expect(at(16)).toMatchObject({ type: 'quote', speaker: 'Tomasz Brzezinski' });
  });
});
