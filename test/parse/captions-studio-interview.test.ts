/**
 * A studio interview in closed captions: no labels, ">>" at each change of voice, and the presenter's
 * first turn naming her and her guest ("I'M JANINE OKORO. JOINING ME NOW IS THE CHIEF EXECUTIVE OF
 * HALDEN ENERGY, MARCUS VEIL."). Every turn after the first was nobody's, and the questions had no
 * asker. The turns alternate between the two, the guest's first, while every turn that asks is the
 * presenter's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a studio interview in captions', () => {
  it("gives the presenter's and the guest's turns their names in the unseen SRT", () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['market-hour-2024-02-09.srt']);
    const records = c.records.filter((r) => r.doc === 'market-hour-2024-02-09');
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [7, 'quote', 'Janine Okoro', null],
      [22, 'quote', 'Marcus Veil', null],
      [26, 'qa', 'Marcus Veil', 'Janine Okoro'],
      [45, 'qa', 'Marcus Veil', 'Janine Okoro'],
      [60, 'quote', 'Janine Okoro', null],
      [61, 'quote', 'Marcus Veil', null],
      [65, 'quote', 'Janine Okoro', null],
    ]);
  });

  it('in other words: mixed case, the name first; the run ends where the guest asks back', () => {
    const cue = (n: number, text: string) => `${n}\n00:00:${String(n * 4).padStart(2, '0')},000 --> 00:00:${String(n * 4 + 3).padStart(2, '0')},000\n${text}\n`;
    const c = loadCorpus(tempCorpus({
      'port.srt': [
        cue(1, ">> Good morning. I'm Ana Ruiz.\nWith me in the studio is Tom Reid, the port's director."),
        cue(2, '>> Morning, Ana.'),
        cue(3, '>> How many ships came in last year?'),
        cue(4, '>> About 1,400, up from 1,100 in 2022.'),
        cue(5, '>> And the new crane?'),
        cue(6, '>> Do you mean the one on the north quay?'),
        cue(7, '>> Yes.'),
      ].join('\n'),
    }));
    const who = c.records.map((r) => [r.type, r.speaker, r.asker]);
    expect(who.slice(0, 3)).toEqual([
      ['quote', 'Ana Ruiz', null],
      ['quote', 'Tom Reid', null],
      ['qa', 'Tom Reid', 'Ana Ruiz'],
    ]);
    // the guest's question back ends the alternation: nothing after it is given a voice by it
    expect(c.records.filter((r) => r.text.includes('north quay') || r.question?.includes('north quay')).map((r) => r.speaker === 'Tom Reid' || r.asker === 'Tom Reid')).not.toContain(true);
  });
});
