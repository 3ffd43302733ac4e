/**
 * An analyst's notes of an event: quotations in a list, their source in parentheses after them
 * ("“…” (Desai, in the Q&A)"), and reported speech with a bare noun and its auxiliary after "said"
 * ("Brandt said capex would peak …"). Before, the first had no speaker and the second was a claim of
 * nobody's. Found on unseen notes (test/fixtures/unseen/analyst-notes.md), December 5; the second
 * text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  '# Harbour board meeting, notes',
  '',
  '- "We expect the dredging to finish by June." — Chair Ingrid Holm',
  '- Treasurer Paulo Mendes presented the accounts.',
  '- "Fees rise 4% from January, not 6%." (Mendes, answering a member)',
  '- Holm said dredging was already two weeks late.',
  '',
].join('\n');

describe('attributions in notes: a source in parentheses, a bare reported clause', () => {
  it('gives both to the people the notes named (test/fixtures/unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['analyst-notes.md']);
    const of = (words: string) => c.records.find((r) => r.doc === 'analyst-notes' && r.text.includes(words))!;
    expect(of("pilots' contract")).toMatchObject({ type: 'quote', speaker: 'Priya Desai' });
    expect(of('capex would peak')).toMatchObject({ type: 'claim', speaker: 'Tom Brandt' });
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'harbour.md': SECOND }));
    const of = (words: string) => c.records.find((r) => r.text.includes(words))!;
    expect(of('Fees rise 4%')).toMatchObject({ type: 'quote', speaker: 'Paulo Mendes' });
    expect(of('two weeks late').speaker).toBe('Ingrid Holm');
  });
});
