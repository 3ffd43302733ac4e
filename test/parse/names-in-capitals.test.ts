/**
 * A label set in capitals is title-cased word by word; a name the text itself writes with a capital
 * inside ("Mr McRae", "Ms MacLeod") is spelt so, and "MC" opens a capital where the text does not
 * say ("ROSS MCGREGOR" Ross McGregor); "MAC" alone does not ("PETER MACK").
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

describe('a name set in capitals', () => {
  it('is spelt as the text writes it, McRae, where it does; "MC" opens a name\'s capital otherwise', () => {
    const doc = [
      'TODAY, BBC Radio 4, 18 March 2021',
      '',
      'FIONA GAULT: The fleet is tied up in port.',
      '',
      'ANGUS MCRAE (Skipper): We\'ve got a boat and no fish we\'re allowed to land.',
      '',
      'FIONA GAULT: Mr McRae says three of his crew have left. Is that right?',
      '',
      'ANGUS MCRAE: Three, aye. And the fourth is thinking about it.',
      '',
      'ROSS MCGREGOR: I run the harbour. It\'s the same on every boat.',
      '',
      'FIONA GAULT: Ms MacLeod, you chair the fishermen\'s association. Can they hold on?',
      '',
      'DONNA MACLEOD: Not past the summer.',
      '',
      'PETER MACK: I sell them diesel. Nobody is buying.',
      '',
    ].join('\n');
    const speakers = new Set(loadCorpus(tempCorpus({ 'today.txt': doc })).records.flatMap((r) => [r.speaker, r.asker]).filter((n) => n));
    expect([...speakers].sort()).toEqual(['Angus McRae', 'Donna MacLeod', 'Fiona Gault', 'Peter Mack', 'Ross McGregor']);
  });
});
