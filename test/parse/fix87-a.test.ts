/**
 * fix87-a: a header row of fields parted by `·`, `|` or `•`, the event's name first and the day
 * between, is the document's dateline, and a card's "Joined:"/"Signed:" field never dates it; a
 * reporter's label giving a full name and then an outlet ("Sarah Ojo, BBC Radio Harwood: …?") names
 * the asker, the outlet her affiliation; a host's turn that only breaks for the advertisements
 * ("We'll be right back.") answers nothing; in an unlabelled interview whose prompts ask, a short
 * remark between two answers that the answer below takes up ("That sounds boring." / "It was
 * incredibly boring.") is the interviewer's prompt, no part of the answer above it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker?: string | null; askerRole?: string | null; question?: string; year: number | null; text: string };
const PROBE = join(FIXTURES, 'probe87', 'a');
const DIR = join(FIXTURES, 'fix87', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a header row of fields with the day between dates the document', () => {
  it('a matchday programme: the fixture · the day · the kick-off, not the player card\'s "Joined: July 2022"', () => {
    const c = fixtureCorpus(PROBE, ['programme-player-interview.txt']);
    const doc = c.documents[0]!.meta;
    expect(doc).toMatchObject({ date: '2025-03-22', year: 2025 });
    expect((c.records as Rec[]).every((r) => r.year === 2025)).toBe(true);
  });

  it('in other words: a theatre programme\'s "|" row and a club newsletter\'s "•" row over a cast or member card', () => {
    const theatre = fixtureCorpus(DIR, ['theatre-programme-cast-card.txt']);
    expect(theatre.documents[0]!.meta).toMatchObject({ date: '2025-04-10', year: 2025 });
    const club = fixtureCorpus(DIR, ['club-newsletter-member-card.txt']);
    expect(club.documents[0]!.meta).toMatchObject({ date: '2024-05-04', year: 2024 });
    expect((club.records as Rec[]).every((r) => r.year === 2024)).toBe(true);
  });
});

describe('a reporter\'s label: a full name, then an outlet', () => {
  it('presser: "Sarah Ojo, BBC Radio Harwood:" asks, the station her affiliation', () => {
    const records = fixtureCorpus(PROBE, ['presser-harwood-rovers-2025.txt']).records as Rec[];
    expect(at(records, 36, 'qa')).toMatchObject({ speaker: 'Dace Merriman', asker: 'Sarah Ojo', askerRole: 'BBC Radio Harwood' });
    // unchanged: the outlet in brackets, and the bare "Q:"
    expect(at(records, 19, 'qa')).toMatchObject({ asker: 'Mark Tilley', askerRole: 'Kelby Echo' });
    expect(at(records, 31, 'qa')?.asker).toBeNull();
  });

  it('in other words: a paper, an agency, a station of several words', () => {
    const presser = fixtureCorpus(DIR, ['presser-outlet-labels.txt']).records as Rec[];
    expect(at(presser, 9, 'qa')).toMatchObject({ speaker: 'Ines Barrow', asker: 'Tom Feld', askerRole: 'The Dunmore Courier' });
    expect(at(presser, 13, 'qa')).toMatchObject({ speaker: 'Ines Barrow', asker: 'Priya Nair', askerRole: 'Reuters' });
    const briefing = fixtureCorpus(DIR, ['briefing-agency-asker.txt']).records as Rec[];
    expect(at(briefing, 7, 'qa')).toMatchObject({ speaker: 'Malik Osei', asker: 'Jane Ritter', askerRole: 'Westport Evening News' });
    expect(at(briefing, 11, 'qa')).toMatchObject({ speaker: 'Malik Osei', asker: 'Daniel Ahn', askerRole: 'Associated Press' });
    expect(at(briefing, 5)).toMatchObject({ type: 'quote', speaker: 'Malik Osei' });
  });
});

describe('a host\'s turn that only breaks for the advertisements answers nothing', () => {
  it('radio-sportstalk: "We\'ll be right back." after the co-host\'s remark is Karen Lund\'s quote', () => {
    const records = fixtureCorpus(PROBE, ['radio-sportstalk-2024.txt']).records as Rec[];
    expect(at(records, 38)).toMatchObject({ type: 'quote', speaker: 'Karen Lund', text: "We'll be right back." });
    expect(at(records, 36)).toMatchObject({ type: 'quote', speaker: 'Derek Moss' });
  });

  it('in other words: "Stay with us.", "Don\'t go anywhere, we\'ll be back after the break."', () => {
    const radio = fixtureCorpus(DIR, ['radio-phonein-break.txt']).records as Rec[];
    expect(at(radio, 13)).toMatchObject({ type: 'quote', speaker: 'Nina Cole', text: 'Stay with us.' });
    expect(at(radio, 11)).toMatchObject({ type: 'quote', speaker: 'Raj Patel' });
    expect(at(radio, 7, 'qa')).toMatchObject({ speaker: 'Tom', asker: 'Raj Patel' });
    const podcast = fixtureCorpus(DIR, ['podcast-break-cue.txt']).records as Rec[];
    expect(at(podcast, 9)).toMatchObject({ type: 'quote', speaker: 'Martin Lowe' });
    expect(at(podcast, 7)).toMatchObject({ type: 'quote', speaker: 'Dani Frost' });
    // the question after the break is still answered
    expect(at(podcast, 11, 'qa')).toMatchObject({ speaker: 'Carla Brandt', asker: 'Martin Lowe' });
  });
});

describe('an unlabelled interview: a short remark the next answer takes up is a prompt', () => {
  it('interview-unlabelled: "That sounds boring." prompts the answer at line 10, out of the answer at line 6', () => {
    const records = fixtureCorpus(PROBE, ['interview-unlabelled-kwame-tetteh.txt']).records as Rec[];
    expect(at(records, 4, 'qa')).toMatchObject({ speaker: 'Kwame Tetteh', endLine: 6 });
    expect(at(records, 8, 'qa')).toMatchObject({ speaker: 'Kwame Tetteh', question: 'That sounds boring.', text: expect.stringMatching(/^It was incredibly boring\./) });
    expect(at(records, 12, 'qa')?.question).toBe('And the last thirty?');
  });

  it('in other words: "Must have been cramped.", "Sounds frustrating."', () => {
    const potter = fixtureCorpus(DIR, ['interview-unlabelled-potter.txt']).records as Rec[];
    expect(at(potter, 4, 'qa')).toMatchObject({ speaker: 'Hana Okafor', endLine: 6 });
    expect(at(potter, 8, 'qa')).toMatchObject({ speaker: 'Hana Okafor', question: 'Must have been cramped.' });
    const ferry = fixtureCorpus(DIR, ['interview-unlabelled-ferry.txt']).records as Rec[];
    expect(at(ferry, 4, 'qa')).toMatchObject({ speaker: 'Idris Vale', endLine: 6 });
    expect(at(ferry, 8, 'qa')).toMatchObject({ speaker: 'Idris Vale', question: 'Sounds frustrating.' });
    expect(at(ferry, 12, 'qa')?.question).toMatch(/^What was the worst storm/);
  });
});
