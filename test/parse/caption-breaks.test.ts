/**
 * Auto-captions with no punctuation are cut at every sound cue ("[Music]"): a livestream's
 * thousands of breaks are read in one pass (they once recursed, one stack frame and one copy
 * of the remaining cues per break, and 5,000 breaks overflowed the stack: the document was lost).
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function captions(stretches: number): string {
  const ts = (x: number) => `${String(Math.floor(x / 3600)).padStart(2, '0')}:${String(Math.floor(x / 60) % 60).padStart(2, '0')}:${String(x % 60).padStart(2, '0')}.000`;
  const out = ['WEBVTT', ''];
  for (let i = 0; i < stretches; i++) {
    out.push(`${ts(2 * i)} --> ${ts(2 * i + 1)}`, `we sing the chorus number ${i} again`, '');
    out.push(`${ts(2 * i + 1)} --> ${ts(2 * i + 2)}`, '[Music]', '');
  }
  return out.join('\n');
}

describe('unpunctuated captions cut at sound cues', () => {
  it('5,000 breaks: one claim a stretch, every stretch kept', () => {
    const dir = tempCorpus({ 'livestream.vtt': captions(5000) });
    made.push(dir);
    const corpus = loadCorpus(dir);
    expect(corpus.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const claims = corpus.records.filter((r) => r.type === 'claim');
    expect(claims).toHaveLength(5000);
    expect(claims[0]!.text).toBe('we sing the chorus number 0 again');
    expect(claims[4999]!.text).toBe('we sing the chorus number 4999 again');
  });
});
