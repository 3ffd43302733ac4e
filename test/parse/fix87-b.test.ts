/**
 * fix87-b: a turn that asks nothing opens no question (a presenter's hand-off to a reporter's
 * package, "Our Kevin Thorne has the story.", "Here's Nadia Brook's report."; an introduction of the
 * next speaker, "Grace is visiting from the Ibadan group."), while a prompt in statement form put to
 * the guest ("Dr. Amsel, you studied this harbour in 2019.") still asks; and an office the attendance
 * block gives a holder ("Gareth Pell, Town Planner") is that holder when "The Town Planner …" opens
 * a sentence and a "He said …" after it refers back.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker?: string | null; text: string };
const PROBE = join(FIXTURES, 'probe87', 'b');
const DIR = join(FIXTURES, 'fix87', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a turn that answers no question', () => {
  it('a reporter\'s package after the anchor\'s hand-off is the reporter\'s quote', () => {
    const records = fixtureCorpus(PROBE, ['04-broadcast-measles.txt']).records as Rec[];
    expect(at(records, 8)).toMatchObject({ type: 'quote', speaker: 'Marisol Vega' });
    expect(at(records, 11)).toMatchObject({ type: 'quote', speaker: 'Kevin Thorne' });
    // unchanged: the anchor's question to the guest
    expect(at(records, 26)).toMatchObject({ type: 'qa', speaker: 'Rebecca Lindahl', asker: 'Marisol Vega' });
  });

  it('a reply to an introduction in a meeting is the guest\'s quote', () => {
    const records = fixtureCorpus(PROBE, ['02-teams-lab-meeting.vtt']).records as Rec[];
    expect(at(records, 29)).toMatchObject({ type: 'quote', speaker: 'Priya Raman' });
    expect(at(records, 33)).toMatchObject({ type: 'quote', speaker: 'Grace Oyelaran' });
    expect(at(records, 43)).toMatchObject({ type: 'qa', speaker: 'Hannah Duchesne', asker: 'Priya Raman' });
  });

  it('in other words: "Here\'s NAME\'s report.", and a statement-form prompt still asks', () => {
    const records = fixtureCorpus(DIR, ['radio-harbour-dredging.txt']).records as Rec[];
    expect(at(records, 5)).toMatchObject({ type: 'quote', speaker: 'Lena Okafor' });
    expect(at(records, 8)).toMatchObject({ type: 'quote', speaker: 'Nadia Brook' });
    expect(at(records, 19)).toMatchObject({ type: 'qa', speaker: 'Felix Amsel', asker: 'Lena Okafor' });
    expect(at(records, 23)).toMatchObject({ type: 'qa', speaker: 'Felix Amsel', asker: 'Lena Okafor' });
  });

  it('in other words: a call where the chair introduces a member and a visitor', () => {
    const records = fixtureCorpus(DIR, ['call-allotment-committee.vtt']).records as Rec[];
    expect(at(records, 4)).toMatchObject({ type: 'qa', speaker: 'Ruth Salas', asker: 'Marta Kowalczyk' });
    expect(at(records, 26)).toMatchObject({ type: 'quote', speaker: 'Joseph Adeyemi' });
    expect(at(records, 30)).toMatchObject({ type: 'qa', speaker: 'Joseph Adeyemi', asker: 'Marta Kowalczyk' });
    expect(at(records, 45)).toMatchObject({ type: 'quote', speaker: 'Ingrid Hale' });
  });
});

describe('an office the attendance block gives a holder', () => {
  it('"The Town Planner summarized the report. He said …" is the planner\'s', () => {
    const records = fixtureCorpus(PROBE, ['01-council-minutes-harwick-2024.txt']).records as Rec[];
    expect(at(records, 39, 'quote')).toMatchObject({ speaker: 'Gareth Pell', text: 'modest and manageable.' });
  });

  it('in other words: officers in attendance, each referred back to by "she"/"he"', () => {
    const records = fixtureCorpus(DIR, ['minutes-library-board.txt']).records as Rec[];
    expect(at(records, 11, 'quote')?.speaker).toBe('Lydia Marsh');
    expect(at(records, 14, 'quote')?.speaker).toBe('Owen Tate');
    expect(at(records, 16, 'quote')).toMatchObject({ speaker: 'Dev Anand', text: 'every primary in the district' });
  });
});
