/**
 * Chat, thread and meeting exports a reviewer wrote (test/fixtures/probe7/chat, probe7 folders
 * c1 and c3), and small texts of our own in other wordings that have the same shapes: who
 * speaks, who asks, what pairs, whose words a quoted run or a header block holds.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/index.js';
import { loadCorpus } from '../../src/load/load.js';
import { search } from '../../src/query/search.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const corpus = loadCorpus(join(FIXTURES, 'probe7', 'chat'));
const flat = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const records = (doc: string) => recordsOf(corpus, doc);
/** The record whose text holds `needle`. */
function holding(doc: string, needle: string) {
  const r = records(doc).find((x) => flat(x.text).includes(needle) || flat(x.question).includes(needle));
  expect(r, needle).toBeDefined();
  return r!;
}
const pairs = (recs: ReturnType<typeof records>) => recs.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, flat(r.question), flat(r.text)]);
function load(files: Record<string, string>) {
  return loadCorpus(tempCorpus(files));
}

describe('a caption voice with its organisation in brackets', () => {
  it('"<v Yi He (Binance)>" is Yi He, the alias of He Yi', () => {
    const doc = 'stream-allhands-2022-q4';
    expect(holding(doc, 'Next slide, please').speaker).toBe('He Yi');
    const qa = holding(doc, 'Smaller than 2021');
    expect([qa.type, qa.asker, qa.speaker]).toEqual(['qa', 'Marta Ilic', 'He Yi']);
    expect(records(doc).map((r) => r.speaker)).not.toContain('Yi He (Binance)');
  });
  it('in another wording: "(Guest)" and "(External)" after a name', () => {
    const c = load({
      'call.vtt': `WEBVTT

00:00:01.000 --> 00:00:04.000
<v Tomas Berg (Guest)>Where do the trucks stop overnight?

00:00:04.000 --> 00:00:09.000
<v Ines Alvarez (External)>At the depot in Leeds, every night since March.

00:00:09.000 --> 00:00:12.000
<v Tomas Berg>And on weekends?

00:00:12.000 --> 00:00:15.000
<v Ines Alvarez>The same depot, with a smaller crew.
`,
    });
    expect(pairs(c.records).map(([a, s]) => [a, s])).toEqual([
      ['Tomas Berg', 'Ines Alvarez'],
      ['Tomas Berg', 'Ines Alvarez'],
    ]);
  });
});

describe('a live audio room: "[hh:mm:ss] @handle: words", the header naming the handles', () => {
  it('X Spaces: @cz_binance is CZ, @heyibinance He Yi, the listeners ask by handle', () => {
    const doc = 'x-spaces-cz-2023-01-19';
    expect(holding(doc, '2022 was painful').speaker).toBe('CZ');
    const leave = holding(doc, 'We left the Netherlands');
    expect([leave.type, leave.asker, leave.speaker]).toEqual(['qa', '@lagos_trader', 'CZ']);
    const season = holding(doc, 'Season 6 will take');
    expect([season.type, season.asker, season.speaker]).toEqual(['qa', '@mei_builds', 'He Yi']);
    expect(holding(doc, 'Yi is the one who says no').speaker).toBe('CZ');
    expect(records(doc).some((r) => r.text.includes('[00:'))).toBe(false);
  });
  it('in another wording: a header "Name 🎙️ (@handle) · Guest: Name (@handle)"', () => {
    const c = load({
      'room.txt': `Audio room: "Bread and ovens"
Host: Mara Quint 🎙️ (@mara_bakes) · Guest: Tobias Reyes (@tobi_r)
March 3, 2024

[00:00:05] @mara_bakes: Welcome in. Tobias, how hot does your oven run?
[00:00:12] @tobi_r: About 480 degrees for the sourdough, less for the rye.
[00:00:30] @crumb_fan: Do you steam the oven?
[00:00:34] @tobi_r: Yes, with a tray of lava stones.
`,
    });
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker])).toEqual([
      ['Mara Quint', 'Tobias Reyes'],
      ['@crumb_fan', 'Tobias Reyes'],
    ]);
  });
  it('guard: "@team: lunch is here" without a stamp is no label', () => {
    const c = load({ 'note.txt': `Office notes\n\n@team: lunch is here at noon, in the kitchen.\n\nThe printer is fixed.\n` });
    expect(c.records.every((r) => r.speaker !== '@team')).toBe(true);
  });
});

