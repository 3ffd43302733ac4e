/**
 * Official verbatim records (test/fixtures/probe19/c), second pass: a court reporter's cover and
 * index over numbered pages, the titles a label keeps, a delegation in brackets, a press
 * conference's footer. Each shape is also tested on a small text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c = loadCorpus(join(FIXTURES, 'probe19', 'c'));

/** A deposition's cover and index over line-numbered pages, in other words than the fixture's. */
const DEPOSITION = [
  '                                                            1',
  '',
  '          UNITED STATES DISTRICT COURT',
  '',
  ' MARLOWE FREIGHT LLC,                :',
  '',
  '            Plaintiff,               :',
  '',
  '       v.                            : No. 4:22-cv-0311',
  '',
  ' PELHAM SHIPPING CO.,                :',
  '',
  '                     Tulsa, Oklahoma',
  '',
  '                     Friday, June 6, 2024',
  '',
  '         The videotaped deposition of Hanna Lisowski was',
  '',
  ' taken at the offices of Crane & Hale beginning',
  '',
  ' at 9:12 a.m.',
  '',
  ' APPEARANCES:',
  '',
  ' ROSS T. AMADI, ESQ., Tulsa, Oklahoma; for',
  '',
  '   the Plaintiff.',
  '',
  '                                                            2',
  '',
  '                          I N D E X',
  '',
  ' WITNESS:                                          PAGE:',
  '',
  ' HANNA LISOWSKI',
  '',
  '   Examination by Mr. Amadi                          4',
  '',
  '                                                            3',
  ' 1                  P R O C E E D I N G S',
  ' 2               MR. AMADI: Good morning. Please state your',
  ' 3    name for the record.',
  ' 4               MS. LISOWSKI: Hanna Lisowski. I ran the Tulsa',
  ' 5    depot from 2016 to 2021.',
  ' 6               MR. AMADI: How many trucks did it hold?',
  ' 7               MS. LISOWSKI: Forty, at most.',
  ...Array.from({ length: 22 }, (_, k) =>
    k % 2 === 0 ? `${String(k + 8).padStart(2)}               MR. AMADI: Did truck ${k + 1} leave on time?` : `${String(k + 8).padStart(2)}               MS. LISOWSKI: It left at ${k} a.m.`,
  ),
  '',
].join('\n');

describe('a court reporter\'s cover and index over numbered pages', () => {
  it('the cover\'s double-spaced sentences are read whole, the index is no claim', () => {
    const recs = recordsOf(c, 'scotus-oral-argument').filter((r) => r.line < 56);
    expect(recs.map((r) => r.text)).toContain('The above-entitled matter came on for oral argument before the Supreme Court of the United States at 10:04 a.m.');
    expect(recs.map((r) => r.text)).toContain('MARGARET T. OKAFOR, ESQ., Washington, D.C.; on behalf of the Petitioner.');
    expect(recs.some((r) => /^(?:at 10:04|argument before|of the Petitioner|On behalf of the|ORAL ARGUMENT OF:|APPEARANCES)/.test(r.text))).toBe(false);
    expect(recs.some((r) => r.line >= 43)).toBe(false);
  });
  it('the same cover in other words', () => {
    const recs = recordsOf(loadCorpus(tempCorpus({ 'depo.txt': DEPOSITION })), 'depo');
    const cover = recs.filter((r) => r.line < 40);
    expect(cover.map((r) => [r.text, r.line, r.endLine])).toEqual(
      expect.arrayContaining([
        ['The videotaped deposition of Hanna Lisowski was taken at the offices of Crane & Hale beginning at 9:12 a.m.', 17, 21],
        ['ROSS T. AMADI, ESQ., Tulsa, Oklahoma; for the Plaintiff.', 25, 27],
      ]),
    );
    // "Ms. Lisowski" is the full name the cover's witness line gives in capitals ("HANNA LISOWSKI"), and
    // "Mr. Amadi" the one its appearances give ("ROSS T. AMADI, ESQ."; resolved so since December 5).
    expect(recs.filter((r) => r.line === 41).map((r) => [r.type, r.speaker, r.asker])).toEqual([['qa', 'Hanna Lisowski', 'Ross T. Amadi']]);
    expect(cover.some((r) => /Examination by|WITNESS|^HANNA|^(?:taken at|at 9:12|the Plaintiff|APPEARANCES)/.test(r.text) || (r.figures ?? []).some((f) => f.text === '4'))).toBe(false);
  });
});

