/**
 * Probe 20 / b: social-media threads copied from a browser (test/fixtures/probe20/b). Each rule is
 * tested on the fixture and on a text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const b = fixtureCorpus(join(FIXTURES, 'probe20', 'b'));
type Rec = ReturnType<typeof recordsOf>[number];
const recAt = (recs: Rec[], words: string) => recs.find((r) => r.text.includes(words) || (r.question ?? '').includes(words));
const speakerAt = (recs: Rec[], words: string) => recAt(recs, words)?.speaker;
const hasText = (recs: Rec[], words: string) => recs.some((r) => r.text === words || r.text.startsWith(words + ' '));

describe("new Reddit's comment header: 'level N' over a lower-case user name, 'OP' and '· 3 yr. ago' under it", () => {
  it('the fixture: each comment is its author\'s, the OP\'s answer to a question is a qa', () => {
    const recs = recordsOf(b, 'reddit-ama-ferreira');
    expect(speakerAt(recs, 'One meeting. In March 2023')).toBe('tomas_ferreira_solv');
    expect(recAt(recs, 'Nine weeks is brutal')?.asker).toBe('anodeanna');
    expect(speakerAt(recs, 'Co-founder here')).toBe('lucia_marchetti');
    expect(speakerAt(recs, 'closer to $52 million')).toBe('tomas_ferreira_solv');
    for (const furniture of ['level 1 gridlock_gus', 'OP', '3 yr. ago', 'Reply', 'Save', 'Verified', 'Continue this thread']) expect(hasText(recs, furniture)).toBe(false);
  });

  it('the same shape in other words', () => {
    const doc = [
      'r/AskHistorians',
      '',
      'level 1',
      'quiet_archivist',
      '· 2 yr. ago',
      'Why did the harbour commission close the east dock in 1911?',
      '54',
      'Reply',
      'Share',
      '',
      'level 2',
      'dr_mbeki_ports',
      'OP',
      '· 2 yr. ago',
      'Mostly silt. The survey of 1909 found the channel had lost two metres of depth.',
      '31',
      'Reply',
      'Share',
      '',
      'level 3',
      'ferryman_77',
      '· 2 yr. ago',
      'My grandfather worked that dock until it shut.',
      '9',
      'Reply',
    ].join('\n');
    const recs = recordsOf(loadCorpus(tempCorpus({ 'harbour-thread.txt': doc })), 'harbour-thread');
    expect(speakerAt(recs, 'Mostly silt')).toBe('dr_mbeki_ports');
    expect(speakerAt(recs, 'My grandfather worked')).toBe('ferryman_77');
    expect(hasText(recs, 'OP')).toBe(false);
  });
});

describe("a Mastodon post's header: the display name over its '@user@server' handle, the stamp and counters under the post", () => {
  it('the fixture: each post is its author\'s', () => {
    const recs = recordsOf(b, 'mastodon-vos');
    expect(speakerAt(recs, 'The breach exposed records')).toBe('Hanne Vos');
    expect(recAt(recs, 'did anyone from the ministry')?.asker).toBe('Ruud Kamphuis');
    expect(speakerAt(recs, 'did anyone from the ministry')).toBe('Hanne Vos');
    expect(speakerAt(recs, 'In 2022 I relied on the assurance')).toBe('Joost Verhaegen');
    for (const furniture of ['Hanne Vos', '@hvos@mastodon.social', '12 boosts · 30 favourites', 'Feb 15, 2024, 10:04 · 🌐 · Web']) expect(hasText(recs, furniture)).toBe(false);
  });

  it('the same shape in other words', () => {
    const doc = [
      'Tomasz Brenner',
      '@tbrenner@fediscience.org',
      '',
      'Our survey of 412 farms found soil carbon fell by 8% between 2015 and 2022.',
      '',
      'Mar 2, 2023, 09:15 · 🌐 · Web',
      '4 boosts · 12 favourites',
      '',
      'Alma Ruiz',
      '@alma@scholar.social',
      '',
      '@tbrenner which regions lost the most?',
      '',
      'Mar 2, 2023, 09:40 · 🌐 · Tusky',
      '0 boosts · 2 favourites',
    ].join('\n');
    const recs = recordsOf(loadCorpus(tempCorpus({ 'soil-thread.txt': doc })), 'soil-thread');
    expect(speakerAt(recs, 'Our survey of 412 farms')).toBe('Tomasz Brenner');
    expect(speakerAt(recs, 'which regions lost the most')).toBe('Alma Ruiz');
    expect(hasText(recs, '4 boosts · 12 favourites')).toBe(false);
  });
});

describe("LinkedIn: the post's age with its marks ('2d • Edited •'), the 'Author' badge on the line under a name", () => {
  it("the fixture: the post is its author's, her replies are hers, not 'Author''s", () => {
    const recs = recordsOf(b, 'linkedin-raman');
    expect(speakerAt(recs, 'pausing the Kestrel rollout')).toBe('Priya Raman');
    expect(speakerAt(recs, 'soften the numbers')).toBe('Priya Raman');
    expect(speakerAt(recs, 'University of Leeds')).toBe('Priya Raman');
    expect(recs.some((r) => r.speaker === 'Author')).toBe(false);
  });

  it('the same shape in other words', () => {
    const doc = [
      'Jonas Whitfield • 2nd',
      'Head of Logistics at Arkwright Rail',
      '5d • Edited • ',
      '',
      'We cut late deliveries by 22% in 2024 by moving the depot shifts.',
      'Like',
      'Comment',
      '',
      'Mei Tanaka • 3rd+',
      'Operations Analyst',
      '4d',
      '',
      'Which depots moved first?',
      'Like',
      'Reply',
      '',
      'Jonas Whitfield',
      'Author',
      'Head of Logistics at Arkwright Rail',
      '4d',
      '',
      'Leeds and Crewe, in March.',
      'Like',
      'Reply',
    ].join('\n');
    const recs = recordsOf(loadCorpus(tempCorpus({ 'depot-post.txt': doc })), 'depot-post');
    expect(speakerAt(recs, 'We cut late deliveries')).toBe('Jonas Whitfield');
    expect(speakerAt(recs, 'Leeds and Crewe')).toBe('Jonas Whitfield');
    expect(recs.some((r) => r.speaker === 'Author')).toBe(false);
  });
});

describe("X, LinkedIn and Reddit page chrome in a thread: no one's words", () => {
  it('the fixtures: "…see more", the reactions line, "Show more", the reply target\'s "and", the sidebar headings, the "Author" badge\'s headline', () => {
    const li = recordsOf(b, 'linkedin-raman');
    expect(recAt(li, 'pausing the Kestrel rollout')!.text).not.toMatch(/see more|1,283 others/);
    expect(recAt(li, 'soften the numbers')!.text).not.toContain('Chief Operating Officer');
    const x = recordsOf(b, 'x-thread-lindqvist');
    expect(recAt(x, 'The other five never did')!.text).not.toContain('Show more');
    expect(recAt(x, 'This is not how I remember it')!.text.startsWith('This is not')).toBe(true);
    expect(x.some((r) => /See new posts|Trending now|What's happening|Writing about audits/.test(r.text))).toBe(false);
  });

  it('the same shapes in other words', () => {
    const doc = [
      'Ruth Okafor',
      '@rokafor',
      'We signed the Lagos depot lease in 2022 for 15 years.',
      'Show more',
      '8:02 PM · Jun 9, 2023',
      '12',
      'Sam Adeyemi',
      '@samade',
      '·',
      'Jun 9',
      'Replying to',
      '@rokafor',
      'and',
      '@lagosports',
      'Who negotiated the rent review?',
      '3',
      'Ruth Okafor',
      '@rokafor',
      '·',
      'Jun 10',
      'Our property lead, in 2021.',
      'Who to follow',
      'Ruth Okafor',
      '@rokafor',
      'Logistics, West Africa. Views my own.',
      'Follow',
    ].join('\n');
    const recs = recordsOf(loadCorpus(tempCorpus({ 'lease-thread.txt': doc })), 'lease-thread');
    expect(recAt(recs, 'Lagos depot lease')!.text).not.toContain('Show more');
    expect(recAt(recs, 'Lagos depot lease')!.year).toBe(2023);
    expect(recAt(recs, 'Who negotiated the rent review')!.question ?? '').not.toMatch(/^and|Replying/);
    expect(recs.some((r) => r.text.includes('Who to follow') || r.text.includes('Views my own'))).toBe(false);
    const li = [
      'Amara Lindgren • 2nd',
      'Head of Retail at Norrvik',
      '3w • Edited •',
      '',
      'We closed 9 of our 40 stores in 2023 and none of our staff lost their jobs.',
      '…see more',
      'Jonas Berg and 212 others',
      'Like',
      '',
      'Per Holm • 3rd+',
      'Store Manager',
      '2w',
      '',
      'How long did the retraining take?',
      'Like',
      '',
      'Amara Lindgren',
      'Author',
      'Head of Retail at Norrvik',
      '2w',
      '',
      'Six weeks on average.',
      'Like',
    ].join('\n');
    const lr = recordsOf(loadCorpus(tempCorpus({ 'stores-post.txt': li })), 'stores-post');
    expect(recAt(lr, 'We closed 9 of our 40 stores')!.text).not.toMatch(/see more|212 others/);
    expect(recAt(lr, 'Six weeks on average')!.text).not.toContain('Head of Retail');
  });
});
