/**
 * Official verbatim records (test/fixtures/probe19/c): a UN Security Council record's cover page in
 * spaced dot leaders, a Congressional Record's printed letter, a Supreme Court argument's line-numbered
 * headings. Each shape is also tested on a small text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c = loadCorpus(join(FIXTURES, 'probe19', 'c'));
type Recs = ReturnType<typeof recordsOf>;
const at = (recs: Recs, line: number) => recs.filter((r) => r.line === line);

describe('a UN verbatim record: a cover page set in spaced dot leaders', () => {
  it('the cast "President: Mr. X . . . . (Panama)" is no turn', () => {
    const recs = recordsOf(c, 'unsc-verbatim');
    expect(recs.some((r) => r.speaker && /Members|\. \. \.|called to order/.test(r.text))).toBe(false);
    expect(recs.find((r) => r.role === 'President')?.line).toBe(35);
  });
  it('the same cover in other words', () => {
    const dir = tempCorpus({
      'pv.txt': 'Security Council\n\nPresident:   Ms. Lind  . . . . . . . . . . . .  (Norway)\n\nMembers:     Chile . . . . . . . . . . . . .  Mr. Soto\n             Japan . . . . . . . . . . . . .  Mr. Ito\n\nThe meeting was called to order at 3 p.m.\n\nThe President: I open the meeting.\n\nMr. Soto (Chile): Thank you. We support the text.\n',
    });
    const recs = recordsOf(loadCorpus(dir), 'pv');
    expect(recs.filter((r) => r.speaker).map((r) => [r.speaker, r.line])).toEqual([
      ['Ms. Lind', 10],
      ['Mr. Soto', 12],
    ]);
  });
});

describe('a Congressional Record: a letter printed in the Record', () => {
  it('"Dear Senator Brandt:" opening the letter is no label, and no name for Mr. BRANDT.', () => {
    const recs = recordsOf(c, 'congressional-record');
    expect(recs.some((r) => r.speaker === 'Dear Senator Brandt' || r.asker === 'Dear Senator Brandt')).toBe(false);
    expect(at(recs, 9).map((r) => r.speaker)).toEqual(['Mr. Brandt']);
  });
  it('the letter printed in the Record, set in under a turn, is no one\'s words', () => {
    const recs = recordsOf(c, 'congressional-record');
    expect(recs.filter((r) => /312 enforcement actions|Exhibit 1|Washington, DC/.test(r.text)).map((r) => [r.type, r.speaker])).toEqual([
      ['claim', null], ['claim', null], ['claim', null],
    ].slice(0, recs.filter((r) => /312 enforcement actions|Exhibit 1|Washington, DC/.test(r.text)).length));
    expect(recs.filter((r) => /so ordered/.test(r.text)).every((r) => r.text === 'Without objection, it is so ordered.')).toBe(true);
  });
  it('the same letter in other words', () => {
    const dir = tempCorpus({
      'cr.txt': [
        '[Congressional Record Volume 170, Number 12 (Tuesday, January 23, 2024)]', '[House]', '',
        '  Ms. OYELARAN. Madam Speaker, I include in the Record a letter from the mayors of my district.',
        '  The SPEAKER pro tempore. Without objection, so ordered.', '',
        '                              City of Fairhaven,',
        '                                  Fairhaven, MA, January 9, 2024.',
        '     Dear Representative Oyelaran: We thank you for the harbor grant of',
        '     2023, which kept 140 fishing families working.',
        '         Sincerely,', '                                              Thomas Greaves, Mayor.', '',
        '  Mr. KOWALCZYK. Will the gentlewoman yield?',
        '  Ms. OYELARAN. I yield to the gentleman from Michigan.',
        '  Mr. KOWALCZYK. Did the grant reach the smaller harbors too?',
        '  Ms. OYELARAN. It did, all nine of them. Madam Speaker, I yield back the balance of my time.', '',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'cr');
    expect(recs.some((r) => /^Dear /.test(r.speaker ?? ''))).toBe(false);
    expect(recs.filter((r) => /yield back/.test(r.text)).map((r) => r.speaker)).toEqual(['Ms. Oyelaran']);
    expect(recs.filter((r) => /140 fishing families/.test(r.text)).map((r) => [r.type, r.speaker])).toEqual([['claim', null]]);
    expect(recs.filter((r) => /so ordered/.test(r.text)).map((r) => r.text)).toEqual(['Without objection, so ordered.']);
  });
  it('the House\'s "The SPEAKER pro tempore." is a label: the chair\'s words are not the Member\'s', () => {
    const dir = tempCorpus({
      'house.txt': [
        '[Congressional Record Volume 169, Number 88 (Wednesday, May 17, 2023)]', '[House]', '',
        '  The SPEAKER pro tempore. The Chair recognizes the gentleman from Texas.',
        '  Mr. DELAROSA. Mr. Speaker, I rise in support of the rule. It passed the',
        'committee 9 to 4 in 2022.',
        '  Ms. PRUITT. Will the gentleman yield?',
        '  Mr. DELAROSA. I yield to the gentlewoman from Ohio.',
        '  Ms. PRUITT. Was the vote in 2022 on the same text?',
        '  Mr. DELAROSA. It was. Mr. Speaker, I yield back the balance of my time.',
        '  The SPEAKER pro tempore. The gentleman yields back.', '',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'house');
    expect(recs.filter((r) => /Chair recognizes|yields back\./.test(r.text)).map((r) => r.speaker)).toEqual(['the Speaker pro tempore', 'the Speaker pro tempore']);
    expect(recs.filter((r) => /9 to 4/.test(r.text)).map((r) => r.speaker)).toEqual(['Mr. Delarosa']);
  });
});

describe('a Supreme Court argument: headings on numbered lines', () => {
  it('"ORAL ARGUMENT OF NAME" / "ON BEHALF OF …" heads the section, no words of the Chief Justice', () => {
    const recs = recordsOf(c, 'scotus-oral-argument');
    expect(recs.some((r) => r.speaker && /ORAL ARGUMENT/.test(r.text))).toBe(false);
    expect(recs.filter((r) => r.speaker === 'Ms. Okafor').every((r) => r.section === 'ORAL ARGUMENT OF MARGARET T. OKAFOR ON BEHALF OF THE PETITIONER')).toBe(true);
    expect(recs.filter((r) => r.speaker === 'Mr. Voss').every((r) => r.section === 'ORAL ARGUMENT OF DANIEL R. VOSS ON BEHALF OF THE RESPONDENT')).toBe(true);
  });
  it('a rebuttal heading in other words, and a capital line inside a turn goes on', () => {
    const body = [
      'CHIEF JUSTICE ROBERTS: Thank you, counsel.', 'Rebuttal, Mr. Lindqvist.',
      'REBUTTAL ARGUMENT OF ERIK LINDQVIST', 'ON BEHALF OF THE APPELLANTS',
      'MR. LINDQVIST: Three points, Your Honor. The', 'statute was amended in 2018, and the sign read',
      'NO ENTRY AFTER DARK', 'when the officers arrived.',
      'JUSTICE SOTOMAYOR: Was that sign posted in 2018?', 'MR. LINDQVIST: It was, Justice Sotomayor.',
      'JUSTICE ALITO: And the fine was $500?', 'MR. LINDQVIST: Yes, and it still is.',
      'CHIEF JUSTICE ROBERTS: Thank you, counsel.', 'The case is submitted.',
    ];
    const numbered = body.map((l, k) => `${String(k + 1).padStart(2)}   ${/^[A-Z .]+:/.test(l) ? '          ' : ''}${l}`);
    const dir = tempCorpus({ 'arg.txt': `${numbered.join('\n')}\n` });
    const recs = recordsOf(loadCorpus(dir), 'arg');
    expect(recs.some((r) => r.speaker && /REBUTTAL ARGUMENT/.test(r.text))).toBe(false);
    // "MR. LINDQVIST" is the full name his argument's heading gives in capitals.
    expect(recs.filter((r) => r.speaker === 'Erik Lindqvist').map((r) => r.section)).toEqual(new Array(3).fill('REBUTTAL ARGUMENT OF ERIK LINDQVIST ON BEHALF OF THE APPELLANTS'));
    expect(recs.some((r) => r.speaker === 'Erik Lindqvist' && /read NO ENTRY AFTER DARK when/.test(r.text))).toBe(true);
  });
});

describe("a Congressional Record: the Record's own minutes", () => {
  it('"The … clerk proceeded to call the roll." is no words of the Presiding Officer', () => {
    const recs = recordsOf(c, 'congressional-record');
    expect(recs.filter((r) => /proceeded to call the roll/.test(r.text)).map((r) => [r.type, r.speaker, r.text])).toEqual([
      ['claim', null, 'The senior assistant legislative clerk proceeded to call the roll.'],
    ]);
  });
  it('the same minutes in other words', () => {
    const dir = tempCorpus({
      'senate.txt': [
        '[Congressional Record Volume 168, Number 40 (Thursday, March 10, 2022)]', '[Senate]', '',
        '  Ms. TREMBLAY. Madam President, I call up amendment No. 112 and ask that it be',
        'reported by number.',
        '  The PRESIDING OFFICER. The clerk will report.',
        '  The bill clerk read as follows:',
        '  Mr. ABERNATHY. Madam President, I ask for the yeas and nays.',
        '  The PRESIDING OFFICER. Is there objection? Without objection, the',
        'amendment is agreed to.',
        '  The amendment (No. 112) was agreed to.',
        '  Ms. TREMBLAY. I thank the Chair and yield the floor.', '',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'senate');
    expect(recs.filter((r) => /clerk read|\(No\. 112\) was agreed/.test(r.text)).map((r) => [r.type, r.speaker])).toEqual([['claim', null], ['claim', null]]);
    expect(recs.filter((r) => /clerk will report/.test(r.text)).map((r) => [r.speaker, r.text])).toEqual([['the Presiding Officer', 'The clerk will report.']]);
  });
});
