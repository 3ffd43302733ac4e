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

describe('"He said" / "She said" opening a sentence of reported clause', () => {
  it('credits the pronoun\'s person, not the byline, in the probe51 profiles', () => {
    const c = fixtureCorpus(DIR);
    const at = (doc: string, line: number, start: string) => c.records.find((r) => r.doc === doc && r.line === line && r.text.startsWith(start));
    expect(at('feature-two-midwives-2024', 19, 'She said the first year')).toMatchObject({ type: 'claim', speaker: 'Priya Hallam' });
    expect(at('profile-glassblower-lisbon-2019', 33, 'She said he spoke')).toMatchObject({ type: 'claim', speaker: 'Margarida Souto' });
    expect(at('profile-orchestra-brothers-2022', 14, 'He said the arrangement')).toMatchObject({ type: 'claim', speaker: 'Gabor Varga' });
    expect(at('profile-orchestra-brothers-2022', 18, 'He said juries like accuracy')).toMatchObject({ type: 'claim', speaker: 'Laszlo Varga' });
    // The writer's own sentence before it stays the writer's.
    expect(at('profile-orchestra-brothers-2022', 18, 'Laszlo disputes this.')).toMatchObject({ type: 'claim', speaker: 'Helena Marsh' });
  });

  it('in other words: a farmer and a vet, "she said nothing" left to the writer', () => {
    const dir = tempCorpus({
      'dairy-feature.txt': [
        'Milk Money',
        '',
        'By Owen Price',
        'Rural Times, 4 August 2015',
        '',
        '"We lost forty cows that winter," Bethan Morgan said.',
        '',
        'She said the bank never wrote back after the second month.',
        '',
        'The vet, Gareth Lloyd, came every week. She said nothing to him about the money.',
        '',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    const find = (start: string) => c.records.find((r) => r.text.startsWith(start));
    expect(find('She said the bank')).toMatchObject({ type: 'claim', speaker: 'Bethan Morgan', line: 8 });
    expect(find('She said nothing')).toMatchObject({ type: 'claim', speaker: 'Owen Price', line: 10 });
  });
});
