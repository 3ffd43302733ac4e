/**
 * A newscast's soundbites named after they are played, and a reporter's sign-off by place: "THAT WAS
 * COUNCILWOMAN GRACE LIU, WHO VOTED YES." (a clause after the name) and "REPORTING FROM CITY HALL,
 * DEV PATEL." (no newsroom after the name, and after a sentence ending on "NO.", which the sentence
 * splitter reads as the abbreviation). Found on an unseen SRT of a local newscast, December 5
 * (test/fixtures/unseen/evening-news-2023-11-02.srt); the second text is a plain transcript in
 * other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  '>>> Good evening, I am Petra Lindgren.',
  '',
  '>> The harbour board approved the dredging plan tonight. Our reporter Omar Haddad was there. Omar?',
  '',
  '>> Petra, the plan costs 14 million and starts in April.',
  '',
  '>> The channel silts up every winter. We cannot wait another year.',
  '',
  ">> That was harbour master Ines Fagerlund, who has pushed for the plan since 2021.",
  '',
  '>> Fishermen say the work will close the channel for six weeks.',
  '',
  '>> Nobody asked us about the timing.',
  '',
  '>> Most boats will moor in Vik until June. Reporting from the harbour office, Omar Haddad.',
  '',
].join('\n');

describe('a newscast names its soundbites and its reporter after the fact', () => {
  it('reads a clause after the soundbite\'s name and a sign-off by place (test/fixtures/unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['evening-news-2023-11-02.srt']);
    const of = (words: string) => c.records.find((r) => r.doc === 'evening-news-2023-11-02' && r.text.includes(words))!;
    expect(of('WE HAD NO CHOICE').speaker).toBe('Grace Liu');
    expect(of('THAT WAS COUNCILWOMAN').speaker).toBe('Dev Patel');
    expect(of('REPORTING FROM CITY HALL').speaker).toBe('Dev Patel');
  });

  it('reads the same in a plain transcript with other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'harbour.txt': SECOND }));
    const of = (words: string) => c.records.find((r) => r.text.includes(words))!;
    expect(of('silts up every winter').speaker).toBe('Ines Fagerlund');
    expect(of('That was harbour master').speaker).toBe('Omar Haddad');
    expect(of('Reporting from the harbour office').speaker).toBe('Omar Haddad');
  });
});
