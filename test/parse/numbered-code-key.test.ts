/**
 * A research transcript's key describes numbered respondents instead of naming them
 * ("Respondent (R1): female, 46, market trader" / "Respondent (R2): female, 39, tailor"). The two
 * lines were one quote of a speaker "Respondent", and R1's and R2's turns had no role. The
 * description is now the code's role, and the key's lines are no one's turn.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a key describing numbered codes', () => {
  it('gives each code its description as role, and no speaker "Respondent"', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['savings-group-kisumu-codes.txt']);
    const records = c.records.filter((r) => r.doc === 'savings-group-kisumu-codes');
    expect(records.some((r) => r.speaker === 'Respondent')).toBe(false);
    expect(records.filter((r) => r.speaker === 'R1').map((r) => r.role)).toEqual(['female, 46, market trader', 'female, 46, market trader']);
    expect(records.filter((r) => r.speaker === 'R2').map((r) => r.role)).toEqual(['female, 39, tailor', 'female, 39, tailor']);
    // The key's words stay findable.
    expect(records.some((r) => r.text.includes('market trader'))).toBe(true);
  });

  it('in other words: participants of a focus group', () => {
    const text = [
      'Focus group 3, Leeds, 2021',
      'Moderator (M): Priya Lal',
      'Participant (P1): retired nurse, 71',
      'Participant (P2): student, 20',
      '',
      'M: What do you think of the new bus lanes?',
      'P1: They are fine for me. I go into town twice a week.',
      'P2: I cycle, so I hate them.',
      'M: Why is that?',
      'P2: The buses pass too close.',
      'P1: That is true, I have seen it.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'fg.txt': text })).records.filter((r) => r.type !== 'claim');
    expect(records.map((r) => [r.line, r.speaker, r.role])).toEqual([
      [6, 'P1', 'retired nurse, 71'],
      [8, 'P2', 'student, 20'],
      [9, 'P2', 'student, 20'],
      [11, 'P1', 'retired nurse, 71'],
    ]);
    expect(records.some((r) => r.speaker === 'Participant')).toBe(false);
  });
});
