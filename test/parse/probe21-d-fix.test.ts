/**
 * probe21 d, second pass: reported speech in news whose source is set off by two appositives
 * ("One of the two dissenting directors, NAME, a former …, says …") is that person's claim, and a
 * short sentence before it stays the writer's (d9); a described source ("People familiar with the
 * matter said …", "One employee, who asked not to be named, said …", "X's office said in a
 * statement that …") is the source, as a quote of theirs is (d14, d15).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const d = loadCorpus(join(FIXTURES, 'probe21', 'd'));
const load = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const one = (name: string, text: string) => recordsOf(load(name, text), name.replace(/\.txt$/, ''));
const claimAt = (recs: ReturnType<typeof one>, needle: string) => recs.find((r) => r.type === 'claim' && r.text.includes(needle));

describe('reported speech whose source has two appositives (d9)', () => {
  it('the fixture: Walt Brennan says, and "Not everyone is pleased." stays the writer\'s', () => {
    const recs = recordsOf(d, 'profile-ines-calloway');
    expect(claimAt(recs, 'trust structure will make it harder')?.speaker).toBe('Walt Brennan');
    expect(claimAt(recs, 'trust structure will make it harder')?.text).not.toContain('Not everyone');
    expect(claimAt(recs, 'Not everyone is pleased.')?.speaker).toBe('Martin Ashdown');
  });
  it('other words: a dissenting council member', () => {
    const recs = one('council.txt', `The Bridge Vote

By Hana Lindqvist

The council voted 5 to 2 to rebuild the old bridge in steel.

Some residents object. One of the two opposing members, Teodor Vasko, a retired civil engineer, argued the steel design would double the upkeep.
`);
    expect(claimAt(recs, 'steel design would double')?.speaker).toBe('Teodor Vasko');
    expect(claimAt(recs, 'Some residents object.')?.speaker).toBe('Hana Lindqvist');
  });
  it('a name\'s head cut off at an honorific ("Minister Smt.") stays with the sentence it opens', () => {
    const recs = one('health.txt', `Clinics to reopen

By Arjun Mehta

State Health Minister Smt. Kavita Rao told reporters that the rural clinics would reopen in March.
`);
    expect(claimAt(recs, 'clinics would reopen')?.text).toContain('State Health Minister');
  });
});

describe('a described source is the speaker of its claim (d14, d15)', () => {
  it('the fixture: people familiar with the matter, one employee, another staff member, two people with knowledge', () => {
    const local = recordsOf(d, 'local-clinic-closure');
    expect(claimAt(local, 'losses exceeded $2.4 million')?.speaker).toBe('people familiar with the matter');
    expect(claimAt(local, 'meeting lasted less than fifteen minutes')?.speaker).toBe('one employee');
    expect(claimAt(local, 'Staff were told at a meeting')?.speaker).toBe('Dana Whitcombe');
    expect(claimAt(local, 'three of the clinic')?.speaker).toBe('another staff member');
    const business = recordsOf(d, 'business-tessaro-ceo');
    expect(claimAt(business, 'Lowenthal had pushed for the change')?.speaker).toBe('two people with knowledge of the board\'s discussions');
  });
  it('the fixture: the governor\'s office said in a statement that … "…"', () => {
    const local = recordsOf(d, 'local-clinic-closure');
    const q = local.find((r) => r.type === 'quote' && r.text.includes('monitoring the situation closely'));
    expect(q?.speaker).toBe("Anne Kessler's office");
  });
  it('other words: a port story with unnamed and described sources', () => {
    const recs = one('port.txt', `Port cuts night shifts

By Rafael Ortega

The harbour board will end night shifts at the container terminal in May.

People close to the negotiations said the union rejected two earlier offers before the vote.

Crews learned the news on Friday. One dock worker, who spoke on condition of anonymity, said the meeting ended in shouting.

Mayor Lena Broussard's office said in a statement that the city was "studying every option."
`);
    expect(claimAt(recs, 'union rejected two earlier offers')?.speaker).toBe('people close to the negotiations');
    expect(claimAt(recs, 'meeting ended in shouting')?.speaker).toBe('one dock worker');
    expect(claimAt(recs, 'Crews learned the news')?.speaker).toBe('Rafael Ortega');
    expect(recs.find((r) => r.type === 'quote' && r.text.includes('studying every option'))?.speaker).toBe("Lena Broussard's office");
  });
});

describe('"She estimated X at FIGURE" after her quote is her estimate (d16)', () => {
  it('the fixture: Lindqvist\'s estimate of the savings', () => {
    const recs = recordsOf(d, 'wire-halvard-merger');
    expect(claimAt(recs, 'She estimated annual cost savings')?.speaker).toBe('Marguerite Lindqvist');
  });
  it('other words: a broker forecasting a harvest', () => {
    const recs = one('harvest.txt', `Coffee harvest to shrink

By Tomas Ferreira

"The rains came two weeks too late," said Joana Ribeiro, a broker at Santos Trading. She projected this year's crop at 61 million bags, down from 66 million.
`);
    expect(claimAt(recs, 'She projected')?.speaker).toBe('Joana Ribeiro');
  });
});

describe('a reporting subject after an opening phrase ("In a letter …, then-director NAME wrote that …") (d13)', () => {
  it('the fixture: Helen Osei\'s letter and its quoted words', () => {
    const recs = recordsOf(d, 'business-tessaro-ceo');
    const q = recs.find((r) => r.type === 'quote' && r.text.includes('repeatedly disregarded'));
    const c = claimAt(recs, 'repeatedly disregarded');
    expect(q?.speaker ?? c?.speaker).toBe('Helen Osei');
  });
  it('other words: a former coach\'s memo', () => {
    const recs = one('memo.txt', `Club in turmoil

By Elsa Nordin

The club sacked its manager on Friday. In a 2019 memo to the owners, a copy of which was seen by the Herald, then-coach Bruno Salas wrote that the squad had lost faith in the plan.

In a 2020 email to the players and their agents, a copy of which was seen by the Herald, then-captain Ivo Dragan wrote that the coach had "stopped listening to anyone in the dressing room."
`);
    expect(claimAt(recs, 'lost faith in the plan')?.speaker).toBe('Bruno Salas');
    expect(recs.find((r) => r.type === 'quote' && r.text.includes('stopped listening'))?.speaker).toBe('Ivo Dragan');
  });
});

describe('a wire story dated without a year takes it from the copyright notice at its foot (d11)', () => {
  it('the fixture: © Thomson Reuters 2024', () => {
    expect(recordsOf(d, 'wire-halvard-merger').every((r) => r.year === 2024)).toBe(true);
  });
  it('other words: an agency story with "Copyright 2022 …" under it', () => {
    const recs = one('agency.txt', `Port strike ends after nine days

By Lucia Moreno

VALENCIA, June 3 (Agency) - Dock workers in Valencia returned to work on Friday after a nine-day strike over automation.

The union said the deal protects 1,200 jobs until 2027.

Copyright 2022 Iberian Wire Services. All rights reserved.
`);
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.every((r) => r.year === 2022)).toBe(true);
  });
});
