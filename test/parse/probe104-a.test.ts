/**
 * Transcript exports in layouts of their own, probe104-a: a Meet transcript whose long turns run on
 * to a second line with no label, under a tab line naming a guest ("Career chat with Idris Balogun
 * (2023-09-14 16:00 GMT+1) - Transcript"); a Fireflies export whose action items name each assignee at
 * the heading's margin, the tasks set in, and whose outline sets each chapter's gist further in, no bullet;
 * a Zoom caption file whose host reads a chat question out after its sender's name and a colon; a
 * Happy Scribe export setting the time alone on a line, the name alone under it, the words below.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';
import { loadCorpus } from '../../src/load/load.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe104', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a Meet transcript whose turns run on to an unlabelled second line', () => {
  const records = fixtureCorpus(DIR, ['Career chat with Idris Balogun - Transcript.txt']).records as Rec[];

  it('reads the "Name: text" lines as turns, not three people\'s cards under a sentence', () => {
    expect(at(records, 10, 'qa')).toMatchObject({ asker: 'Hanne Sorensen', speaker: 'Idris Balogun', year: 2023, question: 'Let\'s start at the beginning. How did you end up in structural engineering?' });
    // the unlabelled second line is the same answer's
    expect(at(records, 10, 'qa')?.text).toMatch(/transfer after a year\.\s+I never transferred\. By the second year/);
    expect(at(records, 20, 'qa')).toMatchObject({ asker: 'Kofi Mensah-Arthur', speaker: 'Idris Balogun', text: expect.stringMatching(/^2011\. Two of us/) });
    expect(records.filter((r) => r.type === 'claim' && /^[A-Z][a-z]+ [A-Z][\w-]+: /.test(r.text))).toEqual([]);
  });

  it('keeps the tab line naming the meeting out of the records, as a shorter one is', () => {
    expect(records.some((r) => /- Transcript$/.test(r.text))).toBe(false);
  });

  it('in other words: three voices under a turn\'s second line, twice, are still talk', () => {
    const dir = tempCorpus({
      'call.txt': [
        'Ana Ruiz: Welcome, both of you.',
        'Ben Odedra: Thanks. I was a nurse first, from 2004.',
        'Then I moved into management.',
        'Chioma Eze: When did you move?',
        'Ben Odedra: In 2012.',
        'Ana Ruiz: And after that?',
        'Ben Odedra: I left the hospital in 2019.',
        'I started a clinic.',
        'Chioma Eze: Was it hard?',
        'Ben Odedra: Very hard, for two years.',
        'Ana Ruiz: Thank you both.',
        '',
      ].join('\n'),
    });
    const recs = loadCorpus(dir).records as Rec[];
    expect(recs.filter((r) => r.speaker === 'Ben Odedra').length).toBeGreaterThanOrEqual(3);
    expect(recs.some((r) => r.type === 'qa' && r.asker === 'Chioma Eze' && r.speaker === 'Ben Odedra')).toBe(true);
  });
});

describe('a Fireflies export: assignees at the heading\'s margin, an outline\'s gists set in', () => {
  const records = fixtureCorpus(DIR, ['fireflies-career-review-tanaka.txt']).records as Rec[];

  it('ends each task at its line: the next assignee\'s name is no part of it', () => {
    expect(at(records, 8)).toMatchObject({ type: 'claim', text: 'Send Kenji the draft of the alumni profile by Friday (05:40)' });
    expect(records.some((r) => /Tanaka$|Marsh$/.test(r.text))).toBe(false);
  });

  it('reads the outline as the recorder\'s index, its chapters run into no gist', () => {
    expect(records.filter((r) => r.line >= 12 && r.line <= 18)).toEqual([]);
    expect(at(records, 25, 'qa')).toMatchObject({ asker: 'Olivia Marsh', speaker: 'Kenji Tanaka', year: 2024 });
  });

  it('in other words: tasks under names at the margin, a gist under each chapter', () => {
    const dir = tempCorpus({
      'sync.txt': [
        'Weekly sync',
        'Participants: Ana Ruiz, Ben Odedra',
        '',
        'Action items',
        'Ben Odedra',
        '    Book the venue for March (02:10)',
        'Ana Ruiz',
        '    Circulate the budget (04:30)',
        '',
        'Outline',
        '    Venue (00:00 - 03:00)',
        '        Ben has two quotes for the hall.',
        '    Budget (03:00 - 06:00)',
        '        Ana wants the figures by Friday.',
        '',
        'Transcript',
        '',
        'Ana Ruiz',
        '00:00',
        'Ben, where are we on the venue?',
        '',
        'Ben Odedra',
        '00:05',
        'I have two quotes. The hall is cheaper.',
        '',
        'Ana Ruiz',
        '00:20',
        'Good, book it.',
        '',
      ].join('\n'),
    });
    const recs = loadCorpus(dir).records as Rec[];
    expect(recs.find((r) => r.line === 6)?.text).toBe('Book the venue for March (02:10)');
    expect(recs.filter((r) => r.line >= 11 && r.line <= 14)).toEqual([]);
  });
});

describe('a host reading a chat question out: "this is from Sam Whitlock: how …?"', () => {
  const records = fixtureCorpus(DIR, ['zoom-cc-career-ngata-2023.txt']).records as Rec[];

  it('gives the question to the sender the host names, not to the host', () => {
    expect(at(records, 25, 'qa')).toMatchObject({ asker: 'Sam Whitlock', speaker: 'Hemi Ngata', year: 2023 });
    expect(at(records, 19, 'qa')).toMatchObject({ asker: 'Mereana Tipene', speaker: 'Hemi Ngata' });
    expect(at(records, 31, 'qa')).toMatchObject({ asker: 'Aroha Walsh', speaker: 'Hemi Ngata' });
  });

  it('in other words: "A question from Ana Ruiz: what …?" is Ana Ruiz\'s; "Something I took from Ana Ruiz: …?" is the host\'s', () => {
    const dir = tempCorpus({
      'panel.txt': [
        'HOST: Welcome to the panel. Dev, when did you start the firm?',
        'DEV PATEL: In 2009, with two friends.',
        'HOST: A question from Ana Ruiz: what would you do differently now?',
        'DEV PATEL: Hire a finance person in the first year.',
        'HOST: Something I took from Ana Ruiz: isn\'t the first hire the hardest?',
        'DEV PATEL: It is.',
        '',
      ].join('\n'),
    });
    const recs = loadCorpus(dir).records as Rec[];
    expect(recs.find((r) => r.line === 3 && r.type === 'qa')).toMatchObject({ asker: 'Ana Ruiz', speaker: 'Dev Patel' });
    expect(recs.find((r) => r.line === 5 && r.type === 'qa')?.asker).not.toBe('Ana Ruiz');
  });
});

describe('a Happy Scribe export: "00:00:04" / "Piotr Nowak" / the words', () => {
  const records = fixtureCorpus(DIR, ['happyscribe-tram-driver-nowak.txt']).records as Rec[];

  it('reads the name under each time as the turn\'s voice', () => {
    expect(records.filter((r) => r.type === 'claim')).toEqual([]);
    expect(at(records, 5, 'qa')).toMatchObject({ asker: 'Speaker 1', speaker: 'Piotr Nowak', year: 2020, question: 'Piotr, thank you for coming in. When did you start driving trams?' });
    expect(at(records, 5, 'qa')?.text).toMatch(/^In 1994, in Kraków\..*\s+He said the city was hiring/s);
    expect(at(records, 38, 'qa')).toMatchObject({ speaker: 'Piotr Nowak', question: 'Do you still drive?' });
  });

  it('in other words: a short first line under a Fireflies name and time is no name', () => {
    const dir = tempCorpus({
      'call.txt': [
        'Ana Ruiz',
        '00:00',
        'Ben, how long were you at the plant?',
        '',
        'Ben Odedra',
        '00:04',
        'Eleven Years Exactly',
        'From 2009 to 2020.',
        '',
        'Ana Ruiz',
        '00:09',
        'And before that?',
        '',
        'Ben Odedra',
        '00:12',
        'Eleven Years Exactly',
        'No, I was at school.',
        '',
      ].join('\n'),
    });
    const recs = loadCorpus(dir).records as Rec[];
    expect(recs.some((r) => r.speaker === 'Eleven Years Exactly' || r.asker === 'Eleven Years Exactly')).toBe(false);
  });
});