describe('a label keeps an office of two words: "CHIEF JUSTICE ROBERTS"', () => {
  it('the Chief Justice is no Justice', () => {
    const recs = recordsOf(c, 'scotus-oral-argument');
    expect(recs.filter((r) => r.line === 58).map((r) => r.speaker)).toEqual(['Chief Justice Roberts']);
    expect(recs.some((r) => r.speaker === 'Justice Roberts' || r.asker === 'Justice Roberts')).toBe(false);
  });
  it('the same in other words: a vice president, and a mayor named in full', () => {
    const dir = tempCorpus({
      'hall.txt':
        'Town hall, 3 May 2024\n\nMODERATOR: Welcome. Our first question goes to the Vice President.\n\nVICE PRESIDENT MARSH: Thank you. We will fund the port by 2026.\n\nMODERATOR: And the mayor?\n\nMAYOR JANICE TOLLEFSON: The city agrees with that plan.\n\nMODERATOR: Thank you both.\n',
    });
    const recs = recordsOf(loadCorpus(dir), 'hall');
    expect([...new Set(recs.map((r) => r.speaker))]).toEqual(expect.arrayContaining(['Vice President Marsh', 'Janice Tollefson']));
  });
});

describe('a UN record: the delegation in brackets and the chair the cover names', () => {
  it('"Mr. Nebenzia (Russian Federation)" speaks for the Russian Federation; "Dame" stays; "The President" is the cover\'s President', () => {
    const recs = recordsOf(c, 'unsc-verbatim');
    expect(recs.filter((r) => r.line === 51).map((r) => [r.speaker, r.role])).toEqual([['Mr. Nebenzia', 'Russian Federation']]);
    expect(recs.filter((r) => r.line === 60).map((r) => [r.speaker, r.role])).toEqual([['Dame Barbara Woodward', 'United Kingdom']]);
    expect(recs.filter((r) => r.line === 35).map((r) => [r.speaker, r.role])).toEqual([['Dominguez Ferrer', 'President']]);
  });
  it('the same record in other words', () => {
    const dir = tempCorpus({
      'pv.txt':
        'Security Council\n\nPresident:   Ms. Anna Lind  . . . . . . . . . . . .  (Norway)\n\nMembers:     Chile . . . . . . . . . . . . .  Mr. Soto\n             Japan . . . . . . . . . . . . .  Sir Kenji Ito\n\nThe meeting was called to order at 3 p.m.\n\nThe President: I open the meeting and give the floor to Chile.\n\nMr. Soto (Chile): Thank you. We support the text.\n\nSir Kenji Ito (Japan): Japan supports it as well.\n\nThe President (spoke in Norwegian): The meeting is adjourned.\n',
    });
    const recs = recordsOf(loadCorpus(dir), 'pv');
    expect(recs.filter((r) => r.speaker).map((r) => [r.speaker, r.role])).toEqual([
      ['Anna Lind', 'President'],
      ['Mr. Soto', 'Chile'],
      ['Sir Kenji Ito', 'Japan'],
      ['Anna Lind', 'President'],
    ]);
  });
});

describe('a sports press conference page: the transcript service\'s footer, the cast over the talk', () => {
  it('"FastScripts Transcript by ASAP Sports" is no claim; the first name of the cast is no title', () => {
    const recs = recordsOf(c, 'asap-press-conference');
    expect(recs.some((r) => /Transcript by/.test(r.text))).toBe(false);
    expect(c.documents.find((d) => d.id === 'asap-press-conference')?.meta.title).not.toBe('Dana Whitcombe');
  });
  it('the same in other words', () => {
    const dir = tempCorpus({
      'presser.txt':
        'June 2, 2024\n\nMarco Bellini\n\nJonas Weir\n\nPost-Race Press Conference\n\n\nTHE MODERATOR: Marco, congratulations.\n\nMARCO BELLINI: Thank you. The car was perfect in the last 20 laps.\n\nQ. Jonas, what happened at turn 4?\n\nJONAS WEIR: I locked up. My mistake.\n\nQuickScribe Transcription provided by Racewire Media\n',
    });
    const corpus = loadCorpus(dir);
    const recs = recordsOf(corpus, 'presser');
    expect(recs.some((r) => /Racewire/.test(r.text))).toBe(false);
    expect(corpus.documents.find((d) => d.id === 'presser')?.meta.title).toBe('Post-Race Press Conference');
  });
});

describe('a Congressional Record: its provenance line', () => {
  it('the GPO line is no claim', () => {
    const recs = recordsOf(c, 'congressional-record');
    expect(recs.some((r) => /Government Publishing Office/.test(r.text))).toBe(false);
  });
  it('the same in other words', () => {
    const dir = tempCorpus({
      'cr.txt': [
        '[Congressional Record Volume 170, Number 9 (Thursday, January 18, 2024)]', '[House]', '[Pages H201-H202]',
        'From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]', '', '',
        '                         RURAL BROADBAND GRANTS', '',
        '  Ms. OYELARAN. Madam Speaker, the grants reached 40 counties in 2023.', '',
        '[[Page H202]]', '',
        '  Mr. KOWALCZYK. Will the gentlewoman yield?', '',
        '  Ms. OYELARAN. I yield to the gentleman, and I yield back my time.', '',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'cr');
    expect(recs.some((r) => /Government Publishing Office/.test(r.text))).toBe(false);
  });
});
