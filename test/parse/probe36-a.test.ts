/**
 * News database exports that number their records above each one (round 36): ProQuest's
 * "Document 1 of 3" with "Author:", "Publication info:", "Full text:" and a footer of fields;
 * EBSCO's "Record: 1" with its field block ("Title:", "Authors:", "Source: … 6/14/2019 …") over
 * the full text; the older Nexis's "1 of 2 DOCUMENTS" with fields in capitals ("HEADLINE:",
 * "BODY:", "LOAD-DATE:") over a broadcast transcript ("LUCY FENWICK, host:"); and a single Factiva
 * article with its "Search Summary" under the accession number. Before, the numbered exports read
 * as transcripts of their fields ("Author", "Publication info", "Database" as voices), every
 * record dated by the first article; the summary's rows were claims.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe36', 'a');
const row = (r: { type: string; speaker: string | null; date: string | null; section: string | null }) => [r.type, r.speaker, r.date, r.section];
const FIELD_TEXT = /^(?:Author|Authors|Title|Source|Publication info|Subject|Database|Document URL|Copyright|HEADLINE|SECTION|LENGTH|LOAD-DATE|LANGUAGE|Search Summary|Results Found)\b|Document \d+ of \d+|^Record: \d/;

describe('a ProQuest export: "Document N of M", "Author:", "Publication info:", "Full text:"', () => {
  it('reads each record by its own header and keeps its fields out of the records', () => {
    const c = fixtureCorpus(DIR, ['proquest-harlow-batteries-2021-2023.txt']);
    expect(c.documents[0]!.shape).toBe('prose');
    expect(c.records.filter((r) => FIELD_TEXT.test(r.text))).toEqual([]);
    expect(row(c.records.find((r) => r.text.startsWith('Priya Raman, the chemist'))!)).toEqual(['claim', 'Daniel Whitcombe', '2021-03-12', 'Harlow Cell wins £120m backing for Teesside gigafactory']);
    expect(row(c.records.find((r) => r.text.startsWith('Nobody planned'))!)).toEqual(['quote', 'Tomasz Wirth', '2022-10-04', 'Teesside plant delayed as Harlow Cell cuts jobs']);
    expect(row(c.records.find((r) => r.text.startsWith('Seven years'))!)).toEqual(['quote', 'Priya Raman', '2023-06-19', 'Raman hands Harlow Cell to outsider']);
  });

  it('in other words: two records, the day only in the citation, no body label after "Full text:"', () => {
    const record = (n: number, headline: string, author: string, info: string, body: string) =>
      [`Document ${n} of 2`, '', headline, '', `Author: ${author}`, '', `Publication info: ${info}`, '', 'Full text:', '', body, '', 'Subject: Ports; Shipping', '', 'Publication title: Harbour Post', '', 'Database: Global Newsstream', '', '_______________________________________________', ''].join('\n');
    const text =
      record(1, 'Pilots vote to strike', 'Costa, Mirela', 'Harbour Post; Lisbon [Lisbon]. 09 Jan 2020: 3.', 'The harbour pilots voted to strike from Monday. "We have waited long enough," said Jonas Berg, their union leader.') +
      record(2, 'New cranes for the east quay', 'Lund, Per', 'Harbour Post; Lisbon [Lisbon]. 30 Aug 2022: 11.', 'Four cranes arrived from Rotterdam on Tuesday, the port authority said.');
    const c = loadCorpus(tempCorpus({ 'harbour.txt': text }));
    expect(c.records.map(row).sort()).toEqual([
      ['claim', 'Mirela Costa', '2020-01-09', 'Pilots vote to strike'],
      ['claim', 'the port authority', '2022-08-30', 'New cranes for the east quay'],
      ['quote', 'Jonas Berg', '2020-01-09', 'Pilots vote to strike'],
    ]);
  });
});

describe('an EBSCO export: "Record: N", a block of fields, the title again over the full text', () => {
  it('dates each record by its Source citation and credits it to its first author', () => {
    const c = fixtureCorpus(DIR, ['ebsco-vinter-shipping-2019-2022.txt']);
    expect(c.documents[0]!.shape).toBe('prose');
    expect(c.records.filter((r) => FIELD_TEXT.test(r.text) || /^(?:Vinter Lines founder charts|Ammonia ship trial postponed$)/.test(r.text))).toEqual([]);
    expect(row(c.records.find((r) => r.text.startsWith('Erik Solberg started'))!)).toEqual(['claim', 'Ingrid Halvorsen', '2019-06-14', 'Vinter Lines founder charts a greener course']);
    expect(row(c.records.find((r) => r.text.startsWith('We lost fourteen'))!)).toEqual(['quote', 'Hanne Lie', '2022-03-02', 'Ammonia ship trial postponed']);
  });

  it('in other words', () => {
    const record = (n: number, title: string, author: string, source: string, body: string) =>
      [`Record: ${n}`, `Title: ${title}.`, `Authors: ${author}`, `Source: ${source}`, 'Document Type: Article', 'Subject Terms: *MINING', '  *COPPER', 'Accession Number: 1234567', 'Database: Academic Search Premier', '', title, '', body, '', 'Copyright of Mining Weekly is the property of Ore Press and its content may not be copied without permission.', '', ''].join('\n');
    const text =
      record(1, 'Copper mine reopens', 'Banda, Chileshe', 'Mining Weekly. 11/3/2017, Vol. 9 Issue 40, p8. 1p.', 'The Luanshya copper mine reopened on Friday after two years. "It feels like a town again," said Mwila Tembo, a shift supervisor.') +
      record(2, 'Mine sold to Canadian group', 'Phiri, Kelvin', 'Mining Weekly. 2/21/2020, Vol. 12 Issue 7, p2. 1p.', 'The mine was sold for $310 million, the mines ministry said.');
    const c = loadCorpus(tempCorpus({ 'mining.txt': text }));
    expect(c.records.map(row).sort()).toEqual([
      ['claim', 'Chileshe Banda', '2017-11-03', 'Copper mine reopens'],
      ['claim', 'the mines ministry', '2020-02-21', 'Mine sold to Canadian group'],
      ['quote', 'Mwila Tembo', '2017-11-03', 'Copper mine reopens'],
    ]);
  });
});

describe('an older Nexis export: "1 of 2 DOCUMENTS", fields in capitals, a broadcast transcript', () => {
  it('reads the turns, each dated by its programme and headed by its HEADLINE field', () => {
    const c = fixtureCorpus(DIR, ['nexis-broadcast-2004-2006.txt']);
    expect(c.documents[0]!.shape).toBe('transcript');
    expect(c.records.map((r) => [r.type, r.speaker, r.asker, r.date, r.section])).toEqual([
      ['qa', 'Roy Calder', 'Lucy Fenwick', '2004-09-14', 'Mill town mayor bets on tourism'],
      ['qa', 'Roy Calder', 'Lucy Fenwick', '2004-09-14', 'Mill town mayor bets on tourism'],
      ['qa', 'Janet Rourke', 'Owen Price', '2006-05-20', 'Two years on, Dunmore paddles on'],
      ['qa', 'Roy Calder', 'Owen Price', '2006-05-20', 'Two years on, Dunmore paddles on'],
    ]);
  });

  it('in other words: "NAME NAME, host:" in capitals with the part in lower case is a voice', () => {
    const show = (n: number, day: string, headline: string, turns: string[]) =>
      [`                 ${n} of 2 DOCUMENTS`, '', '          Copyright 2011 Valley Public Radio', '', `               ${day}`, '', 'SECTION: NEWS', '', 'LENGTH: 640 words', '', `HEADLINE: ${headline}`, '', 'BODY:', '', ...turns.flatMap((t) => [t, '']), `LOAD-DATE: ${day}`, '', 'LANGUAGE: ENGLISH', '', ''].join('\n');
    const text =
      show(1, 'February 2, 2011 Wednesday', 'Orchard frost', ['ANA ORTIZ, host: The frost hit the orchards overnight. How bad is it?', 'Mr. PAUL DRAKE (Grower): We lost half the blossom in one night.', 'ORTIZ: Will you replant?', 'Mr. DRAKE: Not this year.']) +
      show(2, 'March 9, 2012 Friday', 'Orchard recovers', ['ANA ORTIZ, host: A year on, how is the orchard?', 'Mr. DRAKE: The best harvest in ten years.']);
    const c = loadCorpus(tempCorpus({ 'valley.txt': text }));
    expect(c.documents[0]!.shape).toBe('transcript');
    expect(c.records.map((r) => [r.type, r.speaker, r.asker, r.date, r.section])).toEqual([
      ['qa', 'Paul Drake', 'Ana Ortiz', '2011-02-02', 'Orchard frost'],
      ['qa', 'Paul Drake', 'Ana Ortiz', '2011-02-02', 'Orchard frost'],
      ['qa', 'Paul Drake', 'Ana Ortiz', '2012-03-09', 'Orchard recovers'],
    ]);
  });
});

describe('a single Factiva article with its search summary', () => {
  it('heads every record with the headline and keeps the summary and the page line out of the records', () => {
    const c = fixtureCorpus(DIR, ['factiva-single-tamsin-lowe-2024.txt']);
    expect(c.records.filter((r) => FIELD_TEXT.test(r.text) || /\t|^(?:Text|Date|Source|Timestamp) /.test(r.text))).toEqual([]);
    expect(new Set(c.records.map((r) => [r.date, r.section].join(' | ')))).toEqual(new Set(['2024-11-21 | Founder of Ledgerly steps down amid probe']));
    expect(c.records.find((r) => r.text.startsWith('Shares fell'))!.speaker).toBe('Helen Marsh');
  });

  it('in other words', () => {
    const text = ['Page 1 of 1 © 2023 Factiva, Inc. All rights reserved.', '', 'Markets', 'Harbour Bank names new chair', 'Lena Fischer', '302 words', '4 April 2023', 'Handelsblatt', 'HNDBE', 'English', '(c) 2023 Handelsblatt GmbH', '', 'Harbour Bank named Otto Brandt as its chair on Monday. "The bank needs calm," Brandt said.', '', 'Document HNDBE00020230404ej4400001', '', 'Search Summary', 'Text\tHarbour Bank', 'Date\tAll Dates', 'Results Found\t1', ''].join('\n');
    const c = loadCorpus(tempCorpus({ 'bank.txt': text }));
    expect(c.records.map(row).sort()).toEqual([
      ['claim', 'Lena Fischer', '2023-04-04', 'Harbour Bank names new chair'],
      ['quote', 'Otto Brandt', '2023-04-04', 'Harbour Bank names new chair'],
    ]);
  });
});
