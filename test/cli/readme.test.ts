/**
 * The README's examples, run against the shipped corpus, so that a change to
 * the parser or the ranking that changes what quarry prints also changes the
 * README (or fails here). A new user compares the README with their terminal:
 * a stale count looks like a broken install.
 *
 * - `console` blocks (README.md and docs/*.md): each `$ quarry …` line is run
 *   and what it prints (stdout, then stderr, as a terminal shows both) must be
 *   the lines below it, up to the next `$ ` line. Tables are drawn at the
 *   block's own width: COLUMNS is the widest output line of the block.
 *   A pipe into `jq -c FILTER` is followed when FILTER is one of JQ below
 *   (written out in JavaScript); any other pipe, redirect or program fails the
 *   test until it is made runnable or listed in SKIP with a reason.
 * - `sh` blocks of the README: every line that starts with `quarry ` is run
 *   (up to its first pipe or redirect) and must print something with exit 0
 *   and nothing on stderr: a reader pastes them.
 * - The README's record example is the record `show --format json` prints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/width.js';
import { ROOT, runCli } from '../helpers.js';

type Obj = Record<string, any>;

/** The jq filters the examples pipe into, as JavaScript: the value in, the lines `jq -c` prints out. */
const JQ: Record<string, (v: any) => unknown[]> = {
  '.[0].answer': (v) => [v[0].answer],
  '.[0].explain | {matched, of, terms: [.terms[] | "\\(.term): \\(.how | join("+"))"], base, proximity, figure: .figure.text, factor: .figure.factor, score}': (v) => {
    const e = v[0].explain;
    return [{ matched: e.matched, of: e.of, terms: e.terms.map((t: Obj) => `${t.term}: ${t.how.join('+')}`), base: e.base, proximity: e.proximity, figure: e.figure.text, factor: e.figure.factor, score: e.score }];
  },
};

/**
 * Blocks whose examples are not run, each with why: `block` is matched against
 * the block's text. Every entry must still match a block, so the list cannot
 * go stale.
 */
const SKIP: Array<{ block: RegExp; reason: string }> = [
  { block: /^export QUARRY_DB=.*\nquarry sync --corpus \.\/interviews/m, reason: '"A shared corpus": needs a PostgreSQL server (QUARRY_DB) and a corpus folder ./interviews' },
];

interface Block {
  file: string;
  lang: string;
  /** 1-based line of the block's first content line */
  line: number;
  lines: string[];
}

