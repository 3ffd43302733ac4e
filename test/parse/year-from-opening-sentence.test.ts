/**
 * A quotation whose own frame gives no year ("…," she said then.) takes the year the sentence
 * right before it opens on, when that sentence is about saying something: "In 2019, speaking to a
 * local radio station, Brannock was blunter." A sentence before it that opens on a year but says
 * nothing of speaking leaves the document's year. A frame around the words that points back ("She
 * said at the time that …", "“…,” she said at the time.") takes the one year of the sentence before,
 * whatever that sentence tells, or where it gives none, the one year of the paragraph before the words.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
function quotesOf(text: string) {
  const dir = tempCorpus({ 'profile.txt': text });
  made.push(dir);
  return loadCorpus(dir).records.filter((r) => r.type === 'quote').map((r) => ({ line: r.line, speaker: r.speaker, year: r.year }));
}

const HEAD = ['The Weaver of Mill Lane', 'By Harriet Okafor', 'March 14, 2024', '', 'Elspeth Brannock has run the last handloom workshop in Mill Lane for forty years.', ''];

describe('the year a sentence before a quotation opens on', () => {
  it('dates a quotation said then, when that sentence speaks of speaking', () => {
    const quotes = quotesOf([...HEAD,
      '"I\'m tired," she said last week. "But I\'m not finished."', '',
      'In 2019, speaking to a local radio station, Brannock was blunter. "Nobody buys a scarf for what it cost to make," she said then.', '',
      'Back in 2011 she was talking to anyone who would listen. "Keep the mill open," she said.', ''].join('\n'));
    expect(quotes).toEqual([
      { line: 7, speaker: 'Elspeth Brannock', year: 2024 },
      { line: 9, speaker: 'Elspeth Brannock', year: 2019 },
      { line: 11, speaker: 'Elspeth Brannock', year: 2011 },
    ]);
  });

  it('dates words said "at the time" by the one year of the sentence before, whatever it tells', () => {
    const quotes = quotesOf([...HEAD,
      'She was appointed MBE in 2003. She said at the time that the honour belonged "to every weaver in the lane".', '',
      'The mill closed in 2009 and reopened in 2011. She said at the time that it was "a second life".', ''].join('\n'));
    // (two years in the sentence before: which time is meant is not said)
    expect(quotes).toEqual([
      { line: 7, speaker: 'Elspeth Brannock', year: 2003 },
      { line: 9, speaker: 'Elspeth Brannock', year: 2024 },
    ]);
  });

  it('dates words a frame after them says were said "at the time", in single quotation marks and a hard-wrapped paragraph, by the paragraph\'s one year', () => {
    const quotes = quotesOf([...HEAD,
      'In 2011 the mill was nearly sold. A campaign led by her neighbour Anne Baird raised £60,000 to keep',
      "it. 'We weren't going to let it go on our watch,' Ms Baird said at the time.", '',
      'The looms were moved in 2015 and again in 2018. A new roof followed.',
      '"It was chaos," Ms Baird said at the time.', ''].join('\n'));
    // (no year in the sentence right before: the paragraph's one year; two there give none)
    expect(quotes).toEqual([
      { line: 7, speaker: 'Anne Baird', year: 2011 },
      { line: 11, speaker: 'Anne Baird', year: 2024 },
    ]);
  });

  it('dates words said "that October" or "that night" by the sentence before, but not a frame in the present', () => {
    const quotes = quotesOf([...HEAD,
      'She closed the workshop in 2022. In a post on Instagram that October, she wrote: "I am tired of weaving for critics."', '',
      'The mill flooded in 2012. "We lost everything," she said that night.', '',
      'In 2020 the mill changed hands. She says the buyers "were not thrilled," and that she spent most of that spring on calls.', ''].join('\n'));
    expect(quotes).toEqual([
      { line: 7, speaker: 'Elspeth Brannock', year: 2022 },
      { line: 9, speaker: 'Elspeth Brannock', year: 2012 },
      { line: 11, speaker: 'Elspeth Brannock', year: 2024 },
    ]);
  });

  it('leaves the document\'s year when the sentence before says nothing of speaking', () => {
    const quotes = quotesOf([...HEAD,
      'In 2019, the council sold the building next door. "It was a warning," Brannock said.', ''].join('\n'));
    expect(quotes).toEqual([{ line: 7, speaker: 'Elspeth Brannock', year: 2024 }]);
  });
});
