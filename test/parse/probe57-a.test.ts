/**
 * Broadcast transcripts, probe57-a: a numbered unnamed voice after the same voice unnumbered ("VOX POP:"
 * then "VOX POP 2:") and a voice whose words are only a note of what it did ("UNIDENTIFIED PERSON #2:
 * (Speaking Spanish).") are turns of their own, not words of the turn before; a host's hand-off
 * naming the reporter after the outlet's possessive ("NPR's Talia Brennan reports.") asks nothing.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker?: string | null; text: string };
const DIR = join(FIXTURES, 'probe57', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('NPR: a note-only turn and the outlet before the reporter in the hand-off', () => {
  const records = fixtureCorpus(DIR, ['npr-morning-edition-drought-2022.txt']).records as Rec[];

  it('reads the host\'s introduction as his, the reporter\'s first turn as no answer', () => {
    expect(at(records, 7)).toMatchObject({ type: 'quote', speaker: 'Steve Inskeep', text: expect.stringMatching(/Talia Brennan reports\.$/) });
    expect(at(records, 11)).toMatchObject({ type: 'quote', speaker: 'Talia Brennan', text: expect.stringMatching(/^The canal/) });
    expect(records.some((r) => r.type === 'qa')).toBe(false);
  });

  it('gives "(Speaking Spanish)." to the second unidentified voice, not to the reporter', () => {
    expect(at(records, 25)).toMatchObject({ speaker: 'Talia Brennan', text: 'Not everyone agrees it is that simple.' });
    expect(at(records, 27)?.speaker).toBe('Unidentified Person #2');
    expect(records.some((r) => r.speaker === 'Talia Brennan' && r.text.includes('UNIDENTIFIED'))).toBe(false);
  });
});

describe('ABC: "VOX POP:" then "VOX POP 2:"', () => {
  const records = fixtureCorpus(DIR, ['abc-7.30-bushfire-2020.txt']).records as Rec[];

  it('reads the second vox pop as a voice of its own', () => {
    expect(at(records, 19)).toMatchObject({ speaker: 'a member of the public', text: expect.not.stringContaining('VOX POP') });
    expect(at(records, 21)).toMatchObject({ type: 'quote', text: "The insurance bloke came once. That's it." });
    expect(at(records, 21)?.speaker).not.toBe('a member of the public'.toUpperCase());
  });

  it('in other words: CNN\'s "UNIDENTIFIED MALE:" then "UNIDENTIFIED MALE #2:", and a named guest\'s "(Laughter)."', () => {
    const text = [
      'CNN NEWSROOM',
      '',
      'Aired March 2, 2021',
      '',
      'ANA PRICE, CNN ANCHOR: Crowds gathered outside the courthouse today. CNN\'s Leo Marsh reports.',
      '',
      'LEO MARSH, CNN CORRESPONDENT: Hundreds waited in the rain for the verdict.',
      '',
      'UNIDENTIFIED MALE: We have been here since six this morning.',
      '',
      'MARSH: Some had driven through the night.',
      '',
      'BEN OKORO, ORGANIZER: (Laughter).',
      '',
      'MARSH: Others came straight from work.',
      '',
      'UNIDENTIFIED MALE #2: I just want to see it end.',
      '',
      'MARSH: The jury is expected back tomorrow.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'cnn-2021.txt': text })).records as Rec[];
    expect(at(got, 7)).toMatchObject({ type: 'quote', speaker: 'Leo Marsh' });
    expect(at(got, 11)).toMatchObject({ speaker: 'Leo Marsh', text: 'Some had driven through the night.' });
    expect(at(got, 13)?.speaker).toBe('Ben Okoro');
    expect(at(got, 17)).toMatchObject({ speaker: 'Unidentified Male #2', text: 'I just want to see it end.' });
    expect(got.some((r) => r.speaker === 'Leo Marsh' && /UNIDENTIFIED|OKORO/.test(r.text))).toBe(false);
  });
});
