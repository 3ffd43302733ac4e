/**
 * Message exports, forums and mailing lists a reviewer wrote (test/fixtures/probe11/c1, c6):
 * each message its sender's, by the header or the stamped line the export gives it; a header or
 * a title line is never a speaker. Each shape is also tested on a small text of its own.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c1 = loadCorpus(join(FIXTURES, 'probe11', 'c1'));
const c6 = loadCorpus(join(FIXTURES, 'probe11', 'c6'));
const at = (recs: ReturnType<typeof recordsOf>, line: number) => recs.filter((r) => r.line === line);

describe('messages under a From: header with the name beside a number or an address', () => {
  it('Signal: each message is its From: sender’s', () => {
    const recs = recordsOf(c1, 'Signal-Chat-Lena_Okafor').filter((r) => r.type !== 'claim');
    expect(at(recs, 10).map((r) => r.speaker)).toEqual(['Lena Okafor']);
    expect(at(recs, 37).map((r) => [r.speaker, r.text])).toEqual([['You', 'What about Yi He? Is she staying?']]);
    expect(at(recs, 58).map((r) => r.speaker)).toEqual(['Lena Okafor']);
    // The Type:/Sent:/Received: fields are in no record's words.
    expect(recs.some((r) => /Received:|Type: incoming/.test(r.text))).toBe(false);
  });
  it('pipermail: each message its sender’s, a > quote the quoted sender’s, asking', () => {
    const recs = recordsOf(c6, '2019-May');
    expect(recs.map((r) => [r.type, r.speaker, r.asker ?? null, r.line])).toEqual([
      ['quote', 'Ahmed Rahimi', null, 7],
      ['qa', 'Jonas Whitaker', 'Ahmed Rahimi', 27],
      ['qa', 'Jonas Whitaker', 'Ahmed Rahimi', 32],
      ['qa', 'Ahmed Rahimi', 'Jonas Whitaker', 48],
    ]);
    // The envelope line, "On …, NAME <a at b> wrote:" and the attachment footer are no one's words.
    expect(recs.some((r) => /wrote:|attachment was scrubbed|^From /.test(r.text))).toBe(false);
  });
  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'list.txt': [
        'From anna at example.net  Mon Mar  4 10:00:00 2024',
        'From: anna at example.net (Anna Berg)',
        'Date: Mon, 4 Mar 2024 11:00:00 +0100',
        'Subject: [garden] Frost dates',
        '',
        'When is the last frost around here?',
        '',
        'From tom at example.org  Mon Mar  4 12:00:00 2024',
        'From: tom at example.org (Tom Hale)',
        'Date: Mon, 4 Mar 2024 12:00:00 +0000',
        '',
        '> When is the last frost around here?',
        '',
        'Usually mid-May in the valley.',
        '',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'list');
    expect(recs.map((r) => [r.type, r.speaker, r.asker ?? null])).toEqual([
      ['quote', 'Anna Berg', null],
      ['qa', 'Tom Hale', 'Anna Berg'],
    ]);
  });
});

describe('stamped chat lines', () => {
  it('Element: a weekday-first stamp and a Matrix id open the sender’s message', () => {
    const recs = recordsOf(c1, 'element-export-binance-research-2024-03-02');
    expect(at(recs, 6).map((r) => [r.type, r.speaker])).toEqual([['quote', '@mkovacs:matrix.org']]);
    expect(recs.find((r) => r.text.startsWith('That line is from a 2021'))?.speaker).toBe('@tomasz:matrix.org');
    expect(recs.some((r) => /09:0\d:\d\d - @/.test(r.text))).toBe(false);
    // A reply quoting a message on its first line ("> <@user:server> …"): the quoted words are the
    // quoted sender's, the line under them the replier's answer.
    const reply = recs.find((r) => r.text === 'Good catch, can you find the source?');
    expect([reply?.type, reply?.speaker, reply?.asker]).toEqual(['qa', '@mkovacs:matrix.org', '@tomasz:matrix.org']);
    // Two people's messages are no question and answer unless the first asks.
    expect(at(recs, 7).map((r) => r.type)).toEqual(['quote']);
    expect(recs.some((r) => r.text.includes('is typing'))).toBe(false);
  });
  it('live chat replay: lowercase and dotted handles, a [Badge] before one, each open a turn', () => {
    const recs = recordsOf(c1, 'live-chat-replay_CZ-AMA-2022-06-18');
    expect(at(recs, 5).map((r) => [r.speaker, r.text])).toEqual([['moonboi_88', 'gm from Manila 🇵🇭']]);
    expect(at(recs, 12).map((r) => [r.speaker, r.role])).toEqual([['SAFU_mod', 'Moderator']]);
    const jane = recs.find((r) => r.question?.includes('Will He Yi be on the next AMA'));
    expect([jane?.asker, jane?.question]).toEqual(['trader.jane', '#AskCZ Will He Yi be on the next AMA?']);
    expect(recs.some((r) => /\d:\d\d:\d\d \S+:/.test(r.text) || /\d:\d\d:\d\d \S+:/.test(r.question ?? ''))).toBe(false);
  });
  it('the same shapes in other words', () => {
    const dir = tempCorpus({
      'room.txt': [
        'Garden Club - Chat Export',
        '',
        'Mon, Apr 1 2024, 09:00:00 - @ines:example.org: Seeds arrived today.',
        'Mon, Apr 1 2024, 09:05:00 - @bo.lin:example.org: Great, I will sort them tonight.',
        '',
      ].join('\n'),
      'replay.txt': [
        'Stream chat',
        '',
        '0:00:05 Garden Hour: Welcome! Ask away.',
        '0:00:09 petal.pusher: how deep do I plant tulips?',
        '0:00:30 Garden Hour: About three times the bulb height.',
        '0:00:41 [Member] soil_guy: thanks, useful',
        '',
      ].join('\n'),
    });
    const corpus = loadCorpus(dir);
    // Two senders' messages; the first asks nothing, so no qa.
    expect(recordsOf(corpus, 'room').map((r) => [r.type, r.speaker])).toEqual([
      ['quote', '@ines:example.org'],
      ['quote', '@bo.lin:example.org'],
    ]);
    const replay = recordsOf(corpus, 'replay');
    expect(replay.map((r) => [r.type, r.speaker, r.asker ?? null])).toEqual([
      ['quote', 'Garden Hour', null],
      ['qa', 'Garden Hour', 'petal.pusher'],
      ['quote', 'soil_guy', null],
    ]);
  });
});

describe('a chat app export (Mattermost)', () => {
  it('a statement followed by another sender’s message is no qa; a question is', () => {
    const recs = recordsOf(c1, 'Mattermost-town-square-export');
    expect(recs.map((r) => [r.type, r.speaker, r.line])).toEqual([
      ['quote', 'Aaron Mbeki', 3],
      ['quote', 'Rosa Delgado', 6],
      ['qa', 'Rosa Delgado', 10],
      ['quote', 'Jamal Price', 17],
      ['qa', 'Jamal Price', 21],
      ['quote', 'Rosa Delgado', 27],
      // "Binance's statement: “…”" inside Rosa's message: Binance's words (probe11 finding 6)
      ['quote', 'Binance', 28],
    ]);
  });
});

describe('a Telegram channel dump', () => {
  it('each post its own record, a forwarded post its origin’s, view counters markup', () => {
    const recs = recordsOf(c1, 'telegram-channel-dump_cryptowire_2021-05').filter((r) => r.type === 'quote');
    expect(recs.map((r) => [r.speaker, r.line])).toEqual([
      ['CryptoWire', 4],
      ['Binance Announcements', 8],
      ['CZ', 13],
      ['CryptoWire', 18],
      ['He Yi', 19],
      ['CryptoWire', 22],
      ['CZ', 26],
    ]);
    expect(recs.some((r) => r.text.includes('👁'))).toBe(false);
    expect(recs.find((r) => r.line === 13)?.role).toBe('forwarded by CryptoWire');
  });
});

describe('forum threads', () => {
  it('phpBB: posts by their "Post by NAME » DATE" header; "Re:" and "Quote from:" are never speakers', () => {
    const recs = recordsOf(c6, 'viewtopic.php-t=48213-binance-fud');
    const names = new Set(recs.flatMap((r) => [r.speaker, r.asker ?? null]));
    expect(names.has('Re')).toBe(false);
    expect(names.has('Quote from')).toBe(false);
    expect(names.has('Quote')).toBe(false);
    expect(at(recs, 5).map((r) => r.speaker)).toEqual(['cryptoKoala']);
    // A quoted post is the quoted writer's, the reply under it the poster's.
    const reply = recs.find((r) => r.text.startsWith('Please keep it civil'));
    expect([reply?.type, reply?.speaker, reply?.asker]).toEqual(['qa', 'mod_Elena', 'satoshi_nakamotoo']);
    expect(recs.find((r) => r.text.startsWith('Asia is our home'))?.speaker).toBe('Yi He');
  });
  it('Stack Exchange: a post is its user card’s; "asked"/"answered" are no speakers', () => {
    const recs = recordsOf(c6, 'stackexchange-bitcoin-q-118233');
    const qa = recs.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker])).toEqual([['Lukas Brenner', 'Pieter Wuille-fan']]);
    expect(qa[0]!.text.startsWith('No. Nothing happened')).toBe(true);
    expect(recs.some((r) => r.speaker === 'asked' || r.speaker === 'answered')).toBe(false);
    expect(recs.find((r) => r.text.startsWith('That last paragraph'))?.speaker).toBe('Lukas Brenner');
  });
  it('GitHub issue: each comment is its "**user** commented on DATE" header’s', () => {
    const recs = recordsOf(c6, 'issue-1287-sync-hangs');
    expect(recs.filter((r) => r.type !== 'claim').map((r) => [r.type, r.speaker, r.asker ?? null, r.line])).toEqual([
      ['quote', 'tkaminski', null, 7],
      ['qa', 'tkaminski', 'amelia-ng', 19],
      ['quote', 'amelia-ng', null, 40],
    ]);
  });
  it('the same shapes in other words', () => {
    const dir = tempCorpus({
      'issue.md': '# Crash on save\n\n**dev_one** commented on Mar 2, 2023\n\nSaving a file crashes the editor.\n\n**maint-k** (Owner) commented on Mar 3, 2023\n\nWhich version are you on?\n',
      'forum.txt': [
        'Gardening Forum • View topic - Tomato blight',
        '',
        'Tomato blight',
        'Post by leafy_greens » Mon Jun 3, 2024 8:10 pm',
        'My tomatoes have brown spots on every leaf.',
        '',
        'Re: Tomato blight',
        'Post by OldRoots » Mon Jun 3, 2024 9:02 pm',
        'Quote from: leafy_greens on Mon Jun 3, 2024 8:10 pm',
        'My tomatoes have brown spots on every leaf.',
        'That is early blight. Remove the lower leaves.',
        '',
      ].join('\n'),
      'se.txt': [
        'How often should I water cacti?',
        '',
        'Score: 2',
        '',
        'I water mine weekly and two have gone soft.',
        '',
        'asked Jan 3, 2022 at 10:01',
        'fern_fan',
        '12 • 1',
        '',
        'Score: 5  ✓ Accepted',
        '',
        'Far too often. Once a month in winter is plenty.',
        '',
        'answered Jan 3, 2022 at 11:30',
        'Dana Whit',
        '3,400 • 20 • 41',
        '',
      ].join('\n'),
    });
    const corpus = loadCorpus(dir);
    const forum = recordsOf(corpus, 'forum');
    expect(forum.map((r) => [r.type, r.speaker, r.asker ?? null])).toEqual([
      ['quote', 'leafy_greens', null],
      ['qa', 'OldRoots', 'leafy_greens'],
    ]);
    expect(recordsOf(corpus, 'issue').map((r) => [r.type, r.speaker])).toEqual([
      ['quote', 'dev_one'],
      ['quote', 'maint-k'],
    ]);
    const se = recordsOf(corpus, 'se').filter((r) => r.type === 'qa');
    expect(se.map((r) => [r.asker, r.speaker])).toEqual([['fern_fan', 'Dana Whit']]);
  });
});
