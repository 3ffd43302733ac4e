/**
 * A LinkedIn post copied with its comments, as the page lays them out when selected: the post's
 * author commenting shows the "Author" badge on the name's own line ("Amara Okonjo Author"), and
 * each comment's action bar is one line with its tallies ("Like · 42 | Reply · 3 replies"). Before,
 * "Amara Okonjo Author" was a second person, and every comment ended in its action bar. Found on an
 * unseen post (test/fixtures/unseen/linkedin-post-okonjo.txt), December 5.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { type: string; speaker: string | null; asker: string | null; text: string };

describe("a LinkedIn post's comments copied from the page", () => {
  it("name the post's author without the badge, and end before the action bar (unseen post)", () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['linkedin-post-okonjo.txt']);
    const records = c.records.filter((r) => r.doc === 'linkedin-post-okonjo') as Rec[];
    expect([...new Set(records.map((r) => r.speaker))]).toEqual(['Amara Okonjo', 'Daniel Mbeki']);
    expect(records.filter((r) => /Like ·|\| Reply/.test(r.text))).toEqual([]);
    expect(records.find((r) => r.text.startsWith('Daniel Mbeki exactly'))).toMatchObject({ speaker: 'Amara Okonjo' });
  });

  it('in other words: another post, its author answering a question in the comments', () => {
    const text = [
      'Tomás Reyes',
      'Founder at Granero Foods',
      '1w • ',
      '',
      'We opened our fourth kitchen in Valencia today. 38 jobs, all local hires.',
      '',
      '👍❤️ 905',
      '41 comments',
      '',
      'Like',
      'Comment',
      'Repost',
      'Send',
      '',
      'Lucía Ortega • 2nd',
      'Chef and consultant',
      '6d',
      'Congratulations! Which city is next?',
      'Like · 3 | Reply · 1 reply',
      '',
      'Tomás Reyes Author',
      'Founder at Granero Foods',
      '6d',
      'Lucía Ortega Bilbao, in spring 2026 if the lease goes through.',
      'Like · 7 | Reply',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'post.txt': text })).records as Rec[];
    expect(records.some((r) => r.speaker === 'Tomás Reyes Author' || r.asker === 'Tomás Reyes Author')).toBe(false);
    expect(records.filter((r) => /Like ·/.test(r.text))).toEqual([]);
    expect(records.find((r) => r.text.includes('Bilbao, in spring 2026'))).toMatchObject({ speaker: 'Tomás Reyes' });
  });

  it('still reads the badge set off by a bullet ("Yi He • Author") as its own header form', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe8', 'c3'), ['linkedin-post-heyi-2024-03.txt']);
    const reply = c.records.find((r) => r.text.startsWith('Thank you Tomasz'));
    expect(reply?.speaker).toMatch(/^(?:Yi He|He Yi)$/); // (the folder's speakers.yml, read with it, makes her He Yi)
    expect(c.records.filter((r) => r.text.includes('• Author'))).toEqual([]);
  });
});
