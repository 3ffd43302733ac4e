/**
 * The CLI over a corpus tree: ids as paths in docs, check and show; --doc by
 * folder and glob; ignore files and --no-ignore; check FILE… and check -;
 * show's source lines decoded from UTF-16 and Windows-1252. Run in process
 * through main() with its streams replaced.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { tempCorpus } from '../helpers.js';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function quarry(args: string[], opts: { cwd?: string; stdin?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<Result> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const code = await main(['node', 'quarry', ...args], {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    env: { QUARRY_CACHE_DIR: mkdtempSync(join(tmpdir(), 'quarry-tree-cache-')), COLUMNS: '200', ...opts.env },
    cwd: opts.cwd ?? process.cwd(),
    stdin: Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]),
  });
  return { code, stdout: out, stderr: err };
}

const DOC = (title: string, who = 'Ann Lee') =>
  `---\ntitle: ${title}\nspeakers: [${who}]\nhost: Bo\n---\n` +
  'Host: What do you do all day at the exchange?\n' +
  `${who}: I run the listings team and read every application myself.\n` +
  'Host: Why does that matter so much?\n' +
  `${who}: Because one bad listing costs users more than a hundred good ones earn.\n`;

function tree(): string {
  return tempCorpus({
    'speakers.yml': 'Ann Lee:\n  aliases: [Ann]\n',
    'top.md': DOC('Top'),
    '2021/cnn/ftx-arrest.md': DOC('FTX arrest'),
    '2021/cnn/ftx-trial.md': DOC('FTX trial'),
    '2024/podcasts/ep-1.txt': DOC('Episode 1'),
    'drafts/wip.md': DOC('WIP'),
    '.quarryignore': 'drafts/\n',
  });
}

describe('a nested corpus in the CLI', () => {
  it('docs and check show every document by its path', async () => {
    const dir = tree();
    const docs = await quarry(['docs', '--corpus', dir, '--format', 'json']);
    expect(docs.code).toBe(0);
    expect((JSON.parse(docs.stdout) as { id: string; file: string }[]).map((d) => [d.id, d.file])).toEqual([
      ['2021/cnn/ftx-arrest', '2021/cnn/ftx-arrest.md'],
      ['2021/cnn/ftx-trial', '2021/cnn/ftx-trial.md'],
      ['2024/podcasts/ep-1', '2024/podcasts/ep-1.txt'],
      ['top', 'top.md'],
    ]);
    const check = await quarry(['check', '--corpus', dir]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/│ ok │ 2024\/podcasts\/ep-1 +│ transcript │/);
    expect(check.stdout).toMatch(/^4 documents, 4 parsed/m);
  });

  it('--doc takes a folder or a glob; show and related take nested ids', async () => {
    const dir = tree();
    const list = async (doc: string) =>
      [...new Set((JSON.parse((await quarry(['list', '--corpus', dir, '--doc', doc, '--format', 'json'])).stdout) as { doc: string }[]).map((r) => r.doc))];
    expect(await list('2021/')).toEqual(['2021/cnn/ftx-arrest', '2021/cnn/ftx-trial']);
    expect(await list('**/ftx-t*')).toEqual(['2021/cnn/ftx-trial']);
    expect(await list('2024')).toEqual(['2024/podcasts/ep-1']);
    const records = JSON.parse((await quarry(['list', '--corpus', dir, '--doc', '2021/cnn/ftx-arrest', '--format', 'json'])).stdout) as { id: string }[];
    const id = records[0]!.id;
    expect(id).toMatch(/^2021\/cnn\/ftx-arrest\/qa-[0-9a-f]{8}$/);
    const show = await quarry(['show', '--corpus', dir, id, '--format', 'json']);
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({ record: { id, doc: '2021/cnn/ftx-arrest' }, citation: { file: '2021/cnn/ftx-arrest.md' } });
    // the part after the last slash is enough when it is unique in the corpus
    const local = id.slice(id.lastIndexOf('/') + 1);
    const byLocal = await quarry(['show', '--corpus', dir, local, '--format', 'json']);
    // the same text is in every document: the local id names several records, and says which
    expect(byLocal.code).toBe(2);
    expect(byLocal.stderr).toContain(id);
  });

  it('shell completion offers the folders for --doc, each before its documents', async () => {
    const r = await quarry(['completion', '--values', 'doc', '--corpus', tree()]);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(['2021/', '2021/cnn/', '2021/cnn/ftx-arrest', '2021/cnn/ftx-trial', '2024/', '2024/podcasts/', '2024/podcasts/ep-1', 'top']);
  });

  it('ignore files exclude, --no-ignore reads everything', async () => {
    const dir = tree();
    writeFileSync(join(dir, '.gitignore'), '2024/\n');
    const ids = async (args: string[]) => (JSON.parse((await quarry([...args, 'docs', '--corpus', dir, '--format', 'json'])).stdout) as { id: string }[]).map((d) => d.id);
    expect(await ids([])).toEqual(['2021/cnn/ftx-arrest', '2021/cnn/ftx-trial', 'top']);
    expect(await ids(['--no-ignore'])).toEqual(['2021/cnn/ftx-arrest', '2021/cnn/ftx-trial', '2024/podcasts/ep-1', 'drafts/wip', 'top']);
    expect(await ids([])).toEqual(['2021/cnn/ftx-arrest', '2021/cnn/ftx-trial', 'top']);
  });
});

