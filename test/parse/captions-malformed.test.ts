/**
 * A caption file with a timing cut short or mistyped, or a cue whose timing is missing: the
 * timing and the cue number never reach the text (README: "cue numbers and timings never reach
 * the text"), and check warns, naming the line. Found by a new user's walkthrough.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
const load = (files: Record<string, string>) => {
  const dir = tempCorpus(files);
  made.push(dir);
  return loadCorpus(dir);
};

describe('malformed caption timings', () => {
  it('an SRT timing cut short is read as the timing, with a warning on its line', () => {
    const c = load({ 'half.srt': '1\n00:00:01,000 --> 00:00:04,000\nHOST: hello there, welcome.\n\n2\n00:00:04,500 --> 00:00:0\nGUEST: thanks for having me.\n\n3\n00:00:08,000 --> 00:00:10,000\nHOST: so tell me.\n' });
    expect(c.records.map((r) => [r.speaker, r.text])).toEqual([
      ['Host', 'hello there, welcome.'],
      ['Guest', 'thanks for having me.'],
      ['Host', 'so tell me.'],
    ]);
    expect(c.problems.filter((p) => p.message.startsWith('malformed cue timing')).map((p) => p.line)).toEqual([6]);
  });

  it('a file whose first timing is broken is still read as captions; a cue with no timing loses only its number', () => {
    const c = load({ 'bad.srt': '1\n00:00:01,000 --> 00:00:0\nhello\n\n2\nxx\n' });
    expect(c.documents[0]!.shape).toBe('captions');
    expect(c.records.map((r) => r.text).join(' ')).toBe('hello xx');
    expect(c.problems.filter((p) => p.severity === 'warning' && /timing/.test(p.message)).map((p) => `${p.line}: ${p.message}`)).toEqual([
      '2: malformed cue timing, read as one: "00:00:01,000 --> 00:00:0"',
      '5: cue 2 has no timing line',
    ]);
  });

  it('in other words: a WebVTT timing with a one-dash arrow', () => {
    const c = load({ 'talk.vtt': 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ana Ruiz>We opened the bridge in May.\n\n00:00:03.500 -> 00:00:06.000\n<v Tom Hale>And it carried 9,000 cars a day.\n' });
    expect(c.records.map((r) => r.text).join(' ')).not.toMatch(/00:00|->/);
    expect(c.problems.some((p) => p.line === 6 && p.message.startsWith('malformed cue timing'))).toBe(true);
  });
});
