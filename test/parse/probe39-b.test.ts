/**
 * probe39-b: AMAs and community Q&A as analysts copy them from the web.
 *
 * A Binance-style Telegram AMA recap in Markdown: its cast in bold fields that give the handle first
 * and the name in brackets ("**Guest:** @quill_jonas (Jonas Aberle, co-founder and CEO)"), the
 * audience's questions under "**Q1 from @handle:**" (a note after the handle, "@handle (Emeka):"),
 * the answers under a bare "**A:**" or under "**A from Jonas:**", and "## Segment 3: Live Questions"
 * with the host's note on the round under it. Before: the bare "A:" answers were nobody's, "A from
 * Jonas" was a speaker of its own, "@quill_jonas" was not Jonas Aberle, the question with a note had
 * no asker, and the segment heading with the note under it went into the answer above.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { type: string; text: string; speaker: string | null; asker: string | null; question: string | null; line: number; section: string | null };
const rows = (records: readonly Rec[]) => records.filter((r) => r.type === 'qa').map((r) => [r.line, r.asker, r.speaker, r.section, (r.question ?? '').slice(0, 30), r.text.slice(0, 30)]);

const OTHER = [
  '# Halcyon Vaults AMA recap',
  '',
  '**Moderator:** @mod_tendai (Tendai Moyo, community team)',
  '**Guest:** @ines_halcyon (Inês Carvalho, CTO of Halcyon Vaults)',
  '',
  '## Part 1: Intro',
  '',
  '**@mod_tendai:** Inês, what does Halcyon do?',
  '',
  '**@ines_halcyon:** We run insured vaults for stablecoins, about $90M locked since 2021.',
  '',
  '**Q1 from @vault_watcher:** Who insures the vaults?',
  '',
  '**A:** A syndicate of three underwriters in London.',
  '',
  '## Part 2: Open floor',
  '',
  'Chat was opened for five minutes; the moderator chose three questions.',
  '',
  '**Q1 from @ko_lin (Kofi):** Is there a fee to withdraw?',
  '',
  '**A from Inês:** No fee under $10,000. Above that it is 0.1%.',
  '',
].join('\n');

describe('a Telegram AMA recap whose cast gives handles and whose answers are lettered', () => {
  it('reads the guest behind every answer, each asker, and the live segment (probe39-b fixture)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe39', 'b'), ['telegram-ama-recap-quillchain-2022.md']);
    const records = c.records.filter((r) => r.doc === 'telegram-ama-recap-quillchain-2022') as Rec[];
    expect(rows(records)).toEqual([
      [14, 'Riya Mendes', 'Jonas Aberle', 'Segment 1: Introduction', 'Welcome Jonas! Could you pleas', 'Hi everyone, thanks for having'],
      [18, 'Riya Mendes', 'Jonas Aberle', 'Segment 1: Introduction', 'What problem are you solving t', 'Cost. A rollup today spends mo'],
      [24, '@defi_marisol', 'Jonas Aberle', 'Segment 2: Questions from Twitter', 'How will QuillChain stay decen', 'Right now we have 24 validator'],
      [28, '@0xkenta', 'Jonas Aberle', 'Segment 2: Questions from Twitter', 'What is the token used for?', 'QUILL pays for blob space and '],
      [32, '@anna_li_trades', 'Jonas Aberle', 'Segment 2: Questions from Twitter', 'When mainnet?', 'We are targeting Q1 2023. I wi'],
      [40, '@blockbuilder_ng', 'Jonas Aberle', 'Segment 3: Live Questions', 'Who audited your contracts?', 'Two firms, Halberd Security an'],
      [44, '@satoshi_snail', 'Jonas Aberle', 'Segment 3: Live Questions', 'Are you going to list on Crypt', 'Ha, I cannot say anything abou'],
      [48, '@mina_kwan', 'Jonas Aberle', 'Segment 3: Live Questions', 'What makes you confident a sma', 'We are eleven people and we sh'],
      [54, 'Riya Mendes', 'Jonas Aberle', 'Segment 3: Live Questions', "That's all the time we have. T", 'Thank you all, see you on main'],
    ]);
    // The note on the live round is the recap's own, under its segment, not the answer above.
    const note = records.find((r) => r.text.startsWith('The group was unmuted'))!;
    expect([note.type, note.speaker, note.section, note.line]).toEqual(['claim', null, 'Segment 3: Live Questions', 38]);
    expect(records.find((r) => r.line === 32)!.text).toBe('We are targeting Q1 2023. I will not give a date until the audit is finished.');
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'halcyon-ama.md': OTHER }));
    expect(rows(c.records as Rec[])).toEqual([
      [8, 'Tendai Moyo', 'Inês Carvalho', 'Part 1: Intro', 'Inês, what does Halcyon do?', 'We run insured vaults for stab'],
      [12, '@vault_watcher', 'Inês Carvalho', 'Part 1: Intro', 'Who insures the vaults?', 'A syndicate of three underwrit'],
      [20, '@ko_lin', 'Inês Carvalho', 'Part 2: Open floor', 'Is there a fee to withdraw?', 'No fee under $10,000. Above th'],
    ]);
    const note = (c.records as Rec[]).find((r) => r.text.startsWith('Chat was opened'))!;
    expect([note.type, note.speaker, note.section]).toEqual(['claim', null, 'Part 2: Open floor']);
  });
});
