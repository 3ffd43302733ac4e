/**
 * What analysts paste into a .txt file (probe53-b): email threads and LinkedIn comment threads.
 *
 * 1. An email thread holds messages of several days: a reply of 6 March quotes one of 5 March
 *    ("On Wed, 5 Mar 2025 at 18:02, NAME <…> wrote:") which quotes one of 4 March two deep, and an
 *    Outlook chain appends each earlier message under "-----Original Message-----" with its own
 *    "Sent:" field. Before, every record took the date of the header at the top of the file.
 * 2. A comment's buttons copied on one line with a tally, "Like · Reply · 14 reactions", or a post's
 *    "Like Comment Repost Send" over "1,204 reactions · 88 comments · 41 reposts": the page's, no
 *    words of the comment. Before, they ended every comment's text.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe53', 'b');

describe('an email thread: each message its own day', () => {
  it('dates a forwarded Gmail thread quoted two deep by each message', () => {
    const c = fixtureCorpus(DIR, ['gmail-thread-depot-lease-2025.txt']);
    const brief = c.records.map((r) => ({ line: r.line, type: r.type, speaker: r.speaker, date: r.date }));
    expect(brief.filter((r) => r.speaker)).toEqual([
      { line: 7, type: 'quote', speaker: 'Tomasz Wiśniewski', date: '2025-03-06' },
      { line: 13, type: 'quote', speaker: 'Helga Brandvold', date: '2025-03-05' },
      { line: 26, type: 'quote', speaker: 'Tomasz Wiśniewski', date: '2025-03-04' },
      { line: 38, type: 'quote', speaker: 'Tomasz Wiśniewski', date: '2025-03-06' },
    ]);
    expect(c.records.find((r) => r.line === 13)!.text).toMatch(/^Tomasz, The signed lease is 15 years at DKK 9\.4 million a year.*anything in 2025\.$/);
  });

  it('dates an Outlook chain by each block\'s Sent field', () => {
    const c = fixtureCorpus(DIR, ['outlook-chain-grid-connection-2023.txt']);
    expect(c.records.map((r) => ({ line: r.line, speaker: r.speaker, date: r.date, year: r.year }))).toEqual([
      { line: 7, speaker: 'Odile Marchetti', date: '2023-11-17', year: 2023 },
      { line: 26, speaker: 'Raymond Achterberg', date: '2023-11-16', year: 2023 },
      { line: 39, speaker: 'Bea Kowalczyk', date: '2023-11-15', year: 2023 },
    ]);
  });

  it('in other words: a reply across New Year, month-first dates, an Original Message block', () => {
    const dir = tempCorpus({
      'budget-thread.txt': [
        'From: Inés Calderón <ines@marlowhealth.org>',
        'To: Piet Vermeulen <piet@marlowhealth.org>',
        'Subject: Re: Ward 7 refurbishment budget',
        'Date: Mon, 8 Jan 2024 08:30:00 +0000',
        '',
        'Piet, the trust signed off the extra £340,000 on Friday. Works start in March.',
        '',
        'Inés',
        '',
        'On Fri, Dec 29, 2023 at 4:47 PM Piet Vermeulen <piet@marlowhealth.org> wrote:',
        '> Inés, the contractor has raised the quote by 18 per cent because of the asbestos survey.',
        '> Can we get the extra money approved before the works slip again?',
        '>',
        '> On Thu, Dec 14, 2023 at 11:05 AM Inés Calderón <ines@marlowhealth.org> wrote:',
        '>> Piet, please send me the contractor\'s revised figure when you have it.',
        '>> The board meets again in the new year.',
        '',
        '-----Original Message-----',
        'From: Dorota Lis <d.lis@marlowhealth.org>',
        'Sent: Tuesday, December 5, 2023 2:15 PM',
        'To: Inés Calderón <ines@marlowhealth.org>',
        'Subject: Ward 7 refurbishment budget',
        '',
        'The estates team puts the refurbishment at £1.9 million, ready for patients by September.',
        '',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    const brief = c.records.map((r) => ({ line: r.line, speaker: r.speaker, date: r.date, year: r.year }));
    expect(brief).toEqual([
      { line: 6, speaker: 'Inés Calderón', date: '2024-01-08', year: 2024 },
      { line: 11, speaker: 'Piet Vermeulen', date: '2023-12-29', year: 2023 },
      { line: 15, speaker: 'Inés Calderón', date: '2023-12-14', year: 2023 },
      { line: 24, speaker: 'Dorota Lis', date: '2023-12-05', year: 2023 },
    ]);
  });
});

describe('a LinkedIn comment thread: the buttons on one line are no one\'s words', () => {
  it('leaves "Like · Reply · 14 reactions" and the post\'s button bar out of every record', () => {
    const c = fixtureCorpus(DIR, ['linkedin-comments-ev-charging-2024.txt']);
    const brief = c.records.map((r) => ({ line: r.line, type: r.type, speaker: r.speaker, asker: r.asker }));
    expect(brief).toEqual([
      { line: 1, type: 'quote', speaker: 'Rafaela Quintero-Baptiste', asker: null },
      { line: 22, type: 'qa', speaker: 'Rafaela Quintero-Baptiste', asker: 'Henrik Solberg' },
      { line: 34, type: 'quote', speaker: 'Marta Gonçalves', asker: null },
      { line: 40, type: 'qa', speaker: 'Rafaela Quintero-Baptiste', asker: 'Oliver Brandt' },
    ]);
    expect(c.records[0]!.text).toMatch(/Next stop: Barcelona in Q2 2025\.$/);
    expect(c.records[1]).toMatchObject({ question: 'Congrats Rafaela! 27% utilisation on curbside is remarkable. What was it in year one?', text: 'Thanks Henrik! About 9% in 2022. The jump came when we started pricing by time of day.' });
    expect(c.records.filter((r) => /Like|reactions|Repost/.test(`${r.text} ${r.question ?? ''}`))).toEqual([]);
  });

  it('in other words: other people, counts and button bars', () => {
    const dir = tempCorpus({
      'post-warehouse-robots.txt': [
        'Kwame Asante-Boateng',
        'VP Operations at Lumen Freight | Automation',
        '3d •',
        '',
        'Our Rotterdam warehouse now picks 62% of orders with robots, up from 15% in 2022.',
        'The surprise: error rates fell faster than costs.',
        '',
        'Like Comment Repost Send',
        '342 reactions · 27 comments',
        '',
        'Comments',
        '',
        'Ingrid Vass • 2nd',
        'Supply chain consultant',
        '2d',
        'Strong result. How many people did you retrain for the new roles?',
        'Like · Reply · 6 reactions',
        '',
        '    Kwame Asante-Boateng Author',
        '    VP Operations at Lumen Freight | Automation',
        '    2d',
        '    About 140 of them, most now run the robot cells.',
        '    Like · Reply · 3 reactions',
        '',
        'Rohan Mehta • 3rd+',
        'Logistics writer',
        '1d',
        'The error-rate point is underrated. Great numbers.',
        'Like · Reply',
        '',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    const brief = c.records.map((r) => ({ type: r.type, speaker: r.speaker, asker: r.asker, text: r.text }));
    expect(brief).toEqual([
      { type: 'quote', speaker: 'Kwame Asante-Boateng', asker: null, text: 'Our Rotterdam warehouse now picks 62% of orders with robots, up from 15% in 2022. The surprise: error rates fell faster than costs.' },
      { type: 'qa', speaker: 'Kwame Asante-Boateng', asker: 'Ingrid Vass', text: 'About 140 of them, most now run the robot cells.' },
      { type: 'quote', speaker: 'Rohan Mehta', asker: null, text: 'The error-rate point is underrated. Great numbers.' },
    ]);
  });
});
