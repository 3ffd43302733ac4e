/**
 * Every machine format parsed back and compared with the JSON of the same
 * command, and the JSON checked against docs/record.schema.json: real output,
 * not hand-made samples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_FIELDS } from '../../src/render/json.js';
import { ROOT, runCli, tempCorpus } from '../helpers.js';
import { csvObjects, keywordsOf, loadSchema, parseCsv, parseNdjson, SUPPORTED_KEYWORDS, validate, validateAt } from './support.js';

type Obj = Record<string, unknown>;

async function ok(args: string[]): Promise<string> {
  const r = (await runCli(args));
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/** A record's CSV row, decoded per docs/records.md: empty → null, ";" lists, JSON figures. */
function decodeRecordRow(row: Record<string, string>): Obj {
  const nul = (s: string) => (s === '' ? null : s);
  const int = (s: string) => (s === '' ? null : Number(s));
  return {
    id: row.id,
    type: row.type,
    text: row.text,
    speaker: nul(row.speaker!),
    role: nul(row.role!),
    question: nul(row.question!),
    asker: nul(row.asker!),
    askerRole: nul(row.askerRole!),
    context: nul(row.context!),
    year: int(row.year!),
    years: row.years ? row.years.split(';').map(Number) : [],
    date: nul(row.date!),
    doc: row.doc,
    section: nul(row.section!),
    topics: row.topics ? row.topics.split(';') : [],
    line: Number(row.line),
    endLine: Number(row.endLine),
    figures: JSON.parse(row.figures!),
  };
}

