/**
 * An export that numbers its two voices ("Speaker 1", "Speaker 2"), the first naming itself and
 * saying who it is with ("Today I'm down on the mudflats with Callum Reid, who farms oysters …"):
 * the other voice is that guest, as it is when the host says "I'm joined by NAME".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const voices = (text: string) =>
  loadCorpus(tempCorpus({ 'talk.txt': text })).records.map((r) => [r.line, r.type, r.speaker, r.asker ?? null]);

describe('a numbered voice the host says they are with', () => {
  it('fixture: an Apple Podcasts transcript, "Speaker 1" / "Speaker 2" above the words', () => {
    const records = fixtureCorpus(join(FIXTURES, 'unseen'), ['tideline-ep12-apple-transcript.txt']).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker ?? null])).toEqual([
      [6, 'quote', 'Hana Kobayashi', null],
      [9, 'quote', 'Callum Reid', null],
      [12, 'qa', 'Callum Reid', 'Hana Kobayashi'],
      [18, 'qa', 'Callum Reid', 'Hana Kobayashi'],
      [24, 'quote', 'Hana Kobayashi', null],
    ]);
  });

  it('in other words: Rev labels, the guest described after a comma', () => {
    const got = voices(
      [
        'Speaker 1 (00:00):',
        "This is Field Notes. I'm Omar Diallo, and I'm at the old quarry with Teresa Lindqvist, the site's geologist.",
        '',
        'Speaker 2 (00:09):',
        'Thanks, Omar. Watch your step here.',
        '',
        'Speaker 1 (00:12):',
        'How old is this rock face?',
        '',
        'Speaker 2 (00:15):',
        'About 320 million years. It was a shallow sea then.',
      ].join('\n'),
    );
    expect(got).toContainEqual([7, 'qa', 'Teresa Lindqvist', 'Omar Diallo']);
  });

  it('not when the first turn is with two people, or the name runs on', () => {
    const two = voices(
      [
        'Speaker 1 (00:00):',
        "I'm Omar Diallo. Earlier I spoke with Teresa Lindqvist. Now I'm with Paul Okafor.",
        '',
        'Speaker 2 (00:09):',
        'Thanks, Omar.',
        '',
        'Speaker 1 (00:12):',
        'How old is this rock face?',
        '',
        'Speaker 2 (00:15):',
        'About 320 million years.',
      ].join('\n'),
    );
    expect(two.some((r) => r[2] === 'Teresa Lindqvist' || r[2] === 'Paul Okafor')).toBe(false);
    const runsOn = voices(
      [
        'Speaker 1 (00:00):',
        "I'm Omar Diallo, and I'm here in Leeds with Harbour Lane Books and its readers.",
        '',
        'Speaker 2 (00:09):',
        'Thanks, Omar.',
        '',
        'Speaker 1 (00:12):',
        'How long has the shop been open?',
        '',
        'Speaker 2 (00:15):',
        'Since 1994.',
      ].join('\n'),
    );
    expect(runsOn.some((r) => r[2] === 'Harbour Lane Books')).toBe(false);
  });
});
