import { describe, it, expect } from 'vitest';
import { seededRandom } from '../random.js';
import { extractFigures, FigureReader, mentionedYears, yearsOfLines, type Figure } from '../../src/figures/extract.js';

/** One line per figure, easy to read in a diff: `kind [text] = value unit /precision (qualifier)`. */
function show(f: Figure): string {
  const value = typeof f.value === 'number' ? +f.value.toFixed(6) : f.value;
  return (
    `${f.kind} [${f.text}] = ${value}` +
    (f.unit ? ` ${f.unit}` : '') +
    (f.precision ? ` /${f.precision}` : '') +
    (f.qualifier ? ` (${f.qualifier})` : '')
  );
}

function shown(text: string, context?: { year?: number | null }): string[] {
  return extractFigures(text, context).map(show);
}

/** The single figure of a kind in a text (fails when there is not exactly one). */
function only(text: string, kind: Figure['kind'], context?: { year?: number | null }): Figure {
  const figs = extractFigures(text, context).filter((f) => f.kind === kind);
  expect(figs, `${kind} figures in ${JSON.stringify(text)}: ${figs.map(show).join(' | ')}`).toHaveLength(1);
  return figs[0]!;
}

function kinds(text: string, context?: { year?: number | null }): string[] {
  return extractFigures(text, context).map((f) => f.kind);
}

/** Offsets match the text, figures are sorted by start and never overlap. */
function expectInvariants(text: string, figs: Figure[]): void {
  let lastEnd = -1;
  let lastStart = -1;
  for (const f of figs) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.start).toBeGreaterThanOrEqual(lastStart);
    expect(f.start).toBeGreaterThanOrEqual(lastEnd);
    lastStart = f.start;
    lastEnd = f.end;
    if (f.kind === 'date') {
      expect(typeof f.value).toBe('string');
      expect(f.precision).toBeDefined();
    } else {
      expect(typeof f.value).toBe('number');
      expect(Number.isFinite(f.value)).toBe(true);
      expect(f.precision).toBeUndefined();
    }
  }
}

// ---------------------------------------------------------------------------

describe('dates', () => {
  it('reads a bare four-digit year', async () => {
    expect(shown('2017')).toEqual(['date [2017] = 2017 /year']);
    expect(shown('It was founded in 2013.')).toEqual(['date [2013] = 2013 /year']);
  });

  it('only takes years 1900–2099 that are not part of a larger number', async () => {
    expect(kinds('In 1899, 2100, 12017, 120175, 2017.5 and v2017 or Doge2014.')).not.toContain('date');
    expect(mentionedYears('serial 120175, 2017.5, 1,2017')).toEqual([]);
  });

  it('treats "2017 BTC" as an amount, not a year', async () => {
    expect(shown('They sold 2017 BTC.')).toEqual(['amount [2017 BTC] = 2017 BTC']);
  });

  it('treats a four-digit number before a plural noun as a count unless a preposition marks a year', async () => {
    expect(shown('The firm had 2000 employees.')).toEqual(['count [2000 employees] = 2000 employee']);
    expect(shown('Over 2000 DApps launched.')).toEqual(['count [Over 2000 DApps] = 2000 DApp (over)']);
    expect(shown('In 2020 users flocked in.')).toEqual(['date [2020] = 2020 /year']);
  });

  it('reads "July 2017" as one month-precision date, not a date plus a year', async () => {
    expect(shown('Launched in July 2017.')).toEqual(['date [July 2017] = 2017-07 /month']);
  });

  it('reads full dates with commas and ordinals', async () => {
    expect(shown('September 1, 2017')).toEqual(['date [September 1, 2017] = 2017-09-01 /day']);
    expect(shown('on December 31st, 2020, when')).toEqual(['date [December 31st, 2020] = 2020-12-31 /day']);
    expect(shown('Mar 29, 2021')).toEqual(['date [Mar 29, 2021] = 2021-03-29 /day']);
    expect(shown('on Sept. 1, 2017')).toEqual(['date [Sept. 1, 2017] = 2017-09-01 /day']);
    expect(shown('the 1st of September 2017')).toEqual(['date [1st of September 2017] = 2017-09-01 /day']);
    expect(shown('in September, 2017')).toEqual(['date [September, 2017] = 2017-09 /month']);
  });

  it('reads ISO and numeric dates', async () => {
    expect(shown('2023-09-04')).toEqual(['date [2023-09-04] = 2023-09-04 /day']);
    expect(shown('on 2023/09/04 at noon')).toEqual(['date [2023/09/04] = 2023-09-04 /day']);
    expect(shown('Founded 2017-07-14T10:00')).toEqual(['date [2017-07-14] = 2017-07-14 /day']);
    expect(shown('on 25/12/2020')).toEqual(['date [25/12/2020] = 2020-12-25 /day']);
    expect(shown('on 12/25/2020')).toEqual(['date [12/25/2020] = 2020-12-25 /day']);
    // day and month both ≤ 12: only the year is certain
    expect(shown('on 04/09/2023')).toEqual(['date [04/09/2023] = 2023 /year']);
  });

  it('rejects impossible days', async () => {
    expect(shown('February 30, 2021 was odd.')).toEqual(['date [2021] = 2021 /year']);
  });

  it('reads seasons and parts of a year as the year with a qualifier', async () => {
    expect(shown('In the summer of 2017, CZ travelled.')).toEqual(['date [summer of 2017] = 2017 /year (summer)']);
    expect(shown('positive market trends in early 2021 brought users')).toEqual(['date [early 2021] = 2021 /year (early)']);
    expect(shown('by the end of 2020.')).toEqual(['date [end of 2020] = 2020 /year (end)']);
    expect(shown('since mid-2019')).toEqual(['date [mid-2019] = 2019 /year (mid)']);
    expect(shown('in Q1 2021')).toEqual(['date [Q1 2021] = 2021 /year (Q1)']);
    expect(shown('In early July 2024, Meta Force released')).toEqual(['date [early July 2024] = 2024-07 /month (early)']);
  });

  it('skips centuries and decades', async () => {
    expect(shown('until the late 19th century.')).toEqual([]);
    expect(shown('in the 1990s and the \'90s')).toEqual([]);
  });

  it('dates "July 14" with the context year, and skips it without one', async () => {
    const s = 'The night before Binance launched BNB on July 14, he said: “BNB launches tomorrow.';
    expect(shown(s, { year: 2017 })).toEqual(['date [July 14] = 2017-07-14 /day']);
    expect(shown(s)).toEqual([]);
    expect(shown(s, { year: null })).toEqual([]);
    expect(shown('again on 14 July', { year: 2017 })).toEqual(['date [14 July] = 2017-07-14 /day']);
  });

  it('never counts the day of a month-day without context', async () => {
    expect(kinds('on July 14 we launched')).toEqual([]);
  });

  it('reads "2018 to 2022" and "2018-19" as two dates', async () => {
    expect(shown('decreasing by 40% from 2018 to 2022')).toEqual([
      'percent [40%] = 40',
      'date [2018] = 2018 /year',
      'date [2022] = 2022 /year',
    ]);
    expect(shown('the 2018-19 season')).toEqual(['date [2018] = 2018 /year', 'date [19] = 2019 /year']);
    expect(shown('the 2019/2020 season')).toEqual(['date [2019] = 2019 /year', 'date [2020] = 2020 /year']);
  });

  it('does not read capitalised month names used as words, or lower-case verbs, as dates', async () => {
    expect(shown('We may 5 times')).toEqual([]);
    expect(shown('They march on')).toEqual([]);
  });
});

