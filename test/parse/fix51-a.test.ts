/**
 * fix51-a: leftovers of probe39-a/-b.
 * 1. A turn after a real interruption (another voice's start broken off with a dash, "Sure, but —")
 *    is a turn of its own: before, the interrupted speaker's next turn joined their earlier one
 *    across it, and the order of turns was lost. A back-channel ("Mm-hmm.") still lets a turn go on.
 * 2. Reddit's post author "u/NAME" and the same user bare over comments ("NAME") are one speaker.
 * 3. A chat recap's side labels led by a pictograph ("💬 Answer (Ollie):", alone on its line), the
 *    question's heading naming its sender ("❓ Question 1 — from user X"), "[live] X asked: …".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const span = (r: { speaker: string | null; line: number; endLine: number; type: string }) => [r.speaker, r.line, r.endLine, r.type];

describe('a turn after a real interruption stays a turn of its own', () => {
  it('Fathom and Fireflies: the interrupted speaker goes on in a new turn, after the interruption', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe39', 'a'), ['fathom-vendor-review-2024.txt', 'fireflies-board-prep-2022.txt']);
    const fathom = c.records.filter((r) => r.doc === 'fathom-vendor-review-2024' && r.line >= 32 && r.line <= 41);
    expect(fathom.map(span)).toEqual([
      ['Odile Marchetti', 32, 33, 'quote'],
      ['Colm Ferriter', 35, 36, 'quote'],
      ['Odile Marchetti', 38, 39, 'quote'],
      // Priya's "Mm-hmm." (l.45) is back-channel: Colm's two turns around it are one prompt.
      ['Priya Venkataraman', 41, 51, 'qa'],
    ]);
    expect(fathom[2]!.text).toBe("Sorry, just to finish. If you take those two weeks out, we're at ninety-five.");
    expect(fathom[3]).toMatchObject({ asker: 'Colm Ferriter', question: "Right. I hear that. The contract doesn't really carve out strikes though.\nPriya, what does the claims side look like?" });
    const fireflies = c.records.filter((r) => r.doc === 'fireflies-board-prep-2022' && r.line >= 72 && r.line <= 82);
    expect(fireflies.map(span)).toEqual([
      ['Lucía Ferreyra', 72, 74, 'quote'],
      ['Kwabena Asante', 76, 78, 'quote'],
      ['Lucía Ferreyra', 80, 82, 'quote'],
    ]);
    expect(fireflies[2]!.text).toBe("That's not what we told them.");
  });

  it('in other words: bracketed stamps, an interruption, then a nod the turn goes on across', () => {
    const text = [
      'Warehouse ops sync, 4 February 2025',
      '',
      "[00:00:05] Tomasz Wrona: Let's start with the warehouse budget. We're over by eleven thousand this quarter.",
      '[00:00:12] Ines Duarte: Hold on, that figure includes the forklift lease, which the board approved in March.',
      '[00:00:18] Tomasz Wrona: Okay, but the lease —',
      "[00:00:20] Ines Duarte: It was signed off by finance. It shouldn't count against us.",
      '[00:00:26] Bram Keller: Mm-hmm.',
      "[00:00:27] Ines Duarte: So really we're under by two thousand.",
      '[00:00:31] Bram Keller: Then we can move on to staffing.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'ops-sync.txt': text })).records;
    expect(records.map(span)).toEqual([
      ['Tomasz Wrona', 3, 3, 'quote'],
      ['Ines Duarte', 4, 4, 'quote'],
      ['Tomasz Wrona', 5, 5, 'quote'],
      ['Ines Duarte', 6, 8, 'quote'],
      ['Bram Keller', 9, 9, 'quote'],
    ]);
    expect(records[3]!.text).toBe("It was signed off by finance. It shouldn't count against us. So really we're under by two thousand.");
  });
});

describe('Reddit: the post author\'s u/ mark and the bare name over comments are one user', () => {
  it('new Reddit AMA: the host\'s introduction and answers are one speaker', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe39', 'b'), ['reddit-new-ama-tidewell-2023.txt']);
    const recs = c.records.filter((r) => r.doc === 'reddit-new-ama-tidewell-2023');
    expect(recs.find((r) => r.line === 2)).toMatchObject({ type: 'quote', speaker: 'TidewellEnergy_AMA' });
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [24, 'TidewellEnergy_AMA', 'quietharbor_88'],
      [52, 'TidewellEnergy_AMA', 'quietharbor_88'],
      [78, 'TidewellEnergy_AMA', 'gridnerd_ken'],
      [126, 'TidewellEnergy_AMA', 'ottermarine'],
    ]);
    expect(recs.filter((r) => r.speaker?.startsWith('u/'))).toEqual([]);
  });

  it('in other words: an archive\'s staff account', () => {
    const text = [
      'r/AskHistorians',
      'Posted by u/archivist_halloran',
      '5 mo. ago',
      '',
      'We are the reading-room staff of the Kilbride County Archive. Ask us about parish ledgers, shipping manifests and how we date water-damaged letters.',
      '',
      'Sort by: top',
      'level 1',
      'fen_walker',
      '· 5 mo. ago',
      '',
      'What is the oldest ledger you hold, and can the public read it?',
      '',
      '212',
      'Reply',
      'level 2',
      'archivist_halloran',
      '· 5 mo. ago',
      '',
      "A tithe ledger from 1684. Anyone with a reader's card can request it, though we bring out a facsimile first.",
      '',
      '98',
      'Reply',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'archive-ama.txt': text })).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [2, 'quote', 'archivist_halloran', null],
      [9, 'qa', 'archivist_halloran', 'fen_walker'],
    ]);
  });
});

describe('a chat recap whose side labels are led by pictographs', () => {
  it('Discord recap: each answer its guest\'s, each question its sender\'s, no answer glued to the next part', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe39', 'b'), ['discord-ama-recap-orbisfarm-2025.md']);
    const recs = c.records.filter((r) => r.doc === 'discord-ama-recap-orbisfarm-2025');
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.line, r.endLine, r.speaker, r.asker, r.question])).toEqual([
      [12, 14, 'Priya Natarajan', 'Kez', "Let's start easy. What is Orbis Farm in one sentence?"],
      [16, 18, 'Ollie Brandt', 'Kez', 'And how did it start?'],
      [23, 26, 'Ollie Brandt', 'sprout_queen', 'Will there ever be a single-player mode?'],
      [29, 32, 'Priya Natarajan', 'Tobiah#4410', 'Why did the seed prices go up in the January patch?'],
      [35, 38, 'Priya Natarajan', 'LunaMothh', 'Any plans for mobile?'],
      [42, 43, 'Ollie Brandt', 'grumpy_tractor', '[live] grumpy_tractor asked: will the guild wars come back?'],
      [45, 46, 'Priya Natarajan', 'pixelfern', "[live] pixelfern asked: what's the one feature you regret?"],
    ]);
    // The pictograph and the label are no words of any answer.
    expect(recs.filter((r) => /💬|Answer \(/.test(r.text))).toEqual([]);
    expect(recs.find((r) => r.line === 29)!.text).toBe('Inflation in the game economy. Players were sitting on about 3x more coins than we modelled. Raising seed prices by 20% was the gentlest lever we had. We will publish the numbers in a dev blog.');
  });

  it('in other words: a Telegram summary with other marks, "Q2 — from user", a voice round', () => {
    const text = [
      "🚀 **Halyard Wallet Telegram AMA — Summary** 🚀",
      "",
      "Date: 9 June 2024",
      "Guests: Marisol Quintero (CTO), Devin Achebe (Head of Growth)",
      "Host: Rook (admin)",
      "",
      "🔸 SECTION A — INTRODUCTIONS",
      "",
      "Rook: Welcome both! Marisol, what does Halyard do?",
      "",
      "Marisol: A self-custody wallet that pays out to ordinary bank accounts in eleven countries.",
      "",
      "Rook: And Devin, how many users so far?",
      "",
      "Devin: Just over 48,000 since the launch in January.",
      "",
      "🔸 SECTION B — SUBMITTED QUESTIONS",
      "",
      "🙋 Q2 — from user ferrous_fox",
      "How long does a withdrawal to a bank take?",
      "",
      "🎙️ Answer (Devin):",
      "Usually under four hours on weekdays. Weekend transfers wait for Monday.",
      "",
      "🙋 Q5 — from user neon_abacus",
      "Is the recovery phrase ever sent to your servers?",
      "",
      "🎙️ Answer (Marisol):",
      "Never. It is generated on the phone and stays there, encrypted with the device key.",
      "",
      "🔸 SECTION C — OPEN MIC",
      "",
      "[voice] kit_harbour asked: when do hardware keys arrive?",
      "Marisol: The first batch ships in September, to testers only.",
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'halyard-ama.md': text })).records;
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [9, 'Marisol Quintero', 'Rook'],
      [13, 'Devin Achebe', 'Rook'],
      [20, 'Devin Achebe', 'ferrous_fox'],
      [26, 'Marisol Quintero', 'neon_abacus'],
      [33, 'Marisol Quintero', 'kit_harbour'],
    ]);
    expect(records.find((r) => r.line === 20)!.text).toBe('Usually under four hours on weekdays. Weekend transfers wait for Monday.');
    // The part's heading over the first sent-in question is no word of the answer above it.
    expect(records.find((r) => r.line === 13)!.text).toBe('Just over 48,000 since the launch in January.');
  });
});
