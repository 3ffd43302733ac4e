/**
 * Browsing: `show`, `speakers`, `stats`, `docs` with filters, `completion`,
 * and the examples in the help texts.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempCorpus, testCacheDir } from '../helpers.js';
import { parseCsv } from './support.js';

type Obj = Record<string, any>;
const MATERNITY = 'techflow-he-yi-2025/q-d7725310';
let all: Obj[] = [];

beforeAll(async () => {
  all = JSON.parse((await runCli(['list', '--format', 'json'])).stdout);
});

describe('quarry show', () => {
  it('prints the record, its citation and the numbered source lines, its own lines marked', async () => {
    const r = (await runCli(['show', MATERNITY], { env: { COLUMNS: '100' } }));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(MATERNITY);
    expect(r.stdout).toContain('After giving birth');
    expect(r.stdout).toMatch(/Source: “Interview with Binance CEO He Yi/);
    expect(r.stdout).toMatch(/TechFlow, 2025-12-13/);
    expect(r.stdout).toMatch(/corpus\/techflow-he-yi-2025\.txt:45\n/);
    const gutter = r.stdout.split('\n').filter((l) => /^[> ] +\d+ │ /.test(l));
    expect(gutter.map((l) => Number(/(\d+) │/.exec(l)![1]))).toEqual([43, 44, 45, 46, 47]);
    expect(gutter.filter((l) => l.startsWith('>')).map((l) => Number(/(\d+) │/.exec(l)![1]))).toEqual([45]);
  });

  it('at 80 columns the cited line is shown whole, wrapped under its gutter; the lines around it are cut', async () => {
    const out = (await runCli(['show', MATERNITY], { env: { COLUMNS: '80' } })).stdout.split('\n');
    const at = out.findIndex((l) => /^> 45 │ /.test(l));
    const cited = [out[at]!.replace(/^> 45 │ /, ''), ...out.slice(at + 1).filter((l, i, all) => all.slice(0, i + 1).every((x) => /^ {5}│ /.test(x))).map((l) => l.replace(/^ {5}│ /, ''))];
    expect(cited.join(' ')).toMatch(/^After giving birth, .* I simply didn’t have time to be depressed\.$/);
    expect(Math.max(...out.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(out.find((l) => /^ {2}47 │ /.test(l))).toMatch(/…$/);
  });

  it('--format json: { record, citation, context } with the file lines around the record', async () => {
    const qa = all.find((x) => x.type === 'qa' && x.endLine > x.line)!;
    const r = (await runCli(['show', qa.id, '--format', 'json', '--context', '1']));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['record', 'citation', 'context']);
    expect(out.record).toEqual(qa);
    expect(out.citation).toMatchObject({ file: `${qa.doc}.txt`, line: qa.line, endLine: qa.endLine });
    expect(out.citation.text).toContain(`${qa.doc}.txt:${qa.line}-${qa.endLine}`);
    expect(out.context.map((c: Obj) => c.line)).toEqual(Array.from({ length: qa.endLine - qa.line + 3 }, (_, i) => qa.line - 1 + i));
    // the record's first line holds (the start of) its question or text
    const first = out.context.find((c: Obj) => c.line === qa.line).text as string;
    expect(first.length).toBeGreaterThan(0);
  });

  it('--context 0 shows only the record lines; the window is clipped to the file', async () => {
    const first = all[0]!;
    const out = JSON.parse((await runCli(['show', first.id, '--format', 'json', '--context', '0'])).stdout);
    expect(out.context.map((c: Obj) => c.line)).toEqual(Array.from({ length: first.endLine - first.line + 1 }, (_, i) => first.line + i));
    const wide = JSON.parse((await runCli(['show', first.id, '--format', 'json', '--context', '100000'])).stdout);
    expect(wide.context[0].line).toBe(1);
  });

  it('accepts the id without its document part when it is unique, and any case', async () => {
    const out = JSON.parse((await runCli(['show', 'Q-D7725310', '--format', 'json'])).stdout);
    expect(out.record.id).toBe(MATERNITY);
  });

  it('an unknown id: exit 2, one line, close ids suggested', async () => {
    const r = (await runCli(['show', 'techflow-he-yi-2025/q-d7725311']));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^quarry: show: no record 'techflow-he-yi-2025\/q-d7725311' \(did you mean: techflow-he-yi-2025\/q-d7725310[,?]/);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect((await runCli(['show', 'nothing-like-it'])).code).toBe(2);
    expect((await runCli(['show', MATERNITY, '--context', '-1'])).stderr).toMatch(/^quarry: --context: '-1' is not a whole number/);
  });

  it('csv gives the record row', async () => {
    const rows = parseCsv((await runCli(['show', MATERNITY, '--format', 'csv'])).stdout);
    expect(rows).toHaveLength(2);
    expect(rows[1]![0]).toBe(MATERNITY);
  });
});

describe('quarry speakers', () => {
  it('lists registered speakers with aliases and counts by type that match the records', async () => {
    const r = (await runCli(['speakers', '--format', 'json']));
    expect(r.code).toBe(0);
    const speakers = JSON.parse(r.stdout) as Obj[];
    const heYi = speakers.find((s) => s.name === 'He Yi')!;
    expect(heYi.registered).toBe(true);
    expect(heYi.aliases).toEqual(expect.arrayContaining(['Yi He', '何一']));
    for (const t of ['qa', 'quote', 'claim']) expect(heYi.counts[t]).toBe(all.filter((x) => x.speaker === 'He Yi' && x.type === t).length);
    expect(speakers.find((s) => s.name === 'CZ')!.aliases).toContain('Changpeng Zhao');
    // the interviewer: asked, not said
    expect(speakers.find((s) => s.name === 'Bonnie')!.asked).toBe(all.filter((x) => x.asker === 'Bonnie').length);
  });

  it('flags description speakers as not registered, after the registered ones', async () => {
    const speakers = JSON.parse((await runCli(['speakers', '--format', 'json'])).stdout) as Obj[];
    const pm = speakers.find((s) => s.name === 'a product manager')!;
    expect(pm).toMatchObject({ registered: false, aliases: [], counts: { qa: 0, quote: 1, claim: 0 } });
    const firstOther = speakers.findIndex((s) => !s.registered);
    expect(speakers.slice(firstOther).every((s) => !s.registered)).toBe(true);
    const table = (await runCli(['speakers'], { env: { COLUMNS: '120' } })).stdout;
    expect(table).toMatch(/other speaker/);
    expect(table.indexOf('He Yi')).toBeLessThan(table.indexOf('a product manager'));
  });

  it("a front matter speaker's aliases ({ name, aliases }) are listed and select their records with --speaker", async () => {
    const dir = tempCorpus({
      'clay.md':
        '---\ntitle: Talking clay\nspeakers:\n  - name: Marguerite Oyelaran\n    aliases: [MO, Maggie]\n  - name: Teodor Vass\n    aliases: [TV]\n---\n' +
        "TV: When did you first throw a pot?\n\nMO: At nine, in my aunt's shed in Ibadan.\n\nTV: And the kiln?\n\nMO: We borrowed one from the school until 1994.\n",
    });
    const listed = JSON.parse((await runCli(['speakers', '--corpus', dir, '--no-cache', '--format', 'json'])).stdout) as Obj[];
    expect(listed.find((s) => s.name === 'Marguerite Oyelaran')).toMatchObject({ registered: true, aliases: ['MO', 'Maggie'], counts: { qa: 2 } });
    for (const alias of ['Maggie', 'mo']) {
      const r = await runCli(['list', '--corpus', dir, '--no-cache', '--speaker', alias, '--format', 'json']);
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as Obj[]).map((x) => x.speaker)).toEqual(['Marguerite Oyelaran', 'Marguerite Oyelaran']);
    }
  });

  it('counts only the filtered records', async () => {
    const speakers = JSON.parse((await runCli(['speakers', '--doc', 'life-at-binance', '--type', 'quote', '--format', 'json'])).stdout) as Obj[];
    // A quote nobody could be named for has no speaker to list.
    const expected = new Set(all.filter((x) => x.doc === 'life-at-binance' && x.type === 'quote' && x.speaker !== null).map((x) => x.speaker));
    expect(new Set(speakers.map((s) => s.name))).toEqual(expected);
    expect(speakers.every((s) => s.counts.qa === 0 && s.counts.claim === 0)).toBe(true);
  });
});

describe('quarry stats', () => {
  it('counts by type by default, totalling the records', async () => {
    const out = JSON.parse((await runCli(['stats', '--format', 'json'])).stdout);
    expect(out.by).toEqual(['type']);
    expect(out.total).toBe(all.length);
    expect(out.counts).toEqual(['qa', 'quote', 'claim'].map((t) => ({ type: t, count: all.filter((x) => x.type === t).length })));
  });

  it('crosses two facets; the cells add up to the margins', async () => {
    const out = JSON.parse((await runCli(['stats', '--by', 'type,year', '--format', 'json'])).stdout);
    for (const c of out.counts) expect(c.count).toBe(all.filter((x) => x.type === c.type && x.year === c.year).length);
    const sum = out.counts.reduce((a: number, c: Obj) => a + c.count, 0);
    expect(sum).toBe(all.length);
    expect(out.totals.year.find((y: Obj) => y.year === 2021).count).toBe(all.filter((x) => x.year === 2021).length);
    const table = (await runCli(['stats', '--by', 'type,year'], { env: { COLUMNS: '100' } })).stdout;
    expect(table).toMatch(/type \\ year/);
  });

  it('respects the filters; speaker, doc, topic and mentions facets', async () => {
    const out = JSON.parse((await runCli(['stats', '--by', 'speaker', '--type', 'quote', '--format', 'json'])).stdout);
    expect(out.total).toBe(all.filter((x) => x.type === 'quote').length);
    expect(out.counts[0].speaker).toBe('He Yi');
    const docs = JSON.parse((await runCli(['stats', '--by', 'doc', '--format', 'json'])).stdout);
    expect(docs.counts.map((c: Obj) => c.doc)).toEqual([...new Set(all.map((x) => x.doc))]);
    const topics = JSON.parse((await runCli(['stats', '--by', 'topic', '--format', 'json'])).stdout);
    const airdrops = topics.counts.find((c: Obj) => String(c.topic).toLowerCase() === 'airdrops');
    expect(airdrops.count).toBe(all.filter((x) => x.topics.some((t: string) => t.toLowerCase() === 'airdrops')).length);
    const mentions = JSON.parse((await runCli(['stats', '--by', 'mentions', '--format', 'json'])).stdout);
    expect(mentions.counts.find((c: Obj) => c.mentions === 2017).count).toBe(all.filter((x) => x.years.includes(2017)).length);
  });

  it('three facets give nested counts; a bad facet is exit 2 with a suggestion', async () => {
    const nested = (await runCli(['stats', '--by', 'doc,type,year'], { env: { COLUMNS: '100' } }));
    expect(nested.code).toBe(0);
    expect(nested.stdout).toMatch(/│ doc +│ type +│ year +│ records │/);
    const bad = (await runCli(['stats', '--by', 'spaker']));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^quarry: --by: 'spaker' is not a facet \(did you mean speaker\? accepts type, speaker, year, doc, topic, mentions/);
  });

  it('nothing selected: exit 1 and valid empty output', async () => {
    const r = (await runCli(['stats', '--year', '1999', '--format', 'json']));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ total: 0, counts: [] });
  });
});

describe('quarry docs with filters', () => {
  it('lists only documents with selected records, counting those records', async () => {
    const out = JSON.parse((await runCli(['docs', '--speaker', 'cz', '--format', 'json'])).stdout) as Obj[];
    const byDoc = new Map<string, number>();
    for (const x of all.filter((r) => r.speaker === 'CZ')) byDoc.set(x.doc, (byDoc.get(x.doc) ?? 0) + 1);
    expect(out.map((d) => d.id)).toEqual([...byDoc.keys()]);
    for (const d of out) expect(d.records.qa + d.records.quote + d.records.claim).toBe(byDoc.get(d.id));
    const none = (await runCli(['docs', '--year', '1999', '--format', 'json']));
    expect(none.code).toBe(1);
    expect(JSON.parse(none.stdout)).toEqual([]);
  });
});

describe('quarry completion', () => {
  it('bash: a script bash accepts, naming every command, option and format value', async () => {
    const r = (await runCli(['completion', 'bash']));
    expect(r.code).toBe(0);
    const file = join(tempCorpus({}), 'quarry.bash');
    writeFileSync(file, r.stdout);
    const check = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
    expect(check.status).toBe(0);
    for (const word of ['search', 'show', 'speakers', 'stats', 'completion', '--speaker', '--mentions', '--by', 'ndjson', 'complete -F _quarry quarry']) {
      expect(r.stdout).toContain(word);
    }
  });

  it('bash: completes commands, format values and document ids when run', async () => {
    const script = (await runCli(['completion', 'bash'])).stdout;
    const dir = tempCorpus({});
    // a `quarry` on PATH that runs this build, for the script's --values calls
    writeFileSync(join(dir, 'quarry'), `#!/bin/sh\nexec "${process.execPath}" "${join(process.cwd(), 'bin', 'quarry.js')}" "$@"\n`, { mode: 0o755 });
    writeFileSync(join(dir, 'c.bash'), script);
    const complete = (words: string[]) => {
      const line = `source ${join(dir, 'c.bash')}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _quarry; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const r = spawnSync('bash', ['-c', line], { encoding: 'utf8', env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, QUARRY_CORPUS: '', QUARRY_CACHE_DIR: testCacheDir() } });
      return r.stdout.split('\n').filter(Boolean);
    };
    expect(complete(['quarry', 'se'])).toEqual(['search']);
    expect(complete(['quarry', 'list', '--format', ''])).toEqual(['table', 'json', 'ndjson', 'csv']);
    expect(complete(['quarry', 'search', '--doc', 'he-'])).toEqual(['he-yi-ama-2024']);
    expect(complete(['quarry', 'stats', '--by', 'sp'])).toEqual(['speaker']);
    expect(complete(['quarry', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
  });

  it('zsh and fish: scripts naming the commands and options', async () => {
    const zsh = (await runCli(['completion', 'zsh']));
    expect(zsh.code).toBe(0);
    expect(zsh.stdout.startsWith('#compdef quarry\n')).toBe(true);
    expect(zsh.stdout).toMatch(/search\) _arguments .*--speaker/);
    const fish = (await runCli(['completion', 'fish']));
    expect(fish.code).toBe(0);
    expect(fish.stdout).toMatch(/complete -c quarry -n '__fish_seen_subcommand_from search' -s f -l format -x -a 'table json ndjson csv'/);
    for (const shell of ['zsh', 'fish']) {
      const which = spawnSync('sh', ['-c', `command -v ${shell}`], { encoding: 'utf8' });
      if (which.status !== 0) continue; // the shell is not installed here: the text checks above stand
      const file = join(tempCorpus({}), `quarry.${shell}`);
      writeFileSync(file, (await runCli(['completion', shell])).stdout);
      expect(spawnSync(shell, ['-n', file]).status).toBe(0);
    }
  });

  it('--values lists corpus values one a line; a bad shell is exit 2', async () => {
    const docs = (await runCli(['completion', '--values', 'doc']));
    expect(docs.code).toBe(0);
    expect(docs.stdout.trim().split('\n')).toEqual([...new Set(all.map((x) => x.doc))]);
    expect((await runCli(['completion', '--values', 'speaker'])).stdout.split('\n')).toContain('He Yi');
    const bad = (await runCli(['completion', 'tcsh']));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("quarry: completion: 'tcsh' is not a shell quarry completes (accepts bash, zsh, fish)\n");
  });
});

describe('help', () => {
  it('quarry --help and each command --help show examples, exit 0, on stdout', async () => {
    for (const args of [[], ['search'], ['list'], ['show'], ['speakers'], ['stats'], ['docs'], ['check'], ['completion']]) {
      const r = (await runCli([...args, '--help']));
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples:\n {2}\$ quarry /);
    }
    expect((await runCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('every `quarry show ID` in the help texts names a real record', async () => {
    const texts = (await Promise.all([[], ['show']].map(async (a) => (await runCli([...a, '--help'])).stdout))).join('\n');
    const shown = [...texts.matchAll(/quarry show ([\w-]+\/[\w-]+|[a-z]+-[0-9a-f]{8})/g)].map((m) => m[1]!);
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown) expect((await runCli(['show', id, '--format', 'json'])).code).toBe(0);
  });

  it('quarry help NAME for no such command says so in one line and exits 2; an empty --by is a usage error', async () => {
    const r = await runCli(['help', 'nosuch']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("quarry: help: unknown command 'nosuch' (quarry help lists the commands)\n");
    expect((await runCli(['help', 'stats'])).stdout).toMatch(/^Usage: quarry stats/);
    const by = await runCli(['stats', '--by', '']);
    expect(by.code).toBe(2);
    expect(by.stderr).toBe('quarry: --by: needs a value\n');
  });

  it('quarry alone prints the help on stderr and exits 2', async () => {
    const r = (await runCli([]));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: quarry/);
  });
});
