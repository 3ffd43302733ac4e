import { describe, it, expect, afterEach } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import matter from 'gray-matter';
import { parseFrontMatter, FrontMatterError } from '../../src/corpus/frontmatter.js';

/** Runs `fn`, expecting a FrontMatterError, and returns it. */
function frontMatterError(fn: () => unknown): FrontMatterError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(FrontMatterError);
    return err as FrontMatterError;
  }
  throw new Error('expected a FrontMatterError, nothing was thrown');
}

describe('parseFrontMatter: files without front matter', () => {
  it('returns the whole text as the body', async () => {
    const text = '# Title\n\nSome prose.\n';
    const fm = parseFrontMatter(text);
    expect(fm).toEqual({ data: {}, body: text, bodyLine: 1, hasFrontMatter: false, keyLines: {} });
    expect(Object.keys(fm.data)).toEqual([]);
  });

  it('handles the empty file', async () => {
    expect(parseFrontMatter('')).toEqual({ data: {}, body: '', bodyLine: 1, hasFrontMatter: false, keyLines: {} });
  });

  it('drops a leading BOM from the body', async () => {
    const fm = parseFrontMatter('\uFEFFQ: hello\nA: hi\n');
    expect(fm.body).toBe('Q: hello\nA: hi\n');
    expect(fm.hasFrontMatter).toBe(false);
  });

  it('does not treat a later --- line as front matter', async () => {
    const text = 'intro\n---\ntitle: x\n---\n';
    expect(parseFrontMatter(text)).toMatchObject({ body: text, bodyLine: 1, hasFrontMatter: false });
  });

  it('does not treat a first line starting with fewer dashes as front matter', async () => {
    const text = '-- not front matter\n';
    expect(parseFrontMatter(text).body).toBe(text);
  });
});

