/**
 * Probe 35 (helper b): e-mail threads, list archives and forum threads about people, as analysts
 * save them. Unseen documents of the family.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

describe('A press office answering a journalist inline: each answer, opened by the same marker ("KA:"), under the numbered question in the original message', () => {
  const airline = `From: Press Office <press@kestrelair.example>
Date: Friday, 21 June 2024 at 17:05
To: Ruth Annesley <r.annesley@courier.example>
Subject: RE: Courier query - pilot rostering

Dear Ruth,

Please see our answers inline below, marked KA. They are attributable to a Kestrel Air spokesperson.

Kind regards,
Sophie Marchetti
Senior Press Officer | Kestrel Air

-----Original Message-----
From: Ruth Annesley <r.annesley@courier.example>
Sent: 21 June 2024 11:40
To: Press Office <press@kestrelair.example>
Subject: Courier query - pilot rostering

Hello,

I'm writing a piece for Saturday's paper. I'd be grateful for answers by 6pm today.

1. Is it true that 31 flights were cancelled last weekend because there were not enough pilots?

KA: Twenty-six flights were cancelled between 14 and 16 June, out of 1,140 scheduled.

2. Is commander's discretion company policy?

KA: No. It is the captain's decision alone and no pilot has ever been disciplined for declining.

3. Will Kestrel Air reduce its summer schedule?

KA: We have no plans to reduce the schedule further.

Many thanks,
Ruth
`;
  // The same shape in other words: a university answering a student paper, "Response:" as the marker, "1)" numbers.
  const campus = `From: Media Relations <media@northfield.example>
Sent: Tuesday, March 4, 2025 3:12 PM
To: Owen Achterberg <owen@northfieldvoice.example>
Subject: RE: Voice questions on the library closure

Hi Owen, our responses are below each question. Please attribute them to a university spokesperson.

Best,
Media Relations

-----Original Message-----
From: Owen Achterberg <owen@northfieldvoice.example>
Sent: Monday, March 3, 2025 10:05 AM
To: Media Relations <media@northfield.example>
Subject: Voice questions on the library closure

Two questions for Thursday's issue:

1) How many study seats will be lost while the east wing is closed?

Response: About 420 of the 1,900 seats, until the roof repair ends in September.

2) Why was the closure announced only a week in advance?

Response: The surveyors' report arrived on 24 February. We acted on it the same week.

Owen Achterberg
Managing Editor, The Northfield Voice
`;

  it("pairs each numbered question, the journalist's, with the office's marked answer under it", async () => {
    for (const [text, office, journalist, answer, question] of [
      [airline, 'Press Office', 'Ruth Annesley', /Twenty-six flights were cancelled/, /31 flights/],
      [campus, 'Media Relations', 'Owen Achterberg', /About 420 of the 1,900 seats/, /study seats/],
    ] as const) {
      const corpus = await loadCorpus(tempCorpus({ 'mail.txt': text }));
      const qa = corpus.records.find((r) => answer.test(r.text))!;
      expect(qa).toMatchObject({ type: 'qa', speaker: office, asker: journalist });
      expect(qa.question).toMatch(question);
      // The office's answers are never the journalist's words.
      expect(corpus.records.some((r) => r.speaker === journalist && /flights were cancelled|420 of the/.test(r.text))).toBe(false);
      expect(corpus.records.filter((r) => r.type === 'qa' && r.speaker === office).length).toBeGreaterThanOrEqual(2);
    }
  });
});
