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

describe('An audience member who gives her name and "I\'m with" her organisation as her question opens', () => {
  const farm = `MODERATOR (KANE): Let's take questions from the floor.

AUDIENCE MEMBER: Hi, Gloria Mendes, I'm with the Pike County Farm Bureau. Why not pay landowners every year?

OSTERBERG: That's fair. We're piloting it on two projects in 2026.
`;
  // Other words: a questioner at a transit forum, "I'm from" her association.
  const transit = `HOST (LEE): Questions, please.

QUESTIONER: Thanks. Aiko Brandt, I'm from the Harbor Neighbors Association. Will the night bus come back?

DIRECTOR MOSS: Yes, from March 2025, every thirty minutes.
`;
  it('takes the name she gives as the asker, not the part her label names', async () => {
    for (const [text, asker] of [
      [farm, 'Gloria Mendes'],
      [transit, 'Aiko Brandt'],
    ] as const) {
      const corpus = await loadCorpus(tempCorpus({ 'doc.txt': text }));
      const qa = corpus.records.find((r) => r.type === 'qa')!;
      expect(qa.asker).toBe(asker);
    }
  });
});

describe('A surname label whose full name the header gives beside a company bearing the same name', () => {
  const foundry = `TRADE REVIEW -- TRANSCRIPT
Interview with Kenji Tanaka, President, Tanaka Precision Castings Co., Ltd.
Recorded: 22 May 2024, Osaka

WHITCOMBE: When did your grandfather start the foundry?

TANAKA: In 1952, with four workers.

WHITCOMBE: And now?

TANAKA: We have 186 employees.
`;
  // Other words: a boatyard named for its founder's family.
  const boatyard = `COASTAL TRADES -- CONVERSATION
A conversation with Ingrid Solberg, owner, Solberg Marine Works
Recorded 3 June 2023, Bergen

HALE: How old is the yard?

SOLBERG: My father opened it in 1961.

HALE: How many boats a year?

SOLBERG: About twelve, mostly wooden.
`;
  it("names the speaker in full, as the header's person, never the company's first words", async () => {
    for (const [text, person] of [
      [foundry, 'Kenji Tanaka'],
      [boatyard, 'Ingrid Solberg'],
    ] as const) {
      const corpus = await loadCorpus(tempCorpus({ 'doc.txt': text }));
      const answers = corpus.records.filter((r) => r.type === 'qa');
      expect(answers.length).toBe(2);
      for (const r of answers) expect(r.speaker).toBe(person);
    }
  });
});
