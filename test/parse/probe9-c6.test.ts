/**
 * Edge files a reviewer wrote (test/fixtures/probe9/c6): Hugo's TOML and JSON front matter read
 * as the document's metadata, not as its first paragraph.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf } from '../helpers.js';

const corpus = loadCorpus(join(FIXTURES, 'probe9', 'c6'));
const doc = (id: string) => corpus.documents.find((d) => d.id === id)!;

describe('Hugo front matter in TOML and JSON', () => {
  it('+++ TOML: title and date are the metadata, no record holds them', () => {
    const d = doc('hugo-post-heyi-toml');
    expect([d.ok, d.meta.title, d.meta.year]).toEqual([true, "Yi He on building Binance's support desk", 2022]);
    const recs = recordsOf(corpus, d.id);
    expect(recs.some((r) => /title =|draft =|tags =/.test(r.text))).toBe(false);
    expect(recs.filter((r) => r.section !== null)).toEqual([]);
    const q = recs.find((r) => r.text.startsWith('Support is the product'))!;
    expect([q.type, q.speaker, q.year]).toEqual(['quote', 'He Yi', 2022]);
  });
  it('JSON: title, date and author are the metadata', () => {
    const d = doc('ghost-export-cz-json-frontmatter');
    expect([d.ok, d.meta.title, d.meta.year]).toEqual([true, "CZ: 'I don't read the price every day'", 2021]);
    const recs = recordsOf(corpus, d.id);
    expect(recs.some((r) => /"title"|"author"/.test(r.text))).toBe(false);
    expect(recs.find((r) => r.text.startsWith('I check it maybe once a week'))?.speaker).toBe('CZ');
  });
});
