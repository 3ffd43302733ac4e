/**
 * Caption cues holding two speakers' lines, each opening with a dialogue dash ("- When…?" /
 * "- In 1998."), as subtitles set two voices in one cue: each dash is a change of speaker; a
 * label after the dash ("- [NAME] …", "- NAME: …") names the new one, and with none who speaks is
 * unknown, never the voice before. Fixtures: test/fixtures/captions-dialogue/ (written for this test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, tempCorpus } from '../helpers.js';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'captions-dialogue', name), 'utf8');
const rows = (files: Record<string, string>) =>
  loadCorpus(tempCorpus(files)).records.map((r) => [r.type, r.speaker, r.asker, r.question, r.text, r.line, r.endLine]);

describe('dialogue dashes in a caption cue', () => {
  it('SRT: spaced and close dashes are two turns; labels after the dash name them', () => {
    expect(rows({ 'ferry.srt': fixture('harbour-ferry-interview.srt') })).toEqual([
      ['quote', 'Marisol', null, null, 'Good evening, and welcome to Harbour Nights.', 3, 3],
      ['qa', null, null, 'When did the ferry service start?', 'In 1998, with one boat.', 7, 8],
      ['qa', null, null, 'How many boats now?', 'Eleven, and two more on order.', 12, 13],
      ['qa', 'Teodor', 'Marisol', 'Who pays for them?', 'The port authority, mostly.', 17, 18],
      ['qa', 'Teodor', 'Marisol', 'Any plans for night crossings?', 'Not before 2026.', 22, 23],
    ]);
  });

  it('VTT: a voice tag before a dash keeps its voice without the dash; the line after the dash is someone else; "-20" is no dash', () => {
    const r = rows({ 'depot.vtt': fixture('depot-tour.vtt') });
    expect(r[0]).toEqual(['qa', null, 'Priya Nair', 'Thanks for showing us the depot today. Was the roof replaced?', 'Yes, last spring.', 4, 8]);
    expect(r[1]).toEqual(['qa', null, null, 'So what broke first?', 'The heating, in 2019. The temperature is -20 in January.', 11, 15]);
    expect(r).toHaveLength(2);
  });

  it('an unnamed dash line after a named voice is nobody known, and its question answers no greeting', () => {
    const text = ['WEBVTT', '', '00:00:01.000 --> 00:00:03.000', 'OKONJO: Hello and thanks for coming.', '', '00:00:03.500 --> 00:00:06.000', '- Is the bridge safe?', '- It is, since the repairs.', ''].join('\n');
    expect(rows({ 'bridge.vtt': text })).toEqual([
      ['quote', 'Okonjo', null, null, 'Hello and thanks for coming.', 4, 4],
      ['qa', null, null, 'Is the bridge safe?', 'It is, since the repairs.', 7, 8],
    ]);
  });
});
