/**
 * Transcripts exported by meeting recorders and speech-to-text tools other than Rev, Otter and
 * Zoom (probe 39a).
 *
 * - Fathom's copied transcript heads each turn with the time, a dash, the name and, in brackets,
 *   the speaker's company ("0:06 - Colm Ferriter (Brightwater Foods)"), the words indented below.
 *   Before, the bracket kept the line from being a label: the whole meeting was prose, each turn
 *   header a section and every sentence nobody's claim. Its notes' last heading ("Action Items"),
 *   set off from the first turn by a rule, headed every turn; and its title ("Q3 Vendor Review:
 *   …") read as a committee's numbered question.
 * - Whisper-based tools write the segment's span with a one-dash arrow ("[00:01:23.450 ->
 *   00:01:27.900]  …") or in seconds ("[12.48s -> 15.02s]"): the span stayed in every claim's words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe39', 'a');

describe("a meeting recorder's turn headers: time, name, company in brackets", () => {
  it('gives each Fathom turn its speaker, the company their role, under no note heading', () => {
    const c = fixtureCorpus(DIR, ['fathom-vendor-review-2024.txt']);
    const records = c.records.filter((r) => r.doc === 'fathom-vendor-review-2024');
    expect(records.find((r) => r.line === 23)).toMatchObject({ type: 'qa', speaker: 'Priya Venkataraman', asker: 'Colm Ferriter', role: 'Brightwater Foods', section: null, text: 'Yep, loud and clear.' });
    expect(records.find((r) => r.line === 23)!.question).toContain('Priya, can you hear us?');
    expect(records.find((r) => r.line === 53)).toMatchObject({ type: 'qa', speaker: 'Priya Venkataraman', asker: 'Odile Marchetti', question: "Thirty-two? That's not the figure I have." });
    expect(records.find((r) => r.line === 65)).toMatchObject({ type: 'quote', speaker: 'Odile Marchetti', role: 'Halvard Logistics' });
    // No turn header is a section or words, and the notes' headings head only the notes.
    expect(records.filter((r) => /\d:\d\d - /.test(r.text) || /\d:\d\d - /.test(r.section ?? ''))).toEqual([]);
    expect(records.filter((r) => r.section === 'Action Items').map((r) => r.line)).toEqual([18, 19]);
    expect(records.filter((r) => r.line >= 23).every((r) => r.speaker !== null)).toBe(true);
    // The title is no one's turn.
    expect(records.filter((r) => r.speaker === 'Vendor Review')).toEqual([]);
    expect(c.documents.find((d) => d.id === 'fathom-vendor-review-2024')!.meta.title).toBe('Q3 Vendor Review: Halvard Logistics - September 17, 2024');
  });

  it('in other words: an e-mail domain in the brackets, hours in the time, a Q1 title', () => {
    const text = [
      'Q1 Pricing Sync: Orla Instruments - February 3, 2025',
      'VIEW RECORDING - 12 mins: https://fathom.video/share/abc123',
      '',
      '---',
      '',
      'Next Steps',
      '',
      '  - Bram to send the revised quote',
      '',
      '---',
      '',
      '1:02:10 - Saoirse Lindahl (orla.ie)',
      '  Where did the freight surcharge come from?',
      '',
      '1:02:14 - Bram Oyelaran (Kestrel Supply)',
      '  The carrier added it in January, eleven percent on every pallet.',
      '',
      '1:02:20 - Saoirse Lindahl (orla.ie)',
      '  Then we need it capped before we sign.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'pricing-sync.txt': text }));
    const records = c.records;
    expect(records.find((r) => r.line === 12)).toMatchObject({ type: 'qa', speaker: 'Bram Oyelaran', asker: 'Saoirse Lindahl', role: 'Kestrel Supply', section: null, question: 'Where did the freight surcharge come from?', text: 'The carrier added it in January, eleven percent on every pallet.' });
    expect(records.find((r) => r.line === 18)).toMatchObject({ type: 'quote', speaker: 'Saoirse Lindahl', role: 'orla.ie', text: 'Then we need it capped before we sign.' });
    expect(records.find((r) => r.line === 8)).toMatchObject({ type: 'claim', speaker: null, section: 'Next Steps' });
    expect(records.filter((r) => r.speaker === 'Pricing Sync')).toEqual([]);
  });
});

describe("a Whisper tool's segment spans with a one-dash arrow", () => {
  it('keeps the span out of every segment of the council recording', () => {
    const c = fixtureCorpus(DIR, ['whisper-council-2023.txt']);
    const records = c.records.filter((r) => r.doc === 'whisper-council-2023');
    expect(records.filter((r) => /->|\d\d:\d\d\.\d/.test(r.text))).toEqual([]);
    expect(records.find((r) => r.line === 3)).toMatchObject({ type: 'claim', speaker: null, text: 'Do I have a motion?' });
    expect(records.find((r) => r.line === 25)).toMatchObject({ type: 'claim', text: 'Has public works looked at it?' });
  });

  it('in other words: spans in seconds, and a diarised export with speakers', () => {
    const plain = [
      '[0.00s -> 4.10s]  Welcome to the Birchfield allotment society AGM.',
      '[4.10s -> 9.52s]  Rents go up by six pounds a plot from April.',
      '[9.52s -> 12.00s]  Why six?',
      '[12.00s -> 17.35s]  Because the water bill doubled last year.',
    ].join('\n');
    const diarised = [
      '[00:00:01.000 -> 00:00:04.000] SPEAKER_00: When did the depot open its second shed?',
      '[00:00:04.000 -> 00:00:09.000] SPEAKER_01: In 1994, after the fire.',
      '[00:00:09.000 -> 00:00:12.000] SPEAKER_00: And who built it?',
      '[00:00:12.000 -> 00:00:15.000] SPEAKER_01: A firm from Leeds, Harrop and Sons.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'agm.txt': plain, 'depot.txt': diarised }));
    const agm = c.records.filter((r) => r.doc === 'agm');
    expect(agm.map((r) => r.text)).toEqual(['Welcome to the Birchfield allotment society AGM.', 'Rents go up by six pounds a plot from April.', 'Why six?', 'Because the water bill doubled last year.']);
    const depot = c.records.filter((r) => r.doc === 'depot');
    expect(depot.find((r) => r.line === 1)).toMatchObject({ type: 'qa', text: 'In 1994, after the fire.', question: 'When did the depot open its second shed?' });
    expect(depot.filter((r) => /->/.test(r.text) || /->/.test(r.question ?? ''))).toEqual([]);
  });
});

/*
 * Fireflies' notes group the action items under each assignee: the name alone, the tasks set
 * further in below it. Before, the first name headed a section of its own, each later name ran on
 * into the task above it ("… forecast (00:04) Kwabena Asante"), "Action Items" was a claim, and the
 * last task, right above the transcript, a heading kept as a claim under no section.
 */
