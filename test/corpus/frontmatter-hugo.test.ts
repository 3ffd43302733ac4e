/**
 * Hugo's other front matters: TOML between `+++` lines and a JSON object whose braces stand
 * alone. Read as data (no code runs), their keys on their file lines; the body starts below.
 */
import { describe, expect, it } from 'vitest';
import { FrontMatterError, parseFrontMatter } from '../../src/corpus/frontmatter.js';

describe('TOML front matter between +++ lines', () => {
  it('reads strings, dates as written, lists, booleans and numbers, and a [table]', () => {
    const fm = parseFrontMatter(`+++
title = "Night trains of Europe"
date = 2019-11-03T08:00:00+01:00
tags = ["rail", 'travel']
draft = false
weight = 12
[params]
author = "Ana Lind"
+++
Body line.
`);
    expect(fm.hasFrontMatter).toBe(true);
    expect({ ...fm.data, params: { ...(fm.data.params as object) } }).toEqual({
      title: 'Night trains of Europe',
      date: '2019-11-03T08:00:00+01:00',
      tags: ['rail', 'travel'],
      draft: false,
      weight: 12,
      params: { author: 'Ana Lind' },
    });
    expect(fm.keyLines).toEqual({ title: 2, date: 3, tags: 4, draft: 5, weight: 6 });
    expect([fm.body, fm.bodyLine]).toEqual(['Body line.\n', 10]);
  });
  it('refuses a line it cannot read, naming it; an unclosed block too', () => {
    expect(() => parseFrontMatter('+++\ntitle = """multi\nline"""\n+++\nx\n')).toThrow(FrontMatterError);
    const lineOf = (text: string) => {
      try {
        parseFrontMatter(text);
      } catch (e) {
        if (e instanceof FrontMatterError) return e.line;
        throw e;
      }
      return 'no error';
    };
    expect(lineOf('+++\ntitle = "ok"\nauthor = { name = "X" }\n+++\nx\n')).toBe(3);
    expect(() => parseFrontMatter('+++\ntitle = "never closed"\n\nBody.\n')).toThrow(/never closed/);
  });

  it('refuses a [table] opened over a key that holds a value, naming its line (no TypeError)', () => {
    expect(() => parseFrontMatter('+++\ntitle = "x"\n[title]\nfoo = 1\n+++\nBody.\n')).toThrow(/\[title\] names a key that already holds a value/);
    const text = '+++\ntitle = "x"\n[title]\nfoo = 1\n+++\nBody.\n';
    let line: number | null = null;
    try {
      parseFrontMatter(text);
    } catch (e) {
      line = (e as FrontMatterError).line;
    }
    expect(line).toBe(3);
  });
});

describe('JSON front matter: braces alone on their lines', () => {
  it('reads the object, drops unsafe keys, starts the body below', () => {
    const fm = parseFrontMatter(`{
  "title": "Harvest notes",
  "date": "2018-09-01",
  "__proto__": { "polluted": true }
}

First paragraph.
`);
    expect(fm.hasFrontMatter).toBe(true);
    expect(fm.data.title).toBe('Harvest notes');
    expect([fm.keyLines.title, fm.keyLines.date]).toEqual([2, 3]);
    expect(Object.keys(fm.data)).toEqual(['title', 'date']);
    expect(fm.droppedKeys?.map((d) => d.key)).toEqual(['__proto__']);
    expect(fm.bodyLine).toBe(6);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('a "{" line that opens no JSON object is the document\'s own', () => {
    const fm = parseFrontMatter('{\nnot json at all\n}\nText.\n');
    expect(fm.hasFrontMatter).toBe(false);
    expect(fm.bodyLine).toBe(1);
  });
});
