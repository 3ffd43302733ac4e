/**
 * "When the Northern Lighthouse Board automated Gull Point in 1998, Morag Innes thought her job was
 * over. 'I cried for a week,' she says.": the pronoun means the main clause's subject, not a name
 * inside the subordinate clause that opens the sentence (a place, an object).
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const quotesOf = (text: string) =>
  loadCorpus(tempCorpus({ 'profile.txt': text })).records.filter((r) => r.type === 'quote').map((r) => ({ line: r.line, speaker: r.speaker }));
const HEAD = ['The keeper', 'By Tom Reid', 'Published 3 March 2025', ''];

describe("a pronoun after a sentence that opens on a subordinate clause", () => {
  it("is the main clause's subject, after a dateline too", () => {
    expect(quotesOf([...HEAD,
      'KIRKHOLM — When the Northern Lighthouse Board automated Gull Point in 1998, Morag Innes thought her',
      "job was over. 'I cried for a week,' she says.", '',
      'After the storm took Harbour Row in 2003, Callum Innes rebuilt the pier. "It took a year," he said.', ''].join('\n'))).toEqual([
      { line: 5, speaker: 'Morag Innes' },
      { line: 8, speaker: 'Callum Innes' },
    ]);
  });

  it('leaves the order alone when the main clause opens on no name', () => {
    // "she" is the one person the sentence names (the subordinate clause's), as before
    expect(quotesOf([...HEAD,
      'When Anne Baird took over the campaign in 2011, the council backed down. "We won," she said.', ''].join('\n'))).toEqual([
      { line: 5, speaker: 'Anne Baird' },
    ]);
  });
});