describe("a meeting recorder's action items under each assignee's name", () => {
  it('reads each task under the action-items heading, no name run into a task', () => {
    const c = fixtureCorpus(DIR, ['fireflies-board-prep-2022.txt']);
    const records = c.records.filter((r) => r.doc === 'fireflies-board-prep-2022');
    const tasks = records.filter((r) => r.section === 'Action Items');
    expect(tasks.map((r) => [r.line, r.type, r.speaker, r.text])).toEqual([
      [15, 'claim', null, 'Update the board deck with the revised forecast (00:04)'],
      [17, 'claim', null, 'Draft a memo on delaying Lisbon to Q1 FY23 (00:17)'],
      [19, 'claim', null, 'Break down churn by cohort before Wednesday (00:21)'],
    ]);
    expect(records.filter((r) => r.text === 'Action Items' || ['Maren Solberg', 'Kwabena Asante', "Dara O'Flynn"].includes(r.section ?? ''))).toEqual([]);
    expect(records.find((r) => r.line === 32)).toMatchObject({ type: 'qa', speaker: 'Maren Solberg', asker: "Dara O'Flynn", section: null });
  });

  it('in other words: "Next steps", two tasks for one assignee', () => {
    const text = [
      'Vendor onboarding sync',
      'Tue, Mar 11, 2025 | 9:30 AM | 18 mins',
      '',
      'Next steps',
      '    Ilse Brandvold',
      '        Chase the signed DPA from Corvane Ltd',
      '        Share the SOC 2 report with legal',
      '    Tariq Meaney',
      '        Book the kickoff for the week of March 24',
      '',
      'Transcript',
      '',
      'Ilse Brandvold',
      '00:00',
      'Did Corvane send the DPA back?',
      '',
      'Tariq Meaney',
      '00:04',
      'Not yet, they promised it by Friday.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'onboarding.txt': text }));
    const records = c.records;
    expect(records.filter((r) => r.section === 'Next steps').map((r) => [r.line, r.type, r.text])).toEqual([
      [6, 'claim', 'Chase the signed DPA from Corvane Ltd'],
      [7, 'claim', 'Share the SOC 2 report with legal'],
      [9, 'claim', 'Book the kickoff for the week of March 24'],
    ]);
    expect(records.filter((r) => /Ilse Brandvold|Tariq Meaney/.test(r.text) || /Brandvold|Meaney/.test(r.section ?? ''))).toEqual([]);
    expect(records.find((r) => r.line === 13)).toMatchObject({ type: 'qa', speaker: 'Tariq Meaney', asker: 'Ilse Brandvold', text: 'Not yet, they promised it by Friday.' });
  });
});

/*
 * Google Meet's transcript document: the tab's label with its emoji ("📖 Transcript"), the heading
 * naming the meeting ("Library Board Capital Planning - Transcript") and Gemini's requests under its
 * notes are the app's, no claims. Before, each was a claim (the requests under the notes' last heading).
 */
describe("Google Meet's transcript document and Gemini's notes", () => {
  it("keeps the tab's labels and Gemini's requests out of the claims", () => {
    const c = fixtureCorpus(DIR, ['google-meet-gemini-notes-2025.txt']);
    const records = c.records.filter((r) => r.doc === 'google-meet-gemini-notes-2025');
    expect(records.filter((r) => /Transcript$|Gemini's notes|provide feedback/.test(r.text)).map((r) => r.line)).toEqual([]);
    expect(records.filter((r) => r.section === 'Suggested next steps').map((r) => r.line)).toEqual([17, 18]);
    expect(records.find((r) => r.line === 31)).toMatchObject({ type: 'qa', speaker: 'Shona Rattray', asker: 'Bartholomew Quaye', section: null });
  });

  it('in other words: another meeting, its notes and its transcript tab', () => {
    const text = [
      'Notes',
      'Jan 9, 2024',
      'Harbour Trust Grants Panel',
      '',
      'Summary',
      'Odette Fairweather reported 41 applications for the spring round.',
      '',
      'You should review Gemini’s notes to make sure they’re accurate. Get tips and learn how Gemini takes notes',
      'Please provide feedback about using Gemini to take notes in a short survey.',
      '',
      '🗒️ Transcript',
      'Jan 9, 2024',
      'Harbour Trust Grants Panel - Transcript',
      '00:00:00',
      '',
      'Odette Fairweather: We had forty-one applications this round.',
      'Callum Reyes: How many can we fund?',
      'Odette Fairweather: About twelve, at the current pot.',
      'Callum Reyes: And the rest go to the autumn round?',
      'Odette Fairweather: Unless they withdraw, yes.',
      'Callum Reyes: Fine. Let us score them by Friday.',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'grants.txt': text })).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.section])).toEqual([
      [6, 'claim', null, 'Summary'],
      [16, 'quote', 'Odette Fairweather', null],
      [17, 'qa', 'Odette Fairweather', null],
      [19, 'qa', 'Odette Fairweather', null],
      [21, 'quote', 'Callum Reyes', null],
    ]);
  });
});
