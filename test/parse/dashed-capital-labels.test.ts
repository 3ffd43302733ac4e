/**
 * A panel set as a newspaper prints it: each turn opens on the speaker's name in capitals and a
 * dash ("KAREN DE VRIES — Welcome. Jan, how …?"). Before, no such line was a label: the turns
 * were paragraphs of a "Q&A" answered by the title's event, their names in the words. The form is
 * a label only where it makes a conversation, so a wire story's datelines ("LONDON — …") stay text.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('names in capitals and a dash before the words', () => {
  it('reads the unseen panel as turns', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['harbour-forum-panel-dash-labels.txt']);
    const records = c.records.filter((r) => r.doc === 'harbour-forum-panel-dash-labels');
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker, r.text])).toEqual([
      [3, 'qa', 'Jan Bosman', 'Karen De Vries', 'A lot. In 2019 we had 60 automated cranes; today we have 140.'],
      [7, 'qa', 'Elena Ruiz', 'Karen De Vries', 'Less than you would think. We automated the gates first, in 2021.'],
    ]);
  });

  it('in other words: two hyphens, and a news digest of datelines left as text', () => {
    const panel = ['MARTA ZIELINSKA -- Who buys your beer?', '', 'TOMASZ WIERZBICKI -- Bars in the south, mostly.', '', 'MARTA ZIELINSKA -- And abroad?', '', 'TOMASZ WIERZBICKI -- Only Vienna, since 2018.', ''].join('\n');
    const digest = ['NEW YORK — Stocks rose on Monday as oil fell.', '', 'HONG KONG — The city reopened its border in 2023.', '', 'NEW YORK — The mayor signed the budget.', '', 'SAN FRANCISCO — Fog delayed 40 flights.', ''].join('\n');
    const c = loadCorpus(tempCorpus({ 'panel.txt': panel, 'digest.txt': digest }));
    expect(c.records.filter((r) => r.doc === 'panel').map((r) => [r.type, r.speaker, r.asker])).toEqual([
      ['qa', 'Tomasz Wierzbicki', 'Marta Zielinska'],
      ['qa', 'Tomasz Wierzbicki', 'Marta Zielinska'],
    ]);
    const digestRecords = c.records.filter((r) => r.doc === 'digest');
    expect(digestRecords.every((r) => r.type === 'claim' && r.speaker === null)).toBe(true);
    expect(digestRecords.map((r) => r.text)).toContain('NEW YORK — Stocks rose on Monday as oil fell.');
  });
});
