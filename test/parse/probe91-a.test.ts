/**
 * Food, travel, faith and community documents, probe91-a: a sermon's transcript under "Sermon
 * preached by the Revd Canon …" and a "Sunday 9 February 2025 — Fourth Sunday before Lent" day line;
 * a restaurant review whose restaurant bears its owner's surname ("Casa Pellegrini"); a travel
 * feature's "On my first morning she led six of us up Beinn Taran" before a "she said".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe91', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a sermon: "Sermon preached by the Revd Canon NAME" under a day line with the Sunday\'s name', () => {
  const records = fixtureCorpus(DIR, ['sermon.txt']).records as Rec[];

  it("gives the sermon's sentences to the preacher the line names, said in the year of the day line", () => {
    for (const line of [24, 32, 36, 38]) expect(records.filter((r) => r.line === line).every((r) => r.speaker === 'Judith Amankwah' && r.year === 2025)).toBe(true);
    expect(at(records, 24)?.text).toMatch(/^I want to start with a number/);
  });

  it('in other words: a homily "given by Fr." under "Tuesday, 4 March 2025 | Shrove Tuesday"', () => {
    const doc = [
      "St Anne's Catholic Church",
      "Tuesday, 4 March 2025 | Shrove Tuesday",
      'Homily given by Fr. Tomás Ruiz',
      '',
      'Tomorrow we begin Lent, and I want to say something about pancakes.',
      '',
      'My mother made them every year, and every year she burnt the first one. We fed that one to the dog.',
      '',
      'Lent is like that first pancake. We will get some of it wrong, and that is all right.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'homily.txt': doc })).records as Rec[];
    const body = got.filter((r) => r.line >= 5);
    expect(body.length).toBeGreaterThan(2);
    for (const r of body) expect(r).toMatchObject({ speaker: 'Tomás Ruiz', year: 2025 });
  });
});

describe("a restaurant review: the restaurant named for its owner's family (\"Casa Pellegrini\")", () => {
  const records = fixtureCorpus(DIR, ['review-restaurant.md']).records as Rec[];

  it('takes "Pellegrini said" and "he told this paper in 2019" for the owner, never the restaurant', () => {
    expect(records.some((r) => /Casa/.test(r.speaker ?? ''))).toBe(false);
    expect(at(records, 39, 'quote')).toMatchObject({ speaker: 'Lorenzo Pellegrini', year: 2019 });
    expect(at(records, 41, 'quote')).toMatchObject({ speaker: 'Lorenzo Pellegrini', year: 2016 });
    expect(at(records, 43, 'quote')).toMatchObject({ speaker: 'Lorenzo Pellegrini', text: expect.stringMatching(/^I was wrong/) });
  });

  it('gives "he said" to the diner the paragraph above is about, not to the restaurant he eats at', () => {
    expect(at(records, 29, 'quote')).toMatchObject({ speaker: 'Gordon Kettering', text: expect.stringMatching(/^It was the best in Bristol/) });
  });

  it('in other words: a bistro named for its chef, and a regular who eats there', () => {
    const doc = [
      '# Chez Moreau at twenty',
      '',
      'By Ann Tull | 3 May 2024',
      '',
      'Bernard Moreau opened his bistro on Quay Street in 2004.',
      '',
      '"I had two tables and one pan," Moreau said.',
      '',
      'Derek Shaw has eaten lunch at Chez Moreau every Thursday since.',
      '',
      '"The soup never changes," he said. "Thank God."',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'bistro.md': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['Bernard Moreau', 'Derek Shaw']);
  });
});

describe('a travel feature: "On my first morning she led six of us up Beinn Taran" before "she said"', () => {
  const records = fixtureCorpus(DIR, ['travel-feature.txt']).records as Rec[];

  it('takes "she" for the guide, not for the hill the sentence after its pronoun names', () => {
    expect(at(records, 23, 'quote')).toMatchObject({ speaker: 'Fionnuala Strachan', text: expect.stringMatching(/^It's not about the height/) });
  });

  it('in other words: "That afternoon he took us up Carn Mairg, the highest hill on the estate"', () => {
    const doc = [
      'Three days on the Drumlin coast',
      '',
      'By Sara Beck',
      '',
      'Our driver was Hamish Todd, who has run tours on the coast since 1998. "Everyone wants the castle," he told me.',
      '',
      'Hamish knows every road here. That afternoon he took us up Carn Mairg, the highest hill on the estate.',
      '',
      '"Nobody comes here," he said. "That is the point."',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'drumlin.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['Hamish Todd', 'Hamish Todd']);
  });
});

describe('a podcast exported from a recording app: the episode line over "Recorded on Riverside.fm"', () => {
  const corpus = fixtureCorpus(DIR, ['podcast-chef.txt']);

  it("titles the document by the episode, never by the app's line", () => {
    expect(corpus.documents[0]!.meta.title).toBe('Second Helpings — Episode 112: Marguerite Oyelaran on fire, fat and family');
    expect((corpus.records as Rec[]).some((r) => /Riverside/.test(r.text))).toBe(false);
  });

  it('in other words: "Transcribed with Podcastle" under a show\'s episode', () => {
    const doc = [
      'Market Day — Ep. 9: a baker on rye, rent and 4am starts',
      'Transcribed with Podcastle',
      '',
      'Nell Quayle (00:00:02):',
      'Welcome to Market Day. My guest runs the rye bakery on Lowther Street.',
      '',
      'Amos Fenn (00:00:09):',
      'Thanks, Nell. Happy to be here at this hour.',
      '',
      'Nell Quayle (00:00:13):',
      'What time did you start this morning?',
      '',
      'Amos Fenn (00:00:16):',
      'Four, like every morning since 2011.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'market-day.txt': doc }));
    expect(c.documents[0]!.meta.title).toBe('Market Day — Ep. 9: a baker on rye, rent and 4am starts');
  });
});

describe('a pause before a colon, "Then, after a moment: \\"No, print it.\\"", after the paragraph\'s quote', () => {
  it("gives the short words to the paragraph's last voice, the pause kept as their context", () => {
    const records = fixtureCorpus(DIR, ['review-restaurant.md']).records as Rec[];
    expect(records.find((r) => r.line === 43 && r.text === 'No, print it.')).toMatchObject({ type: 'quote', speaker: 'Lorenzo Pellegrini' });
  });

  it('in other words: "A pause, then: \\"Ask me next year.\\""', () => {
    const doc = [
      '# The last shift at the Harbour Café',
      '',
      'By Ann Tull | 3 May 2024',
      '',
      'Bernard Moreau has cooked breakfasts on Quay Street since 2004.',
      '',
      'Will he reopen? "I don\'t know," Moreau said. A pause, then: "Ask me next year."',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'cafe.md': doc })).records as Rec[];
    expect(got.find((r) => r.text === 'Ask me next year.')).toMatchObject({ type: 'quote', speaker: 'Bernard Moreau' });
  });
});
