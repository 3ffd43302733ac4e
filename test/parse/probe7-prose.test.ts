/**
 * Reviewer probe7's articles and layouts (profile, wire story, op-ed, obituary, press release,
 * quote listicle, a Windows-1252 feature, odd front matter, a one-paragraph news item), copied
 * into test/fixtures/probe7/prose with their speakers.yml, and, beside each, a small text of
 * our own in other words, so each test proves the shape and not the sentence.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe7', 'prose');
const SPEAKERS = readFileSync(join(DIR, 'speakers.yml'), 'utf8');

let probe: Corpus | undefined;
function probeCorpus(): Corpus {
  if (!probe) {
    const files: Record<string, string | Buffer> = {};
    for (const f of readdirSync(DIR)) files[f] = readFileSync(join(DIR, f));
    probe = loadCorpus(tempCorpus(files));
  }
  return probe;
}
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const quoteOf = (c: Corpus, doc: string, words: string) => {
  const q = recs(c, doc).find((r) => r.type === 'quote' && r.text.includes(words));
  expect(q, words).toBeDefined();
  return q!;
};
const own = (files: Record<string, string>) => loadCorpus(tempCorpus({ 'speakers.yml': SPEAKERS, ...files }));

describe('front matter: a person written as a mapping', () => {
  it('reads the nested author name and loads the document (probe7 frontmatter-odd-fields)', () => {
    const c = probeCorpus();
    const d = c.documents.find((x) => x.id === 'frontmatter-odd-fields')!;
    expect(d.meta.author).toBe('Priya Raman');
    expect(d.meta.year).toBe(2025);
    expect(quoteOf(c, 'frontmatter-odd-fields', 'The market likes certainty').speaker).toBe('Ola Berntsen');
    expect(quoteOf(c, 'frontmatter-odd-fields', 'utility token').speaker).toBe('He Yi');
    expect(c.problems.filter((p) => p.severity === 'error' && p.file.includes('frontmatter-odd'))).toEqual([]);
  });

  it('takes `name` from a host or publisher mapping too, in other words', () => {
    const c = own({ 'a.md': '---\ntitle: Harbour notes\npublisher:\n  name: Tidewater Gazette\n  url: https://example.org\n---\n\nThe ferry runs twice a day now.\n' });
    expect(c.documents[0]!.meta.publisher).toBe('Tidewater Gazette');
    expect(c.records[0]!.speaker).toBe('Tidewater Gazette');
  });
});

describe('a byline resolves through speakers.yml', () => {
  it('gives the op-ed by "Yi He" to He Yi (probe7 oped)', () => {
    const rs = recs(probeCorpus(), 'oped-yi-he-women-in-crypto');
    expect(rs.length).toBeGreaterThan(10);
    for (const r of rs) expect(r.speaker, r.text).toBe('He Yi');
  });

  it('resolves a front-matter author by an alias, in other words', () => {
    const c = own({ 'b.md': '---\ntitle: Why I still code\nauthor: Zhao Changpeng\n---\n\nI wrote my first program at twelve. I still write one most weekends.\n' });
    expect(c.records.length).toBeGreaterThan(0);
    for (const r of c.records) expect(r.speaker).toBe('CZ');
  });
});