describe('durations', () => {
  it('converts months at 30 days and years at 365', async () => {
    expect(shown('In just nine months after its launch')).toEqual(['duration [nine months] = 270 days']);
    expect(shown('in just 3 months')).toEqual(['duration [3 months] = 90 days']);
    expect(shown('within six months')).toEqual(['duration [within six months] = 180 days (within)']);
    expect(shown('for four years.')).toEqual(['duration [four years] = 1460 days']);
    expect(shown('in the next 10 years?')).toEqual(['duration [10 years] = 3650 days']);
  });

  it('reads days and weeks', async () => {
    expect(shown('after 180 days of its launch')).toEqual(['duration [180 days] = 180 days']);
    expect(shown('within a week')).toEqual(['duration [within a week] = 7 days (within)']);
    expect(shown('It took one week.')).toEqual(['duration [one week] = 7 days']);
    expect(shown('worked a 14 day sprint')).toEqual(['duration [14 day] = 14 days']);
  });

  it('converts hours and minutes to fractional days', async () => {
    expect(only('within 24 hours', 'duration')).toMatchObject({ value: 1, unit: 'days', qualifier: 'within', text: 'within 24 hours' });
    expect(only('for 48 consecutive hours', 'duration')).toMatchObject({ value: 2, text: '48 consecutive hours' });
    expect(only('three 8-hour shifts', 'duration').value).toBeCloseTo(1 / 3, 10);
    expect(only('a 45-minute sharing session', 'duration').value).toBeCloseTo(45 / 1440, 10);
    expect(only('after six hours of sleep', 'duration').value).toBe(0.25);
  });

  it('reads halves: a year and a half is 547.5 days, half a year 182.5', async () => {
    expect(only('for about a year and a half.', 'duration')).toMatchObject({ value: 547.5, qualifier: 'about' });
    expect(only('Within half a year after pivoting', 'duration')).toMatchObject({ value: 182.5, qualifier: 'within' });
    expect(only('four and a half years', 'duration').value).toBe(1642.5);
    expect(only('1.5 years', 'duration').value).toBe(547.5);
    expect(only('half an hour', 'duration').value).toBeCloseTo(1 / 48, 10);
  });

  it('does not read frequencies as durations', async () => {
    expect(shown('working out three times a week')).toEqual([]);
    expect(shown('meets once a month and twice a year')).toEqual([]);
    expect(shown('meetings via conference calls every 1-2 months')).toEqual([]);
    expect(shown('travels every two weeks')).toEqual([]);
    expect(shown('He earns $5 a day')).toEqual(['amount [$5] = 5 USD']);
    expect(shown('works 20 hours a week')).toEqual(['duration [20 hours] = 0.833333 days']);
  });

  it('does not read ages as durations', async () => {
    expect(shown('at 90 or 100 years old')).toEqual([]);
    expect(shown('a 30-year-old founder')).toEqual([]);
  });

  it('reads "one or two years" as two durations', async () => {
    expect(shown('for the next one or two years')).toEqual(['duration [one] = 365 days', 'duration [two years] = 730 days']);
    expect(shown('between 3 and 5 years')).toEqual(['duration [3] = 1095 days', 'duration [5 years] = 1825 days']);
  });

  it('reads "one day" only where it is a length', async () => {
    expect(shown('just one day after launching')).toEqual(['duration [one day] = 1 days']);
    expect(shown('Then one day, she told me')).toEqual([]);
    expect(shown('to retrieve users’ money back one day')).toEqual([]);
  });

  it('does not read "a second" as a length of time', async () => {
    expect(shown('building a second growth curve')).toEqual([]);
  });
});

describe('amounts', () => {
  it('reads dollar amounts with scale words and letters', async () => {
    expect(only('with $5 million in angel funding', 'amount')).toMatchObject({ value: 5_000_000, unit: 'USD' });
    expect(only('volume was $54B as of', 'amount')).toMatchObject({ value: 54_000_000_000, unit: 'USD', text: '$54B' });
    expect(only('raised about $100 million', 'amount')).toMatchObject({ value: 100_000_000, qualifier: 'about' });
    expect(only('drained of $31 million', 'amount')).toMatchObject({ value: 31_000_000 });
    expect(only('a $2 billion industry recovery fund', 'amount')).toMatchObject({ value: 2_000_000_000 });
    expect(only('Bitcoin broke $1,000.', 'amount')).toMatchObject({ value: 1000, unit: 'USD', text: '$1,000' });
    expect(only('rose from $0.1', 'amount')).toMatchObject({ value: 0.1 });
    expect(only('$1.1 billion', 'amount').value).toBe(1_100_000_000);
  });

  it('does not emit USD twice for "$1.5M USD"', async () => {
    expect(shown('worth over $1.5M USD to 124 hospitals')).toEqual([
      'amount [over $1.5M USD] = 1500000 USD (over)',
      'count [124 hospitals] = 124 hospital',
    ]);
    expect(shown('totalling over $900B USD')).toEqual(['amount [over $900B USD] = 900000000000 USD (over)']);
  });

  it('reads a currency code before the number', async () => {
    expect(shown('valuation to USD 5 million.')).toEqual(['amount [USD 5 million] = 5000000 USD']);
  });

  it('reads crypto and other currencies after the number', async () => {
    expect(shown('exceeded 1000 BTC, with')).toEqual(['amount [1000 BTC] = 1000 BTC']);
    expect(shown('He bought 5 BTC and 2 ETH; 10 bitcoin.')).toEqual([
      'amount [5 BTC] = 5 BTC',
      'amount [2 ETH] = 2 ETH',
      'amount [10 bitcoin] = 10 BTC',
    ]);
    expect(shown('5 million yuan, €20 million, £3bn, ¥100, HK$5 and a billion dollars')).toEqual([
      'amount [5 million yuan] = 5000000 CNY',
      'amount [€20 million] = 20000000 EUR',
      'amount [£3bn] = 3000000000 GBP',
      'amount [¥100] = 100 CNY',
      'amount [HK$5] = 5 HKD',
      'amount [a billion dollars] = 1000000000 USD',
    ]);
  });

  it('reads "200,000 or 800,000 bitcoins" as two BTC amounts', async () => {
    expect(shown('between 200,000 or 800,000 bitcoins')).toEqual([
      'amount [200,000] = 200000 BTC',
      'amount [800,000 bitcoins] = 800000 BTC',
    ]);
  });

  it('shares the scale across a range', async () => {
    expect(shown('They raised $5-10 million')).toEqual(['amount [$5] = 5000000 USD', 'amount [10 million] = 10000000 USD']);
    expect(shown('between 2 and 3 billion yuan')).toEqual(['amount [2] = 2000000000 CNY', 'amount [3 billion yuan] = 3000000000 CNY']);
  });

  it('treats "600 million followers" as a count, not an amount', async () => {
    expect(shown('Ronaldo has 600 million followers')).toEqual(['count [600 million followers] = 600000000 follower']);
  });
});