describe('parseFrontMatter: body and bodyLine', () => {
  it('parses a simple block', async () => {
    const fm = parseFrontMatter('---\ntitle: Hello\nyear: 2021\n---\nBody line\n');
    expect(fm.hasFrontMatter).toBe(true);
    expect(fm.data).toEqual({ title: 'Hello', year: 2021 });
    expect(fm.body).toBe('Body line\n');
    expect(fm.bodyLine).toBe(5);
  });

  it('keeps a body that begins with a blank line byte for byte', async () => {
    const fm = parseFrontMatter('---\ntitle: T\n---\n\n\nFirst paragraph.\n  indented  \n\n');
    expect(fm.body).toBe('\n\nFirst paragraph.\n  indented  \n\n');
    expect(fm.bodyLine).toBe(4);
  });

  it('keeps CRLF line breaks in the body', async () => {
    const fm = parseFrontMatter('---\r\ntitle: T\r\nhost: H\r\n---\r\n\r\nQ: one\r\nA: two\r\n');
    expect(fm.data).toEqual({ title: 'T', host: 'H' });
    expect(fm.body).toBe('\r\nQ: one\r\nA: two\r\n');
    expect(fm.bodyLine).toBe(5);
  });

  it('counts a lone CR as a line break', async () => {
    const fm = parseFrontMatter('---\rtitle: T\rauthor: A\r---\rbody\r\rmore\r');
    expect(fm.data).toEqual({ title: 'T', author: 'A' });
    expect(fm.body).toBe('body\r\rmore\r');
    expect(fm.bodyLine).toBe(5);
  });

  it('handles mixed line breaks', async () => {
    const fm = parseFrontMatter('---\r\ntitle: T\rspeakers: [A, B]\n---\r\nx\ny');
    expect(fm.data).toEqual({ title: 'T', speakers: ['A', 'B'] });
    expect(fm.body).toBe('x\ny');
    expect(fm.bodyLine).toBe(5);
  });

  it('ignores a BOM before the front matter', async () => {
    const fm = parseFrontMatter('\uFEFF---\ntitle: T\n---\nbody\n');
    expect(fm.data).toEqual({ title: 'T' });
    expect(fm.body).toBe('body\n');
    expect(fm.bodyLine).toBe(4);
  });

  it('returns an empty body when the closing line is the last line', async () => {
    expect(parseFrontMatter('---\ntitle: T\n---')).toMatchObject({ body: '', bodyLine: 4, data: { title: 'T' } });
    expect(parseFrontMatter('---\ntitle: T\n---\n')).toMatchObject({ body: '', bodyLine: 4 });
  });

  it('keeps --- lines inside the body untouched', async () => {
    const fm = parseFrontMatter('---\ntitle: T\n---\nabove\n---\nbelow\n');
    expect(fm.body).toBe('above\n---\nbelow\n');
  });

  it('accepts ... as the closing delimiter', async () => {
    const fm = parseFrontMatter('---\ntitle: T\n...\nbody');
    expect(fm.data).toEqual({ title: 'T' });
    expect(fm.body).toBe('body');
    expect(fm.bodyLine).toBe(4);
  });

  it('accepts trailing spaces after the delimiters', async () => {
    const fm = parseFrontMatter('---  \ntitle: T\n--- \nbody');
    expect(fm.data).toEqual({ title: 'T' });
    expect(fm.body).toBe('body');
  });

  it('does not close on a line that only starts with ---', async () => {
    const fm = parseFrontMatter('---\nnote: |\n  ----\n  ---- x\ntitle: T\n---\nbody');
    expect(fm.data).toEqual({ note: '----\n---- x\n', title: 'T' });
    expect(fm.bodyLine).toBe(7);
  });

  it('reads empty front matter as an empty mapping', async () => {
    const fm = parseFrontMatter('---\n---\nbody\n');
    expect(fm).toEqual({ data: {}, body: 'body\n', bodyLine: 3, hasFrontMatter: true, keyLines: {} });
  });

  it('reads blank or comment-only front matter as an empty mapping', async () => {
    expect(parseFrontMatter('---\n\n   \n---\nb').data).toEqual({});
    expect(parseFrontMatter('---\n# just a comment\n#\n---\nb').data).toEqual({});
  });

  it('accepts an explicit ---yaml opening line', async () => {
    expect(parseFrontMatter('---yaml\ntitle: T\n---\nb').data).toEqual({ title: 'T' });
  });

  it('reads JSON-style flow mappings, which are YAML', async () => {
    expect(parseFrontMatter('---\n{"title": "T", "speakers": ["A"]}\n---\n').data).toEqual({
      title: 'T',
      speakers: ['A'],
    });
  });

  it('keeps YAML dates and timestamps as the text written, so no zone moves a day', async () => {
    const fm = parseFrontMatter('---\ndate: 2021-03-29\nbad: 2021-02-30\n---\n');
    expect(fm.data.date).toBe('2021-03-29');
    expect(fm.data.bad).toBe('2021-02-30');
    // Hugo writes the local time with its offset: as a Date, its UTC day would be 31 December 2023.
    const hugo = parseFrontMatter('---\ndate: 2024-01-01T00:30:00+10:00\nlate: 2024-03-07T23:30:00-08:00\nexplicit: !!timestamp 2021-03-29\n---\n');
    expect(hugo.data).toEqual({ date: '2024-01-01T00:30:00+10:00', late: '2024-03-07T23:30:00-08:00', explicit: '2021-03-29' });
  });

  it('keeps timestamps with a time and zone, possible or not, as strings', async () => {
    const fm = parseFrontMatter('---\nat: 2021-03-29T10:30:00+02:00\nbad: 2021-02-29 10:00:00\nlate: 2021-03-29 25:00:00\ntitle: 2021-03-29\n---\n');
    expect(fm.data).toEqual({ at: '2021-03-29T10:30:00+02:00', bad: '2021-02-29 10:00:00', late: '2021-03-29 25:00:00', title: '2021-03-29' });
  });
});

