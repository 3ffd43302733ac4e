/**
 * probe23 c, second pass: the findings the first pass left (message exports). Each rule on the
 * fixture and on a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c = loadCorpus(join(FIXTURES, 'probe23', 'c'));
const one = (name: string, text: string) => recordsOf(loadCorpus(tempCorpus({ [name]: text })), name.replace(/\.txt$/, ''));

describe('a chat message opening on its media ("[Photo]") is a caption of its own, never a question (c-T2)', () => {
  it('fixture: the admin\'s photo caption is the admin\'s, apart from the COO\'s first message', () => {
    const rs = recordsOf(c, 'telegram-ama-okafor');
    const caption = rs.find((r) => (r.question ?? r.text).includes('Chief Operating Officer since March 2022'))!;
    expect(caption.type).toBe('quote');
    expect(caption.speaker).toBe('Brightline Admin');
    expect(caption.text).not.toContain('Welcome everyone');
    const hello = rs.find((r) => r.text.startsWith('Hello all, glad to be back'))!;
    expect(hello.question ?? '').not.toContain('Chief Operating Officer');
    expect(hello.years).not.toContain(2022);
  });
  it('other words: a video caption between a moderator\'s questions', () => {
    const rs = one(
      'tg-ama-sato.txt',
      `Kestrel Labs Chat, [02.02.2025 18:00]
Question from @mori_k: why did the mainnet launch slip to May?

Haruki Sato, [02.02.2025 18:03]
The external audit found two issues in the bridge contract. Fixing them took six weeks.

Kestrel Labs Chat, [02.02.2025 18:05]
[Video]
Haruki Sato presenting the 2023 roadmap in Osaka

Kestrel Labs Chat, [02.02.2025 18:06]
Next from @ren_t: will the token unlock move too?

Haruki Sato, [02.02.2025 18:08]
No. The unlock stays on 1 September, as the 2023 schedule says.
`,
    );
    const caption = rs.find((r) => (r.question ?? r.text).includes('presenting the 2023 roadmap'))!;
    expect(caption.type).toBe('quote');
    expect(caption.speaker).toBe('Kestrel Labs Chat');
    const unlock = rs.find((r) => r.text.startsWith('No. The unlock stays'))!;
    expect(unlock.type).toBe('qa');
    expect(unlock.question).toContain('will the token unlock move too?');
    expect(unlock.question).not.toContain('roadmap');
  });
});

describe('a thank-you to a turn that asks nothing answers no question (c-T3)', () => {
  it('fixture: the admin\'s closing announcement and the COO\'s thanks are two quotes', () => {
    const rs = recordsOf(c, 'telegram-ama-okafor');
    const closing = rs.find((r) => (r.question ?? r.text).startsWith('Thank you Chinedu!'))!;
    expect(closing.type).toBe('quote');
    expect(closing.speaker).toBe('Brightline Admin');
    expect(rs.find((r) => r.text.startsWith('Thanks everyone'))!.type).toBe('quote');
  });
  it('other words: a podcast\'s goodbye', () => {
    const rs = one(
      'call-wrap.txt',
      `Host: How many stores did you open in 2022?

Mireille Fontaine: Nine, and we closed two of them a year later.

Host: That's all the time we have. Thank you for coming on the show.

Mireille Fontaine: Thanks, goodbye!
`,
    );
    expect(rs.find((r) => r.text.startsWith('Nine, and we closed'))!.type).toBe('qa');
    expect(rs.find((r) => r.text.startsWith('Thanks, goodbye'))!.type).toBe('quote');
  });
});

describe('a printed mail thread: under the sender\'s sign-off, the signature block and the firm\'s notice are furniture, and so is the closing above the name (c-G5, c-G6)', () => {
  it('fixture: the partner\'s signature and the FCA notice are no claims; "Best," ends no quote', () => {
    const rs = recordsOf(c, 'gmail-print-board-resignation');
    expect(rs.some((r) => r.text.includes('Partner') || r.text.includes('intended recipient') || r.text.includes('Financial Conduct Authority'))).toBe(false);
    const reply = rs.find((r) => r.text.startsWith('Henrik, thank you for telling me first'))!;
    expect(reply.speaker).toBe('Priya Ramaswamy');
    expect(reply.text).not.toMatch(/Best,\s*$/);
    expect(reply.text).toContain('succession in the same release?');
  });
  it('other words: a lawyer\'s signature and notice under a reply, a P.S. after it', () => {
    const rs = one(
      'print-lease.txt',
      `Marta Kowalczyk <m.kowalczyk@harbourlaw.pl>                       Wed, Jun 12, 2024 at 4:05 PM
To: Oskar Lind <oskar@lindbakery.se>

Oskar, the landlord agreed to cap the rent rise at 3% until 2027.

Kind regards,
Marta

Marta Kowalczyk | Senior Associate
Harbour Law Sp. z o.o.
This message is confidential and may be legally privileged. If you received it in error, please tell the sender and delete it.

P.S. The signed copy goes out by courier tomorrow.

Oskar Lind <oskar@lindbakery.se>                                  Wed, Jun 12, 2024 at 5:40 PM
To: Marta Kowalczyk <m.kowalczyk@harbourlaw.pl>

Wonderful news. We will sign on Friday.

Oskar
`,
    );
    const cap = rs.find((r) => r.text.includes('cap the rent rise'))!;
    expect(cap.speaker).toBe('Marta Kowalczyk');
    expect(cap.text).not.toContain('Kind regards');
    expect(rs.some((r) => r.text.includes('Senior Associate') || r.text.includes('legally privileged'))).toBe(false);
    expect(rs.find((r) => r.text.includes('signed copy goes out'))!.speaker).toBe('Marta Kowalczyk');
    expect(rs.find((r) => r.text.startsWith('Wonderful news'))!.speaker).toBe('Oskar Lind');
  });
});

describe('a thread unrolled to one page: the page\'s prompts and buttons are no claims and end no post; a resumed part keeps the author\'s handle (c-X2, c-X3, c-X4)', () => {
  it('fixture: no Thread Reader chrome in a record, tweet 10 ends on its own words, tweets 6/–10/ keep @dvasquez_ops', () => {
    const rs = recordsOf(c, 'threadreader-vasquez-layoffs');
    expect(rs.some((r) => /Share this page|Enjoying this thread|Keep Current with|Save it as PDF|unrolls are available|Removed Anytime|Try unrolling/.test(r.text))).toBe(false);
    expect(rs.some((r) => r.text === 'PDF')).toBe(false);
    const first = rs.find((r) => r.text.includes('laid off 62 people'))!;
    expect(first.text.startsWith('1/ Two weeks ago')).toBe(true);
    expect(first.text).not.toContain('Quote Tweet');
    const last = rs.find((r) => r.text.includes('That is all.'))!;
    expect(last.text).not.toContain('Missing some Tweet');
    expect(last.role).toBe('@dvasquez_ops');
  });
  it('other words: another author\'s unrolled thread with a quoted post', () => {
    const rs = one(
      'unroll-mensah.txt',
      `Thread Reader
Share this page!
Enjoying this thread?
Unroll another tweet

Kwabena Mensah
@kmensah_builds
9 tweets, 3 min read
Read on Twitter
Bookmark
Save as PDF
Mar 2nd 2023
1/ In 2020 we opened our first cold store in Kumasi. Three years later we have eleven.

2/ The first year we lost power 140 times. Diesel was half our costs.
Quote Tweet
Ama Owusu @ama_grid · Mar 2
Replying to @kmensah_builds
Every cold chain founder in Ghana has this story.

3/ In 2022 we moved to solar with batteries, and diesel fell to a tenth of costs.

• • •

Missing some Tweet in this thread? You can try to force a refresh

Keep Current with Kwabena Mensah
Stay in touch and get notified when new unrolls are available from this author!
This Thread may be Removed Anytime!
PDF
Twitter may remove this content at anytime! Save it as PDF for later use!
Try unrolling a thread yourself!
`,
    );
    expect(rs.some((r) => /Share this page|Enjoying this thread|Keep Current|unrolls are available|Removed Anytime|Save it as PDF|Try unrolling|Missing some Tweet|9 tweets/.test(r.text))).toBe(false);
    const solar = rs.find((r) => r.text.includes('moved to solar'))!;
    expect(solar.speaker).toBe('Kwabena Mensah');
    expect(solar.role).toBe('@kmensah_builds');
    expect(rs.find((r) => r.text.includes('lost power 140 times'))!.text).not.toContain('Quote Tweet');
    expect(rs.find((r) => r.text.includes('Every cold chain founder'))!.speaker).toBe('Ama Owusu');
  });
});

describe('a chat export: a question relayed to the person named before it asks them; the export\'s header fields are no claims (c-D4, c-D5)', () => {
  it('fixture: the mod\'s "Rafael, the community asked whether…" is Rafael\'s question; Channel/Topic are no claims', () => {
    const rs = recordsOf(c, 'discord-ama-stage-export');
    const found = rs.find((r) => r.text.startsWith('It did. The terms were never posted'))!;
    expect(found.type).toBe('qa');
    expect(found.asker).toBe('Tomasz Wierzbicki');
    expect(found.question).toContain('the community asked whether');
    expect(rs.some((r) => /^(?:Guild|Channel|Topic):/.test(r.text))).toBe(false);
  });
  it('other words: a support export with a relayed question and its header', () => {
    const rs = one(
      'support-export.txt',
      `==============================================================
Guild: Moorhen Robotics
Channel: Help / firmware
Topic: Firmware questions. Read the pinned FAQ first.
==============================================================

[14-May-24 10:00 AM] Ines Carvalho (staff)
Welcome to office hours. Dmitri from the firmware team is here today.

[14-May-24 10:02 AM] Ines Carvalho (staff)
Dmitri Volkov, several owners want to know why the 3.2 update drains the battery.

[14-May-24 10:05 AM] Dmitri Volkov
A logging flag was left on in 3.2. It doubles the radio's duty cycle. The fix ships in 3.2.1 on Friday.
`,
    );
    const drain = rs.find((r) => r.text.startsWith('A logging flag was left on'))!;
    expect(drain.type).toBe('qa');
    expect(drain.question).toContain('want to know why');
    expect(rs.some((r) => /^(?:Guild|Channel|Topic):/.test(r.text))).toBe(false);
  });
});
