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
});
