/**
 * Long-form pages (fix56-b, the leftovers of probe43-b). Before:
 * - a newsletter's buttons copied with the post ("[Subscribe now](…)", "[Leave a comment](…)",
 *   "Upgrade to paid", "Type your email…", "58 Likes∙9 Restacks", "[Copy link](#) · [LinkedIn](#)")
 *   were claims of the writer;
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
