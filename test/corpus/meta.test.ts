import { describe, it, expect } from 'vitest';
import { readMeta, type DocumentMeta, type MetaProblem } from '../../src/corpus/meta.js';
import { parseFrontMatter } from '../../src/corpus/frontmatter.js';
import { SHAPE_NAMES } from '../../src/parse/shapes.js';

const EMPTY_META: DocumentMeta = {
  title: 'fallback',
  publisher: null,
  url: null,
  date: null,
  year: null,
  dateNote: null,
  host: null,
  interviewer: null,
  author: null,
  speakers: [],
  format: null,
  labels: {},
  inferred: {},
};

function read(data: Record<string, unknown>): { meta: DocumentMeta; problems: MetaProblem[] } {
  return readMeta(data, 'fallback', SHAPE_NAMES);
}

function messages(data: Record<string, unknown>): string[] {
  return read(data).problems.map((p) => p.message);
}

/** A date that cannot be read is a warning: the document loads, undated, its words kept as the dateNote. */
function expectOneDateWarning(data: Record<string, unknown>, message: string): DocumentMeta {
  const { meta, problems } = read(data);
  expect(problems).toEqual([{ line: 1, severity: 'warning', message }]);
  expect(meta.date).toBeNull();
  if (typeof data.date === 'string') expect(meta.dateNote).toBe(data.date);
  return meta;
}

function expectOneError(data: Record<string, unknown>, message: string): DocumentMeta {
  const { meta, problems } = read(data);
  expect(problems).toEqual([{ line: 1, severity: 'error', message }]);
  return meta;
}

describe('readMeta: a complete record', () => {
  it('reads every key', async () => {
    const { meta, problems } = read({
      title: 'An interview with CZ',
      publisher: 'Some Magazine',
      url: 'https://example.com/cz',
      date: new Date(Date.UTC(2021, 2, 29)),
      dateNote: 'recorded a week earlier',
      host: 'Host Name',
      interviewer: 'Interviewer Name',
      author: 'Author Name',
      speakers: ['CZ', 'Yi He'],
      format: 'transcript',
      labels: { 'Speaker 1': 'Ann Cole' },
    });
    expect(problems).toEqual([]);
    expect(meta).toEqual({
      title: 'An interview with CZ',
      publisher: 'Some Magazine',
      url: 'https://example.com/cz',
      date: '2021-03-29',
      year: 2021,
      dateNote: 'recorded a week earlier',
      host: 'Host Name',
      interviewer: 'Interviewer Name',
      author: 'Author Name',
      speakers: ['CZ', 'Yi He'],
      format: 'transcript',
      labels: { 'Speaker 1': 'Ann Cole' },
      inferred: {},
    });
  });

  it('refuses labels that are not a map of names', () => {
    expect(messages({ title: 'T', labels: ['Speaker 1'] })).toEqual([`labels must be a mapping from a label to a name ("Speaker 1": Ann Cole), got a list`]);
    expect(messages({ title: 'T', labels: { 'Speaker 1': 3 } })).toEqual([`labels: 'Speaker 1' must map to a name, got 3 (put it in quotes to keep it as text)`]);
  });

  it('reads a record parsed from front matter', async () => {
    const fm = parseFrontMatter(
      '---\ntitle: AMA\ndate: 2021-03-29\nspeakers: [CZ]\nformat: prose\nunknown_key: whatever\n---\nbody',
    );
    const { meta, problems } = readMeta(fm.data, 'file-name');
    expect(problems).toEqual([]);
    expect(meta).toMatchObject({ title: 'AMA', date: '2021-03-29', year: 2021, speakers: ['CZ'], format: 'prose' });
  });

  it('reports an impossible date parsed from front matter', async () => {
    const fm = parseFrontMatter('---\ntitle: AMA\ndate: 2021-02-30\n---\n');
    expect(readMeta(fm.data, 'x').problems.map((p) => p.message)).toEqual([
      "date must be a calendar date (2021-03-29, 29 March 2021 or March 29, 2021), got '2021-02-30'",
    ]);
  });

  it('works with null-prototype data', async () => {
    const data = Object.assign(Object.create(null) as Record<string, unknown>, { title: 'T' });
    expect(readMeta(data, 'f')).toEqual({ meta: { ...EMPTY_META, title: 'T' }, problems: [] });
  });

  it('ignores unknown keys silently', async () => {
    expect(read({ title: 'T', tags: [1, 2], extra: { a: 1 } }).problems).toEqual([]);
  });
});

