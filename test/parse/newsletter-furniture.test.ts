/**
 * A newsletter interview pasted from its web page (Markdown, question headings): the platform's
 * calls ("Subscribe to get the next issue in your inbox.", "*Thanks for reading X! Share this post
 * with a friend…*") and its counts ("3 Likes · 1 Restack") were claims; a laugh noted in emphasis
 * ("*(laughs)* Maybe a little.") left its marks in the answer ("* * Maybe a little."); and a picture's
 * alt text kept the image's "!" ("!Amara Osei at the Kumasi plant (https://…)"). Found on an unseen
 * newsletter page (test/fixtures/unseen/substack-interview-amara-osei.md), December 5; the second text
 * is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  '# Rafael Duarte on running a night school for coders',
  '',
  '**Signal & Noise** · Mar 2, 2024',
  '',
  '![Rafael Duarte in the classroom](https://img.example.org/duarte.png)',
  '',
  'Subscribe for free to receive new posts and support my work.',
  '',
  'Rafael Duarte started the night school in 2018. It has taught 1,400 students.',
  '',
  '### Who comes?',
  '',
  'Bus drivers, nurses, a retired judge once. *[laughter]* She was the best of them.',
  '',
  '### What does it cost?',
  '',
  'Nothing for students. The city pays about $90,000 a year.',
  '',
  '_Thanks for reading Signal & Noise! Subscribe to support the next interview._',
  '',
  '12 likes | 4 comments',
  '',
].join('\n');

const texts = (records: readonly { text: string }[]) => records.map((r) => r.text);

describe("a newsletter page's furniture and marks", () => {
  it('reads the unseen page with no calls, counts or stray marks in its records', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['substack-interview-amara-osei.md']);
    const own = texts(c.records.filter((r) => r.doc === 'substack-interview-amara-osei'));
    expect(own.some((t) => /Subscribe|Thanks for reading|Restack|Share this post/.test(t))).toBe(false);
    expect(own).toContain('Amara Osei at the Kumasi plant (https://cdn.example.com/osei.jpg)');
    expect(own.find((t) => t.includes('Maybe a little'))).toMatch(/^Maybe a little\./);
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'night-school.md': SECOND }));
    const all = texts(c.records);
    expect(all.some((t) => /Subscribe|Thanks for reading|12 likes/.test(t))).toBe(false);
    expect(all).toContain('Rafael Duarte in the classroom (https://img.example.org/duarte.png)');
    expect(c.records.find((r) => r.question === 'Who comes?')!.text).toBe('Bus drivers, nurses, a retired judge once. She was the best of them.');
  });

  it('takes a transcriber\'s note in emphasis out of a transcript\'s turn with its marks', async () => {
    const c = await loadCorpus(tempCorpus({ 't.txt': 'Interview\n\nHOST: Were you scared?\n\nANA RUIZ: *(laughs)* Terrified. _[inaudible]_ We had six weeks of cash in 2019.\n' }));
    expect(c.records.find((r) => r.speaker === 'Ana Ruiz')!.text).toBe('(laughs) Terrified. We had six weeks of cash in 2019.');
  });

  it('keeps a sentence that only opens on those words', async () => {
    const c = await loadCorpus(tempCorpus({ 'memo.txt': 'Budget memo\n\nSubscribers to the newsletter rose to 4,000 in 2023, the editor said.\n\nShare this post office with the union, the council voted, because the lease ends in 2026 and nobody else will take it on.\n\nSubscribe to the newsletter, she urged readers in 2021.\n\nThanks for reading it every week.\n' }));
    expect(c.records.filter((r) => /Subscribe|post office|Thanks for reading/.test(r.text))).toHaveLength(4);
  });
});