describe('counts', () => {
  it('reads the qualifier, the scale and the counted noun', async () => {
    expect(only('With over 13 million active users, Binance', 'count')).toMatchObject({
      value: 13_000_000,
      unit: 'user',
      qualifier: 'over',
      text: 'over 13 million active users',
    });
  });

  it('reads simple counts', async () => {
    expect(shown('Binance only had 300 employees')).toEqual(['count [300 employees] = 300 employee']);
    expect(shown('featured 165 speakers')).toEqual(['count [165 speakers] = 165 speaker']);
    expect(shown('surpassing 200 million users?')).toEqual(['count [200 million users] = 200000000 user']);
    expect(shown('over 42 recommended books.')).toEqual(['count [over 42 recommended books] = 42 book (over)']);
  });

  it('reads a count without a noun', async () => {
    expect(shown('as headcount surpassed 1,500 by the end')).toEqual(['count [1,500] = 1500']);
    expect(shown('with users reaching over 100,000')).toEqual(['count [over 100,000] = 100000 (over)']);
  });

  it('reads two counts joined by "and"', async () => {
    expect(shown('Covered 12 countries and 30 universities')).toEqual([
      'count [12 countries] = 12 country',
      'count [30 universities] = 30 university',
    ]);
  });

  it('reads rates as counts of the noun', async () => {
    expect(shown('can process 1.4 million orders per second')).toEqual(['count [1.4 million orders] = 1400000 order']);
  });

  it('reads word numbers only with a scale and a noun', async () => {
    expect(shown('to achieve over a million users')).toEqual(['count [over a million users] = 1000000 user (over)']);
    expect(shown('a dozen countries')).toEqual(['count [a dozen countries] = 12 country']);
    expect(shown('Going from zero to one, then one to a thousand')).toEqual([]);
    expect(shown('Now I faced two choices.')).toEqual([]);
  });

  it('shares the noun and scale across ranges and lists', async () => {
    expect(shown('They routinely deal with 8-10 cases per hour.')).toEqual(['count [8] = 8 case', 'count [10 cases] = 10 case']);
    expect(shown('then 3 or 4 million users joined')).toEqual([
      'count [3] = 3000000 user',
      'count [4 million users] = 4000000 user',
    ]);
    expect(shown('grew from 10 to 20')).toEqual(['count [10] = 10', 'count [20] = 20']);
    expect(shown('BNB is now ranked at 3-4 at CoinMarketCap')).toEqual([]);
  });

  it('reads "1000+ projects" as over 1000', async () => {
    expect(shown('1000+ projects')).toEqual(['count [1000+ projects] = 1000 project (over)']);
  });

  it('keeps acronyms in the unit and lemmatises plurals', async () => {
    expect(only('over 1000 DApps to settle', 'count').unit).toBe('DApp');
    expect(only('over 140 cryptocurrencies.', 'count').unit).toBe('cryptocurrency');
    expect(only('12 major business sectors including', 'count').unit).toBe('sector');
    expect(only('over 30 exchanges worldwide', 'count').unit).toBe('exchange');
    expect(only('100 people came', 'count').unit).toBe('person');
  });

  it('skips numbers inside dates, amounts, durations, percents and ranks', async () => {
    expect(kinds('In January 2018, volume hit $3 billion within 24 hours, 20% more, ranking #1')).toEqual([
      'date',
      'amount',
      'duration',
      'percent',
      'rank',
    ]);
  });

  it('skips times of day, ordinals, model names and "1 on 1"', async () => {
    expect(shown('meeting blocks from 9 a.m. to 12 a.m. and 10:30')).toEqual([]);
    expect(shown('wishing Binance “Happy 3rd birthday,”')).toEqual([]);
    expect(shown('I recommended a book called Mindset The New Psychology of Success. The F1 car, Web3, L2.')).toEqual([]);
    expect(shown('opted to take 1 on 1 foreign language classes, one-on-one courses, a one to one basis')).toEqual([]);
    expect(shown('Due to the 24/7 nature of the crypto industry')).toEqual([]);
    expect(shown('at 4,000m sea level, at 1.5x speed, increased by 5x, over 6000 times')).toEqual([]);
    expect(shown('before the era of COVID-19')).toEqual([]);
    expect(shown('1. Expansion Phase: Financing')).toEqual([]);
    expect(shown('in Chapter 3')).toEqual([]);
  });

  it('skips ages', async () => {
    expect(shown('At 18, when I started earning')).toEqual([]);
    expect(shown('I’m 25, not professionally trained')).toEqual([]);
    expect(shown('I started first grade at age four and a half.')).toEqual([]);
  });

  it('skips comma lists of digits that are not thousands', async () => {
    expect(kinds('12,34')).toEqual([]);
  });
});

describe('percents', () => {
  it('reads percents with and without qualifiers', async () => {
    expect(shown('20%')).toEqual(['percent [20%] = 20']);
    expect(shown('more than 20% of Binance team members')).toEqual(['percent [more than 20%] = 20 (more than)']);
    expect(shown('to 99.99%, becoming')).toEqual(['percent [99.99%] = 99.99']);
    expect(shown('increased by 300% within')).toEqual(['percent [300%] = 300']);
    expect(shown('rose 15 percent')).toEqual(['percent [15 percent] = 15']);
    expect(shown('rose fifteen percent')).toEqual(['percent [fifteen percent] = 15']);
    expect(shown('rose 15 per cent')).toEqual(['percent [15 per cent] = 15']);
  });

  it('reads a percent range as two', async () => {
    expect(shown('grew 10-20%')).toEqual(['percent [10] = 10', 'percent [20%] = 20']);
  });

  it('keeps "top 10%" a percent', async () => {
    expect(shown('the top 10% of users')).toEqual(['percent [10%] = 10']);
  });
});

