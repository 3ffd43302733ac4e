/**
 * Documents an analyst drops in under the extension their tool saved them with: text markup
 * (Org, reST, AsciiDoc, LaTeX, Markdown's long extension, `.text`) is read by its structure, as
 * the same text saved as `.txt` is; caption formats other than WebVTT and SRT go through the
 * caption reader. Fixtures: test/fixtures/formats/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, tempCorpus } from '../helpers.js';

const FORMATS = join(FIXTURES, 'formats');
const fixture = (name: string) => readFileSync(join(FORMATS, name), 'utf8');
const speakers = () => fixture('speakers.yml');
const shapeOf = (r: { type: string; text: string; speaker: string | null; line: number; endLine: number }) => ({ type: r.type, text: r.text, speaker: r.speaker, line: r.line, endLine: r.endLine });

describe('text markup under its own extension', () => {
  for (const name of ['interview-notes-heyi-2023.org', 'cz-keynote-writeup.rst', 'heyi-profile-draft.adoc', 'paper-draft-cz-governance.tex']) {
    it(`reads ${name} as the same text saved as .txt reads`, () => {
      const ext = name.slice(name.lastIndexOf('.'));
      const own = loadCorpus(tempCorpus({ [name]: fixture(name), 'speakers.yml': speakers() }));
      const asTxt = loadCorpus(tempCorpus({ [name.replace(ext, '.txt')]: fixture(name), 'speakers.yml': speakers() }));
      expect(own.documents.map((d) => d.id)).toEqual([name.slice(0, -ext.length)]);
      expect(own.records.length).toBeGreaterThan(3);
      expect(own.records.map(shapeOf)).toEqual(asTxt.records.map(shapeOf));
      expect(own.problems.filter((p) => p.severity === 'error')).toEqual([]);
    });
  }

  it('reads the markup, not around it: an Org quote block and a reST attribution are quotes of who they name', () => {
    const c = loadCorpus(tempCorpus({ 'interview-notes-heyi-2023.org': fixture('interview-notes-heyi-2023.org'), 'cz-keynote-writeup.rst': fixture('cz-keynote-writeup.rst'), 'speakers.yml': speakers() }));
    const quotes = c.records.filter((r) => r.type === 'quote');
    expect(new Set(quotes.map((r) => r.doc))).toEqual(new Set(['interview-notes-heyi-2023', 'cz-keynote-writeup']));
    expect(quotes.every((r) => r.speaker !== null)).toBe(true);
    // no markup line becomes a record's words
    for (const r of c.records) expect(r.text).not.toMatch(/^#\+|^\.\. |BEGIN_QUOTE/);
  });

  it('reads .markdown and .text as Markdown and plain text', () => {
    const c = loadCorpus(
      tempCorpus({
        'talk.markdown': '# Notes from the keynote\n\n"We will keep building," said Yi He.\n\nThe hall held 2,000 people.\n',
        'memo.text': 'The fund closed in 2022.\n',
      }),
    );
    expect(c.documents.map((d) => [d.id, d.meta.title])).toEqual([
      ['memo', 'memo'],
      ['talk', 'Notes from the keynote'],
    ]);
    expect(c.records.map((r) => [r.doc, r.type, r.speaker, r.text, r.line])).toEqual([
      ['memo', 'claim', null, 'The fund closed in 2022.', 1],
      ['talk', 'quote', 'Yi He', 'We will keep building', 3],
      ['talk', 'claim', null, 'The hall held 2,000 people.', 5],
    ]);
  });

  it('keeps ids unique when talk.org lies beside talk.txt: each keeps its extension', () => {
    const c = loadCorpus(tempCorpus({ 'talk.org': '* Keynote\nThe fund closed in 2022.\n', 'talk.txt': 'The fund opened in 2018.\n', 'solo.org': 'The office moved in 2020.\n' }));
    expect(c.documents.map((d) => d.id)).toEqual(['solo', 'talk.org', 'talk.txt']);
    expect(c.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
