import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const recordsOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text })).records;

describe('Rev\'s page footer: the recording\'s name without its extension, "(Completed DATE)" and the page count', () => {
  it('is no words of the turn it falls under', () => {
    const rs = recordsOf('rev.txt', [
      'Jonah Feld (00:56):', 'When did it stop leaking?', '',
      'Dana Whitfield (00:58):', 'Unit seven, in March 2018. That was the one we took to the trial.', '',
      'Whitfield_Tidewater_ep41_FINAL (Completed 03/14/23)                                    Page 1 of 4',
      'Transcript by Rev.com', '',
      'Jonah Feld (01:09):', 'Let\'s talk about the IPO in 2021.', '',
    ].join('\n'));
    expect(rs.some((r) => /Completed|Page 1/.test(r.text))).toBe(false);
    expect(rs.some((r) => /Coast|trial\./.test(r.text) && r.speaker === 'Dana Whitfield')).toBe(true);
  });

  it('reads another recording\'s footer the same way, a dash in its name', () => {
    const rs = recordsOf('rev2.txt', [
      'Priya Sandhu (12:04):', 'How many stores did you open in 2019?', '',
      'Tomas Levin (12:09):', 'Fourteen. Nine of them are still open.', '',
      'Levin - board interview v2 (Completed 11/02/2022)   Page 3 of 7', 'Transcript by Rev.com', '',
      'Priya Sandhu (12:30):', 'And the other five?', '',
    ].join('\n'));
    expect(rs.some((r) => /Completed|Page 3/.test(r.text))).toBe(false);
  });
});

describe('a Zoom transcript\'s phone dial-in label: "[+1 415***4471] 10:03:15"', () => {
  it('is a speaker label of its own, not words of the turn above', () => {
    const rs = recordsOf('zoom.txt', [
      '[Owen Castellano] 10:03:04', 'Monday afternoon. There was a second valve that would not close.', '',
      '[+1 415***4471] 10:03:15', 'Hi, this is Councilmember Ada Ruiz, I am on the phone. Is the boil notice still in effect?', '',
      '[Grace Ndiaye] 10:03:24', 'It was lifted Tuesday at noon. The samples came back clean.', '',
      '[+1 415***4471] 10:03:29', 'Thank you. I have had about 40 calls from residents.', '',
    ].join('\n'));
    const owen = rs.filter((r) => r.speaker === 'Owen Castellano' || r.asker === 'Owen Castellano');
    expect(owen.some((r) => /boil notice|415/.test(r.text))).toBe(false);
    expect(rs.some((r) => /40 calls/.test(r.text) && (r.speaker === 'Grace Ndiaye'))).toBe(false);
    expect(rs.some((r) => /\*\*\*/.test(r.text))).toBe(false);
  });

  it('reads another caller\'s masked number the same way', () => {
    const rs = recordsOf('zoom2.txt', [
      '[Mei Tanaka] 14:20:11', 'Let us start with the stadium lease. It runs out in 2025.', '',
      '[+44 7700***912] 14:20:40', 'Sorry, it is Rhys, on the train. Did the council agree the 12 year term?', '',
      '[Mei Tanaka] 14:20:52', 'Not yet. The vote is on 4 March.', '',
    ].join('\n'));
    expect(rs.some((r) => /\*\*\*|14:20/.test(r.text))).toBe(false);
    expect(rs.filter((r) => r.speaker === 'Mei Tanaka').some((r) => /train/.test(r.text))).toBe(false);
  });
});

describe('a transcription service\'s export footer under the last turn', () => {
  it('is no claim: the export notice and the service\'s tagline', () => {
    const texts = (footer: string[]) => recordsOf('rev3.txt', [
      'Ada Brennan (00:04):', 'How did the 2019 season start for you?', '',
      'Kofi Mensah (00:09):', 'Badly. I broke my wrist in the second week of March.', '', ...footer, '',
    ].join('\n')).map((r) => r.text);
    expect(texts(['Rev.com - Transcription, captions and translation services', 'This transcript was exported on Mar 14, 2023 - view latest version here.']).some((t) => /Rev\.com|exported/.test(t))).toBe(false);
    expect(texts(['Scribie.com | Transcription and captioning', 'This transcript was exported on 2 June 2024.']).some((t) => /Scribie|exported/.test(t))).toBe(false);
  });
});