describe('parseFrontMatter: the line of each key', () => {
  it('gives each top-level key its file line, whatever comments, blank lines and nested values come between', async () => {
    const fm = parseFrontMatter(
      '---\n# a comment\ntitle: "T: a colon"\n\nspeakers:\n  - name: Ann\n    role: x\n"quoted key": 1\n\'single\'\'s\': 2\ndescription: |\n  title: not a key\ndate: 2021-03-29\n---\nbody',
    );
    expect(fm.keyLines).toEqual({ title: 3, speakers: 5, 'quoted key': 8, "single's": 9, description: 10, date: 12 });
  });

  it('reads keys indented as the first one is, and none from a flow mapping', async () => {
    expect(parseFrontMatter('---\n  title: T\n  date: 2021\n---\n').keyLines).toEqual({ title: 2, date: 3 });
    expect(parseFrontMatter('---\n{title: T, date: 2021}\n---\n').keyLines).toEqual({});
  });

  it('counts lines the same with CRLF line ends and a BOM', async () => {
    expect(parseFrontMatter('\uFEFF---\r\ntitle: T\r\n\r\ndate: x\r\n---\r\nb').keyLines).toEqual({ title: 2, date: 4 });
  });
});

describe('parseFrontMatter: errors', () => {
  it('refuses front matter that is never closed', async () => {
    const err = frontMatterError(() => parseFrontMatter('---\ntitle: T\nbody without end\n'));
    expect(err.message).toBe('front matter opened on line 1 is never closed');
    expect(err.line).toBe(1);
  });

  it('refuses an opening line with only ---', async () => {
    const err = frontMatterError(() => parseFrontMatter('---'));
    expect(err.message).toBe('front matter opened on line 1 is never closed');
  });

  it('reports invalid YAML on the right file line', async () => {
    const err = frontMatterError(() => parseFrontMatter('---\ntitle: T\nhost: H\n  bad: indent\nyear: 2020\n---\nbody\n'));
    expect(err.line).toBe(4);
    expect(err.message).toMatch(/^invalid YAML in front matter: /);
    expect(err.message).not.toContain('\n');
  });

  it('reports a quoted value never closed on the line where its quote opens, not where the block ends', async () => {
    const err = frontMatterError(() => parseFrontMatter('---\ntitle: "unclosed\nyear: 2021\n---\nbody\n'));
    expect([err.line, err.message]).toEqual([2, 'invalid YAML in front matter: a double-quoted value is never closed (column 8)']);
    // an apostrophe in a plain value above is no opening quote
    const single = frontMatterError(() => parseFrontMatter("---\nauthor: O'Neil\nspeakers:\n  - 'Ana Ruiz\n---\nbody\n"));
    expect([single.line, single.message]).toEqual([4, 'invalid YAML in front matter: a single-quoted value is never closed (column 5)']);
  });

  it('reports invalid YAML on the right file line with CRLF, lone CR and a BOM', async () => {
    for (const nl of ['\r\n', '\r']) {
      const text = `\uFEFF---${nl}title: T${nl}${nl}speakers: [A, B${nl}year: 2020${nl}---${nl}body`;
      const err = frontMatterError(() => parseFrontMatter(text));
      expect(err.message).toMatch(/^invalid YAML in front matter: /);
      expect(err.line).toBeGreaterThanOrEqual(4);
      expect(err.line).toBeLessThanOrEqual(5);
    }
  });

  it('reports a duplicated key on its own line', async () => {
    const err = frontMatterError(() => parseFrontMatter('---\ntitle: A\nauthor: B\ntitle: C\n---\n'));
    expect(err.line).toBe(4);
    expect(err.message).toContain('duplicated mapping key');
    expect(err.message).not.toContain('\n');
  });

  it('keeps the line of an error in the last YAML line inside the block', async () => {
    const err = frontMatterError(() => parseFrontMatter('---\ntitle: "unterminated\n---\nbody\n'));
    expect(err.line).toBe(2);
  });

  it('refuses a list', async () => {
    const err = frontMatterError(() => parseFrontMatter('---\n- a\n- b\n---\nbody'));
    expect(err.message).toBe('front matter must be a mapping of keys to values, found a list');
    expect(err.line).toBe(1);
  });

  it('refuses scalars and null', async () => {
    expect(frontMatterError(() => parseFrontMatter('---\njust text\n---\n')).message).toBe(
      'front matter must be a mapping of keys to values, found a string',
    );
    expect(frontMatterError(() => parseFrontMatter('---\n42\n---\n')).message).toBe(
      'front matter must be a mapping of keys to values, found a number',
    );
    expect(frontMatterError(() => parseFrontMatter('---\n~\n---\n')).message).toBe(
      'front matter must be a mapping of keys to values, found null',
    );
  });

  it('reads a first line that only starts with --- as the body: only a line that is exactly --- opens front matter', async () => {
    for (const text of ['--- Interview 3 ---\nQ: hi\n', '--- Journal started Mon Mar 02 09:00:00 2020\n09:01 <kit> morning\n---\n', '----------\nA rule above the text.\n']) {
      const fm = parseFrontMatter(text);
      expect(fm, text).toMatchObject({ hasFrontMatter: false, body: text, bodyLine: 1 });
    }
  });

  it('names the language of non-YAML front matter', async () => {
    for (const lang of ['js', 'javascript', 'coffee', 'json', 'toml']) {
      const err = frontMatterError(() => parseFrontMatter(`---${lang}\n{ title: "T" }\n---\nbody`));
      expect(err.message).toBe(`front matter language '${lang}' is not allowed: only YAML front matter is read`);
      expect(err.line).toBe(1);
    }
    expect(frontMatterError(() => parseFrontMatter('--- js\n{}\n---\n')).message).toContain("language 'js'");
  });
});

