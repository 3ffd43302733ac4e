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

describe("A list archive's message page (pipermail): the author line under the subject is the sender, the page's navigation is no one's, the quoted reply its writer's", () => {
  const portal = `[civic-tech] Re: Open letter on the data portal shutdown

Elena Sorokina elena.sorokina at opendata-coop.example
Tue Oct 15 14:22:09 EDT 2024

    Previous message (by thread): [civic-tech] Open letter on the data portal shutdown
    Next message (by thread): [civic-tech] Re: Open letter on the data portal shutdown
    Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]

On Tue, Oct 15, 2024 at 9:03 AM Tomasz Kowal <tkowal at rivermouth.example> wrote:

> The portal costs the city $186,000 a year in hosting and licences, and
> last year it had fewer than 2,000 unique visitors a month.

Tomasz,

Most of the traffic is API calls, not people. Our board approved $25,000
for a mirror on Monday.

Elena

-------------- next part --------------
An HTML attachment was scrubbed...
URL: <https://lists.example.org/pipermail/civic-tech/attachments/20241015/attachment.html>

    Previous message (by thread): [civic-tech] Open letter on the data portal shutdown
    Next message (by thread): [civic-tech] Re: Open letter on the data portal shutdown
    Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]

More information about the civic-tech mailing list
`;
  // The same shape in other words: an older archive, the address on its own line, "Previous message:" with no "(by thread)".
  const beekeepers = `[beekeeping-l] Swarm season already?

Gwen Thackeray
gwen at hivemind.example
Mon Mar 3 08:12:44 GMT 2025

Previous message: [beekeeping-l] Queen marking colours for 2025
Next message: [beekeeping-l] Swarm season already?
Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]

On Sun, Mar 2, 2025 at 6:40 PM Ibrahim Sall <isall at apiary.example> wrote:
> Two of my eleven colonies built queen cells this week. In March!

Same here, Ibrahim. I lost a swarm from the big hive on Saturday, which has
never happened to me before April in twenty years.

More information about the beekeeping-l mailing list
`;

  it('credits the body to the author line, the quoted lines to the writer the "wrote:" line names, and makes no speaker of the navigation', async () => {
    for (const [text, sender, writer, own, quoted] of [
      [portal, 'Elena Sorokina', 'Tomasz Kowal', /traffic is API calls/, /costs the city/],
      [beekeepers, 'Gwen Thackeray', 'Ibrahim Sall', /lost a swarm/, /queen cells/],
    ] as const) {
      const corpus = await loadCorpus(tempCorpus({ 'page.txt': text }));
      expect(corpus.records.find((r) => own.test(r.text))?.speaker).toBe(sender);
      const q = corpus.records.find((r) => quoted.test(r.text) || quoted.test(r.question ?? ''))!;
      expect(q.text.startsWith('>')).toBe(false);
      expect(q.type === 'qa' ? q.asker : q.speaker).toBe(writer);
      expect(corpus.records.some((r) => /message/i.test(r.speaker ?? ''))).toBe(false);
      expect(corpus.records.some((r) => /Messages sorted by|More information about/.test(r.text) && r.speaker)).toBe(false);
    }
  });
});

describe('A thread saved from Outlook whose reply carries the earlier messages quoted with "> ", each under its own "> On …, NAME wrote:" or "> From: NAME" block', () => {
  const warehouse = `From:\tMarcus Oyelaran
Sent:\tThursday, February 13, 2025 4:18 PM
To:\tDana Whitcombe
Subject:\tRE: Warehouse incident - statement draft
Importance:\tHigh

Dana, take out "regrettable". We had 212 people on site that night, not 240.

Marcus

________________________________
From: Dana Whitcombe <dwhitcombe@halden.example>
Sent: Thursday, February 13, 2025 2:51 PM
To: Marcus Oyelaran <moyelaran@halden.example>
Subject: RE: Warehouse incident - statement draft

Revised draft below. I have kept it under 150 words.

Dana

Sent from my iPhone

> On 13 Feb 2025, at 11:07, Priti Chandrasekar <pc@halden.example> wrote:
>
> Dana, legally I'm comfortable with everything except the word fully.
> I'd also avoid naming the hospital. The family asked us not to.
>
> ________________________________
> From: Dana Whitcombe <dwhitcombe@halden.example>
> Sent: Wednesday, February 12, 2025 7:45 PM
> Subject: Warehouse incident - statement draft
>
> First draft of the holding statement below. The Evening Standard called at
> 6pm and has the story from a union source.
`;
  // The same shape in other words: a club's board, the Apple Mail attribution in the comma-less Gmail form.
  const club = `From: Ingrid Solheim <ingrid@fjordfc.example>
Sent: Monday, 7 April 2025 21:02
To: Board <board@fjordfc.example>
Subject: RE: Coach contract

Agreed with Lars. We offer two years, not three.

Ingrid

________________________________
From: Lars Hovland <lars@fjordfc.example>
Sent: Monday, 7 April 2025 18:40
To: Board <board@fjordfc.example>
Subject: RE: Coach contract

I'd cap it at two years. The budget for 2026 is not approved yet.

> On Mon, Apr 7, 2025 at 9:15 AM Kari Nyberg <kari@fjordfc.example> wrote:
>
> The coach wants three years and a raise of 12 percent. I think he is worth it.
> His teams won the regional cup twice since 2021.
`;

  it("credits each quoted history to the writer its own attribution names, its quoted header block no one's", async () => {
    for (const [text, quotedWriter, quotedWords, innerWriter, innerWords] of [
      [warehouse, 'Priti Chandrasekar', /avoid naming the hospital/, 'Dana Whitcombe', /union source/],
      [club, 'Kari Nyberg', /worth it/, null, null],
    ] as const) {
      const corpus = await loadCorpus(tempCorpus({ 'thread.txt': text }));
      expect(corpus.records.find((r) => quotedWords.test(r.text))?.speaker).toBe(quotedWriter);
      if (innerWords) expect(corpus.records.find((r) => innerWords.test(r.text))?.speaker).toBe(innerWriter);
      // The quoted header fields and Outlook's Importance field are nobody's words.
      expect(corpus.records.some((r) => /^(?:Sent|From|Subject|Importance):/.test(r.text) || /Importance:/.test(r.text))).toBe(false);
    }
  });
});
