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

const feature = `Vela Semanal / Sail Weekly — Edición bilingüe
Publicado / Published: 2 de junio de 2024 / June 2, 2024

Por / By Marisol Ortega

Tomás Ibarra, 44, builds racing dinghies in Valparaíso. We talked in his workshop.

P: ¿Por qué madera?
Q: Why wood?

R: Porque la madera perdona. El carbono no.
A: Because wood forgives. Carbon does not.

P: ¿Y el próximo barco?
Q: And the next boat?

R: Uno para mi nieta, en 2025.
A: One for my granddaughter, in 2025.

---

Esta entrevista ha sido editada por extensión y claridad.
This interview has been edited for length and clarity.

Artículos relacionados / Related: "Regata de invierno" · "Carbon hulls, 2023 review"
Topics: Sailing · Chile · Boatbuilding
`;

describe('news furniture is no claim and no answer (a6, a9, a10, a18)', () => {
  it('the fixtures: the disclaimer, the edited-for-length note, the bilingual byline, Related and Topics', () => {
    const press = recordsOf(a, 'press-conference-interpreted');
    expect(press.some((r) => r.line === 62)).toBe(false);
    const bilingual = recordsOf(a, 'bilingual-interview-es');
    expect(bilingual.some((r) => /edited for length|editada/.test(r.text))).toBe(false);
    expect(bilingual.some((r) => r.line === 8 || r.line === 53)).toBe(false);
    const news = recordsOf(a, 'news-through-interpreter');
    expect(news.some((r) => r.line >= 43)).toBe(false);
  });

  it('in other words', () => {
    const recs = one('feature.txt', feature);
    const last = recs.find((r) => r.type === 'qa' && r.text.startsWith('One for my granddaughter'))!;
    expect(last.text).toBe('One for my granddaughter, in 2025.');
    expect(recs.some((r) => /edited for length|editada|Marisol|Regata|Boatbuilding/.test(r.text))).toBe(false);
    const transcript = one('call.txt', `ORLEN FOODS — INVESTOR CALL\n\nMARK DALE: Welcome. Our first question comes from Ana.\n\nANA PIRES: How were sales in May?\n\nMARK DALE: Up 12% on the year.\n\nANA PIRES: And June?\n\nMARK DALE: About the same.\n\n[END OF CALL]\n\nThe transcript may contain inaccuracies. The recording is the authoritative record.\n`);
    expect(transcript.some((r) => /inaccuracies/.test(r.text))).toBe(false);
    const story = one('story.txt', `The Harbour Courier\n\nPort workers strike over pay\n\nBy Len Achebe\n\nDock workers in Felixstowe walked out on Monday, the union said. "We are owed two years of rises," said Paula Grant, a crane driver.\n\nThe port said talks would resume on Thursday.\n\nRelated coverage\n  • Ports brace for a summer of strikes (2 May 2024)\n  • Union ballots crane drivers (14 April 2024)\n\nTopics: Ports · Labour · Shipping\n`);
    expect(story.some((r) => /brace|ballots|Topics/.test(r.text))).toBe(false);
    expect(story.some((r) => r.speaker === 'Paula Grant')).toBe(true);
  });
});
