/**
 * Local news credits its sources with "X said CLAUSE" and no "that": a named person, a described
 * spokesperson or an organisation whose name joins capitalised words with "of" or "for" ("The
 * Federation of Small Businesses"), whose reported clause has a plain past verb ("repairs began in
 * May 2024") rather than an auxiliary. Those words are the source's, never the byline's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { line: number; type: string; speaker: string | null; text: string };
const claimAt = (records: Rec[], line: number) => records.find((r) => r.line === line && r.type === 'claim');

describe('news sources who "said" a clause without "that"', () => {
  const records = fixtureCorpus(join(FIXTURES, 'unseen'), ['bridge-repairs-local-news-2025.txt']).records;

  it('credit a described spokesperson whose clause has a plain past verb', () => {
    expect(claimAt(records, 8)).toMatchObject({ speaker: 'a spokesperson for Eastbrook District Council', text: expect.stringMatching(/^A spokesperson for Eastbrook District Council said repairs began in May 2024/) });
  });

  it('credit organisations named by several capitalised words, joined by "of" or not', () => {
    expect(claimAt(records, 14)?.speaker).toBe('Global Energy Watch');
    expect(claimAt(records, 16)?.speaker).toBe('the Federation of Small Businesses');
    // "A statement from Northgate Rail said …": the statement's author
    expect(claimAt(records, 26)?.speaker).toBe('Northgate Rail');
  });

  it("keep the writer's own sentences and an organisation's figures quoted by the writer as the byline's", () => {
    expect(claimAt(records, 6)?.speaker).toBe('Hannah Whitlow');
    expect(claimAt(records, 22)?.speaker).toBe('Hannah Whitlow');
  });

  it('in other words: a named person, a body of three words joined by "for the", and people undescribed', () => {
    const text = [
      'Harbour fees to rise by a fifth',
      '',
      'By Tomas Ferreira',
      '2 June 2023',
      '',
      'Harbour master Ines Duarte said the fees rose 20% in 2022 and would rise again.',
      '',
      'Duarte said the board met twice in April.',
      '',
      'The Society for the Protection of Harbours said boat owners faced bills of £900.',
      '',
      'A letter from Coastline Marine Trust said its members opposed the plan.',
      '',
      'Officials said the new charges began on Monday.',
      '',
      'The town said goodbye to its last ferry in 2019.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'harbour-fees-2023.txt': text })).records;
    expect(claimAt(got, 6)?.speaker).toBe('Ines Duarte');
    expect(claimAt(got, 8)?.speaker).toBe('Ines Duarte');
    expect(claimAt(got, 10)?.speaker).toBe('the Society for the Protection of Harbours');
    expect(claimAt(got, 12)?.speaker).toBe('Coastline Marine Trust');
    // people the story does not name or describe: nobody's, never the writer's
    expect(claimAt(got, 14)?.speaker).toBeNull();
    // "said goodbye" narrates
    expect(claimAt(got, 16)?.speaker).toBe('Tomas Ferreira');
  });
  it('read a joined name after the verb, after a phrase of occasion, before a title, and after a quotation', () => {
    const text = [
      'Rates held as inflation eases',
      '',
      'By Priya Anand',
      '7 November 2024',
      '',
      'Borrowing costs will stay at 5% for now, said the Bank of England.',
      '',
      'Bank of England Governor Andrew Bailey said inflation had fallen faster than expected.',
      '',
      'In a statement, the Bank of England said the vote was 8 to 1.',
      '',
      '"We expect two more cuts next year," the Confederation of British Industry said.',
      '',
      'Small firms will struggle, said the Federation of Small Businesses.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'rates-2024.txt': text })).records;
    expect(claimAt(got, 6)?.speaker).toBe('the Bank of England');
    expect(claimAt(got, 8)?.speaker).toBe('Andrew Bailey');
    expect(claimAt(got, 10)?.speaker).toBe('the Bank of England');
    expect(got.find((r) => r.line === 12 && r.type === 'quote')?.speaker).toBe('the Confederation of British Industry');
    expect(claimAt(got, 14)?.speaker).toBe('the Federation of Small Businesses');
  });
  it('resolve a later "the spokesperson" to the whole description a reported claim gave', () => {
    const text = [
      'Pool to close for repairs',
      '',
      'By Dan Mercer',
      '3 April 2024',
      '',
      'A spokesperson for the council said repairs began in May.',
      '',
      'The spokesperson said the pool would reopen in 2025.',
      '',
      '"We know this is frustrating," the spokesperson added.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'pool-2024.txt': text })).records;
    expect(got.map((r) => [r.line, r.type, r.speaker])).toEqual([
      [6, 'claim', 'a spokesperson for the council'],
      [8, 'claim', 'a spokesperson for the council'],
      [10, 'quote', 'a spokesperson for the council'],
    ]);
  });
  it('credit an office without a name ("the harbour master"), its aside between dashes or commas', () => {
    const text = [
      'Fees row',
      '',
      'By Sam Whitaker',
      '21 August 2024',
      '',
      'The harbour master said the fees "will fund the new breakwater".',
      '',
      'The headteacher — who took office in 2021 — said the school would reopen in September.',
      '',
      'The coroner, sitting at Truro, said the death was accidental.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'fees-2024.txt': text })).records;
    expect(got.find((r) => r.line === 6)).toMatchObject({ type: 'quote', speaker: 'the harbour master', text: 'will fund the new breakwater' });
    expect(claimAt(got, 8)?.speaker).toBe('the headteacher');
    expect(claimAt(got, 10)?.speaker).toBe('the coroner');
  });
});