describe('quarry check FILE… and check -', () => {
  it('checks one file against the corpus it belongs to (its speakers.yml), with check\'s exit codes', async () => {
    const dir = tree();
    writeFileSync(join(dir, '2024/new.txt'), DOC('New', 'Ann'));
    writeFileSync(join(dir, 'top.md'), '---\ntitle: [broken\n---\n'); // not named: not checked
    // run from the folder above the corpus, naming the file by a relative path
    const ok = await quarry(['check', 'new.txt', '--format', 'json'], { cwd: join(dir, '2024') });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const report = JSON.parse(ok.stdout) as { documents: { id: string; file: string }[] };
    expect(report.documents.map((d) => [d.id, d.file])).toEqual([['2024/new', '2024/new.txt']]);
    // 'Ann' is an alias in the corpus's speakers.yml: no warning. Outside the corpus it warns.
    const loose = tempCorpus({ 'new.txt': DOC('New', 'Ann').replace('speakers: [Ann]\n', '') });
    const alone = await quarry(['check', join(loose, 'new.txt')]);
    expect(alone.code).toBe(0);
    expect(alone.stderr).toMatch(/new\.txt:6: warning: speaker label 'Ann' matches no known speaker \(2 turns;/);
    expect((await quarry(['check', join(loose, 'new.txt'), '--strict'])).code).toBe(1);
  });

  it('a broken named file exits 1 naming it; a missing one or a folder exits 2', async () => {
    const dir = tree();
    writeFileSync(join(dir, '2024/bad.md'), '---\ntitle: [broken\n---\n');
    const bad = await quarry(['check', join(dir, '2024/bad.md'), join(dir, 'top.md')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`^${join(dir, '2024/bad.md').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: error: `));
    expect(bad.stdout).toMatch(/^2 documents, 1 parsed/m);
    const missing = await quarry(['check', join(dir, 'nope.md')]);
    expect([missing.code, missing.stderr]).toEqual([2, `quarry: check: no such file: ${join(dir, 'nope.md')}\n`]);
    const folder = await quarry(['check', join(dir, '2021')]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/is a folder/);
    const twoCorpora = await quarry(['check', join(dir, 'top.md'), join(tempCorpus({ 'x.md': DOC('X') }), 'x.md')]);
    expect(twoCorpora.code).toBe(2);
    expect(twoCorpora.stderr).toMatch(/belong to different corpora/);
  });

  it('- reads one document from stdin, against the --corpus speakers.yml', async () => {
    const dir = tree();
    const good = await quarry(['check', '-', '--corpus', dir, '--format', 'json'], { stdin: DOC('Piped', 'Ann') });
    expect(good.code).toBe(0);
    expect(good.stderr).toBe('');
    expect((JSON.parse(good.stdout) as { documents: { id: string }[] }).documents.map((d) => d.id)).toEqual(['stdin']);
    const bad = await quarry(['check', '-', '--corpus', dir], { stdin: '---\ntitle: T\n---\n\n' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('<stdin>:4: error: no records found: nothing after the front matter\n');
    // UTF-16 from a Windows tool, piped
    expect((await quarry(['check', '-', '--corpus', dir], { stdin: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DOC('Piped'), 'utf16le')]) })).code).toBe(0);
  });
});

describe('check - with --corpus', () => {
  // The shipped interview needs its corpus's speakers.yml for one of its quotes ("Yi" is He Yi's
  // alias): piped from a folder outside that corpus, it was checked against no registry at all.
  it('reads stdin as a document of the named corpus, whatever the working folder', async () => {
    const corpus = join(process.cwd(), 'corpus');
    const file = join(corpus, 'techflow-he-yi-2025.txt');
    const records = (r: Result) => (JSON.parse(r.stdout) as { documents: { records: unknown; unattributed: unknown }[] }).documents.map((d) => [d.records, d.unattributed]);
    const asFile = await quarry(['check', file, '--corpus', corpus, '--format', 'json']);
    const piped = await quarry(['check', '-', '--corpus', corpus, '--format', 'json'], { cwd: tmpdir(), stdin: readFileSync(file) });
    expect(asFile.code).toBe(0);
    expect(piped.code).toBe(0);
    expect(records(piped)).toEqual(records(asFile));
  });
});

describe('show prints the source lines decoded', () => {
  it('from UTF-16 and Windows-1252 files, at the right lines', async () => {
    const text = DOC('Café').replace('read every application myself', 'read every “application” myself');
    const cp1252 = Buffer.from([...text].map((c) => ({ '“': 0x93, '”': 0x94 })[c] ?? c.charCodeAt(0)));
    const dir = tempCorpus({ 'wide.md': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'win.md': cp1252 });
    const check = await quarry(['check', '--corpus', dir]);
    expect(check.code).toBe(0);
    expect(check.stderr).toBe(`${join(dir, 'win.md')}:2: warning: not valid UTF-8: read as Windows-1252 (save the file as UTF-8 to be sure)\n`);
    for (const doc of ['wide', 'win']) {
      const [first] = JSON.parse((await quarry(['list', '--corpus', dir, '--doc', doc, '--format', 'json'])).stdout) as { id: string; line: number; text: string }[];
      expect(first!.line).toBe(6);
      expect(first!.text).toBe('I run the listings team and read every “application” myself.');
      const show = await quarry(['show', '--corpus', dir, first!.id, '--format', 'json']);
      const context = (JSON.parse(show.stdout) as { context: { line: number; text: string }[] }).context;
      expect(context.find((l) => l.line === 7)?.text).toBe('Ann Lee: I run the listings team and read every “application” myself.');
    }
  });
});
