/**
 * Long-form pages (fix56-b, the leftovers of probe43-b). Before:
 * - a newsletter's buttons copied with the post ("[Subscribe now](…)", "[Leave a comment](…)",
 *   "Upgrade to paid", "Type your email…", "58 Likes∙9 Restacks", "[Copy link](#) · [LinkedIn](#)")
 *   were claims of the writer;
 * - what a page sets under a release's or a story's end mark ("###", "# # #", "-30-", "ENDS") joined the
 *   last turn above it, or was the byline writer's or the speech's speaker's claim;
 * - an oral history's chapter under its narrator's heading ("Setsuko Hayashida, b. 1931") gave her
 *   first-person telling to nobody (or to the book's compiler).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex, documentWordsOf } from '../../src/index/index.js';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { search } from '../../src/query/search.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'fix56', 'b');
const P43 = join(FIXTURES, 'probe43', 'b');
const findable = async (c: Corpus, word: string) => (await search(buildIndex(c.records, documentWordsOf(c.documents, c.records)), word)).length > 0;
const rows = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc).map((r) => ({ line: r.line, type: r.type, speaker: r.speaker, text: r.text }));

describe("a newsletter's buttons are the page's, no claim of the writer", () => {
  it('keeps the Substack post to its text; the buttons stay searchable', async () => {
    const c = fixtureCorpus(DIR, ['harbour-notes-substack-issue-31.md']);
    const recs = rows(c, 'harbour-notes-substack-issue-31');
    expect(recs.map((r) => r.line)).toEqual([12, 14, 14, 16, 18, 22, 22]);
    expect(recs.find((r) => r.line === 16)).toMatchObject({ type: 'quote', speaker: 'Aksel Brandt' });
    expect(recs.filter((r) => r.type === 'claim').every((r) => r.speaker === 'Linnea Vostrikova')).toBe(true);
    for (const w of ['Upgrade', 'Restacks', 'Copy', 'comment', 'Type']) expect(await findable(c, w)).toBe(true);
  });

  it("probe43-b's newsletter and open letter: Subscribe now, Leave a comment, the share bar", () => {
    const c = fixtureCorpus(P43, ['newsletter-the-margin-issue-112.md', 'open-letter-kestrel-founder-blog.md']);
    const news = rows(c, 'newsletter-the-margin-issue-112');
    expect(news.filter((r) => r.line === 34 || r.line === 60)).toEqual([]);
    expect(news.find((r) => r.line === 50)).toMatchObject({ speaker: 'Oliver Strand' });
    const letter = rows(c, 'open-letter-kestrel-founder-blog');
    expect(letter.filter((r) => r.line === 44)).toEqual([]);
    // With the share bar read as the page's, the writer's note over it ("*Ifeoma Adaralegbe is the
    // co-founder …*") has only furniture under it: her tagline (prose.ts isAuthorTagline), no claim.
    expect(letter.filter((r) => r.line === 39)).toEqual([]);
    expect(letter.find((r) => r.line === 35)).toMatchObject({ speaker: 'Ifeoma Adaralegbe' });
  });

  it('in other words: a Ghost post, its buttons in another order, a link in a sentence kept', async () => {
    const text = [
      '# Slow Rivers',
      '',
      '**Tomasz Wielgosz**',
      'Oct 2, 2022',
      '',
      '[Upgrade to paid](https://slowrivers.example.org/account)',
      '',
      'I walked the Vistula from Sandomierz to Kazimierz this summer, 112 kilometres in nine days.',
      '',
      '[Read the whole route map](https://slowrivers.example.org/map) before you go.',
      '',
      'Type your email...   Subscribe',
      '',
      '[Subscribe now](https://slowrivers.example.org/#/portal)',
      '',
      '1,204 likes ∙ 31 restacks',
      '',
      '[Copy link](#) · [Bluesky](#) · [Email](#) · [WhatsApp](#)',
      '',
      '[Leave a comment](https://slowrivers.example.org/p/vistula#comments)',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'slow-rivers.md': text }));
    const recs = rows(c, 'slow-rivers');
    expect(recs).toEqual([
      { line: 8, type: 'claim', speaker: 'Tomasz Wielgosz', text: expect.stringContaining('I walked the Vistula') },
      { line: 10, type: 'claim', speaker: 'Tomasz Wielgosz', text: expect.stringContaining('Read the whole route map') },
    ]);
    for (const w of ['Upgrade', 'restacks', 'Bluesky', 'WhatsApp', 'comment']) expect(await findable(c, w)).toBe(true);
  });
});

describe("an end mark closes the story: what the page sets under it is nobody's", () => {
  it('ends the last turn of a briefing at "# # #"; the photo note and the contact are nobody\'s', () => {
    const c = fixtureCorpus(DIR, ['port-authority-briefing-2024-transcript.txt']);
    const recs = rows(c, 'port-authority-briefing-2024-transcript');
    expect(recs.find((r) => r.line === 15)).toEqual({ line: 15, type: 'quote', speaker: 'Inês Caldwell', text: 'That is all we have time for. Thank you.' });
    expect(recs.find((r) => r.line === 19)).toMatchObject({ type: 'claim', speaker: null, text: expect.stringContaining('Photographs of the quay wall') });
    expect(recs.filter((r) => r.line > 17 && r.speaker !== null)).toEqual([]);
    expect(recs.find((r) => r.line === 11)).toMatchObject({ type: 'qa', speaker: 'Okonkwo-Brandt' });
  });

  it("probe43-b's commencement: after \"###\" no more of the president's turn, no claim of the speaker", () => {
    const c = fixtureCorpus(P43, ['commencement-dr-ruth-abernathy-2023.txt']);
    const recs = c.records.filter((r) => r.doc === 'commencement-dr-ruth-abernathy-2023');
    expect(recs.find((r) => r.line === 52)).toMatchObject({ type: 'quote', speaker: 'Marcus Lee', endLine: 52 });
    expect(recs.find((r) => r.line === 56)).toMatchObject({ type: 'claim', speaker: null });
    expect(recs.find((r) => r.line === 57)).toMatchObject({ type: 'claim', speaker: null, text: 'Media contact: comms@hollis.example.edu' });
    expect(recs.find((r) => r.line === 48)).toMatchObject({ speaker: 'Ruth Abernathy' });
  });

  it('in other words: a bylined news story closed by "-30-", a divider "###" with the text going on', () => {
    const story = [
      'Harbor council approves ferry levy',
      '',
      'By Dana Whitlock',
      'March 3, 2024',
      '',
      'The council voted 7-2 on Tuesday to add a 50-cent levy to ferry tickets.',
      '',
      '"We had no other way to pay for the dock," said councillor Bram Oyelaran.',
      '',
      '-30-',
      '',
      'Photos of the vote are available on request.',
      'Contact: newsroom@harbor.example',
    ].join('\n');
    // "###" between two parts of an essay, many paragraphs of the writer's under it: a divider.
    const essay = ['Winter on the Fjord', '', 'By Sigrun Havdal', 'January 8, 2023', '', 'I moved north in 2019 and did not see the sun for nine weeks.', '', '###', '',
      ...Array.from({ length: 13 }, (_, k) => `I learned the ${k + 1}th lesson of the dark in my first winter.\n`)].join('\n');
    const c = loadCorpus(tempCorpus({ 'story.txt': story, 'essay.txt': essay }));
    const s = rows(c, 'story');
    expect(s.find((r) => r.line === 6)).toMatchObject({ type: 'claim', speaker: 'Dana Whitlock' });
    expect(s.find((r) => r.line === 8)).toMatchObject({ type: 'quote', speaker: 'Bram Oyelaran' });
    expect(s.filter((r) => r.line >= 12)).toEqual([
      { line: 12, type: 'claim', speaker: null, text: 'Photos of the vote are available on request.' },
    ]);
    // (the contact line under it is furniture, whom to reach, no claim: fix79-b)
    const e = rows(c, 'essay');
    expect(e.filter((r) => r.line > 8).length).toBe(13);
    expect(e.every((r) => r.speaker === 'Sigrun Havdal')).toBe(true);
  });
});

describe("an oral history's narrator heading names whose telling the chapter is", () => {
  it("probe43-b's cannery chapter: her telling hers; the editors' intro, note and close not", () => {
    const c = fixtureCorpus(P43, ['oral-history-ch4-the-cannery.txt']);
    const recs = rows(c, 'oral-history-ch4-the-cannery');
    const hers = (line: number) => recs.filter((r) => r.line === line && r.type === 'claim' && r.speaker !== 'my husband');
    for (const line of [11, 13, 15, 19, 21, 23, 29, 35, 37]) expect(hers(line).every((r) => r.speaker === 'Setsuko Hayashida') && hers(line).length > 0).toBe(true);
    expect(recs.find((r) => r.line === 11)).toMatchObject({ text: expect.stringContaining('I was born in 1931') });
    // the editors' introduction names her in the third person; their note is bracketed; their close is under the break
    for (const line of [9, 31, 44, 45]) expect(recs.filter((r) => r.line === line).every((r) => r.speaker === null)).toBe(true);
    expect(recs.filter((r) => r.line === 41 && r.type === 'claim').every((r) => r.speaker === null)).toBe(true);
  });

  it('a compiled chapter: "(born 1938)" over the telling; the compiler keeps her own intro, note and close', () => {
    const c = fixtureCorpus(DIR, ['mill-town-voices-ch7-the-looms.txt']);
    const recs = rows(c, 'mill-town-voices-ch7-the-looms');
    expect(recs.filter((r) => r.line >= 11 && r.line <= 17).map((r) => r.speaker)).toEqual(Array(8).fill('Wilfred Ackroyd'));
    expect(recs.filter((r) => [9, 19, 23].includes(r.line)).every((r) => r.speaker === 'Harriet Oduya')).toBe(true);
  });

  it('in other words: "Told by NAME" under the chapter title, no editor named', () => {
    const text = [
      'Salt and Timber: Voices of the Delta',
      '',
      'Part Two: The Levee',
      'Told by Lena Marsh',
      '',
      'Lena Marsh was eighty-nine when she was recorded in Greenville in 2008.',
      '',
      'We lived on the levee road until the water came in 1927. I was six. My brother carried me to the boat on his back.',
      '',
      'Afterward nobody talked about it. You just started again.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'salt-and-timber.txt': text }));
    const recs = rows(c, 'salt-and-timber');
    expect(recs.filter((r) => r.line === 6).every((r) => r.speaker === null)).toBe(true);
    const told = recs.filter((r) => r.line === 8 || r.line === 10);
    expect(told.length).toBe(3);
    expect(told.every((r) => r.speaker === 'Lena Marsh')).toBe(true);
  });
});
