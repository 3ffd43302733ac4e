import { describe, expect, it } from 'vitest';
import type { QuarryRecord } from '../../src/model/record.js';
import { SpeakerRegistry } from '../../src/model/speakers.js';
import {
  FilterError,
  matchesFilters,
  parseLimit,
  parseTypes,
  parseYearRange,
  resolveDocs,
  resolveSpeakers,
} from '../../src/query/filters.js';
import { shippedCorpus } from '../helpers.js';
import { rec } from './records.js';

function errorOf(fn: () => unknown): FilterError {
  try {
    fn();
  } catch (e) {
    if (e instanceof FilterError) return e;
    throw e;
  }
  throw new Error('expected a FilterError');
}

describe('parseYearRange', () => {
  it('reads a year, a closed range and ranges open on either side', async () => {
    expect(parseYearRange('--year', '2021')).toEqual({ from: 2021, to: 2021 });
    expect(parseYearRange('--year', '2017..2019')).toEqual({ from: 2017, to: 2019 });
    expect(parseYearRange('--year', '2020..')).toEqual({ from: 2020, to: null });
    expect(parseYearRange('--year', '..2019')).toEqual({ from: null, to: 2019 });
    expect(parseYearRange('--year', ' 2018 ')).toEqual({ from: 2018, to: 2018 });
  });

  it('rejects non-years, reversed and fully open ranges with a one-line message naming the flag and the forms', async () => {
    for (const bad of ['abc', '21', '20211', '2017...2019', '2017-2019', '..', '', '2019..2017', '2017..19', '-2017', '2017.5']) {
      const e = errorOf(() => parseYearRange('--year', bad));
      expect(e.flag).toBe('--year');
      expect(e.message).toContain('--year:');
      expect(e.message).toContain('2017..2019');
      expect(e.message).not.toContain('\n');
    }
    expect(errorOf(() => parseYearRange('--year', 'abc')).message).toBe(
      "--year: 'abc' is not a year or range (accepts 2021, 2017..2019, 2020.., ..2019)",
    );
    expect(errorOf(() => parseYearRange('--mentions', '2019..2017')).message).toContain('reversed');
    expect(errorOf(() => parseYearRange('--mentions', '2019..2017')).flag).toBe('--mentions');
  });
});

describe('parseLimit', () => {
  it('accepts positive whole numbers', async () => {
    expect(parseLimit('--limit', '1')).toBe(1);
    expect(parseLimit('--limit', '25')).toBe(25);
  });

  it('rejects zero, negatives, fractions and words', async () => {
    for (const bad of ['-3', '0', 'abc', '1.5', '', '1e3', '99999999999999999999']) {
      const e = errorOf(() => parseLimit('--limit', bad));
      expect(e.flag).toBe('--limit');
      expect(e.message).toMatch(/^--limit: /);
    }
  });
});

describe('parseTypes', () => {
  it('accepts qa, quote and claim, in any case, repeated or comma-separated, each once', async () => {
    expect(parseTypes('--type', ['qa'])).toEqual(['qa']);
    expect(parseTypes('--type', ['quote', 'CLAIM'])).toEqual(['quote', 'claim']);
    expect(parseTypes('--type', ['qa,quote', 'qa'])).toEqual(['qa', 'quote']);
  });

  it('rejects plurals and unknown types, listing the accepted ones', async () => {
    for (const bad of ['qas', 'quotes', 'claims', 'answer']) {
      const e = errorOf(() => parseTypes('--type', [bad]));
      expect(e.message).toBe(`--type: '${bad}' is not a record type (accepts qa, quote, claim)`);
    }
  });
});

