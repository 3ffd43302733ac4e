import { describe, expect, it } from 'vitest';
import { stripDate, timeline, type TimelineEvent } from '../../src/analysis/timeline.js';
import { shippedCorpus } from '../helpers.js';
import { is, rec } from './fixtures.js';

const row = (e: TimelineEvent) => `${e.date} ${e.record.doc}${e.conflict ? ` ≠${e.conflictWith.join(',')}` : ''}`;

describe('timeline on fixtures', () => {
  const launchJuly = rec('alpha', 'Launched in July 2017, Binance has grown to become the largest crypto exchange.');
  const launchSept = rec('beta', 'September 1, 2017 — Binance Exchange officially launched — Users reached 100,000 on the first day');
  const launchYear = rec('gamma', 'In the early days of its launch in 2017, Binance was an ordinary exchange.');
  const hire = rec('gamma', 'In 2015, the company hired its first engineer in Shanghai.');
  const several = rec('gamma', 'In 2019, it laid out derivative trading; in 2020, it focused on the DeFi ecology.');
  const range = rec('delta', 'The number of exchanges fell by 40% from 2018 to 2022.');
  const yearless = rec('delta', 'The token launched on July 14 after the sale.');
  const question = rec('delta', 'Thanks.', { type: 'qa', question: 'Did the exchange launch in 2016?' });
  const records = [launchJuly, launchSept, launchYear, hire, several, range, yearless, question];
  const events = timeline(records);

  it('lists one event per date, in date order, coarser precision first within a period', async () => {
    expect(events.map((e) => e.date)).toEqual(['2015', '2017', '2017-07', '2017-09-01', '2018', '2019', '2020']);
    for (let i = 1; i < events.length; i++) expect(events[i - 1]!.date <= events[i]!.date).toBe(true);
  });

  it('keeps the precision the text gives', async () => {
    const byDate = new Map(events.map((e) => [e.date, e.precision]));
    expect(byDate.get('2017')).toBe('year');
    expect(byDate.get('2017-07')).toBe('month');
    expect(byDate.get('2017-09-01')).toBe('day');
  });

  it('says what happened without the date phrase; a row by its other cells; a clause when a sentence dates several things', async () => {
    const what = new Map(events.map((e) => [e.date, e.what]));
    expect(what.get('2015')).toBe('The company hired its first engineer in Shanghai.');
    expect(what.get('2017-09-01')).toBe('Binance Exchange officially launched — Users reached 100,000 on the first day');
    expect(what.get('2019')).toBe('It laid out derivative trading');
    expect(what.get('2020')).toBe('It focused on the DeFi ecology.');
  });

  it('leaves out dates without a year, the end of a range, and questions', async () => {
    expect(events.some((e) => e.record === yearless)).toBe(false);
    expect(events.filter((e) => e.record === range).map((e) => e.date)).toEqual(['2018']);
    expect(events.some((e) => e.record === question)).toBe(false);
  });

  it('marks two sources dating the same event differently, on both rows', async () => {
    const july = events.find((e) => e.record === launchJuly)!;
    const sept = events.find((e) => e.record === launchSept)!;
    expect(july).toMatchObject({ conflict: true, conflictWith: ['2017-09-01'] });
    expect(sept).toMatchObject({ conflict: true, conflictWith: ['2017-07'] });
  });

  it('lists sources that agree ("2017" agrees with "July 2017") and marks nothing else', async () => {
    const year = events.find((e) => e.record === launchYear)!;
    expect(year.conflict).toBe(false);
    expect(year.sources).toContain('gamma');
    expect(year.sources).toContain('alpha');
    expect(events.find((e) => e.record === hire)).toMatchObject({ conflict: false, sources: ['gamma'], conflictWith: [] });
  });

  it('filters by year with from and to, inclusive', async () => {
    expect(timeline(records, { from: 2017, to: 2018 }).map((e) => e.date)).toEqual(['2017', '2017-07', '2017-09-01', '2018']);
    expect(timeline(records, { from: 2020 }).map((e) => e.date)).toEqual(['2020']);
    expect(timeline(records, { to: 2015 }).map((e) => e.date)).toEqual(['2015']);
    expect(timeline(records, { from: 2030 })).toEqual([]);
  });

  it('gives an answer that opens on its date with the question it answers', async () => {
    const best = rec('epsilon', '2022, without a doubt. We doubled revenue in 2023.', { type: 'qa', question: 'What was your best year?' });
    const worst = rec('epsilon', 'In 2019 we almost closed.', { type: 'qa', question: 'And the worst?' });
    const first = rec('zeta', '2020, during lockdown.', { type: 'qa', question: "Thank you all for coming. Let's start easy. When did you first buy crypto?" });
    const founded = rec('eta', '2019年成立，现在有八十六个人，其中一半是工程师。', { type: 'qa', question: '公司成立多久了？现在有多少员工？' });
    const what = new Map(timeline([best, worst, first, founded]).map((e) => [`${e.record.doc} ${e.date}`, e.what]));
    expect(what.get('epsilon 2022')).toBe('What was your best year? 2022, without a doubt.');
    // the question's last sentence, the one that asks
    expect(what.get('zeta 2020')).toBe('When did you first buy crypto? 2020, during lockdown.');
    // a reply that goes on to say what happened (in a script without spaces, by its characters) stands alone
    expect(what.get('eta 2019')).toBe('2019年成立，现在有八十六个人，其中一半是工程师。');
    // a later sentence of the answer, or one that opens on something else, stands alone
    expect(what.get('epsilon 2023')).toBe('We doubled revenue.');
    expect(what.get('epsilon 2019')).toBe('In 2019 we almost closed.');
  });

  it('strips opening and closing date phrases only', async () => {
    expect(stripDate('In 2013, Bitcoin broke $1,000.', '2013')).toBe('Bitcoin broke $1,000.');
    expect(stripDate('Before founding Binance in 2017, CZ was busy.', '2017')).toBe('Before founding Binance in 2017, CZ was busy.');
    expect(stripDate('Binance became #1 after 180 days of its launch in 2017.', '2017')).toBe('Binance became #1 after 180 days of its launch.');
    // a preposition that carries meaning keeps its date: without it the sentence says something else
    expect(stripDate('A strike would be the first since 1989.', '1989')).toBe('A strike would be the first since 1989.');
    expect(stripDate('I slept at the hospital for most of April 2020.', 'April 2020')).toBe('I slept at the hospital for most of April 2020.');
    expect(stripDate('Headcount surpassed 1,500 by the end of 2020.', 'the end of 2020')).toBe('Headcount surpassed 1,500 by the end of 2020.');
    expect(stripDate('Since 2019, rents went up 30%.', '2019')).toBe('Since 2019, rents went up 30%.');
    expect(stripDate('The clinic opened a second ward during 2021.', '2021')).toBe('The clinic opened a second ward.');
  });
});

