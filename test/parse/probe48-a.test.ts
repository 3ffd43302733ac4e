/**
 * AMA and Q&A sheets exported as TSV/CSV (probe48-a). Before:
 * - a sheet's section band ("FINANCING,,,,,,", or "Fleet" alone under a blank row) was a quote of
 *   nobody, or its word ran on into the answer of the row above it ("… for inverters GENERATION");
 *   the records under it had no section;
 * - a "Timestamp (UTC)" column (a time zone in brackets after the name) was no time column: the
 *   sheet's one date was lost;
 * - a table with no text column (a timeline) under a title row read its header as a claim, and
 *   every row took the document's year, not its own date cell's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe48', 'a');
type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; role?: string | null; asker: string | null; section: string | null; year: number; date: string | null; text: string; question: string | null };
const of = (records: Rec[], doc: string) => records.filter((r) => r.doc === doc);

describe('a Q&A sheet with section bands, a time column with its zone', () => {
  it('reads the co-op sheet (answers before questions) band by band', () => {
    const c = fixtureCorpus(DIR, ['ama-answers-first-brightwater-coop-2023.csv']);
    const r = of(c.records as Rec[], 'ama-answers-first-brightwater-coop-2023');
    const qa = r.filter((x) => x.type === 'qa');
    expect(qa).toHaveLength(7);
    expect(r.some((x) => x.text === 'FINANCING')).toBe(false);
    const damage = qa.find((x) => x.question === 'Are members on the hook if the roofs get damaged?')!;
    expect(damage).toMatchObject({ line: 9, endLine: 12, speaker: 'Tomasz Wierzbicki', role: 'Treasurer', asker: 'u/drizzle_and_diodes', section: 'FINANCING', date: '2023-11-12' });
    expect(damage.text).not.toContain('GENERATION');
    const site = qa.find((x) => x.line === 16)!;
    expect(site).toMatchObject({ speaker: 'Dev Raman (Projects)', asker: 'u/mum_of_three_rooftops', section: 'GENERATION', question: 'Any plans for a second site, e.g. on the school?' });
    const battery = qa.find((x) => x.line === 17)!;
    expect(battery).toMatchObject({ endLine: 17, speaker: 'Dev Raman (Projects)', section: 'GENERATION' });
    expect(battery.text).not.toContain('GOVERNANCE');
    expect(qa.find((x) => x.line === 21)).toMatchObject({ speaker: 'Tomasz Wierzbicki', asker: 'u/sunny_side_sal', section: 'GOVERNANCE', text: 'The AGM is on 9 March 2024 at the Corn Exchange, 7pm. Proxy forms go out in February.' });
  });

  it('reads the same layout in other words (TSV, question first, a band in title case after a blank row)', () => {
    const tsv = [
      'Town library users Q&A\t\t\t\t',
      '\t\t\t\t',
      'Question\tAsked by\tAnswer\tAnswered by\tTime (GMT)',
      'Opening hours\t\t\t\t',
      'Why does the branch close at 5pm on Thursdays?\tKemal Arslan\tStaffing. We have 3 fewer librarians than in 2019.\tNadia Ferreira (Head Librarian)\t2022-05-04 10:15',
      '\t\t\t\t',
      'E-books\t\t\t\t',
      'How many e-book loans were there last year?\tJo Whitby\tAbout 41,000, double the 2020 figure.\tOwen Pryce (Digital Services)\t2022-05-04 10:22',
      'Is Libby staying?\tKemal Arslan\tYes, the contract runs to 2025.\tNadia Ferreira (Head Librarian)\t2022-05-04 10:30',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'library-users-qa.tsv': tsv }));
    const qa = c.records.filter((x) => x.type === 'qa');
    expect(qa.map((x) => [x.line, x.speaker, x.role, x.asker, x.section, x.date])).toEqual([
      [5, 'Nadia Ferreira', 'Head Librarian', 'Kemal Arslan', 'Opening hours', '2022-05-04'],
      [8, 'Owen Pryce (Digital Services)', null, 'Jo Whitby', 'E-books', '2022-05-04'],
      [9, 'Nadia Ferreira', 'Head Librarian', 'Kemal Arslan', 'E-books', '2022-05-04'],
    ]);
    expect(c.records.some((x) => x.text === 'Opening hours' || x.text === 'E-books')).toBe(false);
  });

  it('keeps an affiliation in brackets where no cell of the column gives a role', () => {
    const csv = 'Question,Answer,Answered by\nWhen is the vote?,"In May, 2024.",Lara Quist (Northwind)\nWho counts it?,"The clerk, as in 2020.",Ben Oduya (Northwind)\n';
    const c = loadCorpus(tempCorpus({ 'vote-qa-2024.csv': csv }));
    expect(c.records.filter((x) => x.type === 'qa').map((x) => x.speaker)).toEqual(['Lara Quist (Northwind)', 'Ben Oduya (Northwind)']);
  });
});

describe('a table with no text column under a title row (a timeline)', () => {
  it('reads its header under the title, each row in its own year', () => {
    const c = fixtureCorpus(DIR, ['timeline-harbour-bridge-2015-2023.tsv']);
    const r = of(c.records as Rec[], 'timeline-harbour-bridge-2015-2023');
    expect(r.some((x) => x.text.startsWith('When — What happened'))).toBe(false);
    expect(r.find((x) => x.line === 1)).toMatchObject({ type: 'claim', text: 'Harbour Bridge replacement - timeline (working copy, JT)' });
    expect(r.filter((x) => x.line >= 4).map((x) => [x.line, x.year])).toEqual([
      [4, 2015], [5, 2016], [6, 2017], [7, 2018], [8, 2019], [9, 2020], [10, 2021], [11, 2022], [12, 2023],
    ]);
    expect(r.find((x) => x.line === 10)).toMatchObject({ type: 'claim', speaker: null, text: '2021-10-12 — Cost estimate revised to £88m. Morrow: "We will find the money, the bridge will open." — Cllr. Denise Morrow (Leader) — Local Democracy Reporting' });
  });

  it('reads the same in other words (CSV, two title rows, day-first dates and years)', () => {
    const csv = [
      'Riverside Stadium saga,,',
      'compiled by the sports desk,,',
      'Date,Milestone,Source',
      '14/02/2009,Club buys the gasworks site for £9m,Annual report',
      '2011,Planning refused,Council minutes',
      '30/06/2014,"Ground broken, two years late",Club statement',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'stadium-timeline.csv': csv }));
    const rows = c.records.map((x) => [x.line, x.year, x.text.slice(0, 10)]);
    expect(rows).toContainEqual([4, 2009, '14/02/2009']);
    expect(rows).toContainEqual([5, 2011, '2011 — Pla']);
    expect(rows).toContainEqual([6, 2014, '30/06/2014']);
    expect(c.records.some((x) => x.text.startsWith('Date — Milestone'))).toBe(false);
  });

  it('leaves a column of counts as counts', () => {
    const tsv = 'Ward\tVotes\tTurnout\nNorth\t2011\t41%\nSouth\t1987\t38%\n';
    const c = loadCorpus(tempCorpus({ 'wards-2019.tsv': tsv }));
    expect(c.records.map((x) => x.year)).toEqual([2019, 2019]);
  });
});

describe('cells a spreadsheet quotes', () => {
  it('reads a CSV line with a stray quote alone, the rows below it their own (check still fails there)', () => {
    const c = fixtureCorpus(DIR, ['investor-ama-fernwood-labs-2024.csv']);
    const errors = c.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.file, p.line])).toEqual([['investor-ama-fernwood-labs-2024.csv', 4]]);
    expect(errors[0]!.message).toMatch(/line 4 was read alone/);
    const r = of(c.records as Rec[], 'investor-ama-fernwood-labs-2024');
    expect(r.map((x) => [x.line, x.endLine, x.type, x.speaker, x.asker])).toEqual([
      [2, 2, 'qa', 'Olamide Fashola', 'Gemma Whitlock'],
      [3, 3, 'qa', 'Hugo Castell', 'Ravi Subramanian'],
      [4, 4, 'qa', 'Olamide Fashola', 'Gemma Whitlock'],
      [5, 5, 'qa', 'Priya Menon', 'Jonas Eberle'],
      [6, 6, 'quote', 'Anna Kowalczyk', null],
      [7, 7, 'qa', 'Hugo Castell', 'Jonas Eberle'],
      [8, 8, 'qa', 'Hugo Castell', 'Ravi Subramanian'],
    ]);
    expect(r[4]!.text).toBe('Any plans to list in the US?');
    expect(r[5]!.text).toBe('£21.7m, up from £15.2m in 2022, mostly trial costs.');
  });

  it('in other words: a semicolon sheet whose stray quote would close three rows down', () => {
    const csv = [
      'Question;Answer;Asked by;Answered by',
      'Wann kommt die neue Linie?;"Ab Herbst 2026, wenn alles klappt.;Ute Brandl;Kai Moser',
      'Was kostet das Ticket?;49 Euro im Monat.;Sven Roth;Kai Moser',
      'Gibt es Nachtbusse?;"Ja" sagt der Plan, ab 2025.;Mia Lenz;Eva Haas',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'buerger-fragen.csv': csv }));
    expect(c.problems.filter((p) => p.severity === 'error').map((p) => p.line)).toEqual([2]);
    expect(c.records.map((x) => [x.line, x.speaker, x.asker])).toEqual([
      [2, 'Kai Moser', 'Ute Brandl'],
      [3, 'Kai Moser', 'Sven Roth'],
      [4, 'Eva Haas', 'Mia Lenz'],
    ]);
  });

  it('reads a TSV cell quoted around a tab as one cell', () => {
    const c = fixtureCorpus(DIR, ['museum-reader-qa-2019.tsv']);
    const r = of(c.records as Rec[], 'museum-reader-qa-2019');
    expect(r.find((x) => x.line === 8)).toMatchObject({ type: 'qa', speaker: 'Kristoffer Dahl (Collections)', asker: 'Linnea Strand', question: 'How many objects are in storage vs on show?', text: 'About 2% on show. The rest (roughly 310,000 objects) is in the Økern store.' });
    const tsv = ['Question\tAnswer\tAnswered by', 'Fares?\t"Flat £2.\tUnder-16s free."\tRosa Diaz', 'Routes?\tSix, from May.\tRosa Diaz', ''].join('\n');
    const o = loadCorpus(tempCorpus({ 'bus-qa-2023.tsv': tsv }));
    expect(o.records.map((x) => [x.line, x.speaker, x.text])).toEqual([
      [2, 'Rosa Diaz', 'Flat £2. Under-16s free.'],
      [3, 'Rosa Diaz', 'Six, from May.'],
    ]);
  });
});
