/**
 * Leftovers of probe35-b (fix45): a Discourse topic copied from the browser (b12–b15). Each post
 * stands under its header over lines (a lower-case user name, a badge beside it or the full name
 * under it, the post's date alone: "Mar '24", "Nov 28, 2023", "2d"); its tallies and buttons
 * ("27 Likes", "Reply", "Solution"), the topic's stats line and the "Related Topics" table are the
 * page's chrome; an excerpt indented under "user:" is the quoted user's words. Each shape is read in
 * the probe's document and in a topic of our own in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const PROBE = join(FIXTURES, 'probe35', 'b');
const DOC = 'discourse-sunset-legacy-staking-pool';
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const at = (c: Corpus, doc: string, line: number) => recs(c, doc).filter((r) => r.line <= line && r.endLine >= line);
const holding = (c: Corpus, doc: string, words: string) => recs(c, doc).filter((r) => r.text.includes(words));

// Another forum, other users, other date forms: a full date, an age, a badge, a full name beside the user name.
const OTHER = [
  'Skip to main content',
  'Loomwork Makers Forum',
  '',
  'Warp tension drifts on the 60cm rigid heddle after an hour',
  'Equipment  rigid-heddle',
  '',
  'petra.lind',
  'Petra Lindqvist',
  'Nov 28, 2023',
  '',
  'After about an hour of weaving the warp goes slack on the left side only. I re-tied the front bar twice and it keeps happening.',
  '',
  '2 Replies',
  '5 Likes',
  'Reply',
  '',
  'kw_osei  Moderator',
  'Nov 29, 2023',
  '',
  '    petra.lind:',
  '    the warp goes slack on the left side only',
  '',
  'That is almost always the back beam pawl slipping a tooth. Check whether the pawl spring is still seated before you re-tie anything.',
  '',
  'Solution',
  '9 Likes',
  'Reply',
  '',
  'hollis_r Hollis Renwick',
  '2d',
  '',
  'Same thing on mine last winter; a new spring fixed it within a day.',
  '',
  '1 Like',
  'Reply',
  '',
  "created Nov '23   last reply 2d   3 replies   412 views   3 users   15 likes",
  '',
  'Suggested Topics',
  'Topic                                   Replies   Views   Activity',
  'Sett charts for double-weave scarves    14        880     Oct 2023',
  'Choosing a reed for sport-weight wool    6        301     Sep 2023',
  '',
].join('\n');

describe('a Discourse topic copied from the browser (probe35-b b12–b15)', () => {
  const probe = () => fixtureCorpus(PROBE, [`${DOC}.txt`]);

  it("reads each post as its writer's, the full name for the user name, the badge as the role (b12)", () => {
    const c = probe();
    const first = holding(c, DOC, 'I propose we freeze new deposits');
    expect(first.map((r) => r.speaker)).toEqual(['Marta Kovač']);
    // Her later post shows the user name only: still hers.
    expect(holding(c, DOC, 'Vote opens Monday').map((r) => r.speaker)).toEqual(['Marta Kovač']);
    const founder = holding(c, DOC, 'rotate Lukas out of the multisig');
    expect(founder.map((r) => [r.speaker, r.role])).toEqual([['jbellamy', 'Founder']]);
    expect(holding(c, DOC, '71% of the pool').map((r) => [r.speaker, r.role])).toEqual([['amara.n', 'Team']]);
    expect(recs(c, DOC).filter((r) => r.speaker === null && r.line > 6)).toEqual([]);
  });

  it('reads the headers, tallies, stats line and Related Topics as no claims (b13)', () => {
    const c = probe();
    for (const line of [8, 9, 10, 16, 17, 18, 20, 21, 31, 32, 46, 47, 70, 74, 76, 77, 78, 79]) expect(at(c, DOC, line).filter((r) => r.type === 'claim')).toEqual([]);
    expect(holding(c, DOC, '23 replies')).toEqual([]);
    expect(holding(c, DOC, 'Treasury diversification')).toEqual([]);
  });

  it("reads an excerpt under \"user:\" as the quoted user's words (b14)", () => {
    const c = probe();
    const quoted = recs(c, DOC).filter((r) => r.type === 'qa' && r.question === 'one signer has left the project');
    expect(quoted.map((r) => [r.asker, r.speaker])).toEqual([['Marta Kovač', 'ohm_dev']]);
    const excerpt = recs(c, DOC).filter((r) => r.type === 'qa' && r.question === 'rewards should end on 31 July, not 30 September');
    expect(excerpt.map((r) => [r.asker, r.speaker])).toEqual([['jbellamy', 'sunfish']]);
    expect(holding(c, DOC, 'marta_k:')).toEqual([]);
  });

  it("dates each post by its header's \"Mar '24\" (b15)", () => {
    const c = probe();
    expect([...new Set(recs(c, DOC).filter((r) => r.line >= 8).map((r) => r.year))]).toEqual([2024]);
  });

  it('reads a topic of another forum in other words and date forms', () => {
    const c = loadCorpus(tempCorpus({ 'loom.txt': OTHER }));
    const doc = 'loom';
    expect(holding(c, doc, 'warp goes slack on the left side only. I re-tied').map((r) => [r.speaker, r.year])).toEqual([['Petra Lindqvist', 2023]]);
    const answer = holding(c, doc, 'back beam pawl');
    expect(answer.map((r) => [r.type, r.speaker, r.role, r.asker, r.question, r.year])).toEqual([
      ['qa', 'kw_osei', 'Moderator', 'Petra Lindqvist', 'the warp goes slack on the left side only', 2023],
    ]);
    // The full name beside the user name.
    expect(holding(c, doc, 'a new spring fixed it').map((r) => r.speaker)).toEqual(['Hollis Renwick']);
    for (const words of ['Solution', '9 Likes', '412 views', 'Suggested Topics', 'Sett charts', 'Nov 29, 2023', 'Moderator']) expect(holding(c, doc, words)).toEqual([]);
  });
});
