/**
 * An Indian wire's sign-off under its story, the agency and its desk's initials in capitals ("PTI
 * ABC XYZ", "IANS SKP/ARJ"), is page furniture: it was the last claim of the story, with no speaker.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("a wire's sign-off initials", () => {
  it('are no claim, under a PTI story whose quotes are still credited', () => {
    const records = fixtureCorpus(join(FIXTURES, 'unseen'), ['pti-pune-water-tariff.txt']).records;
    expect(records.some((r) => r.text.includes('ABC XYZ'))).toBe(false);
    expect(records.find((r) => r.type === 'quote' && r.text.startsWith('We have not revised'))?.speaker).toBe('Rajesh Patil');
    expect(records.find((r) => r.type === 'quote' && r.text.startsWith('Instead of fixing'))?.speaker).toBe('Sunita Deshmukh');
  });

  it('in other forms (IANS, slashes), but not a sentence that opens on the agency', () => {
    const records = loadCorpus(
      tempCorpus({ 'ians.txt': ['Rains lash Mumbai', '', 'Mumbai, July 8 (IANS) Heavy rains lashed Mumbai on Monday, officials said.', '', 'PTI has learnt that schools will stay shut.', '', 'IANS SKP/ARJ', ''].join('\n') }),
    ).records;
    expect(records.some((r) => r.text.includes('SKP/ARJ'))).toBe(false);
    expect(records.some((r) => r.text.startsWith('PTI has learnt'))).toBe(true);
  });
});