describe('list: json, ndjson and csv carry the same records', () => {
  it('round-trips every record through CSV exactly', async () => {
    const json = JSON.parse((await ok(['list', '--format', 'json']))) as Obj[];
    const nd = parseNdjson((await ok(['list', '--format', 'ndjson'])));
    expect(nd).toEqual(json);
    const csvText = (await ok(['list', '--format', 'csv']));
    const { header, rows } = csvObjects(csvText);
    expect(header).toEqual([...RECORD_FIELDS]);
    expect(rows.map(decodeRecordRow)).toEqual(json);
    // texts with commas, quotes and line breaks are in the corpus, so quoting was exercised
    expect(json.some((r) => /[",\n]/.test(String(r.text)))).toBe(true);
  });

  it('empty CSV is the header row alone, exit 1', async () => {
    const r = (await runCli(['list', '--year', '1999', '--format', 'csv']));
    expect(r.code).toBe(1);
    expect(parseCsv(r.stdout)).toEqual([[...RECORD_FIELDS]]);
  });

  it('quotes fields per RFC 4180 whatever the text holds', async () => {
    const nasty = 'He said "no, never",\r\nthen left; twice, "again". Commas, quotes and breaks, all in one answer.';
    const dir = tempCorpus({
      'odd.md': `---\ntitle: Odd, "quoted" title\nspeakers: [Ann Lee]\nhost: Bo\n---\nHost: What happened, "exactly", at the exchange that day?\nAnn Lee: ${nasty}\n`,
    });
    const json = JSON.parse((await ok(['list', '--corpus', dir, '--format', 'json']))) as Obj[];
    expect(json.length).toBeGreaterThan(0);
    const { rows } = csvObjects((await ok(['list', '--corpus', dir, '--format', 'csv'])));
    expect(rows.map(decodeRecordRow)).toEqual(json);
    const docs = csvObjects((await ok(['docs', '--corpus', dir, '--format', 'csv']))).rows;
    expect(docs[0]!.title).toBe('Odd, "quoted" title');
  });
});

describe('search: json, ndjson and csv carry the same hits', () => {
  it('round-trips hits through CSV: record columns, then score, terms, matches, answer', async () => {
    const json = JSON.parse((await ok(['search', 'hiring', 'women', '--format', 'json']))) as Obj[];
    expect(json.length).toBeGreaterThan(0);
    expect(parseNdjson((await ok(['search', 'hiring', 'women', '--format', 'ndjson'])))).toEqual(json);
    const { header, rows } = csvObjects((await ok(['search', 'hiring', 'women', '--format', 'csv'])));
    expect(header).toEqual([...RECORD_FIELDS, 'score', 'terms', 'matches', 'answer']);
    const decoded = rows.map((row) => ({
      ...decodeRecordRow(row),
      score: Number(row.score),
      terms: row.terms ? row.terms!.split(';') : [],
      matches: JSON.parse(row.matches!),
      answer: row.answer ? JSON.parse(row.answer) : null,
    }));
    expect(decoded).toEqual(json);
  });

  it('empty CSV is the header alone, exit 1', async () => {
    const r = (await runCli(['search', 'zzyzxqwv', '--format', 'csv']));
    expect(r.code).toBe(1);
    expect(parseCsv(r.stdout)).toEqual([[...RECORD_FIELDS, 'score', 'terms', 'matches', 'answer']]);
  });
});

describe('docs, speakers, stats: every format parses and agrees', () => {
  it('docs', async () => {
    const json = JSON.parse((await ok(['docs', '--format', 'json']))) as Obj[];
    expect(parseNdjson((await ok(['docs', '--format', 'ndjson'])))).toEqual(json);
    const { header, rows } = csvObjects((await ok(['docs', '--format', 'csv'])));
    expect(header.slice(0, 3)).toEqual(['id', 'file', 'title']);
    expect(rows.map((r) => r.id)).toEqual(json.map((d) => d.id));
    for (const [i, d] of json.entries()) {
      const counts = d.records as Record<string, number>;
      expect([rows[i]!.qa, rows[i]!.quote, rows[i]!.claim].map(Number)).toEqual([counts.qa, counts.quote, counts.claim]);
      expect(rows[i]!.title).toBe(d.title);
    }
  });

  it('speakers', async () => {
    const json = JSON.parse((await ok(['speakers', '--format', 'json']))) as Obj[];
    expect(parseNdjson((await ok(['speakers', '--format', 'ndjson'])))).toEqual(json);
    const { header, rows } = csvObjects((await ok(['speakers', '--format', 'csv'])));
    expect(header).toEqual(['name', 'registered', 'aliases', 'qa', 'quote', 'claim', 'asked', 'total', 'docs']);
    expect(
      rows.map((r) => ({
        name: r.name,
        registered: r.registered === 'true',
        aliases: r.aliases ? r.aliases!.split(';') : [],
        counts: { qa: Number(r.qa), quote: Number(r.quote), claim: Number(r.claim) },
        asked: Number(r.asked),
        total: Number(r.total),
        docs: r.docs ? r.docs!.split(';') : [],
      })),
    ).toEqual(json);
  });

  it('stats', async () => {
    const json = JSON.parse((await ok(['stats', '--by', 'type,year', '--format', 'json']))) as { by: string[]; counts: Obj[] };
    expect(parseNdjson((await ok(['stats', '--by', 'type,year', '--format', 'ndjson'])))).toEqual(json.counts);
    const { header, rows } = csvObjects((await ok(['stats', '--by', 'type,year', '--format', 'csv'])));
    expect(header).toEqual(['type', 'year', 'count']);
    expect(rows.map((r) => ({ type: r.type, year: r.year === '' ? null : Number(r.year), count: Number(r.count) }))).toEqual(json.counts);
  });
});

describe('docs/record.schema.json', () => {
  const schema = loadSchema();

  it('is draft 2020-12 and uses only keywords the checker implements', async () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const used = keywordsOf(schema);
    expect(used.has('additionalProperties')).toBe(true);
    expect([...used].filter((k) => !SUPPORTED_KEYWORDS.has(k))).toEqual([]);
    expect(validate({}, schema).some((e) => /missing 'id'/.test(e))).toBe(true);
  });

  it('validates every record of list --format json', async () => {
    const records = JSON.parse((await ok(['list', '--format', 'json']))) as Obj[];
    const errors = records.flatMap((r) => validate(r, schema));
    expect(errors).toEqual([]);
  });

  it('validates the hits of search --format json, for several queries', async () => {
    for (const q of [['maternity', 'leave'], ['"bnb chain"'], ['binanse', 'securty'], ['listing', 'OR', 'delisting']]) {
      const out = JSON.parse((await ok(['search', ...q, '--limit', '50', '--format', 'json']))) as Obj[];
      expect(out.length).toBeGreaterThan(0);
      expect(out.flatMap((h) => validateAt(h, '#/$defs/hit'))).toEqual([]);
      // a hit is not a bare record, and a record not a hit: the schema tells them apart
      expect(validate(out[0], schema).length).toBeGreaterThan(0);
    }
  });

  it('validates the answers and explanations of a question, in JSON and CSV', async () => {
    const q = ['search', 'how', 'many', 'employees', 'does', 'binance', 'have', '--limit', '5', '--explain'];
    const out = JSON.parse(await ok([...q, '--format', 'json'])) as Obj[];
    expect(out.flatMap((h) => validateAt(h, '#/$defs/hit'))).toEqual([]);
    const first = out[0] as { answer: { kind: string; text: string; start: number; end: number }; text: string; explain: { rank: number; figure: unknown } };
    expect(first.answer.kind).toBe('count');
    expect(first.text.slice(first.answer.start, first.answer.end)).toBe(first.answer.text);
    expect(first.explain.rank).toBe(1);
    expect(first.explain.figure).not.toBeNull();
    // the checker is not vacuous for the new parts either
    expect(validateAt({ ...out[0], answer: { ...first.answer, kind: 'colour' } }, '#/$defs/hit').length).toBeGreaterThan(0);
    const { header, rows } = csvObjects(await ok([...q, '--format', 'csv']));
    expect(header.slice(-2)).toEqual(['answer', 'explain']);
    expect(JSON.parse(rows[0]!.explain!)).toEqual(first.explain);
    expect(JSON.parse(rows[0]!.answer!)).toEqual(first.answer);
  });

  it('validates the answers read from the text (age, frequency, place) and antecedent terms', async () => {
    const kinds = new Set<string>();
    const hows = new Set<string>();
    for (const q of ['how old was he yi when she started school', 'how often does cz hold company-wide meetings', 'where did cz\'s career begin', 'since when has he yi worked in crypto']) {
      const out = JSON.parse(await ok(['search', ...q.split(' '), '--limit', '5', '--explain', '--format', 'json'])) as Array<Obj & { answer: { kind: string } | null; explain: { terms: Array<{ how: string[] }> } }>;
      expect(out.flatMap((h) => validateAt(h, '#/$defs/hit'))).toEqual([]);
      for (const h of out) {
        if (h.answer) kinds.add(h.answer.kind);
        for (const t of h.explain.terms) for (const w of t.how) hows.add(w);
      }
    }
    expect([...kinds]).toEqual(expect.arrayContaining(['age', 'frequency', 'place']));
    expect(hows.has('antecedent')).toBe(true);
  });

  it('validates show --format json', async () => {
    const out = JSON.parse(await ok(['show', 'techflow-he-yi-2025/q-d7725310', '--format', 'json']));
    expect(validateAt(out, '#/$defs/show')).toEqual([]);
  });

  // kwic, timeline, compare, conflicts and related: each element of their array against its $def,
  // the NDJSON lines the same elements, and the CSV header the columns docs/records.md lists
  const ANALYSES: Array<{ def: string; runs: string[][] }> = [
    { def: 'kwic', runs: [['kwic', 'launched'], ['kwic', 'trading', 'volume', '--width', '10'], ['kwic', 'BNB', '--sort', 'right']] },
    { def: 'timeline', runs: [['timeline']] },
    { def: 'compare', runs: [['compare', 'binance'], ['compare', 'largest', 'exchange']] },
    { def: 'conflict', runs: [['conflicts', '--limit', '50']] },
    { def: 'related', runs: [['related', 'c-343b80d2']] },
  ];
  const records = readFileSync(join(ROOT, 'docs', 'records.md'), 'utf8');
  const analysisJson = new Map<string, Promise<Obj[]>>();
  const jsonOf = (args: string[]) => {
    const key = args.join('\0');
    if (!analysisJson.has(key)) analysisJson.set(key, ok([...args, '--format', 'json']).then((t) => JSON.parse(t) as Obj[]));
    return analysisJson.get(key)!;
  };

  for (const { def, runs } of ANALYSES) {
    const command = runs[0]![0]!;
    it(`validates ${command} --format json against #/$defs/${def}, and its ndjson and csv are as documented`, async () => {
      for (const args of runs) {
        const out = await jsonOf(args);
        expect(out.length, args.join(' ')).toBeGreaterThan(0);
        expect(out.flatMap((x) => validateAt(x, `#/$defs/${def}`))).toEqual([]);
        // NDJSON is the same printer over the same elements: once per command is proof enough
        if (args === runs[0]) expect(parseNdjson(await ok([...args, '--format', 'ndjson']))).toEqual(out);
        // not vacuous: a field too many, or one missing, is refused
        expect(validateAt({ ...out[0], extra: 1 }, `#/$defs/${def}`)).toEqual(["$: unexpected property 'extra'"]);
        const { [Object.keys(out[0]!)[0]!]: _first, ...rest } = out[0]!;
        expect(validateAt(rest, `#/$defs/${def}`).length).toBeGreaterThan(0);
      }
      // the section of records.md for this command names its CSV columns
      const section = new RegExp(`\\*\\*\`${command}\`\\*\\*[\\s\\S]*?(?=\\n\\*\\*\`|\\n## )`).exec(records)?.[0] ?? '';
      const documented = /`([a-z_]+(?:,[a-zA-Z_]+)+)`/.exec(section)?.[1];
      expect(documented, `records.md lists ${command}'s CSV columns`).toBeDefined();
      expect(parseCsv(await ok([...runs[0]!, '--format', 'csv']))[0]).toEqual(documented!.split(','));
    });
  }

  it('was run on output that uses what the five $defs allow: question figures, dates without a year, conflicting events', async () => {
    const compare = (await jsonOf(['compare', 'binance'])) as Array<{ records: Array<{ figures: Array<{ value: unknown }>; questionFigures: unknown[] }> }>;
    const entries = compare.flatMap((g) => g.records);
    expect(entries.some((r) => r.questionFigures.length > 0)).toBe(true);
    expect(entries.some((r) => r.figures.some((f) => String(f.value).startsWith('--')))).toBe(true);
    const timeline = (await jsonOf(['timeline'])) as Array<{ conflict: boolean; precision: string }>;
    expect(timeline.some((e) => e.conflict)).toBe(true);
    expect(new Set(timeline.map((e) => e.precision))).toEqual(new Set(['year', 'month', 'day']));
    const conflicts = (await jsonOf(['conflicts', '--limit', '50'])) as Array<{ a: { field: string }; b: { field: string } }>;
    expect(conflicts.some((c) => c.a.field === 'question' || c.b.field === 'question')).toBe(true);
  });

  it('rejects what the contract forbids (the checker is not vacuous)', async () => {
    const record = (JSON.parse((await ok(['list', '--limit', '1', '--format', 'json']))) as Obj[])[0]!;
    expect(validate(record, schema)).toEqual([]);
    expect(validate({ ...record, extra: 1 }, schema)).toEqual(["$: unexpected property 'extra'"]);
    expect(validate({ ...record, type: 'quotes' }, schema)).toHaveLength(1);
    expect(validate({ ...record, year: 2021.5 }, schema)).toHaveLength(1);
    expect(validate({ ...record, line: 0 }, schema)).toHaveLength(1);
    expect(validate({ ...record, date: '29/03/2021' }, schema)).toHaveLength(1);
    expect(validate({ ...record, figures: [{ kind: 'amount', text: '$5', start: 0, end: 2 }] }, schema)).toEqual(["$.figures[0]: missing 'value'"]);
    const { id: _id, ...noId } = record;
    expect(validate(noId, schema)).toEqual(["$: missing 'id'"]);
  });
});

describe('check --format github', () => {
  it('prints each problem as a GitHub Actions annotation on stdout, with file and line, and keeps the exit code', async () => {
    const dir = tempCorpus({
      'good.md': '---\ntitle: Good\nspeakers: [Ann Lee]\n---\nHost: What do you do?\nAnn Lee: I run the listings team, every day.\n',
      'bad,name.md': '---\ntitle: [unclosed\n---\nHost: Hi?\nAnn Lee: Hello there, friend.\n',
    });
    const r = await runCli(['check', '--corpus', dir, '--format', 'github'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^::(error|warning) file=[^:]*(,line=\d+)?,title=quarry check::\S/);
    // the comma in the file name is escaped, since ',' separates the properties
    expect(lines.some((l) => l.startsWith('::error file=bad%2Cname.md'))).toBe(true);
  });

  it('prints nothing and exits 0 on a corpus that parses', async () => {
    const r = await runCli(['check', '--format', 'github']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('is offered by check only', async () => {
    const r = await runCli(['list', '--format', 'github']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format: 'github' is not accepted \(accepts table, json, ndjson, csv\)/);
  });
});