describe('ranks', () => {
  it('reads "#1" and "number one"', async () => {
    expect(shown('Binance became #1 crypto exchange')).toEqual(['rank [#1] = 1']);
    expect(shown('rose to the number one spot')).toEqual(['rank [number one] = 1']);
    expect(shown('It was number 2, then No. 1')).toEqual(['rank [number 2] = 2', 'rank [No. 1] = 1']);
    expect(kinds('The answer was no. 2 people agreed.')).not.toContain('rank');
  });

  it('reads "the largest" as 1, but not "one of the largest"', async () => {
    expect(shown('become the largest cryptocurrency exchange in the world')).toEqual(['rank [largest] = 1']);
    expect(shown('the world’s largest exchange')).toEqual(['rank [largest] = 1']);
    expect(shown('leading one of the largest cryptocurrency exchanges globally')).toEqual([]);
  });

  it('reads "top three" as 3 with the qualifier top', async () => {
    expect(only('rank among the top three in trading volume', 'rank')).toMatchObject({ value: 3, qualifier: 'top', text: 'top three' });
    expect(only('the top 10 exchanges', 'rank')).toMatchObject({ value: 10, qualifier: 'top' });
  });

  it('reads "the top" as 1, but not a plural group', async () => {
    expect(shown('the top global team')).toEqual(['rank [top] = 1']);
    expect(shown('such as the top companies after the internet bubble')).toEqual([]);
    expect(shown('one of the top crypto exchanges in Turkey')).toEqual([]);
    expect(shown('it became a top player')).toEqual([]);
  });

  it('reads "the first" before a noun as 1', async () => {
    expect(shown('Morgan Stanley became the first US bank to offer')).toEqual(['rank [first] = 1']);
    expect(shown('Christie as the first major auction house')).toEqual(['rank [first] = 1']);
    expect(shown('for the first time')).toEqual([]);
    expect(shown('In the first two rounds')).toEqual([]);
    expect(shown('the first-day trading volume')).toEqual([]);
    expect(shown('We may be the first globally to embrace regulation')).toEqual([]);
  });

  it('reads ordinals before largest/place', async () => {
    expect(shown('became the 2nd largest mining pool by hashrate')).toEqual(['rank [2nd largest] = 2']);
    expect(shown('the second-largest exchange')).toEqual(['rank [second-largest] = 2']);
    expect(shown('won first place in a speech competition')).toEqual(['rank [first place] = 1']);
    expect(shown('ranked 3rd')).toEqual(['rank [3rd] = 3']);
    expect(shown('in the first place')).toEqual([]);
  });
});

describe('mentionedYears', () => {
  it('lists years from dates and bare years, ascending and unique', async () => {
    expect(mentionedYears('In 2018, Binance only had 300 employees, but headcount surpassed 1,500 by the end of 2020.')).toEqual([2018, 2020]);
    expect(mentionedYears('July 2017 and again 2017, then 2013.')).toEqual([2013, 2017]);
    expect(mentionedYears('September 1, 2017 and 2023-09-04')).toEqual([2017, 2023]);
  });

  it('ignores centuries, amounts and numbers that are not years', async () => {
    expect(mentionedYears('the late 19th century')).toEqual([]);
    expect(mentionedYears('They sold 2017 BTC and had 2000 employees; Doge2014.')).toEqual([]);
    expect(mentionedYears('')).toEqual([]);
  });

  it('ignores month-days without a year', async () => {
    expect(mentionedYears('on July 14')).toEqual([]);
  });
});

describe('robustness', () => {
  it('returns nothing for empty or figure-free text', async () => {
    expect(extractFigures('')).toEqual([]);
    expect(extractFigures('Hello, world! 🚀 睿甫 — nothing here.')).toEqual([]);
  });

  it('handles emoji and other scripts around figures with UTF-16 offsets', async () => {
    const s = '🚀🚀 over $5 million 睿甫 in 2017 🎉';
    const figs = extractFigures(s);
    expectInvariants(s, figs);
    expect(figs.map(show)).toEqual(['amount [over $5 million] = 5000000 USD (over)', 'date [2017] = 2017 /year']);
  });

  it('ignores a context year out of range or not a number', async () => {
    expect(shown('on July 14', { year: 17 })).toEqual([]);
    expect(shown('on July 14', {})).toEqual([]);
  });

  it('never throws and keeps the offset invariant on pseudo-random input', async () => {
    const rand = seededRandom(0x5eed1234);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const pieces = [
      '0', '1', '7', '12', '2017', '1,500', '99.99', '1.5', '$', '€', '¥', '%', '#', ' ', ' ', ' ', ',', '.', '-', '–', '/', ':',
      '+', '\n', '\t', 'a', 'an', 'the', 'over', 'more than', 'top', 'first', 'largest', 'number', 'one', 'nine', 'half',
      'and a half', 'or', 'to', 'and', 'July', 'Mar', 'September', 'summer of', 'early', 'million', 'billion', 'B', 'M', 'k',
      'BTC', 'USD', 'bitcoins', 'users', 'employees', 'years', 'months', 'week', 'day', 'hours', 'hour', 'minutes', 'times',
      'every', 'old', 'a.m.', 'st', 'th', 'century', 'x', 'percent', 'No.', 'ranked', 'at', "I'm", '🚀', '睿甫', '\uD800', '’',
    ];
    const strings: string[] = [];
    for (let i = 0; i < 300; i++) {
      const n = Math.floor(rand() * 40);
      let s = '';
      for (let j = 0; j < n; j++) s += pick(pieces) + (rand() < 0.6 ? ' ' : '');
      strings.push(s);
    }
    // raw code units, including lone surrogates and control characters
    for (let i = 0; i < 50; i++) {
      let s = '';
      const n = Math.floor(rand() * 200);
      for (let j = 0; j < n; j++) s += String.fromCharCode(Math.floor(rand() * 0x10000));
      strings.push(s);
    }
    let big = '';
    while (big.length < 10_000) big += pick(pieces) + (rand() < 0.5 ? ' ' : '');
    strings.push(big);
    let bigRaw = '';
    for (let j = 0; j < 10_000; j++) bigRaw += String.fromCharCode(32 + Math.floor(rand() * 95));
    strings.push(bigRaw);

    let total = 0;
    for (const s of strings) {
      let figs: Figure[] = [];
      expect(() => {
        figs = extractFigures(s, { year: 2017 });
      }).not.toThrow();
      expectInvariants(s, figs);
      expect(() => mentionedYears(s)).not.toThrow();
      total += figs.length;
    }
    expect(total).toBeGreaterThan(100); // the generator does produce figures
  });
});

/**
 * Real sentences from the seed corpus, with every figure they yield. A
 * change here is a behaviour change: read the diff.
 */
