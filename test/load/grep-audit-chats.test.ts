/**
 * The grep audit on chat and forum shapes (probe11): a phpBB post header, a Stack Exchange
 * post's score lines, an Element stamp with the day in words and a Telegram forward line are the
 * page's furniture, as a Reddit header is; the words of the messages are all found by search.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditCorpus } from '../../bench/grep-audit.mjs';
import { openCorpus, search } from '../../src/api/index.js';
import { parseFrontMatter } from '../../src/corpus/frontmatter.js';
import { readDocumentText } from '../../src/corpus/read.js';
import { isStopWord } from '../../src/index/stopwords.js';
import { scanTokens } from '../../src/index/tokenize.js';
import { classifyChrome } from '../../src/parse/chrome.js';
import { parseDocument } from '../../src/parse/index.js';
import { decodeHtmlEntities } from '../../src/parse/text.js';
import { FIXTURES, tempCorpus } from '../helpers.js';

const quarry = { openCorpus, search, scanTokens, isStopWord, parseFrontMatter, readDocumentText, parseDocument, classifyChrome, decodeHtmlEntities };
const misses = (r: { misses: { file: string; line: number; word: string | null }[] }) => r.misses.map((m) => `${m.file}:${m.line}: ${m.word}`);

describe('grep audit on chats and forums', () => {
  it.each(['c1', 'c6'])('finds every word of test/fixtures/probe11/%s by search', async (name) => {
    const r = await auditCorpus(join(FIXTURES, 'probe11', name), quarry, { lines: true });
    expect(misses(r)).toEqual([]);
    expect(r.words).toBeGreaterThan(200);
  });

  it('excludes the furniture of a forum post, a Q&A page and a chat stamp, and still reports a lost message', async () => {
    const dir = tempCorpus({
      'forum.txt': 'Forum • View topic - Pruning\n\nPruning\nPost by leafy_greens » Mon Jun 3, 2024 8:10 pm\nWhen should I prune roses?\n\nRe: Pruning\nPost by OldRoots » Tue Jun 4, 2024 9:02 am\nLate winter, before the buds open.\n',
      'room.txt': 'Garden Club - Chat Export\n\nMon, Apr 1 2024, 09:00:00 - @ines:example.org: Seeds arrived today.\nMon, Apr 1 2024, 09:05:00 - @bo.lin:example.org: Great, I will sort them tonight.\n',
    });
    const r = await auditCorpus(dir, quarry, { lines: true });
    expect(misses(r)).toEqual([]);
    // The messages' words are searched (the header's "Post", "Mon", "Jun" are not): a search losing the quotes misses them.
    const lossy = { ...quarry, search: async (...a: Parameters<typeof search>) => (await search(...a)).filter((h) => h.record.type !== 'quote') };
    const lost = misses(await auditCorpus(dir, lossy, { lines: true }));
    expect(lost).toContain('room.txt:3: seeds');
    expect(lost.some((m) => /: (?:post|mon|jun|apr)$/.test(m))).toBe(false);
  });
});
