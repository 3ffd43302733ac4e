/**
 * review35: the rules merged after 5e77851, reviewed for regex backtracking and for ordinary
 * documents they misread.
 */
import { describe, expect, it } from 'vitest';
import { randomRuns } from '../random.js';
import { voiceTagName } from '../../src/parse/captions.js';

// The linear-time guards hold no timer: a super-linear pattern spends minutes on the 200 KB inputs and the
// test fails on vitest's own time limit; linear code takes milliseconds. bench/pathological.mjs times them.
const LONG = 200_000;

describe('a WebVTT voice tag is read in linear time', () => {
  it('a tag whose classes run on with no space, or whose spaces meet no ">", takes no super-linear time', () => {
    expect(voiceTagName('<v.loud Ana Ruiz>Hello.')).toBe('Ana Ruiz');
    expect(voiceTagName('<v Tomás Ibarra>')).toBe('Tomás Ibarra');
    expect(voiceTagName('<v' + '.a'.repeat(LONG / 2))).toBeNull();
    expect(voiceTagName('<v' + '.a'.repeat(LONG / 2) + '>')).toBeNull();
    expect(voiceTagName('x <v' + ' '.repeat(LONG) + 'x')).toBeNull();
    expect(voiceTagName('<v '.repeat(LONG / 3))).toBeNull();
    expect(voiceTagName('<v.a'.repeat(LONG / 4))).toBeNull();
    expect(voiceTagName('<v.a'.repeat(LONG / 4) + ' Kofi Marr>')).toBe('Kofi Marr');
  });

  it('voiceTagName gives what /<v(?:\\.[^\\s>]+)*\\s+([^>]+)>/ captured', () => {
    const before = /<v(?:\.[^\s>]+)*\s+([^>]+)>/;
    let matched = 0;
    for (const t of randomRuns(0x3501, ['<v', '<', 'v', '.', 'a', 'Ana', ' ', '\t', '\u00a0', '\n', '>', '<v.', '<v '], 6000)) {
      const want = before.exec(t)?.[1] ?? null;
      if (want !== null) matched++;
      expect(voiceTagName(t), JSON.stringify(t)).toBe(want);
    }
    expect(matched).toBeGreaterThan(300);
  });
});