const SEED_SENTENCES: [string, string[]][] = [
  [
    'In 2013, Bitcoin broke $1,000.',
    [
      'date [2013] = 2013 /year',
      'amount [$1,000] = 1000 USD',
    ],
  ],
  [
    'Shortly after, they raised about $100 million through an ICO.',
    [
      'amount [about $100 million] = 100000000 USD (about)',
    ],
  ],
  [
    'Back then, we didn’t have kindergartens or preschools, so I started first grade at age four and a half.',
    [],
  ],
  [
    'Even though I was younger, physically and mentally, I stayed at the top of my class.',
    [
      'rank [top] = 1',
    ],
  ],
  [
    'For example, in middle school, my desk mate won first place in a speech competition.',
    [
      'rank [first place] = 1',
    ],
  ],
  [
    'On finals day, at Yangguang Media’s office, everyone drew random topics, had two minutes to prepare, then delivered a speech.',
    [
      'duration [two minutes] = 0.001389 days',
    ],
  ],
  [
    'For one or two years, we laughed and joked every day, creating joyful memories.',
    [
      'duration [one] = 365 days',
      'duration [two years] = 730 days',
    ],
  ],
  [
    'We filmed the show for nearly a year, covering most of China.',
    [
      'duration [nearly a year] = 365 days (nearly)',
    ],
  ],
  [
    'Before Binance, I worked at Yixia Technology for about a year and a half.',
    [
      'duration [about a year and a half] = 547.5 days (about)',
    ],
  ],
  [
    'At Yixia, one day my alarm didn’t go off—or I didn’t hear it—and I overslept.',
    [],
  ],
  [
    'I arrived over thirty minutes late, leaving a poor impression on the shareholder.',
    [
      'duration [over thirty minutes] = 0.020833 days (over)',
    ],
  ],
  [
    'About one-third of the first version was written by me.',
    [],
  ],
  [
    'Going from zero to one, then one to a thousand—you’ve excelled.',
    [],
  ],
  [
    'If you looked back at 90 or 100 years old, what memories would bring you the most joy—your achievements, your empire, or something else?',
    [],
  ],
  [
    'For two years, we’ve worked hard to close gaps—improving regulatory engagement, applying for licenses, raising compliance standards.',
    [
      'duration [two years] = 730 days',
    ],
  ],
  [
    'Years ago, pre-2019, my online reputation was almost entirely positive.',
    [
      'date [pre-2019] = 2019 /year (pre)',
    ],
  ],
  [
    'At 18, when I started earning, I sent money to my mom, hugged her, bought her things—then my parents slowly learned to express love more openly.',
    [],
  ],
  [
    'I thought: I’m 25, not professionally trained, my Mandarin isn’t standard—how could I possibly audition as a host?',
    [],
  ],
  [
    'Launched in July 2017, Binance has grown to become the largest cryptocurrency exchange in the world by trading volume.',
    [
      'date [July 2017] = 2017-07 /month',
      'rank [largest] = 1',
    ],
  ],
  [
    'In just nine months after its launch, the exchange rose to the number one spot and has managed to retain this position ever since, thanks to its excellent strategic choices.',
    [
      'duration [nine months] = 270 days',
      'rank [number one] = 1',
    ],
  ],
  [
    'With over 13 million active users, Binance’s average daily trading volume was $54B as of January 2021',
    [
      'count [over 13 million active users] = 13000000 user (over)',
      'amount [$54B] = 54000000000 USD',
      'date [January 2021] = 2021-01 /month',
    ],
  ],
  [
    'She has been in the cryptocurrency space since 2014, starting by leading OKCoin’s branding and marketing strategy',
    [
      'date [2014] = 2014 /year',
    ],
  ],
  [
    'Even though the current cryptocurrency industry is male-dominated, Yi stands strong, leading one of the largest cryptocurrency exchanges globally.',
    [],
  ],
  [
    'where I led the branding strategy which drove the firm’s valuation to USD 5 million.',
    [
      'amount [USD 5 million] = 5000000 USD',
    ],
  ],
  [
    'exchange after 180 days of its launch in 2017.',
    [
      'duration [180 days] = 180 days',
      'date [2017] = 2017 /year',
    ],
  ],
  [
    'This project Meercat has claimed it was drained of $31 million in crypto assets just one day after launching on the BSC.',
    [
      'amount [$31 million] = 31000000 USD',
      'duration [one day] = 1 days',
    ],
  ],
  [
    'But Binance still has dedicated a lot of resources and efforts in doing so, in the hope to retrieve users’ money back one day',
    [],
  ],
  [
    'This is because I know the Binance team very well - the top global team',
    [
      'rank [top] = 1',
    ],
  ],
  [
    'Christie as the first major auction house, has offered a pure digital work by Beeple with a unique NFT and realised $69 million.',
    [
      'rank [first] = 1',
      'amount [$69 million] = 69000000 USD',
    ],
  ],
  [
    'How do you see the future of blockchain and cryptocurrencies in the next 10 years?',
    [
      'duration [10 years] = 3650 days',
    ],
  ],
  [
    'For instance, Morgan Stanley became the first US bank to offer its affluent clients access to bitcoin funds.',
    [
      'rank [first] = 1',
    ],
  ],
  [
    'BNB is now ranked at 3-4 at CoinMarketCap with its market cap.',
    [],
  ],
  [
    'and the number of active users using BNB has reached 70% of that of ETH.',
    [
      'percent [70%] = 70',
    ],
  ],
  [
    'In 2017, I felt like I was 18 but now I feel like I am middle-aged',
    [
      'date [2017] = 2017 /year',
    ],
  ],
  [
    'I have focused a lot on management up until now, but for the next one or two years, I plan to spend more time learning.',
    [
      'duration [one] = 365 days',
      'duration [two years] = 730 days',
    ],
  ],
  [
    'In the west, women didn\'t have voting rights until the late 19th century.',
    [],
  ],
  [
    'Press Release: Doge2014 Gears Up to celebrate 10 years of Dogecoin as it offers the largest DOGE airdrop in history.',
    [
      'duration [10 years] = 3650 days',
      'rank [largest] = 1',
    ],
  ],
  [
    'Grand Cayman, Cayman Islands, August 28th, 2024, Chainwire',
    [
      'date [August 28th, 2024] = 2024-08-28 /day',
    ],
  ],
  [
    'PinionNewswire--In early July 2024, Meta Force released a pilot of the superhero comic',
    [
      'date [early July 2024] = 2024-07 /month (early)',
    ],
  ],
  [
    'For example, last night I sent a message saying I got up to work out after six hours of sleep.',
    [
      'duration [six hours] = 0.25 days',
    ],
  ],
  [
    'My daily life is very simple working out three times a week, usually early in the morning, followed by a full day of phone meetings.',
    [
      'duration [a full day] = 1 days',
    ],
  ],
  [
    'Second is the iteration of self-awareness I recommended a book called Mindset The New Psychology of Success on Twitter, which helps me with self-iteration.',
    [],
  ],
  [
    'After Binances user base exceeded 200 million, where will new user growth come from?',
    [
      'count [200 million] = 200000000',
    ],
  ],
  [
    'What plans and strategies does Binance have to attract more outside users after surpassing 200 million users?',
    [
      'count [200 million users] = 200000000 user',
    ],
  ],
  [
    'Ronaldo has 600 million followers on Instagram, with millions to tens of millions of likes on his posts.',
    [
      'count [600 million followers] = 600000000 follower',
    ],
  ],
  [
    'If unsure about the long-term popularity of a project, we list it on the futures market first, where users can choose 1x or 2x leverage.',
    [],
  ],
  [
    'Recently, we collaborated with some Web3 projects for cross-game cooperation, attracting 1.3 million users, but only 56 became trading users because most were there to exploit rewards.',
    [
      'count [1.3 million users] = 1300000 user',
      'count [56] = 56',
    ],
  ],
  [
    'If we want this industry to serve 1 billion users and push it forward, we must reconcile with regulators, build consensus and trust, and find a way to survive.',
    [
      'count [1 billion users] = 1000000000 user',
    ],
  ],
  [
    'The early team squeezed into an office in Hong Kong that was less than 100 square meters, with a few folding tables pieced together as temporary workstations.',
    [
      'count [less than 100 square meters] = 100 meter (less than)',
    ],
  ],
  [
    'In the summer of 2017, CZ, with an unformed white paper, traveled through cafes and hotel conference rooms in Shanghai, Beijing, and Singapore',
    [
      'date [summer of 2017] = 2017 /year (summer)',
    ],
  ],
  [
    'This differentiated strategy quickly attracted the attention of esteemed capital, such as Node Capital, ultimately pressing the start button for expansion with $5 million in angel funding.',
    [
      'amount [$5 million] = 5000000 USD',
    ],
  ],
  [
    'This \'financing + roadshow\' dual-driven model allowed Binance to achieve over a million users and rank among the top three in trading volume within just 180 days of launching.',
    [
      'count [over a million users] = 1000000 user (over)',
      'rank [top three] = 3 (top)',
      'duration [within just 180 days] = 180 days (within)',
    ],
  ],
  [
    'Completed a $5 million angel round of financing',
    [
      'amount [$5 million] = 5000000 USD',
    ],
  ],
  [
    'September 1, 2017',
    [
      'date [September 1, 2017] = 2017-09-01 /day',
    ],
  ],
  [
    'The first-day trading volume exceeded 1000 BTC, with users reaching over 100,000',
    [
      'amount [1000 BTC] = 1000 BTC',
      'count [over 100,000] = 100000 (over)',
    ],
  ],
  [
    'Covered 12 countries and 30 universities, implementing the brand youth strategy',
    [
      'count [12 countries] = 12 country',
      'count [30 universities] = 30 university',
    ],
  ],
  [
    'The first project BTT raised funds in 15 minutes, opening the curtain on the platform token ecology',
    [
      'rank [first] = 1',
      'duration [15 minutes] = 0.010417 days',
    ],
  ],
  [
    'Announced the establishment of a $1 billion blockchain fund',
    [
      'amount [$1 billion] = 1000000000 USD',
    ],
  ],
  [
    'it also launched a multilingual version of the app, supporting trading of over 140 cryptocurrencies.',
    [
      'count [over 140 cryptocurrencies] = 140 cryptocurrency (over)',
    ],
  ],
  [
    'In January 2018, Binance topped the global exchange rankings for the first time with a trading volume of $3 billion within 24 hours, which was equivalent to the total trading volume of Coinbase and Kraken at that time.',
    [
      'date [January 2018] = 2018-01 /month',
      'amount [$3 billion] = 3000000000 USD',
      'duration [within 24 hours] = 1 days (within)',
    ],
  ],
  [
    'Data shows that in 2019, Binance\'s user base surpassed 10 million, covering more than 180 countries and regions, and the platform token BNB rose from an initial issuance price of $0.1 to a peak of $600, an increase of over 6000 times',
    [
      'date [2019] = 2019 /year',
      'count [10 million] = 10000000',
      'count [more than 180 countries] = 180 country (more than)',
      'amount [$0.1] = 0.1 USD',
      'amount [$600] = 600 USD',
    ],
  ],
  [
    'As of 2023, the Binance ecosystem now encompasses 12 major business sectors including trading, wallets, public chains, and education',
    [
      'date [2023] = 2023 /year',
      'count [12 major business sectors] = 12 sector',
    ],
  ],
  [
    'After joining Bloomberg in 2005, the trading software he designed was widely adopted by Wall Street investment banks',
    [
      'date [2005] = 2005 /year',
    ],
  ],
  [
    'Before founding Binance in 2017, CZ had already immersed himself in the crypto industry for four years.',
    [
      'date [2017] = 2017 /year',
      'duration [four years] = 1460 days',
    ],
  ],
  [
    'the self-developed matching engine can process 1.4 million orders per second, far exceeding contemporaneous competitors',
    [
      'count [1.4 million orders] = 1400000 order',
    ],
  ],
  [
    'His influence in the industry is manifested through the \'CZ effect\'—his personal Twitter account has over 7 million followers, and each tweet can cause price fluctuations in related tokens',
    [
      'count [over 7 million followers] = 7000000 follower (over)',
    ],
  ],
  [
    'She established the \'Binance Goddess Brigade\' global volunteer network, developing localized community leaders in 180 countries to ensure user feedback is responded to within 24 hours.',
    [
      'count [180 countries] = 180 country',
      'duration [within 24 hours] = 1 days (within)',
    ],
  ],
  [
    'and subsequently, the platform\'s user retention rate increased by 15%.',
    [
      'percent [15%] = 15',
    ],
  ],
  [
    'Binance\'s brand search volume increased by 300% within six months.',
    [
      'percent [300%] = 300',
      'duration [within six months] = 180 days (within)',
    ],
  ],
  [
    'Third-party research shows that in 2019, among global cryptocurrency users, 72% considered \'Binance\' to be the most user-friendly exchange brand',
    [
      'date [2019] = 2019 /year',
      'percent [72%] = 72',
    ],
  ],
  [
    'allowing BSC to achieve ecological cold start within three months.',
    [
      'duration [within three months] = 90 days (within)',
    ],
  ],
  [
    'He Yi, meanwhile, led the team to complete compliance documentation in 11 languages within a week, ensuring users understood the logic behind platform adjustments.',
    [
      'count [11 languages] = 11 language',
      'duration [within a week] = 7 days (within)',
    ],
  ],
  [
    'announcing that Binance would provide a $2 billion industry recovery fund',
    [
      'amount [$2 billion] = 2000000000 USD',
    ],
  ],
  [
    'This combination of \'technical assurance + emotional comfort\' led to a net increase of 2 million users for Binance during the crisis.',
    [
      'count [2 million users] = 2000000 user',
    ],
  ],
  [
    'in 2019, it laid out derivative trading; in 2020, it focused on the DeFi ecology; in 2021, it explored the NFT field',
    [
      'date [2019] = 2019 /year',
      'date [2020] = 2020 /year',
      'date [2021] = 2021 /year',
    ],
  ],
  [
    'Binance established a \'72-hour response mechanism\'—technical teams must provide prototype solutions within 72 hours for user-requested features.',
    [
      'duration [72-hour] = 3 days',
      'duration [within 72 hours] = 3 days (within)',
    ],
  ],
  [
    'In 2018, in response to user feedback regarding \'trading delays\', the Binance tech team optimized the matching engine for 48 consecutive hours, increasing system throughput from 100,000 transactions per second to 1.4 million transactions per second.',
    [
      'date [2018] = 2018 /year',
      'duration [48 consecutive hours] = 2 days',
      'count [100,000 transactions] = 100000 transaction',
      'count [1.4 million transactions] = 1400000 transaction',
    ],
  ],
  [
    'Data shows that 80% of Binance\'s product features stem from direct user feedback.',
    [
      'percent [80%] = 80',
    ],
  ],
  [
    'and this standard has been adopted by over 30 exchanges worldwide.',
    [
      'count [over 30 exchanges] = 30 exchange (over)',
    ],
  ],
  [
    'Its \'cold wallet + hot wallet\' layered storage solution has raised the asset safety coefficient to 99.99%, becoming a universal paradigm for asset protection in the industry.',
    [
      'percent [99.99%] = 99.99',
    ],
  ],
  [
    'having incubated over 150 projects by 2023 with total fundraising exceeding $5 billion',
    [
      'count [over 150 projects] = 150 project (over)',
      'date [2023] = 2023 /year',
      'amount [$5 billion] = 5000000000 USD',
    ],
  ],
  [
    'attracting over 1000 DApps to settle in, forming an ecological system that stands shoulder to shoulder with Ethereum.',
    [
      'count [over 1000 DApps] = 1000 DApp (over)',
    ],
  ],
  [
    'with the number of global exchanges decreasing by 40% from 2018 to 2022',
    [
      'percent [40%] = 40',
      'date [2018] = 2018 /year',
      'date [2022] = 2022 /year',
    ],
  ],
  [
    'with over 60% of emerging exchanges adopting \'Binance-related\' technical solutions',
    [
      'percent [over 60%] = 60 (over)',
    ],
  ],
  [
    'After China banned cryptocurrency trading in 2017, Binance migrated its servers overseas within 48 hours, maintaining operations through distributed offices',
    [
      'date [2017] = 2017 /year',
      'duration [within 48 hours] = 2 days (within)',
    ],
  ],
  [
    'core members voluntarily reduced their salaries by 50% to fill the operational gap with personal savings; during the industry\'s winter in 2022, CZ led the cancellation of executive bonuses to weather the difficulties with employees.',
    [
      'percent [50%] = 50',
      'date [2022] = 2022 /year',
    ],
  ],
  [
    'with core team members maintaining a habit of reading 10 industry reports every month.',
    [
      'count [10 industry reports] = 10 report',
    ],
  ],
  [
    'Learning never stops: “It would take 588 days to finish reading the recommended books.”',
    [
      'duration [588 days] = 588 days',
    ],
  ],
  [
    'In 2020, more than 20% of Binance team members opted to take 1 on 1 foreign language classes, a perk offered to all employees.',
    [
      'date [2020] = 2020 /year',
      'percent [more than 20%] = 20 (more than)',
    ],
  ],
  [
    'One Binance team member, a native Turkish speaker who works in the marketing department, signed up for a Chinese language course that was hosted three times a week.',
    [],
  ],
  [
    'These “book clubs” are popular, and contain over 100 members who routinely share good books they’ve read recently.',
    [
      'count [over 100 members] = 100 member (over)',
    ],
  ],
  [
    'Last year, there were over 42 recommended books.',
    [
      'count [over 42 recommended books] = 42 book (over)',
    ],
  ],
  [
    'For motivated readers who can finish a book in a week or two, it would still take 588 days to complete all the books on the 2020 recommendations list.',
    [
      'duration [a week] = 7 days',
      'duration [588 days] = 588 days',
      'date [2020] = 2020 /year',
    ],
  ],
  [
    'Team members would find themselves listening to recommended books in audio format—frequently at 1.5x speed, even while showering, walking their dogs, playing sports or during office breaks.',
    [],
  ],
  [
    'Before BNB Chain (former BSC) launched this past September, Binance’s development, testing and operation teams worked a 14 day sprint and ran code checks over 200 times.',
    [
      'duration [14 day] = 14 days',
    ],
  ],
  [
    'One Binance PR team member would get up early and spend two hours each morning catching up on learnings, dedicating one hour to news and updates, and another to improving her business logic.',
    [
      'duration [two hours] = 0.083333 days',
      'duration [one hour] = 0.041667 days',
    ],
  ],
  [
    'An executive manager who previously worked in the financial industry found himself in charge of more than 200 Binance user groups.',
    [
      'count [more than 200 Binance user groups] = 200 group (more than)',
    ],
  ],
  [
    'Once, a 45-minute sharing session was extended to 2 hours because the customer service team raised over 20 questions on behalf of their users.',
    [
      'duration [45-minute] = 0.03125 days',
      'duration [2 hours] = 0.083333 days',
      'count [over 20 questions] = 20 question (over)',
    ],
  ],
  [
    'At Binance, over 20% of team members work on the customer service team, rotating between three 8-hour shifts to cover all time-zones.',
    [
      'percent [over 20%] = 20 (over)',
      'duration [8-hour] = 0.333333 days',
    ],
  ],
  [
    'They routinely deal with 8-10 cases per hour.',
    [
      'count [8] = 8 case',
      'count [10 cases] = 10 case',
    ],
  ],
  [
    'Customer service team members spend over 20 hours each month learning about new businesses—the minimum time required to finish listening to internal training videos.',
    [
      'duration [over 20 hours] = 0.833333 days (over)',
    ],
  ],
  [
    'However, during the days leading up to the Binance “Off the Charts!” Virtual Conference, a 10-hour dual-stream event stretching across 8 timezones featuring 6 languages, there was little time to spend on much else.',
    [
      'duration [10-hour] = 0.416667 days',
      'count [8 timezones] = 8 timezone',
      'count [6 languages] = 6 language',
    ],
  ],
  [
    'At the end of the virtual conference, as members of the diverse and global Binance team appeared on the screen wishing Binance “Happy 3rd birthday,” she felt that the time and energy poured into the project was absolutely worth it.',
    [],
  ],
  [
    'All told, the marathon event, which featured 165 speakers and reached an audience of over 600,000, became an iconic event of the blockchain and crypto industry in 2020.',
    [
      'count [165 speakers] = 165 speaker',
      'count [over 600,000] = 600000 (over)',
      'date [2020] = 2020 /year',
    ],
  ],
  [
    'When positive market trends in early 2021 brought in an influx of users to Binance, its machine engine was put to the test.',
    [
      'date [early 2021] = 2021 /year (early)',
    ],
  ],
  [
    'Due to the 24/7 nature of the crypto industry, life at Binance often means working days are non-linear, with teams collaborating during common working hours.',
    [],
  ],
  [
    'He Yi often has her schedule filled with meeting blocks from 9 a.m. to 12 a.m.',
    [],
  ],
  [
    'Another time, at the first showing of Avengers: Endgame, a Binance community manager was sitting in the cinema with her friends',
    [],
  ],
  [
    'He had to open his laptop and start working at 4,000m sea level.',
    [],
  ],
  [
    'One example of a true labor of love occurred during the 2020 Spring Festival.',
    [
      'date [2020] = 2020 /year',
    ],
  ],
  [
    'Eventually, they accomplished many things that initially seemed impossible, including sending 2,300 PPE items from Israel',
    [
      'count [2,300 PPE items] = 2300 item',
    ],
  ],
  [
    'Binance Charity ultimately donated more than 250,000 medical items worth over $1.5M USD to 124 hospitals and 74 medical teams in Wuhan during its most critical time of need.',
    [
      'count [more than 250,000 medical items] = 250000 item (more than)',
      'amount [over $1.5M USD] = 1500000 USD (over)',
      'count [124 hospitals] = 124 hospital',
      'count [74 medical teams] = 74 team',
    ],
  ],
  [
    'The last example was on December 31st, 2020, when team members were preparing to launch a New Year’s “Year in Review” feature.',
    [
      'date [December 31st, 2020] = 2020-12-31 /day',
    ],
  ],
  [
    'Within half a year after pivoting to build the business unit from the ground up, Binance Pool became the 2nd largest mining pool by hashrate.',
    [
      'duration [Within half a year] = 182.5 days (within)',
      'rank [2nd largest] = 2',
    ],
  ],
  [
    'In 2020, the P2P platform saw trading volumes totalling over $900B USD, and now supports 51 fiat currencies.',
    [
      'date [2020] = 2020 /year',
      'amount [over $900B USD] = 900000000000 USD (over)',
      'count [51 fiat currencies] = 51 currency',
    ],
  ],
  [
    'As the story goes, Binance became the largest crypto exchange in the world in just 3 months.',
    [
      'rank [largest] = 1',
      'duration [3 months] = 90 days',
    ],
  ],
  [
    'Within 3 years, it became a top player in the industry, boasting a diverse ecosystem of offerings.',
    [
      'duration [Within 3 years] = 1095 days (within)',
    ],
  ],
  [
    'Though it is said that only 1% of first-time skiers can turn it into a long-term hobby, during a team-building trip in Japan, a skilled snowboarder found that many first-timers weren’t afraid at all.',
    [
      'percent [1%] = 1',
    ],
  ],
  [
    'During a small gathering, before the era of COVID-19 and social distancing, a member of the security team started rapping and beat-boxing.',
    [],
  ],
  [
    'Adapting to transformation: “Communication and coordination takes up 60% of my work”',
    [
      'percent [60%] = 60',
    ],
  ],
  [
    'candidates go through at least 5 rounds of interviews with team members from varying backgrounds and levels of seniority, including a cross-departmental bar-raiser round.',
    [
      'count [at least 5 rounds] = 5 round (at least)',
    ],
  ],
  [
    'CZ hosts company-wide meetings via conference calls every 1-2 months, and shares Binance’s strategic goals with team members, including the challenges and problems that the company is facing.',
    [],
  ],
  [
    'There’s also additional time at the end for CZ to field 10-20 questions from individual team members.',
    [
      'count [10] = 10 question',
      'count [20 questions] = 20 question',
    ],
  ],
  [
    'During a meeting for the 3rd anniversary event, a designer argued with Yi on the design of a trophy.',
    [],
  ],
  [
    'Normally a meeting would follow within 4 hours of everyone receiving the document, though this could be adjusted depending on the urgency of the project.',
    [
      'duration [within 4 hours] = 0.166667 days (within)',
    ],
  ],
  [
    'In 2018, Binance only had 300 employees, but this figure has increased by 5x, as headcount surpassed 1,500 by the end of 2020.',
    [
      'date [2018] = 2018 /year',
      'count [300 employees] = 300 employee',
      'count [1,500] = 1500',
      'date [end of 2020] = 2020 /year (end)',
    ],
  ],
  [
    'These team members are given one-on-one leadership courses, further growing the organization’s capabilities.',
    [],
  ],
  [
    'Binance also encourages team members to speak with CZ, He Yi or anyone within the company on a one to one basis.',
    [],
  ],
  [
    'The night before Binance launched BNB on July 14, he said: “BNB launches tomorrow.',
    [],
  ],
];

