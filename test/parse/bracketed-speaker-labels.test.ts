/**
 * A hand transcript that sets each speaker in square brackets with no colon: "[Interviewer] How
 * long have you worked on the docks?" / "[Rui Sardinha] Twenty-two years this summer." Before, only
 * "[Interviewer]: …" (with the colon) or a recorder's "[SPEAKER_00] …" was a label: the interview
 * was twelve claims of nobody with the brackets in their text. A sound or a transcriber's note in
 * brackets ("[Laughter] Yes.", "[Translation] …") stays no voice.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('speaker labels in square brackets without a colon', () => {
  it('reads the unseen field interview as turns, the interviewer asking', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['field-interview-07.txt']);
    const qa = c.records.filter((r) => r.doc === 'field-interview-07' && r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker, r.question?.split(/(?<=[.?])\s/)[0]])).toEqual([
      ['Marta Lopes', 'Rui Sardinha', 'Thanks for making time.'],
      ['Marta Lopes', 'Rui Sardinha', 'What changed most in that time?'],
      ['Marta Lopes', 'Rui Sardinha', 'Do you think the automation will go further?'],
    ]);
    expect(c.records.filter((r) => r.doc === 'field-interview-07' && /\[(?:Interviewer|Rui Sardinha)\]/.test(r.text))).toEqual([]);
  });

  it('in other words, a sound and a note in brackets opening lines too', () => {
    const text = [
      'Oral history, tape 3',
      '',
      '[Q] Where were you born?',
      '',
      '[Amal Haddad] In Tripoli, in 1948. [Laughter] A long time ago.',
      '',
      '[Q] When did you come to Marseille?',
      '',
      '[Amal Haddad] In 1971, with my brother.',
      '',
      '[Laughter] We both were very young then.',
      '',
      '[Q] And the bakery?',
      '',
      '[Amal Haddad] We opened it in 1979.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'tape3.txt': text })).records;
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.question])).toEqual([
      ['Amal Haddad', 'Where were you born?'],
      ['Amal Haddad', 'When did you come to Marseille?'],
      ['Amal Haddad', 'And the bakery?'],
    ]);
    expect(records.some((r) => r.speaker === 'Laughter')).toBe(false);
  });
});
