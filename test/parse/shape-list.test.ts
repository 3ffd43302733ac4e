/**
 * The list of shapes is the one place formats are declared: detection, the
 * `format:` values, the files a corpus reads and the docs all follow it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { SpeakerRegistry } from '../../src/model/speakers.js';
import { detectShape, DOCUMENT_EXTENSIONS, SHAPE_NAMES, SHAPES } from '../../src/parse/shapes.js';
import { ROOT, tempCorpus } from '../helpers.js';

const doc = (name: string) => readFileSync(join(ROOT, name), 'utf8');

describe('the shape list', () => {
  it('declares each shape once, prose last (it takes anything)', () => {
    expect(new Set(SHAPE_NAMES).size).toBe(SHAPES.length);
    expect(SHAPE_NAMES[SHAPE_NAMES.length - 1]).toBe('prose');
    expect(DOCUMENT_EXTENSIONS).toEqual(['.adoc', '.asciidoc', '.ass', '.csv', '.dfxp', '.json', '.log', '.markdown', '.md', '.org', '.rst', '.sbv', '.srt', '.ssa', '.tex', '.text', '.tsv', '.ttml', '.txt', '.vtt', '.xml']);
  });

  it('is what the docs list: a row per shape in the architecture table, each name in the README and in format:', () => {
    const arch = doc('docs/architecture.md');
    const readme = doc('README.md');
    for (const s of SHAPES) {
      const row = arch.split('\n').find((l) => l.startsWith(`| \`${s.name}\` |`));
      expect(row, s.name).toBeDefined();
      for (const ext of s.extensions) expect(row).toContain(`\`${ext}\``);
      expect(readme).toContain(`| \`${s.name}\` |`);
    }
    expect(doc('docs/errors.md')).toContain(`format must be one of ${SHAPE_NAMES.join(', ')}, got X`);
  });

  it('detects by structure first, then by extension', () => {
    const reg = new SpeakerRegistry();
    expect(detectShape('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello.\n', reg, '.txt').name).toBe('captions');
    expect(detectShape('1\n00:00:01,000 --> 00:00:02,000\nHello.\n', reg, '').name).toBe('captions');
    expect(detectShape('Hello there, this is a plain paragraph of text.\n', reg, '.vtt').name).toBe('captions');
    expect(detectShape('Hello there, this is a plain paragraph of text.\n', reg, '.txt').name).toBe('prose');
  });

  it('makes files with a claimed extension corpus documents, and format: takes any shape name', () => {
    const dir = tempCorpus({
      'a.srt': '1\n00:00:01,000 --> 00:00:03,000\nThe bridge opened in 1932.\n',
      'b.txt': '---\ntitle: Forced\nformat: captions\n---\n1\n00:00:01,000 --> 00:00:03,000\nThe ferry stopped running a year later.\n',
      'c.pdf': 'not a document quarry reads\n',
    });
    const c = loadCorpus(dir);
    expect(c.documents.map((d) => [d.id, d.shape])).toEqual([
      ['a', 'captions'],
      ['b', 'captions'],
    ]);
    expect(c.records.map((r) => r.text)).toEqual(['The bridge opened in 1932.', 'The ferry stopped running a year later.']);
  });
});
