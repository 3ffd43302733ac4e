/**
 * fix31: two header shapes of transcripts. (1) A roster under its heading of "Name, Role" lines
 * (commas, no dash), perhaps with a cast line among them ("PARTICIPANTS:" / "David Prinçay,
 * President, Binance France" / "Moderator: Claire Dubois, …"): every line is the header's, heads no
 * section, and each person's role goes to their turns. (2) A programme's field naming one person
 * ("Presenter: Gemma Whitcroft", "Speaker: Jonathan Ng, Co-Founder, TOKEN2049") above the turns:
 * the header's when the holder speaks, a claim when they never do.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const one = (name: string, text: string) => recordsOf(loadCorpus(tempCorpus({ [name]: text })), name.replace(/\.txt$/, ''));

const hearing = `TRANSCRIPT: Harbour Board public hearing on the ferry timetable
12 September 2023, Town Hall, Kirkwall

PARTICIPANTS:
Morag Isbister, Chair, Orkney Harbour Board
Euan Flett, Operations Director, Northern Isles Ferries
Moderator: Sheena Rendall, Harbour Board secretary

SHEENA RENDALL: Welcome. Mr. Flett will open and then we will take questions from the floor.

EUAN FLETT: Thank you. From April we will add a second sailing to Stromness each weekday.

Q (Orcadian, Fiona Linklater): Will fares go up?

MORAG ISBISTER: Not this year. The Board froze harbour dues in 2023.
`;

describe('a roster of "Name, Role" lines under its heading', () => {
  it('the fixture: no roster line is a claim or a section, the roles go to the turns', () => {
    const recs = recordsOf(loadCorpus(join(FIXTURES, 'probe11', 'c5')), 'press-conference-transcript-binance-paris-2022-05-04');
    expect(recs.some((r) => r.line >= 4 && r.line <= 7)).toBe(false);
    expect(recs.every((r) => r.section === null)).toBe(true);
    expect(recs.find((r) => r.speaker === 'David Prinçay')!.role).toBe('President, Binance France');
    expect(recs.find((r) => r.speaker === 'CZ')!.role).toBe('Chief Executive Officer, Binance');
  });

  it('in other words', () => {
    const recs = one('hearing.txt', hearing);
    expect(recs.some((r) => r.line >= 4 && r.line <= 7)).toBe(false);
    expect(recs.every((r) => r.section === null)).toBe(true);
    expect(recs.find((r) => r.speaker === 'Euan Flett')!.role).toBe('Operations Director, Northern Isles Ferries');
    expect(recs.find((r) => r.speaker === 'Morag Isbister')!.role).toBe('Chair, Orkney Harbour Board');
  });

  it('a person on the roster who never speaks keeps their line as a claim', () => {
    const recs = one('hearing.txt', hearing.replace('Euan Flett, Operations', 'Magnus Rousay, Finance Director, Orkney Council\nEuan Flett, Operations'));
    expect(recs.some((r) => r.type === 'claim' && r.text === 'Magnus Rousay, Finance Director, Orkney Council')).toBe(true);
    expect(recs.some((r) => r.text.startsWith('Euan Flett, Operations'))).toBe(false);
  });
});

const webinar = `Riverside Allotments Society — spring webinar
Recorded 3 March 2024
Speaker: Tomasz Wierzbicki, Head Gardener, Riverside Allotments

[MUSIC]

TOMASZ WIERZBICKI: Hello everyone. This spring we are sowing broad beans in the first week of March.

CALLER (ANNE, HULL): Is it too late to plant garlic?

TOMASZ WIERZBICKI: Not at all. Plant it now and lift it in July.
`;

describe('a programme field naming one person above the turns', () => {
  it('the phone-in: "Presenter: …" is no claim when the presenter speaks', () => {
    const recs = recordsOf(loadCorpus(join(FIXTURES, 'fix31')), 'radio-phonein');
    expect(recs.some((r) => r.line === 3)).toBe(false);
    expect(recs.some((r) => r.speaker === 'Gemma Whitcroft')).toBe(true);
  });

  it('in other words: "Speaker: …" with what the speaker does', () => {
    const recs = one('webinar.txt', webinar);
    expect(recs.some((r) => r.line === 3)).toBe(false);
    expect(recs.filter((r) => r.speaker === 'Tomasz Wierzbicki').map((r) => r.role)).toEqual(['Head Gardener, Riverside Allotments', 'Head Gardener, Riverside Allotments']);
  });

  it('a holder who never speaks keeps the line as a claim', () => {
    const recs = one('webinar.txt', webinar.replace('Speaker: Tomasz Wierzbicki', 'Speaker: Halina Borkowska'));
    expect(recs.some((r) => r.type === 'claim' && r.line === 3)).toBe(true);
  });
});

describe('lines of names under a roster heading are no "Name, Role" roster', () => {
  it('a second name after the comma that speaks is someone, not a role', () => {
    const recs = one('standup.txt', `Attendees:
Chen Liang, Farah Siddiqui
Omar Greene, Lucia Ferro

CHEN LIANG: The build is green again since Tuesday.

FARAH SIDDIQUI: Good. I will ship the release notes on Friday.

OMAR GREENE: The new office opens in May.

LUCIA FERRO: I will book the movers this week.
`);
    expect(recs.find((r) => r.speaker === 'Chen Liang')!.role).toBe(null);
    expect(recs.find((r) => r.speaker === 'Omar Greene')!.role).toBe(null);
  });
});
