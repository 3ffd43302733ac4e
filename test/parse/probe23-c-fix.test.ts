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
