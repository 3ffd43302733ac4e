import { describe, expect, it } from 'vitest';
import { conflicts, MIN_CONFIDENCE, type Conflict } from '../../src/analysis/conflicts.js';
import { SpeakerRegistry } from '../../src/model/speakers.js';
import { shippedCorpus } from '../helpers.js';
import { is, rec } from './fixtures.js';

const registry = new SpeakerRegistry([
  { name: 'He Yi', aliases: ['Yi He'] },
  { name: 'CZ', aliases: ['Changpeng Zhao'] },
]);

/** Each conflict as "docA=value / docB=value". */
const pairs = (list: Conflict[]) => list.map((c) => `${c.a.record.doc}=${String(c.a.figure.value)} / ${c.b.record.doc}=${String(c.b.figure.value)}`);

describe('conflicts on fixtures', () => {
  it('finds two sources disagreeing on a duration, with both records and a reason', async () => {
    const a = rec('alpha', 'As the story goes, Binance became the largest crypto exchange in the world in just 3 months.');
    const b = rec('beta', 'In just nine months after its launch, Binance became the largest crypto exchange in the world.');
    const out = conflicts([a, b]);
    expect(out).toHaveLength(1);
    const [c] = out;
    expect(c!.kind).toBe('duration');
    expect(new Set([c!.a.record, c!.b.record])).toEqual(new Set([a, b]));
    expect(new Set([c!.a.figure.value, c!.b.figure.value])).toEqual(new Set([90, 270]));
    expect(c!.confidence).toBeGreaterThan(MIN_CONFIDENCE);
    expect(c!.confidence).toBeLessThanOrEqual(1);
    expect(c!.why).toMatch(/270 days vs 90 days|90 days vs 270 days/);
    expect(c!.subject).toMatch(/largest|exchange/i);
  });

  it('finds a date disagreement about the same launch', async () => {
    const a = rec('alpha', 'Launched in July 2017, Binance has grown to become the largest cryptocurrency exchange.');
    const b = rec('beta', 'September 1, 2017 — Binance Exchange officially launched — The first-day trading volume exceeded 1000 BTC');
    expect(pairs(conflicts([a, b]))).toEqual(['alpha=2017-07 / beta=2017-09-01']);
  });

  it('does not flag "2017" against "July 2017", nor durations whose bounds agree', async () => {
    const a = rec('alpha', 'Binance launched in 2017 and became the largest exchange within 180 days.');
    const b = rec('beta', 'Binance launched in July 2017 and became the largest exchange in 3 months.');
    expect(conflicts([a, b])).toEqual([]);
  });

  it('never pairs records of one document, nor a record with itself', async () => {
    const a = rec('alpha', 'Binance became the largest crypto exchange in the world in just 3 months.');
    const b = rec('alpha', 'Binance became the largest crypto exchange in the world in just nine months.');
    expect(conflicts([a, b])).toEqual([]);
    expect(conflicts([a, a])).toEqual([]);
  });

  it('does not pair different people who did the same thing in different years', async () => {
    const a = rec('alpha', 'In 2013, CZ entered the crypto industry after selling his apartment.');
    const b = rec('beta', 'In 2014, He Yi entered the crypto industry as a marketing director.');
    const c = rec('gamma', 'In 2016, He Yi entered the crypto industry as a marketing director.');
    const out = conflicts([a, b, c], { registry });
    expect(pairs(out)).toEqual(['beta=2014 / gamma=2016']);
  });

  it('does not take a sibling entity for its parent ("Binance TR launched" is not "Binance launched")', async () => {
    const a = rec('alpha', 'The local Binance TR exchange officially launched in 2020 and became a top exchange in Turkey.');
    const b = rec('beta', 'The Binance exchange officially launched in 2017 and became a top exchange in the world.');
    expect(conflicts([a, b])).toEqual([]);
  });

  it('dates a sentence by its paragraph opening ("In 2013, … That was my entry into crypto.")', async () => {
    const a = rec('alpha', 'In 2013, Bitcoin broke $1,000. A friend asked me to write an ad. That was my entry into the crypto space.', {
      type: 'quote',
      speaker: 'He Yi',
    });
    const b = rec('beta', 'She has been in the cryptocurrency space since 2014, starting by leading the marketing strategy.', { line: 2 });
    const intro = rec('beta', 'He Yi is the co-founder of the exchange.', { line: 1 });
    const out = conflicts([a, intro, b], { registry });
    expect(pairs(out)).toEqual(['alpha=2013 / beta=2014']);
    expect(out[0]!.a.sentence).toBe('That was my entry into the crypto space.');
    expect(out[0]!.why).toMatch(/from earlier in its paragraph/);
  });

  it('reads figures in a qa question, and says so', async () => {
    const qa = rec('alpha', 'I think the secret was putting users first.', {
      type: 'qa',
      speaker: 'He Yi',
      question: 'Binance became #1 crypto exchange after 180 days of its launch in 2017. Which strategy made that happen?',
    });
    const claim = rec('beta', 'As the story goes, Binance became the largest crypto exchange in the world in just 3 months.');
    const [c] = conflicts([qa, claim]);
    expect(c).toBeDefined();
    const q = c!.a.record === qa ? c!.a : c!.b;
    expect(q.field).toBe('question');
    expect(qa.question!.slice(q.figure.start, q.figure.end)).toBe('180 days');
  });

  it('compares a date without a year by its month: "July 14" contradicts "October 2017" but not "2018"', async () => {
    const a = rec('alpha', 'The night before Binance launched BNB on July 14, he called me.');
    const oct = rec('beta', 'BNB token — October 2017 — Initiated the BNB token model');
    const y2018 = rec('gamma', 'In 2018, Binance launched the token BNB.');
    // background: "Binance" is everywhere in such a corpus, "BNB" is not
    const background = ['Binance users trade every day.', 'Binance has many products.', 'Binance hired engineers.'].map((t) => rec('zeta', t));
    expect(pairs(conflicts([a, oct, ...background]))).toEqual(['alpha=--07-14 / beta=2017-10']);
    expect(conflicts([a, y2018, ...background])).toEqual([]);
    const aug = rec('delta', 'BNB token — July 2017 — Initiated the BNB token model');
    expect(conflicts([a, aug, ...background])).toEqual([]); // same month: a yearless date cannot rule it out
  });

  it('reports a symmetric pair once and near-identical pairs once, best first, and honours limit', async () => {
    const quote = rec('alpha', 'In 2013, I entered the crypto space as a marketing director.', { type: 'quote', speaker: 'He Yi' });
    const answer = rec('alpha', 'Well, in 2013, I entered the crypto space as a marketing director, and it changed my life.', { type: 'qa', speaker: 'He Yi' });
    const other = rec('beta', 'He Yi entered the crypto space in 2014 as a marketing director.');
    const other2 = rec('gamma', 'Binance became the largest crypto exchange in the world in just 3 months.');
    const other3 = rec('delta', 'Binance became the largest crypto exchange in the world in nine months.');
    const out = conflicts([quote, answer, other, other2, other3], { registry });
    expect(pairs(out).sort()).toEqual(['alpha=2013 / beta=2014', 'delta=270 / gamma=90'].sort());
    for (let i = 1; i < out.length; i++) expect(out[i - 1]!.confidence).toBeGreaterThanOrEqual(out[i]!.confidence);
    expect(conflicts([quote, answer, other, other2, other3], { registry, limit: 1 })).toHaveLength(1);
    expect(conflicts([quote, answer, other, other2, other3], { registry, limit: 0 })).toEqual([]);
  });

  it('does not compare counts that speak of different years, nor the dates of two states', async () => {
    const a = rec('alpha', 'In 2019, Binance had 10 million registered users.');
    const b = rec('beta', 'In 2024, Binance had 200 million registered users.');
    expect(conflicts([a, b])).toEqual([]);
    const c = rec('gamma', 'In 2019, Binance had 30 million registered users.');
    expect(pairs(conflicts([a, c]))).toEqual(['alpha=10000000 / gamma=30000000']);
  });
});

