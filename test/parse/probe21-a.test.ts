/**
 * Probe 21 (helper a): speech-to-text and meeting-recorder exports (Rev, Otter, Zoom, Fireflies),
 * unseen documents of the family.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

describe("A Zoom transcript's participant still under the device's name ([iPhone (3)] 10:02:30)", () => {
  const townhall = `[Samuel Oduya] 10:01:02
Good morning. This is the quarterly town hall. Questions are open.

[Samuel Oduya] 10:02:22
First one, from the Rotterdam depot.

[iPhone (3)] 10:02:30
Hi, it's Kwame from Rotterdam. Are there going to be layoffs at the
depots?

[Nadia Ferreira-Lund] 10:02:41
No. There is no plan for depot layoffs before March 2024.
`;
  // Other words: an Android phone's default name, a school board meeting.
  const board = `[Helen Marsh] 19:00:05
Welcome to the board meeting. We open the floor for public comment.

[Helen Marsh] 19:00:40
Go ahead, you're unmuted.

[Galaxy S21 Ultra] 19:00:48
Yes, hello, I'm a parent at Eastside. Why was the bus route cut in
September?

[Omar Reyes] 19:01:02
The route was cut because ridership fell below 12 students a day.
`;

  it("reads the device-named label as a turn of an unnamed voice, never words of the speaker before", async () => {
    const corpus = await loadCorpus(tempCorpus({ 'townhall.txt': townhall }));
    const qa = corpus.records.find((r) => r.type === 'qa' && /no plan for depot layoffs/.test(r.text))!;
    expect(qa.question).toBe('Hi, it\'s Kwame from Rotterdam. Are there going to be layoffs at the depots?');
    // the unnamed voice names itself and where it speaks from ("it's Kwame from Rotterdam"): its asker (probe58-a)
    expect(qa.asker).toBe('Kwame');
    expect(corpus.records.some((r) => /iPhone/.test(`${r.text} ${r.question ?? ''}`))).toBe(false);
    expect(corpus.records.some((r) => r.speaker === 'Samuel Oduya' && /Kwame/.test(`${r.text} ${r.question ?? ''}`) )).toBe(false);
  });

  it('reads the same shape with an Android default name', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'board.txt': board }));
    const qa = corpus.records.find((r) => r.type === 'qa' && /ridership fell/.test(r.text))!;
    expect(qa.speaker).toBe('Omar Reyes');
    expect(qa.question!.replace(/\s+/g, ' ')).toBe("Yes, hello, I'm a parent at Eastside. Why was the bus route cut in September?");
    expect(qa.asker).toBeNull();
    expect(corpus.records.some((r) => r.speaker === 'Helen Marsh' && /bus route/.test(`${r.text} ${r.question ?? ''}`))).toBe(false);
  });
});

describe("A Rev transcript's page footer (the recording's file name, its completion date, the page, the credit)", () => {
  const founder = `Halvorsen Interview - Final.mp3

Marcus Adeyemi (00:02:19):
What are you doing now?

Ingrid Halvorsen (00:02:21):
Angel investing, slowly. I've written 12 checks since 2022.

Marcus Adeyemi (00:02:40):
Ingrid Halvorsen, thank you.

Ingrid Halvorsen (00:02:43):
Thank you, Marcus.

Halvorsen Interview - Final.mp3 (Completed 11/10/22)
Transcript by Rev.com
Page 4 of 4
`;
  // Other words: a council official, the footer falling inside a turn at a page break of the PDF.
  const council = `Speaker 1 (00:04:10):
How many crossings did the county close?

Dolores Quint (00:04:14):
We closed eleven crossings in 2019, and the last one reopened in
Quint_call_0314.m4a (Completed 03/15/23)
Page 2 of 6
Transcript by Rev.com
the spring of 2021 after the bridge inspection.

Speaker 1 (00:04:40):
Thank you.
`;

  it('keeps the footer out of the last turn', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'founder.txt': founder }));
    const last = corpus.records.find((r) => /Thank you, Marcus/.test(r.text))!;
    expect(last.speaker).toBe('Ingrid Halvorsen');
    expect(last.text).toBe('Thank you, Marcus.');
    expect(corpus.records.some((r) => /\.mp3|Rev\.com/.test(`${r.text} ${r.question ?? ''}`))).toBe(false);
  });

  it('keeps the footer out of a turn it interrupts at a page break', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'council.txt': council }));
    const answer = corpus.records.find((r) => /eleven crossings/.test(r.text))!;
    expect(answer.speaker).toBe('Dolores Quint');
    expect(answer.text.replace(/\s+/g, ' ')).toBe('We closed eleven crossings in 2019, and the last one reopened in the spring of 2021 after the bridge inspection.');
  });
});

describe("An Otter export's header: its keywords and its speakers, an unnamed voice among them", () => {
  const budget = `Budget prep call - Mayor Okafor
Tue, Mar 14, 2023 10:02AM • 38:41

SUMMARY KEYWORDS
levy, transit, bond, council, overtime, budget, vote

SPEAKERS
Adaeze Okafor, Tom Brennan, Unknown Speaker

Tom Brennan  00:04
Mayor, do you want to start with the levy or with transit?

Adaeze Okafor  00:11
Levy first. Council votes on the 28th.

Unknown Speaker  00:38
Is the police overtime in that?

Adaeze Okafor  00:42
It is. Overtime is budgeted at 6.8 million.
`;
  // Other words: a founder's board call, two voices Otter could not name.
  const board = `Board call - Q3 update
Wed, Oct 4, 2023 4:30PM • 22:10

SUMMARY KEYWORDS
runway, hiring, churn, pricing

SPEAKERS
Lena Vogt, Unknown Speaker, Marco Ruiz

Lena Vogt  00:02
Runway is nineteen months at the current burn.

Marco Ruiz  00:20
And hiring?

Unknown Speaker  00:24
We froze it in August.
`;

  it('makes no claim of the keywords nor of the speakers line', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'budget.txt': budget }));
    const claims = corpus.records.filter((r) => r.type === 'claim').map((r) => r.text);
    expect(claims).toEqual([]);
    expect(corpus.records.every((r) => r.section === null)).toBe(true);
  });

  it('reads the same shape in other words', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'board.txt': board }));
    expect(corpus.records.filter((r) => r.type === 'claim').map((r) => r.text)).toEqual([]);
    expect(corpus.records.find((r) => /nineteen months/.test(r.text))!.speaker).toBe('Lena Vogt');
    expect(corpus.records.every((r) => r.section === null)).toBe(true);
  });

  it('heads no section with the keywords when no speakers block follows', async () => {
    const keywordsOnly = budget.replace(/SPEAKERS\n.*\n\n/, '');
    const corpus = await loadCorpus(tempCorpus({ 'keywords.txt': keywordsOnly }));
    expect(corpus.records.filter((r) => r.type === 'claim').map((r) => r.text)).toEqual([]);
    expect(corpus.records.every((r) => r.section === null)).toBe(true);
  });
});

describe("A meeting recorder's participants line over the turns, a generic voice on it", () => {
  const sync = `Lumen Grid / Harbor Ventures - follow-up call
Fri, 2 Jun 2023 · 31 min
Participants: Oren Batista, Keiko Marsh, Speaker 2, Devika Sandhu
Transcript generated by Fireflies.ai

Oren Batista
00:00
Thanks for making the time again, Keiko.

Keiko Marsh
00:05
Net revenue retention was 118%. Over what period?

Speaker 2
00:24
Trailing twelve months. Sorry, this is Devika, I'm on my phone.

Devika Sandhu
00:36
The Ohio contract was signed on May 19th.
`;
  // Other words: a city's vendor call, the voice Otter could not name on the list.
  const vendor = `Parks contract review
Mon, 8 Jan 2024 · 18 min
Participants: Ruth Abara, Unknown Speaker, Colm Daly

Ruth Abara
00:00
Where are we on the playground tender?

Colm Daly
00:09
Three bids came in. The lowest is 1.2 million.

Unknown Speaker
00:20
Does that include the surfacing?
`;

  it('makes no claim of the participants line when everyone on it speaks', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'sync.txt': sync }));
    expect(corpus.records.filter((r) => r.type === 'claim').map((r) => r.text)).toEqual([]);
    expect(corpus.records.every((r) => r.section === null)).toBe(true);
  });

  it('reads the same shape in other words', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'vendor.txt': vendor }));
    expect(corpus.records.filter((r) => r.type === 'claim').map((r) => r.text)).toEqual([]);
    expect(corpus.records.every((r) => r.section === null)).toBe(true);
  });
});

describe("A meeting export's dateline opening on the weekday's short name ('Fri, 2 Jun 2023')", () => {
  const sync = `Sync call
Fri, 2 Jun 2023
Participants: Oren Batista, Keiko Marsh, Ama Owusu

Oren Batista
00:00
Thanks for making the time.

Keiko Marsh
00:05
What is churn?

Oren Batista
00:24
It is 46 at the start.
`;
  // Other words: a US date order, another weekday.
  const review = `Hiring review
Tue, Mar 14, 2023
Participants: Lena Vogt, Marco Ruiz, Sam Adeyemi

Lena Vogt
00:00
We have nine open roles.

Marco Ruiz
00:10
How many offers are out?

Lena Vogt
00:14
Three, all for engineering.
`;
  it('is no poster: the participants line under it is nobody\'s words', async () => {
    for (const [name, text] of [['sync.txt', sync], ['review.txt', review]] as const) {
      const corpus = await loadCorpus(tempCorpus({ [name]: text }));
      expect(corpus.records.some((r) => r.speaker === 'Fri' || r.speaker === 'Tue')).toBe(false);
      expect(corpus.records.find((r) => /^Participants:/.test(r.text))?.speaker ?? null).toBeNull();
    }
  });
});
