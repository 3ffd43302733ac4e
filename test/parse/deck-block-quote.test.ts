/**
 * A Notion page's interview: a deck set as a block quote under the title ("> Keziah Mbeki co-founded
 * Ledgerline in 2019 …"), then numbered questions in bold with the answers indented under them.
 * The guest the title and the deck both name answered nothing (the deck's "> " hid its opening
 * name), and the deck was a quote of nobody's, its mark in the text. The deck is the writer's
 * prose now, and its name the guest's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a deck set as a block quote', () => {
  it("names the guest and reads as prose, in the unseen Notion export", () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['notion-export-founder-qa.md']);
    const records = c.records.filter((r) => r.doc === 'notion-export-founder-qa');
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(5);
    expect(new Set(qa.map((r) => `${r.speaker} ← ${r.asker}`))).toEqual(new Set(['Keziah Mbeki ← Aurelio Santos']));
    const deck = records.filter((r) => r.line === 7);
    expect(deck.map((r) => r.type)).toEqual(['claim', 'claim', 'claim']);
    expect(deck[0]!.text).toMatch(/^Keziah Mbeki co-founded Ledgerline in 2019/);
  });

  it('in other words: a deck over question headings; a quotation set off further down stays a quote', () => {
    const c = loadCorpus(tempCorpus({
      'qa.md': [
        '# Five questions for Tomas Okafor of Riverbend Mills',
        '',
        '> Tomas Okafor has run Riverbend Mills since 2011, when it had nine staff. It now employs 140.',
        '',
        '## Why did you stay in the valley?',
        '',
        'Because the water is here. We tried a second site in 2016 and it never paid.',
        '',
        '## What do you tell young millers?',
        '',
        'Learn the machines before you learn the spreadsheets.',
        '',
        '> "The mill is older than the town." — Tomas Okafor',
        '',
      ].join('\n'),
    }));
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.speaker)).toEqual(['Tomas Okafor', 'Tomas Okafor']);
    const deck = c.records.find((r) => r.line === 3)!;
    expect(deck.type).toBe('claim');
    expect(deck.text).toMatch(/^Tomas Okafor has run Riverbend Mills since 2011/);
    expect(c.records.find((r) => r.line === 13)).toMatchObject({ type: 'quote', speaker: 'Tomas Okafor' });
  });
});
