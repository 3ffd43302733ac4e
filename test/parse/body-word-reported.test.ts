/**
 * A body named by one capitalised word at a sentence's start ("Police said …", "Management
 * reiterated that …") reports what it says as "the police said …" does, in reported speech as in
 * a quotation's credit (fix75-b): the claim is the body's, not the byline's. Words for people
 * undescribed ("Officials", "Analysts") still credit no one: the claim has no speaker, as before.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const STORY = [
  'Harbour strike enters second week',
  '',
  'By Ines Calder',
  'March 4, 2025',
  '',
  'Police said the picket lines at the east gate had been peaceful.',
  '',
  'Management reiterated that the offer would not be improved.',
  '',
  'Government said it would not intervene in the dispute.',
  '',
  'Officials said the port handled a fifth of the region\'s freight.',
  '',
  'Analysts said the strike could cost importers millions a week.',
  '',
].join('\n');

describe('a body named by one capitalised word reports', () => {
  const records = loadCorpus(tempCorpus({ 'harbour-strike.txt': STORY })).records;
  const claimAt = (line: number) => records.find((r) => r.line === line && r.type === 'claim');

  it('"Police said …" and "Management reiterated that …" are the police\'s and the management\'s', () => {
    expect(claimAt(6)?.speaker).toBe('the police');
    expect(claimAt(8)?.speaker).toBe('the management');
  });

  it('"Government said it …" is the government\'s', () => {
    expect(claimAt(10)?.speaker).toBe('the government');
  });

  it('"Officials said" and "Analysts said" name no body, nor anyone: no speaker', () => {
    expect(claimAt(12)?.speaker).toBeNull();
    expect(claimAt(14)?.speaker).toBeNull();
  });
});
