/**
 * A programme's as-broadcast dialogue list: each cue is a timecode, the speaker's name in capitals
 * and how the words were recorded in brackets ("10:00:52:03  EILEEN TREVASKIS (INTERVIEW)",
 * "NARRATOR (V.O.)", "MARK HOSKING (SYNC)"), the words indented on the lines below. Before, a cue
 * with its note was no label: the whole list was prose, every sentence a claim of the list's
 * preparer ("Prepared by Northlight Post, 12 June 2024", itself read as a publication named
 * "Prepared by Northlight Post"), and a music cue in brackets headed every record.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a dialogue list with timecoded cues', () => {
  it('gives each cue its speaker, the note no part of the name, in the unseen dialogue list', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['tides-dialogue-list.txt']);
    const records = c.records.filter((r) => r.doc === 'tides-dialogue-list');
    const by = (speaker: string) => records.filter((r) => r.speaker === speaker).map((r) => r.line);
    expect(by('Narrator')).toEqual([13, 22, 39]);
    expect(by('Eileen Trevaskis')).toEqual([17, 26, 32]);
    expect(by('Anita Moyo')).toEqual([43]);
    expect(records.find((r) => r.line === 32)).toMatchObject({ type: 'qa', question: 'Eileen, you want the hake or not?', asker: 'Mark Hosking' });
    // No cue's words in a turn, no turn merged across a cue.
    expect(records.filter((r) => /INTERVIEW|V\.O\.|SYNC|\d{2}:\d{2}:\d{2}:\d{2}/.test(r.text))).toEqual([]);
    // The music cue in brackets is words to find, nobody's, and heads nothing.
    expect(records.find((r) => r.line === 11)).toMatchObject({ type: 'claim', speaker: null, text: 'MUSIC: "Harbour Theme" - J. Okafor' });
    expect(records.filter((r) => r.section?.includes('MUSIC'))).toEqual([]);
    const doc = c.documents.find((d) => d.id === 'tides-dialogue-list')!;
    expect(doc.meta.author).toBe('Northlight Post');
    expect(doc.meta.publisher ?? null).toBeNull();
  });

  it('in other words: archive, phone and off-screen cues, a title before the name', () => {
    const text = [
      'CROSSING THE LINE — Ep. 4',
      'Final dialogue list, compiled by Saltmarsh Films, 3 March 2025',
      '',
      '01:00:05:02   SENATOR RUTH ABARA (ARCHIVE, 2011)',
      '              This bill will not pass while I sit here.',
      '',
      '01:00:11:20   INTERVIEWER (O.S.)',
      '              Did you believe her?',
      '',
      '01:00:13:04   KOFI MENSAH (PHONE)',
      '              Everyone did. She had the votes.',
      '',
      '01:00:19:11   [SFX: gavel]',
      '',
      '01:00:21:00   PROF. ADA LINDQVIST (INTERVIEW)',
      '              By 2013 the committee had changed completely.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'crossing.txt': text })).records;
    // (Ada Lindqvist's words after the cue answer the interviewer's question too, as a second
    // voice's answer does in a panel: the list does not say otherwise.)
    expect(records.map((r) => [r.speaker, r.text]).sort()).toEqual([
      ['Ada Lindqvist', 'By 2013 the committee had changed completely.'],
      ['Kofi Mensah', 'Everyone did. She had the votes.'],
      ['Ruth Abara', 'This bill will not pass while I sit here.'],
      [null, 'SFX: gavel'],
    ].sort());
    expect(records.find((r) => r.speaker === 'Kofi Mensah')).toMatchObject({ type: 'qa', question: 'Did you believe her?' });
    expect(records.find((r) => r.speaker === 'Ruth Abara')?.type).toBe('quote');
  });
});
