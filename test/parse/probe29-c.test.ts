/**
 * Probe 29 (helper c): plain-text interviews with no front matter — oral histories, e-mail
 * interviews, interpreted interviews, panels. Unseen documents of the family.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

describe('An interpreter label that says whose words it renders: "INTERPRETER (for Mr. Tanaka):"', () => {
  const foundry = `TRADE REVIEW -- TRANSCRIPT
Recorded: 22 May 2024, Osaka

WHITCOMBE: Your grandfather started this foundry. When?

INTERPRETER (for Mr. Tanaka): My grandfather opened the foundry in 1952 with four workers.

WHITCOMBE: How many people work here now?

INTERPRETER (for Mr. Tanaka): Today we have 186 employees. He says their hands know things the machines do not.

TANAKA: [in English] Their hands know.

WHITCOMBE: Thank you very much.
`;
  // The same shape in other words: a vineyard owner speaking Portuguese, a translator for "Ms." her.
  const vineyard = `WINE QUARTERLY -- INTERVIEW
Douro Valley, 4 September 2023

HALLORAN: How long has the family owned the quinta?

TRANSLATOR (for Ms. Carvalho): Since 1887. Her great-grandfather bought it after the phylloxera.

HALLORAN: And the 2022 harvest?

TRANSLATOR (for Ms. Carvalho): It was the smallest in thirty years, about 40 percent down, because of the drought.

CARVALHO: [in English] Very small. Very good.

HALLORAN: Obrigado.
`;

  it("credits the rendering to the person the label names, as that person's answer, never as the question", async () => {
    for (const [text, guest, answer, asker] of [
      [foundry, 'Tanaka', /Today we have 186 employees/, 'Whitcombe'],
      [vineyard, 'Carvalho', /smallest in thirty years/, 'Halloran'],
    ] as const) {
      const corpus = await loadCorpus(tempCorpus({ 'doc.txt': text }));
      const qas = corpus.records.filter((r) => r.type === 'qa');
      const rendered = qas.find((r) => answer.test(r.text))!;
      expect(rendered).toMatchObject({ speaker: guest, asker });
      expect(rendered.question).not.toMatch(answer);
      expect(rendered.text).toMatch(/\[in English\]/);
      expect(corpus.records.some((r) => r.speaker === 'Interpreter' || r.speaker === 'Translator')).toBe(false);
      // The first rendering, before the person's own label appears, is theirs too.
      expect(qas[0]!.speaker).toBe(guest);
    }
  });
});

describe('An e-mail interview answered below each retyped, numbered question, the asking message under "-----Original Message-----"', () => {
  const payments = `From: Thabo Ranaka <thabo@ranakapay.example>
Sent: Tuesday, September 9, 2025 4:47 PM
To: Adaeze Okonjo <a.okonjo@ledger.example>
Subject: RE: Interview questions

Hi Adaeze,

My answers are below each question.

1. You founded the company in 2017. Why leave a safe job?

Because I was bored, honestly. We started with three people
and R400,000 of my own savings.

2. How big is the business today?

We process about 1.8 million transactions a month. Revenue was up 46% in 2025.

--
Thabo Ranaka
Founder & CEO | RanakaPay
This e-mail is confidential and intended solely for the addressee.

-----Original Message-----
From: Adaeze Okonjo <a.okonjo@ledger.example>
Sent: Monday, August 25, 2025 10:12 AM
To: Thabo Ranaka <thabo@ranakapay.example>
Subject: Interview questions

> Dear Thabo,
>
> Thank you for agreeing to answer a few questions by e-mail.
>
> 1. You founded the company in 2017. Why leave a safe job?
> 2. How big is the business today?
>
> Kind regards,
> Adaeze Okonjo
`;
  // The same shape in other words: a swimmer answering a sports desk, "1)" numbers, the original unquoted.
  const swimmer = `From: Ines Caldwell <ines.caldwell@mail.example>
Sent: 3 March 2024 21:05
To: Sports Desk <desk@coastherald.example>
Subject: RE: Q&A for Sunday edition

Hello Mark, answers below. Sorry for the delay, we were travelling.

1) When did you start swimming competitively?

At nine. My coach at the time, Ruth Adair, entered me in a county gala
in 2006 without telling my parents.

2) What was the hardest year?

2019, without a doubt. I tore my shoulder in February and missed the trials.

3) Will you compete in Los Angeles in 2028?

If my shoulder holds, yes.

--
Ines Caldwell | Team Coast Aquatics

-----Original Message-----
From: Mark Delaney <mark.delaney@coastherald.example>
Sent: 27 February 2024 09:30
To: Ines Caldwell <ines.caldwell@mail.example>
Subject: Q&A for Sunday edition

Hi Ines, three quick questions for the Sunday profile, if you have time.

1) When did you start swimming competitively?
2) What was the hardest year?
3) Will you compete in Los Angeles in 2028?

Thanks, Mark Delaney, Coast Herald
`;

  it("pairs each numbered question, the asker's, with the sender's answer under it; the signature and the original are no answers", async () => {
    for (const [text, sender, asker, answer, signature, original] of [
      [payments, 'Thabo Ranaka', 'Adaeze Okonjo', /started with three people/, /intended solely/, /Thank you for agreeing/],
      [swimmer, 'Ines Caldwell', 'Mark Delaney', /tore my shoulder/, /Team Coast Aquatics/, /three quick questions/],
    ] as const) {
      const corpus = await loadCorpus(tempCorpus({ 'mail.txt': text }));
      const qas = corpus.records.filter((r) => r.type === 'qa');
      expect(qas.length).toBeGreaterThanOrEqual(2);
      const qa = qas.find((r) => answer.test(r.text))!;
      expect(qa).toMatchObject({ speaker: sender, asker });
      expect(qa.question).toMatch(/\?$/);
      // The asker's questions are never the sender's words.
      expect(corpus.records.some((r) => r.speaker === sender && /\?$/.test(r.text) && r.type !== 'qa')).toBe(false);
      // The signature is nobody's words; the quoted original is the asker's, never the sender's.
      expect(corpus.records.some((r) => signature.test(r.text) && r.speaker === sender)).toBe(false);
      expect(corpus.records.some((r) => original.test(r.text) && r.speaker === sender)).toBe(false);
    }
  });
});
