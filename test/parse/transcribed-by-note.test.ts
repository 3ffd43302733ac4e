/**
 * A note of who made a transcript ("Transcript prepared by the Show Office. Lightly edited.") is the
 * page's, like "Edited for length and clarity.": no one's claim, and no section heading either.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const PANEL = (note: string) => [
  'FUTURE OF FARMING PANEL — Royal Highland Show, 21 June 2024',
  note,
  '',
  'MODERATOR (Fiona Gray): Jamie, you converted to organic in 2016. Would you do it again?',
  '',
  'JAMIE MCLEOD: In a heartbeat. The first three years were hard.',
  '',
  'MODERATOR: Ruth, what is stopping more farmers joining the co-op?',
  '',
  'RUTH ANDERSON: Paperwork, mostly. And pride.',
  '',
].join('\n');

describe('a note of who made the transcript', () => {
  for (const note of ['Transcript prepared by the Show Office. Lightly edited.', 'Transcription provided by the festival access team.', '*Captions produced by Rev. May contain errors.*']) {
    it(`is the page's: ${note}`, () => {
      const records = loadCorpus(tempCorpus({ 'panel.txt': PANEL(note) })).records;
      expect(records.map((r) => [r.type, r.speaker, r.asker, r.section])).toEqual([
        ['qa', 'Jamie McLeod', 'Fiona Gray', null],
        ['qa', 'Ruth Anderson', 'Fiona Gray', null],
      ]);
    });
  }

  it('is not a sentence that tells what a transcript shows', () => {
    const records = loadCorpus(tempCorpus({ 'panel.txt': PANEL('The transcript was prepared by hand, and it shows the farmers were angry about the price of feed in 2023.') })).records;
    expect(records.some((r) => r.type === 'claim' && /prepared by hand/.test(r.text))).toBe(true);
  });
});
