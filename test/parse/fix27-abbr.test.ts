/**
 * A described speaker whose institution holds an abbreviation with full stops ("the U.S. Department
 * of Labor", "the U.K. Treasury", "Smith & Co."): the stop ends neither the description nor the
 * sentence; a real sentence end after a described speaker still does.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { splitSentences } from '../../src/parse/text.js';
import { tempCorpus } from '../helpers.js';

const speakers = (text: string) =>
  loadCorpus(tempCorpus({ 'a.txt': text })).records.filter((r) => r.type === 'quote').map((r) => [r.text, r.speaker]);

describe('a described speaker at an institution with an abbreviation', () => {
  it('an initialism or a company abbreviation does not cut the description', () => {
    const text = [
      'Regulators Weigh In',
      '',
      'By Dana Reyes',
      '',
      'The rules changed in March. "We had no warning at all," said an inspector at the U.S. Department of Labor, who asked not to be named.',
      '',
      '"It was a mess from the first week," a former official at the U.K. Treasury said.',
      '',
      'A lawyer at Smith & Co. in London said the firm had been "ready for months."',
      '',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['We had no warning at all', 'an inspector at the U.S. Department of Labor'],
      ['It was a mess from the first week', 'a former official at the U.K. Treasury'],
      ['ready for months.', 'a lawyer at Smith & Co. in London'],
    ]);
  });

  it('in other words: "the E.U. Commission", "Acme Corp.", "Hale Bros."', () => {
    const text = [
      'Turbines Stall Again',
      '',
      'By Marek Olsen',
      '',
      'The third outage came on a Sunday. "Nobody called us back," said a spokeswoman for the E.U. Commission.',
      '',
      '"It broke twice in one night," an engineer at Acme Corp. told the inquiry.',
      '',
      '"We were never asked," said an adviser at the U.N. Development Programme in Geneva.',
      '',
      'A worker at Hale Bros. in Ohio said the parts had been "late every time."',
      '',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['Nobody called us back', 'a spokeswoman for the E.U. Commission'],
      ['It broke twice in one night', 'an engineer at Acme Corp.'],
      ['We were never asked', 'an adviser at the U.N. Development Programme'],
      ['late every time.', 'a worker at Hale Bros. in Ohio'],
    ]);
  });

  it('a real sentence end after the description still ends it', () => {
    const text = [
      'Court Notes',
      '',
      'By Ines Varga',
      '',
      '"We never saw the filing," said a lawyer at the firm. The next day the court met.',
      '',
      '"We filed on time," said an auditor at Dunmore & Co. The judge disagreed.',
      '',
      '"It was late," an economist at the U.S. Mint said.',
      '',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['We never saw the filing', 'a lawyer'],
      ['We filed on time', 'an auditor at Dunmore & Co.'],
      ['It was late', 'an economist at the U.S. Mint'],
    ]);
  });

  it('an initialism of several letters ends no sentence; a time ("P.M.") still does', () => {
    expect(splitSentences('Talks with the E.U. Commission went on. They ended at 5 P.M. The vote came later.').map((x) => x.text)).toEqual([
      'Talks with the E.U. Commission went on.',
      'They ended at 5 P.M.',
      'The vote came later.',
    ]);
  });
});
