import { describe, expect, it } from 'vitest';
import { related } from '../../src/analysis/related.js';
import { shippedCorpus } from '../helpers.js';
import { find, rec } from './fixtures.js';

describe('related on fixtures', () => {
  const target = rec('alpha', 'BNB launched with an ICO that raised $15 million for the Binance token.');
  const sameDoc = rec('alpha', 'The BNB ICO raised $15 million and the Binance token launched soon after.');
  const match = rec('beta', 'Binance raised $15 million in its BNB ICO before the token launched.');
  const partial = rec('beta', 'Binance users trade many tokens every day on the exchange.');
  const noise = rec('gamma', 'Binance users like the exchange and Binance support answers quickly.');
  const unrelated = rec('gamma', 'The weather in Sichuan was cold that winter.');
  const records = [target, sameDoc, match, partial, noise, unrelated];

  it('ranks records of other documents by similarity, never the same document', async () => {
    const out = related(records, target.id);
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((r) => r.record.doc !== 'alpha')).toBe(true);
    expect(out[0]!.record).toBe(match);
    for (let i = 1; i < out.length; i++) expect(out[i - 1]!.score).toBeGreaterThanOrEqual(out[i]!.score);
    for (const r of out) {
      expect(r.score).toBeGreaterThan(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });

  it('explains a match by the terms and entities it shares, as written', async () => {
    const [best] = related(records, target.id);
    expect(best!.shared).toEqual(expect.arrayContaining(['BNB', 'ICO']));
    expect(best!.shared.length).toBeLessThanOrEqual(6);
  });

  it('leaves out records that share nothing, and honours limit', async () => {
    expect(related(records, target.id).some((r) => r.record === unrelated)).toBe(false);
    expect(related(records, target.id, { limit: 1 })).toHaveLength(1);
    expect(related(records, target.id, { limit: 0 })).toEqual([]);
  });

  it('lets rare shared words outweigh a common one', async () => {
    const out = related(records, target.id);
    const rank = (r: unknown) => out.findIndex((x) => x.record === r);
    expect(rank(match)).toBeLessThan(rank(noise) === -1 ? Infinity : rank(noise));
  });

  it('throws a clear error for an unknown id', async () => {
    expect(() => related(records, 'nope/c-00000000')).toThrowError(/no record with id "nope\/c-00000000"/);
  });
});

describe('related on the shipped corpus', () => {
  const { records, registry } = shippedCorpus();

  it('relates the "3 months" claim to the other sources on how Binance became the largest exchange', async () => {
    const t = find(records, 'life-at-binance', 'largest crypto exchange in the world in just 3 months');
    const out = related(records, t.id, { limit: 5, registry });
    expect(out).toHaveLength(5);
    expect(out.every((r) => r.record.doc !== 'life-at-binance')).toBe(true);
    expect(out[0]!.record.doc).toBe('btcpeers-he-yi-2021');
    expect(out[0]!.record.text).toContain('largest cryptocurrency exchange');
    expect(out[0]!.shared).toEqual(expect.arrayContaining(['largest', 'exchange']));
  });

  it('relates He Yi\'s BNB launch story to the other accounts of how she joined', async () => {
    const t = find(records, 'techflow-he-yi-2025', 'launched BNB on July 14');
    const out = related(records, t.id, { limit: 5, registry });
    expect(out.every((r) => r.record.doc !== 'techflow-he-yi-2025')).toBe(true);
    expect(out.some((r) => r.record.text.includes('CZ met He Yi'))).toBe(true);
  });

  it('throws for an id that is not in the corpus', async () => {
    expect(() => related(records, 'binance-rise-cz-he-yi/c-ffffffff')).toThrowError(/no record with id/);
  });
});