describe('a recording\'s technical fields over the turns ("Duration:", "File name:", "Meeting ID:")', () => {
  const claims = (header: string[]) => recordsOf('rec.txt', [
    ...header, '',
    '[Lena Ortiz] 09:02:10', 'Morning. The pool reopens on 3 June, and the repairs came in at $48,000.', '',
    '[Sam Whitaker] 09:02:31', 'Under the 2023 estimate, then.', '',
  ].join('\n')).filter((r) => r.type === 'claim').map((r) => r.text);
  it('makes no claim of the service\'s fields', () => {
    expect(claims(['Parks Committee - Weekly Sync', 'Meeting ID: 873 5521 0094', 'Date: Thursday, May 9, 2024'])).toEqual([]);
    expect(claims(['Transcript', '', 'File name: parks_sync_0509.m4a', 'Duration: 42:18', 'Transcribed: May 10, 2024'])).toEqual([]);
  });
  it('still makes a claim of a field that says something about the talk', () => {
    expect(claims(['Parks Committee - Weekly Sync', 'Location: Riverside Community Centre', 'Date: Thursday, May 9, 2024']).some((t) => /Riverside/.test(t))).toBe(true);
  });
});

describe('a service\'s credit "Transcribed with TOOL …" over the turns', () => {
  it('is no claim', () => {
    const texts = (credit: string) => recordsOf('ri.txt', [
      'Interview: P11', credit, '',
      'Interviewer: When did you start coaching?', '', 'Respondent: In 2016, part-time, about 12 hours a week.', '',
      'Interviewer: And now?', '', 'Respondent: Full-time since 2020.', '',
    ].join('\n')).map((r) => r.text);
    expect(texts('Transcribed with Trint, checked and de-identified by KB on 3 March 2023.').some((t) => /Trint/.test(t))).toBe(false);
    expect(texts('Transcribed using Sonix, corrected by the research team in April 2024.').some((t) => /Sonix/.test(t))).toBe(false);
  });
});

describe('a recorder\'s outline over the turns: "Outline" / "TITLE (0:00 - 14:20)"', () => {
  const claims = (outline: string[]) => recordsOf('otter.txt', [
    'Budget review', 'Tue, Mar 5, 2024 2:00PM • 48:10', '', ...outline, '',
    'Nora Lindqvist  0:03', 'Okay, the 2025 draft. We are at 4.1% on the levy.', '',
    'Abel Moreno  0:12', 'That is down from 5% in January.', '',
  ].join('\n')).filter((r) => r.type === 'claim').map((r) => r.text);
  it('makes no claim of its chapters', () => {
    expect(claims(['Outline', 'Levy and state aid (0:00 - 14:20)', 'Transit (14:20 - 31:05)', 'Overtime (31:05 - 48:10)'])).toEqual([]);
    expect(claims(['Chapters', 'Welcome and apologies (0:00 - 2:10)', 'Pool repairs and the 2024 estimate (2:10 - 1:02:47)'])).toEqual([]);
  });
});

describe('a de-identified transcript\'s placeholder in brackets: "at [club]", "to [town]"', () => {
  const texts = (answer: string) => recordsOf('deid.txt', [
    'Interviewer: Where do you coach now?', '', `Respondent: ${answer}`, '',
    'Interviewer: Since when?', '', 'Respondent: Since 2019.', '',
  ].join('\n')).map((r) => r.text).join(' ');
  it('keeps the placeholder, the word standing for the name withheld', () => {
    expect(texts('I am head coach of the first team at [club]. It is 0.6 of a full-time role.')).toContain('at [club].');
    expect(texts('I drive two hours each way to [hospital] for the night shifts, three times a week.')).toContain('to [hospital] for');
  });
  it('still drops a transcriber\'s mark there', () => {
    expect(texts('I went to [inaudible] for the trials in 2015.')).not.toContain('[inaudible]');
    expect(texts('I was at [laughs] the worst club in the league.')).not.toContain('[laughs]');
  });
});
