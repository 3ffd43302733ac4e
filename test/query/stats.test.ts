/** Facet counting and the speaker summary: pure functions over records. */
import { describe, expect, it } from 'vitest';
import type { QuarryRecord } from '../../src/model/record.js';
import { SpeakerRegistry } from '../../src/model/speakers.js';
import { FilterError } from '../../src/query/filters.js';
import { countFacets, parseFacets, summarizeSpeakers } from '../../src/query/stats.js';

let n = 0;
function rec(p: Partial<QuarryRecord>): QuarryRecord {
  n++;
  return {
    id: `d/c-${String(n).padStart(8, '0')}`, type: 'claim', text: 't', speaker: null, role: null, question: null, asker: null, askerRole: null, context: null,
    year: null, years: [], date: null, doc: 'd', section: null, topics: [], line: n, endLine: n, figures: [], ...p,
  };
}

const records = [
  rec({ type: 'qa', speaker: 'He Yi', asker: 'Bo', year: 2021, doc: 'b', topics: ['BNB', 'Security'], years: [2017, 2019] }),
  rec({ type: 'qa', speaker: 'He Yi', asker: 'Bo', year: 2024, doc: 'a', topics: ['bnb'] }),
  rec({ type: 'quote', speaker: 'CZ', year: 2021, doc: 'a', years: [2017] }),
  rec({ type: 'claim', speaker: null, year: null, doc: 'b' }),
];

describe('parseFacets', () => {
  it('takes comma lists, repeats, plurals and any case; each facet once', async () => {
    expect(parseFacets('--by', ['Type,speakers', 'type', 'DOCS'])).toEqual(['type', 'speaker', 'doc']);
    expect(parseFacets('--by', [])).toEqual([]);
  });
  it('names the flag, the accepted facets and a close one', async () => {
    expect(() => parseFacets('--by', ['yeer'])).toThrow(FilterError);
    expect(() => parseFacets('--by', ['yeer'])).toThrow(/^--by: 'yeer' is not a facet \(did you mean year\? accepts type, speaker/);
  });
});

describe('countFacets', () => {
  it('one facet: values in their natural order, null last, total = records', async () => {
    const c = countFacets(records, ['year']);
    expect(c.total).toBe(4);
    expect(c.rows).toEqual([
      { values: [2021], count: 2 },
      { values: [2024], count: 1 },
      { values: [null], count: 1 },
    ]);
    expect(countFacets(records, []).rows.map((r) => r.values[0])).toEqual(['qa', 'quote', 'claim']);
  });

  it('docs in corpus order; speakers by count', async () => {
    expect(countFacets(records, ['doc'], { docOrder: ['b', 'a'] }).rows.map((r) => r.values[0])).toEqual(['b', 'a']);
    expect(countFacets(records, ['speaker']).rows.map((r) => [r.values[0], r.count])).toEqual([['He Yi', 2], ['CZ', 1], [null, 1]]);
  });

  it('topics without case, labelled by the most common spelling; a record counts under each value', async () => {
    const c = countFacets(records, ['topic']);
    expect(c.rows).toEqual([
      { values: [null], count: 2 },
      { values: ['BNB'], count: 2 },
      { values: ['Security'], count: 1 },
    ].sort((a, b) => (a.values[0] === null ? 1 : b.values[0] === null ? -1 : 0)));
    const m = countFacets(records, ['mentions']);
    expect(m.rows).toEqual([{ values: [2017], count: 2 }, { values: [2019], count: 1 }, { values: [null], count: 2 }]);
  });

  it('two facets: combinations, ordered facet by facet, with margins', async () => {
    const c = countFacets(records, ['type', 'year']);
    expect(c.rows).toEqual([
      { values: ['qa', 2021], count: 1 },
      { values: ['qa', 2024], count: 1 },
      { values: ['quote', 2021], count: 1 },
      { values: ['claim', null], count: 1 },
    ]);
    expect(c.values[1]).toEqual([{ value: 2021, count: 2 }, { value: 2024, count: 1 }, { value: null, count: 1 }]);
  });

  it('no records: no rows', async () => {
    expect(countFacets([], ['type', 'speaker'])).toEqual({ by: ['type', 'speaker'], total: 0, rows: [], values: [[], []] });
  });
});

describe('summarizeSpeakers', () => {
  it('registered speakers first with aliases, counts by type, asked, documents', async () => {
    const reg = new SpeakerRegistry([{ name: 'He Yi', aliases: ['Yi He'] }, { name: 'Bo', aliases: [] }, { name: 'Nobody', aliases: [] }]);
    const s = summarizeSpeakers(records, reg, { docOrder: ['b', 'a'] });
    expect(s.map((x) => x.name)).toEqual(['He Yi', 'Bo', 'CZ']);
    expect(s[0]).toEqual({ name: 'He Yi', registered: true, aliases: ['Yi He'], counts: { qa: 2, quote: 0, claim: 0 }, asked: 0, total: 2, docs: ['b', 'a'] });
    expect(s[1]).toMatchObject({ name: 'Bo', registered: true, asked: 2, total: 0 });
    expect(s[2]).toMatchObject({ name: 'CZ', registered: false, counts: { qa: 0, quote: 1, claim: 0 } });
    expect(summarizeSpeakers(records, reg, { includeSilent: true }).map((x) => x.name)).toContain('Nobody');
  });
});
