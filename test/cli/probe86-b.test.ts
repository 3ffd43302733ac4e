/**
 * probe86-b: a new analyst on a messy folder of their own. A load problem's hint names the
 * --corpus they typed (a bare `quarry check` checks another corpus, which may well parse), and
 * `quarry check` run in their folder without naming it says it checked the shipped corpus.
 * In-process (runCli): no spawns.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempCorpus } from '../helpers.js';

const GOOD = '---\ntitle: Fine\nspeakers: [Ann Lee]\nhost: Bo\n---\nHost: What do you do all day at the depot?\nAnn Lee: I run the dispatch team and plan every route myself.\n';

describe('probe86-b: hints and notes that name the corpus', () => {
  it("a failed document's hint repeats the --corpus typed, quoted for the shell when it holds a space", async () => {
    const root = tempCorpus({ 'my notes/good.md': GOOD, 'my notes/empty.txt': '', 'plain/good.md': GOOD, 'plain/empty.txt': '' });
    const spaced = await runCli(['list', '--corpus', 'my notes', '--format', 'json'], { cwd: root });
    expect(spaced.code).toBe(0);
    expect(JSON.parse(spaced.stdout)).toHaveLength(1);
    expect(spaced.stderr).toBe(`quarry: 1 document could not be loaded (empty.txt); run 'quarry check --corpus "my notes"' for details\n`);
    const plain = await runCli(['search', 'dispatch', '--corpus', 'plain', '--format', 'ndjson'], { cwd: root });
    expect(plain.code).toBe(0);
    expect(plain.stderr).toBe(`quarry: 1 document could not be loaded (empty.txt); run 'quarry check --corpus plain' for details\n`);
    // the hint is a command that does give the details
    const check = await runCli(['check', '--corpus', 'my notes'], { cwd: root });
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/empty\.txt: error: empty file/);
  });

  it('check with no corpus named, run outside the package, says it checked the shipped corpus; inside it it does not', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'quarry-probe86b-'));
    mkdirSync(join(elsewhere, 'notes'));
    const outside = await runCli(['check', '--format', 'json'], { cwd: elsewhere });
    expect(outside.code).toBe(0);
    expect(JSON.parse(outside.stdout).ok).toBe(true);
    expect(outside.stderr).toBe(`quarry: checked the shipped corpus (${join(ROOT, 'corpus')}), not this folder: name yours with --corpus DIR or QUARRY_CORPUS\n`);
    const inside = await runCli(['check', '--format', 'json'], { cwd: ROOT });
    expect(inside.stderr).toBe('');
  });

  it('a file name holding a line break stays on one line in every stderr message: check, the load notice, usage errors', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'new\nline.md': '---\ntitle: [unclosed\n---\nSome text that is long enough to be a sentence.\n', 'notes\nplain.txt': 'A note the analyst typed about the depot.\n' });
    const check = await runCli(['check', '--corpus', dir]);
    expect(check.code).toBe(1);
    const lines = check.stderr.trimEnd().split('\n');
    // two problems (the broken front matter, the notes' inferred title), one line each
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\/.*\/new\\x0aline\.md:\d+: error: invalid YAML in front matter: /);
    expect(lines[1]).toMatch(/^\/.*\/notes\\x0aplain\.txt: warning: no front matter: inferred title 'notes\\x0aplain' from the file name/);
    const list = await runCli(['list', '--corpus', dir, '--format', 'ndjson']);
    expect(list.code).toBe(0);
    expect(list.stderr).toBe(`quarry: 1 document could not be loaded (new\\x0aline.md); run 'quarry check --corpus ${dir}' for details\n`);
    const usage = await runCli(['list', '--corpus', dir, '--doc', 'a\nb']);
    expect(usage.code).toBe(2);
    expect(usage.stderr.split('\n').at(-2)).toMatch(/^quarry: --doc: no document 'a\\x0ab'/);
    expect(usage.stderr.split('\n')).toHaveLength(3); // the load notice and the usage error, one line each
  });

  it("the global help's format line does not promise check ndjson or csv: it names check's own formats", async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/json, ndjson, csv;\ncheck takes table, json and github/);
  });
});
