/**
 * Transcripts and captions from every tool, probe88-a: a TV interview's subtitles that name the two
 * people at their first cues and dash every turn after ("- Why now?" / "- Because …") are the same
 * two taking turns; a phone-in's "HOST:" turns under a header's "Presenter: NAME" are that presenter's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string };
const DIR = join(FIXTURES, 'probe88', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('subtitles that name two people once, then dash every turn', () => {
  const records = fixtureCorpus(DIR, ['tv-interview.srt']).records as Rec[];

  it('gives the dashed turns to the two in turn: the interviewer asks, the minister answers', () => {
    expect(at(records, 3, 'quote')?.speaker).toBe('Jonathan Price');
    expect(at(records, 8, 'quote')?.speaker).toBe('Elena Vasquez');
    expect(at(records, 12, 'qa')).toMatchObject({ speaker: 'Elena Vasquez', asker: 'Jonathan Price', text: expect.stringMatching(/^Because it costs four billion/) });
    expect(at(records, 37, 'qa')).toMatchObject({ speaker: 'Elena Vasquez', asker: 'Jonathan Price', question: 'How big is the rebate?', text: 'Two thirds of the old subsidy.' });
    expect(at(records, 47, 'qa')).toMatchObject({ speaker: 'Elena Vasquez', asker: 'Jonathan Price', text: expect.stringMatching(/^No\. But I've invited/) });
    expect(at(records, 57, 'quote')?.speaker).toBe('Jonathan Price');
    expect(records.some((r) => r.speaker === null)).toBe(false);
  });

  it('in other words: the guest spoke last by name, and turns that do not split into asking and answering stay unnamed', () => {
    const cue = (n: number, text: string) => `${n}\n00:00:${String(n * 3).padStart(2, '0')},000 --> 00:00:${String(n * 3 + 2).padStart(2, '0')},500\n${text}\n`;
    const srt = (texts: string[]) => texts.map((t, i) => cue(i + 1, t)).join('\n');
    const named = srt([
      'MAYA OSEI: Good evening.',
      'LARS HOLM: Good evening, Maya.',
      '- How many jobs will go?',
      '- About three hundred.',
      '- When will staff be told?',
      '- On Monday morning.',
      '- Thank you.',
    ]);
    const got = loadCorpus(tempCorpus({ 'plant-closure.srt': named })).records as Rec[];
    const qas = got.filter((r) => r.type === 'qa');
    expect(qas.map((r) => [r.asker, r.speaker, r.text])).toEqual([
      ['Maya Osei', 'Lars Holm', 'About three hundred.'],
      ['Maya Osei', 'Lars Holm', 'On Monday morning.'],
    ]);
    // both sides ask: no strict alternation can be read
    const mixed = srt([
      'MAYA OSEI: Good evening.',
      'LARS HOLM: Good evening, Maya.',
      '- How many jobs will go?',
      '- Who told you jobs would go?',
      '- Is it three hundred?',
      '- Did the union say so?',
    ]);
    const none = loadCorpus(tempCorpus({ 'plant-closure.srt': mixed })).records as Rec[];
    expect(none.filter((r) => r.line > 8).every((r) => r.speaker === null)).toBe(true);
  });
});

describe("a phone-in's HOST under the header's Presenter", () => {
  const records = fixtureCorpus(DIR, ['radio-phonein.txt']).records as Rec[];

  it('is the presenter, asking the callers and the councillor', () => {
    expect(at(records, 6, 'qa')).toMatchObject({ speaker: 'Margaret', asker: 'Andy Thornton' });
    expect(at(records, 22, 'qa')).toMatchObject({ speaker: 'Dev', asker: 'Andy Thornton' });
    expect(at(records, 36, 'qa')).toMatchObject({ speaker: 'Sam Ibbotson', asker: 'Andy Thornton' });
    expect(at(records, 44, 'quote')?.speaker).toBe('Andy Thornton');
    expect(records.some((r) => r.speaker === 'Host' || r.asker === 'Host')).toBe(false);
  });

  it('in other words: an anchor named in the header over HOST turns; a presenter line naming no person maps nothing', () => {
    const doc = (header: string) =>
      ['Evening Call-In', header, '', 'HOST: Who is on the line?', '', 'CALLER (Tom, York): Tom from York. The trains are late every day.', '', 'HOST: How late?', '', 'CALLER (Tom, York): Twenty minutes most mornings.', ''].join('\n');
    const one = loadCorpus(tempCorpus({ 'call-in-2024.txt': doc('Anchor: Ruth Okoro') })).records as Rec[];
    expect(one.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker])).toEqual([
      ['Ruth Okoro', 'Tom'],
      ['Ruth Okoro', 'Tom'],
    ]);
    const team = loadCorpus(tempCorpus({ 'call-in-2024.txt': doc('Presenter: the breakfast team') })).records as Rec[];
    expect(team.filter((r) => r.type === 'qa').map((r) => r.asker)).toEqual(['Host', 'Host']);
  });
});
