import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const recordsOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text })).records;

/** A Hansard web page: each member's name (seat, party) on its own line, the speech in the paragraphs below. */
function commonsDebate(o: { mover: string; seat: string; party: string; other: string; otherSeat: string; minister: string; office: string; clock: string[]; column: number; topic: string }): string {
  return [
    'House of Commons', 'Hansard', 'Tuesday 12 March 2024', '',
    `${o.topic}`, '',
    o.clock[0]!, '',
    `${o.mover} (${o.seat}) (${o.party})`, '',
    `I beg to move, That this House has considered ${o.topic.toLowerCase()}. In 2023 the number of complaints rose by 14 per cent, to 9,120.`, '',
    `${o.other} (${o.otherSeat}) (LD)`, '',
    'rose—', '',
    o.mover, '',
    'I will give way in a moment. The regulator warned about this in July 2022.', '',
    o.other, '',
    `I thank the hon. Lady for giving way. Does she agree that the firms should share the cost?`, '',
    o.mover, '',
    'I do. The cap of £85,000 should apply to them as well.', '',
    'Hon. Members: Hear, hear!', '',
    o.clock[1]!, '',
    `                                                         Column ${o.column}`, '',
    `${o.office} (${o.minister})`, '',
    `I congratulate the hon. Member for ${o.seat} (${o.mover}) on securing this debate. In 2023 we set aside £12 million for it.`, '',
    o.mover, '',
    'Will the Minister give way?', '',
    o.minister, '',
    'I will.', '',
    o.mover, '',
    'Will the Minister commit to acting by the end of 2025?', '',
    o.minister, '',
    'I cannot give that commitment today, but I will write to the hon. Lady.', '',
    'Question put and agreed to.', '',
  ].join('\n');
}

describe('Hansard: a member named on her own line with seat and party, and named again in a speech as "the hon. Member for SEAT (NAME)"', () => {
  const cases = [
    { mover: 'Helen Carrow', seat: 'Stockport South', party: 'Lab', other: 'Mr Gareth Penhale', otherSeat: 'Truro and Falmouth', minister: 'Oliver Rudd', office: 'The Economic Secretary to the Treasury', clock: ['2.47 pm', '2.58 pm'], column: 215, topic: 'Cryptoasset Fraud' },
    { mover: 'Morag Lindsay', seat: 'North East Fife', party: 'SNP', other: 'Mr Idris Pryce', otherSeat: 'Ceredigion Preseli', minister: 'Priya Nandra', office: 'The Minister for Rail', clock: ['10.03 am', '10.31 am'], column: 88, topic: 'Rural Bus Services' },
  ];
  for (const o of cases) {
    it(`keeps ${o.mover} as the speaker, never the seat (${o.seat})`, () => {
      const rs = recordsOf('debate.txt', commonsDebate(o));
      const speakers = new Set(rs.map((r) => r.speaker).filter(Boolean));
      expect(speakers.has(o.seat)).toBe(false);
      expect(rs.find((r) => r.text.startsWith('I beg to move'))?.speaker).toBe(o.mover);
      expect(rs.find((r) => r.text.includes('I will give way'))?.speaker).toBe(o.mover);
      expect(rs.find((r) => r.type === 'qa' && r.text === 'I will.')?.asker).toBe(o.mover);
    });

    it(`reads "Hon. Members: Hear, hear!" as the chamber's call, not the words of ${o.mover}`, () => {
      const rs = recordsOf('debate.txt', commonsDebate(o));
      const answer = rs.find((r) => r.text.startsWith('I do. The cap'))!;
      expect(answer.text).not.toContain('Hear, hear');
      expect(rs.find((r) => r.text === 'Hear, hear!')?.speaker).toBe('Hon. Members');
    });

    it(`files Hansard's clock line ("${o.clock[1]}") as no claim`, () => {
      const rs = recordsOf('debate.txt', commonsDebate(o));
      expect(rs.some((r) => r.text.includes(o.clock[1]!))).toBe(false);
    });
  }
});

