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
    expect(linesWithLostWords(line, 1, ['record'], records)).toEqual([]);
    // a word no record holds ("Vercors") still makes the line lost
    expect(linesWithLostWords(`${line} Vercors`, 1, ['record'], records)).toEqual([0]);
    // (Its speed is measured by `node bench/pathological.mjs --only quote-line`, not timed here.)
  });

  it('in other words: a German story of 2,000 quotations on one line keeps its records', () => {
    const line = Array.from({ length: 2000 }, (_, i) => `„Wir bauen ${i} Brücken“, so Kerstin Albrecht.`).join(' ');
    const c = loadCorpus(tempCorpus({ 'bruecken.txt': `${line}\n` }));
    const quotes = c.records.filter((r) => r.type === 'quote');
    expect(quotes.length).toBe(2000);
    expect(quotes[7]).toMatchObject({ speaker: 'Kerstin Albrecht', line: 1, text: 'Wir bauen 7 Brücken' });
  });
});

/**
 * A copied briefing's reporter is "Q" and one space ("Q Thank you, Marisol."), each turn its own
 * paragraph. A line of the paragraph above that opens with "Q" and a capital ("Q Street residents
 * were told …", a street's name) was read as a reporter's question.
 */
describe('a one-space "Q" under a line of text', () => {
  it('goes on with the turn above, no question', () => {
    const text = [
      'PRESS BRIEFING BY PRESS SECRETARY JANE DOE',
      '',
      'MS. DOE: Good afternoon. Q Street will be closed tomorrow for the parade.',
      'Q Street residents were told last week.',
      '',
      'Q Thanks, Jane. Will the President attend?',
      '',
      'MS. DOE: He will.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'brief.txt': text })).records;
    expect(records.map((r) => [r.line, r.endLine, r.type, r.speaker, r.question ?? null, r.text])).toEqual([
      [3, 4, 'quote', 'Jane Doe', null, 'Good afternoon. Q Street will be closed tomorrow for the parade. Q Street residents were told last week.'],
      [6, 8, 'qa', 'Jane Doe', 'Thanks, Jane. Will the President attend?', 'He will.'],
    ]);
  });

  it('in other words: a transport ministry briefing', () => {
    const text = [
      'MR. OKAFOR: Two updates. Service on the line stops at 9 p.m. from Monday, and',
      'Q Train riders should plan for buses after that.',
      '',
      'Q How long will the buses run?',
      '',
      'MR. OKAFOR: Until the end of March.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'transport.txt': text })).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.question ?? null])).toEqual([
      [1, 'quote', 'Mr. Okafor', null],
      [4, 'qa', 'Mr. Okafor', 'How long will the buses run?'],
    ]);
    expect(records[0]!.text).toContain('Q Train riders should plan for buses after that.');
  });
});
