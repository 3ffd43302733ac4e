/**
 * Two shapes of group talk the labels did not read:
 *  - a focus group's transcript, its questions put by a "FACILITATOR:" the header names
 *    ("Facilitator: Dr Niamh Corrigan"). The facilitator was a voice of that name, asking nobody:
 *    the round's answers were quotes, and a participant's "Honestly? …" became the question the
 *    next participant answered. A facilitator asks as a moderator does, and a lead-in a speaker
 *    answers at once ("Honestly? Somebody from …") asks nobody;
 *  - a broadcast's numbered unnamed voices ("VOX POP 1:", "VOX POP 2:"), each speaking once:
 *    their words were the reporter's before them. Two numbers of one stem make a cast.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("a focus group's facilitator", () => {
  it('asks each round, under the name the header gives, in the unseen focus group', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['focus-group-03-transcript.txt']);
    const records = c.records.filter((r) => r.doc === 'focus-group-03-transcript');
    const opening = records.filter((r) => r.type === 'qa' && r.line === 8);
    expect(opening.map((r) => [r.speaker, r.asker])).toEqual([
      ['P1', 'Niamh Corrigan'],
      ['P2', 'Niamh Corrigan'],
      ['P3', 'Niamh Corrigan'],
      ['P4', 'Niamh Corrigan'],
    ]);
    // P3's "Honestly? …" is her answer, no question of P4's
    expect(opening[2]!.text).toMatch(/^Honestly\? Somebody from Belfast/);
    expect(records.filter((r) => r.type === 'qa' && r.asker !== 'Niamh Corrigan')).toEqual([]);
    expect(records.find((r) => r.text.startsWith("That's a good place to stop"))?.speaker).toBe('Niamh Corrigan');
  });

  it('in other words: "Facilitator:" in title case, a lead-in of "Me?" and "The short answer?"', () => {
    const c = loadCorpus(tempCorpus({
      'workshop.txt': [
        'Tenants workshop, Leith, 3 March 2023',
        'Facilitator: Ruth Okonjo',
        '',
        'Facilitator: What would you change first about the repairs service?',
        '',
        'Tenant A: Me? The phone line. You wait forty minutes to report a leak.',
        '',
        'Tenant B: The short answer? Everything. Nobody comes out for weeks.',
        '',
        'Tenant C: I would start with the damp in the stairwells.',
        '',
        'Facilitator: And how long did your last repair take?',
        '',
        'Tenant B: Eleven weeks, for a broken window.',
        '',
      ].join('\n'),
    }));
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.asker, (r.question ?? '').slice(0, 20)])).toEqual([
      ['Tenant A', 'Ruth Okonjo', 'What would you chang'],
      ['Tenant B', 'Ruth Okonjo', 'What would you chang'],
      ['Tenant C', 'Ruth Okonjo', 'What would you chang'],
      ['Tenant B', 'Ruth Okonjo', 'And how long did you'],
    ]);
  });

  it('still pairs a participant who asks a real question at the end of a turn', () => {
    const c = loadCorpus(tempCorpus({
      'pair.txt': [
        'Facilitator: Tell us about the bus route.',
        '',
        'P1: It stopped running in 2022. Honestly, did anyone ask us?',
        '',
        'P2: Nobody asked me.',
        '',
        'Facilitator: Thank you both.',
        '',
      ].join('\n'),
    }));
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.find((r) => r.speaker === 'P2')?.question).toMatch(/did anyone ask us\?$/);
  });
});

describe("a broadcast's numbered unnamed voices", () => {
  it('speak their own words in the unseen current-affairs transcript', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['abc-730-housing-2025.txt']);
    const records = c.records.filter((r) => r.doc === 'abc-730-housing-2025');
    expect(records.filter((r) => r.line >= 20 && r.line <= 24).map((r) => [r.line, r.speaker])).toEqual([
      [20, 'Tamsin Kiely'],
      [22, 'Vox Pop 1'],
      [24, 'Vox Pop 2'],
    ]);
    expect(records.find((r) => r.line === 20)!.text).toBe('Renters are not convinced.');
  });

  it('in other words: "WOMAN 1:", "WOMAN 2:", "MAN 1:" once each; a numbered part is no voice', () => {
    const c = loadCorpus(tempCorpus({
      'report.txt': [
        'ANNA LEE, PRESENTER: Tonight, the closure of the last bank in Carrow.',
        '',
        'PART 2: THE HIGH STREET',
        '',
        'JOE MARSH, REPORTER: Shoppers here are angry.',
        '',
        'WOMAN 1: I have banked there for 40 years.',
        '',
        'MAN 1: I will have to drive to Dunmore now.',
        '',
        'WOMAN 2: It is the post office or nothing.',
        '',
        'JOE MARSH: The bank says it will close in June 2025.',
        '',
        'ANNA LEE: Joe Marsh reporting.',
        '',
      ].join('\n'),
    }));
    const speakerAt = (l: number) => c.records.find((r) => r.line === l)?.speaker;
    expect([speakerAt(5), speakerAt(7), speakerAt(9), speakerAt(11)]).toEqual(['Joe Marsh', 'Woman 1', 'Man 1', 'Woman 2']);
    expect(c.records.map((r) => r.speaker)).not.toContain('Part 2');
    expect(c.records.find((r) => r.line === 5)!.text).toBe('Shoppers here are angry.');
  });
});
