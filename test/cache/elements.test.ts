/**
 * `list --format json|ndjson` prints the records' bytes as the cache stores
 * them, parsing none: the stored form must be exactly what the renderers
 * print for the parsed records. A change to the record or to its JSON that
 * forgets the stored form fails here; so does a damaged block that would be
 * printed.
 */
import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { columnsOf } from '../../src/cache/columns.js';
import { CacheReader, FileSource } from '../../src/cache/format.js';
import { manifestDocs, type CacheHeader } from '../../src/cache/cache.js';
import type { QuarryRecord } from '../../src/model/record.js';
import { elementsToNdjson, recordElementText, recordJson } from '../../src/model/record-json.js';
import { jsonArrayFromElements, ndjsonFromElements, toJson, toNdjson } from '../../src/render/json.js';
import { runCli, type CliResult } from '../helpers.js';
import { ageFiles, cacheFiles, open, packFiles, smallCorpus, tempDir } from './helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** The chunks' text; each copied as it comes (a run is valid only until the next is asked for). */
const text = (chunks: Iterable<Uint8Array>): string => {
  const parts: Buffer[] = [];
  for (const c of chunks) parts.push(Buffer.from(c));
  return Buffer.concat(parts).toString('utf8');
};

/** Strings with what JSON escapes or this project escapes: quotes, backslashes, `": `, controls, C1, separators, bidi, astral and lone surrogates. */
const nasty = fc.array(
  fc.oneof(
    fc.string(),
    fc.constantFrom('"', '\\', '": ', 'id": ', ': ', '"text": "', '\n    "k": ', '\\": ', '\n', '\r\n', '  ', ',\n  {', '\u0000', '\u007f', '\u0085', '\u009b', '\u2028', '\u2029', '\u202e', '\u2066', 'é', '中文', '😀', '\ud800', '\udc00'),
  ),
  { maxLength: 8 },
).map((parts) => parts.join(''));

const figure = fc.record(
  {
    kind: fc.constantFrom('date', 'amount', 'count'),
    text: nasty,
    start: fc.nat(),
    end: fc.nat(),
    value: fc.oneof(nasty, fc.double({ noNaN: true, noDefaultInfinity: true })),
    unit: nasty,
    precision: fc.constantFrom('year', 'month', 'day'),
  },
  { requiredKeys: ['kind', 'text', 'start', 'end', 'value'] },
);

const record: fc.Arbitrary<QuarryRecord> = fc.record({
  id: nasty,
  type: fc.constantFrom('qa', 'quote', 'claim'),
  text: nasty,
  speaker: fc.option(nasty),
  role: fc.option(nasty),
  question: fc.option(nasty),
  asker: fc.option(nasty),
  askerRole: fc.option(nasty),
  context: fc.option(nasty),
  year: fc.option(fc.integer({ min: 1900, max: 2100 })),
  years: fc.array(fc.integer({ min: 1900, max: 2100 }), { maxLength: 3 }),
  date: fc.option(nasty),
  doc: nasty,
  section: fc.option(nasty),
  topics: fc.array(nasty, { maxLength: 3 }),
  line: fc.nat(),
  endLine: fc.nat(),
  figures: fc.array(figure, { maxLength: 3 }),
}) as fc.Arbitrary<QuarryRecord>;

/** The records' elements as byte runs, split where `cuts` says (a run: elements that follow each other, joined by ",\n"). */
function runsOf(records: QuarryRecord[], cuts: boolean[]): Buffer[] {
  const runs: string[][] = [];
  records.forEach((r, i) => {
    if (i === 0 || cuts[i % cuts.length]) runs.push([]);
    runs[runs.length - 1]!.push(recordElementText(r));
  });
  return runs.map((run) => Buffer.from(run.join(',\n'), 'utf8'));
}

describe('a record element text', () => {
  it('joined, is exactly what json and ndjson print for the records', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }), (records, cuts) => {
        const values = records.map(recordJson);
        const runs = runsOf(records, cuts);
        expect(text(jsonArrayFromElements(runs))).toBe(toJson(values));
        expect(text(ndjsonFromElements(runs))).toBe(toNdjson(values));
        for (const r of records) {
          expect(elementsToNdjson(recordElementText(r))).toBe(toNdjson([recordJson(r)]));
          expect(JSON.parse(recordElementText(r))).toEqual(JSON.parse(JSON.stringify(recordJson(r))));
        }
      }),
      { numRuns: 400 },
    );
  });
});

/** A small corpus (the shape fixtures) and one document whose sentences hold what JSON and the terminal escaping care about. */
function corpusWithNastyText(): string {
  const dir = smallCorpus();
  writeFileSync(
    join(dir, 'escapes.md'),
    [
      '---',
      'title: Escapes',
      'date: 2024-05-06',
      '---',
      '',
      'She wrote "key": value in the config, with a backslash \\ and a tab\there.',
      '',
      'A next-line control\u0085here and a bidi \u202eoverride\u202c stayed in the text.',
      '',
      'Prices rose 5% in 2023, said the café owner in 北京 😀.',
      '',
    ].join('\n'),
  );
  ageFiles(dir);
  made.push(dir);
  return dir;
}

