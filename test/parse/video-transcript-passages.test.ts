/**
 * Captions with no punctuation at all (a video platform's automatic captions, copied from its
 * transcript panel or saved as a caption file) and nobody named: before, each stretch between two
 * sounds ("[Music]") was one claim, so a half-hour video without a sound cue was one record of
 * 20,000 characters, found by every search and cited as the whole file; and on a copied video page
 * the description's sentences ran on into the transcript, whose lack of punctuation then went
 * unseen, so the page and its video were one claim. Now the description is read apart, and the
 * captions are cut between cues into passages of about sixty words. Found on an unseen copy of a
 * video page (test/fixtures/unseen/How I Built a $2B Company - …), December 5.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const PAGE = 'How I Built a $2B Company - Priya Natarajan (Founder Stories).txt';

/** Every word of every line the predicate keeps, in order. */
const wordsOf = (lines: string[]) => lines.join(' ').split(/\s+/).filter(Boolean);

describe('a copied video page whose transcript has no punctuation', () => {
  const corpus = fixtureCorpus(join(FIXTURES, 'unseen'), [PAGE]);
  const records = corpus.records.filter((r) => r.doc.startsWith('How I Built'));
  const body = readFileSync(join(FIXTURES, 'unseen', PAGE), 'utf8').split('\n');

  it("keeps the page's description a claim of its own line", () => {
    const description = records.find((r) => r.text.startsWith('In this episode'));
    expect(description).toMatchObject({ type: 'claim', line: 5, endLine: 5 });
    expect(description!.text.endsWith('why she almost quit in 2019.')).toBe(true);
  });

  it('cuts the transcript into passages between cues, losing no word', () => {
    const passages = records.filter((r) => r.line > 8);
    expect(passages.length).toBeGreaterThanOrEqual(3);
    for (const p of passages) expect(p.text.split(/\s+/).length).toBeLessThanOrEqual(80);
    // the captions' words, every one, in the passages in order
    const captionLines = body.slice(9).filter((l) => l.trim() && !/^\d+:\d{2}$/.test(l) && !/^\[/.test(l));
    expect(wordsOf(passages.map((p) => p.text))).toEqual(wordsOf(captionLines));
  });
});

describe('in other words: an automatic WebVTT caption file of a lecture, no sound cues', () => {
  const phrases = ['today we are going to look at', 'how the harbour of Lisbon', 'changed between 1755 and 1780', 'after the earthquake the city', 'rebuilt the whole lower town', 'on a grid that the marquis', 'drew in less than a year'];
  const cues: string[] = ['WEBVTT', 'Kind: captions', 'Language: en', ''];
  for (let i = 0; i < 140; i++) {
    const s = 2 * i;
    const stamp = (t: number) => `00:${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}.000`;
    cues.push(`${stamp(s)} --> ${stamp(s + 2)}`, phrases[i % phrases.length]!, '');
  }
  const records = loadCorpus(tempCorpus({ 'lecture.vtt': cues.join('\n') })).records;

  it('gives passages of about sixty words, each cited by its own lines', () => {
    expect(records.length).toBeGreaterThanOrEqual(8);
    for (const r of records) {
      expect(r.type).toBe('claim');
      expect(r.text.split(/\s+/).length).toBeLessThanOrEqual(80);
      expect(r.endLine - r.line).toBeLessThan(60);
    }
    const spoken = cues.filter((l) => l && !l.includes('-->') && !/^(?:WEBVTT|Kind|Language)/.test(l));
    expect(wordsOf(records.map((r) => r.text))).toEqual(wordsOf(spoken));
  });
});