describe('resolveSpeakers', () => {
  const corpus = shippedCorpus();
  const resolve = (...names: string[]) => resolveSpeakers('--speaker', names, corpus.registry, corpus.records);

  it('maps any alias, in any case and either name order, to the canonical speaker', async () => {
    expect(resolve('He Yi')).toEqual(['He Yi']);
    expect(resolve('yi he')).toEqual(['He Yi']);
    expect(resolve('HE YI')).toEqual(['He Yi']);
    expect(resolve('何一')).toEqual(['He Yi']);
    expect(resolve('changpeng zhao')).toEqual(['CZ']);
    expect(resolve('Zhao Changpeng', 'cz')).toEqual(['CZ']);
  });

  it('accepts a speaker value that only the records carry, case-insensitively', async () => {
    expect(resolve('a product manager')).toEqual(['a product manager']);
    expect(resolve('A Product Manager')).toEqual(['a product manager']);
    expect(resolve('bonnie')).toEqual(['Bonnie']);
  });

  it('takes a first name or surname that only one person has, as a transcript label is read; a shared one suggests names', async () => {
    expect(resolve('Changpeng')).toEqual(['CZ']);
    expect(resolve('zhao')).toEqual(['CZ']);
    const registry = new SpeakerRegistry([]);
    const records: QuarryRecord[] = ['Maria Lopez', 'Maria Chen', 'Sam Okafor', 'a head nurse'].map((s, i) => rec({ speaker: s, id: `d/c-${i}` }));
    expect(resolveSpeakers('--speaker', ['okafor'], registry, records)).toEqual(['Sam Okafor']);
    expect(resolveSpeakers('--speaker', ['LOPEZ'], registry, records)).toEqual(['Maria Lopez']);
    expect(errorOf(() => resolveSpeakers('--speaker', ['maria'], registry, records)).message).toMatch(/^--speaker: no speaker 'maria' \(did you mean: .*Maria/);
    expect(errorOf(() => resolveSpeakers('--speaker', ['nurse'], registry, records)).message).toMatch(/^--speaker: no speaker 'nurse'/);
  });

  it('names the flag and suggests close names for an unknown speaker', async () => {
    const e = errorOf(() => resolve('He Yee'));
    expect(e.flag).toBe('--speaker');
    expect(e.message).toBe("--speaker: no speaker 'He Yee' (did you mean: He Yi?)");
    expect(errorOf(() => resolve('Bonny')).message).toContain('Bonnie');
  });

  it('lists at most five suggestions, and none when nothing is close', async () => {
    const registry = new SpeakerRegistry([]);
    const records: QuarryRecord[] = ['Ann A', 'Ann B', 'Ann C', 'Ann D', 'Ann E', 'Ann F', 'Ann G'].map((s, i) => rec({ speaker: s, id: `d/c-${i}` }));
    const e = errorOf(() => resolveSpeakers('--speaker', ['Ann'], registry, records));
    const list = /did you mean: (.*)\?\)/.exec(e.message)?.[1] ?? '';
    expect(list.split(', ')).toHaveLength(5);
    expect(errorOf(() => resolveSpeakers('--speaker', ['Zebedee'], registry, records)).message).toBe("--speaker: no speaker 'Zebedee'");
  });
});

describe('resolveDocs', () => {
  const known = ['btcpeers-he-yi-2021', 'he-yi-ama-2024', 'life-at-binance'];

  it('finds ids exactly, case-insensitively and with a .txt extension', async () => {
    expect(resolveDocs('--doc', ['life-at-binance'], known)).toEqual(['life-at-binance']);
    expect(resolveDocs('--doc', ['Life-At-Binance', 'he-yi-ama-2024.txt'], known)).toEqual(['life-at-binance', 'he-yi-ama-2024']);
  });

  it('suggests close ids for an unknown one', async () => {
    const e = errorOf(() => resolveDocs('--doc', ['life-at-binanse'], known));
    expect(e.flag).toBe('--doc');
    expect(e.message).toBe("--doc: no document 'life-at-binanse' (did you mean: life-at-binance?)");
    expect(errorOf(() => resolveDocs('--doc', ['he-yi-ama'], known)).message).toContain('he-yi-ama-2024');
  });
});

describe('matchesFilters', () => {
  const r = rec({ type: 'quote', speaker: 'He Yi', year: 2021, years: [2013, 2017], doc: 'techflow', topics: ['Binance', 'Gender Inequality'] });

  it('passes everything with no filters or empty lists', async () => {
    expect(matchesFilters(r, {})).toBe(true);
    expect(matchesFilters(r, { types: [], speakers: [], years: [], mentions: [], docs: [], topics: [] })).toBe(true);
  });

  it('filters by type and by exact canonical speaker', async () => {
    expect(matchesFilters(r, { types: ['quote', 'qa'] })).toBe(true);
    expect(matchesFilters(r, { types: ['claim'] })).toBe(false);
    expect(matchesFilters(r, { speakers: ['He Yi'] })).toBe(true);
    expect(matchesFilters(r, { speakers: ['he yi'] })).toBe(false);
    expect(matchesFilters(rec({ speaker: null }), { speakers: ['He Yi'] })).toBe(false);
  });

  it('filters by the year said (a null year never matches) and by any year mentioned', async () => {
    expect(matchesFilters(r, { years: [{ from: 2021, to: 2021 }] })).toBe(true);
    expect(matchesFilters(r, { years: [{ from: 2022, to: null }] })).toBe(false);
    expect(matchesFilters(r, { years: [{ from: 2022, to: null }, { from: null, to: 2021 }] })).toBe(true);
    expect(matchesFilters(rec({ year: null }), { years: [{ from: null, to: null }] })).toBe(false);
    expect(matchesFilters(r, { mentions: [{ from: 2014, to: 2016 }] })).toBe(false);
    expect(matchesFilters(r, { mentions: [{ from: 2017, to: 2019 }] })).toBe(true);
    expect(matchesFilters(rec({ years: [] }), { mentions: [{ from: null, to: 2030 }] })).toBe(false);
  });

  it('filters by document and by topic, case-insensitively', async () => {
    expect(matchesFilters(r, { docs: ['techflow'] })).toBe(true);
    expect(matchesFilters(r, { docs: ['other'] })).toBe(false);
    expect(matchesFilters(r, { topics: ['gender inequality'] })).toBe(true);
    expect(matchesFilters(r, { topics: ['gender'] })).toBe(false);
  });

  it('combines filters with AND', async () => {
    expect(matchesFilters(r, { types: ['quote'], speakers: ['He Yi'], docs: ['techflow'] })).toBe(true);
    expect(matchesFilters(r, { types: ['quote'], speakers: ['CZ'] })).toBe(false);
  });
});
