/**
 * Files of the corpus folder quarry does not read because of their type are said, once per
 * run, in one notice; files skipped on purpose (hidden, backups, node_modules, ignored,
 * quarry's own speakers.yml) stay silent. The notice informs: `check --strict` passes.
 */
import { describe, expect, it } from 'vitest';
import { listCorpusFiles } from '../../src/corpus/files.js';
import { loadCorpus } from '../../src/load/load.js';
import { runCli, tempCorpus } from '../helpers.js';

const DOC = 'The fund closed in 2022.\n';

describe('files quarry does not read', () => {
  it('are named in one notice on the folder, by path; files skipped on purpose are not', () => {
    const dir = tempCorpus({
      'a.txt': DOC,
      'slides.pdf': '%PDF-1.4\n',
      'photo.jpg': 'x',
      'sub/notes.docx': 'x',
      'speakers.yml': '- name: Yi He\n',
      '.hidden.pdf': 'x',
      'old.txt.bak': 'x',
      'draft.txt~': 'x',
      'node_modules/pkg/readme.pdf': 'x',
      'logs/run.log': 'x',
      '.quarryignore': 'logs/\n',
    });
    const { files, problems } = listCorpusFiles(dir, ['.txt']);
    expect(files.map((f) => f.name)).toEqual(['a.txt']);
    expect(problems).toEqual([
      { file: '.', severity: 'warning', message: 'skipped 3 files quarry does not read: photo.jpg, slides.pdf, sub/notes.docx (PDF and office documents must be exported to text first)' },
    ]);
    // --no-ignore reads what the ignore files exclude: then it is said too
    expect(listCorpusFiles(dir, ['.txt'], { ignoreFiles: false }).problems[0]!.message).toMatch(/^skipped 4 files .*logs\/run\.log/);
  });

  it('names five, then how many more; without a PDF or office file, no export hint', () => {
    const many: Record<string, string> = { 'a.txt': DOC };
    for (let i = 1; i <= 8; i++) many[`img${i}.png`] = 'x';
    const { problems } = listCorpusFiles(tempCorpus(many), ['.txt']);
    expect(problems.map((p) => p.message)).toEqual(['skipped 8 files quarry does not read: img1.png, img2.png, img3.png, img4.png, img5.png and 3 more']);
    expect(listCorpusFiles(tempCorpus({ 'a.txt': DOC, 'b.txt': DOC }), ['.txt']).problems).toEqual([]);
  });

  it('check says it (text on stderr, JSON in problems) and --strict still passes', async () => {
    const dir = tempCorpus({ 'a.txt': DOC, 'slides.pdf': 'x', 'photo.jpg': 'x' });
    const notice = 'skipped 2 files quarry does not read: photo.jpg, slides.pdf (PDF and office documents must be exported to text first)';
    const text = await runCli(['check', '--strict', '--corpus', dir]);
    expect(text.code).toBe(0);
    expect(text.stderr.split('\n').filter((l) => l.includes('skipped'))).toEqual([`${dir}: warning: ${notice}`]);
    const json = await runCli(['check', '--strict', '--corpus', dir, '--format', 'json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { ok: boolean; problems: unknown[] };
    expect(report.ok).toBe(true);
    expect(report.problems).toContainEqual({ file: '.', line: null, severity: 'warning', message: notice });
    // a real warning still fails --strict beside it
    const bad = tempCorpus({ 'a.txt': '---\ntitle: A\ndate: 03/04/2021\n---\n' + DOC, 'photo.jpg': 'x' });
    expect((await runCli(['check', '--strict', '--corpus', bad])).code).toBe(1);
  });

  it('docs says it once on stderr (stdout stays JSON); search and list say nothing', async () => {
    const dir = tempCorpus({ 'a.txt': DOC, 'photo.jpg': 'x' });
    const docs = await runCli(['--corpus', dir, 'docs', '--format', 'json']);
    expect(docs.code).toBe(0);
    expect(JSON.parse(docs.stdout)).toHaveLength(1);
    expect(docs.stderr).toBe('quarry: skipped 1 file quarry does not read: photo.jpg\n');
    for (const args of [['search', 'fund'], ['list']]) {
      const r = await runCli(['--corpus', dir, ...args, '--format', 'json']);
      expect(r.code, args[0]).toBe(0);
      expect(r.stderr, args[0]).toBe('');
    }
  });

  it('the loader carries the notice in the corpus problems', () => {
    const c = loadCorpus(tempCorpus({ 'a.txt': DOC, 'notes.pages': 'x' }));
    expect(c.problems.filter((p) => p.file === '.').map((p) => p.message)).toEqual(['skipped 1 file quarry does not read: notes.pages (PDF and office documents must be exported to text first)']);
  });
});

describe('a name opening with "#"', () => {
  it('is a file of its own (irssi\'s "#channel.log"); only "#x#" is an autosave; a .log is read when it is a chat\'s, else named', () => {
    const dir = tempCorpus({
      'a.txt': DOC,
      '#ops.log': '--- Log opened Tue Jun 06 09:00:01 2023\n09:14 < ana> hi\n09:15 < tom> hello\n',
      'server.log': '2024-01-02 10:00:01 INFO started\n2024-01-02 10:00:02 WARN disk\n',
      '#draft.txt#': DOC,
      '#notes.txt': DOC,
    });
    const { files, problems } = listCorpusFiles(dir, ['.txt', '.log']);
    expect(files.map((f) => f.name)).toEqual(['#notes.txt', '#ops.log', 'a.txt']);
    expect(problems).toEqual([{ file: '.', severity: 'warning', message: 'skipped 1 file quarry does not read: server.log (a .log file is read when it is a chat or IRC log)' }]);
  });
});