describe('parseFrontMatter: no code is ever evaluated', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function markerPath(): string {
    const dir = mkdtempSync(join(tmpdir(), 'quarry-frontmatter-'));
    dirs.push(dir);
    return join(dir, `marker-${randomUUID()}`);
  }

  function jsPayload(marker: string): string {
    return `{ title: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'evaluated'), 'pwned') }`;
  }

  it('the payload is live: plain gray-matter evaluates it (control)', async () => {
    const marker = markerPath();
    const file = matter(`---js\n${jsPayload(marker)}\n---\nbody`, {});
    expect(file.data).toEqual({ title: 'pwned' });
    expect(existsSync(marker)).toBe(true);
  });

  for (const lang of ['js', 'javascript', 'JS', 'coffee']) {
    it(`refuses ---${lang} without evaluating it`, async () => {
      const marker = markerPath();
      const err = frontMatterError(() => parseFrontMatter(`---${lang}\n${jsPayload(marker)}\n---\nbody`));
      expect(err.message).toContain('is not allowed: only YAML front matter is read');
      expect(existsSync(marker)).toBe(false);
    });
  }

  it('reads a JavaScript expression under --- as YAML text, never as code', async () => {
    const marker = markerPath();
    const text = `---\n(function(){ require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); return {}; })()\n---\n`;
    const err = frontMatterError(() => parseFrontMatter(text));
    expect(err.message).toBe('front matter must be a mapping of keys to values, found a string');
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses js/* YAML tags (safeLoad)', async () => {
    const marker = markerPath();
    const fn = `function () { process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); return 'pwned'; }`;
    const payloads = [
      `---\ntitle: !!js/function ${JSON.stringify(fn)}\n---\n`,
      `---\ntoString: !!js/function ${JSON.stringify(fn)}\ntitle: T\n---\n`,
      `---\ntitle: !<tag:yaml.org,2002:js/function> ${JSON.stringify(fn)}\n---\n`,
      '---\ntitle: !!js/undefined\n---\n',
      '---\ntitle: !!js/regexp /x/g\n---\n',
    ];
    for (const text of payloads) {
      const err = frontMatterError(() => parseFrontMatter(text));
      expect(err.message).toMatch(/^invalid YAML in front matter: unknown tag/);
      expect(err.line).toBe(2);
    }
    expect(existsSync(marker)).toBe(false);
  });
});

describe('parseFrontMatter: YAML anchors and aliases', () => {
  it('refuses a billion-laughs alias bomb', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const err = frontMatterError(() => parseFrontMatter(`---\ntitle: T\n${levels.join('\n')}\n---\nbody`));
    expect(err.message).toBe('YAML aliases are not allowed in front matter');
  });

  it('refuses a plain anchor and alias', async () => {
    expect(frontMatterError(() => parseFrontMatter('---\nhost: &h CZ\nauthor: *h\n---\n')).message).toBe(
      'YAML aliases are not allowed in front matter',
    );
    expect(frontMatterError(() => parseFrontMatter('---\nhost: &h CZ\n---\n')).message).toBe(
      'YAML aliases are not allowed in front matter',
    );
    expect(frontMatterError(() => parseFrontMatter('---\nauthor: *h\n---\n')).message).toBe(
      'YAML aliases are not allowed in front matter',
    );
  });

  it('refuses a recursive alias', async () => {
    expect(frontMatterError(() => parseFrontMatter('---\nloop: &l [*l]\n---\n')).message).toBe(
      'YAML aliases are not allowed in front matter',
    );
  });

  it('refuses a merge of an aliased mapping', async () => {
    const text = '---\nbase: &b {host: H}\nother:\n  <<: *b\n---\n';
    expect(frontMatterError(() => parseFrontMatter(text)).message).toBe('YAML aliases are not allowed in front matter');
  });

  it('allows & and * inside text', async () => {
    const fm = parseFrontMatter(
      "---\ntitle: Q&A with *CZ*\nquoted: \"*live* & direct\"\nsingle: '&x *y'\nblock: |\n  &a *b\n# &c *d\n---\n",
    );
    expect(fm.data).toEqual({
      title: 'Q&A with *CZ*',
      quoted: '*live* & direct',
      single: '&x *y',
      block: '&a *b\n',
    });
  });
});

describe('parseFrontMatter: prototype pollution', () => {
  it('drops __proto__, constructor and prototype keys and returns null-prototype mappings', async () => {
    const fm = parseFrontMatter(
      [
        '---',
        'title: T',
        '__proto__: {polluted: yes}',
        'constructor: {prototype: {polluted: yes}}',
        'prototype: {polluted: yes}',
        'nested:',
        '  __proto__: {polluted: yes}',
        '  keep: 1',
        'list:',
        '  - __proto__: {polluted: yes}',
        '    keep: 2',
        '---',
        'body',
      ].join('\n'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(fm.data)).toBeNull();
    expect(Object.keys(fm.data)).toEqual(['title', 'nested', 'list']);
    expect(Object.prototype.hasOwnProperty.call(fm.data, '__proto__')).toBe(false);
    const nested = fm.data.nested as Record<string, unknown>;
    expect(Object.getPrototypeOf(nested)).toBeNull();
    expect(Object.keys(nested)).toEqual(['keep']);
    const item = (fm.data.list as Record<string, unknown>[])[0]!;
    expect(Object.getPrototypeOf(item)).toBeNull();
    expect(Object.keys(item)).toEqual(['keep']);
    expect(fm.data.polluted).toBeUndefined();
  });

  it('does not pollute through a << merge', async () => {
    const fm = parseFrontMatter(
      [
        '---',
        'title: T',
        '<<: {__proto__: {polluted: yes}, host: H}',
        'nested:',
        '  <<: [{__proto__: {polluted: yes}}, {constructor: {prototype: {polluted: yes}}}]',
        '  keep: 1',
        '---',
        '',
      ].join('\n'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(fm.data)).toEqual(['title', 'host', 'nested']);
    expect(fm.data.host).toBe('H');
    expect(fm.data.polluted).toBeUndefined();
    expect(Object.keys(fm.data.nested as object)).toEqual(['keep']);
  });
});
