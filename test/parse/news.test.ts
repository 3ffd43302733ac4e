/**
 * News copy: the three invented articles of the extraction gold set (copied
 * from bench/extraction/ with their gold files), each loaded alone as a user's
 * single file would be. Every quotation a reader credits is a quote record
 * with that speaker (or none, where nobody can be named), no quote is
 * credited to anyone the gold does not name, and every sentence is found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'news');
const norm = (s: string | null) => (s ?? '').toLowerCase().replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt'))) {
  describe(file, () => {
    const gold = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.json')), 'utf8')) as { quotes: { speaker: string | null; text: string }[] };
    const corpus = loadCorpus(tempCorpus({ [file]: readFileSync(join(DIR, file), 'utf8') }));
    const quotes = corpus.records.filter((r) => r.type === 'quote');

    it('credits every quotation to the speaker a reader would', () => {
      for (const g of gold.quotes) {
        const q = quotes.find((r) => norm(r.text).includes(norm(g.text)));
        expect(q, g.text).toBeDefined();
        expect(q!.speaker, g.text).toBe(g.speaker);
      }
    });

    it('credits no quote the gold does not have', () => {
      for (const q of quotes.filter((r) => r.speaker !== null)) {
        expect(gold.quotes.some((g) => g.speaker === q.speaker && norm(q.text).includes(norm(g.text))), q.text).toBe(true);
      }
    });

    it('leaves no sentence unsearchable and no line unparsed', () => {
      const d = corpus.documents[0]!;
      expect(d.sentences.missed).toEqual([]);
      expect(d.lines.unparsed).toEqual([]);
    });
  });
}
