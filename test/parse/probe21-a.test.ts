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
    expect(qa.asker).toBeNull();
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
