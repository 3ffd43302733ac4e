/**
 * The analysis commands as a user meets them: kwic, timeline, related,
 * compare and conflicts on the shipped corpus and on a small corpus of three
 * documents that disagree, their exit codes and their usage errors.
 * Structured output is parsed back, never string-matched.
 */
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/width.js';
import { runCli, tempCorpus } from '../helpers.js';

const ESC = '\u001b';

interface KwicJson {
  id: string;
  doc: string;
  speaker: string | null;
  year: number | null;
  line: number;
  left: string;
  match: string;
  right: string;
  start: number;
  end: number;
}
interface EventJson {
  date: string;
  precision: string;
  what: string;
  id: string;
  doc: string;
  speaker: string | null;
  year: number | null;
  line: number;
  sources: string[];
  conflict: boolean;
  conflictWith: string[];
}
interface FigureJson {
  kind: string;
  text: string;
  value: string | number;
  start: number;
  end: number;
}
interface RecordJson {
  id: string;
  doc: string;
  type: string;
  text: string;
  question: string | null;
  figures: FigureJson[];
}
interface RelatedJson extends RecordJson {
  score: number;
  shared: string[];
}
interface GroupJson {
  doc: string;
  records: Array<RecordJson & { questionFigures: FigureJson[] }>;
}
interface SideJson {
  id: string;
  doc: string;
  speaker: string | null;
  field: 'text' | 'question';
  sentence: string;
  figure: FigureJson;
}
interface ConflictJson {
  rank: number;
  confidence: number;
  kind: string;
  subject: string;
  values: Array<string | number>;
  why: string;
  a: SideJson;
  b: SideJson;
}

async function json<T>(args: string[], opts: Parameters<typeof runCli>[1] = {}): Promise<{ code: number; value: T; stderr: string }> {
  const r = (await runCli([...args, '--format', 'json'], opts));
  return { code: r.code, value: JSON.parse(r.stdout) as T, stderr: r.stderr };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** One line of a usage error: "quarry: …", nothing on stdout, exit 2. */
function expectUsageError(r: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^quarry: /);
  expect(lines[0]).toMatch(pattern);
}

/** The shipped records, to check concordance lines against their source text. */
async function shippedRecords(): Promise<Map<string, RecordJson>> {
  const r = (await runCli(['list', '--format', 'json']));
  return new Map((JSON.parse(r.stdout) as RecordJson[]).map((x) => [x.id, x]));
}

// ---------------------------------------------------------------- fixture

const ALPHA = `---
title: Acme history
author: Dana Reporter
date: 2021-05-01
---
Acme Exchange officially launched in March 2019 in Lisbon, with a small team of founders.

Within six months, Acme became the largest exchange in Portugal by trading volume.

The company hired forty engineers during its first year of operation.
`;
const BETA = `---
title: An interview with Ann Lee
speakers: [Ann Lee]
host: Bo
date: 2022-02-01
---
Bo: When did the Acme exchange launch?
Ann Lee: The Acme exchange officially launched in June 2020 in Lisbon, right after the pandemic started.
Bo: How quickly did it grow?
Ann Lee: It took us two years to become the largest exchange in Portugal by trading volume.
`;
const GAMMA = `---
title: Weather notes
author: Sam Cloud
date: 2020-01-01
---
The rain in Lisbon launched a thousand umbrellas across the old town that winter.

Farmers in the valley planted olive trees along the river every spring.
`;
const fixture = () => tempCorpus({ 'alpha.md': ALPHA, 'beta.md': BETA, 'gamma.md': GAMMA });

// ---------------------------------------------------------------- kwic