describe('a chat sender whose display name ends in an emoji', () => {
  it('WeChat: "2024-10-07 21:20:03 Lily 🐰" opens Lily\'s message', () => {
    const doc = 'wechat-group-export';
    const lily = holding(doc, '什么时候回来发推');
    expect(lily.speaker === 'Lily' || lily.asker === 'Lily').toBe(true);
    expect(records(doc).every((r) => !(r.section ?? '').includes('发推'))).toBe(true);
  });
  it('in another wording: a dated stamp, "Sam ✨", the message below', () => {
    const c = load({
      'chat.txt': `2023-06-01 09:00:00 Ravi Das
Morning all, the deploy is done.

2023-06-01 09:02:10 Sam ✨
Great, the dashboards look normal on my side.

2023-06-01 09:05:00 Ravi Das
Thanks, closing the ticket.
`,
    });
    expect(c.records.find((r) => r.text.includes('dashboards'))!.speaker).toBe('Sam');
  });
});

describe('a post\'s own notes are no speaker', () => {
  it('Reddit: "Edit: thank you all…" is the host\'s, no speaker "Edit"', () => {
    const doc = 'reddit-ama-yihe-2022';
    expect(records(doc).every((r) => r.speaker !== 'Edit')).toBe(true);
  });
  it('in another wording: "Edit:" under a turn is the turn\'s note, no voice', () => {
    const c = load({
      't.txt': `Ana Lopez: When did the shop open?
Ben Ortiz: In 2019, on the high street.
Ana Lopez: And the second one?
Ben Ortiz: Last spring, near the station.
Edit: I corrected the year of the first shop after a reader wrote in.
Ana Lopez: Thanks for that.
`,
    });
    expect(c.records.map((r) => r.speaker)).not.toContain('Edit');
    expect(c.records.some((r) => r.text.includes('corrected the year'))).toBe(true);
  });
});

