/**
 * Probe 22 (helper g): podcast and video-interview transcripts copied from show pages and YouTube.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

async function records(text: string) {
  return (await loadCorpus(tempCorpus({ 'doc.txt': text }))).records;
}

describe('A sponsor read between "[AD BREAK]" and "[END AD BREAK]" in a labelled transcript', () => {
  const cfo = `[00:00:41] Tamsin Reid: And you raised it with the chief executive?

[00:00:44] Oluwaseun Adeyemi: I raised it the same week. It was my problem.

[AD BREAK]

This episode is brought to you by Ledgerline. Go to ledgerline.io/margin for a free 30-day trial.

[END AD BREAK]

[00:18:02] Tamsin Reid: We're back. What happened next?

[00:18:09] Oluwaseun Adeyemi: Nothing for two months.
`;
  // Other words: a sports show, the break in parentheses, the read by a plain paragraph.
  const coach = `MIRA: How did the team take the relegation in 2023?

DANIEL OKORO: Badly. I cried in the car park.

(MIDROLL)

Support for this show comes from Fieldline Boots. Use code PITCH for 15% off your first pair.

MIRA: And the rebuild after that?

DANIEL OKORO: We signed nine players in one window.
`;
  it('gives the read to nobody: the answer above it ends at the break', async () => {
    const a = (await records(cfo)).find((r) => /my problem/.test(r.text))!;
    expect(a.text).not.toMatch(/Ledgerline/);
    const read = (await records(cfo)).find((r) => /Ledgerline/.test(r.text))!;
    expect(read.speaker).toBeNull();
    const b = (await records(coach)).find((r) => /car park/.test(r.text))!;
    expect(b.text).not.toMatch(/Fieldline/);
    const read2 = (await records(coach)).find((r) => /Fieldline/.test(r.text))!;
    expect(read2.speaker).toBeNull();
  });
});

describe("The show's credits under the last turn", () => {
  const founders = `Graham Pell [00:00:04]
Welcome to the show. Nadia, welcome.

Nadia Okonkwo-Reyes [00:00:19]
Thanks, Graham. We cut 140 jobs in 2024.

Graham Pell [01:03:12]
Nadia Okonkwo-Reyes, thank you for coming on.

Nadia Okonkwo-Reyes [01:03:15]
Thank you for having me.

Founders Ledger is produced by Bellweather Audio. © 2026 Bellweather Audio LLC. All rights reserved.
`;
  // Other words: a labelled transcript, the credit a production line and its producer.
  const cfo = `[00:19:01] Tamsin Reid: Oluwaseun Adeyemi, thank you.

[00:19:09] Oluwaseun Adeyemi: Write everything down. Date it.

[00:19:11] Tamsin Reid: Thanks for coming in.

[00:19:13] Oluwaseun Adeyemi: Thank you, Tamsin.

Margin Call is a Reidwell Media production. Executive producer: Leon Barca.
`;
  it('are nobody\'s words, not the last answer going on', async () => {
    const a = (await records(founders)).find((r) => /having me/.test(r.text))!;
    expect(a.text).not.toMatch(/Bellweather/);
    expect(a.years).toEqual([]);
    const b = (await records(cfo)).find((r) => /Thank you, Tamsin/.test(r.text))!;
    expect(b.text).not.toMatch(/Reidwell/);
    expect((await records(cfo)).find((r) => /Reidwell/.test(r.text))!.speaker).toBeNull();
  });
});

describe('A credit line under the sign-off ("Music: …") is no speaker', () => {
  const runners = `JO: Talk us through the final.

KOFI ASANTE-MILLS: I didn't look at the clock. I thought I was fifth.

JO: That's the show. Rate us, it helps, apparently.

---
Music: "Back Straight" by The Pacers. Edited by Marcus Odom.
`;
  const chefs = `PRIYA: What's next for the restaurant?

LUIS ORTEGA: A second site in Valencia, in 2027.

PRIYA: Luis, thank you. See you next week, everyone.

Theme music: "Low Heat" by Sara Lind.
`;
  it('reads the credit as nobody\'s and names no speaker "Music"', async () => {
    for (const text of [runners, chefs]) {
      const recs = await records(text);
      expect(recs.map((r) => r.speaker)).not.toContain('Music');
      expect(recs.map((r) => r.speaker)).not.toContain('Theme music');
      const credit = recs.find((r) => /by The Pacers|Low Heat/.test(r.text))!;
      expect(credit.speaker).toBeNull();
    }
  });
});

describe("A YouTube page's stats row under the title dates the video", () => {
  const minister = `Energy Minister Ingrid Halvorsen: "We will not blink on the 2030 target" | The Long Table
48,213 views  Premiered Oct 14, 2025  #energy #norway #interview
The Long Table with Dev Mahajan. This week Dev sits down with the energy minister.

Transcript

0:00
Minister, thank you for sitting down with us.
0:03
Thank you, Dev, it's a pleasure.
`;
  const coach = `Coach Amara Diallo on the 2031 bid | Full Interview
1.2M views  Streamed live on Mar 3, 2024
Amara Diallo talks to Sports Desk about the bid.

0:00
Coach, welcome.
0:02
Thanks for having me.
`;
  it('takes the date on the stats row, not a year in the title', async () => {
    const a = (await records(minister)).find((r) => /pleasure/.test(r.text))!;
    expect(a.date).toBe('2025-10-14');
    const b = (await records(coach)).find((r) => /having me/.test(r.text))!;
    expect(b.date).toBe('2024-03-03');
  });
});

describe('A YouTube comment under the transcript: "@handle 2 days ago"', () => {
  const text = `Minister Halvorsen on wind | The Long Table
48,213 views  Oct 14, 2025

Transcript

0:00
Minister, thank you for sitting down with us.
0:03
Thank you, it's a pleasure.

Comments 312
@fjordwatcher 2 days ago
Great interview, she dodged the auction question though.
@k_morten99 1 day ago
Dev always lets them off the hook.
`;
  it('credits the comment to the whole handle, never a fragment of it', async () => {
    const recs = await records(text);
    const c = recs.find((r) => /dodged/.test(r.text))!;
    expect(c.speaker).toBe('@fjordwatcher');
    expect(recs.find((r) => /off the hook/.test(r.text))!.speaker).toBe('@k_morten99');
  });
});

describe("A guest's quotation of someone else inside an answer", () => {
  // The speaker named after "with" ("I raised it with Curtis Vane"), then "He told me, …".
  const cfo = `TAMSIN: And you raised it with the chief executive?

OLUWASEUN ADEYEMI: I raised it with Curtis Vane the same week. He said, "The auditors signed it, so it's not your problem." It was my problem.

TAMSIN: And then?

OLUWASEUN ADEYEMI: The audit chair, Ruth Okafor, called me. I wanted to resign in May and she said, "Stay until the audit is done." So I stayed.
`;
  // Other words: a footballer on his manager, met with; the pronoun in a clause after "but".
  const striker = `PRIYA: Who talked you out of retiring?

TOMAS BRENNER: I sat down with Greta Lindqvist after the final. She said, "You have two more seasons in those legs." She was right.

PRIYA: And your agent?

TOMAS BRENNER: My agent, Pavel Kron, disagreed. I wanted to sign for Porto but he said, "Wait until January, the price will drop." He was wrong.
`;
  it('credits the quotation to the person the pronoun stands for, not the guest', async () => {
    const a = await records(cfo);
    expect(a.find((r) => r.type === 'quote' && /auditors signed/.test(r.text))?.speaker).toBe('Curtis Vane');
    const b = await records(striker);
    expect(b.find((r) => r.type === 'quote' && /two more seasons/.test(r.text))?.speaker).toBe('Greta Lindqvist');
  });
  it('reads "… and she said, “…”" as the pronoun\'s words, not the guest\'s own', async () => {
    const a = await records(cfo);
    const q = a.find((r) => r.type === 'quote' && /Stay until/.test(r.text));
    expect(q?.speaker).toBe('Ruth Okafor');
    const b = await records(striker);
    const q2 = b.find((r) => r.type === 'quote' && /price will drop/.test(r.text));
    expect(q2?.speaker).toBe('Pavel Kron');
  });
});
