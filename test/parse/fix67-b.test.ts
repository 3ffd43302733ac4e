/**
 * Transcript and panel leftovers, fix67-b: a programme's field before a quoted title ('Panel: "…"',
 * 'Session 2: "…"') names no speaker; an audience member who opens "NAME, I live on …" / "NAME, I
 * run …" asks in that name; a meeting's opening statement that asks nothing is no question to the
 * next voice's self-introduction; a transcription service's export line is its boilerplate; and a
 * panellist's bare "Yes." in a round answering a question put to the whole panel is an answer.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; text: string };
const OWN = join(FIXTURES, 'fix67', 'b');
const at = (records: Rec[], line: number) => records.filter((r) => r.line === line);

describe('a programme field before a quoted title', () => {
  it('"Panel: "…"" is no quote by "Panel"', () => {
    const records = fixtureCorpus(join(FIXTURES, 'fix66', 'b'), ['harbour-housing-panel.txt']).records as Rec[];
    expect(at(records, 2)).toHaveLength(1);
    expect(at(records, 2)[0]).toMatchObject({ type: 'claim', speaker: null });
    expect(records.some((r) => r.speaker === 'Panel')).toBe(false);
  });
  it('in other words: "Session 2: "…""', () => {
    const records = fixtureCorpus(OWN, ['high-street-forum-panel.txt']).records as Rec[];
    expect(at(records, 2)[0]).toMatchObject({ type: 'claim', speaker: null });
    expect(records.some((r) => r.speaker === 'Session')).toBe(false);
  });
});

describe('an audience member who names themself and says where they live or what they do', () => {
  it('"Hazel Brigg, I live on the Quay estate." asks as Hazel Brigg', () => {
    const records = fixtureCorpus(join(FIXTURES, 'fix66', 'b'), ['harbour-housing-panel.txt']).records as Rec[];
    const answers = at(records, 27).filter((r) => r.type === 'qa');
    expect(answers.map((r) => r.speaker)).toEqual(['Nadia Salib', 'Tobias Wren', 'Grace Ellery']);
    for (const r of answers) expect(r.asker).toBe('Hazel Brigg');
  });
  it('in other words: "Ruth Okonedo, I run the bakery on Mill Lane."', () => {
    const records = fixtureCorpus(OWN, ['high-street-forum-panel.txt']).records as Rec[];
    const answers = at(records, 20).filter((r) => r.type === 'qa');
    expect(answers.map((r) => r.speaker)).toEqual(['Lena Forsyth', 'Kwame Asante']);
    for (const r of answers) expect(r.asker).toBe('Ruth Okonedo');
  });
});

describe("a meeting's opening statement and the next voice's self-introduction", () => {
  it('Rev: two quotes, not a qa', () => {
    const records = fixtureCorpus(join(FIXTURES, 'probe54', 'a'), ['school-board-rev-2022.txt']).records as Rec[];
    expect(at(records, 4)).toEqual([expect.objectContaining({ type: 'quote', speaker: 'Teresa Valdivia' })]);
    expect(at(records, 7)).toEqual([expect.objectContaining({ type: 'quote', speaker: 'Gordon Ashby' })]);
    expect(at(records, 10)[0]).toMatchObject({ type: 'qa', speaker: 'Gordon Ashby', asker: 'Teresa Valdivia' });
  });
  it('in other words: "Hello, I\'m Martin Dyer, clerk to the council."', () => {
    const records = fixtureCorpus(OWN, ['parish-council-meeting-rev-2023.txt']).records as Rec[];
    expect(at(records, 4)).toEqual([expect.objectContaining({ type: 'quote', speaker: 'Helen Carver' })]);
    expect(at(records, 7)).toEqual([expect.objectContaining({ type: 'quote', speaker: 'Martin Dyer' })]);
    expect(at(records, 10)[0]).toMatchObject({ type: 'qa', speaker: 'Martin Dyer', asker: 'Helen Carver' });
  });
});

describe("a transcription service's export line and file-name title", () => {
  it('Sonix: no claims for lines 1-2', () => {
    const records = fixtureCorpus(join(FIXTURES, 'probe54', 'a'), ['court-hearing-sonix-2019.txt']).records as Rec[];
    expect(records.filter((r) => r.line <= 2)).toEqual([]);
    expect(records[0]).toMatchObject({ line: 10, speaker: 'Miriam Halvorsen' });
  });
  it('in other words: a tribunal hearing\'s .m4a and export line', () => {
    const records = fixtureCorpus(OWN, ['tenancy-tribunal-sonix-2021.txt']).records as Rec[];
    expect(records.filter((r) => r.line <= 2)).toEqual([]);
    expect(at(records, 8)[0]).toMatchObject({ type: 'qa', speaker: 'Daniel Greaves', asker: 'Amara Whitlock' });
  });
});

describe('a bare "Yes." in a round answering a question put to the whole panel', () => {
  it('library panel: Peter Vance answers Colin Atherley', () => {
    const records = fixtureCorpus(join(FIXTURES, 'probe54', 'c'), ['library-futures-panel-2025.txt']).records as Rec[];
    expect(at(records, 46).map((r) => [r.type, r.speaker, r.asker])).toEqual([
      ['qa', 'Ana Lucía Beltrán', 'Colin Atherley'],
      ['qa', 'Peter Vance', 'Colin Atherley'],
      ['qa', 'Yuki Harrowgate', 'Colin Atherley'],
      ['qa', 'Desmond Fairclough', 'Colin Atherley'],
    ]);
  });
  it('in other words: "Would either of you support …?" / "Yes."', () => {
    const records = fixtureCorpus(OWN, ['high-street-forum-panel.txt']).records as Rec[];
    expect(at(records, 20).find((r) => r.speaker === 'Kwame Asante')).toMatchObject({ type: 'qa', text: 'Yes.' });
    expect(at(records, 24)).toEqual([]);
  });
});
