/**
 * A news programme's transcript sets each voice it cuts to on a line of its own, the words below:
 * "Dr. Laura Henning, Cook County Hospital:", "Jessica Thorne, Mother of Three:". A role after the
 * comma was taken only in capitals ("MARY ELLIS, CNN ANCHOR:"), so these were no labels and their
 * words ran on into the reporter's turn: one record held three people's words. Found on an unseen
 * broadcast transcript (test/fixtures/unseen/newshour-segment.txt), December 5; the second text is
 * in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'Drought tests a farm town',
  'Jul 2, 2023 6:40 PM EDT',
  '',
  'Geoff Bennett:',
  'The wells in Tulare County are running dry. Our correspondent Ines Alvarado went there.',
  '',
  'Ines Alvarado:',
  'The Ortega family has hauled water in tanks since March.',
  '',
  'Rosa Ortega, Tulare County Resident:',
  'We fill the tank twice a week. It costs us 400 dollars a month.',
  '',
  'Ines Alvarado:',
  'The county says new wells will not be ready before 2025.',
  '',
  'Marco Ruiz, Almond Grower:',
  'I pulled out forty acres of trees last year. There was no water to keep them alive.',
  '',
  'Ines Alvarado:',
  'For the program, I am Ines Alvarado in Tulare County.',
  '',
  'Geoff Bennett:',
  'Ines, thank you.',
  '',
].join('\n');

describe('a voice set on its own line with its role written as a title', () => {
  it('opens its own turn, with the role (test/fixtures/unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['newshour-segment.txt']);
    const of = (words: string) => c.records.find((r) => r.doc === 'newshour-segment' && r.text.includes(words))!;
    expect(of('60 babies a year')).toMatchObject({ speaker: 'Laura Henning', role: 'Cook County Hospital' });
    expect(of('contractions in the car')).toMatchObject({ speaker: 'Jessica Thorne', role: 'Mother of Three' });
    expect(of('starts her rounds').speaker).toBe('Fred de Sam Lazaro');
    expect(of('starts her rounds').text).not.toContain('60 babies');
  });

  it('reads the same in other words, and keeps a sentence ending on a colon a sentence', async () => {
    const c = await loadCorpus(tempCorpus({ 'drought.txt': SECOND, 'memo.txt': 'Budget memo\n\nThe board met on Monday. However, the result was plain:\nwe cut the travel line by 20%.\n' }));
    const of = (words: string) => c.records.find((r) => r.text.includes(words))!;
    expect(of('twice a week')).toMatchObject({ speaker: 'Rosa Ortega', role: 'Tulare County Resident' });
    expect(of('hauled water').text).not.toContain('twice a week');
    expect(c.records.filter((r) => r.doc === 'memo').every((r) => r.speaker === null)).toBe(true);
  });

  it('takes no segment heading for a voice ("The Final Word, From Our Editor:")', async () => {
    const show = 'HOST: Welcome back to the show. Today we talk budgets.\n\nGUEST: Thanks for having me.\n\nHOST: Let us start with the basics.\n\nThe Final Word, From Our Editor:\nWe cut the travel budget by a third this year.\n\nHOST: And what about staff?\n\nGUEST: We hired twelve people in 2024.\n';
    const c = await loadCorpus(tempCorpus({ 'show.txt': show }));
    expect(c.records.map((r) => r.speaker).filter((s) => s && /final word/i.test(s))).toEqual([]);
    expect(c.records.some((r) => (r.text + ' ' + (r.question ?? '')).includes('travel budget by a third'))).toBe(true);
  });
});