/** A PACER copy of a court transcript: each page opens on the filing stamp and the reporter's running header, its lines numbered 1–25. */
function pacerPages(o: { caseNo: string; code: string; court: string; lawyer: string; label: string; carry: [string, string] }): string {
  const stamp = (p: number) => `Case ${o.caseNo}     Document 88     Filed 03/11/24     Page ${p} of 62      ${p}`;
  const pad = (n: number) => String(n).padStart(2, ' ');
  const page = (p: number, rows: string[]) => [stamp(p), `     ${o.code}                      Sentencing`, '', ...rows.map((r, k) => `${pad(k + 1)}   ${r}`)];
  const filler = (n: number) => Array.from({ length: n }, (_, k) => `          ${o.court}: Item ${k + 1} is noted for the record.`);
  return [
    ...page(14, [
      `          ${o.court}: Please be seated. ${o.lawyer}, are we ready`,
      'to proceed?',
      `          ${o.label}: We are, your Honor. The loss is $14.6 million.`,
      ...filler(21),
      `          ${o.court}: I agree. The objection is overruled.`,
    ]),
    ...page(15, [
      `          ${o.carry[0]}`,
      `${o.carry[1]}`,
      `          ${o.label}: Thank you, Judge. We filed it in 2023.`,
      ...filler(22),
    ]),
  ].join('\n');
}

describe('a court transcript from PACER: the running header under each filing stamp, and a turn going on across the page', () => {
  const cases = [
    { caseNo: '1:23-cr-00412-JMF', code: 'O2BBMARS', court: 'THE COURT', lawyer: 'Ms. Tran', label: 'MS. TRAN', carry: ['The government has asked to call one witness on', 'restitution. Ms. Tran?'] as [string, string] },
    { caseNo: '1:22-cv-07719-LAK', code: 'N5KPDELC', court: 'THE COURT', lawyer: 'Mr. Osei', label: 'MR. OSEI', carry: ['Before we turn to the fee motion, I want to hear', 'about the escrow account. Mr. Osei?'] as [string, string] },
  ];
  for (const o of cases) {
    it(`keeps "${o.code}  Sentencing" out of the Court's words`, () => {
      const rs = recordsOf('hearing.txt', pacerPages(o));
      expect(rs.some((r) => r.text.includes(o.code))).toBe(false);
    });
    it(`reads "${o.carry[0]}" on the next page as more of the Court's turn, no section heading`, () => {
      const rs = recordsOf('hearing.txt', pacerPages(o));
      const carried = rs.find((r) => r.text.includes(o.carry[0]!));
      expect(carried?.speaker).toBe('the Court');
      expect(carried?.text).toContain(o.carry[1]!.split(' ')[0]!);
      expect(rs.some((r) => r.section === o.carry[0])).toBe(false);
    });
  }
});

/** A line-numbered deposition whose every page prints a running header over its number and the reporting firm under line 25. */
function depositionPages(o: { header: string; footer: string; examiner: string; answers: [string, string] }): string {
  const pad = (n: number) => String(n).padStart(2, ' ');
  const qa = (k: number) => [`     Q.   Question ${k}: did the fund report in 2022?`, `     A.   Answer ${k}: yes, it reported every month.`];
  const page = (p: number, rows: string[]) => [`                  ${o.header}`, `                                                  Page ${p}`, ...rows.map((r, k) => `${pad(k + 1)}${r}`), '', `             ${o.footer}`];
  const first = [`BY ${o.examiner}:`, ...Array.from({ length: 11 }, (_, k) => qa(k + 1)).flat(), '     Q.   What was the ratio in 2022?', `     A.   ${o.answers[0]}`];
  const second = [o.answers[1], ...Array.from({ length: 12 }, (_, k) => qa(k + 20)).flat()];
  return [...page(112, first), ...page(113, second)].join('\n');
}

