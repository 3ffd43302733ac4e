/**
 * Bad arguments: every flag's bad values, unknown commands and options, bad
 * environments. Each is ONE line on stderr starting `quarry: `, naming the
 * flag and what it accepts, nothing on stdout, exit 2.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempCorpus } from '../helpers.js';

async function usageError(args: string[], message: RegExp, env?: Record<string, string>): Promise<void> {
  const r = (await runCli(args, { env }));
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^quarry: [^\n]+\n$/);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

const BAD_VALUES: Array<[string, string, RegExp]> = [
  ['--type', 'quotes', /^quarry: --type: 'quotes' is not a record type \(accepts qa, quote, claim\)/],
  ['--type', 'qa,bogus', /--type: 'bogus' is not a record type/],
  ['--type', '', /^quarry: --type: needs a value/],
  ['--year', 'abc', /^quarry: --year: 'abc' is not a year or range \(accepts 2021, 2017\.\.2019, 2020\.\., \.\.2019\)/],
  ['--year', '2019..2017', /--year: '2019\.\.2017' is a reversed range/],
  ['--year', '21', /--year: '21' is not a year or range/],
  ['--year', '..', /--year: '\.\.' is an open range on both sides/],
  ['--mentions', 'soon', /^quarry: --mentions: 'soon' is not a year or range/],
  ['--limit', '-3', /^quarry: --limit: '-3' is not a positive whole number \(accepts 1, 2, 3, …\)/],
  ['--limit', '0', /--limit: '0' is not a positive whole number/],
  ['--limit', 'ten', /--limit: 'ten' is not a positive whole number/],
  ['--limit', '1.5', /--limit: '1\.5' is not a positive whole number/],
  ['--speaker', 'yi hee', /^quarry: --speaker: no speaker 'yi hee' \(did you mean: He Yi\?\)/],
  ['--speaker', '', /^quarry: --speaker: needs a speaker name/],
  ['--doc', 'btcpeers', /^quarry: --doc: no document 'btcpeers' \(did you mean: btcpeers-he-yi-2021\?\)/],
  ['--topic', 'airdrp', /^quarry: --topic: no topic 'airdrp' \(did you mean: airdrop/],
  ['--format', 'xml', /^quarry: --format: 'xml' is not accepted \(accepts table, json, ndjson, csv\)/],
];

describe('each flag rejects its bad values on list and search', () => {
  for (const [flag, value, message] of BAD_VALUES) {
    it(`${flag} '${value}'`, async () => {
      (await usageError(['list', flag, value], message));
      (await usageError(['search', 'bitcoin', flag, value], message));
    });
  }

  it('--limit=-3 and -n -3 are the same bad value', async () => {
    (await usageError(['list', '--limit=-3'], /--limit: '-3'/));
    (await usageError(['search', 'bitcoin', '-n', '-3'], /--limit: '-3'/));
  });

  it('a flag without its value', async () => {
    (await usageError(['list', '--type'], /^quarry: --type: needs a value/));
    (await usageError(['stats', '--by'], /^quarry: --by: needs a value/));
  });

  it('stats, docs and speakers check their flags too', async () => {
    (await usageError(['stats', '--by', 'colour'], /^quarry: --by: 'colour' is not a facet/));
    (await usageError(['stats', '--year', 'x'], /--year: 'x'/));
    (await usageError(['docs', '--speaker', 'nobody at all'], /--speaker: no speaker 'nobody at all'/));
    (await usageError(['speakers', '--doc', 'nope'], /--doc: no document 'nope'/));
    (await usageError(['speakers', '--format', 'yaml'], /--format: 'yaml' is not accepted/));
  });

  it('bad values are reported before the corpus is read', async () => {
    (await usageError(['list', '--year', 'abc', '--corpus', join(tempCorpus({}), 'missing')], /--year/));
  });
});

describe('unknown commands and options: a suggestion, exit 2', () => {
  it('unknown command', async () => {
    (await usageError(['serch', 'bitcoin'], /^quarry: unknown command 'serch' \(did you mean search\?\)\n$/));
    (await usageError(['spekers'], /did you mean speakers\?/));
    (await usageError(['frobnicate'], /^quarry: unknown command 'frobnicate'\n$/));
  });

  it('unknown option', async () => {
    (await usageError(['list', '--limt', '3'], /^quarry: unknown option '--limt' \(did you mean --limit\?\)\n$/));
    (await usageError(['search', 'bitcoin', '--speakr', 'cz'], /^quarry: unknown option '--speakr' \(did you mean --speaker\?\)\n$/));
    (await usageError(['--colour', 'list'], /unknown option '--colour' \(did you mean --color\?\)/));
  });

  it('missing and extra arguments', async () => {
    (await usageError(['show'], /^quarry: missing required argument 'id'/));
    (await usageError(['show', 'a', 'b'], /^quarry: too many arguments for 'show'/));
    (await usageError(['completion'], /^quarry: completion: needs a shell \(accepts bash, zsh, fish\)/));
  });
});

describe('bad environments', () => {
  it('a missing corpus folder is a usage error naming it', async () => {
    (await usageError(['search', 'bitcoin'], /^quarry: corpus folder not found: .*nowhere/, { QUARRY_CORPUS: join(tempCorpus({}), 'nowhere') }));
  });

  it('an empty corpus: nothing matched, exit 1, valid empty JSON', async () => {
    const dir = tempCorpus({});
    for (const args of [['list'], ['search', 'bitcoin'], ['docs'], ['stats'], ['speakers']]) {
      const r = (await runCli(['--corpus', dir, ...args, '--format', 'json']));
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/^quarry: no documents in .* \(a document is a \*\.adoc, .*\*\.csv, .*\*\.srt, .*\*\.txt, \*\.vtt or \*\.xml file\)\n$/);
      const out = JSON.parse(r.stdout);
      expect(Array.isArray(out) ? out : out.counts).toEqual([]);
    }
    // check says it in its summary, with no table of headers alone
    const check = await runCli(['--corpus', dir, 'check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toBe('0 documents, 0 parsed, 0 records; 1 error, 0 warnings\n');
  });

  it('a bad COLUMNS or TERM does not break a table', async () => {
    for (const COLUMNS of ['abc', '-5', '0', '']) {
      const r = (await runCli(['list', '--limit', '1'], { env: { COLUMNS } }));
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('│');
    }
    expect((await runCli(['list', '--limit', '1'], { env: { TERM: 'nonsense' } })).code).toBe(0);
  });

  it('a document that failed to load is named on stderr, and the rest is still searchable', async () => {
    const good = '---\ntitle: Fine\nspeakers: [Ann Lee]\nhost: Bo\n---\nHost: What do you do all day at the exchange?\nAnn Lee: I run the listings team and read every application myself.\n';
    const dir = tempCorpus({ 'good.md': good, 'bad.md': '---\ntitle: [unclosed\n---\nSome text that is long enough to be a sentence.\n' });
    const r = (await runCli(['search', 'listings', '--corpus', dir, '--format', 'json']));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(r.stderr).toBe(`quarry: 1 document could not be loaded (bad.md); run 'quarry check --corpus ${dir}' for details\n`);
  });

  it('a broken speakers.yml is said as what it is: every document loaded, without its aliases', async () => {
    const good = '---\ntitle: Fine\nspeakers: [Ann Lee]\nhost: Bo\n---\nHost: What do you do all day at the exchange?\nAnn Lee: I run the listings team and read every application myself.\n';
    const dir = tempCorpus({ 'good.md': good, 'speakers.yml': 'speakers:\n  - name: Ann Lee\n    aliases: [Ann\n' });
    const r = await runCli(['list', '--corpus', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(r.stderr).toBe(`quarry: speakers.yml has errors: the names and aliases in error are not applied; run 'quarry check --corpus ${dir}' for details\n`);
  });
});
