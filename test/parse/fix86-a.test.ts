/**
 * Research transcripts, fix86-a: where one voice asks through a focus group (the moderator, the
 * facilitator), a participant's reaction that asks on its own ("One seventy-five?") is no question
 * the next participant answers; the header's "Moderator: Claire Dunn" / "**Moderator:** JS" /
 * "Facilitator: AB" names who asks under that part's label and under its letter ("M:"), and is no
 * claim; a timed note opening a turn ("[inaudible 00:06:45] on the website…") stays in its text.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; text: string };
const at = (records: Rec[], line: number, type?: string, speaker?: string) =>
  records.find((r) => r.line === line && (!type || r.type === type) && (!speaker || r.speaker === speaker));
const ending = (records: Rec[], endLine: number, type?: string) => records.find((r) => r.endLine === endLine && (!type || r.type === type));

describe('probe85 market research: participants react to the moderator, M is Claire Dunn', () => {
  const records = fixtureCorpus(join(FIXTURES, 'probe85', 'a'), ['market-research-snacks.txt']).records as Rec[];

  it('no participant asks the next one', () => {
    expect(records.filter((r) => r.asker && /^F\d$/.test(r.asker))).toEqual([]);
    expect(ending(records, 27, 'qa')).toMatchObject({ speaker: 'F1', asker: 'Claire Dunn', text: 'One seventy-five?' });
    expect(ending(records, 29, 'qa')).toMatchObject({ speaker: 'F2', asker: 'Claire Dunn' });
    expect(ending(records, 11, 'qa')).toMatchObject({ speaker: 'F1', asker: 'Claire Dunn' });
  });

  it('the header field names the asker and is no claim', () => {
    expect(at(records, 4)).toBeUndefined();
    expect(records.find((r) => r.speaker === 'M' || r.asker === 'M')).toBeUndefined();
    expect(at(records, 51, 'quote')?.speaker).toBe('Claire Dunn');
  });
});

describe('probe85: a header giving the asking part by initials', () => {
  const records = fixtureCorpus(join(FIXTURES, 'probe85', 'a'), ['fg2-commuters.md', 'ux-session-refunds.txt']).records as Rec[];
  const fg2 = records.filter((r) => r.doc === 'fg2-commuters');
  const ux = records.filter((r) => r.doc === 'ux-session-refunds');

  it('"**Moderator:** JS" over "Moderator:" and "M:" turns: one asker, JS', () => {
    expect(new Set(fg2.filter((r) => r.type === 'qa').map((r) => r.asker))).toEqual(new Set(['JS']));
    expect(ending(fg2, 34, 'qa')).toMatchObject({ speaker: 'P3', asker: 'JS' });
    expect(at(fg2, 3)).toBeUndefined();
  });

  it('"Facilitator: AB" over "Facilitator:" turns', () => {
    expect(new Set(ux.filter((r) => r.type === 'qa').map((r) => r.asker))).toEqual(new Set(['AB']));
    expect(at(ux, 3)).toBeUndefined();
  });
});

describe('probe85: a timed note opening a turn', () => {
  const records = fixtureCorpus(join(FIXTURES, 'probe85', 'a'), ['fg-students-bracket.txt']).records as Rec[];
  it('keeps the note, no lowercase fragment', () => {
    expect(at(records, 20, 'quote')).toMatchObject({ speaker: 'Participant 2', text: '[inaudible 00:06:45] on the website, but it\'s buried.' });
  });
});

describe('in other words: a concept test under a facilitator named in the header', () => {
  const records = fixtureCorpus(join(FIXTURES, 'fix86', 'a'), ['concept-test-drinks.txt']).records as Rec[];

  it('F is Tom Hale, who asks; the field is no claim', () => {
    expect(at(records, 4)).toBeUndefined();
    expect(at(records, 35, 'quote')?.speaker).toBe('Tom Hale');
  });

  it('a reaction that asks is answered by nobody; the next participant answers the prompt', () => {
    expect(ending(records, 9, 'qa')).toMatchObject({ speaker: 'R1', asker: 'Tom Hale' });
    expect(ending(records, 11, 'qa')).toMatchObject({ speaker: 'R2', asker: 'Tom Hale' });
    expect(ending(records, 17, 'qa')).toMatchObject({ speaker: 'R1', asker: 'Tom Hale', text: 'A pound twenty?' });
    expect(ending(records, 19, 'qa')).toMatchObject({ speaker: 'R3', asker: 'Tom Hale', text: expect.stringMatching(/^\[inaudible 00:04:12\] more like a pound/) });
  });

  it('a participant who asks the facilitator is answered by the facilitator, then answers the question', () => {
    expect(ending(records, 27, 'qa')).toMatchObject({ speaker: 'Tom Hale', asker: 'R3', text: "It's 330 millilitres." });
    expect(ending(records, 29, 'qa')).toMatchObject({ speaker: 'R3', asker: 'Tom Hale', line: 23 });
  });

  it('a question put to another participant by name and "you" is still theirs to answer', () => {
    expect(ending(records, 33, 'qa')).toMatchObject({ speaker: 'R2', asker: 'R1' });
  });
});

describe('in other words: allotment focus group, "**Moderator:** KL" over "Moderator:" and "M:"', () => {
  const records = fixtureCorpus(join(FIXTURES, 'fix86', 'a'), ['fg4-allotments.md']).records as Rec[];

  it('one asker, KL; "Water?" asks nobody', () => {
    expect(new Set(records.filter((r) => r.type === 'qa').map((r) => r.asker))).toEqual(new Set(['KL']));
    expect(ending(records, 18, 'qa')).toMatchObject({ speaker: 'P2', asker: 'KL', text: "Water? There's one tap for forty plots." });
    expect(ending(records, 20, 'qa')).toMatchObject({ speaker: 'P3', asker: 'KL' });
    expect(at(records, 30, 'quote')?.speaker).toBe('KL');
    expect(at(records, 3)).toBeUndefined();
  });
});

describe('a voice from the floor is no participant reacting to the prompt', () => {
  it('"[AUDIENCE MEMBER] What about …?" is answered by the panellist after it', () => {
    const srt = [
      '1', '00:00:01,000 --> 00:00:05,000', '[MODERATOR] Welcome. Dr. Amina Yusuf, what worked in Kitui?', '',
      '2', '00:00:05,500 --> 00:00:09,000', '[DR. AMINA YUSUF] Paying contractors only for boreholes still pumping.', '',
      '3', '00:00:09,500 --> 00:00:13,000', '[MODERATOR] Joseph, the banks say these loans are too risky. Are they right?', '',
      '4', '00:00:13,500 --> 00:00:17,000', '[JOSEPH KARIUKI] They were right in 2015. They are wrong now.', '',
      '5', '00:00:17,500 --> 00:00:19,000', '[AUDIENCE MEMBER] What about the pastoralists?', '',
      '6', '00:00:19,500 --> 00:00:23,000', "[DR. AMINA YUSUF] That's the hard part. We haven't solved it.", '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'panel.srt': srt })).records;
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.asker])).toEqual([
      ['Amina Yusuf', 'Moderator'],
      ['Joseph Kariuki', 'Moderator'],
      ['Amina Yusuf', 'Audience Member'],
    ]);
  });
});
