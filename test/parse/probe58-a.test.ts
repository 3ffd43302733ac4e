/**
 * Captions, probe58-a: an interview subtitled in dialogue dashes with no names, the asking side
 * addressing one person by title and surname ("- So, Dr. Amadi, when did you first notice…?" /
 * "- In 2016. …"): the answers are that person's; the asker stays unknown.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker?: string | null; text: string };
const DIR = join(FIXTURES, 'probe58', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a dash interview whose questions address the guest by title and surname', () => {
  it('SRT: "So, Dr. Amadi, when…?" makes every answer Amadi\'s', () => {
    const records = fixtureCorpus(DIR, ['reef-bleaching-interview-2019.srt']).records as Rec[];
    for (const line of [3, 13, 22]) expect(at(records, line, 'qa')).toMatchObject({ speaker: 'Amadi', asker: null });
  });

  it('VTT: "Professor Lindqvist, how…?"; the closing thanks stays the asker\'s, the reply the guest\'s', () => {
    const records = fixtureCorpus(DIR, ['glacier-retreat-doc-2021.vtt']).records as Rec[];
    expect(at(records, 4, 'qa')).toMatchObject({ speaker: 'Lindqvist', text: expect.stringMatching(/^About 30 metres/) });
    expect(at(records, 11, 'qa')?.speaker).toBe('Lindqvist');
    expect(at(records, 18)?.speaker).toBeNull();
    expect(at(records, 21)?.speaker).toBe('Lindqvist');
  });

  it('SRT: "Mr. Okonkwo, why…?"', () => {
    const records = fixtureCorpus(DIR, ['youtube-cycling-interview-2020.srt']).records as Rec[];
    for (const line of [3, 13]) expect(at(records, line, 'qa')?.speaker).toBe('Okonkwo');
  });

  it('names nobody where the sides do not alternate, or two people are addressed', () => {
    const srt = (turns: string[]) => turns.map((t, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i},900\n- ${t}\n`).join('\n');
    const mixed = srt(['Dr. Amadi, when did it start?', 'In 2016.', 'And then?', 'It got worse. Did you see it?', 'Yes.']);
    const two = srt(['Dr. Amadi, when did it start?', 'In 2016.', 'Mr. Lowe, do you agree?', 'I do.']);
    const records = fixtureCorpus(tempCorpus({ 'mixed.srt': mixed, 'two.srt': two })).records as Rec[];
    const answers = records.filter((r) => /^(?:In 2016|It got worse|I do)/.test(r.text));
    expect(answers.length).toBe(4);
    for (const r of answers) expect(r.speaker).toBeNull();
  });
});

describe('an unnamed voice cutting in with its name and part', () => {
  it('Otter: "Unknown Speaker" / "Sorry, can I jump in, this is Dave from accounts." is Dave\'s, that turn only', () => {
    const records = fixtureCorpus(DIR, ['otter-finance-standup-2024.txt']).records as Rec[];
    expect(at(records, 13)).toMatchObject({ speaker: 'Dave', text: expect.stringMatching(/^Sorry, can I jump in/) });
    expect(at(records, 22)?.speaker).toBeNull();
    expect(at(records, 7, 'qa')).toMatchObject({ speaker: 'Tom Okafor', asker: 'Helen Ward' });
  });

  it('names nobody where the turn introduces someone else, or "it\'s" is no name', () => {
    const otter = (turn: string) =>
      ['Standup', 'Tue, Mar 12, 2024 9:02AM • 14:20', '', 'Helen Ward  0:04', 'Morning. Where are we on the close?', '', 'Unknown Speaker  0:41', turn, ''].join('\n');
    const records = fixtureCorpus(
      tempCorpus({
        'a.txt': otter('This is Dana from legal, who will walk us through the contract.'),
        'b.txt': otter('It\'s Tuesday from memory, so we have time.'),
        'c.txt': otter('Well, my cousin said "I\'m Raj from the bank, let me in." Then he left.'),
      }),
    ).records as Rec[];
    const unknown = records.filter((r) => /^(?:This is Dana|It's Tuesday|Well, my cousin)/.test(r.text));
    expect(unknown.length).toBe(3);
    for (const r of unknown) expect(r.speaker).toBeNull();
  });
});

describe('a Teams transcript whose unnamed voices are numbered parts on the name line', () => {
  it('reads "Participant 1" above the words as that voice, not as words of the cue', () => {
    const records = fixtureCorpus(join(FIXTURES, 'probe58', 'a'), ['teams-product-sync-2023.txt']).records;
    // (fix71-a: the host hands Participant 1 the floor by name twice, "Over to you, Kenji." and
    // "Kenji, can you look at login as well?", so that voice is Kenji.)
    // (fix72-a: "Over to you, Kenji." asks nothing: his report is his quote.)
    expect(records.find((r) => r.text.startsWith('Thanks, Ruth.'))).toMatchObject({ type: 'quote', speaker: 'Kenji' });
    expect(records.some((r) => /^(?:Ruth Bennett|Participant \d) /.test(r.text))).toBe(false);
  });
});
