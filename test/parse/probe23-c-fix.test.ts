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