describe('readMeta: title', () => {
  it('falls back to the fallback title when missing, without an error (the loader infers one)', async () => {
    const { meta, problems } = read({});
    expect(problems).toEqual([]);
    expect(meta).toEqual(EMPTY_META);
  });

  it('treats an empty or blank title as missing', async () => {
    for (const title of ['', '   ', null]) {
      const { meta, problems } = read({ title });
      expect(problems).toEqual([]);
      expect(meta.title).toBe('fallback');
    }
  });

  it('refuses a title that is not a string', async () => {
    const meta = expectOneError(
      { title: 1984 },
      'front matter lacks a title: title must be a non-empty string, got 1984 (put it in quotes to keep it as text)',
    );
    expect(meta.title).toBe('fallback');
    expect(messages({ title: ['a'] })).toEqual([
      'front matter lacks a title: title must be a non-empty string, got a list',
    ]);
  });

  it('trims the title', async () => {
    expect(read({ title: '  T  ' }).meta.title).toBe('T');
  });
});

const NOT_A_DATE = 'date must be a calendar date (2021-03-29, 29 March 2021 or March 29, 2021), got';

describe('readMeta: date and year', () => {
  it('accepts a Date using its UTC parts', async () => {
    expect(read({ title: 'T', date: new Date(Date.UTC(2021, 0, 1, 23, 30)) }).meta).toMatchObject({
      date: '2021-01-01',
      year: 2021,
    });
    expect(read({ title: 'T', date: new Date('2020-12-31T23:30:00-05:00') }).meta.date).toBe('2021-01-01');
  });

  it('accepts an ISO date string', async () => {
    const { meta, problems } = read({ title: 'T', date: '2021-03-29' });
    expect(problems).toEqual([]);
    expect(meta.date).toBe('2021-03-29');
    expect(meta.year).toBe(2021);
  });

  it('accepts 29 February in a leap year only', async () => {
    expect(read({ title: 'T', date: '2020-02-29' }).meta.date).toBe('2020-02-29');
    expectOneDateWarning({ title: 'T', date: '2021-02-29' }, `${NOT_A_DATE} '2021-02-29'`);
    expectOneDateWarning({ title: 'T', date: 'February 29, 2021' }, `${NOT_A_DATE} 'February 29, 2021'`);
  });

  it('accepts the dates analysts write with the month in words, and ISO timestamps', async () => {
    for (const written of [
      'March 29, 2021',
      'Mar. 29 2021',
      'March 29th, 2021',
      'Monday, March 29, 2021',
      '29 March 2021',
      '29th of March, 2021',
      '29 Mar 2021',
      '2021/03/29',
      '2021.3.29',
      '2021-3-29',
      '2021-03-29T10:15:00Z',
      '2021-03-29 10:15',
    ]) {
      const { meta, problems } = read({ title: 'T', date: written });
      expect(problems, written).toEqual([]);
      expect(meta.date, written).toBe('2021-03-29');
      expect(meta.year, written).toBe(2021);
    }
  });

  it('reads a month and year, or a bare year, as the year alone', async () => {
    for (const written of ['March 2021', 'Mar 2021', '2021', 2021]) {
      const { meta, problems } = read({ title: 'T', date: written });
      expect(problems, String(written)).toEqual([]);
      expect(meta.date, String(written)).toBeNull();
      expect(meta.year, String(written)).toBe(2021);
    }
    expectOneError({ title: 'T', date: 'March 2021', year: 2020 }, 'year 2020 disagrees with date 2021: year must match the date\'s year or be left out');
  });

  it('warns of a date that is not a calendar date, and one whose day and month cannot be told apart', async () => {
    const meta = expectOneDateWarning({ title: 'T', date: 'banana' }, `${NOT_A_DATE} 'banana'`);
    expect(meta.date).toBeNull();
    expect(meta.year).toBeNull();
    expectOneDateWarning({ title: 'T', date: '2021-02-30' }, `${NOT_A_DATE} '2021-02-30'`);
    expectOneDateWarning({ title: 'T', date: '2021-13-01' }, `${NOT_A_DATE} '2021-13-01'`);
    expectOneDateWarning({ title: 'T', date: '31 Smarch 2021' }, `${NOT_A_DATE} '31 Smarch 2021'`);
    expectOneDateWarning({ title: 'T', date: 99 }, `${NOT_A_DATE} 99`);
    expectOneDateWarning({ title: 'T', date: ['2021-03-29'] }, `${NOT_A_DATE} a list`);
    expectOneDateWarning({ title: 'T', date: new Date(NaN) }, `${NOT_A_DATE} an invalid date`);
    // The year of an ambiguous day is no less clear: the document is filed under it, without a date.
    for (const [numeric, year] of [['29/03/2021', 2021], ['03/04/2021', 2021], ['3-4-21', null], ['04-03-2022', 2022]] as const) {
      const meta = expectOneDateWarning(
        { title: 'T', date: numeric },
        `date '${numeric}' is ambiguous (day/month or month/day?): write it as 2021-03-29 or 29 March 2021${year ? `; filed under ${year} alone` : ''}`,
      );
      expect(meta.date, numeric).toBeNull();
      expect(meta.year, numeric).toBe(year);
    }
  });

  it('reads a dotted numeric date day first, as it is written wherever dots are used (03.04.2022 is 3 April)', () => {
    for (const [written, date] of [
      ['03.04.2022', '2022-04-03'],
      ['07.03.2024', '2024-03-07'],
      ['7.3.2024', '2024-03-07'],
      ['31.12.1999', '1999-12-31'],
    ] as const) {
      const { meta, problems } = read({ title: 'T', date: written });
      expect(problems, written).toEqual([]);
      expect(meta.date, written).toBe(date);
      expect(meta.year, written).toBe(Number(date.slice(0, 4)));
    }
    // not a day of the year read day first (month 13), nor a year it cannot place
    expectOneDateWarning({ title: 'T', date: '12.31.2021' }, `${NOT_A_DATE} '12.31.2021'`);
    expectOneDateWarning({ title: 'T', date: '03.04.22' }, "date '03.04.22' has a two-digit year: write the year in full (29.03.2021, day first) or 2021-03-29");
  });

  it('reads the calendar date written in a timestamp with an offset, not its UTC day', () => {
    expect(read({ title: 'T', date: '2024-01-01T00:30:00+10:00' }).meta).toMatchObject({ date: '2024-01-01', year: 2024 });
    expect(read({ title: 'T', date: '2024-03-07T23:30:00-08:00' }).meta).toMatchObject({ date: '2024-03-07', year: 2024 });
    expect(read({ title: 'T', date: '2023-12-31 23:59:59.5 -0500' }).meta).toMatchObject({ date: '2023-12-31', year: 2023 });
    for (const data of ['date: 2024-01-01T00:30:00+10:00', 'date: 2021-03-29']) {
      const fm = parseFrontMatter(`---\ntitle: T\n${data}\n---\nbody`);
      const { meta, problems } = readMeta(fm.data, 'x');
      expect(problems).toEqual([]);
      expect(meta.date).toBe(data.slice(6, 16));
    }
  });

  it('reads a year and month, or a part of a year, as the year alone', () => {
    for (const [written, year] of [
      ['2024-03', 2024],
      ['2024/3', 2024],
      ['03/2024', 2024],
      ['Spring 2019', 2019],
      ['summer of 2019', 2019],
      ['Autumn, 2018', 2018],
      ['Q1 2024', 2024],
      ['2024-Q4', 2024],
      ['H2 2023', 2023],
      ['mid-2019', 2019],
      ['early 2020', 2020],
    ] as const) {
      const { meta, problems } = read({ title: 'T', date: written });
      expect(problems, written).toEqual([]);
      expect(meta.date, written).toBeNull();
      expect(meta.year, written).toBe(year);
    }
    expectOneDateWarning({ title: 'T', date: '2024-13' }, `${NOT_A_DATE} '2024-13'`);
    expectOneDateWarning({ title: 'T', date: 'Q5 2024' }, `${NOT_A_DATE} 'Q5 2024'`);
  });

  it('gives a span of years no year, with a warning, unless year: names one inside it', () => {
    for (const written of ['2019-2020', '2019–20', '2019/2021']) {
      const { meta, problems } = read({ title: 'T', date: written });
      expect(meta.date, written).toBeNull();
      expect(meta.year, written).toBeNull();
      expect(problems, written).toEqual([
        { line: 1, severity: 'warning', message: `date '${written}' spans the years 2019 to ${written.endsWith('21') ? 2021 : 2020}: the document has no year (add year: 2019, or any year of the span, to file it under one)` },
      ]);
    }
    expect(read({ title: 'T', date: '2019-2020', year: 2020 })).toMatchObject({ meta: { date: null, year: 2020 }, problems: [] });
    expectOneError({ title: 'T', date: '2019-2020', year: 2018 }, "year 2018 disagrees with date '2019-2020': year must lie within the date's years or be left out");
    // a span that runs backwards is no span
    expectOneDateWarning({ title: 'T', date: '2020-2019' }, `${NOT_A_DATE} '2020-2019'`);
  });

  it('reads an approximate date for what it gives, and keeps its words as the dateNote', () => {
    // near a year: the year
    for (const written of ['circa 1985', 'c. 1985', 'ca. 1985', 'about 1985', '~1985', 'circa Spring 1985']) {
      const { meta, problems } = read({ title: 'T', date: written });
      expect(problems, written).toEqual([]);
      expect(meta, written).toMatchObject({ date: null, year: 1985, dateNote: written });
    }
    // a season across the new year: a span, as 2019-2020 is
    for (const written of ['Winter 2019-2020', 'Winter 2019/20', 'late 2019–20']) {
      const { meta, problems } = read({ title: 'T', date: written });
      expect(meta, written).toMatchObject({ date: null, year: null, dateNote: written });
      expect(problems.map((p) => p.severity), written).toEqual(['warning']);
      expect(problems[0]!.message, written).toContain('spans the years 2019 to 2020');
    }
    // a decade: no year, unless year: names one
    for (const written of ['1990s', "the 1980's", 'early 1970s']) {
      const { meta, problems } = read({ title: 'T', date: written });
      expect(meta, written).toMatchObject({ date: null, year: null, dateNote: written });
      expect(problems.map((p) => [p.severity, p.message.split(':')[0]]), written).toEqual([['warning', `date '${written}' is a decade`]]);
    }
    expect(read({ title: 'T', date: '1990s', year: 1994 })).toMatchObject({ meta: { year: 1994, dateNote: '1990s' }, problems: [] });
    // a dateNote written in front matter wins
    expect(read({ title: 'T', date: 'circa 1985', dateNote: 'the summer the mill closed' }).meta.dateNote).toBe('the summer the mill closed');
  });

  it('treats an empty date as absent', async () => {
    expect(read({ title: 'T', date: null })).toEqual({ meta: { ...EMPTY_META, title: 'T' }, problems: [] });
  });

  it('accepts a year as a number or a numeric string', async () => {
    expect(read({ title: 'T', year: 2019 })).toEqual({ meta: { ...EMPTY_META, title: 'T', year: 2019 }, problems: [] });
    expect(read({ title: 'T', year: '2019' }).meta.year).toBe(2019);
    expect(read({ title: 'T', year: 1000 }).meta.year).toBe(1000);
    expect(read({ title: 'T', year: 9999 }).meta.year).toBe(9999);
  });

  it('refuses a bad year', async () => {
    for (const [value, shown] of [
      [999, '999'],
      [10000, '10000'],
      [2019.5, '2019.5'],
      ['twenty', "'twenty'"],
      ['0999', "'0999'"],
      [true, 'true'],
      [[2019], 'a list'],
    ] as const) {
      const meta = expectOneError({ title: 'T', year: value }, `year must be a whole number from 1000 to 9999, got ${shown}`);
      expect(meta.year).toBeNull();
    }
  });

  it('takes the year from the date when year is absent', async () => {
    expect(read({ title: 'T', date: '1999-12-31' }).meta.year).toBe(1999);
  });

  it('accepts a year that agrees with the date', async () => {
    expect(read({ title: 'T', date: '1999-12-31', year: 1999 }).problems).toEqual([]);
  });

  it('reports a year that disagrees with the date', async () => {
    const meta = expectOneError(
      { title: 'T', date: '2021-03-29', year: 2020 },
      "year 2020 disagrees with date 2021-03-29: year must match the date's year or be left out",
    );
    expect(meta.date).toBe('2021-03-29');
    expect(meta.year).toBe(2021);
  });

  it('keeps a good year when the date is bad', async () => {
    const { meta, problems } = read({ title: 'T', date: 'banana', year: 2020 });
    expect(problems).toHaveLength(1);
    expect(meta.year).toBe(2020);
  });
});