describe('quarry kwic', () => {
  it('finds "launched" across documents, each line a true stretch of its record', async () => {
    const { code, value, stderr } = (await json<KwicJson[]>(['kwic', 'launched']));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(new Set(value.map((k) => k.doc)).size).toBeGreaterThanOrEqual(3);
    const records = await shippedRecords();
    for (const k of value) {
      expect(k.match.toLowerCase()).toBe('launched');
      expect(k.left.length).toBeLessThanOrEqual(40);
      expect(k.right.length).toBeLessThanOrEqual(40);
      const rec = records.get(k.id)!;
      expect(rec.doc).toBe(k.doc);
      expect(rec.text.slice(k.start, k.end)).toBe(k.match);
      expect(collapse(rec.text)).toContain(k.left + k.match + k.right);
      // the context is what stands right beside the match
      expect(collapse(rec.text.slice(0, k.start)).endsWith(k.left)).toBe(true);
      expect(collapse(rec.text.slice(k.end)).startsWith(k.right)).toBe(true);
    }
    // document order: by document, then line
    const keys = value.map((k) => [k.doc, k.line] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
  });

  it('aligns the matches in one column of the table, with id, speaker and year', async () => {
    const env = { COLUMNS: '200' };
    const { value } = (await json<KwicJson[]>(['kwic', 'launched'], { env }));
    const r = (await runCli(['kwic', 'launched'], { env }));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    const [head, ...lines] = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(value.length);
    const col = head!.indexOf('match');
    expect(col).toBeGreaterThan(0);
    lines.forEach((line, i) => {
      const k = value[i]!;
      expect(line.slice(col, col + k.match.length)).toBe(k.match);
      expect(line).toContain(k.id);
      if (k.speaker) expect(line).toContain(k.speaker);
      if (k.year) expect(line).toContain(String(k.year));
    });
  });

  it('fits the table to COLUMNS by shrinking the context, keeping ids whole', async () => {
    for (const columns of [60, 80, 100]) {
      const r = (await runCli(['kwic', 'launched'], { env: { COLUMNS: String(columns) } }));
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
      expect(r.stdout).toContain('btcpeers-he-yi-2021/c-343b80d2');
    }
  });

  it('every analysis table fits COLUMNS=60', async () => {
    for (const args of [['kwic', 'BNB'], ['timeline', '--to', '2017'], ['related', 'c-343b80d2', '--limit', '3'], ['compare', 'largest', 'exchange'], ['conflicts', '--limit', '3']]) {
      const r = (await runCli(args, { env: { COLUMNS: '60' } }));
      expect(r.code, args.join(' ')).toBe(0);
      expect(Math.max(...r.stdout.split('\n').map(displayWidth)), args.join(' ')).toBeLessThanOrEqual(60);
    }
  });

  it('highlights the match only when colour is on', async () => {
    const on = (await runCli(['--color', 'kwic', 'BNB', '--limit', '2']));
    expect(on.stdout).toContain(`${ESC}[`);
    expect(on.stdout).toMatch(/\u001b\[[0-9;]*m(?:\u001b\[[0-9;]*m)*BNB/);
    const off = (await runCli(['kwic', 'BNB', '--limit', '2'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }));
    expect(off.stdout).not.toContain(ESC);
    const dumb = (await runCli(['kwic', 'BNB', '--limit', '2'], { env: { TERM: 'dumb' } }));
    expect(dumb.stdout).not.toContain(ESC);
  });

  it('takes --width, --sort, --exact, the record filters and --limit', async () => {
    const narrow = (await json<KwicJson[]>(['kwic', 'launched', '--width', '10'])).value;
    for (const k of narrow) expect(k.left.length <= 10 && k.right.length <= 10).toBe(true);

    const right = (await json<KwicJson[]>(['kwic', 'launched', '--sort', 'right'])).value;
    const firstWord = (s: string) => (s.match(/[\p{L}\p{N}]+/u)?.[0] ?? '').toLowerCase();
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    for (let i = 1; i < right.length; i++) {
      const a = firstWord(right[i - 1]!.right);
      const b = firstWord(right[i]!.right);
      if (a && b) expect(collator.compare(a, b)).toBeLessThanOrEqual(0);
    }

    const inflected = (await json<KwicJson[]>(['kwic', 'launch'])).value;
    const exact = (await json<KwicJson[]>(['kwic', 'launch', '--exact'])).value;
    expect(inflected.some((k) => k.match.toLowerCase() === 'launched')).toBe(true);
    expect(exact.every((k) => k.match.toLowerCase() === 'launch')).toBe(true);
    expect(exact.length).toBeLessThan(inflected.length);

    const heYi = (await json<KwicJson[]>(['kwic', 'BNB', '--speaker', 'yi he'])).value;
    expect(heYi.length).toBeGreaterThan(0);
    expect(heYi.every((k) => k.speaker === 'He Yi')).toBe(true);

    expect((await json<KwicJson[]>(['kwic', 'launched', '--limit', '2'])).value).toHaveLength(2);
    expect((await json<KwicJson[]>(['kwic', 'launched', '--doc', 'life-at-binance'])).value.every((k) => k.doc === 'life-at-binance')).toBe(true);
  });

  it('matches a phrase given as several words', async () => {
    const { value } = (await json<KwicJson[]>(['kwic', 'trading', 'volume']));
    expect(value.length).toBeGreaterThan(0);
    for (const k of value) expect(k.match.toLowerCase()).toMatch(/^trading\s+volumes?$/);
  });

  it('on a fixture corpus: exactly the occurrences there are, with ndjson and csv', async () => {
    const dir = fixture();
    const { code, value } = (await json<KwicJson[]>(['kwic', 'launched', '--corpus', dir]));
    expect(code).toBe(0);
    expect(value.map((k) => k.doc)).toEqual(['alpha', 'beta', 'gamma']);
    expect(value[0]).toMatchObject({ left: 'Acme Exchange officially ', match: 'launched', speaker: 'Dana Reporter', year: 2021, line: 6 });
    expect(value[0]!.right.startsWith(' in March 2019 in Lisbon')).toBe(true);
    expect(value[1]!.speaker).toBe('Ann Lee');

    const nd = (await runCli(['kwic', 'launched', '--corpus', dir, '--format', 'ndjson']));
    expect(nd.stdout.trim().split('\n').map((l) => JSON.parse(l) as KwicJson)).toEqual(value);

    const csv = (await runCli(['kwic', 'launched', '--corpus', dir, '--format', 'csv']));
    const rows = csv.stdout.trim().split('\r\n');
    expect(rows[0]).toBe('id,doc,speaker,year,line,left,match,right,start,end');
    expect(rows).toHaveLength(4);
  });

  it('shows control characters in the text escaped, never raw', async () => {
    const dir = tempCorpus({
      'evil.md': `---\ntitle: Evil\nauthor: Mallory\n---\nThe exchange launched \u001b[2J\u001b]0;owned\u0007 quietly in a small office one morning.\n`,
    });
    const r = (await runCli(['kwic', 'launched', '--corpus', dir], { env: { COLUMNS: '200' } }));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).not.toContain('\u0007');
    expect(r.stdout).toContain('\\x1b');
  });

  it('exits 1 with a message on stderr when the term does not occur (json: [])', async () => {
    const r = (await runCli(['kwic', 'zyzzyvaquux']));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // kwic reads records: it says the word is in no record, not that the files lack it (probe16 finding 31)
    expect(r.stderr).toMatch(/^quarry: 'zyzzyvaquux' is in no record of the corpus/);
    const j = (await runCli(['kwic', 'zyzzyvaquux', '--format', 'json']));
    expect(j.code).toBe(1);
    expect(JSON.parse(j.stdout)).toEqual([]);
  });

  it('refuses bad arguments with one line and exit 2', async () => {
    (await expectUsageError((await runCli(['kwic'])), /missing required argument 'term'/));
    (await expectUsageError((await runCli(['kwic', '...'])), /no letters or digits/));
    (await expectUsageError((await runCli(['kwic', 'bnb', '--width', 'wide'])), /--width: 'wide' is not a whole number/));
    (await expectUsageError((await runCli(['kwic', 'bnb', '--width', '-3'])), /--width/));
    (await expectUsageError((await runCli(['kwic', 'bnb', '--sort', 'middle'])), /--sort: 'middle' is not accepted \(accepts doc, left, right\)/));
    (await expectUsageError((await runCli(['kwic', 'bnb', '--speaker', 'nobody at all'])), /--speaker/));
    (await expectUsageError((await runCli(['kwic', 'bnb', '--limit', '0'])), /--limit/));
    (await expectUsageError((await runCli(['kwic', 'bnb', '--format', 'xml'])), /--format/));
  });
});

// ---------------------------------------------------------------- timeline

describe('quarry timeline', () => {
  it('--from 2017 --to 2018: sorted, in range, with the July 2017 angel round and the launch date conflict', async () => {
    const { code, value } = (await json<EventJson[]>(['timeline', '--from', '2017', '--to', '2018']));
    expect(code).toBe(0);
    expect(value.length).toBeGreaterThan(5);
    const dates = value.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    for (const e of value) {
      const y = Number(e.date.slice(0, 4));
      expect(y >= 2017 && y <= 2018).toBe(true);
      expect(e.precision).toBe(e.date.length === 4 ? 'year' : e.date.length === 7 ? 'month' : 'day');
      expect(e.sources[0]).toBe(e.doc);
    }
    const angel = value.find((e) => /angel round/i.test(e.what));
    expect(angel).toMatchObject({ date: '2017-07', precision: 'month', doc: 'binance-rise-cz-he-yi' });

    const launchTable = value.find((e) => e.doc === 'binance-rise-cz-he-yi' && e.date === '2017-09-01');
    const launchClaim = value.find((e) => e.doc === 'btcpeers-he-yi-2021' && e.date === '2017-07' && /launched/i.test(e.what));
    expect(launchTable?.conflict).toBe(true);
    expect(launchTable?.conflictWith).toContain('2017-07');
    expect(launchClaim?.conflict).toBe(true);
    expect(launchClaim?.conflictWith).toContain('2017-09-01');
    for (const e of value) if (!e.conflict) expect(e.conflictWith).toEqual([]);
  });

  it('prints the table with the conflicting rows marked, fitted to COLUMNS', async () => {
    const r = (await runCli(['timeline', '--from', '2017', '--to', '2017'], { env: { COLUMNS: '100' } }));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2017-09-01 ≠');
    expect(r.stdout).toContain('2017-07 ≠');
    expect(r.stdout).toMatch(/angel round/);
    for (const line of r.stdout.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(100);
  });

  it('filters which events show, and --limit caps them', async () => {
    const { value } = (await json<EventJson[]>(['timeline', '--doc', 'btcpeers-he-yi-2021']));
    expect(value.length).toBeGreaterThan(0);
    expect(value.every((e) => e.doc === 'btcpeers-he-yi-2021')).toBe(true);
    // agreement is still judged against the whole corpus
    expect(value.some((e) => e.sources.length > 1 || e.conflict)).toBe(true);
    expect((await json<EventJson[]>(['timeline', '--limit', '3'])).value).toHaveLength(3);
  });

  it('on a fixture corpus: two sources date one launch differently, and both rows are marked', async () => {
    const dir = fixture();
    const { code, value } = (await json<EventJson[]>(['timeline', '--corpus', dir]));
    expect(code).toBe(0);
    expect(value.map((e) => [e.date, e.doc, e.conflict, e.conflictWith])).toEqual([
      ['2019-03', 'alpha', true, ['2020-06']],
      ['2020-06', 'beta', true, ['2019-03']],
    ]);
    expect(value[0]!.what).toMatch(/^Acme Exchange officially launched/);
    const none = (await runCli(['timeline', '--corpus', dir, '--from', '2021']));
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^quarry: no dated events from 2021/);
  });

  it('refuses bad years', async () => {
    (await expectUsageError((await runCli(['timeline', '--from', '17'])), /--from: '17' is not a year/));
    (await expectUsageError((await runCli(['timeline', '--to', 'soon'])), /--to: 'soon' is not a year/));
    (await expectUsageError((await runCli(['timeline', '--from', '2019', '--to', '2017'])), /--from 2019 is after --to 2017/));
  });
});

// ---------------------------------------------------------------- related

const shippedList = [...(await shippedRecords()).values()];

describe('quarry related', () => {
  const records = shippedList;
  const largest = records.find((r) => r.doc === 'btcpeers-he-yi-2021' && r.text.startsWith('Launched in July 2017, Binance has grown to become the largest'))!;

  it('finds records of other documents about Binance becoming the largest exchange, with shared terms', async () => {
    expect(largest).toBeDefined();
    const { code, value } = (await json<RelatedJson[]>(['related', largest.id]));
    expect(code).toBe(0);
    expect(value.length).toBeGreaterThan(0);
    expect(value.length).toBeLessThanOrEqual(10);
    for (const x of value) {
      expect(x.doc).not.toBe(largest.doc);
      expect(x.shared.length).toBeGreaterThan(0);
      expect(x.score).toBeGreaterThan(0);
      expect(x.score).toBeLessThanOrEqual(1);
    }
    const scores = value.map((x) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // the other source on how soon Binance became the largest is at the top (beside the article's
    // own question about working for the largest exchange, a record since questions are findable)
    const soon = value.slice(0, 2).find((x) => /largest crypto exchange in the world in just 3 months/.test(x.text));
    expect(soon?.doc).toBe('life-at-binance');
    expect(soon!.shared.map((s) => s.toLowerCase())).toEqual(expect.arrayContaining(['largest', 'exchange']));
  });

  it('prints the record it starts from and the shared terms in the table', async () => {
    const r = (await runCli(['related', largest.id, '--limit', '2'], { env: { COLUMNS: '100' } }));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toContain(`Records like ${largest.id}`);
    expect(r.stdout).toMatch(/shared: .*largest/);
    for (const line of r.stdout.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(100);
  });

  it('accepts the id without its document, and filters the related records', async () => {
    const short = largest.id.slice(largest.id.indexOf('/') + 1);
    const { code, value } = (await json<RelatedJson[]>(['related', short, '--doc', 'binance-rise-cz-he-yi', '--limit', '3']));
    expect(code).toBe(0);
    expect(value).toHaveLength(3);
    expect(value.every((x) => x.doc === 'binance-rise-cz-he-yi')).toBe(true);
  });

  it('on a fixture corpus: the other account of the launch first', async () => {
    const dir = fixture();
    const alpha = (await json<RecordJson[]>(['list', '--corpus', dir, '--doc', 'alpha'])).value;
    const launch = alpha.find((r) => r.text.startsWith('Acme Exchange officially launched'))!;
    const rel = (await json<RelatedJson[]>(['related', launch.id, '--corpus', dir])).value;
    expect(rel[0]!.doc).toBe('beta');
    expect(rel[0]!.text).toMatch(/officially launched in June 2020/);
    expect(rel[0]!.shared).toEqual(expect.arrayContaining(['Acme', 'Lisbon']));
    expect(rel.every((x) => x.doc !== 'alpha')).toBe(true);
  });

  it('an unknown id is a usage error naming close ids', async () => {
    const typo = largest.id.slice(0, -1);
    (await expectUsageError((await runCli(['related', typo])), new RegExp(`no record '${typo.replace(/[/-]/g, '.')}' \\(did you mean: .*${largest.id.replace(/[/-]/g, '.')}`)));
    (await expectUsageError((await runCli(['related', 'nothing/like-this-at-all'])), /related: no record 'nothing\/like-this-at-all'/));
    (await expectUsageError((await runCli(['related'])), /missing required argument 'id'/));
  });
});

// ---------------------------------------------------------------- compare

describe('quarry compare', () => {
  it('"largest exchange": at least two sources, each with the durations it gives', async () => {
    const { code, value } = (await json<GroupJson[]>(['compare', 'largest', 'exchange']));
    expect(code).toBe(0);
    const docs = value.map((g) => g.doc);
    expect(docs).toEqual([...docs].sort());
    const durations = (doc: string) =>
      (value.find((g) => g.doc === doc)?.records ?? []).flatMap((e) => [...e.figures, ...e.questionFigures].filter((f) => f.kind === 'duration').map((f) => f.value));
    const withDurations = value.filter((g) => durations(g.doc).length > 0);
    expect(withDurations.length).toBeGreaterThanOrEqual(2);
    expect(durations('life-at-binance')).toContain(90);
    expect(durations('btcpeers-he-yi-2021')).toEqual(expect.arrayContaining([270, 180]));
    for (const g of value) for (const e of g.records) expect(e.id.startsWith(`${g.doc}/`)).toBe(true);
  });

  it('shows the sources side by side in the table', async () => {
    const r = (await runCli(['compare', 'largest', 'exchange'], { env: { COLUMNS: '120' } }));
    expect(r.code).toBe(0);
    const summary = r.stdout.slice(0, r.stdout.indexOf('\n\n'));
    expect(summary).toMatch(/durations/);
    const row = (doc: string) => summary.split('\n').filter((l) => l.includes(doc)).join(' ');
    expect(row('btcpeers-he-yi-2021')).toMatch(/nine months \(270 days\)/);
    expect(row('life-at-binance')).toMatch(/3 months \(90 days\)/);
    for (const line of r.stdout.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(120);
  });

  it('shows a date without a year as such', async () => {
    const r = (await runCli(['compare', 'BNB', 'launched'], { env: { COLUMNS: '160' } }));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('July 14 (year not given)');
    const { value } = (await json<GroupJson[]>(['compare', 'BNB', 'launched']));
    const techflow = value.find((g) => g.doc === 'techflow-he-yi-2025')!;
    expect(techflow.records.flatMap((e) => e.figures).some((f) => f.kind === 'date' && f.value === '--07-14')).toBe(true);
  });

  it('--limit caps the records per source; the filters apply', async () => {
    const { value } = (await json<GroupJson[]>(['compare', 'largest', 'exchange', '--limit', '1']));
    expect(value.length).toBeGreaterThanOrEqual(2);
    for (const g of value) expect(g.records).toHaveLength(1);
    const claims = (await json<GroupJson[]>(['compare', 'largest', 'exchange', '--type', 'qa'])).value;
    for (const g of claims) for (const e of g.records) expect(e.type).toBe('qa');
  });

  it('on a fixture corpus: the two durations side by side, csv one row per figure', async () => {
    const dir = fixture();
    const { value } = (await json<GroupJson[]>(['compare', 'largest', 'exchange', '--corpus', dir]));
    expect(value.map((g) => g.doc)).toEqual(['alpha', 'beta']);
    const dur = (g: GroupJson) => g.records.flatMap((e) => e.figures).filter((f) => f.kind === 'duration').map((f) => f.value);
    expect(dur(value[0]!)).toEqual([180]);
    expect(dur(value[1]!)).toEqual([730]);
    const csv = (await runCli(['compare', 'largest', 'exchange', '--corpus', dir, '--format', 'csv'])).stdout.trim().split('\r\n');
    expect(csv[0]).toBe('doc,id,speaker,year,line,field,kind,figure,value,unit,text');
    expect(csv.filter((l) => l.includes(',duration,'))).toHaveLength(2);
  });

  it('exit 1 when no record has every word; exit 2 for a query of stop words', async () => {
    const r = (await runCli(['compare', 'zyzzyva', 'exchange']));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^quarry: no record has every word of 'zyzzyva exchange'/);
    (await expectUsageError((await runCli(['compare', 'the', 'of'])), /names no subject/));
    (await expectUsageError((await runCli(['compare'])), /missing required argument 'query'/));
  });
});

// ---------------------------------------------------------------- conflicts

describe('quarry conflicts', () => {
  it('ranks the launch-date and time-to-#1 disagreements at the top, never a document against itself', async () => {
    const { code, value } = (await json<ConflictJson[]>(['conflicts']));
    expect(code).toBe(0);
    expect(value.length).toBeGreaterThan(0);
    expect(value.length).toBeLessThanOrEqual(10);
    value.forEach((c, i) => {
      expect(c.rank).toBe(i + 1);
      expect(c.a.doc).not.toBe(c.b.doc);
      expect(c.a.figure.kind).toBe(c.kind);
      expect(c.b.figure.kind).toBe(c.kind);
      expect(c.values).toEqual([c.a.figure.value, c.b.figure.value]);
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.why.length).toBeGreaterThan(0);
    });
    const conf = value.map((c) => c.confidence);
    expect(conf).toEqual([...conf].sort((a, b) => b - a));
    const top = value.slice(0, 3);
    const isLaunch = (c: ConflictJson) => c.kind === 'date' && [c.a, c.b].some((s) => s.figure.value === '2017-09-01') && [c.a, c.b].some((s) => s.figure.value === '2017-07');
    const isTimeToOne = (c: ConflictJson) =>
      c.kind === 'duration' && [c.a, c.b].some((s) => s.doc === 'life-at-binance' && s.figure.value === 90) && [c.a, c.b].some((s) => s.doc === 'btcpeers-he-yi-2021');
    expect(top.some(isLaunch)).toBe(true);
    expect(top.some(isTimeToOne)).toBe(true);
    // a figure from an interviewer's question points into the question
    for (const c of value) {
      for (const s of [c.a, c.b]) expect(['text', 'question']).toContain(s.field);
    }
  });

  it('prints both sides, the values and why, fitted to COLUMNS', async () => {
    const r = (await runCli(['conflicts', '--limit', '3'], { env: { COLUMNS: '100' } }));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2017-09-01 ≠ 2017-07');
    expect(r.stdout).toMatch(/^│ A /m);
    expect(r.stdout).toMatch(/^│ B /m);
    expect(r.stdout).toMatch(/why: /);
    for (const line of r.stdout.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(100);
  });

  it('--limit and the filters: conflicts with at least one side selected', async () => {
    expect((await json<ConflictJson[]>(['conflicts', '--limit', '2'])).value).toHaveLength(2);
    const { value } = (await json<ConflictJson[]>(['conflicts', '--doc', 'life-at-binance']));
    expect(value.length).toBeGreaterThan(0);
    for (const c of value) expect([c.a.doc, c.b.doc]).toContain('life-at-binance');
  });

  it('on a fixture corpus: the duration and the launch date, both sides from different documents', async () => {
    const dir = fixture();
    const { code, value } = (await json<ConflictJson[]>(['conflicts', '--corpus', dir]));
    expect(code).toBe(0);
    expect(value.map((c) => [c.kind, c.a.doc, c.b.doc, c.values])).toEqual([
      ['duration', 'alpha', 'beta', [180, 730]],
      ['date', 'alpha', 'beta', ['2019-03', '2020-06']],
    ]);
    expect(value[0]!.a.sentence).toMatch(/Within six months/);
    expect(value[0]!.b.speaker).toBe('Ann Lee');
    const none = (await runCli(['conflicts', '--corpus', dir, '--doc', 'gamma']));
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^quarry: no conflicting figures found/);
    const j = (await runCli(['conflicts', '--corpus', dir, '--doc', 'gamma', '--format', 'json']));
    expect(j.code).toBe(1);
    expect(JSON.parse(j.stdout)).toEqual([]);
  });

  it('refuses bad options', async () => {
    (await expectUsageError((await runCli(['conflicts', '--limit', 'many'])), /--limit/));
    (await expectUsageError((await runCli(['conflicts', '--doc', 'no-such-doc'])), /--doc/));
    (await expectUsageError((await runCli(['conflicts', 'extra'])), /too many arguments|unknown command|excess/i));
  });
});

describe('help', () => {
  it('each command has help with examples, exit 0', async () => {
    for (const cmd of ['kwic', 'timeline', 'related', 'compare', 'conflicts']) {
      const r = (await runCli([cmd, '--help']));
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`Usage: quarry ${cmd}`));
      expect(r.stdout).toMatch(new RegExp(`\\$ quarry ${cmd} `));
      expect(r.stdout).toMatch(/Exit status: 0 .*, 1 .*, 2 /);
    }
  });
});
