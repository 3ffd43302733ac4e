/**
 * A crypto outlet's interview translated from Chinese, as such translations are published: a header
 * of where it comes from ("Original title: 《…》", "Original author: …", "Compiled by: …"; the original
 * title, naming people, stays a claim), the
 * outlet's label asking ("BlockBeats: …?"), an end mark ("—END—") and a risk warning under the text.
 * Before, the end mark and the warning ran on into the last answer, and the header's credits were
 * claims. Found on an unseen interview (test/fixtures/unseen/blockbeats-interview-lin-wei-2025.txt),
 * December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'Conversation with Arjun Mehta: custody is a promise you keep every day',
  '',
  'Original link: https://example.com/a/881',
  'Translated by: Chen Mo',
  '',
  'PANews: When did you start Vaultline?',
  '',
  'Arjun Mehta: In 2019, with four engineers in Bangalore.',
  '',
  'PANews: How big is it now?',
  '',
  'Arjun Mehta: We hold $3 billion for 120 institutions.',
  '',
  '(END)',
  '',
  'Disclaimer: This article does not represent the views of PANews and is not investment advice.',
  'Readers should make their own judgement.',
  '',
].join('\n');

type Rec = { type: string; text: string; speaker: string | null; asker: string | null; line: number; endLine: number };
const rows = (records: readonly Rec[]) => records.map((r) => [r.line, r.endLine, r.type, r.asker, r.speaker, r.text]);

describe("a translated outlet's interview", () => {
  it('ends the last answer at the end mark, and its source and credits are no claims (unseen interview)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['blockbeats-interview-lin-wei-2025.txt']);
    const records = c.records.filter((r) => r.doc === 'blockbeats-interview-lin-wei-2025') as Rec[];
    expect(rows(records).at(-1)).toEqual([27, 29, 'qa', 'BlockBeats', 'Lin Wei', 'Still here. That is the only goal I set.']);
    expect(records.filter((r) => r.line >= 2 && r.line <= 5).map((r) => r.text)).toEqual(['Original title: 《对话 Meridian 创始人林薇：我们从来不想做最大的，只想做最后一个站着的》']);
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'vaultline.txt': SECOND }));
    expect(rows(c.records as Rec[]).filter((r) => r[0] !== 1)).toEqual([
      [6, 8, 'qa', 'PANews', 'Arjun Mehta', 'In 2019, with four engineers in Bangalore.'],
      [10, 12, 'qa', 'PANews', 'Arjun Mehta', 'We hold $3 billion for 120 institutions.'],
    ]);
  });
});
