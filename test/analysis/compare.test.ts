import { describe, expect, it } from 'vitest';
import { compare, subjectMatcher } from '../../src/analysis/compare.js';
import { shippedCorpus } from '../helpers.js';
import { rec } from './fixtures.js';

describe('subjectMatcher', () => {
  const r = rec('alpha', 'Binance Launched its exchanges in 2017.');
  const qa = rec('beta', 'We put users first.', { type: 'qa', question: 'How did Binance become the largest exchange?' });

  it('needs every content word, case-insensitively, compared by stem', async () => {
    expect(subjectMatcher('binance launch')(r)).toBe(true);
    expect(subjectMatcher('BINANCE exchange launches')(r)).toBe(true);
    expect(subjectMatcher('binance wallet')(r)).toBe(false);
  });

  it('counts numbers as content words', async () => {
    const days = rec('gamma', 'It took 180 days, and 1,000 users joined.');
    const day = rec('gamma', 'It took one day.');
    expect(subjectMatcher('180 days')(days)).toBe(true);
    expect(subjectMatcher('180 days')(day)).toBe(false);
    expect(subjectMatcher('1000 users')(days)).toBe(true);
  });

  it('ignores stop words, and reads the question of a qa record', async () => {
    expect(subjectMatcher('when did the exchange launch')(r)).toBe(true);
    expect(subjectMatcher('largest exchange')(qa)).toBe(true);
  });

  it('lets a rank word meet a rank figure of the same value', async () => {
    const one = rec('gamma', 'After nine months the exchange rose to the number one spot.');
    const two = rec('gamma', 'It became the 2nd largest exchange.');
    const asked = rec('gamma', 'We listened to users.', { type: 'qa', question: 'Binance became #1 crypto exchange after 180 days. Why?' });
    expect(subjectMatcher('largest exchange')(one)).toBe(true);
    expect(subjectMatcher('biggest exchange')(one)).toBe(true);
    expect(subjectMatcher('largest exchange')(asked)).toBe(true);
    expect(subjectMatcher('largest exchange')(two)).toBe(true); // the word itself still matches
    expect(subjectMatcher('number two exchange')(two)).toBe(true);
    expect(subjectMatcher('#2 exchange')(two)).toBe(true);
    expect(subjectMatcher('#2 exchange')(one)).toBe(false);
    expect(subjectMatcher('largest wallet')(one)).toBe(false);
  });

  it('falls back to all words for a query of stop words only, and matches nothing for an empty one', async () => {
    expect(subjectMatcher('its')(r)).toBe(true);
    expect(subjectMatcher('')(r)).toBe(false);
    expect(subjectMatcher('   ')(qa)).toBe(false);
  });
});

describe('compare on fixtures', () => {
  const a1 = rec('alpha', 'Binance became the largest exchange in just 3 months.', { line: 9 });
  const a2 = rec('alpha', 'Binance reached the top of the exchange rankings with 13 million users.', { line: 3 });
  const b1 = rec('beta', 'In just nine months after launch, the exchange rose to be the largest.', { line: 1 });
  const c1 = rec('gamma', 'Weather report: rain.', { line: 1 });
  const q = rec('delta', 'We focused on users.', { type: 'qa', question: 'Binance became the largest exchange after 180 days. Why?' });
  const groups = compare([b1, a1, c1, a2, q], subjectMatcher('exchange'));

  it('groups matching records by document, in document order, records in reading order', async () => {
    expect(groups.map((g) => g.doc)).toEqual(['alpha', 'beta', 'delta']);
    expect(groups[0]!.records.map((e) => e.record)).toEqual([a2, a1]);
  });

  it('gives the figures each record states, side by side', async () => {
    const fig = (doc: string) => groups.find((g) => g.doc === doc)!.records.flatMap((e) => e.figures.map((f) => `${f.kind}:${f.value}`));
    expect(fig('alpha')).toEqual(expect.arrayContaining(['duration:90', 'count:13000000', 'rank:1']));
    expect(fig('beta')).toEqual(expect.arrayContaining(['duration:270']));
  });

  it('lists the figures of a qa question apart, with offsets into the question', async () => {
    const entry = groups.find((g) => g.doc === 'delta')!.records[0]!;
    expect(entry.figures).toEqual([]);
    expect(entry.questionFigures?.map((f) => `${f.kind}:${f.value}`)).toEqual(expect.arrayContaining(['duration:180']));
    const f = entry.questionFigures!.find((x) => x.kind === 'duration')!;
    expect(q.question!.slice(f.start, f.end)).toBe('180 days');
    expect(groups[0]!.records[0]!.questionFigures).toBeUndefined();
  });

  it('lists a date without a year among the figures of the text', async () => {
    const night = rec('eps', 'The night before Binance launched BNB on July 14, he called.');
    const [g] = compare([night], subjectMatcher('BNB'));
    const d = g!.records[0]!.figures.find((f) => f.kind === 'date');
    expect(d?.value).toBe('--07-14');
    expect(night.text.slice(d!.start, d!.end)).toBe('July 14');
  });

  it('returns no groups when nothing matches', async () => {
    expect(compare([a1, b1], () => false)).toEqual([]);
  });
});

describe('compare on the shipped corpus', () => {
  const { records } = shippedCorpus();

  it('puts the sources on how soon Binance became #1 side by side', async () => {
    const groups = compare(records, subjectMatcher('exchange months'));
    const durations = (doc: string) =>
      (groups.find((g) => g.doc === doc)?.records ?? []).flatMap((e) => e.figures.filter((f) => f.kind === 'duration').map((f) => f.value));
    expect(durations('btcpeers-he-yi-2021')).toContain(270);
    expect(durations('life-at-binance')).toContain(90);
  });

  it('shows the launch dates each source gives', async () => {
    const groups = compare(records, subjectMatcher('binance launched'));
    const dates = (doc: string) =>
      (groups.find((g) => g.doc === doc)?.records ?? []).flatMap((e) => e.figures.filter((f) => f.kind === 'date').map((f) => String(f.value)));
    expect(dates('btcpeers-he-yi-2021')).toContain('2017-07');
    expect(dates('binance-rise-cz-he-yi')).toContain('2017-09-01');
    for (const g of groups) for (const e of g.records) expect(e.record.doc).toBe(g.doc);
    expect(groups.map((g) => g.doc)).toEqual([...groups.map((g) => g.doc)].sort());
  });

  it('includes the figures of interviewers\' questions', async () => {
    const groups = compare(records, subjectMatcher('180 days'));
    const entry = groups.find((g) => g.doc === 'btcpeers-he-yi-2021')?.records.find((e) => e.questionFigures);
    expect(entry?.questionFigures?.some((f) => f.kind === 'duration' && f.value === 180)).toBe(true);
  });
});
