/**
 * Personal and family archives, probe97-a: a bundle of family letters transcribed one after another
 * (each headed by the house, the village and the day, then "Dear Jim,"); a eulogy and a family oral
 * history whose line under the title says when and where the words were given ("Delivered by her
 * son, NAME, at PLACE, 14 October 2023", "Recorded at …, 12 August 2017, by her grandson NAME").
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; date: string | null; role: string | null; section: string | null };
const DIR = join(FIXTURES, 'probe97', 'a');

describe('a bundle of family letters, each headed by its address and day above "Dear Jim,"', () => {
  it("takes no letter's address block for a signature", () => {
    const corpus = fixtureCorpus(DIR, ['letters-ada.txt']);
    const records = corpus.records as Rec[];
    expect(records.length).toBeGreaterThan(30);
    expect(records.some((r) => r.speaker === 'Orchard Cottage')).toBe(false);
    // (each letter is its signer's, "Your loving sister," / "Ada": fix97-a)
    expect(records.filter((r) => r.type === 'claim').every((r) => r.speaker === null || r.speaker === 'Ada Fenwick' || r.speaker === 'Uncle Walter' || /mother$/.test(r.speaker))).toBe(true);
    // the words Ada reports stay their speakers'
    expect(records.find((r) => r.line === 33 && r.type === 'quote')?.speaker).toBe('Mam');
  });

  it('in other words: a name block under one letter, no salutation below it, still signs it', () => {
    const head = (house: string) => `${house}\nKettlewell\n9th April 1953\n\n`;
    const letter = 'Dear Jim,\n\nThe hay is in and the weather has turned at last, so Dad is in a better mood.\n\nWe all send our love to you.\n\n';
    const author = (text: string) => (loadCorpus(tempCorpus({ 'letters.txt': text })).records as Rec[])[0]!.speaker;
    // two letters, the second headed by its house's name: no signer
    expect(author(`${letter}${head('Orchard Cottage')}${letter}`)).toBeNull();
    // one letter signed with a name block under it (no salutation below): its signer
    expect(author(`${letter}Ada Fenwick\nOrchard Cottage\nKettlewell\n`)).toBe('Ada Fenwick');
  });
});

describe('a line under the title giving when the words were said, opening on its verb', () => {
  it("dates a eulogy by its 'Delivered by …, DATE' line and an oral history by 'Recorded at …, DATE, by …'", () => {
    const records = fixtureCorpus(DIR, ['eulogy-margaret.txt', 'oral-history-nana.txt']).records as Rec[];
    const eulogy = records.filter((r) => r.doc === 'eulogy-margaret');
    const interview = records.filter((r) => r.doc === 'oral-history-nana');
    expect(eulogy.length).toBeGreaterThan(20);
    for (const r of eulogy) expect(r.year).toBe(2023);
    for (const r of interview) expect(r.year).toBe(2017);
    expect(interview.filter((r) => r.type === 'qa').every((r) => r.speaker === 'Rose Callaghan' && r.asker === 'Liam Callaghan')).toBe(true);
  });

  it('in other words: "Recorded in …", "Delivered at …"; a sentence opening so gives none', () => {
    const doc = (credit: string) => `Remembering Joan Avery\n${credit}\n\nJoan was born in a terraced house by the canal and she never lived more than a mile from it. She kept the corner shop for thirty years.\n`;
    const year = (credit: string) => (loadCorpus(tempCorpus({ 'talk.txt': doc(credit) })).records as Rec[])[0]!.year;
    expect(year('Delivered at St Mary’s Church, Wolverton, by her nephew Paul Avery, 3 March 2019')).toBe(2019);
    expect(year('Recorded in the front room at Canal Street, Wolverton, 5 June 2008, by her granddaughter Amy')).toBe(2008);
    // a sentence, ending on its stop, is text
    expect(year('Recorded at the church in 2019 by her nephew, who kept the tape in a drawer for years.')).toBeNull();
  });
});

describe('a WhatsApp group export opening on "Mum added Sarah, Dave, Uncle Phil, Becky"', () => {
  it("reads each member's messages as theirs, the notice naming no holder of a part", () => {
    const records = fixtureCorpus(DIR, ['family-whatsapp.txt']).records as Rec[];
    const at = (line: number) => records.find((r) => r.line === line);
    expect(at(4)).toMatchObject({ type: 'qa', speaker: 'Sarah', asker: 'Mum' });
    expect(at(11)).toMatchObject({ speaker: 'Becky', text: '😡' });
    expect(at(21)?.speaker).toBe('Becky');
    expect(records.filter((r) => r.speaker === 'Uncle Phil').map((r) => r.line)).toEqual([8, 16, 25, 28, 34]);
  });

  it('in other words: one member added after a two-word name', () => {
    const chat = (notice: string) =>
      `${notice}\n12/03/2024, 08:16 - Mum: Who is in for lunch on Sunday?\n12/03/2024, 08:20 - Becky: Yes please, count me in\n12/03/2024, 08:21 - Uncle Phil: Not the lemon cake\n12/03/2024, 08:22 - Becky: Fine\n`;
    const speakers = (notice: string) => (loadCorpus(tempCorpus({ 'chat.txt': chat(notice) })).records as Rec[]).map((r) => r.speaker);
    expect(speakers('12/03/2024, 08:15 - Mum added Uncle Phil, Becky')).toEqual(['Becky', 'Uncle Phil', 'Becky']);
    expect(speakers('12/03/2024, 08:15 - Mum added Becky, Uncle Phil')).toEqual(['Becky', 'Uncle Phil', 'Becky']);
  });
});

describe("a condolence book: the one remembered, then their life's span on a line of its own", () => {
  it('takes no date from "14 February 1940 – 3 November 2025"', () => {
    const records = fixtureCorpus(DIR, ['condolence-book.txt']).records as Rec[];
    expect(records.length).toBeGreaterThan(10);
    for (const r of records) expect(r).toMatchObject({ year: 2025, date: null });
  });

  it('in other words: US order, in brackets, "b." and "d."; one day under the name still dates the page', () => {
    const page = (line: string) => `In memory of Joan Avery\n${line}\n\nJoan kept the corner shop on Canal Street for thirty years and knew every customer by name.\n`;
    const got = (line: string) => (loadCorpus(tempCorpus({ 'page.txt': page(line) })).records as Rec[])[0]!;
    expect(got('March 3, 1931 - June 9, 2023')).toMatchObject({ year: null, date: null });
    expect(got('(b. 3 March 1931 – d. 9 June 2023)')).toMatchObject({ year: null, date: null });
    expect(got('9 June 2023')).toMatchObject({ date: '2023-06-09' });
  });
});

describe('a condolence book\'s entries: "NAME, PLACE" over the day alone, then the message', () => {
  it("reads each entry as its writer's, the place as their role, never the entry above's", () => {
    const records = fixtureCorpus(DIR, ['condolence-book.txt']).records as Rec[];
    const entry = (line: number) => records.find((r) => r.line === line && r.type === 'quote');
    expect(entry(13)).toMatchObject({ speaker: 'Margaret & Dennis Price', role: 'Stourport-on-Severn', endLine: 15 });
    expect(entry(17)).toMatchObject({ speaker: 'Alan Fairweather', role: 'Worcester' });
    expect(entry(25)).toMatchObject({ speaker: 'Sandra Kettle', role: 'Perth, Western Australia', endLine: 27 });
    expect(entry(33)).toMatchObject({ speaker: 'the Patel family', role: 'Kidderminster' });
    expect(entry(45)).toMatchObject({ speaker: 'Tom Beddoes', role: 'Hartlebury' });
    expect(records.find((r) => r.speaker === 'Gary Whitcombe')?.endLine).toBe(43);
  });

  it('in other words: a US date; a name and place over no day is no header', () => {
    const book = (under: string) => `Book of Condolence\n\nJean Marsh, Leeds\n${under}\nSo sorry for your loss. He was a lovely man.\n\nPeter Cole, York\n${under}\nThinking of you all at this sad time.\n`;
    const speakers = (under: string) => (loadCorpus(tempCorpus({ 'book.txt': book(under) })).records as Rec[]).map((r) => r.speaker);
    expect(speakers('November 5, 2025')).toEqual(['Jean Marsh', 'Peter Cole']);
    expect(speakers('Posted with love')).not.toContain('Peter Cole');
  });
});
