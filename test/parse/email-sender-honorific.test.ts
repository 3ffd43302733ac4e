/**
 * An interview answered by e-mail: the sender's honorific in the From header ("Dr. Helen
 * Achterberg <…>") is no part of the answerer's name.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const MAIL = [
  'From: Dr. Helen Achterberg <h.achterberg@uni.example>',
  'To: Sam Whitlock <sam@brief.example>',
  'Date: Tue, 12 Mar 2024 09:41:07 +0100',
  'Subject: Re: Interview questions for The Biotech Brief',
  '',
  'Hi Sam,',
  '',
  '> 1. How did the trial come about?',
  '',
  'We had the compound sitting on a shelf since 2016.',
  '',
  '> 2. When will patients see it?',
  '',
  'Not before 2028.',
  '',
  'Best,',
  'Helen',
  '',
].join('\n');

describe("an e-mailed interview's sender", () => {
  it('answers by name, without the honorific', () => {
    const qa = loadCorpus(tempCorpus({ 'reply.txt': MAIL })).records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.asker])).toEqual([
      ['Helen Achterberg', 'Sam Whitlock'],
      ['Helen Achterberg', 'Sam Whitlock'],
    ]);
  });
});
