/**
 * "Maria Gonzalez, who has run the bakery …, said the rent on her shop had doubled since 2021.": a
 * reported clause whose subject is a noun and a place phrase ("the rent on her shop", "the queue
 * at the clinic") before its auxiliary. REPORTED_BARE read a noun's "of" phrase only ("the second
 * phase of the scheme would …"), so the sentence was the writer's claim.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a reported clause whose subject carries a place phrase', () => {
  it('credits the speaker a relative clause describes, in the unseen bakery story', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['fifth-street-bakeries-2025.txt']);
    const records = c.records.filter((r) => r.doc === 'fifth-street-bakeries-2025');
    expect(records.find((r) => r.line === 5)).toMatchObject({ type: 'claim', speaker: 'Maria Gonzalez' });
    expect(records.find((r) => r.line === 5)!.text).toContain('said the rent on her shop had doubled since 2021');
    // the writer's own sentences stay hers
    expect(records.find((r) => r.text.startsWith('Two doors down'))?.speaker).toBe('Helen Marsh');
  });

  it('in other words: "in", "at" and "for" phrases; a narrated "said" stays the writer\'s', async () => {
    const text = [
      'Clinic queues lengthen',
      'By Tom Ashby',
      'June 2, 2024',
      '',
      'Dr Ifeoma Nwankwo, who has led the Eastgate clinic since 2015, said the queue at the front desk had grown every month this year.',
      '',
      'A nurse, Paul Reyes, said the wait for a scan was now six weeks.',
      '',
      'Nwankwo said goodbye to the last patient at nine and went home.',
    ].join('\n');
    const c = await loadCorpus(tempCorpus({ 'clinic.txt': text }));
    const by = (line: number) => c.records.find((r) => r.line === line);
    expect(by(5)).toMatchObject({ type: 'claim', speaker: 'Ifeoma Nwankwo' });
    expect(by(7)).toMatchObject({ type: 'claim', speaker: 'Paul Reyes' });
    expect(by(9)).toMatchObject({ type: 'claim', speaker: 'Tom Ashby' });
  });
});
