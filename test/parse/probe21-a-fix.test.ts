/**
 * Probe 21 (helper a), second pass: the findings the first pass left on speech-to-text and
 * meeting-recorder exports.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

describe('An undated transcript whose intro says when it was recorded, the sentence wrapped over two lines', () => {
  const founder = `Founder Interview - Final.mp3
Transcript by Rev.com

This interview with Ingrid Halvorsen, co-founder and former chief executive of
Nordlys Payments, was recorded on 9 November 2022 for the "Second Act" podcast.
Halvorsen founded the company in 2014 and stepped down in March 2021.

Marcus Adeyemi (00:00:04):
Let's start at the beginning. In 2014 you had two laptops and a grant?

Ingrid Halvorsen (00:00:15):
A grant of 400,000 kroner, yes, and a very patient landlord.
`;
  // Other words: a conversation with an architect, the date month first.
  const architect = `Studio Talk ep 12.m4a

Our conversation with the architect Paulo Mendes, who designed the harbour
library, was recorded on March 3, 2021 at his studio in Porto.

Host (00:00:02):
When did you start drawing the library?

Paulo Mendes (00:00:09):
In 2016, on the back of a train ticket.
`;

  it('dates the records by the day the intro says it was recorded', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'founder.txt': founder }));
    const qa = corpus.records.find((r) => r.type === 'qa' && /patient landlord/.test(r.text))!;
    expect(qa.date).toBe('2022-11-09');
    expect(qa.year).toBe(2022);
  });

  it('reads the same shape in other words', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'studio.txt': architect }));
    const qa = corpus.records.find((r) => r.type === 'qa' && /train ticket/.test(r.text))!;
    expect(qa.date).toBe('2021-03-03');
    expect(qa.year).toBe(2021);
  });
});

describe("An undated transcript whose only date is the service's footer stamp ('… .mp3 (Completed 11/10/22)')", () => {
  const founder = `Marcus Adeyemi (00:00:04):
Let's start at the beginning. You had two laptops and a grant?

Ingrid Halvorsen (00:00:15):
A grant of 400,000 kroner, yes, and a very patient landlord.

Founder Interview - Final.mp3 (Completed 11/10/22)
Transcript by Rev.com
Page 1 of 1
`;
  // Other words: a lecture recording, a four-digit year in the stamp.
  const lecture = `Dr. Amara Nwosu (00:00:01):
Today we look at tidal power along the Severn estuary.

Student (00:04:12):
How much does the barrage cost?

Dr. Amara Nwosu (00:04:20):
Estimates run from 25 to 34 billion pounds.

lecture_week3_tides.m4a (Completed 02/03/2019)
`;

  it('gives the records the year of the stamp, no day (the slashed day reads either way)', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'founder.txt': founder }));
    const qa = corpus.records.find((r) => r.type === 'qa' && /patient landlord/.test(r.text))!;
    expect(qa.year).toBe(2022);
    expect(qa.date).toBeNull();
  });

  it('reads the same shape in other words', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'lecture.txt': lecture }));
    const qa = corpus.records.find((r) => r.type === 'qa' && /34 billion/.test(r.text))!;
    expect(qa.year).toBe(2019);
    expect(qa.date).toBeNull();
  });
});
