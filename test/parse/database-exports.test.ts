/**
 * A news database's export (Nexis Uni, Factiva): several articles in one file, each with its own
 * header (headline, publication, day, "Byline:" / "By", "Length: 412 words" / "612 words",
 * copyright) and its end mark ("End of Document", "Document LBA0000020220912ei9c00abc"). Before,
 * the file was one article: every record took the first article's day and the first header's
 * publication as narrator, and the other headers' lines were claims (a Nexis file even read as a
 * transcript, its "Byline:" and "Length:" fields as voices).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const summary = (r: { type: string; speaker: string | null; year: number | null; date: string | null; section: string | null }) => [r.type, r.speaker, r.year, r.date, r.section];

describe('a news database export of several articles', () => {
  it('dates and credits each Nexis article by its own header', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['nexis-export-kestrel-2019-2023.txt']);
    const records = c.records.filter((r) => r.doc === 'nexis-export-kestrel-2019-2023');
    expect(c.documents.find((d) => d.id === 'nexis-export-kestrel-2019-2023')!.shape).toBe('prose');
    // No header or footer field is a record: only the articles' paragraphs.
    expect(records.filter((r) => /^(?:Byline|Section|Length|Load-Date):|End of Document|Results list|Accra Chronicle$/.test(r.text))).toEqual([]);
    expect(records.find((r) => r.text.startsWith('Two years after'))).toMatchObject({ speaker: 'Efua Sarpong', year: 2021, date: '2021-11-18', section: "Kestrel's electric gamble hits a pothole" });
    expect(records.find((r) => r.text.startsWith('I underestimated the grid'))).toMatchObject({ type: 'quote', speaker: 'Ama Boateng', year: 2023, date: '2023-03-02' });
    expect(records.find((r) => r.text.startsWith('Diesel is the past'))).toMatchObject({ speaker: 'Ama Boateng', year: 2019, date: '2019-06-04' });
    expect(new Set(records.filter((r) => r.type === 'claim' && /^\p{Lu}\p{Ll}+ \p{Lu}/u.test(r.speaker ?? '')).map((r) => r.speaker))).toEqual(new Set(['Kwesi Mensah', 'Efua Sarpong', 'Daniel Owusu']));
    // The file has no one day or author of its own.
    const meta = c.documents.find((d) => d.id === 'nexis-export-kestrel-2019-2023')!.meta;
    expect([meta.author, meta.date, meta.year]).toEqual([null, null, null]);
  });

  it('reads a Factiva export, a byline without "By" above the word count', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['factiva-glasspay-2022-2024.txt']);
    const records = c.records.filter((r) => r.doc === 'factiva-glasspay-2022-2024');
    expect(records.filter((r) => r.type === 'claim').map(summary)).toEqual([
      // the lead paragraph reports its chief executive ("…, its chief executive Orla Quinn said on Monday")
      ['claim', 'Orla Quinn', 2022, '2022-09-12', 'Irish payments start-up Glasspay raises $40 million, eyes US'],
      ['claim', 'Conor Walsh', 2022, '2022-09-12', 'Irish payments start-up Glasspay raises $40 million, eyes US'],
      ['claim', 'Sarah Doyle', 2024, '2024-05-03', 'Glasspay founder Quinn quits after audit row'],
      ['claim', 'Sarah Doyle', 2024, '2024-05-03', 'Glasspay founder Quinn quits after audit row'],
    ]);
  });

  it('in other words: a footer of classification fields, a byline with "By", one article without a byline', () => {
    const article = (headline: string, day: string, byline: string | null, body: string) =>
      [headline, 'Harbour Gazette', day, 'Copyright 2020 Gazette Ltd', '', 'Section: NEWS; Pg. 3', 'Length: 220 words', ...(byline ? [`Byline: ${byline}`] : []), '', 'Body', '', body, '', 'Classification', '', 'Language: ENGLISH', '', 'Subject: PORTS (90%)', '', `Load-Date: ${day}`, '', 'End of Document', '', ''].join('\n');
    const text = [
      article('Pilot strike ends', 'January 9, 2020 Thursday', 'By Mirela Costa', 'The harbour pilots returned to work on Wednesday. "We got what we asked for," said Jonas Berg, their union leader.'),
      article('New cranes arrive', 'August 30, 2022 Tuesday', null, 'Four cranes arrived from Rotterdam, the port authority said.'),
    ].join('');
    const c = loadCorpus(tempCorpus({ 'gazette.txt': text }));
    // (The second article has no byline: its claim is the source it reports, as any article's is.)
    expect(c.records.map((r) => [r.type, r.speaker, r.date, r.section]).sort()).toEqual([
      ['claim', 'Mirela Costa', '2020-01-09', 'Pilot strike ends'],
      ['claim', 'the port authority', '2022-08-30', 'New cranes arrive'],
      ['quote', 'Jonas Berg', '2020-01-09', 'Pilot strike ends'],
    ]);
    expect(c.documents[0]!.shape).toBe('prose');
  });

  it('reads an export of broadcast transcripts as turns, each answer ending before the footer', () => {
    const show = (headline: string, day: string, anchor: string, question: string, answer: string) =>
      [headline, 'CNN', day, 'Copyright 2022 Cable News Network', '', 'Section: NEWS', 'Length: 300 words', `Byline: ${anchor}`, '', 'Body', '', `${anchor.toUpperCase()}, CNN ANCHOR: ${question}`, '', `TOMAS REYES, MAYOR OF SANTA ROSA: ${answer}`, '', `Load-Date: ${day}`, '', 'End of Document', '', ''].join('\n');
    const text = show('Flood Watch', 'March 1, 2023 Wednesday', 'Ana Silva', 'Mayor, is the levee holding?', 'It is holding for now.') + show('After the Flood', 'April 9, 2023 Sunday', 'Ben Oduya', 'Mayor, what did the flood cost?', 'About $40 million.');
    const c = loadCorpus(tempCorpus({ 'cnn.txt': text }));
    expect(c.documents[0]!.shape).toBe('transcript');
    expect(c.records.map((r) => [r.type, r.speaker, r.asker, r.text, r.date, r.section])).toEqual([
      ['qa', 'Tomas Reyes', 'Ana Silva', 'It is holding for now.', '2023-03-01', 'Flood Watch'],
      ['qa', 'Tomas Reyes', 'Ben Oduya', 'About $40 million.', '2023-04-09', 'After the Flood'],
    ]);
  });

  it("reads ProQuest's records whose first paragraph sits on the \"Full text:\" line", () => {
    const record = (n: number, headline: string, author: string, info: string, body: string) =>
      [`Document ${n} of 2`, '', headline, '', `Author: ${author}`, '', `Publication info: ${info}`, '', `Full text: ${body}`, '', 'Subject: Ferries', '', `Document URL: https://www.proquest.com/docview/25000000${n}`, '', '____________________________________________________________', ''].join('\n');
    const text = record(1, 'Harbour council backs new ferry terminal', 'Whitcombe, Daniel', 'The Coastal Times; Portsmouth. 12 Mar 2021: 4.', 'The council voted 9 to 2 on Thursday to build a terminal.') +
      record(2, 'Ferry terminal costs double', 'Okafor, Grace', 'The Coastal Times; Portsmouth. 30 Jan 2023: 2.', 'The cost has risen to £84 million, twice the 2021 estimate.');
    const records = loadCorpus(tempCorpus({ 'proquest.txt': `ProQuest\n\n${text}` })).records;
    expect(records.map((r) => [r.speaker, r.date, r.text])).toEqual([
      ['Daniel Whitcombe', '2021-03-12', 'The council voted 9 to 2 on Thursday to build a terminal.'],
      ['Grace Okafor', '2023-01-30', 'The cost has risen to £84 million, twice the 2021 estimate.'],
    ]);
  });

  it('leaves a story alone that says "End of Document" in a sentence, or ends on it with no fields', () => {
    const text = 'Archive Notes\n\nBy Ines Moura\nMarch 3, 2021\n\nThe clerk stamped every page. The last one read End of Document.\n\nEnd of Document\n';
    const c = loadCorpus(tempCorpus({ 'notes.txt': text }));
    expect(c.documents[0]!.meta.date).toBe('2021-03-03');
    expect(c.records.filter((r) => r.speaker === 'Ines Moura').length).toBeGreaterThan(0);
  });
});
