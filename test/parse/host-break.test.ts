/**
 * A podcast host's turn that breaks for an advertisement ("We'll be right back after a word from
 * our sponsor."), then the guest's turn after the break: paired as a question and its answer,
 * because every turn of the asking side was read as a prompt. A host's turn whose last sentence
 * announces the break ("… be right back", "stay with us", "after the break", "a word from our
 * sponsor") asks nothing: both turns are their speakers' quotes. Found on an unseen podcast
 * transcript (test/fixtures/unseen/support-stack-ep42-transcript.txt), December 5; the second text
 * is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'Bridge inquiry: an engineer explains',
  '',
  'Anna Price: Tell me how the cables failed.',
  '',
  'Owen Bell: They had corroded for years. The inspection in 2019 missed it.',
  '',
  'Anna Price: How much will the repair cost?',
  '',
  'Owen Bell: At least £40 million.',
  '',
  'Anna Price: Stay with us, more after the break.',
  '',
  'Owen Bell: I should add that the council knew about the drainage in 2021.',
  '',
].join('\n');

type Rec = { type: string; text: string; speaker: string | null; asker: string | null; line: number };
const rows = (records: readonly Rec[]) => records.map((r) => [r.line, r.type, r.asker, r.speaker]);

describe("a host's break for an advertisement", () => {
  it('asks nothing: the turn after the break is no answer to it (unseen podcast)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['support-stack-ep42-transcript.txt']);
    const records = c.records.filter((r) => r.doc === 'support-stack-ep42-transcript') as Rec[];
    expect(rows(records).slice(5, 8)).toEqual([
      [39, 'quote', null, 'Maya Levin'],
      [43, 'quote', null, 'Tom Brandt'],
      [47, 'quote', null, 'Maya Levin'],
    ]);
    expect(rows(records).slice(2, 5).map((r) => r[1])).toEqual(['qa', 'qa', 'qa']);
  });

  it('is an announced break, not any "I\'ll be back": a host\'s plan keeps the host asking', async () => {
    const c = await loadCorpus(
      tempCorpus({ 'trip.txt': 'Trip talk\n\nAnna Price: How was Lagos?\n\nOwen Bell: Hot. We opened the office.\n\nAnna Price: How many people work there?\n\nOwen Bell: Twelve, and 20 by 2026.\n\nAnna Price: I will be back in Lagos next month.\n\nOwen Bell: Then you must see the new bridge.\n' }),
    );
    expect(rows(c.records as Rec[])).toEqual([
      [3, 'qa', 'Anna Price', 'Owen Bell'],
      [7, 'qa', 'Anna Price', 'Owen Bell'],
      [11, 'qa', 'Anna Price', 'Owen Bell'],
    ]);
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'bridge.txt': SECOND }));
    expect(rows(c.records as Rec[])).toEqual([
      [3, 'qa', 'Anna Price', 'Owen Bell'],
      [7, 'qa', 'Anna Price', 'Owen Bell'],
      [11, 'quote', null, 'Anna Price'],
      [13, 'quote', null, 'Owen Bell'],
    ]);
  });
});