function blocks(file: string): Block[] {
  const text = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const out: Block[] = [];
  let open: Block | null = null;
  text.forEach((l, i) => {
    const fence = /^```(\S*)\s*$/.exec(l);
    if (fence && !open) open = { file, lang: fence[1]!, line: i + 2, lines: [] };
    else if (fence && open) {
      out.push(open);
      open = null;
    } else if (open) open.lines.push(l);
  });
  return out;
}

/** A shell command line split into words and the stages of its pipeline; quotes, backslashes and # comments as sh reads them. */
function shellWords(line: string): { stages: string[][]; redirect: boolean } {
  const stages: string[][] = [[]];
  let word: string | null = null;
  let redirect = false;
  const end = () => {
    if (word !== null) stages.at(-1)!.push(word);
    word = null;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'") {
      const j = line.indexOf("'", i + 1);
      if (j < 0) throw new Error(`unclosed ' in: ${line}`);
      word = (word ?? '') + line.slice(i + 1, j);
      i = j;
    } else if (c === '"') {
      let s = '';
      for (i++; i < line.length && line[i] !== '"'; i++) {
        if (line[i] === '\\' && /["\\$`]/.test(line[i + 1] ?? '')) i++;
        s += line[i];
      }
      if (i >= line.length) throw new Error(`unclosed " in: ${line}`);
      word = (word ?? '') + s;
    } else if (c === '\\') {
      word = (word ?? '') + (line[++i] ?? '');
    } else if (/\s/.test(c)) end();
    else if (c === '#' && word === null) break;
    else if (c === '|') {
      end();
      stages.push([]);
    } else if (c === '>' || c === '<' || c === ';' || c === '&' || c === '$' || c === '`') {
      if (c === '>') redirect = true;
      else throw new Error(`'${c}' is not supported by this test: ${line}`);
      end();
      break;
    } else word = (word ?? '') + c;
  }
  end();
  return { stages, redirect };
}

interface Example {
  where: string;
  command: string;
  /** the words after `quarry` */
  args: string[];
  /** jq filters the output goes through */
  jq: string[];
  expected: string[];
}

/** The `$ quarry …` commands of a console block with the lines each prints. */
function consoleExamples(b: Block): Example[] {
  const out: Example[] = [];
  let i = 0;
  while (i < b.lines.length) {
    const first = b.lines[i]!;
    if (!first.startsWith('$ ')) throw new Error(`${b.file}:${b.line + i}: a console block's output must follow a '$ ' command line`);
    let command = first.slice(2);
    const where = `${b.file}:${b.line + i}`;
    while (command.endsWith('\\')) command = `${command.slice(0, -1)} ${b.lines[++i]!.trim()}`;
    i++;
    const expected: string[] = [];
    while (i < b.lines.length && !b.lines[i]!.startsWith('$ ')) expected.push(b.lines[i++]!);
    while (expected.length && expected.at(-1) === '') expected.pop();
    const { stages, redirect } = shellWords(command);
    if (redirect) throw new Error(`${where}: a redirect prints nothing to compare: ${command}`);
    const [cmd, ...pipes] = stages;
    if (cmd![0] !== 'quarry') throw new Error(`${where}: not a quarry command: ${command}`);
    const jq = pipes.map((p) => {
      if (p[0] !== 'jq' || p[1] !== '-c' || p.length !== 3 || !(p[2]! in JQ)) throw new Error(`${where}: pipe '${p.join(' ')}' is not one this test follows (add its filter to JQ, or the example to SKIP with a reason)`);
      return p[2]!;
    });
    out.push({ where, command, args: cmd!.slice(1), jq, expected });
  }
  return out;
}

const skipped = new Set<number>();
function skipReason(b: Block): string | null {
  const i = SKIP.findIndex((s) => s.block.test(b.lines.join('\n')));
  if (i < 0) return null;
  skipped.add(i);
  return SKIP[i]!.reason;
}

const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const consoleBlocks = DOCS.flatMap(blocks).filter((b) => b.lang === 'console');
const readmeSh = blocks('README.md').filter((b) => b.lang === 'sh');

const trimLines = (s: string) => s.split('\n').map((l) => l.trimEnd());

describe('the console examples print what the docs show', () => {
  it('finds the examples (the extraction is not vacuous)', () => {
    const examples = consoleBlocks.filter((b) => skipReason(b) === null).flatMap(consoleExamples);
    expect(examples.length).toBeGreaterThanOrEqual(9);
    expect(examples.map((e) => e.args[0])).toEqual(expect.arrayContaining(['check', 'search', 'list', 'show', 'stats', 'conflicts', 'kwic']));
  });

  for (const block of consoleBlocks) {
    const reason = skipReason(block);
    if (reason !== null) {
      it.skip(`${block.file}:${block.line}: not run: ${reason}`, () => {});
      continue;
    }
    const examples = consoleExamples(block);
    // the block's own width: the widest line a command printed (command lines are the reader's, not quarry's)
    const columns = Math.max(...examples.flatMap((e) => e.expected.map(displayWidth)));
    for (const ex of examples) {
      it(`${ex.where}: $ ${ex.command}`, async () => {
        const r = await runCli(ex.args, { env: { COLUMNS: String(columns) } });
        let printed = r.stdout + r.stderr;
        for (const filter of ex.jq) printed = JQ[filter]!(JSON.parse(r.stdout)).map((v) => `${JSON.stringify(v)}\n`).join('');
        // an error example shows the error line (exit 2); any other prints to stdout alone and exits 0
        if (ex.expected[0]?.startsWith('quarry: ')) expect(r.code).toBe(2);
        else {
          expect(r.stderr).toBe('');
          expect(r.code).toBe(0);
        }
        // - lines are the docs', + lines what quarry prints now: paste the + lines into the block
        expect(trimLines(printed.replace(/\n+$/, '')), `${ex.where} is stale`).toEqual(ex.expected.map((l) => l.trimEnd()));
      });
    }
  }
});

describe("the README's sh examples run on the shipped corpus", () => {
  const commands = readmeSh.flatMap((b) => {
    const reason = skipReason(b);
    return b.lines.flatMap((l, i) => (/^quarry /.test(l) ? [{ where: `README.md:${b.line + i}`, line: l, reason }] : []));
  });

  it('finds them', () => {
    expect(commands.length).toBeGreaterThanOrEqual(10);
  });

  for (const c of commands) {
    const command = c.line.replace(/\s+#.*$/, '').trim();
    it.skipIf(c.reason !== null)(`${c.where}: ${command}${c.reason === null ? '' : ` (not run: ${c.reason})`}`, async () => {
      const [args] = shellWords(command).stages;
      const r = await runCli(args!.slice(1));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).not.toBe('');
    });
  }
});

describe("the README's record example", () => {
  it('is the record as quarry prints it, every field in order', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const m = /A record, as `--format json` prints it:\n\n```json\n([\s\S]*?)\n```/.exec(readme);
    expect(m).not.toBeNull();
    const example = JSON.parse(m![1]!) as Obj;
    const r = await runCli(['show', example.id, '--format', 'json']);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout).record as Obj;
    expect(Object.keys(example)).toEqual(Object.keys(record));
    expect(example).toEqual(record);
  });
});

describe('SKIP', () => {
  it('has no entry that matches no example', () => {
    for (const b of [...consoleBlocks, ...readmeSh]) skipReason(b);
    expect(SKIP.filter((_, i) => !skipped.has(i)).map((s) => s.reason)).toEqual([]);
  });
});
