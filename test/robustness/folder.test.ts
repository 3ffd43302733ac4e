/**
 * The corpus folder itself: missing, empty, not a folder, unreadable files,
 * links (loops, links out of the folder), hidden files and editor backups;
 * and loading never writes to it.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusFolderError, documentKinds, loadCorpus } from '../../src/load/load.js';
import { ROOT, runCli, tempCorpus, type CliResult } from '../helpers.js';
import { expectClean, expectGoodListed, expectRefused, GOOD, listJson, runCliWithin, snapshot, STACK } from './helpers.js';

/** Whether this process can read a file whose mode is 000 (root, or CAP_DAC_OVERRIDE): then permissions deny nothing. */
function permissionsDenyNothing(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A copy of the built CLI that `nobody` can run: bin/, dist/, package.json and
 * the production packages, in a folder of the OS temp dir opened to everyone.
 * The clone itself may sit where `nobody` cannot enter (a mode-700 mktemp
 * folder, root's home), so the tests never run it from there. Null, with the
 * reason, when such a copy cannot be made.
 */
let nobodyCopy: { root: string; cache: string } | string | undefined;
function cliForNobody(): { root: string; cache: string } | string {
  if (nobodyCopy !== undefined) return nobodyCopy;
  try {
    const root = mkdtempSync(join(tmpdir(), 'quarry-nobody-'));
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(root, part), { recursive: true });
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    for (const [path, info] of Object.entries(lock.packages)) {
      if (path.startsWith('node_modules/') && !info.dev && !path.includes('/node_modules/', 'node_modules/'.length)) {
        cpSync(join(ROOT, path), join(root, path), { recursive: true });
      }
    }
    // every folder of the copy readable and enterable by all; mkdtemp made the top one 700
    spawnSync('chmod', ['-R', 'a+rX', root]);
    chmodSync(root, 0o755);
    const cache = mkdtempSync(join(tmpdir(), 'quarry-nobody-cache-'));
    chmodSync(cache, 0o777);
    nobodyCopy = { root, cache };
  } catch (err) {
    nobodyCopy = `no copy of the CLI for nobody: ${(err as Error).message}`;
  }
  return nobodyCopy;
}

/**
 * As root, mode 000 denies nothing; where setpriv exists, the CLI can still be
 * run as `nobody`, for whom it does. Null when that is not possible.
 */
function runAsNobody(args: string[]): CliResult | null {
  const cli = cliForNobody();
  if (typeof cli === 'string') return null;
  const res = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, join(cli.root, 'bin', 'quarry.js'), ...args], {
    cwd: cli.root,
    encoding: 'utf8',
    input: '',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', QUARRY_CACHE_DIR: cli.cache },
  });
  if (res.error || res.status === null) return null;
  // setpriv itself failing (no permission to switch user) is "not possible", not a quarry result
  if (/^setpriv: /m.test(res.stderr)) return null;
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('the corpus path', () => {
  it('a folder that does not exist: exit 2, one line', async () => {
    const dir = join(tempCorpus({}), 'nope');
    for (const cmd of ['check', 'list', 'docs']) {
      const r = (await runCli([cmd, '--corpus', dir]));
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`quarry: corpus folder not found: ${dir}\n`);
      expect(r.stdout).toBe('');
    }
    expect(() => loadCorpus(dir)).toThrow(CorpusFolderError);
  });

  it('a file instead of a folder: exit 2, one line', async () => {
    const file = join(tempCorpus({ 'good.md': GOOD }), 'good.md');
    for (const cmd of ['check', 'list', 'docs']) {
      const r = (await runCli([cmd, '--corpus', file]));
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`quarry: corpus path is not a folder: ${file}\n`);
    }
  });

  it('an empty folder: check exits 1 and says there are no documents; list prints an empty list', async () => {
    const dir = tempCorpus({});
    const r = (await runCli(['check', '--corpus', dir]));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${dir}: error: no documents in ${dir} (${documentKinds()})\n`);
    expect(documentKinds()).toMatch(/^a document is a \*\.adoc, .*\*\.csv, .*\*\.md, .*\*\.srt, .*\*\.txt, \*\.vtt or \*\.xml file$/);
    const l = (await listJson(dir));
    expect(l.code).toBe(1);
    expect(l.records).toEqual([]);
    expect((await runCli(['docs', '--corpus', dir])).code).toBe(1);
  });

  it('a folder of only other files (speakers.yml, a PDF, a hidden folder, node_modules) counts as empty', async () => {
    const dir = tempCorpus({ 'speakers.yml': 'Ann Lee: [Ann]\n', 'notes.pdf': '%PDF-1.4', '.sub/inner.md': GOOD, 'node_modules/x/inner.md': GOOD });
    const r = (await runCli(['check', '--corpus', dir]));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/: error: no documents in /);
  });

  it('an unreadable folder: exit 2', async (ctx) => {
    const dir = tempCorpus({ 'good.md': GOOD });
    chmodSync(dir, 0o000);
    try {
      let r: CliResult | null = (await runCli(['check', '--corpus', dir]));
      if (permissionsDenyNothing(dir)) {
        // Root reads everything: run as nobody instead, or skip.
        r = runAsNobody(['check', '--corpus', dir]);
        if (r === null) ctx.skip('running as root without setpriv: mode 000 denies nothing here');
      }
      expect(r!.code).toBe(2);
      expect(r!.stderr).toBe(`quarry: cannot read corpus folder ${dir}: permission denied\n`);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});

describe('files that cannot be read', () => {
  it('permission denied: named, the others still load', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'locked.md': GOOD.replace('Ann Lee:', 'Ann  Lee:') });
    const locked = join(dir, 'locked.md');
    chmodSync(dir, 0o755); // mkdtemp makes it 700: let `nobody` in, below
    chmodSync(locked, 0o000);
    try {
      if (!permissionsDenyNothing(locked)) {
        (await expectRefused(dir, 'locked.md', null, 'cannot read file: permission denied'));
        return;
      }
      // Root reads a mode-000 file: nothing may break, and the file simply loads.
      const r = (await runCli(['check', '--corpus', dir]));
      expect(r.stderr).not.toMatch(STACK);
      (await expectGoodListed(dir, ['locked']));
      // The permission-denied message, then, as nobody where setpriv allows it; else that assertion is skipped.
      const asNobody = runAsNobody(['check', '--corpus', dir]);
      if (asNobody === null) {
        console.info('folder.test: running as root without setpriv: mode 000 does not deny reading, so the permission-denied assertion is skipped');
        return;
      }
      expect(asNobody.code).toBe(1);
      expect(asNobody.stderr).toBe(`${locked}: error: cannot read file: permission denied\n`);
      expect(asNobody.stdout).toMatch(/\bok\s+│\s+good\s/);
      const list = runAsNobody(['list', '--corpus', dir, '--format', 'json'])!;
      expect((JSON.parse(list.stdout) as { doc: string }[]).map((x) => x.doc)).toEqual(['good', 'good']);
    } finally {
      chmodSync(locked, 0o644);
    }
  });

  it('a folder or a pipe named like a document is not a document, and is never opened', async () => {
    // (a folder is searched for documents: one named folder.md holding none adds none)
    const dir = tempCorpus({ 'good.md': GOOD, 'folder.md/inner.pdf': GOOD });
    // Reading a pipe with no writer blocks forever: the watchdog turns a hang into a failure.
    const fifo = spawnSync('mkfifo', [join(dir, 'pipe.md')]);
    if (fifo.status === 0) symlinkSync('pipe.md', join(dir, 'link-to-pipe.md'));
    const r = runCliWithin(15_000, ['check', '--corpus', dir]);
    expect(r.killed).toBe(false);
    // the PDF inside is said (a file quarry does not read); the pipe is no file, and is not
    expect(r.stderr).toBe(`${dir}: warning: skipped 1 file quarry does not read: folder.md/inner.pdf (PDF and office documents must be exported to text first)\n`);
    expect(r.code).toBe(0);
    (await expectGoodListed(dir));
  });
});

describe('links', () => {
  it('a loop of links does not hang: each link is named in a warning', async () => {
    const dir = tempCorpus({ 'good.md': GOOD });
    symlinkSync('loop-b.md', join(dir, 'loop-a.md'));
    symlinkSync('loop-a.md', join(dir, 'loop-b.md'));
    symlinkSync('self.md', join(dir, 'self.md'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up')); // a folder loop, for anything that walks folders
    symlinkSync('.', join(dir, 'here.md')); // a link named like a document, to the folder itself
    const r = runCliWithin(15_000, ['check', '--corpus', dir]);
    expect(r.killed).toBe(false);
    expect(r.code).toBe(0); // warnings only
    expect(r.stderr.split('\n').filter(Boolean).sort()).toEqual([
      `${join(dir, 'loop-a.md')}: warning: skipped: link cannot be followed (it loops)`,
      `${join(dir, 'loop-b.md')}: warning: skipped: link cannot be followed (it loops)`,
      `${join(dir, 'self.md')}: warning: skipped: link cannot be followed (it loops)`,
    ]);
    (await expectGoodListed(dir));
    expect((await runCli(['check', '--corpus', dir, '--strict'])).code).toBe(1);
  });

  it('a link out of the corpus folder is skipped with a warning naming it', async () => {
    const outside = tempCorpus({ 'secret.md': GOOD.replace('A small interview', 'Outside').replace(/Ann Lee/g, 'Cy Ng') });
    const dir = tempCorpus({ 'good.md': GOOD });
    symlinkSync(join(outside, 'secret.md'), join(dir, 'out.md'));
    symlinkSync(join('..', outside.split('/').pop()!, 'secret.md'), join(dir, 'relative-out.md'));
    const r = (await runCli(['check', '--corpus', dir]));
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${join(dir, 'out.md')}: warning: skipped: link leads outside the corpus folder \\(to .*secret\\.md\\)$`));
    expect(lines[1]).toMatch(new RegExp(`^${join(dir, 'relative-out.md')}: warning: skipped: link leads outside the corpus folder`));
    const recs = (await expectGoodListed(dir));
    expect(recs.some((x) => x.text.includes('Cy Ng'))).toBe(false);
    expect((await runCli(['check', '--corpus', dir, '--strict'])).code).toBe(1);
  });

  it('a dangling link is named; a link to a document inside the folder is read', async () => {
    const dir = tempCorpus({ 'good.md': GOOD });
    symlinkSync('missing.md', join(dir, 'dangling.md'));
    symlinkSync('good.md', join(dir, 'alias.md'));
    const r = (await runCli(['check', '--corpus', dir]));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`${join(dir, 'dangling.md')}: warning: skipped: link cannot be followed (its target does not exist)\n`);
    const recs = (await expectGoodListed(dir, ['alias']));
    expect(recs.filter((x) => x.doc === 'alias')).toHaveLength(2);
  });
});

