/**
 * A council's minutes, as a clerk writes them: a header line naming the meeting and the day it was
 * held, the members present ("Cllr Peter Osei"), then each item reporting what members said without
 * quotation marks ("Cllr Osei reported that …", "Cllr Moss replied that …", "Cllr Farrow
 * disagreed, saying …", "Cllr Patel proposed that …. Seconded by Cllr Farrow.").
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const at = (records: { line: number; type: string; speaker: string | null; text: string }[], line: number, opening: string) =>
  records.find((r) => r.line === line && r.text.startsWith(opening));

describe('meeting minutes', () => {
  const corpus = fixtureCorpus(join(FIXTURES, 'unseen'), ['harwick-council-minutes-2024-07.txt']);
  const records = corpus.records;

  it('are dated by the header line naming the meeting and the day it was held', () => {
    expect(corpus.documents[0]!.meta.date).toBe('2024-07-09');
    expect(new Set(records.map((r) => r.year))).toEqual(new Set([2024]));
  });

  it("credit each member's reported words to the full name the attendance line gives", () => {
    expect(at(records, 8, 'Cllr Moss replied that')?.speaker).toBe('Janet Moss');
    expect(at(records, 13, 'Cllr Osei reported that')?.speaker).toBe('Peter Osei');
    // "He said: "…"" after "Cllr Osei reported …": the pronoun is the councillor, by his full name
    expect(records.find((r) => r.line === 13 && r.type === 'quote')?.speaker).toBe('Peter Osei');
    expect(at(records, 14, 'Cllr Farrow disagreed, saying')?.speaker).toBe('Linda Farrow');
    expect(at(records, 18, 'Cllr Patel proposed that')).toMatchObject({ speaker: 'Raj Patel', text: 'Cllr Patel proposed that the council spend up to £6,500 on new lights. Seconded by Cllr Farrow.' });
    // the clerk's own record of the vote stays nobody's
    expect(at(records, 18, 'Carried')?.speaker).toBeNull();
  });

  it('in other words: a parish meeting, its notes convened on another day', () => {
    const text = [
      'ASHCOMBE PARISH COUNCIL',
      'Notes of the Extraordinary Meeting convened at the Village Hall on 3 March 2023',
      '',
      'Present: Cllr Helen Brandt (Chair), Cllr Tomasz Wilk, Cllr Grace Adebayo',
      '',
      '1. Car park',
      'Cllr Wilk suggested that the car park be resurfaced before the summer fete. Agreed unanimously.',
      'Cllr Adebayo objected, saying the parish had already spent its reserve on the roof.',
      'Cllr Brandt responded that a grant from the district would cover most of the cost.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'ashcombe.txt': text }));
    expect(c.documents[0]!.meta.date).toBe('2023-03-03');
    const rs = c.records;
    expect(at(rs, 7, 'Cllr Wilk suggested')).toMatchObject({ speaker: 'Tomasz Wilk', year: 2023 });
    expect(at(rs, 8, 'Cllr Adebayo objected')?.speaker).toBe('Grace Adebayo');
    expect(at(rs, 9, 'Cllr Brandt responded')?.speaker).toBe('Helen Brandt');
  });

  it('a question joined to a reported sentence makes the claim no report of anyone', () => {
    const text = ['---', 'title: Notes', '---', 'Ana Ruiz told the board that the budget would not balance. Is that right?', ''].join('\n');
    const rs = loadCorpus(tempCorpus({ 'notes.md': text })).records;
    expect(rs.map((r) => r.speaker)).toEqual([null]);
  });

  it('an attendance block set as a column gives its offices holders: "the Chair", "the CEO", "the Secretary" below are those people', () => {
    const text = [
      'KESTREL FERRIES LIMITED',
      'MINUTES OF THE ANNUAL GENERAL MEETING',
      'Held at the Harbour Hall, Oban, on 11 June 2025 at 14:00',
      '',
      'Present:     Moira Lindqvist (Chair of the Board)',
      '             Daniel Achterberg (Chief Executive Officer)',
      '             Shareholders holding 58.2% of the shares',
      'In attendance: Priya Nair (Company Secretary)',
      '',
      '2.1  The Chair welcomed shareholders. She said that the fleet renewal was on schedule.',
      '2.2  The CEO reported that passenger numbers had grown by 9% in 2024.',
      '',
      '     Q: Mr. Ewan Baird asked whether fares would rise in 2026.',
      '     A: The Chair replied that fares would be held for the summer season.',
      '',
      '     Q: Ms. Ruth Calder asked when the new vessel would enter service.',
      '     A: The CEO answered that sea trials would finish in March.',
      '',
      '2.3  The Secretary confirmed that 1,204 proxy votes had been received.',
      '',
    ].join('\n');
    const rs = loadCorpus(tempCorpus({ 'kestrel-agm.txt': text })).records;
    expect(at(rs, 10, 'She said that')?.speaker).toBe('Moira Lindqvist');
    expect(at(rs, 11, '2.2 The CEO reported')?.speaker).toBe('Daniel Achterberg');
    expect(rs.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker])).toEqual([
      ['Ewan Baird', 'Moira Lindqvist'],
      ['Ruth Calder', 'Daniel Achterberg'],
    ]);
    expect(at(rs, 19, '2.3 The Secretary confirmed')?.speaker).toBe('Priya Nair');
  });

  it('an office two listed people hold names neither', () => {
    const text = [
      'Notes of the steering group meeting held on 2 May 2024',
      '',
      'Present: Ana Ruiz (Director, Operations), Tom Hale (Director, Finance)',
      '',
      'The Director said that the budget would be reviewed in June.',
      '',
    ].join('\n');
    const rs = loadCorpus(tempCorpus({ 'steering.txt': text })).records;
    expect(at(rs, 5, 'The Director said')?.speaker).not.toMatch(/Ana Ruiz|Tom Hale/);
  });
});