describe('real sentences from the seed corpus', () => {
  it.each(SEED_SENTENCES)('%s', (sentence, expected) => {
    const figs = extractFigures(sentence);
    expectInvariants(sentence, figs);
    expect(figs.map(show)).toEqual(expected);
  });

  it('keeps the invariants on all of them joined into one text', async () => {
    const all = SEED_SENTENCES.map(([s]) => s).join('\n');
    const figs = extractFigures(all);
    expectInvariants(all, figs);
    // joining does not merge or lose figures across sentence boundaries
    expect(figs.length).toBe(SEED_SENTENCES.reduce((n, [, e]) => n + e.length, 0));
  });
});

describe('yearsOfLines', () => {
  it('gives the years of two texts joined by a line break, from each text on its own', () => {
    const rand = seededRandom(0x9ea25);
    const pieces = [
      '2017', '1999', '2021', '18', '7', '12', '3', '.', ',', '-', '/', ':', '–', ' ', ' ', '\t', '\r', '\n', '\u2028', 'in', 'the', 'at', 'I was',
      'July', 'Mar', 'summer of', 'early', 'mid', 'end of', 'Q1', 'st', 'th', 'of', 'since', 'years', 'old', 'a.m.', '1.', '2)', '$', '%',
      'million', 'users', 'first', 'place', 'ranked', '#', 'top', 'one', 'on', 'to', 'aged', 'every', 'times', 'BTC', '’90s', 'century',
    ];
    const text = () => {
      let s = '';
      const n = Math.floor(rand() * 14);
      for (let j = 0; j < n; j++) s += pieces[Math.floor(rand() * pieces.length)] + (rand() < 0.5 ? ' ' : '');
      return s;
    };
    for (let i = 0; i < 3000; i++) {
      const a = text();
      const b = text();
      expect(yearsOfLines(new FigureReader(a), new FigureReader(b)), JSON.stringify([a, b])).toEqual(mentionedYears(`${a}\n${b}`));
    }
  });
});
