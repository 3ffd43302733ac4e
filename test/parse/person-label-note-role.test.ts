/**
 * A panel transcript whose labels give each person's full name and, in brackets, where they work or
 * what they do ("**Shirin Kazemi (Northlake Infrastructure):**", "Tomas Berg (CEO, Fjord Energy):",
 * "Sofia Marchetti (Host):"). The note was lost (no role), or, with a comma and a lowercase word
 * ("(TenneT, retired)"), became the role and was also glued to the front of the words said. The note
 * is the role; a note saying how the words are given ("Off Camera", "Through Interpreter") or another
 * name for the person (initials, "Changpeng Zhao (CZ)") is none.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("a person's label with a note in brackets", () => {
  it('gives the note as the role and keeps it out of the words', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['panel-bold-roles.md']);
    const recs = c.records.filter((r) => r.doc === 'panel-bold-roles' && r.type !== 'claim');
    expect(recs.map((r) => [r.line, r.type, r.speaker, r.role, r.asker, r.askerRole])).toEqual([
      [5, 'qa', 'Shirin Kazemi', 'Northlake Infrastructure', 'Ingrid Vos', 'Energy Desk'],
      [9, 'qa', 'Shirin Kazemi', 'Northlake Infrastructure', 'Ingrid Vos', 'Energy Desk'],
      [13, 'quote', 'Pieter de Graaf', 'TenneT, retired', null, null],
      [15, 'qa', 'Pieter de Graaf', 'TenneT, retired', 'Ingrid Vos', 'Energy Desk'],
      [19, 'qa', 'Shirin Kazemi', 'Northlake Infrastructure', 'Audience member', null],
      [23, 'quote', 'Ingrid Vos', 'Energy Desk', null, null],
    ]);
    expect(recs.find((r) => r.line === 13)!.text).toMatch(/^If I can come in here\./);
  });

  it('reads the shape in other words', () => {
    const c = loadCorpus(tempCorpus({
      'labels-notes.txt': [
        'Panel transcript', '',
        'Sofia Marchetti (Host): Welcome. What did you build first?', '',
        'Kwame Asante (Lumen Bank): A payments rail, in 2019.', '',
        'Dana Ortiz (Off Camera): Can you say more?', '',
        'Lena Fischer (Bundesbank, Frankfurt): I would add that regulation helped.', '',
        'Tomas Berg (CEO, Fjord Energy): We disagree on that.', '',
        'Marta Silva (Through Interpreter): Thank you for the question.', '',
        'Changpeng Zhao (CZ): Funds are safe.', '',
      ].join('\n'),
    }));
    const by = (name: string) => c.records.find((r) => r.speaker === name)!;
    expect(by('Kwame Asante')).toMatchObject({ type: 'qa', role: 'Lumen Bank', asker: 'Sofia Marchetti', askerRole: 'Host' });
    expect(by('Lena Fischer').role).toBe('Bundesbank, Frankfurt');
    expect(by('Tomas Berg').role).toBe('CEO, Fjord Energy');
    // (Dana Ortiz asks; Lena Fischer answers her.)
    expect(c.records.find((r) => r.asker === 'Dana Ortiz')).toMatchObject({ speaker: 'Lena Fischer', askerRole: null });
    expect(by('Marta Silva').role).toBeNull();
    expect(by('Changpeng Zhao').role).toBeNull();
  });
});
