/**
 * Television and documentary production documents (probe 36, b).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

/**
 * A subtitle spotting list numbers each event and gives its in, out and duration before the
 * centred speaker cue: "0002  10:00:18:02   10:00:21:11   03:09        NARRATOR (V.O.)". Before,
 * the event number and the duration hid the timecodes, no cue was read, and every subtitle was a
 * claim of nobody's, cue lines merged into the words.
 */
describe('a subtitle spotting list', () => {
  it('gives each numbered event its speaker in the unseen spotting list', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe36', 'b'), ['spotting-list-ironworks-s01e03.txt']);
    const records = c.records.filter((r) => r.doc === 'spotting-list-ironworks-s01e03');
    const at = (line: number) => records.find((r) => r.line <= line && r.endLine >= line);
    expect(at(13)?.speaker).toBe('Narrator');
    expect(at(21)?.speaker).toBe('Billy Macrae');
    expect(at(24)?.speaker).toBe('Fraser Dunn');
    expect(at(36)?.speaker).toBe('Maggie Macrae');
    expect(at(40)?.speaker).toBe('Maggie Macrae');
    expect(at(52)?.speaker).toBe('Sir Alistair Hume');
    expect(at(61)?.speaker).toBe('Sir Alistair Hume');
    expect(at(64)?.speaker).toBe('Billy Macrae');
    // No cue's time codes or name in anyone's words.
    expect(records.filter((r) => r.speaker && /\d{2}:\d{2}:\d{2}:\d{2}|MACRAE|HUME/.test(r.text))).toEqual([]);
  });

  it('in other words: a three-digit event number, no duration column', () => {
    const text = [
      'SPOTTING LIST — "Night Ferry" (feature), reel 2',
      'Prepared by Kestrel Subtitling, 11 May 2025',
      '',
      '#    TC IN         TC OUT        CHARACTER / DIALOGUE',
      '',
      '101  02:00:04:10   02:00:07:02                OSKAR LIND',
      '                                       We sailed at midnight in 2009.',
      '',
      '102  02:00:07:15   02:00:10:20                HELGA BRANDT (O.S.)',
      '                                       The captain never came back up.',
      '',
      '103  02:00:11:00   02:00:13:12                OSKAR LIND',
      '                                       Nobody asked why, not once.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'night-ferry.txt': text })).records;
    const spoken = records.filter((r) => r.line >= 6 && r.speaker).map((r) => [r.speaker, r.text]);
    expect(spoken).toEqual([
      ['Oskar Lind', 'We sailed at midnight in 2009.'],
      ['Helga Brandt', 'The captain never came back up.'],
      ['Oskar Lind', 'Nobody asked why, not once.'],
    ]);
  });
});
