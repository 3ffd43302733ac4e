/**
 * Reviewer probe8's legal/official prose (c2) and social threads (c3), copied into
 * test/fixtures/probe8/c2 and c3 with their speakers.yml, and, beside each, a small text of our
 * own in other words, so each test proves the shape and not the sentence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const C2 = join(FIXTURES, 'probe8', 'c2');
const C3 = join(FIXTURES, 'probe8', 'c3');
const SPEAKERS = readFileSync(join(C2, 'speakers.yml'), 'utf8');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const withText = (c: Corpus, doc: string, words: string) => {
  const r = recs(c, doc).find((x) => x.text.includes(words));
  expect(r, words).toBeDefined();
  return r!;
};
const own = (files: Record<string, string>, speakers = SPEAKERS) => loadCorpus(tempCorpus({ 'speakers.yml': speakers, ...files }));

describe('the surname "He" (probe8 #9, #10)', () => {
  it('credits He Yi where the text writes "which He insists" and "He explains: every senior leader … she says"', () => {
    const c = fixtureCorpus(C2);
    const doc = 'binance-blog-heyi-customer-service-2024';
    expect(withText(c, doc, 'AI can draft').speaker).toBe('He Yi');
    expect(withText(c, doc, 'You cannot fix what you do not feel').speaker).toBe('He Yi');
    expect(withText(c, doc, 'We underestimated').speaker).toBe('Jaime Ortega');
  });

  it('reads "He …" as the surname of a woman the page is about ("In a 2018 interview she said:")', () => {
    const c = fixtureCorpus(C2);
    const q = withText(c, 'he-yi-wikipedia', 'infrastructure of the crypto world');
    expect(q.type).toBe('quote');
    expect(q.speaker).toBe('He Yi');
  });

  it('does so in other words, for another registered "He" name', () => {
    const speakers = 'He Lan:\n  aliases: [Lan He]\n';
    const c = own({ 'a.txt': 'Ferry news\n\nThe port will add two boats, which He insists will run all winter. "Nobody waits in the cold."\n\nTom Ruiz, a deckhand, said the crews are ready. "We trained all summer," he said.\n' }, speakers);
    expect(withText(c, 'a', 'Nobody waits').speaker).toBe('He Lan');
    const d = own({ 'b.txt': 'He Lan (harbour master)\n\nHe Lan (born 1979) is a harbour master. She runs the port of Weihai.\n\nPort\nHe rebuilt the quay with Tom Ruiz in 2015. At a 2019 briefing she said: "The sea decides, not us."\n' }, speakers);
    expect(withText(d, 'b', 'The sea decides').speaker).toBe('He Lan');
  });

});

describe('a reference list (probe8 #11)', () => {
  it('reads entries under "References" as citations, their quoted titles nobody\'s words', () => {
    const c = fixtureCorpus(C2);
    const doc = 'he-yi-wikipedia';
    expect(recs(c, doc).filter((r) => r.type === 'quote').map((r) => r.text)).toEqual([expect.stringContaining('infrastructure of the crypto world')]);
    const entry = withText(c, doc, 'From the TV screen to crypto');
    expect(entry.type).toBe('claim');
    expect(entry.section).toBe('References');
  });

  it('does so for "[n] Author (Year). "Title." Outlet" entries, in other words', () => {
    const c = own({ 'a.txt': 'Harbour history\n\nThe port opened in 1902, Ruiz wrote.[1]\n\nReferences\n[1] Ruiz, T. (2011). "A century of ferries." Coast Review, 3 May.\n[2] Lin, A. (2015). "Why the quay moved." Harbour Notes, 9 June.\n' });
    expect(recs(c, 'a').filter((r) => r.type === 'quote')).toEqual([]);
    expect(withText(c, 'a', 'Why the quay moved').type).toBe('claim');
  });
});

describe('social post headers (probe8 #18, #19, #21, #22)', () => {
  it('X: the display name over its @handle opens the thread\'s tweets; replies are their authors\'', () => {
    const c = fixtureCorpus(C3);
    const doc = 'x-thread-cz-2022-11-09';
    expect(withText(c, doc, 'FTX asked for our help').speaker).toBe('CZ');
    expect(withText(c, doc, 'most important sentence of 2022').speaker).toBe('Mira Castellanos');
    expect(recs(c, doc).some((r) => r.type === 'claim' && /Views|Reposts|Jonah Feld/.test(r.text))).toBe(false);
  });

  it('LinkedIn: "Name • 3rd+" / headline / "1w" opens a comment; Like, Reply and counts are no claims', () => {
    const c = fixtureCorpus(C3);
    const doc = 'linkedin-post-heyi-2024-03';
    expect(withText(c, doc, 'Seven years ago').speaker).toBe('He Yi');
    expect(withText(c, doc, 'every support team').speaker).toBe('Aditi Sharma');
    expect(withText(c, doc, 'more than 20% of our headcount').speaker).toBe('He Yi');
    expect(recs(c, doc).filter((r) => r.type === 'claim')).toEqual([]);
  });

  it('Hacker News and YouTube: each comment is its user\'s', () => {
    const c = fixtureCorpus(C3);
    expect(withText(c, 'hn-thread-binance-settlement', 'monitorship').speaker).toBe('nrw');
    expect(withText(c, 'hn-thread-binance-settlement', 'knowing and proving').speaker).toBe('pg_strider');
    const yt = 'youtube-comments-cz-bloomberg-interview';
    expect(withText(c, yt, 'never disappointed me').speaker).toBe('@BinanceFan2017');
    expect(withText(c, yt, 'Wild.').speaker).toBe('@quietlurker');
    expect(recs(c, yt).some((r) => /^(?:\d+|Reply)$/.test(r.text.trim()))).toBe(false);
  });

  it('reads the same shapes in other words', () => {
    const c = own({
      'x.txt': 'Ana Ruiz ⚓ Ferries\n@ana_ferries\n\n1/ The winter timetable starts Monday.\n\n2/ Two boats will run every hour.\n\nTom Lee\n@tomlee\n·\nJan 3, 2024\nReplying to @ana_ferries\nGreat news for the island.\n',
      'hn.txt': 'Ferry timetable change (example.org)\n\nmarlow 3 hours ago | next [–]\n\nThe new boats are much quieter.\n\n    quaykeeper 2 hours ago | parent | next [–]\n\n    They also burn less fuel.\n',
      'li.txt': 'Ana Ruiz\nHarbour Master at Port Lyra\n3w •\n\nWe moved 2 million passengers this year.\n\nLike\nComment\n\nTom Lee • 2nd\nDeckhand | Ferries\n2w\n\nProud to be part of it.\n\nLike\n·\n12\nReply\n',
    }, '');
    expect(withText(c, 'x', 'winter timetable').speaker).toBe('Ana Ruiz');
    expect(withText(c, 'x', 'Great news').speaker).toBe('Tom Lee');
    expect(withText(c, 'hn', 'quieter').speaker).toBe('marlow');
    expect(withText(c, 'hn', 'less fuel').speaker).toBe('quaykeeper');
    expect(withText(c, 'li', '2 million passengers').speaker).toBe('Ana Ruiz');
    expect(withText(c, 'li', 'Proud to be part').speaker).toBe('Tom Lee');
    expect(recs(c, 'li').some((r) => /^(?:Like|Comment|Reply|12)$/.test(r.text.trim()))).toBe(false);
  });
});
