/**
 * A subtitle file whose lower-thirds have cues of their own ("ANA RUIZ" / "Founder, Fennel Pay"
 * from 1.0 to 3.5 s, her words from 3.6 s): the card named nobody unless the words' cue began
 * under it, so every record was a claim of nobody's with the card's name and role in its text. And
 * "(ANA)" later is the first name of the voice the card named.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('lower-third cards in cues of their own', () => {
  it('reads the unseen subtitle file', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['fennel-documentary-lowerthirds.srt']);
    const records = c.records.filter((r) => r.doc === 'fennel-documentary-lowerthirds');
    expect(records.map((r) => [r.line, r.type, r.speaker])).toEqual([
      [8, 'quote', 'Ana Ruiz'],
      [23, 'quote', 'Tom Keller'],
      [28, 'quote', 'Ana Ruiz'],
    ]);
    expect(records.filter((r) => /FOUNDER|Founder, Fennel|Economist, Harbour/i.test(r.text))).toEqual([]);
    expect(records[0]!.text).toContain('every startup was chasing restaurants');
  });

  it('in other words: a WebVTT card a half-second before the words; a card three seconds before names no one', async () => {
    const vtt = (gap: string) =>
      [
        'WEBVTT',
        '',
        '00:00:02.000 --> 00:00:04.000',
        'MARGIT OKONJO',
        'Harbour Pilot, Port Ellis',
        '',
        `00:00:${gap} --> 00:00:09.000`,
        'The fog comes in at four every afternoon.',
        '',
        '00:00:09.500 --> 00:00:12.000',
        '(MARGIT) You learn to love it.',
      ].join('\n');
    const c = await loadCorpus(tempCorpus({ 'near.vtt': vtt('04.500'), 'far.vtt': vtt('07.000') }));
    const of = (doc: string) => c.records.filter((r) => r.doc === doc).map((r) => [r.speaker, r.text]);
    // (her "(MARGIT)" cue goes on in the same voice: one quote)
    expect(of('near')).toEqual([['Margit Okonjo', 'The fog comes in at four every afternoon. You learn to love it.']]);
    expect(of('far').some((r) => r[0] === 'Margit Okonjo' && String(r[1]).startsWith('The fog comes in'))).toBe(false);
  });
});
