/**
 * Broadcast transcripts with `NAME, ROLE:` labels (probe52-a). Before:
 * - a local newscast's soundbite cue before a label, "(SOUNDBITE) GLORIA PINEDA, resident: …", was no
 *   label: the resident's, the mayor's and the superintendent's words were the reporter's or the
 *   co-anchor's, joined into their turns;
 * - "CO-ANCHOR (MIRA DELGADO):" and "METEOROLOGIST (SAM KIRBY):" were voices named "Co-Anchor" and
 *   "Meteorologist", where "ANCHOR (ROBERT TAN):" was Robert Tan;
 * - the package's "REPORTER (voice-over):" was a voice named "Reporter" (or "Reporter Ann", or for
 *   "(ON CAMERA)" a voice named "On Camera"), where one labelled person, "KELSEY AMEH, REPORTER (live):",
 *   holds the part;
 * - a phone-in's hand-off opening its sentence ("Next up is Dennis in Abilene", "Let's hear from
 *   Anita in Tacoma", "Let's go first to Carol …") put nobody on the line: every caller was "Caller";
 *   and the host's "Dennis, what about the point the last caller made?" took Dennis off it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe52', 'a');

describe('a local newscast rundown: soundbite cues, desk parts, the package reporter', () => {
  it('gives each soundbite, desk part and voice-over its own voice in the fixture', () => {
    const c = fixtureCorpus(DIR, ['channel9-evening-rundown-2021-02-18.txt']);
    const recs = c.records.filter((r) => r.doc === 'channel9-evening-rundown-2021-02-18');
    const at = (line: number) => recs.find((r) => r.line === line);
    expect(at(16)).toMatchObject({ type: 'quote', speaker: 'Kelsey Ameh', text: 'The center opened Tuesday with 150 cots. By tonight there were more than 400 people inside.' });
    expect(at(18)).toMatchObject({ type: 'quote', speaker: 'Gloria Pineda', role: 'resident', text: "We have no heat since Monday. My mother is 81. We put her in the car with the engine running, that's how we slept." });
    expect(at(20)).toMatchObject({ speaker: 'Kelsey Ameh', text: 'City officials say the outage is the longest here since the storm of 2011.' });
    expect(at(22)).toMatchObject({ speaker: 'Jim Russo', role: 'City of Arlington' });
    expect(at(24)).toMatchObject({ speaker: 'Kelsey Ameh' });
    expect(at(36)).toMatchObject({ speaker: 'Mira Delgado', text: 'The storm is also hitting schools. The district says all 74 campuses will stay closed through Monday.' });
    expect(at(38)).toMatchObject({ speaker: 'Alan Frye', text: "We had pipes burst in at least 19 buildings. We can't bring kids back into buildings without water." });
    expect(at(40)).toMatchObject({ speaker: 'Mira Delgado', text: 'The district says it will add two make-up days in June.' });
    expect(at(44)).toMatchObject({ speaker: 'Sam Kirby' });
    expect(at(46)).toMatchObject({ type: 'qa', speaker: 'Sam Kirby', asker: 'Robert Tan', question: 'Sam, anything like this since you started?' });
    // No voice named after a part or a cue, no cue's word in anyone's words.
    expect(recs.filter((r) => /^(?:Reporter|Co-Anchor|Meteorologist|On Camera)$/.test(r.speaker ?? ''))).toEqual([]);
    expect(recs.filter((r) => /SOUNDBITE|[A-Z]{4,} [A-Z]{3,}:/.test(r.text))).toEqual([]);
    const doc = c.documents.find((d) => d.id === 'channel9-evening-rundown-2021-02-18')!;
    expect(doc.sentences.missed).toEqual([]);
  });

  it('in other words: an SOT cue, a sportscaster, the reporter on camera in capitals', () => {
    const text = [
      'WKLM EYEWITNESS NEWS AT ELEVEN',
      'As aired: October 3, 2023',
      '',
      'ANCHOR (DIANE WOO): A water main break flooded two blocks of Elm Avenue tonight. Tom Reyes has the story.',
      '',
      'TOM REYES, REPORTER (live): Diane, crews are still pumping water out of basements here.',
      '',
      'REPORTER (VOICE-OVER): The main burst just after six, sending water into 14 homes.',
      '',
      '(SOT) HARRIET KANE, Elm Avenue homeowner: It came up through the floor drain in ten minutes.',
      '',
      '(SOT) LEON BARR, Public Works Director: That pipe was laid in 1931. It was on our list.',
      '',
      'REPORTER (ON CAMERA): The city expects water service back by Thursday.',
      '',
      'SPORTSCASTER (NINA HOLT): Turning to football, the Hawks won 27 to 20.',
      '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'wklm.txt': text })).records;
    const who = recs.map((r) => [r.line, r.speaker]);
    expect(who).toEqual([
      [4, 'Diane Woo'],
      [6, 'Tom Reyes'],
      [8, 'Tom Reyes'],
      [10, 'Harriet Kane'],
      [12, 'Leon Barr'],
      [14, 'Tom Reyes'],
      [16, 'Nina Holt'],
    ]);
    expect(recs.find((r) => r.line === 10)).toMatchObject({ role: 'Elm Avenue homeowner', text: 'It came up through the floor drain in ten minutes.' });
    expect(recs.find((r) => r.line === 12)).toMatchObject({ role: 'Public Works Director', text: 'That pipe was laid in 1931. It was on our list.' });
  });
});

describe("a phone-in's hand-offs that open their sentence", () => {
  it('puts each caller the host hands the line to on it in the fixture', () => {
    const c = fixtureCorpus(DIR, ['washington-callin-2019-05-07.txt']);
    const recs = c.records.filter((r) => r.doc === 'washington-callin-2019-05-07' && r.type === 'qa');
    // (fix64-a: "HOST:" is the Pedro Albright the host's first turn names.)
    expect(recs.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [7, 'Carol', 'Pedro Albright'],
      [11, 'Carol', 'Pedro Albright'],
      [15, 'Carol', 'Pedro Albright'],
      [19, 'Dennis', 'Pedro Albright'],
      [23, 'Dennis', 'Pedro Albright'],
      [27, 'Anita', 'Pedro Albright'],
      [33, 'Anita', 'Pedro Albright'],
      [39, 'Anita', 'Pedro Albright'],
    ]);
    expect(recs.find((r) => r.line === 23)!.question).toBe('Dennis, what about the interest point the last caller made?');
  });

  it('in other words: "Let\'s go now to", "Next is", a question to the caller naming the last one', () => {
    const text = [
      'NIGHTLINE RADIO PHONE-IN',
      'March 2, 2022',
      '',
      "HOST: Evening, everyone. Let's go now to Priscilla in Fresno. You're on.",
      '',
      'CALLER: Hi. My rent went up 18 percent in 2021.',
      '',
      'HOST: Priscilla, did the caller before you say the same thing?',
      '',
      'CALLER: Pretty much. Everybody I know.',
      '',
      'HOST: Thanks. Next is Omar in Reno. Omar?',
      '',
      'CALLER: Yeah, I own two rentals and my taxes doubled.',
      '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'phonein.txt': text })).records;
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker])).toEqual([
      [4, 'Priscilla'],
      [8, 'Priscilla'],
      [12, 'Omar'],
    ]);
  });
});

describe("a transcript's channel over its air date", () => {
  it('is no byline: the footer under the last turn is nobody\'s in the fixture', () => {
    const c = fixtureCorpus(DIR, ['washington-callin-2019-05-07.txt']);
    const doc = c.documents.find((d) => d.id === 'washington-callin-2019-05-07')!;
    expect(doc.meta.author ?? null).toBeNull();
    const footer = c.records.filter((r) => r.doc === 'washington-callin-2019-05-07' && r.line === 47);
    // "Transcript prepared by Capitol Caption Services. This transcript has not been reviewed for
    // accuracy.": the page's notes, no one's claim.
    expect(footer).toEqual([]);
  });

  it('in other words: a broadcasting corporation over a dated line', () => {
    const text = [
      'MORNING REVIEW',
      'Prairie Broadcasting Corporation',
      'Tuesday, 14 June 2022',
      '',
      'PRESENTER: Good morning. Fuel prices rose 9 percent in May.',
      '',
      'GUEST: They did, and I expect more in July.',
      '',
      'PRESENTER: Thank you.',
      '',
      'Transcribed by Northgate Transcription. Not checked against the broadcast.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'review.txt': text }));
    expect(c.documents[0]!.meta.author ?? null).toBeNull();
    expect(c.records.filter((r) => r.line === 11).every((r) => r.speaker === null)).toBe(true);
  });
});
