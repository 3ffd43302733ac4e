/**
 * Hansard sets a minister's name line as the office with its holder in brackets: "The Secretary of
 * State for Energy Security and Net Zero (Ed Harlow)", then "Ed Harlow" alone on later turns. A
 * label of two capitalised words was also tried as a role ("Deputy Spokesperson") whose holder the
 * text names as "NAME (ROLE)"; the office's last words, "Net Zero (Ed Harlow)", were taken for
 * that, and every one of the minister's answers was by "Net Zero".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('an office and its holder in brackets, the holder alone below', () => {
  it('gives every turn to the holder', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['hansard-energy-2024.txt']);
    const records = c.records.filter((r) => r.doc === 'hansard-energy-2024');
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [9, 'quote', 'Mr Speaker', null],
      [12, 'quote', 'Ed Harlow', null],
      [15, 'quote', 'Hon. Members', null],
      [17, 'quote', 'Ed Harlow', null],
      [20, 'qa', 'Ed Harlow', 'Claire Whitcombe'],
      [26, 'qa', 'Ed Harlow', 'Sir Malcolm Brand'],
      [32, 'qa', 'Ed Harlow', 'Priya Sandhu'],
      [38, 'quote', 'Mr Speaker', null],
      [41, 'qa', 'Ed Harlow', 'Daniel Okoro'],
    ]);
    expect(records.some((r) => r.speaker === 'Net Zero')).toBe(false);
  });

  it('in other words: an office ending in "and Digital Economy"', () => {
    const text = [
      'Science Funding',
      'Volume 731: debated on Tuesday 4 March 2025',
      '',
      'The Minister for Science and Digital Economy (Ruth Okonedo)',
      'We will fund 20,000 more places from September.',
      '',
      'Tom Beale (Harlow West) (Con)',
      'How many of those places will go to adults over 25?',
      '',
      'Ruth Okonedo',
      'About half, and we will report on it in 2026.',
      '',
      'Anya Patel (Coventry Central) (Lab)',
      'Will the Minister meet colleges in my constituency?',
      '',
      'Ruth Okonedo',
      'I will gladly do so.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'fe.txt': text })).records.filter((r) => r.speaker !== null);
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [4, 'quote', 'Ruth Okonedo', null],
      [7, 'qa', 'Ruth Okonedo', 'Tom Beale'],
      [13, 'qa', 'Ruth Okonedo', 'Anya Patel'],
    ]);
  });
});
