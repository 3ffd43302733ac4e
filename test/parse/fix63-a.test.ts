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
    // (Who asked is not said: the writer, or nobody.)
    for (const r of midwives) {
      expect(r.speaker).toBe('Priya Hallam');
      expect([null, 'Tobias Renwick']).toContain(r.asker);
    }
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

describe('a quotation run over two paragraphs in a profile with a Q&A sidebar', () => {
  it("is one quote, the speaker's, not the writer's claims with a stray mark", () => {
    const keeper = fixtureCorpus(DIR).records.filter((r) => r.doc === KEEPER);
    const run = keeper.filter((r) => r.line === 13 || r.line === 15);
    expect(run).toHaveLength(1);
    expect(run[0]).toMatchObject({ type: 'quote', speaker: 'Morag Strachan', line: 13, endLine: 15 });
    expect(run[0]!.text).toMatch(/^I tried to take him to Tenerife in 2009\. He lasted four days\..*to ask about the fog\. In the end I drove him/);
    // The probe's scientist: the open paragraph is no longer the writer's three claims.
    const vaccine = fixtureCorpus(PROBE).records.filter((r) => r.doc === 'profile-vaccine-scientist-2018' && (r.line === 23 || r.line === 25));
    expect(vaccine).toHaveLength(1);
    expect(vaccine[0]).toMatchObject({ type: 'quote', line: 23, endLine: 25 });
    expect(vaccine[0]!.text).toMatch(/^I did not sleep\..*goes away\. I think it made me a better scientist\./);
  });

  it('in other words: a coach quoted over two paragraphs above a "Questions for" box', () => {
    const dir = tempCorpus({
      'rowing-feature.txt': [
        'The Long Season',
        'Coach Hester Quayle has trained the university eight since 1994',
        '',
        'By Ravi Menon',
        '',
        'Hester Quayle arrives at the boathouse at five, before the students and before the light.',
        '',
        '"We lost the race in 2011 by a third of a second," Quayle said. "I watched the film forty times. I still watch it.',
        '',
        '"The crew has forgotten it. That is how it should be. I am paid to remember."',
        '',
        'Her assistant, Colm Byrne, disagrees about the film. "She should burn it," he said.',
        '',
        'Three questions for Hester Quayle',
        '',
        'Q: Best crew?',
        'A: The one that lost in 2011.',
        '',
        'Q: Worst habit?',
        'A: Coffee after nine at night.',
        '',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    const run = c.records.filter((r) => r.line === 8 || r.line === 10);
    expect(run).toHaveLength(1);
    expect(run[0]).toMatchObject({ type: 'quote', speaker: 'Hester Quayle', line: 8, endLine: 10 });
    expect(run[0]!.text).toContain('I still watch it. The crew has forgotten it.');
    expect(c.records.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker])).toEqual([[16, 'Hester Quayle'], [19, 'Hester Quayle']]);
  });
});

describe('a pull quote under its label', () => {
  it('is credited to whoever said the words in the body, never to "PULL QUOTE"', () => {
    const glass = fixtureCorpus(PROBE).records.find((r) => r.doc === 'profile-glassblower-lisbon-2019' && r.line === 43)!;
    expect(glass).toMatchObject({ type: 'quote', speaker: 'Margarida Souto', text: 'A factory pays on Friday. Art pays when it feels like it.' });
    const keeper = fixtureCorpus(DIR).records.find((r) => r.doc === KEEPER && r.line === 21)!;
    expect(keeper).toMatchObject({ type: 'quote', speaker: 'Ewan Strachan', text: 'A machine does not know when it is lying to you.' });
  });

  it('in other words: "[Pull quote]" and "Pullquote:" lines, one repeating the body, one repeating nothing', () => {
    const dir = tempCorpus({
      'ferry-profile.txt': [
        'Crossing Again',
        '',
        'By Lena Hartikainen',
        '',
        'Captain Ilse Vogt has crossed the sound 14,000 times. She says the water is never the same twice.',
        '',
        '"The sea keeps its own diary," Vogt said. "I only read a page a day."',
        '',
        '[Pull quote] "The sea keeps its own diary."',
        '',
        'The ferry company will retire her boat in 2027.',
        '',
        'Pullquote: "Nobody has ever said these words before in this text."',
        '',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    expect(c.records.find((r) => r.line === 9)).toMatchObject({ type: 'quote', speaker: 'Ilse Vogt', text: 'The sea keeps its own diary.' });
    expect(c.records.find((r) => r.line === 13)).toMatchObject({ type: 'quote', speaker: null, text: 'Nobody has ever said these words before in this text.' });
    expect(c.records.some((r) => r.speaker !== null && /pull/i.test(r.speaker))).toBe(false);
  });
});

describe('a dateline or issue line under the title', () => {
  it('dates the profile over another year in the file name', () => {
    const probe = fixtureCorpus(PROBE);
    expect(probe.records.filter((r) => r.doc === 'profile-glassblower-lisbon-2019').every((r) => r.year === 2023)).toBe(true);
    const keeper = fixtureCorpus(DIR);
    expect(keeper.records.filter((r) => r.doc === KEEPER).every((r) => r.year === 2022)).toBe(true);
  });

  it('in other words: "April 2015 issue" under a byline, file named 2011', () => {
    const dir = tempCorpus({
      'harbour-divers-2011.txt': [
        'Below the Pier',
        '',
        'By Mirela Stan',
        'April 2015 issue',
        '',
        'The divers who cleared the old harbour in 2011 still meet every spring.',
        '',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    expect(c.records.length).toBeGreaterThan(0);
    for (const r of c.records) expect(r.year).toBe(2015);
  });
});

describe('", she said," set after another person\'s name', () => {
  it("credits the words to the pronoun's person, not the name opening the sentence", () => {
    const housing = fixtureCorpus(PROBE).records.filter((r) => r.doc === 'feature-housing-minister-2021' && r.line === 11 && r.type === 'quote');
    expect(housing.map((r) => [r.speaker, r.text])).toEqual([
      ['Marguerite Lindahl', 'a gift to landlords wrapped in the language of supply.'],
      ['Marguerite Lindahl', 'stopped listening the day she got a driver.'],
    ]);
  });

  it('in other words: ", he said," after a coach\'s surname, a former player speaking', () => {
    const dir = tempCorpus({
      'club-feature.txt': [
        'Managers Come and Go',
        '',
        'By Sofia Lindqvist',
        '',
        'Declan Okonkwo took over the club in 2019 and was sacked eleven months later.',
        '',
        'His former captain, Tomas Brennan, who played 212 games, described the dressing room as "a library with shin pads." Okonkwo, he said, had "lost the players by the first frost."',
        '',
      ].join('\n'),
    });
    const quotes = loadCorpus(dir).records.filter((r) => r.type === 'quote');
    expect(quotes.map((r) => [r.line, r.speaker, r.text])).toEqual([
      [7, 'Tomas Brennan', 'a library with shin pads.'],
      [7, 'Tomas Brennan', 'lost the players by the first frost.'],
    ]);
  });
});
