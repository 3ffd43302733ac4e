/**
 * Markdown Q&As as people keep them by hand: a podcast's front matter naming its guests on one line
 * ("guests: Ana Ribeiro-Holt, Tomasz Wierzbicki"), an export's interviewee field with a rank before
 * the name and a post after it ("**Interviewee:** Capt. Imogen Farrow-Reyes, Harbour Master, …"),
 * and an Obsidian note's wiki links ("[[Solveig Halvorsen]]"). Before, the guests line was one
 * speaker whose name was both guests, the field named nobody (every answer nobody's), and the
 * links' brackets stayed in the title and the words, the note's subject unknown.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe46', 'a');

describe('front matter naming several guests on one line', () => {
  it('gives each guest their own answers in the multi-guest show notes', () => {
    const c = fixtureCorpus(DIR, ['multiguest-podcast-qa-shownotes-2024.md']);
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker])).toEqual([
      [12, 'Ana Ribeiro-Holt'], [12, 'Tomasz Wierzbicki'],
      [18, 'Ana Ribeiro-Holt'], [18, 'Tomasz Wierzbicki'],
      [30, 'Ana Ribeiro-Holt'], [30, 'Tomasz Wierzbicki'],
      [36, 'Ana Ribeiro-Holt'], [36, 'Tomasz Wierzbicki'],
    ]);
    expect(qa[3]).toMatchObject({ question: '2. Why spreadsheets and not a proper system?' });
    expect(qa[3]!.text).toContain('a locked summary tab that the trustees read on Mondays.');
    expect(qa[3]!.text).toContain('It cost nothing.');
    expect(c.documents[0]!.meta.speakers).toEqual(['Ana Ribeiro-Holt', 'Tomasz Wierzbicki']);
  });

  it('in other words: "speakers: A and B", and a name with its role stays one name', () => {
    const dir = tempCorpus({
      'panel.md': ['---', 'title: Two mayors on buses', 'speakers: Bea Castellano and Olu Adeyemi-Park', '---', '', '**Q:** What did fares cost in 2019?', '', '**Bea:** Two euros, flat.', '', '**Olu:** Ninety pence in our town.', ''].join('\n'),
      'solo.md': ['---', 'title: One councillor', 'guest: Rhea Lindqvist, CFO', '---', '', '**Q:** Was the budget balanced?', '', '**A:** It was, by 4 million in 2021.', ''].join('\n'),
    });
    const c = loadCorpus(dir);
    const panel = c.records.filter((r) => r.doc === 'panel' && r.type === 'qa');
    expect(panel.map((r) => r.speaker)).toEqual(['Bea Castellano', 'Olu Adeyemi-Park']);
    expect(panel[1]).toMatchObject({ question: 'What did fares cost in 2019?', text: 'Ninety pence in our town.' });
    expect(c.documents.find((d) => d.id === 'solo')!.meta.speakers).toEqual(['Rhea Lindqvist, CFO']);
  });
});

describe("an interviewee field with a rank and a post", () => {
  it('makes the harbour master every answer\'s speaker in the Google Docs export', () => {
    const c = fixtureCorpus(DIR, ['gdocs-export-harbour-dredging-2022.md']);
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker])).toEqual([[7, 'Imogen Farrow-Reyes'], [11, 'Imogen Farrow-Reyes'], [21, 'Imogen Farrow-Reyes'], [29, 'Imogen Farrow-Reyes'], [33, 'Imogen Farrow-Reyes']]);
    expect(qa[2]!.question).toBe("The fishermen's association says the disposal site is too close to the crab grounds. What do you say to them?");
    expect(qa[2]!.text).toContain('The predicted sediment plume does not reach the inshore crab grounds');
    expect(qa[2]!.text).toContain('four of them, for the whole campaign.');
  });

  it('in other words: "Dr." and a dash before the post', () => {
    const dir = tempCorpus({
      'notes.txt': ['Interview notes', '', 'Interviewee: Dr. Kofi Mensah-Barr — chief economist, Volta Mutual', 'Date: 3 May 2021', '', 'Q: Will rates rise this year?', 'A: Twice, I think, by the autumn.', '', 'Q: And inflation?', 'A: Back under 5 percent by 2022.', ''].join('\n'),
    });
    const qa = loadCorpus(dir).records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.question, r.text])).toEqual([
      [6, 'Kofi Mensah-Barr', 'Will rates rise this year?', 'Twice, I think, by the autumn.'],
      [9, 'Kofi Mensah-Barr', 'And inflation?', 'Back under 5 percent by 2022.'],
    ]);
  });
});

describe('wiki links in a notes app\'s page', () => {
  it('reads [[Name]] as the name in the Obsidian note: title, words and the interviewee', () => {
    const c = fixtureCorpus(DIR, ['obsidian-beekeeper-cooperative-2023.md']);
    expect(c.documents[0]!.meta.title).toBe('Interview — Solveig Halvorsen (Fjordhonning co-op)');
    expect(c.records.filter((r) => r.text.includes('[['))).toEqual([]);
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker])).toEqual([[18, 'Solveig Halvorsen'], [22, 'Solveig Halvorsen'], [35, 'Solveig Halvorsen'], [42, 'Solveig Halvorsen']]);
    expect(qa[1]!.text).toContain('- two members lost everything and left.\nAfter that we started treating in August instead of October.');
    expect(c.records.find((r) => r.line === 47)).toMatchObject({ type: 'claim', text: 'Call Anders Lie at the ministry' });
  });

  it('in other words: a link with its own text keeps the target after it, an embed its file name', () => {
    const dir = tempCorpus({
      'call.md': ['# Call with [[Rosa Ilunga|Rosa]]', '', 'Met [[Rosa Ilunga|Rosa]] at the depot in 2019. See [[Depot audit 2019#Findings]].', '', '![[depot-map.png]]', ''].join('\n'),
    });
    const c = loadCorpus(dir);
    expect(c.documents[0]!.meta.title).toBe('Call with Rosa (Rosa Ilunga)');
    const texts = c.records.map((r) => r.text).join('\n');
    expect(texts).toContain('Met Rosa (Rosa Ilunga) at the depot in 2019.');
    expect(texts).toContain('See Depot audit 2019#Findings.');
    expect(texts).not.toContain('[[');
  });
});
