/**
 * A surname that is also a title ("King", "Constable", "Bishop"), after one given name and ending the
 * name ("said John King, a fan"), is the surname. Read as a title it left the given name alone, which
 * named whoever of that first name the text had named before: in a story quoting John Carter, then
 * John King, then John Constable, each quote went to the John before.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

describe('a title word as the surname after one given name', () => {
  it('is the surname: each John is his own', () => {
    const records = loadCorpus(
      tempCorpus({
        'fans.txt': [
          'Fans outside the ground',
          '',
          'By Tom Askew',
          'May 3, 2022',
          '',
          '"I saw it all happen," said John Carter, a season-ticket holder.',
          '',
          '"It was never a penalty," said John King, a fan since 1980.',
          '',
          '"The referee lost control," said John Constable, who drove up from Leeds.',
          '',
          '"We deserved better," said Mary Bishop.',
          '',
        ].join('\n'),
      }),
    ).records;
    const quote = (start: string) => records.find((r) => r.type === 'quote' && r.text.startsWith(start))?.speaker;
    expect(quote('I saw it all happen')).toBe('John Carter');
    expect(quote('It was never a penalty')).toBe('John King');
    expect(quote('The referee lost control')).toBe('John Constable');
    expect(quote('We deserved better')).toBe('Mary Bishop');
  });

  it('is still a title before a full name', () => {
    const records = loadCorpus(
      tempCorpus({
        'chief.txt': ['Notes', '', 'By Tom Askew', 'May 3, 2022', '', '"We will appeal," said Chief Constable Sarah Okafor.', '', '"It was fair," said Bishop Emeka Obi.', ''].join('\n'),
      }),
    ).records;
    const quote = (start: string) => records.find((r) => r.type === 'quote' && r.text.startsWith(start))?.speaker;
    expect(quote('We will appeal')).toBe('Sarah Okafor');
    expect(quote('It was fair')).toBe('Emeka Obi');
  });
});
