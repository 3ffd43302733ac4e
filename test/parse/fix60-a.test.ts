/**
 * fix60-a: event transcripts, what probe47-a left (fixtures: test/fixtures/probe47/a/).
 *
 * 1. A select committee's chair: the header names the part's holder ("Members present: Sir Graham
 *    Tolland (Chair); …", or "Chair: Dame Ruth Ellery" in a members list), and the questions go under
 *    "Q1 Chair:". Before, every one of them was asked by "Chair". The witness list's panel numeral
 *    line ("I: Professor Alan Kiprop, …") was a quote with no speaker (the first panel's records under
 *    section "Witnesses"): it is the header's roll, nobody's words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const PROBE = join(FIXTURES, 'probe47', 'a');

describe('a committee part whose holder the header names', () => {
  it('asks the chair\'s questions as the member "(Chair)" marks, in the select committee', () => {
    const c = fixtureCorpus(PROBE, ['select-committee-water-resilience-2023.txt']);
    const records = c.records.filter((r) => r.doc === 'select-committee-water-resilience-2023');
    expect(records.filter((r) => r.speaker === 'Chair' || r.asker === 'Chair')).toEqual([]);
    expect(records.filter((r) => r.line <= 31 && r.type === 'qa').map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [21, 'Alan Kiprop', 'Sir Graham Tolland'],
      [21, 'Chiamaka Okafor', 'Sir Graham Tolland'],
      [27, 'Alan Kiprop', 'Sir Graham Tolland'],
      [31, 'Chiamaka Okafor', 'Sir Graham Tolland'],
    ]);
    expect(records.find((r) => r.line === 66)).toMatchObject({ type: 'quote', speaker: 'Sir Graham Tolland', text: expect.stringMatching(/^Thank you both\./) });
    // The other members keep their own names.
    expect(records.find((r) => r.line === 35)).toMatchObject({ type: 'qa', speaker: 'Chiamaka Okafor', asker: 'Dame Ruth Ellery' });
    // The panel numeral line is the witness list's, no one's words; the first panel's section is its own heading.
    expect(records.filter((r) => r.line === 15)).toEqual([]);
    expect(records.find((r) => r.line === 21)).toMatchObject({ section: 'Examination of witnesses' });
    expect(c.documents.find((d) => d.id === 'select-committee-water-resilience-2023')?.meta.speakers).not.toContain('Chair');
  });

  it('in other words: "Chair:" as a field of the members list, and two panels numbered I and II', () => {
    const text = [
      'Public Accounts Committee',
      '',
      'Oral evidence: Rural bus subsidies, HC 402',
      '',
      'Tuesday 14 November 2017',
      '',
      'Members:',
      'Chair: Dame Philippa Oduya',
      'Mr Kenneth Ashworth',
      'Mrs Rhona Castellane',
      '',
      'Witnesses',
      '',
      'I: Mr Tobias Renwick, Permanent Secretary, Department for Transport.',
      '',
      'II: Ms Oona Fairweather, Director, Rural Transport Trust; and Mr Hal Ibsen, Treasurer, Rural Transport Trust.',
      '',
      'Examination of witness',
      '',
      'Q1 Chair: Mr Renwick, how many routes closed in 2016?',
      '',
      'Mr Tobias Renwick: Forty-one routes closed in 2016, most of them in the north.',
      '',
      'Q2 Mr Kenneth Ashworth: Were the councils consulted?',
      '',
      'Mr Tobias Renwick: All of them were, by letter, in March.',
      '',
      'Q3 Chair: Thank you. We will write to you.',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'pac-bus-subsidies.txt': text })).records;
    expect(records.filter((r) => r.line >= 8).map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [9, 'claim', null, null],
      [10, 'claim', null, null],
      [12, 'claim', null, null],
      [20, 'qa', 'Tobias Renwick', 'Dame Philippa Oduya'],
      [24, 'qa', 'Tobias Renwick', 'Kenneth Ashworth'],
      [28, 'quote', 'Dame Philippa Oduya', null],
    ]);
    expect(records.find((r) => r.line === 20)).toMatchObject({ question: 'Mr Renwick, how many routes closed in 2016?', text: 'Forty-one routes closed in 2016, most of them in the north.', section: 'Examination of witness' });
  });

  it('in other words: a scrutiny panel\'s convener in brackets, another convener\'s office written after a comma', () => {
    const text = [
      'Housing Scrutiny Panel — public meeting',
      '12 February 2021',
      '',
      'Present: Cllr Wendell Achebe (Convener), Cllr Rosa Lindqvist and Cllr Matteo Bracci.',
      'In attendance: Ms Leila Haddad, Convener of the Tenants Forum.',
      '',
      'Convener: Ms Haddad, how many homes stood empty in 2020?',
      '',
      'Ms Haddad: About 640, of which 210 for more than two years.',
      '',
      'Cllr Rosa Lindqvist: And how many have been brought back into use?',
      '',
      'Ms Haddad: 95 so far.',
      '',
      'Convener: Thank you.',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'scrutiny-empty-homes.txt': text })).records;
    expect(records.filter((r) => r.line >= 6).map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [7, 'qa', 'Leila Haddad', 'Wendell Achebe'],
      [11, 'qa', 'Leila Haddad', 'Rosa Lindqvist'],
      [15, 'quote', 'Wendell Achebe', null],
    ]);
    expect(records.find((r) => r.line === 7)).toMatchObject({ question: 'Ms Haddad, how many homes stood empty in 2020?', text: 'About 640, of which 210 for more than two years.' });
  });
});

describe('a moderator announcing the statement, with the floor\'s etiquette after it', () => {
  it('leaves the minister\'s statement unpaired under the moderator\'s housekeeping, in the press conference', () => {
    const c = fixtureCorpus(PROBE, ['press-conference-halvorsen-interpreted-2022.txt']);
    const records = c.records.filter((r) => r.doc === 'press-conference-halvorsen-interpreted-2022');
    expect(records.filter((r) => r.line <= 14).map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [2, 'claim', null, null],
      [4, 'claim', null, null],
      [6, 'quote', 'Ingrid Sølvberg', null],
      [8, 'quote', 'Eirik Halvorsen', null],
      [14, 'quote', 'Ingrid Sølvberg', null],
    ]);
    expect(records.find((r) => r.line === 8)?.text).toMatch(/^Thank you for coming\. This morning we signed/);
    // The questions from the floor still pair.
    expect(records.find((r) => r.line === 16)).toMatchObject({ type: 'qa', speaker: 'Eirik Halvorsen', asker: 'Reuters' });
  });

  it('in other words: a health briefing whose press officer asks the room for names before the remarks', () => {
    const text = [
      'City Health Department',
      'Briefing on the measles outbreak, 4 April 2019',
      '',
      'MODERATOR (PAULO REIS, press officer): Good morning, everyone. The Commissioner will give some opening remarks and then take your questions. Please give your name and organisation before you ask.',
      '',
      'COMMISSIONER ODUYA: Thank you, Paulo. As of this morning we have 37 confirmed cases, 29 of them in children under five. We are opening four more vaccination clinics on Monday.',
      '',
      'Q (Herald): How many of the 37 were vaccinated?',
      '',
      'COMMISSIONER ODUYA: Three had one dose. None had two.',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'measles-briefing.txt': text })).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [4, 'quote', 'Paulo Reis', null],
      [6, 'quote', 'Commissioner Oduya', null],
      [8, 'qa', 'Commissioner Oduya', 'Herald'],
    ]);
    expect(records[2]).toMatchObject({ question: 'How many of the 37 were vaccinated?', text: 'Three had one dose. None had two.' });
  });
});

describe('a short name in capitals, and an outlet in capitals', () => {
  it('title-cases the caller "DEV" beside a place; "Q (NRK)" stays an outlet (askerRole), as fix17b decided', () => {
    const c = fixtureCorpus(PROBE, ['radio-phonein-energy-bills-2021.txt', 'press-conference-halvorsen-interpreted-2022.txt']);
    const radio = c.records.filter((r) => r.doc === 'radio-phonein-energy-bills-2021');
    expect(radio.filter((r) => r.line === 26 || r.line === 30).map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [26, 'qa', 'Priya Chaudhary', 'Dev'],
      [30, 'qa', 'Priya Chaudhary', 'Dev'],
    ]);
    expect(radio.find((r) => r.line === 14)).toMatchObject({ asker: 'Maureen' });
    const press = c.records.filter((r) => r.doc === 'press-conference-halvorsen-interpreted-2022');
    expect(press.find((r) => r.line === 30)).toMatchObject({ type: 'qa', speaker: 'Eirik Halvorsen', asker: null, askerRole: 'NRK', question: 'Minister, is this the end of the coastal fishing communities in the north?' });
    expect(press.find((r) => r.line === 16)).toMatchObject({ asker: 'Reuters' });
  });

  it('in other words: "TOR:" and "DEV:" the presenter names in title case, "NHS:" never, "Q (TV2)" an outlet', () => {
    const text = [
      'Late Night Phone-In, Radio North, 3 March 2020',
      '',
      'PRESENTER: Next on the line is Tor, calling from Bodø. Go ahead, Tor.',
      '',
      'TOR: Hello. I want to ask about the ferry timetable. Why was the 6 am crossing cut?',
      '',
      'GUEST (HILDE MOEN, ferry operator): Because only nine people used it on an average weekday.',
      '',
      'PRESENTER: And Dev is on line two.',
      '',
      'DEV: Hi. Will the winter fares go up again?',
      '',
      'GUEST (HILDE MOEN, ferry operator): By 4 percent, from November.',
      '',
      'Q (TV2): Is the operator still making a loss?',
      '',
      'GUEST (HILDE MOEN, ferry operator): Yes, 11 million kroner last year.',
      '',
      'NHS: This label is an acronym, never written otherwise.',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'ferry-phonein.txt': text })).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [3, 'quote', 'Presenter', null],
      [5, 'qa', 'Hilde Moen', 'Tor'],
      [9, 'quote', 'Presenter', null],
      [11, 'qa', 'Hilde Moen', 'Dev'],
      [15, 'qa', 'Hilde Moen', null],
      [19, 'quote', 'NHS', null],
    ]);
    expect(records[4]).toMatchObject({ askerRole: 'TV2' });
    expect(records[1]).toMatchObject({ question: 'Hello. I want to ask about the ferry timetable. Why was the 6 am crossing cut?', text: 'Because only nine people used it on an average weekday.' });
  });
});

describe('a PDF copy\'s label split at its hyphen, and its running head', () => {
  it('reads "HELENA VASQUEZ-" / "THORNE:" as her label, and the later running head as no section, in the archivist interview', () => {
    const c = fixtureCorpus(PROBE, ['pdf-interview-archivist-2019.txt']);
    const records = c.records.filter((r) => r.doc === 'pdf-interview-archivist-2019');
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [9, 'Helena Vasquez-Thorne', 'Jonah Pettigrew'],
      [17, 'Helena Vasquez-Thorne', 'Jonah Pettigrew'],
      [28, 'Helena Vasquez-Thorne', 'Jonah Pettigrew'],
      [37, 'Helena Vasquez-Thorne', 'Jonah Pettigrew'],
      [46, 'Helena Vasquez-Thorne', 'Jonah Pettigrew'],
      [52, 'Helena Vasquez-Thorne', 'Jonah Pettigrew'],
    ]);
    expect(records.find((r) => r.line === 17)).toMatchObject({ question: 'How do you decide what to keep?', text: expect.stringMatching(/^There is a retention schedule, and most of it is straightforward\..*thrown away\.$/s) });
    expect(records.filter((r) => /QUARTERLY/.test(r.section ?? '') || /QUARTERLY|VASQUEZ-/.test(r.text))).toEqual([]);
  });

  it('in other words: a journal\'s head "THE LEDGER REVIEW", a guest "AMARA OSEI-" / "BONSU:"', () => {
    const text = [
      'THE LEDGER REVIEW                                         Spring 2018',
      '',
      'Counting the harvest: a conversation with Amara Osei-Bonsu',
      '',
      'PIOTR LAND: When did the cooperative start keeping accounts of its own?',
      '',
      'AMARA OSEI-BONSU: In 1996, with one exercise book and a borrowed',
      'calculator. By 2004 we had 312 members and a bookkeeper.',
      '',
      'PIOTR LAND: Who audits the books now?',
      '',
      'AMARA OSEI-',
      'BONSU: An outside firm, every March. Before that the members',
      'elected two auditors from among themselves each year.',
      '',
      'THE LEDGER REVIEW                                         112',
      '',
      'PIOTR LAND: Did the members trust the outside firm?',
      '',
      'AMARA OSEI-BONSU: Not at first. It took three clean reports.',
      '',
      '                                                  Page 2 of 9',
      '',
      'PIOTR LAND: And what comes next?',
      '',
      'AMARA OSEI-BONSU: A second warehouse, if the 2019 harvest is good.',
      '',
      '                                                  Page 3 of 9',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'ledger-review-cooperative.txt': text })).records;
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker, r.section])).toEqual([
      [5, 'Amara Osei-Bonsu', 'Piotr Land', null],
      [10, 'Amara Osei-Bonsu', 'Piotr Land', null],
      [18, 'Amara Osei-Bonsu', 'Piotr Land', null],
      [24, 'Amara Osei-Bonsu', 'Piotr Land', null],
    ]);
    expect(records.find((r) => r.line === 10)).toMatchObject({ question: 'Who audits the books now?', text: 'An outside firm, every March. Before that the members elected two auditors from among themselves each year.' });
  });
});
