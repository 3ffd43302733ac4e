/**
 * Meeting and interview exports (probe52-b): three layouts the meeting apps write that were misread.
 * - A Zoom caller's number masked with bullets ("[+44 20 •••• 1234] 14:03:22"), as the web client and
 *   the phone bridge list it, was no label: the caller's turns were words of the turn above, and the
 *   questions they asked were credited to whoever spoke before them.
 * - Teams's directory display name, the organisation after a bar ("<v Amara Osei | Harbourline
 *   Logistics>", "Amara Osei | Harbourline Logistics   0:03"), was the speaker's name whole in a
 *   caption file, and no label at all in the text export (the turns were nobody's claims).
 * - A Google Meet transcript's first line names the meeting ("Headteacher interview – Transcript",
 *   "Quarterly grants review (2025-01-22 10:00 GMT) - Transcript"): that line was skipped as the
 *   transcript's label and the title taken from the attendee list under it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordBrief, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe52', 'b');

describe('a Zoom caller\'s number masked with bullets: "[+44 20 •••• 1234] 10:01:03"', () => {
  it('is the caller\'s own label, whose questions are theirs, in the press briefing', () => {
    const c = fixtureCorpus(DIR, ['zoom-phone-dialin-council-briefing-2024.txt']);
    const rs = c.records.filter((r) => r.doc === 'zoom-phone-dialin-council-briefing-2024');
    // The host's opening is hers alone: the caller's "I'm on the train" is not in it.
    expect(rs.find((r) => r.line === 5)).toMatchObject({ type: 'quote', speaker: 'Sunita Rao', text: "Good morning, everyone. We'll wait a minute for people dialling in." });
    expect(rs.filter((r) => r.speaker === 'Sunita Rao').some((r) => /train|Gazette|•/.test(r.text))).toBe(false);
    // The caller asked why the cost rose, and whether it could rise again.
    expect(recordBrief(rs.find((r) => r.line === 29)!)).toMatchObject({ type: 'qa', speaker: 'Ravi Menon', asker: '+44 20 •••• 1234', question: 'Thanks. The original estimate in 2021 was 11 million. Why has it gone up by more than half?' });
    expect(rs.find((r) => r.line === 35)).toMatchObject({ type: 'qa', speaker: 'Bridget Lomax', asker: '+44 20 •••• 1234', question: "And can you guarantee it won't go up again?" });
    expect(rs.find((r) => r.line === 35)!.text.startsWith('Nobody can guarantee that.')).toBe(true);
    expect(rs.every((r) => r.year === 2024)).toBe(true);
  });

  it('in other words: another caller, another country\'s number', () => {
    const dir = tempCorpus({
      'call.txt': [
        '[Hannah Lindqvist] 09:12:04', 'Let us start. The depot closes in 2026, is that still the plan?', '',
        '[Oskar Berg] 09:12:11', 'It is. We move to the new site in March.', '',
        '[+1 612 ••• 8830] 09:12:20', 'Sorry, this is Dale from the drivers. How many jobs go with it?', '',
        '[Oskar Berg] 09:12:29', 'About forty. Most of them can transfer.', '',
      ].join('\n'),
    });
    const rs = loadCorpus(dir).records;
    expect(rs.filter((r) => r.speaker === 'Oskar Berg').some((r) => /drivers|•/.test(r.text))).toBe(false);
    expect(rs.find((r) => r.line === 7)).toMatchObject({ type: 'qa', speaker: 'Oskar Berg', asker: '+1 612 ••• 8830', text: 'About forty. Most of them can transfer.' });
  });
});

describe('Teams\'s display name with the organisation after a bar', () => {
  it('is the person, the organisation their role, in the caption file\'s voices', () => {
    const c = fixtureCorpus(DIR, ['Harbourline onboarding review 2024-05-14.vtt']);
    const rs = c.records.filter((r) => r.doc === 'Harbourline onboarding review 2024-05-14');
    expect(rs.some((r) => /\|/.test(`${r.speaker} ${r.asker}`))).toBe(false);
    expect(rs.find((r) => r.line === 25)).toMatchObject({ type: 'qa', speaker: 'Pieter de Groot', asker: 'Lindiwe Khumalo', askerRole: 'Harbourline Logistics', question: 'And what did the fix cost? Finance asked me this morning.' });
    expect(rs.find((r) => r.line === 21)).toMatchObject({ type: 'quote', speaker: 'Amara Osei', role: 'Harbourline Logistics', text: 'Yeah.' });
    expect(new Set(rs.map((r) => r.year))).toEqual(new Set([2024]));
  });

  it('in other words: a text export\'s "Name | Org   0:03" heading and a caption file\'s voice', () => {
    const dir = tempCorpus({
      'sync.txt': [
        'Depot handover', 'October 2, 2023, 3:30PM', '',
        'Farid Nasser | Colmore Freight   0:04', 'Joanne, when does the lease end?', '',
        'Joanne Whitby (Guest)   0:09', 'On 31 January 2024. We asked for six more months.', '',
        'Farid Nasser | Colmore Freight   0:16', 'And the rent?', '',
        'Joanne Whitby (Guest)   0:18', 'Up 12%, to about 94,000 a year.', '',
      ].join('\n'),
      'cues.vtt': [
        'WEBVTT', '',
        'c1/3-0', '00:00:01.000 --> 00:00:04.000', '<v Farid Nasser | Colmore Freight>Joanne, when does the lease end?</v>', '',
        'c1/7-0', '00:00:04.500 --> 00:00:08.000', '<v Joanne Whitby (Guest)>On 31 January 2024. We asked for six more months.</v>', '',
      ].join('\n'),
    });
    const rs = loadCorpus(dir).records;
    const text = rs.filter((r) => r.doc === 'sync');
    expect(text.map(recordBrief)).toEqual([
      { line: 4, type: 'qa', speaker: 'Joanne Whitby', asker: 'Farid Nasser', question: 'Joanne, when does the lease end?', text: 'On 31 January 2024. We asked for six more months.' },
      { line: 10, type: 'qa', speaker: 'Joanne Whitby', asker: 'Farid Nasser', question: 'And the rent?', text: 'Up 12%, to about 94,000 a year.' },
    ]);
    expect(text[0]).toMatchObject({ askerRole: 'Colmore Freight' });
    const cues = rs.filter((r) => r.doc === 'cues');
    expect(cues.some((r) => /\|/.test(`${r.speaker} ${r.asker}`))).toBe(false);
    expect(cues.find((r) => r.type === 'qa')).toMatchObject({ speaker: 'Joanne Whitby', asker: 'Farid Nasser', askerRole: 'Colmore Freight' });
  });
});

describe('a meeting transcript\'s first line, "NAME – Transcript"', () => {
  it('titles the document with the meeting\'s name, not the attendee list', () => {
    const c = fixtureCorpus(DIR, ['meet-school-governors-interview-2025.txt']);
    expect(c.documents[0]!.meta.title).toBe('Headteacher interview');
    const u = fixtureCorpus(join(FIXTURES, 'unseen'), ['meet-transcript.txt']);
    expect(u.documents[0]!.meta.title).toBe('Quarterly grants review');
    expect(u.documents[0]!.meta.date).toBe('2025-01-22');
  });

  it('in other words: a dash, a stamp in brackets, attendees under it', () => {
    const dir = tempCorpus({
      'a.txt': ['Allotment committee (2023-06-04 18:30 BST) - Transcript', 'Attendees', 'Ruth Okoye, Sam Hale', 'Transcript', '',
        'Ruth Okoye: We have 14 plots free this year.', 'Sam Hale: That is twice as many as 2022.', ''].join('\n'),
      'b.txt': ['Budget hearing — Transcript', '', 'Attendees', 'Mina Park, Leo Brandt', '', 'Mina Park', 'The deficit is 2.1 million.', '', 'Leo Brandt', 'Is that before the grant?', ''].join('\n'),
    });
    const c = loadCorpus(dir);
    const title = (id: string) => c.documents.find((d) => d.id === id)!.meta.title;
    expect(title('a')).toBe('Allotment committee');
    expect(title('b')).toBe('Budget hearing');
  });
});
