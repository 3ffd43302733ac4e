/**
 * A corpus is a folder tree: ids are paths, hidden folders, node_modules and
 * the cache are never read, ignore files exclude, links out of the tree warn
 * and link loops cannot hang the walk.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFileAt, corpusRootOf, listCorpusFiles } from '../../src/corpus/files.js';
import { loadCorpus } from '../../src/load/load.js';
import { interviewDoc, tempCorpus } from '../helpers.js';

const DOC = interviewDoc;

const ids = (dir: string, opts = {}) => listCorpusFiles(dir, undefined, opts).files.map((f) => f.id);

describe('a corpus folder tree', () => {
  it('loads every document of a three-level tree, with ids as paths', () => {
    const dir = tempCorpus({
      'top.md': DOC('Top'),
      '2021/cnn/ftx-arrest.txt': DOC('FTX'),
      '2021/cnn/deep/er/still.md': DOC('Deep'),
      '2024/podcasts/ep-1.md': DOC('Ep 1'),
    });
    const corpus = loadCorpus(dir);
    expect(corpus.problems).toEqual([]);
    expect(corpus.documents.map((d) => [d.id, d.file])).toEqual([
      ['2021/cnn/deep/er/still', '2021/cnn/deep/er/still.md'],
      ['2021/cnn/ftx-arrest', '2021/cnn/ftx-arrest.txt'],
      ['2024/podcasts/ep-1', '2024/podcasts/ep-1.md'],
      ['top', 'top.md'],
    ]);
    // record ids are doc/type-hash, the doc part holding the folders
    const r = corpus.records.find((x) => x.doc === '2021/cnn/ftx-arrest')!;
    expect(r.id).toMatch(/^2021\/cnn\/ftx-arrest\/qa-[0-9a-f]{8}$/);
  });

  it('ids stay the same as the tree grows', () => {
    const dir = tempCorpus({ '2021/a.md': DOC('A'), 'b.md': DOC('B') });
    const before = loadCorpus(dir).records.map((r) => r.id);
    mkdirSync(join(dir, '2020'));
    writeFileSync(join(dir, '2020/new.md'), DOC('New'));
    writeFileSync(join(dir, '2021/aa.md'), DOC('AA'));
    const after = loadCorpus(dir).records.map((r) => r.id);
    for (const id of before) expect(after).toContain(id);
    expect(after.length).toBe(before.length + 4);
  });

  it('two documents that differ only in extension both load: each keeps its extension in its id, whatever the order', () => {
    const caption = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann Lee>We opened the ferry line in 2015.\n';
    const dir = tempCorpus({
      'talk.md': DOC('Talk'),
      'talk.txt': 'The ferry stopped in 2015 after a storm flooded the pier.\n',
      'shows/ep1.vtt': caption,
      'shows/ep1.txt': 'Show notes: the pier reopened in spring.\n',
      'alone.md': DOC('Alone'),
      // the id 'talk.md' would meet talk.md's own: it keeps its whole name too
      'talk.md.txt': 'A third file about the same pier.\n',
    });
    // only documents collide: where .vtt is no document extension, ep1.txt is 'shows/ep1'
    expect(ids(dir)).toEqual(['alone', 'shows/ep1', 'talk.md', 'talk.md.txt', 'talk.txt']);
    const { files } = listCorpusFiles(dir, ['.md', '.txt', '.vtt']);
    expect(files.map((f) => [f.name, f.id])).toEqual([
      ['alone.md', 'alone'],
      ['shows/ep1.txt', 'shows/ep1.txt'],
      ['shows/ep1.vtt', 'shows/ep1.vtt'],
      ['talk.md', 'talk.md'],
      ['talk.md.txt', 'talk.md.txt'],
      ['talk.txt', 'talk.txt'],
    ]);
    const corpus = loadCorpus(dir);
    expect(corpus.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(corpus.documents.map((d) => d.id)).toEqual(['alone', 'shows/ep1.txt', 'shows/ep1.vtt', 'talk.md', 'talk.md.txt', 'talk.txt']);
    // every document's words are found in its own records
    expect(corpus.records.some((r) => r.doc === 'talk.txt' && /flooded the pier/.test(r.text))).toBe(true);
    expect(corpus.records.some((r) => r.doc === 'shows/ep1.vtt' && /ferry line/.test(r.text))).toBe(true);
    expect(corpus.records.some((r) => r.id.startsWith('talk.md/'))).toBe(true);
    // check FILE gives the same id as the corpus listing
    expect(corpusFileAt(dir, join(dir, 'shows/ep1.vtt'), ['.md', '.txt', '.vtt']).id).toBe('shows/ep1.vtt');
    expect(corpusFileAt(dir, join(dir, 'alone.md'), ['.md', '.txt', '.vtt']).id).toBe('alone');
  });

  it('never reads hidden folders, node_modules or the cache folder', () => {
    const dir = tempCorpus({
      'a.md': DOC('A'),
      '.git/x.md': DOC('git'),
      '.obsidian/y.md': DOC('hidden'),
      'node_modules/pkg/README.md': DOC('pkg'),
      'sub/node_modules/z.md': DOC('pkg'),
      'cache/notes.md': DOC('in the cache folder'),
    });
    expect(ids(dir, { exclude: [join(dir, 'cache')] })).toEqual(['a']);
    expect(ids(dir)).toEqual(['a', 'cache/notes']);
  });

  it('links to files in the tree are read; links out of it warn; folder links are not followed and loops end', () => {
    const outside = tempCorpus({ 'elsewhere.md': DOC('Elsewhere'), 'dir/inner.md': DOC('Inner') });
    const dir = tempCorpus({ 'a/doc.md': DOC('A') });
    symlinkSync(join(dir, 'a/doc.md'), join(dir, 'alias.md'));
    symlinkSync(join(outside, 'elsewhere.md'), join(dir, 'out.md'));
    symlinkSync(join(outside, 'dir'), join(dir, 'outdir'));
    symlinkSync(dir, join(dir, 'a/loop')); // a folder link back to the root
    symlinkSync('self.md', join(dir, 'self.md')); // a link to itself
    const listing = listCorpusFiles(dir);
    expect(listing.files.map((f) => f.id)).toEqual(['a/doc', 'alias']);
    expect(listing.problems).toEqual([
      { file: 'out.md', severity: 'warning', message: expect.stringMatching(/^skipped: link leads outside the corpus folder/) },
      { file: 'outdir', severity: 'warning', message: expect.stringMatching(/^skipped: link leads outside the corpus folder/) },
      { file: 'self.md', severity: 'warning', message: 'skipped: link cannot be followed (it loops)' },
    ]);
  });
});

describe('ignore files', () => {
  const tree = {
    'keep.md': DOC('Keep'),
    'drafts/wip.md': DOC('WIP'),
    'notes/private.md': DOC('Private'),
    'notes/public.md': DOC('Public'),
    '2024/x.md': DOC('X'),
    '2024/x.bak.md': DOC('X backup'),
  };

  it('.quarryignore and .gitignore at the root exclude, in gitignore syntax', () => {
    const dir = tempCorpus({ ...tree, '.quarryignore': 'drafts/\n*.bak.md\n', '.gitignore': 'notes/*\n!notes/public.md\n' });
    expect(ids(dir)).toEqual(['2024/x', 'keep', 'notes/public']);
  });

  it('a .gitignore in a subfolder applies under it, and can re-include', () => {
    const dir = tempCorpus({ ...tree, '.gitignore': '*.bak.md\nprivate.md\n', 'notes/.gitignore': '!private.md\n', '2024/.gitignore': 'x.md\n' });
    expect(ids(dir)).toEqual(['drafts/wip', 'keep', 'notes/private', 'notes/public']);
  });

  it('ignoreFiles: false (--no-ignore) reads them all', () => {
    const dir = tempCorpus({ ...tree, '.quarryignore': '*\n' });
    expect(ids(dir)).toEqual([]);
    expect(ids(dir, { ignoreFiles: false })).toEqual(['2024/x.bak', '2024/x', 'drafts/wip', 'keep', 'notes/private', 'notes/public']);
  });
});

describe('the corpus a named file belongs to', () => {
  it('the --corpus folder when it holds the file; else the nearest folder with speakers.yml or .quarryignore; else its own', () => {
    const dir = tempCorpus({ 'corpus/speakers.yml': 'Ann Lee: [Ann]\n', 'corpus/2024/new.txt': DOC('New'), 'loose/one.md': DOC('One') });
    const file = join(dir, 'corpus/2024/new.txt');
    expect(corpusRootOf(file)).toBe(join(dir, 'corpus'));
    expect(corpusRootOf(file, join(dir, 'corpus/2024'))).toBe(join(dir, 'corpus/2024'));
    expect(corpusRootOf(file, join(dir, 'loose'))).toBe(join(dir, 'corpus'));
    expect(corpusRootOf(join(dir, 'loose/one.md'))).toBe(join(dir, 'loose'));
    expect(corpusFileAt(join(dir, 'corpus'), file)).toEqual({ id: '2024/new', name: '2024/new.txt', path: file });
  });
});