const FILTERS: string[][] = [
  [],
  ['--speaker', 'Dana Lee'],
  ['--speaker', 'Richard Teng', '--year', '2021..2025'],
  ['--type', 'quote,claim', '--limit', '7'],
  ['--type', 'claim', '--mentions', '2020..'],
  ['--doc', 'escapes'],
  ['--limit', '0'],
  ['--speaker', 'Dana Lee', '--type', 'qa', '--year', '1990'],
];

describe('list from the cached element texts', () => {
  it('prints, cold and warm, exactly what a fresh load prints, for json and ndjson', async () => {
    const corpus = corpusWithNastyText();
    const cache = tempDir('quarry-elements-cache-');
    made.push(cache);
    const env = { QUARRY_CACHE_DIR: cache };
    const fresh = new Map<string, CliResult>();
    for (const run of ['cold', 'warm']) {
      for (const format of ['json', 'ndjson']) {
        for (const f of FILTERS) {
          const args = ['--corpus', corpus, 'list', '--format', format, ...f];
          if (!fresh.has(args.join(' '))) fresh.set(args.join(' '), await runCli(['--no-cache', ...args], { env }));
          const cached = await runCli(args, { env });
          const want = fresh.get(args.join(' '))!;
          expect(cached.stdout, `${run} ${args.join(' ')}`).toBe(want.stdout);
          expect(cached.code).toBe(want.code);
          expect(cached.stderr).toBe(want.stderr);
        }
      }
      expect(cacheFiles(cache)).toHaveLength(1);
    }
  });

  it("stores each record as a fresh render of it, and json's path parses no record", async () => {
    const corpus = corpusWithNastyText();
    const cache = tempDir('quarry-elements-cache-');
    made.push(cache);
    const fresh = (await open(corpus, cache, { useCache: false })).corpus.records;
    await open(corpus, cache);
    const warm = await open(corpus, cache);
    expect(warm.cache).toBe('hit');
    const source = columnsOf(warm.corpus)!.records;
    const places = fresh.map((_, i) => i);
    // one run per record: each element alone
    const each = places.flatMap((p) => [...source.elements!([p])]);
    expect(each.map((b) => Buffer.from(b).toString('utf8'))).toEqual(fresh.map(recordElementText));
    expect(fresh.some((r) => /[^\x00-\x7f]/.test(r.text))).toBe(true);
    // all at once: runs per document, the whole array as the renderer prints it
    const original = JSON.parse;
    let parsed = 0;
    JSON.parse = ((t: string, ...rest: unknown[]) => {
      parsed++;
      return original(t, ...(rest as []));
    }) as typeof JSON.parse;
    let whole: string;
    try {
      whole = text(jsonArrayFromElements(source.elements!(places)));
    } finally {
      JSON.parse = original;
    }
    expect(parsed).toBe(0);
    expect(whole).toBe(toJson(fresh.map(recordJson)));
  });

  it('never prints a damaged block: damage is found at open, or as a broken element while printing', async () => {
    const corpus = corpusWithNastyText();
    const cache = tempDir('quarry-elements-cache-');
    made.push(cache);
    const env = { QUARRY_CACHE_DIR: cache };
    const args = ['--corpus', corpus, 'list', '--format', 'json', '--doc', 'escapes'];
    const good = await runCli(args, { env });
    expect(good.code).toBe(0);
    const [pack] = packFiles(cache);
    const manifest = new FileSource(cacheFiles(cache)[0]!);
    const victim = manifestDocs(CacheReader.open<CacheHeader>(manifest, manifest.size)).find((e) => e.name === 'escapes.md')!;
    manifest.close();
    const source = new FileSource(pack!);
    const records = CacheReader.open<CacheHeader>(source, source.size).header.sections.records!;
    source.close();
    const original = readFileSync(pack!);
    const blockAt = records.offset + victim.recs[0];
    const damage = (at: number, to: string): void => {
      const bytes = Buffer.from(original);
      bytes[blockAt + at] = to.charCodeAt(0);
      writeFileSync(pack!, bytes);
    };
    // a pack that looks untouched since its entries were verified (the same time: a whole second, so it can be
    // put back) is trusted, as its other sections are; an element its offsets no longer frame is still never printed
    const T = Math.floor(Date.now() / 1000) - 60;
    utimesSync(pack!, T, T);
    expect((await runCli(args, { env })).stdout).toBe(good.stdout); // verified, and that time recorded
    damage(4, ']'); // the first element's "{" (after "[\n  ")
    utimesSync(pack!, T, T);
    const broken = await runCli(args, { env });
    expect(broken.code).not.toBe(0);
    expect(broken.stdout).not.toContain('escapes/');
    expect(broken.stderr).toMatch(/cache records are malformed/);
    // a pack written since its entries were verified is verified again at open: the document is read again
    damage(original.subarray(blockAt, blockAt + victim.recs[1]).indexOf('config'), 'C');
    const reread = await runCli(args, { env });
    expect(reread.stdout).toBe(good.stdout);
    expect(reread.code).toBe(0);
  });
});
