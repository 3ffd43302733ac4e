/**
 * A bug in quarry (here: a parser that throws) is one document's error, not a
 * crash: the other documents still load. With `{ debug: true }` (the CLI
 * sets it from QUARRY_DEBUG=1) the exception escapes with its stack instead.
 */
import { describe, expect, it, vi } from 'vitest';
import { tempCorpus } from '../helpers.js';
import { GOOD } from './helpers.js';

vi.mock('../../src/parse/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/parse/index.js')>();
  return {
    ...real,
    parseDocument: (input: Parameters<typeof real.parseDocument>[0]) => {
      if (input.body.includes('TRIGGER-PARSER-BUG')) throw new TypeError("Cannot read properties of undefined (reading 'text')");
      return real.parseDocument(input);
    },
  };
});

const { loadCorpus } = await import('../../src/load/load.js');

const BUGGY = '---\ntitle: Buggy\n---\nThe exchange opened in 2017 (TRIGGER-PARSER-BUG) with nine people.\n';

describe('an exception inside the loader', () => {
  it('becomes an error of that document; the others load', async () => {
    const corpus = loadCorpus(tempCorpus({ 'good.md': GOOD, 'buggy.md': BUGGY }), { debug: false });
    expect(corpus.problems).toEqual([
      {
        file: 'buggy.md',
        line: null,
        severity: 'error',
        message: "internal error while reading this document (a bug in quarry): TypeError: Cannot read properties of undefined (reading 'text')",
      },
    ]);
    expect(corpus.records.map((r) => r.doc)).toEqual(['good', 'good']);
    expect(corpus.documents.map((d) => [d.id, d.ok])).toEqual([
      ['buggy', false],
      ['good', true],
    ]);
  });

  it('escapes with its stack in debug mode', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'buggy.md': BUGGY });
    expect(() => loadCorpus(dir, { debug: true })).toThrow(TypeError);
  });

  it('the loader never reads QUARRY_DEBUG itself: debug is an option (the CLI passes it in)', () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'buggy.md': BUGGY });
    vi.stubEnv('QUARRY_DEBUG', '1');
    try {
      expect(loadCorpus(dir).problems).toHaveLength(1);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
