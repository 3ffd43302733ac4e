/**
 * News attribution left by probe49-a (fix61-a). What the old code got wrong, each fixed by the layout:
 * - "Priya Raman has just told reporters the river reached …": the perfect's "has" stayed in the
 *   subject ("Priya Raman has just" named no one), and "told reporters" took no bare past clause.
 *   The liveblog shape was not the cause: with a byline the same sentence went to the writer.
 * - "The Met Office says a further 30mm of rain could fall …": "a further" before a figure with its
 *   unit written on was no reported clause; "In its latest bulletin it warned: "…"" after it was nobody's.
 * - "The Zambia Environmental Management Agency (ZEMA) said in a statement that …": the short name in
 *   brackets ending the subject stayed in it, and four capitals and a bracket read as an office and a name.
 * - "A person familiar with …, said a valve on a storage tank … had cracked": a clause opened by "a"
 *   was no reported clause; "One of them said …" after "Two people close to … said" went to the writer.
 * - "Ms X read from an email Ashdown sent to Mr Maddox that month: "…"", "A text message from Ashdown
 *   to a friend, shown to the jury, read: "…"": nobody's; they are the message's writer's.
 * - "Coastal's chief executive, Bronwyn Achebe, will step down. In a note to staff, she wrote that …":
 *   "she" went to the possessive's owner (the airline), not to the role's holder.
 * - "Banda disputed that account. Her version was simple: the alarm sounded …": nobody's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const PROBE = join(FIXTURES, 'probe49', 'a');
const DIR = join(FIXTURES, 'fix61', 'a');
const at = (records: { line: number; type: string }[], line: number, type = 'claim') => records.find((r) => r.line === line && r.type === type);
const recordsOf = (dir: string, doc: string) => loadCorpus(dir).records.filter((r) => r.doc === doc);

describe('a liveblog entry reporting what a person or an organisation says', () => {
  it('credits the duty manager, the Met Office and its bulletin in the flood liveblog', () => {
    const records = fixtureCorpus(PROBE, ['liveblog-flood-2025.txt']).records.filter((r) => r.doc === 'liveblog-flood-2025');
    expect(at(records, 11)).toMatchObject({ speaker: 'Priya Raman', section: '18:45', text: expect.stringMatching(/^Environment Agency duty manager Priya Raman has just told reporters/) });
    expect(at(records, 39)).toMatchObject({ speaker: 'the Met Office', section: '17:05', text: expect.stringMatching(/^The Met Office says a further 30mm/) });
    expect(at(records, 41, 'quote')).toMatchObject({ speaker: 'the Met Office', text: expect.stringMatching(/^Significant further flooding/) });
  });

  it('in other words: a wildfire liveblog, "has told journalists", "another 40km", "it cautioned:", "one of them"', () => {
    const records = fixtureCorpus(DIR, ['liveblog-wildfire-2024.txt']).records.filter((r) => r.doc === 'liveblog-wildfire-2024');
    expect(at(records, 10)).toMatchObject({ speaker: 'Lerato Mokoena', section: '21:10', text: expect.stringMatching(/has told journalists the blaze crossed/) });
    expect(at(records, 15)).toMatchObject({ speaker: 'the Weather Bureau', section: '20:35' });
    expect(at(records, 17, 'quote')).toMatchObject({ speaker: 'the Weather Bureau', text: expect.stringMatching(/^Gusts of up to 70km\/h/) });
    const line20 = records.filter((r) => r.line === 20);
    expect(line20.map((r) => r.speaker)).toEqual(['two people close to the district council', 'one of two people close to the district council']);
    // Narration of the blog itself stays nobody's.
    expect(at(records, 23)).toMatchObject({ speaker: null, text: expect.stringMatching(/^Welcome to our rolling coverage/) });
  });

  it('"it" is nobody where no organisation was just reported, and a person credited since ends it', () => {
    const dir = tempCorpus({
      'notes.txt': [
        'Harbour notes',
        '',
        'Two ferries were held in port on Thursday. In a notice it warned: "Nobody should sail tonight."',
        '',
        'The Port Authority says a further 12 berths will close on Friday.',
        '',
        'Harbour master Tomas Vidal has said that the channel was dredged in May.',
        '',
        'In a second notice it warned: "The tide will be higher than forecast."',
        '',
      ].join('\n'),
    });
    const records = recordsOf(dir, 'notes');
    expect(at(records, 3, 'quote')).toMatchObject({ speaker: null, text: 'Nobody should sail tonight.' });
    expect(at(records, 5)).toMatchObject({ speaker: 'the Port Authority' });
    expect(at(records, 7)).toMatchObject({ speaker: 'Tomas Vidal' });
    expect(at(records, 9, 'quote')).toMatchObject({ speaker: null, text: 'The tide will be higher than forecast.' });
  });
});

describe('a wire story: a bracketed short name, a long anonymous source, an account after a colon', () => {
  it('credits the agency, the person familiar with the review and Banda in the smelter story', () => {
    const records = fixtureCorpus(PROBE, ['wire-copper-smelter-2023.txt']).records.filter((r) => r.doc === 'wire-copper-smelter-2023');
    expect(at(records, 9)).toMatchObject({ speaker: 'the Zambia Environmental Management Agency', text: expect.stringMatching(/^The Zambia Environmental Management Agency \(ZEMA\) said in a statement/) });
    expect(at(records, 15)).toMatchObject({ speaker: "a person familiar with the company's internal review", text: expect.stringMatching(/had cracked\.$/) });
    const line13 = records.filter((r) => r.line === 13);
    expect(line13.map((r) => [r.speaker, r.text.slice(0, 28)])).toEqual([
      [null, 'Banda disputed that account.'],
      ['Mutale Banda', 'Her version was simple: the '],
    ]);
  });

  it('in other words: another authority, a source who spoke on condition, her account', () => {
    const dir = tempCorpus({
      'port.txt': [
        'Port fire inquiry opens',
        '',
        'Two cranes burned at the container terminal on Saturday night.',
        '',
        'The Lesotho Highlands Water Commission (LHWC) said in a statement that its pumping station had been shut.',
        '',
        'A worker at the terminal, who spoke on condition of anonymity because he was not allowed to talk to the press, said an alarm in the fuel store had failed twice in 2022.',
        '',
        'Harbour pilot Jacob Mensah was on the quay that night. Grace Dlamini, the terminal manager, disagreed. Her account was different: the fire started in a container, not in the fuel store.',
        '',
      ].join('\n'),
    });
    const records = recordsOf(dir, 'port');
    expect(at(records, 5)).toMatchObject({ speaker: 'the Lesotho Highlands Water Commission' });
    expect(at(records, 7)).toMatchObject({ speaker: 'a worker at the terminal' });
    expect(records.filter((r) => r.line === 9).pop()).toMatchObject({ speaker: 'Grace Dlamini', text: expect.stringMatching(/^Her account was different:/) });
  });
});

describe('a quotation read out of an email or a text message', () => {
  it('is the message writer\'s in the court report', () => {
    const records = fixtureCorpus(PROBE, ['court-report-fraud-2021.txt']).records.filter((r) => r.doc === 'court-report-fraud-2021');
    expect(at(records, 18, 'quote')).toMatchObject({ speaker: 'Caroline Ashdown', text: expect.stringMatching(/^The printer is an old friend/) });
    expect(at(records, 32, 'quote')).toMatchObject({ speaker: 'Caroline Ashdown', text: "If they ever check, I'm finished. But they won't check." });
  });

  it('in other words: a letter a director wrote, a message from a clerk', () => {
    const dir = tempCorpus({
      'trial.txt': [
        'Clerk jailed over tender fraud',
        '',
        'Prosecutor Helen Marsh told the court that Owen Pryce, a procurement clerk, had rigged 14 tenders.',
        '',
        'Ms Marsh read from a letter Pryce wrote to a supplier in March: "Send the invoice to my home address, not the office."',
        '',
        'A WhatsApp message from Pryce to his brother, found on his phone, read: "Nobody reads the tenders anyway."',
        '',
      ].join('\n'),
    });
    const records = recordsOf(dir, 'trial');
    expect(at(records, 5, 'quote')).toMatchObject({ speaker: 'Owen Pryce', text: 'Send the invoice to my home address, not the office.' });
    expect(at(records, 7, 'quote')).toMatchObject({ speaker: 'Owen Pryce', text: 'Nobody reads the tenders anyway.' });
  });
});

describe('a pronoun after "OWNER\'s role, NAME," opening the sentence', () => {
  it('is the role\'s holder in the airline story, and "one of them" is one of the people just cited', () => {
    const records = fixtureCorpus(PROBE, ['business-daily-airline-merger-2025.txt']).records.filter((r) => r.doc === 'business-daily-airline-merger-2025');
    expect(at(records, 16, 'quote')).toMatchObject({ speaker: 'Bronwyn Achebe', text: expect.stringMatching(/^was the hardest of my career/) });
    expect(records.filter((r) => r.line === 24).map((r) => r.speaker)).toEqual(['two people close to the negotiations', 'one of two people close to the negotiations']);
  });

  it('in other words: a bank\'s chair, a pronoun in the next paragraph', () => {
    const dir = tempCorpus({
      'bank.txt': [
        'Lender names new chair',
        '',
        'By Ruth Ansah',
        '',
        "Meridian Mutual's outgoing chair, Olufunke Adebayo, will leave in June.",
        '',
        'In a letter to members, she wrote that the board "chose continuity over spectacle."',
        '',
      ].join('\n'),
    });
    const records = recordsOf(dir, 'bank');
    expect(at(records, 7, 'quote')).toMatchObject({ speaker: 'Olufunke Adebayo', text: 'chose continuity over spectacle.' });
  });
});