describe('Markdown thread: replies nested as quote levels (">", ">>", ">>>")', () => {
  it('Reddit AMA: five qa, each commenter asking, the host answering', () => {
    const doc = 'reddit-ama-yihe-2022';
    const got = pairs(records(doc));
    expect(got.map(([a, s]) => [a, s])).toEqual([
      ['u/moonboi_2140', 'He Yi'],
      ['u/moonboi_2140', 'He Yi'],
      ['u/throwaway_kyc_hell', 'He Yi'],
      ['u/defi_dad', 'He Yi'],
      ['u/cz_fanclub', 'He Yi'],
    ]);
    expect(got[1]![3]).toContain("I can't name them");
    expect(got[4]![2]).toBe('does CZ still pick the deals?');
    for (const r of records(doc)) expect(`${r.question ?? ''} ${r.text}`).not.toMatch(/points · |\*\*u\//);
  });
  it('the submission "Posted by u/NAME", whose post says "I\'m NAME", is that person\'s', () => {
    const intro = holding('reddit-ama-yihe-2022', 'I co-founded Binance');
    expect([intro.type, intro.speaker]).toEqual(['quote', 'He Yi']);
  });
  it('in another wording: a forum thread three levels deep', () => {
    const c = load({
      'thread.md': `# Ask a beekeeper

**r/beekeeping** · Posted by u/hive_keeper_77 · 2 Jun 2021 · 800 points

Hello! My name is Orla Byrne and I keep 40 hives in Kerry. Ask away.

---

**u/newbee_01** · 120 points · 2 years ago

How many stings a week is normal?

> **u/hive_keeper_77** OP · 95 points · 2 years ago
>
> Two or three in summer, fewer with a good suit.
>
>> **u/newbee_01** · 30 points · 2 years ago
>>
>> Does it get easier?
>>
>>> **u/hive_keeper_77** OP · 25 points · 2 years ago
>>>
>>> Much easier. The swelling stops after a season.
`,
    });
    expect(pairs(c.records).map(([a, s, q]) => [a, s, q])).toEqual([
      ['u/newbee_01', 'Orla Byrne', 'How many stings a week is normal?'],
      ['u/newbee_01', 'Orla Byrne', 'Does it get easier?'],
    ]);
  });
});

describe('an email chain: quote depth, inner "wrote:" lines, an Outlook "Original Message" block', () => {
  it('each message is its own writer\'s', () => {
    const doc = 'email-thread-offer-head-of-design';
    expect(holding(doc, 'See you on April 7').speaker).toBe('Lena Vogt');
    expect(holding(doc, 'Fridays are fine until December 2025').speaker).toBe('Aisha Rahman');
    expect(holding(doc, "I'm happy to accept").speaker).toBe('Lena Vogt');
    expect(holding(doc, '€142,000').speaker).toBe('Aisha Rahman');
    // No message holds another's, nor the header fields of the original message.
    expect(flat(holding(doc, "I'm happy to accept").text)).not.toContain('Fridays are fine');
    for (const r of records(doc)) expect(`${r.question ?? ''} ${r.text}`).not.toMatch(/Original Message|^From:|\nSent:|wrote:/m);
    expect(records(doc).filter((r) => r.type === 'qa')).toHaveLength(0);
  });
  it('in another wording: three levels and an Original Message block', () => {
    const c = load({
      'mail.txt': `From: Pia Holm <pia@example.org>
Sent: Monday, March 4, 2024 9:00 AM
To: Karl Sand <karl@example.org>
Subject: RE: Venue

Booked. The hall is ours on the 12th.
Pia

On Sun, Mar 3, 2024 at 18:00, Karl Sand <karl@example.org> wrote:
> Great, please book it before the weekend is over.
>
> Karl
>
> > On Sun, Mar 3, 2024 at 12:00, Pia Holm <pia@example.org> wrote:
> > The town hall has the 12th free. It costs 400 euros for the evening.
> >
> > Pia

-----Original Message-----
From: Karl Sand <karl@example.org>
Sent: Saturday, March 2, 2024 8:00 PM
To: Pia Holm <pia@example.org>
Subject: Venue

Could you find a hall for the reading group's tenth birthday? Around 60 people.

Thanks,
Karl Sand
`,
    });
    const by = (needle: string) => c.records.find((r) => flat(r.text).includes(needle))!.speaker;
    expect(by('Booked. The hall')).toBe('Pia Holm');
    expect(by('please book it')).toBe('Karl Sand');
    expect(by('400 euros')).toBe('Pia Holm');
    expect(by('tenth birthday')).toBe('Karl Sand');
  });
});

describe('a meeting tool\'s footer under the last turn', () => {
  it('Google Meet: "Meeting ended after 00:11:42 👋" is not Marcus Lee\'s', () => {
    const doc = 'google-meet-binance-apac-sync';
    const last = holding(doc, 'Great, thanks all.');
    expect(last.speaker).toBe('Marcus Lee');
    expect(flat(last.text)).not.toContain('Meeting ended');
    expect(holding(doc, 'Meeting ended after').speaker).toBeNull();
  });
  it('in another wording: "Call ended at 00:42:10" under a turn', () => {
    const c = load({
      'call.txt': `Team call
Dana Park: Where are we on the printer?
Luis Vega: It ships on Monday, the courier confirmed it.
Dana Park: Good, thank you.
Call ended at 00:42:10
`,
    });
    expect(c.records.find((r) => r.text.includes('Good, thank you'))!.text).not.toContain('Call ended');
    expect(c.records.some((r) => r.text.includes('Call ended at 00:42:10'))).toBe(true);
  });
});

describe('a chat export dated only by its message stamps', () => {
  it('Telegram: "Name, [02.03.2024 14:05]" dates the chat 2 March 2024', () => {
    const d = corpus.documents.find((x) => x.id === 'telegram-bnb-builders-chat')!;
    expect([d.meta.date, d.meta.year]).toEqual(['2024-03-02', 2024]);
    expect(records('telegram-bnb-builders-chat').every((r) => r.year === 2024)).toBe(true);
  });
  it('in another wording: ISO stamps give the day; slashed ones, which may be either order, the year only', () => {
    const iso = load({ 'a.txt': `Garden club\n\n2022-05-09 18:00:01 Mia Roth\nWho has the key to the shed?\n\n2022-05-09 18:03:40 Ole Berg\nI do, it is under the pot.\n` });
    expect([iso.documents[0]!.meta.date, iso.documents[0]!.meta.year]).toEqual(['2022-05-09', 2022]);
    const slashed = load({ 'b.txt': `Garden club\n\n[05/09/2022, 18:00:01] Mia Roth: Who has the key to the shed?\n[05/09/2022, 18:03:40] Ole Berg: I do, it is under the pot.\n` });
    expect([slashed.documents[0]!.meta.date ?? null, slashed.documents[0]!.meta.year]).toEqual([null, 2022]);
  });
});

describe('a Chinese chat question without its question mark', () => {
  it('WeChat: "CZ 什么时候回来发推啊" asks, He Yi answers', () => {
    const qa = holding('wechat-group-export', '9月27日');
    expect([qa.type, qa.asker, qa.speaker]).toEqual(['qa', 'Lily', 'He Yi']);
    expect(flat(qa.question)).toBe('CZ 什么时候回来发推啊');
  });
  it('in another wording: a question word, and a final particle', () => {
    const c = load({
      'q.txt': `2023-04-01 10:00:00 王芳
明天的会在哪里开

2023-04-01 10:01:00 李雷
在三楼的会议室。

2023-04-01 10:02:00 王芳
需要带电脑吗

2023-04-01 10:03:00 李雷
不用，会议室有投影。

2023-04-01 10:04:00 王芳
我知道为什么会议改了时间。
`,
    });
    expect(pairs(c.records).map(([a, s, q]) => [a, s, q])).toEqual([
      ['王芳', '李雷', '明天的会在哪里开'],
      ['王芳', '李雷', '需要带电脑吗'],
    ]);
  });
});

describe('a name written in Chinese is found where it stands: asker, speaker, section', () => {
  it('WeChat: "老周", the asker, finds his question; "发推" finds Lily\'s', async () => {
    const index = buildIndex(records('wechat-group-export'));
    expect((await search(index, '老周')).map((h) => h.record.asker)).toContain('老周');
    expect((await search(index, '发推')).length).toBeGreaterThan(0);
  });
  it('in another wording: a speaker "王芳" in a chat of our own', async () => {
    const c = load({ 'q.txt': `2023-04-01 10:00:00 王芳\n明天几点开会\n\n2023-04-01 10:01:00 李雷\n下午三点。\n` });
    const hits = await search(buildIndex(c.records), '李雷');
    expect(hits.map((h) => h.record.speaker)).toContain('李雷');
  });
});

describe('numbered voices where the host introduces the guest', () => {
  it('Riverside: "I\'m joined today by Changpeng Zhao" makes Speaker 2 CZ', () => {
    // (the welcome and CZ's "Thanks. Happy to be here." are pleasantries, no question answered)
    const qa = records('riverside-onchain-weekly-cz').filter((r) => r.type === 'qa');
    expect(qa.length).toBe(3);
    expect(qa.every((r) => r.asker === 'Speaker 1' && r.speaker === 'CZ')).toBe(true);
  });
  it('in another wording: "my guest today is Rosa Lind"; and three voices name nobody', () => {
    const two = load({
      'pod.txt': `Speaker 1: Welcome back. My guest today is Rosa Lind, who repairs church organs.
Speaker 2: Thanks for having me.
Speaker 1: How old is the oldest organ you have worked on?
Speaker 2: About 300 years, in a village near Uppsala.
`,
    });
    expect(pairs(two.records).map(([a, s]) => [a, s])).toContainEqual(['Speaker 1', 'Rosa Lind']);
    const three = load({
      'pod.txt': `Speaker 1: Welcome back. My guest today is Rosa Lind, who repairs church organs.
Speaker 2: Thanks for having me.
Speaker 3: And I am the producer, hello.
Speaker 1: How old is the oldest organ you have worked on?
Speaker 2: About 300 years, in a village near Uppsala.
`,
    });
    expect(three.records.map((r) => r.speaker)).not.toContain('Rosa Lind');
  });
});
