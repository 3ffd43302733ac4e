/**
 * How news names a source, three ways that went wrong:
 * - where the words were posted is no speaker: "Hale's response, in a post on LinkedIn: “…”" was
 *   LinkedIn's quote, and "Later, in a post on LinkedIn: “…”" too;
 * - why a source goes unnamed is no part of who they are: "said one manager who asked not to be
 *   named because the layoffs had not been announced" was the whole speaker;
 * - a described person whose noun the attribution did not know ("said a technician who worked
 *   there") was nobody.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const story = (paragraphs: string[]) => ['Plant news', '', 'By Sam Reyes', 'May 2, 2024', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

describe("a news story's sources", () => {
  it('speak as the story names them', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['layoffs-wire-attribution.txt']);
    const quotes = c.records.filter((r) => r.doc === 'layoffs-wire-attribution' && r.type === 'quote');
    expect(quotes.map((r) => [r.line, r.speaker])).toEqual([
      [8, 'Marcus Hale'],
      [10, 'Renata Soto'],
      [12, 'one manager'],
      [14, 'Renata Soto'],
      [16, 'the California Nurses Association'],
      [18, 'Marcus Hale'],
      [24, 'Priyanka Desai'],
    ]);
  });

  it('reads the shapes in other words', () => {
    const c = loadCorpus(tempCorpus({
      'posted.txt': story([
        'Orbit founder Dana Kwok said on Monday that she would leave the company.',
        'Later, in a post on LinkedIn: "I will miss every one of you."',
        'Kwok, via Instagram: "See you all at the launch."',
        "Her co-founder's reply, on X: \"We will carry it on.\"",
      ]),
      'unnamed.txt': story([
        'The plant will close in June.',
        '"It was chaos on the floor," one engineer who declined to be identified told the paper.',
        '"Morale is gone for good," said a former executive who requested anonymity to discuss internal matters.',
        '"The line was never safe," said a technician who worked there for 20 years.',
        '"Nobody warned the night shift," said an electrician at the plant.',
      ]),
    }));
    const speakers = (doc: string) => c.records.filter((r) => r.doc === doc && r.type === 'quote').map((r) => r.speaker);
    // where it was posted names nobody; who posted it, where the line says so
    expect(speakers('posted')).toEqual([null, 'Dana Kwok', null]);
    expect(speakers('unnamed')).toEqual(['one engineer', 'a former executive', 'a technician who worked there for 20 years', 'an electrician']);
  });
});
