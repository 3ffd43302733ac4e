/**
 * An AMA recap in "Name: words" turns, whose audience questions stand under their sender's handle
 * with no label of the transcript's own: "Q1 from @moonboi_77: What makes …?" / "Rahul: …",
 * "@petra_v: When mobile app?" / "Rahul: …". Before, each was asked by nobody and the question kept
 * the handle's label as its first words. Found on an unseen Medium recap
 * (test/fixtures/unseen/medium-ama-recap-solvane.txt), December 5. (In a chat export the same line
 * is inside a message, its sender relaying it: read there as before.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { type: string; speaker: string | null; asker: string | null; question: string | null };
const exchanges = (records: readonly Rec[]) => records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.question, r.speaker]);

describe('audience questions relayed under their handles', () => {
  it('are asked by the handle, without its label, in the unseen recap', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['medium-ama-recap-solvane.txt']);
    const qa = exchanges(c.records.filter((r) => r.doc === 'medium-ama-recap-solvane') as Rec[]);
    expect(qa).toContainEqual(['@moonboi_77', 'What makes Solvane different from just using USDT on Tron?', 'Rahul Menon']);
    expect(qa).toContainEqual(['@petra_v', 'When mobile app?', 'Rahul Menon']);
    expect(qa).toContainEqual(['Lily Tran', 'How big is Solvane today?', 'Rahul Menon']);
  });

  it('in other words: "Question 2 from u/name:" and a bare handle, in a plain-text transcript', () => {
    const text = [
      'Harbourline AMA transcript, 3 March 2025',
      '',
      'Moderator: Welcome, Dr. Ines Vahl, head of research at Harbourline. Let us start.',
      '',
      'Ines: Thank you. Happy to be here.',
      '',
      'Question 2 from u/tidewatcher: How many sensors do you run in the bay?',
      '',
      'Ines: About 1,400, and we add 200 a year.',
      '',
      '@kelp_kid: Is the data public?',
      '',
      'Ines: Yes, all of it, since 2023.',
      '',
    ].join('\n');
    const qa = exchanges(loadCorpus(tempCorpus({ 'harbour.txt': text })).records as Rec[]);
    expect(qa).toContainEqual(['u/tidewatcher', 'How many sensors do you run in the bay?', expect.stringMatching(/Ines/)]);
    expect(qa).toContainEqual(['@kelp_kid', 'Is the data public?', expect.stringMatching(/Ines/)]);
  });
});
