/**
 * review48: today's parser changes on bad input and near-miss sentences.
 *
 * A paragraph set on one long line with hundreds of quotations (a scraped page's story without
 * its line breaks) gives hundreds of records over that one line. The lost-words check cut each
 * record's text out of the line by copying the whole line once a record: 200 KB of French quotes
 * ("« … », a regretté Sophie Lachaud") took 6 s. The texts are now cut in order, one pass.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { linesWithLostWords, type SearchableRecord } from '../../src/load/sentences.js';
import { tempCorpus } from '../helpers.js';

const rec = (text: string, speaker: string | null): SearchableRecord => ({ line: 1, endLine: 1, text, question: null, context: null, speaker, asker: null, section: null, topics: [] });

describe('many records on one long line', () => {
  it('finds the line lost or not in one pass, as the cut-by-copy did', () => {
    const texts = Array.from({ length: 3000 }, (_, i) => `Nous avons perdu ${i} emplois`);
    const line = texts.map((t, i) => `« ${t} », a regretté Sophie Lachaud ${i}.`).join(' ');
    const records = [...texts.map((t) => rec(t, 'Sophie Lachaud')), rec(line.replace(/«[^»]*»/g, ' '), null)];
    const started = Date.now();
    expect(linesWithLostWords(line, 1, ['record'], records)).toEqual([]);
    // a word no record holds ("Vercors") still makes the line lost
    expect(linesWithLostWords(`${line} Vercors`, 1, ['record'], records)).toEqual([0]);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('in other words: a German story of 2,000 quotations on one line keeps its records and loads fast', () => {
    const line = Array.from({ length: 2000 }, (_, i) => `„Wir bauen ${i} Brücken“, so Kerstin Albrecht.`).join(' ');
    const started = Date.now();
    const c = loadCorpus(tempCorpus({ 'bruecken.txt': `${line}\n` }));
    expect(Date.now() - started).toBeLessThan(4000);
    const quotes = c.records.filter((r) => r.type === 'quote');
    expect(quotes.length).toBe(2000);
    expect(quotes[7]).toMatchObject({ speaker: 'Kerstin Albrecht', line: 1, text: 'Wir bauen 7 Brücken' });
  });
});