describe('hidden files and editor backups', () => {
  it('are ignored silently, even when they would not parse', async () => {
    const broken = '---\ntitle: [never closed\n';
    const dir = tempCorpus({ 'good.md': GOOD, '.x.md': broken, 'x.md~': broken, '#x.md#': broken, '.x.md.swp': broken, 'x.md.bak': broken, '.DS_Store': '\u0000\u0001' });
    symlinkSync('root@host.1234:1700000000', join(dir, '.#x.md')); // how Emacs leaves its lock file: a dangling link
    (await expectClean(dir));
    (await expectGoodListed(dir));
  });
});

describe('loading is read-only', () => {
  it('check, list and docs leave every name, size, mode and mtime of the folder as it was', async () => {
    const dir = tempCorpus({
      'good.md': GOOD,
      'crlf.md': GOOD.replace(/\n/g, '\r\n'),
      'bad.md': '---\ntitle: [x\n---\nbody\n',
      'speakers.yml': 'Ann Lee:\n  aliases: [Ann]\n',
      '.hidden.md': GOOD,
      'x.md~': GOOD,
      'sub/inner.md': GOOD,
    });
    symlinkSync('missing.md', join(dir, 'dangling.md'));
    // mtimes a minute in the past, so even a rewrite of the same bytes would show
    const past = new Date(Date.now() - 60_000);
    for (const name of Object.keys(snapshot(dir))) if (name !== 'dangling.md') utimesSync(join(dir, name), past, past);
    const before = snapshot(dir);
    for (const args of [['check'], ['check', '--unparsed'], ['check', '--format', 'json'], ['list'], ['list', '--format', 'ndjson'], ['docs']]) {
      const r = (await runCli([...args, '--corpus', dir]));
      expect(r.stderr).not.toMatch(STACK);
    }
    loadCorpus(dir);
    expect(snapshot(dir)).toEqual(before);
  });
});

