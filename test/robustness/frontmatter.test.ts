/**
 * Bad front matter, one fixture per case: each next to a good document, which
 * must still load. `check` names the file and line in one line on stderr.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { ROOT, runCli, tempCorpus } from '../helpers.js';
import { expectRefused, GOOD, STACK } from './helpers.js';

const BODY = 'The exchange opened its first office in 2017 with nine people.\n';

describe('front matter that cannot be read', () => {
  it('missing closing ---', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': `---\ntitle: Never closed\nspeakers: [Ann Lee]\n${BODY}` });
    (await expectRefused(dir, 'bad.md', 1, 'front matter opened on line 1 is never closed'));
  });

  it('invalid YAML, with the line of the mistake', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': `---\ntitle: Fine\nspeakers: [Ann Lee\nhost: Bo\n---\n${BODY}` });
    (await expectRefused(dir, 'bad.md', 4, /^invalid YAML in front matter: /));
  });

  it('YAML that is a list', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': `---\n- title\n- Ann Lee\n---\n${BODY}` });
    (await expectRefused(dir, 'bad.md', 1, 'front matter must be a mapping of keys to values, found a list'));
  });

  it('YAML that is a scalar', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': `---\nJust a title on its own\n---\n${BODY}` });
    (await expectRefused(dir, 'bad.md', 1, 'front matter must be a mapping of keys to values, found a string'));
  });

  it('YAML nested deep enough to exhaust the stack', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': `---\ntitle: T\nx: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n---\n${BODY}` });
    (await expectRefused(dir, 'bad.md', 1, 'front matter is nested too deeply'));
  });

  it('a first line that starts with --- but is not a delimiter is the body, and the document loads', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'notes.md': `---- notes\ntitle: T\n---\n${BODY}` });
    const corpus = loadCorpus(dir);
    expect(corpus.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(corpus.records.filter((r) => r.doc === 'notes').map((r) => r.text)).toContain(BODY.trim());
  });

  it('YAML that is a number', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': `---\n2021\n---\n${BODY}` });
    (await expectRefused(dir, 'bad.md', 1, 'found a number'));
  });
});

describe('front matter with values of the wrong type', () => {
  it('date: banana is a warning at its line: the document loads, undated', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': `---\ntitle: T\ndate: banana\n---\n${BODY}` });
    const r = await runCli(['check', '--corpus', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${join(dir, 'bad.md')}:3: warning: date must be a calendar date (2021-03-29, 29 March 2021 or March 29, 2021), got 'banana'`);
    const corpus = loadCorpus(dir);
    expect(corpus.records.filter((x) => x.doc === 'bad').map((x) => [x.text, x.year])).toEqual([[BODY.trim(), null]]);
  });

  it('speakers: 7', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': `---\ntitle: T\nspeakers: 7\n---\n${BODY}` });
    (await expectRefused(dir, 'bad.md', 3, 'speakers must be a list of names, got 7'));
  });

  it('a date that does not exist (2021-02-30) is a warning, and so is an approximate one quarry cannot file', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': `---\ntitle: T\ndate: 2021-02-30\n---\n${BODY}`, 'winter.md': `---\ntitle: W\ndate: Winter 2019-2020\n---\n${BODY}` });
    const r = await runCli(['check', '--corpus', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${join(dir, 'bad.md')}:3: warning: date must be a calendar date (2021-03-29, 29 March 2021 or March 29, 2021), got '2021-02-30'`);
    expect(r.stderr).toContain(`${join(dir, 'winter.md')}:3: warning: date 'Winter 2019-2020' spans the years 2019 to 2020`);
    const docs = loadCorpus(dir).documents;
    expect(docs.find((d) => d.id === 'winter')!.meta).toMatchObject({ year: null, dateNote: 'Winter 2019-2020' });
  });
});

describe('prototype keys', () => {
  const PROTO = `---\ntitle: T\n__proto__:\n  polluted: yes\n---\n${BODY}`;
  const CONSTRUCTOR = `---\ntitle: T\nconstructor:\n  prototype:\n    polluted: yes\n---\n${BODY}`;
  const MERGE = `---\ntitle: T\n<<: {__proto__: {polluted: yes}}\n---\n${BODY}`;

  it('__proto__ is refused by name, with its line', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': PROTO });
    (await expectRefused(dir, 'bad.md', 3, "front matter key '__proto__' is not allowed"));
  });

  it('constructor is refused by name, with its line', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': CONSTRUCTOR });
    (await expectRefused(dir, 'bad.md', 3, "front matter key 'constructor' is not allowed"));
  });

  it('a << merge that carries __proto__ is refused too', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': MERGE });
    (await expectRefused(dir, 'bad.md', 3, "front matter key '__proto__' is not allowed"));
  });

  it('pollutes nothing in the process that loads them', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'a.md': PROTO, 'b.md': CONSTRUCTOR, 'c.md': MERGE });
    const corpus = loadCorpus(dir);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(corpus.problems.map((p) => [p.file, p.line, p.severity])).toEqual([
      ['a.md', 3, 'error'],
      ['b.md', 3, 'error'],
      ['c.md', 3, 'error'],
    ]);
    expect(corpus.records.map((r) => r.doc)).toEqual(['good', 'good']);
  });
});

describe('YAML aliases', () => {
  // A "billion laughs": nine levels of nine-fold aliases, under 1 KB of text, 9^9 strings if expanded.
  const levels = 'abcdefghi'.split('');
  const BOMB =
    '---\ntitle: bomb\n' +
    levels.map((l, i) => (i === 0 ? `${l}: &${l} [lol,lol,lol,lol,lol,lol,lol,lol,lol]` : `${l}: &${l} [${Array(9).fill(`*${levels[i - 1]}`).join(',')}]`)).join('\n') +
    `\n---\n${BODY}`;

  it('an alias bomb is refused, not expanded', async () => {
    expect(BOMB.length).toBeLessThan(1024);
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': BOMB });
    (await expectRefused(dir, 'bad.md', 3, 'YAML aliases are not allowed in front matter'));
  });

  it('an alias to an anchor that is not there is refused the same way', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': `---\ntitle: T\nhost: *nobody\n---\n${BODY}` });
    (await expectRefused(dir, 'bad.md', 3, 'YAML aliases are not allowed in front matter'));
  });
});

describe('code in front matter never runs', () => {
  // gray-matter evaluates `---js` / `---javascript` blocks: each would create MARKER if it ran.
  const codeDoc = (lang: string, marker: string) =>
    `---${lang}\n{ title: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'), 'pwned') }\n---\n${BODY}`;

  for (const lang of ['js', 'javascript', ' javascript', 'JS', 'coffee']) {
    it(`---${lang} is refused by name and never evaluated`, async () => {
      const dir = tempCorpus({ 'good.md': GOOD });
      const marker = join(dir, 'MARKER-never-created');
      writeFileSync(join(dir, 'bad.md'), codeDoc(lang, marker));
      (await expectRefused(dir, 'bad.md', 1, `front matter language '${lang.trim()}' is not allowed: only YAML front matter is read`));
      const corpus = loadCorpus(dir); // and in this process too
      expect(corpus.problems).toHaveLength(1);
      expect(existsSync(marker)).toBe(false);
      expect(readdirSync(dir).sort()).toEqual(['bad.md', 'good.md']);
    });
  }

  it('the installed js-yaml carries the merge-key prototype pollution fix (>= 3.14.2)', async () => {
    const atLeast = (v: string, min: number[]) => {
      const parts = v.split(/[.-]/).slice(0, 3).map(Number);
      for (let i = 0; i < 3; i++) if (parts[i] !== min[i]) return parts[i]! > min[i]!;
      return true;
    };
    const versions: string[] = [];
    for (const pkg of ['node_modules/js-yaml/package.json', 'node_modules/gray-matter/node_modules/js-yaml/package.json']) {
      const path = join(ROOT, pkg);
      if (existsSync(path)) versions.push((JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version);
    }
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) expect(atLeast(v, [3, 14, 2]), `js-yaml ${v}`).toBe(true);
    // package.json pins it for gray-matter's dependency too.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { overrides?: Record<string, string> };
    expect(pkg.overrides?.['js-yaml']).toBeDefined();
  });
});

describe('QUARRY_DEBUG', () => {
  it('a bad file is an error message with or without it, never a trace', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': `---\ntitle: [x\n---\n${BODY}` });
    for (const env of [{}, { QUARRY_DEBUG: '1' }]) {
      const r = (await runCli(['check', '--corpus', dir], { env }));
      expect(r.code).toBe(1);
      expect(r.stderr).not.toMatch(STACK);
    }
  });
});

describe('front matter dates that load', () => {
  const doc = (date: string) => `---\ntitle: T\n${date}\n---\n${BODY}`;

  it('a dotted date (day first), a Hugo timestamp, a year and month, a season: each document loads, dated as written', () => {
    const dir = tempCorpus({
      'euro.md': doc('date: 03.04.2022'),
      'hugo.md': doc('date: 2024-01-01T00:30:00+10:00'),
      'plain.md': doc('date: 2021-03-29'),
      'month.md': doc('date: 2024-03'),
      'season.md': doc('date: Spring 2019'),
      'span.md': doc('date: 2019-2020'),
    });
    const corpus = loadCorpus(dir);
    const dated = Object.fromEntries(corpus.documents.map((d) => [d.id, [d.meta.date, d.meta.year]]));
    expect(dated).toEqual({
      euro: ['2022-04-03', 2022],
      hugo: ['2024-01-01', 2024],
      plain: ['2021-03-29', 2021],
      month: [null, 2024],
      season: [null, 2019],
      span: [null, null],
    });
    expect(corpus.records.filter((r) => r.doc === 'hugo').map((r) => [r.date, r.year])).toEqual([['2024-01-01', 2024]]);
    expect(corpus.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(corpus.problems.filter((p) => !/front matter lacks|no front matter/.test(p.message)).map((p) => [p.file, p.line, p.severity])).toEqual([['span.md', 3, 'warning']]);
  });
});
