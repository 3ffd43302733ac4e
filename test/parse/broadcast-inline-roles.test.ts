/**
 * A broadcast transcript's first turn of a voice, its role on the label's line with the words:
 * "RAUL MEDINA, Almond Grower: We planted…" (the name in capitals, the role as a lower third writes
 * it), and "Dawn Fletcher, caller from Eastside: Hiya." where the same name labels a later turn of
 * its own. Before, such a label was refused as a sentence: its words ran on in the turn above, and
 * where too few plain labels were left the whole transcript was read as prose, every turn a claim
 * of no one's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';
import { loadCorpus } from '../../src/load/load.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; text: string };
const DIR = join(FIXTURES, 'unseen');
const at = (records: Rec[], line: number) => records.filter((r) => r.line === line);

describe('NAME, Title Role: words — a voice in capitals, its role in mixed case', () => {
  const records = fixtureCorpus(DIR, ['central-valley-drought-segment-2024.txt']).records as Rec[];

  it('reads every turn as its voice\'s, the role off the text', () => {
    expect(at(records, 5)).toMatchObject([{ speaker: 'Judy Woodruff', text: expect.stringMatching(/^Good evening\. Tonight/) }]);
    expect(at(records, 9)).toMatchObject([{ speaker: 'Stephanie Sy', text: expect.stringMatching(/^On Raul Medina's farm/) }]);
    expect(at(records, 11)).toMatchObject([{ type: 'quote', speaker: 'Raul Medina', text: expect.stringMatching(/^We planted these in 1998\./) }]);
    expect(at(records, 19)).toMatchObject([{ speaker: 'Elena Pruitt', text: expect.stringMatching(/^The aquifer here/) }]);
    expect(at(records, 23)).toMatchObject([{ speaker: 'Marisol Echeverria' }]);
    expect(at(records, 13)).toMatchObject([{ type: 'qa', speaker: 'Raul Medina', asker: 'Stephanie Sy' }]);
    expect(records.filter((r) => r.speaker === null)).toEqual([]);
    expect(records.some((r) => /JUDY WOODRUFF|Almond Grower:/.test(r.text))).toBe(false);
  });

  it('in other words; a dateline or a sentence in capitals is no label', () => {
    const turns = (label: string) => ['KAI MORROW: Welcome back.', '', `${label}: The river rose four feet overnight.`, '', 'KAI MORROW: What happens now?', '', 'TESSA VOLKOV: We wait for the crest.', '', 'KAI MORROW: Thank you both.', '', 'TESSA VOLKOV: Thanks.'].join('\n');
    const read = (label: string) => loadCorpus(tempCorpus({ 'river.txt': turns(label) })).records.find((r) => r.text.includes('The river rose'));
    expect(read('BEN OKAFOR, Emergency Manager')).toMatchObject({ speaker: 'Ben Okafor', text: 'The river rose four feet overnight.' });
    expect(read('LINDA CHO, Mother of Three')).toMatchObject({ speaker: 'Linda Cho' });
    // a dateline's place and day: no voice of that name
    const dateline = loadCorpus(tempCorpus({ 'wire.txt': 'NEW DELHI, March 14: The river rose four feet overnight, officials said.\n\nThe monsoon came early this year.\n' })).records;
    expect(dateline.map((r) => r.speaker)).not.toContain('New Delhi');
  });
});

describe('Name, role: words — where the same name labels a turn of its own', () => {
  const records = fixtureCorpus(DIR, ['harbour-radio-phone-in-2023.txt']).records as Rec[];

  it('gives the first turn to that voice, not to the turn above', () => {
    // (the presenter's "Dawn is in Eastside." asks nothing: Dawn's first turn is her quote, at its own line)
    const fletcher = records.find((r) => r.line === 17)!;
    expect(fletcher).toMatchObject({ speaker: 'Dawn Fletcher', text: expect.stringMatching(/^Hiya\. I take that ferry/) });
    expect(records.find((r) => r.line === 5)?.speaker).not.toBeNull();
    expect(records.some((r) => /caller from Eastside:|presenter:/.test(r.text))).toBe(false);
    expect(records.filter((r) => r.speaker === 'Gareth Lloyd').every((r) => !/Hiya/.test(r.text))).toBe(true);
  });

  it('in other words: the role set off by a dash', () => {
    const text = ['Kai Morrow — host: Welcome back.', '', 'Ben Okafor — emergency manager: The river rose four feet overnight.', '', 'Kai Morrow: What happens now?', '', 'Ben Okafor: We wait for the crest.', '', 'Kai Morrow: Thank you.', ''].join('\n');
    const recs = loadCorpus(tempCorpus({ 'river.txt': text })).records;
    expect(recs.find((r) => r.text.startsWith('The river rose'))).toMatchObject({ speaker: 'Ben Okafor' });
    expect(recs.find((r) => r.text.startsWith('We wait'))).toMatchObject({ type: 'qa', speaker: 'Ben Okafor', asker: 'Kai Morrow' });
    expect(recs.some((r) => r.text.includes('emergency manager:'))).toBe(false);
  });

  it('a name and a description before a colon, named nowhere else as a label, stays prose', () => {
    const text = ['Ferry vote tonight', '', 'By Sam Hale', '', 'Kate Ormsby, the presenter: a voice the town wakes to.', '', 'The council votes tonight.', ''].join('\n');
    const recs = loadCorpus(tempCorpus({ 'p.txt': text })).records;
    expect(recs.find((r) => r.line === 5)?.speaker).not.toBe('Kate Ormsby');
  });
});

describe('a phone-in caller by first name, the part saying so', () => {
  it('is a turn of its own ("MARCUS, Caller from Oakland: …"), not words of the host\'s hand-off', () => {
    const records = fixtureCorpus(DIR, ['forum-modular-homes-phone-in-2024.txt']).records as Rec[];
    expect(records.find((r) => r.text.startsWith('Hi. I built an ADU'))).toMatchObject({ speaker: 'Marcus' });
    expect(records.some((r) => r.text.includes('Caller from Oakland'))).toBe(false);
    expect(records.find((r) => r.text.startsWith("That's very common"))?.speaker).toBe('Rosa Delgado');
  });

  it('in other words; a place with its state, or a word before a comma, is no caller', () => {
    const turns = (label: string) => ['HOST: Lines are open.', '', `${label}: Hi, I drive the 38 bus every day.`, '', 'HOST: Thanks for calling.', '', 'HOST: Next caller?', ''].join('\n');
    const read = (label: string) => loadCorpus(tempCorpus({ 'phone.txt': turns(label) })).records.find((r) => r.text.includes('38 bus'));
    expect(read('Dawn, caller from Eastside')).toMatchObject({ speaker: 'Dawn' });
    expect(read('PRIYA, Listener in Leeds')).toMatchObject({ speaker: 'Priya' });
    expect(read('Oakland, California')?.speaker).not.toBe('Oakland');
    expect(read('Callers, listeners')?.speaker).not.toBe('Callers');
  });
});
