import { describe, expect, it } from 'vitest';
import { kwic } from '../../src/analysis/kwic.js';
import { shippedCorpus } from '../helpers.js';
import { rec } from './fixtures.js';

const collapse = (s: string) => s.replace(/\s+/g, ' ');

describe('kwic on fixtures', () => {
  const a1 = rec('a-doc', 'Binance launched BNB in July. BNB is the native token of BNBChain, and bnb holders pay less.', { line: 1 });
  const a2 = rec('a-doc', 'Later the team\n  launched   a wallet.', { line: 5 });
  const b1 = rec('b-doc', 'Nobody expected the exchange to launch so fast; it launches products weekly and is launching more.', { line: 2 });
  const records = [b1, a2, a1];

  it('matches whole words, case-insensitively, with offsets into the record text', async () => {
    const lines = kwic(records, 'bnb');
    expect(lines.map((l) => l.match)).toEqual(['BNB', 'BNB', 'bnb']); // never inside "BNBChain"
    for (const l of lines) expect(l.record.text.slice(l.start, l.end).toLowerCase()).toBe('bnb');
  });

  it('aligns on the match: left and right fit the width and rebuild the collapsed text', async () => {
    for (const width of [0, 5, 12, 40]) {
      for (const l of kwic(records, 'launch', { width })) {
        expect(l.left.length).toBeLessThanOrEqual(width);
        expect(l.right.length).toBeLessThanOrEqual(width);
        expect(collapse(l.record.text)).toContain(l.left + l.match + l.right);
        expect(l.left + l.match + l.right).not.toMatch(/\s\s|\n/);
      }
    }
    const [first] = kwic([a1], 'native', { width: 7 });
    expect(first).toMatchObject({ left: 'is the ', match: 'native', right: ' token ' });
  });

  it('defaults to 40 characters of context', async () => {
    const long = rec('c-doc', `${'x'.repeat(100)} target ${'y'.repeat(100)}`);
    const [l] = kwic([long], 'target');
    expect(l!.left).toHaveLength(40);
    expect(l!.right).toHaveLength(40);
  });

  it('finds simple inflections unless told not to', async () => {
    expect(kwic(records, 'launch').map((l) => l.match)).toEqual(['launched', 'launched', 'launch', 'launches', 'launching']);
    expect(kwic(records, 'launch', { inflect: false }).map((l) => l.match)).toEqual(['launch']);
  });

  it('matches a phrase across line breaks and runs of spaces', async () => {
    const lines = kwic(records, '"launched a wallet"');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.match).toBe('launched a wallet');
    expect(lines[0]!.record).toBe(a2);
    expect(kwic(records, 'the team launched')).toHaveLength(1);
  });

  it('sorts in document order by default: doc, line, offset', async () => {
    const lines = kwic(records, 'launch');
    expect(lines.map((l) => `${l.record.doc}:${l.record.line}:${l.start}`)).toEqual([
      `a-doc:1:${a1.text.indexOf('launched')}`,
      `a-doc:5:${a2.text.indexOf('launched')}`,
      `b-doc:2:${b1.text.indexOf('launch ')}`,
      `b-doc:2:${b1.text.indexOf('launches')}`,
      `b-doc:2:${b1.text.indexOf('launching')}`,
    ]);
  });

  it('sorts by the words left of the match, nearest first, and by the words right of it', async () => {
    // left neighbours: "Binance", "team" (after a line break), "to", "it", "is"
    expect(kwic(records, 'launch', { sort: 'left' }).map((l) => l.left.trim().split(' ').pop())).toEqual(['Binance', 'is', 'it', 'team', 'to']);
    // right neighbours: "a", "BNB", "more", "products", "so"
    expect(kwic(records, 'launch', { sort: 'right' }).map((l) => l.right.trim().split(' ')[0])).toEqual(['a', 'BNB', 'more.', 'products', 'so']);
  });

  it('returns nothing for a term without letters or digits, and for a term not found', async () => {
    expect(kwic(records, '  ')).toEqual([]);
    expect(kwic(records, '"" ')).toEqual([]);
    expect(kwic(records, 'ethereum')).toEqual([]);
  });

  it('reads regex characters literally', async () => {
    const r = rec('d-doc', 'Prices rose 5x (a lot) in 2021.');
    expect(kwic([r], '(a lot)').map((l) => l.match)).toEqual(['(a lot)']);
    expect(kwic([r], '5x')).toHaveLength(1);
    expect(kwic([r], 'a lot')).toHaveLength(1);
    expect(() => kwic([r], '[*+?')).not.toThrow();
  });
});

describe('kwic on the shipped corpus', () => {
  const { records } = shippedCorpus();

  it('finds BNB as a word in every document that mentions it, never inside a longer word', async () => {
    const lines = kwic(records, 'BNB', { inflect: false });
    expect(lines.length).toBeGreaterThan(20);
    for (const l of lines) {
      expect(l.match.toLowerCase()).toBe('bnb');
      expect(l.record.text.slice(l.end, l.end + 1)).not.toMatch(/[\p{L}\p{N}]/u);
      expect(l.record.text.slice(l.start - 1, l.start)).not.toMatch(/[\p{L}\p{N}]/u);
    }
    expect(new Set(lines.map((l) => l.record.doc))).toEqual(new Set(['binance-rise-cz-he-yi', 'btcpeers-he-yi-2021', 'he-yi-ama-2024', 'life-at-binance', 'techflow-he-yi-2025']));
  });

  it('aligns a phrase concordance across documents', async () => {
    const lines = kwic(records, '"crypto exchange"', { width: 30, sort: 'left' });
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) {
      expect(l.match.toLowerCase()).toMatch(/^crypto exchanges?$/); // the last word's plural too
      expect(l.left.length).toBeLessThanOrEqual(30);
    }
    expect(lines.some((l) => l.record.doc === 'life-at-binance' && l.right.includes('in just 3 months'))).toBe(true);
  });

  it('keeps document order stable', async () => {
    const lines = kwic(records, 'launched');
    const keys = lines.map((l) => [l.record.doc, l.record.line, l.start] as const);
    const sorted = [...keys].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
    expect(keys.map((k) => `${k[0]}:${k[1]}`)).toEqual(sorted.map((k) => `${k[0]}:${k[1]}`));
  });
});
