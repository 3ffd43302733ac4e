/**
 * Online threads and chats copied as text (src/parse/threads.ts): a comment's or a message's
 * header names who wrote the words below it; its furniture (age, points, "OP", "level 2",
 * "reply") is markup. Each document is an invented variant of a layout, not a copy of one.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

function load(name: string, text: string) {
  const corpus = loadCorpus(tempCorpus({ [name]: text }));
  return { records: corpus.records, doc: corpus.documents[0]! };
}
const pairs = (records: ReturnType<typeof load>['records']) =>
  records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.question, r.text]);
const FURNITURE = /\b(?:points|ago|level \d|reply|OP)\b|\[–\]/;

describe('thread comment headers: a name with its age, score or date, the words below', () => {
  it('old Reddit: "[–]name 812 points 4 years ago", the submitter marked [S]', () => {
    const { records, doc } = load(
      'kiln.txt',
      `[–]PotterOfWells 3,102 points 6 years ago

I throw pots for a living in a converted barn in Somerset. Ask me anything.

    [–]glaze_fan 640 points 6 years ago

    What temperature do you fire stoneware at?

        [–]PotterOfWells[S] 702 points 6 years ago

        Cone 10, about 1,300 degrees. Lower and the glaze stays dull.

    [–]clay_curious 120 points 6 years ago

    Do you dig your own clay?

        [–]PotterOfWells[S] 98 points 6 years ago

        Some of it, from the riverbank behind the barn.
`,
    );
    expect(pairs(records)).toEqual([
      ['glaze_fan', 'PotterOfWells', 'What temperature do you fire stoneware at?', 'Cone 10, about 1,300 degrees. Lower and the glaze stays dull.'],
      ['clay_curious', 'PotterOfWells', 'Do you dig your own clay?', 'Some of it, from the riverbank behind the barn.'],
    ]);
    expect(records[0]).toMatchObject({ type: 'quote', speaker: 'PotterOfWells' });
    for (const r of records) expect(r.text).not.toMatch(FURNITURE);
    expect(doc.sentences.missed).toEqual([]);
  });

  it('Hacker News: "user 3 hours ago [–]", the "reply" links are markup', () => {
    const { records, doc } = load(
      'hn.txt',
      `Launch HN: Tidepool, a tide-table API

ferrocene 3 hours ago [–]
Hi all, I built Tidepool after a bad afternoon on a sandbar.

  reply

  wavecount 3 hours ago [–]
  Where do the harmonic constants come from?

    reply

    ferrocene 3 hours ago [–]
    From the national gauges, refit every month.

      reply
`,
    );
    expect(pairs(records)).toEqual([['wavecount', 'ferrocene', 'Where do the harmonic constants come from?', 'From the national gauges, refit every month.']]);
    expect(records.find((r) => r.text.startsWith('Hi all'))).toMatchObject({ type: 'quote', speaker: 'ferrocene' });
    for (const r of records) expect(`${r.text} ${r.section ?? ''}`).not.toMatch(FURNITURE);
    expect(doc.sentences.missed).toEqual([]);
  });

  it('Reddit copied as text: "level 2" / "u/name" / "OP" / "· 2 yr. ago" / "· 450 points" above each comment', () => {
    const { records, doc } = load(
      'ama.txt',
      `r/IAmA

Posted by u/LighthouseLena
2 years ago

I keep the last staffed lighthouse on this coast. AMA!

40 comments

level 1
u/foghorn_fred
· 2 yr. ago
· 812 points

How often do you climb the tower?

    level 2
    u/LighthouseLena
    OP
    · 2 yr. ago
    · 455 points

    Twice a night, every night. It is 112 steps.

level 1
u/gull_watcher
· 2 yr. ago
· 97 points

Do you ever get lonely out there?
`,
    );
    expect(pairs(records)).toEqual([['u/foghorn_fred', 'u/LighthouseLena', 'How often do you climb the tower?', 'Twice a night, every night. It is 112 steps.']]);
    expect(records[0]).toMatchObject({ type: 'quote', speaker: 'u/LighthouseLena', text: 'I keep the last staffed lighthouse on this coast. AMA!' });
    expect(records.at(-1)).toMatchObject({ speaker: 'u/gull_watcher', text: 'Do you ever get lonely out there?' });
    for (const r of records) expect(`${r.text} ${r.section ?? ''}`).not.toMatch(/\b(?:points|ago|level \d|comments)\b/);
    expect(doc.sentences.missed).toEqual([]);
  });

  it('Twitter/X: "Name @handle · Mar 2, 2022", a reply with "Replying to @handle"', () => {
    const { records, doc } = load(
      'thread.txt',
      `Prof. Lena Okoro @lena_soils · Jun 2, 2022
1/ Why topsoil loss is the quiet crisis of this decade.

Tomas Vidal @tvidal_news · Jun 2, 2022
Replying to @lena_soils
How fast are we losing it?

Prof. Lena Okoro @lena_soils · Jun 2, 2022
Replying to @tvidal_news
About a centimetre a decade on tilled slopes.
`,
    );
    expect(pairs(records)).toEqual([['Tomas Vidal', 'Lena Okoro', 'How fast are we losing it?', 'About a centimetre a decade on tilled slopes.']]);
    expect(doc.meta.date).toBe('2022-06-02');
    expect(doc.sentences.missed).toEqual([]);
  });

  it('an SMS or Telegram export: "Name, 12 May 2023 08:15" or "**Name**, [12.05.2023 08:15]", the message below', () => {
    const sms = `Dad, 12 May 2023 08:15
Did you book the ferry?

Me, 12 May 2023 08:40
Yes. It leaves at six.

Dad, 12 May 2023 08:41
Which port?

Me, 12 May 2023 08:44
Holyhead.
`;
    expect(pairs(load('sms.txt', sms).records)).toEqual([
      ['Dad', 'Me', 'Did you book the ferry?', 'Yes. It leaves at six.'],
      ['Dad', 'Me', 'Which port?', 'Holyhead.'],
    ]);
    const telegram = sms.replace(/^(Dad|Me), 12 May 2023 (\d\d:\d\d)$/gm, '**$1**, [12.05.2023 $2]');
    const { records, doc } = load('tg.md', telegram);
    expect(pairs(records)).toEqual(pairs(load('sms.txt', sms).records));
    expect(doc.sentences.missed).toEqual([]);
  });

  it('a forum: "Posted by: NAME on DATE" names the post\'s author, "Reply #2 on: DATE" is markup', () => {
    const { records } = load(
      'forum.txt',
      `Beekeeping Forum > Pests

Posted by: hive_harriet on May 3, 2019, 07:12:09 AM

My frames smell sour and the brood looks sunken. What is wrong with them?

Reply #1 on: May 3, 2019, 08:30:00 AM
Posted by: OldDroneDan

That is foulbrood until proven otherwise. Call your bee inspector today.
`,
    );
    expect(records.map((r) => r.speaker)).not.toContain('Posted by');
    expect(pairs(records)).toEqual([
      ['hive_harriet', 'OldDroneDan', 'My frames smell sour and the brood looks sunken. What is wrong with them?', 'That is foulbrood until proven otherwise. Call your bee inspector today.'],
    ]);
  });

  it('a page with a single dated line ("Updated 2 days ago") and a dateline is no thread', () => {
    const { doc, records } = load('article.txt', 'Harbour wall repairs begin\nUpdated 2 days ago\n\nTuesday, March 3, 2020\n\nCrews started work on the harbour wall on Monday. The job will take a year.\n');
    expect(doc.shape).toBe('prose');
    expect(records.every((r) => r.speaker === null)).toBe(true);
  });

  it('Markdown: "**u/name** (OP) (702 points)" with its notes in brackets one by one, replies nested in "> " and "> > "', () => {
    const { records, doc } = load(
      'ama.md',
      `# I restore church organs. AMA!

**u/organ_oswin** (OP) · 2021-05-02

Ask away, I'll be around all afternoon.

---

**u/pipe_dream** (310 points)

How long does one restoration take?

> **u/organ_oswin** (OP) (288 points)
>
> Two years for a big one. The bellows alone take three months.
>
> > **u/pipe_dream** (44 points)
> >
> > Worth every day, I bet.
`,
    );
    expect(pairs(records)).toEqual([['u/pipe_dream', 'u/organ_oswin', 'How long does one restoration take?', 'Two years for a big one. The bellows alone take three months.']]);
    expect(records.at(-1)).toMatchObject({ type: 'quote', speaker: 'u/pipe_dream', text: 'Worth every day, I bet.' });
    for (const r of records) expect(r.text).not.toMatch(/>|\*\*|points/);
    expect(doc.lines.unparsed).toEqual([]);
    expect(doc.sentences.missed).toEqual([]);
  });
});

describe('chat logs: what is no one\'s message', () => {
  it('IRC (irssi): "HH:MM < nick> words" and "<@nick>" are labels, "-!-" joins and quits are markup, "* nick does" is the nick\'s claim', () => {
    const { records, doc } = load(
      'irc.txt',
      `09:01 -!- tam [~tam@host.example] has joined #kilnworks
09:02 < tam> is the 2.1 release signed?
09:04 <@orla> yes, with the new key
09:05 < tam> where is the new key published?
09:06 <@orla> on the keyserver and in KEYS at the repo root
09:07 * orla waves
09:30 -!- tam [~tam@host.example] has quit [Quit: bye]
`,
    );
    expect(pairs(records)).toEqual([
      ['tam', 'orla', 'is the 2.1 release signed?', 'yes, with the new key'],
      ['tam', 'orla', 'where is the new key published?', 'on the keyserver and in KEYS at the repo root'],
    ]);
    // The action is orla's, in the third person: a claim of its own, not more of her answer.
    expect(records.find((r) => r.text === 'orla waves')).toMatchObject({ type: 'claim', speaker: 'orla' });
    for (const r of records) expect(`${r.question ?? ''} ${r.text}`).not.toMatch(/-!-|joined|quit|<|>/);
    expect(doc.sentences.missed).toEqual([]);
  });

  it('WhatsApp: a stamped line with no sender ("…end-to-end encrypted") and "image omitted" are the app\'s, not part of the message above', () => {
    const { records, doc } = load(
      'wa.txt',
      `[02/06/2022, 18:01:10] Nadia Brennan: Who has the hall keys for Saturday?
[02/06/2022, 18:03:44] Owen Pryce: I do, I'll open at nine
[02/06/2022, 18:04:02] Owen Pryce: image omitted
[03/06/2022, 08:00:00] Nadia Brennan changed the group description
[03/06/2022, 08:10:31] Nadia Brennan: Lovely, thanks Owen
`,
    );
    expect(pairs(records)).toEqual([['Nadia Brennan', 'Owen Pryce', 'Who has the hall keys for Saturday?', "I do, I'll open at nine"]]);
    for (const r of records) expect(`${r.text} ${r.section ?? ''}`).not.toMatch(/omitted|description/);
    expect(doc.sentences.missed).toEqual([]);
  });
});

describe('an email interview answered inline', () => {
  it('"On DATE, NAME wrote:" names the writer of the "> " lines; the sender\'s answers below each quoted question pair with it', () => {
    const { records, doc } = load(
      'email.txt',
      `Subject: Re: Questions for the Lakeside Courier
From: Ingrid Tavares <i.tavares@uni.example.org>
To: Peter Lund <plund@courier.example.com>
Date: Thu, 9 Sep 2021 10:05:00 +0200

Hi Peter,

My answers are below.

Ingrid

On Fri, 3 Sep 2021 at 16:40, Peter Lund <plund@courier.example.com> wrote:
> Thanks for taking the time. Three questions:
>
> 1. How warm did the lake get this summer?

Twenty-six degrees at the surface in August, a record for the station.

> 2. What does that do to the trout?

They go deep and stop feeding. Some years we count fewer fry.

> 3. Can anything be done?

Shade the inflows. Plant willows along the streams.
`,
    );
    expect(doc.shape).toBe('transcript');
    expect(doc.meta.date).toBe('2021-09-09');
    expect(pairs(records)).toEqual([
      ['Peter Lund', 'Ingrid Tavares', 'Thanks for taking the time. Three questions:\n1. How warm did the lake get this summer?', 'Twenty-six degrees at the surface in August, a record for the station.'],
      ['Peter Lund', 'Ingrid Tavares', '2. What does that do to the trout?', 'They go deep and stop feeding. Some years we count fewer fry.'],
      ['Peter Lund', 'Ingrid Tavares', '3. Can anything be done?', 'Shade the inflows. Plant willows along the streams.'],
    ]);
    for (const r of records) expect(`${r.question ?? ''} ${r.text}`).not.toMatch(/>|wrote:/);
    expect(doc.sentences.missed).toEqual([]);
  });
});

describe('a message under its header goes on to the next header', () => {
  it('a chat app ("Name — Today at 09:14"): a second line without a full stop is the message\'s, no heading', () => {
    const { records } = load(
      'chat.txt',
      `#build-team

Aiko Mori — Today at 11:02
did the nightly build pass?

Bram Visser — Today at 11:05
no, the linker ran out of memory.
bumped the runner to 16 GB, rerunning now

Aiko Mori — Today at 11:40
thanks
`,
    );
    expect(pairs(records)).toEqual([['Aiko Mori', 'Bram Visser', 'did the nightly build pass?', 'no, the linker ran out of memory.\nbumped the runner to 16 GB, rerunning now']]);
    expect(records.every((r) => r.section === null)).toBe(true);
  });
});

describe('a chat reaction saved as a message', () => {
  it('Zoom: \'Reacted to "…" with 👍\' is the app\'s markup, answers nothing, and the question before it keeps its words', () => {
    const { records, doc } = load(
      'zoom.txt',
      `14:01:10 From  Lena Park  to  Everyone:
	Is the recording on?
14:01:30 From  Marco Ruiz  to  Everyone:
	Yes, since the start.
14:20:05 From  Ines Vogel  to  Everyone:
	Who takes the minutes next week?
14:20:40 From  Lena Park  to  Everyone:
	Reacted to "Yes, since the start." with 👍
`,
    );
    expect(pairs(records)).toEqual([['Lena Park', 'Marco Ruiz', 'Is the recording on?', 'Yes, since the start.']]);
    expect(records.at(-1)).toMatchObject({ type: 'quote', speaker: 'Ines Vogel', text: 'Who takes the minutes next week?' });
    for (const r of records) expect(r.text).not.toMatch(/Reacted/);
    expect(doc.lines.unparsed).toEqual([]);
    expect(doc.sentences.missed).toEqual([]);
  });
});


describe('a mailing-list digest', () => {
  const digest = [
    'model-rail Digest, Vol 48, Issue 19',
    '',
    'Today\'s Topics:',
    '',
    '   1. Point motors that stall (Chidi Okafor)',
    '   2. Re: Point motors that stall (Halvard Berg)',
    '',
    '======================================================================',
    '',
    'Message: 1',
    'Date: Thu, 2 Feb 2023 20:41:09 +0000',
    'From: "Okafor, Chidi" <chidi@example.net>',
    'To: model-rail@lists.example.org',
    'Subject: Point motors that stall',
    '',
    'My solenoid point motors stall halfway on the branch line since I moved the layout to the loft.',
    'Has anyone seen this before?',
    '',
    'Chidi',
    '',
    '------------------------------',
    '',
    'Message: 2',
    'Date: Fri, 3 Feb 2023 08:02:51 +0100',
    'From: Halvard Berg <hberg@example.no>',
    'To: model-rail@lists.example.org',
    'Subject: Re: Point motors that stall',
    '',
    '> My solenoid point motors stall halfway on the branch line since I moved the layout to the loft.',
    '',
    'A longer feed from the controller drops the voltage. Fit a capacitor discharge unit and they will throw cleanly again.',
    '',
    'Halvard Berg',
    '',
    'End of model-rail Digest, Vol 48, Issue 19',
    '',
  ].join('\n');

  it('reads each message as its sender\'s, the quoted words as the quoted writer\'s, the headers as no one\'s', () => {
    const records = loadCorpus(tempCorpus({ 'digest.txt': digest })).records;
    const speakers = new Set(records.map((r) => r.speaker));
    for (const field of ['Date', 'From', 'To', 'Subject', 'Message']) expect(speakers.has(field)).toBe(false);
    expect(records.map((r) => [r.type, r.speaker, r.asker, r.question?.slice(0, 24) ?? null, r.text.slice(0, 24)])).toEqual([
      ['quote', 'Chidi Okafor', null, null, 'My solenoid point motors'],
      ['qa', 'Halvard Berg', 'Chidi Okafor', 'My solenoid point motors', 'A longer feed from the c'],
    ]);
    // The digest's own lines (its contents, the rules, the closing line, the signatures) are in no one's words.
    expect(records.some((r) => /End of|Halvard Berg$|Chidi$|Today/.test(r.text))).toBe(false);
  });
});

describe('a chat export\'s message header: the stamp, then the sender\'s handle alone', () => {
  it('handles in lower case with "_" or digits are senders: each message is its sender\'s, an @-question answered', () => {
    const { records, doc } = load(
      'sourdough.txt',
      `Server: Crumb Club
Channel: #starters

[11/2/2023 7:05 AM] levain_lou
Day six and my starter finally doubled overnight. Smells like green apples now.

[11/2/2023 7:20 AM] Bea Okafor
Nice! Mine went sluggish once the kitchen got cold.

[11/2/2023 7:31 AM] rye2much
Feed it rye flour for a few days, it perks right up in a cold kitchen.

[11/2/2023 7:44 AM] levain_lou
@rye2much how much rye do you use per feed?

[11/2/2023 7:52 AM] rye2much
About a third of the flour. More than that and it gets sour fast.
`,
    );
    expect(records.map((r) => [r.type, r.speaker])).toEqual([
      // the export's header field naming the server, kept searchable (probe16 finding 29)
      ['claim', null],
      ['quote', 'levain_lou'],
      ['quote', 'Bea Okafor'],
      ['quote', 'rye2much'],
      ['qa', 'rye2much'],
    ]);
    expect(pairs(records)).toEqual([['levain_lou', 'rye2much', '@rye2much how much rye do you use per feed?', 'About a third of the flour. More than that and it gets sour fast.']]);
    for (const r of records) expect(r.text).not.toMatch(/levain_lou|rye2much|\d:\d\d/);
    expect(doc.sentences.missed).toEqual([]);
  });

  it('after a stamp with a date any one-word handle is a sender; a timed caption\'s lone word is not', () => {
    const { records } = load(
      'chat.txt',
      `[2023-05-14 21:02] marisol
Anyone else seeing the aurora from the ridge?

[2023-05-14 21:04] Theo Brandt
Faint green to the north, nothing overhead yet.

[2023-05-14 21:09] marisol
It just flared, look up now!
`,
    );
    expect(records.map((r) => [r.type, r.speaker])).toEqual([
      ['qa', 'Theo Brandt'],
      ['quote', 'marisol'],
    ]);
    expect(records[0]).toMatchObject({ asker: 'marisol', question: 'Anyone else seeing the aurora from the ridge?' });
  });
});
