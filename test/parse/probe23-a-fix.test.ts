/**
 * probe23 a, second pass: a deposition's caption and reporter's footer, a hearing's opening
 * statements and witness headings. Each rule on the probe's fixture and on a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const a = loadCorpus(join(FIXTURES, 'probe23', 'a'));
const load = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const one = (name: string, text: string) => recordsOf(load(name, text), name.replace(/\.txt$/, ''));

const numbered = (lines: string[]) => lines.map((l, i) => `${String(i + 1).padStart(2)}      ${l}`).join('\n');
const depositionInOtherWords = `                                                                  Page 7
${numbered([
  'SUPERIOR COURT OF THE STATE OF WASHINGTON',
  'FOR KING COUNTY',
  '==========================================x',
  'HARBORVIEW MARINE SUPPLY INC.,',
  '             Petitioners,',
  '      vs.                    No. 23-2-04417-1',
  'CASCADE FREIGHT HOLDINGS,',
  '             Respondent.',
  '==========================================x',
  '',
  '     DEPOSITION OF',
  '            MIRELA COSTACHE',
  '         Seattle, Washington',
  '         Tuesday, March 12, 2024',
  '',
  'BY MR. OYELOWO:',
  '     Q.   Where were the pallets stored in 2022?',
  '     A.   In the north shed, near the rail spur.',
  '     Q.   Who kept the key?',
  '     A.   The yard manager. Nobody else had one.',
])}
                 Emerald Court Reporting
          206-555-0144                    888-555-0199
`;

describe('a deposition whose numbered first page opens on the case caption (a2, a3)', () => {
  it('files the caption and the reporter footer as the header, not claims (fixture)', () => {
    const recs = recordsOf(a, 'deposition-okafor-condensed');
    for (const t of ['UNITED STATES DISTRICT COURT', 'SELWYN TRUST COMPANY,', 'CONTINUED VIDEOTAPED DEPOSITION OF', 'ADAORA OKAFOR', 'Veritext'])
      expect(recs.filter((r) => r.text.includes(t))).toEqual([]);
    expect(recs.filter((r) => /\d{3}-\d{3}-\d{4}/.test(r.text))).toEqual([]);
    const doc = a.documents.find((d) => d.id === 'deposition-okafor-condensed')!;
    expect(doc.meta.title).not.toMatch(/^-+x$/);
  });
  it('reads another caption the same way', () => {
    const corpus = load('dep-costache.txt', depositionInOtherWords);
    const recs = recordsOf(corpus, 'dep-costache');
    expect(recs.filter((r) => r.type === 'claim')).toEqual([]);
    expect(recs.find((r) => r.text.startsWith('In the north shed'))!.speaker).toBe('Mirela Costache');
    expect(corpus.documents[0]!.meta.title).not.toMatch(/^[=-]+x$|^Page \d+$/);
  });
});

describe("a hearing: a member's opening statement, then the chair gives the witness the floor (a5)", () => {
  it('keeps the statement a quote and the chair\'s line its own (fixture)', () => {
    const recs = recordsOf(a, 'senate-hearing-stablecoin-gpo');
    const opening = recs.find((r) => r.text.includes('87 cents'))!;
    expect(opening.type).toBe('quote');
    expect(opening.speaker).toBe('Lorraine Whitfield');
    const chair = recs.find((r) => r.text.startsWith('Our first witness'))!;
    expect(chair.type).toBe('quote');
  });
  it('reads another hearing the same way', () => {
    const recs = one(
      'house-hearing.txt',
      `            HEARING ON RURAL BROADBAND GRANTS

    Chairwoman Ostrander. The Subcommittee will come to order.
    Representative Kaleo.

        OPENING STATEMENT OF REPRESENTATIVE MALIA KALEO

    Mrs. Kaleo. Thank you, Madam Chair. Two years ago the program
promised fiber to every county in my district. Four counties are
still waiting.
    Chairwoman Ostrander. Our witness today is Mr. Pieter Vos of the
Rural Utilities Office. Mr. Vos, you have 5 minutes.

    Mr. Vos. Thank you. We have connected 61 counties since 2022.
    Mrs. Kaleo. Why are the other four still waiting?
    Mr. Vos. Their permits were delayed by the state.
    Mrs. Kaleo. Will you send us the permit dates?
    Mr. Vos. Yes, Congresswoman.
    Representative Dunmore. When will the four be connected?
    Mr. Vos. By the end of 2025.
`,
    );
    const opening = recs.find((r) => r.text.includes('Four counties'))!;
    expect(opening.type).toBe('quote');
    expect(recs.find((r) => r.text.startsWith('Our witness today'))!.type).toBe('quote');
    expect(recs.find((r) => r.text.startsWith('Their permits'))!.type).toBe('qa');
  });
});

describe("a hearing's witness heading in capitals, closing on a firm's abbreviation (a9), names the witness (a7)", () => {
  it('reads "STATEMENT OF …, PARITY DOLLAR INC." as a heading and "Ms. Lindqvist" as the heading\'s full name (fixture)', () => {
    const recs = recordsOf(a, 'senate-hearing-stablecoin-gpo');
    expect(recs.filter((r) => r.text.startsWith('STATEMENT OF'))).toEqual([]);
    expect(recs.find((r) => r.text.startsWith('Require trust treatment'))!.speaker).toBe('Hanna Lindqvist');
  });
  it('reads another hearing the same way', () => {
    const recs = one(
      'senate-rail.txt',
      `        RAIL SAFETY AFTER EAST PALESTINE

    Chairman Brody. The Committee will come to order. Dr. Abiodun.

  STATEMENT OF FOLASADE ABIODUN, CHIEF ENGINEER, TRANSRAIL CO.

    Dr. Abiodun. Thank you, Chairman. Our wheel sensors flagged the
axle twelve miles before the derailment in 2023.
    Chairman Brody. Dr. Abiodun, why did no one stop the train?
    Dr. Abiodun. The alert went to a desk that was not staffed.
`,
    );
    expect(recs.filter((r) => r.text.startsWith('STATEMENT OF'))).toEqual([]);
    expect(recs.find((r) => r.text.startsWith('The alert went'))!.speaker).toBe('Folasade Abiodun');
  });
});

const hansardInOtherWords = `Legislative Council
Tuesday, 4 June 2024

Questions without Notice

MINING ROYALTIES — REGIONAL ROADS

Mr K.L. ORMSBY (Pilbara) (14:10): My question is to the Minister for Regional Development. How much
of the royalty fund went to regional roads last year?

Hon T.W. MAKAROVA (Albany — Minister for Regional Development) (14:11): I thank the member for his
question. Last year the fund paid $212 million for regional roads, up from $170 million the year before.

Ms P.J. DERWENT: What about the Goldfields?

The DEPUTY SPEAKER: Order! Member for Kalgoorlie!

Hon T.W. MAKAROVA: The Goldfields received $41 million of that, member for Kalgoorlie.
`;

describe('a Hansard record: seat and office in the label, a call to order, initials in labels (a13, a12, a14)', () => {
  const hansard = () => recordsOf(a, 'hansard-wa-assembly-2024-08-21');
  it("gives the minister the seat and office of the label's note (fixture)", () => {
    expect(hansard().find((r) => r.text.startsWith('I thank the member for Bunbury'))!.role).toBe('Kalamunda — Minister for Commerce');
  });
  it("leaves an interjection unanswered by the Speaker's call to order (fixture)", () => {
    const order = hansard().find((r) => r.text === 'Member for Cottesloe!')!;
    expect(order.type).toBe('quote');
    expect(hansard().find((r) => r.text === 'How many were prosecuted?')!.type).toBe('quote');
  });
  it('finds every sentence of a label line with initials and notes in a record (fixture)', () => {
    const doc = a.documents.find((d) => d.id === 'hansard-wa-assembly-2024-08-21')!;
    expect(doc.sentences.missed).toEqual([]);
  });
  it('reads another Hansard record the same way', () => {
    const corpus = load('hansard-council.txt', hansardInOtherWords);
    const recs = recordsOf(corpus, 'hansard-council');
    expect(recs.find((r) => r.text.startsWith('I thank the member for his'))!.role).toBe('Albany — Minister for Regional Development');
    expect(recs.find((r) => r.text === 'What about the Goldfields?')!.type).toBe('quote');
    expect(recs.find((r) => r.text.startsWith('Order!'))!.type).toBe('quote');
    expect(corpus.documents[0]!.sentences.missed).toEqual([]);
  });
});

describe("one speaker's turns either side of a recess note are two turns (a4)", () => {
  it("keeps the videographer's going off and coming back on the record apart (fixture)", () => {
    const recs = recordsOf(a, 'deposition-okafor-condensed');
    const off = recs.find((r) => r.text.startsWith('We are going off the record'))!;
    expect(off.text).not.toContain('back on the record');
    expect(recs.find((r) => r.text.startsWith('We are back on the record'))!.speaker).toBe('the Videographer');
  });
  it('reads another recess the same way', () => {
    const recs = one(
      'hearing-recess.txt',
      `BOARD OF APPEALS — HEARING TRANSCRIPT

MS. IWASAKI: Where was the fence in 2019?
MR. TEMBO: Along the creek, about ten feet in.
THE CLERK: The board will stand in recess for ten minutes.
(Whereupon, a short recess was taken.)
THE CLERK: The board is back in session. Ms. Iwasaki, go ahead.
MS. IWASAKI: Who moved it?
MR. TEMBO: The county did, in 2021.
`,
    );
    const first = recs.find((r) => r.text.startsWith('The board will stand'))!;
    expect(first.text).not.toContain('back in session');
  });
});
