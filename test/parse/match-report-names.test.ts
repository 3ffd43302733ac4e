/**
 * A match report's people: a role word opening the sentence before a full name ("Substitute Leon
 * Hartley scored …") is no part of the name; the age given with a surname alone ("Hartley, 19,")
 * is how "the 19-year-old" later calls him; a described player ("the teenager") speaks as described.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const REPORT = [
  "Hartley's late strike keeps Rovers' title hopes alive",
  '',
  'Saturday 15 March 2025',
  '',
  'Substitute Leon Hartley scored in the 89th minute as Rovers came from behind to beat Ashgate.',
  '',
  'Hartley, 19, only came on in the 75th minute. Asked about his goal, the 19-year-old grinned: "I just shut my',
  'eyes and hit it."',
  '',
  'Debutant Kofi Mensah, 18, set up the winner. "I was shaking," the teenager said.',
  '',
  '"He never stops running," Hartley said of Mensah.',
  '',
];
const quotes = () => loadCorpus(tempCorpus({ 'match-report.txt': REPORT.join('\n') })).records.filter((r) => r.type === 'quote').map((r) => ({ line: r.line, speaker: r.speaker }));

describe('a match report', () => {
  it('names the scorer without the role before his name, and by his age alone', () => {
    expect(quotes()).toEqual([
      { line: 7, speaker: 'Leon Hartley' },
      { line: 10, speaker: 'the teenager' },
      { line: 12, speaker: 'Leon Hartley' },
    ]);
  });
});
