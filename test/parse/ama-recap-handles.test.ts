/**
 * An AMA recap in Markdown: its cast in bold fields above the first question ("**Host:** Mia
 * (Community Team)" / "**Guest:** Lena Vogt, CEO"), and the audience's questions under bold labels
 * naming a handle ("**Q1 from @satoshi_fan88:** Is Fathom free?", "**@hodl_harry:** How do you…?").
 * The cast block was a turn by "Host" that swallowed the recap's opening paragraph; the handle
 * labels (whose "_" the bold-label pattern refused) stayed in the question's text with no asker.
 * A bold key is read as the field it is, so the block is the header's; a bold handle label is the
 * handle asking. Not a chat message's "Question from @mori_k: …", which its sender relays (the
 * probe23-c tests keep that). Found on an unseen recap (test/fixtures/unseen/fathom-labs-ama-recap.md),
 * December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  '# Community AMA recap: Tern Wallet',
  '',
  '**Moderator:** Priyanka (Tern community lead)',
  '**Guest:** Joaquín Ferrer, CTO of Tern Wallet',
  '',
  'Below are the highlights of yesterday’s session.',
  '',
  '**Priyanka:** Joaquín, what does Tern do differently?',
  '',
  '**Joaquín:** We keep the keys on the phone and back them up in three shares.',
  '',
  '**Priyanka:** How many users do you have?',
  '',
  '**Joaquín:** About 120,000 since the launch in 2023.',
  '',
  '**Question 2 from u/cold_storage_carl:** What happens if I lose my phone?',
  '',
  '**Joaquín:** You recover from two of the three shares. It takes about ten minutes.',
  '',
  '**@mila_w:** Will there be a desktop app in 2025?',
  '',
  '**Joaquín:** Yes, in the second half of 2025.',
  '',
].join('\n');

type Rec = { type: string; text: string; speaker: string | null; asker: string | null; question: string | null; line: number };
const rows = (records: readonly Rec[]) => records.map((r) => [r.line, r.type, r.asker, r.speaker, r.question ?? r.text.slice(0, 30)]);

describe('an AMA recap with a bold cast block and handle labels', () => {
  it('reads the cast as the header and each handle as the asker (unseen recap)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['fathom-labs-ama-recap.md']);
    const records = c.records.filter((r) => r.doc === 'fathom-labs-ama-recap') as Rec[];
    expect(rows(records).slice(0, 8)).toEqual([
      [6, 'claim', null, null, 'Thank you to everyone who join'],
      [6, 'claim', null, null, 'Here is the full recap. 👇'],
      [12, 'qa', 'Mia', 'Lena Vogt', 'Welcome Lena! Could you introduce yourself and Fathom Labs to our community?'],
      [16, 'qa', 'Mia', 'Lena Vogt', 'What makes Fathom different from other analytics tools?'],
      [22, 'qa', '@satoshi_fan88', 'Lena Vogt', 'Is Fathom free?'],
      [26, 'qa', '@defi_dora', 'Lena Vogt', 'What is on the roadmap for 2024?'],
      [32, 'qa', '@hodl_harry', 'Lena Vogt', 'How do you make money if most users are on the free tier?'],
      [36, 'qa', '@kimchi_trader', 'Lena Vogt', 'Any plans for a token?'],
    ]);
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'tern-ama.md': SECOND }));
    expect(rows(c.records as Rec[])).toEqual([
      [6, 'claim', null, null, 'Below are the highlights of ye'],
      [8, 'qa', 'Priyanka', 'Joaquín Ferrer', 'Joaquín, what does Tern do differently?'],
      [12, 'qa', 'Priyanka', 'Joaquín Ferrer', 'How many users do you have?'],
      [16, 'qa', 'u/cold_storage_carl', 'Joaquín Ferrer', 'What happens if I lose my phone?'],
      [20, 'qa', '@mila_w', 'Joaquín Ferrer', 'Will there be a desktop app in 2025?'],
    ]);
  });
});
