/**
 * A newscast saved as plain text, fix80-a: a station's or a monitoring service's .txt of a package
 * (a title, a date, one ">>" turn per line or per paragraph, ">>" alone on its line, capitals or
 * mixed case, some turns labelled ">> ANCHOR:") names its voices as its captions do (newscast.ts,
 * shared with captions.ts): the anchor's hand-off names the reporter's turns, a lead-in naming one
 * person names the bite after it, a sign-off names the reporter. The same words as an SRT give the
 * same speakers. A hand-off naming two people, a lead-in naming no one and the anchor's
 * ">> THANKS, MARIA." name no one; labelled turns keep their labels.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; role?: string | null; text: string };
const DIR = join(FIXTURES, 'fix80', 'a');
const at = (records: Rec[], line: number) => records.find((r) => r.line === line);
const speakersOf = (file: string) => (fixtureCorpus(DIR, [file]).records as Rec[]).map((r) => [r.type, r.speaker, r.text]);

describe('a package in capitals, one ">>" turn a line (.txt)', () => {
  const records = fixtureCorpus(DIR, ['kgw-fire-stations.txt']).records as Rec[];

  it('names the reporter the hand-off names, the bites the lead-ins name, and the sign-off', () => {
    expect(at(records, 5)).toMatchObject({ type: 'quote', speaker: null, text: "KGW'S MARIA SANTOS HAS THE STORY." });
    for (const line of [6, 8, 10]) expect(at(records, line)).toMatchObject({ type: 'quote', speaker: 'Maria Santos' });
    expect(at(records, 7)).toMatchObject({ speaker: 'Alan Brooks', text: expect.stringMatching(/^WE HAVE MODELED/) });
    expect(at(records, 9)).toMatchObject({ speaker: 'Paula Grant', text: expect.stringMatching(/^MY HUSBAND/) });
  });

  it('leaves the anchor, and the anchor taking the package back, unnamed', () => {
    expect(at(records, 4)?.speaker).toBeNull();
    expect(at(records, 11)).toMatchObject({ speaker: null, text: 'THANKS, MARIA.' });
  });

  it('gives the same speakers as the same words saved as captions', () => {
    expect(speakersOf('kgw-fire-stations.txt')).toEqual(speakersOf('kgw-fire-stations.srt'));
    expect(speakersOf('koin-bus-routes-caps.txt')).toEqual(speakersOf('koin-bus-routes-caps.srt'));
  });
});

describe('a hand-off by an outlet of two words, a lead-in naming no one (.txt)', () => {
  const records = fixtureCorpus(DIR, ['koin-bus-routes-caps.txt']).records as Rec[];

  it('reads "KOIN 6\'S DEREK HOLLAND HAS THE STORY." as the hand-off to Derek Holland', () => {
    for (const line of [6, 8, 10, 12, 14]) expect(at(records, line)).toMatchObject({ type: 'quote', speaker: 'Derek Holland' });
    expect(at(records, 7)?.speaker).toBe('Linda Oyelaran');
    expect(at(records, 11)?.speaker).toBe('Jorge Castillo');
    // "OYELARAN SAYS …": the surname of a bite named in full before
    expect(at(records, 13)?.speaker).toBe('Linda Oyelaran');
  });

  it('names no bite after a lead-in naming no one, and leaves "THANKS, DEREK." unnamed', () => {
    expect(at(records, 9)).toMatchObject({ speaker: null, text: expect.stringMatching(/^IT WAS A LONG MEETING/) });
    expect(at(records, 15)).toMatchObject({ speaker: null, text: 'THANKS, DEREK.' });
  });
});

describe('mixed case, ">>" alone on its line over each paragraph (.txt)', () => {
  const records = fixtureCorpus(DIR, ['kptv-library-levy-paragraphs.txt']).records as Rec[];

  it('reads each paragraph as the turn of the ">>" above it, a quote, not a claim of the page', () => {
    expect(records.filter((r) => r.type === 'claim')).toEqual([]);
    expect(at(records, 4)).toMatchObject({ type: 'quote', speaker: null, text: expect.stringMatching(/^Good evening\./) });
  });

  it('names the reporter, the bites and the sign-off', () => {
    for (const line of [10, 16, 22]) expect(at(records, line)).toMatchObject({ type: 'quote', speaker: 'Hannah Whitcomb' });
    expect(at(records, 13)?.speaker).toBe('Samuel Achebe');
    expect(at(records, 19)?.speaker).toBe('Cheryl Dunmore');
  });

  it('names no one after a hand-off to two people', () => {
    expect(at(records, 25)?.speaker).toBeNull();
    expect(at(records, 28)).toMatchObject({ speaker: null, text: expect.stringMatching(/^The Sellwood ramp/) });
  });
});

describe('">> NAME:" labels among the bare ">>" turns (.txt)', () => {
  const records = fixtureCorpus(DIR, ['kgw-senate-vote-labelled.txt']).records as Rec[];

  it('keeps the labels, and the anchor\'s opening asks nothing of the ">>" voice after it', () => {
    expect(at(records, 4)).toMatchObject({ type: 'quote', speaker: 'Anchor', asker: null });
    expect(at(records, 5)).toMatchObject({ type: 'quote', speaker: null });
    expect(at(records, 7)).toMatchObject({ speaker: 'Ruth Miller', text: expect.stringMatching(/^WE CANNOT BUILD/) });
    expect(at(records, 8)?.speaker).toBe('Reporter');
    expect(at(records, 11)).toMatchObject({ speaker: 'Anchor', text: 'THANKS, PRIYA.' });
  });

  it('names the reporter after the hand-off (a surname ending in "man"), and the bite the lead-in names', () => {
    expect(at(records, 6)?.speaker).toBe('Priya Raman');
    expect(at(records, 9)?.speaker).toBe('Brian Foley');
    expect(at(records, 10)?.speaker).toBe('Priya Raman');
  });
});
