/**
 * Probe 29 (helper c), second pass: a panel's roster under its heading ("Panelists:") names each
 * panellist in full; the turns below go under a title and the surname ("MAYOR WHITFIELD:") or the
 * surname alone ("OSTROWSKI:"). The roster is who they are, and its lines are the header's.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

describe('A panel roster under "Panelists:" names the people the title-and-surname labels stand for', () => {
  const grid = `Regional Energy Forum 2025
Session 2: Who Pays? -- Panel Discussion

Moderator: Helen Brooks, reporter, Valley Radio
Panelists:
  Carl Whitman, Mayor of Riverton (since 2019)
  Dr. Anita Rao, Professor of Economics, State University
  Jim Kowalczyk, Vice President, Lakes Transmission Cooperative

MODERATOR (BROOKS): Mayor Whitman, your city signed a long contract in 2023. Was it a good deal?

MAYOR WHITMAN: I think it was. Our bill went down by 18 percent in the first year.

MODERATOR (BROOKS): Jim, how much new line does the region need?

KOWALCZYK: About 3,100 miles of new line by 2035.

DR. RAO: And someone has to pay for all of it.

MAYOR WHITMAN: With respect, we still pay for the wires.
`;
  // Other words: a school board's panel, "Panellists" spelled the British way, a councillor.
  const schools = `Town Hall on School Funding
Recorded 3 March 2024, Millbrook Library

Host: Ruth Okoro, editor, Millbrook Gazette
Panellists:
  Gareth Pryce, Councillor, Eastside Ward
  Sunita Mehra, Head Teacher, Millbrook Primary

HOST (OKORO): Councillor Pryce, why was the budget cut in 2024?

COUNCILLOR PRYCE: Because the grant from the county fell by a fifth.

HOST (OKORO): Ms Mehra?

MEHRA: We lost two teaching assistants. The children notice.

COUNCILLOR PRYCE: We will restore one of them next year.
`;
  it('credits the turns to the full names the roster gives, and files its lines as the header', async () => {
    for (const [text, people, rosterWords] of [
      [grid, ['Carl Whitman', 'Jim Kowalczyk', 'Anita Rao'], /Riverton|Panelists|Lakes Transmission/],
      [schools, ['Gareth Pryce', 'Sunita Mehra'], /Eastside Ward|Panellists|Millbrook Primary/],
    ] as const) {
      const corpus = await loadCorpus(tempCorpus({ 'doc.txt': text }));
      const speakers = new Set(corpus.records.map((r) => r.speaker).filter(Boolean));
      for (const person of people) expect(speakers).toContain(person);
      expect([...speakers].filter((s) => !String(s).includes(' '))).toEqual([]);
      expect([...speakers].some((s) => /^(?:Mayor|Councillor) /.test(String(s)))).toBe(false);
      // The roster's lines are who takes part, no one's claim.
      expect(corpus.records.filter((r) => r.type === 'claim' && rosterWords.test(r.text))).toEqual([]);
    }
  });
});
