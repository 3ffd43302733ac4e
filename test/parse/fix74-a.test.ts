/**
 * fix74-a: a one-word part with its holder's full name in brackets ("CHAIR (Nora Whitcombe):",
 * "OFFICER (Daniel Fenwick):") is that holder's, and the bare "CHAIR:" after it the same person;
 * "MEMBER OF THE AUDIENCE (Name, …):" asks as the named person; a panel header's roster of "Name,
 * what they do" lines (lower-case roles, the first one perhaps on the "Panelists:" line itself) is
 * header furniture naming the speakers, no claims.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker?: string | null; askerRole?: string | null; role?: string | null; text: string };
const DIR = join(FIXTURES, 'fix74', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a part named in brackets', () => {
  const records = fixtureCorpus(DIR, ['planning-forum-2024.txt']).records as Rec[];
  it('reads CHAIR (Name) and the bare CHAIR as the named chair, OFFICER (Name) as the officer', () => {
    expect(at(records, 5)).toMatchObject({ type: 'quote', speaker: 'Nora Whitcombe' });
    expect(at(records, 9)).toMatchObject({ type: 'quote', speaker: 'Nora Whitcombe' });
    expect(at(records, 21)).toMatchObject({ type: 'quote', speaker: 'Nora Whitcombe' });
    expect(at(records, 7)?.speaker).toBe('Daniel Fenwick');
  });
  it('credits the audience member named in brackets with the question', () => {
    expect(at(records, 11)).toMatchObject({ type: 'qa', speaker: 'Daniel Fenwick', asker: 'Grace Olumide', askerRole: 'Mill Road resident' });
    expect(at(records, 17)).toMatchObject({ type: 'qa', speaker: 'Daniel Fenwick', asker: 'Colin Prior' });
  });
  it('in other words: a floor voice whose note gives a name, then where they are from in a few words', () => {
    const dir = tempCorpus({
      'meeting.txt': 'Parish meeting on the bypass\n\nMODERATOR (Ellen Shaw): We will take questions now.\n\nAUDIENCE MEMBER (Tariq Bello, Station Road shopkeeper): How long will the road be closed?\n\nENGINEER (Ruth Kemp): About nine weeks, from June.\n',
    });
    const recs = loadCorpus(dir).records as Rec[];
    expect(recs.find((r) => r.type === 'qa')).toMatchObject({ speaker: 'Ruth Kemp', asker: 'Tariq Bello' });
  });
  it('in other words', () => {
    const dir = tempCorpus({
      'hearing.txt': 'Harbour Board hearing\n\nCONVENOR (Aled Pryce): We start with the dredging plan.\n\nENGINEER (Sofia Marr): The channel needs two metres more depth by 2026.\n\nCONVENOR: Thank you. Any objections?\n',
    });
    const recs = loadCorpus(dir).records as Rec[];
    expect(recs.filter((r) => r.speaker === 'Aled Pryce').length).toBeGreaterThanOrEqual(2);
    expect(recs.some((r) => r.speaker === 'Convenor')).toBe(false);
    expect(recs.some((r) => r.speaker === 'Sofia Marr')).toBe(true);
  });
});

describe('a panel header\'s roster', () => {
  for (const [dir, file, lines] of [
    [DIR, 'book-festival-panel-2023.txt', [6, 7, 8]],
    [DIR, 'school-board-panel-2022.txt', [6, 7, 8]],
    [join(FIXTURES, 'probe60', 'b'), 'climate-finance-panel-2023.txt', [6, 7, 8, 9]],
    [join(FIXTURES, 'fix67', 'b'), 'high-street-forum-panel.txt', [5, 6, 7, 8]],
    [join(FIXTURES, 'fix66', 'b'), 'harbour-housing-panel.txt', [5, 6, 7, 8, 9]],
    [join(FIXTURES, 'probe54', 'c'), 'library-futures-panel-2025.txt', [5, 6, 7, 8, 9, 10]],
  ] as const) {
    it(`${file}: no claims of the roster, and its roles on the turns`, () => {
      const records = fixtureCorpus(dir, [file]).records as Rec[];
      for (const line of lines) expect(records.filter((r) => r.doc === file.replace(/\.txt$/, '') && r.line === line)).toEqual([]);
      expect(records.some((r) => r.type === 'qa' && !!r.role && /,|and/.test(r.role))).toBe(true);
    });
  }
  it('in other words: one who never speaks keeps the line as a claim', () => {
    const dir = tempCorpus({
      'panel.txt': 'Town Debate 2021\n\nChair: Ruth Allen, editor, Valley Times\nPanelists: Omar Haddad, head of transport, Valley Council\n            Jess Lowe, cyclist and campaigner\n            Ken Obi, bus driver, Valley Buses\n\nRUTH ALLEN: Omar, when will the bridge reopen?\n\nOMAR HADDAD: In March, if the steel arrives on time.\n\nRUTH ALLEN: Jess, is that soon enough?\n\nJESS LOWE: No. People have waited two years already.\n',
    });
    const recs = loadCorpus(dir).records as Rec[];
    expect(recs.filter((r) => r.line === 4 || r.line === 5)).toEqual([]);
    expect(recs.find((r) => r.line === 6)).toMatchObject({ type: 'claim', speaker: null });
    expect(recs.find((r) => r.speaker === 'Omar Haddad')?.role).toBe('head of transport, Valley Council');
  });
});
