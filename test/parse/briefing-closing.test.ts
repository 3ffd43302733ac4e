/**
 * A police briefing's close: after the fire marshal answers the last question, the chief's "Thank you
 * all. We'll update you tomorrow at noon." thanks the room; it is her quote, no second answer. And
 * the reporters: "REPORTER (Channel 9):" is not the "UNIDENTIFIED REPORTER" whose last word it shares.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

describe("a briefing's closing thanks", () => {
  it('answers nothing after another answered the last question', () => {
    const records = fixtureCorpus(join(FIXTURES, 'briefings'), ['police-briefing.txt']).records;
    expect(records.map((r) => [r.line, r.type, r.speaker])).toEqual([
      [5, 'quote', 'Angela Daniels'],
      [9, 'qa', 'Angela Daniels'],
      [13, 'qa', 'Angela Daniels'],
      [17, 'quote', 'Tom Okafor'],
      [20, 'qa', 'Tom Okafor'],
      [24, 'quote', 'Angela Daniels'],
    ]);
    expect(records.find((r) => r.line === 24)?.text).toBe("Thank you all. We'll update you tomorrow at noon.");
  });

  it('keeps a named outlet\'s reporter apart from the unidentified one: "REPORTER" is no surname of "UNIDENTIFIED REPORTER"', () => {
    const records = fixtureCorpus(join(FIXTURES, 'briefings'), ['police-briefing.txt']).records;
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.line, r.asker])).toEqual([
      [9, 'Unidentified Reporter'],
      [13, 'Reporter'],
      [20, 'Unidentified Reporter'],
    ]);
  });
});
