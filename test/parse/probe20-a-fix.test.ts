/**
 * probe20 a, second pass: the findings the first pass left. A press conference's roster under
 * "PARTICIPANTS" ("Name — Role" lines) gives each speaker's role and is no claim (a5); a reporter's
 * question labelled "QUESTION (Name, Outlet):" is put to one person, so the moderator's closing
 * words answer nothing (a3), also when the outlet is long (a2). Each rule on the fixture and on a
 * text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const a = loadCorpus(join(FIXTURES, 'probe20', 'a'));
const load = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const one = (name: string, text: string) => recordsOf(load(name, text), name.replace(/\.txt$/, ''));

const briefing = `NORTHWIND AIR — ANNUAL SAFETY BRIEFING
Transcript by Quillon Reporting
Toulouse, 3 March 2024

Speakers:
Ines Carvalho – Chief Operating Officer, Northwind Air
Hamid Qureshi – Director of Flight Safety
Lotte Brink – Communications Lead (moderator)

LOTTE BRINK: Good morning and welcome. Ms. Carvalho will open, and then we will take your questions.

INES CARVALHO: Thank you, Lotte. We flew 31 million passengers in 2023 without a serious incident.

QUESTION (Samuel Oduya, Aviation Safety Network Review): Ms. Carvalho, how many engines were grounded last year?

INES CARVALHO: Fourteen, all for inspections the manufacturer asked for.

QUESTION (Greta Holm, Nordic Flight): Mr. Qureshi, will pilots get more simulator hours?

HAMID QURESHI: Yes. From June every pilot gets two extra sessions a year.

LOTTE BRINK: Thank you all for coming. The slides will be online this afternoon.
`;

describe('a roster under its heading, "Name — Role" lines, gives the roles (a5)', () => {
  it('the fixture: the roles are the speakers\', the roster lines no claims and no section', () => {
    const recs = recordsOf(a, 'press-conference-interpreted');
    expect(recs.some((r) => r.line >= 5 && r.line <= 9)).toBe(false);
    const wen = recs.find((r) => r.speaker === 'Wen Shaolin')!;
    expect(wen.role).toBe('Chairman and Chief Executive Officer, Halvern Motors');
    expect(recs.find((r) => r.speaker === 'Marta Ellison')!.role).toBe('Chief Financial Officer, Halvern Motors');
    expect(recs.every((r) => r.section === null || !r.section.includes('Okafor'))).toBe(true);
  });

  it('in other words: an en dash, a "Speakers:" heading', () => {
    const recs = one('briefing.txt', briefing);
    expect(recs.some((r) => r.line >= 5 && r.line <= 8)).toBe(false);
    expect(recs.find((r) => r.speaker === 'Hamid Qureshi')!.role).toBe('Director of Flight Safety');
    expect(recs.find((r) => r.speaker === 'Ines Carvalho')!.role).toBe('Chief Operating Officer, Northwind Air');
  });
});

describe('"QUESTION (Name, Outlet):" is one reporter asking one person (a2, a3)', () => {
  it('the fixture: the long outlet is read, the moderator\'s closing answers nothing', () => {
    const recs = recordsOf(a, 'press-conference-interpreted');
    const wilk = recs.find((r) => r.type === 'qa' && r.speaker === 'Marta Ellison' && r.line === 31)!;
    expect(wilk.asker).toBe('Tomasz Wilk');
    expect(wilk.question).toBe('A follow-up for Ms. Ellison. How much would such a plant cost?');
    const closing = recs.find((r) => r.text.startsWith('Thank you all.'))!;
    expect(closing.type).toBe('quote');
    expect(closing.speaker).toBe('Daniel Okafor');
  });

  it('in other words', () => {
    const recs = one('briefing.txt', briefing);
    const oduya = recs.find((r) => r.type === 'qa' && r.asker === 'Samuel Oduya')!;
    expect(oduya.speaker).toBe('Ines Carvalho');
    expect(oduya.question).toBe('Ms. Carvalho, how many engines were grounded last year?');
    const closing = recs.find((r) => r.text.startsWith('Thank you all for coming.'))!;
    expect(closing.type).toBe('quote');
    expect(closing.speaker).toBe('Lotte Brink');
  });
});
