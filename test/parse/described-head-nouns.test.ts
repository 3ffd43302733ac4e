/**
 * A speech verb's whole subject a determiner and a person's noun that the description list leaves
 * out ("the fire chief said", "the referee said"): that described person speaks. Before, the quote
 * had no speaker, or (`"Nobody was hurt," the police chief said.`) the sentence was the byline's
 * claim. The nouns stay out of the description list, whose words also read appositives and titles
 * ("The council's chief executive, Rebecca Liu," is Rebecca Liu; "The vicar" after "Reverend Tobias
 * Greenhalgh" is still him where a pronoun says so).
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const story = (...paragraphs: string[]) =>
  loadCorpus(tempCorpus({ 'story.txt': ['Fire at the mill', '', 'By Tom Askew', 'May 3, 2022', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') })).records;

describe('a described person whose noun the description list leaves out', () => {
  it('speaks: the fire chief, the police chief, the deputy chief, the referee, a vendor', () => {
    const records = story(
      '"It spread in minutes," the fire chief said.',
      '"Nobody was hurt," the police chief said.',
      '"The roof is gone," the deputy chief said.',
      '"It was a penalty," the referee said later.',
      '"Business is down by half," a fruit vendor said.',
      'The blaze began in the dryer room, the fire chief said.',
    );
    const quote = (start: string) => records.find((r) => r.type === 'quote' && r.text.startsWith(start))?.speaker;
    expect(quote('It spread in minutes')).toBe('the fire chief');
    expect(quote('Nobody was hurt')).toBe('the police chief');
    expect(quote('The roof is gone')).toBe('the deputy chief');
    expect(quote('It was a penalty')).toBe('the referee');
    expect(quote('Business is down by half')).toBe('a fruit vendor');
    expect(records.find((r) => r.type === 'claim' && r.text.startsWith('The blaze began'))?.speaker).toBe('the fire chief');
  });

  it('leaves a named chief executive in an appositive named', () => {
    const records = story('The council\'s chief executive, Rebecca Liu, said £18m had been set aside. Asked about jobs, she said: "That is a matter for the investigation."');
    expect(records.find((r) => r.type === 'quote' && r.text.startsWith('That is a matter'))?.speaker).toBe('Rebecca Liu');
  });
});
