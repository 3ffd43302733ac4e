/**
 * Broadcast captions, fix79-a: the anchor's hand-off naming the reporter ("KXLY'S MARCUS BELL HAS THE
 * STORY.", "Our Rosa Delgado reports.", "Dan Whitfield joins us from the statehouse …") names the
 * next `>>` voice, and the reporter's later turns in the package (a lead-in to a named bite, the
 * bridge right after one, the sign-off); a surname lead-in ("OSEI SAYS …", "Hartley says …") names a
 * bite already named in full. The anchor's ">> THANKS, MARCUS." ends the package and stays the
 * anchor's; a hand-off naming two people names no one; a lead-in naming no one names no bite.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; role?: string | null; text: string };
const DIR = join(FIXTURES, 'fix79', 'a');
const at = (records: Rec[], line: number) => records.find((r) => r.line === line);

describe('a package in capitals handed to its reporter (SRT)', () => {
  const records = fixtureCorpus(DIR, ['kxly-school-closures-package.srt']).records as Rec[];

  it('gives the voice after the anchor\'s hand-off, and the reporter\'s later turns, to the reporter', () => {
    expect(at(records, 3)?.speaker).toBeNull();
    for (const line of [15, 31, 39, 51]) expect(at(records, line)).toMatchObject({ type: 'quote', speaker: 'Marcus Bell' });
    expect(at(records, 39)?.text).toMatch(/OSEI SAYS THE BOARD WILL ADD TWO BUS ROUTES\.$/);
  });

  it('names the bites by full-name lead-ins and by a surname lead-in of a person already named', () => {
    expect(at(records, 23)?.speaker).toBe('Linda Osei');
    expect(at(records, 35)?.speaker).toBe('Tomas Reyes');
    expect(at(records, 47)).toMatchObject({ speaker: 'Linda Osei', text: expect.stringMatching(/^NO CHILD WILL WALK/) });
  });

  it('keeps the lead-in prose out of the bite\'s role', () => {
    expect(at(records, 23)?.role ?? null).toBeNull();
  });

  it('leaves the anchor taking the package back, and a hand-off to two people, unnamed', () => {
    expect(at(records, 59)).toMatchObject({ speaker: null, text: expect.stringMatching(/^THANKS, MARCUS\./) });
    expect(at(records, 67)?.speaker).toBeNull();
    expect(at(records, 71)?.speaker).toBeNull();
  });
});

describe('a package in mixed case handed to its reporter (VTT)', () => {
  const records = fixtureCorpus(DIR, ['ktvb-bridge-repair-package.vtt']).records as Rec[];

  it('reads "Our Rosa Delgado reports." as the hand-off, the reporter\'s lead-ins, bridge and sign-off hers', () => {
    expect(at(records, 4)?.speaker).toBeNull();
    for (const line of [10, 19, 25, 31]) expect(at(records, line)?.speaker).toBe('Rosa Delgado');
  });

  it('names the bites, the one after a surname lead-in included; the bite after a lead-in naming no one stays unnamed', () => {
    expect(at(records, 16)?.speaker).toBe('Owen Hartley');
    expect(at(records, 28)?.speaker).toBe('Owen Hartley');
    expect(at(records, 22)?.speaker).toBeNull();
  });

  it('keeps the anchor\'s thanks and next hand-off the anchor\'s, the next reporter named by "joins us"', () => {
    expect(at(records, 35)?.speaker).toBeNull();
    expect(at(records, 38)?.speaker).toBeNull();
    expect(at(records, 41)?.speaker).toBe('Dan Whitfield');
  });
});

describe('a package with ANCHOR: and REPORTER: labels', () => {
  const records = fixtureCorpus(DIR, ['komo-ferry-strike-labelled.srt']).records as Rec[];

  it('names every REPORTER: turn after the hand-off, the label her role; the anchor stays the anchor', () => {
    for (const line of [7, 19]) expect(at(records, line)).toMatchObject({ speaker: 'Eli Grant', role: 'Reporter' });
    expect(at(records, 15)?.speaker).toBe('Maya Lopez');
    for (const line of [3, 23]) expect(at(records, line)?.speaker).toBe('Anchor');
  });
});