it('works in a folder it may not write to', async (ctx) => {
  const dir = tempCorpus({ 'good.md': GOOD });
  chmodSync(dir, 0o555);
  try {
    let writable = true;
    try {
      writeFileSync(join(dir, '.probe'), '');
    } catch {
      writable = false;
    }
    if (!writable) {
      (await expectClean(dir));
      (await expectGoodListed(dir));
      return;
    }
    // Root writes anywhere: run as nobody, for whom the folder is read-only, or skip.
    const r = runAsNobody(['check', '--corpus', dir]);
    if (r === null) ctx.skip('running as root without setpriv: a mode-555 folder is still writable here');
    expect(r!.stderr).toBe('');
    expect(r!.code).toBe(0);
    const list = runAsNobody(['list', '--corpus', dir, '--format', 'json'])!;
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as unknown[]).length).toBe(2);
  } finally {
    chmodSync(dir, 0o755);
  }
});

describe('speakers.yml', () => {
  const ANNIE = GOOD.replace(/^Ann Lee:/gm, 'Annie:');

  it('may start with a YAML document marker', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'annie.md': ANNIE, 'speakers.yml': '# who is who\n---\nAnn Lee:\n  aliases: [Annie]\n' });
    (await expectClean(dir)); // no "speaker label 'Annie' matches no known speaker"
    const recs = (await expectGoodListed(dir, ['annie']));
    expect(recs.filter((r) => r.doc === 'annie').map((r) => (r as unknown as { speaker: string }).speaker)).toEqual(['Ann Lee', 'Ann Lee']);
  });

  it('invalid YAML: named with its line; the documents still load', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'speakers.yml': 'Ann Lee:\n  aliases: [Annie\nBo: [B]\n' });
    const r = (await runCli(['check', '--corpus', dir]));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${join(dir, 'speakers.yml')}:\\d+: error: invalid YAML in speakers.yml: .*\\n$`));
    expect(r.stdout).toMatch(/\bok\s+│\s+good\s/);
    (await expectGoodListed(dir));
  });

  it('a second YAML document is reported, the first is read', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'annie.md': ANNIE, 'speakers.yml': 'Ann Lee: [Annie]\n---\nBo: [B]\n' });
    const r = (await runCli(['check', '--corpus', dir]));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${join(dir, 'speakers.yml')}:2: error: speakers.yml holds more than one YAML document: only the first is read\n`);
    (await expectGoodListed(dir, ['annie']));
  });

  it('prototype keys are reported and dropped; the rest is read', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'annie.md': ANNIE, 'speakers.yml': 'Ann Lee: [Annie]\n__proto__: {polluted: yes}\n' });
    const r = (await runCli(['check', '--corpus', dir]));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${join(dir, 'speakers.yml')}:2: error: key '__proto__' is not allowed in speakers.yml: ignored\n`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(loadCorpus(dir).registry.resolve('Annie')).toBe('Ann Lee');
  });

  it('a folder named speakers.yml is reported, not read', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'speakers.yml/x': '' });
    const r = (await runCli(['check', '--corpus', dir]));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${dir}: warning: skipped 1 file quarry does not read: speakers.yml/x\n${join(dir, 'speakers.yml')}:1: error: cannot read: not a regular file\n`);
    (await expectGoodListed(dir));
  });
});
