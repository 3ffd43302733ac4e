/**
 * News attribution forms, probe104-b: a live blog copied as Markdown, each bold time stamp a block of
 * its own; a page's "Most read" and "Related Topics" feet and its share panel; a byline "By NAME in
 * CITY | DATE" in italics; "According to ORG's chief executive, NAME, …"; a match report's "the City
 * boss" beside "City manager NAME" with the other side's manager named too.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; section: string | null };
const DIR = join(FIXTURES, 'probe104', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));
const load = (files: Record<string, string>) => loadCorpus(tempCorpus(files)).records as Rec[];

describe('a live blog copied as Markdown: "**14:05**", a blank line, the entry', () => {
  const records = fixtureCorpus(DIR, ['liveblog-floods.md']).records as Rec[];

  it('reads each time stamp as its entry\'s section, never as a claim', () => {
    expect(records.some((r) => /^\d{1,2}:\d{2}$/.test(r.text))).toBe(false);
    expect(at(records, 16, 'quote')).toMatchObject({ speaker: 'Patricia Ogundipe', section: '14:05' });
    expect(at(records, 44, 'quote')).toMatchObject({ speaker: 'Rachel Burridge', section: '12:50' });
  });

  it('keeps the share panel and the "Related Topics" foot out of the records', () => {
    expect(records.filter((r) => r.line >= 60)).toEqual([]);
  });

  it('in other words: three stamps set apart by blank lines head their entries', () => {
    const got = load({
      'blog.md': ['# Storm live: ferries cancelled', '', '**09:30**', '', 'The port has closed for the day.', '', '**09:10**', '', 'Winds of 80mph were recorded overnight.', '', '**08:45**', '', 'Good morning and welcome to our coverage.', ''].join('\n'),
    });
    expect(got.map((r) => r.text)).toEqual(['The port has closed for the day.', 'Winds of 80mph were recorded overnight.', 'Good morning and welcome to our coverage.']);
  });
});

describe('an article\'s "Most read" foot and a byline "By NAME in CITY | DATE" in italics', () => {
  const records = fixtureCorpus(DIR, ['interpreter-trade.md']).records as Rec[];

  it('credits the narration to the byline\'s writer and keeps the byline out of the records', () => {
    expect(records.some((r) => /^By Lucas/.test(r.text))).toBe(false);
    expect(at(records, 7)).toMatchObject({ type: 'claim', speaker: 'Lucas Feldmann', year: 2024 });
  });

  it('reads the most-read headlines as other articles', () => {
    expect(records.some((r) => r.line >= 33)).toBe(false);
  });
});

describe('"According to Castellane\'s chief executive, Mireille Danvers, the strike …"', () => {
  it('credits the claim to the person set off after the role', () => {
    const records = fixtureCorpus(DIR, ['wire-port-strike.txt']).records as Rec[];
    expect(at(records, 14, 'claim')).toMatchObject({ speaker: 'Mireille Danvers' });
  });

  it('in other words: "the" before the role too, and no person where the source is a paper', () => {
    const got = load({
      'wire.txt': [
        'Mill closes after 80 years',
        '',
        'By Ann Lowry',
        '',
        'According to the union\'s regional secretary, Paul Dimmock, about 300 jobs will go.',
        '',
        'According to the report, Mary Hollis, the mill\'s owner, had sought a buyer since May.',
        '',
      ].join('\n'),
    });
    expect(at(got, 5)).toMatchObject({ type: 'claim', speaker: 'Paul Dimmock' });
    expect(at(got, 7)?.speaker).not.toBe('Mary Hollis');
  });
});

describe('a match report: "the City boss", "the Rovers boss" after both managers are named', () => {
  const records = fixtureCorpus(DIR, ['match-report.txt']).records as Rec[];

  it('gives the City boss\'s words to the City manager, never to "Whitmore City" nor the writer', () => {
    expect(records.some((r) => r.speaker === 'Whitmore City')).toBe(false);
    expect(records.filter((r) => r.line === 26 && r.type === 'quote')).toEqual([expect.objectContaining({ speaker: 'Eddie Farraday', text: "We stopped running. That's on me as much as the players." })]);
    expect(at(records, 22, 'claim')).toMatchObject({ speaker: 'Tom Halsey' });
  });

  it('in other words: "the Rovers manager" after the City manager was named last', () => {
    const got = load({
      'report.txt': [
        'United edge derby',
        '',
        'By Kim Ashe',
        '',
        'Harfield United manager Sam Crowe watched his side win. Rovers coach Lena Marsh was furious.',
        '',
        '"We deserved nothing," the Rovers coach said.',
        '',
        '"That was a proper derby," the United boss said.',
        '',
      ].join('\n'),
    });
    expect(at(got, 7, 'quote')?.speaker).toBe('Lena Marsh');
    expect(at(got, 9, 'quote')?.speaker).toBe('Sam Crowe');
  });
});

describe('a newsletter\'s date line "Tuesday, 3 December 2024 · By the Morning Brief team"', () => {
  it('dates every record by it, the team\'s credit no person', () => {
    const records = fixtureCorpus(DIR, ['newsletter-roundup.md']).records as Rec[];
    expect(records.length).toBeGreaterThan(5);
    for (const r of records) expect(r).toMatchObject({ year: 2024 });
    expect(records.some((r) => /Morning Brief team/.test(`${r.speaker} ${r.text}`))).toBe(false);
  });

  it('in other words: the weekday before the date, a writer\'s name after it', () => {
    const got = load({
      'brief.md': ['# Rates held', '', 'Tuesday, 3 December 2024 · By Anna Hale', '', 'The bank kept its main rate at 4.25% on Monday.', ''].join('\n'),
    });
    expect(got).toEqual([expect.objectContaining({ line: 5, speaker: 'Anna Hale', year: 2024 })]);
  });
});
