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

  it('an unnamed dash line after a named voice is nobody known, and its question answers no greeting of the asking side', () => {
    const cue = (n: number, ...text: string[]) => [`00:00:${String(n * 3).padStart(2, '0')}.000 --> 00:00:${String(n * 3 + 2).padStart(2, '0')}.000`, ...text, ''];
    const text = ['WEBVTT', '', ...cue(0, 'INES: Welcome to the harbour tour.'), ...cue(1, '- Is the bridge safe?', '- It is, since the repairs.'), ...cue(2, 'INES: And the tunnel?'), ...cue(3, 'BRUNO: Closed until May.'), ...cue(4, 'INES: Why so long?'), ...cue(5, 'BRUNO: The pumps failed.')].join('\n');
    expect(rows({ 'bridge.vtt': text })).toEqual([
      ['quote', 'Ines', null, null, 'Welcome to the harbour tour.', 4, 4],
      ['qa', null, null, 'Is the bridge safe?', 'It is, since the repairs.', 7, 8],
      ['qa', 'Bruno', 'Ines', 'And the tunnel?', 'Closed until May.', 11, 14],
      ['qa', 'Bruno', 'Ines', 'Why so long?', 'The pumps failed.', 17, 20],
    ]);
  });
});