describe('a deposition\'s running header and reporter footer on every numbered page are no words of the answer running across the page', () => {
  const cases = [
    { header: "CONFIDENTIAL - ATTORNEYS' EYES ONLY", footer: 'Esquire Deposition Solutions | 800.211.3376', examiner: 'MR. OKAFOR', answers: ['We held 102 percent, sometimes 104 percent,', 'depending on the month.'] as [string, string] },
    { header: 'HIGHLY CONFIDENTIAL', footer: 'Brightwater Court Reporting  (617) 555-0142', examiner: 'MS. DUVALL', answers: ['The pool paid out 6.5 percent in the first', 'quarter and 5 percent after that.'] as [string, string] },
  ];
  for (const o of cases) {
    it(`keeps "${o.footer}" and "${o.header}" out of the records`, () => {
      const rs = recordsOf('deposition.txt', depositionPages(o));
      const across = rs.find((r) => r.text.includes(o.answers[0]!))!;
      expect(across.text).toContain(o.answers[1]!);
      expect(rs.some((r) => r.text.includes(o.footer) || r.text.includes(o.header))).toBe(false);
    });
  }
});

describe('a court reporter\'s swearing-in over three lines ("NAME," / "called as a witness by …," / "having been duly sworn, …")', () => {
  const hearing = (o: { name: string; display: string; side: string; examiner: string; label: string }) => [
    'THE COURT: Please be seated. Call your witness.',
    `${o.label}: We call ${o.display}.`,
    `     ${o.name},`,
    `called as a witness by the ${o.side},`,
    'having been duly sworn, testified as follows:',
    'DIRECT EXAMINATION',
    `BY ${o.examiner}:`,
    'Q. When did you first invest?',
    'A. In March 2021. We put in $240,000.',
    'Q. How much have you recovered?',
    'A. About $18,500, last August.',
    `${o.label}: Nothing further.`,
    'THE COURT: Thank you.',
  ].join('\n');
  const cases = [
    { name: 'ROSALIND ACHEBE', display: 'Rosalind Achebe', side: 'Government', examiner: 'MS. TRAN', label: 'MS. TRAN' },
    { name: 'TOMASZ WIERCINSKI', display: 'Tomasz Wiercinski', side: 'Plaintiff', examiner: 'MR. BALOGUN', label: 'MR. BALOGUN' },
  ];
  for (const o of cases) {
    it(`gives the answers to ${o.display}, and the swearing-in to no one's words`, () => {
      const rs = recordsOf('hearing.txt', hearing(o));
      const answers = rs.filter((r) => r.type === 'qa');
      expect(answers.length).toBe(2);
      expect(answers.every((r) => r.speaker?.toLowerCase() === o.display.toLowerCase())).toBe(true);
      expect(rs.some((r) => r.text.includes('called as a witness'))).toBe(false);
    });
  }
});

describe('a continued deposition\'s caption title with its volume ("DEPOSITION OF NAME, VOLUME II") names the deponent', () => {
  const cases = [
    { title: 'VIDEOTAPED DEPOSITION OF ISTVAN VARGA, VOLUME II', display: 'Istvan Varga' },
    { title: 'DEPOSITION OF MARGUERITE OYELARAN-COLE, Volume 3', display: 'Marguerite Oyelaran-Cole' },
  ];
  for (const o of cases) {
    it(`gives the answers to ${o.display}`, () => {
      const rs = recordsOf('deposition.txt', [
        `           ${o.title}`, '                Thursday, February 8, 2024', '',
        'BY MR. OKAFOR:',
        '     Q.   When did you join the company?',
        '     A.   June 3rd, 2019. Yes.',
        '     Q.   How much did it hold in client assets?',
        '     A.   About $1.4 billion.',
        '          MS. LIND:  Objection.  Form.',
        '          THE WITNESS:  By 2021 it was closer to $9 billion.',
      ].join('\n'));
      const answers = rs.filter((r) => r.type === 'qa');
      expect(answers.length).toBeGreaterThanOrEqual(2);
      expect(answers.every((r) => r.speaker?.toLowerCase() === o.display.toLowerCase())).toBe(true);
    });
  }
});
