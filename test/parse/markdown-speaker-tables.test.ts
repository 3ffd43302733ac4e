/**
 * Markdown tables that say who said what. A quote log ("| Date | Speaker | Role | Quote | Source |")
 * right under its title, or at the top of the file, was read as the page's header: the column
 * names a menu, a row holding a date a dateline, and that row's words were lost to search. A
 * transcript kept as a table ("| Time | Speaker | Text |") was read as rows of nobody's claims.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const UNSEEN = join(FIXTURES, 'unseen');

describe('a quote log in a Markdown table under its title', () => {
  it('reads every row as its speaker quote, dated by its date cell', () => {
    const c = fixtureCorpus(UNSEEN, ['quote-log-housing.md']);
    const records = c.records.filter((r) => r.doc === 'quote-log-housing');
    expect(records.map((r) => [r.line, r.type, r.speaker, r.year, r.text])).toEqual([
      [5, 'quote', 'Ruth Achebe', 2021, 'We will build 5,000 homes by 2025.'],
      [6, 'quote', 'Tom Saller', 2022, 'Not one of those homes is affordable.'],
      [7, 'quote', 'Ruth Achebe', 2023, 'We have built 1,200 so far, and that is honest progress.'],
    ]);
    // The role and source cells stay searchable as the row's topics.
    expect(records[0]!.topics).toEqual(expect.arrayContaining(['Mayor of Eastbridge', 'Eastbridge Echo']));
  });

  it('in other words: a table opening the file loses no row', () => {
    const text = [
      '| Date | Who | Quotation |',
      '|:---|:---|:---|',
      '| 14 May 2019 | Ilse Brandt | "The harbour will be dredged by spring." |',
      '| 2 June 2020 | Kwame Osei | "Nobody has seen a dredger yet." |',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'log.md': text })).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.year, r.text])).toEqual([
      [3, 'quote', 'Ilse Brandt', 2019, 'The harbour will be dredged by spring.'],
      [4, 'quote', 'Kwame Osei', 2020, 'Nobody has seen a dredger yet.'],
    ]);
  });
});

describe('a transcript kept as a Markdown table', () => {
  it('reads each row as its speaker turn, questions paired with the answers under them', () => {
    const c = fixtureCorpus(UNSEEN, ['town-hall-table.md']);
    const records = c.records.filter((r) => r.doc === 'town-hall-table');
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker, r.question])).toEqual([
      [5, 'quote', 'Grace Holm', null, null],
      [7, 'qa', 'Grace Holm', 'Ivan Petrov', 'Will there be bonuses this year?'],
      [9, 'qa', 'Grace Holm', 'Mei Tanaka', 'What about the hiring freeze?'],
    ]);
    expect(records[0]!.text).toBe("Welcome everyone. Let's start with the results. We closed 2023 with revenue of 310 million, up 22 percent.");
    expect(c.documents.find((d) => d.id === 'town-hall-table')!.meta.speakers).toEqual(['Grace Holm', 'Ivan Petrov', 'Mei Tanaka']);
  });

  it('in other words: a "Name | Text" table with no time column', () => {
    const text = [
      '# Site visit, Kiruna, 2022',
      '',
      '| Name | Text |',
      '| --- | --- |',
      '| Lars Nyberg | How deep is the new shaft? |',
      '| Aino Kask | 1,365 metres, and we finished it in 2021. |',
      '| Lars Nyberg | Thank you. |',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'visit.md': text })).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker, r.text])).toEqual([
      [5, 'qa', 'Aino Kask', 'Lars Nyberg', '1,365 metres, and we finished it in 2021.'],
      [7, 'quote', 'Lars Nyberg', null, 'Thank you.'],
    ]);
  });
});
