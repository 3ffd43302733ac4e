/**
 * The filters of `list` and `search`, each checked against the full record
 * list computed independently here: what the filter returns is exactly the
 * records that satisfy it (list) or a subset of them (search).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { parseNdjson } from './support.js';

interface Rec {
  id: string;
  type: string;
  speaker: string | null;
  year: number | null;
  years: number[];
  doc: string;
  topics: string[];
  line: number;
}

let all: Rec[] = [];
const ids = (rs: Rec[]) => rs.map((r) => r.id);

async function list(args: string[]): Promise<Rec[]> {
  const r = (await runCli(['list', ...args, '--format', 'ndjson']));
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.code);
  return parseNdjson(r.stdout) as Rec[];
}

async function search(query: string, args: string[]): Promise<Rec[]> {
  const r = (await runCli(['search', query, ...args, '--format', 'json']));
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.code);
  return JSON.parse(r.stdout) as Rec[];
}

beforeAll(async () => {
  all = (await list([]));
  expect(all.length).toBeGreaterThan(300);
});

describe('each filter selects exactly the records that satisfy it (list)', () => {
  it('--type, as a comma list or repeated, any case', async () => {
    const quotes = (await list(['--type', 'quote']));
    expect(ids(quotes)).toEqual(ids(all.filter((r) => r.type === 'quote')));
    const both = (await list(['--type', 'QA,quote']));
    expect(ids(both)).toEqual(ids(all.filter((r) => r.type === 'qa' || r.type === 'quote')));
    expect(ids((await list(['--type', 'qa', '--type', 'quote'])))).toEqual(ids(both));
  });

  it('--speaker: any alias, any case, either word order, the same records', async () => {
    const heYi = (await list(['--speaker', 'He Yi']));
    expect(heYi.length).toBeGreaterThan(50);
    expect(ids(heYi)).toEqual(ids(all.filter((r) => r.speaker === 'He Yi')));
    for (const form of ['yi he', 'HE YI', 'Yi He', '何一', 'he-yi']) expect(ids((await list(['--speaker', form])))).toEqual(ids(heYi));
    const cz = (await list(['--speaker', 'changpeng zhao']));
    expect(cz.length).toBeGreaterThan(0);
    expect(cz.every((r) => r.speaker === 'CZ')).toBe(true);
  });

  it('--speaker repeated is either speaker; a description speaker works too', async () => {
    const two = (await list(['--speaker', 'cz', '--speaker', 'yi he']));
    expect(ids(two)).toEqual(ids(all.filter((r) => r.speaker === 'CZ' || r.speaker === 'He Yi')));
    const pm = (await list(['--speaker', 'A Product Manager']));
    expect(pm.map((r) => r.speaker)).toEqual(['a product manager']);
  });

  it('--year: one year, a range, open ranges', async () => {
    expect(ids((await list(['--year', '2021'])))).toEqual(ids(all.filter((r) => r.year === 2021)));
    expect(ids((await list(['--year', '2021..2024'])))).toEqual(ids(all.filter((r) => r.year !== null && r.year >= 2021 && r.year <= 2024)));
    expect(ids((await list(['--year', '2024..'])))).toEqual(ids(all.filter((r) => r.year !== null && r.year >= 2024)));
    expect(ids((await list(['--year', '..2021'])))).toEqual(ids(all.filter((r) => r.year !== null && r.year <= 2021)));
    expect(ids((await list(['--year', '2021,2025'])))).toEqual(ids(all.filter((r) => r.year === 2021 || r.year === 2025)));
  });

  it('--mentions: years the text mentions, same forms', async () => {
    const m2017 = (await list(['--mentions', '2017']));
    expect(m2017.length).toBeGreaterThan(5);
    expect(ids(m2017)).toEqual(ids(all.filter((r) => r.years.includes(2017))));
    expect(ids((await list(['--mentions', '2017..2019'])))).toEqual(ids(all.filter((r) => r.years.some((y) => y >= 2017 && y <= 2019))));
  });

  it('--doc: exactly, in any case, with or without the extension', async () => {
    const ama = (await list(['--doc', 'he-yi-ama-2024']));
    expect(ids(ama)).toEqual(ids(all.filter((r) => r.doc === 'he-yi-ama-2024')));
    expect(ids((await list(['--doc', 'HE-YI-AMA-2024.txt'])))).toEqual(ids(ama));
    expect(ids((await list(['--doc', 'he-yi-ama-2024,btcpeers-he-yi-2021'])))).toEqual(
      ids(all.filter((r) => r.doc === 'he-yi-ama-2024' || r.doc === 'btcpeers-he-yi-2021')),
    );
  });

  it('--topic: any case', async () => {
    const t = (await list(['--topic', 'AIRDROPS']));
    expect(t.length).toBeGreaterThan(0);
    expect(ids(t)).toEqual(ids(all.filter((r) => r.topics.some((x) => x.toLowerCase() === 'airdrops'))));
  });

  it('--limit keeps the first N in document order; filters combine with AND', async () => {
    expect(ids((await list(['--limit', '3'])))).toEqual(ids(all.slice(0, 3)));
    const combined = (await list(['--type', 'qa', '--speaker', 'he yi', '--year', '2025']));
    expect(combined.length).toBeGreaterThan(0);
    expect(ids(combined)).toEqual(ids(all.filter((r) => r.type === 'qa' && r.speaker === 'He Yi' && r.year === 2025)));
  });

  it('a filter that selects nothing: exit 1, empty JSON array, empty NDJSON', async () => {
    const json = (await runCli(['list', '--doc', 'he-yi-ama-2024', '--type', 'quote', '--format', 'json']));
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual([]);
    const nd = (await runCli(['list', '--year', '1999', '--format', 'ndjson']));
    expect(nd.code).toBe(1);
    expect(nd.stdout).toBe('');
    const table = (await runCli(['list', '--year', '1999']));
    expect(table.code).toBe(1);
    expect(table.stdout).toBe('');
    expect(table.stderr).toMatch(/^quarry: no records match in the shipped corpus \(name yours with --corpus DIR or QUARRY_CORPUS\)\n$/);
  });
});

describe('the same filters on search', () => {
  const cases: Array<[string, string[], (r: Rec) => boolean]> = [
    ['--type', ['--type', 'qa'], (r) => r.type === 'qa'],
    ['--speaker', ['--speaker', 'yi he'], (r) => r.speaker === 'He Yi'],
    ['--year', ['--year', '2025..'], (r) => r.year !== null && r.year >= 2025],
    ['--mentions', ['--mentions', '2017'], (r) => r.years.includes(2017)],
    ['--doc', ['--doc', 'life-at-binance'], (r) => r.doc === 'life-at-binance'],
    ['--topic', ['--topic', 'security'], (r) => r.topics.some((t) => t.toLowerCase() === 'security')],
  ];
  for (const [flag, args, pred] of cases) {
    it(`${flag} keeps only matching hits, and finds some`, async () => {
      const hits = (await search('binance', [...args, '--limit', '50']));
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every(pred)).toBe(true);
    });
  }

  it('--speaker "yi he" and --speaker "He Yi" give the same hits, in the same order', async () => {
    expect(ids((await search('bitcoin', ['--speaker', 'yi he'])))).toEqual(ids((await search('bitcoin', ['--speaker', 'He Yi']))));
  });

  it('--limit: 10 by default, N when given', async () => {
    expect((await search('binance', []))).toHaveLength(10);
    expect((await search('binance', ['--limit', '3']))).toHaveLength(3);
    expect(ids((await search('binance', ['-n', '3'])))).toEqual(ids((await search('binance', ['--limit', '10'])).slice(0, 3)));
  });
});

describe('list streams what it prints', () => {
  it('prints the same bytes from the cache (read as printed) as without it, in every machine format, with --limit and with nothing selected', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'quarry-list-stream-'));
    try {
      // each --no-cache run parses the corpus: one per format, and the empty selection
      const runs = [
        ['--speaker', 'He Yi', '--year', '2021', '--format', 'json'],
        ['--mentions', '2017..', '--type', 'claim,qa', '--format', 'ndjson'],
        ['--type', 'quote', '--limit', '3', '--format', 'csv'],
        ['--year', '1900', '--format', 'json'],
      ];
      await runCli(['list', '--format', 'json'], { env: { QUARRY_CACHE_DIR: cache } });
      for (const r of runs) {
        const args = ['list', ...r];
        expect(await runCli(args, { env: { QUARRY_CACHE_DIR: cache } }), args.join(' ')).toEqual(await runCli(['--no-cache', ...args]));
      }
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
