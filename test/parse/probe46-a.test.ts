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

describe('answers signed with their answerer\'s label', () => {
  it('gives each answer of the GitHub wiki AMA to the maintainer who answered, the label out of the words', () => {
    const c = fixtureCorpus(DIR, ['github-discussions-ama-tidepool-2025.md']);
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.asker, r.speaker])).toEqual([
      [14, '@mkowalczyk', '@nadia-oduya'],
      [20, '@jpereira', '@lkessler'],
      [30, '@jpereira', '@lkessler'],
      [36, '@ahmed-r', '@nadia-oduya'],
    ]);
    expect(qa[0]!.text).toBe('Yes. We are aiming for 1 July 2025. The last blocker is the new write-ahead log, and that landed in main last week.');
    expect(qa[1]!.text).toContain('tidepool migrate --from 1.8');
    expect(qa[1]!.text).toContain('replicate to a 2.0 follower first and switch over.');
    expect(qa[3]!.text).toContain('That pays for two of us part-time.');
    expect(qa.filter((r) => /answered:/.test(r.text))).toEqual([]);
  });

  it('in other words: named people who reply', () => {
    const dir = tempCorpus({
      'recap.md': ['# Staff questions for the new head of IT', '', '**Marta Quintero asked:** When do the old laptops go?', '', '**Idris Bello replied:** By June 2026, all 340 of them.', '', '**Sean Duffy asked:** Who fixes the printers now?', '', '**Idris Bello replied:** Still us, until the contract ends.', ''].join('\n'),
    });
    const qa = loadCorpus(dir).records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.asker, r.speaker, r.question, r.text])).toEqual([
      [3, 'Marta Quintero', 'Idris Bello', 'When do the old laptops go?', 'By June 2026, all 340 of them.'],
      [7, 'Sean Duffy', 'Idris Bello', 'Who fixes the printers now?', 'Still us, until the contract ends.'],
    ]);
  });
});

describe('a blockquote and a callout box above labelled turns', () => {
  it('reads the Obsidian callouts without their marks, the title heading no section', () => {
    const c = fixtureCorpus(DIR, ['obsidian-beekeeper-cooperative-2023.md']);
    const claims = c.records.filter((r) => r.type !== 'qa');
    expect(claims.filter((r) => /^>|\[!/.test(r.text) || /\[!|^>/.test(r.section ?? ''))).toEqual([]);
    expect(c.records.find((r) => r.line === 12)).toMatchObject({ type: 'claim', speaker: null, section: null, text: 'Spoke with Solveig Halvorsen by phone on 12 May 2023.' });
    expect(c.records.find((r) => r.line === 33)).toMatchObject({ type: 'quote', speaker: 'Solveig Halvorsen' });
    expect(c.records.find((r) => r.line === 40)).toMatchObject({ type: 'claim', speaker: null, section: 'Notes' });
  });

  it('in other words: a deck in a blockquote over Q/A labels, a folded callout with no title', () => {
    const dir = tempCorpus({
      'ferry.md': ['# Talking ferries with Jo Marsh', '', '> Jo Marsh has run the Kessock ferry since 2015.', '> We spoke in May 2024.', '', '**Q:** How many crossings a day?', '', '**A:** Forty in summer, twenty-two in winter.', '', '> [!tip]-', '> Fares were last raised in 2019.', '', '**Q:** And the fare?', '', '**A:** Two pounds fifty.', ''].join('\n'),
    });
    const records = loadCorpus(dir).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.text])).toEqual([
      [3, 'claim', null, 'Jo Marsh has run the Kessock ferry since 2015.'],
      [4, 'claim', null, 'We spoke in May 2024.'],
      [6, 'qa', 'Jo Marsh', 'Forty in summer, twenty-two in winter.'],
      [11, 'claim', null, 'Fares were last raised in 2019.'],
      [13, 'qa', 'Jo Marsh', 'Two pounds fifty.'],
    ]);
  });
});
