/**
 * Sports pressers, meeting-tool exports and political pages (test/fixtures/probe14/c1, c2, c6):
 * a to-do's checkbox item, a crowd's chant, a voter guide's short answers and its bold questions
 * put to every candidate, and more. Each shape is also tested on a small text of its own.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c1 = loadCorpus(join(FIXTURES, 'probe14', 'c1'));
const c2 = loadCorpus(join(FIXTURES, 'probe14', 'c2'));
const c6 = loadCorpus(join(FIXTURES, 'probe14', 'c6'));
type Recs = ReturnType<typeof recordsOf>;
const at = (recs: Recs, line: number) => recs.filter((r) => r.line === line);

describe('lost text', () => {
  it('a checkbox action item ("☐ Name — task") is a record of its own, not the heading of the next item', () => {
    const recs = recordsOf(c2, 'MeetGeek - Binance Charity Q3 planning - Summary');
    expect(at(recs, 13).map((r) => r.text)).toEqual(['☐ Helen Hai — send NGO shortlist to He Yi by July 15']);
    expect(recs.some((r) => r.section?.includes('NGO shortlist'))).toBe(false);
    const dir = tempCorpus({
      'notes.txt': [
        'Roadmap sync', '', 'TO DO', '☐ Omar Said — book the venue for March', '☑ Legal — check the lease', '',
        'TRANSCRIPT', 'Ana Ruiz (00:00): Let us begin with the venue.', 'Omar Said (00:10): I found two halls near the station.', '',
      ].join('\n'),
    });
    const other = recordsOf(loadCorpus(dir), 'notes');
    expect(other.some((r) => /book the venue for March/.test(r.text))).toBe(true);
  });

  it("a crowd's chant inside a speaker's run is the crowd's quote, and no question to what follows", () => {
    const recs = recordsOf(c6, 'stump-speech-rivera-scranton-2026-10-22');
    expect(at(recs, 9).map((r) => [r.type, r.speaker, r.text])).toEqual([['quote', 'Audience', 'Elena! Elena! Elena!']]);
    expect(at(recs, 15).map((r) => [r.type, r.speaker, r.text])).toEqual([['quote', 'Audience', 'Vote! Vote! Vote!']]);
    expect(recs.filter((r) => r.type === 'qa')).toEqual([]);
    const rivera = recs.filter((r) => r.speaker === 'Elena Rivera');
    expect(rivera.some((r) => /laid off from the mill in 1998/.test(r.text))).toBe(true);
    const dir = tempCorpus({
      'rally.txt': [
        'MAYOR TOM HALE: Good evening, Leeds!', '', 'CROWD: Four more years! Four more years!', '',
        'MAYOR TOM HALE: We rebuilt the bridge in 2019 and we will fix the buses next.', '',
      ].join('\n'),
    });
    const other = recordsOf(loadCorpus(dir), 'rally');
    expect(other.some((r) => r.text === 'Four more years! Four more years!' && r.type === 'quote')).toBe(true);
    expect(other.some((r) => r.type === 'qa')).toBe(false);
  });

  it("a voter guide's `Name: 44` answers under **Age:** are the candidates' words, not a header's fields", () => {
    const recs = recordsOf(c6, 'voter-guide-2026-city-council-district-5');
    expect([8, 9, 10].map((l) => at(recs, l).map((r) => [r.speaker, r.text])[0])).toEqual([
      ['Maria Okonkwo', '44'],
      ['David Hsu', '37'],
      ['Brian Keller', '61'],
    ]);
  });
});

describe('one bold question, several answerers', () => {
  it("each candidate's answer pairs with the bold question above it", () => {
    const recs = recordsOf(c6, 'voter-guide-2026-city-council-district-5');
    const qa = recs.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.question?.slice(0, 20)])).toEqual([
      ['Maria Okonkwo', 'What is the biggest i'],
      ['David Hsu', 'What is the biggest i'],
      ['Brian Keller', 'What is the biggest i'],
      ['Maria Okonkwo', 'Should the city acce'],
      ['David Hsu', 'Should the city acce'],
      ['Brian Keller', 'Should the city acce'],
    ].map(([s, q]) => [s, q!.slice(0, 20)]));
  });
  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'survey.md': [
        'School board candidates answer', '', 'We sent both candidates the same two questions.', '', '**Why are you running?**', '', 'Ana Ruiz: Because the schools need a budget plan.', '',
        'Tom Hale: I have two kids in the district.', '', '**Would you close any school?**', '', 'Ana Ruiz: Not before a full review.', '',
        'Tom Hale: No, never.', '',
      ].join('\n'),
    });
    const qa = recordsOf(loadCorpus(dir), 'survey').filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.question])).toEqual([
      ['Ana Ruiz', 'Why are you running?'],
      ['Tom Hale', 'Why are you running?'],
      ['Ana Ruiz', 'Would you close any school?'],
      ['Tom Hale', 'Would you close any school?'],
    ]);
  });
});
