/**
 * What reaches a terminal or a pipe: colour decisions, tables that fit the
 * width, corpus escape sequences shown and never sent, output cut short by a
 * pipe, and machine formats that load no table or colour code.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/width.js';
import { ROOT, runCli, tempCorpus, testCacheDir } from '../helpers.js';
import { csvObjects, parseNdjson } from './support.js';

const ESC = '\u001b';
const TABLE_COMMANDS: string[][] = [
  ['search', 'bitcoin', '--limit', '3'],
  ['list', '--limit', '3'],
  ['docs'],
  ['speakers'],
  ['stats', '--by', 'type,year'],
  ['show', 'techflow-he-yi-2025/q-d7725310'],
];

describe('colour', () => {
  it('is off when piped, and tables carry no ESC at all', async () => {
    for (const args of TABLE_COMMANDS) expect((await runCli(args)).stdout).not.toContain(ESC);
  });

  it('--color and FORCE_COLOR turn it on; NO_COLOR, TERM=dumb, --no-color and FORCE_COLOR=0 keep it off', async () => {
    const args = ['search', 'maternity', 'leave', '--limit', '2'];
    expect((await runCli([...args, '--color'])).stdout).toContain(ESC);
    expect((await runCli(['--color', ...args])).stdout).toContain(ESC);
    expect((await runCli(args, { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await runCli(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await runCli(args, { env: { FORCE_COLOR: '1', TERM: 'dumb' } })).stdout).toContain(ESC); // FORCE_COLOR outranks TERM=dumb
    expect((await runCli(args, { env: { TERM: 'dumb' } })).stdout).not.toContain(ESC);
    expect((await runCli([...args, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await runCli(args, { env: { FORCE_COLOR: '0' } })).stdout).not.toContain(ESC);
    // an empty NO_COLOR is "not set"
    expect((await runCli(args, { env: { FORCE_COLOR: '1', NO_COLOR: '' } })).stdout).toContain(ESC);
  });

  it('every table command honours --color and --no-color', async () => {
    for (const args of TABLE_COMMANDS) {
      expect((await runCli([...args, '--color'])).stdout).toContain(ESC);
      expect((await runCli([...args, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
    }
  });

  it('matched words: painted with colour, [[marked]] without; never in JSON, NDJSON or CSV', async () => {
    const plain = (await runCli(['search', 'maternity', 'leave', '--limit', '1'])).stdout;
    expect(plain).toContain('[[maternity]] [[leave]]');
    const colored = (await runCli(['search', 'maternity', 'leave', '--limit', '1', '--color'])).stdout;
    expect(colored).not.toContain('[[');
    expect(colored).toMatch(/\u001b\[1m\u001b\[33mmaternity\u001b\[39m\u001b\[22m/);
    for (const format of ['json', 'ndjson', 'csv']) {
      const out = (await runCli(['search', 'maternity', 'leave', '--format', format, '--color'])).stdout;
      expect(out).not.toContain('[[');
      expect(out).not.toContain(ESC);
    }
  });
});

describe('width', () => {
  for (const columns of [60, 80, 132]) {
    it(`tables fit COLUMNS=${columns}`, async () => {
      for (const args of TABLE_COMMANDS) {
        const out = (await runCli(args, { env: { COLUMNS: String(columns) } })).stdout;
        const widest = Math.max(...out.split('\n').map(displayWidth));
        expect(widest, args.join(' ')).toBeLessThanOrEqual(columns);
      }
    });
  }

  it('at 80 columns a header gives way before its values, and an id before a value is cut', async () => {
    const check = (await runCli(['check'], { env: { COLUMNS: '80' } })).stdout;
    const row = check.split('\n').find((l) => /\bok\b/.test(l) && /techflow/.test(l))!;
    expect(row).toMatch(/100\.0%\s+│\s+100\.0%/); // the coverage values stay whole
    expect(row).toMatch(/│ techflow-he-y… /); // the document is cut to 14 columns, no further
    const docs = (await runCli(['docs'], { env: { COLUMNS: '80' } })).stdout;
    expect(docs).toMatch(/│ techflow-he-yi-2025 +│ [A-Za-z]\S{5,}/); // the title column gets room for a word
  });

  it('long text is cut with an ellipsis', async () => {
    const out = (await runCli(['list', '--doc', 'techflow-he-yi-2025', '--type', 'qa', '--limit', '3'], { env: { COLUMNS: '80' } })).stdout;
    expect(out).toContain('…');
  });
});

describe('corpus text with terminal escape sequences', () => {
  const evil =
    '---\ntitle: "Evil \\e]0;pwned\\a title"\nspeakers: [Ann Lee]\nhost: Bo\n---\n' +
    'Host: What do you do all day at the exchange?\n' +
    'Ann Lee: I run the listings \u001b[2J\u001b[31mteam\u001b[0m and read every application myself \u001b]0;owned\u0007 today.\n' +
    'Host: Why does that matter so much?\n' +
    'Ann Lee: Because one bad listing costs users more than a hundred \u009b31m good ones \u202eearn.\n';
  const dir = tempCorpus({ 'evil.md': evil });
  const RAW = /\u001b|\u0007|\u009b|\u202e/;

  it('are shown escaped in every table, with colour on or off, never sent raw', async () => {
    const ids = (JSON.parse((await runCli(['list', '--corpus', dir, '--format', 'json'])).stdout) as Array<{ id: string }>).map((r) => r.id);
    expect(ids).toHaveLength(2);
    for (const args of [['list'], ['search', 'listings'], ['search', 'listing', 'users'], ['docs'], ['speakers'], ['show', ids[0]!], ['show', ids[1]!]]) {
      const off = (await runCli(['--corpus', dir, ...args]));
      expect(off.code, args.join(' ')).toBe(0);
      expect(off.stdout).not.toMatch(RAW);
      const on = (await runCli(['--corpus', dir, ...args, '--color']));
      // the only ESC left is the painter's SGR colour codes
      expect(on.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW);
    }
    expect((await runCli(['--corpus', dir, 'list'])).stdout).toContain('\\x1b[2J');
    expect((await runCli(['--corpus', dir, 'docs'])).stdout).toContain('\\x1b]0;pwned\\x07');
  });

  it('JSON and NDJSON escape them and still parse to the exact text; CSV keeps the text exact', async () => {
    const json = (await runCli(['list', '--corpus', dir, '--format', 'json'])).stdout;
    expect(json).not.toMatch(RAW);
    const records = JSON.parse(json) as Array<{ text: string }>;
    expect(records[0]!.text).toContain('\u001b[2J');
    expect(records[1]!.text).toContain('\u009b31m');
    const nd = (await runCli(['list', '--corpus', dir, '--format', 'ndjson'])).stdout;
    expect(nd).not.toMatch(RAW);
    expect(parseNdjson(nd)).toEqual(records);
    const csv = csvObjects((await runCli(['list', '--corpus', dir, '--format', 'csv'])).stdout);
    expect(csv.rows.map((r) => r.text)).toEqual(records.map((r) => r.text));
  });

  it('error messages that echo corpus values escape them too', async () => {
    const r = (await runCli(['show', '--corpus', dir, 'evil/\u001b[2Jx']));
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW);
  });
});

describe('output cut short by a pipe', () => {
  const quarry = `"${process.execPath}" "${join(ROOT, 'bin', 'quarry.js')}"`;
  const pipeline = (cmd: string) => spawnSync('bash', ['-c', `${quarry} ${cmd} | head -1 > /dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', QUARRY_CACHE_DIR: testCacheDir() } });

  // each way output reaches stdout: list's streamed chunks (every format) and a search's hits written whole
  for (const cmd of ['list --format ndjson', 'list', 'list --format csv', 'list --format json', 'search binance --format ndjson --limit 400']) {
    it(`quarry ${cmd} | head -1: quiet, exit 0`, async () => {
      const r = pipeline(cmd);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('0\n');
    });
  }

  it('even when the output is far larger than the pipe buffer', async () => {
    // a cold run (parsing as it goes) whose records come to 450 KB of NDJSON, seven times the
    // 64 KB a Linux pipe holds, through a pipe that closes after one line: the writes after the
    // reader left fail with EPIPE however much more follows (40 documents, 1.5 MB, proved no more
    // and cost a second of parsing)
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) {
      const lines = Array.from({ length: 60 }, (_, k) => `Sentence number ${k} of document ${i} says the exchange listed token ${k} in 2021 after review.`);
      files[`doc-${i}.md`] = `---\ntitle: Document ${i}\n---\n${lines.join('\n\n')}\n`;
    }
    const dir = tempCorpus(files);
    const r = pipeline(`--corpus ${dir} list --format ndjson`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('0\n');
  });
});

describe('machine formats load no table or colour code', () => {
  // The CLI is one bundle (scripts/bundle.mjs): with QUARRY_TRACE_MODULES, bin/quarry.js lists
  // every module the run evaluated; chalk is bundled, cli-table3 is required by render/table.js.
  const TABLE_OR_COLOUR = /node_modules\/(chalk|cli-table3)\/|^dist\/render\/table\.js$/;
  // colour forced on, so only the format decides whether chalk may load
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '1', QUARRY_CACHE_DIR: testCacheDir() };
  delete env.NO_COLOR;
  const run = (args: string[]) => {
    const trace = join(tempCorpus({}), 'modules.txt');
    writeFileSync(trace, '');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'quarry.js'), ...args], { encoding: 'utf8', env: { ...env, QUARRY_TRACE_MODULES: trace } });
    const loaded = readFileSync(trace, 'utf8').split('\n').filter((m) => TABLE_OR_COLOUR.test(m));
    return { status: r.status, stderr: r.stderr + loaded.map((m) => `loaded ${m}\n`).join('') };
  };

  it('the trace does see a table and colour', async () => {
    const r = run(['list', '--limit', '1']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/loaded dist\/render\/table\.js/);
    expect(r.stderr).toMatch(/loaded node_modules\/chalk\//);
  });

  for (const args of [
    ['list', '--format', 'json'],
    ['list', '--format', 'ndjson'],
    ['list', '--format', 'csv'],
    ['search', 'bitcoin', '--format', 'json'],
    ['search', 'bitcoin', '--format', 'csv'],
    ['docs', '--format', 'csv'],
    ['speakers', '--format', 'json'],
    ['stats', '--by', 'type,year', '--format', 'csv'],
    ['show', 'techflow-he-yi-2025/q-d7725310', '--format', 'json'],
    ['check', '--format', 'json'],
    ['--help'],
    ['--version'],
    ['completion', 'bash'],
  ]) {
    it(args.join(' '), async () => {
      const r = run(args);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  }
});
