/**
 * fix73-b: page furniture credited to a person. A speech's "Delivered by Dr. NAME, ROLE, ORG" credit
 * and its editing note ("Transcript lightly edited …", "Edited for length and clarity.") are the
 * page's, no words of the speaker; a signed letter's signature block (name, role, company, date) is
 * the signature's and the notice under it (forward-looking statements, registered office) the
 * publisher's, not the signer's; a listener's question the host reads out ("from Sunil in Bristol. He
 * asks: …?") is the listener's; a report's "Prepared by: NAME, ROLE" field names its author.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker?: string | null; text: string; question?: string };
const PROBE = join(FIXTURES, 'probe61', 'a');
const DIR = join(FIXTURES, 'fix73', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));
const on = (records: Rec[], line: number) => records.filter((r) => r.line <= line && r.endLine >= line);

describe("a speech's credit and editing note", () => {
  it('keynote: "Delivered by Dr. NAME, ROLE, ORG" names the speaker and is no claim of theirs; the editing note neither', () => {
    const c = fixtureCorpus(PROBE, ['keynote-open-data-summit-2022.md']);
    const records = c.records as Rec[];
    expect(c.documents[0]!.meta.author).toBe('Imogen Castellano');
    expect(on(records, 3)).toEqual([]);
    expect(on(records, 6)).toEqual([]);
    expect(at(records, 10, 'claim')?.speaker).toBe('Imogen Castellano');
    expect(at(records, 57, 'qa')).toMatchObject({ speaker: 'Imogen Castellano', asker: 'Farah Qureshi' });
  });

  it('lecture: "Presented by Prof. NAME, ROLE, ORG" and "Edited for length and clarity. … omitted."', () => {
    const c = fixtureCorpus(DIR, ['lecture-soil-carbon-2021.md']);
    const records = c.records as Rec[];
    expect(c.documents[0]!.meta.author).toBe('Hallvard Rusten');
    expect(on(records, 3)).toEqual([]);
    expect(on(records, 6)).toEqual([]);
    expect(at(records, 13, 'claim')?.speaker).toBe('Hallvard Rusten');
    expect(at(records, 16, 'quote')?.speaker).toBe('Sigrun Dahl');
  });

  it('in other words: a sermon read by a named reader, its note in brackets', () => {
    const text = [
      '# Sermon: "Room at the Table"',
      '',
      'Read by Rev. Adaeze Nwosu, Associate Minister, St Columba\'s Church',
      '',
      '(Interview condensed and edited. Hymns omitted.)',
      '',
      'We begin with a story about a wedding where the wine ran out. Nobody at that wedding was ready.',
      '',
      'I want us to be a church that is ready.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'sermon-room-at-the-table-2020.md': text }));
    const got = c.records as Rec[];
    expect(c.documents[0]!.meta.author).toBe('Adaeze Nwosu');
    expect(on(got, 3)).toEqual([]);
    expect(on(got, 5)).toEqual([]);
    expect(at(got, 7)?.speaker).toBe('Adaeze Nwosu');
  });

  it('a sentence about edited remarks in a report is no editing note', () => {
    const text = ['# Broadcaster apologises', '', 'By Jonah Pike', '', 'The station said the interview was cut short by a fault.', '', 'Remarks edited out of the broadcast were later published online.'].join('\n');
    const got = loadCorpus(tempCorpus({ 'broadcaster-apology-2022.txt': text })).records as Rec[];
    expect(at(got, 7)).toMatchObject({ type: 'claim', speaker: 'Jonah Pike' });
  });
});

describe("a signed letter's signature block and the notice under it", () => {
  it('shareholder letter: name, title, company no claims; the boilerplate nobody\'s', () => {
    const records = fixtureCorpus(PROBE, ['northwind-rail-letter-to-shareholders-2023.txt']).records as Rec[];
    for (const line of [54, 55, 56, 58]) expect(on(records, line)).toEqual([]);
    expect(at(records, 61, 'claim')?.speaker).toBeNull();
    expect(at(records, 63, 'claim')?.speaker).toBeNull();
    // the letter's body stays the signer's
    expect(at(records, 49, 'claim')?.speaker).toBe('Catherine Moyo');
    expect(at(records, 36, 'claim')?.speaker).toBe('Catherine Moyo');
  });

  it("society chair's letter: the block under \"With best wishes,\" and the charity's notice under a rule", () => {
    const c = fixtureCorpus(DIR, ['allotment-society-chair-letter-2022.txt']);
    const records = c.records as Rec[];
    expect(c.documents[0]!.meta.author).toBe('Gordon Lambeth');
    for (const line of [21, 22, 23, 25]) expect(on(records, line)).toEqual([]);
    expect(at(records, 29, 'claim')?.speaker).toBeNull();
    expect(at(records, 17, 'claim')?.speaker).toBe('Gordon Lambeth');
  });

  it('in other words: a letter with no rule before its notice', () => {
    const text = [
      'Dear Parents,',
      '',
      'The new sports hall opens after half term. Classes will move there from the first Monday.',
      '',
      'Thank you for your patience during the building work.',
      '',
      'Yours sincerely,',
      '',
      'Helen Marchetti',
      'Head Teacher',
      'Oakridge Primary School',
      '',
      'Oakridge Primary School is an academy trust registered in England, No. 07712345.',
      '',
      'P.S. The car park will stay closed until Easter.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'oakridge-letter-to-parents-2024.txt': text }));
    const got = c.records as Rec[];
    expect(c.documents[0]!.meta.author).toBe('Helen Marchetti');
    for (const line of [9, 10, 11]) expect(on(got, line)).toEqual([]);
    expect(at(got, 13)?.speaker).toBeNull();
    expect(at(got, 3)?.speaker).toBe('Helen Marchetti');
    // a postscript under it is the signer's still
    expect(at(got, 15)?.speaker).toBe('Helen Marchetti');
  });
});

describe("a listener's question the host reads out", () => {
  it('podcast: "a listener question from Sunil in Bristol. He asks: …?" is asked by Sunil', () => {
    const records = fixtureCorpus(PROBE, ['podcast-field-notes-ep112-2024.md']).records as Rec[];
    expect(at(records, 69, 'qa')).toMatchObject({ asker: 'Sunil', speaker: 'Kwame Asante-Boateng' });
    expect(at(records, 64, 'qa')).toMatchObject({ asker: 'Leona Marsh' });
  });

  it('phone-in: "from Priya in Yeovil. She wants to know whether …?" and "from Tom Haskins, who asks whether …?"', () => {
    const records = fixtureCorpus(DIR, ['phone-in-transcript-gardening-2023.txt']).records as Rec[];
    expect(at(records, 9, 'qa')).toMatchObject({ asker: 'Priya', speaker: 'Bernadette Quayle' });
    expect(at(records, 14, 'qa')).toMatchObject({ asker: 'Tom Haskins', speaker: 'Bernadette Quayle' });
  });
});

describe('a report\'s "Prepared by: NAME, ROLE" field', () => {
  it('research synthesis: Naomi Ferreira is the author, the field no claim', () => {
    const c = fixtureCorpus(PROBE, ['clinic-app-research-synthesis-2025.md']);
    const records = c.records as Rec[];
    expect(c.documents[0]!.meta.author).toBe('Naomi Ferreira');
    expect(on(records, 3)).toEqual([]);
    expect(at(records, 10, 'claim')?.speaker).toBe('Naomi Ferreira');
    expect(at(records, 24, 'quote')?.speaker).toBe('P7');
  });

  it('survey report, and in other words a plain field with two roles', () => {
    const c = fixtureCorpus(DIR, ['survey-report-library-hours-2024.md']);
    expect(c.documents[0]!.meta.author).toBe('Oluwaseun Adeyemi');
    expect(on(c.records as Rec[], 3)).toEqual([]);
    expect(at(c.records as Rec[], 14, 'claim')?.speaker).toBe('Oluwaseun Adeyemi');
    const text = ['# Audit of the river footpaths', '', 'Prepared by: Tamsin Ravel, Senior Surveyor, Dunmore Trust', '', 'Nine of the twelve stiles need replacing before winter. The bridge at Holt Ford is safe.'].join('\n');
    const t = loadCorpus(tempCorpus({ 'footpath-audit-2023.txt': text }));
    expect(t.documents[0]!.meta.author).toBe('Tamsin Ravel');
    expect(on(t.records as Rec[], 3)).toEqual([]);
    expect(at(t.records as Rec[], 5)?.speaker).toBe('Tamsin Ravel');
  });

  it('a team or a firm that prepared it is no person: no author', () => {
    for (const who of ['Footpaths Team, Dunmore Trust', 'Marlow Acoustics Ltd.']) {
      const text = ['# Audit of the river footpaths', '', `Prepared by: ${who}`, '', 'Nine of the twelve stiles need replacing before winter.'].join('\n');
      const t = loadCorpus(tempCorpus({ 'footpath-audit-team-2023.txt': text }));
      expect(t.documents[0]!.meta.author ?? null).toBeNull();
    }
  });
});
