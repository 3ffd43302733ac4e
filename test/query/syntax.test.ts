import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/query/search.js';

describe('parseQuery', () => {
  it('reads plain terms without surrounding punctuation', async () => {
    expect(parseQuery('  bitcoin, "entry"? ')).toEqual({ terms: ['bitcoin'], phrases: [['entry']], excluded: [], anyOf: [] });
    expect(parseQuery("don't crypto-to-crypto (BNB)")).toEqual({ terms: ["don't", 'crypto-to-crypto', 'BNB'], phrases: [], excluded: [], anyOf: [] });
  });

  it('reads quoted phrases, curly quotes included, and closes an unbalanced quote at the end', async () => {
    expect(parseQuery('"maternity leave" work').phrases).toEqual([['maternity', 'leave']]);
    expect(parseQuery('“maternity leave”').phrases).toEqual([['maternity', 'leave']]);
    expect(parseQuery('work "maternity leave').phrases).toEqual([['maternity', 'leave']]);
    expect(parseQuery('""').phrases).toEqual([]);
  });

  it('reads exclusions of terms and phrases', async () => {
    expect(parseQuery('snowboarding -skiing -"hot pot"')).toEqual({
      terms: ['snowboarding'],
      phrases: [],
      excluded: ['skiing', 'hot pot'],
      anyOf: [],
    });
    // a lone dash or one inside a word is no exclusion
    expect(parseQuery('a - b co-founder').excluded).toEqual([]);
  });

  it('groups operands joined by OR (capitals only)', async () => {
    expect(parseQuery('meerkat OR meercat scam')).toEqual({ terms: ['scam'], phrases: [], excluded: [], anyOf: [['meerkat', 'meercat']] });
    expect(parseQuery('a OR b OR "c d" e').anyOf).toEqual([['a', 'b', 'c d']]);
    expect(parseQuery('a or b').terms).toEqual(['a', 'or', 'b']);
    expect(parseQuery('OR a OR').terms).toEqual(['a']);
    expect(parseQuery('a OR -b').excluded).toEqual(['b']);
    expect(parseQuery('a OR -b').anyOf).toEqual([]);
  });

  it('treats regex-looking and odd input as text without throwing', async () => {
    expect(parseQuery('.*(')).toEqual({ terms: [], phrases: [], excluded: [], anyOf: [] });
    expect(() => parseQuery('[(*+?)] \\ $^ {}|')).not.toThrow();
    expect(parseQuery('')).toEqual({ terms: [], phrases: [], excluded: [], anyOf: [] });
  });

  it('bounds a huge query', async () => {
    const q = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    const p = parseQuery(q);
    expect(p.terms.length).toBeLessThanOrEqual(64);
    expect(parseQuery(`"${'x '.repeat(5000)}"`).phrases[0]!.length).toBeLessThanOrEqual(64);
  });
});
