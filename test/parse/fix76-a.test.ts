/**
 * Transcript exports, fix76-a: a transcription service's numbered voice that cuts in with its name
 * and the part it speaks for ("It's Priya from the friends group.", Otter's "Speaker 3  4:12"), or
 * names itself with its own "I" after a comma ("This is Gareth Lindqvist, I live on …", Zoom's
 * "Speaker 2:"), is that person in every turn; Otter's "Unknown Speaker" that gives a full name the
 * next voice answers by first name ("Thank you, Tomasz.") is that person for that turn; a mixed-case
 * office with its holder in brackets ("Officer (Daniel Fenwick):") is the holder, the office the role.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; role: string | null; text: string };
const DIR = join(FIXTURES, 'fix76', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));
const load = (name: string) => fixtureCorpus(DIR, [name]).records as Rec[];

describe('a numbered voice that names itself', () => {
  it('Otter: "It\'s Priya from the friends group." is Priya in every Speaker 3 turn', () => {
    const r = load('otter-allotment-meeting-2024.txt');
    expect(at(r, 22)).toMatchObject({ type: 'quote', speaker: 'Priya' });
    expect(at(r, 25)).toMatchObject({ speaker: 'Priya', asker: 'Speaker 1' });
    expect(at(r, 34)?.speaker).toBe('Priya');
    expect(at(r, 10)?.speaker).toBe('Speaker 2');
  });

  it('Zoom: "This is Gareth Lindqvist, I live on …" is Gareth; a mention keeps the number', () => {
    const r = load('zoom-library-board-2023.txt');
    expect(at(r, 4)?.speaker).toBe('Gareth Lindqvist');
    expect(at(r, 8)?.speaker).toBe('Gareth Lindqvist');
    expect(at(r, 9)).toMatchObject({ speaker: 'Speaker 3', asker: 'Gareth Lindqvist' });
    expect(at(r, 6)?.speaker).toBe('Speaker 3'); // "It's Main Street that worries me."
  });

  it('in other words: a first name with a surname elsewhere; mentions and two names keep the number', () => {
    const text = [
      'Parish council call',
      'Mon, Jun 3, 2024 6:00PM',
      '',
      'Speaker 1  0:02',
      "Welcome. Marta Kowalczyk couldn't join us, so Speaker 2 will cover the roads.",
      '',
      'Speaker 2  0:10',
      "Hi, it's Marta from the roads working group. We counted forty potholes on Mill Lane.",
      '',
      'Speaker 3  0:30',
      "It's Priya's idea, not mine, but we could ask the county for a survey.",
      '',
      'Speaker 2  0:48',
      'The county did one in 2019 and never published it.',
      '',
      'Speaker 3  1:02',
      'Then we ask again.',
    ].join('\n');
    const r = loadCorpus(tempCorpus({ 'parish-call-2024.txt': text })).records as Rec[];
    expect(at(r, 7)?.speaker).toBe('Marta Kowalczyk');
    expect(at(r, 13)?.speaker).toBe('Marta Kowalczyk');
    expect(at(r, 10)?.speaker).toBe('Speaker 3');
    expect(at(r, 16)?.speaker).toBe('Speaker 3');
  });

  it('a host introducing someone else names no voice: "This is Dana from legal. She will …"', () => {
    const text = [
      'Vendor review call',
      'Tue, May 7, 2024 10:00AM',
      '',
      'Speaker 1  0:02',
      'This is Dana from legal. She will walk us through the contract terms today.',
      '',
      'Speaker 2  0:15',
      'Thanks. The renewal clause is the one to watch; it rolls over for three years.',
    ].join('\n');
    const r = loadCorpus(tempCorpus({ 'vendor-call-2024.txt': text })).records as Rec[];
    expect(r.some((x) => x.speaker === 'Dana')).toBe(false);
  });
});

describe('an unknown voice the next one answers by name', () => {
  it('Teams: "I\'m Tomasz Wierzbicki, …" / "Thank you, Tomasz." is Tomasz for that turn only', () => {
    const r = load('teams-planning-2024.txt');
    expect(at(r, 4)?.speaker).toBe('Tomasz Wierzbicki');
    expect(at(r, 7)?.speaker).toBe('Marguerite Oyelaran');
    expect(at(r, 10)?.speaker).toBeNull();
  });
});

describe('an office in mixed case with its holder in brackets', () => {
  it('"Officer (Daniel Fenwick):" is Daniel Fenwick, role officer, as the capitals are', () => {
    const r = load('council-minutes-2023.txt');
    expect(at(r, 4)).toMatchObject({ speaker: 'Daniel Fenwick', asker: 'Nora Whitcombe', role: 'officer' });
    expect(at(r, 8)?.speaker).toBe('Rosalind Achebe');
    expect(at(r, 9)).toMatchObject({ speaker: 'Nora Whitcombe', role: 'chair' });
    const caps = load('council-minutes-caps-2023.txt');
    expect(at(caps, 5)).toMatchObject({ speaker: 'Daniel Fenwick', role: 'officer' });
    expect(at(caps, 4)).toMatchObject({ speaker: 'Nora Whitcombe', role: 'chair' });
  });
});

describe('exports read right already (kept so)', () => {
  it('Rev, Descript, a deposition and a Zoom chat', () => {
    expect(at(load('rev-podcast-gardening-2022.txt'), 11)?.speaker).toBe('Hollis Vantongeren');
    expect(at(load('descript-bakery-interview-2023.txt'), 6)).toMatchObject({ speaker: 'Ingrid Halvorsen', asker: 'Colm Petrakis' });
    expect(at(load('deposition-excerpt-2022.txt'), 13)).toMatchObject({ speaker: 'Harold Quigley', asker: 'Mr. Okonjo' });
    expect(at(load('zoom-chat-pta-2024.txt'), 10)?.speaker).toBe('Liesel Marchetti');
  });
});
