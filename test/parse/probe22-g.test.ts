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
    // (the credits are the episode's furniture, no record at all: fix81-a; search still finds them as nearby words)
    expect((await records(cfo)).find((r) => /Reidwell/.test(r.text))).toBeUndefined();
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

// (The page copied whole, its comments under the transcript. A copy without comments is still read
// as prose, its stamps glued into the sentences: left for the captions shape, see FINDINGS-g g3b.)
describe('A YouTube "Show transcript" copy: a sentence cut by a caption stamp on its own line', () => {
  const minister = `Energy Minister Ingrid Halvorsen on wind | The Long Table
48,213 views  Premiered Oct 14, 2025  #energy
The Long Table with Dev Mahajan. This week Dev sits down with the energy minister
to talk about offshore wind and the Utsira auction.
Chapters:
0:00 Cold open
1:12 Offshore wind
Subscribe for new interviews every Tuesday.
...more

Transcript

0:00
Minister, thank you for sitting down with us.
0:03
Thank you, Dev, it's a pleasure.
0:06
You've said the 2030 target is not negotiable. Is that still true?
0:12
It is true. We committed to a 55% cut and we will not blink on it.
1:12
Let's talk about offshore wind. The government promised 30 gigawatts by 2040.
1:19
Yes, and we are on track for the first tender next year.
1:27
The industry said the subsidy ceiling was too low.
1:31
The industry always says that. When I was at the finance ministry in 2019
1:36
we heard exactly the same argument about hydrogen.
1:42
Next time the ceiling will be higher.

Comments 312
@fjordwatcher 2 days ago
Great interview, she dodged the auction question though.
@kmorten 1 day ago
Dev always lets them off the hook.
`;
  // Other words: a coach's interview, the cut after "because".
  const coach = `Coach Amara Diallo: "We are ready for 2031" | Sports Desk
1.2M views  Streamed live on Mar 3, 2024  #football
Sports Desk with Rui Campos. Rui talks to the national coach Amara Diallo
about the bid, the squad and the final they lost.
Chapters:
0:00 Intro
0:40 The bid
Follow us for more interviews.
...more

Transcript

0:00
Coach, welcome to the show.
0:02
Thank you for having me, Rui.
0:40
Let's start with the bid. How many stadiums are ready?
0:45
Four of the six. The other two will be finished in 2029.
0:52
And the budget?
0:54
Around 1.2 billion, most of it private money.
1:03
You lost the 2019 final. Does that still hurt?
1:07
We lost the 2019 final because
0:08
nobody on that bench had played a final before.
0:12
That changes now.

Comments 48
@rui_fan_77 5 hours ago
Best coach we have had in twenty years.
@lisbon.goals 3 hours ago
Still not over that final.
`;
  it('reads the sentence as one record across the stamp', async () => {
    const a = (await records(minister)).find((r) => /finance ministry/.test(r.text))!;
    expect(a.text).toMatch(/in 2019 we heard exactly the same argument/);
    const b = (await records(coach)).find((r) => /2019 final because/.test(r.text))!;
    expect(b.text).toMatch(/because nobody on that bench/);
    expect(b.text).not.toMatch(/0:08/);
    expect((await records(coach)).find((r) => /That changes now/.test(r.text))!.text).not.toMatch(/bench/);
  });
});