describe('timeline on the shipped corpus', () => {
  const { records } = shippedCorpus();
  const events = timeline(records);
  const find = (doc: string, contains: string) => events.filter((e) => is(e.record, doc, contains));

  it('has every dated event of the two tables of the Binance history article, with its date', async () => {
    const doc = 'binance-rise-cz-he-yi';
    const table: Array<[string, string]> = [
      ['Completed a $5 million angel round', '2017-07'],
      ['Binance Exchange officially launched', '2017-09-01'],
      ['Global Blockchain Campus Tour', '2017-11'],
      ['Binance Launchpad token issuance platform', '2018-01'],
      ['$1 billion blockchain fund', '2018-03'],
      ['Crypto-to-Crypto Trading Model', '2017-09'],
      ['Platform Token Economic Model', '2017-10'],
      ['Decentralized Exchange (DEX)', '2019-04'],
      ['Blockchain Charity Foundation', '2021-05'],
      ['Industry recovery fund', '2022-11'],
    ];
    for (const [contains, date] of table) expect(find(doc, contains).map((e) => e.date), contains).toEqual([date]);
  });

  it('is sorted by date', async () => {
    expect(events.length).toBeGreaterThan(40);
    for (let i = 1; i < events.length; i++) expect(events[i - 1]!.date <= events[i]!.date, `${row(events[i - 1]!)} / ${row(events[i]!)}`).toBe(true);
  });

  it('marks the launch-date disagreement between BTC Peers and the history article, both ways', async () => {
    const july = find('btcpeers-he-yi-2021', 'Launched in July 2017');
    expect(july).toHaveLength(1);
    expect(july[0]).toMatchObject({ date: '2017-07', conflict: true });
    expect(july[0]!.conflictWith).toContain('2017-09-01');
    const sept = find('binance-rise-cz-he-yi', 'Binance Exchange officially launched');
    expect(sept[0]!.conflictWith).toContain('2017-07');
  });

  it('marks when He Yi entered crypto: 2013 in TechFlow, 2014 in BTC Peers', async () => {
    const since = find('btcpeers-he-yi-2021', 'since 2014');
    expect(since[0]).toMatchObject({ date: '2014', conflict: true, conflictWith: ['2013'] });
    expect(find('techflow-he-yi-2025', 'That was my entry into').some((e) => e.date === '2013' && e.conflict)).toBe(true);
  });

  it('dates a quote sentence: "In 2013, Bitcoin broke $1,000"', async () => {
    const bitcoin = events.filter((e) => e.record.doc === 'techflow-he-yi-2025' && e.date === '2013' && /Bitcoin broke \$1,000/.test(e.what));
    expect(bitcoin).toHaveLength(1); // the highlight and the answer it comes from are one event
  });

  it('never marks a conflict inside one document, and every conflict has dates', async () => {
    for (const e of events) {
      expect(e.conflict).toBe(e.conflictWith.length > 0);
      expect(e.sources[0]).toBe(e.record.doc);
      expect(new Set(e.sources).size).toBe(e.sources.length);
    }
  });

  it('filters the corpus by years', async () => {
    const y2017 = timeline(records, { from: 2017, to: 2017 });
    expect(y2017.length).toBeGreaterThan(5);
    expect(y2017.every((e) => e.date.startsWith('2017'))).toBe(true);
  });
});
