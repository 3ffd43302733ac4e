/**
 * News stories: leftovers of probe44-a (fix57-a).
 * - A name after a run of capitalised office words ("said Deputy Harbour Master Lin Okoro") kept the
 *   office's nouns as part of the name; "Public Works Director X said the $860,000 project would …"
 *   was read as no report at all (a figure after "the"), so the byline's writer said it.
 * - Reported speech of people described, not named ("Their lawyers said …", "…, according to two
 *   people with knowledge …") went to the byline's writer: now nobody's.
 * - A story's foot ("MORE: …", "Compiled by staff writer X", "Contact X at …", "Keywords: …") made
 *   claims of the writer: now metadata, still found by search.
 * - A kicker over a headline in capitals ("ANALYSIS" / "DREDGING DELAY …") and a paper's name over its
 *   date line with its section alone under them were taken for the title.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'fix57', 'a');
const HARBOUR = 'harbour-dredging-2025';
const VALLEY = 'valley-gazette-library-2024';

describe('a name after a run of capitalised office words', () => {
  it('is the person, before or after "said", and a figure after "the" still opens a reported clause', () => {
    const c = fixtureCorpus(DIR, [`${HARBOUR}.txt`]);
    const at = (line: number) => c.records.filter((r) => r.doc === HARBOUR && r.line === line);
    expect(at(13)).toEqual([expect.objectContaining({ type: 'quote', speaker: 'Lin Okoro', text: expect.stringMatching(/^We cannot dredge/) })]);
    expect(at(15)).toEqual([expect.objectContaining({ type: 'claim', speaker: 'Amadou Keita', text: expect.stringMatching(/^Public Works Director Amadou Keita said the \$2\.3 million contract/) })]);
    expect(at(17)).toEqual([expect.objectContaining({ type: 'quote', speaker: 'Amadou Keita' })]);
    expect(at(25)).toEqual([expect.objectContaining({ type: 'claim', speaker: 'Lin Okoro' })]);
    expect(c.records.some((r) => r.speaker?.startsWith('Harbour'))).toBe(false);
  });

  it('in other words: an office of two capitalised nouns after "Chief", the surname later; a pound figure', () => {
    const text = [
      'Canal towpath to reopen',
      '',
      'By Idris Pennock',
      '',
      'The towpath along the Wexcombe canal will reopen next month.',
      '',
      '"The banks are safe again," Chief Lock Keeper Morwenna Tate said. "We checked every metre."',
      '',
      'Borough Engineer Kasia Wolny said the £640,000 scheme would add lighting at both bridges.',
      '',
      'Tate said the locks would open at weekends only.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'towpath-2024.txt': text }));
    const at = (line: number) => c.records.filter((r) => r.line === line);
    expect(at(7)).toEqual([expect.objectContaining({ type: 'quote', speaker: 'Morwenna Tate', text: 'The banks are safe again. We checked every metre.' })]);
    expect(at(9)).toEqual([expect.objectContaining({ type: 'claim', speaker: 'Kasia Wolny' })]);
    expect(at(11)).toEqual([expect.objectContaining({ type: 'claim', speaker: 'Morwenna Tate' })]);
  });
});

describe('reported speech of people described, not named', () => {
  it('is nobody\'s, never the byline writer\'s', () => {
    const c = fixtureCorpus(DIR, [`${HARBOUR}.txt`, `${VALLEY}.txt`]);
    const of = (doc: string, line: number) => c.records.filter((r) => r.doc === doc && r.line === line);
    expect(of(HARBOUR, 19)).toEqual([
      expect.objectContaining({ type: 'claim', speaker: 'Greta Solheim', text: 'Ferry operators were not consulted.' }),
      expect.objectContaining({ type: 'claim', speaker: null, text: expect.stringMatching(/^Their lawyers said the closure/) }),
    ]);
    expect(of(HARBOUR, 21)).toEqual([expect.objectContaining({ type: 'claim', speaker: 'one senior port official' })]);
    expect(of(HARBOUR, 23)).toEqual([expect.objectContaining({ type: 'claim', speaker: null, text: expect.stringMatching(/according to two people with knowledge/) })]);
    expect(of(VALLEY, 16)).toEqual([expect.objectContaining({ type: 'claim', speaker: null, text: expect.stringMatching(/^Several parents said that/) })]);
    // The writer's own sentences stay the writer's.
    expect(of(VALLEY, 12)).toEqual([expect.objectContaining({ type: 'claim', speaker: 'Hollis Mbeki' })]);
  });

  it('in other words: an opening phrase before the source, an anonymous official with an aside, a narrated "said"', () => {
    const text = [
      'Mill owner fined over spill',
      '',
      'By Petra Lindahl',
      '',
      'The mill was fined 90,000 kronor on Tuesday.',
      '',
      'In a letter sent to the court, his attorneys said he had followed every permit.',
      '',
      'A regional official, who was not authorised to speak, said the fine "barely covers the clean-up".',
      '',
      'The river will take years to recover, local fishermen said.',
      '',
      'The judge said goodbye to the witnesses and closed the hearing.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'mill-2023.txt': text }));
    const at = (line: number) => c.records.filter((r) => r.line === line && r.type === 'claim');
    expect(at(5)).toEqual([expect.objectContaining({ speaker: 'Petra Lindahl' })]);
    expect(at(7)).toEqual([expect.objectContaining({ speaker: null, text: expect.stringMatching(/^In a letter sent to the court, his attorneys said/) })]);
    // (the official's words in quotation marks make a quote of the official's; no record of the writer's)
    const official = c.records.filter((r) => r.line === 9);
    expect(official.length).toBeGreaterThan(0);
    expect(official.every((r) => r.speaker !== 'Petra Lindahl')).toBe(true);
    expect(at(11)).toEqual([expect.objectContaining({ speaker: null })]);
    // no reported clause after "said": the writer narrates
    expect(at(13)).toEqual([expect.objectContaining({ speaker: 'Petra Lindahl' })]);
  });
});

describe('a story\'s foot lines', () => {
  it('make no claims and are still found', () => {
    const c = fixtureCorpus(DIR, [`${HARBOUR}.txt`, `${VALLEY}.txt`]);
    for (const line of [27, 29, 31, 33]) expect(c.records.filter((r) => r.doc === HARBOUR && r.line === line)).toEqual([]);
    expect(c.records.filter((r) => r.doc === VALLEY && r.line === 18)).toEqual([]);
    // Lines no record holds, whose words the index gives to the nearest record (so search finds them).
    const nearby = c.documents.find((d) => d.id === HARBOUR)!.nearby ?? [];
    for (const [line, words] of [[27, 'MORE: Island school'], [29, 'Compiled by staff writer Jonas Ekberg'], [31, 'gsolheim@harbourpost.example'], [33, 'Keywords: PORT BOARD/DREDGING']] as const)
      expect(nearby.some(([l, t]) => l === line && t.includes(words))).toBe(true);
  });

  it('in other words: a reporter\'s credit, a reach-me line with a phone, tags, a teaser in capitals', () => {
    const text = [
      'Night market returns',
      '',
      'The riverside night market will return on Friday with forty stalls.',
      '',
      'Organisers expect about 3,000 visitors each evening.',
      '',
      'MORE: Food truck rules eased for summer',
      '',
      'Reported by Tobias Renner',
      '',
      'Reach Tobias Renner at 555-0199.',
      '',
      'Tags: markets, riverside, food',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'market-2022.txt': text }));
    expect(c.records.map((r) => r.line)).toEqual([3, 5]);
  });
});

describe('a kicker or a masthead over the headline', () => {
  it('is not the title: the headline under it is', () => {
    const c = fixtureCorpus(DIR, [`${HARBOUR}.txt`, `${VALLEY}.txt`]);
    expect(c.documents.find((d) => d.id === HARBOUR)!.meta.title).toBe('DREDGING DELAY LEAVES FERRY STRANDED');
    expect(c.documents.find((d) => d.id === VALLEY)!.meta.title).toBe("Library expansion 'long overdue,' says board chair");
    // the paper's section no longer heads the story's records
    expect(c.records.filter((r) => r.doc === VALLEY).every((r) => r.section === null)).toBe(true);
  });

  it('in other words: "EXCLUSIVE" over a capitals headline with a dateline block; a paper over its date and "SPORT"', () => {
    const tabloid = [
      'EXCLUSIVE',
      '',
      'SOAP STAR QUITS AFTER PAY ROW',
      '',
      'Actress walks out of long-running drama',
      '',
      'By Nell Garrity',
      '',
      'The actress told bosses she would not renew her contract, sources said.',
      '',
    ].join('\n');
    const paper = [
      'THE HOLLOWAY COURIER',
      'Saturday, March 2, 2019',
      '',
      'SPORT',
      '',
      'Rowing club wins county title for third year',
      '',
      'By Desmond Achterberg',
      '',
      'The Holloway rowing club took the county eights title on the river on Saturday.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'soap-2021.txt': tabloid, 'rowing-2019.txt': paper }));
    expect(c.documents.find((d) => d.id === 'soap-2021')!.meta.title).toBe('SOAP STAR QUITS AFTER PAY ROW');
    expect(c.documents.find((d) => d.id === 'rowing-2019')!.meta.title).toBe('Rowing club wins county title for third year');
    expect(c.records.filter((r) => r.doc === 'rowing-2019').every((r) => r.section === null)).toBe(true);
  });

  it('leaves a cover\'s title in capitals over its subtitle in capitals as the title (no byline under)', () => {
    const text = ['FIELD NOTES', '', 'A YEAR ON THE MOOR', '', 'The first frost came early that year and stayed until March.', ''].join('\n');
    const c = loadCorpus(tempCorpus({ 'moor.txt': text }));
    expect(c.documents[0]!.meta.title).toBe('FIELD NOTES');
  });
});