describe('readMeta: speakers', () => {
  it('accepts a list of names', async () => {
    expect(read({ title: 'T', speakers: ['CZ', ' Yi He '] }).meta.speakers).toEqual(['CZ', 'Yi He']);
  });

  it('accepts a single name', async () => {
    const { meta, problems } = read({ title: 'T', speakers: 'CZ' });
    expect(problems).toEqual([]);
    expect(meta.speakers).toEqual(['CZ']);
  });

  it('defaults to no speakers', async () => {
    expect(read({ title: 'T' }).meta.speakers).toEqual([]);
    expect(read({ title: 'T', speakers: null }).meta.speakers).toEqual([]);
    expect(read({ title: 'T', speakers: [] }).problems).toEqual([]);
  });

  it('refuses other types', async () => {
    expect(expectOneError({ title: 'T', speakers: 7 }, 'speakers must be a list of names, got 7').speakers).toEqual([]);
    expectOneError({ title: 'T', speakers: { a: 1 } }, 'speakers must be a list of names, got a mapping');
    expectOneError({ title: 'T', speakers: true }, 'speakers must be a list of names, got true');
    expectOneError({ title: 'T', speakers: '' }, "speakers must be a list of names, got ''");
  });

  it('refuses entries that are not non-empty strings and keeps the others', async () => {
    const { meta, problems } = read({ title: 'T', speakers: ['CZ', 7, '', ['x']] });
    expect(meta.speakers).toEqual(['CZ']);
    expect(problems.map((p) => p.message)).toEqual([
      'speakers must be a list of names (or of { name, aliases } entries), entry 2 is 7',
      "speakers must be a list of names (or of { name, aliases } entries), entry 3 is ''",
      'speakers must be a list of names (or of { name, aliases } entries), entry 4 is a list',
    ]);
  });

  it('reads guests: (or guest:) as speakers and published: as the date when those are absent', async () => {
    expect(read({ title: 'T', guests: ['Tomás Ferreira'], published: '2024-05-02' }).meta).toMatchObject({ speakers: ['Tomás Ferreira'], date: '2024-05-02' });
    expect(read({ title: 'T', guest: 'Ana Ruiz' }).meta.speakers).toEqual(['Ana Ruiz']);
    expect(read({ title: 'T', speakers: ['CZ'], guests: ['Ana Ruiz'], date: '2024-01-01', published: '2023-01-01' }).meta).toMatchObject({ speakers: ['CZ'], date: '2024-01-01' });
  });

  it('accepts { name, aliases } entries: the name a speaker, each alias a label naming them', async () => {
    const { meta, problems } = read({ title: 'T', speakers: ['Leo Park', { name: 'Amara Nwosu', aliases: ['Amara', 'AN'] }], labels: { AN: 'Someone Else' } });
    expect(problems).toEqual([]);
    expect(meta.speakers).toEqual(['Leo Park', 'Amara Nwosu']);
    expect(meta.labels).toEqual({ AN: 'Someone Else', Amara: 'Amara Nwosu' });
    expect(read({ title: 'T', speakers: [{ name: 'Amara Nwosu', aliases: 'Amara' }] }).problems.map((p) => p.message)).toEqual([
      "speakers: the aliases of 'Amara Nwosu' must be a list of names, got 'Amara'",
    ]);
    // Other keys of an entry are ignored, as unknown keys are; an entry with no name is refused.
    expect(read({ title: 'T', guests: [{ name: 'Tomás Ferreira', role: 'CEO, Loomly' }] }).meta.speakers).toEqual(['Tomás Ferreira']);
    expect(read({ title: 'T', speakers: [{ role: 'guest' }] }).problems).toHaveLength(1);
  });
});

