/**
 * Long-form profiles (what probe51-a left): a Q&A sidebar at the foot of a profile, a pull quote's
 * label, a quotation run over two paragraphs, ", she said," inside a sentence naming someone else,
 * and a dateline or issue line under the title.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const PROBE = join(FIXTURES, 'probe51', 'a');
const DIR = join(FIXTURES, 'fix63', 'a');
const KEEPER = 'profile-lighthouse-keeper-2016';

describe("a profile's Q&A sidebar", () => {
  it("is answered by the person its heading or the deck names, never a title's words", () => {
    const probe = fixtureCorpus(PROBE);
    const qa = (c: typeof probe, doc: string) => c.records.filter((r) => r.doc === doc && r.type === 'qa');
    // "Five questions for Priya Hallam" under "The Night Shift at Calder Lane": Hallam, not "Night Shift".
    const midwives = qa(probe, 'feature-two-midwives-2024');
    expect(midwives.map((r) => r.line)).toEqual([63, 66, 69, 72, 75]);
    for (const r of midwives) expect(r).toMatchObject({ speaker: 'Priya Hallam', asker: 'Tobias Renwick' });
    expect(probe.records.some((r) => r.speaker === 'Night Shift')).toBe(false);
    // "SIDEBAR: THREE QUESTIONS" names nobody: the deck's one person, the profile's subject.
    const vaccine = qa(probe, 'profile-vaccine-scientist-2018');
    expect(vaccine.map((r) => [r.line, r.speaker])).toEqual([[51, 'Oluwaseun Adebayo-Keane'], [54, 'Oluwaseun Adebayo-Keane'], [57, 'Oluwaseun Adebayo-Keane']]);
    expect(vaccine[0]).toMatchObject({ question: 'What was the hardest year?', text: '2013. Nothing else comes close.' });

    const keeper = qa(fixtureCorpus(DIR), KEEPER);
    expect(keeper.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [25, 'Ewan Strachan', 'Delphine Okoro'],
      [28, 'Ewan Strachan', 'Delphine Okoro'],
      [31, 'Ewan Strachan', 'Delphine Okoro'],
      [34, 'Ewan Strachan', 'Delphine Okoro'],
    ]);
  });

  it('in other words: a sidebar under a heading that names nobody, after a deck naming the subject', () => {
    const dir = tempCorpus({
      'baker-feature.txt': [
        'The Early Rise of Harbour Street',
        'For thirty years Mr. Tomasz Wielgosz has opened his bakery before the fishing boats go out',
        '',
        'By Anouk de Vries',
        '',
        'The ovens at Harbour Street are lit at a quarter past three. Wielgosz arrives ten minutes before that, every day but Christmas.',
        '',
        '"Bread does not care that you are tired," he said.',
        '',
        'His daughter Zofia now does the accounts. Wielgosz still does the rye.',
        '',
        'QUICK FIRE',
        '',
        'Q. Favourite loaf?',
        'A. Dark rye, three days old.',
        '',
        'Q. Worst day?',
        'A. The flood in 2007. We lost 400 loaves.',
        '',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.question])).toEqual([
      [14, 'Tomasz Wielgosz', 'Favourite loaf?'],
      [17, 'Tomasz Wielgosz', 'Worst day?'],
    ]);
    expect(c.records.some((r) => r.speaker === 'Early Rise')).toBe(false);
  });
});
