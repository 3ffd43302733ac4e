/**
 * probe23 b, second pass: the vendors' furniture around a call transcript (S&P Capital IQ's
 * stacked participants list and page footer, the contents' dot leaders, …). Each rule on the
 * fixture and on a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const b = loadCorpus(join(FIXTURES, 'probe23', 'b'));
const one = (name: string, text: string) => recordsOf(loadCorpus(tempCorpus({ [name]: text })), name.replace(/\.txt$/, ''));

const FOOTER = (n: number) => `northbeam-research.net/transcripts${' '.repeat(40)}${n}`;
const KESTREL =
  `Kestrel Mining Corp. TSX:KMC\nFQ1 2026 Earnings Call Transcripts\n\nTable of Contents\nCall Participants ........................ 2\nPresentation ............................. 3\nQuestion and Answer ...................... 4\n\n${FOOTER(1)}\n\n` +
  `Call Participants\n\nEXECUTIVES\n\nOksana Brehm\nChief Executive Officer\n\nTariq Lindqvist\nSenior VP & CFO\n\nANALYSTS\n\nMorgan Ilesanmi\nScotiabank Global Banking and Markets, Research Division\n\nPetra Vaughn-Ashe\nCanaccord Genuity Corp., Research Division\n\n` +
  `Presentation\n\nOperator\nWelcome to the Kestrel Mining first quarter call. I will hand it to Oksana Brehm.\n\nOksana Brehm\nChief Executive Officer\nThank you. We poured 61,000 ounces of gold, and the Ridgeback mill restarts in 2027.\n\nTariq Lindqvist\nSenior VP & CFO\nAll-in sustaining cost was $1,340 per ounce.\n\n${FOOTER(3)}\n\nQuestion and Answer\n\nOperator\nOur first question comes from Morgan Ilesanmi with Scotiabank.\n\nMorgan Ilesanmi\nScotiabank Global Banking and Markets, Research Division\nOksana, is the 2027 restart funded?\n\nOksana Brehm\nChief Executive Officer\nIt is, from cash on hand.\n\nTariq Lindqvist\nSenior VP & CFO\nAnd we have an undrawn revolver of $300 million.\n\n${FOOTER(4)}\n`;

describe('S&P\'s participants list, each name stacked over its title, is the call\'s roster (b-B6)', () => {
  it('fixture: no quote of a title, no claim of the heading', () => {
    const rs = recordsOf(b, 'veltrane-fq2-2025-capiq');
    expect(rs.filter((r) => r.line >= 15 && r.line <= 35).map((r) => r.text)).toEqual([]);
    expect(rs.find((r) => r.text.includes('roughly 2/3 labor'))!.role).toBe('President, CEO & Director');
  });
  it('other words: a miner\'s call; one analyst on the list who never speaks stays found', () => {
    const rs = one('kestrel-fq1-2026.txt', KESTREL);
    expect(rs.some((r) => r.type === 'quote' && /^(?:Chief Executive Officer|Senior VP)/.test(r.text))).toBe(false);
    expect(rs.some((r) => r.text === 'Call Participants' || r.text.includes('ANALYSTS'))).toBe(false);
    expect(rs.find((r) => r.text.includes('61,000 ounces'))!.speaker).toBe('Oksana Brehm');
    expect(rs.find((r) => r.text.includes('from cash on hand'))!.asker).toBe('Morgan Ilesanmi');
    // Petra Vaughn-Ashe never speaks: the list is the one place she is named.
    expect(rs.find((r) => r.text.includes('Petra Vaughn-Ashe'))?.text).toBe('Petra Vaughn-Ashe, Canaccord Genuity Corp., Research Division');
  });
});

describe('a vendor\'s page footer ("site/path    N") and a contents line\'s dot leader are furniture (b-B7)', () => {
  it('fixture: no claim of the footer or the contents', () => {
    const rs = recordsOf(b, 'veltrane-fq2-2025-capiq');
    expect(rs.some((r) => r.text.includes('spglobal.com') || r.text.includes('.....'))).toBe(false);
  });
  it('other words: another vendor\'s address and contents', () => {
    const rs = one('kestrel-fq1-2026.txt', KESTREL);
    expect(rs.some((r) => r.text.includes('northbeam-research.net') || r.text.includes('.....'))).toBe(false);
    expect(rs.find((r) => r.text.includes('undrawn revolver'))!.speaker).toBe('Tariq Lindqvist');
  });
});

describe('a transcript vendor\'s notices under the last turn are furniture (b-B2, b-B11)', () => {
  it('fixture: StreetEvents\' "Definitions" and "Disclaimer" blocks, Bloomberg\'s notice', () => {
    const orsolo = recordsOf(b, 'orsolo-bank-q3-2025-streetevents');
    expect(orsolo.filter((r) => r.line >= 100).map((r) => r.text)).toEqual([]);
    const corridor = recordsOf(b, 'corridor-fireside-halden-conference');
    expect(corridor.some((r) => r.text.includes('this transcript') || r.text.includes('This transcript'))).toBe(false);
    expect(corridor.find((r) => r.text.includes('Thanks, everybody'))!.speaker).toBe('Ilse Montrose');
  });
  it('other words: another vendor\'s notices, a heading between rules and a paragraph without one', () => {
    const RULE = '-'.repeat(60);
    const rs = one(
      'marlow-q2.txt',
      `Presentation\n\nOperator\nWelcome to the Marlow Foods second quarter call.\n\nIrene Castellanos\nChief Executive Officer\nThank you. Sales rose 6% to $2.1 billion in 2025.\n\nIrene Castellanos\nChief Executive Officer\nWe will pay a special dividend in December.\n\nTomas Reyes\nChief Financial Officer\nMargins were 14%.\n\nTomas Reyes\nChief Financial Officer\nDebt fell to $900 million.\n\n` +
        `${RULE}\nLegal Notice\n${RULE}\nCallTrack Media makes no representation as to the completeness of event transcripts and accepts no liability for any decision made on them.\n\n` +
        `Event transcripts by CallTrack Media are machine-assisted and may be inaccurate; they come without warranty.\n`,
    );
    expect(rs.find((r) => r.text.includes('special dividend'))!.speaker).toBe('Irene Castellanos');
    expect(rs.some((r) => r.text.includes('CallTrack'))).toBe(false);
  });
});

describe('Bloomberg\'s "Company Participants" list, one bulleted line under a heading that says whose list it is (b-B12)', () => {
  it('fixture: the line is the roster\'s, its title the role', () => {
    const rs = recordsOf(b, 'corridor-fireside-halden-conference');
    expect(rs.some((r) => r.line === 19)).toBe(false);
    expect(rs.find((r) => r.text.includes('every 25 basis points'))!.role).toBe('President and Chief Operating Officer');
  });
  it('other words: another firm\'s list, the one who never speaks stays found', () => {
    const rs = one(
      'pellan-fireside.txt',
      `Pellan Biotech (PLNB US) Crossbridge Healthcare Conference\n\nCompany Participants\n\n* Agnes Wolcott, Chief Scientific Officer\n\nOther Participants\n\n* Hugo Marchetti, Analyst, Crossbridge Partners\n* Selma Oduya, Analyst, Crossbridge Partners\n* Unidentified Participant\n\nPresentation\n\n` +
        `Hugo Marchetti {BIO 18273645 <GO>}\n\nWelcome, Agnes. Let's start with the trial readout.\n\nAgnes Wolcott {BIO 29384756 <GO>}\n\nThanks, Hugo. The phase 2 data come in the first half of 2026.\n\nQ - Hugo Marchetti {BIO 18273645 <GO>}\n\nHow many sites are enrolling?\n\nA - Agnes Wolcott {BIO 29384756 <GO>}\n\nForty-two sites, across 9 countries.\n`,
    );
    expect(rs.some((r) => r.text.includes('Chief Scientific Officer'))).toBe(false);
    expect(rs.find((r) => r.text.includes('Forty-two sites'))!.role).toBe('Chief Scientific Officer');
    expect(rs.find((r) => r.text.includes('Selma Oduya'))).toBeDefined();
  });
});

describe('a wire service\'s issuer credit over a release ("News provided by" / the issuer) is furniture (b-B13)', () => {
  it('fixture: no claim of the credit', () => {
    const rs = recordsOf(b, 'fenwick-q4-wire-release-and-call');
    expect(rs.some((r) => r.text.includes('News provided by'))).toBe(false);
    expect(rs.some((r) => r.text.includes('Revenue of $1.02 billion'))).toBe(true);
  });
  it('other words: another issuer\'s release', () => {
    const rs = one(
      'tallis-release.txt',
      `Tallis Marine Reports Record Third Quarter 2025 Bookings\n\nNews provided by\nTallis Marine Holdings Ltd.\n\nNov 04, 2025, 07:00 ET\n\nSOUTHAMPTON, England, Nov. 4, 2025 /PRNewswire/ -- Tallis Marine Holdings Ltd. today reported bookings of $310 million for the third quarter of 2025.\n\nThe order book now covers 22 months of production.\n`,
    );
    expect(rs.some((r) => r.text.includes('provided by') || r.text === 'Tallis Marine Holdings Ltd.')).toBe(false);
    expect(rs.some((r) => r.text.includes('covers 22 months'))).toBe(true);
  });
});