describe('readMeta: string keys', () => {
  for (const key of ['host', 'interviewer', 'author', 'publisher', 'url', 'dateNote'] as const) {
    it(`reads ${key} as a string`, async () => {
      const { meta, problems } = read({ title: 'T', [key]: '  value  ' });
      expect(problems).toEqual([]);
      expect(meta[key]).toBe('value');
    });

    it(`refuses ${key} when it is not a string`, async () => {
      expect(expectOneError({ title: 'T', [key]: ['a'] }, `${key} must be a string, got a list`)[key]).toBeNull();
      expectOneError({ title: 'T', [key]: { a: 1 } }, `${key} must be a string, got a mapping`);
      expectOneError({ title: 'T', [key]: 42 }, `${key} must be a string, got 42 (put it in quotes to keep it as text)`);
    });

    it(`treats an empty ${key} as absent`, async () => {
      expect(read({ title: 'T', [key]: null })).toEqual({ meta: { ...EMPTY_META, title: 'T' }, problems: [] });
      expect(read({ title: 'T', [key]: '' }).meta[key]).toBeNull();
    });
  }
});

describe('readMeta: format', () => {
  it('accepts transcript, tsv and prose', async () => {
    for (const format of ['transcript', 'tsv', 'prose'] as const) {
      const { meta, problems } = read({ title: 'T', format });
      expect(problems).toEqual([]);
      expect(meta.format).toBe(format);
    }
    expect(read({ title: 'T', format: ' TSV ' }).meta.format).toBe('tsv');
  });

  it('defaults to null', async () => {
    expect(read({ title: 'T' }).meta.format).toBeNull();
  });

  it('refuses other values, listing the accepted ones', async () => {
    expect(
      expectOneError({ title: 'T', format: 'html' }, `format must be one of ${SHAPE_NAMES.join(', ')}, got 'html'`).format,
    ).toBeNull();
    expectOneError({ title: 'T', format: 3 }, `format must be one of ${SHAPE_NAMES.join(', ')}, got 3`);
    expect(SHAPE_NAMES).toEqual(expect.arrayContaining(['transcript', 'tsv', 'prose', 'captions']));
  });
});

