/**
 * An AMA recap whose questions carry the asker's label ("> **u/ledger_larry** (1.2k points): …?",
 * "**Follow-up from u/x:** …?", "Q from @handle: …?") and whose answers, the subject's, carry none:
 * the paragraphs right under each question. Before, the page was read as prose: the questions were
 * quotes of nobody (or of the subject), the answers claims of nobody. The mirror of the write-up
 * whose answers stand in the "> " block (ama-writeup-handles.test.ts). Found on an unseen recap,
 * December 5 (test/fixtures/unseen/ama-recap-mira-2024.md); the second text is in other words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const HARBOUR = [
  'Ask Me Anything: Tomas Ekberg, harbour master of Port Valda',
  '',
  'Tomas Ekberg has run the harbour at Port Valda since 2016. He took questions from readers for an hour on our forum; the best are below.',
  '',
  'Q from @saltydog_77: How many ships come in on a normal day?',
  '',
  'About forty, more in summer. The ferries make up half of them.',
  '',
  'Q from @net_mender (Moderator): Why did the harbour fees go up in 2023?',
  '',
  'Dredging. The channel silts up faster than it used to,',
  'and we pay for every metre we dig.',
  '',
  'The council pays a third of it.',
  '',
  '**@gullwatcher**: Do you ever go out on the boats yourself?',
  '',
  'Every Sunday if the weather lets me. My father was a pilot here.',
  '',
  'Note: answers were edited for length.',
  '',
].join('\n');

/** A news story that quotes a post in a "> " block and discusses it below: no AMA. */
const NEWS = [
  '# Exchange boss’s late-night post rattles traders',
  '',
  'By Lena Hart',
  '',
  'The chief executive of Brightpool posted shortly after midnight on Tuesday.',
  '',
  '> **@brightpool_ceo**: Are withdrawals going to be paused this week?',
  '',
  'The post, which was deleted an hour later, sent the exchange’s token down 12%. Analysts said the wording was careless.',
  '',
  '**Update:** Is the exchange solvent? A spokesperson said on Wednesday that it is.',
  '',
  'Regulators in two countries have asked the firm for its reserve figures.',
  '',
].join('\n');

const qaOf = (records: { type: string; asker: string | null; askerRole: string | null; speaker: string | null; question: string | null; text: string }[]) =>
  records.filter((r) => r.type === 'qa').map((r) => ({ asker: r.asker, askerRole: r.askerRole, speaker: r.speaker, question: r.question, text: r.text }));

describe("an AMA recap's labelled questions over unlabelled answers", () => {
  it('pairs each blockquoted question with the subject’s answer under it (test/fixtures/unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['ama-recap-mira-2024.md']);
    const qa = qaOf(c.records.filter((r) => r.doc === 'ama-recap-mira-2024'));
    expect(qa.map((r) => [r.asker, r.askerRole])).toEqual([
      ['u/ledger_larry', '1.2k points'],
      ['u/quietwhale', null],
      ['u/throwaway_88213', null],
      ['u/throwaway_88213', 'Follow-up'],
      ['u/sofia_rm', 'Mod'],
    ]);
    for (const r of qa) expect(r.speaker).toBe('Mira Castell');
    expect(qa[0]!.question).toBe('Northwind lost $40M in the 2022 hack. What changed since?');
    expect(qa[3]!.question).toBe('Do you regret it?');
    expect(qa[3]!.text).toBe('Some mornings. Not most.');
    expect(qa[4]!.text).toContain('answer your own support tickets for the first year.');
    // The deleted comment pairs with nothing; the closing comment stays Mira's quote, the edit note nobody's.
    const after = c.records.filter((r) => r.doc === 'ama-recap-mira-2024' && r.line > 29);
    expect(after.map((r) => [r.type, r.speaker])).toEqual([
      ['quote', 'Mira Castell'],
      ['claim', null],
    ]);
  });

  it('reads the same page without its "> " marks the same way', async () => {
    const body = readFileSync(join(FIXTURES, 'unseen', 'ama-recap-mira-2024.md'), 'utf8').replace(/^> /gm, '');
    const c = await loadCorpus(tempCorpus({ 'recap.md': body }));
    const qa = qaOf(c.records);
    expect(qa.map((r) => r.asker)).toEqual(['u/ledger_larry', 'u/quietwhale', 'u/throwaway_88213', 'u/throwaway_88213', 'u/sofia_rm']);
    for (const r of qa) expect(r.speaker).toBe('Mira Castell');
    expect(qa[1]!.question).toBe('Will you ever list memecoins?');
  });

  it('reads "Q from @handle:" and bold handles in plain text, answers of several paragraphs', async () => {
    const c = await loadCorpus(tempCorpus({ 'harbour.txt': HARBOUR }));
    const qa = qaOf(c.records);
    expect(qa).toEqual([
      { asker: '@saltydog_77', askerRole: null, speaker: 'Tomas Ekberg', question: 'How many ships come in on a normal day?', text: 'About forty, more in summer. The ferries make up half of them.' },
      {
        asker: '@net_mender',
        askerRole: 'Moderator',
        speaker: 'Tomas Ekberg',
        question: 'Why did the harbour fees go up in 2023?',
        text: 'Dredging. The channel silts up faster than it used to, and we pay for every metre we dig.\nThe council pays a third of it.',
      },
      { asker: '@gullwatcher', askerRole: null, speaker: 'Tomas Ekberg', question: 'Do you ever go out on the boats yourself?', text: 'Every Sunday if the weather lets me. My father was a pilot here.' },
    ]);
    // The closing note is the page's, no part of the last answer.
    expect(c.records.find((r) => r.text.includes('edited for length'))?.type).toBe('claim');
  });

  it('leaves the answerer null where the title and intro name nobody', async () => {
    const body = HARBOUR.replace('Ask Me Anything: Tomas Ekberg, harbour master of Port Valda', 'Readers ask the harbour').replace('Tomas Ekberg has run the harbour at Port Valda since 2016. He', 'Our harbour master');
    const c = await loadCorpus(tempCorpus({ 'harbour.txt': body }));
    const qa = qaOf(c.records);
    expect(qa.map((r) => r.asker)).toEqual(['@saltydog_77', '@net_mender', '@gullwatcher']);
    for (const r of qa) expect(r.speaker).toBeNull();
  });

  it('reads no qa in a news story that quotes a post and discusses it below', async () => {
    const c = await loadCorpus(tempCorpus({ 'news.md': NEWS }));
    expect(c.records.filter((r) => r.type === 'qa')).toEqual([]);
    expect(c.records.some((r) => r.text.includes('sent the exchange’s token down 12%'))).toBe(true);
  });
});
