/**
 * Corporate and finance documents about people (test/fixtures/probe18/f): AGM minutes, a sell-side
 * note quoting management, a panel recap, a letter to shareholders. Each rule is also tested on a
 * small text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const f = fixtureCorpus(join(FIXTURES, 'probe18', 'f'));
type Recs = ReturnType<typeof recordsOf>;
const sentenceOf = (recs: Recs, words: string) => recs.filter((r) => `${r.context ?? ''} ${r.text}`.includes(words));

describe('a hard-wrapped paragraph above a Q&A cut before a capitalised word', () => {
  it("the sentence goes on over the wrap (a note's 'each below / GBP 50m in revenue.')", () => {
    const recs = recordsOf(f, 'analyst-note-crestline');
    const hits = sentenceOf(recs, 'each below GBP 50m in revenue.');
    expect(hits.length).toBe(1);
    expect(recs.some((r) => r.text.startsWith('GBP 50m'))).toBe(false);
  });

  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'note.txt': [
        'Orchard Mills quarterly call',
        '',
        'Harvest. The chief operating officer said the season had gone well on the whole and that yields',
        'were higher on the eastern farms than on the western ones, where the rains arrived only in late',
        'September and cut the crop by a fifth. Prices at the cooperative held through the winter.',
        '',
        'Q (us): What about next year?',
        'A (Ruth Amsel): We plant more pears.',
        '',
        'Q (us): And the mill?',
        'A (Ruth Amsel): It reopens in spring.',
        '',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'note');
    expect(sentenceOf(recs, 'arrived only in late September and cut the crop by a fifth.').length).toBe(1);
    expect(recs.some((r) => r.text.startsWith('September'))).toBe(false);
  });
});

describe('minutes set out under Q:/A: in reported speech', () => {
  it('the asker and who answered are the people the sentences name (the offices, the people the attendance block gives them), not the side letters', () => {
    const qa = recordsOf(f, 'agm-minutes-halvorsen').filter((r) => r.type === 'qa' && r.line < 40);
    expect(qa.map((r) => [r.line, r.asker, r.speaker])).toEqual([
      [25, 'Per Haugland', 'Ingrid Solberg'],
      [31, 'Kari Lund', 'Thomas Ekeland'],
    ]);
  });

  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'minutes.txt': [
        'RIVERBEND WATER COOPERATIVE',
        'Minutes of the annual meeting of members, 3 June 2023',
        '',
        '4. Tariffs',
        '',
        '   Q: Dr. Helga Brandt (member, Eastfield) asked whether the standing charge would rise again',
        '      next year.',
        '   A: The Treasurer replied that no rise was planned before the new pumps were paid off.',
        '',
        '   Q: Mr. Tomas Reyes asked why the meter readings were now estimated.',
        '   A: The Manager answered that two readers had retired and would be replaced in the autumn.',
        '',
      ].join('\n'),
    });
    const qa = recordsOf(loadCorpus(dir), 'minutes').filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker])).toEqual([
      ['Helga Brandt', 'the Treasurer'],
      ['Tomas Reyes', 'the Manager'],
    ]);
  });
});

describe("numbered minutes' reported exchange: the clause number and a described asker named in brackets", () => {
  it('"3.1 A shareholder (Mr. X) asked how much … The Chair said that …" is one qa', () => {
    const recs = recordsOf(f, 'agm-minutes-halvorsen');
    const qa = recs.find((r) => r.type === 'qa' && r.line === 42)!;
    expect([qa.asker, qa.speaker]).toEqual(['Ole Brekke', 'Ingrid Solberg']);
    expect(qa.question).toMatch(/^3\.1 A shareholder/);
  });

  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'minutes.txt': [
        'Meadowlark Credit Union',
        'Minutes of the annual members meeting, 9 March 2022',
        '',
        '7. Questions from members',
        '',
        '7.2 A member (Ms. Joanne Pike) asked why the branch in Elm Street had closed on Saturdays. The',
        'Secretary replied that too few members had used it since the app was launched.',
        '',
        '7.3 The meeting closed at 8.15 p.m.',
        '',
      ].join('\n'),
    });
    const qa = recordsOf(loadCorpus(dir), 'minutes').filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker])).toEqual([['Joanne Pike', 'the Secretary']]);
  });
});

describe("a recap's labelled exchange, then the writer's narration naming the last speaker", () => {
  it('the last turn ends where a paragraph names its speaker in the third person', () => {
    const recs = recordsOf(f, 'panel-recap-digital-assets');
    const last = recs.find((r) => r.type === 'qa' && r.line === 36)!;
    expect([last.speaker, last.endLine]).toEqual(['He Yi', 39]);
    expect(recs.find((r) => r.text.startsWith('Asked about CZ'))!.type).toBe('claim');
    expect(recs.find((r) => r.line === 53)).toMatchObject({ type: 'quote', speaker: 'He Yi' });
  });

  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'recap.txt': [
        'Harbour Forum 2024: the housing session',
        '',
        'The session began late. Ines Okoye, who chaired, put the first question to the minister.',
        '',
        'OKOYE: Minister, will the new towns be built on time?',
        '',
        'BRANDT: We have the land and the money. The first homes open in 2026.',
        '',
        'The answer drew murmurs. Pressed later on the costs, Brandt would only say the budget was',
        'being reviewed by the treasury.',
        '',
        'The forum closes on Friday with a session on transport.',
        '',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'recap');
    const qa = recs.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.line, r.endLine])).toEqual([['Brandt', 5, 7]]);
    expect(recs.find((r) => r.text.includes('Pressed later'))!.type).toBe('claim');
  });
});
