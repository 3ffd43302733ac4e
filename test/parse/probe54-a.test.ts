/**
 * Captions and transcription-service exports, probe54-a: a live captioner's `>> NAME:` label wrapped
 * onto a line of its own opens the words under it; an unnamed `>>` turn opening "MY NAME IS …" is that
 * person's; a WebVTT narrator's italic cue goes on in the next italic cue that names no voice; a
 * numbered voice that takes the floor by name and part ("Yeah, Luis Carrasco, trustee for area
 * three.") is that person; a "Speakers:" legend of the labels as written is the export's index, no
 * claims; a Zoom chat message's tab-set lines go on across a blank line (under a reply's echo); "ADA"
 * and "Councilmember" before a full name are offices, no part of it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker?: string | null; text: string; context?: string | null };
const DIR = join(FIXTURES, 'probe54', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe("a live captioner's label on a line of its own", () => {
  const records = fixtureCorpus(DIR, ['council-budget-hearing-2023.vtt']).records as Rec[];

  it('opens the words under it in the same cue: the director answers, not the councilmember', () => {
    expect(at(records, 24, 'qa')).toMatchObject({ speaker: 'Library Director Przybylski', asker: 'Councilmember Okafor', text: expect.stringMatching(/^THANK YOU\. VISITS ROSE/) });
    expect(records.filter((r) => r.speaker === 'Councilmember Okafor').some((r) => r.text.includes('VISITS ROSE'))).toBe(false);
    expect(at(records, 46, 'qa')?.speaker).toBe('Library Director Przybylski');
  });

  it('an unnamed change of speaker opening "MY NAME IS …" is that person', () => {
    expect(at(records, 61)).toMatchObject({ type: 'quote', speaker: 'Ruth Abernathy' });
  });

  it('in other words: an SRT with the label wrapped, and a comment that names nobody', () => {
    const srt = [
      '1', '00:00:01,000 --> 00:00:04,000', '>> CHAIR LINDQVIST: THE HEARING', 'IS OPEN.', '',
      '2', '00:00:04,000 --> 00:00:08,000', '>> TREASURER ABARA:', 'THE RESERVE FELL BY 4 PERCENT.', '',
      '3', '00:00:08,000 --> 00:00:12,000', '>> MY NAME IS NOT IMPORTANT. I PAY', 'TAXES HERE.', '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'hearing-2022.srt': srt })).records as Rec[];
    expect(got.find((r) => r.text.includes('RESERVE FELL'))?.speaker).toBe('Treasurer Abara');
    expect(got.find((r) => r.text.includes('HEARING IS OPEN'))?.speaker).toBe('Chair Lindqvist');
    expect(got.find((r) => r.text.includes('I PAY TAXES'))?.speaker ?? null).toBe(null);
  });
});

describe("a narrator's italics", () => {
  const records = fixtureCorpus(DIR, ['documentary-lighthouse-captions-2020.vtt']).records as Rec[];

  it('go on in the next italic cue that names no voice', () => {
    expect(at(records, 14)).toMatchObject({ type: 'quote', speaker: 'Narrator', text: expect.stringContaining('Its last keeper never left the island.') });
    expect(records.some((r) => r.type === 'claim')).toBe(false);
    expect(at(records, 32, 'qa')).toMatchObject({ speaker: 'Agnes Whitlow', asker: 'Interviewer' });
  });

  it('italics after a cue that named nobody stay narration', () => {
    const vtt = ['WEBVTT', '', '00:00:01.000 --> 00:00:03.000', '<i>The valley flooded in 1952.</i>', '', '00:00:03.000 --> 00:00:06.000', '<v Ana Ruiz>I was six.', '', '00:00:06.000 --> 00:00:09.000', '<i>Nobody was warned.</i>', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'valley-2019.vtt': vtt })).records as Rec[];
    expect(got.find((r) => r.text.includes('Nobody was warned'))).toMatchObject({ type: 'claim', speaker: null });
  });
});

describe('a numbered voice taking the floor by name and part', () => {
  const records = fixtureCorpus(DIR, ['school-board-rev-2022.txt']).records as Rec[];

  it('is that person', () => {
    expect(at(records, 25, 'qa')?.speaker).toBe('Luis Carrasco');
    expect(at(records, 28, 'qa')).toMatchObject({ speaker: 'Gordon Ashby', asker: 'Luis Carrasco' });
    expect(records.some((r) => r.speaker === 'Speaker 4' || r.asker === 'Speaker 4')).toBe(false);
  });

  it('a full name put to someone else, or thanked, renames nobody', () => {
    const text = [
      'Speaker 1 (00:00):', "I'm Nora Quill, chair. Okay. Let's start.", '',
      'Speaker 2 (00:05):', 'Hi. Dana Wu, parent at Lakeview. Why was the bus route cut?', '',
      'Speaker 3 (00:15):', 'Ana Ruiz, thanks for coming. The route lost its driver.', '',
      'Speaker 4 (00:21):', 'Omar Haddad, what does a new driver cost?', '',
      'Speaker 3 (00:26):', 'About $40,000 a year.', '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'board-2023.txt': text })).records as Rec[];
    expect(got.find((r) => r.text.includes('lost its driver'))).toMatchObject({ asker: 'Dana Wu' });
    expect(got.some((r) => [r.speaker, r.asker].some((n) => n === 'Ana Ruiz' || n === 'Omar Haddad'))).toBe(false);
  });
});

describe('a "Speakers:" legend under an export\'s title', () => {
  const records = fixtureCorpus(DIR, ['court-hearing-sonix-2019.txt']).records as Rec[];

  it('is the export\'s index of the labels, no claims', () => {
    for (const line of [4, 5, 6, 7, 8]) expect(at(records, line)).toBeUndefined();
    expect(at(records, 12, 'qa')).toMatchObject({ speaker: 'Brandon Lutz', asker: 'Paul Desrosiers' });
  });
});

describe("an assistant prosecutor's letters and a local legislator's office before a full name", () => {
  it('are no part of the name, as "Judge" and "Attorney" are not', () => {
    const records = fixtureCorpus(DIR, ['court-hearing-sonix-2019.txt']).records as Rec[];
    expect(at(records, 26, 'quote')?.speaker).toBe('Keisha Monroe');
    expect(at(records, 30, 'qa')).toMatchObject({ speaker: 'Brandon Lutz', asker: 'Keisha Monroe' });
    const text = ['Councilmember Dana Okafor: Why is the Mill Road branch losing Sunday hours?', '', 'Director Piotr Przybylski: Staffing costs rose faster than the levy.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'council-2023.txt': text })).records as Rec[];
    expect(got.find((r) => r.type === 'qa')).toMatchObject({ asker: 'Dana Okafor' });
  });
});

describe("Zoom chat's tab-set message lines", () => {
  const records = fixtureCorpus(DIR, ['user-interview-zoom-chat-2025.txt']).records as Rec[];

  it('go on across a blank line under a reply\'s echo: the words are the sender\'s', () => {
    const reply = records.find((r) => r.text.includes('version 124 I think'));
    expect(reply).toMatchObject({ speaker: 'Oskar Lindqvist' });
    expect(reply?.text).not.toContain('Replying to');
    expect(records.some((r) => r.type === 'claim')).toBe(false);
  });
});