describe('readMeta: the line of each problem', () => {
  it('names the line of the key the problem is about, and line 1 where that line is not known', () => {
    const text = '---\ntitle: T\nyear: 2020\n# the date below\ndate: banana\nguests: 7\nformat: html\nlabels: [x]\n---\nbody';
    const fm = parseFrontMatter(text);
    const { problems } = readMeta(fm.data, 'x', SHAPE_NAMES, fm.keyLines);
    expect(problems.map((p) => [p.line, p.message.split(' ')[0]])).toEqual([
      [5, 'date'],
      [6, 'speakers'],
      [7, 'format'],
      [8, 'labels'],
    ]);
    const disagree = parseFrontMatter('---\ntitle: T\ndate: 2021-03-29\nyear: 2020\n---\nbody');
    expect(readMeta(disagree.data, 'x', null, disagree.keyLines).problems.map((p) => p.line)).toEqual([4]);
    const published = parseFrontMatter('---\ntitle: T\npublished: 03/04/2021\n---\nbody');
    expect(readMeta(published.data, 'x', null, published.keyLines).problems.map((p) => p.line)).toEqual([3]);
    // a key given in a flow mapping has no line of its own
    const flow = parseFrontMatter('---\n{title: T, date: banana}\n---\nbody');
    expect(readMeta(flow.data, 'x', null, flow.keyLines).problems.map((p) => p.line)).toEqual([1]);
  });
});

describe('readMeta: messages', () => {
  it('are one line, start lowercase and have no trailing period', async () => {
    const { problems } = read({
      title: 7,
      date: 'banana',
      year: 'x',
      speakers: 7,
      host: 1,
      interviewer: [],
      author: {},
      publisher: true,
      url: 5,
      dateNote: 1,
      format: 'html',
    });
    expect(problems).toHaveLength(11);
    for (const p of problems) {
      expect(p.line).toBe(1);
      expect(p.severity).toBe(p.message.startsWith('date ') ? 'warning' : 'error');
      expect(p.message).not.toMatch(/\n/);
      expect(p.message).toMatch(/^[a-z]/);
      expect(p.message).not.toMatch(/\.$/);
    }
  });
});
