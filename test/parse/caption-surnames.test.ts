/**
 * A caption voice named by a surname alone ("[LINDGREN]", "FERREIRA:", ">> WHITCOMBE:") is the full
 * name the same file introduces: another voice's full name, or the one full name with that surname
 * in the file's title, its notes or its first cues, as transcripts' labels resolve (labels.ts
 * scanLabels). Fixtures: test/fixtures/captions-surnames/ (written for this test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, tempCorpus } from '../helpers.js';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'captions-surnames', name), 'utf8');
const rows = (files: Record<string, string>) => loadCorpus(tempCorpus(files)).records.map((r) => [r.type, r.speaker, r.asker, r.line]);

describe('a surname voice in captions', () => {
  it('is the full name a first cue introduces ("joined by Oskar Lindgren")', () => {
    expect(rows({ 'rail.srt': fixture('rail-line-interview.srt') })).toEqual([['qa', 'Oskar Lindgren', 'Host', 3]]);
  });
  it("is the full name a caption for the deaf introduces in brackets (\"[OSKAR LINDGREN, RAIL DIRECTOR]\")", () => {
    expect(rows({ 'rail.srt': fixture('rail-lower-third.srt') })).toEqual([['qa', 'Oskar Lindgren', 'Host', 7]]);
  });
  it('is the full name the title line above headerless cues gives, after ">>"', () => {
    expect(rows({ 'fireside.vtt': fixture('fireside-recording.vtt') })).toEqual([['qa', 'Dana Whitcombe', 'Moderator', 4]]);
  });
  it('is the full name another voice of the file gives ("NAME, ROLE:" then "SURNAME:")', () => {
    expect(rows({ 'bridge.vtt': fixture('bridge-briefing.vtt') })).toEqual([
      ['quote', 'Rosalind Ferreira', null, 4],
      ['qa', 'Rosalind Ferreira', 'Reporter', 7],
    ]);
    // the label's role is the record's, as a transcript's "NAME, ROLE:" gives it: its words stay findable
    expect(loadCorpus(tempCorpus({ 'bridge.vtt': fixture('bridge-briefing.vtt') })).records[0]!.role).toBe('MAYOR OF PORTO ALTO');
  });
  it('is the full name a NOTE block gives', () => {
    const text = ['WEBVTT', '', 'NOTE Interview with Ilse Brandvold, harbour pilot', '', '00:00:01.000 --> 00:00:03.000', 'HOST: How long have you piloted?', '', '00:00:03.500 --> 00:00:06.000', 'BRANDVOLD: Since 2009.', ''].join('\n');
    expect(rows({ 'pilot.vtt': text })).toEqual([['qa', 'Ilse Brandvold', 'Host', 6]]);
  });
  it('stays as written where two people of the file share it, or where speakers.yml knows it', () => {
    expect(rows({ 'bakery.srt': fixture('two-lindgrens.srt') })).toEqual([['qa', 'Lindgren', 'Host', 3]]);
    const yml = 'Director Lindgren:\n  aliases: [Lindgren]\n';
    expect(rows({ 'rail.srt': fixture('rail-line-interview.srt'), 'speakers.yml': yml })).toEqual([['qa', 'Director Lindgren', 'Host', 3]]);
  });
});
