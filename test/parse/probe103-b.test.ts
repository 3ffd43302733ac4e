/**
 * Philanthropy, charity and public-consultation documents, probe103-b: trustees' minutes whose
 * "AGREED:"/"ACTION:" keys make them read as turns, with initials defined in the attendance list; a
 * donor appeal's "When our head groom, Jess Harlow, first saw her, she told me: "…""; a public
 * inquiry's transcript under "Questions by COUNSEL TO THE INQUIRY", its numbered lines cut mid-sentence;
 * a grant report's "Participant B said: "…"".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; section: string | null };
const DIR = join(FIXTURES, 'probe103', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('trustees\' minutes read as turns, initials defined in "Present: Janet Sullivan (JS, Chair), …"', () => {
  const records = fixtureCorpus(DIR, ['trustees-minutes.md']).records as Rec[];

  it('credits "PH reported", "RM noted", "OB said" and ""…," JS said." to the people the initials stand for', () => {
    expect(at(records, 21)?.speaker).toBe('Peter Hines');
    expect(at(records, 27, 'quote')?.speaker).toBe('Janet Sullivan');
    expect(records.find((r) => r.text.startsWith('RM noted'))?.speaker).toBe('Rahul Mehta');
    expect(at(records, 33, 'qa')).toMatchObject({ speaker: 'Rahul Mehta', asker: 'Clare Wyndham' });
    expect(at(records, 41, 'quote')?.speaker).toBe('Olu Bankole');
    expect(records.find((r) => r.text.startsWith('OB said'))?.speaker).toBe('Olu Bankole');
    expect(records.some((r) => r.speaker !== null && /^[A-Z]{2}$/.test(r.speaker))).toBe(false);
  });

  it('in other words: minutes with a decision key and an initial the list defines', () => {
    const dir = tempCorpus({
      'm.txt': [
        'Minutes of the committee meeting, 3 March 2025',
        '',
        'Present: Aled Morgan (AM, Chair), Bea Quist (BQ)',
        '',
        'BQ said the hall roof was leaking again.',
        '',
        'RESOLVED: that a roofer be engaged.',
        '',
        'ACTION: AM to obtain three quotes.',
        '',
      ].join('\n'),
    });
    const recs = loadCorpus(dir).records as Rec[];
    expect(recs.find((r) => r.text.startsWith('BQ said'))?.speaker).toBe('Bea Quist');
  });
});

describe('an appeal letter: "When our head groom, Jess Harlow, first saw her, she told me: "…""', () => {
  const records = fixtureCorpus(DIR, ['appeal-letter.md']).records as Rec[];

  it('gives the words to the person the opening clause names, never the letter\'s addressee', () => {
    expect(at(records, 13, 'quote')?.speaker).toBe('Jess Harlow');
  });

  it('in other words: a clause of time naming a person between commas, then "he said:"', () => {
    const dir = tempCorpus({
      'n.md': [
        'The river burst its banks on a Sunday.',
        '',
        'After our warden, Tom Pryce, walked the flood line, he said: "We have never seen it this high."',
        '',
      ].join('\n'),
    });
    const recs = loadCorpus(dir).records as Rec[];
    expect(recs.find((r) => r.type === 'quote')?.speaker).toBe('Tom Pryce');
  });
});

describe('a public inquiry\'s numbered transcript, "Questions by COUNSEL TO THE INQUIRY"', () => {
  const records = fixtureCorpus(DIR, ['inquiry-transcript.txt']).records as Rec[];

  it('asks every Q. by the counsel who speaks first under that line, the Chair\'s own question his', () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.length).toBe(8);
    for (const r of qa) expect(r.asker).toBe(r.line === 35 ? 'the Chair' : 'Mr Harcourt');
  });

  it('reads a numbered line that goes on mid-sentence ("document" / "KCH0004512.  This is …") as the same question', () => {
    expect(at(records, 19, 'qa')).toMatchObject({ question: expect.stringMatching(/^Could we have on screen, please, document KCH0004512\. This is the staffing rota .* Do you recognise it\?$/), text: 'Yes, I drew it up myself.' });
    expect(records.some((r) => r.section?.startsWith('KCH'))).toBe(false);
  });
});

describe('a grant report quoting focus-group participants by letter: "Participant B said: "…""', () => {
  const records = fixtureCorpus(DIR, ['grant-report-q3.md']).records as Rec[];

  it('credits the coded participant, as "Participant 15" is credited', () => {
    expect(at(records, 24, 'quote')?.speaker).toBe('Participant B');
    expect(at(records, 28, 'quote')?.speaker).toBe('Participant D');
    expect(at(records, 26, 'quote')?.speaker).toBe('another participant');
  });
});

describe('a crowdfunding page\'s comments, the campaign\'s reply under its "(Creator)" badge', () => {
  it('reads "**Palace Friends** (Creator) · 3 days ago" as a comment\'s header, never words of the comment above', () => {
    const dir = tempCorpus({
      'c.md': [
        '## Comments',
        '',
        '**Marcus Bell** · 3 days ago',
        'Does the £100 reward include two tickets or one?',
        '',
        '**Palace Friends** (Creator) · 3 days ago',
        'Hi Marcus, it\'s two tickets for the opening night.',
        '',
        '**Ravi Patel** · 5 days ago',
        'My grandad was an usher here in the sixties. Backed!',
        '',
      ].join('\n'),
    });
    const recs = loadCorpus(dir).records as Rec[];
    expect(recs.find((r) => r.text.startsWith('Hi Marcus'))).toMatchObject({ speaker: 'Palace Friends', asker: 'Marcus Bell', question: 'Does the £100 reward include two tickets or one?' });
    expect(recs.some((r) => r.text.includes('Palace Friends'))).toBe(false);
  });
});
