/**
 * News attribution, probe88-b: a name set in apposition to a role a possessive owns ("Her
 * neighbour of forty years, Alasdair Ross, says she kept a logbook") reports a clause whose pronoun
 * of the possessive's gender is the role's owner, not the named one: the sentence says nothing of
 * the named one's gender, so the paragraph's "he said" stays theirs.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const DIR = join(FIXTURES, 'probe88', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a role owned by a possessive before the name', () => {
  const records = fixtureCorpus(DIR, ['obituary.txt']).records as Rec[];

  it('keeps the named neighbour the speaker of his own "he said"', () => {
    expect(at(records, 22, 'quote')).toMatchObject({ speaker: 'Alasdair Ross', text: expect.stringMatching(/^Wind direction/) });
    // unchanged: the same shape with the pronoun of the named one's own gender
    expect(at(records, 20, 'quote')?.speaker).toBe('Fiona Dunnet');
    expect(at(records, 16, 'quote')?.speaker).toBe('Ian Lockhart');
  });

  it('does not make the neighbour the "she" of the next paragraph', () => {
    expect(at(records, 24, 'quote')?.speaker).not.toBe('Alasdair Ross');
  });
});

describe('the other registers of the sweep', () => {
  const records = fixtureCorpus(DIR, ['tabloid.txt', 'trade.txt', 'court.txt', 'match.txt', 'wire.txt', 'council.txt', 'foreign.txt']).records as Rec[];
  const of = (doc: string, line: number, type: string) => records.find((r) => r.doc === doc && r.line === line && r.type === type);

  it('reads the attributions it already reads (a guard for the fix)', () => {
    expect(of('court', 32, 'quote')?.speaker).toBe('Lee Ashworth');
    expect(of('trade', 17, 'quote')).toMatchObject({ speaker: 'Martin Quayle', text: expect.stringContaining('If nothing changes') });
    expect(of('foreign', 28, 'quote')?.speaker).toBe('Milorad Jankov');
    expect(of('wire', 13, 'quote')?.speaker).toBe('one analyst at a London brokerage');
    expect(of('council', 18, 'quote')?.speaker).toBe('Gordon Pilling');
  });
});
