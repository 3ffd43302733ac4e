/**
 * News stories of every kind of outlet, each attributing words every way English news does (probe49-a).
 * What the old code got wrong, each fixed by the layout:
 * - A sports page's byline with the ground it was filed from ("By Liam Brereton at Kingsmead Park")
 *   was no byline: it headed every record of the match report as its section, and the narration was nobody's.
 * - "Okafor said transportation for the displaced pupils would cost …": a bare noun with its "for"
 *   phrase before the auxiliary was no reported clause; the writer was credited.
 * - "His partner in the business, Ingrid Solberg, handles the money.": "business," before the name
 *   made it a business's name, so "Solberg says" later stayed a bare "Solberg".
 * - "City manager Hugo Lindgren … he laughed: "…"": the team's short name ("City", of "Harbour
 *   City" in the lead) was taken for a person, and "he" went to the team.
 * - "“…,” Vega said. / “…,” she replied.": the reply went to the one who had just spoken.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe49', 'a');
const recordsOf = (dir: string, doc: string) => loadCorpus(dir).records.filter((r) => r.doc === doc);

describe('a byline with the place it was filed from after "at"', () => {
  it('is the writer, and heads nothing, in the match report', () => {
    const c = fixtureCorpus(DIR, ['sports-page-derby-2022.txt']);
    const records = c.records.filter((r) => r.doc === 'sports-page-derby-2022');
    expect(c.documents.find((d) => d.id === 'sports-page-derby-2022')!.meta.author).toBe('Liam Brereton');
    expect(records.filter((r) => r.section !== null)).toEqual([]);
    expect(records.find((r) => r.line === 8)).toMatchObject({ type: 'claim', speaker: 'Liam Brereton', text: expect.stringMatching(/^Kwame Osei scored in the 89th minute/) });
    expect(records.find((r) => r.line === 34)).toMatchObject({ type: 'claim', speaker: 'Liam Brereton', text: 'Attendance: 38,412.' });
  });

  it('in other words: a court reporter at the court, the byline under the date', () => {
    const dir = tempCorpus({
      'assault-trial.txt': [
        'Bouncer cleared of assault outside nightclub',
        '',
        '3 May 2019',
        'By Priya Ramdas at the Old Bailey',
        '',
        'A nightclub doorman was cleared on Thursday of assaulting a customer in 2018.',
        '',
        '"I did my job and nothing more," Marek Novak told the jury.',
      ].join('\n'),
    });
    const records = recordsOf(dir, 'assault-trial');
    expect(records.filter((r) => r.section !== null)).toEqual([]);
    expect(records.find((r) => r.line === 6)).toMatchObject({ type: 'claim', speaker: 'Priya Ramdas', year: 2019 });
    expect(records.find((r) => r.line === 8)).toMatchObject({ type: 'quote', speaker: 'Marek Novak', text: 'I did my job and nothing more' });
  });
});

describe('a reported clause whose subject is a bare noun and its "for"/"of" phrase', () => {
  it('is the surname\'s words, in the school-board story', () => {
    const records = fixtureCorpus(DIR, ['riverton-gazette-school-board-2024.txt']).records.filter((r) => r.doc === 'riverton-gazette-school-board-2024');
    expect(records.find((r) => r.line === 36)).toMatchObject({ type: 'claim', speaker: 'Raymond Okafor', text: expect.stringMatching(/^Okafor said transportation for the displaced pupils/) });
  });

  it('in other words: a bare noun of a firm\'s figures; "said goodbye to …" stays narration', () => {
    const dir = tempCorpus({
      'phones.txt': [
        'Handset maker trims forecast',
        '',
        'By Ola Berg',
        'June 4, 2021',
        '',
        'Finance chief Dmitri Varga spoke to analysts on Tuesday.',
        '',
        'Varga said demand from European carriers had slowed since March.',
        '',
        'Varga said goodbye to the analysts who were leaving early.',
      ].join('\n'),
    });
    const records = recordsOf(dir, 'phones');
    expect(records.find((r) => r.line === 8)).toMatchObject({ type: 'claim', speaker: 'Dmitri Varga' });
    expect(records.find((r) => r.line === 10)).toMatchObject({ type: 'claim', speaker: 'Ola Berg' });
  });
});

describe('a name set off after "a person noun in the business,"', () => {
  it('is a person, whose surname later speaks, in the profile', () => {
    const records = fixtureCorpus(DIR, ['magazine-profile-chef-2023.txt']).records.filter((r) => r.doc === 'magazine-profile-chef-2023');
    expect(records.find((r) => r.line === 29)).toMatchObject({ type: 'quote', speaker: 'Ingrid Solberg', text: expect.stringMatching(/^Yusuf would give the restaurant away/) });
    expect(records.find((r) => r.line === 31)).toMatchObject({ type: 'claim', speaker: 'Ingrid Solberg', text: expect.stringMatching(/according to Solberg\.$/) });
  });

  it('in other words: the head chef at the restaurant, then his surname', () => {
    const dir = tempCorpus({
      'bistro.txt': [
        'The night shift',
        '',
        'By Lena Ortiz',
        'May 2022',
        '',
        'The head chef at the restaurant, Tomasz Wilk, starts at noon.',
        '',
        '"Nobody eats before eight here," Wilk said.',
        '',
      ].join('\n'),
    });
    const records = recordsOf(dir, 'bistro');
    expect(records.find((r) => r.line === 8)).toMatchObject({ type: 'quote', speaker: 'Tomasz Wilk', text: 'Nobody eats before eight here' });
  });
});

describe('a team\'s short name before a role and a full name', () => {
  it('is no person: "he" is the manager named after the role, in the match report', () => {
    const records = fixtureCorpus(DIR, ['sports-page-derby-2022.txt']).records.filter((r) => r.doc === 'sports-page-derby-2022');
    expect(records.find((r) => r.line === 14 && r.type === 'quote')).toMatchObject({ speaker: 'Hugo Lindgren', text: 'Upset him? He scored the winner. They should be upset.' });
  });

  it('in other words: a firm\'s short name, its chief, "she said"', () => {
    const dir = tempCorpus({
      'robots.txt': [
        'Apex Robotics wins port contract',
        '',
        'By Sam Cole',
        'August 9, 2024',
        '',
        'The port chose Apex Robotics over two rivals on Friday.',
        '',
        'Apex chief Marta Ruiz was delighted. "We bid low because we wanted this one," she said.',
      ].join('\n'),
    });
    const records = recordsOf(dir, 'robots');
    expect(records.find((r) => r.line === 8 && r.type === 'quote')).toMatchObject({ speaker: 'Marta Ruiz', text: 'We bid low because we wanted this one' });
  });
});

describe('a pronoun that replies to the quotation just before', () => {
  it('is the other person of that gender, in the school-board story', () => {
    const records = fixtureCorpus(DIR, ['riverton-gazette-school-board-2024.txt']).records.filter((r) => r.doc === 'riverton-gazette-school-board-2024');
    expect(records.find((r) => r.line === 20)).toMatchObject({ type: 'quote', speaker: 'Marisol Vega' });
    expect(records.find((r) => r.line === 22)).toMatchObject({ type: 'quote', speaker: 'Helen Kowalczyk', text: 'And this is a choice about what it can afford' });
  });

  it('in other words: two councillors, "he retorted"', () => {
    const dir = tempCorpus({
      'bridge.txt': [
        'Council split on bridge',
        '',
        'By Tom Hale',
        'May 2, 2023',
        '',
        'Councillor Brian Ochs backed the bridge.',
        '',
        '"We have waited thirty years for this," Ochs said.',
        '',
        'Councillor Peter Lund was against.',
        '',
        '"Thirty years of waiting is no reason to spend $40 million badly," he said.',
        '',
        '"It is a reason to stop waiting," he retorted.',
      ].join('\n'),
    });
    const records = recordsOf(dir, 'bridge');
    expect(records.find((r) => r.line === 12)).toMatchObject({ type: 'quote', speaker: 'Peter Lund' });
    expect(records.find((r) => r.line === 14)).toMatchObject({ type: 'quote', speaker: 'Brian Ochs', text: 'It is a reason to stop waiting' });
  });
});