describe('conflicts on the shipped corpus', () => {
  const { records, registry: shippedRegistry } = shippedCorpus();
  const out = conflicts(records, { registry: shippedRegistry });
  const withoutRegistry = conflicts(records);

  /** Is there a conflict between a record of (docA, containsA) and one of (docB, containsB)? */
  const has = (list: Conflict[], x: [string, string], y: [string, string]) =>
    list.some(
      (c) =>
        (is(c.a.record, ...x) && is(c.b.record, ...y)) || (is(c.a.record, ...y) && is(c.b.record, ...x)),
    );

  it('finds how soon Binance became the largest exchange: nine months / 180 days vs 3 months', async () => {
    expect(has(out, ['btcpeers-he-yi-2021', 'In just nine months after its launch'], ['life-at-binance', 'in just 3 months'])).toBe(true);
    expect(has(out, ['btcpeers-he-yi-2021', 'Binance became #1'], ['life-at-binance', 'in just 3 months'])).toBe(true);
  });

  it('finds when Binance launched: July 2017 vs September 1, 2017', async () => {
    expect(has(out, ['btcpeers-he-yi-2021', 'Launched in July 2017'], ['binance-rise-cz-he-yi', 'Binance Exchange officially launched'])).toBe(true);
  });

  it('finds when BNB launched: July 14 vs October 2017', async () => {
    expect(has(out, ['techflow-he-yi-2025', 'launched BNB on July 14'], ['binance-rise-cz-he-yi', 'Platform Token Economic Model'])).toBe(true);
  });

  it('finds when He Yi entered crypto: 2013 vs 2014', async () => {
    expect(has(out, ['techflow-he-yi-2025', 'That was my entry into'], ['btcpeers-he-yi-2021', 'since 2014'])).toBe(true);
  });

  it('puts real disagreements first: the top four are the known ones', async () => {
    const known: Array<[[string, string], [string, string]]> = [
      [['btcpeers-he-yi-2021', 'In just nine months'], ['life-at-binance', 'in just 3 months']],
      [['btcpeers-he-yi-2021', 'Binance became #1'], ['life-at-binance', 'in just 3 months']],
      [['btcpeers-he-yi-2021', 'Launched in July 2017'], ['binance-rise-cz-he-yi', 'Binance Exchange officially launched']],
      [['techflow-he-yi-2025', 'That was my entry into'], ['btcpeers-he-yi-2021', 'since 2014']],
    ];
    for (const [x, y] of known) expect(has(out.slice(0, 4), x, y), `${x[1]} / ${y[1]}`).toBe(true);
  });

  it('never pairs a record with itself or with its own document', async () => {
    expect(out.length).toBeGreaterThan(0);
    for (const c of [...out, ...conflicts(records, { minConfidence: 0 })]) {
      expect(c.a.record).not.toBe(c.b.record);
      expect(c.a.record.doc).not.toBe(c.b.record.doc);
      expect(c.a.figure.kind).toBe(c.kind);
      expect(c.b.figure.kind).toBe(c.kind);
    }
  });

  it('never flags a year against a month or day inside it ("2017" vs "2017-07")', async () => {
    for (const c of conflicts(records, { minConfidence: 0 })) {
      if (c.kind !== 'date') continue;
      const [x, y] = [String(c.a.figure.value), String(c.b.figure.value)];
      expect(x.startsWith(y) || y.startsWith(x), `${x} vs ${y}`).toBe(false);
    }
  });

  it('does not pair CZ entering crypto in 2013 with He Yi in 2014', async () => {
    expect(has(out, ['binance-rise-cz-he-yi', 'In 2013, a chance encounter with Bitcoin'], ['btcpeers-he-yi-2021', 'since 2014'])).toBe(false);
  });

  it('is ranked, deduplicated, and the same without a registry', async () => {
    for (let i = 1; i < out.length; i++) expect(out[i - 1]!.confidence).toBeGreaterThanOrEqual(out[i]!.confidence);
    const keys = out.map((c) => [c.a.record.id, c.b.record.id].sort().join('|') + c.kind);
    expect(new Set(keys).size).toBe(keys.length);
    expect(pairs(withoutRegistry)).toEqual(pairs(out));
  });
});
