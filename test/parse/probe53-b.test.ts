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

describe('a web page copied whole: its menu bar and cookie banner are the site\'s', () => {
  it('credits no menu, banner or button line to the byline in the unseen-style interview page', () => {
    const c = fixtureCorpus(DIR, ['web-interview-coldchain-founder-2022.txt']);
    const chrome = c.records.filter((r) => /Home News|cookies|Accept all|Cookie settings/.test(r.text));
    expect(chrome).toEqual([]);
    // The interview itself is untouched: four answers, each the founder's, each asked by the byline.
    expect(c.records.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [19, 'Ngozi Adeyemi-Clarke', 'Marcus Leclerc'],
      [23, 'Ngozi Adeyemi-Clarke', 'Marcus Leclerc'],
      [27, 'Ngozi Adeyemi-Clarke', 'Marcus Leclerc'],
      [31, 'Ngozi Adeyemi-Clarke', 'Marcus Leclerc'],
    ]);
  });

  it('in other words: another site\'s menu, banner and buttons above a prose article', () => {
    const dir = tempCorpus({
      'harbour-article.txt': [
        'Skip to content',
        'Home  Politics  Business  Climate  Opinion  Newsletters  Log in',
        '',
        'This website uses cookies to give you the best experience. You can change your settings at any time.',
        'Accept cookies    Manage preferences',
        '',
        'Harbour tolls to rise 12% from April',
        'By Aoife Brennan, 3 February 2021',
        '',
        'The port authority said on Tuesday that tolls for container ships will rise 12% from April.',
        '"We have not raised them since 2015," said its chair, Desmond Kilbride.',
        '',
        'About  Contact us  Careers  Privacy policy',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    expect(c.records.filter((r) => /Politics|cookies|preferences|Careers/.test(r.text))).toEqual([]);
    expect(c.records.find((r) => r.type === 'quote')).toMatchObject({ speaker: 'Desmond Kilbride', text: 'We have not raised them since 2015' });
  });
});

describe('call notes: a bullet opened by an attendee\'s initials or first name is theirs', () => {
  it('credits "JM:" to Jonas Meyer and "Priya:" to Priya Raman in the CFO call notes', () => {
    const c = fixtureCorpus(DIR, ['call-notes-meridian-cfo-2024.txt']);
    const at = (line: number) => c.records.filter((r) => r.line === line).map((r) => r.speaker);
    expect(at(10)).toEqual(['Jonas Meyer']);
    expect(at(11)).toEqual(['Jonas Meyer']);
    expect(at(13)).toEqual(['Priya Raman']);
    expect(at(17)).toEqual(['Jonas Meyer', 'Jonas Meyer']);
    expect(at(27)).toEqual(['Lucas Ferreira']);
    expect(at(29)).toEqual(['Anna Stroud']);
    // A bullet with no label, and the context above the bullets, stay nobody's.
    expect(at(14)).toEqual([null]);
    expect(at(22)).toEqual([null]);
    expect(c.records.find((r) => r.line === 11)!.text).toBe('JM: capex budget is $2.1m lower than plan for the Poznan line, spend moved into 2025');
  });

  it('in other words: "Present:" with notes, a first name two attendees share stays nobody\'s', () => {
    const dir = tempCorpus({
      'supplier-call.txt': [
        'Supplier call - Tessaly Glass',
        'Present: Marek Dvořák (Sales Director), Hanna Lund (Logistics), Hanna Berg (our buyer), Ola Nyberg',
        '',
        'Pricing',
        '- MD: list prices up 7% from 1 July 2023',
        '- Ola: we should lock volumes for 18 months before then',
        '- Hanna: freight to Gothenburg now takes 9 days',
        '- Furnace rebuild still planned for 2024',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    const brief = c.records.filter((r) => r.line >= 5).map((r) => ({ line: r.line, speaker: r.speaker }));
    expect(brief).toEqual([
      { line: 5, speaker: 'Marek Dvořák' },
      { line: 6, speaker: 'Ola Nyberg' },
      { line: 7, speaker: null },
      { line: 8, speaker: null },
    ]);
  });
});

describe('a PDF interview\'s header names the interviewee with a hyphenated first name', () => {
  it('reads "Holmqvist:" as Lars-Erik Holmqvist, never "Erik Holmqvist"', () => {
    const c = fixtureCorpus(DIR, ['pdf-magazine-interview-shipyard-2021.txt']);
    const speakers = new Set(c.records.map((r) => r.speaker).filter(Boolean));
    expect(speakers.has('Erik Holmqvist')).toBe(false);
    expect(speakers.has('Lars-Erik Holmqvist')).toBe(true);
  });

  it('reads a first-name label as the full name, not a role before it ("Co-Founder Teodora")', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe34', 'a'), ['binance-live-ama-recap-lumora-2026.md']);
    const speakers = new Set(c.records.map((r) => r.speaker));
    expect(speakers.has('Teodora Vasquez')).toBe(true);
    expect([...speakers].filter((s) => s?.includes('Founder'))).toEqual([]);
  });

  it('in other words: "Jean-Baptiste Morel" over "MOREL:" turns', () => {
    const dir = tempCorpus({
      'morel.txt': [
        'THE BIG INTERVIEW',
        'Jean-Baptiste Morel has led the Lyon rail works since 2016. Interview by Clara Voss.',
        '',
        'VOSS: How late is the tunnel?',
        '',
        'MOREL: Eleven months. The boring machine stopped twice in 2019.',
        '',
        'VOSS: Will it cost more?',
        '',
        'MOREL: About 40 million euros more than planned.',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    expect(c.records.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.asker])).toEqual([
      ['Jean-Baptiste Morel', 'Clara Voss'],
      ['Jean-Baptiste Morel', 'Clara Voss'],
    ]);
  });
});

describe('an Outlook reply under a plain From/Sent block answers questions quoted from its recipient', () => {
  it('in other words: a reviewer\'s "[TO]" comments inside the reply she forwards on', () => {
    const dir = tempCorpus({
      'audit-reply.txt': [
        'From: Tamsin Okoro <t.okoro@brightwell-audit.com>',
        'Sent: Friday, 14 October 2022 09:10',
        'To: Rui Carvalho <rui.carvalho@portovale.pt>',
        'Subject: RE: Inventory count',
        '',
        'Rui, my notes are marked [TO] below.',
        '',
        'From: Rui Carvalho <rui.carvalho@portovale.pt>',
        'Sent: Wednesday, 12 October 2022 18:30',
        'To: Tamsin Okoro <t.okoro@brightwell-audit.com>',
        'Subject: RE: Inventory count',
        '',
        '> Which warehouses were counted in September?',
        '',
        'Braga and Aveiro. Leiria is counted in November.',
        '',
        '[TO] Leiria holds 40% of the stock, so we need to attend that count.',
        '',
        'Best regards,',
        '',
        'Rui Carvalho',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    expect(c.records.map((r) => ({ line: r.line, type: r.type, speaker: r.speaker, asker: r.asker, date: r.date }))).toEqual([
      { line: 6, type: 'quote', speaker: 'Tamsin Okoro', asker: null, date: '2022-10-14' },
      { line: 13, type: 'qa', speaker: 'Rui Carvalho', asker: 'Tamsin Okoro', date: '2022-10-12' },
      { line: 17, type: 'quote', speaker: 'Tamsin Okoro', asker: null, date: '2022-10-14' },
    ]);
    expect(c.records[2]!.text).toBe('Leiria holds 40% of the stock, so we need to attend that count.');
  });

  it('credits the quoted questions to the recipient, the answers to the sender', () => {
    const c = fixtureCorpus(DIR, ['email-inline-replies-council-data-2019.txt']);
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [25, 'Gareth Pennington', 'Deepa Ramaswamy'],
      [31, 'Gareth Pennington', 'Deepa Ramaswamy'],
      [37, 'Gareth Pennington', 'Deepa Ramaswamy'],
    ]);
    expect(qa[0]).toMatchObject({ question: '1. What is the annual value of the waste collection contract?' });
    // No quoted question is the replier's words.
    expect(c.records.filter((r) => r.speaker === 'Gareth Pennington' && /What is the annual value/.test(r.text))).toEqual([]);
    // The later writer's comments marked "[DR]" inside his message are hers, on her day; his sign-off is no answer's.
    expect(c.records.filter((r) => r.line === 29 || r.line === 35).map((r) => [r.speaker, r.date, r.text])).toEqual([
      ['Deepa Ramaswamy', '2019-03-12', 'That is £1.1 million more than the figure in the 2017 budget book. Was there a variation?'],
      ['Deepa Ramaswamy', '2019-03-12', 'Great, can we have those by ward?'],
    ]);
    expect(c.records.filter((r) => /Kind regards/.test(r.text))).toEqual([]);
  });

  it('in other words: a press office answering a reporter\'s quoted questions', () => {
    const dir = tempCorpus({
      'press-office.txt': [
        'From: Joseph Mwangi <jmwangi@nairobiwater.co.ke>',
        'Sent: Thursday, 9 June 2022 16:20',
        'To: Lena Hartmann <lena@eastafricareview.com>',
        'Subject: RE: Questions on the Thika pipeline',
        '',
        'Dear Lena,',
        '',
        '> When will the Thika pipeline be finished?',
        '',
        'The pipeline will be commissioned in March 2023, three months later than planned.',
        '',
        '> How much has it cost so far?',
        '',
        'KSh 4.8 billion, within the approved budget.',
        '',
        'Regards,',
        'Joseph Mwangi',
        '',
        'From: Lena Hartmann <lena@eastafricareview.com>',
        'Sent: Monday, 6 June 2022 10:02',
        'To: Joseph Mwangi <jmwangi@nairobiwater.co.ke>',
        'Subject: Questions on the Thika pipeline',
        '',
        'Hello Joseph, a few questions for our piece this week, inline below if easier.',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.asker, r.question])).toEqual([
      ['Joseph Mwangi', 'Lena Hartmann', 'When will the Thika pipeline be finished?'],
      ['Joseph Mwangi', 'Lena Hartmann', 'How much has it cost so far?'],
    ]);
  });
});
