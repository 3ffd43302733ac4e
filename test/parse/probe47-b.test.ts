/**
 * Written pieces that carry people's words without a transcript (probe47-b):
 *  - a news story's dateline before its lede's dash ("MOBILE, Ala. — Walter Harlan, the boatbuilder
 *    who …, died on …") was read as a plain sentence "MOBILE, Ala." signed "— Walter Harlan, …": a
 *    quote of the dead man, the lede no claim of its own;
 *  - a pull quote in a "> " block signed on the line under it, after a blank line ("— Pieter van
 *    Dalen, lead architect, …"), was signed only when the signature read as a plain name: with a
 *    particle ("van", "de") it was credited by the paragraph above ("the architect") or nobody,
 *    its signature a claim of nobody's;
 *  - "By Mara Lindqvist, as told to Joel Asante" (the credit on one line) was a section heading over
 *    the essay, and the essay's first person nobody's words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe47', 'b');

describe('a dateline before the lede\'s dash', () => {
  it('is the lede, no quotation signed by the name after the dash, in the obituary', () => {
    const c = fixtureCorpus(DIR, ['obituary-kestrel-brothers-harlan.txt']);
    const lede = c.records.filter((r) => r.line === 7);
    expect(lede).toHaveLength(1);
    expect(lede[0]).toMatchObject({ type: 'claim', speaker: 'Renée Castillo' });
    expect(lede[0]!.text).toMatch(/^MOBILE, Ala\. — Walter Harlan, the boatbuilder .* He was 88\.$/);
    expect(c.records.filter((r) => r.type === 'quote' && r.text.includes('MOBILE'))).toEqual([]);
  });

  it('in other words: a two-word city, a state of initials, a shorter lede', () => {
    const text = [
      'Orchard grower who fought the water board dies at 91',
      '',
      'By Tess Varga',
      'Valley Tribune',
      'March 3, 2023',
      '',
      'SAN JOAQUIN, N.M. — Rosalind Achebe, who farmed almonds on 40 acres for six decades, died on Feb. 27. She was 91.',
      '',
      'Her nephew, Paul Dreyer, said she had been ill for a year.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'grower.txt': text })).records;
    const lede = records.filter((r) => r.line === 7);
    expect(lede.map((r) => r.type)).toEqual(['claim']);
    expect(lede[0]!.speaker).not.toBe('Rosalind Achebe');
    expect(lede[0]!.text).toContain('SAN JOAQUIN, N.M. — Rosalind Achebe');
    // A sentence signed with a venue is still its signer's quote.
    const signed = loadCorpus(tempCorpus({ 'q.md': '# Notes\n\nSome words here.\n\nFunds are safe. — Dora Keane, Twitter, 2018\n\nMore words here.\n' })).records;
    expect(signed.find((r) => r.line === 5)).toMatchObject({ type: 'quote', speaker: 'Dora Keane', text: 'Funds are safe.' });
  });
});

describe('a pull quote signed under its block', () => {
  it('is the signer\'s, with their role, in the newsletter', () => {
    const c = fixtureCorpus(DIR, ['newsletter-the-tideline-issue-58.md']);
    const q = c.records.find((r) => r.line === 13)!;
    expect(q).toMatchObject({ type: 'quote', speaker: 'Pieter van Dalen', role: 'lead architect' });
    expect(q.text).toBe('People thought we were building houseboats for hippies. We were building the only homes in the city that cannot flood.');
    // The signature is no claim; its words are still found (the quote's context or a nearby line).
    expect(c.records.filter((r) => r.text.startsWith('— Pieter'))).toEqual([]);
    // The other pull quotes keep their signers.
    expect(c.records.find((r) => r.line === 23)).toMatchObject({ type: 'quote', speaker: 'Siti Rahmawati' });
    expect(c.records.find((r) => r.line === 32)).toMatchObject({ type: 'quote', speaker: 'Adaeze Okonkwo' });
  });

  it('in other words: an en dash, a name with a particle, a role and an organisation', () => {
    const text = [
      '# Field Notes — No. 12',
      '',
      'The seed bank at Kolwezi holds 31,000 samples. We met the curator who built its cold room.',
      '',
      '> "Every drawer here is a harvest somebody decided not to eat."',
      '',
      '– Lotte de Wit, curator, Kolwezi Seed Trust',
      '',
      'The bank opened in 2009.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'notes.md': text })).records;
    expect(records.find((r) => r.line === 5)).toMatchObject({ type: 'quote', speaker: 'Lotte de Wit', role: 'curator', text: 'Every drawer here is a harvest somebody decided not to eat.' });
    expect(records.filter((r) => r.line === 7)).toEqual([]);
    expect(records.find((r) => r.line === 9)).toMatchObject({ type: 'claim', speaker: null, text: 'The bank opened in 2009.' });
  });
});

describe('"By SUBJECT, as told to WRITER" on one line', () => {
  it('makes the essay\'s first person the subject\'s, the credit no heading, in the ferry essay', () => {
    const c = fixtureCorpus(DIR, ['as-told-to-lindqvist-ferry-2023.md']);
    const records = c.records;
    expect(records.filter((r) => r.section?.includes('as told to'))).toEqual([]);
    expect(records.filter((r) => r.line === 7).map((r) => r.speaker)).toEqual(['Mara Lindqvist', 'Mara Lindqvist', 'Mara Lindqvist']);
    expect(records.find((r) => r.line === 17 && r.type === 'quote')).toMatchObject({ speaker: 'Mara Lindqvist', text: "You'll remember this crossing" });
    expect(records.find((r) => r.line === 25 && r.type === 'quote')).toMatchObject({ speaker: 'Ingrid Båth' });
    // The editor's italic notes above and below are nobody's.
    expect(records.filter((r) => r.line === 5 || r.line === 37).map((r) => r.speaker)).toEqual([null, null, null, null, null]);
  });

  it('in other words: no "By", a plain-text page, the credit under the title', () => {
    const text = [
      'What Forty Winters on a Fire Tower Taught Me',
      '',
      'Halvard Oyen, as told to Beatriz Salgado',
      '',
      '_Halvard Oyen, 77, watched the Ridgeback forest from the Aldur tower between 1979 and 2019._',
      '',
      'I climbed the tower for the first time in May 1979 and I counted the steps: 212.',
      '',
      'My wife said I would last one season. I lasted forty.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'tower.md': text })).records;
    expect(records.filter((r) => r.section?.includes('told to'))).toEqual([]);
    expect(records.filter((r) => r.line === 7 || r.line === 9).map((r) => r.speaker)).toEqual(['Halvard Oyen', 'Halvard Oyen']);
    expect(records.find((r) => r.line === 5)!.speaker).toBeNull();
  });
});

describe('a listicle of one person\'s quotes, each a "> " quotation over its source line', () => {
  it('credits each to the person the title names, dated by the source line, in the hiring listicle', () => {
    const c = fixtureCorpus(DIR, ['listicle-oyelaran-hiring-quotes.md']);
    const quotes = c.records.filter((r) => r.type === 'quote');
    const credited = quotes.filter((r) => r.speaker === 'Dana Oyelaran');
    // (item 5's capitalised source, "— Ledgerline all-hands, leaked memo, 2016", is read since fix60-b)
    expect(credited.map((r) => [r.line, r.year])).toEqual([[7, 2022], [13, 2019], [19, 2020], [25, 2018], [31, 2016], [37, 2022], [43, 2023], [49, 2019], [55, 2024], [61, 2024]]);
    expect(credited[1]).toMatchObject({ section: '2. On speed', context: '— keynote at SaaStr Annual, 2019' });
    expect(credited[1]!.text).toBe('A slow no is worse than a fast no. Candidates remember how long you made them wait long after they forget what you asked.');
    // The source lines are the quotes' context, no claims of their own.
    expect(c.records.filter((r) => r.type === 'claim' && /^— (?:on|keynote|interview)/.test(r.text))).toEqual([]);
  });

  it('in other words: "N things NAME says", a bullet-free page, sources to and at', () => {
    const text = [
      '# 5 things Tomasz Wrona says about running a kitchen',
      '',
      'The chef behind Ognisko has opinions. We collected a few.',
      '',
      '## Staff meals',
      '',
      '> "If the cooks eat badly, the guests will eat badly by Friday."',
      '',
      '— to Restaurant magazine, 2017',
      '',
      '## Menus',
      '',
      '> "A menu with forty dishes is a freezer with a printer."',
      '',
      '— speaking at Food on the Edge, Galway, 2021',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'wrona.md': text })).records;
    expect(records.find((r) => r.line === 7)).toMatchObject({ type: 'quote', speaker: 'Tomasz Wrona', year: 2017, section: 'Staff meals', text: 'If the cooks eat badly, the guests will eat badly by Friday.' });
    expect(records.find((r) => r.line === 13)).toMatchObject({ type: 'quote', speaker: 'Tomasz Wrona', year: 2021, section: 'Menus' });
    expect(records.filter((r) => r.text.startsWith('—'))).toEqual([]);
  });
});
